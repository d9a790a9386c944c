"""The Russian recognizer on places that the name tagger reads as bodies or leaves out:
facilities (``в Боткинской больнице``), seats of government (``в Кремле``), places named inside
a body's name (``Банка России``) and capitalised adjectives of a place (``Шведской академии``)."""

from __future__ import annotations

import pytest
from markers import needs_ru
from recognize import recognize_ru as _recognize
from recognize import venue_named as _venue

from eventkit.entities.ru._venues import facility_kind, place_by_adjective
from eventkit.model import VenueKind

pytestmark = needs_ru


@pytest.mark.parametrize(
    ("text", "name", "written"),
    [
        (
            "Пострадавшего водителя доставили в Боткинскую больницу.",
            "Боткинская больница",
            "Боткинскую больницу",
        ),
        (
            "Рождественская служба прошла в Исаакиевском соборе.",
            "Исаакиевский собор",
            "Исаакиевском соборе",
        ),
        (
            "Свадьба наследника состоялась в Вестминстерском аббатстве.",
            "Вестминстерское аббатство",
            "Вестминстерском аббатстве",
        ),
        (
            "Ремонт гидроагрегатов на Саяно-Шушенской ГЭС завершён.",
            "Саяно-Шушенская ГЭС",
            "Саяно-Шушенской ГЭС",
        ),
    ],
)
def test_a_facility_is_a_building_not_a_body(text: str, name: str, written: str) -> None:
    found = _recognize(text)
    venue = _venue(found, name)
    assert venue.kind is VenueKind.BUILDING
    assert [m.text for m in venue.mentions] == [written]
    assert not any(o.name == name for o in found.organizations)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Министры провели переговоры в Доме правительства в понедельник.", "Доме правительства"),
        ("Делегацию встретили у входа в Дом Правительства.", "Дом Правительства"),
    ],
)
def test_a_cabinet_s_house_is_a_building_not_a_body(text: str, written: str) -> None:
    found = _recognize(text)
    venue = _venue(found, written.replace("Доме", "Дом"))
    assert venue.kind is VenueKind.BUILDING
    assert [m.text for m in venue.mentions] == [written]
    assert found.organizations == ()


def test_a_trading_house_stays_a_body() -> None:
    found = _recognize("Торговый дом Узбекистана откроется в Казани в мае.")
    assert [o.name for o in found.organizations] == ["Торговый дом Узбекистана"]


def test_an_institution_keeps_being_a_body() -> None:
    found = _recognize("Он окончил Гарвардский университет и вернулся на родину.")
    assert [o.name for o in found.organizations] == ["Гарвардский университет"]
    assert all(v.kind is not VenueKind.BUILDING for v in found.venues)


def test_a_country_named_inside_a_body_is_a_mention_of_it() -> None:
    text = "Председатель Банка России снизил ставку. Инфляция в России замедлилась."
    found = _recognize(text)
    assert [o.name for o in found.organizations] == ["Банк России"]
    russia = _venue(found, "Россия")
    assert (russia.kind, russia.country) == (VenueKind.COUNTRY, "RU")
    assert [m.span.start for m in russia.mentions] == [text.index("России"), text.rindex("России")]


def test_a_place_named_only_inside_a_body_makes_no_venue() -> None:
    found = _recognize("Председатель Банка России снизил ставку.")
    assert [o.name for o in found.organizations] == ["Банк России"]
    assert found.venues == ()


