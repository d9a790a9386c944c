"""A pattern's letters tell where it need not be searched: triggers and dates found with that
shortcut are exactly those found by trying every pattern everywhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventkit.events import _triggers
from eventkit.text import Block, _dates
from eventkit.text._words import letters_of

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


def _triggers_everywhere(text: str) -> list[_triggers.Trigger]:
    """find_triggers with every pattern tried on every clause (no letters consulted)."""
    saved = _triggers._LETTERS, _triggers._MODE_LETTERS
    _triggers._LETTERS = tuple(None for _ in saved[0])
    _triggers._MODE_LETTERS = tuple(None for _ in saved[1])
    try:
        return _triggers.find_triggers(text, 0, len(text))
    finally:
        _triggers._LETTERS, _triggers._MODE_LETTERS = saved


def _dates_everywhere(text: str) -> list[object]:
    saved = _dates._LETTERS
    _dates._LETTERS = tuple(None for _ in saved)
    try:
        return list(_dates.find_dates(text, [Block(0, len(text))], None))
    finally:
        _dates._LETTERS = saved


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
