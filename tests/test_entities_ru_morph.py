"""The morphology's cache of what the rules read: each word read once, and bounded."""

from __future__ import annotations

from markers import needs_ru

pytestmark = needs_ru


def test_a_word_is_read_once_per_rule_and_rules_do_not_share_answers() -> None:
    from eventkit.entities.ru._morph import Morph

    morph = Morph()
    calls: list[str] = []

    def head(word: str) -> str:
        calls.append(word)
        return word.upper()

    assert morph.remembered("head", "посла", head) == "ПОСЛА"
    assert morph.remembered("head", "посла", head) == "ПОСЛА"
    assert calls == ["посла"]
    assert morph.remembered("other", "посла", len) == 5  # another rule's cache


def test_the_cache_is_emptied_when_it_passes_its_bound() -> None:
    from eventkit.entities.ru._morph import Morph

    morph = Morph()
    for i in range(100_002):
        morph.remembered("count", str(i), len)
    calls: list[str] = []

    def read(word: str) -> int:
        calls.append(word)
        return len(word)

    morph.remembered("count", "0", read)  # read again: the first words were let go
    assert calls == ["0"]
