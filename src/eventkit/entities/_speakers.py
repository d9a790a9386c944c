"""Who said it: a quote's speaker as written (a name, a pronoun, a title) → a person id.

This needs no NLP models: names are matched by their stems, pronouns by gender (told from the
person's names), titles by their head word and country. Each rule prefers the person mentioned
last before the quote, which is how a reader resolves ``— сказал он``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

import attrs

from ..lexicon import fold, table
from ..model import Mention, Person, Quote, QuoteKind, Span
from ..text._words import is_outlet_name, is_role_word, is_source_noun, names_body_first
from ._gender import gender_of, pronoun_gender
from .ru import _roles, _venues

__all__ = ["gender_of", "resolve_speakers"]

_LATIN = re.compile(r"[A-Za-z]")
_ENGLISH_PRONOUNS = frozenset({"he", "him", "she", "her"})
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SURNAME_END = re.compile(r"(ий|ый|ой|ая|а|я|й|ь)$")
# Words that name a kind of office rather than the office: ``российский лидер`` is whoever leads
# Russia in the article, ``китайский дипломат`` whoever represents China abroad (the ``generic``
# rows of the ``title_words`` table, each with a head it stands for).
_GENERIC_TITLES = table("title_words").grouped("word", "means", lang="ru", part="generic")
# and in English: ``the Kazakh leader`` is whoever leads Kazakhstan in the text
_ENGLISH_GENERIC = table("title_words").grouped("word", "means", lang="en", part="generic")
# Words that refer back to someone just quoted rather than name an office: ``— добавил эксперт``
# (the ``speaker_anaphor`` list of the ``word_lists`` table, in their case forms by prefix).
_ANAPHOR_STEMS = tuple(sorted(table("word_lists").words(lang="ru", list="speaker_anaphor")))
_SINGULAR = frozenset({"", "ь", "а", "я", "у", "ю", "ом", "ем", "е"})
"""The singular endings after such a stem: ``эксперты`` are many, and no one quoted before."""
# ``в свою очередь``, ``in turn`` (the ``in_turn`` list) after a speaker: one other than the one quoted before
_IN_TURN = re.compile(
    r"\s*,\s*(?:"
    + "|".join(
        r"\s+".join(map(re.escape, w.split())) for w in sorted(table("word_lists").words(list="in_turn"))
    )
    + r")\s*,",
    re.IGNORECASE,
)
# Words that say the speaker goes unnamed (``неназванный представитель``, ``анонимный источник``)
_UNNAMED_STEMS = tuple(sorted(table("word_lists").words(lang="ru", list="unnamed_modifier")))
# Words that stress the one named after them (``Сам Кимура``): no noun whose owner is named
_EMPHATIC = table("word_lists").words(lang="ru", list="speaker_emphatic")
# Cues after which the speaker stands in an oblique case (``По словам Ушакова``, ``приводит слова
# Сото``): elsewhere the speaker is the subject, in the nominative
_OBLIQUE_CUES = frozenset({"по"}) | table("word_lists").words(lang="ru", list="citing_verb")
# ``глава МИД`` holds the office of a minister (the ``title_aliases`` table): head → (complement, means)
_ALIASES: dict[str, list[tuple[str, str]]] = {}
for _row in table("title_aliases").where(lang="ru"):
    _ALIASES.setdefault(_row[1], []).append((_row[2], _row[3]))


_ADJECTIVE_ENDINGS = ("ого", "его", "ой", "ей", "ий", "ый", "ая", "ое", "ую", "ым", "им", "ом", "ем")


def _title_heads(words: Sequence[str]) -> list[str]:
    """The head words of a title's words, each with the office it names with the word after it
    put first (``главы МИД Армении``: ``министр``, ``глава``)."""
    heads: list[str] = []
    skip = 0
    for i, word in enumerate(words):
        if i < skip:
            continue  # inside an office named by several words: not an office of its own
        head = _roles.head_of(word)
        if head is None:
            continue
        following = [fold(w).lower() for w in words[i + 1 : i + 3]]
        # the next word, or the one after an adjective (``глава российского МИД``)
        after = following[:]
        if len(after) == 2 and not after[0].endswith(_ADJECTIVE_ENDINGS):
            after.pop()
        for complement, means in _ALIASES.get(head, ()):
            parts = complement.split()
            if len(parts) > 1:
                # several words in a row (``заместитель председателя правительства``)
                ahead = following[: len(parts)]
                fits = len(ahead) == len(parts)
                if fits and all(w.startswith(c) for w, c in zip(ahead, parts, strict=True)):
                    heads.append(means)
                    skip = i + 1 + len(parts)
            elif any(w.startswith(complement) for w in after):
                heads.append(means)
        heads.append(head)
    return heads


def _stem(name: str) -> str:
    lower = fold(name)
    stem = _SURNAME_END.sub("", lower)
    return stem if len(stem) >= 3 else lower


def _names_match(word: str, name: str | None) -> bool:
    if not name:
        return False
    w = fold(word)
    stem = _stem(name)
    return w == fold(name) or (w.startswith(stem) and len(w) - len(stem) <= 3)


_LOCATE_WITHIN = 400
"""How far from its quote a speaker's name, as written, is looked for (characters)."""


