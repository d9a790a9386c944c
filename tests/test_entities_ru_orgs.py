"""Russian organisations: how far a body's name goes and its name in the nominative."""

from __future__ import annotations

import pytest
from markers import needs_ru
from recognize import recognize_ru as _recognize


def _names(text: str) -> set[str]:
    return {o.name for o in _recognize(text).organizations}


@needs_ru
def test_a_superlative_keeps_its_written_form() -> None:
    # высший and высочайший are one lexeme to the dictionary; the name keeps the word written
    text = (
        "Члены Высшего государственного совета собрались в Минске. "
        "Заседание Высшей аттестационной комиссии перенесли на осень."
    )
    assert {"Высший государственный совет", "Высшая аттестационная комиссия"} <= _names(text)


@needs_ru
def test_an_acronym_goes_on_with_the_body_it_belongs_to() -> None:
    text = (
        "Директор ИМЭМО РАН Иван Петров выступил на конференции. "
        "Пресс-служба ГУ МВД по Москве сообщила о задержании."
    )
    names = _names(text)
    assert {"ИМЭМО РАН", "ГУ МВД по Москве"} <= names
    assert "ИМЭМО" not in names


@needs_ru
def test_a_body_goes_on_with_its_city_or_parent() -> None:
    text = (
        "Полиция Лас-Вегаса сообщила о стрельбе. "
        "Выпускник Школы лётчиков-испытателей ВВС США Джон Смит вернулся в Техас."
    )
    assert {"Полиция Лас-Вегаса", "Школа лётчиков-испытателей ВВС США"} <= _names(text)


@needs_ru
def test_a_web_service_where_something_is_posted_is_no_organization() -> None:
    text = (
        "Министр написал об этом в своём Твиттере, а видео встречи выложили на YouTube. "
        "Компания Facebook оштрафована в Ирландии."
    )
    names = _names(text)
    assert "Facebook" in names  # the company that is fined is a body
    assert not names & {"Твиттер", "YouTube"}


@needs_ru
def test_the_names_of_one_known_body_are_one_organization() -> None:
    text = (
        "Ереван ждёт от Евросоюза плана действий. В ЕС пока не ответили. "
        "Генсек ООН выступил в Женеве, и Организация Объединённых Наций поддержала план."
    )
    found = _recognize(text)
    by_name = {o.name: o for o in found.organizations}
    assert set(by_name) == {"Евросоюз", "Организация Объединённых Наций"}
    eu = by_name["Евросоюз"]
    assert eu.aliases == ("ЕС",)
    assert [m.text for m in eu.mentions] == ["Евросоюза", "ЕС"]
    assert [m.text for m in by_name["Организация Объединённых Наций"].mentions] == [
        "ООН",
        "Организация Объединённых Наций",
    ]


@needs_ru
def test_a_national_team_is_a_body() -> None:
    text = "В матче в Ереване сборная России потеряла два очка, игрок сборной Франции забил гол."
    assert {"Сборная России", "Сборная Франции"} <= _names(text)


@needs_ru
@pytest.mark.parametrize(
    "text",
    [
        "Министры приняли участие в открытии посольства Перу в Минске.",
        "В пятницу гость откроет почетное консульство Чили в Казани.",
        "Новое здание посольства Монголии построено за год.",
    ],
)
def test_a_mission_opened_or_built_is_no_body(text: str) -> None:
    assert not any(name.startswith(("Посольство", "Консульство")) for name in _names(text))


@needs_ru
@pytest.mark.parametrize(
    "text",
    [
        "Открытие филиала стало итогом долгих переговоров.",
        "Обучался музыке в Праге.",
        "Фонд создан для помощи бедным странам.",
    ],
)
def test_the_words_that_open_a_sentence_are_no_body(text: str) -> None:
    assert _names(text) == set()


@needs_ru
def test_a_body_that_opens_a_sentence_stays_one() -> None:
    assert "Следственный комитет" in _names("Следственный комитет возбудил уголовное дело.")


@needs_ru
def test_a_mission_that_acts_is_a_body() -> None:
    assert "Посольство Перу" in _names("Посольство Перу сообщило о задержке рейса.")


@needs_ru
def test_a_body_s_common_noun_runs_over_no_line_break() -> None:
    text = "Спикер принял коллегу из соседнего парламента\n\nАСТАНА, Казахстан, 5 июня. Встреча прошла утром."
    assert not any(name.startswith("Парламент") for name in _names(text))


