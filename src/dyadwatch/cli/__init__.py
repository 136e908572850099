"""The `dyadwatch` command. Each subcommand lives in its own module and only parses and prints."""

from __future__ import annotations

import importlib
import sys

import click

from dyadwatch import __version__

# (module, attribute) of each subcommand; a module is imported only when its command runs.
COMMANDS: dict[str, tuple[str, str]] = {
    "ingest": ("dyadwatch.cli.ingest", "ingest"),
    "recode": ("dyadwatch.cli.recode", "recode"),
    "documents": ("dyadwatch.cli.documents", "documents"),
    "show": ("dyadwatch.cli.documents", "show"),
    "code": ("dyadwatch.cli.code", "code"),
    "events": ("dyadwatch.cli.events", "events"),
    "eval": ("dyadwatch.cli.evaluate", "evaluate"),
    "cluster": ("dyadwatch.cli.analysis", "cluster"),
    "index": ("dyadwatch.cli.analysis", "index"),
    "verdict": ("dyadwatch.cli.analysis", "verdict"),
    "brief": ("dyadwatch.cli.outputs", "brief"),
    "feed": ("dyadwatch.cli.outputs", "feed"),
    "export": ("dyadwatch.cli.outputs", "export"),
    "import": ("dyadwatch.cli.outputs", "import_"),
    "figures": ("dyadwatch.cli.figures", "figures"),
    "judgments": ("dyadwatch.cli.figures", "judgments"),
    "serve": ("dyadwatch.cli.serve", "serve"),
    "db": ("dyadwatch.cli.db", "db"),
    "learn": ("dyadwatch.cli.learn", "learn"),
    "sources": ("dyadwatch.cli.sources", "sources"),
    "watch": ("dyadwatch.cli.watch", "watch"),
    "alerts": ("dyadwatch.cli.watch", "alerts"),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for name in COMMANDS if self._load(name) is not None)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        return self._load(name)

    @staticmethod
    def _load(name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module_name, attr = COMMANDS[name]
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
