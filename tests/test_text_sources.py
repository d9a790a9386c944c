"""The source rules: the outlet an article names, and the bodies it cites, in the nominative."""

from __future__ import annotations

import pytest

from eventkit import Article, parse_article
from eventkit.text._sources import nominative

__all__: list[str] = []


def parse(text: str) -> Article:
    return parse_article(" date 2025-11-11 " + text, entities=False)


def test_outlet_in_the_first_paragraph() -> None:
    a = parse("Новый сквер открыт в Москве, сообщает Zakon.kz.\n\nВторой абзац.")
    assert a.outlet is not None
    assert (a.outlet.name, a.outlet.cue) == ("Zakon.kz", "сообщает")
    assert a.text[a.outlet.span.start : a.outlet.span.end] == "Zakon.kz"  # type: ignore[union-attr]
    assert a.info_sources == ()


def test_reporting_verb_later_in_the_text_names_an_info_source() -> None:
    a = parse("Министры встретились в Москве.\n\nОб этом передает ТАСС.")
    assert a.outlet is None
    assert [(s.name, s.cue) for s in a.info_sources] == [("ТАСС", "передает")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "По данным пресс-службы Министерства культуры Казахстана, церемония прошла в Москве.",
            ("пресс-служба Министерства культуры Казахстана", "По данным"),
        ),
        (
            "Визит состоится в ноябре, говорится в сообщении со ссылкой на пресс-службу Кремля.",
            ("пресс-служба Кремля", "со ссылкой на"),
        ),
        (
            "Как сообщили в пресс-службе Акорды, визит пройдет в ноябре.",
            ("пресс-служба Акорды", "сообщили в"),
        ),
        ("Эти слова министра цитирует РИА Новости.", ("РИА Новости", "цитирует")),
        ("«Переговоры продолжатся», — цитирует Лаврова ТАСС.", ("ТАСС", "цитирует")),
        ("Министр назвал переговоры полезными (цитата по ТАСС).", ("ТАСС", "цитата по")),
        (
            "По информации казахстанской стороны, визит продлится два дня.",
            ("казахстанская сторона", "По информации"),
        ),
        (
            "The visit was agreed, according to the Kremlin press service.",
            ("Kremlin press service", "according to"),
        ),
        ("Peskov told Reuters that the date had been agreed.", ("Reuters", "told")),
        ("«Переговоры прошли успешно», — заявил РИА Новости Песков.", ("РИА Новости", "заявил")),
        ("Это сообщил Интерфаксу источник в ведомстве.", ("Интерфакс", "сообщил")),
        (
            "Президенты говорили по видеосвязи, сообщает пресс-служба президента Монголии.",
            ("пресс-служба президента Монголии", "сообщает"),
        ),
    ],
)
def test_info_sources(text: str, expected: tuple[str, str]) -> None:
    a = parse("Первый абзац о визите.\n\n" + text)
    assert [(s.name, s.cue) for s in a.info_sources] == [expected]


def test_a_source_line_at_the_end_is_a_source_and_not_a_paragraph() -> None:
    a = parse("Министры встретились в Москве.\n\nИсточник: ТАСС")
    assert [(s.name, s.cue) for s in a.info_sources] == [("ТАСС", "Источник")]
    assert [p.text for p in a.paragraphs] == ["Министры встретились в Москве."]
    assert [b.text for b in a.boilerplate] == ["Источник: ТАСС"]


def test_outlet_with_correspondent_and_a_name_in_quote_marks() -> None:
    a = parse("Визит начался, передает корреспондент МИА «Казинформ» со ссылкой на пресс-службу Акорды.")
    assert a.outlet is not None
    assert a.outlet.name == "МИА «Казинформ»"
    assert [s.name for s in a.info_sources] == ["пресс-служба Акорды"]


def test_english_dateline_names_the_outlet() -> None:
    a = parse_article(
        "BEIJING (Reuters) - The ministers met on Thursday.", published="2025-03-14", entities=False
    )
    assert a.outlet is not None
    assert a.outlet.name == "Reuters"


def test_english_dateline_with_a_date_names_the_outlet() -> None:
    a = parse_article(
        "MOSCOW, July 8 (TASS) — The prime minister arrived.", published="2024-07-08", entities=False
    )
    assert a.outlet is not None
    assert a.outlet.name == "TASS"
    assert [d.text for d in a.dates] == ["July 8"]


