"""Sparse features of a candidate event, hashed into a fixed-size vector.

What the coders agree on (which of them proposed the candidate, with which status, mode and
trigger), the candidate's shape (target or none, self-targeted, other candidates of the
sentence) and the words around its trigger and in its sentence. Hashing (crc32) keeps the
model a plain weight vector, the same on every machine.
"""

from __future__ import annotations

import math
import re
import zlib

from dyadwatch.learned.candidates import Candidate

DIM = 1 << 16
_WORD = re.compile(r"\w+", re.UNICODE)
ORGS = {"EU", "NATO", "EAEU", "CSTO", "CIS", "UN", "IMF", "OSCE", "UNIONSTATE"}


def _h(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) % DIM


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(text)]


def _stem(w: str) -> str:
    return w[:5]


def candidate_features(text: str, cands: list[Candidate], lang: str, bag_weight: float = 1.0,
                       ) -> list[dict[int, float]]:
    """One hashed feature dict per candidate (index -> value)."""
    words = _words(text)
    bag = {w for _, _, w in words}
    stems = {_stem(w) for w in bag}
    n = len(cands)
    pairs: dict[tuple, int] = {}
    for c in cands:
        pairs[(c.source, c.target)] = pairs.get((c.source, c.target), 0) + 1
    keys = {c.key for c in cands}
    types = {c.type for c in cands}
    coded_pairs = {(c.source, c.target) for c in cands if c.tree is not None}
    out = []
    for c in cands:
        f: dict[str, float] = {}
        by = "tree" if c.tree is not None else ("repair:" + c.extra["repair"] if "repair" in c.extra else "lex")
        t = c.type
        base = [f"t={t}", f"by={by}", f"t={t}|by={by}", f"lang={lang}", f"lang={lang}|by={by}",
                f"lang={lang}|t={t}", f"lang={lang}|t={t}|by={by}", "bias"]
        if c.target is None:
            base += ["tgtnull", f"tgtnull|t={t}"]
        elif c.source == c.target:
            base += ["self", f"self|t={t}"]
        if c.source in ORGS:
            base.append("srcorg")
        if c.target in ORGS:
            base.append("tgtorg")
        if c.source is None:
            base.append("srcnull")
        base.append(f"ncand={min(n, 6)}")
        base.append(f"ntypes={min(len(types), 4)}")
        if pairs[(c.source, c.target)] > 1:
            base += ["pairdup", f"pairdup|t={t}"]
        if (c.target, c.source, t) in keys:
            base += ["rev", f"rev|t={t}"]
        for which, ev in (("e", c.tree), ("x", c.extra.get("lex"))):
            if ev is None:
                continue
            base += [f"{which}st={ev.status}", f"{which}st={ev.status}|t={t}", f"{which}mode={ev.mode}",
                     f"{which}date={'y' if ev.date else 'n'}"]
            trig = (ev.trigger or text[ev.start:ev.end] or "").lower()
            if trig:
                base += [f"trig={trig}", f"trig={trig}|t={t}"]
                for tw in _WORD.findall(trig):
                    base += [f"tw={_stem(tw)}|t={t}"]
            # the words around the trigger
            left = [w for s, e, w in words if e <= ev.start][-3:]
            right = [w for s, e, w in words if s >= ev.end][:3]
            for i, w in enumerate(reversed(left)):
                base += [f"L{i}={w}", f"L={_stem(w)}|t={t}"]
            for i, w in enumerate(right):
                base += [f"R{i}={w}", f"R={_stem(w)}|t={t}"]
            pos = ev.start / max(len(text), 1)
            base.append(f"pos={int(pos * 4)}")
        if "geo" in c.extra:  # a repaired target: where it stands to the trigger
            for g in c.extra["geo"]:
                if g.startswith("g:"):
                    base += [f"geo:{g}", f"geo:{g}|t={t}", f"geo:{g}|by={by}"]
            base.append(f"pairprop={(c.source, c.target) in coded_pairs}|by={by}")
        for name in base:
            f[name] = 1.0
        scale = bag_weight / math.sqrt(max(len(bag), 1))
        for w in (bag if bag_weight else ()):
            f[f"w={w}"] = scale
            f[f"w={w}|t={t}"] = scale
        for s in (stems if bag_weight else ()):
            f[f"s={s}"] = scale
        hashed: dict[int, float] = {}
        for name, v in f.items():
            k = _h(name)
            hashed[k] = hashed.get(k, 0.0) + v
        out.append(hashed)
    return out
