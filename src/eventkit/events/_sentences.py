"""The body of an article cut into sentences and clauses, and the stretches in quote marks."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Article, QuoteKind
from ..text._sentences import clause_breaks as _clause_breaks
from ..text._sentences import sentence_stops

__all__ = [
    "MAX_SENTENCE",
    "Sentence",
    "blocks",
    "clause_bounds",
    "clause_breaks",
    "quoted_regions",
    "sentences",
]

# The date line that opens an article in the raw format: " date 2025-11-11 ".
_HEADER = re.compile(r"\s*date\s+\d{4}-\d{2}-\d{2}\s", re.IGNORECASE)
# A longer sentence (a list, text without stops) is read in pieces of at most this many
# characters, cut at white space: what a sentence says of an event stands near it. The longest
# sentences of the development corpora have about 1,500.
MAX_SENTENCE = 2000
_QUOTE_PAIRS = (("«", "»"), ("„", "“"), ("“", "”"))
_MIN_QUOTED_WORDS = 4


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence at ``[start, end)`` of the article's text, in paragraph ``paragraph``."""

    start: int
    end: int
    paragraph: int


def blocks(article: Article) -> list[tuple[int, int, int]]:
    """The body's blocks as ``(paragraph, start, end)``; the whole text when none are known.

    A headline outside the paragraphs is a block of its own, numbered -1.
    """
    text = article.text
    if article.paragraphs:
        spans = [(i, p.span.start, p.span.end) for i, p in enumerate(article.paragraphs)]
        head = article.headline
        if head is not None and not any(s <= head.span.start < e for _, s, e in spans):
            spans.append((-1, head.span.start, head.span.end))
    elif text.strip():
        spans = [(0, 0, len(text))]
    else:
        return []
    header = _HEADER.match(text)
    if header is not None:
        cut = header.end()
        spans = [(i, max(s, cut), e) for i, s, e in spans if e > cut]
    return sorted(spans, key=lambda b: (b[1], b[2]))


def _pieces(text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    """The sentence ``[start, end)``, cut at white space into pieces of at most MAX_SENTENCE."""
    out: list[Sentence] = []
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        while cut > start + MAX_SENTENCE // 2 and not text[cut - 1].isspace():
            cut -= 1
        if not text[cut - 1].isspace():
            cut = start + MAX_SENTENCE  # no white space near the limit: cut anywhere
        out.append(Sentence(start, cut, paragraph))
        start = cut
    out.append(Sentence(start, end, paragraph))
    return out


def sentences(article: Article) -> list[Sentence]:
    """The sentences of the article's body, in text order (by the one splitter of
    :mod:`eventkit.text`); each runs to the start of the next."""
    text = article.text
    found: list[Sentence] = []
    for paragraph, block_start, block_end in blocks(article):
        # a line break inside a block ends a sentence: a caption's line ("Владимир Путин в
        # Иордании") says nothing of the next line's event
        for line in _LINE.finditer(text, block_start, block_end):
            start, end = line.start(), line.end()
            begin = start
            for _, stop in sentence_stops(text, start, end):
                nxt = stop
                while nxt < end and text[nxt].isspace():
                    nxt += 1
                found.extend(_pieces(text, begin, nxt, paragraph))
                begin = nxt
            if begin < end and text[begin:end].strip():
                found.extend(_pieces(text, begin, end, paragraph))
    return found


_LINE = re.compile(r"[^\n]+\n*")


def clause_breaks(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """Where the clauses of ``sentence`` break, in order (for :func:`clause_bounds`)."""
    return _clause_breaks(text, sentence.start, sentence.end)


def clause_bounds(
    text: str, sentence: Sentence, position: int, breaks: list[tuple[int, int]] | None = None
) -> tuple[int, int]:
    """The clause of ``sentence`` that holds ``position``, as ``(start, end)``.

    ``breaks`` are the sentence's :func:`clause_breaks`, when they are known already.
    """
    if breaks is None:
        breaks = clause_breaks(text, sentence)
    # breaks do not overlap: those ending by ``position`` all come before those after it
    i = bisect.bisect_right(breaks, (position, position)) - 1
    while i >= 0 and breaks[i][1] > position:
        i -= 1
    start = breaks[i][1] if i >= 0 else sentence.start
    j = bisect.bisect_left(breaks, (position, -1))
    end = breaks[j][0] if j < len(breaks) else sentence.end
    return start, end


def quoted_regions(article: Article) -> list[tuple[int, int]]:
    """Stretches of direct speech: the article's direct quotes, and long runs in quote marks.

    A run in quote marks counts when it has at least four words; shorter ones are names
    (``"Российская газета"``) or quoted phrases, not speech.
    """
    text = article.text
    regions = [(q.span.start, q.span.end) for q in article.quotes if q.kind is not QuoteKind.INDIRECT]
    for opening, closing in _QUOTE_PAIRS:
        # an opening mark and the first closing one after it; the next pair starts after that
        # (what ``opening [^closing]* closing`` finds, without reading on from every opening)
        pos = 0
        while (a := text.find(opening, pos)) >= 0 and (b := text.find(closing, a + 1)) >= 0:
            if len(text[a + 1 : b].split()) >= _MIN_QUOTED_WORDS:
                regions.append((a + 1, b))
            pos = b + 1
    # Straight quotes open and close alternately within a paragraph.
    for _, start, end in blocks(article):
        marks = [i for i in range(start, end) if text[i] == '"']
        for a, b in zip(marks[0::2], marks[1::2], strict=False):
            if len(text[a + 1 : b].split()) >= _MIN_QUOTED_WORDS:
                regions.append((a + 1, b))
    return sorted(regions)
