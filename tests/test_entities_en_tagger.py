"""The English recognizer's learned tagger, and what it adds to the rules.

The sentences are our own, written for these tests. The shipped weights are the ones trained on
the CoNLL-2003 train split; tests that name what they find hold for those weights.
"""

from __future__ import annotations

import gzip

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventkit
from eventkit import Article, EventkitError
from eventkit.entities.en._recognizer import token_marks
from eventkit.entities.en._tagger import TAGS, iob2, read, shape, shared_tagger, spans, train, write


def _parse(text: str) -> Article:
    return eventkit.parse_article(text, language="en", published="2026-05-12")


def _tag(sentence: str) -> list[tuple[str, str]]:
    tagger = shared_tagger()
    assert tagger is not None, "the shipped weights are missing"
    words = sentence.split()
    return [(kind, " ".join(words[a:b])) for kind, a, b in spans(tagger.tag(words, token_marks(words)))]


def test_shape_squeezes_runs() -> None:
    assert [shape(w) for w in ("Putin", "U.S.", "1996", "NATO", "al-Sisi", "3-1")] == [
        "Xx",
        "X.X.",
        "d",
        "X",
        "x-Xx",
        "d-d",
    ]


def test_iob1_tags_become_iob2_and_runs() -> None:
    tags = iob2(["I-ORG", "I-ORG", "O", "I-PER", "B-PER", "I-LOC"])
    assert tags == ["B-ORG", "I-ORG", "O", "B-PER", "B-PER", "B-LOC"]
    assert spans(tags) == [("ORG", 0, 2), ("PER", 3, 4), ("PER", 4, 5), ("LOC", 5, 6)]


def test_the_shipped_tagger_reads_a_wire_sentence() -> None:
    found = _tag("Foreign Minister Sergei Lavrov met NATO chief Mark Rutte in Brussels on Tuesday .")
    assert found == [("PER", "Sergei Lavrov"), ("ORG", "NATO"), ("PER", "Mark Rutte"), ("LOC", "Brussels")]


def test_the_tagger_is_deterministic() -> None:
    sentence = (
        "Shares of Frontier Metals Corp rose in New York after the Asian Development Bank "
        "said it would lend ."
    )
    assert _tag(sentence) == _tag(sentence)


def test_lexicon_marks_places_given_names_titles_and_bodies() -> None:
    words = "President Sergei Lavrov visited Saudi Arabia and the IAEA in Vienna"
    marks = token_marks(words.split())
    assert marks[0] == "T"  # a title word
    assert "G" in marks[1]  # a given name
    assert marks[4].startswith("PcB")  # a country of two words
    assert marks[5] == "PcI"
    assert marks[2] == marks[6] == "-"
    assert marks[8].endswith("Ob")  # an international body's acronym (and a known body: AB)
    assert marks[10].startswith("Pc")


def test_training_learns_and_is_deterministic(tmp_path: object) -> None:
    sentences = [
        (["Lavrov", "met", "Wang", "in", "Moscow"], ["B-PER", "O", "B-PER", "O", "B-LOC"]),
        (["Putin", "flew", "to", "Cairo"], ["B-PER", "O", "O", "B-LOC"]),
        (["Gazprom", "said", "Moscow", "agreed"], ["B-ORG", "O", "B-LOC", "O"]),
    ] * 4
    data = [(w, token_marks(w), t) for w, t in sentences]
    first = train(data, epochs=5, minimum=1)
    assert first == train(data, epochs=5, minimum=1)
    tagger = read(_written(first))
    words = ["Lavrov", "flew", "to", "Moscow"]
    assert tagger.tag(words, token_marks(words)) == ["B-PER", "O", "O", "B-LOC"]


def _written(weights: dict[str, list[float]]) -> bytes:
    import os
    import tempfile

    fd, path = tempfile.mkstemp(suffix=".json.gz")
    os.close(fd)
    try:
        write(weights, path)
        with open(path, "rb") as f:
            return f.read()
    finally:
        os.unlink(path)


