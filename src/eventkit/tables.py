"""Articles as analysis tables: one Apache Arrow table per kind of row, joined by ids.

Each table has the article's id (``article_id``) and, for things inside an article, that thing's
id (``person_id``, ``event_id`` ...), so that pandas, polars or DuckDB join them as they would any
tables. Ids are unique within an article, so the join key is the pair. The tables are:

- ``articles``: one row an article (its dates, headline, outlet, text);
- ``persons``, ``organizations``, ``venues``, ``quotes``, ``events``: one row each;
- ``roles``: one row a person's role; ``event_participants``: one row a participant of an event;
- ``date_mentions``: one row a date written in the text, with the range it means.

A partial date is written twice: as written (``"2024-05"``; an event's and a date mention's range
as ``dates_start`` and ``dates_end``, with the start's ``precision``) and as the first and last
day it may be (``first_day``, ``last_day``), so that tables can be grouped by month or filtered
by day.
This module needs ``pyarrow`` (the ``eventkit-news[arrow]`` extra); :func:`rows` does not.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import MissingExtraError
from .model import Article, DateRange, Mention, PartialDate

__all__ = ["TABLES", "ParquetWriter", "read_parquet", "rows", "schemas", "to_tables", "write_parquet"]

TABLES = (
    "articles",
    "persons",
    "roles",
    "organizations",
    "venues",
    "quotes",
    "events",
    "event_participants",
    "date_mentions",
)
"""The names of the tables, in the order they are written."""

_INSTALL_HINT = 'tables need pyarrow: pip install "eventkit-news[arrow]"'

Row = dict[str, Any]


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # the writer and reader below
    except ImportError as error:
        raise MissingExtraError(f"{_INSTALL_HINT} ({error})") from None
    return pyarrow


def _mentions(mentions: Iterable[Mention]) -> list[Row]:
    return [{"text": m.text, "start": m.span.start, "end": m.span.end} for m in mentions]


def _date(date: PartialDate | None) -> tuple[str | None, str | None, _dt.date | None, _dt.date | None]:
    """A partial date as written, its precision, and the first and last day it may be."""
    if date is None:
        return None, None, None, None
    return date.isoformat(), date.precision.value, date.earliest(), date.latest()


def _range(dates: DateRange | None) -> Row:
    if dates is None:
        return dict.fromkeys(("dates_start", "dates_end", "precision", "first_day", "last_day"))
    start, precision, first, _ = _date(dates.start)
    end, _, _, last = _date(dates.end)
    return {
        "dates_start": start,
        "dates_end": end,
        "precision": precision,
        "first_day": first,
        "last_day": last,
    }


def rows(article: Article) -> dict[str, list[Row]]:
    """The rows one article gives each table, as plain dicts (no pyarrow needed)."""
    a = article.id
    published, precision, first, last = _date(article.published)
    prov = article.provenance
    kinds = {
        **{p.id: "person" for p in article.persons},
        **{o.id: "organization" for o in article.organizations},
        **{v.id: "venue" for v in article.venues},
    }
    out: dict[str, list[Row]] = {name: [] for name in TABLES}
    out["articles"].append(
        {
            "article_id": a,
            "url": article.url,
            "language": article.language,
            "published": published,
            "published_precision": precision,
            "published_first_day": first,
            "published_last_day": last,
            "headline": article.headline.text if article.headline else None,
            "lead": article.lead.text if article.lead else None,
            "outlet": article.outlet.name if article.outlet else None,
            "outlet_organization_id": article.outlet.organization if article.outlet else None,
            "info_sources": [s.name for s in article.info_sources],
            "paragraph_count": len(article.paragraphs),
            "text": article.text,
            "extractor": prov.extractor if prov else None,
            "extractor_version": prov.version if prov else None,
            "recognizer": prov.recognizer if prov else None,
        }
    )
    for p in article.persons:
        out["persons"].append(
            {
                "article_id": a,
                "person_id": p.id,
                "name": p.name,
                "given_name": p.given_name,
                "family_name": p.family_name,
                "patronymic": p.patronymic,
                "aliases": list(p.aliases),
                "mentions": _mentions(p.mentions),
            }
        )
        for k, role in enumerate(p.roles):
            out["roles"].append(
                {
                    "article_id": a,
                    "person_id": p.id,
                    "role_index": k,
                    "title": role.title,
                    "organization_id": role.organization,
                    "country": role.country,
                }
            )
    for o in article.organizations:
        out["organizations"].append(
            {
                "article_id": a,
                "organization_id": o.id,
                "name": o.name,
                "country": o.country,
                "aliases": list(o.aliases),
                "mentions": _mentions(o.mentions),
            }
        )
    for v in article.venues:
        out["venues"].append(
            {
                "article_id": a,
                "venue_id": v.id,
                "name": v.name,
                "kind": v.kind.value,
                "parent_id": v.parent,
                "country": v.country,
                "latitude": v.coordinates.latitude if v.coordinates else None,
                "longitude": v.coordinates.longitude if v.coordinates else None,
                "aliases": list(v.aliases),
                "mentions": _mentions(v.mentions),
            }
        )
    for q in article.quotes:
        out["quotes"].append(
            {
                "article_id": a,
                "quote_id": q.id,
                "kind": q.kind.value,
                "text": q.text,
                "speaker_id": q.speaker,
                "speaker_text": q.speaker_text,
                "cue": q.cue,
                "paragraph": q.paragraph,
                "start": q.span.start,
                "end": q.span.end,
            }
        )
    for e in article.events:
        out["events"].append(
            {
                "article_id": a,
                "event_id": e.id,
                "kind": e.kind.value,
                "status": e.status.value,
                **_range(e.dates),
                "venue_id": e.venue,
                "parent_id": e.parent,
                "cameo": e.cameo,
                "plover_event": e.plover.event if e.plover else None,
                "plover_mode": e.plover.mode if e.plover else None,
                "plover_context": list(e.plover.context) if e.plover else [],
                "evidence": _mentions(e.evidence),
            }
        )
        for k, participant in enumerate(e.participants):
            out["event_participants"].append(
                {
                    "article_id": a,
                    "event_id": e.id,
                    "participant_index": k,
                    "entity_id": participant.entity,
                    "entity_kind": kinds.get(participant.entity),
                    "part": participant.part.value,
                }
            )
    for d in article.dates:
        out["date_mentions"].append(
            {"article_id": a, "text": d.text, "start": d.span.start, "end": d.span.end, **_range(d.dates)}
        )
    return out


def schemas() -> dict[str, Any]:
    """The Arrow schema of each table (``pyarrow.Schema``), by table name."""
    pa = _pyarrow()
    s, i, f, d = pa.string(), pa.int64(), pa.float64(), pa.date32()
    strings = pa.list_(s)
    mentions = pa.list_(pa.struct([("text", s), ("start", i), ("end", i)]))
    dates = [("dates_start", s), ("dates_end", s), ("precision", s), ("first_day", d), ("last_day", d)]
    fields: dict[str, list[tuple[str, Any]]] = {
        "articles": [
            ("article_id", s),
            ("url", s),
            ("language", s),
            ("published", s),
            ("published_precision", s),
            ("published_first_day", d),
            ("published_last_day", d),
            ("headline", s),
            ("lead", s),
            ("outlet", s),
            ("outlet_organization_id", s),
            ("info_sources", strings),
            ("paragraph_count", i),
            ("text", s),
            ("extractor", s),
            ("extractor_version", s),
            ("recognizer", s),
        ],
        "persons": [
            ("article_id", s),
            ("person_id", s),
            ("name", s),
            ("given_name", s),
            ("family_name", s),
            ("patronymic", s),
            ("aliases", strings),
            ("mentions", mentions),
        ],
        "roles": [
            ("article_id", s),
            ("person_id", s),
            ("role_index", i),
            ("title", s),
            ("organization_id", s),
            ("country", s),
        ],
        "organizations": [
            ("article_id", s),
            ("organization_id", s),
            ("name", s),
            ("country", s),
            ("aliases", strings),
            ("mentions", mentions),
        ],
        "venues": [
            ("article_id", s),
            ("venue_id", s),
            ("name", s),
            ("kind", s),
            ("parent_id", s),
            ("country", s),
            ("latitude", f),
            ("longitude", f),
            ("aliases", strings),
            ("mentions", mentions),
        ],
        "quotes": [
            ("article_id", s),
            ("quote_id", s),
            ("kind", s),
            ("text", s),
            ("speaker_id", s),
            ("speaker_text", s),
            ("cue", s),
            ("paragraph", i),
            ("start", i),
            ("end", i),
        ],
        "events": [
            ("article_id", s),
            ("event_id", s),
            ("kind", s),
            ("status", s),
            *dates,
            ("venue_id", s),
            ("parent_id", s),
            ("cameo", s),
            ("plover_event", s),
            ("plover_mode", s),
            ("plover_context", strings),
            ("evidence", mentions),
        ],
        "event_participants": [
            ("article_id", s),
            ("event_id", s),
            ("participant_index", i),
            ("entity_id", s),
            ("entity_kind", s),
            ("part", s),
        ],
        "date_mentions": [("article_id", s), ("text", s), ("start", i), ("end", i), *dates],
    }
    return {name: pa.schema(fields[name]) for name in TABLES}


def _table(pa: Any, schema: Any, found: list[Row]) -> Any:
    return pa.Table.from_pylist(found, schema=schema)


def to_tables(articles: Iterable[Article]) -> dict[str, Any]:
    """Every table (``pyarrow.Table``) of ``articles``, by table name; empty tables keep their columns."""
    pa = _pyarrow()
    schema = schemas()
    found: dict[str, list[Row]] = {name: [] for name in TABLES}
    for article in articles:
        for name, more in rows(article).items():
            found[name].extend(more)
    return {name: _table(pa, schema[name], found[name]) for name in TABLES}


class ParquetWriter:
    """Writes articles, as they come, into ``DIRECTORY/<table>.parquet``, one file a table.

    Rows are written in groups of ``batch_size`` articles, so memory stays constant however
    many articles pass. Files are written beside their final names and put in place by
    :meth:`close`; :meth:`abort` (or an exception inside ``with``) removes them, so a directory
    never holds a half-written table.
    """

    def __init__(self, directory: str | os.PathLike[str], *, batch_size: int = 500) -> None:
        self._pa = _pyarrow()
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.batch_size = batch_size
        self.count = 0
        self._schemas = schemas()
        self._pending: dict[str, list[Row]] = {name: [] for name in TABLES}
        self._waiting = 0
        self._writers: dict[str, Any] = {}
        self._done: dict[str, Path] | None = None
        self._parts = {name: self.directory / f".{name}.parquet.part" for name in TABLES}
        for name in TABLES:
            self._writers[name] = self._pa.parquet.ParquetWriter(self._parts[name], self._schemas[name])

    def write(self, article: Article) -> None:
        """Add one article's rows."""
        for name, found in rows(article).items():
            self._pending[name].extend(found)
        self.count += 1
        self._waiting += 1
        if self._waiting >= self.batch_size:
            self._flush()

    def _flush(self) -> None:
        for name in TABLES:
            if self._pending[name]:
                self._writers[name].write_table(_table(self._pa, self._schemas[name], self._pending[name]))
                self._pending[name] = []
        self._waiting = 0

    def close(self) -> dict[str, Path]:
        """Finish every file and put it in place; returns the path of each table."""
        if self._done is not None:
            return self._done
        self._flush()
        for writer in self._writers.values():
            writer.close()
        done = {}
        for name in TABLES:
            done[name] = self.directory / f"{name}.parquet"
            os.replace(self._parts[name], done[name])
        self._done = done
        return done

    def abort(self) -> None:
        """Stop, and remove what was written."""
        for writer in self._writers.values():
            with contextlib.suppress(Exception):  # a broken file: it is removed next
                writer.close()
        for part in self._parts.values():
            part.unlink(missing_ok=True)

    def __enter__(self) -> ParquetWriter:
        return self

    def __exit__(self, kind: object, value: object, traceback: object) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()


def write_parquet(
    articles: Iterable[Article], directory: str | os.PathLike[str], *, batch_size: int = 500
) -> dict[str, Path]:
    """Write ``articles`` as one Parquet file a table in ``directory``; returns each table's path."""
    writer = ParquetWriter(directory, batch_size=batch_size)
    try:
        for article in articles:
            writer.write(article)
    except BaseException:
        writer.abort()
        raise
    return writer.close()


def read_parquet(directory: str | os.PathLike[str]) -> dict[str, Any]:
    """The tables written in ``directory`` (files ``<table>.parquet`` or folders of shards), by name."""
    pa = _pyarrow()
    schema = schemas()
    out = {}
    for name in TABLES:
        path = Path(directory) / f"{name}.parquet"
        if not path.exists():
            path = Path(directory) / name
        out[name] = pa.parquet.read_table(path, schema=schema[name])
    return out
