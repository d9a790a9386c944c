"""Whether an event is to come, has happened, was postponed or cancelled, from its verbs.

A status cue is a verb form (or a fixed phrase) whose tense, aspect or meaning tells the
event's status: ``посетит``, ``пройдут``, ``запланирован``, ``will``, ``was to`` (future,
and future-in-past for reported plans) say scheduled; ``состоялось``, ``провели``, ``была
открыта``, ``took place`` say occurred; ``перенесли``, ``postponed`` say postponed;
``отменен``, ``не состоится``, ``called off`` say cancelled. The cue nearest to an event's
trigger, within its clause, decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..lexicon import table
from ..model import EventStatus

__all__ = ["StatusCue", "find_status_cues", "status_of_word"]

_B = r"(?<![\w])"
_E = r"(?![\w])"

# From the ``status_cues`` table. Order matters: at one position the first alternative wins,
# so negations and modal phrases ("не состоится", "должен был посетить") come before the bare
# verbs they contain.
_CUES: tuple[tuple[EventStatus, str], ...] = tuple(
    (status, "|".join(r[2] for r in table("status_cues").where(status=status.value)))
    for status in dict.fromkeys(EventStatus(r[0]) for r in table("status_cues").rows)
)

_PATTERN = re.compile(
    "|".join(f"(?P<{status.name}>{_B}(?:{pattern}){_E})" for status, pattern in _CUES),
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class StatusCue:
    """A word that tells an event's status, at ``[start, end)``."""

    status: EventStatus
    start: int
    end: int


def find_status_cues(text: str, start: int, end: int) -> Iterator[StatusCue]:
    """The status cues inside ``text[start:end]``, in order, none overlapping."""
    for m in _PATTERN.finditer(text, start, end):
        name = m.lastgroup
        if name is not None:
            yield StatusCue(EventStatus[name], m.start(), m.end())


def status_of_word(word: str) -> EventStatus | None:
    """The status a verb trigger carries by itself (``посетит`` scheduled), if any."""
    m = _PATTERN.fullmatch(word)
    if m is None or m.lastgroup is None:
        return None
    return EventStatus[m.lastgroup]
