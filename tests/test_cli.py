"""The eventkit command: exit codes, output, and errors that name the file and the place."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import attrs
import orjson
import pytest

import eventkit
from eventkit import formats
from eventkit.cli import main

ROOT = Path(__file__).resolve().parents[1]
HANDMADE = ROOT / "examples" / "handmade.json"
BROKEN = ROOT / "examples" / "broken.json"

ARTICLE = (
    " date 2026-03-02 Министр иностранных дел Сергей Лавров 3 марта проведет переговоры "
    "с коллегой из Египта в Москве, сообщает Информбюро.\n\n"
    "«Мы ждем содержательного разговора», — сказал Лавров.\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_validate_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "validate", str(HANDMADE)) == (0, f"{HANDMADE}: ok (1 document)\n", "")


def test_validate_reports_every_problem_with_its_path(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "validate", str(BROKEN))
    assert status == 1
    assert out == ""
    assert err.splitlines() == [
        f"{BROKEN}: $.persons[0].roles[0].country: expected an ISO 3166-1 alpha-2 code such as 'RU', "
        "got 'Russia'",
        f"{BROKEN}: $.events[0].dates.end: '2025-11-31': must be between 1 and 30 in 2025-11, got 31",
        f"{BROKEN}: $.quotes[0].speaker: unknown person id 'p9'",
    ]


def test_validate_json_lines_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = HANDMADE.read_bytes().replace(b"\n", b"")
    bad = orjson.loads(good)
    bad["quotes"][0]["speaker"] = "p9"
    path = tmp_path / "many.jsonl"
    path.write_bytes(good + b"\n" + orjson.dumps(bad) + b"\n")
    status, _, err = run(capsys, "validate", str(path))
    assert status == 1
    assert err == f"{path}:2: $.quotes[0].speaker: unknown person id 'p9'\n"


def test_validate_malformed_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(b'{"schema": "eventkit/1",\n "id": }')
    status, _, err = run(capsys, "validate", str(path))
    assert status == 1
    assert (
        err == f"{path}: $: malformed JSON at line 2, column 8: unexpected character, expected a JSON value\n"
    )


def test_a_missing_file_is_reported_and_the_others_are_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.json"
    status, out, err = run(capsys, "validate", str(missing), str(tmp_path), str(HANDMADE))
    assert status == 1
    assert err.splitlines() == [
        f"{missing}: cannot read: No such file or directory",
        f"{tmp_path}: cannot read: Is a directory",
    ]
    assert out == f"{HANDMADE}: ok (1 document)\n"


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "frobnicate")
    assert status == 2
    assert "invalid choice: 'frobnicate'" in err


def test_schema_prints_the_generated_schema(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "schema")
    assert status == 0
    assert orjson.loads(out) == eventkit.json_schema()
    status, _, err = run(capsys, "schema", "--type", "Nothing")
    assert status == 2
    assert "no model class named 'Nothing'" in err


def test_parse_writes_the_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    status, out, err = run(capsys, "parse", "--no-entities", str(path))
    assert (status, err) == (0, "")
    article = eventkit.loads(out.encode())
    assert article == attrs.evolve(eventkit.parse_article(ARTICLE, entities=False), url=path.as_uri())
    assert [q.text for q in article.quotes] == ["Мы ждем содержательного разговора"]
    assert str(article.published) == "2026-03-02"


def test_parse_many_files_gives_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = []
    for i in range(3):
        path = tmp_path / f"a{i}.txt"
        path.write_text(ARTICLE.replace("3 марта", f"{i + 3} марта"), encoding="utf-8")
        paths.append(str(path))
    status, out, _ = run(capsys, "parse", "--no-entities", *paths)
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 3
    assert [eventkit.loads(line).dates[0].text for line in lines] == ["3 марта", "4 марта", "5 марта"]


def test_parse_error_names_file_line_and_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(" date 2025-13-45 Текст статьи.\n", encoding="utf-8")
    status, out, err = run(capsys, "parse", str(path))
    assert (status, out) == (1, "")
    first = err.splitlines()[0]
    assert first.startswith(f"{path}:1:")
    assert "2025-13-45" in err


def test_parse_rejects_bytes_that_are_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("date 2025-01-01 Привет".encode("cp1251"))
    status, _, err = run(capsys, "parse", str(path))
    assert status == 1
    assert err.splitlines()[0] == (
        f"{path}:1:17: not UTF-8 text: it looks like Windows-1251 (Cyrillic); "
        "convert it (iconv -f cp1251 -t utf-8 FILE) or give --encoding cp1251"
    )


def test_parse_bad_published_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "parse", "--published", "yesterday", str(HANDMADE))
    assert status == 2
    assert "--published: expected YYYY, YYYY-MM or YYYY-MM-DD, got 'yesterday'" in err


def test_convert_to_each_format(capsys: pytest.CaptureFixture[str]) -> None:
    article = eventkit.loads(HANDMADE.read_bytes())
    for name in ("ninjs", "jsonld", "plover"):
        status, out, err = run(capsys, "convert", "--to", name, str(HANDMADE))
        assert (status, err) == (0, "")
        assert [orjson.loads(line) for line in out.splitlines()] == formats.convert(article, name)


def test_convert_reports_invalid_input(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "convert", "--to", "ninjs", str(BROKEN))
    assert (status, out) == (1, "")
    assert err.splitlines()[0].startswith(f"{BROKEN}: $.persons[0].roles[0].country:")


def test_python_dash_m_runs_the_same_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "eventkit", "validate", str(HANDMADE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, f"{HANDMADE}: ok (1 document)\n")


NINJS_EXAMPLES = ROOT.parent / "shared" / "standards" / "ninjs" / "examples"


def test_convert_from_ninjs_lists_what_it_cannot_keep(capsys: pytest.CaptureFixture[str]) -> None:
    example = NINJS_EXAMPLES / "005_complex_text_article.json"
    if not example.exists():
        pytest.skip("the official ninjs examples are not beside the project")
    status, out, err = run(capsys, "convert", "--from", "ninjs", "--to", "eventkit", str(example))
    assert status == 0
    article = eventkit.loads(out.encode())
    assert article.text.startswith("Captain of wrecked cruise ship on trial in Italy")
    assert f"{example}: $.copyrightNotice: not kept" in err.splitlines()
    status, out, _ = run(capsys, "convert", "--from", "ninjs", "--strict", "--to", "eventkit", str(example))
    assert (status, out) == (1, "")


def test_parse_in_worker_processes_keeps_the_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = []
    for i in range(4):
        path = tmp_path / f"a{i}.txt"
        path.write_text(ARTICLE.replace("3 марта", f"{i + 3} марта"), encoding="utf-8")
        paths.append(str(path))
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    paths.insert(2, str(tmp_path / "empty.txt"))
    serial = run(capsys, "parse", "--no-entities", "-j", "1", *paths)
    parallel = run(capsys, "parse", "--no-entities", "-j", "2", *paths)
    assert serial == parallel
    assert serial[0] == 1
    assert len(serial[1].splitlines()) == 4
    assert serial[2].startswith(f"{tmp_path / 'empty.txt'}:2:1: empty text")
