"""The NEREL scorer of benchmarks/nerel.py: the brat parser, each table's arithmetic, the real dev set."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

_PATH = Path(__file__).parents[1] / "benchmarks" / "nerel.py"
_spec = importlib.util.spec_from_file_location("nerel_scorer", _PATH)
assert _spec is not None
assert _spec.loader is not None
nerel = importlib.util.module_from_spec(_spec)
sys.modules["nerel_scorer"] = nerel
_spec.loader.exec_module(nerel)

DATA = Path(__file__).parent / "data" / "nerel"  # a document of our own writing, annotated by hand
DEV = Path(__file__).parents[1].parent / "shared" / "corpus" / "nerel" / "dev"


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    return nerel.load_document(DATA / "visit_text.txt")


@pytest.fixture(scope="module")
def titles():  # type: ignore[no-untyped-def]
    return nerel.TitleRule()


def _at(doc, word: str, n: int = 1) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The span of the ``n``-th occurrence of ``word`` in the document's text."""
    i = -1
    for _ in range(n):
        i = doc.text.index(word, i + 1)
    return (i, i + len(word))


def test_parser_reads_entities_relations_and_references(doc) -> None:  # type: ignore[no-untyped-def]
    assert doc.name == "visit"
    assert doc.problems == []
    assert len(doc.entities) == 19
    assert doc.entities["T6"] == nerel.Entity("T6", "PERSON", ((78, 87),), "Карл Тамм")
    assert doc.relations[0] == nerel.Relation("R1", "WORKS_AS", "T6", "T4")
    assert len(doc.relations) == 11
    assert doc.references[1] == nerel.Reference("N2", "T5", "Wikidata", "Q191")
    for e in doc.entities.values():
        assert doc.text[e.span[0] : e.span[1]] == e.text


def test_parser_fragments_and_problems() -> None:
    text = "Министры обороны и финансов Латвии"
    lines = [
        "T1\tPROFESSION 0 16;28 34\tМинистры обороны Латвии",
        "T2\tCOUNTRY 28 34\tЛатвии",
        "T3\tCITY 0 5\tРига",  # the text says otherwise
        "R1\tWORKPLACE Arg1:T1 Arg2:T9",  # T9 is not defined
        "a stray line of text",
        "N1\tReference T2 Wikidata:Q211\tЛатвия",
    ]
    doc = nerel.parse_ann(lines, text, "x.ann")
    assert doc.entities["T1"].fragments == ((0, 16), (28, 34))
    assert doc.entities["T1"].span == (0, 34)
    assert "T3" not in doc.entities
    assert doc.problems == [
        "x.ann:3: entity T3 is 'Рига', the text has 'Минис'",
        "x.ann:5: not an entity, relation or reference: 'a stray line of text'",
        "x.ann: relation R1 names T9, which is not defined",
    ]
    assert doc.references == [nerel.Reference("N1", "T2", "Wikidata", "Q211")]


def test_names_by_exact_span_capitals_only(doc) -> None:  # type: ignore[no-untyped-def]
    gold = nerel.gold_names(doc)
    assert sorted(k for k in gold if k[0] == "ORG") == [("ORG", 248, 266)]  # not the lower-case one
    assert gold[("LOC", 70, 77)] == {"COUNTRY"}
    mentions = [
        ("PER", *_at(doc, "Карл Тамм")),
        ("PER", *_at(doc, "Инесе")),  # too short
        ("PER", *_at(doc, "президентом Латвии")),  # lower case: not a name, not counted
        ("LOC", *_at(doc, "Эстонии", 2)),
        ("LOC", *_at(doc, "Ригу", 2)),
        ("LOC", *_at(doc, "Латвии")),
        ("LOC", *_at(doc, "Рижском")),  # too short
        ("ORG", *_at(doc, "Балтийского совета")),
        ("ORG", *_at(doc, "пресс-служба «Балтийского совета")),  # lower case
    ]
    counts, types_gold, types_found = nerel.score_names(doc, mentions)
    assert (counts["PER"].gold, counts["PER"].predicted, counts["PER"].right) == (2, 2, 1)
    assert (counts["LOC"].gold, counts["LOC"].predicted, counts["LOC"].right) == (6, 4, 3)
    assert (counts["ORG"].gold, counts["ORG"].predicted, counts["ORG"].right) == (1, 1, 1)
    assert counts["LOC"].prf() == pytest.approx((0.75, 0.5, 0.6))
    assert types_gold == Counter({"COUNTRY": 3, "CITY": 2, "FACILITY": 1})
    assert types_found == Counter({"COUNTRY": 2, "CITY": 1})


