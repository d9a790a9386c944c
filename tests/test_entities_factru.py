"""The factRuEval scorer of benchmarks/factru.py: parsing the annotation files, and scoring."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).parents[1] / "benchmarks" / "factru.py"
_spec = importlib.util.spec_from_file_location("factru_scorer", _PATH)
assert _spec is not None
assert _spec.loader is not None
factru = importlib.util.module_from_spec(_spec)
sys.modules["factru_scorer"] = factru
_spec.loader.exec_module(factru)

TEXT = "Глава МИД России Сергей Лавров прилетел в Минск."
SPANS = """\
1 org_name 6 3 10 1  # 10 МИД
2 loc_name 10 6 11 1  # 11 России
3 name 17 6 12 1  # 12 Сергей
4 surname 24 6 13 1  # 13 Лавров
5 loc_name 41 5 14 1  # 14 Минск
"""
OBJECTS = """\
100 Org 1 2 # МИД России
101 LocOrg 2 # России
102 Person 3 4 # Сергей Лавров
103 Location 5 # Минск
"""
COREF = """\
1 100
name МИД России

2 101
name Россия

3 102
firstname Сергей
lastname Лавров

4 103
name Минск
"""


def _doc():  # type: ignore[no-untyped-def]
    return factru.GoldDocument(
        name="t",
        text=TEXT,
        spans=factru.parse_spans(SPANS.splitlines()),
        objects=factru.parse_objects(OBJECTS.splitlines()),
        attributes=factru.parse_coref(COREF),
    )


def test_parsing() -> None:
    doc = _doc()
    assert doc.spans["4"] == factru.GoldSpan("4", "surname", 24, 30)
    assert doc.objects[0] == factru.GoldObject("100", "Org", ("1", "2"))
    assert doc.attributes["102"] == {"firstname": ["Сергей"], "lastname": ["Лавров"]}
    for span in doc.spans.values():
        assert TEXT[span.start : span.end].strip()


def test_gold_mentions_are_object_extents() -> None:
    gold = factru.gold_mentions(_doc())
    assert set(gold) == {("ORG", 6, 16), ("LOC", 10, 16), ("PER", 17, 30), ("LOC", 41, 46)}


def test_score_counts_exact_matches_and_base_forms() -> None:
    score = factru.Score()
    P = factru.Prediction
    score.add(
        _doc(),
        [
            P("PER", 17, 30, "Сергей Лавров", "Сергей", None, "Лавров"),
            P("LOC", 10, 16, "Россия"),
            P("LOC", 41, 46, "Минска"),  # matched, wrong base form
            P("ORG", 6, 9, "МИД"),  # wrong extent
        ],
    )
    assert score.row("PER")[:3] == (1, 1, 1)
    g, p, m, _precision, _recall, _f1, forms = score.row("LOC")
    assert (g, p, m) == (2, 2, 2)
    assert forms == pytest.approx(0.5)
    assert score.row("ORG")[:3] == (1, 1, 0)
    assert "PER" in score.table()


def test_real_devset_parses() -> None:
    corpus = Path(__file__).parents[1].parent / "shared" / "corpus" / "factru-devset"
    if not corpus.is_dir():
        pytest.skip("the shared corpus is not beside the repository")
    doc = factru.load_document(corpus / "book_100")
    for span in doc.spans.values():
        assert doc.text[span.start : span.end]
    assert len(factru.gold_mentions(doc)) > 10


def test_coreference_over_pairs_of_matched_person_mentions() -> None:
    text = "Сергей Лавров прибыл. Лавров заявил. Мария Захарова добавила."
    doc = factru.GoldDocument(
        name="c",
        text=text,
        spans=factru.parse_spans(
            [
                "1 name 0 6 1 1",
                "2 surname 7 6 2 1",
                "3 surname 22 6 3 1",
                "4 name 37 5 4 1",
                "5 surname 43 8 5 1",
            ]
        ),
        objects=factru.parse_objects(["10 Person 1 2", "11 Person 3", "12 Person 4 5"]),
        groups=factru.parse_coref_groups("1 10 11\nfirstname Сергей\n\n2 12\nfirstname Мария\n"),
    )
    assert doc.groups == {"10": "1", "11": "1", "12": "2"}
    P = factru.Prediction
    right = factru.Score()
    right.add(
        doc,
        [
            P("PER", 0, 13, "x", entity="p1"),
            P("PER", 22, 28, "x", entity="p1"),
            P("PER", 37, 51, "y", entity="p2"),
        ],
    )
    assert right.coreference() == (1.0, 1.0, 1.0)
    split = factru.Score()
    split.add(
        doc,
        [
            P("PER", 0, 13, "x", entity="p1"),
            P("PER", 22, 28, "x", entity="p2"),
            P("PER", 37, 51, "y", entity="p3"),
        ],
    )
    assert split.coreference()[1] == 0.0
