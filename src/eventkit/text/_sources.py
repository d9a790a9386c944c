"""The outlet an article names as its own source, and the bodies it cites.

Grammar (``NAME`` a name: capitalised words, an acronym, a site such as ``Zakon.kz`` or a name
in quote marks, optionally led by a noun such as ``пресс-служба``)::

    outlet  := ("сообщает"|"передает"|"пишет"|"информирует") ["корреспондент"] NAME
                                                  -- in the first paragraph or the headline
             | the agency of a dateline           -- МОСКВА, 12 ноября. /ТАСС/. (see _dateline)
    source  := ("По данным"|"По информации") NAME-genitive ","
             | ("Источник"|"Source") ":" NAME           -- a line of its own
             | "со ссылкой на" NAME-accusative | "цитирует" NAME | "(цитата по" NAME ")"
             | "сообщили" [OUTLET] "в" NAME-prepositional    -- ``сообщили БЕЛТА в пресс-службе ...``
             | ("сообщает"|"передает"|"пишет") NAME   -- anywhere after the first paragraph
             | ("сообщил"|"передала"|...) BODY-NAME    -- a body: ``сообщила пресс-служба МИД ...``
             | "according to" NAME-of-a-body | "told" OUTLET | OUTLET "reported"

A name given in the genitive, accusative or prepositional case (``пресс-службы Министерства``)
is put in the nominative by its head noun and the adjectives before it (``пресс-служба
Министерства``); the words after the head stay as written.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from ..lexicon import country_names, name_key, table
from ._dateline import find_dateline, outlet_named
from ._dates import RU_WEEKDAY
from ._structure import Block
from ._words import (
    EARLIER_REPORT,
    WORD,
    factor_finder,
    folded,
    has_role_word,
    is_body_name,
    is_outlet_name,
    nothing_to_find,
    sentences,
    words,
)

__all__ = ["FoundSource", "find_sources", "nominative"]


class FoundSource(NamedTuple):
    """A source before it becomes an :class:`~eventkit.InfoSource`."""

    name: str
    cue: str
    start: int
    end: int
    outlet: bool


_REPORTS = re.compile(
    r"(?<![\w-])(?P<cue>сообщает|сообщают|передает|передаёт|пишет|пишут|информирует|цитирует|приводит|приводят"
    r"|сообщил[аио]?|передал[аио]?|написал[аио]?|(?P<earlier>" + EARLIER_REPORT + "))"
    # ``сообщила в среду пресс-служба ...``: the weekday of the report between the verb and the name
    r"(?:\s+во?\s+(?:" + RU_WEEKDAY + r"))?"
    r"(?:\s+(?:собственный\s+)?корреспондент(?:ы)?)?\s+(?=[«\"A-ZА-ЯЁ0-9]|пресс-|агентство|издание|газета|портал|телеканал|сайт)",
)
# ``заявил РИА Новости``, ``рассказал агентству «Казинформ»``: the outlet a person spoke to.
_TOLD_OUTLET = re.compile(
    r"(?<![\w-])(?P<cue>(?:заявил|сказал|рассказал|сообщил|пояснил|подтвердил|уточнил)[аи]?)\s+"
    r"(?P<name>ТАСС|РИА\s+Новости|Интерфаксу|РБК|Reuters|AFP|Bloomberg|Sputnik|Синьхуа|Казинформу"
    r"|(?:агентству|изданию|газете|телеканалу|порталу)\s+(?:«[^»]{1,40}»|[A-ZА-ЯЁ][\w.-]*))(?![\w-])"
)
# ``Ъ``: the sign a daily gives itself in its own text (the ``own_sign`` list)
_OWN_SIGNS = frozenset(name_key(w) for w in table("word_lists").words(list="own_sign"))
_DATIVES = {r[2]: r[3] for r in table("case_forms").where(lang="ru", list="outlet_dative")}
_OUTLET_CUES = table("word_lists").words(lang="ru", list="outlet_cue")
_CITING_CUES = table("word_lists").words(lang="ru", list="citing_verb")
_EN_LEAD = re.compile(
    r"(?:(?:a|an|the)\s+(?:statement|report|readout|release|communiqu[eé])\s+(?:from|by|of)\s+)?(?:the\s+)?"
)
_GENITIVE_CUE = re.compile(
    r"(?<![\w-])(?P<cue>[Пп]о\s+(?:данным|информации|сведениям|сообщению)|со\s+ссылкой\s+на"
    r"|(?:как\s+)?сообщили(?:\s+[A-ZА-ЯЁ][\w-]*)?\s+в|\(цитата\s+по)\s+"
)
_POSSESSIVE = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+")
_EN_ACCORDING = re.compile(r"(?<![\w-])(?P<cue>[Aa]ccording\s+to)\s+")
# ``Как`` opening a clause right before a speech verb
_AS_BEFORE = re.compile(r"(?:^|[.!?,;:]\s+)[Кк]ак\s+$")
_WORD_BEFORE = re.compile(r"([a-z]+)\s+$")
_EN_TOLD = re.compile(r"(?<![\w-])(?P<cue>told)\s+(?=[A-Z])")
# A name starts a word: tried at each capital of a long capitalised token, the pattern read the
# rest of the token each time.
_EN_REPORTED = re.compile(
    r"(?<![\w.&'-])(?:the\s+)?(?P<name>[A-Z][\w.&'-]*+(?:\s+[A-Z][\w.&'-]*+){0,3})\s+(?P<cue>reported|reports)\b"
)
# ``..., the Kremlin said.``, ``..., сообщили в МИД.``: a body speaking is a source.
_BODY_SAID = re.compile(
    r",\s*(?:the\s+)?(?P<name>[^,.;:!?«»\"]{2,80}?)\s+(?P<cue>said|says|announced|reported|stated)"
    r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s+in\s+a\s+statement)?\s*+[.!?]?\s*+$"
    r"|,\s*(?P<cue2>сообщили|заявили|сообщила|заявила|сообщило|заявило|сообщил|заявил)\s+"
    r"(?P<name2>[^,.;:!?«»\"]{2,80}?)\s*+[.!?]?\s*+$"
)
# ``in Kyrgyzstan`` after an English body's head: where it sits, no part of its name
_EN_SEAT = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}$")
# ``..., the WTO said.``: a body named by its acronym alone (not a country's: ``the US said``)
_ACRONYM = re.compile(r"[A-Z]{2,6}")


@functools.cache
def _country_keys() -> frozenset[str]:
    """The English names of countries, compared by ``name_key`` (read on first use: pycountry is
    loaded only when a text needs it)."""
    return frozenset(name_key(n) for c in country_names("en") for n in (c.name, *c.aliases, *c.iso_names))


# the lead nouns of a body's own voice, not the media's: a source, never the outlet (the
# ``voice_stem`` list), and those of the media (``media_stem``), each read with any ending
_BODY_STEMS = "(?:" + table("word_lists").pattern(lang="ru", list="voice_stem") + r")\w*"
_LEAD_NOUNS = re.compile(
    r"(?:(?:" + table("word_lists").pattern(lang="ru", list="media_stem") + rf")\w*|{_BODY_STEMS})(?![\w-])"
)
_BODY_LEAD = re.compile(rf"(?:{_BODY_STEMS})(?![\w-])", re.IGNORECASE)


def _acronym_body(value: str) -> bool:
    """Whether ``value`` is an acronym that names a body, not a country (``WTO``, not ``US``)."""
    return _ACRONYM.fullmatch(value) is not None and name_key(value) not in _country_keys()


def _owner_words(owner: list[str]) -> str:
    """An owner's words as a pattern, with room for one adjective in the genitive before its last
    word (``главы узбекского государства``, ``белорусского президента``)."""
    *before, last = map(re.escape, owner)
    return r"\s+".join([*before, r"(?:[а-яё-]+(?:ого|его|ой|ей)\s+)?" + last])


# ``сообщает пресс-служба главы государства``: a body's lead noun and the one office it serves,
# a name though no word of it is capitalised (``пресс-служба ведомства`` names none)
_OFFICE_OWNER = re.compile(
    r"\s+(?i:"
    + "|".join(
        _owner_words(owner.split())
        for owner in sorted(table("word_lists").words(lang="ru", list="office_owner"), key=len, reverse=True)
    )
    + r")(?![\w-])(?!\s+[а-яё])"
)
"""The owner must end the name: a lower-case word after it (``правительства области``, ``президента
в понедельник``) leaves the name unknown rather than cut. Its words may be capitalised
(``пресс-служба Кабинета министров``)."""
# ``the Japanese Foreign Ministry``, ``the Uzbek presidential press service``, ``Bureau of National
# Statistics``: an English body named by its head noun, with the words before it and an ``of`` phrase
_EN_BODY = re.compile(
    r"(?:[\w-]+\s+){0,3}(?:Ministry|Office|Government|Embassy|Administration|Department|Agency|Council"
    r"|Committee|Parliament|Secretariat|Bureau|[Pp]ress\s+[Ss]ervice|[Pp]ress\s+[Oo]ffice)"
    r"(?:\s+(?:of|on|for)(?:\s+the)?(?:\s+(?:[A-Z][\w-]*|and|for|of(?=\s+[A-Z]))){1,5})?"
)
# ``the press service of the President``: a body's voice, though its owner is an office
_EN_PRESS = re.compile(r"(?:[\w-]+\s+){0,2}[Pp]ress\s+(?:[Ss]ervice|[Oo]ffice)\s+of\b")
_ORG_EN = re.compile(
    r"(?i)\b(?:ministry|office|service|bureau|kremlin|government|agency|statement|report|sources?|data|department"
    r"|embassy|administration|council|committee|press|spokes\w*\s+office|news|reuters|tass|xinhua)\b"
)

# The forms of the head nouns of sources, each to its nominative (the ``case_forms`` table).
_CASES: dict[str, str] = {r[2]: r[3] for r in table("case_forms").where(lang="ru", list="source_noun")}

_ADJECTIVE_ENDINGS = (
    ("ского", "ский"),
    ("цкого", "цкий"),
    ("ского", "ский"),
    ("ного", "ный"),
    ("его", "ий"),
    ("ого", "ый"),
    ("ской", "ская"),
    ("ную", "ная"),
    ("скую", "ская"),
    ("ной", "ная"),
    ("ских", "ские"),
    ("ных", "ные"),
    ("ском", "ский"),
    ("ном", "ный"),
)


def _match_case(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _adjective_nominative(word: str) -> str | None:
    lower = word.lower()
    for ending, replacement in _ADJECTIVE_ENDINGS:
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            return _match_case(lower[: -len(ending)] + replacement, word)
    return None


def nominative(name: str) -> str:
    """``name`` with its head noun (and the adjectives before it) in the nominative."""
    ws = name.split(" ")
    for i, word in enumerate(ws[:4]):
        head = _CASES.get(word.lower())
        if head is None:
            continue
        out = []
        for adjective in ws[:i]:
            converted = _adjective_nominative(adjective)
            if converted is None:
                return name
            out.append(converted)
        out.append(word if word.isupper() else _match_case(head, word))  # an acronym stays: МИД
        return " ".join([*out, *ws[i + 1 :]])
    return name


_SOURCE_MAX = 160
"""The longest name of a source, in characters."""
_NAME_MAX = 500
"""How far a name is looked for after its cue, in characters: a source's name is at most 160."""
_NAME_MARK = re.compile(r"[«„“»”,;:!?()\n.]")


