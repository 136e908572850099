"""Charts of the dyad index: SVG written directly (the brief's chart), PNG through matplotlib
only when asked for (`dyadwatch brief --png`).

The SVG is built from strings, not matplotlib: importing matplotlib alone costs more than the
whole brief otherwise (~0.65 s of CPU), and a chart of at most a few dozen bars needs none of
it. The output is byte-stable (no date, no generated ids) and every piece of text in it is
escaped. Like the dashboard's chart, a week without counted events has no bar (a gap, never a
0 that would read as "ordinary relations"); each bar carries its week and value
(`data-period`, `data-scale` and a `<title>` tooltip).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

BANDS = [(6, 9, "friendly"), (3, 6, "good"), (0, 3, "ordinary"), (-3, 0, "discord"),
         (-6, -3, "tension"), (-9, -6, "confrontation")]
GREEN, RED, GREY, MARK = "#2e7d5b", "#b23b3b", "#9aa5b1", "#1f3a5f"
WIDTH, HEIGHT = 720, 280
# the plot area, as the former matplotlib figure laid it out (7.2 x 2.8 in at 100 dpi)
LEFT, RIGHT, TOP, BOTTOM = 58.0, 619.0, 34.0, 232.0
LO, HI = -9.0, 9.0
FONT = "DejaVu Sans, Verdana, sans-serif"


def _num(x: float) -> str:
    """A coordinate, short and the same on every run."""
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def _y(v: float) -> float:
    v = max(LO, min(HI, v))
    return TOP + (HI - v) / (HI - LO) * (BOTTOM - TOP)


def _text(x: float, y: float, text: str, *, size: float = 9, anchor: str = "start",
          fill: str = "#333", extra: str = "") -> str:
    return (f'<text x="{_num(x)}" y="{_num(y)}" font-size="{_num(size)}" '
            f'text-anchor="{anchor}" fill="{fill}"{extra}>{escape(text)}</text>')


def has_value(row: dict[str, Any]) -> bool:
    """Whether a week has a value on the scale (counted events); else it is a gap."""
    return row.get("grade") is not None and row.get("scale") is not None


def render_svg(rows: Sequence[dict[str, Any]], week: str | None, title: str) -> str:
    """The index chart (weeks along x, the −9…+9 scale up) as an SVG document."""
    n = max(len(rows), 1)
    slot = (RIGHT - LEFT) / (n + 0.2)  # as matplotlib's x limits (-0.6, n - 0.4)

    def cx(i: int) -> float:
        return LEFT + (i + 0.6) * slot

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
           f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(title)}" '
           f'font-family="{FONT}">',
           f"<title>{escape(title)}</title>",
           f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>']
    for lo, hi, name in BANDS:
        out.append(f'<rect class="band" x="{_num(LEFT)}" y="{_num(_y(hi))}" '
                   f'width="{_num(RIGHT - LEFT)}" height="{_num(_y(lo) - _y(hi))}" '
                   f'fill="{"#f3f5f7" if lo % 2 == 0 else "#ffffff"}"/>')
        out.append(_text(RIGHT + 4, (_y(lo) + _y(hi)) / 2 + 3, name, size=7, fill="#6b7785"))
    if week is not None:
        for i, r in enumerate(rows):
            if r["period"] == week:
                out.append(f'<rect class="mark" x="{_num(cx(i) - slot / 2)}" y="{_num(TOP)}" '
                           f'width="{_num(slot)}" height="{_num(BOTTOM - TOP)}" fill="{MARK}" '
                           f'fill-opacity="0.12"/>')
                out.append(_text(cx(i), _y(8.2), week, size=8, anchor="middle", fill=MARK,
                                 extra=' font-weight="bold"'))
    zero = _y(0)
    for i, r in enumerate(rows):
        if not has_value(r):
            continue
        v = float(r["scale"])
        top, bottom = min(_y(v), zero), max(_y(v), zero)
        if bottom - top < 1:  # a counted week at 0 still shows
            top, bottom = zero - 0.5, zero + 0.5
        color = GREEN if v >= 0 else RED
        label = f"{r['period']}: {v:+.2f}" + (f" ({r['grade']})" if r.get("grade") else "")
        out.append(f'<rect class="bar" x="{_num(cx(i) - 0.35 * slot)}" y="{_num(top)}" '
                   f'width="{_num(0.7 * slot)}" height="{_num(bottom - top)}" fill="{color}" '
                   f'data-period="{escape(str(r["period"]))}" data-scale="{v:.2f}">'
                   f"<title>{escape(label)}</title></rect>")
    out.append(f'<line class="zero" x1="{_num(LEFT)}" y1="{_num(zero)}" x2="{_num(RIGHT)}" '
               f'y2="{_num(zero)}" stroke="#444" stroke-width="0.6"/>')
    # axes: left and bottom only (no top or right spine), y ticks every 3 points
    out.append(f'<path class="axes" d="M{_num(LEFT)} {_num(TOP)}V{_num(BOTTOM)}H{_num(RIGHT)}" '
               f'fill="none" stroke="#333" stroke-width="0.8"/>')
    for v in range(-9, 10, 3):
        y = _y(v)
        out.append(f'<line x1="{_num(LEFT - 3.5)}" y1="{_num(y)}" x2="{_num(LEFT)}" '
                   f'y2="{_num(y)}" stroke="#333" stroke-width="0.8"/>')
        out.append(_text(LEFT - 6, y + 3, f"{v:d}".replace("-", "−"), anchor="end"))
    step = max(1, -(-len(rows) // 7))
    for i in range(0, len(rows), step):
        x = cx(i)
        out.append(f'<line x1="{_num(x)}" y1="{_num(BOTTOM)}" x2="{_num(x)}" '
                   f'y2="{_num(BOTTOM + 3.5)}" stroke="#333" stroke-width="0.8"/>')
        year, _, wk = str(rows[i]["period"]).partition("-")
        out.append(f'<text x="{_num(x)}" y="{_num(BOTTOM + 13)}" font-size="7" '
                   f'text-anchor="middle" fill="#333">{escape(year)}'
                   + (f'<tspan x="{_num(x)}" dy="9">{escape(wk)}</tspan>' if wk else "")
                   + "</text>")
    mid = (TOP + BOTTOM) / 2
    out.append(_text(16, mid, "index (−9…+9)", anchor="middle",
                     extra=f' transform="rotate(-90 16 {_num(mid)})"'))
    out.append(_text(LEFT, TOP - 10, title, size=10))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def render_png(rows: Sequence[dict[str, Any]], week: str | None, title: str) -> bytes:
    """The same chart as a PNG, drawn by matplotlib (loaded here only: it is slow to import)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    rc = {"font.family": "DejaVu Sans", "font.size": 9, "axes.spines.top": False,
          "axes.spines.right": False}
    with rc_context(rc):
        fig = Figure(figsize=(WIDTH / 100, HEIGHT / 100), dpi=100)
        FigureCanvasAgg(fig)
        ax = fig.add_subplot(1, 1, 1)
        for lo, hi, name in BANDS:
            ax.axhspan(lo, hi, color="#f3f5f7" if lo % 2 == 0 else "#ffffff", zorder=0)
            ax.text(1.005, (lo + hi) / 2, name, transform=ax.get_yaxis_transform(),
                    va="center", ha="left", fontsize=7, color="#6b7785")
        shown = [(i, float(r["scale"])) for i, r in enumerate(rows) if has_value(r)]
        ax.bar([i for i, _ in shown], [v for _, v in shown],
               color=[GREEN if v >= 0 else RED for _, v in shown], width=0.7, zorder=2)
        ax.axhline(0, color="#444", linewidth=0.6, zorder=3)
        for i, r in enumerate(rows):
            if week is not None and r["period"] == week:
                ax.axvspan(i - 0.5, i + 0.5, color=MARK, alpha=0.12, zorder=1)
                ax.annotate(week, (i, 8.2), ha="center", fontsize=8, color=MARK, weight="bold")
        ax.set_ylim(LO, HI)
        ax.set_yticks([-9, -6, -3, 0, 3, 6, 9])
        step = max(1, -(-len(rows) // 7))
        xs = list(range(len(rows)))
        ax.set_xticks(xs[::step])
        ax.set_xticklabels([str(r["period"]).replace("-W", "\nW") for r in rows][::step],
                           fontsize=7)
        ax.set_xlim(-0.6, max(len(rows), 1) - 0.4)
        ax.set_ylabel("index (−9…+9)")
        ax.set_title(title, loc="left", fontsize=10)
        fig.subplots_adjust(left=0.08, right=0.86, bottom=0.17, top=0.88)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()


def write_charts(rows: Sequence[dict[str, Any]], week: str | None, title: str, out_dir: Path,
                 stem: str, *, png: bool = False) -> tuple[Path, Path | None]:
    """Write `stem`.svg (and `stem`.png when asked) into out_dir; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    svg_path = out_dir / f"{stem}.svg"
    svg_path.write_text(render_svg(rows, week, title), encoding="utf-8")
    png_path = None
    if png:
        png_path = out_dir / f"{stem}.png"
        png_path.write_bytes(render_png(rows, week, title))
    return svg_path, png_path
