"""eventkit.link: many articles read as one corpus, each entity once and each real event once."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from hypothesis import given
from markers import needs_ru
from strategies import corpora

import eventkit as ek
from eventkit import (
    Article,
    Corpus,
    Detail,
    Event,
    EventKind,
    EventStatus,
    Identifier,
    InfoSource,
    PartialDate,
    Participant,
    Person,
    Scheme,
    ValidationError,
    Venue,
    VenueKind,
)
from eventkit.cli import main

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "examples" / "stories"

PUTIN = (Identifier(scheme=Scheme.WIKIDATA, value="Q7747"),)
LUKASHENKO = (Identifier(scheme=Scheme.WIKIDATA, value="Q2866"),)
MOSCOW = (Identifier(scheme=Scheme.GEONAMES, value="524901"),)


def report(
    id: str,
    day: str,
    kind: EventKind = EventKind.TALKS,
    *,
    published: str | None = None,
    names: tuple[str, str] = ("Владимир Путин", "Александр Лукашенко"),
    ids: tuple[tuple[Identifier, ...], tuple[Identifier, ...]] = (PUTIN, LUKASHENKO),
    venue: str | None = "Москва",
    outlet: str | None = None,
    dated: bool = True,
) -> Article:
    """An article of ours that reports one event of two leaders (no text: the merging reads no text)."""
    date = PartialDate.fromisoformat(day)
    persons = tuple(
        Person(id=f"p{n}", name=name, identifiers=found)
        for n, (name, found) in enumerate(zip(names, ids, strict=True), 1)
    )
    venues = (Venue(id="v1", name=venue, kind=VenueKind.CITY, identifiers=MOSCOW),) if venue else ()
    event = Event(
        id="e1",
        kind=kind,
        status=EventStatus.OCCURRED,
        dates=ek.DateRange.single(date) if dated else None,
        venue="v1" if venue else None,
        participants=tuple(Participant(entity=p.id) for p in persons),
    )
    return Article(
        id=id,
        language="ru",
        published=PartialDate.fromisoformat(published or day),
        persons=persons,
        venues=venues,
        events=(event,),
        outlet=InfoSource(name=outlet) if outlet else None,
    )


def test_talks_and_a_meeting_of_the_same_leaders_on_one_day_are_one_story() -> None:
    corpus = ek.link(
        [
            report("a1", "2025-04-10", outlet="Кремль"),
            report("a2", "2025-04-10", EventKind.MEETING, outlet="БелТА"),
            report(
                "a3",
                "2025-04-10",
                names=("Vladimir Putin", "Alexander Lukashenko"),
                venue="Moscow",
                outlet="Wire",
            ),
        ]
    )
    (story,) = corpus.stories
    assert [(r.article, r.event) for r in story.reports] == [("a1", "e1"), ("a2", "e1"), ("a3", "e1")]
    assert story.kind is EventKind.TALKS  # two of three reports say talks
    assert [r.kind for r in story.reports] == [EventKind.TALKS, EventKind.MEETING, EventKind.TALKS]
    assert story.disputed == (Detail.KIND,)
    assert story.sources == ("Кремль", "БелТА", "Wire")
    assert len(corpus.persons) == 2
    putin = corpus.persons[0]
    assert putin.name == "Владимир Путин"
    assert putin.aliases == ("Vladimir Putin",)
    assert putin.identifier("wikidata") == "Q7747"
    assert {p.entity for p in story.participants} == {p.id for p in corpus.persons}
    assert len(corpus.venues) == 1
    assert story.venue == corpus.venues[0].id


def test_the_same_leaders_a_month_later_are_another_story() -> None:
    corpus = ek.link([report("a1", "2025-04-10"), report("a2", "2025-05-12")])
    assert [len(s.reports) for s in corpus.stories] == [1, 1]
    assert len(corpus.persons) == 2  # the persons are the same


def test_a_report_with_a_wrong_date_stays_apart() -> None:
    right = report("a1", "2025-04-10")
    wrong = report("a2", "2025-03-10", published="2025-04-10")  # a typo: March for April
    corpus = ek.link([right, wrong])
    assert len(corpus.stories) == 2


def test_a_report_that_fits_two_stories_joins_neither() -> None:
    """Talks on the 10th and on the 12th: a report of talks from the 10th to the 12th could be either."""
    first = report("a1", "2025-04-10")
    second = report("a2", "2025-04-12")
    wide = Article(
        id="a4",
        published=PartialDate.fromisoformat("2025-04-12"),
        persons=first.persons,
        venues=first.venues,
        events=(
            Event(
                id="e1",
                kind=EventKind.TALKS,
                status=EventStatus.OCCURRED,
                dates=ek.DateRange(
                    start=PartialDate.fromisoformat("2025-04-10"), end=PartialDate.fromisoformat("2025-04-12")
                ),
                venue="v1",
                participants=first.events[0].participants,
            ),
        ),
    )
    corpus = ek.link([first, second, wide])
    reports = [[r.article for r in s.reports] for s in corpus.stories]
    assert reports == [["a1"], ["a2"], ["a4"]]


def test_other_leaders_or_another_kind_on_the_same_day_are_other_stories() -> None:
    talks = report("a1", "2025-04-10")
    others = report(
        "a2",
        "2025-04-10",
        names=("Владимир Путин", "Си Цзиньпин"),
        ids=(PUTIN, (Identifier(scheme=Scheme.WIKIDATA, value="Q15031"),)),
    )
    signing = report("a3", "2025-04-10", EventKind.SIGNING)
    assert len(ek.link([talks, others, signing]).stories) == 3


def test_a_report_without_dates_is_placed_by_the_article_date() -> None:
    dated = report("a1", "2025-04-10")
    undated = report("a2", "2025-04-11", dated=False)  # published the next day, no date in the text
    (story,) = ek.link([dated, undated]).stories
    assert story.dates == dated.events[0].dates
    assert story.disputed == ()


def test_persons_without_identifiers_merge_by_name() -> None:
    plain = ((), ())
    corpus = ek.link(
        [report("a1", "2025-04-10", ids=plain), report("a2", "2025-04-10", EventKind.MEETING, ids=plain)]
    )
    assert len(corpus.persons) == 2
    assert len(corpus.stories) == 1
    appearances = {(a.article, a.id): a.entity for a in corpus.appearances}
    assert appearances[("a1", "p1")] == appearances[("a2", "p1")] == corpus.persons[0].id


def test_namesakes_with_roles_in_different_countries_stay_apart() -> None:
    one = Article(
        id="a1",
        persons=(Person(id="p1", name="Иван Петров", roles=(ek.Role(title="министр", country="RU"),)),),
    )
    other = Article(
        id="a2",
        persons=(Person(id="p1", name="Иван Петров", roles=(ek.Role(title="министр", country="BG"),)),),
    )
    same = Article(
        id="a3",
        persons=(Person(id="p1", name="Иван Петров", roles=(ek.Role(title="министр", country="RU"),)),),
    )
    corpus = ek.link([one, other, same])
    assert len(corpus.persons) == 2
    entity = {(a.article, a.id): a.entity for a in corpus.appearances}
    assert entity[("a1", "p1")] == entity[("a3", "p1")] != entity[("a2", "p1")]


def test_articles_must_have_distinct_ids() -> None:
    with pytest.raises(ValidationError) as error:
        ek.link([report("a1", "2025-04-10"), report("a1", "2025-04-11")])
    assert str(error.value) == "$[1].id: duplicate article id 'a1' (first at $[0])"


def test_the_corpus_round_trips_and_fits_its_schema() -> None:
    import jsonschema

    corpus = ek.link([report("a1", "2025-04-10"), report("a2", "2025-04-10", EventKind.MEETING)])
    data = ek.dumps(corpus)
    assert ek.loads(data, Corpus) == corpus
    jsonschema.Draft202012Validator(ek.json_schema(Corpus)).validate(orjson.loads(data))


@given(corpora())
def test_any_corpus_round_trips(corpus: Corpus) -> None:
    assert ek.loads(ek.dumps(corpus), Corpus) == corpus


def test_a_corpus_checks_its_references() -> None:
    story = ek.Story(
        id="s1",
        kind=EventKind.TALKS,
        status=EventStatus.OCCURRED,
        reports=(ek.Report(article="a9", event="e1", kind=EventKind.TALKS, status=EventStatus.OCCURRED),),
        participants=(Participant(entity="p9"),),
        venue="v9",
    )
    with pytest.raises(ValidationError) as error:
        Corpus(articles=("a1",), stories=(story,))
    assert [str(p) for p in error.value.problems] == [
        "$.stories[0].venue: unknown venue id 'v9'",
        "$.stories[0].participants[0].entity: unknown person or organization id 'p9'",
        "$.stories[0].reports[0].article: unknown article id 'a9'",
    ]


def test_corpus_entities_have_no_mentions() -> None:
    mention = ek.Mention(text="Путин", span=ek.Span(start=0, end=5))
    with pytest.raises(ValidationError, match=r"\$\.persons\[0\]\.mentions: must be empty"):
        Corpus(persons=(Person(id="p1", name="Путин", mentions=(mention,)),))


def test_a_story_needs_a_report() -> None:
    with pytest.raises(ValidationError, match=r"\$\.reports: a story has at least one report"):
        ek.Story(id="s1", kind=EventKind.TALKS, status=EventStatus.OCCURRED, reports=())


def test_an_eventkit_1_corpus_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        ek.loads(b'{"schema": "eventkit/1"}', Corpus)
    assert str(error.value) == "$.schema: a Corpus cannot be a eventkit/1 document (added in eventkit/2)"


def test_cli_link_reads_json_and_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = tmp_path / "one.json"
    one.write_bytes(ek.dumps(report("a1", "2025-04-10")))
    many = tmp_path / "many.jsonl"
    ek.write_jsonl(
        [report("a2", "2025-04-10", EventKind.MEETING), report("a3", "2025-05-12")], many.open("wb")
    )
    assert main(["link", str(one), str(many)]) == 0
    corpus = ek.loads(capsys.readouterr().out, Corpus)
    assert corpus.articles == ("a1", "a2", "a3")
    assert [len(s.reports) for s in corpus.stories] == [2, 1]


def test_cli_link_names_the_file_of_a_repeated_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = []
    for name in ("x.json", "y.json"):
        path = tmp_path / name
        path.write_bytes(ek.dumps(report("a1", "2025-04-10")))
        paths.append(str(path))
    assert main(["link", *paths]) == 1
    assert capsys.readouterr().err.strip() == f"{paths[1]}: $.id: duplicate article id 'a1' (first at $[0])"


def test_linking_grows_with_the_number_of_articles() -> None:
    """Stories are found through an index: a thousand reports of distinct days make a thousand stories."""
    import datetime as dt

    start = dt.date(2020, 1, 1)
    articles = [report(f"a{n}", (start + dt.timedelta(days=3 * n)).isoformat()) for n in range(1000)]
    corpus = ek.link(articles)
    assert len(corpus.stories) == 1000
    assert len(corpus.persons) == 2


@needs_ru
def test_three_reports_of_one_visit_in_two_languages_are_one_story() -> None:
    """Our own texts: two Russian reports and an English one of one talks; a later visit; a wrong date."""
    texts = {path.stem: path.read_text(encoding="utf-8") for path in sorted(STORIES.glob("*.txt"))}
    articles = {name: ek.parse_article(text) for name, text in texts.items()}
    corpus = ek.link(articles.values())
    by_article = {r.article: s.id for s in corpus.stories for r in s.reports}
    ids = {name: a.id for name, a in articles.items()}
    one_story = {
        by_article[ids[n]] for n in ("ru-talks-kremlin", "ru-meeting-minsk-press", "en-talks-moscow")
    }
    assert len(one_story) == 1
    assert by_article[ids["ru-talks-month-later"]] not in one_story
    assert by_article[ids["ru-talks-wrong-date"]] not in one_story
    assert by_article[ids["ru-talks-wrong-date"]] != by_article[ids["ru-talks-month-later"]]
    (story,) = [s for s in corpus.stories if s.id in one_story]
    assert {r.kind for r in story.reports} == {EventKind.TALKS, EventKind.MEETING}
    putin = next(p for p in corpus.persons if p.identifier("wikidata") == "Q7747")
    assert "Vladimir Putin" in putin.aliases
