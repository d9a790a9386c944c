"""The ``eventkit`` command: a thin face over the public API.

Exit status: 0 when all went well, 1 when some input was bad (each problem is printed with its
file and place, and the other inputs are still done) or the output could not be written, 2 when
the command itself was used wrongly, 130 when interrupted (Ctrl-C). Inputs are read and written
one at a time, so memory stays constant however many there are; ``-o FILE`` and ``--to parquet
DIR`` put their files in place only when complete.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import io
import itertools
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any, Protocol

import orjson

from . import codec
from ._checks import describe
from ._version import __version__
from .errors import EventkitError, LanguageWarning, MissingExtraError, ParseError, Problem, ValidationError

if TYPE_CHECKING:
    from .model import Article

__all__ = ["main"]

_FORMATS = ("ninjs", "jsonld", "plover")
_OUTPUT_HELP = "write to FILE (to DIR for parquet), put in place only when complete"


def _parquet_dir(argv: Sequence[str]) -> list[str]:
    """``--to parquet DIR`` as ``--to parquet -o DIR``: the directory is the value that follows."""
    args = list(argv)
    for i in range(len(args) - 2):
        if args[i] == "--to" and args[i + 1] == "parquet" and not args[i + 2].startswith("-"):
            return [*args[: i + 2], "-o", *args[i + 2 :]]
    return args


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventkit",
        description="Read diplomatic news into validated objects; check and convert eventkit JSON.",
    )
    parser.add_argument("--version", action="version", version=f"eventkit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="parse article text files into eventkit JSON")
    p.add_argument("files", nargs="*", metavar="FILE", help="article text files ('-' for stdin)")
    p.add_argument(
        "--files-from",
        metavar="LIST",
        help="also parse the files named in LIST, one path a line ('-' for stdin), read as needed",
    )
    p.add_argument("--published", metavar="DATE", help="publication date (YYYY[-MM[-DD]])")
    p.add_argument("--lang", choices=("ru", "en"), help="language of the text (default: detected)")
    p.add_argument("--jsonl", action="store_true", help="write JSON Lines, one article a line")
    p.add_argument(
        "--to",
        choices=("eventkit", "parquet"),
        default="eventkit",
        help="eventkit JSON (the default), or 'parquet DIR': one Parquet file a table in DIR",
    )
    p.add_argument("-o", "--output", metavar="FILE", help=_OUTPUT_HELP)
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
    c.add_argument(
        "--to",
        choices=(*_FORMATS, "eventkit", "parquet"),
        required=True,
        help="output format; 'parquet DIR': one Parquet file a table in DIR",
    )
    c.add_argument("-o", "--output", metavar="FILE", help=_OUTPUT_HELP)
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
        if value is not None and (len(args.files) > 1 or args.files_from):
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
        args = parser.parse_args(_parquet_dir(sys.argv[1:] if argv is None else argv))
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
    except (MissingExtraError, _InputError) as exc:
        print(f"eventkit: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (eventkit ... | head)
        _silence_stdout()
        return 0
    except _OutputError as exc:  # a full disk, a closed device: said once, without a traceback
        if exc.where == "standard output":
            _silence_stdout()
        print(f"eventkit: error: cannot write {exc.where}: {exc.reason}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl-C: what was being written is removed, the shell sees 130
        print("eventkit: interrupted", file=sys.stderr)
        return 130


class _UsageError(Exception):
    pass


class _InputError(Exception):
    """An input that cannot be read (missing, a directory, no permission): exit status 1."""


def _shown(name: str) -> str:
    """A file name as printed: control characters escaped, so that a name cannot forge output lines."""
    if name.isprintable():
        return name
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in name)


class _OutputError(Exception):
    def __init__(self, where: str, error: OSError) -> None:
        super().__init__(where)
        self.where = where
        self.reason = error.strerror or str(error)


def _silence_stdout() -> None:
    """Send what is left for stdout nowhere, so that Python's own flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # stdout replaced in-process: nothing to silence
        pass


