"""The pipeline: raw news text in, a checked :class:`~eventkit.Article` out, stage by stage.

This is the one module that runs the stages, in this order:

1. layout (:mod:`eventkit.text`): header, headline, paragraphs, credits, boilerplate;
2. language, then quotes with their cues and speakers as written;
3. entities (:mod:`eventkit.entities`): persons, organizations and venues by the language's
   recognizer, then each quote's speaker resolved to a person, then their stable identifiers
   (:mod:`eventkit.identities`);
4. sources and outlet, dates resolved against the publication date;
5. events (:mod:`eventkit.events`), read from the article built so far.

:func:`parse_article` runs them on one text; :func:`parse_many` on many, on all cores;
:func:`parse_each` and :func:`parse_files` on a stream of texts or files of any length, with one
:class:`Outcome` per input, so that a bad input is reported and the rest are parsed.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import errno
import functools
import hashlib
import os
import pickle
import re
import warnings
from collections.abc import Generator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from . import codec
from ._version import __version__
from ._workers import lazy_chunks, ordered_map
from .entities import country_tails_merged, dateline_entities, get_recognizer, resolve_speakers
from .errors import LanguageWarning, ParseError, ValidationError
from .events import extract_events
from .identities import identify as identify_entities
from .model import (
    Article,
    InfoSource,
    MediaCredit,
    Organization,
    Paragraph,
    PartialDate,
    Person,
    Provenance,
    Quote,
    Span,
    Venue,
)
from .text import (
    SUPPORTED_LANGUAGES,
    Block,
    FoundQuote,
    FoundSource,
    decode_text,
    detect_language,
    find_dateline,
    find_dates,
    find_quotes,
    find_sources,
    first_absolute_date,
    language_name,
    read_structure,
)

__all__ = ["Outcome", "parse_article", "parse_each", "parse_files", "parse_many"]

_PUBLISHED = re.compile(r"(?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2}))?)?(?:[T ][0-9:.+\-Z ]*)?")
_LANGUAGE = re.compile(r"(?P<primary>[A-Za-z]{2,8})(?P<rest>(?:[-_][A-Za-z0-9]{1,8})*)")


def _published(value: object) -> PartialDate | None:
    """The published date given as an argument: a date, a :class:`PartialDate` or an ISO string."""
    if value is None or isinstance(value, PartialDate):
        return value
    if isinstance(value, _dt.datetime):
        return PartialDate.from_date(value.date())
    if isinstance(value, _dt.date):
        return PartialDate.from_date(value)
    if not isinstance(value, str):
        raise ParseError(
            f"published: expected a date, a PartialDate or an ISO string, got {type(value).__name__}"
        )
    m = _PUBLISHED.fullmatch(value.strip())
    if m is None:
        raise ParseError(f"published: expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}", text=value)
    try:
        return PartialDate(
            year=int(m["y"]), month=int(m["m"]) if m["m"] else None, day=int(m["d"]) if m["d"] else None
        )
    except ValidationError as error:
        field = error.problems[0].path.rsplit(".", 1)[-1]
        offset = {"year": m.start("y"), "month": m.start("m"), "day": m.start("d")}.get(field, 0)
        raise ParseError(
            f"published: impossible date {value!r}: {error.problems[0].message}",
            text=value,
            offset=max(offset, 0),
        ) from None


def _language(value: object) -> str | None:
    """A language tag given as an argument, in its canonical case (``ru``, ``en-GB``)."""
    if value is None:
        return None
    if not isinstance(value, str) or (m := _LANGUAGE.fullmatch(value.strip())) is None:
        raise ParseError(f"language: expected a BCP 47 tag such as 'ru' or 'en', got {value!r}")
    parts = [m["primary"].lower()]
    for part in re.split(r"[-_]", m["rest"])[1:]:
        if len(part) == 2 and part.isalpha():
            parts.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            parts.append(part.title())
        else:
            parts.append(part.lower())
    return "-".join(parts)


def _check_id_and_url(id: object, url: object) -> None:
    """The caller's article id and url, checked by the model's own rules before any work is done."""
    for name, value in (("id", id), ("url", url)):
        if value is not None and not isinstance(value, str):
            raise ParseError(f"{name}: expected a string, got {type(value).__name__}")
    try:
        Article(id="a" if id is None else str(id), url=None if url is None else str(url))
    except ValidationError as error:
        raise ParseError(
            "; ".join(f"{p.path.removeprefix('$.')}: {p.message}" for p in error.problems)
        ) from None


def _no_recognizer(language: str) -> LanguageWarning:
    """What to say when a text's entities cannot be read: the extra to install, or the languages read."""
    from .entities import ru_available
    from .entities.ru._extra import INSTALL_HINT

    primary = language.split("-")[0]
    if primary == "ru" and not ru_available():
        return LanguageWarning(
            f"no persons, organizations or venues were read: {INSTALL_HINT}",
            language=language,
            hint=INSTALL_HINT,
        )
    supported = " and ".join(f"{language_name(code)} ({code})" for code in SUPPORTED_LANGUAGES)
    hint = f"eventkit reads {supported}"
    if primary == "und":
        said = "the language of the text could not be told (und)"
    else:
        said = f"the text is in {language_name(language)} ({language})"
    return LanguageWarning(
        f"{said}; {hint}: no persons, organizations or venues were read", language=language, hint=hint
    )


