"""Russian dependency parses as spaCy `Doc` objects, from natasha's offline slovnet models.

slovnet's news models (morphology and syntax, both over navec vectors) ship inside the
`natasha` package, so nothing is downloaded. Their output (Universal Dependencies POS, features
and relations) is turned into spaCy `Doc`s, so the coder's matchers read Russian and English
trees the same way. Lemmas come from pymorphy3, choosing the analysis whose part of speech
agrees with slovnet's tag.

Conventions of the Docs made here:
* tokens are razdel's; whitespace is the text's (a single space after a word is its
  `whitespace_`, any other whitespace a token of its own), so `doc.text == text`;
* `pos_` and `morph` are UD (`Case=Gen|Number=Sing`), `lemma_` is lower-case;
* `dep_` is the UD relation (`nsubj`, `obj`, `obl`, `nmod`, `case`, `advmod`...), except that the
  root is labelled `ROOT` as spaCy's English models label it; a root's head is itself.

Parsing is batched: sentences are sorted by length so each batch pads little, and the models
are loaded once per process (thread-safe). BLAS runs single-threaded inside `parse`: the models'
matrices are small, and OpenBLAS's own threads made parsing up to eight times slower on a
busy 2-core machine (one core per worker is also what the Dask path assumes).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from razdel import tokenize
from spacy.tokens import Doc
from spacy.vocab import Vocab
from threadpoolctl import ThreadpoolController

BATCH_SIZE = 64
# pymorphy3's tags that agree with each UD part of speech (for choosing a lemma)
_POS_TAGS = {
    "NOUN": {"NOUN"}, "PROPN": {"NOUN"}, "VERB": {"VERB", "INFN", "PRTF", "PRTS", "GRND"},
    "AUX": {"VERB", "INFN"}, "ADJ": {"ADJF", "ADJS", "COMP", "PRTF", "PRTS", "NUMR"},
    "ADV": {"ADVB", "COMP", "PRED"}, "PRON": {"NPRO", "ADJF"}, "DET": {"ADJF", "NPRO"},
    "NUM": {"NUMR", "ADJF"}, "ADP": {"PREP"}, "CCONJ": {"CONJ"}, "SCONJ": {"CONJ"},
    "PART": {"PRCL"},
}

_lock = threading.Lock()
_models: tuple[Any, Any] | None = None
_vocab: Vocab | None = None
_navec: Any = None
NAVEC_FILE = "navec_news_v1_1B_250K_300d_100q.tar"


def _natasha_data() -> Path:
    """natasha's data folder, found without importing natasha (its import pulls in pymorphy2)."""
    spec = find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the natasha package (Russian syntax models) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def navec() -> Any:
    """natasha's news vectors (250,000 words, 300 wide, product-quantised), loaded once per
    process: the parser's models and the learned coder's Russian encoder share them."""
    global _navec
    with _lock:
        if _navec is None:
            from navec import Navec

            _navec = Navec.load(str(_natasha_data() / "emb" / NAVEC_FILE))
        return _navec


def _load() -> tuple[Any, Any]:
    global _models
    if _models is not None:
        return _models
    vectors = navec()  # (outside the lock below: navec() takes it)
    with _lock:
        if _models is None:
            from slovnet import Morph, Syntax

            data = _natasha_data()
            morph = Morph.load(str(data / "model" / "slovnet_morph_news_v1.tar"),
                               batch_size=BATCH_SIZE).navec(vectors)
            syntax = Syntax.load(str(data / "model" / "slovnet_syntax_news_v1.tar"),
                                 batch_size=BATCH_SIZE).navec(vectors)
            _models = (morph, syntax)
        return _models


def vocab() -> Vocab:
    """The one vocabulary every Russian Doc of this process shares."""
    global _vocab
    with _lock:
        if _vocab is None:
            import spacy

            _vocab = spacy.blank("ru").vocab
        return _vocab


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=200_000)
def lemma(word: str, pos: str) -> str:
    """The lemma of `word` under the analysis that agrees with the UD part of speech `pos`."""
    lowered = word.lower()
    if pos in ("PUNCT", "SYM", "X") or not any(ch.isalpha() for ch in lowered):
        return lowered
    parses = _analyzer().parse(lowered)
    wanted = _POS_TAGS.get(pos)
    if wanted:
        for parse in parses:
            if parse.tag.POS in wanted:
                return str(parse.normal_form)
    return str(parses[0].normal_form) if parses else lowered


# pymorphy3's grammemes of a name: a capitalised first word with any of them keeps its capital
_NAME_TAGS = frozenset(("Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"))
_VERB_TAGS = frozenset(("VERB", "INFN", "PRTS", "GRND"))


def _uncapitalised(words: list[str]) -> list[str]:
    """The words as the models read them: a sentence's first word that can only be a verb is
    lower-cased («Договорились главы государств ...»: capitalised, slovnet tags it a noun)."""
    if not words or not words[0][:1].isupper() or words[0].isupper():
        return words
    parses = _analyzer().parse(words[0].lower())
    if parses and all(p.tag.POS in _VERB_TAGS and not (_NAME_TAGS & set(p.tag.grammemes)) for p in parses):
        return [words[0].lower(), *words[1:]]
    return words


_NOMINAL_POS = frozenset(("NOUN", "ADJ", "ADV"))
# pymorphy3's grammemes -> UD features of a verb
_VERB_FEATS = {"perf": "Aspect=Perf", "impf": "Aspect=Imp", "past": "Tense=Past", "pres": "Tense=Pres",
               "futr": "Tense=Fut", "sing": "Number=Sing", "plur": "Number=Plur", "indc": "Mood=Ind",
               "impr": "Mood=Imp", "masc": "Gender=Masc", "femn": "Gender=Fem", "neut": "Gender=Neut",
               "1per": "Person=1", "2per": "Person=2", "3per": "Person=3"}
_VERB_FORMS = {"VERB": "VerbForm=Fin", "INFN": "VerbForm=Inf", "GRND": "VerbForm=Conv"}


@lru_cache(maxsize=50_000)
def _only_verb(word: str) -> str | None:
    """The UD features of `word` where every dictionary analysis of it is a verb form (finite,
    infinitive or converb), else None."""
    if not word[:1].isalpha():
        return None
    parses = _analyzer().parse(word.lower())
    if not parses or not all(p.tag.POS in _VERB_FORMS and not (_NAME_TAGS & set(p.tag.grammemes)) for p in parses):
        return None
    top = parses[0].tag
    feats = sorted({_VERB_FEATS[g] for g in top.grammemes if g in _VERB_FEATS} | {_VERB_FORMS[str(top.POS)]})
    return "|".join(feats)


def _feats(feats: dict[str, str]) -> str:
    return "|".join(f"{k}={v}" for k, v in sorted(feats.items()))


_words_of: dict[str, tuple[Any, ...]] = {}


def words(text: str) -> list[Any]:
    """razdel's tokens of `text` (its `Substring`s: start, stop, text). The parser and the learned coder's
    encoder (learned/navec_encoder.py) read the same sentences: each is split once."""
    got = _words_of.get(text)
    if got is None:
        if len(_words_of) >= 512:
            _words_of.clear()
        got = _words_of[text] = tuple(tokenize(text))
    return list(got)


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    """The process's BLAS libraries, found once (as learned/pairs.py finds them): `threadpool_limits` scans
    the loaded libraries again at every call, a tenth of the Russian coder's time."""
    return ThreadpoolController()


