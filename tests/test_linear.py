"""``parse_article`` on hostile text: runs of one character, of one word, of dates, of cues and
quote marks, huge tokens, endless sentences.

Each text here is some 20-50 KB of one pattern that used to take seconds to minutes (every
path of the parser is now linear in its input). The tests check what comes back; how long it
takes is measured by ``benchmarks/linear.py``, never asserted here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventkit import Article, DateRange, EventKind, ParseError, PartialDate, QuoteKind, dumps, loads
from eventkit import parse_article as _parse_article
from eventkit.entities import ru_available

_PUBLISHED = "2025-06-24"
_EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

needs_ru = pytest.mark.skipif(not ru_available(), reason="needs the eventkit-news[ru] extra")


def parse(text: str, *, entities: bool | None = False) -> Article:
    """The article of ``text``, checked: every span points into the text and it round-trips."""
    article = _parse_article(text, published=_PUBLISHED, entities=entities)
    assert article.text == text
    assert loads(dumps(article)) == article
    for group in (article.persons, article.organizations, article.venues):
        for entity in group:
            for mention in entity.mentions:
                assert text[mention.span.start : mention.span.end] == mention.text
    for quote in article.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
    for date in article.dates:
        assert text[date.span.start : date.span.end] == date.text
    return article


def day(value: str) -> DateRange:
    return DateRange.single(PartialDate.from_date(dt.date.fromisoformat(value)))


# ------------------------------------------------------------------ one character repeated


@pytest.mark.parametrize("mark", [".", "!", "?", "…", '"', "«", "»", "„", "“", "”", "-", "—", "(", ","])
def test_a_word_and_a_run_of_one_mark_is_one_paragraph(mark: str) -> None:
    text = "Слово " + mark * 20_000
    article = parse(text)
    assert [p.span.start for p in article.paragraphs] == [0]
    assert article.paragraphs[-1].span.end == len(text)
    assert article.quotes == ()
    assert article.events == ()


def test_a_run_of_stops_goes_through_the_name_tagger() -> None:
    if not ru_available():
        pytest.skip("needs the eventkit-news[ru] extra")
    article = parse("Слово " + "…" * 20_000, entities=True)
    assert article.persons == ()
    assert article.language == "ru"


def test_a_run_of_hyphen_joined_words_before_a_group_of_ministers() -> None:
    text = "The ministers held talks in Paris. " + "a-" * 12_000 + " ministers of both countries met."
    article = parse(text)
    assert article.language == "en"
    assert [e.kind for e in article.events] == [EventKind.TALKS]


def test_white_space_between_two_words() -> None:
    for space in (" ", "\t"):
        text = "Слово" + space * 20_000 + "конец"
        article = parse(text)
        assert len(article.paragraphs) == 1
        assert article.paragraphs[0].text == text
    article = parse("Слово" + "\n" * 20_000 + "конец")
    blocks = [*article.boilerplate, *article.paragraphs] + ([article.headline] if article.headline else [])
    assert sorted(b.text for b in blocks) == ["Слово", "конец"]


# ------------------------------------------------------------------ one word, one token


def test_one_huge_latin_token() -> None:
    article = parse("PRESIDENT" * 2_200, entities=None)
    assert article.language == "en"
    assert len(article.paragraphs) == 1
    assert article.persons == ()


@needs_ru
def test_one_huge_cyrillic_token_through_the_russian_recognizer() -> None:
    article = parse("СЛОВО" * 6_000, entities=True)
    assert article.language == "ru"
    assert article.persons == ()
    assert article.venues == ()


@needs_ru
def test_initials_without_spaces() -> None:
    article = parse("В." * 10_000, entities=True)
    assert len(article.paragraphs) == 1
    assert all(p.name.startswith("В") for p in article.persons)


def test_one_capitalised_word_repeated() -> None:
    article = parse("Word " * 5_000, entities=None)
    assert article.language == "en"
    assert article.quotes == ()


def test_a_title_repeated_before_a_name() -> None:
    article = parse("Foreign Minister " * 1_500 + "Lavrov said the talks went well.", entities=None)
    (lavrov,) = article.persons
    assert lavrov.name == "Sergei Lavrov"
    assert [r.country for r in lavrov.roles] == ["RU"]
    (quote,) = article.quotes
    assert (quote.text, quote.speaker) == ("the talks went well", lavrov.id)


def test_a_speech_verb_repeated() -> None:
    for unit in ("said ", "said that ", "заявил ", "заявил, что "):
        article = parse(unit * (20_000 // len(unit)))
        assert article.quotes == ()


def test_an_event_word_repeated_is_one_event() -> None:
    article = parse("визит " * 4_000)
    assert [e.kind for e in article.events] == [EventKind.VISIT]
    assert len(article.events[0].evidence) == 4_000


def test_the_two_leaders_repeated() -> None:
    article = parse("the two leaders met " * 1_500)
    assert [e.kind for e in article.events] == [EventKind.MEETING]


# ------------------------------------------------------------------ dates


def test_a_run_of_dates_resolves_every_one() -> None:
    article = parse("5 мая " * 3_400)
    assert len(article.dates) == 3_400
    assert {d.dates for d in article.dates} == {day("2025-05-05")}


def test_a_run_of_date_ranges_and_english_dates() -> None:
    ranges = parse("с 5 по 7 мая " * 1_600)
    assert len(ranges.dates) == 1_600
    assert {d.dates for d in ranges.dates} == {
        DateRange(start=day("2025-05-05").start, end=day("2025-05-07").end)
    }
    english = parse("May 5, " * 3_000)
    assert {d.dates for d in english.dates} == {day("2025-05-05")}


def test_dates_with_events_in_one_sentence() -> None:
    article = parse("визит 5 мая " * 2_000)
    assert len(article.dates) == 2_000
    assert article.events
    assert article.events[0].dates == day("2025-05-05")


def test_a_run_of_parts_of_periods() -> None:
    article = parse("в конце мая " * 2_500)
    assert len(article.dates) == 2_500
    assert {d.dates for d in article.dates} == {DateRange.single(PartialDate(year=2025, month=5))}
    english = parse("in mid- " * 3_000 + "in mid-May")
    assert [d.text for d in english.dates] == ["in mid-May"]
    assert parse("in late" + " " * 30_000 + "May").dates[0].text.startswith("in late")
    assert parse("в конце " * 3_000 + "встречи").dates == ()


def test_a_dash_then_many_spaces_after_a_day() -> None:
    article = parse("Слово 5 -" + " " * 30_000 + "мая")
    assert article.dates == ()


def test_header_lines_repeated() -> None:
    text = " date 2025-01-01 Слово\n" * 1_500
    article = parse(text)
    assert len(article.dates) == 1_499  # the header's own date is the header
    assert {d.dates for d in article.dates} == {day("2025-01-01")}


# ------------------------------------------------------------------ sources and reported speech


@pytest.mark.parametrize("unit", ["according to ", "According to ", "по словам ", "По словам "])
def test_a_reporting_phrase_repeated_makes_no_quote(unit: str) -> None:
    article = parse(unit * (20_000 // len(unit)))
    assert article.quotes == ()
    assert article.info_sources == ()


def test_a_source_cue_repeated() -> None:
    article = parse("по данным " * 2_000 + "МИД России, визит состоится.")
    assert [s.name for s in article.info_sources][-1:] == ["МИД России"]


def test_datelines_repeated() -> None:
    article = parse("MOSCOW (Reuters) - " * 1_000)
    assert article.outlet is not None
    assert article.outlet.name == "Reuters"


# ------------------------------------------------------------------ quotes


def test_a_quote_spaces_a_name_and_spaces() -> None:
    text = "«Мы готовы работать вместе»" + " " * 10_000 + "Лавров" + " " * 10_000
    (quote,) = parse(text).quotes
    assert quote.text == "Мы готовы работать вместе"
    assert quote.speaker_text == "Лавров"
    assert quote.kind is QuoteKind.DIRECT


def test_quotes_with_attributions_in_one_paragraph() -> None:
    article = parse("«Мы готовы к диалогу», — сказал Лавров. " * 600)
    assert len(article.quotes) == 600
    assert {(q.text, q.speaker_text, q.cue) for q in article.quotes} == {
        ("Мы готовы к диалогу", "Лавров", "сказал")
    }


def test_quotes_in_one_endless_sentence() -> None:
    article = parse("«Мы готовы к диалогу», — сказал Лавров, и " * 600)
    assert len(article.quotes) == 600
    assert {q.speaker_text for q in article.quotes} == {"Лавров"}


def test_quotes_after_colons_and_dialogue() -> None:
    colons = parse("Он заявил: «Мы готовы» " * 1_000)
    assert len(colons.quotes) == 1_000
    assert {(q.speaker_text, q.cue) for q in colons.quotes} == {("Он", "заявил")}
    dialogue = parse("— Мы готовы, — сказал он. " * 1_000)
    assert len(dialogue.quotes) == 1_000
    assert {q.text for q in dialogue.quotes} == {"Мы готовы"}


@pytest.mark.parametrize(
    "text",
    [
        "«Слово " * 4_000,
        '"Слово ' * 4_000,
        "«" * 10_000 + "слово" + "»" * 10_000,
        "„" * 10_000 + "слово" + "“" * 10_000,
        "“" * 10_000 + "word" + "”" * 10_000,
        "«" * 10_000 + "слово" + "”" * 10_000,
        "газета «Слово " * 2_000,
    ],
    ids=["unclosed «", "unclosed straight", "nested «»", "nested „“", "nested “”", "« then ”", "bodies"],
)
def test_quote_marks_that_hold_no_speech(text: str) -> None:
    article = parse(text)
    assert article.quotes == ()


# ------------------------------------------------------------------ layout


def test_lines_of_one_word() -> None:
    blank = parse("Слово\n\n" * 3_000)
    blocks = [*blank.paragraphs, *blank.boilerplate] + ([blank.headline] if blank.headline else [])
    assert len(blocks) == 3_000
    lines = parse("Слово\n" * 3_000)
    assert len(lines.paragraphs) == 1


def test_credits_on_one_line() -> None:
    article = parse("Слово " + "Фото: ТАСС " * 2_000)
    (credit,) = article.media_credits
    assert credit.credit.startswith("ТАСС")
    assert len(credit.credit) <= 150
    assert credit.span is not None
    assert article.paragraphs[-1].span.end < credit.span.start


def test_credit_lines_only_are_a_parse_error() -> None:
    with pytest.raises(ParseError, match="no body text"):
        _parse_article("Фото: ТАСС\n" * 2_000, published=_PUBLISHED)


# ------------------------------------------------------------------ whole articles in one paragraph


def _own_articles(prefix: str) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(_EXAMPLES.glob(f"{prefix}-*.txt"))]
    return [t.split(" ", 3)[3] if t.startswith(" date ") else t for t in texts]


def test_the_examples_as_one_endless_paragraph() -> None:
    one = " ".join(" ".join(_own_articles("ru")).split())
    copies = 40_000 // len(one) + 1
    single = parse(one)
    article = parse(" ".join([one] * copies))
    assert len(article.paragraphs) == 1
    assert len(article.dates) == copies * len(single.dates)


def test_the_examples_as_one_endless_sentence() -> None:
    words = " ".join(_own_articles("ru")).replace(".", " ").replace("\n", " ").split()
    text = " ".join(words * (40_000 // len(" ".join(words)) + 1))
    article = parse(text)
    assert len(article.paragraphs) == 1
    assert article.dates


@needs_ru
def test_many_different_persons() -> None:
    given = ["Иван", "Пётр", "Сергей", "Алексей", "Дмитрий", "Андрей", "Михаил", "Николай"]
    family = ["Петров", "Сидоров", "Кузнецов", "Смирнов", "Соколов", "Попов", "Лебедев", "Козлов", "Новиков"]
    names = [f"{g} {f}" for f in family for g in given]
    text = "".join(f"{name} встретился с министром. " for name in names * 8)
    article = parse(text, entities=True)
    assert len(article.persons) >= len(names) // 2
    assert {p.name for p in article.persons} <= set(names) | set(family)


# ------------------------------------------------------------------ any text


_UNITS = st.sampled_from(
    [
        "Слово ",
        "PRESIDENT",
        ".",
        "…",
        "«",
        "»",
        '"',
        " ",
        "\n",
        "5 мая ",
        "according to ",
        "по словам ",
        "визит ",
        "Лавров ",
        "сказал ",
        "В.",
        "Фото: ТАСС ",
        "— ",
        ", ",
    ]
)


@settings(max_examples=20)
@given(st.lists(st.tuples(_UNITS, st.integers(min_value=1, max_value=200)), min_size=1, max_size=5))
def test_runs_of_hostile_pieces_give_an_article_or_a_parse_error(runs: list[tuple[str, int]]) -> None:
    text = "".join(unit * count for unit, count in runs)
    problem: ParseError | None = None
    try:
        parse(text, entities=None)
    except ParseError as error:
        problem = error
    if problem is not None:  # nothing but a ParseError, which says where
        assert problem.line >= 1
        assert problem.column >= 1
