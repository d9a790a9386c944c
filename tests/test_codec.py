"""The JSON codec: lossless, deterministic round trips; strict loading with every problem reported."""

from __future__ import annotations

import copy
import gc
import io
from collections.abc import Iterator
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st
from samples import sample_article
from strategies import MODEL_STRATEGIES, articles

import eventkit
from eventkit import (
    SCHEMA_VERSION,
    Article,
    Coordinates,
    PartialDate,
    Person,
    Problem,
    Span,
    ValidationError,
    dumps,
    from_dict,
    iter_jsonl,
    loads,
    to_dict,
    write_jsonl,
)

CLASSES = list(MODEL_STRATEGIES)


def error_of(data: Any, type: type = Article) -> str:
    """The message of the ValidationError that loading ``data`` (bytes or a dict) raises."""
    raw = data if isinstance(data, bytes | str) else orjson.dumps(data)
    with pytest.raises(ValidationError) as info:
        loads(raw, type)
    return str(info.value)


@pytest.fixture
def doc() -> dict[str, Any]:
    """The sample article as a JSON-ready dict, to be spoiled by a test."""
    return to_dict(sample_article())


# ------------------------------------------------------------------------ round trips


@pytest.mark.parametrize("cls", CLASSES, ids=[c.__name__ for c in CLASSES])
def test_every_class_round_trips(cls: type) -> None:
    @given(MODEL_STRATEGIES[cls])
    def round_trip(obj: Any) -> None:
        data = dumps(obj)
        again = loads(data, cls)
        assert again == obj
        assert type(again) is cls
        assert dumps(again) == data
        assert from_dict(to_dict(obj), cls) == obj

    round_trip()


@given(articles())
def test_to_dict_is_exactly_what_dumps_writes(article: Article) -> None:
    as_dict = to_dict(article)
    assert orjson.loads(dumps(article)) == as_dict
    assert orjson.dumps(as_dict) == dumps(article)
    assert next(iter(as_dict)) == "schema"
    assert as_dict["schema"] == SCHEMA_VERSION


@given(articles())
def test_dumps_is_deterministic(article: Article) -> None:
    # An equal object built separately (not the same instance) gives the same bytes.
    rebuilt = from_dict(copy.deepcopy(to_dict(article)))
    assert rebuilt is not article
    assert dumps(rebuilt) == dumps(article)


def test_sample_article_document() -> None:
    article = sample_article()
    data = dumps(article)
    assert data.startswith(b'{"schema":"eventkit/2","id":"a1","url":null,"text":"Lavrov meets')
    assert b'"published":"2025-11-10"' in data
    assert b'"kind":"state_visit","status":"scheduled"' in data
    assert b'"dates":{"start":"2025-11","end":"2025-12"}' in data
    assert "Маршрут Север — Юг".encode() in data  # UTF-8, not \u escapes
    assert loads(data) == article
    assert loads(data.decode()) == article
    assert loads(bytearray(data)) == article
    assert loads(memoryview(data)) == article


def test_partial_date_document() -> None:
    date = PartialDate(year=2025, month=11)
    assert dumps(date) == b'{"schema":"eventkit/2","date":"2025-11"}'
    assert loads(dumps(date), PartialDate) == date
    assert error_of(b'{"schema":"eventkit/1","date":"2025-02-30"}', PartialDate) == (
        "$.date: '2025-02-30': must be between 1 and 28 in 2025-02, got 30"
    )
    assert error_of(b'{"schema":"eventkit/1","day":"2025","when":1}', PartialDate) == (
        "3 problems:\n  $.day: unknown key\n  $.when: unknown key\n  $.date: required key is missing"
    )


def test_floats_and_ints_of_a_number_field() -> None:
    assert loads(b'{"schema":"eventkit/1","latitude":55,"longitude":37.5}', Coordinates) == Coordinates(
        latitude=55.0, longitude=37.5
    )


# ------------------------------------------------------------------------- versions


