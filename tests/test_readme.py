"""The README's commands and code work as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markers import needs_ru

import eventkit
from eventkit.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_python_example_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, re.DOTALL)
    assert blocks
    monkeypatch.chdir(ROOT)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
    assert "direct" in capsys.readouterr().out


@needs_ru
def test_the_main_job_parses_the_example_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    line = next(ln for ln in README.splitlines() if ln.startswith("eventkit parse "))
    argv = line.split("#")[0].split()[1:]
    monkeypatch.chdir(ROOT)
    assert main(argv) == 0
    article = eventkit.loads(capsys.readouterr().out.encode())
    assert [q.kind.value for q in article.quotes] == ["direct", "direct", "indirect", "indirect"]
    assert "Шавкат Мирзиёев" in [p.name for p in article.persons]