def test_a_bare_noun_or_a_verb_does_not_end_up_in_a_name() -> None:
    a = parse(
        "Первый абзац.\n\nОб этом сообщает газета со ссылкой на источники в компании заявляет агентство."
    )
    assert [s.name for s in a.info_sources] == ["источники в компании"]


def test_a_press_service_in_the_lead_is_a_source_not_the_outlet() -> None:
    a = parse("Министр принял посла, сообщает пресс-служба МИД Чили.\n\nВторой абзац.")
    assert a.outlet is None
    assert [(s.name, s.cue) for s in a.info_sources] == [("пресс-служба МИД Чили", "сообщает")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Министр принял посла, сообщила пресс-служба МИД Чили.\n\nВторой абзац.",
            ("пресс-служба МИД Чили", "сообщила"),
        ),
        (
            "Первый абзац.\n\nПереговоры пройдут в мае, сообщило министерство финансов Перу.",
            ("министерство финансов Перу", "сообщило"),
        ),
    ],
)
def test_a_body_that_reported_in_the_past_is_a_source(text: str, expected: tuple[str, str]) -> None:
    a = parse(text)
    assert a.outlet is None
    assert [(s.name, s.cue) for s in a.info_sources] == [expected]


def test_a_lead_noun_without_a_name_after_it_is_no_source() -> None:
    a = parse("Первый абзац.\n\nОб этом сообщает пресс-служба ведомства.")
    assert a.info_sources == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Первый абзац.\n\nОб отставке министра сообщает пресс-служба главы государства.",
            ("пресс-служба главы государства", "сообщает"),
        ),
        (
            "Первый абзац.\n\nСаммит перенесли на осень, сообщила пресс-служба президента.",
            ("пресс-служба президента", "сообщила"),
        ),
        (
            "Первый абзац.\n\nКак передает пресс-служба премьер-министра, визит отложен.",
            ("пресс-служба премьер-министра", "передает"),
        ),
        (
            "Первый абзац.\n\nОб этом сообщает пресс-служба председателя правительства.",
            ("пресс-служба председателя правительства", "сообщает"),
        ),
    ],
)
def test_a_press_service_named_by_its_office_is_a_source(text: str, expected: tuple[str, str]) -> None:
    a = parse(text)
    assert a.outlet is None
    assert [(s.name, s.cue) for s in a.info_sources] == [expected]


def test_an_office_that_goes_on_in_lower_case_gives_no_cut_name() -> None:
    for owner in ("правительства области", "президента в понедельник"):
        a = parse(f"Первый абзац.\n\nВизит отложен, сообщила пресс-служба {owner}.")
        assert a.info_sources == (), owner


def test_a_relative_clause_after_the_speaker_is_not_speech() -> None:
    a = parse(
        "Первый абзац.\n\nПо словам премьера Влада Филата, которого цитирует «Интерфакс», запрет вреден."
    )
    assert [(q.speaker_text, q.text) for q in a.quotes] == [("премьера Влада Филата", "запрет вреден")]
    assert [s.name for s in a.info_sources] == ["Интерфакс"]


def test_a_person_speaking_is_not_a_source() -> None:
    a = parse("Первый абзац о визите.\n\nВизит пройдет в ноябре, сообщил Песков.")
    assert a.info_sources == ()
    assert [q.speaker_text for q in a.quotes] == ["Песков"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("пресс-службы Министерства иностранных дел", "пресс-служба Министерства иностранных дел"),
        ("пресс-службу Кремля", "пресс-служба Кремля"),
        ("российского МИД", "российский МИД"),
        ("казахстанской стороны", "казахстанская сторона"),
        ("дипломатических источников", "дипломатические источники"),
        ("МИД России", "МИД России"),
        ("Reuters", "Reuters"),
    ],
)
def test_nominative_of_a_source_name(name: str, expected: str) -> None:
    assert nominative(name) == expected


def test_an_english_body_that_said_and_the_body_a_figure_is_according_to() -> None:
    article = parse(
        "Rahmon will visit Baku in May, the Tajik Foreign Ministry said Tuesday.\n\n"
        "The forum was put off, the Azerbaijani presidential press service said in a statement.\n\n"
        "Exports grew by a fifth, according to Tajikistan's Agency on Statistics.\n\n"
        "Rahmon praised the talks, according to a readout released by his office."
    )
    assert [s.name for s in article.info_sources] == [
        "Tajik Foreign Ministry",
        "Azerbaijani presidential press service",
        "Agency on Statistics",
    ]