def test_every_document_carries_its_version(doc: dict[str, Any]) -> None:
    del doc["schema"]
    assert (
        error_of(doc) == "$.schema: missing key 'schema' (this eventkit reads 'eventkit/1' and 'eventkit/2')"
    )


@pytest.mark.parametrize("version", ["eventkit/3", "eventkit/0", "eventkit/1 ", "", None, 1, 2.0])
def test_unknown_versions_are_refused(doc: dict[str, Any], version: Any) -> None:
    doc["schema"] = version
    reads = "this eventkit reads 'eventkit/1' and 'eventkit/2'"
    assert error_of(doc) == f"$.schema: unsupported format version {version!r} ({reads})"


# ------------------------------------------------------------------------ strictness


def test_no_coercion_of_strings_to_numbers(doc: dict[str, Any]) -> None:
    doc["quotes"][1]["paragraph"] = "2"
    assert error_of(doc) == "$.quotes[1].paragraph: expected an integer, got a string"


def test_no_coercion_of_numbers_to_strings(doc: dict[str, Any]) -> None:
    doc["persons"][0]["name"] = 1
    assert error_of(doc) == "$.persons[0].name: expected a string, got an integer"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, "expected an integer, got a boolean"),
        (2.0, "expected an integer, got a number"),
        (None, "expected an integer, got null"),
        ([1], "expected an integer, got an array"),
        ({"n": 1}, "expected an integer, got an object"),
    ],
)
def test_integers_are_integers(doc: dict[str, Any], value: Any, message: str) -> None:
    doc["quotes"][0]["span"]["start"] = value
    assert error_of(doc) == f"$.quotes[0].span.start: {message}"


def test_numbers_are_numbers(doc: dict[str, Any]) -> None:
    doc["venues"][1]["coordinates"]["latitude"] = "55.7"
    doc["venues"][1]["coordinates"]["longitude"] = False
    assert error_of(doc) == (
        "2 problems:\n"
        "  $.venues[1].coordinates.latitude: expected a number, got a string\n"
        "  $.venues[1].coordinates.longitude: expected a number, got a boolean"
    )


@pytest.mark.parametrize(
    ("literal", "message"),
    [
        (b"NaN", "column 35: unexpected character, expected a JSON value"),
        (b"Infinity", "column 35: unexpected character, expected a JSON value"),
        (b"-Infinity", "column 36: no digit after sign"),
        (b"1e400", "column 35: number is infinity when parsed as double"),
    ],
)
def test_nan_and_infinity_are_refused(literal: bytes, message: str) -> None:
    data = b'{"schema":"eventkit/1","latitude":' + literal + b',"longitude":0.0}'
    assert error_of(data, Coordinates) == f"$: malformed JSON at line 1, {message}"


def test_unknown_keys_are_errors(doc: dict[str, Any]) -> None:
    doc["persons"][0]["nickname"] = "Сергей"
    doc["events"][1]["plover"] = {"event": "CONSULT", "mood": "warm"}
    doc["extra"] = 1
    assert error_of(doc) == (
        "3 problems:\n"
        "  $.persons[0].nickname: unknown key\n"
        "  $.events[1].plover.mood: unknown key\n"
        "  $.extra: unknown key"
    )


def test_enums_take_their_values_only(doc: dict[str, Any]) -> None:
    doc["quotes"][0]["kind"] = "DIRECT"
    doc["events"][0]["status"] = ["occurred"]
    assert error_of(doc) == (
        "2 problems:\n"
        "  $.quotes[0].kind: expected one of 'direct', 'indirect', 'mixed', got 'DIRECT'\n"
        "  $.events[0].status: expected one of 'scheduled', 'occurred', 'cancelled', 'postponed', "
        "got ['occurred']"
    )


