"""What the event coder read in one sentence, handed to the stages after it (issue 13: parse once).

The coder tokenises each sentence, matches the actor dictionary's names on its words and finds
its date expressions; the figures stage needs the same three things. A coder leaves them as a
`SentenceReading` (``Coder.reading``, set by each ``code_sentence``), ``code_document`` collects
them by sentence index when asked (``readings=``), and ``figures.extract_extras`` reads them
instead of tokenising and matching again. A sentence without a reading (a title, a sentence a
coder read in parts, a coder that leaves none) is read by the figures stage on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from dyadwatch.nlp.actors import ActorDictionary, NameMatch
from dyadwatch.nlp.dates import DateMention


@dataclass(frozen=True)
class SentenceReading:
    """One sentence as the coder read it. Token and date offsets are in `text`, the part of the
    sentence read: the sentence from `start` on (a coder leaves a leading news dateline out)."""

    text: str
    start: int  # where `text` begins in the sentence
    toks: Sequence[tuple[str, int, int]]  # (word, start, end), as nlp.actors.tokenize gives them
    lower: Sequence[str]  # the words as names are matched: lower case, normalised where the language has it
    names: Sequence[NameMatch]  # the actor dictionary's matches over `lower` (token indexes)
    dates: Sequence[DateMention]  # the date expressions found, anaphoric ones from the document's last date
    actors: ActorDictionary = field(compare=False, repr=False)  # the dictionary the names come from

    def covers(self, sentence: str) -> bool:
        """Whether this is a reading of `sentence` (from `start` on)."""
        return sentence.startswith(self.text, self.start) and self.start + len(self.text) == len(sentence)
