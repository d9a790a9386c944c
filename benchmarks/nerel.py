"""Score eventkit against NEREL 1.1 (Russian Wikinews annotated by hand): names, roles, events, links.

    python benchmarks/nerel.py [--split train|dev] [--corpus DIR] [--natasha] [--each] [--json]

The corpus is ``../shared/corpus/nerel/<split>`` beside the repository (``--split``, default
``dev``) or ``--corpus DIR``: pairs of ``ID_text.txt`` (headline on the first line, paragraphs
split by blank lines, no date) and ``ID_text.ann`` in brat standoff format. Every text is given
as it is to ``eventkit.parse_article(text, language="ru", published=None)``, whose spans are
offsets into that text, as NEREL's are. ``--natasha`` scores natasha's pipeline by the same rule
where it has an answer (names only). ``--each`` adds a row per document, ``--json`` prints the
figures as JSON instead of tables.

(a) **Names.** PERSON is PER, ORGANIZATION is ORG, and COUNTRY, STATE_OR_PROVINCE, CITY,
DISTRICT, LOCATION and FACILITY are LOC. Every gold entity counts, nested ones included (the
country inside an organization's name), from the first character of its first fragment to the
last of its last. Predicted mentions are every mention of the article's persons, organizations
and venues. Both sides keep only names whose first character is an upper-case letter (titles
such as ``президента США`` and adjectives such as ``российский`` are not names here). A
prediction is right when a gold name of the same type has exactly its start and end.

(b) **Roles.** A gold pair is a ``WORKS_AS`` relation (PERSON → PROFESSION); a predicted pair
is a person and the title of one of its roles. A pair matches when one of the person's
mentions overlaps the gold PERSON and the titles agree. Titles are compared as words lemmatised
by pymorphy2 (first analysis, lower case, ё as е). *Strict*: the same words, either as written,
or both without the workplace (for the gold, the names nested in the PROFESSION taken out; for
ours, trailing words that are the name of the role's organization or country). *Lenient*: the
same head, the first noun (a one-word title that is no noun, such as ``ведущий``, agrees with a
profession that begins with it). *Any title*: the person alone. Each gold relation counts (a
person named twice with the same profession is two pairs); ours count once per person and
title. ``WORKPLACE`` pairs are the person's organizations and countries (``WORKPLACE`` from the
person, or from a PROFESSION the person ``WORKS_AS``), ORGANIZATION and COUNTRY only; ours are
each role's organization and country, right when a mention of that organization, or of a venue
of kind country with that code, overlaps the gold one.

(c) **Events.** NEREL's EVENT entities are of every kind; the gold events scored are those
whose trigger is a word of ``nerel_event_words.tsv`` (visits, talks, meetings, calls, summits,
signings, openings, ceremonies, forums, sessions, statements). An eventkit event matches a gold
event when one of its evidence spans overlaps the trigger: precision counts our events that
match one, recall the gold events that one of ours matches (one of ours may match several).
Events of ours of kinds the list has no words for (publications) are left out, and counted.
Each matched event of ours is then compared with the arguments of the gold events it matches:
participants (``PARTICIPANT_IN``, ``AGENT``: PERSON, PROFESSION or ORGANIZATION) by a mention of
the participant overlapping the gold one; the place (``TAKES_PLACE_IN``, a place entity) by a
mention of the venue overlapping one; the time (``POINT_IN_TIME``, ``START_TIME``,
``END_TIME``: DATE or TIME) by a date mention of the article, within the event's dates,
overlapping one. Place and time count once per event.

(d) **Wikidata links** (``N ... Reference T Wikidata:Q...``) of persons, countries and cities:
a gold link is reached when an entity of ours of that sort has a mention overlapping the gold
entity; it is linked when that entity has a Wikidata identifier, and right when that is the
gold item. The identity lexicon is built from NEREL train (``tools/build_identities.py``), so
only the dev figures say how well it links text it has not seen.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

__all__ = [
    "Counts",
    "Document",
    "Entity",
    "EventWords",
    "NerelScore",
    "PredictedEvent",
    "PredictedLink",
    "PredictedRole",
    "Prediction",
    "Reference",
    "Relation",
    "TitleRule",
    "load_corpus",
    "load_document",
    "main",
    "parse_ann",
    "prediction_from_article",
]

LOC_TYPES = ("COUNTRY", "STATE_OR_PROVINCE", "CITY", "DISTRICT", "LOCATION", "FACILITY")
NAME_TYPES = {"PERSON": "PER", "ORGANIZATION": "ORG", **dict.fromkeys(LOC_TYPES, "LOC")}
KINDS = ("PER", "LOC", "ORG")
WORKPLACE_TYPES = ("ORGANIZATION", "COUNTRY")
PARTICIPANT_RELATIONS = ("PARTICIPANT_IN", "AGENT")  # Arg1 takes part in Arg2, an EVENT
PARTICIPANT_TYPES = ("PERSON", "PROFESSION", "ORGANIZATION")
TIME_RELATIONS = ("POINT_IN_TIME", "START_TIME", "END_TIME")  # Arg1 an EVENT, Arg2 its time
TIME_TYPES = ("DATE", "TIME")
LINKED_TYPES = ("PERSON", "COUNTRY", "CITY")
EVENT_WORDS = Path(__file__).with_name("nerel_event_words.tsv")
VISIT_KINDS = ("state_visit", "official_visit", "working_visit")  # scored as visits

Span = tuple[int, int]
Spans = tuple[Span, ...]


# ------------------------------------------------------------------------------ the corpus


@dataclass(frozen=True)
class Entity:
    """``T12<TAB>PERSON 105 116<TAB>Барак Обама``; a fragmented one has ``start end;start end``."""

    id: str
    type: str
    fragments: Spans
    text: str

    @property
    def span(self) -> Span:
        """From the first character of the first fragment to the last of the last."""
        return (self.fragments[0][0], self.fragments[-1][1])


@dataclass(frozen=True)
class Relation:
    """``R3<TAB>WORKS_AS Arg1:T51 Arg2:T30``."""

    id: str
    type: str
    arg1: str
    arg2: str


@dataclass(frozen=True)
class Reference:
    """``N1<TAB>Reference T11 Wikidata:Q13133<TAB>Мишель Обама``."""

    id: str
    entity: str
    scheme: str
    value: str


@dataclass
class Document:
    """One NEREL document: its text and what its ``.ann`` file says about it."""

    name: str
    text: str
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "where:line: what", lines not understood

    def related(self, kinds: Iterable[str], arg: str, other_types: Iterable[str]) -> Iterator[Entity]:
        """Entities that are the other argument of a relation of ``kinds`` whose ``arg`` is given."""
        kinds, types = set(kinds), set(other_types)
        for r in self.relations:
            if r.type in kinds and arg in (r.arg1, r.arg2):
                other = self.entities.get(r.arg2 if r.arg1 == arg else r.arg1)
                if other is not None and other.type in types:
                    yield other


_ENTITY = re.compile(r"(?P<type>\S+) (?P<frags>\d+ \d+(?:;\d+ \d+)*)")
_RELATION = re.compile(r"(?P<type>\S+) Arg1:(?P<a>\S+) Arg2:(?P<b>\S+)\s*")
_REFERENCE = re.compile(r"Reference (?P<entity>\S+) (?P<scheme>[^:\s]+):(?P<value>\S+)")


def parse_ann(lines: Iterable[str], text: str = "", where: str = "") -> Document:
    """A brat ``.ann`` file's lines (entities, relations, references) for the document ``text``.

    A line that is none of these, or an entity whose text differs from ``text`` at its offsets,
    is skipped and reported in ``problems`` with ``where:line``; relations naming an entity the
    file does not define are kept and reported (the scorers pass them by).
    """
    doc = Document(name=where, text=text)
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        parts = line.split("\t")
        ident, body = parts[0], parts[1] if len(parts) > 1 else ""
        if ident.startswith("T") and (m := _ENTITY.fullmatch(body)) and len(parts) >= 3:
            frags = tuple((int(a), int(b)) for a, b in (f.split() for f in m["frags"].split(";")))
            shown = " ".join(text[a:b] for a, b in frags)
            if text and shown != parts[2]:
                doc.problems.append(f"{where}:{n}: entity {ident} is {parts[2]!r}, the text has {shown!r}")
                continue
            doc.entities[ident] = Entity(ident, m["type"], frags, parts[2])
        elif ident.startswith("R") and (m := _RELATION.fullmatch(body)):
            doc.relations.append(Relation(ident, m["type"], m["a"], m["b"]))
        elif ident.startswith("N") and (m := _REFERENCE.fullmatch(body)):
            doc.references.append(Reference(ident, m["entity"], m["scheme"], m["value"]))
        else:
            doc.problems.append(f"{where}:{n}: not an entity, relation or reference: {line[:60]!r}")
    for r in doc.relations:
        missing = [a for a in (r.arg1, r.arg2) if a not in doc.entities]
        if missing:
            doc.problems.append(f"{where}: relation {r.id} names {', '.join(missing)}, which is not defined")
    return doc


def load_document(txt: Path) -> Document:
    """The document of ``ID_text.txt`` and ``ID_text.ann`` (offsets in characters of the text)."""
    with txt.open(encoding="utf-8", newline="") as f:  # no newline translation: offsets must hold
        text = f.read()
    ann = txt.with_suffix(".ann")
    with ann.open(encoding="utf-8", newline="") as f:
        doc = parse_ann(f.read().split("\n"), text, str(ann))
    doc.name = txt.stem.removesuffix("_text")
    return doc


def load_corpus(path: Path) -> list[Document]:
    """Every document of a NEREL folder, in name order."""
    return [load_document(p) for p in sorted(path.glob("*.txt"))]


def corpus_dir(split: str) -> Path:
    """``../shared/corpus/nerel/<split>`` beside the repository."""
    return Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "nerel" / split


# ------------------------------------------------------------------------------ predictions


@dataclass(frozen=True)
class PredictedRole:
    """A person's role: the person's mentions, the title, and its workplaces' mentions and names."""

    person: Spans
    title: str
    workplaces: tuple[Spans, ...] = ()  # the role's organization, the venue of its country
    workplace_names: tuple[str, ...] = ()  # their names and mention texts (to strip from the title)


