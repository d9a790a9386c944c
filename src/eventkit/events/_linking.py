"""One event per real event: mentions joined across the article, then built and coded.

A mention joins the latest earlier event of the same family (any visit with any visit; talks
with a meeting; a bare ceremony with an opening or signing nearby) unless something they say
conflicts (different visitors or participants, dates that do not overlap, a different object
opened, a different status both stated outright). A bare reference joins the event its status
and place in the text point to. A mention inside direct speech only adds evidence to an event
already found, unless it plainly announces a meeting. Parents come from frames, or from the
visit that talks or a signing directly follow.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import re
from collections.abc import Iterator

from ..codes import codes_for
from ..lexicon import table
from ..model import (
    Article,
    DateRange,
    Event,
    EventKind,
    EventStatus,
    Mention,
    Part,
    PartialDate,
    Participant,
    Span,
    VenueKind,
)
from ..text import dateline_venue
from ._mentions import (
    _ARRIVAL,
    BILATERAL,
    GATHERINGS,
    GUEST,
    SPECIFIC_PARTS,
    ArticleContext,
    Draft,
    EventMention,
    each_apart,
    finer,
    same_family,
    sentence_mentions,
)
from ._sentences import Sentence, sentences
from ._triggers import VISITS

__all__ = ["link_events"]


def link_events(article: Article) -> tuple[Event, ...]:
    """The article's events, in the order the text first speaks of them."""
    ctx = ArticleContext(article)
    mentions: list[EventMention] = []
    found = sentences(article)
    for sentence in found:
        mentions.extend(sentence_mentions(ctx, sentence))
    persons = frozenset(p.id for p in article.persons)
    _guests(mentions, persons)
    countries = {v.id: v.country for v in article.venues if v.country}
    titles = {p.id: tuple(r.title.lower() for r in p.roles) for p in article.persons}
    events = _join(mentions, persons, countries, article.published, titles, article.language == "en")
    attending = _attending(ctx, mentions, events, found)
    for event, people in _chairing(ctx, mentions, events, found).items():
        attending.setdefault(event, []).extend(people)
    if article.language == "ru":
        held = {id(m.parent.event) for m in mentions if m.parent is not None and m.parent.event is not None}
        events = [e for e in events if not _nobody_travels(e, attending, held)]
    return _build(ctx, events, attending)


def _nobody_travels(event: Draft, attending: dict[int, list[str]], held: set[int]) -> bool:
    """Whether a Russian visit is spoken of only by verbs of travelling whose clauses name no one who
    travels (``Военнослужащие прибыли в республику``, ``Предки X приехали в США``): people at
    large moving about, no visit of anyone's, unless an event is held within it or the words
    before the verb name an office or a delegation (``Министр посетил завод``, ``Деловая миссия
    побывала во Вьетнаме``)."""
    return (
        event.kind is EventKind.VISIT
        and id(event) not in held
        and not attending.get(id(event))
        and all(
            m.verb and len(m.evidence) == 1 and not m.participants and not m.group and not m.office
            for m in event.mentions
        )
    )


def _guests(mentions: list[EventMention], persons: frozenset[str]) -> None:
    """``The guest also met ...``: the visitor of a visit or a reception said to have taken place
    (``arrived on an official visit``, ``was received by``) named last before it; no one where
    there is none."""
    visitors = sorted(
        (at, entity)
        for m in mentions
        if EventStatus.OCCURRED in m.stated()
        for entity, part, at in m.participants
        if part is Part.VISITOR and entity in persons
    )
    starts = [at for at, _ in visitors]
    for mention in mentions:
        if not any(e == GUEST for e, _, _ in mention.participants):
            continue
        resolved = []
        for entity, part, at in mention.participants:
            if entity == GUEST:
                k = bisect.bisect_left(starts, at) - 1
                if k < 0:
                    continue
                entity = visitors[k][1]
            resolved.append((entity, part, at))
        mention.participants = resolved


# "Tokayev is expected to attend.", "confirmed that he would attend,": the verb with nothing after
# it, from the ``word_lists`` table, and the words between it and the one who attends
_ATTEND_VERB = re.compile(
    r"(?<![\w])(?:" + table("word_lists").pattern(list="attend_verb", lang="en") + r")"
    r"(?=\s*[.,;:!?\"\u201d\u00bb])",
    re.IGNORECASE,
)
_ATTEND_LEAD = re.compile(
    r"(?:\s+(?:" + table("word_lists").pattern(list="attend_lead", lang="en") + r"))*\s+$",
    re.IGNORECASE,
)
_ATTENDED = GATHERINGS | {EventKind.CEREMONY, EventKind.OPENING}
_ATTEND_REACH = 120  # how far back from the verb its subject may end (past the words between)
# "В нем также приняли участие ...": who takes part in the event the sentence before spoke of
_TAKING_PART_IN_IT = re.compile(
    r"(?<![\w])в\s+(?:нем|нём|ней|них)\s+(?:также\s+|тоже\s+)?"
    r"(?:(?:принял\w*|примет|примут|принима\w+)\s+(?:также\s+)?участие|участвова\w+|участву\w+)(?![\w])",
    re.IGNORECASE,
)
# "Российскую часть комиссии возглавляет ..., азербайджанскую — ...", "Ее сопредседатели - ...":
# who heads a body or a side
_CHAIR_WORD = re.compile(
    r"(?<![\w])(?:"
    + "|".join(
        sorted(
            table("word_lists").words(list="chair_verb", lang="ru")
            | table("word_lists").words(list="chair_noun", lang="ru")
        )
    )
    + r")(?![\w])",
    re.IGNORECASE,
)


def _attending(
    ctx: ArticleContext, mentions: list[EventMention], events: list[Draft], found: list[Sentence]
) -> dict[int, list[str]]:
    """Who attends a gathering named by a bare verb: ``The summit is due on Monday. Tokayev is
    expected to attend.`` The person (or pronoun) right before the verb takes part in the event
    spoken of last before it, when that is a gathering or a ceremony named in the verb's
    sentence or the one before (one named only in quoted words is the event of that kind
    named by the same word elsewhere: ``"... the invitation to the Forum and he would attend"``)."""
    out: dict[int, list[str]] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    keys = [m.start for m in ordered]
    sentence_starts = [s.start for s in found]
    for verb in _ATTEND_VERB.finditer(ctx.text):
        k = bisect.bisect_right(sentence_starts, verb.start()) - 1
        if k < 0:
            continue
        sentence = found[k]
        lead = _ATTEND_LEAD.search(ctx.text, max(sentence.start, verb.start() - _ATTEND_REACH), verb.start())
        if lead is None:
            continue
        end = lead.start()
        subject = [r for r in ctx.refs.within(sentence.start, end, "person") if r.end == end]
        subject += [r for r in ctx.pronouns(sentence.start, end, sentence.paragraph) if r.end == end]
        i = bisect.bisect_left(keys, verb.start()) - 1
        earliest = found[k - 1].start if k > 0 else sentence.start
        if not subject or i < 0 or ordered[i].kind not in _ATTENDED or ordered[i].start < earliest:
            continue
        event = ordered[i].event or _same_named(ctx.text, ordered[i], events)
        if event is not None:
            out.setdefault(id(event), []).append(subject[0].entity)
    return out


