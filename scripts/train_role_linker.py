"""Train the Russian role linker (lone titles → persons) on NEREL 1.1 train.

    python scripts/train_role_linker.py [--corpus DIR] [--folds N] [--epochs N] [--out PATH] [--pairs FILE]
        [--end-to-end THRESHOLDS]

The corpus is ``../shared/corpus/nerel/train`` beside the repository unless ``--corpus`` says
otherwise (read by ``benchmarks/nerel.py``'s reader). Each text goes through
``eventkit.parse_article``; the titles no rule gave to a person are recorded with every person
of their window, and a pair is right when NEREL has a ``WORKS_AS`` relation from a mention of
that person to the PROFESSION holding the title's head word. The figures printed are those of
held-out folds of train (documents split in a fixed order): pair decisions (each title goes to
its best-scored person when the score passes the threshold) as precision, recall and F1. The
threshold is the one with the best held-out F1 among those whose precision reaches
one half (a title given also names quote speakers and event participants, where a wrong one
costs more than a missed one); the model is then trained on all of train and written to
``src/eventkit/entities/ru/data/role_linker.json.gz`` unless ``--out`` says otherwise. With
``--pairs FILE`` the recorded pairs are kept in FILE and read from it on the next run. With
``--end-to-end 0.25,0.3`` the whole of the roles is also scored on the held-out folds, as
``benchmarks/nerel.py`` scores them (strict, lenient, workplaces), each fold's documents parsed
with the model of the other folds at each threshold given: a pair's decisions say little of
what a change does to the roles (a title given to the right person may still have other words
than NEREL's), so a new feature or threshold is judged by these figures.
Training is deterministic: the same corpus and options give the same file.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from nerel import (  # noqa: E402
    Counts,
    Document,
    TitleRule,
    corpus_dir,
    load_corpus,
    prediction_from_article,
    score_roles,
    score_workplaces,
)

from eventkit.entities.ru._linker import Candidate, LinkerModel, logistic, recording, using, write  # noqa: E402

__all__ = ["Example", "decide", "end_to_end", "examples", "main", "train"]

OUT = ROOT / "src" / "eventkit" / "entities" / "ru" / "data" / "role_linker.json.gz"

MIN_PRECISION = 0.5
"""A title is given only where the model, on held-out folds, is right at least this often."""

Example = tuple[tuple[str, ...], bool]
"""A pair's features and whether the person holds the title."""


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def labelled(doc: Document, candidates: Sequence[Candidate]) -> list[tuple[tuple[int, int], Example]]:
    """Each candidate pair of ``doc`` as (title head, (features, right)), by NEREL's ``WORKS_AS``."""
    gold = []
    for r in doc.relations:
        person, job = doc.entities.get(r.arg1), doc.entities.get(r.arg2)
        if r.type == "WORKS_AS" and person is not None and job is not None and person.type == "PERSON":
            gold.append((person.span, job.span))
    out = []
    for c in candidates:
        right = any(
            _overlap(c.head, job) and any(_overlap(m, person) for m in c.mentions) for person, job in gold
        )
        out.append((c.head, (c.features, right)))
    return out


def examples(docs: Sequence[Document]) -> list[list[tuple[tuple[int, int], Example]]]:
    """The labelled pairs of each document, as ``parse_article`` finds them."""
    import eventkit

    out = []
    for doc in docs:
        with recording() as found:
            eventkit.parse_article(doc.text, language="ru", published=None)
        out.append(labelled(doc, [c for document in found for c in document]))
    return out


def train(
    rows: Sequence[Example], *, epochs: int = 12, rate: float = 0.2, l2: float = 1e-4, minimum: int = 3
) -> dict[str, float]:
    """Logistic regression by stochastic gradient descent in a fixed order (seeded shuffles),
    returning the weights averaged over the epochs (steadier than the last epoch's: held-out F1
    swings by several points with the number of epochs otherwise); features seen fewer than
    ``minimum`` times are left out."""
    seen = Counter(f for features, _ in rows for f in set(features))
    data = [([f for f in features if seen[f] >= minimum], right) for features, right in rows]
    weights: dict[str, float] = defaultdict(float)
    total: dict[str, float] = defaultdict(float)
    order = list(range(len(data)))
    rng = random.Random(20261207)
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1 + epoch)
        for i in order:
            features, right = data[i]
            z = sum(weights[f] for f in features)
            p = logistic(z)
            g = p - (1.0 if right else 0.0)
            for f in features:
                weights[f] -= step * (g + l2 * weights[f])
        for f, w in weights.items():
            total[f] += w
    average = {f: w / epochs for f, w in total.items()}
    return {f: round(w, 4) for f, w in sorted(average.items()) if abs(w) >= 0.005}


