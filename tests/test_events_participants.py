"""Who takes part in an event and what it is part of, from the grammar of its sentence.

The sentences are our own. Each test names the rule it checks: a participle or relative
clause that says whose visit it is, plural nouns that name the persons of an event already
spoken of.
"""

from __future__ import annotations

from test_events import build, check, dates_of, names, venue_name

import eventkit
from eventkit import EventKind, EventStatus


def test_a_relative_clause_says_whose_visit_it_is_and_holds_the_talks_of_its_sentence() -> None:
    article = build(
        "АСТАНА, 23 июня. Президент Казахстана Касым-Жомарт Токаев провел в Акорде переговоры с "
        "президентом Финляндии Александером Стуббом, который находится в Казахстане с государственным "
        "визитом.",
        published="2026-06-23",
        persons=[
            ("Касым-Жомарт Токаев", ["Касым-Жомарт Токаев"], []),
            ("Александер Стубб", ["Александером Стуббом"], []),
        ],
        venues=[("Казахстан", "country", ["Казахстане"]), ("Акорда", "building", ["Акорде"])],
    )
    talks, visit = check(article)
    assert (visit.kind, visit.status) == (EventKind.STATE_VISIT, EventStatus.OCCURRED)
    assert names(article, visit) == [("Александер Стубб", "visitor")]  # not the host who holds talks
    assert (talks.kind, talks.parent) == (EventKind.TALKS, visit.id)
    assert [n for n, _ in names(article, talks)] == ["Касым-Жомарт Токаев", "Александер Стубб"]


def test_a_participle_after_two_subjects_describes_the_nearer_one_and_keeps_its_own_dates() -> None:
    article = build(
        "Премьер-министр Армении Никол Пашинян и президент Франции Эмманюэль Макрон, находящийся в "
        "Армении с государственным визитом, 5 марта приняли участие в открытии школы в Гюмри.",
        published="2026-03-05",
        persons=[("Никол Пашинян", ["Никол Пашинян"], []), ("Эмманюэль Макрон", ["Эмманюэль Макрон"], [])],
        venues=[("Армения", "country", ["Армении"]), ("Гюмри", "city", ["Гюмри"])],
        dates=[("5 марта", "2026-03-05", "2026-03-05")],
    )
    visit, opening = sorted(check(article), key=lambda e: e.kind is EventKind.OPENING)
    assert names(article, visit) == [("Эмманюэль Макрон", "visitor")]
    assert dates_of(visit) is None  # the date outside the participle clause is the opening's
    assert (opening.kind, dates_of(opening), opening.parent) == (
        EventKind.OPENING,
        ("2026-03-05", "2026-03-05"),
        visit.id,
    )
    assert [n for n, _ in names(article, opening)] == ["Никол Пашинян", "Эмманюэль Макрон"]


def test_a_participle_of_the_past_says_the_visit_was_held_and_dates_it() -> None:
    article = build(
        "Глава МИД Армении Арарат Мирзоян, находившийся в понедельник с рабочим визитом в Брюсселе, "
        "провел там переговоры с Каей Каллас.",
        published="2026-09-15",
        persons=[("Арарат Мирзоян", ["Арарат Мирзоян"], []), ("Кая Каллас", ["Каей Каллас"], [])],
        venues=[("Брюссель", "city", ["Брюсселе"])],
        dates=[("в понедельник", "2026-09-14", "2026-09-14")],
    )
    visit, talks = check(article)
    assert (visit.kind, visit.status, dates_of(visit)) == (
        EventKind.WORKING_VISIT,
        EventStatus.OCCURRED,
        ("2026-09-14", "2026-09-14"),
    )
    assert names(article, visit) == [("Арарат Мирзоян", "visitor")]
    assert talks.parent == visit.id
    assert [n for n, _ in names(article, talks)] == ["Арарат Мирзоян", "Кая Каллас"]


def test_heads_of_state_and_ministers_are_the_persons_of_the_event_before() -> None:
    council = "Совет министров иностранных дел двух стран"
    article = build(
        "Президент Узбекистана Шавкат Мирзиёев и президент Казахстана Касым-Жомарт Токаев открыли "
        "в Туркестане новый терминал аэропорта.\n"
        "Накануне в Астане состоялись переговоры президентов, по итогам которых главы государств "
        "подписали договор о демаркации границы.\n"
        "Совет министров иностранных дел двух стран проведет заседание в мае.",
        published="2026-05-27",
        persons=[
            ("Шавкат Мирзиёев", ["Шавкат Мирзиёев"], []),
            ("Касым-Жомарт Токаев", ["Касым-Жомарт Токаев"], []),
        ],
        organizations=[(council, [council])],
        venues=[("Туркестан", "city", ["Туркестане"]), ("Астана", "city", ["Астане"])],
    )
    opening, talks, signing, session = check(article)
    both = ["Шавкат Мирзиёев", "Касым-Жомарт Токаев"]
    assert (opening.kind, [n for n, _ in names(article, opening)]) == (EventKind.OPENING, both)
    assert (talks.kind, [n for n, _ in names(article, talks)]) == (EventKind.TALKS, both)
    assert names(article, signing) == [(n, "signatory") for n in both]
    # the words of a body's name are no group of persons
    assert session.kind is EventKind.SESSION
    assert not {n for n, _ in names(article, session)} & set(both)


