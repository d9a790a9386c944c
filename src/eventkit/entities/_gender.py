"""A person's grammatical gender and the gender a pronoun refers to: one rule for every stage.

Quotes (``он сказал``) and events (``его визит``) resolve pronouns to persons with the same
:func:`gender_of` and the same pronouns (the ``pronouns`` table), so that a quote's «он» and an
event's «он» name the same person.
"""

from __future__ import annotations

import functools
import re

from ..lexicon import fold, table
from ..model import Person

__all__ = ["gender_of", "latin_gender", "pronoun_gender", "pronouns"]

_LATIN = re.compile(r"[A-Za-z]")
_RU_FEMININE_FAMILY = ("ова", "ева", "ина", "ына", "ая")
_RU_MASCULINE_FAMILY = ("ов", "ев", "ин", "ын", "ий", "ый", "ой")
_LATIN_FEMININE_FAMILY = ("ova", "eva", "yova", "ina", "yna", "skaya", "tskaya", "aya")
_LATIN_MASCULINE_FAMILY = ("ov", "ev", "yov", "in", "yn", "sky", "skiy", "skii", "tsky")
_OPEN_ENDINGS = ("и", "е", "о", "у", "ю", "э")  # Назели, Кэтрин-like names: either gender


@functools.cache
def _given_names(lang: str) -> dict[str, str]:
    """Given names whose gender their ending does not tell (``given_names`` table): name → m/f."""
    return {fold(r[1]): r[2] for r in table("given_names").where(lang=lang)}


@functools.cache
def _pronouns() -> dict[str, str]:
    return {fold(r[1]): r[2] for r in table("pronouns").rows}


def pronoun_gender(word: str) -> str | None:
    """``m`` or ``f`` for a third-person singular pronoun (``него``, ``her``), else ``None``."""
    return _pronouns().get(fold(word))


def pronouns(gender: str) -> frozenset[str]:
    """The pronouns of one gender as the table writes them (``нём`` and ``нем`` both)."""
    return table("pronouns").words(gender=gender)


def latin_gender(given: str | None, family: str | None) -> str | None:
    """``m`` or ``f`` from a Latin-script name: its given name, or a Slavic family ending."""
    g = (given or "").lower().split()
    if g:
        found = _given_names("en").get(fold(g[0]))
        if found is not None:
            return found
    f = (family or "").lower()
    if f.endswith(_LATIN_FEMININE_FAMILY):
        return "f"
    if f.endswith(_LATIN_MASCULINE_FAMILY):
        return "m"
    return None


def gender_of(person: Person) -> str | None:
    """``m`` or ``f`` from the person's names, ``None`` when they do not tell.

    A Latin-script name by :func:`latin_gender`; a Russian one by its family name's ending
    (``-ова``, ``-ский``), else by its given name's (``-а``/``-я`` feminine but for the
    masculine names the ``given_names`` table lists; open vowels either; consonants masculine).
    """
    words = person.name.replace("-", " ").split()
    if _LATIN.match(person.name):
        return latin_gender(person.given_name, person.family_name or (words[-1] if words else None))
    family = fold(person.family_name or (words[-1] if len(words) > 1 else ""))
    if family.endswith(_RU_FEMININE_FAMILY):
        return "f"
    if family.endswith(_RU_MASCULINE_FAMILY):
        return "m"
    given = fold(person.given_name or (words[0] if words else "")).split("-")[-1]
    if not re.fullmatch(r"[а-я]+", given):
        return None
    if given in _given_names("ru"):
        return _given_names("ru")[given]
    if given.endswith(("а", "я")):
        return "f"
    if given.endswith(_OPEN_ENDINGS):
        return None
    return "m"
