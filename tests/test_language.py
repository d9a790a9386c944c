"""Honest language detection: Russian and English are read; another language is named, or ``und``,
and its text gets no entities and a warning that says so."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest
from markers import needs_ru

import eventkit.entities
from eventkit import parse_article
from eventkit.errors import LanguageWarning
from eventkit.text import detect_language

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"

# Our own sentences, one a language, each the kind of text a news feed may carry.
SENTENCES = {
    "uk": "Президент України Володимир Зеленський заявив, що Україна продовжить переговори з партнерами.",
    "be": "Прэзідэнт правёў сустрэчу з кіраўніком урада. Ён заявіў, што краіна гатова да дыялогу.",
    "bg": "Президентът се срещна с премиера. Той каза, че страната ще продължи да работи с партньорите си.",
    "sr": "Председник је рекао да ће Србија наставити сарадњу са суседима и да је састанак био користан.",
    "kk": "Қазақстан Президенті бүгін Астанада шетел делегациясын қабылдады және келіссөздер жүргізді.",
    "de": "Präsident Macron besuchte am Dienstag Berlin und sprach mit dem Bundeskanzler über die Lage.",
    "fr": "Le président a rencontré le chancelier à Berlin pour discuter de la situation en Europe.",
    "es": "El presidente se reunió con el canciller en Berlín para hablar de la situación en Europa.",
    "it": "Il presidente della Repubblica ha incontrato il primo ministro per discutere della situazione.",
    "pl": "Prezydent spotkał się z kanclerzem w Berlinie, aby omówić sytuację w Europie i na Ukrainie.",
    "tr": "Cumhurbaşkanı bugün Ankara'da Dışişleri Bakanı ile bir görüşme yaptı ve bu konuda açıklama yaptı.",
    "el": "Ο πρόεδρος της χώρας συναντήθηκε σήμερα με τον πρωθυπουργό στην Αθήνα.",
    "ko": "대통령은 오늘 서울에서 외무장관과 회담을 가졌다.",
    "ru": "Президент России провел переговоры с коллегой из Казахстана и обсудил торговлю.",
    "en": "The Russian president held talks with his Kazakh counterpart in Astana on Tuesday.",
}


@pytest.mark.parametrize(("code", "text"), SENTENCES.items())
def test_each_language_is_named_by_its_code(code: str, text: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Президент України Володимир Зеленський", "uk"),
        ("Präsident Macron", "de"),
        ("Putin meets Macron in the Élysée Palace", "en"),
        ("Президент прибыл в Zakon.kz", "ru"),
        ("Касым-Жомарт Токаев", "ru"),
        ("Merz told reporters the talks had been 'sehr gut und offen'.", "en"),
        ("中国国家主席会见了来访的总统。", "und"),
        ("12345 — 67", "und"),
    ],
)
def test_short_texts_and_mixed_scripts(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_every_corpus_text_is_russian_or_english() -> None:
    paths = sorted(glob.glob(str(ROOT / "examples" / "**" / "*.txt"), recursive=True))
    paths += sorted(glob.glob(str(CORPUS / "**" / "*.txt"), recursive=True))[:400]
    found = {detect_language(Path(p).read_text(encoding="utf-8-sig")) for p in paths}
    assert found <= {"ru", "en"}
    assert len(paths) >= 6


@pytest.mark.parametrize(("code", "name"), [("uk", "Ukrainian"), ("de", "German"), ("el", "Modern Greek")])
def test_another_language_gets_no_entities_and_a_warning_naming_it(code: str, name: str) -> None:
    with pytest.warns(LanguageWarning) as caught:
        article = parse_article(SENTENCES[code], published="2025-06-24")
    assert article.language == code
    assert (article.persons, article.organizations, article.venues) == ((), (), ())
    message = str(caught[0].message)
    assert f"{name} ({code})" in message
    assert "Russian (ru) and English (en)" in message
    assert caught[0].filename == __file__  # the warning points at the caller's line


def test_an_undetermined_language_says_so() -> None:
    with pytest.warns(LanguageWarning, match=r"could not be told \(und\)"):
        article = parse_article("中国国家主席会见了来访的总统。", published="2025-06-24")
    assert article.language == "und"


def test_the_language_given_wins_over_the_detected_one() -> None:
    article = parse_article(SENTENCES["uk"], language="ru", entities=False)
    assert article.language == "ru"


def test_english_and_russian_texts_give_no_warning(recwarn: pytest.WarningsRecorder) -> None:
    parse_article(SENTENCES["en"], published="2025-06-24")
    assert not [w for w in recwarn if issubclass(w.category, LanguageWarning)]


@needs_ru
def test_russian_gives_no_warning_with_the_extra(recwarn: pytest.WarningsRecorder) -> None:
    parse_article(SENTENCES["ru"], published="2025-06-24")
    assert not [w for w in recwarn if issubclass(w.category, LanguageWarning)]


def test_russian_without_the_extra_warns_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(eventkit.entities, "ru_available", lambda: False)
    monkeypatch.setattr("eventkit.pipeline.get_recognizer", lambda language, required=False: None)
    with pytest.warns(LanguageWarning, match=r"pip install 'eventkit-news\[ru\]'") as caught:
        article = parse_article(SENTENCES["ru"], published="2025-06-24")
    assert article.persons == ()
    assert caught[0].message.language == "ru"  # type: ignore[union-attr]
