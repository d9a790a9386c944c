"""Date expressions in Russian and English text, resolved against the published date.

Grammar (``D`` a day number, ``M`` a month name, ``Y`` a four-digit year; ``[x]`` optional)::

    iso       := YYYY-MM-DD | DD.MM.YYYY                         -> that day
    days      := ["с"|"from"] D ("-"|"–"|"—"|"по"|"и"|"to") D M [Y] | M D "-" D [Y]
    span      := ["с"] D M ("-"|"–"|"по") D M [Y]                 -> a range of days
    day       := [weekday [","]] D M [Y] | [weekday ","] M D [","] [Y] | D M-abbreviation [Y]
    month     := ["в"|"in"|"for"] M [Y]                          -> a month
    year      := ["в"] Y ("году"|"года"|"год"|"г.") | "in" Y      -> a year
               | ("since"|"until"|"before"|"after"|"from") Y        -> the year alone
    years     := ["в"] Y "-" Y ("годах"|"годы"|"гг.")              -> a range of years
    part      := part-word (M [Y] | Y "года" | "года" | "следующего года" | "the year" | "next year" ...)
                 (part-word: "в конце", "к началу", "in late", "by the end of" ...; the ``period_parts``
                 table)                                             -> that month or year
    numbered  := D "-го числа" | "on the" D ("st"|"nd"|"rd"|"th") -> a day of the published month
    weekday   := ("в"|"во"|"on") weekday-name                    -> the nearest such day
    relative  := вчера | сегодня | завтра | накануне | на следующей неделе | yesterday | today | ...
                 | "в прошлом/этом/следующем году" | "last/this/next year" (and months) | "last/next week"

Rules of resolution, documented in ``docs/parsing.md``:

* A date without a year takes the year (the published one, or the one before or after) that
  puts it nearest the published date; in a past-tense clause a date more than a week after
  the published date counts as twice as far, and so does, in a future-tense clause, a date
  more than a week before it. So ``25 декабря`` in an article of 5 January is last December,
  ``15 января`` in one of 20 December is next January, and ``May 8-9`` in one of 14 March is
  this May, whatever the tense.
* A weekday is the nearest such day on or before the published date, or on or after it when
  the clause (or else the nearest tense word of its sentence) speaks of the future.
* ``накануне`` is the day before only when it stands alone (``накануне он заявил``); followed by
  a noun in the genitive (``накануне визита``) it means "on the eve of" and gives no date (a
  capitalised word in -ов / -ев is a family name, the subject: ``Накануне Лавров заявил``).
* Without a published date, expressions that name their year are resolved, and a day or month
  without one takes the year of the nearest full date the text writes before it (or else of
  its first one); a weekday is the one nearest that full date, before or after it (the
  next one in a future-tense clause); relative words need the published date. Nothing is ever
  invented: an expression that does not resolve is not reported.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import importlib
import re
from collections.abc import Sequence
from typing import Any

from ..errors import ValidationError
from ..lexicon import alternation, table
from ..model import DateMention, DateRange, PartialDate, Span
from ._sentences import clause_breaks, sentence_stops
from ._structure import Block
from ._words import factor_finder, folded, letters_of, nothing_to_find

__all__ = ["find_dates", "first_absolute_date"]


def _calendar(lang: str, unit: str) -> dict[int, tuple[str, ...]]:
    """Number → the forms of a month's or weekday's name in ``lang`` (the ``calendar`` table), in order."""
    out: dict[int, tuple[str, ...]] = {}
    for _, _, number, _, word in table("calendar").where(lang=lang, unit=unit):
        out[int(number)] = (*out.get(int(number), ()), word)
    return out


# nominative, genitive, prepositional, then the abbreviations; English: the full name, then its abbreviations
_RU_MONTHS = tuple(_calendar("ru", "month").values())
_EN_MONTHS = tuple(_calendar("en", "month").values())
_MONTH: dict[str, int] = {}
for _n, _forms in enumerate(_RU_MONTHS, 1):
    for _form in _forms:
        _MONTH[_form] = _n
for _n, _names in enumerate(_EN_MONTHS, 1):
    for _form in _names:
        _MONTH[_form] = _n


_RU_GEN = alternation([f[1] for f in _RU_MONTHS])
_RU_PREP = alternation([f[2] for f in _RU_MONTHS])
_RU_NOM = alternation([f[0] for f in _RU_MONTHS])
# ``3 мар``, as wire datelines write it
_RU_ABBR = alternation([f for forms in _RU_MONTHS for f in forms[3:]])
_EN_MON = (
    r"(?:"
    + alternation([f for forms in _EN_MONTHS for f in forms[1:]])
    + r")\.?|"
    + alternation([forms[0] for forms in _EN_MONTHS])
)
_RU_WEEKDAYS = {w: n for n, forms in _calendar("ru", "weekday").items() for w in forms}
_EN_WEEKDAYS = {w: n for n, forms in _calendar("en", "weekday").items() for w in forms}
RU_WEEKDAY = alternation(list(_RU_WEEKDAYS))
"""Any form of a Russian weekday's name, as one alternation (``среду`` after ``в``)."""
_EN_WD = alternation(list(_EN_WEEKDAYS))

