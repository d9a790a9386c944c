"""The model checks itself when built: types, values, and the article's spans, ids and references."""

from __future__ import annotations

import datetime as dt
import inspect
import subprocess
import sys
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from samples import TEXT, at, mention, sample_article
from strategies import MODEL_STRATEGIES, articles

import eventkit
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
    PartialDate,
    Participant,
    Person,
    PloverCode,
    Precision,
    Quote,
    QuoteKind,
    Role,
    Span,
    ValidationError,
    Venue,
    VenueKind,
)


def problems_of(call: Any, *args: Any, **kwargs: Any) -> str:
    """The message of the ValidationError that ``call`` raises."""
    with pytest.raises(ValidationError) as info:
        call(*args, **kwargs)
    return str(info.value)


# ------------------------------------------------------------------ the classes' shape


def test_every_model_class_has_a_strategy() -> None:
    public = {getattr(eventkit, name) for name in eventkit.__all__}
    assert {c for c in public if attrs.has(c)} == set(MODEL_STRATEGIES)


@pytest.mark.parametrize("cls", list(MODEL_STRATEGIES))
def test_every_class_is_frozen_slotted_and_keyword_only(cls: type) -> None:
    assert attrs.has(cls)
    assert "__slots__" in cls.__dict__
    params = list(inspect.signature(cls).parameters.values())
    assert params
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params)


