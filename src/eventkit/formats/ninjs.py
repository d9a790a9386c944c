"""IPTC ninjs 3.1 (News in JSON): export an :class:`~eventkit.Article`, and import one back.

:func:`to_ninjs` writes a document that validates against the official ninjs 3.1 JSON Schema.
ninjs knows persons, organisations, places and events only as thin references, so each event
also travels as an associated ninjs object of type ``event`` whose ``eventDetails`` carry its
dates and status, whose ``people``, ``organisations`` and ``places`` carry its participants and
venue, and whose ``subjects`` carry its kind and its CAMEO and PLOVER codes.

:func:`read_ninjs` reads any ninjs 3.x document (official examples included) into an Article
and lists every field it could not keep, each with its JSON path; :func:`from_ninjs` returns the
Article alone and warns about (or, with ``strict=True``, refuses) what it could not keep.
Malformed documents raise :class:`~eventkit.ValidationError` naming the path of each problem.
"""

from __future__ import annotations

import html
import re
import warnings
from collections.abc import Iterator, Mapping
from html.parser import HTMLParser
from typing import Any

from .._checks import describe
from ..errors import NinjsLossWarning, Problem, ValidationError
from ..model import (
    Article,
    Coordinates,
    DateRange,
    Event,
    EventKind,
    EventStatus,
    Identifier,
    InfoSource,
    MediaCredit,
    Mention,
    Organization,
    Paragraph,
    Part,
    PartialDate,
    Participant,
    Person,
    PloverCode,
    Scheme,
    Span,
    Venue,
    VenueKind,
)
from ._common import (
    EVENT_LABELS,
    FieldMapping,
    article_id_from_uri,
    article_uri,
    entity_id_from_uri,
    entity_uri,
    nearest_of_kind,
)

__all__ = [
    "NINJS_CANNOT_HOLD",
    "NINJS_MAPPING",
    "NINJS_SCHEMA_URI",
    "NINJS_STATUS_URIS",
    "NINJS_VERSION",
    "NinjsLossWarning",
    "from_ninjs",
    "read_ninjs",
    "to_ninjs",
]

NINJS_VERSION = "3.1"
NINJS_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"

NINJS_STATUS_URIS: dict[EventStatus, str] = {
    status: f"urn:eventkit:status:{status.value}" for status in EventStatus
}
"""``eventDetails.eventStatus`` of each status; schema.org's EventStatusType URIs are read too."""

_SCHEMA_ORG_STATUS = {
    "EventScheduled": EventStatus.SCHEDULED,
    "EventRescheduled": EventStatus.SCHEDULED,
    "EventCancelled": EventStatus.CANCELLED,
    "EventPostponed": EventStatus.POSTPONED,
}

# The ``rel`` of the ``subjects`` that carry an event's codes inside its association.
_KIND_REL = "eventkit:kind"
_CAMEO_REL = "cameo"
_PLOVER_EVENT_REL = "plover:event"
_PLOVER_MODE_REL = "plover:mode"
_PLOVER_CONTEXT_REL = "plover:context"
# The ``rel`` of a top-level subject that gives a person, organisation or place's external identifier.
_SAME_AS_REL = "sameAs"
_PUBLISHER_ROLE = "publisher"
_SOURCE_ROLE = "source"
_CREDIT_FRAGMENT = "credit/"  # '/' never occurs in an id, so credit URIs cannot clash with entities
_PLAIN = "text/plain"
_XHTML = "application/xhtml+xml"

NINJS_MAPPING: tuple[FieldMapping, ...] = (
    FieldMapping(
        "Article.url, Article.id",
        "uri",
        "the `url` when known, else `urn:eventkit:<id>` (percent-encoded; an id that is a URN is the uri "
        "itself); read back, a uri that is no `urn:eventkit:` is the id, and an http(s) uri the url too",
    ),
    FieldMapping("—", "standard, type", "`ninjs` `3.1` with the schema URI; `type` is `text`"),
    FieldMapping(
        "Article.published",
        "firstCreated",
        "day-precise dates only, as `YYYY-MM-DDT00:00:00Z`; read back as the date",
    ),
    FieldMapping("Article.language", "language", "BCP 47 tag; `und` is left out"),
    FieldMapping("Article.headline", "headlines[0]", "role `main`, `text/plain`"),
    FieldMapping("Article.lead", "descriptions[0]", "role `summary`, `text/plain`"),
    FieldMapping(
        "Article.paragraphs",
        "bodies",
        "role `main`: paragraphs joined by blank lines (`text/plain`) and as `<p>` elements "
        "(`application/xhtml+xml`); without paragraphs, the article's text",
    ),
    FieldMapping("Person", "people[]", "`name`, `uri` `<article uri>#<id>`, rel `mentions`"),
    FieldMapping("Organization", "organisations[]", "`name`, `uri`, rel `mentions`"),
    FieldMapping(
        "Venue",
        "places[]",
        "`name`, `uri`; the nearest city, region and country (or the country code) as "
        "`contactInfo[0].address` `locality`, `area`, `country`; a country's ISO code as "
        "`literal`; coordinates as a GeoJSON Point",
    ),
    FieldMapping("Event", "events[]", "`id`, `name` (the kind, e.g. `state visit`), `uri`"),
    FieldMapping(
        "Event.status, Event.dates",
        "associations[] (type `event`) eventDetails",
        "`eventStatus` `urn:eventkit:status:<status>`; `dates.expectedStartDate` / "
        "`expectedEndDate` keep the date's precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`)",
    ),
    FieldMapping(
        "Event.participants",
        "associations[] people[], organisations[]",
        "`rel` is the part (`visitor`, `host`, ...)",
    ),
    FieldMapping("Event.venue", "associations[] places[]", "rel `venue`"),
    FieldMapping("Event.parent", "associations[] events[]", "rel `partOf`"),
    FieldMapping(
        "Event.kind, cameo, plover",
        "associations[] subjects[]",
        "`literal` with rel `eventkit:kind`, `cameo`, `plover:event`, `plover:mode`, `plover:context`",
    ),
    FieldMapping(
        "Person, Organization, Venue identifiers",
        "subjects[]",
        "rel `sameAs`, `uri` the Wikidata or GeoNames address, `literal` the `uri` of the person, "
        "organisation or place it identifies (an ISO code is the `literal` of a country place)",
    ),
    FieldMapping("Article.outlet", "infoSources[]", "role `publisher`; `uri` of its organization"),
    FieldMapping("Article.info_sources", "infoSources[]", "role `source`; `uri` of its organization"),
    FieldMapping(
        "Article.media_credits",
        "associations[] copyrightHolder, by",
        "`copyrightHolder` the credit, `by` the credit line as written; uri `<article uri>#credit/<n>`",
    ),
)
"""How each field of the model travels in ninjs 3.1 (shown in the docs)."""

