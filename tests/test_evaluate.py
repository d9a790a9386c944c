"""The scoring script: counts per field, the report, and clear errors for unusable answer keys."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from answer_keys import BLIND_KEYS

from eventkit import parse_article
from eventkit.evaluate import FIELDS, GOLD_FORMAT, Score, evaluate_files, main, score_article

__all__: list[str] = []

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(str(p) for p in (ROOT / "examples").glob("*.gold.json"))

TEXT = (
    " date 2025-11-11 Министр провел переговоры в Астане, сообщает Zakon.kz.\n\n"
    "«Мы готовы к диалогу», — сказал он. По словам посла, визит пройдет 11-12 ноября.\n\n"
    "Фото: gov.kz"
)


def test_score_arithmetic() -> None:
    s = Score(tp=3, fp=1, fn=2)
    assert (s.precision, s.recall) == (0.75, 0.6)
    assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Score() + s == s
    empty = Score()
    assert (empty.precision, empty.recall, empty.f1) == (1.0, 1.0, 1.0)
    assert Score(fp=2, fn=1).f1 == 0.0


def test_score_article_counts_each_field() -> None:
    article = parse_article(TEXT, entities=False)
    gold = {
        "published": "2025-11-11",
        "language": "ru",
        "outlet": "Zakon.kz",
        "info_sources": ["ТАСС"],
        "media_credits": ["gov.kz"],
        "paragraphs": 2,
        "quotes": [
            {"kind": "direct", "speaker": None, "cue": "сказал", "starts_with": "Мы готовы"},
            {"kind": "mixed", "speaker": None, "cue": "По словам", "starts_with": "визит пройдет"},
            {"kind": "direct", "speaker": None, "starts_with": "Нет такой цитаты"},
        ],
        "not_quotes": ["Мы готовы к диалогу"],
        "dates": [{"text": "11-12 ноября", "start": "2025-11-11", "end": "2025-11-12"}],
        "persons": [{"name": "Сергей Лавров"}],
    }
    scores = score_article(article, gold)
    assert scores["outlet"] == Score(tp=1)
    assert scores["info_sources"] == Score(fn=1)
    assert scores["media_credits"] == Score(tp=1)
    assert scores["paragraphs"] == Score(tp=2)
    assert scores["published"] == Score(tp=1)
    assert scores["quotes.span"] == Score(tp=2, fn=1)
    assert scores["quotes.kind"] == Score(tp=1, fp=1, fn=2)  # the second is indirect, not mixed
    assert scores["quotes.cue"] == Score(tp=2)
    assert scores["quotes"] == Score(tp=2, fn=1)  # no speaker on either side
    assert scores["not_quotes"] == Score(fp=1)  # 'Мы готовы к диалогу' is a quote after all
    assert scores["dates"] == Score(tp=1)
    assert scores["persons"] == Score(fn=1)


def test_names_match_with_yo_written_as_ye() -> None:
    article = parse_article("Корабли вошли в Чёрное море. Его встретил Пётр Сидоров.", entities=True)
    gold = {"venues": [{"name": "Черное море"}], "persons": [{"name": "Петр Сидоров"}]}
    scores = score_article(article, gold)
    assert scores["venues"].tp == 1
    assert scores["persons"] == Score(tp=1)


def test_event_parts_are_scored_apart() -> None:
    article = parse_article(
        "Президент Казахстана Касым-Жомарт Токаев 5 мая 2025 года провел переговоры "
        "с президентом Узбекистана Шавкатом Мирзиёевым в Астане.",
        entities=True,
    )
    (talks,) = [e for e in article.events if e.kind.value == "talks"]
    base = {"kind": "talks", "status": talks.status.value}
    names = sorted(p.name for p in article.persons)
    right = {**base, "start": "2025-05-05", "end": "2025-05-05", "participants": names}
    scores = score_article(article, {"events": [right]})
    assert all(scores[f] == Score(tp=1) for f in ("events", "events.kind", "events.participants"))
    wrong = {**base, "start": "2025-05-06", "end": "2025-05-06", "participants": names[:1]}
    scores = score_article(article, {"events": [wrong]})
    assert scores["events"] == Score(fp=len(article.events), fn=1)
    assert scores["events.kind"] == Score(tp=1, fp=len(article.events) - 1)
    assert scores["events.dates"].tp == scores["events.participants"].tp == 0
    assert scores["events.links"].tp == 1  # the key names no parent or venue
    assert score_article(article, {"events": [{**base, "venue": "Ташкент"}]})["events.links"].tp == 0


def test_evaluate_files_sums_over_answer_keys() -> None:
    total, each = evaluate_files(EXAMPLES, entities=False)
    assert len(each) == len(EXAMPLES) >= 3
    assert total["paragraphs"].tp == sum(s["paragraphs"].tp for s in each.values())
    assert total["dates"].f1 == 1.0


def test_main_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-entities", *EXAMPLES]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{len(EXAMPLES)} answer keys"
    assert out[1].split() == ["field", "P", "R", "F1", "tp", "fp", "fn"]
    rows = {line.split()[0]: line.split()[1:] for line in out[2:]}
    assert rows["dates"][:3] == ["1.000", "1.000", "1.000"]
    assert "quotes" in rows
    assert "persons" in rows


def test_main_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-entities", "--json", EXAMPLES[0]]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"total", "each"}
    assert set(data["total"]["dates"]) == {"tp", "fp", "fn"}


def test_unusable_answer_keys_are_errors_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.gold.json"
    assert main([str(missing)]) == 2
    assert f"{missing}: cannot read" in capsys.readouterr().err

    wrong = tmp_path / "wrong.gold.json"
    wrong.write_text('{"format": "something-else"}', encoding="utf-8")
    assert main([str(wrong)]) == 2
    assert "not an answer key" in capsys.readouterr().err

    broken = tmp_path / "broken.gold.json"
    broken.write_text("{not json", encoding="utf-8")
    assert main([str(broken)]) == 2
    assert "not JSON" in capsys.readouterr().err

    orphan = tmp_path / "orphan.gold.json"
    orphan.write_text('{"format": "eventkit-gold/1", "document": "nowhere.txt"}', encoding="utf-8")
    assert main([str(orphan)]) == 2
    assert "cannot read its document" in capsys.readouterr().err


def test_a_document_that_is_not_an_article_is_reported_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.txt").write_text(" date 2025-13-45 Текст.", encoding="utf-8")
    (tmp_path / "bad.gold.json").write_text(
        '{"format": "eventkit-gold/1", "document": "bad.txt"}', encoding="utf-8"
    )
    assert main([str(tmp_path / "bad.gold.json")]) == 2
    err = capsys.readouterr().err
    assert "bad.txt: line 1, column 12" in err


def test_runs_as_a_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "eventkit.evaluate", "--no-entities", EXAMPLES[0]],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("1 answer key\n")


def test_there_are_blind_keys() -> None:
    assert len(BLIND_KEYS) >= 21


@pytest.mark.parametrize("gold_path", BLIND_KEYS, ids=[p.name for p in BLIND_KEYS])
def test_every_blind_key_is_scored(gold_path: Path) -> None:
    """Each held-out key loads, names a document that exists, and every item of it is counted.

    No score is asserted: these keys measure the parser, they are not targets for it.
    """
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert gold["format"] == GOLD_FORMAT
    assert (gold_path.parent / gold["document"]).is_file()
    _, each = evaluate_files([gold_path])
    scores = each[str(gold_path)]
    assert set(scores) == set(FIELDS)
    for field in ("persons", "organizations", "venues", "quotes", "dates", "events", "info_sources"):
        counted = scores[field]
        assert counted.tp + counted.fn == len(gold[field]), field
    assert scores["paragraphs"].tp + scores["paragraphs"].fn == gold["paragraphs"]
