"""The one sentence and clause splitter, and the stages that cut text with it agreeing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventkit.events._sentences import sentences as event_sentences
from eventkit.model import Article, Paragraph, Span
from eventkit.text._sentences import clause_breaks, sentence_stops
from eventkit.text._structure import Block
from eventkit.text._words import sentences as text_sentences


def _ends(text: str, **options: object) -> list[str]:
    return [text[:b] for _, b in sentence_stops(text, 0, len(text), **options)]  # type: ignore[arg-type]


def test_a_sentence_ends_at_a_stop_run_with_its_closing_marks_before_a_capital() -> None:
    text = "Он сказал: «Мы готовы!» Затем ушёл... В 2025 году всё изменилось. и это не конец."
    assert _ends(text) == [
        "Он сказал: «Мы готовы!»",
        "Он сказал: «Мы готовы!» Затем ушёл...",
    ]


def test_abbreviations_and_initials_end_no_sentence() -> None:
    text = "Встреча прошла в г. Москве. В. Путин и Mr. Smith приехали 5 млн руб. Потом тоже."
    assert _ends(text) == ["Встреча прошла в г. Москве."]
    # with no abbreviations, every full stop before a capital ends a sentence, an initial's too
    assert _ends(text, abbreviations=frozenset())[:3] == [
        "Встреча прошла в г.",
        "Встреча прошла в г. Москве.",
        "Встреча прошла в г. Москве. В.",
    ]


def test_a_unit_after_a_number_ends_a_sentence_before_a_capital_or_a_quote_mark() -> None:
    text = "Торговля выросла до 12 млрд. «Это рекорд», — сказал он. Вложено 3 млн. долларов. Всё."
    assert _ends(text) == [
        "Торговля выросла до 12 млрд.",
        "Торговля выросла до 12 млрд. «Это рекорд», — сказал он.",
        "Торговля выросла до 12 млрд. «Это рекорд», — сказал он. Вложено 3 млн. долларов.",
    ]


def test_without_capital_any_stop_before_white_space_ends_a_sentence() -> None:
    text = "Итак. и дальше. конец"
    assert _ends(text) == []
    assert _ends(text, capital=False) == ["Итак.", "Итак. и дальше."]


def test_no_sentence_ends_inside_a_protected_stretch() -> None:
    text = "«Да. Нет.» Конец. Ещё."
    assert _ends(text) == ["«Да.", "«Да. Нет.»", "«Да. Нет.» Конец."]
    # a stop that ends the quoted text ends no sentence either: the quote may go on after it
    assert _ends(text, protected=[(0, 9)]) == ["«Да. Нет.» Конец."]


def test_clauses_break_coarse_or_fine() -> None:
    text = "Он приехал, но ушёл; она сказала, что останется (надолго)"
    coarse = [text[a:b] for a, b in clause_breaks(text, 0, len(text))]
    fine = [text[a:b] for a, b in clause_breaks(text, 0, len(text), fine=True)]
    assert coarse == [", ", ";"]
    assert fine == [",", ";", ",", " что ", "(", ")"]


_WORDS = st.sampled_from(["Он", "сказал", "г.", "В.", "Путин", "2025", "и", "Mr.", "ушёл", "Да", "—"])
_STOPS = st.sampled_from([".", "!", "?", "…", "...", ".»", "", "", ""])


@given(st.lists(st.tuples(_WORDS, _STOPS), min_size=1, max_size=30))
def test_the_text_and_event_stages_cut_sentences_alike(parts: list[tuple[str, str]]) -> None:
    text = " ".join(w + s for w, s in parts)
    by_text = [text[b.start : b.end].strip() for b in text_sentences(text, Block(0, len(text)), [])]
    paragraph = Paragraph(span=Span(start=0, end=len(text)), text=text)
    article = Article(id="a", text=text, paragraphs=(paragraph,))
    by_events = [text[s.start : s.end].strip() for s in event_sentences(article)]
    assert by_text == by_events
