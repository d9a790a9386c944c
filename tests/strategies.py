"""Hypothesis strategies for every model class.

Each strategy builds objects that are valid on their own. :func:`articles` builds whole
articles over a generated text, with every span pointing at the text it claims, ids unique
and every reference (speaker, participant, venue, parent, organization) resolving inside the
same article. Texts never contain surrogate code points (they cannot be written as UTF-8).

Import them in tests as ``from strategies import articles, persons``.
"""

from __future__ import annotations

from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

from eventkit import (
    Appearance,
    Article,
    Coordinates,
    Corpus,
    DateMention,
    DateRange,
    Detail,
    Event,
    EventKind,
    EventStatus,
    Identifier,
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
    Precision,
    Provenance,
    Quote,
    QuoteKind,
    Report,
    Role,
    Scheme,
    Span,
    Story,
    Venue,
    VenueKind,
)

__all__ = [
    "MODEL_STRATEGIES",
    "appearances",
    "article_texts",
    "articles",
    "coordinates",
    "corpora",
    "country_codes",
    "date_mentions",
    "date_ranges",
    "events",
    "identifier_lists",
    "identifiers",
    "ids",
    "info_sources",
    "language_tags",
    "media_credits",
    "mentions",
    "model_objects",
    "names",
    "organizations",
    "paragraphs",
    "partial_dates",
    "participants",
    "persons",
    "plover_codes",
    "provenances",
    "quotes",
    "reports",
    "roles",
    "spans",
    "stories",
    "texts",
    "urls",
    "venues",
]

_T = TypeVar("_T")
_CHARS = st.characters(codec="utf-8")  # every character but the surrogates

# Sentences of the kind the library reads, written for these tests.
_SENTENCES = (
    "Министр иностранных дел Сергей Лавров провёл переговоры с коллегой из Казахстана.",
    '"Мы договорились расширять сотрудничество в сфере культуры", — заявил Лавров.',
    "По словам министра, визит пройдёт 11-12 ноября в Москве.",
    "В Южном административном округе открыли сквер у станции «Алма-Атинская».",
    "Фото: пресс-служба МИД",
    "The foreign ministers met in Astana on Tuesday to prepare the state visit.",
    '"We expect an agreement on transport corridors," the minister told reporters.',
    "Talks will continue in December, according to the press service of the government.",
    "Президент Казахстана прибыл в Россию с государственным визитом, сообщает Zakon.kz.",
)


