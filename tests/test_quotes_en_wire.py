"""English wire-style quotes and who said them: headlines, trailing attributions, pronouns, roles.

The articles are our own, written for these tests, and parsed as a user would parse them.
"""

from __future__ import annotations

import eventkit
from eventkit import Article, QuoteKind


def _parse(text: str) -> Article:
    return eventkit.parse_article(text, language="en", published="2026-04-21")


def _said(article: Article) -> list[tuple[str, str | None, str | None]]:
    names = {p.id: p.name for p in article.persons}
    return [(q.text, names.get(q.speaker or ""), q.cue) for q in article.quotes]


def test_a_headline_name_and_colon_is_a_quote_of_that_person() -> None:
    article = _parse(
        "Lavrov: Russia ready to host Caspian summit\n\n"
        "MOSCOW, April 21 (Reuters) - Russian Foreign Minister Sergei Lavrov met his Turkmen "
        "counterpart Rashid Meredov on Tuesday."
    )
    first = article.quotes[0]
    assert (first.text, first.kind, first.cue, first.paragraph) == (
        "Russia ready to host Caspian summit",
        QuoteKind.INDIRECT,
        None,
        None,
    )
    assert _said(article)[0][1] == "Sergei Lavrov"


def test_a_headline_colon_after_no_person_is_no_quote() -> None:
    article = _parse(
        "Caspian Summit: leaders agree on new shipping rules\n\n"
        "BAKU, April 21 (Reuters) - Leaders of the five Caspian states agreed on Tuesday on rules "
        "for shipping."
    )
    assert article.quotes == ()


def test_a_trailing_attribution_is_a_quote_of_a_person_not_of_a_body() -> None:
    article = _parse(
        "Talks in Astana\n\n"
        "ASTANA, April 21 (Reuters) - The two countries will sign a treaty on shared rivers in June, "
        "the Kazakh Foreign Ministry said on Tuesday.\n\n"
        "Trade grew by a fifth last year, presidential spokesman Berik Uali told reporters."
    )
    assert _said(article) == [("Trade grew by a fifth last year", "Berik Uali", "told")]


def test_said_before_a_name_and_a_clause_is_not_an_inverted_attribution() -> None:
    article = _parse(
        "Envoy to travel\n\n"
        "BAKU, March 17 (Reuters) - U.S. special envoy Steve Witkoff held talks in Baku on Tuesday.\n\n"
        "Hikmet Hajiyev, a foreign policy adviser to the president, said Witkoff would travel to Yerevan "
        "on Thursday. The first stations will be installed next year, said Sulton Rahimzoda, head of the "
        "Committee for Environmental Protection."
    )
    assert _said(article) == [
        ("Witkoff would travel to Yerevan on Thursday", "Hikmet Hajiyev", "said"),
        ("The first stations will be installed next year", "Sulton Rahimzoda", "said"),
    ]


def test_a_time_between_the_cue_and_the_speech_is_not_speech() -> None:
    article = _parse(
        "Loan\n\n"
        "Central bank governor Timur Suleimenov said last month the bank would cut rates. "
        "Finance Minister Madi Takiyev said on Tuesday that the budget was balanced."
    )
    texts = [q.text for q in article.quotes]
    assert texts == ["the bank would cut rates", "the budget was balanced"]


def test_he_is_the_last_person_named_even_of_an_unknown_gender() -> None:
    article = _parse(
        "Nuclear fuel\n\n"
        "TASHKENT, May 12 (Reuters) - President Shavkat Mirziyoyev met French Foreign Minister "
        "Jean-Noel Barrot in Tashkent.\n\n"
        '"Our companies will come with long-term contracts, not promises," Barrot said. He said a '
        "French company would open an office in Tashkent."
    )
    assert [s for _, s, _ in _said(article)] == ["Jean-Noel Barrot", "Jean-Noel Barrot"]


