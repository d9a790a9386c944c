"""Event extraction on small articles built by hand: kinds, statuses, dates, parts, parents."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest
import strategies
from hypothesis import given, settings
from hypothesis import strategies as st

from eventkit import (
    Article,
    DateMention,
    DateRange,
    Event,
    EventKind,
    EventStatus,
    Mention,
    Organization,
    Paragraph,
    PartialDate,
    Person,
    PloverCode,
    Role,
    Span,
    Venue,
    VenueKind,
)
from eventkit.events import CODES, PLANNED_CODES, codes_for, extract_events

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"

# name, surface forms, role titles
PersonSpec = tuple[str, Sequence[str], Sequence[str]]


def _mentions(text: str, forms: Sequence[str]) -> tuple[Mention, ...]:
    found = []
    for form in forms:
        for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
            found.append(Mention(text=form, span=Span(start=m.start(), end=m.end())))
    return tuple(sorted(found, key=lambda x: x.span.start))


def build(
    text: str,
    *,
    published: str = "2025-11-11",
    persons: Sequence[PersonSpec] = (),
    organizations: Sequence[tuple[str, Sequence[str]]] = (),
    venues: Sequence[tuple[str, str, Sequence[str]]] = (),
    dates: Sequence[tuple[str, str, str]] = (),
) -> Article:
    """An article whose paragraphs, entities and dates are found in ``text`` with ``str.find``."""
    paragraphs = []
    for m in re.finditer(r"[^\n]+", text):
        start = m.start()
        header = re.match(r"\s*date\s+\S+\s", m.group())
        if header is not None:
            start += header.end()
        if m.group().startswith("Фото:"):
            continue
        paragraphs.append(Paragraph(text=text[start : m.end()], span=Span(start=start, end=m.end())))
    date_mentions = []
    for surface, first, last in dates:
        at = text.index(surface)
        date_mentions.append(
            DateMention(
                text=surface,
                span=Span(start=at, end=at + len(surface)),
                dates=DateRange(start=PartialDate.fromisoformat(first), end=PartialDate.fromisoformat(last)),
            )
        )
    return Article(
        id="a1",
        text=text,
        language="ru",
        published=PartialDate.fromisoformat(published),
        paragraphs=tuple(paragraphs),
        dates=tuple(date_mentions),
        persons=tuple(
            Person(
                id=f"p{i}",
                name=name,
                roles=tuple(Role(title=t) for t in roles),
                mentions=_mentions(text, forms),
            )
            for i, (name, forms, roles) in enumerate(persons, 1)
        ),
        organizations=tuple(
            Organization(id=f"o{i}", name=name, mentions=_mentions(text, forms))
            for i, (name, forms) in enumerate(organizations, 1)
        ),
        venues=tuple(
            Venue(id=f"v{i}", name=name, kind=VenueKind(kind), mentions=_mentions(text, forms))
            for i, (name, kind, forms) in enumerate(venues, 1)
        ),
    )


def names(article: Article, event: Event) -> list[tuple[str, str]]:
    """The event's participants as (name, part)."""
    by_id = {p.id: p.name for p in article.persons} | {o.id: o.name for o in article.organizations}
    return [(by_id[p.entity], p.part.value) for p in event.participants]


def venue_name(article: Article, event: Event) -> str | None:
    return next((v.name for v in article.venues if v.id == event.venue), None)


def dates_of(event: Event) -> tuple[str, str] | None:
    return None if event.dates is None else (str(event.dates.start), str(event.dates.end))


def check(article: Article) -> tuple[Event, ...]:
    """The events, after checking they fit the article (ids, spans and references hold)."""
    events = extract_events(article)
    Article(**{**{f: getattr(article, f) for f in article.__slots__ if f != "__weakref__"}, "events": events})
    taken = {
        x.id
        for group in (article.persons, article.organizations, article.venues, article.quotes)
        for x in group
    }
    free = (f"e{n}" for n in range(1, len(taken) + len(events) + 1) if f"e{n}" not in taken)
    assert [e.id for e in events] == [next(free) for _ in events]  # e1, e2 ... past any id in use
    return events


# ----------------------------------------------------------------------- the seed article

SEED_PERSONS: list[PersonSpec] = [
    ("Касым-Жомарт Токаев", ["Касым-Жомарта Токаева", "Касым-Жомарт Токаев"], ["президент Казахстана"]),
    ("Аида Балаева", ["Аида Балаева"], ["министр культуры и информации Казахстана"]),
    ("Андрей Яцкин", ["Андрей Яцкин"], []),
    ("Владимир Путин", ["Владимиром Путиным"], ["президент России"]),
]
SEED_ORGANIZATIONS = [
    ("Министерство культуры и информации Казахстана", ["Министерства культуры и информации Казахстана"]),
    ("Российская газета", ["Российская газета"]),
    ("Zakon.kz", ["Zakon.kz"]),
]
SEED_VENUES = [
    ("Россия", "country", ["Россию", "России", "РФ"]),
    ("Казахстан", "country", ["Казахстана", "Казахстане"]),
    ("Москва", "city", ["Москве", "Москву", "Москвы"]),
    ("Астана", "city", ["Астане"]),
    ("Сквер дружбы Казахстана и России", "park", ["Сквера дружбы Казахстана и России"]),
    ("Аллея вечной дружбы Казахстана и России", "park", ["Аллея вечной дружбы Казахстана и России"]),
]


@pytest.fixture(scope="module")
def seed() -> Article:
    path = CORPUS / "seed" / "zakon-kz-2025-11-11-friendship-square.txt"
    if not path.exists():
        pytest.skip(f"the shared corpus is not beside the checkout ({path.name} missing)")
    return build(
        path.read_text(encoding="utf-8"),
        persons=SEED_PERSONS,
        organizations=SEED_ORGANIZATIONS,
        venues=SEED_VENUES,
        dates=[("11-12 ноября", "2025-11-11", "2025-11-12"), ("в мае 2025 года", "2025-05", "2025-05")],
    )


def test_seed_has_its_five_events(seed: Article) -> None:
    events = check(seed)
    assert [(e.kind, e.status) for e in events] == [
        (EventKind.STATE_VISIT, EventStatus.SCHEDULED),
        (EventKind.OPENING, EventStatus.OCCURRED),
        (EventKind.OPENING, EventStatus.OCCURRED),
        (EventKind.TALKS, EventStatus.SCHEDULED),
        (EventKind.PUBLICATION, EventStatus.OCCURRED),
    ]


def test_seed_state_visit_is_one_event_with_all_its_mentions(seed: Article) -> None:
    visit = check(seed)[0]
    assert dates_of(visit) == ("2025-11-11", "2025-11-12")
    assert venue_name(seed, visit) == "Россия"
    assert names(seed, visit) == [("Касым-Жомарт Токаев", "visitor")]
    assert [m.text for m in visit.evidence] == [
        "В рамках государственного визита",
        "накануне исторического государственного визита",
        "посетит Россию 11-12 ноября",
        "В рамках визита",
        "В преддверии визита",
    ]
    assert (visit.cameo, visit.plover) == ("036", PloverCode(event="AGREE", context=("diplomatic",)))


def test_seed_opening_within_the_visit_has_no_invented_date(seed: Article) -> None:
    visit, opening = check(seed)[:2]
    assert opening.parent == visit.id
    assert opening.dates is None
    assert venue_name(seed, opening) == "Сквер дружбы Казахстана и России"
    assert names(seed, opening) == [("Аида Балаева", "participant"), ("Андрей Яцкин", "participant")]
    assert [m.text for m in opening.evidence] == ["открытие", "торжественной церемонии", "открываем"]


def test_seed_alley_opening_is_dated_to_the_month(seed: Article) -> None:
    alley = check(seed)[2]
    assert alley.dates == DateRange.single(PartialDate(year=2025, month=5))
    assert alley.parent is None
    assert venue_name(seed, alley) == "Аллея вечной дружбы Казахстана и России"


