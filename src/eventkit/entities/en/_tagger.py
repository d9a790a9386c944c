"""A small learned tagger of English names: an averaged perceptron over shape, context and lexicon.

It tags each token of a paragraph ``O``, ``B-X`` or ``I-X`` (``X``: PER, LOC, ORG, MISC), left to
right, each decision seeing the two before it. Its features are the word and its shape, prefix
and suffix, the words around it, and what the lexicon says of it (a place, a given name, a title,
an organization's word). The weights are trained on the CoNLL-2003 English train split by
``scripts/train_english_tagger.py`` and shipped as ``data/tagger.json.gz``; they are read once, on
first use. Tagging is deterministic and linear in the text's length.
"""

from __future__ import annotations

import functools
import gzip
import random
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from importlib import resources

import orjson

from ...errors import EventkitError

__all__ = [
    "TAGS",
    "Tagger",
    "context_features",
    "features",
    "iob2",
    "read",
    "shape",
    "shared_tagger",
    "spans",
    "train",
    "word_features",
    "write",
]

TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
_DATA = "tagger.json.gz"
_BREAKS = frozenset({".", "!", "?", ":", ";", '"', "“", "”", "—", "–", "-", "(", ")", "«", "»"})
# a tag that may follow each tag: I-X only after B-X or I-X
_ALLOWED = tuple(tuple(not t.startswith("I-") or p[2:] == t[2:] for t in TAGS) for p in TAGS)


@functools.lru_cache(maxsize=1 << 15)
def shape(word: str) -> str:
    """The word's shape with runs squeezed: ``Putin`` → ``Xx``, ``U.S.`` → ``X.X.``, ``1996`` → ``d``."""
    out: list[str] = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def word_features(word: str, mark: str) -> list[str]:
    """The features of a word on its own: the same wherever it stands."""
    low = word.lower()
    out = [
        "b",
        "w=" + word,
        "l=" + low,
        "s=" + shape(word),
        "p3=" + low[:3],
        "x3=" + low[-3:],
        "x2=" + low[-2:],
        "m=" + mark,
    ]
    if len(word) > 4:
        out.append("x4=" + low[-4:])
    return out


def context_features(words: Sequence[str], lowers: Sequence[str], marks: Sequence[str], i: int) -> list[str]:
    """The features of token ``i`` that the words around it give (no earlier decision)."""
    low = lowers[i]
    n = len(words)
    prev = lowers[i - 1] if i else "<s>"
    nxt = lowers[i + 1] if i + 1 < n else "</s>"
    out = [
        "pw=" + prev,
        "nw=" + nxt,
        "p2w=" + (lowers[i - 2] if i > 1 else "<s>"),
        "n2w=" + (lowers[i + 2] if i + 2 < n else "</s>"),
        "pwl=" + prev + "|" + low,
        "lnw=" + low + "|" + nxt,
        "ps=" + (shape(words[i - 1]) if i else "<s>"),
        "ns=" + (shape(words[i + 1]) if i + 1 < n else "</s>"),
        "pm=" + (marks[i - 1] if i else "<s>"),
        "nm=" + (marks[i + 1] if i + 1 < n else "</s>"),
        "n2m=" + (marks[i + 2] if i + 2 < n else "</s>"),
    ]
    if i == 0 or words[i - 1] in _BREAKS:
        out.append("first|" + shape(words[i]))
        out.append("first|" + low)
    return out


def features(words: Sequence[str], lowers: Sequence[str], marks: Sequence[str], i: int) -> list[str]:
    """The features of token ``i`` that do not depend on earlier decisions."""
    return word_features(words[i], marks[i]) + context_features(words, lowers, marks, i)


def _history(p1: str, p2: str, sh: str) -> tuple[str, str, str]:
    return "t=" + p1, "tt=" + p2 + "|" + p1, "ts=" + p1 + "|" + sh


def _plain(word: str, last: int) -> bool:
    """Whether a word is ``O`` without scoring: it does not start with a capital letter and no
    name runs on into it (names start with a capital; ``of``, ``de``, ``van`` only inside one)."""
    return last == 0 and not word[:1].isupper()


