"""The Russian recognizer: names from natasha's NER model, completed and put in base forms.

The neural tagger (:mod:`._tagger`) finds persons, places and bodies. Rules then complete
what it leaves out or cuts short: multi-word venues with their kind (``Сквер дружбы Казахстана
и России``, ``станция "Алма-Атинская"``), bodies named by a descriptor (``правительством города
Москвы``), bodies with their genitive dependents (``Министерства иностранных дел России``),
roles in apposition (``министр культуры и информации Аида Балаева``), and the coreference of
all the ways one person is named. Base forms come from :mod:`._names`, without natasha's
syntax parser.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import threading
from collections.abc import Callable, Iterable, Sequence, Set
from typing import NamedTuple

from ...errors import EventkitError, MissingExtraError
from ...lexicon import fold, table
from ...model import Coordinates, Mention, Organization, Person, Role, Span, Venue, VenueKind
from ...text._dateline import agency_form
from ...text._sentences import ABBREVIATIONS
from ...text._words import is_press_office
from .._base import Entities, venue_rank
from .._gender import gender_of
from . import _linker, _originals, _roles, _venues
from ._extra import INSTALL_HINT as _INSTALL_HINT
from ._morph import Morph, Parse
from ._names import NameForms, PersonName
from ._tagger import NameTagger, Tagged, Token

__all__ = ["RussianRecognizer", "shared_recognizer"]

_VERSION = "1"
_WORD = re.compile(r"[А-ЯЁA-Z]\.|[^\W\d_]+(?:[-‐][^\W\d_]+)*|\d+|[^\s\w]+")
_NAME_WORD = re.compile(r"[А-ЯЁA-Z]\.|[^\W\d_]+(?:[-‐'’][^\W\d_]+)*")
_INITIALS_BEFORE = re.compile(r"(?:[А-ЯЁ]\. ?){1,2}")
_INITIALS_ONLY = re.compile(r"(?:[А-ЯЁ]\. ?){1,2}")
# A family name in the nominative (``Токаев``), and one in the dative or instrumental (``Путину``)
_SURNAME_NOMINATIVE = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий)$")
_SURNAME_OBLIQUE = re.compile(r"(?:ову|еву|ёву|ину|ыну|скому|цкому|овым|евым|иным|ским)$")
_QUOTE_OPEN = "\"«„“'"
_QUOTE_MARKS = frozenset('"«»„“”')
# a name that ends in a regnal numeral or Jr, with the full stop of the sentence after it
_NUMERAL_DOT = re.compile(r"\s(?:[IVX]+|Jr|Sr)\.$")
_OPENING_MARKS = frozenset("«„")
_CLOSING_MARKS = frozenset("»")
_HEADS_WITH_TAILS = frozenset({VenueKind.PARK, VenueKind.BUILDING, VenueKind.OTHER})
"""Kinds of place whose capitalised head with genitive words after it is a name (not a
country's, city's or region's: Республика Татарстан has rules of its own)."""
_SENTENCE_OPENERS = frozenset({".", "!", "?", "...", '"', "«", "—"})
"""Tokens after which a capitalised word may be capitalised only for its place."""
_YEAR_AFTER = re.compile(r"-\d{2,4}$")
_PLACE_PART = re.compile(r"[^\W\d_]+")
_DASHES = frozenset({"—", "–", "-"})
_COLON_DASHES = _DASHES | {":"}
_QUOTED_GAPS = re.compile(r'([«"„“])\s+([^«»"„“”]*?)\s+([»"“”])')
"""Spaces the token join puts inside quote marks: ``ОАО " Х "`` → ``ОАО "Х"``."""
_NOT_NAMES = frozenset((r["word"], r["type"]) for r in table("not_names").records() if r["lang"] == "ru")
"""(word, type) pairs the tagger gives that are no names: ``СМИ`` is no organization."""
_ROLE_VERBS = frozenset(fold(r["word"]) for r in table("role_verbs").records() if r["lang"] == "ru")
"""Verbs after which a title in the instrumental is the subject's (``назначен послом``)."""
_NAMED_AFTER = table("word_lists").words(lang="ru", list="named_after")
_NAMED_AFTER_WORD = re.compile(
    r"\s*(?:" + "|".join(re.escape(w) for w in sorted(_NAMED_AFTER, key=len, reverse=True)) + r")\s*"
)
"""``им.``, ``имени``: what stands between a body's name and the person it is named after."""
_NAMED_AFTER_END = re.compile(r"\s(?:" + "|".join(re.escape(w) for w in _NAMED_AFTER) + r")\s*$")
_INITIALS_BEFORE_END = re.compile(r"(?:[А-ЯЁ]\.\s?){1,2}\s*$")
_LONE_BODIES = table("word_lists").words(lang="ru", list="lone_org_head")
"""Heads that name a body alone at a sentence's start (``Полиция``, ``Правительство``)."""
_ADJECTIVE_BODIES = table("word_lists").words(lang="ru", list="adjective_body")
_BODY_NAMES = {fold(r[2]): r[3] for r in table("case_forms").where(lang="ru", list="body_name")}
"""Parliaments' names whose first word never declines, by form (``Жогорку Кенеша`` →
``Жогорку Кенеш``): the dictionary would decline both words."""
_COUNTRY_NOUNS = table("word_lists").words(lang="ru", list="country_noun")
_COMPASS_POINTS = table("word_lists").words(lang="ru", list="compass_point")
_STAGE_HEADS = table("word_lists").words(lang="ru", list="stage_head")
_TAKES_PLACE = table("word_lists").words(lang="ru", list="takes_place_verb")
_COMPASS_PAIR_AFTER = re.compile(r"\s*(?:[-—–]|\sи\s)\s*([А-ЯЁ][а-яё]+)")
_COMPASS_PAIR_BEFORE = re.compile(r"([А-ЯЁ][а-яё]+)\s*(?:[-—–]|\sи\s)\s*$")
_TITLE_TIME = frozenset().union(
    *(table("word_lists").words(lang="ru", list=n) for n in ("title_time", "title_origin", "title_scope"))
)
"""Nouns that end a title: a span of time (``футболист года``), an origin (``актриса венгерского
происхождения``) or where a merit counts (``лучший бомбардир турнира``) says when, whence or where
best, not the post."""
_TITLE_BY = table("word_lists").words(lang="ru", list="title_by")
"""Nouns after ``по`` that end a title: what the person is by training or birth (``экономист по
образованию``), not the post."""
_NO_POST = table("word_lists").words(lang="ru", list="no_post")
_MEMBER_HEADS = table("word_lists").words(lang="ru", list="member_head")
_APPOINT = table("word_lists").words(lang="ru", list="appoint")
_AMONG = table("word_lists").words(lang="ru", list="among")
_ONE_OF = table("word_lists").words(lang="ru", list="one_of")
_OTHERS = table("word_lists").words(lang="ru", list="others_of_group")
_SERVED_HEADS = table("word_lists").words(lang="ru", list="served_head")
_AMONG_OR_FROM = _AMONG | {"из"}  # (``из них``: one of those named)
_KIN = table("word_lists").words(lang="ru", list="kin")
"""Nouns of kinship: ``жена актёра`` is the actor's wife, not an actor."""
_COMPOUND_DESCRIPTORS = table("word_lists").words(lang="ru", list="compound_descriptor")
"""Nouns that describe a title's holder in a compound, not the post (президент-республиканец)."""
_POST_PLACE = frozenset({"посту", "должности"})
"""The post held, after ``на этом`` (``сменив на этом посту X``)."""
_FORMER = table("word_lists").words(lang="ru", list="former")
"""Words of a post held before (``бывший``, ``экс-``), read before a title."""
_THEM = table("word_lists").words(lang="ru", list="them")
_LIST_VERBS = frozenset({"были", "был", "была", "оказались", "—", "–", ":"})
"""Words between a group named in the plural and the names listed from it (``артистов были X, Y``)."""
_COUNTRY_BACK = 120
"""How many tokens before a title ending in a country noun (``премьер-министр страны``) the country
it stands for may be named."""
_MEMBERS = re.compile(
    r"(?:\s+(?:"
    + table("word_lists").pattern(lang="ru", list="member_states")
    + r"))?\s*[-‐–—]\s*(?:"
    + table("word_lists").pattern(lang="ru", list="member_link")
    + r")\s+"
)
"""``государств – участников`` between a body's name and the body of which they are members."""
_MEMBER_TAIL = re.compile(
    r" ([а-яё]+) (?:" + table("word_lists").pattern(lang="ru", list="member_states") + r")(?![\w-]|\s*[-‐–—])"
)
"""``тюркских государств`` after a body's head word: the states the body gathers."""
_SERVICES = frozenset(fold(w) for w in table("word_lists").words(lang="ru", list="online_service"))
"""Web services (``Telegram``, ``Твиттер``): where a post stands is a product, not a body."""
_SERVICE_PLACES = frozenset(
    fold(w)
    for w in table("word_lists").words(lang="ru", list="service_place")
    | table("word_lists").words(lang="ru", list="place_preposition")
)
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
_REMIT_HEADS = table("word_lists").words(lang="ru", list="remit_head")
_REMIT = re.compile(r" по(?: [а-яё]+(?:-[а-яё]+)*(?:,| и)?){1,8}")
"""``по`` and the lower-case words of a remit, with the commas and ``и`` that join them."""
_REMIT_WORD = re.compile(r"([а-яё]+(?:-[а-яё]+)*)(?:,| |$)")
_VEHICLES = table("word_lists").words(lang="ru", list="vehicle") | table("word_lists").words(
    lang="ru", list="work_noun"
)
"""Craft, works and programmes whose name in quote marks is no body (``шаттла «Индевор»``,
``сериале «Бригада»``, ``программы «Цифровая экономика»``)."""
_INITIALS_AFTER = re.compile(r"(?:[А-ЯЁ]\.\s?){1,2}")
_FAMILY_AFTER_INITIALS = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w-])")
_INITIALS_AT_END = re.compile(r"(?<=\.)\s(?:[А-ЯЁ]\.\s?){1,2}$")
"""Initials at the end of a span, after a word's full stop (``им. М.В.``)."""
_POST_WORDS = {
    part: frozenset(
        fold(r["word"]) for r in table("post_words").records() if r["lang"] == "ru" and r["part"] == part
    )
    for part in ("noun", "verb")
}
"""Nouns of a post (``пост``, ``должность``) and verbs of holding one (``занимать``), as lemmas."""
_LIST_NAMES = 12
_NOT_IN_TITLES = frozenset({"ADVB", "COMP", "NUMR", "PRCL", "NPRO", "INTJ"})
"""Parts of speech that end a title after its head (pymorphy2's tags)."""
_JOINED_TITLES = 4
_PRONOUN_GAP = 4
"""The most words between ``он`` or ``она`` and the verb of the post it holds (``он уже не являлся``)."""
_PRONOUN_GENDER = {"он": "m", "она": "f"}
"""The pronouns that hold a post after a name (``До этого он был директором``), by gender."""
_PRONOUN_BACK = 40
"""How many tokens before ``он`` or ``она`` the person it stands for may be named."""
_COPULAS = ("был", "была", "будет")
"""The copula's forms that join a post in the instrumental to its holder (``Президентом был X``)."""
_AGE = re.compile(r"(?:\d+-)?[а-яё]*летн(?:ий|яя|его|ей|ему|им|юю|ие|их|ими)")
"""An age in years: ``57-летний`` (after its number), ``тридцатилетняя``."""
_PARTICIPLE_ENDS = ("щий", "щего", "щему", "щим", "щем", "щая", "щей")
"""Endings of a participle used as a noun (``командующего``), which governs an instrumental."""
_ORDINAL_DIGITS = re.compile(r"\d+-?[а-яё]{1,3}")
"""An ordinal in digits: ``13-м``, ``1-й``."""
"""The most titles joined on before a title (``музыкант, певец, композитор и поэт``)."""
"""The most names a title in the plural is carried over in a list (``актрисы А, Б и В``)."""
_QUOTE_CLOSE = "\"»“”'"
_INFLECTED_ACRONYM = re.compile(r"([А-ЯЁ]{2,})(?:а|у|ом|е|ов|ам|ами|ах)")
"""An acronym with a case ending (``КАМАЗа``, ``МИДом``)."""
_ORG_HEADS = table("word_lists").words(lang="ru", list="org_head")
_ORG_ACRONYMS = table("word_lists").words(lang="ru", list="org_acronym")
_ORG_DESCRIPTORS = table("word_lists").words(lang="ru", list="org_descriptor")
_EVENT_NOUNS = frozenset(fold(w) for w in table("word_lists").words(lang="ru", list="event_noun"))
_MISSIONS = table("word_lists").words(lang="ru", list="mission_descriptor")
_MISSION_OPENED = table("word_lists").words(lang="ru", list="mission_opened")
_PLACE_WORDS = table("word_lists").words(lang="ru", list="body_place_word")
"""``штата`` in ``Верховный суд штата Нью-Йорк``: a kind of place between a body's name and the
place's name, part of the body's name."""
_ORDINAL_WORD = re.compile(r"\d+(?:-[а-яё]+)?|[а-яё]+")
_CONVOCATION = re.compile(
    rf" ((?:{_ORDINAL_WORD.pattern})(?:(?:,| и) (?:{_ORDINAL_WORD.pattern})){{0,3}}) (?:"
    + table("word_lists").pattern(lang="ru", list="convocation")
    + r")(?![\w-])"
)
_FACILITY_COMPOUNDS = table("word_lists").words(lang="ru", list="facility_compound")
_NAME_TAILS = sorted(table("word_lists").words(lang="ru", list="name_tail"), key=len, reverse=True)
"""Lower-case words that end a body's name (``Совет сотрудничества высокого уровня``)."""
_BODY_LINKS = table("word_lists").words(lang="ru", list="body_link")
"""``парламента`` in ``Верхняя палата парламента Казахстана``: the body a body's name goes on
with before its country."""
_BODY_GAP_WORDS = _BODY_LINKS | _PLACE_WORDS
"""Lower-case words between a body's name and the rest of it (its parliament, its kind of place)."""
_TITLE_HEADS = table("title_words").words(lang="ru", part="head")
"""Head nouns of persons' titles (``глава``, ``представитель``): no word of a body's name."""
_GOVERNMENTS = table("word_lists").words(lang="ru", list="title_body")
"""The government's names that its head's title names (``Кабинета министров`` in ``председатель
Кабинета министров``), matched word by word by their words' lemmas."""
_GOVERNMENT_HEADS = table("word_lists").words(lang="ru", list="government_head")
"""The heads of the titles of a government's head or deputy head (``председатель``, ``премьер``)."""
_LEGAL_FORMS = table("word_lists").words(lang="ru", list="legal_form")
_QUOTED_BODY_HEADS = table("word_lists").words(lang="ru", list="quoted_body_head")
_ENVOYS = table("word_lists").words(lang="ru", list="envoy_head")
_STOP_GEO = table("word_lists").words(lang="ru", list="geo_stop")
_STREETS = table("word_lists").words(lang="ru", list="street_head")
# kinds of place that lie in a city: with one city in the article, in that one
_IN_A_CITY = frozenset({VenueKind.STATION, VenueKind.PARK, VenueKind.BUILDING})
# buildings that stand in one city however many the article names ("" : no one city)
_LANDMARKS = {"кремль": "москва", "белый дом": "", "смольный": "санкт-петербург", "ак орда": "астана"}
_PLACE_PREPOSITIONS = table("word_lists").words(lang="ru", list="place_preposition")
"""Prepositions before a place: after them a seat of government is the place (``в Кремле``)."""
_QUOTED_NAME = re.compile(r'«[^«»\n]{1,200}»|„[^„“\n]{1,200}“|"[^"\n]{1,200}"')
"""A stretch in quote marks, where a place's word is part of a name (``«Сила Сибири»``)."""
# heads whose name follows in apposition, in the nominative whatever the head's case
_NAMED_BY_APPOSITION = table("word_lists").words(lang="ru", list="apposition_head")
# common heads that a proper name follows (парке Горького, улице Тверской, памятника Пушкину)
_NAMED_AFTER_HEAD = table("word_lists").words(lang="ru", list="named_after_head") | _STREETS
_NATURAL_HEADS = table("word_lists").words(lang="ru", list="natural_head")
"""Nouns of a natural place before its name (``остров Кенгуру``, ``реке Калке``)."""
_NUMBER_AFTER = re.compile(r"[ \xa0]?№[ \xa0]?\d+(?![\w-])")
"""The number that ends a place's or body's name: ``больница № 2``, ``школа №5``."""
_JOINING_WORDS = frozenset(fold(w) for w in table("word_lists").words(lang="ru", list="preposition")) | {
    "и",
    "или",
}
"""Words an acronym leaves out of the name it stands for (``о`` in ``ОДКБ``, ``и`` in ``ЕБРР``)."""
_ACRONYM_MIN = 3
"""The fewest letters an acronym has to be matched with a full name by its initials alone."""
_BULLETS = "•·▪◦"
_BULLET = re.compile(f"[{_BULLETS}]")
"""A list's bullet, which no name holds."""
_LIST_ITEM = re.compile(rf"[^{_BULLETS}\s](?:[^{_BULLETS}]*[^{_BULLETS}\s])?")
_VOWELS = frozenset("аеёиоуыэюя")
"""Letters an oblique case ends in (``Калке``); a name ending in another is as written (``Роббенэйланд``)."""
_VENUE_HEADS_LOWER = table("word_lists").words(lang="ru", list="venue_head_lower")


_ALL_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_NOMINATIVE = frozenset({"nomn"})
_NOT_LOCATIVE = _ALL_CASES - {"loct"}
_GENITIVE = frozenset({"gent"})
# the cases each preposition governs (of persons' names after it)
_PREPOSITION_CASES: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        (
            "у",
            "от",
            "до",
            "из",
            "без",
            "для",
            "после",
            "около",
            "среди",
            "против",
            "вокруг",
            "возле",
            "кроме",
            "со стороны",
            "вместо",
            "помимо",
            "напротив",
        ),
        _GENITIVE,
    ),
    "с": frozenset({"ablt", "gent"}),
    "со": frozenset({"ablt", "gent"}),
    "к": frozenset({"datv"}),
    "ко": frozenset({"datv"}),
    "по": frozenset({"datv", "loct"}),
    "о": frozenset({"loct", "accs"}),
    "об": frozenset({"loct", "accs"}),
    "обо": frozenset({"loct"}),
    "при": frozenset({"loct"}),
    "в": frozenset({"accs", "loct"}),
    "на": frozenset({"accs", "loct"}),
    "за": frozenset({"ablt", "accs"}),
    "под": frozenset({"ablt", "accs"}),
    "перед": frozenset({"ablt"}),
    "над": frozenset({"ablt"}),
    "между": frozenset({"ablt"}),
    "через": frozenset({"accs"}),
    "про": frozenset({"accs"}),
    "благодаря": frozenset({"datv"}),
    "согласно": frozenset({"datv"}),
}


class _Name(NamedTuple):
    start: int
    end: int
    type: str  # PER, LOC, ORG
    kind: VenueKind | None = None
    name: str | None = None  # the base form when a rule already knows it


class _Cluster(NamedTuple):
    name: PersonName
    roles: list[Role]
    spans: list[tuple[int, int]]


class _PersonMention(NamedTuple):
    start: int
    end: int
    name: PersonName
    written: str | None = None  # a lone word as written (Нисипяну), which may not decline


class RussianRecognizer:
    """Persons, organizations and venues of Russian text, in base forms, with coreference."""

    name = f"eventkit-ru/{_VERSION} (natasha slovnet NER news v1, pymorphy2)"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loaded = False

    def load(self) -> None:
        """Load the models now (otherwise the first call to :meth:`recognize` does)."""
        with self._lock:
            if self._loaded:
                return
            try:
                self._tagger = NameTagger()
                self._morph = Morph()
                self._forms = NameForms(self._morph)
            except ImportError as e:
                raise MissingExtraError(_INSTALL_HINT + f" ({e})") from None
            except (OSError, ValueError) as e:
                raise EventkitError(f"cannot load the Russian NER models: {e}") from None
            self._loaded = True

    # ------------------------------------------------------------------ public

    def recognize(self, text: str, blocks: Sequence[Span]) -> Entities:
        """The entities named inside ``blocks`` of ``text``."""
        return self.recognize_many([(text, blocks)])[0]

    def recognize_many(self, items: Sequence[tuple[str, Sequence[Span]]]) -> list[Entities]:
        """The entities of several texts at once (they share the tagger's batches)."""
        self.load()
        try:
            tagged = self._tagger.tag([text for text, _ in items])
            return [
                _Document(self, text, blocks, tokens, names).entities()
                for (text, blocks), (tokens, names) in zip(items, tagged, strict=True)
            ]
        except EventkitError:
            raise
        except Exception as e:  # the contract: nothing but eventkit errors leaves a recognizer
            raise EventkitError(f"entity recognition failed: {type(e).__name__}: {e}") from e


def _coordinates(name: str) -> Coordinates | None:
    """Where a known city lies, from its GeoNames entry in the ``cities`` table."""
    city = _venues.city(name)
    if city is None or city.latitude is None or city.longitude is None:
        return None
    return Coordinates(latitude=city.latitude, longitude=city.longitude)


_LOCK = threading.Lock()
_SHARED: list[RussianRecognizer] = []


def shared_recognizer() -> RussianRecognizer:
    """The process's one recognizer; its models are loaded on its first use only."""
    with _LOCK:
        if not _SHARED:
            _SHARED.append(RussianRecognizer())
        return _SHARED[0]