NINJS_CANNOT_HOLD: tuple[str, ...] = (
    "spans and mentions: ninjs has no offsets into the text (on import, names found verbatim "
    "in the text become mentions)",
    "the article's text outside its headline, lead and paragraphs (e.g. credit lines), and boilerplate",
    "a published date known only to the month or the year (ninjs date-times need a day)",
    "quotes (ninjs has no quotations)",
    "persons' given, family and patronymic names, aliases and roles",
    "organizations' and venues' aliases and an organization's country",
    "the country code of a venue that is not a country but lies in a country venue (the address "
    "names that country instead)",
    "venue kinds other than country, region and city, and parents that are not the nearest "
    "city, region or country",
    "the order of an event's participants between persons and organizations",
    "date mentions in the text, event evidence, info sources' cues and spans",
    "provenance (which extractor made the article)",
)
"""What an Article holds that a ninjs document cannot (shown in the docs)."""


# ------------------------------------------------------------------------------ export


def to_ninjs(article: Article) -> dict[str, Any]:
    """The article as a ninjs 3.1 document; see :data:`~eventkit.formats.NINJS_MAPPING`.

    :param article: the article.
    :returns: the document, a dict ready for JSON.
    """
    uri = article_uri(article.id)
    doc: dict[str, Any] = {
        "uri": article.url or uri,
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA_URI},
        "type": "text",
    }
    if article.published is not None and article.published.day is not None:
        doc["firstCreated"] = article.published.isoformat() + "T00:00:00Z"
    if article.language != "und":
        doc["language"] = article.language
    if article.headline is not None:
        doc["headlines"] = [{"role": "main", "contentType": _PLAIN, "value": article.headline.text}]
    if article.lead is not None:
        doc["descriptions"] = [{"role": "summary", "contentType": _PLAIN, "value": article.lead.text}]
    blocks = [p.text for p in article.paragraphs]
    if not blocks and article.text and article.headline is None and article.lead is None:
        blocks = [article.text]
    if blocks:
        doc["bodies"] = [
            {"role": "main", "contentType": _PLAIN, "value": "\n\n".join(blocks)},
            {
                "role": "main",
                "contentType": _XHTML,
                "value": "".join(f"<p>{html.escape(b, quote=False)}</p>" for b in blocks),
            },
        ]
    _put(doc, "people", [_ref(p.name, "mentions", entity_uri(article, p.id)) for p in article.persons])
    _put(
        doc,
        "organisations",
        [_ref(o.name, "mentions", entity_uri(article, o.id)) for o in article.organizations],
    )
    venues = {v.id: v for v in article.venues}
    _put(doc, "places", [_place(article, v, venues) for v in article.venues])
    _put(doc, "subjects", _same_as(article))
    _put(
        doc,
        "events",
        [
            {"id": e.id, "name": EVENT_LABELS[e.kind], "rel": "mentions", "uri": entity_uri(article, e.id)}
            for e in article.events
        ],
    )
    sources = []
    if article.outlet is not None:
        sources.append(_info_source(article, article.outlet, _PUBLISHER_ROLE))
    sources.extend(_info_source(article, s, _SOURCE_ROLE) for s in article.info_sources)
    _put(doc, "infoSources", sources)
    associations = [_event_association(article, e, venues) for e in article.events]
    for n, credit in enumerate(article.media_credits, 1):
        associations.append(
            {
                "name": f"media credit {n}",
                "uri": f"{uri}#{_CREDIT_FRAGMENT}{n}",
                "copyrightHolder": credit.credit,
                "by": credit.text,
            }
        )
    _put(doc, "associations", associations)
    return doc


def _same_as(article: Article) -> list[dict[str, Any]]:
    """A subject for each external identifier with an address (Wikidata, GeoNames) of an entity."""
    out = []
    things: tuple[Person | Organization | Venue, ...] = (
        *article.persons,
        *article.organizations,
        *article.venues,
    )
    for thing in things:
        for identifier in thing.identifiers:
            url = identifier.url
            if url is not None:
                out.append(
                    {
                        "name": thing.name,
                        "rel": _SAME_AS_REL,
                        "uri": url,
                        "literal": entity_uri(article, thing.id),
                    }
                )
    return out


def _put(doc: dict[str, Any], key: str, items: list[Any]) -> None:
    if items:
        doc[key] = items


def _ref(name: str, rel: str, uri: str) -> dict[str, Any]:
    return {"name": name, "rel": rel, "uri": uri}


def _place(article: Article, venue: Venue, venues: dict[str, Venue]) -> dict[str, Any]:
    item = _ref(venue.name, "mentions", entity_uri(article, venue.id))
    address: dict[str, str] = {}
    for key, kind in (
        ("locality", VenueKind.CITY),
        ("area", VenueKind.REGION),
        ("country", VenueKind.COUNTRY),
    ):
        found = nearest_of_kind(venue, venues, kind)
        if found is not None:
            address[key] = found.name
    if "country" not in address and venue.country is not None:
        address["country"] = venue.country
    if venue.kind is VenueKind.COUNTRY and venue.country is not None:
        item["literal"] = venue.country
    if address:
        item["contactInfo"] = [{"type": "physical", "address": address}]
    if venue.coordinates is not None:
        point = [venue.coordinates.longitude, venue.coordinates.latitude]
        item["geoJSON"] = {"type": "Point", "coordinates": point}
    return item


def _info_source(article: Article, source: InfoSource, role: str) -> dict[str, Any]:
    item: dict[str, Any] = {"name": source.name, "role": role}
    if source.organization is not None:
        item["uri"] = entity_uri(article, source.organization)
    return item


