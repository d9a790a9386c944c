"""The CoNLL-2003 scorer of benchmarks/conll.py, on small files of our own in the CoNLL format."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

_PATH = Path(__file__).parents[1] / "benchmarks" / "conll.py"
_spec = importlib.util.spec_from_file_location("conll_scorer", _PATH)
assert _spec is not None
assert _spec.loader is not None
conll = importlib.util.module_from_spec(_spec)
sys.modules["conll_scorer"] = conll
_spec.loader.exec_module(conll)

Mention = conll.Mention

# Two made-up wire stories, tagged the way the original files are: IOB1, where ``B-`` appears
# only where an entity follows another of the same type (``Lind`` then ``Tomas``).
IOB1 = """\
-DOCSTART- -X- O O

TALKS NNS I-NP O
IN IN I-PP O
OSLO NNP I-NP I-LOC
. . O O

OSLO NNP I-NP I-LOC
1997-03-04 CD I-NP O

Anna NNP I-NP I-PER
Lind NNP I-NP I-PER
Tomas NNP I-NP B-PER
Berg NNP I-NP I-PER
of IN I-PP O
the DT I-NP O
Nordic NNP I-NP I-ORG
Trade NNP I-NP I-ORG
Council NNP I-NP I-ORG
met VBD I-VP O
Norwegian JJ I-NP I-MISC
farmers NNS I-NP O
. . O O

-DOCSTART- -X- O O

Harbour NNP I-NP I-ORG
Town NNP I-NP I-ORG
beat VBD I-VP O
Kestrel NNP I-NP I-ORG
United NNP I-NP I-ORG
in IN I-PP O
Valmere NNP I-NP I-LOC
. . O O
"""

# The same stories in IOB2: every entity starts with ``B-``.
IOB2 = """\
-DOCSTART- -X- -X- O

TALKS NNS B-NP O
IN IN B-PP O
OSLO NNP B-NP B-LOC
. . O O

OSLO NNP B-NP B-LOC
1997-03-04 CD I-NP O

Anna NNP B-NP B-PER
Lind NNP I-NP I-PER
Tomas NNP I-NP B-PER
Berg NNP I-NP I-PER
of IN B-PP O
the DT B-NP O
Nordic NNP I-NP B-ORG
Trade NNP I-NP I-ORG
Council NNP I-NP I-ORG
met VBD B-VP O
Norwegian JJ B-NP B-MISC
farmers NNS I-NP O
. . O O

-DOCSTART- -X- -X- O