_WORD_CACHE = 1 << 16
"""How many words' own scores a tagger keeps (then it starts afresh): news repeats its words."""


_LANE = 40
"""Bits per tag when a feature's weights are packed into one integer (see :class:`Tagger`)."""
_OFFSET = 1 << 30
"""Added to every packed weight so that each lane stays positive: weights are below 2**30 in
size, so a sum of up to 2**8 features fits its lane of 2**40."""
_MASK = (1 << _LANE) - 1


def _pack(row: Sequence[int]) -> int:
    return sum((w + _OFFSET) << (_LANE * k) for k, w in enumerate(row))


class Tagger:
    """Averaged perceptron weights: feature → one integer weight per tag of :data:`TAGS`.

    Integer weights make every sum exact, so the scores, and the tags, do not depend on the
    order of the additions (nor on what the word cache holds). For speed, each feature's
    weights are also packed into one integer, a lane of bits per tag, so that the scores of a
    word are one sum of integers, unpacked once.
    """

    def __init__(self, weights: dict[str, list[int]]) -> None:
        if any(abs(w) >= _OFFSET for row in weights.values() for w in row):
            raise EventkitError("the English tagger's weights are too large to pack: retrain it")
        self.weights = weights
        self._packed = {f: _pack(row) for f, row in weights.items()}
        self._words: dict[tuple[str, str], tuple[int, int]] = {}

    def _sum(self, feats: Iterable[str]) -> tuple[int, int]:
        """The packed sum of the features' weights, and how many of them have weights."""
        found = [v for v in map(self._packed.get, feats) if v is not None]
        return sum(found), len(found)

    def _word_scores(self, word: str, mark: str) -> tuple[int, int]:
        key = (word, mark)
        found = self._words.get(key)
        if found is None:
            if len(self._words) >= _WORD_CACHE:
                self._words.clear()
            found = self._words[key] = self._sum(word_features(word, mark))
        return found

    def scores(self, feats: Iterable[str], word: tuple[int, int] = (0, 0)) -> list[int]:
        """The score of each tag of :data:`TAGS` for these features (and a word's own sum)."""
        total, count = self._sum(feats)
        total += word[0]
        count += word[1]
        bias = count * _OFFSET
        return [((total >> (_LANE * k)) & _MASK) - bias for k in range(len(TAGS))]

    def tag(self, words: Sequence[str], marks: Sequence[str]) -> list[str]:
        """One tag of :data:`TAGS` per word; ``marks`` are the lexicon's marks, one per word."""
        lowers = [w.lower() for w in words]
        size = len(TAGS)
        tags: list[str] = []
        p1, p2 = "<s>", "<s>"
        last = 0  # index of the previous tag in TAGS
        for i, w in enumerate(words):
            if _plain(w, last):
                tags.append("O")
                p2, p1 = p1, "O"
                continue
            feats = context_features(words, lowers, marks, i)
            feats.extend(_history(p1, p2, shape(w)))
            scores = self.scores(feats, self._word_scores(w, marks[i]))
            allowed = _ALLOWED[last] if i else _ALLOWED[0]
            best = max((k for k in range(size) if allowed[k]), key=scores.__getitem__)
            tags.append(TAGS[best])
            p2, p1, last = p1, TAGS[best], best
        return tags


def spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """The named runs ``(type, first, end)`` of a tag sequence in the IOB2 scheme."""
    out: list[tuple[str, int, int]] = []
    kind: str | None = None
    start = 0
    for i, tag in enumerate(tags):
        if tag == "O" or tag.startswith("B-") or tag[2:] != kind:
            if kind is not None:
                out.append((kind, start, i))
            kind, start = (None, i) if tag == "O" else (tag[2:], i)
    if kind is not None:
        out.append((kind, start, len(tags)))
    return out


