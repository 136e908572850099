"""Russian references to the document's pair of parties, read as one group mention.

"Стороны договорились", "обе страны", "президенты двух стран", "лидеры стран": after a
meeting of two parties, these name the two of them, not one country or none. The tree coder
(coder/tree/) adds these mentions to the ones coder/base.py finds. The words are data:
the `pair_` keys of coder/lang/ru/mentions.yaml.
"""

from __future__ import annotations

from dyadwatch.coder.base import DocState, Mention, load_mention_words


def group_mentions(words: list[str], lemmas: list[str], out: list[Mention], state: DocState) -> list[Mention]:
    """`out` with the pair references of the sentence added (and the one-country readings of
    their words removed); the pair is the document's last one, else the two states the
    sentence names."""
    mw = load_mention_words("ru")
    out = _joined_adjectives(words, out)
    named = list(dict.fromkeys(c for x in out if x.kind != "group" for c in x.codes))
    here = tuple(named) if len(named) == 2 else None
    for i in range(len(words) - 1):
        # "главы государств", "лидеры стран": the heads of the pair met before, else of the two
        # states the sentence names (not "лидеры стран ЕС", "главы государств Литвы и Польши")
        if words[i].lower() in mw.pair_heads and words[i + 1].lower() in mw.pair_states \
                and (i == 0 or lemmas[i - 1] not in mw.pair_numbers) and not any(x.start == i + 2 for x in out):
            pair = state.last_pair or here
            if pair is None:
                continue
            out = [x for x in out if x.end <= i or x.start >= i + 2]
            out.append(Mention(i, i + 2, pair, "GOV", " ".join(words[i:i + 2]), "group"))
    if state.last_pair or here:
        # "президенты двух стран", "премьер-министры обеих стран": the title word alone would
        # resolve to one country; the phrase is the pair
        for i in range(len(words) - 2):
            if lemmas[i] in mw.pair_titles and lemmas[i + 1] in mw.pair_numbers and lemmas[i + 2] in mw.pair_nouns:
                s = i - 2 if i >= 2 and words[i - 1] in ("-", "‑") else i
                e = i + 3
                out = [x for x in out if x.end <= s or x.start >= e]
                out.append(Mention(s, e, state.last_pair or here, "GOV", " ".join(words[s:e]), "group"))
    if state.last_pair or here:
        for i, w in enumerate(words):
            lw = w.lower()
            # the document's pair, else the two states named before the word in this sentence
            # («Путин и Лукашенко провели переговоры, по итогам которых стороны договорились»)
            pair = state.last_pair or _named_before(out, i)
            if pair is None:
                continue
            counted = lemmas[i] in mw.pair_titles and i > 0 and lemmas[i - 1] in mw.pair_numbers
            if lw in mw.pair_words or counted:
                # («Президенты договорились»: a plural title alone is the pair, not one country)
                if lw in mw.pair_words:
                    out = [x for x in out if not (x.start == i and x.end == i + 1
                                                  and (x.kind == "bare" or x.kind.startswith("role")))]
                if any(x.start <= i < x.end for x in out) or (i + 1 < len(words) and any(
                        x.start == i + 1 for x in out)):
                    continue
                if lw in mw.pair_words and lemmas[i] in mw.pair_nouns and not counted:
                    continue  # ("страны" alone is any countries, "обе страны" the pair)
                s = i - 1 if counted or i > 0 and lemmas[i - 1] in mw.pair_numbers else i
                out.append(Mention(s, i + 1, pair, "GOV", " ".join(words[s:i + 1]), "group"))
    for i in range(len(words) - 1):
        # «Польшу и Литву ... закрыть границу с этими странами»: the states listed last before the phrase
        if words[i].lower() in mw.these_states and lemmas[i + 1] in mw.pair_nouns \
                and not any(x.start <= i + 1 < x.end for x in out):
            listed = _listed_before(words, out, i)
            if listed is not None:
                out.append(Mention(i, i + 2, listed, "GOV", " ".join(words[i:i + 2]), "group"))
    out.sort(key=lambda m: m.start)
    return out


def _listed_before(words: list[str], out: list[Mention], i: int) -> tuple[str, ...] | None:
    """The states of the last list of names before word `i` («Польшу и Литву», «Латвия, Литва и Эстония»),
    two or more, each of one state."""
    before = sorted((x for x in out if x.end <= i and x.kind != "group" and len(x.codes) == 1 and not x.location),
                    key=lambda x: x.start)
    runs: list[list[Mention]] = []
    for x in before:
        gap = [w.lower() for w in words[runs[-1][-1].end:x.start]] if runs else []
        if runs and gap and all(w in (",", "и") for w in gap):
            runs[-1].append(x)
        else:
            runs.append([x])
    for run in reversed(runs):
        codes = tuple(dict.fromkeys(c for x in run for c in x.codes))
        if len(codes) >= 2:
            return codes
    return None


def _named_before(out: list[Mention], i: int) -> tuple[str, ...] | None:
    """The two states (or organisations) the sentence names before word `i`, if exactly two."""
    named = list(dict.fromkeys(c for x in out if x.kind != "group" and x.end <= i for c in x.codes))
    return tuple(named) if len(named) == 2 else None


def _joined_adjectives(words: list[str], out: list[Mention]) -> list[Mention]:
    """A compound adjective of two states («польско-белорусская граница», «армяно-азербайджанские переговоры»)
    as one mention of both: the parse reads it as one word, which would name only its first state."""
    for i in range(len(words) - 2):
        if words[i + 1] not in ("-", "‑"):
            continue
        a = next((x for x in out if x.start == i and x.end == i + 1 and x.kind == "country" and len(x.codes) == 1), None)
        b = next((x for x in out if x.start == i + 2 and x.end == i + 3 and x.kind == "country" and len(x.codes) == 1), None)
        if a is None or b is None or a.codes == b.codes:
            continue
        out = [x for x in out if x is not a and x is not b]
        out.append(Mention(i, i + 3, a.codes + b.codes, b.sector, f"{a.text}-{b.text}", "country"))
    out.sort(key=lambda m: m.start)
    return out