def test_a_relative_clause_dates_and_places_the_event_named_right_before_its_comma() -> None:
    article = build(
        "Президенты договорились провести встречу на полях саммита, который пройдет в июне в Душанбе. "
        "Министры обсудили визит Ли в Бишкек, который планируется в 2027 году, и товарооборот, "
        "который в прошлом году вырос вдвое.",
        published="2026-03-02",
        persons=[("Ли Чжэ Мён", ["Ли"], [])],
        venues=[("Душанбе", "city", ["Душанбе"]), ("Бишкек", "city", ["Бишкек"])],
        dates=[
            ("в июне", "2026-06", "2026-06"),
            ("в 2027 году", "2027", "2027"),
            ("в прошлом году", "2025", "2025"),
        ],
    )
    meeting, summit, visit = check(article)
    assert (summit.kind, dates_of(summit), venue_name(article, summit)) == (
        EventKind.SUMMIT,
        ("2026-06", "2026-06"),
        "Душанбе",
    )
    assert (meeting.parent, dates_of(meeting)) == (summit.id, ("2026-06", "2026-06"))  # held within it
    assert (visit.kind, visit.status, dates_of(visit), venue_name(article, visit)) == (
        EventKind.VISIT,
        EventStatus.SCHEDULED,
        ("2027", "2027"),
        "Бишкек",  # "Ли" looks nominative, but a destination follows: his visit, not a subject
    )
    assert names(article, visit) == [("Ли Чжэ Мён", "visitor")]


def test_receiving_an_ambassador_is_a_meeting_and_being_received_makes_the_subject_the_guest() -> None:
    article = build(
        "Министр иностранных дел Жээнбек Кулубаев в понедельник принял в Бишкеке посла России "
        "Сергея Вахрушева.\n"
        "Завтра Сергей Лавров будет принят Президентом Таджикистана Эмомали Рахмоном.\n"
        "Закон был принят Жогорку Кенешем в первом чтении.",
        published="2026-04-21",
        persons=[
            ("Жээнбек Кулубаев", ["Жээнбек Кулубаев"], []),
            ("Сергей Вахрушев", ["Сергея Вахрушева"], []),
            ("Сергей Лавров", ["Сергей Лавров"], []),
            ("Эмомали Рахмон", ["Эмомали Рахмоном"], []),
        ],
        organizations=[("Жогорку Кенеш", ["Жогорку Кенешем"])],
        venues=[("Бишкек", "city", ["Бишкеке"])],
        dates=[("в понедельник", "2026-04-20", "2026-04-20"), ("Завтра", "2026-04-22", "2026-04-22")],
    )
    received, hosted = check(article)  # a law passed by a parliament is no meeting
    assert (received.kind, received.status, venue_name(article, received)) == (
        EventKind.MEETING,
        EventStatus.OCCURRED,
        "Бишкек",
    )
    assert names(article, received) == [("Жээнбек Кулубаев", "host"), ("Сергей Вахрушев", "visitor")]
    assert (hosted.kind, hosted.status) == (EventKind.MEETING, EventStatus.SCHEDULED)
    assert names(article, hosted) == [("Сергей Лавров", "visitor"), ("Эмомали Рахмон", "host")]


def test_who_recalls_that_a_session_is_due_and_a_pronoun_for_the_session_take_no_part() -> None:
    article = build(
        "Официальный представитель МИД Мария Захарова назвала решение Еревана суверенным.\n"
        "Генеральный секретарь Нурлан Ермекбаев, в свою очередь, напомнил, что очередная сессия "
        "совета пройдет 27 ноября в Москве и что приглашение на нее получили все члены.",
        published="2026-09-15",
        persons=[("Мария Захарова", ["Мария Захарова"], []), ("Нурлан Ермекбаев", ["Нурлан Ермекбаев"], [])],
        venues=[("Москва", "city", ["Москве"])],
        dates=[("27 ноября", "2026-11-27", "2026-11-27")],
    )
    (session,) = check(article)
    assert (session.kind, session.status, dates_of(session)) == (
        EventKind.SESSION,
        EventStatus.SCHEDULED,
        ("2026-11-27", "2026-11-27"),
    )
    assert names(article, session) == []  # a source, and "на нее" is the session, not Zakharova


def test_whom_a_decree_is_about_does_not_sign_it() -> None:
    article = build(
        "Президент Касым-Жомарт Токаев подписал указ о назначении Ерлана Карина государственным советником.",
        published="2026-01-10",
        persons=[
            ("Касым-Жомарт Токаев", ["Касым-Жомарт Токаев"], []),
            ("Ерлан Карин", ["Ерлана Карина"], []),
        ],
    )
    (signing,) = check(article)
    assert (signing.kind, names(article, signing)) == (
        EventKind.SIGNING,
        [("Касым-Жомарт Токаев", "signatory")],
    )


def test_a_group_noun_after_a_frame_is_the_subject_and_reported_words_date_no_event() -> None:
    article = build(
        "Президент Сербии Александар Вучич провел переговоры с президентом Венгрии Виктором Орбаном.\n"
        "Открывая переговоры, Вучич отметил, что товарооборот в прошлом году вырос на 20%.\n"
        "По итогам переговоров лидеры подписали декларацию о стратегическом партнерстве.",
        published="2026-10-08",
        persons=[
            ("Александар Вучич", ["Александар Вучич", "Вучич"], []),
            ("Виктор Орбан", ["Виктором Орбаном"], []),
        ],
        dates=[("в прошлом году", "2025", "2025")],
    )
    talks, signing = check(article)  # "Открывая переговоры" are the same talks: last year is the trade's
    assert (talks.kind, dates_of(talks)) == (EventKind.TALKS, None)
    assert [n for n, _ in names(article, talks)] == ["Александар Вучич", "Виктор Орбан"]
    # "лидеры" after "По итогам переговоров" is not a word of the frame's phrase but who signs
    assert names(article, signing) == [("Александар Вучич", "signatory"), ("Виктор Орбан", "signatory")]


