"""Speed of entity extraction: eventkit's Russian recognizer against natasha's full pipeline.

    python benchmarks/extraction.py [CORPUS_DIR] [--rounds N]

Both run in this one process on the same real texts (the factRuEval development set), one
article at a time, after their models are loaded: natasha segments, tags morphology, parses
syntax, tags names and normalizes every name; eventkit tags names and builds persons (base
forms, roles, coreference), organizations and venues (kinds, parents, ISO codes). The script
prints articles per second for each and their ratio (the recognizer alone, and the whole of
:func:`eventkit.parse_article`: layout, quotes, dates, entities and events), then what each
found, and the rate of
:func:`eventkit.entities.recognize_many` on all cores. A benchmark, not a test: numbers depend
on the machine and its load.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

__all__ = ["main"]

# One thread for numpy's linear algebra, for both natasha and eventkit: on a small machine the
# default thread per core made both slower and the figures jump from run to run. A setting
# given in the environment wins. (numpy is loaded later, in main.)
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")


def _corpus(argv: Sequence[str]) -> list[str]:
    args = [a for a in argv if not a.startswith("--") and not a.isdigit()]  # CORPUS_DIR
    path = (
        Path(args[0])
        if args
        else Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "factru-devset"
    )
    if not path.is_dir():
        raise SystemExit(f"no corpus at {path}")
    return [p.read_text(encoding="utf-8") for p in sorted(path.glob("*.txt"))]


def _best_of(rounds: int, run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: Sequence[str] = ()) -> int:
    """Run the benchmark and print the table."""
    rounds = 3
    if "--rounds" in argv:
        rounds = int(argv[list(argv).index("--rounds") + 1])
    texts = _corpus(argv)

    from natasha import (
        Doc,
        MorphVocab,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    from eventkit import parse_article
    from eventkit.entities import get_recognizer, recognize_many
    from eventkit.model import Span

    emb = NewsEmbedding()
    segmenter, vocab = Segmenter(), MorphVocab()
    morph, syntax, ner = NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)
    recognizer = get_recognizer("ru", required=True)
    assert recognizer is not None
    blocks = [[Span(start=0, end=len(t))] for t in texts]

    natasha_found: list[int] = []

    def natasha() -> None:
        natasha_found.clear()
        for text in texts:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_morph(morph)
            doc.parse_syntax(syntax)
            doc.tag_ner(ner)
            for span in doc.spans:
                span.normalize(vocab)
            natasha_found.append(len(doc.spans))

    found = []

    def eventkit() -> None:
        found.clear()
        for text, b in zip(texts, blocks, strict=True):
            found.append(recognizer.recognize(text, b))

    parsed = []

    def parse() -> None:
        parsed.clear()
        for text in texts:
            parsed.append(parse_article(text, published="2016-01-01", language="ru"))

    natasha()  # warm all up: first calls fill caches
    eventkit()
    parse()
    # rounds alternate, so that a change in the machine's load touches both alike
    t_natasha = t_eventkit = t_parse = float("inf")
    for _ in range(rounds):
        t_natasha = min(t_natasha, _best_of(1, natasha))
        t_eventkit = min(t_eventkit, _best_of(1, eventkit))
        t_parse = min(t_parse, _best_of(1, parse))
    t_parallel = _best_of(1, lambda: recognize_many(zip(texts, blocks, strict=True)))

    n = len(texts)
    print(f"{n} factRuEval development texts, {sum(map(len, texts))} characters, best of {rounds} rounds")
    print(f"numpy threads: OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}")
    from pymorphy2.dawg import EXTENSION_AVAILABLE

    reader = "the dawg extension" if EXTENSION_AVAILABLE else "dawg_python"
    print(f"pymorphy2 reads its dictionary with {reader}")
    print(f"{'natasha full pipeline':<38}{n / t_natasha:>9.1f} articles/s")
    print(f"{'eventkit recognizer (one process)':<38}{n / t_eventkit:>9.1f} articles/s")
    print(f"{'ratio eventkit / natasha':<38}{t_natasha / t_eventkit:>9.2f}x")
    print(f"{'eventkit parse_article (everything)':<38}{n / t_parse:>9.1f} articles/s")
    print(f"{'ratio parse_article / natasha':<38}{t_natasha / t_parse:>9.2f}x")
    print(f"{'eventkit recognize_many (all cores)':<38}{n / t_parallel:>9.1f} articles/s")
    persons = sum(len(e.persons) for e in found)
    roles = sum(len(p.roles) for e in found for p in e.persons)
    mentions = sum(len(x.mentions) for e in found for x in (*e.persons, *e.organizations, *e.venues))
    venues = sum(len(e.venues) for e in found)
    kinds = sum(1 for e in found for v in e.venues if v.kind.value != "other")
    parents = sum(1 for e in found for v in e.venues if v.parent is not None)
    print(f"natasha: {sum(natasha_found)} name spans with normal forms")
    quotes = sum(len(a.quotes) for a in parsed)
    events = sum(len(a.events) for a in parsed)
    dates = sum(len(a.dates) for a in parsed)
    print(f"parse_article also: {quotes} quotes, {dates} dates, {events} events")
    print(
        f"eventkit: {mentions} mentions of {persons} persons ({roles} roles), "
        f"{sum(len(e.organizations) for e in found)} organizations, {venues} venues "
        f"({kinds} with a kind, {parents} with a parent)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