def _event_association(article: Article, event: Event, venues: dict[str, Venue]) -> dict[str, Any]:
    uri = entity_uri(article, event.id)
    details: dict[str, Any] = {"eventStatus": NINJS_STATUS_URIS[event.status]}
    if event.dates is not None:
        details["dates"] = {
            "expectedStartDate": event.dates.start.isoformat(),
            "expectedEndDate": event.dates.end.isoformat(),
        }
    item: dict[str, Any] = {
        "name": event.id,
        "uri": uri,
        "type": "event",
        "title": EVENT_LABELS[event.kind],
        "eventDetails": details,
    }
    persons = {p.id: p for p in article.persons}
    orgs = {o.id: o for o in article.organizations}
    people = []
    organisations = []
    for participant in event.participants:
        target = entity_uri(article, participant.entity)
        if participant.entity in persons:
            people.append(_ref(persons[participant.entity].name, participant.part.value, target))
        else:
            organisations.append(_ref(orgs[participant.entity].name, participant.part.value, target))
    _put(item, "people", people)
    _put(item, "organisations", organisations)
    if event.venue is not None:
        item["places"] = [_ref(venues[event.venue].name, "venue", entity_uri(article, event.venue))]
    if event.parent is not None:
        item["events"] = [{"id": event.parent, "rel": "partOf", "uri": entity_uri(article, event.parent)}]
    subjects = [{"name": EVENT_LABELS[event.kind], "rel": _KIND_REL, "literal": event.kind.value}]
    if event.cameo is not None:
        subjects.append({"rel": _CAMEO_REL, "literal": event.cameo})
    if event.plover is not None:
        subjects.append({"rel": _PLOVER_EVENT_REL, "literal": event.plover.event})
        if event.plover.mode is not None:
            subjects.append({"rel": _PLOVER_MODE_REL, "literal": event.plover.mode})
        subjects.extend({"rel": _PLOVER_CONTEXT_REL, "literal": c} for c in event.plover.context)
    item["subjects"] = subjects
    return item


# ------------------------------------------------------------------------------ import

_TOP_KEYS = frozenset(
    [
        "uri",
        "type",
        "representationType",
        "profile",
        "version",
        "firstCreated",
        "versionCreated",
        "contentCreated",
        "embargoedUntil",
        "pubStatus",
        "urgency",
        "copyrightHolder",
        "copyrightNotice",
        "usageTerms",
        "edNote",
        "language",
        "descriptions",
        "bodies",
        "headlines",
        "people",
        "organisations",
        "places",
        "subjects",
        "events",
        "eventDetails",
        "plannedCoverage",
        "objects",
        "infoSources",
        "title",
        "by",
        "slugline",
        "located",
        "renditions",
        "associations",
        "altIds",
        "trustIndicators",
        "standard",
        "genres",
        "expires",
        "rightsInfo",
        "digitalSourceType",
    ]
)
_ASSOCIATION_KEYS = _TOP_KEYS | {"name", "rel"}
_TEXT_KEYS = frozenset({"role", "contentType", "value"})
_BODY_KEYS = _TEXT_KEYS | {"charCount", "wordCount"}
_PERSON_KEYS = frozenset({"name", "rel", "uri", "literal", "contactInfo"})
_ORG_KEYS = _PERSON_KEYS | {"symbols"}
_PLACE_KEYS = _PERSON_KEYS | {"geoJSON"}
_EVENT_KEYS = frozenset({"id", "name", "rel", "uri", "literal"})
_SOURCE_KEYS = frozenset({"name", "role", "uri", "literal", "contactInfo"})
_SUBJECT_KEYS = frozenset({"name", "rel", "uri", "literal", "creator", "relevance", "confidence"})
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}\Z")
_DATE_TIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9:.]+(?:Z|[+-][0-9]{2}:[0-9]{2}))\Z")
_TRUNCATED = re.compile(r"([0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?)(T.*)?\Z")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_COUNTRY_CODE = re.compile(r"[A-Z]{2}\Z")
_ADDRESS_LEVELS = (("locality", VenueKind.CITY), ("area", VenueKind.REGION), ("country", VenueKind.COUNTRY))


def from_ninjs(doc: Mapping[str, Any], *, strict: bool = False) -> Article:
    """The Article in a ninjs 3.x document; see :func:`read_ninjs` for what is kept.

    Fields that an Article cannot hold are reported, never dropped silently: by default in one
    :class:`~eventkit.formats.NinjsLossWarning`; with ``strict=True`` as a
    :class:`~eventkit.ValidationError`.

    :param doc: the ninjs document, parsed from JSON.
    :param strict: refuse a document with fields that cannot be kept.
    :returns: the article.
    :raises ~eventkit.ValidationError: a document that is not ninjs (with paths), or, with
        ``strict``, one with fields that cannot be kept.
    """
    article, not_kept = read_ninjs(doc)
    if not_kept:
        if strict:
            raise ValidationError(not_kept)
        warnings.warn(NinjsLossWarning(not_kept), stacklevel=2)
    return article


def read_ninjs(doc: Mapping[str, Any]) -> tuple[Article, tuple[Problem, ...]]:
    """The Article in a ninjs 3.x document, and every field it could not keep (path, reason).

    The text of the Article is the headline, the lead and the body's paragraphs, joined by
    blank lines; the body is taken from its ``<p>`` elements when there is an (X)HTML body,
    otherwise from the plain-text body split at blank lines. Persons, organizations and venues
    get as mentions every place where their name occurs verbatim in that text.

    :param doc: the ninjs document, parsed from JSON.
    :returns: the article, and the fields not kept as :class:`~eventkit.Problem` values.
    :raises ~eventkit.ValidationError: a document that is not ninjs: a value of the wrong type,
        a missing ``uri``, every problem with its path.
    """
    return _Reader(doc).read()


def _is_article_id(value: str) -> bool:
    """Whether ``value`` passes the model's rule for an article id."""
    try:
        Article(id=value)
    except ValidationError:
        return False
    return True


def _is_article_url(value: str) -> bool:
    """Whether ``value`` passes the model's rule for an article's url."""
    try:
        Article(id="a", url=value)
    except ValidationError:
        return False
    return True


