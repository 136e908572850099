"""Event coder: who did what to whom, when, and with which status.

Public entry points:

* ``code_document(doc, sentences, dictionary_dirs=(), readings=None)`` ->
  ``[(sentence.index, Event), ...]`` (``readings``: a dict that receives each sentence's
  ``nlp.reading.SentenceReading``, for the figures stage)
* ``code_text(text, pub_date=None, lang="en", dictionary_dirs=())`` -> ``[Event, ...]``

Event ``start``/``end`` are offsets of the trigger in the sentence text.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dyadwatch.model import CleanDocument, Event, Sentence

if TYPE_CHECKING:
    from dyadwatch.nlp.reading import SentenceReading

__all__ = ["CODER_LANGUAGES", "code_document", "code_text", "text_language"]

CODER_LANGUAGES = ("en", "ru", "be")  # languages with patterns under coder/lang/


def code_document(doc: CleanDocument, sentences: list[Sentence],
                  dictionary_dirs: Sequence[Path] = (),
                  readings: dict[int, SentenceReading] | None = None) -> list[tuple[int, Event]]:
    """Code every sentence of a document; in-document coreference is resolved in order.
    `readings`, where given, receives what the coder read in each sentence (its tokens, actor
    names and dates: ``nlp.reading.SentenceReading``) for ``figures.extract_extras``."""
    from dyadwatch.coder.run import code_document as _impl

    return _impl(doc, sentences, dictionary_dirs=dictionary_dirs, readings=readings)


def code_text(text: str, pub_date: str | None = None, lang: str = "en",
              dictionary_dirs: Sequence[Path] = ()) -> list[Event]:
    """Code a short text (one or a few sentences) treated as one document."""
    from dyadwatch.coder.run import code_text as _impl

    return _impl(text, pub_date=pub_date, lang=lang, dictionary_dirs=dictionary_dirs)


def text_language(text: str) -> str:
    """The coder language of a short text: detected, English when unsure or unsupported."""
    from dyadwatch.clean.language import detect_language

    lang = detect_language(text)
    return lang if lang in CODER_LANGUAGES else "en"