def test_a_place_in_the_genitive_says_whose_forum_and_one_named_with_v_says_where() -> None:
    article = build(
        "XIII Форум регионов Беларуси и России пройдет в июне в Витебске.\n"
        "Саммит Казахстана проведут в 2027 году.",
        published="2026-01-14",
        venues=[
            ("Белоруссия", "country", ["Беларуси"]),
            ("Россия", "country", ["России"]),
            ("Витебск", "city", ["Витебске"]),
            ("Казахстан", "country", ["Казахстана"]),
        ],
        dates=[("в июне", "2026-06", "2026-06"), ("в 2027 году", "2027", "2027")],
    )
    forum, summit = check(article)
    assert (forum.kind, venue_name(article, forum)) == (EventKind.FORUM, "Витебск")
    assert (summit.kind, venue_name(article, summit)) == (EventKind.SUMMIT, "Казахстан")  # nothing better


def test_the_person_after_s_in_a_frame_is_the_other_side_of_the_meeting() -> None:
    article = build(
        "Во время встречи с губернатором края Петром Сидоровым министр рассказал о планах.",
        persons=[("Петр Сидоров", ["Петром Сидоровым"], [])],
    )
    (meeting,) = check(article)
    assert meeting.kind is EventKind.MEETING
    assert [n for n, _ in names(article, meeting)] == ["Петр Сидоров"]


def test_a_pronoun_points_to_the_subject_named_in_the_nominative_before_an_oblique_name() -> None:
    article = build(
        "Иван Петров провел переговоры с Олегом Смирновым, а в пятницу у него запланирована "
        "встреча с Петром Сидоровым.",
        persons=[
            ("Иван Петров", ["Иван Петров"], []),
            ("Олег Смирнов", ["Олегом Смирновым"], []),
            ("Петр Сидоров", ["Петром Сидоровым"], []),
        ],
    )
    meeting = next(e for e in check(article) if e.kind is EventKind.MEETING)
    assert {n for n, _ in names(article, meeting)} == {"Иван Петров", "Петр Сидоров"}


def test_the_subject_of_a_verb_before_a_during_phrase_takes_part_in_the_event() -> None:
    article = build(
        "О новом назначении Иван Петров объявил в ходе торжественной церемонии в музее.",
        persons=[("Иван Петров", ["Иван Петров"], [])],
    )
    (ceremony,) = check(article)
    assert ceremony.kind is EventKind.CEREMONY
    assert [n for n, _ in names(article, ceremony)] == ["Иван Петров"]


def test_a_source_named_before_a_during_phrase_does_not_take_part_in_the_event() -> None:
    article = build(
        "По словам Ивана Петрова, в ходе церемонии в музее будут вручены награды.",
        persons=[("Иван Петров", ["Ивана Петрова"], [])],
    )
    (ceremony,) = check(article)
    assert ceremony.kind is EventKind.CEREMONY
    assert names(article, ceremony) == []


def _talks_names(text: str) -> list[str]:
    article = eventkit.parse_article(text, language="ru", published="2026-05-12")
    talks = next(e for e in article.events if e.kind is EventKind.TALKS)
    return [n for n, _ in names(article, talks)]


_VISIT = (
    "АСТАНА, 12 мая. /ТАСС/. Президент Туркмении Сердар Бердымухамедов прибыл во вторник в Астану "
    "с государственным визитом. В среду {who} проведет переговоры с президентом Казахстана "
    "Касым-Жомартом Токаевым."
)


def test_a_country_adjective_and_an_office_word_name_the_one_person_holding_that_office() -> None:
    assert _talks_names(_VISIT.format(who="туркменский лидер")) == [
        "Сердар Бердымухамедов",
        "Касым-Жомарт Токаев",
    ]
    assert _talks_names(_VISIT.format(who="туркменский президент")) == [
        "Сердар Бердымухамедов",
        "Касым-Жомарт Токаев",
    ]


def test_a_country_adjective_with_an_office_no_one_of_that_country_holds_names_no_one() -> None:
    assert _talks_names(_VISIT.format(who="туркменский министр")) == ["Касым-Жомарт Токаев"]
    assert _talks_names(_VISIT.format(who="туркменские лидеры")) == ["Касым-Жомарт Токаев"]


def test_a_trip_within_a_visit_being_held_is_a_leg_of_it_and_dates_its_where_clause() -> None:
    article = eventkit.parse_article(
        "ТАШКЕНТ, 14 мая. /ТАСС/. Президент Узбекистана Шавкат Мирзиёев провел в четверг переговоры "
        "с президентом Казахстана Касым-Жомартом Токаевым, который находится в Узбекистане с "
        "государственным визитом. Государственный визит Токаева, начавшийся в среду, продлится до "
        "16 мая.\n\n"
        "В пятницу гость посетит Самарканд, где встретится с хокимом области Эркинжоном Турдимовым.",
        language="ru",
        published="2026-05-14",
    )
    visits = [e for e in article.events if e.kind is EventKind.STATE_VISIT]
    assert len(visits) == 1
    assert not any(e.kind is EventKind.VISIT for e in article.events)
    assert venue_name(article, visits[0]) == "Узбекистан"  # not the city of one of its days
    meeting = next(e for e in article.events if e.kind is EventKind.MEETING)
    assert meeting.parent == visits[0].id
    assert dates_of(meeting) == ("2026-05-15", "2026-05-15")  # the trip's day
    assert venue_name(article, meeting) == "Самарканд"


def test_a_participle_clause_after_a_visit_dates_the_visit_not_the_next_event() -> None:
    article = eventkit.parse_article(
        "МИНСК, 25 июня. /БЕЛТА/. Официальный визит премьер-министра Казахстана Олжаса Бектенова в "
        "Беларусь, проходивший 23-25 июня, завершился подписанием программы сотрудничества.",
        language="ru",
        published="2026-06-25",
    )
    visit = next(e for e in article.events if e.kind is EventKind.OFFICIAL_VISIT)
    assert dates_of(visit) == ("2026-06-23", "2026-06-25")
    signing = next(e for e in article.events if e.kind is EventKind.SIGNING)
    assert dates_of(signing) != ("2026-06-23", "2026-06-25")