def texts(min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Any string without surrogates (the characters JSON can carry as UTF-8)."""
    return st.text(_CHARS, min_size=min_size, max_size=max_size)


def names() -> st.SearchStrategy[str]:
    """A non-blank name: realistic ones, or any text with a visible character in it."""
    return st.one_of(
        st.sampled_from(["Сергей Лавров", "Аида Балаева", "Москва", "Zakon.kz", "Ministry of Culture"]),
        texts(min_size=1, max_size=20).filter(lambda s: s.strip() != ""),
    )


def ids() -> st.SearchStrategy[str]:
    """An id: 1-64 of letters, digits, ``_ . : -``, starting with a letter or digit."""
    return st.one_of(
        st.from_regex(r"[pove][0-9]{1,3}", fullmatch=True),
        st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.:\-]{0,63}", fullmatch=True),
    )


def language_tags() -> st.SearchStrategy[str]:
    """A BCP 47 language tag such as ``ru``, ``en-GB``, ``sr-Latn-RS`` or ``und``."""
    return st.one_of(
        st.sampled_from(["ru", "en", "kk", "ru-RU", "en-GB", "sr-Latn-RS", "zh-Hant-TW", "es-419", "und"]),
        st.from_regex(
            r"[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(-[0-9A-Za-z]{5,8})?", fullmatch=True
        ),
    )


def urls() -> st.SearchStrategy[str]:
    """An absolute URL: http(s) with a host, or another scheme (``urn:``, ``mailto:``)."""
    rest = st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Zs", "Zl", "Zp"]), max_size=20)
    return st.one_of(
        st.sampled_from(["https://tass.ru/politika/123", "http://zakon.kz/a?b=1#c", "urn:uuid:1234-abcd"]),
        st.builds(
            lambda scheme, host, tail: f"{scheme}://{host}/{tail}",
            st.sampled_from(["http", "HTTPS"]),
            st.from_regex(r"[a-zа-я0-9.-]{1,12}", fullmatch=True),
            rest,
        ),
        st.builds(
            lambda scheme, tail: f"{scheme}:{tail}",
            st.from_regex(r"[a-z][a-z0-9+.-]{0,6}", fullmatch=True),
            rest.filter(bool),
        ),
    ).filter(lambda u: not any(ch.isspace() for ch in u))


def country_codes() -> st.SearchStrategy[str]:
    """An ISO 3166-1 alpha-2 shaped code (two capital Latin letters)."""
    return st.from_regex(r"[A-Z]{2}", fullmatch=True)


def spans() -> st.SearchStrategy[Span]:
    """A span ``[start, end)`` with ``0 <= start <= end``."""
    return st.builds(
        lambda start, length: Span(start=start, end=start + length),
        st.integers(0, 10**6),
        st.integers(0, 10**4),
    )


@st.composite
def mentions(draw: st.DrawFn) -> Mention:
    """A mention on its own: non-empty text and a span as long as the text."""
    text = draw(texts(min_size=1, max_size=20))
    start = draw(st.integers(0, 10**5))
    return Mention(text=text, span=Span(start=start, end=start + len(text)))


@st.composite
def partial_dates(draw: st.DrawFn, precision: Precision | None = None) -> PartialDate:
    """A valid partial date known to the year, month or day (``precision`` fixes which)."""
    if precision is None:
        precision = draw(st.sampled_from(Precision))
    year = draw(st.integers(1, 9999))
    if precision is Precision.YEAR:
        return PartialDate(year=year)
    month = draw(st.integers(1, 12))
    if precision is Precision.MONTH:
        return PartialDate(year=year, month=month)
    day = draw(st.integers(1, PartialDate(year=year, month=month).latest().day))
    return PartialDate(year=year, month=month, day=day)


@st.composite
def date_ranges(draw: st.DrawFn) -> DateRange:
    """A date range whose start is not after its end (often a single date)."""
    first = draw(partial_dates())
    second = draw(partial_dates())
    if draw(st.booleans()):
        return DateRange(start=first, end=first)
    if first.earliest() > second.latest():
        first, second = second, first
    return DateRange(start=first, end=second)


def coordinates() -> st.SearchStrategy[Coordinates]:
    """Finite WGS 84 coordinates in range."""
    return st.builds(
        Coordinates,
        latitude=st.floats(-90, 90, allow_nan=False),
        longitude=st.floats(-180, 180, allow_nan=False),
    )


def roles(organizations: tuple[str, ...] = ()) -> st.SearchStrategy[Role]:
    """A role; its ``organization`` is one of ``organizations`` (none when that is empty)."""
    org = st.sampled_from(organizations) | st.none() if organizations else st.none()
    return st.builds(
        Role,
        title=names(),
        organization=org,
        country=st.none() | country_codes(),
    )


_IDENTIFIER_VALUES = {
    Scheme.WIKIDATA: st.sampled_from(["Q7747", "Q159", "Q1065"])
    | st.from_regex(r"Q[1-9][0-9]{0,11}", fullmatch=True),
    Scheme.GEONAMES: st.sampled_from(["1526273", "524901"])
    | st.from_regex(r"[1-9][0-9]{0,11}", fullmatch=True),
    Scheme.ISO3166: st.sampled_from(["KZ", "RU-MOW"])
    | st.from_regex(r"[A-Z]{2}(-[A-Z0-9]{1,3})?", fullmatch=True),
}


def identifiers(scheme: Scheme | None = None) -> st.SearchStrategy[Identifier]:
    """An external identifier whose value fits its scheme (``Q7747``, ``1526273``, ``RU-MOW``)."""
    schemes = st.just(scheme) if scheme is not None else st.sampled_from(Scheme)
    return schemes.flatmap(lambda s: st.builds(Identifier, scheme=st.just(s), value=_IDENTIFIER_VALUES[s]))


def identifier_lists() -> st.SearchStrategy[tuple[Identifier, ...]]:
    """At most one identifier of each scheme, in any order."""
    return (
        st.lists(st.sampled_from(Scheme), unique=True, max_size=3)
        .flatmap(lambda schemes: st.tuples(*(identifiers(s) for s in schemes)))
        .map(tuple)
    )


def _opt_text(max_size: int = 15) -> st.SearchStrategy[str | None]:
    return st.none() | texts(max_size=max_size)


def _person(id: str, found: tuple[Mention, ...], orgs: tuple[str, ...]) -> st.SearchStrategy[Person]:
    return st.builds(
        Person,
        id=st.just(id),
        name=names(),
        given_name=_opt_text(),
        family_name=_opt_text(),
        patronymic=_opt_text(),
        aliases=st.lists(texts(max_size=10), max_size=2).map(tuple),
        roles=st.lists(roles(orgs), max_size=2).map(tuple),
        mentions=st.just(found),
        identifiers=identifier_lists(),
    )


@st.composite
def persons(draw: st.DrawFn) -> Person:
    """A person on its own (roles name no organization, mentions are free-standing)."""
    found = tuple(draw(st.lists(mentions(), max_size=2)))
    return draw(_person(draw(ids()), found, ()))


def _organization(id: str, found: tuple[Mention, ...]) -> st.SearchStrategy[Organization]:
    return st.builds(
        Organization,
        id=st.just(id),
        name=names(),
        country=st.none() | country_codes(),
        aliases=st.lists(texts(max_size=10), max_size=2).map(tuple),
        mentions=st.just(found),
        identifiers=identifier_lists(),
    )


@st.composite
def organizations(draw: st.DrawFn) -> Organization:
    """An organization on its own."""
    return draw(_organization(draw(ids()), tuple(draw(st.lists(mentions(), max_size=2)))))


def _venue(id: str, parent: str | None, found: tuple[Mention, ...]) -> st.SearchStrategy[Venue]:
    return st.builds(
        Venue,
        id=st.just(id),
        name=names(),
        kind=st.sampled_from(VenueKind),
        parent=st.just(parent),
        country=st.none() | country_codes(),
        coordinates=st.none() | coordinates(),
        aliases=st.lists(texts(max_size=10), max_size=2).map(tuple),
        mentions=st.just(found),
        identifiers=identifier_lists(),
    )


@st.composite
def venues(draw: st.DrawFn) -> Venue:
    """A venue on its own; its ``parent``, when set, is a different id."""
    id = draw(ids())
    parent = draw(st.none() | ids().filter(lambda p: p != id))
    return draw(_venue(id, parent, tuple(draw(st.lists(mentions(), max_size=2)))))


def _quote(
    id: str, text: str, span: Span, speakers: tuple[str, ...], n_paragraphs: int
) -> st.SearchStrategy[Quote]:
    return st.builds(
        Quote,
        id=st.just(id),
        text=st.just(text),
        kind=st.sampled_from(QuoteKind),
        span=st.just(span),
        speaker=st.sampled_from(speakers) | st.none() if speakers else st.none(),
        speaker_text=_opt_text(),
        cue=_opt_text(),
        paragraph=st.integers(0, n_paragraphs - 1) | st.none() if n_paragraphs else st.none(),
    )


@st.composite
def quotes(draw: st.DrawFn) -> Quote:
    """A quote on its own: non-blank text, a span as long as the text, any speaker id."""
    text = draw(texts(min_size=1, max_size=30).filter(lambda s: s.strip() != ""))
    start = draw(st.integers(0, 10**5))
    quote = draw(_quote(draw(ids()), text, Span(start=start, end=start + len(text)), (), 0))
    return draw(
        st.builds(
            lambda speaker, paragraph: _evolve(quote, speaker=speaker, paragraph=paragraph),
            st.none() | ids(),
            st.none() | st.integers(0, 50),
        )
    )


def participants(entities: tuple[str, ...] | None = None) -> st.SearchStrategy[Participant]:
    """A participant: one of ``entities`` (any id when not given) in some part."""
    entity = st.sampled_from(entities) if entities else ids()
    return st.builds(Participant, entity=entity, part=st.sampled_from(Part))


def plover_codes() -> st.SearchStrategy[PloverCode]:
    """A PLOVER coding with an upper-case event name, an optional mode and contexts."""
    return st.builds(
        PloverCode,
        event=st.sampled_from(["CONSULT", "AGREE", "COOPERATE", "SUPPORT", "DEMAND"])
        | st.from_regex(r"[A-Z]{1,8}(_[A-Z]{1,8})?", fullmatch=True),
        mode=st.none() | st.sampled_from(["visit", "host", "phone", "third-party", "summit"]),
        context=st.lists(st.sampled_from(["diplomatic", "economic", "cultural", "culture"]), max_size=2).map(
            tuple
        ),
    )


def _event(
    id: str,
    venue: st.SearchStrategy[str | None],
    parent: st.SearchStrategy[str | None],
    entities: tuple[str, ...] | None,
    evidence: tuple[Mention, ...],
) -> st.SearchStrategy[Event]:
    return st.builds(
        Event,
        id=st.just(id),
        kind=st.sampled_from(EventKind),
        status=st.sampled_from(EventStatus),
        dates=st.none() | date_ranges(),
        venue=venue,
        participants=st.lists(participants(entities), max_size=3).map(tuple)
        if entities is None or entities
        else st.just(()),
        parent=parent,
        cameo=st.none() | st.from_regex(r"[0-9]{2,4}", fullmatch=True),
        plover=st.none() | plover_codes(),
        evidence=st.just(evidence),
    )


@st.composite
def events(draw: st.DrawFn) -> Event:
    """An event on its own: any venue, participant and (other) parent ids."""
    id = draw(ids())
    evidence = tuple(draw(st.lists(mentions(), max_size=2)))
    parent = st.none() | ids().filter(lambda p: p != id)
    return draw(_event(id, st.none() | ids(), parent, None, evidence))


@st.composite
def paragraphs(draw: st.DrawFn) -> Paragraph:
    """A paragraph on its own: any text, a span as long as the text."""
    text = draw(texts(max_size=40))
    start = draw(st.integers(0, 10**5))
    return Paragraph(text=text, span=Span(start=start, end=start + len(text)))


def info_sources(organizations: tuple[str, ...] = ()) -> st.SearchStrategy[InfoSource]:
    """A cited source; ``organization`` is one of ``organizations`` or none."""
    return st.builds(
        InfoSource,
        name=names(),
        cue=_opt_text(),
        span=st.none() | spans(),
        organization=st.sampled_from(organizations) | st.none() if organizations else st.none(),
    )


@st.composite
def media_credits(draw: st.DrawFn) -> MediaCredit:
    """A photo credit on its own: the credit, the line, and perhaps a span as long as the line."""
    text = draw(texts(max_size=20))
    span = None
    if draw(st.booleans()):
        start = draw(st.integers(0, 10**5))
        span = Span(start=start, end=start + len(text))
    return MediaCredit(credit=draw(names()), text=text, span=span)


@st.composite
def date_mentions(draw: st.DrawFn) -> DateMention:
    """A date expression on its own: text, a span as long as the text, and its dates."""
    text = draw(texts(max_size=20))
    start = draw(st.integers(0, 10**5))
    return DateMention(text=text, span=Span(start=start, end=start + len(text)), dates=draw(date_ranges()))


def provenances() -> st.SearchStrategy[Provenance]:
    """Which extractor made an article."""
    return st.builds(
        Provenance,
        extractor=st.sampled_from(["eventkit.parse_article", "manual"]) | texts(max_size=10),
        version=st.from_regex(r"[0-9]{1,2}\.[0-9]{1,2}(\.[0-9])?", fullmatch=True),
        recognizer=st.none() | st.sampled_from(["natasha-1.6", "none"]),
    )


def article_texts() -> st.SearchStrategy[str]:
    """An article's text: realistic sentences in paragraphs, or arbitrary characters."""
    realistic = st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=6).flatmap(
        lambda sentences: st.sampled_from(["\n\n", " ", "\n"]).map(lambda sep: sep.join(sentences))
    )
    return st.one_of(realistic, texts(max_size=200))


