"""Sentences and clauses: the one splitter every stage cuts text with.

A sentence ends at a run of stops (``.``, ``!``, ``?``, ``…``) with the closing quote marks and
brackets after it, before white space, when the next sentence starts as one does (a capital
letter, a digit, an opening quote mark, bracket or dash) and the stop is not the full stop of
an abbreviation (``г.``, ``Mr.``) or an initial (``В. Путин``). The stages differ in only three
things, each a parameter: whether a stop must be followed by such a start (``capital``), which
abbreviations hold a full stop (``abbreviations``), and which stretches (quotes) no sentence
ends inside (``protected``). Clauses end at the marks :func:`clause_breaks` finds, coarse (a
``;``, a comma before a contrasting conjunction or before ``and`` with a new subject) or fine
(every comma, colon, bracket and dash, and ``что`` / ``that``).

Every function reads its text once, left to right: each stop run is taken whole and an
abbreviation is looked for in the dozen characters before it, so the time is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..lexicon import table

__all__ = ["ABBREVIATIONS", "clause_breaks", "sentence_stops"]

ABBREVIATIONS = table("word_lists").words(list="abbreviation")
"""Words after which a full stop does not end a sentence (the ``word_lists`` table)."""

# A run of stops is read from its first stop, at once (possessive): tried at each stop of a long
# run with no space after it, the pattern would read the rest of the run again each time.
_STOP_RUN = re.compile(r"(?<![.!?…])[.!?…]++[\"»”“’)]*+(?=\s|\Z)")
_OPENERS = '«"„“—–-('
_WORD = re.compile(r"[^\W_](?:[\w’'.\-]*[^\W_])?")
# ", and the two sides agreed": "and" with a subject of its own (an article, a pronoun, a name)
# starts a clause; ", and is expected to" goes on with the same subject. ", after which", ", during
# which" too.
_COARSE = re.compile(
    r";|,\s+(?=(?:а(?!\s+также)|но|однако|тогда\s+как|когда|где|while|but|whereas|when|where)\s)"
    r"|,\s+(?=and\s+(?:(?:the|both|he|she|they|we)\s|(?-i:[A-Z]))|(?:after|following|during|at)\s+which\s)"
    r"|,\s+(?=as\s+(?:the|he|she|they|we)\s)"
    r"|,\s+(?=adding\s+that\s)"
    r"|(?<=\w)\s(?=when\s+(?:(?:the|he|she|they|we)\s|(?-i:[A-Z])))",
    re.IGNORECASE,
)
_FINE = re.compile(r"[,;:()—]|\sчто\s|\sthat\s")


_NUMBER_UNITS = table("word_lists").words(list="number_unit")
"""Units after a number whose full stop ends a sentence before a capital (``$210 млн. Затем``)."""
_NUMBER_BEFORE = re.compile(r"\d[\d\s.,]*\s$")


def _word_before(text: str, dot: int, start: int) -> re.Match[str] | None:
    """The last word in the twelve characters before ``dot`` (from ``start`` on)."""
    found = list(_WORD.finditer(text, max(start, dot - 12), dot))
    return found[-1] if found else None


def _is_abbreviation(text: str, dot: int, start: int, abbreviations: frozenset[str]) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    found = _word_before(text, dot, start)
    if found is None or found.end() != dot:
        return False
    word = found.group()
    return (len(word) == 1 and word.isupper()) or word.lower() in abbreviations


def _number_unit_ends(text: str, dot: int, start: int, nxt: str) -> bool:
    """Whether the full stop at ``dot`` after a unit that follows a number (``50 млрд.``) ends a
    sentence: the next one starts with a capital or an opening quote mark (``... до 50 млрд.
    «Китай ...``), which no unit's own words do (``млрд. долларов``)."""
    if not (nxt.isupper() or nxt in '«"„“'):
        return False
    found = _word_before(text, dot, start)
    if found is None or found.group().lower() not in _NUMBER_UNITS:
        return False
    return _NUMBER_BEFORE.search(text, max(start, found.start() - 20), found.start()) is not None


def sentence_stops(
    text: str,
    start: int,
    end: int,
    *,
    capital: bool = True,
    abbreviations: frozenset[str] = ABBREVIATIONS,
    protected: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """Where the sentences of ``text[start:end]`` end: each stop run (closing marks included) as
    ``(first stop, end of the run)``, in order; a sentence ending at ``end`` is not listed.

    ``capital``: a stop ends a sentence only if the next non-space character starts one (a
    capital, a digit, an opening mark); without it, any stop before white space does.
    ``abbreviations``: the words whose full stop ends no sentence, nor does an initial's; with
    none, every full stop may end one.
    ``protected``: ``(open, close)`` stretches, sorted and not overlapping, no sentence ends in.
    """
    opens = [a for a, _ in protected]
    out: list[tuple[int, int]] = []
    for m in _STOP_RUN.finditer(text, start, end):
        k = bisect.bisect_left(opens, m.start()) - 1
        if k >= 0 and protected[k][1] > m.start():
            continue
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if capital:
            if nxt >= end:
                break
            first = text[nxt]
            if not (first.isupper() or first.isdigit() or first in _OPENERS):
                continue
        if (
            abbreviations
            and _is_abbreviation(text, m.start(), start, abbreviations)
            and not (nxt < end and _number_unit_ends(text, m.start(), start, text[nxt]))
        ):
            continue
        out.append(m.span())
    return out


def clause_breaks(text: str, start: int, end: int, *, fine: bool = False) -> list[tuple[int, int]]:
    """The marks where the clauses of ``text[start:end]`` break, as spans in order.

    Coarse (the default): ``;``, or a comma before a contrasting conjunction or a when/where
    clause (``, а``, ``, но``, ``, while``, ``, as the ...``), or ``when`` before a subject.
    ``fine``: every comma, semicolon, colon, bracket and
    em dash, and ``что`` / ``that`` between spaces.
    """
    return [m.span() for m in (_FINE if fine else _COARSE).finditer(text, start, end)]
