"""Roles: the titles persons hold (``министр культуры и информации``, ``помощник президента``).

A title is a head word from :data:`HEADS` (``министр``, ``заместитель``, ``посол`` ...), the
modifiers before it (``первый``, ``бывший``) and its genitive complements (``председателя
Совета Федерации Федерального собрания России``). :data:`OFFICIALS` lists the heads of state
and a few long-serving ministers (the ``officials`` table, with the date it holds for), so that
``президент Казахстана`` standing alone can be recognised as a mention of the person who holds
that office, when that person is named in the same article.
"""

from __future__ import annotations

import functools

from ...lexicon import fold, table

__all__ = [
    "HEADS",
    "HONORIFICS",
    "MODIFIERS",
    "OCCUPATIONS",
    "OFFICIALS",
    "RANKED",
    "RANKS",
    "STANDALONE",
    "STATUS",
    "head_of",
    "ranked",
]

_WORDS = table("title_words")

HEADS = _WORDS.words(lang="ru", part="head")
"""Head words of titles, in the nominative (a few frequent oblique forms of acronyms aside)."""

STATUS = _WORDS.words(lang="ru", part="status")
"""Words before a head that tell when the post is held (``бывший``, ``новый``): read over, left out
of the title."""

HONORIFICS = _WORDS.words(lang="ru", part="honorific")
"""Words of an honorary rank before a head (``народный``, ``заслуженный``): the rank is an award,
so they are read over and left out of the title, with the country that gives it."""

MODIFIERS = _WORDS.words(lang="ru", part="modifier") | STATUS | HONORIFICS
"""Words that may stand before a head word inside a title (:data:`STATUS` and :data:`HONORIFICS`
among them)."""

RANKED = _WORDS.words(lang="ru", part="ranked")
"""Heads, or how heads begin (``зам``, ``вице-``), before which an ordinal is part of the title
(``первый заместитель``, ``первая леди``)."""

STANDALONE = _WORDS.words(lang="ru", part="head", standalone="yes")
"""Heads of titles that name one person even without a name next to them (with a country)."""

OCCUPATIONS = table("occupations").words(lang="ru")
"""Occupation nouns in the nominative (``актер``, ``политолог``, ``генерал-майор``): the heads of
the descriptions that stand before a name as a role, besides the titles of office in :data:`HEADS`.
They are matched by lemma, not by prefix, since many are short (``поэт`` begins ``поэтому``)."""

RANKS = table("occupations").words(lang="ru", field="rank")
"""Military ranks: a title of their own beside a post (``командующий округом генерал-полковник``)."""

OFFICIALS = {
    fold(r["family"]): (r["given"], r["title"], r["country"])
    for r in table("officials").records()
    if r["lang"] == "ru"
}
"""Family name (folded) → (given name, title, ISO country code), from the ``officials`` table."""


@functools.lru_cache(maxsize=1 << 16)
def head_of(word: str) -> str | None:
    """The title head a lower-case word form starts with (``министра`` → ``министр``).

    Cached: the same word forms come back in every article.
    """
    w = fold(word)
    if w in HEADS:
        return w
    best = None
    for size in range(len(w) - 1, max(len(w) - 4, 0), -1):  # the longest head it starts with,
        if w[:size] in HEADS:  # at most three letters of ending after it
            best = w[:size]
            break
    if best is None and w.endswith(("ем", "ом", "ой", "ую", "ей")) and w[:-2] + "ь" in HEADS:
        best = w[:-2] + "ь"
    if best is None and w.endswith(("я", "ю", "е")) and w[:-1] + "ь" in HEADS:
        best = w[:-1] + "ь"
    if best is None and w.endswith(("ой", "ою")) and w[:-2] + "а" in HEADS:
        best = w[:-2] + "а"
    if best is None and w.endswith(("ы", "е", "у", "и")) and w[:-1] + "а" in HEADS:
        best = w[:-1] + "а"
    if best is None and w.startswith("посл") and len(w) <= 7 and w != "после":
        best = "посол"  # посла, послом ...; not после, nearly always the preposition
    return best


def ranked(head: str) -> bool:
    """Whether an ordinal before the title head ``head`` is part of the title (``первый
    заместитель``), not the holder's place in a line (``первый губернатор``, ``13-й президент``)."""
    return any(head.startswith(w) for w in RANKED)
