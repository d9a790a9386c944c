"""Forums and summits that begin, hold sessions and are followed by the next one; events under
way; dates that a parent or a ``когда`` clause gives.

The sentences are our own. Each test names the behaviour it checks.
"""

from __future__ import annotations

import pytest
from test_events import build, check, dates_of, names, venue_name

import eventkit
from eventkit import EventKind, EventStatus


def test_a_forum_that_opens_itself_is_no_opening_and_takes_the_dates_of_its_sentence() -> None:
    article = build(
        "ОМСК, 8 сен. Третий Форум приграничного сотрудничества двух стран открылся в понедельник "
        "в Омске и продлится до 10 сентября.",
        published="2026-09-08",
        venues=[("Омск", "city", ["Омске"])],
        dates=[("в понедельник", "2026-09-07", "2026-09-07"), ("10 сентября", "2026-09-10", "2026-09-10")],
    )
    events = check(article)
    assert [e.kind for e in events] == [EventKind.FORUM]
    assert dates_of(events[0]) == ("2026-09-07", "2026-09-10")


def test_a_forum_that_opens_itself_in_a_relative_clause_is_no_opening() -> None:
    article = eventkit.parse_article(
        "ОМСК, 8 сен. Губернаторы двух областей встретились во вторник на полях форума приграничного "
        "сотрудничества, который открылся в Омске в понедельник и продлится до 10 сентября.",
        language="ru",
        published="2026-09-08",
    )
    kinds = [e.kind for e in article.events]
    assert EventKind.OPENING not in kinds
    forum = next(e for e in article.events if e.kind is EventKind.FORUM)
    assert dates_of(forum) == ("2026-09-07", "2026-09-10")


def test_an_opening_named_in_a_relative_clause_after_a_building_is_still_an_opening() -> None:
    article = eventkit.parse_article(
        "В Омске побывал губернатор, который открыл новый терминал аэропорта.",
        language="ru",
        published="2026-09-08",
    )
    assert EventKind.OPENING in [e.kind for e in article.events]


def test_an_opening_of_a_building_is_still_an_opening() -> None:
    article = build(
        "В Омске в понедельник открылся новый терминал аэропорта.",
        published="2026-09-08",
        venues=[("Омск", "city", ["Омске"])],
    )
    assert [e.kind for e in check(article)] == [EventKind.OPENING]


def test_a_visit_that_began_before_publication_and_lasts_past_it_is_occurring() -> None:
    article = build(
        "Официальный визит Йоханнеса Берга, начавшийся во вторник, продлится до пятницы.",
        published="2026-04-16",
        persons=[("Йоханнес Берг", ["Йоханнеса Берга"], [])],
        dates=[("во вторник", "2026-04-14", "2026-04-14"), ("до пятницы", "2026-04-17", "2026-04-17")],
    )
    (visit,) = check(article)
    assert (visit.kind, visit.status, dates_of(visit)) == (
        EventKind.OFFICIAL_VISIT,
        EventStatus.OCCURRED,
        ("2026-04-14", "2026-04-17"),
    )


def test_a_visit_that_begins_after_publication_stays_scheduled() -> None:
    article = build(
        "Официальный визит Йоханнеса Берга начнется в понедельник и продлится до среды.",
        published="2026-04-16",
        persons=[("Йоханнес Берг", ["Йоханнеса Берга"], [])],
        dates=[("в понедельник", "2026-04-20", "2026-04-20"), ("до среды", "2026-04-22", "2026-04-22")],
    )
    (visit,) = check(article)
    assert visit.status is EventStatus.SCHEDULED


def test_a_summit_in_the_genitive_after_a_session_is_its_parent() -> None:
    article = build(
        "Премьер-министры Ларс Эклунд и Мирко Томич выступили в четверг на пленарном заседании саммита "
        "в Вене.",
        published="2026-05-14",
        persons=[("Ларс Эклунд", ["Ларс Эклунд"], []), ("Мирко Томич", ["Мирко Томич"], [])],
        venues=[("Вена", "city", ["Вене"])],
    )
    events = check(article)
    summit = next(e for e in events if e.kind is EventKind.SUMMIT)
    session = next(e for e in events if e.kind is EventKind.SESSION)
    assert session.parent == summit.id
    assert [n for n, _ in names(article, session)] == ["Ларс Эклунд", "Мирко Томич"]


