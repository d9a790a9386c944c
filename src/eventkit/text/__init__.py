"""Reading raw news text: structure, sources, quotes and dates, by rules (no NLP libraries here).

:func:`parse_article` is the entry point; the rules live in private modules, one per concern:
``_structure`` (header, paragraphs, credits, boilerplate), ``_sources``, ``_quotes``, ``_dates``
and ``_language``.
"""

from __future__ import annotations

from ._article import parse_article

__all__ = ["parse_article"]
