"""Each sentence's event mentions: a trigger with what its clause says of it.

Per sentence, every trigger becomes a mention with the status cue nearest to it, the dates,
venue and persons around it. A trigger right after a framing phrase (``В рамках
государственного визита Касым-Жомарта Токаева в Россию``) is a *frame*: it takes only the
words of its own phrase, and the sentence's other events become its children (``в рамках``,
``в ходе``, ``на полях``) or are merely dated against it (``в преддверии``, ``по итогам``,
``подготовка к``).
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..lexicon import alternation, fold, table
from ..model import (
    Article,
    DateMention,
    DateRange,
    EventKind,
    EventStatus,
    Part,
    PartialDate,
    VenueKind,
)
from ..text import dateline_venue
from ..text._words import is_role_word
from ._references import INVITE_VERBS, Ref, References
from ._sentences import Sentence, blocks, clause_bounds, clause_breaks, quoted_regions
from ._status import StatusCue, find_status_cues, status_of_word
from ._triggers import VISITS, Frame, FrameCue, Trigger, find_frame_cues, find_triggers, names_no_event

__all__ = [
    "BILATERAL",
    "GATHERINGS",
    "GUEST",
    "SPECIFIC_PARTS",
    "ArticleContext",
    "Draft",
    "EventMention",
    "each_apart",
    "finer",
    "same_family",
    "sentence_mentions",
]

_WORD = re.compile(r"[\w-]+")
_WORD_CHAR = re.compile(r"\w")
_SPACE = re.compile(r"\s*")
_ADJECTIVE = re.compile(r"[а-яё][а-яё-]{3,}(?:ого|его|ой|ей|ая|яя|ое|ее|ые|ие|ых|их|ый|ий|ую|юю|ым|им)")
_SOURCE_CUE = re.compile(
    r"(?:по\s+словам|по\s+данным|по\s+мнению|по\s+информации|(?:как|,)\s*(?:сообщил|заявил|отметил|рассказал|"
    r"уточнил|пояснил|подчеркнул)\w*|according\s+to)\s+(?:[\w-]+\s+){0,6}$",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ .'()-]*,\s*$")
# the dash after a dateline's date, or after the agency: "Oct 14 (Reuters) -"
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?[—–-]")
_REPORTING = re.compile(
    r"(?<![\w])(?:announced|said|says|told|reported|added|stated|сообщил\w*|заявил\w*|объявил\w*|"
    r"рассказал\w*|отметил\w*|уточнил\w*|передает|передаёт|сообщает)(?![\w])",
    re.IGNORECASE,
)
_NAME = re.compile(r"\s+(?:[A-Z][\w'-]*)")
_DAYS = {
    "одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "1": 1, "2": 2, "3": 3, "4": 4, "5": 5,
}  # fmt: skip
# "двухдневный визит", "a two-day official visit": how many days the event lasts.
_LENGTH = re.compile(
    r"(?<![\w-])(одно|двух|трех|трёх|четырех|четырёх|пяти|one|two|three|four|five|[1-5])[-\s]?(?:дневн\w*|day)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "следующая встреча", "договорились о встрече", "the next round": an event not yet spoken of.
_FRESH = re.compile(
    r"(?<![\w])(?:следующ\w*|очередн\w*|нов(?:ый|ая|ое|ые|ого|ой|ую|ом)|друг(?:ой|ую|ого)|"
    r"предыдущ\w*,?|прошл(?:ый|ая|ое|ые|ого|ой|ую|ым),?|"
    r"договорил(?:ись|ся|ась)\s+о|next|new|another|future|agreed\s+(?:to|on))\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "the next round of political consultations": the next of a series, whose sides are not named
_NEXT = re.compile(r"(?<![\w])next\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "travels to Astana for a meeting": the purpose of a trip is an event not yet spoken of
_INDEFINITE = re.compile(r"(?<![\w])for\s+an?\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# Who acts in reported words, when it is not the speaker.
_ACTORS = re.compile(
    r"(?<![\w])(?:стороны|лидеры|президенты|министры|делегации|страны|они|мы|"
    r"the\s+sides|both\s+sides|the\s+leaders|the\s+two|they|we)(?![\w])",
    re.IGNORECASE,
)
# "was called off on Monday", "отменен во вторник": the day of the cancellation, not of the event.
_CANCELLED_ON = re.compile(
    r"(?:called\s+off|cancel(?:l)?ed|scrapped|отмен\w*|сорван\w*)\s+(?:on|в|во)?\s*$", re.IGNORECASE
)
# the speech verbs of the ``quote_cues`` table, as one alternation
_CUES = "|".join(table("quote_cues").column("pattern"))
# "Kwatra told journalists that the visit ...", "Тасмагамбетов, в свою очередь, напомнил, что
# очередная сессия ...": who speaks of an event named by a noun, by a verb of the ``quote_cues``
# table followed by the clause that names the event.
_REPORTER = re.compile(
    r"[\s,]*(?:[\w-]+[\s,]+){0,3}?(?:"
    + _CUES
    + r")(?![\w])(?:[^.!?]*?(?:,\s*(?:что|чтобы)|\bthat|:|\s[—–-])"
    + r"|\s+(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+)?$)",
    re.IGNORECASE,
)
# "Путин отметил, что товарооборот ...", "Xi said that trade ...": reported words, whose dates are
# of what is reported, not of an event named before them.
# ", he noted,", ", Turkish Defence Minister X said on Wednesday,": an English attribution set off
# by commas after the words it reports (a speech verb of the ``quote_cues`` table)
_ATTRIBUTION = re.compile(
    r",\s+(?:[\w.'’-]+\s+){1,7}(?:"
    + table("quote_cues").pattern("pattern", lang="en")
    + r")(?:\s+[\w.'’-]+){0,3}\s*,",
)
_SAID_THAT = re.compile(
    r"(?<![\w])(?:" + _CUES + r")(?![\w])[^.!?;]{0,60}?(?:,\s*что|\bthat)(?![\w])",
    re.IGNORECASE,
)
# "the two leaders would also attend a forum", "главы государств": the people of the last meeting,
# from the ``event_groups`` table.
_GROUP = re.compile(
    r"(?<![\w])(?:" + "|".join(table("event_groups").column("pattern")) + r")(?![\w])", re.IGNORECASE
)
# "the two sides signed", "when they also signed", "Стороны подписали", "министры планируют
# подписать": a group, or a plural word of the ``group_pronoun`` list, right before an event's verb,
# at most two lower-case words between, is the verb's subject: the persons of the event spoken of
# before, not those named earlier in the clause (not a side's "с белорусской стороны")
_GROUP_SUBJECT = re.compile(
    r"(?<![\w])(?:"
    + "|".join(
        [
            *table("event_groups").column("pattern"),
            *table("word_lists").words(list="group_pronoun"),
        ]
    )
    + r")(?:\s+(?-i:[a-zа-яё]+)){0,2}\s+$",
    re.IGNORECASE,
)
# "с белорусской стороны", "со стороны Казахстана": one side, no group
_ONE_SIDE = re.compile(r"(?<![\w])(?:с|со)\s+(?:[а-яё]+\s+)?$", re.IGNORECASE)
# "The guest also met ...", "the guest will travel to ...", "гость посетит": the visitor spoken of
# last before it (the ``guest_noun`` list), read as a person whose entity is :data:`GUEST` until the article's
# mentions are known
_GUEST = re.compile(
    r"(?<![\w])(?:[Tt]he\s+(?:"
    + table("word_lists").pattern(list="guest_noun", lang="en")
    # "В четверг гость посетит Алматы", "высокий гость завершит визит": one adjective may come first
    + r")|(?:[а-яё]+(?:ий|ый|ой)\s+)?(?i:"
    + table("word_lists").pattern(list="guest_noun", lang="ru")
    + r"))(?![\w-])"
)
GUEST = "?guest"
"""The entity of ``the guest`` in a mention's participants, before the visitor it means is known."""
# "В тот же день ...", "The same day ...", from the ``same_day`` table: the day of the event before.
_SAME_DAY = re.compile(
    r"\s*(?:" + "|".join(table("same_day").column("pattern")) + r")(?![\w])", re.IGNORECASE
)
_SOURCE_PRONOUN = re.compile(r"по\s+\w+\s+(?:словам|мнению|данным)", re.IGNORECASE)  # "По ее словам"
# "который планировался на 4-5 декабря", "had been scheduled for Thursday": the dates of the plan,
# which hold only where nothing says when the event now takes place.
_PLANNED_FOR = re.compile(
    r"(?:планировал\w*|запланирован\w*|намечал\w*|намечен\w*|(?:had\s+been|was|were)\s+(?:originally\s+)?"
    r"(?:scheduled|planned|due)|originally\s+(?:scheduled|planned))\s+(?:на|for|to|в|on)?\s*$",
    re.IGNORECASE,
)
_RELATIVE = frozenset(fold(w) for w in table("word_lists").words(list="relative_pronoun"))
_EVENT_PARTICIPLES = tuple(sorted(fold(w) for w in table("word_lists").words(list="event_participle")))
_RELATIVE_REACH = 8  # how many genitives and places may stand between an event and its relative clause
_THING_PREPOSITIONS = frozenset(fold(w) for w in table("word_lists").words(list="thing_preposition"))
_TOPIC_PREPOSITIONS = frozenset(fold(w) for w in table("word_lists").words(list="topic_preposition"))
# "signed an agreement that will allow flights to start in June": a clause describing the paper
_PAPER_CLAUSE = re.compile(
    r"(?<![\w])(?:" + table("word_lists").pattern(list="paper_clause", lang="en") + r")(?![\w])",
    re.IGNORECASE,
)
_LAST_WORD = re.compile(r"(?<![\w])(\w+)\s+$")
_TERM = re.compile(r"(?<![\w])(?:на|for)\s+$", re.IGNORECASE)  # "соглашение на 2026-2030 годы"
_PURPOSE = re.compile(r"(?<![\w])(?:for|для|ради)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "held talks in Bishkek on Wednesday and will travel to Dushanbe": the date ends the first predicate
_COORDINATED = re.compile(r"\s+and\s", re.IGNORECASE)
# "Ушаков заявил, что Москва готовит визит": the verb before the conjunction is the main clause's
# (a report), and tells nothing of the events in the clause it introduces.
_REPORTED = re.compile(r",\s*(?:что|чтобы|будто|that)(?![\w])", re.IGNORECASE)
# ", after each had held ...": a clause of another time than the frame before it
_ANOTHER_TIME = re.compile(r",\s*(?:after|before|since)\s+(?!the\s|an?\s)", re.IGNORECASE)
_CLAUSE_AFTER_DATE = re.compile(
    r"(?:\s+(?:"
    + "|".join(table("word_lists").words(list="day_part", lang="en"))
    + r"))?\s*(?:;|,\s+(?:and|but|while|whereas)\s)",
    re.IGNORECASE,
)  # "on Wednesday evening, and the two governments signed": a part of the day may follow the date
# "concluded his two-day visit", "wrapped up a three-day trip", "завершил в четверг двухдневный визит": a
# visit whose date is its last day
_ENDED = re.compile(
    r"(?<![\w])(?:(?:concluded|ended|ends|wrapped\s+up|completed|wound\s+up)\s+(?:his|her|their|its|an?|the)"
    r"|(?:завершил\w*|завершает|завершают|закончил\w*)(?:\s+(?:в|во)\s+[\w-]+|\s+сегодня|\s+вчера)?)\s+$",
    re.IGNORECASE,
)
_INFINITIVE = re.compile(r"to\s+\w", re.IGNORECASE)  # "to sign": an event that is the purpose of another
_GENITIVE = re.compile(r"[а-яё][а-яё-]*(?:а|я|ы|и|ов|ев|ей|ого|его|ой|ых|их)")
_AUXILIARY = re.compile(
    r"(?:(?:долж(?:ен|на|но|ны)\s+)?(?:был|была|было|были)|будет|будут|was|were|will\s+be|has\s+been)\s+$",
    re.IGNORECASE,
)
_CLOSED_WORDS = frozenset(
    {"его", "её", "ее", "него", "неё", "нее", "ней", "них", "их", "она", "они", "оно", "это", "эта"}
    | {"была", "были", "было", "будет", "будут", "этого", "этой", "также", "тоже", "ещё", "еще", "уже"}
    | {"который", "которая", "которое", "которые", "которого", "которой"}
)  # words that are never part of a trigger's phrase
_TO = frozenset({"в", "во", "на", "to", "into"})
# the English words of a kind of settlement before "of" and its name (the ``settlement_word`` list)
_SETTLEMENTS = table("word_lists").pattern(list="settlement_word", lang="en")
# "in the Turkish resort of Antalya": the words before the place a frame's "in" names
_SETTLEMENT_PHRASE = rf"(?:[\w-]+\s+){{0,2}}?(?:{_SETTLEMENTS})\s+of\s+"
_SETTLEMENT_OF = re.compile(r"the\s+" + _SETTLEMENT_PHRASE, re.IGNORECASE)
# "в Минске", "в городе Габала", "in the city of Gabala", "in the Kyrgyz city of Batken": where an event is
_AT = re.compile(
    r"(?<![\w])(?:в|во|на|in|at)\s+(?:the\s+)?(?:(?:городе|селе|поселке|посёлке)\s+|"
    + _SETTLEMENT_PHRASE
    # "в загородной резиденции «Куксарой»": a building's noun (and adjective) before its name
    + r"|(?-i:(?:[а-яё]+(?:ой|ом|ем|ей)\s+)?[а-яё]{4,}(?:е|и)\s+[«\"“]))?$",
    re.IGNORECASE,
)
_AT_REACH = 40  # how far back from a place _AT looks
_TO_BEFORE = re.compile(r"(?<![\w])(в|во|на|to|into)\s+(?:the\s+)?$", re.IGNORECASE)
_HOST_CUE = re.compile(r"(?:по\s+приглашению|at\s+the\s+invitation\s+of)\s+\S*\s*$", re.IGNORECASE)
_ORGANISER_CUE = re.compile(
    r"(?:организатор\w*|организова\w*|по\s+инициативе|organi[sz]ed\s+by|hosted\s+by)\s+$", re.IGNORECASE
)
_DETERMINERS = frozenset(
    {"его", "её", "ее", "их", "своего", "своей", "своих", "своём", "этого", "этой", "этих"}
    | {"the", "a", "an", "his", "her", "its", "their", "this", "that"}
)
# "travel to Beijing together with Antonio Costa", "в сопровождении министра": who travels along
_COMPANION = re.compile(
    r"(?<![\w])(?:together\s+with|along\s+with|accompanied\s+by|вместе\s+с|совместно\s+с|в\s+сопровождении)"
    r"\s+(?:[\w.-]+\s+){0,5}$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}")  # "Modi's two-day official visit"
_POSSESSIVE_PRONOUNS = frozenset(table("word_lists").words(list="possessive_pronoun", lang="en"))
_POSSESSIVE_RU = table("word_lists").pattern(list="possessive_pronoun", lang="ru")
# "her two-day official visit": up to three words, none a preposition ("received her on a visit")
_PRONOUN_OWNS = re.compile(
    r"\s+(?:(?!(?:" + table("word_lists").pattern(list="owner_gap_stop", lang="en") + r")\s)[\w-]+\s+){0,3}",
    re.IGNORECASE,
)
_VERB_ENDINGS = ("ся", "сь", "ть", "ут", "ют", "ат", "ят")
_OBJECT_FIRST = frozenset({EventKind.OPENING, EventKind.CEREMONY})
SPECIFIC_PARTS = {
    EventKind.SIGNING: Part.SIGNATORY,
    EventKind.STATEMENT: Part.SPEAKER,
    EventKind.PUBLICATION: Part.AUTHOR,
}


# Kinds that direct speech may announce on its own ("Modi and Putin will hold talks on Tuesday").
_SPOKEN_KINDS = VISITS | {
    EventKind.TALKS,
    EventKind.MEETING,
    EventKind.PHONE_CALL,
    EventKind.SUMMIT,
    EventKind.SIGNING,
}


@dataclass(eq=False)
class EventMention:
    """One trigger with what its sentence says of it."""

    kind: EventKind
    evidence: list[tuple[int, int]]
    paragraph: int
    quoted: bool
    frame: FrameCue | None = None
    extent: tuple[int, int] = (0, 0)
    statuses: list[tuple[int, EventStatus, int]] = field(default_factory=list)
    dates: DateRange | None = None
    venue: tuple[int, str] | None = None
    object_venue: str | None = None
    participants: list[tuple[str, Part, int]] = field(default_factory=list)
    parent: EventMention | None = None
    event: Draft | None = None
    spoken: bool = False
    named: bool = False
    fresh: bool = False
    group: bool = False
    group_title: str = ""
    """The stem of the title a group names (``presiden`` of ``the two presidents``), if any."""
    group_office: tuple[str, ...] = ()
    """For a group that names holders of one office (``their energy ministers``): the stem of
    its head and its modifiers (``ministe``, ``energy``), which the persons it is read as hold."""
    planned: DateRange | None = None
    days: int | None = None
    titled: bool = False
    """A visit noun followed by a title that names no known person (``визита Председателя
    Лаоса``): someone's visit, so not that of another visitor already named."""
    ends: bool = False
    """Its date is the last day (``concluded his two-day visit on Thursday``)."""
    regular: bool = False
    """Named as the regular one (``очередное заседание``): new when to come, the one reported
    when held (``принял участие в очередном заседании`` after a headline on the session)."""
    named_last: tuple[str, ...] = ()
    """For a mention of ``the two leaders``: the last two persons named before it."""
    taken: tuple[str, ...] = ()
    """For a mention of ``the two leaders``: the persons it was read as."""
    cataphoric: bool = False
    """A frame whose only person is an English pronoun (``During his visit, X ...``): the
    subject named after it, when there is one."""
    inviters: set[str] = field(default_factory=set)
    """Hosts named only as who invited (``at the invitation of X``): they tell who ``the two
    presidents`` are, but take no part in the visit itself."""
    describes: bool = False
    """A visit named in a participle clause that describes a person (``Токаевым, находящимся в
    России с визитом``): the visit the sentence's other events are part of."""
    same_day: bool = False
    """Its sentence opens with ``В тот же день`` / ``the same day``: the day of the event spoken of
    just before."""
    day_before: bool = False
    """Dated by ``the day before`` (the ``day_before`` list), at its sentence's head or after its
    trigger: the day before the day of the article's news."""
    sidelines: bool = False
    """Its sentence opens with ``On the sidelines,`` or ``On its sidelines,`` (no gathering named):
    held within the gathering or meeting spoken of just before."""
    definite: bool = False
    """A noun after ``the`` (``attended the ceremony``): an event spoken of before."""
    welcome: bool = False
    """A ceremony of welcome (``held a welcome ceremony for X``, ``was welcomed with an official
    ceremony``: the ``welcome_word`` list): a ceremony of its own, not a signing's or opening's."""
    of_body: bool = False
    """A meeting noun with a body's name after ``of`` (``a meeting of the Council of Foreign
    Ministers``): that body's gathering, not talks between persons."""
    near: frozenset[str] = frozenset()
    """The persons named in the mention's clause, whatever their part (to tell which event a
    bare reference means)."""
    leg: bool = False
    """A trip within a visit being held (``В пятницу гость посетит Самарканд``): the place it
    names is not the visit's."""
    outcome_of: EventMention | None = None
    """The talks or meeting it followed (``По итогам переговоров подписан меморандум``): whose
    parent it shares."""
    unheld_subject: bool = False
    """Its subject is an office no one of the text holds (``В среду туркменский министр проведет
    переговоры``): someone unnamed, not the guest of a visit it is held in."""
    closes: bool = False
    """Its date is the day the visit ends (``The visit will end on Saturday``): the last of the
    visit's days, no status of its own."""
    opens: bool = False
    """Its date is the event's first day (``В пятницу, в первый день форума``): no status of its own."""
    verb: bool = False
    """Named by a verb (``прибыл``, ``встретился``), not a noun."""
    demonstrative: bool = False
    """A noun right after a demonstrative (``об этой встрече``): an event told before."""
    office: bool = False
    """A visit's verb after words of its sentence that name an office or a delegation
    (``Министр посетил``, ``Деловая миссия побывала``): someone's visit, named or not."""
    arrival: bool = False
    """Named by an English verb of arriving (``who arrived on Wednesday``): a date of its own is
    the visit's first day, not its one day."""
    invited_only: bool = False
    """A visit only invited to (``invited X to visit``) with no word that the invitation was
    accepted: no event."""
    each: bool = False
    """Held by each person of a group apart (``the two ministers ... each had held a separate
    meeting with X``): one event for each of them, with the persons named after the trigger."""

    @property
    def start(self) -> int:
        return min(s for s, _ in self.evidence)

    @property
    def anaphoric(self) -> bool:
        """A bare reference (``В рамках визита``): nothing of its own to conflict with."""
        return not self.participants and self.dates is None and self.venue is None

    def stated(self) -> set[EventStatus]:
        """The statuses the mention's own clause states outright (the strongest cues)."""
        return {s for strength, s, _ in self.statuses if strength == 3}


class _Stretches:
    """Stretches ``[start, end)`` sorted by start, with the furthest end up to each one: which
    ones hold a stretch, found by bisection instead of reading them all."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.reach = list(itertools.accumulate((b for _, b in self.spans), max))

    def first_holding(self, start: int, end: int) -> tuple[int, int] | None:
        """The first stretch (in their order) with ``s <= start`` and ``end <= e``."""
        k = bisect.bisect_right(self.starts, start)  # the stretches starting by ``start``
        i = bisect.bisect_left(self.reach, end, 0, k)  # the first whose furthest end gets there
        return self.spans[i] if i < k else None

    def holding(self, start: int, end: int) -> list[int]:
        """The indexes of all stretches holding ``[start, end)``."""
        out = []
        i = bisect.bisect_right(self.starts, start) - 1
        while i >= 0 and self.reach[i] >= end:
            if self.spans[i][1] >= end:
                out.append(i)
            i -= 1
        return out


class ArticleContext:
    """The article and everything looked up once for it."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.blocks = blocks(article)
        self.refs = References(article, self.blocks)
        self.quotes = quoted_regions(article)
        self.dates = sorted(article.dates, key=lambda d: d.span.start)
        self.names = [(r.start, r.end) for r in self.refs.refs if r.group in ("person", "venue")]
        # looked up by position: dates by start, stretches in quote marks, names
        self.date_starts = [d.span.start for d in self.dates]
        self.date_end_at: dict[int, int] = {}
        for d in self.dates:
            self.date_end_at.setdefault(d.span.start, d.span.end)
        self._quoted = _Stretches(self.quotes)
        self._names = _Stretches(self.names)
        self._entities = _Stretches([(r.start, r.end) for r in self.refs.refs])
        self._speaker_at: dict[tuple[int, int], list[str]] = {}
        for q in article.quotes:
            if q.speaker is not None:
                self._speaker_at.setdefault((q.span.start, q.span.end), []).append(q.speaker)
        self._spoken = _Stretches(list(self._speaker_at))
        self._breaks: dict[Sentence, list[tuple[int, int]]] = {}
        self._cues: dict[tuple[int, int], list[StatusCue]] = {}
        self._pronouns: dict[tuple[int, int, int], list[Ref]] = {}
        self._groups: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def clause_bounds(self, sentence: Sentence, position: int) -> tuple[int, int]:
        """The clause of ``sentence`` holding ``position`` (its breaks found once)."""
        breaks = self._breaks.get(sentence)
        if breaks is None:
            breaks = self._breaks[sentence] = clause_breaks(self.text, sentence)
        return clause_bounds(self.text, sentence, position, breaks)

    def pronouns(self, start: int, end: int, paragraph: int) -> list[Ref]:
        """The pronouns of a clause as refs to persons (found once per clause)."""
        key = (start, end, paragraph)
        if key not in self._pronouns:
            self._pronouns[key] = [
                r
                for r in self.refs.pronouns(start, end, paragraph)
                if (w := _LAST_WORD.search(self.text, max(start, r.start - 6), r.start)) is None
                or fold(w.group(1)) not in _THING_PREPOSITIONS  # "участие в нем": the event's, not a person
            ]
        return self._pronouns[key]

    def groups(self, start: int, end: int) -> list[tuple[int, int]]:
        """Where a clause speaks of ``the two leaders`` (found once per clause)."""
        if (start, end) not in self._groups:
            self._groups[start, end] = [
                m.span()
                for m in _GROUP.finditer(self.text, start, end)
                if self._entities.first_holding(*m.span()) is None  # not "Совет министров"
            ]
        return self._groups[start, end]

    def last_persons(self, position: int, paragraph: int) -> tuple[str, ...]:
        """The last two persons named before ``position`` in its paragraph or the one before,
        latest last (whom ``the two leaders`` means when no event names them)."""
        first = next((s for n, s, _ in self.blocks if n >= paragraph - 1 and n >= 0), 0)
        found: list[str] = []
        for ref in reversed(self.refs.within(first, position, "person")):
            if ref.entity not in found:
                found.append(ref.entity)
            if len(found) == 2:
                break
        return tuple(reversed(found)) if len(found) == 2 else ()

    def status_cues(self, start: int, end: int) -> list[StatusCue]:
        """The status cues of a clause (found once per clause)."""
        cues = self._cues.get((start, end))
        if cues is None:
            cues = self._cues[start, end] = list(find_status_cues(self.text, start, end))
        return cues

    def speakers_of(self, trigger: Trigger, start: int, end: int) -> set[str]:
        """The persons whose reported words hold the trigger and name who acts: sources.

        ``По словам Ушакова, стороны подпишут ...``: Ushakov only reports. ``Путин заявил,
        что посетит Китай``: the words name no one else, so the speaker is the one who acts.
        Only the words within ``[start, end)``, the trigger's clause, count.
        """
        found = set()
        for i in self._spoken.holding(trigger.start, trigger.end):
            qa, qb = self._spoken.spans[i]
            for q_speaker in self._speaker_at[qa, qb]:
                found |= self._speaks(q_speaker, qa, qb, start, end)
        return found

    def _speaks(self, speaker: str, qa: int, qb: int, start: int, end: int) -> set[str]:
        """``{speaker}`` when the quote ``[qa, qb)`` names, within the clause, who else acts."""
        a, b = max(start, qa), min(end, qb)
        others = [r for r in self.refs.within(a, b, "person") if r.entity != speaker]
        if others or _ACTORS.search(self.text, a, b):
            return {speaker}
        # "X said Turkmenistan is willing to ...", "told AFP that the commission would meet": the
        # English words open with a subject of their own, no pronoun of the speaker
        first = _WORD.search(self.text, a, b)
        if first is not None and first.group().isascii() and first.group().lower() not in _SUBJECTS:
            return {speaker}
        return set()

    def quote_around(self, start: int, end: int) -> tuple[int, int] | None:
        """The stretch of direct speech holding ``[start, end)``, if any."""
        return self._quoted.first_holding(start, end)

    def quoted(self, start: int, end: int) -> bool:
        return self._quoted.first_holding(start, end) is not None

    def inside_name(self, trigger: Trigger) -> bool:
        return self._names.first_holding(trigger.start, trigger.end) is not None

    def dates_within(self, start: int, end: int) -> list[DateMention]:
        """The date mentions lying inside ``[start, end)``, in text order."""
        out = []
        for i in range(bisect.bisect_left(self.date_starts, start), len(self.dates)):
            date = self.dates[i]
            if date.span.start >= end:
                break
            if date.span.end <= end:
                out.append(date)
        return out


# ------------------------------------------------------------------------ per sentence


def sentence_mentions(ctx: ArticleContext, sentence: Sentence) -> list[EventMention]:
    text = ctx.text
    triggers = [t for t in find_triggers(text, sentence.start, sentence.end) if not ctx.inside_name(t)]
    triggers = _join_adjacent(text, triggers)
    kept = [t for t in triggers if not names_no_event(text, t, ctx.clause_bounds(sentence, t.start))]
    dropped = {ctx.clause_bounds(sentence, t.start) for t in triggers if t not in kept}
    triggers = _apply_modes(ctx, sentence, kept, dropped)
    triggers = [_in_session(text, t) for t in triggers]
    if not triggers:
        return []
    frames: dict[int, FrameCue] = {}
    trigger_starts = [t.start for t in triggers]
    for cue in sorted(find_frame_cues(text, sentence.start, sentence.end), key=lambda c: c.start):
        i = bisect.bisect_left(trigger_starts, cue.end)  # the first trigger after the cue
        if i < len(triggers):
            trigger = triggers[i]
            if not trigger.verb and _modifiers_only(text[cue.end : trigger.start]):
                frames.setdefault(i, cue)
    holding: list[int] = []  # gatherings named in the genitive after their part
    held_at: list[int] = []  # gatherings after "на" that their part was held at
    for i in range(1, len(triggers)):
        if i not in frames and _holds_previous(text, triggers[i - 1], triggers[i]):
            frames[i] = FrameCue(Frame.WITHIN, triggers[i - 1].start, triggers[i - 1].end)
            holding.append(i)
        elif i not in frames and (at := _held_at(ctx, triggers[i - 1], triggers[i])) is not None:
            frames[i] = FrameCue(Frame.WITHIN, at, at + 2)
            held_at.append(i)
    mentions: list[EventMention] = []
    for i, trigger in enumerate(triggers):
        mentions.append(_mention(ctx, sentence, trigger, frames.get(i)))
        a, b = ctx.clause_bounds(sentence, trigger.start)
        mentions[-1].near = frozenset(r.entity for r in ctx.refs.within(a, b, "person"))
    extents = [m.extent for m in mentions if m.frame is not None]
    for mention in mentions:
        # "подписан в рамках заседания комиссии ..., которое прошло под председательством X и Y":
        # the relative clause after a frame speaks of the frame, and its persons are the frame's
        if mention.frame is not None and (rel := _RELATIVE_AFTER.match(text, mention.extent[1])):
            clause = (rel.end(), _segment_end(text, rel.end(), sentence.end))
            if _CHAIRED.match(text, clause[0]):
                extents.append(clause)
                part = SPECIFIC_PARTS.get(mention.kind, Part.PARTICIPANT)
                chairs = ctx.refs.within(*clause, "person")
                mention.participants += [(r.entity, part, r.start) for r in chairs]
    mains = [m for m in mentions if m.frame is None]
    main_starts = [t.start for m, t in zip(mentions, triggers, strict=True) if m.frame is None]
    verbs = frozenset(t.start for m, t in zip(mentions, triggers, strict=True) if m.frame is None and t.verb)
    # "«В программе визита сохраняются переговоры министров и заседание ...»": the events of a
    # visit's programme, in the quoted words of one who speaks of it, are events of that visit
    programme = any(
        m.quoted and m.frame is not None and m.frame.frame is Frame.WITHIN and m.kind in VISITS
        for m in mentions
    )
    for mention, trigger in zip(mentions, triggers, strict=True):
        if mention.frame is None:
            _fill_main(ctx, sentence, trigger, mention, extents, main_starts, verbs, programme)
    for mention, trigger in zip(mentions, triggers, strict=True):
        if mention.describes:  # "провел переговоры с Токаевым, находящимся в России с визитом"
            _host_country(ctx, sentence, mention, trigger)
            _venue_beside_stay(ctx, sentence, mention, mentions, triggers, extents)
            for main in mains:
                if main.kind not in VISITS and main.parent is None and main.quoted == mention.quoted:
                    main.parent = mention
    for i in holding:  # "открывается заседание Форума ...": where the session is, the forum is
        if mentions[i].venue is None and mentions[i - 1].venue is not None:
            mentions[i].venue = mentions[i - 1].venue
    _assign_dates(ctx, sentence, mentions)
    _where_clauses(ctx, sentence, mentions)
    _opening_date_coordinated(ctx, sentence, mentions)
    _opening_date(ctx, sentence, mentions)
    for i in held_at:  # "встречались в апреле в Минске на заседании Совета": then and there, the session
        if mentions[i].dates is None:
            mentions[i].dates = mentions[i - 1].dates
        if mentions[i].venue is None:
            mentions[i].venue = mentions[i - 1].venue
    _sidelines_date(ctx, sentence, mentions)
    _day_of_event(ctx, sentence, mentions)
    _continued_at(ctx, sentence, mentions)
    _relative_clauses(ctx, sentence, mentions)
    _when_visits(ctx, sentence, mentions)
    _purpose_of_trips(ctx, mentions)
    for mention in mentions:
        if (
            mention.frame is not None
            and mention.kind in VISITS
            and (not mention.participants or mention.cataphoric)
        ):
            subject = _subject_after(ctx, mention.extent[1], sentence.end)
            if subject is not None:  # "во время визита в Израиль Владимир Путин встретился ...": his visit
                mention.participants = [(subject.entity, Part.VISITOR, subject.start)]
        elif (
            mention.frame is not None
            and mention.kind in BILATERAL
            and len({p[0] for p in mention.participants}) == 1
            and not mention.quoted
        ):
            subject = _subject_after(ctx, mention.extent[1], sentence.end)
            if subject is not None and subject.entity != mention.participants[0][0]:
                # "Во время встречи с X в Сочи Петров заявил ...": the one who met X
                part = SPECIFIC_PARTS.get(mention.kind, Part.PARTICIPANT)
                mention.participants.append((subject.entity, part, subject.start))
        elif (
            mention.frame is not None
            and mention.frame.frame is Frame.WITHIN
            and mention.kind not in VISITS
            and not mention.participants
            and not mention.quoted
            and not mains  # a main event's persons reach the frame's through it
            and _stated_frame(ctx.text, mention.frame)
        ):
            subject = _subject_before(ctx, sentence.start, mention.frame.start)
            if subject is not None:  # "Мадуро объявил об этом в ходе церемонии": he was at it
                part = SPECIFIC_PARTS.get(mention.kind, Part.PARTICIPANT)
                mention.participants = [(subject.entity, part, subject.start)]
    if _BARE_SIDELINES.match(text, sentence.start):
        for main in mains:
            main.sidelines = not main.quoted
    for main in mains:
        if not main.quoted and _PRONOUN_SIDELINES.search(
            text, ctx.clause_bounds(sentence, main.start)[0], main.start
        ):
            main.sidelines = True
    _day_before(text, sentence, mentions)
    main_status = next((s for m in mains for _, s, _ in m.statuses), None)
    for mention in mentions:
        if mention.frame is None:
            continue
        if mention.quoted:
            # "в ходе визита будет подписано соглашение", said in direct speech: a parent still
            if mention.frame.frame is Frame.WITHIN:
                for main in mains:
                    if main.spoken:
                        main.parent = mention
            continue
        if mention.frame.frame is Frame.WITHIN:
            if main_status is not None:
                mention.statuses.append((1, main_status, mention.start))
            elif not mains and (described := _described_within(ctx.text, mention, mentions)) is not None:
                # "заседания, которое состоится в рамках государственного визита ...": the visit
                # holds the event whose relative clause frames it, and is to come as that is
                described.parent = mention
                mention.statuses += [(1, s, mention.start) for _, s, _ in described.statuses[:1]]
                after = ctx.dates_within(mention.evidence[0][1], sentence.end)
                if mention.dates is None and after:  # "... визита ... в Узбекистан в апреле": its month
                    mention.dates = after[0].dates
            for main in mains:
                if _ANOTHER_TIME.search(text, mention.extent[1], main.start):
                    continue  # "met on the sidelines of a session, after each had held a meeting"
                main.parent = mention
                if mention.kind not in VISITS and main.venue is None and mention.venue is not None:
                    main.venue = mention.venue  # "will meet ... on the sidelines of a summit in Dushanbe"
        elif mention.frame.frame in (Frame.BEFORE, Frame.PLAN):
            mention.statuses.append((1, EventStatus.SCHEDULED, mention.start))
        else:
            mention.statuses.append((1, EventStatus.OCCURRED, mention.start))
            if mention.kind in GATHERINGS and _OUTCOME.match(text, mention.frame.start):
                for main in mains:  # "По итогам заседания министры подписали план": signed at it
                    if main.kind is EventKind.SIGNING and main.parent is None:
                        main.parent = mention
            elif mention.kind in BILATERAL and _OUTCOME.match(text, mention.frame.start):
                for main in mains:  # "По итогам переговоров подписан меморандум": within their visit
                    if main.kind is EventKind.SIGNING:
                        main.outcome_of = mention
    for mention in mentions:  # "встретился с семьей X", "в день смерти X": X is no side of it
        mention.participants = [p for p in mention.participants if not _owner(ctx, p[2], sentence.start)]
    if len(mentions) == 1 and mentions[0].dates is None and _habitual(text, triggers[0]):
        return []  # "В последнее время она встречалась с X": contact over time, no one meeting
    return _split_bilateral(ctx.text, _merge_in_sentence(mentions, ctx.text))


# the past imperfective forms of meeting (встречался), which speak of repeated contact unless dated
_HABITUAL = frozenset(fold(w) for w in table("word_lists").words(list="habitual_meeting"))


def _habitual(text: str, trigger: Trigger) -> bool:
    """Whether a meeting's trigger is a past imperfective form (``встречался``)."""
    return trigger.verb and fold(text[trigger.start : trigger.end]) in _HABITUAL


# the nouns whose genitive names someone who is no side of the clause's event (the owner_noun
# and kin_noun lists: stems, read with a noun's case endings; kin: nominatives)
_NOUN_ENDING = r"(?:|а|я|ы|и|е|у|ю|о|ь|й|ой|ей|ою|ею|ом|ем|ью|ах|ях|ов|ев|ам|ям|ами|ями)"


_OWNER_STEMS, _KIN_STEMS, _RELATIVES = (
    table("word_lists").pattern(lang="ru", list=n) for n in ("owner_noun", "kin_noun", "kin")
)
# the head, then up to four words of its phrase before the name (бывшего президента ЮАР)
_OWNER_BEFORE = re.compile(
    rf"(?<![\w])(?i:(?:(?P<owner>{_OWNER_STEMS})|{_KIN_STEMS}){_NOUN_ENDING}|(?P<kin>{_RELATIVES}))\s+"
    r"(?P<mid>(?:(?:[а-яё-]+|[A-ZА-ЯЁ]{2,}|«[^»]{1,40}»)\s+){0,4})$"
)
# "в годовщину его смерти": a possessive pronoun before such a noun
_OWNER_PRONOUN = re.compile(
    rf"(?:{_POSSESSIVE_RU})\s+(?i:{_OWNER_STEMS}){_NOUN_ENDING}(?![\w])", re.IGNORECASE
)
# words that end such a phrase: a verb's endings, prepositions and the small words between phrases
_VERB_LIKE = re.compile(r"\w*(?:л|ла|ло|ли|лся|лась|лись|ть|ться|ет|ит|ют|ят|ут|ат|ется|ится)")
_PHRASE_BREAK = frozenset(
    fold(w)
    for lst in ("preposition", "joiner", "phrase_break")
    for w in table("word_lists").words(lang="ru", list=lst)
)


# "Foreign ministers X and Y met the day before", "The day before, X held talks": the day before
# the day of the article's news (the ``day_before`` list)
# (not "the day before the summit": the eve of another event, whose day it does not tell)
_DAY_BEFORE = re.compile(
    r"(?<![\w])(?:"
    + table("word_lists").pattern(list="day_before", lang="en")
    + r")(?![\w])(?!\s+(?:(?:"
    + alternation(w for w in _DETERMINERS if w.isascii())
    + r")(?![\w])|(?-i:[A-Z])))",
    re.IGNORECASE,
)


def _day_before(text: str, sentence: Sentence, mentions: list[EventMention]) -> None:
    """Mark the events ``the day before`` dates: every main one of its sentence when the phrase
    opens it (``The day before, ...``), else the main event named last before the phrase."""
    mains = [x for x in mentions if x.frame is None and not x.quoted]
    for m in _DAY_BEFORE.finditer(text, sentence.start, sentence.end):
        if _SPACE.fullmatch(text, sentence.start, m.start()):
            for main in mains:
                main.day_before = True
            continue
        before = [x for x in mains if x.start < m.start()]
        if before:
            max(before, key=lambda x: x.start).day_before = True


def _owner(ctx: ArticleContext, position: int, sentence_start: int) -> bool:
    """Whether the person named at ``position`` is named in the genitive of a noun of the
    owner_noun or kin_noun lists (``встретился с семьей бывшего президента X``, ``в день смерти
    X``, ``закон X``, ``в годовщину его смерти``, ``присутствовала жена X``), and so is no side
    of the event; a name in the nominative after a relative (``жена Анна``) is the relative."""
    text = ctx.text
    ref = ctx.refs.starting_at(position)
    if ref is None or ref.group != "person":
        return ref is None and _OWNER_PRONOUN.match(text, position) is not None
    m = _OWNER_BEFORE.search(text, max(sentence_start, position - 120), position)
    if m is None:
        return False
    for word in m.group("mid").split():
        if word.islower() and (fold(word) in _PHRASE_BREAK or _VERB_LIKE.fullmatch(word)):
            return False
    if m.group("owner") is not None:
        return True
    first = ref.text.split()[0]  # "в семье рабочих Анна Петрова": the name of the sentence's subject
    return not ref.nominative and (m.group("kin") is None or first[-1:].lower() in ("а", "я", "ы", "и"))


# "По итогам заседания", "Following the meeting of the commission": the outcome of a gathering,
# where what is signed after it was signed
_OUTCOME = re.compile(r"(?:по\s+итогам|following|after)(?![\w])", re.IGNORECASE)

_SESSION_BODIES = table("word_lists").pattern(list="session_body", lang="en")
# "the fourth meeting of the inter-parliamentary commission", "the commission would meet"
_OF_SESSION_BODY = re.compile(
    rf"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_SESSION_BODIES})(?![\w])", re.IGNORECASE
)
_SESSION_BODY_BEFORE = re.compile(rf"(?<![\w])(?:{_SESSION_BODIES})\s+(?:(?-i:[a-z]+)\s+)?$", re.IGNORECASE)


def _in_session(text: str, trigger: Trigger) -> Trigger:
    """A meeting of a commission, or a commission that meets, is the commission's session."""
    if trigger.kind is not EventKind.MEETING or trigger.hosting:
        return trigger
    held = (
        _SESSION_BODY_BEFORE.search(text, max(0, trigger.start - 40), trigger.start)
        if trigger.verb
        else _OF_SESSION_BODY.match(text, trigger.end)
    )
    return trigger if held is None else Trigger(EventKind.SESSION, trigger.start, trigger.end, trigger.verb)


# prepositions that put the person after them in an object, not the subject
_OBJECT_WORDS = frozenset(
    {"с", "со", "к", "ко", "по", "для", "о", "об", "от", "у", "with", "to", "for", "by"}
)


def _subject_after(ctx: ArticleContext, start: int, end: int) -> Ref | None:
    """The person named in the nominative first after ``start``, when only a comma, dates,
    places or lower-case words stand before it (the subject of the clause a frame opens)."""
    for ref in ctx.refs.within(start, end, "person"):
        gap = ctx.text[start : ref.start]
        words = [w.strip(",").lower() for w in gap.split() if w.strip(",")]
        if (
            any(c in gap for c in '.;:!?«»"()')
            or any(w[:1].isupper() for w in gap.split()[:1])
            or len(words) > 4
            or any(w in _OBJECT_WORDS or status_of_word(w) is not None for w in words)
        ):
            return None  # "В ходе визита запланированы переговоры с ...": no subject there
        return ref if ref.nominative else None
    return None


# "Мадуро объявил об этом в ходе": the subject, a past-tense verb, at most three words, the frame
_SUBJECT_VERB_GAP = re.compile(r"\s+[а-яё-]+(?:л|ла|ли|лся|лась|лись)(?:\s+[\w-]+){0,3}?\s+", re.IGNORECASE)


def _subject_before(ctx: ArticleContext, start: int, frame_start: int) -> Ref | None:
    """The person who is the subject of the verb right before a frame (``X объявил в ходе ...``)."""
    people = [r for r in ctx.refs.within(start, frame_start, "person") if not r.embedded]
    if not people:
        return None
    last = people[-1]
    return last if _SUBJECT_VERB_GAP.fullmatch(ctx.text, last.end, frame_start) else None


def _stated_frame(text: str, frame: FrameCue) -> bool:
    """Whether the frame is a cue's own words (``в ходе``), not a gathering that holds a part."""
    return any(cue.start == frame.start for cue in find_frame_cues(text, frame.start, frame.end))


def _modifiers_only(gap: str) -> bool:
    """Whether the words between a framing phrase and a trigger only modify the trigger.

    ``накануне исторического визита``, ``during Xi's state visit``, ``on the sidelines of a
    regional summit``: yes; ``Накануне Лавров выступил с заявлением``, ``before he held talks``:
    no, ``накануне`` is an adverb there and ``he`` a subject. Names
    and acronyms count as modifiers (``on the sidelines of the G7 summit``).
    """
    words = gap.split()
    if len(words) > 3:
        return False
    for word in words:
        low = word.lower()
        if low in _DETERMINERS or _ADJECTIVE.fullmatch(low) or low.endswith(("'s", "’s")):
            continue
        if _ENGLISH_MODIFIER.fullmatch(low) and low not in _SUBJECTS and status_of_word(low) is None:
            continue  # "on the sidelines of a regional summit", "during his two-day visit"
        if not (word[0].isupper() or any(c.isdigit() for c in word)):
            return False
    return True


# an English word that may modify a noun: lower case, not a verb form in -ed or -ing
_ENGLISH_MODIFIER = re.compile(r"[a-z][a-z-]*(?<!ed)(?<!ing)")
_SUBJECTS = frozenset(table("word_lists").words(list="subject_pronoun"))
# "пригласил его посетить", "invited him to visit": whom the verb invites is the visitor
_INVITE = re.compile(rf"(?<![\w-])(?:{INVITE_VERBS})(?![\w-])", re.IGNORECASE)
GATHERINGS = frozenset({EventKind.FORUM, EventKind.SUMMIT, EventKind.SESSION})
"""Kinds of event that gather many (a forum, a summit, a session) and hold parts of their own."""


def _join_adjacent(text: str, triggers: list[Trigger]) -> list[Trigger]:
    """Two triggers side by side that name one event, of the more telling kind.

    ``церемония открытия``, ``signing ceremony``: an opening, a signing. ``открытие форума``,
    ``открылся форум``, ``the summit opened``: the forum or summit itself, begun.
    """
    out: list[Trigger] = []
    for trigger in triggers:
        if out:
            last = out[-1]
            close = len(text[last.end : trigger.start].split()) <= 1
            pair = {last.kind, trigger.kind}
            kind = None
            if EventKind.CEREMONY in pair and pair & {EventKind.OPENING, EventKind.SIGNING}:
                kind = trigger.kind if last.kind is EventKind.CEREMONY else last.kind
            elif EventKind.OPENING in pair and pair & GATHERINGS:
                kind = trigger.kind if last.kind is EventKind.OPENING else last.kind
            if close and kind is not None:
                out[-1] = Trigger(kind, last.start, trigger.end, last.verb and trigger.verb)
                continue
            if _opens_itself(text, last, trigger) or _opened_gathering(text, last, trigger):
                continue
        out.append(trigger)
    return out


# "attended the opening of the X Business Forum", "to open the Finnish-Kazakh business forum":
# the English words between an opening and the gathering it opens (its object)
_OPENED_OBJECT = re.compile(r"\s+(?:of\s+)?(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,4}", re.IGNORECASE)


def _opened_gathering(text: str, opening: Trigger, gathering: Trigger) -> bool:
    """Whether ``gathering`` is the English object of ``opening`` (``the opening of the X Business
    Forum``, ``to open the business forum``): the thing opened, no event of its own."""
    if opening.kind is not EventKind.OPENING or gathering.kind not in GATHERINGS or gathering.verb:
        return False
    gap = _OPENED_OBJECT.fullmatch(text, opening.end, gathering.start)
    return gap is not None and _modifiers_only(text[gap.start() : gathering.start].replace(" of ", " "))


# the kinds of events held within a forum or summit named after them in the genitive
_PARTS_OF_GATHERINGS = frozenset(
    {EventKind.SESSION, EventKind.MEETING, EventKind.TALKS, EventKind.CEREMONY, EventKind.SIGNING}
)
_GATHERINGS_HOLDING = frozenset({EventKind.FORUM, EventKind.SUMMIT})


def _holds_previous(text: str, part: Trigger, gathering: Trigger) -> bool:
    """Whether ``gathering`` names, in the genitive right after it, the forum or summit that the
    event of ``part`` is held within (``пленарное заседание форума``): a frame of that event."""
    if part.verb or gathering.verb or part.kind not in _PARTS_OF_GATHERINGS:
        return False
    if gathering.kind not in _GATHERINGS_HOLDING or not _modifiers_only(text[part.end : gathering.start]):
        return False
    words = _WORD.findall(text, gathering.start, gathering.end)
    return bool(words) and _GENITIVE.fullmatch(words[-1].lower()) is not None


# "перенесена с 20 марта на 24 апреля": the old date (group 1: after "с") and the new one
_MOVED = re.compile(r"(?<![\w])перен[её]с\w*\s+(?:(с)|(?:с\s+[\w-]+(?:\s+[\w-]+)?\s+)?на)\s+$", re.IGNORECASE)
# "перенесено на февраль 2027 года": the new date, its "на" in the date's own words
_MOVED_TO = re.compile(r"(?<![\w])перен[её]с\w*\s+()$", re.IGNORECASE)
# ", которое прошло под председательством ...": a relative clause after a frame's phrase (its chairs)
_RELATIVE_AFTER = re.compile(r"[^,.;:!?]{0,80}?,\s*(?=котор)", re.IGNORECASE)
_CHAIRED = re.compile(r"котор\w+\s+(?:прош\w+\s+|проход\w+\s+)?под\s+председательством", re.IGNORECASE)
# "визит продлится до 13 марта: в пятницу он встретится": the name right before a verb is its subject
_SUBJECT_GAP = re.compile(r"\s+")
# "визит Байрамова продлится до 13 марта": how long an event goes on, which says nothing of its status
# (the ``lasting_verb`` list; up to three words between the event and the verb)
_LASTING = (
    r"(?:\s+[\w-]+){0,3}?\s+(?:"
    + table("word_lists").pattern(list="lasting_verb", lang="ru")
    + r")\s+(?:до|по)\s"
)
_LASTS = re.compile(_LASTING, re.IGNORECASE)
# "The visit will end on Saturday", "Визит завершится в пятницу", "визит продлится до 16 мая":
# the day a visit ends (the ``ending_verb`` list)
_ENDING_EN = alternation(
    r"\s+".join(w.split()) for w in table("word_lists").words(list="ending_verb", lang="en")
)
_ENDS_ON = re.compile(
    r"\s+(?:"
    + _ENDING_EN
    + r")\s+on\s|(?:\s+[\w-]+){0,3}?\s+(?:"
    + table("word_lists").pattern(list="ending_verb", lang="ru")
    + r")\s+(?:в|во)\s|"
    + _LASTING,
    re.IGNORECASE,
)
# "a working visit, which will end on December 16", "a two-day visit that will also take her to
# Gyumri": a relative clause right after a visit's noun that tells its end or its later legs,
# not whether the visit is to come (group 1: the end's verb, the ``ending_verb`` list)
_REST_VERB = r"\s+(?:(" + _ENDING_EN + r")\s+on\s|will\s+also\s)"
_REST_OF_VISIT = re.compile(
    r"(?:(?:\s+[\w'\u2019.-]+){0,4}?\s*,\s*which|\s+that)" + _REST_VERB, re.IGNORECASE
)
_REST_CLAUSE = re.compile(r"\s*which" + _REST_VERB, re.IGNORECASE)  # after the clause's comma
# "встречались в апреле в Минске на заседании": the dates and places between a part and "на"
_HELD_AT = re.compile(
    r"(?:\s+(?:в|во)\s+[\w-]+(?:\s+\d{4}\s+года)?)*\s+(на)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
# "expected to sign the treaty at a summit of ...": the object between the part and "at"
_HELD_AT_EN = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(at)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_GATHERINGS_AT = frozenset({EventKind.SESSION, EventKind.FORUM, EventKind.SUMMIT})


def _held_at(ctx: ArticleContext, part: Trigger, gathering: Trigger) -> int | None:
    """Where ``на`` stands when the meeting, talks or signing of ``part`` (a verb) was held at the
    session, forum or summit of ``gathering`` (``встречались в апреле в Минске на заседании
    Совета``, ``подписали на саммите``): a frame of that event."""
    if not part.verb or part.kind not in _PARTS_OF_GATHERINGS or gathering.kind not in _GATHERINGS_AT:
        return None
    m = _HELD_AT.fullmatch(ctx.text, part.end, gathering.start) or _HELD_AT_EN.fullmatch(
        ctx.text, part.end, gathering.start
    )
    return m.start(1) if m is not None else None


# "Форум ... открылся", "the summit ... opened": a gathering that begins, said with a verb of no object
_OPENS = re.compile(r"[\w-]+(?:ся|сь)|opened|opens|began|begins", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()«»\"—–]")
# "форума регионов, который открылся во вторник": a relative clause of the gathering named before it
_WHICH = re.compile(r"\s*,\s*(?:котор(?:ый|ая|ое|ые)|which)\s+")


# "the fifth meeting of the X Dialogue opened in the capital": a meeting begun, as a forum is
_OPEN_ITSELF = GATHERINGS | {EventKind.MEETING}


def _opens_itself(text: str, gathering: Trigger, opening: Trigger) -> bool:
    """Whether ``opening`` only says that the forum, summit or session named before it in the
    same stretch of the clause, or in a relative clause right after it, began (``XXII Форум регионов
    открылся в среду``, ``форума, который открылся во вторник``): no event of its own."""
    if gathering.kind not in _OPEN_ITSELF or opening.kind is not EventKind.OPENING or not opening.verb:
        return False
    gap = text[gathering.end : opening.start]
    which = _WHICH.search(gap)
    if which is not None:  # the gathering's name, then the relative clause
        gap = gap[: which.start()] + " " + gap[which.end() :]
    return (
        _OPENS.fullmatch(text, opening.start, opening.end) is not None
        and _CLAUSE_BREAK.search(gap) is None
        and len(gap.split()) <= 8
    )


_RETYPED = frozenset({EventKind.TALKS, EventKind.MEETING})


_WITH = re.compile(r"(?<![\w])(?:со?|with)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _with_someone(ctx: ArticleContext, clause: tuple[int, int]) -> bool:
    """Whether the clause names a person after ``с`` / ``with``: whom a call is with."""
    return any(
        _WITH.search(ctx.text, max(clause[0], r.start - 40), r.start)
        for r in ctx.refs.within(*clause, "person")
    )


def _apply_modes(
    ctx: ArticleContext, sentence: Sentence, triggers: list[Trigger], dropped: set[tuple[int, int]]
) -> list[Trigger]:
    """Talks or a meeting held at a distance are a call: ``провел переговоры в режиме
    видеоконференции``, ``held talks with Xi by video link``.

    A mode phrase retypes the talks or meeting of its clause (the nearest) and is dropped when
    its clause has another event (``саммит в формате видеоконференции`` stays a summit), or
    had a trigger that names no event (``заседание суда по видеосвязи``); alone, it names an
    event of its own kind when the clause says with whom (``пообщался по видеосвязи с ...``).
    """
    if not any(t.mode for t in triggers):
        return triggers
    out = list(triggers)
    for mode in [t for t in triggers if t.mode]:
        clause = ctx.clause_bounds(sentence, mode.start)
        if clause in dropped:
            out.remove(mode)
            continue
        others = [(i, t) for i, t in enumerate(out) if not t.mode and clause[0] <= t.start < clause[1]]
        if not others:
            if not _with_someone(ctx, clause):
                out.remove(mode)  # "уведомили его по видеосвязи": a means, no talk with anyone
            continue
        i, nearest = min(others, key=lambda it: (it[1].kind not in _RETYPED, abs(it[1].start - mode.start)))
        if nearest.kind in _RETYPED:
            out[i] = Trigger(
                mode.kind, nearest.start, nearest.end, nearest.verb, nearest.hosting, hosted=nearest.hosted
            )
        out.remove(mode)
    return out


def _mention(
    ctx: ArticleContext, sentence: Sentence, trigger: Trigger, frame: FrameCue | None
) -> EventMention:
    """The mention of ``trigger``: its evidence, and for a frame the words of its phrase."""
    text = ctx.text
    quoted = ctx.quoted(trigger.start, trigger.end)
    visit = trigger.kind in VISITS
    end, objects, destination = _object_phrase(ctx, trigger, sentence.end, visit, frame is not None)
    start = frame.start if frame is not None else _left_edge(text, trigger, sentence.start)
    evidence_end = end if trigger.verb else trigger.end
    mention = EventMention(
        trigger.kind, [(start, evidence_end)], sentence.paragraph, quoted, frame, (start, end)
    )
    mention.verb = trigger.verb
    reach = max(sentence.start, trigger.start - 12)  # (the longest demonstrative and a space)
    mention.demonstrative = not trigger.verb and _DEMONSTRATIVE.search(text, reach, trigger.start) is not None
    mention.office = visit and trigger.verb and _names_office(text, sentence.start, trigger.start)
    mention.named = _named(text, trigger, sentence.start, sentence.end)
    mention.of_body = (
        trigger.kind is EventKind.MEETING and not trigger.verb and _of_body(text, trigger.end, sentence.end)
    )
    mention.welcome = trigger.kind is EventKind.CEREMONY and (
        _WELCOME.search(text, max(sentence.start, trigger.start - _WELCOME_REACH), trigger.start) is not None
    )
    mention.definite = not trigger.verb and (
        _THE.search(text, max(sentence.start, trigger.start - 5), trigger.start) is not None
        # "Заседание прошло под председательством ...": a Russian noun that opens its sentence
        # (what the sentence is about) is one spoken of before
        or (
            mention.kind in GATHERINGS
            and _OPENS_SENTENCE.fullmatch(text, sentence.start, trigger.start) is not None
        )
        # "В заседании приняли участие ...": who took part in the one spoken of before
        or (
            mention.kind in GATHERINGS
            and _IN_OPENING.fullmatch(text, sentence.start, trigger.start) is not None
            and _TOOK_PART.match(text, trigger.end, sentence.end) is not None
        )
    )
    mention.same_day = _SAME_DAY.match(text, sentence.start, trigger.start) is not None
    mention.arrival = visit and (
        (trigger.verb and _ARRIVAL.match(text, trigger.start) is not None)
        or (not trigger.verb and _ARRIVED_WITH.search(text, sentence.start, trigger.start) is not None)
    )
    mention.titled = visit and not trigger.verb and _titled(ctx, trigger.end)
    # before the trigger's own words too: "провести следующий форум" has "следующий" in its evidence
    # (a verb's trigger may begin with its own "to": "agreed to meet again in Brussels")
    fresh = _FRESH.search(text, max(sentence.start, start - 40), _words_start(text, trigger))
    mention.fresh = (
        fresh is not None
        or _INDEFINITE.search(text, max(sentence.start, trigger.start - 30), trigger.start) is not None
    )
    mention.regular = fresh is not None and fresh.group().lower().startswith("очередн")
    length = _LENGTH.search(text, max(sentence.start, trigger.start - 25), trigger.start)
    if length is not None:
        mention.days = _DAYS[length.group(1).lower()]
        ended = _ENDED.search(text, max(sentence.start, length.start() - 40), length.start())
        mention.ends = ended is not None
    if destination is not None and not destination.embedded:
        mention.venue = (3, destination.entity)
    for ref in objects:
        if ref.group == "venue" and not ref.embedded and ref is not destination:
            if trigger.kind in _OBJECT_FIRST:
                mention.object_venue = ref.entity
                mention.venue = (3, ref.entity)
            elif mention.venue is None:
                # "Форум регионов Беларуси и России пройдет в Витебске": a place in the genitive
                # says whose event it is; any place named with "в" / "на" in the clause is where
                at = visit or _AT.search(text, max(0, ref.start - _AT_REACH), ref.start) is not None
                mention.venue = (2 if at else 0, ref.entity)
    if frame is not None:
        people = [r for r in ctx.refs.within(start, end, "person") if r.start >= frame.end]
        bilateral = not people and trigger.kind in BILATERAL
        sides = _framed_sides(ctx, trigger, sentence.end) if bilateral else None
        if sides is not None:
            # "в ходе телефонного разговора министров иностранных дел двух стран X и Y": its sides
            people = [sides[0], sides[1]]
            mention.extent = (start, max(mention.extent[1], sides[2]))
        pronouns = ctx.refs.pronouns(frame.end, trigger.start, sentence.paragraph)
        # "During his visit, Khurelsukh ...": an English possessive before the subject is the subject's
        mention.cataphoric = not people and bool(pronouns) and all(r.text.isascii() for r in pronouns)
        people += pronouns
        part = Part.VISITOR if visit else SPECIFIC_PARTS.get(trigger.kind, Part.PARTICIPANT)
        for ref in people:
            mention.participants.append((ref.entity, part, ref.start))
        # "по итогам переговоров глав правительств": the persons of the event spoken of before
        after = _SPACE.match(text, trigger.end, sentence.end).end()  # type: ignore[union-attr]
        between = _BETWEEN.match(text, after, sentence.end)
        after = between.end() if between is not None else after
        mention.group = not people and _GROUP.match(text, after, sentence.end) is not None
        if mention.group:
            mention.named_last = ctx.last_persons(start, sentence.paragraph)
    return mention


_BETWEEN = re.compile(r"between\s+", re.IGNORECASE)  # "talks between the two ministers"
_AND_RU = re.compile(r"\s+и\s+")
_WITH_SIDE = re.compile(r"\s+со?\s+")
_SIDES_END = re.compile(r"\s*(?:[.,;]|$)")


def _framed_sides(ctx: ArticleContext, trigger: Trigger, limit: int) -> tuple[Ref, Ref, int] | None:
    """The two sides a frame's call, talks or meeting names after its noun: after a group in the
    genitive (``в ходе телефонного разговора министров иностранных дел двух стран X и Y``,
    ``после разговора президентов X и Y``), or one side then the other after ``с`` at the end of
    the clause (``в ходе телефонного разговора X с министром иностранных дел Казахстана Y.``)."""
    text = ctx.text

    def whole(ref: Ref) -> Ref:
        """A title and the same person's name right after it as one: the name, else ``ref``."""
        same = ctx.refs.starting_at(_SPACE.match(text, ref.end).end())  # type: ignore[union-attr]
        return same if same is not None and same.entity == ref.entity else ref

    def person_at(at: int) -> Ref | None:
        ref = ctx.refs.starting_at(_SPACE.match(text, at).end())  # type: ignore[union-attr]
        return whole(ref) if ref is not None and ref.group == "person" else None

    def past(ref: Ref) -> int:
        return whole(ref).end

    after = _SPACE.match(text, trigger.end, limit).end()  # type: ignore[union-attr]
    group = _GROUP.match(text, after, limit)
    if group is not None:
        first = person_at(group.end())
        joined = _AND_RU.match(text, first.end, limit) if first is not None else None
        second = person_at(joined.end()) if joined is not None else None
        if first is not None and second is not None and first.entity != second.entity:
            return first, second, second.end
        return None
    first = ctx.refs.starting_at(after)
    if first is None or first.group != "person":
        return None
    with_ = _WITH_SIDE.match(text, past(first), limit)
    if with_ is None:
        return None
    ahead = ctx.refs.within(with_.end(), min(limit, with_.end() + 80), "person")
    gap = text[with_.end() : ahead[0].start] if ahead else ""
    if not ahead or len(gap.split()) > 5 or any(c in gap for c in ',;:.!?«»"()'):
        return None
    second = ahead[0]
    if second.entity == first.entity or _SIDES_END.match(text, past(second), limit) is None:
        return None
    return first, second, past(second)


# the stems of the head words of titles (``президент``, ``председатель``, ``minister``)
_TITLE_STEMS = tuple(
    sorted({w[:-1] if len(w) > 5 else w for w in table("title_words").words(part="head") if " " not in w})
)


# a demonstrative right before a trigger (``об этой встрече``)
_DEMONSTRATIVE = re.compile(
    r"(?<![\w-])(?:" + alternation(table("word_lists").words(list="demonstrative")) + r")\s+$", re.IGNORECASE
)
# the stems of Russian nouns of a body of persons sent abroad (делегация, миссия)
_DELEGATION_STEMS = tuple(sorted(table("word_lists").words(list="delegation_noun")))


_OFFICE_STEMS = _TITLE_STEMS + _DELEGATION_STEMS


def _names_office(text: str, start: int, end: int) -> bool:
    """Whether a word of ``text[start:end]`` begins with a title's head or a delegation's noun."""
    return any(w.lower().startswith(_OFFICE_STEMS) for w in _WORD.findall(text, start, end))


def _gathering_spoken_of(text: str, trigger: Trigger, kind: EventKind, group: tuple[int, int]) -> bool:
    """Whether a Russian group before a gathering's noun is the subject of a verb other than one of
    holding it or taking part, so names none of its persons (``Министры рассмотрели ход выполнения
    решений, принятых на саммите``, ``министры договорились провести ... заседание``, ``переговоры
    министров и заседание совета``); ``главы государств проведут ... заседание`` does. An English
    group is, where a verb of agreeing stands between (``the ministers agreed to hold the first
    session``, ``had agreed to prepare a summit``): what is agreed names no one yet."""
    if kind not in GATHERINGS or trigger.verb or group[1] > trigger.start:
        return False
    if not any("а" <= c.lower() <= "я" for c in text[trigger.start : trigger.end]):
        return _AGREEING.search(text, group[1], trigger.start) is not None
    return _HOLDING.search(text, group[1], trigger.start) is None


def _group_title(group: str) -> str:
    """The stem of the title word in a group's words (``presiden`` of ``the two presidents``)."""
    for w in _WORD.finditer(group):
        word = w.group().lower()
        stem = next((t for t in _TITLE_STEMS if word.startswith(t)), None)
        if stem is not None:
            return stem
    return ""


# the groups of the ``event_groups`` table that name holders of one office (its ``office`` column)
_OFFICE_GROUP = re.compile(
    r"(?:" + "|".join(table("event_groups").words("pattern", office="yes")) + r")", re.IGNORECASE
)
_TITLE_MODIFIERS = frozenset(table("title_words").words(part="modifier", lang="en"))


def _group_office(group: str, stem: str) -> tuple[str, ...]:
    """The head stem and the title modifiers of a group that names holders of one office
    (``ministe``, ``deputy``, ``foreign`` of ``deputy foreign ministers of the two countries``);
    none for another group (``the two leaders``, ``the sides``)."""
    found = _OFFICE_GROUP.match(group)
    if not stem or found is None:
        return ()
    words = [w.group().lower() for w in _WORD.finditer(found.group())]
    heads = [t for w in words if (t := next((t for t in _TITLE_STEMS if w.startswith(t)), None))]
    head = heads[-1] if heads else stem  # (an English head comes last: "deputy foreign ministers")
    return (head, *(w for w in words if w in _TITLE_MODIFIERS and not w.startswith(head)))


def _titled(ctx: ArticleContext, position: int) -> bool:
    """Whether a title that names no known person comes right after ``position``."""
    at = _SPACE.match(ctx.text, position).end()  # type: ignore[union-attr]
    if ctx.refs.starting_at(at) is not None:
        return False
    w = _WORD.match(ctx.text, at)
    return w is not None and w.group().lower().startswith(_TITLE_STEMS)


_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z]|(?:(?!two\b|both\b)([a-z-]+)\s+)?([a-z]+s)\b)")


def _of_body(text: str, start: int, end: int) -> bool:
    """Whether a meeting's noun ending at ``start`` goes on with a body's name (``of the Council
    of ...``) or holders of a post in the plural (``of defense ministers``, not ``of the two
    leaders``): a gathering of its own."""
    found = _OF_BODY.match(text, start, end)
    return found is not None and (found.group(2) is None or is_role_word(found.group(2)))


def _named(text: str, trigger: Trigger, limit: int, end: int) -> bool:
    """Whether a proper name stands right by the trigger: ``саммит ШОС``, ``the G7 summit``,
    ``саммита "Россия - Африка"``."""
    after = re.match(
        r"[ \t]*(?:of\s+(?:the\s+)?)?(?:[«\"„“]|[A-ZА-ЯЁ][\w-]*|\w*\d)",
        text[trigger.end : min(end, trigger.end + 40)],
    )  # "summit of the Organization of Turkic States" too
    if after is not None:
        return True
    before = text[max(limit, trigger.start - 30) : trigger.start].split()[-2:]
    at_start = text[limit : trigger.start].split()[:1]
    for word in before:
        if word.lower() in _DETERMINERS or (at_start and word == at_start[0] and len(before) == 1):
            continue
        if word[:1].isupper() or any(c.isdigit() for c in word):
            return True
    return False


def _left_edge(text: str, trigger: Trigger, limit: int) -> int:
    """Where a trigger's evidence starts: before its adjectives, or its auxiliary verb."""
    start = trigger.start
    if trigger.verb:
        # an auxiliary is one or two words and the space after them: look from two words back
        i = start
        for _ in range(2):
            while i > limit and text[i - 1].isspace():
                i -= 1
            while i > limit and not text[i - 1].isspace():
                i -= 1
        aux = _AUXILIARY.search(text, i, start)
        return aux.start() if aux is not None else start
    for _ in range(2):
        # the word right before, with white space after it up to ``start``
        end = start
        while end > limit and text[end - 1].isspace():
            end -= 1
        first = end
        while first > limit and (text[first - 1] == "-" or _WORD_CHAR.match(text[first - 1])):
            first -= 1
        if end == start or first == end:
            break
        word = text[first:end]
        if word.lower() in _CLOSED_WORDS or not _ADJECTIVE.fullmatch(word):
            break
        start = first
    return start


def _object_phrase(
    ctx: ArticleContext, trigger: Trigger, limit: int, visit: bool, frame: bool
) -> tuple[int, list[Ref], Ref | None]:
    """The phrase right after a trigger: whose visit, what was opened, where to.

    Grammar (after a noun): ``{genitive-word | name}* [(в|во|на|to) destination]``, and in a
    frame ``[(в|во|на|in|at) place]``; after a verb: ``[date] [name | (в|во|на|to) destination]``.
    A name in the nominative ends the phrase: it is the subject of the next verb
    (``В ходе визита Мирзиёев проведет переговоры``).
    """
    text = ctx.text
    pos = trigger.end
    refs: list[Ref] = []
    destination: Ref | None = None
    words = 0
    while pos < limit:
        p = _SPACE.match(text, pos).end()  # type: ignore[union-attr]
        date_end = ctx.date_end_at.get(p)
        if date_end is not None and date_end <= limit:
            pos = date_end
            continue
        ref = ctx.refs.starting_at(p)
        if ref is not None:
            if (
                not trigger.verb
                and ref.group == "person"
                and ref.nominative
                and not (visit and _destination_follows(ctx, ref.end, limit))
            ):
                break  # a subject; but "визита Ли в Ташкент" is Lee's visit, whatever his case
            refs.append(ref)
            if visit and ref.group == "venue" and trigger.verb:
                destination = destination or ref
            pos = ref.end
            if trigger.verb and len(refs) > 1:
                break
            continue
        w = _WORD.match(text, p)
        if w is None or _GROUP.match(text, p):
            break  # "По итогам переговоров лидеры подписали": the subject of the next verb
        low = w.group().lower()
        q = _SPACE.match(text, w.end()).end()  # type: ignore[union-attr]
        if low == "the" and visit and trigger.verb and not refs:
            place = ctx.refs.starting_at(q)
            if place is not None and place.group == "venue" and not place.embedded:
                pos = w.end()  # "would visit the Belgian capital"
                continue
        date_end = ctx.date_end_at.get(q)
        if low in ("on", "in", "from", "в", "во", "с") and date_end is not None and date_end <= limit:
            pos = date_end  # "a visit to China on May 8-9"
            continue
        if low in _TO or low in ("in", "at"):
            q = _SPACE.match(text, w.end()).end()  # type: ignore[union-attr]
            if frame and (settlement := _SETTLEMENT_OF.match(text, q, limit)) is not None:
                q = settlement.end()  # "on the sidelines of a forum in the Turkish resort of Antalya"
            target = ctx.refs.starting_at(q)
            if target is not None and target.group == "venue" and not target.embedded:
                if visit and _is_destination(low, target):
                    refs.append(target)
                    pos = target.end
                    if destination is None and not trigger.verb and _date_follows(ctx, pos, limit):
                        destination = target
                        continue  # "a visit to China on May 8-9"
                    destination = destination or target
                elif frame and not visit and not trigger.verb and low not in ("to", "into"):
                    refs.append(target)
                    pos = _place_and_date_after(ctx, target.end, limit)
            elif target is None and visit and not trigger.verb and (name := _NAME.match(text, w.end())):
                pos = name.end()  # "a visit to China" where no venue was tagged
                continue
            break
        if trigger.verb:
            break
        if frame and low == "with" and trigger.kind in BILATERAL:
            # "after Mirziyoyev spoke by phone with Putin": the other side is in the frame's phrase
            # (a title in capitals may stand before the name: "with Russian President Vladimir Putin")
            ahead = ctx.refs.within(w.end(), min(limit, w.end() + 80), "person")
            if ahead and all(x[:1].isupper() for x in text[w.end() : ahead[0].start].split()):
                refs.append(ahead[0])
                pos = ahead[0].end
            break
        if frame and low == "between" and trigger.kind in BILATERAL:
            # "during talks between the two ministers in Ankara on Monday": the sides, then the place
            side = _SPACE.match(text, w.end()).end()  # type: ignore[union-attr]
            group = _GROUP.match(text, side, limit)
            if group is not None:
                pos = group.end()
                continue
            first = ctx.refs.starting_at(side)
            pair = _BETWEEN_PAIR.match(text, first.end, limit) if first is not None else None
            second = ctx.refs.starting_at(pair.end()) if pair is not None else None
            if first is not None and second is not None and first.group == second.group == "person":
                refs += [first, second]
                pos = second.end
                continue
            break
        if frame and low in ("с", "со") and trigger.kind in BILATERAL:
            # "во время встречи с губернатором края Петром Сидоровым": the other side, after its
            # lower-case title, before any verb or comma
            ahead = ctx.refs.within(w.end(), min(limit, w.end() + 80), "person")
            gap = text[w.end() : ahead[0].start] if ahead else ""
            if (
                ahead
                and len(gap.split()) <= 5
                and not any(c in gap for c in ',;:.!?«»"()')
                and not any(status_of_word(x.lower()) is not None for x in gap.split())
            ):
                refs.append(ahead[0])
                pos = ahead[0].end
                same = ctx.refs.starting_at(_SPACE.match(text, pos).end())  # type: ignore[union-attr]
                if same is not None and same.entity == ahead[0].entity:
                    pos = same.end  # "с президентом России Дмитрием Медведевым": the title, then the name
                after = _WORD.match(text, _SPACE.match(text, pos).end())  # type: ignore[union-attr]
                if after is not None and after.group().lower() in ("в", "во", "на"):
                    continue  # "во время встречи с Петром Сидоровым в Казани": then where
            break
        if low in ("of", "by") and not trigger.verb:
            # "a visit by President Vladimir Putin to China": names the recognizer did not tag
            q = w.end()
            if frame and not visit and (the := _THE_NAME.match(text, q)) is not None:
                q = the.end()  # "on the sidelines of a summit of the Commonwealth of ..."
                while (body := ctx.refs.starting_at(_SPACE.match(text, q).end())) is not None:  # type: ignore[union-attr]
                    if body.group == "person":
                        break
                    q = body.end
            while (name := _NAME.match(text, q)) is not None and words < 6:
                q, words = name.end(), words + 1
            pos = q
            continue
        if (
            words < 4
            and (w.group()[0].islower() or (visit and _titled_name_ahead(ctx, w.end(), limit)))
            and low not in _CLOSED_WORDS
            and _GENITIVE.fullmatch(low)
            and not low.endswith(_VERB_ENDINGS)
            and status_of_word(low) is None
        ):
            words += 1
            pos = w.end()
            continue
        break
    return pos, refs, destination


def _titled_name_ahead(ctx: ArticleContext, at: int, limit: int) -> bool:
    """Whether a person's name follows within a few capitalised words (``визита Президента
    Беларуси Александра Лукашенко в Узбекистан``: a title in the official style)."""
    ahead = ctx.refs.within(at, min(limit, at + 60), "person")
    gap = ctx.text[at : ahead[0].start].split() if ahead else []
    return bool(ahead) and len(gap) <= 3 and all(x[:1].isupper() and x.isalpha() for x in gap)


_THE_NAME = re.compile(r"\s+the(?=\s+[A-Z])")
# "talks between X and Y": what stands between the two names
_BETWEEN_PAIR = re.compile(r"\s+and\s+")
# after a frame's place: its country, then its date ("in Ashgabat, Turkmenistan, on Oct. 9")
_COMMA = re.compile(r"\s*,\s*")
_ON_DATE = re.compile(r"\s*,?\s*(on|in)\s+", re.IGNORECASE)


def _place_and_date_after(ctx: ArticleContext, position: int, limit: int) -> int:
    """The end of a frame's place: with the country after a comma and a date after ``on``/``in``."""
    text = ctx.text
    comma = _COMMA.match(text, position, limit)
    if comma is not None:
        country = ctx.refs.starting_at(comma.end())
        if country is not None and country.group == "venue" and country.end <= limit:
            position = country.end
    on = _ON_DATE.match(text, position, limit)
    if on is not None:
        date_end = ctx.date_end_at.get(on.end())
        if date_end is None:  # "in Ankara on Monday": a day written with its "on" (a month stays apart)
            day = ctx.dates_within(on.start(1), limit)[:1]
            if day and day[0].span.start == on.start(1) and day[0].dates.start.day is not None:
                date_end = day[0].span.end
        if date_end is not None and date_end <= limit:
            position = date_end
    return position


BILATERAL = frozenset({EventKind.TALKS, EventKind.MEETING, EventKind.PHONE_CALL})
"""Kinds of event with two sides (talks, a meeting, a call), both of which take part."""


def _date_follows(ctx: ArticleContext, position: int, limit: int) -> bool:
    """Whether a date mention comes next (``on May 8-9``, ``11-12 ноября``)."""
    m = re.compile(r"\s*(?:(?:on|in|from|в|во|с)\s+)?").match(ctx.text, position, limit)
    at = m.end() if m is not None else position
    return at in ctx.date_end_at or _SPACE.match(ctx.text, position).end() in ctx.date_end_at  # type: ignore[union-attr]


def _destination_follows(ctx: ArticleContext, position: int, limit: int) -> bool:
    """Whether a destination comes next (``в Ташкент``, ``to Tokyo``)."""
    text = ctx.text
    w = _WORD.match(text, _SPACE.match(text, position).end())  # type: ignore[union-attr]
    if w is None or w.end() > limit or w.group().lower() not in _TO:
        return False
    target = ctx.refs.starting_at(_SPACE.match(text, w.end()).end())  # type: ignore[union-attr]
    return target is not None and target.group == "venue" and _is_destination(w.group().lower(), target)


def _is_destination(preposition: str, venue: Ref) -> bool:
    """``в Россию``, ``в Казахстан``, ``to China``; not ``в России`` (that is where, not whither)."""
    if preposition in ("to", "into"):
        return True
    word = venue.text.strip()
    return word.lower() == venue.name.lower() or word[-1:].lower() in ("у", "ю")


def _fill_main(
    ctx: ArticleContext,
    sentence: Sentence,
    trigger: Trigger,
    mention: EventMention,
    extents: list[tuple[int, int]],
    main_starts: list[int],
    verbs: frozenset[int],
    programme: bool,
) -> None:
    """Status, persons and venue of a trigger that is not a frame, from its clause.

    With several events in a clause, the names before the first are everyone's (the subject),
    and a name after an event's trigger is that event's alone (``will travel to Japan for
    talks with Takaichi``: Takaichi is in the talks, not the trip).
    """
    text = ctx.text
    start, end = ctx.clause_bounds(sentence, trigger.start)
    if mention.quoted:
        # Direct speech that plainly announces a meeting ("Modi and Putin will hold talks on
        # Tuesday") is evidence enough; other words in quotes only echo events found elsewhere.
        region = ctx.quote_around(trigger.start, trigger.end)
        if region is None or (mention.kind not in _SPOKEN_KINDS and not programme):
            return
        start, end = max(start, region[0]), min(end, region[1])

    def free(a: int, b: int) -> bool:
        outside = all(b <= s or a >= e for s, e in extents)
        return outside and (mention.quoted or not ctx.quoted(a, b))

    status = _clause_status(ctx, trigger, start, end, free)
    if status is not None and not trigger.verb and _LASTS.match(text, trigger.end, end):
        status = None  # "Рабочий визит Байрамова продлится до 13 марта: в пятницу он встретится ...": its end
    visit = mention.kind in VISITS
    visit_noun = visit and not trigger.verb
    if visit_noun and _ENDS_ON.match(text, trigger.end, end):
        status, mention.closes = None, True  # "The visit will end on Saturday": its last day
    rest = _REST_OF_VISIT.match(text, trigger.end, end) if visit_noun else None
    if rest is not None:
        # "is on a working visit, which will end on December 16": the status of the words before
        # the clause, and the clause's day is the visit's last
        status = _clause_status(ctx, trigger, start, trigger.end, free)
        mention.closes = mention.closes or rest.group(1) is not None
    if status is not None:
        mention.statuses.append((3, status, trigger.start))
        mention.spoken = mention.quoted
    if mention.quoted and programme:
        mention.spoken = True  # "«В ходе визита ... проведут переговоры, а также заседание»"
    if mention.quoted and not mention.spoken:
        return
    mention.unheld_subject = any(start <= a and b <= trigger.start for a, b in ctx.refs.unheld)
    speakers = ctx.speakers_of(trigger, start, end)
    people = [r for r in ctx.refs.within(start, end, "person") if free(r.start, r.end)]
    people += [r for r in ctx.pronouns(start, end, sentence.paragraph) if free(r.start, r.end)]
    people += [
        Ref(m.start(), m.end(), GUEST, "person", m.group(), "", nominative=True)
        for m in _GUEST.finditer(text, start, end)
        if free(m.start(), m.end())
    ]
    groups = [(a, b) for a, b in ctx.groups(start, end) if free(a, b)]
    # "The ministers agreed to hold the next round of consultations": a next round names no one
    mention.group = (
        bool(groups)
        and not _NEXT.search(text, max(start, trigger.start - 40), trigger.start)
        and not _gathering_spoken_of(text, trigger, mention.kind, groups[0])
    )
    # "X held talks with Y, and the two sides signed": the group is the verb's subject, not X; right
    # before the verb it is that even where a frame's words reach it ("По итогам переговоров стороны
    # подписали": not the talks' side)
    group_subject = _GROUP_SUBJECT.search(text, max(start, trigger.start - 60), trigger.start)
    if (
        trigger.verb
        and group_subject is not None
        and (mention.quoted or not ctx.quoted(*group_subject.span()))
        and not _ONE_SIDE.search(text, max(start, group_subject.start() - 30), group_subject.start())
    ):
        people = [r for r in people if r.start >= group_subject.end()]
        groups = [group_subject.span()]
        mention.group = True
    if mention.group:
        mention.named_last = ctx.last_persons(start, sentence.paragraph)
        mention.group_title = _group_title(text[groups[0][0] : groups[0][1]])
        mention.group_office = _group_office(text[groups[0][0] : groups[0][1]], mention.group_title)
    inside = main_starts[bisect.bisect_left(main_starts, start) : bisect.bisect_left(main_starts, end)]
    later = bisect.bisect_right(inside, trigger.start)  # the first main trigger after this one
    own_zone = (trigger.start, inside[later] if later < len(inside) else end)
    shared_end = inside[0] if inside else end
    # "opened a checkpoint, the first since Presidents X and Y signed the treaty": the subject of
    # a later verb in the clause is not this event's, and a verb with a subject of its own after
    # the clause's first event does not share the clause's subject
    subjects = _subject_chain(ctx, start, own_zone[1]) if own_zone[1] in verbs else []
    later_verb = trigger.verb and trigger.start > shared_end
    own_subject = _subject_chain(ctx, shared_end, trigger.start) if later_verb else []
    if own_subject:
        people = [r for r in people if r.start >= shared_end]
    people = [r for r in people if r not in subjects]
    # ", who took up his post in 2024,": what is said there is of the person before it
    who = [m.span() for m in _WHO_CLAUSE.finditer(text, sentence.start, sentence.end)]
    # who speaks of the event, by the name or by the title before it ("Генеральный секретарь ОДКБ
    # Имангали Тасмагамбетов напомнил, что очередная сессия ...")
    reporters = {
        r.entity
        for r in people
        if not trigger.verb and r.end <= trigger.start and _REPORTER.match(text, r.end, trigger.start)
    }
    # "met X, who handed over an invitation from Y": a clause that ends the sentence is X's too
    last = _WHO_LAST.search(text, trigger.end, sentence.end)
    if last is not None:
        who.append(last.span())
    people = [
        r
        for r in people
        if r.entity not in speakers
        and not any(a <= r.start < b for a, b in who)
        and not _SOURCE_CUE.search(text[max(start, r.start - 80) : r.start])
        and not _SOURCE_PRONOUN.match(text, max(start, r.start - 3), min(end, r.end + 10))
        and not (r.start > trigger.end and _is_reporter(text, r, end))
        and (
            r.start < shared_end
            or own_zone[0] <= r.start < own_zone[1]
            or _owns(text, r, trigger)
            or (trigger.verb and _SUBJECT_GAP.fullmatch(text, r.end, trigger.start) is not None)
            or r in own_subject
        )
        and not (r.end <= trigger.start and r.entity in reporters)
        and not (
            mention.kind is EventKind.SIGNING
            and r.start >= trigger.end
            and _about(text, trigger.end, r.start)
        )
    ]
    who_of = _who_antecedent(ctx, sentence, trigger)
    # "X, who conveyed an invitation to Y to visit Dushanbe": Y visits, not X
    invitation = _INVITATION.search(text, who_of.end, trigger.start) if who_of and visit else None
    if invitation is not None:
        # "who handed over an invitation from President X to pay a state visit": X invites
        people = [r for r in people if not _FROM_INVITER.fullmatch(text, invitation.end(), r.start)]
    invited = invitation is not None and any(invitation.end() < r.start < trigger.start for r in people)
    if who_of is not None and trigger.verb and not invited:
        # "Tokayev, who arrived in Gabala on Tuesday": the relative clause's verb is of its subject;
        # "Foreign Ministers X and Y, who met last week": of both
        antecedents = [*_coordinated_before(ctx, sentence.start, who_of), who_of]
        taken = {r.entity for r in antecedents}
        people = [*antecedents, *(r for r in people if r.start > trigger.start and r.entity not in taken)]
    elif who_of is not None and visit and invitation is None:
        # "X received Y, who arrived ... on an official visit": Y's visit, not X's
        people = [who_of, *(r for r in people if r.start > who_of.end and r.entity != who_of.entity)]
    elif who_of is not None and invitation is None and all(r.entity != who_of.entity for r in people):
        people.append(who_of)  # "Rasulzoda, who accompanied him on Friday to the opening"
    people.sort(key=lambda r: r.start)
    # (a verb's trigger may begin with its own "to": "an invitation to X to visit Tbilisi")
    inviting = _INVITED_TO.search(text, sentence.start, _words_start(text, trigger)) if visit else None
    invite = _invited(text, trigger, start, people) if visit else None
    invited_ru = visit and bool(_INVITATION_RU.search(text, max(start, trigger.start - 80), trigger.start))
    if invited_ru and not mention.quoted:
        # "передал белорусскому лидеру приглашение посетить Ханой": to come, only invited to unless
        # accepted ("принял приглашение посетить Италию"), and then by those who accepted it; who
        # passes it on or sends it ("послание X с приглашением посетить ...") does not visit
        mention.invited_only = not _accepted(text, sentence.start, trigger)
        mention.statuses = [(3, EventStatus.SCHEDULED, trigger.start)]
        if mention.invited_only:
            people = []
    if (inviting is not None or invite is not None) and not mention.quoted:
        # "conveyed an invitation to X to pay an official visit", "пригласил его посетить Париж":
        # a visit only invited to is no event until the invitation is accepted (before it in its
        # sentence, or after it there or in the next) or given a time, and then to come
        mention.invited_only = not _accepted(text, sentence.start, trigger)
        if inviting is not None:
            status = EventStatus.SCHEDULED
            mention.statuses = [(3, status, trigger.start)]
    if inviting is None and mention.kind in GATHERINGS and not mention.quoted:
        inviting = _INVITED_TO_GATHERING.search(text, start, trigger.start)
        if inviting is not None:
            # "X invited Y to the Astana Forum": X invites, and takes no part; Y does once the
            # invitation is accepted (in its sentence or the next), else no one named does yet
            accepted = _accepted_after(text, trigger)
            people = [r for r in people if accepted and r.start > inviting.start()]
    if invite is None and inviting is not None and any(inviting.start() < r.start for r in people):
        invite = inviting.start()  # "conveyed an invitation to X to visit Dushanbe": X visits
    if invite is not None:
        # "X пригласил его посетить Хараре": whom X invites visits; the visit is still to come
        people = [r for r in people if r.start > invite]
        if status is None:
            mention.statuses.append((3, EventStatus.SCHEDULED, trigger.start))
    own_end = mention.extent[1]
    visitor_found = False
    # whose visit the words say: "визит Токаева", "Modi's two-day visit"
    owned = [r for r in people if _owns(text, r, trigger)]
    owners = {r.entity for r in people if trigger.end <= r.start < own_end} | {r.entity for r in owned}
    owned_by_pronoun = any(r.text.lower() in _POSSESSIVE_PRONOUNS for r in owned)
    described = _described(ctx, start, trigger.start) if visit and not trigger.verb and not owners else None
    if described is not None:
        # "Алиев и Токаев, находящийся в Азербайджане с визитом": the visit is Tokayev's alone,
        # and who is named before the participle clause is the subject of another verb
        ref, comma = described
        people = [ref, *(r for r in people if r.start > comma and r.entity != ref.entity)]
        owners = {ref.entity}
        mention.describes = True
        mention.extent = (comma, _segment_end(text, comma + 1, end))
    for ref in people:
        if trigger.hosting:
            part = Part.HOST if (ref.start < trigger.start) != trigger.hosted else Part.VISITOR
        elif visit:
            before = text[max(start, ref.start - 60) : ref.start]
            if _HOST_CUE.search(before):
                part = Part.HOST
                mention.inviters.add(ref.entity)
            elif ref.entity in owners or not (owners or (visitor_found and ref.start > trigger.start)):
                part = Part.VISITOR  # whose visit it is, else the subject(s) or the first one named
                visitor_found = True
            elif visitor_found and ref.start > trigger.start and _COMPANION.search(before):
                part = Part.VISITOR  # who travels along with the visitor
            elif owners and ref.start < trigger.start and owned_by_pronoun:
                continue  # "X held talks with Y on Monday, the first day of her visit": Y's alone
            elif owners:
                part = Part.PARTICIPANT  # "визит Токаева": who else the clause names takes part
            else:
                continue  # "Modi arrived ..., greeted by Manturov": named in another role
        else:
            part = SPECIFIC_PARTS.get(mention.kind, Part.PARTICIPANT)
        mention.participants.append((ref.entity, part, ref.start))
    for ref in ctx.refs.within(start, end, "organization"):
        if not free(ref.start, ref.end):
            continue
        if mention.kind is EventKind.PUBLICATION:
            mention.participants.append((ref.entity, Part.PUBLISHER, ref.start))
        elif _ORGANISER_CUE.search(text[max(start, ref.start - 40) : ref.start]):
            mention.participants.append((ref.entity, Part.ORGANISER, ref.start))
        elif own_zone[0] <= ref.start < own_zone[1] and _body_taking_part(ctx, trigger, mention.kind, ref):
            mention.participants.append(
                (ref.entity, SPECIFIC_PARTS.get(mention.kind, Part.PARTICIPANT), ref.start)
            )
    if mention.venue is None or mention.venue[0] < 3:
        # the main event named before this one in the clause, whose place is not this one's
        # when this one names its own (``встретится с X в Вене и откроет выставку в Граце``)
        previous = inside[later - 2] if later >= 2 else None
        _clause_venue(ctx, trigger, mention, start, end, free, visit, (previous, own_zone[1]))
    if mention.venue is None and not visit and _WHERE.match(text, start):
        # "travel to Samarkand, where he will open a centre": the place the clause hangs on
        places = ctx.refs.within(max(0, start - 60), start, "venue")
        if places and not places[-1].embedded and _BEFORE_CLAUSE.fullmatch(text, places[-1].end, start):
            mention.venue = (2, places[-1].entity)


_CHAIN_GAP = re.compile(r"\s*(?:,\s*|\s+and\s+)(?:[A-Z][\w'-]*\s+){0,3}$")


def _subject_chain(ctx: ArticleContext, start: int, verb: int) -> list[Ref]:
    """The persons named right before the verb at ``verb`` as its subject (``Presidents X and Y
    signed``), with only titles between them; none when the verb has no person right before it."""
    refs = ctx.refs.within(start, verb, "person")
    if not refs or _SUBJECT_GAP.fullmatch(ctx.text, refs[-1].end, verb) is None:
        return []
    chain = [refs[-1]]
    for ref in reversed(refs[:-1]):
        if _CHAIN_GAP.match(ctx.text, ref.end, chain[0].start) is None:
            break
        chain.insert(0, ref)
    return chain


_HOST_COUNTRY = re.compile(
    r"(?<!\w)(?:в|во)\s+(?:" + table("word_lists").pattern(list="host_country", lang="ru") + r")(?!\w)",
    re.IGNORECASE,
)


def _host_country(ctx: ArticleContext, sentence: Sentence, stay: EventMention, trigger: Trigger) -> None:
    """A stay whose participle clause names the host country by a common noun (``с Гюлером,
    находящимся в стране с официальным визитом``, ``прибывшим в республику с государственным
    визитом``) goes to the country of the place the sentence names outside the clause (``в
    Баку``), else of the dateline's city."""
    a = stay.extent[0]
    if _HOST_COUNTRY.search(ctx.text, a, trigger.start) is None:
        return
    venues = {v.id: v for v in ctx.article.venues}
    # (a country named in the sentence is most often the guest's, in a title: президентом Германии)
    places = [
        venues[r.entity]
        for r in ctx.refs.within(sentence.start, sentence.end, "venue")
        if not (a <= r.start < stay.extent[1]) and r.entity in venues and not r.embedded
    ]
    at_dateline = venues.get(dateline_venue(ctx.article) or "")
    if at_dateline is not None:
        places.append(at_dateline)
    code = next((v.country for v in places if v.kind is not VenueKind.COUNTRY and v.country), None)
    country = next((v for v in venues.values() if v.kind is VenueKind.COUNTRY and v.country == code), None)
    if code is not None and country is not None:
        stay.venue = (3, country.id)


def _venue_beside_stay(
    ctx: ArticleContext,
    sentence: Sentence,
    stay: EventMention,
    mentions: list[EventMention],
    triggers: list[Trigger],
    extents: list[tuple[int, int]],
) -> None:
    """The place of a stay named in a participle clause (``провел переговоры с Токаевым,
    находящимся в России с визитом``) is the visit's, not the talks': the talks take the
    venue their clause names outside it (``в городе Физули``), else the dateline's city in that
    country. Only a country gives way: a city of the stay is where the talks are too."""
    a, b = stay.extent
    inside = {r.entity for r in ctx.refs.within(a, b, "venue")}
    venues = {v.id: v for v in ctx.article.venues}
    for main, trigger in zip(mentions, triggers, strict=True):
        if (
            main.frame is not None
            or main.kind in VISITS
            or main.venue is None
            or main.venue[0] >= 3
            or main.venue[1] not in inside
            or main.quoted != stay.quoted
        ):
            continue
        country = venues.get(main.venue[1])
        if country is None or country.kind is not VenueKind.COUNTRY:
            continue
        stayed = main.venue
        start, end = ctx.clause_bounds(sentence, trigger.start)

        def free(x: int, y: int, quoted: bool = main.quoted) -> bool:
            outside = all(y <= s or x >= e for s, e in (*extents, (a, b)))
            return outside and (quoted or not ctx.quoted(x, y))

        main.venue = None
        _clause_venue(ctx, trigger, main, start, end, free, False)
        if main.venue is None:
            city = venues.get(dateline_venue(ctx.article) or "")
            if city is None or city.country is None or city.country != country.country:
                main.venue = stayed


def _invited(text: str, trigger: Trigger, start: int, people: list[Ref]) -> int | None:
    """Where a verb of inviting ends that stands before a visit's word with the invited person
    between them and nothing but words between (``пригласил его посетить``, ``invited Modi to
    visit``); ``None`` where there is none."""
    for m in _INVITE.finditer(text, start, trigger.start):
        # "пригласил X посетить Казахстан с государственным визитом": up to the verb of visiting
        verbs = [t.start for t in find_triggers(text, m.end(), trigger.start) if t.verb and t.kind in VISITS]
        until = verbs[0] if verbs else trigger.start
        between = [r for r in people if m.end() <= r.start and r.end <= until]
        gap = text[m.end() : until]
        if between and len(gap.split()) <= 6 and not any(c in gap for c in ',;:.!?«»"()'):
            return m.end()
    return None


# "a welcome ceremony", "welcomed with an official ceremony": a word of welcome right before a
# ceremony's noun, up to three words between (the ``welcome_word`` list)
_WELCOME = re.compile(
    r"(?<![\w])(?:" + table("word_lists").pattern(list="welcome_word") + r")\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_WELCOME_REACH = 60
_WHERE = re.compile(r"\s*(?:where|где)(?![\w])", re.IGNORECASE)  # a clause that says where
# a clause that says when, after a trip, with the one who takes part left out: "побывал в Ашхабаде
# в декабре, когда принял участие в форуме"
_TAKE_PART = r"(?:принял\w*|примет|примут|принима\w+)\s+участие"  # "принял участие", "примут участие"
# "главы государств проведут ... заседание": a Russian verb of holding or taking part between a
# group and a gathering's noun (the ``holding_verb`` list)
_HOLDING = re.compile(
    r"(?<![\w])(?:"
    + table("word_lists").pattern(list="holding_verb", lang="ru")
    + r"|"
    + _TAKE_PART
    + r")(?![\w])",
    re.IGNORECASE,
)
# "the ministers agreed to hold the first session": an English verb of agreeing between a group
# and a gathering's noun (the ``agreeing_verb`` list)
_AGREEING = re.compile(
    r"(?<![\w])(?:" + table("word_lists").pattern(list="agreeing_verb", lang="en") + r")(?![\w])",
    re.IGNORECASE,
)
_WHEN_TAKING_PART = re.compile(
    r"\s*когда\s+(?:[\w-]+\s+){0,2}?" + _TAKE_PART + r"\s+(?:в|во)\s", re.IGNORECASE
)
_BEFORE_CLAUSE = re.compile(r"\s*,\s*")
# "переговоры с делегацией ЕС", "met with the board of X": the other side of talks, a body.
_WITH_BODY = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:со?|with)\s+(?:(?:the\s+)?(?:делегаци\w*|представител\w*|руководств\w*|"
    r"член\w*|сотрудник\w*|delegation|representatives|members|leadership|board)\s+(?:of\s+)?)?(?:the\s+)?",
    re.IGNORECASE,
)
_WITH_KINDS = frozenset({EventKind.TALKS, EventKind.MEETING, EventKind.PHONE_CALL, EventKind.SIGNING})
# "заседание кабинета министров", "совещание Совбеза": the body whose sitting it is.
_OF_KINDS = frozenset({EventKind.SESSION, EventKind.MEETING})


def _body_taking_part(ctx: ArticleContext, trigger: Trigger, kind: EventKind, ref: Ref) -> bool:
    """Whether an organization right after the trigger takes part: the object of ``с`` /
    ``with`` after talks, a meeting, a call or a signing, or the body a session belongs to.
    Not one that only describes a person named right after it (``с главой МИД Китая Ван И``).
    """
    text = ctx.text
    after = ctx.refs.starting_at(_SPACE.match(text, ref.end).end())  # type: ignore[union-attr]
    if after is not None and after.group == "person":
        return False
    if kind in _WITH_KINDS and _WITH_BODY.fullmatch(text, trigger.end, ref.start):
        return True
    return kind in _OF_KINDS and not trigger.verb and text[trigger.end : ref.start].isspace()


# ", находящимся в России с официальным визитом", ", who is on a state visit": a participle
# clause that describes the person named right before it.
_PARTICIPLE = re.compile(
    r"\s*(?:[а-яё]+(?:ющ|ящ|ущ|ащ|вш)(?:ий|ая|ее|ие|его|ей|их|ему|им|ими|ую|юю|ым|ом)(?:ся)?|"
    r"котор(?:ый|ая|ое|ые)|who\s+(?:is|was|are|were|has|had)|(?:currently\s+)?(?:on|paying|making)\s+(?:an?|his|her))(?![\w])",
    re.IGNORECASE,
)


def _described(ctx: ArticleContext, start: int, trigger_start: int) -> tuple[Ref, int] | None:
    """The person a participle or relative clause before the trigger describes, and the comma
    that opens the clause: the one named right before it (``Т.Пхомвиханом, находящимся в России
    с официальным визитом``, ``Хурэлсухом, который находится в России с визитом``); ``start`` is
    where the trigger's clause starts."""
    text = ctx.text
    comma = text.rfind(",", max(0, start - 3), trigger_start)
    if comma < 0 or not _PARTICIPLE.match(text, comma + 1, trigger_start):
        return None
    people = ctx.refs.within(max(0, comma - 80), comma + 1, "person")
    last = people[-1] if people else None
    return (last, comma) if last is not None and text[last.end : comma].strip() == "" else None


_SPEECH_VERBS = frozenset(fold(w) for w in table("word_lists").words(list="speech_verb", lang="en"))


# ", who became ambassador in 2023," after a person: what it says is of the person
_WHO_CLAUSE = re.compile(r"\s*,\s*who(?![\w])[^,.;]{1,80},\s*", re.IGNORECASE)


# "who handed over an invitation ... to pay a state visit": the visit is not the clause's subject's
_INVITE_NOUNS = sorted(table("word_lists").words(list="invite_noun", lang="en"))
_INVITATION = re.compile(
    r"(?<![\w])(?:" + table("word_lists").pattern(list="invite_noun", lang="en") + r")(?![\w])", re.IGNORECASE
)
# "invited X to visit", "an invitation from X to pay a state visit": the invitation right before a visit
# the English verbs and nouns of inviting, as one alternation
_INVITING = alternation(table("word_lists").words(list="invite_verb", lang="en") | set(_INVITE_NOUNS))
_INVITED_TO = re.compile(
    r"(?<![\w])(?:"
    + _INVITING
    + r")(?![\w])[^.;]{0,100}?\bto\s+(?:pay\s+|make\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "invited the pontiff to the Congress of ...", "invited Macron to the Astana International Forum",
# "X, invited to Astana religions congress": a gathering invited to, up to three words of its name between
# "передал приглашение посетить Ханой", "принял приглашение посетить Италию": a Russian invitation
# right before a visit's infinitive
# (or before its noun: "приглашение посетить Италию с официальным визитом", the invited_visit_verb list)
_INVITATION_RU = re.compile(
    r"(?<![\w])(?:"
    + table("word_lists").pattern(list="invite_noun", lang="ru")
    + r")\s+(?:(?:"
    + table("word_lists").pattern(list="invited_visit_verb", lang="ru")
    + r")\s+(?:[\w-]+\s+){0,4}?)?$",
    re.IGNORECASE,
)
_INVITED_TO_GATHERING = re.compile(
    r"(?<![\w])(?:" + _INVITING + r")(?![\w])[^.;]{0,100}?\bto\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "an invitation from President of Vietnam X": whom the invitation is from, a name after its title
_FROM_INVITER = re.compile(r"\s+from\s+(?:[\w'-]+\s+){0,6}", re.IGNORECASE)
_OWN_TO = re.compile(r"to\s+", re.IGNORECASE)


def _words_start(text: str, trigger: Trigger) -> int:
    """Where the words of a trigger's event begin: after its own ``to`` (``agreed to meet``, ``an
    invitation to X to visit Tbilisi``: the trigger ``to visit``), else at the trigger."""
    own_to = _OWN_TO.match(text, trigger.start, trigger.end)
    return own_to.end() if own_to is not None else trigger.start


# "accepted", "принял приглашение", "приглашение было с благодарностью принято": a phrase's words
# may have up to three words between them
_ACCEPTED = re.compile(
    r"(?<![\w])(?:"
    + "|".join(
        r"\s+(?:[\w-]+\s+){0,3}?".join(re.escape(w) for w in phrase.split())
        for phrase in sorted(table("word_lists").words(list="invite_accepted"))
    )
    + r")(?![\w])",
    re.IGNORECASE,
)


def _accepted_after(text: str, trigger: Trigger) -> bool:
    """Whether the words after an invitation's trigger, in its sentence or the next, say it was
    accepted (``Приглашение было принято``)."""
    ahead = text[trigger.end : text.find("\n", trigger.end) % (len(text) + 1)]
    return _ACCEPTED.search(ahead, 0, _second_sentence_end(ahead)) is not None


def _accepted(text: str, sentence_start: int, trigger: Trigger) -> bool:
    """Whether the words say the invitation to a visit was accepted: after its trigger in its
    sentence or the next (``Приглашение было принято``), or before it in its sentence (``who
    accepted an invitation to visit Tbilisi``)."""
    return bool(_accepted_after(text, trigger) or _ACCEPTED.search(text, sentence_start, trigger.start))


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _second_sentence_end(text: str) -> int:
    """Where the sentence after the one ``text`` goes on in ends (the whole of ``text`` if it does not)."""
    ends = [m.end() for m in itertools.islice(_SENTENCE_END.finditer(text), 2)]
    return ends[-1] if len(ends) == 2 else len(text)


_WHO_LAST = re.compile(r"\s*,\s*who(?![\w])[^,;]{1,160}$", re.IGNORECASE)
_WHO_BEFORE = re.compile(r",\s*who\s[^,.;]*$", re.IGNORECASE)


def _coordinated_before(ctx: ArticleContext, start: int, ref: Ref) -> list[Ref]:
    """The persons joined to ``ref`` by ``and`` or a comma right before it, with only capitalised
    words (their titles) between (``Foreign Ministers Sergei Lavrov and Jeyhun Bayramov``)."""
    chain: list[Ref] = []
    first = ref
    for before in reversed(ctx.refs.within(start, ref.start, "person")):
        if before.entity == ref.entity or _CHAIN_GAP.match(ctx.text, before.end, first.start) is None:
            break
        chain.insert(0, before)
        first = before
    return chain


def _who_antecedent(ctx: ArticleContext, sentence: Sentence, trigger: Trigger) -> Ref | None:
    """The person an English relative clause holding the trigger speaks of (``Kokhir Rasulzoda,
    who accompanied him on Friday to the opening``): the subject of the clause's verb."""
    who = _WHO_BEFORE.search(ctx.text, max(sentence.start, trigger.start - 120), trigger.start)
    if who is None:
        return None
    before = ctx.refs.within(sentence.start, who.start(), "person")
    return before[-1] if before and before[-1].end == who.start() else None


def _is_reporter(text: str, ref: Ref, end: int) -> bool:
    """Whether an English speech verb follows the person right after the event's words: ``...
    where he will open a centre, spokesman Aibek Smadiyarov told reporters`` (a source), also
    after a relative clause on the person (``X, who became ambassador in 2023, said``)."""
    who = _WHO_CLAUSE.match(text, ref.end)
    if who is not None:  # the relative clause may run past the clause's end
        w = _WORD.match(text, who.end())
        return w is not None and fold(w.group()) in _SPEECH_VERBS
    w = _WORD.match(text, _SPACE.match(text, ref.end).end())  # type: ignore[union-attr]
    return w is not None and w.end() <= end and fold(w.group()) in _SPEECH_VERBS


def _segment_end(text: str, position: int, end: int) -> int:
    """Where the comma-separated stretch holding ``position`` ends (at most ``end``)."""
    comma = text.find(",", position, end)
    return comma if comma >= 0 else end


def _about(text: str, start: int, end: int) -> bool:
    """Whether a preposition of what a paper is about stands in ``[start, end)`` (``подписал
    указ о назначении Иванова``: Ivanov is what the decree is about, not one who signs it)."""
    return any(fold(w.group()) in _TOPIC_PREPOSITIONS for w in _WORD.finditer(text, start, end))


def _owns(text: str, ref: Ref, trigger: Trigger) -> bool:
    """Whether ``ref`` is a possessive before the trigger noun: ``Modi's two-day visit``, ``her
    two-day official visit`` (a possessive pronoun, the ``possessive_pronoun`` list)."""
    if trigger.verb or ref.end > trigger.start:
        return False
    if ref.text.lower() in _POSSESSIVE_PRONOUNS:
        return _PRONOUN_OWNS.fullmatch(text, ref.end, trigger.start) is not None
    return _POSSESSIVE.fullmatch(text, ref.end, trigger.start) is not None


def _clause_status(
    ctx: ArticleContext, trigger: Trigger, start: int, end: int, free: Callable[[int, int], bool]
) -> EventStatus | None:
    """The status cue nearest the trigger in its clause; a cancellation or postponement first.

    ``Переговоры, намеченные на пятницу, отменены``: the clause's news is the cancellation,
    however near the trigger the plan is.
    """
    best: tuple[bool, int, EventStatus] | None = None
    cues = ctx.status_cues(start, end)
    before = any(c.end <= trigger.start or (c.start < trigger.end and trigger.start < c.end) for c in cues)
    for cue in cues:
        own = cue.start < trigger.end and trigger.start < cue.end
        if not own and not free(cue.start, cue.end):
            continue
        if before and cue.start >= trigger.end and _COORDINATED.search(ctx.text, trigger.end, cue.start):
            continue  # "held a meeting and agreed to ...": the verb of another predicate
        if cue.end <= trigger.start and _REPORTED.search(ctx.text, cue.end, trigger.start):
            continue  # "заявил, что ... готовят к визиту": the report's verb, not the event's
        plain = cue.status in (EventStatus.SCHEDULED, EventStatus.OCCURRED)
        distance = max(0, cue.start - trigger.end, trigger.start - cue.end)
        if best is None or (plain, distance) < best[:2]:
            best = (plain, distance, cue.status)
    return best[2] if best is not None else None


def _clause_venue(
    ctx: ArticleContext,
    trigger: Trigger,
    mention: EventMention,
    start: int,
    end: int,
    free: Callable[[int, int], bool],
    visit: bool,
    zone: tuple[int | None, int] = (None, 0),
) -> None:
    """The venue named with ``в``/``на``/``in``/``at`` in the clause, nearest the trigger.

    ``zone`` is where the main event named before the trigger in the clause starts, if any, and
    where the trigger's own words end: a place named in its own words wins over one named after
    that other event's trigger (``meet X at the Quirinal Palace and open an exhibition at the
    Capitoline Museums``: the opening is at the museums). A place after a signing's trigger and a
    preposition of what the paper is about is the paper's matter, not where it is signed
    (``подписал указ о строительстве моста в Казани``)."""
    text = ctx.text
    best: tuple[int, int, str] | None = None
    refs = [r for r in ctx.refs.within(start, end, "venue") if not r.embedded and free(r.start, r.end)]
    previous, own_end = zone
    if previous is not None and any(
        trigger.end <= r.start < own_end and _AT.search(text, max(start, r.start - _AT_REACH), r.start)
        for r in refs
    ):
        refs = [r for r in refs if not previous <= r.start < trigger.start]
    for ref in refs:
        signed = mention.kind is EventKind.SIGNING and ref.start >= trigger.end
        if signed and _about(text, trigger.end, ref.start):
            continue  # "подписал закон о сносе домов в Москве": where the paper's matter is
        prep = _AT.search(text, max(start, ref.start - _AT_REACH), ref.start)
        to = _TO_BEFORE.search(text, max(start, ref.start - 10), ref.start)
        if (
            visit
            and to is not None
            and _is_destination(to.group(1).lower(), ref)
            and not _to_of_another_noun(text, trigger, to.start(), to.group(1))
        ):
            rank = 3
        elif prep is not None:
            rank = 1
        elif (
            mention.kind in GATHERINGS
            and to is not None
            and to.group(1).lower() == "to"
            and _FOR_THE.fullmatch(text, ref.end, trigger.start)
        ):
            rank = 2  # "before flying to Tashkent for a summit": where the gathering is
        else:
            continue
        distance = max(0, ref.start - trigger.end, trigger.start - ref.end)
        if trigger.verb and ref.end <= trigger.start and text[ref.start : ref.end].isascii():
            # "The Days of Culture of Azerbaijan in Kyrgyzstan opened ... at the Philharmonic": an
            # English place before the verb is in its subject's words, one after it is where
            distance += _BEFORE_VERB
        if best is None or (rank, -distance) > (best[0], -best[1]):
            best = (rank, distance, ref.entity)
    if best is not None and (mention.venue is None or best[0] > mention.venue[0]):
        mention.venue = (best[0], best[2])


_BEFORE_VERB = 1000  # how much further an English place before a verb counts (any after it wins)
# the lower-case words that may stand between an English visit noun and its ``to``: ``the visit of
# the President of Uzbekistan Shavkat Mirziyoyev to Vienna``, ``a visit next week to Japan``
_BETWEEN_VISIT_AND_TO = frozenset(
    {"of", "by", "the", "a", "an", "his", "her", "their", "its", "on", "in", "next", "this", "last"}
    | {"week", "month", "year", "and", "-", ",", "'s", "’s"}
)


def _to_of_another_noun(text: str, trigger: Trigger, to: int, preposition: str) -> bool:
    """Whether an English ``to`` after a visit noun belongs to another noun between them
    (``a visit aimed at reviving a gas pipeline to South Asia``): a lower-case word there that is
    no article, preposition of the visitor or time word."""
    if trigger.verb or to <= trigger.end or preposition.lower() not in ("to", "into"):
        return False
    return any(
        w.group()[0].islower() and w.group().lower() not in _BETWEEN_VISIT_AND_TO
        for w in _WORD.finditer(text, trigger.end, to)
    )


# a bare year in the genitive ("2011 года", "2011—2012 годов") and the word right before it
_BARE_YEAR = re.compile(r"\d{4}(?:\s*[-–—]\s*\d{4})?\s+год(?:а|ов)", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(?<![\w-])([а-яё]+)\s+(?:\d{4}\s*[-–—]\s*)?$")  # (a span's first year)
_YEAR_PARTS = tuple(sorted(table("word_lists").words(list="year_part")))


# a word of a birth or a death, and up to two words, right before a date: whose date it is
_LIFE_WORDS = alternation(table("word_lists").words(list="life_event"))
_LIFE_EVENT = re.compile(r"(?<![\w-])(?:" + _LIFE_WORDS + r")\w*(?:\s+[\w-]+){0,2}\s+$", re.IGNORECASE)
_YEAR = re.compile(r"\d{3,4}")


def _owned_year(text: str, start: int, date: DateMention, mentions: list[EventMention]) -> bool:
    """Whether a bare year in the genitive is the year of the lower-case noun right before it
    (``лучшим фильмом 2011 года``, ``по итогам 2012 года``), not a time of the sentence's events:
    not after a word of a part of a year (``весной 2011 года``) nor after an event's own word
    (``саммит 2011 года``)."""
    s = date.span.start
    if _BARE_YEAR.fullmatch(date.text) is None:
        return False
    word = _WORD_BEFORE.search(text, max(start, s - 40), s)
    if word is None or word.group(1).startswith(_YEAR_PARTS):
        return False
    return not any(a <= word.start(1) < b for m in mentions for a, b in m.evidence)


def _in_paper_clause(
    text: str, signing: EventMention, at: int, end: int, mentions: list[EventMention]
) -> bool:
    """Whether ``at`` stands in a clause describing the paper after a signing's word (``signed an
    agreement on air services that will allow flights to start in June``; the ``paper_clause``
    list), words between, and the clause names no event of its own."""
    signed = max(b for _, b in signing.evidence)
    if signed >= at:
        return False
    clause = _PAPER_CLAUSE.search(text, signed, at)
    if clause is None or not text[signed : clause.start()].strip():
        return False
    return not any(clause.start() <= m.start < end for m in mentions if m is not signing)


def _assign_dates(ctx: ArticleContext, sentence: Sentence, mentions: list[EventMention]) -> None:
    """Each date of the sentence goes to the frame whose phrase holds it, or the nearest event."""
    for date in ctx.dates_within(sentence.start, sentence.end):
        s, e = date.span.start, date.span.end
        if _DATELINE.fullmatch(ctx.text, sentence.start, s) and _DATELINE_END.match(ctx.text, e):
            continue  # "ASTANA, Nov 20 —", "Oct 14 (Reuters) -": when the story was filed
        if _CANCELLED_ON.search(ctx.text, max(sentence.start, s - 20), s):
            continue
        if _owned_year(ctx.text, sentence.start, date, mentions):
            continue  # "лучшим фильмом 2011 года": the film's year, not the ceremony's
        if _LIFE_EVENT.search(ctx.text, max(sentence.start, s - 60), s) and _YEAR.search(date.text):
            continue  # "в годовщину его смерти в 1896 году", "Родившаяся 26 августа 1910 года"
        segment = _segment_start(ctx.text, sentence.start, s)
        segment_end = _segment_end(ctx.text, segment, sentence.end)
        if _WHO_START.match(ctx.text, segment) and not any(
            segment <= m.start < segment_end and (m.days is not None or not _ARRIVAL.match(ctx.text, m.start))
            for m in mentions
        ):
            # "Abayev, who became ambassador in 2023, said": of the person, not the event; but an
            # event the clause names takes it ("X, who will pay a visit to Riga next year,", "who
            # arrived on Monday for a three-day visit"), unless a bare arrival, a stay's first day
            continue
        if _REPORTING.search(ctx.text, segment, s) and not any(segment <= m.start < s for m in mentions):
            continue  # "..., his office announced yesterday": when it was said, not when it happens
        said = max((m.end() for m in _SAID_THAT.finditer(ctx.text, sentence.start, s)), default=None)
        if said is not None and not any(m.start >= said for m in mentions):
            continue  # "Открывая переговоры, Путин отметил, что товарооборот в прошлом году вырос"
        also: EventMention | None = None
        described = _relative_antecedent(ctx, segment, mentions)
        if described is not None and (described.frame is None or described.frame.frame is not Frame.WITHIN):
            holder: EventMention | None = described  # "визит, который планируется в 2027 году"
        else:
            holder = next((m for m in mentions if m.extent[0] <= s < m.extent[1]), None)
        if holder is None:
            region = ctx.quote_around(s, e)
            if region is not None:
                candidates = [m for m in mentions if m.spoken and region[0] <= m.start < region[1]]
            else:
                candidates = [m for m in mentions if m.frame is None and not m.quoted and not m.describes]
                candidates = candidates or [
                    m
                    for m in mentions
                    if not m.quoted and m.frame is not None and m.frame.frame is Frame.WITHIN
                ]
                # "discussed preparations for the state visit ... scheduled for May": the one event
                # (not "the agenda of the visit had been agreed in September": when it was agreed)
                if not candidates and _SET_FOR.search(ctx.text, max(sentence.start, s - 20), s):
                    candidates = [m for m in mentions if not m.quoted and m.frame is not None]
            comma = ctx.text.find(",", e, sentence.end)
            if comma >= 0 and region is None and _ATTRIBUTION.match(ctx.text, comma):
                # "signed a protocol ... in September, he noted, and talks would resume on Tuesday",
                # "will hold an exercise next year, X said on Wednesday, a day after Y ended a
                # visit": the date of reported words is of an event of those words, if any
                candidates = [m for m in candidates if m.start < comma]
            if not candidates:
                continue
            holder = min(candidates, key=lambda m: _distance(m, s, e))
            paper = holder.kind is EventKind.SIGNING
            if paper and _in_paper_clause(ctx.text, holder, s, sentence.end, mentions):
                continue  # "signed an agreement that will allow flights to start in June": the paper's
            clause_end = ctx.clause_bounds(sentence, s)[1]
            if _CLAUSE_AFTER_DATE.match(ctx.text, e, sentence.end) and clause_end < sentence.end:
                # "held talks at the residence on Wednesday, and the two leaders signed": a date
                # that ends its clause, before a new subject's, is of the clause's own event
                own = [m for m in candidates if segment <= m.start < s]
                if own and holder.start > e:
                    holder = max(own, key=lambda m: m.start)
            before = [m for m in candidates if m.start < s]
            after = [m for m in candidates if m.start >= e]
            if holder in after and _AS_CLAUSE.match(ctx.text, e, sentence.end):
                # "held talks ... on June 23, as the Finnish leader began a state visit" (or ", the
                # first day of a visit"): the day of the event before the comma and of the one after
                own = [m for m in before if segment <= m.start]
                if own:
                    also = max(own, key=lambda m: m.start)
            if (
                holder in after
                and before
                and (
                    _PURPOSE.search(ctx.text, e, holder.start)
                    or _INFINITIVE.match(ctx.text, holder.start)
                    or _COORDINATED.match(ctx.text, e, holder.start)
                )
            ):
                # "travel to Japan on May 2 for talks", "visit Brussels on May 12-13 to sign"
                holder = max(before, key=lambda m: m.start)
        if also is None and holder.start < s and date.dates.start.day is None and not holder.quoted:
            # "visited Beijing last month to attend a summit", "was expected in Astana in November
            # for a session": a month or a year of a trip is that of the gathering it is made for
            made_for = next((m for m in mentions if m.start >= e and not m.quoted), None)
            if (
                made_for is not None
                and holder.kind in VISITS
                and made_for.kind in GATHERINGS
                and made_for.dates is None
                and _FOR_GATHERING.fullmatch(ctx.text, e, made_for.start)
            ):
                also = made_for
        if (
            holder.frame is not None
            and holder.frame.frame is Frame.WITHIN
            and holder.kind in GATHERINGS
            and date.dates.start.day is not None
        ):
            # "On the sidelines of the summit on Wednesday, Modi held talks ...": a day in the phrase
            # of a gathering is the day of what is held within it too
            for m in mentions:
                if m.frame is None and not m.quoted and not m.describes and m.dates is None:
                    m.dates = date.dates
        if _WHEN.match(ctx.text, e) and _TIME_OF.match(ctx.text, s, e):
            # "визит состоялся в августе 2024 года, когда прошло заседание", "last met in May,
            # when they signed an agreement": the time of both
            if holder.start > s:
                earlier = [m for m in mentions if m.extent[1] <= s and m.frame is None and not m.quoted]
                if earlier:
                    first = max(earlier, key=lambda m: m.start)
                    first.dates = _union(first.dates, date.dates)
                    if holder.venue is None:
                        holder.venue = first.venue  # and there: "met in Abu Dhabi in July, when"
                elif holder.venue is None:
                    # "was initialled at the White House in August 2025, when X hosted": there too
                    places = [
                        r
                        for r in ctx.refs.within(segment, s, "venue")
                        if not r.embedded and _AT.search(ctx.text, max(segment, r.start - _AT_REACH), r.start)
                    ]
                    if places:
                        holder.venue = (1, places[-1].entity)
            else:
                later = [m for m in mentions if m.start >= e and m.frame is None and not m.quoted]
                if later and later[0].dates is None:
                    later[0].dates = date.dates
                    if later[0].venue is None:
                        later[0].venue = holder.venue  # and there: "met in Astana in May, when"
        shift = _MOVED.search(ctx.text, max(sentence.start, s - 60), s)
        if shift is None and date.text.lower().startswith("на "):
            shift = _MOVED_TO.search(ctx.text, max(sentence.start, s - 30), s)
        moved = [m for m in mentions if any(st is EventStatus.POSTPONED for _, st, _ in m.statuses)]
        if shift is not None and moved:
            # "встреча ..., на которой стороны собирались подписать договор, перенесена с 20 марта
            # на 24 апреля": the dates are those of the event put off, the first its old ones
            if shift.group(1):
                moved[0].planned = moved[0].planned or date.dates
            else:
                moved[0].dates = date.dates
            continue
        if (
            holder.kind is EventKind.SIGNING
            and date.dates.start.month is None
            and _TERM.search(ctx.text, max(sentence.start, s - 10), s)
        ):
            continue  # "План консультаций на 2026-2027 годы": how long the paper runs
        # a frame a relative clause dates ("в рамках визита, который пройдет в мае") holds the
        # events of its sentence: the date is its own and theirs
        for m in dict.fromkeys(x for x in (holder, described, also) if x is not None):
            if m is not described and described is not None and m.dates is not None:
                continue  # "заседании 13 октября форума, который проходит 12-14 октября": its own day
            if _PLANNED_FOR.search(ctx.text, max(sentence.start, s - 40), s):
                m.planned = m.planned or date.dates  # the plan's date, which may have moved
            else:
                m.dates = _union(m.dates, date.dates)


# "On Wednesday, Modi is scheduled to meet X ... and open a centre": a date that opens the
# sentence, set off by a comma, is the time of every event of it that names none of its own
_OPENING = re.compile(r"\s*(?:(?:earlier|later|also|then|and)\s*,?\s*)?", re.IGNORECASE)
_OPENING_END = re.compile(r"\s*,")


def _opening_date(ctx: ArticleContext, sentence: Sentence, mentions: list[EventMention]) -> None:
    """Give the date that opens the sentence (``On Wednesday, ...``) to the events of its
    sentence that have none, when it went to one of them and their stated statuses agree."""
    dates = ctx.dates_within(sentence.start, sentence.end)
    if not dates:
        return
    first = dates[0]
    if not (
        _OPENING.fullmatch(ctx.text, sentence.start, first.span.start)
        and _OPENING_END.match(ctx.text, first.span.end)
    ):
        return
    dated = [m for m in mentions if m.dates == first.dates and not m.quoted]
    if not dated:
        return  # the date went to no event: when something was said, or a cancellation's day
    stated = dated[0].stated()
    for m in mentions:
        if m.dates is not None or m.quoted or m.describes or m.frame is not None:
            continue
        if m.start > first.span.end and m.stated() <= stated:
            m.dates = first.dates


# what stands between a trip's date and the gathering it is made for: " to attend a ", " for the "
_FOR_GATHERING = re.compile(
    r"\s+(?:to\s+(?:attend|take\s+part\s+in|participate\s+in|(?:co-)?chair)|for)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
_SIDELINES_RU = "полях|кулуарах"
_SIDELINES = re.compile(r"sidelines|" + _SIDELINES_RU, re.IGNORECASE)
# "On the sidelines, X and Y signed ...", "On its sidelines, ...": the gathering spoken of before
_BARE_SIDELINES = re.compile(r"\s*(?:on|at)\s+(?:the|its|their)\s+sidelines\s*,", re.IGNORECASE)
# "На его полях X провел встречи", "провел в среду на ее полях встречи": the gathering spoken of
# before (the Russian rows of the possessive_pronoun list), anywhere before the event's word in
# its clause
_PRONOUN_SIDELINES = re.compile(
    r"(?<![\w])на\s+(?:" + _POSSESSIVE_RU + r")\s+(?:" + _SIDELINES_RU + r")(?![\w])",
    re.IGNORECASE,
)
_FOR_THE = re.compile(r"\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)


# "Собеседники договорились продолжить общение в ходе саммита": the sides go on at the gathering
_CONTINUED = re.compile(
    r"(?<![\w])продолжить\s+(?:[\w-]+\s+)?(?:"
    + table("word_lists").pattern(list="continued_contact", lang="ru")
    + r")\s+$",
    re.IGNORECASE,
)


def _continued_at(ctx: ArticleContext, sentence: Sentence, mentions: list[EventMention]) -> None:
    """A gathering to come at which two sides agree to continue their exchange (``договорились
    продолжить общение в ходе саммита``, ``Условлено продолжить личный диалог на полях
    саммита``) has them as participants: the persons of the event spoken of before, as a group
    subject (``лидеры``) takes them."""
    for mention in mentions:
        if (
            mention.frame is not None
            and mention.frame.frame is Frame.WITHIN
            and mention.kind in GATHERINGS
            and not mention.participants
            and _CONTINUED.search(ctx.text, sentence.start, mention.frame.start)
        ):
            mention.group = True
            mention.named_last = ctx.last_persons(mention.start, sentence.paragraph)


# "в первый день форума", "в последний день визита": the first_day and last_day word lists
_EVENT_DAY_WORDS = (
    r"(?<![\w])(?:в|во)\s+(?:("
    + table("word_lists").pattern(list="first_day", lang="ru")
    + r")|("
    + table("word_lists").pattern(list="last_day", lang="ru")
    + r"))\s+день"
)
_EVENT_DAY = re.compile(_EVENT_DAY_WORDS + r"\s+$", re.IGNORECASE)  # right before the event's word
_EVENT_DAY_OPENS = re.compile(_EVENT_DAY_WORDS + r"\s", re.IGNORECASE)  # opening the event's phrase
_APPOSED = re.compile(r"\s*,\s*")


def _day_of_event(ctx: ArticleContext, sentence: Sentence, mentions: list[EventMention]) -> None:
    """``В среду, в последний день визита, X примет Y``, ``В пятницу, в первый день форума, X
    встретился ...``: the day set off before the phrase is the visit's or gathering's last day (its
    end, as ``Визит завершится в среду`` is) or first day; the phrase says nothing of its status."""
    for mention in mentions:
        if mention.verb or (mention.kind not in VISITS and mention.kind not in GATHERINGS):
            continue
        # (the phrase may open the mention's own evidence: "в последний день визита")
        day = _EVENT_DAY_OPENS.match(ctx.text, mention.start) or _EVENT_DAY.search(
            ctx.text, max(sentence.start, mention.start - 40), mention.start
        )
        if day is None:
            continue
        dates = [
            d
            for d in ctx.dates_within(sentence.start, day.start())
            if _APPOSED.fullmatch(ctx.text, d.span.end, day.start())
        ]
        if not dates or dates[-1].dates.start.day is None or dates[-1].dates.start != dates[-1].dates.end:
            continue
        mention.dates = dates[-1].dates
        mention.statuses = []
        mention.closes = day.group(2) is not None
        mention.opens = not mention.closes


def _sidelines_date(ctx: ArticleContext, sentence: Sentence, mentions: list[EventMention]) -> None:
    """``met on the sidelines of the SCO summit in Tianjin in September 2025``: a month or a year
    written after the gathering's name is the gathering's too; else one written before the cue
    with no comma between (``встречались в мае прошлого года в Минске на полях саммита``)."""
    for frame in mentions:
        cue = frame.frame
        if cue is None or frame.kind not in GATHERINGS or frame.dates is not None:
            continue
        if not _SIDELINES.search(ctx.text, cue.start, cue.end):
            continue
        for date in ctx.dates_within(frame.start, sentence.end):
            if (
                date.dates.start.day is None
                and _segment_end(ctx.text, frame.start, sentence.end) > date.span.start
            ):
                frame.dates = date.dates
                break
        if frame.dates is None:
            segment = max(sentence.start, ctx.text.rfind(",", sentence.start, cue.start) + 1)
            before = [d for d in ctx.dates_within(segment, cue.start) if d.dates.start.day is None]
            if before:
                frame.dates = before[-1].dates


_AS_CLAUSE = re.compile(
    r"\s*,\s+(?:as\s+(?:the|he|she|they|we)|the\s+(?:first|second|third|last|final|closing)\s+day\s+of)\s",
    re.IGNORECASE,
)  # "..., the first day of a two-day visit": the day of the event before the comma too
_WHO_START = re.compile(r"\s*who(?![\w])", re.IGNORECASE)
_ARRIVAL = re.compile(r"arriv", re.IGNORECASE)  # "who arrived on Wednesday": the stay's first day only
# "прибывший накануне в Грузию с официальным визитом": the same day, a Russian arrival's
_ARRIVED_WITH = re.compile(r"(?<![\w])прибы\w*(?:\s+[\w-]+){0,5}?\s+со?\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_WHEN = re.compile(r"\s*,\s*(?:когда|when)(?![\w])", re.IGNORECASE)
_TIME_OF = re.compile(r"(?:в|во|in|on)\s", re.IGNORECASE)  # "в августе", not "since 2021"


# ", которое состоится в рамках": a relative clause that puts the event before it in a frame
_WHICH_FRAMED = re.compile(r"\s*,\s*котор\w+\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _described_within(text: str, frame: EventMention, mentions: list[EventMention]) -> EventMention | None:
    """The event named right before the relative clause that ``frame``'s phrase opens in."""
    if frame.frame is None:
        return None
    before = [
        m for m in mentions if m is not frame and m.kind not in VISITS and m.extent[1] <= frame.frame.start
    ]
    if not before:
        return None
    last = max(before, key=lambda m: m.extent[1])
    if _WHICH_FRAMED.fullmatch(text, last.extent[1], frame.frame.start) is None:
        return None
    return last


# ", а затем провел рабочую встречу", ", а также встретился": a predicate joined to the one before
_COORDINATED_PREDICATE = re.compile(r"[\s,]*а\s+(?:затем|также|потом|после\s+этого)(?![\w])", re.IGNORECASE)


def _opening_date_coordinated(ctx: ArticleContext, sentence: Sentence, mentions: list[EventMention]) -> None:
    """``Накануне Бектенов встретился с Собяниным, а затем провел рабочую встречу с Оверчуком``:
    the date that opens the sentence dates every predicate joined by ``а затем`` / ``а также``
    that has no date of its own, as it dates the first one."""
    dates = ctx.dates_within(sentence.start, sentence.end)
    if not dates or ctx.text[sentence.start : dates[0].span.start].strip(' \n\t«"') != "":
        return
    opening = dates[0].dates
    dated = [m for m in mentions if m.dates == opening and m.frame is None]
    for mention in mentions:
        if mention.dates is not None or mention.frame is not None or mention.quoted:
            continue
        comma = ctx.text.rfind(",", sentence.start, mention.start)
        joined = _COORDINATED_PREDICATE.match(ctx.text, comma) if comma >= 0 else None
        if joined is None or len(ctx.text[joined.end() : mention.start].split()) > 3:
            continue
        if any(m.start < comma for m in dated):
            mention.dates = opening


def _where_clauses(ctx: ArticleContext, sentence: Sentence, mentions: list[EventMention]) -> None:
    """``В пятницу он посетит Самарканд, где встретится с хокимом``: an event of a ``где`` /
    ``where`` clause (or a ``когда`` clause of taking part) with no date of its own happens on the
    day of the trip the clause hangs on;
    and the clause's subject, left out, is who makes the trip (``Фидан посетил Туркестан, где
    принял участие в открытии центра``: Фидан takes part in the opening)."""
    for mention in mentions:
        if mention.frame is not None or mention.kind in VISITS:
            continue
        start = ctx.clause_bounds(sentence, mention.start)[0]
        if not _WHERE.match(ctx.text, start) and not _WHEN_TAKING_PART.match(ctx.text, start):
            continue
        trips = [m for m in mentions if m.kind in VISITS and m.frame is None and m.start < start]
        if not trips:
            continue
        trip = max(trips, key=lambda m: m.start)
        if mention.dates is None:
            mention.dates = trip.dates
        if mention.parent is None:
            mention.parent = trip  # within the trip, or the visit the trip is a leg of
        subject = any(
            start <= at < mention.start and not _after_preposition(ctx.text, start, at)
            for _e, _p, at in mention.participants
        )
        if not subject:  # (``где вместе с киргизским коллегой примет участие``: no subject)
            part = SPECIFIC_PARTS.get(mention.kind, Part.PARTICIPANT)
            known = {e for e, _p, _at in mention.participants}
            mention.participants = [
                (e, part, at) for e, p, at in trip.participants if p is Part.VISITOR and e not in known
            ] + mention.participants


def _after_preposition(text: str, start: int, at: int) -> bool:
    """Whether the word before ``at`` (not before ``start``) puts what follows in an object (``с``)."""
    w = _LAST_WORD.search(text, max(start, at - 30), at)
    return w is not None and w.group(1).lower() in _OBJECT_WORDS


def _relative_clauses(ctx: ArticleContext, sentence: Sentence, mentions: list[EventMention]) -> None:
    """What a relative clause says of the event named right before it (``визит, который
    планируется в 2027 году``): its status cue is the event's own, outweighing the verb of the
    main clause (``обсудили визит``); and for a frame (``на полях заседания, которое пройдет в
    Алматы``), the place named with ``в`` / ``на`` / ``in`` / ``at`` is the frame's venue."""
    text = ctx.text
    comma = text.find(",", sentence.start, sentence.end)
    while comma >= 0:
        described = _relative_antecedent(ctx, comma + 1, mentions)
        end = _segment_end(text, comma + 1, sentence.end)
        cue = next(iter(ctx.status_cues(comma + 1, end)), None) if described is not None else None
        turned = described is not None and any(
            status in (EventStatus.CANCELLED, EventStatus.POSTPONED) for _, status, _ in described.statuses
        )  # "The summit, which had been scheduled for Thursday, was called off": the news is the last
        rest = described is not None and described.kind in VISITS and _REST_CLAUSE.match(text, comma + 1)
        if described is not None and cue is not None and not described.quoted and not turned and not rest:
            described.statuses = [(3, cue.status, cue.start)]
        if described is not None and described.frame is not None and described.venue is None:
            for ref in ctx.refs.within(comma + 1, end, "venue"):
                if not ref.embedded and _AT.search(text, max(comma, ref.start - _AT_REACH), ref.start):
                    described.venue = (2, ref.entity)
                    break
        comma = text.find(",", comma + 1, sentence.end)


def _when_visits(ctx: ArticleContext, sentence: Sentence, mentions: list[EventMention]) -> None:
    """``plan to sign an agreement when X visits Uzbekistan``: what is done before a ``when``
    clause with a visit is done during that visit."""
    for visit in mentions:
        if visit.kind not in VISITS or visit.frame is not None or visit.quoted:
            continue
        start = ctx.clause_bounds(sentence, visit.start)[0]
        if _WHEN_CLAUSE.match(ctx.text, start, visit.start) is None:
            continue
        for main in mentions:
            if main.start < start and main.frame is None and main.kind not in VISITS and main.parent is None:
                main.parent = visit


def _purpose_of_trips(ctx: ArticleContext, mentions: list[EventMention]) -> None:
    """``will travel to Baku next week to attend a summit``, ``travels to Astana for a meeting``:
    the event a trip is for is where the trip goes, when its own words name no place."""
    for trip in mentions:
        if trip.kind not in VISITS or trip.frame is not None or trip.venue is None or trip.quoted:
            continue
        for event in mentions:
            if event.kind in VISITS or event.frame is not None or event.venue is not None:
                continue
            gap = ctx.text[trip.extent[1] : event.start]
            if len(gap) <= 60 and _TRIP_FOR.search(gap) and not any(c in gap for c in ",;:."):
                event.venue = trip.venue


_TRIP_FOR = re.compile(
    r"(?<![\w])(?:for|to\s+(?:attend|join|take\s+part\s+in|hold|sign|open))\s+(?:(?:an?|the|his|her|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_SET_FOR = re.compile(
    r"(?<![\w])(?:scheduled|planned|set|slated|due)\s+(?:for\s+|in\s+|on\s+)?$", re.IGNORECASE
)
_THE = re.compile(r"(?<![\w])the\s+$", re.IGNORECASE)
_OPENS_SENTENCE = re.compile(r"[\s«\"„“]*")
_IN_OPENING = re.compile(r"\s*(?:В|Во)\s+")
_TOOK_PART = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:также\s+|тоже\s+)?" + _TAKE_PART + r"(?![\w])", re.IGNORECASE
)
_WHEN_CLAUSE = re.compile(r"\s*when\s", re.IGNORECASE)


# ", который, по данным правительства, состоится ...": a relative pronoun alone before a comma,
# then up to six words set off by commas, then the clause the pronoun opens
_INSERTED = re.compile(r",\s*(\w+)\s*,(?:\s+[^\W\d][\w-]*){1,6}\s*,\s*$")


def _relative_antecedent(
    ctx: ArticleContext, segment: int, mentions: list[EventMention]
) -> EventMention | None:
    """The event a relative clause starting at ``segment`` (``, который планируется в 2027 году``)
    describes: the one named right before its comma (at most four words before it), unless a
    person is named right there (``с Хурэлсухом, который находится ...`` describes him). A clause
    after words set off by commas right after its pronoun (``, который, как ожидается,
    состоится ...``) is read from the pronoun's comma."""
    text = ctx.text
    inserted = _INSERTED.search(text, max(0, segment - 80), segment)
    if inserted is not None and fold(inserted.group(1)).lower() in _RELATIVE:
        segment = inserted.start() + 1  # "визита ..., который, как ожидается, состоится в 2027 году"
    at = _SPACE.match(text, segment).end()  # type: ignore[union-attr]
    w = _WORD.match(text, at)
    if w is None or segment == 0:
        return None
    word = fold(w.group()).lower()
    if word not in _RELATIVE and not word.startswith(_EVENT_PARTICIPLES):
        return None  # "визит, который ...", "визит ..., проходивший 23-25 июня, ..."
    comma = segment - 1
    if any(text[r.end : comma].strip() == "" for r in ctx.refs.within(max(0, comma - 80), comma, "person")):
        return None
    before = [m for m in mentions if m.start < comma]
    if not before:
        return None
    # the event whose words end nearest the comma ("заседании форума «...», который": the forum)
    last = max(before, key=lambda m: (max(b for a, b in m.evidence if a < comma), m.start))
    end = max(b for a, b in last.evidence if a < comma)
    if end > comma:
        return None
    # up to four words; more when they are the event's genitives and places, with no verb or
    # comma ("визита Президента Беларуси Александра Лукашенко в Узбекистан, который ...")
    between = text[end:comma]
    words = len(between.split())
    if words <= 4 or (
        words <= _RELATIVE_REACH and not any(c in between for c in ",;:") and not ctx.status_cues(end, comma)
    ):
        return last
    return None


def _segment_start(text: str, start: int, position: int) -> int:
    """Where the comma-separated stretch holding ``position`` begins."""
    comma = max(text.rfind(",", start, position), text.rfind(";", start, position))
    return comma + 1 if comma >= 0 else start


def _union(a: DateRange | None, b: DateRange) -> DateRange:
    """Two dates of one event in one sentence (``во вторник ... до 25 июня``): the span of both.

    Dates more than a month apart are not joined; the first stays.
    """
    if a is None:
        return b
    start = a.start if a.start.earliest() <= b.start.earliest() else b.start
    end = a.end if a.end.latest() >= b.end.latest() else b.end
    if (end.latest() - start.earliest()).days > 31:
        return a
    return DateRange(start=start, end=end)


def _distance(mention: EventMention, start: int, end: int) -> int:
    return min(max(0, start - b, a - end) for a, b in mention.evidence)


# "двусторонние встречи с Путиным и Алиевым", "separate bilateral meetings with": one meeting each
_BILATERAL_PLURAL = re.compile(
    r"(?:двусторонн|отдельн|separate\s+bilateral|bilateral|separate)\w*\s+(?:встреч\w*|переговор\w*|meetings|talks)$",
    re.IGNORECASE,
)


# "met Mirziyoyev and Rahmon separately": the last name, then the adverb (one meeting with each)
_SEPARATELY = re.compile(r"[\w'-]+(?:\s+[\w'-]+){0,3}?\s+separately(?![\w])", re.IGNORECASE)
# "each had held a separate meeting with X": the words before the trigger
_EACH_SEPARATE = re.compile(
    r"(?<![\w])each\s+(?:[\w-]+\s+){0,3}?separate\s+(?:bilateral\s+)?$", re.IGNORECASE
)


def _split_bilateral(text: str, mentions: list[EventMention]) -> list[EventMention]:
    """Bilateral meetings with several persons named after the trigger: one meeting with each,
    the subject in all of them. A separate meeting that each of several persons held with one
    person: one meeting of each of them with that person (of a group, once it is known)."""
    out: list[EventMention] = []
    for mention in mentions:
        a, b = mention.evidence[0]
        named = _named_after(mention)
        after = [p for p in mention.participants if p[2] >= b or (p[2] > a and p[0] in named)]
        subject = [p for p in mention.participants if p not in after]
        if mention.frame is None and len(after) == 1 and _EACH_SEPARATE.search(text, max(0, a - 60), a):
            if len(subject) >= 2:
                out += [_copy(mention, [one, *after]) for one in subject]
                continue
            mention.each = mention.group and not subject
        # the adjective may stand before the evidence (English ones are not in it): "separate talks"
        if (
            mention.frame is not None
            or len(after) < 2
            or (
                _BILATERAL_PLURAL.search(text, max(0, a - 30), b) is None
                and _SEPARATELY.match(text, max(p[2] for p in after)) is None
            )
        ):
            out.append(mention)
            continue
        out += [_copy(mention, [*subject, other]) for other in after]
    return out


def each_apart(mention: EventMention, persons: frozenset[str]) -> list[EventMention]:
    """A mention held by each person of its group apart, once the group is known: one mention
    for each of them, with the persons named after the trigger; else the mention itself."""
    b = mention.evidence[0][1]
    group = {p[0]: p for p in mention.participants if p[2] < b and p[0] in persons}
    after = [p for p in mention.participants if p[2] >= b]
    if not mention.each or len(group) < 2:
        return [mention]
    return [_copy(mention, [one, *after]) for one in group.values()]


def _copy(mention: EventMention, participants: list[tuple[str, Part, int]]) -> EventMention:
    """A copy of a mention as an event of its own, with the given participants."""
    copy = EventMention(
        mention.kind, list(mention.evidence), mention.paragraph, mention.quoted, None, mention.extent
    )
    copy.statuses = list(mention.statuses)
    copy.dates, copy.venue, copy.parent, copy.near = (
        mention.dates,
        mention.venue,
        mention.parent,
        mention.near,
    )
    copy.participants = participants
    copy.same_day = mention.same_day  # "В тот же день ... провел встречи с X и Y": both that day
    copy.day_before = mention.day_before
    copy.sidelines = mention.sidelines  # "На его полях ... провел отдельные встречи с X и Y": both there
    copy.fresh = True  # each is an event of its own
    return copy


def _merge_in_sentence(mentions: list[EventMention], text: str) -> list[EventMention]:
    """Two main mentions of one kind in a sentence are one event.

    ``написал статью, которую опубликовала``: one publication. ``The leaders met in Ashgabat
    for their annual summit``: the meeting is the summit.
    """
    out: list[EventMention] = []
    for mention in mentions:
        target = None
        # "met ..., after each had held a separate meeting with X": another event (or several)
        if (
            mention.frame is None
            and _EACH_SEPARATE.search(text, max(0, mention.start - 60), mention.start) is None
        ):
            target = next(
                (
                    m
                    for m in out
                    if m.frame is None
                    and m.quoted == mention.quoted
                    and (
                        (
                            same_family(m.kind, mention.kind)
                            and not _other_objects(m, mention)
                            and not _other_stops(text, m, mention)
                        )
                        or (
                            m.kind is EventKind.MEETING
                            and mention.kind in GATHERINGS
                            and _MET_FOR.fullmatch(text, m.evidence[0][1], mention.start) is not None
                        )
                    )
                ),
                None,
            )
        if target is None:
            out.append(mention)
            continue
        named = target.kind is not mention.kind and finer(target.kind, mention.kind) is mention.kind
        target.kind = finer(target.kind, mention.kind)
        target.evidence += mention.evidence
        target.statuses += mention.statuses
        target.participants += mention.participants
        if mention.dates is not None:
            target.dates = _union(target.dates, mention.dates)
        # "arrived in Tashkent for a state visit to Uzbekistan": of two equal venues, the one of
        # the words that name the event's kind
        if mention.venue is not None and (
            target.venue is None
            or mention.venue[0] > target.venue[0]
            or (named and mention.venue[0] == target.venue[0])
        ):
            target.venue = mention.venue
        target.object_venue = target.object_venue or mention.object_venue
        target.days = target.days or mention.days
        target.arrival = target.arrival or mention.arrival
        target.parent = target.parent or mention.parent
        target.inviters |= mention.inviters  # "по приглашению президента X": no host taking part
        for other in out:
            if other.parent is mention:
                other.parent = target
    return out


def _other_objects(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions each name, after their own trigger, persons the other does not:
    ``hold talks with Takaichi and meet Emperor Naruhito`` are two events, not one."""
    after_a, after_b = _named_after(a), _named_after(b)
    return bool(after_a) and bool(after_b) and not after_a & after_b


def _named_after(mention: EventMention) -> set[str]:
    """The persons a mention names after its trigger; also those inside a verb's words that only
    take part (``met Lula``: Lula), not a host its words run over (``был принят премьер-министром``)."""
    start, end = mention.evidence[0]
    plain = Part.PARTICIPANT
    return {p for p, part, at in mention.participants if at >= end or (start < at and part is plain)}


def _other_stops(text: str, a: EventMention, b: EventMention) -> bool:
    """Whether two trips each go to a place of their own, joined by ``and``: ``flies to
    Ashgabat on Friday ... and is due in Astana on Monday`` are two stops of a tour, not one
    visit (``arrived in Tashkent for a state visit to Uzbekistan`` joins no two clauses)."""
    if a.kind is not EventKind.VISIT or b.kind is not EventKind.VISIT:
        return False
    if a.venue is None or b.venue is None or a.venue[1] == b.venue[1]:
        return False
    first, second = (a, b) if a.start < b.start else (b, a)
    return _AND.search(text, first.evidence[0][1], second.start) is not None


_AND = re.compile(r"\band\b", re.IGNORECASE)
_CONSULTATIONS = frozenset({EventKind.TALKS, EventKind.MEETING})
# "met in Ashgabat on Friday for their annual summit": what the meeting is for, in its clause
_MET_FOR = re.compile(
    r"[^.;,]*?(?<![\w])for\s+(?:the|a|an|their|its|his|her)\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE
)


def same_family(a: EventKind, b: EventKind) -> bool:
    """Kinds that can name one event: any two visits; talks and a meeting; a ceremony and
    the opening or signing it is held for."""
    if a is b or (a in VISITS and b in VISITS) or (a in _CONSULTATIONS and b in _CONSULTATIONS):
        return True
    return EventKind.CEREMONY in (a, b) and bool({a, b} & {EventKind.OPENING, EventKind.SIGNING})


def finer(a: EventKind, b: EventKind) -> EventKind:
    """Of two kinds of one family, the more telling: a state visit over a visit, talks over a
    meeting, an opening over its ceremony."""
    if a in (EventKind.VISIT, EventKind.CEREMONY, EventKind.MEETING):
        return b
    return a


def _a_week(dates: DateRange) -> bool:
    """Whether the dates are the days of a week, Monday to Sunday (``next week``)."""
    first, last = dates.start.earliest(), dates.end.latest()
    return first.weekday() == 0 and (last - first).days == 6


def _refines(finer: DateRange, coarser: DateRange) -> bool:
    """Whether ``finer`` lies inside ``coarser`` and says more (days within its month, or its week)."""
    return (
        (finer.start.precision.value != coarser.start.precision.value or _a_week(coarser))
        and coarser.start.earliest() <= finer.start.earliest()
        and finer.end.latest() <= coarser.end.latest()
        and (finer.end.latest() - finer.start.earliest()) < (coarser.end.latest() - coarser.start.earliest())
    )


@dataclass(eq=False)
class Draft:
    """An event being gathered from its mentions.

    Mentions join by :meth:`add`, which keeps what the rules ask of an event up to date, so
    that asking does not read all its mentions again (an event may have thousands).
    """

    kind: EventKind
    mentions: list[EventMention] = field(default_factory=list)
    _dates: DateRange | None = None
    _ends: bool = False
    _last: DateRange | None = None
    _first: DateRange | None = None
    _planned: DateRange | None = None
    _days: int | None = None
    _object_venue: str | None = None
    _people: set[str] = field(default_factory=set)
    _by_part: dict[Part, set[str]] = field(default_factory=dict)
    _direct: set[EventStatus] = field(default_factory=set)
    _said: set[EventStatus] = field(default_factory=set)
    _latest: int = -1
    _count: int = 0
    _venue: tuple[int, str] | None = None
    _occurrences: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    of_body: bool = False
    """Whether a mention is a body's own gathering (``a meeting of the Council of ...``)."""
    office_groups_only: bool = True
    """Whether every mention is a group naming holders of one office that was read as no one
    (``their energy ministers would meet``)."""

    def add(self, mention: EventMention) -> None:
        self.mentions.append(mention)
        self.of_body = self.of_body or mention.of_body
        self.office_groups_only = self.office_groups_only and bool(mention.group_office) and not mention.taken
        if mention.closes:
            self._last = self._last or mention.dates  # "The visit will end on Saturday"
        elif mention.opens:
            self._first = self._first or mention.dates  # "в первый день форума"
        elif self._dates is None or (mention.dates is not None and _refines(mention.dates, self._dates)):
            self._dates = mention.dates  # "in May", then "on May 12-13": the finer dates
            self._ends = mention.ends
        self._planned = self._planned or mention.planned
        self._days = self._days if self._days is not None else mention.days
        self._object_venue = self._object_venue or mention.object_venue
        for entity, part, position in mention.participants:
            self._people.add(entity)
            self._by_part.setdefault(part, set()).add(entity)
            self._occurrences.setdefault(entity, []).append((self._count, position))
            self._count += 1
        self._direct.update(mention.stated())
        self._said.update(s for _, s, _ in mention.statuses)
        self._latest = max(self._latest, mention.start)
        if mention.leg and self._venue is not None:
            return
        if mention.venue is not None and (self._venue is None or mention.venue[0] > self._venue[0]):
            self._venue = mention.venue

    @property
    def paragraph(self) -> int:
        return self.mentions[-1].paragraph

    @property
    def latest(self) -> int:
        """Where the event's latest mention starts."""
        return self._latest

    def dates(self) -> DateRange | None:
        """The first dates given (else the dates it was planned for); a single day stretched by a
        stated length (``двухдневный``)."""
        dates = self._dates or self._planned
        opening = self._first
        if opening is not None and (dates is None or opening.start.earliest() <= dates.start.earliest()):
            # "в первый день форума, который завершился вчера": from its first day
            dates = DateRange(start=opening.start, end=(dates or opening).end)
        days = self._days
        ending = self._last
        if dates is not None and ending is not None and dates.start.earliest() <= ending.end.latest():
            return DateRange(start=dates.start, end=ending.end)  # from its first day to the one it ends
        if dates is None or days is None or dates.start != dates.end or dates.start.day is None:
            return dates
        try:
            if self._ends:  # "concluded his two-day visit on Thursday": the day is the last
                first = dates.start.earliest() - _dt.timedelta(days=days - 1)
                return DateRange(start=PartialDate.from_date(first), end=dates.start)
            last = dates.start.earliest() + _dt.timedelta(days=days - 1)
        except OverflowError:
            return dates
        return DateRange(start=dates.start, end=PartialDate.from_date(last))

    def people(self, parts: frozenset[Part] | None = None) -> set[str]:
        """Who takes part (in one of ``parts``); the set is the event's own: do not change it."""
        if parts is None:
            return self._people
        if len(parts) == 1:
            return self._by_part.get(next(iter(parts)), set())
        return {e for part in parts for e in self._by_part.get(part, ())}

    def direct_status(self) -> set[EventStatus]:
        return self._direct

    def said_status(self) -> set[EventStatus]:
        """Every status its mentions give, stated or implied by a frame (``по итогам переговоров``)."""
        return self._said

    def named_before(self, persons: frozenset[str], offset: int) -> list[str]:
        """The persons taking part at a place before ``offset``, in the order they first do."""
        found = []
        for entity, places in self._occurrences.items():
            if entity in persons:
                first = next((n for n, position in places if position < offset), None)
                if first is not None:
                    found.append((first, entity))
        return [entity for _, entity in sorted(found)]

    def object_venue(self) -> str | None:
        return self._object_venue

    def destination(self) -> str | None:
        """Where a visit goes: the first venue named as its destination (``в Китай``)."""
        return self._venue[1] if self._venue is not None and self._venue[0] >= 3 else None

    def venue(self) -> str | None:
        """The best-attested venue: the first of the highest rank (as :func:`_venue` without kinds)."""
        return self._venue[1] if self._venue is not None else None
