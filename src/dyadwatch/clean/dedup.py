"""Keeping repeated paragraphs and pull-quotes once.

Three tests, on normalised words (lower case, quotes and punctuation dropped):
- exact: the same words again;
- near-duplicate: MinHash (datasketch, fixed seed) over 3-word shingles finds paragraphs
  whose shingle sets overlap by `NEAR_JACCARD` or more; the pair is checked exactly;
- contained: a paragraph whose shingles mostly (`CONTAINMENT`) occur in one longer
  paragraph, before or after it — a pull-quote, or a lead repeated in full below.
Of each group the longest paragraph is kept (the first, when equally long), in its place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

SHINGLE = 3
NEAR_JACCARD = 0.8
CONTAINMENT = 0.8
MIN_WORDS_CONTAINED = 6  # shorter paragraphs (headings) are never dropped as contained
NUM_PERM = 64
SEED = 1

_WORD = re.compile(r"\w+", re.UNICODE)


def normalise_words(text: str) -> list[str]:
    return [w.lower().replace("ё", "е") for w in _WORD.findall(text)]


def shingles(words: list[str], k: int = SHINGLE) -> set[str]:
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def duplicate_paragraphs(paragraphs: list[str]) -> set[int]:
    """Indices of paragraphs to drop as repeats of another paragraph."""
    words = [normalise_words(p) for p in paragraphs]
    sets = [shingles(w) for w in words]
    drop: set[int] = set()

    # exact repeats: keep the first
    seen: dict[tuple[str, ...], int] = {}
    for i, w in enumerate(words):
        key = tuple(w)
        if not key:
            continue
        if key in seen:
            drop.add(i)
        else:
            seen[key] = i

    # near-duplicates of similar length
    drop |= _near_duplicates(sets, words, drop)

    # contained in a longer paragraph (pull-quotes, repeated leads)
    index: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        if i in drop:
            continue
        for sh in s:
            index[sh].append(i)
    for i in sorted(range(len(sets)), key=lambda j: (len(words[j]), j)):
        if i in drop or len(words[i]) < MIN_WORDS_CONTAINED or not sets[i]:
            continue
        hits: dict[int, int] = defaultdict(int)
        for sh in sets[i]:
            for j in index[sh]:
                if j != i and j not in drop:
                    hits[j] += 1
        for j, n in sorted(hits.items()):
            longer = len(words[j]) > len(words[i]) or (len(words[j]) == len(words[i]) and j < i)
            if longer and n / len(sets[i]) >= CONTAINMENT:
                drop.add(i)
                break
    return drop


@lru_cache(maxsize=1)
def _lsh_setup() -> tuple[tuple[int, int], Any]:
    """LSH bands/rows and an empty MinHash, computed once: datasketch derives the bands by
    numerical integration and the permutations from a seeded RNG, both costly per document."""
    from datasketch import MinHash
    from datasketch.lsh import _optimal_param

    return _optimal_param(NEAR_JACCARD, NUM_PERM, 0.5, 0.5), MinHash(num_perm=NUM_PERM, seed=SEED)


def _near_duplicates(sets: list[set[str]], words: list[list[str]], dropped: set[int]) -> set[int]:
    from datasketch import MinHashLSH

    params, empty = _lsh_setup()
    lsh = MinHashLSH(num_perm=NUM_PERM, params=params)
    drop: set[int] = set()
    order = sorted(range(len(sets)), key=lambda j: (-len(words[j]), j))  # longest first
    for i in order:
        if i in dropped or len(words[i]) < MIN_WORDS_CONTAINED:
            continue
        mh = empty.copy()
        # (one vectorised update: the same hash values as one update per shingle, a minimum of each)
        mh.update_batch([sh.encode("utf-8") for sh in sorted(sets[i])])
        candidates = sorted(int(c) for c in lsh.query(mh))
        if any(_jaccard(sets[i], sets[c]) >= NEAR_JACCARD for c in candidates):
            drop.add(i)
            continue
        lsh.insert(str(i), mh)
    return drop


def _jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
