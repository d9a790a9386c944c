"""Which language a text is written in: its script, then its letters and most common words.

Russian and English are what eventkit reads; a text in another language is named honestly
(``uk``, ``de`` ...) or ``und`` when it cannot be told, never passed off as Russian or English,
so that no rule for Russian or English runs on it unawares. The knowledge (letter ranges of the
scripts, each language's own letters and common words) is in the lexicon tables ``scripts``
and ``languages``.

How the language is chosen:

* the script with the most letters wins; a script that tells the language alone (Greek,
  Georgian, Korean ...) gives it, another script than Cyrillic or Latin gives ``und``;
* within Cyrillic or Latin, each language scores one point for each of its common words and
  each of its own letters; the first language of the script (Russian, English) is kept unless
  another scores more *and* is backed by two of its words that the first language does not
  share, or, when no word of the first
  language is there at all, by its own letters making 2% of the script's letters;
* the tie goes to Russian: a Russian article often names outlets and sites in Latin letters
  (``Zakon.kz``), never the other way round.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from typing import NamedTuple

from ..lexicon import table

__all__ = ["SUPPORTED_LANGUAGES", "detect_language", "language_name"]

SUPPORTED_LANGUAGES = ("ru", "en")
"""The languages eventkit's rules read (quotes, dates, events; entities with a recognizer)."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LETTER_SHARE = 0.02  # a language's own letters backing it when no word of the first language is found
_WORDS_NEEDED = 2
_SAMPLE = 1 << 16  # the first 64 K characters tell the language as well as the whole text would


class _Language(NamedTuple):
    code: str
    letters: frozenset[str]
    words: frozenset[str]


class _Scripts(NamedTuple):
    starts: list[int]
    ends: list[int]
    scripts: list[str]
    alone: dict[str, str]  # a script that alone tells the language
    languages: dict[str, list[_Language]]  # each script's languages, the first language first


@functools.cache
def _scripts() -> _Scripts:
    ranges = sorted(
        (int(r["first"], 16), int(r["last"], 16), r["script"]) for r in table("scripts").records()
    )
    alone = {r["script"]: r["lang"] for r in table("scripts").records() if r["lang"]}
    languages: dict[str, list[_Language]] = {}
    for row in table("languages").records():
        languages.setdefault(row["script"], []).append(
            _Language(row["lang"], frozenset(row["letters"]), frozenset(row["words"].split()))
        )
    return _Scripts(
        [a for a, _, _ in ranges], [b for _, b, _ in ranges], [s for _, _, s in ranges], alone, languages
    )


def _script_of(char: str, scripts: _Scripts) -> str | None:
    code = ord(char)
    i = bisect.bisect_right(scripts.starts, code) - 1
    return scripts.scripts[i] if i >= 0 and code <= scripts.ends[i] else None


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language of ``text`` (``ru``, ``en``, ``uk``, ``de`` ...), or ``und``.

    :param text: any text; letters of every script count, digits and marks do not. The first
        64 K characters are read: they tell the language as well as more would.
    :returns: ``und`` when there are no letters, or the language cannot be told.
    """
    scripts = _scripts()
    sample = text[:_SAMPLE]
    letters = Counter({ch: n for ch, n in Counter(sample.lower()).items() if ch.isalpha()})
    per_script: Counter[str] = Counter()
    for ch, n in letters.items():
        per_script[_script_of(ch[0], scripts) or "other"] += n
    if not per_script:
        return "und"
    # Cyrillic wins a tie with Latin; the scripts are otherwise ranked by their letters.
    script = max(per_script, key=lambda s: (per_script[s], s == "Cyrl"))
    if script not in scripts.languages:
        return scripts.alone.get(script, "und")
    candidates = scripts.languages[script]
    words = Counter(_WORD.findall(sample.lower()))
    first_words = candidates[0].words
    scored = []
    for language in candidates:
        found_words = sum(n for w, n in words.items() if w in language.words)
        own_words = sum(n for w, n in words.items() if w in language.words and w not in first_words)
        found_letters = sum(letters[ch] for ch in language.letters)
        scored.append((found_words + found_letters, own_words, found_letters, found_words, language.code))
    first = scored[0]
    best = max(scored[1:], key=lambda s: s[0])
    if best[0] > first[0] and (
        best[1] >= _WORDS_NEEDED or (first[3] == 0 and best[2] >= _LETTER_SHARE * per_script[script])
    ):
        return best[4]
    return first[4]


def language_name(code: str) -> str:
    """The English name of a language code (``uk`` -> ``Ukrainian``), or the code itself when unknown."""
    import pycountry

    primary = code.split("-")[0].lower()
    found = pycountry.languages.get(alpha_2=primary) if len(primary) == 2 else None
    if found is None and len(primary) == 3:
        found = pycountry.languages.get(alpha_3=primary)
    return str(found.name).split(" (")[0] if found is not None else code
