"""Russian roles: occupations before a name, lists under a title in the plural, dashes, and
what is not a role (a preposition read as a title, a name in the genitive after a title)."""

from __future__ import annotations

import pytest
from markers import needs_ru
from recognize import recognize_ru as _recognize

from eventkit.entities import Entities
from eventkit.model import Person

pytestmark = needs_ru


def _titles(found: Entities, name: str) -> list[str]:
    person: Person = next(p for p in found.persons if p.name == name)
    return [r.title for r in person.roles]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Политолог Андрей Смирнов считает, что выборы пройдут спокойно.", "Андрей Смирнов", "политолог"),
        ("На концерте в Казани выступила певица Анна Орлова.", "Анна Орлова", "певица"),
        ("Учения возглавил генерал-майор Олег Васильев.", "Олег Васильев", "генерал-майор"),
        ("Дочь известного политика Бориса Орлова окончила университет.", "Борис Орлов", "политик"),
        ("Награду получил тренер сборной Игорь Лебедев.", "Игорь Лебедев", "тренер сборной"),
        ("На выставке показаны вазы керамиста Олега Зуева.", "Олег Зуев", "керамист"),
        ("Пробы вина оценил дегустатор Павел Синицын.", "Павел Синицын", "дегустатор"),
        ("Письмо подписала правозащитница Ольга Леонова.", "Ольга Леонова", "правозащитница"),
        ("Законопроект внёс нардеп Игорь Бондарь.", "Игорь Бондарь", "нардеп"),
        ("В матче отличился квотербек Джон Миллер.", "Джон Миллер", "квотербек"),
    ],
)
def test_occupation_before_a_name(text: str, name: str, title: str) -> None:
    assert _titles(_recognize(text), name) == [title]


def test_a_preposition_is_no_envoy() -> None:
    found = _recognize("После отставки Ивана Сидорова пост занял его заместитель.")
    assert _titles(found, "Иван Сидоров") == []


def test_a_working_visit_gives_no_one_a_title() -> None:
    found = _recognize(
        "Министр иностранных дел Армении Арарат Мирзоян прибыл в Минск.\n\n"
        "Как сообщил Мирзоян, рабочий визит продлится два дня."
    )
    assert _titles(found, "Арарат Мирзоян") == ["министр иностранных дел Армении"]


def test_a_name_in_the_genitive_is_not_the_title_holder() -> None:
    found = _recognize("Адвокат Сергея Павлова подал жалобу в суд.")
    assert _titles(found, "Сергей Павлов") == []


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Министры финансов Армении и Грузии Карен Саакян и Давид Беридзе встретились в Ереване.",
            "министр финансов Армении",
            "министр финансов Грузии",
        ),
        (
            "Президенты Казахстана и Киргизии Марат Ахметов и Бакыт Осмонов открыли завод.",
            "президент Казахстана",
            "президент Киргизии",
        ),
    ],
)
def test_a_title_in_the_plural_before_two_countries_gives_each_name_its_own(
    text: str, first: str, second: str
) -> None:
    found = _recognize(text)
    names = [p.name for p in found.persons]
    assert _titles(found, names[0]) == [first]
    assert _titles(found, names[1]) == [second]


def test_a_country_of_three_words_after_a_title_is_the_role_s_country() -> None:
    found = _recognize("Министр экономики Объединённых Арабских Эмиратов Абдалла Халид прибыл в Минск.")
    (person,) = found.persons
    assert [(r.title, r.country) for r in person.roles] == [
        ("министр экономики Объединённых Арабских Эмиратов", "AE")
    ]


def test_a_title_in_the_plural_goes_to_every_name_of_its_list() -> None:
    found = _recognize("В фильме сыграли актёры Павел Котов, Ирина Белова и Олег Рыбин.")
    for name in ("Павел Котов", "Ирина Белова", "Олег Рыбин"):
        assert _titles(found, name) == ["актёр"]


@pytest.mark.parametrize(
    "text",
    [
        "Въезд в страну закрыли трём российским певцам. Среди них Павел Котов, Ирина Белова и Олег Рыбин.",
        "На приёме пели певцы. В их числе Павел Котов, Ирина Белова и Олег Рыбин.",
        "В числе приглашённых на праздник певцов были Павел Котов, Ирина Белова и Олег Рыбин.",
        "Среди выступавших певцов — Павел Котов, Ирина Белова и Олег Рыбин.",
    ],
)
def test_a_group_named_in_the_plural_gives_its_title_to_the_names_drawn_from_it(text: str) -> None:
    found = _recognize(text)
    for name in ("Павел Котов", "Ирина Белова", "Олег Рыбин"):
        assert _titles(found, name) == ["певец"]


@pytest.mark.parametrize(
    "text",
    [
        "Среди пострадавших оказались Павел Котов и Ирина Белова.",
        "Певцы приехали вчера, а среди них Павел Котов и Ирина Белова.",
    ],
)
def test_a_group_with_no_title_or_mid_sentence_gives_no_title(text: str) -> None:
    found = _recognize(text)
    for name in ("Павел Котов", "Ирина Белова"):
        assert _titles(found, name) == []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Павел Котов — один из самых известных российских политологов.", "Павел Котов", "политолог"),
        ("Ирина Белова, одна из директоров фабрики «Заря», ушла.", "Ирина Белова", "директор фабрики «Заря»"),
        ("За три сезона Олег Рыбин стал одним из лучших вратарей лиги.", "Олег Рыбин", "вратарь лиги"),
        ("Тренер назвал Павла Котова одним из лучших хоккеистов и защитников.", "Павел Котов", "хоккеист"),
        ("Павел Котов уехал. Он остаётся одним из архитекторов города.", "Павел Котов", "архитектор города"),
    ],
)
def test_one_of_a_group_in_the_plural_holds_its_title(text: str, name: str, title: str) -> None:
    assert title in _titles(_recognize(text), name)


