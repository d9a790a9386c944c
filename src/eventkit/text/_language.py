"""Which language a text is written in, told by its alphabet: Cyrillic is Russian, Latin English."""

from __future__ import annotations

import re

__all__ = ["detect_language"]

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def detect_language(text: str) -> str:
    """``"ru"`` when Cyrillic letters are at least as many as Latin ones, else ``"en"``.

    The body of a Russian article often names outlets and sites in Latin letters
    (``Zakon.kz``), never the other way round, hence the tie goes to Russian.
    """
    cyrillic = len(_CYRILLIC.findall(text))
    latin = len(_LATIN.findall(text))
    if cyrillic == 0 and latin == 0:
        return "und"
    return "ru" if cyrillic >= latin else "en"
