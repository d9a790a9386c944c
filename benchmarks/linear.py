"""Time of :func:`eventkit.parse_article` against the size of its input, in ms per KB.

    python benchmarks/linear.py [CORPUS_DIR] [--max-size SIZE] [--no-entities] [--budget SECONDS]
                                [--only NAME,...] [--sizes SIZE,...] [--hostile-sizes SIZE,...] [--list]

A parser that a service runs on any text must take time linear in that text, whatever the
text is. This prints, for each case, the milliseconds per KB (1 KB = 1,000 characters) at
several sizes and the ratio of the largest size's figure to the smallest's: a flat line is
about 1.0; more than 1.5 is marked ``<< superlinear``. A hostile text of 20 KB that takes half
a second or more is marked ``<< slow``.

Two groups of cases:

* realistic: the factRuEval development texts (read from CORPUS_DIR, by default
  ``../shared/corpus/factru-devset`` beside the repository) with the project's own Russian
  examples, one after the other; and the English examples, repeated with other names,
  years and weekdays in each copy. Sizes 10 KB, 100 KB, 1 MB and 10 MB.
* hostile: text made up here to find a superlinear path at once: one character repeated,
  one word repeated, no spaces, one endless sentence, runs of dates, of ``according to`` or
  ``по словам``, a quote with many spaces around a name, quote marks nested deep, blank lines,
  one huge token, datelines and credits over and over. Sizes 20 KB, 200 KB and 1 MB.

``--max-size`` (``100K``, ``1M``) stops earlier; ``--no-entities`` times the parser without the
named-entity recognizer; ``--budget`` is the time one run may take per MB of input (at least
5 s a run; default 30): a run that takes longer is stopped and reported ``over budget``, and
the case's larger sizes are skipped. Each run happens in a worker process that is replaced
when a run is stopped. Small sizes are run several times and the best time is kept. A
benchmark, not a test: numbers depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import multiprocessing.connection
import os
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = ["CASES", "Case", "main", "make_text"]

# One thread for numpy, as in the extraction benchmark: steadier figures on a small machine.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

_ROOT = Path(__file__).resolve().parents[1]
_KB = 1000
_PUBLISHED = "2025-06-24"
_HEADER = re.compile(r"\A\ufeff?[ \t]*date[ \t]+\S+[ \t]*")
_GOAL_RATIO = 1.5
_GOAL_20KB = 0.5  # seconds


# --------------------------------------------------------------------------- realistic text


@cache
def _corpus_dir() -> Path:
    given = os.environ.get("EVENTKIT_LINEAR_CORPUS")
    return Path(given) if given else _ROOT.parent / "shared" / "corpus" / "factru-devset"


def _own(pattern: str) -> list[str]:
    """The project's example articles matching ``pattern``, without their date header."""
    paths = sorted((_ROOT / "examples").glob(pattern)) + sorted((_ROOT / "examples" / "blind").glob(pattern))
    return [_HEADER.sub("", p.read_text(encoding="utf-8")).strip() for p in paths]


