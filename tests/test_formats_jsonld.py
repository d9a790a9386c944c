"""schema.org JSON-LD: a NewsArticle whose nodes and references hold together."""

from __future__ import annotations

from typing import Any

import attrs
import orjson
import pytest
from hypothesis import given
from test_formats_sample import sample_article

from eventkit import Article, PartialDate
from eventkit.formats import to_jsonld

__all__: list[str] = []

# The schema.org properties each type may use here (a subset of the vocabulary).
_PROPERTIES: dict[str, set[str]] = {
    "NewsArticle": {
        "identifier", "url", "headline", "description", "articleBody", "inLanguage", "datePublished",
        "publisher", "sourceOrganization", "image", "mentions", "about",
    },
    "Person": {
        "name", "givenName", "familyName", "additionalName", "alternateName", "jobTitle", "affiliation",
        "sameAs",
    },
    "Organization": {"name", "alternateName", "address", "sameAs"},
    "Place": {"name", "alternateName", "containedInPlace", "address", "geo", "sameAs"},
    "Quotation": {"text", "spokenByCharacter"},
    "Event": {
        "name", "eventStatus", "startDate", "endDate", "location", "attendee", "organizer",
        "performer", "superEvent", "subEvent",
    },
    "ImageObject": {"creditText", "creator"},
    "PostalAddress": {"addressCountry"},
    "GeoCoordinates": {"latitude", "longitude"},
}  # fmt: skip
for _place in ("Country", "City", "AdministrativeArea", "Park"):
    _PROPERTIES[_place] = _PROPERTIES["Place"]
_REFERENCE_RANGES = {
    "affiliation": {"Organization"},
    "containedInPlace": set(_PROPERTIES) - {"NewsArticle", "Person", "Organization", "Quotation", "Event"},
    "spokenByCharacter": {"Person", "Organization"},
    "location": set(_PROPERTIES) - {"NewsArticle", "Person", "Organization", "Quotation", "Event"},
    "attendee": {"Person", "Organization"},
    "organizer": {"Person", "Organization"},
    "performer": {"Person", "Organization"},
    "superEvent": {"Event"},
    "subEvent": {"Event"},
    "publisher": {"Organization"},
    "sourceOrganization": {"Organization"},
}


