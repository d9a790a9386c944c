"""Titles standing apart from any name, linked to a person by a small learned model.

The rules of the recognizer give a person the titles written next to its name (``министр
Лавров``, ``Лавров, министр ...``). A title alone (``— сказал министр``, ``Тренер команды
заявил ...``, a ``журналист`` two sentences after the name) belongs to one of the persons near
it, and no fixed rule says which: the nearest person before it holds it only about a quarter of
the time in NEREL. Here every such title is paired with each person named in its sentence, the
four sentences before and the one after; each pair gets sparse features (distances, the persons
between, the title's case and gender against the person's, the title's head word ...), a
logistic model scores them, and the best-scored person gets the title when its score passes the
model's threshold. The model is trained from NEREL train by ``scripts/train_role_linker.py``
and shipped as ``data/role_linker.json.gz``, read once, on first use.
"""

from __future__ import annotations

import contextvars
import gzip
import math
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources
from typing import Any, NamedTuple

import orjson

from ...errors import EventkitError
from ...lexicon import table
from ...model import Organization

_Document = Any
"""The recognizer's work on one text (``_recognizer._Document``), whose tokens, morphology and
title rules the linker reads; typed loosely, since the recognizer imports this module."""
_Cluster = Any
"""A person of the document being built: ``name``, ``roles`` and ``spans``."""
_OrgSpans = Any

__all__ = [
    "DATA",
    "FORMAT",
    "Candidate",
    "LinkerModel",
    "link",
    "logistic",
    "read",
    "recording",
    "shared_model",
    "using",
    "write",
]

DATA = "role_linker.json.gz"
"""The model's file in the package's ``data`` folder."""

FORMAT = "eventkit-role-linker/1"
"""The format tag the model file carries, checked on reading."""

_BEFORE, _AFTER = 4, 1
"""The window: persons named up to four sentences before the title and one after (the model was
trained with two before: a person three or four sentences back has no weight for its sentence
distance, and is scored by the rest of its features; on NEREL train four gave the best roles
of two to ten)."""

_STOPS = frozenset({".", "!", "?", "...", "…"})
_UNNAMED = table("word_lists").words(lang="ru", list="unnamed_title")
"""Heads of titles that, standing alone, name someone the text does not name (``представитель``)."""
_AND = frozenset({"и", "или"})


class Candidate(NamedTuple):
    """A title and one person it may belong to, with the pair's features (for training)."""

    head: tuple[int, int]  # the title's head word, character span
    title: tuple[int, int]  # the whole title, character span
    person: int  # the person's index in the document
    mentions: tuple[tuple[int, int], ...]  # the person's mentions, character spans
    features: tuple[str, ...]


