"""How well the text parser reads articles, measured against hand-made answer keys.

``python -m eventkit.evaluate GOLD.json...`` parses the article each answer key names (its
``"document"``, relative to the key) and prints precision, recall and F1 per field, summed over
all keys. Answer keys are in the ``eventkit-gold/1`` format described in the corpus README.

How each field is matched (one gold item to at most one found item):

* persons, organizations, venues: by exact name (``venues+kind`` also by kind); names, texts
  and cues everywhere are compared without regard to letter case, runs of spaces, or ё written
  as е (``Черное море`` is ``Чёрное море``), as Russian print writes either;
* quotes: the found text starts with ``starts_with`` (and ends with ``ends_with`` when given)
  and its speaker is the person named ``speaker``; ``quotes.span`` ignores the speaker,
  ``quotes.kind`` and ``quotes.cue`` add the kind and the cue words;
* not_quotes: a found quote whose text is one of them is a false positive;
* dates: the same text and the same start and end;
* events: the same kind and status, the same dates when the key gives them, the same parent
  event's kind and venue when the key gives them, and the same participants; ``events.kind``
  asks only the kind and status, ``events.dates``, ``events.participants`` and
  ``events.links`` (parent and venue) each add one part to them, to show which part fails;
* outlet, info_sources, media_credits: by name (case-insensitive); paragraphs by count;
  published and language by value.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs
import orjson

from .errors import EventkitError
from .model import Article

__all__ = ["FIELDS", "GOLD_FORMAT", "Score", "evaluate_files", "main", "score_article"]

GOLD_FORMAT = "eventkit-gold/1"

FIELDS = (
    "persons",
    "organizations",
    "venues",
    "venues+kind",
    "quotes",
    "quotes.span",
    "quotes.kind",
    "quotes.cue",
    "not_quotes",
    "dates",
    "events",
    "events.kind",
    "events.dates",
    "events.participants",
    "events.links",
    "outlet",
    "info_sources",
    "media_credits",
    "paragraphs",
    "published",
    "language",
)
"""The rows of the report, in order."""


@attrs.frozen
class Score:
    """Counts of one field: found and right, found but wrong, missed."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)

    @property
    def precision(self) -> float:
        """Right among found (1.0 when nothing was found)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Found among due (1.0 when nothing was due)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class GoldError(EventkitError, ValueError):
    """An answer key that cannot be used, with its path."""


def _match(gold: Sequence[Any], found: Sequence[Any], same: Callable[[Any, Any], bool]) -> Score:
    """Pair each gold item with the first unpaired found item that is the same."""
    free = list(range(len(found)))
    tp = 0
    for g in gold:
        for k, i in enumerate(free):
            if same(g, found[i]):
                tp += 1
                del free[k]
                break
    return Score(tp=tp, fp=len(found) - tp, fn=len(gold) - tp)


def _names(items: Iterable[Any]) -> list[str]:
    return [item["name"] if isinstance(item, dict) else str(item) for item in items]


def _fold(value: str | None) -> str:
    return " ".join((value or "").split()).casefold().replace("ё", "е")


def _equal(a: str, b: str) -> bool:
    return _fold(a) == _fold(b)


def _starts(text: str, prefix: str) -> bool:
    return _fold(text.lstrip('«"„“ ')).startswith(_fold(prefix))


def _ends(text: str, suffix: str | None) -> bool:
    return suffix is None or _fold(text.rstrip('.,!?…»"“” ')).endswith(_fold(suffix.rstrip('.,!?…»"“” ')))


def score_article(article: Article, gold: dict[str, Any]) -> dict[str, Score]:
    """The scores of one parsed article against its answer key."""
    person_name = {p.id: p.name for p in article.persons}
    entity_name = {**person_name, **{o.id: o.name for o in article.organizations}}
    venue_name = {v.id: v.name for v in article.venues}
    event_kind = {e.id: e.kind.value for e in article.events}
    scores: dict[str, Score] = {}

    scores["persons"] = _match(_names(gold.get("persons", ())), [p.name for p in article.persons], _equal)
    scores["organizations"] = _match(
        _names(gold.get("organizations", ())), [o.name for o in article.organizations], _equal
    )
    scores["venues"] = _match(_names(gold.get("venues", ())), [v.name for v in article.venues], _equal)
    scores["venues+kind"] = _match(
        [(v["name"], v.get("kind")) for v in gold.get("venues", ()) if isinstance(v, dict)],
        [(v.name, v.kind.value) for v in article.venues],
        lambda g, f: _equal(g[0], f[0]) and g[1] == f[1],
    )

    quotes = list(article.quotes)
    gold_quotes = list(gold.get("quotes", ()))

    def span_ok(g: dict[str, Any], q: Any) -> bool:
        return _starts(q.text, g["starts_with"]) and _ends(q.text, g.get("ends_with"))

    scores["quotes"] = _match(
        gold_quotes,
        quotes,
        lambda g, q: span_ok(g, q) and _equal(g.get("speaker") or "", person_name.get(q.speaker or "", "")),
    )
    scores["quotes.span"] = _match(gold_quotes, quotes, span_ok)
    scores["quotes.kind"] = _match(
        gold_quotes, quotes, lambda g, q: span_ok(g, q) and g.get("kind") == q.kind.value
    )
    with_cue = [g for g in gold_quotes if g.get("cue")]
    cue_quotes = [q for q in quotes if any(span_ok(g, q) for g in with_cue)]
    scores["quotes.cue"] = _match(
        with_cue, cue_quotes, lambda g, q: span_ok(g, q) and _equal(g["cue"], q.cue or "")
    )
    not_quotes = list(gold.get("not_quotes", ()))
    wrong = sum(1 for n in not_quotes if any(_equal(q.text.strip('«»"„“” '), n) for q in quotes))
    scores["not_quotes"] = Score(tp=len(not_quotes) - wrong, fp=wrong)

    scores["dates"] = _match(
        list(gold.get("dates", ())),
        list(article.dates),
        lambda g, d: (
            d.text == g["text"] and str(d.dates.start) == g["start"] and str(d.dates.end) == g["end"]
        ),
    )

    def kind_ok(g: dict[str, Any], e: Any) -> bool:
        return g.get("kind") == e.kind.value and ("status" not in g or g["status"] == e.status.value)

    def dates_ok(g: dict[str, Any], e: Any) -> bool:
        return "start" not in g or (
            e.dates is not None and str(e.dates.start) == g["start"] and str(e.dates.end) == g["end"]
        )

    def links_ok(g: dict[str, Any], e: Any) -> bool:
        if "parent" in g and event_kind.get(e.parent or "") != g["parent"]:
            return False
        return "venue" not in g or _equal(venue_name.get(e.venue or "", ""), g["venue"])

    def participants_ok(g: dict[str, Any], e: Any) -> bool:
        found = sorted(_fold(entity_name.get(p.entity, "")) for p in e.participants)
        persons = [p for p in found if p in {_fold(n) for n in person_name.values()}]
        return sorted(_fold(n) for n in g.get("participants", ())) == persons

    gold_events = list(gold.get("events", ()))
    events = list(article.events)
    scores["events"] = _match(
        gold_events,
        events,
        lambda g, e: kind_ok(g, e) and dates_ok(g, e) and links_ok(g, e) and participants_ok(g, e),
    )
    scores["events.kind"] = _match(gold_events, events, kind_ok)
    scores["events.dates"] = _match(gold_events, events, lambda g, e: kind_ok(g, e) and dates_ok(g, e))
    scores["events.participants"] = _match(
        gold_events, events, lambda g, e: kind_ok(g, e) and participants_ok(g, e)
    )
    scores["events.links"] = _match(gold_events, events, lambda g, e: kind_ok(g, e) and links_ok(g, e))

    outlet = [gold["outlet"]] if gold.get("outlet") else []
    scores["outlet"] = _match(outlet, [article.outlet.name] if article.outlet else [], _equal)
    scores["info_sources"] = _match(
        list(gold.get("info_sources", ())), [s.name for s in article.info_sources], _equal
    )
    scores["media_credits"] = _match(
        list(gold.get("media_credits", ())), [c.credit for c in article.media_credits], _equal
    )
    if "paragraphs" in gold:
        n, g = len(article.paragraphs), int(gold["paragraphs"])
        scores["paragraphs"] = Score(tp=min(n, g), fp=max(0, n - g), fn=max(0, g - n))
    for key in ("published", "language"):
        if key in gold:
            value = str(getattr(article, key)) if getattr(article, key) is not None else ""
            scores[key] = Score(tp=1) if value == gold[key] else Score(fp=1 if value else 0, fn=1)
    return scores


def _load_gold(path: Path) -> tuple[dict[str, Any], str]:
    try:
        gold = orjson.loads(path.read_bytes())
    except OSError as error:
        raise GoldError(f"{path}: cannot read: {error.strerror}") from None
    except orjson.JSONDecodeError as error:
        raise GoldError(f"{path}: not JSON: {error}") from None
    if not isinstance(gold, dict) or gold.get("format") != GOLD_FORMAT:
        raise GoldError(f'{path}: not an answer key: expected "format": "{GOLD_FORMAT}"')
    document = gold.get("document")
    if not isinstance(document, str):
        raise GoldError(f'{path}: "document" must name the article\'s text file')
    text_path = path.parent / document
    try:
        text = text_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(f"{path}: cannot read its document {text_path}: {error}") from None
    return gold, text


def evaluate_files(
    paths: Iterable[str | Path], *, entities: bool | None = None
) -> tuple[dict[str, Score], dict[str, dict[str, Score]]]:
    """The summed scores over all answer keys, and the scores of each key by its path."""
    from .pipeline import parse_article

    total: dict[str, Score] = {}
    each: dict[str, dict[str, Score]] = {}
    for name in paths:
        path = Path(name)
        gold, text = _load_gold(path)
        try:
            article = parse_article(text, entities=entities)
        except EventkitError as error:
            raise GoldError(f"{path.parent / gold['document']}: {error}") from None
        scores = score_article(article, gold)
        each[str(path)] = scores
        for key, score in scores.items():
            total[key] = total.get(key, Score()) + score
    return total, each


def _table(scores: dict[str, Score]) -> str:
    lines = [f"{'field':<15} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for key in FIELDS:
        if key in scores:
            s = scores[key]
            lines.append(
                f"{key:<15} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the scores of the text parser on the given answer keys; 2 on unusable input."""
    parser = argparse.ArgumentParser(
        prog="python -m eventkit.evaluate",
        description="Precision, recall and F1 of eventkit's text parser against eventkit-gold/1 answer keys.",
    )
    parser.add_argument("gold", nargs="+", help="answer keys (*.gold.json)")
    parser.add_argument("--no-entities", action="store_true", help="parse without a named-entity recognizer")
    parser.add_argument("--each", action="store_true", help="also print the scores of each answer key")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    try:
        total, each = evaluate_files(args.gold, entities=False if args.no_entities else None)
    except EventkitError as error:
        print(f"python -m eventkit.evaluate: error: {error}", file=sys.stderr)
        return 2
    if args.json:
        data = {
            "total": {k: attrs.asdict(v) for k, v in total.items()},
            "each": {p: {k: attrs.asdict(v) for k, v in s.items()} for p, s in each.items()},
        }
        sys.stdout.write(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    if args.each:
        for path, scores in each.items():
            print(path)
            print(_table(scores))
            print()
    print(f"{len(each)} answer key{'s' if len(each) != 1 else ''}")
    print(_table(total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
