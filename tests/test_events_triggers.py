"""Trigger words kept as data (the last rows of the ``triggers`` table) and phrases that name no event."""

from __future__ import annotations

import pytest

from eventkit.events._triggers import find_triggers
from eventkit.model import EventKind


def _kinds(text: str) -> list[tuple[EventKind, str]]:
    return [(t.kind, text[t.start : t.end]) for t in find_triggers(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "kind", "word"),
    [
        ("Губернатор провёл совещание с главами районов.", EventKind.MEETING, "совещание"),
        ("Накануне инаугурации президента в столице усилили охрану.", EventKind.CEREMONY, "инаугурации"),
        ("На весенней сессии парламент принял бюджет.", EventKind.SESSION, "сессии"),
        ("Министр в среду прибывает в Бишкек.", EventKind.VISIT, "прибывает"),
    ],
)
def test_tabled_triggers(text: str, kind: EventKind, word: str) -> None:
    assert _kinds(text) == [(kind, word)]


def test_opening_fire_is_no_opening() -> None:
    assert _kinds("Нападавший открыл огонь по прохожим.") == []
    assert _kinds("Мэр открыл новый мост.") == [(EventKind.OPENING, "открыл")]
