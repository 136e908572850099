"""Plain records passed from one pipeline stage to the next.

Every stage takes and returns these; none of them knows about the store or the web.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

EVENT_STATUSES = ("occurred", "planned", "forecast", "denied", "hypothetical")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
DATE_GRANULARITIES = ("day", "month", "year")


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hex id that depends only on its parts, so re-runs give the same ids."""
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode())
    return digest.hexdigest()[:length]


def event_stable_id(document_id: str, sentence_idx: int, ev: Event) -> str:
    """The stored id of an event: its provenance and codes (shared by store and figures)."""
    return stable_id(document_id, sentence_idx, ev.start, ev.end, ev.source, ev.target,
                     ev.type, ev.cameo, ev.status)


@dataclass(frozen=True)
class RawInput:
    """Bytes as fetched or read, before any cleaning."""

    location: str  # a path or URL, as the user named it
    data: bytes
    content_type: str | None = None  # from HTTP headers, when there were any
    kind: str = "auto"  # "html", "text", "feed" or "auto" (guess from name and bytes)
    hint_title: str | None = None  # e.g. from a feed entry
    hint_date: str | None = None
    hint_url: str | None = None


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class CleanDocument:
    """A cleaned document: main text and metadata; `paragraphs` are offsets into `text`."""

    location: str
    text: str
    url: str | None = None
    site: str | None = None
    title: str | None = None
    author: str | None = None
    pub_date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    pub_date_granularity: str | None = None  # day | month | year
    lang: str = "en"
    paragraphs: list[Span] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def doc_id(self) -> str:
        return self.content_hash[:16]


@dataclass
class Sentence:
    """A sentence with its offsets into the document's clean text."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0
    lang: str = "en"


@dataclass
class Event:
    """One coded event. `start`/`end` are offsets of the trigger in the sentence text."""

    source: str | None
    target: str | None
    type: str
    cameo: str
    status: str = "occurred"
    source_sector: str | None = None
    source_text: str | None = None
    target_text: str | None = None
    target_sector: str | None = None
    mode: str | None = None
    goldstein: float | None = None
    quad: int | None = None
    date: str | None = None
    date_granularity: str | None = None
    trigger: str | None = None
    start: int = 0
    end: int = 0
    location: str | None = None
    confidence: float | None = None  # the learned coder's probability; None from the tree coder

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CodedSentence:
    sentence: Sentence
    events: list[Event] = field(default_factory=list)


@dataclass
class CodedDocument:
    """What the pipeline hands to the store for one document."""

    document: CleanDocument
    sentences: list[Sentence]
    events: list[tuple[int, Event]]  # (sentence index, event)
    extras: dict[str, Any] = field(default_factory=dict)  # figures, judgments, ...
