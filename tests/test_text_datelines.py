"""Datelines of wire copy, both languages: the place is a venue, the agency the outlet, the date a date."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.markers import needs_ru

from eventkit import Article, PartialDate, parse_article
from eventkit.model import Event, EventKind, EventStatus, Mention, Paragraph, Span, Venue, VenueKind
from eventkit.text import Block, dateline_venue, find_dateline

__all__: list[str] = []

# opening of the first paragraph | place | place as written | agency | agency as written | date as written
# ("-" where there is none; a backslash goes on with the next line)
STYLES = """
МОСКВА, 12 ноября. /ТАСС/. Министры встретились. | Москва | МОСКВА | ТАСС | ТАСС | 12 ноября
АСТАНА, 3 мар — РИА Новости. Министры встретились. | Астана | АСТАНА | РИА Новости | РИА Новости | 3 мар
ТАШКЕНТ, 5 декабря - Интерфакс. Министры встретились. | Ташкент | ТАШКЕНТ | Интерфакс | Интерфакс | 5 декабря
МИНСК, 14 января. /БЕЛТА/. Министры встретились. | Минск | МИНСК | БЕЛТА | БЕЛТА | 14 января
МИНСК, 14 января (БЕЛТА) - Министры встретились. | Минск | МИНСК | БЕЛТА | БЕЛТА | 14 января
НУР-СУЛТАН, 5 июня. /ТАСС/. Министры встретились. | Нур-Султан | НУР-СУЛТАН | ТАСС | ТАСС | 5 июня
БАКУ, Азербайджан, 3 марта. /Trend/. Министры встретились. | Баку | БАКУ | Trend | Trend | 3 марта
САНКТ-ПЕТЕРБУРГ, 17 июня — РИА Новости, Иван Петров. Министры. | Санкт-Петербург | САНКТ-ПЕТЕРБУРГ \
    | РИА Новости | РИА Новости | 17 июня
РОСТОВ-НА-ДОНУ, 3 мар — РИА Новости. Министры встретились. | Ростов-на-Дону | РОСТОВ-НА-ДОНУ | РИА Новости \
    | РИА Новости | 3 мар
ЖЕНЕВА, 12 ноября. /Корр. ТАСС Иван Петров/. Министры встретились. | Женева | ЖЕНЕВА | ТАСС \
    | Корр. ТАСС Иван Петров | 12 ноября
