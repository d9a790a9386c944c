"""The dateline that opens wire copy: where the story was filed, when, and by which agency.

Grammar (``PLACE`` a place in capitals, one to four words, hyphens inside: ``НУР-СУЛТАН``,
``NEW YORK``; ``DATE`` a day and a month, either order, the month full or short: ``12 ноября``,
``3 мар``, ``March 3``, ``Nov. 20``; ``AGENCY`` a name from the ``agencies`` table or, between
slashes or brackets, any name; ``—`` any dash)::

    dateline := PLACE ["," DATE] ["."] "/" AGENCY "/" ["."]        -- МОСКВА, 12 ноября. /ТАСС/.
              | PLACE ["," DATE] ["."] "(" AGENCY ")" "—"           -- BRUSSELS, March 3 (Reuters) -
              | PLACE ["," REGION] "(" AGENCY ")" "—"               -- KYIV, Ukraine (AP) —
              | PLACE ["," DATE] "—" AGENCY ("." | "," author)     -- АСТАНА, 3 мар — РИА Новости.
              | PLACE "." [DATE "."] AGENCY "—"                     -- АСТАНА. КАЗИНФОРМ —
              | PLACE ["," DATE] "—"                                -- ASTANA –, ASTANA, Nov 20 —
              | TITLE_PLACE "," DATE "—"                            -- Душанбе, 13 марта 2026 года –

A place in capitals is given in its normal case (``МОСКВА`` is ``Москва``, ``NEW YORK`` is
``New York``): as the ``cities`` table writes it, else each part with a capital. A place written
in its normal case (``Paris (AFP) -``, ``Москва. 12 ноября. INTERFAX.RU -``) is read only before
an agency the table knows, or as a place the lexicon knows, a date and a dash (``Ташкент, 5 мая
–``). A dateline with neither agency nor date needs a place the ``cities`` table or the country
list knows. The reader looks at the start of the first two paragraphs only.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from ..lexicon import country_named, fold, table
from ..model import Article
from ._structure import Block
from ._words import is_outlet_name

__all__ = ["Dateline", "agency_known", "dateline_venue", "find_dateline", "outlet_named"]


class Dateline(NamedTuple):
    """What a dateline says; offsets are into the article's text."""

    place: str
    """The place in its normal case: ``Москва``."""
    place_start: int
    place_end: int
    agency: str | None
    """The outlet, as the ``agencies`` table names it (``ТАСС``), or as written when it is not there."""
    agency_start: int
    agency_end: int
    date_start: int | None
    date_end: int | None
    end: int
    """Where the dateline ends and the story begins."""


