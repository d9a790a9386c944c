"""Diplomatic events found in an article: visits, talks, openings, signings, with codes.

:func:`extract_events` reads an :class:`~eventkit.Article`'s text, paragraphs, dates and
named entities and returns its events: one :class:`~eventkit.Event` per real event however
many times the text speaks of it, with status, dates, venue, participants, parent event,
evidence, and CAMEO and PLOVER codes from the one table :data:`eventkit.codes.CODES` (re-exported here).
"""

from __future__ import annotations

from ..codes import CODE_NOTES, CODES, PLANNED_CODES, codes_for
from ..model import Article, Event
from ._linking import link_events

__all__ = ["CODES", "CODE_NOTES", "PLANNED_CODES", "codes_for", "extract_events"]


def extract_events(article: Article) -> tuple[Event, ...]:
    """The events the article speaks of, linked to its persons, venues and dates.

    Ids are ``e1``, ``e2`` ... in the order the text first speaks of each event. Only the
    article's own fields are read; the article is not changed.

    :param article: an article with its paragraphs, entities, quotes and dates.
    :returns: the events, in the order of the text.
    """
    return link_events(article)
