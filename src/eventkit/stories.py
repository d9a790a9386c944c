"""One story across many reports: :func:`link` reads a set of articles as a :class:`~eventkit.Corpus`.

Entities first: the persons, organizations and venues of all the articles are merged by their
identifiers (a Wikidata item, a GeoNames id, an ISO code), then, for those without, by folded
name, and a person by name and the country of their role. Then events: two events of different
articles are one story when

- their kinds are of one family (a state visit and an official visit; talks and a meeting);
- their dates agree: each event's days (its dates, or the article's date and the day before when
  the text gives none) overlap the days of the story so far;
- their participants agree: one's persons and organizations are all among the other's, and
  they have one at least (without any, the venue must be the same);
- their venues agree: the same venue, or one inside the other, or unknown on one side.

An event that fits two stories fits neither (it is a story of its own): an ambiguous report
does not join events it may not belong to. Stories are found through an index by participant
(or venue), kind family and day, so the time grows with the number of events, not its square.
Events with no day-precise dates, or spanning more than two weeks, are stories of their own.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar

import attrs

from .errors import Problem, ValidationError
from .lexicon import name_key
from .model import (
    Appearance,
    Article,
    Corpus,
    DateRange,
    Detail,
    Event,
    EventKind,
    EventStatus,
    Identifier,
    Organization,
    PartialDate,
    Participant,
    Person,
    Report,
    Role,
    Story,
    Venue,
    VenueKind,
)

__all__ = ["link"]

_FAMILIES: dict[EventKind, str] = {
    EventKind.STATE_VISIT: "visit",
    EventKind.OFFICIAL_VISIT: "visit",
    EventKind.WORKING_VISIT: "visit",
    EventKind.VISIT: "visit",
    EventKind.TALKS: "talks",
    EventKind.MEETING: "talks",
    EventKind.SUMMIT: "summit",
    EventKind.FORUM: "summit",
    EventKind.SESSION: "summit",
    EventKind.PUBLICATION: "statement",
    EventKind.STATEMENT: "statement",
}
_LONGEST = 14  # days: an event longer than this is too vague to be matched to others
_ORDER = {kind: i for i, kind in enumerate(EventKind)}  # the most specific kinds come first

_T = TypeVar("_T", Person, Organization, Venue)


# ----------------------------------------------------------------------------- entities


class _Entities(Generic[_T]):
    """The entities of one sort (persons, organizations or venues) merged across articles."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.groups: list[list[tuple[int, _T]]] = []
        self.by_identifier: dict[Identifier, int] = {}
        self.by_name: dict[tuple[str, str | None], list[int]] = defaultdict(list)
        self.contexts: dict[int, set[str]] = defaultdict(set)  # group -> contexts seen with it
        self.local: dict[tuple[int, str], int] = {}  # (article index, local id) -> group

    def add(self, article: int, thing: _T, context: str | None) -> None:
        """Put ``thing`` (of article number ``article``) in its group; ``context`` tells namesakes apart."""
        group = None
        for identifier in thing.identifiers:
            group = self.by_identifier.get(identifier)
            if group is not None:
                break
        key = name_key(thing.name)
        if group is None and not thing.identifiers:
            group = self._by_name(key, context)
        if group is None:
            group = len(self.groups)
            self.groups.append([])
        self.groups[group].append((article, thing))
        for identifier in thing.identifiers:
            self.by_identifier.setdefault(identifier, group)
        if group not in self.by_name[(key, context)]:
            self.by_name[(key, context)].append(group)
        if context is not None:
            self.contexts[group].add(context)
            if group not in self.by_name[(key, None)]:
                self.by_name[(key, None)].append(group)
        self.local[(article, thing.id)] = group

    def _by_name(self, key: str, context: str | None) -> int | None:
        found = self.by_name.get((key, context), [])
        if context is not None and not found:
            # A namesake with another context is someone else; one without any may be the same.
            found = [g for g in self.by_name.get((key, None), []) if not self.contexts.get(g)]
        return found[0] if len(found) == 1 else None

    def ids(self) -> list[str]:
        return [f"{self.prefix}{n}" for n in range(1, len(self.groups) + 1)]


def _role_country(person: Person) -> str | None:
    return next((r.country for r in person.roles if r.country), None)