@needs_ru
def test_a_body_s_common_noun_in_the_plural_names_no_body() -> None:
    text = "Встреча председателей парламентов Армении, Грузии и Молдовы прошла в Риге."
    assert not any(name.startswith("Парламент") for name in _names(text))
    assert "Парламент Армении" in _names("Председатель парламента Армении прибыл в Ригу.")


@needs_ru
def test_a_body_s_common_noun_with_a_place_at_a_sentence_s_start_is_a_body() -> None:
    text = "Сборная Мексики уступила в финале. Тренер признал поражение."
    assert "Сборная Мексики" in _names(text)


@needs_ru
def test_a_body_s_name_goes_on_with_the_states_it_gathers() -> None:
    text = (
        "Он возглавил секретариат Парламентской ассамблеи тюркских государств. "
        "Встреча лидеров арабских государств прошла в Каире."
    )
    assert _names(text) == {"Парламентская ассамблея тюркских государств"}


@needs_ru
def test_a_council_of_member_states_goes_on_with_its_body() -> None:
    text = (
        "В Душанбе прошло заседание Совета министров иностранных дел государств – участников СНГ. "
        "Совет министров обороны государств — членов ОДКБ собрался в Минске."
    )
    assert {
        "Совет министров иностранных дел государств – участников СНГ",
        "Совет министров обороны государств — членов ОДКБ",
    } <= _names(text)


@needs_ru
def test_a_body_keeps_the_spelling_of_its_country_the_text_gives() -> None:
    found = _recognize("Официальный представитель МИД РФ выступила на брифинге.")
    (mid,) = [o for o in found.organizations if o.name.startswith("МИД")]
    assert (mid.name, mid.aliases) == ("МИД РФ", ("МИД России",))


@needs_ru
def test_the_acronym_of_the_turkic_states_is_the_same_body() -> None:
    found = _recognize("Саммит ОТГ пройдет в мае. Лидеры Организации тюркских государств соберутся в Баку.")
    assert [o.name for o in found.organizations] == ["Организация тюркских государств"]


@needs_ru
def test_an_acronym_alone_after_the_one_body_it_opens_is_that_body() -> None:
    one = _recognize("В МИД КР заявили о поддержке. Позже МИД уточнил позицию.")
    assert [(o.name, len(o.mentions)) for o in one.organizations] == [("МИД КР", 3)]
    two = _recognize("Глава МИД России и глава МИД Китая встретились. МИД сообщил об итогах.")
    assert "МИД" in {o.name for o in two.organizations}


@needs_ru
def test_a_quoted_name_before_its_acronym_ends_inside_the_quote_marks() -> None:
    text = "Аналитик «Народного банка развития» (НБР) Пётр Сидоров прокомментировал сделку."
    mentions = [m.text for o in _recognize(text).organizations for m in o.mentions]
    assert "Народного банка развития" in mentions
    assert "НБР" in mentions
    assert not [m for m in mentions if m.endswith("»")], mentions


@needs_ru
def test_an_acronym_of_a_code_of_laws_or_a_power_station_is_no_body() -> None:
    text = "Депутаты предложили поправки к ГК и КоАП. Вода поднялась, и на ГЭС открыли водосброс."
    assert not {"ГК", "КоАП", "ГЭС"} & _names(text), _names(text)


@needs_ru
def test_a_residence_named_in_quote_marks_is_a_place_not_a_body() -> None:
    found = _recognize("Лидеры провели переговоры в резиденции «Дурмень».")
    assert "Дурмень" not in {o.name for o in found.organizations}
    assert "Дурмень" in {v.name for v in found.venues}


@needs_ru
def test_a_capitalised_adjective_of_a_common_noun_is_no_body() -> None:
    text = (
        "Встреча с Национальным лидером туркменского народа прошла в Ашхабаде. "
        "Солист Большого рассказал о гастролях."
    )
    names = _names(text)
    assert not [n for n in names if n.startswith("Национальн")], names
    assert any(n.startswith("Больш") for n in names), names


@needs_ru
def test_a_title_or_verb_opening_the_sentence_is_no_part_of_a_body() -> None:
    text = (
        "Представитель НИИ им. Пирогова сообщил, что пострадавших трое.\n"
        "Основал Благотворительный фонд Святой Анны местный предприниматель."
    )
    mentions = [m.text for o in _recognize(text).organizations for m in o.mentions]
    assert not [m for m in mentions if m.startswith(("Представитель", "Основал"))], mentions