@given(st.data())
def test_objects_cannot_be_changed(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(list(MODEL_STRATEGIES)))
    obj = data.draw(MODEL_STRATEGIES[cls])
    name = attrs.fields(cls)[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(obj, name, getattr(obj, name))


def test_positional_arguments_are_refused() -> None:
    with pytest.raises(TypeError):
        Span(0, 1)  # type: ignore[misc]


def test_evolve_checks_the_new_object() -> None:
    span = Span(start=2, end=5)
    assert attrs.evolve(span, end=9) == Span(start=2, end=9)
    assert problems_of(attrs.evolve, span, end=1) == "$.end: must be >= start (2), got 1"


# ------------------------------------------------------------------------- types


def test_wrong_types_are_named_with_their_path() -> None:
    assert problems_of(Span, start="1", end=2) == "$.start: expected an integer, got a string"
    assert problems_of(Span, start=True, end=2) == "$.start: expected an integer, got a boolean"
    assert problems_of(Span, start=1.0, end=2) == "$.start: expected an integer, got a number"
    assert (
        problems_of(Mention, text=1, span=Span(start=0, end=1)) == "$.text: expected a string, got an integer"
    )
    assert (
        problems_of(Mention, text="a", span={"start": 0, "end": 1})
        == "$.span: expected a Span, got an object"
    )


def test_every_wrong_field_is_reported() -> None:
    assert problems_of(Span, start="0", end=None) == (
        "2 problems:\n  $.start: expected an integer, got a string\n  $.end: expected an integer, got null"
    )


def test_collections_must_be_tuples_of_the_right_items() -> None:
    assert (
        problems_of(Person, id="p1", name="Лавров", aliases=["Сергей Лавров"])
        == "$.aliases: expected a tuple, got an array"
    )
    assert (
        problems_of(Person, id="p1", name="Лавров", aliases=("Лавров", 5, None))
        == "2 problems:\n  $.aliases[1]: expected a string, got an integer\n"
        "  $.aliases[2]: expected a string, got null"
    )


def test_enums_are_not_plain_strings() -> None:
    assert problems_of(Venue, id="v1", name="Москва", kind="city") == (
        "$.kind: expected one of 'country', 'region', 'city', 'district', 'station', 'park', "
        "'building', 'other', got a string"
    )


def test_numbers_must_be_finite() -> None:
    assert (
        problems_of(Coordinates, latitude=float("nan"), longitude=0.0)
        == "$.latitude: expected a finite number"
    )
    assert (
        problems_of(Coordinates, latitude=0.0, longitude=float("-inf"))
        == "$.longitude: expected a finite number"
    )
    assert Coordinates(latitude=55, longitude=37) == Coordinates(latitude=55.0, longitude=37.0)


def test_optional_fields_take_none() -> None:
    quote = Quote(id="q1", text="Да", kind=QuoteKind.DIRECT, span=Span(start=0, end=2))
    assert (quote.speaker, quote.cue, quote.paragraph) == (None, None, None)


# ------------------------------------------------------------------------ values


def test_span() -> None:
    assert problems_of(Span, start=-1, end=-2) == (
        "2 problems:\n  $.start: must be >= 0, got -1\n  $.end: must be >= start (-1), got -2"
    )
    assert Span(start=3, end=3).end == 3


def test_mention_length_matches_its_span() -> None:
    assert problems_of(Mention, text="", span=Span(start=0, end=0)) == "$.text: must not be empty"
    assert (
        problems_of(Mention, text="Лавров", span=Span(start=0, end=5))
        == "$.span: covers 5 characters, but text has 6"
    )


def test_partial_date_knows_its_precision() -> None:
    assert PartialDate(year=2025).precision is Precision.YEAR
    assert PartialDate(year=2025, month=11).precision is Precision.MONTH
    assert PartialDate(year=2025, month=11, day=11).precision is Precision.DAY
    assert str(PartialDate(year=987, month=1)) == "0987-01"
    assert PartialDate.fromisoformat("2025-11-11") == PartialDate(year=2025, month=11, day=11)
    assert PartialDate.fromisoformat("2025") == PartialDate(year=2025)
    assert PartialDate.from_date(dt.date(2024, 2, 29)) == PartialDate(year=2024, month=2, day=29)
    assert PartialDate(year=2025, month=2).latest() == dt.date(2025, 2, 28)
    assert PartialDate(year=2024).earliest() == dt.date(2024, 1, 1)
    assert PartialDate(year=2024).latest() == dt.date(2024, 12, 31)


def test_partial_date_refuses_impossible_dates() -> None:
    assert (
        problems_of(PartialDate, year=2025, month=2, day=29)
        == "$.day: must be between 1 and 28 in 2025-02, got 29"
    )
    assert PartialDate(year=2024, month=2, day=29).day == 29
    assert (
        problems_of(PartialDate, year=2025, month=4, day=31)
        == "$.day: must be between 1 and 30 in 2025-04, got 31"
    )
    assert problems_of(PartialDate, year=2025, month=13) == "$.month: must be between 1 and 12, got 13"
    assert problems_of(PartialDate, year=0) == "$.year: must be between 1 and 9999, got 0"
    assert problems_of(PartialDate, year=2025, day=3) == "$.day: a day needs a month"
    with pytest.raises(ValueError, match=r"expected YYYY, YYYY-MM or YYYY-MM-DD, got '2025-1-5'"):
        PartialDate.fromisoformat("2025-1-5")


@given(st.integers(-5, 10005), st.none() | st.integers(-1, 14), st.none() | st.integers(-1, 33))
def test_partial_date_accepts_exactly_the_calendar(year: int, month: int | None, day: int | None) -> None:
    try:
        expected: dt.date | None = dt.date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        expected = None
    if day is not None and month is None:
        expected = None
    try:
        made = PartialDate(year=year, month=month, day=day)
    except ValidationError:
        assert expected is None
    else:
        assert expected is not None
        assert made.earliest() == expected


def test_date_range_runs_forward() -> None:
    nov, dec = PartialDate(year=2025, month=11), PartialDate(year=2025, month=12)
    assert DateRange(start=nov, end=dec).end == dec
    assert problems_of(DateRange, start=dec, end=nov) == "$.end: 2025-11 is before start 2025-12"
    # A month contains its days: November 2025 to 5 November 2025 is a possible range.
    assert DateRange(start=nov, end=PartialDate(year=2025, month=11, day=5)).start == nov
    assert (
        problems_of(
            DateRange,
            start=PartialDate(year=2025, month=11, day=12),
            end=PartialDate(year=2025, month=11, day=11),
        )
        == "$.end: 2025-11-11 is before start 2025-11-12"
    )
    assert DateRange.single(nov) == DateRange(start=nov, end=nov)


@given(
    st.lists(
        st.builds(lambda y, m: (y, m), st.integers(2020, 2026), st.none() | st.integers(1, 12)),
        min_size=2,
        max_size=2,
    )
)
def test_date_range_agrees_with_the_calendar(pair: list[tuple[int, int | None]]) -> None:
    (y1, m1), (y2, m2) = pair
    start, end = PartialDate(year=y1, month=m1), PartialDate(year=y2, month=m2)
    if start.earliest() <= end.latest():
        assert DateRange(start=start, end=end).start == start
    else:
        with pytest.raises(ValidationError):
            DateRange(start=start, end=end)


def test_coordinates_in_range() -> None:
    assert problems_of(Coordinates, latitude=91.0, longitude=-181.0) == (
        "2 problems:\n  $.latitude: must be between -90 and 90, got 91.0\n"
        "  $.longitude: must be between -180 and 180, got -181.0"
    )


def test_names_ids_and_codes() -> None:
    assert problems_of(Person, id="p 1", name=" \n") == (
        "2 problems:\n  $.id: 'p 1' is not an id (1-64 letters, digits, '_', '.', ':' or '-', "
        "starting with a letter or digit)\n  $.name: must not be empty"
    )
    assert problems_of(Organization, id="o1", name="МИД", country="ru") == (
        "$.country: expected an ISO 3166-1 alpha-2 code such as 'RU', got 'ru'"
    )
    assert problems_of(Role, title="", country="RUS") == (
        "2 problems:\n  $.title: must not be empty\n"
        "  $.country: expected an ISO 3166-1 alpha-2 code such as 'RU', got 'RUS'"
    )
    assert problems_of(Venue, id="v1", name="Москва", parent="v1") == "$.parent: a venue cannot lie in itself"
    assert problems_of(
        Event, id="e1", kind=EventKind.TALKS, status=EventStatus.OCCURRED, parent="e1", cameo="4a"
    ) == (
        "2 problems:\n  $.parent: an event cannot be its own parent\n"
        "  $.cameo: expected a CAMEO code of 2-4 digits, got '4a'"
    )
    assert (
        problems_of(PloverCode, event="consult")
        == "$.event: expected an upper-case PLOVER event name, got 'consult'"
    )
    assert PloverCode(event="MAKE_STATEMENT").event == "MAKE_STATEMENT"
    assert problems_of(InfoSource, name="") == "$.name: must not be empty"
    assert problems_of(MediaCredit, credit=" ", text="Фото: ") == "$.credit: must not be empty"
    assert problems_of(Person, id="x" * 65, name="A").startswith("$.id: 'xxxxxxxx")


def test_quote_text_and_span() -> None:
    assert problems_of(
        Quote, id="q1", text="  ", kind=QuoteKind.DIRECT, span=Span(start=0, end=2), paragraph=-1
    ) == ("2 problems:\n  $.text: must not be empty\n  $.paragraph: must be >= 0, got -1")
    assert (
        problems_of(Quote, id="q1", text="Да", kind=QuoteKind.DIRECT, span=Span(start=0, end=3))
        == "$.span: covers 3 characters, but text has 2"
    )


@pytest.mark.parametrize(
    ("tag", "ok"),
    [
        ("ru", True),
        ("en-GB", True),
        ("sr-Latn-RS", True),
        ("es-419", True),
        ("zh-Hant-TW", True),
        ("de-CH-1996", True),
        ("und", True),
        ("RU", False),
        ("en_GB", False),
        ("r1", False),
        ("", False),
        ("e", False),
        ("en-", False),
        ("ru\n", False),
    ],
)
def test_language_is_a_bcp47_tag(tag: str, ok: bool) -> None:
    if ok:
        assert Article(id="a1", language=tag).language == tag
    else:
        assert (
            problems_of(Article, id="a1", language=tag) == f"$.language: {tag!r} is not a BCP 47 language tag"
        )


# --------------------------------------------------------------- the quick checks


def _unchecked(cls: type, **values: Any) -> Any:
    """An instance made without running its checks, to ask ``_invariants`` about it directly."""
    obj = object.__new__(cls)
    for name, value in values.items():
        object.__setattr__(obj, name, value)
    return obj


_SMALL = st.integers(-3, 40)


@settings(max_examples=500)
@given(
    st.sampled_from(
        ["span", "date", "range", "coords", "mention", "quote", "plover", "role", "named", "event", "source"]
    ),
    st.data(),
)
def test_construction_refuses_exactly_what_the_invariants_find(kind: str, data: st.DataObject) -> None:
    """The generated quick test never lets through an object that the full checks would refuse."""
    text_or_blank = st.sampled_from(["", " ", "Да", "Лавров", "x\t", "\u3000", "\u200b"])
    ids = st.sampled_from(["p1", "v1", "p 1", "-p", "Q.1:a", "", "x" * 64, "x" * 65, "п1", "p1\n"])
    countries = st.none() | st.sampled_from(["RU", "ru", "R", "RUS", "KZ\n", "ÄB"])
    if kind == "span":
        cls, values = Span, {"start": data.draw(_SMALL), "end": data.draw(_SMALL)}
    elif kind == "date":
        cls = PartialDate
        values = {
            "year": data.draw(st.integers(-1, 10001)),
            "month": data.draw(st.none() | st.integers(-1, 13)),
        }
        values["day"] = data.draw(st.none() | st.integers(-1, 32))
    elif kind == "range":
        cls = DateRange
        dates = st.builds(
            PartialDate,
            year=st.integers(2023, 2025),
            month=st.none() | st.integers(1, 12),
        ).flatmap(lambda d: st.just(d) if d.month is None else st.sampled_from([d, attrs.evolve(d, day=28)]))
        values = {"start": data.draw(dates), "end": data.draw(dates)}
    elif kind == "coords":
        cls = Coordinates
        values = {"latitude": data.draw(st.floats(-200, 200)), "longitude": data.draw(st.floats(-200, 200))}
    elif kind == "mention":
        cls = Mention
        values = {"text": data.draw(text_or_blank), "span": Span(start=0, end=data.draw(st.integers(0, 7)))}
    elif kind == "quote":
        cls = Quote
        values = {
            "id": data.draw(st.sampled_from(["q1", "q 1", "-q", "Q.1:a"])),
            "text": data.draw(text_or_blank),
            "kind": QuoteKind.MIXED,
            "span": Span(start=0, end=data.draw(st.integers(0, 7))),
            "speaker": None,
            "speaker_text": None,
            "cue": None,
            "paragraph": data.draw(st.none() | st.integers(-2, 2)),
        }
    elif kind == "plover":
        cls = PloverCode
        values = {"event": data.draw(st.sampled_from(["AGREE", "agree", "A_B", "_", "", "A1", "ÄÖ"]))}
        values.update(mode=None, context=())
    elif kind == "named":
        cls = data.draw(st.sampled_from([Person, Organization, Venue]))
        values = {f.name: f.default for f in attrs.fields(cls) if f.default is not attrs.NOTHING}
        values["id"] = data.draw(ids)
        values["name"] = data.draw(text_or_blank)
        if "country" in values:
            values["country"] = data.draw(countries)
        if "parent" in values:
            values["parent"] = data.draw(st.none() | ids)
    elif kind == "event":
        cls = Event
        values = {f.name: f.default for f in attrs.fields(cls) if f.default is not attrs.NOTHING}
        values.update(id=data.draw(ids), kind=EventKind.TALKS, status=EventStatus.OCCURRED)
        values["parent"] = data.draw(st.none() | ids)
        values["cameo"] = data.draw(st.none() | st.sampled_from(["04", "0421", "4", "04211", "o4", "０４"]))
    elif kind == "source":
        cls = data.draw(st.sampled_from([InfoSource, MediaCredit]))
        values = {f.name: f.default for f in attrs.fields(cls) if f.default is not attrs.NOTHING}
        values["name" if cls is InfoSource else "credit"] = data.draw(text_or_blank)
        if cls is MediaCredit:
            values["text"] = "Фото: gov.kz"
    else:
        cls = Role
        values = {
            "title": data.draw(text_or_blank),
            "organization": None,
            "country": data.draw(st.none() | st.sampled_from(["RU", "ru", "R", "RUS", "KZ\n"])),
        }
    expected = list(cls._invariants(_unchecked(cls, **values)))  # type: ignore[attr-defined]
    if expected:
        with pytest.raises(ValidationError) as info:
            cls(**values)
        assert list(info.value.problems) == expected
    else:
        assert attrs.asdict(cls(**values), recurse=False) == values


# ------------------------------------------------------------------------ articles


def test_sample_article_is_valid() -> None:
    article = sample_article()
    assert (
        article.persons[0].mentions[1].text == TEXT[at(TEXT, "Lavrov", 2).start : at(TEXT, "Lavrov", 2).end]
    )
    assert article.published is not None
    assert article.published.precision is Precision.DAY


@given(articles())
def test_generated_articles_rebuild_from_their_fields(article: Article) -> None:
    fields = {f.name: getattr(article, f.name) for f in attrs.fields(Article)}
    assert Article(**fields) == article


def test_ids_are_unique_within_an_article() -> None:
    article = sample_article()
    clash = Venue(id="p1", name="Kazakhstan", kind=VenueKind.COUNTRY)
    assert problems_of(attrs.evolve, article, venues=(*article.venues, clash)) == (
        "$.venues[3].id: duplicate id 'p1' (first at $.persons[0].id)"
    )


def test_every_dangling_reference_is_reported() -> None:
    article = sample_article()
    quotes = (article.quotes[0], attrs.evolve(article.quotes[1], speaker="p9"))
    events = (
        attrs.evolve(
            article.events[0],
            venue="v9",
            participants=(*article.events[0].participants, Participant(entity="x1")),
        ),
        attrs.evolve(article.events[1], parent="e7"),
    )
    venues = (*article.venues[:2], attrs.evolve(article.venues[2], parent="v4"))
    persons = (
        attrs.evolve(article.persons[0], roles=(Role(title="minister", organization="o2"),)),
        article.persons[1],
    )
    message = problems_of(
        attrs.evolve,
        article,
        quotes=quotes,
        events=events,
        venues=venues,
        persons=persons,
        outlet=InfoSource(name="TASS", organization="o3"),
        info_sources=(InfoSource(name="Kremlin", organization="o4"),),
    )
    assert message == (
        "8 problems:\n"
        "  $.outlet.organization: unknown organization id 'o3'\n"
        "  $.info_sources[0].organization: unknown organization id 'o4'\n"
        "  $.persons[0].roles[0].organization: unknown organization id 'o2'\n"
        "  $.venues[2].parent: unknown venue id 'v4'\n"
        "  $.quotes[1].speaker: unknown person id 'p9'\n"
        "  $.events[0].venue: unknown venue id 'v9'\n"
        "  $.events[0].participants[2].entity: unknown person or organization id 'x1'\n"
        "  $.events[1].parent: unknown event id 'e7'"
    )


def test_references_must_point_to_the_right_kind() -> None:
    article = sample_article()
    # "v1" exists, but it is a venue, not a person.
    quote = attrs.evolve(article.quotes[0], speaker="v1")
    assert (
        problems_of(attrs.evolve, article, quotes=(quote,)) == "$.quotes[0].speaker: unknown person id 'v1'"
    )


def test_parents_form_no_cycle() -> None:
    article = sample_article()
    venues = (attrs.evolve(article.venues[0], parent="v3"), *article.venues[1:])
    assert problems_of(attrs.evolve, article, venues=venues) == (
        "3 problems:\n"
        "  $.venues[0].parent: venue 'v1' lies in itself\n"
        "  $.venues[1].parent: venue 'v2' lies in itself\n"
        "  $.venues[2].parent: venue 'v3' lies in itself"
    )
    events = (attrs.evolve(article.events[0], parent="e2"), attrs.evolve(article.events[1], parent="e1"))
    assert problems_of(attrs.evolve, article, events=events) == (
        "2 problems:\n"
        "  $.events[0].parent: event 'e1' is its own ancestor\n"
        "  $.events[1].parent: event 'e2' is its own ancestor"
    )


def test_a_loop_is_reported_at_its_members() -> None:
    article = sample_article()
    venues = (
        attrs.evolve(article.venues[0], parent="v2"),  # Russia in Moscow, Moscow in Russia
        *article.venues[1:],  # the palace lies in Moscow: inside the loop, but not part of it
        Venue(id="v4", name="Astana", kind=VenueKind.CITY),
        Venue(id="v5", name="Ak Orda", kind=VenueKind.BUILDING, parent="v4"),
        Venue(id="v6", name="Tverskaya", kind=VenueKind.DISTRICT, parent="v6x"),
    )
    assert problems_of(attrs.evolve, article, venues=venues) == (
        "3 problems:\n"
        "  $.venues[0].parent: venue 'v1' lies in itself\n"
        "  $.venues[1].parent: venue 'v2' lies in itself\n"
        "  $.venues[5].parent: unknown venue id 'v6x'"
    )


def test_spans_lie_inside_the_text_and_match_it() -> None:
    article = sample_article()
    n = len(TEXT)
    person = attrs.evolve(
        article.persons[0],
        mentions=(Mention(text="Lavrov", span=Span(start=n, end=n + 6)), mention(TEXT, "Lavrov")),
    )
    moved = Mention(text="Sergei", span=at(TEXT, "Murat "))
    murat = at(TEXT, "Murat ")
    message = problems_of(
        attrs.evolve,
        article,
        persons=(person, attrs.evolve(article.persons[1], mentions=(moved,))),
        headline=Paragraph(text="Lavrov meets", span=Span(start=1, end=13)),
        outlet=InfoSource(name="MFA", span=Span(start=0, end=n + 1)),
    )
    assert message == (
        "4 problems:\n"
        "  $.headline.text: 'Lavrov meets' is not the text at 1:13 ('avrov meets ')\n"
        f"  $.outlet.span: ends at {n + 1}, after the end of the text ({n})\n"
        f"  $.persons[0].mentions[0].span: ends at {n + 6}, after the end of the text ({n})\n"
        f"  $.persons[1].mentions[0].text: 'Sergei' is not the text at {murat.start}:{murat.end} ('Murat ')"
    )


def test_quotes_match_the_text_and_their_paragraph() -> None:
    article = sample_article()
    quote = attrs.evolve(article.quotes[1], paragraph=2)
    long_quote = Quote(
        id="q3",
        text="x" * 50,
        kind=QuoteKind.DIRECT,
        span=Span(start=0, end=50),
    )
    assert problems_of(attrs.evolve, article, quotes=(article.quotes[0], quote, long_quote)) == (
        "2 problems:\n"
        "  $.quotes[1].paragraph: no paragraph 2: the article has 2\n"
        f"  $.quotes[2].text: '{'x' * 40}'... (50 characters) is not the text at 0:50 "
        "('Lavrov meets Nurtleu in Moscow\\n\\nRussian '... (50 characters))"
    )


def test_evidence_dates_and_credits_are_checked() -> None:
    article = sample_article()
    wrong = Mention(text="talks", span=at(TEXT, "held "))
    event = attrs.evolve(article.events[0], evidence=(wrong,))
    credit = MediaCredit(credit="MFA", text="Фото: МИД", span=at(TEXT, "Photo: MFA"))
    photo, held = at(TEXT, "Photo: MFA"), at(TEXT, "held ")
    assert problems_of(attrs.evolve, article, events=(event, article.events[1]), media_credits=(credit,)) == (
        "2 problems:\n"
        f"  $.media_credits[0].text: 'Фото: МИД' is not the text at {photo.start}:{photo.end} "
        "('Photo: MFA')\n"
        f"  $.events[0].evidence[0].text: 'talks' is not the text at {held.start}:{held.end} ('held ')"
    )


def test_an_article_without_text_holds_no_spans() -> None:
    assert Article(id="a1").text == ""
    assert problems_of(Article, id="a1", paragraphs=(Paragraph(text="", span=Span(start=0, end=1)),)) == (
        "$.paragraphs[0].span: ends at 1, after the end of the text (0)"
    )


def test_import_is_light() -> None:
    """``import eventkit`` loads no NLP code, and cattrs and orjson only when JSON is first used."""
    code = (
        "import sys, eventkit\n"
        "heavy = ('natasha', 'slovnet', 'navec', 'razdel', 'yargy', 'pymorphy2', 'numpy',\n"
        "         'cattrs', 'orjson')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & set(heavy)))\n"
        "eventkit.dumps(eventkit.Span(start=0, end=1))\n"
        "print('cattrs' in sys.modules and 'orjson' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["[]", "True"]


# ------------------------------------------------------------- url, order, quotes in place


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://tass.ru/politika/123", True),
        ("http://zakon.kz/a?b=1#c", True),
        ("HTTPS://kremlin.ru", True),
        ("https://президент.рф/новости", True),
        ("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66", True),
        ("mailto:press@mid.ru", True),
        ("tass.ru/politika/123", False),
        ("/politika/123", False),
        ("https://", False),
        ("https:///path", False),
        ("http:example.org", False),
        ("https://tass.ru/a b", False),
        ("https://tass.ru/\n", False),
        ("urn:", False),
        ("1http://x", False),
        ("", False),
    ],
)
def test_url_is_absolute(url: str, ok: bool) -> None:
    if ok:
        assert Article(id="a1", url=url).url == url
    else:
        assert problems_of(Article, id="a1", url=url) == (
            f"$.url: {url!r} is not an absolute URL (a scheme such as 'https:', and for http and https "
            "'//' and a host; no spaces)"
        )
    assert Article(id="a1").url is None


