from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from dyadwatch.outputs.charts import render_svg, write_charts

NS = {"s": "http://www.w3.org/2000/svg"}


def _rows() -> list[dict[str, Any]]:
    """Six weeks: positive, negative, a quiet week (no counted events), zero, and two more."""
    spec = [("2017-W36", 4.5, "good"), ("2017-W37", -3.25, "tension"), ("2017-W38", 0.0, None),
            ("2017-W39", 0.0, "ordinary"), ("2017-W40", -7.1, "confrontation"),
            ("2017-W41", 9.0, "friendly")]
    return [{"period": p, "scale": v, "grade": g, "clusters": 0 if g is None else 2}
            for p, v, g in spec]


def _bars(root: ET.Element) -> list[ET.Element]:
    return [e for e in root.iter(f"{{{NS['s']}}}rect") if e.get("class") == "bar"]


def test_svg_parses_and_carries_each_counted_week() -> None:
    rows = _rows()
    svg = render_svg(rows, "2017-W40", "BLR-RUS index by ISO week (−9…+9), 2017-W40 marked")
    root = ET.fromstring(svg)
    assert root.tag == f"{{{NS['s']}}}svg"
    bars = _bars(root)
    # a week without counted events is a gap, not a bar at 0
    assert [b.get("data-period") for b in bars] == [
        "2017-W36", "2017-W37", "2017-W39", "2017-W40", "2017-W41"]
    assert [float(b.get("data-scale") or "nan") for b in bars] == [4.5, -3.25, 0.0, -7.1, 9.0]
    zero = next(e for e in root.iter(f"{{{NS['s']}}}line") if e.get("class") == "zero")
    y0 = float(zero.get("y1") or "nan")
    for b in bars:
        top, height = float(b.get("y") or "nan"), float(b.get("height") or "nan")
        v = float(b.get("data-scale") or "nan")
        assert height > 0
        if v > 0:  # up from the zero line, and taller for a larger value
            assert abs(top + height - y0) < 0.01
        elif v < 0:
            assert abs(top - y0) < 0.01
        assert (b.get("fill") == "#b23b3b") == (v < 0)
        assert b.find("s:title", NS) is not None
    heights = {b.get("data-period"): float(b.get("height") or 0) for b in bars}
    assert heights["2017-W41"] > heights["2017-W36"] > 1  # 9.0 over 4.5
    assert abs(heights["2017-W41"] / heights["2017-W36"] - 2) < 0.01
    # the marked week is shaded and named; the title is there
    assert any(e.get("class") == "mark" for e in root.iter(f"{{{NS['s']}}}rect"))
    texts = ["".join(e.itertext()) for e in root.iter(f"{{{NS['s']}}}text")]
    assert "2017-W40" in texts and any("BLR-RUS index" in x for x in texts)
    assert "tension" in texts and "−9" in texts and "9" in texts


def test_svg_escapes_text_and_is_byte_stable(tmp_path: Path) -> None:
    rows = [{"period": "2017-W40", "scale": 1.0, "grade": "ordinary<&>", "clusters": 1}]
    title = 'A <script>alert("x")</script> & title'
    svg = render_svg(rows, "2017-W40", title)
    assert "<script>" not in svg
    root = ET.fromstring(svg)  # parses: everything escaped
    assert root.find("s:title", NS) is not None
    assert (root.find("s:title", NS).text or "") == title  # type: ignore[union-attr]
    assert render_svg(rows, "2017-W40", title) == svg
    path, png = write_charts(rows, "2017-W40", title, tmp_path, "c")
    assert png is None and path.read_text(encoding="utf-8") == svg


def test_svg_chart_needs_no_matplotlib() -> None:
    import subprocess

    code = ("import sys; from dyadwatch.outputs.charts import render_svg; "
            "render_svg([{'period': '2017-W40', 'scale': 1.0, 'grade': 'ordinary'}], None, 't'); "
            "print('matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_empty_and_long_series() -> None:
    assert _bars(ET.fromstring(render_svg([], None, "empty"))) == []
    rows = [{"period": f"2016-W{w:02d}", "scale": (w % 5) - 2.0, "grade": "x"} for w in range(1, 53)]
    root = ET.fromstring(render_svg(rows, None, "long"))
    assert len(_bars(root)) == 52
    xs = [float(b.get("x") or "nan") for b in _bars(root)]
    assert xs == sorted(xs) and xs[0] >= 58 and xs[-1] < 619