@needs_ru
def test_a_craft_named_in_quote_marks_is_no_body() -> None:
    text = "Старт шаттла «Индевор» перенесли, а сотрудники компании «Полёт» ушли в отпуск."
    names = _names(text)
    assert "Индевор" not in names
    assert "Полёт" in names


@needs_ru
@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Звезда телесериала «Спасатели Севера» ушла в компанию «Восход».", "Спасатели Севера"),
        ("Ведущий программы «Время» перешёл в компанию «Восход».", "Время"),
        ("Он вёл телевизионные передачи «Вокруг света», а затем ушёл в «Восход».", "Вокруг света"),
    ],
)
def test_a_work_or_programme_named_in_quote_marks_is_no_body(text: str, work: str) -> None:
    names = _names(text)
    assert work not in names
    assert "Восход" in names


@needs_ru
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Компания «КАМАЗ» представила грузовики.", "Компания «КАМАЗ»"),
        ("Дилер закупил продукцию КАМАЗа.", "КАМАЗ"),
    ],
)
def test_a_quoted_name_after_its_kind_and_an_inflected_acronym_keep_their_written_form(
    text: str, name: str
) -> None:
    assert name in _names(text)


@needs_ru
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Комитет Сената США по торговым вопросам отложил слушания.",
            "Комитет Сената США по торговым вопросам",
        ),
        (
            "Комитет Бундестага по вопросам культуры, науки и образования поддержал проект.",
            "Комитет Бундестага по вопросам культуры, науки и образования",
        ),
        (
            "Комитет Сената Италии по иностранным делам, министры и эксперты собрались.",
            "Комитет Сената Италии по иностранным делам",
        ),
        (
            "Стороны готовят заседание Межправительственной комиссии по торговому сотрудничеству.",
            "Межправительственная комиссия по торговому сотрудничеству",
        ),
        (
            "Дело рассмотрит Международный трибунал по бывшей Югославии в апреле.",
            "Международный трибунал по бывшей Югославии",
        ),
    ],
)
def test_a_committees_remit_after_po_is_part_of_its_name(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not [n for n in names if "министры" in n], names


@needs_ru
def test_a_remit_does_not_end_on_an_adjective() -> None:
    names = _names("Проект одобрил Комитет Сената США по иностранным, финансовым и бюджетным вопросам.")
    assert "Комитет Сената США" in names, names
    assert not [n for n in names if n.endswith("иностранным")], names


@needs_ru
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Отвечать по иску предстоит Федеральному дорожному агентству Минтранса.",
            "Федеральное дорожное агентство",
        ),
        (
            "Он был избран депутатом Тверского областного Совета народных депутатов.",
            "Тверской областной Совет народных депутатов",
        ),
    ],
)
def test_a_body_cut_after_an_adjective_goes_on_with_its_noun(text: str, name: str) -> None:
    names = _names(text)
    assert name in names, names
    assert not [n for n in names if n.endswith(("дорожное", "областной"))], names


@needs_ru
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Утром начался митинг. Французская полиция задержала двоих.", "Французская полиция"),
        ("Сделку закрыли в мае. Японское правительство одобрило её.", "Японское правительство"),
    ],
)
def test_a_place_adjective_and_a_body_noun_opening_a_sentence_are_a_body(text: str, name: str) -> None:
    assert name in _names(text)


@needs_ru
def test_a_place_adjective_before_a_side_or_in_lower_case_is_no_body() -> None:
    names = _names("Казахстанская сторона согласилась, а французская полиция промолчала.")
    assert not [n for n in names if "сторона" in n or "полиция" in n], names


@needs_ru
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Законопроект внесли в Жогорку Кенеш в марте, депутаты Жогорку Кенеша его одобрили.",
            "Жогорку Кенеш",
        ),
        ("Спикер обратился к депутатам Милли Меджлиса с посланием.", "Милли Меджлис"),
        (
            "Министр встретится с председателем Халк Маслахаты Гурбангулы Бердымухамедовым в среду.",
            "Халк Маслахаты",
        ),
    ],
)
def test_a_parliament_whose_first_word_never_declines_is_named_in_the_nominative(
    text: str, name: str
) -> None:
    names = _names(text)
    assert name in names, names
    assert not [n for n in names if n.startswith(("Жогорка", "Милли Меджлиса"))], names


