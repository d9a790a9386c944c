"""Where the article's persons, organizations and venues are named, and pronouns that point back.

A person is named by the mentions the recognizer found, by a role title the person holds
(``президента Казахстана`` for the person whose role is ``президент Казахстана``), and by a
personal pronoun (``у него``), which points to the nearest person of the same gender named
before it in the same or the previous paragraph.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Article, Person, VenueKind

__all__ = ["Ref", "References", "gender_of"]

_PRONOUNS = re.compile(
    r"(?<![\w])(?:(?P<m>он|него|его|ему|нему|ним|нём|нем|he|him|his)|"
    r"(?P<f>она|неё|нее|её|ее|ей|ней|she|her))(?![\w])",
    re.IGNORECASE,
)
_FEMININE_FAMILY = re.compile(r"(?:ова|ева|ёва|ина|ына|ская|цкая|ая)\Z")
_MASCULINE_FAMILY = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ой|ий)\Z")
_MASCULINE_IN_A = frozenset({"никита", "илья", "фома", "кузьма", "лука", "савва", "иона", "данила"})


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


def gender_of(person: Person) -> str | None:
    """``m`` or ``f`` from the person's Russian family or given name, or ``None`` when unsure."""
    words = person.name.replace("-", " ").split()
    family = (person.family_name or (words[-1] if len(words) > 1 else "")).lower()
    if family:
        if _FEMININE_FAMILY.search(family):
            return "f"
        if _MASCULINE_FAMILY.search(family):
            return "m"
    given = (person.given_name or (words[0] if words else "")).lower()
    if re.fullmatch(r"[а-яё]+", given):
        if given in _MASCULINE_IN_A:
            return "m"
        return "f" if given[-1] in "ая" else "m"
    return None


def _nominative(text: str, name: str) -> bool:
    """Whether ``text`` names the person as the nominative ``name`` does, in full or in part."""
    words = name.split()
    return text == name or text in words or text == " ".join(words[-2:])


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
        covered = [(r.start, r.end) for r in named]
        named.extend(self._roles(text, covered))
        holders = [(r.start, r.end) for r in named]
        for venue in article.venues:
            for m in venue.mentions:
                inside = any(s <= m.span.start and m.span.end <= e for s, e in holders)
                named.append(
                    Ref(m.span.start, m.span.end, venue.id, "venue", m.text, venue.name, venue.kind, inside)
                )
        named.sort(key=lambda r: (r.start, -r.end))
        self.refs = named
        self._starts = [r.start for r in named]
        self.gender = {p.id: gender_of(p) for p in article.persons}

    def _roles(self, text: str, covered: list[tuple[int, int]]) -> list[Ref]:
        """Role titles that name exactly one person, where no mention already stands."""
        by_title: dict[str, set[str]] = {}
        names = {p.id: p.name for p in self.article.persons}
        for person in self.article.persons:
            for role in person.roles:
                by_title.setdefault(role.title.strip(), set()).add(person.id)
        found: list[Ref] = []
        for title, ids in sorted(by_title.items()):
            pattern = _role_pattern(title)
            if pattern is None or len(ids) != 1:
                continue
            (pid,) = ids
            for m in pattern.finditer(text):
                if any(s < m.end() and m.start() < e for s, e in covered):
                    continue
                nominative = m.group().lower() == title.lower()
                found.append(
                    Ref(m.start(), m.end(), pid, "person", m.group(), names[pid], None, False, nominative)
                )
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
            gender = "m" if m.group("m") else "f"
            person = self._antecedent(m.start(), gender, paragraph)
            if person is not None:
                out.append(Ref(m.start(), m.end(), person.entity, "person", m.group(), person.name))
        return out

    def _antecedent(self, position: int, gender: str, paragraph: int) -> Ref | None:
        i = bisect.bisect_left(self._starts, position) - 1
        while i >= 0:
            ref = self.refs[i]
            i -= 1
            if ref.group != "person" or ref.end > position:
                continue
            if self._paragraph(ref.start) < paragraph - 1:
                return None
            if self.gender.get(ref.entity) in (None, gender):
                return ref
        return None

    def _paragraph(self, position: int) -> int:
        for paragraph, start, end in self._paragraph_of:
            if start <= position < end:
                return paragraph
        return -1