@dataclass(frozen=True)
class PredictedEvent:
    """An event: its kind, evidence, and the mentions of its participants, venue and dates."""

    kind: str
    evidence: Spans
    participants: tuple[Spans, ...] = ()
    place: Spans = ()
    time: Spans = ()


@dataclass(frozen=True)
class PredictedLink:
    """An entity of sort PERSON, COUNTRY or CITY, its mentions, and its Wikidata item if any."""

    type: str
    mentions: Spans
    value: str | None


@dataclass
class Prediction:
    """What a system says about one document; ``None`` where the system has no answer."""

    mentions: list[tuple[str, int, int]]  # (PER / LOC / ORG, start, end)
    roles: list[PredictedRole] | None = None
    events: list[PredictedEvent] | None = None
    links: list[PredictedLink] | None = None


def _spans(mentions: Iterable[Any]) -> Spans:
    return tuple((m.span.start, m.span.end) for m in mentions)


def has_identifiers() -> bool:
    """Whether the model's persons, organizations and venues carry external identifiers."""
    import attrs

    from eventkit import Organization, Person, Venue

    return all("identifiers" in attrs.fields_dict(c) for c in (Person, Organization, Venue))


def wikidata_id(entity: Any) -> str | None:
    """The entity's Wikidata item (``Q7747``), if it has one: the one place that reads identifiers."""
    for ident in getattr(entity, "identifiers", ()):
        if getattr(ident, "scheme", None) == "wikidata":
            return str(ident.value)
    return None


