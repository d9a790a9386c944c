"""Clear messages for common mistakes: another encoding, a JSON file given as text, a document
without its text, options that do not go together, a missing file, a file name that could forge
output lines."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

import eventkit
from eventkit import ParseError, ValidationError, formats, parse_article
from eventkit.cli import main
from eventkit.text import guess_encoding

ROOT = Path(__file__).resolve().parents[1]
RU = (ROOT / "examples" / "ru-state-visit.txt").read_text(encoding="utf-8")
EN = (ROOT / "examples" / "en-talks.txt").read_text(encoding="utf-8")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


# ------------------------------------------------------------------------------ encodings


@pytest.mark.parametrize(
    ("data", "codec"),
    [
        (RU.encode("cp1251", errors="replace"), "cp1251"),
        (RU.encode("koi8-r", errors="replace"), "koi8-r"),
        (RU.encode("utf-16"), "utf-16"),
        (RU.encode("utf-16-le"), "utf-16-le"),
        (RU.encode("utf-16-be"), "utf-16-be"),
        (EN.encode("utf-16-le"), "utf-16-le"),
        ((EN + " Café in Zürich.").encode("cp1252"), "cp1252"),
    ],
)
def test_bytes_in_another_encoding_are_named_with_the_way_to_read_them(data: bytes, codec: str) -> None:
    guess = guess_encoding(data)
    assert guess is not None
    assert guess.codec == codec
    with pytest.raises(ParseError) as caught:
        parse_article(data, entities=False)
    assert f"data.decode('{codec}')" in caught.value.reason
    assert data.decode(codec).startswith(" date") or codec == "cp1252" or "utf-16" in codec


def test_binary_data_is_not_given_an_encoding() -> None:
    assert guess_encoding(bytes(range(256)) * 4) is None
    with pytest.raises(ParseError, match="binary data or another encoding"):
        parse_article(bytes(range(256)) * 4, entities=False)


def test_the_cli_says_how_to_convert_and_reads_with_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cp.txt"
    path.write_bytes(RU.encode("cp1251", errors="replace"))
    status, out, err = run(capsys, "parse", "--no-entities", str(path))
    assert (status, out) == (1, "")
    assert "it looks like Windows-1251 (Cyrillic); convert it (iconv -f cp1251 -t utf-8 FILE)" in err
    assert "or give --encoding cp1251" in err
    status, out, err = run(capsys, "parse", "--no-entities", "--encoding", "cp1251", str(path))
    assert status == 0
    assert eventkit.loads(out.encode()).headline is not None


def test_an_unknown_encoding_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "parse", "--encoding", "klingon", str(ROOT / "examples" / "en-talks.txt"))
    assert status == 2
    assert "--encoding: unknown encoding 'klingon'" in err


# ------------------------------------------------------------------------- JSON as text


@pytest.fixture
def documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Path]:
    article = parse_article(RU, entities=False)
    paths = {
        "eventkit": tmp_path / "article.json",
        "jsonl": tmp_path / "articles.jsonl",
        "ninjs": tmp_path / "ninjs.json",
        "other": tmp_path / "other.json",
    }
    paths["eventkit"].write_bytes(eventkit.dumps(article))
    paths["jsonl"].write_bytes(eventkit.dumps(article) + b"\n" + eventkit.dumps(article) + b"\n")
    paths["ninjs"].write_bytes(orjson.dumps(formats.convert(article, "ninjs")[0], option=orjson.OPT_INDENT_2))
    paths["other"].write_bytes(b"[1, 2, 3]")
    return paths


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        (
            "eventkit",
            "this is an eventkit JSON document, not article text; check it with 'eventkit validate'",
        ),
        ("jsonl", "this is an eventkit JSON document, not article text"),
        ("ninjs", "this is a ninjs document, not article text; read it with 'eventkit convert --from ninjs"),
        ("other", "this is JSON, not article text"),
    ],
)
def test_parse_refuses_a_json_file_and_says_which_command_reads_it(
    documents: dict[str, Path], kind: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "parse", "--no-entities", str(documents[kind]))
    assert (status, out) == (1, "")
    assert err.startswith(f"{documents[kind]}:1:1: {message}")


def test_text_that_starts_with_a_brace_is_still_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "brace.txt"
    path.write_text("{Note} The minister said the talks went well.", encoding="utf-8")
    status, _, _ = run(capsys, "parse", "--no-entities", str(path))
    assert status == 0


def test_convert_from_ninjs_says_an_eventkit_document_is_one(
    documents: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(
        capsys, "convert", "--from", "ninjs", "--to", "eventkit", str(documents["eventkit"])
    )
    assert (status, out) == (1, "")
    assert "this is an eventkit document, not ninjs: convert it without --from ninjs" in err


# -------------------------------------------------------------------- a document's text


def test_a_document_without_its_text_says_that_first_and_only() -> None:
    article = parse_article(RU, entities=False)
    data = eventkit.to_dict(article)
    del data["text"]
    with pytest.raises(ValidationError) as caught:
        eventkit.loads(orjson.dumps(data))
    assert len(caught.value.problems) == 1
    problem = caught.value.problems[0]
    assert problem.path == "$.text"
    assert problem.message.startswith("required key is missing: headline, lead, paragraphs")


def test_a_document_with_an_empty_text_still_lists_its_spans() -> None:
    data = eventkit.to_dict(parse_article(RU, entities=False))
    data["text"] = ""
    with pytest.raises(ValidationError) as caught:
        eventkit.from_dict(data)
    assert len(caught.value.problems) > 1


def test_an_article_without_text_and_without_spans_loads() -> None:
    article = eventkit.from_dict(
        {"schema": "eventkit/2", "id": "a1", "persons": [{"id": "p1", "name": "Сергей Лавров"}]}
    )
    assert article.text == ""


# ------------------------------------------------------------------------------ options


def test_indent_with_jsonl_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "parse", "--indent", "--jsonl", str(ROOT / "examples" / "en-talks.txt"))
    assert (status, out) == (2, "")
    assert "--indent and --jsonl do not go together" in err


def test_schema_type_lists_the_valid_names(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "schema", "--type", "Articel")
    assert status == 2
    assert "no model class named 'Articel'; the classes are " in err
    assert "Article, " in err
    assert "Quote" in err
    assert "Venue" in err


def test_id_and_url_reach_the_article(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(ROOT / "examples" / "en-talks.txt")
    status, out, _ = run(
        capsys, "parse", "--no-entities", "--id", "feed:77", "--url", "https://a.example/77", path
    )
    assert status == 0
    article = eventkit.loads(out.encode())
    assert (article.id, article.url) == ("feed:77", "https://a.example/77")


def test_id_takes_one_file(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(ROOT / "examples" / "en-talks.txt")
    status, _, err = run(capsys, "parse", "--id", "x", path, path)
    assert status == 2
    assert "--id takes one file" in err


def test_a_bad_url_names_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(ROOT / "examples" / "en-talks.txt")
    status, _, err = run(capsys, "parse", "--no-entities", "--url", "example.org", path)
    assert status == 1
    assert "url: 'example.org' is not an absolute URL" in err


# -------------------------------------------------------------------------------- files


@pytest.mark.parametrize("command", ["parse", "validate", "convert --to ninjs"])
def test_a_missing_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    status, out, err = run(capsys, *command.split(), str(tmp_path / "nope.txt"))
    assert (status, out) == (1, "")
    assert err == f"{tmp_path / 'nope.txt'}: cannot read: No such file or directory\n"
    assert "usage:" not in err


def test_a_file_name_with_a_newline_cannot_forge_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x\nforged.txt: ok"
    path.write_text(" date 2025-13-01 Текст", encoding="utf-8")
    status, _, err = run(capsys, "parse", "--no-entities", str(path))
    assert status == 1
    first = err.splitlines()[0]
    assert first.startswith(f"{tmp_path}/x\\nforged.txt: ok:1:")
    assert not any(line.startswith("forged") for line in err.splitlines())
    status, _, err = run(capsys, "validate", str(path) + "-missing")
    assert "x\\nforged.txt: ok-missing" in err
    assert len(err.splitlines()) == 1


def test_a_ukrainian_file_is_named_in_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "uk.txt"
    path.write_text(
        "Президент України Володимир Зеленський заявив, що Україна продовжить переговори з партнерами.",
        encoding="utf-8",
    )
    status, out, err = run(capsys, "parse", str(path))
    assert status == 0
    assert eventkit.loads(out.encode()).language == "uk"
    assert err == (
        f"{path}: warning: the text is in Ukrainian (uk); eventkit reads Russian (ru) and English (en): "
        "no persons, organizations or venues were read\n"
    )


def test_without_the_ru_extra_russian_files_warn_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import eventkit.cli
    import eventkit.entities

    monkeypatch.setattr(eventkit.entities, "ru_available", lambda: False)
    monkeypatch.setattr("eventkit.pipeline.get_recognizer", lambda language, required=False: None)
    monkeypatch.setattr(eventkit.cli, "_WARNED", set())
    paths = []
    for n in range(3):
        paths.append(tmp_path / f"ru{n}.txt")
        paths[-1].write_text(RU, encoding="utf-8")
    status, out, err = run(capsys, "parse", "--jsonl", *map(str, paths))
    assert status == 0
    assert len(out.splitlines()) == 3
    assert err == (
        "eventkit: warning: no persons, organizations or venues were read: Russian entity recognition "
        "needs the 'ru' extra: pip install 'eventkit-news[ru]' (natasha, slovnet, navec, pymorphy2)\n"
    )


def test_an_endless_input_is_cut_at_the_cap_and_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import eventkit.cli

    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    monkeypatch.setattr(eventkit.cli, "_MAX_DOCUMENT", 1 << 20)
    status, out, err = run(capsys, "validate", "/dev/zero")
    assert (status, out) == (1, "")
    assert err == "/dev/zero: larger than 1 MiB, the most one document may be\n"


def test_a_directory_is_named_as_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "validate", str(tmp_path))
    assert status == 1
    assert err == f"{tmp_path}: cannot read: Is a directory\n"


def test_a_json_lines_file_with_a_broken_first_line_checks_every_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "three.jsonl"
    path.write_bytes(
        b'{"schema":"eventkit/2","id":"a1",\n{"schema":"eventkit/2","id":""}\n{"schema":"eventkit/2","id":"a3"}\n'
    )
    status, _, err = run(capsys, "validate", str(path))
    assert status == 1
    lines = err.splitlines()
    assert lines[0].startswith(f"{path}:1: $: malformed JSON")
    assert lines[1].startswith(f"{path}:2: $.id: '' is not an article id")
    assert len(lines) == 2


def test_a_full_disk_is_an_error_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "eventkit", "schema"],
        stdout=open("/dev/full", "wb"),  # noqa: SIM115
        stderr=subprocess.PIPE,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.decode() == "eventkit: error: cannot write standard output: No space left on device\n"