def _locate(text: str, quote: Quote) -> int:
    """Where the speaker is written: its occurrence nearest to the quote, else the quote."""
    written = quote.speaker_text
    if not written:
        return quote.span.start
    if quote.cue:
        # "Europe, he said, ...": an attribution inside the speech, the speaker right before the cue
        inside = re.compile(rf"(?<!\w){re.escape(written)}\s+{re.escape(quote.cue)}(?!\w)")
        m = inside.search(text, quote.span.start, quote.span.end)
        if m is not None:
            return m.start()
    best = None
    reach = _LOCATE_WITHIN + len(written)  # no farther occurrence can be near enough
    pattern = re.compile(rf"(?<!\w){re.escape(written)}(?!\w)")  # a word of its own: no ``he`` in ``the``
    for m in pattern.finditer(text, max(0, quote.span.start - reach), quote.span.end + reach):
        if m.start() >= quote.span.end:
            distance = m.start() - quote.span.end
        elif m.end() <= quote.span.start:
            distance = quote.span.start - m.end()
        else:
            continue
        if best is None or distance < best[0]:
            best = (distance, m.start())
    return best[1] if best is not None and best[0] <= _LOCATE_WITHIN else quote.span.start


class _Group(NamedTuple):
    """Some persons: their mention ends as ``(end, person)``, sorted, the one mentioned first, and
    the persons themselves."""

    ends: list[tuple[int, int]]
    earliest: int | None
    members: frozenset[int]