def _paragraph(text: str, block: Block) -> Paragraph:
    return Paragraph(text=text[block.start : block.end], span=Span(start=block.start, end=block.end))


_WORD_CHAR = re.compile(r"\w")


class _OrganizationNames:
    """Every name of the article's organizations (name, aliases, mentions), by its case fold.

    Each name keeps the first organization that has it, so a source's name is looked up by
    its own words, not against every organization.
    """

    def __init__(self, organizations: Sequence[Organization]) -> None:
        self._ids: dict[str, tuple[int, str]] = {}
        for k, org in enumerate(organizations):
            for candidate in (org.name, *org.aliases, *(m.text for m in org.mentions)):
                self._ids.setdefault(candidate.casefold(), (k, org.id))
        self._longest = max(map(len, self._ids), default=0)

    def find(self, name: str) -> str | None:
        """The id of the organization a source's name is, or names (the longest name inside it,
        standing as whole words, wins; of two as long, the first organization's)."""
        wanted = name.casefold()
        exact = self._ids.get(wanted)
        if exact is not None:
            return exact[1]
        word = [_WORD_CHAR.match(ch) is not None for ch in wanted]
        starts = [i for i in range(len(wanted)) if i == 0 or not word[i - 1]]
        ends = [j for j in range(1, len(wanted) + 1) if j == len(wanted) or not word[j]]
        best: tuple[int, int, str] | None = None  # (-length, organization's place, id)
        for i in starts:
            for j in ends:
                if j - i < 3 or j - i > self._longest:
                    continue
                found = self._ids.get(wanted[i:j])
                if found is not None and (best is None or (i - j, found[0]) < best[:2]):
                    best = (i - j, found[0], found[1])
        return best[2] if best else None


def _info_source(text: str, source: FoundSource, organizations: _OrganizationNames) -> InfoSource:
    return InfoSource(
        name=source.name,
        cue=source.cue,
        span=Span(start=source.start, end=source.end),
        organization=organizations.find(source.name),
    )


def _sourced(quote: FoundQuote, sources: Sequence[FoundSource]) -> bool:
    """Whether ``quote`` is a press office's report whose office the sources name as the news'
    source (``..., сообщила пресс-служба МИД.``): then that source, not a quote; a report whose
    office they do not name stays a quote with no person as speaker, so that nothing is lost."""
    speaker = quote.speaker
    return (
        quote.sourced
        and speaker is not None
        and any(not s.outlet and s.start < speaker.end and speaker.start < s.end for s in sources)
    )


