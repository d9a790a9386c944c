"""Visits being held and the parts spoken of apart from them; a role title that is an event's own
words; an event named as the purpose of a trip.

The sentences are our own. Each test names the behaviour it checks.
"""

from __future__ import annotations

from test_events import build, check, dates_of, names, venue_name

import eventkit
from eventkit import EventKind, EventStatus

_HOLM = ("Ларс Хольм", ["Ларс Хольм", "Хольм"], [])
_VIK = ("Анна Вик", ["Анна Вик"], [])


def test_a_role_title_that_names_a_visit_does_not_hide_the_visit() -> None:
    # a recognizer that took "рабочий" for an occupation gave the minister the role "рабочий визит"
    article = build(
        "Министр Ларс Хольм находится в Омске с рабочим визитом.",
        persons=[("Ларс Хольм", ["Ларс Хольм"], ["рабочий визит"])],
        venues=[("Омск", "city", ["Омске"])],
    )
    (visit,) = check(article)
    assert (visit.kind, names(article, visit)) == (EventKind.WORKING_VISIT, [("Ларс Хольм", "visitor")])


def test_a_signing_spoken_of_before_the_visit_being_held_is_part_of_it() -> None:
    article = build(
        "Премьер-министры Ларс Хольм и Анна Вик подписали в среду в Омске соглашение о поставках "
        "зерна. Хольм находится в стране с официальным визитом, который завершится в четверг.",
        published="2026-06-03",
        persons=[_HOLM, _VIK],
        venues=[("Омск", "city", ["Омске"])],
        dates=[("в среду", "2026-06-03", "2026-06-03"), ("в четверг", "2026-06-04", "2026-06-04")],
    )
    signing, visit = check(article)
    assert (signing.kind, visit.kind) == (EventKind.SIGNING, EventKind.OFFICIAL_VISIT)
    assert signing.parent == visit.id
    assert dates_of(signing) == ("2026-06-03", "2026-06-03")


def test_an_undated_part_takes_no_last_day_of_a_visit_being_held_for_its_own() -> None:
    article = build(
        "Ларс Хольм находится в стране с официальным визитом, который завершится в четверг. "
        "Хольм провел переговоры с Анной Вик.",
        published="2026-06-03",
        persons=[_HOLM, ("Анна Вик", ["Анной Вик"], [])],
        dates=[("в четверг", "2026-06-04", "2026-06-04")],
    )
    visit, talks = check(article)
    assert (talks.kind, talks.parent, talks.status) == (EventKind.TALKS, visit.id, EventStatus.OCCURRED)
    assert dates_of(talks) is None


def test_an_undated_meeting_far_from_the_visit_being_held_is_not_made_part_of_it() -> None:
    article = build(
        "Ларс Хольм встретился с Анной Вик.\n\nЦены на зерно выросли.\n\n"
        "Хольм находится в стране с официальным визитом, который завершится в четверг.",
        published="2026-06-03",
        persons=[_HOLM, ("Анна Вик", ["Анной Вик"], [])],
        dates=[("в четверг", "2026-06-04", "2026-06-04")],
    )
    meeting, visit = check(article)
    assert (meeting.kind, visit.kind, meeting.parent) == (EventKind.MEETING, EventKind.OFFICIAL_VISIT, None)


def test_a_session_named_as_the_purpose_of_a_trip_is_the_session_to_come() -> None:
    article = build(
        "Ларс Хольм, прибывший в Омск для участия в заседании совета глав государств, встретился "
        "с Анной Вик. Завтра Хольм примет участие в заседании совета.",
        published="2026-10-09",
        persons=[_HOLM, ("Анна Вик", ["Анной Вик"], [])],
        venues=[("Омск", "city", ["Омск"])],
        dates=[("Завтра", "2026-10-10", "2026-10-10")],
    )
    sessions = [e for e in check(article) if e.kind is EventKind.SESSION]
    assert [(e.status, dates_of(e)) for e in sessions] == [
        (EventStatus.SCHEDULED, ("2026-10-10", "2026-10-10"))
    ]


