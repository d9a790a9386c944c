"""The Russian recognizer on places written as a common head and a proper name after it:
``в парке Горького``, ``по улице Тверской``, ``у памятника Пушкину``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markers import needs_ru
from recognize import recognize_ru as _recognize
from recognize import venue_named as _venue

import eventkit
from eventkit.model import VenueKind

pytestmark = needs_ru


@pytest.mark.parametrize(
    ("text", "name", "kind", "written"),
    [
        (
            "Акция в поддержку волонтёров прошла в парке Горького.",
            "парк Горького",
            VenueKind.PARK,
            "парке Горького",
        ),
        ("Встреча ветеранов прошла на площади Победы.", "площадь Победы", VenueKind.OTHER, "Победы"),
        ("Гости фестиваля прошли по улице Тверской.", "улица Тверская", VenueKind.OTHER, "Тверской"),
        ("Колонна байкеров проехала по проспекту Мира.", "проспект Мира", VenueKind.OTHER, "Мира"),
        ("Вечером джазовый концерт состоялся в саду Эрмитаж.", "сад Эрмитаж", VenueKind.PARK, "Эрмитаж"),
        (
            "Делегация возложила цветы у памятника Пушкину.",
            "памятник Пушкину",
            VenueKind.OTHER,
            "памятника Пушкину",
        ),
        (
            "Выставка японской гравюры открылась в музее Пушкина.",
            "музей Пушкина",
            VenueKind.BUILDING,
            "музее Пушкина",
        ),
        (
            "Премьера спектакля прошла в театре Вахтангова.",
            "театр Вахтангова",
            VenueKind.BUILDING,
            "театре Вахтангова",
        ),
        (
            "Праздничное шествие прошло по набережной Тараса Шевченко.",
            "набережная Тараса Шевченко",
            VenueKind.OTHER,
            "набережной Тараса Шевченко",
        ),
    ],
)
def test_head_and_name_make_one_venue(text: str, name: str, kind: VenueKind, written: str) -> None:
    found = _recognize(text)
    venue = _venue(found, name)
    assert venue.kind is kind
    assert [m.text for m in venue.mentions] == [written]
    assert all(text[m.span.start : m.span.end] == m.text for m in venue.mentions)
    # the name after the head is no place, body or venue of its own; a person's name alone
    # names the person, so a place named after one is mentioned with its head
    assert [v.name for v in found.venues] == [name]
    assert found.organizations == ()


def test_a_street_named_by_an_adjective_is_never_a_city() -> None:
    found = _recognize("Участники марафона пробежали по улице Тверской и по улице Ленина.")
    assert [(v.name, v.kind) for v in found.venues] == [
        ("улица Тверская", VenueKind.OTHER),
        ("улица Ленина", VenueKind.OTHER),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Директор парка Горького рассказал о планах на лето.", "парк Горького"),
        ("Жители улицы Тверской пожаловались на шум.", "улица Тверская"),
        ("Ремонт проспекта Мира закончат к осени.", "проспект Мира"),
    ],
)
def test_a_head_in_the_genitive_is_named_the_same(text: str, name: str) -> None:
    assert [v.name for v in _recognize(text).venues] == [name]


def test_a_street_in_a_named_city_has_that_city_as_parent() -> None:
    found = _recognize("Колонна прошла по проспекту Мира в Москве.")
    avenue = _venue(found, "проспект Мира")
    city = _venue(found, "Москва")
    assert city.kind is VenueKind.CITY
    assert avenue.parent == city.id
    assert avenue.country == "RU"


def test_a_city_after_a_street_word_stays_a_city() -> None:
    found = _recognize("К празднику улицы Москвы украсили флагами.")
    assert [(v.name, v.kind) for v in found.venues] == [("Москва", VenueKind.CITY)]


def test_a_town_the_gazetteer_does_not_know_stays_a_place_of_its_own() -> None:
    found = _recognize("Болельщики заполнили улицы Ливерпуля.")
    assert [v.name for v in found.venues] == ["Ливерпуль"]


def test_a_person_in_the_nominative_after_the_head_is_the_subject() -> None:
    found = _recognize("В парке Путин встретился с жителями Москвы.")
    assert [v.name for v in found.venues] == ["Москва"]
    assert [p.name for p in found.persons] == ["Путин"]


def test_a_name_after_the_place_name_is_left_to_its_own() -> None:
    found = _recognize("В саду Эрмитаж Лавров встретился с министром культуры.")
    assert [v.name for v in found.venues] == ["сад Эрмитаж"]
    assert [p.name for p in found.persons] == ["Лавров"]


def test_a_head_inside_a_body_is_left_to_the_body() -> None:
    found = _recognize("Директор Большого театра Владимир Урин встретился с послом.")
    assert found.venues == ()
    assert [o.name for o in found.organizations] == ["Большой театр"]


def test_stations_and_adjective_names_keep_their_own_rules() -> None:
    found = _recognize("Туристы вышли на станции «Алма-Атинская» и прошли по Тверской улице.")
    assert [(v.name, v.kind) for v in found.venues] == [
        ("Алма-Атинская", VenueKind.STATION),
        ("Тверская улица", VenueKind.OTHER),
    ]


_PLACES = [
    # (head as written, head, name, kind, mention): a place named after a person is mentioned with its head
    ("в парке", "парк", "Горького", VenueKind.PARK, "парке Горького"),
    ("на площади", "площадь", "Победы", VenueKind.OTHER, "Победы"),
    ("на проспекте", "проспект", "Мира", VenueKind.OTHER, "Мира"),
    ("в музее", "музей", "Пушкина", VenueKind.BUILDING, "музее Пушкина"),
    ("на улице", "улица", "Тверской", VenueKind.OTHER, "Тверской"),
]
_OPENINGS = ["Вчера митинг прошёл", "Как сообщили организаторы, встреча состоится", "Церемония прошла"]


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(_OPENINGS), st.sampled_from(_PLACES))
def test_the_head_is_named_in_the_nominative_whatever_the_sentence(
    opening: str, place: tuple[str, str, str, VenueKind, str]
) -> None:
    written_head, head, name, kind, mention = place
    found = _recognize(f"{opening} {written_head} {name}.")
    heads = [v for v in found.venues if v.name.split()[0] == head]
    assert len(heads) == 1, [v.name for v in found.venues]
    assert heads[0].kind is kind
    assert heads[0].mentions[0].text == mention
    assert all(v.kind is not VenueKind.CITY for v in found.venues)


def test_a_known_city_gets_its_geonames_coordinates_and_other_places_none() -> None:
    found = _recognize("Переговоры прошли в Ташкенте, в парке Навои, а затем делегации вылетели в Бишкек.")
    tashkent, bishkek = _venue(found, "Ташкент"), _venue(found, "Бишкек")
    assert tashkent.coordinates is not None
    assert bishkek.coordinates is not None
    assert (round(tashkent.coordinates.latitude), round(tashkent.coordinates.longitude)) == (41, 69)
    assert (round(bishkek.coordinates.latitude), round(bishkek.coordinates.longitude)) == (43, 75)
    assert all(v.coordinates is None for v in found.venues if v.kind is not VenueKind.CITY)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Финал кубка сыграют на стадионе «Лужники» в мае.", "Лужники"),
        ("Делегацию разместили в отеле «Северная звезда» у моря.", "Северная звезда"),
        ("Раненых доставили в клинику «Медика» на окраине.", "Медика"),
        ("Самолёт приземлился на авиабазе «Кант» под Бишкеком.", "Кант"),
    ],
)
def test_a_quoted_name_after_a_facility_head_is_a_place_not_a_body(text: str, name: str) -> None:
    found = _recognize(text)
    assert name in [v.name for v in found.venues]
    assert name not in [o.name for o in found.organizations]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Бывшего мэра перевели в СИЗО «Бутырка» в среду.", "Бутырка"),
        ("Энергоблок АЭС «Заречная» остановили на ремонт.", "Заречная"),
        ("Грузовик перевернулся на трассе «Кавказ» ночью.", "Кавказ"),
    ],
)
def test_a_quoted_name_after_a_facility_acronym_or_road_is_a_place(text: str, name: str) -> None:
    found = _recognize(text)
    assert name in [v.name for v in found.venues], [v.name for v in found.venues]
    assert name not in [o.name for o in found.organizations]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Журналиста нашли мёртвым в гостинице Grand Palace в центре города.", "Grand Palace"),
        ("Певца доставили в больницу Сент-Мартин с травмой.", "Сент-Мартин"),
        ("Авария случилась на трассе М-4 утром.", "М-4"),
    ],
)
def test_the_name_after_a_facility_head_is_the_facility_without_its_head(text: str, name: str) -> None:
    found = _recognize(text)
    venue = _venue(found, name)
    assert [m.text for m in venue.mentions] == [name]
    assert name not in [o.name for o in found.organizations]


@pytest.mark.parametrize(
    "text",
    [
        "Владелец гостиницы Пётр Семёнов рассказал о ремонте.",  # a person: the owner, not the name
        "Он лечился в больнице РЖД после аварии.",  # an acronym: the body that owns it
        "Вчера открыли новую больницу\nСотрудники приняли первых пациентов.",  # a line's end
    ],
)
def test_no_facility_is_named_by_a_person_an_owner_or_the_next_line(text: str) -> None:
    found = _recognize(text)
    assert not [v for v in found.venues if v.kind is VenueKind.BUILDING], [v.name for v in found.venues]


def test_a_saint_after_a_church_keeps_the_saints_case() -> None:
    found = _recognize("Панихиду отслужили в храме Святого Георгия в воскресенье.")
    assert "храм Святого Георгия" in [v.name for v in found.venues], [v.name for v in found.venues]


def test_a_quoted_name_after_a_theatre_is_left_to_the_tagger() -> None:
    # a theatre is as often the company as the building: no facility head
    found = _recognize("Премьера прошла в театре «Современник».")
    assert "Современник" not in [v.name for v in found.venues]


def test_places_run_together_by_the_tagger_are_cut_apart() -> None:
    found = _recognize("Дорогие Новосибирск Хабаровск Владивосток, простите, что не приехала.")
    assert [v.name for v in found.venues] == ["Новосибирск", "Хабаровск", "Владивосток"]
    assert all(len(v.mentions) == 1 for v in found.venues)


def test_the_year_of_an_event_is_no_part_of_its_place() -> None:
    text = "Олимпийская чемпионка Сочи-2014 завершила карьеру."
    found = _recognize(text)
    assert [(v.name, [m.text for m in v.mentions]) for v in found.venues] == [("Сочи", ["Сочи"])]


def test_a_quote_mark_is_no_part_of_a_facility_head() -> None:
    found = _recognize("Сейчас бывший директор находится в СИЗО «Лефортово».")
    mentions = [m.text for v in found.venues for m in v.mentions]
    mentions += [m.text for o in found.organizations for m in o.mentions]
    assert all("«" not in m and "»" not in m for m in mentions), mentions


def test_every_capitalised_adjective_before_a_head_is_part_of_the_name() -> None:
    found = _recognize("Похороны пройдут на Новом Городском кладбище в Москве.")
    assert "Новое Городское кладбище" in [v.name for v in found.venues]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("В 2010 году четыре агрегата ГЭС были восстановлены.", "ГЭС"),
        ("Суд отправил его в СИЗО на два месяца.", "СИЗО"),
    ],
)
def test_a_facility_head_alone_names_no_place(text: str, head: str) -> None:
    found = _recognize(text)
    assert not [v for v in found.venues if head in v.name], [v.name for v in found.venues]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Делегация возложила венок к Могиле Неизвестного Солдата.", "Могила Неизвестного Солдата"),
        ("Здание Министерства финансов стоит на Ильинке.", "Здание Министерства финансов"),
    ],
)
def test_a_capitalised_head_with_its_genitive_words_is_a_place(text: str, name: str) -> None:
    assert name in [v.name for v in _recognize(text).venues]


@pytest.mark.parametrize(
    ("text", "name", "written"),
    [
        ("Паром доставил туристов на остров Кенгуру утром.", "Кенгуру", "Кенгуру"),
        ("Делегация осмотрела музей на острове Роббенэйланд в субботу.", "Роббенэйланд", "Роббенэйланд"),
        # a name the tagger reads as a place keeps its base form
        ("Туристов высадили на остров Святой Елены на рассвете.", "Святая Елена", "Святой Елены"),
        ("Рыбаки давно ловят щуку в реке Ворскле у моста.", "Ворскла", "Ворскле"),
    ],
)
def test_a_natural_place_is_named_by_the_name_after_its_head(text: str, name: str, written: str) -> None:
    found = _recognize(text)
    venue = _venue(found, name)
    assert [m.text for m in venue.mentions] == [written]
    assert found.organizations == ()


def test_a_place_that_ends_in_a_river_holds_the_river_too() -> None:
    found = _recognize("Военные перекрыли дороги Западного берега реки Иордан в пятницу.")
    assert [m.text for v in found.venues for m in v.mentions] == ["Западного берега реки Иордан", "Иордан"]


def test_a_facility_keeps_its_number() -> None:
    found = _recognize("Пострадавшего отвезли в Городскую больницу № 7 на окраине.")
    venue = _venue(found, "Городская больница № 7")
    assert [m.text for m in venue.mentions] == ["Городскую больницу № 7"]


def test_a_number_after_an_acronym_is_no_part_of_the_body() -> None:
    found = _recognize("Совет принял резолюцию Совета Безопасности ООН № 2231 без голосования.")
    assert "Совет Безопасности ООН" in [o.name for o in found.organizations]


@needs_ru
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Пожарные потушили огонь в торговом центре «Северное сияние» к утру.", "Северное сияние"),
        ("Фестиваль открылся в концертном зале Зарядье Холл в субботу.", "Зарядье Холл"),
        ("Драка случилась у ночного клуба «Маяк» на окраине города.", "Маяк"),
    ],
)
def test_a_name_after_a_two_word_facility_head_is_a_place(text: str, name: str) -> None:
    entities = _recognize(text)
    assert name in {m.text for v in entities.venues for m in v.mentions}
    assert name not in {m.text for o in entities.organizations for m in o.mentions}


@needs_ru
def test_a_genitive_owner_after_a_two_word_facility_head_is_no_place() -> None:
    entities = _recognize("Концерт прошёл в концертном зале Московской филармонии вечером.")
    assert "Московской филармонии" not in {m.text for v in entities.venues for m in v.mentions}


@needs_ru
@pytest.mark.parametrize(
    "text",
    [
        "Стороны обсудили маршрут Север — Юг и поставки зерна в Баку.",
        "«Новый кабель свяжет Восток и Запад», — сказал министр в Баку.",
    ],
)
def test_points_of_the_compass_in_a_pair_are_no_places(text: str) -> None:
    assert [v.name for v in _recognize(text).venues] == ["Баку"]


@needs_ru
def test_an_agency_after_a_dateline_is_no_place() -> None:
    venues = _recognize("Ташкент, 3 мая /Кабар/. Министр транспорта приехал в Баку.").venues
    assert [v.name for v in venues] == ["Ташкент", "Баку"]


@needs_ru
def test_a_compass_point_alone_may_still_be_a_place() -> None:
    assert "Запад" in [v.name for v in _recognize("Фильм долго шёл на Западе, но не в Минске.").venues]


@needs_ru
def test_a_title_the_tagger_takes_into_a_place_is_left_out_of_it() -> None:
    names = [v.name for v in _recognize("Раис Татарстана Рустам Минниханов открыл выставку в Казани.").venues]
    assert names == ["Татарстан", "Казань"]


@needs_ru
def test_a_country_named_first_by_its_adjective_keeps_the_name_the_text_writes() -> None:
    found = _recognize(
        "Киргизская делегация прибыла в Минск. Министр экономики Кыргызстана провёл переговоры."
    )
    assert "Кыргызстан" in [v.name for v in found.venues]


@needs_ru
def test_a_countrys_last_word_alone_is_that_country_beside_its_full_name() -> None:
    article = eventkit.parse_article(
        "Министр прибыл в Южную Корею. Он посетил Экспортно-импортный банк Кореи в Сеуле.", language="ru"
    )
    assert "Корея" not in [v.name for v in article.venues]
    korea = next(v for v in article.venues if v.name == "Южная Корея")
    assert [m.text for m in korea.mentions] == ["Южную Корею", "Кореи"]


@needs_ru
def test_a_theatre_something_takes_place_in_is_a_building_and_one_worked_at_a_body() -> None:
    found = _recognize("Фестиваль джаза открылся вчера в Национальном академическом театре оперы и балета.")
    assert [v.name for v in found.venues] == ["Национальный академический театр оперы и балета"]
    assert found.organizations == ()
    found = _recognize("Двадцать лет она служила в Областном драматическом театре.")
    assert found.venues == ()


@needs_ru
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Новый мост в Нише откроют весной.", "Ниш", "RS"),
        ("Делегации провели переговоры в Баткене.", "Баткен", "KG"),
    ],
)
def test_a_town_no_table_of_ours_knows_is_named_and_placed_as_geonames_names_it(
    text: str, name: str, code: str
) -> None:
    venues = [(v.name, v.kind, v.country) for v in _recognize(text).venues]
    assert venues == [(name, VenueKind.CITY, code)]