def parse_article(
    text: str | bytes,
    *,
    published: _dt.date | PartialDate | str | None = None,
    language: str | None = None,
    entities: bool | None = None,
    id: str | None = None,
    url: str | None = None,
    identify: bool = True,
) -> Article:
    """Read raw news text, Russian or English, into a checked :class:`~eventkit.Article`.

    :param text: the raw format (``" date YYYY-MM-DD "`` and the first paragraph on one line,
        paragraphs split by blank lines) or plain text; bytes must be UTF-8.
    :param published: a :class:`datetime.date`, a :class:`~eventkit.PartialDate` or an ISO
        string (``YYYY[-MM[-DD]]``); wins over the header's date.
    :param language: a BCP 47 tag (``ru``, ``en``); found from the text when not given.
    :param entities: ``None`` uses a named-entity recognizer when one is installed, ``True``
        requires one, ``False`` skips it.
    :param id: the article's id (a database key, a URL); by default one made from the text.
    :param url: where the article was published, an absolute URL; it becomes
        the article's ``url``, the ninjs ``uri`` and the JSON-LD ``url``.
    :param identify: give the persons, organizations and venues the identity lexicon knows
        their stable identifiers (``eventkit.identities``); ``False`` leaves them without.
    :returns: the article, with every span pointing into ``text``.
    :raises ~eventkit.ParseError: text that cannot be an article (empty, binary, an impossible
        header date), with the line and column; or a bad ``published``, ``language``, ``id``
        or ``url``.
    :raises ~eventkit.errors.MissingExtraError: ``entities=True`` and no recognizer for the
        language is installed.
    """
    if isinstance(text, bytes | bytearray):
        text = decode_text(bytes(text))
    if not isinstance(text, str):
        raise ParseError(f"expected text (str or UTF-8 bytes), got {type(text).__name__}")
    given_published = _published(published)
    given_language = _language(language)
    _check_id_and_url(id, url)
    structure = read_structure(text)
    pub = given_published or structure.header_date
    for line in structure.date_lines:
        pub = pub or first_absolute_date(text[line.start : line.end])

    body = ([structure.headline] if structure.headline else []) + structure.paragraphs
    body_text = "\n".join(text[b.start : b.end] for b in body)
    lang = given_language or detect_language(body_text)
    if lang == "und":
        lang = detect_language(text)

    paragraphs = tuple(_paragraph(text, b) for b in structure.paragraphs)
    headline = _paragraph(text, structure.headline) if structure.headline else None
    lead = paragraphs[0] if headline is not None and paragraphs else None

    sources = find_sources(text, structure.paragraphs, structure.headline, structure.boilerplate)
    found_quotes = [
        q for q in find_quotes(text, structure.paragraphs, structure.headline) if not _sourced(q, sources)
    ]
    quotes = tuple(
        Quote(
            id=f"q{n}",
            text=text[q.start : q.end],
            kind=q.kind,
            span=Span(start=q.start, end=q.end),
            speaker_text=text[q.speaker.start : q.speaker.end] if q.speaker else None,
            cue=q.cue,
            paragraph=q.paragraph,
        )
        for n, q in enumerate(found_quotes, 1)
    )

    recognizer = None
    if entities is None:
        recognizer = get_recognizer(lang)
        if recognizer is None:
            warnings.warn(_no_recognizer(lang), stacklevel=2)
    elif entities:
        recognizer = get_recognizer(lang, required=True)
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    venues: tuple[Venue, ...] = ()
    if recognizer is not None:
        found = recognizer.recognize(text, [Span(start=b.start, end=b.end) for b in body])
        persons, organizations, venues = tuple(found.persons), tuple(found.organizations), tuple(found.venues)
        dateline = find_dateline(text, structure.paragraphs)
        if dateline is not None:  # the place it was filed from is a venue, its agency an organization
            organizations, venues = dateline_entities(text, dateline, persons, organizations, venues)
        venues = country_tails_merged(venues)
        quotes = tuple(resolve_speakers(text, quotes, persons))
        # a tentative quote stays only when its speaker is a person (``..., the Ministry said``
        # is a source); without a recognizer, whether it is cannot be told and every one stays
        kept = [
            q for q, f in zip(quotes, found_quotes, strict=True) if not f.tentative or q.speaker is not None
        ]
        if len(kept) < len(quotes):
            quotes = tuple(attrs.evolve(q, id=f"q{n}") for n, q in enumerate(kept, 1))
        if identify:
            persons, organizations, venues = identify_entities(persons, organizations, venues)

    org_names = _OrganizationNames(organizations)
    outlet = next((_info_source(text, s, org_names) for s in sources if s.outlet), None)
    info_sources: list[InfoSource] = []  # each source once, at its first mention; the outlet is not one
    seen: set[str] = {outlet.name.casefold()} if outlet is not None else set()
    for source in sources:
        key = source.name.casefold()
        if source.outlet or key in seen:
            continue
        seen.add(key)
        info_sources.append(_info_source(text, source, org_names))

    article = Article(
        id=id if id is not None else "a" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12],
        url=url,
        text=text,
        language=lang,
        published=pub,
        headline=headline,
        lead=lead,
        paragraphs=paragraphs,
        boilerplate=tuple(_paragraph(text, b) for b in structure.boilerplate),
        outlet=outlet,
        info_sources=tuple(info_sources),
        media_credits=tuple(
            MediaCredit(credit=c.credit, text=text[c.start : c.end], span=Span(start=c.start, end=c.end))
            for c in structure.credits
        ),
        dates=tuple(find_dates(text, body, pub)),
        persons=persons,
        organizations=organizations,
        venues=venues,
        quotes=quotes,
        provenance=Provenance(
            extractor="eventkit.text", version=__version__, recognizer=recognizer.name if recognizer else None
        ),
    )
    return attrs.evolve(article, events=extract_events(article))


