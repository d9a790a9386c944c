"""The ``eventkit`` command: a thin face over the public API.

Exit status: 0 when all went well, 1 when some input was bad (each problem is printed with its
file and place), 2 when the command itself was used wrongly.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
import warnings
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any, NamedTuple, Protocol

import orjson

from . import codec
from ._checks import describe
from ._version import __version__
from .errors import EventkitError, LanguageWarning, ParseError, Problem, ValidationError

__all__ = ["main"]

_FORMATS = ("ninjs", "jsonld", "plover")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventkit",
        description="Read diplomatic news into validated objects; check and convert eventkit JSON.",
    )
    parser.add_argument("--version", action="version", version=f"eventkit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="parse article text files into eventkit JSON")
    p.add_argument("files", nargs="+", metavar="FILE", help="article text files ('-' for stdin)")
    p.add_argument("--published", metavar="DATE", help="publication date (YYYY[-MM[-DD]])")
    p.add_argument("--lang", choices=("ru", "en"), help="language of the text (default: detected)")
    p.add_argument("--jsonl", action="store_true", help="write JSON Lines, one article a line")
    p.add_argument("--indent", action="store_true", help="indent the JSON (one file only)")
    p.add_argument(
        "--no-entities", action="store_true", help="skip person, organization and venue recognition"
    )
    p.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (0: one per core)"
    )
    _identity_options(p)

    v = sub.add_parser("validate", help="check eventkit JSON or JSON Lines files")
    v.add_argument("files", nargs="+", metavar="FILE", help="files to check ('-' for stdin)")

    k = sub.add_parser("link", help="read eventkit articles as one corpus: each entity and event once")
    k.add_argument("files", nargs="+", metavar="FILE", help="article JSON / JSON Lines ('-' for stdin)")
    k.add_argument("--indent", action="store_true", help="indent the JSON")

    s = sub.add_parser("schema", help="print the JSON Schema of the eventkit format")
    s.add_argument("--type", default="Article", metavar="NAME", help="model class (default: Article)")

    c = sub.add_parser("convert", help="convert eventkit JSON to a news-industry format")
    c.add_argument("files", nargs="+", metavar="FILE", help="eventkit JSON / JSON Lines ('-' for stdin)")
    c.add_argument("--to", choices=(*_FORMATS, "eventkit"), required=True, help="output format")
    c.add_argument("--from", dest="source", choices=("eventkit", "ninjs"), default="eventkit")
    c.add_argument(
        "--strict",
        action="store_true",
        help="with --from ninjs: fail (exit 1) when a field cannot be kept, instead of listing it",
    )
    _show_parser(sub)
    return parser


def _identity_options(p: argparse.ArgumentParser) -> None:
    """``parse``'s options for the article's id and url, and the encoding of its bytes."""
    p.add_argument("--id", dest="article_id", metavar="ID", help="the article's id (one file only)")
    p.add_argument("--url", metavar="URL", help="where the article was published (one file only)")
    p.add_argument(
        "--encoding", metavar="CODEC", help="the files' encoding, if not UTF-8 (cp1251, utf-16, koi8-r ...)"
    )


def _check_parse_options(args: argparse.Namespace) -> None:
    """Usage errors of ``parse`` that argparse cannot see."""
    if args.indent and args.jsonl:
        raise _UsageError("--indent and --jsonl do not go together: JSON Lines has one article a line")
    for flag, value in (("--id", args.article_id), ("--url", args.url)):
        if value is not None and len(args.files) > 1:
            raise _UsageError(f"{flag} takes one file")
    if args.encoding is not None:
        import codecs

        try:
            codecs.lookup(args.encoding)
        except LookupError:
            raise _UsageError(f"--encoding: unknown encoding {args.encoding!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``eventkit ARGS``; returns the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: usage errors exit 2, --help and --version exit 0
        return int(exc.code or 0)
    handler = {
        "parse": _parse,
        "validate": _validate,
        "link": _link,
        "schema": _schema,
        "convert": _convert,
        "show": _show,
    }
    try:
        return handler[args.command](args)
    except _UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"eventkit: error: {exc}", file=sys.stderr)
        return 2
    except _InputError as exc:
        print(f"eventkit: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (eventkit ... | head)
        return 0
    except OSError as exc:  # most often the output could not be written: a full disk, a quota
        writing = exc.errno in _WRITE_ERRORS
        said = f"cannot write the output: {exc.strerror}" if writing else str(exc.strerror or exc)
        print(f"eventkit: error: {said}", file=sys.stderr)
        return 1


_WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS})


class _UsageError(Exception):
    pass


class _InputError(Exception):
    """An input that cannot be read (missing, a directory, no permission): exit status 1."""


def _shown(name: str) -> str:
    """A file name as printed: control characters escaped, so that a name cannot forge output lines."""
    if name.isprintable():
        return name
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in name)


class _BytesOut(Protocol):
    def write(self, data: bytes, /) -> int: ...
    def flush(self) -> None: ...


def _out() -> _BytesOut:
    buffer: _BytesOut | None = getattr(sys.stdout, "buffer", None)
    return buffer if buffer is not None else _TextBytes(sys.stdout)


class _TextBytes:
    """Lets JSON bytes go to a text stream (as when stdout is redirected in-process)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, data: bytes) -> int:
        return self.stream.write(data.decode("utf-8"))

    def flush(self) -> None:
        self.stream.flush()


