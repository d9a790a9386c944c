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
from collections.abc import Iterator
from typing import ClassVar, TypeVar

from ._checks import Chain, Check, Rule, Rules, model_class, shown
from .errors import Problem

__all__ = [
    "Appearance",
    "Article",
    "Coordinates",
    "Corpus",
    "DateMention",
    "DateRange",
    "Detail",
    "Event",
    "EventKind",
    "EventStatus",
    "Identifier",
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
    "Report",
    "Role",
    "Scheme",
    "Span",
    "Story",
    "Venue",
    "VenueKind",
]

_ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}"
_ID = re.compile(_ID_PATTERN + r"\Z")
# An article's id is the caller's (a URL, a database key): any text of 1-2048 characters without
# control characters and without white space at either end.
_ARTICLE_ID_PATTERN = r"[^\s\x00-\x1f\x7f-\x9f](?:[^\x00-\x1f\x7f-\x9f]{0,2046}[^\s\x00-\x1f\x7f-\x9f])?"
_ARTICLE_ID = re.compile(_ARTICLE_ID_PATTERN + r"\Z")
# BCP 47 language tag, the common subset: language, optional script, region and variants.
_BCP47 = re.compile(
    r"(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})"
    r"(?:-[A-Z][a-z]{3})?"
    r"(?:-(?:[A-Z]{2}|[0-9]{3}))?"
    r"(?:-(?:[0-9A-Za-z]{5,8}|[0-9][0-9A-Za-z]{3}))*\Z"
)
_COUNTRY_PATTERN = "[A-Z]{2}"
_COUNTRY = re.compile(_COUNTRY_PATTERN + r"\Z")
_CAMEO_PATTERN = "[0-9]{2,4}"
_CAMEO = re.compile(_CAMEO_PATTERN + r"\Z")
# An absolute URL: a scheme (RFC 3986), then no space or control character; http and https
# also need "//" and a host.
_URL_PATTERN = (
    r"(?:[Hh][Tt][Tt][Pp][Ss]?://[^/?#\x00-\x20\x7f]"
    r"|(?![Hh][Tt][Tt][Pp][Ss]?:)[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20\x7f])"
    r"[^\x00-\x20\x7f]*"
)
_URL = re.compile(_URL_PATTERN + r"\Z")


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


class Scheme(enum.StrEnum):
    """Whose register an :class:`Identifier` comes from."""

    WIKIDATA = "wikidata"
    GEONAMES = "geonames"
    ISO3166 = "iso3166"


# What each scheme's values look like: Wikidata items (``Q7747``), GeoNames ids (digits),
# ISO 3166 codes (a country ``KZ``, or a subdivision ``RU-MOW``).
_IDENTIFIER_PATTERNS = {
    Scheme.WIKIDATA: "Q[1-9][0-9]{0,11}",
    Scheme.GEONAMES: "[1-9][0-9]{0,11}",
    Scheme.ISO3166: "[A-Z]{2}(?:-[A-Z0-9]{1,3})?",
}
_IDENTIFIER_VALUES = {scheme: re.compile(pattern + r"\Z") for scheme, pattern in _IDENTIFIER_PATTERNS.items()}
_IDENTIFIER_EXPECTED = {
    Scheme.WIKIDATA: "a Wikidata item such as 'Q7747'",
    Scheme.GEONAMES: "a GeoNames id (digits, no leading zero) such as '1526273'",
    Scheme.ISO3166: "an ISO 3166 code such as 'KZ' or 'RU-MOW'",
}
_IDENTIFIER_URLS = {
    Scheme.WIKIDATA: "https://www.wikidata.org/entity/{}",
    Scheme.GEONAMES: "https://sws.geonames.org/{}/",
}


class Detail(enum.StrEnum):
    """A detail of an event on which the reports of one :class:`Story` may disagree."""

    KIND = "kind"
    STATUS = "status"
    DATES = "dates"
    VENUE = "venue"


# ------------------------------------------------------------------ shared rules


def _is_url(value: str) -> bool:
    return _URL.match(value) is not None


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


_ID_RULE = Rule(
    "id",
    "id in _IDS or _is_id(id)",  # most articles reuse a few ids: a set lookup, no call
    "{shown(id)} is not an id (1-64 letters, digits, '_', '.', ':' or '-', starting with a letter or digit)",
    schema={"pattern": f"^{_ID_PATTERN}$"},
)
_COUNTRY_RULE = Rule(
    "country",
    "country is None or _COUNTRY.match(country) is not None",
    "expected an ISO 3166-1 alpha-2 code such as 'RU', got {shown(country)}",
    schema={"pattern": f"^{_COUNTRY_PATTERN}$"},
)


