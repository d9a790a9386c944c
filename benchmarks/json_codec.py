"""JSON codec benchmark: eventkit against pydantic v2, msgspec and plain orjson, in one process.

The same article model is written three times (eventkit's attrs classes, pydantic ``BaseModel``
with ``strict=True`` and ``extra='forbid'``, msgspec ``Struct`` with
``forbid_unknown_fields=True``) and all of them read and write the same JSON bytes: one
realistic article of a few KB with persons, organizations, venues, quotes and events.

Printed: encode, decode and round-trip time per article, the JSON Lines bulk-load rate, the
memory one decoded article keeps alive (tracemalloc) and the import time of each library, with
ratios to eventkit. Run from the project root::

    python benchmarks/json_codec.py            # about a minute
    python benchmarks/json_codec.py --quick    # fewer repeats

The peers check types, required fields and unknown keys; they do not check what eventkit's
model also checks (spans inside the text, ids unique, references resolving, date order), and
they keep dates as pattern-checked strings rather than date objects. Both favour the peers.
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Annotated, Any, Literal

import msgspec
import orjson
import pydantic
from pydantic import BaseModel, ConfigDict, Field

import eventkit
from eventkit import (
    Article,
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
    Scheme,
    Span,
    Venue,
    VenueKind,
)

__all__ = ["build_article", "main"]

# ------------------------------------------------------------------------ the article

_PARAGRAPHS = (
    "Лавров и Нуртлеу обсудили в Москве подготовку государственного визита",
    (
        "Министр иностранных дел России Сергей Лавров провёл в Москве переговоры с заместителем премьер-"
        "министра — министром иностранных дел Казахстана Муратом Нуртлеу. Встреча прошла 10 ноября в "
        "особняке МИД на Спиридоновке, сообщает пресс-служба министерства."
    ),
    (
        "Стороны обсудили программу государственного визита президента Казахстана Касым-Жомарта Токаева в"
        " Россию, который запланирован на 11-12 ноября. По данным пресс-службы, в ходе визита лидеры "
        "подпишут декларацию о переходе к отношениям всеобъемлющего стратегического партнёрства и "
        "союзничества."
    ),
    (
        '"Мы подошли к визиту с очень насыщенной повесткой. Подготовлено более двадцати документов, '
        'которые охватывают энергетику, транспорт, образование и культуру", — заявил Лавров журналистам '
        "после переговоров."
    ),
    (
        "По словам Нуртлеу, казахстанская сторона рассчитывает на конкретные договорённости по "
        'транспортным коридорам. "Для нас особенно важен маршрут Север — Юг, и мы видим большой интерес '
        'российских партнёров к совместным проектам", — отметил министр.'
    ),
    (
        "Кроме того, министры затронули подготовку к саммиту Содружества Независимых Государств, который "
        "пройдёт в декабре в Санкт-Петербурге. Лавров отметил, что Россия поддерживает инициативы "
        "Казахстана по развитию сотрудничества в рамках объединения."
    ),
    (
        'Накануне в Южном административном округе Москвы у станции метро "Алма-Атинская" открылся Сквер '
        "дружбы Казахстана и России. В церемонии открытия приняли участие министр культуры и информации "
        "Казахстана Аида Балаева и первый заместитель председателя Совета Федерации Андрей Яцкин."
    ),
    (
        '"Этот сквер станет местом, где москвичи и гости столицы смогут больше узнать о культуре '
        'Казахстана", — сказала Балаева. Яцкин в свою очередь назвал открытие сквера символом многолетней'
        " дружбы двух народов."
    ),
    (
        "Как сообщили в правительстве Москвы, в сквере установлены арт-объекты в национальном стиле, "
        "высажено более трёхсот деревьев и кустарников, а также оборудованы места для отдыха."
    ),
    "Фото: пресс-служба МИД России",
)
_TEXT = "\n\n".join(_PARAGRAPHS) + "\n"


def _at(text: str, piece: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return Span(start=start, end=start + len(piece))


def _mention(text: str, piece: str, nth: int = 0) -> Mention:
    return Mention(text=piece, span=_at(text, piece, nth))


def _block(text: str, piece: str) -> Paragraph:
    return Paragraph(text=piece, span=_at(text, piece))


def build_article(article_id: str = "bench-1") -> Article:
    """The benchmark's article: about 3.5 KB of text and everything the model can say about it."""
    t = _TEXT
    blocks = [b for b in t.split("\n\n") if b.strip()]
    headline, body, credit_line = blocks[0].strip(), blocks[1:-1], blocks[-1].strip()
    paragraphs = tuple(_block(t, b.strip()) for b in body)

    def date(y: int, m: int | None = None, d: int | None = None) -> PartialDate:
        return PartialDate(year=y, month=m, day=d)

    persons = (
        Person(
            id="p1",
            name="Сергей Лавров",
            given_name="Сергей",
            family_name="Лавров",
            roles=(Role(title="министр иностранных дел", organization="o1", country="RU"),),
            mentions=(
                _mention(t, "Лавров"),
                _mention(t, "Сергей Лавров"),
                _mention(t, "Лавров", 2),
                _mention(t, "Лавров", 3),
            ),
        ),
        Person(
            id="p2",
            name="Мурат Нуртлеу",
            given_name="Мурат",
            family_name="Нуртлеу",
            roles=(
                Role(title="заместитель премьер-министра", country="KZ"),
                Role(title="министр иностранных дел", organization="o2", country="KZ"),
            ),
            mentions=(_mention(t, "Нуртлеу"), _mention(t, "Муратом Нуртлеу"), _mention(t, "Нуртлеу", 2)),
        ),
        Person(
            id="p3",
            name="Касым-Жомарт Токаев",
            given_name="Касым-Жомарт",
            family_name="Токаев",
            roles=(Role(title="президент", country="KZ"),),
            mentions=(_mention(t, "Касым-Жомарта Токаева"),),
        ),
        Person(
            id="p4",
            name="Аида Балаева",
            given_name="Аида",
            family_name="Балаева",
            roles=(Role(title="министр культуры и информации", country="KZ"),),
            mentions=(_mention(t, "Аида Балаева"), _mention(t, "Балаева", 1)),
        ),
        Person(
            id="p5",
            name="Андрей Яцкин",
            given_name="Андрей",
            family_name="Яцкин",
            aliases=("Яцкин",),
            roles=(
                Role(
                    title="первый заместитель председателя Совета Федерации",
                    organization="o3",
                    country="RU",
                ),
            ),
            mentions=(_mention(t, "Андрей Яцкин"), _mention(t, "Яцкин", 1)),
        ),
    )
    organizations = (
        Organization(id="o1", name="МИД России", country="RU", mentions=(_mention(t, "МИД"),)),
        Organization(id="o2", name="МИД Казахстана", country="KZ"),
        Organization(
            id="o3", name="Совет Федерации", country="RU", mentions=(_mention(t, "Совета Федерации"),)
        ),
        Organization(
            id="o4",
            name="Содружество Независимых Государств",
            aliases=("СНГ",),
            mentions=(_mention(t, "Содружества Независимых Государств"),),
        ),
    )
    venues = (
        Venue(
            id="v1", name="Россия", kind=VenueKind.COUNTRY, country="RU", mentions=(_mention(t, "России"),)
        ),
        Venue(
            id="v2",
            name="Казахстан",
            kind=VenueKind.COUNTRY,
            country="KZ",
            mentions=(_mention(t, "Казахстана"),),
        ),
        Venue(
            id="v3",
            name="Москва",
            kind=VenueKind.CITY,
            parent="v1",
            country="RU",
            coordinates=eventkit.Coordinates(latitude=55.7558, longitude=37.6173),
            mentions=(_mention(t, "Москве"), _mention(t, "Москвы")),
        ),
        Venue(
            id="v4",
            name="Южный административный округ",
            kind=VenueKind.DISTRICT,
            parent="v3",
            mentions=(_mention(t, "Южном административном округе"),),
        ),
        Venue(
            id="v5",
            name="Алма-Атинская",
            kind=VenueKind.STATION,
            parent="v4",
            mentions=(_mention(t, "Алма-Атинская"),),
        ),
        Venue(id="v6", name="Сквер дружбы Казахстана и России", kind=VenueKind.PARK, parent="v4"),
        Venue(
            id="v7",
            name="Санкт-Петербург",
            kind=VenueKind.CITY,
            parent="v1",
            mentions=(_mention(t, "Санкт-Петербурге"),),
        ),
        Venue(id="v8", name="особняк МИД на Спиридоновке", kind=VenueKind.BUILDING, parent="v3"),
    )

    def quote(qid: str, piece: str, speaker: str, said: str, cue: str, kind: QuoteKind) -> Quote:
        span = _at(t, piece)
        paragraph = next(i for i, p in enumerate(paragraphs) if p.span.start <= span.start < p.span.end)
        return Quote(
            id=qid,
            text=piece,
            kind=kind,
            span=span,
            speaker=speaker,
            speaker_text=said,
            cue=cue,
            paragraph=paragraph,
        )

    quotes = (
        quote(
            "q1",
            "Мы подошли к визиту с очень насыщенной повесткой. Подготовлено более двадцати документов, "
            "которые охватывают энергетику, транспорт, образование и культуру",
            "p1",
            "Лавров",
            "заявил",
            QuoteKind.DIRECT,
        ),
        quote(
            "q2",
            "казахстанская сторона рассчитывает на конкретные договорённости по транспортным коридорам",
            "p2",
            "Нуртлеу",
            "По словам",
            QuoteKind.INDIRECT,
        ),
        quote(
            "q3",
            "Для нас особенно важен маршрут Север — Юг, и мы видим большой интерес российских партнёров "
            "к совместным проектам",
            "p2",
            "министр",
            "отметил",
            QuoteKind.DIRECT,
        ),
        quote(
            "q4",
            "Этот сквер станет местом, где москвичи и гости столицы смогут больше узнать "
            "о культуре Казахстана",
            "p4",
            "Балаева",
            "сказала",
            QuoteKind.DIRECT,
        ),
    )
    events = (
        Event(
            id="e1",
            kind=EventKind.TALKS,
            status=EventStatus.OCCURRED,
            dates=DateRange.single(date(2025, 11, 10)),
            venue="v8",
            participants=(
                Participant(entity="p1", part=Part.HOST),
                Participant(entity="p2", part=Part.VISITOR),
            ),
            cameo="040",
            plover=PloverCode(event="CONSULT", mode="visit", context=("diplomatic",)),
            evidence=(_mention(t, "провёл в Москве переговоры"),),
        ),
        Event(
            id="e2",
            kind=EventKind.STATE_VISIT,
            status=EventStatus.SCHEDULED,
            dates=DateRange(start=date(2025, 11, 11), end=date(2025, 11, 12)),
            venue="v1",
            participants=(Participant(entity="p3", part=Part.VISITOR),),
            cameo="042",
            plover=PloverCode(event="CONSULT", mode="visit"),
            evidence=(_mention(t, "государственного визита"), _mention(t, "государственного визита", 1)),
        ),
        Event(
            id="e3",
            kind=EventKind.SIGNING,
            status=EventStatus.SCHEDULED,
            parent="e2",
            participants=(Participant(entity="p3", part=Part.SIGNATORY),),
            cameo="057",
            plover=PloverCode(event="AGREE"),
            evidence=(_mention(t, "подпишут декларацию"),),
        ),
        Event(
            id="e4",
            kind=EventKind.SUMMIT,
            status=EventStatus.SCHEDULED,
            dates=DateRange.single(date(2025, 12)),
            venue="v7",
            participants=(Participant(entity="o4", part=Part.ORGANISER),),
            evidence=(_mention(t, "саммиту"),),
        ),
        Event(
            id="e5",
            kind=EventKind.OPENING,
            status=EventStatus.OCCURRED,
            dates=DateRange.single(date(2025, 11, 10)),
            venue="v6",
            participants=(
                Participant(entity="p4", part=Part.PARTICIPANT),
                Participant(entity="p5", part=Part.PARTICIPANT),
            ),
            cameo="043",
            plover=PloverCode(event="COOPERATE", context=("cultural",)),
            evidence=(_mention(t, "открылся Сквер дружбы Казахстана и России"),),
        ),
    )
    return Article(
        id=article_id,
        text=t,
        language="ru",
        published=date(2025, 11, 10),
        headline=_block(t, headline),
        lead=paragraphs[0],
        paragraphs=paragraphs,
        outlet=InfoSource(
            name="МИД России", cue="сообщает", span=_at(t, "пресс-служба министерства"), organization="o1"
        ),
        info_sources=(InfoSource(name="пресс-служба", cue="По данным", span=_at(t, "пресс-службы")),),
        media_credits=(
            MediaCredit(credit="пресс-служба МИД России", text=credit_line, span=_at(t, credit_line)),
        ),
        dates=(
            DateMention(
                text="10 ноября", span=_at(t, "10 ноября"), dates=DateRange.single(date(2025, 11, 10))
            ),
            DateMention(
                text="11-12 ноября",
                span=_at(t, "11-12 ноября"),
                dates=DateRange(start=date(2025, 11, 11), end=date(2025, 11, 12)),
            ),
            DateMention(text="в декабре", span=_at(t, "в декабре"), dates=DateRange.single(date(2025, 12))),
        ),
        persons=persons,
        organizations=organizations,
        venues=venues,
        quotes=quotes,
        events=events,
        provenance=Provenance(extractor="manual", version="1"),
    )


