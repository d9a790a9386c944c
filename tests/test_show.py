"""The picture of an article: marked text, linked quotes and speakers, events with participants,
well-formed and escaped HTML that needs no network."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from markers import needs_ru
from strategies import articles

import eventkit
from eventkit import (
    Article,
    Event,
    EventKind,
    EventStatus,
    Mention,
    Organization,
    Paragraph,
    Participant,
    Person,
    Quote,
    QuoteKind,
    Span,
    Venue,
)
from eventkit.cli import main
from eventkit.show import html_page, to_html

ROOT = Path(__file__).resolve().parents[1]
SEED = sorted((ROOT.parent / "shared" / "corpus" / "seed").glob("*.txt"))
_VOID = {"meta", "br", "hr", "img", "link"}


class _Tree(HTMLParser):
    """Checks that tags nest; collects ids, links, marks, quote elements and the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.marks: list[tuple[str, str, str]] = []  # (class, title, text)
        self.quotes: dict[str, str] = {}  # html id -> text inside
        self.speaker_links: list[str] = []
        self.tags: list[str] = []
        self.paragraphs: list[str] = []
        self._text: list[list[str]] = []  # open marks' and quotes' and paragraphs' texts
        self._open: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        self.tags.append(tag)
        if "id" in attributes:
            assert attributes["id"] not in self.ids, f"id {attributes['id']} twice"
            self.ids.add(attributes["id"])
        if "href" in attributes:
            self.hrefs.append(attributes["href"])
            if "ek-speaker" in attributes.get("class", ""):
                self.speaker_links.append(attributes["href"])
        if tag in _VOID:
            return
        self.stack.append((tag, attributes))
        self._text.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        assert self.stack, f"</{tag}> closes nothing"
        opened, attributes = self.stack.pop()
        assert opened == tag, f"<{opened}> closed by </{tag}>"
        text = "".join(self._text.pop())
        if self._text and "ek-speaker" not in attributes.get("class", ""):
            self._text[-1].append(text)
        css = attributes.get("class", "")
        if tag == "mark" and attributes.get("title"):  # marks in the text (not the legend or lists)
            self.marks.append((css, attributes.get("title", ""), text))
        if css == "ek-quote" and "id" in attributes:
            self.quotes[attributes["id"]] = text
        if tag == "p":
            self.paragraphs.append(text)

    def handle_data(self, data: str) -> None:
        if self._text:
            self._text[-1].append(data)


def _tree(markup: str) -> _Tree:
    tree = _Tree()
    tree.feed(markup)
    tree.close()
    assert tree.stack == [], "unclosed tags"
    return tree


def _hand_made(text: str = "Сергей Лавров сказал: «Переговоры идут». Встреча прошла в МИД.") -> Article:
    lavrov = Person(
        id="p1", name="Сергей Лавров", mentions=(Mention(text="Сергей Лавров", span=Span(start=0, end=13)),)
    )
    quote = Quote(
        id="q1",
        text="Переговоры идут",
        kind=QuoteKind.DIRECT,
        span=Span(start=23, end=38),
        speaker="p1",
        speaker_text="Сергей Лавров",
        paragraph=0,
    )
    event = Event(
        id="e1", kind=EventKind.MEETING, status=EventStatus.OCCURRED, participants=(Participant(entity="p1"),)
    )
    return Article(
        id="a1",
        text=text,
        paragraphs=(Paragraph(text=text, span=Span(start=0, end=len(text))),),
        persons=(lavrov,),
        quotes=(quote,),
        events=(event,),
    )


def test_a_quote_is_linked_to_its_speaker_and_back() -> None:
    tree = _tree(to_html(_hand_made()))
    (quote_id,) = tree.quotes
    assert tree.quotes[quote_id] == "Переговоры идут"
    person_id = next(i for i in tree.ids if i.endswith("-p1"))
    assert tree.speaker_links == [f"#{person_id}"]  # the quote points at its speaker ...
    assert f"#{quote_id}" in tree.hrefs  # ... and the speaker's row at the quote
    assert ("ek-person", "person: Сергей Лавров", "Сергей Лавров") in tree.marks
    assert tree.paragraphs == [_hand_made().text]


def test_jupyter_shows_the_same_picture() -> None:
    article = _hand_made()
    assert article._repr_html_() == to_html(article)  # type: ignore[attr-defined]


def test_hostile_text_and_data_are_escaped() -> None:
    evil = '<script>alert("x")</script> & <img src=x onerror=alert(1)> "quoted" \'single\''
    text = "Сергей Лавров сказал: «Переговоры идут». " + evil
    article = Article(
        id='a"><script>alert(2)</script>',
        url="javascript:alert(3)",
        text=text,
        paragraphs=(Paragraph(text=text, span=Span(start=0, end=len(text))),),
        persons=(
            Person(
                id="p1",
                name="<b onmouseover=alert(4)>Лавров</b>",
                mentions=(Mention(text="Сергей Лавров", span=Span(start=0, end=13)),),
            ),
        ),
    )
    markup = html_page([article])
    assert "<script" not in markup
    assert "<img" not in markup
    assert "<b " not in markup
    assert "javascript:" not in " ".join(_tree(markup).hrefs)
    tree = _tree(markup)
    assert tree.paragraphs == [text]  # every character comes back, as text
    assert html.escape(evil, quote=True) in markup


