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

from ..model import EventStatus

__all__ = ["StatusCue", "find_status_cues", "status_of_word"]

_B = r"(?<![\w])"
_E = r"(?![\w])"

# Order matters: at one position the first alternative wins, so negations and modal
# phrases ("не состоится", "должен был посетить") come before the bare verbs they contain.
_CUES: tuple[tuple[EventStatus, str], ...] = (
    (
        EventStatus.CANCELLED,
        r"не\s+(?:состо\w*|пройд\w*|прош\w*|будет|будут|смож\w*)|отмен\w*|сорван\w*|"
        r"cancel(?:l)?ed|cancels|called\s+off|scrapped|will\s+not\s+take\s+place",
    ),
    (
        EventStatus.POSTPONED,
        r"перенес(?:ли|ен|ена|ено|ены|ти|ут|ет|ла)?|перенесён\w*|отложен\w*|отложил\w*|"
        r"postponed|postpones|put\s+off|rescheduled|delayed",
    ),
    (
        EventStatus.SCHEDULED,
        r"долж(?:ен|на|но|ны)\s+(?:был[аои]?|будет|будут)|планировал\w*|планиру\w*|"
        r"намерен\w*|намеревал\w*|собира\w*|запланирован\w*|намечен\w*|предстоящ\w*|"
        r"ожидает\w*|ожидают\w*|анонсирова\w*|"
        r"посетит|посетят|пройд(?:ет|ёт|ут)|состо(?:ится|ятся)|провед(?:ет|ёт|ут)|"
        r"встрет(?:ится|ятся)|откро(?:ет|ют|ется|ются)|подпиш(?:ет|ут)|обсуд(?:ит|ят)|"
        r"прибуд(?:ет|ут)|отправ(?:ится|ятся)|соверш(?:ит|ат)|прим(?:ет|ут)|опубликует|"
        r"приед(?:ет|ут)|прилет(?:ит|ят)|поед(?:ет|ут)|ожидал(?:ось|ся|ась|ись)|продолж(?:ится|атся)|"
        r"начн(?:ется|ётся|утся)|"
        r"(?:будет|будут)(?:\s+\w+)?|мо(?:жет|гут)\s+\w+(?:ть|ться)|подготовк\w*|предполага\w*|"
        r"согласован[аоы]?|договорил(?:ись|ся|ась)|"
        r"(?:will|shall|would)(?:\s+be\s+\w+)?|is\s+to|are\s+to|was\s+to|were\s+to|is\s+due|are\s+due|"
        r"scheduled|planned|plans|planning|expected|upcoming|forthcoming|next\s+week|"
        r"may|might|could|preparations?|(?:had\s+|has\s+|have\s+)?(?:already\s+)?(?:been\s+)?agreed",
    ),
    (
        EventStatus.OCCURRED,
        r"состоял(?:ся|ась|ось|ись)|пр[оа]ш(?:ел|ёл|ла|ло|ли)|провел[аи]?|провёл|"
        r"посетил[аи]?|посетив|побывал[аи]?|прибыл[аи]?|открыл(?:ся|ась|ось|ись|а|о|и)?|открыт[аоы]?|"
        r"подписал[аи]?|подписан[аоы]?|встретил(?:ся|ась|ись)?|обсудил[аи]?|"
        r"опубликовал[аи]?|опубликован[аоы]?|написал[аи]?|принял[аи]?|завершил\w*|"
        r"совершил[аи]?|выступил[аи]?|заявил[аи]?|(?:был|была|было|были)\s+(?!отмен|отлож|перенес|сорван)\w+|"
        r"проход(?:ил|ила|ило|или|ит|ят)|длил(?:ся|ась|ось|ись)|продолжал(?:ся|ась|ось|ись)|"
        r"продолжил(?:ся|ась|ось|ись)|начал(?:ся|ась|ось|ись)|стартовал[аои]?|"
        r"took\s+place|held|met|visited|travell?ed|opened|signed|published|wrote|arrived|hosted|"
        r"attended|discussed|spoke|inaugurated|unveiled|(?:was|were|has|have)\s+(?!called|cancel|postpon|delay|put)\w+ed|"
        r"have\s+\w+ed",
    ),
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
