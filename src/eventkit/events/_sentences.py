"""The body of an article cut into sentences and clauses, and the stretches in quote marks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, QuoteKind

__all__ = ["Sentence", "blocks", "clause_bounds", "quoted_regions", "sentences"]

# The date line that opens an article in the raw format: " date 2025-11-11 ".
_HEADER = re.compile(r"\s*date\s+\d{4}-\d{2}-\d{2}\s", re.IGNORECASE)
# A sentence ends at . ! ? or … (maybe followed by closing quotes or brackets) before a space
# and a capital letter, digit, opening quote or dash.
_END = re.compile(r"[.!?…]+[\"»”’)]*\s+(?=[\"«„“(\-—–]?[A-ZА-ЯЁ0-9])")
# Words after which a full stop does not end the sentence.
_ABBREVIATIONS = frozenset(
    {"г", "гг", "ул", "им", "т", "д", "тыс", "млн", "млрд", "см", "напр", "mr", "mrs", "ms", "dr", "st", "vs"}
)
# A clause ends at ; or at a comma before a contrasting conjunction or a when/where clause.
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?=(?:а|но|однако|тогда\s+как|когда|где|while|but|whereas|when|where)\s)", re.IGNORECASE
)
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


def sentences(article: Article) -> list[Sentence]:
    """The sentences of the article's body, in text order."""
    text = article.text
    found: list[Sentence] = []
    for paragraph, start, end in blocks(article):
        begin = start
        for m in _END.finditer(text, start, end):
            word = re.search(r"(\w+)\W*$", text[begin : m.start() + 1])
            if word is not None and word.group(1).lower() in _ABBREVIATIONS:
                continue
            if word is not None and len(word.group(1)) == 1 and word.group(1).isupper():
                continue  # an initial: "В. Путин"
            found.append(Sentence(begin, m.end(), paragraph))
            begin = m.end()
        if begin < end and text[begin:end].strip():
            found.append(Sentence(begin, end, paragraph))
    return found


def clause_bounds(text: str, sentence: Sentence, position: int) -> tuple[int, int]:
    """The clause of ``sentence`` that holds ``position``, as ``(start, end)``."""
    start, end = sentence.start, sentence.end
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if m.end() <= position:
            start = m.end()
        elif m.start() >= position:
            end = m.start()
            break
    return start, end


def quoted_regions(article: Article) -> list[tuple[int, int]]:
    """Stretches of direct speech: the article's direct quotes, and long runs in quote marks.

    A run in quote marks counts when it has at least four words; shorter ones are names
    (``"Российская газета"``) or quoted phrases, not speech.
    """
    text = article.text
    regions = [(q.span.start, q.span.end) for q in article.quotes if q.kind is not QuoteKind.INDIRECT]
    for opening, closing in _QUOTE_PAIRS:
        pattern = re.escape(opening) + "([^" + re.escape(closing) + "]*)" + re.escape(closing)
        for m in re.finditer(pattern, text):
            if len(m.group(1).split()) >= _MIN_QUOTED_WORDS:
                regions.append((m.start(1), m.end(1)))
    # Straight quotes open and close alternately within a paragraph.
    for _, start, end in blocks(article):
        marks = [i for i in range(start, end) if text[i] == '"']
        for a, b in zip(marks[0::2], marks[1::2], strict=False):
            if len(text[a + 1 : b].split()) >= _MIN_QUOTED_WORDS:
                regions.append((a + 1, b))
    return sorted(regions)
