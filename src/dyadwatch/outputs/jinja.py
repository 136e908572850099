"""Compiled Jinja templates kept between runs, for the brief and the dashboard."""

from __future__ import annotations

from typing import Any

from jinja2 import BytecodeCache, FileSystemBytecodeCache


class _QuietBytecodeCache(FileSystemBytecodeCache):
    """Jinja's file cache of compiled templates, where a cache that cannot be written is no
    error (a read-only temporary folder costs the compilation, nothing else)."""

    def dump_bytecode(self, bucket: Any) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def bytecode_cache(tag: str) -> BytecodeCache | None:
    """A cache of compiled templates in the user's private temporary folder (Jinja's), its
    files named by `tag`: one tag per environment, as environments with other options
    compile the same template differently. Jinja checks each entry against the template's
    source, so an edited template is compiled again. None where no such folder can be made."""
    try:
        return _QuietBytecodeCache(pattern=f"__dyadwatch_{tag}_%s.cache")
    except (OSError, RuntimeError):  # no private temporary folder: compile every time
        return None