def test_seed_talks_resolve_the_pronoun_to_the_visitor(seed: Article) -> None:
    visit, talks = check(seed)[0], check(seed)[3]
    assert talks.parent == visit.id
    assert talks.dates is None
    assert talks.venue == visit.venue  # within a visit to come, naming no place: where the visit goes
    assert venue_name(seed, talks) == "Россия"
    assert names(seed, talks) == [("Касым-Жомарт Токаев", "participant"), ("Владимир Путин", "participant")]


def test_seed_publication_has_author_and_publisher(seed: Article) -> None:
    publication = check(seed)[4]
    assert publication.parent is None
    assert names(seed, publication) == [("Касым-Жомарт Токаев", "author"), ("Российская газета", "publisher")]
    assert [m.text for m in publication.evidence] == ["написал статью", "опубликовала"]


# ----------------------------------------------------------------- small articles of our own


def test_phone_call_is_coded_consult_by_phone() -> None:
    article = build(
        "Президент России Владимир Путин провел телефонный разговор с президентом Казахстана "
        "Касым-Жомартом Токаевым.",
        persons=[
            ("Владимир Путин", ["Владимир Путин"], []),
            ("Касым-Жомарт Токаев", ["Касым-Жомартом Токаевым"], []),
        ],
        venues=[("Россия", "country", ["России"]), ("Казахстан", "country", ["Казахстана"])],
    )
    (call,) = check(article)
    assert (call.kind, call.status) == (EventKind.PHONE_CALL, EventStatus.OCCURRED)
    assert call.venue is None  # the countries belong to the titles, not to a place
    assert names(article, call) == [("Владимир Путин", "participant"), ("Касым-Жомарт Токаев", "participant")]
    assert (call.cameo, call.plover) == (
        "041",
        PloverCode(event="CONSULT", mode="phone", context=("diplomatic",)),
    )


def test_postponed_visit_keeps_its_destination_and_new_date() -> None:
    article = build(
        "Визит премьер-министра Индии Нарендры Моди в Москву перенесли на декабрь.",
        persons=[("Нарендра Моди", ["Нарендры Моди"], [])],
        venues=[("Индия", "country", ["Индии"]), ("Москва", "city", ["Москву"])],
        dates=[("на декабрь", "2025-12", "2025-12")],
    )
    (visit,) = check(article)
    assert (visit.kind, visit.status) == (EventKind.VISIT, EventStatus.POSTPONED)
    assert venue_name(article, visit) == "Москва"
    assert names(article, visit) == [("Нарендра Моди", "visitor")]
    assert dates_of(visit) == ("2025-12", "2025-12")


def test_a_session_that_is_being_moved_is_postponed() -> None:
    article = build("Заседание комиссии, намеченное на май, переносится на осень.")
    (session,) = check(article)
    assert (session.kind, session.status) == (EventKind.SESSION, EventStatus.POSTPONED)


def test_a_session_moved_to_a_month_takes_the_new_month() -> None:
    article = build(
        "Следующее заседание совета, которое планировалось провести в мае, перенесено на февраль 2027 года.",
        dates=[("в мае", "2026-05", "2026-05"), ("на февраль 2027 года", "2027-02", "2027-02")],
    )
    (session,) = check(article)
    assert session.status is EventStatus.POSTPONED
    assert dates_of(session) == ("2027-02", "2027-02")


def test_cancellation_outweighs_the_plan_in_the_same_clause() -> None:
    article = build("Переговоры министров иностранных дел, намеченные на пятницу, отменены.")
    (talks,) = check(article)
    assert talks.status is EventStatus.CANCELLED
    assert (talks.cameo, talks.plover) == (None, None)


def test_future_in_past_then_cancelled_is_one_cancelled_visit() -> None:
    article = build(
        "Ранее сообщалось, что Сергей Лавров должен был посетить Анкару, однако визит отменили.",
        persons=[("Сергей Лавров", ["Сергей Лавров"], [])],
        venues=[("Анкара", "city", ["Анкару"])],
    )
    (visit,) = check(article)
    assert visit.status is EventStatus.CANCELLED
    assert [m.text for m in visit.evidence] == ["должен был посетить Анкару", "визит"]


def test_reported_plan_is_scheduled() -> None:
    article = build(
        "Как сообщили в пресс-службе, Сергей Лавров должен был посетить Анкару в начале декабря.",
        persons=[("Сергей Лавров", ["Сергей Лавров"], [])],
        venues=[("Анкара", "city", ["Анкару"])],
    )
    (visit,) = check(article)
    assert visit.status is EventStatus.SCHEDULED


@pytest.mark.parametrize(
    "text",
    [
        "Президенты поручили министрам встретиться в Минске.",
        "Министр сообщил, что Баку рассчитывает встретиться в Минске.",
    ],
)
def test_an_instruction_or_a_hope_to_meet_is_scheduled(text: str) -> None:
    article = build(text, venues=[("Минск", "city", ["Минске"])])
    (meeting,) = check(article)
    assert meeting.status is EventStatus.SCHEDULED


def test_sidelines_of_a_summit_make_it_the_parent() -> None:
    article = build(
        "На полях саммита ШОС в Тяньцзине Владимир Путин встретился с Нарендрой Моди.",
        persons=[("Владимир Путин", ["Владимир Путин"], []), ("Нарендра Моди", ["Нарендрой Моди"], [])],
        organizations=[("ШОС", ["ШОС"])],
        venues=[("Тяньцзинь", "city", ["Тяньцзине"])],
    )
    summit, meeting = check(article)
    assert summit.kind is EventKind.SUMMIT
    assert meeting.kind is EventKind.MEETING
    assert meeting.parent == summit.id
    assert meeting.status is EventStatus.OCCURRED
    assert venue_name(article, summit) == "Тяньцзинь"  # "саммита ШОС в Тяньцзине"
    assert venue_name(article, meeting) == "Тяньцзинь"  # on the summit's sidelines: where it is
    assert summit.plover == PloverCode(event="CONSULT", mode="multilateral", context=("diplomatic",))


def test_month_before_the_sidelines_dates_the_summit() -> None:
    article = build(
        "Путин и Лукашенко в последний раз встречались в мае прошлого года в Минске на полях саммита ОДКБ.",
        persons=[("Владимир Путин", ["Путин"], []), ("Александр Лукашенко", ["Лукашенко"], [])],
        organizations=[("ОДКБ", ["ОДКБ"])],
        venues=[("Минск", "city", ["Минске"])],
        dates=[("мае прошлого года", "2025-05", "2025-05")],
        published="2026-03-10",
    )
    summit = next(e for e in check(article) if e.kind is EventKind.SUMMIT)
    assert summit.dates is not None
    assert (str(summit.dates.start), str(summit.dates.end)) == ("2025-05", "2025-05")


def test_day_before_the_sidelines_does_not_date_the_summit() -> None:
    article = build(
        "Путин и Лукашенко встречались 14 мая в Минске на полях саммита ОДКБ.",
        persons=[("Владимир Путин", ["Путин"], []), ("Александр Лукашенко", ["Лукашенко"], [])],
        organizations=[("ОДКБ", ["ОДКБ"])],
        venues=[("Минск", "city", ["Минске"])],
        dates=[("14 мая", "2025-05-14", "2025-05-14")],
    )
    summit = next(e for e in check(article) if e.kind is EventKind.SUMMIT)
    assert summit.dates is None  # a summit may last longer than the day of the meeting


def test_who_invites_is_no_part_of_the_visit() -> None:
    article = build(
        "Касым-Жомарт Токаев посетит Россию по приглашению Владимира Путина.",
        persons=[
            ("Касым-Жомарт Токаев", ["Касым-Жомарт Токаев"], []),
            ("Владимир Путин", ["Владимира Путина"], []),
        ],
        venues=[("Россия", "country", ["Россию"])],
    )
    (visit,) = check(article)
    assert names(article, visit) == [("Касым-Жомарт Токаев", "visitor")]
    assert visit.status is EventStatus.SCHEDULED