def test_an_event_after_a_also_shares_the_clause_its_place_and_status() -> None:
    article = build(
        "В Омске запланированы переговоры Ларса Хольма с Анной Вик, а также заседание совета.",
        published="2026-05-06",
        persons=[("Ларс Хольм", ["Ларса Хольма"], []), ("Анна Вик", ["Анной Вик"], [])],
        venues=[("Омск", "city", ["Омске"])],
    )
    talks, session = check(article)
    assert (talks.kind, session.kind, session.status, venue_name(article, session)) == (
        EventKind.TALKS,
        EventKind.SESSION,
        EventStatus.SCHEDULED,
        "Омск",
    )


def test_a_session_after_the_talks_of_a_visit_is_part_of_the_visit_whatever_body_holds_it() -> None:
    article = build(
        "Ларс Хольм 14-15 мая посетит Омск с государственным визитом. В Омске запланированы "
        "переговоры Хольма с Анной Вик, а также первое заседание Высшего совета.",
        published="2026-05-06",
        persons=[("Ларс Хольм", ["Ларс Хольм", "Хольма"], []), ("Анна Вик", ["Анной Вик"], [])],
        organizations=[("Высший совет", ["Высшего совета"])],
        venues=[("Омск", "city", ["Омск", "Омске"])],
        dates=[("14-15 мая", "2026-05-14", "2026-05-15")],
    )
    visit, talks, session = check(article)
    assert (visit.kind, talks.parent, session.kind, session.parent) == (
        EventKind.STATE_VISIT,
        visit.id,
        EventKind.SESSION,
        visit.id,
    )


def test_the_closing_day_of_a_forum_frames_the_session_held_on_it() -> None:
    article = build(
        "Форум проходит в Омске. В заключительный день форума, 14 октября, запланировано "
        "пленарное заседание с участием Ларса Хольма.",
        published="2026-10-13",
        persons=[("Ларс Хольм", ["Ларса Хольма"], [])],
        venues=[("Омск", "city", ["Омске"])],
        dates=[("14 октября", "2026-10-14", "2026-10-14")],
    )
    forum, session = check(article)
    assert (forum.kind, forum.status, dates_of(forum)) == (EventKind.FORUM, EventStatus.OCCURRED, None)
    assert (session.kind, session.status, session.parent) == (
        EventKind.SESSION,
        EventStatus.SCHEDULED,
        forum.id,
    )


def test_a_relative_clause_after_a_forum_named_after_its_session_dates_the_forum() -> None:
    article = build(
        "13 октября Ларс Хольм принял участие в пленарном заседании Международного форума "
        "«Северные чтения», который проходит в Омске 12-14 октября.",
        published="2026-10-13",
        persons=[("Ларс Хольм", ["Ларс Хольм"], [])],
        venues=[("Омск", "city", ["Омске"])],
        dates=[("13 октября", "2026-10-13", "2026-10-13"), ("12-14 октября", "2026-10-12", "2026-10-14")],
    )
    session, forum = sorted(check(article), key=lambda e: e.kind is EventKind.FORUM)
    assert (session.kind, dates_of(session), session.parent) == (
        EventKind.SESSION,
        ("2026-10-13", "2026-10-13"),
        forum.id,
    )
    assert (forum.kind, dates_of(forum)) == (EventKind.FORUM, ("2026-10-12", "2026-10-14"))


def test_an_event_the_same_day_takes_the_day_of_the_event_before_it() -> None:
    article = build(
        "Ларс Хольм сегодня принял участие в открытии нового терминала в Омске. В тот же день он "
        "провел встречу с Анной Вик.",
        published="2026-09-09",
        persons=[("Ларс Хольм", ["Ларс Хольм"], []), ("Анна Вик", ["Анной Вик"], [])],
        venues=[("Омск", "city", ["Омске"])],
        dates=[("сегодня", "2026-09-09", "2026-09-09")],
    )
    opening, meeting = check(article)
    assert (opening.kind, meeting.kind) == (EventKind.OPENING, EventKind.MEETING)
    assert dates_of(meeting) == dates_of(opening) == ("2026-09-09", "2026-09-09")


def test_the_same_day_dates_each_of_separate_meetings() -> None:
    article = build(
        "Ларс Хольм сегодня принял участие в открытии нового терминала в Омске. В тот же день он "
        "провел двусторонние встречи с Анной Вик и Эриком Сундом.",
        published="2026-09-09",
        persons=[
            ("Ларс Хольм", ["Ларс Хольм"], []),
            ("Анна Вик", ["Анной Вик"], []),
            ("Эрик Сунд", ["Эриком Сундом"], []),
        ],
        venues=[("Омск", "city", ["Омске"])],
        dates=[("сегодня", "2026-09-09", "2026-09-09")],
    )
    meetings = [e for e in check(article) if e.kind is EventKind.MEETING]
    assert len(meetings) == 2  # one with each
    assert [dates_of(e) for e in meetings] == [("2026-09-09", "2026-09-09")] * 2


