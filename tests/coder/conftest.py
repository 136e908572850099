"""A test module of the coder says which coder it codes with: `pytestmark = pytest.mark.coder("tree")`."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _module_coder(request: pytest.FixtureRequest, use_coder) -> None:  # type: ignore[no-untyped-def]
    marker = request.node.get_closest_marker("coder")
    if marker is not None:
        use_coder(marker.args[0])