@needs_ru
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Очевидец пожара рассказал Викиновостям, что здание горело час.", "Викиновости"),
        ("Следователи связали нападение на посольство с Аль-Кайдой.", "Аль-Каида"),
    ],
)
def test_a_body_the_tagger_takes_for_a_person_is_a_body(text: str, name: str) -> None:
    found = _recognize(text)
    assert name in {o.name for o in found.organizations}, found.organizations
    assert found.persons == ()


@needs_ru
def test_a_name_keeps_the_e_the_text_writes_for_yo() -> None:
    plain = _names("Делегация Казанского вертолетного завода прибыла в Ташкент.")
    dotted = _names("Делегация Казанского вертолётного завода прибыла в Ташкент.")
    assert ("Казанский вертолетный завод" in plain, "Казанский вертолётный завод" in dotted) == (True, True)


@needs_ru
def test_a_chamber_goes_on_with_its_parliament() -> None:
    text = (
        "Верхняя палата парламента Казахстана одобрила закон. "
        "Спикер Законодательной палаты Олий Мажлиса Ильхом Каримов прибыл в Астану."
    )
    names = _names(text)
    assert {"Верхняя палата парламента Казахстана", "Законодательная палата Олий Мажлиса"} <= names
    assert not names & {"Верхняя палата", "Законодательная палата", "Олий Мажлис"}


@needs_ru
def test_a_council_of_high_level_keeps_its_level() -> None:
    text = "Министры обсудили подготовку заседания Совета сотрудничества высокого уровня в Анкаре."
    assert "Совет сотрудничества высокого уровня" in _names(text)


@needs_ru
def test_a_state_court_goes_on_with_its_state() -> None:
    text = "Вчера Верховный суд штата Огайо отклонил иск, и Университет штата Мичиган промолчал."
    names = _names(text)
    assert {"Верховный суд штата Огайо", "Университет штата Мичиган"} <= names
    assert not names & {"Верховный суд", "Университет"}


@needs_ru
def test_a_head_word_alone_is_the_one_body_it_heads() -> None:
    one = _recognize(
        "Президент принял делегацию Европейского банка реконструкции и развития. "
        "Он отметил, что портфель Банка в Узбекистане вырос."
    )
    assert [(o.name, len(o.mentions)) for o in one.organizations] == [
        ("Европейский банк реконструкции и развития", 2)
    ]
    two = _names(
        "Президент принял делегации Европейского банка реконструкции и развития и Азиатского "
        "банка развития. Он отметил, что портфель Банка в Узбекистане вырос."
    )
    assert "Банк" in two  # two banks: which one is not said


def test_a_body_in_a_named_persons_title_is_no_organization() -> None:
    found = _recognize("В Минск прибыл заместитель председателя правительства Армении Тигран Хачатрян.")
    assert [o.name for o in found.organizations] == []


def test_a_body_named_by_its_descriptor_alone_is_an_organization() -> None:
    found = _recognize("По данным правительства Армении, переговоры пройдут в июне.")
    assert [o.name for o in found.organizations] == ["Правительство Армении"]


def test_the_holders_of_a_post_in_the_plural_are_no_body() -> None:
    found = _recognize("Министры обороны Армении и Ирана обсудили учения.")
    assert [o.name for o in found.organizations] == []


def test_an_acronym_and_the_full_name_it_abbreviates_are_one_body() -> None:
    found = _recognize("Совет директоров Азиатского банка развития одобрил заем. Это второй заем АБР за год.")
    assert [(o.name, o.aliases) for o in found.organizations] == [("Азиатский банк развития", ("АБР",))]


def test_an_acronym_of_other_initials_stays_a_body_of_its_own() -> None:
    found = _recognize("Совет директоров Азиатского банка развития одобрил заем. Позже выступил глава МВФ.")
    assert sorted(o.name for o in found.organizations) == ["Азиатский банк развития", "МВФ"]


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Делегация Новосибирского государственного университета имени Ивана Петрова прибыла в Томск. "
            "В НГУ открыли новую лабораторию.",
            "Новосибирский государственный университет имени Ивана Петрова",
            "НГУ",
        ),
        (
            "Заседание Совета министров иностранных дел Организации тюркских государств прошло в Баку. "
            "Следующее заседание СМИД ОТГ пройдет в Астане.",
            "Совет министров иностранных дел Организации тюркских государств",
            "СМИД ОТГ",
        ),
        (
            "Заседание Кабинета министров Республики Таджикистан прошло в Душанбе. "
            "Пресс-служба Кабмина сообщила о новых назначениях.",
            "Кабинет министров Республики Таджикистан",
            "Кабмин",
        ),
        (
            "Председатель Европейского совета прибыл в Ригу. Решение Евросовета ожидается в июне.",
            "Европейский совет",
            "Евросовет",
        ),
    ],
)
def test_a_short_form_of_the_first_words_of_a_full_name_is_the_same_body(
    text: str, name: str, short: str
) -> None:
    found = _recognize(text)
    assert [(o.name, o.aliases) for o in found.organizations] == [(name, (short,))]


