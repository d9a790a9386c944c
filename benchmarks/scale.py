"""Parsing at scale: articles per second over processes and on Dask, and memory that stays flat.

    python benchmarks/scale.py [--texts N] [--corpus DIR] [--no-entities] [--no-dask]
                               [--peers python,natasha] [--rounds R] [--cold] [--distinct]
                               [--stream SIZE,...] [--no-stream] [--only RUN,...] [--json]

Throughput: the same texts (NEREL train and the factRuEval development set, repeated until
there are ``--texts`` of them; default 2,000) parsed from their files by
:func:`eventkit.parse_files` on 1 process, 2 processes and one per core, and by
:func:`eventkit.dask.parse_outcomes` on a Dask ``LocalCluster`` of one worker process per core,
twice: with Dask's worker settings, and without the ``MALLOC_TRIM_THRESHOLD_`` that Dask's
nannies give their workers (``dask-untrimmed``; glibc's own thresholds, as in the pool's workers).
Beside them, run the same way over the same files (1, 2 and one process per core, chunks of 4,
each worker reading its files), two peers that say what the machine itself gives: ``python``, a
plain-Python CPU-bound job (words and word pairs counted, each looked up in a large table), and
``natasha``, natasha's whole news pipeline. If a peer scales no better than eventkit, the
shortfall is the machine's (two cores that share a physical core, memory bandwidth), not
eventkit's; the ratio of eventkit's scaling to the peer's says how much is ours.

``--only`` picks runs by name (``eventkit:1,eventkit:2,dask:2``): the one-process run is the
base of every speed-up, so keep it. ``--distinct`` takes each text once (868 at most):
eventkit keeps caches of word forms in each process, and repeated texts meet warm caches more
often in one process than in two.

Each run is a fresh process. The models (and the peers' table and models) are loaded before the
clock in the process that forks the workers, so that the runs time the work, not the loading
(``--cold``: inside the clock); the Dask workers load theirs through
:func:`eventkit.dask.load_models`, the cluster started before the clock. The clock runs from the
start of the work to the last article in hand. ``--rounds R`` runs every configuration R times,
in turn, and keeps each one's fastest: on a busy machine the load then touches all alike.
Printed: articles per second, the speed-up over one process and its ratio to the number of
processes (goal: at least 0.85), Dask's speed beside ``parse_files`` on as many processes (goal:
within 15%), the CPU time spent per article by all the processes together between the start
and the end of the work (on a busy machine the speed-up falls short of the cores, but the CPU
per article shows whether running in parallel costs extra work), the peak resident memory of
each worker, and the memory of the whole run with shared pages counted once (the sum of each
process's peak ``Pss``).

Streaming: ``eventkit parse --files-from LIST --jsonl -o OUT`` over 1,000 to ``--stream``
articles (short texts of our own, without entities, so that the run is about the command and
not the recognizer), then ``eventkit validate OUT`` and ``eventkit convert --to ninjs OUT``.
The peak memory of each command should not grow with the number of articles. Default sizes
1,000 and 10,000; ``--stream 1000,10000,100000`` for the full check.

The corpus is read from ``../shared/corpus`` beside the repository (``--corpus``); without it
the throughput part is skipped. A benchmark, not a test: figures depend on the machine and its
load.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

__all__ = ["main"]

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

_ROOT = Path(__file__).resolve().parents[1]
_CORPUS = _ROOT.parent / "shared" / "corpus"
_MB = 1024 * 1024


def _corpus_paths(corpus: Path, count: int, distinct: bool = False) -> list[str]:
    """NEREL train and factRuEval texts, repeated in order until there are ``count`` (``distinct``:
    each text once, at most as many as there are)."""
    found = sorted((corpus / "nerel" / "train").glob("*.txt")) + sorted(
        (corpus / "factru-devset").glob("*.txt")
    )
    if not found:
        return []
    if distinct:
        return [str(path) for path in found[:count]]
    return [str(found[i % len(found)]) for i in range(count)]


def _peak(pid: int | str = "self") -> int:
    """A process's peak resident memory in bytes (``VmHWM``), 0 when it has ended.

    Read from ``/proc``, not from ``getrusage``: Linux carries a parent's peak into a child that
    ``vfork``-s and ``exec``-s, so the child's ``ru_maxrss`` can be the parent's.
    """
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def _pss(pid: int | str = "self") -> int:
    """A process's proportional share of resident memory in bytes (``Pss``): pages it shares with
    others (forked from one parent and never written) count as a share, not in full."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    for line in rollup.splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) * 1024
    return 0