def test_the_same_day_after_an_undated_event_gives_no_day() -> None:
    article = build(
        "Ларс Хольм принял участие в открытии нового терминала в Омске. В тот же день он провел "
        "встречу с Анной Вик.",
        published="2026-09-09",
        persons=[("Ларс Хольм", ["Ларс Хольм"], []), ("Анна Вик", ["Анной Вик"], [])],
        venues=[("Омск", "city", ["Омске"])],
    )
    _opening, meeting = check(article)
    assert dates_of(meeting) is None


def test_to_be_received_by_a_president_is_a_meeting_to_come_apart_from_talks_held() -> None:
    article = build(
        "Ларс Хольм и Анна Вик подписали в среду соглашение. Подписание состоялось по итогам "
        "переговоров. В четверг Хольма примет Президент Эрик Сунд.",
        published="2026-06-03",
        persons=[
            ("Ларс Хольм", ["Ларс Хольм", "Хольма"], []),
            ("Анна Вик", ["Анна Вик"], []),
            ("Эрик Сунд", ["Эрик Сунд"], ["президент"]),
        ],
        dates=[("в среду", "2026-06-03", "2026-06-03"), ("В четверг", "2026-06-04", "2026-06-04")],
    )
    meetings = [e for e in check(article) if e.kind in (EventKind.TALKS, EventKind.MEETING)]
    assert [(e.status, dates_of(e)) for e in meetings] == [
        (EventStatus.OCCURRED, None),
        (EventStatus.SCHEDULED, ("2026-06-04", "2026-06-04")),
    ]
    assert sorted(name for name, _ in names(article, meetings[1])) == ["Ларс Хольм", "Эрик Сунд"]


def test_the_same_day_passes_over_an_undated_event_between() -> None:
    article = build(
        "Ларс Хольм сегодня принял участие в открытии нового терминала в Омске.\n\n"
        "Ларс Хольм находится в стране с рабочим визитом. В тот же день он провел встречу с Анной Вик.",
        published="2026-09-09",
        persons=[("Ларс Хольм", ["Ларс Хольм"], []), ("Анна Вик", ["Анной Вик"], [])],
        venues=[("Омск", "city", ["Омске"])],
        dates=[("сегодня", "2026-09-09", "2026-09-09")],
    )
    meeting = next(e for e in check(article) if e.kind is EventKind.MEETING)
    assert dates_of(meeting) == ("2026-09-09", "2026-09-09")


def test_a_group_noun_after_a_framed_event_names_the_persons_of_the_event_before() -> None:
    article = build(
        "Ларс Хольм и Анна Вик подписали в среду соглашение. Подписание состоялось по итогам "
        "переговоров глав правительств.",
        published="2026-06-03",
        persons=[_HOLM, _VIK],
        dates=[("в среду", "2026-06-03", "2026-06-03")],
    )
    talks = next(e for e in check(article) if e.kind is EventKind.TALKS)
    assert sorted(name for name, _ in names(article, talks)) == ["Анна Вик", "Ларс Хольм"]


def test_how_long_a_visit_lasts_says_nothing_of_its_status_and_he_meets_within_it() -> None:
    article = build(
        "Министр Иван Петров, который находится в России с рабочим визитом, провел в четверг "
        "переговоры с Олегом Смирновым.\n"
        "Рабочий визит Петрова продлится до 14 ноября: в пятницу он встретится с Петром Сидоровым.",
        published="2025-11-13",
        persons=[
            ("Иван Петров", ["Иван Петров", "Петрова"], []),
            ("Олег Смирнов", ["Олегом Смирновым"], []),
            ("Петр Сидоров", ["Петром Сидоровым"], []),
        ],
        venues=[("Россия", "country", ["России"])],
        dates=[("в четверг", "2025-11-13", "2025-11-13"), ("в пятницу", "2025-11-14", "2025-11-14")],
    )
    events = check(article)
    visits = [e for e in events if e.kind is EventKind.WORKING_VISIT]
    assert len(visits) == 1
    assert visits[0].status is EventStatus.OCCURRED
    meeting = next(e for e in events if e.kind is EventKind.MEETING)
    assert meeting.parent == visits[0].id
    assert {n for n, _ in names(article, meeting)} == {"Иван Петров", "Петр Сидоров"}


