"""Quotes a body speaks (a press service, a ministry, an embassy, a statement); headline quotes and pairs."""

from __future__ import annotations

import pytest
from tests.markers import needs_ru

from eventkit import Article, parse_article
from eventkit.text._words import names_body_first

__all__: list[str] = []

BODY = """ date 2025-11-12 Президенты обсудили сотрудничество

МОСКВА, 12 ноября. /ТАСС/. Президент России Владимир Путин провел переговоры с президентом
Казахстана Касым-Жомартом Токаевым в Кремле.

Пресс-служба Кремля сообщила: «Стороны обсудили торгово-экономическое сотрудничество».

Как говорится в заявлении МИД России, «визит стал важным шагом в развитии отношений».

«Мы высоко ценим вклад Казахстана», — говорится в заявлении посольства России в Астане.

«Переговоры прошли в дружественной атмосфере», — сообщили в пресс-службе Токаева.

Как сообщила пресс-служба президента Казахстана Касым-Жомарта Токаева, «лидеры договорились
продолжить диалог».

В министерстве иностранных дел Казахстана заявили: «Мы готовы к сотрудничеству».

«Это исторический день», — сказал Токаев.
"""


@pytest.fixture(scope="module")
def bodies() -> Article:
    return parse_article(BODY)


def _quote(article: Article, start: str) -> tuple[str | None, str | None]:
    quote = next(q for q in article.quotes if q.text.lstrip("«").startswith(start))
    name = {p.id: p.name for p in article.persons}.get(quote.speaker or "")
    return name, quote.speaker_text


@needs_ru
@pytest.mark.parametrize(
    ("start", "written"),
    [
        ("Стороны обсудили", "Пресс-служба Кремля"),
        ("визит стал", "в заявлении МИД России"),
        ("Мы высоко ценим", "заявлении посольства России в Астане"),
        ("Переговоры прошли", "пресс-службе Токаева"),
        ("лидеры договорились", "пресс-служба президента Казахстана Касым-Жомарта Токаева"),
        ("Мы готовы", "министерстве иностранных дел Казахстана"),
    ],
)
def test_a_body_speaking_keeps_its_quote_unresolved_with_the_speaker_as_written(
    bodies: Article, start: str, written: str
) -> None:
    assert _quote(bodies, start) == (None, written)


@needs_ru
def test_a_person_speaking_next_to_them_is_still_resolved(bodies: Article) -> None:
    assert _quote(bodies, "Это исторический день") == ("Касым-Жомарт Токаев", "Токаев")


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("пресс-служба президента Токаева", True),
        ("в заявлении МИД России", True),
        ("российское посольство", True),
        ("Пресс-служба Кремля", True),
        ("the ministry", True),
        ("пресс-секретарь Кремля Дмитрий Песков", False),
        ("глава МИД России Сергей Лавров", False),
        ("Токаев", False),
    ],
)
def test_names_body_first(name: str, body: bool) -> None:
    assert names_body_first(name) is body


@needs_ru
def test_a_headline_name_and_colon_is_that_persons_quote() -> None:
    a = parse_article(
        " date 2025-11-12 Токаев: Казахстан готов к диалогу с Россией\n\n"
        "АСТАНА, 12 ноя — РИА Новости. Президент Казахстана Касым-Жомарт Токаев заявил о диалоге.\n"
    )
    assert [
        (q.text, _quote(a, q.text)[0]) for q in a.quotes if a.headline and q.span.end <= a.headline.span.end
    ] == [("Казахстан готов к диалогу с Россией", "Касым-Жомарт Токаев")]


@needs_ru
def test_a_headline_with_a_place_and_colon_is_no_quote() -> None:
    a = parse_article(
        " date 2025-11-12 Казахстан: итоги переговоров в Астане подведены\n\n"
        "Президент Казахстана Касым-Жомарт Токаев провел переговоры.\n"
    )
    assert a.quotes == ()


@needs_ru
@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Токаев Путину: отношения выходят на новый уровень", "Касым-Жомарт Токаев"),
        ("Путин Токаеву: Казахстан — наш надежный союзник", "Владимир Путин"),
    ],
)
def test_a_headline_pair_is_two_persons_and_the_first_speaks(headline: str, speaker: str) -> None:
    a = parse_article(
        f" date 2025-11-12 {headline}\n\n"
        "Президент России Владимир Путин провел переговоры с Касым-Жомартом Токаевым.\n"
    )
    assert sorted(p.name for p in a.persons) == ["Владимир Путин", "Касым-Жомарт Токаев"]
    assert [_quote(a, q.text)[0] for q in a.quotes] == [speaker]


@needs_ru
def test_a_name_with_its_given_name_stays_one_person() -> None:
    a = parse_article(" date 2025-11-12 Визит\n\nВ Москву прибыл Токаев Касым-Жомарт, сообщили в Кремле.\n")
    assert len(a.persons) == 1  # a given name agrees in case: no pair to part