@pytest.mark.parametrize(
    "text",
    [
        "Павел Котов и один из его заместителей приехали в Тверь.",
        "Павел Котов, один из гостей праздника, выступил первым.",
        "Павел Котов встретился с одним из политологов.",
    ],
)
def test_one_of_no_group_title_or_another_subject_gives_no_title(text: str) -> None:
    assert _titles(_recognize(text), "Павел Котов") == []


def test_a_title_in_the_plural_goes_to_names_each_with_where_it_comes_from() -> None:
    found = _recognize("Выступили губернаторы Павел Котов из Твери и Олег Рыбин из Перми.")
    for name in ("Павел Котов", "Олег Рыбин"):
        assert _titles(found, name) == ["губернатор"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вчера заместитель Бондаренко прибыл в Минск.", "Бондаренко"),
        ("Вчера советник Шойгу прибыл в Минск.", "Шойгу"),
        ("Газета приводит слова помощника Котова.", "Котов"),
    ],
)
def test_a_family_name_after_a_post_held_for_someone_is_whom_it_serves(text: str, name: str) -> None:
    assert _titles(_recognize(text), name) == []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Адвокат Сергей Воронин подтвердил эти сведения.", "Сергей Воронин", "адвокат"),
        ("Пресс-секретарь Песков ответил на вопросы.", "Песков", "пресс-секретарь"),
        ("Помощник Иванов прибыл в Минск.", "Иванов", "помощник"),
    ],
)
def test_a_full_name_or_a_nominative_after_a_post_held_for_someone_holds_it(
    text: str, name: str, title: str
) -> None:
    assert _titles(_recognize(text), name) == [title]


def test_a_title_in_the_singular_stays_with_its_name() -> None:
    found = _recognize("Приехали губернатор Игорь Лебедев и Олег Рыбин.")
    assert _titles(found, "Игорь Лебедев") == ["губернатор"]
    assert _titles(found, "Олег Рыбин") == []


def test_titles_across_a_dash() -> None:
    found = _recognize("Министр обороны — Олег Рыбин. Анна Орлова — депутат парламента.")
    assert _titles(found, "Олег Рыбин") == ["министр обороны"]
    assert _titles(found, "Анна Орлова") == ["депутат парламента"]


def test_a_quoted_body_inside_a_title() -> None:
    found = _recognize('Пост может занять гендиректор ОАО "Сибэнерго" Николай Курапов.')
    assert _titles(found, "Николай Курапов") == ['гендиректор ОАО "Сибэнерго"']


def test_an_acronym_of_a_common_noun_is_no_organization() -> None:
    found = _recognize("Об этом сообщили местные СМИ и агентство «Казинформ».")
    assert "СМИ" not in [o.name for o in found.organizations]


def test_a_title_in_the_instrumental_after_a_verb_of_holding_a_post() -> None:
    found = _recognize("В 2019 году Анна Орлова была назначена первым заместителем министра финансов.")
    assert _titles(found, "Анна Орлова") == ["первый заместитель министра финансов"]
    found = _recognize("Олег Рыбин стал известен благодаря сериалу.")
    assert _titles(found, "Олег Рыбин") == []


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("На премьере была актриса и телеведущая Ольга Зимина.", "Ольга Зимина", ["телеведущая", "актриса"]),
        (
            "Умер дирижёр, композитор и педагог Лев Карпов.",
            "Лев Карпов",
            ["педагог", "композитор", "дирижёр"],
        ),
        (
            "Визит начал премьер-министр и министр финансов Молдовы Ион Кожокару.",
            "Ион Кожокару",
            ["министр финансов Молдавии", "премьер-министр"],
        ),
    ],
)
def test_titles_joined_before_a_name_are_all_his(text: str, name: str, titles: list[str]) -> None:
    assert _titles(_recognize(text), name) == titles


def test_a_noun_describing_the_holder_between_a_verb_of_a_post_and_the_name() -> None:
    found = _recognize("Новым директором музея станет москвич Павел Орлов.")
    assert _titles(found, "Павел Орлов") == ["директор музея"]
    found = _recognize("Главным тренером команды стал его старший брат Игорь Волков.")
    assert _titles(found, "Игорь Волков") == ["главный тренер команды"]


def test_a_former_post_with_its_complement_joined_by_and_is_the_same_persons() -> None:
    found = _recognize("Суд вызвал экс-мэра Твери и бывшего сенатора Олега Рыбина.")
    assert _titles(found, "Олег Рыбин") == ["сенатор", "мэр Твери"]
    found = _recognize("Договор подписали министр финансов Армении и посол Японии Кэндзи Ямада.")
    assert _titles(found, "Кэндзи Ямада") == ["посол Японии"]


def test_a_phrase_of_another_case_is_no_title_joined_on() -> None:
    found = _recognize("Об этом журналистам рассказал режиссёр Пётр Волков.")
    assert _titles(found, "Пётр Волков") == ["режиссёр"]


