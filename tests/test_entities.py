"""The Russian recognizer on texts: base forms, venues with kinds, roles, coreference."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markers import needs_ru
from recognize import recognize_ru as _recognize

from eventkit.entities import Entities, MissingExtraError, get_recognizer, ru_available
from eventkit.errors import EventkitError
from eventkit.model import Span, VenueKind

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"
SEED = CORPUS / "seed" / "zakon-kz-2025-11-11-friendship-square"


# Our own article, written for these tests.
TEXT = (
    "Министр иностранных дел России Сергей Лавров провел переговоры с главой МИД Казахстана "
    "Ермеком Кошербаевым в особняке МИД на Спиридоновке. Встреча прошла накануне визита "
    "президента Казахстана Касым-Жомарта Токаева в Москву.\n\n"
    "По словам С.В.Лаврова, стороны обсудили подготовку саммита в Астане. Позднее Лавров "
    "встретился с министром культуры Казахстана Аидой Балаевой в Константиновском дворце. "
    'Помощник президента Юрий Ушаков сообщил, что Токаев посетит станцию "Алма-Атинская" '
    "в Южном административном округе Москвы. Дело Асии Биби обсуждали в Совете Федерации."
)


@pytest.fixture(scope="module")
def found() -> Entities:
    if not ru_available():
        pytest.skip("the eventkit-news[ru] extra is not installed")
    return _recognize(TEXT)


def _person(entities: Entities, name: str):  # type: ignore[no-untyped-def]
    matches = [p for p in entities.persons if p.name == name]
    assert matches, f"{name!r} not among {[p.name for p in entities.persons]}"
    return matches[0]


def test_import_does_not_load_the_nlp_stack() -> None:
    code = (
        "import sys, eventkit, eventkit.entities; "
        "heavy = ('natasha', 'pymorphy2', 'slovnet', 'navec', 'numpy'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


@needs_ru
def test_pymorphy2_works_on_this_python_without_natasha_imported() -> None:
    code = (
        "import sys; from eventkit.entities.ru._morph import Morph; m = Morph(); "
        "print(m.parse('Астане')[0].normal_form, 'yargy' in sys.modules, 'natasha' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["астана", "False", "False"]


def test_unknown_language_has_no_recognizer() -> None:
    assert get_recognizer("xx") is None
    with pytest.raises(MissingExtraError, match="xx"):
        get_recognizer("xx", required=True)


def test_missing_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventkit.entities.ru import _extra

    monkeypatch.setattr(_extra, "available", lambda: False)
    assert get_recognizer("ru") is None
    with pytest.raises(MissingExtraError, match=r"eventkit-news\[ru\]") as info:
        get_recognizer("ru-RU", required=True)
    assert isinstance(info.value, EventkitError)
    assert isinstance(info.value, ImportError)


@needs_ru
def test_one_recognizer_per_process() -> None:
    assert get_recognizer("ru") is get_recognizer("ru-RU")


@needs_ru
def test_person_base_forms(found: Entities) -> None:
    names = {p.name for p in found.persons}
    assert {"Касым-Жомарт Токаев", "Аида Балаева", "Асия Биби", "Сергей Лавров", "Ермек Кошербаев"} <= names
    tokayev = _person(found, "Касым-Жомарт Токаев")
    assert (tokayev.given_name, tokayev.family_name) == ("Касым-Жомарт", "Токаев")


@needs_ru
def test_one_person_many_mentions(found: Entities) -> None:
    lavrov = _person(found, "Сергей Лавров")
    assert [m.text for m in lavrov.mentions] == ["Сергей Лавров", "С.В.Лаврова", "Лавров"]
    for m in lavrov.mentions:
        assert TEXT[m.span.start : m.span.end] == m.text
    tokayev = _person(found, "Касым-Жомарт Токаев")
    assert [m.text for m in tokayev.mentions][-1] == "Токаев"
    assert len([p for p in found.persons if "Лавров" in p.name]) == 1


@needs_ru
def test_roles_from_apposition(found: Entities) -> None:
    orgs = {o.id: o.name for o in found.organizations}
    lavrov = _person(found, "Сергей Лавров")
    assert [(r.title, r.country) for r in lavrov.roles] == [("министр иностранных дел России", "RU")]
    koshe = _person(found, "Ермек Кошербаев")
    assert koshe.roles[0].title == "глава МИД Казахстана"
    assert orgs[koshe.roles[0].organization or ""] == "МИД Казахстана"
    assert _person(found, "Юрий Ушаков").roles[0].title == "помощник президента"
    assert _person(found, "Аида Балаева").roles[0].title == "министр культуры Казахстана"
    assert _person(found, "Касым-Жомарт Токаев").roles[0].title == "президент Казахстана"


@needs_ru
def test_venues_whole_with_kinds(found: Entities) -> None:
    venues = {v.name: v for v in found.venues}
    expected = {
        "особняк МИД на Спиридоновке": VenueKind.BUILDING,
        "Константиновский дворец": VenueKind.BUILDING,
        "Алма-Атинская": VenueKind.STATION,
        "Южный административный округ": VenueKind.DISTRICT,
        "Москва": VenueKind.CITY,
        "Астана": VenueKind.CITY,
        "Казахстан": VenueKind.COUNTRY,
        "Россия": VenueKind.COUNTRY,
    }
    for name, kind in expected.items():
        assert name in venues, f"{name!r} not among {sorted(venues)}"
        assert venues[name].kind is kind
    assert venues["Астана"].country == "KZ"
    district = venues["Южный административный округ"]
    assert district.parent == venues["Москва"].id
    assert district.country == "RU"


@needs_ru
def test_ids_in_order_of_first_mention(found: Entities) -> None:
    for prefix, things in (("p", found.persons), ("o", found.organizations), ("v", found.venues)):
        assert [t.id for t in things] == [f"{prefix}{i}" for i in range(1, len(things) + 1)]
        firsts = [min(m.span.start for m in t.mentions) for t in things]
        assert firsts == sorted(firsts)


@needs_ru
def test_country_names_are_one_venue() -> None:
    text = (
        "Россия и Казахстан подписали договор. "
        "Президент РФ отметил, что Российская Федерация готова помогать."
    )
    found = _recognize(text)
    russia = [v for v in found.venues if v.country == "RU" and v.kind is VenueKind.COUNTRY]
    assert len(russia) == 1
    assert russia[0].name == "Россия"
    assert {m.text for m in russia[0].mentions} >= {"Россия", "РФ"}


@needs_ru
def test_only_inside_blocks() -> None:
    text = "Сергей Лавров прибыл в Минск.\n\nФото: Андрей Петров"
    recognizer = get_recognizer("ru", required=True)
    assert recognizer is not None
    found = recognizer.recognize(text, [Span(start=0, end=29)])
    assert [p.name for p in found.persons] == ["Сергей Лавров"]
    assert [v.name for v in found.venues] == ["Минск"]


@needs_ru
def test_seed_article_answer_key() -> None:
    if not SEED.with_suffix(".txt").exists():
        pytest.skip("the shared corpus is not beside the repository")
    text = SEED.with_suffix(".txt").read_text(encoding="utf-8")
    gold = json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8"))
    blocks = [
        Span(start=m.start(), end=m.end())
        for m in re.finditer(r"[^\n]+", text)
        if not m.group().startswith("Фото:")
    ]
    header = re.match(r" date \d{4}-\d{2}-\d{2} ", text)
    assert header is not None
    blocks[0] = Span(start=header.end(), end=blocks[0].end)
    recognizer = get_recognizer("ru", required=True)
    assert recognizer is not None
    found = recognizer.recognize(text, blocks)
    persons = {p.name: p for p in found.persons}
    for person in gold["persons"]:
        assert person["name"] in persons
        assert [r.title for r in persons[person["name"]].roles] == person["roles"]
    venues = {(v.name, v.kind.value) for v in found.venues}
    assert {(v["name"], v["kind"]) for v in gold["venues"]} <= venues
    assert set(gold["organizations"]) <= {o.name for o in found.organizations}


@needs_ru
@settings(max_examples=25)
@given(
    st.text(alphabet='абвгдеёжзийклмнопрстуфхцчшщыьэюяАБВГДЕКЛМНОПРСТ .,-—"«»()\n0123456789', max_size=300)
)
def test_recognize_never_raises_on_any_text(text: str) -> None:
    found = _recognize(text)
    for thing in (*found.persons, *found.organizations, *found.venues):
        assert thing.name.strip()
        for m in thing.mentions:
            assert text[m.span.start : m.span.end] == m.text


@needs_ru
def test_many_on_all_cores_in_input_order() -> None:
    from eventkit.entities import recognize_many

    texts = [
        "Сергей Лавров прибыл в Минск.",
        "Президент Казахстана Касым-Жомарт Токаев открыл форум в Астане.",
        "В Москве прошли переговоры с делегацией Белоруссии.",
    ]
    items = [(t, [Span(start=0, end=len(t))]) for t in texts]
    one_by_one = [_recognize(t) for t in texts]
    assert recognize_many(items, processes=2, chunk_size=1) == one_by_one
    assert recognize_many(items, processes=1) == one_by_one
    assert recognize_many([]) == []


@needs_ru
def test_parse_many_matches_parse_article() -> None:
    import eventkit
    from eventkit import parse_many

    texts = [" date 2025-11-11 Сергей Лавров прибыл в Минск.", " date 2025-11-12 Токаев посетил Москву."]
    assert parse_many(texts, processes=2, chunk_size=1) == [eventkit.parse_article(t) for t in texts]


@needs_ru
def test_one_body_however_its_country_is_written() -> None:
    text = (
        "Глава МИД РФ Сергей Лавров встретился с послом Индии. "
        "Официальный представитель МИД России Мария Захарова рассказала об итогах встречи."
    )
    found = _recognize(text)
    mids = [o for o in found.organizations if o.name.startswith("МИД")]
    assert [(o.name, o.country, o.aliases) for o in mids] == [("МИД России", "RU", ("МИД РФ",))]
    zakharova = _person(found, "Мария Захарова")
    assert zakharova.roles[0].title == "официальный представитель МИД России"
    assert zakharova.roles[0].organization == mids[0].id
    assert _person(found, "Сергей Лавров").roles[0].title == "глава МИД России"


_WORDS = st.sampled_from(
    [
        *[
            "Лавров",
            "Сергей",
            "МИД",
            "России",
            "РФ",
            "президент",
            "министра",
            "в",
            "Москве",
            "станции",
            "сквер",
            "Сквер",
            "дружбы",
            "и",
            "ОАО",
            "газета",
        ],
        *[
            "С.",
            "В.",
            "Ле",
            "Пен",
            "Ху",
            "Астане",
            "особняке",
            "на",
            "Спиридоновке",
            "Константиновском",
            "дворце",
            "Асии",
            "Биби",
            "ЕС",
            "МКС",
        ],
        *["Бенин", "США", "Аида", "Балаевой", "Zakon.kz"],
        *["«", "»", '"', "—", "-", ".", ",", "(", ")", "\n\n", "\r\n", "😀"],
    ]
)


@needs_ru
@settings(max_examples=60)
@given(st.lists(_WORDS, max_size=40), st.sampled_from([" ", "", "\n"]))
def test_recognize_never_raises_on_name_like_text(words: list[str], sep: str) -> None:
    text = sep.join(words)
    found = _recognize(text)
    for thing in (*found.persons, *found.organizations, *found.venues):
        assert thing.name.strip()
        for m in thing.mentions:
            assert text[m.span.start : m.span.end] == m.text


@needs_ru
def test_titles_after_the_name() -> None:
    text = (
        "Сергей Лавров, министр иностранных дел России, заявил о готовности к диалогу. "
        "Переговоры с Мариной Ивановой, послом Казахстана в России, прошли успешно. "
        "В церемонии участвовали министр культуры Аида Балаева, первый заместитель министра Андрей Яцкин."
    )
    found = _recognize(text)
    assert [(r.title, r.country) for r in _person(found, "Сергей Лавров").roles] == [
        ("министр иностранных дел России", "RU")
    ]
    assert [(r.title, r.country) for r in _person(found, "Марина Иванова").roles] == [
        ("посол Казахстана в России", "KZ")
    ]
    # in a list, a title before the next name is that name's
    assert [r.title for r in _person(found, "Аида Балаева").roles] == ["министр культуры"]
    assert [r.title for r in _person(found, "Андрей Яцкин").roles] == ["первый заместитель министра"]