class _Descendants:
    """Watches this process and the processes below it (pool workers, Dask's nannies and workers)
    and keeps each one's peak resident memory (``VmHWM``) and peak proportional share (``Pss``),
    read from ``/proc`` twice a second."""

    def __init__(self) -> None:
        self.peaks: dict[int, int] = {}
        self.shares: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> _Descendants:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._stop.wait(0.5):
            self.sample()

    def sample(self) -> None:
        parents: dict[int, int] = {}
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                try:
                    stat = Path(entry.path, "stat").read_text()
                except OSError:
                    continue
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
        mine = {os.getpid()}
        grew = True
        while grew:
            found = {pid for pid, parent in parents.items() if parent in mine} - mine
            grew = bool(found)
            mine |= found
        for pid in mine:
            self.peaks[pid] = max(self.peaks.get(pid, 0), _peak(pid))
            self.shares[pid] = max(self.shares.get(pid, 0), _pss(pid))

    def workers(self, n: int) -> dict[str, Any]:
        """The peak resident memory of each of the ``n`` largest workers (this process when
        ``n`` is 1), and the sum of every process's peak proportional share: the memory the run
        took, shared pages counted once."""
        self.sample()
        others = {pid: peak for pid, peak in self.peaks.items() if pid != os.getpid()}
        peaks = [_peak()] if n == 1 else sorted(others.values(), reverse=True)[:n]
        return {"workers": peaks, "pss": sum(self.shares.values())}


# ------------------------------------------------------------------------------ one run
#
# Each run is a fresh interpreter, so that no run inherits another's caches or memory. What a job
# needs (eventkit's models, natasha's, the reference's table) is loaded before the clock, in the
# process that then forks the workers, which start with it (``--cold``: inside the clock, and
# the Dask workers load on their first article). The clock runs from the start of the work to
# the last result in hand; the CPU time is what every process spent between those two moments.


def _run_eventkit(paths: list[str], processes: int, entities: bool, cold: bool) -> dict[str, Any]:
    import eventkit
    from eventkit.entities import get_recognizer

    options: dict[str, Any] = {} if entities else {"entities": False}
    if entities and not cold:
        recognizer = get_recognizer("ru", required=True)
        getattr(recognizer, "load", lambda: None)()
    with _Descendants() as watched:
        cpu, start = _cpu_all(), time.perf_counter()
        outcomes = list(eventkit.parse_files(paths, processes=processes, chunk_size=4, **options))
        seconds = time.perf_counter() - start
        cpu = _cpu_all() - cpu
    return {"seconds": seconds, "cpu": cpu, "ok": sum(o.ok for o in outcomes), **watched.workers(processes)}


