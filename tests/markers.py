"""Skip markers shared by the tests, each defined once: what a test needs that may be absent."""

from __future__ import annotations

import pytest

from eventkit.entities import ru_available

__all__ = ["needs_ru"]

needs_ru = pytest.mark.skipif(not ru_available(), reason="the eventkit-news[ru] extra is not installed")
"""The test reads Russian entities, which need the ``ru`` extra (natasha, pymorphy2)."""
