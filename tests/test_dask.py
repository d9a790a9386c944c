"""Parsing on a Dask cluster (a LocalCluster of two workers): outcomes in order, failures kept, shards."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

import eventkit
from eventkit.errors import MissingExtraError

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import eventkit.dask as ekd  # noqa: E402  (after the checks that Dask is there)
from eventkit import tables  # noqa: E402

TEXTS = [
    "The foreign minister met his counterpart in Cairo on Monday.\n",
    "The president arrived in Paris for a state visit.\n",
    "Prime Minister John Smith held talks with the Italian delegation in Rome.\n",
]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture
def paths(tmp_path: Path) -> list[str]:
    found = []
    for i, text in enumerate(TEXTS):
        path = tmp_path / f"{i}.txt"
        path.write_text(text, encoding="utf-8")
        found.append(str(path))
    (tmp_path / "empty.txt").write_text("\n", encoding="utf-8")
    return [found[0], str(tmp_path / "missing.txt"), found[1], str(tmp_path / "empty.txt"), found[2]]


def _expected(paths: list[str]) -> list[eventkit.Article]:
    outcomes = eventkit.pipeline.parse_files(paths, entities=False, processes=1)
    return [o.article for o in outcomes if o.article is not None]


def _check_outcomes(outcomes: list[eventkit.Outcome], paths: list[str]) -> None:
    """The outcomes of the five test inputs: in order, three articles as parsed here, two failures named."""
    assert [(o.index, o.source, o.ok) for o in outcomes] == [
        (0, paths[0], True),
        (1, paths[1], False),
        (2, paths[2], True),
        (3, paths[3], False),
        (4, paths[4], True),
    ]
    assert [o.article for o in outcomes if o.article] == _expected(paths)
    assert isinstance(outcomes[1].error, FileNotFoundError)
    assert str(outcomes[3].error).startswith("line 2, column 1: empty text")


def test_outcomes_come_in_input_order_and_name_failures(client: object, paths: list[str]) -> None:
    outcomes = ekd.parse_outcomes(paths, npartitions=2, entities=False).compute()
    _check_outcomes(outcomes, paths)


def test_parse_files_gives_articles_or_raises_naming_the_input(client: object, paths: list[str]) -> None:
    good = [paths[0], paths[2], paths[4]]
    assert ekd.parse_files(good, npartitions=2, entities=False).compute() == _expected(good)
    with pytest.raises(FileNotFoundError) as raised:  # one partition: the first bad input is the one
        ekd.parse_files(paths, npartitions=1, entities=False).compute()
    assert raised.value.__notes__ == [f"in {paths[1]}"]


def test_shards_hold_every_article_and_list_every_failure(
    client: object, paths: list[str], tmp_path: Path
) -> None:
    bag = ekd.parse_outcomes(paths, npartitions=2, entities=False)
    written = ekd.write_jsonl(bag, tmp_path / "jsonl")
    assert written.articles == 3
    assert [f.source for f in written.failures] == [paths[1], paths[3]]
    assert sorted(p.name for p in (tmp_path / "jsonl").iterdir()) == [
        "articles-00000.jsonl",
        "articles-00001.jsonl",
        "failures.jsonl",
    ]
    failures = [
        orjson.loads(line) for line in (tmp_path / "jsonl" / "failures.jsonl").read_bytes().splitlines()
    ]
    assert [(f["index"], f["source"], f["error"]) for f in failures] == [
        (1, paths[1], "FileNotFoundError"),
        (3, paths[3], "ParseError"),
    ]
    assert ekd.read_jsonl(str(tmp_path / "jsonl" / "articles-*.jsonl")).compute() == _expected(paths)

    written = ekd.write_parquet(bag, tmp_path / "parquet")
    assert (written.articles, len(written.failures)) == (3, 2)
    again = tables.read_parquet(tmp_path / "parquet")
    expected = tables.to_tables(_expected(paths))
    for name in tables.TABLES:
        assert again[name].to_pylist() == expected[name].to_pylist(), name


def test_without_dask_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(MissingExtraError, match=r'pip install "eventkit-news\[dask\]"'):
        ekd.parse_outcomes(["a.txt"])


def _recognizer_ready() -> bool:
    from eventkit.entities import get_recognizer

    return bool(getattr(get_recognizer("ru"), "_loaded", False))


def test_load_models_readies_every_worker_before_the_work(client: object, paths: list[str]) -> None:
    ekd.load_models(client)
    ready = client.run(_recognizer_ready)  # type: ignore[attr-defined]
    assert len(ready) == 2
    assert all(ready.values())
    outcomes = ekd.parse_outcomes(paths, npartitions=2).compute()
    expected = eventkit.pipeline.parse_files(paths, processes=1)
    assert [(o.index, o.ok, o.article) for o in outcomes] == [(o.index, o.ok, o.article) for o in expected]


def _settled() -> bool:
    return ekd._settle.cache_info().currsize > 0


def test_worker_processes_send_back_the_articles_parsed_here(paths: list[str]) -> None:
    # Worker processes of their own: each outcome crosses to this process (as eventkit JSON).
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        outcomes = ekd.parse_outcomes(paths, npartitions=3, entities=False).compute()
        client.run(ekd._parse_part, [], {})  # a task on every worker, even one the scheduler left idle
        settled = client.run(_settled)
    _check_outcomes(outcomes, paths)
    assert list(settled.values()) == [True, True]  # each worker process keeps its heap