def test_lead_is_the_first_paragraph() -> None:
    article = sample_article()
    second = article.paragraphs[1]
    assert problems_of(attrs.evolve, article, lead=second) == (
        f"$.lead: is not the first paragraph (at {second.span.start}:{second.span.end}; "
        f"$.paragraphs[0] is at {article.paragraphs[0].span.start}:{article.paragraphs[0].span.end})"
    )
    assert problems_of(attrs.evolve, article, paragraphs=(), quotes=()) == (
        "$.lead: the article has no paragraphs: a lead is the first one"
    )
    # An equal paragraph made anew is the first paragraph still.
    same = Paragraph(
        text=article.paragraphs[0].text,
        span=Span(start=article.paragraphs[0].span.start, end=article.paragraphs[0].span.end),
    )
    assert attrs.evolve(article, lead=same).lead == article.lead
    assert attrs.evolve(article, lead=None).lead is None


def test_paragraphs_are_in_order_without_overlap() -> None:
    article = sample_article()
    first, second = article.paragraphs
    assert problems_of(attrs.evolve, article, lead=None, paragraphs=(second, first), quotes=()) == (
        f"$.paragraphs[1].span: starts at {first.span.start}, before paragraph 0 ends ({second.span.end}): "
        "paragraphs are in order and do not overlap"
    )
    overlapping = Paragraph(
        text=TEXT[first.span.end - 5 : first.span.end + 3],
        span=Span(start=first.span.end - 5, end=first.span.end + 3),
    )
    assert problems_of(attrs.evolve, article, paragraphs=(first, overlapping), quotes=()).startswith(
        f"$.paragraphs[1].span: starts at {first.span.end - 5}, before paragraph 0 ends ({first.span.end})"
    )
    empty = Paragraph(text="", span=Span(start=first.span.end, end=first.span.end))
    assert attrs.evolve(article, paragraphs=(first, empty, second), quotes=()).paragraphs[1] == empty


