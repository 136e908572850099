"""Reading data files: YAML dictionaries, lexicons, rules and settings; JSON Lines records."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

from dyadwatch.errors import InputError

# libyaml's loader when PyYAML was built with it (several times faster), else the pure one
_SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BOOL = "tag:yaml.org,2002:bool"


class _Loader(_SAFE):  # type: ignore[misc,valid-type]
    """The safe loader with YAML 1.2's booleans: only true and false. In YAML 1.1 `no`, `on`, `off`,
    `yes` are booleans, so a word list with "no" (a denial cue) or "on" (a preposition) lost them."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL]
    for first, resolvers in _SAFE.yaml_implicit_resolvers.items()}
_Loader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_LOADER = _Loader


def load_yaml(text: str) -> Any:
    """YAML text as Python data, with the safe loader (libyaml's when available). Raises
    yaml.YAMLError on bad YAML."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader


def read_mapping(path: Path | str, what: str) -> dict[str, Any]:
    """A YAML file that must hold a mapping; a bad file is one InputError naming it."""
    p = Path(path)
    try:
        data = load_yaml(p.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise InputError(str(p), f"cannot read {what}: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise InputError(str(p), f"{what} is not valid YAML: {str(exc).splitlines()[0]}") from exc
    if not isinstance(data, dict):
        raise InputError(str(p), f"{what} must be a YAML mapping")
    return data


def json_lines(lines: Iterable[str], location: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """The objects of a JSON Lines stream, each with its "file:line" for error messages.

    Blank lines are skipped; a line that is not a JSON object is one InputError naming it.
    """
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{location}:{n}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(where, f"not JSON ({exc.msg})") from exc
        if not isinstance(item, dict):
            raise InputError(where, "each line must be a JSON object")
        yield where, item