def test_a_caption_line_is_a_sentence_of_its_own_and_gives_no_place_to_the_next() -> None:
    article = eventkit.parse_article(
        "Президент подписал закон о туризме\n\nИван Петров в Армении\n"
        "3 июня Иван Петров подписал закон о туризме.",
        language="ru",
        published=None,
    )
    signing = next(e for e in article.events if e.kind is EventKind.SIGNING)
    assert venue_name(article, signing) is None


def test_a_building_named_in_quotes_after_its_noun_is_where_the_talks_are() -> None:
    article = build(
        "Иван Петров провел в четверг в загородной резиденции «Дубки» переговоры с Олегом Смирновым.",
        persons=[("Иван Петров", ["Иван Петров"], []), ("Олег Смирнов", ["Олегом Смирновым"], [])],
        venues=[("Дубки", "building", ["Дубки"])],
    )
    (talks,) = check(article)
    assert talks.kind is EventKind.TALKS
    assert venue_name(article, talks) == "Дубки"


def _meeting_names(text: str) -> list[str]:
    article = eventkit.parse_article(text, language="ru", published="2026-04-08")
    meeting = next(e for e in article.events if e.kind in (EventKind.MEETING, EventKind.TALKS))
    return sorted(n for n, _ in names(article, meeting))


_RELEASE = (
    "7 апреля 2026 года Заместитель Министра иностранных дел Республики Армения Ваган Костанян "
    "принял участие в заседании Совета министров иностранных дел СНГ в Минске.\n\n"
    "{sentence}"
)


def test_a_title_with_no_name_as_the_subject_names_the_one_person_holding_it() -> None:
    # the first words of one person's title, written with a capital, in the middle of a sentence
    assert _meeting_names(
        _RELEASE.format(
            sentence="В ходе заседания Заместитель Министра провел встречу с Министром иностранных дел "
            "Республики Беларусь Максимом Рыженковым."
        )
    ) == ["Ваган Костанян", "Максим Рыженков"]
    # a head and the word after it that name an office (глава министерства: the minister)
    assert _meeting_names(
        "МИНСК, 8 апреля. Министр иностранных дел Армении Арарат Мирзоян прибыл в Минск.\n\n"
        "Глава министерства провел переговоры с председателем Палаты представителей Игорем "
        "Сергеенко."
    ) == ["Арарат Мирзоян", "Игорь Сергеенко"]


def test_a_bare_title_two_persons_hold_or_one_that_goes_on_names_no_one() -> None:
    # two ministers: "Министр" is either
    assert _meeting_names(
        "Министр иностранных дел Армении Арарат Мирзоян и министр иностранных дел Беларуси Максим "
        "Рыженков прибыли в Москву.\n\nМинистр провел встречу с Сергеем Лавровым."
    ) == ["Сергей Лавров"]
    # the title goes on with a name after it: that name's title, not a reference
    assert "Ваган Костанян" not in _meeting_names(
        _RELEASE.format(
            sentence="Заместитель Министра иностранных дел Беларуси Игорь Назарук провел встречу с "
            "Максимом Рыженковым."
        )
    )


def test_a_family_name_after_initials_is_the_subject_after_a_frame_not_part_of_its_phrase() -> None:
    text = (
        "8 апреля Министр иностранных дел Армении Арарат Мирзоян принял участие в заседании Совета "
        "министров иностранных дел СНГ в Минске.\n\n"
        "На полях заседания {who} провел встречу с Министром иностранных дел Республики Беларусь "
        "Максимом Рыженковым."
    )
    for who in ("А.С.Мирзоян", "А. Мирзоян"):
        assert _meeting_names(text.format(who=who)) == ["Арарат Мирзоян", "Максим Рыженков"]


def test_talks_with_one_person_named_apart_from_the_visit_being_held_have_the_visitor_as_other_side() -> None:
    article = eventkit.parse_article(
        "БИШКЕК, 9 апреля. Председатель Сената Армении Иван Петров, находящийся в Кыргызстане с "
        "официальным визитом, встретился с президентом Кыргызстана Садыром Жапаровым.\n\n"
        "Стороны обсудили соглашения, подписанные во время государственного визита Садыра Жапарова "
        "в Армению в 2024 году.\n\n"
        "Во вторник гости провели переговоры с Председателем Жогорку Кенеша Нурланбеком Шакиевым.",
        language="ru",
        published="2026-04-09",
    )
    visit = next(e for e in article.events if e.kind is EventKind.OFFICIAL_VISIT)
    talks = next(e for e in article.events if e.kind is EventKind.TALKS)
    assert talks.parent == visit.id
    assert sorted(n for n, _ in names(article, talks)) == ["Иван Петров", "Нурланбек Шакиев"]


_INVITED = (
    "АСТАНА, 25 июня. Президент Франции Эмманюэль Макрон встретился с президентом Казахстана "
    "Касым-Жомартом Токаевым. "
)


def test_a_visit_only_invited_to_with_no_time_and_not_accepted_is_no_event() -> None:
    for tail in ("", " в удобное время"):  # "в удобное время" gives no time
        article = eventkit.parse_article(
            _INVITED + f"Эмманюэль Макрон пригласил Касым-Жомарта Токаева посетить Париж{tail}.",
            language="ru",
            published="2026-06-25",
        )
        assert [e.kind for e in article.events] == [EventKind.MEETING]