def test_a_quote_lies_in_its_paragraph() -> None:
    article = sample_article()
    q1, q2 = article.quotes
    assert problems_of(attrs.evolve, article, quotes=(attrs.evolve(q1, paragraph=1), q2)) == (
        f"$.quotes[0].paragraph: the quote at {q1.span.start}:{q1.span.end} is not inside paragraph 1 "
        f"(at {article.paragraphs[1].span.start}:{article.paragraphs[1].span.end})"
    )
    assert attrs.evolve(article, quotes=(attrs.evolve(q1, paragraph=None), q2)).quotes[0].paragraph is None


def test_the_parser_s_articles_keep_these_rules() -> None:
    """Every example and the seed parse into articles that pass (the parser's paragraphs, lead, quotes)."""
    pytest.importorskip("natasha")
    from pathlib import Path

    root = Path(__file__).parent.parent
    texts = sorted(root.glob("examples/*.txt")) + sorted(root.glob("examples/blind/*.txt"))
    texts += sorted((root.parent / "shared" / "corpus" / "seed").glob("*.txt"))
    assert texts
    for path in texts:
        article = eventkit.parse_article(path.read_text(encoding="utf-8"))
        assert list(article._invariants()) == []
        if article.lead is not None:
            assert article.lead == article.paragraphs[0]


