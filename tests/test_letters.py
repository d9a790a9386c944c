"""A pattern's letters, its factors and its digits tell where it need not be searched: triggers
and dates found with those shortcuts are exactly those found by trying every pattern everywhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventkit.events import _triggers
from eventkit.text import Block, _dates
from eventkit.text._words import factor_finder, factors_of, folded, letters_of

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def test_letters_are_the_words_letters_in_either_case() -> None:
    found = letters_of(re.compile(r"(?<![\w])(?:state\s+visits?|(?P<word>trip))(?![\w])", re.IGNORECASE))
    assert found is not None
    assert found.fullmatch("T")
    assert found.fullmatch("v")
    assert not found.fullmatch("w")  # only in the escape \w
    assert not found.fullmatch("d")  # only in the group's name
    assert not found.fullmatch("в")


def test_a_pattern_without_letters_or_with_a_range_of_them_is_always_searched() -> None:
    assert letters_of(re.compile(r"(?P<y>[12][0-9]{3})-(?P<m>[01][0-9])")) is None
    assert letters_of(re.compile(r"принял(?=\s+[А-ЯЁ])")) is None


_SHORTCUTS = ("_LETTERS", "_MODE_LETTERS", "_FACTORS", "_MODE_FACTORS")


def _triggers_everywhere(text: str) -> list[_triggers.Trigger]:
    """find_triggers with every pattern tried on every clause (no letters nor factors consulted)."""
    saved = {name: getattr(_triggers, name) for name in _SHORTCUTS}
    hosting = _triggers._HOSTING_FACTORS, _triggers._HOSTED_FACTORS
    for name, value in saved.items():
        setattr(_triggers, name, tuple(None for _ in value))
    _triggers._HOSTING_FACTORS = _triggers._HOSTED_FACTORS = None
    try:
        return _triggers.find_triggers(text, 0, len(text))
    finally:
        for name, value in saved.items():
            setattr(_triggers, name, value)
        _triggers._HOSTING_FACTORS, _triggers._HOSTED_FACTORS = hosting


def _dates_everywhere(text: str) -> list[object]:
    saved = _dates._LETTERS, _dates._FACTORS, _dates._NEEDS_DIGIT
    _dates._LETTERS = tuple(None for _ in saved[0])
    _dates._FACTORS = tuple(None for _ in saved[1])
    _dates._NEEDS_DIGIT = tuple(False for _ in saved[2])
    try:
        return list(_dates.find_dates(text, [Block(0, len(text))], None))
    finally:
        _dates._LETTERS, _dates._FACTORS, _dates._NEEDS_DIGIT = saved


def test_one_finder_holds_the_factors_of_several_patterns() -> None:
    finder = factor_finder(re.compile(r"визит\w*|встреч\w*"), re.compile(r"встретил\w*|forum"))
    assert finder is not None
    for text in ("визит", "встреча", "встретились", "forum", "FORUM", "Визиты"):
        assert finder.search(folded(text) or ""), text
    assert not finder.search(folded("переговоры, встр") or "")
    assert factor_finder(re.compile("визит"), re.compile(r"\w+")) is None  # one without factors


def test_factors_are_strings_one_of_which_every_match_holds() -> None:
    finder = factor_finder(re.compile(r"(?:в\s+)?(?:январе|феврале)", re.IGNORECASE))
    assert finder is not None
    assert finder.search(folded("Встреча пройдет в ФЕВРАЛЕ.") or "")
    assert not finder.search(folded("Встреча пройдет в марте.") or "")
    assert factors_of(re.compile(r"(?<![\w])(?:визит(?!к)\w*|посещени\w*|поездк\w*)(?![\w])", re.I)) == (
        "визит",
        "посещени",
        "поездк",
    )
    # the longest run of a sequence; an optional part gives none
    assert factors_of(re.compile(r"(?:will\s+)?travel(?:s|led)?\s+to")) == ("travel",)
    assert factors_of(re.compile(r"State\s+Visits?", re.I)) == ("state",)  # folded to lower case
    assert factors_of(re.compile(r"[0-9]+|вчера")) is None  # a branch without one
    assert factors_of(re.compile(r"(?=визит)\w+")) is None  # a look-ahead is no part of the match


def test_folded_text_keeps_offsets_and_reads_odd_cases_as_re_does() -> None:
    assert folded("Визит ВИЗИТ") == "визит визит"
    text = "ſtate ᲀизит"  # a long s and a rounded ve: re reads them as s and в case-blind
    fold = folded(text)
    assert fold is not None
    assert len(fold) == len(text)
    assert all(fold.find(f) >= 0 for f in ("tate", "изит"))
    assert fold[0] == folded("s")
    assert fold[6] == folded("в")
    assert folded("İstanbul") is None  # its lower case is two characters: no shortcut


_WORDS = [
    "визит",
    "state visit",
    "переговоры",
    "talks",
    "встретился",
    "met",
    "12 ноября",
    "March 3",
    "в понедельник",
    "on Monday",
    "2025 году",
    "in 2024",
    "по видеосвязи",
    "by video link",
    "ſtate viſit",  # a long s: under IGNORECASE it is an s
    "ᲀстреча",  # a rounded ve: under IGNORECASE it is a в
    "İ",  # its lower case is two characters
    "ТЕЛЕФОННЫЙ РАЗГОВОР",
    "K",  # the Kelvin sign: a k
    "Президент",
    "прибыл",
    "2025-11-03",
    "и",
    ",",
    ".",
]


@given(st.lists(st.sampled_from(_WORDS), max_size=12))
def test_the_shortcut_finds_what_a_full_search_finds(words: list[str]) -> None:
    text = " ".join(words)
    assert _triggers.find_triggers(text, 0, len(text)) == _triggers_everywhere(text)
    assert list(_dates.find_dates(text, [Block(0, len(text))], None)) == _dates_everywhere(text)


@pytest.mark.skipif(not (CORPUS / "factru-devset").is_dir(), reason="the shared corpus is absent")
def test_on_real_news_the_shortcut_finds_what_a_full_search_finds() -> None:
    paths = sorted((CORPUS / "factru-devset").glob("*.txt"))[:60] + sorted(ROOT.glob("examples/*.txt"))
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert _triggers.find_triggers(text, 0, len(text)) == _triggers_everywhere(text), path.name
        found = list(_dates.find_dates(text, [Block(0, len(text))], None))
        assert found == _dates_everywhere(text), path.name