class _People:
    """The article's persons with everything the rules ask of them, looked up once.

    A quote's speaker is matched against these indexes instead of every person and every
    mention, so that resolving all the quotes of a long text takes time linear in it.
    """

    def __init__(self, persons: Sequence[Person]) -> None:
        self.persons = persons
        self.index = {p.id: k for k, p in enumerate(persons)}
        self.genders = [gender_of(p) for p in persons]
        # each person's mention ends, sorted, and first mention start
        self.ends = [sorted(m.span.end for m in p.mentions) for p in persons]
        self.first = [min((m.span.start for m in p.mentions), default=1 << 62) for p in persons]
        # every mention by start, with the furthest end so far, for the mentions at a place
        spans = sorted((m.span.start, m.span.end, k) for k, p in enumerate(persons) for m in p.mentions)
        self.spans = spans
        self.span_starts = [a for a, _, _ in spans]
        self.reach = list(itertools.accumulate((b for _, b, _ in spans), max))
        # the mention ends of the persons of each gender (m, f, None), for pronouns
        self.by_gender: dict[str | None, _Group] = {}
        for gender in ("m", "f", None):
            self.by_gender[gender] = self._group([k for k, g in enumerate(self.genders) if g == gender])
        # persons by the forms of a family, last or given name that a word may match
        self.family = _NameIndex(p.family_name for p in persons)
        self.last_word = _NameIndex((p.name.split() or [""])[-1] for p in persons)
        self.given = _NameIndex(p.given_name for p in persons)
        # persons by the head words of their titles: the first head, and any head
        self.role_heads: list[list[tuple[list[str], str | None]]] = []
        self.by_first_head: dict[str, list[int]] = {}
        self.by_any_head: dict[str, list[int]] = {}
        for k, p in enumerate(persons):
            roles = []
            for role in p.roles:
                heads = _title_heads(role.title.split())
                roles.append((heads, role.country))
                if heads:
                    self.by_first_head.setdefault(heads[0], []).append(k)
                for h in heads:
                    self.by_any_head.setdefault(h, []).append(k)
            self.role_heads.append(roles)
        self._english_heads: dict[str, list[int]] | None = None
        self._groups: dict[object, _Group] = {}

    def at(self, start: int, end: int) -> list[tuple[int, int]]:
        """``(person, furthest end)`` of the persons with a mention sharing a position with
        ``[start, end)``, in the persons' order."""
        found: dict[int, int] = {}
        i = bisect.bisect_left(self.span_starts, end) - 1
        while i >= 0 and self.reach[i] > start:
            _start, b, k = self.spans[i]
            if b > start:
                found[k] = max(found.get(k, b), b)
            i -= 1
        return sorted(found.items())

    def last_before(self, k: int, offset: int) -> int:
        ends = self.ends[k]
        i = bisect.bisect_right(ends, offset)
        return ends[i - 1] if i else -1

    def nearest(self, candidates: Sequence[int], offset: int) -> Person | None:
        """The candidate mentioned last before ``offset`` (else the first one mentioned at all);
        of two mentioned last at one place, the first person."""
        if not candidates:
            return None
        ranked = max(candidates, key=lambda k: (self.last_before(k, offset), -k))
        if self.last_before(ranked, offset) >= 0:
            return self.persons[ranked]
        return self.persons[min(candidates, key=lambda k: (self.first[k], k))]

    def of_gender(self, gender: str) -> list[int]:
        """The persons of ``gender`` or of no known gender."""
        return [k for k, g in enumerate(self.genders) if g in (gender, None)]

    def nearest_of_gender(self, gender: str | None, offset: int) -> Person | None:
        """The person of ``gender`` mentioned last before ``offset`` (else first mentioned)."""
        return self.nearest_in(self.by_gender[gender], offset)

    def group(self, key: object, members: Callable[[], list[int]]) -> _Group:
        """The mention ends of a group of persons (made by ``members`` once per ``key``)."""
        found = self._groups.get(key)
        if found is None:
            found = self._groups[key] = self._group(members())
        return found

    def _group(self, members: list[int]) -> _Group:
        ends = sorted((e, k) for k in members for e in self.ends[k])
        first = min(members, key=lambda k: (self.first[k], k)) if members else None
        return _Group(ends, first, frozenset(members))

    def nearest_in(self, group: _Group, offset: int) -> Person | None:
        """:meth:`nearest` of a group made by :meth:`group`, in O(log n)."""
        ends, earliest, _ = group
        if earliest is None:
            return None
        i = bisect.bisect_right(ends, (offset, 1 << 62))
        if i:
            last = ends[i - 1][0]
            return self.persons[ends[bisect.bisect_left(ends, (last, -1))][1]]
        return self.persons[earliest]

    def english_holders(self, head: str) -> list[int]:
        if self._english_heads is None:
            from .en._recognizer import title_head

            self._english_heads = {}
            for k, p in enumerate(self.persons):
                for h in {title_head(r.title) for r in p.roles}:
                    if h is not None:
                        self._english_heads.setdefault(h, []).append(k)
        return self._english_heads.get(head, [])


class _NameIndex:
    """Persons by a name of theirs, for :func:`_names_match`: by the name itself and by its stem."""

    def __init__(self, names: Iterable[str | None]) -> None:
        self.names: list[str | None] = []
        self._index: dict[str, list[int]] = {}
        for k, name in enumerate(names):
            self.names.append(name)
            if name:
                for key in {fold(name), _stem(name)}:
                    self._index.setdefault(key, []).append(k)

    def matching(self, words: Sequence[str]) -> list[int]:
        """The persons whose name one of ``words`` matches, in the persons' order."""
        found: set[int] = set()
        for word in words:
            w = fold(word)
            for cut in range(4):  # a stem is the word less an ending of at most three letters
                if cut < len(w):
                    for k in self._index.get(w[: len(w) - cut], ()):
                        if _names_match(word, self.names[k]):
                            found.add(k)
        return sorted(found)


