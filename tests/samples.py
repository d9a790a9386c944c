"""A small, fixed article written for the tests, with every kind of object the model has.

``sample_article()`` builds it; ``at(text, piece)`` finds the span of a piece of its text.
"""

from __future__ import annotations

from eventkit import (
    Article,
    Coordinates,
    DateMention,
    DateRange,
    Event,
    EventKind,
    EventStatus,
    InfoSource,
    MediaCredit,
    Mention,
    Organization,
    Paragraph,
    Part,
    PartialDate,
    Participant,
    Person,
    PloverCode,
    Provenance,
    Quote,
    QuoteKind,
    Role,
    Span,
    Venue,
    VenueKind,
)

__all__ = ["TEXT", "at", "mention", "sample_article"]

TEXT = (
    "Lavrov meets Nurtleu in Moscow\n"
    "\n"
    'Russian Foreign Minister Sergei Lavrov held talks with Murat Nurtleu on 10 November. "We have '
    'prepared more than twenty documents for the visit," Lavrov told reporters.\n'
    "\n"
    "Маршрут Север — Юг остаётся главным, отметил Нуртлеу.\n"
    "\n"
    "Photo: MFA press service\n"
)


def at(text: str, piece: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``piece`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return Span(start=start, end=start + len(piece))


def mention(text: str, piece: str, nth: int = 0) -> Mention:
    """A mention of ``piece`` at its ``nth`` occurrence in ``text``."""
    return Mention(text=piece, span=at(text, piece, nth))


def _block(piece: str) -> Paragraph:
    return Paragraph(text=piece, span=at(TEXT, piece))


def sample_article() -> Article:
    """The fixed article: two persons, an organization, three venues, two quotes, two events."""
    t = TEXT
    headline = _block("Lavrov meets Nurtleu in Moscow")
    first = _block(t.split("\n\n")[1])
    second = _block("Маршрут Север — Юг остаётся главным, отметил Нуртлеу.")
    return Article(
        id="a1",
        text=t,
        language="en",
        published=PartialDate(year=2025, month=11, day=10),
        headline=headline,
        lead=first,
        paragraphs=(first, second),
        outlet=InfoSource(name="MFA press service", cue="Photo:", organization="o1"),
        info_sources=(InfoSource(name="reporters", span=at(t, "reporters")),),
        media_credits=(
            MediaCredit(
                credit="MFA press service",
                text="Photo: MFA press service",
                span=at(t, "Photo: MFA press service"),
            ),
        ),
        dates=(
            DateMention(
                text="10 November",
                span=at(t, "10 November"),
                dates=DateRange.single(PartialDate(year=2025, month=11, day=10)),
            ),
        ),
        persons=(
            Person(
                id="p1",
                name="Sergei Lavrov",
                given_name="Sergei",
                family_name="Lavrov",
                roles=(Role(title="Foreign Minister", organization="o1", country="RU"),),
                mentions=(mention(t, "Sergei Lavrov"), mention(t, "Lavrov", 2)),
            ),
            Person(
                id="p2",
                name="Murat Nurtleu",
                aliases=("Нуртлеу",),
                mentions=(mention(t, "Murat Nurtleu"), mention(t, "Нуртлеу")),
            ),
        ),
        organizations=(Organization(id="o1", name="Ministry of Foreign Affairs of Russia", country="RU"),),
        venues=(
            Venue(id="v1", name="Russia", kind=VenueKind.COUNTRY, country="RU"),
            Venue(
                id="v2",
                name="Moscow",
                kind=VenueKind.CITY,
                parent="v1",
                coordinates=Coordinates(latitude=55.7558, longitude=37.6173),
                mentions=(mention(t, "Moscow"),),
            ),
            Venue(id="v3", name="Spiridonovka Palace", kind=VenueKind.BUILDING, parent="v2"),
        ),
        quotes=(
            Quote(
                id="q1",
                text="We have prepared more than twenty documents for the visit,",
                kind=QuoteKind.DIRECT,
                span=at(t, "We have prepared more than twenty documents for the visit,"),
                speaker="p1",
                speaker_text="Lavrov",
                cue="told",
                paragraph=0,
            ),
            Quote(
                id="q2",
                text="Маршрут Север — Юг остаётся главным",
                kind=QuoteKind.INDIRECT,
                span=at(t, "Маршрут Север — Юг остаётся главным"),
                speaker="p2",
                speaker_text="Нуртлеу",
                cue="отметил",
                paragraph=1,
            ),
        ),
        events=(
            Event(
                id="e1",
                kind=EventKind.TALKS,
                status=EventStatus.OCCURRED,
                dates=DateRange.single(PartialDate(year=2025, month=11, day=10)),
                venue="v2",
                participants=(
                    Participant(entity="p1", part=Part.HOST),
                    Participant(entity="p2", part=Part.VISITOR),
                ),
                cameo="040",
                plover=PloverCode(event="CONSULT", mode="visit", context=("diplomatic",)),
                evidence=(mention(t, "held talks"),),
            ),
            Event(
                id="e2",
                kind=EventKind.STATE_VISIT,
                status=EventStatus.SCHEDULED,
                dates=DateRange(start=PartialDate(year=2025, month=11), end=PartialDate(year=2025, month=12)),
                parent=None,
                participants=(Participant(entity="o1", part=Part.ORGANISER),),
                evidence=(mention(t, "the visit"),),
            ),
        ),
        provenance=Provenance(extractor="manual", version="1"),
    )