def test_titles_compare_lemmas_and_heads(titles) -> None:  # type: ignore[no-untyped-def]
    assert titles.words("Министра иностранных дел") == titles.words("министр иностранных дел")
    assert titles.words("актёра") == ("актер",)
    president = titles.forms("президент")
    assert titles.same_words(titles.bare("президент Латвии", ["Латвии", "Латвия"]), president)
    assert titles.same_words(titles.bare("президент", ["Латвии"]), president)  # never the whole title
    # a word read best as another lemma (главное, политика, премьера) still matches its title
    assert titles.same_words(titles.forms("главного тренера"), titles.forms("главный тренер"))
    assert titles.same_words(titles.forms("политика"), titles.forms("политик"))
    assert not titles.same_words(titles.forms("главного тренера"), titles.forms("тренер"))
    assert titles.same_head("главного тренера", "тренер")  # an adjective's reading is no head
    assert titles.same_head("генерального директора", "директор")
    assert titles.same_head("ведущий", "ведущего концерта")
    assert not titles.same_head("заместителя министра", "министр")
    assert not titles.same_head("бывший министр", "бывший президент")


def _roles(doc):  # type: ignore[no-untyped-def]
    R = nerel.PredictedRole
    tamm = (_at(doc, "Карл Тамм"),)
    berzina = (_at(doc, "Инесе Берзиней"),)
    estonia = (_at(doc, "Эстонии"), _at(doc, "Эстонии", 2))
    latvia = (_at(doc, "Латвии"),)
    council = (_at(doc, "Балтийского совета"),)
    return [
        R(tamm, "министр иностранных дел Эстонии", (estonia,), ("Эстонии", "Эстония")),
        R(berzina, "президент Латвии", (latvia,), ("Латвии", "Латвия")),
        R(tamm, "посол", (council,), ("Балтийский совет",)),  # wrong title, wrong workplace
        R(((0, 7),), "министр", ()),  # no gold person there
    ]


def test_roles_strict_lenient_and_any_title(doc, titles) -> None:  # type: ignore[no-untyped-def]
    gold = nerel.gold_roles(doc)
    assert [(g.title, g.bare) for g in gold] == [
        ("Министр иностранных дел Эстонии", "Министр иностранных дел"),
        ("президентом", "президентом"),
    ]
    counts = nerel.score_roles(doc, _roles(doc), titles)
    strict = counts["strict"]
    assert (strict.gold, strict.predicted, strict.right, strict.found) == (2, 4, 2, 2)
    assert strict.prf() == pytest.approx((0.5, 1.0, 2 / 3))
    lenient = counts["lenient"]
    assert (lenient.right, lenient.found) == (2, 2)
    anyone = counts["any title"]
    assert (anyone.gold, anyone.predicted, anyone.right, anyone.found) == (2, 4, 3, 2)


def test_workplaces_through_the_profession_or_the_person(doc) -> None:  # type: ignore[no-untyped-def]
    assert nerel.gold_workplaces(doc) == [((78, 87), (70, 77)), ((173, 187), (166, 172))]
    c = nerel.score_workplaces(doc, _roles(doc))
    assert (c.gold, c.predicted, c.right, c.found) == (2, 3, 2, 2)


def test_event_words_choose_our_kinds() -> None:
    words = nerel.EventWords.load()
    assert words.kind("визитом") == "visit"
    assert words.kind("Переговоры") == "talks"
    assert words.kind("телефонном разговоре") == "phone_call"
    assert words.kind("открытие выставки") == "opening"
    assert words.kind("подписал указ") == "signing"
    assert words.kind("выехал на встречную полосу") is None
    assert words.kind("открыл огонь") is None
    assert words.kind("открытого чемпионата") is None
    assert words.kind("написал заявление об отставке") is None
    assert words.kind("скончался") is None
    assert words.covers("state_visit")
    assert words.covers("session")
    assert not words.covers("publication")
    with pytest.raises(ValueError, match=r"w\.tsv:2:12: bad pattern"):
        nerel.EventWords(["# a comment", "visit\tвизит(", ""], "w.tsv")
    with pytest.raises(ValueError, match=r"w\.tsv:1: expected"):
        nerel.EventWords(["visit визит"], "w.tsv")


def test_events_detection_and_arguments(doc) -> None:  # type: ignore[no-untyped-def]
    words = nerel.EventWords.load()
    gold = nerel.gold_events(doc, words)
    assert [(g.text, g.kind) for g in gold] == [
        ("посетил", "visit"),
        ("прибыл", "visit"),
        ("визита", "visit"),
        ("переговоры", "talks"),
        ("Переговоры", "talks"),
    ]
    E = nerel.PredictedEvent
    tamm = (_at(doc, "Карл Тамм"),)
    events = [
        E(
            "visit",
            (_at(doc, "посетил"), _at(doc, "прибыл"), _at(doc, "визита")),
            (tamm,),
            (_at(doc, "Ригу"), _at(doc, "Ригу", 2)),
            (_at(doc, "понедельник"),),
        ),
        E("talks", (_at(doc, "переговоры"), _at(doc, "Переговоры")), (tamm,), (_at(doc, "Рижском"),)),
        E("meeting", (_at(doc, "прошли"),)),  # a gold EVENT, but not of our kinds
        E("statement", (_at(doc, "сообщила"),)),  # no gold EVENT
        E("publication", (_at(doc, "визита"),)),  # a kind not scored: left out
    ]
    counts, kinds_gold, kinds_found, real, left_out = nerel.score_events(doc, events, words)
    d = counts["detection"]
    assert (d.gold, d.predicted, d.right, d.found) == (5, 4, 2, 5)
    p = counts["participants"]
    assert (p.gold, p.predicted, p.right, p.found) == (3, 2, 2, 2)
    assert p.prf() == pytest.approx((1.0, 2 / 3, 0.8))
    place, time = counts["place"], counts["time"]
    assert (place.gold, place.predicted, place.right) == (2, 2, 2)
    assert (time.gold, time.predicted, time.right) == (1, 1, 1)
    assert kinds_gold == kinds_found == Counter({"visit": 3, "talks": 2})
    assert (real, left_out) == (3, 1)