def test_when_the_post_is_held_is_no_part_of_the_title() -> None:
    found = _recognize("Бывший министр обороны Олег Рыбин и экс-губернатор Игорь Лебедев приехали в Тверь.")
    assert _titles(found, "Олег Рыбин") == ["министр обороны"]
    assert _titles(found, "Игорь Лебедев") == ["губернатор"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Приговор вынес высокопоставленный судья Иван Петров.", "Иван Петров", "судья"),
        ("Опытный лётчик-испытатель Олег Рыбин погиб.", "Олег Рыбин", "лётчик-испытатель"),
        ("Заявил бессменный руководитель клуба Игорь Лебедев.", "Игорь Лебедев", "руководитель клуба"),
    ],
)
def test_how_the_holder_is_seen_is_no_part_of_the_title(text: str, name: str, title: str) -> None:
    assert _titles(_recognize(text), name) == [title]


def test_a_nationality_is_the_country_of_an_occupation_not_part_of_its_title() -> None:
    found = _recognize(
        "Приз получил японский писатель Кэндзи Мори, а российский министр культуры Ольга Зимина его вручила."
    )
    person = next(p for p in found.persons if p.name == "Кэндзи Мори")
    assert [(r.title, r.country) for r in person.roles] == [("писатель", "JP")]
    assert _titles(found, "Ольга Зимина") == ["министр культуры России"]


def test_a_title_before_an_age() -> None:
    found = _recognize("На выборах победил глава республики — 57-летний Олег Рыбин.")
    assert _titles(found, "Олег Рыбин") == ["глава республики"]


def test_a_title_in_the_instrumental_before_a_verb_of_holding_a_post() -> None:
    found = _recognize(
        "Новым руководителем агентства назначен Олег Рыбин. Капитаном команды стал вратарь Игорь Лебедев."
    )
    assert _titles(found, "Олег Рыбин") == ["руководитель агентства"]
    assert _titles(found, "Игорь Лебедев") == ["вратарь", "капитан команды"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Заместитель начальника 12-го отдела полиции Олег Рыбин прибыл.",
            "Олег Рыбин",
            "заместитель начальника 12-го отдела полиции",
        ),
        (
            "Олег Рыбин, государственный советник юстиции 2-го класса, прибыл.",
            "Олег Рыбин",
            "государственный советник юстиции 2-го класса",
        ),
        (
            "Иван Петров был назначен командиром 5-й роты в мае.",
            "Иван Петров",
            "командир 5-й роты",
        ),
        ("Директор школы № 12 Олег Рыбин выступил.", "Олег Рыбин", "директор школы № 12"),
        ("Анна Зимина, директор школы № 12, выступила.", "Анна Зимина", "директор школы № 12"),
    ],
)
def test_an_ordinal_or_a_number_in_figures_in_a_complement_is_part_of_the_title(
    text: str, name: str, title: str
) -> None:
    assert _titles(_recognize(text), name) == [title]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Министр культуры, спорта и туризма Олег Рыбин прибыл.",
            "Олег Рыбин",
            "министр культуры, спорта и туризма",
        ),
        (
            "Анна Зимина, глава комитета по делам науки, образования и молодёжи, выступила.",
            "Анна Зимина",
            "глава комитета по делам науки, образования и молодёжи",
        ),
    ],
)
def test_complements_listed_up_to_and_stay_in_the_title(text: str, name: str, title: str) -> None:
    assert _titles(_recognize(text), name) == [title]


def test_titles_listed_after_a_comma_are_titles_of_their_own() -> None:
    found = _recognize("Олег Рыбин, министр культуры, политик и бизнесмен, прибыл.")
    assert _titles(found, "Олег Рыбин") == ["министр культуры", "политик", "бизнесмен"]


def test_a_title_in_the_instrumental_before_the_copula_alone() -> None:
    found = _recognize("Президентом фонда был Джон Смит. Руководителем отдела будет Анна Иванова.")
    assert _titles(found, "Джон Смит") == ["президент фонда"]
    assert _titles(found, "Анна Иванова") == ["руководитель отдела"]
    assert _titles(_recognize("Одним из гостей была Анна Зимина."), "Анна Зимина") == []


def test_a_title_before_a_verb_of_holding_a_post_reaches_over_an_age_and_a_title() -> None:
    found = _recognize("Главным тренером команды был назначен 45-летний специалист Сергей Булатов.")
    assert "главный тренер команды" in _titles(found, "Сергей Булатов")


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Президент назначил Ивана Петрова послом в Египте.", "Иван Петров", "посол в Египте"),
        (
            "Палата избрала Анну Смирнову главой комитета по обороне.",
            "Анна Смирнова",
            "глава комитета по обороне",
        ),
        ("Президент назначил свою жену Анну первым вице-президентом.", "Анна", "первый вице-президент"),
        ("Иван Петров был назначен послом в Египте в мае.", "Иван Петров", "посол в Египте"),
    ],
)
def test_a_title_in_the_instrumental_after_the_one_appointed(text: str, name: str, title: str) -> None:
    assert _titles(_recognize(text), name) == [title]


def test_a_verb_of_appointing_with_no_title_after_the_name_gives_none() -> None:
    found = _recognize("Президент назначил встречу с Иваном Петровым вечером.")
    assert _titles(found, "Иван Петров") == []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Президент освободил Ивана Петрова от должности министра транспорта.",
            "Иван Петров",
            "министр транспорта",
        ),
        (
            "После отставки Игоря Лебедева с поста губернатора выборы не проводились.",
            "Игорь Лебедев",
            "губернатор",
        ),
        ("Иван Петров ушёл с поста главного тренера команды.", "Иван Петров", "главный тренер команды"),
    ],
)
def test_a_post_left_after_a_name(text: str, name: str, title: str) -> None:
    assert _titles(_recognize(text), name) == [title]