def test_verb_and_noun_of_one_visit_in_a_sentence_are_one_state_visit() -> None:
    article = build(
        "В декабре Касым-Жомарт Токаев посетит Китай с государственным визитом.",
        persons=[("Касым-Жомарт Токаев", ["Касым-Жомарт Токаев"], [])],
        venues=[("Китай", "country", ["Китай"])],
        dates=[("В декабре", "2025-12", "2025-12")],
    )
    (visit,) = check(article)
    assert (visit.kind, visit.status, dates_of(visit)) == (
        EventKind.STATE_VISIT,
        EventStatus.SCHEDULED,
        ("2025-12", "2025-12"),
    )
    assert venue_name(article, visit) == "Китай"


def test_two_visitors_make_two_visits() -> None:
    article = build(
        "Владимир Путин посетил Китай в мае. Си Цзиньпин посетит Россию в 2026 году.",
        persons=[("Владимир Путин", ["Владимир Путин"], []), ("Си Цзиньпин", ["Си Цзиньпин"], [])],
        venues=[("Китай", "country", ["Китай"]), ("Россия", "country", ["Россию"])],
        dates=[("в мае", "2025-05", "2025-05"), ("в 2026 году", "2026", "2026")],
    )
    first, second = check(article)
    assert (first.status, venue_name(article, first), dates_of(first)) == (
        EventStatus.OCCURRED,
        "Китай",
        ("2025-05", "2025-05"),
    )
    assert (second.status, venue_name(article, second), dates_of(second)) == (
        EventStatus.SCHEDULED,
        "Россия",
        ("2026", "2026"),
    )
    assert first.cameo == "042"
    assert second.cameo == "036"


def test_repeated_talks_are_one_event_and_the_signing_its_child() -> None:
    article = build(
        "Лидеры двух стран провели переговоры в Москве. Переговоры продолжались три часа. "
        "В ходе переговоров было подписано соглашение.",
        venues=[("Москва", "city", ["Москве"])],
    )
    talks, signing = check(article)
    assert talks.kind is EventKind.TALKS
    assert len(talks.evidence) == 3
    assert venue_name(article, talks) == "Москва"
    assert (signing.kind, signing.status, signing.parent) == (
        EventKind.SIGNING,
        EventStatus.OCCURRED,
        talks.id,
    )
    assert signing.plover == PloverCode(event="SUPPORT", context=("diplomatic",))


def test_words_in_direct_speech_start_no_event() -> None:
    article = build(
        "Министр заявил: «Мы обсудим это на следующей встрече с коллегами из Минска».",
        venues=[("Минск", "city", ["Минска"])],
    )
    assert check(article) == ()


def test_adverb_before_a_trigger_is_no_frame() -> None:
    article = build(
        "Накануне Сергей Лавров выступил с заявлением по итогам заседания "
        "Совета Безопасности ООН в Нью-Йорке.",
        persons=[("Сергей Лавров", ["Сергей Лавров"], [])],
        organizations=[("Совет Безопасности ООН", ["Совета Безопасности ООН"])],
        venues=[("Нью-Йорк", "city", ["Нью-Йорке"])],
    )
    statement, session = check(article)
    assert (statement.kind, statement.status) == (EventKind.STATEMENT, EventStatus.OCCURRED)
    assert names(article, statement) == [("Сергей Лавров", "speaker")]
    assert (session.kind, session.status, session.parent) == (EventKind.SESSION, EventStatus.OCCURRED, None)
    assert venue_name(article, session) == "Нью-Йорк"


def test_nominative_name_after_a_frame_is_the_subject_not_the_visitor() -> None:
    article = build(
        "Шавкат Мирзиёев прибыл в Пекин с официальным визитом. "
        "В ходе визита Мирзиёев проведет переговоры с Си Цзиньпином.",
        persons=[
            ("Шавкат Мирзиёев", ["Шавкат Мирзиёев", "Мирзиёев"], []),
            ("Си Цзиньпин", ["Си Цзиньпином"], []),
        ],
        venues=[("Пекин", "city", ["Пекин"])],
    )
    visit, talks = check(article)
    assert (visit.kind, visit.status, venue_name(article, visit)) == (
        EventKind.OFFICIAL_VISIT,
        EventStatus.OCCURRED,
        "Пекин",
    )
    assert (talks.status, talks.parent) == (EventStatus.SCHEDULED, visit.id)
    assert names(article, talks) == [("Шавкат Мирзиёев", "participant"), ("Си Цзиньпин", "participant")]


def test_summit_in_preparation_is_scheduled_and_one_event() -> None:
    article = build(
        "Стороны обсудили подготовку встречи на высшем уровне. Саммит может состояться в Будапеште осенью.",
        venues=[("Будапешт", "city", ["Будапеште"])],
    )
    (summit,) = check(article)
    assert (summit.kind, summit.status) == (EventKind.SUMMIT, EventStatus.SCHEDULED)
    assert venue_name(article, summit) == "Будапешт"


def test_who_is_only_cited_takes_no_part() -> None:
    article = build(
        "По словам помощника президента Юрия Ушакова, стороны подпишут около десяти документов.",
        persons=[("Юрий Ушаков", ["Юрия Ушакова"], [])],
    )
    (signing,) = check(article)
    assert (signing.kind, signing.status, signing.participants) == (
        EventKind.SIGNING,
        EventStatus.SCHEDULED,
        (),
    )


def test_talks_during_a_visit_are_its_part_without_a_frame() -> None:
    article = build(
        "Президент Узбекистана Шавкат Мирзиёев прибыл в Москву с государственным визитом.\n"
        "Переговоры Владимира Путина и Шавката Мирзиёева пройдут в Кремле 25 июня.\n"
        "Напомним, что в мае 2024 года Владимир Путин провел переговоры с премьером Индии.",
        published="2025-06-24",
        persons=[
            ("Шавкат Мирзиёев", ["Шавкат Мирзиёев", "Шавката Мирзиёева"], []),
            ("Владимир Путин", ["Владимира Путина", "Владимир Путин"], []),
        ],
        venues=[("Москва", "city", ["Москву"]), ("Кремль", "building", ["Кремле"])],
        dates=[("25 июня", "2025-06-25", "2025-06-25"), ("в мае 2024 года", "2024-05", "2024-05")],
    )
    visit, talks, earlier = check(article)
    assert (visit.kind, visit.status, venue_name(article, visit)) == (
        EventKind.STATE_VISIT,
        EventStatus.OCCURRED,
        "Москва",
    )
    assert (talks.parent, talks.status, dates_of(talks)) == (
        visit.id,
        EventStatus.SCHEDULED,
        ("2025-06-25",) * 2,
    )
    assert venue_name(article, talks) == "Кремль"
    assert (earlier.kind, earlier.parent, dates_of(earlier)) == (
        EventKind.TALKS,
        None,
        ("2024-05", "2024-05"),
    )


def test_a_planned_visit_keeps_the_date_of_its_own_phrase() -> None:
    article = build(
        "The ministers also discussed preparations for a visit by President Putin to China on May 8-9.",
        published="2025-03-14",
        dates=[("May 8-9", "2025-05-08", "2025-05-09")],
    )
    (visit,) = check(article)
    assert (visit.kind, visit.status, dates_of(visit)) == (
        EventKind.VISIT,
        EventStatus.SCHEDULED,
        ("2025-05-08", "2025-05-09"),
    )


def test_dateline_and_the_date_of_a_report_date_no_event() -> None:
    article = build(
        "ASTANA, Nov 20 — President Tokayev will travel to Japan from November 24 to 25 for talks, "
        "his office announced yesterday.",
        published="2025-11-20",
        dates=[
            ("Nov 20", "2025-11-20", "2025-11-20"),
            ("from November 24 to 25", "2025-11-24", "2025-11-25"),
            ("yesterday", "2025-11-19", "2025-11-19"),
        ],
    )
    visit, talks = check(article)
    assert (visit.kind, visit.status, dates_of(visit)) == (
        EventKind.VISIT,
        EventStatus.SCHEDULED,
        ("2025-11-24", "2025-11-25"),
    )
    assert (talks.kind, talks.dates, talks.parent) == (EventKind.TALKS, None, visit.id)