def logistic(z: float) -> float:
    """The logistic function of ``z``, clipped to +-30 so that it never overflows."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class LinkerModel:
    """Weights of sparse features and a threshold on the logistic score."""

    def __init__(self, weights: Mapping[str, float], threshold: float) -> None:
        self.weights = dict(weights)
        self.threshold = threshold

    def score(self, features: Iterable[str]) -> float:
        """The probability that the pair with these features is a title and its holder."""
        return logistic(sum(self.weights.get(f, 0.0) for f in features))


def write(model: LinkerModel, path: str) -> None:
    """Write the model as gzipped JSON with sorted keys and no time stamp: one training, one file."""
    data = orjson.dumps(
        {"format": FORMAT, "threshold": model.threshold, "weights": model.weights},
        option=orjson.OPT_SORT_KEYS,
    )
    with open(path, "wb") as f, gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0) as out:
        out.write(data)


def read(data: bytes, where: str = DATA) -> LinkerModel:
    """The model in the bytes :func:`write` wrote; a clear error naming ``where`` otherwise."""
    try:
        loaded = orjson.loads(gzip.decompress(data))
    except (OSError, EOFError, orjson.JSONDecodeError) as e:
        raise EventkitError(f"{where}: the role linker's model is unreadable: {e}") from None
    if not isinstance(loaded, dict) or loaded.get("format") != FORMAT:
        raise EventkitError(f"{where}: not a role linker model of format {FORMAT!r}")
    weights, threshold = loaded.get("weights"), loaded.get("threshold")
    if not isinstance(weights, dict) or not all(
        isinstance(k, str) and isinstance(v, int | float) and not isinstance(v, bool)
        for k, v in weights.items()
    ):
        raise EventkitError(f"{where}: the role linker's weights must map feature names to numbers")
    if not isinstance(threshold, int | float) or isinstance(threshold, bool) or not 0.0 < threshold < 1.0:
        raise EventkitError(f"{where}: the role linker's threshold must be a number between 0 and 1")
    return LinkerModel({k: float(v) for k, v in weights.items()}, float(threshold))


_LOCK = threading.Lock()
_SHARED: list[LinkerModel] = []


_USING: contextvars.ContextVar[LinkerModel | None] = contextvars.ContextVar("role_linker_model", default=None)


class using:
    """``with using(model):``: documents recognized inside are linked by ``model`` instead of the
    shipped one (the trainer scores each held-out fold with the model of the other folds)."""

    def __init__(self, model: LinkerModel) -> None:
        self.model = model

    def __enter__(self) -> LinkerModel:
        self._token = _USING.set(self.model)
        return self.model

    def __exit__(self, *exc: object) -> None:
        _USING.reset(self._token)


def shared_model() -> LinkerModel:
    """The shipped model, read from the package's data on first use (or the one :class:`using`
    sets)."""
    chosen = _USING.get()
    if chosen is not None:
        return chosen
    with _LOCK:
        if not _SHARED:
            source = resources.files(__package__).joinpath("data", DATA)
            try:
                data = source.read_bytes()
            except OSError as e:
                raise EventkitError(f"{DATA}: the role linker's model cannot be read: {e}") from None
            _SHARED.append(read(data, f"{__package__}/data/{DATA}"))
        return _SHARED[0]


_RECORD: contextvars.ContextVar[list[list[Candidate]] | None] = contextvars.ContextVar(
    "role_linker_record", default=None
)


class recording:
    """``with recording() as docs:``: every document recognized inside gives its candidate pairs
    (one list per document) instead of linking them; the trainer reads them."""

    def __init__(self) -> None:
        self.documents: list[list[Candidate]] = []

    def __enter__(self) -> list[list[Candidate]]:
        self._token = _RECORD.set(self.documents)
        return self.documents

    def __exit__(self, *exc: object) -> None:
        _RECORD.reset(self._token)


def _bucket(n: int, edges: Sequence[int]) -> str:
    """``n`` as the first edge it does not pass (``8+`` past the last)."""
    for e in edges:
        if n <= e:
            return str(e)
    return f"{edges[-1]}+"


def _sentences(doc: _Document) -> list[int]:
    """Each token's sentence number: a stop or a line break ends a sentence."""
    out, n = [], 0
    toks = doc.tokens
    for i, t in enumerate(toks):
        if i and (toks[i - 1].text in _STOPS or "\n" in doc.text[toks[i - 1].end : t.start]):
            n += 1
        out.append(n)
    return out


def _titles(doc: _Document, taken: set[int]) -> Iterator[tuple[int, int, int]]:
    """(first token, head token, end token) of each title that no rule gave to a person."""
    toks = doc.tokens
    j = 0
    while j < len(toks):
        w = toks[j].text
        if j in taken or not w[:1].isalpha() or not (w.islower() or (doc._opens(j) and w[1:].islower())):
            j += 1
            continue
        low = w.lower()
        if doc._head_lemma(low) is None or not doc._has(low, "NOUN", "sing"):  # премьеру: no премьер
            j += 1
            continue
        if doc._head(low) in _UNNAMED:  # Представитель министерства заявил: a spokesman unnamed
            j += 1
            continue
        first = j
        while first > 0 and first - 1 not in taken and _lower_or_opening(doc, first - 1):
            if not doc._modifier(toks[first - 1].text):
                break
            first -= 1  # Главным тренером команды назначен ...: a modifier opening the sentence
        end = doc._title_end(first, j)
        if any(i in taken for i in range(j + 1, end)):
            end = next(i for i in range(j + 1, end) if i in taken)
        if (first == 0 or not _possessive(doc, first - 1)) and not _joined(doc, first, end, taken):
            yield first, j, end
        j = max(end, j + 1)