_D = r"(?:0?[1-9]|[12][0-9]|3[01])"
_ORD = r"(?:st|nd|rd|th)?"
_RU_Y = r"(?P<y>[12][0-9]{3})(?:\s*(?:(?:года|год)(?!\w)|г\.))?"
_EN_Y = r"(?P<y>[12][0-9]{3})"
# "в сентябре прошлого года", "12-13 марта следующего года": a year told from the published one
_RU_RY_WORDS = "позапрошлого|прошлого|этого|текущего|нынешнего|следующего|будущего"
_RU_RY = rf"(?P<ry>{_RU_RY_WORDS})\s+года"
_RU_YEAR = rf"(?:{_RU_Y}|{_RU_RY})"
_DASH = r"\s*+(?:-|–|—)\s*+"  # white space taken whole: a dash and a long run of spaces were quadratic

_B = r"(?<![\w-])"  # a word starts here
_E = r"(?![\w])"  # a word ends here


def _parts(lang: str) -> str:
    """The words naming a part of a period in ``lang`` (the ``period_parts`` table), as one group."""
    return "(?:" + table("period_parts").pattern("pattern", lang=lang) + ")"


# A part of a period (``в конце``, ``in late``, ``by the end of``) before a month or a year names
# the period itself at its own precision; ``года`` / ``the year`` alone is the published year.
_RU_PART_OF = (
    rf"(?:(?P<m1>{_RU_GEN})(?:\s+{_RU_YEAR})?|(?P<ryb>{_RU_RY_WORDS})\s+года"
    rf"|(?P<yb>[12][0-9]{{3}})\s*(?:года(?!\w)|г\.)|(?P<cur>года)(?!\w))"
)
_EN_PART_OF = (
    rf"(?:(?P<m1>{_EN_MON})(?:,?\s+{_EN_Y})?{_E}|(?P<yb>[12][0-9]{{3}}){_E}(?!\s*(?:-|–))"
    rf"|(?:(?P<cur>the)|(?P<ery>last|this|next))\s+year{_E})"
)

