"""The caller's article id and url: kept as given, checked, and carried into ninjs and JSON-LD."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventkit import Article, ParseError, ValidationError, dumps, formats, loads, parse_article, parse_many

TEXT = (Path(__file__).resolve().parents[1] / "examples" / "ru-state-visit.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "given_id",
    ["12345", "https://example.org/news/2025/06/24/visit?ref=rss#top", "db:articles/77", "заметка 5", "a"],
)
def test_the_callers_id_is_kept_and_round_trips(given_id: str) -> None:
    article = parse_article(TEXT, id=given_id, entities=False)
    assert article.id == given_id
    assert loads(dumps(article)) == article


def test_without_an_id_the_id_is_made_from_the_text() -> None:
    first = parse_article(TEXT, entities=False)
    assert first.id == parse_article(TEXT, entities=False).id
    assert first.id != parse_article(TEXT + " Ещё.", entities=False).id


def test_the_url_goes_into_the_article_ninjs_and_json_ld() -> None:
    url = "https://example.org/news/visit?id=5"
    article = parse_article(TEXT, id="k-5", url=url, entities=False)
    assert article.url == url
    assert formats.convert(article, "ninjs")[0]["uri"] == url
    jsonld = formats.convert(article, "jsonld")[0]
    assert jsonld["url"] == url
    assert jsonld["identifier"] == "k-5"
    back, _lost = formats.read_ninjs(formats.convert(article, "ninjs")[0])
    assert back.url == url


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"id": ""}, "id: '' is not an article id"),
        ({"id": " padded"}, "is not an article id"),
        ({"id": "two\nlines"}, "is not an article id"),
        ({"id": "x" * 2049}, "(2049 characters) is not an article id"),
        ({"id": 5}, "id: expected a string, got int"),
        ({"url": "example.org/news"}, "url: 'example.org/news' is not an absolute URL"),
        ({"url": "https://exa mple.org"}, "is not an absolute URL"),
    ],
)
def test_a_bad_id_or_url_is_a_parse_error_before_any_work(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_article(TEXT, entities=False, **kwargs)  # type: ignore[arg-type]
    assert message in caught.value.reason


def test_parse_many_takes_an_id_and_a_url_for_each_text() -> None:
    articles = parse_many(
        [TEXT, TEXT], entities=False, processes=1, ids=["first", None], urls=[None, "https://a.example/2"]
    )
    assert articles[0].id == "first"
    assert articles[0].url is None
    assert articles[1].id == parse_article(TEXT, entities=False).id
    assert articles[1].url == "https://a.example/2"


def test_parse_many_wants_one_id_a_text() -> None:
    with pytest.raises(ParseError, match="ids: 1 given for 2 texts"):
        parse_many([TEXT, TEXT], entities=False, processes=1, ids=["only-one"])


@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\x85"),
        min_size=1,
        max_size=80,
    ).filter(lambda s: s == s.strip())
)
def test_any_reasonable_id_survives_json_and_the_ninjs_uri(given_id: str) -> None:
    article = Article(id=given_id, text="Текст.")
    assert loads(dumps(article)) == article
    back, _lost = formats.read_ninjs(formats.convert(article, "ninjs")[0])
    assert back.id == given_id


def test_a_loaded_document_with_a_bad_article_id_names_it() -> None:
    with pytest.raises(ValidationError, match=r"\$\.id: 'a\\tb' is not an article id"):
        loads(b'{"schema": "eventkit/2", "id": "a\\tb"}')
