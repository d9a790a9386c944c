"""Which words name an event at all (travelling that is no one's visit, contact over time that is
no one meeting, a demonstrative's event told in other words), and which dates of a sentence are
no event's time (the year of another noun, the date of a birth or a death).

The sentences are our own. Each test names the behaviour it checks.
"""

from __future__ import annotations

from test_events import build, check, dates_of, names

from eventkit import EventKind


def test_people_at_large_arriving_make_no_visit() -> None:
    article = build(
        "Туристы из Омска прибыли в Томск на поезде. Осенью в город приедут новые студенты.",
        venues=[("Омск", "city", ["Омска"]), ("Томск", "city", ["Томск"])],
    )
    assert check(article) == ()


def test_a_named_traveller_still_makes_a_visit() -> None:
    article = build(
        "Министр Ларс Хольм прибыл в Томск.",
        persons=[("Ларс Хольм", ["Ларс Хольм"], ["министр"])],
        venues=[("Томск", "city", ["Томск"])],
    )
    (visit,) = check(article)
    assert (visit.kind, names(article, visit)) == (EventKind.VISIT, [("Ларс Хольм", "visitor")])


def test_a_delegation_that_travels_makes_a_visit_though_it_names_no_one() -> None:
    article = build(
        "Торговая миссия области побывала в Томске в мае.",
        venues=[("Томск", "city", ["Томске"])],
    )
    (visit,) = check(article)
    assert visit.kind is EventKind.VISIT


def test_a_visit_named_by_its_noun_stays_though_it_names_no_one() -> None:
    article = build(
        "Визит в Томск пройдет в мае.",
        venues=[("Томск", "city", ["Томск"])],
    )
    (visit,) = check(article)
    assert visit.kind is EventKind.VISIT


def test_a_bare_year_after_another_noun_is_that_nouns_not_the_events() -> None:
    article = build(
        "На церемонии в Омске лучшим романом 2024 года назван «Сад».",
        venues=[("Омск", "city", ["Омске"])],
        dates=[("2024 года", "2024", "2024")],
    )
    (ceremony,) = check(article)
    assert (ceremony.kind, ceremony.dates) == (EventKind.CEREMONY, None)


def test_a_bare_year_after_a_part_of_the_year_or_the_events_word_dates_the_event() -> None:
    for text in ("Весной 2024 года в Омске прошла церемония.", "Церемония 2024 года прошла в Омске."):
        article = build(text, venues=[("Омск", "city", ["Омске"])], dates=[("2024 года", "2024", "2024")])
        (ceremony,) = check(article)
        assert dates_of(ceremony) == ("2024", "2024"), text


def test_an_undated_past_imperfective_meeting_alone_in_its_sentence_is_no_event() -> None:
    article = build(
        "Долгое время Анна Вик встречалась с Ларсом Хольмом.",
        persons=[("Анна Вик", ["Анна Вик"], []), ("Ларс Хольм", ["Ларсом Хольмом"], [])],
    )
    assert check(article) == ()


def test_a_dated_past_imperfective_meeting_is_one_meeting() -> None:
    article = build(
        "Анна Вик и Ларс Хольм встречались в мае в Омске.",
        persons=[("Анна Вик", ["Анна Вик"], []), ("Ларс Хольм", ["Ларс Хольм"], [])],
        venues=[("Омск", "city", ["Омске"])],
        dates=[("в мае", "2025-05", "2025-05")],
    )
    (meeting,) = check(article)
    assert (meeting.kind, dates_of(meeting)) == (EventKind.MEETING, ("2025-05", "2025-05"))


def test_the_date_of_a_birth_or_a_death_is_no_time_of_the_event() -> None:
    article = build(
        "Родившийся 3 мая 1950 года в Омске Ларс Хольм посетил Томск 6 июня 2024 года.",
        persons=[("Ларс Хольм", ["Ларс Хольм"], [])],
        venues=[("Омск", "city", ["Омске"]), ("Томск", "city", ["Томск"])],
        dates=[
            ("3 мая 1950 года", "1950-05-03", "1950-05-03"),
            ("6 июня 2024 года", "2024-06-06", "2024-06-06"),
        ],
    )
    (visit,) = check(article)
    assert dates_of(visit) == ("2024-06-06", "2024-06-06")
    article = build(
        "Премию вручат на церемонии в Омске в годовщину его смерти в 1990 году.",
        venues=[("Омск", "city", ["Омске"])],
        dates=[("в 1990 году", "1990", "1990")],
    )
    (ceremony,) = check(article)
    assert ceremony.dates is None


def test_a_demonstrative_meeting_with_none_told_before_is_no_event() -> None:
    article = build(
        "Ларс Хольм раздал детям книги. Они надолго запомнят эту встречу.",
        persons=[("Ларс Хольм", ["Ларс Хольм"], [])],
    )
    assert check(article) == ()


def test_a_demonstrative_meeting_joins_the_meeting_told_before() -> None:
    article = build(
        "Ларс Хольм встретился с Анной Вик в Омске. Эта встреча стала первой.",
        persons=[("Ларс Хольм", ["Ларс Хольм"], []), ("Анна Вик", ["Анной Вик"], [])],
        venues=[("Омск", "city", ["Омске"])],
    )
    (meeting,) = check(article)
    assert [m.text for m in meeting.evidence][-1] == "встреча"