def test_meeting_and_talks_are_one_event() -> None:
    article = build(
        "Sergei Lavrov met Wang Yi in Beijing on Thursday. Lavrov spoke to reporters after the meeting.\n"
        "According to Wang, the talks were frank.",
        published="2025-03-14",
        persons=[("Sergei Lavrov", ["Sergei Lavrov", "Lavrov"], []), ("Wang Yi", ["Wang Yi", "Wang"], [])],
        venues=[("Beijing", "city", ["Beijing"])],
        dates=[("on Thursday", "2025-03-13", "2025-03-13")],
    )
    (talks,) = check(article)
    assert (talks.kind, talks.status, dates_of(talks)) == (
        EventKind.TALKS,
        EventStatus.OCCURRED,
        ("2025-03-13", "2025-03-13"),
    )
    assert venue_name(article, talks) == "Beijing"
    assert [m.text for m in talks.evidence] == ["met Wang Yi", "after the meeting", "talks"]


def test_a_discovery_and_an_interview_are_no_events() -> None:
    article = build(
        "Физики сообщили об открытии нового эффекта. Об этом он сказал в беседе с корреспондентом агентства."
    )
    assert check(article) == ()


def test_announcement_in_direct_speech_is_an_event_and_an_unnamed_summit_is_the_visit() -> None:
    article = build(
        "Modi arrives in Moscow for annual summit\n"
        "Narendra Modi arrived in Moscow on Monday for a two-day official visit, the Kremlin said.\n"
        '"Modi and Putin will hold talks on Tuesday," an aide said.',
        published="2024-07-08",
        persons=[("Narendra Modi", ["Narendra Modi", "Modi"], []), ("Vladimir Putin", ["Putin"], [])],
        venues=[("Moscow", "city", ["Moscow"])],
        dates=[("on Monday", "2024-07-08", "2024-07-08"), ("on Tuesday", "2024-07-09", "2024-07-09")],
    )
    visit, talks = check(article)
    assert (visit.kind, visit.status, dates_of(visit)) == (
        EventKind.OFFICIAL_VISIT,
        EventStatus.OCCURRED,
        ("2024-07-08", "2024-07-09"),  # "two-day"
    )
    assert "summit" in [m.text for m in visit.evidence]
    assert (talks.status, dates_of(talks), talks.parent) == (
        EventStatus.SCHEDULED,
        ("2024-07-09", "2024-07-09"),
        visit.id,
    )
    assert names(article, talks) == [("Narendra Modi", "participant"), ("Vladimir Putin", "participant")]


def test_a_named_summit_stays_a_summit_and_figures_of_speech_open_nothing() -> None:
    article = build(
        "Токаев прибыл в Душанбе на саммит ШОС. Визит откроет новые возможности для торговли.",
        persons=[("Касым-Жомарт Токаев", ["Токаев"], [])],
        venues=[("Душанбе", "city", ["Душанбе"])],
    )
    visit, summit = check(article)
    assert (visit.kind, summit.kind) == (EventKind.VISIT, EventKind.SUMMIT)


def test_bare_references_find_their_own_event() -> None:
    article = build(
        "Сергей Лавров встретится с Марко Рубио в Эр-Рияде 18 февраля. Встреча пройдет в закрытом формате.\n"
        "Визит Анвара Ибрагима в Казань перенесен на осень.\n"
        "Владимир Путин провел переговоры с Прабово Субианто. "
        "По итогам переговоров стороны подписали декларацию.\n"
        "Состоялся телефонный разговор Владимира Путина с Эмманюэлем Макроном. "
        "Лидеры договорились о новой встрече.",
        published="2025-02-17",
        persons=[
            ("Сергей Лавров", ["Сергей Лавров"], []),
            ("Марко Рубио", ["Марко Рубио"], []),
            ("Анвар Ибрагим", ["Анвара Ибрагима"], []),
            ("Владимир Путин", ["Владимир Путин", "Владимира Путина"], []),
            ("Прабово Субианто", ["Прабово Субианто"], []),
            ("Эмманюэль Макрон", ["Эмманюэлем Макроном"], []),
        ],
        venues=[("Эр-Рияд", "city", ["Эр-Рияде"]), ("Казань", "city", ["Казань"])],
        dates=[("18 февраля", "2025-02-18", "2025-02-18")],
    )
    meeting, visit, talks, signing, call, next_meeting = check(article)
    assert [m.text for m in meeting.evidence] == ["встретится", "Встреча"]
    assert (visit.status, venue_name(article, visit)) == (EventStatus.POSTPONED, "Казань")
    assert [m.text for m in talks.evidence] == ["переговоры", "По итогам переговоров"]
    assert signing.parent is None
    assert call.kind is EventKind.PHONE_CALL
    assert (next_meeting.kind, next_meeting.status, next_meeting.parent) == (
        EventKind.MEETING,
        EventStatus.SCHEDULED,
        None,
    )


def test_who_takes_part_the_two_leaders_and_those_who_only_speak() -> None:
    article = build(
        "Kassym-Jomart Tokayev will travel to Japan on November 24 for talks with Sanae Takaichi.\n"
        "Officials said the two leaders would also attend a business forum in Tokyo.\n"
        "Berik Uali told journalists that the visit would be productive. "
        "По ее словам, встреча пройдет в Токио.",
        published="2025-11-20",
        persons=[
            ("Kassym-Jomart Tokayev", ["Kassym-Jomart Tokayev"], []),
            ("Sanae Takaichi", ["Sanae Takaichi"], []),
            ("Berik Uali", ["Berik Uali"], []),
        ],
        venues=[("Japan", "country", ["Japan"]), ("Tokyo", "city", ["Tokyo", "Токио"])],
        dates=[("on November 24", "2025-11-24", "2025-11-24")],
    )
    visit, talks, forum = check(article)
    assert names(article, visit) == [("Kassym-Jomart Tokayev", "visitor")]  # Takaichi is in the talks
    assert dates_of(visit) == ("2025-11-24", "2025-11-24")
    assert talks.dates is None
    assert names(article, talks) == [
        ("Kassym-Jomart Tokayev", "participant"),
        ("Sanae Takaichi", "participant"),
    ]
    assert names(article, forum) == [
        ("Kassym-Jomart Tokayev", "participant"),
        ("Sanae Takaichi", "participant"),
    ]
    assert [m.text for m in visit.evidence][-1] == "visit"  # Uali only speaks of it


def test_receiving_a_guest_makes_a_host_and_a_visitor() -> None:
    article = build(
        "Владимир Путин принял в Кремле президента Казахстана Касым-Жомарта Токаева. "
        "Ранее Путин принял участие в форуме.",
        persons=[
            ("Владимир Путин", ["Владимир Путин", "Путин"], []),
            ("Касым-Жомарт Токаев", ["Касым-Жомарта Токаева"], []),
        ],
        venues=[("Кремль", "building", ["Кремле"]), ("Казахстан", "country", ["Казахстана"])],
    )
    meeting, forum = check(article)
    assert (meeting.kind, meeting.status, venue_name(article, meeting)) == (
        EventKind.MEETING,
        EventStatus.OCCURRED,
        "Кремль",
    )
    assert names(article, meeting) == [("Владимир Путин", "host"), ("Касым-Жомарт Токаев", "visitor")]
    assert forum.kind is EventKind.FORUM  # "принял участие" receives no one


def test_a_moved_event_keeps_its_new_date_and_a_plan_in_quotes_its_parent() -> None:
    article = build(
        "Визит, который планировался на 4-5 декабря, состоится в январе.\n"
        '"Мы рассчитываем, что в ходе визита будет подписано соглашение", - сказала она.\n'
        "The summit, which had been scheduled for Thursday, was called off on Monday.",
        published="2025-12-03",
        dates=[
            ("4-5 декабря", "2025-12-04", "2025-12-05"),
            ("в январе", "2026-01", "2026-01"),
            ("Thursday", "2025-12-04", "2025-12-04"),
            ("on Monday", "2025-12-01", "2025-12-01"),
        ],
    )
    visit, signing, summit = check(article)
    assert (visit.status, dates_of(visit)) == (EventStatus.SCHEDULED, ("2026-01", "2026-01"))
    assert (signing.kind, signing.status, signing.parent) == (
        EventKind.SIGNING,
        EventStatus.SCHEDULED,
        visit.id,
    )
    assert (summit.status, dates_of(summit)) == (EventStatus.CANCELLED, ("2025-12-04", "2025-12-04"))


