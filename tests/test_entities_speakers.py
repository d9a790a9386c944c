"""Quote speakers: names in any case, pronouns by gender, titles by head word and country.

These build persons by hand, so they run without the eventkit[ru] extra.
"""

from __future__ import annotations

from eventkit.entities import resolve_speakers
from eventkit.model import Mention, Person, Quote, QuoteKind, Role, Span

TEXT = (
    "Министр культуры Казахстана Аида Балаева и сенатор Андрей Яцкин открыли сквер. "
    '"Это символ дружбы", — сказал он. По словам казахстанского министра, связи крепнут. '
    "По ее мнению, культура сближает народы. Яцкина поддержал Сергей Лавров."
)


def _mention(text: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return Mention(text=text, span=Span(start=start, end=start + len(text)))


PERSONS = (
    Person(
        id="p1",
        name="Аида Балаева",
        given_name="Аида",
        family_name="Балаева",
        roles=(Role(title="министр культуры Казахстана", country="KZ"),),
        mentions=(_mention("Аида Балаева"),),
    ),
    Person(
        id="p2",
        name="Андрей Яцкин",
        given_name="Андрей",
        family_name="Яцкин",
        roles=(Role(title="сенатор", country="RU"),),
        mentions=(_mention("Андрей Яцкин"),),
    ),
    Person(
        id="p3",
        name="Сергей Лавров",
        given_name="Сергей",
        family_name="Лавров",
        mentions=(_mention("Сергей Лавров"),),
    ),
)


def _quote(qid: str, starts: str, speaker_text: str | None, kind: QuoteKind = QuoteKind.INDIRECT) -> Quote:
    start = TEXT.index(starts)
    return Quote(
        id=qid,
        text=starts,
        kind=kind,
        span=Span(start=start, end=start + len(starts)),
        speaker_text=speaker_text,
    )


def _speakers(*quotes: Quote) -> list[str | None]:
    return [q.speaker for q in resolve_speakers(TEXT, quotes, PERSONS)]


def test_pronoun_resolves_to_nearest_person_of_that_gender() -> None:
    assert _speakers(_quote("q1", "Это символ дружбы", "он", QuoteKind.DIRECT)) == ["p2"]
    assert _speakers(_quote("q2", "культура сближает народы", "ее")) == ["p1"]


def test_title_resolves_to_the_holder() -> None:
    assert _speakers(_quote("q1", "связи крепнут", "казахстанского министра")) == ["p1"]


def test_name_in_any_case() -> None:
    assert _speakers(_quote("q1", "культура сближает народы", "Балаевой")) == ["p1"]
    assert _speakers(_quote("q1", "культура сближает народы", "Лаврова")) == ["p3"]


def test_unknown_speakers_stay_unresolved() -> None:
    assert _speakers(_quote("q1", "связи крепнут", None), _quote("q2", "связи крепнут", "Песков")) == [
        None,
        None,
    ]


def test_a_set_speaker_is_kept() -> None:
    quote = _quote("q1", "связи крепнут", "он")
    quote = Quote(id="q1", text=quote.text, kind=quote.kind, span=quote.span, speaker="p3", speaker_text="он")
    assert _speakers(quote) == ["p3"]
