"""The layout rules: header, paragraphs, credits, boilerplate, headline, and the errors."""

from __future__ import annotations

import datetime as dt

import pytest

from eventkit import ParseError, PartialDate, parse_article

__all__: list[str] = []

BODY = "Министр иностранных дел провел переговоры в Астане. Стороны обсудили сотрудничество."


def parse(text: str, **kwargs: object) -> object:
    return parse_article(text, entities=False, **kwargs)  # type: ignore[arg-type]


def test_header_gives_published_and_first_paragraph_follows_on_its_line() -> None:
    a = parse_article(f" date 2025-11-11 {BODY}\n\nВторой абзац текста.", entities=False)
    assert a.published == PartialDate(year=2025, month=11, day=11)
    assert [p.text for p in a.paragraphs] == [BODY, "Второй абзац текста."]
    assert a.paragraphs[0].span.start == len(" date 2025-11-11 ")


@pytest.mark.parametrize(
    "raw",
    [
        f"\ufeff date 2025-11-11 {BODY}\r\n\r\nВторой абзац текста.  \r\n",
        f"date 2025-11-11 {BODY}\n \t\nВторой абзац текста.\t\n\n\n",
        f"\ufeffdate 2025-11-11   {BODY}   \n\nВторой абзац текста.",
    ],
)
def test_bom_crlf_trailing_spaces_and_no_leading_space_are_tolerated(raw: str) -> None:
    a = parse_article(raw, entities=False)
    assert a.published == PartialDate(year=2025, month=11, day=11)
    assert [p.text for p in a.paragraphs] == [BODY, "Второй абзац текста."]
    assert a.text == raw  # spans point into the exact input


def test_plain_text_with_published_argument() -> None:
    for value in (
        "2025-11-11",
        dt.date(2025, 11, 11),
        dt.datetime(2025, 11, 11, 9, 30),
        PartialDate(year=2025, month=11, day=11),
    ):
        a = parse_article(BODY, published=value, entities=False)
        assert a.published == PartialDate(year=2025, month=11, day=11)
    assert parse_article(BODY, published="2025-11", entities=False).published == PartialDate(
        year=2025, month=11
    )
    assert parse_article(BODY, entities=False).published is None


def test_published_argument_wins_over_the_header() -> None:
    a = parse_article(f" date 2025-11-11 {BODY}", published="2025-11-12", entities=False)
    assert a.published == PartialDate(year=2025, month=11, day=12)


def test_line_break_splits_paragraphs_only_after_a_sentence() -> None:
    text = "Первая строка абзаца, которая\nпродолжается здесь.\nНовый абзац начинается тут."
    a = parse_article(text, published="2025-01-01", entities=False)
    assert [p.text for p in a.paragraphs] == [
        "Первая строка абзаца, которая\nпродолжается здесь.",
        "Новый абзац начинается тут.",
    ]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Фото: gov.kz", "gov.kz"),
        ("Фото: Иван Петров / ТАСС", "Иван Петров / ТАСС"),
        ("© Пётр Сидоров/ Пресс-служба президента/ ТАСС", "Пётр Сидоров / Пресс-служба президента / ТАСС"),
        ("(Фото: kremlin.ru)", "kremlin.ru"),
        ("Photo: Alexander Petrov / Reuters", "Alexander Petrov / Reuters"),
        ("Photo by Akorda press service", "Akorda press service"),
        ("Путин и Токаев в Кремле. Фото: ТАСС", "ТАСС"),
    ],
)
def test_credit_lines_are_media_credits_not_paragraphs(line: str, credit: str) -> None:
    text = f" date 2025-11-11 {BODY}\n\n{line}\n\nВторой абзац текста."
    a = parse_article(text, entities=False)
    assert [c.credit for c in a.media_credits] == [credit]
    assert a.media_credits[0].text == line
    assert len(a.paragraphs) == 2


def test_inline_credit_is_recorded_and_trimmed_off_the_paragraph() -> None:
    text = f" date 2025-11-11 {BODY} (Фото: kremlin.ru)\n\nВторой абзац текста."
    a = parse_article(text, entities=False)
    assert a.paragraphs[0].text == BODY
    assert a.media_credits[0].text == "(Фото: kremlin.ru)"
    assert a.media_credits[0].credit == "kremlin.ru"


@pytest.mark.parametrize(
    "line",
    [
        "Подписывайтесь на наши новости в Telegram",
        "Мы используем файлы cookie, чтобы сайт работал лучше.",
        "Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
        "Читайте также: Лавров провел переговоры с главой МИД Египта",
        "We use cookies to improve your experience.",
        "Sign up for our daily newsletter",
        "© 2025 Example News. All rights reserved.",
        "Reporting by Anna Smith; Editing by John Brown",
        "Автор: Иван Петров",
    ],
)
def test_boilerplate_lines_are_kept_aside(line: str) -> None:
    text = f" date 2025-11-11 {BODY}\n\n{line}\n\nВторой абзац текста."
    a = parse_article(text, entities=False)
    assert [b.text for b in a.boilerplate] == [line]
    assert [p.text for p in a.paragraphs] == [BODY, "Второй абзац текста."]
    assert not a.media_credits