_IDENTIFIERS_RULE = Rule(
    "identifiers",
    "len(identifiers) < 2 or len({i.scheme for i in identifiers}) == len(identifiers)",
    "at most one identifier of each scheme, got {', '.join(i.scheme.value for i in identifiers)}",
)


def _id_rule(field: str) -> Rule:
    """A field that holds an id (of an article, an event, a person ...) in another object."""
    return Rule(
        field,
        f"{field} in _IDS or _is_id({field})",
        f"{{shown({field})}} is not an id",
        schema={"pattern": f"^{_ID_PATTERN}$"},
    )


def _article_id_rule(field: str) -> Rule:
    """A field that holds an article's id in another object: the caller's id, as ``Article.id``."""
    return Rule(
        field,
        f"_ARTICLE_ID.match({field}) is not None",
        f"{{shown({field})}} is not an article id (1-2048 characters, no control characters, no white "
        "space at either end)",
        schema={"pattern": f"^{_ARTICLE_ID_PATTERN}$"},
    )


def _named(field: str) -> Rule:
    """A name, title or credit: not empty, and not only white space."""
    return Rule(
        field, f"{field} != '' and not {field}.isspace()", "must not be empty", schema={"minLength": 1}
    )


def _as_long_as_span(text_rule: Rule) -> Chain:
    """``text`` that passes ``text_rule`` and is as long as ``span`` (a mention's, a quote's)."""
    return Chain(
        text_rule,
        Rule(
            "span",
            "len(text) == span.end - span.start",
            "covers {span.end - span.start} characters, but text has {len(text)}",
        ),
    )


# ----------------------------------------------------------------------- basic values


@model_class(kw_only=True)
class Span:
    """Character offsets ``[start, end)`` into the text given to ``parse_article``."""

    start: int
    end: int

    _rules: ClassVar[Rules] = (
        Rule("start", "start >= 0", "must be >= 0, got {shown(start)}", schema={"minimum": 0}),
        Rule(
            "end",
            "end >= start",
            "must be >= start ({shown(start)}), got {shown(end)}",
            schema={"minimum": 0},
        ),
    )


@model_class(kw_only=True)
class Mention:
    """A stretch of the article's text that names something: ``text == article.text[span]``."""

    text: str
    span: Span

    _rules: ClassVar[Rules] = (
        _as_long_as_span(Rule("text", 'text != ""', "must not be empty", schema={"minLength": 1})),
    )