# ------------------------------------------------------------------------- articles


def _slice(draw: st.DrawFn, text: str, *, nonblank: bool = False, empty: bool = False) -> tuple[str, Span]:
    """A piece of ``text`` and its span; non-empty unless ``empty``, with a visible char if ``nonblank``."""
    if nonblank:
        visible = [i for i, ch in enumerate(text) if not ch.isspace()]
        anchor = draw(st.sampled_from(visible))
        start = draw(st.integers(max(0, anchor - 30), anchor))
        end = draw(st.integers(anchor + 1, min(len(text), anchor + 30)))
    else:
        start = draw(st.integers(0, len(text) if empty else len(text) - 1))
        low = start if empty else start + 1
        end = draw(st.integers(low, min(len(text), low + 40)))
    return text[start:end], Span(start=start, end=end)


def _text_mentions(draw: st.DrawFn, text: str, max_size: int = 2) -> tuple[Mention, ...]:
    if not text:
        return ()
    n = draw(st.integers(0, max_size))
    found = []
    for _ in range(n):
        piece, span = _slice(draw, text)
        found.append(Mention(text=piece, span=span))
    return tuple(found)


@st.composite
def articles(draw: st.DrawFn, max_entities: int = 3) -> Article:
    """A valid article over a generated text.

    Every paragraph, mention, quote, date and credit is a real slice of the text; ids are
    unique across persons, organizations, venues, quotes and events; speakers, participants,
    venues, parents and organizations refer to objects of the same article, and venue and
    event parents form no cycle. Paragraphs are in order without overlap, the lead (if any)
    is the first of them, and a quote's paragraph holds the quote.
    """
    text = draw(article_texts())
    has_visible = any(not ch.isspace() for ch in text)
    n_persons, n_orgs, n_venues, n_events = (draw(st.integers(0, max_entities)) for _ in range(4))
    n_quotes = draw(st.integers(0, max_entities)) if has_visible else 0
    total = n_persons + n_orgs + n_venues + n_quotes + n_events
    all_ids = draw(st.lists(ids(), min_size=total, max_size=total, unique=True))
    person_ids = tuple(all_ids[:n_persons])
    org_ids = tuple(all_ids[n_persons : n_persons + n_orgs])
    venue_ids = tuple(all_ids[n_persons + n_orgs : n_persons + n_orgs + n_venues])
    quote_ids = all_ids[n_persons + n_orgs + n_venues : total - n_events]
    event_ids = tuple(all_ids[total - n_events :])

    def block() -> Paragraph:
        piece, span = _slice(draw, text, empty=True)
        return Paragraph(text=piece, span=span)

    def blocks(max_size: int) -> tuple[Paragraph, ...]:
        return tuple(block() for _ in range(draw(st.integers(0, max_size))))

    def optional_block() -> Paragraph | None:
        return block() if draw(st.booleans()) else None

    # Paragraphs in order, without overlap: pairs of cut points in ascending order.
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    paragraph_list = tuple(
        Paragraph(text=text[start:end], span=Span(start=start, end=end))
        for start, end in zip(cuts[::2], cuts[1::2], strict=False)
    )
    found_persons = tuple(draw(_person(pid, _text_mentions(draw, text), org_ids)) for pid in person_ids)
    found_orgs = tuple(draw(_organization(oid, _text_mentions(draw, text))) for oid in org_ids)
    found_venues = tuple(
        draw(
            _venue(
                vid,
                draw(st.none() | st.sampled_from(venue_ids[:i])) if i else None,
                _text_mentions(draw, text),
            )
        )
        for i, vid in enumerate(venue_ids)
    )
    found_quotes = []
    for qid in quote_ids:
        piece, span = _slice(draw, text, nonblank=True)
        quote = draw(_quote(qid, piece, span, person_ids, 0))
        holders = [
            i for i, p in enumerate(paragraph_list) if p.span.start <= span.start and span.end <= p.span.end
        ]
        found_quotes.append(
            _evolve(quote, paragraph=draw(st.none() | st.sampled_from(holders)) if holders else None)
        )
    entities = person_ids + org_ids
    found_events = tuple(
        draw(
            _event(
                eid,
                st.none() | st.sampled_from(venue_ids) if venue_ids else st.none(),
                st.none() | st.sampled_from(event_ids[:i]) if i else st.none(),
                entities,
                _text_mentions(draw, text),
            )
        )
        for i, eid in enumerate(event_ids)
    )
    credits = []
    for _ in range(draw(st.integers(0, 2))):
        credit = draw(names())
        if text and draw(st.booleans()):
            piece, span = _slice(draw, text, empty=True)
            credits.append(MediaCredit(credit=credit, text=piece, span=span))
        else:
            credits.append(MediaCredit(credit=credit, text=draw(texts(max_size=15))))
    dates = []
    for _ in range(draw(st.integers(0, 2))):
        piece, span = _slice(draw, text, empty=True)
        dates.append(DateMention(text=piece, span=span, dates=draw(date_ranges())))

    def source() -> InfoSource:
        made = draw(info_sources(org_ids))
        return _evolve(made, span=_slice(draw, text, empty=True)[1] if draw(st.booleans()) else None)

    return Article(
        id=draw(ids()),
        url=draw(st.none() | urls()),
        text=text,
        language=draw(language_tags()),
        published=draw(st.none() | partial_dates()),
        headline=optional_block(),
        lead=paragraph_list[0] if paragraph_list and draw(st.booleans()) else None,
        paragraphs=paragraph_list,
        boilerplate=blocks(1),
        outlet=source() if draw(st.booleans()) else None,
        info_sources=tuple(source() for _ in range(draw(st.integers(0, 2)))),
        media_credits=tuple(credits),
        dates=tuple(dates),
        persons=found_persons,
        organizations=found_orgs,
        venues=found_venues,
        quotes=tuple(found_quotes),
        events=found_events,
        provenance=draw(st.none() | provenances()),
    )