# Each pattern has a kind (how to resolve it) and named groups d1, m1, d2, m2, y, wd, rel.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"{_B}(?P<y>[12][0-9]{{3}})-(?P<m1>[01][0-9])-(?P<d1>[0-3][0-9]){_E}")),
    ("iso", re.compile(rf"{_B}(?P<d1>[0-3]?[0-9])\.(?P<m1>[01]?[0-9])\.(?P<y>[12][0-9]{{3}}){_E}")),
    # Russian
    (
        "days",
        re.compile(
            rf"{_B}(?:с\s+)?(?P<d1>{_D})\s+(?P<m1>{_RU_GEN})(?:{_DASH}|\s+по\s+)"
            rf"(?P<d2>{_D})\s+(?P<m2>{_RU_GEN})(?:\s+{_RU_YEAR})?{_E}",
            re.IGNORECASE,
        ),
    ),
    (
        "days",
        re.compile(
            rf"{_B}(?:с\s+(?P<d1>{_D})\s+по|(?P<d1c>{_D})(?:{_DASH}|\s+и\s+))\s*(?P<d2>{_D})\s+(?P<m2>{_RU_GEN})"
            rf"(?:\s+{_RU_YEAR})?{_E}",
            re.IGNORECASE,
        ),
    ),
    (
        "day",
        re.compile(
            rf"{_B}(?:(?:в|во)\s+(?P<wd>{RU_WEEKDAY}),?\s+)?(?P<d1>{_D})\s+(?P<m1>{_RU_GEN})(?:\s+{_RU_YEAR})?{_E}",
            re.IGNORECASE,
        ),
    ),
    (
        "day",
        re.compile(rf"{_B}(?P<d1>{_D})\s+(?P<m1>{_RU_ABBR})(?:\.?\s+{_RU_Y})?{_E}", re.IGNORECASE),
    ),
    ("month", re.compile(rf"{_B}(?:в\s+)?(?P<m1>{_RU_PREP})(?:\s+{_RU_YEAR})?{_E}", re.IGNORECASE)),
    ("month", re.compile(rf"{_B}(?P<m1>{_RU_NOM})\s+{_RU_Y}{_E}", re.IGNORECASE)),
    # "намечен на апрель", "на март следующего года": the month a plan is for
    ("month", re.compile(rf"{_B}на\s+(?P<m1>{_RU_NOM})(?:\s+{_RU_YEAR})?{_E}", re.IGNORECASE)),
    (
        "years",
        re.compile(
            rf"{_B}(?:в\s+)?(?P<y>[12][0-9]{{3}}){_DASH}(?P<y2>[12][0-9]{{3}})\s+(?:годах|годы|гг\.?){_E}",
            re.IGNORECASE,
        ),
    ),
    (
        "year",
        re.compile(rf"{_B}(?:в\s+)?(?P<y>[12][0-9]{{3}})\s*(?:(?:году|года|год)(?!\w)|г\.)", re.IGNORECASE),
    ),
    ("part", re.compile(rf"{_B}{_parts('ru')}\s+{_RU_PART_OF}", re.IGNORECASE)),
    ("numbered", re.compile(rf"{_B}(?P<d1>{_D})-?го\s+числа{_E}", re.IGNORECASE)),
    ("weekday", re.compile(rf"{_B}(?:в|во)\s+(?P<wd>{RU_WEEKDAY}){_E}", re.IGNORECASE)),
    (
        "relative",
        re.compile(
            r"(?<![\w-])(?P<rel>позавчера|вчера|сегодня|послезавтра|завтра|накануне"
            r"|в\s+(?:прошлом|этом|текущем|нынешнем|следующем|будущем)\s+(?:году|месяце)"
            r"|на\s+(?:прошлой|этой|текущей|следующей|будущей)\s+неделе)(?!\w)",
            re.IGNORECASE,
        ),
    ),
    # English
    (
        "days",
        re.compile(
            rf"{_B}(?:from\s+)?(?P<m1>{_EN_MON})\s+(?P<d1>{_D}){_ORD}(?:{_DASH}|\s+(?:to|and|through)\s+)"
            rf"(?P<d2>{_D}){_ORD}(?:,?\s+{_EN_Y})?{_E}",
            re.IGNORECASE,
        ),
    ),
    (
        "days",
        re.compile(
            rf"{_B}(?:from\s+)?(?P<d1>{_D}){_ORD}(?:{_DASH}|\s+(?:to|and)\s+)(?P<d2>{_D}){_ORD}\s+(?P<m2>{_EN_MON})"
            rf"(?:,?\s+{_EN_Y})?{_E}",
            re.IGNORECASE,
        ),
    ),
    (
        "day",
        re.compile(
            rf"{_B}(?:(?:on\s+)?(?P<wd>{_EN_WD}),?\s+)?(?:(?P<m1>{_EN_MON})\s+(?P<d1>{_D}){_ORD}"
            rf"|(?:the\s+)?(?P<d1b>{_D}){_ORD}\s+(?:of\s+)?(?P<m1b>{_EN_MON}))(?:,?\s+{_EN_Y})?{_E}",
            re.IGNORECASE,
        ),
    ),
    (
        "month",
        re.compile(
            rf"{_B}(?:(?:in\s+|for\s+(?!(?:{_EN_MON})\.?\s+[0-9]))(?P<m1>{_EN_MON})(?:,?\s+{_EN_Y})?"
            rf"|(?P<m1b>{_EN_MON}),?\s+(?P<yb>[12][0-9]{{3}})){_E}",
            re.IGNORECASE,
        ),
    ),
    ("part", re.compile(rf"{_B}{_parts('en')}(?:\s+|(?<=-)){_EN_PART_OF}", re.IGNORECASE)),
    ("year", re.compile(rf"{_B}in\s+(?P<y>[12][0-9]{{3}}){_E}(?!\s*(?:-|–))", re.IGNORECASE)),
    # A bare year after a preposition of time: ``since 2021`` gives ``2021``.
    (
        "bare_year",
        re.compile(
            rf"\b(?:since|until|till|before|after|from|through)\s+(?P<y>(?:19|20)[0-9]{{2}}){_E}(?![.,][0-9])"
        ),
    ),
    ("weekday", re.compile(rf"{_B}(?:on\s+|last\s+|next\s+|this\s+)?(?P<wd>{_EN_WD}){_E}", re.IGNORECASE)),
    ("numbered", re.compile(rf"{_B}on\s+the\s+(?P<d1>{_D})(?:st|nd|rd|th){_E}(?!\s+of\b)", re.IGNORECASE)),
    (
        "relative",
        re.compile(
            r"(?<![\w-])(?P<rel>yesterday|today|tomorrow|(?:last|this|next)\s+(?:year|month)|(?:last|next)\s+week)(?!\w)",
            re.IGNORECASE,
        ),
    ),
]
# Each pattern's letters (None for the numeric ones): every pattern with a word spells one, so a
# block without any of its letters (a Russian block for an English pattern) is not searched.
_LETTERS = tuple(letters_of(pattern) for _, pattern in _PATTERNS)
_FACTORS = tuple(factor_finder(pattern) for _, pattern in _PATTERNS)  # month names, ``году``


