"""The words that name events (triggers) and the phrases that frame one event inside another.

Russian and English. A trigger is a noun (``визит``, ``переговоры``, ``summit``) or a verb
(``посетит``, ``подписали``, ``met``); the kind of event it names is fixed by the word, with a
longer phrase winning over a shorter one inside it (``государственного визита`` is a state
visit, not a bare visit).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..lexicon import table
from ..model import EventKind

__all__ = [
    "VISITS",
    "Frame",
    "FrameCue",
    "Trigger",
    "find_frame_cues",
    "find_triggers",
]

_B = r"(?<![\w])"
_E = r"(?![\w])"

VISITS = frozenset(
    {EventKind.STATE_VISIT, EventKind.OFFICIAL_VISIT, EventKind.WORKING_VISIT, EventKind.VISIT}
)
"""The kinds that are visits: one visitor travels to a host."""

# (kind, pattern, is_verb). A pattern is matched case-insensitively at word boundaries.
_TRIGGERS: tuple[tuple[EventKind, str, bool], ...] = (
    # visits
    (EventKind.STATE_VISIT, r"государственн\w*\s+визит(?!к)\w*", False),
    (EventKind.STATE_VISIT, r"state\s+visits?", False),
    (EventKind.OFFICIAL_VISIT, r"официальн\w*\s+визит(?!к)\w*", False),
    (EventKind.OFFICIAL_VISIT, r"official\s+visits?", False),
    (EventKind.WORKING_VISIT, r"рабоч\w*\s+визит(?!к)\w*", False),
    (EventKind.WORKING_VISIT, r"working\s+visits?", False),
    (EventKind.VISIT, r"визит(?!к)\w*|посещени\w*|поездк\w*", False),
    (
        EventKind.VISIT,
        r"посет(?:ит|ят|ил|ила|ило|или|ить|ив)|посеща(?:ет|ют|л|ла|ли|ть)|"
        r"прибуд(?:ет|ут)|прибыл[аои]?|побывал[аои]?|приед(?:ет|ут)|приехал[аои]?|"
        r"прилет(?:ит|ят|ел|ела|ели)|отправ(?:ится|ятся|ился|илась|ились)\s+в|поед(?:ет|ут)",
        True,
    ),
    (EventKind.VISIT, r"visits?|trip", False),
    (
        EventKind.VISIT,
        r"visited|visiting|will\s+visit|to\s+visit|arrived|arrives|will\s+arrive|"
        r"(?:will\s+|to\s+)?travel(?:s|led|ed)?\s+to",
        True,
    ),
    # talks, meetings, calls
    (
        EventKind.PHONE_CALL,
        r"телефонн\w*\s+(?:разговор\w*|бесед\w*|переговор\w*|контакт\w*)|"
        r"(?:разговор\w*|бесед\w*|поговорил\w*|переговорил\w*|обсудил\w*|обсуждал\w*)\s+по\s+телефону|"
        r"созвонил\w*",
        False,
    ),
    (
        EventKind.PHONE_CALL,
        r"(?:tele)?phone\s+(?:call|calls|conversation|talks)|spoke\s+(?:by|on\s+the)\s+(?:tele)?phone",
        False,
    ),
    (EventKind.TALKS, r"переговор(?:ы|ов|ам|ами|ах)", False),
    (EventKind.TALKS, r"talks|negotiations?", False),
    (
        EventKind.MEETING,
        r"встреч(?:а|и|у|е|ей|ах|ами|ам)|"
        r"бесед(?:а|ы|у|е|ой|ах)(?!\s+с\s+(?:корреспондент|журналист|репорт[её]р|ведущ|изданием|газетой))",
        False,
    ),
    (
        EventKind.MEETING,
        r"встрет(?:ился|илась|ились|ится|ятся|иться)|встреча(?:ются|лся|лась|лись)",
        True,
    ),
    (EventKind.MEETING, r"meeting|meetings", False),
    (
        EventKind.MEETING,
        r"(?:met|meets|will\s+meet|to\s+meet)(?!\s+(?:with\s+)?(?:criticism|resistance|opposition|"
        r"expectations|the\s+(?:criteria|requirements|target|deadline)|demands))",
        True,
    ),
    # ceremonies and openings
    (EventKind.CEREMONY, r"церемони\w*|ceremony|ceremonies", False),
    (
        EventKind.OPENING,
        # not a discovery: "открытие нового физического эффекта"
        r"открыти[еяюи]\w*(?!\s+(?:\w+\s+){0,2}(?:эффект|явлени|закон|звезд|планет|месторожден|вакцин|"
        r"элемент|частиц|уголовн|дела\b|счет|счёт))|opening|inauguration",
        False,
    ),
    (
        EventKind.OPENING,
        r"(?:открыл(?:ся|ась|ось|ись|а|о|и)?|открыва(?:ет|ют|ем|ется|ются)|откро(?:ет|ют|ется|ются)|"
        r"открыт[аоы]?|opened|inaugurated|unveiled|will\s+open)"
        # not a figure of speech: "откроет новые возможности", "will open a new chapter"
        r"(?!\s+(?:\w+\s+){0,2}(?:возможност|страниц|глав|перспектив|путь|дорог|огонь|огня|chapter|page|"
        r"opportunit|possibilit|door|way))",
        True,
    ),
    # signing
    (EventKind.SIGNING, r"подписани\w*|signing", False),
    (
        EventKind.SIGNING,
        r"подписал[аи]?|подпиш(?:ет|ут)|подписыва(?:ет|ют|ли)|подписан[аоы]?|signed|will\s+sign|to\s+sign",
        True,
    ),
    # gatherings
    (
        EventKind.SUMMIT,
        r"саммит\w*|встреч\w*\s+на\s+высшем\s+уровне|summits?(?:\s+meetings?)?",
        False,
    ),
    (EventKind.FORUM, r"форум\w*|forums?", False),
    (EventKind.SESSION, r"заседани\w*|(?:plenary\s+)?sessions?", False),
    # words
    (
        EventKind.PUBLICATION,
        r"(?:написал[аи]?|опубликовал[аи]?)\s+(?:стать\w*|колонк\w*)|стать(?:ю|я|и|е|ей)|"
        r"(?:wrote|published|penned)\s+(?:an?\s+)?(?:\w+\s+)?(?:article|op-ed|column|essay)|op-ed",
        False,
    ),
    (EventKind.PUBLICATION, r"опубликова(?:л|ла|ли|но|на|ны|ть)", True),
    (
        EventKind.STATEMENT,
        r"(?:выступ\w*\s+с|сдела\w*|распростран\w*|огласи\w*)\s+(?:\w+\s+)?заявлени\w*|"
        r"(?:made|makes|issued|issues|released|delivered)\s+(?:an?\s+)?(?:\w+\s+)?statement",
        True,
    ),
)

# "Путин принял в Кремле Токаева", "Xi hosted Putin": a meeting with a host and a guest. Not
# "принял участие / решение / закон", nor "received a letter".
_HOSTING = re.compile(
    _B
    + r"(?i:прин(?:ял|яла|яли|имает|имают|имал|имала|имали|ет|ут)|hosted|hosts|will\s+host|welcomed|received)"
    + _E
    + r"(?=\s+(?:(?i:в|in|at)\s+\w+\s+)?(?:[A-ZА-ЯЁ]|(?i:президент|премьер|министр|глав|канцлер|корол|принц|"
    r"делегаци|president|prime|minister|chancellor|king|queen|crown|his|her)))"
)  # case matters after the verb: a name or a title follows, not "участие" or "a letter"

_TABLED: tuple[tuple[EventKind, str, bool], ...] = tuple(
    (EventKind(r["kind"]), r["pattern"], r["verb"] == "yes") for r in table("event_triggers").records()
)
"""Triggers kept as data (the ``event_triggers`` table): ``совещание``, ``инаугурация`` ..."""

_COMPILED = tuple(
    (kind, re.compile(_B + "(?:" + pattern + ")" + _E, re.IGNORECASE), verb)
    for kind, pattern, verb in (*_TRIGGERS, *_TABLED)
)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or phrase that names an event of ``kind`` at ``[start, end)``."""

    kind: EventKind
    start: int
    end: int
    verb: bool
    hosting: bool = False
    """A verb of receiving a guest (``принял``, ``hosted``): its subject hosts, its object visits."""


