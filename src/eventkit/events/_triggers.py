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
from ..text._words import factor_finder, folded, letters_of, nothing_to_find

__all__ = [
    "VISITS",
    "Frame",
    "FrameCue",
    "Trigger",
    "find_frame_cues",
    "find_triggers",
    "names_no_event",
]

_B = r"(?<![\w])"
_E = r"(?![\w])"

VISITS = frozenset(
    {EventKind.STATE_VISIT, EventKind.OFFICIAL_VISIT, EventKind.WORKING_VISIT, EventKind.VISIT}
)
"""The kinds that are visits: one visitor travels to a host."""

# (kind, pattern, is_verb), from the ``triggers`` table. A pattern is matched
# case-insensitively at word boundaries.
_TRIGGERS: tuple[tuple[EventKind, str, bool], ...] = tuple(
    (EventKind(r["kind"]), r["pattern"], r["verb"] == "yes") for r in table("triggers").records()
)


def _stems(word: str) -> tuple[str, ...]:
    """What a title's oblique forms start with: ``президент`` (президента), ``посол`` (посла)."""
    stem = word[:-1] if len(word) > 5 else word
    if len(word) > 3 and word[-2] in "оеё" and word[-3] not in "аеёиоуыэюя":
        return (stem, word[:-2] + word[-1])  # a vowel that drops: посол, посла
    return (stem,)


# The head words of Russian titles (the ``title_words`` table): after a verb of receiving, a guest.
_TITLE_HEADS = sorted(
    {s for w in table("title_words").words(part="head", lang="ru") if " " not in w for s in _stems(w)},
    key=lambda s: (-len(s), s),
)

_TITLE_HEAD = "|".join(map(re.escape, _TITLE_HEADS))

# "Путин принял в Кремле Токаева", "Кулубаев принял посла России", "Xi hosted Putin": a meeting
# with a host and a guest. Not "принял участие / решение / закон", nor "received a letter".
_HOSTING = re.compile(
    _B
    + r"(?i:прин(?:ял|яла|яли|имает|имают|имал|имала|имали|ет|ут)|прим(?:ет|ут)"
    + r"|hosted|hosts|will\s+host|welcomed|received)"
    + _E
    + r"(?=\s+(?:(?i:в|in|at)\s+\w+\s+)?(?:[A-ZА-ЯЁ]|(?i:"
    + _TITLE_HEAD
    + r"|делегаци|president|prime|minister|chancellor|king|queen|crown|his|her"
    + r"|(?:a|the)\s+(?:[\w-]+\s+){0,2}delegations?\b)))"
)  # case matters after the verb: a name or a title follows, not "участие" or "a letter"

# "Кулубаев будет принят Президентом Таджикистана": the guest is the subject, the host follows.
# Only a title may follow (not "закон принят Госдумой"). In English the passive's "by" comes
# before the host, a name or a capitalized title ("was received by President X", not "was
# received by the committee"), "also" between them ("was also received by").
_HOSTED = re.compile(
    _B
    + r"(?:(?i:принят[аоы]?)"
    + _E
    + r"(?=\s+(?i:"
    + _TITLE_HEAD
    + r"))|(?i:(?:was|were|is|are|will\s+be|to\s+be)\s+(?:also\s+)?(?:received|welcomed|hosted))"
    + r"\s+by(?=\s+[A-Z]))"
)

_COMPILED = tuple(
    (kind, re.compile(_B + "(?:" + pattern + ")" + _E, re.IGNORECASE), verb)
    for kind, pattern, verb in _TRIGGERS
)
# Each pattern's letters: a clause without any of them (a Russian one for an English pattern)
# is not searched for it. Better, where a pattern has them, its factors: strings one of which
# each of its matches holds (``визит``, ``посещени``, ``поездк``), looked for in the folded text.
_LETTERS = tuple(letters_of(pattern) for _, pattern, _ in _COMPILED)
_FACTORS = tuple(factor_finder(pattern) for _, pattern, _ in _COMPILED)
_HOSTING_FACTORS = factor_finder(_HOSTING)
_HOSTED_FACTORS = factor_finder(_HOSTED)

# "в режиме видеоконференции", "by video link": how an event was held, from the ``event_modes``
# table. Such a phrase retypes the talks or meeting of its clause, or alone names an event.
_MODES = tuple(
    (EventKind(r["kind"]), re.compile(_B + "(?:" + r["pattern"] + ")" + _E, re.IGNORECASE))
    for r in table("event_modes").records()
)
_MODE_LETTERS = tuple(letters_of(pattern) for _, pattern in _MODES)
_MODE_FACTORS = tuple(factor_finder(pattern) for _, pattern in _MODES)
# the factors of them all: most clauses hold none, and are done with one search
_ANY_FACTOR = factor_finder(
    *(pattern for _, pattern, _ in _COMPILED), _HOSTING, _HOSTED, *(pattern for _, pattern in _MODES)
)


