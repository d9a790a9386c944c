"""``parse_article`` as a whole: the seed, the example articles, the pipeline, and never a crash."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from answer_keys import TUNED_KEYS
from hypothesis import given
from hypothesis import strategies as st

import eventkit
from eventkit import Article, Organization, ParseError, Person, Quote, QuoteKind, Span, parse_article
from eventkit.entities import Entities, MissingExtraError
from eventkit.evaluate import score_article

__all__: list[str] = []

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = CORPUS / "seed" / "zakon-kz-2025-11-11-friendship-square.txt"

# The fields the text parser fills by itself (persons, venues and events come from other stages).
PARSER_FIELDS = (
    "quotes.span",
    "quotes.kind",
    "quotes.cue",
    "not_quotes",
    "dates",
    "outlet",
    "info_sources",
    "media_credits",
    "paragraphs",
    "published",
    "language",
)


def _seed() -> str:
    if not SEED.exists():
        pytest.skip(f"the shared corpus is not beside the checkout ({SEED.name} missing)")
    return SEED.read_text(encoding="utf-8")


def test_seed_quotes_kinds_cues_and_speakers_as_written() -> None:
    a = parse_article(_seed(), entities=False)
    assert [(q.id, q.kind, q.cue, q.speaker_text, q.paragraph) for q in a.quotes] == [
        ("q1", QuoteKind.DIRECT, None, "Андрей Яцкин", 2),
        ("q2", QuoteKind.INDIRECT, "По словам", "казахстанского министра", 3),
        ("q3", QuoteKind.INDIRECT, "По ее мнению", "ее", 4),
        ("q4", QuoteKind.INDIRECT, "отметила", "Аида Балаева", 4),
    ]
    assert a.quotes[0].text.startswith("Идея создания этого сквера")
    assert a.quotes[0].text.endswith("связь поколений наших стран")
    # The second sentence of paragraph 4 continues the reported speech.
    assert a.quotes[1].text.endswith("уходят в глубокую древность")


def test_seed_not_quotes_dates_sources_and_credits() -> None:
    a = parse_article(_seed(), entities=False)
    texts = [q.text for q in a.quotes]
    assert not any(t in ("Алма-Атинская", "Российская газета", "духовным мостом") for t in texts)
    assert [(d.text, str(d.dates.start), str(d.dates.end)) for d in a.dates] == [
        ("в мае 2025 года", "2025-05", "2025-05"),
        ("11-12 ноября", "2025-11-11", "2025-11-12"),
    ]
    assert a.outlet is not None
    assert a.outlet.name == "Zakon.kz"
    assert [s.name for s in a.info_sources] == ["пресс-служба Министерства культуры и информации Казахстана"]
    assert [c.credit for c in a.media_credits] == ["gov.kz", "gov.kz"]
    assert len(a.paragraphs) == 7
    assert a.language == "ru"
    assert str(a.published) == "2025-11-11"


@pytest.mark.parametrize(
    "gold_path",
    TUNED_KEYS,
    ids=lambda p: p.stem,
)
def test_example_articles_match_their_answer_keys(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = parse_article((gold_path.parent / gold["document"]).read_text(encoding="utf-8"), entities=False)
    scores = score_article(article, gold)
    wrong = {f: scores[f] for f in PARSER_FIELDS if f in scores and scores[f].f1 < 1.0}
    assert not wrong


def test_there_are_example_articles_in_both_languages() -> None:
    languages = {json.loads(p.read_text(encoding="utf-8"))["language"] for p in EXAMPLES.glob("*.gold.json")}
    assert languages == {"ru", "en"}


def test_ids_are_deterministic_and_the_article_round_trips() -> None:
    text = (EXAMPLES / "ru-state-visit.txt").read_text(encoding="utf-8")
    a, b = parse_article(text, entities=False), parse_article(text, entities=False)
    assert a == b
    assert a.id.startswith("a")
    assert len(a.id) == 13
    assert [q.id for q in a.quotes] == [f"q{i}" for i in range(1, len(a.quotes) + 1)]
    assert eventkit.loads(eventkit.dumps(a)) == a
    assert parse_article(text + " ", entities=False).id != a.id


def test_provenance_without_a_recognizer() -> None:
    a = parse_article(" date 2025-11-11 Стороны провели переговоры.", entities=False)
    assert a.provenance is not None
    assert (a.provenance.extractor, a.provenance.version, a.provenance.recognizer) == (
        "eventkit.text",
        eventkit.__version__,
        None,
    )


def test_requiring_a_recognizer_that_does_not_exist_raises_missing_extra() -> None:
    with pytest.raises(MissingExtraError):
        parse_article("Les ministres se sont réunis à Pékin.", language="fr", entities=True)


class _FakeRecognizer:
    """A recognizer that knows one person and one organization of the test text."""

    name = "fake/1"

    def __init__(self) -> None:
        self.blocks: list[Span] = []

    def recognize(self, text: str, blocks: Sequence[Span]) -> Entities:
        self.blocks = list(blocks)
        start = text.index("Песков")
        org = text.index("ТАСС")
        return Entities(
            persons=(
                Person(
                    id="p1",
                    name="Дмитрий Песков",
                    given_name="Дмитрий",
                    family_name="Песков",
                    mentions=(eventkit.Mention(text="Песков", span=Span(start=start, end=start + 6)),),
                ),
            ),
            organizations=(
                Organization(
                    id="o1",
                    name="ТАСС",
                    mentions=(eventkit.Mention(text="ТАСС", span=Span(start=org, end=org + 4)),),
                ),
            ),
        )


def test_pipeline_uses_the_recognizer_links_sources_and_resolves_speakers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from eventkit import pipeline as _article

    fake = _FakeRecognizer()
    monkeypatch.setattr(_article, "get_recognizer", lambda language, required=False: fake)
    calls: list[tuple[Quote, ...]] = []

    def resolve(text: str, quotes: Sequence[Quote], persons: Sequence[Person]) -> tuple[Quote, ...]:
        calls.append(tuple(quotes))
        return tuple(q if q.speaker_text != "Песков" else eventkit_evolve(q, "p1") for q in quotes)

    monkeypatch.setattr(_article, "resolve_speakers", resolve)
    text = " date 2025-11-11 «Переговоры прошли успешно», — заявил Песков, передает ТАСС.\n\nВторой абзац."
    a = parse_article(text)
    assert a.provenance is not None
    assert a.provenance.recognizer == "fake/1"
    assert [(b.start, b.end) for b in fake.blocks] == [(p.span.start, p.span.end) for p in a.paragraphs]
    assert len(calls) == 1
    assert [q.speaker for q in a.quotes] == ["p1"]
    assert a.outlet is not None
    assert a.outlet.organization == "o1"
    assert [p.name for p in a.persons] == ["Дмитрий Песков"]


def eventkit_evolve(quote: Quote, speaker: str) -> Quote:
    import attrs

    return attrs.evolve(quote, speaker=speaker)  # type: ignore[misc]


def test_parse_article_is_exported_lazily() -> None:
    assert eventkit.parse_article is parse_article
    assert "parse_article" in eventkit.__all__


# ------------------------------------------------------------------- never anything else

_PIECES = st.sampled_from(
    [
        " date 2025-11-11 ",
        "date 2025-13-45 ",
        "\ufeff",
        "\r\n",
        "\n\n",
        "  ",
        "«",
        "»",
        "„",
        "“",
        "”",
        '"',
        "— ",
        ", — сказал он.",
        '", - заявил Песков.',
        "Песков заявил: ",
        "По словам министра, ",
        "По ее мнению, ",
        ", отметила Аида Балаева.",
        "Лавров отметил, что ",
        "Фото: gov.kz",
        "© Пётр Сидоров/ ТАСС",
        "(Фото: kremlin.ru)",
        "Подписывайтесь на наши новости",
        "11-12 ноября",
        "с 24 по 25 ноября",
        "в мае 2025 года",
        "13-го числа",
        "в понедельник 28 июня",
        "накануне",
        "31 февраля",
        "сообщает Zakon.kz.",
        "По данным пресс-службы Кремля,",
        "according to the Kremlin,",
        '"We are ready," Lavrov said.',
        "on Monday, June 28",
        "Министры провели переговоры.",
        "The ministers met.",
        ".",
        ",",
        ":",
    ]
)


def _parse_or_parse_error(text: str | bytes) -> None:
    problem: ParseError | None = None
    try:
        article = parse_article(text, entities=False)
    except ParseError as error:
        problem = error
    if problem is not None:
        assert problem.line >= 1
        assert problem.column >= 1
        return
    assert isinstance(article, Article)
    for quote in article.quotes:
        assert article.text[quote.span.start : quote.span.end] == quote.text


@given(st.text())
def test_arbitrary_text_gives_an_article_or_a_parse_error(text: str) -> None:
    _parse_or_parse_error(text)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40).map("".join))
def test_article_like_text_gives_an_article_or_a_parse_error(text: str) -> None:
    _parse_or_parse_error(text)


@given(st.binary())
def test_arbitrary_bytes_give_an_article_or_a_parse_error(data: bytes) -> None:
    _parse_or_parse_error(data)


_LAYOUT_PIECES = st.sampled_from(
    [
        "\n\n",
        "\n",
        "\r\n",
        "  ",
        "Политика",
        "24 июня 2025, 14:35",
        "Президент прибыл в Москву с визитом",
        "Министры провели переговоры.",
        "Фото: gov.kz",
        "© Пётр Сидоров/ ТАСС",
        " (Фото: kremlin.ru)",
        "Путин и Токаев в Кремле. Фото: ТАСС",
        "Подписывайтесь на наши новости",
        "We use cookies.",
        "«Мы готовы», — сказал он.",
        "The ministers met.",
    ]
)


@given(
    st.lists(st.one_of(_LAYOUT_PIECES, st.text(alphabet="абв xyz.,", max_size=6)), max_size=30).map("".join)
)
def test_nothing_the_text_holds_is_dropped(text: str) -> None:
    problem: ParseError | None = None
    try:
        article = parse_article(text, entities=False)
    except ParseError as error:
        problem = error
    if problem is not None:
        return
    spans = [p.span for p in article.paragraphs] + [b.span for b in article.boilerplate]
    spans += [c.span for c in article.media_credits if c.span is not None]
    if article.headline is not None:
        spans.append(article.headline.span)
    covered = set()
    for span in spans:
        covered.update(range(span.start, span.end))
    lost = [i for i, ch in enumerate(text) if not ch.isspace() and i not in covered]
    assert not lost, [text[i] for i in lost]
