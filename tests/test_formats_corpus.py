"""The formats on real articles: the seed corpus parsed, then written in every format.

Reads ``../shared/corpus/seed/*.txt`` beside the checkout and skips when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_formats_jsonld import _check
from test_formats_ninjs import NINJS_DIR, _errors, _view

import eventkit
from eventkit import Article
from eventkit.formats import read_ninjs, to_jsonld, to_ninjs, to_plover

__all__: list[str] = []

SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed"
TEXTS = sorted(SEED.glob("*.txt")) if SEED.is_dir() else []


@pytest.fixture(scope="module", params=TEXTS, ids=lambda p: p.name)
def article(request: pytest.FixtureRequest) -> Article:
    path: Path = request.param
    return eventkit.parse_article(path.read_text(encoding="utf-8"))


@pytest.mark.skipif(not TEXTS, reason="../shared/corpus/seed/ is absent")
def test_seed_articles_in_every_format(article: Article) -> None:
    doc = to_ninjs(article)
    if NINJS_DIR.is_dir():
        assert _errors(doc) == []
    back, not_kept = read_ninjs(doc)
    assert not_kept == ()
    assert _view(back, exported=False) == _view(article)
    assert len(doc["people"]) == len(article.persons) > 0

    ld = to_jsonld(article)
    _check(ld)
    assert len(ld["about"]) == len(article.events)

    records = to_plover(article)
    assert len(records) == len(article.events) > 0
    assert all(
        r["actor"] or r["recipient"] or not e.participants
        for r, e in zip(records, article.events, strict=True)
    )