def test_weights_that_are_not_weights_are_refused() -> None:
    with pytest.raises(EventkitError, match="unreadable"):
        read(b"not gzip at all")
    with pytest.raises(EventkitError, match="other tags"):
        read(gzip.compress(b'{"tags": ["O", "B-X"], "weights": {}}'))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["Lavrov", "met", "NATO", "in", "Brussels", ".", "of", "Bank", "the"])))
def test_tags_are_well_formed(words: list[str]) -> None:
    tagger = shared_tagger()
    assert tagger is not None
    tags = tagger.tag(words, token_marks(words))
    assert len(tags) == len(words)
    assert all(t in TAGS for t in tags)
    for prev, tag in zip(["O", *tags], tags, strict=False):
        if tag.startswith("I-"):
            assert prev[2:] == tag[2:]


def test_organizations_the_rules_do_not_know() -> None:
    article = _parse(
        "Uranium deal\n\n"
        "TASHKENT, May 12 (Reuters) - Kazakh state uranium producer Kazatomprom and Orano, the French "
        "nuclear group, signed a supply deal with Frontier Metals Corp of Denver on Tuesday.\n\n"
        "Financing comes from the European Bank for Reconstruction and Development (EBRD). "
        "The EBRD said last month it would lend up to $300 million."
    )
    orgs = {o.name: o for o in article.organizations}
    ebrd = "European Bank for Reconstruction and Development"
    assert {"Kazatomprom", "Orano", "Frontier Metals Corp", ebrd} <= set(orgs)
    assert "EBRD" not in orgs  # the acronym is the bank named in full
    assert orgs["European Bank for Reconstruction and Development"].aliases == ("EBRD",)
    assert {v.name for v in article.venues} >= {"Tashkent", "Denver"}
    assert not article.persons


def test_titles_and_adjectives_are_not_bodies() -> None:
    article = _parse(
        "Talks in Tokyo\n\n"
        '"Uzbekistan is an important partner for Japan," Chief Cabinet Secretary Minoru Kihara told '
        "a news conference, the first such remark by a Central Asian partner this year."
    )
    assert [p.name for p in article.persons] == ["Minoru Kihara"]
    assert not {"Chief Cabinet", "Central Asian"} & {o.name for o in article.organizations}


def test_a_titles_field_is_no_part_of_the_name() -> None:
    article = _parse(
        "Pipeline\n\n"
        "Afghanistan's acting Minister of Mines and Petroleum Hedayatullah Badri attended the ceremony. "
        '"We have waited for this day for thirty years," Badri said.'
    )
    assert [(p.name, [m.text for m in p.mentions]) for p in article.persons] == [
        ("Hedayatullah Badri", ["Hedayatullah Badri", "Badri"])
    ]


def test_two_family_names_joined_by_and_are_no_body() -> None:
    article = _parse(
        "Talks\n\n"
        "Foreign Minister Johan Pettersen will travel to Oslo next week for talks with his Omani "
        "counterpart Salim Albusaidi. Albusaidi and Pettersen last met in Oslo in October."
    )
    assert {p.name for p in article.persons} == {"Johan Pettersen", "Salim Albusaidi"}
    assert not article.organizations


def test_a_family_name_with_its_particle_after_a_bodys_title() -> None:
    article = _parse(
        "Loan\n\n"
        "The deal was signed by Finance Minister Rashid Karimov and President of the Islamic "
        "Development Bank Muhammad Al Jasser, who is in Tashkent on a visit. M. Al Jasser noted "
        "that the bank's portfolio has grown."
    )
    assert {p.name for p in article.persons} == {"Rashid Karimov", "Muhammad Al Jasser"}
    assert [o.name for o in article.organizations] == ["Islamic Development Bank"]


def test_a_bodys_head_alone_is_the_body_named_before() -> None:
    article = _parse(
        "Loan\n\n"
        "Uzbekistan signed a loan with the Asian Development Bank on Monday. The head of the Bank "
        "said the Bank's portfolio in the country had doubled."
    )
    assert [(o.name, len(o.mentions)) for o in article.organizations] == [("Asian Development Bank", 3)]


