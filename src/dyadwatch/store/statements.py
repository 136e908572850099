"""Keep the number of distinct SQL texts small.

A list that becomes SQL (`col IN (...)`, `OR` of one term per item) gives a different
statement for every length. SQLAlchemy's compiled cache and SQLite's prepared-statement cache
then hold one entry per length seen, and a long-running watcher sees all lengths up to the
chunk size: measured as resident memory that grows with every cycle. Padding a list to the
next power of two (repeating its last value, which changes no result of an IN or an OR)
leaves at most ten texts for lists of up to 512 items.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

CHUNK = 512  # items per IN (...) list: a power of two, so full chunks need no padding


def padded(values: Sequence[T]) -> list[T]:
    """`values` with its last item repeated up to the next power-of-two length (empty stays
    empty)."""
    out = list(values)
    if not out:
        return out
    size = 1 << (len(out) - 1).bit_length()
    return out + [out[-1]] * (size - len(out))


def padded_chunks(values: Sequence[T], n: int = CHUNK) -> Iterator[list[T]]:
    """`values` in chunks of at most `n`, each padded (for one IN list per chunk)."""
    for i in range(0, len(values), n):
        yield padded(values[i:i + n])
