"""Base forms: persons' names and multi-word names of places and bodies, in the nominative.

A person's name is read as a whole: every word must agree in case and gender, so the words
are analysed together and the (case, gender) that explains all of them best wins; then each
word is put in the nominative of that gender (``Балаевой`` → ``Балаева``). Hyphenated given
names are inflected part by part (``Касым-Жомарта`` → ``Касым-Жомарт``); natasha's lists of
given names and surnames break ties between analyses (``Асии`` → ``Асия``, not ``Асий``).

Foreign names often do not decline (``с министром Бадром Абдельатты``, ``Тору Камикава``): a
word ending in a vowel that the dictionary does not know as a name may stay as written in any
case, so the case is chosen by the words that do decline (``Бадром`` is the instrumental of
``Бадр``), and by the context when the caller knows it (the cases that the title or
preposition before the name allows). Vocative readings are never taken: news does not address
people, and pymorphy2's informal vocatives turn ``Лёв`` into ``Лёва``.

A phrase (``Министерства культуры и информации``, ``Южном административном округе``) has its
head noun and the adjectives before it put in the nominative; the dependents after the head
stay as written, as they are already in the case their head governs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...lexicon import fold, table
from ._morph import Morph, Parse

__all__ = ["NameForms", "PersonName", "match_case"]

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_INITIAL = re.compile(r"[А-ЯЁA-Z]\.")
_PATRONYMIC = re.compile(
    r"(?:(?:вич|ьич)(?:а|у|ем|е)?|(?:вн|ичн)(?:а|ы|е|у|ой|ою)|оглы|кызы)$", re.IGNORECASE
)
_INDECLINABLE_END = ("и", "е", "э", "о")
# Family names built the Russian way (-ов, -ин, -ский, -енко ...): only these are read as
# written before the given name (Иванов Иван, not Карлос Симон)
_SLAVIC_FAMILY = re.compile(
    r"(?:[оеё]в|[иы]н|[сц]к(?:ий|ой)|енко|ук|юк)(?:а|у|ым|ом|е)?$|(?:[оеё]в|[иы]н)(?:а|ой|у)$|"
    r"(?:ская|цкая)$",
    re.IGNORECASE,
)
# The case endings of a family name in -ов, -ев, -ин, -ын (Денина, Сомову, Мередовым): for a man
# the stem, for a woman the stem and -а, in the cases each ending has (not -ой, which a name like
# Мозговая has too).
_OV_IN_FORMS = re.compile(r"(.{2,}(?:[оеё]в|[иы]н))(а|у|ым|е)$", re.IGNORECASE)
_OV_IN_CASES = {
    "а": (("gent", "masc", ""), ("accs", "masc", ""), ("nomn", "femn", "а")),
    "у": (("datv", "masc", ""), ("accs", "femn", "а")),
    "ым": (("ablt", "masc", ""),),
    "е": (("loct", "masc", ""),),
}
# Vowels a foreign name may end in and keep in every case (Нисипяну, Камикава, Абдельатты).
_VOWEL_END = ("а", "я", "ы", "и", "е", "э", "о", "у", "ю")
# Endings of the instrumental (Бадром, Сирилом) that pymorphy2 may guess as a nominative.
_INSTRUMENTAL_END = ("ом", "ем", "ём", "ым")
# One-syllable family names that Chinese and Korean names put first (Ху Цзиньтао, Ким Чен Ир).
_EAST_ASIAN_FAMILY = table("word_lists").words(lang="ru", list="east_asian_family")
_PARTICLES = table("word_lists").words(lang="ru", list="name_particle")
# words that link an Arabic name to the next one, which declines (бен Салмана)
_LINKS = table("word_lists").words(lang="ru", list="name_link")
_NOT_NAME_WORDS = _PARTICLES | _LINKS  # words of a name that name no one (бин, ван, де)
# How much worse than its best a name's reading in another case and gender may be and still
# count as a reading of it.
_NEAR_READING = 1.0
# A Mongolian name opens with the father's name in the genitive (Ухнаагийн, Гомбожавын,
# Лувсаннамсрайн), which Russian text may decline further as a noun (с Ухнаагийном): the form
# in -н is the name's own, whatever the case.
_MONGOLIAN_GENITIVE = re.compile(r"(.{4,}(?:ийн|ын|айн))(а|у|ом|е)?", re.IGNORECASE)
_MONGOLIAN_CASES = {"": _CASES, "а": ("gent", "accs"), "у": ("datv",), "ом": ("ablt",), "е": ("loct",)}
# Endings of feminine given names in -ия that a dictionary may read as a masculine -ий name.
_IA_FORMS = (("ии", ("gent", "datv", "loct")), ("ией", ("ablt",)), ("ию", ("accs",)))
# The endings of a noun in -а (after a hard consonant) in the singular, their cases, and how much
# that reading is put above the dictionary's: a little where only a noun in -а has the ending,
# less where a noun in a consonant has it too (Веннеру, Песке).
_A_DECLENSION = (
    ("ой", ("ablt",), 0.05),
    ("а", ("nomn",), 0.05),
    ("ы", ("gent",), 0.05),
    ("е", ("datv", "loct"), -0.3),
    ("у", ("accs",), -0.3),
)


class PersonName:
    """A person's name in the nominative, with its parts and the grammatical gender."""

    __slots__ = ("family", "gender", "given", "initials", "name", "patronymic")

    def __init__(
        self,
        name: str,
        given: str | None,
        patronymic: str | None,
        family: str | None,
        gender: str | None,
        initials: str | None = None,
    ) -> None:
        self.name = name
        self.given = given
        self.patronymic = patronymic
        self.family = family
        self.gender = gender
        self.initials = initials


