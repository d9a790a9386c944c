"""Reading raw news text by rules (no NLP libraries here): layout, language, quotes, sources, dates.

Each concern is one private module: ``_structure`` (header, headline, paragraphs, credits,
boilerplate), ``_language``, ``_quotes``, ``_dateline`` (the place, date and agency that open
wire copy), ``_sources``, ``_dates``, and ``_words`` (the words,
sentences and quote marks the others are made of). :mod:`eventkit.pipeline` runs them in order,
with the entity and event stages, in :func:`eventkit.parse_article`.
"""

from __future__ import annotations

import warnings
from typing import Any

from ._dateline import Dateline, dateline_venue, find_dateline
from ._dates import find_dates, first_absolute_date
from ._encoding import Encoding, decode_text, guess_encoding
from ._language import SUPPORTED_LANGUAGES, detect_language, language_name
from ._quotes import FoundQuote, find_quotes
from ._sources import FoundSource, find_sources
from ._structure import Block, Credit, Structure, read_structure

__all__ = [
    "SUPPORTED_LANGUAGES",
    "Block",
    "Credit",
    "Dateline",
    "Encoding",
    "FoundQuote",
    "FoundSource",
    "Structure",
    "dateline_venue",
    "decode_text",
    "detect_language",
    "find_dateline",
    "find_dates",
    "find_quotes",
    "find_sources",
    "first_absolute_date",
    "guess_encoding",
    "language_name",
    "read_structure",
]


def __getattr__(name: str) -> Any:
    # ``eventkit.text.parse_article`` was the parser's home in 0.1; it lives in the pipeline now.
    if name == "parse_article":
        warnings.warn(
            "eventkit.text.parse_article moved: use eventkit.parse_article", DeprecationWarning, stacklevel=2
        )
        from ..pipeline import parse_article

        return parse_article
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