def test_a_body_in_a_title_before_a_second_title_is_no_body() -> None:
    article = _parse(
        "Visit\n\n"
        "Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of Turkmenistan "
        "Rashid Meredov met the visiting minister in Ashgabat on Monday."
    )
    assert [p.name for p in article.persons] == ["Rashid Meredov"]
    assert not article.organizations


def test_celebrations_and_a_forum_to_be_held_are_no_bodies() -> None:
    article = _parse(
        "Culture\n\n"
        "The Days of Culture of Georgia in Armenia opened on Monday in Yerevan. On Friday, the two "
        "ministers will open the Week of Armenian Cinema in Tbilisi and prepare the Yerevan Economic "
        "Forum, which will be held in June."
    )
    assert not article.organizations
    assert {v.name for v in article.venues} == {"Georgia", "Armenia", "Yerevan", "Tbilisi"}


def test_a_title_and_a_name_after_the_verb_are_a_person() -> None:
    article = _parse(
        "Power\n\n"
        '"This is a good start," said EU Energy Commissioner Dan Jorgensen. Jorgensen will fly to Baku.'
    )
    assert [(p.name, [r.title for r in p.roles]) for p in article.persons] == [
        ("Dan Jorgensen", ["Energy Commissioner"])
    ]


def test_a_general_staff_in_a_title_is_no_name() -> None:
    article = _parse(
        "Defence\n\nThe minister also met Chief of General Staff General Aydin Korkmaz, the ministry said."
    )
    assert [p.name for p in article.persons] == ["Aydin Korkmaz"]
    assert "Staff" not in {o.name for o in article.organizations}


def test_a_name_after_the_city_of_is_a_place() -> None:
    article = _parse(
        "Visit\n\n"
        "On the same day, the guest took part in the opening of a school in the city of Mary "
        "built with the fund's money."
    )
    assert not article.persons
    assert [(v.name, v.kind.value) for v in article.venues] == [("Mary", "city")]


def test_a_philharmonic_hall_named_after_a_person_is_one_place() -> None:
    article = _parse(
        "Concert\n\n"
        "The festival opened on Friday at the Abai Kunanbayev Kazakh National Philharmonic with "
        "a concert of folk music."
    )
    assert not article.organizations
    assert [(v.name, v.kind.value) for v in article.venues] == [
        ("Abai Kunanbayev Kazakh National Philharmonic", "building")
    ]


def test_a_known_acronym_before_a_council_is_one_body() -> None:
    article = _parse(
        "Ministers\n\n"
        "The two ministers met on the sidelines of the session of the CSTO Council of Defence "
        "Ministers in Minsk on Tuesday."
    )
    assert [o.name for o in article.organizations] == ["CSTO Council of Defence Ministers"]


def test_the_head_of_state_is_no_place() -> None:
    article = _parse(
        "Credentials\n\n"
        "ASTANA – Addressing the envoys after the ceremony, the Head of State noted that Kazakhstan "
        "is ready to expand trade with each of their countries."
    )
    assert [v.name for v in article.venues] == ["Astana", "Kazakhstan"]


def test_a_place_after_a_hyphen_is_read_whole() -> None:
    article = _parse("Summit\n\nThe leaders met in Astana at the first EU-Central Asia summit on Friday.")
    venues = {v.name: v for v in article.venues}
    assert set(venues) == {"Astana", "Central Asia"}
    assert [m.text for m in venues["Central Asia"].mentions] == ["Central Asia"]


def test_a_routes_two_towns_are_two_places() -> None:
    article = _parse(
        "Roads\n\n"
        "The bank will finance the Bukhara–Gazli highway and the Khujand-Isfara road, the ministry said."
    )
    assert {v.name for v in article.venues} >= {"Bukhara", "Gazli", "Khujand", "Isfara"}
    assert not any("-" in v.name or "–" in v.name for v in article.venues)


def test_two_family_names_joined_by_and_are_mentions_of_those_persons() -> None:
    article = _parse(
        "Talks\n\n"
        "Foreign Minister Johan Pettersen will travel to Muscat next week for talks with his Omani "
        "counterpart Salim Albusaidi. Albusaidi and Pettersen last met in Oslo in October."
    )
    mentions = {p.name: [m.text for m in p.mentions] for p in article.persons}
    assert mentions == {
        "Johan Pettersen": ["Johan Pettersen", "Pettersen"],
        "Salim Albusaidi": ["Salim Albusaidi", "Albusaidi"],
    }


