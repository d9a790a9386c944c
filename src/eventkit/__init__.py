"""eventkit: one validated way to represent diplomatic news.

Articles, the persons, organizations and venues in them, what was said and by whom, and the
events (visits, talks, openings, signings) with their dates; read from raw Russian or English
news text, checked, and written as JSON or the news industry's formats.
"""

from typing import TYPE_CHECKING, Any

from . import show as _show  # noqa: F401  (gives Article its picture in Jupyter, ``_repr_html_``)
from ._version import __version__
from .codec import READ_VERSIONS, SCHEMA_VERSION, dumps, from_dict, iter_jsonl, loads, to_dict, write_jsonl
from .errors import EventkitError, ParseError, Problem, ValidationError
from .model import (
    Appearance,
    Article,
    Coordinates,
    Corpus,
    DateMention,
    DateRange,
    Detail,
    Event,
    EventKind,
    EventStatus,
    Identifier,
    InfoSource,
    MediaCredit,
    Mention,
    Organization,
    Paragraph,
    Part,
    PartialDate,
    Participant,
    Person,
    PloverCode,
    Precision,
    Provenance,
    Quote,
    QuoteKind,
    Report,
    Role,
    Scheme,
    Span,
    Story,
    Venue,
    VenueKind,
)
from .schema import json_schema

if TYPE_CHECKING:
    from .pipeline import Outcome, parse_article, parse_each, parse_files, parse_many
    from .stories import link

__all__ = [
    "READ_VERSIONS",
    "SCHEMA_VERSION",
    "Appearance",
    "Article",
    "Coordinates",
    "Corpus",
    "DateMention",
    "DateRange",
    "Detail",
    "Event",
    "EventKind",
    "EventStatus",
    "EventkitError",
    "Identifier",
    "InfoSource",
    "MediaCredit",
    "Mention",
    "Organization",
    "Outcome",
    "Paragraph",
    "ParseError",
    "Part",
    "PartialDate",
    "Participant",
    "Person",
    "PloverCode",
    "Precision",
    "Problem",
    "Provenance",
    "Quote",
    "QuoteKind",
    "Report",
    "Role",
    "Scheme",
    "Span",
    "Story",
    "ValidationError",
    "Venue",
    "VenueKind",
    "__version__",
    "dumps",
    "from_dict",
    "iter_jsonl",
    "json_schema",
    "link",
    "loads",
    "parse_article",
    "parse_each",
    "parse_files",
    "parse_many",
    "to_dict",
    "write_jsonl",
]


def __getattr__(name: str) -> Any:
    # The pipeline compiles its rules on first use, so that ``import eventkit`` stays fast.
    if name in ("Outcome", "parse_article", "parse_each", "parse_files", "parse_many"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "link":
        from .stories import link

        return link
    raise AttributeError(f"module 'eventkit' has no attribute {name!r}")
