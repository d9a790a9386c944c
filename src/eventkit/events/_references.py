"""Where the article's persons, organizations and venues are named, and pronouns that point back.

A person is named by the mentions the recognizer found, by a role title the person holds
(``президента Казахстана`` for the person whose role is ``президент Казахстана``), by a country's
adjective and an office word (``туркменский лидер``, for the one person holding it), and by a
personal pronoun (``у него``), which points to the nearest person of the same gender named
before it in the same or the previous paragraph.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from ..entities._gender import gender_of, pronouns
from ..entities.en._places import demonym_country
from ..entities.ru import _roles as _ru_roles
from ..entities.ru import _venues as _ru_venues
from ..lexicon import alternation, fold, table
from ..model import Article, Person, VenueKind
from ..text import dateline_venue
from ._triggers import find_triggers

__all__ = ["Ref", "References", "gender_of"]

# third-person pronouns by gender, from the ``pronouns`` table (the quotes' speakers read it too)
_PRONOUNS = re.compile(
    rf"(?<![\w])(?:(?P<m>{'|'.join(sorted(pronouns('m')))})|(?P<f>{'|'.join(sorted(pronouns('f')))}))(?![\w])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Ref:
    """A stretch ``[start, end)`` of text that names entity ``entity``.

    ``group`` is ``person``, ``organization`` or ``venue``; ``venue_kind`` and ``name`` are
    the venue's, for venues; ``embedded`` marks a venue named inside a person's role or an
    organization's name (``президентом РФ``), which is no event's venue; ``nominative`` marks
    a naming in the nominative form (``Мирзиёев``, ``президент Казахстана``).
    """

    start: int
    end: int
    entity: str
    group: str
    text: str
    name: str
    venue_kind: VenueKind | None = None
    embedded: bool = False
    nominative: bool = False


# initials before a family name: ``С.В.Лавров``, ``А. Бакаев``, ``J. Smith``
_INITIALS = re.compile(r"(?:[A-ZА-ЯЁ]\.\s?){1,2}(?=\w)")


def _last_break(text: str, start: int, end: int) -> int | None:
    """The end of the last sentence's or line's end in ``[start, end)``, if there is one."""
    ends = [m.end() for m in _BREAK.finditer(text, start, end)]
    return ends[-1] if ends else None


def _gender(pronoun: re.Match[str]) -> str:
    """A personal pronoun's gender by the group it matched: ``m`` or ``f``."""
    return "m" if pronoun.group("m") else "f"


def _nominative(text: str, name: str) -> bool:
    """Whether ``text`` names the person as the nominative ``name`` does, in full or in part (the
    family name after initials, too)."""
    words = name.split()
    if text == name or text in words or text == " ".join(words[-2:]):
        return True
    initials = _INITIALS.match(text)
    return initials is not None and len(words) > 1 and text[initials.end() :] == words[-1]


_TOKEN = re.compile(r"[\w-]+")
_SENTENCE_END = re.compile(r"[.!?]\s")
_OPENING = re.compile(r"(?:[.!?]|\n)\s*")  # what ends the sentence before one a word opens
_BREAK = re.compile(r"[.!?]\s|\n")  # a sentence's or a line's end
# a short phrase set off by a comma that opens a sentence before its subject ("On Thursday, he
# will travel", "Later in the day, she met"): the pronoun after it opens the sentence too
_LEAD = re.compile(r"(?:[.!?]|\n)\s*[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,5},\s+$")
_LEAD_REACH = 80  # how far back such a phrase's sentence start is looked for
_SENTENCE_REACH = 2000  # how far back a sentence's start is looked for

_QUOTE_MARKS = ('"', "\u201c", "\u201d")
# what may stand between an English title and the name it is written before: "of Azerbaijan "
# a capitalised word before a name ("Prince Abdulaziz"), and a demonym right before a title
_RANK = re.compile(r"[A-Z][a-z]+\s+")
_DEMONYM_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+$")
# "Deputy", "Vice" right before an English title: the words name another office
_DEPUTY_WORDS = table("word_lists").pattern(list="deputy_word", lang="en")
_DEPUTY_BEFORE = re.compile(rf"(?<![\w-])(?:{_DEPUTY_WORDS})[\s-]+$", re.IGNORECASE)
_TITLE_TAIL = re.compile(r"\s+(?:of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*?\s+)?")