def test_the_next_forum_is_an_event_of_its_own() -> None:
    article = build(
        "Форум молодых дипломатов завершился в Минске в пятницу.\n"
        "Организаторы предложили провести следующий форум в 2028 году в Бресте.",
        published="2026-06-20",
        venues=[("Минск", "city", ["Минске"]), ("Брест", "city", ["Бресте"])],
        dates=[("в пятницу", "2026-06-19", "2026-06-19"), ("в 2028 году", "2028", "2028")],
    )
    held, coming = check(article)
    assert (held.kind, held.status) == (EventKind.FORUM, EventStatus.OCCURRED)
    assert (coming.kind, coming.status, dates_of(coming)) == (
        EventKind.FORUM,
        EventStatus.SCHEDULED,
        ("2028", "2028"),
    )


def test_a_day_of_a_forum_frames_the_session_held_on_it() -> None:
    article = build(
        "Форум регионов открылся во вторник в Самаре.\n"
        "В третий день работы форума пройдет заседание рабочей группы по транспорту.",
        published="2026-06-16",
        venues=[("Самара", "city", ["Самаре"])],
        dates=[("во вторник", "2026-06-16", "2026-06-16")],
    )
    forum, session = check(article)
    assert forum.kind is EventKind.FORUM
    assert session.kind is EventKind.SESSION
    assert session.parent == forum.id


def test_talks_within_a_one_day_visit_are_dated_to_that_day() -> None:
    article = build(
        "Министр Эрик Сунд, находившийся в среду с рабочим визитом в Риге, провел там переговоры с "
        "Анной Мельнице.",
        published="2026-03-12",
        persons=[("Эрик Сунд", ["Эрик Сунд"], []), ("Анна Мельнице", ["Анной Мельнице"], [])],
        venues=[("Рига", "city", ["Риге"])],
        dates=[("в среду", "2026-03-11", "2026-03-11")],
    )
    visit, talks = check(article)
    assert talks.parent == visit.id
    assert dates_of(talks) == dates_of(visit) == ("2026-03-11", "2026-03-11")


def test_talks_within_a_visit_of_several_days_get_no_invented_day() -> None:
    article = build(
        "Министр Эрик Сунд, находящийся с 10 по 12 марта с рабочим визитом в Риге, провел там переговоры "
        "с Анной Мельнице.",
        published="2026-03-12",
        persons=[("Эрик Сунд", ["Эрик Сунд"], []), ("Анна Мельнице", ["Анной Мельнице"], [])],
        venues=[("Рига", "city", ["Риге"])],
        dates=[("с 10 по 12 марта", "2026-03-10", "2026-03-12")],
    )
    visit, talks = check(article)
    assert talks.parent == visit.id
    assert dates_of(talks) is None


def test_a_date_before_a_when_clause_dates_the_event_before_it_too() -> None:
    article = build(
        "Прошлый визит Эрика Сунда в Латвию состоялся в мае 2024 года, когда в Риге прошло первое "
        "заседание совета.",
        published="2026-03-12",
        persons=[("Эрик Сунд", ["Эрика Сунда"], [])],
        venues=[("Латвия", "country", ["Латвию"]), ("Рига", "city", ["Риге"])],
        dates=[("в мае 2024 года", "2024-05", "2024-05")],
    )
    visit, session = check(article)
    assert visit.kind is EventKind.VISIT
    assert session.kind is EventKind.SESSION
    assert dates_of(visit) == dates_of(session) == ("2024-05", "2024-05")


def test_a_year_after_since_is_not_the_time_of_the_event_before_it() -> None:
    article = build(
        "The forum is the first since 2021, when Erik Sund visited Riga.",
        published="2026-03-12",
        persons=[("Erik Sund", ["Erik Sund"], [])],
        venues=[("Riga", "city", ["Riga"])],
        dates=[("2021", "2021", "2021")],
    )
    forum, visit = check(article)
    assert forum.kind is EventKind.FORUM
    assert dates_of(forum) is None
    assert dates_of(visit) == ("2021", "2021")


