"""Countries from pycountry (ISO 3166-1 with its Russian translations).

No table of ours repeats what pycountry ships: codes, English names and official names, and
the Russian names of its ``iso3166-1`` translation. Our own tables only add what it lacks
(adjectives, short and older names, the names in the cases Russian news uses).
"""

from __future__ import annotations

import functools
import gettext

import attrs
import pycountry

from ._normal import fold

__all__ = ["Country", "countries", "country", "country_named"]


@attrs.frozen
class Country:
    """One ISO 3166-1 country: its codes and its names in English and Russian."""

    code: str  #: alpha-2, ``"KZ"``
    alpha3: str
    numeric: str
    name_en: str
    name_ru: str
    official_en: str | None = None
    official_ru: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """Every name pycountry gives it, English first."""
        found = (self.name_en, self.official_en, self.name_ru, self.official_ru)
        return tuple(dict.fromkeys(n for n in found if n))


@functools.cache
def countries() -> tuple[Country, ...]:
    """Every country pycountry knows, in its order (by alpha-2 code)."""
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    out = []
    for c in pycountry.countries:
        official = getattr(c, "official_name", None)
        out.append(
            Country(
                code=c.alpha_2,
                alpha3=c.alpha_3,
                numeric=c.numeric,
                name_en=c.name,
                name_ru=ru.gettext(c.name),
                official_en=official,
                official_ru=ru.gettext(official) if official else None,
            )
        )
    return tuple(sorted(out, key=lambda c: c.code))


@functools.cache
def _by_code() -> dict[str, Country]:
    return {c.code: c for c in countries()} | {c.alpha3: c for c in countries()}


@functools.cache
def _by_name() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for c in countries():
        for n in c.names:
            out.setdefault(fold(n), c)
    return out


def country(code: str) -> Country | None:
    """The country with ISO alpha-2 or alpha-3 code ``code`` (any case), else ``None``."""
    return _by_code().get(code.upper())


def country_named(name: str) -> Country | None:
    """The country one of whose pycountry names (English or Russian, common or official) is
    ``name``, compared after :func:`~eventkit.lexicon.fold`; else ``None``."""
    return _by_name().get(fold(name))