def _kinds_of(kind: EventKind) -> frozenset[EventKind]:
    """The trigger kinds a ``not_events`` row of ``kind`` applies to: a visit's, every visit."""
    return VISITS if kind is EventKind.VISIT else frozenset({kind})


# The words around a trigger that show it names no event of ours (``встретились с «Реалом»``,
# ``заседание суда``, ``статья 5 закона``), from the ``not_events`` table, by trigger kind and
# where they stand: right before the trigger (before a verb trigger only: its object, ``решение
# принял``), right after it, or anywhere in its clause.
_NOT_EVENTS: dict[tuple[EventKind, str], re.Pattern[str]] = {}
for _kind, _where in dict.fromkeys((EventKind(r["kind"]), r["where"]) for r in table("not_events").records()):
    _alternatives = "|".join(
        f"(?:{r['pattern']})"
        for r in table("not_events").records()
        if (r["kind"], r["where"]) == (_kind.value, _where)
    )
    if _where in ("before", "verb-before"):
        _compiled = re.compile(f"{_B}(?:{_alternatives})$", re.IGNORECASE)
    elif _where == "after":
        _compiled = re.compile(f"(?:{_alternatives})", re.IGNORECASE)
    else:
        _compiled = re.compile(f"{_B}(?:{_alternatives}){_E}", re.IGNORECASE)
    for _k in _kinds_of(_kind):
        _NOT_EVENTS[_k, _where] = _compiled
_BEFORE_REACH = 80  # how far back the words before a trigger are read


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or phrase that names an event of ``kind`` at ``[start, end)``."""

    kind: EventKind
    start: int
    end: int
    verb: bool
    hosting: bool = False
    """A verb of receiving a guest (``принял``, ``hosted``): its subject hosts, its object visits."""
    hosted: bool = False
    """The same verb in the passive (``был принят Президентом``): its subject visits."""
    mode: bool = False
    """A phrase of how an event was held (``по видеосвязи``): it retypes the talks of its clause."""


def find_triggers(text: str, start: int, end: int) -> list[Trigger]:
    """The triggers inside ``text[start:end]``, in order, none overlapping another.

    Where two candidates overlap, the one starting first wins, and at the same start the
    longer one: ``государственного визита`` beats ``визита``.
    """
    found: list[Trigger] = []
    fold = folded(text)
    if fold is not None and _ANY_FACTOR is not None and _ANY_FACTOR.search(fold, start, end) is None:
        return found
    for (kind, pattern, verb), letters, factors in zip(_COMPILED, _LETTERS, _FACTORS, strict=True):
        if nothing_to_find(text, fold, start, end, factors, letters):
            continue
        for m in pattern.finditer(text, start, end):
            found.append(Trigger(kind, m.start(), m.end(), verb))
    if not nothing_to_find(text, fold, start, end, _HOSTING_FACTORS, None):
        for m in _HOSTING.finditer(text, start, end):
            found.append(Trigger(EventKind.MEETING, m.start(), m.end(), True, hosting=True))
    if not nothing_to_find(text, fold, start, end, _HOSTED_FACTORS, None):
        for m in _HOSTED.finditer(text, start, end):
            found.append(Trigger(EventKind.MEETING, m.start(), m.end(), True, hosting=True, hosted=True))
    for (kind, pattern), letters, factors in zip(_MODES, _MODE_LETTERS, _MODE_FACTORS, strict=True):
        if nothing_to_find(text, fold, start, end, factors, letters):
            continue
        for m in pattern.finditer(text, start, end):
            found.append(Trigger(kind, m.start(), m.end(), False, mode=True))
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    chosen: list[Trigger] = []
    for trigger in found:
        if chosen and trigger.start < chosen[-1].end:
            continue
        chosen.append(trigger)
    return chosen


def names_no_event(text: str, trigger: Trigger, clause: tuple[int, int]) -> bool:
    """Whether the words around ``trigger`` show it names no event of ours (the ``not_events``
    table): a sports match, a court sitting, a web forum, a law's article, a private meeting."""
    reach = max(clause[0], trigger.start - _BEFORE_REACH)
    before = _NOT_EVENTS.get((trigger.kind, "before"))
    if before is not None and before.search(text, reach, trigger.start):
        return True
    object_before = _NOT_EVENTS.get((trigger.kind, "verb-before")) if trigger.verb else None
    if object_before is not None and object_before.search(text, reach, trigger.start):
        return True
    after = _NOT_EVENTS.get((trigger.kind, "after"))
    if after is not None and after.match(text, trigger.end, clause[1]):
        return True
    anywhere = _NOT_EVENTS.get((trigger.kind, "clause"))
    return anywhere is not None and anywhere.search(text, clause[0], clause[1]) is not None


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


_FRAMES: tuple[tuple[Frame, str], ...] = tuple(
    (frame, "|".join(r[2] for r in table("frame_cues").where(frame=frame.value))) for frame in Frame
)
"""Each frame's cues (the ``frame_cues`` table) as one alternation, in the table's order."""

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