@pytest.mark.parametrize(
    ("text", "written", "name", "kind", "country"),
    [
        (
            "Члены Шведской академии собрались в Швеции.",
            "Шведской",
            "Швеция",
            VenueKind.COUNTRY,
            "SE",
        ),
        (
            "Он окончил Московский институт стали и остался в Москве.",
            "Московский",
            "Москва",
            VenueKind.CITY,
            "RU",
        ),
        ("Иранский танкер вышел из порта. Власти Ирана молчат.", "Иранский", "Иран", VenueKind.COUNTRY, "IR"),
        (  # before a person's noun too: the actor's country
            "Российский актёр приехал на фестиваль. Россия прислала делегацию.",
            "Российский",
            "Россия",
            VenueKind.COUNTRY,
            "RU",
        ),
        (  # a city with no row of its own: the regular adjective
            "В Иванове прошёл крестный ход. Сайт Ивановской митрополии сообщил о нём.",
            "Ивановской",
            "Иваново",
            VenueKind.CITY,
            "RU",
        ),
    ],
)
def test_a_capitalised_adjective_of_a_place_the_article_names_is_a_mention_of_it(
    text: str, written: str, name: str, kind: VenueKind, country: str | None
) -> None:
    venue = _venue(_recognize(text), name)
    assert (venue.kind, venue.country) == (kind, country)
    assert written in [m.text for m in venue.mentions]
    assert len(venue.mentions) == 2


def test_an_adjective_alone_makes_no_venue() -> None:
    found = _recognize("Фильм получил приз Каннского кинофестиваля.")
    assert "Канны" not in [v.name for v in found.venues]


@pytest.mark.parametrize(
    "text",
    [
        "Российский актёр Иван Смирнов приехал на фестиваль.",  # Russia named nowhere else
        "Российско-американский экипаж вернулся на Землю.",  # a compound is no one place's
        "российский министр прилетел поздно вечером.",  # lower case: no name
    ],
)
def test_an_adjective_that_names_no_place_here_makes_no_venue(text: str) -> None:
    assert "Россия" not in [v.name for v in _recognize(text).venues]


def test_an_adjective_that_starts_a_country_name_is_part_of_it() -> None:
    russia = _venue(_recognize("Делегация приехала в Российскую Федерацию."), "Россия")
    assert [m.text for m in russia.mentions] == ["Российскую Федерацию"]


def test_the_tables_behind_the_rules() -> None:
    assert facility_kind("больница") is VenueKind.BUILDING
    assert facility_kind("университет") is None
    assert facility_kind("дом правительства") is VenueKind.BUILDING
    assert facility_kind("дом") is None
    assert place_by_adjective("шведскими") == ("Швеция", VenueKind.COUNTRY, "SE")
    assert place_by_adjective("Петербургского") == ("Санкт-Петербург", VenueKind.CITY, "RU")
    assert place_by_adjective("Российско-американский") is None
    assert place_by_adjective("стол") is None
    # cities without a row of the table: the regular adjective (a final vowel or soft sign gives way to -ск)
    assert place_by_adjective("Тюменского") == ("Тюмень", VenueKind.CITY, "RU")
    assert place_by_adjective("Самарской") == ("Самара", VenueKind.CITY, "RU")


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        ("Президент Кыргызстана прибыл в Москву. Киргизия подписала договор.", "Кыргызстан", "Киргизия"),
        ("Делегация Белоруссии прибыла в Минск. Беларусь готова к диалогу.", "Белоруссия", "Беларусь"),
        ("Лидер Молдовы выступил в Кишинёве.", "Молдова", "Молдавия"),
    ],
)
def test_a_country_is_named_as_its_article_first_writes_it(text: str, name: str, other: str) -> None:
    found = _recognize(text)
    names = [v.name for v in found.venues]
    assert name in names, names
    assert other not in names, names
    country = _venue(found, name)
    assert country.kind is VenueKind.COUNTRY
    assert other in country.aliases


def test_a_seat_of_government_is_a_venue_only_where_it_is_the_place() -> None:
    text = "Пресс-служба Кремля сообщила, что переговоры пройдут в Кремле. Кремль доволен."
    kremlin = _venue(_recognize(text), "Кремль")
    assert [m.text for m in kremlin.mentions] == ["Кремле"]


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        ("Кремль одобрил проект соглашения о торговле.", "Кремль", "Кремль"),
        ("Новый указ появился на сайте Кремля во вторник.", "Кремль", "Кремля"),
        ("В понедельник Белый дом объявил о новых пошлинах.", "Белый дом", "Белый дом"),
    ],
)
def test_a_seat_that_stands_for_the_government_is_a_body(text: str, name: str, mention: str) -> None:
    found = _recognize(text)
    assert [(o.name, [m.text for m in o.mentions]) for o in found.organizations] == [(name, [mention])]
    assert found.venues == ()


