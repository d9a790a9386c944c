"""How fast ``eventkit.link`` reads many articles as one corpus, at 1,000 and 10,000 articles.

    python benchmarks/link.py [--sizes 1000,10000] [--repeat 3]

The articles are made from our own example reports (``examples/stories/*.txt``, parsed once):
each synthetic article is one of them with another id, its dates moved by a number of days, and
its two leaders replaced by another pair of persons of the identity lexicon. About one article
in three reports an event another article reports too, so stories have one to a few reports.
There is no peer that merges reports into stories offline, so the figure to read is the ratio:
the time per article at 10,000 over that at 1,000 (1.0 is linear; all-pairs matching would be 10).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

import attrs

import eventkit as ek

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "examples" / "stories"


def _leaders(count: int) -> list[tuple[str, tuple[ek.Identifier, ...]]]:
    """Persons of the identity lexicon with a Wikidata item: a name and the item."""
    from eventkit.lexicon import table

    seen: dict[str, str] = {}
    for row in table("identities").records():
        if row["kind"] == "person" and row["wikidata"] and len(row["name"].split()) > 1:
            seen.setdefault(row["wikidata"], row["name"])
    items = sorted(seen.items())[:count]
    return [(name, (ek.Identifier(scheme=ek.Scheme.WIKIDATA, value=q),)) for q, name in items]


def _shift(date: ek.PartialDate | None, days: int) -> ek.PartialDate | None:
    if date is None or date.day is None:
        return date
    return ek.PartialDate.from_date(date.earliest() + dt.timedelta(days=days))


def _variant(
    article: ek.Article, n: int, days: int, pair: list[tuple[str, tuple[ek.Identifier, ...]]]
) -> ek.Article:
    persons = tuple(
        attrs.evolve(p, name=pair[i % 2][0], identifiers=pair[i % 2][1])
        for i, p in enumerate(article.persons)
    )
    events = tuple(
        attrs.evolve(
            e,
            dates=None
            if e.dates is None
            else ek.DateRange(start=_shift(e.dates.start, days), end=_shift(e.dates.end, days)),  # type: ignore[arg-type]
        )
        for e in article.events
    )
    return attrs.evolve(
        article, id=f"a{n}", published=_shift(article.published, days), persons=persons, events=events
    )


def synthesise(examples: list[ek.Article], size: int, seed: int = 1) -> list[ek.Article]:
    """``size`` articles varied from ``examples``: a third of them report an event reported before."""
    rng = random.Random(seed)
    leaders = _leaders(400)
    out: list[ek.Article] = []
    made: list[tuple[int, list[tuple[str, tuple[ek.Identifier, ...]]]]] = []
    for n in range(size):
        if made and rng.random() < 1 / 3:
            days, pair = made[rng.randrange(len(made))]  # another report of an event reported before
        else:
            days, pair = rng.randrange(3650), rng.sample(leaders, 2)
            made.append((days, pair))
        out.append(_variant(examples[n % len(examples)], n, days, pair))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    examples = [ek.parse_article(p.read_text(encoding="utf-8")) for p in sorted(STORIES.glob("*.txt"))]
    if not any(e.events for e in examples):
        print("the example reports gave no events (is the ru extra installed?)", file=sys.stderr)
    sizes = [int(s) for s in args.sizes.split(",")]
    per_article: dict[int, float] = {}
    print(f"{'articles':>10}{'stories':>10}{'seconds':>10}{'articles/s':>12}")
    for size in sizes:
        articles = synthesise(examples, size)
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            corpus = ek.link(articles)
            best = min(best, time.perf_counter() - start)
        per_article[size] = best / size
        print(f"{size:>10}{len(corpus.stories):>10}{best:>10.2f}{size / best:>12.0f}")
    if len(sizes) > 1:
        first, last = sizes[0], sizes[-1]
        ratio = per_article[last] / per_article[first]
        print(f"time per article at {last} / at {first}: {ratio:.2f}", end=" ")
        print(f"(1.0 is linear, {last / first:.0f} for all pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