def test_talks_named_with_the_host_alone_after_a_visit_are_part_of_it_with_the_visitor() -> None:
    article = build(
        "Президент Олег Смирнов 22 ноября посетит Туркменистан с государственным визитом.\n"
        "Запланированы переговоры с президентом Туркменистана Петром Сидоровым.",
        persons=[("Олег Смирнов", ["Олег Смирнов"], []), ("Петр Сидоров", ["Петром Сидоровым"], [])],
        venues=[("Туркменистан", "country", ["Туркменистан"])],
        dates=[("22 ноября", "2025-11-22", "2025-11-22")],
    )
    visit, talks = check(article)
    assert (visit.kind, talks.kind) == (EventKind.STATE_VISIT, EventKind.TALKS)
    assert talks.parent == visit.id
    assert {n for n, _ in names(article, talks)} == {"Олег Смирнов", "Петр Сидоров"}


def _venue_of_kind(article: eventkit.Article, kind: EventKind) -> str | None:
    event = next(e for e in article.events if e.kind is kind)
    return venue_name(article, event)


def test_the_country_of_a_stay_named_in_a_participle_clause_gives_way_to_the_dateline_city() -> None:
    article = eventkit.parse_article(
        "АСТАНА, 12 мая. /Казинформ/. Министр иностранных дел Казахстана Ержан Нурланов провел "
        "переговоры с министром иностранных дел Латвии Андрисом Озолсом, находящимся в Казахстане "
        "с официальным визитом.",
        language="ru",
        published="2026-05-12",
    )
    assert _venue_of_kind(article, EventKind.TALKS) == "Астана"
    assert _venue_of_kind(article, EventKind.OFFICIAL_VISIT) == "Казахстан"


def test_the_country_of_a_stay_gives_way_to_a_city_the_clause_names() -> None:
    article = eventkit.parse_article(
        "Президент Казахстана Ержан Нурланов и президент Латвии Андрис Озолс, находящийся в "
        "Казахстане с государственным визитом, 12 мая приняли участие в открытии построенного при "
        "поддержке Латвии музея имени Абая в городе Шымкенте.",
        language="ru",
        published="2026-05-12",
    )
    assert _venue_of_kind(article, EventKind.OPENING) == "Шымкент"


def test_without_a_dateline_in_that_country_the_talks_keep_the_country_of_the_stay() -> None:
    for dateline in ("", "РИГА, 12 мая. /LETA/. "):
        article = eventkit.parse_article(
            f"{dateline}Министр иностранных дел Казахстана Ержан Нурланов провел переговоры с "
            "министром иностранных дел Латвии Андрисом Озолсом, находящимся в Казахстане с "
            "официальным визитом.",
            language="ru",
            published="2026-05-12",
        )
        assert _venue_of_kind(article, EventKind.TALKS) == "Казахстан"


def test_a_trip_tomorrow_to_a_city_of_the_country_of_an_undated_visit_being_held_is_a_leg_of_it() -> None:
    article = eventkit.parse_article(
        "АСТАНА, 8 октября. /Казинформ/. Председатель Сената Казахстана Ержан Нурланов встретился "
        "с делегацией сейма Латвии во главе с его председателем Андрисом Озолсом, находящейся в "
        "Казахстане с официальным визитом.\n\n"
        "Завтра латвийские парламентарии отправятся в Алматы, где примут участие в открытии "
        "центра латвийской культуры.",
        language="ru",
        published="2026-10-08",
    )
    (visit,) = [e for e in article.events if e.kind in (EventKind.VISIT, EventKind.OFFICIAL_VISIT)]
    opening = next(e for e in article.events if e.kind is EventKind.OPENING)
    assert venue_name(article, visit) == "Казахстан"
    assert (opening.parent, venue_name(article, opening)) == (visit.id, "Алматы")


