"""Score eventkit's Russian recognizer against the factRuEval-2016 development set.

    python benchmarks/factru.py [CORPUS_DIR] [--natasha]

CORPUS_DIR defaults to ``../shared/corpus/factru-devset`` beside the repository. With
``--natasha`` the same table is printed for natasha's own pipeline (NER, then ``normalize``
with morphology and syntax), so that both are scored by one rule.

Two rules, two tables. *Tokens* is the rule of the published factRuEval comparisons (where
natasha scores PER .959, LOC .915, ORG .825): a Person is the extent of its spans, an Org each
of its ``org_name`` spans, a Location or LocOrg each of its ``loc_name`` spans; spans that
overlap a longer one are dropped; then every token is labelled with the type of the gold span
covering it, and precision and recall are counted over tokens. Predicted names may nest (the
country inside ``Министерства иностранных дел России`` is a venue of its own): each token
takes the type of the innermost predicted name covering it.

*Mentions* is stricter. Each gold object of type Person, Org, Location or LocOrg is one mention, of type
PER, ORG, LOC or LOC: from the first character of its first span to the last of its last
(``мэрии Москвы``, ``Тверской площади``). A predicted mention counts when a gold mention of the
same type has exactly the same start and end. Predicted mentions are the entities' mentions
that start with a capital letter or a digit (a title such as ``президента Казахстана`` is a
mention of a person, but not a name the annotators marked). Base forms are scored over the
matched mentions: a person is right when its given name, patronymic and family name agree
with the gold group's ``firstname``, ``patronymic`` and ``lastname`` wherever both have one;
a venue or organization when its name equals one of the group's ``name`` values (case and
ё/е aside).
"""

from __future__ import annotations

import bisect
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "GoldDocument",
    "Prediction",
    "Score",
    "gold_mentions",
    "load_document",
    "parse_coref",
    "parse_objects",
    "parse_spans",
]

TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}


@dataclass(frozen=True)
class GoldSpan:
    """One annotated span: ``id type offset length ...``."""

    id: str
    type: str
    start: int
    end: int


@dataclass(frozen=True)
class GoldObject:
    """One annotated entity: ``id type span-ids # text``."""

    id: str
    type: str
    span_ids: tuple[str, ...]


@dataclass
class GoldDocument:
    """A factRuEval document: text, spans, objects, and the coreference groups' attributes."""

    name: str
    text: str
    spans: dict[str, GoldSpan]
    objects: list[GoldObject]
    attributes: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # object id → attrs
    groups: dict[str, str] = field(default_factory=dict)  # object id → coreference group id


@dataclass(frozen=True)
class Prediction:
    """A predicted mention and the base form of the entity it belongs to."""

    type: str
    start: int
    end: int
    name: str
    given: str | None = None
    patronymic: str | None = None
    family: str | None = None
    aliases: tuple[str, ...] = ()
    entity: str = ""  # the id of the entity this mention belongs to


def parse_spans(lines: Iterable[str]) -> dict[str, GoldSpan]:
    """``.spans`` lines: ``id type offset length token-id count  # token-ids text``."""
    out = {}
    for line in lines:
        head = line.split("#", 1)[0].split()
        if len(head) < 4:
            continue
        sid, kind, offset, length = head[:4]
        out[sid] = GoldSpan(sid, kind, int(offset), int(offset) + int(length))
    return out


def parse_objects(lines: Iterable[str]) -> list[GoldObject]:
    """``.objects`` lines: ``id type span-id... # text``."""
    out = []
    for line in lines:
        head = line.split("#", 1)[0].split()
        if len(head) < 3:
            continue
        out.append(GoldObject(head[0], head[1], tuple(head[2:])))
    return out


def parse_coref(text: str) -> dict[str, dict[str, list[str]]]:
    """``.coref`` blocks: ``group-id object-id...`` then ``key value`` lines; by object id."""
    out: dict[str, dict[str, list[str]]] = {}
    for block in text.split("\n\n"):
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        ids = lines[0].split()[1:]
        attrs: dict[str, list[str]] = defaultdict(list)
        for line in lines[1:]:
            key, _, value = line.partition(" ")
            attrs[key].append(value.strip())
        for oid in ids:
            out[oid] = dict(attrs)
    return out