def _nominative_of(persons: Sequence[Person], mention: Mention) -> str:
    """The person's name as the mention would read in the nominative: the whole name, the family
    or the given name, whichever the mention has as many words as."""
    person = next(p for p in persons if mention in p.mentions)
    n = len(mention.text.split())
    forms = [person.name, person.family_name or "", person.given_name or ""]
    return next((f for f in forms if len(f.split()) == n), person.name)


def _speaker(
    text: str,
    quote: Quote,
    people: _People,
    previous: Person | None = None,
    previous_at: int = -1,
    unnamed_at: int = -1,
) -> Person | None:
    written = (quote.speaker_text or "").strip()
    if not written:
        return None
    persons = people.persons
    if len(written.split()) > 1 and is_source_noun(fold(written.split()[0])):
        return None  # ``источник в правительстве``, ``собеседник “Ъ”``: someone unnamed
    if any(fold(w).lower().startswith(_UNNAMED_STEMS) for w in written.split()[:3]):
        return None  # ``неназванный представитель министерства``: not one the text names
    at = _locate(text, quote)
    end = at + len(written)
    inside = people.at(at, end) if at != quote.span.start else []
    if names_body_first(written) and not any(
        m.text in (persons[k].name, persons[k].family_name)
        for k, _ in inside
        for m in persons[k].mentions
        if at <= m.span.start and m.span.end <= end
    ):
        return None  # ``пресс-служба президента Токаева``: a body speaks, not the person it serves
    if (
        inside
        and quote.paragraph is None
        and not any(m.span.start == at for k, _ in inside for m in persons[k].mentions)
    ):
        return None  # a headline's ``Отравление Скрипаля: ...`` is a topic, not a speaker
    cue = (quote.cue or "").lower().split()
    first = written.split()[0]
    titled = is_role_word(first) or fold(first).lower() in _roles.OCCUPATIONS
    by_name = True  # whether a name written in the speaker may name the speaker
    named = [m for k, _ in inside for m in persons[k].mentions if at <= m.span.start and m.span.end <= end]
    # a noun and one name after it: ``Отец Сингха сказал``, ``Защита Мюррея настаивала``, as a title
    noun_first = (
        len(written.split()) == 2
        and len(named) == 1
        and named[0].span.start > at
        and fold(first).lower() not in _EMPHATIC  # ``Сам Кимура`` is Кимура
    )
    if inside and cue and cue[0] not in _OBLIQUE_CUES and (titled or noun_first) and not written.isascii():
        # ``Адвокат Насира заявил``: the subject of a speech verb is in the nominative, and the
        # one named in the genitive after a title is not the one speaking
        opening = [m for m in named if m.span.start == at and is_role_word(m.text.split()[0])]
        if opening:
            # ``президент Узбекистана сказал``: the title itself is a mention of its holder
            return next(p for p in persons if opening[0] in p.mentions)
        if named and all(fold(m.text) != fold(_nominative_of(persons, m)) for m in named):
            # ``помощник президента Азербайджана``: not the one named, maybe the holder of the title
            inside, by_name = [], False
    if inside:
        # English puts the speaker's name last (``Sisi's spokesman Ahmed Fahmy``)
        if written.isascii():
            return persons[max(inside, key=lambda pair: (pair[1], -pair[0]))[0]]

        def first_mention(k: int) -> int:
            return min((m.span.start for m in persons[k].mentions if at <= m.span.start < end), default=end)

        candidates = [k for k, _ in inside]
        if cue and cue[0] not in _OBLIQUE_CUES and len(candidates) > 1:
            # the subject of a speech verb is in the nominative: ``поддерживающий Петрова
            # депутат Иван Серов заявил`` is Серов's, not Петров's
            def nominative(k: int) -> bool:
                within = (m for m in persons[k].mentions if at <= m.span.start and m.span.end <= end)
                return any(fold(m.text) == fold(_nominative_of(persons, m)) for m in within)

            candidates = [k for k in candidates if nominative(k)] or candidates
        # Russian puts the speaker first: ``Токаев Путину: ...`` is Tokayev's
        return persons[min(candidates, key=lambda k: (first_mention(k), k))]
    words = _WORD.findall(written)
    lowered = [w.lower() for w in words]
    before = min(at, quote.span.start)
    # a pronoun: the nearest person of that gender before the quote
    for w in lowered:
        gender = pronoun_gender(w)
        if gender is not None:
            if w in _ENGLISH_PRONOUNS:
                # foreign names often leave the gender open: the nearest of that gender or unknown
                group = people.group(("pronoun", gender), lambda g=gender: people.of_gender(g))  # type: ignore[misc]
                found = people.nearest_in(group, before)
            elif people.by_gender[gender].earliest is not None:
                found = people.nearest_of_gender(gender, before)
            else:
                found = people.nearest_of_gender(None, before)  # foreign names often leave it open
                if found is None:
                    # no one of that gender: a foreign name's gender was told wrong (``Ингрид``)
                    anyone = people.group("anyone", lambda: list(range(len(persons))))
                    found = people.nearest_in(anyone, before)
            found = _quoted_last(people, found, previous, previous_at, before, gender)
            if found is not None and previous_at < unnamed_at <= before:
                k_found = people.index.get(found.id)
                if k_found is not None and people.last_before(k_found, before) < unnamed_at:
                    # ``"...," said one ambassador. China, he noted, ...``: the one quoted just
                    # before, whom the text does not name, not one named before his quote
                    return None
            return found
    # a name: by family name, else by given name
    capitalised = [w for w in words if w[:1].isupper()] if by_name else []
    if quote.paragraph is None:
        capitalised = (
            capitalised[:1] if words and capitalised[:1] == words[:1] else []
        )  # a headline's speaker opens it
    if capitalised:
        by_family = people.family.matching(capitalised)
        if not by_family:
            by_family = people.last_word.matching(capitalised)
        if by_family:
            return people.nearest(by_family, before)
        by_given = people.given.matching(capitalised)
        if by_given:
            return people.nearest(by_given, before)
    # a title: its head word, and the country when the title gives one
    heads = _title_heads(lowered)
    heads += [g for g in _GENERIC_TITLES for w in lowered if w.startswith(g) and g not in heads]
    if not heads and written.isascii():
        return _english_holder(written, people, before, previous, previous_at)
    if heads:
        country = None
        for w in words:
            c = _venues.country_by_adjective(w.lower()) if w.islower() or w is words[0] else None
            c = c or _venues.country_by_name_or_genitive(w)
            if c is not None:
                country = c.code
                break
        head = heads[0]

        generic = head in _GENERIC_TITLES
        offices = _GENERIC_TITLES[head] if generic else frozenset({head})

        def holders() -> list[int]:
            if generic:  # the office itself: the title's first head
                possible = {k for title in offices for k in people.by_first_head.get(title, ())}
            else:
                possible = set(people.by_any_head.get(head, ()))
            # a holder of the office in that very country first, then its holder by the
            # ``officials`` table, else one whose country is not said; with no country given,
            # first one whose title names some country (``Глава государства`` is a country's
            # president, not a bank's)
            passes: list[Callable[[str | None], bool] | None] = (
                [lambda c: c == country, None, lambda c: c in (None, country)]
                if country is not None
                else [lambda c: c is not None, lambda c: True]
            )
            for fits in passes:
                if fits is None:
                    found = _official_holders(people, offices, country)
                    if found:
                        return found
                    continue
                found = []
                for k in sorted(possible):
                    if (
                        country is not None
                        and fits(None)
                        and any(c not in (None, country) for _, c in people.role_heads[k])
                    ):
                        continue  # ``азербайджанского министра``: not one who serves another country
                    for role_heads, role_country in people.role_heads[k]:
                        if generic:
                            held = bool(role_heads) and role_heads[0] in offices
                        else:
                            held = head in role_heads
                        if held and fits(role_country):
                            found.append(k)
                            break
                if found:
                    return found
            return []

        group = people.group(("ru", head, country), holders)
        nearest = people.nearest_in(group, before)
        found = _rather_previous(people, group, nearest, previous, previous_at, before)
        in_turn = _IN_TURN.match(text, at + len(written))
        if found is not None and found is previous and 0 <= previous_at <= at and in_turn:
            # ``Белорусский министр, в свою очередь, сообщил``: the other holder answers
            others = sorted(k for k in group.members if persons[k] is not previous)  # a set: each once
            found = people.nearest(others, before)
        if found is not None:
            return found
    if any(
        w[: len(stem)] == stem and w[len(stem) :] in _SINGULAR for w in lowered for stem in _ANAPHOR_STEMS
    ):
        if at != quote.span.start and _outlet_after(text, at + len(written)):
            return None  # ``— сказал собеседник агентства``: the outlet's unnamed source
        return previous  # ``— добавил эксперт``: the one quoted just before
    return None


