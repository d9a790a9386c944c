"""The ``ru`` extra: the packages Russian recognition needs, whether they are installed, how to get them."""

from __future__ import annotations

__all__ = ["INSTALL_HINT", "MODULES", "available"]

MODULES = ("natasha", "slovnet", "navec", "razdel", "pymorphy2", "numpy")
"""The modules the Russian recognizer imports (on first use only)."""

INSTALL_HINT = (
    "Russian entity recognition needs the 'ru' extra: pip install 'eventkit-news[ru]' "
    "(natasha, slovnet, navec, pymorphy2)"
)


def available() -> bool:
    """Whether every module of the extra is installed (nothing is imported)."""
    from importlib.util import find_spec

    return all(find_spec(name) is not None for name in MODULES)
