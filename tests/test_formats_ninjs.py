"""ninjs 3.1: export validates against the official schema, import keeps what ninjs holds.

The official schema and examples are read from ``../shared/standards/ninjs/`` beside the
checkout; the tests that need them skip when the folder is absent.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import warnings
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from test_formats_sample import sample_article

from eventkit import Article, Paragraph, PartialDate, Span, ValidationError, Venue, VenueKind
from eventkit.formats import NinjsLossWarning, from_ninjs, read_ninjs, to_ninjs

__all__: list[str] = []

NINJS_DIR = Path(__file__).resolve().parents[2] / "shared" / "standards" / "ninjs"
EXAMPLES = sorted((NINJS_DIR / "examples").glob("*.json")) if NINJS_DIR.is_dir() else []
needs_standard = pytest.mark.skipif(not NINJS_DIR.is_dir(), reason="../shared/standards/ninjs/ is absent")

# A small GeoJSON Point schema of our own, for the schema's reference to geojson.org (no network).
_GEOJSON_POINT = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["type", "coordinates"],
    "properties": {
        "type": {"const": "Point"},
        "coordinates": {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 3},
    },
}
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]+\Z")


def _validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    referencing = pytest.importorskip("referencing")
    schema = json.loads((NINJS_DIR / "ninjs-schema_3.1.json").read_text(encoding="utf-8"))
    registry = referencing.Registry().with_resource(
        "https://geojson.org/schema/GeoJSON.json",
        referencing.Resource.from_contents(_GEOJSON_POINT),
    )
    formats = jsonschema.FormatChecker()

    @formats.checks("uri")  # type: ignore[untyped-decorator]
    def _uri(value: object) -> bool:
        return not isinstance(value, str) or _URI.match(value) is not None

    @formats.checks("date-time", raises=ValueError)  # type: ignore[untyped-decorator]
    def _date_time(value: object) -> bool:
        if isinstance(value, str):
            if "T" not in value or not re.search(r"(Z|[+-]\d\d:\d\d)\Z", value):
                raise ValueError(value)
            dt.datetime.fromisoformat(value)
        return True

    return jsonschema.Draft202012Validator(schema, registry=registry, format_checker=formats)


def _errors(doc: dict[str, Any]) -> list[str]:
    return [f"{e.json_path}: {e.message}" for e in _validator().iter_errors(doc)]


def _country(venue: Venue, article: Article) -> str | None:
    """The venue's country code, unless ninjs names its country by a country venue instead."""
    if venue.kind is VenueKind.COUNTRY:
        return venue.country
    by_id = {v.id: v for v in article.venues}
    seen = {venue.id}
    parent = venue.parent
    while parent is not None and parent not in seen:
        if by_id[parent].kind is VenueKind.COUNTRY:
            return None
        seen.add(parent)
        parent = by_id[parent].parent
    return venue.country


def _view(article: Article, *, exported: bool = True) -> dict[str, Any]:
    """What a ninjs document holds of an article (see NINJS_CANNOT_HOLD for the rest).

    ``exported`` is the article that was written; otherwise the one read back, whose venues'
    country codes are compared as they are.
    """
    blocks = [p.text for p in article.paragraphs]
    if not blocks and article.text and article.headline is None and article.lead is None:
        blocks = [article.text]
    published = article.published if article.published and article.published.day else None
    return {
        "id": article.id,
        "language": article.language,
        "published": published,
        "headline": article.headline.text if article.headline else None,
        "lead": article.lead.text if article.lead else None,
        "paragraphs": blocks,
        "outlet": (article.outlet.name, article.outlet.organization) if article.outlet else None,
        "sources": [(s.name, s.organization) for s in article.info_sources],
        "credits": [(c.credit, c.text) for c in article.media_credits],
        "persons": [(p.id, p.name) for p in article.persons],
        "organizations": [(o.id, o.name) for o in article.organizations],
        "venues": [
            (v.id, v.name, v.coordinates, _country(v, article) if exported else v.country)
            for v in article.venues
        ],
        "events": [
            (
                e.id,
                e.kind,
                e.status,
                e.dates,
                e.venue,
                sorted((p.entity, p.part.value) for p in e.participants),
                e.parent,
                e.cameo,
                e.plover,
            )
            for e in article.events
        ],
    }


# ------------------------------------------------------------------------------ export