def test_a_rank_before_general_and_a_chairperson_are_titles() -> None:
    article = _parse(
        "Defence\n\n"
        "Defence Minister Lieutenant General Bakhtiyor Kurbanov met Rear Admiral Li Wei. "
        "He later met Chairperson of the Senate Aigul Serikova and Field Marshal Tariq Anwar."
    )
    names = [p.name for p in article.persons]
    assert names == ["Bakhtiyor Kurbanov", "Li Wei", "Aigul Serikova", "Tariq Anwar"]


def test_a_body_named_by_two_fields_joined_by_and_is_one_body() -> None:
    article = _parse(
        "Trade\n\nThe fair was run by the Latvian Investment and Export Agency, and Aibek Sarsenov "
        "and Foreign Ministry officials attended it."
    )
    names = {o.name for o in article.organizations}
    assert names == {"Latvian Investment and Export Agency", "Foreign Ministry"}
    assert [p.name for p in article.persons] == ["Aibek Sarsenov"]


def test_a_joint_body_of_two_parties_goes_on_past_and_the() -> None:
    article = _parse(
        "Loan\n\nThe Joint Steering Committee of Tajikistan and the Asian Development Bank will meet "
        "in May. The Ministry of Finance of Tajikistan and the Embassy of Japan held a reception."
    )
    names = {o.name for o in article.organizations}
    assert "Joint Steering Committee of Tajikistan and the Asian Development Bank" in names
    assert {"Ministry of Finance of Tajikistan", "Embassy of Japan"} <= names


def test_the_groups_of_seven_and_20_are_bodies_and_the_global_south_is_none() -> None:
    article = _parse(
        "Summit\n\n"
        '"The Global South wants a fair deal," Modi said, adding that the proposals would go to '
        "the Group of 20 and the Group of Seven."
    )
    assert {o.name for o in article.organizations} == {"Group of 20", "Group of Seven"}
    assert [p.name for p in article.persons] == ["Narendra Modi"]
    assert not article.venues


def test_a_things_name_before_or_after_its_noun_is_no_body() -> None:
    article = _parse(
        "Drills\n\nThe two armies will hold the Steppe Alliance joint military exercise in May. "
        "The railway, known as TKR, would link the two ports, the Kazakh Defence Ministry said."
    )
    assert [o.name for o in article.organizations] == ["Kazakh Defence Ministry"]


def test_a_bodys_short_name_is_the_body_its_full_name_names() -> None:
    article = _parse(
        "Tokayev receives Federation Council Speaker Matviyenko\n\n"
        "The President received Chairperson of the Federation Council of the Federal Assembly of the "
        "Russian Federation Valentina Matviyenko. The Senate approved it, and the Senate of Uzbekistan "
        "and the Senate of Kazakhstan agreed."
    )
    names = [o.name for o in article.organizations]
    assert "Federation Council" not in names
    assert "Federation Council of the Federal Assembly of the Russian Federation" in names
    assert "Senate" in names  # two longer names: none is its own


def test_a_bodys_name_runs_to_its_owner_and_over_its_listed_fields() -> None:
    article = _parse(
        "Ministers\n\n"
        "The Council of Heads of Government of the Commonwealth of Independent States met, and the "
        "Ministry of Economy, Trade and Industry of Japan, the Embassy of the Republic of Korea and "
        "the Ministry of Energy and Rosatom signed it."
    )
    names = {o.name for o in article.organizations}
    assert names == {
        "Council of Heads of Government of the Commonwealth of Independent States",
        "Commonwealth of Independent States",
        "Ministry of Economy, Trade and Industry of Japan",
        "Embassy of the Republic of Korea",
        "Ministry of Energy",
        "Rosatom",
    }


def test_central_asian_parliaments_and_national_companies_are_bodies() -> None:
    article = _parse(
        "Railways\n\nThe Majlisi Oli approved the loan to Kazakhstan Temir Zholy and Uzbekistan Railways."
    )
    assert {o.name for o in article.organizations} == {
        "Majlisi Oli",
        "Kazakhstan Temir Zholy",
        "Uzbekistan Railways",
    }
    assert not article.persons