def test_who_meets_on_the_sidelines_of_a_session_to_come_takes_part_in_it() -> None:
    article = build(
        "Премьер-министры Ларс Эклунд и Мирко Томич договорились провести встречу на полях заседания "
        "совета, которое пройдет в июле в Вене.",
        published="2026-05-14",
        persons=[("Ларс Эклунд", ["Ларс Эклунд"], []), ("Мирко Томич", ["Мирко Томич"], [])],
        venues=[("Вена", "city", ["Вене"])],
        dates=[("в июле", "2026-07", "2026-07")],
    )
    events = check(article)
    session = next(e for e in events if e.kind is EventKind.SESSION)
    meeting = next(e for e in events if e.kind is EventKind.MEETING)
    assert meeting.parent == session.id
    assert session.status is EventStatus.SCHEDULED
    assert [n for n, _ in names(article, session)] == ["Ларс Эклунд", "Мирко Томич"]


def test_a_session_still_to_come_adds_no_one_to_a_forum_under_way() -> None:
    article = build(
        "Форум регионов открылся во вторник в Самаре.\n"
        "Губернатор Олег Ветров выступил на пленарном заседании форума.\n"
        "Во второй день работы форума пройдет заседание комиссии под председательством Ивана Лосева.",
        published="2026-06-16",
        persons=[("Олег Ветров", ["Олег Ветров"], []), ("Иван Лосев", ["Ивана Лосева"], [])],
        venues=[("Самара", "city", ["Самаре"])],
        dates=[("во вторник", "2026-06-16", "2026-06-16")],
    )
    events = check(article)
    forum = next(e for e in events if e.kind is EventKind.FORUM)
    sessions = [e for e in events if e.kind is EventKind.SESSION]
    assert [s.parent for s in sessions] == [forum.id, forum.id]
    assert [s.status for s in sessions] == [EventStatus.OCCURRED, EventStatus.SCHEDULED]
    assert [n for n, _ in names(article, forum)] == ["Олег Ветров"]


def test_a_forum_framing_its_session_is_where_the_session_is() -> None:
    article = build(
        "Сегодня в Дохе открывается заседание Форума стран-экспортеров газа.",
        published="2026-06-16",
        venues=[("Доха", "city", ["Дохе"])],
    )
    events = check(article)
    forum = next(e for e in events if e.kind is EventKind.FORUM)
    session = next(e for e in events if e.kind is EventKind.SESSION)
    assert session.parent == forum.id
    assert venue_name(article, forum) == venue_name(article, session) == "Доха"


def test_a_meeting_held_at_a_session_is_within_it_then_and_there() -> None:
    article = build(
        "Иван Петров и Петр Сидоров встречались в апреле в Минске на заседании Совета.",
        persons=[("Иван Петров", ["Иван Петров"], []), ("Петр Сидоров", ["Петр Сидоров"], [])],
        venues=[("Минск", "city", ["Минске"])],
        dates=[("в апреле", "2025-04", "2025-04")],
    )
    meeting, session = check(article)
    assert (meeting.kind, session.kind) == (EventKind.MEETING, EventKind.SESSION)
    assert meeting.parent == session.id
    assert session.dates is not None
    assert str(session.dates.start) == "2025-04"
    assert venue_name(article, session) == "Минск"


def test_talks_spoken_of_after_a_call_are_the_call() -> None:
    article = build(
        "Иван Петров провел телефонный разговор с Петром Сидоровым.\n"
        "В ходе переговоров обсуждалась подготовка визита министра Олега Смирнова в Казань.",
        persons=[
            ("Иван Петров", ["Иван Петров"], []),
            ("Петр Сидоров", ["Петром Сидоровым"], []),
            ("Олег Смирнов", ["Олега Смирнова"], []),
        ],
        venues=[("Казань", "city", ["Казань"])],
    )
    assert [e.kind for e in check(article)] == [EventKind.PHONE_CALL, EventKind.VISIT]