def _east_asian(word: str) -> bool:
    w = word.lower()
    return (
        w in _EAST_ASIAN_FAMILY
        or (len(w) > 2 and w[-1] in "аеуо" and w[:-1] in _EAST_ASIAN_FAMILY)
        or (w.endswith(("ом", "ым")) and w[:-2] in _EAST_ASIAN_FAMILY)
    )


def match_case(word: str, form: str) -> str:
    """``form`` (lower case) written with the capitalisation of ``word``."""
    if word.isupper() and len(word) > 1:
        return form.upper()
    if form == word.lower():
        return word
    if not word[:1].isupper():
        return form
    return "-".join(part[:1].upper() + part[1:] if part else part for part in form.split("-"))


def as_spelled(word: str, form: str) -> str:
    """``form`` of ``word`` with е for ё when the text writes the word without ё: the dictionary
    spells ``вертолётный``, a text that writes ``вертолетного`` keeps its е in the nominative."""
    if "ё" in form.lower() and "ё" not in word.lower():
        return form.replace("ё", "е").replace("Ё", "Е")
    return form


def _lexicon(name: str) -> frozenset[str]:
    import os

    from natasha.data import DICT_DIR

    path = os.path.join(DICT_DIR, name)
    with open(path, encoding="utf-8") as f:
        return frozenset(fold(line.split("#", 1)[0].strip()) for line in f if line.strip())