def parse(texts: Sequence[str]) -> list[Doc]:
    """One parsed `Doc` per text (a sentence), in the order given; `doc.text == text`."""
    spans = [words(t) for t in texts]
    order = sorted((i for i, s in enumerate(spans) if s), key=lambda i: len(spans[i]))
    morph, syntax = _load()
    batch = [_uncapitalised([s.text for s in spans[i]]) for i in order]
    docs: list[Doc | None] = [None] * len(texts)
    with _blas().limit(limits=1, user_api="blas"):
        for i, tagged, parsed in zip(order, morph.map(batch), syntax.map(batch), strict=True):
            docs[i] = _doc(texts[i], spans[i], tagged.tokens, parsed.tokens)
    v = vocab()
    return [d if d is not None else Doc(v, words=[texts[i]] if texts[i] else [],
                                        spaces=[False] if texts[i] else [])
            for i, d in enumerate(docs)]


def _doc(text: str, spans: Sequence[Any], tagged: Sequence[Any], parsed: Sequence[Any]) -> Doc:
    """The Doc of one parsed text. Whitespace other than one space after a word becomes a
    token of its own, as spaCy's tokenizer makes it, so character offsets stay the text's."""
    heads, deps = tree([int(t.head_id) - 1 for t in parsed], [t.rel for t in parsed])
    texts, pos, feats = [s.text for s in spans], [t.pos for t in tagged], [t.feats for t in tagged]
    heads, deps = noun_roots(heads, deps, pos, feats)
    heads, deps = prepositional_subjects(heads, deps, texts, pos)
    heads, deps = doubled_cases(heads, deps, pos)
    heads, deps = flattened_clauses(heads, deps, texts, pos, feats)
    heads, deps = marked_subjects(heads, deps, pos, feats)
    heads, deps = speakers_after(heads, deps, pos, feats)
    heads, deps = nearest_conjuncts(heads, deps, texts, pos, feats)
    heads, deps = stray_clause_subjects(heads, deps, texts, pos, feats)
    heads, deps = adjuncts_across_heads(heads, deps, pos)
    heads, deps = doubled_subjects(heads, deps, pos)
    heads, deps = verb_conjunct_objects(heads, deps, pos, feats)
    heads, deps = stray_conjuncts(heads, deps, texts, pos, feats)
    heads, deps = crossed_subjects(heads, deps, feats)
    heads, deps = loose_relatives(heads, deps, texts, pos)
    heads, deps = accompanied_subjects(heads, deps, texts, feats)
    heads, deps = crossing_obliques(heads, deps, pos)
    heads, deps = crossing_genitives(heads, deps, pos, feats)
    heads, deps = sentential_relatives(heads, deps, texts, pos, feats)
    heads, deps = stranded_gerunds(heads, deps, texts, pos, feats)
    heads, deps = gerunds_before_conjuncts(heads, deps, feats)
    heads, deps = bare_animate_objects(heads, deps, pos, feats)
    heads, deps = split_names(heads, deps, texts, pos, feats)
    heads, deps = stray_subject_lists(heads, deps, texts, pos, feats)
    heads, deps = adjacent_conjuncts(heads, deps, texts, pos, feats)
    heads, deps = forward_modifiers(heads, deps, texts, pos)
    heads, deps = content_subjects(heads, deps, texts, pos, feats)
    heads, deps = subjects_before_their_verb(heads, deps, texts, pos, feats)
    heads, deps = gerund_objects(heads, deps, texts, feats)
    heads, deps = gerund_stretches(heads, deps, texts, feats)
    heads, deps = inner_parentheticals(heads, deps, texts, pos)
    heads, deps = subjects_before_gerunds(heads, deps, texts, pos, feats)
    heads, deps = clauses_before_conjunctions(heads, deps, texts, pos, feats)
    heads, deps = subjects_after_conjunctions(heads, deps, texts, pos, feats)
    words: list[str] = []
    spaces: list[bool] = []
    index: list[int] = []  # the Doc position of each parsed word

    def whitespace(gap: str) -> None:
        if gap.startswith(" ") and words:  # one space after a word is its whitespace_
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)

    cursor = 0
    for span in spans:
        whitespace(text[cursor:span.start])
        index.append(len(words))
        words.append(span.text)
        spaces.append(False)
        cursor = span.stop
    whitespace(text[cursor:])
    n = len(words)
    root = index[deps.index("ROOT")]
    pos = ["SPACE"] * n
    morphs = [""] * n
    lemmas = list(words)
    doc_heads = [root] * n  # whitespace hangs from the root, as spaCy attaches it
    doc_deps = ["dep"] * n
    for k, (tok, word) in enumerate(zip(tagged, (s.text for s in spans), strict=True)):
        i = index[k]
        pos[i] = tok.pos
        morphs[i] = _feats(tok.feats)
        # (a capital inside the sentence is a name's: «Хурвалети»)
        verb = _only_verb(word) if tok.pos in _NOMINAL_POS and (k == 0 or not word[:1].isupper()) else None
        if verb is not None:  # «Договорились главы государств ...»: the tagger's noun no dictionary allows
            pos[i], morphs[i] = "VERB", verb
        lemmas[i] = lemma(word, pos[i])
        doc_heads[i] = index[heads[k]]
        doc_deps[i] = deps[k]
    return Doc(vocab(), words=words, spaces=spaces, pos=pos, morphs=morphs, lemmas=lemmas,
               heads=doc_heads, deps=doc_deps)


def _finite(pos: Sequence[str], feats: Sequence[dict[str, str]], j: int) -> bool:
    """Word j is a finite verb or auxiliary."""
    return pos[j] in ("VERB", "AUX") and feats[j].get("VerbForm") == "Fin"


def _has_subject(heads: Sequence[int], rels: Sequence[str], v: int) -> bool:
    """Word v has a subject (active or passive) among its dependents."""
    return any(heads[j] == v and rels[j] in ("nsubj", "nsubj:pass") for j in range(len(heads)))


def _disagree(feats: Sequence[dict[str, str]], verb: int, noun: int) -> bool:
    """The verb shows a number, or (past tense) a gender, other than the noun's."""
    return feats[verb].get("Number") not in (None, feats[noun].get("Number")) \
        or feats[verb].get("Gender") not in (None, feats[noun].get("Gender"))


_CLAUSAL = frozenset(("advcl", "parataxis", "ccomp", "acl", "dep", "punct", "xcomp", "obl", "advmod", "obj", "iobj"))