def test_a_post_left_in_the_plural_is_no_title() -> None:
    assert _titles(_recognize("Иван Петров с постов министров не уходил."), "Иван Петров") == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Иван Петров стал мэром Тамбова в марте, сменив на этом посту своего коллегу Олега Смирнова.",
            "мэр Тамбова",
        ),
        (
            "Иван Петров принёс присягу в качестве президента Словакии, сменив на этом посту Олега Смирнова.",
            "президент Словакии",
        ),
    ],
)
def test_the_one_replaced_held_the_post_taken(text: str, title: str) -> None:
    assert _titles(_recognize(text), "Олег Смирнов") == [title]


def test_a_post_held_after_a_name() -> None:
    found = _recognize(
        "Олег Рыбин занимает пост главного тренера клуба. Игорь Лебедев, который был заместителем мэра, ушёл."
    )
    assert _titles(found, "Олег Рыбин") == ["главный тренер клуба"]
    assert _titles(found, "Игорь Лебедев") == ["заместитель мэра"]


def test_a_capitalised_title_of_office_inside_a_sentence() -> None:
    found = _recognize("Письмо было направлено Президенту России Владимиру Путину.")
    assert _titles(found, "Владимир Путин") == ["президент России"]


def test_a_capitalised_occupation_with_its_complement_before_a_name() -> None:
    found = _recognize("Об этом сообщил Прокурор Заречного района Иван Петров.")
    assert _titles(found, "Иван Петров") == ["прокурор Заречного района"]


def test_a_capitalised_occupation_apart_from_a_name_is_no_title() -> None:
    found = _recognize("Иван Петров посмотрел фильм «Адвокат дьявола» вчера.")
    assert _titles(found, "Иван Петров") == []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Бывший зампрокурора области Олег Рыбин задержан.", "Олег Рыбин", "зампрокурор области"),
        ("Об этом сообщил замгубернатора Олег Смирнов.", "Олег Смирнов", "замгубернатор"),
    ],
)
def test_a_shortened_deputy_is_a_head(text: str, name: str, title: str) -> None:
    assert _titles(_recognize(text), name) == [title]


def test_a_title_stops_at_a_pronoun_a_sentence_and_a_second_person() -> None:
    found = _recognize("Глава семьи и его старший сын Илья приехали. Режиссёр и Олег Рыбин тоже.")
    assert _titles(found, "Илья") == []
    assert _titles(found, "Олег Рыбин") == []


def test_plural_and_compound_heads_and_a_party_after_the_title() -> None:
    found = _recognize(
        "Пришли заместители главного инженера Олег Рыбин и Игорь Лебедев, лётчики-космонавты Иван Петров "
        "и Пётр Волков и депутат Госдумы от фракции ЛДПР Ольга Зимина."
    )
    assert _titles(found, "Игорь Лебедев") == ["заместитель главного инженера"]
    assert _titles(found, "Пётр Волков") == ["лётчик-космонавт"]
    assert _titles(found, "Ольга Зимина") == ["депутат Госдумы"]


def test_titles_after_a_name_and_a_quoted_body_before_a_joined_title() -> None:
    found = _recognize(
        "Олег Рыбин, режиссёр и продюсер фильма, приехал. "
        "Лидер группы «Звезда», музыкант Игорь Лебедев, тоже."
    )
    assert _titles(found, "Олег Рыбин") == ["режиссёр", "продюсер фильма"]
    assert _titles(found, "Игорь Лебедев") == ["музыкант", "лидер группы «Звезда»"]


def test_a_rank_between_a_post_and_a_name_is_a_title_of_its_own() -> None:
    found = _recognize("Выступил заместитель начальника учебного центра генерал-майор Валерий Конуркин.")
    assert _titles(found, "Валерий Конуркин") == ["генерал-майор", "заместитель начальника учебного центра"]


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Сергей Котов — тренер команды уже десять лет.", "Сергей Котов", ["тренер команды"]),
        (
            "Игорь Лебедев — министр экономики области также заявил о росте.",
            "Игорь Лебедев",
            ["министр экономики области"],
        ),
        (
            "Анна Орлова — известная актриса. Вчера актриса автографы раздавала после спектакля.",
            "Анна Орлова",
            ["актриса"],
        ),
    ],
)
def test_a_title_ends_before_an_adverb_or_a_word_in_another_case(
    text: str, name: str, titles: list[str]
) -> None:
    assert _titles(_recognize(text), name) == titles


def test_wealth_wins_and_founding_are_no_role() -> None:
    found = _recognize(
        "Основатель компании Иван Петров и миллиардер Олег Смирнов встретились с чемпионом мира "
        "Андреем Котовым и политологом Анной Орловой."
    )
    assert [(p.name, [r.title for r in p.roles]) for p in found.persons] == [
        ("Иван Петров", []),
        ("Олег Смирнов", []),
        ("Андрей Котов", []),
        ("Анна Орлова", ["политолог"]),
    ]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Врио губернатора Анна Орлова приехала в район.", "Анна Орлова", "врио губернатора"),
        ("Замдиректора института Олег Смирнов выступил.", "Олег Смирнов", "замдиректора института"),
        ("Общественный деятель Иван Петров выступил.", "Иван Петров", "общественный деятель"),
        ("Помощница президента Анна Орлова приехала.", "Анна Орлова", "помощница президента"),
    ],
)
def test_acting_deputy_and_public_figures_are_titles(text: str, name: str, title: str) -> None:
    assert _titles(_recognize(text), name) == [title]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Народный артист СССР Иван Петров выступил.", "Иван Петров", "артист"),
        ("Заслуженный деятель искусств России Анна Орлова приехала.", "Анна Орлова", "деятель искусств"),
    ],
)
def test_an_honorary_rank_is_an_award_not_part_of_the_title(text: str, name: str, title: str) -> None:
    found = _recognize(text)
    assert _titles(found, name) == [title]
    assert all(r.country is None for p in found.persons for r in p.roles)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Иван Петров назначен временно исполняющим обязанности губернатора области.",
            "Иван Петров",
            "временно исполняющий обязанности губернатора области",
        ),
        (
            "Исполняющим обязанности главы агентства назначена Анна Попова.",
            "Анна Попова",
            "исполняющий обязанности главы агентства",
        ),
        (
            "Анна Орлова назначена исполняющей обязанности министра.",
            "Анна Орлова",
            "исполняющая обязанности министра",
        ),
    ],
)
def test_an_acting_post_keeps_its_participle_in_the_nominative(text: str, name: str, title: str) -> None:
    assert _titles(_recognize(text), name) == [title]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Король Абдалла принял делегацию во дворце.", "Абдалла", "король"),
        ("На церемонии выступил Принц Уильям.", "Уильям", "принц"),
        ("Сэр Алекс Фергюсон покинул клуб после сезона.", "Алекс Фергюсон", "сэр"),
    ],
)
def test_a_capitalised_title_is_cut_off_the_name(text: str, name: str, title: str) -> None:
    found = _recognize(text)
    assert [p.name for p in found.persons] == [name]
    assert _titles(found, name) == [title]


