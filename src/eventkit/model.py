"""The typed model of a diplomatic news article.

Every class is immutable (attrs: frozen, slots, keyword-only) and checks itself when built:
a value that breaks the model raises :class:`~eventkit.ValidationError` listing every problem
with its path. Collections are tuples. An :class:`Article` keeps the exact text its spans point
into, and checks that every span, mention and cross-reference inside it holds.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from collections.abc import Iterator, Sequence

from ._checks import model_class
from .errors import Problem

__all__ = [
    "Article",
    "Coordinates",
    "DateMention",
    "DateRange",
    "Event",
    "EventKind",
    "EventStatus",
    "InfoSource",
    "MediaCredit",
    "Mention",
    "Organization",
    "Paragraph",
    "Part",
    "PartialDate",
    "Participant",
    "Person",
    "PloverCode",
    "Precision",
    "Provenance",
    "Quote",
    "QuoteKind",
    "Role",
    "Span",
    "Venue",
    "VenueKind",
]

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}\Z")
# BCP 47 language tag, the common subset: language, optional script, region and variants.
_BCP47 = re.compile(
    r"(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})"
    r"(?:-[A-Z][a-z]{3})?"
    r"(?:-(?:[A-Z]{2}|[0-9]{3}))?"
    r"(?:-(?:[0-9A-Za-z]{5,8}|[0-9][0-9A-Za-z]{3}))*\Z"
)
_COUNTRY = re.compile(r"[A-Z]{2}\Z")
_CAMEO = re.compile(r"[0-9]{2,4}\Z")


# ---------------------------------------------------------------------------------- enums


class Precision(enum.StrEnum):
    """How much of a :class:`PartialDate` is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class QuoteKind(enum.StrEnum):
    """Direct speech in quote marks, reported speech, or reported speech with a quoted part."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class VenueKind(enum.StrEnum):
    """What sort of place a :class:`Venue` is."""

    COUNTRY = "country"
    REGION = "region"
    CITY = "city"
    DISTRICT = "district"
    STATION = "station"
    PARK = "park"
    BUILDING = "building"
    OTHER = "other"


class EventKind(enum.StrEnum):
    """What happened (or will happen); each kind maps to CAMEO and PLOVER codes."""

    STATE_VISIT = "state_visit"
    OFFICIAL_VISIT = "official_visit"
    WORKING_VISIT = "working_visit"
    VISIT = "visit"
    TALKS = "talks"
    MEETING = "meeting"
    PHONE_CALL = "phone_call"
    CEREMONY = "ceremony"
    OPENING = "opening"
    SIGNING = "signing"
    SUMMIT = "summit"
    FORUM = "forum"
    SESSION = "session"
    PUBLICATION = "publication"
    STATEMENT = "statement"
    OTHER = "other"


class EventStatus(enum.StrEnum):
    """Whether an event is still to come, has happened, or will not happen as planned."""

    SCHEDULED = "scheduled"
    OCCURRED = "occurred"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"


class Part(enum.StrEnum):
    """The part a person or organization plays in an :class:`Event`."""

    VISITOR = "visitor"
    HOST = "host"
    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    SIGNATORY = "signatory"
    ORGANISER = "organiser"
    AUTHOR = "author"
    PUBLISHER = "publisher"


# ----------------------------------------------------------------------- basic values


@model_class
class Span:
    """Character offsets ``[start, end)`` into the text given to ``parse_article``."""

    start: int
    end: int

    def _valid(self) -> bool:
        return 0 <= self.start <= self.end

    def _invariants(self) -> Iterator[Problem]:
        if self.start < 0:
            yield Problem("$.start", f"must be >= 0, got {self.start}")
        if self.end < self.start:
            yield Problem("$.end", f"must be >= start ({self.start}), got {self.end}")


@model_class
class Mention:
    """A stretch of the article's text that names something: ``text == article.text[span]``."""

    text: str
    span: Span

    def _valid(self) -> bool:
        return self.text != "" and len(self.text) == self.span.end - self.span.start

    def _invariants(self) -> Iterator[Problem]:
        if not self.text:
            yield Problem("$.text", "must not be empty")
        elif len(self.text) != self.span.end - self.span.start:
            yield Problem(
                "$.span",
                f"covers {self.span.end - self.span.start} characters, but text has {len(self.text)}",
            )


