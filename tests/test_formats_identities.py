"""Identifiers in the exports: ninjs subjects (read back on import), JSON-LD sameAs, PLOVER ids."""

from __future__ import annotations

import pytest
from test_formats_ninjs import _errors, needs_standard

import eventkit as ek
from eventkit.formats import jsonld, ninjs, plover

TEXT = "Путин встретился с Лукашенко в Москве."


def _article() -> ek.Article:
    def at(piece: str) -> ek.Mention:
        start = TEXT.index(piece)
        return ek.Mention(text=piece, span=ek.Span(start=start, end=start + len(piece)))

    def q(value: str) -> ek.Identifier:
        return ek.Identifier(scheme=ek.Scheme.WIKIDATA, value=value)

    return ek.Article(
        id="a1",
        text=TEXT,
        language="ru",
        paragraphs=(ek.Paragraph(text=TEXT, span=ek.Span(start=0, end=len(TEXT))),),
        persons=(
            ek.Person(id="p1", name="Путин", mentions=(at("Путин"),), identifiers=(q("Q7747"),)),
            ek.Person(id="p2", name="Лукашенко", mentions=(at("Лукашенко"),)),
        ),
        venues=(
            ek.Venue(
                id="v1",
                name="Москва",
                kind=ek.VenueKind.CITY,
                mentions=(at("Москве"),),
                identifiers=(ek.Identifier(scheme=ek.Scheme.GEONAMES, value="524901"), q("Q649")),
            ),
        ),
        events=(
            ek.Event(
                id="e1",
                kind=ek.EventKind.MEETING,
                status=ek.EventStatus.OCCURRED,
                venue="v1",
                participants=(ek.Participant(entity="p1", part=ek.Part.HOST), ek.Participant(entity="p2")),
            ),
        ),
    )


def test_ninjs_subjects_carry_the_identifiers_and_come_back() -> None:
    doc = ninjs.to_ninjs(_article())
    assert doc["subjects"] == [
        {
            "name": "Путин",
            "rel": "sameAs",
            "uri": "https://www.wikidata.org/entity/Q7747",
            "literal": "urn:eventkit:a1#p1",
        },
        {
            "name": "Москва",
            "rel": "sameAs",
            "uri": "https://sws.geonames.org/524901/",
            "literal": "urn:eventkit:a1#v1",
        },
        {
            "name": "Москва",
            "rel": "sameAs",
            "uri": "https://www.wikidata.org/entity/Q649",
            "literal": "urn:eventkit:a1#v1",
        },
    ]
    article, lost = ninjs.read_ninjs(doc)
    assert lost == ()
    assert [p.identifiers for p in article.persons] == [p.identifiers for p in _article().persons]
    assert article.venues[0].identifiers == _article().venues[0].identifiers


@needs_standard
def test_ninjs_with_identifiers_fits_the_official_schema() -> None:
    assert _errors(ninjs.to_ninjs(_article())) == []


def test_ninjs_subjects_that_identify_nothing_are_reported_not_kept() -> None:
    doc = ninjs.to_ninjs(_article())
    doc["subjects"].append(
        {"name": "?", "rel": "sameAs", "uri": "https://www.wikidata.org/entity/Q1", "literal": "x"}
    )
    doc["subjects"].append(
        {
            "name": "Путин",
            "rel": "sameAs",
            "uri": "https://example.org/putin",
            "literal": "urn:eventkit:a1#p1",
        }
    )
    _, lost = ninjs.read_ninjs(doc)
    assert [p.path for p in lost] == ["$.subjects[3]", "$.subjects[4]"]
    with pytest.raises(ek.ValidationError):
        ninjs.from_ninjs(doc, strict=True)


def test_json_ld_same_as() -> None:
    nodes = {n["@id"]: n for n in jsonld.to_jsonld(_article())["mentions"] if "@id" in n}
    assert nodes["urn:eventkit:a1#p1"]["sameAs"] == ["https://www.wikidata.org/entity/Q7747"]
    assert "sameAs" not in nodes["urn:eventkit:a1#p2"]
    assert nodes["urn:eventkit:a1#v1"]["sameAs"] == [
        "https://sws.geonames.org/524901/",
        "https://www.wikidata.org/entity/Q649",
    ]


def test_plover_actor_and_location_ids() -> None:
    (record,) = plover.to_plover(_article())
    assert [a.get("wikidata_id") for a in record["actor"] + record["recipient"]] == [None, "Q7747"]
    assert record["event_loc"]["geonames_id"] == "524901"