def test_a_given_name_that_is_a_title_stays_in_the_name() -> None:
    found = _recognize("Новый фильм режиссёра Эмира Кустурицы покажут осенью.")
    assert _titles(found, "Эмир Кустурица") == ["режиссёр"]


@pytest.mark.parametrize(
    "text", ["Генерал-полковник выступил перед курсантами.", "Хакер взломал сайт министерства."]
)
def test_a_lone_capitalised_title_is_no_person(text: str) -> None:
    assert _recognize(text).persons == ()


def test_a_title_of_the_country_takes_the_country_named_before() -> None:
    found = _recognize("Делегация прилетела в Грузию. Её принял премьер-министр страны Георгий Квирикашвили.")
    person = next(p for p in found.persons if p.name == "Георгий Квирикашвили")
    assert [(r.title, r.country) for r in person.roles] == [("премьер-министр страны", "GE")]


def test_a_head_of_state_takes_no_country_from_the_text_before() -> None:
    found = _recognize("Переговоры прошли в Таджикистане. Глава государства Иван Петров вернулся домой.")
    person = next(p for p in found.persons if p.name == "Иван Петров")
    assert [r.country for r in person.roles] == [None]


def test_a_title_before_a_name_ends_before_a_second_one_joined_by_and() -> None:
    found = _recognize("На приёме был танцовщик балета и российский военный Пётр Соколов.")
    assert _titles(found, "Пётр Соколов") == ["танцовщик балета"]


def test_a_title_in_the_plural_before_как_goes_to_the_names_it_lists() -> None:
    found = _recognize("На фестиваль приедут такие дирижёры, как Иван Петров и Олег Смирнов.")
    assert _titles(found, "Иван Петров") == ["дирижёр"]
    assert _titles(found, "Олег Смирнов") == ["дирижёр"]


def test_a_title_ending_in_a_quoted_name_before_a_colon_goes_to_the_list() -> None:
    found = _recognize("В состав вошли хоккеисты клуба «Сокол»: Иван Петров, Олег Смирнов.")
    assert _titles(found, "Олег Смирнов") == ["хоккеист клуба «Сокол»"]


def test_a_title_before_a_name_in_the_genitive_and_a_name_is_the_second_ones() -> None:
    found = _recognize("Об этом сообщил адвокат Ромашкиной Ирина Белова.")
    assert _titles(found, "Ирина Белова") == ["адвокат"]
    assert _titles(found, "Ромашкина") == []


def test_the_name_in_the_genitive_holds_the_title_inside() -> None:
    found = _recognize("Об этом сообщил помощник министра обороны Игоря Лебедева Олег Кузнецов.")
    assert _titles(found, "Олег Кузнецов") == ["помощник министра обороны"]
    assert _titles(found, "Игорь Лебедев") == ["министр обороны"]


def test_a_capitalised_title_right_before_a_name_is_a_title() -> None:
    found = _recognize("В храме службу провёл Митрополит Феофан.")
    assert _titles(found, "Феофан") == ["митрополит"]


def test_duties_held_give_the_post_without_the_word_duties() -> None:
    found = _recognize("Весь прошлый год Иван Петров исполнял обязанности председателя правления банка.")
    assert _titles(found, "Иван Петров") == ["председатель правления банка"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("В гостях у студии была оперная певица Анна Орлова.", "Анна Орлова", "оперная певица"),
        ("Интервью дал хоккейный тренер Игорь Лебедев.", "Игорь Лебедев", "хоккейный тренер"),
    ],
)
def test_a_kind_of_occupation_stays_in_the_title(text: str, name: str, title: str) -> None:
    assert _titles(_recognize(text), name) == [title]


@pytest.mark.parametrize(
    "text", ["Иван Петров, лучший вратарь года, пропустил гол.", "Иван Петров стал вратарём сезона."]
)
def test_the_year_of_an_award_is_no_part_of_a_title(text: str) -> None:
    assert _titles(_recognize(text), "Иван Петров") == ["вратарь"]


def test_a_family_name_that_is_a_title_word_stays_a_name() -> None:
    found = _recognize("Клуб возглавил Ханс Доктор. Вчера Доктору вручили награду.")
    assert [len(p.mentions) for p in found.persons if p.name == "Ханс Доктор"] == [2]