def _chairing(
    ctx: ArticleContext, mentions: list[EventMention], events: list[Draft], found: list[Sentence]
) -> dict[int, list[str]]:
    """Who leads a session, said in the next sentence: ``Заседание комиссии пройдет в Баку 10
    июня. Российскую часть комиссии возглавляет Оверчук, азербайджанскую — Мустафаев.``, ``Ее
    сопредседатели - ...``, or at the start of the next paragraph (``Кыргызскую делегацию
    возглавил ...``). The persons of a sentence with a word of heading (the ``chair_verb`` and
    ``chair_noun`` word lists) and no event of its own take part in the session the sentence
    before speaks of last; they stand in for the persons a group in the session's words was read
    as (``заседание комиссии по подготовке встреч глав правительств``). So too the persons of a
    sentence of taking part in it (``В нем также приняли участие ...``), whatever the event."""
    out: dict[int, list[str]] = {}
    starts = sorted(m.start for m in mentions)
    for k in range(1, len(found)):
        sentence, before = found[k], found[k - 1]
        if before.paragraph < 0 or sentence.paragraph - before.paragraph > 1:
            continue
        taking_part = _TAKING_PART_IN_IT.search(ctx.text, sentence.start, sentence.end) is not None
        if not taking_part and not _CHAIR_WORD.search(ctx.text, sentence.start, sentence.end):
            continue
        if bisect.bisect_left(starts, sentence.start) != bisect.bisect_left(starts, sentence.end):
            continue  # the sentence speaks of an event of its own
        earlier = [m for m in mentions if before.start <= m.start < sentence.start]
        if not earlier:
            continue
        last = max(earlier, key=lambda m: m.start)
        event = last.event or _same_named(ctx.text, last, events)
        if (last.kind is not EventKind.SESSION and not taking_part) or event is None:
            continue
        people = [r.entity for r in ctx.refs.within(sentence.start, sentence.end, "person")]
        if not people:
            continue
        for mention in event.mentions:
            if mention.group:
                mention.participants = [p for p in mention.participants if p[0] not in mention.taken]
        out.setdefault(id(event), []).extend(people)
    return out


def _same_named(text: str, mention: EventMention, events: list[Draft]) -> Draft | None:
    """The event of the mention's kind that another mention names by the same words."""
    words = {text[a:b].casefold() for a, b in mention.evidence}
    return next(
        (
            e
            for e in events
            if e.kind is mention.kind
            and any(text[a:b].casefold() in words for m in e.mentions for a, b in m.evidence)
        ),
        None,
    )


# ------------------------------------------------------------------- across the article


LOOKBACK = 64
"""How many of the latest events of its family a mention is compared with (and how many of the
latest events ``the two leaders`` may point to): an article speaks of far fewer, and a text
of any length is linked in linear time."""


def _family(kind: EventKind) -> str:
    """Kinds that :func:`same_family` may join share one family here."""
    if kind in VISITS:
        return "visit"
    if kind in (EventKind.TALKS, EventKind.MEETING):
        return "talks"
    if kind in (EventKind.CEREMONY, EventKind.OPENING, EventKind.SIGNING):
        return "ceremony"
    return kind.value


def _join(
    mentions: list[EventMention],
    persons: frozenset[str],
    countries: dict[str, str],
    published: PartialDate | None,
    titles: dict[str, tuple[str, ...]],
    english: bool = False,
) -> list[Draft]:
    events: list[Draft] = []
    families: dict[str, list[Draft]] = {}  # the events of each family, in the order they began
    recent: dict[int, Draft] = {}  # the events by their latest mention, latest last

    def add(target: Draft, mention: EventMention) -> None:
        target.add(mention)
        mention.event = target
        recent.pop(id(target), None)
        recent[id(target)] = target

    queue = sorted(mentions, key=lambda m: m.start)
    k = 0
    while k < len(queue):
        mention = queue[k]
        k += 1
        if mention.invited_only and mention.dates is None:
            continue  # (an invitation to visit at a time of its own is a visit to come)
        # (a visitor named with the trigger keeps the group out: "the parties discussed the visit of X")
        named = any(
            e in persons and (at < mention.start or p is Part.VISITOR) for e, p, at in mention.participants
        )
        if mention.group and not named:
            latest_events = list(itertools.islice(reversed(recent.values()), LOOKBACK))
            _take_group(mention, latest_events, persons, titles)
            # "each had held a separate meeting with X": one event for each of the group
            mention, *others = each_apart(mention, persons)
            queue[k:k] = others
        family = families.setdefault(_family(mention.kind), [])
        latest = family[: -LOOKBACK - 1 : -1]
        fresh = mention.fresh and not (mention.regular and EventStatus.OCCURRED in mention.stated())
        fitting = (
            [] if fresh else [e for e in latest if _fits(e, mention, countries, persons, published, english)]
        )
        target = fitting[0] if fitting else None
        if fitting and (mention.anaphoric or (mention.definite and mention.kind is EventKind.CEREMONY)):
            target = _antecedent(fitting, mention)  # "X said at the ceremony": the one X took part in
        referring = mention.definite or mention.anaphoric
        if english and mention.kind is EventKind.MEETING and referring and not named:
            # "co-chaired the fourth meeting of the commission. Following the meeting, ...": the
            # meeting spoken of last is that session
            last = next(reversed(recent.values()), None)
            if last is not None and last.kind is EventKind.SESSION:
                target = last
        if target is None and mention.anaphoric and mention.kind in (EventKind.TALKS, EventKind.MEETING):
            # "провел переговоры по видеосвязи ... В ходе переговоров обсуждалась ...": with no
            # talks or meeting before it, the call
            calls = families.get(_family(EventKind.PHONE_CALL), [])
            if calls:
                target = calls[-1]
        if (
            target is None
            and mention.kind is EventKind.SUMMIT
            and mention.dates is None
            and not mention.named
        ):
            target = _summit_visit(families.get("visit", [])[: -LOOKBACK - 1 : -1], bool(family), mention)
            if target is not None:
                add(target, mention)
                continue
        if target is None:
            if mention.quoted and not mention.spoken:
                continue
            if mention.demonstrative:
                continue  # "об этой встрече" with no meeting told before: told in other words
            target = Draft(mention.kind)
            events.append(target)
            family.append(target)
        else:
            target.kind = finer(target.kind, mention.kind)
            if target.kind in VISITS and mention.kind in VISITS:
                known = target.direct_status()
                mention.leg = _leg(target, mention, mention.stated(), known, published, countries)
        add(target, mention)
    return events


