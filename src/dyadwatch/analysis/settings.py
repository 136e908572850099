"""Analysis settings: `settings.yaml` beside this file, optionally overlaid by a user's file."""

from __future__ import annotations

import copy
from functools import lru_cache
from pathlib import Path
from typing import Any

from dyadwatch.datafiles import load_yaml, read_mapping

DEFAULT_SETTINGS = Path(__file__).with_name("settings.yaml")


@lru_cache(maxsize=1)
def _defaults() -> dict[str, Any]:
    return load_yaml(DEFAULT_SETTINGS.read_text(encoding="utf-8"))


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """`over` laid on `base`, nested dictionaries merged key by key."""
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def load_settings(path: str | Path | None = None,
                  overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """The default settings, with a user's YAML file and then `overrides` laid over them."""
    settings = copy.deepcopy(_defaults())
    if path is not None:
        settings = merge(settings, read_mapping(path, "settings"))
    if overrides:
        settings = merge(settings, overrides)
    return settings


def resolve(settings: dict[str, Any] | None) -> dict[str, Any]:
    """Settings as given (merged over the defaults), or the defaults."""
    return merge(_defaults(), settings) if settings else copy.deepcopy(_defaults())