def test_a_surname_that_does_not_decline_before_a_full_name_is_the_complement() -> None:
    found = _recognize("Вчера адвокат Шевченко Олег Кузнецов подал жалобу.")
    assert _titles(found, "Олег Кузнецов") == ["адвокат"]


def test_a_capitalised_title_running_into_a_name_is_a_title() -> None:
    found = _recognize("Вчера на площади выступил Патриарх Сербский Ириней.")
    assert _titles(found, "Ириней") == ["патриарх Сербский"]


def test_a_title_before_a_name_set_off_by_commas_is_its_title() -> None:
    found = _recognize("Старший тренер команды, Олег Смирнов, подал в отставку.")
    assert _titles(found, "Олег Смирнов") == ["старший тренер команды"]


def test_names_listed_after_a_comma_take_no_title_from_it() -> None:
    found = _recognize("Министры, Иван Петров, Олег Смирнов, пришли на заседание.")
    assert _titles(found, "Иван Петров") == []


@pytest.mark.parametrize(
    "text", ["Иван Петров, член Республиканской партии, выступил.", "Член семьи Иван Петров рассказал всё."]
)
def test_a_member_of_a_party_or_a_family_holds_no_post(text: str) -> None:
    assert _titles(_recognize(text), "Иван Петров") == []


def test_a_member_of_a_partys_board_holds_a_post() -> None:
    found = _recognize("Иван Петров, член правления партии, выступил.")
    assert _titles(found, "Иван Петров") == ["член правления партии"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("В 2015 году Олег Смирнов стал первым губернатором нового края.", "губернатор нового края"),
        ("Олег Смирнов стал 13-м президентом Греции.", "президент Греции"),
        ("Олег Смирнов был самым опытным юристом в городе.", "юрист"),
        ("Интервью дал старейший актёр театра Олег Смирнов.", "актёр театра"),
        ("Первый заместитель министра Олег Смирнов приехал в Тверь.", "первый заместитель министра"),
        ("Первый вице-премьер Олег Смирнов приехал в Тверь.", "первый вице-премьер"),
        ("Высший чиновник ведомства Олег Смирнов приехал в Тверь.", "высший чиновник ведомства"),
    ],
)
def test_the_holders_place_in_a_line_or_merit_is_no_part_of_the_title(text: str, title: str) -> None:
    assert _titles(_recognize(text), "Олег Смирнов") == [title]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("В 2009 году Анна Белова была федеральной судьей.", "Анна Белова", "федеральная судья"),
        ("В 2009 году Олег Смирнов стал федеральным судьей.", "Олег Смирнов", "федеральный судья"),
        ("Олег Смирнов стал главным судьей района.", "Олег Смирнов", "главный судья района"),
    ],
)
def test_a_noun_of_common_gender_goes_to_the_nominative_with_its_adjective(
    text: str, name: str, title: str
) -> None:
    assert _titles(_recognize(text), name) == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("В мае и.о. президента страны Олег Смирнов подписал указ.", "и.о. президента страны"),
        ("И. о. министра транспорта Олег Смирнов приехал в Тверь.", "и.о. министра транспорта"),
    ],
)
def test_an_acting_holder_keeps_the_mark_and_the_post_in_the_genitive(text: str, title: str) -> None:
    assert _titles(_recognize(text), "Олег Смирнов") == [title]


def test_a_peoples_deputy_is_a_post_and_a_peoples_artist_an_award() -> None:
    found = _recognize("Приехали народный депутат Украины Олег Смирнов и народный артист РТ Иван Петров.")
    assert _titles(found, "Олег Смирнов") == ["народный депутат Украины"]
    assert _titles(found, "Иван Петров") == ["артист"]


def test_a_superlative_modifier_of_the_table_stays_in_any_case() -> None:
    found = _recognize("Суд вызвал высшего чиновника министерства Олега Смирнова.")
    assert _titles(found, "Олег Смирнов") == ["высший чиновник министерства"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Гостей встретил командир экипажа канадец Олег Смирнов.", "командир экипажа"),
        ("Он проиграл члену палаты депутатов демократу Олегу Смирнову.", "член палаты депутатов"),
        ("Приехал заместитель командующего армией Олег Смирнов.", "заместитель командующего армией"),
    ],
)
def test_a_noun_of_another_case_before_the_name_is_no_part_of_the_title(text: str, title: str) -> None:
    assert _titles(_recognize(text), "Олег Смирнов") == [title]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Иван Петров совмещает должность вице-спикера и руководителя фракции «Союз».",
            ["вице-спикер", "руководитель фракции «Союз»"],
        ),
        (
            "Иван Петров назначен на пост руководителя службы и первого замдиректора ведомства.",
            ["руководитель службы", "первый замдиректора ведомства"],
        ),
        (
            "Иван Петров, занимавший пост министра финансов и сменивший на посту Смирнова, ушёл.",
            ["министр финансов"],
        ),
    ],
)
def test_posts_joined_after_a_post_held_are_each_a_title(text: str, titles: list[str]) -> None:
    assert _titles(_recognize(text), "Иван Петров") == titles