_MAX_DOCUMENT = 256 * 1024 * 1024
"""The most bytes one input (an article's text, one JSON document, one JSON Lines line) may have."""


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MiB" if n >= 1024 * 1024 else f"{n:,} bytes"


class _BytesOut(Protocol):
    def write(self, data: bytes, /) -> int: ...
    def flush(self) -> None: ...


def _out() -> _BytesOut:
    buffer: _BytesOut | None = getattr(sys.stdout, "buffer", None)
    return buffer if buffer is not None else _TextBytes(sys.stdout)


def _write_out(data: bytes) -> None:
    """``data`` and a new line to stdout, flushed; a failed write is an :class:`_OutputError`."""
    out = _out()
    try:
        out.write(data)
        out.write(b"\n")
        out.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _OutputError("standard output", exc) from None


class _TextBytes:
    """Lets JSON bytes go to a text stream (as when stdout is redirected in-process)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, data: bytes) -> int:
        return self.stream.write(data.decode("utf-8"))

    def flush(self) -> None:
        self.stream.flush()


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


# ----------------------------------------------------------------------------- output


class _Sink(Protocol):
    def write(self, article: Article) -> None: ...
    def close(self) -> None: ...
    def abort(self) -> None: ...


class _AtomicFile:
    """A file written beside its final name and put in place only when complete.

    A path that is not a regular file (``/dev/null``, a named pipe) is written as it is.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.part: str | None = None
        if os.path.exists(path) and not os.path.isfile(path):
            try:
                self.stream = open(path, "wb")  # noqa: SIM115  (closed by commit or discard)
            except OSError as exc:
                raise _OutputError(path, exc) from None
            return
        folder = os.path.dirname(os.path.abspath(path))
        try:
            handle, self.part = tempfile.mkstemp(
                prefix=f".{os.path.basename(path)}.", suffix=".part", dir=folder
            )
        except OSError as exc:
            raise _OutputError(path, exc) from None
        self.stream = os.fdopen(handle, "wb")

    def write(self, data: bytes) -> int:
        try:
            return self.stream.write(data)
        except OSError as exc:
            raise _OutputError(self.path, exc) from None

    def flush(self) -> None:
        pass

    def commit(self) -> None:
        try:
            self.stream.close()
            if self.part is not None:
                os.replace(self.part, self.path)
        except OSError as exc:
            self.discard()
            raise _OutputError(self.path, exc) from None

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.stream.close()
        if self.part is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.part)


class _JsonSink:
    """Each article as one or more JSON documents, one a line, to stdout or atomically to a file."""

    def __init__(self, output: str | None, render: Callable[[Article], list[bytes]]) -> None:
        self.render = render
        self.file = _AtomicFile(output) if output else None
        self.out: _BytesOut = self.file if self.file else _out()

    def write(self, article: Article) -> None:
        for data in self.render(article):
            self._put(data + b"\n")

    def _put(self, data: bytes) -> None:
        try:
            self.out.write(data)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _OutputError("standard output", exc) from None

    def close(self) -> None:
        if self.file:
            self.file.commit()
            return
        try:
            self.out.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _OutputError("standard output", exc) from None

    def abort(self) -> None:
        if self.file:
            self.file.discard()
        else:
            with contextlib.suppress(OSError):
                self.out.flush()


class _ParquetSink:
    """Articles as Parquet tables in a directory (:mod:`eventkit.tables`)."""

    def __init__(self, directory: str) -> None:
        from .tables import ParquetWriter

        try:
            self.writer = ParquetWriter(directory)
        except OSError as exc:
            raise _OutputError(directory, exc) from None
        self.directory = directory

    def write(self, article: Article) -> None:
        try:
            self.writer.write(article)
        except OSError as exc:
            self.writer.abort()
            raise _OutputError(self.directory, exc) from None

    def close(self) -> None:
        try:
            self.writer.close()
        except OSError as exc:
            self.writer.abort()
            raise _OutputError(self.directory, exc) from None

    def abort(self) -> None:
        self.writer.abort()


