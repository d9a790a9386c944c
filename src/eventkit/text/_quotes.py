"""Quotes: direct speech in quote marks, reported speech, and the two mixed.

Grammar (``Q`` text in quote marks, ``S`` a speaker: a name, a role or a pronoun, ``CUE`` a
speech verb such as ``заявил``, ``отметила``, ``said``)::

    direct    := Q [","|"."] ("—"|"-") CUE S            «...», — сказал он.
               | Q [","|"."] ("—"|"-") S CUE            "...", - Лавров отметил.
               | Q "." S <end of paragraph>             "...". Андрей Яцкин
               | S CUE ":" Q  |  S ":" Q                Песков заявил: «...»
               | Q "," (CUE S | S CUE)                  "...," Lavrov said.
               | "—" speech ("," | "!" | "?") "—" CUE S  — Мы готовы, — сказал он.
               | Q                                      a whole sentence in quote marks,
                                                        continuing the previous speaker
    indirect  := "По" ["его"|"ее"|"их"] ("словам"|"мнению"|...) [S] "," speech
               | "Как" CUE S "," speech
               | S CUE ["," | "о том,"] "что" speech  |  S CUE ":" speech
               | speech "," ["—"] CUE S               ..., отметила Аида Балаева.
               | "According to" S "," speech  |  speech ", according to" S
               | S CUE ["that"] speech  |  speech "," (S CUE | CUE S)
    mixed     := indirect whose speech holds a quoted passage of four words or more

Reported speech given by ``По словам``, ``Как отметил``, ``X отметил, что`` or ``according to``
goes on over the following sentences of its paragraph until a sentence brings its own quote or
cue, or opens with the reporter's own words (``Напомним``, ``Ранее``, ``Meanwhile``).

Not quotes: names and titles in quote marks (станции "Алма-Атинская", "Российская газета",
форум «Россия — Африка») and short quoted phrases inside reported speech (культура стала
"духовным мостом").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

from ..lexicon import alternation, table
from ..model import QuoteKind
from ._dateline import agency_known, find_dateline
from ._structure import Block
from ._words import (
    EARLIER_REPORT,
    WORD,
    Segment,
    has_role_word,
    is_body_head,
    is_body_name,
    is_outlet_name,
    is_press_office,
    is_role_word,
    is_source_noun,
    names_body_first,
    quote_segments,
    sentences,
    words,
)

__all__ = ["FoundQuote", "find_quotes"]


class FoundQuote(NamedTuple):
    """A quote before it becomes a :class:`~eventkit.Quote`."""

    start: int
    end: int
    kind: QuoteKind
    cue: str | None
    speaker: Block | None
    paragraph: int | None
    tentative: bool = False
    """Kept only when the speaker turns out to be a person: ``..., the Ministry said`` and a
    headline's ``X: ...`` are a source's statement or a title when ``X`` names no one."""
    sourced: bool = False
    """A press office's report after the news (``..., сообщила пресс-служба МИД.``): that news'
    source where the sources name the office there, else a quote with no person as speaker."""


def _cues(lang: str) -> str:
    """The speech verbs of ``lang`` (the ``quote_cues`` table) as one alternation, in its order."""
    return "(?:" + "|".join(r[1] for r in table("quote_cues").where(lang=lang)) + ")"


def _list(name: str) -> frozenset[str]:
    """The words of one list of the ``word_lists`` table, in every language."""
    return table("word_lists").words(list=name)


_RU_CUE = _cues("ru")
_EN_CUE = _cues("en")
_CUE = re.compile(rf"(?<![\w-])(?:{_RU_CUE}|{_EN_CUE})(?![\w-])", re.IGNORECASE)

_PRONOUNS = _list("quote_pronoun")
_STOP = _list("speaker_stop")
_JOINERS = _list("joiner")
_SIDES = _list("speaker_side")
_PREPOSITIONS = _list("preposition")
_LEADS = _list("speaker_lead")
_POSSESSIVE = table("word_lists").words(list="possessive_pronoun", lang="ru")
_JOINT = _list("joint_subject")
_ADVERBS = _list("speech_adverb")


_QUOTE_MARKS = frozenset('«»"“”„')
"""Quote marks: a lead that holds one follows a quote of its own."""


def _has_words(text: str, start: int, end: int, n: int) -> bool:
    """Whether ``text[start:end]`` holds at least ``n`` words."""
    return len(list(itertools.islice(WORD.finditer(text, start, end), n))) == n


def _outlet_speaker(text: str, speaker: Block) -> bool:
    """Whether the speaker as written is an outlet (``— сообщает ТАСС``), not an unnamed source
    it names after a noun of the ``source_noun`` list (``— сказал собеседник агентства``)."""
    written = text[speaker.start : speaker.end]
    return is_outlet_name(written) and not is_source_noun(written.split()[0])


_PO_CUE = (
    r"(?P<cue>[Пп]о\s+(?:(?P<pron>его|ее|её|их)\s+)?(?:словам|мнению|оценке|оценкам|убеждению|признанию"
    r"|версии|заявлению|утверждению))"
)
_PO_SLOVAM = re.compile(_PO_CUE + r"(?:\s+(?P<spk>[^,.;:!?]{1,150}?))?\s*,\s*")
# ``по словам министра, «...».``, ``По словам Петрова: «...»``: the cue before speech all in
# quote marks, at the start of a sentence or after a colon
_PO_SLOVAM_BEFORE = re.compile(_PO_CUE + r"(?:\s+(?P<spk>[^,.;:!?«»\"]{1,150}?))?\s*[,:]\s*$")
# ``Ответный визит, по словам министра, состоится ...``: the cue between commas inside the sentence
_PO_SLOVAM_INSIDE = re.compile(r",\s*" + _PO_CUE + r"(?:\s+(?P<spk>[^,.;:!?«»\"]{1,150}?))?\s*,\s*")
_LAST_COLON = re.compile(r"[:;—–]\s*(?=[Пп]о\s)")
_WHOLE_END = re.compile(r"\s*[.!?…]?\s*$")
# a word that links a sentence to the one before, then its comma (``Однако,``, ``Кроме того,``):
# the ``speech_connective`` list
_CONNECTIVES = "|".join(
    r"\s+".join(map(re.escape, w.split())) for w in sorted(_list("speech_connective"), key=len, reverse=True)
)
_CONNECTIVE = re.compile(rf"(?:{_CONNECTIVES})\s*,\s*", re.IGNORECASE)
# the same word with no comma after it, opening the clause of a speaker (``При этом Петров
# заявил, что ...``, ``Однако министр отметил ...``): no part of the speaker
_CONNECTIVE_LEAD = re.compile(rf"(?:{_CONNECTIVES})\s+(?=\w)", re.IGNORECASE)
_EARLIER = re.compile(EARLIER_REPORT, re.IGNORECASE)
"""The imperfective past of reporting: what a body had reported before, not its words now."""
_KAK = re.compile(rf"[Кк]ак\s+(?P<cue>{_RU_CUE})\s+(?P<spk>[^,.;:!?]{{1,150}}?)\s*,\s*")
_ACCORDING = re.compile(r"(?P<cue>[Aa]ccording\s+to)\s+(?P<spk>[^,.;:!?]{1,120}?)\s*,\s*")
_ACCORDING_END = re.compile(r",\s*(?P<cue>according\s+to)\s+(?P<spk>[^,.;:!?]{1,120}?)\s*+[.!?…]?\s*+$")
# ``Он назвал Ташкент «стратегическим союзником»``: naming in the speaker's own quoted words
_NAMING_VERBS = _list("naming_verb")
_NAMING = "(?:" + alternation(_NAMING_VERBS) + ")"
_THAT = re.compile(
    # (the one told may be a paper named in quote marks: ``заявил “Ъ”, что``, ``рассказал «Известиям», что``)
    rf"(?<![\w-])(?P<cue>{_RU_CUE})(?P<obj>\s+(?:[^,.:;!?«»\"“”]|[«“\"][^«»\"“”,.]{{1,30}}[»”\"]){{0,60}}?)?"
    r"(?:\s*,\s*|\s+о\s+том\s*,\s*)что\s+"
    rf"|(?<![\w-])(?P<cue2>{_RU_CUE})\s*:\s*(?![«\"„“])"
    rf"|(?<![\w-])(?P<cue3>{_EN_CUE})(?P<obj3>(?:\s+[^\s,.:;!?]++){{0,5}}?)\s+that\s+"
    rf"|(?<![\w-])(?P<cue4>said|says|told\s+(?:reporters|journalists|[A-Z][\w.]+))\s+(?=[a-zA-Z])"
    rf"|(?<![\w-])(?P<cue5>{_NAMING})\s+(?=[^.!?«»\"]{{1,80}}[«\"„“])",
)
# an auxiliary or modal verb ahead in the same clause: what follows is a clause of its own
_CLAUSE_VERB = (
    r"[^,.;:!?«»\"]{0,60}?\b(?:would|will|had|has|have|was|were|is|are|could|should|might|may|must|can)\b"
)
_TAIL = re.compile(
    rf",\s*(?P<dash>[—–-]+\s*)?(?:(?P<cue>{_RU_CUE}|{_EN_CUE})\s+(?P<spk>[^,.;:!?«»\"]{{1,120}}?)"
    r"(?P<appos>\s*,\s*(?:the\s+|a\s+|an\s+)?[^,;:!?«»\"]{1,120}?)?"
    rf"|(?P<spk2>[^,.;:!?«»\"]{{1,80}}?)(?:\s*,\s*who\s[^,.;:!?«»\"]{{1,80}}?,)?\s+(?:ha(?:ve|s|d)\s+)?(?P<cue2>{_EN_CUE})"
    # where and when he said it, never speech of its own (``said the two sides would ...``)
    rf"(?:\s+(?:on|in|at|during|after|late|earlier|last|this|reporters|journalists|the|a|an)(?!{_CLAUSE_VERB})"
    r"\s*[^,.;:!?«»\"]{0,60}"
    r"|\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)"  # AP's "said Tuesday"
    r"|\s+on\s+condition\s+of\s+anonymity\b[^.;!?«»\"]{0,160}"  # and why he was not named
    # "told Reuters", "told Reuters on Friday": the outlet told, never speech of its own
    rf"|(?<=told)\s+(?-i:[A-Z][\w.&'’-]*)(?:\s+(?:on|in|at|late|earlier|last|this)(?!{_CLAUSE_VERB})"
    r"\s*[^,.;:!?«»\"]{0,60})?)?"
    r"(?:\s*,\s*(?:citing|speaking|without)\s[^.;!?«»\"]{1,160})?)"  # ", X said, citing a vote"
    r"\s*+[.!?…]?\s*+$",
    re.IGNORECASE,
)
# ``said last month it would ...``, ``said Tuesday the two ...``: a time before the speech
_TIME_LEAD = re.compile(
    r"(?:(?:on|in|last|this|next|earlier|late|early)\s+(?:the\s+)?[\w-]+(?:\s+\d{1,4})?"
    r"|today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?:that\s+)?"
)
# where words were said (``in a statement``, ``in an interview with ...``): the ``speech_medium``
# list; what follows is the speech
_MEDIUM_LEAD = re.compile(
    r"(?:in|on|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:"
    + alternation(_list("speech_medium"))
    + r")s?\b(?:\s+(?:with|to)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})?\s*"
)
_TIME_COMMA = re.compile(r"(?:today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*,")
# a headline ``Lavrov: Russia ready to ...``, ``Токаев Путину: ...``: a name of one to three
# words, a colon, the speech
_HEADLINE = re.compile(r"(?P<spk>[A-ZА-ЯЁ][\w’'-]+(?:\s+[A-ZА-ЯЁ][\w’'-]+){0,2})\s*:\s+(?P<speech>\S)")
# a speaker that is a source, not a person: ``officials said``, ``sources told``
_NOT_PERSONS = re.compile(r"(?i)(?:^|\s)(?:officials|sources|data|figures|reports|statement|documents)$")
# ``Об этом заявил Лавров.``: the speech is the sentence before.
_ABOUT_THIS = re.compile(
    rf"Об\s+этом\s+(?:(?P<subject>[^,.;:!?«»\"]{{0,40}}?)\s+)?(?P<cue>{_RU_CUE})\s+", re.IGNORECASE
)
_OUTLET_PREFIX = re.compile(
    r"(?:ТАСС|РИА\s+Новости|Интерфаксу|РБК|Reuters|AFP|Bloomberg|Sputnik|Синьхуа|Казинформу"
    r"|(?:агентству|изданию|газете|телеканалу|порталу|радио)\s+(?:«[^»]{1,40}»|\S+)"
    r"|[«“„\"][^»”“\"\s]{1,12}[»”“\"])\s+(?=\w)"  # ``— сказал “Ъ” директор ...``: a paper's name, spoken to
)
_RELATIVE = re.compile(r"(?:котор\w+|who|whom|whose)\s[^,.;:!?]{1,80},\s*", re.IGNORECASE)
_ADDRESSEE = re.compile(
    r"(?:журналистам|журналистами|корреспонденту|корреспондентам|репортерам|репортёрам|прессе|reporters"
    r"|journalists)\s+",
    re.IGNORECASE,
)
_REPORTER = re.compile(
    r"(?:Напомним|Ранее|Отметим|Как\s+известно|Между\s+тем|Тем\s+временем|Как\s+сообщалось|Также\s+сообщается"
    r"|Earlier|Meanwhile|Previously|Separately|In\s+a\s+separate|Recall)\b"
)
# the source of the whole sentence at its end: ``, сообщает пресс-служба Акорды.``, ``, according
# to a statement from the ministry.``; reported speech stops before it
_SOURCE_TAIL = re.compile(
    r",\s*(?:(?:сообщает|сообщают|передает|передаёт|пишет|пишут)\s|according\s+to\s)[^,.;:!?«»\"]{1,80}[.!?]?\s*$"
)
# ``..., Kazakh officials said.`` after speech that has a cue of its own: who reported it
_SAID_TAIL = re.compile(r",\s*(?:[\w'’-]+\s+){1,6}?(?:ha(?:ve|s|d)\s+)?(?:said|says|reported)\s*[.!?]?\s*$")
_SOURCE_CUE = re.compile(r"(?:[Пп]о\s+данным|[Пп]о\s+информации|со\s+ссылкой|сообщает|передает|передаёт)")
_DASH_START = re.compile(r"[—–-]\s+")
_SPEECH_END = re.compile(rf"[,!?…]\s*+[—–-]++\s*+(?=(?:{_RU_CUE})(?![\w-]))", re.IGNORECASE)
# ``«...», — приводит слова Токаева его пресс-секретарь``: the one whose words are given speaks
_CITING = re.compile("(?P<cue>" + alternation(_list("citing_verb")) + r")\s+(?:слова\s+)?(?=[A-ZА-ЯЁ])")
_AFTER_QUOTE = re.compile(r"\s*[,.!?…]?\s*(?P<dash>[—–-]{1,2}\s*)?")
# Runs of white space are taken whole (possessive): the same run split between two ``\s*`` in
# every way made a quote, spaces, a name and spaces cubic.
_NAME_ALONE = re.compile(
    r"\s*+(?:[.,]\s*+)?(?:[—–-]\s*+)?(?P<name>[A-ZА-ЯЁ][\w’'-]+(?:\s++[A-ZА-ЯЁ][\w.’'-]*){0,3})"
    r"(?:\s*+,[^.!?]{0,200})?\s*+\.?\s*+$"
)
_NAME_WORDS = re.compile(r"[A-ZА-ЯЁ][\w’'-]*+(?:\s++[A-ZА-ЯЁ][\w’'-]*+){0,2}")
_NOT_DASH = re.compile(r"[^ —–-]")
# a role word in lower case, then a name of two or three capitalised words that ends the speaker
_NAMED_AFTER_ROLE = re.compile(r"(?<![\w-])[a-z][\w-]*\s+[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2}$")
# "an Uzbek official", "a senior EU diplomat", "a Kyrgyz government spokesman", "a diplomatic
# source", "Tajik officials", "two diplomats": someone unnamed by a noun of the
# ``unnamed_speaker`` list (one lower-case word may describe it after the article), in the plural
# only after a capitalised word or a number (bare "officials" may be a body's voice, a source)
_UNNAMED_NOUN = "(?:" + alternation(_list("unnamed_speaker")) + ")"
_UNNAMED = re.compile(
    rf"(?:an?\s+(?:[a-z][\w-]*\s+)?)?(?:senior\s+)?(?:[A-Z][\w-]*\s+)?(?:government\s+)?{_UNNAMED_NOUN}"
    rf"|(?:[A-Z][\w-]*\s+|(?:two|three|four|several)\s+)+{_UNNAMED_NOUN}s"
)
_ARTICLE = re.compile(r"an?\s+")
_IN_WRITING = re.compile(r"(?<![\w-])[Вв]о?\s+(?P<what>[а-яё]+(?:\s+[а-яё]+){0,2}?)\s+$")
"""``в совместном заявлении`` right before ``говорится``: where the words are written."""
_IN_BODY = re.compile(r"(?<![\w-])[Вв]о?\s+$")
"""``в`` right before a body that speaks (``В МИД России заявили``)."""
_GOVERNED = re.compile(r"(?<![\w-])(?:to|in|at|of|for)\s+$")
_CLAUSE_MAX = 400
"""How far before a cue or a colon its clause is read for the speaker, in characters."""
_CUES_TRIED = 16
"""How many speech verbs of one sentence are tried for ``X said that ...`` (a sentence has a few)."""
_GERUNDS = alternation(_list("speech_gerund"))
_ADDING = re.compile(rf",\s*(?P<cue>{_GERUNDS})\s*+,?\s*+(?:that|что)\s+")
# an attribution after speech, then a gerund that opens more of it: ``, the official said, adding that``
_ADDING_TAIL = re.compile(
    rf",\s*[^,.;:!?«»\"]{{1,120}}?,\s*(?:{_GERUNDS})\s*+,?\s*+(?:that|что)\s", re.IGNORECASE
)
# ``Петров выступил на форуме, отметив, что ...``: a gerund of speech after a clause of another
# verb speaks for the subject that opens the sentence
_GERUND_THAT = re.compile(rf",\s*(?P<cue>{_GERUNDS})\s*+,?\s*+что\s+")
_FINITE_PAST = re.compile(r"[а-яё]+(?:л|ла|ло|ли|лся|лась|лись)$")
# ``X заверил, что ..., и напомнил, что ...``, ``назвал его «...» и заявил, что ...``: a second
# speech verb of the same speaker opens a quote of its own
_AND_CUE = re.compile(
    r"(?:,\s*+|(?<=[»\"”])\s*+)(?:и|а\s+также)\s+(?:также\s+)?"
    rf"(?P<cue>{_RU_CUE})(?:\s*,\s*|\s+о\s+том\s*,\s*)что\s+",
    re.IGNORECASE,
)
# "The holdouts, he said, were asking ...", "Europe, he said, \"is ...\"": an English attribution
# set off by commas inside the speech, a pronoun or a name speaking (not "officials admit")
_EN_INSIDE = re.compile(
    rf"(?<=\w),\s*(?P<spk>{alternation(table('word_lists').words(list='quote_pronoun', lang='en'))}"
    rf"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})\s+(?P<cue>{_EN_CUE})\s*,\s*"
    rf"(?!(?:{table('word_lists').pattern(list='speech_aside', lang='en')})\b)(?=\S)"
)
_INSIDE = re.compile(rf"[,!?…]\s*+[—–-]++\s*+(?P<cue>{_RU_CUE})(?![\w-])", re.IGNORECASE)
# the speech goes on after the speaker, or after a circumstance of its own (``— сказал Петров,
# выступая на брифинге. — ...``, ``— заявил министр на пресс-конференции в Минске. — ...``)
_INSIDE_END = re.compile(r"(?:\s*+,\s*+|\s++)?[^.!?«»\"“”—–]{0,120}?[.,]\s*[—–-]")
# a full stop inside quote marks that ends a sentence; not an initial's (``музей имени И. Д. Воронина``)
_INNER_STOP = re.compile(r"(?<!(?<!\w)[A-ZА-ЯЁ])[.!?…]\s")
_MIXED_WORDS = 4
_DATELINE_REACH = 80
"""How far into its paragraph a quote may start and still be read for a dateline before it."""
_INSTRUMENTAL = ("ым", "им", "ой", "ей", "ом", "ем", "ами", "ями", "ью")
"""The endings of adjectives and nouns in the instrumental (``историческим событием``)."""
_STANDALONE_WORDS = 6


def _colon_before(text: str, start: int, end: int) -> int | None:
    """Where a colon stands in ``text[start:end]`` with only white space after it (``Он заявил: «``)."""
    p = end - 1
    while p >= start and text[p].isspace():
        p -= 1
    return p if p >= start and text[p] == ":" else None


def _clause_start(text: str, start: int, end: int, marks: str) -> int | None:
    """Just after the last of ``marks`` in ``text[start:end]``, or ``None`` when there is none."""
    p = max(text.rfind(mark, start, end) for mark in marks)
    return p + 1 if p >= 0 else None


def _word_start(text: str, pos: int, end: int) -> int:
    """``pos``, or the end of the word it falls inside: a clause cut short starts at a word."""
    while 0 < pos < end and text[pos - 1].isalnum() and text[pos].isalnum():
        pos += 1
    return pos


def _clean_span(text: str, start: int, end: int, *, full_stop: bool) -> tuple[int, int]:
    """Trim white space, a leading dash, a trailing comma and (with ``full_stop``) a final full stop."""
    while start < end and (text[start].isspace() or text[start] in "—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    if full_stop and end > start and text[end - 1] == "." and not text[start:end].endswith(".."):
        end -= 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _without_addressee(text: str, block: Block) -> Block:
    """``журналистам Песков`` without ``журналистам``: the one spoken to is not the speaker."""
    m = _ADDRESSEE.match(text, block.start, block.end)
    return Block(m.end(), block.end) if m is not None and m.end() < block.end else block


def _speaker_after(text: str, pos: int, end: int) -> Block | None:
    """The speaker written after a cue: up to ten words, to the first punctuation or stop word.

    An outlet in the dative before the speaker (``заявил РИА Новости Песков``) is skipped.
    """
    taken: list[Block] = []
    while pos < end and text[pos] in " \t\xa0":
        pos += 1
    outlet = _OUTLET_PREFIX.match(text, pos, end) or _ADDRESSEE.match(text, pos, end)
    i = outlet.end() if outlet else pos
    agency = WORD.match(text, i, end) if outlet is None else None
    if agency is not None and agency_known(agency.group()) and WORD.search(text, agency.end(), end):
        i = agency.end()  # ``сообщили БЕЛТА в пресс-службе``: the outlet told, another speaks
    lead = WORD.match(text, i, end)
    if lead is not None and lead.group().lower() in _LEADS:
        # ``— пояснил позднее господин Гаджиев в интервью``: a time before the speaker
        after = WORD.search(text, lead.end(), end)
        spaced = after is not None and not text[lead.end() : after.start()].strip()
        if spaced and after is not None and after.group().lower() not in _STOP:
            i = lead.end()
    while len(taken) < 10:
        j = i
        while j < end and text[j] in " \t\xa0":
            j += 1
        m = WORD.match(text, j, end)
        if m is None or (taken and j == i):
            break
        word = m.group().lower()
        if word in _JOINERS and taken:
            nxt = WORD.match(text, m.end() + 1, end)
            if nxt is None or not nxt.group()[:1].isupper():
                break
        elif word in _STOP and not (word in ("the",) and not taken) and word not in _PRONOUNS:
            break
        if word in _POSSESSIVE and not taken:
            nxt = WORD.match(text, m.end() + 1, end)
            if nxt is not None and nxt.group().islower() and nxt.group() not in _STOP:
                i = m.end()  # ``сообщил его брат Рауль``: whose brother, not the speaker
                continue
        taken.append(Block(m.start(), m.end()))
        i = m.end()
        if word in _PRONOUNS:
            break
    if taken:
        return Block(taken[0].start, taken[-1].end)
    return _speaker_past_circumstance(text, i, end)


_CLAUSE_END = re.compile(r"[,;:!?«»\"“”()]|\.(?!\w)")


def _titled(word: str) -> bool:
    """Whether ``word`` names a position and is no preposition (``после`` is not ``посла``)."""
    return is_role_word(word) and word.lower() not in _STOP


def _speaker_past_circumstance(text: str, pos: int, end: int) -> Block | None:
    """``— отметил в беседе с корреспондентом депутат Мажилиса Айдос Сарым``: the speaker after a
    circumstance is the role and name that close the clause."""
    stop = _CLAUSE_END.search(text, pos, end)
    ws = words(text, pos, stop.start() if stop else end)
    if not ws or len(ws) > 14 or text[ws[0].start : ws[0].end].lower() not in _STOP:
        return None
    if len(ws) > 1 and is_body_head(text[ws[1].start : ws[1].end]):
        return Block(ws[1].start, ws[-1].end)  # ``— говорится в заявлении посольства``: a body speaks
    for i, w in enumerate(ws):
        if _titled(text[w.start : w.end]):
            start = i
            while start > 1 and _is_adjective(text[ws[start - 1].start : ws[start - 1].end]):
                start -= 1
            return Block(ws[start].start, ws[-1].end)
    if stop is not None and text[stop.start()] == ",":
        # ``— рассказал после встречи журналистам ..., собравшимся в ..., губернатор.``: the
        # speaker closes the sentence, after the clauses about the ones spoken to
        last = text.rfind(",", stop.start(), end)
        tail = words(text, last + 1, end)
        if 1 <= len(tail) <= 6 and text[tail[0].start : tail[0].end].lower() not in _STOP:
            found = _noun_phrase(text, tail)
            if found is not None and (
                found.start == tail[0].start or has_role_word(text[found.start : found.end])
            ):
                return found
    k = len(ws)
    while (
        k > 1
        and text[ws[k - 1].start].isupper()
        and not is_outlet_name(text[ws[k - 1].start : ws[k - 1].end])
    ):
        k -= 1
    return Block(ws[k].start, ws[-1].end) if k < len(ws) else None


def _speaker_before(text: str, clause_start: int, pos: int) -> Block | None:
    """The speaker written before a cue: a pronoun, a role with its name, or a name.

    Of a clause longer than twice _CLAUSE_MAX characters, only its first and last _CLAUSE_MAX
    are read: the speaker stands next to the cue or opens the clause.
    """
    found = _speaker_in(text, clause_start, pos)
    if found is None:
        # ``При этом Петров заявил``: a linking word with no comma after it opens the clause
        lead = _CONNECTIVE_LEAD.match(text, clause_start, pos)
        if lead is not None:
            found = _speaker_in(text, lead.end(), pos)
    return found


def _speaker_in(text: str, clause_start: int, pos: int) -> Block | None:
    """The speaker of the clause ``text[clause_start:pos]`` before its cue, or ``None``."""
    if pos - clause_start > 2 * _CLAUSE_MAX:
        head_end = _word_start(text, clause_start + _CLAUSE_MAX, pos)
        ws = words(text, clause_start, head_end) + words(text, _word_start(text, pos - _CLAUSE_MAX, pos), pos)
    else:
        ws = words(text, clause_start, pos)
    while ws and text[ws[-1].start : ws[-1].end] in _ADVERBS:
        ws = ws[:-1]  # ``Петров официально заявил``: how he spoke, not who
    if not ws:
        return None
    last = text[ws[-1].start : ws[-1].end]
    if last.lower() in _PRONOUNS:
        return ws[-1]
    if is_source_noun(text[ws[0].start : ws[0].end]):
        # ``Источник “Ъ” в МИД сообщил``: an unnamed source, all the words up to the cue
        return Block(ws[0].start, ws[-1].end)
    # Words next to the cue, up to a stop word.
    k = len(ws)
    while k > 0 and text[ws[k - 1].start : ws[k - 1].end].lower() not in _STOP:
        k -= 1
    near = ws[k:]
    chosen = _noun_phrase(text, near)
    governed = chosen is not None and _object_of_preposition(text, ws, chosen)
    if chosen is None or governed:
        # The clause opens with the speaker and a circumstance stands before the cue.
        head: list[Block] = []
        for w in ws:
            if text[w.start : w.end].lower() in _STOP:
                break
            head.append(w)
        chosen = _noun_phrase(text, head)
        if chosen is not None and _object_of_preposition(text, ws, chosen):
            chosen = None
        if chosen is None and governed and head:
            # ``Главный врач госпиталя в Сантьяго сообщил``: no name, the words before the place
            chosen = Block(head[0].start, head[-1].end)
    return chosen


_OBLIQUE_ENDINGS = ("ом", "ём", "ем", "ой", "ей", "ых", "их", "ым", "им", "ого", "его", "ую", "юю")
"""The endings of adjectives and possessives after a preposition (``в своём``, ``на новой``)."""


def _object_of_preposition(text: str, ws: Sequence[Block], chosen: Block) -> bool:
    """Whether the capitalised words ``chosen`` cannot be a speech verb's subject: a name in quote
    marks (``автор «Малхолланд Драйва» сказал``) or the object of a preposition, adjectives
    between (``в своём Telegram-канале сказал``, ``госпиталя в Путраджае сообщил``)."""
    if text[chosen.end : chosen.end + 1] in ("»", '"', "“", "”") or text[chosen.start - 1 : chosen.start] in (
        "«",
        '"',
        "„",
        "“",
    ):
        return True
    first = text[chosen.start : chosen.end].split()[0]
    if is_role_word(first) or is_body_head(first):
        return False  # ``В министерстве иностранных дел заявили``: a body speaks
    i = next((n for n, w in enumerate(ws) if w.start == chosen.start), 0) - 1
    while i >= 0 and text[ws[i].start].islower() and text[ws[i].start : ws[i].end].endswith(_OBLIQUE_ENDINGS):
        i -= 1
    return i >= 0 and text[ws[i].start : ws[i].end].lower() in _PREPOSITIONS


def _noun_phrase(text: str, ws: Sequence[Block]) -> Block | None:
    if not ws:
        return None

    def parted(k: int) -> bool:
        """Whether a dash, a bracket or a quote mark parts word ``k`` from the one before it (a
        dateline's ``MOSCOW, April 21 (Reuters) - Lavrov said``; ``в интервью «Интер» Петров``)."""
        return any(ch in ')-—–«»"“”„' for ch in text[ws[k - 1].end : ws[k].start])

    for i, w in enumerate(ws):
        if _titled(text[w.start : w.end]):
            start = i
            while (
                start > 0
                and _is_adjective(text[ws[start - 1].start : ws[start - 1].end])
                and not parted(start)
            ):
                start -= 1
            return Block(ws[start].start, ws[-1].end)
    first = next((w for w in ws if not _is_adjective(text[w.start : w.end])), None)
    if first is not None and is_body_head(text[first.start : first.end]):
        return Block(first.start, ws[-1].end)  # ``В министерстве иностранных дел Казахстана заявили``
    if first is not None and text[first.start : first.end].lower() in _SIDES:
        return Block(ws[0].start, ws[-1].end)  # ``Таджикская сторона подчеркнула``: no one named
    k = len(ws)
    while k > 0 and text[ws[k - 1].start].isupper() and not (k < len(ws) and parted(k)):
        k -= 1
    if k < len(ws):
        return Block(ws[k].start, ws[-1].end)
    return None


def _is_adjective(word: str) -> bool:
    """Whether ``word`` can stand before a title: ``российский``, ``казахстанского``, ``Foreign``."""
    if "." in word or any(ch.isdigit() for ch in word):
        return False
    return (word[:1].isupper() and word.isascii()) or word.lower().endswith(
        ("ский", "ская", "цкий", "ный", "ная", "ний", "ий", "ый", "ой", "ая", "ого", "его")
    )


def _press_office(text: str, speaker: Block) -> bool:
    """Whether the speaker as written is a press office, after a preposition (``пресс-служба МИД``,
    ``в пресс-службе главы государства``): the source of the news it follows, no one quoted."""
    ws = text[speaker.start : speaker.end].lower().split()
    if ws and ws[0] in ("в", "во"):
        ws = ws[1:]
    return bool(ws) and is_press_office(ws[0])


def _acceptable_speaker(text: str, speaker: Block | None) -> bool:
    if speaker is None:
        return False
    value = text[speaker.start : speaker.end]
    if is_source_noun(value.split()[0]):
        return True  # ``Источник в правительстве``: someone unnamed speaks
    if is_outlet_name(value) or is_body_name(value):
        return False  # a source, not a speaker
    if value.lower() in _PRONOUNS:
        return True
    return any(ch.isupper() for ch in value) or has_role_word(value)


class _Claims:
    """Stretches of a paragraph that belong to a quote or its attribution.

    Whether one of them overlaps a stretch is told in O(log n): a Fenwick tree over the
    paragraph's positions keeps the furthest end of the stretches starting up to each one.
    """

    def __init__(self, block: Block) -> None:
        self._base = block.start
        self._size = block.end - block.start + 1
        self._tree: list[int] = []

    def append(self, claim: Block) -> None:
        if not self._tree:
            self._tree = [-1] * (self._size + 1)
        i = min(max(claim.start - self._base, 0), self._size - 1) + 1
        while i <= self._size:
            if self._tree[i] < claim.end:
                self._tree[i] = claim.end
            i += i & -i

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a stretch shares a position with ``[start, end)`` (an empty one: lies inside it)."""
        if not self._tree:
            return False
        i = min(end - self._base, self._size)  # the stretches starting before ``end``
        furthest = -1
        while i > 0:
            furthest = max(furthest, self._tree[i])
            i -= i & -i
        return furthest > start


class _NextMatch:
    """``pattern.search(text, pos, end)`` for positions asked in increasing order, reading each
    stretch of the text once: the last answer holds for any position up to it."""

    def __init__(self, pattern: re.Pattern[str], text: str, end: int) -> None:
        self._pattern, self._text, self._end = pattern, text, end
        self._asked = -1
        self._found: re.Match[str] | None = None

    def search(self, pos: int) -> re.Match[str] | None:
        found = self._found
        if not (0 <= self._asked <= pos and (found is None or found.start() >= pos)):
            self._found = self._pattern.search(self._text, pos, self._end)
            self._asked = pos
        return self._found


class _Paragraph:
    """The quote rules applied to one paragraph."""

    def __init__(self, text: str, block: Block, index: int, previous: Block | None) -> None:
        self.text = text
        self.block = block
        self.previous = previous
        self.index = index
        self.segments = quote_segments(text, block)
        self.top = [s for s in self.segments if s.depth == 0]
        self.sentences = sentences(text, block, self.segments)
        self.quotes: list[FoundQuote] = []
        self.claimed = _Claims(block)  # stretches that belong to a quote or its attribution
        # looked up by position: the outer quote marks and the sentences follow one another
        self._opens = [seg.open for seg in self.top]
        self._starts = [sentence.start for sentence in self.sentences]
        self._number = {sentence: n for n, sentence in enumerate(self.sentences)}
        self._word_counts: dict[Segment, int] = {}
        self._lead_ends: dict[int, int] = {}
        self._adding_cues: dict[Block, _NextMatch] = {}
        self._clause_edges: list[int] | None = None

    def _claimed(self, start: int, end: int) -> bool:
        return self.claimed.overlaps(start, end)

    def _add(
        self,
        start: int,
        end: int,
        kind: QuoteKind,
        cue: str | None,
        speaker: Block | None,
        *,
        tentative: bool = False,
        sourced: bool = False,
        paragraph: int | None = None,
    ) -> None:
        start, end = _clean_span(self.text, start, end, full_stop=kind != QuoteKind.DIRECT)
        if self.index < 2 and start - self.block.start < _DATELINE_REACH:
            # ``МИНСК, 25 февраля (БЕЛТА) – ...``: the speech starts after the dateline, also when
            # a stop inside it ends a sentence (``АСТАНА. KAZINFORM – ...``)
            dateline = find_dateline(self.text, [self.block])
            if dateline is not None and start < dateline.end < end:
                start = dateline.end
                while start < end and self.text[start].isspace():
                    start += 1
        if end <= start or not self.text[start:end].strip():
            return
        index = self.index if paragraph is None else paragraph
        self.quotes.append(FoundQuote(start, end, kind, cue, speaker, index, tentative, sourced))

    def _sentence_of(self, pos: int) -> Block:
        k = bisect.bisect_right(self._starts, pos) - 1
        if k >= 0 and pos < self.sentences[k].end:
            return self.sentences[k]
        return self.block

    def _next_top(self, pos: int) -> Segment | None:
        """The first outer pair of quote marks opening after ``pos``."""
        k = bisect.bisect_right(self._opens, pos)
        return self.top[k] if k < len(self.top) else None

    def _only_dashes_before(self, start: int, pos: int) -> bool:
        """Whether ``text[start:pos]`` holds nothing but spaces and dashes."""
        end = self._lead_ends.get(start)
        if end is None:
            m = _NOT_DASH.search(self.text, start, self.block.end)
            end = self._lead_ends[start] = m.start() if m is not None else self.block.end
        return end >= pos

    # -- direct speech -----------------------------------------------------------------

    def direct(self) -> None:
        for seg in self.top:
            attribution = (
                self._attribution_after(seg)
                or self._attribution_po_slovam(seg)
                or self._attribution_before(seg)
                or self._attribution_inside(seg)
            )
            if attribution is None:
                continue
            cue, speaker, claim = attribution
            inner = seg.inner
            end = inner.end
            rest = self._split_rest(claim)
            if rest is not None:  # ``"We have agreed," he said, "that ..."``: one quote
                end = rest.inner.end
                claim = Block(claim.start, rest.close + 1)
            # with no speech verb (``«...». Андрей Яцкин``, ``Песков: «...»``) only a person's name
            # makes the words a quote: ``«...». Предположительно, ...`` is narration
            self._add(inner.start, end, QuoteKind.DIRECT, cue, speaker, tentative=cue is None)
            self.claimed.append(claim)
            self._adding(claim.end, speaker)
        for sentence in self.sentences:
            self._dialogue(sentence)

    def _attribution_after(self, seg: Segment) -> tuple[str | None, Block | None, Block] | None:
        text, end = self.text, self.block.end
        sentence = self._sentence_of(seg.open)
        # The rest of the sentence (or of the paragraph, for a quote that ends one).
        stop = max(sentence.end, seg.close + 1)
        nxt = self._next_top(seg.close)
        if nxt is not None:
            stop = min(stop, nxt.open)
        lead = text[sentence.start : seg.open].rstrip()
        if (
            lead
            and lead[-1] not in ":—–-"
            and _has_words(lead, 0, len(lead), 3)
            and not _QUOTE_MARKS.intersection(lead)
        ):
            # ``X told the meeting that India would not support a statement that did not condemn
            # "terrorism in all its forms", officials said``: words quoted inside a sentence's
            # speech, whose attribution is the sentence's (not a second quote after a first one
            # and its own attribution: ``«...», — сказал X, и «...», — добавил он``)
            return None
        m = _AFTER_QUOTE.match(text, seg.close + 1, stop)
        assert m is not None
        rest_start = m.end()
        has_dash = m["dash"] is not None
        comma = "," in text[seg.close + 1 : rest_start] or text[seg.close - 1] == ","
        citing = _CITING.match(text, rest_start, stop) if has_dash or comma else None
        if citing is not None:
            cited = _NAME_WORDS.match(text, citing.end(), stop)
            # the words of the name up to an outlet's (``цитирует Лаврова ТАСС``)
            named = words(text, *cited.span()) if cited is not None else []
            k = next((i for i, w in enumerate(named) if is_outlet_name(text[w.start : w.end])), len(named))
            if k:
                block = Block(named[0].start, named[k - 1].end)
                return " ".join(citing.group().split()), block, Block(seg.open, block.end)
        cue_m = _CUE.search(text, rest_start, stop)
        if cue_m is not None and (has_dash or comma) and len(words(text, rest_start, cue_m.start())) <= 6:
            between = text[rest_start : cue_m.start()]
            if not has_dash and between.strip().lower() in _JOINERS:
                return None  # ``«...», и подтвердил готовность``: the same subject's next verb
            if not any(ch in between for ch in ',.;:!?«»"'):
                after = stop
                if nxt is not None and stop == nxt.open and _OUTLET_PREFIX.match(text, stop, sentence.end):
                    after = sentence.end  # ``,— сказал “Ъ” директор ...``: the paper spoken to, the speaker
                speaker = _speaker_after(text, cue_m.end(), after)
                if between.strip() and not all(w.lower() in _ADVERBS for w in between.split()):
                    # (``», так сказал Кличко``: only an adverb before the cue, the speaker after it)
                    speaker = _speaker_before(text, rest_start, cue_m.start())
                if speaker is not None and _outlet_speaker(text, speaker):
                    return None
                claim_end = speaker.end if speaker is not None and speaker.end > cue_m.end() else cue_m.end()
                return cue_m.group(), speaker, Block(seg.open, claim_end)
        name = _NAME_ALONE.match(text, seg.close + 1, end)
        if name is not None and self._long_enough(seg, 3):
            speaker = Block(name.start("name"), name.end("name"))
            if not is_outlet_name(name["name"]):
                return None, speaker, Block(seg.open, end)
        return None

    def _split_rest(self, claim: Block) -> Segment | None:
        """The rest of an English sentence split by its attribution: a pair of quote marks right
        after ``, he said,`` whose words start in lower case."""
        text = self.text
        nxt = self._next_top(claim.end - 1)
        if nxt is None or text[claim.end : nxt.open].strip() != ",":
            return None
        first = text[nxt.open + 1 : nxt.open + 2]
        return nxt if first.isascii() and first.islower() else None

    def _adding(self, pos: int, speaker: Block | None) -> None:
        """``..., — сказал он, добавив, что ...``: more reported speech of the same speaker."""
        sentence = self._sentence_of(max(pos - 1, self.block.start))
        cues = self._adding_cues.get(sentence)
        if cues is None:
            cues = self._adding_cues[sentence] = _NextMatch(_ADDING, self.text, sentence.end)
        m = cues.search(pos)
        if m is not None and speaker is not None:
            self._add(m.end(), sentence.end, QuoteKind.INDIRECT, m["cue"], speaker)
            self.claimed.append(Block(m.start(), sentence.end))

    def _attribution_inside(self, seg: Segment) -> tuple[str | None, Block | None, Block] | None:
        """``«..., — уточнил Белов. — ...»``: the attribution between two dashes inside the marks."""
        text = self.text
        for m in _INSIDE.finditer(text, seg.open + 1, seg.close):
            speaker = _speaker_after(text, m.end(), seg.close)
            if speaker is None or not _INSIDE_END.match(text, speaker.end, seg.close):
                continue
            if not _acceptable_speaker(text, speaker):
                continue
            return m["cue"], speaker, Block(seg.open, seg.close + 1)
        return None

    def _attribution_po_slovam(self, seg: Segment) -> tuple[str | None, Block | None, Block] | None:
        """``по словам министра, «...».``: speech all in quote marks after ``По словам X``."""
        text = self.text
        sentence = self._sentence_of(seg.open)
        if not _WHOLE_END.match(text, seg.close + 1, sentence.end):
            return None
        m = _PO_SLOVAM_BEFORE.match(text, sentence.start, seg.open)
        if m is None:
            colons = list(_LAST_COLON.finditer(text, sentence.start, seg.open))
            m = _PO_SLOVAM_BEFORE.match(text, colons[-1].end(), seg.open) if colons else None
        if m is None:
            return None
        name = "pron" if m["pron"] else "spk" if m["spk"] else None
        if name is None:
            return None
        speaker = _without_addressee(text, Block(m.start(name), m.end(name)))
        if _outlet_speaker(text, speaker):
            return None
        return m["cue"], speaker, Block(m.start("cue"), seg.close + 1)

    def _attribution_before(self, seg: Segment) -> tuple[str | None, Block | None, Block] | None:
        text = self.text
        sentence = self._sentence_of(seg.open)
        colon = _colon_before(text, sentence.start, seg.open)
        if (
            colon is None
            and self.previous is not None
            and self._only_dashes_before(self.block.start, seg.open)
        ):
            # ``Он заявил:`` closing the paragraph before a paragraph in quote marks.
            prev = self.previous
            colon = _colon_before(text, prev.start, prev.end)
            if colon is not None:
                sentence = sentences(text, prev, quote_segments(text, prev))[-1]
        if colon is None:
            return None
        # the clause before the colon; a speaker stands near the colon, so a long one is read
        # from its last _CLAUSE_MAX characters only
        clause_start = _clause_start(text, max(sentence.start, colon - _CLAUSE_MAX), colon, ",;—–(")
        if clause_start is None:
            clause_start = sentence.start
            if colon - clause_start > _CLAUSE_MAX:
                clause_start = _word_start(text, colon - _CLAUSE_MAX, colon)
        cues = list(_CUE.finditer(text, clause_start, colon))
        if cues:
            cue_m = cues[-1]
            speaker = _speaker_before(text, clause_start, cue_m.start())
            if speaker is None:
                speaker = _speaker_after(text, cue_m.end(), colon)
            return cue_m.group(), speaker, Block(max(clause_start, self.block.start), seg.close + 1)
        ws = words(text, clause_start, colon)
        if 1 <= len(ws) <= 6:
            speaker = _noun_phrase(text, ws)
            if speaker is not None and _acceptable_speaker(text, speaker):
                return None, speaker, Block(max(clause_start, self.block.start), seg.close + 1)
        return None

    def _dialogue(self, sentence: Block) -> None:
        """``— Мы готовы, — сказал он.``: direct speech after a dash, without quote marks."""
        text = self.text
        start = _DASH_START.match(text, sentence.start, sentence.end)
        if start is None or self._claimed(sentence.start, sentence.end):
            return
        m = _SPEECH_END.search(text, start.end(), sentence.end)
        if m is None:
            return
        cue_m = _CUE.match(text, m.end(), sentence.end)
        if cue_m is None:
            return
        speaker = _speaker_after(text, cue_m.end(), sentence.end)
        end = m.start() + (0 if text[m.start()] == "," else 1)
        self._add(start.end(), end, QuoteKind.DIRECT, cue_m.group(), speaker)
        self.claimed.append(sentence)

    def _long_enough(self, seg: Segment, n: int) -> bool:
        count = self._word_counts.get(seg)
        if count is None:
            count = self._word_counts[seg] = len(words(self.text, seg.open + 1, seg.close))
        return count >= n

    def _tops_from(self, start: int, end: int) -> list[Segment]:
        """The outer pairs of quote marks opening in ``[start, end)``."""
        return self.top[bisect.bisect_left(self._opens, start) : bisect.bisect_left(self._opens, end)]

    # -- reported speech ---------------------------------------------------------------

    def indirect(self) -> None:
        i = 0
        while i < len(self.sentences):
            sentence = self.sentences[i]
            i += 1
            if self._claimed(sentence.start, sentence.end):
                continue
            found = self._reported(sentence)
            if found is None:
                continue
            start, end, cue, speaker, continues, tentative, sourced = found
            if start > end:  # ``Об этом заявил X``: the sentence before
                if i == 1:  # the last of the paragraph before
                    previous = self._last_before
                    if previous is not None:
                        self._add(
                            previous.start,
                            previous.end,
                            QuoteKind.INDIRECT,
                            cue,
                            speaker,
                            paragraph=self.index - 1,
                        )
                        self.claimed.append(sentence)
                    continue
                previous = self.sentences[i - 2]
                self._add(previous.start, previous.end, QuoteKind.INDIRECT, cue, speaker)
                self.claimed.append(Block(previous.start, sentence.end))
                continue
            while continues and i < len(self.sentences) and self._continues(self.sentences[i]):
                end = self.sentences[i].end
                i += 1
            # ``..., и напомнил, что ...``: each speech verb's own quote
            seams = list(_AND_CUE.finditer(self.text, start, end))
            starts = [start] + [m.end() for m in seams]
            ends = [m.start() for m in seams] + [end]
            cues = [cue] + [" ".join(m["cue"].split()) for m in seams]
            dialogue = _DASH_START.match(self.text, sentence.start, sentence.end) is not None
            for part_start, part_end, part_cue in zip(starts, ends, cues, strict=True):
                quoted = (
                    self._quoted_inside(part_start, part_end)
                    or part_cue.lower() in _NAMING_VERBS
                    or self._words_quoted(part_start, part_end)
                )
                kind = QuoteKind.MIXED if quoted else QuoteKind.INDIRECT
                if dialogue:
                    kind = QuoteKind.DIRECT  # speech after a dash
                self._add(part_start, part_end, kind, part_cue, speaker, tentative=tentative, sourced=sourced)
            if end < sentence.end and _ADDING_TAIL.match(self.text, end, sentence.end):
                self._adding(end, speaker)  # "..., the official said, adding that ..."
            self.claimed.append(Block(sentence.start, end))

    def _reported(self, s: Block) -> tuple[int, int, str, Block | None, bool, bool, bool] | None:
        text = self.text
        speaker: Block | None
        if _SOURCE_CUE.match(text, s.start, s.end):
            return None
        about = _ABOUT_THIS.match(text, s.start, s.end)
        if about is not None:
            index = self._number[s]
            speaker = None
            if about["subject"] and any(w[:1].isupper() for w in about["subject"].split()):
                # ``Об этом Президент России сообщил депутату``: the subject stands before the verb
                speaker = _speaker_before(text, about.start("subject"), about.end("subject"))
            if speaker is None:
                speaker = _speaker_after(text, about.end(), s.end)
            if speaker is None or not _acceptable_speaker(text, speaker):
                return None
            if index == 0:  # a paragraph that opens with it: the last sentence of the one before
                return (
                    (s.end, s.start, about["cue"], speaker, False, False, False)
                    if self._last_before
                    else None
                )
            prior = self.sentences[index - 1]
            if self._claimed(prior.start, prior.end) or len(words(text, prior.start, prior.end)) < 3:
                return None
            return s.end, s.start, about["cue"], speaker, False, False, False
        connective = _CONNECTIVE.match(text, s.start, s.end)
        for pattern in (_PO_SLOVAM, _KAK, _ACCORDING):
            m = pattern.match(text, s.start, s.end)
            if m is None and connective is not None:  # ``Однако, по словам министра, ...``
                m = pattern.match(text, connective.end(), s.end)
            if m is None:
                continue
            if m.groupdict().get("pron"):
                speaker = Block(m.start("pron"), m.end("pron"))
            elif m["spk"]:
                speaker = _without_addressee(text, Block(m.start("spk"), m.end("spk")))
                written = text[speaker.start : speaker.end]
                if written.split()[0].lower() in _STOP and not names_body_first(written):
                    # ``Как отметил в беседе с «Интерфаксом» доцент ... Рахимов``: the speaker
                    # closes the circumstance
                    speaker = _speaker_before(text, speaker.start, speaker.end) or speaker
            else:
                continue
            if pattern is _ACCORDING and not self._person_like(speaker):
                continue
            if _outlet_speaker(text, speaker):
                continue
            start = m.end()
            relative = _RELATIVE.match(text, start, s.end)
            if relative is not None:  # ``По словам X, которого цитирует «Интерфакс», ...``
                start = relative.end()
            # ``Как сообщала пресс-служба Кремля, ...``: what the office had reported, the news'
            # source where the sources name it (``Как сообщила ...`` is its quote)
            sourced = (
                pattern is _KAK and _EARLIER.fullmatch(m["cue"]) is not None and _press_office(text, speaker)
            )
            return start, s.end, m["cue"], speaker, True, False, sourced
        m = _PO_SLOVAM_INSIDE.search(text, s.start, s.end)
        if m is not None and len(words(text, m.end(), s.end)) >= 2 and not _CUE.search(text, s.start, s.end):
            # the sentence around the cue is the speech
            speaker = Block(m.start("pron"), m.end("pron")) if m["pron"] else None
            if m["spk"]:
                speaker = _without_addressee(text, Block(m.start("spk"), m.end("spk")))
            if speaker is not None and not _outlet_speaker(text, speaker):
                return s.start, s.end, " ".join(m["cue"].split()), speaker, False, False, False
        m = _ACCORDING_END.search(text, s.start, s.end)
        if m is not None:
            speaker = Block(m.start("spk"), m.end("spk"))
            if self._person_like(speaker) and not is_outlet_name(m["spk"]):
                return s.start, m.start(), m["cue"], speaker, False, False, False
        m = _TAIL.search(text, s.start, s.end)
        if m is None:
            # "..., the official said, adding that ...": the attribution before more of his speech
            adding = _ADDING.search(text, s.start, s.end)
            if adding is not None:
                m = _TAIL.search(text, s.start, adding.start())
        if m is not None:
            name = "spk" if m["spk"] else "spk2"
            speaker = Block(m.start(name), m.end(name))
            whole = True
            unnamed = False
            if m["spk"]:
                after = _speaker_after(text, m.start("spk"), m.end("spk"))
                english = text[m.start("spk") : m.end("spk")].isascii()
                whole = (after is not None and after.end >= m.end("spk")) if english else not m["appos"]
                speaker = after or speaker
            else:
                speaker = _speaker_before(text, m.start("spk2"), m.end("spk2")) or speaker
                phrase = text[m.start("spk2") : m.end("spk2")]
                if (
                    phrase.isascii()
                    and has_role_word(phrase)
                    and _GOVERNED.search(text, m.start("spk2"), speaker.start)
                ):
                    # "Kazakhstan's ambassador to Moscow said": the envoy, not the place
                    speaker = Block(m.start("spk2"), m.end("spk2"))
                unnamed = _UNNAMED.fullmatch(phrase) is not None and not _CUE.search(text, s.start, m.start())
                if unnamed:
                    # "Tajik officials said", "a Turkmen official said": the whole phrase, less its article
                    article = _ARTICLE.match(text, m.start("spk2"), m.end("spk2"))
                    speaker = Block(article.end() if article else m.start("spk2"), m.end("spk2"))
                elif _NOT_PERSONS.search(text[speaker.start : speaker.end]) or (
                    text[speaker.start : speaker.end].isascii() and not self._person_like(speaker)
                ):
                    whole = False
            # ``..., сообщила пресс-служба МИД.``, ``..., сообщили БЕЛТА в пресс-службе ...``: the
            # news and its source, as ``сообщает пресс-служба`` is, where the sources name it
            sourced = bool(m["cue"]) and _press_office(text, speaker)
            acceptable = unnamed or _acceptable_speaker(text, speaker)
            if whole and acceptable and len(words(text, s.start, m.start())) >= 3:
                start = s.start
                dash = _DASH_START.match(text, s.start, m.start())
                kind_cue = m["cue"] or m["cue2"]
                if dash is not None:
                    start = dash.end()
                # speech before an English attribution that may name a body, not a person; but
                # "an Uzbek official said", "an EU diplomat said": someone unnamed, a quote still
                value = text[speaker.start : speaker.end]
                tentative = value.isascii() and not (unnamed or _UNNAMED.fullmatch(value))
                return start, m.start(), kind_cue, speaker, False, tentative, sourced
        m = _EN_INSIDE.search(text, s.start, s.end)
        if (
            m is not None
            and not _CUE.search(text, s.start, m.start())
            and len(words(text, m.end(), s.end)) >= 2
            and self._person_like(Block(m.start("spk"), m.end("spk")))
        ):
            # "The holdouts, he said, were asking ...": the attribution inside the speech
            return s.start, s.end, m["cue"], Block(m.start("spk"), m.end("spk")), False, False, False
        first_comma: int | None = None
        subjects: dict[tuple[int, int], Block | None] = {}
        for m in itertools.islice(_THAT.finditer(text, s.start, s.end), _CUES_TRIED):
            cue_name = next(n for n in ("cue", "cue2", "cue3", "cue4", "cue5") if m[n])
            if cue_name == "cue5" and not (
                self._quoted_inside(m.end(), s.end) or self._named_as(m.end(), s.end)
            ):
                continue  # ``назвал их «...»``: a speaker's words when long or when what he named it
            clause_start = self._that_clause(s, m.start())
            before = (
                self._coordinated_subject(s, clause_start, m.start(cue_name)) if cue_name == "cue" else None
            )
            if before is None:
                before = _speaker_before(text, clause_start, m.start(cue_name))
            if before is None and clause_start > s.start:
                # ``Российский лидер, в свою очередь, подчеркнул, что ...``: the subject stands
                # before the sentence's first comma.
                if first_comma is None:
                    first_comma = text.find(",", s.start, s.end)
                end = first_comma if s.start < first_comma < m.start(cue_name) else m.start(cue_name)
                if (s.start, end) not in subjects:
                    subjects[s.start, end] = _speaker_before(text, s.start, end)
                before = subjects[s.start, end]
                # ``Turbine Group's managing director, Ewan MacLeod, said``: the name in the
                # apposition between the two commas is the speaker
                middle = self._apposed_name(end, m.start(cue_name))
                if middle is not None:
                    before = middle
            english = cue_name in ("cue3", "cue4")
            if before is None and english and clause_start == s.start:
                # ``Tokayev backed the idea but said ...``: the name that opens the sentence
                before = self._opening_name(s.start, m.start(cue_name))
            if before is None and m[cue_name].lower() == "говорится":
                # ``В совместном заявлении говорится, что ...``: the statement after ``в``
                where = _IN_WRITING.search(text, clause_start, m.start(cue_name))
                if where is not None and names_body_first(where["what"]):
                    before = Block(where.start("what"), where.end("what"))
            if before is None:
                continue
            if not _acceptable_speaker(text, before):
                # ``The Asian Development Bank said in June that ...``: a body's speech, no person
                value = text[before.start : before.end]
                body = english and value.isascii() and is_body_name(value)
                # ``В заявлении МИД говорится, что ...``: a statement's words, no person
                # (``В итоговом документе говорится``: adjectives before the noun)
                stated = m[cue_name].lower() == "говорится" and names_body_first(value)
                # ``В МИД России заявили, что ...``, ``В ведомстве отметили, что ...``: a body
                # speaks in the plural, no one named
                voiced = (
                    cue_name == "cue"
                    and m[cue_name].lower().endswith("ли")
                    and _IN_BODY.search(text, clause_start, before.start) is not None
                    and is_body_head(value.split()[0])
                )
                if not ((body or stated or voiced) and not is_outlet_name(value)):
                    continue
            if not _has_words(text, m.end(), s.end, 3):
                continue
            start = m.end()
            if cue_name == "cue4":
                if _TIME_COMMA.match(text, start, s.end):
                    continue  # ``his office said Tuesday, the first ...``: the attribution ends
                medium = _MEDIUM_LEAD.match(text, start, s.end)
                if medium is not None:
                    start = medium.end()  # ``said in a statement the talks were ...``
                lead = _TIME_LEAD.match(text, start, s.end)
                if lead is not None:
                    start = lead.end()
                if not _has_words(text, start, s.end, 3):
                    continue  # ``the Kremlin said in a statement on Tuesday.``: where, not what
            cue = m[cue_name].split()[0] if cue_name == "cue4" else " ".join(m[cue_name].split())
            tail = _SOURCE_TAIL.search(text, start, s.end)  # ``..., сообщает пресс-служба Акорды.``
            if tail is None and english:
                tail = _SAID_TAIL.search(text, start, s.end)  # ``Wang said ..., Kazakh officials said.``
            return start, tail.start() if tail else s.end, cue, before, tail is None, False, False
        m = _GERUND_THAT.search(text, s.start, s.end)
        if m is not None:
            subject = self._opening_subject(s.start, m.start())
            if subject is not None and self._person_like(subject) and _acceptable_speaker(text, subject):
                return m.end(), s.end, m["cue"], subject, True, False, False
        return None

    def _named_as(self, start: int, end: int) -> bool:
        """Whether the first quote marks after ``start`` give what something was named as, in the
        instrumental (``назвал визит «историческим событием»``), not a name (``главу «Лиги»``)."""
        seg = self._next_top(start - 1)
        if seg is None or seg.close >= end:
            return False
        first = WORD.search(self.text, seg.open + 1, seg.close)
        return first is not None and first.group().islower() and first.group().endswith(_INSTRUMENTAL)

    @functools.cached_property
    def _last_before(self) -> Block | None:
        """The last sentence of the paragraph before, after a dateline (``БАКУ /Trend/ –``), when
        it is one of three words or more, else ``None``."""
        prev = self.previous
        if prev is None:
            return None
        last = sentences(self.text, prev, quote_segments(self.text, prev))[-1]
        dateline = find_dateline(self.text, [prev])
        start = dateline.end if dateline is not None and last.start <= dateline.end < last.end else last.start
        return Block(start, last.end) if len(words(self.text, start, last.end)) >= 3 else None

    def _coordinated_subject(self, s: Block, start: int, cue: int) -> Block | None:
        """The subject of a clause whose speech verb is joined by ``и`` to a verb before it
        (``Министр Петров изложил оценки и подчеркнул, что``; ``Петрова, в свою очередь,
        поблагодарила хозяев и сообщила, что``): the words before the first verb in the past, or,
        when the clause opens with that verb, those before the sentence's first comma."""
        text = self.text
        ws = words(text, start, cue)
        if len(ws) < 3 or text[ws[-1].start : ws[-1].end] != "и":
            return None
        for k, w in enumerate(ws[:-1]):
            if not _FINITE_PAST.fullmatch(text[w.start : w.end]):
                continue
            if k == 0:
                comma = text.find(",", s.start, start)
                return _speaker_before(text, s.start, comma) if start > s.start and comma > s.start else None
            if text[ws[k - 1].start].isupper():
                return _speaker_before(text, start, w.start)
        return None

    def _opening_subject(self, start: int, end: int) -> Block | None:
        """The words that open a Russian sentence up to its first verb in the past, when the last
        of them is capitalised (``Министр Иван Петров`` of ``Министр Иван Петров выступил ...``)."""
        text = self.text
        ws = words(text, start, end)
        for k, w in enumerate(ws[:8]):
            word = text[w.start : w.end]
            if k == 0 or not text[ws[k - 1].start].isupper() or not _FINITE_PAST.fullmatch(word):
                continue  # (``дел`` of ``министр иностранных дел`` is no verb: no name before it)
            return None if "," in text[start : w.start] else Block(ws[0].start, ws[k - 1].end)
        return None

    def _apposed_name(self, comma: int, cue: int) -> Block | None:
        """The name alone between a comma and a comma right before a cue (English), or ``None``."""
        text = self.text
        close = text.rfind(",", comma + 1, cue)
        if comma < 0 or close < 0 or text[close + 1 : cue].strip():
            return None
        ws = words(text, comma + 1, close)
        value = text[comma + 1 : close].strip()
        if not 2 <= len(ws) <= 4 or not value.isascii():
            return None
        return Block(ws[0].start, ws[-1].end) if all(text[w.start].isupper() for w in ws) else None

    def _opening_name(self, start: int, cue: int) -> Block | None:
        """The capitalised words that open an English sentence before its cue, when no comma parts
        them from it (``Tokayev backed the idea but said``), or ``None``."""
        text = self.text
        ws = words(text, start, cue)
        k = 0
        while k < len(ws) and k < 4 and text[ws[k].start].isupper():
            k += 1
        if k == 0 or k == len(ws) or "," in text[start:cue] or not text[start:cue].isascii():
            return None
        block = Block(ws[0].start, ws[k - 1].end)
        value = text[block.start : block.end]
        return block if self._person_like(block) and not is_body_name(value) else None

    def _that_clause(self, s: Block, pos: int) -> int:
        """Where the clause before a cue at ``pos`` starts: after ``;``, ``(`` or a comma outside
        quote marks; a long one is read from its last _CLAUSE_MAX characters."""
        text = self.text
        lo = max(s.start, pos - _CLAUSE_MAX)
        p = max(text.rfind(";", lo, pos), text.rfind("(", lo, pos))
        comma = text.rfind(",", lo, pos)
        while comma > p and self._inside_names(comma):
            comma = text.rfind(",", lo, comma)
        p = max(p, comma)
        if p >= lo:
            return p + 1
        return s.start if pos - s.start <= _CLAUSE_MAX else _word_start(text, lo, pos)

    def _inside_names(self, pos: int) -> bool:
        k = bisect.bisect_left(self._opens, pos) - 1
        return k >= 0 and pos < self.top[k].close

    def _person_like(self, speaker: Block) -> bool:
        value = self.text[speaker.start : speaker.end]
        if value.lower() in _PRONOUNS or has_role_word(value):
            if _NAMED_AFTER_ROLE.search(value):
                return True  # "Kazakh Foreign Ministry spokesman Aibek Smadiyarov": a named person
            return not re.search(r"(?i)ministry|office|service|statement|agency|министерств|служб", value)
        ws = value.split()
        caps = [w for w in ws if w[:1].isupper()]
        return 1 <= len(caps) == len(ws) <= 4 and not value.isupper()

    def _continues(self, s: Block) -> bool:
        text = self.text
        if _REPORTER.match(text, s.start, s.end) or _SOURCE_CUE.search(text, s.start, s.end):
            return False
        first = WORD.match(text, s.start, s.end)
        if first is not None and first.group().lower() in _JOINT:
            return False  # ``Стороны договорились ...``: the narrator reports what both did
        if _CUE.search(text, s.start, s.end) or _PO_SLOVAM.search(text, s.start, s.end):
            return False
        if re.match(r"[Aa]ccording\s+to", text[s.start : s.end]):
            return False
        return not any(self._long_enough(seg, _MIXED_WORDS) for seg in self._tops_from(s.start, s.end))

    def _quoted_inside(self, start: int, end: int, words: int = _MIXED_WORDS, lower: bool = False) -> bool:
        """Whether the clause from ``start`` to ``end`` holds a quote-marked stretch of at least
        ``words`` words, closed inside it; with ``lower``, one that also starts in lower case."""
        for seg in self._tops_from(start, end + 1):
            if seg.close >= end + 1 or not self._long_enough(seg, words):
                continue
            first = WORD.search(self.text, seg.open + 1, seg.close) if lower else None
            if not lower or (first is not None and first.group().islower()):
                return True
        return False

    def _words_quoted(self, start: int, end: int) -> bool:
        """Whether reported speech quotes a phrase of the speaker's own: three words or more in
        quote marks that start in lower case (``said the talks were "long and frank"``, ``не
        намерен «разрывать исторические связи»``); not a name (``the "Central Asia plus Germany"
        format``), nor two words, which are as often a term the writer marks (``the "shadow
        fleet"``)."""
        return self._quoted_inside(start, end, 3, lower=True)

    # -- whole sentences in quote marks --------------------------------------------------

    def standalone(self, previous: FoundQuote | None) -> None:
        text = self.text
        for seg in self.top:
            if self._claimed(seg.open, seg.close + 1):
                continue
            inner = text[seg.open + 1 : seg.close].rstrip()
            sentence = self._sentence_of(seg.open)
            whole = self._only_dashes_before(sentence.start, seg.open)
            sentence_like = inner[-1:] in ".!?…" or any(
                m.start() < len(inner) - 1 for m in _INNER_STOP.finditer(inner)
            )
            if not self._long_enough(seg, _STANDALONE_WORDS) or not (sentence_like or whole):
                continue
            speaker = previous.speaker if previous is not None else None
            self._add(seg.open + 1, seg.close, QuoteKind.DIRECT, None, speaker)
            self.claimed.append(Block(seg.open, seg.close + 1))


def _headline_quote(text: str, headline: Block) -> FoundQuote | None:
    """``Lavrov: Russia ready to host ...``, ``Токаев: ...``: what follows a name and a colon in a headline.

    Tentative: the name must turn out to be a person's (``Summit in Baku: ...`` is no quote).
    """
    m = _HEADLINE.match(text, headline.start, headline.end)
    if m is None or m["spk"].isupper():
        return None
    start, end = _clean_span(text, m.start("speech"), headline.end, full_stop=True)
    if len(words(text, start, end)) < 3:
        return None
    speaker = Block(m.start("spk"), m.end("spk"))
    return FoundQuote(start, end, QuoteKind.INDIRECT, None, speaker, None, True)


def find_quotes(text: str, paragraphs: Sequence[Block], headline: Block | None = None) -> list[FoundQuote]:
    """Every quote in the headline and the paragraphs, in text order.

    The Russian and the English rules run together: each is written in its own words, so one
    language's rules do not fire on the other's text.
    """
    out: list[FoundQuote] = []
    if headline is not None:
        found = _headline_quote(text, headline)
        if found is not None:
            out.append(found)
    last: list[FoundQuote] = []  # the quotes of the paragraph before
    for index, block in enumerate(paragraphs):
        para = _Paragraph(text, block, index, paragraphs[index - 1] if index else None)
        para.direct()
        para.indirect()
        # a quote given to the paragraph before (``Об этом сообщил X``) that one already has
        para.quotes = [
            q
            for q in para.quotes
            if q.start >= block.start or not any(p.start < q.end and q.start < p.end for p in last)
        ]
        before = last + para.quotes
        previous = max(before, key=lambda q: q.start) if before else None
        para.standalone(previous if previous is not None and previous.speaker is not None else None)
        last = sorted(para.quotes, key=lambda q: q.start)
        out.extend(last)
    if any(b.start < a.start for a, b in itertools.pairwise(out)):
        out.sort(key=lambda q: q.start)  # one given to the paragraph before
    return out