@needs_standard
def test_sample_exports_to_a_schema_valid_document() -> None:
    assert _errors(to_ninjs(sample_article())) == []


@needs_standard
def test_the_validator_used_here_does_reject_bad_documents() -> None:
    doc = to_ninjs(sample_article())
    assert _errors({**doc, "firstCreated": "2025-11-12"})  # a date is not a date-time
    assert _errors({**doc, "uri": "not a uri"})
    assert _errors({**doc, "headline": "ninjs 1.x key"})


def test_the_article_url_is_the_ninjs_uri() -> None:
    url = "https://ria.ru/20251112/beijing.html"
    doc = to_ninjs(attrs.evolve(sample_article(), url=url))
    assert doc["uri"] == url
    # The article's parts keep their identifiers, made from its id.
    assert doc["people"][0]["uri"] == "urn:eventkit:ria-2025-11-12-beijing#p1"
    assert to_ninjs(sample_article())["uri"] == "urn:eventkit:ria-2025-11-12-beijing"


@pytest.mark.xfail(reason="the ninjs reader does not yet take a URL uri for Article.url", strict=True)
def test_an_article_with_a_url_comes_back_from_ninjs() -> None:
    article = attrs.evolve(sample_article(), url="https://ria.ru/20251112/beijing.html")
    back, not_kept = read_ninjs(to_ninjs(article))
    assert not_kept == ()
    assert back.url == article.url


def test_export_maps_the_article_fields() -> None:
    doc = to_ninjs(sample_article())
    assert doc["uri"] == "urn:eventkit:ria-2025-11-12-beijing"
    assert doc["standard"]["version"] == "3.1"
    assert doc["firstCreated"] == "2025-11-12T00:00:00Z"
    assert doc["language"] == "ru"
    assert doc["headlines"] == [
        {"role": "main", "contentType": "text/plain", "value": "Лавров провёл переговоры в Пекине"}
    ]
    assert doc["descriptions"][0]["role"] == "summary"
    plain, xhtml = doc["bodies"]
    assert plain["value"].count("\n\n") == 1
    assert xhtml["value"].startswith("<p>Министр иностранных дел")
    assert "безопасности &amp; торговле" in xhtml["value"]
    base = doc["uri"]
    assert doc["people"][0] == {"name": "Сергей Лавров", "rel": "mentions", "uri": base + "#p1"}
    assert [o["name"] for o in doc["organisations"]] == ["МИД России", "МИД КНР"]
    assert [s["role"] for s in doc["infoSources"]] == ["publisher", "source"]
    assert doc["infoSources"][1]["uri"] == base + "#o2"


def test_venues_carry_their_city_and_country_and_coordinates() -> None:
    places = {p["name"]: p for p in to_ninjs(sample_article())["places"]}
    assert places["Китай"]["contactInfo"][0]["address"] == {"country": "Китай"}
    assert places["Пекин"]["contactInfo"][0]["address"] == {"locality": "Пекин", "country": "Китай"}
    assert places["здание МИД КНР"]["contactInfo"][0]["address"] == {"locality": "Пекин", "country": "Китай"}
    assert places["Пекин"]["geoJSON"] == {"type": "Point", "coordinates": [116.4074, 39.9042]}


def test_events_travel_as_associated_event_objects() -> None:
    doc = to_ninjs(sample_article())
    base = doc["uri"]
    assert doc["events"][0] == {"id": "e1", "name": "official visit", "rel": "mentions", "uri": base + "#e1"}
    talks = next(a for a in doc["associations"] if a["uri"] == base + "#e2")
    assert talks["type"] == "event"
    assert talks["eventDetails"] == {
        "eventStatus": "urn:eventkit:status:occurred",
        "dates": {"expectedStartDate": "2025-11-12", "expectedEndDate": "2025-11-12"},
    }
    assert talks["places"] == [{"name": "здание МИД КНР", "rel": "venue", "uri": base + "#v3"}]
    assert talks["events"] == [{"id": "e1", "rel": "partOf", "uri": base + "#e1"}]
    assert talks["organisations"] == [{"name": "МИД КНР", "rel": "host", "uri": base + "#o2"}]
    later = next(a for a in doc["associations"] if a["uri"] == base + "#e3")
    assert later["eventDetails"]["dates"]["expectedStartDate"] == "2026"
    visit = next(a for a in doc["associations"] if a["uri"] == base + "#e1")
    assert {"rel": "plover:mode", "literal": "visit"} in visit["subjects"]