def test_the_kazakh_leader_is_the_president_of_kazakhstan() -> None:
    article = _parse(
        "Water talks\n\n"
        "ASTANA, Kazakhstan (AP) — Kazakh President Kassym-Jomart Kemelevich Tokayev hosted Kyrgyz "
        "President Sadyr Japarov in Astana on Wednesday.\n\n"
        "The Kazakh leader noted that trade between the two countries had grown by a fifth last year."
    )
    assert _said(article) == [
        ("trade between the two countries had grown by a fifth last year", "Kassym-Jomart Tokayev", "noted")
    ]
    assert [p.name for p in article.persons] == ["Kassym-Jomart Tokayev", "Sadyr Japarov"]


def test_a_quote_split_by_its_cue_in_mid_sentence_is_one_quote() -> None:
    article = _parse(
        "Caspian talks\n\n"
        "Russian Foreign Minister Sergei Lavrov met Rashid Meredov in Moscow. "
        '"We have agreed," the Russian minister said, "that our deputies will meet in June."'
    )
    ((text, speaker, cue),) = _said(article)
    assert text.startswith("We have agreed")
    assert text.endswith("our deputies will meet in June.")
    assert (speaker, cue) == ("Sergei Lavrov", "said")


def test_a_dateline_is_not_part_of_the_speaker() -> None:
    article = _parse(
        "Summit offer\n\n"
        "MOSCOW, April 21 (Reuters) - Russian Foreign Minister Sergei Lavrov said on Tuesday that "
        "Moscow was ready to host a summit in August."
    )
    ((text, speaker, cue),) = _said(article)
    assert (text, speaker, cue) == ("Moscow was ready to host a summit in August", "Sergei Lavrov", "said")
    assert article.quotes[0].speaker_text == "Russian Foreign Minister Sergei Lavrov"


def test_a_name_in_apposition_a_name_before_but_said_and_a_body_that_said() -> None:
    article = _parse(
        "Turbines\n\n"
        "Caledonian Turbine Group's managing director, Ewan MacLeod, said the turbines would be "
        "assembled in Aberdeen. President Kassym-Jomart Tokayev backed the plan but said any new "
        "lender should work with existing banks. The Asian Development Bank, which advises the "
        "project, said in June that financing was still being negotiated. The visit will take "
        "place in October, his office said Tuesday, the first such visit this year."
    )
    assert _said(article) == [
        ("the turbines would be assembled in Aberdeen", "Ewan MacLeod", "said"),
        ("any new lender should work with existing banks", "Kassym-Jomart Tokayev", "said"),
        ("financing was still being negotiated", None, "said"),
    ]


def test_a_dateline_is_no_part_of_the_speech_and_a_who_clause_parts_no_speaker() -> None:
    article = _parse(
        "TBILISI, June 4 (Reuters) - Georgia will open an embassy in Astana this year, Deputy Foreign "
        "Minister Lasha Darsalia said on Thursday.\n\n"
        "The two leaders are expected to meet in July, Giorgi Kiknadze, who became ambassador in "
        "2024, said in an interview."
    )
    said = [(q.text, q.speaker) for q in article.quotes]
    names = {p.id: p.name for p in article.persons}
    assert [(text.split(",")[0][:30], names.get(spk or "")) for text, spk in said] == [
        ("Georgia will open an embassy i", "Lasha Darsalia"),
        ("The two leaders are expected t", "Giorgi Kiknadze"),
    ]


def test_a_rank_between_title_and_name_is_no_part_of_the_title() -> None:
    article = _parse(
        "Qatari Energy Minister Sheikh Saad bin Sherida attended the opening. Energy Minister Jurabek "
        'Mirzamakhmudov was there too. "Our partnership grows every year," the Qatari minister said.'
    )
    saad = next(p for p in article.persons if p.name == "Saad bin Sherida")
    assert [(r.title, r.country) for r in saad.roles] == [("Energy Minister", "QA")]
    assert [speaker for _, speaker, _ in _said(article)] == ["Saad bin Sherida"]