_MAX_INPUT = 1 << 30  # the most bytes one input file may hold, so that /dev/zero cannot exhaust memory


def _read(name: str) -> bytes:
    try:
        if name == "-":
            data = sys.stdin.buffer.read(_MAX_INPUT + 1)
        else:
            with open(name, "rb") as stream:
                data = stream.read(_MAX_INPUT + 1)
    except OSError as exc:
        raise _InputError(f"cannot read {_shown(name)}: {exc.strerror or exc}") from None
    if len(data) > _MAX_INPUT:
        raise _InputError(
            f"{_shown(name)}: more than {_MAX_INPUT >> 20} MiB, the most an input may hold "
            "(split it into smaller files)"
        )
    return data


def _error_lines(name: str, error: EventkitError) -> list[str]:
    """What to print for a bad input: each problem with the file and its place."""
    name = _shown(name)
    if isinstance(error, ParseError):
        _first, *rest = str(error).split("\n")
        return [f"{name}:{error.line}:{error.column}: {error.reason}", *rest]
    if isinstance(error, ValidationError):
        return [f"{name}: {problem}" for problem in error.problems]
    return [f"{name}: {error}"]


def _report(name: str, error: EventkitError) -> None:
    for line in _error_lines(name, error):
        print(line, file=sys.stderr)


# ------------------------------------------------------------------------------ parse


def _parse(args: argparse.Namespace) -> int:
    _check_parse_options(args)
    if args.indent and len(args.files) > 1:
        raise _UsageError("--indent takes one file; use --jsonl for many")
    if args.jobs < 0:
        raise _UsageError("--jobs must be 0 or more")
    if args.published is not None:
        from .model import PartialDate

        try:
            PartialDate.fromisoformat(args.published)
        except ValueError as exc:
            raise _UsageError(f"--published: {exc}") from None
    options = _ParseOptions(
        args.published, args.lang, not args.no_entities, args.indent, args.article_id, args.url, args.encoding
    )
    jobs = [(name, _read(name), options) for name in args.files]  # unreadable files: usage error
    out = _out()
    status = 0
    progress = _Progress(len(jobs))
    processes = min(args.jobs or (os.cpu_count() or 1), len(jobs))
    if processes > 1:
        from ._workers import worker_pool

        with worker_pool(processes) as pool:
            status = _write_results(pool.imap(_parse_file, jobs), out, progress)
    else:
        status = _write_results(map(_parse_file, jobs), out, progress)
    progress.done()
    out.flush()
    return status


class _ParseOptions(NamedTuple):
    published: str | None
    language: str | None
    entities: bool
    indent: bool
    id: str | None = None
    url: str | None = None
    encoding: str | None = None


def _parse_file(job: tuple[str, bytes, _ParseOptions]) -> tuple[bytes | None, list[str]]:
    """Parse one file: its JSON, or the lines that say what is wrong with it (runs in workers)."""
    from .pipeline import parse_article  # the parser is imported only when needed
    from .text import decode_text

    name, raw, options = job
    try:
        text = decode_text(raw, encoding=options.encoding, advice=_ENCODING_ADVICE)
        _refuse_json(text)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", LanguageWarning)
            article = parse_article(
                text,
                published=options.published,
                language=options.language,
                entities=None if options.entities else False,
                id=options.id,
                url=options.url,
            )
        _say_warnings(name, caught)
    except EventkitError as exc:
        return None, _error_lines(name, exc)
    if options.indent:
        return orjson.dumps(codec.to_dict(article), option=orjson.OPT_INDENT_2), []
    return codec.dumps(article), []


