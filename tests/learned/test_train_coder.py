"""`dyadwatch learn coder` (learned/train_coder.py) on a small file written for this test:
it labels candidates by the gold events, writes a model the coder loads, the same twice."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from dyadwatch.coder.engine import DocState
from dyadwatch.learned.coder import LearnedCoder, model_for
from dyadwatch.learned.train_coder import train

ITEMS = [
    ("Poland expelled three Belarusian diplomats on Friday.", [("POL", "BLR", "SANCTION")]),
    ("Latvia closed two crossings on its border with Belarus.", [("LVA", "BLR", "SANCTION")]),
    ("Moscow granted Minsk a loan of 1.5 billion dollars.", [("RUS", "BLR", "AID")]),
    ("Armenia and Iran held talks in Yerevan.", [("ARM", "IRN", "CONSULT"), ("IRN", "ARM", "CONSULT")]),
    ("Georgia accused Russia of moving the boundary fences.", [("GEO", "RUS", "ACCUSE")]),
    ("Lithuania criticised the Belarusian nuclear plant at Astravets.", []),
    ("The Kazakh president visited Beijing in the spring.", [("KAZ", "CHN", "CONSULT")]),
    ("Turkey and Azerbaijan signed a gas agreement.", [("TUR", "AZE", "AGREE"), ("AZE", "TUR", "AGREE")]),
    ("Trade between Ukraine and Moldova grew by a tenth.", []),
    ("Estonia summoned the Russian ambassador over the airspace violation.", [("EST", "RUS", "ACCUSE")]),
    ("Russian troops arrived in Belarus for joint exercises.", [("RUS", "BLR", "COOPERATE")]),
    ("Warsaw banned Belarusian lorries from entering Poland.", [("POL", "BLR", "SANCTION")]),
]


def _write(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i, (text, events) in enumerate(ITEMS):
            fh.write(json.dumps({"id": f"t{i:02d}", "url": None, "pub_date": "2026-04-03", "lang": "en",
                                 "text": text, "events": [
                                     {"source": s, "target": t, "type": ty, "status": "occurred",
                                      "date": "2026-04-03"} for s, t, ty in events]}) + "\n")
    return path


def test_training_writes_a_model_the_coder_uses_and_is_reproducible(tmp_path: Path) -> None:
    data = _write(tmp_path / "train.jsonl")
    report = train([data], tmp_path / "a", "en")
    assert report.n_items == len(ITEMS) and report.n_candidates > 0
    assert 0.0 <= report.cv_f1 <= 1.0 and 0.1 <= report.threshold < 0.9
    model = model_for("en", tmp_path / "a")
    assert model is not None and model.weight.any()
    train([data], tmp_path / "b", "en")
    for name in ("decide.json", "status.json"):
        assert (tmp_path / "a" / "en" / name).read_bytes() == (tmp_path / "b" / "en" / name).read_bytes()
    for name in ("decide.npz", "status.npz"):  # the same arrays (a zip's member times may differ)
        with np.load(tmp_path / "a" / "en" / name) as a, np.load(tmp_path / "b" / "en" / name) as b:
            assert sorted(a.files) == sorted(b.files)
            assert all(np.array_equal(a[k], b[k]) for k in a.files)
    coder = LearnedCoder("en", model_dir=tmp_path / "a")
    events = coder.code_sentence("Poland expelled three Belarusian diplomats on Friday.",
                                 DocState(pub_date="2026-04-03"))
    assert ("POL", "BLR", "SANCTION") in {(e.source, e.target, e.type) for e in events}