def test_a_relative_clause_after_the_visitor_and_destination_is_the_visits() -> None:
    article = build(
        "Стороны обсудили подготовку визита Президента Беларуси Олега Смирнова в Узбекистан, "
        "который планируется в декабре.",
        persons=[("Олег Смирнов", ["Олега Смирнова"], [])],
        venues=[("Узбекистан", "country", ["Узбекистан"])],
        dates=[("в декабре", "2025-12", "2025-12")],
    )
    (visit,) = check(article)
    assert (visit.kind, visit.status) == (EventKind.VISIT, EventStatus.SCHEDULED)
    assert visit.dates is not None
    assert str(visit.dates.start) == "2025-12"


def test_the_chairs_of_a_framing_session_do_not_sign_the_document() -> None:
    article = build(
        "Министры Иван Петров и Олег Смирнов подписали соглашение.\n"
        "Документ был подписан в рамках заседания комиссии по сотрудничеству, которое прошло под "
        "председательством вице-премьеров Петра Сидорова и Павла Орлова.",
        persons=[
            ("Иван Петров", ["Иван Петров"], []),
            ("Олег Смирнов", ["Олег Смирнов"], []),
            ("Петр Сидоров", ["Петра Сидорова"], []),
            ("Павел Орлов", ["Павла Орлова"], []),
        ],
    )
    events = check(article)
    signings = [e for e in events if e.kind is EventKind.SIGNING]
    assert len(signings) == 1
    assert {n for n, _ in names(article, signings[0])} == {"Иван Петров", "Олег Смирнов"}
    session = next(e for e in events if e.kind is EventKind.SESSION)
    assert signings[0].parent == session.id
    assert {"Петр Сидоров", "Павел Орлов"} <= {n for n, _ in names(article, session)}


def test_a_session_in_the_city_of_takes_that_city_and_the_regular_one_held_is_the_headlines() -> None:
    article = build(
        "О заседании Совета министров\n"
        "1 октября министр Иван Петров принял участие в очередном заседании Совета министров, "
        "прошедшем в городе Габала.\n"
        "Следующее заседание Совета состоится в ноябре.",
        published="2025-10-02",
        persons=[("Иван Петров", ["Иван Петров"], [])],
        venues=[("Габала", "city", ["Габала"])],
        dates=[("1 октября", "2025-10-01", "2025-10-01"), ("в ноябре", "2025-11", "2025-11")],
    )
    held, coming = check(article)
    assert (held.kind, held.status, coming.status) == (
        EventKind.SESSION,
        EventStatus.OCCURRED,
        EventStatus.SCHEDULED,
    )
    assert venue_name(article, held) == "Габала"
    assert len(held.evidence) == 2  # the headline's words and the report's


def test_the_country_after_v_stolitse_is_not_where_the_summit_is() -> None:
    article = build(
        "Саммит проходит в столице Киргизии.",
        venues=[("Киргизия", "country", ["Киргизии"])],
    )
    (summit,) = check(article)
    assert venue_name(article, summit) != "Киргизия"


def test_without_a_dateline_a_part_of_a_gathering_is_where_the_gathering_is() -> None:
    text = (
        "{dateline}В четверг в Бишкеке прошло заседание Совета министров обороны СНГ.\n\n"
        "На полях заседания министр обороны Армении Ерлан Нурланов провел переговоры с "
        "министром обороны Латвии Андрисом Озолсом."
    )
    for dateline, place in (("", "Бишкек"), ("МОСКВА, 9 октября. /ТАСС/. ", "Москва")):
        text_of = text.format(dateline=dateline)
        article = eventkit.parse_article(text_of, language="ru", published="2026-10-09")
        session = next(e for e in article.events if e.kind is EventKind.SESSION)
        talks = next(e for e in article.events if e.kind is EventKind.TALKS)
        assert talks.parent == session.id
        assert venue_name(article, session) == "Бишкек"
        assert venue_name(article, talks) == place  # with a dateline, where the copy was filed


