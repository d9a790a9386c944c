"""Analysis tables: one row per object with join keys, Parquet round trips, constant-memory writing."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import articles

import eventkit
from eventkit import Article, tables
from eventkit.errors import MissingExtraError

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

ROOT = Path(__file__).resolve().parents[1]

# Each table, the article's collection its rows come from, and the column naming the object.
OBJECTS = {
    "persons": ("persons", "person_id"),
    "organizations": ("organizations", "organization_id"),
    "venues": ("venues", "venue_id"),
    "quotes": ("quotes", "quote_id"),
    "events": ("events", "event_id"),
}


@functools.cache
def _examples() -> list[Article]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    return eventkit.parse_many(texts, processes=1)


@settings(max_examples=15)
@given(st.lists(articles(), max_size=3, unique_by=lambda a: a.id))
def test_every_object_is_one_row_with_its_values(batch: list[Article]) -> None:
    found = tables.to_tables(batch)
    assert set(found) == set(tables.TABLES)
    assert found["articles"].column("article_id").to_pylist() == [a.id for a in batch]
    for name, (attribute, key) in OBJECTS.items():
        table = found[name].to_pylist()
        expected = [(a.id, o) for a in batch for o in getattr(a, attribute)]
        assert [(r["article_id"], r[key]) for r in table] == [(a, o.id) for a, o in expected]
        for row, (_, obj) in zip(table, expected, strict=True):
            for column, value in row.items():
                if column in ("text", "name", "kind", "status", "cue", "speaker_text", "country", "cameo"):
                    wanted = getattr(obj, column)
                    assert value == (wanted.value if hasattr(wanted, "value") else wanted)
    roles = [(r["article_id"], r["person_id"], r["title"]) for r in found["roles"].to_pylist()]
    assert roles == [(a.id, p.id, role.title) for a in batch for p in a.persons for role in p.roles]
    participants = found["event_participants"].to_pylist()
    assert [(r["event_id"], r["entity_id"], r["part"]) for r in participants] == [
        (e.id, p.entity, p.part.value) for a in batch for e in a.events for p in e.participants
    ]
    mentions = found["date_mentions"].to_pylist()
    assert [(r["text"], r["start"], r["first_day"]) for r in mentions] == [
        (d.text, d.span.start, d.dates.start.earliest()) for a in batch for d in a.dates
    ]


@settings(max_examples=10)
@given(st.lists(articles(), max_size=4, unique_by=lambda a: a.id), st.integers(1, 3))
def test_parquet_gives_back_the_same_tables(
    tmp_path_factory: pytest.TempPathFactory, batch: list[Article], size: int
) -> None:
    directory = tmp_path_factory.mktemp("parquet")
    written = tables.write_parquet(batch, directory, batch_size=size)
    assert written == {name: directory / f"{name}.parquet" for name in tables.TABLES}
    assert sorted(p.name for p in directory.iterdir()) == sorted(f"{n}.parquet" for n in tables.TABLES)
    again = tables.read_parquet(directory)
    expected = tables.to_tables(batch)
    for name in tables.TABLES:
        assert again[name].equals(expected[name]), name


def test_participants_say_what_they_are_and_join_to_persons() -> None:
    found = tables.to_tables(_examples())
    persons = {(r["article_id"], r["person_id"]) for r in found["persons"].to_pylist()}
    rows = found["event_participants"].to_pylist()
    assert rows
    for row in rows:
        assert row["entity_kind"] in ("person", "organization", "venue")
        if row["entity_kind"] == "person":
            assert (row["article_id"], row["entity_id"]) in persons


def test_a_writer_that_is_stopped_leaves_no_table(tmp_path: Path) -> None:
    batch = _examples()

    def stream() -> object:
        yield batch[0]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        tables.write_parquet(stream(), tmp_path)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_rows_need_no_pyarrow_and_tables_say_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    article = _examples()[0]
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    assert tables.rows(article)["articles"][0]["article_id"] == article.id
    with pytest.raises(MissingExtraError, match=r'pip install "eventkit-news\[arrow\]"'):
        tables.to_tables([article])
