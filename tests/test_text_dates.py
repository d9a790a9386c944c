"""The date rules: each expression, resolved against the published date, with its precision."""

from __future__ import annotations

import pytest

from eventkit import Precision, parse_article

__all__: list[str] = []


def dates(text: str, published: str | None = "2025-11-12") -> list[tuple[str, str, str]]:
    article = parse_article(text, published=published, entities=False)
    return [(d.text, str(d.dates.start), str(d.dates.end)) for d in article.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Документ датирован 2025-11-03.", ("2025-11-03", "2025-11-03", "2025-11-03")),
        ("Документ подписан 03.11.2025 в Москве.", ("03.11.2025", "2025-11-03", "2025-11-03")),
        ("Встреча пройдет 11 ноября.", ("11 ноября", "2025-11-11", "2025-11-11")),
        ("Токаев посетит Россию 11-12 ноября.", ("11-12 ноября", "2025-11-11", "2025-11-12")),
        ("Токаев посетит Россию 11–12 ноября.", ("11–12 ноября", "2025-11-11", "2025-11-12")),
        ("Форум пройдет с 24 по 25 ноября.", ("с 24 по 25 ноября", "2025-11-24", "2025-11-25")),
        (
            "Выставка открыта с 30 октября по 2 ноября.",
            ("с 30 октября по 2 ноября", "2025-10-30", "2025-11-02"),
        ),
        ("Аллея была открыта в мае 2025 года.", ("в мае 2025 года", "2025-05", "2025-05")),
        ("Соглашение подписали в 2015 году.", ("в 2015 году", "2015", "2015")),
        ("Программа действовала в 2015-2016 годах.", ("в 2015-2016 годах", "2015", "2016")),
        ("Встреча прошла 10-го числа.", ("10-го числа", "2025-11-10", "2025-11-10")),
        ("Он прилетел в среду.", ("в среду", "2025-11-12", "2025-11-12")),
        ("Министр прибыл в Минск в понедельник.", ("в понедельник", "2025-11-10", "2025-11-10")),
        ("Министр прибудет в Минск в пятницу.", ("в пятницу", "2025-11-14", "2025-11-14")),
        ("В пятницу у министра запланирована встреча.", ("В пятницу", "2025-11-14", "2025-11-14")),
        ("Главы государств утвердят декларацию в октябре.", ("в октябре", "2026-10", "2026-10")),
        ("Накануне в Кремле обсуждали этот вопрос.", ("Накануне", "2025-11-11", "2025-11-11")),
        ("Вчера министры встретились.", ("Вчера", "2025-11-11", "2025-11-11")),
        ("Сегодня министры встретились.", ("Сегодня", "2025-11-12", "2025-11-12")),
        ("Завтра министры встретятся.", ("Завтра", "2025-11-13", "2025-11-13")),
        ("Товарооборот вырос в прошлом году.", ("в прошлом году", "2024", "2024")),
        (
            "Разговор состоялся в понедельник 10 ноября.",
            ("в понедельник 10 ноября", "2025-11-10", "2025-11-10"),
        ),
        ("The talks took place on November 11.", ("November 11", "2025-11-11", "2025-11-11")),
        (
            "He will visit Japan from November 24 to 25.",
            ("from November 24 to 25", "2025-11-24", "2025-11-25"),
        ),
        ("The forum is held on 11-12 November 2025.", ("11-12 November 2025", "2025-11-11", "2025-11-12")),
        ("The alley opened in May 2025.", ("in May 2025", "2025-05", "2025-05")),
        ("The treaty was signed in 2015.", ("in 2015", "2015", "2015")),
        ("The ministers met on Monday.", ("on Monday", "2025-11-10", "2025-11-10")),
        ("The ministers met yesterday.", ("yesterday", "2025-11-11", "2025-11-11")),
        ("The ministers will meet tomorrow.", ("tomorrow", "2025-11-13", "2025-11-13")),
        ("They spoke on Monday, November 10.", ("on Monday, November 10", "2025-11-10", "2025-11-10")),
        ("It is the first summit since 2021.", ("2021", "2021", "2021")),
        ("The ministers will meet again on the 20th.", ("on the 20th", "2025-11-20", "2025-11-20")),
    ],
)
def test_date_expressions(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text) == [expected]


def test_precision_of_each_kind() -> None:
    article = parse_article(
        "Встреча 11 ноября. Аллея открыта в мае 2025 года. Договор подписан в 2015 году.",
        published="2025-11-12",
        entities=False,
    )
    assert [d.dates.start.precision for d in article.dates] == [
        Precision.DAY,
        Precision.MONTH,
        Precision.YEAR,
    ]