def test_the_opening_of_a_forum_is_the_forum() -> None:
    article = build(
        "В Санкт-Петербурге открылся международный форум. Церемония открытия саммита прошла в Казани. "
        "Переговоры продолжатся завтра.",
        venues=[("Санкт-Петербург", "city", ["Санкт-Петербурге"]), ("Казань", "city", ["Казани"])],
    )
    forum, summit, talks = check(article)
    assert (forum.kind, forum.status, venue_name(article, forum)) == (
        EventKind.FORUM,
        EventStatus.OCCURRED,
        "Санкт-Петербург",
    )
    assert [m.text for m in summit.evidence] == ["Церемония открытия саммита"]
    assert (summit.kind, venue_name(article, summit)) == (EventKind.SUMMIT, "Казань")
    assert talks.status is EventStatus.SCHEDULED


def test_english_state_visit_with_talks_during_it() -> None:
    article = build(
        "Chinese President Xi Jinping arrived in Moscow on a state visit on Monday. "
        "During the visit, Xi held talks with Vladimir Putin in the Kremlin.",
        published="2025-11-11",
        persons=[("Xi Jinping", ["Xi Jinping", "Xi"], []), ("Vladimir Putin", ["Vladimir Putin"], [])],
        venues=[("Moscow", "city", ["Moscow"]), ("Kremlin", "building", ["Kremlin"])],
        dates=[("on Monday", "2025-11-10", "2025-11-10")],
    )
    visit, talks = check(article)
    assert (visit.kind, visit.status, dates_of(visit)) == (
        EventKind.STATE_VISIT,
        EventStatus.OCCURRED,
        ("2025-11-10", "2025-11-10"),
    )
    assert names(article, visit) == [("Xi Jinping", "visitor")]
    assert venue_name(article, visit) == "Moscow"
    assert talks.parent == visit.id
    assert venue_name(article, talks) == "Kremlin"
    assert names(article, talks) == [("Xi Jinping", "participant"), ("Vladimir Putin", "participant")]


def test_dates_against_publication_decide_when_no_verb_does() -> None:
    article = build(
        "Саммит БРИКС в Казани 22-24 октября 2024 года.\nФорум в Астане 5 мая 2026 года.",
        venues=[("Казань", "city", ["Казани"]), ("Астана", "city", ["Астане"])],
        dates=[
            ("22-24 октября 2024 года", "2024-10-22", "2024-10-24"),
            ("5 мая 2026 года", "2026-05-05", "2026-05-05"),
        ],
    )
    summit, forum = check(article)
    assert (summit.kind, summit.status) == (EventKind.SUMMIT, EventStatus.OCCURRED)
    assert (forum.kind, forum.status) == (EventKind.FORUM, EventStatus.SCHEDULED)


# ------------------------------------------------------------------------------- the table


def test_every_kind_has_codes_and_cameo_codes_are_well_formed() -> None:
    assert set(CODES) == set(EventKind) == set(PLANNED_CODES)
    for kind in EventKind:
        cameo, _ = CODES[kind]
        assert cameo is None or re.fullmatch(r"\d{3}", cameo)
    with pytest.raises(TypeError):
        CODES[EventKind.OTHER] = ("010", None)  # type: ignore[index]


def test_codes_follow_the_status() -> None:
    assert codes_for(EventKind.STATE_VISIT) == (
        "042",
        PloverCode(event="CONSULT", mode="visit", context=("diplomatic",)),
    )
    assert codes_for(EventKind.STATE_VISIT, EventStatus.SCHEDULED)[0] == "036"
    assert codes_for(EventKind.SIGNING, EventStatus.SCHEDULED)[1] == PloverCode(
        event="AGREE", context=("diplomatic",)
    )
    assert codes_for(EventKind.TALKS, EventStatus.CANCELLED) == (None, None)


# ----------------------------------------------------------------------- never raises

_WORDS = [
    "визит", "государственного визита", "посетит", "переговоры", "встреча", "провели", "состоялось",
    "открытие", "была открыта", "церемонии", "подписали", "саммита", "на полях", "В рамках", "в ходе",
    "накануне", "перенесли", "отменен", "телефонный разговор", "он", "его", "она", "заявление",
    "опубликовала статью", "Путин", "Москву", "Москве", "state visit", "talks", "met", "During",
    "will", "signed", ",", ".", "«", "»", '"', "\n", "  ", "11 ноября", "Токаев", "с", "в",
]  # fmt: skip


@st.composite
def articles(draw: st.DrawFn) -> Article:
    text = " ".join(draw(st.lists(st.sampled_from(_WORDS), max_size=40)))
    persons = [("Владимир Путин", ["Путин"], ["президент России"]), ("Касым-Жомарт Токаев", ["Токаев"], [])]
    return build(
        text,
        persons=draw(st.sampled_from([persons, []])),
        venues=draw(st.sampled_from([[("Москва", "city", ["Москву", "Москве"])], []])),
        dates=[("11 ноября", "2025-11-11", "2025-11-11")] if "11 ноября" in text else [],
    )


@settings(max_examples=150, deadline=None)
@given(articles())
def test_never_raises_and_is_deterministic(article: Article) -> None:
    events = check(article)
    assert extract_events(article) == events
    for event in events:
        assert event.evidence
        assert event.parent != event.id


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_text_at_all(text: str) -> None:
    article = Article(id="x", text=text)
    check(article)


@settings(deadline=None)
@given(strategies.articles())
def test_never_raises_on_any_valid_article(article: Article) -> None:
    check(article)


# ------------------------------------------------ kinds, parts and false triggers on new text


def test_talks_by_video_link_are_a_call_and_a_summit_by_video_stays_a_summit() -> None:
    article = build(
        "Президент Армении Ваагн Хачатурян провел переговоры в режиме видеоконференции с "
        "президентом Монголии Ухнаагийном Хурэлсухом.\n"
        "Кроме того, он пообщался по видеосвязи с Николом Пашиняном.\n"
        "Саммит Организации тюркских государств прошел в формате видеоконференции.\n"
        "Hakainde Hichilema held talks with Cyril Ramaphosa by video link.",
        persons=[
            ("Ваагн Хачатурян", ["Ваагн Хачатурян"], []),
            ("Ухнаагийн Хурэлсух", ["Ухнаагийном Хурэлсухом"], []),
            ("Никол Пашинян", ["Николом Пашиняном"], []),
            ("Hakainde Hichilema", ["Hakainde Hichilema"], []),
            ("Cyril Ramaphosa", ["Cyril Ramaphosa"], []),
        ],
    )
    first, second, summit, third = check(article)
    assert [e.kind for e in (first, second, third)] == [EventKind.PHONE_CALL] * 3
    assert names(article, first) == [
        ("Ваагн Хачатурян", "participant"),
        ("Ухнаагийн Хурэлсух", "participant"),
    ]
    assert ("Никол Пашинян", "participant") in names(article, second)  # another counterpart, another call
    assert summit.kind is EventKind.SUMMIT