def test_dates_are_strings_of_a_valid_date(doc: dict[str, Any]) -> None:
    doc["published"] = 2025
    doc["events"][0]["dates"]["start"] = "2025-11-31"
    doc["events"][1]["dates"]["end"] = "11.12.2025"
    assert error_of(doc) == (
        "3 problems:\n"
        "  $.published: expected a date string (YYYY, YYYY-MM or YYYY-MM-DD), got an integer\n"
        "  $.events[0].dates.start: '2025-11-31': must be between 1 and 30 in 2025-11, got 31\n"
        "  $.events[1].dates.end: expected YYYY, YYYY-MM or YYYY-MM-DD, got '11.12.2025'"
    )


def test_missing_and_misshapen_values(doc: dict[str, Any]) -> None:
    del doc["id"]
    doc["paragraphs"] = {"0": doc["paragraphs"][0]}
    doc["quotes"] = [1, {"id": "q3"}]
    assert error_of(doc) == (
        "6 problems:\n"
        "  $.id: required key is missing\n"
        "  $.paragraphs: expected an array, got an object\n"
        "  $.quotes[0]: expected an object, got an integer\n"
        "  $.quotes[1].text: required key is missing\n"
        "  $.quotes[1].kind: required key is missing\n"
        "  $.quotes[1].span: required key is missing"
    )


def test_references_are_checked_at_load(doc: dict[str, Any]) -> None:
    doc["quotes"][1]["speaker"] = "p9"
    doc["events"][0]["participants"][0]["entity"] = "q1"
    assert error_of(doc) == (
        "2 problems:\n"
        "  $.quotes[1].speaker: unknown person id 'p9'\n"
        "  $.events[0].participants[0].entity: unknown person or organization id 'q1'"
    )


def test_spans_are_checked_at_load(doc: dict[str, Any]) -> None:
    doc["text"] = doc["text"][:100]
    assert error_of(doc) == (
        "11 problems:\n"
        "  $.lead.span: ends at 200, after the end of the text (100)\n"
        "  $.paragraphs[0].span: ends at 200, after the end of the text (100)\n"
        "  $.paragraphs[1].span: ends at 255, after the end of the text (100)\n"
        "  $.info_sources[0].span: ends at 199, after the end of the text (100)\n"
        "  $.media_credits[0].span: ends at 281, after the end of the text (100)\n"
        "  $.dates[0].span: ends at 115, after the end of the text (100)\n"
        "  $.persons[0].mentions[1].span: ends at 184, after the end of the text (100)\n"
        "  $.persons[1].mentions[1].span: ends at 254, after the end of the text (100)\n"
        "  $.quotes[0].span: ends at 176, after the end of the text (100)\n"
        "  $.quotes[1].span: ends at 237, after the end of the text (100)\n"
        "  $.events[1].evidence[0].span: ends at 175, after the end of the text (100)"
    )


def test_values_are_checked_at_load(doc: dict[str, Any]) -> None:
    doc["persons"][1]["id"] = "p 2"
    doc["venues"][0]["country"] = "RUS"
    doc["venues"][1]["coordinates"] = {"latitude": 95.5, "longitude": 37.6}
    assert error_of(doc) == (
        "5 problems:\n"
        "  $.persons[1].id: 'p 2' is not an id (1-64 letters, digits, '_', '.', ':' or '-', "
        "starting with a letter or digit)\n"
        "  $.venues[0].country: expected an ISO 3166-1 alpha-2 code such as 'RU', got 'RUS'\n"
        "  $.venues[1].coordinates.latitude: must be between -90 and 90, got 95.5\n"
        # No person has the id 'p2' any more: those who named it now point at nobody.
        "  $.quotes[1].speaker: unknown person id 'p2'\n"
        "  $.events[0].participants[1].entity: unknown person or organization id 'p2'"
    )


def test_article_checks_run_beside_broken_parts(doc: dict[str, Any]) -> None:
    """A broken part does not hide the article's own problems (language, references, spans)."""
    doc["language"] = "Russian"
    doc["quotes"][0]["speaker"] = "p9"
    doc["persons"][1]["name"] = ""
    assert error_of(doc) == (
        "3 problems:\n"
        "  $.persons[1].name: must not be empty\n"
        "  $.language: 'Russian' is not a BCP 47 language tag\n"
        "  $.quotes[0].speaker: unknown person id 'p9'"
    )


