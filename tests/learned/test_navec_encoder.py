"""The Russian encoder's reading of a sentence (learned/navec_encoder.py): razdel's tokens with
their characters, navec's vectors lower-cased, and the shipped BiGRU's states over them."""

from __future__ import annotations

import numpy as np

from dyadwatch.learned.coder import MODEL_DIR
from dyadwatch.learned.navec_encoder import N_FEATURES, NavecEncoder, features


def test_each_token_gets_its_navec_vector_and_the_features_lower_case_loses() -> None:
    text = "МИД России осудил «провокацию» в 2024 году, ёлки-палки."
    x, offsets = features(text)
    words = [text[a:b] for a, b in offsets]
    assert words[:5] == ["МИД", "России", "осудил", "«", "провокацию"]
    assert x.shape == (len(offsets), 300 + N_FEATURES) and x.dtype == np.float32
    cap, upper, digit, punct, unk = (x[:, 300 + k] for k in range(N_FEATURES))
    assert (cap[0], upper[0], cap[1], upper[1], cap[2]) == (1, 1, 1, 0, 0)
    assert digit[words.index("2024")] == 1 and punct[words.index("«")] == 1
    # «России» and «россии» are one navec word; a number is navec's <unk>
    assert np.array_equal(x[1, :300], features("россии")[0][0, :300]) and unk[1] == 0
    assert unk[words.index("2024")] == 1


def test_a_word_navec_spells_with_e_for_yo_is_found() -> None:
    x, _ = features("Объединённые")
    assert x[0, 300 + N_FEATURES - 1] == 0


def test_the_shipped_encoder_gives_a_state_per_token_that_depends_on_its_sentence() -> None:
    enc = NavecEncoder(MODEL_DIR / "ru")
    a, b = enc.encode(["Россия осудила Литву.", "Литва осудила Россию."])
    assert a.offsets == [(0, 6), (7, 14), (15, 20), (20, 21)]
    assert a.states.shape[0] == 4 and a.states.shape[1] == enc._width()
    # the same word, another context: another state (a BiGRU, not a lookup)
    assert not np.allclose(a.states[1], b.states[1])
    assert np.array_equal(enc.encode(["Россия осудила Литву."])[0].states, a.states)
    empty = enc.encode([""])[0]
    assert empty.pool([(0, 5)]).shape == (enc._width(),)
