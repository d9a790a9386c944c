"""The Russian role linker: its shipped model, titles standing apart from a name given to the
right person (or to none), the trainer's determinism, and clear errors for a broken model file."""

from __future__ import annotations

import gzip
import importlib.util
from importlib import resources
from pathlib import Path

import orjson
import pytest
from markers import needs_ru
from recognize import recognize_ru

from eventkit.entities import Entities
from eventkit.entities.ru import _linker
from eventkit.errors import EventkitError

_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "train_role_linker.py"
_spec = importlib.util.spec_from_file_location("train_role_linker", _SCRIPT)
assert _spec is not None
assert _spec.loader is not None
trainer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(trainer)


def _titles(found: Entities, name: str) -> list[str]:
    return [r.title for p in found.persons if p.name == name for r in p.roles]


def test_the_model_ships_inside_the_package() -> None:
    data = resources.files("eventkit.entities.ru").joinpath("data", _linker.DATA).read_bytes()
    model = _linker.read(data)
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) > 20
    assert model.weights == _linker.shared_model().weights
    assert len(data) < 200_000


@needs_ru
def test_a_lone_title_goes_to_the_person_it_describes_with_its_country() -> None:
    found = recognize_ru(
        "Иван Петров выступил на открытии выставки. Министр культуры Франции заявил, что она продлится месяц."
    )
    (person,) = found.persons
    assert [(r.title, r.country) for r in person.roles] == [("министр культуры Франции", "FR")]


@needs_ru
def test_a_model_set_for_a_block_links_the_texts_recognized_inside_it() -> None:
    text = "Ольга Смирнова открыла выставку в Казани. Директор музея заявила, что выставка продлится год."
    with _linker.using(_linker.LinkerModel({"bias": -30.0}, 0.5)):
        inside = recognize_ru(text)
    assert _titles(inside, "Ольга Смирнова") == []
    assert _titles(recognize_ru(text), "Ольга Смирнова") == ["директор музея"]


@needs_ru
def test_a_lone_title_of_the_other_gender_stays_unlinked() -> None:
    found = recognize_ru(
        "Анна Орлова пришла на премьеру фильма. После показа актёр ответил на вопросы зрителей."
    )
    assert "актёр" not in _titles(found, "Анна Орлова")


@needs_ru
def test_a_lone_title_keeps_the_modifier_that_opens_its_sentence() -> None:
    found = recognize_ru(
        "Сергей Булатов возглавил клуб в мае. Главный тренер команды заявил, что доволен игрой."
    )
    assert _titles(found, "Сергей Булатов") == ["главный тренер команды"]


def test_training_is_deterministic() -> None:
    rows = [
        (("bias", "sd=0", "nb=True"), True),
        (("bias", "sd=-1", "nb=False"), False),
        (("bias", "sd=0", "nb=False", "g=femn|masc"), False),
        (("bias", "sd=0", "nb=True", "h=тренер"), True),
        (("bias", "sd=-2", "nb=True"), False),
    ] * 3
    first = trainer.train(rows, epochs=4, minimum=1)
    second = trainer.train(rows, epochs=4, minimum=1)
    assert first == second
    assert first["nb=True"] > 0 > first["nb=False"]


def test_the_model_file_is_the_same_for_the_same_weights(tmp_path: Path) -> None:
    model = _linker.LinkerModel({"bias": -1.0, "sd=0": 2.5}, 0.4)
    a, b = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    _linker.write(model, str(a))
    _linker.write(model, str(b))
    assert a.read_bytes() == b.read_bytes()
    again = _linker.read(a.read_bytes(), str(a))
    assert again.weights == model.weights
    assert again.threshold == model.threshold


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"not gzip at all", "unreadable"),
        (gzip.compress(b"{not json"), "unreadable"),
        (gzip.compress(orjson.dumps({"format": "other/1"})), "not a role linker model"),
        (
            gzip.compress(orjson.dumps({"format": _linker.FORMAT, "threshold": 0.5, "weights": {"a": "x"}})),
            "weights",
        ),
        (
            gzip.compress(orjson.dumps({"format": _linker.FORMAT, "threshold": 2, "weights": {}})),
            "threshold",
        ),
    ],
)
def test_a_malformed_model_file_is_a_clear_error_naming_it(data: bytes, message: str) -> None:
    with pytest.raises(EventkitError, match=rf"^models/role_linker\.json\.gz: .*{message}"):
        _linker.read(data, "models/role_linker.json.gz")


@needs_ru
def test_a_lone_representative_is_no_candidate_for_a_person_named_nearby() -> None:
    text = "Иван Петров прибыл в Тулу. Представитель министерства и министр сообщили о встрече."
    with _linker.recording() as found:
        recognize_ru(text)
    titles = {text[c.title[0] : c.title[1]] for document in found for c in document}
    assert "министр" in titles
    assert not any(t.startswith("Представитель") for t in titles)


@needs_ru
@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Иван Петров приехал в Тулу. Он посетил завод. Затем осмотрел музей. "
            "Вечером встретился с жителями. Министр рассказал о планах.",
            "Иван Петров",
            "министр",
        ),
        (
            "Анна Белова родилась в Туле. Окончила школу. Потом училась в Москве. "
            "Долго работала в театре. Актриса умерла в 2010 году.",
            "Анна Белова",
            "актриса",
        ),
    ],
)
def test_a_lone_title_reaches_a_person_named_four_sentences_before(text: str, name: str, title: str) -> None:
    person = next(p for p in recognize_ru(text).persons if p.name == name)
    assert [r.title for r in person.roles] == [title]
