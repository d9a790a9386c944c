"""The quick paths of loading agree with the full checks: nothing is accepted that they refuse."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from samples import sample_article
from strategies import MODEL_STRATEGIES, articles, partial_dates

from eventkit import (
    SCHEMA_VERSION,
    Article,
    Mention,
    Paragraph,
    PartialDate,
    Span,
    ValidationError,
    from_dict,
    to_dict,
)
from eventkit import codec as _codec
from eventkit._checks import inline_structure

# Anything JSON may hold where a span offset or a mention text is expected.
_SCALARS = st.one_of(
    st.integers(-3, 40),
    st.integers(),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=6),
)


@st.composite
def _objects(draw: st.DrawFn, keys: dict[str, st.SearchStrategy[Any]]) -> Any:
    """A dict with some, all or none of ``keys`` (and maybe an unknown one), or a non-dict."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.one_of(_SCALARS, st.lists(st.integers(), max_size=2)))
    chosen = draw(st.lists(st.sampled_from(sorted(keys)), unique=True, max_size=len(keys)))
    value = {key: draw(keys[key]) for key in chosen}
    if draw(st.integers(0, 4)) == 0:
        value[draw(st.sampled_from(["start", "end", "text", "span", "x"]))] = draw(_SCALARS)
    return value


_SPAN_JSON = _objects({"start": _SCALARS, "end": _SCALARS})


@st.composite
def _near_mentions(draw: st.DrawFn) -> dict[str, Any]:
    """A mention whose span is as long as its text, or off by one, from a small start."""
    text = draw(st.text(max_size=4))
    start = draw(st.integers(-2, 3))
    end = start + len(text) + draw(st.sampled_from([0, 0, -1, 1]))
    return {"text": text, "span": {"start": start, "end": end}}


_MENTION_JSON = st.one_of(
    _objects({"text": _SCALARS, "span": st.one_of(_SPAN_JSON, _SCALARS)}), _near_mentions()
)


def _made(cls: type[Any], value: Any) -> Any:
    """What the constructors make of ``value`` given as keywords, or the error they raise."""
    try:
        if cls is Mention and type(value.get("span")) is dict:
            value = {**value, "span": Span(**value["span"])}
        return cls(**value)
    except (ValidationError, TypeError, AttributeError) as exc:
        return type(exc)


def _loaded(cls: type[Any], value: Any) -> Any:
    try:
        return from_dict({**value, "schema": SCHEMA_VERSION}, cls)
    except (ValidationError, TypeError) as exc:
        return type(exc)


@given(_SPAN_JSON)
def test_a_span_loads_exactly_when_it_can_be_built(value: Any) -> None:
    built = _made(Span, value)
    if type(value) is not dict:
        return
    loaded = _loaded(Span, value)
    if isinstance(built, Span):
        assert loaded == built
    else:
        assert loaded is ValidationError


@given(_MENTION_JSON)
def test_a_mention_loads_exactly_when_it_can_be_built(value: Any) -> None:
    if type(value) is not dict:
        return
    built = _made(Mention, value)
    loaded = _loaded(Mention, value)
    if isinstance(built, Mention):
        assert loaded == built
        assert type(loaded.span) is Span
    else:
        assert loaded is ValidationError


def test_bools_are_not_offsets() -> None:
    assert _loaded(Span, {"start": True, "end": 3}) is ValidationError
    assert _loaded(Mention, {"text": "a", "span": {"start": 0, "end": True}}) is ValidationError


# ------------------------------------------------------------------ whole-article checks

_REFERENCES = ("id", "speaker", "parent", "venue", "organization", "entity")


def _slots(obj: Any) -> list[tuple[Any, str]]:
    """Every (object, field) inside ``obj`` that the whole-article checks look at."""
    found: list[tuple[Any, str]] = []
    if attrs.has(type(obj)):
        for f in attrs.fields(type(obj)):
            value = getattr(obj, f.name)
            text_field = f.name == "text" and type(obj) is not Article
            if f.name in _REFERENCES or text_field or f.name in ("start", "end", "paragraph"):
                found.append((obj, f.name))
            found.extend(_slots(value))
    elif isinstance(obj, tuple):
        for item in obj:
            found.extend(_slots(item))
    return found