@pytest.mark.parametrize(
    "text",
    [
        "Об итогах встречи рассказал пресс-центр Кремля.",
        "Соглашение одобрил помощник Кремля по международным делам.",
        "Соглашение подписали в Кремле во вторник.",
    ],
)
def test_a_seat_after_a_press_office_a_title_or_a_place_s_preposition_is_no_body(text: str) -> None:
    assert [o.name for o in _recognize(text).organizations] == []


def test_a_seat_that_is_a_country_stays_a_country() -> None:
    vatican = _venue(_recognize("Ватикан выразил соболезнования семьям погибших."), "Ватикан")
    assert vatican.kind is VenueKind.COUNTRY


def test_a_country_named_with_and_is_one_venue() -> None:
    found = _recognize("Делегация побывала в Боснии и Герцеговине, а затем в Москве и Казани.")
    bosnia = _venue(found, "Босния и Герцеговина")
    assert (bosnia.kind, bosnia.country, [m.text for m in bosnia.mentions]) == (
        VenueKind.COUNTRY,
        "BA",
        ["Боснии и Герцеговине"],
    )
    assert {"Москва", "Казань"} <= {v.name for v in found.venues}


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Ролик с церемонии разошёлся по Сети за несколько часов.", "Сети"),
        ("Статью о после уже поправили в Википедии.", "Википедии"),
    ],
)
def test_the_web_and_wikipedia_are_no_organizations(text: str, service: str) -> None:
    found = _recognize(text)
    assert service not in [m.text for o in found.organizations for m in o.mentions]


def test_a_place_in_latin_letters_inside_a_body_is_a_mention_of_the_place_the_article_names() -> None:
    found = _recognize("Как сообщила газета The New York Times, в Нью-Йорке прошёл митинг.")
    new_york = _venue(found, "Нью-Йорк")
    assert [m.text for m in new_york.mentions] == ["New York", "Нью-Йорке"]
    assert new_york.country == "US"


def test_a_place_in_latin_letters_only_inside_a_body_makes_no_venue() -> None:
    found = _recognize("Как сообщила газета The New York Times, митинг прошёл спокойно.")
    assert found.venues == ()


@pytest.mark.parametrize(
    ("text", "place", "written"),
    [
        ("Как сообщает агентство Agence France-Presse, во Франции бастуют.", "Франция", "France"),
        ("По данным агентства «Интерфакс-Украина», в Украине похолодало.", "Украина", "Украина"),
    ],
)
def test_a_place_joined_by_a_hyphen_to_a_body_is_a_mention_of_it(text: str, place: str, written: str) -> None:
    first, second = _venue(_recognize(text), place).mentions
    assert first.text == written
    assert second.text != written


def test_a_country_the_tagger_takes_for_a_person_is_a_place() -> None:
    found = _recognize("На востоке страна граничит с Мозамбиком.")
    assert [v.name for v in found.venues] == ["Мозамбик"]
    assert found.persons == ()


@needs_ru
def test_a_seat_of_government_is_a_place_only_where_it_stands_for_the_place() -> None:
    acting = _recognize("Как сообщила пресс-служба Акорды, переговоры продлились три часа.")
    assert [v.name for v in acting.venues] == []
    assert [o.name for o in acting.organizations] == []
    assert [p.name for p in acting.persons] == []
    place = _recognize("Переговоры двух президентов прошли в Акорде.")
    assert [(v.name, v.kind, v.country) for v in place.venues] == [("Акорда", VenueKind.BUILDING, "KZ")]


