"""`dyadwatch learn coder` (learned/train_coder.py) on a small file written for this test:
it labels candidates by the gold events, writes a model the coder loads, the same twice."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from dyadwatch.coder.base import DocState
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


def test_the_report_names_each_choice_of_candidates_and_the_model_records_it(tmp_path: Path) -> None:
    data = _write(tmp_path / "train.jsonl")
    report = train([data], tmp_path / "m", "en")
    assert set(report.trials) == {"-/-", "-/repair", "lexical/-", "lexical/repair"}
    meta = json.loads((tmp_path / "m" / "en" / "decide.json").read_text())
    assert (meta["lexical"], meta["repair"]) == (report.lexical, report.repair)
    assert model_for("en", tmp_path / "m").repair == report.repair  # type: ignore[union-attr]


def test_the_threshold_is_chosen_on_the_smoothed_f1_curve() -> None:
    from dyadwatch.learned.candidates import Candidate
    from dyadwatch.learned.train_coder import GRID, Row, choose_threshold, f1_at

    # the raw F1 peaks at the grid's lowest point only (two positives at 0.11); the smoothed
    # curve prefers the broad middle, where one more threshold step changes little
    probs = [0.57, 0.79, 0.11, 0.39, 0.53, 0.11, 0.89, 0.17, 0.59, 0.31, 0.23, 0.75]
    labels = [1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0]
    row = Row(0, "g", "t", [Candidate("A", "B", "AID") for _ in probs], [{} for _ in probs], labels)
    raw = max(GRID, key=lambda t: (f1_at([row], [probs], 6, t)[2], -t))
    (_p, _r, f1), thr, smooth = choose_threshold([row], [probs], n_gold=6)
    assert raw == 0.10 and f1_at([row], [probs], 6, raw)[2] > f1
    assert thr == 0.44 and abs(f1 - 0.5) < 1e-9 and abs(smooth - 0.5) < 1e-9


def test_a_sentence_with_a_class_only_labels_candidates_by_their_class(tmp_path: Path) -> None:
    from dyadwatch.coder.cameo import pentacode
    from dyadwatch.coder.run import _make_coder
    from dyadwatch.evaluation.gold import read_gold
    from dyadwatch.learned.train_coder import candidate_rows

    path = tmp_path / "classed.jsonl"
    path.write_text(json.dumps({"id": "c1", "text": "Poland expelled three Belarusian diplomats on Friday.",
                                "pentacode": 4}) + "\n", encoding="utf-8")
    rows = candidate_rows(read_gold(path), "en", _make_coder("en", (), False, kind="tree"))
    cands = [(c, lab) for r in rows for c, lab in zip(r.cands, r.labels, strict=True)]
    assert cands and all(lab == int(pentacode(c.event.cameo) == 4) for c, lab in cands)
    assert any(lab for _, lab in cands)  # the expulsion (CAMEO 16x) is material conflict