def _with_ids_and_urls(
    payload: list[tuple[str, dict[str, Any]]],
    ids: Iterable[str | None] | None,
    urls: Iterable[str | None] | None,
) -> list[tuple[str, dict[str, Any]]]:
    """Each text's own ``id`` and ``url`` added to its arguments (one of each a text)."""
    for name, values in (("id", ids), ("url", urls)):
        if values is None:
            continue
        given = list(values)
        if len(given) != len(payload):
            raise ParseError(f"{name}s: {len(given)} given for {len(payload)} texts")
        payload = [
            (text, kwargs if value is None else {**kwargs, name: value})
            for (text, kwargs), value in zip(payload, given, strict=True)
        ]
    return payload


def _load_recognizers(languages: tuple[str, ...]) -> None:
    """Build each language's recognizer and load its models (once in each worker process)."""
    for language in languages:
        recognizer = get_recognizer(language)
        load = getattr(recognizer, "load", None)
        if load is not None:
            load()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    """What became of one input of a batch: its article, or the error that stopped it.

    ``index`` is the input's place in the batch (from 0) and ``source`` its name: the name it
    was given with, the file's path, or ``text N`` (N counted from 1). Exactly one of
    ``article`` and ``error`` is set. ``error`` is an :class:`~eventkit.EventkitError` for bad
    input; any other exception is a fault of eventkit's, kept so that the batch goes on.
    ``warnings`` are the :class:`~eventkit.errors.LanguageWarning` s the input gave, gathered
    where it was parsed so that the caller says them, once, with the input's name. (A plain
    record, not a model class; between processes its article travels as eventkit JSON.)
    """

    index: int
    source: str
    article: Article | None = None
    error: Exception | None = None
    warnings: tuple[LanguageWarning, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the input gave an article.

        :returns: ``True`` when ``article`` is set, ``False`` when ``error`` is.
        """
        return self.error is None

    def unwrap(self) -> Article:
        """The article, or the input's error raised (with a note naming the input).

        :returns: the input's article.
        :raises Exception: the input's error (most often an :class:`~eventkit.EventkitError`),
            with the note ``in SOURCE``.
        """
        if self.article is not None:
            return self.article
        assert self.error is not None
        note = f"in {self.source}"
        if note not in getattr(self.error, "__notes__", ()):
            self.error.add_note(note)
        raise self.error

    def __reduce__(self) -> tuple[Any, ...]:
        # Between processes the article travels as eventkit JSON: writing and reading it costs
        # less than pickling its many small objects (about 0.3 ms an article against 0.45 ms,
        # most of it saved in the worker; see the benchmarks page).
        return (_unpacked, (self.index, self.source, _packed(self.article), self.error, self.warnings))


def _packed(article: Article | None) -> bytes | Article | None:
    """The article as eventkit JSON, or itself when JSON cannot carry it (a lone surrogate in its text)."""
    if article is None:
        return None
    try:
        return codec.dumps(article)
    except ValidationError:
        return article


def _unpacked(
    index: int,
    source: str,
    article: bytes | Article | None,
    error: Exception | None,
    warnings: tuple[LanguageWarning, ...],
) -> Outcome:
    """An :class:`Outcome` from what :meth:`Outcome.__reduce__` gave. An article that does not
    read back is that input's error (a fault of eventkit's), never a lost batch."""
    if isinstance(article, bytes):
        try:
            article = codec.loads(article)
        except ValidationError as failed:
            error = RuntimeError(f"the article did not read back from its worker: {failed}")
            return Outcome(index=index, source=source, error=error, warnings=warnings)
    return Outcome(index=index, source=source, article=article, error=error, warnings=warnings)


_Options = dict[str, Any]
# (index, source, text, path to read, the input's own options such as its id and url)
_Item = tuple[int, str, "str | bytes | None", "str | None", "_Options"]
_PARSE_OPTIONS = ("published", "language", "entities", "id", "url", "identify")


def _options(published: object, language: object, entities: object) -> _Options:
    options: _Options = {}
    if published is not None:
        options["published"] = published
    if language is not None:
        options["language"] = language
    if entities is not None:
        options["entities"] = entities
    return options


def _read_file(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> bytes:
    """The bytes of one input file. A file larger than ``max_bytes`` (a device such as
    ``/dev/zero`` never ends) raises an :class:`OSError` (``EFBIG``) that says the limit."""
    with open(path, "rb") as stream:
        data = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        raise OSError(errno.EFBIG, f"larger than {max_bytes:,} bytes, the most one input may be", str(path))
    return data


def _outcome(item: _Item, options: _Options) -> Outcome:
    """Read, decode and parse one input where it is (a worker process), its warnings gathered.

    Private options: ``max_bytes`` caps a file's size, ``encoding`` names the bytes' codec,
    ``advice`` words what to do with bytes that are not UTF-8 (see :func:`~eventkit.text.decode_text`),
    and ``check``, a module-level function, is given the decoded text to refuse what is not an article.
    """
    index, source, text, path, own = item
    options = {**options, **own}
    caught: list[warnings.WarningMessage] = []
    try:
        if path is not None:
            text = _read_file(path, max_bytes=options.get("max_bytes"))
        assert text is not None
        if isinstance(text, bytes | bytearray):
            decode: dict[str, Any] = {k: options[k] for k in ("encoding", "advice") if k in options}
            text = decode_text(bytes(text), **decode)
        if "check" in options:
            options["check"](text)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", LanguageWarning)
            article = parse_article(text, **{k: v for k, v in options.items() if k in _PARSE_OPTIONS})
        if path is not None and options.get("url") is None:
            article = attrs.evolve(article, url=Path(path).resolve().as_uri())
    except Exception as error:  # one bad input must not lose the batch
        return Outcome(index=index, source=source, error=_sendable(error))
    found = tuple(w.message for w in caught if isinstance(w.message, LanguageWarning))
    for w in caught:  # any other warning is said as it came
        if not isinstance(w.message, LanguageWarning):
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return Outcome(index=index, source=source, article=article, warnings=found)


def _sendable(error: Exception) -> Exception:
    """The error itself when it can travel between processes, else a RuntimeError that says what it was."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