def _sink(to: str, output: str | None, render: Callable[[Article], list[bytes]]) -> _Sink:
    if to == "parquet":
        if not output:
            raise _UsageError("--to parquet needs a directory: --to parquet DIR")
        return _ParquetSink(output)
    return _JsonSink(output, render)


def _progress(total: int | None, unit: str) -> Any:
    """A progress bar with rate and time left on stderr, on a terminal only (silent when piped)."""
    from tqdm import tqdm

    shown = sys.stderr.isatty() and (total is None or total > 1)
    return tqdm(total=total, unit=unit, file=sys.stderr, disable=not shown, leave=False, dynamic_ncols=True)


# ------------------------------------------------------------------------------ parse


def _parse(args: argparse.Namespace) -> int:
    _check_parse_options(args)
    if not args.files and not args.files_from:
        raise _UsageError("nothing to parse: give FILE... or --files-from LIST")
    if args.files_from and (args.indent or (args.files_from == "-" and "-" in args.files)):
        raise _UsageError("--files-from: no --indent, and stdin cannot be both the list and a file")
    if args.indent and (len(args.files) > 1 or args.jsonl or args.to == "parquet"):
        raise _UsageError("--indent takes one file and JSON output; use --jsonl for many")
    if args.jobs < 0:
        raise _UsageError("--jobs must be 0 or more")
    if args.published is not None:
        from .model import PartialDate

        try:
            PartialDate.fromisoformat(args.published)
        except ValueError as exc:
            raise _UsageError(f"--published: {exc}") from None
    from . import pipeline  # the parser is imported only when needed

    options: dict[str, Any] = {"max_bytes": _MAX_DOCUMENT}
    if args.published is not None:
        options["published"] = args.published
    if args.lang is not None:
        options["language"] = args.lang
    if args.no_entities:
        options["entities"] = False
    if args.article_id is not None:
        options["id"] = args.article_id
    if args.url is not None:
        options["url"] = args.url
    if args.encoding is not None:
        options["encoding"] = args.encoding
    options["advice"] = _ENCODING_ADVICE
    options["check"] = _refuse_json
    indent = args.indent

    def render(article: Article) -> list[bytes]:
        if indent:
            return [orjson.dumps(codec.to_dict(article), option=orjson.OPT_INDENT_2)]
        return [codec.dumps(article)]

    sink = _sink(args.to, args.output, render)
    status = 0
    progress = _progress(None if args.files_from else len(args.files), "file")
    names: Iterable[str] = args.files
    listing = _list_file(args.files_from) if args.files_from else None
    if listing is not None:
        names = itertools.chain(args.files, _listed(listing))
    try:
        outcomes = pipeline._run(_inputs(names), options, args.jobs or None, 1)
        for outcome in outcomes:
            _say_warnings(outcome.source, outcome.warnings)
            if outcome.article is not None:
                sink.write(outcome.article)
            else:
                status = 1
                _report_failure(outcome.source, outcome.error)
            progress.update()
    except BaseException:
        sink.abort()
        raise
    finally:
        progress.close()
        if listing is not None and listing is not sys.stdin.buffer:
            listing.close()
    sink.close()
    return status


def _inputs(files: Iterable[str]) -> Iterator[tuple[int, str, bytes | None, str | None, dict[str, Any]]]:
    """What to parse, one input at a time: stdin's text now, a file's path (read when parsed)."""
    for index, name in enumerate(files):
        if name == "-":
            data = sys.stdin.buffer.read(_MAX_DOCUMENT + 1)
            yield index, "<stdin>", data, None, {}
        else:
            yield index, name, None, name, {}


def _list_file(name: str) -> IO[bytes]:
    if name == "-":
        return sys.stdin.buffer
    try:
        return open(name, "rb")
    except OSError as exc:
        raise _UsageError(f"--files-from: cannot read {_shown(name)}: {exc.strerror or exc}") from None