def test_talks_with_two_counterparts_and_visits_to_two_countries_are_two_events() -> None:
    article = build(
        "Gabriel Boric held talks with Luiz Inacio Lula da Silva on Monday.\n"
        "Boric also held talks with Gustavo Petro.\n"
        "Gustavo Petro will visit Spain next week. Petro is on an official visit to Italy.",
        published="2025-11-20",
        persons=[
            ("Gabriel Boric", ["Gabriel Boric", "Boric"], []),
            ("Luiz Inacio Lula da Silva", ["Luiz Inacio Lula da Silva"], []),
            ("Gustavo Petro", ["Gustavo Petro", "Petro"], []),
        ],
        venues=[("Spain", "country", ["Spain"]), ("Italy", "country", ["Italy"])],
    )
    article = Article(
        **{
            **{f: getattr(article, f) for f in article.__slots__ if f != "__weakref__"},
            "venues": tuple(
                Venue(id=v.id, name=v.name, kind=v.kind, country=c, mentions=v.mentions)
                for v, c in zip(article.venues, ("ES", "IT"), strict=True)
            ),
        }
    )
    talks_one, talks_two, spain, italy = check(article)
    assert {n for n, _ in names(article, talks_two)} == {"Gabriel Boric", "Gustavo Petro"}
    assert (spain.status, venue_name(article, spain)) == (EventStatus.SCHEDULED, "Spain")
    assert (italy.kind, italy.status, venue_name(article, italy)) == (
        EventKind.OFFICIAL_VISIT,
        EventStatus.OCCURRED,
        "Italy",
    )
    assert talks_one.participants != talks_two.participants


@pytest.mark.parametrize(
    "text",
    [
        "Хозяева встретились с «Ротором» в последнем туре чемпионата.",
        "Следующее заседание суда по делу бывшего мэра назначено на пятницу.",
        "Постановление вступает в силу со дня его подписания.",
        "Согласно статье 12 закона о гражданстве, срок продлен.",
        "Читатели оставили сотни сообщений на форуме газеты.",
        "Министр рассказал о своих зарубежных поездках.",
        "The visitors met Dynamo in the cup match on Saturday.",
        "Депутат открыто выступил против нового налога.",
        "Геологи сделали редкое открытие на берегу озера.",
        "Премию вручили двум химикам за открытие нового класса веществ.",
        "Подросток каждый день посещал сайты игровых клубов.",
        "На место аварии прибыли спасатели и полиция.",
        "Окончательное решение по кандидатуре примет президент.",
        "На его канал подписаны 40 тысяч пользователей.",
        "Писатель рассказал об этом в беседе с местным изданием.",
        "Весной певец отправился в Париж.",
        "Студенты неоднократно встречались в кафе.",
        "Актер встречался восемь лет с известной певицей.",
        "Сын стал посещать исламский центр.",
        "Счет на 12-й минуте открыл нападающий гостей.",
        "Вкладчик открыл счет в местном банке.",
    ],
)
def test_words_around_a_trigger_show_it_names_no_event(text: str) -> None:
    assert check(build(text)) == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("В музее открыто новое крыло.", EventKind.OPENING),
        ("Президент принял посла Японии.", EventKind.MEETING),
        ("Президенты приняли решение и встретились в Кремле.", EventKind.MEETING),
        ("Министр посетил завод на месте бывшей верфи.", EventKind.VISIT),
        ("Вчера министры подписали соглашение.", EventKind.SIGNING),
        ("Лидеры встретились две недели назад в Пекине.", EventKind.MEETING),
        ("Президент посетил храм в центре столицы.", EventKind.VISIT),
    ],
)
def test_the_words_that_name_no_event_spare_events_near_them(text: str, kind: EventKind) -> None:
    assert [e.kind for e in check(build(text))] == [kind]


def test_a_visit_being_held_occurred_and_one_near_at_hand_is_scheduled() -> None:
    article = build(
        "Президент Монголии Ухнаагийн Хурэлсух находится с государственным визитом в Японии.\n"
        "В ближайшее время состоится визит Ухнаагийна Хурэлсуха в Корею.\n"
        "Gustavo Petro is on a working visit to Italy.",
        persons=[
            ("Ухнаагийн Хурэлсух", ["Ухнаагийн Хурэлсух", "Ухнаагийна Хурэлсуха"], []),
            ("Gustavo Petro", ["Gustavo Petro"], []),
        ],
        venues=[
            ("Япония", "country", ["Японии"]),
            ("Корея", "country", ["Корею"]),
            ("Italy", "country", ["Italy"]),
        ],
    )
    japan, korea, italy = check(article)
    assert (japan.kind, japan.status) == (EventKind.STATE_VISIT, EventStatus.OCCURRED)
    assert korea.status is EventStatus.SCHEDULED
    assert (italy.kind, italy.status) == (EventKind.WORKING_VISIT, EventStatus.OCCURRED)


def test_talks_within_a_visit_have_the_visitor_and_talks_after_a_summit_have_it_as_parent() -> None:
    article = build(
        "Президент Монголии Ухнаагийн Хурэлсух 3 декабря посетит Японию с официальным визитом. "
        "В ходе визита запланированы переговоры с премьер-министром Японии Санаэ Такаити.\n"
        "Никол Пашинян прибыл в Баку на саммит СНГ. "
        "Кроме того, запланирована его встреча с Ильхамом Алиевым.",
        persons=[
            ("Ухнаагийн Хурэлсух", ["Ухнаагийн Хурэлсух"], []),
            ("Санаэ Такаити", ["Санаэ Такаити"], []),
            ("Никол Пашинян", ["Никол Пашинян"], []),
            ("Ильхам Алиев", ["Ильхамом Алиевым"], []),
        ],
        venues=[("Япония", "country", ["Японию"]), ("Баку", "city", ["Баку"])],
        dates=[("3 декабря", "2025-12-03", "2025-12-03")],
    )
    visit, talks, trip, summit, meeting = check(article)
    assert talks.parent == visit.id
    assert sorted(names(article, talks)) == [
        ("Санаэ Такаити", "participant"),
        ("Ухнаагийн Хурэлсух", "participant"),
    ]
    assert (trip.kind, summit.kind, meeting.parent) == (EventKind.VISIT, EventKind.SUMMIT, summit.id)


def test_a_body_the_talks_are_with_or_whose_session_it_is_takes_part() -> None:
    article = build(
        "Ильхам Алиев провел переговоры с делегацией Европейского союза.\n"
        "Никол Пашинян встретился с главой МИД Франции Жан-Ноэлем Барро.\n"
        "Вчера прошло заседание Совета безопасности.",
        persons=[
            ("Ильхам Алиев", ["Ильхам Алиев"], []),
            ("Никол Пашинян", ["Никол Пашинян"], []),
            ("Жан-Ноэль Барро", ["Жан-Ноэлем Барро"], []),
        ],
        organizations=[
            ("Европейский союз", ["Европейского союза"]),
            ("МИД Франции", ["МИД Франции"]),
            ("Совет безопасности", ["Совета безопасности"]),
        ],
    )
    talks, meeting, session = check(article)
    assert names(article, talks) == [("Ильхам Алиев", "participant"), ("Европейский союз", "participant")]
    assert [n for n, _ in names(article, meeting)] == ["Никол Пашинян", "Жан-Ноэль Барро"]  # not the ministry
    assert names(article, session) == [("Совет безопасности", "participant")]


def test_whose_visit_the_words_say_is_the_visitor_and_who_greets_an_arrival_is_not_listed() -> None:
    article = build(
        "Gabriel Boric met Gustavo Petro on Thursday, the first day of Petro's two-day visit to Chile.\n"
        "Никол Пашинян прибыл в Баку, в аэропорту его встретил Мухтар Бабаев.",
        published="2025-11-20",
        persons=[
            ("Gabriel Boric", ["Gabriel Boric"], []),
            ("Gustavo Petro", ["Gustavo Petro", "Petro"], []),
            ("Никол Пашинян", ["Никол Пашинян"], []),
            ("Мухтар Бабаев", ["Мухтар Бабаев"], []),
        ],
        venues=[("Chile", "country", ["Chile"]), ("Баку", "city", ["Баку"])],
    )
    events = check(article)
    visits = [e for e in events if e.kind is EventKind.VISIT]
    assert [names(article, v) for v in visits] == [
        [("Gabriel Boric", "participant"), ("Gustavo Petro", "visitor")],  # Petro's visit; Boric takes part
        [("Никол Пашинян", "visitor")],  # who greets him at the airport is not listed
    ]