_AFTER_SPEAKER = re.compile(r"\s*([«“„\"]|[^\W\d_]+(?:\s+[^\W\d_]+)?)")


def _outlet_after(text: str, end: int) -> bool:
    """Whether an outlet follows the speaker ending at ``end``: a name in quote marks (``“Ъ”``),
    a known outlet or a noun that names one (``агентства``, ``издания``, ``Reuters``)."""
    m = _AFTER_SPEAKER.match(text, end, end + 60)
    if m is None:
        return False
    after = m.group(1)
    return after in '«“„"' or is_outlet_name(after)


def _official_holders(people: _People, offices: frozenset[str], country: str | None) -> list[int]:
    """The persons of the article who hold one of ``offices`` in ``country`` by the ``officials``
    table (``российский президент`` when the text gave the president no title of its own)."""
    if country is None:
        return []
    found: set[int] = set()
    for family, (_given, title, official_country) in _roles.OFFICIALS.items():
        heads = _title_heads(title.split())
        if official_country == country and heads and heads[0] in offices:
            found.update(k for k in people.family.matching([family]) if people.family.names[k] is not None)
    return sorted(found)


def _english_holder(
    written: str, people: _People, before: int, previous: Person | None = None, previous_at: int = -1
) -> Person | None:
    """``the prime minister``, ``the Russian minister``: the holder of a title with that head."""
    from .en._places import country_code
    from .en._recognizer import title_head

    head = title_head(written)
    if head is None:
        return None
    country = next((c for c in map(country_code, _WORD.findall(written)) if c), None)
    heads = _ENGLISH_GENERIC.get(head, frozenset({head}))

    def holders() -> list[int]:
        possible = sorted({k for h in heads for k in people.english_holders(h)})
        # a holder of the title for that very country first, else one whose country is not said
        for allowed in ((country,), (None, country)) if country is not None else ((None,),):
            found = [
                k
                for k in possible
                if any(
                    title_head(r.title) in heads and (country is None or r.country in allowed)
                    for r in people.persons[k].roles
                )
            ]
            if found:
                return found
        return []

    group = people.group(("en", head, country), holders)
    return _rather_previous(people, group, people.nearest_in(group, before), previous, previous_at, before)