def test_the_date_opening_a_sentence_dates_a_predicate_joined_by_a_zatem() -> None:
    article = eventkit.parse_article(
        "ЕРЕВАН, 5 мая. Премьер-министр Грузии Ираклий Кобахидзе находится в Армении с рабочим визитом. "
        "Накануне Кобахидзе встретился с мэром Еревана Тиграном Авиняном, а затем провел рабочую "
        "встречу с вице-премьером Мгером Григоряном.",
        language="ru",
        published="2026-05-05",
    )
    meetings = [e for e in article.events if e.kind is EventKind.MEETING]
    assert len(meetings) == 2
    assert [dates_of(m) for m in meetings] == [("2026-05-04", "2026-05-04")] * 2


def test_a_visit_ended_on_a_day_with_its_length_given_ends_that_day() -> None:
    article = eventkit.parse_article(
        "ЕРЕВАН, 5 мая. Министр иностранных дел Грузии Макар Бочоришвили завершил во вторник "
        "трехдневный официальный визит в Армению.",
        language="ru",
        published="2026-05-06",
    )
    visit = next(e for e in article.events if e.kind is EventKind.OFFICIAL_VISIT)
    assert dates_of(visit) == ("2026-05-03", "2026-05-05")


def test_before_the_start_of_a_session_frames_it_and_the_date_after_is_the_main_event_s() -> None:
    article = eventkit.parse_article(
        "ЕРЕВАН, 6 мая. Делегации Армении и Грузии провели 5-6 мая в Ереване заседание комиссии.\n\n"
        "Перед началом заседания, 4 мая, министра Грузии Макара Бочоришвили принял премьер-министр "
        "Армении Никол Пашинян.",
        language="ru",
        published="2026-05-06",
    )
    sessions = [e for e in article.events if e.kind is EventKind.SESSION]
    meeting = next(e for e in article.events if e.kind is EventKind.MEETING)
    assert [dates_of(s) for s in sessions] == [("2026-05-05", "2026-05-06")]
    assert dates_of(meeting) == ("2026-05-04", "2026-05-04")


def test_a_summit_with_no_place_of_its_own_is_where_a_meeting_on_its_sidelines_was() -> None:
    article = eventkit.parse_article(
        "Президент Польши Роман Бабин провел телефонный разговор с президентом Литвы Игнасом "
        "Вайткусом.\n\n"
        "Лидеры в последний раз встречались в июне прошлого года в Риге на полях саммита НАТО.",
        language="ru",
        published="2026-03-10",
    )
    meeting = next(e for e in article.events if e.kind is EventKind.MEETING)
    summit = next(e for e in article.events if e.kind is EventKind.SUMMIT)
    assert meeting.parent == summit.id
    assert venue_name(article, meeting) == "Рига"
    assert venue_name(article, summit) == "Рига"
    call = next(e for e in article.events if e.kind is EventKind.PHONE_CALL)
    assert call.venue is None


def test_what_is_signed_after_a_session_is_signed_at_it() -> None:
    article = build(
        "Министры сельского хозяйства двух стран провели в Казани заседание рабочей группы. "
        "По итогам заседания министры подписали план мероприятий.",
        venues=[("Казань", "city", ["Казани"])],
    )
    events = check(article)
    session = next(e for e in events if e.kind is EventKind.SESSION)
    signing = next(e for e in events if e.kind is EventKind.SIGNING)
    assert signing.parent == session.id


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Министр иностранных дел России Сергей Лавров прибыл в Ташкент в среду с официальным "
            "визитом. Он провел заседание межправительственной комиссии с министром иностранных дел "
            "Узбекистана Бахтиёром Саидовым. По итогам заседания министры подписали план консультаций.",
            "ru",
        ),
        (
            "Russian Foreign Minister Sergei Lavrov arrived in Tashkent on Wednesday on an official "
            "visit. He co-chaired the fifth meeting of the intergovernmental commission with Uzbek "
            "Foreign Minister Bakhtiyor Saidov. Following the meeting of the commission, the ministers "
            "signed a plan of consultations.",
            "en",
        ),
        (
            # "the meeting" alone, just after the commission's meeting: that session
            "Russian Foreign Minister Sergei Lavrov arrived in Tashkent on Wednesday on an official "
            "visit. President Shavkat Mirziyoyev received him. Lavrov then co-chaired the fifth meeting "
            "of the intergovernmental commission with Uzbek Foreign Minister Bakhtiyor Saidov. Following "
            "the meeting, the ministers signed a plan of consultations.",
            "en",
        ),
    ],
)
def test_what_is_signed_after_a_session_within_a_visit_is_signed_at_it(text: str, language: str) -> None:
    article = eventkit.parse_article(text, language=language, published="2026-05-21")
    events = article.events
    visit = next(e for e in events if e.kind is EventKind.OFFICIAL_VISIT)
    session = next(e for e in events if e.kind is EventKind.SESSION)
    signing = next(e for e in events if e.kind is EventKind.SIGNING)
    assert (session.parent, signing.parent) == (visit.id, session.id)