def test_a_documents_name_is_no_body() -> None:
    article = _parse(
        "Treaty\n\nThe presidents signed the Eternal Friendship Treaty and adopted the Joint Statement "
        "of the Heads of State, the Collective Security Treaty Organization said."
    )
    assert [o.name for o in article.organizations] == ["Collective Security Treaty Organization"]


def test_a_peoples_name_in_the_plural_is_no_person() -> None:
    article = _parse("Migrants\n\nKazakhs living abroad voted, and Uzbeks followed. Many Pakistanis left.")
    assert not article.persons


def test_a_leader_named_in_full_and_by_his_short_name_is_one_person() -> None:
    article = _parse(
        "Summit\n\nThe summit was attended by Brazilian President Luiz Inacio Lula da Silva and "
        "South African President Cyril Ramaphosa. Xi also met Lula on Wednesday."
    )
    lula = [p for p in article.persons if p.name == "Luiz Inacio Lula da Silva"]
    assert len(lula) == 1
    assert len(lula[0].mentions) == 2


def test_a_months_abbreviation_in_a_name_is_a_word_of_it() -> None:
    article = _parse(
        "Defence\n\nChinese Defence Minister Admiral Dong Jun and Foreign Minister Wang Yi arrived "
        "in Astana on Jun 5."
    )
    assert [p.name for p in article.persons] == ["Dong Jun", "Wang Yi"]


def test_two_words_of_a_bodys_field_before_of_are_no_person() -> None:
    article = _parse(
        "Investment\n\nThe State Committee on Investments and State Property Management of Tajikistan "
        "signed it, and the Organization of Turkic States Kubanychbek Omuraliev welcomed it."
    )
    names = {o.name for o in article.organizations}
    assert "State Committee on Investments and State Property Management of Tajikistan" in names
    assert [p.name for p in article.persons] == ["Kubanychbek Omuraliev"]


def test_an_acronym_in_brackets_and_a_long_known_name_are_one_body() -> None:
    article = _parse(
        "Aral\n\nThe International Fund for Saving the Aral Sea (IFAS) met in Dushanbe. The Tajik "
        "Foreign Ministry (MFA) said the MFA backed the plan."
    )
    orgs = {o.name: o for o in article.organizations}
    assert set(orgs) == {"International Fund for Saving the Aral Sea", "Tajik Foreign Ministry"}
    assert len(orgs["Tajik Foreign Ministry"].mentions) == 3
    assert not article.persons


def test_a_bodys_name_with_a_long_country_a_second_remit_and_a_hyphened_place() -> None:
    article = _parse(
        "Forum\n\nThe Ministry of Foreign Affairs of the People's Republic of China said the director "
        "of the Office of the Central Commission for Foreign Affairs would attend, and the "
        "China-Central Asia Secretariat agreed."
    )
    assert {o.name for o in article.organizations} == {
        "Ministry of Foreign Affairs of the People's Republic of China",
        "Office of the Central Commission for Foreign Affairs",
        "China-Central Asia Secretariat",
    }


def test_a_countrys_abbreviation_starts_a_body_and_rights_groups_are_bodies() -> None:
    article = _parse(
        "Trial\n\nHuman Rights Watch criticised the trial, and the U.S. Embassy in Astana "
        "and the U.K. Foreign Office said they followed it."
    )
    assert {o.name for o in article.organizations} == {
        "Human Rights Watch",
        "U.S. Embassy",
        "U.K. Foreign Office",
    }
    assert not article.persons


def test_a_body_under_the_president_keeps_it_in_its_name() -> None:
    article = _parse(
        "Report\n\nThe Institute for Strategic Studies under the President of the Kyrgyz Republic "
        "published a report, while the Committee for Tourism under the Cabinet of Ministers of "
        "Uzbekistan welcomed it."
    )
    assert {o.name for o in article.organizations} == {
        "Institute for Strategic Studies under the President of the Kyrgyz Republic",
        "Committee for Tourism under the Cabinet of Ministers of Uzbekistan",
    }


