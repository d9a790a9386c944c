"""PLOVER event records: one JSON object per event of an :class:`~eventkit.Article`.

PLOVER (Political Language Ontology for Verifiable Event Records) codes an event as an
``event`` category with ``mode`` and ``context``, done by an ``actor`` to an optional
``recipient``; records are written one per line (JSON Lines). Field names follow the PLOVER
manual's JSON tables; eventkit adds ``cameo``, ``code_source``, ``kind`` and ``status``,
which PLOVER allows ("named fields beyond those provided").

The codes come from :attr:`Event.plover <eventkit.Event.plover>` and :attr:`Event.cameo
<eventkit.Event.cameo>`, set by the event extractor; an event without them is coded from its
kind and status by the table of :mod:`eventkit.events` (``codes_for``), and ``code_source``
says which (``"event"``, ``"kind"``, or null when neither gives a code).
"""

from __future__ import annotations

from typing import Any

from ..codes import codes_for
from ..model import Article, Event, EventStatus, Organization, Part, Person, Scheme, Venue, VenueKind
from ._common import FieldMapping, entity_uri, nearest_of_kind

__all__ = ["PLOVER_CANNOT_HOLD", "PLOVER_MAPPING", "PLOVER_QUADS", "to_plover"]

PLOVER_QUADS: dict[str, int] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT", "INVESTIGATE"), 2),
    **dict.fromkeys(("DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SANCTION", "REQUEST", "ACCUSE"), 3),
    **dict.fromkeys(("PROTEST", "CRIME", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT"), 4),
}
"""PLOVER's quad category of each event category: 1 verbal cooperation, 2 material cooperation,
3 verbal conflict, 4 material conflict."""

# PLOVER's auxiliary modes, which it places in ``context``, for statuses other than "occurred".
_AUXILIARY: dict[EventStatus, str] = {
    EventStatus.SCHEDULED: "future",
    EventStatus.POSTPONED: "future",
    EventStatus.CANCELLED: "negation",
}

_RESOLUTION: dict[VenueKind, int] = {
    VenueKind.COUNTRY: 1,
    VenueKind.REGION: 2,
    VenueKind.CITY: 4,
    VenueKind.DISTRICT: 5,
    VenueKind.STATION: 5,
    VenueKind.PARK: 5,
    VenueKind.BUILDING: 5,
}

PLOVER_MAPPING: tuple[FieldMapping, ...] = (
    FieldMapping("Event", "id", "`urn:eventkit:<article id>#<event id>`"),
    FieldMapping(
        "Event.dates",
        "date, enddate",
        "ISO dates at their precision (`2025-11-11`, `2025-11`); null when unknown",
    ),
    FieldMapping(
        "Event.participants",
        "actor, recipient",
        "hosts are the `recipient`, everyone else the `actor` (PLOVER's visitor/host rule); "
        "without a host, every participant is an actor",
    ),
    FieldMapping(
        "Person, Organization",
        "actor[], recipient[] entity objects",
        "`entity_text` (first mention), `identifier_id` (uri), `identifier_text` (name), "
        "`office` (first role title), `country` (ISO 3166-1 alpha-2), `wikidata_id` (``Q7747``) "
        "when the entity has one",
    ),
    FieldMapping(
        "Event.plover.event",
        "event",
        "a list of one category, or empty; an event with neither PLOVER nor CAMEO code is coded "
        "from its kind and status (`code_source` `kind`)",
    ),
    FieldMapping("Event.plover.mode", "mode", "a list of one mode, or empty"),
    FieldMapping(
        "Event.plover.context, Event.status",
        "context",
        "contexts + auxiliary mode `future` (scheduled, postponed) or `negation` (cancelled)",
    ),
    FieldMapping("Event.plover.event", "quad_code", "1-4 from the category, or null"),
    FieldMapping(
        "Event.venue",
        "event_loc",
        "`extracted_place` (first mention), `resolved_place` (name), `lat`, `lon`, `city`, "
        "`province` (region), `country` (names of the venue or its ancestors), `resolution`",
    ),
    FieldMapping("Event.evidence", "event_text, text_info", "the evidence texts; `start`/`end` of the first"),
    FieldMapping("Event.parent", "link", "the uri of the outermost event, shared by all events within it"),
    FieldMapping(
        "Article",
        "cite_info",
        "`citation` (id), `title` (headline), `language` (ISO 639-1 when two letters), "
        "`publication` (outlet), `published`, `coder` (provenance)",
    ),
    FieldMapping(
        "Event.cameo, kind, status",
        "cameo, code_source, kind, status",
        "eventkit's own extra fields; `code_source` is `event` (the event's codes), `kind` (from the "
        "kind table) or null",
    ),
)
"""How each field of the model travels in a PLOVER record (shown in the docs)."""

PLOVER_CANNOT_HOLD: tuple[str, ...] = (
    "anything about the article that is not an event: quotes, paragraphs, media credits",
    "parts other than host (every non-host is an actor)",
    "PLOVER's three-letter `code` (eventkit keeps ISO alpha-2 country codes, given as `country`) "
    "and `sector`",
    "the evidence spans after the first",
)
"""What an Article holds that PLOVER records do not (shown in the docs)."""


def to_plover(article: Article) -> list[dict[str, Any]]:
    """One PLOVER record for each event of the article, in order.

    :param article: the article.
    :returns: the records, dicts ready for JSON (none for an article without events).
    """
    persons = {p.id: p for p in article.persons}
    orgs = {o.id: o for o in article.organizations}
    venues = {v.id: v for v in article.venues}
    events = {e.id: e for e in article.events}
    parents = {e.parent for e in article.events if e.parent is not None}

    cite = _cite_info(article)
    records = []
    for event in article.events:
        hosts = [p.entity for p in event.participants if p.part is Part.HOST]
        others = [p.entity for p in event.participants if p.part is not Part.HOST]
        actors = list(dict.fromkeys(others))
        recipients = [h for h in dict.fromkeys(hosts) if h not in actors]
        plover, cameo = event.plover, event.cameo
        source: str | None = "event"
        if plover is None and cameo is None:
            cameo, plover = codes_for(event.kind, event.status)
            source = "kind"
        if plover is None and cameo is None:
            source = None
        context = list(plover.context) if plover is not None else []
        auxiliary = _AUXILIARY.get(event.status)
        if auxiliary is not None and auxiliary not in context:
            context.append(auxiliary)
        category = plover.event if plover is not None else None
        record: dict[str, Any] = {
            "id": entity_uri(article, event.id),
            "date": event.dates.start.isoformat() if event.dates is not None else None,
            "enddate": event.dates.end.isoformat() if event.dates is not None else None,
            "actor": [_entity(article, e, persons, orgs) for e in actors],
            "recipient": [_entity(article, e, persons, orgs) for e in recipients],
            "event": [category] if category is not None else [],
            "mode": [plover.mode] if plover is not None and plover.mode is not None else [],
            "context": context,
            "quad_code": PLOVER_QUADS.get(category) if category is not None else None,
            "event_loc": _location(venues[event.venue], venues) if event.venue is not None else None,
            "event_text": [m.text for m in event.evidence],
            "text_info": (
                {"start": event.evidence[0].span.start, "end": event.evidence[0].span.end}
                if event.evidence
                else None
            ),
            "link": _link(article, event, events, parents),
            "cite_info": dict(cite),
            "cameo": cameo,
            "code_source": source,
            "kind": event.kind.value,
            "status": event.status.value,
        }
        records.append(record)
    return records


def _entity(
    article: Article, entity_id: str, persons: dict[str, Person], orgs: dict[str, Organization]
) -> dict[str, Any]:
    thing: Person | Organization = persons[entity_id] if entity_id in persons else orgs[entity_id]
    item: dict[str, Any] = {
        "entity_text": thing.mentions[0].text if thing.mentions else thing.name,
        "identifier_id": entity_uri(article, thing.id),
        "identifier_text": thing.name,
    }
    if isinstance(thing, Person):
        if thing.roles:
            item["office"] = thing.roles[0].title
        country = next((r.country for r in thing.roles if r.country is not None), None)
    else:
        country = thing.country
    if country is not None:
        item["country"] = country
    wikidata = thing.identifier(Scheme.WIKIDATA)
    if wikidata is not None:
        item["wikidata_id"] = wikidata
    return item


def _location(venue: Venue, venues: dict[str, Venue]) -> dict[str, Any]:
    loc: dict[str, Any] = {
        "extracted_place": venue.mentions[0].text if venue.mentions else venue.name,
        "resolved_place": venue.name,
    }
    if venue.coordinates is not None:
        loc["lat"] = venue.coordinates.latitude
        loc["lon"] = venue.coordinates.longitude
    for key, kind in (
        ("city", VenueKind.CITY),
        ("province", VenueKind.REGION),
        ("country", VenueKind.COUNTRY),
    ):
        found = nearest_of_kind(venue, venues, kind)
        if found is not None:
            loc[key] = found.name
    loc["resolution"] = _RESOLUTION.get(venue.kind)
    geonames = venue.identifier(Scheme.GEONAMES)
    if geonames is not None:
        loc["geonames_id"] = geonames
    return loc


def _link(article: Article, event: Event, events: dict[str, Event], parents: set[str]) -> str | None:
    if event.parent is None and event.id not in parents:
        return None
    root = event
    seen = {event.id}
    while root.parent is not None and root.parent in events and root.parent not in seen:
        seen.add(root.parent)
        root = events[root.parent]
    return entity_uri(article, root.id)


def _cite_info(article: Article) -> dict[str, Any]:
    primary = article.language.split("-", 1)[0]
    info: dict[str, Any] = {"citation": article.id}
    if article.headline is not None:
        info["title"] = article.headline.text
    if len(primary) == 2:
        info["language"] = primary
    if article.outlet is not None:
        info["publication"] = article.outlet.name
    if article.published is not None:
        info["published"] = article.published.isoformat()
    if article.provenance is not None:
        p = article.provenance
        info["coder"] = f"{p.extractor} {p.version}" + (f" ({p.recognizer})" if p.recognizer else "")
    return info