def _listed(stream: IO[bytes]) -> Iterator[str]:
    """The paths in a list file, one a line (blank lines skipped), read as they are needed."""
    for line in stream:
        path = os.fsdecode(line.rstrip(b"\r\n"))
        if path.strip():
            yield path


def _report_failure(source: str, error: BaseException | None) -> None:
    if isinstance(error, EventkitError):
        _report(source, error)
    elif isinstance(error, OSError):
        print(f"{_shown(source)}: cannot read: {error.strerror or error}", file=sys.stderr)
    else:  # a fault of eventkit's: said in one line, and the other inputs go on
        print(
            f"{_shown(source)}: internal error, please report it: {type(error).__name__}: {error}",
            file=sys.stderr,
        )


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


def _say_warnings(name: str, found: Iterable[LanguageWarning]) -> None:
    """Each language warning on stderr: a missing extra once, an unsupported language for each file."""
    from .entities.ru._extra import INSTALL_HINT

    for message in found:
        if message.hint == INSTALL_HINT:
            if INSTALL_HINT not in _WARNED:
                _WARNED.add(INSTALL_HINT)
                print(f"eventkit: warning: {message}", file=sys.stderr)
        else:
            print(f"{_shown(name)}: warning: {message}", file=sys.stderr)


# --------------------------------------------------------------------------- validate


def _documents(name: str) -> Iterator[tuple[str, bytes | str]]:
    """Each JSON document of a file, read as it is needed, with the place it came from.

    A file is JSON Lines when it is named ``*.jsonl`` or its second non-blank line starts a
    document (``{`` at the start of the line), even if the first line is broken; each line is
    then a document, ``FILE:LINE``. Otherwise the file is one document. A problem that stops
    the reading (a missing file, a document larger than the limit) comes as a message (``str``).
    """
    if name == "-":
        yield from _split(name, sys.stdin.buffer)
        return
    try:
        stream = open(name, "rb")  # noqa: SIM115  (closed below, when the reader is done)
    except OSError as exc:
        yield name, f"cannot read: {exc.strerror or exc}"
        return
    with stream:
        try:
            yield from _split(name, stream)
        except OSError as exc:
            yield name, f"cannot read: {exc.strerror or exc}"


def _split(name: str, stream: IO[bytes]) -> Iterator[tuple[str, bytes | str]]:
    cap = _MAX_DOCUMENT
    too_large = f"larger than {_size(cap)}, the most one document may be"
    head: list[bytes] = []
    found: list[tuple[int, bytes]] = []  # the first two non-blank lines and their numbers
    size = 0
    while len(found) < 2 and size <= cap:
        line = stream.readline(cap + 1)
        if not line:
            break
        head.append(line)
        size += len(line)
        if line.strip():
            found.append((len(head), line))
    jsonl = name.endswith(".jsonl") or (len(found) == 2 and found[1][1].startswith(b"{"))
    if not jsonl:
        rest = stream.read(cap + 1 - size) if size <= cap else b""
        data = b"".join(head) + rest
        yield (name, too_large) if len(data) > cap else (name, data)
        return
    lines = itertools.chain(head, iter(lambda: stream.readline(cap + 1), b""))
    for lineno, line in enumerate(lines, 1):
        if len(line) > cap:
            yield f"{name}:{lineno}", too_large + " (the rest of the file is not read)"
            return
        if line.strip():
            yield f"{name}:{lineno}", line


def _validate(args: argparse.Namespace) -> int:
    status = 0
    progress = _progress(None, "doc")
    try:
        for name in args.files:
            count = 0
            bad = 0
            for where, data in _documents(name):
                progress.update()
                if isinstance(data, str):
                    print(f"{_shown(where)}: {data}", file=sys.stderr)
                    bad += 1
                    continue
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
                print(f"{_shown(name)}: ok ({count} {noun})")
    finally:
        progress.close()
    return status


# ------------------------------------------------------------------------------- link


