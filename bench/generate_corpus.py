"""Scale the sample corpus to N documents for benchmarks, streamed, deterministic.

Each generated document is one of the sample documents (examples/corpus, else the seeds in
../shared/corpus/seeds) rewritten so that content-hash de-duplication cannot make the
benchmark trivial and the coder sees varied input:

* names: country names, their adjectives and leaders' names are consistently swapped for
  others from the same region in each document (so the coder still finds actors and events,
  on different dyads);
* dates: years are shifted by the same random offset, month names are rotated;
* order: paragraphs after the first are shuffled, and about one in ten is dropped;
* a dateline with the document's number makes every text unique.

Nothing holds the corpus: `generate(n)` is a generator, so 100,000 documents cost the
memory of one.

Usage:
    python bench/generate_corpus.py OUT_DIR -n 1000      # write OUT_DIR/doc-000001.txt ...
    python bench/generate_corpus.py - -n 3               # print the first few to stdout
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "corpus"
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
TEXT_SUFFIXES = (".txt", ".html", ".htm", ".md")

# Swappable groups: (country, adjective, leader). Swaps stay within this table, so every
# generated document still names real countries the dictionaries know.
COUNTRIES = [
    ("Belarus", "Belarusian", "Lukashenka"),
    ("Russia", "Russian", "Putin"),
    ("Ukraine", "Ukrainian", "Zelensky"),
    ("Poland", "Polish", "Duda"),
    ("Lithuania", "Lithuanian", "Nauseda"),
    ("Kazakhstan", "Kazakh", "Tokayev"),
    ("Armenia", "Armenian", "Pashinyan"),
    ("Georgia", "Georgian", "Kobakhidze"),
    ("China", "Chinese", "Xi"),
    ("Germany", "German", "Scholz"),
    ("France", "French", "Macron"),
    ("Latvia", "Latvian", "Rinkevics"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
_MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
_YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")


@dataclass(frozen=True)
class GeneratedDoc:
    name: str  # e.g. "doc-000042.txt" or "doc-000043.html"
    text: str
    base: str  # the sample document it was made from

    @property
    def kind(self) -> str:
        return "html" if self.name.endswith(".html") else "text"


def source_documents(folder: Path | None = None) -> list[tuple[str, str]]:
    """(name, text) of the sample documents the corpus is scaled from."""
    candidates = [folder] if folder else [EXAMPLES, SEEDS]
    for d in candidates:
        if d and d.is_dir():
            files = sorted(p for p in d.rglob("*")
                           if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            docs = [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in files]
            docs = [(n, t) for n, t in docs if t.strip()]
            if docs:
                return docs
    raise SystemExit(f"no sample documents under {', '.join(str(c) for c in candidates)}")


def _build_swapper(rng: random.Random) -> tuple[re.Pattern[str], dict[str, str]]:
    perm = list(range(len(COUNTRIES)))
    rng.shuffle(perm)
    mapping: dict[str, str] = {}
    for i, j in enumerate(perm):
        for a, b in zip(COUNTRIES[i], COUNTRIES[j], strict=True):
            mapping[a] = b
    # Longest first, so "Belarusian" is not matched as "Belarus" + "ian".
    keys = sorted(mapping, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, keys)) + r")\b"), mapping


def vary(text: str, rng: random.Random) -> str:
    """One variant of a document: swapped names, shifted dates, shuffled paragraphs."""
    pattern, mapping = _build_swapper(rng)
    text = pattern.sub(lambda m: mapping[m.group(1)], text)
    shift = rng.randint(-9, 3)
    text = _YEAR_RE.sub(lambda m: str(int(m.group(1)) + shift), text)
    rot = rng.randint(0, 11)
    text = _MONTH_RE.sub(lambda m: MONTHS[(MONTHS.index(m.group(1)) + rot) % 12], text)
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(paras) > 2:
        head, rest = paras[:1], paras[1:]
        rng.shuffle(rest)
        kept = [p for p in rest if rng.random() > 0.1] or rest[:1]
        paras = head + kept
    return "\n\n".join(paras) + "\n"


_P_RE = re.compile(r"<p\b[^>]*>.*?</p>", re.S | re.I)


def vary_html(html: str, rng: random.Random, line: str) -> str:
    """The same variation for an HTML page: text swaps, and its <p> blocks permuted."""
    pattern, mapping = _build_swapper(rng)
    html = pattern.sub(lambda m: mapping[m.group(1)], html)
    shift = rng.randint(-9, 3)
    html = _YEAR_RE.sub(lambda m: str(int(m.group(1)) + shift), html)
    rot = rng.randint(0, 11)
    html = _MONTH_RE.sub(lambda m: MONTHS[(MONTHS.index(m.group(1)) + rot) % 12], html)
    blocks = _P_RE.findall(html)
    if len(blocks) > 2:
        order = blocks[1:]
        rng.shuffle(order)
        order = [b for b in order if rng.random() > 0.1] or order[:1]
        it = iter([blocks[0], f"<p>{line}</p>", *order])
        html = _P_RE.sub(lambda m: next(it, ""), html)
        rest = list(it)
        if rest:  # more blocks than slots (nothing was dropped): append before </body>
            html = html.replace("</body>", "".join(rest) + "</body>", 1)
    else:
        html = html.replace("</body>", f"<p>{line}</p></body>", 1)
    return html


def generate(n: int, *, seed: int = 7, folder: Path | None = None) -> Iterator[GeneratedDoc]:
    """N varied documents, one at a time (deterministic for a given seed)."""
    sources = source_documents(folder)
    rng = random.Random(seed)
    for i in range(1, n + 1):
        base_name, base_text = sources[rng.randrange(len(sources))]
        day = f"{rng.randint(2010, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        # A sentence of its own makes every text unique even where the cleaner drops headers.
        line = (f"This dispatch, number {i} of the scaled corpus, was filed on {day} "
                "by the regional desk after several days of reporting.")
        if base_name.lower().endswith((".html", ".htm")):
            yield GeneratedDoc(name=f"doc-{i:06d}.html", text=vary_html(base_text, rng, line),
                               base=base_name)
        else:
            body = vary(base_text, rng)
            head, _, rest = body.partition("\n\n")
            yield GeneratedDoc(name=f"doc-{i:06d}.txt", text=f"{head}\n\n{line}\n\n{rest}",
                               base=base_name)


def raw_inputs(n: int, *, seed: int = 7, folder: Path | None = None):  # type: ignore[no-untyped-def]
    """The same documents as dyadwatch RawInput records (streamed)."""
    from dyadwatch.model import RawInput

    for doc in generate(n, seed=seed, folder=folder):
        yield RawInput(location=f"bench://{doc.name}", data=doc.text.encode("utf-8"),
                       kind=doc.kind)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="folder to write into, or - for stdout")
    ap.add_argument("-n", type=int, default=1000, help="number of documents [1000]")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--source", type=Path, default=None,
                    help="folder of sample documents [examples/corpus, else the seeds]")
    args = ap.parse_args(argv)
    if args.out == "-":
        for doc in generate(args.n, seed=args.seed, folder=args.source):
            sys.stdout.write(f"==> {doc.name} (from {doc.base})\n{doc.text}\n")
        return 0
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for doc in generate(args.n, seed=args.seed, folder=args.source):
        (out / doc.name).write_text(doc.text, encoding="utf-8")
        count += 1
    print(f"wrote {count} documents to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