@model_class
class PartialDate:
    """A calendar date known to the year, the month or the day; never an invented time.

    Written in JSON as ``"2025"``, ``"2025-05"`` or ``"2025-11-11"``.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def _valid(self) -> bool:
        # Days up to 28 exist in every month; later ones are left to ``_invariants``.
        if not 1 <= self.year <= 9999:
            return False
        if self.month is None:
            return self.day is None
        return 1 <= self.month <= 12 and (self.day is None or 1 <= self.day <= 28)

    def _invariants(self) -> Iterator[Problem]:
        if not 1 <= self.year <= 9999:
            yield Problem("$.year", f"must be between 1 and 9999, got {self.year}")
            return
        if self.month is None:
            if self.day is not None:
                yield Problem("$.day", "a day needs a month")
            return
        if not 1 <= self.month <= 12:
            yield Problem("$.month", f"must be between 1 and 12, got {self.month}")
            return
        if self.day is not None:
            last = _days_in_month(self.year, self.month)
            if not 1 <= self.day <= last:
                yield Problem(
                    "$.day",
                    f"must be between 1 and {last} in {self.year:04d}-{self.month:02d}, got {self.day}",
                )

    @property
    def precision(self) -> Precision:
        """The finest unit known."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def isoformat(self) -> str:
        """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, as precise as the date is."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, value: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; anything else is a ValueError."""
        m = _PARTIAL_DATE.fullmatch(value)
        if m is None:
            raise ValueError(f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
        year, month, day = m.groups()
        return cls(
            year=int(year),
            month=int(month) if month else None,
            day=int(day) if day else None,
        )

    @classmethod
    def from_date(cls, value: _dt.date) -> PartialDate:
        """The day-precise partial date of a :class:`datetime.date`."""
        return cls(year=value.year, month=value.month, day=value.day)

    def earliest(self) -> _dt.date:
        """The first day this date could be."""
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> _dt.date:
        """The last day this date could be."""
        month = self.month or 12
        day = self.day or _days_in_month(self.year, month)
        return _dt.date(self.year, month, day)


def _days_in_month(year: int, month: int) -> int:
    """How many days ``month`` has in ``year`` (Gregorian calendar); without importing calendar."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


_PARTIAL_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


@model_class
class DateRange:
    """From ``start`` to ``end`` inclusive; a single date has ``start == end``."""

    start: PartialDate
    end: PartialDate

    def _valid(self) -> bool:
        s, e = self.start, self.end
        return (s.year, s.month or 1, s.day or 1) <= (e.year, e.month or 12, e.day or 31)

    def _invariants(self) -> Iterator[Problem]:
        if self.start.earliest() > self.end.latest():
            yield Problem("$.end", f"{self.end} is before start {self.start}")

    @classmethod
    def single(cls, date: PartialDate) -> DateRange:
        """The range of one partial date."""
        return cls(start=date, end=date)


@model_class
class DateMention:
    """A date expression in the text (``11-12 ноября``) and the dates it resolves to."""

    text: str
    span: Span
    dates: DateRange


@model_class
class Coordinates:
    """WGS 84 latitude and longitude in degrees."""

    latitude: float
    longitude: float

    def _valid(self) -> bool:
        return -90 <= self.latitude <= 90 and -180 <= self.longitude <= 180

    def _invariants(self) -> Iterator[Problem]:
        if not -90 <= self.latitude <= 90:
            yield Problem("$.latitude", f"must be between -90 and 90, got {self.latitude}")
        if not -180 <= self.longitude <= 180:
            yield Problem("$.longitude", f"must be between -180 and 180, got {self.longitude}")


# ------------------------------------------------------------------- named things


def _check_id(value: str) -> Iterator[Problem]:
    if not _ID.match(value):
        yield Problem(
            "$.id",
            f"{value!r} is not an id (1-64 letters, digits, '_', '.', ':' or '-', "
            "starting with a letter or digit)",
        )


_IDS: set[str] = set()
"""Ids found well-formed so far (most articles reuse a few: ``p1``, ``v1``, ``e1``)."""


def _is_id(value: str) -> bool:
    if value in _IDS:
        return True
    if _ID.match(value) is None:
        return False
    if len(_IDS) >= 4096:
        _IDS.clear()
    _IDS.add(value)
    return True


def _nonblank(value: str) -> bool:
    return not value.isspace() and value != ""


def _check_name(value: str, path: str = "$.name") -> Iterator[Problem]:
    if not _nonblank(value):
        yield Problem(path, "must not be empty")


def _check_country(value: str | None, path: str) -> Iterator[Problem]:
    if value is not None and not _COUNTRY.match(value):
        yield Problem(path, f"expected an ISO 3166-1 alpha-2 code such as 'RU', got {value!r}")


@model_class
class Role:
    """A position a person holds: the title as the text gives it, and whose it is.

    ``organization`` is the id of an :class:`Organization` of the same article;
    ``country`` an ISO 3166-1 alpha-2 code.
    """

    title: str
    organization: str | None = None
    country: str | None = None

    def _valid(self) -> bool:
        return (self.title != "" and not self.title.isspace()) and (
            self.country is None or _COUNTRY.match(self.country) is not None
        )

    def _invariants(self) -> Iterator[Problem]:
        yield from _check_name(self.title, "$.title")
        yield from _check_country(self.country, "$.country")


@model_class
class Person:
    """A person the article names, once, however many times and ways it names them."""

    id: str
    name: str
    given_name: str | None = None
    family_name: str | None = None
    patronymic: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def _valid(self) -> bool:
        return _is_id(self.id) and (self.name != "" and not self.name.isspace())

    def _invariants(self) -> Iterator[Problem]:
        yield from _check_id(self.id)
        yield from _check_name(self.name)


@model_class
class Organization:
    """A body the article names: a ministry, a government, a newspaper, an agency."""

    id: str
    name: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def _valid(self) -> bool:
        return (
            _is_id(self.id)
            and (self.name != "" and not self.name.isspace())
            and (self.country is None or _COUNTRY.match(self.country) is not None)
        )

    def _invariants(self) -> Iterator[Problem]:
        yield from _check_id(self.id)
        yield from _check_name(self.name)
        yield from _check_country(self.country, "$.country")


@model_class
class Venue:
    """A place: a country, a city, a district, a station, a park, a building.

    ``parent`` is the id of the venue this one lies in (a station in a district in a city).
    """

    id: str
    name: str
    kind: VenueKind = VenueKind.OTHER
    parent: str | None = None
    country: str | None = None
    coordinates: Coordinates | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def _valid(self) -> bool:
        return (
            _is_id(self.id)
            and (self.name != "" and not self.name.isspace())
            and (self.country is None or _COUNTRY.match(self.country) is not None)
            and self.parent != self.id
        )

    def _invariants(self) -> Iterator[Problem]:
        yield from _check_id(self.id)
        yield from _check_name(self.name)
        yield from _check_country(self.country, "$.country")
        if self.parent == self.id:
            yield Problem("$.parent", "a venue cannot lie in itself")


@model_class
class Quote:
    """Something a person said, as the article reports it.

    ``text`` is exactly ``article.text[span]``: the words inside the quote marks for direct
    speech, the reported clause for indirect speech. ``speaker`` is a person id, or ``None``
    when the article does not say who spoke; ``speaker_text`` keeps the speaker as written
    (``Андрей Яцкин``, ``казахстанского министра``, ``она``), ``cue`` the words that mark the
    speech (``заявил``, ``По словам``).
    """

    id: str
    text: str
    kind: QuoteKind
    span: Span
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    paragraph: int | None = None

    def _valid(self) -> bool:
        return (
            _is_id(self.id)
            and (self.text != "" and not self.text.isspace())
            and len(self.text) == self.span.end - self.span.start
            and (self.paragraph is None or self.paragraph >= 0)
        )

    def _invariants(self) -> Iterator[Problem]:
        yield from _check_id(self.id)
        if not self.text.strip():
            yield Problem("$.text", "must not be empty")
        elif len(self.text) != self.span.end - self.span.start:
            yield Problem(
                "$.span",
                f"covers {self.span.end - self.span.start} characters, but text has {len(self.text)}",
            )
        if self.paragraph is not None and self.paragraph < 0:
            yield Problem("$.paragraph", f"must be >= 0, got {self.paragraph}")


@model_class
class Participant:
    """Who took part in an event (a person or organization id) and in what part."""

    entity: str
    part: Part = Part.PARTICIPANT


@model_class
class PloverCode:
    """The event's PLOVER coding: the event type, its mode and its contexts."""

    event: str
    mode: str | None = None
    context: tuple[str, ...] = ()

    def _valid(self) -> bool:
        return self.event.isupper() and self.event.replace("_", "").isalpha()

    def _invariants(self) -> Iterator[Problem]:
        if not self.event.isupper() or not self.event.replace("_", "").isalpha():
            yield Problem("$.event", f"expected an upper-case PLOVER event name, got {self.event!r}")


@model_class
class Event:
    """Something that happened or will happen: a visit, talks, an opening, a signing.

    ``venue``, ``parent`` and the participants' ``entity`` are ids of the same article's
    venues, events, and persons or organizations. ``evidence`` lists every stretch of text
    that speaks of this event.
    """

    id: str
    kind: EventKind
    status: EventStatus
    dates: DateRange | None = None
    venue: str | None = None
    participants: tuple[Participant, ...] = ()
    parent: str | None = None
    cameo: str | None = None
    plover: PloverCode | None = None
    evidence: tuple[Mention, ...] = ()

    def _valid(self) -> bool:
        return (
            _is_id(self.id)
            and self.parent != self.id
            and (self.cameo is None or _CAMEO.match(self.cameo) is not None)
        )

    def _invariants(self) -> Iterator[Problem]:
        yield from _check_id(self.id)
        if self.parent == self.id:
            yield Problem("$.parent", "an event cannot be its own parent")
        if self.cameo is not None and not _CAMEO.match(self.cameo):
            yield Problem("$.cameo", f"expected a CAMEO code of 2-4 digits, got {self.cameo!r}")


# ------------------------------------------------------------------------- article


@model_class
class Paragraph:
    """A block of the article's text: ``text == article.text[span]``."""

    text: str
    span: Span


@model_class
class InfoSource:
    """A body the article cites or names as its source (``сообщает Zakon.kz``).

    ``cue`` keeps the words that introduce it (``По данным``, ``передает``); ``organization``
    is the id of the matching :class:`Organization` when the article has one.
    """

    name: str
    cue: str | None = None
    span: Span | None = None
    organization: str | None = None

    def _valid(self) -> bool:
        return self.name != "" and not self.name.isspace()

    def _invariants(self) -> Iterator[Problem]:
        yield from _check_name(self.name)


@model_class
class MediaCredit:
    """The credit of a photo or video: ``credit`` (``gov.kz``) and the line as written."""

    credit: str
    text: str
    span: Span | None = None

    def _valid(self) -> bool:
        return self.credit != "" and not self.credit.isspace()

    def _invariants(self) -> Iterator[Problem]:
        yield from _check_name(self.credit, "$.credit")


@model_class
class Provenance:
    """Which extractor made an article, and with what."""

    extractor: str
    version: str
    recognizer: str | None = None


@model_class
class Article:
    """One news article: its text, structure, and what it says about whom, where and when.

    ``text`` is the exact text the article was read from; every span inside the article
    points into it, and is checked to do so.
    """

    id: str
    text: str = ""
    language: str = "und"
    published: PartialDate | None = None
    headline: Paragraph | None = None
    lead: Paragraph | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    boilerplate: tuple[Paragraph, ...] = ()
    outlet: InfoSource | None = None
    info_sources: tuple[InfoSource, ...] = ()
    media_credits: tuple[MediaCredit, ...] = ()
    dates: tuple[DateMention, ...] = ()
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    venues: tuple[Venue, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    provenance: Provenance | None = None

    def _valid(self) -> bool:
        return _is_id(self.id) and _BCP47.match(self.language) is not None and _article_valid(self)

    def _invariants(self) -> Iterator[Problem]:
        yield from _check_id(self.id)
        if not _BCP47.match(self.language):
            yield Problem("$.language", f"{self.language!r} is not a BCP 47 language tag")
        yield from _ArticleChecks(self).run()


def _article_valid(a: Article) -> bool:
    """Whether :class:`_ArticleChecks` would find nothing: the same tests in one pass, no messages.

    Every article built or loaded runs it; only when it says no do the checks run to tell what
    is wrong and where.
    """
    text, n = a.text, len(a.text)
    persons, organizations, venues, quotes, events = a.persons, a.organizations, a.venues, a.quotes, a.events
    person_ids = {p.id for p in persons}
    org_ids = {o.id for o in organizations}
    venue_ids = {v.id for v in venues}
    event_ids = {e.id for e in events}
    quote_ids = {q.id for q in quotes}
    if len(persons) + len(organizations) + len(venues) + len(quotes) + len(events) != len(
        person_ids | org_ids | venue_ids | quote_ids | event_ids
    ):
        return False
    for block in (a.headline, a.lead, *a.paragraphs, *a.boilerplate, *a.dates):
        if block is not None:
            span = block.span
            if span.end > n or text[span.start : span.end] != block.text:
                return False
    outlet = a.outlet
    for source in a.info_sources if outlet is None else (outlet, *a.info_sources):
        where = source.span
        if where is not None and where.end > n:
            return False
        if source.organization is not None and source.organization not in org_ids:
            return False
    for credit in a.media_credits:
        where = credit.span
        if where is not None and (where.end > n or text[where.start : where.end] != credit.text):
            return False
    for person in persons:
        for role in person.roles:
            if role.organization is not None and role.organization not in org_ids:
                return False
    for things in (persons, organizations, venues):
        for thing in things:
            for mention in thing.mentions:
                span = mention.span
                if span.end > n or text[span.start : span.end] != mention.text:
                    return False
    venue_parents: dict[str, str | None] = {}
    for venue in venues:
        if venue.parent is not None:
            if venue.parent not in venue_ids:
                return False
            venue_parents[venue.id] = venue.parent
    if venue_parents and not _acyclic(venue_parents):
        return False
    n_paragraphs = len(a.paragraphs)
    for quote in quotes:
        if quote.speaker is not None and quote.speaker not in person_ids:
            return False
        span = quote.span
        if span.end > n or text[span.start : span.end] != quote.text:
            return False
        if quote.paragraph is not None and quote.paragraph >= n_paragraphs:
            return False
    entity_ids = person_ids | org_ids
    event_parents: dict[str, str | None] = {}
    for event in events:
        if event.venue is not None and event.venue not in venue_ids:
            return False
        if event.parent is not None:
            if event.parent not in event_ids:
                return False
            event_parents[event.id] = event.parent
        for participant in event.participants:
            if participant.entity not in entity_ids:
                return False
        for mention in event.evidence:
            span = mention.span
            if span.end > n or text[span.start : span.end] != mention.text:
                return False
    return not event_parents or _acyclic(event_parents)


def _acyclic(parents: dict[str, str | None]) -> bool:
    """Whether following parents (ids unique, each parent a known id) never leads back to a start."""
    done: set[str] = set()
    for start in parents:
        path: set[str] = set()
        current: str | None = start
        while current is not None and current not in done:
            if current in path:
                return False
            path.add(current)
            current = parents.get(current)
        done |= path
    return True


class _ArticleChecks:
    """The checks that need the whole article: spans inside the text, ids, references.

    Every article built or loaded runs them, so they are plain loops that test first and
    only format a path and a message when something is wrong.
    """

    def __init__(self, article: Article) -> None:
        self.a = article
        self.text = article.text
        self.problems: list[Problem] = []

    def run(self) -> list[Problem]:
        a = self.a
        text, n = self.text, len(self.text)
        self._ids()
        for name, block in (("headline", a.headline), ("lead", a.lead)):
            if block is not None and (
                block.span.end > n or text[block.span.start : block.span.end] != block.text
            ):
                self._text_at(block.text, block.span, f"$.{name}")
        self._blocks(a.paragraphs, "paragraphs")
        self._blocks(a.boilerplate, "boilerplate")
        org_ids = self.org_ids
        if a.outlet is not None:
            if a.outlet.span is not None and a.outlet.span.end > n:
                self._span(a.outlet.span, "$.outlet.span")
            if a.outlet.organization is not None and a.outlet.organization not in org_ids:
                self._org_ref(a.outlet.organization, "$.outlet")
        for i, source in enumerate(a.info_sources):
            if source.span is not None and source.span.end > n:
                self._span(source.span, f"$.info_sources[{i}].span")
            if source.organization is not None and source.organization not in org_ids:
                self._org_ref(source.organization, f"$.info_sources[{i}]")
        for i, credit in enumerate(a.media_credits):
            span = credit.span
            if span is not None and (span.end > n or text[span.start : span.end] != credit.text):
                self._text_at(credit.text, span, f"$.media_credits[{i}]")
        self._blocks(a.dates, "dates")
        named: tuple[tuple[str, tuple[Person | Organization | Venue, ...]], ...] = (
            ("persons", a.persons),
            ("organizations", a.organizations),
            ("venues", a.venues),
        )
        for field, things in named:
            for i, thing in enumerate(things):
                if thing.mentions:
                    self._mentions(thing.mentions, field, i)
        for i, person in enumerate(a.persons):
            for j, role in enumerate(person.roles):
                if role.organization is not None and role.organization not in org_ids:
                    self._org_ref(role.organization, f"$.persons[{i}].roles[{j}]")
        self._venues()
        self._quotes()
        self._events()
        return self.problems

    def _ids(self) -> None:
        a = self.a
        self.person_ids = {p.id for p in a.persons}
        self.org_ids = {o.id for o in a.organizations}
        self.venue_ids = {v.id for v in a.venues}
        self.event_ids = {e.id for e in a.events}
        quote_ids = {q.id for q in a.quotes}
        total = len(a.persons) + len(a.organizations) + len(a.venues) + len(a.quotes) + len(a.events)
        if total == len(self.person_ids | self.org_ids | self.venue_ids | quote_ids | self.event_ids):
            return
        seen: dict[str, str] = {}
        identified: tuple[tuple[str, tuple[Person | Organization | Venue | Quote | Event, ...]], ...] = (
            ("persons", a.persons),
            ("organizations", a.organizations),
            ("venues", a.venues),
            ("quotes", a.quotes),
            ("events", a.events),
        )
        for field, things in identified:
            for i, thing in enumerate(things):
                path = f"$.{field}[{i}].id"
                if thing.id in seen:
                    self.problems.append(
                        Problem(path, f"duplicate id {thing.id!r} (first at {seen[thing.id]})")
                    )
                else:
                    seen[thing.id] = path

    def _span(self, span: Span, path: str) -> None:
        if span.end > len(self.text):
            self.problems.append(
                Problem(path, f"ends at {span.end}, after the end of the text ({len(self.text)})")
            )

    def _text_at(self, text: str, span: Span, path: str) -> None:
        if span.end > len(self.text):
            self._span(span, f"{path}.span")
        elif self.text[span.start : span.end] != text:
            self.problems.append(
                Problem(
                    f"{path}.text",
                    f"{_short(text)} is not the text at {span.start}:{span.end} "
                    f"({_short(self.text[span.start : span.end])})",
                )
            )

    def _blocks(self, blocks: Sequence[Paragraph | DateMention], field: str) -> None:
        text, n = self.text, len(self.text)
        for i, block in enumerate(blocks):
            span = block.span
            if span.end > n or text[span.start : span.end] != block.text:
                self._text_at(block.text, span, f"$.{field}[{i}]")

    def _mentions(self, mentions: tuple[Mention, ...], field: str, i: int, part: str = "mentions") -> None:
        text, n = self.text, len(self.text)
        for j, mention in enumerate(mentions):
            span = mention.span
            if span.end > n or text[span.start : span.end] != mention.text:
                self._text_at(mention.text, span, f"$.{field}[{i}].{part}[{j}]")

    def _org_ref(self, ref: str | None, path: str) -> None:
        if ref is not None and ref not in self.org_ids:
            self.problems.append(Problem(f"{path}.organization", f"unknown organization id {ref!r}"))

    def _venues(self) -> None:
        venues = self.a.venues
        looping: set[str] | None = None
        for i, venue in enumerate(venues):
            if venue.parent is None:
                continue
            if venue.parent not in self.venue_ids:
                self.problems.append(Problem(f"$.venues[{i}].parent", f"unknown venue id {venue.parent!r}"))
                continue
            if looping is None:
                looping = _looping({v.id: v.parent for v in venues})
            if venue.id in looping:
                self.problems.append(Problem(f"$.venues[{i}].parent", f"venue {venue.id!r} lies in itself"))

    def _quotes(self) -> None:
        n_paragraphs = len(self.a.paragraphs)
        text, n = self.text, len(self.text)
        person_ids = self.person_ids
        for i, quote in enumerate(self.a.quotes):
            if quote.speaker is not None and quote.speaker not in person_ids:
                self.problems.append(
                    Problem(f"$.quotes[{i}].speaker", f"unknown person id {quote.speaker!r}")
                )
            span = quote.span
            if span.end > n or text[span.start : span.end] != quote.text:
                self._text_at(quote.text, span, f"$.quotes[{i}]")
            if quote.paragraph is not None and quote.paragraph >= n_paragraphs:
                self.problems.append(
                    Problem(
                        f"$.quotes[{i}].paragraph",
                        f"no paragraph {quote.paragraph}: the article has {n_paragraphs}",
                    )
                )

    def _events(self) -> None:
        events = self.a.events
        entity_ids = self.person_ids | self.org_ids
        looping: set[str] | None = None
        for i, event in enumerate(events):
            if event.venue is not None and event.venue not in self.venue_ids:
                self.problems.append(Problem(f"$.events[{i}].venue", f"unknown venue id {event.venue!r}"))
            if event.parent is not None:
                if event.parent not in self.event_ids:
                    self.problems.append(
                        Problem(f"$.events[{i}].parent", f"unknown event id {event.parent!r}")
                    )
                else:
                    if looping is None:
                        looping = _looping({e.id: e.parent for e in events})
                    if event.id in looping:
                        self.problems.append(
                            Problem(f"$.events[{i}].parent", f"event {event.id!r} is its own ancestor")
                        )
            for j, participant in enumerate(event.participants):
                if participant.entity not in entity_ids:
                    self.problems.append(
                        Problem(
                            f"$.events[{i}].participants[{j}].entity",
                            f"unknown person or organization id {participant.entity!r}",
                        )
                    )
            if event.evidence:
                self._mentions(event.evidence, "events", i, "evidence")


def _looping(parents: dict[str, str | None]) -> set[str]:
    """The ids that are their own ancestors: following parents from one leads back to it.

    (One that only leads into such a loop is not in it; the loop is reported at its members.)
    """
    steps = len(parents)
    loops: set[str] = set()
    for start, current in parents.items():
        for _ in range(steps):
            if current is None or current == start:
                break
            current = parents.get(current)
        if current == start:
            loops.add(start)
    return loops


def _short(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")
