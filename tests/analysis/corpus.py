"""Small hand-written corpora for the analysis and output tests.

Documents are stored directly as CodedDocuments (no coder involved): each sentence carries
the events we mean it to have, with CAMEO codes, Goldstein scores and PLOVER types read from
the shared ontology (../shared/ontology/cameo.tsv).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import Engine

from dyadwatch.model import CleanDocument, CodedDocument, Event, Sentence, Span
from dyadwatch.store.documents import save_coded_document
from tests.conftest import SHARED

ONTOLOGY = SHARED / "ontology" / "cameo.tsv"


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, tuple[float | None, str]]:
    out: dict[str, tuple[float | None, str]] = {}
    with ONTOLOGY.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["cameo"] not in out:
                g = row["goldstein"].strip()
                out[row["cameo"]] = (float(g) if g else None, row["plover_type"])
    return out


def quad(cameo: str) -> int:
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@dataclass
class Ev:
    source: str
    target: str
    cameo: str
    trigger: str
    status: str = "occurred"
    date: str | None = None
    source_sector: str | None = "GOV"
    target_sector: str | None = "GOV"
    cameo_type: str | None = None  # the PLOVER type, when not the ontology's for the code


@dataclass
class S:
    text: str
    events: list[Ev] = field(default_factory=list)


def add_doc(engine: Engine, title: str, pub_date: str, sentences: list[S], *,
            site: str = "news.example.org", url: str | None = None, lang: str = "en") -> str:
    """Store one document; returns its id."""
    parts, sents, events, pos = [], [], [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(index=i, start=pos, end=pos + len(s.text), text=s.text))
        for ev in s.events:
            goldstein, ptype = cameo_table()[ev.cameo]
            at = s.text.index(ev.trigger)
            events.append((i, Event(
                source=ev.source, target=ev.target, type=ev.cameo_type or ptype, cameo=ev.cameo,
                source_sector=ev.source_sector, target_sector=ev.target_sector,
                status=ev.status, goldstein=goldstein, quad=quad(ev.cameo), date=ev.date,
                date_granularity="day" if ev.date else None, trigger=ev.trigger,
                start=at, end=at + len(ev.trigger),
            )))
        parts.append(s.text)
        pos += len(s.text) + 1
    text = " ".join(parts)
    slug = title.lower().replace(" ", "-")[:40]
    doc = CleanDocument(location=f"mem://{slug}/{pub_date}", text=text,
                        url=url or f"https://{site}/{pub_date}/{slug}", site=site, title=title,
                        pub_date=pub_date, pub_date_granularity="day", lang=lang,
                        paragraphs=[Span(0, len(text))])
    save_coded_document(engine, CodedDocument(doc, sents, events),
                        ingested_at="2024-01-01T00:00:00+00:00")
    return doc.doc_id


# ISO weeks of 2017: W36 starts 4 Sep, W40 runs 2-8 Oct.
BASE_WEEKS = [("2017-09-05", "2017-09-07"), ("2017-09-12", "2017-09-14"),
              ("2017-09-19", "2017-09-21"), ("2017-09-26", "2017-09-28")]


def cooperative_week(engine: Engine, n: int, days: tuple[str, str]) -> None:
    d1, d2 = days
    add_doc(engine, f"Minsk and Moscow talk trade, round {n}", d1, [
        S(f"Belarusian and Russian deputy prime ministers met in Minsk for trade talks, round {n}.",
          [Ev("BLR", "RUS", "040", "met")]),
        S(f"Russia agreed to extend the oil supply arrangement with Belarus, round {n}.",
          [Ev("RUS", "BLR", "057", "agreed")]),
    ])
    add_doc(engine, f"Union State council convenes, session {n}", d2, [
        S(f"Lukashenka praised the Russian partners for their support at session {n}.",
          [Ev("BLR", "RUS", "051", "praised")]),
        S(f"The two governments signed a customs cooperation protocol at session {n}.",
          [Ev("BLR", "RUS", "061", "signed")]),
    ])


def hostile_week(engine: Engine, n: int, days: tuple[str, str]) -> None:
    d1, d2 = days
    add_doc(engine, f"Moscow accuses Minsk over dairy, episode {n}", d1, [
        S(f"Russia accused Belarus of smuggling sanctioned dairy products, episode {n}.",
          [Ev("RUS", "BLR", "112", "accused")]),
        S(f"Belarus rejected the Russian demand for border checks, episode {n}.",
          [Ev("BLR", "RUS", "120", "rejected")]),
    ])
    add_doc(engine, f"Trade restrictions widen, episode {n}", d2, [
        S(f"Rosselkhoznadzor banned imports of Belarusian meat, episode {n}.",
          [Ev("RUS", "BLR", "163", "banned")]),
        S(f"Minsk criticized Moscow for the gas debt ultimatum, episode {n}.",
          [Ev("BLR", "RUS", "111", "criticized")]),
    ])


def worse_week(engine: Engine) -> list[str]:
    """W40 after four cooperative weeks: sanctions and accusations. Returns its sentences."""
    for n, days in enumerate(BASE_WEEKS, 1):
        cooperative_week(engine, n, days)
    sentences = [
        "Russia imposed sanctions on Belarusian dairy exporters on Tuesday.",
        "Moscow accused Minsk of re-exporting European goods.",
        "Belarus expelled two Russian journalists from Minsk.",
    ]
    add_doc(engine, "Moscow imposes sanctions on Belarusian dairy", "2017-10-03", [
        S(sentences[0], [Ev("RUS", "BLR", "163", "imposed sanctions")]),
        S(sentences[1], [Ev("RUS", "BLR", "112", "accused")]),
    ])
    add_doc(engine, "Minsk expels journalists", "2017-10-05", [
        S(sentences[2], [Ev("BLR", "RUS", "1663", "expelled")]),
    ])
    return sentences


def better_week(engine: Engine) -> list[str]:
    """W40 after four hostile weeks: meetings and agreements."""
    for n, days in enumerate(BASE_WEEKS, 1):
        hostile_week(engine, n, days)
    sentences = [
        "Putin and Lukashenka met in Sochi and settled the dispute over gas prices.",
        "Russia signed a loan agreement with Belarus worth one billion dollars.",
        "Belarus and Russia agreed to lift the dairy restrictions.",
    ]
    add_doc(engine, "Sochi summit settles gas dispute", "2017-10-03", [
        S(sentences[0], [Ev("RUS", "BLR", "044", "met")]),
        S(sentences[1], [Ev("RUS", "BLR", "057", "signed")]),
    ])
    add_doc(engine, "Dairy dispute resolved", "2017-10-05", [
        S(sentences[2], [Ev("BLR", "RUS", "0354", "agreed")]),
    ])
    return sentences


def quiet_week(engine: Engine) -> None:
    """W40 like the weeks before: routine trade talks and agreements."""
    for n, days in enumerate(BASE_WEEKS, 1):
        cooperative_week(engine, n, days)
    cooperative_week(engine, 5, ("2017-10-03", "2017-10-05"))


SUMMIT = [
    ("belta.by", "Lukashenka and Putin meet in Sochi",
     "Lukashenka and Putin met in Sochi on Friday to discuss gas prices and the Union State."),
    ("tass.ru", "Putin hosts Lukashenka in Sochi",
     "Putin met Lukashenka in Sochi to discuss gas prices and oil supplies."),
    ("rferl.org", "Sochi talks on gas",
     "The presidents of Russia and Belarus met in Sochi, where gas prices dominated the talks."),
    ("belsat.eu", "Sochi meeting ends without gas deal",
     "Putin and Lukashenka met in Sochi but failed to agree on gas prices."),
    ("interfax.ru", "Sochi: Putin, Lukashenka discuss Union State",
     "In Sochi, Putin and Lukashenka met and discussed gas prices and the Union State roadmap."),
]


def summit(engine: Engine) -> None:
    """One summit reported by five sources over three days, and one unrelated accusation."""
    for i, (site, title, text) in enumerate(SUMMIT):
        source, target = ("RUS", "BLR") if i % 2 else ("BLR", "RUS")
        add_doc(engine, title, ["2017-09-15", "2017-09-15", "2017-09-16", "2017-09-16",
                                "2017-09-17"][i], [
            S(text, [Ev(source, target, "040", "met", date="2017-09-15")]),
        ], site=site)
    add_doc(engine, "Minsk criticises Moscow", "2017-09-16", [
        S("Minsk criticized Moscow for the oil duty manoeuvre.",
          [Ev("BLR", "RUS", "111", "criticized")]),
    ], site="belsat.eu")
