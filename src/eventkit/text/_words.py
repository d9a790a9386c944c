"""Words, sentences and quote marks: the small pieces the quote and source rules are made of."""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from ..lexicon import alternation, table
from ._sentences import sentence_stops
from ._structure import Block

# the imperfective past of reporting ("Как сообщала пресс-служба ...", "сообщало агентство"): what a
# body had reported before, its news' source rather than its words now
EARLIER_REPORT = r"сообщал[аио]?"

__all__ = [
    "EARLIER_REPORT",
    "WORD",
    "Segment",
    "factor_finder",
    "factors_of",
    "folded",
    "has_role_word",
    "is_body_head",
    "is_body_name",
    "is_outlet_name",
    "is_press_office",
    "is_role_word",
    "is_source_noun",
    "letters_of",
    "names_body_first",
    "nothing_to_find",
    "quote_segments",
    "sentences",
    "words",
    "wordset",
]


def wordset(words: str) -> frozenset[str]:
    """The white-space separated words of ``words``, as a set."""
    return frozenset(words.split())


WORD = re.compile(r"[^\W_](?:[\w’'.\-]*[^\W_])?")

# What is not a letter of the pattern's own words: an escape (``\w``, ``\s``), a group's name.
_NOT_WRITTEN = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")
_LETTER_RANGE = re.compile(r"[^\W\d_]-[^\W\d_]")


def letters_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """One class of the letters ``pattern`` spells its words with, in either case.

    For patterns whose every match spells one of their words (the trigger and date patterns):
    where the text has none of these letters, the pattern has nothing to find there, and a scan
    for one letter costs far less than trying the pattern at every position. ``None`` when the
    pattern writes no letter, or a range of letters (then it is always run).
    """
    written = _NOT_WRITTEN.sub("", pattern.pattern)
    if _LETTER_RANGE.search(written):
        return None
    letters = sorted({c for c in written if c.isalpha()})
    if not letters:
        return None
    return re.compile("[" + "".join(letters) + "]", re.IGNORECASE)


def _case_classes() -> dict[int, str]:
    """Each character ``re`` matches case-blind with others beyond its lower case (``ſ`` with
    ``s``, ``ᲀ`` with ``в``), mapped to one character of its class."""
    try:
        extra: Any = importlib.import_module("re._casefix")._EXTRA_CASES
    except (ImportError, AttributeError):  # pragma: no cover - a Python whose ``re`` is built otherwise
        return {}
    out: dict[int, str] = {}
    for code, others in extra.items():
        out[code] = chr(min(code, *others))
    return out


_CASE_CLASS = _case_classes()
_folded_last: tuple[str, str | None] = ("", "")


def folded(text: str) -> str | None:
    """``text`` as ``re`` reads it case-blind, one character for each of its own: a factor of
    :func:`factors_of` is in a stretch of ``text`` when it is in that stretch of this.
    ``None`` when a character lowers to two (``İ``). The last text's is kept."""
    global _folded_last
    last = _folded_last
    if last[0] is text:
        return last[1]
    lowered = text.lower().translate(_CASE_CLASS)
    out = lowered if len(lowered) == len(text) else None
    _folded_last = (text, out)
    return out