def test_paths_beside_broken_items_are_the_documents(doc: dict[str, Any]) -> None:
    doc["persons"].insert(0, 7)  # the persons are now at 1 and 2
    doc["persons"][1]["roles"] = [{"title": 5}]
    doc["venues"][0]["id"] = "p1"
    doc["quotes"][0]["paragraph"] = "0"
    doc["quotes"][1]["speaker"] = "p9"
    assert error_of(doc) == (
        "6 problems:\n"
        "  $.persons[0]: expected an object, got an integer\n"
        "  $.persons[1].roles[0].title: expected a string, got an integer\n"
        "  $.quotes[0].paragraph: expected an integer, got a string\n"
        "  $.venues[0].id: duplicate id 'p1' (first at $.persons[1].id)\n"
        "  $.venues[1].parent: unknown venue id 'v1'\n"
        "  $.quotes[1].speaker: unknown person id 'p9'"
    )


def test_a_broken_item_is_still_there_for_references(doc: dict[str, Any]) -> None:
    """A person with a problem of its own is not also reported as missing where it is named."""
    doc["persons"][0]["name"] = " "
    doc["venues"][1]["kind"] = "metropolis"
    assert error_of(doc) == (
        "2 problems:\n"
        "  $.persons[0].name: must not be empty\n"
        "  $.venues[1].kind: expected one of 'country', 'region', 'city', 'district', 'station', 'park', "
        "'building', 'other', got 'metropolis'"
    )


@given(articles(), st.data())
def test_every_problem_is_listed(article: Article, data: st.DataObject) -> None:
    """Broken names, unknown speakers and stray keys, anywhere and together: each one is listed."""
    doc = to_dict(article)
    expected = set()
    for i in data.draw(st.sets(st.integers(0, len(article.persons) - 1))) if article.persons else ():
        doc["persons"][i]["name"] = 5
        expected.add(f"$.persons[{i}].name: expected a string, got an integer")
    for i in data.draw(st.sets(st.integers(0, len(article.quotes) - 1))) if article.quotes else ():
        doc["quotes"][i]["speaker"] = "no one"  # not an id, so no generated person has it
        expected.add(f"$.quotes[{i}].speaker: unknown person id 'no one'")
    for i in data.draw(st.sets(st.integers(0, len(article.venues) - 1))) if article.venues else ():
        doc["venues"][i]["altitude"] = 120
        expected.add(f"$.venues[{i}].altitude: unknown key")
    if not expected:
        assert loads(orjson.dumps(doc)) == article
        return
    with pytest.raises(ValidationError) as info:
        loads(orjson.dumps(doc))
    assert {str(p) for p in info.value.problems} == expected
    assert len(info.value.problems) == len(expected)


def test_without_its_text_an_article_reports_the_text_only(doc: dict[str, Any]) -> None:
    doc["text"] = 5
    doc["quotes"][1]["speaker"] = "p9"
    assert error_of(doc) == "$.text: expected a string, got an integer"


# -------------------------------------------------------------------- malformed JSON


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "$: malformed JSON at line 1, column 1: Input is a zero-length, empty document"),
        (
            b'{"schema": "eventkit/1",\n "id": "a1",,}',
            "$: malformed JSON at line 2, column 13: unexpected character, expected a string key",
        ),
        (
            b'{"schema": "eventkit/1", "id": "a1"',
            "$: malformed JSON at line 1, column 36: unexpected end of data",
        ),
        (b'{"id": "a1"} x', "$: malformed JSON at line 1, column 14: unexpected content after document"),
        (b"\xff", "$: malformed JSON at line 1, column 1: str is not valid UTF-8: surrogates not allowed"),
    ],
)
def test_malformed_json_names_line_and_column(data: bytes, message: str) -> None:
    assert error_of(data) == message