def prediction_from_article(article: Any, links: bool = False) -> Prediction:
    """Everything that is scored, read from an :class:`eventkit.Article`."""
    from eventkit import VenueKind

    persons = {p.id: p for p in article.persons}
    orgs = {o.id: o for o in article.organizations}
    venues = {v.id: v for v in article.venues}
    countries: dict[str, list[Any]] = defaultdict(list)
    for v in article.venues:
        if v.kind == VenueKind.COUNTRY and v.country:
            countries[v.country].append(v)
    mentions = [("PER", s, e) for p in article.persons for s, e in _spans(p.mentions)]
    mentions += [("ORG", s, e) for o in article.organizations for s, e in _spans(o.mentions)]
    mentions += [("LOC", s, e) for v in article.venues for s, e in _spans(v.mentions)]
    roles = []
    for p in article.persons:
        for role in p.roles:
            places = ([orgs[role.organization]] if role.organization in orgs else []) + countries.get(
                role.country or "", []
            )
            names = {n for w in places for n in (w.name, *w.aliases, *(m.text for m in w.mentions))}
            roles.append(
                PredictedRole(
                    _spans(p.mentions),
                    role.title,
                    tuple(_spans(w.mentions) for w in places),
                    tuple(sorted(names)),
                )
            )
    events = []
    for e in article.events:
        who = [persons.get(x.entity) or orgs.get(x.entity) for x in e.participants]
        when: Spans = ()
        if e.dates is not None:
            when = tuple(
                (d.span.start, d.span.end)
                for d in article.dates
                if e.dates.start.earliest() <= d.dates.start.earliest()
                and d.dates.end.latest() <= e.dates.end.latest()
            )
        venue = venues.get(e.venue or "")
        events.append(
            PredictedEvent(
                str(e.kind),
                _spans(e.evidence),
                tuple(_spans(w.mentions) for w in who if w is not None),
                _spans(venue.mentions) if venue is not None else (),
                when,
            )
        )
    found: list[PredictedLink] | None = None
    if links:
        found = [PredictedLink("PERSON", _spans(p.mentions), wikidata_id(p)) for p in article.persons]
        for v in article.venues:
            sort = {VenueKind.COUNTRY: "COUNTRY", VenueKind.CITY: "CITY"}.get(v.kind)
            if sort is not None:
                found.append(PredictedLink(sort, _spans(v.mentions), wikidata_id(v)))
    return Prediction(mentions, roles, events, found)


def eventkit_predictions(docs: Sequence[Document]) -> list[Prediction]:
    """eventkit's ``parse_article`` on each document's text; spans checked against the text."""
    import eventkit

    links = has_identifiers()
    out = []
    for doc in docs:
        article = eventkit.parse_article(doc.text, language="ru", published=None)
        if article.text != doc.text:  # spans must point into the file's own characters
            raise SystemExit(f"{doc.name}: parse_article changed the text; its spans would not map")
        out.append(prediction_from_article(article, links))
    return out