@given(articles(), st.data())
def test_the_quick_article_test_agrees_with_the_checks(article: Article, data: st.DataObject) -> None:
    slots = _slots(article)
    for _ in range(data.draw(st.integers(0, 2))):
        if not slots:
            break
        obj, name = data.draw(st.sampled_from(slots))
        if name in ("start", "end", "paragraph"):  # integer fields, ``paragraph`` even when None
            new: Any = data.draw(st.integers(-2, len(article.text) + 2))
        else:
            ids = [o.id for o, n in slots if n == "id"]
            new = data.draw(st.sampled_from([*ids, "zz", article.text[:3], "x"]))
        object.__setattr__(obj, name, new)
    if data.draw(st.booleans()):
        cut = data.draw(st.integers(0, len(article.text)))
        object.__setattr__(article, "text", article.text[:cut] + "#" + article.text[cut + 1 :])
    assert bool(article._valid()) == (not list(article._invariants()))


def test_parent_loops_fail_the_quick_article_test() -> None:
    article = sample_article()
    assert article._valid()
    venues = article.venues
    object.__setattr__(venues[0], "parent", venues[-1].id)
    assert not article._valid()
    assert list(article._invariants())


@given(st.lists(partial_dates(), min_size=1, max_size=6))
def test_dates_are_written_as_their_iso_text_however_often(dates: list[PartialDate]) -> None:
    for date in [*dates, *reversed(dates)]:
        assert to_dict(date)["date"] == date.isoformat()
        assert from_dict(to_dict(date), PartialDate) == date


# ------------------------------------------------------------ inline readers, in general

_INLINE = [cls for cls in MODEL_STRATEGIES if inline_structure(cls, {}, frozenset({PartialDate})) is not None]


def test_the_flat_classes_are_read_inline() -> None:
    assert {Span, Mention, Paragraph} <= set(_INLINE)
    assert Article not in _INLINE


def _leaves(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [here] if here else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _leaves(item, (*here, key))
    return found


@pytest.mark.parametrize("cls", _INLINE, ids=[c.__name__ for c in _INLINE])
def test_an_inline_reader_agrees_with_the_detailed_converter(cls: type) -> None:
    """JSON of a valid object with a value replaced, a key dropped or added: equal objects, or 2 refusals."""
    fast, detailed = _codec._converters()

    @given(MODEL_STRATEGIES[cls], st.data())
    def agree(obj: Any, data: st.DataObject) -> None:
        doc = to_dict(obj)
        del doc["schema"]
        path = data.draw(st.sampled_from(_leaves(doc)))
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        action = data.draw(st.sampled_from(["replace", "delete", "add", "keep"]))
        if action == "replace":
            parent[path[-1]] = data.draw(_SCALARS | st.just({}))
        elif action == "delete":
            del parent[path[-1]]
        elif action == "add":
            parent["extra"] = 1
        outcomes = []
        for converter in (fast, detailed):
            try:
                outcomes.append(converter.structure(doc, cls))
            except Exception:
                outcomes.append(None)
        assert outcomes[0] == outcomes[1]
        if action == "keep":
            assert outcomes[0] == obj

    agree()


@pytest.mark.parametrize("cls", list(MODEL_STRATEGIES), ids=[c.__name__ for c in MODEL_STRATEGIES])
def test_the_key_count_is_what_dumps_writes(cls: type) -> None:
    def keys(value: Any) -> int:
        if isinstance(value, dict):
            return len(value) + sum(keys(v) for v in value.values())
        if isinstance(value, list):
            return sum(keys(v) for v in value)
        return 0

    @given(MODEL_STRATEGIES[cls])
    def same(obj: Any) -> None:
        assert 1 + _codec._key_count(obj) == keys(to_dict(obj))

    same()