def _name_until_comma(text: str, start: int, end: int) -> int:
    """Where a name that runs to the clause's end stops: a comma, a stop, a bracket.

    The name is looked for in the next _NAME_MAX characters only; a longer one is cut there
    (and is then too long to be a source's name).
    """
    limit = min(end, start + _NAME_MAX)
    i = start
    depth = 0
    while (m := _NAME_MARK.search(text, i, limit)) is not None:
        i = m.start()
        ch = text[i]
        if ch in "«„“":
            depth += 1
        elif ch in "»”" and depth:
            depth -= 1
        elif depth == 0 and (ch in ",;:!?()\n" or (ch == "." and (i + 1 >= end or text[i + 1].isspace()))):
            break
        i += 1
    else:
        i = limit
    while i > start and text[i - 1].isspace():
        i -= 1
    verb = _FINITE_VERB.search(text, start, i)
    if verb is not None:  # ``со ссылкой на источники в компании заявляет ...``
        i = verb.start()
        while i > start and text[i - 1].isspace():
            i -= 1
    return i


_SOURCE_LINE = re.compile(r"(?P<cue>Источник|Source)\s*:\s*(?P<name>[^\n]{1,120}?)\s*\.?", re.IGNORECASE)
_FINITE_VERB = re.compile(
    r"(?<![\w-])[а-яё]{2,}(?:ает|яет|ует|ит|ят|ют|ут|ал|ил|ел|ала|ила|ела|али|или|ели|ался|ился)(?![\w-])"
)