_ENCODING_ADVICE = "convert it (iconv -f {codec} -t utf-8 FILE) or give --encoding {codec}"


def _refuse_json(text: str) -> None:
    """A JSON document is not article text: say what it is and which command reads it."""
    start = len(text) - len(text.lstrip("\ufeff \t\r\n"))
    if start >= len(text) or text[start] not in "{[":
        return
    first = text[start:].split("\n", 1)[0] if text[start] == "{" else text[start:]
    try:
        doc = orjson.loads(first)
    except orjson.JSONDecodeError:
        try:
            doc = orjson.loads(text[start:])
        except orjson.JSONDecodeError:
            return  # text that starts with a brace, not JSON
    what = "JSON, not article text"
    hint = "give the article's text"
    if isinstance(doc, dict) and str(doc.get("schema", "")).startswith("eventkit/"):
        what = "an eventkit JSON document, not article text"
        hint = "check it with 'eventkit validate', or write another format with 'eventkit convert --to ...'"
    elif (
        isinstance(doc, dict)
        and ("headlines" in doc or "bodies" in doc or "standard" in doc)
        and "uri" in doc
    ):
        what = "a ninjs document, not article text"
        hint = "read it with 'eventkit convert --from ninjs --to eventkit'"
    raise ParseError(f"this is {what}; {hint}", text=text, offset=start)


_WARNED: set[str] = set()  # warnings said once for the whole run (in this process)


def _say_warnings(name: str, caught: list[warnings.WarningMessage]) -> None:
    """Each language warning on stderr: a missing extra once, an unsupported language for each file."""
    from .entities.ru._extra import INSTALL_HINT

    for warning in caught:
        message = warning.message
        if not isinstance(message, LanguageWarning):
            warnings.warn_explicit(message, warning.category, warning.filename, warning.lineno)
            continue
        if message.hint == INSTALL_HINT:
            if INSTALL_HINT not in _WARNED:
                _WARNED.add(INSTALL_HINT)
                print(f"eventkit: warning: {message}", file=sys.stderr)
        else:
            print(f"{_shown(name)}: warning: {message}", file=sys.stderr)


def _write_results(
    results: Iterable[tuple[bytes | None, list[str]]], out: _BytesOut, progress: _Progress
) -> int:
    status = 0
    for data, errors in results:
        if data is None:
            status = 1
            for line in errors:
                print(line, file=sys.stderr)
        else:
            out.write(data)
            out.write(b"\n")
        progress.step()
    return status