def test_links_reached_linked_right(doc) -> None:  # type: ignore[no-untyped-def]
    L = nerel.PredictedLink
    links = [
        L("PERSON", (_at(doc, "Карл Тамм"),), "Q1000001"),
        L("COUNTRY", (_at(doc, "Эстонии"), _at(doc, "Эстонии", 2)), None),
        L("CITY", (_at(doc, "Ригу"), _at(doc, "Ригу", 2)), "Q999"),
        L("CITY", (_at(doc, "Эстонии", 2),), "Q191"),  # a city of ours cannot reach a country
    ]
    got = nerel.score_links(doc, links)
    assert got["PERSON"] == Counter(gold=1, reached=1, linked=1, right=1)
    assert got["COUNTRY"] == Counter(gold=1, reached=1)
    assert got["CITY"] == Counter(gold=1, reached=1, linked=1)


def test_wikidata_id_reads_identifiers() -> None:
    class Ident:
        def __init__(self, scheme: str, value: str) -> None:
            self.scheme, self.value = scheme, value

    class Thing:
        identifiers = (Ident("isni", "0000"), Ident("wikidata", "Q7747"))

    assert nerel.wikidata_id(Thing()) == "Q7747"
    assert nerel.wikidata_id(object()) is None


def test_tally_and_tables(doc, titles) -> None:  # type: ignore[no-untyped-def]
    score = nerel.NerelScore(titles, nerel.EventWords.load())
    score.add(doc, nerel.Prediction([("PER", 78, 87)], roles=_roles(doc), events=[]))
    figures = score.figures(each=True)
    assert figures["names"]["PER"] == {
        "gold": 2,
        "predicted": 1,
        "right": 1,
        "precision": 1.0,
        "recall": 0.5,
        "f1": 0.6667,
    }
    assert figures["roles"]["strict"]["right"] == 2
    assert figures["events"]["detection"]["gold"] == 5
    assert figures["links"] is None
    assert figures["documents"][0]["document"] == "visit"
    table = score.table(each=True)
    assert "n/a until the model has identifiers" in table
    assert "visit " in table.splitlines()[-1]
    only_names = nerel.NerelScore(titles, nerel.EventWords.load())
    only_names.add(doc, nerel.Prediction([]))
    assert "n/a: no roles" in only_names.table()


def test_parse_article_spans_are_the_files_characters(doc) -> None:  # type: ignore[no-untyped-def]
    import eventkit

    article = eventkit.parse_article(doc.text, language="ru", published=None)
    assert article.text == doc.text
    assert article.headline is not None
    assert article.headline.span.start == 0
    pred = nerel.prediction_from_article(article, links=nerel.has_identifiers())
    assert pred.mentions
    for _kind, start, end in pred.mentions:
        assert doc.text[start:end].strip() == doc.text[start:end]


def test_main(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert nerel.main(["--corpus", str(tmp_path)]) == 2
    assert "no NEREL documents" in capsys.readouterr().err
    assert nerel.main(["--corpus", str(DATA), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 1
    assert report["eventkit"]["names"]["LOC"]["gold"] == 6


def test_real_dev_set_matches_its_readme() -> None:
    if not DEV.is_dir():
        pytest.skip("the shared NEREL corpus is not beside the repository")
    docs = nerel.load_corpus(DEV)
    assert len(docs) == 94
    assert [p for d in docs for p in d.problems] == []
    types = Counter(e.type for d in docs for e in d.entities.values())
    readme = {
        "PERSON": 947,
        "PROFESSION": 863,
        "EVENT": 707,
        "ORGANIZATION": 617,
        "DATE": 527,
        "COUNTRY": 355,
        "CITY": 208,
        "STATE_OR_PROVINCE": 98,
        "FACILITY": 84,
        "LOCATION": 64,
        "DISTRICT": 18,
    }
    assert {t: types[t] for t in readme} == readme
    relations = Counter(r.type for d in docs for r in d.relations)
    assert {t: relations[t] for t in ("WORKS_AS", "PARTICIPANT_IN", "WORKPLACE")} == {
        "WORKS_AS": 475,
        "PARTICIPANT_IN": 462,
        "WORKPLACE": 423,
    }
    assert {t: relations[t] for t in ("POINT_IN_TIME", "TAKES_PLACE_IN", "AGENT")} == {
        "POINT_IN_TIME": 238,
        "TAKES_PLACE_IN": 203,
        "AGENT": 161,
    }
    assert sum(len(d.references) for d in docs) == 3598
    assert len(nerel.gold_roles(docs[0])) <= sum(r.type == "WORKS_AS" for r in docs[0].relations)
