"""`dyadwatch cluster`, `index` and `verdict`: parse options, call dyadwatch.analysis, print."""

from __future__ import annotations

from typing import Any

import click

from dyadwatch.analysis.index import INDEX_COLUMNS
from dyadwatch.cli.common import (
    checked,
    db_option,
    emit_json,
    emit_rows,
    format_option,
    open_reading_store,
    say,
)
from dyadwatch.errors import DyadwatchError
from dyadwatch.store import validators as check

dyad_option = click.option("--dyad", required=True, metavar="AAA-BBB", callback=checked(check.dyad),
                           help="The pair, e.g. BLR-RUS.")
week_option = click.option("--week", required=True, metavar="YYYY-Www", callback=checked(check.week),
                           help="ISO week, e.g. 2017-W40 (or a day in it).")
# The index in 80 columns; json, jsonl and csv have every column (docs/exports.md).
INDEX_TABLE_COLUMNS = ("period", "events", "clusters", "quad1", "quad2", "quad3", "quad4",
                       "scale", "grade")

settings_option = click.option(
    "--settings", "settings_path", type=click.Path(dir_okay=False), default=None, metavar="FILE",
    help="A YAML file laid over the default analysis settings (weights, rules, thresholds).",
)
weight_option = click.option(
    "--weight", "weights", multiple=True, metavar="STATUS=W",
    help="Weight of a status, e.g. --weight planned=0.5 (repeatable).",
)

sectors_option = click.option(
    "--include-sectors", "include_sectors", metavar="OPP,CVL", default=None,
    help="Also count events of these non-state sectors (opposition OPP, civil society CVL); "
         "by default only state-to-state relations count [default: settings, none].",
)


def sectors_override(value: str | None) -> dict[str, Any]:
    """`--include-sectors OPP,CVL` as a settings overlay (nothing when not given)."""
    if value is None:
        return {}
    return {"include_sectors": sorted({x.strip().upper() for x in value.split(",") if x.strip()})}


def parse_weights(items: tuple[str, ...]) -> dict[str, float]:
    out: dict[str, float] = {}
    for item in items:
        status, _, value = item.partition("=")
        try:
            out[status.strip().lower()] = float(value)
        except ValueError as exc:
            raise DyadwatchError(f"--weight {item!r}: write it like planned=0.5") from exc
    return out


def load(settings_path: str | None, weights: tuple[str, ...] = (),
         extra: dict[str, Any] | None = None) -> dict[str, Any]:
    from dyadwatch.analysis.settings import load_settings

    overrides: dict[str, Any] = dict(extra or {})
    if weights:
        overrides["status_weights"] = parse_weights(weights)
    return load_settings(settings_path, overrides)


@click.command()
@db_option
@click.option("--window-days", type=click.IntRange(0, 365), default=None,
              help="Mentions at most this many days apart can be one event [default: settings, 3].")
@click.option("--rebuild", is_flag=True,
              help="Cluster every stored mention again (after changing the rule); otherwise "
                   "only mentions not clustered yet join their clusters.")
@settings_option
def cluster(db: str | None, window_days: int | None, rebuild: bool,
            settings_path: str | None) -> None:
    """Event clusters: the mentions of one real-world event across sources.

    Ingest clusters new mentions as they arrive; `--rebuild` regroups the whole store (and
    rebuilds the stored index) and gives the same clusters.

    \b
    Example:
      dyadwatch cluster
      dyadwatch cluster --rebuild --window-days 5 --db team.db
    """
    from dyadwatch.analysis.clusters import build_clusters, cluster_new, count_clusters

    engine = open_reading_store(db)
    if rebuild or window_days is not None or settings_path is not None:
        cfg = load(settings_path)
        days = window_days if window_days is not None else int(cfg["clusters"]["window_days"])
        n = build_clusters(engine, window_days=days, settings=cfg)
    else:
        cluster_new(engine)
        n = count_clusters(engine)
    click.echo(f"{n} clusters")


@click.command()
@db_option
@dyad_option
@click.option("--freq", type=click.Choice(["day", "week", "month"]), default="week", show_default=True)
@click.option("--from", "date_from", metavar="DATE", help="First day, week (2017-W36), month or year.")
@click.option("--to", "date_to", metavar="DATE", help="Last day, week, month or year.")
@click.option("--directed", is_flag=True, help="Only events from the first country to the second.")
@format_option
@click.option("--busiest", is_flag=True, help="Print only the ISO week with the most distinct events.")
@click.option("--rebuild", is_flag=True,
              help="Recompute the stored index of every dyad (after the settings changed).")