def test_a_combinat_and_an_invest_company_are_bodies_without_where_they_are_based() -> None:
    article = _parse(
        "Mining\n\nThe Uzbekistan-based Navoi Mining and Metallurgical Combinat and Kazakh Invest "
        "signed the deal, Kazakh Invest said."
    )
    assert {o.name for o in article.organizations} == {
        "Navoi Mining and Metallurgical Combinat",
        "Kazakh Invest",
    }
    assert not article.persons


def test_a_datelines_outlet_stays_apart_from_the_agency_named_in_full() -> None:
    article = _parse(
        "Talks\n\nBISHKEK, Kyrgyzstan (AP) — The spokesman told The Associated Press that the "
        "talks went well."
    )
    assert {o.name for o in article.organizations} == {"AP", "Associated Press"}


def test_a_leader_the_officials_list_knows_is_no_body() -> None:
    article = _parse("Paris\n\nThe Elysee said Macron would receive Tokayev at the Elysee Palace on Monday.")
    assert [p.name for p in article.persons] == ["Emmanuel Macron", "Kassym-Jomart Tokayev"]
    assert "Tokayev" not in {o.name for o in article.organizations}


def test_a_projects_name_and_a_titles_place_remit_are_no_body() -> None:
    article = _parse(
        "Energy\n\nThe minister received the Regional Director of the World Bank for Central Asia "
        "Tatiana Proskuryakova and discussed the Rogun hydropower project and the CASA-1000 project."
    )
    assert [o.name for o in article.organizations] == ["World Bank"]
    assert [p.name for p in article.persons] == ["Tatiana Proskuryakova"]


def test_a_missions_name_goes_on_to_where_it_is_sent() -> None:
    article = _parse(
        "Mission\n\nThe Permanent Mission of Kazakhstan to the United Nations and the Consulate "
        "General of Turkmenistan in Istanbul hosted it. Tokayev went to the United States."
    )
    names = {o.name for o in article.organizations}
    assert "Permanent Mission of Kazakhstan to the United Nations" in names
    assert "Consulate General of Turkmenistan" in names


def test_a_name_after_a_titles_country_it_is_sent_to_is_a_person() -> None:
    article = _parse(
        "Credentials\n\nThe Head of the Delegation of the European Union to Turkmenistan Diego Ruiz "
        "met the Ambassador of Japan to Kazakhstan Ichiro Sato."
    )
    assert [p.name for p in article.persons] == ["Diego Ruiz", "Ichiro Sato"]
    assert [o.name for o in article.organizations] == ["Delegation of the European Union to Turkmenistan"]


def test_two_name_words_the_tagger_reads_as_a_thing_are_a_person() -> None:
    article = _parse(
        "Samarkand\n\nHe will lay flowers at the mausoleum of Islam Karimov. The visit will end on Saturday."
    )
    assert [p.name for p in article.persons] == ["Islam Karimov"]


def test_a_family_name_alone_the_tagger_reads_as_a_body_is_the_person_named_in_full() -> None:
    article = _parse(
        "VILNIUS – Earlier in the day, the delegation held talks with Chairperson of the Senate of "
        "the Oliy Majlis Tanzila Narbaeva and Speaker Kwon Min-jae, after which Narbaeva and Kwon "
        "signed an agreement on inter-parliamentary cooperation."
    )
    mentions = {p.name: [m.text for m in p.mentions] for p in article.persons}
    assert mentions == {
        "Tanzila Narbaeva": ["Tanzila Narbaeva", "Narbaeva"],
        "Kwon Min-jae": ["Kwon Min-jae", "Kwon"],
    }
    assert "Narbaeva" not in [o.name for o in article.organizations]


def test_a_name_joined_by_and_to_a_body_is_a_body() -> None:
    article = _parse(
        "Deals\n\nThe leaders watched the signing of a supply contract between Orano and Kazatomprom. "
        "Under another deal, Hyundai and Uzbekistan's state carmaker UzAuto Motors will build a plant, "
        "and Rosatom and Uzatom will study a small reactor."
    )
    assert [o.name for o in article.organizations] == [
        "Orano",
        "Kazatomprom",
        "Hyundai",
        "UzAuto Motors",
        "Rosatom",
        "Uzatom",
    ]
    assert not article.persons
    assert [v.name for v in article.venues] == ["Uzbekistan"]