def _take_group(
    mention: EventMention, latest: list[Draft], persons: frozenset[str], titles: dict[str, tuple[str, ...]]
) -> None:
    """``the two leaders``, ``лидеры``: the persons of the latest event with two or more, else
    the last two persons named before. A group that names a title (``the two presidents``) is
    first the persons holding it of the latest event with two of them."""
    part = SPECIFIC_PARTS.get(mention.kind, Part.PARTICIPANT)
    office = mention.group_office or (mention.group_title,)

    def holds(person: str) -> bool:
        return any(
            all(any(w.startswith(o) for w in t.split()) for o in office) for t in titles.get(person, ())
        )

    def others(names: tuple[str, ...] | list[str]) -> bool:
        """Whether the persons are plainly not the group's: all of known titles, none of its office
        ("the ministers" after a meeting of a commissioner and a president), or an office with
        modifiers that no one of the text holds ("their energy ministers", "deputy foreign ministers")."""
        return bool(mention.group_office) and (
            all(titles.get(e) and not holds(e) for e in names)
            or (len(office) > 1 and not any(holds(e) for e in titles))
        )

    if mention.group_title:
        for event in latest:
            names = [e for e in event.named_before(persons, mention.start) if holds(e)]
            if len(names) >= 2:
                mention.participants += [(e, part, mention.start) for e in names]
                mention.taken = tuple(names)
                return
    for event in latest:
        names = event.named_before(persons, mention.start)
        if len(names) >= 2:
            if others(names):
                return
            mention.participants += [(e, part, mention.start) for e in names]
            mention.taken = tuple(names)
            return
    if others(mention.named_last):
        return
    mention.participants += [(e, part, mention.start) for e in mention.named_last]
    mention.taken = mention.named_last


def _antecedent(fitting: list[Draft], mention: EventMention) -> Draft:
    """Which event a bare reference (``the visit``, ``По итогам переговоров``) points to.

    One whose stated status agrees with what the reference implies (``the agenda of the
    visit``: a visit to come; ``по итогам переговоров``: talks held), then one with a person
    named in the reference's clause (``Putin told reporters after the meeting``), then one
    spoken of in this or the previous paragraph, then the one the article speaks of most, then the latest.
    """
    implied = {s for _, s, _ in mention.statuses}
    order = {id(e): i for i, e in enumerate(fitting)}  # latest first

    def rank(event: Draft) -> tuple[bool, bool, bool, int, int]:
        stated = event.direct_status()
        agrees = not implied or not stated or bool(stated & implied)
        shares = bool(mention.near & event.people())
        near = mention.paragraph - event.paragraph <= 1
        return (agrees, shares, near, len(event.mentions), -order[id(event)])

    return max(fitting, key=rank)


def _summit_visit(latest_visits: list[Draft], summits: bool, mention: EventMention) -> Draft | None:
    """The visit an unnamed summit is (``Modi arrives in Moscow for annual summit``).

    A summit with no name and no date of its own (not ``саммит ШОС``, ``G7 summit``), where
    the article has no summit but a visit by the same people to the same place, is the
    leaders' meeting of that visit. Of several visits, one whose stated status agrees with
    the mention's, then the one spoken of most.
    """
    if mention.planned is not None:
        return None
    people = {e for e, _, _ in mention.participants}
    venue = mention.venue[1] if mention.venue is not None else None
    stated = mention.stated()
    visits = [
        e
        for e in latest_visits
        if e.kind in VISITS
        and EventStatus.CANCELLED not in e.direct_status()
        and people <= e.people()
        and venue in (None, e.venue())
        and stated <= e.direct_status()
    ]
    if not visits or summits:
        return None
    implied = {s for _, s, _ in mention.statuses}
    return max(visits, key=lambda e: (not (e.direct_status() - implied), len(e.mentions)))


_EARLIER_DAYS = 31  # how long before publication talks or a meeting is another occasion than the news'
_FIRST_DAY_REACH = 14  # how many days before an event's dated day its first day may be