def _outcomes(chunk: list[_Item], options: _Options) -> list[Outcome]:
    return [_outcome(item, options) for item in chunk]


def _run(
    items: Iterable[_Item], options: _Options, processes: int | None, chunk_size: int
) -> Iterator[Outcome]:
    preload = () if options.get("entities") is False else (str(options.get("language") or "ru"),)
    for part in ordered_map(
        functools.partial(_outcomes, options=options),
        lazy_chunks(items, chunk_size),
        processes=processes,
        initializer=functools.partial(_load_recognizers, preload),
    ):
        yield from part


def _warned(outcomes: Iterator[Outcome]) -> Generator[Outcome, None, None]:
    """The outcomes, each one's language warnings issued here, in the caller's process."""
    for outcome in outcomes:
        for warning in outcome.warnings:
            warnings.warn(warning, stacklevel=3)
        yield outcome


def parse_each(
    texts: Iterable[str | bytes | tuple[str, str | bytes]],
    *,
    published: _dt.date | PartialDate | str | None = None,
    language: str | None = None,
    entities: bool | None = None,
    processes: int | None = None,
    chunk_size: int = 4,
) -> Generator[Outcome, None, None]:
    """:func:`parse_article` over many texts, one :class:`Outcome` per text, in input order.

    A bad text gives an outcome with its error and the batch goes on. Texts are taken from
    ``texts`` only as they are needed, so a stream of any length is parsed in constant memory,
    on ``processes`` cores (default: all); each worker process loads the models once.

    :param texts: the raw texts (bytes must be UTF-8), each alone or as a ``(name, text)`` pair;
        the name is the outcome's ``source``.
    :param published: the publication date of every text (see :func:`parse_article`).
    :param language: the language of every text; found from each text when not given.
    :param entities: as for :func:`parse_article`.
    :param processes: worker processes; ``None`` for one per core, ``1`` to stay in this process.
    :param chunk_size: texts sent to a worker at a time.
    :returns: a generator of one outcome a text, in the order of ``texts``; a text's
        :class:`~eventkit.errors.LanguageWarning` s are issued as its outcome is taken.
    """
    items: Iterator[_Item] = (
        (i, t[0], t[1], None, {}) if isinstance(t, tuple) else (i, f"text {i + 1}", t, None, {})
        for i, t in enumerate(texts)
    )
    yield from _warned(_run(items, _options(published, language, entities), processes, chunk_size))