def test_media_credits_travel_in_the_rights_fields() -> None:
    doc = to_ninjs(sample_article())
    credit = doc["associations"][-1]
    assert credit["copyrightHolder"] == "mid.ru"
    assert credit["by"] == "Фото: mid.ru"


def test_a_published_date_without_a_day_is_not_invented() -> None:
    doc = to_ninjs(sample_article(published=PartialDate(year=2025, month=11)))
    assert "firstCreated" not in doc


# ------------------------------------------------------------------------------ import


def test_round_trip_keeps_everything_ninjs_holds() -> None:
    article = sample_article()
    back, not_kept = read_ninjs(to_ninjs(article))
    assert not_kept == ()
    assert _view(back, exported=False) == _view(article)
    # the names found verbatim in the rebuilt text become mentions again
    assert [m.text for m in back.persons[0].mentions] == ["Сергей Лавров"]
    assert back.lead == back.paragraphs[0]
    assert to_ninjs(back) == to_ninjs(article)


def test_from_ninjs_warns_about_what_it_cannot_keep() -> None:
    doc = {**to_ninjs(sample_article()), "by": "Иван Петров", "urgency": 3}
    with pytest.warns(NinjsLossWarning, match=r"\$\.by: not kept") as caught:
        article = from_ninjs(doc)
    assert article.id == "ria-2025-11-12-beijing"
    warning = caught[0].message
    assert isinstance(warning, NinjsLossWarning)
    assert [p.path for p in warning.problems] == ["$.by", "$.urgency"]


def test_from_ninjs_is_silent_when_nothing_is_lost() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        from_ninjs(to_ninjs(sample_article()))


def test_strict_import_refuses_what_it_cannot_keep() -> None:
    doc = {**to_ninjs(sample_article()), "firstCreated": "2025-11-12T09:30:00+03:00"}
    with pytest.raises(ValidationError, match=r"\$\.firstCreated: the time of day \(09:30:00\+03:00\)"):
        from_ninjs(doc, strict=True)


def test_malformed_documents_name_the_path_of_each_problem() -> None:
    doc = to_ninjs(sample_article())
    doc["people"].append({"name": "Мария Захарова"})
    doc["people"].append({"name": 42})
    with pytest.raises(ValidationError) as info:
        from_ninjs(doc)
    assert str(info.value) == "$.people[3].name: expected a string, got an integer"

    bad = copy.deepcopy(to_ninjs(sample_article()))
    bad["bodies"] = "text"
    bad["firstCreated"] = "12.11.2025"
    bad["slug"] = "x"
    with pytest.raises(ValidationError) as info:
        from_ninjs(bad)
    assert [p.path for p in info.value.problems] == ["$.slug", "$.firstCreated", "$.bodies"]
    not_objects: tuple[object, ...] = (None, [], "ninjs")
    for value in not_objects:
        with pytest.raises(ValidationError, match=r"^\$: expected an object"):
            from_ninjs(value)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"^\$\.uri: required key is missing"):
        from_ninjs({"headlines": [{"value": "Без идентификатора"}]})


def test_an_event_document_becomes_an_article_with_that_event() -> None:
    doc = {
        "uri": "urn:example:forum-2026",
        "type": "event",
        "title": "Форум в Казани",
        "eventDetails": {
            "eventStatus": "https://schema.org/EventPostponed",
            "dates": {"expectedStartDate": "2026-05", "expectedEndDate": "2026-06"},
        },
        "places": [
            {"name": "Казань Экспо", "contactInfo": [{"address": {"locality": "Казань", "country": "RU"}}]}
        ],
    }
    article, not_kept = read_ninjs(doc)
    assert not_kept == ()
    assert article.id == "urn:example:forum-2026"
    assert article.headline is not None
    assert article.headline.text == "Форум в Казани"
    (event,) = article.events
    assert event.status.value == "postponed"
    assert event.dates is not None
    assert str(event.dates.start) == "2026-05"
    assert str(event.dates.end) == "2026-06"
    venues = {v.id: v for v in article.venues}
    expo = venues[event.venue or ""]
    assert expo.name == "Казань Экспо"
    city = venues[expo.parent or ""]
    assert (city.name, city.kind.value, city.country) == ("Казань", "city", "RU")