def _one_of(choices: tuple[str, ...] | None) -> st.SearchStrategy[str | None]:
    """None, or one of ``choices`` (any id when ``choices`` is None)."""
    if choices is None:
        return st.none() | ids()
    return st.none() | st.sampled_from(choices) if choices else st.none()


def reports(
    articles: tuple[str, ...] = (), venues: tuple[str, ...] | None = None
) -> st.SearchStrategy[Report]:
    """A report of a story: one of ``articles`` (any id when none), its venue one of ``venues``."""
    return st.builds(
        Report,
        article=st.sampled_from(articles) if articles else ids(),
        event=ids(),
        kind=st.sampled_from(EventKind),
        status=st.sampled_from(EventStatus),
        dates=st.none() | date_ranges(),
        venue=_one_of(venues),
        source=st.none() | names(),
        published=st.none() | partial_dates(),
    )


def _story(
    id: str,
    articles: tuple[str, ...],
    venues: tuple[str, ...] | None,
    entities: tuple[str, ...] | None,
    parent: Any,
) -> st.SearchStrategy[Story]:
    return st.builds(
        Story,
        id=st.just(id),
        kind=st.sampled_from(EventKind),
        status=st.sampled_from(EventStatus),
        reports=st.lists(
            reports(articles, venues), min_size=1, max_size=3, unique_by=lambda r: (r.article, r.event)
        ).map(tuple),
        dates=st.none() | date_ranges(),
        venue=_one_of(venues),
        participants=st.lists(participants(entities), max_size=3).map(tuple)
        if entities is None or entities
        else st.just(()),
        parent=parent,
        sources=st.lists(names(), max_size=2, unique=True).map(tuple),
        disputed=st.lists(st.sampled_from(Detail), unique=True, max_size=2).map(tuple),
    )