def test_a_reason_cited_after_the_attribution_is_not_speech() -> None:
    article = _parse(
        "Austria has postponed a visit by its chancellor to Uzbekistan, government spokesman Peter "
        "Hofer said on Monday, citing a crisis in parliament."
    )
    assert [(text[:22], speaker) for text, speaker, _ in _said(article)] == [
        ("Austria has postponed ", "Peter Hofer")
    ]


def test_a_body_s_spokesman_named_after_his_title_is_the_speaker() -> None:
    article = _parse(
        "The minister will then travel to Osh, where he will open a school, Kyrgyz Foreign Ministry "
        "spokesman Aibek Temirov told reporters."
    )
    assert [(text[:22], speaker) for text, speaker, _ in _said(article)] == [
        ("The minister will then", "Aibek Temirov")
    ]


def test_an_unnamed_official_or_diplomat_keeps_the_quote_without_a_speaker() -> None:
    article = _parse(
        "The summit will be moved to Ashgabat, a Turkmen official said.\n\n"
        "The treaty should be ready by June, an EU diplomat said, speaking on condition of anonymity.\n\n"
        "The talks were useful, the Ministry said."
    )
    assert [(text[:18], speaker) for text, speaker, _ in _said(article)] == [
        ("The summit will be", None),
        ("The treaty should ", None),
    ]
    assert [q.speaker_text for q in article.quotes] == ["Turkmen official", "EU diplomat"]


def test_a_post_named_in_a_who_clause_is_a_role_that_the_title_alone_finds() -> None:
    article = _parse(
        "The talks will resume in May, Aslan Nurov, who became ambassador in 2024, said on Monday.\n\n"
        "The ambassador also said a consulate would open in Osh."
    )
    nurov = next(p for p in article.persons if p.name == "Aslan Nurov")
    assert [r.title for r in nurov.roles] == ["ambassador"]
    assert [speaker for _, speaker, _ in _said(article)] == ["Aslan Nurov", "Aslan Nurov"]


def test_said_with_a_bare_weekday_and_an_envoy_to_a_capital() -> None:
    article = _parse(
        "Bishkek wants Moscow to speed up the talks, Kyrgyzstan's ambassador to Moscow said Tuesday.\n\n"
        "The talks will resume in May, Aslan Nurov, who became ambassador in 2024, said."
    )
    assert [(text[:14], speaker) for text, speaker, _ in _said(article)] == [
        ("Bishkek wants ", "Aslan Nurov"),
        ("The talks will", "Aslan Nurov"),
    ]


def test_officials_of_a_country_keep_the_quote_without_a_speaker_and_bare_officials_do_not() -> None:
    article = _parse(
        "The new bridge over the Amu Darya will open in June, Uzbek officials said.\n\n"
        "The two leaders are expected to sign the charter in Tashkent in May, Kyrgyz officials "
        "have said.\n\n"
        "The border post was closed for repairs on Friday, officials said."
    )
    assert [(text[:20], speaker, cue) for text, speaker, cue in _said(article)] == [
        ("The new bridge over ", None, "said"),
        ("The two leaders are ", None, "said"),
    ]
    assert [q.speaker_text for q in article.quotes] == ["Uzbek officials", "Kyrgyz officials"]


def test_a_clause_after_the_attribution_is_not_the_speech() -> None:
    article = _parse(
        "Tokayev will visit Bishkek in the autumn, Kazakh Foreign Minister Murat Nurtleu told "
        "reporters on Friday, without naming a date."
    )
    assert _said(article) == [("Tokayev will visit Bishkek in the autumn", "Murat Nurtleu", "told")]


def test_a_clause_after_said_with_its_own_verb_is_the_speech_not_where_it_was_said() -> None:
    article = _parse(
        "Kyrgyz Foreign Minister Aslan Nurov arrived in Astana on Monday.\n\n"
        "Speaking at the forum in Astana, Nurov said the two countries would sign a new plan of "
        "consultations."
    )
    assert _said(article) == [
        ("the two countries would sign a new plan of consultations", "Aslan Nurov", "said")
    ]