def decide(
    weights: dict[str, float], docs: Sequence[list[tuple[tuple[int, int], Example]]]
) -> list[tuple[float, bool, bool]]:
    """For each title: (best score, whether that person is right, whether any person is)."""
    model = LinkerModel(weights, 0.5)
    out = []
    for pairs in docs:
        by_head: dict[tuple[int, int], list[Example]] = defaultdict(list)
        for head, example in pairs:
            by_head[head].append(example)
        for head in sorted(by_head):
            scored = [(model.score(f), -n, right) for n, (f, right) in enumerate(by_head[head])]
            best = max(scored)
            out.append((best[0], best[2], any(r for _, _, r in scored)))
    return out


def end_to_end(
    docs: Sequence[Document], fold_weights: Sequence[dict[str, float]], threshold: float
) -> dict[str, Counts]:
    """The roles of ``docs`` scored as ``benchmarks/nerel.py`` scores them, document ``n`` parsed
    with ``fold_weights[n % len(fold_weights)]`` at ``threshold``: the counts of strict, lenient
    and workplace."""
    import eventkit

    titles = TitleRule()
    totals = {"strict": Counts(), "lenient": Counts(), "workplace": Counts()}
    for n, doc in enumerate(docs):
        with using(LinkerModel(fold_weights[n % len(fold_weights)], threshold)):
            article = eventkit.parse_article(doc.text, language="ru", published=None)
        roles = prediction_from_article(article).roles
        scored = score_roles(doc, roles, titles)
        totals["strict"].merge(scored["strict"])
        totals["lenient"].merge(scored["lenient"])
        totals["workplace"].merge(score_workplaces(doc, roles))
    return totals


def figures(
    decisions: Sequence[tuple[float, bool, bool]], threshold: float
) -> tuple[int, int, int, float, float, float]:
    """(gold, linked, right, P, R, F1) of the titles' decisions at ``threshold``."""
    gold = sum(any_right for _, _, any_right in decisions)
    linked = [right for score, right, _ in decisions if score >= threshold]
    right = sum(linked)
    p = right / len(linked) if linked else 0.0
    r = right / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return gold, len(linked), right, p, r, f


def main(argv: list[str] | None = None) -> int:
    """Record, cross-validate, choose the threshold, train on all, write."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=None, help="NEREL documents (default: train)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--pairs", type=Path, help="keep the recorded pairs in this file and reuse them")
    parser.add_argument(
        "--end-to-end",
        metavar="THRESHOLDS",
        help="also score the whole of the roles on the held-out folds at these thresholds (0.25,0.3)",
    )
    args = parser.parse_args(argv)
    path = args.corpus or corpus_dir("train")
    docs = load_corpus(path)
    if not docs:
        print(f"no NEREL documents at {path}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    if args.pairs is not None and args.pairs.is_file():
        pairs = [
            [((h[0], h[1]), (tuple(f), bool(r))) for h, (f, r) in doc]
            for doc in orjson.loads(args.pairs.read_bytes())
        ]
    else:
        pairs = examples(docs)
        if args.pairs is not None:
            args.pairs.write_bytes(orjson.dumps(pairs))
    rows = sum(len(p) for p in pairs)
    positive = sum(right for p in pairs for _, (_, right) in p)
    print(f"{len(docs)} documents, {rows} pairs, {positive} right ({time.perf_counter() - started:.0f} s)")
    held_out: list[tuple[float, bool, bool]] = []
    folds = max(2, min(args.folds, len(pairs)))
    fold_weights = []
    for k in range(folds):
        fit = [ex for n, p in enumerate(pairs) if n % folds != k for _, ex in p]
        fold_weights.append(train(fit, epochs=args.epochs))
        held_out += decide(fold_weights[-1], [p for n, p in enumerate(pairs) if n % folds == k])
    # the best held-out F1 among thresholds whose precision reaches MIN_PRECISION
    kept = [t for t in range(5, 96, 5) if figures(held_out, t / 100)[3] >= MIN_PRECISION] or [95]
    threshold = max((figures(held_out, t / 100)[5], -t) for t in kept)[1] / -100
    print(f"held-out folds ({folds}), titles with a right person among the candidates; P R F1 by threshold:")
    for t in range(10, 91, 10):
        g, n, r, p, rec, f = figures(held_out, t / 100)
        print(f"  {t / 100:.2f}: gold {g} linked {n} right {r}  P {p:.3f} R {rec:.3f} F1 {f:.3f}")
    g, n, r, p, rec, f = figures(held_out, threshold)
    print(
        f"chosen threshold {threshold:.2f}: gold {g} linked {n} right {r}  P {p:.3f} R {rec:.3f} F1 {f:.3f}"
    )
    for t in [float(x) for x in args.end_to_end.split(",")] if args.end_to_end else []:
        scored = end_to_end(docs, fold_weights, t)
        print(
            f"end to end, held-out folds, threshold {t:.2f}: "
            + ", ".join("{} P {:.3f} R {:.3f} F1 {:.4f}".format(k, *c.prf()) for k, c in scored.items())
        )
    weights = train([ex for p in pairs for _, ex in p], epochs=args.epochs)
    write(LinkerModel(weights, threshold), str(args.out))
    print(f"{len(weights)} features written to {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
