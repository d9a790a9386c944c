"""Parsing at scale: articles per second over processes and on Dask, and memory that stays flat.

    python benchmarks/scale.py [--texts N] [--corpus DIR] [--no-entities] [--no-dask]
                               [--stream SIZE,...] [--no-stream] [--json]

Throughput: the same texts (NEREL train and the factRuEval development set, repeated until
there are ``--texts`` of them; default 2,000) parsed from their files by
:func:`eventkit.parse_files` on 1 process, 2 processes and one per core, and by
:func:`eventkit.dask.parse_outcomes` on a Dask ``LocalCluster`` of one worker process per core.
Each run is a fresh process, timed from the start of the work to the last article in hand
(worker start-up and model loading included; the Dask cluster is started before the clock).
Printed: articles per second, the speed-up over one process and its ratio to the number of
processes (goal: at least 0.85), Dask's speed beside ``parse_files`` on as many processes (goal:
within 15%), the CPU time spent per article by all the processes together (on a busy machine
the speed-up falls short of the cores, but the CPU per article shows whether running in
parallel costs extra work), and the peak resident memory of each worker.

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


def _corpus_paths(corpus: Path, count: int) -> list[str]:
    """NEREL train and factRuEval texts, repeated in order until there are ``count``."""
    found = sorted((corpus / "nerel" / "train").glob("*.txt")) + sorted(
        (corpus / "factru-devset").glob("*.txt")
    )
    if not found:
        return []
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


class _Descendants:
    """Watches the processes below this one (pool workers, Dask's nannies and workers) and keeps
    each one's peak resident memory (``VmHWM``), read from ``/proc`` twice a second."""

    def __init__(self) -> None:
        self.peaks: dict[int, int] = {}
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
        for pid in mine - {os.getpid()}:
            self.peaks[pid] = max(self.peaks.get(pid, 0), _peak(pid))

    def largest(self, n: int) -> list[int]:
        return sorted(self.peaks.values(), reverse=True)[:n]


# ------------------------------------------------------------------------------ one run


def _run_processes(paths: list[str], processes: int, entities: bool) -> dict[str, Any]:
    import eventkit

    options: dict[str, Any] = {} if entities else {"entities": False}
    with _Descendants() as watched:
        start = time.perf_counter()
        outcomes = list(eventkit.parse_files(paths, processes=processes, chunk_size=4, **options))
        seconds = time.perf_counter() - start
    workers = [_peak()] if processes == 1 else watched.largest(processes)
    cpu = sum(os.times()[:4])  # this process and its ended workers, user and system
    return {"seconds": seconds, "cpu": cpu, "ok": sum(o.ok for o in outcomes), "workers": workers}


def _run_dask(paths: list[str], workers: int, entities: bool) -> dict[str, Any]:
    from distributed import Client, LocalCluster

    import eventkit.dask

    options: dict[str, Any] = {} if entities else {"entities": False}
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        start = time.perf_counter()
        bag = eventkit.dask.parse_outcomes(paths, npartitions=max(1, len(paths) // 4), **options)
        outcomes = bag.compute()
        seconds = time.perf_counter() - start
        peaks = client.run(_peak)
        cpu = sum(client.run(_cpu).values()) + _cpu()
    return {
        "seconds": seconds,
        "cpu": cpu,
        "ok": sum(o.ok for o in outcomes),
        "workers": sorted(peaks.values()),
    }


def _cpu() -> float:
    """CPU seconds (user and system) this process has used."""
    return sum(os.times()[:2])


def _one(kind: str, paths_file: str, entities: bool) -> None:
    """Run one configuration in this (fresh) process and print its figures as JSON."""
    paths = Path(paths_file).read_text(encoding="utf-8").splitlines()
    if kind.startswith("dask"):
        result = _run_dask(paths, int(kind[4:]), entities)
    else:
        result = _run_processes(paths, int(kind[1:]), entities)
    print(json.dumps(result))


def _configuration(kind: str, paths_file: str, entities: bool) -> dict[str, Any]:
    command = [sys.executable, __file__, "--run", kind, "--paths", paths_file]
    if not entities:
        command.append("--no-entities")
    env = {**os.environ, "PYTHONPATH": str(_ROOT / "src")}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _throughput(paths: list[str], entities: bool, dask: bool) -> list[dict[str, Any]]:
    cores = os.cpu_count() or 1
    kinds = [f"p{n}" for n in sorted({1, 2, cores})]
    if dask:
        kinds.append(f"dask{cores}")
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        paths_file = str(Path(folder) / "paths.txt")
        Path(paths_file).write_text("\n".join(paths) + "\n", encoding="utf-8")
        for kind in kinds:
            result = _configuration(kind, paths_file, entities)
            result["kind"] = kind
            result["rate"] = len(paths) / result["seconds"]
            rows.append(result)
            print(f"  {kind:>7}: {result['rate']:7.1f} articles/s", file=sys.stderr)
    return rows


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
    env = {**os.environ, "PYTHONPATH": str(_ROOT / "src")}
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


def _report(throughput: list[dict[str, Any]], streaming: list[dict[str, Any]], texts: int) -> None:
    if throughput:
        base = next(r for r in throughput if r["kind"] == "p1")
        print(f"Throughput: {texts} texts (NEREL train + factRuEval, repeated)")
        print(
            f"{'run':>8} {'articles/s':>11} {'speed-up':>9} {'per process':>12} {'CPU ms/article':>15}"
            f" {'peak MB/worker':>15}"
        )
        for row in throughput:
            n = int(row["kind"][4:] if row["kind"].startswith("dask") else row["kind"][1:])
            speedup = row["rate"] / base["rate"]
            peaks = "/".join(f"{p / _MB:.0f}" for p in row["workers"])
            cpu = 1000 * row["cpu"] / texts
            print(
                f"{row['kind']:>8} {row['rate']:11.2f} {speedup:9.2f} {speedup / n:12.2f}"
                f" {cpu:15.0f} {peaks:>15}"
            )
        dask = [r for r in throughput if r["kind"].startswith("dask")]
        if dask:
            same = next((r for r in throughput if r["kind"] == "p" + dask[0]["kind"][4:]), None)
            if same:
                ratio = dask[0]["rate"] / same["rate"]
                print(f"Dask / parse_files on as many processes: {ratio:.2f} (goal >= 0.85)")
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
    parser.add_argument("--run", help=argparse.SUPPRESS)
    parser.add_argument("--paths", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run:
        _one(args.run, args.paths, not args.no_entities)
        return 0

    throughput: list[dict[str, Any]] = []
    if not args.no_throughput:
        paths = _corpus_paths(args.corpus, args.texts)
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
            throughput = _throughput(paths, not args.no_entities, dask)
    streaming = [] if args.no_stream else _streaming([int(s) for s in args.stream.split(",")])
    if args.json:
        print(json.dumps({"throughput": throughput, "streaming": streaming}, indent=2))
    else:
        _report(throughput, streaming, args.texts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