def test_a_short_form_of_other_words_stays_a_body_of_its_own() -> None:
    found = _recognize(
        "Заседание Кабинета министров Республики Таджикистан прошло в Душанбе. "
        "Позже выступил представитель Минфина."
    )
    full = "Кабинет министров Республики Таджикистан"
    assert sorted(o.name for o in found.organizations) == [full, "Минфин"]


def test_the_full_stop_after_a_body_is_no_part_of_its_name() -> None:
    found = _recognize("Об этом вечером сообщила телекомпания Би-би-си. Позже новость подтвердили.")
    assert [m.text for o in found.organizations for m in o.mentions] == ["Би-би-си"]


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        (
            "Она окончила ТГУ им. В.В. Куйбышева в Томске.",
            "ТГУ им. В.В. Куйбышева",
            "ТГУ им. В.В. Куйбышева",
        ),
        (
            "Премьера прошла на сцене Театра им. Евгения Вахтангова в пятницу.",
            "Театра им. Евгения Вахтангова",
            "Театр им. Евгения Вахтангова",
        ),
    ],
)
def test_a_body_named_after_a_person_keeps_the_person_whole(text: str, written: str, name: str) -> None:
    found = _recognize(text)
    assert [(o.name, [m.text for m in o.mentions]) for o in found.organizations] == [(name, [written])]
    assert not [v for v in found.venues if v.name != "Томск"]


def test_a_persons_family_name_the_tagger_reads_as_a_body_is_no_body(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventkit.entities import get_recognizer
    from eventkit.entities.ru._tagger import Tagged
    from eventkit.model import Span

    recognizer = get_recognizer("ru", required=True)
    assert recognizer is not None
    recognizer.load()  # type: ignore[attr-defined]
    tagger = recognizer._tagger  # type: ignore[attr-defined]
    text = "Министр принял Ахмеда бин Салима аль-Харузи. Затем аль-Харузи уехал в Дубай."
    family = text.rindex("аль-Харузи")
    real = tagger.tag

    def misreading(texts: list[str]) -> list[tuple[list[object], list[Tagged]]]:
        out = []
        for tokens, names in real(texts):
            names = [n for n in names if not (n.start <= family < n.end)]
            out.append((tokens, [*names, Tagged(family, family + len("аль-Харузи"), "ORG")]))
        return out

    monkeypatch.setattr(tagger, "tag", misreading)
    found = recognizer.recognize(text, [Span(start=0, end=len(text))])
    assert "аль-Харузи" not in [o.name for o in found.organizations]


@needs_ru
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Интервью напечатал немецкий журнал ''Der Abend'' в пятницу.", "Der Abend"),
        ("По словам представителя компании ''Nordwind Logistics'', груз задержан.", "Nordwind Logistics"),
        ("Сообщение опубликовала газета ''Вечерний курьер'' утром.", "Вечерний курьер"),
    ],
)
def test_a_name_in_doubled_apostrophes_after_its_kind_is_a_body(text: str, name: str) -> None:
    # two apostrophes stand for one quote mark on both sides of the name
    bodies = [o for o in _recognize(text).organizations if name in [m.text for m in o.mentions]]
    assert bodies


@needs_ru
@pytest.mark.parametrize(
    ("text", "whole", "bare"),
    [
        ("Его избрали спикером Госдумы седьмого созыва.", "Госдумы седьмого созыва", "Госдумы"),
        (
            "Депутат Государственной думы пятого и шестого созывов выступил.",
            "Государственной думы пятого и шестого созывов",
            "Государственной думы",
        ),
        ("Заседание Палаты представителей 115 созыва открылось.", "Палаты представителей 115 созыва", None),
    ],
)
def test_a_parliament_goes_on_with_the_ordinals_of_its_convocations(
    text: str, whole: str, bare: str | None
) -> None:
    mentions = {m.text for o in _recognize(text).organizations for m in o.mentions}
    assert whole in mentions
    if bare is not None:
        assert bare in mentions  # the parliament named without them is a mention too