def _fits(
    event: Draft,
    mention: EventMention,
    countries: dict[str, str],
    persons: frozenset[str] = frozenset(),
    published: PartialDate | None = None,
    english: bool = False,
) -> bool:
    """Whether ``mention`` can speak of ``event``: same family, and nothing in conflict.

    ``countries`` gives the venues' countries: visits to two countries are two visits.
    Talks, meetings and calls between two pairs of ``persons`` that do not hold one another
    (``talks with Xi``, then ``a video call with Merz``) are two events. An event still to come
    is not one dated before ``published`` (``will meet`` after ``a meeting last month``). In
    ``english``, talks or a meeting dated a month or more before ``published`` are not undated
    ones spoken of before (``He and Erdogan last met in Astana in May``: not the talks of the news).
    """
    if not same_family(event.kind, mention.kind):
        return False
    if (mention.of_body and event.kind is EventKind.TALKS) or (
        mention.kind is EventKind.TALKS and event.of_body
    ):
        return False  # talks, then "attended a meeting of the Council of Foreign Ministers"
    if (mention.of_body and event.people(_HOST)) or (
        any(p is Part.HOST for _, p, _ in mention.participants) and event.of_body
    ):
        return False  # "was received by the President", then "a meeting of the Council of ..."
    ceremony = EventKind.CEREMONY in (event.kind, mention.kind) and event.kind is not mention.kind
    if ceremony and (mention.welcome or any(m.welcome for m in event.mentions)):
        return False  # "held a welcome ceremony for X ... witnessed the signing": two events
    if ceremony and mention.paragraph - event.paragraph > 2:
        return False
    if mention.anaphoric:
        return True
    dates = event.dates()
    if (
        english
        and dates is None
        and published is not None
        and mention.dates is not None
        and mention.kind in BILATERAL
        and (mention.dates.end.latest() - published.earliest()).days < -_EARLIER_DAYS
    ):
        return False
    stated = mention.stated()
    known = event.direct_status()
    leg = _leg(event, mention, stated, known, published, countries)
    # "The visit will end on Saturday": the last day of a visit that began lately
    recent = _around(published, 14) if mention.closes and published is not None else None
    ends_later = (
        recent is not None
        and dates is not None
        and mention.dates is not None
        and recent.start.earliest() <= dates.end.latest()
        and dates.start.earliest() <= mention.dates.end.latest()
    )
    # "В пятницу, в первый день форума": the first day of an event dated up to two weeks later
    begins_earlier = (
        mention.opens
        and dates is not None
        and mention.dates is not None
        and mention.dates.start.earliest() <= dates.end.latest()
        and (dates.start.earliest() - mention.dates.start.earliest()).days <= _FIRST_DAY_REACH
    )
    if (
        not leg
        and not ends_later
        and not begins_earlier
        and dates is not None
        and mention.dates is not None
        and not _overlap(dates, mention.dates)
    ):
        return False  # (a leg before a visit's last day, the one day it is dated by, is in it)
    if (
        published is not None
        and not leg  # "находится с рабочим визитом ... В среду гость посетит Казань": a leg of it
        and (
            (_past(dates, published) and EventStatus.SCHEDULED in mention.stated())
            or (_past(mention.dates, published) and EventStatus.SCHEDULED in event.direct_status())
            or (
                _ahead(mention.dates, published)
                and EventStatus.SCHEDULED in mention.stated()
                and event.said_status() == {EventStatus.OCCURRED}
            )
        )
    ):
        return False  # "по итогам переговоров" (held), then "в четверг его примет президент" (to come)
    if event.kind in VISITS:
        theirs = event.people(_VISITOR)
        ours = {e for e, p, _ in mention.participants if p is Part.VISITOR}
    else:
        theirs = event.people()
        ours = {e for e, _, _ in mention.participants}
    if event.kind in VISITS and mention.titled and theirs and not ours:
        return False  # "визит Председателя Лаоса" is not the visit of the minister named before
    if theirs & persons or ours & persons:
        theirs, ours = theirs & persons, ours & persons  # bodies conflict only where no one is named
    if ceremony and mention.definite and mention.kind is EventKind.CEREMONY:
        theirs = set()  # "opened a plant ... X attended the ceremony": who attends it takes part too
    # (but "told the summit, which was chaired by X" is the gathering spoken of, whoever it names)
    if theirs and ours and not theirs & ours and not (mention.definite and event.kind in GATHERINGS):
        return False
    if mention.group_office and not mention.taken and theirs:
        return False  # "deputy foreign ministers of the two countries met": not the ministers' meeting
    if ours and not theirs and event.office_groups_only:
        return False  # "their energy ministers would meet", then talks of the leaders
    if event.kind in BILATERAL and not _one_circle(theirs & persons, ours & persons):
        return False
    if event.kind in VISITS and _elsewhere(event.destination(), mention, countries):
        return False
    venue = event.object_venue()
    if venue is not None and mention.object_venue is not None and venue != mention.object_venue:
        return False
    plain = {EventStatus.SCHEDULED, EventStatus.OCCURRED}
    if leg or ends_later:
        return True
    return not (stated <= plain and known <= plain and len(stated | known) > 1)


def _leg(
    event: Draft,
    mention: EventMention,
    stated: set[EventStatus],
    known: set[EventStatus],
    published: PartialDate | None,
    countries: dict[str, str],
) -> bool:
    """Whether a trip to come is a leg of a visit being held: ``began a two-day state visit ...
    Stubb is due to ... travel to Almaty`` (within the visit's days, or undated). A visit held
    with no days of its own (``находящейся в Казахстане с визитом``), or with its last day only
    (``продлится до 7 ноября``), holds a trip of the next few days to a place in the same
    country (``Завтра парламентарии отправятся в Алматы``), up to that last day. A visit to come
    of several days holds a trip to come within its days to a place in its country (``will be in
    Russia on an official visit from December 23 to 26 ... will visit St. Petersburg on
    Saturday``)."""
    if not (
        event.kind in VISITS
        and mention.kind in VISITS
        and stated == {EventStatus.SCHEDULED}
        and published is not None
    ):
        return False
    dates = event.dates()
    if known == {EventStatus.SCHEDULED}:
        return _leg_to_come(event, mention, dates, countries)
    if known != {EventStatus.OCCURRED}:
        return False
    if dates is not None and dates.start != dates.end:
        return dates.end.latest() >= published.earliest() and (
            mention.dates is None or _within(mention.dates, dates)
        )
    destination = event.destination() or event.venue()
    place = mention.venue[1] if mention.venue is not None and mention.venue[0] >= 3 else None
    country = countries.get(destination or "")
    # (a place of no known country, a region the gazetteer does not place, may be in it too)
    if mention.dates is None or country is None or place is None or countries.get(place, country) != country:
        return False
    if dates is None or _dated_by_arrival(event):  # (or arrived that day: still there)
        last = published.latest() + _dt.timedelta(days=_LEG_DAYS)
    else:
        last = dates.end.latest()
    if last < published.earliest():
        return False
    return published.earliest() <= mention.dates.start.earliest() and mention.dates.end.latest() <= last


_LEG_DAYS = 3  # how far after publication a trip may be a leg of a visit held with no days of its own


def _leg_to_come(
    event: Draft, mention: EventMention, dates: DateRange | None, countries: dict[str, str]
) -> bool:
    """Whether a trip to come is a leg of a visit to come: within its days (both dated, the
    visit over several), to a place in the visit's country."""
    if dates is None or dates.start == dates.end or mention.dates is None:
        return False
    if not _within(mention.dates, dates):
        return False
    country = countries.get(event.destination() or event.venue() or "")
    place = mention.venue[1] if mention.venue is not None else None
    return country is not None and place is not None and countries.get(place) == country


def _within(inner: DateRange, outer: DateRange) -> bool:
    return outer.start.earliest() <= inner.start.earliest() and inner.end.latest() <= outer.end.latest()


_VISITOR = frozenset({Part.VISITOR})
_HOST = frozenset({Part.HOST})


def _one_circle(theirs: set[str], ours: set[str]) -> bool:
    """Whether two groups of two or more persons may be at one event: one holds the other."""
    return len(theirs) < 2 or len(ours) < 2 or theirs <= ours or ours <= theirs


def _elsewhere(destination: str | None, mention: EventMention, countries: dict[str, str]) -> bool:
    """Whether a visit mention goes to another country than the visit (``will visit France``,
    ``is on a state visit to Japan``)."""
    if destination is None or mention.venue is None or mention.venue[0] < 3:
        return False
    a, b = countries.get(destination), countries.get(mention.venue[1])
    return a is not None and b is not None and a != b


def _past(dates: DateRange | None, published: PartialDate) -> bool:
    """Whether ``dates`` end before the day of publication."""
    return dates is not None and dates.end.latest() < published.earliest()