# ------------------------------------------------------------------ the pydantic model

_DATE = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
_ID = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$"


class _P(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


PId = Annotated[str, Field(pattern=_ID)]
PDate = Annotated[str, Field(pattern=_DATE)]


class PSpan(_P):
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]


class PMention(_P):
    text: str
    span: PSpan


class PDateRange(_P):
    start: PDate
    end: PDate


class PDateMention(_P):
    text: str
    span: PSpan
    dates: PDateRange


class PCoordinates(_P):
    latitude: Annotated[float, Field(ge=-90, le=90)]
    longitude: Annotated[float, Field(ge=-180, le=180)]


class PIdentifier(_P):
    scheme: Scheme
    value: Annotated[str, Field(min_length=1)]


class PRole(_P):
    title: str
    organization: str | None = None
    country: str | None = None


class PPerson(_P):
    id: PId
    name: str
    given_name: str | None = None
    family_name: str | None = None
    patronymic: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[PRole, ...] = ()
    mentions: tuple[PMention, ...] = ()
    identifiers: tuple[PIdentifier, ...] = ()


class POrganization(_P):
    id: PId
    name: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[PMention, ...] = ()
    identifiers: tuple[PIdentifier, ...] = ()


class PVenue(_P):
    id: PId
    name: str
    kind: VenueKind = VenueKind.OTHER
    parent: str | None = None
    country: str | None = None
    coordinates: PCoordinates | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[PMention, ...] = ()
    identifiers: tuple[PIdentifier, ...] = ()