def test_assured_and_expressed_hope_report_speech_and_a_source_at_the_end_is_not_part_of_it() -> None:
    article = _parse(
        "Kyrgyz Foreign Minister Aslan Nurov met his Chilean counterpart in Santiago on Monday.\n\n"
        "Nurov assured his host that Bishkek was ready to open an embassy, according to a statement "
        "from the ministry.\n\n"
        "The minister also expressed hope that a trade agreement would be signed next year."
    )
    assert _said(article) == [
        ("Bishkek was ready to open an embassy", "Aslan Nurov", "assured"),
        ("a trade agreement would be signed next year", "Aslan Nurov", "expressed hope"),
    ]


def test_speech_with_its_own_cue_reported_by_officials_is_the_speakers() -> None:
    article = _parse(
        "Kyrgyz Foreign Minister Aslan Nurov arrived in Santiago on Monday.\n\n"
        "Nurov said Bishkek hoped to sign a trade deal during the visit, Chilean officials said."
    )
    assert _said(article) == [("Bishkek hoped to sign a trade deal during the visit", "Aslan Nurov", "said")]


def test_an_official_who_told_an_agency_and_one_who_said_more_after_a_gerund() -> None:
    article = _parse(
        "The minister flies to Tashkent on Friday for talks with his Uzbek counterpart, "
        "a Kazakh official told Reuters.\n\n"
        "A planned visit to Baku was postponed last month, the official said, "
        "adding that it would now take place in June."
    )
    assert _said(article) == [
        ("The minister flies to Tashkent on Friday for talks with his Uzbek counterpart", None, "told"),
        ("A planned visit to Baku was postponed last month", None, "said"),
        ("it would now take place in June", None, "adding"),
    ]


def test_an_unnamed_source_described_in_lower_case_keeps_the_quote_without_a_speaker() -> None:
    article = _parse(
        "The defence minister will travel to Bishkek instead on Friday, a diplomatic source told AFP.\n\n"
        "The ministers will sign a water deal in May, a senior official said."
    )
    assert _said(article) == [
        ("The defence minister will travel to Bishkek instead on Friday", None, "told"),
        ("The ministers will sign a water deal in May", None, "said"),
    ]
    assert [q.speaker_text for q in article.quotes] == ["diplomatic source", "senior official"]


def test_a_government_spokesman_and_two_diplomats_unnamed_keep_the_quote_without_a_speaker() -> None:
    article = _parse(
        "The minister will also meet the prime minister during the trip, a Kazakh government "
        "spokesman said.\n\n"
        "A forum planned for May in Delhi was canceled last month, two diplomats said on condition "
        "of anonymity because they were not allowed to speak to the press."
    )
    assert _said(article) == [
        ("The minister will also meet the prime minister during the trip", None, "said"),
        ("A forum planned for May in Delhi was canceled last month", None, "said"),
    ]


def test_the_head_of_state_is_the_president_not_a_minister_of_the_text() -> None:
    article = _parse(
        "OSLO - President of Iceland Halla Magnusdottir received Norwegian Foreign Minister Erik "
        "Holm on Monday.\n\n"
        "The head of state noted that the two countries would open a joint fisheries office in "
        "Reykjavik."
    )
    assert _said(article) == [
        ("the two countries would open a joint fisheries office in Reykjavik", "Halla Magnusdottir", "noted")
    ]


def test_a_phrase_of_three_words_quoted_in_reported_speech_makes_it_mixed() -> None:
    article = _parse(
        "OSLO - Norwegian Prime Minister Erik Holm met Chilean President Jorge Mendez on Monday.\n\n"
        'Holm said the talks had been "long and frank" and would go on in May.\n\n'
        'Mendez said the so-called "blue corridor" would open next year.'
    )
    kinds = [(q.text.split()[0], q.kind) for q in article.quotes]
    assert kinds == [("the", QuoteKind.MIXED), ("the", QuoteKind.INDIRECT)]