class NameForms:
    """Puts names and phrases in the nominative."""

    def __init__(self, morph: Morph) -> None:
        self.morph = morph
        self.first = _lexicon("first.txt")
        self.last = _lexicon("last.txt")
        self.person = lru_cache(maxsize=50_000)(self._person)
        # (word, slot) -> its readings: a word comes back in many names (Путин, Путина В.В. ...)
        self._readings = lru_cache(maxsize=50_000)(self._find_candidates)
        self.phrase = lru_cache(maxsize=50_000)(self._phrase)

    # ------------------------------------------------------------------ persons

    def _slots(self, words: Sequence[str]) -> list[str]:
        """Which part of a name each word is: ``given``, ``patronymic`` or ``family``."""
        n = len(words)
        if n == 1:
            return ["given"] if self._given_alone(words[0]) else ["family"]
        if n == 2:
            if _PATRONYMIC.search(words[1]) and not _PATRONYMIC.search(words[0]):
                return ["given", "patronymic"]
            if _east_asian(words[0]):
                return ["family", "given"]
            if (
                not self._is_given(words[0])
                and self._is_surname(words[0])
                and _SLAVIC_FAMILY.search(words[0])
                and self._is_given(words[1])
            ):
                return ["family", "given"]  # Иванов Иван; not Карлос Симон
            return ["given", "family"]
        if _east_asian(words[0]):
            return ["family"] + ["given"] * (n - 1)
        slots = ["given"] * n
        if _PATRONYMIC.search(words[-1]) and not self._is_given(words[0]):
            slots = ["family"] + ["given"] * (n - 2) + ["patronymic"]
        else:
            slots[-1] = "family"
            if _PATRONYMIC.search(words[-2]):
                slots[-2] = "patronymic"
        return slots

    def _is_surname(self, word: str) -> bool:
        """Whether the dictionary's best reading of a word is a family name."""
        parses = self.morph.parse(word)
        return bool(parses) and "Surn" in parses[0].tag

    def _given_alone(self, word: str) -> bool:
        """Whether a name written alone is a given name (``Егора``) rather than a family name."""
        name = surname = 0.0
        for p in self.morph.parse(word):
            if "Name" in p.tag and fold(p.normal_form) in self.first:
                name = max(name, p.score)
            if "Surn" in p.tag:
                surname = max(surname, p.score)
        return name > surname

    def _is_given(self, word: str) -> bool:
        w = fold(word)
        if w in self.first:
            return True
        for ending, _cases in _IA_FORMS:
            if w.endswith(ending) and w[: -len(ending)] + "ия" in self.first:
                return True
        return any("Name" in p.tag and fold(p.normal_form) in self.first for p in self.morph.parse(word))

    def _candidates(self, word: str, slot: str) -> list[tuple[str, str, str, float]]:
        """(nominative, case, gender, score) readings of one word of a name, read once a word
        and slot (a new list each call: the caller may add to it)."""
        return list(self._readings(word, slot))

    def _find_candidates(self, word: str, slot: str) -> tuple[tuple[str, str, str, float], ...]:
        out: list[tuple[str, str, str, float]] = []
        lexicon = self.first if slot == "given" else self.last if slot == "family" else frozenset()
        want = {"given": "Name", "family": "Surn", "patronymic": "Patr"}[slot]
        lower = word.lower()
        parses = self.morph.parse(word)
        known = any(p.is_known for p in parses)
        mongolian = _MONGOLIAN_GENITIVE.fullmatch(lower) if slot == "given" and not known else None
        if mongolian is not None:
            for c in _MONGOLIAN_CASES[mongolian.group(2) or ""]:
                out.extend((mongolian.group(1), c, g, 1.5) for g in ("masc", "femn"))
        if lower.endswith(_INDECLINABLE_END) and not lower.endswith(("ого", "его")) and not known:
            # A foreign name the dictionary does not know, ending in a vowel: most likely it
            # does not decline (Пелоси, Сейдзи, Саломе); case agreement decides. In -е it may
            # also be the dative or locative of a name in -а (Сирилу Рамафосе).
            in_a = lower[:-1] + "а"
            declined = lower.endswith("е") and any(
                p.normal_form == in_a and p.tag.case in ("datv", "loct") for p in parses
            )
            for c in _CASES:
                weak = declined and c in ("datv", "loct")
                out.extend((lower, c, g, 0.3 if weak else 0.6) for g in ("masc", "femn"))
                if weak:
                    out.extend((in_a, c, g, 0.5) for g in ("masc", "femn"))
        elif lower.endswith(("у", "ю")) and slot != "patronymic":
            # Нисипяну, Тору: a foreign name in -у may be indeclinable, or a dative (Бадру);
            # when the dictionary knows no name in it, keeping it as written is one reading
            named = any(want in p.tag or fold(p.normal_form) in lexicon for p in parses)
            if not named:
                out.extend((lower, c, g, 0.1) for c in _CASES for g in ("masc", "femn"))
        vowel_end = _VOWEL_END if slot == "family" else _VOWEL_END[3:]  # no given name ends in -ы
        if slot != "patronymic" and lower.endswith(vowel_end) and not known:
            # Unknown and ending in a vowel: in a case where it has no reading it stays as
            # written (Сирилом Рамафоса, Бадром Абдельатты) rather than ruling that case out;
            # a name in -а or -я as written is a plain nominative (Хорхе Ларрионда)
            nominative_as_written = lower.endswith(("а", "я"))
            for c in _CASES:
                score = 0.0 if nominative_as_written and c == "nomn" else -0.5
                out.extend((lower, c, g, score) for g in ("masc", "femn"))
        elif slot == "family" and not lower.endswith(_VOWEL_END) and lower[-1:].isalpha():
            # a woman's family name ending in a consonant does not decline (Джоанны Стингрей)
            out.extend((lower, c, "femn", -0.5) for c in _CASES)
        for p in parses:
            tag = p.tag
            if tag.POS not in ("NOUN", "ADJF") or tag.number == "plur" or tag.case == "voct":
                continue
            fixed = "Fixd" in tag
            nominative = lower if fixed else self._nominative(p)
            if nominative is None:
                continue
            if nominative != lower and fold(nominative) == fold(lower):
                nominative = lower  # pymorphy2 writes ё where the text has е (Бонер)
            stem = nominative[:-2]
            if (
                not p.is_known
                and nominative.endswith(("ец", "ок", "ек"))
                and lower.startswith(stem)
                and lower[len(stem) : len(stem) + 1] in ("ь", "й", nominative[-1])
                and lower[len(stem) : len(stem) + 2] != nominative[-2:]
            ):
                # no fleeting vowel in a foreign name: Шольцем is Шольц, not Шолец
                soft = lower[len(stem)] in "ьй"
                nominative = lower[: len(stem) + (2 if soft else 1)]
            # pymorphy2's guesses for unknown words spread a score over paradigms it made up:
            # weaker evidence than a dictionary reading
            score = (p.score if p.is_known else p.score / 2) + (1.0 if want in tag else 0.0)
            if slot == "given" and want not in tag and fold(nominative) not in lexicon:
                score /= 2  # a common noun is a poor reading of a given name (Тору is not Тора)
            if (
                not p.is_known
                and tag.case in ("nomn", "accs")
                and nominative == lower
                and lower.endswith(_INSTRUMENTAL_END)
            ):
                score -= 1.0  # an unknown name in -ом is an instrumental, not a nominative
            if fold(nominative) in lexicon:
                score += 0.7
            if tag.POS == "ADJF" and slot != "family":
                score -= 0.5
            gender = tag.gender
            genders = (
                ("masc", "femn")
                if fixed or "ms-f" in tag or gender not in ("masc", "femn")
                else (str(gender),)
            )
            cases: tuple[str, ...] = _CASES if fixed else (_case_group(tag.case),)
            for g in genders:
                for c in cases:
                    out.append((nominative, c, g, score))
            if (
                genders == ("femn",)
                and "Name" not in tag
                and "Surn" not in tag
                and nominative.endswith(("а", "я"))
            ):
                # a noun in -а declines alike for a man (Сирила Рамафосы, Рамафосе)
                out.extend((nominative, c, "masc", score - 0.2) for c in cases)
        if slot != "patronymic" and not known and lower.endswith("ом") and len(lower) > 5:
            # an unknown name in -ом that the guesser reads as an adjective (Хурэлсухом as if
            # тихом): it may be the instrumental of a man's name in a hard consonant
            out.append((lower[:-2], "ablt", "masc", 0.3))
        ov_in = _OV_IN_FORMS.fullmatch(lower) if slot == "family" else None
        if ov_in is not None:
            # Николая Денина, Константина Сомова: a family name built the Russian way declines
            # as one though the dictionary does not read it so (денина, сомовый)
            for c, g, tail in _OV_IN_CASES[ov_in.group(2)]:
                out.append((ov_in.group(1) + tail, c, g, 0.3))
        if slot == "given" and fold(lower) in self.first and lower.endswith(_INDECLINABLE_END):
            # a given name that the list has exactly as written (Саломе, Аркади): it does not decline
            out.extend((lower, c, g, 1.2) for c in _CASES for g in ("masc", "femn"))
        if slot == "given":
            for ending, ia_cases in _IA_FORMS:
                if lower.endswith(ending) and len(lower) > len(ending) + 1:
                    stem = lower[: -len(ending)] + "ия"
                    bonus = 1.6 if stem in self.first else 0.2
                    out.extend((stem, c, "femn", bonus) for c in ia_cases)
        if not out:
            # Unknown to the dictionary and indeclinable as far as we can tell: keep it.
            out = [(lower, c, g, 0.05) for c in _CASES for g in ("masc", "femn")]
        return tuple(out)

    def _nominative(self, p: Parse) -> str | None:
        if p.tag.case == "nomn":
            return str(p.word)
        grammemes = {"nomn", "sing"}
        gender = p.tag.gender
        if gender is not None and gender != "neut" and ("Surn" in p.tag or p.tag.POS == "ADJF"):
            grammemes.add(str(gender))
        try:
            form = p.inflect(grammemes)
        except (ValueError, KeyError, IndexError):  # pragma: no cover - pymorphy2 internals
            return None
        return None if form is None else str(form.word)

    def _reading(
        self, names: Sequence[str], slots: Sequence[str], favoured: dict[str, float]
    ) -> tuple[list[list[list[tuple[str, str, str, float]]]], dict[tuple[str, str], float]]:
        """Each word's readings, and how well each (case, gender) explains all the words (in
        the order of :data:`_CASES`, masculine first: the first best wins a tie)."""
        readings: list[list[list[tuple[str, str, str, float]]]] = []
        for word, slot in zip(names, slots, strict=True):
            pieces = word.split("-") if "-" in word and slot == "given" else [word]
            per_piece = [self._candidates(piece, slot) for piece in pieces]
            if slot == "family" and len(names) > 1:
                per_piece[-1].extend(self._a_declension(word, per_piece[-1]))
            for piece, piece_cands in zip(pieces[:-1], per_piece, strict=False):
                # Касым-Жомарту: the parts before the last may stay as written
                genders = {g for _n, c, g, _s in piece_cands if c == "nomn"}
                piece_cands.extend((piece.lower(), c, g, 0.0) for c in _CASES for g in genders)
            readings.append(per_piece)
        if len(names) > 2 and slots[0] == "family" and _east_asian(names[0]):
            # Ким Чен Ыном, Нгуеном Минь Ву: the given names before the last do not decline, nor
            # does a family name of the list as written (Ким): they say nothing of the case
            for i in range(len(names) - 1):
                if i > 0 or names[0].lower() in _EAST_ASIAN_FAMILY:
                    written = names[i].lower()
                    readings[i] = [[(written, c, g, 0.0) for c in _CASES for g in ("masc", "femn")]]
        # each word's (or piece's) best score in each case and gender, read once, not once a pair
        tops: list[dict[tuple[str, str], float]] = []
        for word_readings in readings:
            for cands in word_readings:
                top: dict[tuple[str, str], float] = {}
                for _n, c, g, s in cands:
                    if (c, g) not in top or s > top[c, g]:
                        top[c, g] = s
                tops.append(top)
        totals: dict[tuple[str, str], float] = {}
        for case in _CASES:
            for gender in ("masc", "femn"):
                total = 0.0
                for top in tops:
                    total += top.get((case, gender), -2.0)
                total += 0.01 if case == "nomn" else 0.0
                total += favoured.get(case, 0.0)
                if gender == "masc" and len(names) > 1 and _east_asian(names[0]):
                    total += 0.3  # their given names are not Russian: do not read -а as feminine
                totals[case, gender] = total
        return readings, totals

    def _a_declension(
        self, word: str, readings: Sequence[tuple[str, str, str, float]]
    ) -> list[tuple[str, str, str, float]]:
        """Кошта, Кошты, Кошту after a given name: a family name the dictionary knows only as a
        form of a thing's noun (кошт) is a foreign name in -а that declines as a noun in -а
        does, for a man too; read as well as the thing's noun, as sure where the ending is the
        noun's in -а alone (-а, -ы, -ой), less sure where a noun in a consonant has it too
        (-у, -е: Веннеру)."""
        lower = word.lower()
        parses = self.morph.parse(word)
        if not any(p.is_known for p in parses) or not _thing_only(parses):
            return []
        best = max((s for _n, _c, _g, s in readings), default=0.0)
        for ending, a_cases, above in _A_DECLENSION:
            if lower.endswith(ending) and len(lower) > len(ending) + 2:
                in_a = lower[: -len(ending)] + "а"
                score = best + above
                return [(in_a, c, g, score) for c in a_cases for g in ("masc", "femn")]
        return []

    def stray_words(self, words: Sequence[str]) -> int:
        """How many words at the start of a name of three or more words belong to what stands
        before it (``Мажлиса`` in ``спикером Мажлиса Нуриддином Исмоиловым``): words with no
        reading in any case in which the given and family name at the end read nearly as
        well as in their best one. That case must show in the family name's ending
        (``Исмоиловым``), not only in foreign words that may not decline (``Анибал Каваку
        Силва``); a short word may be a syllable of an East Asian name (``Сан Джин Пака``)."""
        if len(words) < 3 or not all(_is_cyrillic(w) and w.lower() not in _NOT_NAME_WORDS for w in words):
            return 0  # Усаму бин Ладена: the words before a link are a name of their own
        core = tuple(words[-2:])
        if self._slots(core) != ["given", "family"]:
            return 0
        _readings, totals = self._reading(core, ["given", "family"], {})
        case, gender = max(totals, key=totals.__getitem__)
        family = core[1].lower()
        if case == "nomn" or not any(
            c == case and g == gender and n != family for n, c, g, _s in self._candidates(core[1], "family")
        ):
            return 0
        # Екатерина Аталык Половникова: the core reads a little worse as a woman's nominative
        near = {cg for cg, total in totals.items() if total >= totals[case, gender] - _NEAR_READING}
        k = 0
        while (
            len(words) - k > 2
            and len(words[k]) >= 4
            and "-" not in words[k]
            and not any((c, g) in near for _n, c, g, _s in self._candidates(words[k], "given"))
        ):
            k += 1
        return k

    def _person(self, words: tuple[str, ...], context: tuple[tuple[str, float], ...] = ()) -> PersonName:
        """The name of ``words`` in the nominative. ``context`` gives (case, bonus) pairs: how
        much the words around the name favour reading it in that case (a preposition before
        it is grammar and weighs more than a verb after it)."""
        favoured = dict(context)
        initials = [w for w in words if _INITIAL.fullmatch(w)]
        names = [w for w in words if not _INITIAL.fullmatch(w)]
        particle = None
        linked = None
        if len(names) >= 2 and names[-2].lower() in _LINKS:
            # Мохаммеду бен Салману: the word after бен, ибн, аль is a name that declines
            linked = names[-2]
            names = names[:-2] + names[-1:]
        elif len(names) >= 2 and names[-2].lower() in _PARTICLES:
            # Ле Пен, ван Гог, фон дер Ляйен: the particles belong to the family name; the
            # word after them declines where the given names before them show their case
            # (Доминика де Вильпена, Лулой да Силвой); every word before them is a given name
            # (Барбарой Сейшас де Фрейтас)
            first = len(names) - 2
            while first > 0 and names[first - 1].lower() in _PARTICLES:
                first -= 1
            if first == 0:
                particle = " ".join(names)
                return PersonName(particle, None, None, particle, None)
            particle = " ".join(names[first:-1])
            names = names[:first] + names[-1:]
        if not names:
            text = " ".join(words)
            return PersonName(text, None, None, None, None, initials=text)
        # Л.Кудратов: one word after initials is the family name
        slots = ["family"] if initials and len(names) == 1 else self._slots(names)
        readings, totals = self._reading(names, slots, favoured)
        case, gender = max(totals, key=totals.__getitem__)
        out: list[str] = []
        for word, word_readings in zip(names, readings, strict=True):
            pieces = word.split("-") if len(word_readings) > 1 else [word]
            forms = []
            for piece, cands in zip(pieces, word_readings, strict=True):
                fitting = [(s, n) for n, c, g, s in cands if c == case and g == gender]
                form = max(fitting)[1] if fitting else piece.lower()
                forms.append(match_case(piece, form))
            out.append("-".join(forms))
        given = patronymic = family = None
        for form, slot in zip(out, slots, strict=True):
            if slot == "given" and given is None:
                given = form
            elif slot == "patronymic":
                patronymic = form
            elif slot == "family":
                family = form
        before = linked or particle  # ``бен`` or ``де`` before the last word (never both)
        if before is not None:
            if particle is not None and all(
                fold(f) == fold(w) for f, w in zip(out[:-1], names[:-1], strict=True)
            ):
                # Висенте дель Боске: no given name before shows a case, so neither does it
                out[-1] = names[-1]
            out[-1] = f"{before} {out[-1]}"
            if slots[-1] == "family":
                family = out[-1]
        if slots[0] == "family" and _east_asian(names[0]) and len(names) > 1:
            name = " ".join(out)
            return PersonName(name, " ".join(out[1:]) or None, None, out[0], gender, initials=None)
        ordered = [f for f, s in zip(out, slots, strict=True) if s == "given"]
        if patronymic:
            ordered.append(patronymic)
        if family:
            ordered.append(family)
        prefix = "".join(initials)
        name = " ".join(ordered)
        if prefix:
            name = f"{prefix} {name}"
        return PersonName(name, given, patronymic, family, gender, initials=prefix or None)

    # ------------------------------------------------------------------ phrases

    def _phrase(self, words: tuple[str, ...], lemma: str | None = None) -> str:
        """The phrase with its head noun and the adjectives before it in the nominative.

        With ``lemma``, the head is read as that word (``политика`` as ``политик``, not
        ``политика``) and put in the singular: a person's title names one holder
        (``адвокаты`` → ``адвокат``).
        """
        if not words:
            return ""
        if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
            return words[0]  # an acronym: ПАСЕ, МАГАТЭ do not decline
        if lemma is None and len(words) == 1 and _is_cyrillic(words[0]) and words[0][:1].isalpha():
            return self._single(words[0])
        head = self._head(words, lemma)
        if head is None:
            return " ".join(words)
        i, noun, adjectives = head
        number = "sing" if lemma is not None else noun.tag.number or "sing"
        out = []
        for w, adj in zip(words[:i], adjectives, strict=True):
            grammemes = {"nomn", number}
            if number == "sing" and noun.tag.gender is not None:
                grammemes.add(str(noun.tag.gender))
            form = _inflect(adj, grammemes)
            out.append(as_spelled(w, match_case(w, form)) if form else w)
        same = noun.tag.case == "nomn" and (noun.tag.number or "sing") == number
        nominative = str(noun.word) if same else _inflect(noun, {"nomn", number})
        out.append(as_spelled(words[i], match_case(words[i], nominative)) if nominative else words[i])
        out.extend(words[i + 1 :])
        return " ".join(out)

    def _head(
        self, words: tuple[str, ...], lemma: str | None = None
    ) -> tuple[int, Parse, list[Parse]] | None:
        """The head noun (index, reading) and the readings of the adjectives agreeing before it;
        with ``lemma``, the last word is the head and only its readings as ``lemma`` count."""
        for i, w in enumerate(words[:6]):
            if not _is_cyrillic(w) or not w[:1].isalpha():
                return None
            parses = self.morph.parse(w)
            nouns = [p for p in parses if p.tag.POS == "NOUN"]
            if lemma is not None:
                if i < len(words) - 1:
                    continue
                nouns = [p for p in nouns if p.normal_form.replace("ё", "е") == lemma]
            for noun in sorted(nouns, key=lambda p: (p.tag.number != "sing", "Geox" not in p.tag, -p.score)):
                adjectives = self._agreeing(words[:i], noun)
                if adjectives is not None:
                    if i + 1 < len(words) and self._prefers_adjective(w, words[i + 1]):
                        break
                    return i, noun, adjectives
            if not any(p.tag.POS in ("ADJF", "PRTF") for p in parses):
                return None
        return None

    def _prefers_adjective(self, word: str, following: str) -> bool:
        """``Константиновском дворце``: a word that agrees as an adjective with a noun after it
        (or with an adjective after it: ``Брукхейвенской национальной лаборатории``)."""
        nxt = [p for p in self.morph.parse(following) if p.tag.POS in ("NOUN", "ADJF")]
        for p in self.morph.parse(word):
            if p.tag.POS in ("ADJF", "PRTF"):
                for n in nxt:
                    if (
                        p.tag.case == n.tag.case
                        and p.tag.number == n.tag.number
                        and (n.tag.number == "plur" or p.tag.gender == n.tag.gender)
                    ):
                        return True
        return False

    def _agreeing(self, words: Sequence[str], noun: Parse) -> list[Parse] | None:
        out = []
        for w in words:
            found = None
            for p in self.morph.parse(w):
                if p.tag.POS not in ("ADJF", "PRTF", "NUMR") or p.tag.case != noun.tag.case:
                    continue
                if p.tag.number != noun.tag.number and p.tag.POS != "NUMR":
                    continue
                common = "ms-f" in noun.tag and p.tag.gender in ("masc", "femn")  # первым судьей
                if (
                    noun.tag.number == "sing"
                    and p.tag.gender is not None
                    and p.tag.gender != noun.tag.gender
                    and not common
                ):
                    continue
                found = p
                break
            if found is None:
                return None
            out.append(found)
        return out

    def _single(self, word: str) -> str:
        """A one-word place name: prefer readings as a geographical name (``Астане`` → ``Астана``)."""
        parses = self.morph.parse(word)
        known = any(p.is_known for p in parses)
        lower = word.lower()
        if not known and lower.endswith(("и", "о", "э")) and not lower.endswith(("ии", "ьи")):
            return word  # a foreign place the dictionary does not know: Кушадаси, Бордо
        # for an unknown word pymorphy2's Geox is a guess too: a place name in -е is more
        # often the locative of one ending in a consonant (в Ньюпорте, в Тусоне)
        ranked = sorted(
            (p for p in parses if p.tag.POS == "NOUN"),
            key=lambda p: (
                (("Geox" in p.tag) + ("Orgn" in p.tag)) if known else 0,
                known or not p.normal_form.endswith(("а", "я", "ь")),
                ("Geox" in p.tag) + ("Orgn" in p.tag),
                p.score,
            ),
            reverse=True,
        )
        for p in ranked:
            if "Fixd" in p.tag:
                return word
            form = str(p.word) if p.tag.case == "nomn" else _inflect(p, {"nomn", p.tag.number or "sing"})
            if form:
                return match_case(word, form)
        return word