def parse_coref_groups(text: str) -> dict[str, str]:
    """``.coref`` blocks: which coreference group each object id belongs to."""
    out: dict[str, str] = {}
    for block in text.split("\n\n"):
        lines = [line for line in block.splitlines() if line.strip()]
        if lines:
            group, *ids = lines[0].split()
            out.update(dict.fromkeys(ids, group))
    return out


def load_document(base: Path) -> GoldDocument:
    """The document whose files are ``base`` + ``.txt``, ``.spans``, ``.objects``, ``.coref``."""

    def read(ext: str) -> str:
        path = base.with_suffix(ext)
        return path.read_text(encoding="utf-8") if path.exists() else ""

    return GoldDocument(
        name=base.name,
        text=read(".txt"),
        spans=parse_spans(read(".spans").splitlines()),
        objects=parse_objects(read(".objects").splitlines()),
        attributes=parse_coref(read(".coref")),
        groups=parse_coref_groups(read(".coref")),
    )


def gold_mentions(doc: GoldDocument) -> dict[tuple[str, int, int], GoldObject]:
    """The gold mentions by (type, start, end): each object's extent over all its spans."""
    out: dict[tuple[str, int, int], GoldObject] = {}
    for obj in doc.objects:
        kind = TYPES.get(obj.type)
        spans = [doc.spans[s] for s in obj.span_ids if s in doc.spans]
        if kind is None or not spans:
            continue
        key = (kind, min(s.start for s in spans), max(s.end for s in spans))
        out.setdefault(key, obj)
    return out


def gold_token_spans(doc: GoldDocument) -> list[tuple[str, int, int]]:
    """Gold spans under the tokens rule: Person extents, ``org_name`` and ``loc_name`` spans."""
    out = []
    for obj in doc.objects:
        spans = [doc.spans[s] for s in obj.span_ids if s in doc.spans]
        if not spans:
            continue
        if obj.type == "Person":
            out.append(("PER", min(s.start for s in spans), max(s.end for s in spans)))
        elif obj.type == "Org":
            out.extend(("ORG", s.start, s.end) for s in spans if s.type == "org_name")
        elif obj.type in ("Location", "LocOrg"):
            out.extend(("LOC", s.start, s.end) for s in spans if s.type == "loc_name")
    return _without_overlaps(out)


