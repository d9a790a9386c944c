"""schema.org JSON-LD: an :class:`~eventkit.Article` as a ``NewsArticle`` for the web and search.

The article's persons, organizations, venues and quotes are nodes in ``mentions``; its events
are nodes in ``about``. Every node has an ``@id`` (``<article uri>#<entity id>``) and every
link between nodes (a quote's speaker, an event's venue, attendees and parent, a venue's
``containedInPlace``) is an ``{"@id": ...}`` reference to a node of the same document.
"""

from __future__ import annotations

from typing import Any

from ..model import Article, Event, EventStatus, Organization, Part, Person, Quote, Venue, VenueKind
from ._common import EVENT_LABELS, FieldMapping, article_uri, entity_uri

__all__ = ["JSONLD_CANNOT_HOLD", "JSONLD_CONTEXT", "JSONLD_MAPPING", "to_jsonld"]

JSONLD_CONTEXT = "https://schema.org"

_PLACE_TYPES: dict[VenueKind, str] = {
    VenueKind.COUNTRY: "Country",
    VenueKind.REGION: "AdministrativeArea",
    VenueKind.CITY: "City",
    VenueKind.DISTRICT: "AdministrativeArea",
    VenueKind.PARK: "Park",
    VenueKind.STATION: "Place",
    VenueKind.BUILDING: "Place",
    VenueKind.OTHER: "Place",
}

_STATUS: dict[EventStatus, str] = {
    # schema.org has no "has happened": EventScheduled means it takes or took place as planned.
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.OCCURRED: "https://schema.org/EventScheduled",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
}

JSONLD_MAPPING: tuple[FieldMapping, ...] = (
    FieldMapping("Article", "NewsArticle", "`@id` `urn:eventkit:<id>`, `identifier` the id"),
    FieldMapping("Article.url", "url", "when known"),
    FieldMapping("Article.headline", "headline", ""),
    FieldMapping("Article.lead", "description", ""),
    FieldMapping("Article.paragraphs", "articleBody", "paragraphs joined by blank lines"),
    FieldMapping("Article.language", "inLanguage", "BCP 47; `und` is left out"),
    FieldMapping(
        "Article.published", "datePublished", "ISO 8601 at its precision: `2025`, `2025-11`, `2025-11-11`"
    ),
    FieldMapping(
        "Article.outlet", "publisher", "an `Organization` (a reference when it is one of the article's)"
    ),
    FieldMapping("Article.info_sources", "sourceOrganization", "`Organization` nodes or references"),
    FieldMapping(
        "Article.media_credits",
        "image[]",
        "`ImageObject` with `creditText` (the line) and `creator` (the credit)",
    ),
    FieldMapping(
        "Person",
        "mentions[] Person",
        "`name`, `givenName`, `familyName`, `additionalName` (patronymic), `alternateName`, "
        "`jobTitle` (role titles), `affiliation` (role organizations)",
    ),
    FieldMapping(
        "Organization", "mentions[] Organization", "`name`, `alternateName`, `address.addressCountry`"
    ),
    FieldMapping(
        "Venue",
        "mentions[] Place",
        "`Country`, `City`, `AdministrativeArea`, `Park` or `Place`; `containedInPlace` (parent), "
        "`address.addressCountry`, `geo` `GeoCoordinates`",
    ),
    FieldMapping(
        "Person, Organization, Venue identifiers",
        "sameAs",
        "the Wikidata (`https://www.wikidata.org/entity/Q7747`) and GeoNames "
        "(`https://sws.geonames.org/1526273/`) addresses",
    ),
    FieldMapping("Quote", "mentions[] Quotation", "`text`; `spokenByCharacter` the speaker"),
    FieldMapping(
        "Event",
        "about[] Event",
        "`name` (the kind), `eventStatus`, `startDate` / `endDate` at their precision, `location`, "
        "`attendee` (every participant), `organizer` (host, organiser), `performer` (speaker), "
        "`superEvent` / `subEvent`",
    ),
)
"""How each field of the model travels in schema.org JSON-LD (shown in the docs)."""

JSONLD_CANNOT_HOLD: tuple[str, ...] = (
    "spans and mentions, date mentions, event evidence, paragraph boundaries inside `articleBody`",
    "the difference between a scheduled and an occurred event (both are `EventScheduled`)",
    "which role title belongs to which organization, and a role's country",
    "parts other than host, organiser and speaker (every participant is an `attendee`)",
    "a quote's kind, cue, paragraph, and the speaker as written when no person is known",
    "event kinds beyond their name, CAMEO and PLOVER codes",
    "info sources' cues; boilerplate; provenance",
)
"""What an Article holds that schema.org JSON-LD does not express (shown in the docs)."""