def test_html_bodies_give_paragraphs_and_the_plain_copy_is_not_reported() -> None:
    doc: dict[str, Any] = {
        "uri": "urn:eventkit:a1",
        "bodies": [
            {"contentType": "text/plain", "value": "Первый абзац.  Второй &amp; последний."},
            {"contentType": "text/html", "value": "<p>Первый абзац.</p>\n<p>Второй &amp;amp; последний.</p>"},
        ],
    }
    article, not_kept = read_ninjs(doc)
    assert [p.text for p in article.paragraphs] == ["Первый абзац.", "Второй &amp; последний."]
    assert not_kept == ()
    doc["bodies"][0]["value"] = "Другой текст"
    assert [p.path for p in read_ninjs(doc)[1]] == ["$.bodies[0]"]


def test_paragraphs_with_markup_characters_and_blank_lines_survive() -> None:
    text = "Заголовок\n\n<b>жирный</b> & «кавычки»\n\nвторая строка"
    article = Article(
        id="a2",
        text=text,
        headline=Paragraph(text="Заголовок", span=Span(start=0, end=9)),
        paragraphs=(Paragraph(text=text[11:], span=Span(start=11, end=len(text))),),
    )
    back, not_kept = read_ninjs(to_ninjs(article))
    assert not_kept == ()
    assert [p.text for p in back.paragraphs] == [text[11:]]


# ------------------------------------------------------------------- official examples


@needs_standard
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_official_examples_import_and_export_again(path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    article, not_kept = read_ninjs(doc)
    assert all(p.path.startswith("$.") for p in not_kept)
    again = to_ninjs(article)
    assert _errors(again) == []
    back, lost_again = read_ninjs(again)
    assert lost_again == ()
    assert back == article


@needs_standard
def test_official_examples_keep_what_the_model_supports() -> None:
    def load(name: str) -> dict[str, Any]:
        result: dict[str, Any] = json.loads((NINJS_DIR / "examples" / name).read_text(encoding="utf-8"))
        return result

    article, not_kept = read_ninjs(load("005_complex_text_article.json"))
    assert article.language == "en"
    assert article.published == PartialDate(year=2013, month=7, day=9)
    assert article.headline is not None
    assert article.headline.text.startswith("Captain of wrecked")
    assert len(article.paragraphs) == 4  # from the <p> elements of the XHTML body
    assert [p.name for p in article.persons] == ["Francesco Schettino"]
    assert [m.text for m in article.persons[0].mentions] == ["Francesco Schettino"]
    assert [v.name for v in article.venues] == ["Grossetto", "Tuscany", "Italy"]
    assert [o.name for o in article.organizations] == ["Costa Crociere SpA"]
    paths = {p.path for p in not_kept}
    assert {"$.people[0].uri", "$.by", "$.located", "$.copyrightNotice"} <= paths
    assert not any(p.startswith("$.bodies") for p in paths)

    photo, _ = read_ninjs(load("007_multimedia.json"))
    assert [(c.credit, c.text) for c in photo.media_credits] == [("Paulo Santalucia", "Paulo Santalucia")] * 2

    event_doc, not_kept = read_ninjs(load("008_event.json"))
    assert not_kept == ()
    (event,) = event_doc.events
    assert event.dates is not None
    assert event.dates.start == PartialDate(year=2023, month=7, day=11)
    venues = {v.id: v for v in event_doc.venues}
    chain = []
    current = venues.get(event.venue or "")
    while current is not None:
        chain.append((current.name, current.kind.value))
        current = venues.get(current.parent or "")
    assert chain == [("LITEXPO", "other"), ("Vilnius", "city"), ("Lithuania", "country")]


# ------------------------------------------------------------------------- properties


def _articles() -> Any:
    strategies = pytest.importorskip("strategies")
    return strategies.articles()


@needs_standard
@given(article=_articles())
def test_every_article_exports_to_a_schema_valid_document(article: Article) -> None:
    assert _errors(to_ninjs(article)) == []


@given(article=_articles())
def test_export_then_import_keeps_what_ninjs_holds(article: Article) -> None:
    # With a url, ninjs holds it as the uri in place of the id (see test_the_article_url_is_the_ninjs_uri).
    article = attrs.evolve(article, url=None)
    back, not_kept = read_ninjs(to_ninjs(article))
    assert not_kept == ()
    assert _view(back, exported=False) == _view(article)
