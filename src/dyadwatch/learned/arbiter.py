"""Let a confident sentence classifier arbitrate the coarse class of the coder's events.

The coder finds actors, triggers, status and dates; the classifier only judges which of the five
CAMEO classes the sentence reports. Where it is confident and disagrees with the coder:
- events of other classes that come before the first event of the predicted class are
  dropped (they are the likely false triggers);
- where no coded event has the predicted class, one event of that class's generic CAMEO
  code is put first, with the actors of the first coded event, marked mode="learned";
- a confident class 0 (a statement, appeal or comment: no act of cooperation or conflict)
  drops the coded events, whose triggers were then only words in someone's statement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dyadwatch.coder.cameo import pentacode, sentence_class
from dyadwatch.model import Event

# One representative CAMEO root per pentacode class: (cameo, PLOVER type, goldstein, quad).
GENERIC_EVENT: dict[int, tuple[str, str, float, int]] = {
    1: ("040", "CONSULT", 1.0, 1),
    2: ("060", "COOPERATE", 6.0, 2),
    3: ("110", "ACCUSE", -2.0, 3),
    4: ("190", "ASSAULT", -10.0, 4),
}
DEFAULT_THRESHOLD = 0.5  # the predicted class is more likely than all others together


def pentacode_of(cameo: str) -> int:
    return pentacode(cameo) if cameo[:2].isdigit() else 0


def arbitrate(events: list[Event], predicted: int, probability: float,
              threshold: float = DEFAULT_THRESHOLD) -> list[Event]:
    """The events, reconciled with a sentence-level class prediction."""
    if probability < threshold:
        return events
    if predicted == 0:
        return []
    ordered = sorted(events, key=lambda e: (e.start, e.end))
    if ordered and pentacode_of(ordered[0].cameo) == predicted:
        return events
    for i, ev in enumerate(ordered):
        if pentacode_of(ev.cameo) == predicted:
            return ordered[i:]
    cameo, ptype, goldstein, quad = GENERIC_EVENT[predicted]
    template = ordered[0] if ordered else Event(source=None, target=None, type=ptype, cameo=cameo)
    learned = replace(template, type=ptype, cameo=cameo, goldstein=goldstein, quad=quad,
                      mode="learned", trigger=None, start=0, end=0, confidence=round(probability, 3))
    return [learned, *ordered]


def arbitrate_by_margin(events: list[Event], probabilities: Sequence[float], margin: float) -> list[Event]:
    """The events, reconciled with a sentence head's probability of each class: where the head
    finds its most likely class at least `margin` likelier than the class the events give the
    sentence (the rules' reading is evidence too), its class decides, as `arbitrate` applies it."""
    predicted = max(range(len(probabilities)), key=lambda k: probabilities[k])
    ruled = sentence_class(events)
    if predicted == ruled or probabilities[predicted] - probabilities[ruled] < margin:
        return events
    return arbitrate(events, predicted, float(probabilities[predicted]), threshold=0.0)
