"""Language knowledge in one place: tables shipped as data, one normaliser, countries.

Rules never type word lists into code: they ask :func:`table` for a table in
``lexicon/data`` (each file says its source, licence and date), compare words after
:func:`fold`, and take countries from pycountry through :func:`countries`.
"""

from __future__ import annotations

from ._geo import (
    City,
    Country,
    CountryNames,
    cities,
    countries,
    country,
    country_named,
    country_names,
    geonames_cities,
)
from ._normal import fold, name_key, normalise
from ._tables import Table, alternation, parse_table, table, table_names

__all__ = [
    "City",
    "Country",
    "CountryNames",
    "Table",
    "alternation",
    "cities",
    "countries",
    "country",
    "country_named",
    "country_names",
    "fold",
    "geonames_cities",
    "name_key",
    "normalise",
    "parse_table",
    "table",
    "table_names",
]