def _proper_name_end(text: str, start: int, end: int) -> int:
    """Where a proper name stops: at the first lower-case word after a capitalised run.

    A name may open with a lower-case noun (``пресс-служба Кремля``) and may hold a name in
    quote marks (``МИА «Казинформ»``).
    """
    stop = _name_until_comma(text, start, end)
    i = start
    last = start
    first = True
    led = False  # the name opened with a lead noun: lower-case genitives may follow it
    lower = 0  # lower-case words read since the last word of the name
    while i < stop:
        while i < stop and text[i].isspace():
            i += 1
        if i >= stop:
            break
        if text[i] in '«"„“':
            close = {"«": "»", '"': '"', "„": "“", "“": "”"}[text[i]]
            j = text.find(close, i + 1, stop)
            if j == -1:
                break
            i = last = j + 1
            first = False
            continue
        m = WORD.match(text, i, stop)
        if m is None:
            break
        word = m.group()
        lead = first and _LEAD_NOUNS.fullmatch(word.lower()) is not None
        led = led or lead
        if not (
            word[:1].isupper() or word[:1].isdigit() or lead or (word in ("и", "of", "and") and not first)
        ):
            # ``пресс-служба президента Узбекистана``: up to three lower-case words between a
            # lead noun and the name it leads to
            if not led or lower >= 3 or not word.isalpha():
                break
            lower += 1
            i = m.end()
            continue
        i = m.end()
        if word not in ("и", "of", "and"):
            last = i
            lower = 0
        first = False
    return last


