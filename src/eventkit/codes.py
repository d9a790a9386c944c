"""The one table from event kinds to CAMEO and PLOVER codes.

Sources: the CAMEO codebook (Schrodt, *CAMEO Conflict and Mediation Event Observations Event
and Actor Codebook*, version 1.1b3, 2012) and the PLOVER manual (Open Event Data Alliance,
*PLOVER: Political Language Ontology for Verifiable Event Records*, with its CAMEO-to-PLOVER
translation table). Choices the codebooks leave open are noted in :data:`CODE_NOTES`.

An event is coded from the actor's side: a visit is CAMEO 042 (make a visit), never 043 (host
a visit); the visitor is PLOVER's actor and the host its recipient. Events still to come are
coded as intentions, as PLOVER asks ("references to future meetings, summits, state visits
... should be coded as AGREE"). A cancelled event gets no code: neither codebook codes an
event that did not take place.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .model import EventKind, EventStatus, PloverCode

__all__ = ["CODES", "CODE_NOTES", "PLANNED_CODES", "codes_for"]

_DIPLOMATIC = ("diplomatic",)

_Codes = tuple[str | None, PloverCode | None]


def _consult(mode: str | None = None) -> PloverCode:
    return PloverCode(event="CONSULT", mode=mode, context=_DIPLOMATIC)


_INTENT: _Codes = ("036", PloverCode(event="AGREE", context=_DIPLOMATIC))

# kind: (CAMEO code, PLOVER code) for the event as it takes place,
#       (CAMEO code, PLOVER code) for the event while it is planned (scheduled or postponed).
_TABLE: dict[EventKind, tuple[_Codes, _Codes]] = {
    EventKind.STATE_VISIT: (("042", _consult("visit")), _INTENT),
    EventKind.OFFICIAL_VISIT: (("042", _consult("visit")), _INTENT),
    EventKind.WORKING_VISIT: (("042", _consult("visit")), _INTENT),
    EventKind.VISIT: (("042", _consult("visit")), _INTENT),
    EventKind.TALKS: (("046", _consult()), _INTENT),
    EventKind.MEETING: (("040", _consult()), _INTENT),
    EventKind.PHONE_CALL: (("041", _consult("phone")), _INTENT),
    EventKind.SUMMIT: (("040", _consult("multilateral")), _INTENT),
    EventKind.FORUM: (("040", _consult("multilateral")), _INTENT),
    EventKind.SESSION: (("040", _consult("multilateral")), _INTENT),
    EventKind.SIGNING: (
        ("057", PloverCode(event="SUPPORT", context=_DIPLOMATIC)),
        ("030", PloverCode(event="AGREE", context=_DIPLOMATIC)),
    ),
    EventKind.CEREMONY: (("017", None), (None, None)),
    EventKind.OPENING: (("017", None), (None, None)),
    EventKind.PUBLICATION: (("010", None), (None, None)),
    EventKind.STATEMENT: (("010", None), (None, None)),
    EventKind.OTHER: ((None, None), (None, None)),
}

CODES: Mapping[EventKind, _Codes] = MappingProxyType({k: v[0] for k, v in _TABLE.items()})
"""Each kind's CAMEO code and PLOVER code when the event takes (or took) place."""

PLANNED_CODES: Mapping[EventKind, _Codes] = MappingProxyType({k: v[1] for k, v in _TABLE.items()})
"""Each kind's codes while the event is scheduled or postponed: an intention to meet or agree."""

CODE_NOTES: Mapping[EventKind, str] = MappingProxyType(
    {
        EventKind.TALKS: "CAMEO 046 engage in negotiation; PLOVER puts negotiation under CONSULT.",
        EventKind.MEETING: "CAMEO 040 consult; 044 (third location) needs more than the text says.",
        EventKind.SUMMIT: "PLOVER CONSULT mode multilateral: a meeting of many parties.",
        EventKind.SIGNING: "CAMEO 057 sign formal agreement, which PLOVER files under SUPPORT; "
        "a promise to sign is CAMEO 030 and PLOVER AGREE.",
        EventKind.CEREMONY: "CAMEO 017 engage in symbolic act; PLOVER drops CAMEO's 01 family.",
        EventKind.OPENING: "CAMEO 017 engage in symbolic act; PLOVER drops CAMEO's 01 family.",
        EventKind.PUBLICATION: "CAMEO 010 make statement; PLOVER drops CAMEO's 01 family.",
        EventKind.STATEMENT: "CAMEO 010 make statement; PLOVER drops CAMEO's 01 family.",
    }
)
"""Why a kind is coded the way it is, where the codebooks leave a choice."""


def codes_for(
    kind: EventKind, status: EventStatus = EventStatus.OCCURRED
) -> tuple[str | None, PloverCode | None]:
    """The CAMEO code and PLOVER code of an event of ``kind`` with ``status``.

    >>> codes_for(EventKind.PHONE_CALL)
    ('041', PloverCode(event='CONSULT', mode='phone', context=('diplomatic',)))

    :param kind: the event's kind.
    :param status: the event's status (a cancelled visit has other codes than one that occurred).
    :returns: the CAMEO code and the PLOVER code, each ``None`` when there is none.
    """
    if status is EventStatus.CANCELLED:
        return None, None
    if status in (EventStatus.SCHEDULED, EventStatus.POSTPONED):
        return PLANNED_CODES[kind]
    return CODES[kind]