def test_not_an_object_at_the_top() -> None:
    assert error_of(b"[1, 2]") == "$: expected an object, got an array"
    assert error_of(b'"eventkit/1"') == "$: expected an object, got a string"
    with pytest.raises(ValidationError, match=r"^\$: expected JSON bytes or str, got int$"):
        loads(12)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"^\$: expected an object, got an array$"):
        from_dict([])
    with pytest.raises(ValidationError, match=r"^\$.persons: expected an array, got a tuple$"):
        from_dict({"schema": "eventkit/1", "id": "a1", "persons": ()})


def test_dumps_names_what_json_cannot_carry() -> None:
    person = Person(id="p1", name="A\ud800B", aliases=("Лавров", "\udfff"))
    with pytest.raises(ValidationError) as info:
        dumps(person)
    assert str(info.value) == (
        "2 problems:\n"
        "  $.name: cannot be written as JSON: a lone surrogate '\\ud800' at character 1\n"
        "  $.aliases[1]: cannot be written as JSON: a lone surrogate '\\udfff' at character 0"
    )
    with pytest.raises(ValidationError) as info:
        dumps(Span(start=0, end=2**64))
    assert str(info.value) == "$.end: cannot be written as JSON: 18446744073709551616 does not fit in 64 bits"
    assert loads(dumps(Span(start=0, end=2**64 - 1)), Span) == Span(start=0, end=2**64 - 1)


def test_from_dict_reports_keys_json_cannot_have() -> None:
    doc = {"schema": "eventkit/1", "start": 0, "end": 1, 7: "x", "zz": 1, ("a", 1): 2}
    with pytest.raises(ValidationError) as info:
        from_dict(doc, Span)
    assert (
        str(info.value) == "3 problems:\n  $.zz: unknown key\n  $.('a', 1): unknown key\n  $.7: unknown key"
    )


def test_dumps_refuses_what_is_not_a_model_object() -> None:
    with pytest.raises(
        TypeError, match=r"^to_dict takes a model object \(such as an eventkit.Article\), got int$"
    ):
        to_dict(5)  # type: ignore[arg-type]
    # A dict would make a document that loads refuses.
    with pytest.raises(
        TypeError, match=r"^dumps takes a model object \(such as an eventkit.Article\), got dict$"
    ):
        dumps({"a": 1})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="got list"):
        write_jsonl([sample_article(), [1]], io.BytesIO())  # type: ignore[list-item]


@pytest.mark.parametrize("wrong", [dict, str, object, int, None, "Article"])
def test_only_model_classes_are_read(wrong: Any) -> None:
    data = dumps(sample_article())
    name = wrong.__name__ if isinstance(wrong, type) else repr(wrong)
    message = f"^type must be a model class such as eventkit.Article, got {name}$"
    with pytest.raises(TypeError, match=message):
        loads(data, wrong)
    with pytest.raises(TypeError, match=message):
        from_dict(orjson.loads(data), wrong)
    with pytest.raises(TypeError, match=message):
        iter_jsonl([data], wrong)  # at once, before any line is read


# ------------------------------------------------------------------- nothing escapes


def _load(data: bytes | str) -> tuple[Article | None, tuple[Problem, ...]]:
    """The article, or the problems of the ValidationError; any other exception fails the test."""
    try:
        return loads(data), ()
    except ValidationError as exc:
        return None, exc.problems


def _assert_only_validation_errors(data: bytes | str) -> None:
    loaded, problems = _load(data)
    assert (loaded is None) == bool(problems)
    assert all(p.path.startswith("$") for p in problems)


@given(st.binary(max_size=300))
def test_arbitrary_bytes_raise_only_validation_errors(data: bytes) -> None:
    _assert_only_validation_errors(data)


