"""A real corpus big enough for an ingest to last a few seconds: examples/corpus plus variants."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import EXAMPLES


def variant_corpus(dest: Path, variants: int = 1) -> Path:
    """examples/corpus, plus `variants` copies of each document with one paragraph added."""
    shutil.copytree(EXAMPLES, dest)
    for n in range(1, variants + 1):
        for src in sorted(EXAMPLES.rglob("*")):
            if src.suffix not in (".html", ".txt"):
                continue
            note = (f"In a separate statement the same week, officials in Grodno said that trade "
                    f"schedule number {n} for {src.stem.split('_')[0]} would be reviewed by the "
                    f"joint commission before the end of the month.")
            text = src.read_text(encoding="utf-8")
            if src.suffix == ".html":
                marker = "</article>" if "</article>" in text else "</body>"
                text = text.replace(marker, f"<p>{note}</p>{marker}", 1)
            else:
                text = text.rstrip("\n") + f"\n\n{note}\n"
            out = dest / f"variant{n}" / src.relative_to(EXAMPLES)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
    return dest