def _quoted_last(
    people: _People,
    found: Person | None,
    previous: Person | None,
    previous_at: int,
    before: int,
    gender: str,
) -> Person | None:
    """The one quoted just before rather than ``found`` for a pronoun of his gender, when ``found``
    was last named before that quote: ``«...», — сказал Мендес, пожав руку Петрову. «...», —
    добавил он`` is Мендес's, the quote itself being the last mention of him."""
    return _previous_if(
        people, found, previous, previous_at, before, lambda k: people.genders[k] in (gender, None)
    )


def _rather_previous(
    people: _People,
    group: _Group,
    found: Person | None,
    previous: Person | None,
    previous_at: int,
    before: int,
) -> Person | None:
    """The one quoted just before rather than ``found``, when he holds the title too and was
    quoted after ``found`` was last named: ``«...», — сказал Мендес. По словам дипломата, ...`` is
    Мендес's, though the other minister was named after Мендес's own last mention."""
    return _previous_if(people, found, previous, previous_at, before, group.members.__contains__)


def _previous_if(
    people: _People,
    found: Person | None,
    previous: Person | None,
    previous_at: int,
    before: int,
    fits: Callable[[int], bool],
) -> Person | None:
    """``previous`` (quoted at ``previous_at``) rather than ``found`` when the one quoted before
    ``fits`` (by his index among the persons) and ``found`` was last named before that quote."""
    if found is None or previous is None or previous is found or not 0 <= previous_at <= before:
        return found
    k_previous = people.index.get(previous.id)
    k_found = people.index.get(found.id)
    if k_previous is None or k_found is None or not fits(k_previous):
        return found
    return previous if people.last_before(k_found, before) < previous_at else found


