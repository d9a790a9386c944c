"""The generated JSON Schema is a valid draft 2020-12 schema, and every document the codec writes fits it."""

from __future__ import annotations

from typing import Any

import jsonschema
import orjson
import pytest
from hypothesis import given
from samples import sample_article
from strategies import MODEL_STRATEGIES

import eventkit as ek
from eventkit import Article, PartialDate, Quote, Venue, dumps, json_schema, to_dict

CLASSES = list(MODEL_STRATEGIES)
_VALIDATORS: dict[type, jsonschema.Draft202012Validator] = {}


def validator(cls: type) -> jsonschema.Draft202012Validator:
    if cls not in _VALIDATORS:
        _VALIDATORS[cls] = jsonschema.Draft202012Validator(
            json_schema(cls), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
    return _VALIDATORS[cls]


def errors_of(doc: Any, cls: type = Article) -> list[str]:
    return sorted(f"{e.json_path}: {e.message}" for e in validator(cls).iter_errors(doc))


@pytest.mark.parametrize("cls", CLASSES, ids=[c.__name__ for c in CLASSES])
def test_schema_is_valid_draft_2020_12(cls: type) -> None:
    schema = json_schema(cls)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert jsonschema.validators.validator_for(schema) is jsonschema.Draft202012Validator
    # The schema is plain JSON.
    assert orjson.loads(orjson.dumps(schema)) == schema


@pytest.mark.parametrize("cls", CLASSES, ids=[c.__name__ for c in CLASSES])
def test_every_document_fits_the_schema(cls: type) -> None:
    @given(MODEL_STRATEGIES[cls])
    def fits(obj: Any) -> None:
        assert errors_of(orjson.loads(dumps(obj)), cls) == []

    fits()


def test_article_schema_shape() -> None:
    schema = json_schema()
    assert schema["title"] == "eventkit Article"
    assert schema["$id"] == "urn:eventkit:schema:eventkit/2:Article"
    assert schema["required"] == ["schema", "id"]
    assert schema["additionalProperties"] is False
    assert schema["properties"]["schema"] == {"const": "eventkit/2"}
    assert list(schema["properties"])[1:] == [
        "id",
        "url",
        "text",
        "language",
        "published",
        "headline",
        "lead",
        "paragraphs",
        "boilerplate",
        "outlet",
        "info_sources",
        "media_credits",
        "dates",
        "persons",
        "organizations",
        "venues",
        "quotes",
        "events",
        "provenance",
    ]
    assert schema["properties"]["quotes"] == {"type": "array", "items": {"$ref": "#/$defs/Quote"}}
    assert schema["properties"]["published"]["anyOf"][1] == {"type": "null"}
    corpus_only = (ek.Corpus, ek.Story, ek.Report, ek.Appearance)
    assert sorted(schema["$defs"]) == sorted(
        c.__name__ for c in CLASSES if c not in (Article, PartialDate, *corpus_only)
    )
    quote = schema["$defs"]["Quote"]
    assert quote["required"] == ["id", "text", "kind", "span"]
    assert quote["properties"]["kind"] == {"enum": ["direct", "indirect", "mixed"]}
    assert quote["description"].startswith("Something a person said")
    venue_kinds = schema["$defs"]["Venue"]["properties"]["kind"]["enum"]
    assert venue_kinds == ["country", "region", "city", "district", "station", "park", "building", "other"]


def test_constraints_come_from_the_model_rules() -> None:
    """The schema says what the rules say, where JSON Schema can say it."""
    defs = json_schema()["$defs"]
    assert defs["Span"]["properties"]["start"] == {"type": "integer", "minimum": 0}
    assert defs["Person"]["properties"]["id"]["pattern"] == "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$"
    assert defs["Quote"]["properties"]["text"] == {"type": "string", "minLength": 1}
    assert defs["Quote"]["properties"]["paragraph"]["anyOf"][0] == {"type": "integer", "minimum": 0}
    assert defs["Coordinates"]["properties"]["latitude"] == {"type": "number", "minimum": -90, "maximum": 90}
    assert defs["Event"]["properties"]["cameo"]["anyOf"][0]["pattern"] == "^[0-9]{2,4}$"
    value = defs["Identifier"]["properties"]["value"]
    assert value["pattern"] == "^(?:Q[1-9][0-9]{0,11}|[1-9][0-9]{0,11}|[A-Z]{2}(?:-[A-Z0-9]{1,3})?)$"
    assert defs["Identifier"]["properties"]["scheme"] == {"enum": ["wikidata", "geonames", "iso3166"]}
    stories = json_schema(ek.Corpus)["$defs"]["Story"]["properties"]["reports"]
    assert stories["minItems"] == 1


def test_other_roots() -> None:
    assert json_schema(Quote)["$defs"]["Span"]["required"] == ["start", "end"]
    assert json_schema(Venue)["required"] == ["schema", "id", "name"]
    assert json_schema(PartialDate)["required"] == ["schema", "date"]


def test_schema_refuses_what_the_codec_refuses() -> None:
    doc = to_dict(sample_article())
    assert errors_of(doc) == []
    doc["schema"] = "eventkit/3"
    doc["url"] = "tass.ru/politika"
    doc["extra"] = 1
    doc["quotes"][1]["paragraph"] = "2"
    doc["venues"][0]["kind"] = "planet"
    doc["persons"][0]["id"] = "p 1"
    doc["published"] = "2025-13"
    del doc["events"][0]["status"]
    assert errors_of(doc) == sorted(
        [
            "$: Additional properties are not allowed ('extra' was unexpected)",
            "$.events[0]: 'status' is a required property",
            "$.persons[0].id: 'p 1' does not match '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$'",
            "$.published: '2025-13' is not valid under any of the given schemas",
            "$.quotes[1].paragraph: '2' is not valid under any of the given schemas",
            "$.schema: 'eventkit/2' was expected",
            "$.url: 'tass.ru/politika' is not valid under any of the given schemas",
            "$.venues[0].kind: 'planet' is not one of ['country', 'region', 'city', 'district', 'station', "
            "'park', 'building', 'other']",
        ]
    )
