"""The `dyadwatch` command. Each subcommand lives in its own module and only parses and prints."""

from __future__ import annotations

import importlib
import sys

import click
from click.utils import make_default_short_help

from dyadwatch import __version__

# (module, attribute, first sentence of its help) of each subcommand: a module is imported
# only when its command runs, so `dyadwatch --help` loads none (tests/cli/test_help.py checks
# the sentences against the commands' own help).
COMMANDS: dict[str, tuple[str, str, str]] = {
    "ingest": ("dyadwatch.cli.ingest", "ingest",
               "Read documents, clean them, code their events, and store them."),
    "recode": ("dyadwatch.cli.recode", "recode",
               "Code stored documents again, after extending the dictionaries or upgrading."),
    "documents": ("dyadwatch.cli.documents", "documents",
                  "List the stored documents, newest publication date first (undated last)."),
    "show": ("dyadwatch.cli.documents", "show",
             "Show one document: its metadata and clean text."),
    "code": ("dyadwatch.cli.code", "code",
             "Code events: who did what to whom, when, and with which status."),
    "events": ("dyadwatch.cli.events", "events",
               "List coded events from the store, newest first, each with the sentence that states it."),
    "eval": ("dyadwatch.cli.evaluate", "evaluate",
             "Score the event coder on a gold file (schema: shared/eval/README.md)."),
    "cluster": ("dyadwatch.cli.analysis", "cluster",
                "Event clusters: the mentions of one real-world event across sources."),
    "index": ("dyadwatch.cli.analysis", "index",
              "The dyad index: one row per day, ISO week or month."),
    "verdict": ("dyadwatch.cli.analysis", "verdict",
                "Better, worse or unchanged: the week against the weeks before, and why."),
    "brief": ("dyadwatch.cli.outputs", "brief",
              "A weekly brief: verdict and reasons, key events with quotes and links, what is planned or forecast, and the index chart with the week marked."),
    "feed": ("dyadwatch.cli.outputs", "feed",
             "An Atom feed of weekly briefs: one entry per week, stable ids, alerts flagged."),
    "export": ("dyadwatch.cli.outputs", "export",
               "Export events with provenance, or the index, as CSV, JSON lines or Parquet."),
    "import": ("dyadwatch.cli.outputs", "import_",
               "Load a JSON-lines export (`dyadwatch export --format jsonl`) into the store."),
    "figures": ("dyadwatch.cli.figures", "figures",
                "List the figures found in stored documents (newest first): amounts, shares and counts."),
    "judgments": ("dyadwatch.cli.figures", "judgments",
                  "List analysts' judgments about a dyad (newest first): where relations are going, when, how surely."),
    "serve": ("dyadwatch.cli.serve", "serve",
              "Serve the dashboard (overview, dyads, events, documents, search, briefs, sources) and the JSON API under /api/v1/ (reference at /api, schema at /api/v1/openapi.json)."),
    "db": ("dyadwatch.cli.db", "db", "Manage the store."),
    "learn": ("dyadwatch.cli.learn", "learn",
              "Train the learned components from gold files (needs the `learn` extra: torch)."),
    "sources": ("dyadwatch.cli.sources", "sources",
                "The sources `dyadwatch watch` polls, kept in the store (shared on PostgreSQL)."),
    "watch": ("dyadwatch.cli.watch", "watch",
              "Poll every source on its schedule (conditional GET, robots.txt, per-host delay, back-off on failures) and store new items through the ingest pipeline."),
    "alerts": ("dyadwatch.cli.watch", "alerts",
               "The alerts the watcher raised (newest first), with each channel's delivery state: sent, pending (retried by the next cycle), failed, skipped (channel no longer set), or empty (not configured when raised)."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        return self._load(name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(n) for n in names)
        rows = [(n, make_default_short_help(COMMANDS[n][2], limit)) for n in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    @staticmethod
    def _load(name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module_name, attr, _ = COMMANDS[name]
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:  # not written yet
                return None
            raise
        return getattr(module, attr, None)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dyadwatch")
def cli() -> None:
    """DyadWatch: who did what to whom and when, with the sentence that says so.

    \b
    Example:
      dyadwatch ingest examples/corpus
      dyadwatch events --dyad BLR-RUS --format table
      dyadwatch brief --dyad BLR-RUS --week 2017-W40

    The store is ./dyadwatch.db unless --db URL or DYADWATCH_DB names another
    (a path for SQLite, postgresql://... for PostgreSQL).
    """


def main() -> None:
    from dyadwatch.cli.common import run_cli

    sys.exit(run_cli(cli, own_process=True))