def test_top_of_page_section_date_line_and_headline() -> None:
    text = (
        "Политика\n\n24 июня 2025, 14:35\n\n"
        "Президент Узбекистана прибыл в Москву с визитом\n\n"
        f"{BODY}\n\nВторой абзац текста."
    )
    a = parse_article(text, entities=False)
    assert [b.text for b in a.boilerplate] == ["Политика", "24 июня 2025, 14:35"]
    assert a.published == PartialDate(year=2025, month=6, day=24)  # from the page's date line
    assert a.headline is not None
    assert a.headline.text == "Президент Узбекистана прибыл в Москву с визитом"
    assert a.lead == a.paragraphs[0]
    assert [p.text for p in a.paragraphs] == [BODY, "Второй абзац текста."]


def test_no_headline_when_the_first_paragraph_is_a_sentence() -> None:
    a = parse_article(f" date 2025-11-11 {BODY}\n\nВторой абзац текста.", entities=False)
    assert a.headline is None
    assert a.lead is None


def test_headline_on_its_own_line_directly_above_the_body() -> None:
    a = parse_article(
        "Лавров прибыл в Пекин на переговоры\nМинистр встретился с коллегой.",
        published="2025-03-14",
        entities=False,
    )
    assert a.headline is not None
    assert a.headline.text == "Лавров прибыл в Пекин на переговоры"
    assert [p.text for p in a.paragraphs] == ["Министр встретился с коллегой."]


def test_nothing_is_dropped() -> None:
    text = (
        "Политика\n\nЗаголовок статьи о встрече министров\n\nТекст. Фото: ТАСС\n\n"
        "Подписывайтесь на нас\n\nЕщё текст."
    )
    a = parse_article(text, published="2025-01-01", entities=False)
    covered = [a.headline.span] if a.headline else []
    covered += [p.span for p in a.paragraphs] + [b.span for b in a.boilerplate]
    covered += [c.span for c in a.media_credits if c.span]
    chars = set()
    for span in covered:
        chars.update(range(span.start, span.end))
    assert all(i in chars for i, ch in enumerate(text) if not ch.isspace())


# ---------------------------------------------------------------------------------- errors


def test_impossible_header_date_points_at_the_month() -> None:
    with pytest.raises(ParseError) as info:
        parse_article(" date 2025-13-45 Текст статьи.")
    error = info.value
    assert (error.line, error.column) == (1, 12)
    assert "month must be 1-12" in str(error)
    assert str(error).splitlines()[-1] == "    " + " " * 11 + "^"


def test_impossible_day_points_at_the_day() -> None:
    with pytest.raises(ParseError) as info:
        parse_article(" date 2025-02-30 Текст статьи.")
    assert (info.value.line, info.value.column) == (1, 15)
    assert "day must be 1-28" in str(info.value)


@pytest.mark.parametrize(
    "text", ["", "   \n\n\t", "\ufeff", " date 2025-11-11 ", " date 2025-11-11   \n\n  "]
)
def test_empty_text_is_a_parse_error(text: str) -> None:
    with pytest.raises(ParseError, match="empty text"):
        parse_article(text)


def test_binary_junk_is_a_parse_error_at_its_place() -> None:
    with pytest.raises(ParseError) as info:
        parse_article("Первая строка.\nВторая\x00\x01\x02 строка.")
    assert (info.value.line, info.value.column) == (2, 7)
    assert "binary data" in str(info.value)


def test_bytes_that_are_not_utf8_are_a_parse_error() -> None:
    with pytest.raises(ParseError, match="not UTF-8") as info:
        parse_article(b"Text line\n\xff\xfe\x00junk")
    assert info.value.line == 2
    assert parse_article(" date 2025-11-11 Текст статьи.".encode(), entities=False).published is not None


def test_text_with_only_credits_and_boilerplate_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="no body text") as info:
        parse_article(" date 2025-11-11 \n\nФото: gov.kz\n\nПодписывайтесь на наши новости")
    assert (info.value.line, info.value.column) == (3, 1)


def test_text_without_words_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="no words"):
        parse_article("12345 --- 678")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"published": "2025-13-01"}, "published: impossible date"),
        ({"published": "yesterday"}, "published: expected"),
        ({"published": 20251111}, "published: expected a date"),
        ({"language": "русский"}, "language: expected a BCP 47 tag"),
    ],
)
def test_bad_arguments_are_parse_errors(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse_article(BODY, **kwargs)  # type: ignore[arg-type]


def test_language_is_detected_or_normalised() -> None:
    assert parse_article(BODY, entities=False).language == "ru"
    assert parse_article("The ministers met in Beijing on Thursday.", entities=False).language == "en"
    assert parse_article(BODY, language="RU_ru", entities=False).language == "ru-RU"