def _nodes(value: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        found.append(value)
        for item in value.values():
            found.extend(_nodes(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(_nodes(item))
    return found


def _check(doc: dict[str, Any]) -> None:
    """JSON-LD with the schema.org context whose every reference resolves to a typed node."""
    assert doc["@context"] == "https://schema.org"
    orjson.dumps(doc)  # plain JSON
    nodes = _nodes(doc)
    typed = {n["@id"]: n["@type"] for n in nodes if "@id" in n and "@type" in n}
    assert len(typed) == len([n for n in nodes if "@type" in n and "@id" in n])  # ids are unique
    for node in nodes:
        keys = set(node) - {"@context"}
        if keys == {"@id"}:  # a reference
            assert node["@id"] in typed, node
            continue
        if "@type" not in node:  # an untyped value such as a credit's creator
            assert keys == {"name"}
            continue
        assert node["@type"] in _PROPERTIES, node["@type"]
        assert keys - {"@type", "@id"} <= _PROPERTIES[node["@type"]], node
        for key, ranges in _REFERENCE_RANGES.items():
            values = node.get(key)
            for value in values if isinstance(values, list) else [values] if values else []:
                if set(value) == {"@id"}:
                    assert typed[value["@id"]] in ranges, (key, value)


def test_sample_is_well_formed() -> None:
    _check(to_jsonld(sample_article()))


def test_news_article_fields() -> None:
    doc = to_jsonld(sample_article())
    assert doc["@type"] == "NewsArticle"
    assert doc["@id"] == "urn:eventkit:ria-2025-11-12-beijing"
    assert doc["headline"] == "Лавров провёл переговоры в Пекине"
    assert doc["datePublished"] == "2025-11-12"
    assert doc["inLanguage"] == "ru"
    assert doc["publisher"] == {"@type": "Organization", "name": "РИА Новости"}
    assert doc["sourceOrganization"] == [{"@id": "urn:eventkit:ria-2025-11-12-beijing#o2"}]
    assert doc["image"] == [
        {"@type": "ImageObject", "creditText": "Фото: mid.ru", "creator": {"name": "mid.ru"}}
    ]
    assert doc["articleBody"].startswith("Министр иностранных дел России")


def _node(doc: dict[str, Any], entity: str) -> dict[str, Any]:
    uri = f"{doc['@id']}#{entity}"
    return next(n for n in doc["mentions"] + doc["about"] if n["@id"] == uri)


def test_the_article_url_is_the_news_article_url() -> None:
    article = attrs.evolve(sample_article(), url="https://www.mid.ru/ru/foreign_policy/news/2025-11-12")
    doc = to_jsonld(article)
    assert doc["url"] == "https://www.mid.ru/ru/foreign_policy/news/2025-11-12"
    assert doc["@id"] == "urn:eventkit:ria-2025-11-12-beijing"  # the node's identity stays the id
    assert "url" not in to_jsonld(sample_article())


def test_persons_places_and_quotes() -> None:
    doc = to_jsonld(sample_article())
    lavrov = _node(doc, "p1")
    assert lavrov["@type"] == "Person"
    assert lavrov["jobTitle"] == ["Министр иностранных дел"]
    assert lavrov["affiliation"] == [{"@id": doc["@id"] + "#o1"}]
    assert (lavrov["givenName"], lavrov["familyName"]) == ("Сергей", "Лавров")
    beijing = _node(doc, "v2")
    assert beijing["@type"] == "City"
    assert beijing["containedInPlace"] == {"@id": doc["@id"] + "#v1"}
    assert beijing["geo"] == {"@type": "GeoCoordinates", "latitude": 39.9042, "longitude": 116.4074}
    assert _node(doc, "v1")["@type"] == "Country"
    quote = _node(doc, "q1")
    assert quote["@type"] == "Quotation"
    assert quote["text"].endswith("безопасности & торговле")
    assert quote["spokenByCharacter"] == {"@id": doc["@id"] + "#p1"}


def test_events() -> None:
    doc = to_jsonld(sample_article())
    visit, talks, later = (_node(doc, e) for e in ("e1", "e2", "e3"))
    assert visit["name"] == "official visit"
    assert visit["subEvent"] == [{"@id": talks["@id"]}]
    assert talks["superEvent"] == {"@id": visit["@id"]}
    assert talks["location"] == {"@id": doc["@id"] + "#v3"}
    assert talks["organizer"] == [{"@id": doc["@id"] + "#o2"}]
    assert [a["@id"].rsplit("#", 1)[1] for a in talks["attendee"]] == ["p1", "p2", "o2"]
    assert (talks["startDate"], talks["endDate"]) == ("2025-11-12", "2025-11-12")
    assert visit["eventStatus"] == "https://schema.org/EventScheduled"
    assert (later["startDate"], later["endDate"]) == ("2026", "2026")


def test_partial_publication_date_keeps_its_precision() -> None:
    doc = to_jsonld(sample_article(published=PartialDate(year=2025, month=11)))
    assert doc["datePublished"] == "2025-11"


def _articles() -> Any:
    strategies = pytest.importorskip("strategies")
    return strategies.articles()


@given(article=_articles())
def test_every_article_gives_well_formed_json_ld(article: Article) -> None:
    doc = to_jsonld(article)
    _check(doc)
    assert len(doc.get("mentions", [])) == (
        len(article.persons) + len(article.organizations) + len(article.venues) + len(article.quotes)
    )
    assert len(doc.get("about", [])) == len(article.events)