Harbour NNP B-NP B-ORG
Town NNP I-NP I-ORG
beat VBD B-VP O
Kestrel NNP B-NP B-ORG
United NNP I-NP I-ORG
in IN B-PP O
Valmere NNP B-NP B-LOC
. . O O
"""


def _texts(doc: conll.Document, gold: list[conll.Mention]) -> list[tuple[str, str]]:
    text = conll.rebuild(doc).text
    return [(m.type, text[m.start : m.end]) for m in gold]


def test_documents_are_split_at_docstart_and_sentences_at_blank_lines() -> None:
    docs = conll.read_documents(IOB1.splitlines())
    assert [len(d.sentences) for d in docs] == [3, 1]
    assert [d.line for d in docs] == [1, 25]
    assert docs[0].sentences[1].tokens == ("OSLO", "1997-03-04")
    assert docs[0].sentences[2].line == 11
    assert docs[1].sentences[0].tags[:2] == ("I-ORG", "I-ORG")


def test_sentences_before_the_first_docstart_make_a_document() -> None:
    # Some copies of the files move the first -DOCSTART- line to the end.
    lines = [*IOB1.splitlines()[2:], "-DOCSTART- -X- O O"]
    docs = conll.read_documents(lines)
    assert [len(d.sentences) for d in docs] == [3, 1]
    assert docs[0].line == 1


def test_text_is_rebuilt_with_spaces_and_a_blank_line_between_sentences() -> None:
    doc = conll.read_documents(IOB1.splitlines())[0]
    rebuilt = conll.rebuild(doc)
    assert rebuilt.text.startswith("TALKS IN OSLO .\n\nOSLO 1997-03-04\n\nAnna Lind Tomas Berg of the")
    for sentence, offsets in zip(doc.sentences, rebuilt.offsets, strict=True):
        assert [rebuilt.text[s:e] for s, e in offsets] == list(sentence.tokens)


def test_iob1_and_iob2_give_the_same_gold_mentions() -> None:
    one = conll.read_documents(IOB1.splitlines())
    two = conll.read_documents(IOB2.splitlines())
    gold_one = [conll.gold_mentions(d, conll.rebuild(d)) for d in one]
    gold_two = [conll.gold_mentions(d, conll.rebuild(d)) for d in two]
    assert gold_one == gold_two
    assert _texts(one[0], gold_one[0]) == [
        ("LOC", "OSLO"),
        ("LOC", "OSLO"),
        ("PER", "Anna Lind"),
        ("PER", "Tomas Berg"),
        ("ORG", "Nordic Trade Council"),
        ("MISC", "Norwegian"),
    ]
    assert _texts(one[1], gold_one[1]) == [
        ("ORG", "Harbour Town"),
        ("ORG", "Kestrel United"),
        ("LOC", "Valmere"),
    ]


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["I-PER", "I-PER", "B-PER", "I-PER"], [("PER", 0, 2), ("PER", 2, 4)]),  # IOB1 adjacent
        (["B-PER", "I-PER", "B-PER"], [("PER", 0, 2), ("PER", 2, 3)]),  # IOB2
        (["I-ORG", "I-LOC", "O", "I-LOC"], [("ORG", 0, 1), ("LOC", 1, 2), ("LOC", 3, 4)]),
        (["O", "B-LOC", "I-PER"], [("LOC", 1, 2), ("PER", 2, 3)]),  # a type change ends a chunk
        (["O", "O"], []),
    ],
)
def test_chunks_read_both_schemes(tags: list[str], expected: list[tuple[str, int, int]]) -> None:
    assert conll.chunks(tags) == expected


_token = st.text(
    st.characters(min_codepoint=33, max_codepoint=0x24F, exclude_categories=("Zs", "Cc")),
    min_size=1,
    max_size=8,
).filter(lambda t: t != "-DOCSTART-")
_tag = st.sampled_from(["O", "I-PER", "B-PER", "I-LOC", "B-ORG", "I-MISC"])
_sentence = st.lists(st.tuples(_token, _tag), min_size=1, max_size=8)


@given(st.lists(_sentence, min_size=1, max_size=5))
def test_offsets_and_gold_spans_point_at_their_tokens(sentences: list[list[tuple[str, str]]]) -> None:
    lines = ["-DOCSTART- -X- O O", ""]
    for sentence in sentences:
        lines += [f"{token} X X {tag}" for token, tag in sentence] + [""]
    (doc,) = conll.read_documents(lines)
    rebuilt = conll.rebuild(doc)
    tokens = [t for s in doc.sentences for t in s.tokens]
    assert [rebuilt.text[s:e] for offsets in rebuilt.offsets for s, e in offsets] == tokens
    assert rebuilt.text == "\n\n".join(" ".join(token for token, _ in s) for s in sentences)
    for mention in conll.gold_mentions(doc, rebuilt):
        covered = rebuilt.text[mention.start : mention.end]
        assert covered == covered.strip()
        assert "\n" not in covered


def test_strict_and_lenient_arithmetic() -> None:
    gold = [
        Mention("PER", 0, 9),  # found exactly
        Mention("PER", 20, 30),  # found with a wrong boundary
        Mention("ORG", 40, 60),  # found as a LOC: missed
        Mention("LOC", 70, 75),  # not found
        Mention("MISC", 80, 90),  # not scored
    ]
    predicted = [
        Mention("PER", 0, 9),
        Mention("PER", 0, 9),  # the same span again counts once
        Mention("PER", 20, 26),
        Mention("LOC", 40, 60),
        Mention("PER", 80, 90),  # a MISC name taken for a person: spurious
    ]
    score = conll.Score()
    score.add(gold, predicted)
    per = score.figures(("PER",))
    assert (per["gold"], per["predicted"], per["strict_match"]) == (2, 3, 1)
    assert per["strict_p"] == pytest.approx(1 / 3)
    assert per["strict_r"] == pytest.approx(1 / 2)
    assert per["lenient_p"] == pytest.approx(2 / 3)
    assert per["lenient_r"] == pytest.approx(1.0)
    micro = score.figures(conll.TYPES)
    assert (micro["gold"], micro["predicted"], micro["strict_match"]) == (4, 4, 1)
    assert micro["strict_f1"] == pytest.approx(0.25)
    assert micro["lenient_p"] == pytest.approx(2 / 4)
    assert micro["lenient_r"] == pytest.approx(2 / 4)
    assert score.figures(("ORG",))["strict_r"] == 0.0
    assert "MISC" not in score.gold


def test_lenient_recall_sees_a_prediction_that_ends_inside_a_gold_mention() -> None:
    # A long prediction that starts first and ends inside the gold mention, and a nested one.
    gold = [Mention("ORG", 10, 20), Mention("ORG", 30, 40)]
    predicted = [Mention("ORG", 0, 12), Mention("ORG", 1, 3), Mention("ORG", 45, 50)]
    score = conll.Score()
    score.add(gold, predicted)
    org = score.figures(("ORG",))
    assert org["lenient_r"] == pytest.approx(1 / 2)
    assert org["lenient_p"] == pytest.approx(1 / 3)
    assert org["strict_match"] == 0


def test_errors_say_what_each_miss_overlaps() -> None:
    gold = [Mention("PER", 20, 30), Mention("ORG", 40, 60), Mention("MISC", 80, 90)]
    predicted = [
        Mention("PER", 20, 26),
        Mention("LOC", 40, 60),
        Mention("PER", 80, 90),
        Mention("PER", 95, 99),
    ]
    found = {(e.side, e.mention.type, e.mention.start): e.cause for e in conll.errors(gold, predicted)}
    assert found == {
        ("missed", "PER", 20): "boundary",
        ("spurious", "PER", 20): "boundary",
        ("missed", "ORG", 40): "as LOC",
        ("spurious", "LOC", 40): "as ORG",
        ("spurious", "PER", 80): "as MISC",
        ("spurious", "PER", 95): "none",
    }


def test_split_names_map_to_files_in_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "eng.testa").write_text(IOB1, encoding="utf-8")
    (tmp_path / "train.txt").write_text(IOB2, encoding="utf-8")
    assert conll.resolve_split("dev", str(tmp_path)) == tmp_path / "eng.testa"
    monkeypatch.setenv(conll.ENV, str(tmp_path))
    assert conll.resolve_split("train", None) == tmp_path / "train.txt"
    (tmp_path / "eng.testa").unlink()
    with pytest.raises(conll.ConllError, match=r"no dev split in .*dev\.txt, valid\.txt, eng\.testa"):
        conll.resolve_split("dev", None)
    monkeypatch.delenv(conll.ENV)
    with pytest.raises(conll.ConllError, match="--data DIR or CONLL2003_DIR"):
        conll.resolve_split("train", None)


def test_missing_or_malformed_data_exits_2_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(conll.ENV, raising=False)
    assert conll.main([str(tmp_path / "nowhere.txt")]) == 2
    assert "no CoNLL-2003 file at" in capsys.readouterr().err
    assert conll.main(["dev"]) == 2
    assert "--data DIR" in capsys.readouterr().err
    bad = tmp_path / "bad.txt"
    bad.write_text(IOB1.replace("Valmere NNP I-NP I-LOC", "Valmere NNP I-NP LOC"), encoding="utf-8")
    assert conll.main([str(bad)]) == 2
    assert f"{bad}:33: expected an NER tag" in capsys.readouterr().err
    assert conll.main([str(bad), "--limit", "two"]) == 2
    assert "--limit: expected a whole number" in capsys.readouterr().err
    assert conll.main([str(bad), "--rounds", "0"]) == 2
    assert "--rounds: expected a whole number" in capsys.readouterr().err


def test_main_scores_a_file_and_prints_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "dev.txt"
    path.write_text(IOB1, encoding="utf-8")
    assert conll.main(["dev", "--data", str(tmp_path), "--json", "--each"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["documents"], report["sentences"], report["misc_gold_excluded"]) == (2, 4, 1)
    scores = report["systems"]["eventkit parse_article"]["scores"]
    assert {t: scores[t]["gold"] for t in ("PER", "LOC", "ORG")} == {"PER": 2, "LOC": 3, "ORG": 3}
    assert scores["micro"]["gold"] == 8
    predicted = scores["micro"]["predicted"]
    wrong = sum(len(d["errors"]) for d in report["each"])
    # every strict error is a gold mention missed or a prediction not in the gold
    assert wrong == (8 - scores["micro"]["strict_match"]) + (predicted - scores["micro"]["strict_match"])
    assert conll.main([str(path), "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert "1 documents, 3 sentences" in out
    assert "not in the micro average" in out


def test_spacy_is_scored_when_installed_and_said_missing_otherwise(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "dev.txt"
    path.write_text(IOB2, encoding="utf-8")
    assert conll.main([str(path), "--spacy"]) == 0
    out = capsys.readouterr().out
    installed = conll._spacy_model() is not None
    assert ("spaCy en_core_web_sm not installed" in out) is not installed
    assert ("speed ratio eventkit / spaCy" in out) is installed
