"""Charts of the dyad index (matplotlib, Agg, no pyplot state): PNG and SVG, byte-stable.

SVGs carry no date (metadata Date=None) and fixed element ids (svg.hashsalt), so the same
index gives the same file on every run.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
from matplotlib import rc_context  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

RC = {
    "svg.hashsalt": "dyadwatch",
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
BANDS = [(6, 9, "friendly"), (3, 6, "good"), (0, 3, "ordinary"), (-3, 0, "discord"),
         (-6, -3, "tension"), (-9, -6, "confrontation")]
GREEN, RED, GREY, MARK = "#2e7d5b", "#b23b3b", "#9aa5b1", "#1f3a5f"


def _figure(rows: Sequence[dict[str, Any]], week: str | None, title: str) -> Figure:
    fig = Figure(figsize=(7.2, 2.8), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    for lo, hi, name in BANDS:
        ax.axhspan(lo, hi, color="#f3f5f7" if lo % 2 == 0 else "#ffffff", zorder=0)
        ax.text(1.005, (lo + hi) / 2, name, transform=ax.get_yaxis_transform(), va="center",
                ha="left", fontsize=7, color="#6b7785")
    xs = list(range(len(rows)))
    values = [float(r["scale"]) for r in rows]
    colors = [GREY if not r["clusters"] else GREEN if v >= 0 else RED for r, v in zip(rows, values, strict=True)]
    ax.bar(xs, values, color=colors, width=0.7, zorder=2)
    ax.axhline(0, color="#444", linewidth=0.6, zorder=3)
    if week is not None:
        for i, r in enumerate(rows):
            if r["period"] == week:
                ax.axvspan(i - 0.5, i + 0.5, color=MARK, alpha=0.12, zorder=1)
                ax.annotate(week, (i, 8.2), ha="center", fontsize=8, color=MARK, weight="bold")
    ax.set_ylim(-9, 9)
    ax.set_yticks([-9, -6, -3, 0, 3, 6, 9])
    step = max(1, -(-len(rows) // 7))
    ax.set_xticks(xs[::step])
    labels = [str(r["period"]).replace("-W", "\nW") for r in rows]
    ax.set_xticklabels(labels[::step], fontsize=7)
    ax.set_xlim(-0.6, max(len(rows), 1) - 0.4)
    ax.set_ylabel("index (−9…+9)")
    ax.set_title(title, loc="left", fontsize=10)
    fig.subplots_adjust(left=0.08, right=0.86, bottom=0.17, top=0.88)
    return fig


def render_chart(rows: Sequence[dict[str, Any]], week: str | None, title: str, fmt: str) -> bytes:
    """The chart as PNG or SVG bytes."""
    with rc_context(RC):
        fig = _figure(rows, week, title)
        buf = io.BytesIO()
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(buf, format=fmt, metadata=metadata)
    return buf.getvalue()


def write_charts(rows: Sequence[dict[str, Any]], week: str | None, title: str, out_dir: Path,
                 stem: str) -> tuple[Path, Path]:
    """Write `stem`.png and `stem`.svg into out_dir; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    png, svg = out_dir / f"{stem}.png", out_dir / f"{stem}.svg"
    png.write_bytes(render_chart(rows, week, title, "png"))
    svg.write_bytes(render_chart(rows, week, title, "svg"))
    return png, svg
