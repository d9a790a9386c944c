"""Which encoding bytes that are not UTF-8 look like, so that an error can say how to convert them.

Russian text from older systems comes as Windows-1251 or KOI8-R, files saved by some Windows
editors as UTF-16; each is told by its bytes alone (a byte-order mark, the places of zero
bytes, which half of the high bytes the letters fall in). The guess only words an error: text
is never decoded by a guess.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from ..errors import ParseError

__all__ = ["Encoding", "decode_text", "guess_encoding"]


class Encoding(NamedTuple):
    """An encoding: its Python codec name (as ``iconv`` knows it too) and its common name."""

    codec: str
    label: str


_UTF16 = Encoding("utf-16", "UTF-16")
_CP1251 = Encoding("cp1251", "Windows-1251 (Cyrillic)")
_KOI8R = Encoding("koi8-r", "KOI8-R (Cyrillic)")
_CP1252 = Encoding("cp1252", "Windows-1252 / Latin-1 (Western European)")
_SAMPLE = 1 << 16  # the first 64 KB tell


def guess_encoding(data: bytes) -> Encoding | None:
    """The encoding ``data`` (bytes that are not UTF-8) looks like, or ``None`` (binary data).

    :param data: the raw bytes, of which the first 64 KB are looked at.
    :returns: UTF-16 (a byte-order mark, or every other byte zero), Windows-1251 or KOI8-R
        (high bytes that are Cyrillic letters, mostly lower case in that encoding), Windows-1252
        (high bytes that are Latin letters), else ``None``.
    """
    sample = data[:_SAMPLE]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _UTF16
    if len(sample) >= 8:
        # Without a mark: the high byte of each character (odd places in little-endian order)
        # takes a few values only, the block of the script and zero for ASCII.
        for high, codec, label in ((sample[1::2], "utf-16-le", "UTF-16 (little-endian)"),
                                   (sample[0::2], "utf-16-be", "UTF-16 (big-endian)")):  # fmt: skip
            common = Counter(high).most_common(2)
            if sum(n for _, n in common) > 0.9 * len(high) and any(value == 0 for value, _ in common):
                return Encoding(codec, label)
    if b"\x00" in sample:
        return None
    high_bytes = [b for b in sample if b >= 0x80]
    if not high_bytes:
        return None
    upper_half = sum(1 for b in high_bytes if b >= 0xE0)  # cp1251: а-я; KOI8-R: А-Я
    lower_half = sum(1 for b in high_bytes if 0xC0 <= b < 0xE0)  # cp1251: А-Я; KOI8-R: а-я
    if (upper_half + lower_half) > 0.8 * len(high_bytes) and len(high_bytes) > 0.2 * len(sample):
        return _CP1251 if upper_half >= lower_half else _KOI8R
    latin = sum(1 for ch in sample.decode("cp1252", errors="replace") if ch.isalpha() and ord(ch) >= 0xC0)
    if latin > 0.6 * len(high_bytes):
        return _CP1252
    return None


def decode_text(
    data: bytes, *, encoding: str | None = None, advice: str = "decode it first: data.decode('{codec}')"
) -> str:
    """``data`` as text: UTF-8 (a byte-order mark allowed) unless ``encoding`` names another codec.

    :param data: the raw bytes.
    :param encoding: a Python codec name (``cp1251``, ``utf-16``); ``None`` for UTF-8.
    :param advice: what to tell the reader when the bytes are not UTF-8 but look like another
        encoding, with ``{codec}`` for its name.
    :returns: the decoded text.
    :raises ~eventkit.ParseError: bytes that are not in the encoding (with the line and column
        of the first bad byte, and the encoding they look like), or an unknown ``encoding``.
    """
    if encoding is not None:
        try:
            return data.decode(encoding)
        except LookupError:
            raise ParseError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as error:
            shown = data.decode(encoding, errors="replace")
            offset = len(data[: error.start].decode(encoding, errors="replace"))
            raise ParseError(f"not {encoding} text: {error.reason}", text=shown, offset=offset) from None
    guess = guess_encoding(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        shown = data.decode("utf-8", errors="replace")
        offset = len(data[: error.start].decode("utf-8", errors="replace"))
        raise ParseError(_not_utf8(guess, advice), text=shown, offset=offset) from None
    if guess is not None and guess.codec.startswith("utf-16") and "\x00" in text:
        raise ParseError(_not_utf8(guess, advice), text=text, offset=text.index("\x00"))
    return text


def _not_utf8(guess: Encoding | None, advice: str) -> str:
    if guess is None:
        return "not UTF-8 text: binary data or another encoding"
    return f"not UTF-8 text: it looks like {guess.label}; " + advice.format(codec=guess.codec)
