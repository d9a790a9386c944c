"""Batches that keep going: one outcome per input in input order, each error naming its input,
and a command line that streams, writes atomically and ends cleanly."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

import eventkit
from eventkit import cli, pipeline
from eventkit.cli import main
from eventkit.pipeline import parse_each, parse_files

ROOT = Path(__file__).resolve().parents[1]
HANDMADE = ROOT / "examples" / "handmade.json"
GOOD = "The foreign minister met his counterpart in Cairo on Monday.\n\nThe talks lasted two hours.\n"
OTHER = "The president arrived in Paris for a state visit.\n"
EMPTY = "  \n"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


# ------------------------------------------------------------------------ the library


@pytest.mark.parametrize("processes", [1, 2])
def test_each_input_gives_one_outcome_in_order(processes: int) -> None:
    texts = [GOOD, EMPTY, ("named", OTHER), b"\xff\xfeabc"]
    outcomes = list(parse_each(texts, entities=False, processes=processes, chunk_size=1))
    assert [(o.index, o.source, o.ok) for o in outcomes] == [
        (0, "text 1", True),
        (1, "text 2", False),
        (2, "named", True),
        (3, "text 4", False),
    ]
    assert outcomes[0].article == eventkit.parse_article(GOOD, entities=False)
    assert outcomes[2].article == eventkit.parse_article(OTHER, entities=False)
    with pytest.raises(eventkit.ParseError) as here:
        eventkit.parse_article(EMPTY)
    # The error that came back from a worker reads as the one raised here: the place once.
    assert str(outcomes[1].error) == str(here.value)
    assert str(outcomes[1].error).count(", column ") == 1
    assert isinstance(outcomes[3].error, eventkit.ParseError)


def test_parse_many_still_raises_the_first_error_naming_its_input() -> None:
    with pytest.raises(eventkit.ParseError) as raised:
        eventkit.parse_many([GOOD, EMPTY, GOOD], entities=False, processes=2, chunk_size=1)
    assert raised.value.__notes__ == ["in text 2"]
    assert str(raised.value).startswith("line 2, column 1: empty text")
    assert eventkit.parse_many([GOOD, OTHER], entities=False, processes=1) == [
        eventkit.parse_article(t, entities=False) for t in (GOOD, OTHER)
    ]


def test_texts_are_taken_only_as_they_are_needed() -> None:
    taken = 0

    def endless() -> Iterator[str]:
        nonlocal taken
        while True:
            taken += 1
            yield GOOD

    outcomes = parse_each(endless(), entities=False, processes=1, chunk_size=1)
    for _ in range(3):
        assert next(outcomes).ok
    assert taken <= 5
    outcomes.close()


def test_files_name_themselves_and_bad_ones_do_not_stop_the_rest(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text(GOOD * 20, encoding="utf-8")
    paths = [good, tmp_path / "missing.txt", tmp_path, big, good]
    outcomes = list(parse_files(paths, entities=False, processes=2, chunk_size=1, max_bytes=1000))
    assert [o.source for o in outcomes] == [str(p) for p in paths]
    assert [o.ok for o in outcomes] == [True, False, False, False, True]
    assert outcomes[0].article is not None
    assert outcomes[0].article.url == good.resolve().as_uri()
    assert isinstance(outcomes[1].error, FileNotFoundError)
    assert isinstance(outcomes[2].error, IsADirectoryError)
    assert isinstance(outcomes[3].error, OSError)
    assert "larger than 1,000 bytes" in str(outcomes[3].error)


def test_a_fault_inside_the_parser_is_kept_as_that_input_s_outcome(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.parse_article

    def faulty(text: str | bytes, **options: object) -> eventkit.Article:
        if text == OTHER:
            raise OverflowError("date value out of range")
        return real(text, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "parse_article", faulty)
    outcomes = list(parse_each([OTHER, GOOD], entities=False, processes=1))
    assert isinstance(outcomes[0].error, OverflowError)
    assert outcomes[1].ok
    with pytest.raises(OverflowError) as raised:
        outcomes[0].unwrap()
    assert raised.value.__notes__ == ["in text 1"]


# ---------------------------------------------------------------------- the command


def _files(tmp_path: Path) -> list[str]:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    return [
        str(tmp_path / "a.txt"),
        str(tmp_path / "missing.txt"),
        str(tmp_path / "sub"),
        str(tmp_path / "b.txt"),
    ]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_parse_writes_the_good_files_names_the_bad_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    files = _files(tmp_path)
    status, out, err = run(capsys, "parse", "--no-entities", "-j", jobs, *files)
    assert status == 1
    records = [eventkit.loads(line) for line in out.splitlines()]
    assert [a.url for a in records] == [Path(files[0]).as_uri(), Path(files[3]).as_uri()]
    assert err.splitlines() == [
        f"{files[1]}: cannot read: No such file or directory",
        f"{files[2]}: cannot read: Is a directory",
    ]


def test_output_file_is_written_whole_or_not_at_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _files(tmp_path)
    target = tmp_path / "out.jsonl"
    status, out, _ = run(capsys, "parse", "--no-entities", "-o", str(target), *files)
    assert (status, out) == (1, "")
    assert len(target.read_bytes().splitlines()) == 2
    before = target.read_bytes()

    real = pipeline.parse_article

    def interrupted(text: str | bytes, **options: object) -> eventkit.Article:
        if b"Paris" in (text if isinstance(text, bytes) else text.encode()):
            raise KeyboardInterrupt
        return real(text, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "parse_article", interrupted)
    status, out, err = run(capsys, "parse", "--no-entities", "-o", str(target), *files)
    assert status == 130
    assert err.splitlines()[-1] == "eventkit: interrupted"
    assert "Traceback" not in err
    assert target.read_bytes() == before  # the earlier complete file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "out.jsonl", "sub"]


def test_ctrl_c_ends_a_run_with_130_and_no_traceback(tmp_path: Path) -> None:
    files = _files(tmp_path)
    target = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "eventkit", "parse", "--no-entities", "-j", "2", "-o", str(target)]
    # The last input is stdin, which waits: the run is busy, with its workers, when Ctrl-C comes.
    with subprocess.Popen(
        [*command, files[0], files[3], files[0], files[3], "-"],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
        start_new_session=True,
    ) as process:
        # Wait until the output is open (the command is running), then give the workers a moment.
        deadline = time.monotonic() + 60
        while not any(p.name.startswith(".out.jsonl") for p in tmp_path.iterdir()):
            assert time.monotonic() < deadline, "the command did not start"
            time.sleep(0.1)
        time.sleep(2)
        os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the whole group
        _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err.decode().strip() == "eventkit: interrupted"
    assert not any(p.name.startswith(".out.jsonl") or p.name == "out.jsonl" for p in tmp_path.iterdir())


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_one_clear_line() -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "eventkit", "convert", "--to", "eventkit", str(HANDMADE)],
            stdout=full,
            stderr=subprocess.PIPE,
            env=ENV,
            check=False,
        )
    assert done.returncode == 1
    assert done.stderr.decode() == "eventkit: error: cannot write standard output: No space left on device\n"


def test_json_lines_with_a_broken_first_line_are_read_line_by_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = orjson.dumps(eventkit.to_dict(eventkit.loads(HANDMADE.read_bytes())))
    path = tmp_path / "docs.txt"
    path.write_bytes(
        b'{"schema": "eventkit/2", "id": \n' + good + b"\n\n" + good[:-1] + b',"x":1}\n' + good + b"\n"
    )
    status, out, err = run(capsys, "validate", str(path))
    assert (status, out) == (1, "")
    places = [line.split(": ")[0] for line in err.splitlines()]
    assert places == [f"{path}:1", f"{path}:4"]
    status, out, _ = run(capsys, "convert", "--to", "eventkit", str(path))
    assert status == 1
    assert len(out.splitlines()) == 2


def test_one_document_is_capped_and_the_message_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_MAX_DOCUMENT", 4096)
    status, _, err = run(capsys, "validate", "/dev/zero", str(HANDMADE))
    assert status == 1
    assert err == "/dev/zero: larger than 4,096 bytes, the most one document may be\n"
    lines = tmp_path / "long.jsonl"
    lines.write_bytes(
        HANDMADE.read_bytes().replace(b"\n", b" ").strip() + b"\n" + b"{" + b" " * 5000 + b"}\n"
    )
    status, _, err = run(capsys, "validate", str(lines))
    assert status == 1
    rest = "(the rest of the file is not read)"
    assert err == f"{lines}:2: larger than 4,096 bytes, the most one document may be {rest}\n"


def test_progress_shows_on_a_terminal_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = [f for f in _files(tmp_path) if f.endswith(".txt") and Path(f).exists()]

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    for stream, shown in ((Terminal(), True), (io.StringIO(), False)):
        monkeypatch.setattr(sys, "stderr", stream)
        monkeypatch.setattr(sys, "stdout", io.StringIO())
        assert main(["parse", "--no-entities", *files]) == 0
        assert ("file/s" in stream.getvalue()) is shown
        assert (stream.getvalue() == "") is not shown


# ------------------------------------------------------------------------- Parquet


def test_parse_and_convert_write_parquet_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pyarrow")
    from eventkit import tables

    files = _files(tmp_path)
    status, out, err = run(capsys, "parse", "--no-entities", *files, "--to", "parquet", str(tmp_path / "t"))
    assert (status, out) == (1, "")
    found = tables.read_parquet(tmp_path / "t")
    assert found["articles"].column("url").to_pylist() == [Path(files[0]).as_uri(), Path(files[3]).as_uri()]

    jsonl = tmp_path / "articles.jsonl"
    assert main(["parse", "--no-entities", files[0], files[3], "-o", str(jsonl)]) == 0
    status, out, err = run(capsys, "convert", "--to", "parquet", str(tmp_path / "c"), str(jsonl))
    assert (status, out, err) == (0, "", "")
    again = tables.read_parquet(tmp_path / "c")
    assert all(again[name].equals(found[name]) for name in tables.TABLES)


def test_parquet_without_pyarrow_says_what_to_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    status, out, err = run(capsys, "convert", "--to", "parquet", str(tmp_path / "t"), str(HANDMADE))
    assert (status, out) == (1, "")
    assert err.startswith('eventkit: error: tables need pyarrow: pip install "eventkit-news[arrow]"')


def test_files_from_a_list_and_output_to_a_device(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = _files(tmp_path)
    listing = tmp_path / "list.txt"
    listing.write_text("\n".join(files[1:]) + "\n\n", encoding="utf-8")
    status, out, err = run(capsys, "parse", "--no-entities", files[0], "--files-from", str(listing))
    assert status == 1
    assert [eventkit.loads(line).url for line in out.splitlines()] == [
        Path(files[0]).as_uri(),
        Path(files[3]).as_uri(),
    ]
    assert len(err.splitlines()) == 2
    # A device is written as it is, never replaced by a file put in its place.
    status, out, _ = run(capsys, "parse", "--no-entities", files[0], "-o", os.devnull)
    assert (status, out) == (0, "")
    assert Path(os.devnull).is_char_device()
    status, _, err = run(capsys, "parse", "--files-from", str(tmp_path / "none.txt"))
    assert status == 2
    assert "--files-from: cannot read" in err