def noun_roots(heads: list[int], rels: list[str], pos: Sequence[str],
               feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """A sentence whose root slovnet makes the nominative noun that opens it, the verb hung below it («Иран не
    будет вести переговоры ..., заявил ...»: «вести» a `ccomp` of «Иран»; «Польша, Венгрия и Словакия продлили
    запрет»: «продлили» an `acl`): the first finite verb after the noun (or the verb of the first finite
    auxiliary), under it, with no subject of its own and agreeing with it in number (plural where the noun has
    conjuncts), becomes the root and the noun its subject; the noun's clauses and adjuncts go to the verb."""
    n = len(heads)
    r = next((i for i in range(n) if rels[i] == "ROOT"), None)
    if r is None or pos[r] not in ("NOUN", "PROPN") or feats[r].get("Case") != "Nom" \
            or any(heads[j] != r for j in range(r)):
        return heads, rels
    f = next((j for j in range(r + 1, n) if _finite(pos, feats, j)), None)
    if f is None:
        return heads, rels
    v = heads[f] if rels[f] in ("aux", "aux:pass") and heads[f] > f else f
    x = v
    for _ in range(n):  # under the noun
        if x == r or heads[x] == x:
            break
        x = heads[x]
    if x != r or v == r or any(heads[j] == v and rels[j] in ("nsubj", "nsubj:pass") for j in range(v)):
        return heads, rels
    plural = any(heads[j] == r and rels[j] == "conj" and pos[j] in ("NOUN", "PROPN") for j in range(n))
    number = feats[f].get("Number")
    if number is not None and number != ("Plur" if plural else feats[r].get("Number", number)):
        return heads, rels
    heads, rels = list(heads), list(rels)
    for j in range(n):
        if heads[j] == r and j != v and j > r and rels[j] in _CLAUSAL and (pos[j] in ("VERB", "AUX", "PUNCT", "ADV")
                                                                       or rels[j] in ("obl", "obj", "iobj")):
            heads[j] = v
    heads[v], rels[v] = v, "ROOT"
    heads[r], rels[r] = v, "nsubj"
    if _loops(heads, r):
        return heads, rels  # (cannot happen: the verb was under the noun)
    return heads, rels


def flattened_clauses(heads: list[int], rels: list[str], words: Sequence[str], pos: Sequence[str],
                      feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """A clause after a comma that slovnet flattens onto the verb before it («..., привёл к обрушению пролётов, в Москве
    возложили ответственность на украинские спецслужбы»: «в Москве», «ответственность», «на спецслужбы» on «привёл»,
    «возложили» a bare `dep`): a finite verb attached to an earlier verb as `dep`, `parataxis` or `conj`, with no
    dependent after it, takes the earlier verb's arguments and adjuncts that stand in its own stretch (from the comma
    before it to the next comma), where one of them, after it, is an object or an oblique; a subject it has before
    that comma goes to the earlier verb where that has none."""
    heads, rels = list(heads), list(rels)
    n = len(heads)
    for v in range(1, n):
        r = heads[v]
        if pos[v] != "VERB" or feats[v].get("VerbForm") != "Fin" or rels[v] not in ("dep", "parataxis", "conj") \
                or r >= v or any(heads[j] == v and pos[j] != "PUNCT" for j in range(v + 1, n)):
            continue
        start = next((j for j in range(v - 1, r, -1) if words[j] == ","), None)
        if start is None:
            continue
        end = next((j for j in range(v + 1, n) if words[j] in (",", ";")), n)
        moved = [d for d in range(start + 1, end) if d != v and heads[d] == r
                 and rels[d] in ("obj", "obl", "iobj", "nsubj", "advmod", "xcomp")]
        if not any(d > v and rels[d] in ("obj", "obl", "iobj") for d in moved):
            continue
        for d in moved:
            heads[d] = v
        stray = [j for j in range(start) if heads[j] == v and rels[j] in ("nsubj", "nsubj:pass")]
        if stray and not _has_subject(heads, rels, r):
            heads[stray[0]] = r  # («Мощный взрыв ... привёл к ..., в Москве возложили»: the first verb's subject)
    return heads, rels


def speakers_after(heads: list[int], rels: list[str], pos: Sequence[str],
                   feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """The subject of a verb of saying after its report («Россия ... снизит цену на газ, объявил после переговоров
    Владимир Путин»: «Путин» the subject of «снизит») that slovnet hangs on the reported verb across it: a subject
    after its head with a finite verb between them, attached as `dep`, `parataxis` or `conj` with no subject of its
    own and agreeing with it (number, and gender in the past), goes to that verb (the last such)."""
    heads, rels = list(heads), list(rels)
    n = len(heads)
    for k in range(n):
        h = heads[k]
        if rels[k] != "nsubj" or h >= k:
            continue
        v = next((j for j in range(k - 1, h, -1) if _finite(pos, feats, j)
                  and rels[j] in ("dep", "parataxis", "conj") and heads[j] <= h
                  and not _has_subject(heads, rels, j)), None)
        if v is None or _disagree(feats, v, k):
            continue
        _rehang(heads, k, v)
    return heads, rels


def nearest_conjuncts(heads: list[int], rels: list[str], words: Sequence[str], pos: Sequence[str],
                      feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """A verb joined by «и» to the clause before it that slovnet coordinates with the first clause of the sentence
    instead («Азербайджан начал операцию, а Ереван обвинил Баку в агрессии и призвал миротворцев вмешаться»:
    «призвал» a conjunct of «начал»): a subjectless finite conjunct whose nearest finite verb before it, with no comma
    between them, is another conjunct of the same head with a subject of its own is coordinated with that verb
    (and so shares its subject)."""
    heads, rels = list(heads), list(rels)
    n = len(heads)
    fin = [j for j in range(n) if _finite(pos, feats, j)]
    for v in fin:
        h = heads[v]
        if rels[v] != "conj" or h >= v or _has_subject(heads, rels, v) \
                or not any(heads[c] == v and rels[c] == "cc" and words[c].lower() == "и" for c in range(v)):
            continue
        w = next((j for j in reversed(fin) if h < j < v), None)
        if w is None or heads[w] != h or rels[w] != "conj" or any(words[j] in (",", ";") for j in range(w, v)) \
                or not _has_subject(heads, rels, w):
            continue
        _rehang(heads, v, w)
    return heads, rels


def stray_clause_subjects(heads: list[int], rels: list[str], words: Sequence[str], pos: Sequence[str],
                          feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """The subject of a second main clause that slovnet coordinates with the last noun of the clause before it
    («Украина обвинила войска в подрыве ГЭС, Россия, в свою очередь, возложила ответственность на Киев»: «Россия» a
    conjunct of «ГЭС», «возложила» a bare `dep`): a nominative noun after a comma, a conjunct of a noun in another case,
    becomes the subject of the next finite verb where that verb has none, agrees with it and hangs on an earlier
    verb as a `dep`, `parataxis` or `conj` (made a `conj`: a clause of its own, not its head's content)."""
    heads, rels = list(heads), list(rels)
    n = len(heads)
    for k in range(1, n):
        h = heads[k]
        if rels[k] != "conj" or words[k - 1] != "," or pos[k] not in ("NOUN", "PROPN") or h >= k \
                or feats[k].get("Case") != "Nom" or feats[h].get("Case") in (None, "Nom") \
                or any(heads[j] == k and rels[j] == "cc" for j in range(k)):
            continue
        v = next((j for j in range(k + 1, n) if _finite(pos, feats, j)), None)
        if v is None or rels[v] not in ("dep", "parataxis", "conj") or heads[v] >= k \
                or _has_subject(heads, rels, v) or _disagree(feats, v, k):
            continue
        old = heads[k], rels[k], rels[v]
        heads[k], rels[k], rels[v] = v, "nsubj", "conj"
        if _loops(heads, k):
            heads[k], rels[k], rels[v] = old
    return heads, rels


# prepositions of an approximate amount, which a subject may take («около тысячи человек вышли на улицы»)
_APPROXIMATE = frozenset(("около", "свыше", "до", "от", "порядка", "более", "менее", "почти", "примерно", "под"))


def prepositional_subjects(heads: list[int], rels: list[str], words: Sequence[str],
                           pos: Sequence[str]) -> tuple[list[int], list[str]]:
    """A noun with a preposition of its own that slovnet makes a second subject of a verb («российские компании
    остановили отгрузку нефти на белорусские заводы»: «заводы» an `nsubj` beside «компании») is an oblique of that
    verb: no subject takes a preposition (but one of an amount, `_APPROXIMATE`)."""
    rels = list(rels)
    n = len(heads)
    for k in range(n):
        v = heads[k]
        if rels[k] != "nsubj" or v == k or pos[k] not in ("NOUN", "PROPN") \
                or not any(j != k and heads[j] == v and rels[j] in ("nsubj", "nsubj:pass") for j in range(n)):
            continue
        case = [j for j in range(k) if heads[j] == k and rels[j] == "case" and pos[j] == "ADP"]
        if case and words[case[0]].lower() not in _APPROXIMATE:
            rels[k] = "obl"
    return heads, rels


def doubled_cases(heads: list[int], rels: list[str], pos: Sequence[str]) -> tuple[list[int], list[str]]:
    """A preposition slovnet hangs on a later noun that has a preposition of its own, with a noun right after it that
    has none («вышли к администрации в Минске, протестуя против интеграции с Россией»: «в» on «Россией» beside
    «с»): it is that next noun's preposition."""
    heads = list(heads)
    n = len(heads)
    for i in range(n - 1):
        h = heads[i]
        if rels[i] != "case" or pos[i] != "ADP" or h <= i + 1 or pos[i + 1] not in ("NOUN", "PROPN") \
                or any(heads[j] == i + 1 and rels[j] == "case" for j in range(n)):
            continue
        if any(j != i and heads[j] == h and rels[j] == "case" for j in range(n)):
            _rehang(heads, i, i + 1)
    return heads, rels


def adjuncts_across_heads(heads: list[int], rels: list[str], pos: Sequence[str]) -> tuple[list[int], list[str]]:
    """An adjunct before a main verb that slovnet hangs on a verb of the clause after it, across that main verb
    («Лукашенко на встрече с Путиным заявил, что бойцы просятся ...»: «на встрече» on «просятся»): an oblique whose
    head's own head, a verb, stands between them belongs to that verb."""
    heads, rels = list(heads), list(rels)
    for d in range(len(heads)):
        v = heads[d]
        p = heads[v]
        if rels[d] != "obl" or v == d or p == v or pos[p] not in ("VERB", "AUX") or not d < p < v:
            continue
        _rehang(heads, d, p)
    return heads, rels


def doubled_subjects(heads: list[int], rels: list[str], pos: Sequence[str]) -> tuple[list[int], list[str]]:
    """A verb slovnet gives two subjects, the first far before the second («готовится закрыть два пункта пересечения
    границы ..., после случаев, когда воздушные шары залетали в Литву»: «пункта» and «шары» both on «залетали»): the
    first, where a verb stands between the two and the nearest verb before it has no object, is that verb's object."""
    heads, rels = list(heads), list(rels)
    n = len(heads)
    for v in range(n):
        subjects = [j for j in range(v) if heads[j] == v and rels[j] == "nsubj"]
        if len(subjects) < 2:
            continue
        k = subjects[0]
        u = next((j for j in range(k - 1, -1, -1) if pos[j] == "VERB"), None)
        if u is None or any(heads[j] == u and rels[j] in ("obj", "nsubj:pass") for j in range(n)) \
                or not any(pos[j] in ("VERB", "AUX") for j in range(k + 1, subjects[1])):
            continue  # (two subjects in one clause, «Литва и Латвия»: a list the parse did not coordinate)
        heads[k], rels[k] = u, "obj"
        if _loops(heads, k):
            heads[k], rels[k] = v, "nsubj"
    return heads, rels


def marked_subjects(heads: list[int], rels: list[str], pos: Sequence[str],
                    feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """A subordinate clause's conjunction and subject that slovnet hangs on the main verb before them («продлили
    запрет после того, как Еврокомиссия не стала продлевать ограничения»: «как» and «Еврокомиссия» on
    «продлили»): where a subject follows its verb after a `mark` of that verb and a comma, and a finite verb
    after the subject has no subject of its own and agrees with it in number, both go to that verb."""
    heads, rels = list(heads), list(rels)
    n = len(heads)
    for k in range(n):
        v = heads[k]
        if rels[k] not in ("nsubj", "nsubj:pass") or v >= k:
            continue
        marks = [m for m in range(v + 1, k) if heads[m] == v and rels[m] == "mark"]
        if not marks or not any(pos[c] == "PUNCT" for c in range(v + 1, marks[0])):
            continue
        w = next((j for j in range(k + 1, n) if _finite(pos, feats, j)), None)
        if w is None or _has_subject(heads, rels, w) \
                or feats[w].get("Number") not in (None, feats[k].get("Number")):
            continue
        _rehang_all(heads, rels, [(k, w, rels[k]), *((m, w, rels[m]) for m in marks)])
    return heads, rels


def verb_conjunct_objects(heads: list[int], rels: list[str], pos: Sequence[str],
                          feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """An accusative noun slovnet makes a conjunct or a bare noun modifier of the verb before it, with no coordinator
    or preposition of its own and the verb without an object («пообещал Казахстану финансовую помощь и субсидии»:
    «помощь» a `conj` or an `nmod` of «пообещал»), is the verb's object."""
    rels = list(rels)
    n = len(heads)
    for k in range(n):
        v = heads[k]
        if rels[k] not in ("conj", "nmod") or pos[k] != "NOUN" or feats[k].get("Case") != "Acc" or v >= k \
                or pos[v] not in ("VERB", "AUX") or any(heads[j] == k and rels[j] in ("cc", "case") and j < k for j in range(n)) \
                or any(heads[j] == v and rels[j] == "obj" for j in range(n)) or pos[k - 1] == "PUNCT":
            continue
        rels[k] = "obj"
    return heads, rels


def stray_conjuncts(heads: list[int], rels: list[str], words: Sequence[str], pos: Sequence[str],
                    feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """The subject of a main clause that slovnet coordinates with the last noun of a clause before
    it («Если Россия нападёт на Украину, Евросоюз и США введут санкции»: «Евросоюз» a conjunct of
    «Украину»): a nominative conjunct after a comma, of a noun in another case in a subordinate clause
    (with its conjunction) on the next finite verb, or made its head, becomes the subject of that verb where it has none and agrees with it in
    number; the nominatives coordinated with it before that verb become its conjuncts."""
    n = len(heads)
    heads, rels = list(heads), list(rels)
    for k in range(1, n):
        h = heads[k]
        if rels[k] != "conj" or words[k - 1] != "," or pos[k] not in ("NOUN", "PROPN") \
                or feats[k].get("Case") != "Nom" or h >= k or feats[h].get("Case") in (None, "Nom"):
            continue
        v = next((j for j in range(k + 1, n) if _finite(pos, feats, j)), None)
        if v is not None and rels[v] in ("aux", "aux:pass", "cop") and heads[v] > v:
            v = heads[v]  # («поставки будут сокращены»: the auxiliary's verb)
        if v is None or heads[v] == k or _has_subject(heads, rels, v):
            continue
        c = h  # the clause of the noun: a subordinate clause before that verb («Если ..., »), on it or its head
        while c != heads[c] and pos[c] not in ("VERB", "AUX"):
            c = heads[c]
        if c > k or not (heads[c] == v or heads[v] == c) or not any(
                heads[j] == c and rels[j] == "mark" for j in range(c)):
            continue  # (not a list of names in a main clause: «с Токаевым, Лукашенко и ...»)
        group = [j for j in range(k + 1, v) if heads[j] == h and rels[j] == "conj" and feats[j].get("Case") == "Nom"]
        own = any(heads[j] == k and rels[j] == "conj" for j in range(k + 1, v))  # («Латвия и Эстония»)
        number = "Plur" if group or own else feats[k].get("Number")
        if feats[v].get("Number") not in (None, number):
            continue
        if _loops([v if j == k else x for j, x in enumerate(heads)], k):
            continue  # (the verb inside the conjunct's own phrase)
        heads[k], rels[k] = v, "nsubj"
        for j in group:
            heads[j] = k
    return heads, rels


_RELATIVE = frozenset(("который", "которая", "которое", "которые"))
_TOGETHER = frozenset(("вместе", "совместно"))


def accompanied_subjects(heads: list[int], rels: list[str], words: Sequence[str],
                         feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """A subject's company before its verb («Польша вместе с Литвой и Латвией рассматривает ...»: slovnet
    hangs «Литвой» on the adverb «вместе», an adverbial of the verb) acts with the subject: the instrumental
    of «вместе с» / «совместно с» that stands between a subject and its verb becomes that subject's
    conjunct, the adverb its coordinator. (After the verb, «провела учения вместе с Литвой», it is a partner.)"""
    heads, rels = list(heads), list(rels)
    for t, w in enumerate(words):
        v = heads[t]
        if w.lower() not in _TOGETHER or rels[t] != "advmod" or v <= t:
            continue
        subj = next((j for j in range(t) if heads[j] == v and rels[j] in ("nsubj", "nsubj:pass")), None)
        mate = next((j for j in range(t + 1, v) if heads[j] == t and feats[j].get("Case") == "Ins"
                     and any(heads[c] == j and rels[c] == "case" and words[c].lower() in ("с", "со")
                             for c in range(t + 1, j))), None)
        if subj is None or mate is None:
            continue
        _rehang_all(heads, rels, [(mate, subj, "conj"), (t, mate, "cc")])
    return heads, rels


def _loops(heads: Sequence[int], i: int) -> bool:
    """The chain of heads from `i` comes back to `i` (the root heads itself)."""
    seen = {i}
    j = heads[i]
    while heads[j] != j:
        if j in seen:
            return True
        seen.add(j)
        j = heads[j]
    return j == i and heads[i] != i


def _rehang(heads: list[int], k: int, new: int) -> bool:
    """Hang word `k` on `new`, unless that makes a loop (then `k` keeps its head): whether it moved."""
    old, heads[k] = heads[k], new
    if _loops(heads, k):
        heads[k] = old
        return False
    return True


def _rehang_all(heads: list[int], rels: list[str], moves: Sequence[tuple[int, int, str]]) -> bool:
    """Hang each word `k` of `moves` on its new head with its new relation, unless that makes a loop (then none
    moves): whether they moved."""
    old = [(k, heads[k], rels[k]) for k, _, _ in moves]
    for k, new, rel in moves:
        heads[k], rels[k] = new, rel
    if any(_loops(heads, k) for k, _, _ in moves):
        for k, h, r in reversed(old):
            heads[k], rels[k] = h, r
        return False
    return True


def loose_relatives(heads: list[int], rels: list[str], words: Sequence[str],
                    pos: Sequence[str]) -> tuple[list[int], list[str]]:
    """A relative clause slovnet leaves loose on the main verb («..., заявил Сергей Лавров, который в пятницу
    провёл переговоры с ...»: «провёл» a `dep` of the root) hangs on the noun before its comma: a verb whose
    subject is the relative pronoun «который» right after a comma, attached by no clause relation of a
    relative, becomes an `acl:relcl` of the name or noun that ends before that comma (its phrase's head)."""
    heads, rels = list(heads), list(rels)
    for r, w in enumerate(words):
        v = heads[r]
        if r < 2 or w.lower() not in _RELATIVE or words[r - 1] != "," or rels[r] not in ("nsubj", "nsubj:pass") \
                or rels[v] in ("acl:relcl", "acl") or pos[r - 2] not in ("NOUN", "PROPN"):
            continue
        n = r - 2
        while rels[n] in ("flat:name", "flat", "appos") and heads[n] < n:
            n = heads[n]  # («Сергей Лавров»: the name's first word heads it)
        old = heads[v], rels[v]
        heads[v], rels[v] = n, "acl:relcl"
        if _loops(heads, v):
            heads[v], rels[v] = old
    return heads, rels


def crossing_obliques(heads: list[int], rels: list[str], pos: Sequence[str]) -> tuple[list[int], list[str]]:
    """An oblique that slovnet hangs on a verb across a clause of that verb standing between them («ответит,
    если Евросоюз введёт против Белоруссии санкции»: «против Белоруссии» on «ответит», across «введёт»
    whose object «санкции» follows it) belongs to that clause: an `obl` whose arc from an earlier head crosses
    the arc of a verb between them (a dependent of that head) to a dependent after the oblique is hung on
    that verb."""
    heads, rels = list(heads), list(rels)
    for k in range(len(heads)):
        h = heads[k]
        if rels[k] != "obl" or h >= k:
            continue
        v = next((j for j in range(k - 1, h, -1) if heads[j] == h and pos[j] in ("VERB", "AUX")
                  and rels[j] in ("advcl", "ccomp", "conj", "parataxis")
                  and any(heads[d] == j and d > k for d in range(k + 1, len(heads)))), None)
        if v is None:
            continue
        _rehang(heads, k, v)
    return heads, rels


def crossing_genitives(heads: list[int], rels: list[str], pos: Sequence[str],
                       feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """A noun's genitive or «со стороны» phrase that slovnet hangs on a noun before a later clause's finite verb,
    across that verb («провёл встречу ..., за что подвергся критике со стороны Украины»: «Украины» on «встречу»;
    «..., заявили в Департаменте полиции и погранохраны Эстонии»: «Эстонии» on a noun of the reported clause),
    belongs to the nearest noun before it inside that verb's clause: an `nmod` whose arc from an earlier noun crosses
    a finite verb that does not govern it is hung on the last noun between that verb and it."""
    heads, rels = list(heads), list(rels)
    nouns = ("NOUN", "PROPN")
    for k in range(len(heads)):
        h = heads[k]
        if rels[k] != "nmod" or h >= k or pos[h] not in nouns or pos[k] not in nouns:
            continue
        v = next((j for j in range(k - 1, h, -1) if _finite(pos, feats, j) and heads[j] != j), None)
        if v is None or _governs(heads, v, k):
            continue
        n = next((j for j in range(k - 1, v, -1) if pos[j] in nouns and _governs(heads, v, j)), None)
        if n is None:
            continue
        _rehang(heads, k, n)
    return heads, rels


_WHICH = frozenset(("что", "чего", "чему", "чем", "чём"))


def sentential_relatives(heads: list[int], rels: list[str], words: Sequence[str], pos: Sequence[str],
                         feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """A clause on the clause before it opened by «за что», «после чего», «в результате чего» (a prepositional
    «что» before its verb) with no subject of its own («Сийярто встретился с Лавровым, за что подвергся критике»)
    tells more of that clause's subject: the verb, which slovnet hangs on the verb before as a `parataxis`, becomes
    that verb's conjunct (a subjectless conjunct shares its head's subject), where the two agree in number."""
    heads, rels = list(heads), list(rels)
    for v in range(len(heads)):
        h = h0 = heads[v]
        r0 = rels[v]
        if rels[v] == "acl:relcl" and h < v and pos[h] in ("NOUN", "PROPN") and heads[h] < h:
            h = heads[h]  # (or as a relative clause on the noun before it: «провёл переговоры, за что ...»)
        elif rels[v] != "parataxis":
            continue
        if h >= v or not _finite(pos, feats, v) or not _finite(pos, feats, h) \
                or _has_subject(heads, rels, v) or not _has_subject(heads, rels, h) \
                or feats[v].get("Number") != feats[h].get("Number"):
            continue
        which = next((j for j in range(h + 1, v) if heads[j] == v and pos[j] == "PRON" and words[j].lower() in _WHICH
                      and rels[j] == "obl" and any(heads[c] == j and rels[c] == "case" for c in range(j))), None)
        if which is not None and words[min(c for c in range(len(heads)) if heads[c] == which or c == which) - 1] == ",":
            heads[v], rels[v] = h, "conj"
            if _loops(heads, v):
                heads[v], rels[v] = h0, r0
    return heads, rels


def _governs(heads: Sequence[int], v: int, k: int) -> bool:
    """Word v is k or one of k's heads."""
    seen = set()
    while k != v and k not in seen and heads[k] != k:
        seen.add(k)
        k = heads[k]
    return k == v


def stranded_gerunds(heads: list[int], rels: list[str], words: Sequence[str], pos: Sequence[str],
                     feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """A gerund after a comma that slovnet hangs on a verb before the clause it follows («..., заявил Байден,
    пригрозив Москве санкциями»: «пригрозив» on the reported verb, not on «заявил»; «Финляндия подала заявку, а
    Турция пригрозила ..., обвинив Стокгольм»: on «подала») is that clause's: its subject is the one of the last
    finite verb before it. Where the nearest finite verb before the gerund is a `parataxis` or `conj` of the
    gerund's head or of a verb above it, the gerund is hung on that verb."""
    heads, rels = list(heads), list(rels)
    for g in range(1, len(heads)):
        h = heads[g]
        if rels[g] != "advcl" or feats[g].get("VerbForm") != "Conv" or words[g - 1] != "," or h >= g:
            continue
        v = next((j for j in range(g - 1, h, -1) if _finite(pos, feats, j)),
                 None)
        own = v is not None and any(heads[j] == v and rels[j] == "nsubj" for j in range(len(heads)))
        # (a reporting clause naming the speaker's seat, «..., заявили в пограничной службе Украины, призвав ...»:
        # the gerund is the speaker's; the seat's preposition may stand before its adjectives)
        seat = v is not None and feats[v].get("Number") == "Plur" and not own and any(
            heads[j] == v and rels[j] == "obl" and any(heads[c] == j and rels[c] == "case" and words[c].lower() in ("в", "во")
                                                      for c in range(j)) for j in range(1, len(heads)))
        if v is None and rels[h] == "xcomp" and feats[h].get("VerbForm") == "Inf" and heads[h] < h \
                and feats[heads[h]].get("VerbForm") == "Fin":
            # («пригрозила закрыть небо, обвинив Москву ...»: on the infinitive the threat governs, read as its content)
            heads[g] = heads[h]
            continue
        if v is None or not (rels[v] == "conj" and own or rels[v] == "parataxis" and seat):
            continue
        above = h  # the verb's head must be the gerund's head or above it (the same sentence's spine)
        while above != heads[above] and above != heads[v]:
            above = heads[above]
        if above != heads[v]:
            continue
        if not _rehang(heads, g, v):
            continue
        for c in range(g + 1, len(heads)):  # («..., пригрозив мерами, если Вильнюс не изменит решение»: its condition)
            if heads[c] == h and rels[c] == "advcl" and any(heads[m] == c and rels[m] == "mark" for m in range(g, c)):
                _rehang(heads, c, g)
    return heads, rels


def gerunds_before_conjuncts(heads: list[int], rels: list[str], feats: Sequence[dict[str, str]]
                             ) -> tuple[list[int], list[str]]:
    """A gerund that slovnet hangs on the next clause's verb, across that clause's coordinator and subject («вышли на
    улицы Минска, протестуя против фальсификации, а ОМОН применил ...»: «протестуя» on «применил») belongs to the
    verb before it that the next clause is coordinated with."""
    heads = list(heads)
    n = len(heads)
    for g in range(1, n):
        v = heads[g]
        if rels[g] != "advcl" or feats[g].get("VerbForm") != "Conv" or v <= g or rels[v] != "conj" or heads[v] >= g:
            continue
        between = range(g + 1, v)
        if any(heads[j] == v and rels[j] == "cc" for j in between) \
                and any(heads[j] == v and rels[j] in ("nsubj", "nsubj:pass") for j in between):
            _rehang(heads, g, heads[v])
    return heads, rels


def bare_animate_objects(heads: list[int], rels: list[str], pos: Sequence[str],
                         feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """An animate noun after a verb that slovnet makes a bare oblique, in the genitive that the animate accusative
    looks like, with no preposition («принял в Минске спецпосланника президента США»: «спецпосланника» an `obl`),
    is the object of that verb where the verb has none."""
    rels = list(rels)
    n = len(heads)
    for k in range(n):
        v = heads[k]
        if rels[k] != "obl" or pos[k] not in ("NOUN", "PROPN") or v >= k or pos[v] != "VERB" \
                or feats[k].get("Animacy") != "Anim" or feats[k].get("Case") not in ("Gen", "Acc") \
                or any(heads[j] == k and rels[j] == "case" for j in range(n)) \
                or feats[v].get("Voice") == "Pass" or any(heads[j] == v and rels[j] == "obj" for j in range(n)):
            continue
        rels[k] = "obj"
    return heads, rels


def split_names(heads: list[int], rels: list[str], words: Sequence[str], pos: Sequence[str],
                feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """Two names in one case joined by «и» that slovnet splits, hanging the second on a noun after it
    («Подписание Алиевым и Пашиняном декларации»: «Пашиняном» an `amod` of «декларации») are coordinated: the
    second is a conjunct of the first, «и» its `cc`."""
    heads, rels = list(heads), list(rels)
    for a in range(len(heads) - 2):
        b = a + 2
        if pos[a] != "PROPN" or pos[b] != "PROPN" or words[a + 1].lower() != "и" or heads[b] in (a, b) \
                or not feats[a].get("Case") or feats[a].get("Case") != feats[b].get("Case") \
                or feats[a].get("Case") == "Nom" or heads[b] < b or heads[a] == b:
            continue
        old = (heads[b], rels[b], heads[a + 1], rels[a + 1])
        heads[b], rels[b], heads[a + 1], rels[a + 1] = a, "conj", b, "cc"
        if _loops(heads, b) or _loops(heads, a + 1):
            heads[b], rels[b], heads[a + 1], rels[a + 1] = old
    return heads, rels


def stray_subject_lists(heads: list[int], rels: list[str], words: Sequence[str], pos: Sequence[str],
                        feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """Nominative nouns after a comma that slovnet makes conjuncts of an oblique noun before it, where a finite
    verb with no subject follows them («... осуждающей ее вторжение в Грузию, Китай и Индия воздержались»:
    «Китай», «Индия» conjuncts of «Грузию»): they are that verb's subject, the first its `nsubj`, the others its
    conjuncts."""
    heads, rels = list(heads), list(rels)
    n = len(heads)
    for k in range(1, n):
        h = heads[k]
        if rels[k] != "conj" or h >= k or pos[k] not in ("PROPN", "NOUN") or feats[k].get("Case") != "Nom" \
                or feats[h].get("Case") in (None, "Nom") or words[k - 1] != ",":
            continue
        rest = [j for j in range(k + 1, n) if heads[j] == h and rels[j] == "conj" and pos[j] in ("PROPN", "NOUN")
                and feats[j].get("Case") == "Nom"]
        last = rest[-1] if rest else k
        v = last + 1
        if v >= n or not _finite(pos, feats, v) or _has_subject(heads, rels, v) \
                or rest and feats[v].get("Number") == "Sing":
            continue
        old = (list(heads), list(rels))
        heads[k], rels[k] = v, "nsubj"
        for j in rest:
            heads[j] = k
        if any(_loops(heads, j) for j in (k, *rest)):
            heads, rels = old
    return heads, rels


def crossed_subjects(heads: list[int], rels: list[str],
                     feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """Subjects of two clauses in a row that slovnet crosses («Переговоры ... не закончились, поставки
    ... приостановлены»: «Переговоры» the subject of the second verb, «поставки» of the first): where the
    first verb's subject stands after it, before the second verb, and the second verb's subject before the
    first verb, each is given (with that verb's subject label) to the verb it precedes, if both then agree
    with their verbs in number."""
    heads, rels = list(heads), list(rels)
    subj = ("nsubj", "nsubj:pass")
    for a in range(len(heads)):  # the subject before both verbs
        v2 = heads[a]
        if rels[a] not in subj or v2 <= a:
            continue
        for b in range(a + 1, v2):  # the subject after the first verb
            v1 = heads[b]
            if rels[b] not in subj or not a < v1 < b < v2:
                continue
            if feats[a].get("Number") == feats[v1].get("Number") and feats[b].get("Number") == feats[v2].get("Number"):
                heads[a], heads[b] = v1, v2
                if _loops(heads, a) or _loops(heads, b):  # (a verb inside the other subject's phrase)
                    heads[a], heads[b] = v2, v1
                else:
                    rels[a], rels[b] = rels[b], rels[a]
            break
    return heads, rels


def tree(heads: list[int], rels: list[str]) -> tuple[list[int], list[str]]:
    """A well-formed tree from slovnet's per-token choices, which are made independently and
    can point at themselves, name several roots or close a cycle: one root (the first token
    labelled `root`, else the first token that heads itself), and every other token whose
    head is missing or whose chain of heads loops is attached to that root."""
    n = len(heads)
    heads = [h if 0 <= h < n else -1 for h in heads]
    root = next((i for i in range(n) if rels[i] == "root" or heads[i] in (-1, i)), 0)
    out_heads = list(heads)
    out_rels = list(rels)
    for i in range(n):
        if i != root and (out_heads[i] in (-1, i) or out_rels[i] == "root"):
            out_heads[i] = root
            out_rels[i] = "dep" if out_rels[i] == "root" else out_rels[i]
    out_heads[root] = root
    out_rels[root] = "ROOT"
    for i in range(n):  # break cycles: walk up; a walk that revisits a token never reaches root
        seen = set()
        j = i
        while j != root and j not in seen:
            seen.add(j)
            j = out_heads[j]
        if j != root:
            out_heads[j] = root
    return out_heads, out_rels


def _subtree_has(heads: Sequence[int], top: int, k: int) -> bool:
    """Word k is `top` or stands under it."""
    j = k
    for _ in range(len(heads)):
        if j == top:
            return True
        if heads[j] == j:
            return False
        j = heads[j]
    return False


def adjacent_conjuncts(heads: list[int], rels: list[str], words: Sequence[str], pos: Sequence[str],
                       feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """A conjunct joined by «и» that slovnet coordinates with a noun before the one right before «и», in another case
    («В Ново-Огарево Путин и Лукашенко обсудили ...»: «Лукашенко» a conjunct of the indeclinable place «Ново-Огарево»,
    not of the subject «Путин»): where the noun right before «и» shares the conjunct's case and the noun it hangs on
    does not, it is coordinated with the noun right before «и»."""
    heads, rels = list(heads), list(rels)
    nominal = ("NOUN", "PROPN")
    for k in range(2, len(heads)):
        h, j = heads[k], k - 2
        if rels[k] != "conj" or words[k - 1].lower() != "и" or pos[k] not in nominal or pos[j] not in nominal \
                or h >= j or heads[j] == k:
            continue
        case = feats[k].get("Case")
        if case is None or feats[j].get("Case") != case or feats[h].get("Case") == case:
            continue
        _rehang(heads, k, j)
    return heads, rels


def forward_modifiers(heads: list[int], rels: list[str], words: Sequence[str],
                      pos: Sequence[str]) -> tuple[list[int], list[str]]:
    """A prepositional phrase after a noun or a verb that slovnet hangs on a word of a later clause, across a comma
    («закрыл границу с Беларусью после того, как ... залетели десятки метеозондов»: «с Беларусью» on «метеозондов»;
    «отозвали послов из Минска после того, как власти потребовали»: «из Минска» on «потребовали»): a noun's modifier
    stands after its noun, so it is that of the noun right before its preposition; an oblique is that of the verb
    before it in its own stretch (no comma between)."""
    heads, rels = list(heads), list(rels)
    n = len(heads)
    for k in range(2, n):
        h = heads[k]
        if rels[k] not in ("nmod", "obl") or h <= k or not any(words[j] in (",", ";", "—") for j in range(k + 1, h)):
            continue
        p = next((j for j in range(k) if heads[j] == k and rels[j] == "case"), None)
        if p is None or p == 0 or any(heads[j] != k for j in range(p, k)):
            continue
        if rels[k] == "nmod":
            g = p - 1 if pos[p - 1] in ("NOUN", "PROPN") else None
        else:
            g = next((j for j in range(p - 1, -1, -1) if pos[j] == "VERB" or words[j] in (",", ";", "—")), None)
            g = g if g is not None and pos[g] == "VERB" else None
        if g is None:
            continue
        _rehang(heads, k, g)
    return heads, rels


_THAT = frozenset(("что", "чтобы"))


def content_subjects(heads: list[int], rels: list[str], words: Sequence[str], pos: Sequence[str],
                     feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """The subject of a «что» clause that slovnet makes the object of the verb of saying before it («Лукашенко
    объявил, что Беларусь и Россия договорились ...»: «Беларусь» the object of «объявил», «что» hung on a verb far
    on): a nominative noun between «, что» and the clause's first finite verb, hung on a word before the comma,
    is the subject of that verb where the verb has none and agrees with it in number (plural with conjuncts); the
    «что» goes to that verb."""
    heads, rels = list(heads), list(rels)
    n = len(heads)
    for m in range(1, n):
        if words[m].lower() not in _THAT or words[m - 1] != "," or pos[m] != "SCONJ":
            continue
        f = next((j for j in range(m + 1, n) if _finite(pos, feats, j)), None)
        if f is None or _has_subject(heads, rels, f) or any(words[j] in (",", ";") for j in range(m + 1, f)):
            continue
        k = next((j for j in range(m + 1, f) if pos[j] in ("NOUN", "PROPN") and heads[j] < m
                  and feats[j].get("Case") == "Nom" and rels[j] in ("obj", "nsubj", "iobj", "nmod", "conj")), None)
        if k is None:
            continue
        plural = any(heads[c] == k and rels[c] == "conj" for c in range(k + 1, f))
        if feats[f].get("Number") not in (None, "Plur" if plural else feats[k].get("Number")):
            continue
        _rehang_all(heads, rels, [(k, f, "nsubj"), (m, f, "mark")])
    return heads, rels


def subjects_before_their_verb(heads: list[int], rels: list[str], words: Sequence[str], pos: Sequence[str],
                               feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """A subject right before its finite verb that slovnet gives to another verb: one inside that verb's clauses
    («..., а премьер Ингрида Шимоните обвинила Минск ..., заявив, что режим ... использует»: «премьер» the subject of
    «использует»), or the verb of the clause before the comma («Минск не согласовал контракт, и с 1 января российские
    компании прекратили отгрузки»: «компании» the subject of «согласовал»): where only the subject's own words stand
    between it and a subjectless finite verb, agreeing with it in number, it is that verb's subject."""
    heads, rels = list(heads), list(rels)
    n = len(heads)
    for k in range(n):
        w = heads[k]
        if rels[k] != "nsubj" or w == k or pos[k] not in ("NOUN", "PROPN"):
            continue
        v = next((j for j in range(k + 1, n) if not _subtree_has(heads, k, j)), None)
        if v is None or v == w or not _finite(pos, feats, v) or _has_subject(heads, rels, v) \
                or feats[v].get("Number") not in (None, feats[k].get("Number")):
            continue
        if w > k and not _subtree_has(heads, v, w):
            continue
        if w < k and not any(words[j] in (",", ";") for j in range(w + 1, k)):
            continue  # («заявил министр»: a subject after its own verb)
        _rehang(heads, k, v)
    return heads, rels


def gerund_objects(heads: list[int], rels: list[str], words: Sequence[str],
                   feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """The object of a gerund that opens a sentence, hung by slovnet on the main verb after the comma («Подписав в
    пятницу 28 союзных программ, Путин и Лукашенко сделали ...»: «программ» the object of «сделали»): an object
    before a comma whose verb stands after it belongs to the gerund before it in its stretch (no comma between)."""
    heads, rels = list(heads), list(rels)
    for k in range(1, len(heads)):
        v = heads[k]
        if rels[k] != "obj" or v <= k or not any(words[j] == "," for j in range(k + 1, v)):
            continue
        g = next((j for j in range(k - 1, -1, -1) if feats[j].get("VerbForm") == "Conv" or words[j] == ","), None)
        if g is None or words[g] == "," or any(heads[j] == g and rels[j] == "obj" for j in range(len(heads))):
            continue
        _rehang(heads, k, g)
    return heads, rels


def gerund_stretches(heads: list[int], rels: list[str], words: Sequence[str],
                     feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """Words of a gerund's stretch that slovnet hangs on a verb past the comma closing it («Подписав в пятницу в
    Минске вместе с Лукашенко документ о гарантиях безопасности, Путин заявил, что комплекс будет размещён ...»:
    «вместе» and «документ» on «размещён», the latter as a second passive subject) belong to the gerund: between a
    gerund that opens the sentence and the first comma after it, an object, oblique or adverb hung past that comma
    goes to the gerund, and so does a subject where the verb it hangs on has another subject (a gerund that has its
    own object takes no second one)."""
    heads, rels = list(heads), list(rels)
    n = len(heads)
    g = next((j for j in range(n) if feats[j].get("VerbForm") == "Conv"), None)
    if g is None or any(words[j] == "," for j in range(g)):
        return heads, rels
    c = next((j for j in range(g + 1, n) if words[j] == ","), None)
    if c is None:
        return heads, rels
    subj = ("nsubj", "nsubj:pass")
    for k in range(g + 1, c):
        v = heads[k]
        if v <= c:
            continue
        if rels[k] in ("obj",) + subj and any(heads[j] == g and rels[j] == "obj" for j in range(n)):
            continue
        if rels[k] in subj and not any(heads[j] == v and rels[j] in subj and j != k for j in range(n)):
            continue
        if rels[k] not in ("obj", "obl", "advmod", "iobj") + subj:
            continue
        if _rehang(heads, k, g) and rels[k] in subj:
            rels[k] = "obj"
    return heads, rels


def inner_parentheticals(heads: list[int], rels: list[str], words: Sequence[str],
                         pos: Sequence[str]) -> tuple[list[int], list[str]]:
    """A parenthetical «как»-clause set off by commas inside a phrase that slovnet hangs on the main verb («закроет
    переход, объяснив это ростом попыток, организованных, как считают в Риге, белорусскими спецслужбами»: «считают»
    on «закроет», making the closure an opinion): where the phrase it interrupts goes on after its closing comma,
    hung on a word before its opening comma that is nearer than the verb it hangs on, it belongs to that word."""
    heads, rels = list(heads), list(rels)
    n = len(heads)
    for p in range(2, n):
        h = heads[p]
        if pos[p] not in ("VERB", "AUX") or h >= p:
            continue
        m = p - 1
        if words[m].lower() != "как" or rels[m] != "mark" or heads[m] != p or words[m - 1] != ",":
            continue
        opening = m - 1
        closing = next((j for j in range(p + 1, n) if words[j] == "," and heads[j] == p), None)
        if closing is None or closing + 1 >= n:
            continue
        a = closing + 1
        for _ in range(n):  # up to the word of the interrupted phrase that hangs before the parenthetical
            if heads[a] == a or heads[a] < opening:
                break
            a = heads[a]
        g = heads[a]
        if g == a or g >= opening or g <= h or g == p:
            continue
        _rehang(heads, p, g)
    return heads, rels


def subjects_before_gerunds(heads: list[int], rels: list[str], words: Sequence[str], pos: Sequence[str],
                            feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """A subject set off by a gerund clause from its verb that slovnet makes the gerund's object («..., и белорусский
    МИД, вызвав польского поверенного, выразил протест»: «МИД» the object of «вызвав»): an object right before the comma
    that opens its gerund is the subject of the first subjectless finite verb after the gerund's clause."""
    heads, rels = list(heads), list(rels)
    n = len(heads)
    for k in range(n - 2):
        g = heads[k]
        if rels[k] != "obj" or pos[k] not in ("NOUN", "PROPN") or g != k + 2 or words[k + 1] != "," \
                or feats[g].get("VerbForm") != "Conv" or feats[k].get("Case") not in (None, "Nom"):
            continue
        f = next((j for j in range(g + 1, n) if _finite(pos, feats, j) and not _subtree_has(heads, g, j)), None)
        if f is None or _has_subject(heads, rels, f) or feats[f].get("Number") not in (None, feats[k].get("Number")):
            continue
        old = heads[k], rels[k]
        heads[k], rels[k] = f, "nsubj"
        if _loops(heads, k):
            heads[k], rels[k] = old
    return heads, rels


def clauses_before_conjunctions(heads: list[int], rels: list[str], words: Sequence[str], pos: Sequence[str],
                                feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """A main clause that slovnet makes the content clause of the verb of the next clause, joined to it by «, и» or
    «, а» («Польша продлила ограничения ..., и белорусский МИД ... выразил протест»: «продлила» a `ccomp` of
    «выразил»): with a subject of its own and no conjunction of a content clause, it is the first clause, the later
    verb its conjunct."""
    heads, rels = list(heads), list(rels)
    n = len(heads)
    for f in range(n):
        r = heads[f]
        if rels[f] != "ccomp" or r <= f or not _finite(pos, feats, f) or not _has_subject(heads, rels, f) \
                or any(heads[j] == f and rels[j] == "mark" for j in range(n)):
            continue
        cc = next((j for j in range(f + 1, r) if heads[j] == r and rels[j] == "cc" and words[j].lower() in ("и", "а")
                   and words[j - 1] == ","), None)
        if cc is None:
            continue
        # (verbs the parse coordinated with the first clause past the later verb are its)
        later = [(j, r, "conj") for j in range(r + 1, n) if heads[j] == f and rels[j] == "conj" and pos[j] in ("VERB", "AUX")]
        _rehang_all(heads, rels, [(f, f if heads[r] == r else heads[r], rels[r]), (r, f, "conj"), *later])
    return heads, rels


def subjects_after_conjunctions(heads: list[int], rels: list[str], words: Sequence[str], pos: Sequence[str],
                                feats: Sequence[dict[str, str]]) -> tuple[list[int], list[str]]:
    """The subject of a clause opened by «, и» / «, а» that slovnet coordinates with the last noun of the clause before
    («Беларусь стала членом ШОС, и Си Цзиньпин поздравил Лукашенко»: «Си» a conjunct of «членом»): a nominative
    conjunct right after the coordinator of the next finite verb, of a noun in another case, is that verb's subject
    where it has none and agrees with it in number."""
    heads, rels = list(heads), list(rels)
    n = len(heads)
    for k in range(2, n):
        h, c = heads[k], k - 1
        if rels[k] != "conj" or pos[k] not in ("NOUN", "PROPN") or h >= k or words[c - 1] != "," \
                or words[c].lower() not in ("и", "а") or feats[k].get("Case") != "Nom" \
                or feats[h].get("Case") in (None, "Nom"):
            continue
        f = heads[c]
        if f <= k or not _finite(pos, feats, f) or _has_subject(heads, rels, f) \
                or feats[f].get("Number") not in (None, feats[k].get("Number")):
            continue
        old = heads[k], rels[k]
        heads[k], rels[k] = f, "nsubj"
        if _loops(heads, k):
            heads[k], rels[k] = old
    return heads, rels
