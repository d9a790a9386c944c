"""The error classes: what they hold, how they read, and which exceptions they are."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventkit import EventkitError, ParseError, Problem, Span, ValidationError


def test_problem_reads_as_path_and_message() -> None:
    problem = Problem("$.quotes[1].speaker", "unknown person id 'p9'")
    assert str(problem) == "$.quotes[1].speaker: unknown person id 'p9'"
    assert repr(problem) == "Problem('$.quotes[1].speaker', \"unknown person id 'p9'\")"
    assert problem == Problem("$.quotes[1].speaker", "unknown person id 'p9'")
    assert problem != Problem("$.quotes[0].speaker", "unknown person id 'p9'")
    assert problem != "$.quotes[1].speaker: unknown person id 'p9'"
    assert len({problem, Problem("$.quotes[1].speaker", "unknown person id 'p9'")}) == 1


def test_validation_error_with_one_problem() -> None:
    error = ValidationError([Problem("$.id", "required key is missing")])
    assert str(error) == "$.id: required key is missing"
    assert error.problems == (Problem("$.id", "required key is missing"),)


def test_validation_error_lists_every_problem() -> None:
    error = ValidationError(Problem(f"$.persons[{i}].name", "must not be empty") for i in range(3))
    assert str(error) == (
        "3 problems:\n"
        "  $.persons[0].name: must not be empty\n"
        "  $.persons[1].name: must not be empty\n"
        "  $.persons[2].name: must not be empty"
    )
    assert len(error.problems) == 3


def test_validation_error_needs_a_problem() -> None:
    with pytest.raises(ValueError, match="a ValidationError needs at least one problem"):
        ValidationError([])


def test_validation_error_seen_from_a_container() -> None:
    error = ValidationError([Problem("$.end", "must be >= start (3), got 1"), Problem("$", "bad")])
    moved = error.with_prefix(".quotes[0].span")
    assert moved.problems == (
        Problem("$.quotes[0].span.end", "must be >= start (3), got 1"),
        Problem("$.quotes[0].span", "bad"),
    )


def test_model_errors_are_validation_errors() -> None:
    with pytest.raises(ValidationError) as info:
        Span(start=-1, end=0)
    assert isinstance(info.value, EventkitError)
    assert isinstance(info.value, ValueError)


def test_both_kinds_are_eventkit_errors_and_value_errors() -> None:
    for cls in (ValidationError, ParseError):
        assert issubclass(cls, EventkitError)
        assert issubclass(cls, ValueError)
    assert issubclass(EventkitError, Exception)


def test_parse_error_points_at_line_and_column() -> None:
    text = " date 2025-11-11 Первый абзац.\n\nФото gov.kz\n"
    error = ParseError("expected 'Фото:' before the credit", text=text, offset=text.index("gov.kz"))
    assert (error.line, error.column) == (3, 6)
    assert error.source_line == "Фото gov.kz"
    assert error.reason == "expected 'Фото:' before the credit"
    assert str(error) == ("line 3, column 6: expected 'Фото:' before the credit\n    Фото gov.kz\n         ^")


def test_parse_error_at_the_start_and_at_the_end() -> None:
    assert str(ParseError("empty article")) == "line 1, column 1: empty article\n    \n    ^"
    error = ParseError("unexpected end", text="ab\ncd", offset=99)
    assert (error.line, error.column, error.offset) == (2, 3, 5)
    assert str(error) == "line 2, column 3: unexpected end\n    cd\n      ^"


def test_parse_error_shows_a_window_of_a_long_line() -> None:
    text = "x" * 100 + "!" + "y" * 100
    error = ParseError("unexpected '!'", text=text, offset=100)
    shown, caret = str(error).split("\n")[1:]
    assert error.column == 101
    assert shown == "    " + "x" * 39 + "!" + "y" * 36
    assert caret == "    " + " " * 39 + "^"


def test_parse_error_hides_unprintable_characters() -> None:
    error = ParseError("control character", text="ab\tc\x00d", offset=5)
    assert str(error) == "line 1, column 6: control character\n    ab?c?d\n         ^"


@given(st.text(max_size=60), st.integers(-5, 70))
def test_parse_error_caret_is_under_the_offset(text: str, offset: int) -> None:
    error = ParseError("here", text=text, offset=offset)
    at = max(0, min(offset, len(text)))
    assert error.offset == at
    assert error.line == text[:at].count("\n") + 1
    lines = str(error).split("\n")
    assert lines[0] == f"line {error.line}, column {error.column}: here"
    if len(error.source_line) <= 76:
        assert lines[2].index("^") - 4 == error.column - 1
        assert error.source_line[: error.column - 1] == text[at - error.column + 1 : at]
