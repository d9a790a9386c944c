"""Russian persons' and bodies' names written twice: an original-script name or an acronym in
parentheses after the name (``Майкл Мэйсон (Michael Mason)``, ``комитета (МОК)``), and a
body's name inside its longer name with a country (``МВД`` in ``МВД Киргизии``)."""

from __future__ import annotations

import pytest
from markers import needs_ru
from recognize import recognize_ru as _recognize

from eventkit.entities import Entities
from eventkit.entities.ru import _originals
from eventkit.entities.ru._recognizer import _NUMERAL_DOT
from eventkit.model import Organization, Person


def _person(found: Entities, name: str) -> Person:
    by_name = {p.name: p for p in found.persons}
    assert name in by_name, [p.name for p in found.persons]
    return by_name[name]


def _org(found: Entities, name: str) -> Organization:
    by_name = {o.name: o for o in found.organizations}
    assert name in by_name, [o.name for o in found.organizations]
    return by_name[name]


# ---------------------------------------------------------------------- the split itself (no models)


def _split(text: str, *names: str, kind: str = "PER") -> tuple[list[str], dict[str, str]]:
    spans = [(text.index(n), text.index(n) + len(n), kind) for n in names]
    out, originals = _originals.split(text, spans)
    ends = {e: text[s:e] for s, e, _ in out}
    return [text[s:e] for s, e, _ in out], {text[s:e]: ends[end] for (s, e), end in originals.items()}


def test_a_glued_original_name_is_cut_off_and_kept_apart() -> None:
    text = "Совет возглавил Алан Прайс (Alan Price), бывший банкир."
    names, originals = _split(text, "Алан Прайс (Alan Price)")
    assert names == ["Алан Прайс", "Alan Price"]
    assert originals == {"Alan Price": "Алан Прайс"}


def test_an_original_name_the_tagger_left_out_is_added() -> None:
    text = "Совет возглавил Алан Прайс (Alan Price), бывший банкир."
    names, originals = _split(text, "Алан Прайс")
    assert names == ["Алан Прайс", "Alan Price"]
    assert originals == {"Alan Price": "Алан Прайс"}


@pytest.mark.parametrize("inner", ["США", "2003", "Германия", "настоящая фамилия Петров", "CEO"])
def test_other_words_in_parentheses_after_a_person_are_no_name_of_theirs(inner: str) -> None:
    text = f"В жюри вошёл Алан Прайс ({inner}), бывший банкир."
    names, originals = _split(text, f"Алан Прайс ({inner})")
    assert names == ["Алан Прайс"]
    assert originals == {}


@pytest.mark.parametrize("inner", ["ЕАБР", "ФТС РФ", "S&P", "МИСиС", "Arctic Shipping Company"])
def test_a_body_keeps_its_acronym_or_original_apart(inner: str) -> None:
    text = f"Кредит выдал Северный торговый банк ({inner}) в прошлом году."
    names, originals = _split(text, f"Северный торговый банк ({inner})", kind="ORG")
    assert names == ["Северный торговый банк", inner]
    assert originals == {inner: "Северный торговый банк"}


@pytest.mark.parametrize("quote", ["«»", '""', "„“"])
def test_a_quoted_body_keeps_its_original_after_the_closing_mark(quote: str) -> None:
    text = f"Завод купила компания {quote[0]}Северный ветер{quote[1]} (North Wind) в мае."
    names, originals = _split(text, "Северный ветер", kind="ORG")
    assert names == ["Северный ветер", "North Wind"]
    assert originals == {"North Wind": "Северный ветер"}


def test_a_closing_mark_that_no_opening_mark_before_the_name_pairs_is_no_end_of_it() -> None:
    text = "Об этом пишет Вестник» (North Wind) в мае."
    names, originals = _split(text, "Вестник", kind="ORG")
    assert names == ["Вестник"]
    assert originals == {}


@pytest.mark.parametrize("inner", ["Центробанк", "Форин-офис", "Эксперт РА"])
def test_a_body_keeps_its_other_russian_name_apart(inner: str) -> None:
    text = f"Решение принял Северный торговый банк ({inner}) в прошлом году."
    names, originals = _split(text, "Северный торговый банк", kind="ORG")
    assert names == ["Северный торговый банк", inner]
    assert originals == {inner: "Северный торговый банк"}


@pytest.mark.parametrize("inner", ["бывший Госбанк", "Банк номер два", "Налоговая служба", "1992"])
def test_other_russian_words_after_a_body_are_no_name_of_it(inner: str) -> None:
    text = f"Решение принял Северный торговый банк ({inner}) в прошлом году."
    names, originals = _split(text, "Северный торговый банк", kind="ORG")
    assert names == ["Северный торговый банк"]
    assert originals == {}


def test_a_place_in_parentheses_keeps_the_type_the_tagger_gave_it() -> None:
    text = "Кредит выдал Северный торговый банк (Норвегия) в прошлом году."
    spans = [(13, 35, "ORG"), (37, 45, "LOC")]
    out, originals = _originals.split(text, spans)
    assert out == spans
    assert originals == {}


def test_an_acronym_after_the_place_that_ends_a_body_is_the_body_s() -> None:
    text = "Жалобу рассмотрел Верховный суд Эстонии (ВСЭ) в среду."
    names = [(18, 31, "ORG"), (32, 39, "LOC")]
    out, originals = _originals.split(text, names)
    assert [(text[s:e], t) for s, e, t in out] == [
        ("Верховный суд", "ORG"),
        ("Эстонии", "LOC"),
        ("ВСЭ", "ORG"),
    ]
    assert originals == {(41, 44): 39}