@given(st.text(max_size=200))
def test_arbitrary_text_raises_only_validation_errors(data: str) -> None:
    _assert_only_validation_errors(data)


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)


def _paths(value: Any, here: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield here
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*here, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, (*here, i))


@given(articles(max_entities=2), st.data())
def test_mutated_documents_raise_only_validation_errors(article: Article, data: st.DataObject) -> None:
    doc = to_dict(article)
    for _ in range(data.draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            break
        path = data.draw(st.sampled_from(paths))
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        action = data.draw(st.sampled_from(["replace", "delete", "add", "swap"]))
        if action == "replace":
            parent[path[-1]] = data.draw(_JSON)
        elif action == "delete":
            del parent[path[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[data.draw(st.text(max_size=6))] = data.draw(_JSON)
        elif isinstance(parent[path[-1]], int | str) and not isinstance(parent[path[-1]], bool):
            parent[path[-1]] = str(parent[path[-1]]) if isinstance(parent[path[-1]], int) else 7
    loaded, problems = _load(orjson.dumps(doc))
    assert all(p.path.startswith("$") for p in problems)
    if loaded is not None:
        assert loads(dumps(loaded)) == loaded


# ------------------------------------------------------------------------ JSON Lines


@given(st.lists(articles(max_entities=1), max_size=4))
def test_json_lines_round_trip(batch: list[Article]) -> None:
    out = io.BytesIO()
    assert write_jsonl(batch, out) == len(batch)
    data = out.getvalue()
    assert data.count(b"\n") == len(batch)
    assert list(iter_jsonl(io.BytesIO(data))) == batch


def test_json_lines_skip_blank_lines_and_name_the_bad_line() -> None:
    good = dumps(sample_article())
    bad = good.replace(b'"speaker":"p2"', b'"speaker":"p9"')
    lines = [good, b"", b"   ", good, bad]
    read = iter_jsonl(line + b"\n" for line in lines)
    assert next(read) == sample_article()
    assert next(read) == sample_article()
    with pytest.raises(ValidationError) as info:
        next(read)
    assert str(info.value) == "line 5: $.quotes[1].speaker: unknown person id 'p9'"


def test_json_lines_name_the_line_of_malformed_json() -> None:
    with pytest.raises(ValidationError) as info:
        list(iter_jsonl([dumps(Span(start=0, end=1)), b'{"schema": 1,'], Span))
    assert str(info.value) == "line 2: $: malformed JSON at line 1, column 14: unexpected end of data"


def test_json_lines_read_lazily() -> None:
    """One document is read at a time: the reader pulls a line only when the next object is asked for."""
    pulled: list[int] = []

    def lines() -> Iterator[bytes]:
        for i in range(1000):
            pulled.append(i)
            yield dumps(Span(start=i, end=i + 1))

    read = iter_jsonl(lines(), Span)
    assert next(read) == Span(start=0, end=1)
    assert next(read) == Span(start=1, end=2)
    assert pulled == [0, 1]


def test_json_lines_leave_the_garbage_collector_as_they_found_it() -> None:
    data = dumps(sample_article()) + b"\n"
    assert gc.isenabled()
    for obj in iter_jsonl(io.BytesIO(data * 3)):
        assert gc.isenabled()  # the caller's code runs with the collector on
        assert obj.id == "a1"
    with pytest.raises(ValidationError):
        list(iter_jsonl([b"{"]))
    assert gc.isenabled()
    assert loads(data).id == "a1"
    assert dumps(sample_article()) + b"\n" == data
    assert gc.isenabled()
    gc.disable()
    try:
        assert len(list(iter_jsonl(io.BytesIO(data)))) == 1
        assert not gc.isenabled()
        assert loads(data).id == "a1"
        assert dumps(sample_article()) + b"\n" == data
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_public_names() -> None:
    assert eventkit.loads is loads
    assert eventkit.SCHEMA_VERSION == "eventkit/2"
    assert eventkit.READ_VERSIONS == ("eventkit/1", "eventkit/2")