class _Progress:
    """A one-line progress bar on stderr, shown only for many files on a terminal."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.count = 0
        self.shown = total > 1 and sys.stderr.isatty()

    def step(self) -> None:
        self.count += 1
        if self.shown:
            width = 30
            filled = width * self.count // self.total
            bar = "#" * filled + "-" * (width - filled)
            print(f"\r[{bar}] {self.count}/{self.total}", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.shown:
            print(file=sys.stderr)


# --------------------------------------------------------------------------- validate


def _documents(name: str, raw: bytes) -> Iterator[tuple[str, Any]]:
    """Each JSON document of a file with the place it came from: the file, or FILE:LINE for JSONL."""
    stripped = raw.strip()
    lines = stripped.split(b"\n")
    if len(lines) > 1 and all(ln.strip().startswith(b"{") for ln in lines if ln.strip()):
        # JSON Lines when every non-blank line starts a document (a pretty-printed document has
        # lines that do not); a broken line is then reported on its own, and the others are read.
        for lineno, line in enumerate(raw.split(b"\n"), 1):
            if line.strip():
                yield f"{name}:{lineno}", line
        return
    yield name, raw


def _validate(args: argparse.Namespace) -> int:
    status = 0
    for name in args.files:
        raw = _read(name)
        count = 0
        bad = 0
        for where, data in _documents(name, raw):
            count += 1
            try:
                codec.loads(data)
            except ValidationError as exc:
                _report(where, exc)
                bad += 1
        if bad:
            status = 1
        else:
            noun = "document" if count == 1 else "documents"
            print(f"{name}: ok ({count} {noun})")
    return status


# ------------------------------------------------------------------------------- link


def _link(args: argparse.Namespace) -> int:
    from .model import Article
    from .stories import link

    articles: list[Article] = []
    places: list[str] = []
    status = 0
    for name in args.files:
        for where, data in _documents(name, _read(name)):
            try:
                articles.append(codec.loads(data))
                places.append(where)
            except ValidationError as exc:
                _report(where, exc)
                status = 1
    if status:
        return status
    try:
        corpus = link(articles)
    except ValidationError as exc:  # articles of one id: name the files they came from
        for problem in exc.problems:
            print(f"{_place(problem.path, places)}: {problem.message}", file=sys.stderr)
        return 1
    out = _out()
    out.write(
        orjson.dumps(codec.to_dict(corpus), option=orjson.OPT_INDENT_2)
        if args.indent
        else codec.dumps(corpus)
    )
    out.write(b"\n")
    return 0


def _place(path: str, places: list[str]) -> str:
    """``$[3].id`` of the list of articles read as the file (and line) article 3 came from."""
    if path.startswith("$[") and "]" in path:
        index = path[2 : path.index("]")]
        if index.isdigit() and int(index) < len(places):
            return f"{places[int(index)]}: $" + path[path.index("]") + 1 :]
    return path


# ----------------------------------------------------------------------------- schema


def _schema(args: argparse.Namespace) -> int:
    from . import model
    from .schema import json_schema

    names = [n for n in model.__all__ if hasattr(getattr(model, n), "__attrs_attrs__")]
    cls = getattr(model, args.type, None) if args.type in names else None
    if cls is None:
        raise _UsageError(f"--type: no model class named {args.type!r}; the classes are {', '.join(names)}")
    out = _out()
    out.write(orjson.dumps(json_schema(cls), option=orjson.OPT_INDENT_2))
    out.write(b"\n")
    return 0


# ---------------------------------------------------------------------------- convert


def _ninjs_document(data: Any) -> dict[str, Any]:
    doc = codec._parse_json(data)
    if not isinstance(doc, dict):
        raise ValidationError([Problem("$", f"expected a ninjs object, got {describe(doc)}")])
    if "schema" in doc and str(doc["schema"]).startswith("eventkit/"):
        raise ValidationError(
            [Problem("$.schema", "this is an eventkit document, not ninjs: convert it without --from ninjs")]
        )
    return doc


def _convert(args: argparse.Namespace) -> int:
    from . import formats

    out = _out()
    status = 0
    for name in args.files:
        raw = _read(name)
        for where, data in _documents(name, raw):
            try:
                if args.source == "ninjs":
                    article, dropped = formats.read_ninjs(_ninjs_document(data))
                    for problem in dropped:  # recorded, never silently lost
                        print(f"{where}: {problem}", file=sys.stderr)
                    if dropped and args.strict:
                        status = 1
                        continue
                else:
                    article = codec.loads(data)
                if args.to == "eventkit":
                    docs: list[Any] = [codec.to_dict(article)]
                else:
                    docs = formats.convert(article, args.to)
            except ValidationError as exc:
                _report(where, exc)
                status = 1
                continue
            for doc in docs:
                out.write(orjson.dumps(doc))
                out.write(b"\n")
    return status


# ------------------------------------------------------------------------------- show


def _show_parser(sub: Any) -> None:
    sh = sub.add_parser("show", help="draw articles as one self-contained HTML page (to stdout)")
    sh.add_argument(
        "files", nargs="+", metavar="FILE", help="eventkit JSON / JSON Lines, or article text ('-' for stdin)"
    )
    sh.add_argument("--no-entities", action="store_true", help="for article text: skip entity recognition")


def _show(args: argparse.Namespace) -> int:
    """``eventkit show FILE... > article.html``: eventkit documents as they are, article text parsed."""
    from .show import html_page

    articles = []
    status = 0
    for name in args.files:
        raw = _read(name)
        if raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
            for where, data in _documents(name, raw):
                try:
                    articles.append(codec.loads(data))
                except ValidationError as exc:
                    _report(where, exc)
                    status = 1
            continue
        data, errors = _parse_file((name, raw, _ParseOptions(None, None, not args.no_entities, False)))
        if data is None:
            for line in errors:
                print(line, file=sys.stderr)
            status = 1
        else:
            articles.append(codec.loads(data))
    if articles:
        out = _out()
        out.write(html_page(articles).encode("utf-8"))
        out.flush()
    return status
