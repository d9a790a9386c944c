"""A hand-made article for the format tests, and the checks that every format shares.

The sample is a short piece of Russian diplomatic news written for these tests: an official
visit with talks inside it, a quote, a photo credit, venues nested country > city > building,
and a meeting planned for a later year.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from samples import at, mention

from eventkit import (
    Article,
    Coordinates,
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
    ValidationError,
    Venue,
    VenueKind,
)
from eventkit.formats import (
    JSONLD_CANNOT_HOLD,
    JSONLD_MAPPING,
    NINJS_CANNOT_HOLD,
    NINJS_MAPPING,
    PLOVER_CANNOT_HOLD,
    PLOVER_MAPPING,
    convert,
    convert_document,
    mapping_table,
    to_jsonld,
    to_ninjs,
    to_plover,
)

__all__ = ["SAMPLE_TEXT", "sample_article"]

DOCS = Path(__file__).resolve().parents[1] / "docs"

SAMPLE_TEXT = (
    "Лавров провёл переговоры в Пекине\n"
    "\n"
    "Министр иностранных дел России Сергей Лавров 12 ноября прибыл в Пекин с официальным "
    "визитом. В здании МИД КНР он провёл переговоры с китайским коллегой Ван И.\n"
    "\n"
    '"Мы договорились продолжить консультации по региональной безопасности & торговле", '
    "— заявил Лавров журналистам. Следующая встреча министров намечена на 2026 год.\n"
    "\n"
    "Фото: mid.ru"
)


def _span(sub: str, nth: int = 0) -> Span:
    return at(SAMPLE_TEXT, sub, nth)


def _mention(sub: str, nth: int = 0) -> Mention:
    return mention(SAMPLE_TEXT, sub, nth)


def _block(text: str) -> Paragraph:
    return Paragraph(text=text, span=at(SAMPLE_TEXT, text))


def sample_article(**changes: object) -> Article:
    """The sample article; keyword arguments replace its fields."""
    blocks = SAMPLE_TEXT.split("\n\n")
    day = PartialDate(year=2025, month=11, day=12)
    fields: dict[str, object] = {
        "id": "ria-2025-11-12-beijing",
        "text": SAMPLE_TEXT,
        "language": "ru",
        "published": day,
        "headline": _block(blocks[0]),
        "lead": _block(blocks[1]),
        "paragraphs": (_block(blocks[1]), _block(blocks[2])),
        "outlet": InfoSource(name="РИА Новости"),
        "info_sources": (InfoSource(name="МИД КНР", organization="o2"),),
        "media_credits": (MediaCredit(credit="mid.ru", text="Фото: mid.ru", span=_span("Фото: mid.ru")),),
        "persons": (
            Person(
                id="p1",
                name="Сергей Лавров",
                given_name="Сергей",
                family_name="Лавров",
                roles=(Role(title="Министр иностранных дел", organization="o1", country="RU"),),
                mentions=(_mention("Сергей Лавров"), _mention("Лавров", 2)),
            ),
            Person(
                id="p2",
                name="Ван И",
                roles=(Role(title="министр иностранных дел", country="CN"),),
                mentions=(_mention("Ван И"),),
            ),
        ),
        "organizations": (
            Organization(id="o1", name="МИД России", country="RU"),
            Organization(id="o2", name="МИД КНР", country="CN", mentions=(_mention("МИД КНР"),)),
        ),
        "venues": (
            Venue(id="v1", name="Китай", kind=VenueKind.COUNTRY, country="CN"),
            Venue(
                id="v2",
                name="Пекин",
                kind=VenueKind.CITY,
                parent="v1",
                coordinates=Coordinates(latitude=39.9042, longitude=116.4074),
                mentions=(_mention("Пекин"), _mention("Пекин", 1)),
            ),
            Venue(id="v3", name="здание МИД КНР", kind=VenueKind.BUILDING, parent="v2"),
        ),
        "quotes": (
            Quote(
                id="q1",
                text="Мы договорились продолжить консультации по региональной безопасности & торговле",
                kind=QuoteKind.DIRECT,
                span=_span("Мы договорились продолжить консультации по региональной безопасности & торговле"),
                speaker="p1",
                speaker_text="Лавров",
                cue="заявил",
                paragraph=1,
            ),
        ),
        "events": (
            Event(
                id="e1",
                kind=EventKind.OFFICIAL_VISIT,
                status=EventStatus.OCCURRED,
                dates=DateRange.single(day),
                venue="v2",
                participants=(
                    Participant(entity="p1", part=Part.VISITOR),
                    Participant(entity="p2", part=Part.HOST),
                ),
                cameo="042",
                plover=PloverCode(event="CONSULT", mode="visit", context=("diplomatic",)),
                evidence=(_mention("прибыл в Пекин с официальным визитом"),),
            ),
            Event(
                id="e2",
                kind=EventKind.TALKS,
                status=EventStatus.OCCURRED,
                dates=DateRange.single(day),
                venue="v3",
                participants=(
                    Participant(entity="p1"),
                    Participant(entity="p2"),
                    Participant(entity="o2", part=Part.HOST),
                ),
                parent="e1",
                evidence=(_mention("провёл переговоры", 1),),
            ),
            Event(
                id="e3",
                kind=EventKind.MEETING,
                status=EventStatus.SCHEDULED,
                dates=DateRange.single(PartialDate(year=2026)),
                participants=(Participant(entity="p1"), Participant(entity="p2")),
            ),
        ),
        "provenance": Provenance(extractor="eventkit", version="0.1.0", recognizer="natasha"),
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


# ------------------------------------------------------------------ shared behaviour


def test_sample_is_a_valid_article() -> None:
    article = sample_article()
    assert article.text[article.quotes[0].span.start - 1] == '"'


@pytest.mark.parametrize("name", ["ninjs", "jsonld", "plover"])
def test_convert_gives_the_format_functions_output(name: str) -> None:
    article = sample_article()
    expected = {"ninjs": [to_ninjs(article)], "jsonld": [to_jsonld(article)], "plover": to_plover(article)}[
        name
    ]
    assert convert(article, name) == expected
    assert convert_document(article, to=name) == expected


def test_convert_refuses_an_unknown_format() -> None:
    with pytest.raises(ValidationError, match=r"\$: unknown format 'rss': expected one of 'ninjs'"):
        convert(sample_article(), "rss")


def test_every_format_is_deterministic() -> None:
    for name in ("ninjs", "jsonld", "plover"):
        assert convert(sample_article(), name) == convert(sample_article(), name)


def test_plover_gives_no_records_for_an_article_without_events() -> None:
    assert convert(sample_article(events=()), "plover") == []


@pytest.mark.parametrize(
    ("page", "mapping", "cannot_hold"),
    [
        ("ninjs.md", NINJS_MAPPING, NINJS_CANNOT_HOLD),
        ("jsonld.md", JSONLD_MAPPING, JSONLD_CANNOT_HOLD),
        ("plover.md", PLOVER_MAPPING, PLOVER_CANNOT_HOLD),
    ],
)
def test_docs_show_the_mapping_table_and_the_losses_of_the_code(
    page: str, mapping: tuple[object, ...], cannot_hold: tuple[str, ...]
) -> None:
    text = (DOCS / "formats" / page).read_text(encoding="utf-8")
    assert mapping_table(mapping) in text  # type: ignore[arg-type]
    listed = re.findall(r"^- (.+)$", text.split("## What it cannot hold", 1)[1].split("\n## ", 1)[0], re.M)
    assert listed == list(cannot_hold)
