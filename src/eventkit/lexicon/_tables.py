"""Tables of knowledge shipped as data: one tab-separated file a table, in ``lexicon/data``.

A table file starts with comment lines that say what it is and where it came from::

    # Role heads: words that head a person's title.
    # source: written for eventkit from the titles in Russian and English news
    # licence: MIT (part of eventkit)
    # date: 2026-12-06
    lang	word	kind
    ru	министр	official

``source``, ``licence`` and ``date`` (ISO) are required; the first line that is not a comment
names the columns; every row has exactly that many cells. Blank lines are skipped, a cell may
be empty. A file that breaks these rules is refused with :class:`~eventkit.errors.LexiconError`
naming its line.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterable, Iterator
from importlib import resources

import attrs

from ..errors import LexiconError

__all__ = ["Table", "alternation", "parse_table", "table", "table_names"]

_REQUIRED = ("source", "licence", "date")
_META = re.compile(r"#\s*(\w+):\s*(.*\S)\s*$")
_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")


def alternation(words: Iterable[str]) -> str:
    """``words`` as a pattern's alternatives (``a|b|c``), the longest first so that a word is never
    cut short by one that begins it, ties in alphabetical order (the same pattern every run)."""
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))


@attrs.frozen
class Table:
    """One table: its columns, rows (tuples of strings) and where its content came from."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    source: str
    licence: str
    date: _dt.date
    title: str = ""

    def column(self, name: str) -> tuple[str, ...]:
        """Every row's cell in column ``name``, in row order."""
        k = self._index(name)
        return tuple(row[k] for row in self.rows)

    def where(self, **cells: str) -> tuple[tuple[str, ...], ...]:
        """The rows whose cells equal the values given by column name (``where(lang="ru")``)."""
        wanted = [(self._index(c), v) for c, v in cells.items()]
        return tuple(row for row in self.rows if all(row[k] == v for k, v in wanted))

    def words(self, column: str = "word", **cells: str) -> frozenset[str]:
        """The set of one column's cells over the rows that match ``cells``."""
        k = self._index(column)
        return frozenset(row[k] for row in self.where(**cells))

    def pattern(self, column: str = "word", **cells: str) -> str:
        """The cells of :meth:`words` as a pattern's alternatives, by :func:`alternation`."""
        return alternation(self.words(column, **cells))

    def grouped(self, key: str, value: str, **cells: str) -> dict[str, frozenset[str]]:
        """Each ``key`` cell → the set of its rows' ``value`` cells, over the rows that match
        ``cells`` (``grouped("word", "means", part="generic")``: ``лидер`` → its heads)."""
        k, v = self._index(key), self._index(value)
        out: dict[str, set[str]] = {}
        for row in self.where(**cells):
            out.setdefault(row[k], set()).add(row[v])
        return {name: frozenset(values) for name, values in out.items()}

    def records(self) -> Iterator[dict[str, str]]:
        """Each row as a dict from column name to cell."""
        for row in self.rows:
            yield dict(zip(self.columns, row, strict=True))

    def _index(self, name: str) -> int:
        try:
            return self.columns.index(name)
        except ValueError:
            raise KeyError(
                f"table {self.name!r} has no column {name!r}; it has {', '.join(self.columns)}"
            ) from None


def parse_table(name: str, content: str) -> Table:
    """The table in ``content`` (a table file's text), checked; ``name`` is used in errors."""
    meta: dict[str, str] = {}
    title = ""
    columns: tuple[str, ...] | None = None
    rows: list[tuple[str, ...]] = []
    for number, line in enumerate(content.splitlines(), 1):
        where = f"{name}.tsv, line {number}"
        if not line.strip():
            continue
        if columns is None:
            if not line.startswith("#"):
                columns = tuple(line.split("\t"))
                if len(set(columns)) != len(columns) or not all(_NAME.match(c) for c in columns):
                    raise LexiconError(
                        f"{where}: column names must be distinct lower-case words, got {line!r}"
                    )
                continue
            found = _META.match(line)
            if found and found[1] in _REQUIRED:
                meta[found[1]] = found[2]
            elif not title:
                title = line.lstrip("#").strip()
            continue
        if line.startswith("#"):
            continue
        cells = tuple(line.split("\t"))
        if len(cells) != len(columns):
            raise LexiconError(f"{where}: {len(cells)} cells, the header names {len(columns)}")
        rows.append(tuple(c.strip() for c in cells))
    missing = [key for key in _REQUIRED if key not in meta]
    if missing:
        raise LexiconError(
            f"{name}.tsv: the header does not say its {', '.join(missing)} (as '# {missing[0]}: ...')"
        )
    if columns is None:
        raise LexiconError(f"{name}.tsv: no line names the columns")
    try:
        date = _dt.date.fromisoformat(meta["date"])
    except ValueError:
        raise LexiconError(f"{name}.tsv: date {meta['date']!r} is not an ISO date (YYYY-MM-DD)") from None
    return Table(
        name=name,
        columns=columns,
        rows=tuple(rows),
        source=meta["source"],
        licence=meta["licence"],
        date=date,
        title=title,
    )


def table_names() -> tuple[str, ...]:
    """The names of the tables shipped in ``lexicon/data``, sorted."""
    data = resources.files(__package__).joinpath("data")
    return tuple(sorted(p.name[:-4] for p in data.iterdir() if p.name.endswith(".tsv")))


@functools.cache
def table(name: str) -> Table:
    """The shipped table ``name`` (``lexicon/data/<name>.tsv``), read once and kept."""
    if not _NAME.match(name):
        raise LexiconError(f"{name!r} is not a table name (lower-case letters, digits and _)")
    path = resources.files(__package__).joinpath("data", f"{name}.tsv")
    if not path.is_file():
        raise LexiconError(f"no table {name!r}; the tables are {', '.join(table_names())}")
    return parse_table(name, path.read_text(encoding="utf-8"))