def _run_dask(paths: list[str], workers: int, entities: bool, cold: bool, trimmed: bool) -> dict[str, Any]:
    import dask
    from distributed import Client, LocalCluster

    import eventkit.dask

    options: dict[str, Any] = {} if entities else {"entities": False}
    # Dask's nannies start their workers with MALLOC_TRIM_THRESHOLD_=65536 (memory handed back to
    # the system at once); ``trimmed=False`` starts them with glibc's own thresholds instead.
    environ = {} if trimmed else {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}
    with (
        dask.config.set(environ),
        _Descendants() as watched,
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        if entities and not cold:
            eventkit.dask.load_models(client)
        before = sum(client.run(_cpu).values()) + _cpu()
        start = time.perf_counter()
        outcomes = eventkit.dask.parse_outcomes(paths, **options).compute()
        seconds = time.perf_counter() - start
        cpu = sum(client.run(_cpu).values()) + _cpu() - before
        memory = watched.workers(workers)
    return {"seconds": seconds, "cpu": cpu, "ok": sum(o.ok for o in outcomes), **memory}


def _cpu() -> float:
    """CPU seconds (user and system) this process has used."""
    return sum(os.times()[:2])


def _cpu_all() -> float:
    """CPU seconds of this process and of the child processes it has waited for (a pool's workers)."""
    return sum(os.times()[:4])


# The peers: the same files, the same number of processes, the same chunks of 4, each worker
# given what it needs before the clock, results sent back as small objects.

_REFERENCE_PASSES = 200
_REFERENCE_TABLE: dict[str, int] = {}
_NATASHA: dict[str, Any] = {}


def _reference_setup() -> None:
    """A table as large as a parser's word lists (300,000 keys), so that lookups reach past the
    core's own caches as a parser's do."""
    if not _REFERENCE_TABLE:
        _REFERENCE_TABLE.update((f"{i * 7919:x}"[-6:] + str(i % 7), i) for i in range(300_000))


def _reference_one(path: str) -> int:
    """Plain Python, CPU-bound: words and word pairs of the text counted ``_REFERENCE_PASSES``
    times, each word also looked up in the table. No numpy, no C extension but the interpreter."""
    text = Path(path).read_text(encoding="utf-8")
    counts: dict[str, int] = {}
    for _ in range(_REFERENCE_PASSES):
        previous = ""
        for raw in text.split():
            word = raw.strip('.,;:!?«»"()').lower()
            counts[word] = counts.get(word, 0) + 1 + _REFERENCE_TABLE.get(word[:6] + str(len(word) % 7), 0)
            pair = previous + " " + word
            counts[pair] = counts.get(pair, 0) + 1
            previous = word
    return len(counts)


def _natasha_setup() -> None:
    """natasha's news models, loaded once a process."""
    if _NATASHA:
        return
    from natasha import (
        MorphVocab,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    embedding = NewsEmbedding()
    _NATASHA.update(
        segmenter=Segmenter(),
        vocab=MorphVocab(),
        morph=NewsMorphTagger(embedding),
        syntax=NewsSyntaxParser(embedding),
        ner=NewsNERTagger(embedding),
    )


def _natasha_one(path: str) -> int:
    """natasha's whole pipeline on one file, as ``benchmarks/extraction.py`` runs it: segments,
    morphology, syntax, names, and each name's normal form."""
    from natasha import Doc

    _natasha_setup()
    doc = Doc(Path(path).read_text(encoding="utf-8"))
    doc.segment(_NATASHA["segmenter"])
    doc.tag_morph(_NATASHA["morph"])
    doc.parse_syntax(_NATASHA["syntax"])
    doc.tag_ner(_NATASHA["ner"])
    for span in doc.spans:
        span.normalize(_NATASHA["vocab"])
    return len(doc.spans)


def _run_peer(paths: list[str], processes: int, job: str, cold: bool) -> dict[str, Any]:
    import multiprocessing

    setup, one = (_reference_setup, _reference_one) if job == "python" else (_natasha_setup, _natasha_one)
    if not cold:
        setup()
    with _Descendants() as watched:
        cpu, start = _cpu_all(), time.perf_counter()
        if processes == 1:
            setup()
            results = [one(p) for p in paths]
        else:
            with multiprocessing.get_context().Pool(processes, initializer=setup) as pool:
                results = list(pool.imap(one, paths, chunksize=4))
        seconds = time.perf_counter() - start
        cpu = _cpu_all() - cpu
    return {"seconds": seconds, "cpu": cpu, "ok": len(results), **watched.workers(processes)}


def _one(kind: str, paths_file: str, entities: bool, cold: bool) -> None:
    """Run one configuration (``job:processes``) in this fresh process and print its figures as JSON."""
    paths = Path(paths_file).read_text(encoding="utf-8").splitlines()
    job, n = kind.split(":")
    if job in ("dask", "dask-untrimmed"):
        result = _run_dask(paths, int(n), entities, cold, trimmed=job == "dask")
    elif job == "eventkit":
        result = _run_eventkit(paths, int(n), entities, cold)
    else:
        result = _run_peer(paths, int(n), job, cold)
    print(json.dumps(result))


def _pythonpath() -> str:
    """This tree's ``src`` first, then whatever path the caller gave."""
    given = os.environ.get("PYTHONPATH")
    return os.pathsep.join(p for p in (str(_ROOT / "src"), given) if p)


def _configuration(kind: str, paths_file: str, entities: bool, cold: bool) -> dict[str, Any]:
    command = [sys.executable, __file__, "--run", kind, "--paths", paths_file]
    if not entities:
        command.append("--no-entities")
    if cold:
        command.append("--cold")
    env = {**os.environ, "PYTHONPATH": _pythonpath()}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _kinds(peers: list[str], dask: bool, only: str | None = None) -> list[str]:
    cores = os.cpu_count() or 1
    counts = sorted({1, 2, cores})
    kinds = [f"eventkit:{n}" for n in counts]
    for peer in peers:
        kinds += [f"{peer}:{n}" for n in counts]
    if dask:
        kinds += [f"dask:{cores}", f"dask-untrimmed:{cores}"]
    if only:
        chosen = only.split(",")
        unknown = sorted(set(chosen) - set(kinds))
        if unknown:
            raise SystemExit(f"--only: no run {', '.join(unknown)}; the runs are {', '.join(kinds)}")
        kinds = [kind for kind in kinds if kind in chosen]
    return kinds


def _throughput(
    paths: list[str], entities: bool, kinds: list[str], rounds: int, cold: bool
) -> list[dict[str, Any]]:
    """Every configuration once a round, in turn, so that a change in the machine's load touches
    all alike; each one's fastest round is kept, and every round's rate."""
    best: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as folder:
        paths_file = str(Path(folder) / "paths.txt")
        Path(paths_file).write_text("\n".join(paths) + "\n", encoding="utf-8")
        for round_ in range(rounds):
            for kind in kinds:
                result = _configuration(kind, paths_file, entities, cold)
                result["kind"] = kind
                result["rate"] = len(paths) / result["seconds"]
                rates = [*best.get(kind, {}).get("rates", []), result["rate"]]
                if kind not in best or result["rate"] > best[kind]["rate"]:
                    best[kind] = result
                best[kind]["rates"] = rates
                print(f"  round {round_ + 1} {kind:>16}: {result['rate']:7.1f} articles/s", file=sys.stderr)
    return [best[kind] for kind in kinds]


# ----------------------------------------------------------------------------- streaming

_STORY = (
    " date 2025-{month:02d}-{day:02d} The foreign minister of country {n} met his counterpart "
    "in the capital on Tuesday, the ministry said.\n\n"
    '"We agreed to meet again in {month_name}," the minister told reporters after talks number {n}.\n'
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September")


def _command_peak(argv: list[str]) -> tuple[float, int]:
    """Run ``eventkit ARGV``; its time in seconds and its peak resident memory in bytes
    (its ``VmHWM``, read every 50 ms while it runs)."""
    env = {**os.environ, "PYTHONPATH": _pythonpath()}
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "eventkit", *argv], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    peak = 0
    while process.poll() is None:
        peak = max(peak, _peak(process.pid))
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    if process.returncode not in (0, 1):
        error = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"eventkit {' '.join(argv)} failed: {error}")
    return seconds, peak


def _streaming(sizes: list[int]) -> list[dict[str, Any]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "texts").mkdir()
        written = 0
        for size in sizes:
            for n in range(written, size):
                month, day = n % 9 + 1, n % 28 + 1
                text = _STORY.format(month=month, day=day, n=n, month_name=_MONTHS[month - 1])
                (root / "texts" / f"{n:06d}.txt").write_text(text, encoding="utf-8")
            written = max(written, size)
            listing = root / "list.txt"
            listing.write_text(
                "".join(f"{root / 'texts' / f'{n:06d}.txt'}\n" for n in range(size)), encoding="utf-8"
            )
            out = root / "out.jsonl"
            row: dict[str, Any] = {"articles": size}
            argv = ["parse", "--no-entities", "--jsonl", "--files-from", str(listing), "-o", str(out)]
            row["parse_seconds"], row["parse_peak"] = _command_peak(argv)
            row["validate_seconds"], row["validate_peak"] = _command_peak(["validate", str(out)])
            argv = ["convert", "--to", "ninjs", str(out), "-o", os.devnull]
            row["convert_seconds"], row["convert_peak"] = _command_peak(argv)
            row["jsonl_bytes"] = out.stat().st_size
            rows.append(row)
            print(
                f"  {size:>7}: parse {row['parse_peak'] / _MB:.0f} MB,"
                f" validate {row['validate_peak'] / _MB:.0f} MB, convert {row['convert_peak'] / _MB:.0f} MB",
                file=sys.stderr,
            )
    return rows


# ------------------------------------------------------------------------------- report


def _per_process(rows: dict[str, dict[str, Any]], job: str, n: int) -> float | None:
    """``job``'s speed-up on ``n`` processes over one, divided by ``n`` (1.0 is linear)."""
    one, many = rows.get(f"{job}:1"), rows.get(f"{job}:{n}")
    if one is None or many is None:
        return None
    return float(many["rate"] / one["rate"] / n)


def _report(
    throughput: list[dict[str, Any]],
    streaming: list[dict[str, Any]],
    texts: int,
    distinct: int,
    rounds: int,
    cold: bool,
) -> None:
    if throughput:
        rows = {row["kind"]: row for row in throughput}
        loading = "inside the clock" if cold else "before the clock"
        print(
            f"Throughput: {texts} texts ({distinct} distinct, NEREL train + factRuEval), fastest of {rounds}"
            f" round(s), models loaded {loading}"
        )
        print(
            f"{'run':>16} {'articles/s':>11} {'speed-up':>9} {'per process':>12} {'CPU ms/article':>15}"
            f" {'peak RSS MB/worker':>19} {'PSS MB, all':>12}"
        )
        for row in throughput:
            job, n = row["kind"].split(":")
            base = rows.get(f"{'eventkit' if job.startswith('dask') else job}:1")
            speedup = row["rate"] / base["rate"] if base else float("nan")
            peaks = "/".join(f"{p / _MB:.0f}" for p in row["workers"])
            cpu = 1000 * row["cpu"] / texts
            print(
                f"{row['kind']:>16} {row['rate']:11.2f} {speedup:9.2f} {speedup / int(n):12.2f}"
                f" {cpu:15.1f} {peaks:>19} {row['pss'] / _MB:12.0f}"
            )
        counts = sorted({int(kind.split(":")[1]) for kind in rows} - {1})
        for n in counts:
            ours = _per_process(rows, "eventkit", n)
            for peer in ("python", "natasha"):
                theirs = _per_process(rows, peer, n)
                if ours is not None and theirs is not None:
                    print(
                        f"{n} processes: eventkit's scaling {ours:.2f} per process, {peer}'s {theirs:.2f};"
                        f" eventkit / {peer}: {ours / theirs:.2f}"
                    )
        for kind, row in rows.items():
            job, n = kind.split(":")
            if job.startswith("dask") and f"eventkit:{n}" in rows:
                ratio = row["rate"] / rows[f"eventkit:{n}"]["rate"]
                how = "Dask's worker settings" if job == "dask" else "glibc's trim threshold"
                print(f"Dask ({how}) / parse_files on {n} processes: {ratio:.2f} (goal >= 0.85)")
    if streaming:
        print("Streaming: peak memory of each command (MB) by articles")
        print(f"{'articles':>9} {'parse':>7} {'validate':>9} {'convert':>8} {'parse s':>8} {'JSONL MB':>9}")
        for row in streaming:
            print(
                f"{row['articles']:>9} {row['parse_peak'] / _MB:7.0f} {row['validate_peak'] / _MB:9.0f}"
                f" {row['convert_peak'] / _MB:8.0f} {row['parse_seconds']:8.1f}"
                f" {row['jsonl_bytes'] / _MB:9.1f}"
            )
        first, last = streaming[0], streaming[-1]
        ratio = max(last[k] / first[k] for k in ("parse_peak", "validate_peak", "convert_peak"))
        print(f"largest / smallest peak: {ratio:.2f} (flat is about 1.0)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks/scale.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=2000, help="texts to parse (default 2000)")
    parser.add_argument("--corpus", type=Path, default=_CORPUS, help="the shared corpus folder")
    parser.add_argument("--no-entities", action="store_true", help="parse without the recognizer")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    parser.add_argument("--stream", default="1000,10000", help="articles for the streaming check")
    parser.add_argument("--no-stream", action="store_true", help="skip the streaming check")
    parser.add_argument("--no-throughput", action="store_true", help="skip the throughput runs")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--peers", default="python,natasha", help="peer jobs run the same way: python, natasha (or none)"
    )
    parser.add_argument("--rounds", type=int, default=1, help="run every configuration this many times")
    parser.add_argument("--cold", action="store_true", help="load the models inside the clock")
    parser.add_argument("--distinct", action="store_true", help="each text once (at most 868), none repeated")
    parser.add_argument(
        "--only", help="only these runs, such as eventkit:1,eventkit:2,dask:2 (default: all of them)"
    )
    parser.add_argument("--run", help=argparse.SUPPRESS)
    parser.add_argument("--paths", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run:
        _one(args.run, args.paths, not args.no_entities, args.cold)
        return 0

    throughput: list[dict[str, Any]] = []
    paths: list[str] = []
    if not args.no_throughput:
        paths = _corpus_paths(args.corpus, args.texts, args.distinct)
        if not paths:
            print(f"no corpus in {args.corpus}: throughput skipped", file=sys.stderr)
        else:
            dask = not args.no_dask
            if dask:
                try:
                    import distributed  # noqa: F401
                except ImportError:
                    print("Dask is not installed: its run is skipped", file=sys.stderr)
                    dask = False
            peers = [p for p in args.peers.split(",") if p in ("python", "natasha")]
            kinds = _kinds(peers, dask, args.only)
            throughput = _throughput(paths, not args.no_entities, kinds, max(1, args.rounds), args.cold)
    streaming = [] if args.no_stream else _streaming([int(s) for s in args.stream.split(",")])
    if args.json:
        print(json.dumps({"throughput": throughput, "streaming": streaming}, indent=2))
    else:
        _report(throughput, streaming, len(paths), len(set(paths)), max(1, args.rounds), args.cold)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