def _find_titles(text: str, titles: list[str], owners: list[str]) -> list[tuple[str, str, int, int]]:
    """Where each title is written in any case form, as ``(title, owner, start, end)``, the
    titles in their order and each one's places in text order.

    What :func:`_role_pattern` finds, in one pass over the words of the text for all titles: a
    title's first word is looked up by its stem, the words after it are compared in turn. A
    title with a character other than letters, digits and hyphens is matched by its pattern.
    """
    parts: list[list[tuple[str, bool]]] = []  # per title: (lower-case stem or word, is a stem)
    first: dict[str, list[int]] = {}
    found: list[list[tuple[int, int]]] = [[] for _ in titles]
    for n, title in enumerate(titles):
        words = title.split()
        if len(words) < 2:
            parts.append([])
            continue
        if any(_TOKEN.fullmatch(w) is None for w in words):
            parts.append([])
            pattern = _role_pattern(title)
            if pattern is not None:
                found[n] = [m.span() for m in pattern.finditer(text)]
            continue
        # a long Cyrillic word by its stem (its case endings vary); a Latin one whole, so that
        # "foreign ministers" is no "Foreign Minister"
        parts.append(
            [
                (w[: len(w) - 2].lower(), True) if len(w) > 4 and not w.isascii() else (w.lower(), False)
                for w in words
            ]
        )
        first.setdefault(parts[n][0][0], []).append(n)
    if first:
        # a word's beginnings looked up are only as long as some first word or stem is
        sizes = sorted({len(key) for key in first if key})
        initials = {key[0] for key in first if key}
        tokens = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]
        last_end = [0] * len(titles)  # matches of one title do not overlap
        for k, (start, _, word) in enumerate(tokens):
            if word[0] not in initials:
                continue
            candidates: set[int] = set()
            for size in sizes:
                if size > len(word):
                    break
                candidates.update(first.get(word[:size], ()))
            for n in sorted(candidates):
                if start < last_end[n]:
                    continue
                end = _title_at(text, tokens, k, parts[n])
                if end is not None:
                    found[n].append((start, end))
                    last_end[n] = end
    return [(titles[n], owners[n], a, b) for n in range(len(titles)) for a, b in found[n]]


def _title_at(
    text: str, tokens: list[tuple[int, int, str]], k: int, parts: list[tuple[str, bool]]
) -> int | None:
    """The end of the title whose words are ``parts`` when it is written from token ``k``."""
    end = -1
    for j, (part, stem) in enumerate(parts):
        if k + j >= len(tokens):
            return None
        start, tok_end, word = tokens[k + j]
        if j and (start == end or not text[end:start].isspace()):
            return None  # words of a title are apart by white space only
        if not (word.startswith(part) if stem else word == part):
            return None
        end = tok_end
    return end


def _role_pattern(title: str) -> re.Pattern[str] | None:
    """A pattern for a role title in any case form: each long word's stem, then any ending."""
    words = title.split()
    if len(words) < 2:
        return None
    parts = []
    for word in words:
        if len(word) > 4:
            parts.append(re.escape(word[: len(word) - 2]) + r"[\w-]*")
        else:
            parts.append(re.escape(word))
    return re.compile(r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])", re.IGNORECASE)


_TITLES = table("title_words")
# "leader": the heads it stands for
_GENERIC = _TITLES.grouped("word", "means", lang="en", part="generic")
_HEADS = sorted(_TITLES.words(lang="en", part="head") | _GENERIC.keys(), key=len, reverse=True)
# "minister": the heads of several words that end in it ("prime minister")
_COMPOUNDS_ENDING: dict[str, tuple[str, ...]] = {}
for _compound in sorted(_TITLES.words(lang="en", part="compound")):
    if " " in _compound:
        _head = _compound.rsplit(" ", 1)[1]
        _COMPOUNDS_ENDING[_head] = (*_COMPOUNDS_ENDING.get(_head, ()), _compound)
_NATIONAL = re.compile(
    rf"(?<![\w])[Tt]he\s+([A-Z][a-z]+)\s+((?:[a-z]+\s+)?(?:{'|'.join(map(re.escape, _HEADS))}))(?![\w-])"
)
# "The President then held", "the sultan would pay": an English head after "the", alone (no name,
# no capitalised word and no "of" after it: "the President of Vietnam Luong Cuong" is a title)
_BARE_EN = re.compile(rf"(?<![\w])[Tt]he\s+((?i:{'|'.join(map(re.escape, _HEADS))}))(?![\w-])")
_BARE_EN_AFTER = re.compile(r"\s+(?:of(?![\w])|[A-Z])")
# and in Russian: ``туркменский лидер``, ``казахстанского премьера``: a country's adjective (lower
# case, or opening a sentence) and a title's head word or a word of a kind of office, singular
_RU_GENERIC = _TITLES.grouped("word", "means", lang="ru", part="generic")
_RU_NATIONAL = re.compile(
    r"(?<![\w-])([А-ЯЁа-яё][а-яё]+(?:ий|ый|ой|ого|ому|ым|им|ом))\s+([а-яё]+(?:-[а-яё]+)?)(?![\w-])"
)
_RU_SINGULAR = frozenset({"", "а", "я", "у", "ю", "ом", "ем", "е", "ой"})
"""The singular endings after a head: ``лидеры`` are many."""
# a delegation's noun (the ``delegation_noun`` list), a country's or a kind's adjective before it
_RU_DELEGATION = re.compile(
    r"(?<![\w-])(?:([а-яёА-ЯЁ]+(?:ая|ой|ую)\s+))?((?i:"
    + alternation(table("word_lists").words(list="delegation_noun"))
    + r")[а-яё]{1,3})(?![\w-])"
)
# a word that makes the delegation another one (``Предыдущая белорусская миссия``)
_OTHER_ONE = re.compile(
    r"(?<![\w-])(?i:"
    + alternation(table("word_lists").words(list="other_one"))
    + r")[а-яё]*\s+(?:[а-яё]+\s+)?$"
)
_LED_BY = re.compile(r"(?:\s+[^.!?]{0,80}?)?\s+во\s+главе\s+с\s+")
_CAPITAL_AFTER = re.compile(r"\s+[А-ЯЁA-Z]")
# ``глава японского МИД``, ``главы узбекской дипломатии``: a title's head, a country's adjective in
# the genitive and the word the ``title_aliases`` table reads with the head
_RU_HEAD_NATIONAL = re.compile(
    r"(?<![\w-])((?i:"
    + alternation(h[:-1] for h in {r[1] for r in table("title_aliases").where(lang="ru")})
    + r")[а-яё]{0,3})\s+([а-яё]+(?:ого|ой))\s+([А-ЯЁа-яё]+)(?![\w-])"
)


