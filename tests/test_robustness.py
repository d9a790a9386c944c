"""Inputs at the edges: dates near the ends of the calendar, ninjs values of the wrong JSON type,
a date header without its date. Each gives an article or a clear error, never a crash."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventkit import DateRange, ParseError, PartialDate, ValidationError, dumps, formats, loads, parse_article

_EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

_RELATIVE = [
    "вчера",
    "позавчера",
    "завтра",
    "послезавтра",
    "во вторник",
    "в воскресенье",
    "в прошлом году",
    "в следующем месяце",
    "31 декабря",
    "1 января",
    "с 30 декабря по 2 января",
    "25-го числа",
    "yesterday",
    "tomorrow",
    "on Tuesday",
    "next Monday",
    "next year",
    "last month",
    "December 31",
    "on the 31st",
]
_SENTENCES = [
    "Президент прибыл {}.",
    "Президент прибудет {}.",
    "The president arrived {}.",
    "He will come {}.",
]


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "0001", "9999-12"])
@pytest.mark.parametrize("expression", _RELATIVE)
def test_relative_dates_at_the_ends_of_the_calendar_resolve_inside_it_or_not_at_all(
    published: str, expression: str
) -> None:
    for sentence in _SENTENCES:
        text = sentence.format(expression)
        article = parse_article(text, published=published, entities=False)
        assert loads(dumps(article)) == article
        for mention in article.dates:  # whatever resolved is a real date; the rest is not reported
            assert mention.dates.start.earliest() >= dt.date.min
            assert mention.dates.end.latest() <= dt.date.max


def test_yesterday_of_the_first_day_is_not_reported() -> None:
    article = parse_article(" date 0001-01-01 Политика\n\nПрезидент прибыл вчера.", entities=False)
    assert article.published == PartialDate(year=1, month=1, day=1)
    assert article.dates == ()


def test_a_tuesday_after_the_last_day_is_not_reported_but_one_before_it_is() -> None:
    future = parse_article("Президент прибудет во вторник.", published="9999-12-31", entities=False)
    assert future.dates == ()
    past = parse_article("Президент прибыл во вторник.", published="9999-12-31", entities=False)
    assert [m.dates for m in past.dates] == [DateRange.single(PartialDate(year=9999, month=12, day=28))]


@settings(max_examples=60)
@given(
    published=st.one_of(
        st.dates(max_value=dt.date(1, 3, 1)), st.dates(min_value=dt.date(9999, 10, 1)), st.dates()
    ),
    expressions=st.lists(st.sampled_from(_RELATIVE), min_size=1, max_size=4),
)
def test_any_published_date_with_relative_dates_gives_an_article(
    published: dt.date, expressions: list[str]
) -> None:
    text = " ".join(_SENTENCES[i % len(_SENTENCES)].format(e) for i, e in enumerate(expressions))
    article = parse_article(text, published=published, entities=False)
    assert loads(dumps(article)) == article


@pytest.mark.parametrize(
    "text", [" date ", " date \n\nПрезидент прибыл.", " date Политика\n\nПрезидент прибыл.", "date\nText."]
)
def test_a_date_header_without_its_date_is_a_parse_error(text: str) -> None:
    with pytest.raises(ParseError, match="date header without its date") as caught:
        parse_article(text, entities=False)
    assert caught.value.line == 1


def test_a_text_beginning_with_the_word_date_is_not_a_header() -> None:
    article = parse_article("date night was a success, the minister said.", entities=False)
    assert article.published is None
    assert article.paragraphs[0].span.start == 0


# ------------------------------------------------------------------------ ninjs literals


def _ninjs() -> dict[str, Any]:
    text = (_EXAMPLES / "ru-state-visit.txt").read_text(encoding="utf-8")
    return formats.convert(parse_article(text, entities=False), "ninjs")[0]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = []
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in items:
        found.append((*path, key))
        found.extend(_paths(child, (*path, key)))
    return found


def test_the_sample_ninjs_has_event_literals() -> None:
    assert any(path[-1] == "literal" for path in _paths(_ninjs()))


@pytest.mark.parametrize("wrong", [[], ["state_visit"], {}, {"a": 1}, 5, 1.5, True, None])
def test_a_literal_of_the_wrong_type_is_a_validation_error_naming_it(wrong: Any) -> None:
    doc = _ninjs()
    literals = [path for path in _paths(doc) if path[-1] == "literal"]
    for path in literals:
        changed = copy.deepcopy(doc)
        parent = changed
        for key in path[:-1]:
            parent = parent[key]
        parent["literal"] = wrong
        with pytest.raises(ValidationError) as caught:
            formats.read_ninjs(changed)
        assert any(p.path.endswith(".literal") for p in caught.value.problems)


@settings(max_examples=40)
@given(st.data())
def test_any_ninjs_value_replaced_by_any_json_gives_an_article_or_a_validation_error(
    data: st.DataObject,
) -> None:
    doc = _ninjs()
    path = data.draw(st.sampled_from(_paths(doc)))
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
        max_leaves=6,
    )
    parent[path[-1]] = data.draw(json_values)
    try:
        article, _lost = formats.read_ninjs(doc)
    except ValidationError:
        return
    assert loads(dumps(article)) == article