def test_a_place_glued_to_its_region_in_parentheses_ends_before_it() -> None:
    text = "Он родился в Сан-Диего (штат Калифорния) в 1970 году."
    out, originals = _originals.split(text, [(13, 40, "LOC")])
    assert [text[s:e] for s, e, _ in out] == ["Сан-Диего"]
    assert originals == {}


# ---------------------------------------------------------------------- the recognizer


@needs_ru
def test_a_person_with_the_original_name_has_both_mentions_and_the_alias() -> None:
    text = (
        "Совет директоров компании возглавил Алан Прайс (Alan Price), бывший банкир. "
        "Прайс пообещал сократить расходы."
    )
    person = _person(_recognize(text), "Алан Прайс")
    assert [m.text for m in person.mentions] == ["Алан Прайс", "Alan Price", "Прайс"]
    assert person.aliases == ("Alan Price",)


@needs_ru
def test_a_body_with_its_acronym_is_one_body_wherever_the_acronym_stands() -> None:
    text = (
        "Заявление опубликовал Международный олимпийский комитет (МОК). Решение МОК вступит в силу в марте."
    )
    body = _org(_recognize(text), "Международный олимпийский комитет")
    assert [m.text for m in body.mentions] == ["Международный олимпийский комитет", "МОК", "МОК"]
    assert "МОК" in body.aliases
    assert "МОК" not in {o.name for o in _recognize(text).organizations}


@needs_ru
def test_a_body_with_its_country_is_also_named_without_it() -> None:
    text = "Сотрудники МВД Киргизии задержали двух подозреваемых в Оше."
    body = _org(_recognize(text), "МВД Киргизии")
    assert sorted(m.text for m in body.mentions) == ["МВД", "МВД Киргизии"]


@needs_ru
@pytest.mark.parametrize(
    ("text", "name", "inner"),
    [
        ("Резолюцию о помощи фермерам одобрил Сенат США во вторник.", "Сенат США", "Сенат"),
        ("В МВД по Башкирии сообщили о задержании двух человек.", "МВД по Башкирии", "МВД"),
    ],
)
def test_a_body_goes_on_with_its_country_or_the_place_it_serves(text: str, name: str, inner: str) -> None:
    body = _org(_recognize(text), name)
    assert sorted(m.text for m in body.mentions) == sorted([name, inner])


@needs_ru
def test_a_body_named_after_a_person_keeps_the_person_in_its_name() -> None:
    text = "Премьера прошла на сцене Большого драматического театра им. Товстоногова в мае."
    found = _recognize(text)
    body = _org(found, "Большой драматический театр им. Товстоногова")
    assert [m.text for m in body.mentions] == ["Большого драматического театра им. Товстоногова"]


@needs_ru
def test_an_award_is_no_body() -> None:
    found = _recognize("Сериал получил премию Эмми за лучший сценарий.")
    assert "Эмми" not in {o.name for o in found.organizations}


@needs_ru
def test_a_body_word_alone_at_a_sentence_start_is_a_body() -> None:
    text = "Вчера в центре города ограбили банк. Полиция Малайзии задержала двух подозреваемых."
    body = _org(_recognize(text), "Полиция Малайзии")
    assert sorted(m.text for m in body.mentions) == ["Полиция", "Полиция Малайзии"]


@needs_ru
def test_a_body_word_inside_a_sentence_is_no_name() -> None:
    found = _recognize("Вчера в центре города ограбили банк, и полиция задержала двух подозреваемых.")
    assert found.organizations == ()


@needs_ru
def test_the_body_a_longer_body_belongs_to_is_named_when_it_stands_alone_too() -> None:
    inside = _recognize("Резолюцию о перемирии принял Совет Безопасности ООН в пятницу.")
    ((council, mentions),) = [(o.name, [m.text for m in o.mentions]) for o in inside.organizations]
    assert (council, mentions) == ("Совет Безопасности ООН", ["Совет Безопасности ООН", "ООН"])
    alone = _recognize("Резолюцию принял Совет Безопасности ООН. Генсек ООН её одобрил.")
    assert {o.name for o in alone.organizations} == {"Совет Безопасности ООН", "ООН"}


def test_a_name_the_tagger_found_inside_the_parentheses_is_left_alone() -> None:
    text = "Совет возглавил Алан Прайс (Alan Price), бывший банкир."
    out, originals = _originals.split(text, [(16, 32, "PER"), (33, 38, "PER")])
    assert [text[s:e] for s, e, _ in out] == ["Алан Прайс", "Price"]
    assert originals == {}


@pytest.mark.parametrize(
    ("name", "stop"),
    [("Харальд V.", True), ("Роберт Лоуренс Jr.", True), ("Карл XVI", False), ("Путин В.", False)],
)
def test_the_stop_after_a_regnal_numeral_is_the_sentence_s(name: str, stop: bool) -> None:
    assert (_NUMERAL_DOT.search(name) is not None) is stop


def test_a_word_after_initials_is_the_family_name_of_the_person_named_in_full() -> None:
    found = _recognize(
        "Министр транспорта Тимур Рустамов прибыл в Казань. В тот же день Т.Рустамов и мэр города "
        "провели встречу."
    )
    person = _person(found, "Тимур Рустамов")
    assert [m.text for m in person.mentions] == ["Тимур Рустамов", "Т.Рустамов"]
    assert [p.name for p in found.persons] == ["Тимур Рустамов"]