def _rank_then_name(text: str, position: int, persons_at: set[int]) -> bool:
    """Whether one or two capitalised words at ``position`` stand right before a person's name."""
    for _ in range(2):
        rank = _RANK.match(text, position)
        if rank is None:
            return False
        position = rank.end()
        if position in persons_at:
            return True
    return False


_RU_NATIONALS_MANY = re.compile(r"(?<![\w-])([а-яё]+(?:ие|ые))\s+([а-яё]+)(?![\w-])")
_RU_PLURAL = frozenset({"ы", "и"})
"""The plural endings after a head (``лидеры``, ``министры``)."""
_OPENS = re.compile(r"(?:^|[.!?…]\s+|\n\s*)$")
INVITE_VERBS = table("word_lists").pattern(list="invite_verb")
"""The verbs of inviting (the ``invite_verb`` list of ``word_lists``), as a pattern's alternatives:
whom they invite visits (``пригласил его посетить``, ``invited him to visit``)."""
# a verb of inviting right before a pronoun, its object
_INVITE_BEFORE = re.compile(rf"(?<![\w-])(?:{INVITE_VERBS})\s+$", re.IGNORECASE)
# a capitalised word (a title opening a sentence, or written with a capital as official texts
# write it), and the words after it
_RU_OPENING = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+(?:-[а-яё]+)?)")
_RU_WORD = re.compile(r"\s+([А-ЯЁа-яё]+(?:-[а-яё]+)?)")
# ``Глава министерства`` holds the office of a minister (the ``title_aliases`` table):
# head → (how the next word begins, the office the two name)
_RU_ALIASES: dict[str, list[tuple[str, str]]] = {}
for _row in table("title_aliases").where(lang="ru"):
    _RU_ALIASES.setdefault(_row[1], []).append((_row[2], _row[3]))


# "the head of the Uzbek diplomatic service" is Uzbekistan's foreign minister (English rows of
# the ``title_aliases`` table: the words after the country → the words of the office's title)
_EN_ALIASES = {r[2]: r[3].split() for r in table("title_aliases").where(lang="en")}
_EN_ALIAS_HEADS = sorted({r[1] for r in table("title_aliases").where(lang="en")})
_EN_ALIAS = re.compile(
    r"(?<![\w])[Tt]he\s+(?:"
    + "|".join(_EN_ALIAS_HEADS)
    + r")\s+of\s+the\s+([A-Z][a-z]+)\s+("
    + alternation(r"\s+".join(k.split()) for k in _EN_ALIASES)
    + r")(?![\w-])",
    re.IGNORECASE,
)


def _by_country_genitive(title: str, genitive: str | None) -> str | None:
    """A Russian title whose country is named otherwise (``президент Турецкой Республики``) as
    written with the country's usual genitive (``президент Турции``), if that differs."""
    if genitive is None or not title[:1].islower() or title.isascii():
        return None
    words = title.split()
    k = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    if not k:
        return None
    other = " ".join([*words[:k], genitive])
    return other if other != title else None


@lru_cache(maxsize=1)
def _genitives() -> dict[str, str]:
    """Each country's usual genitive by its code (``TR``: Турции)."""
    return {c.code: c.genitive for c in _ru_venues.countries()}


def _offices(word: str) -> frozenset[str]:
    """The offices a singular Russian word form names: a head (``министра``: министр) or a word of
    a kind of office (``лидером``: every head ``лидер`` stands for)."""
    for generic, means in _RU_GENERIC.items():
        if word.startswith(generic) and word[len(generic) :] in _RU_SINGULAR:
            return frozenset(means)
    head = _ru_roles.head_of(word)
    if head is not None and word[len(head) :] in _RU_SINGULAR:
        return frozenset({head})
    return frozenset()


