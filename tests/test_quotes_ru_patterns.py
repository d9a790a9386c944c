"""Russian quotes as news writes them: each pattern in a short text of our own, read whole.

Every case checks the quote's start, its kind, its cue and the person its speaker resolves to
(``None`` when the speaker is no person), as ``python -m eventkit.evaluate`` scores them.
"""

from __future__ import annotations

import pytest
from tests.markers import needs_ru

from eventkit import Article, parse_article

__all__: list[str] = []

TEXTS = {
    "continued": """ date 2026-03-02 Эстония и Монголия обсудили торговлю

Министр иностранных дел Эстонии Пеэтер Тамм провел переговоры в Улан-Баторе.

«Мы готовы расширять поставки оборудования», — заявил Пеэтер Тамм.

«Но многое зависит от того, как быстро наши партнеры согласуют новые тарифы».
""",
    "that": """ date 2026-03-02 Посол Дании побывала в Алматы

Посол Дании Карен Ольсен отметила, что новые рейсы свяжут Копенгаген и Алматы уже весной.
""",
    "headline": """ date 2026-03-02 Ольсен: Дания откроет консульство в Алматы

Посол Дании Карен Ольсен встретилась с акимом города.
""",
    "addressee": """ date 2026-03-02 Форум энергетиков открылся в Улан-Баторе

Министр энергетики Монголии Батбаяр Ганзориг открыл форум.

«Рынок растет быстрее, чем мы ожидали», — заявил в беседе с журналистами в кулуарах форума министр энергетики Монголии.
""",
    "role": """ date 2026-03-02 Чили и Перу обсудили налоги

Министр финансов Чили Хорхе Мендес принял в Сантьяго делегацию Перу во главе с вице-министром Луисом Паредесом.

«Мы договорились о единых правилах для двух бирж», — сказал чилийский министр.
""",
    "pronouns": """ date 2026-03-02 Премьер Норвегии посетила Осло

Премьер-министр Норвегии Марта Лунд встретилась с фермерами.

«Субсидии сохранятся в прежнем объеме», — добавила она. По ее словам, новая программа начнет работать летом.
""",
    "po_slovam": """ date 2026-03-02 Дорогу откроют к зиме

По словам губернатора Ивана Серова, дорогу через перевал откроют к зиме.
""",
    "kak": """ date 2026-03-02 Мост отремонтируют

Как сообщил в интервью местному телеканалу заместитель мэра Олег Ветров, ремонт моста завершится в мае.
""",
    "confidence": """ date 2026-03-02 Норвегия ждет соглашения

Премьер-министр Норвегии Ингрид Лунд выразила уверенность, что соглашение о рыболовстве подпишут до конца года.
""",
    "two_cues": """ date 2026-03-02 Министр встретился с послом

Посол Чили Мигель Рохас заверил, что консульство откроется в апреле, и напомнил, что в стране живут пять тысяч его соотечественников.
""",
    "named": """ date 2026-03-02 Переговоры в Сантьяго

Хорхе Мендес провел переговоры с коллегой из Перу. Он назвал их «важным шагом к новому торговому соглашению двух стран».
""",
    "side": """ date 2026-03-02 Переговоры в Таллине

Эстонская сторона подчеркнула, что готова продлить программу обмена студентами.
""",
    "head_of_ministry": """ date 2026-03-02 Рохас прибыла в Лиму

Глава МИД Чили Ана Рохас прибыла в Лиму с рабочим визитом. По словам чилийского министра, стороны обсудят рыболовство.

Министр иностранных дел Перу Луис Паредес встретил гостью в аэропорту. Как подчеркнул глава перуанского МИД, визит продлится три дня.
""",
    "expert": """ date 2026-03-02 Эксперты о торговле

«Торговля между странами растет третий год подряд», — считает политолог Марк Левин.

«Но без новых маршрутов рост скоро остановится», — добавил эксперт.
""",
}

CASES = [
    ("continued", "Но многое зависит", "direct", None, "Пеэтер Тамм"),
    ("that", "новые рейсы свяжут", "indirect", "отметила", "Карен Ольсен"),
    ("headline", "Дания откроет консульство", "indirect", None, "Карен Ольсен"),
    ("addressee", "Рынок растет", "direct", "заявил", "Батбаяр Ганзориг"),
    ("role", "Мы договорились", "direct", "сказал", "Хорхе Мендес"),
    ("pronouns", "Субсидии сохранятся", "direct", "добавила", "Марта Лунд"),
    ("pronouns", "новая программа начнет", "indirect", "По ее словам", "Марта Лунд"),
    ("po_slovam", "дорогу через перевал", "indirect", "По словам", "Иван Серов"),
    ("kak", "ремонт моста завершится", "indirect", "сообщил", "Олег Ветров"),
    ("confidence", "соглашение о рыболовстве", "indirect", "выразила уверенность", "Ингрид Лунд"),
    ("two_cues", "консульство откроется в апреле", "indirect", "заверил", "Мигель Рохас"),
    ("two_cues", "в стране живут", "indirect", "напомнил", "Мигель Рохас"),
    ("named", "их «важным шагом", "mixed", "назвал", "Хорхе Мендес"),
    ("side", "готова продлить", "indirect", "подчеркнула", None),
    ("head_of_ministry", "стороны обсудят", "indirect", "По словам", "Ана Рохас"),
    ("head_of_ministry", "визит продлится", "indirect", "подчеркнул", "Луис Паредес"),
    ("expert", "Но без новых маршрутов", "direct", "добавил", "Марк Левин"),
]


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return {name: parse_article(text) for name, text in TEXTS.items()}


@needs_ru
@pytest.mark.parametrize(("text", "start", "kind", "cue", "speaker"), CASES)
def test_a_quote_is_found_with_its_kind_cue_and_speaker(
    articles: dict[str, Article], text: str, start: str, kind: str, cue: str | None, speaker: str | None
) -> None:
    article = articles[text]
    found = [q for q in article.quotes if q.text.lstrip("«").startswith(start)]
    assert len(found) == 1, [q.text for q in article.quotes]
    quote = found[0]
    names = {p.id: p.name for p in article.persons}
    assert (quote.kind.value, quote.cue, names.get(quote.speaker or "")) == (kind, cue, speaker)


@needs_ru
def test_two_speech_verbs_of_one_subject_make_two_quotes(articles: dict[str, Article]) -> None:
    first = next(q for q in articles["two_cues"].quotes if q.cue == "заверил")
    assert first.text == "консульство откроется в апреле"


@needs_ru
def test_a_side_speaking_keeps_its_quote_with_the_speaker_as_written(articles: dict[str, Article]) -> None:
    (quote,) = articles["side"].quotes
    assert quote.speaker is None
    assert quote.speaker_text == "Эстонская сторона"