def _apart(doc: _Document, a: int, b: int) -> bool:
    """Whether only commas and dashes stand between tokens ``a`` and ``b`` (``a`` before ``b``)."""
    return a <= b and all(doc.tokens[i].text in (",", "-", "—", "–") for i in range(a, b))


def _lower_or_opening(doc: _Document, k: int) -> bool:
    """Whether token ``k`` is written in lower case, or capitalised only as it opens a sentence."""
    w: str = doc.tokens[k].text
    return w.islower() or (bool(doc._opens(k)) and w[1:].islower())


def _possessive(doc: _Document, k: int) -> bool:
    """Whether token ``k`` is a possessive of the third person (``его``, ``её``, ``их``, ``свой``):
    ``его заместитель`` is someone else than the one ``его`` stands for, and so is ``глава семьи
    и его сын Илья`` for Илья."""
    w = doc.tokens[k].text
    return w.islower() and any(
        p.tag.POS == "ADJF" and "Apro" in p.tag and "Anph" in p.tag and "Subx" not in p.tag
        for p in doc.morph.parse(w)
    )


def _joined(doc: _Document, first: int, end: int, taken: set[int]) -> bool:
    """Whether the title over tokens ``first:end`` is joined by ``и`` to a name or to a title a
    rule gave (``Режиссёр и Олег Рыбин``, ``министр Армении и посол Японии Кэндзи Ямада``, ``Рыбин
    и режиссёр``): it then names a person of its own, whose name is not given."""
    toks = doc.tokens
    after = end - 1 if toks[end - 1].text in _AND else end
    if after + 1 < len(toks) and toks[after].text in _AND and after + 1 in taken:
        return True
    return first >= 2 and toks[first - 1].text in _AND and first - 2 in taken


def _case(doc: _Document, word: str) -> str:
    for p in doc.morph.parse(word):
        if p.tag.POS == "NOUN":
            return str(p.tag.case)
    return "-"


def _gender(doc: _Document, word: str) -> str:
    for p in doc.morph.parse(word):
        if p.tag.POS == "NOUN":
            return "femn" if p.tag.gender == "femn" else "masc"
    return "-"


def _name_case(doc: _Document, k: int) -> str:
    """``nom`` when the name word at token ``k`` may be a nominative, ``obl`` when it is known in
    other cases only, ``?`` when the dictionary does not know it (a foreign name)."""

    def read(word: str) -> str:
        cases = {
            str(p.tag.case)
            for p in doc.morph.parse(word)
            if ("Surn" in p.tag or "Name" in p.tag) and p.is_known
        }
        return "nom" if "nomn" in cases else "obl" if cases else "?"

    case: str = doc.morph.remembered("name_case", doc.tokens[k].text, read)
    return case


def _verb_gender(doc: _Document, first: int, end: int) -> str:
    """The gender of a verb in the past just before or after a title (``сказала министр``)."""
    for k in (first - 1, end):
        if 0 <= k < len(doc.tokens) and doc.tokens[k].text.islower():
            for p in doc.morph.parse(doc.tokens[k].text)[:1]:
                if p.tag.POS == "VERB" and p.tag.tense == "past" and p.tag.number == "sing":
                    return str(p.tag.gender)
    return "-"