def test_whom_a_verb_of_inviting_invites_is_the_visitor_of_a_visit_given_a_time() -> None:
    article = eventkit.parse_article(
        _INVITED + "Эмманюэль Макрон пригласил Касым-Жомарта Токаева посетить Париж в следующем году.",
        language="ru",
        published="2026-06-25",
    )
    visit = next(e for e in article.events if e.kind is EventKind.VISIT)
    assert visit.status is EventStatus.SCHEDULED
    assert visit.dates is not None
    assert str(visit.dates.start) == "2027"
    assert names(article, visit) == [("Касым-Жомарт Токаев", "visitor")]  # not who invites him


def test_a_visit_invited_to_whose_invitation_is_accepted_is_to_come() -> None:
    for after in ("Приглашение было с благодарностью принято.", "Казахстанский лидер принял приглашение."):
        article = eventkit.parse_article(
            _INVITED + "Эмманюэль Макрон пригласил Касым-Жомарта Токаева посетить Париж. " + after,
            language="ru",
            published="2026-06-25",
        )
        visit = next(e for e in article.events if e.kind is EventKind.VISIT)
        assert visit.status is EventStatus.SCHEDULED
        assert names(article, visit) == [("Касым-Жомарт Токаев", "visitor")]


def test_a_pronoun_a_verb_of_inviting_governs_is_not_that_verbs_subject() -> None:
    article = eventkit.parse_article(
        _INVITED + "Макрон поблагодарил казахстанского лидера за прием и пригласил его посетить Париж. "
        "Приглашение было принято.",
        language="ru",
        published="2026-06-25",
    )
    visit = next(e for e in article.events if e.kind is EventKind.VISIT)
    assert names(article, visit) == [("Касым-Жомарт Токаев", "visitor")]


def test_who_heads_the_sides_of_a_commission_in_the_next_sentence_takes_part_in_its_session() -> None:
    article = eventkit.parse_article(
        "ЕРЕВАН, 4 мая. Следующее заседание межправительственной комиссии пройдет в Ереване 12 июня. "
        "Армянскую часть комиссии возглавляет вице-премьер Артур Саакян, грузинскую — вице-премьер "
        "Леван Давиташвили.",
        language="ru",
        published="2026-05-04",
    )
    session = next(e for e in article.events if e.kind is EventKind.SESSION)
    assert session.status is EventStatus.SCHEDULED
    assert [n for n, _ in names(article, session)] == ["Артур Саакян", "Леван Давиташвили"]


def test_a_sentence_of_heading_after_a_session_with_an_event_of_its_own_adds_no_one() -> None:
    article = eventkit.parse_article(
        "ЕРЕВАН, 4 мая. Заседание межправительственной комиссии пройдет в Ереване 12 июня. "
        "Министерство экономики возглавляет Гагик Папикян, который в пятницу посетит Тбилиси.",
        language="ru",
        published="2026-05-04",
    )
    session = next(e for e in article.events if e.kind is EventKind.SESSION)
    assert names(article, session) == []


def test_who_heads_a_body_after_an_event_other_than_a_session_is_not_added_to_it() -> None:
    article = eventkit.parse_article(
        "ЕРЕВАН, 4 мая. Премьер-министр Армении Никол Пашинян провел переговоры с президентом Грузии. "
        "Министерство экономики возглавляет Гагик Папикян.",
        language="ru",
        published="2026-05-04",
    )
    talks = next(e for e in article.events if e.kind is EventKind.TALKS)
    assert "Гагик Папикян" not in [n for n, _ in names(article, talks)]


def test_the_co_chairmen_named_after_a_session_stand_in_for_a_group_in_its_name() -> None:
    article = eventkit.parse_article(
        "Премьер-министр Армении Никол Пашинян в мае посетит Грузию.\n\n"
        "12 мая в Тбилиси пройдет заседание комиссии по подготовке встреч глав правительств. Ее "
        "сопредседатели - вице-премьер Армении Мгер Григорян и вице-премьер Грузии Леван Давиташвили.",
        language="ru",
        published="2026-05-04",
    )
    session = next(e for e in article.events if e.kind is EventKind.SESSION)
    assert [n for n, _ in names(article, session)] == ["Мгер Григорян", "Леван Давиташвили"]


def test_who_heads_each_delegation_at_the_start_of_the_next_paragraph_takes_part_in_the_session() -> None:
    article = eventkit.parse_article(
        "Делегации Армении и Грузии по делимитации границы провели 3-4 мая в Ереване очередное "
        "заседание.\n\nАрмянскую делегацию возглавил вице-премьер Мгер Григорян, грузинскую - "
        "вице-премьер Леван Давиташвили. По итогам заседания главы делегаций подписали протокол.",
        language="ru",
        published="2026-05-04",
    )
    session = next(e for e in article.events if e.kind is EventKind.SESSION)
    signing = next(e for e in article.events if e.kind is EventKind.SIGNING)
    assert [n for n, _ in names(article, session)] == ["Мгер Григорян", "Леван Давиташвили"]
    assert [n for n, _ in names(article, signing)] == ["Мгер Григорян", "Леван Давиташвили"]
    assert "Армянская" not in [p.name for p in article.persons]


def test_the_left_out_subject_of_a_where_clause_is_who_makes_the_trip() -> None:
    article = eventkit.parse_article(
        "ТАШКЕНТ, 5 мая. В четверг министр иностранных дел Узбекистана Анвар Саидов посетил Самарканд, "
        "где принял участие в открытии нового музея.",
        language="ru",
        published="2026-05-08",
    )
    opening = next(e for e in article.events if e.kind is EventKind.OPENING)
    assert [n for n, _ in names(article, opening)] == ["Анвар Саидов"]


