"""Quote speakers: names in any case, pronouns by gender, titles by head word and country.

These build persons by hand, so they run without the eventkit-news[ru] extra.
"""

from __future__ import annotations

import attrs

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


def _setup(text: str, people: list[tuple[str, str, str, str, str | None]]) -> tuple[Person, ...]:
    """Persons of ``text`` from (id, name, family, written form, role title) rows."""
    out = []
    for pid, name, family, written, title in people:
        start = text.index(written)
        out.append(
            Person(
                id=pid,
                name=name,
                given_name=name.split()[0],
                family_name=family,
                roles=(Role(title=title, country=_COUNTRY.get(title)),) if title else (),
                mentions=(Mention(text=written, span=Span(start=start, end=start + len(written))),),
            )
        )
    return tuple(out)


_COUNTRY = {
    "президент России": "RU",
    "посол Китая": "CN",
    "министр иностранных дел Казахстана": "KZ",
    "министр иностранных дел Киргизии": "KG",
    "министр иностранных дел Чили": "CL",
}


def _said(text: str, said: str, speaker_text: str) -> Quote:
    start = text.index(said)
    return Quote(
        id="q1",
        text=said,
        kind=QuoteKind.INDIRECT,
        span=Span(start=start, end=start + len(said)),
        speaker_text=speaker_text,
    )


def test_a_countrys_leader_is_the_one_who_leads_it_not_an_aide() -> None:
    text = (
        "Путин обсудил с гостем торговлю, сообщил помощник президента Юрий Ушаков. "
        "Российский лидер подчеркнул, что связи крепнут."
    )
    persons = _setup(
        text,
        [
            ("p1", "Владимир Путин", "Путин", "Путин", "президент России"),
            ("p2", "Юрий Ушаков", "Ушаков", "Юрий Ушаков", "помощник президента"),
        ],
    )
    (quote,) = resolve_speakers(text, [_said(text, "связи крепнут", "Российский лидер")], persons)
    assert quote.speaker == "p1"


def test_a_countrys_diplomat_is_its_envoy() -> None:
    text = (
        "Соглашение подписали Мурат Нуртлеу и посол Хань Чуньлинь. "
        "По мнению китайского дипломата, документ откроет новую страницу."
    )
    persons = _setup(
        text,
        [
            ("p1", "Мурат Нуртлеу", "Нуртлеу", "Мурат Нуртлеу", "министр иностранных дел Казахстана"),
            ("p2", "Хань Чуньлинь", "Чуньлинь", "Хань Чуньлинь", "посол Китая"),
        ],
    )
    quote = _said(text, "документ откроет новую страницу", "китайского дипломата")
    assert resolve_speakers(text, [quote], persons)[0].speaker == "p2"


def test_a_title_names_its_country_by_another_of_its_names_in_the_genitive() -> None:
    text = (
        "Министр иностранных дел Киргизии Жээнбек Кулубаев принял коллегу из Чили Альберто ван Кларена. "
        "Глава внешнеполитического ведомства Кыргызстана отметил, что визит первый за десять лет."
    )
    persons = _setup(
        text,
        [
            ("p1", "Жээнбек Кулубаев", "Кулубаев", "Жээнбек Кулубаев", "министр иностранных дел Киргизии"),
            ("p2", "Альберто Кларен", "Кларен", "Альберто ван Кларена", "министр иностранных дел Чили"),
        ],
    )
    quote = _said(text, "визит первый за десять лет", "Глава внешнеполитического ведомства Кыргызстана")
    assert resolve_speakers(text, [quote], persons)[0].speaker == "p1"


def test_a_pronoun_falls_back_to_a_person_whose_gender_the_name_leaves_open() -> None:
    text = "Никол Пашинян перенес визит, сообщила Назели Багдасарян. По ее словам, дата уточняется."
    persons = _setup(
        text,
        [
            ("p1", "Никол Пашинян", "Пашинян", "Никол Пашинян", None),
            ("p2", "Назели Багдасарян", "Багдасарян", "Назели Багдасарян", None),
        ],
    )
    quote = _said(text, "дата уточняется", "ее")
    assert resolve_speakers(text, [quote], persons)[0].speaker == "p2"


def test_the_officials_table_names_the_holder_before_a_title_of_no_country() -> None:
    text = (
        "Владимир Путин и Касым-Жомарт Токаев открыли форум. "
        "«Мы видим потенциал», — сказал российский президент."
    )

    def person(pid: str, name: str, roles: tuple[Role, ...] = ()) -> Person:
        start = text.index(name)
        given, family = name.split()
        return Person(
            id=pid,
            name=name,
            given_name=given,
            family_name=family,
            roles=roles,
            mentions=(Mention(text=name, span=Span(start=start, end=start + len(name))),),
        )

    persons = (
        person("p1", "Владимир Путин"),
        person("p2", "Касым-Жомарт Токаев", (Role(title="президент"),)),
    )
    start = text.index("Мы видим")
    quote = Quote(
        id="q1",
        text="Мы видим потенциал",
        kind=QuoteKind.DIRECT,
        span=Span(start=start, end=start + len("Мы видим потенциал")),
        speaker_text="российский президент",
    )
    assert [q.speaker for q in resolve_speakers(text, [quote], persons)] == ["p1"]