def _ahead(dates: DateRange | None, published: PartialDate) -> bool:
    """Whether ``dates`` begin after the day of publication."""
    return dates is not None and dates.start.earliest() > published.latest()


def _overlap(a: DateRange, b: DateRange) -> bool:
    return a.start.earliest() <= b.end.latest() and b.start.earliest() <= a.end.latest()


# ------------------------------------------------------------------------ building


_PARTS_OF_VISITS = frozenset(
    {
        EventKind.TALKS,
        EventKind.MEETING,
        EventKind.SIGNING,
        EventKind.CEREMONY,
        EventKind.OPENING,
        EventKind.SESSION,
    }
)


_HOLDERS = VISITS | {EventKind.SUMMIT, EventKind.FORUM}
"""The events that hold talks, meetings and signings spoken of right after them."""


def _visit_holding(
    event: Draft,
    previous: Draft | None,
    statuses: dict[int, EventStatus],
    published: PartialDate | None,
    parent_of: dict[int, Draft],
    persons: frozenset[str],
    arrived: frozenset[int],
) -> Draft | None:
    """The visit, summit or forum that talks, a meeting, a signing or a ceremony is most likely
    part of; and the visit a forum is part of (``During the visit, ... and address a business
    forum``, ``Гость также примет участие в бизнес-форуме``).

    The visit (summit, forum) spoken of just before it (nothing but the visit's own parts in between), held
    or to come, whose dates hold the event's (an undated event fits any visit; a dated one
    fits an undated visit only within two weeks of publication: the visit the news is about),
    and whose visitor takes part (or no one is named).
    """
    part = event.kind in _PARTS_OF_VISITS or event.kind is EventKind.FORUM
    if not part or previous is None:
        return None
    dates = event.dates()
    people = event.people() & persons if persons else event.people()
    visit: Draft | None = previous
    seen: set[int] = set()
    while visit is not None and visit.kind not in _HOLDERS and id(visit) not in seen:
        seen.add(id(visit))  # a part of a part (talks on a meeting's sidelines): the visit holding both
        visit = parent_of.get(id(visit))
    if visit is not None and visit.kind in _HOLDERS:
        if event.kind is EventKind.FORUM and visit.kind not in VISITS:
            return None  # a forum within a visit (a business forum), not within another gathering
        if statuses[id(visit)] not in (EventStatus.OCCURRED, EventStatus.SCHEDULED):
            return None
        if statuses[id(visit)] is EventStatus.SCHEDULED and statuses[id(event)] is EventStatus.OCCURRED:
            return None  # what has happened is no part of a visit still to come
        span = _held_span(visit, statuses[id(visit)], published, id(visit) in arrived)
        if dates is not None and (span is None or not _overlap(dates, span)):
            return None
        visitors = visit.people(_VISITOR)
        other = people and visitors and not people & visitors and not _alone(event, people)
        if visit.kind in VISITS and other:
            return None
        return visit
    return None


def _alone(event: Draft, people: set[str] | frozenset[str]) -> bool:
    """Talks, a meeting or a call with one person named (``Запланированы переговоры с президентом
    Туркменистана``, ``гости провели переговоры с председателем сената``): within a visit, the
    visitor is the other side."""
    return event.kind in BILATERAL and len(people) == 1


def _held_span(
    visit: Draft, status: EventStatus, published: PartialDate | None, arrival: bool
) -> DateRange | None:
    """The days a holder may hold its parts on: its own dates; undated, the two weeks either side
    of publication (the visit the news is about); being held but dated only after publication
    (``продлится до 7 ноября``, ``завершится в четверг``: its end), from two weeks before."""
    span = visit.dates()
    if published is None:
        return span
    if span is None:
        return _around(published, 14)
    if status is EventStatus.OCCURRED and span.start.earliest() > published.latest():
        before = _around(published, 14)
        if before is not None:
            return DateRange(start=before.start, end=span.end)
    if arrival and status is EventStatus.OCCURRED:  # arrived that day, and still there
        after = _around(published, 14)
        if after is not None:
            return DateRange(start=span.start, end=after.end)
    return span


def _visit_being_held(
    events: list[Draft],
    statuses: dict[int, EventStatus],
    published: PartialDate | None,
    arrived: frozenset[int],
) -> tuple[Draft, DateRange | None] | None:
    """The article's one visit being held (its visitor named, its days holding the day of
    publication) and the days it may hold its parts on; ``None`` when there is none or several."""
    held = [
        e
        for e in events
        if e.kind in VISITS and statuses[id(e)] is EventStatus.OCCURRED and e.people(_VISITOR)
    ]
    spans = [(e, _held_span(e, EventStatus.OCCURRED, published, id(e) in arrived)) for e in held]
    spans = [(e, span) for e, span in spans if _covers_publication(span, published)]
    return spans[0] if len(spans) == 1 else None


def _visit_under_way(
    event: Draft,
    under_way: tuple[Draft, DateRange | None] | None,
    statuses: dict[int, EventStatus],
    persons: frozenset[str],
) -> Draft | None:
    """The visit being held that talks, a meeting, a signing or an opening spoken of apart from it
    is part of (``подписали в среду соглашение ... . Мишустин находится в Казахстане с
    официальным визитом``): the article's one visit being held (``under_way``), whose visitor
    takes part (or no one is named), and whose days hold the event's; an undated event only
    where the visit is spoken of in its paragraph."""
    if (
        under_way is None
        or event.kind not in _PARTS_OF_VISITS
        or statuses[id(event)]
        not in (
            EventStatus.OCCURRED,
            EventStatus.SCHEDULED,
        )
    ):
        return None
    visit, span = under_way
    people = event.people() & persons if persons else event.people()
    if people and not people & visit.people(_VISITOR) and not _alone(event, people):
        return None
    dates = event.dates()
    if dates is None:
        paragraphs = {m.paragraph + d for m in visit.mentions for d in (-1, 0, 1)}
        return visit if any(m.paragraph in paragraphs for m in event.mentions) else None
    return visit if span is not None and _overlap(dates, span) else None


def _covers_publication(span: DateRange | None, published: PartialDate | None) -> bool:
    """Whether ``span`` holds the day of publication (the visit the news is about)."""
    return (
        span is not None
        and published is not None
        and _overlap(span, DateRange(start=published, end=published))
    )


def _event_ids(article: Article) -> Iterator[str]:
    """``e1``, ``e2`` ...; skipping any id the article already gives a person, body, venue or quote."""
    taken = {
        x.id
        for group in (article.persons, article.organizations, article.venues, article.quotes)
        for x in group
    }
    n = 0
    while True:
        n += 1
        if f"e{n}" not in taken:
            yield f"e{n}"