def _holds_ru(person: Person, offices: frozenset[str], country: str) -> bool:
    """Whether one of the person's roles has ``country`` and starts with one of ``offices``."""
    for role in person.roles:
        first = role.title.split()[0] if role.title.strip() else ""
        if role.country == country and _ru_roles.head_of(first.lower()) in offices:
            return True
    return False


def _alias_office(head_word: str, complement: str) -> str | None:
    """The office a Russian head and the word after it name together (the ``title_aliases``
    table: ``главы`` and ``МИД`` name a minister), or None."""
    head = _ru_roles.head_of(head_word.lower())
    if head is None or head_word.lower()[len(head) :] not in _RU_SINGULAR | {"ь", "ы", "и"}:
        return None
    after = complement.lower()
    return next((means for start, means in _RU_ALIASES.get(head, ()) if after.startswith(start)), None)


def _holds_office_ru(person: Person, office: str, country: str) -> bool:
    """Whether one of the person's roles has ``country`` and is ``office``: its head, or its head
    and the word after it as the ``title_aliases`` table reads them (``глава МИД``: a minister)."""
    for role in person.roles:
        words = role.title.split()
        if role.country != country or not words:
            continue
        held = _alias_office(words[0], words[1]) if len(words) > 1 else None
        if held is None:
            held = _ru_roles.head_of(words[0].lower())
        if held == office:
            return True
    return False


def _holds(person: Person, words: list[str], country: str) -> bool:
    """Whether one of the person's roles has ``country`` and ends in ``words`` (or, for a word of a
    kind of office, in one of the heads it stands for)."""
    wanted = [" ".join(words)]
    if len(words) == 1 and words[0] in _GENERIC:
        wanted = sorted(_GENERIC[words[0]])
    for role in person.roles:
        title = role.title.lower()
        # "Energy Minister", "Minister of Foreign Affairs", "Federal Minister for European Affairs":
        # the head ends the title or stands before "of" or "for" (not the end of a head of its
        # own: "the Hungarian minister" is no Prime Minister)
        if role.country == country and any(
            title == w
            or (title.endswith(" " + w) and not any(title.endswith(c) for c in _COMPOUNDS_ENDING.get(w, ())))
            or _head_before_complement(title, w)
            for w in wanted
        ):
            return True
    return False


def _head_before_complement(title: str, head: str) -> bool:
    """Whether ``head`` stands in ``title`` before "of" or "for" and is no compound's end
    (``minister for foreign affairs``, ``federal minister for ...``; not ``prime minister of``)."""
    m = re.search(rf"(?<!\S){re.escape(head)}\s+(?:of|for)\s", title)
    if m is None:
        return False
    upto = title[: m.start() + len(head)]
    return not any(upto.endswith(c) for c in _COMPOUNDS_ENDING.get(head, ()))