def _identifiers(things: Sequence[_T]) -> tuple[Identifier, ...]:
    seen: dict[object, Identifier] = {}
    for thing in things:
        for identifier in thing.identifiers:
            seen.setdefault(identifier.scheme, identifier)
    return tuple(seen.values())


def _names(things: Sequence[_T]) -> tuple[str, tuple[str, ...]]:
    """The name most articles use (the first of the most common), and every other name and alias."""
    order: list[str] = [item.name for item in things]
    counts = Counter(order)
    name = max(counts, key=lambda n: (counts[n], -order.index(n)))
    others: list[str] = []
    for item in things:
        aliases: tuple[str, ...] = item.aliases
        others += [n for n in (item.name, *aliases) if n != name]
    return name, tuple(dict.fromkeys(others))


def _first(values: Iterable[str | None]) -> str | None:
    return next((v for v in values if v is not None), None)


# ------------------------------------------------------------------------------- events


def _day_range(event: Event, published: PartialDate | None) -> tuple[_dt.date, _dt.date] | None:
    """The days an event may be on: its own dates when day-precise, else around the article's date."""
    if event.dates is not None:
        start, end = event.dates.start, event.dates.end
        if start.day is None or end.day is None:
            return None
        first, last = start.earliest(), end.latest()
    elif published is not None and published.day is not None:
        last = published.earliest()
        first = last - _dt.timedelta(days=1)
    else:
        return None
    if (last - first).days > _LONGEST:
        return None
    return first, last


@attrs.define
class _Story:
    """A story being gathered: its reports so far and what they agree on."""

    family: str
    first: _dt.date
    last: _dt.date
    entities: set[str]
    venue: str | None
    members: list[tuple[int, Event]] = attrs.Factory(list)


def _venue_agrees(a: str | None, b: str | None, ancestors: dict[str, set[str]]) -> bool:
    return a is None or b is None or a == b or a in ancestors.get(b, ()) or b in ancestors.get(a, ())


def _ancestors(venues: Sequence[Venue]) -> dict[str, set[str]]:
    """Every venue's ancestors (by parent, and the country venue of its country), in linear time per chain."""
    parents = {v.id: v.parent for v in venues}
    countries = {v.country: v.id for v in venues if v.kind is VenueKind.COUNTRY and v.country}
    out: dict[str, set[str]] = {}
    for venue in venues:
        found: set[str] = set()
        current = venue.parent
        while current is not None and current not in found and current != venue.id and len(found) < 32:
            found.add(current)
            current = parents.get(current)
        country = countries.get(venue.country) if venue.country else None
        if country is not None and country != venue.id:
            found.add(country)
        out[venue.id] = found
    return out


# ------------------------------------------------------------------------------- link


