"""Names followed by another form of themselves in parentheses.

``Майкл Мэйсон (Michael Mason)`` names one person twice, in Russian and in the original
script; ``Международного олимпийского комитета (МОК)`` names one body twice, in full and
short. The tagger often takes such a pair for one name. Here each pair is cut in two: the name
ends before the parenthesis, and the parenthesised form becomes a mention of its own that
belongs to the same person or body (NEREL and factRuEval both mark the two apart).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["Names", "Originals", "split", "unquoted"]

Names = list[tuple[int, int, str]]
"""Names as (start, end, PER / LOC / ORG)."""

Originals = dict[tuple[int, int], int]
"""The span of each parenthesised form, to where the name it repeats ends."""

_MAX_INNER = 60
_PAREN = re.compile(rf"[ \t\u00a0]?\(([^()\n]{{1,{_MAX_INNER}}})\)")
_RUSSIAN = re.compile(r"[а-яёА-ЯЁ]")
_WORD = re.compile(r"[^\s,;]+")
_SHORT_FORM = re.compile(r"[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё0-9&.+-]{0,11}")
_RUSSIAN_FORM = re.compile(r"[А-ЯЁ][а-яёА-ЯЁ]*(?:-[а-яёА-ЯЁ]+)?(?: [А-ЯЁ][а-яёА-ЯЁ]*(?:-[а-яёА-ЯЁ]+)?)?")
_OPENERS = {"»": "«", "”": "“„", "“": "„", '"': '"'}
"""Each closing quote mark with the marks that open it."""


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _original_name(inner: str) -> bool:
    """A person's name in another script than Russian: ``Michael Mason``, ``Jürgen Klinsmann``,
    ``Sami al-Haj``: one to five words, no Russian letter, the first and the last capitalised."""
    if _RUSSIAN.search(inner):
        return False
    words = _WORD.findall(inner)
    if not 1 <= len(words) <= 5 or len(" ".join(words)) != len(inner.strip()):
        return False
    if not (_capitalised(words[0]) and _capitalised(words[-1])):
        return False
    if any(w.isupper() and len(w) > 1 and "." not in w for w in words):
        return False  # an acronym (USA, CEO) is no person's name
    return all(any(ch.isalpha() for ch in w) for w in words)


def _short_form(inner: str) -> bool:
    """A body's short form: an acronym of one or two words (``МОК``, ``ФТС РФ``, ``S&P``,
    ``МИСиС``), at least two capitals to each word."""
    words = inner.split()
    if not 1 <= len(words) <= 2:
        return False
    return all(_SHORT_FORM.fullmatch(w) is not None and sum(ch.isupper() for ch in w) >= 2 for w in words)


def _body_original(inner: str) -> bool:
    """A body's name in another script: ``Amnesty International``, ``General Motors``."""
    if _RUSSIAN.search(inner):
        return False
    words = inner.split()
    return 1 <= len(words) <= 8 and _capitalised(words[0]) and any(ch.isalpha() for ch in inner)


def _russian_form(inner: str) -> bool:
    """A body's other Russian name of one or two capitalised words that the tagger left
    unnamed: ``Федеральной резервной системы (Центробанка)``, ``МИД (Форин-офис)``."""
    return _RUSSIAN_FORM.fullmatch(inner) is not None


def _inner_type(outer_type: str, inner: str) -> str | None:
    """The type of a parenthesised form after a name of ``outer_type`` (``None``: no name of
    the same entity)."""
    if outer_type == "PER":
        return "PER" if _original_name(inner) else None
    if outer_type == "ORG":
        return "ORG" if _short_form(inner) or _body_original(inner) or _russian_form(inner) else None
    return None


def split(text: str, names: Sequence[tuple[int, int, str]]) -> tuple[Names, Originals]:
    """Names cut before a parenthesised form of themselves, and those forms as names of their own.

    A tagged name that runs over ``(`` ends before it; what the parentheses hold becomes a
    name of the outer name's type when it is a form of the same entity (a Latin-script name
    after a person, an acronym or a Latin-script name after a body, also after the place that
    ends a body's name: ``Конституционный суд Молдавии (КС)``), whether the tagger had it
    inside the outer name, apart, or not at all. Anything else in parentheses (``(США)``,
    ``(2003)``) is left to the tagger's own names. ``names`` are in text order.
    """
    out: Names = []
    originals: Originals = {}
    for k, (start, end, kind) in enumerate(names):
        owner = kind
        if kind == "LOC" and k > 0 and names[k - 1][2] == "ORG" and text[names[k - 1][1] : start] == " ":
            owner = "ORG"  # the place that ends a body's name: the parenthesis is the body's
        open_at = text.find("(", start, end)
        if open_at > start:
            kept = text[start:open_at].rstrip()
            m = _PAREN.match(text, start + len(kept))
            outer_end = start + len(unquoted(kept))
            if m is None or outer_end <= start:
                out.append((start, end, kind))
                continue
            out.append((start, outer_end, kind))
            inner_type = _inner_type(owner, m.group(1).strip())
            if k + 1 < len(names) and names[k + 1][0] < m.end():
                inner_type = None  # the tagger has a name of its own inside the parentheses
            if inner_type is not None:
                inner = _stripped(text, m.start(1), m.end(1))
                out.append((*inner, inner_type))
                originals[inner] = outer_end
            continue
        out.append((start, end, kind))
        m = _PAREN.match(text, _after_quotes(text, start, end))
        if m is None:
            continue
        inner = _stripped(text, m.start(1), m.end(1))
        inner_type = _inner_type(owner, text[inner[0] : inner[1]])
        if inner_type is None:
            continue
        nxt = names[k + 1] if k + 1 < len(names) else None
        if nxt is not None and nxt[0] < inner[1]:
            if nxt[:2] != inner or nxt[2] != inner_type:
                continue  # the tagger has another name there (a place): leave it so
        else:
            out.append((*inner, inner_type))
        originals[inner] = end
    out.sort()
    return out, originals


def _after_quotes(text: str, start: int, end: int) -> int:
    """Where a name ends with the quote marks that close it: ``«Бургер Кинг»`` before
    ``(Burger King)``, whether the tagger's name takes in the opening mark or not."""
    at = end
    while at < len(text) and text[at] in _OPENERS:
        openers = _OPENERS[text[at]]
        if not any(ch in openers for ch in text[max(0, start - 2) : at]):
            break
        at += 1
    return at


def unquoted(name: str) -> str:
    """``name`` without a closing quote mark at its end that it does not open: the tagger's
    ``Лаборатории Касперского»`` before ``(ЛК)`` ends inside the marks."""
    openers = _OPENERS.get(name[-1:])
    if openers is None or any(ch in openers for ch in name[:-1]):
        return name
    return name[:-1].rstrip()


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without the spaces at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
