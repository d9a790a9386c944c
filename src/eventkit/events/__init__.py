"""Diplomatic events found in an article: visits, talks, openings, signings, with codes."""

from __future__ import annotations

from ..model import Article, Event

__all__ = ["extract_events"]


def extract_events(article: Article) -> tuple[Event, ...]:
    """The events the article speaks of, linked to its persons, venues and dates."""
    return ()
