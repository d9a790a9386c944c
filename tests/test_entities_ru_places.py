"""The Russian recognizer on places that the name tagger reads as bodies: facilities (``в
Боткинской больнице``) and seats of government (``в Кремле``, but ``пресс-служба Кремля``)."""

from __future__ import annotations

import pytest
from markers import needs_ru

from eventkit.entities import Entities, get_recognizer
from eventkit.entities.ru._venues import facility_kind
from eventkit.model import Span, Venue, VenueKind

pytestmark = needs_ru


def _recognize(text: str) -> Entities:
    recognizer = get_recognizer("ru", required=True)
    assert recognizer is not None
    return recognizer.recognize(text, [Span(start=0, end=len(text))])


def _venue(found: Entities, name: str) -> Venue:
    by_name = {v.name: v for v in found.venues}
    assert name in by_name, [v.name for v in found.venues]
    return by_name[name]


@pytest.mark.parametrize(
    ("text", "name", "written"),
    [
        (
            "Пострадавшего водителя доставили в Боткинскую больницу.",
            "Боткинская больница",
            "Боткинскую больницу",
        ),
        (
            "Рождественская служба прошла в Исаакиевском соборе.",
            "Исаакиевский собор",
            "Исаакиевском соборе",
        ),
        (
            "Свадьба наследника состоялась в Вестминстерском аббатстве.",
            "Вестминстерское аббатство",
            "Вестминстерском аббатстве",
        ),
        (
            "Ремонт гидроагрегатов на Саяно-Шушенской ГЭС завершён.",
            "Саяно-Шушенская ГЭС",
            "Саяно-Шушенской ГЭС",
        ),
    ],
)
def test_a_facility_is_a_building_not_a_body(text: str, name: str, written: str) -> None:
    found = _recognize(text)
    venue = _venue(found, name)
    assert venue.kind is VenueKind.BUILDING
    assert [m.text for m in venue.mentions] == [written]
    assert not any(o.name == name for o in found.organizations)


def test_an_institution_keeps_being_a_body() -> None:
    found = _recognize("Он окончил Гарвардский университет и вернулся на родину.")
    assert [o.name for o in found.organizations] == ["Гарвардский университет"]
    assert all(v.kind is not VenueKind.BUILDING for v in found.venues)


def test_the_tables_behind_the_rules() -> None:
    assert facility_kind("больница") is VenueKind.BUILDING
    assert facility_kind("университет") is None


def test_a_seat_of_government_is_a_venue_only_where_it_is_the_place() -> None:
    text = "Пресс-служба Кремля сообщила, что переговоры пройдут в Кремле. Кремль доволен."
    kremlin = _venue(_recognize(text), "Кремль")
    assert [m.text for m in kremlin.mentions] == ["Кремле"]


def test_a_seat_that_is_a_country_stays_a_country() -> None:
    vatican = _venue(_recognize("Ватикан выразил соболезнования семьям погибших."), "Ватикан")
    assert vatican.kind is VenueKind.COUNTRY