def test_a_trip_before_the_last_day_of_a_visit_being_held_is_a_leg_of_it_and_a_later_one_is_not() -> None:
    text = (
        "ТАШКЕНТ, 5 ноября. /УзА/. Делегация парламента Казахстана во главе с Ержаном Нурлановым "
        "прибыла в Узбекистан с официальным визитом, который продлится до 7 ноября.\n\n"
        "{when} Нурланов посетит Самарканд, где встретится с хокимом области Андрисом Озолсом."
    )
    for when, leg in (("В пятницу", True), ("В декабре", False)):
        article = eventkit.parse_article(text.format(when=when), language="ru", published="2026-11-05")
        visit = next(e for e in article.events if e.kind is EventKind.OFFICIAL_VISIT)
        meeting = next(e for e in article.events if e.kind is EventKind.MEETING)
        assert (meeting.parent == visit.id) is leg, when
        assert venue_name(article, visit) == "Узбекистан"


def test_an_event_that_is_no_visit_is_held_at_the_place_more_precise_than_a_country() -> None:
    article = eventkit.parse_article(
        "МИНСК, 25 июня. /БЕЛТА/. Официальный визит Президента Латвии Андриса Озолса в Беларусь "
        "завершился подписанием совместного заявления. Документ сегодня во Дворце Независимости "
        "подписали Ержан Нурланов и его латвийский коллега.",
        language="ru",
        published="2026-06-25",
    )
    assert _venue_of_kind(article, EventKind.OFFICIAL_VISIT) == "Беларусь"  # a visit: the country
    assert _venue_of_kind(article, EventKind.SIGNING) == "Дворец Независимости"


def test_a_part_of_a_visit_still_to_come_is_where_the_visit_goes_not_at_the_dateline() -> None:
    article = eventkit.parse_article(
        "БИШКЕК, 14 января. /Кабар/. Президент Казахстана Ержан Нурланов посетит Латвию с "
        "государственным визитом в марте. В ходе визита планируется заседание межгосударственного "
        "совета.",
        language="ru",
        published="2026-01-14",
    )
    visit = next(e for e in article.events if e.kind is EventKind.STATE_VISIT)
    session = next(e for e in article.events if e.kind is EventKind.SESSION)
    assert session.parent == visit.id
    assert venue_name(article, session) == "Латвия"


def test_a_visit_named_after_a_capitalised_title_and_name_goes_where_its_words_say() -> None:
    article = eventkit.parse_article(
        "МИНСК, 14 мая. /БЕЛТА/. Президенты провели переговоры в режиме видеосвязи. В ходе "
        "переговоров обсуждалась подготовка визита Президента Беларуси Андрея Костенко в "
        "Узбекистан, который планируется в ноябре.",
        language="ru",
        published="2026-05-14",
    )
    visit = next(e for e in article.events if e.kind is EventKind.VISIT)
    assert venue_name(article, visit) == "Узбекистан"
    assert names(article, visit) == [("Андрей Костенко", "visitor")]


def test_a_business_forum_spoken_of_right_after_a_visit_is_part_of_it_in_russian_text() -> None:
    article = eventkit.parse_article(
        "ВИЛЬНЮС, 4 июня. /ТАСС/. Президент Польши Роман Бабин 15-16 июня посетит Литву с "
        "государственным визитом.\n\n"
        "Бабин также примет участие в литовско-польском бизнес-форуме в Вильнюсе.",
        language="ru",
        published="2026-06-04",
    )
    visit = next(e for e in article.events if e.kind is EventKind.STATE_VISIT)
    forum = next(e for e in article.events if e.kind is EventKind.FORUM)
    assert forum.parent == visit.id
    assert venue_name(article, forum) == "Вильнюс"


def test_a_second_verb_with_a_place_of_its_own_is_held_there_in_russian_text() -> None:
    article = eventkit.parse_article(
        "ВЕНА, 20 мая. /ТАСС/. В пятницу президент Польши Роман Бабин встретится с президентом "
        "Австрии Карлом Остеном в Вене и откроет выставку литовского искусства в Граце.\n\n"
        "Игнас Вайткус прибыл в понедельник в Линц и провел переговоры с Карлом Остеном.",
        language="ru",
        published="2026-05-20",
    )
    assert _venue_of_kind(article, EventKind.MEETING) == "Вена"
    assert _venue_of_kind(article, EventKind.OPENING) == "Грац"
    assert _venue_of_kind(article, EventKind.TALKS) == "Линц"  # no place of its own: the one before