def test_eve_of_an_event_is_not_a_date() -> None:
    assert dates("Мы открываем сквер накануне исторического государственного визита.") == []
    assert dates("Накануне визита министры созвонились.") == []


def test_a_family_name_after_nakanune_is_its_subject_not_an_eve() -> None:
    assert dates("Накануне Смирнов встретился с мэром.") == [("Накануне", "2025-11-11", "2025-11-11")]
    assert dates("Накануне Медведев провел совещание.") == [("Накануне", "2025-11-11", "2025-11-11")]
    assert dates("Накануне Нового года министры созвонились.") == []


def test_a_subject_or_a_named_object_after_nakanune_is_no_eve() -> None:
    # a feminine adjective in the nominative, then a name before its verb: the day before
    day_before = [("Накануне", "2025-11-11", "2025-11-11")]
    assert dates("Накануне венгерская делегация посетила завод.") == day_before
    assert dates("Накануне Орлова принял губернатор.") == day_before
    assert dates("Накануне Дня города министры созвонились.") == []


def test_a_verb_after_и_of_another_tense_keeps_its_own_date() -> None:
    assert dates("Визит начался в среду и завершится в пятницу.", published="2025-11-13") == [
        ("в среду", "2025-11-12", "2025-11-12"),
        ("в пятницу", "2025-11-14", "2025-11-14"),
    ]


def test_a_week_is_its_days_from_monday_to_sunday() -> None:
    # published on Wednesday 12 November 2025
    assert dates("Министры встретятся на следующей неделе.") == [
        ("на следующей неделе", "2025-11-17", "2025-11-23")
    ]
    assert dates("На прошлой неделе комиссия провела заседание.") == [
        ("На прошлой неделе", "2025-11-03", "2025-11-09")
    ]
    assert dates("The minister will travel to Riga next week.") == [("next week", "2025-11-17", "2025-11-23")]
    assert dates("The two envoys met in Oslo last week.") == [("last week", "2025-11-03", "2025-11-09")]


def test_a_year_told_from_the_published_one_after_a_month_or_a_day() -> None:
    assert dates("Визит прошел в сентябре прошлого года.") == [
        ("в сентябре прошлого года", "2024-09", "2024-09")
    ]
    assert dates("Встреча прошла 28 декабря прошлого года.") == [
        ("28 декабря прошлого года", "2024-12-28", "2024-12-28")
    ]
    assert dates("Саммит пройдет 12-13 марта следующего года.") == [
        ("12-13 марта следующего года", "2026-03-12", "2026-03-13")
    ]


def test_a_month_a_plan_is_for_after_na() -> None:
    assert dates("Визит намечен на апрель.") == [("на апрель", "2026-04", "2026-04")]
    assert dates("Визит намечен на март следующего года.") == [
        ("на март следующего года", "2026-03", "2026-03")
    ]


def test_english_month_and_weekday_names_need_their_capital() -> None:
    assert dates("Russia may join the talks; the troops march on.") == []


def test_year_of_a_date_without_one_is_the_nearest_to_the_published_date() -> None:
    # Last December in an article of early January, next January in one of late December.
    assert dates("Встреча прошла 25 декабря.", "2025-01-05") == [("25 декабря", "2024-12-25", "2024-12-25")]
    assert dates("Встреча пройдет 15 января.", "2025-12-20") == [("15 января", "2026-01-15", "2026-01-15")]
    # A past-tense sentence does not move a date that is near enough ahead.
    assert dates("They discussed a visit on May 8-9.", "2025-03-14") == [
        ("May 8-9", "2025-05-08", "2025-05-09")
    ]


def test_numbered_day_follows_the_tense_of_its_clause() -> None:
    text = "Он добавил, что следующий контакт может состояться 13-го числа."
    assert dates(text, "2021-06-29") == [("13-го числа", "2021-07-13", "2021-07-13")]


def test_a_month_without_a_day_in_a_future_clause_is_the_next_such_month() -> None:
    text = "Стороны встретятся на саммите, который состоится в декабре в Омске."
    assert dates(text, "2026-02-25") == [("в декабре", "2026-12", "2026-12")]
    assert dates("Саммит состоится в феврале.", "2026-02-25") == [("в феврале", "2026-02", "2026-02")]
    assert dates("Саммит прошел в декабре.", "2026-02-25") == [("в декабре", "2025-12", "2025-12")]


