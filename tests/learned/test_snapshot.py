"""The learned coder's copy of the document state equals a deep copy and shares nothing mutable."""

import copy

from dyadwatch.coder.base import DocState
from dyadwatch.learned.coder import _snapshot


def test_snapshot_is_a_deep_copy() -> None:
    state = DocState(pub_date="2024-01-02", last_pair=("BLR", "RUS"), acted=("POL",))
    state.coded.add(("BLR", "RUS", "CONSULT", "occurred", None))
    state.told.add(("BLR", "RUS", "CONSULT"))
    state.extra = [["a"]]  # a field of another kind is deep-copied
    snap = _snapshot(state)
    assert vars(snap) == vars(copy.deepcopy(state))
    state.coded.add(("LTU", None, "PROTEST", "occurred", None))
    state.extra[0].append("b")
    state.last_pair = ("POL", "LTU")
    assert ("LTU", None, "PROTEST", "occurred", None) not in snap.coded
    assert snap.extra == [["a"]] and snap.last_pair == ("BLR", "RUS")