def test_a_guest_in_the_country_on_a_visit_goes_to_the_country_of_the_sentences_city() -> None:
    article = eventkit.parse_article(
        "ВИЛЬНЮС, 12 мая. /ТАСС/. Министр обороны Литвы Игнас Вайткус провел во вторник в Вильнюсе "
        "переговоры с министром обороны Польши Романом Бабиным, находящимся в стране с официальным "
        "визитом.",
        language="ru",
        published="2026-05-12",
    )
    visit = next(e for e in article.events if e.kind is EventKind.OFFICIAL_VISIT)
    talks = next(e for e in article.events if e.kind is EventKind.TALKS)
    assert venue_name(article, visit) == "Литва"  # not the guest's Польша, nor the city
    assert venue_name(article, talks) == "Вильнюс"
    assert talks.parent == visit.id


def test_a_guest_come_to_the_republic_goes_to_the_country_of_the_dateline() -> None:
    article = eventkit.parse_article(
        "ВИЛЬНЮС, 12 мая. /ТАСС/. Президент Литвы Игнас Вайткус провел в четверг в загородной "
        "резиденции переговоры с президентом Польши Романом Бабиным, прибывшим в республику с "
        "государственным визитом.",
        language="ru",
        published="2026-05-12",
    )
    visit = next(e for e in article.events if e.kind is EventKind.STATE_VISIT)
    assert venue_name(article, visit) == "Литва"


def test_the_day_a_russian_visit_ends_is_its_last_not_a_visit_to_come() -> None:
    article = eventkit.parse_article(
        "Министр иностранных дел Латвии Ивар Озолс прибыл во вторник в Казахстан с официальным "
        "визитом. В среду он провел переговоры с министром иностранных дел Казахстана Ермеком "
        "Кошербаевым. Визит завершится в пятницу.",
        published="2026-10-14",
        language="ru",
    )
    (visit,) = [e for e in article.events if e.kind is EventKind.OFFICIAL_VISIT]
    assert visit.status is EventStatus.OCCURRED
    assert visit.dates is not None
    assert (str(visit.dates.start), str(visit.dates.end)) == ("2026-10-13", "2026-10-16")
    assert not [e for e in article.events if e.kind is EventKind.VISIT]


def test_a_russian_arrival_day_is_the_visits_first_and_a_trip_after_it_a_leg() -> None:
    article = eventkit.parse_article(
        "Министр иностранных дел Латвии Ивар Озолс, прибывший накануне в Казахстан с официальным "
        "визитом, провел в среду переговоры с министром иностранных дел Казахстана Ермеком "
        "Кошербаевым. Позднее Озолса принял президент Казахстана Касым-Жомарт Токаев. В четверг "
        "Озолс отправится в Алматы, где встретится с акимом города Даном Ахметовым.",
        published="2026-10-14",
        language="ru",
    )
    visits = [e for e in article.events if e.kind in (EventKind.VISIT, EventKind.OFFICIAL_VISIT)]
    assert [v.kind for v in visits] == [EventKind.OFFICIAL_VISIT]
    meetings = [e for e in article.events if e.kind is EventKind.MEETING]
    assert len(meetings) == 2
    assert all(m.parent == visits[0].id for m in meetings)
    reception = meetings[0]
    assert reception.dates is None or str(reception.dates.start) != "2026-10-13"


def test_a_reception_later_in_the_day_takes_the_day_of_the_talks_before_it() -> None:
    for later in ("Позднее", "Позднее в тот же день"):
        article = eventkit.parse_article(
            "Министр иностранных дел Латвии Ивар Озолс провел в среду в Астане переговоры с "
            f"министром иностранных дел Казахстана Ермеком Кошербаевым. {later} латвийского "
            "министра принял президент Казахстана Касым-Жомарт Токаев.",
            published="2026-10-14",
            language="ru",
        )
        (meeting,) = [e for e in article.events if e.kind is EventKind.MEETING]
        assert meeting.dates is not None, later
        assert str(meeting.dates.start) == "2026-10-14", later


def test_the_sides_who_agree_to_continue_at_a_summit_take_part_in_it() -> None:
    for agreed in (
        "Собеседники договорились продолжить общение в ходе саммита СНГ",
        "Условлено продолжить личный диалог на полях саммита СНГ",
    ):
        article = eventkit.parse_article(
            "Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с президентом "
            f"Узбекистана Шавкатом Мирзиёевым. {agreed}, который пройдет в октябре в Душанбе.",
            published="2026-09-08",
            language="ru",
        )
        (summit,) = [e for e in article.events if e.kind is EventKind.SUMMIT]
        persons = {p.id: p.name for p in article.persons}
        assert sorted(persons[p.entity] for p in summit.participants) == [
            "Касым-Жомарт Токаев",
            "Шавкат Мирзиёев",
        ], agreed


