"""Recognizers by language: the built-in ones, the program's own, and other packages' entry points."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

import eventkit
from eventkit import Organization, Span
from eventkit.entities import (
    Entities,
    _registry,
    get_recognizer,
    languages,
    register_recognizer,
    unregister_recognizer,
)
from eventkit.errors import EventkitError, MissingExtraError


class _Agencies:
    """Finds 'Kazinform' wherever it is written: enough to see which recognizer ran."""

    name = "test-agencies/1"

    def recognize(self, text: str, blocks: Sequence[Span]) -> Entities:
        start = text.find("Kazinform")
        if start < 0:
            return Entities()
        from eventkit import Mention

        mention = Mention(text="Kazinform", span=Span(start=start, end=start + 9))
        return Entities(organizations=(Organization(id="o1", name="Kazinform", mentions=(mention,)),))


@pytest.fixture
def clean_registry() -> Iterator[None]:
    before = dict(_registry._REGISTERED)
    yield
    _registry._REGISTERED.clear()
    _registry._REGISTERED.update(before)
    _registry._MADE.clear()


@pytest.mark.usefixtures("clean_registry")
def test_a_registered_recognizer_reads_its_language() -> None:
    register_recognizer("kk-KZ", _Agencies)
    assert "kk" in languages()
    article = eventkit.parse_article("Хабарлама Kazinform агенттігінен.", language="kk")
    assert [o.name for o in article.organizations] == ["Kazinform"]
    assert article.provenance is not None
    assert article.provenance.recognizer == "test-agencies/1"
    assert get_recognizer("kk") is get_recognizer("kk-Cyrl")  # made once
    unregister_recognizer("kk")
    assert get_recognizer("kk") is None


@pytest.mark.usefixtures("clean_registry")
def test_a_language_with_a_recognizer_is_not_taken_silently() -> None:
    with pytest.raises(ValueError, match="'en' exists already"):
        register_recognizer("en", _Agencies)
    register_recognizer("en", _Agencies, replace=True)
    assert get_recognizer("en-GB").name == "test-agencies/1"  # type: ignore[union-attr]
    unregister_recognizer("en")
    assert get_recognizer("en").name.startswith("eventkit-en/")  # type: ignore[union-attr]


@pytest.mark.usefixtures("clean_registry")
@pytest.mark.parametrize("bad", ["", "k", "k1", "toolonglanguage"])
def test_a_language_must_be_a_subtag(bad: str) -> None:
    with pytest.raises(ValueError, match="not a language subtag"):
        register_recognizer(bad, _Agencies)


@pytest.mark.usefixtures("clean_registry")
def test_a_failing_factory_is_named() -> None:
    def broken() -> _Agencies:
        raise RuntimeError("model file is missing")

    register_recognizer("kk", broken)
    with pytest.raises(
        EventkitError, match="recognizer for 'kk' could not be made: RuntimeError: model file"
    ):
        get_recognizer("kk")
    register_recognizer("kk", lambda: "not a recognizer", replace=True)  # type: ignore[arg-type,return-value]
    with pytest.raises(EventkitError, match="returned str, not a Recognizer"):
        get_recognizer("kk")


@pytest.mark.usefixtures("clean_registry")
def test_a_factory_without_its_packages_is_no_recognizer_unless_required() -> None:
    def needs_more() -> _Agencies:
        raise MissingExtraError("the kk recognizer needs kazakh-nlp")

    register_recognizer("kk", needs_more)
    assert get_recognizer("kk") is None
    with pytest.raises(MissingExtraError, match="kazakh-nlp"):
        get_recognizer("kk", required=True)


def test_unregistering_what_was_never_registered_says_so() -> None:
    with pytest.raises(KeyError, match="'zz'"):
        unregister_recognizer("zz")


@pytest.fixture
def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An installed distribution (a .dist-info on sys.path) that declares two recognizers."""
    (tmp_path / "kk_plugin.py").write_text(
        "from eventkit.entities import Entities\n"
        "class Recognizer:\n"
        "    name = 'kk-plugin/1'\n"
        "    def recognize(self, text, blocks):\n"
        "        return Entities()\n",
        encoding="utf-8",
    )
    info = tmp_path / "kk_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: kk-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[eventkit.recognizers]\nkk = kk_plugin:Recognizer\nru = kk_plugin:Recognizer\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(_registry, "_PLUGINS", None)
    yield tmp_path
    sys.modules.pop("kk_plugin", None)
    _registry._MADE.pop("kk", None)


def test_an_installed_package_adds_its_language(plugin: Path) -> None:
    assert "kk" in languages()
    assert "kk_plugin" not in sys.modules  # read from the metadata, imported only when asked for
    recognizer = get_recognizer("kk")
    assert recognizer is not None
    assert recognizer.name == "kk-plugin/1"
    # A plug-in does not take a built-in language.
    ru = get_recognizer("ru")
    assert ru is None or ru.name.startswith("eventkit-ru/")