class PQuote(_P):
    id: PId
    text: str
    kind: QuoteKind
    span: PSpan
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    paragraph: int | None = None


class PParticipant(_P):
    entity: str
    part: Part = Part.PARTICIPANT


class PPloverCode(_P):
    event: str
    mode: str | None = None
    context: tuple[str, ...] = ()


class PEvent(_P):
    id: PId
    kind: EventKind
    status: EventStatus
    dates: PDateRange | None = None
    venue: str | None = None
    participants: tuple[PParticipant, ...] = ()
    parent: str | None = None
    cameo: str | None = None
    plover: PPloverCode | None = None
    evidence: tuple[PMention, ...] = ()


class PParagraph(_P):
    text: str
    span: PSpan


class PInfoSource(_P):
    name: str
    cue: str | None = None
    span: PSpan | None = None
    organization: str | None = None


class PMediaCredit(_P):
    credit: str
    text: str
    span: PSpan | None = None


class PProvenance(_P):
    extractor: str
    version: str
    recognizer: str | None = None


class PArticle(_P):
    schema_: Literal["eventkit/2"] = Field(alias="schema")
    id: PId
    url: str | None = None
    text: str = ""
    language: str = "und"
    published: PDate | None = None
    headline: PParagraph | None = None
    lead: PParagraph | None = None
    paragraphs: tuple[PParagraph, ...] = ()
    boilerplate: tuple[PParagraph, ...] = ()
    outlet: PInfoSource | None = None
    info_sources: tuple[PInfoSource, ...] = ()
    media_credits: tuple[PMediaCredit, ...] = ()
    dates: tuple[PDateMention, ...] = ()
    persons: tuple[PPerson, ...] = ()
    organizations: tuple[POrganization, ...] = ()
    venues: tuple[PVenue, ...] = ()
    quotes: tuple[PQuote, ...] = ()
    events: tuple[PEvent, ...] = ()
    provenance: PProvenance | None = None


