"""The watcher gives freed heap back between cycles."""

from __future__ import annotations

import platform

import pytest

from dyadwatch.watch.memory import release_memory


def _rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc",
                    reason="malloc_trim is glibc's")
def test_release_memory_returns_freed_small_blocks_to_the_system() -> None:
    release_memory()
    before = _rss_kib()
    # many small blocks, as parsing leaves them, freed except every 50th so that the heap's
    # top cannot simply shrink: only trimming gives those pages back
    blocks = [bytearray(1024) for _ in range(200_000)]
    kept = blocks[::50]
    del blocks
    grown = _rss_kib()
    assert release_memory() is True
    after = _rss_kib()
    assert grown - before > 100_000  # the blocks really took ~200 MB
    assert after - before < (grown - before) / 2
    assert len(kept) == 4000
