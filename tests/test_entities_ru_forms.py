"""The Russian recognizer on our own sentences: foreign names' base forms, venues cut at a
person, airports, roles of heads of state, and the places that venues lie in."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markers import needs_ru
from recognize import recognize_ru as _recognize

from eventkit.entities import Entities, ru_available
from eventkit.model import VenueKind

if TYPE_CHECKING:
    from eventkit.entities.ru._names import NameForms

pytestmark = needs_ru


def _names(text: str) -> list[str]:
    return [p.name for p in _recognize(text).persons]


def _forms() -> NameForms:
    from eventkit.entities.ru._morph import Morph
    from eventkit.entities.ru._names import NameForms

    return NameForms(Morph())


# ---------------------------------------------------------------------- persons' base forms


def test_a_foreign_given_name_in_the_instrumental_and_an_indeclinable_surname() -> None:
    text = (
        "Глава МИД России провел переговоры с министром иностранных дел Египта "
        "Бадром Абдельатты. Позднее он созвонился с президентом ЮАР Сирилом Рамафоса."
    )
    names = _names(text)
    assert "Бадр Абдельатты" in names
    assert "Сирил Рамафоса" in names


def test_a_surname_in_a_that_declines_for_a_man() -> None:
    text = (
        "Премьер-министр направил телеграмму Сирилу Рамафосе. Ранее визит Сирила Рамафосы "
        "в Москву был отложен, но встреча с Сирилом Рамафосой состоится в ноябре."
    )
    people = _recognize(text).persons
    assert [p.name for p in people] == ["Сирил Рамафоса"]
    assert len(people[0].mentions) == 3


def test_names_that_a_dictionary_reads_as_common_nouns_or_vocatives_stay() -> None:
    text = (
        "В составе делегации были министр иностранных дел Японии Тору Камикава и тренер "
        "Йоахим Лёв. Нэнси Пелоси прибыла позднее."
    )
    names = _names(text)
    assert "Тору Камикава" in names
    assert "Йоахим Лёв" in names
    assert "Нэнси Пелоси" in names


def test_a_lone_family_name_as_written_joins_the_full_name() -> None:
    text = (
        "Турнир выиграл румынский гроссмейстер Ливиу-Дитер Нисипяну. Нисипяну набрал семь "
        "очков, а его соперникам не хватило одного."
    )
    people = _recognize(text).persons
    assert [p.name for p in people] == ["Ливиу-Дитер Нисипяну"]
    assert [m.text for m in people[0].mentions] == ["Ливиу-Дитер Нисипяну", "Нисипяну"]


@pytest.mark.parametrize(
    "text",
    [
        "Премьер Малайзии Анвар Ибрагим Ансари прибыл в Дели. Ибрагим Ансари обсудил торговлю, "
        "а затем Ансари посетил выставку.",
        "Ибрагим Ансари прибыл в Дели. Премьер Малайзии Анвар Ибрагим Ансари обсудил торговлю.",
    ],
)
def test_two_of_three_words_of_a_name_are_the_same_person(text: str) -> None:
    people = _recognize(text).persons
    assert [p.name for p in people] == ["Анвар Ибрагим Ансари"]
    assert "Ибрагим Ансари" in [m.text for m in people[0].mentions]


def test_a_middle_word_that_is_another_persons_given_name_keeps_them_apart() -> None:
    people = _names("Анвар Ибрагим Ансари прибыл в Дели, где его встретил Мохаммед Ансари.")
    assert people == ["Анвар Ибрагим Ансари", "Мохаммед Ансари"]


@pytest.mark.parametrize(
    ("words", "stray"),
    [
        (("Хурала", "Тимуром", "Бакировым"), 1),
        (("Халк", "Маслахаты", "Ильясом", "Назаровым"), 2),
        (("Реджепом", "Тайипом", "Эрдоганом"), 0),
        (("Анной", "Сергеевной", "Ивановой"), 0),
        (("Анибал", "Каваку", "Силва"), 0),
        (("Усаму", "бин", "Ладена"), 0),
        (("Сан", "Джин", "Пака"), 0),
    ],
)
def test_a_body_word_in_another_case_before_a_name_is_not_in_it(words: tuple[str, ...], stray: int) -> None:
    assert _forms().stray_words(words) == stray


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (("Цэдэнгийн", "Батсух"), "Цэдэнгийн Батсух"),
        (("Цэдэнгийном", "Батсухом"), "Цэдэнгийн Батсух"),
        (("Дашийном", "Батбаяром"), "Дашийн Батбаяр"),
        (("Гомбожавыном", "Занданшатаром"), "Гомбожавын Занданшатар"),
    ],
)
def test_a_mongolian_name_opens_with_a_genitive_that_stays(words: tuple[str, ...], name: str) -> None:
    assert _forms().person(words).name == name


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (("Ким", "Чен", "Ыном"), "Ким Чен Ын"),
        (("Нгуеном", "Минь", "Ву"), "Нгуен Минь Ву"),
        (("Нгуена", "Суан", "Фука"), "Нгуен Суан Фук"),
        (("Чан", "Дай", "Куангом"), "Чан Дай Куанг"),
    ],
)
def test_an_east_asian_name_declines_in_its_last_word_and_a_vietnamese_family_name(
    words: tuple[str, ...], name: str
) -> None:
    assert _forms().person(words).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Президент встретился с заместителем генерального секретаря ООН Аминой Мохаммед.", "Амина Мохаммед"),
        ("Министр провел переговоры с первым заместителем министра финансов Анной Браун.", "Анна Браун"),
        ("Об этом заявил помощник президента Андрей Климов.", "Андрей Климов"),
        ("Об этом сказано в указе президента Андрея Климова.", "Андрей Климов"),
    ],
)
def test_a_name_after_a_title_and_its_genitive_agrees_with_either(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_given_name_the_tagger_put_into_a_place_starts_the_persons_name() -> None:
    text = "Премьер поговорил по телефону с Президентом Турецкой Республики Реджепом Тайипом Эрдоганом."
    found = _recognize(text)
    assert [p.name for p in found.persons] == ["Реджеп Тайип Эрдоган"]
    assert "Турция" in [v.name for v in found.venues]


def test_a_mongolian_name_declined_as_nouns_and_its_lone_given_name_are_one_person() -> None:
    text = (
        "В Кремле прошли переговоры с премьером Монголии Цэдэнгийном Батсухом. "
        "Батсух пригласил российского коллегу в Улан-Батор."
    )
    people = _recognize(text).persons
    assert [p.name for p in people] == ["Цэдэнгийн Батсух"]
    assert [m.text for m in people[0].mentions] == ["Цэдэнгийном Батсухом", "Батсух"]


def test_a_locative_needs_a_preposition() -> None:
    text = "Лидер партии «Новый путь» Саломе Зурабишвили выступила в парламенте."
    assert "Саломе Зурабишвили" in _names(text)


def test_russian_names_still_decline() -> None:
    text = (
        "Министр встретился с Анной Ивановой и Дмитрием Песковым, а затем передал письмо "
        "Касым-Жомарту Токаеву и Шавкату Мирзиёеву."
    )
    assert _names(text) == ["Анна Иванова", "Дмитрий Песков", "Касым-Жомарт Токаев", "Шавкат Мирзиёев"]


def test_particles_fleeting_vowels_and_genitives_after_a_noun() -> None:
    text = (
        "Канцлер встретился с премьер-министром Олафом Шольцем. Позднее министр прибыл к "
        "Мохаммеду бен Салману. Обращение Жозепа Борреля поддержала Урсула фон дер Ляйен. "
        "Президент Южной Кореи Ли Чжэ Мён обсудил торговлю."
    )
    found = _recognize(text)
    names = [p.name for p in found.persons]
    assert names == [
        "Олаф Шольц",
        "Мохаммед бен Салман",
        "Жозеп Боррель",
        "Урсула фон дер Ляйен",
        "Ли Чжэ Мён",
    ]
    assert [(r.title, r.country) for r in found.persons[-1].roles] == [("президент Южной Кореи", "KR")]


def test_a_list_of_referees_in_the_nominative() -> None:
    text = (
        "Судьи чемпионата:\n\n• Хорхе Ларрионда (Уругвай) • Карлос Симон (Бразилия) • Тору Камикава (Япония)"
    )
    assert _names(text) == ["Хорхе Ларрионда", "Карлос Симон", "Тору Камикава"]


def test_context_cases_choose_among_readings() -> None:
    forms = _forms()
    # a dative of an unknown name in -у, told by the preposition before it
    assert forms.person(("Бадру", "Абдельатты"), (("datv", 1.5),)).name == "Бадр Абдельатты"
    # with no context the instrumental ending still decides
    assert forms.person(("Бадром", "Абдельатты")).name == "Бадр Абдельатты"
    # a woman's family name ending in a consonant does not decline
    assert forms.person(("Джоанны", "Стингрей")).name == "Джоанна Стингрей"


def test_one_word_places_unknown_to_the_dictionary() -> None:
    forms = _forms()
    assert forms.phrase(("Ньюпорте",)) == "Ньюпорт"
    assert forms.phrase(("Кушадаси",)) == "Кушадаси"
    assert forms.phrase(("Гагаузии",)) == "Гагаузия"
    assert forms.phrase(("Астане",)) == "Астана"
    assert forms.phrase(("Афинах",)) == "Афины"


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_WORD = st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщьыэюя", min_size=1, max_size=9).map(
    lambda w: w[:1].upper() + w[1:]
)


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(_WORD, min_size=1, max_size=3).map(tuple),
    context=st.lists(st.tuples(st.sampled_from(_CASES), st.floats(0, 3)), max_size=3).map(tuple),
)
def test_any_name_keeps_its_words_whatever_the_context(
    words: tuple[str, ...], context: tuple[tuple[str, float], ...]
) -> None:
    assert _FORMS is not None
    name = _FORMS.person(words, context)
    assert len(name.name.split()) == len(words)
    assert all(part[:1].isupper() for part in name.name.split() if part.lower() not in _LOWER_PARTICLES)


_LOWER_PARTICLES = {"ле", "де", "ла", "дю", "ван", "фон", "дер", "да", "ди", "дель", "делла"}
_FORMS = _forms() if ru_available() else None


# ---------------------------------------------------------------------- venues and persons


def _venues(entities: Entities) -> dict[str, tuple[VenueKind, str | None]]:
    by_id = {v.id: v.name for v in entities.venues}
    return {v.name: (v.kind, by_id.get(v.parent) if v.parent else None) for v in entities.venues}


def test_a_venue_stops_where_a_person_starts() -> None:
    text = (
        "Переговоры двух лидеров пройдут в Кремле в пятницу.\n\n"
        "«Программа визита согласована», — сообщил пресс-секретарь Кремля Дмитрий Песков."
    )
    found = _recognize(text)
    assert [v.name for v in found.venues] == ["Кремль"]
    # пресс-секретарь Кремля: the seat stands for the government there, no mention of the place
    assert [m.text for m in found.venues[0].mentions] == ["Кремле"]
    assert [p.name for p in found.persons] == ["Дмитрий Песков"]
    # the seat of a government stands for its country
    assert [(r.title, r.country) for r in found.persons[0].roles] == [("пресс-секретарь Кремля", "RU")]
    assert found.venues[0].country == "RU"


def test_an_airport_named_in_apposition_is_a_building() -> None:
    text = (
        "В аэропорту Шереметьево делегацию встретил заместитель министра иностранных дел "
        "Андрей Руденко. Обратный рейс вылетит из аэропорта Внуково."
    )
    venues = _venues(_recognize(text))
    assert venues["Шереметьево"][0] is VenueKind.BUILDING
    assert venues["Внуково"][0] is VenueKind.BUILDING


def test_a_capitalised_title_that_opens_a_paragraph() -> None:
    text = (
        "Лидер Киргизии прибыл в Минск\n\n"
        "Президент Киргизии Садыр Жапаров в четверг прибыл в Минск. Переговоры Садыра "
        "Жапарова и Александра Лукашенко пройдут во Дворце Независимости."
    )
    people = {p.name: [r.title for r in p.roles] for p in _recognize(text).persons}
    assert people["Садыр Жапаров"] == ["президент Киргизии"]
    # the text gives Лукашенко no title, and none is made up for him
    assert people["Александр Лукашенко"] == []


def test_an_envoys_title_before_the_name_keeps_where_he_serves() -> None:
    text = "Соглашение подписали министр финансов Армении и посол Японии в Армении Кэндзи Ямада."
    people = {p.name: [(r.title, r.country) for r in p.roles] for p in _recognize(text).persons}
    assert people["Кэндзи Ямада"] == [("посол Японии в Армении", "JP")]


def test_a_city_the_tagger_takes_for_a_person_and_parts_of_the_world() -> None:
    text = "Москва ценит сотрудничество с Преторией и с другими столицами в Африке."
    found = _recognize(text)
    assert not found.persons
    venues = _venues(found)
    assert venues["Претория"][0] is VenueKind.CITY
    assert venues["Африка"][0] is VenueKind.REGION


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Президент открыл школу в Физули. Эта школа станет подарком детям Физули, сказал он.", "Физули"),
        ("Министр посетил Каламазу. Власти Каламазу сообщили о новых рабочих местах.", "Каламазу"),
    ],
)
def test_a_lone_word_that_names_a_place_found_elsewhere_is_no_person(text: str, place: str) -> None:
    found = _recognize(text)
    assert not found.persons
    assert place in _venues(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Семидесятилетний Ковальчук ушёл в отставку в пятницу.", "Ковальчук"),
        ("Оппонентом Бекмуратова на выборах стал журналист.", "Бекмуратов"),
    ],
)
def test_a_common_word_that_opens_the_sentence_is_not_in_the_name(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Сборную возглавит болгарин (Петар Костадинов) уже в марте.", "Петар Костадинов"),
        ("Главный тренер (Феликс Чельберг) подал в отставку.", "Феликс Чельберг"),
    ],
)
def test_a_name_ends_before_a_bracket_it_did_not_open(text: str, name: str) -> None:
    people = _recognize(text).persons
    assert [m.text for p in people for m in p.mentions] == [name]


def test_two_given_and_family_names_side_by_side_are_two_persons() -> None:
    assert _names("Разговор о визите: Рафаэль Корреа Эдвард Сноуден и их адвокаты.") == [
        "Рафаэль Корреа",
        "Эдвард Сноуден",
    ]


# ---------------------------------------------------------------------- parents of venues


def test_a_district_or_city_in_the_region_named_after_it() -> None:
    text = (
        "Новый завод построят в Подольском районе Московской области. Форум пройдет в городе "
        "Тольятти Самарской области."
    )
    venues = _venues(_recognize(text))
    assert venues["Подольский район"] == (VenueKind.DISTRICT, "Московская область")
    assert venues["Тольятти"] == (VenueKind.CITY, "Самарская область")


def test_a_city_word_makes_an_unknown_place_a_city() -> None:
    venues = _venues(_recognize("Экспедиция остановилась в городе Лахоре на два дня."))
    assert venues["Лахор"][0] is VenueKind.CITY


def test_a_city_and_its_country_in_brackets_or_after_a_comma() -> None:
    text = "Саммит прошел в Цюрихе (Швейцария). Затем министр прибыл в Астану, Казахстан, а позднее в Бишкек."
    venues = _venues(_recognize(text))
    assert venues["Цюрих"] == (VenueKind.CITY, "Швейцария")
    assert venues["Астана"] == (VenueKind.CITY, "Казахстан")
    assert venues["Бишкек"] == (VenueKind.CITY, None)


def test_a_list_of_places_is_no_place_in_a_place() -> None:
    text = "Представительства откроются в Москве, Казахстане и Киргизии до конца года."
    venues = _venues(_recognize(text))
    assert all(parent is None for _kind, parent in venues.values())


def test_a_building_in_the_articles_one_city() -> None:
    text = (
        "Президент Египта прибыл в Санкт-Петербург. Переговоры пройдут в Константиновском "
        "дворце. Затем гостей примут в Мариинском театре, а завершится визит на станции "
        '"Адмиралтейская".'
    )
    venues = _venues(_recognize(text))
    assert venues["Константиновский дворец"] == (VenueKind.BUILDING, "Санкт-Петербург")
    assert venues["Адмиралтейская"] == (VenueKind.STATION, "Санкт-Петербург")


def test_with_two_cities_a_building_has_no_guessed_city() -> None:
    text = "Министр вылетел из Москвы в Казань.\n\nВечером он посетил Константиновский дворец."
    venues = _venues(_recognize(text))
    assert venues["Константиновский дворец"] == (VenueKind.BUILDING, None)


def test_a_square_in_its_city_and_a_residence_in_the_city_after_it() -> None:
    text = "В Москве, на Красной площади, прошел парад. Встреча прошла в резиденции Акорда в Астане."
    venues = _venues(_recognize(text))
    assert venues["Красная площадь"] == (VenueKind.OTHER, "Москва")
    assert venues["резиденция Акорда"] == (VenueKind.BUILDING, "Астана")


def test_a_place_with_no_city_named_gets_no_parent_and_no_error() -> None:
    # a station, no city, and a one-word place of unknown kind: nothing to hang the station on
    found = _recognize("Памятник открыли у станции «Лесная». Потом гости посетили Зарядье.")
    station = next(v for v in found.venues if v.kind is VenueKind.STATION)
    assert (station.name, station.parent) == ("Лесная", None)


def test_a_family_name_alone_read_as_a_given_name_joins_the_full_name() -> None:
    text = (
        "Министр иностранных дел Узбекистана Иван Саидов провел переговоры в Вене. Кроме того, "
        "в Вене Саидов встретился с генеральным секретарем организации."
    )
    persons = _recognize(text).persons
    assert [p.name for p in persons] == ["Иван Саидов"]
    assert [m.text for m in persons[0].mentions] == ["Иван Саидов", "Саидов"]


def test_a_family_name_in_a_read_by_the_dictionary_as_a_things_noun_declines_as_a_noun_in_a() -> None:
    text = (
        "Президент принял в пятницу премьер-министра Португалии Антониу Кошту. По итогам встречи "
        "в присутствии президента и Антониу Кошты были подписаны документы. Вечером Антониу "
        "Кошта отбыл в Лиссабон."
    )
    people = _recognize(text).persons
    assert [p.name for p in people] == ["Антониу Кошта"]
    assert len(people[0].mentions) == 3


def test_a_family_name_in_a_consonant_keeps_its_dative() -> None:
    assert _names("Письмо направлено главному редактору журнала Андреасу Веннеру.") == ["Андреас Веннер"]


def test_a_capitalised_title_before_a_name_gives_its_case() -> None:
    text = (
        "В понедельник в столице прошли переговоры Председателя Правительства Армении Рашида "
        "Мередова с Министром торговли Египта Муниром Фахри."
    )
    assert _names(text) == ["Рашид Мередов", "Мунир Фахри"]


def test_the_word_after_a_particle_declines_with_the_given_names_before_it() -> None:
    forms = _forms()
    assert forms.person(("Доминика", "де", "Вильпена")).name == "Доминик де Вильпен"
    assert forms.person(("Марию", "Сантуш", "да", "Силву")).name == "Мария Сантуш да Силва"
    # no given name before it shows a case: it stays as written
    assert forms.person(("Висенте", "дель", "Боске")).name == "Висенте дель Боске"
    assert forms.person(("Урсулы", "фон", "дер", "Ляйен")).name == "Урсула фон дер Ляйен"


def test_a_given_name_before_a_particle_is_no_copy_of_the_first() -> None:
    forms = _forms()
    assert forms.person(("Кристины", "Фернандес", "де", "Киршнер")).name == "Кристина Фернандес де Киршнер"


def test_a_russian_family_name_the_dictionary_does_not_decline_declines() -> None:
    forms = _forms()
    assert forms.person(("Николая", "Денина")).name == "Николай Денин"
    assert forms.person(("Константину", "Сомову")).name == "Константин Сомов"
    assert forms.person(("Анна", "Сомова")).name == "Анна Сомова"
    assert forms.person(("Еленой", "Мозговой")).name == "Елена Мозговая"