def test_what_is_signed_after_talks_is_within_the_visit_that_holds_them() -> None:
    article = eventkit.parse_article(
        "Министр иностранных дел Армении Арарат Мирзоян 14 мая провел переговоры с министром "
        "иностранных дел Чили Хорхе Фернандесом, находящимся в Армении с официальным визитом.\n\n"
        "Стороны обсудили выполнение договоренностей, достигнутых в ходе государственного визита "
        "президента Чили в Армению в 2024 году.\n\n"
        "По итогам переговоров подписан меморандум о сотрудничестве.",
        language="ru",
        published="2026-05-14",
    )
    events = article.events
    visit = next(e for e in events if e.kind is EventKind.OFFICIAL_VISIT)
    signing = next(e for e in events if e.kind is EventKind.SIGNING)
    assert signing.parent == visit.id


def test_who_took_part_in_the_session_named_again_joins_it() -> None:
    article = eventkit.parse_article(
        "ТАШКЕНТ, 12 мая. Заседание совета министров транспорта прошло во вторник в Ташкенте под "
        "председательством министра транспорта Узбекистана Ильхома Махкамова.\n\n"
        "В заседании приняли участие министр транспорта Казахстана Нурлан Сауранбаев и министр "
        "транспорта Киргизии Томичбек Жолдошев.",
        language="ru",
        published="2026-05-12",
    )
    sessions = [e for e in article.events if e.kind is EventKind.SESSION]
    assert len(sessions) == 1
    assert {n for n, _ in names(article, sessions[0])} >= {
        "Ильхом Махкамов",
        "Нурлан Сауранбаев",
        "Томичбек Жолдошев",
    }


def test_the_previous_summit_is_an_event_of_its_own() -> None:
    article = eventkit.parse_article(
        "Саммит тюркских государств в Баку завершился принятием декларации.\n\n"
        "Предыдущий, пятый саммит прошел в ноябре 2024 года в Астане.",
        language="ru",
        published="2026-10-09",
    )
    summits = [e for e in article.events if e.kind is EventKind.SUMMIT]
    assert len(summits) == 2
    assert summits[0].dates is None
    assert dates_of(summits[1]) == ("2024-11", "2024-11")


def test_who_signs_at_a_session_that_names_its_own_chairs_is_no_more_of_the_session() -> None:
    article = eventkit.parse_article(
        "МИНСК, 3 июня. Премьер-министр Беларуси Роман Головченко и вице-премьер Вьетнама Чан Хонг Ха "
        "провели во вторник в Минске заседание межправительственной комиссии.\n\n"
        "По итогам заседания министр промышленности Беларуси Александр Рогожник и министр "
        "промышленности Вьетнама Нгуен Хонг Зиен подписали меморандум о сборке тракторов.",
        language="ru",
        published="2026-06-03",
    )
    (session,) = [e for e in article.events if e.kind is EventKind.SESSION]
    persons = {p.id: p.name for p in article.persons}
    assert sorted(persons[p.entity] for p in session.participants if p.entity in persons) == [
        "Роман Головченко",
        "Чан Хонг Ха",
    ]
