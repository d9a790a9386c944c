"""Every error and warning eventkit raises: one base class, and kinds that say whose input was wrong.

:class:`ValidationError` is bad data (the caller's objects or JSON), :class:`ParseError` text that
cannot be an article, :class:`MissingExtraError` a feature whose optional packages are not
installed; :class:`NinjsLossWarning` says what a ninjs document held that an article cannot,
:class:`LanguageWarning` that a text's persons, organizations and venues were not read.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

__all__ = [
    "EventkitError",
    "LanguageWarning",
    "LexiconError",
    "MissingExtraError",
    "NinjsLossWarning",
    "ParseError",
    "Problem",
    "ValidationError",
]


class EventkitError(Exception):
    """Base class of every error that eventkit raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as they are (worker processes send errors back), not rebuilt from the message:
        # rebuilding would read the whole message as the reason and say the place twice.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


def _restore(cls: type[EventkitError], args: tuple[Any, ...], state: dict[str, Any]) -> EventkitError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class Problem:
    """One thing wrong with some data: where (a JSON path such as ``$.quotes[1].speaker``) and what."""

    __slots__ = ("message", "path")

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def __repr__(self) -> str:
        return f"Problem({self.path!r}, {self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.path, self.message) == (other.path, other.message)

    def __hash__(self) -> int:
        return hash((self.path, self.message))


class ValidationError(EventkitError, ValueError):
    """Data that does not fit the model: every problem found, each with its JSON path.

    Raised when an object is built with invalid values, and by :func:`eventkit.loads` for
    malformed JSON (then the path names the line and column).
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        if not self.problems:
            raise ValueError("a ValidationError needs at least one problem")
        super().__init__(self._message())

    def _message(self) -> str:
        if len(self.problems) == 1:
            return str(self.problems[0])
        lines = [f"{len(self.problems)} problems:"]
        lines.extend(f"  {p}" for p in self.problems)
        return "\n".join(lines)

    def with_prefix(self, prefix: str) -> ValidationError:
        """The same problems seen from a container: ``$.x`` becomes ``$<prefix>.x``."""
        return ValidationError(Problem("$" + prefix + p.path[1:], p.message) for p in self.problems)


class ParseError(EventkitError, ValueError):
    """Text that cannot be an article, with the line and column where that shows.

    ``str(error)`` ends with the offending line and a caret under the column, so that a person
    reading a log sees the place at once.
    """

    def __init__(self, message: str, *, text: str = "", offset: int = 0) -> None:
        self.reason = message
        offset = max(0, min(offset, len(text)))
        self.offset = offset
        self.line = text.count("\n", 0, offset) + 1
        line_start = text.rfind("\n", 0, offset) + 1
        self.column = offset - line_start + 1
        line_end = text.find("\n", offset)
        self.source_line = text[line_start : line_end if line_end != -1 else len(text)]
        super().__init__(self._message())

    def _message(self) -> str:
        shown = self.source_line
        column = self.column
        if len(shown) > 76:
            start = max(0, column - 40)
            shown = shown[start : start + 76]
            column -= start
        shown = "".join(ch if ch.isprintable() else "?" for ch in shown)
        caret = " " * (column - 1) + "^"
        return f"line {self.line}, column {self.column}: {self.reason}\n    {shown}\n    {caret}"


class MissingExtraError(EventkitError, ImportError):
    """A feature was asked for whose optional packages are not installed; the message says what to install."""


class LexiconError(EventkitError, ValueError):
    """A table of knowledge (shipped or given) is malformed; the message names the file and line."""


class NinjsLossWarning(UserWarning):
    """:func:`~eventkit.formats.from_ninjs` could not keep some fields; ``problems`` says which."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        lines = [f"{len(problems)} ninjs field(s) not kept:"]
        lines.extend(f"  {p}" for p in problems)
        super().__init__("\n".join(lines))


class LanguageWarning(UserWarning):
    """No persons, organizations or venues were read from a text: its language has no recognizer.

    ``language`` is the text's language (``uk``, ``de``, ``und`` ...), ``hint`` what would help
    (the language eventkit reads, or the extra to install).
    """

    def __init__(self, message: str, *, language: str, hint: str) -> None:
        self.language = language
        self.hint = hint
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt with its language and hint, so that it travels from a worker process.
        return (functools.partial(type(self), language=self.language, hint=self.hint), self.args)