def _link(args: argparse.Namespace) -> int:
    from .stories import link

    articles: list[Article] = []
    places: list[str] = []
    status = 0
    for name in args.files:
        for where, data in _documents(name):
            if isinstance(data, str):  # the file could not be read, or a document is too large
                print(f"{_shown(where)}: {data}", file=sys.stderr)
                status = 1
                continue
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
            print(f"{_shown(_place(problem.path, places))}: {problem.message}", file=sys.stderr)
        return 1
    _write_out(
        orjson.dumps(codec.to_dict(corpus), option=orjson.OPT_INDENT_2)
        if args.indent
        else codec.dumps(corpus)
    )
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
    _write_out(orjson.dumps(json_schema(cls), option=orjson.OPT_INDENT_2))
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

    def render(article: Article) -> list[bytes]:
        if args.to == "eventkit":
            return [codec.dumps(article)]
        return [orjson.dumps(doc) for doc in formats.convert(article, args.to)]

    sink = _sink(args.to, args.output, render)
    status = 0
    progress = _progress(None, "doc")
    try:
        for name in args.files:
            for where, data in _documents(name):
                progress.update()
                if isinstance(data, str):
                    print(f"{_shown(where)}: {data}", file=sys.stderr)
                    status = 1
                    continue
                try:
                    if args.source == "ninjs":
                        article, dropped = formats.read_ninjs(_ninjs_document(data))
                        for problem in dropped:  # recorded, never silently lost
                            print(f"{_shown(where)}: {problem}", file=sys.stderr)
                        if dropped and args.strict:
                            status = 1
                            continue
                    else:
                        article = codec.loads(data)
                    sink.write(article)
                except ValidationError as exc:
                    _report(where, exc)
                    status = 1
    except BaseException:
        sink.abort()
        raise
    finally:
        progress.close()
    sink.close()
    return status


# ------------------------------------------------------------------------------- show


def _show_parser(sub: Any) -> None:
    sh = sub.add_parser("show", help="draw articles as one self-contained HTML page (to stdout)")
    sh.add_argument(
        "files", nargs="+", metavar="FILE", help="eventkit JSON / JSON Lines, or article text ('-' for stdin)"
    )
    sh.add_argument("--no-entities", action="store_true", help="for article text: skip entity recognition")


def _read(name: str) -> bytes:
    """One whole input (a file, or stdin for ``-``), at most :data:`_MAX_DOCUMENT` bytes.

    A file that cannot be read or is larger raises an :class:`OSError` that says why.
    """
    from .pipeline import _read_file

    if name != "-":
        return _read_file(name, max_bytes=_MAX_DOCUMENT)
    data = sys.stdin.buffer.read(_MAX_DOCUMENT + 1)
    if len(data) > _MAX_DOCUMENT:
        raise OSError(errno.EFBIG, f"larger than {_size(_MAX_DOCUMENT)}, the most one input may be")
    return data


def _show(args: argparse.Namespace) -> int:
    """``eventkit show FILE... > article.html``: eventkit documents as they are, article text parsed."""
    from . import pipeline
    from .show import html_page

    options: dict[str, Any] = {"advice": _ENCODING_ADVICE, "check": _refuse_json}
    if args.no_entities:
        options["entities"] = False
    articles = []
    status = 0
    for name in args.files:
        try:
            raw = _read(name)
        except OSError as exc:
            _report_failure(name, exc)
            status = 1
            continue
        if raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
            for where, data in _split(name, io.BytesIO(raw)):
                try:
                    if isinstance(data, str):
                        raise ValidationError([Problem("$", data)])
                    articles.append(codec.loads(data))
                except ValidationError as exc:
                    _report(where, exc)
                    status = 1
            continue
        for outcome in pipeline._run([(0, name, raw, None, {})], options, 1, 1):
            _say_warnings(outcome.source, outcome.warnings)
            if outcome.article is None:
                _report_failure(outcome.source, outcome.error)
                status = 1
            else:
                articles.append(outcome.article)
    if articles:
        _write_out(html_page(articles).encode("utf-8"))
    return status