@cache
def _russian_articles() -> tuple[str, ...]:
    corpus = _corpus_dir()
    texts = [p.read_text(encoding="utf-8").strip() for p in sorted(corpus.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no factRuEval texts at {corpus}")
    return tuple(texts + _own("ru-*.txt"))


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_GIVEN = _words(
    "Adam Alan Anna Boris Carla Chen Daniel Elena Farid Grace Hamid Irina Jamal Kenji Laura Leila Marco "
    "Maria Nadia Omar Pavel Priya Rafael Sara Tomas Yusuf Zara Ivan Olga Hiroshi Amina Lucas Sofia"
)
_FAMILY_HEADS = _words("Bel Dor Gan Hol Kar Lom Mir Nov Or Pet Rask Sol Tar Vel Zan Kov Dal Fen Mor Sar")
_FAMILY_TAILS = _words("ova enko ston berg ley man ard ini ez ov sky ani ides sen quist")
_WEEKDAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
_EN_NAMES = (
    "Kassym-Jomart Tokayev",
    "Narendra Modi",
    "Vladimir Putin",
    "Sergei Lavrov",
    "Dmitry Peskov",
    "Sanae Takaichi",
    "Berik Uali",
    "Yuri Ushakov",
    "Vinay Kwatra",
    "Wang Yi",
)


def _english_copy(texts: Sequence[str], k: int) -> str:
    """Copy ``k`` of the English examples: other persons, years and weekdays in each copy."""
    rng = random.Random(k)
    out = "\n\n".join(texts)
    for full in _EN_NAMES:
        given, family = full.rsplit(" ", 1)
        new_given = rng.choice(_GIVEN)
        new_family = rng.choice(_FAMILY_HEADS) + rng.choice(_FAMILY_TAILS)
        out = out.replace(full, f"{new_given} {new_family}")
        out = re.sub(rf"\b{re.escape(family)}\b", new_family, out)
        out = re.sub(rf"\b{re.escape(given)}\b", new_given, out)
    out = re.sub(r"\b20(1[0-9]|2[0-9])\b", lambda m: str(2000 + (int(m.group(1)) + k) % 30), out)
    weekday = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\b")
    return weekday.sub(lambda m: _WEEKDAYS[(k + len(m.group())) % 7], out)


def _fill_articles(pieces: Callable[[int], str], size: int) -> str:
    """Articles one after the other, blank lines between, cut at a paragraph near ``size``."""
    parts: list[str] = []
    total = k = 0
    while total < size:
        piece = pieces(k)
        parts.append(piece)
        total += len(piece) + 2
        k += 1
    text = "\n\n".join(parts)
    cut = text.rfind("\n\n", 0, size)
    return text[: cut if cut > size // 2 else size].strip()


def _realistic_ru(size: int) -> str:
    articles = _russian_articles()
    return _fill_articles(lambda k: articles[k % len(articles)], size)


def _realistic_en(size: int) -> str:
    texts = _own("en-*.txt")
    return _fill_articles(lambda k: _english_copy(texts, k), size)


# --------------------------------------------------------------------------- hostile text


def _repeat(unit: str, size: int, prefix: str = "", suffix: str = "") -> str:
    body = size - len(prefix) - len(suffix)
    n = max(1, -(-body // len(unit)))
    return prefix + (unit * n)[: max(body, 1)] + suffix


def _endless_sentence(size: int) -> str:
    """Realistic Russian words with no sentence end and no line break: one sentence."""
    words = re.sub(r"[.!?…;:\n]+", " ", _realistic_ru(min(size * 2, 400_000))).split()
    return _repeat(" ".join(words) + " ", size, "Президент ")


def _endless_paragraph(size: int) -> str:
    """Realistic Russian text with all its sentences in one paragraph."""
    return _repeat(" ".join(_realistic_ru(min(size * 2, 400_000)).split()) + " ", size)


def _endless_paragraph_en(size: int) -> str:
    return _repeat(" ".join(_realistic_en(min(size * 2, 400_000)).split()) + " ", size)


def _distinct_names(size: int) -> str:
    """Many different persons in one paragraph: ``Иван Петров, Ольга Сидорова, ...``."""
    given = _words("Иван Пётр Сергей Алексей Дмитрий Андрей Михаил Николай Олег Юрий Борис Виктор")
    heads = _words("Петр Сидор Кузнец Смирн Соколь Попов Лебед Козл Новик Морозь Волк Зайц Павл Семен Голуб")
    tails = _words("ов ин ев ский цкий енко ович")
    out: list[str] = []
    total = 0
    k = 0
    while total < size:
        name = f"{given[k % len(given)]} {heads[(k // 12) % len(heads)]}{tails[(k // 180) % len(tails)]}"
        piece = f"{name} встретился с министром {k % 97}, "
        out.append(piece)
        total += len(piece)
        k += 1
    return "".join(out)[:size]


def _distinct_names_en(size: int) -> str:
    out: list[str] = []
    total = k = 0
    while total < size:
        family = _FAMILY_HEADS[k % len(_FAMILY_HEADS)] + _FAMILY_TAILS[(k // 20) % len(_FAMILY_TAILS)]
        piece = f"Minister {_GIVEN[(k // 300) % len(_GIVEN)]} {family} met {family}'s counterpart, "
        out.append(piece)
        total += len(piece)
        k += 1
    return "".join(out)[:size]


@dataclass(frozen=True)
class Case:
    """One kind of input: a name, how to make ``size`` characters of it, and the language to force."""

    name: str
    make: Callable[[int], str]
    realistic: bool = False
    language: str | None = None


def _r(unit: str, prefix: str = "", suffix: str = "") -> Callable[[int], str]:
    return lambda size: _repeat(unit, size, prefix, suffix)


CASES: tuple[Case, ...] = (
    Case("realistic Russian", _realistic_ru, realistic=True),
    Case("realistic English", _realistic_en, realistic=True),
    # one character repeated
    Case("char а (Cyrillic letter)", _r("а")),
    Case("char A (Latin letter)", _r("A")),
    Case("char . after a word", _r(".", "Слово ")),
    Case("char ! after a word", _r("!", "Слово ")),
    Case("char ? after a word", _r("?", "Word ")),
    Case("char … after a word", _r("…", "Слово ")),
    Case('char " after a word', _r('"', "Слово ")),
    Case("char « after a word", _r("«", "Слово ")),
    Case("char » after a word", _r("»", "Слово ")),
    Case("char „ after a word", _r("„", "Слово ")),
    Case("char - after a word", _r("-", "Слово ")),
    Case("char — after a word", _r("—", "Слово ")),
    Case("char ( after a word", _r("(", "Слово ")),
    Case("char , after a word", _r(",", "Слово ")),
    Case("char space between words", _r(" ", "Слово", "конец")),
    Case("char newline between words", _r("\n", "Слово", "конец")),
    Case("char tab between words", _r("\t", "Слово", "конец")),
    Case("char 5 (digit)", _r("5", "Слово ")),
    # one word repeated
    Case("word Russian", _r("слово ")),
    Case("word Russian capitalised", _r("Слово ")),
    Case("word English", _r("word ")),
    Case("word English capitalised", _r("Word ")),
    Case(
        "word hyphen-joined English",
        _r("a-", "The ministers held talks in Paris. ", " ministers of both countries met."),
    ),
    Case("word all caps", _r("PRESIDENT ")),
    Case("word all caps Russian", _r("ПРЕЗИДЕНТ ")),
    Case("word name Russian", _r("Путин ")),
    Case("word full name Russian", _r("Владимир Путин ")),
    Case("word name English", _r("Lavrov ")),
    Case("word title Russian", _r("министр ", "", "Лавров")),
    Case("word title English", _r("Foreign Minister ", "", "Lavrov")),
    Case("word city Russian", _r("Москва ")),
    Case("word in a city", _r("в Москве ")),
    Case("word city English", _r("Moscow ")),
    Case("word event Russian", _r("визит ")),
    Case("word event English", _r("state visit ")),
    Case("word cue Russian", _r("заявил ")),
    Case("word cue English", _r("said ")),
    Case("word pronoun", _r("он ")),
    Case("word sentence Russian", _r("Слово. ")),
    Case("word sentence English", _r("Word. ")),
    # no spaces, one huge token
    Case("no spaces Russian token", _r("СЛОВО")),
    Case("no spaces English token", _r("PRESIDENT")),
    Case("no spaces words and dots", _r("слово.")),
    Case("no spaces punctuation mix", _r("а,б.в!г?д;е:")),
    Case("no spaces hyphenated", _r("-Москва")),
    Case("no spaces initials", _r("В.")),
    Case("no spaces digits and dots", _r("12.")),
    Case("no spaces URL-like", _r("zakon.kz/")),
    # one endless sentence, one endless paragraph
    Case("endless sentence", _endless_sentence),
    Case("endless paragraph Russian", _endless_paragraph),
    Case("endless paragraph English", _endless_paragraph_en),
    Case("distinct names Russian", _distinct_names),
    Case("distinct names English", _distinct_names_en),
    # dates
    Case("dates Russian", _r("5 мая ")),
    Case("dates Russian ranges", _r("с 5 по 7 мая ")),
    Case("dates English", _r("May 5, ")),
    Case("dates ISO", _r("2025-05-05 ")),
    Case("dates weekdays", _r("во вторник ")),
    Case("dates relative", _r("вчера ")),
    Case("dates in sentences", _r("Визит состоится 5 мая. ")),
    Case("dates with events", _r("визит 5 мая ")),
    Case("day, dash and spaces", lambda n: "Слово 5 -" + " " * max(1, n - 20) + "мая"),
    # sources and reported speech
    Case("according to", _r("according to ")),
    Case("According to, capitalised", _r("According to ")),
    Case("по словам", _r("по словам ")),
    Case("По словам, capitalised", _r("По словам ")),
    Case("по данным", _r("по данным ")),
    Case("со ссылкой на", _r("со ссылкой на ")),
    Case("сообщает", _r("сообщает ")),
    Case("reported, capitalised before", _r("Reuters ")),
    Case("said that", _r("said that ")),
    Case("заявил, что", _r("заявил, что ")),
    # quotes
    Case("quote, spaces, name, spaces", lambda n: _quote_spaces(n)),
    Case("quote, newlines, name", lambda n: _quote_spaces(n, "\n")),
    Case("quotes with attribution", _r("«Мы готовы к диалогу», — сказал Лавров. ")),
    Case("quotes English with attribution", _r('"We are ready," Lavrov said. ')),
    Case("quotes unclosed «", _r("«Слово ")),
    Case("quotes unclosed straight", _r('"Слово ')),
    Case("quotes nested «", lambda n: "«" * (n // 2) + "слово" + "»" * (n // 2)),
    Case("quotes nested „“", lambda n: "„" * (n // 2) + "слово" + "“" * (n // 2)),
    Case("quotes nested “”", lambda n: "“" * (n // 2) + "word" + "”" * (n // 2)),
    Case("quotes « then ” closers", lambda n: "«" * (n // 2) + "слово" + "”" * (n // 2)),
    Case("quotes short pairs", _r("«а» ")),
    Case("dialogue dashes", _r("— Мы готовы, — сказал он. ")),
    Case("quotes after colons", _r("Он заявил: «Мы готовы» ")),
    Case("quotes in one endless sentence", _r("«Мы готовы к диалогу», — сказал Лавров, и ")),
    Case("quoted bodies unclosed", _r("газета «Слово ")),
    # entities and events
    Case("pronouns after names", _r("Иван Петров приехал, она сказала, ")),
    Case("frames before events", _r("в ходе визита ")),
    Case("the two leaders", _r("the two leaders met ")),
    Case("venues after heads", _r("в парке Горького ")),
    Case("titles and names English", _r("Foreign Minister Sergei Lavrov said, ")),
    # layout
    Case("blank lines between words", _r("Слово\n\n")),
    Case("lines of one word", _r("Слово\n")),
    Case("lines of one sentence", _r("Слово здесь.\n")),
    Case("headline-like lines", _r("Политика\n")),
    Case("credit lines", _r("Фото: ТАСС\n")),
    Case("credits on one line", _r("Фото: ТАСС ", "Слово ")),
    Case("credits in brackets", _r("(фото: ТАСС) ", "Слово ")),
    Case("boilerplate lines", _r("Подписывайтесь на наши новости\n", "Слово\n\n")),
    Case("datelines", _r("MOSCOW (Reuters) - ")),
    Case("datelines Russian", _r("МОСКВА, 5 мая — ")),
    Case("header lines", _r(" date 2025-01-01 Слово\n")),
    Case("parentheses open", _r("(слово ")),
)


def _quote_spaces(size: int, space: str = " ") -> str:
    """``"..."``, a long run of white space, a name, another run: a backtracking trap."""
    run = max(1, (size - 40) // 2)
    return "«Мы готовы работать вместе»" + space * run + "Лавров" + space * run + "x"


@cache
def _cases() -> dict[str, Case]:
    return {c.name: c for c in CASES}


def make_text(name: str, size: int) -> str:
    """The text of case ``name`` at ``size`` characters (about)."""
    return _cases()[name].make(size)


# --------------------------------------------------------------------------- worker


def _worker(conn: multiprocessing.connection.Connection, entities: bool) -> None:
    from eventkit import ParseError, parse_article

    def run(text: str, language: str | None) -> str:
        try:
            article = parse_article(
                text, published=_PUBLISHED, language=language, entities=None if entities else False
            )
        except ParseError as e:
            return f"ParseError: {str(e).splitlines()[0][:60]}"
        return f"{len(article.persons)}p {len(article.quotes)}q {len(article.dates)}d {len(article.events)}e"

    # load the models, and fill the caches of word analyses with the realistic texts' words, so
    # that a small size, run first, is not timed with cold caches against a large one
    for article in _russian_articles():
        run(article, None)
    for k in range(20):
        run(_english_copy(_own("en-*.txt"), k), None)
    conn.send("ready")
    while True:
        job = conn.recv()
        if job is None:
            return
        name, size = job
        case = _cases()[name]
        text = case.make(size)
        best = float("inf")
        note = ""
        runs = 0
        spent = 0.0
        while runs < 5 and (runs == 0 or (spent < 1.0 and len(text) <= 200 * _KB)):
            start = time.perf_counter()
            note = run(text, case.language)
            took = time.perf_counter() - start
            best = min(best, took)
            spent += took
            runs += 1
        conn.send((len(text), best, note))


class _Pool:
    """One worker process, replaced when a run goes over its budget."""

    def __init__(self, entities: bool) -> None:
        self._entities = entities
        self._ctx = mp.get_context("fork")
        self._start()

    def _start(self) -> None:
        self._conn, child = self._ctx.Pipe()
        self._proc = self._ctx.Process(target=_worker, args=(child, self._entities), daemon=True)
        self._proc.start()
        if self._conn.recv() != "ready":  # pragma: no cover - a broken worker
            raise SystemExit("the worker did not start")

    def run(self, name: str, size: int, limit: float) -> tuple[int, float, str] | None:
        self._conn.send((name, size))
        if self._conn.poll(limit):
            try:
                result: tuple[int, float, str] = self._conn.recv()
            except EOFError:
                result = (size, float("nan"), "worker died")
                self._restart()
            return result
        self._restart()
        return None

    def _restart(self) -> None:
        self._proc.kill()
        self._proc.join()
        self._start()

    def close(self) -> None:
        self._conn.send(None)
        self._proc.join(5)


# --------------------------------------------------------------------------- table


def _size(value: str) -> int:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([KkMm]?)B?", value.strip())
    if m is None:
        raise SystemExit(f"not a size: {value!r} (examples: 20K, 1M, 500000)")
    factor = {"": 1, "k": _KB, "m": _KB * _KB}[m.group(2).lower()]
    return int(float(m.group(1)) * factor)


def _label(size: int) -> str:
    return f"{size // (_KB * _KB)} MB" if size >= _KB * _KB else f"{size // _KB} KB"


def _table(pool: _Pool, cases: Sequence[Case], sizes: list[int], budget: float) -> int:
    """Print one table; the number of lines that miss the goal."""
    width = max(len(c.name) for c in cases) + 2
    print(f"{'case':<{width}}" + "".join(f"{_label(s):>10}" for s in sizes) + f"{'ratio':>8}   notes")
    missed = 0
    for case in cases:
        figures: list[float] = []
        cells: list[str] = []
        marks: list[str] = []
        note = ""
        for size in sizes:
            limit = max(5.0, budget * size / (_KB * _KB))
            result = pool.run(case.name, size, limit)
            if result is None:
                cells.append(f"{'>' + format(limit, '.0f') + 's':>10}")
                marks.append(f"over budget at {_label(size)}")
                break
            chars, seconds, note = result
            per_kb = seconds * 1000 / (chars / _KB)
            figures.append(per_kb)
            cells.append(f"{per_kb:>10.2f}")
            if size == 20 * _KB and not case.realistic and seconds >= _GOAL_20KB:
                marks.append(f"<< slow: {seconds:.2f} s at 20 KB")
        cells += [f"{'-':>10}"] * (len(sizes) - len(cells))
        ratio = figures[-1] / figures[0] if len(figures) > 1 and figures[0] > 0 else float("nan")
        if ratio > _GOAL_RATIO:
            marks.append("<< superlinear")
        if marks:
            missed += 1
        shown = f"{ratio:>8.2f}" if ratio == ratio else f"{'-':>8}"
        print(
            f"{case.name:<{width}}" + "".join(cells) + shown + "   " + "; ".join([*marks, note]), flush=True
        )
    return missed


def main(argv: Sequence[str] = ()) -> int:
    """Run the benchmark and print the tables; exit status 1 when a line misses the goal."""
    parser = argparse.ArgumentParser(description="Time parse_article against input size (ms per KB).")
    parser.add_argument("corpus", nargs="?", help="the factRuEval development set's folder")
    parser.add_argument("--max-size", default="10M", help="largest size to run (e.g. 100K, 1M)")
    parser.add_argument("--no-entities", action="store_true", help="time without the entity recognizer")
    parser.add_argument("--budget", type=float, default=30, help="seconds one run may take per MB")
    parser.add_argument("--only", help="run only the cases whose names contain one of these words")
    parser.add_argument("--sizes", default="10K,100K,1M,10M", help="sizes for realistic text")
    parser.add_argument("--hostile-sizes", default="20K,200K,1M", help="sizes for hostile text")
    parser.add_argument("--list", action="store_true", help="list the cases and stop")
    options = parser.parse_args(list(argv))
    if options.list:
        for case in CASES:
            print(case.name)
        return 0
    entities = not options.no_entities
    max_size = _size(options.max_size)
    budget = options.budget
    only = options.only
    sizes = [_size(s) for s in options.sizes.split(",")]
    hostile_sizes = [_size(s) for s in options.hostile_sizes.split(",")]
    if options.corpus:
        os.environ["EVENTKIT_LINEAR_CORPUS"] = options.corpus
    cases = list(CASES)
    if only:
        wanted = [w.strip().lower() for w in only.split(",")]
        cases = [c for c in cases if any(w in c.name.lower() for w in wanted)]
        if not cases:
            raise SystemExit(f"no case matches {only!r} (see --list)")
    _russian_articles()  # fail early without a corpus
    print(
        f"parse_article, ms per KB (1 KB = 1,000 characters), "
        f"{'with' if entities else 'without'} entity recognition; budget {budget:g} s per MB"
    )
    pool = _Pool(entities)
    missed = 0
    try:
        for group, group_sizes in ((True, sizes), (False, hostile_sizes)):
            chosen = [c for c in cases if c.realistic is group]
            kept = [s for s in group_sizes if s <= max_size]
            if not chosen or not kept:
                continue
            print()
            missed += _table(pool, chosen, kept, budget)
    finally:
        pool.close()
    print()
    print(
        f"{missed} line(s) miss the goal "
        f"(flat within {_GOAL_RATIO}x; 20 KB of hostile text under {_GOAL_20KB} s)"
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