def test_a_counterpart_named_by_the_country_s_adjective_joins_the_traveller_in_a_where_clause() -> None:
    article = eventkit.parse_article(
        "ТАШКЕНТ, 5 мая. Президент Узбекистана Шавкат Мирзиёев провел переговоры с президентом "
        "Казахстана Касым-Жомартом Токаевым. 15 мая узбекский лидер отправится в Термез, где вместе с "
        "казахстанским коллегой примет участие в открытии нового моста.",
        language="ru",
        published="2026-05-05",
    )
    opening = next(e for e in article.events if e.kind is EventKind.OPENING)
    assert sorted(n for n, _ in names(article, opening)) == ["Касым-Жомарт Токаев", "Шавкат Мирзиёев"]


def test_the_counterpart_invited_by_the_country_s_adjective_is_the_visitor() -> None:
    article = eventkit.parse_article(
        "ДУШАНБЕ, 5 мая. Президент Таджикистана Эмомали Рахмон провел переговоры с президентом "
        "Узбекистана Шавкатом Мирзиёевым. Мирзиёев пригласил таджикского коллегу посетить Узбекистан "
        "с государственным визитом в будущем году.",
        language="ru",
        published="2026-05-05",
    )
    visit = next(e for e in article.events if e.kind is EventKind.STATE_VISIT)
    assert names(article, visit) == [("Эмомали Рахмон", "visitor")]


def test_who_made_the_trip_takes_part_in_what_a_when_clause_of_taking_part_names() -> None:
    article = eventkit.parse_article(
        "БАКУ, 5 мая. Премьер-министр Армении Никол Пашинян прибудет в Баку в июне. Последний раз "
        "Пашинян побывал в Баку в декабре 2025 года, когда принял участие в международном форуме.",
        language="ru",
        published="2026-05-05",
    )
    forum = next(e for e in article.events if e.kind is EventKind.FORUM)
    assert [n for n, _ in names(article, forum)] == ["Никол Пашинян"]


def test_a_when_clause_with_an_event_as_its_own_subject_takes_no_traveller() -> None:
    article = eventkit.parse_article(
        "БАКУ, 5 мая. Премьер-министр Армении Никол Пашинян прибудет в Баку в июне. Последний раз "
        "Пашинян побывал в Баку в декабре 2025 года, когда там прошел международный форум.",
        language="ru",
        published="2026-05-05",
    )
    forum = next(e for e in article.events if e.kind is EventKind.FORUM)
    assert names(article, forum) == []


def test_a_session_named_again_at_the_start_of_a_sentence_and_those_taking_part_in_it() -> None:
    article = eventkit.parse_article(
        "3 мая 2026 года министр иностранных дел Армении Арарат Мирзоян принял участие в заседании "
        "Совета министров иностранных дел СНГ в Минске.\n\n"
        "Заседание прошло под председательством министра иностранных дел Беларуси Максима Рыженкова. "
        "В нем также приняли участие министры иностранных дел Казахстана Ермек Кошербаев и "
        "Узбекистана Бахтиёр Саидов.",
        language="ru",
        published="2026-05-04",
    )
    sessions = [e for e in article.events if e.kind is EventKind.SESSION]
    assert len(sessions) == 1
    persons = {p.name for p in article.persons}
    assert sorted(n for n, _ in names(article, sessions[0]) if n in persons) == [
        "Арарат Мирзоян",
        "Бахтиёр Саидов",
        "Ермек Кошербаев",
        "Максим Рыженков",
    ]


def test_a_title_with_the_country_s_usual_genitive_names_whoever_holds_it_under_its_official_name() -> None:
    article = eventkit.parse_article(
        "ТАШКЕНТ, 5 февраля. Президент Шавкат Мирзиёев провел телефонный разговор с Президентом "
        "Турецкой Республики Реджепом Тайипом Эрдоганом. Лидеры обсудили подготовку заседания Совета, "
        "которое состоится в рамках государственного визита Президента Турции в Узбекистан в апреле.",
        language="ru",
        published="2026-02-05",
    )
    visit = next(e for e in article.events if e.kind is EventKind.STATE_VISIT)
    assert names(article, visit) == [("Реджеп Тайип Эрдоган", "visitor")]


def test_a_visit_that_frames_an_event_to_come_in_its_relative_clause_is_to_come_and_holds_it() -> None:
    article = eventkit.parse_article(
        "АСТАНА, 5 февраля. Министры обсудили подготовку заседания комиссии, которое состоится в "
        "рамках официального визита премьер-министра Казахстана в Грузию в апреле.",
        language="ru",
        published="2026-02-05",
    )
    visit = next(e for e in article.events if e.kind is EventKind.OFFICIAL_VISIT)
    session = next(e for e in article.events if e.kind is EventKind.SESSION)
    assert visit.status is EventStatus.SCHEDULED
    assert dates_of(visit) == ("2026-04", "2026-04")
    assert session.parent == visit.id


def test_who_reports_a_postponement_after_a_comma_takes_no_part_in_the_event() -> None:
    article = eventkit.parse_article(
        "ОМСК, 22 мая. /ТАСС/. Следующее заседание комиссии, которое планировалось провести в "
        "октябре в Омске, перенесено на февраль 2027 года, сообщил министр Ларс Хольм.",
        language="ru",
        published="2026-05-22",
    )
    session = next(e for e in article.events if e.kind is EventKind.SESSION)
    assert session.status is EventStatus.POSTPONED
    assert names(article, session) == []


def test_a_title_that_holds_a_body_s_name_names_its_holder_and_a_reporter_by_title_takes_no_part() -> None:
    article = eventkit.parse_article(
        "Председатель сената Карина Ахметова 22 апреля провела переговоры с Председателем "
        "Национального собрания Республики Кения Моисеем Отиено, находящимся в Казахстане с "
        "официальным визитом.\n\n"
        "Официальный визит Председателя Национального собрания Республики Кения в Казахстан "
        "продлится до 24 апреля.\n\n"
        "Генеральный секретарь ОДКБ Имангали Тасмагамбетов, в свою очередь, напомнил, что очередная "
        "сессия совета пройдет 27 ноября в Москве.",
        language="ru",
        published="2026-04-22",
    )
    visits = [e for e in article.events if e.kind is EventKind.OFFICIAL_VISIT]
    assert len(visits) == 1
    assert [n for n, _ in names(article, visits[0])] == ["Моисей Отиено"]
    session = next(e for e in article.events if e.kind is EventKind.SESSION)
    assert names(article, session) == []