def parse_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: _dt.date | PartialDate | str | None = None,
    language: str | None = None,
    entities: bool | None = None,
    processes: int | None = None,
    chunk_size: int = 4,
    max_bytes: int | None = None,
    encoding: str | None = None,
) -> Iterator[Outcome]:
    """:func:`parse_article` over text files, one :class:`Outcome` per file, in input order.

    Each file is read by the process that parses it, when its turn comes, so that the bytes
    never travel between processes. Each article's ``url`` is its file's ``file:`` URI, so
    that every article can be traced to the file it was read from.

    :param paths: the files, read as they are needed.
    :param published: the publication date of every file (see :func:`parse_article`).
    :param language: the language of every file; found from each text when not given.
    :param entities: as for :func:`parse_article`.
    :param processes: worker processes; ``None`` for one per core, ``1`` to stay in this process.
    :param chunk_size: files given to a worker at a time.
    :param max_bytes: the most bytes a file may have; ``None`` for no limit.
    :param encoding: the files' codec (``cp1251``, ``utf-16``); ``None`` for UTF-8.
    :returns: an iterator of one outcome a file: its article, or the error that stopped it, a
        :class:`~eventkit.ParseError` for text that cannot be an article or bytes not in the
        encoding, an :class:`OSError` for a file that is missing, unreadable, a directory or
        larger than ``max_bytes``.
    """
    items: Iterator[_Item] = ((i, os.fspath(p), None, os.fspath(p), {}) for i, p in enumerate(paths))
    options = _options(published, language, entities)
    if max_bytes is not None:
        options["max_bytes"] = max_bytes
    if encoding is not None:
        options["encoding"] = encoding
    yield from _warned(_run(items, options, processes, chunk_size))


def parse_many(
    texts: Iterable[str],
    *,
    published: _dt.date | PartialDate | str | None = None,
    language: str | None = None,
    entities: bool | None = None,
    processes: int | None = None,
    chunk_size: int = 4,
    ids: Iterable[str | None] | None = None,
    urls: Iterable[str | None] | None = None,
) -> list[Article]:
    """:func:`parse_article` over many texts on ``processes`` cores (default: all), results in input order.

    Each worker process loads the models once; texts travel in chunks of ``chunk_size``. The
    first bad text raises its error, with a note naming it (``text N``); :func:`parse_each`
    goes on past bad texts instead.

    :param texts: the articles' raw texts.
    :param published: the publication date of every text (see :func:`parse_article`).
    :param language: the language of every text; found from each text when not given.
    :param entities: as for :func:`parse_article`.
    :param processes: worker processes; ``None`` for one per core, ``1`` to stay in this process.
    :param chunk_size: texts sent to a worker at a time.
    :param ids: each text's article id (``None`` for one made from the text), as many as texts.
    :param urls: each text's url (or ``None``), as many as texts.
    :returns: one article a text, in the order of ``texts``.
    :raises ~eventkit.ParseError: the first text that cannot be an article, or ``ids`` or
        ``urls`` not as many as the texts.
    """
    payload = _with_ids_and_urls([(text, {}) for text in texts], ids, urls)
    items = ((i, f"text {i + 1}", text, None, own) for i, (text, own) in enumerate(payload))
    outcomes = _warned(_run(items, _options(published, language, entities), processes, chunk_size))
    try:
        return [outcome.unwrap() for outcome in outcomes]
    finally:
        outcomes.close()