def _needs_digit(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` holds a digit 0-9 (read from its parsed form): such a
    pattern is not run over a block without one. ``False`` when in doubt."""
    try:
        sre: Any = importlib.import_module("re._parser")  # its node kinds too
    except ImportError:  # pragma: no cover - a Python whose ``re`` is built otherwise
        return False

    def holds(items: Any) -> bool:  # a sequence: one of its items does
        return any(one(op, av) for op, av in items)

    def one(op: Any, av: Any) -> bool:
        if op is sre.LITERAL:
            return chr(av) in "0123456789"
        if op is sre.IN:  # a class of digits only: literals and ranges inside 0-9
            return all(
                (o is sre.LITERAL and chr(v) in "0123456789") or (o is sre.RANGE and 48 <= v[0] <= v[1] <= 57)
                for o, v in av
            )
        if op is sre.SUBPATTERN:
            return holds(av[3])
        if op is sre.ATOMIC_GROUP:
            return holds(av)
        if op is sre.BRANCH:
            return all(holds(branch) for branch in av[1])
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            return bool(av[0] >= 1 and holds(av[2]))
        return False  # an assertion, an anchor, a category: no digit of the match's own

    return holds(sre.parse(pattern.pattern, pattern.flags))


_DIGIT = re.compile("[0-9]")
_NEEDS_DIGIT = tuple(_needs_digit(pattern) for _, pattern in _PATTERNS)


def _tense_words(tense: str) -> str:
    """The words of one tense (the ``tense_words`` table) as one alternation."""
    return "|".join(r[2] for r in table("tense_words").where(tense=tense))


def _tense(tense: str) -> re.Pattern[str]:
    """The words of one tense as one whole-word pattern."""
    return re.compile(rf"(?<!\w)(?:{_tense_words(tense)})(?!\w)", re.IGNORECASE)


_FUTURE = _tense("future")
_PAST = _tense("past")
# "and" or "but" (и, но) straight before a tense word joins a second verb with its own tense
# ("held talks on Wednesday and will travel next week", "начался в среду и завершится в
# пятницу"): a date's tense stops there.
_VERB_JOIN = re.compile(
    rf"(?<!\w)(?:and|but|и|но)\s+(?=(?:{_tense_words('future')}|{_tense_words('past')})(?!\w))", re.IGNORECASE
)
# The word after ``накануне`` in the genitive: the "on the eve of" preposition, not a date.
_GENITIVE_NEXT = re.compile(r"\s+[а-яё-]+(?:а|я|ого|его|ых|их|ой|ей|ии|ы|и|ов|ев)(?!\w)", re.IGNORECASE)
_SURNAME_NEXT = re.compile(r"\s+[А-ЯЁ][а-яё]+(?:ов|ев|ёв)$")
# ``Накануне корейская делегация``: a feminine adjective in the nominative, no genitive
_NOMINATIVE_NEXT = re.compile(r"\s+[а-яё-]+(?:ая|яя)$", re.IGNORECASE)
# ``Накануне Цивилева принял президент``: a name, then a verb, its object before its subject
_NAME_THEN_VERB = re.compile(r"\s+[А-ЯЁ][а-яё]+\s+[а-яё]+(?:ла|ло|ли|л|лся|лась|лись|ет|ит|ют|ят|ут)(?!\w)")
_SHIFT_DAYS = 7
# English abbreviations (the ``abbreviation`` list) end no date's sentence: ``will visit St.
# Petersburg on Saturday`` is one sentence, in the future (Russian ones, ``в 2024 г.``, often end one)
_EN_ABBREVIATIONS = table("word_lists").words(lang="en", list="abbreviation")


class _Spans:
    """The matches of a pattern in a block, sorted: which lie before, after or inside a stretch.

    Sentence ends, clause edges and tense words do not overlap one another, and a date's
    sentence and clause are bounded by marks no match crosses, so the matches over the whole
    block are the matches a search inside the stretch would find.
    """

    def __init__(self, found: list[tuple[int, int]]) -> None:
        self.starts = [a for a, _ in found]
        self.ends = [b for _, b in found]

    def last_end(self, start: int, end: int) -> int | None:
        """The end of the last match lying inside ``[start, end)``."""
        i = bisect.bisect_right(self.ends, end) - 1
        return self.ends[i] if i >= 0 and self.starts[i] >= start else None

    def first(self, start: int, end: int) -> tuple[int, int] | None:
        """The first match lying inside ``[start, end)``."""
        i = bisect.bisect_left(self.starts, start)
        if i < len(self.starts) and self.ends[i] <= end:
            return self.starts[i], self.ends[i]
        return None


class _Tenses:
    """The tense of a date's clause or sentence, asked of patterns matched once per block."""

    def __init__(self, text: str, block: Block) -> None:
        self.text = text
        self.block = block
        # any stop before white space but an English abbreviation's ends a date's sentence here;
        # clauses break at every comma
        stops = sentence_stops(text, block.start, block.end, capital=False, abbreviations=_EN_ABBREVIATIONS)
        self.stops = _Spans(stops)
        self.edges = _Spans(clause_breaks(text, block.start, block.end, fine=True))
        self.future = _Spans([m.span() for m in _FUTURE.finditer(text, block.start, block.end)])
        self.past = _Spans([m.span() for m in _PAST.finditer(text, block.start, block.end)])
        self.joins = _Spans([m.span() for m in _VERB_JOIN.finditer(text, block.start, block.end)])

    def tense(self, start: int, end: int) -> str:
        if self.future.first(start, end) is not None:
            return "future"
        if self.past.first(start, end) is not None:
            return "past"
        return "none"

    def around(self, start: int, end: int) -> str:
        """The tense of the clause around ``[start, end)``, or else of its sentence."""
        left, right = self.sentence(start, end)
        clause_start = self.edges.last_end(left, start)
        if clause_start is None:
            clause_start = left
        stop = self.edges.first(end, right)
        clause_end = stop[0] if stop else right
        joined = self.joins.last_end(clause_start, start)
        if joined is not None:
            clause_start = joined
        join = self.joins.first(end, clause_end)
        if join is not None:
            clause_end = join[0]
        tense = self.tense(clause_start, clause_end)
        return tense if tense != "none" else self.nearest(left, right, start, end)

    def nearest(self, left: int, right: int, start: int, end: int) -> str:
        """The tense of the sentence's tense word nearest to ``[start, end)`` (``spoke ... on
        Thursday to explain it, and the two agreed that the visit would take place``: past)."""
        found = []
        for tense, spans in (("future", self.future), ("past", self.past)):
            before = spans.last_end(left, start)
            if before is not None:
                found.append((start - before, tense))
            after = spans.first(end, right)
            if after is not None:
                found.append((after[0] - end, tense))
        return min(found)[1] if found else "none"

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around ``[start, end)``: after the last stop before it, to the next one."""
        text, block = self.text, self.block
        if start > block.start and text[start - 1] in ".!?…":
            left = start  # a stop right before the date ends a sentence there too
        else:
            found = self.stops.last_end(block.start, start)
            left = found if found is not None else block.start
        stop = self.stops.first(end, block.end)
        return left, stop[1] if stop else block.end


def _month(value: str) -> int:
    return _MONTH[value.lower().rstrip(".")]


def _with_year(
    month: int, day: int | None, year: int | None, published: PartialDate | None, tense: str
) -> PartialDate | None:
    """A day or month without a year: the year that puts it nearest the published date.

    The candidates are the published year and the years either side; a date on the wrong side
    of the published date for the tense (after it in a past-tense clause, before it in a
    future-tense one) by more than a week counts as twice as far. A month without a day in a
    future-tense clause (``саммит состоится в декабре``) is the next such month, this one included.
    """
    if year is not None:
        return PartialDate(year=year, month=month, day=day)
    if published is None:
        return None
    pub = published.earliest() if published.day is not None else None
    if pub is None:
        return PartialDate(year=published.year, month=month, day=day)
    if tense == "future" and day is None:
        return PartialDate(year=pub.year + (month < pub.month), month=month)
    best: tuple[int, PartialDate] | None = None
    for candidate_year in (published.year, published.year - 1, published.year + 1):
        try:
            date = PartialDate(year=candidate_year, month=month, day=day)
        except ValidationError:
            continue  # 29 February of a common year
        if date.earliest() > pub:
            distance = (date.earliest() - pub).days
            if tense == "past" and distance > _SHIFT_DAYS:
                distance *= 2
        elif date.latest() < pub:
            distance = (pub - date.latest()).days
            if tense == "future" and distance > _SHIFT_DAYS:
                distance *= 2
        else:
            distance = 0
        if best is None or distance < best[0]:
            best = (distance, date)
    return best[1] if best else None


def _day(published: PartialDate | None, delta: int) -> PartialDate | None:
    if published is None or published.day is None:
        return None
    return PartialDate.from_date(published.earliest() + _dt.timedelta(days=delta))


def _weekday(published: PartialDate | None, weekday: int, tense: str, word: str) -> PartialDate | None:
    if published is None or published.day is None:
        return None
    pub = published.earliest()
    word = word.lower()
    if tense == "nearest":  # a day of a week around a date of the text itself: before or after it
        delta = (weekday - pub.weekday()) % 7
        if delta > 3:
            delta -= 7
    elif tense == "future" or word.startswith("next"):
        delta = (weekday - pub.weekday()) % 7
        if word.startswith("next") and delta == 0:
            delta = 7
    else:
        delta = -((pub.weekday() - weekday) % 7)
    return PartialDate.from_date(pub + _dt.timedelta(days=delta))


def _relative(rel: str, published: PartialDate | None) -> DateRange | None:
    rel = " ".join(rel.lower().split())
    days = {"позавчера": -2, "вчера": -1, "накануне": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}
    days.update({"yesterday": -1, "today": 0, "tomorrow": 1})
    if rel in days:
        date = _day(published, days[rel])
        return DateRange.single(date) if date else None
    if published is None:
        return None
    shift = 0
    if any(w in rel for w in ("прошлом", "прошлой", "last")):
        shift = -1
    elif any(w in rel for w in ("следующем", "будущем", "следующей", "будущей", "next")):
        shift = 1
    if "недел" in rel or "week" in rel:  # "на следующей неделе": that week's days, Monday to Sunday
        if published.day is None:
            return None
        pub = published.earliest()
        monday = pub - _dt.timedelta(days=pub.weekday()) + _dt.timedelta(days=7 * shift)
        return DateRange(
            start=PartialDate.from_date(monday),
            end=PartialDate.from_date(monday + _dt.timedelta(days=6)),
        )
    if "год" in rel or "year" in rel:
        return DateRange.single(PartialDate(year=published.year + shift))
    if published.month is None:
        return None
    month = published.month + shift
    year = published.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return DateRange.single(PartialDate(year=year, month=month))


def _resolve(kind: str, m: re.Match[str], published: PartialDate | None, tense: str) -> DateRange | None:
    g = m.groupdict()
    year_text = g.get("y") or g.get("yb")
    year = int(year_text) if year_text else None
    told = g.get("ry") or g.get("ryb") or g.get("ery")  # a year told from the published one
    if told and published is not None:
        year = published.year + _YEAR_SHIFT[told.lower()]
    if kind == "iso":
        return DateRange.single(PartialDate(year=int(g["y"]), month=int(g["m1"]), day=int(g["d1"])))
    if kind == "days":
        d1 = g.get("d1") or g.get("d1b") or g.get("d1c")
        m2 = _month(g.get("m2") or g["m1"])
        m1 = _month(g["m1"]) if g.get("m1") else m2
        if d1 is None:
            return None
        end = _with_year(m2, int(g["d2"]), year, published, tense)
        if end is None:
            return None
        start_year = end.year - 1 if m1 > m2 else end.year
        return DateRange(start=PartialDate(year=start_year, month=m1, day=int(d1)), end=end)
    if kind == "day":
        d1 = g.get("d1") or g.get("d1b")
        mon = g.get("m1") or g.get("m1b")
        if d1 is None or mon is None:
            return None
        date = _with_year(_month(mon), int(d1), year, published, tense)
        return DateRange.single(date) if date else None
    if kind == "month" or (kind == "part" and g.get("m1")):
        # a part of a month (``в конце октября``) is that month
        date = _with_year(_month(g.get("m1") or g["m1b"]), None, year, published, tense)
        return DateRange.single(date) if date else None
    if kind == "part":
        # a part of a year (``в начале следующего года``) is that year; ``года`` alone the published one
        if year is None and g.get("cur") and published is not None:
            year = published.year
        return DateRange.single(PartialDate(year=year)) if year is not None else None
    if kind in ("year", "bare_year"):
        return DateRange.single(PartialDate(year=int(g["y"])))
    if kind == "years":
        return DateRange(start=PartialDate(year=int(g["y"])), end=PartialDate(year=int(g["y2"])))
    if kind == "numbered":
        if published is None or published.month is None:
            return None
        day = int(g["d1"])
        year, month = published.year, published.month
        if published.day is not None:
            if tense == "past" and day > published.day:
                month -= 1
            elif tense == "future" and day < published.day:
                month += 1
            year += (month - 1) // 12
            month = (month - 1) % 12 + 1
        return DateRange.single(PartialDate(year=year, month=month, day=day))
    if kind == "weekday":
        wd = g["wd"].lower()
        number = _RU_WEEKDAYS.get(wd, _EN_WEEKDAYS.get(wd))
        if number is None:
            return None
        date = _weekday(published, number, tense, m.group().lower())
        return DateRange.single(date) if date else None
    if kind == "relative":
        return _relative(g["rel"], published)
    return None  # pragma: no cover - every kind is handled above


_YEAR_SHIFT = {
    "позапрошлого": -2,
    "прошлого": -1,
    "этого": 0,
    "текущего": 0,
    "нынешнего": 0,
    "следующего": 1,
    "будущего": 1,
    "last": -1,
    "this": 0,
    "next": 1,
}
_NAME_GROUPS = ("m1", "m1b", "m2", "wd")
_LATIN = re.compile(r"[A-Za-z]")


def _names_capitalised(m: re.Match[str]) -> bool:
    """English month and weekday names are written with a capital: ``may`` and ``march`` are verbs."""
    for name in _NAME_GROUPS:
        value = m.groupdict().get(name)
        if value and _LATIN.match(value) and not value[0].isupper():
            return False
    return True


def _is_eve_of(text: str, m: re.Match[str], end: int) -> bool:
    if m.group().lower() != "накануне":
        return False
    after = _GENITIVE_NEXT.match(text, m.end(), end)
    # ``Накануне Бектенов встретился``: a capitalised word in -ов / -ев is a family name, the subject
    return (
        after is not None
        and _SURNAME_NEXT.match(after.group()) is None
        and _NOMINATIVE_NEXT.match(after.group()) is None
        and _NAME_THEN_VERB.match(text, m.end(), end) is None
    )


_YEARLESS = frozenset({"days", "day", "month"})  # the kinds that may leave their year out


def find_dates(text: str, blocks: Sequence[Block], published: PartialDate | None) -> list[DateMention]:
    """Every date expression inside ``blocks`` that resolves, longest match first, in text order.

    Without a published date, a day or month that leaves its year out takes the year of the
    nearest full date (day, month and year) written before it, or else of the first one after
    it (``3 июля 2020 года ... 27 июня``: 27 June 2020); with no full date in the text it does
    not resolve. A weekday is the one nearest that full date, before or after it
    (``14 октября 2019 года ... во вторник``: 15 October), or in a future-tense clause the next.
    """
    found = _find_dates(text, blocks, published, [])
    if published is not None:
        return found
    anchors = [
        (d.span.start, d.dates.start)
        for d in found
        if d.dates.start == d.dates.end and d.dates.start.day is not None
    ]
    return _find_dates(text, blocks, None, anchors) if anchors else found


def _anchor(anchors: Sequence[tuple[int, PartialDate]], pos: int) -> PartialDate:
    """The last full date before ``pos``, or else the first one."""
    i = bisect.bisect_right(anchors, pos, key=lambda anchor: anchor[0])
    return anchors[i - 1][1] if i else anchors[0][1]


def _find_dates(
    text: str,
    blocks: Sequence[Block],
    published: PartialDate | None,
    anchors: Sequence[tuple[int, PartialDate]],
) -> list[DateMention]:
    found: list[DateMention] = []
    fold = folded(text)
    for block in blocks:
        tenses: _Tenses | None = None  # read once a block has a date to resolve
        candidates: list[tuple[int, int, str, re.Match[str]]] = []
        digits = _DIGIT.search(text, block.start, block.end) is not None
        for (kind, pattern), letters, factors, needs_digit in zip(
            _PATTERNS, _LETTERS, _FACTORS, _NEEDS_DIGIT, strict=True
        ):
            if needs_digit and not digits:
                continue  # a day, a year: nothing to find in a block without a digit
            if nothing_to_find(text, fold, block.start, block.end, factors, letters):
                continue  # none of its words: a month's name, an English pattern in a Russian block
            for m in pattern.finditer(text, block.start, block.end):
                if kind == "bare_year":
                    candidates.append((m.start("y"), -(m.end("y") - m.start("y")), kind, m))
                elif (
                    m.end() > m.start()
                    and _names_capitalised(m)
                    and not (kind == "relative" and _is_eve_of(text, m, block.end))
                ):
                    candidates.append((m.start(), -(m.end() - m.start()), kind, m))
        candidates.sort(key=lambda c: (c[0], c[1]))
        taken_until = block.start
        for start, _, kind, m in candidates:
            if start < taken_until:
                continue
            if tenses is None:
                tenses = _Tenses(text, block)
            tense = tenses.around(m.start(), m.end())
            reference = published
            if reference is None and anchors and (kind in _YEARLESS or (kind == "part" and m.group("m1"))):
                reference = PartialDate(year=_anchor(anchors, start).year)
            elif reference is None and anchors and kind == "weekday":
                # a weekday near a date the text writes: the nearest such day, or in a
                # future-tense clause the next one
                reference = _anchor(anchors, start)
                tense = tense if tense == "future" else "nearest"
            try:
                dates = _resolve(kind, m, reference, tense)
            except (ValidationError, OverflowError):  # no such date, or one beyond year 1 or 9999
                dates = None
            if dates is None:
                continue
            end = m.end("y") if kind == "bare_year" else m.end()
            found.append(DateMention(text=text[start:end], span=Span(start=start, end=end), dates=dates))
            taken_until = end
    return found


def first_absolute_date(line: str) -> PartialDate | None:
    """The first date in ``line`` that names its year (a date-and-time line at a page's top)."""
    for mention in _find_dates(line, [Block(0, len(line))], None, []):  # no year lent to another
        if mention.dates.start == mention.dates.end and mention.dates.start.day is not None:
            return mention.dates.start
    return None