def test_a_person_joined_by_and_to_a_body_stays_a_person() -> None:
    article = _parse(
        "Talks\n\nKazakh President Kassym-Jomart Tokayev met NATO officials. Later Tokayev and the "
        "EBRD president discussed projects, and Wang Yi and Gazprom signed nothing."
    )
    assert [p.name for p in article.persons] == ["Kassym-Jomart Tokayev", "Wang Yi"]
    assert "Wang Yi" not in [o.name for o in article.organizations]


def test_a_titles_field_after_and_or_a_comma_is_no_body_nor_place() -> None:
    article = _parse(
        "Talks\n\nHungarian Minister of Foreign Affairs and Trade Peter Szabo met Minister of Investment, "
        "Industry and Trade Laziz Kudratov and the Minister of Industry and Trade Ivan Petrov. The Governor "
        "of Navoi and Samarkand officials met the Ambassador of Japan and Korea's envoy."
    )
    roles = {p.name: [r.title for r in p.roles] for p in article.persons}
    assert list(roles) == ["Peter Szabo", "Laziz Kudratov", "Ivan Petrov"]
    assert roles["Peter Szabo"] == ["Minister of Foreign Affairs and Trade"]
    assert roles["Ivan Petrov"] == ["Minister of Industry and Trade"]
    assert not article.organizations
    assert {"Navoi", "Samarkand", "Japan"} <= {v.name for v in article.venues}
    assert not {"Trade", "Industry"} & {v.name for v in article.venues}


def test_a_months_abbreviation_before_a_day_is_no_body() -> None:
    article = _parse(
        "Talks end\n\nROME, Dec 4 (Reuters) - Italian Prime Minister Giorgia Meloni will meet the Kazakh "
        "president on Jan 12 in Rome, the government said on Feb. 3."
    )
    assert [o.name for o in article.organizations] == ["Reuters"]
    assert [p.name for p in article.persons] == ["Giorgia Meloni"]


def test_the_words_of_a_documents_name_are_no_person_nor_body() -> None:
    article = _parse(
        "Consultations\n\nThe parties initialled the Agreement on Mutual Visa-Free Travel for Holders of "
        "Ordinary Passports and the Agreement on Mutual Legal Assistance in Criminal Matters, and Foreign "
        "Minister Ermek Kosherbayev said the Plan of Consultations with Wang Yi was ready."
    )
    assert [p.name for p in article.persons] == ["Ermek Kosherbayev", "Wang Yi"]
    assert not article.organizations
    assert not article.venues


def test_a_forum_a_named_person_is_invited_to_is_no_body() -> None:
    article = _parse(
        "Call\n\nDuring the call, Mirziyoyev invited Prime Minister Shehbaz Sharif to the Tashkent "
        "International Investment Forum, and Putin invited Lukashenko to the Council of Europe."
    )
    assert [o.name for o in article.organizations] == ["Council of Europe"]


def test_a_country_before_a_currencys_noun_is_no_venue() -> None:
    article = _parse(
        "Loan\n\nThe bank's portfolio in Turkmenistan exceeded 1.5 billion US dollars, and deals worth "
        "40 million U.S. dollars were signed in the United States."
    )
    assert [(v.name, [m.text for m in v.mentions]) for v in article.venues] == [
        ("Turkmenistan", ["Turkmenistan"]),
        ("United States", ["United States"]),
    ]


def test_a_name_before_a_state_residence_is_a_building() -> None:
    article = _parse(
        "Residence\n\nJaparov received the guests at the Ala-Archa state residence, and the leaders later "
        "met at the Yangi Uzbekistan presidential residence and at the Russian state residence."
    )
    assert [(v.name, v.kind.value) for v in article.venues] == [
        ("Ala-Archa", "building"),
        ("Yangi Uzbekistan", "building"),
    ]
    assert not article.organizations