@weight_option
@sectors_option
@settings_option
def index(db: str | None, dyad: str, freq: str, date_from: str | None, date_to: str | None,
          directed: bool, fmt: str, busiest: bool, rebuild: bool, weights: tuple[str, ...],
          include_sectors: str | None, settings_path: str | None) -> None:
    """The dyad index: one row per day, ISO week or month.

    Each distinct event (a cluster of mentions) counts once, weighted by its status;
    periods without events appear with zeros. Columns are described in docs/exports.md.

    \b
    Example:
      dyadwatch index --dyad BLR-RUS --freq week --format csv > index.csv
      dyadwatch index --dyad RUS-BLR --directed --freq month --from 2017-01 --to 2017-12
      dyadwatch index --dyad BLR-RUS --busiest
      dyadwatch index --dyad BLR-RUS --include-sectors OPP,CVL
      dyadwatch index --dyad BLR-RUS --rebuild
    """
    from dyadwatch.analysis.index import busiest_week, compute_index
    from dyadwatch.analysis.materialised import rebuild_stored_index, stale_reason

    check.date_range(date_from, date_to)
    cfg = load(settings_path, weights, sectors_override(include_sectors))
    engine = open_reading_store(db)
    if rebuild:
        say(f"stored index: {rebuild_stored_index(engine)} rows")
    elif reason := stale_reason(engine):
        say(f"note: {reason}")
    if busiest:
        click.echo(busiest_week(engine, dyad, settings=cfg))
        return
    rows = compute_index(engine, dyad, freq, date_from, date_to, directed=directed, settings=cfg)
    emit_rows(rows, fmt, INDEX_COLUMNS, title=f"{dyad} by {freq}", table_columns=INDEX_TABLE_COLUMNS)


@click.command()
@db_option
@dyad_option
@week_option
@click.option("--rule", type=click.Choice(["trendfinder", "zscore"]), default=None,
              help="Verdict rule [default: settings, trendfinder].")
@click.option("--baseline-weeks", type=click.IntRange(1, 104), default=None,
              help="Weeks in the baseline (the rule's setting otherwise: 4 or 8).")
@format_option(formats=("text", "json", "jsonl"))
@weight_option
@sectors_option
@settings_option
def verdict(db: str | None, dyad: str, week: str, rule: str | None, baseline_weeks: int | None,
            fmt: str, weights: tuple[str, ...], include_sectors: str | None,
            settings_path: str | None) -> None:
    """Better, worse or unchanged: the week against the weeks before, and why.

    \b
    Example:
      dyadwatch verdict --dyad BLR-RUS --week 2017-W40
      dyadwatch verdict --dyad BLR-RUS --week 2017-W40 --rule zscore --format json
      dyadwatch verdict --dyad BLR-RUS --week 2017-10-05 --nl
    """
    from dyadwatch.analysis.verdict import weekly_verdict

    cfg = load(settings_path, weights, sectors_override(include_sectors))
    rule = rule or str(cfg["verdict"]["default_rule"])
    if baseline_weeks is not None and rule in cfg["verdict"]:
        cfg["verdict"][rule]["weeks"] = baseline_weeks
    v = weekly_verdict(open_reading_store(db), dyad, week, rule=rule, settings=cfg)
    if fmt != "text":
        emit_json(v.to_dict(), fmt)
        return
    click.echo(format_verdict_text(v))


def format_verdict_text(v: Any) -> str:
    lines = [f"{v.dyad} {v.week} ({v.week_start} to {v.week_end}): {v.headline}"]
    lines.append(f"  {v.summary_text()}")  # the same numbers as the brief and the feed
    lines.append(f"  baseline weeks: {', '.join(v.baseline_weeks) or 'none'}")
    if v.thin_evidence:
        lines.append(f"  thin evidence: {v.thin_reason}")
    lines.append(f"  rule: {v.rule_text}")
    if v.reasons:
        lines.append("  reasons:")
        for r in v.reasons:
            g = "" if r["goldstein"] is None else f" {r['goldstein']:+.1f}"
            more = f", {r['mentions']} mentions" if r["mentions"] > 1 else ""
            lines.append(f"  - {r['date']} {r['source']}->{r['target']} {r['type']}{g} "
                         f"[{r['status']}{more}]")
            lines.append(f"      \"{r['sentence']}\"")
            lines.append(f"      {r['title'] or ''} {r['url'] or r['document_id']}".rstrip())
    return "\n".join(lines)
