"""The layout of an article's text: header, headline, paragraphs, photo credits, site boilerplate.

Grammar of the raw format (one article a file)::

    article   := BOM? header? block (blank-line block)*
    header    := " "? "date" " "+ YYYY-MM-DD " "*     -- the first paragraph follows on its line
    block     := line (newline line)*                 -- a line break inside a block starts a new
                                                       -- paragraph only after a sentence's end
    blank-line:= newline (spaces newline)+

Every non-blank line is one of: a media credit (``Фото: gov.kz``, ``© Пётр Сидоров/ ТАСС``,
``Photo: Reuters``, a caption ending in a credit), site boilerplate (cookie notices,
``Подписывайтесь на наши новости``, section names and date-and-time lines at the top), or body
text. Nothing is dropped: credits and boilerplate are kept beside the paragraphs.
"""

from __future__ import annotations

import calendar
import itertools
import re
from typing import NamedTuple

from ..errors import ParseError
from ..model import PartialDate

__all__ = ["Block", "Credit", "Structure", "check_text", "parse_iso_date", "read_structure"]


class Block(NamedTuple):
    """A stretch ``[start, end)`` of the text."""

    start: int
    end: int


class Credit(NamedTuple):
    """A photo or video credit: the credit itself and the stretch of text that gives it."""

    credit: str
    start: int
    end: int


class Structure(NamedTuple):
    """What :func:`read_structure` finds."""

    header_date: PartialDate | None
    date_lines: list[Block]
    """Date-and-time lines at the page's top (kept as boilerplate too): the publication date may be there."""
    headline: Block | None
    paragraphs: list[Block]
    boilerplate: list[Block]
    credits: list[Credit]


# Control characters other than tab, newline, vertical tab, form feed and carriage return,
# and lone surrogates: text with these is binary data, not an article.
_JUNK = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_LETTER = re.compile(r"[^\W\d_]")
_HEADER = re.compile(r"[ \t]*date[ \t]+(?=[0-9])(?P<date>\S+)[ \t]*")
# ``date`` alone on the first line, or `` date`` followed by words: a header whose date is missing.
_HEADER_WITHOUT_DATE = re.compile(r"[ \t]*date[ \t]*(?=\r?\n|$)|[ \t]+date[ \t]+(?=[^\s0-9])")
_ISO_DATE = re.compile(r"(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})")
_LINE = re.compile(r"[^\n]*\n?")

_CREDIT_WORD = (
    r"(?:фото(?:графия|графии|граф)?|источник\s+фото|видео|кадр|иллюстрация|изображение|коллаж"
    r"|photo(?:graph)?s?(?:\s+credit)?|image|picture|video|illustration|credit)"
)
_CREDIT_LINE = re.compile(
    rf"(?:{_CREDIT_WORD})\s*(?::|—|–|-|©)\s*(?P<a>\S.*)"
    r"|(?:©|\([cс]\))\s*(?P<b>\S.*)"
    r"|(?:photo|image)\s+by\s+(?P<c>\S.*)"
    r"|фото\s+(?P<d>(?:из|с|со|предоставлено)\s+\S.*)",
    re.IGNORECASE,
)
_CREDIT_PAREN = re.compile(
    rf"\(\s*(?:(?:{_CREDIT_WORD})\s*(?::|—|–|-)|©)\s*(?P<credit>[^()\n]{{1,150}}?)\s*\)",
    re.IGNORECASE,
)
# A credit after a caption on the same line: ``Путин и Токаев в Кремле. Фото: ТАСС``.
_CREDIT_TAIL = re.compile(rf"(?<=\S)\s++(?=(?:(?:{_CREDIT_WORD})\s*(?::|©)|©)\s*\S)", re.IGNORECASE)
# A credit is at most 150 characters: a candidate with more than this after it is not read.
_CREDIT_TAIL_MAX = 1000

_BOILERPLATE_START = re.compile(
    r"(?:подписывайтесь|подпишитесь|подписаться|читайте\s+(?:также|нас|наши|новости|больше|все)"
    r"|смотрите\s+также|мы\s+используем|(?:этот\s+|наш\s+)?сайт\s+использует"
    r"|используя\s+(?:этот\s+|наш\s+)?сайт|продолжая\s+(?:использовать|пользоваться)"
    r"|нашли\s+ошибку|выделите\s+(?:её|ее|текст|фрагмент)|поделиться|материалы\s+по\s+теме"
    r"|новости\s+по\s+теме|по\s+теме\s*:|теги\s*:|реклама\b|следите\s+за\s+(?:нашими\s+)?новостями"
    r"|присоединяйтесь|комментарии\b|новости\s+партнеров|новости\s+партнёров|источник\s*:|source\s*:"
    r"|(?:additional\s+)?(?:reporting|writing|editing)\s+by\b|автор\s*:|редактор\s*:"
    r"|subscribe|sign\s+up|follow\s+us|we\s+use\s+cookies|this\s+(?:web)?site\s+uses"
    r"|accept\s+(?:all\s+)?cookies|by\s+continuing|read\s+(?:more|also|next)\b|related(?:\s+\w+)?\s*:"
    r"|advertisement|share\s+(?:this|on)\b|tags\s*:|newsletter|click\s+here)",
    re.IGNORECASE,
)
_BOILERPLATE_ANY = re.compile(
    r"все\s+права\s+защищены|all\s+rights\s+reserved|ctrl\s*\+\s*enter|\bcookies?\b|файл\w*\s+cookie",
    re.IGNORECASE,
)
_BOILERPLATE_MAX = 300

