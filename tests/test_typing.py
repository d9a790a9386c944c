"""Type checkers see what the library is: ``mypy --strict`` on a user's script catches the user's mistakes.

``loads`` returns an Article (or the class asked for), the model classes are attrs classes
(``attrs.evolve`` checks its changes), keyword-only, and only model objects are written.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import eventkit

mypy_api = pytest.importorskip("mypy.api")

_GOOD = """
    import io

    import attrs
    import eventkit


    def headline(data: bytes) -> str | None:
        article = eventkit.loads(data)
        edited = attrs.evolve(article, url="https://example.org/news/1", headline=None)
        assert edited.headline is None
        span = eventkit.loads(data, type=eventkit.Span)
        first: eventkit.Article = eventkit.from_dict({"schema": "eventkit/2", "id": "a1"})
        dates = [d.end for d in eventkit.iter_jsonl(io.BytesIO(data), type=eventkit.DateRange)]
        every = [a.id for a in eventkit.iter_jsonl(io.BytesIO(data))]
        print(span.end + len(first.quotes) + len(dates) + len(every))
        eventkit.dumps(eventkit.Span(start=0, end=span.end))
        return article.headline.text if article.headline else None
"""

_BAD = {
    "article.headlinee": '"Article" has no attribute "headlinee"',
    "eventkit.Span(0, 1)": 'Too many positional arguments for "Span"',
    "attrs.evolve(article, url=5)": 'Argument "url" to "evolve" of "Article" has incompatible type "int"',
    "eventkit.loads(data, type=dict)": 'Value of type variable "_M" of "loads" cannot be "dict[Any, Any]"',
    'eventkit.dumps({"a": 1})': 'Argument 1 to "dumps" has incompatible type "dict[str, int]"',
    "eventkit.from_dict({}).quotes[0].speakr": '"Quote" has no attribute "speakr"',
}


def _mypy(tmp_path: Path, body: str) -> tuple[str, int]:
    src = Path(eventkit.__file__).resolve().parent.parent
    config = tmp_path / "mypy.ini"
    config.write_text(
        "[mypy]\nstrict = True\nfollow_imports = silent\n"
        f"mypy_path = {src}\ncache_dir = {tmp_path.parent / 'mypy-cache'}\n"
    )
    script = tmp_path / "user_script.py"
    script.write_text(textwrap.dedent(body))
    out, err, status = mypy_api.run(["--config-file", str(config), str(script)])
    return out + err, status


def test_good_code_passes_mypy_strict(tmp_path: Path) -> None:
    out, status = _mypy(tmp_path, _GOOD)
    assert status == 0, out


def test_mistakes_are_reported_by_mypy_strict(tmp_path: Path) -> None:
    lines = "\n".join(f"        {expression}" for expression in _BAD)
    body = f"""
    import attrs
    import eventkit


    def mistakes(data: bytes) -> None:
        article = eventkit.loads(data)
{lines}
    """
    out, status = _mypy(tmp_path, body)
    assert status == 1
    for expected in _BAD.values():
        assert expected in out, out
    assert out.count("error:") == len(_BAD), out
