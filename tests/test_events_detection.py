"""Which words name an event at all: travelling that is no one's visit.

The sentences are our own. Each test names the behaviour it checks.
"""

from __future__ import annotations

from test_events import build, check, names

from eventkit import EventKind


def test_people_at_large_arriving_make_no_visit() -> None:
    article = build(
        "Туристы из Омска прибыли в Томск на поезде. Осенью в город приедут новые студенты.",
        venues=[("Омск", "city", ["Омска"]), ("Томск", "city", ["Томск"])],
    )
    assert check(article) == ()


def test_a_named_traveller_still_makes_a_visit() -> None:
    article = build(
        "Министр Ларс Хольм прибыл в Томск.",
        persons=[("Ларс Хольм", ["Ларс Хольм"], ["министр"])],
        venues=[("Томск", "city", ["Томск"])],
    )
    (visit,) = check(article)
    assert (visit.kind, names(article, visit)) == (EventKind.VISIT, [("Ларс Хольм", "visitor")])


def test_a_delegation_that_travels_makes_a_visit_though_it_names_no_one() -> None:
    article = build(
        "Торговая миссия области побывала в Томске в мае.",
        venues=[("Томск", "city", ["Томске"])],
    )
    (visit,) = check(article)
    assert visit.kind is EventKind.VISIT


def test_a_visit_named_by_its_noun_stays_though_it_names_no_one() -> None:
    article = build(
        "Визит в Томск пройдет в мае.",
        venues=[("Томск", "city", ["Томск"])],
    )
    (visit,) = check(article)
    assert visit.kind is EventKind.VISIT