_DASH = r"(?:—|–|-{1,2})"
# ``D.C.``: a stop inside a word in capitals only between letters
_CAPS_WORD = r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’]*(?:\.[A-Z])*(?:-[A-ZА-ЯЁ][A-ZА-ЯЁ'’]*)*"
_CAPS_PLACE = rf"(?P<caps>{_CAPS_WORD}(?:[ \t]{_CAPS_WORD}){{0,3}})"
_TITLE_PLACE = (
    r"(?P<title>[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁa-zа-яё][a-zа-яё]+)*(?:[ \t][A-ZА-ЯЁ][a-zа-яё]+){0,2})"
)
_DATE = (
    r"(?P<date>(?:0?[1-9]|[12][0-9]|3[01])\s+[а-яёa-z]{3,8}\.?(?:\s+[12][0-9]{3}(?:\s*г\.|\s*года)?)?"
    r"|[A-Z][a-z]{2,8}\.?\s+(?:0?[1-9]|[12][0-9]|3[01])(?:,\s*[12][0-9]{3})?)"
)
_REGION = r"(?P<region>[A-Z][a-z]+(?:[ \t.][A-Z][a-z.]*){0,2}|[А-ЯЁ][а-яё]+(?:[ \t][А-ЯЁ][а-яё]+)?)"
"""A state or country after the place (``WASHINGTON, D.C.``, ``БАКУ, Азербайджан``)."""
_AGENCY_NAME = r"(?P<agency>[A-ZА-ЯЁ«\"][^\n.,/()—–]{0,38}?(?:\.[A-Za-z]{2,4})?)"

# The parts after the place; each alternative sets ``agency`` (or not) and ``date`` (or not).
_AFTER = re.compile(
    rf"(?:\s*,\s*{_REGION}(?=\s*[,(]))?(?:\s*,\s*{_DATE})?"
    r"(?:"
    rf"\s*\.?\s*/(?P<slashed>[^/\n]{{2,60}})/\s*\.?"  # /ТАСС/.
    rf"|\s*\((?P<bracketed>[^()\n]{{2,40}})\)\s*{_DASH}"  # (Reuters) -
    rf"|\s*{_DASH}\s*{_AGENCY_NAME}\s*(?P<stop>[.,])"  # — РИА Новости.
    rf"|\s*{_DASH}(?=\s)"  # ASTANA –
    r")"
)
# ``АСТАНА. КАЗИНФОРМ —``, ``Москва. 12 ноября. INTERFAX.RU -``: the place ends with a stop.
_STOPPED = re.compile(rf"\.\s*(?:{_DATE}\s*\.\s*)?{_AGENCY_NAME}\s*{_DASH}(?=\s)")
_CAPS = re.compile(_CAPS_PLACE)
_TITLE = re.compile(_TITLE_PLACE)
_MONTH_WORDS = frozenset(row[4] for row in table("calendar").where(unit="month"))
_SPACE = re.compile(r"\s+")


@functools.cache
def _agencies() -> dict[str, str]:
    """Each form of an agency's name (folded, single spaces) → the outlet it names."""
    return {_key(form): name for _, form, name in table("agencies").rows}


@functools.cache
def _cities() -> dict[str, str]:
    """Each city the ``cities`` table knows, folded → as it writes it."""
    return {fold(name): name for _, name, *_ in table("cities").rows}


def _key(name: str) -> str:
    return _SPACE.sub(" ", fold(name)).strip()


def _agency(written: str, *, inside: bool) -> str | None:
    """The outlet a dateline's agency part names: the table's name for it, a known agency inside
    it when ``inside`` (``/Корр. ТАСС Иван Петров/`` is ТАСС), or the part itself as written."""
    name = " ".join(written.split()).strip(" .")
    known = _agencies()
    if _key(name) in known:
        return known[_key(name)]
    words = name.split() if inside else []
    for size in range(min(3, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            found = known.get(_key(" ".join(words[i : i + size])).strip(",.;:"))
            if found is not None:
                return found
    return name or None


def _normal_case(written: str) -> str:
    """A place written in capitals in its normal case: ``РОСТОВ-НА-ДОНУ`` is ``Ростов-на-Дону``."""
    known = _cities().get(fold(written))
    if known is not None:
        return known
    words = []
    for word in written.split():
        parts = word.split("-")
        words.append(
            "-".join(
                p.lower() if 0 < k < len(parts) - 1 and len(p) <= 2 else p[:1] + p[1:].lower()
                for k, p in enumerate(parts)
            )
        )
    return " ".join(words)


def _known_place(name: str) -> bool:
    return fold(name) in _cities() or country_named(name) is not None


def _read(text: str, block: Block) -> Dateline | None:
    start, end = block.start, block.end
    caps = _CAPS.match(text, start, end)
    if caps is not None and sum(ch.isalpha() for ch in caps["caps"]) >= 2:
        written = caps["caps"].rstrip(".")
        place_end = caps.start() + len(written)
        place = _normal_case(written)
        after = _AFTER.match(text, place_end, end)
        found = _dateline(text, place, caps.start(), place_end, after) if after is not None else None
        if found is None and (stopped := _STOPPED.match(text, place_end, end)) is not None:
            found = _dateline(text, place, caps.start(), place_end, stopped)
        return found
    title = _TITLE.match(text, start, end)
    if title is None:
        return None
    after = _AFTER.match(text, title.end(), end) or _STOPPED.match(text, title.end(), end)
    if after is None:
        return None
    groups = after.groupdict()
    written = groups.get("bracketed") or groups.get("slashed") or groups.get("agency")
    if written is not None and agency_known(written):
        return _dateline(text, title["title"], title.start(), title.end(), after)
    if after.re is _AFTER and groups.get("date") and not (groups.get("bracketed") or groups.get("slashed")):
        # ``Душанбе, 13 марта 2026 года –``: a known place, a date and a dash; no agency
        return _dateline(text, title["title"], title.start(), title.end(), after)
    return None


def outlet_named(written: str) -> str:
    """The outlet a name stands for by the ``agencies`` table (``The Associated Press`` is AP), else
    the name itself, folded."""
    return _key(_agency(written, inside=False) or "")


def agency_form(written: str) -> bool:
    """Whether ``written`` is, as a whole, a form of an agency's name the ``agencies`` table gives
    (``Кабар``, ``Trend``): the outlet, never a place."""
    return _key(written) in _agencies()


def agency_known(written: str) -> bool:
    """Whether ``written`` is an agency the table knows, or names an outlet (``Sputnik Кыргызстан``)."""
    name = " ".join(written.split()).strip(" .")
    return _key(name) in _agencies() or (len(name.split()) <= 3 and is_outlet_name(name))


def _dateline(text: str, place: str, place_start: int, place_end: int, m: re.Match[str]) -> Dateline | None:
    groups = m.groupdict()
    date = groups.get("date")
    if date is not None:
        first, rest = date.split(None, 1)
        month = (rest if first[:1].isdigit() else first).split()[0].lower().rstrip(".")
        if month not in _MONTH_WORDS:
            return None  # ``ASTANA, 3 tonnes``: not a date
    key = next((k for k in ("slashed", "bracketed", "agency") if groups.get(k)), None)
    agency = None
    a_start = a_end = end = m.end()
    if key == "agency" and not agency_known(m["agency"]):
        key = None  # ``ASTANA – President Tokayev said.``: a sentence, not an agency
        a_start = a_end = end = m.start("agency")
    if key is not None:
        a_start, a_end = m.span(key)
        while a_start < a_end and text[a_start].isspace():
            a_start += 1
        while a_end > a_start and text[a_end - 1] in " \t.":
            a_end -= 1
        agency = _agency(text[a_start:a_end], inside=key == "slashed")
    if agency is None and not (_known_place(place) and (date is not None or fold(place) in _cities())):
        # ``NATO – ...``, ``США – ...``, ``МИД РФ, 12 ноября – ...``: without an agency, a known
        # city, or a known place and a date, is needed to tell a dateline
        return None
    return Dateline(
        place=place,
        place_start=place_start,
        place_end=place_end,
        agency=agency,
        agency_start=a_start,
        agency_end=a_end,
        date_start=m.start("date") if date is not None else None,
        date_end=m.end("date") - date.endswith(".") if date is not None else None,
        end=end,
    )


def find_dateline(text: str, paragraphs: Sequence[Block]) -> Dateline | None:
    """The dateline at the start of the first or second paragraph, if there is one."""
    for block in paragraphs[:2]:
        found = _read(text, block)
        if found is not None:
            return found
    return None


def dateline_venue(article: Article) -> str | None:
    """The id of the venue the article's dateline names: where its events happen unless the text
    says otherwise (the default venue of an event that has none of its own)."""
    found = find_dateline(article.text, [Block(p.span.start, p.span.end) for p in article.paragraphs[:2]])
    if found is None:
        return None
    for venue in article.venues:
        if any(m.span.start < found.place_end and found.place_start < m.span.end for m in venue.mentions):
            return venue.id
    return None
