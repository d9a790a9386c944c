"""What the format modules share: the mapping-table record, identifiers, and event labels.

Identifiers are URIs made from the article's id, so that the same article always gives the
same document: ``urn:eventkit:<article id>`` for the article and ``<article uri>#<entity id>``
for each person, organization, venue, quote, event and media credit inside it.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterable
from typing import NamedTuple

from ..model import Article, EventKind, Venue, VenueKind

__all__ = [
    "EVENT_LABELS",
    "FieldMapping",
    "article_id_from_uri",
    "article_uri",
    "entity_id_from_uri",
    "entity_uri",
    "mapping_table",
    "nearest_of_kind",
    "venue_ancestors",
]

_URN_PREFIX = "urn:eventkit:"
_URN = re.compile(r"urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S+\Z")


class FieldMapping(NamedTuple):
    """One row of a format's mapping table: our field, theirs, and how the value travels."""

    ours: str
    theirs: str
    note: str = ""


def mapping_table(rows: Iterable[FieldMapping]) -> str:
    """The rows as a Markdown table, as the docs show them.

    :param rows: the mapping's rows.
    :returns: the table, one line a row.
    """
    lines = ["| eventkit | format | how |", "|---|---|---|"]
    for row in rows:
        cells = (row.ours, row.theirs, row.note)
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


def _is_foreign_urn(value: str) -> bool:
    return _URN.match(value) is not None and not value.startswith(_URN_PREFIX)


# Kept as they are in ``urn:eventkit:<id>``; the rest (spaces, ``?``, ``#``, ``%``, non-ASCII) is
# percent-encoded, so that any article id makes a URI, and the same id back.
_URN_SAFE = "-._~:@!$&'()*+,;=/"


def article_uri(article_id: str) -> str:
    """``urn:eventkit:<id>`` (percent-encoded where a URI needs it); an id that is already a URN
    (``urn:nato.int:...``) is used as it is."""
    if _is_foreign_urn(article_id):
        return article_id
    return _URN_PREFIX + urllib.parse.quote(article_id, safe=_URN_SAFE)


def article_id_from_uri(uri: str) -> str | None:
    """The article id :func:`article_uri` made ``uri`` from, or ``None`` if it did not."""
    if uri.startswith(_URN_PREFIX) and len(uri) > len(_URN_PREFIX):
        return urllib.parse.unquote(uri[len(_URN_PREFIX) :])
    if _is_foreign_urn(uri):
        return uri
    return None


def entity_uri(article: Article, entity_id: str) -> str:
    """``<article uri>#<entity id>``: unique within the article, stable across runs."""
    return f"{article_uri(article.id)}#{entity_id}"


def entity_id_from_uri(article_uri_: str, uri: str) -> str | None:
    """The entity id inside ``uri`` when it belongs to the article ``article_uri_``."""
    prefix = article_uri_ + "#"
    if uri.startswith(prefix) and len(uri) > len(prefix):
        return uri[len(prefix) :]
    return None


EVENT_LABELS: dict[EventKind, str] = {kind: kind.value.replace("_", " ") for kind in EventKind}
"""A readable name for each event kind (``state visit``), used where a format wants a name."""


def venue_ancestors(venue: Venue, by_id: dict[str, Venue]) -> Iterable[Venue]:
    """The venues ``venue`` lies in, nearest first (the model guarantees no cycles)."""
    seen = {venue.id}
    current = venue.parent
    while current is not None and current in by_id and current not in seen:
        seen.add(current)
        parent = by_id[current]
        yield parent
        current = parent.parent


def nearest_of_kind(venue: Venue, by_id: dict[str, Venue], kind: VenueKind) -> Venue | None:
    """``venue`` itself or its nearest ancestor of ``kind``."""
    if venue.kind is kind:
        return venue
    for ancestor in venue_ancestors(venue, by_id):
        if ancestor.kind is kind:
            return ancestor
    return None
