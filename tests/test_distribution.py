"""The distribution's name: free of the unrelated ``eventkit`` on the package index, and the same
everywhere a user is told what to install."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from eventkit.entities.ru._extra import INSTALL_HINT

ROOT = Path(__file__).resolve().parents[1]
NAME = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
_INSTALL = re.compile(r"pip install ['\"]?([A-Za-z0-9_.-]+)\[ru\]")


def test_the_distribution_is_not_called_eventkit() -> None:
    # ``eventkit`` on the package index is another project with a module of the same name.
    assert NAME == "eventkit-news"


def test_every_install_command_names_the_distribution() -> None:
    places = [ROOT / "README.md", *sorted((ROOT / "docs").glob("**/*.md"))]
    found = {
        (path.name, name) for path in places for name in _INSTALL.findall(path.read_text(encoding="utf-8"))
    }
    assert ("README.md", NAME) in found
    assert ("quickstart.md", NAME) in found
    assert {name for _, name in found} == {NAME}


def test_the_missing_extra_hint_names_the_distribution() -> None:
    assert _INSTALL.findall(INSTALL_HINT) == [NAME]


def test_ci_installs_exactly_as_the_readme_says() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = re.search(r"```sh\n(.*?)```", readme, re.DOTALL)
    assert first is not None
    command = first.group(1).splitlines()[0].split("#")[0].strip()
    assert command == 'pip install -e ".[ru,dev]"'
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_the_install_docs_explain_the_clash() -> None:
    for path in (ROOT / "README.md", ROOT / "docs" / "quickstart.md"):
        text = " ".join(path.read_text(encoding="utf-8").split())
        assert "pip uninstall eventkit" in text
        assert "unrelated" in text


def _stated(readme: str, name: str) -> list[str]:
    """The parameter names (with defaults) the README states for ``name``."""
    block = re.search(r"```text\n(.*?)```", readme, re.DOTALL)
    assert block is not None
    flat = " ".join(block.group(1).split())
    found = re.search(rf"(?<![\w.]){name}\((.*?)\) ->", flat)
    assert found is not None, name
    return [p.strip() for p in found.group(1).split(",") if p.strip() and p.strip() != "*"]


def test_the_readme_states_the_real_signatures() -> None:
    import inspect

    import eventkit

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("parse_article", "parse_many", "loads", "from_dict", "dumps", "json_schema", "write_jsonl"):
        real = []
        for p in inspect.signature(getattr(eventkit, name)).parameters.values():
            default = p.default
            if default is inspect.Parameter.empty:
                real.append(p.name)
            else:
                real.append(f"{p.name}={getattr(default, '__name__', repr(default))}")
        assert _stated(readme, name) == real, name
    for lookup in ("person", "organization", "venue", "event", "entity", "speaker"):
        assert f".{lookup}(" in readme
        assert callable(getattr(eventkit.Article, lookup))
    assert "docs/changelog.md" in readme
    assert "parse_many(" in readme


def test_the_classifiers_name_the_python_versions_required() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    versions = [c.rsplit(" ", 1)[-1] for c in project["classifiers"] if re.search(r":: 3\.\d+$", c)]
    assert versions[0] == project["requires-python"].removeprefix(">=")
    assert "Typing :: Typed" in project["classifiers"]
    assert (ROOT / "src" / "eventkit" / "py.typed").exists()