def factors_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings, folded as :func:`folded` folds text, one of which every match of ``pattern``
    holds, read from its parsed form (its literal runs, through groups, alternatives and
    repeats): where a stretch of text holds none of them, the pattern has nothing to find.
    Finding a string costs far less than trying a pattern at every position. ``None`` when the
    pattern has no such strings (then it is always run)."""
    try:
        sre: Any = importlib.import_module("re._parser")  # its node kinds too
    except ImportError:  # pragma: no cover - a Python whose ``re`` is built otherwise
        return None
    repeats = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

    def of(items: Any) -> list[str] | None:  # a sequence: the best of its parts' sets
        best: list[str] | None = None
        run: list[str] = []

        def better(found: list[str] | None) -> None:
            nonlocal best
            if found and all(found) and (best is None or _quality(found) > _quality(best)):
                best = found

        for op, av in items:
            if op is sre.LITERAL:
                run.append(chr(av))
                continue
            better(["".join(run)] if run else None)
            run = []
            if op is sre.SUBPATTERN:
                better(of(av[3]))
            elif op is sre.ATOMIC_GROUP:
                better(of(av))
            elif op is sre.BRANCH:
                branches = [of(branch) for branch in av[1]]
                if all(b is not None for b in branches):
                    better([f for b in branches if b is not None for f in b])
            elif op in repeats and av[0] >= 1:
                better(of(av[2]))
            # anything else (a class, a look-around, an anchor, an optional part) breaks the run
        better(["".join(run)] if run else None)
        return best

    found = of(sre.parse(pattern.pattern, pattern.flags))
    if found is None:
        return None
    return tuple(dict.fromkeys(f.lower().translate(_CASE_CLASS) for f in found))


def nothing_to_find(
    text: str,
    fold: str | None,
    start: int,
    end: int,
    factors: re.Pattern[str] | None,
    letters: re.Pattern[str] | None,
) -> bool:
    """Whether a pattern has nothing to find in ``text[start:end]``: none of its factors
    (:func:`factor_finder`) is in the folded text ``fold`` (:func:`folded`), or else none of its
    letters is in the text."""
    if fold is not None and factors is not None:
        return factors.search(fold, start, end) is None
    return letters is not None and letters.search(text, start, end) is None


def factor_finder(*patterns: re.Pattern[str]) -> re.Pattern[str] | None:
    """One pattern for the factors of all ``patterns`` (:func:`factors_of`), to be searched in
    folded text: all at once, and fast (it starts with plain letters, so ``re`` skips ahead to
    them, and shares their beginnings, so it reads each letter once). ``None`` when one of the
    patterns has no factors."""
    factors: list[str] = []
    for pattern in patterns:
        found = factors_of(pattern)
        if found is None:
            return None
        factors.extend(found)
    return re.compile(_shared_beginnings(factors))


def _shared_beginnings(strings: Sequence[str]) -> str:
    """An alternation of ``strings`` as a tree of their shared beginnings (``в(?:изит|стреч)``);
    where one string begins another, the shorter one alone (either holds it)."""
    tree: dict[str, Any] = {}
    for string in strings:
        node = tree
        for ch in string:
            node = node.setdefault(ch, {})
        node[""] = {}

    def written(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        alternatives = [re.escape(ch) + written(node[ch]) for ch in sorted(node)]
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return written(tree)


def _quality(factors: list[str]) -> tuple[int, int]:
    """How well a set of factors rules text out: its shortest string long, the set small."""
    return min(map(len, factors)), -len(factors)


# the words that name a position: the ``role`` rows of the ``title_words`` table
_ROLE_WORD = re.compile(
    "(?:" + "|".join(r[1] for r in table("title_words").where(part="role")) + ")s?", re.IGNORECASE
)


@functools.lru_cache(maxsize=1 << 16)
def is_role_word(word: str) -> bool:
    """Whether ``word`` names a position (``министра``, ``глава``, ``spokesperson``).

    Cached: the same word forms come back in every clause that is read for a speaker.
    """
    return _ROLE_WORD.fullmatch(word) is not None


def has_role_word(phrase: str) -> bool:
    """Whether any word of ``phrase`` names a position."""
    return any(is_role_word(m.group()) for m in WORD.finditer(phrase))


# A site's name is read from the start of its word, at once: tried at every letter of a long
# word, ``[\w-]+`` read the rest of the word again each time.
# An outlet's name is a word of its own, with at most a case ending (``Интерфаксу``), never a
# part of another word (``Тассулас``, ``Maria``); the nouns of outlets are stems, also inside a
# word (``агентству``, ``информагентства``).
_OUTLETS = re.compile(
    r"(?<!\w)(?:(?:тасс|риа\s+новости|интерфакс|reuters|associated\s+press|afp|bloomberg|xinhua|синьхуа"
    r"|казинформ|kazinform|tengrinews|sputnik|спутник|bbc|cnn|коммерсант|известия|рбк|ведомости"
    r"|interfax|tass)(?!\w{3})|(?:риа|ria|ap|сми|media)\b)"
    r"|агентств|газет|издани|портал|телеканал|радиостанц|newspaper|agency|channel"
    r"|(?<![\w-])[\w-]++\.(?:kz|ru|com|org|net|uz|by|kg|info|gov)\b",
    re.IGNORECASE,
)


class Segment(NamedTuple):
    """Text in quote marks: the opening mark at ``open``, the closing one at ``close``."""

    open: int
    close: int
    depth: int

    @property
    def inner(self) -> Block:
        """The text between the marks."""
        return Block(self.open + 1, self.close)


def words(text: str, start: int, end: int) -> list[Block]:
    """The words of ``text[start:end]``."""
    return [Block(m.start(), m.end()) for m in WORD.finditer(text, start, end)]


_BODIES = re.compile(
    r"(?i)(?<![\w-])(?:"
    + alternation(r"\s+".join(w.split()) for w in table("word_lists").words(list="body_word"))
    + r"|(?:"
    + table("word_lists").pattern(list="body_stem")
    + r")\w*)(?![\w-])"
)
"""The words of a body speaking for itself (the ``body_word`` and ``body_stem`` lists)."""


def is_body_name(name: str) -> bool:
    """Whether ``name`` names a body (a ministry, an office, the Kremlin) rather than a person.

    A person's title that names a body (``пресс-секретарь Кремля``, ``Kremlin aide Yuri Ushakov``)
    is not a body: a role word or a personal name goes with it.
    """
    if _BODIES.search(name) is None or has_role_word(name):
        return False
    capitals = [w for w in name.split() if w[:1].isupper() and _BODIES.fullmatch(w) is None]
    return len(capitals) < 2


_STATEMENTS = tuple(table("word_lists").words(list="statement_stem"))
_PREPOSITIONS = frozenset({"в", "во", "на", "из", "от", "in", "from", "by", "the", "a", "an"})


def is_statement(text: str) -> bool:
    """Whether ``text`` begins with a noun for what a body writes (``заявлении``, ``statement``:
    the ``statement_stem`` word list)."""
    return text.lower().startswith(_STATEMENTS)


def is_body_head(word: str) -> bool:
    """Whether ``word`` is a noun for a body or for what a body writes (``пресс-службе``, ``МИД``,
    ``заявлении``): a phrase it heads speaks for a body, never a person."""
    return _BODIES.fullmatch(word) is not None or is_statement(word)


def names_body_first(name: str) -> bool:
    """Whether ``name`` is headed by a body or a statement (``пресс-служба президента Токаева``,
    ``в заявлении МИД``, ``российское посольство``): the words before its head may be a
    preposition and adjectives only."""
    for word in name.split()[:4]:
        if is_body_head(word.strip(',.:;«»"')):
            return True
        if word.lower() in _PREPOSITIONS or (
            word.islower() and word.endswith(("ий", "ый", "ой", "ая", "ое", "ее", "ого", "его", "ом", "ем"))
        ):
            continue
        return False
    return False


def is_outlet_name(name: str) -> bool:
    """Whether ``name`` names a news outlet or agency rather than a person."""
    return _OUTLETS.search(name) is not None


# ``собеседник агентства``, ``источник “Ъ”``: an outlet's unnamed source speaks, not the outlet
_SOURCE_NOUNS = tuple(sorted(table("word_lists").words(list="source_noun")))


_PRESS_OFFICES = tuple(sorted(table("word_lists").words(lang="ru", list="press_office")))


def is_press_office(word: str) -> bool:
    """Whether ``word`` is a form of a Russian noun of a press office (the ``press_office`` list:
    ``пресс-службы``, ``пресс-секретариат``)."""
    return word.lower().startswith(_PRESS_OFFICES)


def is_source_noun(word: str) -> bool:
    """Whether ``word`` is a form of a noun of the ``source_noun`` list (``источника``)."""
    w = word.lower()
    return any(w.startswith(stem) and len(w) - len(stem) <= 3 for stem in _SOURCE_NOUNS)


def _straight_opens(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return (before.isspace() or before in "([{—–-/:«„“") and not after.isspace()


_QUOTE_MARK = re.compile('[«„»“”"]')


def quote_segments(text: str, block: Block) -> list[Segment]:
    """Every balanced pair of quote marks in ``block``, outer pairs before the pairs inside them.

    Marks: ``«…»``; ``„…“`` (and ``„…”``); English ``“…”``; straight ``"…"``, which opens after
    white space or an opening bracket and closes elsewhere. Unbalanced marks are ignored.
    """
    stack: list[tuple[str, int]] = []
    found: list[Segment] = []
    # where in the stack each kind of opening mark stands, so that a closing mark finds its
    # opening one without reading the whole stack (marks that never close would make it long)
    where: dict[str, list[int]] = {"«": [], "„": [], "“": [], '"': []}

    def push(kind: str, i: int) -> None:
        where[kind].append(len(stack))
        stack.append((kind, i))

    def close(kinds: str, i: int) -> bool:
        k = max((where[kind][-1] for kind in kinds if where[kind]), default=-1)
        if k < 0:
            return False
        found.append(Segment(stack[k][1], i, k))
        for kind, _ in stack[k:]:
            where[kind].pop()
        del stack[k:]
        return True

    for m in _QUOTE_MARK.finditer(text, block.start, block.end):  # the marks alone, not every character
        i, ch = m.start(), m.group()
        if ch == "«" or ch == "„":
            push(ch, i)
        elif ch == "»":
            close("«", i)
        elif ch == "“":
            if not close("„", i):
                push(ch, i)
        elif ch == "”":
            close("“„", i)
        elif ch == '"':
            opens = _straight_opens(text, i, block.start, block.end)
            if where['"'] and not opens:
                close('"', i)
            elif opens:
                push('"', i)
    found.sort(key=lambda s: (s.open, s.depth))
    return found


def sentences(text: str, block: Block, protected: list[Segment]) -> list[Block]:
    """The sentences of a paragraph (by :func:`~._sentences.sentence_stops`); no sentence ends
    inside quote marks."""
    # the outermost pairs of quote marks follow one another without overlap
    inside = sorted((s.open, s.close) for s in protected if s.depth == 0)
    out: list[Block] = []
    start = block.start
    for _, stop in sentence_stops(text, block.start, block.end, protected=inside):
        out.append(Block(start, stop))
        start = stop
        while text[start].isspace():
            start += 1
    if start < block.end:
        out.append(Block(start, block.end))
    return out
