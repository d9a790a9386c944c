"""Who said it: a quote's speaker as written (a name, a pronoun, a title) → a person id.

This needs no NLP models: names are matched by their stems, pronouns by gender (told from the
person's names), titles by their head word and country. Each rule prefers the person mentioned
last before the quote, which is how a reader resolves ``— сказал он``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ..model import Person, Quote
from .ru import _roles, _venues

__all__ = ["gender_of", "resolve_speakers"]

_MASCULINE = frozenset({"он", "его", "него", "ему", "нему", "им", "ним", "нем", "нём", "he", "him"})
_FEMININE = frozenset({"она", "ее", "её", "нее", "неё", "ей", "ней", "ею", "нею", "she", "her"})
_LATIN = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_MALE_IN_A = frozenset({"никита", "илья", "фома", "кузьма", "лука", "савва", "муса", "иса", "жора"})
_SURNAME_END = re.compile(r"(ий|ый|ой|ая|а|я|й|ь)$")
# Words that name a kind of office rather than the office: ``российский лидер`` is whoever leads
# Russia in the article, ``китайский дипломат`` whoever represents China abroad.
_GENERIC_TITLES: dict[str, frozenset[str]] = {
    "лидер": frozenset(
        {"президент", "премьер-министр", "премьер", "председатель", "канцлер", "король", "глава", "эмир"}
    ),
    "дипломат": frozenset(
        {"посол", "министр", "замминистра", "заместитель", "посланник", "консул", "пресс-секретарь"}
    ),
}


def gender_of(person: Person) -> str | None:
    """``"m"`` or ``"f"`` from the person's names (Russian endings; for Latin-script names the
    given name or a Slavic family ending), ``None`` when unclear."""
    if _LATIN.match(person.name):
        from .en._recognizer import gender

        return gender(person.given_name, person.family_name or person.name.split()[-1])
    family = (person.family_name or "").lower()
    if family.endswith(("ова", "ева", "ёва", "ина", "ына", "ая", "цкая", "ская")):
        return "f"
    if family.endswith(("ов", "ев", "ёв", "ин", "ын", "ий", "ый", "ой", "цкий", "ский")):
        return "m"
    given = (person.given_name or "").lower().split("-")[-1]
    if given:
        if given.endswith(("а", "я")) and given not in _MALE_IN_A:
            return "f"
        if given.endswith(("и", "е", "о", "у", "ю", "э")):  # Назели, Кэтрин-like names: open
            return None
        return "m"
    return None


def _stem(name: str) -> str:
    lower = name.lower().replace("ё", "е")
    stem = _SURNAME_END.sub("", lower)
    return stem if len(stem) >= 3 else lower


def _names_match(word: str, name: str | None) -> bool:
    if not name:
        return False
    w = word.lower().replace("ё", "е")
    stem = _stem(name)
    return w == name.lower().replace("ё", "е") or (w.startswith(stem) and len(w) - len(stem) <= 3)


def _locate(text: str, quote: Quote) -> int:
    """Where the speaker is written: its occurrence nearest to the quote, else the quote."""
    written = quote.speaker_text
    if not written:
        return quote.span.start
    best = None
    for m in re.finditer(re.escape(written), text):
        if m.start() >= quote.span.end:
            distance = m.start() - quote.span.end
        elif m.end() <= quote.span.start:
            distance = quote.span.start - m.end()
        else:
            continue
        if best is None or distance < best[0]:
            best = (distance, m.start())
    return best[1] if best is not None and best[0] <= 400 else quote.span.start


def _last_before(person: Person, offset: int) -> int:
    ends = [m.span.end for m in person.mentions if m.span.end <= offset]
    return max(ends) if ends else -1


def _nearest(candidates: Sequence[Person], offset: int) -> Person | None:
    """The candidate mentioned last before ``offset`` (else the first one mentioned at all)."""
    if not candidates:
        return None
    ranked = sorted(candidates, key=lambda p: _last_before(p, offset), reverse=True)
    if _last_before(ranked[0], offset) >= 0:
        return ranked[0]
    return min(candidates, key=lambda p: min((m.span.start for m in p.mentions), default=1 << 62))


def _speaker(text: str, quote: Quote, persons: Sequence[Person]) -> Person | None:
    written = (quote.speaker_text or "").strip()
    if not written:
        return None
    at = _locate(text, quote)
    end = at + len(written)
    inside = [
        (max(m.span.end for m in p.mentions if m.span.start < end and at < m.span.end), p)
        for p in persons
        if at != quote.span.start and any(m.span.start < end and at < m.span.end for m in p.mentions)
    ]
    if inside:
        # English puts the speaker's name last (``Sisi's spokesman Ahmed Fahmy``)
        return max(inside, key=lambda pair: pair[0])[1] if written.isascii() else inside[0][1]
    words = _WORD.findall(written)
    lowered = [w.lower() for w in words]
    before = min(at, quote.span.start)
    # a pronoun: the nearest person of that gender before the quote
    for w in lowered:
        if w in _MASCULINE or w in _FEMININE:
            gender = "m" if w in _MASCULINE else "f"
            same = [p for p in persons if gender_of(p) == gender]
            if not same:  # foreign names often leave the gender open
                same = [p for p in persons if gender_of(p) is None]
            return _nearest(same, before)
    # a name: by family name, else by given name
    capitalised = [w for w in words if w[:1].isupper()]
    if capitalised:
        by_family = [p for p in persons if any(_names_match(w, p.family_name) for w in capitalised)]
        if not by_family:
            by_family = [p for p in persons if any(_names_match(w, p.name.split()[-1]) for w in capitalised)]
        if by_family:
            return _nearest(by_family, before)
        by_given = [p for p in persons if any(_names_match(w, p.given_name) for w in capitalised)]
        if by_given:
            return _nearest(by_given, before)
    # a title: its head word, and the country when the title gives one
    heads = [h for h in (_roles.head_of(w) for w in lowered) if h is not None]
    heads += [g for g in _GENERIC_TITLES for w in lowered if w.startswith(g) and g not in heads]
    if not heads and written.isascii():
        return _english_holder(written, persons, before)
    if heads:
        country = None
        for w in words:
            c = _venues.country_by_adjective(w.lower()) if w.islower() or w is words[0] else None
            c = (
                c
                or _venues.country_by_name(w)
                or next((c for c in _venues.countries() if c.genitive.lower() == w.lower()), None)
            )
            if c is not None:
                country = c.code
                break
        holders = []
        for p in persons:
            for role in p.roles:
                role_heads = [h for h in map(_roles.head_of, role.title.split()) if h is not None]
                if heads[0] in _GENERIC_TITLES:  # the office itself: the title's first head
                    held = role_heads[0] in _GENERIC_TITLES[heads[0]] if role_heads else False
                else:
                    held = heads[0] in role_heads
                if held and (country is None or role.country in (None, country)):
                    holders.append(p)
                    break
        return _nearest(holders, before)
    return None


def _english_holder(written: str, persons: Sequence[Person], before: int) -> Person | None:
    """``the prime minister``, ``the Russian minister``: the holder of a title with that head."""
    from .en._places import country_code
    from .en._recognizer import title_head

    head = title_head(written)
    if head is None:
        return None
    country = next((c for c in map(country_code, _WORD.findall(written)) if c), None)
    holders = [
        p
        for p in persons
        if any(
            title_head(r.title) == head and (country is None or r.country in (None, country)) for r in p.roles
        )
    ]
    return _nearest(holders, before)


def resolve_speakers(text: str, quotes: Sequence[Quote], persons: Sequence[Person]) -> tuple[Quote, ...]:
    """The quotes with ``speaker`` set to the id of the person each one's speaker refers to.

    A speaker given by name is matched by family or full name in any case (``Лаврова``), a
    pronoun (``он``, ``ее``) to the nearest person of that gender mentioned before the quote,
    and a title (``казахстанского министра``) to the person holding that role; in English,
    ``he``/``she`` and titles such as ``the prime minister`` alike. Quotes that
    already have a speaker, or whose speaker cannot be told, are returned unchanged.
    """
    out = []
    for q in quotes:
        if q.speaker is None:
            p = _speaker(text, q, persons)
            if p is not None:
                q = attrs.evolve(q, speaker=p.id)
        out.append(q)
    return tuple(out)