class _Document:
    """The work on one text: its tokens, tagged names, and what the rules make of them."""

    def __init__(
        self,
        rec: RussianRecognizer,
        text: str,
        blocks: Sequence[Span],
        tokens: list[Token],
        tagged: list[Tagged],
    ) -> None:
        self.rec = rec
        self.forms = rec._forms
        self.morph = rec._morph
        self.text = text
        self.blocks = sorted((b.start, b.end) for b in blocks)
        self.tokens = self._tokens_inside(tokens)
        self.starts = [t.start for t in self.tokens]
        self.ends = [t.end for t in self.tokens]
        self.sentence_ends = [t.end for t in self.tokens if t.text in {".", "!", "?", "..."}]
        names = [_Name(t.start, t.end, t.type) for t in tagged if self._inside(t.start, t.end)]
        # the family names of persons named in full: a lone title word that is one (Дик Адвокат,
        # then Адвокату) is the person's name, not a title
        self._family_stems = {
            fold(words[-1])[:5]
            for n in names
            if n.type == "PER" and len(words := _NAME_WORD.findall(text[n.start : n.end])) > 1
        }
        names = self._quoted_bodies([n for t in names for n in self._cleaned(t)])
        # Майкл Мэйсон (Michael Mason), комитета (МОК), фирма «Спейс адвентчерс» (Space
        # Adventures): two names of one entity, cut apart
        split, self._originals = _originals.split(text, [(n.start, n.end, n.type) for n in names])
        names = [_Name(s, e, t) for s, e, t in split if self._inside(s, e)]
        self._quoted_spans: _Intervals | None = None  # the stretches in quote marks, found when asked
        parliaments = self._parliaments(names)
        if parliaments:
            # Олий Мажлиса, of which the tagger took Олий for a place and Мажлиса for the first
            # word of the person named after it: the body's name, and the person's after it
            names = [c for n in names for c in self._after_parliament(n, parliaments)]
        families = self._family_names(names)
        self.tagged = self._joined_places(
            sorted(
                [c for n in self._gazetteer_names(names) for c in self._cleaned(n)]
                + [self._retyped(self._without_title(n), families) for n in names if self._keep(n)]
                + self._lone_bodies(names)
                + parliaments
            )
        )
        self.tagged = self._places_for_persons(self._given_names_back(self.tagged))
        # looked up once per document, not once per name or title
        self._per_tokens = frozenset(
            i for t in self.tagged if t.type == "PER" for i in range(self._tok(t.start), self._tok_end(t.end))
        )
        self._tagged_at = {t.start: t for t in self.tagged}
        self._tagged_starts = [t.start for t in self.tagged]
        self._nested: dict[tuple[int, int], tuple[int, int]] = {}  # a body's name inside its longer name
        self._branch_owners: set[tuple[int, int]] = set()  # МВД России in ГУ МВД России по Москве
        self._org_heads: dict[str, list[tuple[Organization, str]]] | None = None
        self._towns: dict[tuple[int, VenueKind], list[tuple[int, int, int, str]]] | None = None
        self._role_tokens: set[int] = set()  # the tokens of the titles the rules made roles of
        self._seats_acting: list[_Name] = []  # seats of government that stand for the government

    # ------------------------------------------------------------------ tagger corrections

    def _cleaned(self, name: _Name) -> list[_Name]:
        """A tagged span without a quote mark that opens or closes outside it (``СИЗО «``), a
        place without the year of an event named after it (``Сочи-2014``: the city), and places
        of the gazetteer that the tagger ran together (``Хабаровск Владивосток``) cut apart."""
        start, end = name.start, name.end
        if _BULLET.search(self.text, start, end) is not None:
            # Туркмения • Уганда: items of a list the tagger ran together, each a name of its own
            # (a country of the gazetteer a place, whatever the tagger called the run)
            items: list[_Name] = []
            for item in _LIST_ITEM.finditer(self.text, start, end):
                item_words = tuple(_NAME_WORD.findall(item.group()))
                known = bool(item_words) and (
                    self._gazetteer(item.group()) or self._gazetteer(self.forms.phrase(item_words))
                )
                items += self._cleaned(_Name(item.start(), item.end(), "LOC" if known else name.type))
            return items
        while end > start and self.text[end - 1] in _OPENING_MARKS:
            end -= 1
        while start < end and self.text[start] in _CLOSING_MARKS:
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        # Тим Томас) ... : a bracket the name closes without opening it, and what follows an
        # empty pair (Габор ())
        while end > start and (
            (self.text[end - 1] == ")" and _unopened(self.text[start:end]))
            or self.text[end - 2 : end] == "()"
        ):
            end -= 2 if self.text[end - 2 : end] == "()" else 1
            while end > start and self.text[end - 1].isspace():
                end -= 1
        if name.type == "PER" and _NUMERAL_DOT.search(self.text, start, end):
            end -= 1  # Харальд V. at a sentence's end: the stop is no part of the name
        if end <= start or not any(c.isalpha() for c in self.text[start:end]):
            return []
        raw = self.text[start:end]
        opened = next((i for i, c in enumerate(raw) if c in _OPENING_MARKS), -1)
        # ФК «Спартак-Москва, РИА «Новости: the name is the quoted one, its close left out
        if (
            opened >= 0
            and not any(c in _QUOTE_CLOSE for c in raw[opened:])
            and any(c.isalpha() for c in raw[opened + 1 :])
        ):
            start += opened + 1
        if name.type == "PER":
            start = self._after_leading_title(start, end)
            words = list(_NAME_WORD.finditer(self.text, start, end))
            plain = [m.group() for m in words] == self.text[start:end].split()  # not Аталык (Половникова)
            stray = self.forms.stray_words(tuple(m.group() for m in words)) if plain else 0
            if stray:
                start = words[stray].start()  # спикером Мажлиса Нуриддином Исмоиловым
            return [name._replace(start=start, end=end)] if start < end else []
        if name.type == "ORG":
            if self._stop_after_name(start, end):
                end -= 1  # Би-би-си. at a sentence's end: the stop is no part of the name
            # «Сосновский комбинат хлебопродуктов», of which the tagger took the closing mark
            # alone: no mark the name does not open
            end = start + len(_originals.unquoted(self.text[start:end]))
        if name.type != "LOC":
            return [name._replace(start=start, end=end)]
        year = _YEAR_AFTER.search(self.text, start, end)
        if year is not None:
            place = tuple(_NAME_WORD.findall(self.text[start : year.start()]))
            if self._gazetteer(self.forms.phrase(place)):
                end = year.start()
        raw = self.text[start:end]
        parts = list(_PLACE_PART.finditer(raw))
        if (
            len(parts) > 1
            and all(m.group()[:1].isupper() for m in parts)
            and not self._gazetteer(raw)
            and not self._gazetteer(self.forms.phrase(tuple(_NAME_WORD.findall(raw))))
            and all(self._gazetteer(self.forms.phrase((m.group(),))) for m in parts)
        ):
            return [_Name(start + m.start(), start + m.end(), "LOC") for m in parts]
        return [name._replace(start=start, end=end)]

    def _stop_after_name(self, start: int, end: int) -> bool:
        """Whether a span ends in the full stop of its sentence after a word (``Яндекс.``), not
        in an abbreviation's or an initial's (``им.``, ``Inc.``, ``U.S.``)."""
        last = _LAST_WORD.search(self.text, start, end)
        if last is None or self.text[last.end(1) : end] != ".":
            return False
        word = last.group(1)
        dotted = self.text[last.start(1) - 1 : last.start(1)] == "."
        return len(word) > 1 and not dotted and fold(word) not in ABBREVIATIONS

    def _after_leading_title(self, start: int, end: int) -> int:
        """Where a person's name begins once the capitalised titles the tagger took in before it
        are left out (``Король Абдалла``, ``Принц Уильям``, ``Сэр Алекс Фергюсон``: the title is a
        role, as NEREL has it); ``end`` when the span is nothing but a title (``Президент``,
        ``Генерал-полковник``). A word that is also a given name (``Эмир``, ``Мэри``) stays."""
        for m in _NAME_WORD.finditer(self.text, start, end):
            word = m.group()
            if (
                m.start() == start
                and self._opens_sentence(start)
                and self._common_word(word)
                and _NAME_WORD.search(self.text, m.end(), end) is not None
            ):
                # Восьмидесятилетний Маккейн, Карьера Гандольфини: a capitalised word the
                # dictionary knows only as a common word opens the sentence, not the name
                start = _NAME_WORD.search(self.text, m.end(), end).start()  # type: ignore[union-attr]
                continue
            if (
                len(word) < 3
                or not word[:1].isupper()
                or word.isupper()
                or self._head(word.lower()) is None
                or self.forms._is_given(word)
                or any(
                    "Name" in p.tag or "Surn" in p.tag or fold(p.normal_form) in self.forms.first
                    for p in self.morph.parse(word)
                )
            ):
                return start
            rest = _NAME_WORD.search(self.text, m.end(), end)
            if rest is None:
                return start if fold(word)[:5] in self._family_stems else end
            start = rest.start()
        return start

    def _opens_sentence(self, offset: int) -> bool:
        """Whether only spaces, opening quote marks and dashes stand between ``offset`` and the end
        of the sentence before it (or the text's start); read back from ``offset``, not copied."""
        i = offset
        while i > 0 and self.text[i - 1] in ' \t«"„“—–-':
            i -= 1
        return i == 0 or self.text[i - 1] in ".!?\n"

    def _common_word(self, word: str) -> bool:
        """Whether a capitalised word is one the dictionary knows, and only as a common word."""
        if len(word) < 4 or not word[:1].isupper() or word.isupper() or "-" in word:
            return False
        if fold(word) in self.forms.first or fold(word) in self.forms.last:
            return False
        parses = self.morph.parse(word)
        return bool(parses) and all(
            p.is_known
            and fold(p.normal_form) not in self.forms.first
            and fold(p.normal_form) not in self.forms.last
            and p.tag.POS in ("NOUN", "ADJF", "INFN", "VERB", "PRTF", "ADJS")
            and not any(t in p.tag for t in ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"))
            for p in parses
        )

    def _given_names_back(self, names: list[_Name]) -> list[_Name]:
        """A given name the tagger put at the end of a place or body right before a person's name
        (``Президентом Турецкой Республики Реджепом`` + ``Тайипом Эрдоганом``) starts the person's name."""
        out = list(names)
        for i in range(len(out) - 1):
            a, b = out[i], out[i + 1]
            if a.type not in ("LOC", "ORG") or b.type != "PER" or self.text[a.end : b.start] != " ":
                continue
            words = list(_NAME_WORD.finditer(self.text, a.start, a.end))
            last = words[-1].group() if words else ""
            if len(words) < 2 or words[-1].end() != a.end or not self._given_name(last):
                continue
            if self._gazetteer(last) or self._gazetteer(self.forms.phrase((last,))):
                continue  # Республики Филиппины: a place, though Филиппина is a given name too
            out[i] = a._replace(end=words[-2].end(), name=None)
            out[i + 1] = b._replace(start=words[-1].start())
        return out

    def _given_name(self, word: str) -> bool:
        """Whether ``word`` is a form of a given name the dictionary or the name list knows (``Реджепом``)."""
        return word[:1].isupper() and any(
            "Name" in p.tag and (p.is_known or fold(p.normal_form) in self.forms.first)
            for p in self.morph.parse(word)
        )

    def _places_for_persons(self, names: list[_Name]) -> list[_Name]:
        """A lone word the tagger calls a person that names a place it found elsewhere in the
        text (``в Физули`` ... ``детям Физули``) is that place, unless it is the family name of a
        person named in full, or a title or ``имени`` stands before it."""
        places = {
            fold(self.forms.phrase(words))
            for n in names
            if n.type == "LOC" and (words := tuple(_NAME_WORD.findall(self.text[n.start : n.end])))
        }
        if not places:
            return names
        out = []
        for n in names:
            word = _NAME_WORD.findall(self.text[n.start : n.end]) if n.type == "PER" else []
            if len(word) == 1 and self._a_place_here(n.start, word[0], places):
                n = n._replace(type="LOC")
            out.append(n)
        return out

    def _a_place_here(self, start: int, word: str, places: set[str]) -> bool:
        k = self._tok(start)
        before = self.tokens[k - 1].text if k > 0 else ""
        return (
            fold(self.forms.phrase((word,))) in places
            and fold(word)[:5] not in self._family_stems
            and before.lower() not in _NAMED_AFTER
            and f"{before.lower()}." not in _NAMED_AFTER  # им Косыгина
            and not (before == "." and k > 1 and f"{self.tokens[k - 2].text.lower()}." in _NAMED_AFTER)
            and not (before.islower() and self._head(before) is not None)  # епископ Теодориус
        )

    def _quoted_bodies(self, names: list[_Name]) -> list[_Name]:
        """``газета «Коммерсантъ»``, ``ОАО «Газпром»``: the name in quote marks after a word that
        says what kind of body it is; names the tagger found inside or across it give way."""
        toks = self.tokens
        bodies: list[_Name] = []
        for k in range(len(toks) - 2):
            word = toks[k].text
            if toks[k + 1].text not in _QUOTE_OPEN:
                continue
            if word not in _LEGAL_FORMS and not (word.islower() and self._lemma(word) in _QUOTED_BODY_HEADS):
                continue
            start = toks[k + 1].end
            closing = _closing(toks[k + 1].text)
            if closing == "'" and toks[k + 2].text == "'" and toks[k + 2].start == start:
                # журнала ''Bild'': a quote mark typed as two apostrophes, closed by two
                start, closing = toks[k + 2].end, "''"
            close = self._quoted_end(start, closing)
            if close is None:
                continue
            bodies.append(_Name(start, close, "ORG"))
        if not bodies:
            return names
        spans = _Intervals((b.start, b.end) for b in bodies)
        kept = [n for n in names if not spans.overlaps(n.start - 1, n.end + 1)]
        return sorted(kept + bodies)

    def _joined_places(self, names: list[_Name]) -> list[_Name]:
        """Two places joined by ``и`` that the gazetteer knows as one country (``Боснии и
        Герцеговине``, ``Тринидад и Тобаго``) are one name, the country's."""
        out: list[_Name] = []
        for n in names:
            prev = out[-1] if out else None
            if prev is not None and prev.type == n.type == "LOC" and self.text[prev.end : n.start] == " и ":
                first, second = self.text[prev.start : prev.end], self.text[n.start : n.end]
                country = _venues.country_by_name(f"{first} и {second}") or _venues.country_by_name(
                    f"{self.forms.phrase(tuple(first.split()))} и {self.forms.phrase(tuple(second.split()))}"
                )
                if country is not None:
                    out[-1] = _Name(prev.start, n.end, "LOC", VenueKind.COUNTRY, country.name)
                    continue
            out.append(n)
        return out

    def _family_names(self, names: list[_Name]) -> frozenset[str]:
        """The last words of the persons the tagger names with two words or more, folded."""
        out = set()
        for n in names:
            if n.type == "PER":
                words = _NAME_WORD.findall(self.text[n.start : n.end])
                if len(words) > 1 and not words[-1].endswith("."):
                    out.add(fold(words[-1]))
        return frozenset(out)

    def _retyped(self, name: _Name, families: frozenset[str] = frozenset()) -> _Name:
        """International bodies the tagger calls places (``ЕС``), places it calls bodies (``МКС``),
        and a person's family name it calls a body (``аль-Бусаиди`` after ``Бадр бин Хамад
        аль-Бусаиди``)."""
        raw = self.text[name.start : name.end]
        if name.type == "ORG" and not raw.isupper() and fold(raw) in families:
            return name._replace(type="PER")
        body = _BODY_NAMES.get(fold(" ".join(raw.split())))
        if body is not None:  # Жогорку Кенеша: the body, named in the nominative
            return name._replace(type="ORG", name=body)
        words = tuple(_NAME_WORD.findall(raw))
        if name.type == "PER" and len(words) == 1 and fold(words[0]) not in self.forms.first:
            # a city the tagger takes for a person: с Преторией
            base = self.forms.phrase(words)
            if (
                _venues.city_country(base) is not None
                or _venues.region_kind(base) is not None
                or _venues.country_by_name(base) is not None  # с Мозамбиком
            ):
                return name._replace(type="LOC")
        seat = self._seat(words) if words and _venues.may_be_seat(words[0]) else None
        if seat is not None:
            # a seat of government, which the tagger may call a body or a person (``пресс-служба
            # Акорды``): a place, which the venue rules keep only where it stands for the place
            return name._replace(type="LOC", kind=VenueKind.BUILDING, name=seat)
        if name.type == "LOC" and (
            _venues.is_body(raw) or (words and _venues.is_body(self.forms.phrase(words)))
        ):
            return name._replace(type="ORG")
        if name.type == "ORG" and (
            _venues.is_place(raw) or (words and _venues.is_place(self.forms.phrase(words)))
        ):
            return name._replace(type="LOC", kind=VenueKind.OTHER)
        if name.type == "ORG" and len(words) > 1 and (kind := self._facility(words)) is not None:
            # (a facility's head alone, СИЗО or ГЭС, names no place: the tagger's body stays)
            return name._replace(type="LOC", kind=kind)
        return name

    def _seat(self, words: Sequence[str]) -> str | None:
        """The name of the seat of government ``words`` name in some case (``Акорды`` →
        ``Акорда``, ``Белого дома`` → ``Белый дом``), else ``None``."""
        base = self.forms.phrase(words)
        if _venues.country_by_name(base) is not None:
            return None  # a country that is a seat (Ватикан) is a country either way
        if _venues.seat_country(base) is not None:
            return base
        if len(words) == 1:
            for p in self.morph.parse(words[0]):
                form = str(p.normal_form)
                if _venues.seat_country(form) is not None:
                    return form[:1].upper() + form[1:]
        return None

    def _facility(self, words: Sequence[str]) -> VenueKind | None:
        """The kind of a name headed by a facility word after its adjectives (``Боткинской
        больнице``, ``Храм Христа Спасителя``, ``Саяно-Шушенской ГЭС``), else ``None``."""
        for i, w in enumerate(words[:4]):
            parses = self.morph.parse(w)
            lemmas = [str(p.normal_form) for p in parses if p.tag.POS == "NOUN"] or [w.lower()]
            if i + 1 < len(words):  # a head of two words: Доме правительства
                lemmas += [f"{lemma} {words[i + 1]}" for lemma in lemmas]
            kind = next((k for k in map(_venues.facility_kind, lemmas) if k is not None), None)
            if kind is not None:
                return kind
            if not any(p.tag.POS == "ADJF" for p in parses):
                return None
        return None

    def _stage_of_an_event(self, name: _Name, words: Sequence[str]) -> bool:
        """Whether a body's name headed by a ``stage_head`` word after its adjectives is the
        building something takes place in: after в or во, the head in the locative, in a sentence
        with a verb of the ``takes_place_verb`` list (``концерт состоялся в Большом театре``)."""
        before = _LAST_WORD.search(self.text, max(0, name.start - 4), name.start)
        if before is None or before.group(1).lower() not in ("в", "во"):
            return False
        for i, w in enumerate(words[:4]):
            parses = self.morph.parse(w)
            if any(
                p.tag.POS == "NOUN" and str(p.normal_form) in _STAGE_HEADS and p.tag.case == "loct"
                for p in parses
            ):
                break
            if (i == 0 and not w[:1].isupper()) or not any(p.tag.POS == "ADJF" for p in parses):
                return False
        else:
            return False
        left = max(self.text.rfind(c, 0, name.start) for c in ".!?\n") + 1
        right = min((k for c in ".!?\n" if (k := self.text.find(c, name.end)) >= 0), default=len(self.text))
        return any(
            self._lemma(w) in _TAKES_PLACE for w in _NAME_WORD.findall(self.text[left:right]) if w.islower()
        )

    def _lone_adjective(self, name: _Name) -> bool:
        """Whether a name is one capitalised adjective or participle alone, outside quote marks,
        that goes with the common noun after it (``с Национальным лидером``, ``Внесённые
        изменения``): no body's name (``худрук Большого``, the name alone, is one)."""
        raw = self.text[name.start : name.end]
        if not raw.isalpha() or raw.isupper() or self.text[name.start - 1 : name.start] in '«„"“':
            return False
        after = re.match(r" ([а-яё]+)", self.text[name.end : name.end + 40])
        if after is None:
            return False
        parses = self.morph.parse(raw)
        if not parses or not all(p.tag.POS in ("ADJF", "PRTF") for p in parses):
            return False
        cases = {p.tag.case for p in parses}
        nxt = self.morph.parse(after.group(1))
        return any(p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.tag.case in cases for p in nxt)

    def _without_title(self, name: _Name) -> _Name:
        """A place's name without a title's head the tagger took in with it (``Раис Татарстана``,
        ``Губернатор Приморья``): the title is the person's, the place is what follows it."""
        if name.type != "LOC":
            return name
        m = re.match(r"([А-ЯЁ][а-яё]+) (?=[А-ЯЁ])", self.text[name.start : name.end])
        if m is None or self._lemma(m.group(1)) not in _TITLE_HEADS:
            return name
        if _venues.region_kind(m.group(1)) is not None:
            return name
        return name._replace(start=name.start + m.end())

    def _compass_pair(self, start: int, end: int) -> bool:
        """Whether the word at ``start:end`` is a point of the compass joined to another by a dash
        or ``и`` (``Север—Юг``, ``Востоком и Западом``)."""
        if self._lemma(self.text[start:end]) not in _COMPASS_POINTS:
            return False
        after = _COMPASS_PAIR_AFTER.match(self.text, end, end + 20)
        before = _COMPASS_PAIR_BEFORE.search(self.text[max(0, start - 20) : start])
        return any(m is not None and self._lemma(m.group(1)) in _COMPASS_POINTS for m in (after, before))

    def _keep(self, name: _Name) -> bool:
        """Drop what the tagger takes for a place but is a people (``Американцы``), and the
        common nouns of the ``not_names`` table (``СМИ``)."""
        raw = self.text[name.start : name.end]
        if (raw, name.type) in _NOT_NAMES:
            return False
        if name.type in ("ORG", "PER") and self._lone_adjective(name):
            return False
        if name.type == "ORG" and name.name is None and self._clause_at_start(raw, name.start):
            return False
        if name.type == "ORG" and self.text[name.start - 1 : name.start] in '«„"“':
            craft = _LAST_WORD.search(self.text, max(0, name.start - 30), name.start - 1)
            if craft is not None and self._lemma(craft.group(1)) in _VEHICLES:
                return False  # шаттла «Индевор», сериале «Бригада»: a craft's or a work's name
        if name.type == "ORG" and (fold(raw) in _SERVICES or fold(self._lemma(raw)) in _SERVICES):
            # в Telegram, в своём Твиттере, в соцсети Facebook: the service a post is on
            before = _LAST_WORD.search(self.text, max(0, name.start - 30), name.start)
            return before is None or fold(before.group(1)) not in _SERVICE_PLACES
        if name.type != "LOC":
            return True
        if agency_form(raw):
            return False  # ``Бишкек, 9 апреля /Кабар/``: the agency, no place
        if self._compass_pair(name.start, name.end):
            return False  # ``коридор Север—Юг``, ``между Востоком и Западом``: directions
        if " " in raw or raw.isupper():
            return True
        parses = self.morph.parse(raw)
        if any("Geox" in p.tag for p in parses) or _venues.region_kind(raw) is not None:
            return True  # (Кентукки, which the dictionary guesses to be a people)
        if self._opens_sentence(name.start) and self._no_noun(raw, parses):
            return False  # Придётся ..., Так ...: a sentence's first word, no name of a place
        return not (
            parses
            and parses[0].tag.POS == "NOUN"
            and "anim" in parses[0].tag
            and parses[0].tag.number == "plur"
        )

    def _clause_at_start(self, raw: str, start: int) -> bool:
        """Whether a name that opens its sentence, its other words in lower case and no quote
        mark in it, is the sentence's own words and no body's name: a verb or a short participle
        in it (``Обучался музыке``, ``Фонд создан для ...``), or a noun of an event first
        (``Открытие филиала``: the ``event_noun`` list)."""
        words = raw.split()
        if (
            len(words) < 2
            or not self._opens_sentence(start)
            or not all(w.isalpha() and w.islower() for w in words[1:])
            or not words[0].isalpha()
        ):
            return False
        if self._first_is(words[0], "NOUN") and fold(self._lemma(words[0])) in _EVENT_NOUNS:
            return True
        # every word here is all letters, which the dictionary always gives a reading
        return any(self._first_is(w, "VERB", "PRTS", "INFN", "GRND") for w in words)

    @staticmethod
    def _no_noun(word: str, parses: Sequence[Parse]) -> bool:
        """Whether the dictionary knows ``word`` only as a word that names nothing: a verb, an
        adverb, a conjunction, a participle (not a noun, a name, nor a place's adjective)."""
        return (
            bool(parses)
            and all(
                p.is_known
                and p.tag.POS not in ("NOUN", "ADJF", None)
                and not any(t in p.tag for t in ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"))
                for p in parses
            )
            and _venues.place_by_adjective(word) is None
        )

    def _gazetteer_names(self, tagged: list[_Name]) -> list[_Name]:
        """Countries and cities of the gazetteer that the tagger missed (``Бенин``, ``Коста Рика``)."""
        covered = bytearray(len(self.tokens))
        for t in tagged:
            for i in range(self._tok(t.start), self._tok_end(t.end)):
                if 0 <= i < len(covered):
                    covered[i] = 1
        out: list[_Name] = []
        toks = self.tokens
        i = 0
        while i < len(toks):
            tok = toks[i]
            if covered[i] or not tok.text[:1].isupper() or not tok.text[:1].isalpha():
                i += 1
                continue
            found = 0
            for n in (4, 3, 2, 1):
                if i + n > len(toks) or any(covered[i : i + n]):
                    continue
                words = tuple(t.text for t in toks[i : i + n])
                if not all(w[:1].isupper() or w in ("и", "-", "—") for w in words) or words[-1] in (
                    "и",
                    "-",
                    "—",
                ):
                    continue
                if n == 1 and (i == 0 or toks[i - 1].text in {".", "!", "?", "...", "\n", "—", "«", '"'}):
                    continue
                raw = self.text[toks[i].start : toks[i + n - 1].end]
                base = self.forms.phrase(tuple(_NAME_WORD.findall(raw)))
                if self._gazetteer(raw) or self._gazetteer(base):
                    found = n
                    break
                if self._region(raw, base) is not None and not self._quoted(toks[i].start):
                    found = n  # (a region in quote marks is part of a name: «Сила Сибири»)
                    break
            if found:
                out.append(_Name(toks[i].start, toks[i + found - 1].end, "LOC"))
                i += found
            else:
                i += 1
        return out

    def _quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a pair of quote marks (``«...»``, ``„...“``, ``"..."``)."""
        if self._quoted_spans is None:
            self._quoted_spans = _Intervals(m.span() for m in _QUOTED_NAME.finditer(self.text))
        return self._quoted_spans.overlaps(pos, pos + 1)

    def _region(self, raw: str, base: str) -> str | None:
        """The name of the region of the ``regions`` table that ``raw`` (``base`` in the
        nominative) names, by a dictionary form of a single word when ``base`` is not one
        (``Луизиану`` → ``Луизиана``), else ``None``."""
        if _venues.region_kind(base) is not None:
            return base
        if _venues.region_kind(raw) is not None:
            return raw  # из Кентукки: a name that never declines, which the nominative guess declines
        if " " not in raw:
            for p in self.morph.parse(raw):
                form = str(p.normal_form)
                if _venues.region_kind(form) is not None:
                    return "-".join(w[:1].upper() + w[1:] for w in form.split("-"))
        return None

    def _lone_bodies(self, tagged: list[_Name]) -> list[_Name]:
        """``Полиция задержала ...``: a body's head word alone at a sentence's start, which
        names the body the article speaks of (the ``lone_org_head`` list)."""
        # the tokens that may open a sentence: the first, and those after a stop or a line break
        firsts = {0, *(self._tok(e) for e in self.sentence_ends)}
        firsts.update(self._tok(m.end()) for m in re.finditer("\n", self.text))
        spans = _Intervals((t.start, t.end) for t in tagged)
        out = []
        for k in sorted(firsts):
            if k >= len(self.tokens):
                continue
            tok = self.tokens[k]
            if not tok.text[:1].isupper() or not self._opens(k):
                continue
            if self._lemma(tok.text) in _LONE_BODIES and not spans.overlaps(tok.start, tok.end):
                out.append(_Name(tok.start, tok.end, "ORG"))
            elif k + 1 < len(self.tokens) and (end := self._adjective_body(k)) is not None:
                # Британская полиция, Российские власти: a place's adjective and a body's noun
                out.append(_Name(tok.start, end, "ORG"))
        return out

    def _adjective_body(self, k: int) -> int | None:
        """The end of a body's noun (the ``adjective_body`` list) in lower case after the place
        adjective at token ``k`` that agrees with it, else ``None``."""
        adjective, noun = self.tokens[k].text, self.tokens[k + 1].text
        if not noun.islower() or self.text[self.tokens[k].end : self.tokens[k + 1].start] != " ":
            return None
        if _venues.place_by_adjective(adjective) is None or not self._has(adjective, "ADJF"):
            return None
        if self._lemma(noun) not in _ADJECTIVE_BODIES or not self._agrees(adjective, noun):
            return None
        return self.tokens[k + 1].end

    def _after_parliament(self, name: _Name, parliaments: list[_Name]) -> list[_Name]:
        """``name`` without the words of a parliament's name it starts in: none when it lies
        within it, a person's name from the word after it."""
        body = next((p for p in parliaments if p.start <= name.start < p.end), None)
        if body is None:
            return [name]
        if name.end <= body.end or name.type != "PER":
            return []
        after = _NAME_WORD.search(self.text, body.end, name.end)
        return [name._replace(start=after.start())] if after is not None else []

    def _parliaments(self, tagged: list[_Name]) -> list[_Name]:
        """Parliaments of the ``body_name`` rows that the tagger missed (``Олий Мажлиса``):
        two words that no tagged name touches, or that hold the only tagged names they touch
        (``Олий`` taken for a place)."""
        spans = _Intervals((t.start, t.end) for t in tagged)
        toks = self.tokens
        out = []
        for k in range(len(toks) - 1):
            a, b = toks[k], toks[k + 1]
            if not a.text[:1].isupper() or self.text[a.end : b.start] != " ":
                continue
            body = _BODY_NAMES.get(fold(f"{a.text} {b.text}"))
            if body is None:
                continue
            touched = (
                [t for t in tagged if t.start < b.end and a.start < t.end]
                if spans.overlaps(a.start, b.end)
                else []
            )
            if all(
                a.start <= t.start and (t.end <= b.end or t.type == "PER") and t.type != "ORG"
                for t in touched
            ):
                out.append(_Name(a.start, b.end, "ORG", name=body))
        return out

    @staticmethod
    def _gazetteer(name: str) -> bool:
        return _venues.country_by_name(name) is not None or _venues.city_country(name) is not None

    def _tokens_inside(self, tokens: list[Token]) -> list[Token]:
        """The tokens :meth:`_inside` the blocks: the tokens come in text order, so the block a
        token may be in (the last one starting at or before it) is followed along, not searched."""
        blocks = self.blocks
        out: list[Token] = []
        i, n = -1, len(blocks)
        for t in tokens:
            while i + 1 < n and blocks[i + 1][0] <= t.start:
                i += 1
            if i >= 0 and t.end <= blocks[i][1]:
                out.append(t)
        return out

    def _inside(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.blocks, (start, 1 << 62)) - 1
        return i >= 0 and self.blocks[i][0] <= start and end <= self.blocks[i][1]

    # ------------------------------------------------------------------ tokens

    def _tok(self, offset: int) -> int:
        """Index of the token starting at ``offset`` (or the first one after it)."""
        return bisect.bisect_left(self.starts, offset)

    def _tok_end(self, offset: int) -> int:
        """Index one past the token ending at ``offset``."""
        return bisect.bisect_left(self.ends, offset) + 1

    def _sentence(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_ends, offset)

    def _has(self, word: str, *grammemes: str) -> bool:
        return any(all(g in p.tag for g in grammemes) for p in self.morph.parse(word))

    def _first_is(self, word: str, *pos: str) -> bool:
        """Whether the dictionary's likeliest reading of a word is one of these parts of speech."""
        parses = self.morph.parse(word)
        return bool(parses) and parses[0].tag.POS in pos

    def _lemma(self, word: str) -> str:
        parses = self.morph.parse(word)
        return str(parses[0].normal_form) if parses else word.lower()

    # ------------------------------------------------------------------ pipeline

    def entities(self) -> Entities:
        orgs = self._organizations()
        venues = self._venues(orgs)
        stages = [
            o for o in orgs if self._stage_of_an_event(o, _NAME_WORD.findall(self.text[o.start : o.end]))
        ]
        if stages:  # концерт прошёл в Большом театре: the building, not the body
            orgs = [o for o in orgs if o not in stages]
            longest = [
                o for o in stages if not any(p.start <= o.start and o.end <= p.end and p != o for p in stages)
            ]
            venues = sorted(
                venues + [o._replace(type="LOC", kind=VenueKind.BUILDING) for o in longest], key=_name_order
            )
        # станции "Адмиралтейская": the head word says it is a place, whatever the tagger said
        # (a name that is an adjective: a noun there is as often the owner, станция „Водоканала“)
        headed = {
            (v.start, v.end)
            for v in venues
            if v.name is not None and v.kind in _IN_A_CITY and self._has(v.name.split()[0], "ADJF")
        }
        orgs = [o for o in orgs if (o.start, o.end) not in headed]
        # саду Эрмитаж, музее Пушкина, стадионе «Лужники»: the name after a common head (or a
        # facility's head and quote marks) is the place's, not a body's
        inside_headed = _Intervals(self._headed)
        orgs = [o for o in orgs if not inside_headed.covers(o.start, o.end)]
        bodies = {(o.start, o.end) for o in orgs}
        venues = [v for v in venues if (v.start, v.end) not in bodies]
        seats = [
            b
            for n in self._seats_acting
            if (n.start, n.end) not in bodies and (b := self._seat_as_body(n)) is not None
        ]
        if seats:
            orgs = sorted(orgs + seats, key=_name_order)
        org_objs = self._org_objects(orgs)
        venue_objs = self._venue_objects(venues)
        persons = self._persons(org_objs)
        return Entities(persons=tuple(persons), organizations=tuple(org_objs), venues=tuple(venue_objs))

    # ------------------------------------------------------------------ organizations

    def _organizations(self) -> list[_Name]:
        """ORG names, extended over their genitive dependents, plus descriptor-named bodies."""
        out: list[_Name] = []
        tagged = self.tagged
        i = 0
        while i < len(tagged):
            cur = tagged[i]
            if cur.type != "ORG":
                i += 1
                continue
            start, end = cur.start, cur.end
            j = i + 1
            # Брянского городского | Совета ..., Федеральному дорожному | агентству: a name cut
            # after an adjective goes on with the noun it agrees with
            noun_end = self._noun_after_adjective(end)
            if noun_end is not None:
                end = noun_end
                while j < len(tagged) and tagged[j].start < end:
                    j += 1
            before_place = None
            owner = owner_end = None
            while j < len(tagged) and self._extends(start, end, tagged[j]):
                # (not the initials of a person a body is named after: института им. А.М. Горького)
                # палата парламента X, суд штата X: no mention of the body without its place
                linked = self.text[end : tagged[j].start].strip() in _BODY_GAP_WORDS
                before_place = (
                    end if tagged[j].type == "LOC" and self.text[end - 1].isalpha() and not linked else None
                )
                if tagged[j].type == "ORG":
                    owner = tagged[j].start
                elif owner is not None and owner_end is None and self.text.startswith(" по ", end):
                    # ГУ МВД России по Москве: the branch's place is no word of its owner's name,
                    # and the owner, named apart from its branch, is a body of its own
                    owner_end = end
                    self._branch_owners.add((owner, end))
                end = tagged[j].end
                j += 1
            if owner is not None:
                # ООН in Совет Безопасности ООН: the body the longer one belongs to, named too
                out.append(_Name(owner, owner_end or end, "ORG"))
            end = self._with_number(self._with_tail(self._remit(start, self._named_after(start, end))))
            convened = self._with_convocation(end)
            if convened != end:
                # Госдумы шестого созыва: the parliament of one convocation, and the parliament
                # named without it, a mention of its own
                out.append(_Name(start, end, "ORG"))
                self._nested[(start, end)] = (start, convened)
                end = convened
            out.append(_Name(start, end, "ORG", name=cur.name if end == cur.end else None))
            if before_place is not None:
                # МВД in МВД Киргизии: the body named without its country, a mention of its own
                out.append(_Name(start, before_place, "ORG"))
                self._nested[(start, before_place)] = (start, end)
            i = i + 1 if j == i + 1 else j
        out.extend(self._descriptor_orgs())
        out = [self._without_opener(n) for n in out if not self._holders(n)]
        out.sort(key=_name_order)
        return _dedupe(self._cut_at_persons(out))

    def _holders(self, name: _Name) -> bool:
        """Whether a name is the holders of a post in the plural, with their remit in lower case
        (``Министры обороны России``, ``Послы стран ЕС``): persons, no body."""
        m = re.match(r"([^\W\d_]+) (?=[а-яё])", self.text[name.start : name.end])
        if m is None or name.name is not None or not m.group(1)[:1].isupper():
            return False
        parses = self.morph.parse(m.group(1))
        if not parses:
            return False
        first = parses[0]
        return first.normal_form in _TITLE_HEADS and first.tag.number == "plur" and first.tag.case == "nomn"

    def _without_opener(self, name: _Name) -> _Name:
        """A body's name without the word that opens its sentence and is no part of it: a
        title (``Представитель НИИ ...``), a verb (``Основал Фонд ...``) or a common noun in
        an oblique case (``Делу Кировлеса``) before a capitalised word."""
        if name.name is not None:
            return name
        m = re.match(r"([^\W\d_]+) (?=[A-ZА-ЯЁ])", self.text[name.start : name.end])
        if m is None or m.group(1).isupper():
            return name
        before = self.text[: name.start].rstrip()
        if before and before[-1] not in ".!?\n" and not before.endswith(("—", "»")):
            return name
        word = m.group(1)
        lemma = self._lemma(word)
        if lemma in _ORG_HEADS or lemma in _ORG_DESCRIPTORS or lemma in _LONE_BODIES:
            return name
        parses = self.morph.parse(word)
        if not parses:
            return name
        opener = lemma in _TITLE_HEADS or all(
            p.tag.POS in ("VERB", "INFN") or (p.tag.POS == "NOUN" and p.tag.case != "nomn") for p in parses
        )
        return name._replace(start=name.start + m.end()) if opener else name

    def _noun_after_adjective(self, end: int) -> int | None:
        """The end of the noun right after a name that ends in an adjective it agrees with
        (``Брянского городского Совета``, ``Федеральному дорожному агентству``): the end of a
        tagged body's name that starts with that noun, or of the noun in lower case; else
        ``None``."""
        last = _LAST_WORD.search(self.text, max(0, end - 40), end)
        if last is None or last.end() != end or not last.group(1)[:1].isalpha():
            return None
        parses = self.morph.parse(last.group(1))
        if not parses or parses[0].tag.POS != "ADJF":
            return None
        nxt = _NAME_WORD.match(self.text, end + 1)
        if self.text[end : end + 1] != " " or nxt is None:
            return None
        forms = {(p.tag.case, p.tag.number) for p in parses if p.tag.POS == "ADJF"}
        following = self.morph.parse(nxt.group())
        if not any(p.tag.POS in ("NOUN", "ADJF") and (p.tag.case, p.tag.number) in forms for p in following):
            return None
        body = self._tagged_at.get(nxt.start())
        if body is not None and body.type == "ORG":
            return body.end
        if nxt.group().islower() and self._first_is(nxt.group(), "NOUN"):
            return nxt.end()
        return None

    def _with_number(self, end: int) -> int:
        """The end of a name that goes on with its number (``Инфекционной больницы № 2``); not
        after an acronym (``Совета Безопасности ООН № 1747``: the number is a resolution's)."""
        m = _NUMBER_AFTER.match(self.text, end)
        last = _LAST_WORD.search(self.text, max(0, end - 40), end)
        if m is None or last is None or last.end() != end or last.group(1).isupper():
            return end
        return m.end()

    def _with_tail(self, end: int) -> int:
        """The end of a body's name that goes on with a lower-case tail of the ``name_tail``
        list (``Совета сотрудничества высокого уровня``), or, after a body's head word, with
        the states it gathers: an adjective in the genitive plural and a noun of the
        ``member_states`` list (``Парламентской ассамблеи тюркских государств``)."""
        for tail in _NAME_TAILS:
            if self.text.startswith(tail, end + 1) and self.text[end : end + 1] == " ":
                after = self.text[end + 1 + len(tail) : end + 2 + len(tail)]
                if not (after.isalnum() or after == "-"):
                    return end + 1 + len(tail)
        members = _MEMBER_TAIL.match(self.text, end)
        last = _LAST_WORD.search(self.text, max(0, end - 40), end)
        if (
            members is not None
            and last is not None
            and last.end() == end
            and self._lemma(last.group(1).lower()) in _ORG_HEADS
            and self._has(members.group(1), "ADJF", "plur", "gent")
        ):
            return members.end()
        return end

    def _with_convocation(self, end: int) -> int:
        """The end of a body's name that goes on with the ordinals of its convocations and a
        word of the ``convocation`` list (``Госдумы шестого созыва``, ``Государственной думы
        четвёртого и пятого созывов``, ``Палаты представителей 112 созыва``), else ``end``."""
        m = _CONVOCATION.match(self.text, end)
        if m is None or not all(
            w[:1].isdigit() or self._has(w, "Anum") for w in _ORDINAL_WORD.findall(m.group(1)) if w != "и"
        ):
            return end
        return m.end()

    def _remit(self, start: int, end: int) -> int:
        """The end of a committee's name that goes on with its remit after ``по``: lower-case
        nouns and adjectives, joined by commas or ``и`` (``Комитет Сената США по международным
        отношениям``, ``Комитет Госдумы по вопросам семьи, женщин и детей``), and the place an
        adjective of it goes with (``Международный трибунал по бывшей Югославии``); the head,
        the name's first word or its first noun after adjectives (``Межправительственная
        комиссия``), is a ``remit_head``, and the name starts with a capital."""
        if not self._remit_headed(start, end):
            return end
        m = _REMIT.match(self.text, end)
        if m is None:
            return end
        reach = end
        ends: list[tuple[int, str]] = []  # each remit word's end, and the word
        cases: set[str] = set()
        after_comma = False
        for w in _REMIT_WORD.finditer(self.text, m.start() + 4, m.end()):
            word = w.group(1)
            if word == "и":
                continue
            here = self._noun_cases(word)
            # вопросам семьи, женщин и детей: after a comma, only a list that ``и`` closes goes
            # on, with a word of the same case
            listed = " и " in self.text[w.start() : m.end()] and bool(here & cases)
            if not self._remit_word(word) or (after_comma and not listed):
                break
            cases, after_comma = here, w.group().endswith(",")
            reach = w.start(1) + len(word)
            ends.append((reach, word))
        if ends and self._first_is(ends[-1][1], "ADJF"):
            place = self._tagged_at.get(reach + 1)
            if place is not None and place.type == "LOC" and self.text[reach] == " ":
                return place.end  # по бывшей Югославии: the place the adjective goes with
            name = _NAME_WORD.match(self.text, reach + 1)
            if (
                self.text[reach : reach + 1] == " "
                and name is not None
                and name.group()[:1].isupper()
                and (place is None or place.type != "PER")
                and self._agrees(ends[-1][1], name.group())
            ):
                return name.end()  # (a place's name the tagger left unnamed)
            while ends and self._first_is(ends[-1][1], "ADJF"):
                ends.pop()  # an adjective with nothing after it ends no remit
            reach = ends[-1][0] if ends else end
        return reach

    def _remit_headed(self, start: int, end: int) -> bool:
        """Whether a name that starts with a capital is headed by a ``remit_head``: its first
        word, or its first noun after adjectives (``Межправительственной комиссии``)."""
        for k, w in enumerate(_NAME_WORD.finditer(self.text, start, end)):
            word = w.group()
            if k == 0 and not word[:1].isupper():
                return False
            if self._lemma(word) in _REMIT_HEADS:
                return True
            if not self._first_is(word, "ADJF"):
                return False
        return False

    def _remit_word(self, word: str) -> bool:
        """A noun or an adjective that no verb or participle reading makes a clause's word."""
        parses = self.morph.parse(word)
        return (
            bool(parses)
            and parses[0].tag.POS in ("NOUN", "ADJF")
            and not any(p.tag.POS in ("VERB", "PRTF", "INFN", "GRND") for p in parses[:2])
        )

    def _named_after(self, start: int, end: int) -> int:
        """The end of a body's name that goes on with the person it is named after
        (``театра им. Товстоногова``, ``института имени А. М. Горького``)."""
        at = end
        while at > start and self.text[at - 1].isspace():
            at -= 1  # театра им. |Товстоногова: a span cut before the person
        initials = _INITIALS_AT_END.search(self.text, start, at)
        if initials is not None:
            at = initials.start()  # МГУ им. М.В.| Ломоносова: the initials the span took in
        for word in _NAMED_AFTER:
            if self.text.endswith(word, start, at) and self.text[at - len(word) - 1 : at - len(word)] == " ":
                at = at - len(word) - 1
        m = _NAMED_AFTER_WORD.match(self.text, at)
        if m is None or "\n" in m.group():
            return end
        person = self._tagged_at.get(m.end())
        if person is None:
            initials = _INITIALS_AFTER.match(self.text, m.end())
            if initials is None:
                return end
            person = self._tagged_at.get(initials.end())
            if (
                person is None or person.type != "PER"
            ):  # им. А.М. Горького: a family name, whatever the tagger says
                family = _FAMILY_AFTER_INITIALS.match(self.text, initials.end())
                return family.end() if family is not None else end
        return person.end if person.type == "PER" else end

    def _cut_at_persons(self, names: list[_Name]) -> list[_Name]:
        """A place's or body's name ends before a person's name that it runs into
        (``Кремля Дмитрий Песков`` is ``Кремля``); one that starts with a person is dropped."""
        persons = _Intervals((t.start, t.end) for t in self.tagged if t.type == "PER")
        if not persons:
            return names
        out = []
        for n in names:
            cut = persons.first_start_inside(n.start, n.end)
            if cut is None or (n.type == "ORG" and self._named_after(n.start, cut) == n.end):
                cut = n.end  # театра им. Товстоногова: the person is part of the body's name
            if cut != n.end:
                if n.name is not None:
                    continue  # a rule's own name for the whole span no longer holds
                head = self.text[n.start : cut].rstrip(" ,—-")
                if not head:
                    continue
                n = n._replace(end=n.start + len(head))
            if persons.holds(n.start) and n.type != "PER":
                continue
            out.append(n)
        return out

    def _extends(self, start: int, end: int, nxt: _Name) -> bool:
        gap = self.text[end : nxt.start]
        if nxt.type == "ORG" and _MEMBERS.fullmatch(gap):
            return True  # Совет министров иностранных дел государств – участников СНГ
        if nxt.type == "LOC" and gap.startswith(" ") and gap.endswith(" ") and gap.strip() in _BODY_LINKS:
            # Верхняя палата парламента Казахстана: the body's name goes on with the body it is
            # part of and that body's country
            return self._country_genitive(nxt, self.text[nxt.start : nxt.end].split()[0])
        if nxt.type == "LOC" and gap.startswith(" ") and gap.endswith(" ") and gap.strip() in _PLACE_WORDS:
            return True  # Верховный суд штата Нью-Йорк: the body's place, named with its kind
        # ГУ МВД по г. Москве, по городу Москве: a branch for a city, named with the city's kind
        city = nxt.type == "LOC" and gap.startswith(" по ") and len(gap.split()) == 2
        if city and self._after_city_word(nxt.start):
            gap = " по "
        if nxt.type not in ("ORG", "LOC") or gap not in (" ", " по "):
            return False
        words = _NAME_WORD.findall(self.text[start:end])
        if not words:
            return False
        head = words[0]
        # ИМЭМО РАН, ГУ МВД: an acronym alone heads a body's name as a head noun does
        acronym = len(words) == 1 and len(head) > 1 and head.isupper()
        headed = acronym or head in _ORG_ACRONYMS or self._lemma(head) in _ORG_HEADS
        if gap != " ":
            # МВД по Башкирии, УФСБ по Пермскому краю: a body's branch for a place
            return nxt.type == "LOC" and (headed or head.isupper())
        first = _NAME_WORD.findall(self.text[nxt.start : nxt.end])
        if not first:
            return False
        if not headed and not (len(words) > 1 and self._lemma(words[1]) in _ORG_HEADS):
            # Сенат США, Армии Италии: any body's name goes on with its country
            return nxt.type == "LOC" and self._country_genitive(nxt, first[0])
        return first[0].isupper() or self._has(first[0], "gent")

    def _country_genitive(self, name: _Name, first: str) -> bool:
        """Whether ``name`` is a country in the genitive (``Италии``) or one that does not
        decline (``США``, ``РФ``)."""
        raw = self.text[name.start : name.end]
        country = _venues.country_by_name(raw)
        if country is None:
            country = _venues.country_by_name(self.forms.phrase(tuple(_NAME_WORD.findall(raw))))
        return country is not None and (raw.isupper() or self._has(first, "gent"))

    def _descriptor_orgs(self) -> Iterable[_Name]:
        """``правительством города Москвы`` → the body ``Правительство Москвы``; ``сборной
        России`` → ``Сборная России``."""
        locs = {t.start: t for t in self.tagged if t.type == "LOC"}
        for k, tok in enumerate(self.tokens):
            if not tok.text.islower() and not (
                tok.text[1:].islower() and tok.text[:1].isupper() and self._opens_sentence(tok.start)
            ):
                continue  # (Сборная России at a sentence's start: its capital is the sentence's)
            j = k + 1
            if j < len(self.tokens) and self.tokens[j].text in _STOP_GEO:
                j += 1
            # the place after it first: few words stand before one, and it is cheaper to see
            if (
                j < len(self.tokens)
                and self.tokens[j].start in locs
                and "\n" not in self.text[tok.end : self.tokens[j].start]  # (a headline's last word)
                and self._lemma(tok.text) in _ORG_DESCRIPTORS
            ):
                loc = locs[self.tokens[j].start]
                if (
                    k > 0
                    and self._lemma(self.tokens[k - 1].text) in _TITLE_HEADS
                    and self._tok_end(loc.end) in self._per_tokens
                ):
                    continue  # председателя правительства РФ Михаила Мишустина: a title's words, no body
                if self._opened_mission(k):
                    continue  # открытие посольства Филиппин: the mission opened, no body
                if not self._has(tok.text, "sing"):
                    continue  # спикеров парламентов Азербайджана, Турции ...: several bodies, none named
                if self._has(self.tokens[j].text, "gent"):
                    head = self.forms.phrase((tok.text,))
                    name = head[:1].upper() + head[1:] + " " + self.text[loc.start : loc.end]
                    yield _Name(tok.start, loc.end, "ORG", name=name)

    def _opened_mission(self, k: int) -> bool:
        """Whether token ``k`` is a diplomatic mission in lower case that is the thing opened or
        built (``открытии почетного консульства Омана``, ``новое здание посольства Туркменистана``):
        a word of the ``mission_opened`` list within three words before it, in its sentence."""
        if self._lemma(self.tokens[k].text) not in _MISSIONS:
            return False
        for tok in reversed(self.tokens[max(0, k - 3) : k]):
            if not tok.text[:1].isalpha():
                return False
            if self._lemma(tok.text.lower()) in _MISSION_OPENED:
                return True
        return False

    def _org_objects(self, orgs: list[_Name]) -> list[Organization]:
        groups: dict[str, list[_Name]] = {}
        aliases: dict[str, list[str]] = {}
        named = [(org, org.name or self._org_name(org.start, org.end)) for org in orgs]
        full = self._short_forms(named)
        spans = {(org.start, org.end): name for org, name in named}
        for org, name in named:
            outer = self._nested.get((org.start, org.end))
            if outer is not None:
                # МВД inside МВД Киргизии is that body (and goes with its longer name)
                if outer not in spans:
                    continue
                name = spans[outer]
            if name in full:  # МОК, wherever it stands, is the body it was given for
                name, short = full[name], name
                if short not in aliases.setdefault(name, []):
                    aliases[name].append(short)
            groups.setdefault(name, []).append(org)
            if org.name is None and outer is None:
                written = " ".join(self.text[org.start : org.end].split())
                if written.isupper() or written.split()[-1].isupper():
                    alias = self.forms.phrase(tuple(written.split()))
                    if alias != name and alias not in aliases.setdefault(name, []):
                        aliases[name].append(alias)
        self._same_bodies(groups, aliases)
        self._acronyms_of(groups, aliases)
        self._shortened_of(groups, aliases)
        self._short_references(groups, aliases)
        self._head_references(groups, aliases)
        branches = self._branch_owners
        owners = {name for name, ms in groups.items() if any((m.start, m.end) in branches for m in ms)}
        self._owners_within(groups, aliases, owners)
        for name in list(groups):
            if all(self._government_of_a_title(m) or self._ownerless_in_a_title(m) for m in groups[name]):
                del groups[name]  # председателем Кабинета министров X: the title's words, no body
                aliases.pop(name, None)
        out = []
        for k, (key, mentions) in enumerate(groups.items(), 1):
            name = self._written_name(key, mentions)
            if name != key:  # ``МИД РФ`` as the text writes it, ``МИД России`` an alias
                aliases[key] = [key, *(a for a in aliases.get(key, ()) if a != name)]
            out.append(
                Organization(
                    id=f"o{k}",
                    name=name,
                    country=self._trailing_country(name),
                    aliases=tuple(aliases.get(key, ())),
                    mentions=tuple(self._mention(m.start, m.end) for m in mentions),
                )
            )
        return out

    @functools.cached_property
    def _government_lemmas(self) -> list[list[str]]:
        """The words' lemmas of each name of the ``title_body`` list, worked out once, the
        longest names first (a name that begins another is tried after it)."""
        rows = sorted((row.split() for row in _GOVERNMENTS), key=lambda r: (-len(r), r))
        return [[self._lemma(w) for w in row] for row in rows]

    def _government_of_a_title(self, m: _Name) -> bool:
        """Whether ``m`` names the government in the title of its head or deputy head
        (``председателем Кабинета министров``, ``Председателя Совета министров Италии``,
        ``вице-премьер Госсовета КНР``): a name of the ``title_body`` list, then nothing but a
        place or an acronym, right after a head of the ``government_head`` list."""
        words = _NAME_WORD.findall(self.text[m.start : m.end])
        lemmas = [self._lemma(w.lower()) for w in words]
        size = next((len(r) for r in self._government_lemmas if r == lemmas[: len(r)]), 0)
        if not size:
            return False
        rest = words[size:]
        if rest and not all(w.isupper() for w in rest):
            country = _venues.country_by_name(self.forms.phrase(tuple(rest)))
            if country is None:
                return False
        before = self.tokens[: bisect.bisect_right(self.ends, m.start)][-1:]
        if not before or self.text[before[-1].end : m.start].strip():
            return False
        return self._lemma(before[-1].text.lower()) in _GOVERNMENT_HEADS

    def _ownerless_in_a_title(self, m: _Name) -> bool:
        """Whether ``m`` is a body's one word with no owner in a title, after its head and a
        place's adjective (``глава грузинского МИД``): a ministry the title names by no name of
        its own."""
        if len(_NAME_WORD.findall(self.text[m.start : m.end])) != 1:
            return False
        i = bisect.bisect_right(self.ends, m.start)
        before = self.tokens[max(0, i - 2) : i]
        if len(before) != 2 or self.text[before[-1].end : m.start].strip():
            return False
        return (
            before[-1].text.islower()
            and self._first_is(before[-1].text, "ADJF")
            and not self.text[before[0].end : before[-1].start].strip()
            and self._lemma(before[0].text.lower()) in _TITLE_HEADS
        )

    def _written_name(self, name: str, mentions: list[_Name]) -> str:
        """``name``, or the spelling of its country the text gives when it never writes the one
        ``name`` has (``МИД РФ``, ``МИД КР``)."""
        written = []
        for m in mentions:
            if m.name is None and self._nested.get((m.start, m.end)) is None:
                form = self._org_name(m.start, m.end, as_written=True)
                if form == name:
                    return name
                written.append(form)
        respelled = [w for w in written if w.split()[:-1] == name.split()[:-1]]
        return respelled[0] if respelled else name

    def _head_references(self, groups: dict[str, list[_Name]], aliases: dict[str, list[str]]) -> None:
        """A body's head word alone, capitalised (``портфель Банка``, ``Полиция задержала``), that
        is a word of the name of just one body of the text (``Европейский банк реконструкции и
        развития``) is that body named short: its mentions go with that organization."""
        for short in list(groups):
            if " " in short or not short[:1].isupper() or short.isupper() or not short.isalpha():
                continue
            lemma = self._lemma(short)
            if lemma not in _ORG_HEADS:
                continue
            longer = [
                n
                for n in groups
                if n != short and " " in n and any(self._lemma(w) == lemma for w in _NAME_WORD.findall(n))
            ]
            if len(longer) == 1:
                groups[longer[0]].extend(groups.pop(short))
                groups[longer[0]].sort()
                aliases.pop(short, None)

    @staticmethod
    def _owners_within(
        groups: dict[str, list[_Name]], aliases: dict[str, list[str]], branches: Set[str]
    ) -> None:
        """A body named only inside the name of a body that belongs to it (``СНГ`` in ``Совета
        глав правительств СНГ``, never alone) is part of that name, not a body the text speaks
        of: its mentions go with the longer name's organization, as the body's own name without
        its country does (``МВД`` in ``МВД Киргизии``); not one of ``branches``, the owners of a
        branch for a place (``МВД России`` in ``ГУ МВД России по Москве``)."""
        spans = [(m.start, m.end, name) for name, ms in groups.items() for m in ms]
        for name in list(groups):
            if name in branches:
                continue
            outer: str | None = None
            for m in groups[name]:
                around = next(
                    (
                        other
                        for s, e, other in spans
                        if other != name and s <= m.start and m.end <= e and (s, e) != (m.start, m.end)
                    ),
                    None,
                )
                if around is None:
                    break
                outer = outer or around
            else:
                if outer is not None and outer in groups:
                    groups[outer].extend(groups.pop(name))
                    groups[outer].sort()
                    aliases.pop(name, None)

    @staticmethod
    def _short_references(groups: dict[str, list[_Name]], aliases: dict[str, list[str]]) -> None:
        """An acronym alone that opens the name of just one body of the text (``МИД`` after ``МИД
        КР``) is that body named short: one organization, the acronym among its aliases."""
        for short in [n for n in groups if n.isupper() and " " not in n and len(n) > 1]:
            longer = [n for n in groups if n.startswith(short + " ")]
            if len(longer) != 1 or short not in groups:
                continue
            _Document._merge(groups, aliases, longer[0], short)

    @staticmethod
    def _merge(groups: dict[str, list[_Name]], aliases: dict[str, list[str]], main: str, short: str) -> None:
        """The names of ``short`` go to the organization ``main``; ``short`` and its aliases
        become ``main``'s aliases."""
        groups[main].extend(groups.pop(short))
        groups[main].sort()
        for alias in (short, *aliases.pop(short, ())):
            if alias != main and alias not in aliases.setdefault(main, []):
                aliases[main].append(alias)

    @staticmethod
    def _same_bodies(groups: dict[str, list[_Name]], aliases: dict[str, list[str]]) -> None:
        """Names of one known body (``Евросоюз`` and ``ЕС``) become one organization, called by
        its first name that is not an acronym; the others are its aliases."""
        by_key: dict[str, list[str]] = {}
        for name in groups:
            key = _venues.body_key(name)
            if key is not None:
                by_key.setdefault(key, []).append(name)
        for names in by_key.values():
            if len(names) < 2:
                continue
            main = next((n for n in names if not n.isupper()), names[0])
            for other in names:
                if other != main:
                    _Document._merge(groups, aliases, main, other)

    @staticmethod
    def _acronyms_of(groups: dict[str, list[_Name]], aliases: dict[str, list[str]]) -> None:
        """A body's acronym and its full name in one article (``АБР`` and ``Азиатский банк
        развития``, ``ОДКБ`` and ``Организация Договора о коллективной безопасности``) become one
        organization, called by its full name: the acronym is the first letters of the full
        name's words, its prepositions and conjunctions left out."""
        by_letters: dict[str, list[str]] = {}
        for name in groups:
            words = [w for w in re.split(r"[\s-]+", name) if w and fold(w) not in _JOINING_WORDS]
            if len(words) >= _ACRONYM_MIN and all(w[:1].isalpha() for w in words):
                by_letters.setdefault("".join(w[0] for w in words).upper(), []).append(name)
        for short in [n for n in groups if n.isalpha() and n.isupper() and len(n) >= _ACRONYM_MIN]:
            # a full name has three words or more, so it is never an acronym nor merged away
            full = by_letters.get(short, [])
            if len(full) == 1:
                _Document._merge(groups, aliases, full[0], short)

    def _shortened_of(self, groups: dict[str, list[_Name]], aliases: dict[str, list[str]]) -> None:
        """A body's short form and its full name in one article become one organization, called
        by its full name, when the short form is made of the first words of the full name and
        what follows them is only the body's owner (a country, an acronym, a person it is named
        after): an acronym of those words' first letters, one word or several (``МГУ`` for
        ``Московский государственный университет имени ...``, ``СМИД ОТГ`` for ``Совет министров
        иностранных дел Организации тюркских государств``), or one word joined from their first
        letters (``Кабмин`` for ``Кабинет министров ...``, ``Евросовет`` for ``Европейский
        совет``, ``Генассамблея`` for ``Генеральная Ассамблея ООН``)."""
        # the full names indexed by what a short form must match: the initials of their first
        # words (for each count of words that only the owner follows), and their first two letters
        by_initials: dict[str, set[str]] = {}
        by_start: dict[str, list[tuple[str, list[str], list[int]]]] = {}
        for name in groups:
            words = [w for w in re.split(r"[\s-]+", name) if w and fold(w) not in _JOINING_WORDS]
            if len(words) < 2 or not all(w[:1].isalpha() for w in words):
                continue
            ends = [n for n in range(2, len(words) + 1) if self._owner_tail(words[n:])]
            for n in ends:
                by_initials.setdefault("".join(w[0] for w in words[:n]).upper(), set()).add(name)
            folded = [fold(w) for w in words]
            by_start.setdefault(folded[0][:2], []).append((name, folded, ends))
        for short in list(groups):
            letters = short.replace(" ", "")
            if letters.isalpha() and letters.isupper() and len(letters) >= _ACRONYM_MIN:
                found = by_initials.get(letters, set()) - {short}
            elif short.isalpha() and short[:1].isupper() and not short.isupper() and len(short) >= 6:
                word = fold(short)
                found = {
                    name
                    for name, folded, ends in by_start.get(word[:2], ())
                    if name != short and any(_Document._joined_from(word, folded[:n]) for n in ends)
                }
            else:
                continue
            if len(found) == 1 and short in groups and (full := next(iter(found))) in groups:
                _Document._merge(groups, aliases, full, short)

    @staticmethod
    def _joined_from(word: str, parts: list[str]) -> bool:
        """Whether ``word`` is the first letters of each of ``parts`` joined, two at least of each
        part but the last, three at least of the last (``кабмин``: ``кабинет министров``;
        ``евросовет``: ``европейский совет``). Read part by part over the places ``word`` may
        have reached, so that no split is tried twice."""
        if not parts:
            return word == ""
        at = {0}
        for head in parts[:-1]:
            reached: set[int] = set()
            for p in at:
                limit, common = min(len(head), len(word) - p), 0
                while common < limit and head[common] == word[p + common]:
                    common += 1
                reached.update(p + k for k in range(2, common + 1))
            at = reached
        return any(len(word) - p >= 3 and parts[-1].startswith(word[p:]) for p in at)

    def _owner_tail(self, words: list[str]) -> bool:
        """Whether the words after a short form's words are only its body's owner: none, a
        country, an acronym, or a person it is named after (``имени М.В. Ломоносова``)."""
        if not words:
            return True
        tail = " ".join(words)
        if len(words) == 1 and words[0].isupper():
            return True
        if fold(words[0]) in _NAMED_AFTER or f"{fold(words[0])}." in _NAMED_AFTER:
            return True
        nominative = self.forms.phrase(tuple(words))
        return any(
            tail == c.genitive or tail in c.aliases or nominative == c.name or nominative in c.aliases
            for c in _venues.countries()
        )

    def _short_forms(self, named: list[tuple[_Name, str]]) -> dict[str, str]:
        """The full name of each body's form in parentheses after it: ``МОК`` →
        ``Международный олимпийский комитет`` (from ``... комитета (МОК)``)."""
        ends = {org.end: name for org, name in named}
        full: dict[str, str] = {}
        for org, name in named:
            outer = self._originals.get((org.start, org.end))
            if outer is not None and outer in ends and ends[outer] != name:
                full.setdefault(name, ends[outer])
        return {short: name for short, name in full.items() if name not in full}

    def _org_name(self, start: int, end: int, *, as_written: bool = False) -> str:
        """A body's name in the nominative; the country at its end in one spelling (``МИД РФ``
        → ``МИД России``, the name two spellings of one body share) unless ``as_written``."""
        raw = self.text[start:end]
        inner = raw.lstrip(_QUOTE_OPEN)
        if not any(ch in _QUOTE_OPEN for ch in inner.rstrip(_QUOTE_CLOSE)):
            inner = inner.rstrip(_QUOTE_CLOSE)  # (not the mark that closes Компания «КАМАЗ»)
        words = tuple(inner.split())
        if not words:
            return raw
        inflected = _INFLECTED_ACRONYM.fullmatch(inner)
        if inflected is not None:
            return inflected.group(1)  # КАМАЗа, МИДа: the acronym as written, without its ending
        if raw[:1] in _QUOTE_OPEN or (len(words) == 1 and not _is_cyrillic_word(words[0])):
            return inner
        name = self.forms.phrase(words)
        parts = name.split()
        if len(parts) == len(words):  # МГУ им. М.В. Ломоносова: an acronym as written, not declined
            parts = [
                w if w.isalpha() and w.isupper() and len(w) > 1 else p
                for w, p in zip(words, parts, strict=True)
            ]
        if len(parts) > 1 and parts[-2] not in ("и", "или") and not as_written:
            # one spelling of the country in a body's name: МИД РФ → МИД России
            last = parts[-1]
            country = _venues.country_by_name(last) if last.isupper() else None
            if country is not None and country.genitive != last and country.genitive[:1].isupper():
                parts[-1] = country.genitive
        return " ".join(parts)

    def _trailing_country(self, name: str) -> str | None:
        words = name.split()
        for n in (3, 2, 1):
            if len(words) > n:
                tail = " ".join(words[-n:])
                for c in _venues.countries():
                    if tail in (c.genitive,) or tail in c.aliases:
                        return c.code
        return None

    # ------------------------------------------------------------------ venues

    def _venues(self, orgs: list[_Name]) -> list[_Name]:
        found = list(self._venue_patterns())
        # парке Горького, памятника Пушкину: the name after the head may be a person's
        headed = [p for p in found if (p.start, p.end) in self._headed]
        headed_set = set(headed)
        rest = self._cut_at_persons([p for p in found if p not in headed_set])
        pattern = sorted(headed + rest, key=lambda p: (p.start, p.end))  # a headed name wins a tie
        out: list[_Name] = list(pattern)
        starts = [p.start for p in pattern]
        reach = list(itertools.accumulate((p.end for p in pattern), max))
        named_after = [
            (o.start, o.end) for o in orgs if _NAMED_AFTER_WORD.search(self.text, o.start, o.end) is not None
        ]
        for t in self.tagged:
            if t.type != "LOC":
                continue
            # The last pattern venue (in their order) that shares a position with the name decides.
            i = bisect.bisect_left(starts, t.end) - 1
            while i >= 0 and reach[i] > t.start and pattern[i].end <= t.start:
                i -= 1
            covered = False
            if i >= 0 and reach[i] > t.start:
                p = pattern[i]
                if p.start <= t.start and t.end <= p.end and (p.start, p.end) != (t.start, t.end):
                    # Inside a longer venue: a nested mention unless it is that venue's head
                    # or the name after a common head (парке Горького).
                    covered = t.start == p.start or (p.start, p.end) in self._headed
                else:
                    # (Западного берега реки Иордан: a name that ends in a headed one holds it)
                    covered = not (t.start < p.start and p.end == t.end and (p.start, p.end) in self._headed)
            if not covered:
                out.append(t)
        self._seats_acting = [v for v in out if self._acting_seat(v)]
        out = [v for v in out if not self._acting_seat(v)]
        if named_after:  # МГУ им. М.В. Ломоносова: the person a body is named after, no place
            out = [
                v
                for v in out
                if not any(
                    a < v.start and v.end <= b and self._after_named_word(a, v.start) for a, b in named_after
                )
            ]
        out = [v._replace(end=self._with_number(v.end)) for v in out]
        # a place inside a body's name and a place's adjective are mentions of a place that the
        # article names elsewhere, never venues of their own (Шведская академия is no place)
        inner = list(self._places_in_bodies(orgs, out))
        inner += self._place_adjectives(out + inner)
        if inner:
            named = {fold(self._venue_name(v)[0]) for v in out}
            out.extend(v for v in inner if fold(self._venue_name(v)[0]) in named)
        out.sort(key=_name_order)
        return _dedupe(out)

    def _after_named_word(self, start: int, at: int) -> bool:
        """Whether ``at`` follows ``им.`` or ``имени`` (and initials) in a name from ``start``."""
        before = _INITIALS_BEFORE_END.sub("", self.text[start:at])
        return _NAMED_AFTER_END.search(before) is not None

    def _acting_seat(self, v: _Name) -> bool:
        """Whether a seat of government stands for the government (``пресс-служба Кремля``,
        ``Кремль заявил``) rather than for the place (``в Кремле``, ``у Белого дома``)."""
        words = tuple(_NAME_WORD.findall(self.text[v.start : v.end]))
        if not words or not _venues.may_be_seat(words[0]):
            return False
        base = v.name or self.forms.phrase(words)
        if _venues.seat_country(base) is None or _venues.country_by_name(base) is not None:
            return False  # a country that is a seat (Ватикан) is a country either way
        k = self._tok(v.start)
        return k == 0 or self.tokens[k - 1].text.lower() not in _PLACE_PREPOSITIONS

    def _seat_as_body(self, v: _Name) -> _Name | None:
        """A seat of government that stands for the government (``Кремль заявил``, ``на сайте
        Кремля``, ``Белый дом объявил``) as a body's name, ``Кремль`` or ``Белый дом``; ``None``
        after a title or a press service, whose words name a person or the press service
        (``пресс-секретарь Кремля``, ``пресс-служба Кремля``)."""
        k = self._tok(v.start)
        before = self.tokens[k - 1].text.lower() if k > 0 else ""
        if is_press_office(before) or (before and self._head(before) is not None):
            return None
        words = tuple(_NAME_WORD.findall(self.text[v.start : v.end]))
        name = v.name or self._seat(words)
        return _Name(v.start, v.end, "ORG", name=name) if name else None

    def _places_in_bodies(self, orgs: list[_Name], venues: list[_Name]) -> Iterable[_Name]:
        """Countries, cities and regions named inside a body's name (``Банка России``,
        ``«Манчестер Юнайтед»``): one to three capitalised words that the gazetteer knows and
        that no venue covers."""
        inside = _Intervals((v.start, v.end) for v in venues)
        toks = self.tokens
        for org in orgs:
            k, end = self._tok(org.start), self._tok_end(org.end)
            while k < end:
                found = 0
                for n in (3, 2, 1):
                    if k + n > end:
                        continue
                    words = tuple(t.text for t in toks[k : k + n])
                    if not all(w[:1].isupper() and w[:1].isalpha() for w in words):
                        continue
                    a, b = toks[k].start, toks[k + n - 1].end
                    if inside.overlaps(a, b):
                        continue
                    base = self.forms.phrase(words)
                    raw = self.text[a:b]
                    if (
                        self._gazetteer(raw)
                        or self._gazetteer(base)
                        or _venues.region_kind(base)
                        or _venues.latin_place(raw) is not None  # The New York Times
                    ):
                        found = n
                        yield _Name(a, b, "LOC")
                        break
                if not found and "-" in toks[k].text and not inside.overlaps(toks[k].start, toks[k].end):
                    yield from self._places_in_compound(toks[k].start, toks[k].text)
                k += found or 1

    def _places_in_compound(self, start: int, word: str) -> Iterable[_Name]:
        """The places a hyphenated word of a body's name joins to it (``Интерфакс-Украина``,
        ``Agence France-Presse``, ``Спартак-Москва``): each capitalised part that is a country
        or a city."""
        at = 0
        for part in word.split("-"):
            if part[:1].isupper() and (
                self._gazetteer(part)
                or self._gazetteer(self.forms.phrase((part,)))
                or _venues.latin_place(part) is not None
            ):
                yield _Name(start + at, start + at + len(part), "LOC")
            at += len(part) + 1

    def _place_adjectives(self, venues: list[_Name]) -> Iterable[_Name]:
        """Capitalised adjectives of a place, as mentions of that place: ``Шведской академии``
        (Sweden), ``Московский институт`` (Moscow), ``Каннского кинофестиваля``, a sentence's first
        ``Иранский``, ``Российский актёр`` (NEREL marks the country there too); not one inside a
        venue's or person's name."""
        inside = _Intervals((v.start, v.end) for v in venues)
        persons = self._person_tokens()
        toks = self.tokens
        for k, tok in enumerate(toks):
            word = tok.text
            if (
                not word[:1].isupper()
                or word.isupper()
                or k in persons
                or inside.overlaps(tok.start, tok.end)
            ):
                continue
            place = _venues.place_by_adjective(word)
            if place is None:
                continue
            parses = self.morph.parse(word)
            if not parses or parses[0].tag.POS != "ADJF":
                continue
            name, kind, _code = place
            yield _Name(tok.start, tok.end, "LOC", kind, name)

    def _venue_patterns(self) -> Iterable[_Name]:
        toks = self.tokens
        self._org_tokens = {
            i for t in self.tagged if t.type == "ORG" for i in range(self._tok(t.start), self._tok_end(t.end))
        }
        self._headed: set[tuple[int, int]] = set()
        n = len(toks)
        for k, tok in enumerate(toks):
            word = tok.text
            if not word[:1].isalpha():
                continue
            lemma = self._lemma(word) if word.islower() or word[:1].isupper() else word.lower()
            # common head + proper name: парке Горького, улице Тверской, саду Эрмитаж
            named = self._named_after_head(k) if word.islower() and k + 1 < n else None
            if named is not None:
                self._headed.add((named.start, named.end))
                yield named
                continue
            named = self._after_compound_head(k, lemma) if word.islower() and 0 < k < n - 1 else None
            if named is not None:
                # в торговом центре «Зимняя вишня», в концертном зале Медисон-сквер-гарден
                self._headed.add((named.start, named.end))
                yield named
                continue
            # a facility's acronym (СИЗО, АЭС), which the dictionary may read as another word
            acronym = word.isupper() and len(word) > 1 and _venues.facility_kind(word) is not None
            if acronym:
                lemma = word.lower()
            kind = _venues.kind_of_head(lemma)
            if kind is None:
                continue
            # head + quoted name: станции "Алма-Атинская", метро «Охотный ряд», СИЗО «Лефортово»
            if (word.islower() or acronym) and k + 2 < n and toks[k + 1].text in _QUOTE_OPEN:
                close = self._quoted_end(toks[k + 1].end, _closing(toks[k + 1].text))
                if close is not None:
                    if _venues.facility_kind(lemma) is not None:
                        self._headed.add((toks[k + 1].end, close))  # стадионе «Лужники»: a place
                    yield _Name(toks[k + 1].end, close, "LOC", kind, self.text[toks[k + 1].end : close])
                continue
            # an airport and its name in apposition: в аэропорту Внуково, аэропорт Хитроу
            if word.islower() and lemma in _NAMED_BY_APPOSITION and k + 1 < n:
                name_end = self._apposed_name(k + 1)
                if name_end > k + 1:
                    a, b = toks[k + 1].start, toks[name_end - 1].end
                    yield _Name(a, b, "LOC", kind, self.text[a:b])
                    continue
            if k in self._org_tokens:
                continue  # the tagger read it as a body: Большой театр
            # Capitalised head with its genitive dependents: Сквера дружбы Казахстана и России,
            # Могила Неизвестного Солдата
            if word[:1].isupper() and kind in _HEADS_WITH_TAILS and k + 1 < n:
                end = self._genitive_tail(k + 1)
                if end > k + 1:
                    yield _Name(tok.start, toks[end - 1].end, "LOC", kind)
                continue
            # Capitalised adjective + head: Константиновский дворец, Тверская площадь
            if word.islower() and k > 0 and kind not in (VenueKind.COUNTRY, VenueKind.CITY):
                prev = toks[k - 1]
                first = k == 1 or toks[k - 2].text in _SENTENCE_OPENERS
                if (
                    prev.text[:1].isupper()
                    and not first
                    and self._has(prev.text, "ADJF")
                    and self._agrees(prev.text, word)
                ):
                    end_tok = k + 1
                    if (
                        kind is VenueKind.BUILDING
                        and end_tok + 1 < n
                        and toks[end_tok].text == "на"
                        and toks[end_tok + 1].text[:1].isupper()
                    ):
                        end_tok += 2
                    # and the capitalised adjectives before it: Новом Городском кладбище
                    j = k - 1
                    while (
                        j >= 2
                        and toks[j - 2].text not in _SENTENCE_OPENERS
                        and toks[j - 1].text[:1].isupper()
                        and self._has(toks[j - 1].text, "ADJF")
                        and self._agrees(toks[j - 1].text, word)
                    ):
                        j -= 1
                    yield _Name(toks[j].start, toks[end_tok - 1].end, "LOC", kind)
                    continue
            # Building named by its owner and street: особняк МИД на Спиридоновке
            if word.islower() and kind is VenueKind.BUILDING and k + 3 < n:
                owner, prep, place = toks[k + 1], toks[k + 2], toks[k + 3]
                if owner.text[:1].isupper() and prep.text in ("на", "в") and place.text[:1].isupper():
                    town = self.forms.phrase((place.text,))
                    if prep.text == "в" and (self._gazetteer(town) or _venues.region_kind(town)):
                        # резиденция Акорда в Астане: the building, and the city it stands in
                        yield _Name(tok.start, owner.end, "LOC", kind)
                    else:
                        yield _Name(tok.start, place.end, "LOC", kind)

    def _named_after_head(self, k: int) -> _Name | None:
        """A common head and the proper name after it, named with the head in the nominative.

        Grammar: ``HEAD Name`` where the head is a park, garden, street, square, museum,
        theatre or monument word and ``Name`` (the mention; with the head when it is a person's)
        is the name the tagger found right
        after it, or else one to three capitalised words that start no other name. ``Name`` is not a
        city or country (``улицы Москвы``) nor a person in the nominative (``в парке Путин
        сказал``). The name keeps the text's order and words (``парке Горького`` → ``парк
        Горького``, ``памятника Пушкину`` → ``памятник Пушкину``), except that an adjective
        agreeing with the head takes the nominative (``улице Тверской`` → ``улица Тверская``).
        """
        toks = self.tokens
        if not toks[k + 1].text[:1].isupper() or not toks[k + 1].text[:1].isalpha():
            return None  # (tested first: it is cheaper than the head's readings, and rarely holds)
        head = toks[k].text
        lemmas = [
            str(p.normal_form)
            for p in self.morph.parse(head)
            if p.tag.POS == "NOUN"
            and (
                p.normal_form in _NAMED_AFTER_HEAD
                or p.normal_form in _NATURAL_HEADS
                or self._named_facility(p.normal_form)
            )
        ]
        if not lemmas:
            return None
        if k in self._org_tokens:
            return None  # the tagger read it as a body: директор Большого театра
        if "\n" in self.text[toks[k].end : toks[k + 1].start]:
            return None  # a head that ends a headline or a caption, and the next line's first word
        if k > 0 and toks[k - 1].text[:1].isupper() and self._agrees(toks[k - 1].text, head):
            return None  # Никольском кладбище: the head closes a name of its own
        lemma = lemmas[0]
        facility = lemma not in _NAMED_AFTER_HEAD
        starts = self._tagged_at
        tagged = starts.get(toks[k + 1].start)
        if (
            lemma in _NATURAL_HEADS
            and tagged is not None
            and tagged.type == "LOC"
            and self.text[tagged.end - 1 : tagged.end] in _VOWELS
        ):
            return None  # реке Волге, острове Святой Елены: the tagger's place, with its base form
        if facility and tagged is not None and tagged.type == "PER":
            return None  # владелец кафе Йохен Шарф: a person after a facility's head is no name of it
        if (
            facility
            and k + 3 < len(toks)
            and toks[k + 2].text in ("в", "на")
            and toks[k + 3].text[:1].isupper()
            and _venues.kind_of_head(lemma) is VenueKind.BUILDING
        ):
            return None  # резиденции Акорда в Астане: a building by its owner and its place
        if tagged is not None:
            j = self._tok_end(tagged.end)
            first = toks[k + 1].text
            known: list[tuple[str, ...]] = [(g,) for g in ("Surn", "Name") if self._has(first, g)]
            known = known or [()]  # read as a name when the dictionary knows it as one
            oblique = any(self._has(first, *g, "sing", case) for g in known for case in ("gent", "datv"))
            if tagged.type == "PER" and not oblique:
                return None  # в парке Путин сказал: the subject, not the park's name
        else:
            j = k + 1
            while j < len(toks) and j - k <= 3:
                w = toks[j].text
                if not (w[:1].isupper() and w[:1].isalpha()) or (j > k + 1 and toks[j].start in starts):
                    break
                j += 1
        words = [t.text for t in toks[k + 1 : j]]
        if not words or self._gazetteer(self.forms.phrase(tuple(words))):
            return None  # улицы Москвы: a city's streets, not a street's name
        if words[0].isalpha() and words[0].isupper() and len(words[0]) > 1:
            return None  # больницы РЖД: the body that owns the place, not the place's name
        surname = self._has(words[0], "Surn") or self._has(words[0], "Name")
        if self._agrees(words[0], head) and not surname and self._same_gender(words[0], lemma):
            # парка Горького keeps the genitive; церкви Святого Николая: the adjective is the saint's
            words[0] = self._nominative_like(words[0], lemma)
        elif len(words) == 1 and self._has(words[0], "Geox", "gent") and not surname:
            return None  # улицы Ливерпуля: a town's streets, one the gazetteer does not know
        # a facility's own name in apposition stands for it without the head, as an airport's
        # does (больнице Сент-Элизабет, отеле Ritz-Carlton); one in the genitive keeps it (храм
        # Святого Георгия, больница Склифосовского), as a park's, street's or museum's name does
        person = self._person_named(words, tagged) and (not facility or tagged is None)
        first = words[0]
        genitive = (self._has(first, "ADJF", "gent") or self._has(first, "Surn", "sing", "gent")) and not (
            self._has(first, "nomn")
        )
        bare = facility and not person and not genitive
        name: str | None = " ".join(words if bare else [lemma, *words])
        if bare and lemma in _NATURAL_HEADS and words[0][-1] in _VOWELS and not self._has(words[0], "nomn"):
            name = None  # реке Калке: a river's name that declines has its base form (Калка)
        # the mention is the name, as for stations and airports: the head only says what it is;
        # but a person's name alone names the person (памятник Ленину, улица Раевского), so the
        # place named after one is mentioned with its head
        start = toks[k].start if person else toks[k + 1].start
        return _Name(start, toks[j - 1].end, "LOC", _venues.kind_of_head(lemma), name)

    def _person_named(self, words: Sequence[str], tagged: _Name | None) -> bool:
        """Whether the name after a place's head is a person's: the tagger found a person there,
        or the dictionary knows a word of it as a surname, or its first of several as a given name
        (``Раевского``, ``Тараса Шевченко``; not ``Мира`` alone)."""
        if tagged is not None and tagged.type == "PER":
            return True
        return any(self._has(w, "Surn") for w in words) or (len(words) > 1 and self._has(words[0], "Name"))

    def _nominative_like(self, adjective: str, head: str) -> str:
        """An adjective in the nominative singular of the head noun's gender (``Тверской`` →
        ``Тверская`` for ``улица``), or as written when the dictionary has no such form."""
        genders = [
            p.tag.gender for p in self.morph.parse(head) if p.tag.POS == "NOUN" and p.normal_form == head
        ]
        gender = genders[0] if genders and genders[0] else "masc"
        for a in self.morph.parse(adjective):
            if a.tag.POS == "ADJF":
                form = self.morph.inflect(a, frozenset({"nomn", "sing", gender}))
                if form is not None:
                    return form[:1].upper() + form[1:]
        return adjective

    def _quoted_end(self, start: int, closing: str) -> int | None:
        """Where a name in quote marks opened right before ``start`` ends (its closing mark
        ``closing``), if what the marks hold reads as a name, else ``None``."""
        close = self.text.find(closing, start, start + _QUOTED_NAME_MAX + 1)
        return close if close > start and _quoted_name(self.text[start:close]) else None

    def _after_compound_head(self, k: int, lemma: str) -> _Name | None:
        """The building named after a head of two words at tokens ``k - 1`` and ``k`` (the
        ``facility_compound`` list: ``торговом центре``, ``концертном зале``, ``ночного клуба``),
        in quote marks or as a name the tagger found right after it, else ``None``: a place,
        whatever the tagger read in it, though ``центр``, ``зал`` or ``клуб`` alone may head a
        body's name."""
        toks = self.tokens
        if f"{self._lemma(toks[k - 1].text)} {lemma}" not in _FACILITY_COMPOUNDS:
            return None
        if toks[k + 1].text in _QUOTE_OPEN:
            start = toks[k + 1].end
            close = self._quoted_end(start, _closing(toks[k + 1].text))
            if close is None:
                return None
            return _Name(start, close, "LOC", VenueKind.BUILDING, self.text[start:close])
        start = toks[k + 1].start
        tagged = self._tagged_at.get(start)
        if tagged is None or tagged.type == "PER":
            return None
        first = toks[k + 1].text
        if self._has(first, "gent") and not self._has(first, "nomn"):
            return None  # в концертном зале Стокгольмской филармонии: the hall's owner, a body
        return _Name(start, tagged.end, "LOC", VenueKind.BUILDING, self.text[start : tagged.end])

    def _apposed_name(self, k: int) -> int:
        """End token index of a name in apposition from token ``k``: capitalised words that no
        person's name and no body starts (``Внуково``, ``Шереметьево-2``), at most three."""
        toks = self.tokens
        persons = self._person_tokens()
        j = k
        while j < len(toks) and j - k < 3:
            w = toks[j].text
            if not (w[:1].isupper() and w[:1].isalpha()) or j in persons or j in self._org_tokens:
                break
            j += 1
        return j

    def _genitive_tail(self, k: int) -> int:
        """End token index of the genitive words after a head: ``дружбы Казахстана и России``."""
        toks = self.tokens
        j = k
        while j < len(toks) and j - k < 8:
            w = toks[j].text
            if w == "и" and j + 1 < len(toks) and toks[j + 1].text[:1].isupper() and j > k:
                j += 1
                continue
            if (
                w[:1].isalpha()
                and self._has(w, "gent")
                and not self._has(w, "PREP")
                and not self._first_is(w, "VERB")
            ):
                if w.islower() and not (self._has(w, "NOUN", "gent") or self._has(w, "ADJF", "gent")):
                    break
                j += 1
                continue
            break
        if j > k and toks[j - 1].text == "и":
            j -= 1
        return j

    @staticmethod
    def _named_facility(lemma: str) -> bool:
        """Whether a facility's head (``больница``, ``отель``) has its name after it, as a park's
        does (an airport's name in apposition has a rule of its own)."""
        return _venues.facility_kind(lemma) is not None and lemma not in _NAMED_BY_APPOSITION

    def _same_gender(self, adjective: str, head: str) -> bool:
        """Whether some reading of ``adjective`` has the gender of the noun ``head`` (a lemma),
        or is plural."""
        nouns = self.morph.parse(head)
        genders = {p.tag.gender for p in nouns if p.tag.POS == "NOUN" and p.normal_form == head}
        return any(
            a.tag.POS == "ADJF" and (a.tag.number == "plur" or a.tag.gender in genders or not genders)
            for a in self.morph.parse(adjective)
        )

    def _agrees(self, adjective: str, noun: str) -> bool:
        for a in self.morph.parse(adjective):
            if a.tag.POS != "ADJF":
                continue
            for p in self.morph.parse(noun):
                if p.tag.POS == "NOUN" and a.tag.case == p.tag.case and a.tag.number == p.tag.number:
                    return True
        return False

    def _venue_objects(self, venues: list[_Name]) -> list[Venue]:
        infos = []
        for v in venues:
            name, kind, country = self._venue_name(v)
            infos.append((v, name, kind, country))
        ids: dict[str, str] = {}
        order: list[str] = []
        data: dict[str, dict[str, object]] = {}
        for v, name, kind, country in infos:
            key = fold(name)
            if key not in ids:
                ids[key] = f"v{len(ids) + 1}"
                order.append(key)
                data[key] = {
                    "name": name,
                    "kind": kind,
                    "country": country,
                    "mentions": [],
                    "parent": None,
                    "aliases": [],
                }
            if kind is VenueKind.COUNTRY and "variant" not in data[key]:
                # Кыргызстан, Беларусь: the country as the article first names it by a short
                # name; by its official name only, the short one that goes with it
                official = self._official_variant(v)
                if official is None:
                    written = self._written_variant(v)
                    if written is not None or not self._country_adjective(v):
                        # (``Белорусская делегация ... Беларуси``: the first name, not the adjective)
                        data[key]["variant"] = written
                else:
                    data[key].setdefault("official", official)
            alias = self._venue_alias(v, name)
            aliases = data[key]["aliases"]
            assert isinstance(aliases, list)
            if alias is not None and alias not in aliases:
                aliases.append(alias)
            mentions = data[key]["mentions"]
            assert isinstance(mentions, list)
            mentions.append(v)
        by_start = {v.start: (v, k) for v, name, _kind, _c in infos for k in [fold(name)]}
        cities = {fold(n) for _v, n, kind, _c in infos if kind is VenueKind.CITY}
        # a one-word place of unknown kind may be another city: then there is no one city
        one_city = len(cities) == 1 and not any(
            kind is VenueKind.OTHER and " " not in n for _v, n, kind, _c in infos
        )
        for v, name, kind, country in infos:
            key = fold(name)
            if data[key]["parent"] is not None:
                continue
            parent = self._parent(v, key, kind, country, infos, by_start, data)
            if parent is None and key in _LANDMARKS:
                parent = _LANDMARKS[key] if _LANDMARKS[key] in data else None
            elif parent is None and (kind in _IN_A_CITY or self._street(name)) and one_city:
                parent = next(iter(cities))  # the article's one city
            if parent is not None and parent != key and not _cycle(key, parent, data):
                data[key]["parent"] = parent
        out = []
        for key in order:
            d = data[key]
            parent_key = d["parent"]
            code: object = d["country"]
            seen = {key}
            p: object = parent_key
            while code is None and isinstance(p, str) and p not in seen:
                seen.add(p)
                code = data[p]["country"]
                p = data[p]["parent"]
            mentions = d["mentions"]
            assert isinstance(mentions, list)
            name, aliases = str(d["name"]), [str(a) for a in d["aliases"]]  # type: ignore[attr-defined]
            variant = d["variant"] if "variant" in d else d.get("official")
            if isinstance(variant, str):
                name, aliases = variant, [name, *(a for a in aliases if a != variant)]
            out.append(
                Venue(
                    id=ids[key],
                    name=name,
                    kind=d["kind"],  # type: ignore[arg-type]
                    parent=ids[parent_key] if isinstance(parent_key, str) else None,
                    country=code if isinstance(code, str) else None,
                    aliases=tuple(aliases),
                    coordinates=_coordinates(str(d["name"])) if d["kind"] == VenueKind.CITY else None,
                    mentions=tuple(self._mention(m.start, m.end) for m in mentions),
                )
            )
        return out

    def _parent(
        self,
        v: _Name,
        key: str,
        kind: VenueKind,
        country: str | None,
        infos: list[tuple[_Name, str, VenueKind, str | None]],
        by_start: dict[int, tuple[_Name, str]],
        data: dict[str, dict[str, object]],
    ) -> str | None:
        """The venue that the text puts this mention in, by its key, or ``None``.

        Grammar, first match wins (the parent must be a coarser kind of place):
        ``V P-gen`` (``в Южном административном округе Москвы``, ``в Подольском районе
        Московской области``); ``V (P)`` (``в Цюрихе (Швейцария)``); ``V, P`` with ``P`` in the
        nominative and not the first of a list (``в Астане, Казахстан``); for a station, park or
        building, the nearest district or city before it in its sentence.
        """
        rank = venue_rank(kind)

        def coarser(pkey: str) -> bool:
            pkind = data[pkey]["kind"]
            assert isinstance(pkind, VenueKind)
            return pkey != key and venue_rank(pkind) > rank

        text = self.text
        after = by_start.get(v.end + 1)
        if after is not None and text[v.end : v.end + 1] == " ":
            nxt, nkey = after
            nkind = data[nkey]["kind"]
            if (
                nkind in (VenueKind.CITY, VenueKind.REGION, VenueKind.COUNTRY)
                and coarser(nkey)
                and self._has(text[nxt.start : nxt.end].split()[0], "gent")
            ):
                return nkey
        for gap in (" (", ", "):
            after = by_start.get(v.end + len(gap))
            if after is None or text[v.end : v.end + len(gap)] != gap:
                continue
            nxt, nkey = after
            if not coarser(nkey):
                continue
            pcountry = data[nkey]["country"]
            if country is not None and pcountry is not None and pcountry != country:
                continue  # the gazetteer puts the city elsewhere: a list, not a place in a place
            if gap == " (" and text[nxt.end : nxt.end + 1] == ")":
                return nkey
            written = fold(text[nxt.start : nxt.end])
            listed = any(
                by_start.get(nxt.end + len(sep)) is not None and text[nxt.end : nxt.end + len(sep)] == sep
                for sep in (", ", " и ", " или ")
            )  # Москва, Казахстан и Киргизия: a list, not a place in a place
            if gap == ", " and written == nkey and not listed:
                return nkey
        if kind in _IN_A_CITY or self._street(key):
            # Дом Бхутто в Лахоре, особняк на Спиридоновке: in the place named right after it
            for gap in (" в ", " во ", " на "):
                after = by_start.get(v.end + len(gap))
                if after is not None and text[v.end : v.end + len(gap)] == gap:
                    nkind = data[after[1]]["kind"]
                    if after[1] != key and nkind in (VenueKind.CITY, VenueKind.DISTRICT, VenueKind.OTHER):
                        return after[1]
            if self._towns is None:  # districts and cities by sentence, in text order, made once
                self._towns = {}
                for n, (w, wname, wkind, _c) in enumerate(infos):
                    if wkind in (VenueKind.DISTRICT, VenueKind.CITY):
                        group = self._towns.setdefault((self._sentence(w.start), wkind), [])
                        group.append((w.start, n, w.end, fold(wname)))
                for group in self._towns.values():
                    group.sort()
            # the nearest district before it in its sentence, else the nearest city
            sentence = self._sentence(v.start)
            for town_kind in (VenueKind.DISTRICT, VenueKind.CITY):
                towns = self._towns.get((sentence, town_kind), [])
                i = bisect.bisect_right(towns, (v.start, 1 << 62)) - 1
                found: str | None = None
                at = -1
                while i >= 0 and (found is None or towns[i][0] == at):
                    wstart, _n, wend, wkey = towns[i]
                    if wend <= v.start and wkey != key:
                        found, at = wkey, wstart
                    i -= 1
                if found is not None:
                    return found
        return None

    def _street(self, name: str) -> bool:
        """Whether a venue is a street or a square (``Красная площадь``): it lies in a city."""
        return any(self._lemma(w) in _STREETS for w in name.split()[:3])

    def _venue_alias(self, v: _Name, name: str) -> str | None:
        """The mention's own base form when it is another name of the venue (``РФ``, ``Беларусь``)."""
        raw = self.text[v.start : v.end]
        if v.name is not None:
            return None
        words = tuple(_NAME_WORD.findall(raw))
        if not words:
            return None
        base = raw if raw.isupper() else self.forms.phrase(words)
        return base if base.lower() != name.lower() and _venues.country_by_name(base) else None

    def _written_variant(self, v: _Name) -> str | None:
        """The country's variant name (``Кыргызстан`` for ``Кыргызстана``) when the mention
        writes one, else ``None``."""
        words = tuple(_NAME_WORD.findall(self.text[v.start : v.end]))
        if v.name is not None or not words:
            return None
        for base in (" ".join(words), self.forms.phrase(words)):
            country = _venues.country_by_name(base)
            for variant in country.variants if country is not None else ():
                if fold(variant) == fold(base):
                    return variant
        return None

    def _country_adjective(self, v: _Name) -> bool:
        """Whether a country's mention is its adjective (``Белорусская``), which writes none of
        its names."""
        words = _NAME_WORD.findall(self.text[v.start : v.end])
        return len(words) == 1 and self._first_is(words[0], "ADJF")

    def _official_variant(self, v: _Name) -> str | None:
        """The country's variant name when the mention is its official name (``Кыргызской
        Республики``: ``Кыргызстан``, the short name the country's own Russian uses), else ``None``."""
        raw = self.text[v.start : v.end]
        words = tuple(_NAME_WORD.findall(raw))
        if raw.isupper() and v.name is None:  # ``КР``: the official name's letters
            country = _venues.country_by_name(raw)
            return country.variants[0] if country is not None and country.variants else None
        if v.name is not None or len(words) < 2:
            return None
        country = _venues.country_by_name(self.forms.phrase(words))
        if country is None or not country.variants or fold(country.name) in fold(" ".join(words)):
            return None
        return country.variants[0]

    def _venue_name(self, v: _Name) -> tuple[str, VenueKind, str | None]:
        raw = self.text[v.start : v.end]
        number = _NUMBER_AFTER.search(raw)
        if number is not None and number.end() == len(raw) and number.start() > 0:
            named = self._venue_name(v._replace(end=v.start + number.start()))
            return f"{named[0]} № {number.group().strip().lstrip('№').strip()}", named[1], named[2]
        if v.name is not None:
            code = self._code(v.name, v.kind) or _venues.seat_country(v.name)  # a seat: its country
            return v.name, v.kind or VenueKind.OTHER, code
        words = tuple(_NAME_WORD.findall(raw))
        if not words:
            return raw, VenueKind.OTHER, None
        latin = _venues.latin_place(raw)
        if latin is not None:  # New York, US: the place's Russian name
            return latin
        country = _venues.country_by_name(raw)
        if country is None:
            base = self.forms.phrase(words)
            country = _venues.country_by_name(base)
        else:
            base = raw
        if country is not None:
            return country.name, VenueKind.COUNTRY, country.code
        city = _venues.city_country(base)
        if city is None and len(words) == 1:
            # (a city the nominative guess misses: Габале → Габал, not Габала)
            city = next(
                (c for p in self.morph.parse(words[0]) if (c := _venues.city_country(str(p.normal_form)))),
                None,
            ) or next(
                (c for form in _feminine_nominatives(words[0]) if (c := _venues.city_country(form))), None
            )
        if city is not None:
            return city[0], VenueKind.CITY, city[1]
        region_name = self._region(raw, base)
        if region_name is not None:
            return region_name, VenueKind.REGION, None
        if _venues.part_of_place(base):
            return base, VenueKind.REGION, None  # Западный Казахстан
        if v.kind is None and len(words) == 1 and (town := self._geonames_town(words[0], base)) is not None:
            return town[0], VenueKind.CITY, town[1]  # в Нише: Ниш, which GeoNames knows, not Ниша
        kind = v.kind
        if kind is None:
            for w in base.split()[:3]:
                kind = _venues.kind_of_head(self._lemma(w))
                if kind is not None:
                    break
            if kind is None and base.lower().endswith(("ская область", "ский край", "ская республика")):
                kind = VenueKind.REGION
        if kind is None and self._after_city_word(v.start):
            kind = VenueKind.CITY  # в городе Лахоре, г. Тольятти
        if kind is None:
            kind = VenueKind.CITY if len(words) == 1 and self._has(words[0], "Geox") else VenueKind.OTHER
        return base, kind, _venues.seat_country(base)

    def _geonames_town(self, word: str, base: str) -> tuple[str, str] | None:
        """A city GeoNames knows by a Russian name this one word may be a case of (``Нише``:
        Ниш; ``Баткене``: Баткен): the nominative guess first, then the dictionary's readings,
        a noun in -а or -я, the word without its case ending."""
        stems = [word[:-1]] if len(word) > 3 and word[-1] in "еиуыаяю" else []
        readings = [str(p.normal_form) for p in self.morph.parse(word)]
        for form in (base, *readings, *_feminine_nominatives(word), *stems):
            town = _venues.geonames_city(form)  # folded there
            if town is not None:
                return town
        return None

    @staticmethod
    def _code(name: str, kind: VenueKind | None) -> str | None:
        """The ISO code of a country or known city a rule has named (a place's adjective)."""
        if kind is VenueKind.COUNTRY and (country := _venues.country_by_name(name)) is not None:
            return country.code
        found = _venues.city(name) if kind is VenueKind.CITY else None
        return found.country if found is not None else None

    def _after_city_word(self, start: int) -> bool:
        """Whether the word before ``start`` says that a city follows (``городе``, ``г.``)."""
        k = self._tok(start)
        if k == 0:
            return False
        prev = self.tokens[k - 1].text
        if prev == "." and k >= 2 and self.tokens[k - 2].text == "г":
            return True
        return prev.islower() and self._lemma(prev) == "город"

    # ------------------------------------------------------------------ persons

    def _persons(self, orgs: list[Organization]) -> list[Person]:
        mentions: list[_PersonMention] = []
        for t in self._person_spans():
            raw = self.text[t.start : t.end]
            words = tuple(_NAME_WORD.findall(raw))
            if not words or not any(w[:1].isupper() for w in words):
                continue
            first = _NAME_WORD.search(raw)
            context = self._name_context(t.start + (first.start() if first else 0), t.end)
            written = words[0] if len(words) == 1 else None
            name = self.forms.person(words, context)
            mentions.append(_PersonMention(t.start, t.end, name, written))
        # Michael Mason in ``Майкл Мэйсон (Michael Mason)``: the person before it, under another name
        ends = {m.end for m in mentions}
        originals = {span: outer for span, outer in self._originals.items() if outer in ends}
        clusters = _cluster([m for m in mentions if (m.start, m.end) not in originals])
        other_names: dict[int, list[tuple[int, int]]] = {}
        if originals:
            cluster_at = {m.end: i for i, c in enumerate(clusters) for m in c}
            for m in mentions:
                outer = originals.get((m.start, m.end))
                if outer is not None:
                    other_names.setdefault(cluster_at[outer], []).append((m.start, m.end))
        org_spans = _OrgSpans(orgs)
        people: list[_Cluster] = []
        for cluster in clusters:
            best = max(cluster, key=lambda m: (_completeness(m.name), -m.start))
            roles: list[Role] = []
            titles: set[str] = set()
            for m in cluster:
                for role in (
                    *self._roles_before(m.start, org_spans, orgs),
                    *self._roles_after(m.end, org_spans, orgs),
                    *self._role_by_verb(m.end, org_spans, orgs),
                    *self._role_by_appointment(m.start, m.end, org_spans, orgs),
                    *self._role_by_post(m.end, org_spans, orgs),
                    *self._role_one_of(m.end, org_spans, orgs),
                    *self._role_with_others(m.end, org_spans, orgs),
                ):
                    if role.title not in titles and self._post_held(role):
                        roles.append(role)
                        titles.add(role.title)
            people.append(_Cluster(best.name, roles, [(m.start, m.end) for m in cluster]))
        self._standalone_roles(people)
        # read before the linker, so that it leaves their titles alone; given after it, so that
        # what the rules gave each person (which the linker reads) stays as it was
        by_pronoun = self._pronoun_roles(people, org_spans, orgs)
        _linker.link(self, people, org_spans, orgs)
        for holder, role in by_pronoun:
            if all(r.title != role.title for r in people[holder].roles):
                people[holder].roles.append(role)
        out = []
        for k, cluster_ in enumerate(people, 1):
            name, roles, spans_ = cluster_.name, cluster_.roles, cluster_.spans
            others = other_names.get(k - 1, [])
            aliases = tuple(dict.fromkeys(" ".join(self.text[s:e].split()) for s, e in others))
            out.append(
                Person(
                    id=f"p{k}",
                    name=name.name,
                    given_name=name.given,
                    family_name=name.family,
                    patronymic=name.patronymic,
                    aliases=tuple(a for a in aliases if a != name.name),
                    roles=tuple(roles),
                    mentions=tuple(self._mention(s, e) for s, e in sorted(spans_ + others)),
                )
            )
        return out

    def _name_context(self, start: int, end: int) -> tuple[tuple[str, float], ...]:
        """(case, bonus) pairs: the cases the words around a name favour, with how surely.

        Grammar: a preposition before the name, or a title in apposition (``PREP? HEAD
        [words] NAME``: ``с министром ... Бадром``), is sure (1.5); without a preposition a
        name is no locative (1.5 to every other case); a bullet or a finite verb after the name
        hints at a nominative (0.6 more).
        """
        cases = self._name_cases(start, end)
        if cases is None:
            return ()
        if cases is _NOMINATIVE:
            return tuple((c, 2.1 if c == "nomn" else 1.5) for c in sorted(_NOT_LOCATIVE))
        return tuple((c, 1.5) for c in sorted(cases))

    def _name_cases(self, start: int, end: int) -> frozenset[str] | None:
        """The cases a name's context allows (``None``: any); :data:`_NOMINATIVE` when it
        also hints at a nominative (see :meth:`_name_context`)."""
        k = self._tok(start)
        toks = self.tokens
        if k == 0:
            return _NOMINATIVE
        prev = toks[k - 1].text
        if prev.lower() in _PREPOSITION_CASES:
            return _PREPOSITION_CASES[prev.lower()]
        head = self._title_head_before(k)
        if head is not None:
            cases = self._head_cases(head)
            # с заместителем генерального секретаря ООН Аминой: the name goes with the title the
            # genitive hangs on, or with the genitive (советник президента Владимира Путина)
            chained: frozenset[str] = frozenset()
            while "gent" in cases and (earlier := self._chained_head(head)) is not None:
                head, chained = earlier, chained | {"gent"}
                cases = self._head_cases(head)
            first = head
            while first > 0 and self._modifier(toks[first - 1].text):
                first -= 1
            if first > 0 and toks[first - 1].text.lower() in _PREPOSITION_CASES:
                cases = (cases & _PREPOSITION_CASES[toks[first - 1].text.lower()]) or cases
            if cases:
                return cases | chained
        if prev in {"•", "·", "("}:
            return _NOMINATIVE
        nxt = self._tok_end(end)
        # книге Даниила, Обращение Жозепа Борреля: a genitive after a noun
        after_noun = (prev.islower() or self._opens(k - 1)) and self._has(prev, "NOUN")
        if nxt < len(toks) and not after_noun:
            parses = self.morph.parse(toks[nxt].text)
            if parses and parses[0].tag.POS == "VERB" and parses[0].tag.mood == "indc":
                return _NOMINATIVE
        if prev.lower() in {"и", "или", "а", "но", ",", "-", "—", "–"}:
            return None
        return _NOT_LOCATIVE

    def _opens(self, j: int) -> bool:
        """Whether token ``j`` starts a sentence, a line or a list item (so may be capitalised)."""
        if j == 0:
            return True
        before = self.tokens[j - 1]
        return (
            before.text in {".", "!", "?", "...", "•", "—"}
            or "\n" in self.text[before.end : self.tokens[j].start]
        )

    def _head_cases(self, j: int) -> frozenset[str]:
        """The cases in which token ``j`` is a singular noun."""
        return frozenset(
            _case_of(p.tag.case)
            for p in self.morph.parse(self.tokens[j].text)
            if p.tag.POS == "NOUN" and p.tag.number != "plur"
        )

    def _chained_head(self, j: int) -> int | None:
        """The token index of a title's head that the title head at ``j`` follows in the genitive,
        past the adjectives between (``заместителем генерального секретаря``), if any."""
        i = j - 1
        while i >= 0 and self.tokens[i].text.islower() and self._modifier(self.tokens[i].text):
            i -= 1
        if i < 0:
            return None
        w = self.tokens[i].text
        return i if (w.islower() or self._opens(i)) and self._head(w) is not None else None

    def _title_head_before(self, k: int) -> int | None:
        """The token index of a title's head word in apposition before token ``k``."""
        person_tokens = self._person_tokens()
        for j in range(k - 1, max(-1, k - 10), -1):
            w = self.tokens[j].text
            if not w[:1].isalpha() or j in person_tokens:
                return None
            # a title's head capitalised in the official style (с Министром иностранных дел
            # Малайзии X, Министра ... Y) is a head as well
            capitalised = w[:1].isupper() and w[1:].islower()
            if (w.islower() or capitalised or self._opens(j)) and self._head(w) is not None:
                return j
            if w.islower() and w not in ("по", "при", "и") and self._stops_title(w):
                return None
        return None

    def _person_spans(self) -> list[_Name]:
        """PER names, with initials written before them joined on (``С.В.Лавров``)."""
        out: list[_Name] = []
        for t in self.tagged:
            if t.type != "PER":
                continue
            start = t.start
            m = _INITIALS_BEFORE.search(self.text, max(0, start - 8), start)
            if m is not None and m.end() == start:
                start = m.start()
            if (
                out
                and out[-1].end >= start
                and _INITIALS_ONLY.fullmatch(self.text[out[-1].start : out[-1].end])
            ):
                start = out.pop().start
            if _INITIALS_ONLY.fullmatch(self.text[start : t.end]):
                out.append(_Name(start, t.end, "PER"))
                continue
            out.extend(self._pair(start, t.end))
        return [n for n in out if not _INITIALS_ONLY.fullmatch(self.text[n.start : n.end])]

    def _pair(self, start: int, end: int) -> list[_Name]:
        """A name of two family names in different cases is two persons side by side, as a
        headline writes them (``Токаев Путину: ...``); any other name is one."""
        whole = [_Name(start, end, "PER")]
        words = list(_NAME_WORD.finditer(self.text, start, end))
        if (
            len(words) == 4
            and self.text[start:end].split() == [m.group() for m in words]
            and all(self.forms._is_given(m.group()) for m in words[::2])
            and not any(self.forms._is_given(m.group()) for m in words[1::2])
        ):
            # Эво Моралес Эдвард Сноуден: two given and family names side by side
            return [_Name(start, words[1].end(), "PER"), _Name(words[2].start(), end, "PER")]
        first, space, second = self.text[start:end].partition(" ")
        if not space or " " in second or not first[:1].isupper() or not second[:1].isupper():
            return whole
        if self.forms._is_given(first) or self.forms._is_given(second):
            return whole
        nominative = _SURNAME_NOMINATIVE.search(first) is not None or any(
            p.tag.case == "nomn" and "Surn" in p.tag for p in self.forms.morph.parse(first)
        )
        oblique = _SURNAME_OBLIQUE.search(second) is not None and not any(
            p.tag.case == "nomn" for p in self.forms.morph.parse(second)
        )
        if not (nominative and oblique):
            return whole
        return [_Name(start, start + len(first), "PER"), _Name(end - len(second), end, "PER")]

    def _roles_before(self, start: int, org_spans: _OrgSpans, orgs: list[Organization]) -> list[Role]:
        """The titles in apposition before a name: ``министр культуры и информации Аида Балаева``,
        ``Министр обороны — Ицунори Онодэра``, or before the first of a list of names after a
        title in the plural (``актрисы Кейт Бекинсейл, Софи Дикс и Мира Сорвино``); with the
        titles joined on before it and a title before a verb of holding a post before them."""
        k: int | None = self._tok(start)
        assert k is not None
        title = self._title_before(k)
        if title is not None and self._plural_before_one(title, k):
            return []  # Адвокаты Петрова: the lawyers of Петров
        if title is not None and title[2] < k and self._kin_before(title[0]) is not None:
            return []  # сын бывшего руководителя ФСБ - Андрей: the son, set off by a dash
        if title is None:
            by_verb = self._role_by_verb_before(k, org_spans, orgs)
            if by_verb is not None:
                return [by_verb]
            title = self._group_title(k) or self._predecessor_title(k)
        names = 0
        while title is None and names < _LIST_NAMES:
            k = self._previous_in_list(k)
            if k is None:
                return []
            title = self._title_before(k)
            if title is not None and not self._has(self.tokens[title[1]].text, "plur"):
                return []
            if title is None:
                title = self._group_title(k)
            names += 1
        if title is None:
            return []
        titles = [title, *self._titles_joined(title)]
        roles = [self._make_role(*t, org_spans, orgs) for t in titles]
        if names < 2 and self._has(self.tokens[title[1]].text, "plur"):
            roles[0] = self._own_country(roles[0], names)
        by_verb = self._role_by_verb_before(titles[-1][0], org_spans, orgs)
        return [*roles, *([by_verb] if by_verb else [])]

    def _own_country(self, role: Role, index: int) -> Role:
        """A title in the plural ending in two countries, before two names (``Министры обороны
        России и Белоруссии А и Б``), gives each name its own country, in their order: the first
        is ``министр обороны России``, the second ``министр обороны Белоруссии``."""
        words = role.title.split()
        if len(words) < 4 or words[-2] != "и":
            return role
        pair = [_venues.country_by_name(self.forms.phrase((w,))) for w in (words[-3], words[-1])]
        if pair[0] is None or pair[1] is None or pair[0].code == pair[1].code:
            return role
        country = pair[index]
        assert country is not None
        return Role(
            title=" ".join([*words[:-3], country.genitive]),
            organization=role.organization,
            country=country.code,
        )

    def _group_title(self, k: int) -> tuple[int, int, int] | None:
        """The title in the plural of the group that the list of names starting at token ``k`` is
        drawn from: ``В числе приглашённых артистов были X, Y``, ``Среди гостей-музыкантов — X``,
        or, after ``Среди них`` or ``В их числе`` opening a sentence, the one that ends the
        sentence before (``... российским артистам. Среди них X, Y и Z``)."""
        toks = self.tokens
        j = k
        if j >= 1 and toks[j - 1].text.lower() in _LIST_VERBS:
            j -= 1
        if j < 2:
            return None
        before, last = toks[j - 2].text.lower(), toks[j - 1].text.lower()
        them = (before in _AMONG and last in _THEM) or (before in _THEM and last in _AMONG)
        if them:
            opening = j - 2
            if opening >= 1 and toks[opening - 1].text.lower() == "в":
                opening -= 1  # В их числе
            if opening < 2 or toks[opening - 1].text != "." or not self._opens(opening):
                return None
            title = self._title_ending(opening - 1)
            if title is None or title[2] != opening - 1:
                return None
        else:
            title = self._title_ending(j)
            if title is None or title[2] != j or not self._has(toks[title[1]].text, "gent"):
                return None
            if not any(t.text.lower() in _AMONG for t in toks[max(0, title[0] - 4) : title[0]]):
                return None
        return title if self._has(toks[title[1]].text, "NOUN", "plur") else None

    def _predecessor_title(self, k: int) -> tuple[int, int, int] | None:
        """The post that the one replaced, named at token ``k``, held: the title of the sentence's
        subject before ``сменив на этом посту`` (``Петров стал мэром города, сменив на этом посту
        своего коллегу X``: X was мэр города): the last before the verb in the instrumental, or in
        the genitive after ``в качестве`` or a post (``в качестве нового президента Ирана``)."""
        toks = self.tokens
        j = k
        while j >= 1 and j > k - 3 and toks[j - 1].text.islower() and toks[j - 1].text not in _POST_PLACE:
            j -= 1  # своего знакомого X, американца X
        if j < 4 or toks[j - 1].text not in _POST_PLACE or toks[j - 2].text not in ("этом", "этой"):
            return None
        if toks[j - 3].text != "на" or self._lemma(toks[j - 4].text.lower()) not in ("сменить", "сменять"):
            return None
        verb = j - 4
        heads = []
        i = verb - 1
        while i >= 0 and not self._opens(i + 1) and i in range(verb - 25, verb):
            w = toks[i].text
            if w.islower() and i not in self._per_tokens and self._head(w) and self._has(w, "NOUN"):
                heads.append(i)
            i -= 1
        for head_at in heads:
            first = head_at
            while first - 1 >= 0 and toks[first - 1].text.islower() and self._modifier(toks[first - 1].text):
                first -= 1
            post = first >= 1 and (
                toks[first - 1].text == "качестве" or self._post(toks[first - 1].text, "noun")
            )
            if self._has(toks[head_at].text, "NOUN", "ablt") or (
                post and self._has(toks[head_at].text, "gent")
            ):
                return first, head_at, self._title_end(first, head_at)
        return None  # генерал сменяет на этом посту X: the subject's own title is no post taken

    def _titles_joined(self, title: tuple[int, int, int]) -> list[tuple[int, int, int]]:
        """The titles joined on before a title, in the same case: ``актриса и телеведущая``,
        ``певца, композитора и поэта``, ``министр обороны страны генерал``."""
        out: list[tuple[int, int, int]] = []
        toks = self.tokens
        cases = self._noun_cases(toks[title[1]].text)
        first = title[0]
        while len(out) < _JOINED_TITLES and not self._opens(first):
            j = first
            if j >= 1 and toks[j - 1].text in (",", "и"):
                j -= 1
            elif (
                j >= 1
                and toks[j - 1].text.islower()
                and not self._has(toks[j - 1].text, "NOUN", "gent")
                and not (
                    self._head(toks[title[1]].text) in _roles.RANKS and self._has(toks[j - 1].text, "NOUN")
                )
            ):
                break  # without a conjunction a title ends in a name or a genitive (министр обороны страны)
            if j < 1 or not (toks[j - 1].text[:1].isalpha() or toks[j - 1].text in _QUOTE_MARKS):
                break
            joined = self._title_ending(j)
            if joined is None or not cases & self._noun_cases(toks[joined[1]].text):
                break
            if toks[j].text == "и" and joined[1] != joined[2] - 1 and not self._former(joined, first):
                break  # министр финансов Армении и посол X: a title with a complement before и is another's
            out.append(joined)
            first = joined[0]
        return out

    def _former(self, joined: tuple[int, int, int], first: int) -> bool:
        """Whether a word of a post held before (the ``former`` list: ``бывший``, ``экс-``) opens the
        title ``joined`` or the one after ``и`` at token ``first``: one person's career
        (``экс-губернатора области и бывшего президента Грузии X``), not two persons' posts."""
        toks = self.tokens

        def opens(k: int) -> bool:
            w = toks[k].text.lower()
            if w.split("-", 1)[0] + "-" in _FORMER:
                return True
            return w.isalpha() and fold(self._lemma(w)) in _FORMER

        return any(opens(k) for k in {joined[0], max(joined[0] - 1, 0), first})

    def _noun_cases(self, word: str) -> set[str]:
        return {_case_of(p.tag.case) for p in self.morph.parse(word) if p.tag.POS == "NOUN"}

    def _role_by_verb_before(self, k: int, org_spans: _OrgSpans, orgs: list[Organization]) -> Role | None:
        """A title in the instrumental before a verb of holding a post before token ``k``:
        ``Новым руководителем агентства назначен [X]``, ``Капитаном команды стал [вратарь X]``;
        or in the genitive after a post's noun (``На должность директора назначена [X]``, ``Пост
        министра занимал [X]``)."""
        toks = self.tokens
        j = k - 1
        w = toks[j].text if j >= 1 else ""
        if w.islower() and w.isalpha() and self._has(w, "NOUN", "nomn") and not self._head(w):
            j -= 1  # станет португалец X, стал его старший сын X: a noun that describes the holder
            while (
                j >= 1
                and k - j < 5
                and toks[j].text.islower()
                and (self._has(toks[j].text, "ADJF", "nomn") or self._pronoun(toks[j].text))
            ):
                j -= 1
        if j >= 1 and _AGE.fullmatch(toks[j].text.lower()):
            j -= 1  # назначен 45-летний специалист X
        if j >= 1 and fold(toks[j].text) in ("именно", "же"):
            j -= 1
        copula = j >= 1 and toks[j].text.lower() in _COPULAS
        verb = j >= 1 and fold(toks[j].text) in _ROLE_VERBS
        held = j >= 1 and not (copula or verb) and self._post(toks[j].text, "verb")  # Пост министра занимал X
        if j < 1 or not (copula or held or verb):
            return None  # Президентом фонда был X: the copula alone names the post as well
        if not copula and j >= 2 and toks[j - 1].text.lower() in _COPULAS:
            j -= 1
        title = self._title_ending(j)
        if title is not None and self._post_before(title):
            post = self._title_starting(title[0], "gent")  # ends before большинством голосов
            if post is not None and post[2] <= title[2]:
                return self._make_role(*post, org_spans, orgs)  # На должность директора назначена X
        if (
            held
            or title is None
            or not (
                self._has(toks[title[1]].text, "NOUN", "ablt")
                or any(self._has(toks[i].text, "PRTF", "ablt") for i in range(title[0], title[1]))
            )
        ):
            return None  # Новым руководителем ..., Исполняющим обязанности главы ... назначен X
        return self._make_role(*title, org_spans, orgs)

    def _post_before(self, title: tuple[int, int, int]) -> bool:
        """Whether the title is in the genitive right after a noun of a post (``пост``,
        ``должность``, perhaps after ``на``): ``На должность директора музея``."""
        toks = self.tokens
        i = title[0] - 1
        return (
            i >= 0
            and self._post(toks[i].text.lower(), "noun")
            and self._has(toks[i].text.lower(), "NOUN", "sing")
            and self._has(toks[title[1]].text, "NOUN", "gent")
        )

    def _kin_before(self, first: int) -> int | None:
        """The token of a noun of kinship right before the title starting at token ``first`` (its
        modifiers and an age read over), whose relative the title names: ``жена актёра``,
        ``сын бывшего руководителя ФСБ``; ``None`` when there is none."""
        toks = self.tokens
        j = first - 1
        while j >= 0 and toks[j].text.islower():
            if not (_AGE.fullmatch(toks[j].text) or self._modifier(toks[j].text)):
                break
            j -= 1
        if j < 0 or not toks[j].text.isalpha() or fold(self._lemma(toks[j].text.lower())) not in _KIN:
            return None
        return j

    def _past_bracket(self, j: int) -> int:
        """The token after a short bracket opening at token ``j`` (``(СХР)``, ``(Великобритания)``:
        at most five tokens to its ``)``), else ``j`` itself."""
        toks = self.tokens
        return next((x + 1 for x in range(j + 1, min(len(toks), j + 6)) if toks[x].text == ")"), j)

    def _plural_before_one(self, title: tuple[int, int, int], k: int) -> bool:
        """Whether the title right before the name at token ``k`` is in the plural only and no
        other name follows that one in a list (``Адвокаты Петрова заявили``, ``критики Алиева``):
        the name is whose they are, not one of them (as it is after ``из``: ``один из экспертов X``)."""
        head = self.tokens[title[1]].text
        if not self._has(head, "NOUN", "plur") or self._has(head, "NOUN", "sing"):
            return False
        name = self._tagged_at.get(self.tokens[k].start)
        toks, persons = self.tokens, self._person_tokens()
        i = title[0] - 1
        while i > 0 and toks[i].text.islower() and self._has(toks[i].text, "ADJF"):
            i -= 1  # одного из самых известных художников X
        if name is None or any(t.text.lower() in _AMONG_OR_FROM for t in toks[max(0, i - 1) : i + 1]):
            return False  # один из экспертов института X, в числе активисток X: one of them
        j = self._tok_end(name.end)
        if j < len(toks) and toks[j].text == "(":
            j = self._past_bracket(j)
        elif j + 1 < len(toks) and toks[j].text == "из" and toks[j + 1].text[:1].isupper():
            j += 2  # сенаторы X из Кентукки и Y из Флориды
        return not (j + 1 < len(toks) and toks[j].text in (",", "и") and j + 1 in persons)

    def _previous_in_list(self, k: int) -> int | None:
        """The first token of the name before the name at token ``k`` in a list (``А, Б и В``),
        each name perhaps followed by a country in brackets (``Колин Дэвис (Великобритания)``) or
        by where it comes from (``X из Кентукки и Y``)."""
        toks, person_tokens = self.tokens, self._person_tokens()
        j = k - 1
        if j < 1 or toks[j].text not in (",", "и"):
            return None
        j -= 1
        if toks[j].text == ")":
            opening = next((i for i in range(j - 1, max(-1, j - 6), -1) if toks[i].text == "("), None)
            if opening is None:
                return None
            j = opening - 1
        elif j >= 2 and toks[j].text[:1].isupper() and toks[j - 1].text == "из" and j not in person_tokens:
            j -= 2  # сенаторы X из Кентукки и Y из Флориды: each name with where it comes from
        if j < 0 or j not in person_tokens:
            return None
        while j - 1 >= 0 and j - 1 in person_tokens:
            j -= 1
        return j

    def _title_before(self, k: int) -> tuple[int, int, int] | None:
        """The title before the name at token ``k``: its first token, head token and end."""
        end = k
        if end >= 1 and _AGE.fullmatch(self.tokens[end - 1].text.lower()):
            end -= 1  # глава республики 57-летний Х
            if end >= 2 and self.tokens[end - 1].text == "-" and self.tokens[end - 2].text.isdigit():
                end -= 2
        if (
            end >= 2
            and self.tokens[end - 1].text in _DASHES | {":"}
            and (self.tokens[end - 2].text[:1].isalpha() or self.tokens[end - 2].text in _QUOTE_MARKS)
        ):
            end -= 1  # Министр юстиции — Садакадзу Танигаки; гандболистки клуба «Динамо»: Х
        toks = self.tokens
        if end == k and k - 1 in self._per_tokens:
            return self._title_before_genitive(k)
        name = self._tagged_at.get(toks[k].start)
        if (
            name is not None
            and name.type == "PER"
            and self._tok_end(name.end) in self._per_tokens
            and self._complement_name(name.start, name.end, toks[self._tok_end(name.end)].start)
        ):
            # адвокат Алёхиной Оксана Дарова, пресс-секретарь президента России Владимира Путина
            # Дмитрий Песков: the title is the next name's; this one holds the title inside it
            return self._inner_title(self._title_ending(end))
        if end == k and end >= 2 and toks[end - 1].text == "," and self._set_off(k):
            title = self._title_ending(end - 1)  # Президент России, Владимир Путин, выразил ...
            if title is not None and self._has(toks[title[1]].text, "NOUN", "sing", "nomn"):
                return title
        examples = end >= 3 and toks[end - 1].text.lower() == "как" and toks[end - 2].text == ","
        if examples:
            end -= 2  # такие музыканты, как Х, Y и Z: a title in the plural only
        title = self._title_ending(end)
        if title is None:
            return None
        if examples:  # the names after как are nominatives whatever the title's case
            return title if self._has(self.tokens[title[1]].text, "NOUN", "plur") else None
        acting = next((i for i in range(title[0], title[1]) if self._has(self.tokens[i].text, "PRTF")), None)
        if acting is not None and self.tokens[title[1] - 1].text.lower() == "обязанности":
            # исполняющий обязанности губернатора X: the participle is in the name's case
            return title if self._same_case(self.tokens[acting].text, self.tokens[k].text) else None
        if title[1] == title[2] - 1 and self._served(title[1], k):
            self._role_tokens.update(range(title[0], title[2]))  # the served one's: no lone title
            return None
        if title[1] == title[2] - 1 and not self._apposed(title[1], k):
            return None
        if title[1] < title[2] - 1 and not self._apposed(title[1], k):
            # советником президента России Дмитрия Медведева: the name in the genitive is the
            # holder of the title in the genitive inside, not of the head in another case
            inner = self._inner_title(title)
            if inner is not None and self._apposed(inner[1], k):
                self._role_tokens.update(range(title[0], inner[0]))  # another's title, no lone one
                return inner
            if title[0] >= 2 and toks[title[0] - 1].text == "," and title[0] - 2 in self._per_tokens:
                return None  # Олег Сидоров, представитель фонда Марины Цветаевой: Сидоров's title
        return title

    def _set_off(self, k: int) -> bool:
        """Whether the name at token ``k`` is set off by commas as an apposition: a comma after it,
        not followed by another name (``Президент России, Владимир Путин, лично ...``; not a list
        ``министры, Иван Петров, Олег Смирнов``), and written in its nominative."""
        name = self._tagged_at.get(self.tokens[k].start)
        if name is None or name.type != "PER" or self._oblique_name(name.start, name.end):
            return False
        after = self._tok_end(name.end)
        toks = self.tokens
        return (
            after + 1 < len(toks)
            and toks[after].text == ","
            and after + 1 not in self._per_tokens
            and toks[after + 1].text.islower()
        )

    def _title_before_genitive(self, k: int) -> tuple[int, int, int] | None:
        """The title before a name in the genitive right before the name at token ``k``, which is
        its holder's: ``адвокат Алёхиной Оксана Дарова`` (Дарова is the lawyer, of Алёхина); only
        when the name in between is not written in its nominative, and the title's head may be a
        nominative agreeing with the name at ``k``."""
        a = k - 1
        while a - 1 >= 0 and a - 1 in self._per_tokens:
            a -= 1
        title = self._title_ending(a)
        if title is None or title[2] != a:
            return None
        if not self._complement_name(self.tokens[a].start, self.tokens[k - 1].end, self.tokens[k].start):
            return None  # the name in between may be a nominative: another person in apposition
        if not self._has(self.tokens[title[1]].text, "NOUN", "nomn") or not self._apposed(title[1], k):
            return None
        return title

    def _inner_title(self, title: tuple[int, int, int] | None) -> tuple[int, int, int] | None:
        """The last title in the genitive inside a title's complements, with its modifiers
        (``президента России`` in ``пресс-секретарь президента России``), or ``None``."""
        if title is None:
            return None
        _, head_at, end = title
        toks = self.tokens
        inner = next(
            (
                j
                for j in range(end - 1, head_at, -1)
                if toks[j].text.islower()
                and self._head(toks[j].text)
                and self._has(toks[j].text, "NOUN", "gent")
            ),
            None,
        )
        if inner is None:
            return None
        start = inner
        while start - 1 > head_at and self._modifier(toks[start - 1].text):
            start -= 1
        return start, inner, end

    def _complement_name(self, start: int, end: int, following: int) -> bool:
        """Whether the name over ``start:end``, right before the name starting at ``following``,
        is the genitive complement of a title before it: it is not written in its nominative
        (``Алёхиной``), or it is one word that does not decline and the name after it is a full
        name in its nominative (``адвокат Савченко Марк Фейгин``)."""
        if self._oblique_name(start, end):
            return True
        after = self._tagged_at.get(following)
        if after is None or after.type != "PER" or len(_NAME_WORD.findall(self.text[start:end])) != 1:
            return False
        return len(_NAME_WORD.findall(self.text[after.start : after.end])) > 1 and not self._oblique_name(
            after.start, after.end
        )

    def _oblique_name(self, start: int, end: int) -> bool:
        """Whether the name over ``start:end`` is not written in its nominative (``Алёхиной``)."""
        words = tuple(_NAME_WORD.findall(self.text[start:end]))
        return bool(words) and fold(self.forms.person(words, ()).name) != fold(" ".join(words))

    def _title_ending(self, end: int) -> tuple[int, int, int] | None:
        """The title whose last token is ``end - 1``: its first token, head token and end."""
        if end >= 1 and self.tokens[end - 1].text.lower() in ("и", "или", "а"):
            return None  # Режиссёр и Олег Рыбин: two persons
        j = end - 1
        head_at = cut = None
        limit = max(0, end - 14)
        person_tokens = self._person_tokens()
        toks = self.tokens
        while j >= limit:
            w = self.tokens[j].text
            if w in _QUOTE_MARKS:
                opening = self._quoted_name_start(j)
                if opening is None:
                    break
                j = opening - 1  # a body's name in quote marks inside: гендиректор ОАО "Х" Иван
                continue
            if (
                not w[:1].isalpha()
                and w not in ("-",)
                and not (j + 1 < end and self._complement_goes_on(None, j))
            ):
                break
            if j + 1 < end and self._opens(j + 1):
                break  # the sentence or line before is no part of the title
            if w.islower() and self._pronoun(w):
                break  # глава семьи и его старший сын
            envoy_in = (
                w == "в"
                and self.tokens[j + 1].text[:1].isupper()
                and any(
                    _roles.head_of(self.tokens[i].text) in _ENVOYS and self.tokens[i].text.islower()
                    for i in range(max(limit, j - 3), j)
                )
            )  # посол КНР в Казахстане: an envoy's title names where he serves
            if w in ("от", "из") and head_at is None and cut is None:
                cut = j  # депутат Госдумы от фракции ЛДПР X: the party is no part of the title
                j -= 1
                continue
            if j in person_tokens or (
                w.islower() and w not in ("по", "при") and not envoy_in and self._stops_title(w)
            ):
                break
            if (
                w == "и"
                and head_at is not None
                and all(self._modifier(t.text) for t in self.tokens[j + 1 : head_at])
            ):
                break  # министр финансов Армении и посол Японии ...: the title after и is his
            # a title is often capitalised (Президент России, Прокурор района), most of all right
            # before a name (Патриарх Кирилл, Митрополит Никодим)
            lower_or_first = (
                w[:1].islower()
                or self._opens(j)
                or (w[1:].islower() and (self._office(w) or end in person_tokens))
            )
            if w[:1].isalpha() and lower_or_first and self._head(w) is not None:
                if head_at is not None and not self._has(self.tokens[head_at].text, "gent"):
                    break  # журналистам режиссёр X: a head further left owns the title only as its genitive
                if head_at is not None and self._head(self.tokens[head_at].text) in _roles.RANKS:
                    break  # командующий округом генерал-полковник X: the rank is a title of its own
                head_at = j
            j -= 1
        if head_at is None:
            return None
        if head_at >= 1 and toks[head_at - 1].text == "в" and self._has(toks[head_at].text, "plur"):
            return None  # кандидата в мэры Москвы X: one who runs for the post does not hold it
        if cut is not None:
            end = cut
        if head_at + 1 < end - 1 and self.tokens[head_at + 1].text == "и":
            end = head_at + 1  # певицей и моделью: a second noun in the head's case, no complement
        else:
            end = next((j for j in range(head_at + 2, end - 1) if self._ends_complements(j)), end)
        # командир экипажа канадец X, членом палаты демократом X: a noun in another case than a
        # complement's, right before the name, is an apposition of its own, not part of the title
        if end - 1 > head_at and self._apposition_after(head_at, end - 1):
            end -= 1
        first = head_at
        while first - 1 >= limit and self._modifier(self.tokens[first - 1].text):
            first -= 1
        if (
            first - 1 >= limit
            and _venues.country_by_adjective(self.tokens[first - 1].text)
            and self.tokens[first - 1].text.islower()
        ):
            first -= 1
        return first, head_at, end

    def _quoted_name_start(self, closing: int) -> int | None:
        """The token of the quote mark opening a short capitalised name that ends with the mark at
        ``closing`` (``"Газпрома"``, ``«Манчестер Юнайтед»``); ``None`` when there is none."""
        toks = self.tokens
        for i in range(closing - 1, max(-1, closing - 6), -1):
            if toks[i].text in _QUOTE_MARKS:
                inside = toks[i + 1 : closing]
                if inside and all(not t.text[:1].islower() for t in inside) and inside[0].text[:1].isalpha():
                    return i
                return None
        return None

    def _roles_after(self, end: int, org_spans: _OrgSpans, orgs: list[Organization]) -> list[Role]:
        """The titles in apposition after a name: ``Сергей Лавров, министр иностранных дел России,``,
        ``Петров, режиссёр и продюсер фильма,``."""
        k = self._tok_end(end)
        toks = self.tokens
        if k + 1 >= len(toks) or (toks[k].text != "," and toks[k].text not in _DASHES):
            return []  # Сергей Лавров, министр ...; Абэ — депутат парламента
        if "\n" in self.text[end : toks[k + 1].start]:
            return []  # a headline's name, then the next line
        titles: list[tuple[int, int, int]] = []
        title = self._title_after_at(k + 1)
        while title is not None and len(titles) <= _JOINED_TITLES:
            titles.append(title)
            j = title[2]
            if j + 1 >= len(toks) or toks[j].text not in ("и", ","):
                break
            title = self._title_after_at(j + 1)
            if title is not None and not self._noun_cases(toks[title[1]].text) & self._noun_cases(
                toks[titles[0][1]].text
            ):
                break
        last = titles[-1][2] if titles else len(toks)
        if last < len(toks) and toks[last].text == "(":  # председатель союза (СХР) Б: Б's title
            last = self._past_bracket(last)
        if last < len(toks) and last in self._person_tokens() and not self._complement_person(titles[-1]):
            return []  # the title of the next name in a list: министр ... А, замглавы ... Б
        return [self._make_role(*t, org_spans, orgs) for t in titles]

    def _complement_person(self, title: tuple[int, int, int]) -> bool:
        """Whether the name right after a title with a complement is written in the genitive (not
        in its nominative), as its last word is, and a comma, a dash or a full stop follows it:
        the complement's (``Олег Сидоров, представитель фонда Марины Цветаевой, сказал``), not a
        name of its own; the title ends before it."""
        toks = self.tokens
        _, head_at, end = title
        name = self._tagged_at.get(toks[end].start)
        if name is None or name.type != "PER" or end - 1 <= head_at:
            return False
        if not self._has(toks[end - 1].text, "gent") or not self._oblique_name(name.start, name.end):
            return False
        j = self._tok_end(name.end)
        return j >= len(toks) or toks[j].text in (",", ".", *_DASHES)

    def _title_after_at(self, first: int) -> tuple[int, int, int] | None:
        """The title in the nominative or any case that starts at token ``first`` after a name."""
        toks = self.tokens
        j = first
        while j < len(toks) and self._modifier(toks[j].text):
            j += 1
        if j < len(toks) and toks[j].text.islower() and _venues.country_by_adjective(toks[j].text):
            j += 1
        if j >= len(toks) or not toks[j].text.islower() or self._head(toks[j].text) is None:
            return None
        if not self._has(toks[j].text, "NOUN", "sing"):
            return None  # Петров, представители корпуса: a list of others
        return first, j, self._title_end(first, j)

    def _title_end(self, first: int, head_at: int) -> int:
        """The end (one past the last token) of the complements after a title's head at
        ``head_at``; the title starts at ``first``."""
        toks = self.tokens
        j = head_at + 1
        person_tokens = self._person_tokens()
        while j < len(toks) and j - first < 14:
            w = toks[j].text
            if w in _QUOTE_MARKS:
                closing = self._quoted_name_end(j)
                if closing is None:
                    break
                j = closing + 1
                continue
            if self._complement_goes_on(head_at, j):
                j += 1  # начальник 75-го отдела полиции; министр экономики, торговли и промышленности
                continue
            if not w[:1].isalpha() or j in person_tokens:
                break
            envoy_in = w == "в" and self._envoy_in(toks, head_at, j)
            if w.islower() and w not in ("по", "при") and not envoy_in and self._stops_title(w):
                break
            if self._opens(j) or (w.islower() and self._pronoun(w)):
                break
            if self._ends_complements(j):
                break
            if not self._complement(w, toks[head_at + 1 : j]):
                break  # актриса тромб, президент также: no genitive, so no part of the title
            j += 1
        return j

    def _complement_goes_on(self, head_at: int | None, j: int) -> bool:
        """A title's complement goes on past ``j``: an ordinal in figures, a listed complement
        or a number sign with its number."""
        return self._ordinal_complement(head_at, j) or self._listed_complements(j) or self._numbered(j)

    def _listed_complements(self, j: int) -> bool:
        """Whether the comma at token ``j`` joins complements of a title listed up to ``и``, each in
        a case of the noun before the comma (``министр экономики, торговли и промышленности``,
        ``комитета по делам семьи, женщин и детей``), none of them a title's head."""
        toks = self.tokens
        if j < 1 or toks[j].text != "," or not toks[j - 1].text.islower():
            return False
        before = toks[j - 1].text
        if not self._has(before, "NOUN"):
            return False
        i, seen_and = j + 1, False
        while i < len(toks) and i < j + 10:
            words: list[str] = []
            while i < len(toks) and toks[i].text.islower() and toks[i].text.isalpha() and len(words) < 3:
                if toks[i].text in ("и", "или") or self._head(toks[i].text) is not None:
                    break
                words.append(toks[i].text)
                i += 1
            if not any(self._has(w, "NOUN") and self._same_case(before, w) for w in words):
                return False  # торговли, хранению; использованию газа after и
            if seen_and:
                return True
            if i < len(toks) and toks[i].text == "и":
                seen_and = True
            elif i >= len(toks) or toks[i].text != ",":
                return False
            i += 1
        return False

    def _numbered(self, j: int) -> bool:
        """Whether token ``j`` is ``№`` before a number or the number after it (``школы № 5``)."""
        toks = self.tokens
        if toks[j].text == "№":
            return j + 1 < len(toks) and toks[j + 1].text.isdigit()
        return toks[j].text.isdigit() and j >= 1 and toks[j - 1].text == "№"

    def _ordinal_complement(self, head_at: int | None, j: int) -> bool:
        """Whether token ``j`` (after a title's head at ``head_at``, when known) is an ordinal written
        in figures (``75-го``, ``3-го``) that the genitive complement after it goes with (``75-го
        отдела``)."""
        toks = self.tokens
        if not _ORDINAL_DIGITS.fullmatch(toks[j].text) or j + 1 >= len(toks):
            return False
        after = toks[j + 1].text
        if not (after.islower() and self._has(after, "gent")):
            return False
        return head_at is None or self._complement(after, toks[head_at + 1 : j])

    def _ends_complements(self, j: int) -> bool:
        """Whether ``и`` at token ``j`` ends a title's complements: the word after it is in no case
        of the word before (``член партии и один из ...``, ``артист балета и российский военный``),
        or is the head of a second title (``создатель и руководитель``)."""
        toks = self.tokens
        if toks[j].text != "и" or j + 1 >= len(toks) or j < 1:
            return False
        before, after = toks[j - 1].text, toks[j + 1].text
        k = j + 1
        while k + 1 < len(toks) and toks[k].text.islower() and self._modifier(toks[k].text):
            k += 1  # и первого заместителя
        if toks[k].text.islower() and self._head(toks[k].text):
            return True
        return before[:1].isalpha() and not self._same_case(before, after)

    def _apposition_after(self, head_at: int, j: int) -> bool:
        """Whether the lower-case noun at token ``j``, the last before a name, after the title head
        at ``head_at``, cannot be one of its complements (no genitive, no phrase after a
        preposition, no span of time; after a participle, ``командующий войсками``, the
        instrumental is its complement)."""
        w = self.tokens[j].text
        parses = self.morph.parse(w) if w.islower() and _is_cyrillic_word(w) else ()
        if not parses or parses[0].tag.POS != "NOUN" or fold(parses[0].normal_form) in _TITLE_TIME:
            return False  # папа римский; художник XXI века
        if any(p.tag.case in ("gent", "gen2") for p in parses):
            return False
        if any(t.text.lower() in ("по", "при", "в", "на", "с", "от") for t in self.tokens[head_at + 1 : j]):
            return False
        governs = any(  # заместитель командующего Дальней авиацией
            self._has(t.text, "PRTF") or t.text.lower().endswith(_PARTICIPLE_ENDS)
            for t in self.tokens[head_at:j]
        )
        return not (governs and self._has(w, "ablt"))

    def _complement(self, word: str, before: Sequence[Token]) -> bool:
        """Whether ``word`` can go on a title after its head and the words ``before`` it: a genitive
        (``министр иностранных дел``), a word after ``по``, ``при`` or ``в`` (``по делам молодёжи``),
        ``и`` or a name; not an adverb or particle (``также``, ``не``), nor a noun or adjective in
        another case alone (``актриса тромб``, ``офицер подводником``)."""
        if word == "и" or not _is_cyrillic_word(word):
            return True
        parses = self.morph.parse(word.lower())
        if not parses or (not word.islower() and not parses[0].is_known):
            return True  # an unknown name says nothing of its case
        if word.islower() and parses[0].tag.POS in _NOT_IN_TITLES:
            return False
        if word.islower() and fold(parses[0].normal_form) in _TITLE_TIME:
            return False  # футболист года: an award's year, not where the post is held
        if any(t.text.lower() in ("по", "при", "в", "на", "с", "от") for t in before):
            return True
        return any(p.tag.case in ("gent", "gen2") or p.tag.POS in ("PREP", "CONJ") for p in parses)

    def _role_by_verb(self, end: int, org_spans: _OrgSpans, orgs: list[Organization]) -> list[Role]:
        """A title in the instrumental after a verb of holding a post, or after ``был`` alone:
        ``Иванов был назначен послом в Египте``, ``Петрова стала первым заместителем министра``,
        ``Петров был временным главным инженером``."""
        toks = self.tokens
        j = self._tok_end(end)
        if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].text.lower() in ("который", "которая"):
            j += 2  # Петров, который стал полузащитником
            gap = j
            while (
                gap < min(len(toks), j + _PRONOUN_GAP)
                and toks[gap].text.islower()
                and toks[gap].text.isalpha()
                and toks[gap].text not in _COPULAS
                and fold(toks[gap].text) not in _ROLE_VERBS
            ):
                gap += 1
            if gap < len(toks) and (toks[gap].text in _COPULAS or fold(toks[gap].text) in _ROLE_VERBS):
                j = gap  # Петрова, которая сейчас является министром: the words before the verb read over
        elif (
            j + 1 < len(toks)
            and toks[j].text == ","
            and fold(toks[j + 1].text) in _ROLE_VERBS
            and self._has(toks[j + 1].text, "PRTF")
        ):
            j += 1  # Петров, являющийся председателем правления
        copula = j < len(toks) and toks[j].text.lower() in _COPULAS
        if copula:
            j += 1
        if j < len(toks) and fold(toks[j].text) in _ROLE_VERBS:
            j += 1
        elif not copula:
            return []
        title = self._title_starting(j, "ablt")
        if title is None:
            return []
        return [self._make_role(*t, org_spans, orgs) for t in self._joined_after(title, "ablt")]

    def _role_with_others(self, end: int, org_spans: _OrgSpans, orgs: list[Organization]) -> list[Role]:
        """The title of the group that a list of names ends in, after ``и другие``: ``X, Y и
        другие художники``, ``с X и другими руководителями компании``, ``X и двух других
        актрис``: each name of the list is one of the group, so holds its title."""
        toks, persons = self.tokens, self._person_tokens()
        j = self._tok_end(end)
        for _ in range(_LIST_NAMES):
            if j < len(toks) and toks[j].text == "(":
                j = self._past_bracket(j)
            if j + 1 < len(toks) and toks[j].text in (",", "и") and j + 1 in persons:
                j += 1
                while j in persons:
                    j += 1  # the next name of the list
                continue
            break
        if j + 2 >= len(toks) or toks[j].text != "и":
            return []
        i = j + 1
        if self._has(toks[i].text, "NUMR") and toks[i].text.islower():
            i += 1  # и двух других актрис
        if i >= len(toks) or toks[i].text.lower() not in _OTHERS:
            return []
        # и другие известные художники
        head_at = self._past_modifiers(i + 1, i + 4, lambda w: self._has(w, "ADJF", "plur"))
        return self._group_role(head_at, ("NOUN", "plur"), org_spans, orgs)

    def _role_one_of(self, end: int, org_spans: _OrgSpans, orgs: list[Organization]) -> list[Role]:
        """The title of a group in the plural after ``один из`` right after a name, perhaps set
        off by a comma or a dash or after a verb: ``X — один из основателей компании``, ``X,
        одна из самых известных актрис``, ``X стал одним из лучших вратарей лиги``, ``X,
        ставший одним из ...``, ``X, который считается одним из ...``: the person
        is one of them, so holds the title (its head and complements, not the adjectives that
        rank the group)."""
        toks = self.tokens
        j = self._tok_end(end)
        if j < len(toks) and (toks[j].text == "," or toks[j].text in _DASHES):
            j += 1
            if j < len(toks) and toks[j].text.lower() in ("который", "которая"):
                j += 1  # X, который стал одним из ...
        if j < len(toks) and toks[j].text.lower() not in _ONE_OF:
            verbs = 0
            while (
                j < len(toks)
                and verbs < 2
                and toks[j].text.islower()
                and toks[j].text not in _ONE_OF
                and self.morph.parse(toks[j].text)[0].tag.POS in ("VERB", "PRTF", "PRTS", "INFN")
            ):
                j, verbs = j + 1, verbs + 1  # стал, считается, был признан
        if j + 2 >= len(toks) or toks[j].text.lower() not in _ONE_OF or toks[j + 1].text != "из":
            return []

        def ranking(w: str) -> bool:  # самых известных, пяти лучших, наиболее влиятельных
            ranked = self._has(w, "ADJF", "plur", "gent") or self._has(w, "NUMR", "gent")
            return ranked or self._first_is(w, "ADVB")

        head_at = self._past_modifiers(j + 2, j + 8, ranking)
        return self._group_role(head_at, ("NOUN", "plur", "gent"), org_spans, orgs)

    def _past_modifiers(self, k: int, stop: int, fits: Callable[[str], bool]) -> int:
        """The first token from ``k`` (and before ``stop``) that is no lower-case modifier of a
        group's noun: a title's head, a capitalised word, or a word ``fits`` does not accept."""
        toks = self.tokens
        while k < min(stop, len(toks)) and toks[k].text.islower() and not self._head(toks[k].text):
            if not fits(toks[k].text):
                break
            k += 1
        return k

    def _group_role(
        self, head_at: int, grammemes: tuple[str, ...], org_spans: _OrgSpans, orgs: list[Organization]
    ) -> list[Role]:
        """The title a group's noun at token ``head_at`` gives each of its members, in the singular:
        the noun must be a title's head in lower case with ``grammemes``; the title ends before
        ``и`` (``клавишников и ...``: one group)."""
        toks = self.tokens
        if (
            head_at >= len(toks)
            or not toks[head_at].text.islower()
            or self._head(toks[head_at].text) is None
            or not self._has(toks[head_at].text, *grammemes)
        ):
            return []
        end_at = self._title_end(head_at, head_at)
        end_at = next((x for x in range(head_at + 1, end_at) if toks[x].text == "и"), end_at)
        return [self._make_role(head_at, head_at, end_at, org_spans, orgs)]

    def _role_by_appointment(
        self, start: int, end: int, org_spans: _OrgSpans, orgs: list[Organization]
    ) -> list[Role]:
        """A title in the instrumental right after a name that a verb of appointing or electing
        stands before: ``Президент назначил Ивана Петрова послом в Египте``, ``избрала дочь
        президента Анну главой комитета``, ``назначение Петрова министром``; or in the genitive
        after ``на пост`` or ``на должность`` there (``назначил Ивана Петрова на пост посла``,
        ``поздравил X с избранием на пост президента``)."""
        toks = self.tokens
        j = self._tok_end(end)
        k = self._tok(start)
        if k is None or j >= len(toks):
            return []
        appointed = False
        for i in range(k - 1, max(-1, k - 7), -1):
            w = toks[i].text
            if not w[:1].isalpha():
                break
            if w.islower() and fold(self._lemma(w)) in _APPOINT:
                appointed = True
                break
        i = j
        elected = i + 1 < len(toks) and toks[i].text == "с"
        if elected and fold(self._lemma(toks[i + 1].text.lower())) in _APPOINT:
            appointed, i = True, i + 2  # поздравил X с избранием на пост главы
        if not appointed:
            return []
        if i + 2 < len(toks) and toks[i].text == "на" and self._post(toks[i + 1].text, "noun"):
            post = self._title_starting(i + 2, "gent")  # назначил X на пост постоянного представителя
            if post is None:
                return []
            return [self._make_role(*t, org_spans, orgs) for t in self._joined_after(post, "gent")]
        title = self._title_starting(j, "ablt")
        if title is None:
            return []
        return [self._make_role(*t, org_spans, orgs) for t in self._joined_after(title, "ablt")]

    def _role_by_post(self, end: int, org_spans: _OrgSpans, orgs: list[Organization]) -> list[Role]:
        """A title in the genitive after a post held: ``Иванов занимает пост главного тренера``,
        ``Петров, занимавший должность первого заместителя ...``, ``назначен на пост министра``,
        ``ушёл с поста главы``, or left right after the name: ``освободил Иванова от должности
        министра``, ``после отставки Петрова с поста губернатора``."""
        toks, person_tokens = self.tokens, self._person_tokens()
        j = self._tok_end(end)
        if (
            j + 1 < len(toks)
            and toks[j].text.lower() in ("с", "от")
            and self._post(toks[j + 1].text, "noun")
            and self._has(toks[j + 1].text, "NOUN", "sing", "gent")
        ):
            i = j + 1  # освободил Иванова от должности министра, отставка Петрова с поста главы
        else:
            if j < len(toks) and toks[j].text == ",":
                j += 1
            verb = next(
                (
                    i
                    for i in range(j, min(len(toks), j + 4))
                    if not toks[i].text[:1].isalpha()
                    or i in person_tokens
                    or self._post(toks[i].text, "verb")
                ),
                None,
            )
            if verb is None or not self._post(toks[verb].text, "verb"):
                return []
            i = verb + 1
            if i < len(toks) and toks[i].text.lower() in ("на", "в", "с"):
                i += 1  # занял пост, назначен на должность, ушёл с поста
        if i >= len(toks) or not self._post(toks[i].text, "noun"):
            return []
        title = self._title_starting(i + 1, "gent")
        if title is None:
            return []
        return [self._make_role(*t, org_spans, orgs) for t in self._joined_after(title, "gent")]

    def _post(self, word: str, part: str) -> bool:
        """Whether ``word`` is a form of a word of the ``post_words`` table (``part``: noun or verb)."""
        return word.islower() and any(
            fold(p.normal_form) in _POST_WORDS[part] for p in self.morph.parse(word)
        )

    def _title_starting(self, first: int, case: str) -> tuple[int, int, int] | None:
        """The title in ``case`` that starts at token ``first``: its first token, head token and end."""
        toks = self.tokens
        w = toks[first].text if first < len(toks) else ""
        if w.islower() and self._pronoun(w) and not self._most(w):
            first += 1  # стал его председателем: the post, of the body the pronoun stands for
        # a decree writes the post it names with a capital: освободить X от должности Главы республики
        decree = first >= 1 and self._post(toks[first - 1].text, "noun")

        def plain(word: str) -> bool:
            return word.islower() or (decree and word[:1].isupper() and word[1:].islower())

        j = first
        while (
            j < len(toks)
            and j - first < 3
            and plain(toks[j].text)
            and self._has(toks[j].text, "ADJF", case)
            and not self._head(toks[j].text)
        ):
            j += 1  # первым, новым, генеральным
        if j >= len(toks) or not plain(toks[j].text) or self._head(toks[j].text) is None:
            return None
        if not self._has(toks[j].text, "NOUN", case):
            return None
        head_at, j = j, j + 1
        person_tokens = self._person_tokens()
        while j < len(toks) and j - first < 12:
            w = toks[j].text
            if w in _QUOTE_MARKS:
                closing = self._quoted_name_end(j)
                if closing is None:
                    break
                j = closing + 1
                continue
            if self._complement_goes_on(head_at, j):
                j += 1  # назначен заместителем начальника 75-го отдела полиции
                continue
            if not w[:1].isalpha() or j in person_tokens:
                break
            envoy_in = w == "в" and self._envoy_in(toks, head_at, j)  # назначен послом в Египте
            if w.islower() and w not in ("по", "при") and not envoy_in and self._stops_title(w):
                break
            if self._has(w, "ablt") and not self._has(w, "gent") and (w.islower() or self._head(w.lower())):
                break  # a second instrumental starts something else
            if w.islower() and (self.morph.parse(w)[0].tag.POS in _NOT_IN_TITLES or self._pronoun(w)):
                break  # уже более, также, своего: an adverb or a pronoun ends the title
            if w.islower() and fold(self._lemma(w)) in _TITLE_TIME:
                break  # игроком сезона: an award's season
            if self._opens(j) or self._ends_complements(j):
                break  # должность вице-спикера и руководителя фракции: two posts
            if w.islower() and not self._complement(w, toks[head_at + 1 : j]):
                break  # занимавшая пост министра финансов и сменившая ...
            j += 1
        return first, head_at, j

    def _joined_after(self, title: tuple[int, int, int], case: str) -> list[tuple[int, int, int]]:
        """The title and those joined on after it by ``и`` in the same ``case`` (``назначен на
        пост руководителя службы и первого замдиректора ведомства``: two posts)."""
        out = [title]
        toks = self.tokens
        while len(out) <= _JOINED_TITLES:
            j = out[-1][2]
            if j + 1 >= len(toks) or toks[j].text != "и":
                break
            nxt = self._title_starting(j + 1, case)
            if nxt is None:
                break
            out.append(nxt)
        return out

    def _quoted_name_end(self, opening: int) -> int | None:
        """The token of the quote mark closing a short capitalised name opened at ``opening``."""
        toks = self.tokens
        for i in range(opening + 1, min(len(toks), opening + 6)):
            if toks[i].text in _QUOTE_MARKS:
                inside = toks[opening + 1 : i]
                if inside and all(not t.text[:1].islower() for t in inside) and inside[0].text[:1].isalpha():
                    return i
                return None
        return None

    def _same_case(self, a: str, b: str) -> bool:
        """Whether two words can be nouns or adjectives in one case (``культуры и информации``)."""

        def cases(word: str) -> set[str]:
            return {
                _case_of(p.tag.case) for p in self.morph.parse(word) if p.tag.POS in ("NOUN", "ADJF", "PRTF")
            }

        return bool(cases(a) & cases(b)) or not b[:1].islower()

    def _person_tokens(self) -> frozenset[int]:
        return self._per_tokens

    def _make_role(
        self,
        first: int,
        head_at: int,
        k: int,
        org_spans: _OrgSpans,
        orgs: list[Organization],
    ) -> Role:
        """The role of the title over tokens ``first:k`` whose head word is at ``head_at``."""
        acting = self._acting_mark(first)  # и.о. министра: the post's words stay as written after it
        self._role_tokens.update(range(first - 4 if acting else first, k))
        head = self._head(self.tokens[head_at].text.lower()) or ""
        # Народного артиста СССР: a rank's word before the title, however it was found
        honorary = (
            first > 0
            and self.tokens[first - 1].text.isalpha()
            and head not in _roles.HEADS
            and self._modifier(self.tokens[first - 1].text, _roles.HONORIFICS)
        )
        while first < head_at and not acting:
            word = self.tokens[first].text
            if self._modifier(word, _roles.STATUS) or (
                self._modifier(word, _roles.HONORIFICS) and head not in _roles.HEADS
            ):
                # бывший, новый: when the post is held is no part of it; народный артист: an award
                # (народный депутат is a post)
                honorary = honorary or self._modifier(word, _roles.HONORIFICS)
                first += 1
            elif self._most(word) and first + 1 < head_at:
                first += 2  # самый опытный юрист: a superlative, the holder's merit
            elif self._order_or_merit(word, head):
                first += 1  # первый губернатор, 13-й президент, лучший тренер
            else:
                break
        if first < head_at and self.tokens[first].text.lower() == "обязанности":
            first += 1  # исполнял обязанности министра: the verb is no part of the title, nor its object
        k = self._before_time_or_origin(head_at, k)
        while k - 1 > head_at and (
            self.tokens[k - 1].text.lower() in ("и", "по", "при", "в", "-") or self._dangling(k - 1)
        ):
            k -= 1  # a title ends in no conjunction or preposition, nor in an adjective with no noun
        words = [t.text for t in self.tokens[first:k]]
        if first == head_at and words[0][:4].lower() == "экс-" and len(words[0]) > 4:
            words[0] = words[0][4:]  # экс-министр
        span_start, span_end = self.tokens[first].start, self.tokens[k - 1].end
        # the head and its modifiers go to the nominative; the complements stay as written
        head_index = head_at - first
        head_part = self.forms.phrase(tuple(words[: head_index + 1]), self._head_lemma(words[head_index]))
        rest = words[head_index + 1 :]
        title_words = head_part.split() + rest
        at = len(head_part.split()) - 1
        if at >= 0:
            title_words[at] = self._title_of_compound(title_words[at])
        if acting:
            title_words = ["и.о.", *words]
        elif len(title_words) == len(words):
            title_words[:head_index] = [self._nominative_participle(w) for w in title_words[:head_index]]
        country = None
        if title_words and _venues.country_by_adjective(title_words[0]) and title_words[0].islower():
            c = _venues.country_by_adjective(title_words[0])
            assert c is not None
            country = c.code
            # российский министр is a minister of Russia; японский писатель a Japanese writer
            office = self._head(words[head_index]) in _roles.HEADS
            title_words = [*title_words[1:], c.genitive] if office else title_words[1:]
        # canonical genitive of a trailing country name: президентом РФ → президент России
        # (an envoy's title names two countries: посол Казахстана в России is Kazakhstan's)
        if "в" in rest:
            c = _venues.country_by_name(self.forms.phrase((rest[0],))) if rest else None
            if c is not None:
                country = c.code
        elif title_words:
            c = _venues.country_by_name(self.forms.phrase((title_words[-1],)))
            if c is None:
                c = _venues.country_by_name(title_words[-1])
            if c is not None and len(title_words) > 1:
                title_words[-1] = c.genitive
                country = c.code
            elif c is None and len(title_words) > 2 and title_words[-2][:1].isupper():
                # a country of two words: президент Южной Кореи; or of three: президент
                # Объединённых Арабских Эмиратов
                c = _venues.country_by_name(self.forms.phrase(tuple(title_words[-2:])))
                if c is None and len(title_words) > 3 and title_words[-3][:1].isupper():
                    c = _venues.country_by_name(self.forms.phrase(tuple(title_words[-3:])))
                if c is not None:
                    country = c.code
        organization = org_spans.first_within(span_start, span_end)
        if organization is None and rest:
            organization = self._matching_org(words[head_index], rest, orgs)
            if organization is not None and country is None:
                tail = organization.name.split()
                # complete the title with the body's country: министр ... Казахстана
                if organization.country and tail:
                    c = next((c for c in _venues.countries() if c.code == organization.country), None)
                    if c is not None and title_words[-1] != c.genitive:
                        title_words.append(c.genitive)
        if organization is not None and country is None:
            country = organization.country
        if country is None and rest and rest[-1][:1].isupper():
            # пресс-секретарь Кремля: the seat of a government stands for its country
            country = _venues.seat_country(self.forms.phrase((rest[-1],)))
        if country is None and organization is None and rest and rest[-1] in _COUNTRY_NOUNS:
            country = self._country_before(span_start)
        if honorary and len(title_words) > 1 and title_words[-1][:1].isupper():
            # народный артист СССР, заслуженный деятель искусств Чувашии: who gives the rank
            while len(title_words) > 1 and title_words[-1][:1].isupper():
                title_words.pop()
                while len(title_words) > 1 and title_words[-1] in ("и", "или"):
                    title_words.pop()  # народный артист РТ и заслуженный артист России
            organization, country = None, None
        title_words = title_words[: self._second_body(title_words, at + 1)]
        title_words = [
            w
            for i, w in enumerate(title_words)
            if not (i > at and i + 1 < len(title_words) and self._place_before_name(w, title_words[i + 1]))
        ]
        if title_words and title_words[0][:1].isupper() and not title_words[0].isupper():
            title_words[0] = title_words[0].lower()
        title = _QUOTED_GAPS.sub(r"\1\2\3", " ".join(title_words)).replace(" , ", ", ")
        return Role(title=title, organization=organization.id if organization else None, country=country)

    def _title_of_compound(self, word: str) -> str:
        """The title word of a compound of a title and a noun of :data:`_COMPOUND_DESCRIPTORS`
        (``президент-республиканец``, ``женщина-пилот``, ``шпион-перебежчик``: ``президент``,
        ``пилот``, ``шпион``), in the nominative as the compound is; a compound of two titles
        (``актёр-режиссёр``), one listed whole (``генерал-майор``) or with another noun
        (``лётчик-испытатель``) stays as it is."""
        parts = word.split("-")
        if len(parts) != 2 or not all(p.isalpha() and p.islower() for p in parts):
            return word
        if fold(word) in _roles.HEADS or any(
            fold(p.normal_form) in _roles.OCCUPATIONS or fold(p.normal_form) in _roles.HEADS
            for p in self.morph.parse(word)
        ):
            return word
        heads = [self._head(p) is not None for p in parts]
        if sum(heads) != 1:
            return word
        other = parts[heads.index(False)]
        if not any(fold(p.normal_form) in _COMPOUND_DESCRIPTORS for p in self.morph.parse(other)):
            return word  # философ-экзистенциалист, рок-музыкант: as NEREL keeps them
        return parts[heads.index(True)]

    def _place_before_name(self, word: str, following: str) -> bool:
        """Whether ``word``, inside a title's complement, is the adjective of a place or a country
        right before a body's name (``полузащитник московского «Спартака»``, ``тренер грозненского
        «Терека»``): where the body is, no word of the post, as NEREL leaves it out."""
        if not word.islower() or not (following[:1] in _QUOTE_MARKS or following[:1].isupper()):
            return False
        return _venues.place_by_adjective(word) is not None or _venues.country_by_adjective(word) is not None

    def _second_body(self, words: list[str], start: int) -> int:
        """Where a title's words end before ``и`` and a second body (``председатель Госсовета и
        Совета министров Кубы``, ``нападающий «Реала» и сборной Португалии``: a post in the first
        alone, as NEREL marks it); the body's country or organization is still the role's.
        ``len(words)`` when there is none."""
        for i in range(max(start, 1), len(words) - 1):
            if words[i] != "и":
                continue
            k = i + 1
            while k + 1 < len(words) and words[k].islower() and self._modifier(words[k]):
                k += 1
            if words[k].isalpha() and (
                (lemma := fold(self._lemma(words[k].lower()))) in _ORG_HEADS or lemma in _ORG_DESCRIPTORS
            ):
                return i
        return len(words)

    def _country_before(self, offset: int) -> str | None:
        """The code of the country named last before ``offset`` (up to :data:`_COUNTRY_BACK` tokens
        back), which a country noun of the ``word_lists`` table after a title stands for
        (``премьер-министр страны``)."""
        k = self._tok(offset)
        lowest = self.tokens[max(0, k - _COUNTRY_BACK)].start
        for name in reversed(self.tagged[: bisect.bisect_left(self._tagged_starts, offset)]):
            if name.start < lowest:
                break
            if name.type != "LOC" or name.end > offset:
                continue
            words = tuple(_NAME_WORD.findall(self.text[name.start : name.end]))
            c = _venues.country_by_name(self.forms.phrase(words)) if words else None
            if c is not None:
                return c.code
        return None

    @staticmethod
    def _envoy_in(toks: Sequence[Token], head_at: int, j: int) -> bool:
        """Whether ``в`` at token ``j`` names where the envoy whose title is headed at ``head_at``
        serves (``посол КНР в Казахстане``, ``назначен послом в Египте``): a capitalised word
        after it, an envoy's head (the ``envoy_head`` list) before it."""
        return (
            _roles.head_of(toks[head_at].text) in _ENVOYS
            and j + 1 < len(toks)
            and toks[j + 1].text[:1].isupper()
        )

    def _post_held(self, role: Role) -> bool:
        """Whether a role's title names a post: not a member of a family or a party (``член
        семьи``, ``член Республиканской партии``, ``представитель Демократической партии``,
        ``представитель королевской династии``; the first noun after ``член`` or
        ``представитель`` tells)."""
        words = role.title.split()
        if len(words) < 2 or fold(words[0]) not in _MEMBER_HEADS:
            return True
        for w in words[1:]:
            parses = self.morph.parse(w.lower())
            if parses and parses[0].tag.POS == "NOUN":
                return fold(parses[0].normal_form) not in _NO_POST
        return True

    def _stops_title(self, word: str) -> bool:
        """A verb or a preposition (other than по, при) cannot be inside a title."""
        top = self.morph.parse(word)
        return (
            bool(top)
            and any(g in top[0].tag for g in ("VERB", "INFN", "GRND", "PRTS", "PREP", "CONJ"))
            and (word != "и")
        )

    def _head(self, word: str) -> str | None:
        """The head of a title or occupation that ``word`` is a form of (``актрисы`` → ``актриса``;
        ``экс-министра`` → ``министр``); read once a word, as every title rule asks."""
        return self.morph.remembered("head", word, self._find_head)

    def _find_head(self, word: str) -> str | None:
        if word[:4].lower() == "экс-" and len(word) > 4:
            return self._head(word[4:])
        head = _roles.head_of(word)
        if head is not None:
            return head if self._has(word, "NOUN") else None
        parses = self.morph.parse(word)
        if parses and parses[0].tag.POS in ("PREP", "CONJ", "PRCL"):
            return None  # после is no form of посол
        for p in parses:
            lemma = fold(p.normal_form)
            if p.tag.POS == "NOUN" and (lemma in _roles.OCCUPATIONS or lemma in _roles.HEADS):
                return lemma
        if "-" in word[1:-1]:  # летчики-космонавты, боксёр-тяжеловес: a compound of two
            last, first = word.rsplit("-", 1)[1], word.split("-", 1)[0]
            return self._head(last) or self._head(first)
        return None

    def _pronoun(self, word: str) -> bool:
        """Whether ``word`` is a pronoun (``его``, ``своего``, ``этот``), which no title holds."""
        top = self.morph.parse(word)
        return bool(top) and (top[0].tag.POS == "NPRO" or "Apro" in top[0].tag)

    def _modifier(self, word: str, words: frozenset[str] = _roles.MODIFIERS) -> bool:
        """Whether ``word`` is a form of one of ``words`` that may stand before a title's head
        (``первым``, ``главного``); capitalised only at the start of a sentence, as the caller checks."""
        w = word.lower()
        if w in words:
            return True
        return w.isalpha() and any(
            p.tag.POS in ("ADJF", "PRTF")
            and (
                fold(self._adjective_form(p)) in words
                or ("Supr" in p.tag and any(fold(f.word) in words for f in p.lexeme if "nomn" in f.tag))
            )
            for p in self.morph.parse(w)
        )  # высшего: a superlative's lemma is its positive (высокий), so its own forms are read

    def _before_time_or_origin(self, head_at: int, k: int) -> int:
        """The end of a title over tokens up to ``k`` whose head is at ``head_at``, before a noun of
        :data:`_TITLE_TIME` inside it or right after it, and the adjectives of that noun
        (``вратарь прошлого сезона``, ``актриса венгерского происхождения``: a ``вратарь``, an
        ``актриса``), or before ``по`` and a noun of :data:`_TITLE_BY` (``экономист по образованию``)."""
        toks = self.tokens
        for j in range(head_at + 1, min(k + 1, len(toks))):
            w = toks[j].text
            if w == "по" and j + 1 < len(toks) and self._lemma(toks[j + 1].text) in _TITLE_BY:
                return min(j, k)  # экономист по образованию
            if not w.islower() or fold(self._lemma(w)) not in _TITLE_TIME:
                continue
            if j - 1 > head_at and not (toks[j - 1].text.islower() and self._has(toks[j - 1].text, "ADJF")):
                return k  # кукол XXI века: a name's own time, left as it is
            while j - 1 > head_at and toks[j - 1].text.islower() and self._has(toks[j - 1].text, "ADJF"):
                j -= 1
            return min(j, k)
        return k

    def _dangling(self, j: int) -> bool:
        """Whether token ``j`` is a lower-case word that can only be an adjective (``лидер
        последних``: the adjective stands for a noun said before, which the title does not hold)."""
        w = self.tokens[j].text
        parses = self.morph.parse(w) if w.islower() and w.isalpha() else ()
        return bool(parses) and all(p.tag.POS in ("ADJF", "PRTF") for p in parses)

    def _acting_mark(self, first: int) -> bool:
        """Whether ``и.о.`` (``и. о.``, ``И.о.``: acting) stands right before token ``first``."""
        if first < 4:
            return False
        marks = self.tokens[first - 4 : first]
        return [t.text.lower() for t in marks] == ["и", ".", "о", "."] and not any(
            self.text[a.end : b.start].strip() or "\n" in self.text[a.end : b.start]
            for a, b in zip(marks, [*marks[1:], self.tokens[first]], strict=True)
        )

    def _order_or_merit(self, word: str, head: str) -> bool:
        """Whether ``word`` before the title head ``head`` tells the holder's place in a line (an
        ordinal, ``первым``, ``13-м``, unless the head is :func:`~_roles.ranked`: ``первый
        заместитель``) or merit (a superlative not in the modifiers, ``лучшим``, ``старейший``);
        neither is part of the post."""
        w = word.lower()
        if _ORDINAL_DIGITS.fullmatch(w):
            return not _roles.ranked(head)
        parses = self.morph.parse(w)
        if not parses or parses[0].tag.POS != "ADJF":
            return False
        if "Anum" in parses[0].tag:
            return not _roles.ranked(head)
        return "Supr" in parses[0].tag and not self._modifier(w)

    def _most(self, word: str) -> bool:
        """Whether ``word`` is a form of ``самый``, which makes the adjective after it a superlative."""
        return word.islower() and any(fold(p.normal_form) == "самый" for p in self.morph.parse(word))

    def _nominative_participle(self, word: str) -> str:
        """A participle of a title's modifiers in the nominative, in its own gender
        (``исполняющим обязанности губернатора`` → ``исполняющий``), where the words before the head
        do not agree with it; any other word as it is."""
        for p in self.morph.parse(word.lower())[:1]:
            if p.tag.POS == "PRTF" and p.tag.case != "nomn" and self._modifier(word):
                gender = "femn" if p.tag.gender == "femn" else "masc"
                form = self.morph.inflect(p, frozenset({"nomn", "sing", gender}))
                if form is not None:
                    return form if word.islower() else form.capitalize()
        return word

    def _adjective_form(self, parse: Parse) -> str:
        """An adjective's or participle's dictionary form as an adjective: a participle's own is the
        verb (``исполняющим`` → ``исполнять``), so it is put in the masculine nominative singular
        (``исполняющий``)."""
        if parse.tag.POS != "PRTF":
            return str(parse.normal_form)
        return self.morph.inflect(parse, frozenset({"masc", "sing", "nomn"})) or str(parse.normal_form)

    def _office(self, word: str) -> bool:
        """Whether ``word`` is a form of the head of a title of office (not of an occupation)."""
        return self._head(word.lower()) in _roles.HEADS

    def _head_lemma(self, word: str) -> str | None:
        """The head word's dictionary form when it is one of its readings (to put it in the singular)."""
        return self.morph.remembered("head_lemma", word, self._find_head_lemma)

    def _find_head_lemma(self, word: str) -> str | None:
        head = self._head(word)
        if head is None:
            return None
        for p in self.morph.parse(word):
            lemma = fold(p.normal_form)
            if lemma == head or ("-" in lemma and head in lemma.split("-")):
                return lemma  # лётчики-космонавты: лётчик-космонавт
        return None

    def _served(self, head_at: int, k: int) -> bool:
        """Whether the name at token ``k``, right after the head at ``head_at`` of a post held for
        someone (the ``served_head`` list), is whom the holder serves: a family name alone (its
        initials aside) in a form that can be a genitive, or one that does not decline
        (``первый заместитель Постникова``, ``заместителем Онищенко``, ``телохранителя
        Ходорковского``); not a full name (``адвокат Сергей Воронин``)."""
        toks = self.tokens
        if fold(self._head(toks[head_at].text) or "") not in _SERVED_HEADS:
            return False
        name = self._tagged_at.get(toks[k].start)
        if name is None or name.type != "PER":
            return False
        words = [w for w in _NAME_WORD.findall(self.text[name.start : name.end]) if len(w) > 1]
        if len(words) != 1:
            return False
        heads = {p.tag.case for p in self.morph.parse(toks[head_at].text) if p.tag.POS == "NOUN"}
        parses = [
            p for p in self.morph.parse(words[0]) if ("Name" in p.tag or "Surn" in p.tag) and p.is_known
        ]
        if not parses:  # a foreign name that does not decline (Онищенко), or after a genitive
            ends = ("о", "е", "и", "у", "ю", "ы", *(("а", "я") if "gent" in heads else ()))
            return bool(words[0].lower().endswith(ends))
        if all("Fixd" in p.tag for p in parses):
            return True  # заместитель Шойгу
        if not any(p.tag.case == "gent" for p in parses):
            return False
        # телохранителя Ходорковского: the genitive after a genitive; заместителем Онищенко, not
        # пресс-секретарь Песков (which can be nothing but a nominative)
        return "gent" in heads or not any(p.tag.case in heads for p in parses if "Fixd" not in p.tag)

    def _apposed(self, head_at: int, k: int) -> bool:
        """Whether the name at token ``k`` can stand in apposition to the head at ``head_at``: both
        in one case. ``адвокат Петра`` (a nominative and a genitive) is the lawyer *of* Пётр."""
        lemma = self._head(self.tokens[head_at].text)
        heads = {
            _case_of(p.tag.case)
            for p in self.morph.parse(self.tokens[head_at].text)
            if p.tag.POS == "NOUN" and fold(p.normal_form).endswith(lemma or "")
        }
        names = {
            _case_of(p.tag.case)
            for p in self.morph.parse(self.tokens[k].text)
            if p.tag.POS == "NOUN"
            and ("Name" in p.tag or "Surn" in p.tag)
            and p.tag.number == "sing"
            and p.is_known
        }  # pymorphy2's guesses at unknown (foreign) names say nothing of their case
        return not heads or not names or bool(heads & names)

    def _matching_org(self, head: str, rest: list[str], orgs: list[Organization]) -> Organization | None:
        """The body a title's words name: ``министр культуры`` ↔ ``Министерство культуры ...``."""
        stem = head.lower()[:6]
        tail = " ".join(rest).lower()
        index = self._org_heads
        if index is None:  # the bodies by the first letters of their first word, made once
            index = {}
            for o in orgs:
                words = o.name.split()
                if len(words) > 1:
                    first = words[0].lower()
                    for n in range(1, min(6, len(first)) + 1):
                        index.setdefault(first[:n], []).append((o, " ".join(words[1:]).lower()))
            self._org_heads = index
        for o, rest_of_name in index.get(stem, ()):
            if rest_of_name.startswith(tail):
                return o
        return None

    def _pronoun_roles(
        self, people: list[_Cluster], org_spans: _OrgSpans, orgs: list[Organization]
    ) -> list[tuple[int, Role]]:
        """A post held by ``он`` or ``она`` as the subject (``До этого он был генеральным прокурором
        штата``, ``Она работала помощницей депутата``, ``он занимал пост министра``, ``Сейчас он —
        профессор университета``): the post of the last person of that gender named before the
        pronoun, the nearest back, as pairs of the person's index and the role."""
        toks = self.tokens
        # the persons named in the nominative (the subject the pronoun goes on with, not
        # ``в семье Джона Смита-старшего. Он был ...``)
        named = sorted(
            (s, k) for k, c in enumerate(people) for s, e in c.spans if not self._oblique_name(s, e)
        )
        everyone = sorted((s, k) for k, c in enumerate(people) for s, _ in c.spans)
        out: list[tuple[int, Role]] = []
        if not named:
            return out
        genders = [
            gender_of(Person(id="p", name=c.name.name, given_name=c.name.given, family_name=c.name.family))
            for c in people
        ]
        for i, t in enumerate(toks):
            gender = _PRONOUN_GENDER.get(t.text.lower())
            zero = gender is None and self._subjectless(i)
            if zero:
                gender = self._verb_gender(t.text)  # В 2006 году назначен ...: the subject left out
            if gender is None:
                continue
            lowest = toks[max(0, i - _PRONOUN_BACK)].start
            # the holder first (a title read here is the linker's no more): the nearest not of the
            # other gender
            holder = next(
                (
                    k
                    for _, k in reversed(
                        named[
                            bisect.bisect_left(named, (lowest, -1)) : bisect.bisect_left(named, (t.start, -1))
                        ]
                    )
                    if genders[k] in (gender, None)
                ),
                None,
            )
            if holder is None:
                continue
            if genders[holder] is None and any(
                k != holder
                for _, k in everyone[
                    bisect.bisect_left(everyone, (lowest, -1)) : bisect.bisect_left(everyone, (t.start, -1))
                ]
            ):
                continue  # Абэ ... Он был X: a name that does not tell its gender, if no one else is near
            found: list[Role] = []
            if zero:
                found = self._role_by_verb(toks[i - 1].end, org_spans, orgs) or self._role_by_post(
                    toks[i - 1].end, org_spans, orgs
                )
                out.extend((holder, role) for role in found if self._post_held(role))
                continue
            if i + 1 < len(toks) and toks[i + 1].text in _DASHES:
                found = self._roles_after(t.end, org_spans, orgs)  # Сейчас он — профессор университета
            if not found:
                found = self._role_one_of(t.end, org_spans, orgs)  # Он стал одним из лидеров партии
            j = i
            while not found and j < min(len(toks), i + _PRONOUN_GAP + 1):
                found = self._role_by_verb(toks[j].end, org_spans, orgs)
                if not found and j + 1 < len(toks) and toks[j + 1].text.lower() not in ("с", "от"):
                    found = self._role_by_post(toks[j].end, org_spans, orgs)  # not: отказаться от поста
                j += 1
                if j < len(toks) and not (toks[j].text.islower() and toks[j].text.isalpha()):
                    break  # он, по его словам, ...: only plain words between the pronoun and its verb
            out.extend((holder, role) for role in found if self._post_held(role))
        return out

    def _subjectless(self, i: int) -> bool:
        """Whether token ``i`` is a verb of holding a post (or ``был``, ``была``) whose sentence
        names no subject before it: only numbers, adverbs and phrases after a preposition stand
        there (``С 1975 по 1977 работал инженером``, ``В 2006 году назначен на должность ...``,
        ``11 марта 2013 года указом президента назначен ...``)."""
        toks = self.tokens
        w = toks[i].text.lower()
        if (
            i < 1
            or not toks[i].text.isalpha()
            or not (w in _COPULAS or fold(w) in _ROLE_VERBS or self._post(w, "verb"))
        ):
            return False
        if self._has(w, "PRTF") or self._verb_gender(w) is None:
            return False  # являющийся: a participle goes with a noun of its own
        j = i - 1
        while j >= 0 and toks[j].text not in (".", "!", "?", "…"):
            if "\n" in self.text[toks[j].end : toks[j + 1].start]:
                break  # a paragraph begins
            word = toks[j].text
            j -= 1
            if word.isdigit() or not word[:1].isalpha():
                continue
            parses = self.morph.parse(word.lower())
            if parses and parses[0].tag.POS in ("ADVB", "PRCL", "CONJ", "PREP"):
                continue
            # a nominative outside a phrase after a preposition is a subject
            if any(
                p.tag.case == "nomn" and p.tag.POS in ("NOUN", "NPRO", "ADJF") for p in parses
            ) and not any(self._first_is(x.text.lower(), "PREP") for x in toks[max(0, j - 2) : j + 1]):
                return False
        return True

    def _verb_gender(self, word: str) -> str | None:
        """``m`` or ``f``: the gender of a verb in the past or a short participle in the singular."""
        for p in self.morph.parse(word.lower()):
            if p.tag.POS in ("VERB", "PRTS") and p.tag.number == "sing" and p.tag.gender in ("masc", "femn"):
                return "m" if p.tag.gender == "masc" else "f"
        return None

    def _standalone_roles(self, people: list[_Cluster]) -> None:
        """``президент Казахстана`` alone: a mention of the person known to hold that office."""
        titles: dict[str, int] = {}
        for i, cluster in enumerate(people):
            name = cluster.name
            for r in cluster.roles:
                titles.setdefault(r.title, i)
            known = _roles.OFFICIALS.get(fold(name.family or ""))
            if known is not None:
                titles.setdefault(known[1], i)
        if not titles:
            return
        taken = {s for cluster in people for s in cluster.spans}
        toks = self.tokens
        for k in range(len(toks) - 1):
            w = toks[k].text
            if not w.islower():
                continue
            head = _roles.head_of(w)
            if head not in _roles.STANDALONE:
                continue
            nxt = toks[k + 1].text
            country = _venues.country_by_name(self.forms.phrase((nxt,))) or _venues.country_by_name(nxt)
            if country is None:
                continue
            if k + 2 < len(toks) and toks[k + 2].text[:1].isupper() and toks[k + 2].text[:1].isalpha():
                continue  # a name follows: an apposition, handled with that name
            title = f"{head} {country.genitive}"
            holder = titles.get(title)
            if holder is None:
                continue
            span = (toks[k].start, toks[k + 1].end)
            if span in taken:
                continue
            people[holder].spans.append(span)
            if all(r.title != title for r in people[holder].roles):
                people[holder].roles.append(Role(title=title, country=country.code))

    # ------------------------------------------------------------------ helpers

    def _mention(self, start: int, end: int) -> Mention:
        return Mention(text=self.text[start:end], span=Span(start=start, end=end))


class _OrgSpans:
    """The mentions of the organizations, to find the first one (in the organizations' order)
    lying inside a stretch without reading them all."""

    def __init__(self, orgs: Sequence[Organization]) -> None:
        spans = [(m.span.start, m.span.end, n, o) for n, o in enumerate(orgs) for m in o.mentions]
        spans.sort(key=lambda x: (x[0], x[2]))
        self._spans = spans
        self._starts = [x[0] for x in spans]

    def first_within(self, start: int, end: int) -> Organization | None:
        """The first organization with a mention inside ``[start, end]``."""
        best: tuple[int, Organization] | None = None
        i = bisect.bisect_left(self._starts, start)
        while i < len(self._spans) and self._spans[i][0] <= end:
            _start, e, n, o = self._spans[i]
            if e <= end and (best is None or n < best[0]):
                best = (n, o)
            i += 1
        return best[1] if best is not None else None


class _Intervals:
    """Stretches ``[start, end)`` sorted by start, for questions about a position in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [a for a, _ in self._spans]
        self._reach: list[int] = []  # the furthest end of the spans up to each one
        for _, b in self._spans:
            self._reach.append(max(b, self._reach[-1]) if self._reach else b)

    def __len__(self) -> int:
        return len(self._spans)

    def _furthest(self, count: int) -> int:
        """The furthest end of the first ``count`` spans (below any position when there are none)."""
        return self._reach[count - 1] if count > 0 else -(1 << 62)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span shares a position with ``[start, end)``."""
        return self._furthest(bisect.bisect_left(self._starts, end)) > start

    def covers(self, start: int, end: int) -> bool:
        """Whether a span holds all of ``[start, end)``."""
        return self._furthest(bisect.bisect_right(self._starts, start)) >= end

    def holds(self, position: int) -> bool:
        """Whether a span holds ``position``."""
        return self._furthest(bisect.bisect_right(self._starts, position)) > position

    def first_start_inside(self, start: int, end: int) -> int | None:
        """The first start of a non-empty span strictly between ``start`` and ``end``."""
        i = bisect.bisect_right(self._starts, start)
        while i < len(self._spans) and self._spans[i][0] < end:
            if self._spans[i][1] > self._spans[i][0]:
                return self._spans[i][0]
            i += 1
        return None


_FEMININE_ENDINGS = (
    ("ой", "а"),
    ("ою", "а"),
    ("ей", "я"),
    ("у", "а"),
    ("ы", "а"),
    ("е", "а"),
    ("е", "я"),
    ("ю", "я"),
    ("и", "я"),
    ("и", "а"),
)
"""Case endings of a noun in -а or -я and the nominative's ending (``Боготу`` → ``Богота``)."""


def _feminine_nominatives(word: str) -> Iterable[str]:
    """The nominatives ``word`` may be a case of, were it a noun in -а or -я the dictionary does
    not know (``Боготы`` → ``Богота``): guesses, for a gazetteer to confirm."""
    for ending, nominative in _FEMININE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            yield word[: -len(ending)] + nominative


def _case_of(case: str | None) -> str:
    """pymorphy2's extra cases folded into the six main ones."""
    return {"gen2": "gent", "loc2": "loct", "acc2": "accs", "voct": "nomn"}.get(case or "", case or "nomn")


_QUOTED_NAME_MAX = 60
"""The longest name in quote marks (``станции «Охотный ряд»``); a closing mark is looked for no further."""


def _quoted_name(inner: str) -> bool:
    """Whether the text between quote marks can be a name: short, one line, capitalised."""
    return (
        0 < len(inner) <= _QUOTED_NAME_MAX
        and "\n" not in inner
        and inner == inner.strip()
        and (inner[:1].isupper() or inner[:1].isdigit())
    )


def _closing(mark: str) -> str:
    return {"«": "»", "„": "“", "“": "”"}.get(mark, mark)


def _is_cyrillic_word(word: str) -> bool:
    return any("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in word)


def _name_order(n: _Name) -> tuple[int, int, str, bool, str, bool, str]:
    """Names in text order; of two over one stretch, a rule's kind and name before none."""
    return (n.start, n.end, n.type, n.kind is None, n.kind or "", n.name is None, n.name or "")


def _dedupe(names: list[_Name]) -> list[_Name]:
    seen = set()
    out = []
    for n in names:
        if (n.start, n.end) not in seen:
            seen.add((n.start, n.end))
            out.append(n)
    return out


def _unopened(text: str) -> bool:
    return text.count("(") < text.count(")")


def _cycle(key: str, parent: str, data: dict[str, dict[str, object]]) -> bool:
    seen = {key}
    p: object = parent
    while isinstance(p, str):
        if p in seen:
            return True
        seen.add(p)
        p = data[p]["parent"]
    return False


def _completeness(name: PersonName) -> tuple[int, int]:
    parts = sum(x is not None for x in (name.given, name.patronymic, name.family))
    return parts, len(name.name)


class _Recency:
    """Where each cluster was mentioned, to tell where it was last mentioned before an offset.

    Mentions join clusters fuller names first, each tier in text order, so the starts of one
    tier arrive sorted: a bisect per tier answers.
    """

    def __init__(self) -> None:
        self._tiers: list[dict[int, list[int]]] = []

    def add(self, cluster: int, tier: int, start: int) -> None:
        while len(self._tiers) <= cluster:
            self._tiers.append({})
        starts = self._tiers[cluster].setdefault(tier, [])
        if starts and starts[-1] > start:
            bisect.insort(starts, start)
        else:
            starts.append(start)

    def last_before(self, cluster: int, offset: int) -> int:
        """Where cluster ``cluster`` was last mentioned before ``offset`` (-1: not before it)."""
        best = -1
        for starts in self._tiers[cluster].values():
            i = bisect.bisect_left(starts, offset)
            if i > 0:
                best = max(best, starts[i - 1])
        return best


def _cluster(mentions: list[_PersonMention]) -> list[list[_PersonMention]]:
    """Group mentions of one person: same family name (and compatible given name), or a lone
    given or family name that fits exactly one fuller name."""
    clusters: list[list[_PersonMention]] = []
    keys: list[dict[str, str | None]] = []
    # the other words of each cluster's first name (Тайип of Реджеп Тайип Эрдоган): a shorter
    # mention may keep one of them as its given name (Тайип Эрдоган)
    middles: list[frozenset[str]] = []
    recency = _Recency()
    # the clusters each rule below may pick, by the key it compares (a rule is tried only on these)
    by_family: dict[str, list[int]] = {}
    by_family_stem: dict[str, list[int]] = {}
    by_given_with_family: dict[str, list[int]] = {}
    by_given_alone: dict[str, list[int]] = {}

    def norm(x: str | None) -> str | None:
        return None if x is None else fold(x)

    def stem(x: str) -> str:
        return x[:-1] if x.endswith("а") else x

    def index_given(i: int) -> None:
        kf, kg = keys[i]["family"], keys[i]["given"]
        if kg is not None:
            (by_given_with_family if kf is not None else by_given_alone).setdefault(kg, []).append(i)

    for m in sorted(mentions, key=lambda m: (-_completeness(m.name)[0], -len(m.name.name.split()), m.start)):
        fam, given = norm(m.name.family), norm(m.name.given)
        initial = (m.name.initials or "")[:1].lower() or None
        written = norm(m.written)
        possible: set[int] = set()
        if written is not None:
            possible.update(by_family.get(written, ()))
        if fam is not None:
            possible.update(by_family.get(fam, ()))
            if given is None:
                possible.update(by_family_stem.get(stem(fam), ()))
                possible.update(by_given_alone.get(fam, ()))
        elif given is not None:
            possible.update(by_given_with_family.get(given, ()))
        candidates = []
        for i in sorted(possible):
            key = keys[i]
            kf, kg = key["family"], key["given"]
            if written is not None and kf == written and written not in (fam, given):
                candidates.append(i)  # the family name of a fuller mention, as it is written
            elif (
                fam is not None
                and kf is not None
                and (kf == fam or (given is None and stem(kf) == stem(fam)))
            ):
                given_fits = (
                    given is None
                    or kg is None
                    or given == kg
                    or (given[:1] == kg[:1] and len(given) <= 2)
                    or given in middles[i]
                )
                if given_fits and (initial is None or kg is None or kg[:1] == initial):
                    candidates.append(i)
            elif (fam is None and given is not None and kf is not None and kg == given) or (
                fam is not None and kf is None and kg is not None and given is None and fam == kg
            ):
                candidates.append(i)
            elif (
                fam is None
                and given is not None
                and kf == given
                and m.name.name == m.written
                and not by_given_with_family.get(given)
            ):
                candidates.append(i)  # "Саидов" alone, read as a given name: Бахтиёр Саидов's family name
        found = None
        if len(candidates) == 1:
            found = candidates[0]
        elif candidates:
            # several people share the name: the one mentioned last before this mention
            exact = [i for i in candidates if keys[i]["family"] == fam] or candidates
            ranked = sorted(exact, key=lambda i: -i)
            found = max(ranked, key=functools.partial(recency.last_before, offset=m.start))
        tier = _completeness(m.name)[0]
        if found is None:
            found = len(clusters)
            clusters.append([m])
            keys.append({"family": fam, "given": given})
            middles.append(frozenset(fold(w) for w in m.name.name.split()) - {fam, given})
            if fam is not None:
                by_family.setdefault(fam, []).append(found)
                by_family_stem.setdefault(stem(fam), []).append(found)
            index_given(found)
        else:
            clusters[found].append(m)
            if keys[found]["given"] is None and given is not None:
                keys[found]["given"] = given
                index_given(found)
        recency.add(found, tier, m.start)
    for c in clusters:
        c.sort(key=lambda m: m.start)
    clusters.sort(key=lambda c: c[0].start)
    return clusters