def link(articles: Iterable[Article]) -> Corpus:
    """Read many articles as one :class:`~eventkit.Corpus`: each entity once, each real event once.

    The order of the articles decides the order (and ids) of what the corpus lists.

    :param articles: the articles, with distinct ids.
    :returns: the corpus.
    :raises ~eventkit.ValidationError: two articles with one id (the repeated one is named).
    """
    articles = list(articles)
    seen: dict[str, int] = {}
    problems = []
    for i, article in enumerate(articles):
        if not isinstance(article, Article):
            raise TypeError(f"link takes articles, got {type(article).__name__} at [{i}]")
        if article.id in seen:
            problems.append(
                Problem(f"$[{i}].id", f"duplicate article id {article.id!r} (first at $[{seen[article.id]}])")
            )
        seen.setdefault(article.id, i)
    if problems:
        raise ValidationError(problems)

    persons: _Entities[Person] = _Entities("p")
    organizations: _Entities[Organization] = _Entities("o")
    venues: _Entities[Venue] = _Entities("v")
    for n, article in enumerate(articles):
        for organization in article.organizations:
            organizations.add(n, organization, organization.country)
        for place in article.venues:
            venues.add(n, place, place.kind.value)
        for person in article.persons:
            persons.add(n, person, _role_country(person))
    org_ids, venue_ids, person_ids = organizations.ids(), venues.ids(), persons.ids()

    def corpus_id(sort: _Entities[Any], ids: list[str], article: int, local: str | None) -> str | None:
        if local is None:
            return None
        group = sort.local.get((article, local))
        return None if group is None else ids[group]

    corpus_orgs = tuple(
        Organization(
            id=org_ids[g],
            name=(named := _names([t for _, t in group]))[0],
            country=_first(t.country for _, t in group),
            aliases=named[1],
            identifiers=_identifiers([t for _, t in group]),
        )
        for g, group in enumerate(organizations.groups)
    )
    corpus_venues = _corpus_venues(venues, venue_ids)
    corpus_persons = tuple(
        Person(
            id=person_ids[g],
            name=(named := _names([t for _, t in group]))[0],
            given_name=_first(t.given_name for _, t in group),
            family_name=_first(t.family_name for _, t in group),
            patronymic=_first(t.patronymic for _, t in group),
            aliases=named[1],
            roles=tuple(
                dict.fromkeys(
                    Role(
                        title=r.title,
                        organization=corpus_id(organizations, org_ids, n, r.organization),
                        country=r.country,
                    )
                    for n, t in group
                    for r in t.roles
                )
            ),
            identifiers=_identifiers([t for _, t in group]),
        )
        for g, group in enumerate(persons.groups)
    )
    ancestors = _ancestors(corpus_venues)

    stories: list[_Story] = []
    index: dict[tuple[str, str, _dt.date], list[int]] = defaultdict(list)
    story_of: dict[tuple[int, str], int] = {}
    for n, article in enumerate(articles):
        for event in article.events:
            entities = {
                e
                for p in event.participants
                if (
                    e := corpus_id(persons, person_ids, n, p.entity)
                    or corpus_id(organizations, org_ids, n, p.entity)
                )
            }
            venue = corpus_id(venues, venue_ids, n, event.venue)
            family = _FAMILIES.get(event.kind, event.kind.value)
            days = _day_range(event, article.published)
            keys = sorted(entities) or ([f"@{venue}"] if venue else [])
            found: set[int] = set()
            if days is not None:
                for key in keys:
                    for day in _days(*days):
                        found.update(index.get((family, key, day), ()))
            fits = [
                s
                for s in sorted(found)
                if stories[s].first <= days[1]  # type: ignore[index]
                and days[0] <= stories[s].last  # type: ignore[index]
                and (entities <= stories[s].entities or stories[s].entities <= entities)
                and (entities or stories[s].venue == venue)
                and _venue_agrees(stories[s].venue, venue, ancestors)
            ]
            if len(fits) == 1:
                s = fits[0]
                story = stories[s]
                assert days is not None
                story.first, story.last = max(story.first, days[0]), min(story.last, days[1])
                story.entities |= entities
                if story.venue is None or (venue is not None and story.venue in ancestors.get(venue, ())):
                    story.venue = venue
            else:
                s = len(stories)
                first, last = days or (_dt.date.min, _dt.date.min)
                stories.append(_Story(family, first, last, set(entities), venue))
            stories[s].members.append((n, event))
            story_of[(n, event.id)] = s
            if days is not None:
                for key in sorted(stories[s].entities) or keys:
                    for day in _days(*days):
                        if s not in index[(family, key, day)]:
                            index[(family, key, day)].append(s)

    corpus_stories = tuple(
        _story(
            f"s{s + 1}",
            story,
            articles,
            story_of,
            persons,
            person_ids,
            organizations,
            org_ids,
            venues,
            venue_ids,
        )
        for s, story in enumerate(stories)
    )
    appearances = tuple(
        Appearance(entity=ids[group], article=articles[n].id, id=local)
        for sort, ids in ((persons, person_ids), (organizations, org_ids), (venues, venue_ids))
        for (n, local), group in sort.local.items()
    )
    return Corpus(
        articles=tuple(a.id for a in articles),
        persons=corpus_persons,
        organizations=corpus_orgs,
        venues=corpus_venues,
        stories=corpus_stories,
        appearances=appearances,
    )


def _days(first: _dt.date, last: _dt.date) -> Iterator[_dt.date]:
    day = first
    while day <= last:
        yield day
        day += _dt.timedelta(days=1)