def _around(date: PartialDate, days: int) -> DateRange | None:
    """The days from ``days`` before ``date`` to ``days`` after it (``None`` off the calendar)."""
    near = _dt.timedelta(days=days)
    try:
        return DateRange(
            start=PartialDate.from_date(date.earliest() - near),
            end=PartialDate.from_date(date.latest() + near),
        )
    except (OverflowError, ValueError):
        return None


def _build(ctx: ArticleContext, events: list[Draft], attending: dict[int, list[str]]) -> tuple[Event, ...]:
    ids = dict(zip((id(e) for e in events), _event_ids(ctx.article), strict=False))
    statuses: dict[int, EventStatus] = {}
    for n, e in enumerate(events):
        status = _status(e, ctx.article.published)
        if status is None:
            # nothing says: the part of a visit or summit spoken of just before takes its status
            # ("travels to Astana on Thursday for a meeting"), else it has happened
            # ("В программе визита ... заседание": the visit its words put it in, before)
            previous = events[n - 1] if n else None
            held = previous is not None and previous.kind in _HOLDERS and e.kind in _PARTS_OF_VISITS
            framed = [
                statuses[id(m.parent.event)]
                for m in e.mentions
                if m.parent is not None and m.parent.event is not None and id(m.parent.event) in statuses
            ]
            if framed:
                status = framed[0]
            else:
                status = statuses[id(previous)] if held and previous is not None else EventStatus.OCCURRED
        statuses[id(e)] = status
    parents: dict[str, str | None] = {}
    parent_of: dict[int, Draft] = {}
    persons = frozenset(p.id for p in ctx.article.persons)
    # "who arrived in Tashkent on Wednesday on an official visit": that day is the visit's first only
    arrived = frozenset(id(e) for e in events if _dated_by_arrival(e))
    under_way = _visit_being_held(events, statuses, ctx.article.published, arrived)
    for n, event in enumerate(events):
        parent = next(
            (
                m.parent.event
                for m in event.mentions
                if m.parent is not None and m.parent.event is not None and m.parent.event is not event
            ),
            None,
        )
        if parent is None:
            # "По итогам переговоров подписан меморандум": in the visit that holds those talks;
            # after a meeting that is a session ("Following the meeting"): signed at that session
            parent = next(
                (
                    m.outcome_of.event
                    if m.outcome_of.event.kind in GATHERINGS
                    else parent_of[id(m.outcome_of.event)]
                    for m in event.mentions
                    if m.outcome_of is not None
                    and m.outcome_of.event is not None
                    and m.outcome_of.event is not event
                    and (m.outcome_of.event.kind in GATHERINGS or id(m.outcome_of.event) in parent_of)
                    and parent_of.get(id(m.outcome_of.event)) is not event
                ),
                None,
            )
        if parent is None:
            parent = _sidelines_of(event, events[:n])
        if parent is None:
            previous = events[n - 1] if n else None
            parent = _visit_holding(
                event, previous, statuses, ctx.article.published, parent_of, persons, arrived
            )
        if parent is None:
            parent = _visit_under_way(event, under_way, statuses, persons)
        if parent is not None:
            parent_of[id(event)] = parent
        parents[ids[id(event)]] = ids[id(parent)] if parent is not None else None
    # An event whose chain of parents runs into a loop loses its parent. A chain known to end
    # is not followed again (cutting a parent never makes a chain that ended run into a loop).
    ends: set[str] = set()
    for key in list(parents):
        seen = {key}
        walked = [key]
        current = parents[key]
        while current is not None and current not in ends:
            if current in seen:
                parents[key] = None
                walked = [key]
                break
            seen.add(current)
            walked.append(current)
            current = parents[current]
        if current is None or current in ends or parents[key] is None:
            ends.update(walked)
    kinds = {v.id: v.kind for v in ctx.article.venues}
    country_venue = {v.country: v.id for v in ctx.article.venues if v.kind is VenueKind.COUNTRY and v.country}
    # a city's country, where the article names it too: where a visit held in the city goes
    country_of = (
        {
            v.id: country_venue[v.country]
            for v in ctx.article.venues
            if v.kind is VenueKind.CITY and v.country in country_venue
        }
        if ctx.article.language == "en"
        else {}
    )
    at_dateline = dateline_venue(ctx.article)
    taking_part = {id(e): _participants(e, parent_of.get(id(e)), persons) for e in events}
    for draft, people in attending.items():
        known = {p.entity for p in taking_part[draft]}
        taking_part[draft] += tuple(
            Participant(entity=p, part=Part.PARTICIPANT) for p in dict.fromkeys(people) if p not in known
        )
    by_id = {ids[id(e)]: e for e in events}
    named = {id(e) for e in events if any(p.entity in persons for p in taking_part[id(e)])}
    for event in events:
        holder = by_id.get(parents[ids[id(event)]] or "")
        if (
            holder is not None
            and holder.kind in GATHERINGS
            and not (event.kind is EventKind.SIGNING and id(holder) in named)
            and statuses[id(holder)] is statuses[id(event)]
        ):
            # who meets on the sidelines of a summit, or speaks at a forum's session, is at the summit
            # or forum; a part still to come of a gathering under way says nothing yet of who is there;
            # who signs a paper at a session that names its own persons (its chairs) is no more of it
            known = {p.entity for p in taking_part[id(holder)]}
            taking_part[id(holder)] += tuple(
                Participant(entity=p.entity, part=Part.PARTICIPANT)
                for p in taking_part[id(event)]
                if p.entity in persons and p.entity not in known
            )
    for event in events:
        if event.kind in VISITS:  # "at the invitation of X": X invites, and takes no part in the visit
            inviters = {p for m in event.mentions for p in m.inviters}
            taking_part[id(event)] = tuple(
                p for p in taking_part[id(event)] if not (p.part is Part.HOST and p.entity in inviters)
            )
    dated: dict[int, DateRange | None] = {}
    for e in events:
        held_in = parent_of.get(id(e))
        held_in = None if held_in is not None and id(held_in) in arrived else held_in
        dated[id(e)] = _dates_of(e, held_in, statuses, ctx.article.published)
    # (nor does a visit of several days tell the day of "Earlier in the day")
    stays = {
        id(e) for e in events if e.kind in VISITS and (d := dated[id(e)]) is not None and d.start != d.end
    }
    _same_day(events, {k: None if k in arrived or k in stays else v for k, v in dated.items()}, dated)
    _day_before(events, {k: None if k in arrived or k in stays else v for k, v in dated.items()}, dated)
    held_at = _sidelines_venues(events, ids, parents, statuses, kinds)
    city_of_visit: dict[int, str] = {}  # the city the last part of a visit held was placed in
    held_cities: list[tuple[int, str]] = []  # where each event held placed in a city is spoken of
    out = []
    for event in events:
        eid = ids[id(event)]
        status = statuses[id(event)]
        cameo, plover = codes_for(event.kind, status)
        spans = sorted({s for m in event.mentions for s in m.evidence})
        held_in = parent_of.get(id(event))
        venue = held_at.get(id(event)) or _venue_of(event, kinds, at_dateline, held_in, statuses, country_of)
        if venue is None and status is EventStatus.OCCURRED and _arrival_only(ctx.text, event):
            venue = at_dateline  # "BAKU (Reuters) - ... Sharif, who arrived on Wednesday,": in Baku
        if held_in is not None and held_in.kind in VISITS and statuses[id(held_in)] is EventStatus.OCCURRED:
            if venue is None and at_dateline is None:
                # with no dateline, a part of a visit held that names no place is in the city of
                # the part before it ("В Казани состоялась церемония ... В тот же день ... провели встречу")
                # ("В среду в Бишкеке прошло заседание ... В тот же день министра принял президент"),
                # else of the event held spoken of last before it
                first = min(m.start for m in event.mentions)
                before = [(at, city) for at, city in held_cities if at < first]
                venue = city_of_visit.get(id(held_in)) or (max(before)[1] if before else None)
            if venue is not None and kinds.get(venue) is VenueKind.CITY:
                city_of_visit[id(held_in)] = venue
        if venue is not None and status is EventStatus.OCCURRED and kinds.get(venue) is VenueKind.CITY:
            held_cities += [(m.start, venue) for m in event.mentions]
        out.append(
            Event(
                id=eid,
                kind=event.kind,
                status=status,
                dates=dated[id(event)],
                venue=venue,
                participants=taking_part[id(event)],
                parent=parents[eid],
                cameo=cameo,
                plover=plover,
                evidence=tuple(Mention(text=ctx.text[s:e], span=Span(start=s, end=e)) for s, e in spans),
            )
        )
    return tuple(out)