def test_who_invites_takes_no_part_in_the_visit_of_a_verb_and_noun_read_as_one() -> None:
    article = eventkit.parse_article(
        "Президент Монголии Ухнаагийн Хурэлсух 3-4 марта посетит Киргизию с государственным визитом "
        "по приглашению президента республики Садыра Жапарова.\n\n"
        "Президент Киргизии пригласил короля Иордании Абдаллу Второго посетить Киргизию с "
        "государственным визитом в следующем году.",
        language="ru",
        published="2026-02-20",
    )
    visits = [e for e in article.events if e.kind is EventKind.STATE_VISIT]
    assert [[n for n, _ in names(article, v)] for v in visits] == [
        ["Ухнаагийн Хурэлсух"],
        ["Абдалла Второй"],
    ]


_PROGRAMME = (
    "ДУШАНБЕ, 3 марта. Президент Кыргызстана Садыр Жапаров 20 марта посетит Таджикистан с "
    "государственным визитом, сообщил пресс-секретарь президента Таджикистана. "
)


def test_a_session_in_the_quoted_programme_of_a_visit_is_an_event_of_that_visit() -> None:
    for quote in (
        "«В ходе визита главы государств проведут переговоры, а также заседание Высшего совета "
        "сотрудничества», — сказал он.",
        "«В программе визита переговоры президентов и заседание межправительственной комиссии», — сказал он.",
    ):
        article = eventkit.parse_article(_PROGRAMME + quote, language="ru", published="2026-03-03")
        visit = next(e for e in article.events if e.kind is EventKind.STATE_VISIT)
        session = next(e for e in article.events if e.kind is EventKind.SESSION)
        assert session.parent == visit.id
        assert session.status is EventStatus.SCHEDULED  # the visit's, nothing else tells it


def test_a_session_only_quoted_with_no_visit_programme_is_no_event() -> None:
    article = eventkit.parse_article(
        _PROGRAMME + "«Заседание межправительственной комиссии было полезным», — сказал он.",
        language="ru",
        published="2026-03-03",
    )
    assert [e.kind for e in article.events] == [EventKind.STATE_VISIT]


def test_one_named_in_the_genitive_of_a_family_a_death_or_a_law_takes_no_part() -> None:
    article = eventkit.parse_article(
        "КАЗАНЬ, 12 мая. Министр культуры Иван Петров встретился с семьей композитора Петра "
        "Сидорова.\n\n"
        "Торжественная церемония пройдет в Казани в день смерти Петра Сидорова.\n\n"
        "На заседании комиссии обсуждали закон Анны Климовой.\n\n"
        "На церемонии присутствовала вдова Петра Сидорова.",
        language="ru",
        published="2026-05-12",
    )
    meeting = next(e for e in article.events if e.kind is EventKind.MEETING)
    assert [n for n, _ in names(article, meeting)] == ["Иван Петров"]
    for event in article.events:
        assert "Пётр Сидоров" not in [n for n, _ in names(article, event)]
        assert "Анна Климова" not in [n for n, _ in names(article, event)]


def test_one_named_in_the_genitive_of_a_request_a_poisoning_or_a_friend_takes_no_part() -> None:
    article = eventkit.parse_article(
        "КАЗАНЬ, 12 мая. Министр Иван Петров провел заседание комиссии по делу об отравлении "
        "бывшего мэра Олега Климова.\n\n"
        "Совет исполнил просьбу вице-премьера Анны Сидоровой и перенес церемонию открытия моста.\n\n"
        "На церемонии присутствовал друг Олега Климова актер Павел Орлов.",
        language="ru",
        published="2026-05-12",
    )
    session = next(e for e in article.events if e.kind is EventKind.SESSION)
    assert [n for n, _ in names(article, session)] == ["Иван Петров"]
    for event in article.events:
        assert "Олег Климов" not in [n for n, _ in names(article, event)]
        assert "Анна Сидорова" not in [n for n, _ in names(article, event)]
    ceremony = next(e for e in article.events if "Павел Орлов" in [n for n, _ in names(article, e)])
    assert ceremony.kind in (EventKind.CEREMONY, EventKind.OPENING)


def test_a_relative_named_in_the_nominative_after_the_noun_takes_part() -> None:
    article = eventkit.parse_article(
        "КАЗАНЬ, 12 мая. На церемонии открытия музея присутствовала вдова Анна Сидорова.",
        language="ru",
        published="2026-05-12",
    )
    opening = next(e for e in article.events if e.kind is EventKind.OPENING)
    assert [n for n, _ in names(article, opening)] == ["Анна Сидорова"]


def test_a_framed_meeting_with_someone_takes_its_place_and_the_subject_after_it() -> None:
    article = eventkit.parse_article(
        "КАЗАНЬ, 12 мая. Во время встречи с губернатором края Петром Сидоровым в Казани министр "
        "Иван Петров обсудил поставки зерна.",
        language="ru",
        published="2026-05-12",
    )
    meeting = next(e for e in article.events if e.kind is EventKind.MEETING)
    assert [n for n, _ in names(article, meeting)] == ["Пётр Сидоров", "Иван Петров"]
    assert venue_name(article, meeting) == "Казань"


