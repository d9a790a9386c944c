"""Which answer keys the tests may hold the parser to exactly, and which only measure it.

The keys in ``examples/`` were written alongside the rules, and three older blind keys were
made to pass after their first run: tests assert them. The other keys in ``examples/blind/``
were annotated before the parser first ran on their text; they are scored by
``python -m eventkit.evaluate`` and only checked for being usable, never held to a score.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["BLIND_KEYS", "TUNED_KEYS"]

_EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

TUNED_KEYS: list[Path] = [
    *sorted(_EXAMPLES.glob("*.gold.json")),
    _EXAMPLES / "blind" / "en-official-visit.gold.json",
    _EXAMPLES / "blind" / "ru-signing.gold.json",
    _EXAMPLES / "blind" / "ru-visit-postponed.gold.json",
]
"""Keys the rules were written alongside (the seed, in the shared corpus, is apart)."""

BLIND_KEYS: list[Path] = sorted((_EXAMPLES / "blind").glob("*.gold.json"))
"""Every key in ``examples/blind/``, the three tuned ones included."""