def test_the_page_needs_no_network() -> None:
    markup = html_page([_hand_made()])
    tree = _tree(markup)
    assert markup.startswith("<!DOCTYPE html>")
    assert "script" not in tree.tags
    assert "link" not in tree.tags
    assert "img" not in tree.tags
    assert all(href.startswith("#") for href in tree.hrefs)
    assert "url(" not in markup
    assert "@import" not in markup


def test_an_http_url_is_a_link() -> None:
    article = Article(id="a1", url="https://news.example/a?b=1&c=2", text="Текст.")
    assert '<a href="https://news.example/a?b=1&amp;c=2" rel="noopener noreferrer">' in to_html(article)


def test_two_articles_on_one_page_keep_their_ids_apart() -> None:
    first = _hand_made()
    second = Article(
        id="a2",
        text=first.text,
        paragraphs=first.paragraphs,
        persons=first.persons,
        quotes=first.quotes,
        events=first.events,
    )
    tree = _tree(html_page([first, second]))  # an id twice would fail the tree
    assert len(tree.quotes) == 2


@settings(max_examples=40, deadline=None)
@given(articles())
def test_any_article_gives_well_formed_html_with_its_text_and_every_entity(article: Article) -> None:
    tree = _tree(to_html(article))
    blocks = [p.text for p in article.paragraphs]
    assert tree.paragraphs == (blocks or ([article.text] if article.text and not article.headline else []))
    for group in (article.persons, article.organizations, article.venues):
        for entity in group:
            safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in entity.id)
            assert any(i.endswith("-" + safe) for i in tree.ids)
    # Every mark names something of the article; a mention that no other mark overlaps is marked.
    marked = {title for _, title, _ in tree.marks}
    named = {f"{kind}: {e.name}" for kind, group in _groups(article) for e in group}
    assert marked <= named | {title for title in marked if title.startswith("date: ")}
    spans = [(m.span.start, m.span.end) for _, group in _groups(article) for e in group for m in e.mentions]
    spans += [(d.span.start, d.span.end) for d in article.dates]
    inside = [(p.span.start, p.span.end) for p in article.paragraphs]
    for kind, group in _groups(article):
        for entity in group:
            for m in entity.mentions:
                a, b = m.span.start, m.span.end
                alone = sum(1 for x, y in spans if x < b and a < y) == 1
                if a < b and alone and any(x <= a and b <= y for x, y in inside):
                    assert f"{kind}: {entity.name}" in marked


def _groups(article: Article) -> list[tuple[str, Sequence[Person | Organization | Venue]]]:
    return [("person", article.persons), ("organization", article.organizations), ("venue", article.venues)]


# --------------------------------------------------------------------------------- seed


@pytest.fixture(scope="module")
def seed() -> Article:
    if not SEED:
        pytest.skip("the shared corpus is not here")
    return eventkit.parse_article(SEED[0].read_text(encoding="utf-8"))


def test_the_seed_is_drawn_paragraph_by_paragraph(seed: Article) -> None:
    tree = _tree(to_html(seed))
    assert tree.paragraphs == [p.text for p in seed.paragraphs]
    dates = [m for m in tree.marks if m[0] == "ek-date"]
    assert [text for _, _, text in dates] == [
        d.text for d in seed.dates if d.span.start >= seed.paragraphs[0].span.start
    ]


@needs_ru
def test_the_seed_marks_its_persons_venues_quotes_and_events(seed: Article) -> None:
    markup = to_html(seed)
    tree = _tree(markup)
    marked = {(css, text) for css, _, text in tree.marks}
    person_marks = [(title, text) for css, title, text in tree.marks if css == "ek-person"]
    for person in seed.persons:
        for mention in person.mentions:  # a name, or the part of a title that is no venue inside it
            assert any(
                title == f"person: {person.name}" and text in mention.text for title, text in person_marks
            )
    assert any(css == "ek-venue" for css, _ in marked)
    assert len(tree.quotes) == len(seed.quotes)
    spoken = [q for q in seed.quotes if q.speaker is not None]
    assert spoken
    assert len(tree.speaker_links) == len(spoken)
    assert seed.events
    assert markup.count('<tr id="') >= len(seed.persons) + len(seed.events)
    for event in seed.events:
        for participant in event.participants:
            assert html.escape(seed.entity(participant.entity).name) in markup


# ---------------------------------------------------------------------------------- CLI


def test_show_draws_a_document_and_a_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = tmp_path / "a.json"
    document.write_bytes(eventkit.dumps(_hand_made()))
    text = tmp_path / "b.txt"
    text.write_text("The minister said the talks went well.", encoding="utf-8")
    assert main(["show", "--no-entities", str(document), str(text)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    tree = _tree(out)
    assert tree.paragraphs == [_hand_made().text, "The minister said the talks went well."]


def test_show_reports_a_bad_file_and_draws_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.json"
    good.write_bytes(eventkit.dumps(_hand_made()))
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"schema": "eventkit/2", "id": ""}')
    assert main(["show", str(bad), str(good)]) == 1
    out, err = capsys.readouterr()
    assert f"{bad}: $.id:" in err
    assert _tree(out).paragraphs == [_hand_made().text]


def test_the_docs_landing_page_shows_an_article() -> None:
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    shown = re.search(r"```\{eventkit-show\} (\S+)", index)
    assert shown is not None
    assert (ROOT / "docs" / shown.group(1)).resolve().is_file()