_SECTIONS = frozenset(
    """политика общество экономика мир в мире казахстан россия новости главное главная культура
    спорт происшествия дипломатия внешняя международная жизнь регионы интервью мнения аналитика
    world politics news europe asia business diplomacy home top stories international opinion
    analysis culture middle east americas africa""".split()  # noqa: SIM905
)
_BREADCRUMB = re.compile(r"\s(?:/|›|»|>|\|)\s")
_DATE_LINE = re.compile(
    r"(?:[\s\d:.,/|–—-]|г\.|года?\b|мск\b|msk\b|gmt\b|utc\b|am\b|pm\b|a\.m\.|p\.m\."
    r"|обновлено|опубликовано|updated|published|сегодня|вчера|today|yesterday|в\b|at\b|on\b"
    r"|январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]"
    r"|ноябр[ья]|декабр[ья]|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье"
    r"|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)+",
    re.IGNORECASE,
)
_TERMINAL = frozenset(".!?…")
_CLOSERS = "»\"”“')]"
_OPENERS = '«"„“(—–-'


def check_text(text: str, start: int) -> None:
    """Refuse text that cannot be an article: binary data, nothing at all, no words."""
    junk = _JUNK.search(text)
    if junk is not None:
        code = ord(junk.group())
        raise ParseError(f"binary data, not text: character U+{code:04X}", text=text, offset=junk.start())
    if not text[start:].strip():
        raise ParseError("empty text: an article needs at least one paragraph", text=text, offset=len(text))
    if _LETTER.search(text, start) is None:
        raise ParseError("no words: an article needs text in some language", text=text, offset=start)


def parse_iso_date(value: str, *, text: str = "", offset: int = 0) -> PartialDate:
    """Read a day-precise ``YYYY-MM-DD``; an impossible date is a :class:`ParseError` at ``offset``."""
    m = _ISO_DATE.fullmatch(value)
    if m is None:
        raise ParseError(f"expected a date YYYY-MM-DD, got {value!r}", text=text, offset=offset)
    year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    if not 1 <= year <= 9999:
        raise ParseError(f"impossible date {value!r}: no year {year}", text=text, offset=offset)
    if not 1 <= month <= 12:
        raise ParseError(
            f"impossible date {value!r}: month must be 1-12, got {month}",
            text=text,
            offset=offset + m.start("m"),
        )
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ParseError(
            f"impossible date {value!r}: day must be 1-{last} in {year:04d}-{month:02d}, got {day}",
            text=text,
            offset=offset + m.start("d"),
        )
    return PartialDate(year=year, month=month, day=day)


def _normalise_credit(credit: str) -> str:
    credit = " ".join(credit.split()).strip(" .;,")
    if "://" not in credit:
        credit = re.sub(r"\s*/\s*", " / ", credit)
    return credit


def _credit_line(text: str, start: int, end: int) -> Credit | None:
    """The credit when the whole line ``text[start:end]`` is a credit or a caption with one."""
    line = text[start:end]
    m = _CREDIT_LINE.fullmatch(line)
    if m is None:
        m = _CREDIT_PAREN.fullmatch(line)
        if m is None:
            return None
    raw = next(g for g in m.groups() if g is not None)
    credit = _normalise_credit(raw)
    if not credit or len(credit) > 150 or not _LETTER.search(credit):
        return None
    return Credit(credit, start, end)


def _caption_credit(text: str, start: int, end: int) -> tuple[Credit, int] | None:
    """A credit at the end of a line: the credit and where the text before it ends.

    A short caption (one sentence, at most 25 words) before the credit is part of the credit
    line, and the returned end is ``start``; a longer text before it is a paragraph of its own.
    """
    line = text[start:end]
    for m in _CREDIT_TAIL.finditer(line):
        if len(line) - m.end() > _CREDIT_TAIL_MAX:
            continue
        credit = _credit_line(text, start + m.end(), end)
        if credit is None:
            continue
        before = line[: m.start()].rstrip()
        inner = before[:-1]
        caption = len(before.split()) <= 25 and not any(
            ch in _TERMINAL and i + 1 < len(inner) and inner[i + 1] == " " for i, ch in enumerate(inner)
        )
        if caption:
            return Credit(credit.credit, start, end), start
        return credit, start + len(before)
    return None


def _is_boilerplate(line: str) -> bool:
    if len(line) > _BOILERPLATE_MAX:
        return False
    return _BOILERPLATE_START.match(line) is not None or _BOILERPLATE_ANY.search(line) is not None


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def _starts_sentence(line: str) -> bool:
    first = line[:1]
    return bool(first) and (first.isupper() or first.isdigit() or first in _OPENERS)


