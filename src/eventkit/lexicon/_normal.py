"""The one normaliser: how two spellings of a word are told to be the same.

Russian news writes ``ё`` and ``е`` for the same letter, and any of several quote marks and
dashes for one mark; tables and rules compare words after :func:`fold`. Each function maps
one character to one character, so a position in the folded text is the same position in the
text as written.
"""

from __future__ import annotations

__all__ = ["fold", "name_key", "normalise"]

_SAME = str.maketrans(
    {
        "ё": "е",
        "Ё": "Е",
        "«": '"',
        "»": '"',
        "„": '"',
        "“": '"',
        "”": '"',
        "‟": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
        "İ": "I",  # the one letter whose lower case is two letters
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
    }
)


def normalise(text: str) -> str:
    """``text`` with ``ё`` as ``е``, every quote mark as ``"`` or ``'``, every dash as ``-`` and
    every no-break space as a space (and ``İ`` as ``I``); its length is kept."""
    return text.translate(_SAME)


def fold(text: str) -> str:
    """The key two spellings of one word share: :func:`normalise`, then lower case.

    Lower case, not :meth:`str.casefold`, so that the length is kept (``ß`` stays one letter).
    """
    return text.translate(_SAME).lower()


def name_key(text: str) -> str:
    """The key a name is looked up by: :func:`fold` of ``text`` with its white space as single
    spaces (``"Foreign  Ministry"`` and ``"foreign ministry"`` share one); lengths may differ."""
    return fold(" ".join(text.split()))