def test_a_bare_reference_means_the_event_of_a_person_in_its_clause() -> None:
    article = build(
        "Gabriel Boric held talks with Gustavo Petro on Monday.\n"
        "Petro also met Daniel Noboa on Tuesday.\n"
        '"We agreed a lot," Boric said after the meeting.',
        published="2025-11-20",
        persons=[
            ("Gabriel Boric", ["Gabriel Boric", "Boric"], []),
            ("Gustavo Petro", ["Gustavo Petro", "Petro"], []),
            ("Daniel Noboa", ["Daniel Noboa"], []),
        ],
    )
    talks, meeting = check(article)
    assert [m.text for m in talks.evidence][-1] == "after the meeting"
    assert [m.text for m in meeting.evidence] == ["met Daniel Noboa"]


def test_who_a_participle_clause_describes_is_the_visitor_and_a_titled_visit_is_another() -> None:
    article = build(
        "Вчера прошли переговоры Ильхама Алиева с Гитанасом Науседой, находящимся в Азербайджане "
        "с официальным визитом. Стороны вспомнили о визите Председателя Сената в Баку в мае 2024 года.\n"
        "По итогам переговоров подписан план сотрудничества на 2026-2027 годы.",
        persons=[("Ильхам Алиев", ["Ильхама Алиева"], []), ("Гитанас Науседа", ["Гитанасом Науседой"], [])],
        venues=[("Азербайджан", "country", ["Азербайджане"]), ("Баку", "city", ["Баку"])],
        dates=[("в мае 2024 года", "2024-05", "2024-05"), ("2026-2027 годы", "2026", "2027")],
    )
    talks, visit, earlier, signing = check(article)
    assert talks.kind is EventKind.TALKS
    assert names(article, visit) == [("Гитанас Науседа", "visitor")]
    assert (visit.kind, visit.status, visit.dates) == (EventKind.OFFICIAL_VISIT, EventStatus.OCCURRED, None)
    assert (earlier.kind, dates_of(earlier), earlier.participants) == (
        EventKind.VISIT,
        ("2024-05", "2024-05"),
        (),
    )
    assert (signing.kind, signing.dates) == (
        EventKind.SIGNING,
        None,
    )  # the plan's years are not the signing's


def test_a_plan_is_not_last_month_s_event_and_companions_and_the_two_leaders_take_part() -> None:
    article = build(
        "Gabriel Boric spoke by phone with Gustavo Petro, days before a summit in Lima.\n"
        "Lima postponed a meeting of the ministers last month.\n"
        "Boric will travel to Lima together with Daniel Noboa. The two leaders will meet Dina Boluarte.",
        published="2025-11-20",
        persons=[
            ("Gabriel Boric", ["Gabriel Boric", "Boric"], []),
            ("Gustavo Petro", ["Gustavo Petro"], []),
            ("Daniel Noboa", ["Daniel Noboa"], []),
            ("Dina Boluarte", ["Dina Boluarte"], []),
        ],
        venues=[("Lima", "city", ["Lima"])],
        dates=[("last month", "2025-10", "2025-10")],
    )
    call, _summit, postponed, trip, meeting = check(article)
    assert (call.kind, call.venue) == (EventKind.PHONE_CALL, None)  # a call is held nowhere
    assert (postponed.status, dates_of(postponed)) == (EventStatus.POSTPONED, ("2025-10", "2025-10"))
    assert names(article, trip) == [("Gabriel Boric", "visitor"), ("Daniel Noboa", "visitor")]
    assert meeting.status is EventStatus.SCHEDULED
    assert [n for n, _ in names(article, meeting)] == ["Gabriel Boric", "Daniel Noboa", "Dina Boluarte"]


def test_bilateral_meetings_with_several_persons_are_one_meeting_with_each() -> None:
    persons: list[PersonSpec] = [
        ("Никол Пашинян", ["Никол Пашинян"], []),
        ("Ильхам Алиев", ["Ильхамом Алиевым"], []),
        ("Гитанас Науседа", ["Гитанасом Науседой"], []),
    ]
    article = build(
        "На полях саммита Никол Пашинян проведет двусторонние встречи "
        "с Ильхамом Алиевым и Гитанасом Науседой.",
        persons=persons,
    )
    summit, first, second = check(article)
    assert (first.parent, second.parent) == (summit.id, summit.id)
    assert [[n for n, _ in names(article, e)] for e in (first, second)] == [
        ["Никол Пашинян", "Ильхам Алиев"],
        ["Никол Пашинян", "Гитанас Науседа"],
    ]
    article = build("Никол Пашинян провел встречи с Ильхамом Алиевым и Гитанасом Науседой.", persons=persons)
    (meeting,) = check(article)
    assert len(meeting.participants) == 3  # not said to be bilateral: one event


def test_the_subject_after_a_visit_frame_is_the_visitor() -> None:
    article = build(
        "Во время визита в Японию Ухнаагийн Хурэлсух встретился с Санаэ Такаити.",
        persons=[
            ("Ухнаагийн Хурэлсух", ["Ухнаагийн Хурэлсух"], []),
            ("Санаэ Такаити", ["Санаэ Такаити"], []),
        ],
        venues=[("Япония", "country", ["Японию"])],
    )
    visit, meeting = check(article)
    assert names(article, visit) == [("Ухнаагийн Хурэлсух", "visitor")]
    assert meeting.parent == visit.id


def test_an_event_with_no_venue_of_its_own_happens_where_the_dateline_says() -> None:
    article = build(
        "МИНСК, 14 января. /БЕЛТА/. Лидеры двух стран провели переговоры.\n"
        "Андрей Костенко посетит Вену в марте. Затем он проведет телефонный разговор с коллегой.",
        persons=[("Андрей Костенко", ["Андрей Костенко"], [])],
        venues=[("Минск", "city", ["МИНСК"]), ("Вена", "city", ["Вену"])],
    )
    minsk, vienna = (v.id for v in article.venues)
    kinds = {e.kind: e.venue for e in check(article)}
    assert kinds[EventKind.TALKS] == minsk
    assert kinds[EventKind.VISIT] == vienna  # a visit goes where its words say
    assert kinds[EventKind.PHONE_CALL] is None  # a call happens nowhere


def test_without_a_dateline_an_event_keeps_no_venue() -> None:
    article = build(
        "Минск. Лидеры двух стран провели переговоры.",
        venues=[("Минск", "city", ["Минск"])],
    )
    (talks,) = check(article)
    assert talks.venue is None


def test_without_a_dateline_a_part_of_a_visit_held_is_in_the_city_of_the_part_before_it() -> None:
    article = build(
        "Министр Андрей Костенко, находящийся в Татарстане с рабочим визитом, провел в Казани "
        "переговоры с Ильей Смирновым.\n"
        "По итогам переговоров министры подписали меморандум. В тот же день Андрей Костенко "
        "встретился с Петром Орловым.",
        persons=[
            ("Андрей Костенко", ["Андрей Костенко"], []),
            ("Илья Смирнов", ["Ильей Смирновым"], []),
            ("Петр Орлов", ["Петром Орловым"], []),
        ],
        venues=[("Казань", "city", ["Казани"]), ("Татарстан", "region", ["Татарстане"])],
    )
    visit, talks, signing, meeting = check(article)
    assert venue_name(article, visit) == "Татарстан"
    assert venue_name(article, talks) == "Казань"
    assert (signing.parent, meeting.parent) == (visit.id, visit.id)
    assert venue_name(article, signing) == venue_name(article, meeting) == "Казань"