АСТАНА. КАЗИНФОРМ – Министры встретились. | Астана | АСТАНА | Казинформ | КАЗИНФОРМ | -
Москва. 12 ноября. INTERFAX.RU - Министры встретились. | Москва | Москва | Интерфакс | INTERFAX.RU | 12 ноября
BRUSSELS, March 3 (Reuters) - The ministers met. | Brussels | BRUSSELS | Reuters | Reuters | March 3
WASHINGTON (AP) — The ministers met. | Washington | WASHINGTON | AP | AP | -
NEW YORK (AP) — The ministers met. | New York | NEW YORK | AP | AP | -
KYIV, Ukraine (AP) — The ministers met. | Kyiv | KYIV | AP | AP | -
ALMATY, Kazakhstan, Nov 5 (Reuters) - The ministers met. | Almaty | ALMATY | Reuters | Reuters | Nov 5
BEIJING, Nov. 12 (Xinhua) -- The ministers met. | Beijing | BEIJING | Xinhua | Xinhua | Nov. 12
MOSCOW, November 12. /TASS/. The ministers met. | Moscow | MOSCOW | TASS | TASS | November 12
Paris (AFP) - The ministers met. | Paris | Paris | AFP | AFP | -
ASTANA – The ministers met. | Astana | ASTANA | - | - | -
ASTANA, Nov 20 — The ministers met. | Astana | ASTANA | - | - | Nov 20
Душанбе, 13 марта 2026 года – Министры встретились. | Душанбе | Душанбе | - | - | 13 марта 2026 года
Ташкент, 5 мая – Министры встретились. | Ташкент | Ташкент | - | - | 5 мая
""".strip().splitlines()


@pytest.mark.parametrize("row", STYLES)
def test_each_style_of_dateline_is_read(row: str) -> None:
    text, place, place_written, agency, agency_written, date = [
        None if cell.strip() == "-" else cell.strip() for cell in row.split(" | ")
    ]
    assert text is not None
    found = find_dateline(text, [Block(0, len(text))])
    assert found is not None
    assert (found.place, text[found.place_start : found.place_end]) == (place, place_written)
    assert found.agency == agency
    if agency_written is not None:
        assert text[found.agency_start : found.agency_end] == agency_written
    written = text[found.date_start : found.date_end] if found.date_start is not None else None
    assert written == date
    assert text[found.end :].lstrip().startswith(("Министры", "The", "Иван Петров."))  # an author may follow


@pytest.mark.parametrize(
    "text",
    [
        "США – крупнейший торговый партнёр Казахстана.",  # a country and a dash: a sentence
        "NATO – The alliance met in Brussels.",  # an acronym that is no place
        "МИД РФ, 12 ноября — заявление о визите.",  # no agency, and no place the lexicon knows
        "Президент России Владимир Путин — РИА Новости. Нет.",  # no place in capitals
        "Министры встретились в Москве, сообщает ТАСС.",
        "Москва — столица России.",  # a place in its normal case needs an agency the table knows
        "Ташкент, 5 мая (в пятницу) – Министры встретились.",  # in normal case: no bracketed aside
        "Лавров, 5 мая – Министры встретились.",  # a name, no place the lexicon knows
        "Москва – 12 ноября Министры встретились.",  # no date before the dash
    ],
)
def test_what_is_not_a_dateline(text: str) -> None:
    assert find_dateline(text, [Block(0, len(text))]) is None


def test_the_dateline_may_open_the_second_paragraph_after_a_standfirst() -> None:
    text = "Министры обсудили торговлю\n\nМОСКВА, 12 ноября. /ТАСС/. Министры встретились."
    second = text.index("МОСКВА")
    found = find_dateline(text, [Block(0, 26), Block(second, len(text))])
    assert found is not None
    assert found.agency == "ТАСС"
    assert find_dateline(text, [Block(0, 26), Block(0, 26), Block(second, len(text))]) is None


def parse(text: str, **kwargs: object) -> Article:
    return parse_article(text, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("first", "published", "outlet", "date", "iso"),
    [
        ("МОСКВА, 12 ноября. /ТАСС/. Министры встретились.", "2025-11-12", "ТАСС", "12 ноября", "2025-11-12"),
        (
            "АСТАНА, 3 мар — РИА Новости. Министры встретились.",
            "2025-03-04",
            "РИА Новости",
            "3 мар",
            "2025-03-03",
        ),
        (
            "ТАШКЕНТ, 5 декабря - Интерфакс. Министры встретились.",
            "2026-01-02",
            "Интерфакс",
            "5 декабря",
            "2025-12-05",
        ),
        ("МИНСК, 14 января. /БЕЛТА/. Министры встретятся.", "2025-12-30", "БЕЛТА", "14 января", "2026-01-14"),
        (
            "BRUSSELS, March 3 (Reuters) - The ministers met.",
            "2025-03-03",
            "Reuters",
            "March 3",
            "2025-03-03",
        ),
    ],
)
def test_the_agency_is_the_outlet_and_the_date_a_date_resolved_against_the_publication(
    first: str, published: str, outlet: str, date: str, iso: str
) -> None:
    # the year is the publication's, or the one before or after it that puts the day nearest
    a = parse_article(first + "\n\nВторой абзац.", published=published, entities=False)
    assert a.outlet is not None
    assert (a.outlet.name, a.outlet.cue) == (outlet, "dateline")
    assert outlet not in [s.name for s in a.info_sources]  # the outlet is not also a cited source
    assert [(d.text, str(d.dates.start)) for d in a.dates][:1] == [(date, iso)]


def test_the_outlet_of_a_dateline_is_not_repeated_among_the_sources() -> None:
    a = parse_article(
        "МОСКВА, 12 ноября. /ТАСС/. Министры встретились.\n\nОб этом сообщает ТАСС.",
        published="2025-11-12",
        entities=False,
    )
    assert a.outlet is not None
    assert a.outlet.name == "ТАСС"
    assert a.info_sources == ()


def test_short_russian_months_are_dates_anywhere() -> None:
    a = parse_article(
        "Переговоры пройдут 5 окт в Астане, а саммит — 10 дек.", published="2025-09-01", entities=False
    )
    assert [(d.text, str(d.dates.start)) for d in a.dates] == [
        ("5 окт", "2025-10-05"),
        ("10 дек", "2025-12-10"),
    ]


@needs_ru
@pytest.mark.parametrize(
    ("first", "city", "country"),
    [
        ("ТАШКЕНТ, 5 декабря - Интерфакс. Президент Узбекистана провел переговоры.", "Ташкент", "UZ"),
        ("ДУШАНБЕ, 4 ноября. /ТАСС/. Президент Таджикистана провел переговоры.", "Душанбе", "TJ"),
        ("НУР-СУЛТАН, 5 июня. /ТАСС/. Президент провел переговоры.", "Нур-Султан", None),
        ("МОСКВА, 12 ноября. /ТАСС/. Президент провел переговоры.", "Москва", "RU"),
    ],
)
def test_a_place_in_capitals_is_a_city_venue_not_an_acronym(
    first: str, city: str, country: str | None
) -> None:
    text = " date 2025-12-05 Президент провел переговоры\n\n" + first + "\n"
    a = parse_article(text)
    venue = next(v for v in a.venues if v.name == city)
    assert venue.kind is VenueKind.CITY
    assert venue.country == country  # as the cities table gives it, with its coordinates
    assert (venue.coordinates is not None) is (country is not None)
    assert [m.text for m in venue.mentions][:1] == [city.upper()]
    assert city.upper() not in [o.name for o in a.organizations]
    assert dateline_venue(a) == venue.id


@needs_ru
def test_the_agency_is_an_organization_in_its_table_name() -> None:
    a = parse_article(" date 2025-12-05 Переговоры\n\nАСТАНА. КАЗИНФОРМ – Президент провел переговоры.\n")
    assert "Казинформ" in [o.name for o in a.organizations]
    assert a.outlet is not None
    assert a.outlet.organization is not None


@needs_ru
def test_an_agency_written_as_its_site_is_named_as_its_table_names_it() -> None:
    a = parse_article(" date 2025-12-05 Переговоры\n\nАстана. 3 июня. INTERFAX.RU - Министры встретились.\n")
    found = [(o.name, o.aliases) for o in a.organizations]
    assert ("Интерфакс", ("INTERFAX.RU",)) in found


def test_english_dateline_place_is_a_linked_city() -> None:
    a = parse_article(
        " date 2025-03-03 EU and Kazakhstan sign a deal\n\nBRUSSELS, March 3 (Reuters) - The ministers met.\n"
    )
    venue = next(v for v in a.venues if v.name == "Brussels")
    assert venue.kind is VenueKind.CITY
    assert venue.identifiers
    assert dateline_venue(a) == venue.id


def test_dateline_venue_of_an_article_without_a_dateline_is_none() -> None:
    a = parse_article(" date 2025-03-03 Talks\n\nThe ministers met in Brussels on Monday.\n")
    assert dateline_venue(a) is None


def test_dateline_venue_reads_a_built_article() -> None:
    """The hook the events stage reads: the venue whose mention is the dateline's place."""
    text = "ASTANA – The ministers held talks."
    article = Article(
        id="a1",
        text=text,
        paragraphs=(Paragraph(text=text, span=Span(start=0, end=len(text))),),
        venues=(
            Venue(
                id="v7",
                name="Astana",
                kind=VenueKind.CITY,
                mentions=(Mention(text="ASTANA", span=Span(start=0, end=6)),),
            ),
        ),
        events=(Event(id="e1", kind=EventKind.TALKS, status=EventStatus.OCCURRED),),
        published=PartialDate(year=2025, month=3, day=3),
    )
    assert dateline_venue(article) == "v7"


_PIECES = st.sampled_from(
    [
        "МОСКВА",
        "NEW YORK",
        "ASTANA",
        ",",
        ".",
        " ",
        "/",
        "(",
        ")",
        "—",
        "-",
        "–",
        "12",
        "ноября",
        "мар",
        "March",
        "ТАСС",
        "Reuters",
        "РИА Новости",
        "Корр.",
        "\n",
        "Paris",
        "AFP",
        "Sputnik",
        "США",
        "«",
        "»",
    ]
)


@given(st.lists(_PIECES, max_size=14).map("".join))
def test_any_opening_gives_no_dateline_or_one_inside_its_paragraph(text: str) -> None:
    found = find_dateline(text, [Block(0, len(text))])
    if found is not None:
        assert 0 <= found.place_start < found.place_end <= found.end <= len(text)
        assert found.place_end <= found.agency_start <= found.agency_end <= found.end
        assert found.place
        if found.date_start is not None:
            assert found.date_end is not None
            assert found.place_end < found.date_start < found.date_end <= found.end