@model_class(kw_only=True)
class PartialDate:
    """A calendar date known to the year, the month or the day; never an invented time.

    Written in JSON as ``"2025"``, ``"2025-05"`` or ``"2025-11-11"``.
    """

    year: int
    month: int | None = None
    day: int | None = None

    _rules: ClassVar[Rules] = (
        Chain(
            Rule("year", "1 <= year <= 9999", "must be between 1 and 9999, got {shown(year)}"),
            Rule("day", "month is not None or day is None", "a day needs a month"),
            Rule(
                "month", "month is None or 1 <= month <= 12", "must be between 1 and 12, got {shown(month)}"
            ),
            Rule(
                "day",
                # Days up to 28 exist in every month: only later ones need the calendar.
                "day is None or 1 <= day and (day <= 28 or day <= _days_in_month(year, month))",
                "must be between 1 and {_days_in_month(year, month)} in {year:04d}-{month:02d}, "
                "got {shown(day)}",
            ),
        ),
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
        """The date as ISO text, as precise as the date is.

        :returns: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
        """
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, value: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        :param value: the ISO text.
        :returns: a partial date as precise as the text.
        :raises ValueError: anything else, or a date that does not exist (a
            :class:`~eventkit.ValidationError` is a ``ValueError`` too).
        """
        m = _PARTIAL_DATE.fullmatch(value)
        if m is None:
            raise ValueError(f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {shown(value)}")
        year, month, day = m.groups()
        return cls(
            year=int(year),
            month=int(month) if month else None,
            day=int(day) if day else None,
        )

    @classmethod
    def from_date(cls, value: _dt.date) -> PartialDate:
        """The day-precise partial date of a :class:`datetime.date`.

        :param value: the date.
        :returns: a partial date with year, month and day.
        """
        return cls(year=value.year, month=value.month, day=value.day)

    def earliest(self) -> _dt.date:
        """The first day this date could be (``2025-06`` gives 1 June 2025).

        :returns: a :class:`datetime.date`.
        """
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> _dt.date:
        """The last day this date could be (``2025-06`` gives 30 June 2025).

        :returns: a :class:`datetime.date`.
        """
        month = self.month or 12
        day = self.day or _days_in_month(self.year, month)
        return _dt.date(self.year, month, day)


def _days_in_month(year: int, month: int) -> int:
    """How many days ``month`` has in ``year`` (Gregorian calendar); without importing calendar."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


_PARTIAL_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


@model_class(kw_only=True)
class DateRange:
    """From ``start`` to ``end`` inclusive; a single date has ``start == end``."""

    start: PartialDate
    end: PartialDate

    _rules: ClassVar[Rules] = (
        Rule(
            "end",
            # The earliest day of start is not after the latest day of end (a month has at most 31).
            "(start.year, start.month or 1, start.day or 1) <= (end.year, end.month or 12, end.day or 31)",
            "{end} is before start {start}",
        ),
    )

    @classmethod
    def single(cls, date: PartialDate) -> DateRange:
        """The range of one partial date: it starts and ends on ``date``.

        :param date: the date.
        :returns: the range.
        """
        return cls(start=date, end=date)


@model_class(kw_only=True)
class DateMention:
    """A date expression in the text (``11-12 ноября``) and the dates it resolves to."""

    text: str
    span: Span
    dates: DateRange


@model_class(kw_only=True)
class Coordinates:
    """WGS 84 latitude and longitude in degrees."""

    latitude: float
    longitude: float

    _rules: ClassVar[Rules] = (
        Rule(
            "latitude",
            "-90 <= latitude <= 90",
            "must be between -90 and 90, got {latitude}",
            schema={"minimum": -90, "maximum": 90},
        ),
        Rule(
            "longitude",
            "-180 <= longitude <= 180",
            "must be between -180 and 180, got {longitude}",
            schema={"minimum": -180, "maximum": 180},
        ),
    )


# ------------------------------------------------------------------- named things


@model_class(kw_only=True)
class Identifier:
    """A stable external identifier: the scheme (a register) and the value it gives.

    ``wikidata`` values are items (``"Q7747"``), ``geonames`` values are GeoNames ids
    (``"1526273"``), ``iso3166`` values country codes (``"KZ"``) or subdivision codes
    (``"RU-MOW"``); each value is checked against its scheme.
    """

    scheme: Scheme
    value: str

    _rules: ClassVar[Rules] = (
        Rule(
            "value",
            "_IDENTIFIER_VALUES[scheme].match(value) is not None",
            "expected {_IDENTIFIER_EXPECTED[scheme]}, got {shown(value)}",
            schema={"pattern": "^(?:" + "|".join(_IDENTIFIER_PATTERNS.values()) + ")$"},
        ),
    )

    @property
    def url(self) -> str | None:
        """The web address of the identified item (Wikidata and GeoNames), else ``None``."""
        template = _IDENTIFIER_URLS.get(self.scheme)
        return None if template is None else template.format(self.value)


def _identifier(identifiers: tuple[Identifier, ...], scheme: Scheme) -> str | None:
    for identifier in identifiers:
        if identifier.scheme is scheme:
            return identifier.value
    return None


@model_class(kw_only=True)
class Role:
    """A position a person holds: the title as the text gives it, and whose it is.

    ``organization`` is the id of an :class:`Organization` of the same article;
    ``country`` an ISO 3166-1 alpha-2 code.
    """

    title: str
    organization: str | None = None
    country: str | None = None

    _rules: ClassVar[Rules] = (_named("title"), _COUNTRY_RULE)


@model_class(kw_only=True)
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
    identifiers: tuple[Identifier, ...] = ()

    _rules: ClassVar[Rules] = (_ID_RULE, _named("name"), _IDENTIFIERS_RULE)

    def identifier(self, scheme: Scheme | str) -> str | None:
        """The value of this person's identifier in ``scheme`` (``"wikidata"``), if any.

        :param scheme: a scheme, or its name.
        :returns: the identifier's value, or ``None``.
        """
        return _identifier(self.identifiers, Scheme(scheme))


@model_class(kw_only=True)
class Organization:
    """A body the article names: a ministry, a government, a newspaper, an agency."""

    id: str
    name: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    identifiers: tuple[Identifier, ...] = ()

    _rules: ClassVar[Rules] = (_ID_RULE, _named("name"), _COUNTRY_RULE, _IDENTIFIERS_RULE)

    def identifier(self, scheme: Scheme | str) -> str | None:
        """The value of this organization's identifier in ``scheme`` (``"wikidata"``), if any.

        :param scheme: a scheme, or its name.
        :returns: the identifier's value, or ``None``.
        """
        return _identifier(self.identifiers, Scheme(scheme))


@model_class(kw_only=True)
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
    identifiers: tuple[Identifier, ...] = ()

    _rules: ClassVar[Rules] = (
        _ID_RULE,
        _named("name"),
        _COUNTRY_RULE,
        Rule("parent", "parent != id", "a venue cannot lie in itself"),
        _IDENTIFIERS_RULE,
    )

    def identifier(self, scheme: Scheme | str) -> str | None:
        """The value of this venue's identifier in ``scheme`` (``"geonames"``), if any.

        :param scheme: a scheme, or its name.
        :returns: the identifier's value, or ``None``.
        """
        return _identifier(self.identifiers, Scheme(scheme))


@model_class(kw_only=True)
class Quote:
    """Something a person said, as the article reports it.

    ``text`` is exactly ``article.text[span]``: the words inside the quote marks for direct
    speech, the reported clause for indirect speech. ``speaker`` is a person id, or ``None``
    when the article does not say who spoke; ``speaker_text`` keeps the speaker as written
    (``Андрей Яцкин``, ``казахстанского министра``, ``она``), ``cue`` the words that mark the
    speech (``заявил``, ``По словам``). ``paragraph`` is the index of the paragraph that
    holds the quote.
    """

    id: str
    text: str
    kind: QuoteKind
    span: Span
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    paragraph: int | None = None

    _rules: ClassVar[Rules] = (
        _ID_RULE,
        _as_long_as_span(_named("text")),
        Rule(
            "paragraph",
            "paragraph is None or paragraph >= 0",
            "must be >= 0, got {shown(paragraph)}",
            schema={"minimum": 0},
        ),
    )


@model_class(kw_only=True)
class Participant:
    """Who took part in an event (a person or organization id) and in what part."""

    entity: str
    part: Part = Part.PARTICIPANT


@model_class(kw_only=True)
class PloverCode:
    """The event's PLOVER coding: the event type, its mode and its contexts."""

    event: str
    mode: str | None = None
    context: tuple[str, ...] = ()

    _rules: ClassVar[Rules] = (
        Rule(
            "event",
            "event.isupper() and event.replace('_', '').isalpha()",
            "expected an upper-case PLOVER event name, got {shown(event)}",
        ),
    )


@model_class(kw_only=True)
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

    _rules: ClassVar[Rules] = (
        _ID_RULE,
        Rule("parent", "parent != id", "an event cannot be its own parent"),
        Rule(
            "cameo",
            "cameo is None or _CAMEO.match(cameo) is not None",
            "expected a CAMEO code of 2-4 digits, got {shown(cameo)}",
            schema={"pattern": f"^{_CAMEO_PATTERN}$"},
        ),
    )


# ------------------------------------------------------------------------- article


@model_class(kw_only=True)
class Paragraph:
    """A block of the article's text: ``text == article.text[span]``."""

    text: str
    span: Span


@model_class(kw_only=True)
class InfoSource:
    """A body the article cites or names as its source (``сообщает Zakon.kz``).

    ``cue`` keeps the words that introduce it (``По данным``, ``передает``); ``organization``
    is the id of the matching :class:`Organization` when the article has one.
    """

    name: str
    cue: str | None = None
    span: Span | None = None
    organization: str | None = None

    _rules: ClassVar[Rules] = (_named("name"),)


@model_class(kw_only=True)
class MediaCredit:
    """The credit of a photo or video: ``credit`` (``gov.kz``) and the line as written."""

    credit: str
    text: str
    span: Span | None = None

    _rules: ClassVar[Rules] = (_named("credit"),)


@model_class(kw_only=True)
class Provenance:
    """Which extractor made an article, and with what."""

    extractor: str
    version: str
    recognizer: str | None = None


def _article_problems(a: Article) -> Iterator[Problem]:
    """The checks that need the whole article: spans inside the text, ids, references, order.

    One pass, in the order of the fields; a path and a message are made only for a problem.
    Every article built or loaded runs it, and the quick check of an article is whether it
    yields anything at all.
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
        yield from _duplicate_ids(a)
    headline, lead, paragraphs = a.headline, a.lead, a.paragraphs
    if headline is not None:
        span = headline.span
        if span.end > n or text[span.start : span.end] != headline.text:
            yield _not_at(text, headline.text, span, "$.headline")
    if lead is not None:
        span = lead.span
        if span.end > n or text[span.start : span.end] != lead.text:
            yield _not_at(text, lead.text, span, "$.lead")
        if not paragraphs:
            yield Problem("$.lead", "the article has no paragraphs: a lead is the first one")
        elif (first := paragraphs[0].span) is not span and (
            span.start != first.start or span.end != first.end or lead.text != paragraphs[0].text
        ):
            yield Problem(
                "$.lead",
                f"is not the first paragraph (at {span.start}:{span.end}; $.paragraphs[0] is at "
                f"{first.start}:{first.end})",
            )
    end = 0
    for i, block in enumerate(paragraphs):
        span = block.span
        if span.end > n or text[span.start : span.end] != block.text:
            yield _not_at(text, block.text, span, f"$.paragraphs[{i}]")
        if span.start < end:
            yield Problem(
                f"$.paragraphs[{i}].span",
                f"starts at {span.start}, before paragraph {i - 1} ends ({end}): "
                "paragraphs are in order and do not overlap",
            )
        end = span.end
    for i, block in enumerate(a.boilerplate):
        span = block.span
        if span.end > n or text[span.start : span.end] != block.text:
            yield _not_at(text, block.text, span, f"$.boilerplate[{i}]")
    if a.outlet is not None:
        yield from _source_problems(a.outlet, "$.outlet", text, org_ids)
    for i, source in enumerate(a.info_sources):
        if source.span is not None or source.organization is not None:
            yield from _source_problems(source, f"$.info_sources[{i}]", text, org_ids)
    for i, credit in enumerate(a.media_credits):
        where = credit.span
        if where is not None and (where.end > n or text[where.start : where.end] != credit.text):
            yield _not_at(text, credit.text, where, f"$.media_credits[{i}]")
    for i, date in enumerate(a.dates):
        span = date.span
        if span.end > n or text[span.start : span.end] != date.text:
            yield _not_at(text, date.text, span, f"$.dates[{i}]")
    for i, person in enumerate(persons):
        j = -1
        for role in person.roles:
            if role.organization is not None and role.organization not in org_ids:
                j = _index(person.roles, role, j)
                yield Problem(
                    f"$.persons[{i}].roles[{j}].organization",
                    f"unknown organization id {shown(role.organization)}",
                )
        j = -1
        for mention in person.mentions:
            span = mention.span
            if span.end > n or text[span.start : span.end] != mention.text:
                j = _index(person.mentions, mention, j)
                yield _not_at(text, mention.text, span, f"$.persons[{i}].mentions[{j}]")
    for i, organization in enumerate(organizations):
        j = -1
        for mention in organization.mentions:
            span = mention.span
            if span.end > n or text[span.start : span.end] != mention.text:
                j = _index(organization.mentions, mention, j)
                yield _not_at(text, mention.text, span, f"$.organizations[{i}].mentions[{j}]")
    looping: set[str] | None = None
    for i, venue in enumerate(venues):
        if venue.parent is not None:
            if venue.parent not in venue_ids:
                yield Problem(f"$.venues[{i}].parent", f"unknown venue id {shown(venue.parent)}")
            else:
                if looping is None:
                    looping = _looping({v.id: v.parent for v in venues})
                if venue.id in looping:
                    yield Problem(f"$.venues[{i}].parent", f"venue {shown(venue.id)} lies in itself")
        j = -1
        for mention in venue.mentions:
            span = mention.span
            if span.end > n or text[span.start : span.end] != mention.text:
                j = _index(venue.mentions, mention, j)
                yield _not_at(text, mention.text, span, f"$.venues[{i}].mentions[{j}]")
    n_paragraphs = len(paragraphs)
    for i, quote in enumerate(quotes):
        if quote.speaker is not None and quote.speaker not in person_ids:
            yield Problem(f"$.quotes[{i}].speaker", f"unknown person id {shown(quote.speaker)}")
        span = quote.span
        if span.end > n or text[span.start : span.end] != quote.text:
            yield _not_at(text, quote.text, span, f"$.quotes[{i}]")
        if quote.paragraph is not None:
            if quote.paragraph >= n_paragraphs:
                yield Problem(
                    f"$.quotes[{i}].paragraph",
                    f"no paragraph {quote.paragraph}: the article has {n_paragraphs}",
                )
            else:
                holder = paragraphs[quote.paragraph].span
                if not holder.start <= span.start or span.end > holder.end:
                    yield Problem(
                        f"$.quotes[{i}].paragraph",
                        f"the quote at {span.start}:{span.end} is not inside paragraph {quote.paragraph} "
                        f"(at {holder.start}:{holder.end})",
                    )
    entity_ids = person_ids | org_ids
    looping = None
    for i, event in enumerate(events):
        if event.venue is not None and event.venue not in venue_ids:
            yield Problem(f"$.events[{i}].venue", f"unknown venue id {shown(event.venue)}")
        if event.parent is not None:
            if event.parent not in event_ids:
                yield Problem(f"$.events[{i}].parent", f"unknown event id {shown(event.parent)}")
            else:
                if looping is None:
                    looping = _looping({e.id: e.parent for e in events})
                if event.id in looping:
                    yield Problem(f"$.events[{i}].parent", f"event {shown(event.id)} is its own ancestor")
        j = -1
        for participant in event.participants:
            if participant.entity not in entity_ids:
                j = _index(event.participants, participant, j)
                yield Problem(
                    f"$.events[{i}].participants[{j}].entity",
                    f"unknown person or organization id {shown(participant.entity)}",
                )
        j = -1
        for mention in event.evidence:
            span = mention.span
            if span.end > n or text[span.start : span.end] != mention.text:
                j = _index(event.evidence, mention, j)
                yield _not_at(text, mention.text, span, f"$.events[{i}].evidence[{j}]")


def _source_problems(source: InfoSource, path: str, text: str, org_ids: set[str]) -> Iterator[Problem]:
    if source.span is not None and source.span.end > len(text):
        yield _after_end(text, source.span, f"{path}.span")
    if source.organization is not None and source.organization not in org_ids:
        yield Problem(f"{path}.organization", f"unknown organization id {shown(source.organization)}")


def _index(items: tuple[object, ...], item: object, after: int) -> int:
    """Where ``item`` itself is in ``items``, after index ``after``: found only to name a problem.

    The loops of :func:`_article_problems` do not count (an article has a hundred mentions);
    for a problem, the index is the next place of the object after the last one reported in
    the same tuple, which is exact even when one object sits in a tuple twice.
    """
    for i in range(after + 1, len(items)):
        if items[i] is item:
            return i
    raise AssertionError("the item is in the tuple")  # pragma: no cover


def _duplicate_ids(a: Article) -> Iterator[Problem]:
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
                yield Problem(path, f"duplicate id {shown(thing.id)} (first at {seen[thing.id]})")
            else:
                seen[thing.id] = path


def _after_end(text: str, span: Span, path: str) -> Problem:
    return Problem(path, f"ends at {span.end}, after the end of the text ({len(text)})")


def _not_at(text: str, piece: str, span: Span, path: str) -> Problem:
    """The problem of ``piece`` that is not the text at ``span`` (or of a span past the text's end)."""
    if span.end > len(text):
        return _after_end(text, span, f"{path}.span")
    return Problem(
        f"{path}.text",
        f"{shown(piece)} is not the text at {span.start}:{span.end} ({shown(text[span.start : span.end])})",
    )


def _looping(parents: dict[str, str | None]) -> set[str]:
    """The ids that are their own ancestors: following parents from one leads back to it.

    (One that only leads into such a loop is not in it; the loop is reported at its members.)
    Each id is walked once, marked with the walk that reached it; a walk stops at an id marked
    before, and has found a loop when the mark is its own. So the time is linear.
    """
    walked: dict[str, int] = {}
    loops: set[str] = set()
    current: str | None
    for walk, current in enumerate(parents):
        while current is not None and current not in walked:
            walked[current] = walk
            current = parents.get(current)
        if current is not None and walked[current] == walk:
            member = current
            while member not in loops:
                loops.add(member)
                member = parents[member] or member  # on a loop, every id has a parent
    return loops


@model_class(kw_only=True)
class Article:
    """One news article: its text, structure, and what it says about whom, where and when.

    ``text`` is the exact text the article was read from; every span inside the article
    points into it, and is checked to do so. ``id`` is the caller's (a database key, a URL) or
    made from the text; ``url``, when known, is where the article was
    published: an absolute URL (``https://...``). ``lead`` is the first paragraph when the
    article sets it apart; paragraphs are in the order of the text and do not overlap.
    """

    id: str
    url: str | None = None
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

    _rules: ClassVar[Rules] = (
        Rule(
            "id",
            "_ARTICLE_ID.match(id) is not None",
            "{shown(id)} is not an article id (1-2048 characters, no control characters, no white space "
            "at either end)",
            schema={"pattern": f"^{_ARTICLE_ID_PATTERN}$"},
        ),
        Rule(
            "url",
            "url is None or _is_url(url)",
            "{shown(url)} is not an absolute URL (a scheme such as 'https:', and for http and https "
            "'//' and a host; no spaces)",
            schema={"pattern": f"^{_URL_PATTERN}$"},
        ),
        Rule(
            "language", "_BCP47.match(language) is not None", "{shown(language)} is not a BCP 47 language tag"
        ),
        Check(_article_problems),
    )

    # Lookups by id: a quote's speaker, an event's participants and venue are ids into the article.

    def person(self, id: str) -> Person:
        """The article's person with ``id`` (as a quote's ``speaker`` names it).

        :param id: a person's id.
        :returns: the person.
        :raises KeyError: the article has no person with that id.
        """
        return _by_id(self.persons, id, "person")

    def organization(self, id: str) -> Organization:
        """The article's organization with ``id``.

        :param id: an organization's id.
        :returns: the organization.
        :raises KeyError: the article has no organization with that id.
        """
        return _by_id(self.organizations, id, "organization")

    def venue(self, id: str) -> Venue:
        """The article's venue with ``id`` (as an event's or another venue's ``venue``/``parent``).

        :param id: a venue's id.
        :returns: the venue.
        :raises KeyError: the article has no venue with that id.
        """
        return _by_id(self.venues, id, "venue")

    def event(self, id: str) -> Event:
        """The article's event with ``id`` (as another event's ``parent`` names it).

        :param id: an event's id.
        :returns: the event.
        :raises KeyError: the article has no event with that id.
        """
        return _by_id(self.events, id, "event")

    def entity(self, id: str) -> Person | Organization | Venue:
        """The person, organization or venue with ``id`` (as an event's participant names it).

        :param id: an entity's id.
        :returns: the entity.
        :raises KeyError: the article has no person, organization or venue with that id.
        """
        for group in (self.persons, self.organizations, self.venues):
            for item in group:
                if item.id == id:
                    return item
        raise KeyError(f"no person, organization or venue with id {id!r}")

    def speaker(self, quote: Quote) -> Person | None:
        """The person who said ``quote``, or ``None`` when its speaker is not known.

        :param quote: one of the article's quotes.
        :returns: the person its ``speaker`` id names, or ``None``.
        :raises KeyError: the speaker's id names no person of this article.
        """
        return None if quote.speaker is None else self.person(quote.speaker)


_Found = TypeVar("_Found", Person, Organization, Venue, Event)


def _by_id(items: tuple[_Found, ...], id: str, kind: str) -> _Found:
    for item in items:
        if item.id == id:
            return item
    raise KeyError(f"no {kind} with id {id!r}")


# -------------------------------------------------------------------------- corpus


@model_class(kw_only=True)
class Report:
    """One article's account of a :class:`Story`: the article, its event, and what it says.

    ``article`` is an article's ``id``, ``event`` the id of the event in that article.
    The details are the report's own (``venue`` is a venue id of the corpus), so that where
    reports disagree, each one's version is kept. ``source`` is the outlet's name when the
    article names it, ``published`` the article's date.
    """

    article: str
    event: str
    kind: EventKind
    status: EventStatus
    dates: DateRange | None = None
    venue: str | None = None
    source: str | None = None
    published: PartialDate | None = None

    _rules: ClassVar[Rules] = (_article_id_rule("article"), _id_rule("event"))


@model_class(kw_only=True)
class Story:
    """One real event, however many articles report it: the details they agree on, and each report.

    ``kind``, ``status``, ``dates`` and ``venue`` are what most reports say (the most precise
    where they nest); ``disputed`` names the details on which the reports differ (each report
    keeps its own). ``participants`` are persons and organizations of the corpus, ``venue`` a
    venue of the corpus, ``parent`` another story. ``sources`` are the outlets of the reports,
    each once, in the order of the reports.
    """

    id: str
    kind: EventKind
    status: EventStatus
    reports: tuple[Report, ...]
    dates: DateRange | None = None
    venue: str | None = None
    participants: tuple[Participant, ...] = ()
    parent: str | None = None
    sources: tuple[str, ...] = ()
    disputed: tuple[Detail, ...] = ()

    _rules: ClassVar[Rules] = (
        _ID_RULE,
        Rule("reports", "len(reports) > 0", "a story has at least one report", schema={"minItems": 1}),
        Rule("parent", "parent != id", "a story cannot be its own parent"),
    )


@model_class(kw_only=True)
class Appearance:
    """Where an entity of a corpus appears: it is ``id`` (a person, organization or venue) in ``article``."""

    entity: str
    article: str
    id: str

    _rules: ClassVar[Rules] = (_id_rule("entity"), _article_id_rule("article"), _ID_RULE)


def _corpus_problems(c: Corpus) -> Iterator[Problem]:
    """The checks that need the whole corpus: unique ids, and every reference inside it known."""
    articles: dict[str, int] = {}
    for i, article in enumerate(c.articles):
        if _ARTICLE_ID.match(article) is None:
            yield Problem(f"$.articles[{i}]", f"{shown(article)} is not an article id")
        elif article in articles:
            yield Problem(
                f"$.articles[{i}]", f"duplicate article id {shown(article)} (first at {articles[article]})"
            )
        else:
            articles[article] = i
    seen: dict[str, str] = {}
    kinds: tuple[tuple[str, tuple[Person | Organization | Venue | Story, ...]], ...] = (
        ("persons", c.persons),
        ("organizations", c.organizations),
        ("venues", c.venues),
        ("stories", c.stories),
    )
    for field, things in kinds:
        for i, thing in enumerate(things):
            path = f"$.{field}[{i}].id"
            if thing.id in seen:
                yield Problem(path, f"duplicate id {shown(thing.id)} (first at {seen[thing.id]})")
            else:
                seen[thing.id] = path
    person_ids = {p.id for p in c.persons}
    org_ids = {o.id for o in c.organizations}
    venue_ids = {v.id for v in c.venues}
    story_ids = {s.id for s in c.stories}
    entities = person_ids | org_ids
    named: tuple[tuple[str, tuple[Person | Organization | Venue, ...]], ...] = (
        ("persons", c.persons),
        ("organizations", c.organizations),
        ("venues", c.venues),
    )
    for field, entities_of_kind in named:
        for i, entity in enumerate(entities_of_kind):
            if entity.mentions:
                yield Problem(f"$.{field}[{i}].mentions", "must be empty: a corpus has no text to point into")
    for i, person in enumerate(c.persons):
        for j, role in enumerate(person.roles):
            if role.organization is not None and role.organization not in org_ids:
                yield Problem(
                    f"$.persons[{i}].roles[{j}].organization",
                    f"unknown organization id {shown(role.organization)}",
                )
    for i, venue in enumerate(c.venues):
        if venue.parent is not None and venue.parent not in venue_ids:
            yield Problem(f"$.venues[{i}].parent", f"unknown venue id {shown(venue.parent)}")
    looping = _looping({v.id: v.parent for v in c.venues if v.parent in venue_ids})
    for i, venue in enumerate(c.venues):
        if venue.id in looping:
            yield Problem(f"$.venues[{i}].parent", f"venue {shown(venue.id)} lies in itself")
    reported: dict[tuple[str, str], str] = {}
    for i, story in enumerate(c.stories):
        if story.venue is not None and story.venue not in venue_ids:
            yield Problem(f"$.stories[{i}].venue", f"unknown venue id {shown(story.venue)}")
        if story.parent is not None and story.parent not in story_ids:
            yield Problem(f"$.stories[{i}].parent", f"unknown story id {shown(story.parent)}")
        for j, participant in enumerate(story.participants):
            if participant.entity not in entities:
                yield Problem(
                    f"$.stories[{i}].participants[{j}].entity",
                    f"unknown person or organization id {shown(participant.entity)}",
                )
        for j, report in enumerate(story.reports):
            path = f"$.stories[{i}].reports[{j}]"
            if report.article not in articles:
                yield Problem(f"{path}.article", f"unknown article id {shown(report.article)}")
            if report.venue is not None and report.venue not in venue_ids:
                yield Problem(f"{path}.venue", f"unknown venue id {shown(report.venue)}")
            key = (report.article, report.event)
            if key in reported:
                yield Problem(
                    f"{path}.event", f"event {shown(report.event)} is reported already (at {reported[key]})"
                )
            else:
                reported[key] = path
    looping = _looping({s.id: s.parent for s in c.stories if s.parent in story_ids})
    for i, story in enumerate(c.stories):
        if story.id in looping:
            yield Problem(f"$.stories[{i}].parent", f"story {shown(story.id)} is its own ancestor")
    appearing: dict[tuple[str, str], str] = {}
    all_entities = entities | venue_ids
    for i, appearance in enumerate(c.appearances):
        path = f"$.appearances[{i}]"
        if appearance.entity not in all_entities:
            yield Problem(
                f"{path}.entity", f"unknown person, organization or venue id {shown(appearance.entity)}"
            )
        if appearance.article not in articles:
            yield Problem(f"{path}.article", f"unknown article id {shown(appearance.article)}")
        key = (appearance.article, appearance.id)
        if key in appearing:
            yield Problem(
                f"{path}.id", f"{shown(appearance.id)} of that article appears already (at {appearing[key]})"
            )
        else:
            appearing[key] = path


@model_class(kw_only=True)
class Corpus:
    """Many articles read as one: each person, organization and venue once, each real event once.

    ``articles`` are the ids of the articles read. Persons, organizations and venues are merged
    across articles (by their identifiers, then by name and role) and have no mentions: a corpus
    has no text; ``appearances`` say which entity of which article each of them is. ``stories``
    are the events, each with every report of it. Made by :func:`eventkit.link`.
    """

    articles: tuple[str, ...] = ()
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    venues: tuple[Venue, ...] = ()
    stories: tuple[Story, ...] = ()
    appearances: tuple[Appearance, ...] = ()

    _rules: ClassVar[Rules] = (Check(_corpus_problems),)