def test_a_second_verb_joined_by_and_keeps_its_own_tense() -> None:
    # published on a Thursday
    text = "The envoy arrived in Baku on Monday and will see the president on Friday."
    assert dates(text, "2026-03-12") == [
        ("on Monday", "2026-03-09", "2026-03-09"),
        ("on Friday", "2026-03-13", "2026-03-13"),
    ]
    # a plain "and" between two names joins no verb
    assert dates("The envoy and the mayor will meet on Monday.", "2026-03-12") == [
        ("on Monday", "2026-03-16", "2026-03-16")
    ]


def test_a_weekday_after_a_verb_of_meeting_signing_or_discussing_in_the_singular_future_is_to_come() -> None:
    assert dates("В пятницу он встретится с министром.", "2026-03-12") == [
        ("В пятницу", "2026-03-13", "2026-03-13")
    ]
    assert dates("В пятницу министр подпишет соглашение.", "2026-03-12") == [
        ("В пятницу", "2026-03-13", "2026-03-13")
    ]


def test_without_a_published_date_relative_words_do_not_resolve() -> None:
    text = "Договор подписан 3 мая 2015 года. Вчера стороны созвонились, а в пятницу встретятся."
    assert dates(text, None) == [
        ("3 мая 2015 года", "2015-05-03", "2015-05-03"),
        ("в пятницу", "2015-05-08", "2015-05-08"),  # to come: on or after the text's date
    ]
    assert dates("Вчера стороны созвонились, а в пятницу встретятся.", None) == []


def test_without_a_published_date_a_date_without_a_year_takes_the_year_of_a_full_date() -> None:
    text = (
        "Встреча прошла 11 ноября, а договор подписан 3 мая 2015 года. "
        "В 1998 году страны открыли посольства. Переговоры начнутся 20 января, визит пройдет в марте."
    )
    assert dates(text, None) == [
        ("11 ноября", "2015-11-11", "2015-11-11"),  # no full date before it: the first one after
        ("3 мая 2015 года", "2015-05-03", "2015-05-03"),
        ("В 1998 году", "1998", "1998"),  # a year alone lends no year
        ("20 января", "2015-01-20", "2015-01-20"),
        ("в марте", "2015-03", "2015-03"),
    ]


def test_without_a_published_date_or_a_full_date_a_date_without_a_year_does_not_resolve() -> None:
    assert dates("Встреча прошла 11 ноября, а в 2015 году стороны подписали договор.", None) == [
        ("в 2015 году", "2015", "2015")
    ]


def test_impossible_dates_are_not_reported() -> None:
    assert dates("Встреча назначена на 31 февраля.") == []
    assert dates("Документ датирован 2025-02-30.") == []


def test_date_spans_point_into_the_text() -> None:
    article = parse_article(" date 2025-11-11 Визит пройдет 11-12 ноября.", entities=False)
    (mention,) = article.dates
    assert article.text[mention.span.start : mention.span.end] == "11-12 ноября"


def test_the_header_date_is_not_a_mention() -> None:
    assert parse_article(" date 2025-11-11 Стороны провели переговоры.", entities=False).dates == ()


def test_a_pattern_needs_a_digit_only_when_every_match_holds_one() -> None:
    import re

    from eventkit.text._dates import _needs_digit

    assert _needs_digit(re.compile(r"(?:в\s+)?(?P<y>[12][0-9]{3})\s*год", re.IGNORECASE))
    assert _needs_digit(re.compile(r"(?:с\s+(?P<d>[0-9]+)\s+по|(?P<e>0?[1-9])-)\s*мая"))
    assert not _needs_digit(re.compile(r"(?:в\s+)?(?:мае|июне)(?:\s+(?P<y>[12][0-9]{3}))?"))
    assert not _needs_digit(re.compile(r"[0-9]+|вчера"))  # one branch without a digit
    assert not _needs_digit(re.compile(r"(?=[0-9])\w+"))  # a look-ahead holds no digit of the match
    assert not _needs_digit(re.compile(r"\d+"))  # any script's digits, not only 0-9


def test_a_block_without_a_digit_still_has_its_month_weekday_and_relative_dates() -> None:
    text = "Переговоры пройдут в ноябре. Во вторник стороны созвонились. Вчера министры встретились."
    assert [d[0] for d in dates(text)] == ["в ноябре", "Во вторник", "Вчера"]


def test_an_english_month_after_for_unless_a_day_follows() -> None:
    assert dates("The visit is scheduled for May.", "2026-04-16") == [("for May", "2026-05", "2026-05")]
    assert dates("A summit set for Nov. 27 was put off.", "2026-11-20") == [
        ("Nov. 27", "2026-11-27", "2026-11-27")
    ]


def test_a_page_top_date_line_takes_the_first_date_that_names_its_year() -> None:
    from eventkit.text._dates import first_absolute_date

    date = first_absolute_date("27 июня, обновлено 3 июля 2020 года")
    assert date is not None
    assert date.isoformat() == "2020-07-03"