_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{3})[.!?…]\s+(?=[«\"„“]?[A-ZА-ЯЁ])")
"""A full stop (or ``!``, ``?``) after a word and before a capital: a new sentence starts."""


def _before_narration(text: str, quote: Quote, speaker: Person) -> Quote:
    """Reported speech cut where the narration starts: at the sentence that names its own speaker.

    ``Премьер заявил, что ... к 2030 году. В четверг Мишустина примет ...``: one does not name
    oneself in one's own reported words, so from that sentence on the reporter speaks again.
    """
    if quote.kind is QuoteKind.DIRECT:
        return quote
    start, end = quote.span.start, quote.span.end
    named = [m.span.start for m in speaker.mentions if start < m.span.start and m.span.end <= end]
    if not named:
        return quote
    cut = None
    for m in _SENTENCE_END.finditer(text, start, min(named)):
        cut = m.start()
    if cut is None:
        return quote
    while cut > start and text[cut - 1].isspace():
        cut -= 1
    return attrs.evolve(quote, text=text[start:cut], span=Span(start=start, end=cut))


def resolve_speakers(text: str, quotes: Sequence[Quote], persons: Sequence[Person]) -> tuple[Quote, ...]:
    """The quotes with ``speaker`` set to the id of the person each one's speaker refers to.

    A speaker given by name is matched by family or full name in any case (``Лаврова``), a
    pronoun (``он``, ``ее``) to the nearest person of that gender mentioned before the quote,
    and a title (``казахстанского министра``) to the person holding that role; in English,
    ``he``/``she`` and titles such as ``the prime minister`` alike. Quotes that
    already have a speaker, or whose speaker cannot be told, are returned unchanged.

    :param text: the article's text, which the quotes' and persons' spans point into.
    :param quotes: the quotes, with their speakers as written.
    :param persons: the article's persons.
    :returns: the quotes in the same order.
    """
    people = _People(persons)
    by_id = {p.id: p for p in persons}
    out = list(quotes)
    previous: Person | None = None  # the speaker of the quote before, in text order
    previous_at = -1  # where that quote ends
    unnamed_at = -1  # where the last quote of someone unnamed (``an official``) ends
    for k in sorted(range(len(out)), key=lambda k: out[k].span.start):
        q = out[k]
        if q.speaker is None:
            p = _speaker(text, q, people, previous, previous_at, unnamed_at)
            if p is not None:
                q = out[k] = _before_narration(text, attrs.evolve(q, speaker=p.id), p)
        if q.speaker in by_id:
            previous, previous_at = by_id[q.speaker or ""], q.span.end
        elif _unnamed_person(q.speaker_text):
            unnamed_at = q.span.end
    return tuple(out)


def _unnamed_person(written: str | None) -> bool:
    """Whether a speaker no person of the text resolves is someone described, not named and no
    body (``one Central Asian ambassador``, ``a senior official``, ``источник в МИД``)."""
    ws = _WORD.findall(written or "")
    if not ws or any(pronoun_gender(w) for w in ws):
        return False
    return is_source_noun(fold(ws[0])) or any(is_role_word(w) for w in ws)