# ------------------------------------------------------------------- the msgspec model

MId = Annotated[str, msgspec.Meta(pattern=_ID)]
MDate = Annotated[str, msgspec.Meta(pattern=_DATE)]
MIndex = Annotated[int, msgspec.Meta(ge=0)]


class _M(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    pass


class MSpan(_M):
    start: MIndex
    end: MIndex


class MMention(_M):
    text: str
    span: MSpan


class MDateRange(_M):
    start: MDate
    end: MDate


class MDateMention(_M):
    text: str
    span: MSpan
    dates: MDateRange


class MCoordinates(_M):
    latitude: Annotated[float, msgspec.Meta(ge=-90, le=90)]
    longitude: Annotated[float, msgspec.Meta(ge=-180, le=180)]


class MIdentifier(_M):
    scheme: Scheme
    value: Annotated[str, msgspec.Meta(min_length=1)]


class MRole(_M):
    title: str
    organization: str | None = None
    country: str | None = None


class MPerson(_M):
    id: MId
    name: str
    given_name: str | None = None
    family_name: str | None = None
    patronymic: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[MRole, ...] = ()
    mentions: tuple[MMention, ...] = ()
    identifiers: tuple[MIdentifier, ...] = ()


class MOrganization(_M):
    id: MId
    name: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[MMention, ...] = ()
    identifiers: tuple[MIdentifier, ...] = ()


class MVenue(_M):
    id: MId
    name: str
    kind: VenueKind = VenueKind.OTHER
    parent: str | None = None
    country: str | None = None
    coordinates: MCoordinates | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[MMention, ...] = ()
    identifiers: tuple[MIdentifier, ...] = ()


class MQuote(_M):
    id: MId
    text: str
    kind: QuoteKind
    span: MSpan
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    paragraph: int | None = None


class MParticipant(_M):
    entity: str
    part: Part = Part.PARTICIPANT


class MPloverCode(_M):
    event: str
    mode: str | None = None
    context: tuple[str, ...] = ()


class MEvent(_M):
    id: MId
    kind: EventKind
    status: EventStatus
    dates: MDateRange | None = None
    venue: str | None = None
    participants: tuple[MParticipant, ...] = ()
    parent: str | None = None
    cameo: str | None = None
    plover: MPloverCode | None = None
    evidence: tuple[MMention, ...] = ()


class MParagraph(_M):
    text: str
    span: MSpan


class MInfoSource(_M):
    name: str
    cue: str | None = None
    span: MSpan | None = None
    organization: str | None = None


class MMediaCredit(_M):
    credit: str
    text: str
    span: MSpan | None = None


class MProvenance(_M):
    extractor: str
    version: str
    recognizer: str | None = None


class MArticle(_M):
    schema_: Literal["eventkit/2"] = msgspec.field(name="schema")
    id: MId
    url: str | None = None
    text: str = ""
    language: str = "und"
    published: MDate | None = None
    headline: MParagraph | None = None
    lead: MParagraph | None = None
    paragraphs: tuple[MParagraph, ...] = ()
    boilerplate: tuple[MParagraph, ...] = ()
    outlet: MInfoSource | None = None
    info_sources: tuple[MInfoSource, ...] = ()
    media_credits: tuple[MMediaCredit, ...] = ()
    dates: tuple[MDateMention, ...] = ()
    persons: tuple[MPerson, ...] = ()
    organizations: tuple[MOrganization, ...] = ()
    venues: tuple[MVenue, ...] = ()
    quotes: tuple[MQuote, ...] = ()
    events: tuple[MEvent, ...] = ()
    provenance: MProvenance | None = None


_MSGSPEC_DECODER = msgspec.json.Decoder(MArticle)
_MSGSPEC_ENCODER = msgspec.json.Encoder()

# ---------------------------------------------------------------------------- timing


def _per_call(fns: dict[str, Callable[[], Any]], repeat: int, number: int) -> dict[str, float]:
    """For each function, the best of ``repeat`` runs of ``number`` calls, in seconds per call.

    The runs take turns (one run of each function, then again), so that a machine shared with
    other work slows every contestant alike.
    """
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(repeat):
        for name, fn in fns.items():
            start = time.perf_counter()
            for _ in range(number):
                fn()
            best[name] = min(best[name], (time.perf_counter() - start) / number)
    return best


def _bulk_rate(load: Callable[[io.BytesIO], list[Any]], data: bytes, n: int, repeat: int) -> float:
    """Articles per second when reading ``n`` JSON Lines into a list (the garbage collector on)."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        loaded = load(io.BytesIO(data))
        elapsed = time.perf_counter() - start
        assert len(loaded) == n
        del loaded
        best = min(best, elapsed)
    return n / best


def _memory_per_object(decode: Callable[[], Any], n: int) -> float:
    """Bytes that one decoded article keeps alive, averaged over ``n`` of them."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = [decode() for _ in range(n)]
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del kept
    return (after - before) / n


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    """Run a fresh interpreter with its bytecode cache on, as after ``pip install``.

    (Some environments set PYTHONDONTWRITEBYTECODE; then every import would compile its source.)
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return subprocess.run([sys.executable, *args], check=True, capture_output=True, text=True, env=env)


def _import_ms(module: str, runs: int) -> float:
    """Median wall time of ``python -c 'import module'`` minus that of ``python -c pass``, in ms."""

    def run(code: str) -> float:
        start = time.perf_counter()
        _python("-c", code)
        return time.perf_counter() - start

    run(f"import {module}")  # fills the bytecode cache
    base = statistics.median(run("pass") for _ in range(runs))
    return max(0.0, statistics.median(run(f"import {module}") for _ in range(runs)) - base) * 1000


def _self_import_ms(module: str, runs: int) -> float:
    """Median of ``-X importtime``'s cumulative time for ``module`` in a fresh interpreter, in ms."""
    _python("-c", f"import {module}")  # fills the bytecode cache
    times = []
    for _ in range(runs):
        done = _python("-X", "importtime", "-c", f"import {module}")
        for line in done.stderr.splitlines():
            parts = [p.strip() for p in line.split("|")]
            if len(parts) == 3 and parts[2] == module:
                times.append(int(parts[1]) / 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, for a smoke run")
    args = parser.parse_args(argv)
    repeat, number, bulk_n, runs = (3, 200, 500, 3) if args.quick else (7, 1000, 5000, 9)

    article = build_article()
    data = eventkit.dumps(article)
    as_dict = orjson.loads(data)
    pyd = PArticle.model_validate_json(data, strict=True)
    msg = _MSGSPEC_DECODER.decode(data)

    # The same bytes in, the same bytes out.
    assert eventkit.loads(data) == article
    assert pyd.model_dump_json(by_alias=True).encode() == data, "pydantic writes other bytes"
    assert _MSGSPEC_ENCODER.encode(msg) == data, "msgspec writes other bytes"
    assert orjson.dumps(as_dict) == data

    def ek_decode() -> Any:
        return eventkit.loads(data)

    def pyd_decode() -> Any:
        return PArticle.model_validate_json(data, strict=True)

    def msg_decode() -> Any:
        return _MSGSPEC_DECODER.decode(data)

    def orj_decode() -> Any:
        return orjson.loads(data)

    rows: dict[str, dict[str, float]] = {}
    peers: dict[str, tuple[Callable[[], Any], Callable[[], Any], Callable[[], Any]]] = {
        "eventkit": (
            lambda: eventkit.dumps(article),
            ek_decode,
            lambda: eventkit.dumps(eventkit.loads(data)),
        ),
        "pydantic v2": (
            lambda: pyd.model_dump_json(by_alias=True),
            pyd_decode,
            lambda: PArticle.model_validate_json(data, strict=True).model_dump_json(by_alias=True),
        ),
        "msgspec": (
            lambda: _MSGSPEC_ENCODER.encode(msg),
            msg_decode,
            lambda: _MSGSPEC_ENCODER.encode(_MSGSPEC_DECODER.decode(data)),
        ),
        "orjson (dict, no checks)": (
            lambda: orjson.dumps(as_dict),
            orj_decode,
            lambda: orjson.dumps(orjson.loads(data)),
        ),
    }
    lines = b"".join(eventkit.dumps(build_article(f"bench-{i}")) + b"\n" for i in range(min(bulk_n, 50))) * (
        bulk_n // min(bulk_n, 50)
    )
    bulk: dict[str, Callable[[io.BytesIO], list[Any]]] = {
        "eventkit": lambda s: list(eventkit.iter_jsonl(s)),
        "pydantic v2": lambda s: [PArticle.model_validate_json(line, strict=True) for line in s],
        "msgspec": lambda s: [_MSGSPEC_DECODER.decode(line) for line in s],
        "orjson (dict, no checks)": lambda s: [orjson.loads(line) for line in s],
    }
    decoders = {"eventkit": ek_decode, "pydantic v2": pyd_decode, "msgspec": msg_decode}
    decoders["orjson (dict, no checks)"] = orj_decode
    timed = [_per_call({name: fns[i] for name, fns in peers.items()}, repeat, number) for i in range(3)]
    for name in peers:
        rows[name] = {
            "encode": timed[0][name] * 1e6,
            "decode": timed[1][name] * 1e6,
            "round trip": timed[2][name] * 1e6,
            "bulk": _bulk_rate(bulk[name], lines, bulk_n, max(2, repeat // 2)),
            "memory": _memory_per_object(decoders[name], 200),
        }
    imports = {
        "eventkit": _self_import_ms("eventkit", runs),
        "pydantic v2": _self_import_ms("pydantic", runs),
        "msgspec": _self_import_ms("msgspec", runs),
        "orjson (dict, no checks)": _self_import_ms("orjson", runs),
    }

    ek = rows["eventkit"]
    print(
        f"Article: {len(data)} bytes of JSON, {len(article.text)} characters of text, "
        f"{len(article.persons)} persons, {len(article.venues)} venues, {len(article.quotes)} quotes, "
        f"{len(article.events)} events"
    )
    print(
        f"Python {sys.version.split()[0]}, pydantic {pydantic.VERSION}, msgspec {msgspec.__version__}, "
        f"orjson {orjson.__version__}; best of {repeat} x {number} calls; bulk load of {bulk_n} lines"
    )
    print()
    header = (
        f"{'':26}{'encode µs':>11}{'decode µs':>11}{'round trip µs':>15}{'bulk load /s':>14}"
        f"{'memory KB':>11}{'import ms':>11}"
    )
    print(header)
    print("-" * len(header))
    for name, row in rows.items():
        print(
            f"{name:26}{row['encode']:>11.1f}{row['decode']:>11.1f}{row['round trip']:>15.1f}"
            f"{row['bulk']:>14.0f}{row['memory'] / 1024:>11.1f}{imports[name]:>11.1f}"
        )
    print()
    print("Ratios, eventkit / peer (time: below 1 means eventkit is faster; bulk rate: above 1 means it is)")
    print(
        f"{'':26}{'encode':>11}{'decode':>11}{'round trip':>15}{'bulk load':>14}{'memory':>11}{'import':>11}"
    )
    for name, row in rows.items():
        if name == "eventkit":
            continue
        print(
            f"{name:26}{ek['encode'] / row['encode']:>11.2f}{ek['decode'] / row['decode']:>11.2f}"
            f"{ek['round trip'] / row['round trip']:>15.2f}{ek['bulk'] / row['bulk']:>14.2f}"
            f"{ek['memory'] / row['memory']:>11.2f}"
            f"{imports['eventkit'] / imports[name] if imports[name] else float('nan'):>11.2f}"
        )
    print()
    wall = _import_ms("eventkit", runs)
    print(f"import eventkit in a fresh interpreter (wall, minus bare start-up): {wall:.1f} ms")
    # eventkit.loads pauses the garbage collector itself; a pydantic user could do the same by hand.
    paused = _bulk_rate(_paused_pydantic, lines, bulk_n, max(2, repeat // 2))
    print(
        f"pydantic v2 bulk load with the collector paused by the caller around each line: {paused:.0f} /s "
        f"(eventkit / that: {ek['bulk'] / paused:.2f})"
    )
    vs_orjson = ek["round trip"] / rows[_ORJSON]["round trip"]
    print(f"round trip, eventkit / plain orjson on the same dict: {vs_orjson:.2f}")


_ORJSON = "orjson (dict, no checks)"


def _paused_pydantic(stream: io.BytesIO) -> list[Any]:
    loaded = []
    for line in stream:
        gc.disable()
        try:
            loaded.append(PArticle.model_validate_json(line, strict=True))
        finally:
            gc.enable()
    return loaded


if __name__ == "__main__":
    main()
