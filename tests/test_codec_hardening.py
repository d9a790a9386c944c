"""Loading refuses what an attacker would try: repeated keys, huge values, documents built to be slow."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from samples import sample_article
from strategies import articles

from eventkit import (
    READ_VERSIONS,
    SCHEMA_VERSION,
    Article,
    Span,
    ValidationError,
    dumps,
    from_dict,
    iter_jsonl,
    loads,
    to_dict,
)
from eventkit import codec as _codec

FIXTURE_0_1 = Path(__file__).parent / "data" / "handmade-eventkit-1.json"


def problems(data: bytes | str, type: type = Article) -> list[str]:
    with pytest.raises(ValidationError) as info:
        loads(data, type)
    return [str(p) for p in info.value.problems]


# ------------------------------------------------------------------- duplicate keys


def test_a_repeated_key_is_refused_with_its_path() -> None:
    data = b'{"schema":"eventkit/2","id":"a1","text":"harmless","text":"evil"}'
    assert problems(data) == ["$.text: duplicate key"]
    assert problems(data.decode()) == ["$.text: duplicate key"]
    assert problems(bytearray(data)) == ["$.text: duplicate key"]
    assert problems(memoryview(data)) == ["$.text: duplicate key"]


def test_repeated_keys_deep_inside_are_found_and_all_named() -> None:
    doc = dumps(sample_article())
    spoiled = doc.replace(b'"name":"Murat Nurtleu",', b'"name":"Murat Nurtleu","name":"Someone else",', 1)
    spoiled = spoiled.replace(b'"span":{"start":0,', b'"span":{"start":0,"start":0,', 1)
    assert spoiled.count(b'"name"') == doc.count(b'"name"') + 1
    found = problems(spoiled)
    assert "$.persons[1].name: duplicate key" in found
    assert "$.headline.span.start: duplicate key" in found
    assert len(found) == 2


def test_a_key_spelled_with_escapes_is_the_same_key() -> None:
    # "t\u0065xt" is "text": a reader that compared raw bytes would miss it.
    assert problems(b'{"schema":"eventkit/2","id":"a1","text":"a","t\\u0065xt":"b"}') == [
        "$.text: duplicate key"
    ]


def test_white_space_does_not_hide_a_repeated_key() -> None:
    data = b'{\n  "schema" : "eventkit/2",\n  "id"\t: "a1",\n  "id"\n:\n"a2"\n}'
    assert problems(data) == ["$.id: duplicate key"]


def test_repeated_keys_come_first_among_other_problems() -> None:
    data = b'{"schema":"eventkit/2","id":" a1","language":"xx-","language":"ru"}'
    assert problems(data) == [
        "$.language: duplicate key",
        "$.id: ' a1' is not an article id (1-2048 characters, no control characters, no white space at "
        "either end)",
    ]


def test_json_lines_refuse_a_repeated_key_on_their_line() -> None:
    good = dumps(Span(start=1, end=2))
    bad = b'{"schema":"eventkit/2","start":1,"end":2,"end":3}'
    with pytest.raises(ValidationError) as info:
        list(iter_jsonl(io.BytesIO(good + b"\n" + bad + b"\n"), Span))
    assert str(info.value) == "line 2: $.end: duplicate key"


def test_a_long_repeated_key_is_named_short() -> None:
    key = "k" * 5000
    data = json.dumps({"schema": SCHEMA_VERSION, "id": "a1"})[:-1] + f', "{key}": 1, "{key}": 2}}'
    found = problems(data)
    assert found[0] == f"$.{'k' * 40}...(5000 characters): duplicate key"
    assert all(len(p) < 200 for p in found)


# A JSON text made from a tree of objects given as key/value pairs, so that it can repeat keys,
# and written with any spacing and any escapes, as other writers might.

# Keys that are names (as every key of a document that loads is) and keys that are not.
_NAMES = st.sampled_from(["id", "text", "a", "start", "info_sources"])
_ODD_KEYS = st.sampled_from(["é", '":', "a:b", ' "x" : ', "\\", "\u003a", ":", ""])
_LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 5), st.sampled_from(["", ":", '":', '"":', "a\\", "\\u", "é"])
)


@st.composite
def _trees(draw: st.DrawFn, keys: st.SearchStrategy[str], depth: int = 3) -> Any:
    if depth == 0 or draw(st.integers(0, 3)) == 0:
        return draw(_LEAVES)
    if draw(st.booleans()):
        return ("list", [draw(_trees(keys, depth - 1)) for _ in range(draw(st.integers(0, 3)))])
    chosen = draw(st.lists(keys, max_size=4))  # may repeat
    return ("object", [(key, draw(_trees(keys, depth - 1))) for key in chosen])


def _string(draw: st.DrawFn, text: str) -> str:
    """``text`` as a JSON string, each character written plainly or as a \\u escape, at random."""
    out = ['"']
    for ch in text:
        plain = ch
        if ch in '"\\':
            plain = "\\" + ch
        elif ord(ch) < 0x20:
            plain = f"\\u{ord(ch):04x}"
        out.append(plain if draw(st.integers(0, 3)) else f"\\u{ord(ch):04x}")
    out.append('"')
    return "".join(out)


def _render(draw: st.DrawFn, tree: Any) -> str:
    space = st.sampled_from(["", "", " ", "\n", "\t ", "\r\n"])
    if isinstance(tree, tuple) and tree[0] == "list":
        items = [_render(draw, item) for item in tree[1]]
        return "[" + ",".join(draw(space) + item + draw(space) for item in items) + "]"
    if isinstance(tree, tuple):
        members = [
            draw(space) + _string(draw, key) + draw(space) + ":" + draw(space) + _render(draw, value)
            for key, value in tree[1]
        ]
        return "{" + ",".join(members) + draw(space) + "}"
    if isinstance(tree, str):
        return _string(draw, tree)
    return json.dumps(tree)


def _repeats(tree: Any, path: str = "$") -> list[str]:
    """The paths of the repeated keys in ``tree``, in the order of the text."""
    found: list[str] = []
    if isinstance(tree, tuple) and tree[0] == "list":
        for i, item in enumerate(tree[1]):
            found += _repeats(item, f"{path}[{i}]")
    elif isinstance(tree, tuple):
        seen: set[str] = set()
        for key, value in tree[1]:
            found += _repeats(value, _codec._key_path(path, key))
            if key in seen:
                found.append(_codec._key_path(path, key))
            seen.add(key)
    return found


def _key_total(value: Any) -> int:
    if isinstance(value, dict):
        return len(value) + sum(_key_total(v) for v in value.values())
    if isinstance(value, list):
        return sum(_key_total(v) for v in value)
    return 0


@settings(max_examples=400)
@given(st.data())
def test_the_quick_count_never_passes_a_repeated_name(data: st.DataObject) -> None:
    """With keys that are names (any other key is refused as unknown), however the text is written.

    Strings hold colons, quotes and escapes, and keys are spelled with escapes and white space.
    """
    tree = data.draw(_trees(_NAMES))
    raw = _render(data.draw, tree).encode()
    value = orjson.loads(raw)
    if _repeats(tree):
        assert not _codec._keys_unique(raw, _key_total(value))
    elif not _codec._keys_unique(raw, _key_total(value)):  # a false alarm: a closer look clears it
        assert _codec._duplicate_keys(raw) == []


@settings(max_examples=400)
@given(st.data())
def test_repeated_keys_are_found_exactly_however_the_text_is_written(data: st.DataObject) -> None:
    tree = data.draw(_trees(_NAMES | _ODD_KEYS))
    text = _render(data.draw, tree)
    raw = text.encode()
    assert orjson.loads(raw) == json.loads(text)
    # Each one is found, with its path (in the order the text reaches the repeats).
    assert sorted(str(p.path) for p in _codec._duplicate_keys(raw)) == sorted(_repeats(tree))


@given(articles(max_entities=2), st.data())
def test_a_key_repeated_anywhere_in_an_article_is_refused(article: Article, data: st.DataObject) -> None:
    doc = to_dict(article)
    objects: list[tuple[str, dict[str, Any]]] = []

    def collect(value: Any, path: str) -> None:
        if isinstance(value, dict):
            objects.append((path, value))
            for key, item in value.items():
                collect(item, f"{path}.{key}")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                collect(item, f"{path}[{i}]")

    collect(doc, "$")
    path, target = data.draw(st.sampled_from(objects))
    key = data.draw(st.sampled_from(sorted(target)))
    marker = "\x00repeat\x00"
    target[marker] = None
    text = orjson.dumps(doc).decode()
    # The repeated key, with the same value or another one, goes where the marker is.
    again = data.draw(st.sampled_from([orjson.dumps(target[key]).decode(), '"other"', "null"]))
    text = text.replace(orjson.dumps(marker).decode() + ":null", f"{orjson.dumps(key).decode()}:{again}")
    with pytest.raises(ValidationError) as info:
        loads(text)
    assert f"{path}.{key}: duplicate key" in [str(p) for p in info.value.problems]


@given(articles(max_entities=2))
def test_articles_written_by_other_writers_load(article: Article) -> None:
    """Pretty-printed, with \\u escapes for every non-ASCII character: no false alarm."""
    text = json.dumps(to_dict(article), indent=2, ensure_ascii=True)
    assert loads(text) == article
    assert loads(json.dumps(to_dict(article), separators=(" , ", " : "))) == article


# ---------------------------------------------------------------- refusing fast


def _venue(i: int, parent: str | None) -> dict[str, Any]:
    return {"id": f"v{i}", "name": "Venue", "kind": "city", "parent": parent}


def test_a_long_venue_chain_ending_in_a_loop_is_refused_at_every_member() -> None:
    n = 16_000
    venues = [_venue(i, f"v{i + 1}" if i + 1 < n else "v0") for i in range(n)]
    data = orjson.dumps({"schema": SCHEMA_VERSION, "id": "a1", "venues": venues})
    found = problems(data)
    assert len(found) == n
    assert found[0] == "$.venues[0].parent: venue 'v0' lies in itself"
    assert found[-1] == f"$.venues[{n - 1}].parent: venue 'v{n - 1}' lies in itself"
    # A chain that only leads into a loop is not part of it.
    venues = [_venue(i, f"v{i + 1}") for i in range(n - 2)] + [
        _venue(n - 2, f"v{n - 1}"),
        _venue(n - 1, f"v{n - 2}"),
    ]
    data = orjson.dumps({"schema": SCHEMA_VERSION, "id": "a1", "venues": venues})
    assert problems(data) == [
        f"$.venues[{n - 2}].parent: venue 'v{n - 2}' lies in itself",
        f"$.venues[{n - 1}].parent: venue 'v{n - 1}' lies in itself",
    ]


def test_many_bad_spans_are_each_reported_once() -> None:
    n = 16_000
    doc = to_dict(sample_article())
    doc["persons"][0]["mentions"] = [
        {"text": "Lavrov", "span": {"start": i % 50, "end": i % 50 + 6}} for i in range(n)
    ]
    found = problems(orjson.dumps(doc))
    bad = [i for i in range(n) if doc["text"][i % 50 : i % 50 + 6] != "Lavrov"]
    assert len(found) == len(bad) > n // 2
    assert found[0] == "$.persons[0].mentions[1].text: 'Lavrov' is not the text at 1:7 ('avrov ')"
    assert found[-1].startswith(f"$.persons[0].mentions[{bad[-1]}].text: 'Lavrov' is not the text at")


# ------------------------------------------------------------------- long values


def test_a_huge_value_is_cut_in_messages() -> None:
    huge = "x" * 10_000_000
    doc = {"schema": SCHEMA_VERSION, "id": huge, "language": huge, huge: 1}
    with pytest.raises(ValidationError) as info:
        from_dict(doc)
    message = str(info.value)
    assert len(message) < 1000
    assert f"'{'x' * 40}'... (10000000 characters) is not an article id" in message
    assert f"$.{'x' * 40}...(10000000 characters): unknown key" in message
    doc = to_dict(sample_article())
    doc["quotes"][0]["kind"] = huge
    doc["events"][0]["dates"]["start"] = huge
    found = problems(orjson.dumps(doc))
    assert all(len(p) < 300 for p in found), found
    assert found[0].endswith(f"got '{'x' * 40}'... (10000000 characters)")


def test_a_huge_integer_is_named_by_its_size() -> None:
    with pytest.raises(ValidationError) as info:
        Span(start=-(10**5000), end=0)
    assert str(info.value) == "$.start: must be >= 0, got an integer of 16610 bits"
    with pytest.raises(ValidationError) as info:
        dumps(Span(start=0, end=10**5000))
    assert (
        str(info.value)
        == "$.end: cannot be written as JSON: an integer of 16610 bits does not fit in 64 bits"
    )


# ----------------------------------------------------------------------- versions


def test_a_document_written_by_0_1_still_loads() -> None:
    data = FIXTURE_0_1.read_bytes()
    assert orjson.loads(data)["schema"] == "eventkit/1" == READ_VERSIONS[0]
    article = loads(data)
    assert article.id == "handmade-1"
    assert article.url is None
    assert article.quotes[0].text == "Переговоры идут"
    written = to_dict(article)
    assert written["schema"] == SCHEMA_VERSION == "eventkit/2"
    # What 0.2 added is written with its default: no URL, no identifiers.
    assert written["url"] is None
    for field in ("persons", "organizations", "venues"):
        for entity in written[field]:
            assert entity.pop("identifiers") == []
    assert {k: v for k, v in written.items() if k not in ("schema", "url")} == {
        k: v for k, v in orjson.loads(data).items() if k != "schema"
    }
    assert loads(dumps(article)) == article


def test_a_0_1_document_cannot_carry_what_0_2_added() -> None:
    doc = orjson.loads(FIXTURE_0_1.read_bytes())
    doc["url"] = "https://example.org/handmade"
    assert problems(orjson.dumps(doc)) == ["$.url: unknown key in eventkit/1 (added in eventkit/2)"]
    doc["schema"] = "eventkit/2"
    assert loads(orjson.dumps(doc)).url == "https://example.org/handmade"


def test_a_0_1_document_cannot_carry_identifiers_at_any_depth() -> None:
    doc = orjson.loads(FIXTURE_0_1.read_bytes())
    doc["venues"][0]["identifiers"] = [{"scheme": "geonames", "value": "524901"}]
    assert problems(orjson.dumps(doc)) == [
        "$.venues[0].identifiers: unknown key in eventkit/1 (added in eventkit/2)"
    ]
    doc["schema"] = "eventkit/2"
    assert loads(orjson.dumps(doc)).venues[0].identifier("geonames") == "524901"