def test_a_clause_with_no_tense_word_takes_the_tense_of_the_nearest_one_in_its_sentence() -> None:
    text = (
        "The minister spoke by telephone with his counterpart on Thursday to explain the decision, "
        "and the two agreed that the visit would take place next year."
    )
    assert dates(text, "2026-12-04")[0] == ("on Thursday", "2026-12-03", "2026-12-03")
    text = (
        "The delegation reached an agreement in principle, and the minister will sign it in Baku "
        "on Thursday after a meeting."
    )
    assert dates(text, "2026-12-04")[0] == ("on Thursday", "2026-12-10", "2026-12-10")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Министры договорились встретиться в конце октября в Баку.",
            "2026-09-24",
            ("в конце октября", "2026-10"),
        ),
        ("Совет соберется в середине ноября.", "2026-09-24", ("в середине ноября", "2026-11")),
        ("В начале декабря делегация побывала в Ереване.", "2026-12-20", ("В начале декабря", "2026-12")),
        ("В конце декабря делегация побывала в Ереване.", "2027-01-10", ("В конце декабря", "2026-12")),
        (
            "Комиссию перенесли на начало следующего года.",
            "2026-06-19",
            ("на начало следующего года", "2027"),
        ),
        (
            "Стороны проведут консультации в начале следующего года.",
            "2026-09-24",
            ("в начале следующего года", "2027"),
        ),
        ("Работы закончат к концу года.", "2026-09-24", ("к концу года", "2026")),
        ("Завод открыли в конце 2019 года.", "2026-09-24", ("в конце 2019 года", "2019")),
        (
            "Договор ратифицируют во второй половине 2027 года.",
            "2026-09-24",
            ("во второй половине 2027 года", "2027"),
        ),
        (
            "Посол вручил грамоты в конце марта прошлого года.",
            "2026-09-24",
            ("в конце марта прошлого года", "2025-03"),
        ),
        ("The ministers will meet in late October in Baku.", "2026-09-24", ("in late October", "2026-10")),
        ("A summit is planned in early December.", "2026-09-24", ("in early December", "2026-12")),
        ("Talks will resume in mid-November.", "2026-09-24", ("in mid-November", "2026-11")),
        (
            "The deal should be signed by the end of the year.",
            "2026-09-24",
            ("by the end of the year", "2026"),
        ),
        (
            "The envoy arrived at the end of October 2025.",
            "2026-09-24",
            ("at the end of October 2025", "2025-10"),
        ),
        (
            "A visit is expected in the first half of 2027.",
            "2026-09-24",
            ("in the first half of 2027", "2027"),
        ),
        (
            "Consultations will follow at the start of next year.",
            "2026-09-24",
            ("at the start of next year", "2027"),
        ),
    ],
)
def test_a_part_of_a_period_is_the_period_at_its_own_precision(
    text: str, published: str, expected: tuple[str, str]
) -> None:
    mention, value = expected
    assert dates(text, published) == [(mention, value, value)]


def test_a_part_of_a_meeting_or_a_decade_is_no_date() -> None:
    assert dates("В начале встречи министр поблагодарил хозяев.", "2026-09-24") == []
    assert dates("At the start of the talks the minister spoke.", "2026-09-24") == []
    assert dates("В конце 1990-х годов он работал в Вене.", "2026-09-24") == []


def test_a_part_of_a_month_without_a_published_date_takes_the_year_of_a_full_date_before_it() -> None:
    text = "Договор подписали 3 июля 2020 года, а в конце октября его ратифицировали."
    assert dates(text, None)[-1] == ("в конце октября", "2020-10", "2020-10")
    assert dates("Стороны встретятся в конце года.", None) == []


def test_a_weekday_without_a_published_date_is_the_nearest_such_day_to_a_full_date_of_the_text() -> None:
    text = "Министр прибыл в Рим 14 октября 2019 года. Во вторник он провёл переговоры, в воскресенье улетел."
    assert dates(text, None)[1:] == [
        ("Во вторник", "2019-10-15", "2019-10-15"),
        ("в воскресенье", "2019-10-13", "2019-10-13"),
    ]
    later = "В пятницу министр встретился с послом. Соглашение подписали 21 марта 2024 года."
    assert dates(later, None)[0] == ("В пятницу", "2024-03-22", "2024-03-22")
    assert dates("В понедельник министр прибыл в Рим.", None) == []
    english = "The minister arrived in Rome on October 14, 2019. On Tuesday he held talks."
    assert dates(english, None)[-1] == ("On Tuesday", "2019-10-15", "2019-10-15")