_SIDELINES_HOLDERS = GATHERINGS | {EventKind.MEETING}


def _sidelines_of(event: Draft, before: list[Draft]) -> Draft | None:
    """The gathering or meeting an event said to be held ``On the sidelines,`` (no gathering named
    with it) is held within: the one of them spoken of last before its sentence."""
    at = next((m.start for m in event.mentions if m.sidelines), None)
    if at is None:
        return None
    spoken = [
        (max(m.start for m in e.mentions if m.start < at), k)
        for k, e in enumerate(before)
        if e.kind in _SIDELINES_HOLDERS and any(m.start < at for m in e.mentions)
    ]
    return before[max(spoken)[1]] if spoken else None


def _arrival_only(text: str, event: Draft) -> bool:
    """Whether a visit is spoken of only by an English verb of arriving (``who arrived on
    Wednesday``), which names no place: the visitor arrived where the dateline puts the news."""
    return event.kind in VISITS and all(
        _ARRIVAL.match(text, a, b) is not None for m in event.mentions for a, b in m.evidence
    )


def _status(event: Draft, published: PartialDate | None) -> EventStatus | None:
    """Stated outright beats dated against publication beats implied by a frame; ``None``
    when nothing tells."""
    signals = sorted((s for m in event.mentions for s in m.statuses), key=lambda s: s[2])
    direct = [s for strength, s, _ in signals if strength == 3]
    turned = [s for s in direct if s in (EventStatus.CANCELLED, EventStatus.POSTPONED)]
    if turned:
        return turned[-1]
    if EventStatus.OCCURRED in direct:
        return EventStatus.OCCURRED
    dates = event.dates()
    if direct and not (direct[0] is EventStatus.SCHEDULED and _under_way(dates, published)):
        return direct[0]
    if direct:
        return EventStatus.OCCURRED  # "визит, начавшийся в среду, продлится до пятницы": being held
    if dates is not None and published is not None:
        if dates.start.earliest() > published.latest():
            return EventStatus.SCHEDULED
        if dates.end.latest() < published.earliest():
            return EventStatus.OCCURRED
    weak = [s for strength, s, _ in signals if strength == 1]
    if weak:
        return weak[0]
    return None


def _dates_of(
    event: Draft, parent: Draft | None, statuses: dict[int, EventStatus], published: PartialDate | None
) -> DateRange | None:
    """The event's own dates; else, held within a parent that was held on one known day
    (``находившийся в понедельник с рабочим визитом, провел там переговоры``), that day. Not
    of a visit to come: its one day may be the day of travel only; nor of one being held whose
    one day comes after publication (``продлится до 7 ноября``): that is its last day only."""
    dates = event.dates()
    if dates is not None or parent is None:
        return dates
    if statuses[id(event)] is not EventStatus.OCCURRED or statuses[id(parent)] is not EventStatus.OCCURRED:
        return None
    held = parent.dates()
    if published is not None and held is not None and held.start.earliest() > published.latest():
        return None
    return held if _one_day(held) else None


def _dated_by_arrival(event: Draft) -> bool:
    """Whether a visit is dated by one day of an English verb of arriving with no length (``who
    arrived in Tashkent on Wednesday on an official visit``): its first day, not its one day."""
    dates = event.dates()
    return (
        event.kind in VISITS
        and dates is not None
        and dates.start == dates.end
        and any(m.arrival and m.dates is not None and m.days is None for m in event.mentions)
    )


def _same_day(
    events: list[Draft], known: dict[int, DateRange | None], dated: dict[int, DateRange | None]
) -> None:
    """An undated event whose sentence opens with ``В тот же день`` takes the day of the dated
    event spoken of last before it, when that one was dated to one day. ``known`` are the dates
    that tell such a day (not an arrival's), ``dated`` those given, filled here."""
    spoken = sorted((m.start, i) for i, e in enumerate(events) for m in e.mentions)
    starts = [at for at, _ in spoken]
    for event in events:
        if dated[id(event)] is not None:
            continue
        at = next((m.start for m in event.mentions if m.same_day), None)
        if at is None:
            continue
        k = bisect.bisect_left(starts, at) - 1
        while k >= 0 and (
            events[spoken[k][1]] is event
            or not _one_day(known[id(events[spoken[k][1]])])
            or _dated_after(events[spoken[k][1]], at)
        ):
            k -= 1  # not itself, nor an undated event between ("X находится в стране с визитом"),
            # nor one whose day only its words after the phrase tell (a visit dated by a later leg)
        if k >= 0:
            dated[id(event)] = known[id(events[spoken[k][1]])]  # (one day: the loop passed any other)