@pytest.mark.parametrize(
    "text",
    [
        "Временно исполняющим обязанности губернатора стал Олег Смирнов.",
        "Временно исполняющий обязанности губернатора Олег Смирнов приехал в Тверь.",
    ],
)
def test_an_acting_governor_before_the_name_keeps_the_whole_title(text: str) -> None:
    assert _titles(_recognize(text), "Олег Смирнов") == ["временно исполняющий обязанности губернатора"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Иван Петров, вратарь прошлого сезона, пропустил гол.", "Иван Петров", "вратарь"),
        ("Актриса венгерского происхождения Анна Белова приехала в Тверь.", "Анна Белова", "актриса"),
        ("Анна Белова, актриса французского происхождения, приехала в Тверь.", "Анна Белова", "актриса"),
        ("Анна Белова, экономист по образованию, приехала в Тверь.", "Анна Белова", "экономист"),
        ("Юрист по профессии Анна Белова приехала в Тверь.", "Анна Белова", "юрист"),
        ("Комиссар по правам человека Анна Белова приехала.", "Анна Белова", "комиссар по правам человека"),
        ("Лучший защитник мира Иван Петров завершил карьеру.", "Иван Петров", "защитник"),
        ("Иван Петров, бомбардир прошлого турнира, забил снова.", "Иван Петров", "бомбардир"),
        ("Анна Белова, актриса второго плана, получила премию.", "Анна Белова", "актриса"),
    ],
)
def test_a_time_or_an_origin_ends_the_title_with_its_adjectives(text: str, name: str, title: str) -> None:
    assert _titles(_recognize(text), name) == [title]


def test_a_rank_before_a_title_found_apart_from_the_name_is_an_award() -> None:
    found = _recognize("Звание Народного артиста СССР получил Олег Смирнов в 1975 году.")
    assert _titles(found, "Олег Смирнов") == ["артист"]


def test_a_name_in_the_genitive_after_a_title_holds_the_title_inside_it() -> None:
    found = _recognize("Иван Петров назначен советником президента страны Олега Смирнова.")
    assert _titles(found, "Олег Смирнов") == ["президент страны"]
    assert _titles(found, "Иван Петров") == ["советник президента страны"]


def test_the_outer_title_of_a_name_in_the_genitive_goes_to_no_one() -> None:
    found = _recognize("Вчера ярый критик многолетнего лидера Олега Смирнова уехал.")
    assert _titles(found, "Олег Смирнов") == ["лидер"]


def test_one_who_runs_for_a_post_does_not_hold_it() -> None:
    found = _recognize("Листовки в поддержку кандидата в мэры города Олега Смирнова изъяли.")
    assert _titles(found, "Олег Смирнов") == []


def test_a_title_ends_in_no_adjective_without_its_noun() -> None:
    found = _recognize("Олег Смирнов, лидер последних, приехал в Тверь.")
    assert _titles(found, "Олег Смирнов") == ["лидер"]


def test_a_possessive_before_a_post_held_is_no_part_of_the_title() -> None:
    found = _recognize("В 2011 году Олег Смирнов стал его председателем.")
    assert _titles(found, "Олег Смирнов") == ["председатель"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Олег Рыбин вернулся в Тверь. До этого он был директором музея.",
            "Олег Рыбин",
            "директор музея",
        ),
        (
            "Анна Зимина родилась в Омске. Позднее она работала помощницей депутата.",
            "Анна Зимина",
            "помощница депутата",
        ),
        ("Олег Рыбин уехал в Тверь. Там он занимал пост мэра.", "Олег Рыбин", "мэр"),
        (
            "Анна Зимина встретила Олега Рыбина в Омске. Сейчас она — профессор университета.",
            "Анна Зимина",
            "профессор университета",
        ),
    ],
)
def test_he_or_she_holds_a_post_of_the_person_named_before(text: str, name: str, title: str) -> None:
    assert title in _titles(_recognize(text), name)


def test_he_or_she_goes_with_a_person_of_the_same_gender_named_in_the_nominative() -> None:
    found = _recognize("Олег Рыбин встретился с Анной Зиминой. Позднее она занимала пост мэра.")
    assert _titles(found, "Олег Рыбин") == []
    found = _recognize("Анна Зимина выросла в семье Олега Рыбина. Позднее он занимал пост мэра.")
    assert [r.title for p in found.persons for r in p.roles] == []


def test_a_title_held_by_he_or_she_is_no_lone_title_for_another() -> None:
    found = _recognize("Олег Рыбин и Анна Зимина приехали в Омск. Сейчас она — профессор университета.")
    assert _titles(found, "Анна Зимина") == ["профессор университета"]
    assert _titles(found, "Олег Рыбин") == []


def test_words_between_a_relative_pronoun_and_its_verb_of_holding_a_post() -> None:
    found = _recognize("Олег Рыбин поздравил Ивана Петрова, который вчера был назначен директором музея.")
    assert _titles(found, "Иван Петров") == ["директор музея"]
    assert _titles(found, "Олег Рыбин") == []


def test_he_or_she_goes_with_a_name_that_does_not_tell_its_gender_only_when_no_one_else_is_near() -> None:
    found = _recognize("Сато Кэндзи вернулся в Токио. Там он занимал пост мэра.")
    assert _titles(found, "Сато Кэндзи") == ["мэр"]
    found = _recognize("Сато Кэндзи встретился с Олегом Рыбиным. Там он занимал пост мэра.")
    assert [r.title for p in found.persons for r in p.roles] == []


def test_a_post_a_decree_writes_with_a_capital() -> None:
    found = _recognize("Освободить Петрова Ивана Сергеевича от должности Посла в Египте.")
    assert _titles(found, "Иван Сергеевич Петров") == ["посол в Египте"]


def test_a_title_after_a_participle_of_holding_a_post_set_off_after_a_name() -> None:
    found = _recognize("Главой агентства назначена Анна Зимина, работавшая заместителем Рыбина.")
    assert _titles(found, "Анна Зимина") == ["глава агентства", "заместитель"]


