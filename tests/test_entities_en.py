"""The English recognizer: persons with roles, bodies, venues, coreference and speakers.

The articles here are our own, written for these tests; everything runs through
``eventkit.parse_article(..., language="en")``, as a user would call it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventkit
from eventkit import Article, EventkitError, Mention, Person, Span, VenueKind
from eventkit.entities import get_recognizer
from eventkit.entities.en._recognizer import EnglishRecognizer, title_head

TALKS = (
    " date 2025-04-16 Lavrov and Abdelatty hold talks in Moscow\n"
    "\n"
    "MOSCOW, April 16 (TASS) — Russian Foreign Minister Sergei Lavrov met his Egyptian "
    "counterpart Badr Abdelatty at the Kremlin on Wednesday, the Foreign Ministry said.\n"
    "\n"
    '"We agreed to prepare a visit by President Vladimir Putin to Cairo," Lavrov told '
    "reporters. He added that the Ministry of Foreign Affairs of Egypt had proposed dates in "
    "the autumn.\n"
    "\n"
    "Maria Zakharova, the Russian foreign ministry's spokeswoman, said the talks at the "
    'Kremlin had lasted three hours. "The atmosphere was warm," she said.\n'
    "\n"
    "Abdelatty's visit follows talks in Cairo, Egypt, between Egypt's President Abdel Fattah "
    "al-Sisi and Kremlin aide Yuri Ushakov. Sisi said Egypt valued the partnership, according "
    "to Xinhua.\n"
    "\n"
    '"Cairo will be ready," the minister told Al Jazeera.\n'
)

HEADLINE_CASE = (
    "Kazakh Leader Meets UN Chief In New York\n"
    "\n"
    "NEW YORK, Sept 22 (Reuters) - Kazakhstan's President Kassym-Jomart Tokayev met UN "
    "Secretary-General Antonio Guterres at the United Nations headquarters, the Akorda said. "
    "Tokayev also spoke with Kazakh students at Columbia University.\n"
)


def _parse(text: str) -> Article:
    return eventkit.parse_article(text, language="en")


def _mentions(article: Article) -> list[Mention]:
    out = [m for p in article.persons for m in p.mentions]
    out += [m for o in article.organizations for m in o.mentions]
    return out + [m for v in article.venues for m in v.mentions]


def _person(article: Article, name: str) -> Person:
    found = [p for p in article.persons if p.name == name]
    assert len(found) == 1, [p.name for p in article.persons]
    return found[0]


def test_english_has_a_recognizer_without_extras() -> None:
    assert get_recognizer("en") is get_recognizer("en-GB")
    recognizer = get_recognizer("en", required=True)
    assert isinstance(recognizer, EnglishRecognizer)
    assert recognizer.name.startswith("eventkit-en/")
    article = _parse(TALKS)
    assert article.provenance is not None
    assert article.provenance.recognizer == recognizer.name


def test_persons_in_order_of_first_mention() -> None:
    article = _parse(TALKS)
    names = [p.name for p in article.persons]
    assert names == [
        "Sergei Lavrov",
        "Badr Abdelatty",
        "Vladimir Putin",
        "Maria Zakharova",
        "Abdel Fattah al-Sisi",
        "Yuri Ushakov",
    ]
    assert [p.id for p in article.persons] == [f"p{n}" for n in range(1, 7)]


def test_family_name_alone_and_possessive_join_the_person() -> None:
    article = _parse(TALKS)
    lavrov = _person(article, "Sergei Lavrov")
    assert [m.text for m in lavrov.mentions] == ["Lavrov", "Sergei Lavrov", "Lavrov"]
    assert (lavrov.given_name, lavrov.family_name) == ("Sergei", "Lavrov")
    abdelatty = _person(article, "Badr Abdelatty")
    assert [m.text for m in abdelatty.mentions] == ["Abdelatty", "Badr Abdelatty", "Abdelatty"]
    # "Abdelatty's visit": the mention stops before the possessive
    last = abdelatty.mentions[-1]
    assert TALKS[last.span.end : last.span.end + 2] == "'s"
    sisi = _person(article, "Abdel Fattah al-Sisi")
    assert sisi.family_name == "al-Sisi"
    assert [m.text for m in sisi.mentions] == ["Abdel Fattah al-Sisi", "Sisi"]


def test_spans_point_into_the_text() -> None:
    article = _parse(TALKS)
    for m in _mentions(article):
        assert TALKS[m.span.start : m.span.end] == m.text


def test_roles_from_titles_before_and_appositions_after() -> None:
    article = _parse(TALKS)
    orgs = {o.id: o.name for o in article.organizations}
    roles = {
        p.name: [(r.title, r.country, orgs.get(r.organization or "")) for r in p.roles]
        for p in article.persons
    }
    assert roles["Sergei Lavrov"] == [("Foreign Minister", "RU", None)]
    # "his Egyptian counterpart": the title of the person met, in the other country
    assert roles["Badr Abdelatty"] == [("Foreign Minister", "EG", None)]
    assert roles["Vladimir Putin"] == [("President", "RU", None)]
    assert roles["Maria Zakharova"] == [("spokeswoman", "RU", None)]
    assert roles["Abdel Fattah al-Sisi"] == [("President", "EG", None)]
    # "Kremlin aide": the seat is a word of the title, of Russia, and no body
    assert roles["Yuri Ushakov"] == [("Kremlin aide", "RU", None)]


def test_organizations_agencies_and_the_kremlin() -> None:
    article = _parse(TALKS)
    found = {o.name: o for o in article.organizations}
    assert set(found) == {
        "TASS",
        "Foreign Ministry",
        "Ministry of Foreign Affairs of Egypt",
        "Xinhua",
        "Al Jazeera",
    }
    assert found["Ministry of Foreign Affairs of Egypt"].country == "EG"
    # "Kremlin aide": a word of the title, no body; "at the Kremlin": the building (below)


@pytest.mark.parametrize(
    ("text", "orgs", "role"),
    [
        # named only in a title or before a press office: neither the body nor the building
        ("Kremlin spokesman Dmitry Peskov said the talks went well.", [], ("Kremlin spokesman", "RU")),
        ("The talks went well, the Akorda press service reported on Monday.", [], None),
        # the office that speaks elsewhere in the text: a body, and the title's body
        (
            "The Kremlin said the talks went well. Kremlin aide Yuri Ushakov agreed.",
            ["Kremlin"],
            ("aide", "RU"),
        ),
    ],
)
def test_a_seat_in_a_title_is_no_body_unless_it_speaks(
    text: str, orgs: list[str], role: tuple[str, str] | None
) -> None:
    article = _parse(text)
    assert [o.name for o in article.organizations] == orgs
    assert [v.name for v in article.venues] == []
    roles = [(r.title, r.country) for p in article.persons for r in p.roles]
    assert roles == ([role] if role else [])


def test_venues_with_kinds_countries_and_parents() -> None:
    article = _parse(TALKS)
    venues = {(v.name, v.kind): v for v in article.venues}
    by_id = {v.id: v for v in article.venues}
    moscow = venues[("Moscow", VenueKind.CITY)]
    assert [m.text for m in moscow.mentions] == ["Moscow", "MOSCOW"]
    assert moscow.country == "RU"
    kremlin = venues[("Kremlin", VenueKind.BUILDING)]
    assert len(kremlin.mentions) == 2
    assert kremlin.parent == moscow.id
    cairo = venues[("Cairo", VenueKind.CITY)]
    egypt = venues[("Egypt", VenueKind.COUNTRY)]
    assert cairo.parent == egypt.id  # "in Cairo, Egypt"
    assert egypt.country == "EG"
    # Egypt is named in "Egypt's" and inside the ministry's name too
    assert [m.text for m in egypt.mentions] == ["Egypt", "Egypt", "Egypt", "Egypt"]
    assert all(v.parent is None or v.parent in by_id for v in article.venues)
    # a demonym names no place
    assert ("Russia", VenueKind.COUNTRY) not in venues


def test_speakers_by_name_pronoun_and_title() -> None:
    article = _parse(TALKS)
    name = {p.id: p.name for p in article.persons}
    said = [(q.speaker_text, name.get(q.speaker or "")) for q in article.quotes]
    assert ("Lavrov", "Sergei Lavrov") in said
    assert ("He", "Sergei Lavrov") in said
    assert ("she", "Maria Zakharova") in said
    assert ("Sisi", "Abdel Fattah al-Sisi") in said
    assert ("minister", "Badr Abdelatty") in said or ("the minister", "Badr Abdelatty") in said


def test_title_case_headline_and_dateline() -> None:
    article = _parse(HEADLINE_CASE)
    assert [p.name for p in article.persons] == ["Kassym-Jomart Tokayev", "Antonio Guterres"]
    tokayev = article.persons[0]
    assert [(r.title, r.country) for r in tokayev.roles] == [("President", "KZ")]
    assert [m.text for m in tokayev.mentions] == ["Kassym-Jomart Tokayev", "Tokayev"]
    guterres = article.persons[1]
    assert [r.title for r in guterres.roles] == ["Secretary-General"]
    venues = {v.name: v.kind for v in article.venues}
    assert venues["New York"] == VenueKind.CITY
    assert venues["Kazakhstan"] == VenueKind.COUNTRY
    orgs = {o.name for o in article.organizations}
    assert {"Reuters", "United Nations", "Akorda", "Columbia University"} <= orgs
    # the acronym is the body named in full in the same text
    un = next(o for o in article.organizations if o.name == "United Nations")
    assert [m.text for m in un.mentions] == ["UN", "UN", "United Nations"]  # headline, body, body
    assert "UN" not in orgs


def test_a_leader_named_by_family_name_alone_gets_the_full_name() -> None:
    article = _parse("Talks in Ankara\n\nPresident Putin and Erdogan spoke by phone, Peskov said.")
    names = [p.name for p in article.persons]
    assert names == ["Vladimir Putin", "Recep Tayyip Erdogan", "Peskov"]
    assert [(r.title, r.country) for r in article.persons[0].roles] == [("President", "RU")]


def test_family_name_first() -> None:
    article = _parse(
        "Beijing talks\n\nForeign Minister Wang Yi met the envoy. Wang said the talks went well."
    )
    (wang,) = article.persons
    assert (wang.family_name, wang.given_name) == ("Wang", "Yi")
    assert [m.text for m in wang.mentions] == ["Wang Yi", "Wang"]


def test_korean_family_name_first() -> None:
    article = _parse(
        "Seoul delegation\n\nSpeaker Kwon Min-jae arrived in Astana. On Friday, Kwon will visit Almaty."
    )
    (kwon,) = article.persons
    assert (kwon.family_name, kwon.given_name) == ("Kwon", "Min-jae")
    assert [m.text for m in kwon.mentions] == ["Kwon Min-jae", "Kwon"]


def test_no_persons_from_places_bodies_or_sentence_starts() -> None:
    text = (
        "Central Asia and the Middle East\n\n"
        "The European Union and the Shanghai Cooperation Organisation met in New Delhi. "
        "Officials said Saudi Arabia and South Korea would join. On Monday the State Department agreed."
    )
    article = _parse(text)
    assert article.persons == ()
    assert {v.name for v in article.venues} == {
        "Central Asia",
        "Middle East",
        "New Delhi",
        "Saudi Arabia",
        "South Korea",
    }
    assert {o.name for o in article.organizations} == {
        "European Union",
        "Shanghai Cooperation Organisation",
        "State Department",
    }


def test_title_heads() -> None:
    assert title_head("Foreign Minister") == title_head("the minister") == "minister"
    assert title_head("Prime Minister") == "prime minister"
    assert title_head("Kremlin spokesman") == title_head("spokeswoman") == "spokesperson"
    assert title_head("officials") is None


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Aa BbKk.,'’-\"\nLavrovMoscowPresident's")), max_size=120))
def test_never_raises_and_spans_hold(text: str) -> None:
    try:
        article = eventkit.parse_article(text, language="en")
    except EventkitError:
        return
    for m in _mentions(article):
        assert text[m.span.start : m.span.end] == m.text


def test_outlet_named_before_its_kind_and_nested_venues() -> None:
    text = (
        "Wreath-laying in Hanoi\n\n"
        "The visiting minister laid a wreath at the Ho Chi Minh Mausoleum in Ba Dinh Square, "
        "the Nhan Dan newspaper wrote. Hikmet Hajiyev, the Azerbaijani president's foreign policy "
        "adviser, told the Azertac news agency the trip was useful."
    )
    article = _parse(text)
    venues = {v.name: v for v in article.venues}
    assert venues["Ho Chi Minh Mausoleum"].kind == VenueKind.BUILDING
    assert venues["Ba Dinh Square"].kind == VenueKind.PARK
    assert venues["Ho Chi Minh Mausoleum"].parent == venues["Ba Dinh Square"].id
    assert venues["Ba Dinh Square"].parent == venues["Hanoi"].id  # the article's one city
    assert [o.name for o in article.organizations] == ["Nhan Dan", "Azertac"]
    (hajiyev,) = article.persons
    assert [(r.title, r.country) for r in hajiyev.roles] == [("foreign policy adviser", "AZ")]


def test_events_and_eras_are_no_persons_and_the_white_house_two_ways() -> None:
    text = (
        "Parade in Moscow\n\n"
        "The leaders watched the Victory Day parade on Red Square and spoke of the Cold War. "
        "The Eastern Economic Forum opens in Vladivostok. Talks at the White House followed, "
        "and the White House said U.S. officials were ready. Sergei Shoigu, secretary of "
        "Russia's Security Council, attended."
    )
    article = _parse(text)
    (shoigu,) = article.persons
    orgs = {o.id: o.name for o in article.organizations}
    assert [(r.title, r.country, orgs[r.organization or ""]) for r in shoigu.roles] == [
        ("secretary", "RU", "Security Council")
    ]
    kinds = {(v.name, v.kind) for v in article.venues}
    assert ("White House", VenueKind.BUILDING) in kinds
    assert ("United States", VenueKind.COUNTRY) in kinds
    assert "White House" in orgs.values()
    red_square = next(v for v in article.venues if v.name == "Red Square")
    assert red_square.kind == VenueKind.PARK
    # two cities, neither in its sentence: the text does not say where the square is
    assert red_square.parent is None


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=200), st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=200)
)
def test_recognize_any_text_and_block(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    found = EnglishRecognizer().recognize(text, [Span(start=start, end=end)])
    for group in (found.persons, found.organizations, found.venues):
        for thing in group:
            for m in thing.mentions:
                assert start <= m.span.start <= m.span.end <= end
                assert text[m.span.start : m.span.end] == m.text


def test_a_known_city_gets_its_geonames_coordinates() -> None:
    article = eventkit.parse_article(
        "Ministers meet in Astana\n\nForeign ministers of five countries met in Astana on Monday.\n",
        language="en",
    )
    astana = next(v for v in article.venues if v.name == "Astana")
    assert astana.coordinates is not None
    assert (round(astana.coordinates.latitude), round(astana.coordinates.longitude)) == (51, 71)
    assert all(v.coordinates is None for v in article.venues if v.kind is not VenueKind.CITY)


def test_a_word_before_a_place_adjective_is_no_person() -> None:
    # a headline: the tagger may read the first two words as a name
    article = _parse("Central Asian summit postponed, Kyrgyz minister says")
    assert [p.name for p in article.persons] == []
    article = _parse("South Korean envoy Kim Min-jun said the talks went well.")
    assert [p.name for p in article.persons] == ["Kim Min-jun"]


def test_a_seat_of_government_after_a_preposition_of_place_is_a_building_in_its_city() -> None:
    article = _parse(
        "The envoy flew to Astana after talks in Tashkent. He was received at the Akorda on Monday. "
        "Later the Akorda said the talks went well."
    )
    (akorda,) = [v for v in article.venues if v.name == "Akorda"]
    assert akorda.kind is VenueKind.BUILDING
    assert [v.name for v in article.venues if v.id == akorda.parent] == ["Astana"]
    assert [o.name for o in article.organizations] == ["Akorda"]  # the office that speaks


def test_a_title_of_a_country_and_a_patronymic_before_the_family_name() -> None:
    article = _parse(
        "President of Kazakhstan Kassym-Jomart Kemelevich Tokayev met Prime Minister of Mongolia "
        "Gombojav Zandanshatar in Astana."
    )
    assert [v.name for v in article.venues] == ["Kazakhstan", "Mongolia", "Astana"]
    tokayev = _person(article, "Kassym-Jomart Tokayev")
    assert [(r.title, r.country) for r in tokayev.roles] == [("President", "KZ")]
    zandanshatar = _person(article, "Gombojav Zandanshatar")
    assert [(r.title, r.country) for r in zandanshatar.roles] == [("Prime Minister", "MN")]


def test_a_name_after_a_title_of_a_country_is_a_person_whatever_the_tagger_reads() -> None:
    article = _parse(
        "On Friday, Ilham Aliyev spoke by phone with President of Kazakhstan Kassym-Jomart Tokayev. "
        "Later, the minister met with Federal Chancellor of Austria Christian Stocker and with "
        "Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov."
    )
    assert [p.name for p in article.persons] == [
        "Ilham Aliyev",
        "Kassym-Jomart Tokayev",
        "Christian Stocker",
        "Bakhtiyor Saidov",
    ]
    assert [v.name for v in article.venues] == ["Kazakhstan", "Austria", "Uzbekistan"]
    assert [(r.title, r.country) for r in _person(article, "Christian Stocker").roles] == [
        ("Federal Chancellor", "AT")
    ]


def test_a_body_tagged_once_is_a_body_everywhere_and_bin_names_answer_to_the_given_name() -> None:
    article = _parse(
        "QNB Capital will fund the plant, which Emir Tamim bin Hamad opened on Monday. "
        "Omar Hassan, chief executive of QNB Capital, said the bank was proud. "
        "On Tuesday, Emir Tamim met the bank's board."
    )
    assert "QNB Capital" in [o.name for o in article.organizations]
    assert [p.name for p in article.persons] == ["Tamim bin Hamad", "Omar Hassan"]


def test_the_capital_of_a_country_named_by_its_adjective() -> None:
    article = _parse("Officials in the Kazakh capital said the Belgian capital would host the talks.")
    assert [(v.name, v.kind) for v in article.venues] == [
        ("Astana", VenueKind.CITY),  # the name the cities table gives, not GeoNames' Nur-Sultan
        ("Brussels", VenueKind.CITY),
    ]


def test_lakes_seas_and_rivers_are_venues() -> None:
    article = _parse(
        "A new port on the shore of Lake Sevan will serve the Aral Sea basin and barges on the Syr Darya."
    )
    assert [(v.name, v.kind) for v in article.venues] == [
        ("Lake Sevan", VenueKind.OTHER),
        ("Aral Sea", VenueKind.OTHER),
        ("Syr Darya", VenueKind.OTHER),
    ]
    assert article.persons == ()
    assert article.organizations == ()


def test_known_companies_and_parliaments_and_a_body_before_a_title() -> None:
    article = _parse(
        "Rosatom will build the plant, and Kazatomprom will supply the fuel. The deal was signed by "
        "European Council President Antonio Costa before a Bundestag vote."
    )
    bodies = ["Rosatom", "Kazatomprom", "European Council", "Bundestag"]
    assert [o.name for o in article.organizations] == bodies
    assert [p.name for p in article.persons] == ["Antonio Costa"]


def test_a_compass_point_alone_is_no_place() -> None:
    article = _parse("Kazakhstan will not choose between East and West, the minister said in Astana.")
    assert [v.name for v in article.venues] == ["Kazakhstan", "Astana"]


def test_a_head_word_after_a_guessed_place_tells_its_kind_wherever_it_is_written() -> None:
    article = _parse(
        "Wind farm opens in Surkhandarya\n\nThe president opened the plant in the Surkhandarya region "
        "and later received the envoy at the Yangiobod residence. Ships cross the Caspian Sea."
    )
    assert [(v.name, v.kind) for v in article.venues] == [
        ("Surkhandarya", VenueKind.REGION),
        ("Yangiobod", VenueKind.BUILDING),
        ("Caspian Sea", VenueKind.OTHER),
    ]


def test_a_dateline_place_in_capitals_that_no_gazetteer_knows_is_named_in_its_normal_case() -> None:
    article = eventkit.parse_article(
        " date 2026-10-07 Leaders meet in Azerbaijan\n\n"
        "GABALA, Azerbaijan, Oct 7 (Reuters) - Ilham Aliyev met Recep Tayyip Erdogan on Wednesday.\n",
        language="en",
    )
    assert [v.name for v in article.venues] == ["Azerbaijan", "Gabala"]


def test_a_known_body_with_in_a_place_in_its_name_is_one_body_and_no_venue() -> None:
    article = _parse(
        "Sergiy Kyslytsya spoke at the Organization for Security and Co-operation in Europe in "
        "Vienna, and then flew to a summit of the Organization of Turkic States in Baku."
    )
    assert [o.name for o in article.organizations] == [
        "Organization for Security and Co-operation in Europe",
        "Organization of Turkic States",
    ]
    assert [v.name for v in article.venues] == ["Vienna", "Baku"]


def test_a_title_of_the_country_s_longer_name_before_a_name_is_a_role_with_the_country() -> None:
    article = _parse(
        "President of the Kyrgyz Republic Sadyr Japarov received Minister of Foreign Affairs of "
        "the Republic of Uzbekistan Bakhtiyor Saidov."
    )
    assert [(r.title, r.country) for r in _person(article, "Sadyr Japarov").roles] == [("President", "KG")]
    assert [(r.title, r.country) for r in _person(article, "Bakhtiyor Saidov").roles] == [
        ("Minister of Foreign Affairs", "UZ")
    ]


def test_a_ministry_s_field_with_international_is_part_of_the_title_not_a_body() -> None:
    article = _parse(
        "Saidov held talks with Federal Minister for European and International Affairs of the "
        "Republic of Austria Beate Meinl-Reisinger in Vienna."
    )
    assert [o.name for o in article.organizations] == []
    assert [(r.title, r.country) for r in _person(article, "Beate Meinl-Reisinger").roles] == [
        ("Federal Minister for European and International Affairs", "AT")
    ]


def test_a_churchman_s_rank_before_a_name_is_a_role_not_a_body() -> None:
    article = _parse(
        "The minister later met Cardinal Matteo Rinaldi and Archbishop John Peter Walsh, "
        "who leads the diocese, in Rome."
    )
    assert [o.name for o in article.organizations] == []
    assert [r.title for r in _person(article, "Matteo Rinaldi").roles] == ["Cardinal"]
    assert [r.title for r in _person(article, "John Peter Walsh").roles] == ["Archbishop"]


def test_a_regnal_numeral_is_part_of_the_name_and_the_name_alone_is_the_same_person() -> None:
    article = _parse(
        "King Charles III received the president at the palace. Charles later thanked him. "
        "Phase II of the project begins in May."
    )
    charles = _person(article, "Charles III")
    assert (charles.given_name, charles.family_name) == ("Charles", None)
    assert [m.text for m in charles.mentions] == ["Charles III", "Charles"]
    assert "Phase II" not in [p.name for p in article.persons]


def test_a_name_after_a_title_that_names_a_body_of_a_country_is_a_person() -> None:
    article = _parse(
        "Chairman of the Cabinet of Ministers of Kyrgyzstan Temir Asanov opened the plant. "
        "Asanov said it would employ 300 people."
    )
    asanov = _person(article, "Temir Asanov")
    assert [m.text for m in asanov.mentions] == ["Temir Asanov", "Asanov"]
    assert all("Asanov" not in o.name for o in article.organizations)


def test_a_plural_title_before_coordinated_names_is_each_one_s_role() -> None:
    article = _parse("In 2024 Presidents Amir Karimov and Ruslan Tokov signed the treaty in Baku.")
    assert [p.name for p in article.persons] == ["Amir Karimov", "Ruslan Tokov"]
    assert [r.title for p in article.persons for r in p.roles] == ["President", "President"]


def test_a_korean_name_with_a_hyphened_given_name_is_named_by_its_first_word_alone() -> None:
    article = _parse(
        "Spokesperson Choi Min-seo said the summit went well. Later Choi said a date was not set."
    )
    choi = _person(article, "Choi Min-seo")
    assert (choi.given_name, choi.family_name) == ("Min-seo", "Choi")
    assert [m.text for m in choi.mentions] == ["Choi Min-seo", "Choi"]
    assert [p.name for p in article.persons] == ["Choi Min-seo"]


def test_a_family_name_the_tagger_reads_as_a_place_stays_with_the_given_name() -> None:
    article = _parse(
        "On Monday she met Kazakh President Kassym-Jomart Tokayev and Uzbek Foreign Minister "
        "Bakhtiyor Saidov in Tashkent."
    )
    assert [p.name for p in article.persons] == ["Kassym-Jomart Tokayev", "Bakhtiyor Saidov"]
    assert [v.name for v in article.venues] == ["Tashkent"]


def test_a_document_named_with_of_on_or_for_is_no_body() -> None:
    article = _parse(
        "The two ministers signed a Plan of Joint Actions and the Treaty of Good Neighbourliness. "
        "The agency welcomed the Roadmap."
    )
    assert [o.name for o in article.organizations] == []
    assert [v.name for v in article.venues] == []


def test_a_foreign_palace_s_name_is_a_building_and_the_holy_see_a_body() -> None:
    article = _parse(
        "The envoy met officials of the Holy See and spoke at the Palais des Nations before "
        "visiting the Vatican Museums and Palazzo Madama."
    )
    assert [o.name for o in article.organizations] == ["Holy See"]
    assert [(v.name, v.kind) for v in article.venues] == [
        ("Palais des Nations", VenueKind.BUILDING),
        ("Vatican Museums", VenueKind.BUILDING),
        ("Palazzo Madama", VenueKind.BUILDING),
    ]
    assert article.persons == ()


def test_an_international_body_s_acronym_before_a_council_s_name_is_one_body() -> None:
    article = _parse("The envoys met at a session of the UN Human Rights Council in Geneva on Monday.")
    assert [o.name for o in article.organizations] == ["UN Human Rights Council"]


def test_a_word_the_text_names_as_a_place_is_no_person_without_a_title_or_a_verb_of_speech() -> None:
    article = _parse(
        "The ministers met in the Kyrgyz city of Batken. Later he said a road between Batken and "
        "the Tajik town of Isfara would open."
    )
    assert article.persons == ()
    assert [v.name for v in article.venues] == ["Batken", "Isfara"]


def test_a_cabinet_named_inside_a_head_of_government_s_title_is_part_of_the_title() -> None:
    article = _parse(
        "Uzbek Cabinet Chairman Timur Nazarov met Chairman of the Cabinet of Ministers of "
        "Kyrgyzstan Aibek Osmonov. The Cabinet of Ministers approved the plan."
    )
    assert [r.title for r in _person(article, "Timur Nazarov").roles] == ["Cabinet Chairman"]
    assert [(r.title, r.country) for r in _person(article, "Aibek Osmonov").roles] == [
        ("Chairman of the Cabinet of Ministers", "KG")
    ]
    assert [o.name for o in article.organizations] == ["Cabinet of Ministers"]


def test_a_mission_named_in_capitals_is_a_body_when_it_is_opened_too() -> None:
    article = _parse(
        "The minister took part in the opening of the Honorary Consulate of Chile in Almaty. "
        "The Consulate General of Peru will be opened in May. The Embassy of Chile opened an "
        "exhibition on Monday. The ambassador will open an honorary consulate of Peru in Osh."
    )
    assert [o.name for o in article.organizations] == [
        "Honorary Consulate of Chile",
        "Consulate General of Peru",
        "Embassy of Chile",
    ]


def test_a_gathering_named_like_a_body_is_no_body_when_the_text_makes_it_an_event() -> None:
    article = _parse(
        "The president accepted an invitation to the Lisbon Ocean Forum. The Congress of Young "
        "Scientists, which Almaty will host in June, is open to all. The Congress of Deputies "
        "voted on Monday. On Friday he attended the opening of the Kazakh-Italian Business Forum."
    )
    assert [o.name for o in article.organizations] == ["Congress of Deputies"]


def test_a_body_s_name_goes_on_with_the_members_of_the_known_body_it_ends_in() -> None:
    article = _parse(
        "She addressed the Inter-Parliamentary Assembly of the SCO member states in Minsk. The "
        "Council of Defence Ministers of the CIS member countries met on Friday."
    )
    assert [o.name for o in article.organizations] == [
        "Inter-Parliamentary Assembly of the SCO member states",
        "Council of Defence Ministers of the CIS member countries",
    ]


def test_a_body_s_head_in_the_plural_names_no_body() -> None:
    article = _parse(
        "The ministers signed a plan of consultations between the Ministries of Foreign Affairs "
        "of the two countries. The Embassies of Peru and Chile issued a joint statement. The "
        "Armed Forces of Georgia held drills, and the Ministry of Defence of Georgia said so."
    )
    assert [o.name for o in article.organizations] == [
        "Armed Forces of Georgia",
        "Ministry of Defence of Georgia",
    ]


def test_religious_and_academic_ranks_before_a_name_are_titles() -> None:
    article = _parse(
        "Supreme Leader Ayatollah Reza Karimi received Chief Mufti Nurlan Sadykov and Professor "
        "Anna Lind on Monday."
    )
    assert [(p.name, [r.title for r in p.roles]) for p in article.persons] == [
        ("Reza Karimi", ["Supreme Leader"]),
        ("Nurlan Sadykov", ["Chief Mufti"]),
        ("Anna Lind", ["Professor"]),
    ]


def test_a_name_after_a_title_for_or_to_a_body_or_of_a_body_of_a_country_is_no_part_of_the_body() -> None:
    article = _parse(
        "Spokesperson for the European Commission Laura Conti said on Monday that Chairman of the "
        "National Bank of Kazakhstan Erlan Tulegenov would attend. The minister invited the "
        "pontiff to the Congress of Young Scientists."
    )
    assert [p.name for p in article.persons] == ["Laura Conti", "Erlan Tulegenov"]
    assert [o.name for o in article.organizations] == [
        "European Commission",
        "National Bank of Kazakhstan",
        "Congress of Young Scientists",
    ]


def test_a_name_after_a_title_of_a_body_is_the_person_with_that_title_at_the_body() -> None:
    article = _parse(
        "He met Director General of the International Atomic Energy Agency Marco Bellini and "
        "Executive Secretary of the CIS Sergei Orlov on Monday."
    )
    roles = {
        p.name: [(r.title, o.name) for r in p.roles for o in article.organizations if o.id == r.organization]
        for p in article.persons
    }
    assert roles == {
        "Marco Bellini": [("Director General", "International Atomic Energy Agency")],
        "Sergei Orlov": [("Executive Secretary", "CIS")],
    }


def test_an_ambassador_s_full_title_and_a_plural_title_are_no_names_or_bodies() -> None:
    article = _parse(
        "The minister received Ambassador Extraordinary and Plenipotentiary of Peru Luis Ortega "
        "and thanked Ambassadors Anna Lind and Tomas Varga for their work."
    )
    assert [p.name for p in article.persons] == ["Luis Ortega", "Anna Lind", "Tomas Varga"]
    assert article.organizations == ()


def test_a_name_word_before_a_document_s_word_and_the_rest_of_a_document_s_name_are_no_names() -> None:
    article = _parse(
        "The sides adopted an Action Plan for 2026-2028 and signed the Treaty on Eternal "
        "Friendship in Bishkek."
    )
    assert article.persons == ()
    assert article.organizations == ()


def test_one_name_word_before_a_thing_s_common_noun_is_no_person() -> None:
    article = _parse(
        "Nurlan Bekov and Aibek Sadykov discussed Chevron's Tengiz project on Monday. Later "
        "the Bekov visit was called short, Bekov said."
    )
    assert "Tengiz" not in [p.name for p in article.persons]
    assert [m.text for m in _person(article, "Nurlan Bekov").mentions] == ["Nurlan Bekov", "Bekov", "Bekov"]


def test_a_family_name_alone_that_the_tagger_reads_as_a_place_is_the_person_named_in_full() -> None:
    article = _parse(
        "Turkish Foreign Minister Kemal Aydin met his Iraqi counterpart. Aydin, Turkey's top "
        "diplomat, later flew to Ankara."
    )
    assert [m.text for m in _person(article, "Kemal Aydin").mentions] == ["Kemal Aydin", "Aydin"]
    assert [v.name for v in article.venues] == ["Turkey", "Ankara"]


def test_a_style_of_address_is_no_name_and_no_body() -> None:
    article = _parse(
        'Her Royal Highness Princess Anne met the envoy. "The Holy Father listened," the envoy said.'
    )
    assert [p.name for p in article.persons] == ["Anne"]
    assert article.organizations == ()


def test_a_middle_initial_is_part_of_the_name_and_left_out_of_its_canonical_form() -> None:
    article = _parse(
        "President Kassym-Jomart K. Tokayev met John F. Miller on Monday. Tokayev said the talks "
        "on Plan B. Miller agreed."
    )
    tokayev = _person(article, "Kassym-Jomart Tokayev")
    assert [m.text for m in tokayev.mentions] == ["Kassym-Jomart K. Tokayev", "Tokayev"]
    assert [m.text for m in _person(article, "John Miller").mentions] == ["John F. Miller", "Miller"]


def test_the_astana_financial_centre_is_a_body() -> None:
    article = eventkit.parse_article(
        "Visit\n\nThe minister met the leadership of the Astana International Financial Centre on Monday.",
        language="en",
        published="2026-05-12",
    )
    assert [o.name for o in article.organizations] == ["Astana International Financial Centre"]
    assert not any(v.name.startswith("Astana International") for v in article.venues)


def test_a_long_title_of_a_chamber_of_a_countrys_parliament_before_a_name() -> None:
    article = _parse(
        "Lavrov met Speaker of the Milli Majlis of Azerbaijan Rauf Mammadov on Monday. Chairman "
        "of the Assembly of Representatives of the Majlisi Oli of Tajikistan Farid Nazarov "
        "attended the session."
    )
    assert {"Rauf Mammadov", "Farid Nazarov"} <= {p.name for p in article.persons}
    assert [o.name for o in article.organizations] == [
        "Milli Majlis of Azerbaijan",
        "Assembly of Representatives of the Majlisi Oli of Tajikistan",
        "Majlisi Oli of Tajikistan",
    ]


def test_a_compass_compound_and_a_peoples_family_adjective_are_no_places() -> None:
    article = _parse(
        "Aliyev, Tokayev discuss transit at Turkic summit\n\nThe ministers will sign a roadmap on "
        "the North-South transport corridor in Baku, he said."
    )
    assert [v.name for v in article.venues] == ["Baku"]


def test_a_name_before_a_buildings_head_in_lower_case_is_the_building() -> None:
    article = _parse(
        "The talks were held at the Friendship palace in Dushanbe. Wang met the ministers at the "
        "Kokhi Somon palace."
    )
    assert [(v.name, v.kind.value) for v in article.venues if v.kind.value == "building"] == [
        ("Friendship", "building"),
        ("Kokhi Somon", "building"),
    ]
    assert article.organizations == ()


def test_a_kazakh_or_uzbek_head_of_a_city_is_a_title_before_a_name() -> None:
    article = _parse(
        "The minister will travel to Almaty, where she will meet Akim of Almaty Nurlan Beisenov. "
        "Hokim of Bukhara region Timur Alimov met the guests."
    )
    assert [p.name for p in article.persons] == ["Nurlan Beisenov", "Timur Alimov"]


def test_a_leader_named_later_by_the_name_the_officials_list_gives_is_the_same_person() -> None:
    article = _parse(
        "Malaysian Prime Minister Anwar Ibrahim arrived in Hanoi on Monday. Anwar later met business leaders."
    )
    assert [p.name for p in article.persons] == ["Anwar Ibrahim"]
    assert len(article.persons[0].mentions) == 2


def test_a_centre_with_a_remit_after_for_is_a_body_and_one_without_a_building() -> None:
    article = _parse(
        "Karimova, an analyst at the Centre for Regional Studies in Bishkek, disagrees. The forum "
        "opened at the Congress Centre in Astana."
    )
    assert [o.name for o in article.organizations] == ["Centre for Regional Studies"]
    assert "Congress Centre" in [v.name for v in article.venues]


def test_a_title_of_a_chamber_named_after_its_parliament_is_at_the_chamber() -> None:
    article = _parse("The guest met Chairperson of the Senate of the Oliy Majlis Dilnoza Karimova.")
    person = _person(article, "Dilnoza Karimova")
    bodies = {o.id: o.name for o in article.organizations}
    assert [(r.title, bodies.get(r.organization or "")) for r in person.roles] == [
        ("Chairperson", "Senate of the Oliy Majlis")
    ]
    assert sorted(bodies.values()) == ["Oliy Majlis", "Senate of the Oliy Majlis"]


def test_a_press_office_is_the_source_of_its_news_and_no_body() -> None:
    article = _parse(
        "The two ministers discussed a new rail link, the Ruritanian Foreign Ministry Press Office "
        "said. Talks will resume in May, according to the Ruritanian presidential press service."
    )
    names = [o.name for o in article.organizations]
    assert not [n for n in names if "press" in n.lower()]
    assert any("Press Office" in s.name for s in article.info_sources)


def test_a_body_whose_name_ends_in_a_press_office_s_letters_stays_a_body() -> None:
    # "Express Service" ends in the letters of "press service", not in its words
    article = _parse("Avaza Express Service said on Tuesday it would open a new ferry line to Baku.")
    assert [o.name for o in article.organizations] == ["Avaza Express Service"]


def test_the_government_in_its_head_s_title_is_no_body_also_before_a_second_title() -> None:
    article = _parse(
        "The memorandum was signed by Deputy Chairman of the Cabinet of Ministers, Foreign Minister "
        "of Turkmenistan Batyr Orazov. He will meet Chairman of the Russian Government Oleg Petrov "
        "and Chairman of the Cabinet of Ministers – Head of the Presidential Administration of the "
        "Kyrgyz Republic Aibek Osmonov."
    )
    assert [o.name for o in article.organizations] == ["Presidential Administration of the Kyrgyz Republic"]
    assert [p.name for p in article.persons] == ["Batyr Orazov", "Oleg Petrov", "Aibek Osmonov"]


def test_an_agency_named_as_the_source_is_no_place() -> None:
    article = _parse("The ministers signed the plan in Ashgabat on Monday, Trend reports.")
    assert [v.name for v in article.venues] == ["Ashgabat"]


def test_a_countrys_last_word_alone_is_that_country_beside_its_full_name() -> None:
    article = _parse(
        "South Korea will host the forum. Exports from Korea grew in May, the minister said in Busan."
    )
    korea = [v for v in article.venues if v.kind is VenueKind.COUNTRY]
    assert [(v.name, [m.text for m in v.mentions]) for v in korea] == [
        ("South Korea", ["South Korea", "Korea"])
    ]
    assert "Korea" not in [v.name for v in article.venues]