def _without_overlaps(spans: Iterable[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Longest first, each span kept only when it overlaps none kept before it."""
    kept: list[tuple[str, int, int]] = []
    for span in sorted(set(spans), key=lambda s: (s[1] - s[2], s[1], s[0])):
        if all(span[2] <= k[1] or k[2] <= span[1] for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s[1])


def _outer_first(spans: Iterable[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Flat spans are unchanged; nested ones are ordered so that the innermost labels its tokens."""
    return sorted(spans, key=lambda s: (s[1] - s[2], s[1], s[0]))


_TOKEN = re.compile(r"\w+|[^\w\s]")


def _token_labels(text: str, spans: Sequence[tuple[str, int, int]]) -> list[str]:
    starts = [m.start() for m in _TOKEN.finditer(text)]
    labels = [""] * len(starts)
    for kind, start, end in spans:
        for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            labels[i] = kind
    return labels


def _norm(s: str | None) -> str | None:
    return None if s is None else " ".join(s.lower().replace("ё", "е").split())


def _base_form_right(pred: Prediction, attrs: dict[str, list[str]]) -> bool | None:
    """Whether the predicted base form agrees with the gold attributes (None: nothing to compare)."""
    if pred.type == "PER":
        compared = False
        for ours, key in (
            (pred.given, "firstname"),
            (pred.patronymic, "patronymic"),
            (pred.family, "lastname"),
        ):
            gold = {_norm(v) for v in attrs.get(key, [])}
            if ours is not None and gold:
                compared = True
                if _norm(ours) not in gold:
                    return False
        return True if compared else None
    names = {_norm(v) for v in attrs.get("name", [])}
    if not names:
        return None
    return any(_norm(n) in names for n in (pred.name, *pred.aliases))


@dataclass
class Score:
    """Counts per type: gold, predicted, matched; base forms compared and right."""

    gold: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    predicted: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    matched: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    forms: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    forms_right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)
    token_pred: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    token_gold: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    token_both: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    pairs_predicted: int = 0  # pairs of matched person mentions put in one person
    pairs_gold: int = 0  # pairs that the gold puts in one coreference group
    pairs_both: int = 0

    def add(self, doc: GoldDocument, predictions: Sequence[Prediction]) -> None:
        """Count one document's predictions against its gold mentions."""
        ours = _token_labels(doc.text, _outer_first({(p.type, p.start, p.end) for p in predictions}))
        theirs = _token_labels(doc.text, gold_token_spans(doc))
        for a, b in zip(ours, theirs, strict=True):
            if a:
                self.token_pred[a] += 1
            if b:
                self.token_gold[b] += 1
            if a and a == b:
                self.token_both[a] += 1
        gold = gold_mentions(doc)
        for kind, _s, _e in gold:
            self.gold[kind] += 1
        seen = set()
        people: list[tuple[str, str]] = []  # (predicted entity, gold group) of matched persons
        for pred in predictions:
            key = (pred.type, pred.start, pred.end)
            if key in seen:
                continue
            seen.add(key)
            self.predicted[pred.type] += 1
            obj = gold.get(key)
            if obj is None:
                continue
            self.matched[pred.type] += 1
            if pred.type == "PER":
                people.append((pred.entity, doc.groups.get(obj.id, obj.id)))
            right = _base_form_right(pred, doc.attributes.get(obj.id, {}))
            if right is not None:
                self.forms[pred.type] += 1
                self.forms_right[pred.type] += right
                if not right:
                    want = doc.attributes.get(obj.id, {})
                    self.errors.append((pred.type, doc.text[pred.start : pred.end], pred.name, str(want)))
        for i, (entity_a, group_a) in enumerate(people):
            for entity_b, group_b in people[i + 1 :]:
                same_predicted = entity_a == entity_b
                same_gold = group_a == group_b
                self.pairs_predicted += same_predicted
                self.pairs_gold += same_gold
                self.pairs_both += same_predicted and same_gold

    def row(self, kind: str) -> tuple[int, int, int, float, float, float, float]:
        """gold, predicted, matched, precision, recall, F1, base-form accuracy."""
        g, p, m = self.gold[kind], self.predicted[kind], self.matched[kind]
        precision = m / p if p else 0.0
        recall = m / g if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        forms = self.forms_right[kind] / self.forms[kind] if self.forms[kind] else 0.0
        return g, p, m, precision, recall, f1, forms

    def coreference(self) -> tuple[float, float, float]:
        """Precision, recall and F1 of 'these two person mentions are one person', over pairs."""
        precision = self.pairs_both / self.pairs_predicted if self.pairs_predicted else 0.0
        recall = self.pairs_both / self.pairs_gold if self.pairs_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def token_row(self, kind: str) -> tuple[float, float, float]:
        """Precision, recall and F1 over tokens (the published factRuEval comparisons' rule)."""
        both = self.token_both[kind]
        precision = both / self.token_pred[kind] if self.token_pred[kind] else 0.0
        recall = both / self.token_gold[kind] if self.token_gold[kind] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def table(self) -> str:
        """The tables printed by the script."""
        lines = ["tokens", f"{'type':<5}{'P':>8}{'R':>8}{'F1':>8}"]
        for kind in ("PER", "LOC", "ORG"):
            precision, recall, f1 = self.token_row(kind)
            lines.append(f"{kind:<5}{precision:>8.3f}{recall:>8.3f}{f1:>8.3f}")
        lines.append("mentions (exact extent) and base forms of the matched ones")
        lines += [f"{'type':<5}{'gold':>7}{'pred':>7}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}{'base form':>11}"]
        for kind in ("PER", "LOC", "ORG"):
            g, p, m, pr, rc, f1, forms = self.row(kind)
            lines.append(
                f"{kind:<5}{g:>7}{p:>7}{m:>7}{pr:>8.3f}{rc:>8.3f}{f1:>8.3f}{forms:>10.3f} "
                f"({self.forms_right[kind]}/{self.forms[kind]})"
            )
        precision, recall, f1 = self.coreference()
        lines.append(
            f"persons' coreference over pairs of matched mentions: P {precision:.3f}  R {recall:.3f}  "
            f"F1 {f1:.3f} ({self.pairs_gold} gold pairs)"
        )
        return "\n".join(lines)


def eventkit_predictions(docs: Sequence[GoldDocument]) -> list[list[Prediction]]:
    """Predictions of eventkit's Russian recognizer, one list per document."""
    from eventkit.entities import get_recognizer
    from eventkit.model import Span

    recognizer = get_recognizer("ru", required=True)
    assert recognizer is not None
    out = []
    many = getattr(recognizer, "recognize_many", None)
    items = [(d.text, [Span(start=0, end=len(d.text))]) for d in docs]
    results = many(items) if many else [recognizer.recognize(t, b) for t, b in items]
    for found in results:
        preds = []
        for p in found.persons:
            for m in p.mentions:
                if m.text[:1].isupper():
                    preds.append(
                        Prediction(
                            "PER",
                            m.span.start,
                            m.span.end,
                            p.name,
                            p.given_name,
                            p.patronymic,
                            p.family_name,
                            entity=p.id,
                        )
                    )
        for o in found.organizations:
            preds.extend(
                Prediction("ORG", m.span.start, m.span.end, o.name, aliases=o.aliases, entity=o.id)
                for m in o.mentions
            )
        for v in found.venues:
            preds.extend(
                Prediction("LOC", m.span.start, m.span.end, v.name, aliases=v.aliases) for m in v.mentions
            )
        out.append(preds)
    return out


def natasha_predictions(docs: Sequence[GoldDocument]) -> list[list[Prediction]]:
    """Predictions of natasha's full pipeline (segment, morphology, syntax, NER, normalize)."""
    from natasha import (
        Doc,
        MorphVocab,
        NamesExtractor,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    emb = NewsEmbedding()
    segmenter, vocab = Segmenter(), MorphVocab()
    morph, syntax, ner = NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)
    names = NamesExtractor(vocab)
    out = []
    for d in docs:
        doc = Doc(d.text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        preds = []
        for span in doc.spans:
            span.normalize(vocab)
            given = patronymic = family = None
            if span.type == "PER":
                span.extract_fact(names)
                if span.fact is not None:
                    parts = span.fact.as_dict
                    given, patronymic, family = parts.get("first"), parts.get("middle"), parts.get("last")
            preds.append(
                Prediction(
                    span.type,
                    span.start,
                    span.stop,
                    span.normal or span.text,
                    given,
                    patronymic,
                    family,
                    entity=family
                    or span.normal
                    or span.text,  # natasha has no coreference: one surname, one person
                )
            )
        out.append(preds)
    return out


def corpus_dir() -> Path:
    """``../shared/corpus/factru-devset`` beside the repository."""
    return Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "factru-devset"


def load_corpus(path: Path) -> list[GoldDocument]:
    """Every document of a factRuEval directory, in name order."""
    return [load_document(p.with_suffix("")) for p in sorted(path.glob("*.txt"))]


def main(argv: Sequence[str] = ()) -> int:
    """Print the score table (and, with ``--errors``, the wrong base forms)."""
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else corpus_dir()
    if not path.is_dir():
        print(f"no factRuEval corpus at {path}", file=sys.stderr)
        return 2
    docs = load_corpus(path)
    systems = [("eventkit", eventkit_predictions)]
    if "--natasha" in argv:
        systems.append(("natasha (full pipeline)", natasha_predictions))
    for name, predict in systems:
        result = Score()
        for doc, preds in zip(docs, predict(docs), strict=True):
            result.add(doc, preds)
        print(f"{name} on {len(docs)} factRuEval development documents")
        print(result.table())
        if "--errors" in argv:
            for err in result.errors:
                print("  ", *err)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