def test_a_place_in_what_a_signed_paper_is_about_is_not_where_it_is_signed() -> None:
    article = eventkit.parse_article(
        "Губернатор области Иван Петров подписал указ о строительстве нового моста в Казани.",
        language="ru",
        published="2026-05-12",
    )
    signing = next(e for e in article.events if e.kind is EventKind.SIGNING)
    assert venue_name(article, signing) is None
    held = eventkit.parse_article(
        "Губернатор области Иван Петров подписал в Казани указ о строительстве нового моста.",
        language="ru",
        published="2026-05-12",
    )
    signing = next(e for e in held.events if e.kind is EventKind.SIGNING)
    assert venue_name(held, signing) == "Казань"


def test_the_sides_or_the_participants_before_a_signing_verb_are_the_persons_of_the_event_before() -> None:
    text = (
        "МИНСК, 14 мая. Министр экономики Беларуси Олег Ткачук в четверг провел переговоры с "
        "министром торговли Монголии Батбаяром Ганзоригом. По итогам встречи {who} подписали "
        "меморандум о сотрудничестве в области торговли."
    )
    for who in ("стороны", "участники", "стороны также"):
        article = eventkit.parse_article(text.format(who=who), language="ru", published="2026-05-14")
        signing = next(e for e in article.events if e.kind is EventKind.SIGNING)
        assert sorted(n for n, _ in names(article, signing)) == ["Батбаяр Ганзориг", "Олег Ткачук"], who


def test_one_side_after_s_is_no_group_of_the_event_before() -> None:
    article = eventkit.parse_article(
        "МИНСК, 14 мая. Министр экономики Беларуси Олег Ткачук в четверг провел переговоры с "
        "министром торговли Монголии Батбаяром Ганзоригом. С белорусской стороны протокол подписал "
        "заместитель министра Павел Гурин.",
        language="ru",
        published="2026-05-14",
    )
    signing = next(e for e in article.events if e.kind is EventKind.SIGNING)
    assert [n for n, _ in names(article, signing)] == ["Павел Гурин"]


def _visit_names(text: str) -> list[str]:
    article = eventkit.parse_article(text, language="ru", published="2026-05-05")
    visit = next(e for e in article.events if e.kind in (EventKind.VISIT, EventKind.OFFICIAL_VISIT))
    return [n for n, _ in names(article, visit)]


_FM = (
    "ТБИЛИСИ, 5 мая. Министр иностранных дел Чехии Ян Новак провел в понедельник переговоры с "
    "главой МИД Армении Ашотом Петросяном. {rest}"
)


def test_a_head_a_country_adjective_and_a_body_name_the_one_person_holding_that_office() -> None:
    # the head and the body's word read as the title_aliases table reads them: a foreign minister
    assert _visit_names(_FM.format(rest="Во вторник глава чешского МИД отправится с визитом в Тбилиси.")) == [
        "Ян Новак"
    ]
    assert _visit_names(
        _FM.format(rest="Визит главы чешского внешнеполитического ведомства в Грузию завершится в среду.")
    ) == ["Ян Новак"]
    # a head of a body whose role says so (глава МИД Армении) holds the same office
    assert _visit_names(
        _FM.format(rest="В среду глава армянской дипломатии отправится с визитом в Прагу.")
    ) == ["Ашот Петросян"]
    # no one of that country holds it: no one
    assert _visit_names(_FM.format(rest="В среду глава польского МИД отправится с визитом в Прагу.")) == []


def test_a_delegation_as_a_subject_is_the_person_it_was_said_to_be_led_by() -> None:
    article = eventkit.parse_article(
        "ХАНОЙ, 20 мая. Казахская торговая миссия во главе с министром энергетики Казахстана "
        "Ерланом Акиевым работает во Вьетнаме с 18 по 22 мая. В четверг делегация отправится в "
        "Хошимин, где встретится с мэром города Ле Ван Намом.",
        language="ru",
        published="2026-05-20",
    )
    meeting = next(e for e in article.events if e.kind is EventKind.MEETING)
    assert [n for n, _ in names(article, meeting)][:1] == ["Ерлан Акиев"]
    # a delegation of another body named after the noun is another delegation
    other = eventkit.parse_article(
        "ХАНОЙ, 20 мая. Казахская торговая миссия во главе с министром энергетики Казахстана "
        "Ерланом Акиевым работает во Вьетнаме с 18 по 22 мая. В четверг делегация Сената "
        "отправится в Хошимин, где встретится с мэром города Ле Ван Намом.",
        language="ru",
        published="2026-05-20",
    )
    meeting = next(e for e in other.events if e.kind is EventKind.MEETING)
    assert "Ерлан Акиев" not in [n for n, _ in names(other, meeting)]
    # so is one a word before it makes another of its kind
    earlier = eventkit.parse_article(
        "ХАНОЙ, 20 мая. Казахская торговая миссия во главе с министром энергетики Казахстана "
        "Ерланом Акиевым работает во Вьетнаме с 18 по 22 мая. Прошлая казахская торговая миссия "
        "побывала во Вьетнаме в марте 2024 года.",
        language="ru",
        published="2026-05-20",
    )
    visits = [e for e in earlier.events if e.kind is EventKind.VISIT and e.dates is not None]
    assert [names(earlier, v) for v in visits if v.dates and v.dates.start.year == 2024] == [[]]


def test_a_delegation_led_by_a_speaker_visits_and_meets_as_its_head() -> None:
    article = eventkit.parse_article(
        "МИНСК, 24 марта. Председатель парламента Беларуси Игорь Петров принял делегацию "
        "парламента Лаоса во главе с его председателем Сайсомфоном Пхомвиханом. Делегация "
        "находится в Беларуси с официальным визитом с 23 по 26 марта.",
        language="ru",
        published="2026-03-24",
    )
    visit = next(e for e in article.events if e.kind is EventKind.OFFICIAL_VISIT)
    assert [n for n, _ in names(article, visit)] == ["Сайсомфон Пхомвихан"]