def test_said_in_a_statement_is_where_the_words_were_said_not_the_words() -> None:
    article = _parse(
        "OSLO - Norway and Chile agreed to expand trade, Jorge Mendez said in a statement on Tuesday.\n\n"
        "Mendez said in an interview with Reuters the talks had been useful.\n\n"
        "The two sides discussed fisheries, the Kremlin said in a statement."
    )
    assert _said(article) == [
        ("Norway and Chile agreed to expand trade", "Jorge Mendez", "said"),
        ("the talks had been useful", "Jorge Mendez", "said"),
    ]


def test_words_quoted_inside_reported_speech_are_no_direct_quote_of_the_attribution() -> None:
    article = _parse(
        "OSLO - Norwegian Prime Minister Erik Holm met Chilean President Jorge Mendez on Monday.\n\n"
        "Mendez told the meeting that Chile would not sign a text that did not mention "
        '"the rights of small fishing towns", Chilean officials said.'
    )
    speech = 'Chile would not sign a text that did not mention "the rights of small fishing towns"'
    assert [(q.text, q.kind) for q in article.quotes][:1] == [(speech, QuoteKind.MIXED)]


def test_an_attribution_set_off_by_commas_inside_the_speech_is_its_speaker() -> None:
    article = _parse(
        "OSLO - Chilean President Jorge Mendez met Norwegian Prime Minister Erik Holm on Monday, "
        "then took questions from the press.\n\n"
        "Mendez praised the talks. The salmon quotas, he said, would be agreed by the summer. "
        'Fishing towns, Holm said, "will not be forgotten in this deal".'
    )
    assert [
        (text, speaker, cue, kind)
        for (text, speaker, cue), kind in zip(_said(article), (q.kind for q in article.quotes), strict=True)
    ] == [
        (
            "The salmon quotas, he said, would be agreed by the summer",
            "Jorge Mendez",
            "said",
            QuoteKind.INDIRECT,
        ),
        (
            'Fishing towns, Holm said, "will not be forgotten in this deal"',
            "Erik Holm",
            "said",
            QuoteKind.MIXED,
        ),
    ]


def test_a_pronoun_speaker_is_a_word_of_its_own_not_part_of_a_word_before_it() -> None:
    article = _parse(
        "OSLO - Chilean President Jorge Mendez met Norwegian Prime Minister Erik Holm on Monday.\n\n"
        'Holm said the talks had gone well and that "the fishing towns will see the results".\n\n'
        "Mendez was pleased. Chile would open a consulate in Bergen, he noted, and a trade office in Oslo."
    )
    assert _said(article)[-1] == (
        "Chile would open a consulate in Bergen, he noted, and a trade office in Oslo",
        "Jorge Mendez",
        "noted",
    )


def test_present_tense_and_informing_verbs_introduce_reported_speech() -> None:
    article = _parse(
        "OSLO - Chilean President Jorge Mendez met Norwegian Prime Minister Erik Holm on Monday.\n\n"
        "Erik Holm informed that Oslo is ready to host the next round in May. Maria Soto, a lawyer in "
        "Santiago, argues that the quotas are too low. Fishermen in Bergen warn that prices will rise."
    )
    assert [(text, cue) for text, _, cue in _said(article)] == [
        ("Oslo is ready to host the next round in May", "informed"),
        ("the quotas are too low", "argues"),
        ("prices will rise", "warn"),
    ]


def test_he_after_an_unnamed_speakers_quote_is_that_speaker_not_one_named_before() -> None:
    article = _parse(
        "OSLO - Chilean President Jorge Mendez met Norwegian Prime Minister Erik Holm on Monday.\n\n"
        '"We hear about quotas, but we see no boats," said one Chilean diplomat in Oslo. '
        "The salmon trade, he noted, grows every year."
    )
    assert [(text[:16], speaker) for text, speaker, _ in _said(article)] == [
        ("We hear about qu", None),
        ("The salmon trade", None),
    ]