class _Reader:
    """One import: the structural checks (errors) and the fields not kept (losses)."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.errors: list[Problem] = []
        self.lost: list[Problem] = []
        self.used_ids: set[str] = set()
        self.base = ""
        self.url: str | None = None
        # mutable drafts, turned into model objects at the end
        self.persons: list[dict[str, Any]] = []
        self.orgs: list[dict[str, Any]] = []
        self.venues: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.by_uri: dict[str, tuple[str, str]] = {}  # uri -> (kind, id)
        self.event_items: dict[str, tuple[str, dict[str, Any]]] = {}  # uri -> (path, association)
        self.address_only: set[str] = set()  # ids of venues known only from an address

    # -- small typed accessors: record an error and return None when the type is wrong

    def _obj(self, value: Any, path: str, keys: frozenset[str]) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.errors.append(Problem(path, f"expected an object, got {describe(value)}"))
            return None
        for key in value:
            if key not in keys:
                self.errors.append(Problem(f"{path}.{key}", "not a ninjs 3.1 property"))
        return value

    def _str(self, obj: Mapping[str, Any], key: str, path: str) -> str | None:
        value = obj.get(key)
        if value is None:
            if key in obj:
                self.errors.append(Problem(f"{path}.{key}", "expected a string, got null"))
            return None
        if not isinstance(value, str):
            self.errors.append(Problem(f"{path}.{key}", f"expected a string, got {describe(value)}"))
            return None
        return value

    def _list(self, obj: Mapping[str, Any], key: str, path: str) -> list[Any]:
        value = obj.get(key, [])
        if not isinstance(value, list):
            self.errors.append(Problem(f"{path}.{key}", f"expected an array, got {describe(value)}"))
            return []
        return value

    def _lose(self, path: str, message: str) -> None:
        self.lost.append(Problem(path, message))

    def _lose_keys(self, obj: Mapping[str, Any], path: str, keys: tuple[str, ...]) -> None:
        for key in keys:
            if key in obj:
                self._lose(f"{path}.{key}", "not kept")

    def _new_id(self, prefix: str, wanted: str | None = None) -> str:
        if wanted is not None and _ID.match(wanted) and wanted not in self.used_ids:
            self.used_ids.add(wanted)
            return wanted
        n = 1
        while f"{prefix}-{n}" in self.used_ids:
            n += 1
        new = f"{prefix}-{n}"
        self.used_ids.add(new)
        return new

    # -- the document

    def read(self) -> tuple[Article, tuple[Problem, ...]]:
        doc = self._obj(self.doc, "$", _TOP_KEYS)
        if doc is None:
            raise ValidationError(self.errors)
        article_id = self._article_id(doc)
        self.base = article_uri(article_id)
        language = self._str(doc, "language", "$") or "und"
        published = self._published(doc)
        headline, lead, paragraphs = self._texts(doc)
        self._people(doc)
        self._organisations(doc)
        self._places(doc)
        outlet, sources = self._info_sources(doc)
        credits_ = self._associations(doc)
        self._events(doc)
        self._event_details(doc)
        self._subjects(doc)
        self._rest(doc)
        if self.errors:
            raise ValidationError(self.errors)
        return self._build(
            article_id, language, published, headline, lead, paragraphs, outlet, sources, credits_
        )

    def _article_id(self, doc: Mapping[str, Any]) -> str:
        uri = self._str(doc, "uri", "$")
        if uri is None:
            if "uri" not in doc:
                self.errors.append(Problem("$.uri", "required key is missing"))
            return "ninjs"
        own = article_id_from_uri(uri)
        if own is not None and _is_article_id(own):
            return own
        if _is_article_id(uri):
            if uri.lower().startswith(("http://", "https://")) and _is_article_url(uri):
                self.url = uri  # the writer puts the article's url here when it has one
            return uri
        bare = re.sub(r"\A[A-Za-z][A-Za-z0-9+.-]*:(//)?", "", uri)
        tail = re.sub(r"[^A-Za-z0-9_.-]+", ":", bare)[-64:]
        tail = re.sub(r"\A[^A-Za-z0-9]+|[^A-Za-z0-9]+\Z", "", tail) or "ninjs"
        self._lose("$.uri", f"{uri!r} is not kept: the article's id is {tail!r}")
        return tail

    def _date_time(self, value: str, path: str) -> PartialDate | None:
        m = _DATE_TIME.match(value)
        if m is None:
            self.errors.append(Problem(path, f"expected an RFC 3339 date-time, got {value!r}"))
            return None
        try:
            date = PartialDate.fromisoformat(m.group(1))
        except ValueError as exc:
            self.errors.append(Problem(path, f"{value!r}: {exc}"))
            return None
        if m.group(2) != "00:00:00Z":
            self._lose(path, f"the time of day ({m.group(2)}) is not kept; published keeps the date")
        return date

    def _published(self, doc: Mapping[str, Any]) -> PartialDate | None:
        published = None
        for key in ("firstCreated", "contentCreated", "versionCreated"):
            value = self._str(doc, key, "$")
            if value is None:
                continue
            if published is None:
                published = self._date_time(value, f"$.{key}")
            else:
                self._lose(f"$.{key}", f"not kept: published is taken from an earlier field ({published})")
        return published

    def _text_items(
        self, doc: Mapping[str, Any], key: str, keys: frozenset[str]
    ) -> list[tuple[str, dict[str, Any]]]:
        items = []
        for i, raw in enumerate(self._list(doc, key, "$")):
            path = f"$.{key}[{i}]"
            item = self._obj(raw, path, keys)
            if item is None:
                continue
            if "value" not in item:
                self.errors.append(Problem(f"{path}.value", "required key is missing"))
                continue
            self._str(item, "value", path)
            self._str(item, "role", path)
            self._str(item, "contentType", path)
            if isinstance(item.get("value"), str):
                items.append((path, item))
        return items

    def _texts(self, doc: Mapping[str, Any]) -> tuple[str | None, str | None, list[str]]:
        headline = None
        for path, item in self._text_items(doc, "headlines", _TEXT_KEYS):
            if headline is None and item.get("contentType") in (None, _PLAIN):
                headline = item["value"]
            else:
                self._lose(path, "only one plain-text headline is kept")
        title = self._str(doc, "title", "$")
        if title is not None:
            if headline is None:
                headline = title
            else:
                self._lose("$.title", "not kept: the article has a headline")
        lead = None
        for path, item in self._text_items(doc, "descriptions", _TEXT_KEYS):
            if lead is None and item.get("role") == "summary" and item.get("contentType") in (None, _PLAIN):
                lead = item["value"]
            else:
                self._lose(path, "not kept: only a plain-text description of role 'summary' (the lead)")
        bodies = self._text_items(doc, "bodies", _BODY_KEYS)
        markup = next((b for b in bodies if "html" in str(b[1].get("contentType", ""))), None)
        plain = next((b for b in bodies if b[1].get("contentType") in (None, _PLAIN)), None)
        paragraphs: list[str] = []
        if markup is not None:
            paragraphs = _html_paragraphs(markup[1]["value"])
        elif plain is not None:
            paragraphs = [p.strip() for p in _BLANK_LINE.split(plain[1]["value"]) if p.strip()]
        for path, item in bodies:
            if markup is not None and item is markup[1]:
                continue
            if (
                item is (plain[1] if plain else None)
                and markup is not None
                and _squash(item["value"]) == _squash(" ".join(paragraphs))
            ):
                continue  # the same text as the markup body, without the markup
            if item is (plain[1] if plain else None) and markup is None:
                continue
            self._lose(path, "not kept: the text is taken from another body")
        return headline, lead, paragraphs

    def _named(
        self, doc: Mapping[str, Any], key: str, keys: frozenset[str], kind: str
    ) -> Iterator[tuple[str, dict[str, Any], str, str | None]]:
        """Each item of a people/organisations/places list that has a name: path, item, name, own id."""
        for i, raw in enumerate(self._list(doc, key, "$")):
            path = f"$.{key}[{i}]"
            item = self._obj(raw, path, keys)
            if item is None:
                continue
            name = self._str(item, "name", path)
            uri = self._str(item, "uri", path)
            rel = self._str(item, "rel", path)
            self._str(item, "literal", path)
            if name is None or not name.strip():
                self._lose(path, f"not kept: an eventkit {kind} needs a name")
                continue
            own = entity_id_from_uri(self.base, uri) if uri is not None else None
            if uri is not None and own is None:
                self._lose(f"{path}.uri", f"{uri!r} is not kept")
            if rel not in (None, "mentions"):
                self._lose(f"{path}.rel", f"{rel!r} is not kept")
            if kind != "venue":
                self._lose_keys(item, path, ("literal",))
            yield path, item, name, own

    def _people(self, doc: Mapping[str, Any]) -> None:
        for path, item, name, own in self._named(doc, "people", _PERSON_KEYS, "person"):
            self._lose_keys(item, path, ("contactInfo",))
            pid = self._new_id("person", own)
            self.persons.append({"id": pid, "name": name})
            if isinstance(item.get("uri"), str):
                self.by_uri.setdefault(item["uri"], ("person", pid))

    def _organisations(self, doc: Mapping[str, Any]) -> None:
        for path, item, name, own in self._named(doc, "organisations", _ORG_KEYS, "organization"):
            self._lose_keys(item, path, ("contactInfo", "symbols"))
            oid = self._new_id("org", own)
            self.orgs.append({"id": oid, "name": name})
            if isinstance(item.get("uri"), str):
                self.by_uri.setdefault(item["uri"], ("org", oid))

    def _places(self, doc: Mapping[str, Any]) -> None:
        addresses: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
        literals: list[tuple[str, dict[str, Any], str]] = []
        for path, item, name, own in self._named(doc, "places", _PLACE_KEYS, "venue"):
            vid = self._new_id("place", own)
            venue: dict[str, Any] = {"id": vid, "name": name, "kind": VenueKind.OTHER}
            self.venues.append(venue)
            if isinstance(item.get("uri"), str):
                self.by_uri.setdefault(item["uri"], ("venue", vid))
            address = self._address(item, path)
            if address is not None:
                addresses.append((path, venue, address))
            if "geoJSON" in item:
                venue["coordinates"] = self._point(item["geoJSON"], f"{path}.geoJSON")
            if isinstance(item.get("literal"), str):
                literals.append((path, venue, item["literal"]))
        for _, venue, address in addresses:  # first the level each place is itself
            for key, kind in _ADDRESS_LEVELS:
                if address.get(key) == venue["name"] and venue["kind"] is VenueKind.OTHER:
                    venue["kind"] = kind
        for path, venue, address in addresses:
            self._place_in(venue, address, path)
        for path, venue, literal in literals:
            # a country's ISO code is its identifier: the ``literal`` of a country place
            if venue["kind"] is VenueKind.COUNTRY and _COUNTRY_CODE.match(literal):
                venue["country"] = literal
            else:
                self._lose(f"{path}.literal", f"{literal!r} is not kept")

    def _address(self, item: Mapping[str, Any], path: str) -> dict[str, Any] | None:
        found = None
        for j, info in enumerate(self._list(item, "contactInfo", path)):
            ipath = f"{path}.contactInfo[{j}]"
            if not isinstance(info, dict):
                self.errors.append(Problem(ipath, f"expected an object, got {describe(info)}"))
                continue
            address = info.get("address")
            if found is None and isinstance(address, dict):
                for key in ("locality", "area", "country"):
                    self._str(address, key, f"{ipath}.address")
                found = address
                extra = sorted(k for k in info if k != "address" and (k, info[k]) != ("type", "physical"))
                extra += [f"address.{k}" for k in sorted(address) if k not in ("locality", "area", "country")]
                for key in extra:
                    self._lose(f"{ipath}.{key}", "not kept")
            else:
                self._lose(ipath, "not kept: only the first address is kept")
        return found

    def _point(self, value: Any, path: str) -> Coordinates | None:
        coords = value.get("coordinates") if isinstance(value, dict) else None
        if (
            isinstance(value, dict)
            and value.get("type") == "Point"
            and isinstance(coords, list)
            and len(coords) == 2
            and all(isinstance(c, int | float) and not isinstance(c, bool) for c in coords)
            and -180 <= coords[0] <= 180
            and -90 <= coords[1] <= 90
        ):
            return Coordinates(latitude=float(coords[1]), longitude=float(coords[0]))
        self._lose(path, "not kept: only a GeoJSON Point [longitude, latitude] is kept")
        return None

    def _venue_named(self, name: str, kind: VenueKind) -> dict[str, Any]:
        """The venue of that name, preferring one of that kind; a new one if there is none."""
        named = [v for v in self.venues if v["name"] == name]
        for wanted in (kind, VenueKind.OTHER):
            for venue in named:
                if venue["kind"] is wanted:
                    return venue
        if named:
            return named[0]
        venue = {"id": self._new_id("place"), "name": name, "kind": kind}
        self.venues.append(venue)
        self.address_only.add(venue["id"])
        return venue

    def _place_in(self, venue: dict[str, Any], address: Mapping[str, Any], path: str) -> None:
        """Kinds and parents from an address: the place lies in its locality, area and country."""
        chain: list[dict[str, Any]] = []
        for key, kind in _ADDRESS_LEVELS:
            name = address.get(key)
            if not isinstance(name, str) or not name.strip():
                continue
            if name == venue["name"]:
                if venue["kind"] is VenueKind.OTHER:
                    venue["kind"] = kind
                chain = []  # the place is this level itself: it lies only in the bigger ones
                continue
            if (
                kind is VenueKind.COUNTRY
                and _COUNTRY_CODE.match(name)
                and not any(v["name"] == name for v in self.venues)
            ):
                for target in (venue, *chain):  # and the places only this address names
                    if target is venue or target["id"] in self.address_only:
                        target.setdefault("country", name)
                continue
            level = self._venue_named(name, kind)
            if level["kind"] is VenueKind.OTHER:
                level["kind"] = kind
            chain.append(level)
        lower = venue
        for level in chain:
            if level is lower:
                continue
            if lower.get("parent") is None and not self._lies_in(level, lower):
                lower["parent"] = level["id"]
            lower = level

    def _lies_in(self, venue: dict[str, Any], other: dict[str, Any]) -> bool:
        by_id = {v["id"]: v for v in self.venues}
        current: dict[str, Any] | None = venue
        seen = set()
        while current is not None and current["id"] not in seen:
            if current is other:
                return True
            seen.add(current["id"])
            parent = current.get("parent")
            current = by_id.get(parent) if parent is not None else None
        return False

    def _info_sources(self, doc: Mapping[str, Any]) -> tuple[InfoSource | None, list[InfoSource]]:
        outlet = None
        sources = []
        for i, raw in enumerate(self._list(doc, "infoSources", "$")):
            path = f"$.infoSources[{i}]"
            item = self._obj(raw, path, _SOURCE_KEYS)
            if item is None:
                continue
            name = self._str(item, "name", path)
            role = self._str(item, "role", path)
            uri = self._str(item, "uri", path)
            self._str(item, "literal", path)
            if name is None or not name.strip():
                self._lose(path, "not kept: an eventkit info source needs a name")
                continue
            org = None
            if uri is not None:
                found = self.by_uri.get(uri)
                if found is not None and found[0] == "org":
                    org = found[1]
                else:
                    self._lose(f"{path}.uri", f"{uri!r} is not kept")
            if role not in (None, _PUBLISHER_ROLE, _SOURCE_ROLE):
                self._lose(f"{path}.role", f"{role!r} is not kept")
            self._lose_keys(item, path, ("literal", "contactInfo"))
            source = InfoSource(name=name, organization=org)
            if role == _PUBLISHER_ROLE and outlet is None:
                outlet = source
            else:
                sources.append(source)
        return outlet, sources

    def _associations(self, doc: Mapping[str, Any]) -> list[MediaCredit]:
        credits_ = []
        for i, raw in enumerate(self._list(doc, "associations", "$")):
            path = f"$.associations[{i}]"
            item = self._obj(raw, path, _ASSOCIATION_KEYS)
            if item is None:
                continue
            uri = self._str(item, "uri", path)
            self._str(item, "name", path)
            kind = self._str(item, "type", path)
            if uri is None:
                self.errors.append(Problem(f"{path}.uri", "required key is missing"))
                continue
            if kind == "event":
                self.event_items.setdefault(uri, (path, item))
                continue
            holder = self._str(item, "copyrightHolder", path)
            by = self._str(item, "by", path)
            if holder is None and by is None:
                self._lose(path, "not kept: only media credits (copyrightHolder, by) and events are kept")
                continue
            credit = holder if holder is not None and holder.strip() else by
            line = by if by is not None else holder
            if credit is None or not credit.strip() or line is None:
                self._lose(path, "not kept: the credit is empty")
                continue
            credits_.append(MediaCredit(credit=credit, text=line))
            n = len(credits_)
            if uri != f"{self.base}#{_CREDIT_FRAGMENT}{n}":
                self._lose(f"{path}.uri", f"{uri!r} is not kept")
            if item.get("name") != f"media credit {n}":
                self._lose(f"{path}.name", f"{item.get('name')!r} is not kept")
            for key in sorted(item):
                if key not in ("name", "uri", "copyrightHolder", "by"):
                    self._lose(f"{path}.{key}", "not kept")
        return credits_

    def _events(self, doc: Mapping[str, Any]) -> None:
        seen: set[str] = set()
        for i, raw in enumerate(self._list(doc, "events", "$")):
            path = f"$.events[{i}]"
            item = self._obj(raw, path, _EVENT_KEYS)
            if item is None:
                continue
            for key in ("id", "name", "rel", "literal"):
                self._str(item, key, path)
            uri = self._str(item, "uri", path)
            if uri is None or uri not in self.event_items:
                self._lose(
                    path, "not kept: an eventkit event needs its kind and status (an associated event object)"
                )
                continue
            seen.add(uri)
            own = entity_id_from_uri(self.base, uri)
            self._event(uri, own, *self.event_items[uri])
            event = self.events[-1]
            if item.get("name") not in (None, EVENT_LABELS[event["kind"]]):
                self._lose(f"{path}.name", f"{item['name']!r} is not kept: an event is named by its kind")
            if item.get("id") not in (None, event["id"]):
                self._lose(f"{path}.id", f"{item['id']!r} is not kept: the event's id is {event['id']!r}")
            if item.get("rel") not in (None, "mentions"):
                self._lose(f"{path}.rel", f"{item['rel']!r} is not kept")
            self._lose_keys(item, path, ("literal",))
        for uri, (path, item) in self.event_items.items():
            if uri not in seen:
                self._event(uri, entity_id_from_uri(self.base, uri), path, item)

    def _event(self, uri: str, own: str | None, path: str, item: Mapping[str, Any]) -> None:
        draft: dict[str, Any] = {"id": self._new_id("event", own), "kind": EventKind.OTHER}
        self.events.append(draft)
        self.by_uri.setdefault(uri, ("event", draft["id"]))
        draft.update(self._details(item.get("eventDetails"), f"{path}.eventDetails"))
        draft["participants"] = self._participants(item, path)
        for j, raw in enumerate(self._list(item, "places", path)):
            ppath = f"{path}.places[{j}]"
            place = self._obj(raw, ppath, _PLACE_KEYS)
            if place is None:
                continue
            found = self.by_uri.get(str(place.get("uri")))
            name = place.get("name")
            if "venue" not in draft and found is not None and found[0] == "venue":
                draft["venue"] = found[1]
            elif "venue" not in draft and isinstance(name, str) and name.strip():
                draft["venue"] = self._venue_named(name, VenueKind.OTHER)["id"]
            else:
                self._lose(ppath, "not kept: an event has one venue")
        draft["parent_uris"] = []
        for j, raw in enumerate(self._list(item, "events", path)):
            epath = f"{path}.events[{j}]"
            parent = self._obj(raw, epath, _EVENT_KEYS)
            if parent is None:
                continue
            if (
                parent.get("rel") == "partOf"
                and isinstance(parent.get("uri"), str)
                and not draft["parent_uris"]
            ):
                draft["parent_uris"].append((epath, parent["uri"]))
            else:
                self._lose(epath, "not kept: only the parent event (rel 'partOf') is kept")
        self._codes(item, path, draft)
        title = self._str(item, "title", path)
        if title is not None and title != EVENT_LABELS[draft["kind"]]:
            self._lose(f"{path}.title", f"{title!r} is not kept: an event is named by its kind")
        name = self._str(item, "name", path)
        if name is not None and name != draft["id"]:
            self._lose(f"{path}.name", f"{name!r} is not kept: the event's id is {draft['id']!r}")
        for key in sorted(item):
            if key not in (
                "name",
                "uri",
                "type",
                "title",
                "eventDetails",
                "people",
                "organisations",
                "places",
                "events",
                "subjects",
            ):
                self._lose(f"{path}.{key}", "not kept")

    def _details(self, value: Any, path: str) -> dict[str, Any]:
        out: dict[str, Any] = {"status": EventStatus.SCHEDULED}
        if value is None:
            return out
        if not isinstance(value, dict):
            self.errors.append(Problem(path, f"expected an object, got {describe(value)}"))
            return out
        status = self._str(value, "eventStatus", path)
        if status is not None:
            known = {uri: s for s, uri in NINJS_STATUS_URIS.items()}
            tail = status.rstrip("/").rsplit("/", 1)[-1]
            if status in known:
                out["status"] = known[status]
            elif "schema.org" in status and tail in _SCHEMA_ORG_STATUS:
                out["status"] = _SCHEMA_ORG_STATUS[tail]
            else:
                self._lose(f"{path}.eventStatus", f"{status!r} is not kept; the status is 'scheduled'")
        dates = value.get("dates")
        if isinstance(dates, dict):
            start = end = None
            for key in ("expectedStartDate", "startDate"):
                if start is None and isinstance(dates.get(key), str):
                    start = self._truncated(dates[key], f"{path}.dates.{key}")
            for key in ("expectedEndDate", "endDate"):
                if end is None and isinstance(dates.get(key), str):
                    end = self._truncated(dates[key], f"{path}.dates.{key}")
            start = start or end
            end = end or start
            if start is not None and end is not None:
                if start.earliest() > end.latest():
                    self.errors.append(Problem(f"{path}.dates", f"the end {end} is before the start {start}"))
                else:
                    out["dates"] = DateRange(start=start, end=end)
            for key in sorted(dates):
                if key not in ("expectedStartDate", "startDate", "expectedEndDate", "endDate"):
                    self._lose(f"{path}.dates.{key}", "not kept")
        elif dates is not None:
            self.errors.append(Problem(f"{path}.dates", f"expected an object, got {describe(dates)}"))
        for key in sorted(value):
            if key not in ("eventStatus", "dates"):
                self._lose(f"{path}.{key}", "not kept")
        return out

    def _truncated(self, value: str, path: str) -> PartialDate | None:
        m = _TRUNCATED.match(value)
        if m is None:
            self.errors.append(
                Problem(path, f"expected a date (YYYY, YYYY-MM, YYYY-MM-DD[Thh:mm:ss]), got {value!r}")
            )
            return None
        try:
            date = PartialDate.fromisoformat(m.group(1))
        except ValueError as exc:
            self.errors.append(Problem(path, f"{value!r}: {exc}"))
            return None
        if m.group(2) and m.group(2) != "T00:00:00Z":
            self._lose(path, f"the time ({m.group(2)[1:]}) is not kept; the date is")
        return date

    def _participants(self, item: Mapping[str, Any], path: str) -> list[Participant]:
        parts = {p.value: p for p in Part}
        out = []
        for key, keys, kind in (("people", _PERSON_KEYS, "person"), ("organisations", _ORG_KEYS, "org")):
            for j, raw in enumerate(self._list(item, key, path)):
                ppath = f"{path}.{key}[{j}]"
                ref = self._obj(raw, ppath, keys)
                if ref is None:
                    continue
                uri, name, rel = ref.get("uri"), ref.get("name"), ref.get("rel")
                found = self.by_uri.get(uri) if isinstance(uri, str) else None
                if found is None or found[0] != kind:
                    if not isinstance(name, str) or not name.strip():
                        self._lose(ppath, "not kept: neither a known uri nor a name")
                        continue
                    drafts = self.persons if kind == "person" else self.orgs
                    new = {"id": self._new_id(kind), "name": name}
                    drafts.append(new)
                    if isinstance(uri, str):
                        self.by_uri[uri] = (kind, new["id"])
                    found = (kind, new["id"])
                part = parts.get(rel) if isinstance(rel, str) else None
                if part is None:
                    part = Part.PARTICIPANT
                    if rel is not None:
                        self._lose(f"{ppath}.rel", f"{rel!r} is not kept; the part is 'participant'")
                out.append(Participant(entity=found[1], part=part))
        return out

    def _codes(self, item: Mapping[str, Any], path: str, draft: dict[str, Any]) -> None:
        plover_event = None
        mode = None
        context: list[str] = []
        for j, raw in enumerate(self._list(item, "subjects", path)):
            spath = f"{path}.subjects[{j}]"
            subject = self._obj(raw, spath, _SUBJECT_KEYS)
            if subject is None:
                continue
            rel, literal = subject.get("rel"), self._str(subject, "literal", spath)
            kinds = {k.value: k for k in EventKind}
            if rel == _KIND_REL and literal in kinds:
                draft["kind"] = kinds[literal]
            elif rel == _CAMEO_REL and isinstance(literal, str) and "cameo" not in draft:
                draft["cameo"] = literal
            elif rel == _PLOVER_EVENT_REL and isinstance(literal, str) and plover_event is None:
                plover_event = literal
            elif rel == _PLOVER_MODE_REL and isinstance(literal, str) and mode is None:
                mode = literal
            elif rel == _PLOVER_CONTEXT_REL and isinstance(literal, str):
                context.append(literal)
            else:
                self._lose(spath, "not kept")
        if plover_event is not None:
            draft["plover"] = (plover_event, mode, tuple(context))
        elif mode is not None or context:
            self._lose(f"{path}.subjects", "PLOVER mode and context without a PLOVER event are not kept")

    def _event_details(self, doc: Mapping[str, Any]) -> None:
        """A document of type ``event`` describes one event: its details, places, people."""
        if "eventDetails" not in doc:
            return
        if doc.get("type") != "event":
            self._lose("$.eventDetails", "not kept: only a document of type 'event' describes an event")
            return
        draft: dict[str, Any] = {"id": self._new_id("event"), "kind": EventKind.OTHER}
        draft.update(self._details(doc["eventDetails"], "$.eventDetails"))
        draft["participants"] = [Participant(entity=p["id"]) for p in self.persons] + [
            Participant(entity=o["id"]) for o in self.orgs
        ]
        if self.venues:
            draft["venue"] = self.venues[0]["id"]
        draft["parent_uris"] = []
        self.events.append(draft)

    def _subjects(self, doc: Mapping[str, Any]) -> None:
        """Subjects that give a person, organisation or place an identifier (rel ``sameAs``)."""
        drafts = {("person", p["id"]): p for p in self.persons}
        drafts.update({("org", o["id"]): o for o in self.orgs})
        drafts.update({("venue", v["id"]): v for v in self.venues})
        for i, raw in enumerate(self._list(doc, "subjects", "$")):
            path = f"$.subjects[{i}]"
            item = self._obj(raw, path, _SUBJECT_KEYS)
            if item is None:
                continue
            uri, literal = self._str(item, "uri", path), self._str(item, "literal", path)
            ref = self.by_uri.get(literal) if literal is not None else None
            identifier = _identifier_at(uri) if uri is not None else None
            draft = drafts.get(ref) if ref is not None else None
            if item.get("rel") != _SAME_AS_REL or identifier is None or draft is None:
                self._lose(path, "not kept: only the Wikidata or GeoNames identifier of a person, "
                           "organisation or place of the document is kept")  # fmt: skip
                continue
            held = draft.setdefault("identifiers", ())
            if any(h.scheme is identifier.scheme for h in held):
                self._lose(path, f"not kept: {literal!r} has a {identifier.scheme.value} identifier already")
                continue
            draft["identifiers"] = (*held, identifier)

    def _rest(self, doc: Mapping[str, Any]) -> None:
        handled = {
            "uri", "standard", "language", "firstCreated", "contentCreated", "versionCreated",
            "headlines", "title", "descriptions", "bodies", "people", "organisations", "places",
            "infoSources", "associations", "events", "eventDetails", "type", "subjects",
        }  # fmt: skip
        kind = doc.get("type")
        if kind not in (None, "text") and not (kind == "event" and "eventDetails" in doc):
            self._lose("$.type", f"{kind!r} is not kept: an Article is a text item")
        for key in sorted(doc):
            if key not in handled:
                self._lose(f"$.{key}", "not kept")

    # -- building the model objects

    def _build(
        self,
        article_id: str,
        language: str,
        published: PartialDate | None,
        headline: str | None,
        lead: str | None,
        paragraphs: list[str],
        outlet: InfoSource | None,
        sources: list[InfoSource],
        credits_: list[MediaCredit],
    ) -> tuple[Article, tuple[Problem, ...]]:
        pieces: list[str] = []
        offset = 0

        def place(text: str) -> Paragraph:
            nonlocal offset
            if pieces:
                pieces.append("\n\n")
                offset += 2
            pieces.append(text)
            block = Paragraph(text=text, span=Span(start=offset, end=offset + len(text)))
            offset += len(text)
            return block

        head = place(headline) if headline is not None else None
        lead_block = None
        if lead is not None and not (paragraphs and paragraphs[0] == lead):
            lead_block = place(lead)
        blocks = tuple(place(p) for p in paragraphs)
        if lead is not None and lead_block is None:
            lead_block = blocks[0]
        text = "".join(pieces)
        event_ids = {uri: ref[1] for uri, ref in self.by_uri.items() if ref[0] == "event"}
        events = []
        for draft in self.events:
            parent = None
            for path, uri in draft.pop("parent_uris"):
                parent = event_ids.get(uri)
                if parent is None or parent == draft["id"]:
                    self._lose(path, f"{uri!r} is not kept: no such event in the document")
                    parent = None
            plover = draft.pop("plover", None)
            draft["participants"] = tuple(draft.get("participants", ()))
            events.append(
                Event(
                    **draft,
                    parent=parent,
                    plover=PloverCode(event=plover[0], mode=plover[1], context=plover[2]) if plover else None,
                )
            )
        try:
            article = Article(
                id=article_id,
                url=self.url,
                text=text,
                language=language,
                published=published,
                headline=head,
                lead=lead_block,
                paragraphs=blocks,
                outlet=outlet,
                info_sources=tuple(sources),
                media_credits=tuple(credits_),
                persons=tuple(Person(**p, mentions=_mentions(text, p["name"])) for p in self.persons),
                organizations=tuple(
                    Organization(**o, mentions=_mentions(text, o["name"])) for o in self.orgs
                ),
                venues=tuple(Venue(**v, mentions=_mentions(text, v["name"])) for v in self.venues),
                events=tuple(events),
            )
        except ValidationError as exc:
            raise ValidationError(
                Problem(p.path, f"{p.message} (in the article read from the document)") for p in exc.problems
            ) from None
        return article, tuple(self.lost)


_IDENTIFIER_URLS = (
    (Scheme.WIKIDATA, re.compile(r"https?://(?:www\.)?wikidata\.org/(?:entity|wiki)/(Q[1-9][0-9]{0,11})\Z")),
    (Scheme.GEONAMES, re.compile(r"https?://(?:sws|www)\.geonames\.org/([1-9][0-9]{0,11})/?\Z")),
)


def _identifier_at(url: str) -> Identifier | None:
    """The identifier a Wikidata or GeoNames address names, else ``None``."""
    for scheme, pattern in _IDENTIFIER_URLS:
        found = pattern.match(url)
        if found:
            return Identifier(scheme=scheme, value=found[1])
    return None


def _mentions(text: str, name: str) -> tuple[Mention, ...]:
    """Every verbatim, non-overlapping occurrence of ``name`` in ``text``."""
    found = []
    start = text.find(name)
    while start != -1 and name:
        found.append(Mention(text=name, span=Span(start=start, end=start + len(name))))
        start = text.find(name, start + len(name))
    return tuple(found)


def _squash(text: str) -> str:
    return " ".join(text.split())


_BLOCK_TAGS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption"}
)


class _Paragraphs(HTMLParser):
    """The text of each block element (``<p>``, ``<li>``, ...); ``<br>`` becomes a line break."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] | None = None
        self.loose: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._flush_loose()
            if self.current is not None:
                self.blocks.append("".join(self.current))
            self.current = []
        elif tag == "br":
            self.handle_data("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS and self.current is not None:
            self.blocks.append("".join(self.current))
            self.current = None

    def handle_data(self, data: str) -> None:
        (self.current if self.current is not None else self.loose).append(data)

    def _flush_loose(self) -> None:
        loose = "".join(self.loose).strip()
        if loose:
            self.blocks.append(loose)
        self.loose = []

    def close(self) -> None:
        super().close()
        if self.current is not None:
            self.blocks.append("".join(self.current))
            self.current = None
        self._flush_loose()


def _html_paragraphs(markup: str) -> list[str]:
    """The paragraphs of an (X)HTML body: the text of each block element, entities decoded."""
    parser = _Paragraphs()
    parser.feed(markup)
    parser.close()
    return parser.blocks