# --------------------------------------------------------------- generated code


def test_a_traceback_through_generated_code_shows_its_lines() -> None:
    import traceback

    with pytest.raises(ValidationError) as info:
        Span(start=3, end=1)
    shown = "".join(traceback.format_exception(info.value))
    assert "<eventkit generated Span constructors" in shown
    assert "raise ValidationError(_problems(self, start, end))" in shown
    # The codec's generated readers and writers too.
    import linecache

    from eventkit import codec

    eventkit.loads(eventkit.dumps(sample_article()))
    fast = codec._converters()[0]
    for fn in (
        fast.get_structure_hook(Mention),
        fast.get_structure_hook(Person),
        fast.get_unstructure_hook(Person),
    ):
        filename = fn.__code__.co_filename
        assert filename.startswith("<eventkit generated")
        assert linecache.getline(filename, 1).startswith("def ")


@given(st.dictionaries(st.sampled_from("abcdefgh"), st.none() | st.sampled_from("abcdefghz"), max_size=8))
def test_loops_are_found_at_their_members(parents: dict[str, str | None]) -> None:
    from eventkit.model import _looping

    def in_loop(start: str) -> bool:
        current = parents.get(start)
        for _ in range(len(parents)):
            if current == start:
                return True
            current = parents.get(current) if current is not None else None
        return False

    assert _looping(parents) == {p for p in parents if in_loop(p)}


def test_one_declaration_per_rule() -> None:
    """The quick and the detailed checks come from the same rules: no class writes either by hand."""
    from eventkit._checks import MODEL_CLASSES

    assert set(MODEL_STRATEGIES) == MODEL_CLASSES
    for cls in MODEL_CLASSES:
        source = inspect.getsource(cls)
        assert "def _valid" not in source
        assert "def _invariants" not in source
