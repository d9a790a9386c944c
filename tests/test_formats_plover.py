"""PLOVER: one record per event, with the fields of the PLOVER JSON format."""

from __future__ import annotations

from typing import Any

import attrs
import orjson
import pytest
from hypothesis import given
from test_formats_sample import sample_article

from eventkit import Article, Event, EventKind, EventStatus
from eventkit.formats import to_plover

__all__: list[str] = []

_FIELDS = [
    "id", "date", "enddate", "actor", "recipient", "event", "mode", "context", "quad_code",
    "event_loc", "event_text", "text_info", "link", "cite_info", "cameo", "code_source", "kind", "status",
]  # fmt: skip


def test_one_record_per_event_in_order() -> None:
    records = to_plover(sample_article())
    assert [r["id"].rsplit("#", 1)[1] for r in records] == ["e1", "e2", "e3"]
    assert all(list(r) == _FIELDS for r in records)
    assert len({r["id"] for r in records}) == 3


def test_visit_record() -> None:
    visit = to_plover(sample_article())[0]
    assert (visit["date"], visit["enddate"]) == ("2025-11-12", "2025-11-12")
    assert [a["identifier_text"] for a in visit["actor"]] == ["Сергей Лавров"]
    assert [r["identifier_text"] for r in visit["recipient"]] == ["Ван И"]
    assert visit["actor"][0] == {
        "entity_text": "Сергей Лавров",
        "identifier_id": "urn:eventkit:ria-2025-11-12-beijing#p1",
        "identifier_text": "Сергей Лавров",
        "office": "Министр иностранных дел",
        "country": "RU",
    }
    assert (visit["event"], visit["mode"], visit["context"]) == (["CONSULT"], ["visit"], ["diplomatic"])
    assert visit["quad_code"] == 1
    assert visit["cameo"] == "042"
    assert visit["event_loc"] == {
        "extracted_place": "Пекин",
        "resolved_place": "Пекин",
        "lat": 39.9042,
        "lon": 116.4074,
        "city": "Пекин",
        "country": "Китай",
        "resolution": 4,
    }
    assert visit["event_text"] == ["прибыл в Пекин с официальным визитом"]
    article = sample_article()
    start, end = visit["text_info"]["start"], visit["text_info"]["end"]
    assert article.text[start:end] == visit["event_text"][0]
    assert visit["cite_info"] == {
        "citation": "ria-2025-11-12-beijing",
        "title": "Лавров провёл переговоры в Пекине",
        "language": "ru",
        "publication": "РИА Новости",
        "published": "2025-11-12",
        "coder": "eventkit 0.1.0 (natasha)",
    }


def test_events_within_a_visit_share_its_link() -> None:
    visit, talks, later = to_plover(sample_article())
    assert visit["link"] == talks["link"] == visit["id"]
    assert later["link"] is None


def test_without_a_host_every_participant_is_an_actor() -> None:
    later = to_plover(sample_article())[2]
    assert [a["identifier_text"] for a in later["actor"]] == ["Сергей Лавров", "Ван И"]
    assert later["recipient"] == []


def test_uncoded_events_are_coded_from_their_kind() -> None:
    visit, talks, later = to_plover(sample_article())
    assert visit["code_source"] == "event"
    assert (talks["event"], talks["mode"], talks["quad_code"], talks["cameo"]) == (["CONSULT"], [], 1, "046")
    assert talks["code_source"] == "kind"
    # a meeting still to come is an intention (AGREE), with PLOVER's auxiliary mode "future"
    assert (later["event"], later["cameo"], later["code_source"]) == (["AGREE"], "036", "kind")
    assert later["context"] == ["diplomatic", "future"]


def test_an_event_no_table_codes_has_empty_codes() -> None:
    article = sample_article()
    other = Event(id="e9", kind=EventKind.OTHER, status=EventStatus.OCCURRED)
    (record,) = to_plover(sample_article(events=(other,), quotes=article.quotes))
    assert (record["event"], record["mode"], record["context"], record["quad_code"]) == ([], [], [], None)
    assert (record["cameo"], record["code_source"]) == (None, None)


def test_dates_and_places_of_a_future_event() -> None:
    later = to_plover(sample_article())[2]
    assert (later["date"], later["enddate"]) == ("2026", "2026")
    assert later["event_loc"] is None
    assert later["text_info"] is None


def test_cancelled_event_is_negated() -> None:
    article = sample_article()
    cancelled = attrs.evolve(article.events[0], status=EventStatus.CANCELLED)  # type: ignore[misc]
    record = to_plover(sample_article(events=(cancelled, *article.events[1:])))[0]
    assert record["context"] == ["diplomatic", "negation"]


def _articles() -> Any:
    strategies = pytest.importorskip("strategies")
    return strategies.articles()


@given(article=_articles())
def test_every_article_gives_json_records(article: Article) -> None:
    records = to_plover(article)
    assert len(records) == len(article.events)
    for record, event in zip(records, article.events, strict=True):
        orjson.dumps(record)
        assert list(record) == _FIELDS
        ids = {a["identifier_id"].rsplit("#", 1)[1] for a in record["actor"] + record["recipient"]}
        assert ids == {p.entity for p in event.participants}
