"""The Russian event coder: same patterns/actors/data formats as English, Russian grammar.

Russian marks roles by case and preposition rather than by word order, so this coder reads
them from the words themselves (pymorphy3 tags, cached per word form):

* subject (nominative, no preposition) -> source; "с Путиным" (с + instrumental) -> partner;
  "к / против / в отношении / на + accusative / по + dative / для" -> target; "от / со
  стороны" and, with a passive participle, a bare instrumental ("задержан белорусскими
  властями") -> source; "между X и Y" -> both; a bare accusative/dative/genitive -> target.
* "в/во/на + locative" ("в Минске") is a location; "в + accusative" ("в Москву") is the host
  of a visit; "о / из / при / после ..." phrases hold no actor.
* Nominal events take their source from an adjective or a genitive ("российский кредит",
  "санкции ЕС", "визит Лукашенко в Москву"); for coercion and assault the genitive is the
  target ("задержание граждан Литвы").
* Status: cues from status.yaml (surface words for tense, lemmas for the rest), a perfective
  future trigger ("подпишут") is planned, "бы" hypothetical, "не" right before denied.
* Reported speech: the speaker of "X заявил, что ..." is not an actor of the reported event
  (clauses break at ", что/который/..."); "по словам X", "как сообщил X" are no actors.

Trigger matching, dates and document state are shared with the English engine.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from dyadwatch.coder.base import (
    DocState,
    Mention,
    _contains,
    _find_dates,
    _Trig,
    first_of_each,
)
from dyadwatch.coder.cameo import lookup as cameo_lookup
from dyadwatch.coder.cameo import quad_class
from dyadwatch.coder.rules import CLAUSE_BREAK, NEEDS_PARTNER, NEG_INTENT_TYPES, RuleCoder
from dyadwatch.datafiles import load_yaml
from dyadwatch.model import Event
from dyadwatch.nlp.actors import match_names, tokenize

HERE = Path(__file__).resolve().parent
ALL_CASES = frozenset(("nomn", "gent", "datv", "accs", "ablt", "loct"))
SUBORDINATORS = frozenset(("что", "который", "где", "когда", "чтобы", "но", "а", "однако", "хотя",
                           "поскольку", "если", "потому", "пока", "тогда", "причем", "причём"))
REPORT_VERBS = frozenset(("заявить", "сообщить", "отметить", "подчеркнуть", "сказать", "считать",
                          "написать", "пояснить", "уточнить", "добавить", "рассказать", "признать",
                          "констатировать", "указать", "напомнить", "передавать", "сообщать",
                          "заявлять", "писать", "утверждать", "говорить"))
REPORT_PREPS = (("по", "слово"), ("по", "данные"), ("по", "мнение"), ("по", "информация"),
                ("как", "сообщить"), ("как", "сообщать"), ("как", "заявить"), ("как", "передавать"),
                ("как", "отметить"), ("как", "писать"))
ASIDE_PREPS = frozenset(("о", "об", "обо", "из", "при", "без", "после", "до", "около", "вокруг",
                         "через", "над", "под", "перед", "из-за", "кроме", "вместо", "среди", "про",
                         "вне", "внутри", "вдоль", "возле", "близ", "мимо", "сквозь", "ради", "согласно"))
TARGET_PREPS = frozenset(("к", "ко", "против", "для", "по"))
GROUP_PAIR = frozenset(("стороны", "страны", "государства", "лидеры", "президенты", "партнеры",
                        "партнёры", "союзники", "делегации", "министры", "правительства", "столицы"))
GROUP_PAIR_LEMMAS = frozenset(("сторона", "страна", "государство", "лидер", "президент", "партнер",
                               "союзник", "делегация", "министр", "правительство", "столица", "глава"))
QUANTITY = frozenset(("тысяча", "сотня", "десяток", "несколько", "много", "миллион", "группа",
                      "часть", "большинство", "ряд", "сотни", "тысячи", "десятки", "множество"))
NOT_EVENT_DATE = frozenset(("с", "со", "до", "since", "until", "till", "начиная", "вплоть"))
TOPIC_PREPS = frozenset(("о", "об", "обо", "по"))
DOCUMENT_NOUNS = frozenset(("соглашение", "договор", "меморандум", "программа", "карта", "документ", "план",
                            "декларация", "протокол", "контракт", "закон", "концепция", "стратегия",
                            "комиссия", "совет", "комитет", "вопрос", "тема", "форум", "конференция",
                            "группа", "указ", "постановление", "проект", "сфера", "область"))
AT_PREPS = frozenset(("у", "возле", "около", "напротив", "близ", "перед"))
PAIR_NOUNS = frozenset(("страна", "государство"))
PAIR_NUMS = frozenset(("два", "оба", "обе"))
PLURAL_HEADS = frozenset(("главы", "лидеры", "руководители", "президенты"))
PLURAL_STATES = frozenset(("государств", "стран"))
# a noun trigger right after these is a circumstance or a topic, not an event:
# "при поддержке Кремля", "акция против размещения войск", "ответит на любые санкции"
NOUN_FRAME = frozenset(("при", "против"))
TOPIC_HEADS = frozenset(("вопрос", "тема", "перспектива", "проблема", "развитие", "углубление",
                         "состояние", "зависимый", "зависимость", "расширение", "укрепление"))
TOPIC_VERBS = frozenset(("обсудить", "обсуждать", "обсуждаться", "затронуть", "затрагивать", "рассмотреть",
                         "рассматривать", "обменяться", "коснуться"))
NONSPECIFIC = frozenset(("любой", "всякий", "возможный", "потенциальный", "гипотетический"))
PATIENT_GENITIVE = frozenset(("COERCE", "ASSAULT"))
COMPLEMENT_TYPES = frozenset(("AGREE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "ACCUSE"))
SKIP_BEFORE = frozenset(("также", "уже", "официально", "вновь", "снова", "еще", "ещё", "совместно",
                         "наконец", "впервые", "вчера", "сегодня", "неоднократно", "публично", "лично",
                         "резко", "жестко", "жёстко", "в", "итоге", "тоже", "затем", "фактически"))


NOT_INTENDING = frozenset(("намерен", "намеренный", "намереваться", "собираться", "планировать", "готовый",
                           "готов"))  # ("не будет отводить войска" stays a denied withdrawal)


@cache
def _morph():  # type: ignore[no-untyped-def]
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=200_000)
def word_info(word: str) -> tuple[frozenset[str], str, bool, bool, bool]:
    """(possible cases, POS of the best parse, is passive participle, is perfective future,
    is infinitive) of one word form."""
    low = word.lower()
    if not low or not low[0].isalpha():
        return frozenset(), "", False, False, False
    if len(word) > 1 and word.isupper():  # abbreviations (ЕС, ЕАБР, МИД) do not decline
        return ALL_CASES, "NOUN", False, False, False
    parses = _morph().parse(low)
    if not parses:
        return ALL_CASES, "", False, False, False
    best = parses[0].tag
    cases = frozenset(str(p.tag.case) for p in parses if p.tag.case)
    cases = frozenset("accs" if c == "acc2" else "gent" if c in ("gen2", "gen1") else
                      "loct" if c in ("loc2", "loc1") else c for c in cases)
    pos = str(best.POS or "")
    passive = best.POS in ("PRTS", "PRTF") and best.voice == "pssv"
    future = best.POS == "VERB" and best.tense == "futr"
    return cases or ALL_CASES, pos, passive, future, best.POS == "INFN"


@cache
def _status_data() -> dict[str, list[tuple[str, ...]]]:
    from dyadwatch.coder.lang.ru import lemma

    data = load_yaml((HERE / "status.yaml").read_text(encoding="utf-8")) or {}
    out: dict[str, list[tuple[str, ...]]] = {}
    for key, value in data.items():
        if not isinstance(value, list):
            continue
        if key.endswith("_lemmas"):
            out[key] = [tuple(lemma(w) for w, _, _ in tokenize(str(v))) for v in value]
        else:
            out[key] = [tuple(w.lower().replace("ё", "е") for w, _, _ in tokenize(str(v))) for v in value]
        out[key] = sorted(set(out[key]), key=lambda t: (-len(t), t))
    out["window"] = [(str(data.get("window", 7)),)]
    return out


@cache
def _pair_required() -> frozenset[tuple[str, str, str]]:
    """(cameo, pos, phrase) of patterns marked `with_actor_pair` or `target_required`."""
    data = load_yaml((HERE / "patterns.yaml").read_text(encoding="utf-8")) or {}
    out: set[tuple[str, str, str]] = set()
    for spec in data.get("patterns") or []:
        if spec.get("with_actor_pair") or spec.get("target_required"):
            for pos, key in (("verb", "verbs"), ("noun", "nouns")):
                out.update((str(spec["cameo"]), pos, str(ph)) for ph in spec.get(key) or [])
    return frozenset(out)


@cache
def _cue_index() -> dict[str, dict[str, list[tuple[str, ...]]]]:
    """status key -> first token -> cues starting with it (longest first)."""
    out: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for key, cues in _status_data().items():
        idx: dict[str, list[tuple[str, ...]]] = {}
        for cue in cues:
            if cue:
                idx.setdefault(cue[0], []).append(cue)
        out[key] = idx
    return out


def _find(zone: list[str], key: str) -> tuple[str, ...] | None:
    """The first cue of status list `key` that occurs in `zone`."""
    idx = _cue_index().get(key)
    if not idx:
        return None
    n = len(zone)
    for i, w in enumerate(zone):
        for cue in idx.get(w, ()):
            k = len(cue)
            if i + k <= n and tuple(zone[i:i + k]) == cue:
                return cue
    return None


class RussianCoder(RuleCoder):
    """Codes Russian sentences into the same events as the English coder."""

    _ru_words: list[str] = []  # the sentence being coded (one coder per process and thread)

    # ------------------------------------------------------------------ mentions
    def ru_mentions(self, words: list[str], lemmas: list[str], toks, text: str,
                    state: DocState) -> list[Mention]:
        a = self.actors
        ms = self.name_mentions(match_names(a, words, lemmas), toks, text)
        # merge adjacent pieces of one actor: "президент Беларуси Александр Лукашенко",
        # "белорусская сторона", "МИД Польши", "российский лидер"
        merged: list[Mention] = []
        for m in ms:
            if merged and not merged[-1].codes and m.codes and m.kind in ("country", "igo") \
                    and 0 < m.start - merged[-1].end <= 2 \
                    and all(w.isalpha() for w in words[merged[-1].end:m.start]) \
                    and "gent" in word_info(words[m.start])[0]:
                p = merged[-1]
                merged[-1] = Mention(p.start, m.end, m.codes, p.sector, text[toks[p.start][1]:toks[m.end - 1][2]],
                                     "title")
                continue
            if merged and merged[-1].end == m.start:
                p = merged[-1]
                if p.kind == "metonym" or m.kind == "metonym":
                    merged.append(m)
                    continue
                if p.codes and m.codes and p.kind in ("country", "igo") and m.kind in ("country", "igo"):
                    merged.append(m)
                    continue
                codes = m.codes if m.kind in ("person", "organisation") and m.codes else (p.codes or m.codes)
                named = p if p.codes and p.kind in ("person", "organisation") else m if m.codes else p
                sector = named.sector if named.kind in ("person", "organisation") else \
                    (m.sector if not m.codes else p.sector)
                kind = named.kind if named.kind in ("person", "organisation") else ("title" if codes else p.kind)
                merged[-1] = Mention(p.start, m.end, codes, sector, text[toks[p.start][1]:toks[m.end - 1][2]], kind)
                continue
            merged.append(m)
        out: list[Mention] = []
        for m in merged:
            if not m.codes:
                r = self._bare(m, merged, lemmas, words, state)
                if r is None:
                    continue
                m = r
            out.append(m)
        return self.group_mentions(words, lemmas, out, state)

    def group_mentions(self, words: list[str], lemmas: list[str], out: list[Mention],
                       state: DocState) -> list[Mention]:
        """`out` with "стороны", "обе страны", "лидеры двух стран" as the pair met before (the tree
        coder, coder/tree.py, adds them to its own mentions too)."""
        # "главы государств", "лидеры стран": the heads of the pair met before, else of the two states
        # the sentence names
        named = list(dict.fromkeys(c for x in out if x.kind != "group" for c in x.codes))
        here = tuple(named) if len(named) == 2 else None
        for i in range(len(words) - 1):
            if words[i].lower() in PLURAL_HEADS and words[i + 1].lower() in PLURAL_STATES \
                    and (i == 0 or lemmas[i - 1] not in PAIR_NUMS) and not any(x.start == i + 2 for x in out):
                # ("лидеры стран ЕС", "главы государств Литвы и Польши": the genitive names them)
                pair = state.last_pair or here
                if pair is None:
                    continue
                out = [x for x in out if x.end <= i or x.start >= i + 2]
                out.append(Mention(i, i + 2, pair, "GOV", " ".join(words[i:i + 2]), "group"))
        if state.last_pair or here:
            # "президенты двух стран", "премьер-министры обеих стран": the title word alone
            # would resolve to one country; the phrase is the pair
            for i in range(len(words) - 2):
                if lemmas[i] in GROUP_PAIR_LEMMAS and lemmas[i + 1] in PAIR_NUMS and lemmas[i + 2] in PAIR_NOUNS:
                    s = i - 2 if i >= 2 and words[i - 1] in ("-", "‑") else i
                    e = i + 3
                    out = [x for x in out if x.end <= s or x.start >= e]
                    out.append(Mention(s, e, state.last_pair or here, "GOV", " ".join(words[s:e]), "group"))
        if state.last_pair:
            for i, w in enumerate(words):
                lw = w.lower()
                if lw in GROUP_PAIR or (lemmas[i] in GROUP_PAIR_LEMMAS and i > 0
                                        and lemmas[i - 1] in ("оба", "два", "обе")):
                    # («Президенты договорились»: a plural title alone is the pair, not one country)
                    if lw in GROUP_PAIR:
                        out = [x for x in out if not (x.start == i and x.end == i + 1
                                                      and (x.kind == "bare" or x.kind.startswith("role")))]
                    if any(x.start <= i < x.end for x in out) or (i + 1 < len(words) and any(
                            x.start == i + 1 for x in out)):
                        continue
                    if lw in GROUP_PAIR and lemmas[i] in ("страна", "государство") and not (
                            i > 0 and lemmas[i - 1] in ("оба", "два", "обе")):
                        continue
                    s = i - 1 if i > 0 and lemmas[i - 1] in ("оба", "два", "обе") else i
                    out.append(Mention(s, i + 1, state.last_pair, "GOV", " ".join(words[s:i + 1]), "group"))
        out.sort(key=lambda m: m.start)
        return out

    def _bare(self, m: Mention, allm: list[Mention], lemmas: list[str], words: list[str],
              state: DocState) -> Mention | None:
        key = tuple(lemmas[m.start:m.end])
        if key not in self.lex.standalone:
            return None
        near = [x for x in allm if x.codes and x.kind in ("country", "title", "person", "organisation")]
        if near:
            best = min(near, key=lambda x: (abs(x.start - m.start), x.start))
            return Mention(m.start, m.end, best.codes[:1], m.sector, m.text, "bare")
        if state.last_country:
            return Mention(m.start, m.end, (state.last_country,), m.sector, m.text, "bare")
        return None

    # ------------------------------------------------------------------ roles
    @staticmethod
    def _cases(words: list[str], m: Mention) -> frozenset[str]:
        head = m.start  # the head comes first in Russian names; "премьер-министром": the last part
        while head + 2 < m.end and words[head + 1] in ("-", "‑") and words[head + 2][:1].isalpha():
            head += 2
        cases, _, _, _, _ = word_info(words[head])
        return cases or ALL_CASES

    def _role(self, words: list[str], lemmas: list[str], m: Mention) -> str:
        """subj | obj | agent | with | target | from | between | loc | dir | aside | report"""
        i = m.start
        prev = lemmas[i - 1] if i > 0 else ""
        prev2 = tuple(lemmas[i - 2:i]) if i > 1 else ()
        cases = self._cases(words, m)
        if prev2 in REPORT_PREPS or (i > 2 and tuple(lemmas[i - 3:i - 1]) in REPORT_PREPS):
            return "report"
        if prev2 == ("со", "сторона") or prev2 == ("с", "сторона"):
            return "agent"
        if prev2 == ("в", "отношение"):
            return "target"
        if prev in ("в", "во", "на"):
            if "loct" in cases and "accs" not in cases:
                return "loc"
            if prev == "на" and "accs" in cases:
                return "target"
            if "accs" in cases and "loct" not in cases:
                return "dir"
            return "loc"
        if prev in ("с", "со"):
            return "with" if "ablt" in cases else "off"
        if prev == "между":
            return "between"
        if prev in ("под", "возле", "около", "близ", "недалеко") and m.kind == "metonym":
            return "loc"  # "под Минском были задержаны": a place
        if i > 1 and lemmas[i - 2] in AT_PREPS and word_info(words[i - 1])[1] == "NOUN":
            return "at"  # "у здания посольства России", "возле посольства Литвы"
        if prev in ("от", "у"):
            return "from" if prev == "от" else "at"
        if prev in ("из", "изо"):
            return "out"
        if prev in TARGET_PREPS:
            return "target"
        if prev in ASIDE_PREPS:
            return "aside"
        if prev in QUANTITY:
            return "any"  # "десятки тысяч белорусов вышли", "задержали сотни протестующих"
        if cases == ALL_CASES:
            return "any"
        if "nomn" in cases:
            return "subj" if not ({"accs", "gent", "datv"} & cases) else "any"
        if "ablt" in cases and not ({"accs", "gent", "datv"} & cases):
            return "instr"
        return "obj"

    def _clause(self, lower: list[str], i: int) -> tuple[int, int]:
        s = i
        while s > 0 and lower[s - 1] not in CLAUSE_BREAK and not (
                lower[s - 1] == "," and s < len(lower) and lower[s] in SUBORDINATORS) and not (
                lower[s - 1] in ("—", "–", "-") and s - 1 > 0 and lower[s - 2] == ","):
            s -= 1
        e = i
        while e < len(lower) and lower[e] not in CLAUSE_BREAK and not (
                lower[e] == "," and e + 1 < len(lower) and lower[e + 1] in SUBORDINATORS):
            e += 1
        return s, e

    # ------------------------------------------------------------------ events
    def code_sentence(self, text: str, state: DocState) -> list[Event]:
        """Code one sentence; a text that holds several (a short text given whole) is split
        with razdel first, so that each sentence updates the document state for the next
        ("Президенты двух стран", "стороны")."""
        parts = _sentences(text)
        if len(parts) <= 1:
            return self._code_one(text, state)
        out: list[Event] = []
        for off, part in parts:
            for e in self._code_one(part, state):
                e.start += off
                e.end += off
                out.append(e)
        return out

    def _code_one(self, text: str, state: DocState) -> list[Event]:
        toks = tokenize(text)
        if not toks:
            return []
        words = [t[0] for t in toks]
        self._ru_words = words
        lemmas = self.lex.normalise(words) if self.lex.normalise is not None else [w.lower() for w in words]
        lemmas = [w.lower() for w in lemmas]
        # «в соответствии с Договором о создании Союзного государства»: a capitalised noun in
        # mid-sentence names a document, it reports no act
        trigs = [t for t in self.triggers(lemmas) if not (
            t.phrase.pattern.pos == "noun" and t.start > 0 and words[t.start][:1].isupper()
            and words[t.start - 1] not in (".", "«", '"', "—", "-", ":"))]
        mentions = self.ru_mentions(words, lemmas, toks, text, state)
        dates = self._dates(text, state)
        events: list[Event] = []
        if trigs and (mentions or state.last_pair):
            roles = {id(m): self._role(words, lemmas, m) for m in mentions}
            self._report_tail(words, lemmas, mentions, roles)
            trigs = self._main(trigs, words, lemmas)
            self._chosen = trigs
            for t in trigs:
                events.extend(self._events(t, text, toks, words, lemmas, mentions, roles, dates, state))
        self._update_state(state, [m for m in mentions if roles_ok(m, mentions, words, lemmas, self)],
                           dates, toks)
        for i, e in enumerate(events):
            if e.type == "THREATEN" and e.target is None:
                # «осуждает ... санкции ЕС и оставляет за собой право на ответные меры»: the
                # warning aims at the one the same speaker accused just before
                prior = next((x for x in events[:i] if x.source == e.source and x.target
                              and x.target != e.source and x.type in ("ACCUSE", "REJECT")), None)
                if prior is not None:
                    e.target, e.target_text, e.target_sector = prior.target, prior.target_text, prior.target_sector
        return first_of_each(events)

    def _dates(self, text: str, state: DocState) -> list:
        """Date mentions that can date an event: anaphora ("в тот же день") resolved against
        the narrative date; "с 2014 года" / "до 2025 года" (since/until) left out."""
        lang = getattr(self, "date_lang", self.lang)
        try:
            from dyadwatch.nlp.dates import find_dates

            found = find_dates(text, state.pub_date, lang, anchor=state.date)
        except Exception:  # a date failure must not lose the events
            return _find_dates(text, state.pub_date, lang)
        return [d for d in found if (d.preposition or "") not in NOT_EVENT_DATE
                and not _in_participle(text, d.start)]

    def _report_tail(self, words, lemmas, mentions, roles) -> None:
        """", — заявил Песков." / ", сообщил МИД": the speaker at the end is no actor."""
        commas = [i for i, w in enumerate(lemmas) if w in (",", "—", "–")]
        if not commas:
            return
        last = commas[-1]
        tail = lemmas[last + 1:]
        if tail and tail[0] in REPORT_VERBS and len(tail) <= 12:
            for m in mentions:
                if m.start > last:
                    roles[id(m)] = "report"

    def _main(self, trigs: list[_Trig], words: list[str], lemmas: list[str]) -> list[_Trig]:
        """Drop an infinitive that is only the content of an agree/ask/refuse/threaten verb
        ("отказался подписать соглашение" is one REJECT)."""
        ctx: set[int] = set()
        for t in trigs:
            ctx |= getattr(t, "ctx", set())
            p = t.phrase.pattern
            if p.with_:  # every context word of a verb trigger, not only the first one found
                firsts = {w[0] for w in p.with_}
                lo, hi = max(0, t.start - 3), min(len(lemmas), t.end + p.window)
                ctx |= {k for k in range(lo, hi) if lemmas[k] in firsts and k not in t.used}
        out: list[_Trig] = []
        head: _Trig | None = None  # the last agree/ask/refuse/threaten/accuse verb
        content: tuple[int, int] | None = None  # "предупредил, что Минск ответит ...": the threat
        for t in trigs:
            p = t.phrase.pattern
            info = word_info(words[t.start])
            if content is not None and content[0] <= t.start < content[1]:
                continue
            if p.pos == "verb" and p.type == "THREATEN":
                content = self._content_clause(lemmas, t.start)
            if p.pos == "verb" and info[1] == "PRTF":
                continue  # "предложенные Москвой документы": a reference, not an event
            if p.pos == "noun" and (t.used & ctx):
                continue  # the object of a verb trigger ("выделила кредит")
            if p.pos == "noun" and _refers_back(lemmas, t.start) and not (
                    p.type == "CONSULT" and lemmas[t.end:t.end + 1] in (["с"], ["со"])):
                continue  # "после начала войны", "в ходе переговоров": an event already stated
                # (but "в ходе встречи с Макеем" states the meeting and its partner)
            if p.pos == "noun" and _framed_noun(words, lemmas, t.start):
                continue  # "при поддержке Кремля", "против размещения войск", "вопросы сотрудничества"
            if p.pos == "noun" and t.start > 1 and lemmas[t.start - 1] in TOPIC_PREPS \
                    and lemmas[t.start - 2] in DOCUMENT_NOUNS:
                continue  # "меморандум о сотрудничестве": the topic of a document
            if p.pos == "noun" and any(
                    lemmas[k] in TOPIC_VERBS and not any(w in (",", ";", ".") for w in lemmas[k + 1:t.start])
                    for k in range(max(0, t.start - 4), t.start)):
                continue  # "обсудили транзит", "обсуждали санкции": the topic of a talk
            if head is not None:
                between = lemmas[head.end:t.start]
                if len(between) <= (4 if p.pos == "verb" else 6) and (info[4] or p.pos == "noun") \
                        and not any(w in CLAUSE_BREAK or w in (",", "а", "но") for w in between):
                    continue  # the content of "отказался подписать", "обвинил в стягивании войск"
            if p.pos == "verb" and p.type in COMPLEMENT_TYPES:
                head = t
            out.append(t)
        return out

    def _content_clause(self, lemmas: list[str], i: int) -> tuple[int, int] | None:
        """The ", что ..." / ", чтобы ..." clause right after the clause of token i."""
        _, ce = self._clause(lemmas, i)
        if ce + 1 < len(lemmas) and lemmas[ce] == "," and lemmas[ce + 1] in ("что", "чтобы"):
            return self._clause(lemmas, ce + 2)
        return None

    def _group(self, ms: list[Mention], lemmas: list[str], m: Mention) -> list[Mention]:
        """m and the mentions coordinated with it ("Путин и Лукашенко", "белорусско-российские")."""
        idx = ms.index(m)
        grp = [m]
        j = idx
        while j > 0:
            if lemmas[ms[j - 1].end:grp[0].start] in (["и"], [","], ["-"], ["–"]):
                j -= 1
            else:
                # "Путин и прилетевший в Сочи Лукашенко": skip the places inside the phrase
                k = next((k for k in range(j - 1, max(-1, j - 3), -1)
                          if self._participle_gap(ms[k].end, grp[0].start, lemmas)), None)
                if k is None:
                    break
                j = k
            grp.insert(0, ms[j])
        j = idx
        while j + 1 < len(ms):
            if lemmas[grp[-1].end:ms[j + 1].start] in (["и"], [","], ["-"], ["–"]):
                j += 1
            else:
                k = next((k for k in range(j + 1, min(len(ms), j + 3))
                          if self._participle_gap(grp[-1].end, ms[k].start, lemmas)), None)
                if k is None:
                    break
                j = k
            grp.append(ms[j])
        return grp

    def _participle_gap(self, a: int, b: int, lemmas: list[str]) -> bool:
        """"Путин и прилетевший в Сочи Лукашенко": "и" and a participial phrase before the name."""
        gap = lemmas[a:b]
        words = self._ru_words
        if not (2 <= len(gap) <= 5 and gap[0] == "и") or b > len(words):
            return False
        return word_info(words[a + 1])[1] == "PRTF" and "," not in gap

    def _events(self, t: _Trig, text, toks, words, lemmas, mentions, roles, dates, state) -> list[Event]:
        p = t.phrase.pattern
        cs, ce = self._clause(lemmas, t.start)
        ctx = getattr(t, "ctx", set())
        ms = [m for m in mentions if cs <= m.start < ce and roles[id(m)] not in ("report", "aside")
              and not (set(range(m.start, m.end)) <= t.used)
              and not (ctx and set(range(m.start, m.end)) <= ctx and m.kind not in ("igo", "country"))]
        aside = _participle_spans(words, lemmas, cs, ce, t)
        if aside:
            ms = [m for m in ms if not any(a <= m.start < b for a, b in aside)]
        own = _participle_spans(words, lemmas, cs, ce, t, own=True)
        if own and p.pos == "noun":
            # ", выступая на совещании с руководством армии,": the noun's partners are inside
            # the phrase; its subject is the clause's subject
            a, b = own[0]
            ms = [m for m in ms if a <= m.start < b or (m.end <= a and roles[id(m)] in ("subj", "any"))]
        if not ms and p.symmetric and state.last_pair and not mentions \
                and any(passive_word(w) for w in words[cs:ce]):
            # an agentless joint action after a meeting: "По итогам встречи были достигнуты
            # договорённости", "было принято решение об утверждении программ" -> the pair
            pm = Mention(t.start, t.start, state.last_pair, "GOV", "", "group")
            roles[id(pm)] = "subj"
            ms = [pm]
        if p.pos == "verb" and not any(roles[id(m)] in ("subj", "any", "instr", "agent") for m in ms
                                       if m.end <= t.start):
            # no subject in this clause: Russian drops a repeated subject ("заявил, что выделит ...",
            # "прилетел в Сочи, где встретился ..."): take the subject of the clause before
            ext = [m for m in mentions if m.end <= cs and roles[id(m)] in ("subj", "any")
                   and not any(x.start < m.start < x.end for x in mentions)]
            if ext and not passive_word(words[t.start]):
                ms = [ext[-1], *ms]
        if not ms:
            return []
        role = {id(m): roles[id(m)] for m in ms}
        passive = p.pos == "verb" and word_info(words[t.start])[2]
        src: Mention | None = None
        tgt: Mention | None = None
        group: list[Mention] = []

        other_starts = [x.start for x in self._chosen if x is not t and x.start < t.start]

        def left(cands: tuple[str, ...]) -> Mention | None:
            for m in reversed(ms):
                if m.end <= t.start and role[id(m)] in cands and t.start - m.end <= 20:
                    # the object of an earlier verb is not this verb's subject
                    if cands != ("obj",) and role[id(m)] == "any" and any(
                            o < m.start for o in other_starts if o > (ms[0].start if ms else 0)) \
                            and any(r in ("subj", "any") for r in (role[id(x)] for x in ms if x.end <= m.start)):
                        continue
                    return m
            return None

        def right(cands: tuple[str, ...], exclude: Mention | None = None,
                  nouns_only: bool = False) -> Mention | None:
            for m in ms:
                if nouns_only and m.end - m.start == 1 and word_info(words[m.start])[1] == "ADJF":
                    continue
                if m.start > t.start and role[id(m)] in cands and m is not exclude and m.start - t.end <= 15:
                    return m
            return None

        def anywhere(cands: tuple[str, ...], exclude: Mention | None = None) -> Mention | None:
            return right(cands, exclude) or next(
                (m for m in reversed(ms) if m.end <= t.start and role[id(m)] in cands and m is not exclude), None)

        between = [m for m in ms if role[id(m)] == "between"]
        if between:
            grp = self._group(ms, lemmas, between[0])
            if len(grp) > 1:
                group = grp
        if passive:
            src = anywhere(("instr", "agent"))
            tgt = left(("subj", "any")) or right(("subj", "any"), src)
            if src is None and tgt is not None and len(set(tgt.codes)) > 1:
                src, tgt = tgt, None  # the pair from context ("было подписано соглашение")
        elif p.pos == "noun" and not group:
            adj = [m for m in ms if m.end <= t.start and t.start - m.end <= 2
                   and all(word_info(w)[1] in ("ADJF", "PRTF", "NUMR") for w in words[m.end:t.start])
                   and role[id(m)] not in ("loc",)]
            gen = next((m for m in ms if m.start == t.end and role[id(m)] in ("obj", "any")
                        and (not self._cases(words, m) or "gent" in self._cases(words, m))), None)  # not «Вильнюсу»
            frm = anywhere(("from", "agent"))
            if frm is None:
                # «отмена Евросоюзом санкций», «переброска Белоруссией подразделений»: the
                # instrumental right after a verbal noun is its agent; «принятый Советом ЕС пакет
                # ограничительных мер»: so is the one of the participle before it
                frm = next((m for m in ms if t.start < m.start <= t.end + 1 and role[id(m)] == "instr"), None) \
                    or next((m for m in reversed(ms) if t.start - 6 <= m.start < t.start and role[id(m)] == "instr"
                             and any(word_info(w)[1] == "PRTF" for w in words[max(cs, m.start - 4):m.start])), None)
            if adj:
                g = self._group(ms, lemmas, adj[-1])
                if len(g) > 1:
                    group = g
                else:
                    src = adj[-1]
            if gen is not None and not group:
                if p.type in PATIENT_GENITIVE:
                    tgt = gen
                elif src is None:
                    g = self._group(ms, lemmas, gen)
                    if len(g) > 1:
                        group = g
                    else:
                        src = gen
                else:
                    tgt = gen
            if frm is None and p.type in ("MOBILIZE", "RETREAT"):
                # «вывод российских войск из Белоруссии»: the forces' country inside the phrase
                frm = next((m for m in ms if t.start < m.start < t.end and m.codes
                            and role[id(m)] not in ("loc",)), None)
            pair = state.talks_pair or state.last_pair
            if frm is None and p.type == "AID" and pair and len(set(pair)) == 2 \
                    and any(w in ("получить", "получать", "взять", "брать", "привлечь") for w in lemmas[cs:t.start]):
                # «Белорусская сторона получила новый кредит» after the two sides' talks: from the other
                rcv = left(("subj", "any"))
                if rcv is not None and rcv.codes and rcv.codes[0] in pair:
                    other = next(c for c in pair if c != rcv.codes[0])
                    frm = Mention(t.start, t.start, (other,), "GOV", "", "group")
                    role[id(frm)] = "from"
                    src, tgt = None, rcv
            if frm is not None and not group:
                if src is not None and src is not frm and tgt is None:
                    tgt = src
                src = frm
            if src is None and not group:
                # («Ноту протеста Вильнюсу вручило министерство ...»: a subject after the verb)
                src = left(("subj", "any")) or right(("subj",))
                if src is None:
                    post = right(("any",))
                    if post is not None and any(word_info(w)[1] == "VERB" for w in words[t.end:post.start]):
                        src = post
                if src is not None:
                    g = self._group(ms, lemmas, src)
                    if len(g) > 1:
                        group, src = g, None
            elif frm is not None and src is frm and tgt is None:
                tgt = left(("subj", "any"))  # "Беларусь получит от России кредит"
        elif not group:
            src = left(("subj", "any")) or right(("subj",))
            if src is not None:
                g = self._group(ms, lemmas, src)
                if len(g) > 1:
                    group, src = g, None
        if src is None and not group and p.type in ("PROTEST", "COERCE"):
            src = next((m for m in ms if role[id(m)] == "loc"), None)  # "в Москве прошли акции протеста"
        if src is None and not group and p.type == "COERCE" and p.pos == "noun" and tgt is not None \
                and tgt.kind == "person" and tgt.sector in ("OPP", "MED", "CVL") and tgt.codes:
            # «арест Романа Протасевича»: an oppositionist's or a journalist's arrest is his state's
            src = Mention(tgt.start, tgt.start, tgt.codes[:1], "GOV", "", "bare")
            role[id(src)] = "subj"
        if tgt is None and not (group and p.symmetric):
            excl = src
            extra = ("from",) if p.type in ("REQUEST", "THREATEN", "RETREAT") else ()
            extra += ("out", "off") if p.type in ("SANCTION", "RETREAT", "COERCE", "CONCEDE") else ()
            extra += ("loc",) if p.type == "MOBILIZE" else ()  # "разместила в Беларуси войска"
            if p.type in ("RETREAT", "SANCTION") and ({"участие", "членство"} & set(lemmas[t.start:t.end + 3])):
                extra += ("loc",)  # «заморозила своё участие в ОДКБ»: the organisation, not a place
            if p.visit:
                tgt = anywhere(("dir",), excl) or anywhere(("target", "with"), excl) or right(("obj", "any"), excl) \
                    or (anywhere(("loc",), excl) if p.pos == "noun" or "визит" in lemmas[t.start:t.end + 3] else None)
                if tgt is None and p.pos == "verb":
                    return []  # "прилетел в Сочи": no host actor, no visit event
            else:
                cands = ("with", "target", "onto", "at", "dir", "obj", "any") + extra
                if p.type in COMPLEMENT_TYPES:  # not the adjective inside the content:
                    # "пригрозил перекрыть транзит российского газа в Европу" -> Европа
                    tgt = right(cands, excl, nouns_only=True)
                tgt = tgt or right(cands, excl) or left(("with", "target", "onto", "at", "dir") + extra) \
                    or left(("obj",))
            if tgt is None and p.pos == "verb" and p.type in ("THREATEN", "REQUEST"):
                # "предупредил, что Минск ответит на санкции Евросоюза": the addressee is in
                # the content clause
                cc = self._content_clause(lemmas, t.start)
                scodes = set(src.codes) if src is not None else set()
                if cc is not None:
                    tgt = next((m for m in mentions if cc[0] <= m.start < cc[1] and m.codes
                                and not set(m.codes) & scodes
                                and roles[id(m)] not in ("report", "aside", "loc")), None)
            if tgt is None and p.type in COMPLEMENT_TYPES:
                # "не подписал документы, предложенные Москвой": the agent of the participle
                tgt = right(("instr",), excl)
            if tgt is None and cs > 0 and lemmas[cs] == "который" and lemmas[cs - 1] == "," \
                    and "nomn" not in word_info(words[cs])[0]:
                # "33 гражданина России, которых власти обвинили": the antecedent is the object
                tgt = next((m for m in reversed(mentions) if m.end <= cs - 1 and m.codes
                            and roles[id(m)] not in ("report", "aside", "loc")
                            and (src is None or set(m.codes) != set(src.codes))), None)
            if group and tgt in group:
                tgt = None
            if tgt is not None and src is not None and tgt is src:
                tgt = None
        tgroup: list[Mention] = []
        if tgt is not None and not group and tgt in ms:
            tg = self._group(ms, lemmas, tgt)
            if len(tg) > 1 and src not in tg:
                tgroup = tg
        pairs = self._pairs(p, src, tgt, group)
        if (p.cameo, p.pos, t.phrase.text) in _pair_required() or (p.pos == "noun" and p.type == "CONSULT"):
            # "зависимость от поставок российских энергоносителей", "переговоры длились":
            # these nouns state an event only between two actors
            pairs = [x for x in pairs if x[2] is not None and x[2] != x[1]]
        if tgroup and len(pairs) == 1 + bool(p.symmetric and pairs and pairs[0][2]):
            sm, scode = pairs[0][0], pairs[0][1]
            pairs = []
            for tm in tgroup:
                if tm.codes and tm.codes[0] != scode:
                    pairs.append((sm, scode, tm.codes[0], tm))
                    if p.symmetric:
                        pairs.append((tm, tm.codes[0], scode, sm))
        ptype, pcameo, pmode, pgold, pquad = p.type, p.cameo, p.mode, p.goldstein, p.quad
        if p.type == "MOBILIZE" and (len({sc for _, sc, _, _ in pairs}) > 1
                                     or "совместный" in lemmas[max(cs, t.start - 5):t.end]):
            # «совместные белорусско-китайские учения»: joint exercises are military cooperation
            info = cameo_lookup("062")
            ptype, pcameo, pmode, pgold, pquad = info.plover_type, "062", info.mode, info.goldstein, quad_class("062")
        if not pairs:
            return []
        status = self._ru_status(t, words, lemmas, cs)
        if status in ("occurred", "denied"):
            # "договорились о цене на газ на следующий год": "на + date" is the period of the
            # object, not the time of a past event (it is the time of a planned one)
            dates = [d for d in dates if (d.preposition or "") != "на"
                     or "ночь на" in text[max(0, d.start - 10):d.start + 3].lower()]
        before = lemmas[max(cs, t.start - 4):t.start]
        if status == "denied" and ptype in NEG_INTENT_TYPES and "не" in before \
                and any(w in NOT_INTENDING for w in before):
            # «Казахстан не намерен признавать ...», «Минск не собирается участвовать ...»: a
            # refusal (CAMEO 12x), as the English "will not recognise"
            info = cameo_lookup("120")
            ptype, pcameo, pmode, pgold, pquad = info.plover_type, "120", info.mode, info.goldstein, quad_class("120")
            status = "occurred"
        if ptype == "THREATEN":
            if status == "planned":
                status = "occurred"  # «ответит жёстко»: the warning is made now
            cond = next((k for k in range(t.end, min(len(lemmas), t.end + 25)) if lemmas[k] in ("если", "в случае")), None)
            cm = next((m for m in mentions if cond is not None and cond < m.start <= cond + 3 and m.codes
                       and not any(x[1] in m.codes for x in pairs)), None)
            if cm is not None:  # «..., если Евросоюз введёт новые санкции»: aimed at the condition's actor
                pairs = [(sm, sc, cm.codes[0], cm) for sm, sc, d, tm in pairs if d is None] or pairs
        if ptype in NEEDS_PARTNER:
            pairs = [x for x in pairs if x[2] is not None]  # cooperation, aid, support go to someone
        date, gran = self._date(t, toks, lemmas, dates, state, status)
        trig_text = text[toks[t.start][1]:toks[t.end - 1][2]]
        return [Event(source=s, target=d, type=ptype, cameo=pcameo, status=status,
                      source_sector=sm.sector if sm else None, source_text=sm.text if sm else None,
                      target_text=tm.text if tm else None, target_sector=tm.sector if tm else None,
                      mode=pmode, goldstein=pgold, quad=pquad, date=date, date_granularity=gran,
                      trigger=trig_text, start=toks[t.start][1], end=toks[t.end - 1][2])
                for sm, s, d, tm in pairs]

    def _pairs(self, p, src, tgt, group):
        pairs: list[tuple[Mention | None, str, str | None, Mention | None]] = []
        members = list(dict.fromkeys(c for g in group for c in g.codes))
        if src is not None and len(set(src.codes)) > 1:
            members = list(dict.fromkeys(src.codes))
            group = [src]
        if len(members) > 1:
            gm = {c: next((g for g in group if c in g.codes), None) for c in members}
            if tgt is not None and tgt.codes and tgt.codes[0] not in members:
                for c in members:
                    pairs.append((gm[c], c, tgt.codes[0], tgt))
            else:
                for c in members:
                    for d in members:
                        if c != d:
                            pairs.append((gm[c], c, d, gm[d]))
            return pairs
        if group and len(members) == 1 and src is None:
            src = group[0]
        scode = src.codes[0] if src is not None and src.codes else None
        if scode is None:
            return []
        tcode = tgt.codes[0] if tgt is not None and tgt.codes else None
        if tcode == scode and p.type not in ("COERCE", "ASSAULT", "PROTEST", "ACCUSE", "REQUEST", "REJECT",
                                             "SANCTION", "CONCEDE"):
            tcode, tgt = None, None
        if tcode is None and p.self_target:
            tcode = scode
        union = self._union_of_two(scode, tcode, p.type)  # «Союзное государство углубило интеграцию»
        if union is not None:
            a, b = union
            return [(src, a, b, None), (src, b, a, None)]
        pairs.append((src, scode, tcode, tgt))
        if p.symmetric and tcode and tcode != scode:
            pairs.append((tgt, tcode, scode, src))
        return pairs

    # ------------------------------------------------------------------ status
    def _ru_status(self, t: _Trig, words: list[str], lemmas: list[str], cs: int) -> str:
        window = int(_status_data()["window"][0][0])
        surface = [w.lower().replace("ё", "е") for w in words]
        lo = max(0, t.start - window)
        before_s, before_l = surface[lo:t.start], lemmas[lo:t.start]
        whole_s = surface[:t.start]
        # (a noun's negation sits on its verb: «так и не присоединилась к западным санкциям»)
        near_s = surface[max(cs, t.start - (6 if t.phrase.pattern.pos == "noun" else 3)):t.start]
        after_s = surface[t.end:]
        found: set[str] = set()
        # denial
        k = 0
        while k < len(near_s):
            cue = _find(near_s[k:], "denied")
            if cue is None:
                break
            pos = k + near_s[k:].index(cue[0])
            nxt = near_s[pos + len(cue):pos + len(cue) + 1]
            if cue == ("не",) and (nxt[:1] in (["только"], ["менее"], ["раз"], ["исключено"], ["исключает"],
                                              ["исключают"]) or "только" in near_s):
                k = pos + 1
                continue
            found.add("denied")
            break
        if p_noun_negated(t, surface):
            found.add("denied")
        if _find(lemmas[max(0, t.start - window):t.end + window], "denied_lemmas") is not None \
                or _find(after_s, "after_denied") is not None:
            found.add("denied")
        # hypothetical / forecast / planned
        if "если" in whole_s or _contains(whole_s, ("в", "случае")) is not None:
            found.add("hypothetical")
        for s in ("hypothetical", "forecast", "planned"):
            if _find(before_s, s) is not None or _find(before_l, s + "_lemmas") is not None:
                found.add(s)
        # the trigger itself: perfective future, "бы", "будет + инфинитив"
        info = word_info(words[t.start])
        if info[3]:
            found.add("planned")
        if t.phrase.pattern.pos == "noun" and any(word_info(words[k])[3] for k in range(max(cs, t.start - 2), t.start)):
            found.add("planned")  # «возобновит поставки нефти»: the noun's verb is a perfective future
        if info[4] and t.start > 0:
            aux = word_info(words[t.start - 1])
            if aux[3] or surface[t.start - 1] in ("будет", "будут", "будем", "буду"):
                found.add("planned")  # "продолжит поддерживать", "будет поставлять"
        if t.phrase.pattern.pos == "noun":
            # "Визит Мишустина в Минск запланирован на конец ноября", "учения пройдут в феврале"
            _, ce = self._clause(lemmas, t.start)
            if _find(surface[t.end:min(ce, t.end + 10)], "after_planned") is not None:
                found.add("planned")
        if "бы" in surface[max(cs, t.start - 4):t.end + 2]:
            found.add("hypothetical")
        for s in ("denied", "hypothetical", "forecast", "planned"):
            if s in found:
                return s
        return "occurred"


BACK1 = frozenset(("после", "перед", "накануне"))
BACK2 = frozenset((("в", "ход"), ("во", "время"), ("по", "итог"), ("в", "рамка"), ("по", "результат"),
                   ("на", "поле"), ("в", "преддверие"), ("по", "окончание"), ("по", "завершение"),
                   ("ответ", "на"), ("реакция", "на")))
STAGE = frozenset(("начало", "завершение", "окончание", "итог", "результат", "время", "ход"))


def _refers_back(lemmas: list[str], i: int) -> bool:
    """A nominal event inside a temporal frame refers back to an event, it does not state one."""
    def framed(j: int) -> bool:
        return (j >= 1 and lemmas[j - 1] in BACK1) or (j >= 2 and tuple(lemmas[j - 2:j]) in BACK2)
    if framed(i) or (i >= 1 and lemmas[i - 1] in STAGE and framed(i - 1)):
        return True
    # "в ответ на новые санкции": one adjective may stand between the frame and the noun
    return i >= 1 and word_info_pos(lemmas[i - 1]) == "ADJF" and framed(i - 1)


def _participle_spans(words: list[str], lemmas: list[str], cs: int, ce: int, t: _Trig,
                      own: bool = False) -> list[tuple[int, int]]:
    """", летевший из Афин в Вильнюс,": comma-bounded participial phrases without the trigger
    (own=True: the one phrase that holds the trigger)."""
    out: list[tuple[int, int]] = []
    k = cs
    while k < ce:
        if lemmas[k] == "," and k + 1 < ce and word_info(words[k + 1])[1] in ("PRTF", "GRND"):
            e = k + 1
            while e < ce and lemmas[e] != ",":
                e += 1
            if (k < t.start < e) == own:
                out.append((k + 1, e))
            k = e
        else:
            k += 1
    return out


def _framed_noun(words: list[str], lemmas: list[str], i: int) -> bool:
    """A noun that names a circumstance, a topic or a non-specific event, not a stated one."""
    j = i - 1
    while j >= 0 and j >= i - 2 and word_info(words[j])[1] in ("ADJF", "PRTF", "NUMR") \
            and lemmas[j] not in NONSPECIFIC:
        j -= 1  # skip adjectives: "вопросы энергетического сотрудничества"
    if j < 0:
        return False
    if lemmas[j] in NONSPECIFIC:
        return True
    return lemmas[j] in NOUN_FRAME or lemmas[j] in TOPIC_HEADS


def _sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pieces of a short text; one piece when razdel is missing."""
    try:
        from razdel import sentenize
    except ImportError:  # pragma: no cover - razdel is a dependency
        return [(0, text)]
    return [(s.start, s.text) for s in sentenize(text) if s.text.strip()]


def _in_participle(text: str, start: int) -> bool:
    """"освободила задержанного в июле гражданина": a date that modifies a participle dates
    an earlier event, not the sentence's."""
    before = [w for w, _, _ in tokenize(text[:start])][-2:]
    if before and before[-1].lower() in ("в", "во", "на"):
        before = before[:-1]
    return bool(before) and word_info(before[-1])[1] == "PRTF"


def word_info_pos(word: str) -> str:
    return word_info(word)[1]


def passive_word(word: str) -> bool:
    return word_info(word)[2]


def p_noun_negated(t: _Trig, surface: list[str]) -> bool:
    """"переговоры не состоялись", "санкции не были введены": a noun trigger followed by "не"."""
    if t.phrase.pattern.pos != "noun":
        return False
    after = surface[t.end:t.end + 3]
    return "не" in after[:2] and not any(w in (",", ".") for w in after[:after.index("не")])


def roles_ok(m: Mention, mentions, words, lemmas, coder: RussianCoder) -> bool:
    """Mentions that count for the document state: not locations, not reporters."""
    return coder._role(words, lemmas, m) not in ("loc", "report", "aside")
