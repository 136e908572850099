"""The pipeline from raw bytes to a coded document ready for the store.

ingest → clean → sentences → event coding → figures/judgments. Pure: no store access,
so the same function runs in-process or on a Dask worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dyadwatch.model import CleanDocument, CodedDocument, RawInput, Sentence


@dataclass(frozen=True)
class PipelineOptions:
    dictionary_dirs: tuple[Path, ...] = ()  # user dictionaries layered over the package's
    lang: str | None = None  # force a language instead of detecting it
    code_events: bool = True
    extras: bool = True  # figures and judgments


def process(raw: RawInput, options: PipelineOptions | None = None) -> CodedDocument:
    """Clean, split, and code one input. Raises InputError for input that cannot be used."""
    from dyadwatch.clean import clean_document
    from dyadwatch.nlp.sentences import split_sentences

    opts = options or PipelineOptions()
    doc = clean_document(raw, lang=opts.lang)
    return code_clean(doc, split_sentences(doc), opts)


def code_clean(doc: CleanDocument, sentences: list[Sentence],
               options: PipelineOptions | None = None) -> CodedDocument:
    """Code an already cleaned and split document (what `recode` runs on stored text)."""
    opts = options or PipelineOptions()
    events = []
    readings: dict = {}  # what the coder read in each sentence, for the figures stage (parse once)
    if opts.code_events:
        from dyadwatch.coder import code_document

        events = code_document(doc, sentences, dictionary_dirs=opts.dictionary_dirs,
                               readings=readings if opts.extras else None)
    extras: dict = {}
    if opts.extras:
        from dyadwatch.figures import extract_extras

        extras = extract_extras(doc, sentences, events, dictionary_dirs=opts.dictionary_dirs,
                                readings=readings)
    return CodedDocument(document=doc, sentences=sentences, events=events, extras=extras)
