"""Looking up what an article's ids name: a quote's speaker, an event's participants and venue."""

from __future__ import annotations

import pytest

from eventkit import (
    Article,
    Event,
    EventKind,
    EventStatus,
    Mention,
    Participant,
    Person,
    Quote,
    QuoteKind,
    Span,
    Venue,
    VenueKind,
)
from eventkit import Organization as Org

TEXT = "Сергей Лавров прибыл в Москву. «Переговоры идут», — сказал Лавров. МИД России сообщил об этом."


def _article() -> Article:
    lavrov = Person(
        id="p1", name="Сергей Лавров", mentions=(Mention(text="Сергей Лавров", span=Span(start=0, end=13)),)
    )
    mfa = Org(id="o1", name="МИД России")
    moscow = Venue(id="v1", name="Москва", kind=VenueKind.CITY)
    quotes = (
        Quote(
            id="q1", text="Переговоры идут", kind=QuoteKind.DIRECT, span=Span(start=32, end=47), speaker="p1"
        ),
        Quote(id="q2", text="МИД России сообщил", kind=QuoteKind.INDIRECT, span=Span(start=67, end=85)),
    )
    event = Event(
        id="e1",
        kind=EventKind.TALKS,
        status=EventStatus.OCCURRED,
        venue="v1",
        participants=(Participant(entity="p1"), Participant(entity="o1")),
    )
    return Article(
        id="a1",
        text=TEXT,
        persons=(lavrov,),
        organizations=(mfa,),
        venues=(moscow,),
        quotes=quotes,
        events=(event,),
    )


def test_a_quotes_speaker_is_its_person() -> None:
    article = _article()
    assert article.speaker(article.quotes[0]) == article.persons[0]
    assert article.speaker(article.quotes[1]) is None
    assert article.person("p1").name == "Сергей Лавров"


def test_an_events_participants_and_venue_are_found_by_id() -> None:
    article = _article()
    event = article.event("e1")
    assert [article.entity(p.entity).name for p in event.participants] == ["Сергей Лавров", "МИД России"]
    assert event.venue is not None
    assert article.venue(event.venue).name == "Москва"
    assert article.organization("o1").name == "МИД России"


@pytest.mark.parametrize("lookup", ["person", "organization", "venue", "event", "entity"])
def test_an_unknown_id_is_a_key_error_naming_it(lookup: str) -> None:
    with pytest.raises(KeyError, match="'p9'"):
        getattr(_article(), lookup)("p9")


def test_the_person_kind_is_not_mixed_up() -> None:
    with pytest.raises(KeyError, match="no person with id 'o1'"):
        _article().person("o1")