def test_a_title_that_is_a_mention_of_its_holder_names_the_speaker() -> None:
    text = "Президент Чили Хорхе Ривас принял гостей. Президент Чили сказал, что связи крепнут."
    persons = _setup(text, [("p1", "Хорхе Ривас", "Ривас", "Хорхе Ривас", None)])
    second = text.index("Президент Чили сказал")
    title = Mention(text="Президент Чили", span=Span(start=second, end=second + len("Президент Чили")))
    persons = (attrs.evolve(persons[0], mentions=(*persons[0].mentions, title)),)
    quote = attrs.evolve(_said(text, "связи крепнут", "Президент Чили"), cue="сказал", paragraph=0)
    assert resolve_speakers(text, [quote], persons)[0].speaker == "p1"


def test_an_aide_of_a_named_title_is_the_aide_not_the_one_served() -> None:
    text = (
        "Помощник президента Иван Орлов встретился с прессой. Президент Олег Серов в отпуске. "
        "Помощник президента Серова сообщил, что визит перенесен."
    )
    persons = _setup(
        text,
        [
            ("p1", "Иван Орлов", "Орлов", "Иван Орлов", "помощник президента"),
            ("p2", "Олег Серов", "Серов", "Олег Серов", "президент"),
        ],
    )
    served = text.index("Серова сообщил")
    genitive = Mention(text="Серова", span=Span(start=served, end=served + len("Серова")))
    persons = (persons[0], attrs.evolve(persons[1], mentions=(*persons[1].mentions, genitive)))
    quote = _said(text, "визит перенесен", "Помощник президента Серова")
    quote = attrs.evolve(quote, cue="сообщил", paragraph=0)
    assert resolve_speakers(text, [quote], persons)[0].speaker == "p1"


def test_a_premier_is_the_prime_minister() -> None:
    text = (
        "Премьер-министр Армении Арам Саркисян прибыл в Рим. "
        "По словам армянского премьера, встреча прошла хорошо."
    )
    persons = _setup(text, [("p1", "Арам Саркисян", "Саркисян", "Арам Саркисян", "премьер-министр Армении")])
    persons = (attrs.evolve(persons[0], roles=(Role(title="премьер-министр Армении", country="AM"),)),)
    quote = _said(text, "встреча прошла хорошо", "армянского премьера")
    assert resolve_speakers(text, [quote], persons)[0].speaker == "p1"


def test_reported_speech_ends_where_a_sentence_names_its_own_speaker() -> None:
    text = "Министр Иван Орлов заявил, что торговля растет. В пятницу Орлова примет король."
    persons = _setup(text, [("p1", "Иван Орлов", "Орлов", "Иван Орлов", None)])
    later = text.index("Орлова примет")
    persons = (
        attrs.evolve(
            persons[0],
            mentions=(*persons[0].mentions, Mention(text="Орлова", span=Span(start=later, end=later + 6))),
        ),
    )
    said = "торговля растет. В пятницу Орлова примет король"
    quote = attrs.evolve(_said(text, said, "Министр Иван Орлов"), cue="заявил", paragraph=0)
    (quote,) = resolve_speakers(text, [quote], persons)
    assert (quote.speaker, quote.text) == ("p1", "торговля растет")


def test_a_representative_of_an_office_is_its_press_secretary() -> None:
    text = (
        "Пресс-секретарь президента Олег Серов рассказал о визите. "
        "По словам представителя Кремля, программа согласована."
    )
    persons = _setup(text, [("p1", "Олег Серов", "Серов", "Олег Серов", "пресс-секретарь президента")])
    quote = _said(text, "программа согласована", "представителя Кремля")
    quote = attrs.evolve(quote, cue="По словам", paragraph=0)
    assert resolve_speakers(text, [quote], persons)[0].speaker == "p1"


def test_a_chairman_of_the_cabinet_heads_the_government_and_his_deputy_is_a_vice_premier() -> None:
    text = (
        "Председатель Кабинета министров Марат Осмонов и первый заместитель председателя Кабинета "
        "министров Эрлан Токтогулов приняли делегацию. Глава правительства назвал визит важным. "
        "По словам вице-премьера, переговоры продолжатся летом."
    )
    persons = _setup(
        text,
        [
            ("p1", "Марат Осмонов", "Осмонов", "Марат Осмонов", "председатель Кабинета министров"),
            (
                "p2",
                "Эрлан Токтогулов",
                "Токтогулов",
                "Эрлан Токтогулов",
                "первый заместитель председателя Кабинета министров",
            ),
        ],
    )
    head = _said(text, "визит важным", "Глава правительства")
    deputy = attrs.evolve(_said(text, "переговоры продолжатся летом", "вице-премьера"), id="q2")
    assert [q.speaker for q in resolve_speakers(text, [head, deputy], persons)] == ["p1", "p2"]