@needs_ru
def test_a_convocation_without_an_ordinal_is_no_part_of_the_name() -> None:
    mentions = {
        m.text for o in _recognize("Он ждёт перемен от Думы нового созыва.").organizations for m in o.mentions
    }
    assert "Думы" in mentions
    assert not any("созыва" in m for m in mentions)


@needs_ru
def test_a_branch_for_a_city_and_its_owner() -> None:
    entities = _recognize("В пресс-службе ГУ МВД России по г. Самаре уточнили, что задержаний не было.")
    mentions = {m.text: o.name for o in entities.organizations for m in o.mentions}
    assert "ГУ МВД России по г. Самаре" in mentions
    # the body the branch belongs to, named without the branch's city, is a body of its own
    assert mentions.get("МВД России") == "МВД России"


@needs_ru
@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ("Лидеры Большой семёрки соберутся в Италии.", "Большой семёрки", "Большая семёрка"),
        ("Венесуэлу исключили из Меркосура в прошлом году.", "Меркосура", "Меркосур"),
        ("Кандидат от Гоминьдана выиграл выборы на Тайване.", "Гоминьдана", "Гоминьдан"),
        ("Выборы выиграла оппозиционная коалиция «Новый путь».", "Новый путь", "Новый путь"),
    ],
)
def test_groupings_parties_and_coalitions_are_bodies(text: str, written: str, name: str) -> None:
    entities = _recognize(text)
    assert name in {o.name for o in entities.organizations if written in [m.text for m in o.mentions]}
    assert written not in {m.text for p in (*entities.persons, *entities.venues) for m in p.mentions}


@needs_ru
def test_a_quoted_body_after_its_kind_keeps_its_original_name_in_parentheses() -> None:
    # (a name the tagger does not find: the quoted body is the rules', found before the
    # parenthesised names are read)
    text = "Заказ получила фирма «Лунные путешествия» (Lunar Travels) из Техаса."
    bodies = [o for o in _recognize(text).organizations if "Lunar Travels" in [m.text for m in o.mentions]]
    assert [o.name for o in bodies] == ["Лунные путешествия"]


def test_a_closing_quote_mark_a_name_does_not_open_is_no_part_of_it() -> None:
    from eventkit.entities.ru._originals import unquoted

    assert unquoted("Северный мукомольный комбинат»") == "Северный мукомольный комбинат"
    assert unquoted("Центр «Гараж»") == "Центр «Гараж»"


@pytest.mark.parametrize(
    ("word", "parts", "joined"),
    [
        ("кабмин", ["кабинет", "министров"], True),
        ("евросовет", ["европейский", "совет"], True),
        ("кмин", ["кабинет", "министров"], False),  # one letter of a part that is not the last
        ("кабми", ["кабинет", "министров"], False),  # two letters of the last part
        # a word that splits many ways over many alike parts is read once per place it reaches
        ("а" * 300, ["а" * 40] * 12, True),
        ("а" * 300 + "б", ["а" * 40] * 12, False),
    ],
)
@needs_ru
def test_a_word_joined_from_the_first_letters_of_a_name(word: str, parts: list[str], joined: bool) -> None:
    from eventkit.entities.ru._recognizer import _Document

    assert _Document._joined_from(word, parts) is joined


@needs_ru
def test_the_government_in_its_head_s_title_is_no_body_unless_named_elsewhere() -> None:
    found = _recognize(
        "Президент принял председателя Кабинета министров Киргизии Тимура Асанова. Накануне "
        "вице-премьер Госсовета КНР Ван Линь встретился с главой МИД Монголии Батом Дорджиевым."
    )
    assert [o.name for o in found.organizations] == ["МИД Монголии"]
    roles = {p.name: [r.title for r in p.roles] for p in found.persons}
    assert roles["Тимур Асанов"] == ["председатель Кабинета министров Киргизии"]
    found = _recognize(
        "Об этом сообщила пресс-служба Кабинета министров. Председатель Кабинета министров "
        "Тимур Асанов подписал постановление."
    )
    assert [o.name for o in found.organizations] == ["Кабинет министров"]


@needs_ru
def test_a_ministry_named_in_a_title_by_an_adjective_alone_is_no_body() -> None:
    found = _recognize(
        "Министры провели переговоры в Тбилиси. «Мы договорились о новых рейсах», — добавила "
        "глава грузинского МИД. Позднее ее принял президент Армении Арам Саркисян."
    )
    assert found.organizations == ()