def _is_section(line: str) -> bool:
    words = line.split()
    if not words or len(line) > 80 or _ends_sentence(line):
        return False
    if _BREADCRUMB.search(line):
        return True
    lowered = [w.strip(",.:").lower() for w in words]
    return all(w in _SECTIONS for w in lowered) or (len(words) <= 2 and not any(c.isdigit() for c in line))


def _is_date_line(line: str) -> bool:
    return len(line) <= 60 and any(c.isdigit() for c in line) and _DATE_LINE.fullmatch(line) is not None


def _is_headline(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 25 and len(line) <= 220 and not _ends_sentence(line) and not line.endswith(":")


def _lines(text: str, start: int) -> list[Block | None]:
    """The lines from ``start``, stripped of surrounding white space; ``None`` for blank lines."""
    out: list[Block | None] = []
    for m in _LINE.finditer(text, start):
        if m.start() == m.end():
            break
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append(Block(s, e) if s < e else None)
    return out


def read_structure(text: str) -> Structure:
    """Split raw article text into its header date, headline, paragraphs, credits and boilerplate."""
    start = 1 if text.startswith("\ufeff") else 0
    check_text(text, start)
    header_date = None
    m = _HEADER.match(text, start)
    if m is not None:
        header_date = parse_iso_date(m["date"], text=text, offset=m.start("date"))
        start = m.end()
        check_text(text, start)
    elif (missing := _HEADER_WITHOUT_DATE.match(text, start)) is not None:
        raise ParseError(
            "a date header without its date: expected ' date YYYY-MM-DD ' before the first paragraph",
            text=text,
            offset=missing.end(),
        )

    paragraphs: list[Block] = []
    boilerplate: list[Block] = []
    credits: list[Credit] = []
    # Body lines of the current block, waiting to be joined into paragraphs.
    pending: list[Block] = []
    items: list[tuple[str, Block]] = []  # ("body" | "boilerplate", block), in text order
    body_seen = [False]  # whether items hold a body block yet

    def flush() -> None:
        if not pending:
            return
        first = pending[0]
        for prev, line in itertools.pairwise(pending):
            prev_text, line_text = text[prev.start : prev.end], text[line.start : line.end]
            at_top = not body_seen[0]
            if _starts_sentence(line_text) and (
                _ends_sentence(prev_text)
                or (at_top and _is_headline(prev_text) and prev.start == first.start)
            ):
                items.append(("body", Block(first.start, prev.end)))
                body_seen[0] = True
                first = line
        items.append(("body", Block(first.start, pending[-1].end)))
        body_seen[0] = True
        pending.clear()

    for line in _lines(text, start):
        if line is None:
            flush()
            continue
        line_text = text[line.start : line.end]
        if _is_boilerplate(line_text):
            flush()
            items.append(("boilerplate", line))
            continue
        credit = _credit_line(text, line.start, line.end)
        if credit is not None:
            flush()
            credits.append(credit)
            continue
        tail = _caption_credit(text, line.start, line.end)
        if tail is not None:
            credit, body_end = tail
            if body_end > line.start:
                pending.append(Block(line.start, body_end))
            flush()
            credits.append(credit)
            continue
        pending.append(line)
    flush()

    # Inline credits in parentheses: recorded, and trimmed off a paragraph's end.
    for n, (kind, para) in enumerate(items):
        if kind != "body":
            continue
        for cm in _CREDIT_PAREN.finditer(text, para.start, para.end):
            name = _normalise_credit(cm["credit"])
            if name and _LETTER.search(name):
                credits.append(Credit(name, cm.start(), cm.end()))
                if cm.end() == para.end and cm.start() > para.start:
                    end = cm.start()
                    while end > para.start and text[end - 1].isspace():
                        end -= 1
                    para = Block(para.start, end)
                    items[n] = (kind, para)

    # The top of a page: section names and a date-and-time line before the headline.
    date_lines: list[Block] = []
    headline: Block | None = None
    body = [block for kind, block in items if kind == "body"]
    i = 0
    while i < len(body) - 1:
        line_text = text[body[i].start : body[i].end]
        if _is_date_line(line_text):
            date_lines.append(body[i])
            boilerplate.append(body[i])
        elif _is_section(line_text):
            boilerplate.append(body[i])
        else:
            break
        i += 1
    if i < len(body) - 1 and _is_headline(text[body[i].start : body[i].end]):
        headline = body[i]
        i += 1
    top = set(boilerplate) | ({headline} if headline else set())
    for kind, block in items:
        if kind == "boilerplate":
            boilerplate.append(block)
        elif block not in top:
            paragraphs.append(block)

    credits.sort(key=lambda c: c.start)
    boilerplate.sort()
    paragraphs = [p for p in paragraphs if p.end > p.start]
    if not paragraphs and headline is None:
        first = min([b.start for b in boilerplate] + [c.start for c in credits], default=start)
        raise ParseError(
            "no body text: every line is a photo credit or site boilerplate", text=text, offset=first
        )
    return Structure(header_date, date_lines, headline, paragraphs, boilerplate, credits)