def _too_long(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is too long to hold a source's name, even after a lead such as
    ``a statement from the`` and the change of case endings: not worth reading further."""
    return len(" ".join(text[start:end].split())) > _SOURCE_MAX + 40


_QUOTED_HEADS = table("word_lists").words(lang="ru", list="quoted_body_head")


def _source(text: str, cue: str, start: int, end: int, outlet: bool) -> FoundSource | None:
    name = " ".join(text[start:end].split())
    head, _, rest = name.partition(" ")
    if head in _QUOTED_HEADS and rest[:1] in '«"„“':
        name = rest  # ``агентство «Арменпресс»`` is Арменпресс
    if (
        len(name) > 2
        and name[0] in '«"„“'
        and name[-1] in '»"“”'
        and not any(c in name[1:-1] for c in '«»"„“”')
    ):
        name = name[1:-1]  # ``«Интерфакс»`` is Интерфакс
    if cue.lower().startswith(("сообщили", "как сообщили", "со ссылкой", "по данным", "по информации")) or (
        cue.lower().startswith(("по сведениям", "по сообщению"))
    ):
        name = nominative(name)
    if not name or len(name) > _SOURCE_MAX or not any(ch.isalpha() for ch in name):
        return None
    if name.lower().startswith("корреспондент"):
        return None
    return FoundSource(name, cue, start, end, outlet)


_FINDERS = {
    p: factor_finder(p)
    for p in (_REPORTS, _BODY_SAID, _TOLD_OUTLET, _GENITIVE_CUE, _EN_ACCORDING, _EN_TOLD, _EN_REPORTED)
}


def _may_find(pattern: re.Pattern[str], text: str, fold: str | None, block: Block) -> bool:
    """Whether ``pattern`` may match in ``block``: one of its factors is there."""
    return not nothing_to_find(text, fold, block.start, block.end, _FINDERS[pattern], None)


def _found(pattern: re.Pattern[str], text: str, fold: str | None, block: Block) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``block``; none looked for where none of its factors is."""
    return (
        list(pattern.finditer(text, block.start, block.end)) if _may_find(pattern, text, fold, block) else []
    )


def find_sources(
    text: str, paragraphs: Sequence[Block], headline: Block | None, boilerplate: Sequence[Block] = ()
) -> list[FoundSource]:
    """The outlet (``outlet=True``) and the info sources the text names, in text order.

    Of the boilerplate, only a line ``Источник: ...`` / ``Source: ...`` names a source.
    """
    found: list[FoundSource] = []
    for block in boilerplate:
        line = _SOURCE_LINE.fullmatch(text, block.start, block.end)
        if line is not None:
            src = _source(text, line["cue"], line.start("name"), line.end("name"), False)
            if src:
                found.append(src)
    blocks = ([headline] if headline else []) + list(paragraphs)
    first_body = paragraphs[0] if paragraphs else None
    dateline = find_dateline(text, paragraphs)
    if dateline is not None and dateline.agency is not None:
        found.append(
            FoundSource(dateline.agency, "dateline", dateline.agency_start, dateline.agency_end, True)
        )
    fold = folded(text)
    for block in blocks:
        in_lead = block in (headline, first_body)
        for m in _found(_REPORTS, text, fold, block):
            if _TOLD_OUTLET.match(text, m.start(), block.end):
                continue  # an outlet in the dative: read below
            end = _proper_name_end(text, m.end(), block.end)
            if _too_long(text, m.end(), end):
                continue
            start = m.end()
            office = None
            lead = _BODY_LEAD.match(text, start, end)
            if lead is not None:
                # ``пресс-служба главы государства``, ``пресс-служба Кабинета министров``: the office
                # served, though some of its words are in lower case
                office = _OFFICE_OWNER.match(text, lead.end(), block.end)
                if office is not None and office.end() > end:
                    end = office.end()
                else:
                    office = None
            if m["cue"] in _CITING_CUES:
                # ``цитирует Лаврова ТАСС``: the one quoted, then the outlet that quotes
                start = next(
                    (w.start for w in words(text, start, end)[1:] if is_outlet_name(text[w.start : end])),
                    start,
                )
            name = text[start:end]
            past = m["cue"].endswith(("л", "ла", "ло", "ли"))
            media = _BODY_LEAD.match(name) is None  # a press service reports, but is no outlet
            if past and media and not is_outlet_name(name):
                continue  # ``сообщил Песков``: a person speaking, not a source (a press service is one)
            if office is None and not any(ch.isupper() or ch in '«"' for ch in name):
                continue  # ``сообщает газета``: no name given
            if (
                not media
                and past
                and not m["earlier"]  # ``Как сообщала пресс-служба Кремля``: what it had reported, a source
                and _AS_BEFORE.search(text[max(block.start, m.start() - 40) : m.start()])
            ):
                continue  # ``Как сообщила пресс-служба Кремля, ...``: a body's words, a quote of it
            src = _source(text, m["cue"], start, end, in_lead and m["cue"] in _OUTLET_CUES and media)
            if src:
                found.append(src)
        # (its ``$`` ends a sentence, not the paragraph: only its factors are looked for in the block)
        said_here = _may_find(_BODY_SAID, text, fold, block)
        for sentence in sentences(text, block, []) if said_here else ():
            said = _BODY_SAID.search(text, sentence.start, sentence.end)
            if said is None:
                continue
            key = "name" if said["name"] else "name2"
            value = said[key]
            voiced = not has_role_word(value) or _EN_PRESS.match(value) is not None
            english = key == "name" and value.isascii() and voiced
            start, end = said.start(key), said.end(key)
            if english:
                seat = _EN_SEAT.search(value)
                if seat is not None and _EN_BODY.fullmatch(value, 0, seat.start()):
                    # ``the Indian Embassy in Kyrgyzstan said``: the body, less the place it sits in
                    value, end = value[: seat.start()], start + seat.start()
            if (
                is_body_name(value) or (english and (_EN_BODY.fullmatch(value) or _acronym_body(value)))
            ) and any(ch.isupper() for ch in value):
                cue = said["cue"] or said["cue2"]
                name = nominative(value) if key == "name2" else value
                found.append(FoundSource(name, cue, start, end, False))
        for m in _found(_TOLD_OUTLET, text, fold, block):
            first, _, rest = m["name"].partition(" ")
            name = " ".join(filter(None, [_DATIVES.get(first.lower(), first), rest]))
            found.append(FoundSource(name, m["cue"], m.start("name"), m.end("name"), False))
        for m in _found(_GENITIVE_CUE, text, fold, block):
            end = _name_until_comma(text, m.end(), block.end)
            cue = m["cue"].lstrip("(")
            src = _source(text, " ".join(cue.split()), m.end(), end, False)
            if src:
                found.append(src)
        for m in _found(_EN_ACCORDING, text, fold, block):
            end = _name_until_comma(text, m.end(), block.end)
            if _too_long(text, m.end(), end):
                continue
            name = text[m.end() : end]
            if _ORG_EN.search(name) or is_outlet_name(name) or (name.isupper() and len(name) <= 12):
                lead = _EN_LEAD.match(text, m.end(), end)
                start = lead.end() if lead else m.end()
                owner = _POSSESSIVE.match(text, start, end)
                if owner is not None and _EN_BODY.fullmatch(text, owner.end(), end):
                    start = owner.end()  # "Kazakhstan's Bureau of National Statistics": the bureau
                if not (text[start : start + 1].isupper() or text[start : start + 1] in '«"“'):
                    continue  # "according to a readout released by his office": no name given
                src = _source(text, m["cue"], start, end, False)
                if src:
                    found.append(src)
        for m in _found(_EN_TOLD, text, fold, block):
            end = _proper_name_end(text, m.end(), block.end)
            if not _too_long(text, m.end(), end) and is_outlet_name(text[m.end() : end]):
                src = _source(text, m["cue"], m.end(), end, False)
                if src:
                    found.append(src)
        for m in _found(_EN_REPORTED, text, fold, block):
            before = _WORD_BEFORE.search(text, max(block.start, m.start("name") - 40), m.start("name"))
            # ``state news agency Bernama reported``: an outlet's noun before its name
            if is_outlet_name(m["name"]) or (before is not None and is_outlet_name(before[1])):
                src = _source(text, m["cue"], m.start("name"), m.end("name"), in_lead)
                if src:
                    found.append(src)
    found.sort(key=lambda s: s.start)
    # One outlet: the first one found; any other candidate is an info source, unless it names
    # the article's own outlet (``told The Associated Press`` under an AP dateline, a daily's own
    # sign ``по данным “Ъ”``): the outlet's own reporting.
    outlet = next((outlet_named(src.name) for src in found if src.outlet), None)
    out: list[FoundSource] = []
    starts: set[int] = set()
    have_outlet = False
    for src in found:
        if src.outlet and have_outlet:
            src = src._replace(outlet=False)
        have_outlet = have_outlet or src.outlet
        if src.start in starts:
            continue
        if not src.outlet and (
            name_key(src.name) in _OWN_SIGNS or (outlet is not None and outlet_named(src.name) == outlet)
        ):
            continue
        starts.add(src.start)
        out.append(src)
    return out