@needs_ru
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Делегация Западного Казахстана прибыла на ярмарку.", "Западный Казахстан", VenueKind.REGION),
        ("Фермеры Восточной Европы ждут дождей.", "Восточная Европа", VenueKind.REGION),
        ("Спор о Карабахе длится десятилетиями.", "Карабах", VenueKind.REGION),
        (
            "Экономика Азиатско-Тихоокеанского региона растет.",
            "Азиатско-Тихоокеанский регион",
            VenueKind.REGION,
        ),
        ("Летом форум прошел в Чолпон-Ате.", "Чолпон-Ата", VenueKind.CITY),
        ("Гости прилетели из Южной Кореи.", "Южная Корея", VenueKind.COUNTRY),
    ],
)
def test_the_kind_of_a_region_a_city_and_a_country(text: str, name: str, kind: VenueKind) -> None:
    assert (name, kind) in {(v.name, v.kind) for v in _recognize(text).venues}


@needs_ru
def test_a_region_of_the_table_is_found_named_in_the_nominative_and_not_inside_a_name() -> None:
    found = _recognize("Ураган обрушился на Луизиану и Миссисипи, затем ушел в Теннесси.")
    assert {(v.name, v.kind) for v in found.venues} >= {
        ("Луизиана", VenueKind.REGION),
        ("Миссисипи", VenueKind.REGION),
    }
    quoted = _recognize("Компания построила газопровод «Сила Сибири» за пять лет.")
    assert [v.name for v in quoted.venues] == []


@needs_ru
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Министр иностранных дел Кыргызской Республики прибыл в Ригу.", "Кыргызстан"),
        ("Президент Кыргызской Республики позвонил коллеге. Позже глава Киргизии улетел.", "Киргизия"),
        ("Делегация Республики Молдова прибыла в Ригу.", "Молдова"),
        ("Министр иностранных дел КР прибыл в Ригу.", "Кыргызстан"),
        ("Делегация Азербайджанской Республики прибыла в Ригу.", "Азербайджан"),
        ("Посол Исламской Республики Иран прибыл в Ригу.", "Иран"),
    ],
)
def test_a_country_by_its_official_name_takes_its_own_short_name(text: str, name: str) -> None:
    assert name in {v.name for v in _recognize(text).venues}


@needs_ru
def test_a_city_of_the_table_is_named_by_a_dictionary_form_of_its_word() -> None:
    found = _recognize("Саммит прошел в Габале.")
    assert [(v.name, v.kind) for v in found.venues] == [("Габала", VenueKind.CITY)]


@needs_ru
def test_a_residence_named_in_quote_marks_is_a_building() -> None:
    found = _recognize("Переговоры прошли в загородной резиденции «Соснина» под Ригой.")
    assert ("Соснина", VenueKind.BUILDING) in {(v.name, v.kind) for v in found.venues}
    assert "Соснина" not in {o.name for o in found.organizations}


def test_a_sentences_first_word_that_names_nothing_is_no_place() -> None:
    found = _recognize("Мы просто растеряны. Придётся менять все планы на весну.")
    assert [v.name for v in found.venues] == []


def test_a_region_whose_name_never_declines_is_a_place() -> None:
    found = _recognize("Фермеры из Кентукки привезли на ярмарку в Казань лошадей.")
    assert "Кентукки" in [v.name for v in found.venues]


def test_items_of_a_bulleted_list_are_names_of_their_own() -> None:
    found = _recognize(
        "Соглашение подписали: • Замбия • Кения • Уганда • Объединённые Арабские Эмираты • Эфиопия."
    )
    assert [v.name for v in found.venues] == ["Замбия", "Кения", "Уганда", "ОАЭ", "Эфиопия"]


def test_a_city_the_dictionary_does_not_decline_is_one_venue_in_every_case() -> None:
    found = _recognize("Делегация прилетела в Боготу в среду. В Боготе она пробудет два дня.")
    assert [(v.name, len(v.mentions)) for v in found.venues] == [("Богота", 2)]