def to_jsonld(article: Article) -> dict[str, Any]:
    """The article as one schema.org JSON-LD ``NewsArticle``; see :data:`~eventkit.formats.JSONLD_MAPPING`.

    :param article: the article.
    :returns: the document, a dict ready for JSON.
    """
    orgs = {o.id for o in article.organizations}
    doc: dict[str, Any] = {
        "@context": JSONLD_CONTEXT,
        "@type": "NewsArticle",
        "@id": article_uri(article.id),
        "identifier": article.id,
    }
    if article.url is not None:
        doc["url"] = article.url
    if article.headline is not None:
        doc["headline"] = article.headline.text
    if article.lead is not None:
        doc["description"] = article.lead.text
    if article.paragraphs:
        doc["articleBody"] = "\n\n".join(p.text for p in article.paragraphs)
    if article.language != "und":
        doc["inLanguage"] = article.language
    if article.published is not None:
        doc["datePublished"] = article.published.isoformat()
    if article.outlet is not None:
        doc["publisher"] = _organization_ref(article, article.outlet.name, article.outlet.organization, orgs)
    if article.info_sources:
        doc["sourceOrganization"] = [
            _organization_ref(article, s.name, s.organization, orgs) for s in article.info_sources
        ]
    if article.media_credits:
        doc["image"] = [
            {"@type": "ImageObject", "creditText": c.text, "creator": {"name": c.credit}}
            for c in article.media_credits
        ]
    mentions: list[dict[str, Any]] = []
    mentions.extend(_person(article, p) for p in article.persons)
    mentions.extend(_organization(article, o) for o in article.organizations)
    mentions.extend(_place(article, v) for v in article.venues)
    mentions.extend(_quotation(article, q) for q in article.quotes)
    if mentions:
        doc["mentions"] = mentions
    if article.events:
        children: dict[str, list[str]] = {}
        for event in article.events:
            if event.parent is not None:
                children.setdefault(event.parent, []).append(event.id)
        doc["about"] = [_event(article, e, children.get(e.id, [])) for e in article.events]
    return doc


def _ref(article: Article, entity_id: str) -> dict[str, str]:
    return {"@id": entity_uri(article, entity_id)}


def _organization_ref(article: Article, name: str, org: str | None, orgs: set[str]) -> dict[str, Any]:
    if org is not None and org in orgs:
        return _ref(article, org)
    return {"@type": "Organization", "name": name}


def _person(article: Article, person: Person) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Person", "@id": entity_uri(article, person.id), "name": person.name}
    if person.given_name is not None:
        node["givenName"] = person.given_name
    if person.family_name is not None:
        node["familyName"] = person.family_name
    if person.patronymic is not None:
        node["additionalName"] = person.patronymic
    if person.aliases:
        node["alternateName"] = list(person.aliases)
    titles = list(dict.fromkeys(r.title for r in person.roles))
    if titles:
        node["jobTitle"] = titles
    affiliations = list(dict.fromkeys(r.organization for r in person.roles if r.organization is not None))
    if affiliations:
        node["affiliation"] = [_ref(article, o) for o in affiliations]
    return _same_as(node, person)


def _organization(article: Article, org: Organization) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Organization", "@id": entity_uri(article, org.id), "name": org.name}
    if org.aliases:
        node["alternateName"] = list(org.aliases)
    if org.country is not None:
        node["address"] = {"@type": "PostalAddress", "addressCountry": org.country}
    return _same_as(node, org)


def _place(article: Article, venue: Venue) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": _PLACE_TYPES[venue.kind],
        "@id": entity_uri(article, venue.id),
        "name": venue.name,
    }
    if venue.aliases:
        node["alternateName"] = list(venue.aliases)
    if venue.parent is not None:
        node["containedInPlace"] = _ref(article, venue.parent)
    if venue.country is not None:
        node["address"] = {"@type": "PostalAddress", "addressCountry": venue.country}
    if venue.coordinates is not None:
        node["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": venue.coordinates.latitude,
            "longitude": venue.coordinates.longitude,
        }
    return _same_as(node, venue)


def _same_as(node: dict[str, Any], thing: Person | Organization | Venue) -> dict[str, Any]:
    """``sameAs``: the Wikidata and GeoNames addresses of what the node names, when known."""
    urls = [url for identifier in thing.identifiers if (url := identifier.url) is not None]
    if urls:
        node["sameAs"] = urls
    return node


def _quotation(article: Article, quote: Quote) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Quotation", "@id": entity_uri(article, quote.id), "text": quote.text}
    if quote.speaker is not None:
        node["spokenByCharacter"] = _ref(article, quote.speaker)
    return node


def _event(article: Article, event: Event, children: list[str]) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "Event",
        "@id": entity_uri(article, event.id),
        "name": EVENT_LABELS[event.kind],
        "eventStatus": _STATUS[event.status],
    }
    if event.dates is not None:
        node["startDate"] = event.dates.start.isoformat()
        node["endDate"] = event.dates.end.isoformat()
    if event.venue is not None:
        node["location"] = _ref(article, event.venue)
    attendees = list(dict.fromkeys(p.entity for p in event.participants))
    if attendees:
        node["attendee"] = [_ref(article, a) for a in attendees]
    for key, parts in (("organizer", (Part.HOST, Part.ORGANISER)), ("performer", (Part.SPEAKER,))):
        chosen = list(dict.fromkeys(p.entity for p in event.participants if p.part in parts))
        if chosen:
            node[key] = [_ref(article, c) for c in chosen]
    if event.parent is not None:
        node["superEvent"] = _ref(article, event.parent)
    if children:
        node["subEvent"] = [_ref(article, c) for c in children]
    return node