def _day_before(
    events: list[Draft], known: dict[int, DateRange | None], dated: dict[int, DateRange | None]
) -> None:
    """An undated event dated by ``the day before`` takes the day before the day of the article's
    news: that of the event spoken of first that is dated to one day (``known``, not an arrival's),
    not itself."""
    first = min(
        ((min(m.start for m in e.mentions), id(e)) for e in events if _one_day(known[id(e)])),
        default=None,
    )
    if first is None:
        return
    news = known[first[1]]
    assert news is not None
    if news.start.earliest() == _dt.date.min:
        return  # the first day of the calendar has no day before it
    day = news.start.earliest() - _dt.timedelta(days=1)
    for event in events:
        if dated[id(event)] is None and id(event) != first[1] and any(m.day_before for m in event.mentions):
            dated[id(event)] = DateRange.single(PartialDate.from_date(day))


def _one_day(dates: DateRange | None) -> bool:
    """Whether ``dates`` are one known day."""
    return dates is not None and dates.start == dates.end and dates.start.day is not None


def _dated_after(event: Draft, at: int) -> bool:
    """Whether the words that date ``event`` all come after ``at``: ``who is in X on an official
    visit ... Earlier in the day ... On Tuesday, the guests will travel to Y`` tells no day of
    the visit before the phrase."""
    told = [m.start for m in event.mentions if m.dates is not None]
    return bool(told) and min(told) > at


def _under_way(dates: DateRange | None, published: PartialDate | None) -> bool:
    """Whether dated days began before the day of publication and run to it or past it: an
    event being held when the text was written, whatever tense speaks of its remaining days."""
    return (
        dates is not None
        and published is not None
        and dates.start.latest() < published.earliest()
        and dates.end.latest() >= published.earliest()
    )


def _sidelines_venues(
    events: list[Draft],
    ids: dict[int, str],
    parents: dict[str, str | None],
    statuses: dict[int, EventStatus],
    kinds: dict[str, VenueKind],
) -> dict[int, str]:
    """The place of a summit, forum or session that names none of its own: where an event held
    on its sidelines, with its status, is placed by its own words (``встречались в Казани на
    полях саммита``, ``met in Kazan on the sidelines of the summit``)."""
    by_id = {ids[id(e)]: e for e in events}
    held_at: dict[int, str] = {}
    for event in events:
        holder = by_id.get(parents[ids[id(event)]] or "")
        if (
            holder is None
            or holder.kind not in GATHERINGS
            or id(holder) in held_at
            or statuses[id(holder)] is not statuses[id(event)]
            or _venue(holder, kinds) is not None
        ):
            continue
        venue = _venue(event, kinds)
        if venue is not None:
            held_at[id(holder)] = venue
    return held_at


def _venue_of(
    event: Draft,
    kinds: dict[str, VenueKind],
    at_dateline: str | None,
    parent: Draft | None,
    statuses: dict[int, EventStatus],
    country_of: dict[str, str],
) -> str | None:
    """Where the event happens: a call nowhere; else the venue its words give (for a visit only
    placed in a city, not sent to it, the city's country named in the article: ``held talks in
    Ashgabat on Tuesday, the first day of a two-day official visit``), and an event that
    is not a visit (a visit goes elsewhere) with none happens where the dateline says; but a part
    of a visit still to come is where the visit goes (``Токаев посетит Кыргызстан ... В ходе
    визита планируется заседание``), and without a dateline, a part of a summit, forum or
    session is where the gathering is (``На полях заседания ... провели переговоры``)."""
    if event.kind is EventKind.PHONE_CALL:
        return None
    venue = _venue(event, kinds)
    legs = any(m.leg for m in event.mentions)  # "arrived in Tashkent ... will travel to Samarkand"
    if venue is not None and event.kind in VISITS and (event.destination() is None or legs) and country_of:
        return country_of.get(venue, venue)
    if venue is not None or event.kind in VISITS:
        return venue
    ahead = parent is not None and statuses.get(id(parent)) is EventStatus.SCHEDULED
    if parent is not None and parent.kind in VISITS and ahead:
        return _venue(parent, kinds)
    if at_dateline is None and parent is not None and parent.kind in GATHERINGS:
        return _venue(parent, kinds)
    return at_dateline


def _venue(event: Draft, kinds: dict[str, VenueKind] | None = None) -> str | None:
    """The best-attested venue; where a visit goes, the country over a city in it."""
    best: tuple[int, bool, str] | None = None
    for mention in event.mentions:
        if mention.venue is None or (mention.leg and best is not None):
            continue  # a leg's place is not the visit's
        rank, venue = mention.venue
        country = kinds is not None and kinds.get(venue) is VenueKind.COUNTRY
        # a visit goes to the country over a city in it; anything else is held at the place
        # more precise than a country named as well (``во Дворце Независимости``)
        preferred = country if event.kind in VISITS else kinds is not None and not country
        if best is None or (rank, preferred) > best[:2]:
            best = (rank, preferred, venue)
    return best[2] if best is not None else None


def _participants(
    event: Draft, parent: Draft | None = None, persons: frozenset[str] = frozenset()
) -> tuple[Participant, ...]:
    """Who takes part, in the order the text first names them.

    Talks, a meeting or a call within a visit that name one person only (``В ходе визита
    запланированы переговоры с президентом Узбекистана``) have the visitor as the other side.
    """
    parts: dict[str, tuple[Part, int]] = {}
    for mention in event.mentions:
        for entity, part, position in mention.participants:
            if entity not in parts:
                parts[entity] = (part, position)
            elif parts[entity][0] is Part.PARTICIPANT and part is not Part.PARTICIPANT:
                parts[entity] = (part, parts[entity][1])
    if event.kind in BILATERAL and parent is not None and parent.kind in VISITS:
        named = [e for e in parts if e in persons]
        visitors = sorted(parent.people(_VISITOR) - set(named))
        # with no one named, an event its words put in the visit ("As part of the visit, a meeting
        # with the leadership of UNIDO is scheduled") is the visitor's too
        framed = any(m.parent is not None and m.parent.event is parent for m in event.mentions)
        unheld = any(m.unheld_subject for m in event.mentions)  # "туркменский министр проведет"
        if (len(named) == 1 or (framed and not named)) and len(visitors) == 1 and not unheld:
            parts[visitors[0]] = (Part.PARTICIPANT, -1)
    ordered = sorted(parts.items(), key=lambda item: item[1][1])
    return tuple(Participant(entity=entity, part=part) for entity, (part, _) in ordered)