class References:
    """Every naming of the article's entities, sorted by position."""

    def __init__(self, article: Article, paragraph_of: list[tuple[int, int, int]]) -> None:
        self.article = article
        text = article.text
        self._paragraph_of = paragraph_of
        named: list[Ref] = []
        for person in article.persons:
            for m in person.mentions:
                titles = {r.title.lower() for r in person.roles}
                nominative = _nominative(m.text, person.name) or m.text.lower() in titles
                named.append(
                    Ref(
                        m.span.start,
                        m.span.end,
                        person.id,
                        "person",
                        m.text,
                        person.name,
                        None,
                        False,
                        nominative,
                    )
                )
        for org in article.organizations:
            for m in org.mentions:
                named.append(Ref(m.span.start, m.span.end, org.id, "organization", m.text, org.name))
        # a body named inside a title (``Председателя Национального собрания Республики Корея``)
        # leaves the title free; a title inside a body's name (``Администрации Президента``) does not
        covered = [(r.start, r.end) for r in named if r.group == "person"]
        bodies = sorted((r.start, r.end) for r in named if r.group == "organization")
        named.extend(self._roles(text, covered, bodies))
        named.extend(self._nationals(text, sorted((r.start, r.end) for r in named)))
        self.unheld: list[tuple[int, int]] = []
        """``туркменский министр`` where no one, or several, of the text hold that office."""
        named.extend(self._nationals_ru(text, sorted((r.start, r.end) for r in named)))
        named.extend(self._bare_titles_ru(text, sorted((r.start, r.end) for r in named)))
        named.extend(self._delegations_ru(text, named))
        named.extend(self._bare_titles_en(text, sorted((r.start, r.end) for r in named)))
        holders = sorted((r.start, r.end) for r in named)
        holder_starts = [a for a, _ in holders]
        holder_reach = list(itertools.accumulate((b for _, b in holders), max))
        for venue in article.venues:
            for m in venue.mentions:
                k = bisect.bisect_right(holder_starts, m.span.start)  # the holders starting by it
                inside = k > 0 and holder_reach[k - 1] >= m.span.end
                named.append(
                    Ref(m.span.start, m.span.end, venue.id, "venue", m.text, venue.name, venue.kind, inside)
                )
        named.sort(key=lambda r: (r.start, -r.end))
        self.refs = named
        self._starts = [r.start for r in named]
        self.gender = {p.id: gender_of(p) for p in article.persons}
        self._block_starts = [start for _, start, _ in paragraph_of]
        # the persons' refs in the refs' order, with their paragraphs; where a ref's paragraph
        # is lower than the one before it (a title outside the body); and for each gender, the
        # places in that list of the refs a pronoun of that gender may point to
        self._person_refs = [r for r in named if r.group == "person"]
        self._person_starts = [r.start for r in self._person_refs]
        self._person_paragraphs = [self._paragraph(r.start) for r in self._person_refs]
        paragraphs = self._person_paragraphs
        self._drops = [i for i in range(1, len(paragraphs)) if paragraphs[i] < paragraphs[i - 1]]
        self._gendered: dict[str, list[int]] = {
            gender: [
                i for i, r in enumerate(self._person_refs) if self.gender.get(r.entity) in (None, gender)
            ]
            for gender in ("m", "f")
        }

    def _roles(self, text: str, covered: list[tuple[int, int]], bodies: list[tuple[int, int]]) -> list[Ref]:
        """Role titles that name exactly one person, where no person's mention already stands and
        no body's name holds them (a body named inside the title is part of it); not a title
        that is an event's own words (``рабочий визит`` read as an occupation)."""
        by_title: dict[str, set[str]] = {}
        self._countries = {p.id: {r.country for r in p.roles if r.country} for p in self.article.persons}
        names = {p.id: p.name for p in self.article.persons}
        genitives = _genitives()
        for person in self.article.persons:
            for role in person.roles:
                by_title.setdefault(role.title.strip(), set()).add(person.id)
                other = _by_country_genitive(role.title.strip(), genitives.get(role.country or ""))
                if other is not None:  # президент Турецкой Республики: also президента Турции
                    by_title.setdefault(other, set()).add(person.id)
        spans = sorted(covered)
        persons_at = {m.span.start for p in self.article.persons for m in p.mentions}
        span_starts = [a for a, _ in spans]
        body_starts = [a for a, _ in bodies]
        span_reach = list(itertools.accumulate((b for _, b in spans), max))
        titles = [(title, next(iter(ids))) for title, ids in sorted(by_title.items()) if len(ids) == 1]
        found: list[Ref] = []
        for title, pid, start, end in _find_titles(
            text, [title for title, _ in titles], [p for _, p in titles]
        ):
            k = bisect.bisect_left(span_starts, end)  # the mentions starting before its end
            if k > 0 and span_reach[k - 1] > start:
                continue  # a mention stands there already
            k = bisect.bisect_left(body_starts, end)
            if any(b > start and not (start <= a and b <= end) for a, b in bodies[:k]):
                continue  # a body's name stands across it or holds it
            after = _TITLE_TAIL.match(text, end) if title.isascii() else None
            if after is not None and after.end() in persons_at:
                continue  # "Foreign Minister of Azerbaijan Jeyhun Bayramov": another person's title
            if after is not None and _rank_then_name(text, after.end(), persons_at):
                continue  # "Energy Minister Prince Abdulaziz bin Salman": so is a title before a rank
            before = _DEMONYM_BEFORE.search(text, max(0, start - 30), start) if title.isascii() else None
            country = demonym_country(before.group(1).lower()) if before is not None else None
            held = self._countries.get(pid)
            if country is not None and held and country not in held:
                continue  # "Saudi Energy Minister" is not Uzbekistan's
            national = _RU_HEAD_NATIONAL.match(text, start) if not title.isascii() else None
            if national is not None and _alias_office(national.group(1), national.group(3)) is not None:
                of = _ru_venues.country_by_adjective(national.group(2).lower())
                if of is not None and held and of.code not in held:
                    continue  # "глава чешской дипломатии" is not Georgia's president, whatever title he got
            if any(t.start <= start and end <= t.end for t in find_triggers(text, start, end)):
                continue
            if title.isascii() and _DEPUTY_BEFORE.search(text, max(0, start - 12), start):
                continue  # "Deputy Minister of Foreign Affairs X": another office than the minister's
            written = text[start:end]
            nominative = written.lower() == title.lower()
            found.append(Ref(start, end, pid, "person", written, names[pid], None, False, nominative))
        return found

    def _nationals(self, text: str, covered: list[tuple[int, int]]) -> list[Ref]:
        """``the Finnish leader``, ``the Azerbaijani minister``: the one person whose role has that
        country and that head (a word of a kind of office, ``leader``, stands for its heads), where
        no name follows (``the Kazakh President Kassym-Jomart Tokayev`` is the name's title)."""
        starts = [a for a, _ in covered]
        found: list[Ref] = []
        for m in _NATIONAL.finditer(text):
            country = demonym_country(m.group(1).lower())
            if country is None:
                continue
            k = bisect.bisect_left(starts, m.start())
            if k < len(starts) and starts[k] <= m.end() + 1:
                continue  # a mention stands there, or a name right after
            words = m.group(2).lower().split()
            holders = [p for p in self.article.persons if _holds(p, words, country)]
            if len(holders) != 1:
                holders = [p for p in self.article.persons if _holds(p, words[-1:], country)]
            if len(holders) == 1:
                person = holders[0]
                found.append(
                    Ref(m.start(), m.end(), person.id, "person", m.group(), person.name, None, False, True)
                )
        for m in _EN_ALIAS.finditer(text):
            country = demonym_country(m.group(1).lower())
            office = _EN_ALIASES.get(" ".join(m.group(2).lower().split()))
            k = bisect.bisect_left(starts, m.start())
            if country is None or office is None or (k < len(starts) and starts[k] <= m.end() + 1):
                continue
            holders = [
                p
                for p in self.article.persons
                if any(r.country == country and set(office) <= set(r.title.lower().split()) for r in p.roles)
            ]
            if len(holders) == 1:
                person = holders[0]
                found.append(
                    Ref(m.start(), m.end(), person.id, "person", m.group(), person.name, None, False, True)
                )
        return found

    def _nationals_ru(self, text: str, covered: list[tuple[int, int]]) -> list[Ref]:
        """``туркменский лидер``, ``азербайджанского министра``: the one person whose role has
        that country and, first, that head (``лидер`` stands for the heads of the ``generic``
        rows), where no mention stands and no name follows."""
        starts = [a for a, _ in covered]
        found: list[Ref] = []
        for m in _RU_NATIONAL.finditer(text):
            adjective, word = m.group(1), m.group(2)
            if adjective[0].isupper() and m.start() > 0 and not _OPENS.search(text, 0, m.start()):
                continue  # a capital inside a sentence: a name (``Национальный лидер``)
            offices = _offices(word)
            if not offices:
                continue
            country = _ru_venues.country_by_adjective(adjective.lower())
            if country is None:
                continue
            k = bisect.bisect_left(starts, m.start())
            if k < len(starts) and starts[k] <= m.end() + 1:
                continue  # a mention stands there, or a name right after
            holders = [p for p in self.article.persons if _holds_ru(p, offices, country.code)]
            if len(holders) != 1:
                self.unheld.append((m.start(), m.end()))
            else:
                person = holders[0]
                whole = adjective.endswith(("ий", "ый", "ой")) and word in offices | _RU_GENERIC.keys()
                ref = Ref(m.start(), m.end(), person.id, "person", m.group(), person.name, None, False, whole)
                found.append(ref)
        names_at = {m.span.start for p in self.article.persons for m in p.mentions}
        for m in _RU_HEAD_NATIONAL.finditer(text):  # "глава японского МИД": Japan's foreign minister
            office = _alias_office(m.group(1), m.group(3))
            country = _ru_venues.country_by_adjective(m.group(2).lower())
            if office is None or country is None:
                continue
            k = bisect.bisect_left(starts, m.start())
            if k < len(starts) and starts[k] < m.start(3):
                continue  # a mention stands on the head or the adjective (the body's word may be one)
            if m.end() in names_at or m.end() + 1 in names_at:
                continue  # a name right after: its title
            holders = [p for p in self.article.persons if _holds_office_ru(p, office, country.code)]
            if len(holders) == 1:
                person = holders[0]
                whole = _ru_roles.head_of(m.group(1)) == fold(m.group(1))
                found.append(
                    Ref(m.start(), m.end(), person.id, "person", m.group(), person.name, None, False, whole)
                )
        for m in _RU_NATIONALS_MANY.finditer(text):  # "туркменские лидеры": several, held by no one
            word = m.group(2)
            if _ru_venues.country_by_adjective(m.group(1).lower()) is None:
                continue
            head = _ru_roles.head_of(word)
            stems = [*_RU_GENERIC, *([head] if head else [])]
            if any(word.startswith(stem) and word[len(stem) :] in _RU_PLURAL for stem in stems):
                self.unheld.append((m.start(), m.end()))
        return found

    def _delegations_ru(self, text: str, named: list[Ref]) -> list[Ref]:
        """``Делегация находится ...``, ``вьетнамская делегация отправится ...``: a delegation's
        noun in the nominative, no name or body after it, is the person it was said to be led by
        last before it (``делегацию ... во главе с его председателем X``, ``миссия во главе с
        министром Y``)."""
        persons = sorted((r for r in named if r.group == "person"), key=lambda r: (r.start, -r.end))
        starts = [r.start for r in persons]
        found: list[Ref] = []
        head: Ref | None = None
        for m in _RU_DELEGATION.finditer(text):
            led = _LED_BY.match(text, m.end())
            if led is not None:
                k = bisect.bisect_left(starts, led.end())
                # the title and the name after it: the name's person
                head = persons[k] if k < len(persons) and persons[k].start < led.end() + 80 else None
                continue
            if m.group(2)[-1:] != "я" or _CAPITAL_AFTER.match(text, m.end()):
                continue  # not the nominative, or a body after it: another delegation
            if _OTHER_ONE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Предыдущая деловая миссия": another delegation
            if head is not None:
                found.append(
                    Ref(m.start(), m.end(), head.entity, "person", m.group(), head.name, None, False, True)
                )
        return found

    def _bare_titles_en(self, text: str, covered: list[tuple[int, int]]) -> list[Ref]:
        """``The President then held``, ``the sultan would pay``, ``the commissioner held``: an
        English head after ``the`` with no name after it is the one person whose role has that
        word (a word of a kind of office, ``leader``, stands for its heads); of several, the one
        whose role is of the dateline's country (``ASTANA –``: the President of Kazakhstan)."""
        starts = [a for a, _ in covered]
        reach = list(itertools.accumulate((b for _, b in covered), max))
        venues = {v.id: v for v in self.article.venues}
        at_dateline = venues.get(dateline_venue(self.article) or "")
        home = at_dateline.country if at_dateline is not None else None
        role_words = [
            (p, frozenset(w for r in p.roles for w in _TOKEN.findall(r.title.lower())))
            for p in self.article.persons
        ]
        found: list[Ref] = []
        for m in _BARE_EN.finditer(text):
            if _BARE_EN_AFTER.match(text, m.end()):
                continue
            k = bisect.bisect_left(starts, m.end())
            if k > 0 and reach[k - 1] > m.start():
                continue  # a mention or a title stands there already
            word = m.group(1).lower()
            wanted = _GENERIC.get(word, frozenset({word}))
            holders = [p for p, words in role_words if not words.isdisjoint(wanted)]
            if len(holders) > 1:
                holders = [p for p in holders if home is not None and any(r.country == home for r in p.roles)]
            if len(holders) == 1:
                person = holders[0]
                found.append(
                    Ref(m.start(), m.end(), person.id, "person", m.group(), person.name, None, False, True)
                )
        return found

    def _bare_titles_ru(self, text: str, covered: list[tuple[int, int]]) -> list[Ref]:
        """A capitalised title with no name as a subject (``Заместитель Министра провел``,
        ``Глава министерства также провел``): the one person whose role title starts with its
        words, or whose role's head is the office a head and the word after it name together
        (the ``title_aliases`` table); not where the title goes on or a name follows."""
        starts = [a for a, _ in covered]
        reach = list(itertools.accumulate((b for _, b in covered), max))
        titles = [(p, r.title.lower().split()) for p in self.article.persons for r in p.roles]
        titles = [(p, words) for p, words in titles if words]
        found: list[Ref] = []
        for m in _RU_OPENING.finditer(text):
            first = m.group(1).lower()
            head = _ru_roles.head_of(first)
            if head is None or head != first:
                continue  # a title's head in the nominative opens a subject
            words = [(first, m.start(), m.end())]
            position = m.end()
            for _ in range(4):
                w = _RU_WORD.match(text, position)
                if w is None:
                    break
                words.append((w.group(1), w.start(1), w.end(1)))
                position = w.end()
            holders: set[str] = set()
            end = 0
            if len(words) > 2 and words[2][0][0].islower():
                after = words[1][0].lower()
                offices = {means for start, means in _RU_ALIASES.get(head, ()) if after.startswith(start)}
                if offices:
                    holders = {p.id for p, title in titles if _ru_roles.head_of(title[0]) in offices}
                    end = words[1][2]
            if not end:
                lower = [w.lower() for w, _, _ in words]
                for size in range(len(words) - 1, 0, -1):
                    if not words[size][0][0].islower():
                        continue  # a capital after the title: a name, a country, a body
                    if any(title[: size + 1] == lower[: size + 1] for _, title in titles):
                        continue  # the title goes on
                    ids = {p.id for p, title in titles if title[:size] == lower[:size]}
                    if ids:
                        holders, end = ids, words[size - 1][2]
                        break
            k = bisect.bisect_left(starts, end)
            if len(holders) != 1 or (k > 0 and reach[k - 1] > m.start()):
                continue  # a mention or a title stands there already
            pid = next(iter(holders))
            name = next(p.name for p in self.article.persons if p.id == pid)
            found.append(Ref(m.start(), end, pid, "person", text[m.start() : end], name, None, False, True))
        return found

    def within(self, start: int, end: int, group: str | None = None) -> list[Ref]:
        """The refs lying wholly inside ``[start, end)``, optionally of one group."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.refs) and self.refs[i].start < end:
            ref = self.refs[i]
            if ref.end <= end and (group is None or ref.group == group):
                out.append(ref)
            i += 1
        return out

    def starting_at(self, position: int) -> Ref | None:
        """The longest ref that starts exactly at ``position``."""
        i = bisect.bisect_left(self._starts, position)
        if i < len(self.refs) and self.refs[i].start == position:
            return self.refs[i]
        return None

    def pronouns(self, start: int, end: int, paragraph: int) -> list[Ref]:
        """Personal pronouns in ``[start, end)``, each as a ref to the person it points to."""
        text = self.article.text
        out = []
        for m in _PRONOUNS.finditer(text, start, end):
            gender = _gender(m)
            # "X пригласил его": the object of a verb of inviting is not the verb's subject
            inviting = _INVITE_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None
            person = self._antecedent(m.start(), gender, paragraph, subject=not inviting)
            if person is not None and m.group().isascii():
                person = self._opening_subject(m.start(), gender, person)
            if person is not None:
                out.append(Ref(m.start(), m.end(), person.entity, "person", m.group(), person.name))
        return out

    def _opening_subject(self, position: int, gender: str, found: Ref) -> Ref:
        """An English pronoun opening a sentence (``He was also received by ...``), or right after
        a short phrase that opens it set off by a comma (``On Friday, she will travel ...``),
        points to the subject of the sentence before, the first person it names outside quote
        marks, rather than to one named later in it (``X held talks with Y and Z. He ...``: X)."""
        text = self.article.text
        opening = self._opening(position)
        if opening is None:
            # "On Thursday, he will travel to X, where he is expected to open ...": a pronoun
            # later in a sentence that one of its gender opens, no one named between, is that one
            reach = max(0, position - _SENTENCE_REACH)
            last = _last_break(text, reach, position)
            start = reach if last is None else last
            opener = next(
                (
                    m
                    for m in _PRONOUNS.finditer(text, start, position)
                    if m.group().isascii() and _gender(m) == gender
                ),
                None,
            )
            if opener is None or self.within(start, position, "person"):
                return found
            opening = self._opening(opener.start())
            if opening is None:
                return found
        reach = max(0, opening.start() - _SENTENCE_REACH)
        last = _last_break(text, reach, opening.start())
        start = reach if last is None else last
        if found.start < start or (last is None and reach > 0):
            return found  # named in no sentence right before
        refs, places = self._person_refs, self._gendered[gender]  # the refs of that gender
        first = bisect.bisect_left(places, bisect.bisect_left(self._person_starts, start))
        for k in range(first, len(places)):
            ref = refs[places[k]]
            if ref.start >= found.start:
                break
            if sum(text.count(q, start, ref.start) for q in _QUOTE_MARKS) % 2 == 0:
                return ref  # not in quote marks
        return found

    def _opening(self, position: int) -> re.Match[str] | None:
        """The end of the sentence before, where the word at ``position`` opens a sentence, right
        after its end or after a short phrase set off by a comma with no one named in it."""
        text = self.article.text
        opening = _OPENING.search(text, max(0, position - 3), position + 1)
        if opening is not None and opening.end() == position:
            return opening
        opening = _LEAD.search(text, max(0, position - _LEAD_REACH), position)
        if opening is None or self.within(opening.start(), position, "person"):
            return None
        return opening

    def _antecedent(self, position: int, gender: str, paragraph: int, subject: bool = True) -> Ref | None:
        """The last person of that gender named before ``position``, unless a person named
        between (that one included) stands before the previous paragraph; with ``subject``, the
        sentence's subject before a name in another case."""
        refs, paragraphs = self._person_refs, self._person_paragraphs
        last = bisect.bisect_left(self._person_starts, position) - 1  # refs starting before it
        places = self._gendered[gender]
        k = bisect.bisect_right(places, last) - 1
        while k >= 0 and refs[places[k]].end > position:
            k -= 1
        found = places[k] if k >= 0 else -1
        # the lowest paragraph from the found ref on: its own, or one where paragraphs drop
        lowest = paragraphs[found] if found >= 0 else paragraph
        d = bisect.bisect_right(self._drops, found)
        while d < len(self._drops) and self._drops[d] <= last:
            lowest = min(lowest, paragraphs[self._drops[d]])
            d += 1
        if lowest >= paragraph - 1:
            if subject and found >= 0 and not refs[found].nominative:
                # "Путин провел переговоры с Си Цзиньпином, а в пятницу у него ...": the subject
                # of the sentence, named in the nominative, before a name in another case
                text = self.article.text
                for j in range(k - 1, -1, -1):
                    ref = refs[places[j]]
                    if _SENTENCE_END.search(text, ref.end, position):
                        break
                    if ref.nominative and ref.entity != refs[found].entity:
                        return ref
            return refs[found] if found >= 0 else None
        # a ref standing too far back: unless it overlaps the pronoun, the reading stops there
        for i in range(last, found - 1, -1):
            ref = refs[i]
            if ref.end > position:
                continue
            if paragraphs[i] < paragraph - 1:
                return None
            if self.gender.get(ref.entity) in (None, gender):
                return ref
        return None

    def _paragraph(self, position: int) -> int:
        i = bisect.bisect_right(self._block_starts, position) - 1
        while i >= 0:
            paragraph, start, end = self._paragraph_of[i]
            if start <= position < end:
                return paragraph
            if end <= position:
                break
            i -= 1
        return -1