@st.composite
def stories(draw: st.DrawFn) -> Story:
    """A story on its own: any article, venue, participant and (other) parent ids."""
    id = draw(ids())
    return draw(_story(id, (), None, None, st.none() | ids().filter(lambda p: p != id)))


def appearances() -> st.SearchStrategy[Appearance]:
    """An appearance on its own."""
    return st.builds(Appearance, entity=ids(), article=ids(), id=ids())


@st.composite
def corpora(draw: st.DrawFn, max_entities: int = 3) -> Corpus:
    """A corpus whose references all resolve: articles, entities without mentions, stories, appearances."""
    articles = tuple(draw(st.lists(ids(), unique=True, max_size=4)))
    taken = draw(st.lists(ids(), unique=True, min_size=4 * max_entities, max_size=4 * max_entities))
    n_p, n_o, n_v, n_s = (draw(st.integers(0, max_entities)) for _ in range(4))
    person_ids, org_ids = tuple(taken[:n_p]), tuple(taken[max_entities : max_entities + n_o])
    venue_ids = tuple(taken[2 * max_entities : 2 * max_entities + n_v])
    story_ids = tuple(taken[3 * max_entities : 3 * max_entities + n_s])
    persons = tuple(draw(_person(i, (), org_ids)) for i in person_ids)
    orgs = tuple(draw(_organization(i, ())) for i in org_ids)
    # Each venue lies in one listed before it, so no venue lies in itself.
    venues = tuple(
        draw(_venue(i, draw(st.none() | st.sampled_from(venue_ids[:k])) if k else None, ()))
        for k, i in enumerate(venue_ids)
    )
    found_stories = tuple(
        draw(
            _story(
                i,
                articles,
                venue_ids,
                person_ids + org_ids,
                st.none() | st.sampled_from(story_ids[:k]) if k else st.none(),
            )
        )
        for k, i in enumerate(story_ids)
    )
    if not articles:
        found_stories = ()
    seen: set[tuple[str, str]] = set()
    unique_stories = []
    for story in found_stories:  # an event of an article is reported in one story
        kept = tuple(r for r in story.reports if (r.article, r.event) not in seen)
        seen.update((r.article, r.event) for r in kept)
        if kept:
            unique_stories.append(_evolve(story, reports=kept))
    kept_ids = {s.id for s in unique_stories}
    unique_stories = [
        s if s.parent in kept_ids or s.parent is None else _evolve(s, parent=None) for s in unique_stories
    ]
    entities = person_ids + org_ids + venue_ids
    found_appearances = (
        draw(
            st.lists(
                st.builds(
                    Appearance, entity=st.sampled_from(entities), article=st.sampled_from(articles), id=ids()
                ),
                max_size=4,
                unique_by=lambda a: (a.article, a.id),
            )
        )
        if entities and articles
        else []
    )
    return Corpus(
        articles=articles,
        persons=persons,
        organizations=orgs,
        venues=venues,
        stories=tuple(unique_stories),
        appearances=tuple(found_appearances),
    )


def _evolve(obj: _T, **changes: Any) -> _T:
    return attrs.evolve(obj, **changes)  # type: ignore[misc]


MODEL_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    Span: spans(),
    Mention: mentions(),
    PartialDate: partial_dates(),
    DateRange: date_ranges(),
    DateMention: date_mentions(),
    Coordinates: coordinates(),
    Role: roles(),
    Person: persons(),
    Organization: organizations(),
    Venue: venues(),
    Quote: quotes(),
    Participant: participants(),
    PloverCode: plover_codes(),
    Event: events(),
    Paragraph: paragraphs(),
    InfoSource: info_sources(),
    MediaCredit: media_credits(),
    Provenance: provenances(),
    Article: articles(),
    Identifier: identifiers(),
    Report: reports(),
    Story: stories(),
    Appearance: appearances(),
    Corpus: corpora(),
}
"""A strategy for each model class, keyed by the class."""


def model_objects() -> st.SearchStrategy[Any]:
    """An instance of any model class."""
    return st.one_of(*MODEL_STRATEGIES.values())