def _thing_only(parses: Sequence[Parse]) -> bool:
    """Whether every noun reading of a word is of an inanimate noun that names no one."""
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    return bool(nouns) and all(
        "inan" in p.tag and "Name" not in p.tag and "Surn" not in p.tag and "Geox" not in p.tag for p in nouns
    )


def _is_cyrillic(word: str) -> bool:
    return any("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in word)


def _inflect(p: Parse, grammemes: set[str]) -> str | None:
    return _inflected(p, frozenset(grammemes))


@lru_cache(maxsize=1 << 15)  # a reading and grammemes give one form: the same heads come back
def _inflected(p: Parse, grammemes: frozenset[str]) -> str | None:
    try:
        form = p.inflect(set(grammemes))
    except (ValueError, KeyError, IndexError):  # pragma: no cover - pymorphy2 internals
        return None
    if form is not None and "Supr" in p.tag:
        # a superlative's lexeme holds several (высший, высочайший under высокий): keep the
        # one written, the form that shares the most letters with the word
        forms = [f for f in p.lexeme if grammemes <= f.tag.grammemes and "Supr" in f.tag]
        form = max(forms, key=lambda f: (_shared_prefix(f.word, p.word), f is form), default=form)
    return None if form is None else str(form.word)


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _case_group(case: str | None) -> str:
    """pymorphy2's second genitive, locative and vocative folded into the six main cases."""
    return {
        "gen2": "gent",
        "gen1": "gent",
        "loc2": "loct",
        "loc1": "loct",
        "voct": "nomn",
        "acc2": "accs",
    }.get(case or "", case or "nomn")
