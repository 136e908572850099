"""`dyadwatch code`: code a text or a JSON Lines file of items and print the events as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from dyadwatch.cli.common import checked, dictionary_option, model_option
from dyadwatch.errors import InputError
from dyadwatch.store import validators as check

# The coder's fields, named as everywhere else (dyadwatch.store.events.EVENT_FIELDS).
KEYS = ("source", "source_sector", "source_text", "target", "target_sector", "target_text", "type", "mode",
        "cameo", "goldstein", "quad", "status", "confidence", "date", "date_granularity", "trigger", "start", "end")


def event_json(e) -> dict:
    d = e.to_dict()
    return {k: d.get(k) for k in KEYS}


@click.command("code")
@click.argument("file", required=False, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--text", "text", default=None, help="Code this text instead of a file.")
@click.option("--date", "pub_date", default=None, metavar="YYYY-MM-DD",
              help="Publication date that relative dates in --text resolve against.")
@click.option("--lang", default=None, callback=checked(check.language),
              help="Language (en, ru, be): of --text (default: detected); with FILE it overrides each "
                   "item's lang.")
@dictionary_option
@model_option
def code(file: str | None, text: str | None, pub_date: str | None, lang: str,
         dictionaries: tuple[Path, ...], model_dir: Path | None) -> None:
    """Code events: who did what to whom, when, and with which status.

    With --text prints one JSON object {"id": null, "events": [...]}; with FILE
    (JSON Lines in the gold schema, `-` for stdin) prints one object per item.
    Event keys: source, source_sector, source_text, target, target_sector,
    target_text, type, mode, cameo, goldstein, quad, status, confidence, date,
    date_granularity, trigger, start, end (offsets of the trigger in text).

    The coder is the learned coder: the tree coder's rules (roles, status and
    dates from dependency parses) with a trained model's confidence and what
    it reads that the rules missed; DYADWATCH_CODER=tree for the rules alone.

    \b
    Example:
      dyadwatch code --text "Putin and Lukashenka met in Sochi on 22 February." --date 2021-02-25
      dyadwatch code ../shared/eval/seeds-gold.jsonl > coded.jsonl
      cat items.jsonl | dyadwatch code -
    """
    from dyadwatch.coder import code_text, text_language
    from dyadwatch.evaluation.gold import parse_items
    from dyadwatch.evaluation.score import code_items

    if (text is None) == (file is None):
        raise click.UsageError("give either --text TEXT or a FILE (or - for stdin)")
    if text is not None:
        if pub_date is not None:
            from datetime import date

            try:
                date.fromisoformat(pub_date)
            except ValueError as exc:
                raise InputError("--date", f"not a date YYYY-MM-DD: {pub_date!r}") from exc
        evs = code_text(text, pub_date, lang or text_language(text), dictionaries)
        click.echo(json.dumps({"id": None, "events": [event_json(e) for e in evs]}, ensure_ascii=False))
        return
    assert file is not None
    if file == "-":
        lines = sys.stdin.read().splitlines()
        loc = "<stdin>"
    else:
        try:
            lines = Path(file).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise InputError(file, exc.strerror or "cannot read") from exc
        except UnicodeDecodeError as exc:
            raise InputError(file, "not UTF-8 text") from exc
        loc = file
    items = list(parse_items(lines, loc))
    if lang:  # --lang forces the language of every item
        for it in items:
            it.lang = lang
    for it, evs in zip(items, code_items(items, dictionaries, model_dir=model_dir), strict=True):
        click.echo(json.dumps({"id": it.id, "events": [event_json(e) for e in evs]}, ensure_ascii=False))