@pytest.mark.parametrize(
    "text",
    [
        "Адвокаты Ивана Петрова заявили о жалобе в суд.",
        "Критики Ивана Петрова вышли на площадь.",
    ],
)
def test_a_title_in_the_plural_before_one_name_is_not_that_persons(text: str) -> None:
    assert _titles(_recognize(text), "Иван Петров") == []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Пляжные волейболисты Анна Петрова и Мария Белова вышли.", "Мария Белова", "пляжный волейболист"),
        ("Сенаторы Анна Петрова из Тулы и Мария Белова из Орла выступили.", "Анна Петрова", "сенатор"),
        ("Один из экспертов института Анна Петрова ответила.", "Анна Петрова", "эксперт института"),
    ],
)
def test_a_plural_title_before_a_list_or_after_iz_is_each_ones(text: str, name: str, title: str) -> None:
    assert _titles(_recognize(text), name) == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Вчера президент-республиканец Иван Петров подписал закон.", "президент"),
        ("Первая женщина-пилот Анна Петрова получила награду.", "пилот"),
        ("Лётчик-испытатель Иван Петров поднял самолёт.", "лётчик-испытатель"),
        ("Поп-певица Анна Петрова дала концерт.", "поп-певица"),
    ],
)
def test_a_compound_keeps_the_title_without_a_word_about_its_holder(text: str, title: str) -> None:
    name = "Иван Петров" if "Иван" in text else "Анна Петрова"
    assert _titles(_recognize(text), name) == [title]


def test_a_title_ends_before_and_a_second_body_but_keeps_its_country() -> None:
    found = _recognize("Председатель Госсовета и Совета министров Кубы Рауль Кастро объявил дату.")
    assert _titles(found, "Рауль Кастро") == ["председатель Госсовета"]
    person = next(p for p in found.persons if p.name == "Рауль Кастро")
    assert person.roles[0].country == "CU"


def test_complements_joined_by_and_that_name_no_body_stay_in_the_title() -> None:
    found = _recognize("Министр промышленности и торговли Иван Петров прибыл в Тулу.")
    assert _titles(found, "Иван Петров") == ["министр промышленности и торговли"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Президент назначил Ивана Петрова на пост посла России в Египте.", "посол России в Египте"),
        ("Губернатор поздравил Ивана Петрова с избранием на пост мэра Тулы.", "мэр Тулы"),
    ],
)
def test_a_post_after_the_appointed_name_is_that_persons(text: str, title: str) -> None:
    assert title in _titles(_recognize(text), "Иван Петров")


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("На должность директора музея назначена Анна Петрова.", "Анна Петрова", "директор музея"),
        ("Пост министра торговли занимал Иван Петров.", "Иван Петров", "министр торговли"),
        ("На пост главы района большинством голосов избрана Анна Петрова.", "Анна Петрова", "глава района"),
        ("Главным тренером назначен Иван Петров.", "Иван Петров", "главный тренер"),
    ],
)
def test_a_post_named_before_the_verb_and_the_name_is_that_persons(text: str, name: str, title: str) -> None:
    assert _titles(_recognize(text), name) == [title]


def test_a_title_after_a_noun_of_kinship_is_the_relatives() -> None:
    found = _recognize("Актёр умер вчера. Анна Белова, жена актёра, рассказала об этом.")
    assert _titles(found, "Анна Белова") == []
    found = _recognize("Старший сын бывшего руководителя ФСБ - Андрей - работает в банке.")
    assert _titles(found, "Андрей") == []


def test_a_name_in_the_genitive_after_a_title_after_kinship_holds_it() -> None:
    found = _recognize("Вице-спикер и сын председателя партии Владимира Жириновского Игорь Лебедев приехал.")
    assert _titles(found, "Владимир Жириновский") == ["председатель партии"]
    assert _titles(found, "Игорь Лебедев") == []


def test_a_representative_of_a_party_holds_no_post() -> None:
    found = _recognize("Представитель Демократической партии Иван Петров победил на выборах.")
    assert _titles(found, "Иван Петров") == []
    found = _recognize("Представитель Министерства обороны Иван Петров заявил о манёврах.")
    assert _titles(found, "Иван Петров") == ["представитель Министерства обороны"]


def test_a_place_adjective_before_a_bodys_name_is_no_word_of_the_title() -> None:
    found = _recognize("Полузащитник московского «Спартака» Андрей Тихонов забил гол.")
    assert _titles(found, "Андрей Тихонов") == ["полузащитник «Спартака»"]


def test_a_title_after_a_name_whose_complement_names_a_person_is_the_first_names() -> None:
    found = _recognize("Олег Сидоров, представитель фонда Марины Цветаевой, сказал, что письмо подлинное.")
    assert _titles(found, "Олег Сидоров") == ["представитель фонда"]
    assert _titles(found, "Марина Цветаева") == []
    found = _recognize("На встрече были министр финансов Иван Петров, замглавы Минфина Анна Белова.")
    assert _titles(found, "Иван Петров") == ["министр финансов"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Иван Петров родился в Туле. Учился в школе. Окончил вуз. В 2006 году назначен директором музея.",
            "Иван Петров",
            "директор музея",
        ),
        (
            "Анна Белова родилась в Туле. Окончила вуз. Переехала в Москву. С 2005 года была главой района.",
            "Анна Белова",
            "глава района",
        ),
    ],
)
def test_a_post_held_with_the_subject_left_out_is_the_last_named_persons(
    text: str, name: str, title: str
) -> None:
    assert _titles(_recognize(text), name) == [title]


def test_a_verb_with_a_subject_of_its_own_gives_the_post_to_that_subject() -> None:
    found = _recognize("Иван Петров родился в Туле. В 1990 году Анна Белова работала инженером завода.")
    assert _titles(found, "Иван Петров") == []
    assert _titles(found, "Анна Белова") == ["инженер завода"]