def _corpus_venues(venues: _Entities[Any], ids: list[str]) -> tuple[Venue, ...]:
    """The merged venues; a parent that would make a venue lie in itself is left out."""
    parents: dict[str, str | None] = {}
    for g, group in enumerate(venues.groups):
        parent = None
        for n, venue in group:
            if venue.parent is not None:
                found = venues.local.get((n, venue.parent))
                if found is not None and found != g:
                    parent = ids[found]
                    break
        parents[ids[g]] = parent
    for start in list(parents):  # cut any loop the merging made, at the venue where it is seen
        walked: set[str] = set()
        current: str | None = start
        while current is not None and current not in walked:
            walked.add(current)
            nxt = parents.get(current)
            if nxt in walked:
                parents[current] = None
                break
            current = nxt
    out = []
    for g, group in enumerate(venues.groups):
        things = [t for _, t in group]
        name, aliases = _names(things)
        out.append(
            Venue(
                id=ids[g],
                name=name,
                kind=Counter(t.kind for t in things).most_common(1)[0][0],
                parent=parents[ids[g]],
                country=_first(t.country for t in things),
                coordinates=next((t.coordinates for t in things if t.coordinates is not None), None),
                aliases=aliases,
                identifiers=_identifiers(things),
            )
        )
    return tuple(out)


def _story(
    id: str,
    story: _Story,
    articles: Sequence[Article],
    story_of: dict[tuple[int, str], int],
    persons: _Entities[Any],
    person_ids: list[str],
    organizations: _Entities[Any],
    org_ids: list[str],
    venues: _Entities[Any],
    venue_ids: list[str],
) -> Story:
    reports = []
    participants: dict[str, Participant] = {}
    parent = None
    for n, event in story.members:
        article = articles[n]
        local_venue = venues.local.get((n, event.venue)) if event.venue else None
        reports.append(
            Report(
                article=article.id,
                event=event.id,
                kind=event.kind,
                status=event.status,
                dates=event.dates,
                venue=None if local_venue is None else venue_ids[local_venue],
                source=article.outlet.name if article.outlet is not None else None,
                published=article.published,
            )
        )
        for p in event.participants:
            group = persons.local.get((n, p.entity))
            entity = person_ids[group] if group is not None else None
            if entity is None and (group := organizations.local.get((n, p.entity))) is not None:
                entity = org_ids[group]
            if entity is not None and entity not in participants:
                participants[entity] = Participant(entity=entity, part=p.part)
        if parent is None and event.parent is not None:
            found = story_of.get((n, event.parent))
            if found is not None and f"s{found + 1}" != id:
                parent = f"s{found + 1}"
    kinds = Counter(r.kind for r in reports)
    statuses = Counter(r.status for r in reports)
    dated = [r.dates for r in reports if r.dates is not None]
    disputed = []
    if len(kinds) > 1:
        disputed.append(Detail.KIND)
    if len(statuses) > 1:
        disputed.append(Detail.STATUS)
    if len(set(dated)) > 1:
        disputed.append(Detail.DATES)
    if len({r.venue for r in reports if r.venue is not None}) > 1:
        disputed.append(Detail.VENUE)
    return Story(
        id=id,
        kind=min(kinds, key=lambda k: (-kinds[k], _ORDER[k])),
        status=_status(statuses),
        reports=tuple(reports),
        dates=_dates(dated, story),
        venue=story.venue,
        participants=tuple(participants.values()),
        parent=parent,
        sources=tuple(dict.fromkeys(r.source for r in reports if r.source is not None)),
        disputed=tuple(disputed),
    )


def _status(statuses: Counter[EventStatus]) -> EventStatus:
    """What most reports say; on a tie, that it occurred (a later report knows more)."""
    order = (EventStatus.OCCURRED, EventStatus.CANCELLED, EventStatus.POSTPONED, EventStatus.SCHEDULED)
    return min(statuses, key=lambda s: (-statuses[s], order.index(s)))


def _dates(dated: list[DateRange], story: _Story) -> DateRange | None:
    """The dates the reports agree on: the days all of them allow, when they give any."""
    if not dated:
        return None
    if len(set(dated)) == 1:
        return dated[0]
    if story.first > story.last or story.first == _dt.date.min:
        return Counter(dated).most_common(1)[0][0]
    return DateRange(start=PartialDate.from_date(story.first), end=PartialDate.from_date(story.last))
