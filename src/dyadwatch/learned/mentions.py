"""The actors a sentence mentions, as the tree coder reads them, with their character spans.

The encoder pools a sentence's token states over each actor's spans (learned/pairs.py); the
mentions are the tree coder's own (names, demonyms, leaders in office, the document's memory
of "he" and "the two presidents"), so the model and the rules see the same parties.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ActorSpans:
    codes: list[str] = field(default_factory=list)  # in order of first mention
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # code -> character spans
    sectors: dict[str, str | None] = field(default_factory=dict)  # code -> its first mention's sector
    texts: dict[str, str] = field(default_factory=dict)  # code -> its first mention's words


def actor_spans(text: str, state, coder) -> ActorSpans:  # type: ignore[no-untyped-def]
    """The actors of `text` under the document memory `state` (not advanced: pass a copy of the
    state from before the tree coder coded the sentence)."""
    out = ActorSpans()
    toks, words, lower = coder.tokens(text)
    if not toks:
        return out
    for m in coder.mentions(words, lower, toks, text, state):
        if not m.codes or m.anti:
            continue
        span = (toks[m.start][1], toks[m.end - 1][2])
        for code in m.codes:
            if code not in out.spans:
                out.codes.append(code)
                out.spans[code] = []
                out.sectors[code] = m.sector
                out.texts[code] = m.text
            out.spans[code].append(span)
    return out