def test_an_english_body_that_said_inside_a_paragraph_and_a_press_service_of_an_office() -> None:
    article = parse(
        "Rahmon will visit Baku in May, the Tajik Foreign Ministry said. The date is not yet set.\n\n"
        "The commission last met in June, the press service of the President reported.\n\n"
        "The talks were frank, the press service of the President of Tajikistan said. It was long.\n\n"
        "The talks were frank, the Foreign Minister of Tajikistan said."
    )
    assert [s.name for s in article.info_sources] == [
        "Tajik Foreign Ministry",
        "press service of the President",
        "press service of the President of Tajikistan",
    ]


def test_the_articles_own_outlet_is_no_info_source() -> None:
    # a daily's own sign for itself: its own reporting
    daily = parse("Министры встретятся в мае.\n\nПо данным “Ъ”, встреча пройдет в Минске.")
    assert daily.info_sources == ()
    # the agency of the dateline, named in full in its own story
    wire = parse(
        "ALMATY, Kazakhstan (AP) — The talks ended on Monday.\n\n"
        "A spokesman told The Associated Press that the ministers would meet again, "
        "according to the Foreign Ministry."
    )
    assert wire.outlet is not None
    assert wire.outlet.name == "AP"
    assert [s.name for s in wire.info_sources] == ["Foreign Ministry"]
    # another outlet's data stays a source
    other = parse("Министры встретятся в мае.\n\nПо данным ТАСС, встреча пройдет в Минске.")
    assert [s.name for s in other.info_sources] == ["ТАСС"]


def test_a_press_service_named_by_an_office_in_lower_case_or_of_two_words() -> None:
    article = parse(
        "Министры подписали соглашение, сообщает пресс-служба министерства.\n\n"
        "Лидеры обсудили торговлю, сообщает пресс-служба киргизского лидера.\n\n"
        "Делегации провели заседание, сообщает пресс-служба Кабинета министров.\n\n"
        "Стороны обсудили транзит, сообщает пресс-служба Президента Узбекистана."
    )
    assert [s.name for s in article.info_sources] == [
        "пресс-служба министерства",
        "пресс-служба киргизского лидера",
        "пресс-служба Кабинета министров",
        "пресс-служба Президента Узбекистана",
    ]


def test_an_english_body_by_its_seat_acronym_or_palace_and_an_agency_after_its_noun() -> None:
    article = parse(
        "The minister will visit Almaty next week, the Turkish Embassy in Kazakhstan said.\n\n"
        "The talks on accession will resume in May, the WTO said.\n\n"
        "The two leaders spoke by phone on Monday, the Elysee said in a statement.\n\n"
        "The visit was cut short, Turkish state news agency Anadolu reported.\n\n"
        "The plan was approved, Ivan Petrov said.\n\n"
        "The sanctions will stay, the US said."
    )
    assert [s.name for s in article.info_sources] == ["Turkish Embassy", "WTO", "Elysee", "Anadolu"]


def test_as_a_press_service_said_is_its_quote_not_a_source() -> None:
    said = parse("Лидеры поговорили.\n\nКак сообщила пресс-служба Кремля, разговор был долгим.")
    assert said.info_sources == ()
    assert [q.speaker_text for q in said.quotes] == ["пресс-служба Кремля"]
    reports = parse("Лидеры поговорили.\n\nКак сообщает пресс-служба Кремля, разговор был долгим.")
    assert [s.name for s in reports.info_sources] == ["пресс-служба Кремля"]


def test_as_a_body_had_reported_is_a_source_not_its_quote() -> None:
    earlier = parse("Лидеры поговорили.\n\nКак сообщала пресс-служба Акорды, разговор был долгим.")
    assert [s.name for s in earlier.info_sources] == ["пресс-служба Акорды"]
    assert earlier.quotes == ()
    agency = parse("Министры встретились.\n\nКак сообщало агентство «Кабар», встреча была долгой.")
    assert [s.name for s in agency.info_sources] == ["Кабар"]
    assert agency.quotes == ()


def test_an_agency_that_reported_is_named_without_its_article() -> None:
    article = parse_article(
        "HANOI - The two ministers met in Hanoi.\n\n"
        "Later the ministers signed a plan, the Lao News Agency reported."
    )
    assert [s.name for s in article.info_sources] == ["Lao News Agency"]
