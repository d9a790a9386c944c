"""English: persons with roles, organizations and venues, by rules and gazetteers (no extra needed)."""

from __future__ import annotations

from ._recognizer import EnglishRecognizer, shared_recognizer

__all__ = ["EnglishRecognizer", "recognizer"]


def recognizer() -> EnglishRecognizer:
    """The process's one English recognizer, built on first use."""
    return shared_recognizer()