def test_a_day_set_off_before_the_first_or_last_day_of_an_event_is_that_day_of_it() -> None:
    article = eventkit.parse_article(
        "ТАШКЕНТ, 9 сентября. Министр иностранных дел Грузии Мака Бочоришвили, прибывшая в Ташкент в "
        "понедельник с официальным визитом, провела во вторник переговоры с главой МИД Узбекистана "
        "Бахтиёром Саидовым.\n\n"
        "В четверг, в заключительный день визита, грузинского министра примет президент Узбекистана "
        "Шавкат Мирзиёев.",
        language="ru",
        published="2026-09-09",
    )
    (visit,) = [e for e in article.events if e.kind is EventKind.OFFICIAL_VISIT]
    assert (str(visit.dates.start), str(visit.dates.end)) == ("2026-09-07", "2026-09-10")
    assert visit.status is EventStatus.OCCURRED
    forum = eventkit.parse_article(
        "Глава МИД Казахстана Ермек Кошербаев принял участие в Балтийском экономическом форуме, "
        "который завершился в воскресенье в Риге.\n\n"
        "В пятницу, в первый день форума, Кошербаев встретился с министром иностранных дел Латвии "
        "Байбой Браже.",
        language="ru",
        published="2026-05-18",
    )
    (gathering,) = [e for e in forum.events if e.kind is EventKind.FORUM]
    assert (str(gathering.dates.start), str(gathering.dates.end)) == ("2026-05-15", "2026-05-17")


def test_a_visit_after_a_russian_invitation_is_to_come_and_only_invited_to_unless_accepted() -> None:
    accepted = eventkit.parse_article(
        "Премьер-министр Монголии Гомбожавын Занданшатар принял приглашение совершить официальный "
        "визит в Казахстан осенью.",
        language="ru",
        published="2026-05-12",
    )
    (visit,) = [e for e in accepted.events if e.kind is EventKind.OFFICIAL_VISIT]
    assert visit.status is EventStatus.SCHEDULED
    assert [n for n, _ in names(accepted, visit)] == ["Гомбожавын Занданшатар"]
    passed_on = eventkit.parse_article(
        "Посол Индии Раджив Кумар передал казахстанскому министру приглашение посетить Нью-Дели.",
        language="ru",
        published="2026-05-12",
    )
    assert not [e for e in passed_on.events if e.kind in (EventKind.VISIT, EventKind.OFFICIAL_VISIT)]


def test_a_meeting_on_its_sidelines_after_a_pronoun_is_held_at_the_gathering_spoken_of_before() -> None:
    article = eventkit.parse_article(
        "ДУШАНБЕ, 15 октября. В среду в Душанбе прошел форум министров экономики стран СНГ.\n\n"
        "Армянскую делегацию возглавил министр экономики Армении Геворг Папоян, находящийся в "
        "Таджикистане с рабочим визитом.\n\n"
        "На его полях Папоян провел встречу с министром экономического развития Таджикистана "
        "Завки Завкизода.",
        language="ru",
        published="2026-10-15",
    )
    (forum,) = [e for e in article.events if e.kind is EventKind.FORUM]
    (meeting,) = [e for e in article.events if e.kind is EventKind.MEETING]
    assert meeting.parent == forum.id


def test_earlier_on_the_same_day_dates_a_sentence_by_the_day_of_the_event_before() -> None:
    article = eventkit.parse_article(
        "БИШКЕК, 20 мая. Министр иностранных дел Кыргызстана Жээнбек Кулубаев и его казахстанский "
        "коллега Ермек Кошербаев 18 мая подписали в Бишкеке протокол о демаркации границы.\n\n"
        "Ранее, в тот же день, Кошербаева принял Президент Кыргызстана Садыр Жапаров.",
        language="ru",
        published="2026-05-20",
    )
    (meeting,) = [e for e in article.events if e.kind is EventKind.MEETING]
    assert meeting.dates is not None
    assert (str(meeting.dates.start), str(meeting.dates.end)) == ("2026-05-18", "2026-05-18")