def _next_word(doc: _Document, k: int) -> str:
    toks = doc.tokens
    if k >= len(toks):
        return "end"
    w = toks[k].text
    if not w[:1].isalpha():
        return str(w[:2])
    if not w.islower():
        return "Cap"
    parses = doc.morph.parse(w)
    return str(parses[0].tag.POS) if parses else "?"


def _prev_word(doc: _Document, k: int) -> str:
    if k <= 0:
        return "start"
    w = doc.tokens[k - 1].text
    if not w[:1].isalpha():
        return str(w[:2])
    if not w.islower():
        return "Cap"
    parses = doc.morph.parse(w)
    if not parses:
        return "?"
    pos = str(parses[0].tag.POS)
    if pos in ("NPRO",) or "Apro" in parses[0].tag:  # его заместитель, этот министр
        return f"{pos}:{parses[0].normal_form}"
    return f"{pos}:{w}" if pos in ("PREP", "CONJ") else pos


def _features(
    doc: _Document,
    sentence: list[int],
    title: tuple[int, int, int],
    people: Sequence[_Cluster],
    mention_tokens: Sequence[Sequence[tuple[int, int]]],
    counts: Sequence[int],
    held: Sequence[set[str | None]],
) -> list[tuple[int, list[str]]]:
    """The candidate persons of one title, with the features of each pair."""
    first, head_at, end = title
    s = sentence[head_at]
    toks = doc.tokens
    near: list[tuple[int, int, int, int]] = []  # (distance, person, token of nearest mention, its end)
    kin = doc._kin_before(first)
    for p, spans in enumerate(mention_tokens):
        best = None
        for a, b in spans:
            if not s - _BEFORE <= sentence[a] <= s + _AFTER:
                continue
            d = first - b if b <= first else a - end + 1
            if best is None or abs(d) < abs(best[0]):
                best = (d, p, a, b)
        if best is None:
            continue
        a = best[2]
        if sentence[a] == s and a >= end and any(_possessive(doc, i) for i in range(end, a)):
            continue  # глава семьи и его сын Илья
        if kin is not None and (_apart(doc, best[3], kin) or (a > end and _apart(doc, end, a))):
            continue  # Анна, жена актёра; сын руководителя ФСБ - Андрей: the relative, not the holder
        near.append(best)
    if not near:
        return []
    near.sort(key=lambda x: (abs(x[0]), x[1]))
    before = [x for x in near if x[3] <= first]
    after = [x for x in near if x[2] >= end]
    nearest_before = min(before, key=lambda x: (x[0], x[1]))[1] if before else -1
    nearest_after = min(after, key=lambda x: (x[0], x[1]))[1] if after else -1
    all_mentions = sorted((a, p) for p, spans in enumerate(mention_tokens) for a, _ in spans)
    top = max(counts)
    head = doc._head(toks[head_at].text.lower()) or "-"
    case = _case(doc, toks[head_at].text.lower())
    tgender = _gender(doc, toks[head_at].text.lower())
    vgender = _verb_gender(doc, first, end)
    pv = _prev_word(doc, first)
    common = [
        "bias",
        f"h={head}",
        f"tc={case}",
        f"cap={not toks[head_at].text.islower()}",
        f"tl={_bucket(end - first, (1, 2, 3))}",
        f"nc={_bucket(len(near), (1, 2, 3))}",
        f"pv={pv}",
        f"nx={_next_word(doc, end)}",
    ]
    out = []
    for rank, (d, p, a, b) in enumerate(near):
        sd = max(-_BEFORE, min(_AFTER, sentence[a] - s))
        lo, hi = (b, first) if b <= first else (end, a)
        between = {q for x, q in all_mentions if lo <= x < hi and q != p}
        cluster = people[p]
        pgender = {"femn": "femn", "masc": "masc"}.get(cluster.name.gender or "", "-")
        if case == "nomn" and {vgender, pgender} == {"masc", "femn"}:
            continue  # актёр ответил is no woman's title: the verb agrees with its subject
        where = f"sd={sd}"
        f = [
            *common,
            where,
            f"td={_bucket(abs(d), (1, 3, 7, 15, 30))}",
            f"{where}|td={_bucket(abs(d), (1, 3, 7, 15, 30))}",
            f"{where}|iv={_bucket(len(between), (0, 1))}",
            f"{where}|rk={_bucket(rank, (0, 1))}",
            f"{where}|tc={case}",
            f"{where}|h={head}",
            f"{where}|pv={pv}",
            f"nb={p == nearest_before}|pv={pv}",
            f"nb={p == nearest_before}",
            f"na={p == nearest_after}",
            f"{where}|nb={p == nearest_before}",
            f"mc={_bucket(counts[p], (1, 2, 4))}",
            f"top={counts[p] == top}",
            f"hr={bool(held[p])}",
            f"sh={head in held[p]}",
            f"g={tgender}|{pgender}",
            f"vg={vgender}|{pgender}",
            f"pn={_name_case(doc, b - 1)}",
            f"{where}|pn={_name_case(doc, b - 1)}|tc={case}",
            f"ps={a == 0 or sentence[a - 1] != sentence[a]}",
            f"{where}|ps={a == 0 or sentence[a - 1] != sentence[a]}",
        ]
        out.append((p, f))
    return out