def natasha_predictions(docs: Sequence[Document]) -> list[Prediction]:
    """natasha's names (segmenter, morphology and syntax taggers, NER); it has no roles or events."""
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    emb = NewsEmbedding()
    segmenter, morph, syntax, ner = (
        Segmenter(),
        NewsMorphTagger(emb),
        NewsSyntaxParser(emb),
        NewsNERTagger(emb),
    )
    out = []
    for d in docs:
        doc = Doc(d.text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        out.append(Prediction([(s.type, s.start, s.stop) for s in doc.spans if s.type in KINDS]))
    return out


# ------------------------------------------------------------------------------ scoring


@dataclass
class Counts:
    """Gold items, predicted items, predicted ones that are right, gold ones that are found."""

    gold: int = 0
    predicted: int = 0
    right: int = 0
    found: int = 0

    def add(self, gold: int, predicted: int, right: int, found: int | None = None) -> None:
        """Add one document's counts (``found`` defaults to ``right``: one-to-one matching)."""
        self.gold += gold
        self.predicted += predicted
        self.right += right
        self.found += right if found is None else found

    def merge(self, other: Counts) -> None:
        """Add another tally to this one."""
        self.add(other.gold, other.predicted, other.right, other.found)

    def prf(self) -> tuple[float, float, float]:
        """Precision (right / predicted), recall (found / gold) and their harmonic mean."""
        p = self.right / self.predicted if self.predicted else 0.0
        r = self.found / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def as_dict(self) -> dict[str, float | int]:
        """The counts and figures, for ``--json``."""
        p, r, f = self.prf()
        out: dict[str, float | int] = {"gold": self.gold, "predicted": self.predicted, "right": self.right}
        if self.found != self.right:
            out["found"] = self.found
        return {**out, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _touches(spans: Iterable[Span], targets: Iterable[Span]) -> bool:
    targets = list(targets)
    return any(_overlap(s, t) for s in spans for t in targets)


def _is_name(text: str) -> bool:
    return text[:1].isupper()


def gold_names(doc: Document) -> dict[tuple[str, int, int], set[str]]:
    """The gold names by (PER / LOC / ORG, start, end), each with its NEREL types."""
    out: dict[tuple[str, int, int], set[str]] = defaultdict(set)
    for e in doc.entities.values():
        kind = NAME_TYPES.get(e.type)
        if kind is not None and _is_name(e.text):
            out[(kind, *e.span)].add(e.type)
    return dict(out)


def score_names(
    doc: Document, mentions: Iterable[tuple[str, int, int]]
) -> tuple[dict[str, Counts], Counter[str], Counter[str]]:
    """Names by exact span: counts per kind, and gold and found per NEREL place type."""
    gold = gold_names(doc)
    predicted = {m for m in mentions if _is_name(doc.text[m[1] : m[2]])}
    counts = {k: Counts() for k in KINDS}
    for kind in KINDS:
        g = {m for m in gold if m[0] == kind}
        p = {m for m in predicted if m[0] == kind}
        counts[kind].add(len(g), len(p), len(g & p))
    types_gold: Counter[str] = Counter()
    types_found: Counter[str] = Counter()
    for key, types in gold.items():
        for t in types:
            if key[0] == "LOC":
                types_gold[t] += 1
                types_found[t] += key in predicted
    return counts, types_gold, types_found


_WORD = re.compile(r"\w+(?:-\w+)*")
_QUALIFIERS = frozenset({"ADJ", "VERB", "NUM", "DET"})  # natasha's universal parts of speech
Forms = tuple[frozenset[str], ...]


class TitleRule:
    """Role titles and PROFESSION texts compared as lemmatised words (pymorphy2 through natasha)."""

    def __init__(self, analyse: Callable[[str], Sequence[tuple[str, str]]] | None = None) -> None:
        """``analyse(word)`` gives (lemma, part of speech) analyses, best first; pymorphy2's by default."""
        if analyse is None:
            from natasha import MorphVocab

            vocab = MorphVocab()

            def analyse(word: str) -> Sequence[tuple[str, str]]:
                return [(f.normal, f.pos) for f in vocab.parse(word)]

        self._analyse = cache(analyse)

    def words(self, text: str) -> tuple[str, ...]:
        """The lemmas of the words of ``text`` (the best analysis of each): lower case, ё as е."""
        out = []
        for w in _WORD.findall(text.lower().replace("ё", "е")):
            parses = self._analyse(w)
            out.append((parses[0][0] if parses else w).replace("ё", "е"))
        return tuple(out)

    def forms(self, text: str) -> Forms:
        """Every lemma each word of ``text`` may have: ``главного`` is главный or главное."""
        out = []
        for w in _WORD.findall(text.lower().replace("ё", "е")):
            lemmas = {lemma.replace("ё", "е") for lemma, _ in self._analyse(w)}
            out.append(frozenset(lemmas or {w}))
        return tuple(out)

    @staticmethod
    def same_words(a: Forms, b: Forms) -> bool:
        """As many words, each pair with a lemma in common."""
        return len(a) == len(b) and all(x & y for x, y in zip(a, b, strict=True))

    def head(self, text: str) -> frozenset[str]:
        """The noun lemmas of the first word of ``text`` that reads only as a noun (not as an
        adjective or participle, as ``главного`` may); else of the first word read best as a noun;
        empty when there is none."""
        words = _WORD.findall(text.lower().replace("ё", "е"))
        for strict in (True, False):
            for w in words:
                parses = self._analyse(w)
                nouns = frozenset(lemma.replace("ё", "е") for lemma, pos in parses if pos == "NOUN")
                if not nouns:
                    continue
                if strict and any(pos in _QUALIFIERS for _, pos in parses):
                    continue
                if not strict and parses[0][1] != "NOUN":
                    continue
                return nouns
        return frozenset()

    def same_head(self, a: str, b: str) -> bool:
        """Same first noun; or one is a single word of another kind (``ведущий``) that begins the other."""
        head_a, head_b = self.head(a), self.head(b)
        if head_a & head_b:
            return True
        words_a, words_b = self.forms(a), self.forms(b)
        for one, other, head in ((words_a, words_b, head_a), (words_b, words_a, head_b)):
            if len(one) == 1 and not head and self.same_words(other[:1], one):
                return True
        return False

    def bare(self, title: str, names: Iterable[str]) -> Forms:
        """The title's words without trailing words that are one of the workplace's ``names``."""
        words = self.forms(title)
        tails = sorted({self.forms(n) for n in names if n.strip()}, key=len, reverse=True)
        changed = True
        while changed and words:
            changed = False
            for tail in tails:
                if tail and len(tail) < len(words) and self.same_words(words[-len(tail) :], tail):
                    words, changed = words[: -len(tail)], True
                    break
        return words


@dataclass(frozen=True)
class GoldRole:
    """A ``WORKS_AS`` pair: the PERSON's span, the PROFESSION's text and its text without names."""

    person: Span
    title: str
    bare: str


def gold_roles(doc: Document) -> list[GoldRole]:
    """The document's ``WORKS_AS`` pairs, in file order."""
    named = set(NAME_TYPES) | {"NATIONALITY", "FAMILY"}
    out = []
    for r in doc.relations:
        person, job = doc.entities.get(r.arg1), doc.entities.get(r.arg2)
        if r.type != "WORKS_AS" or person is None or job is None or person.type != "PERSON":
            continue
        s, e = job.span
        chars = list(doc.text[s:e]) if doc.text else list(job.text)
        for inner in doc.entities.values():
            a, b = inner.span
            if inner.type in named and s <= a and b <= e and (a, b) != (s, e) and doc.text:
                chars[a - s : b - s] = [" "] * (b - a)
        out.append(GoldRole(person.span, job.text, " ".join("".join(chars).split())))
    return out


RULES = ("strict", "lenient", "any title")


def _title_agrees(rule: str, titles: TitleRule, pred: PredictedRole, gold: GoldRole) -> bool:
    if rule == "any title":
        return True
    if rule == "lenient":
        return titles.same_head(pred.title, gold.title)
    ours, bare = titles.forms(pred.title), titles.forms(gold.bare)
    if titles.same_words(ours, titles.forms(gold.title)) or titles.same_words(ours, bare):
        return True
    return titles.same_words(titles.bare(pred.title, pred.workplace_names), bare)


def score_roles(doc: Document, roles: Sequence[PredictedRole], titles: TitleRule) -> dict[str, Counts]:
    """Role pairs under each rule of :data:`RULES` (a pair counted once per distinct person and title)."""
    gold = gold_roles(doc)
    unique: dict[tuple[Spans, str], PredictedRole] = {}
    for role in roles:
        unique.setdefault((role.person, " ".join(titles.words(role.title))), role)
    preds = list(unique.values())
    out = {}
    for rule in RULES:

        def agree(p: PredictedRole, g: GoldRole, rule: str = rule) -> bool:
            return _touches(p.person, [g.person]) and _title_agrees(rule, titles, p, g)

        right = sum(any(agree(p, g) for g in gold) for p in preds)
        found = sum(any(agree(p, g) for p in preds) for g in gold)
        out[rule] = Counts(len(gold), len(preds), right, found)
    return out


def gold_workplaces(doc: Document) -> list[tuple[Span, Span]]:
    """(PERSON span, ORGANIZATION or COUNTRY span): ``WORKPLACE`` of the person or of its PROFESSION."""
    pairs: dict[tuple[str, str], tuple[Span, Span]] = {}
    for r in doc.relations:
        person = doc.entities.get(r.arg1)
        if r.type != "WORKS_AS" and not (r.type == "WORKPLACE" and person and person.type == "PERSON"):
            continue
        if person is None or person.type != "PERSON":
            continue
        holders = [r.arg2] if r.type == "WORKS_AS" else [person.id]
        for holder in holders:
            for w in doc.relations:
                place = doc.entities.get(w.arg2)
                if w.type == "WORKPLACE" and w.arg1 == holder and place and place.type in WORKPLACE_TYPES:
                    pairs[(person.id, place.id)] = (person.span, place.span)
    return list(pairs.values())


def score_workplaces(doc: Document, roles: Sequence[PredictedRole]) -> Counts:
    """Each predicted (person, workplace) against the gold pairs, by overlapping mentions."""
    gold = gold_workplaces(doc)
    preds = {(r.person, w) for r in roles for w in r.workplaces if w}

    def agree(p: tuple[Spans, Spans], g: tuple[Span, Span]) -> bool:
        return _touches(p[0], [g[0]]) and _touches(p[1], [g[1]])

    right = sum(any(agree(p, g) for g in gold) for p in preds)
    found = sum(any(agree(p, g) for p in preds) for g in gold)
    return Counts(len(gold), len(preds), right, found)


class EventWords:
    """The words of ``nerel_event_words.tsv``: which triggers name events of the kinds we model."""

    def __init__(self, lines: Iterable[str], where: str = "") -> None:
        """Read ``kind<TAB>pattern`` lines; ``#`` starts a comment."""
        self.kinds: list[tuple[str, re.Pattern[str]]] = []
        self.exclusions: list[re.Pattern[str]] = []
        for n, raw in enumerate(lines, 1):
            line = raw.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            kind, sep, pattern = line.partition("\t")
            if not sep or not pattern:
                raise ValueError(f"{where}:{n}: expected 'kind<TAB>pattern', got {line!r}")
            try:
                re.compile(pattern)
            except re.error as error:
                column = len(kind) + 2 + (error.pos or 0)  # 1-based, past the kind and the tab
                raise ValueError(f"{where}:{n}:{column}: bad pattern: {error.msg}") from None
            compiled = re.compile(r"(?<!\w)(?:" + pattern + ")")
            if kind == "-":
                self.exclusions.append(compiled)
            else:
                self.kinds.append((kind, compiled))

    @classmethod
    def load(cls, path: Path = EVENT_WORDS) -> EventWords:
        """The word list shipped beside this script."""
        return cls(path.read_text(encoding="utf-8").splitlines(), str(path))

    def covers(self, kind: str) -> bool:
        """Whether events of ours of ``kind`` are scored: the list has words for that kind.

        A state, official or working visit is a visit.
        """
        family = "visit" if kind in VISIT_KINDS else kind
        return any(k == family for k, _ in self.kinds)

    def kind(self, trigger: str) -> str | None:
        """The kind of ours that ``trigger`` names, or ``None``."""
        text = trigger.lower().replace("ё", "е")
        if any(p.search(text) for p in self.exclusions):
            return None
        return next((kind for kind, p in self.kinds if p.search(text)), None)


@dataclass(frozen=True)
class GoldEvent:
    """A gold EVENT of our kinds: its trigger and the spans of its arguments."""

    trigger: Span
    text: str
    kind: str
    participants: Spans
    places: Spans
    times: Spans


def gold_events(doc: Document, words: EventWords) -> list[GoldEvent]:
    """The document's EVENT entities whose trigger names an event of our kinds, in text order."""
    out = []
    for e in sorted(doc.entities.values(), key=lambda x: (x.span, x.id)):
        kind = words.kind(e.text) if e.type == "EVENT" else None
        if kind is None:
            continue
        who = {x.span for x in doc.related(PARTICIPANT_RELATIONS, e.id, PARTICIPANT_TYPES) if x.id != e.id}
        places = {
            doc.entities[r.arg2].span
            for r in doc.relations
            if r.type == "TAKES_PLACE_IN"
            and r.arg1 == e.id
            and r.arg2 in doc.entities
            and doc.entities[r.arg2].type in LOC_TYPES
        }
        times = {
            doc.entities[r.arg2].span
            for r in doc.relations
            if r.type in TIME_RELATIONS
            and r.arg1 == e.id
            and r.arg2 in doc.entities
            and doc.entities[r.arg2].type in TIME_TYPES
        }
        out.append(
            GoldEvent(e.span, e.text, kind, tuple(sorted(who)), tuple(sorted(places)), tuple(sorted(times)))
        )
    return out


EVENT_PARTS = ("detection", "participants", "place", "time")


def _set_counts(preds: Sequence[Spans], gold: Sequence[Span]) -> Counts:
    right = sum(_touches(p, gold) for p in preds)
    found = sum(any(_touches(p, [g]) for p in preds) for g in gold)
    return Counts(len(gold), len(preds), right, found)


def _one_counts(pred: Spans, gold: Sequence[Span]) -> Counts:
    right = int(bool(pred) and bool(gold) and _touches(pred, gold))
    return Counts(int(bool(gold)), int(bool(pred)), right, right)


def score_events(
    doc: Document, events: Sequence[PredictedEvent], words: EventWords
) -> tuple[dict[str, Counts], Counter[str], Counter[str], int, int]:
    """Detection, and participants / place / time on matched events; gold and found per kind.

    Events of ours of kinds the word list does not cover (publications) are left out. The last
    two values: how many scored events of ours overlap a gold EVENT of any kind, and how many
    were left out.
    """
    gold = gold_events(doc, words)
    left_out = sum(not words.covers(e.kind) for e in events)
    events = [e for e in events if words.covers(e.kind)]
    any_event = [e.span for e in doc.entities.values() if e.type == "EVENT"]
    out = {part: Counts() for part in EVENT_PARTS}
    matched = [[g for g in gold if _touches(e.evidence, [g.trigger])] for e in events]
    out["detection"].add(
        len(gold),
        len(events),
        sum(bool(m) for m in matched),
        sum(any(_touches(e.evidence, [g.trigger]) for e in events) for g in gold),
    )
    for event, mine in zip(events, matched, strict=True):
        if not mine:
            continue
        out["participants"].merge(
            _set_counts(event.participants, sorted({s for g in mine for s in g.participants}))
        )
        out["place"].merge(_one_counts(event.place, sorted({s for g in mine for s in g.places})))
        out["time"].merge(_one_counts(event.time, sorted({s for g in mine for s in g.times})))
    kinds_gold: Counter[str] = Counter(g.kind for g in gold)
    kinds_found: Counter[str] = Counter(
        g.kind for g in gold if any(_touches(e.evidence, [g.trigger]) for e in events)
    )
    real = sum(_touches(e.evidence, any_event) for e in events)
    return out, kinds_gold, kinds_found, real, left_out


def gold_links(doc: Document) -> list[tuple[str, Span, str]]:
    """(PERSON / COUNTRY / CITY, span, Wikidata item) of each referenced entity of those types."""
    out = []
    for ref in doc.references:
        e = doc.entities.get(ref.entity)
        if (
            e is not None
            and e.type in LINKED_TYPES
            and ref.scheme == "Wikidata"
            and ref.value.startswith("Q")
        ):
            out.append((e.type, e.span, ref.value))
    return out


LINK_COLUMNS = ("gold", "reached", "linked", "right")


def score_links(doc: Document, links: Sequence[PredictedLink]) -> dict[str, Counter[str]]:
    """Per sort: gold links, those reached by an entity of ours, linked by it, and linked right."""
    out: dict[str, Counter[str]] = {t: Counter() for t in LINKED_TYPES}
    for sort, span, item in gold_links(doc):
        tally = out[sort]
        tally["gold"] += 1
        mine = [x for x in links if x.type == sort and _touches(x.mentions, [span])]
        if not mine:
            continue
        tally["reached"] += 1
        values = [x.value for x in mine if x.value]
        tally["linked"] += bool(values)
        tally["right"] += item in values
    return out


# ------------------------------------------------------------------------------ the tally


@dataclass
class NerelScore:
    """Every table's counts for one system over a set of documents."""

    titles: TitleRule
    words: EventWords
    names: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    place_types_gold: Counter[str] = field(default_factory=Counter)
    place_types_found: Counter[str] = field(default_factory=Counter)
    roles: dict[str, Counts] | None = None
    workplaces: Counts | None = None
    events: dict[str, Counts] | None = None
    event_kinds_gold: Counter[str] = field(default_factory=Counter)
    event_kinds_found: Counter[str] = field(default_factory=Counter)
    events_real: int = 0
    events_left_out: int = 0
    links: dict[str, Counter[str]] | None = None
    rows: list[dict[str, Any]] = field(default_factory=list)

    def add(self, doc: Document, pred: Prediction) -> None:
        """Count one document."""
        names, tg, tf = score_names(doc, pred.mentions)
        for k in KINDS:
            self.names[k].merge(names[k])
        self.place_types_gold.update(tg)
        self.place_types_found.update(tf)
        row: dict[str, Any] = {"document": doc.name, **{k: names[k] for k in KINDS}}
        if pred.roles is not None:
            roles = score_roles(doc, pred.roles, self.titles)
            places = score_workplaces(doc, pred.roles)
            if self.roles is None or self.workplaces is None:
                self.roles, self.workplaces = {r: Counts() for r in RULES}, Counts()
            for r in RULES:
                self.roles[r].merge(roles[r])
            self.workplaces.merge(places)
            row["roles"], row["workplaces"] = roles["lenient"], places
        if pred.events is not None:
            events, kg, kf, real, left_out = score_events(doc, pred.events, self.words)
            if self.events is None:
                self.events = {part: Counts() for part in EVENT_PARTS}
            for part in EVENT_PARTS:
                self.events[part].merge(events[part])
            self.event_kinds_gold.update(kg)
            self.event_kinds_found.update(kf)
            self.events_real += real
            self.events_left_out += left_out
            row["events"] = events["detection"]
        if pred.links is not None:
            links = score_links(doc, pred.links)
            if self.links is None:
                self.links = {t: Counter() for t in LINKED_TYPES}
            for t in LINKED_TYPES:
                self.links[t].update(links[t])
        self.rows.append(row)

    def figures(self, each: bool = False) -> dict[str, Any]:
        """The figures as a JSON-ready dict (with a row per document when ``each``)."""
        out: dict[str, Any] = {
            "names": {k: self.names[k].as_dict() for k in KINDS},
            "place_types": {
                t: {"gold": self.place_types_gold[t], "found": self.place_types_found[t]} for t in LOC_TYPES
            },
            "roles": None,
            "workplaces": None,
            "events": None,
            "links": None,
        }
        if self.roles is not None and self.workplaces is not None:
            out["roles"] = {r: self.roles[r].as_dict() for r in RULES}
            out["workplaces"] = self.workplaces.as_dict()
        if self.events is not None:
            out["events"] = {
                **{part: self.events[part].as_dict() for part in EVENT_PARTS},
                "kinds": {
                    k: {"gold": self.event_kinds_gold[k], "found": self.event_kinds_found[k]}
                    for k in sorted(self.event_kinds_gold)
                },
                "predicted_on_any_gold_event": self.events_real,
                "predicted_left_out": self.events_left_out,
            }
        if self.links is not None:
            out["links"] = {t: {c: self.links[t][c] for c in LINK_COLUMNS} for t in LINKED_TYPES}
        if each:
            out["documents"] = [
                {k: (v.as_dict() if isinstance(v, Counts) else v) for k, v in row.items()}
                for row in self.rows
            ]
        return out

    def table(self, each: bool = False) -> str:
        """The tables printed by the script."""
        head = f"{'':<14}{'gold':>7}{'pred':>7}{'right':>7}{'found':>7}{'P':>8}{'R':>8}{'F1':>8}"

        def line(label: str, c: Counts) -> str:
            p, r, f = c.prf()
            return (
                f"{label:<14}{c.gold:>7}{c.predicted:>7}{c.right:>7}{c.found:>7}{p:>8.3f}{r:>8.3f}{f:>8.3f}"
            )

        out = ["(a) names by exact span (nested gold included; names that start with a capital)", head]
        out += [line(k, self.names[k]) for k in KINDS]
        out.append(
            "    recall of places by NEREL type: "
            + ", ".join(
                f"{t} {self.place_types_found[t]}/{self.place_types_gold[t]}"
                f" {_ratio(self.place_types_found[t], self.place_types_gold[t]):.3f}"
                for t in LOC_TYPES
            )
        )
        out.append("(b) roles against WORKS_AS (person by overlapping mention; titles as lemmas)")
        if self.roles is None or self.workplaces is None:
            out.append("    n/a: no roles")
        else:
            out.append(head)
            out += [line(r, self.roles[r]) for r in RULES]
            out.append(line("workplace", self.workplaces))
        out.append(
            "(c) events of our kinds (trigger words in nerel_event_words.tsv); arguments on matched events"
        )
        if self.events is None:
            out.append("    n/a: no events")
        else:
            out.append(head)
            out += [line(part, self.events[part]) for part in EVENT_PARTS]
            out.append(
                "    gold events found by kind: "
                + ", ".join(
                    f"{k} {self.event_kinds_found[k]}/{self.event_kinds_gold[k]}"
                    for k in sorted(self.event_kinds_gold)
                )
            )
            out.append(
                f"    predicted events whose evidence overlaps a gold EVENT of any kind: {self.events_real}"
                f"/{self.events['detection'].predicted}; left out (kinds not scored): {self.events_left_out}"
            )
        out.append("(d) Wikidata links of persons, countries and cities")
        if self.links is None:
            out.append("    n/a until the model has identifiers")
        else:
            out.append(
                f"{'':<14}{'gold':>7}{'reached':>9}{'linked':>8}{'right':>7}{'accuracy':>10}{'linked':>8}{'right':>8}"
            )
            for t in LINKED_TYPES:
                c = self.links[t]
                acc = c["right"] / c["linked"] if c["linked"] else 0.0
                share = c["linked"] / c["gold"] if c["gold"] else 0.0
                recall = c["right"] / c["gold"] if c["gold"] else 0.0
                out.append(
                    f"{t:<14}{c['gold']:>7}{c['reached']:>9}{c['linked']:>8}{c['right']:>7}"
                    f"{acc:>10.3f}{share:>8.3f}{recall:>8.3f}"
                )
            out.append("    accuracy = right / linked; then linked / gold and right / gold")
        if each:
            out.append(
                "per document: names g/p/r for PER LOC ORG, roles (lenient) and events g/p/right/found"
            )
            for row in self.rows:
                cells = [f"{row['document']:<16}"]
                for key in (*KINDS, "roles", "events"):
                    c = row.get(key)
                    if isinstance(c, Counts):
                        extra = f"/{c.found}" if key in ("roles", "events") else ""
                        cells.append(f"{key} {c.gold}/{c.predicted}/{c.right}{extra}")
                out.append("  ".join(cells))
        return "\n".join(out)


def main(argv: Sequence[str] = ()) -> int:
    """Print the tables (or ``--json``) for eventkit, and natasha with ``--natasha``."""
    import argparse

    parser = argparse.ArgumentParser(prog="benchmarks/nerel.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument(
        "--corpus", type=Path, help="a folder of ID_text.txt and ID_text.ann (default: the split)"
    )
    parser.add_argument("--natasha", action="store_true", help="score natasha's names by the same rule")
    parser.add_argument("--each", action="store_true", help="a row per document")
    parser.add_argument("--json", action="store_true", help="the figures as JSON")
    args = parser.parse_args(list(argv))
    path = args.corpus or corpus_dir(args.split)
    if not path.is_dir() or not any(path.glob("*.ann")):
        print(f"no NEREL documents (ID_text.txt and ID_text.ann) at {path}", file=sys.stderr)
        return 2
    docs = load_corpus(path)
    for doc in docs:
        for problem in doc.problems:
            print(f"warning: {problem}", file=sys.stderr)
    titles, words = TitleRule(), EventWords.load()
    systems: list[tuple[str, Callable[[Sequence[Document]], list[Prediction]]]] = [
        ("eventkit", eventkit_predictions)
    ]
    if args.natasha:
        systems.append(("natasha", natasha_predictions))
    report: dict[str, Any] = {
        "corpus": f"NEREL 1.1 {args.split if args.corpus is None else path.name}",
        "documents": len(docs),
    }
    for name, predict in systems:
        score = NerelScore(titles, words)
        for doc, pred in zip(docs, predict(docs), strict=True):
            score.add(doc, pred)
        if args.json:
            report[name] = score.figures(args.each)
        else:
            print(f"{name} on {len(docs)} NEREL documents ({report['corpus']})")
            print(score.table(args.each))
            print()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