def find_triggers(text: str, start: int, end: int) -> list[Trigger]:
    """The triggers inside ``text[start:end]``, in order, none overlapping another.

    Where two candidates overlap, the one starting first wins, and at the same start the
    longer one: ``государственного визита`` beats ``визита``.
    """
    found: list[Trigger] = []
    for kind, pattern, verb in _COMPILED:
        for m in pattern.finditer(text, start, end):
            found.append(Trigger(kind, m.start(), m.end(), verb))
    for m in _HOSTING.finditer(text, start, end):
        found.append(Trigger(EventKind.MEETING, m.start(), m.end(), True, hosting=True))
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    chosen: list[Trigger] = []
    for trigger in found:
        if chosen and trigger.start < chosen[-1].end:
            continue
        chosen.append(trigger)
    return chosen


class Frame(enum.Enum):
    """How a framing phrase relates the framed event to the main one of its clause."""

    WITHIN = "within"
    """``В рамках визита``: the main event is part of the framed one (its parent)."""
    BEFORE = "before"
    """``В преддверии визита``: the framed event comes after the main one."""
    AFTER = "after"
    """``По итогам переговоров``: the framed event came before the main one."""
    PLAN = "plan"
    """``подготовку к саммиту``, ``the agenda of the visit``: the framed event is being planned,
    and the clause's verb speaks of the planning, not of the event."""


_FRAMES: tuple[tuple[Frame, str], ...] = (
    (
        Frame.WITHIN,
        r"в\s+рамках|в\s+ходе|на\s+полях|во\s+время|в\s+кулуарах|"
        r"during|as\s+part\s+of|on\s+the\s+sidelines\s+of|in\s+the\s+course\s+of|"
        r"within\s+the\s+framework\s+of",
    ),
    (
        Frame.BEFORE,
        r"в\s+преддверии|накануне|перед|в\s+канун|"
        r"ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to|before",
    ),
    (Frame.AFTER, r"по\s+итогам|после|following|after|in\s+the\s+wake\s+of"),
    (
        Frame.PLAN,
        r"подготовк\w*(?:\s+к)?|повестк\w*|программ(?:а|ы|у|е)|дат(?:а|ы|у|е)|сроки|план(?:ы|ов|ах)?|"
        r"preparations?\s+for|agenda\s+(?:of|for)|dates?\s+of|plans?\s+for|programme\s+of|program\s+of",
    ),
)

_FRAME_PATTERNS = tuple(
    (frame, re.compile(_B + "(?:" + pattern + ")" + _E, re.IGNORECASE)) for frame, pattern in _FRAMES
)


@dataclass(frozen=True, slots=True)
class FrameCue:
    """A framing phrase (``в рамках``, ``ahead of``) at ``[start, end)``."""

    frame: Frame
    start: int
    end: int


def find_frame_cues(text: str, start: int, end: int) -> Iterator[FrameCue]:
    """The framing phrases inside ``text[start:end]``."""
    for frame, pattern in _FRAME_PATTERNS:
        for m in pattern.finditer(text, start, end):
            yield FrameCue(frame, m.start(), m.end())