def train(
    sentences: Sequence[tuple[Sequence[str], Sequence[str], Sequence[str]]],
    *,
    epochs: int = 6,
    seed: int = 1,
    minimum: int = 2,
    progress: Callable[[int, float], None] | None = None,
) -> dict[str, list[int]]:
    """Averaged perceptron weights from ``(words, marks, gold tags)`` sentences (IOB2 tags).

    Features seen fewer than ``minimum`` times in the gold are dropped, and averaged weights
    are scaled and rounded to integers, so that the shipped file stays small and sums exact.
    """
    size = len(TAGS)
    index = {t: k for k, t in enumerate(TAGS)}
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0] * size)
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0] * size)
    stamps: dict[str, list[int]] = defaultdict(lambda: [0] * size)
    counts: dict[str, int] = defaultdict(int)
    clock = 0
    order = list(range(len(sentences)))
    rng = random.Random(seed)

    def update(f: str, k: int, value: float) -> None:
        totals[f][k] += (clock - stamps[f][k]) * weights[f][k]
        stamps[f][k] = clock
        weights[f][k] += value

    for epoch in range(epochs):
        rng.shuffle(order)
        right = seen = 0
        for s in order:
            words, marks, gold = sentences[s]
            lowers = [w.lower() for w in words]
            p1, p2 = "<s>", "<s>"
            last = 0
            for i, w in enumerate(words):
                if _plain(w, last):
                    right += gold[i] == "O"
                    seen += 1
                    p2, p1 = p1, "O"
                    continue
                clock += 1
                feats = features(words, lowers, marks, i)
                feats.extend(_history(p1, p2, shape(w)))
                scores = [0.0] * size
                for f in feats:
                    row = weights.get(f)
                    if row is not None:
                        for k in range(size):
                            scores[k] += row[k]
                allowed = _ALLOWED[last] if i else _ALLOWED[0]
                guess = max((k for k in range(size) if allowed[k]), key=scores.__getitem__)
                truth = index[gold[i]]
                if epoch == 0:
                    for f in feats:
                        counts[f] += 1
                if guess != truth:
                    for f in feats:
                        update(f, truth, 1.0)
                        update(f, guess, -1.0)
                right += guess == truth
                seen += 1
                # the decoder sees its own decisions, as when tagging
                p2, p1, last = p1, TAGS[guess], guess
        if progress is not None:
            progress(epoch, right / max(seen, 1))
    out: dict[str, list[int]] = {}
    for f, row in weights.items():
        if counts.get(f, 0) < minimum:
            continue
        averaged = [
            round((totals[f][k] + (clock - stamps[f][k]) * row[k]) / clock * 10000) for k in range(size)
        ]
        if any(averaged):
            out[f] = averaged
    return out


def write(weights: dict[str, list[int]], path: str) -> None:
    """Write weights as gzipped JSON, keys sorted, so that one training gives one file."""
    data = orjson.dumps({"tags": list(TAGS), "weights": weights}, option=orjson.OPT_SORT_KEYS)
    with open(path, "wb") as f, gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0) as out:
        out.write(data)  # no name and no time in the header: one training, one file, byte for byte


def read(data: bytes) -> Tagger:
    """A tagger from the bytes that :func:`write` wrote."""
    try:
        loaded = orjson.loads(gzip.decompress(data))
    except (OSError, EOFError, orjson.JSONDecodeError) as e:
        raise EventkitError(f"the English tagger's weights are unreadable: {e}") from None
    if not isinstance(loaded, dict) or loaded.get("tags") != list(TAGS):
        raise EventkitError("the English tagger's weights are for other tags: retrain it")
    return Tagger(loaded["weights"])


_LOCK = threading.Lock()
_SHARED: list[Tagger | None] = []


def shared_tagger() -> Tagger | None:
    """The shipped tagger, read on first use; ``None`` when its data file is absent."""
    with _LOCK:
        if not _SHARED:
            source = resources.files(__package__).joinpath("data", _DATA)
            _SHARED.append(read(source.read_bytes()) if source.is_file() else None)
        return _SHARED[0]


def iob2(tags: Iterable[str]) -> list[str]:
    """IOB1 tags (CoNLL-2003's own) as IOB2: every run starts with ``B-``."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out