def link(doc: _Document, people: list[_Cluster], org_spans: _OrgSpans, orgs: list[Organization]) -> None:
    """Give each lone title of the document to the person the model scores best, if any passes
    the threshold (or, while :class:`recording`, record the pairs instead)."""
    record = _RECORD.get()
    if not people or not doc.tokens:
        if record is not None:
            record.append([])
        return
    model = shared_model() if record is None else None
    toks = doc.tokens
    sentence = _sentences(doc)
    mention_tokens = [
        sorted({(doc._tok(s), max(doc._tok(s) + 1, doc._tok_end(e))) for s, e in c.spans}) for c in people
    ]
    taken = set(doc._role_tokens) | set(doc._person_tokens())
    taken.update(i for spans in mention_tokens for a, b in spans for i in range(a, b))
    counts = [len(c.spans) for c in people]
    # the heads of the titles the rules gave (read once: what the model adds does not count)
    held = [{doc._head(r.title.split()[0]) for r in c.roles if r.title} for c in people]
    places = [{x for r in c.roles for x in (r.country, r.organization) if x} for c in people]
    countries = [{r.country for r in c.roles if r.country} for c in people]
    found: list[Candidate] = []
    for title in _titles(doc, taken):
        pairs = _features(doc, sentence, title, people, mention_tokens, counts, held)
        if not pairs:
            continue
        first, head_at, end = title
        role = doc._make_role(first, head_at, end, org_spans, orgs)
        if role.country:  # премьер-министр Армении is no title of one who holds a post of Russia
            pairs = [(p, f) for p, f in pairs if not countries[p] or role.country in countries[p]]
            if not pairs:
                continue
        head = doc._head(toks[head_at].text.lower())
        for p, f in pairs:
            # the title's body or country among the person's (президент Франции, a French president)
            where = [x for x in (role.organization, role.country) if x]
            f.append("pl=" + ("none" if not where else "same" if places[p] & set(where) else "other"))
            f.append(f"so={any(head in held[q] for q, _ in pairs if q != p)}")
        if record is not None:
            span = (toks[first].start, toks[end - 1].end)
            word = (toks[head_at].start, toks[head_at].end)
            found.extend(Candidate(word, span, p, tuple(people[p].spans), tuple(f)) for p, f in pairs)
            continue
        assert model is not None
        score, p = max((model.score(f), -p) for p, f in pairs)
        if score < model.threshold:
            continue
        holder = people[-p]
        if role.title and all(r.title != role.title for r in holder.roles) and doc._post_held(role):
            holder.roles.append(role)
    if record is not None:
        record.append(found)
