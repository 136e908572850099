"""`dyadwatch eval FILE.jsonl`: score the coder on a gold file."""

from __future__ import annotations

from pathlib import Path

import click

from dyadwatch.cli.common import (
    checked,
    dictionary_option,
    emit_json,
    format_option,
    model_option,
)
from dyadwatch.store import validators as check

PENTA = ("statement", "verbal coop", "material coop", "verbal conflict", "material conflict")


@click.command("eval")
@click.argument("gold_file", type=click.Path(dir_okay=False, path_type=Path))
@dictionary_option
@model_option
@click.option("--lang", "lang", default=None, metavar="CODE", callback=checked(check.language),
              help="Score only the items in this language (en, ru, ...).")
@format_option(formats=("text", "json", "jsonl"))
@click.option("--json", "as_json", is_flag=True, hidden=True, help="The same as --format jsonl.")
def evaluate(gold_file: Path, dictionaries: tuple[Path, ...], model_dir: Path | None,
             lang: str | None, fmt: str, as_json: bool) -> None:
    """Score the event coder on a gold file (schema: shared/eval/README.md).

    Prints a per-type table, status and date accuracy, macro F1 for pentacode
    files, a line per language where the file mixes languages, and as the last line
    `P=… R=… F1=…`; `--format json` (indented) or `jsonl`/`--nl` (one line) print the
    scores as one JSON object (with `per_language`).

    Scores the default coder, the learned coder (the tree coder's rules over
    dependency parses, with a trained encoder's confidence and additions);
    DYADWATCH_CODER=tree scores the rules alone, DYADWATCH_CODER=model the
    encoder alone.

    \b
    Example:
      dyadwatch eval ../shared/eval/seeds-gold.jsonl
      dyadwatch eval ../shared/eval/real-dev.jsonl --lang ru
      dyadwatch eval ../shared/eval/pentacode-test.jsonl
      dyadwatch eval ../shared/eval/pentacode-test.jsonl --model models/pentacode
      dyadwatch eval ../shared/eval/seeds-gold.jsonl --format json
      DYADWATCH_CODER=tree dyadwatch eval ../shared/eval/seeds-gold.jsonl
    """
    from dyadwatch.evaluation import evaluate_by_language

    if not gold_file.is_file():
        raise click.BadParameter(f"{gold_file}: no such file", param_hint="GOLD_FILE")
    r, per_lang = evaluate_by_language(gold_file, dictionaries, model_dir, lang)
    if as_json or fmt != "text":
        out = r.to_dict()
        if per_lang:
            out["per_language"] = {k: v.to_dict() for k, v in per_lang.items()}
        emit_json(out, "jsonl" if as_json else fmt)
        return
    click.echo(f"{gold_file.name}: {r.n_items} items, {r.n_gold} gold events, {r.n_coded} coded")
    if r.n_gold:
        click.echo(f"{'type':<10} {'found':>5} {'gold':>5} {'coded':>5} {'P':>6} {'R':>6} {'F1':>6}")
        for t, (tp, g, c) in sorted(r.per_type.items()):
            p = tp / c if c else 0.0
            rc = tp / g if g else 0.0
            f = 2 * p * rc / (p + rc) if p + rc else 0.0
            click.echo(f"{t:<10} {tp:>5} {g:>5} {c:>5} {p:6.3f} {rc:6.3f} {f:6.3f}")
        sa, da = r.status_accuracy, r.date_accuracy
        click.echo(f"status accuracy={'n/a' if sa is None else f'{sa:.3f}'} ({r.status_hits}/{r.status_n})")
        click.echo(f"date accuracy={'n/a' if da is None else f'{da:.3f}'} ({r.date_hits}/{r.date_n})")
        for code, lr in per_lang.items():
            ls_, ld = lr.status_accuracy, lr.date_accuracy
            click.echo(f"lang {code}: {lr.n_items} items P={lr.precision:.3f} R={lr.recall:.3f} F1={lr.f1:.3f} "
                       f"status={'n/a' if ls_ is None else f'{ls_:.3f}'} date={'n/a' if ld is None else f'{ld:.3f}'}")
    if r.pentacode_f1 is not None:
        for k, (p, rc, f, n) in sorted(r.pentacode_per_class.items()):
            click.echo(f"pentacode {k} {PENTA[k]:<17} P={p:.3f} R={rc:.3f} F1={f:.3f} n={n}")
        click.echo(f"pentacode accuracy={r.pentacode_accuracy:.3f} macro F1={r.pentacode_f1:.3f}")
    if r.n_gold == 0 and r.pentacode_f1 is not None:
        # A pentacode file has classes, not events: its last line is the macro average.
        per = list(r.pentacode_per_class.values())
        mp, mr = sum(x[0] for x in per) / 5, sum(x[1] for x in per) / 5
        click.echo(f"P={mp:.3f} R={mr:.3f} F1={r.pentacode_f1:.3f} (macro over 5 classes)")
        return
    click.echo(f"P={r.precision:.3f} R={r.recall:.3f} F1={r.f1:.3f}")