def test_without_a_dateline_a_part_of_a_visit_held_is_in_the_city_of_the_event_held_before_it() -> None:
    article = build(
        "Официальный визит Андрея Костенко в Татарстан завершился в четверг.\n"
        "В среду в Казани прошло заседание совместной комиссии.\n"
        "В четверг Андрей Костенко встретился с Ильей Смирновым.",
        published="2025-05-15",
        persons=[
            ("Андрей Костенко", ["Андрея Костенко", "Андрей Костенко"], []),
            ("Илья Смирнов", ["Ильей Смирновым"], []),
        ],
        venues=[("Казань", "city", ["Казани"]), ("Татарстан", "region", ["Татарстан"])],
        dates=[
            ("в четверг", "2025-05-15", "2025-05-15"),
            ("В среду", "2025-05-14", "2025-05-14"),
            ("В четверг", "2025-05-15", "2025-05-15"),
        ],
    )
    visit, session, meeting = check(article)
    assert session.parent is None
    assert meeting.parent == visit.id
    assert venue_name(article, session) == venue_name(article, meeting) == "Казань"


def test_a_relative_clause_after_words_set_off_by_commas_still_dates_its_event() -> None:
    article = build(
        "Стороны обсудили подготовку визита Андрея Костенко в Казахстан, который, по данным "
        "его пресс-службы, состоится в ноябре.",
        published="2025-10-01",
        persons=[("Андрей Костенко", ["Андрея Костенко"], [])],
        venues=[("Казахстан", "country", ["Казахстан"])],
        dates=[("в ноябре", "2025-11", "2025-11")],
    )
    (visit,) = check(article)
    assert (visit.kind, visit.status) == (EventKind.VISIT, EventStatus.SCHEDULED)
    assert dates_of(visit) == ("2025-11", "2025-11")


def test_the_guest_in_russian_is_the_visitor_spoken_of_before() -> None:
    article = build(
        "Андрей Костенко находится в Казахстане с официальным визитом.\n"
        "В четверг высокий гость посетит Алматы, где примет участие в открытии консульства.",
        persons=[("Андрей Костенко", ["Андрей Костенко"], [])],
        venues=[("Казахстан", "country", ["Казахстане"]), ("Алматы", "city", ["Алматы"])],
    )
    opening = next(e for e in check(article) if e.kind is EventKind.OPENING)
    assert names(article, opening) == [("Андрей Костенко", "participant")]


def test_a_framed_call_has_the_sides_named_after_its_noun() -> None:
    persons = [
        ("Андрей Костенко", ["Андрей Костенко"], []),
        ("Сергей Орлов", ["Сергеем Орловым"], []),
        ("Иван Петров", ["Ивана Петрова"], []),
        ("Олег Смирнов", ["Олега Смирнова"], []),
    ]
    article = build(
        "Андрей Костенко провел переговоры с Сергеем Орловым.\n"
        "Их подготовка обсуждалась в ходе телефонного разговора министров иностранных дел двух "
        "стран Ивана Петрова и Олега Смирнова.",
        persons=persons,
    )
    call = next(e for e in check(article) if e.kind is EventKind.PHONE_CALL)
    assert names(article, call) == [("Иван Петров", "participant"), ("Олег Смирнов", "participant")]
    article = build(
        "Андрей Костенко провел переговоры с Сергеем Орловым.\n"
        "Новые даты визита были согласованы в ходе телефонного разговора Сийярто с министром "
        "иностранных дел Олегом Смирновым.",
        persons=[
            *persons[:2],
            ("Петер Сийярто", ["Сийярто"], []),
            ("Олег Смирнов", ["Олегом Смирновым"], []),
        ],
    )
    call = next(e for e in check(article) if e.kind is EventKind.PHONE_CALL)
    assert names(article, call) == [("Петер Сийярто", "participant"), ("Олег Смирнов", "participant")]


def test_a_group_names_the_persons_of_a_gathering_only_as_the_subject_of_holding_it() -> None:
    persons = [("Андрей Костенко", ["Андрей Костенко"], []), ("Сергей Орлов", ["Сергеем Орловым"], [])]
    agreed = build(
        "Андрей Костенко провел переговоры с Сергеем Орловым.\n"
        "Министры договорились провести в мае заседание межправительственной комиссии.",
        persons=persons,
        dates=[("в мае", "2026-05", "2026-05")],
    )
    session = next(e for e in check(agreed) if e.kind is EventKind.SESSION)
    assert names(agreed, session) == []
    held = build(
        "Андрей Костенко провел переговоры с Сергеем Орловым.\n"
        "В мае министры проведут заседание межправительственной комиссии.",
        persons=persons,
        dates=[("В мае", "2026-05", "2026-05")],
    )
    session = next(e for e in check(held) if e.kind is EventKind.SESSION)
    assert names(held, session) == [("Андрей Костенко", "participant"), ("Сергей Орлов", "participant")]


def test_a_verb_of_saying_before_that_gives_no_status_to_the_events_after_it() -> None:
    article = build(
        "Помощник президента заявил, что к визиту 20 ноября готовят дорожную карту.\n"
        "Министр сообщил, что переговоры в Баку состоялись накануне.",
        dates=[("20 ноября", "2025-11-20", "2025-11-20")],
    )
    visit, talks = check(article)
    assert (visit.kind, visit.status) == (EventKind.VISIT, EventStatus.SCHEDULED)
    assert (talks.kind, talks.status) == (EventKind.TALKS, EventStatus.OCCURRED)


def test_the_abolition_of_visas_is_no_cancellation_of_the_event() -> None:
    article = build(
        "Министры провели переговоры, по итогам которых подписали соглашение об отмене визовых "
        "требований.\nСаммит, намеченный на пятницу, отменен."
    )
    statuses = [(e.kind, e.status) for e in check(article)]
    assert statuses == [
        (EventKind.TALKS, EventStatus.OCCURRED),
        (EventKind.SIGNING, EventStatus.OCCURRED),
        (EventKind.SUMMIT, EventStatus.CANCELLED),
    ]


def test_a_declaration_to_be_approved_at_a_summit_makes_the_summit_one_to_come() -> None:
    (summit,) = check(build("Министры согласовали декларацию, которую президенты утвердят на саммите."))
    assert (summit.kind, summit.status) == (EventKind.SUMMIT, EventStatus.SCHEDULED)


def test_a_meeting_put_off_from_one_day_to_another_takes_the_new_day() -> None:
    article = build(
        "Встреча министров в Баку перенесена с 20 ноября на 4 декабря.",
        dates=[("20 ноября", "2025-11-20", "2025-11-20"), ("4 декабря", "2025-12-04", "2025-12-04")],
    )
    (meeting,) = check(article)
    assert meeting.status is EventStatus.POSTPONED
    assert meeting.dates is not None
    assert (str(meeting.dates.start), str(meeting.dates.end)) == ("2025-12-04", "2025-12-04")


def test_a_visit_that_ended_took_place_after_a_plan_in_the_same_sentence() -> None:
    article = build(
        "The two armies will hold a joint drill next spring, the minister said on Friday, "
        "shortly after his Georgian counterpart ended a four-day visit to Armenia."
    )
    visit = [e for e in check(article) if e.kind == EventKind.VISIT]
    assert [e.status for e in visit] == [EventStatus.OCCURRED]


def test_who_invites_takes_no_part_in_the_visit_but_is_one_of_the_two_leaders() -> None:
    article = build(
        "President of Estonia Alar Karis will pay a state visit to Chile at the invitation of "
        "President Gabriel Boric.\nDuring the visit, the two presidents will hold talks.",
        persons=[
            ("Alar Karis", ["Alar Karis"], ["President of Estonia"]),
            ("Gabriel Boric", ["Gabriel Boric"], ["President"]),
        ],
    )
    visit, talks = check(article)[:2]
    names = {p.id: p.name for p in article.persons}
    assert visit.kind is EventKind.STATE_VISIT
    assert [names[p.entity] for p in visit.participants] == ["Alar Karis"]
    assert talks.kind is EventKind.TALKS
    assert {names[p.entity] for p in talks.participants} == {"Alar Karis", "Gabriel Boric"}


def test_a_meeting_someone_chaired_took_place() -> None:
    article = build(
        "Mining Minister Ana Ruiz, who chaired the meeting, said output could double by 2030.",
        persons=[("Ana Ruiz", ["Ana Ruiz"], ["Mining Minister"])],
    )
    (meeting,) = check(article)
    assert (meeting.kind, meeting.status) == (EventKind.MEETING, EventStatus.OCCURRED)
