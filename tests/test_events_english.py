"""English events in wire style: tense, dates against the dateline, participants, parents, venues.

Every article here is our own short text in the manner of an agency dispatch, parsed end to end
(recognizer, dates, events) as a user would parse it.
"""

from __future__ import annotations

from eventkit import Article, Event, parse_article

__all__: list[str] = []


def _parse(text: str, published: str) -> Article:
    return parse_article(text, published=published, language="en")


def _names(article: Article, event: Event) -> list[str]:
    persons = {p.id: p.name for p in article.persons}
    return sorted(persons[p.entity] for p in event.participants if p.entity in persons)


def _venue(article: Article, event: Event) -> str | None:
    return next((v.name for v in article.venues if v.id == event.venue), None)


def _dates(event: Event) -> tuple[str, str] | None:
    return None if event.dates is None else (str(event.dates.start), str(event.dates.end))


def _kind(article: Article, event_id: str | None) -> str | None:
    return next((e.kind.value for e in article.events if e.id == event_id), None)


def _of_kind(article: Article, kind: str) -> list[Event]:
    return [e for e in article.events if e.kind.value == kind]


def test_an_abbreviated_month_ends_no_sentence_and_meet_is_a_meeting_of_its_own() -> None:
    article = _parse(
        "Sadyr Japarov will travel to Tokyo for a summit on Dec. 10, and is expected to hold talks "
        "with Sanae Takaichi and meet Emperor Naruhito during the trip.",
        "2026-11-04",
    )
    (summit,) = _of_kind(article, "summit")
    assert _dates(summit) == ("2026-12-10", "2026-12-10")
    (talks,) = _of_kind(article, "talks")
    (meeting,) = _of_kind(article, "meeting")
    assert _names(article, talks) == ["Sadyr Japarov", "Sanae Takaichi"]
    assert _names(article, meeting) == ["Naruhito", "Sadyr Japarov"]
    assert _kind(article, talks.parent) == _kind(article, meeting.parent) == "visit"


def test_and_with_a_new_subject_starts_a_clause_and_the_date_before_to_sign_is_the_visits() -> None:
    article = _parse(
        "BRUSSELS, March 17 (Reuters) - Kaja Kallas held talks with Bakhtiyor Saidov in Brussels on "
        "Tuesday, and the two sides agreed that Shavkat Mirziyoyev would visit Brussels on May 12-13 "
        "to sign a partnership agreement.",
        "2026-03-17",
    )
    (talks,) = _of_kind(article, "talks")
    assert _names(article, talks) == ["Bakhtiyor Saidov", "Kaja Kallas"]
    assert _dates(talks) == ("2026-03-17", "2026-03-17")
    (visit,) = _of_kind(article, "visit")
    assert _names(article, visit) == ["Shavkat Mirziyoyev"]
    assert visit.status.value == "scheduled"
    assert _dates(visit) == ("2026-05-12", "2026-05-13")
    (signing,) = _of_kind(article, "signing")
    assert _kind(article, signing.parent) == "visit"


def test_travels_on_a_weekday_is_a_plan_and_its_purpose_a_new_event_within_it() -> None:
    article = _parse(
        "Kaja Kallas held talks with Bakhtiyor Saidov in Brussels on Tuesday.\n\n"
        "Kallas travels to Astana on Thursday for a meeting of foreign ministers.",
        "2026-03-17",
    )
    (visit,) = _of_kind(article, "visit")
    assert visit.status.value == "scheduled"
    assert _dates(visit) == ("2026-03-19", "2026-03-19")  # the Thursday after, not before
    (meeting,) = _of_kind(article, "meeting")
    assert meeting.status.value == "scheduled"
    assert _kind(article, meeting.parent) == "visit"
    assert _names(article, meeting) == ["Kaja Kallas"]  # "foreign ministers" names no one minister


def test_expected_to_be_signed_is_a_plan() -> None:
    article = _parse(
        "The agreement is expected to be signed by Shavkat Mirziyoyev and Antonio Costa.",
        "2026-03-17",
    )
    (signing,) = _of_kind(article, "signing")
    assert signing.status.value == "scheduled"
    assert _names(article, signing) == ["Antonio Costa", "Shavkat Mirziyoyev"]


def test_the_dateline_date_before_the_agency_dates_no_event() -> None:
    article = _parse(
        "ASTANA, Sept 9 (AFP) - Kassym-Jomart Tokayev and Sadyr Japarov discussed water in a phone call "
        "on Tuesday.",
        "2026-09-09",
    )
    (call,) = _of_kind(article, "phone_call")
    assert _dates(call) == ("2026-09-08", "2026-09-08")


def test_sidelines_of_a_summit_with_an_adjective_make_it_the_parent() -> None:
    article = _parse(
        "Murat Nurtleu will meet Sergei Lavrov on the sidelines of a regional summit in Dushanbe.",
        "2026-08-20",
    )
    (meeting,) = _of_kind(article, "meeting")
    assert _kind(article, meeting.parent) == "summit"
    assert _names(article, meeting) == ["Murat Nurtleu", "Sergei Lavrov"]


def test_a_state_visit_being_held_with_its_parts() -> None:
    article = _parse(
        "TASHKENT, Oct 14 (Reuters) - Ukhnaagiin Khurelsukh arrived in Tashkent on Tuesday for a "
        "three-day state visit to Uzbekistan.\n\n"
        "During his visit, Khurelsukh is also due to travel to Samarkand, where he will open a cultural "
        "centre on Thursday, spokesman Aibek Smadiyarov told reporters.\n\n"
        "A business forum planned for the visit was postponed until next year.",
        "2026-10-14",
    )
    (visit,) = _of_kind(article, "state_visit")
    assert not _of_kind(article, "visit")  # "During his visit", the trip to Samarkand: the same visit
    assert _names(article, visit) == ["Ukhnaagiin Khurelsukh"]
    assert _venue(article, visit) == "Uzbekistan"  # the state visit's country over the arrival city
    assert _dates(visit) == ("2026-10-13", "2026-10-15")
    assert visit.status.value == "occurred"
    (opening,) = _of_kind(article, "opening")
    assert _venue(article, opening) == "Samarkand"  # ", where he will open"
    assert _names(article, opening) == ["Ukhnaagiin Khurelsukh"]  # the spokesman only reports
    assert opening.parent == visit.id
    (forum,) = _of_kind(article, "forum")
    assert forum.status.value == "postponed"


def test_a_trip_to_come_within_a_visit_being_held_is_a_leg_of_it() -> None:
    article = _parse(
        "Alexander Stubb arrived in Astana on June 23 for a two-day state visit to Kazakhstan.\n\n"
        "Stubb is due to travel to Almaty on Wednesday.",
        "2026-06-24",
    )
    (visit,) = _of_kind(article, "state_visit")
    assert not _of_kind(article, "visit")
    assert visit.status.value == "occurred"


def test_a_video_call_of_the_two_leaders_named_before() -> None:
    article = _parse(
        "Vladimir Putin and Kassym-Jomart Tokayev on Friday launched the first section of a gas pipeline "
        "by video link.\n\n"
        "The two leaders then held a separate video call on energy prices.",
        "2026-05-22",
    )
    (opening,) = _of_kind(article, "opening")
    assert opening.status.value == "occurred"
    assert _dates(opening) == ("2026-05-22", "2026-05-22")
    (call,) = _of_kind(article, "phone_call")
    assert _names(article, call) == ["Kassym-Jomart Tokayev", "Vladimir Putin"]


def test_the_two_leaders_with_no_event_before_are_the_last_two_named() -> None:
    article = _parse(
        "Vladimir Putin praised Kassym-Jomart Tokayev's economic reforms.\n\n"
        "The two leaders will hold talks in Moscow.",
        "2026-05-22",
    )
    (talks,) = _of_kind(article, "talks")
    assert _names(article, talks) == ["Kassym-Jomart Tokayev", "Vladimir Putin"]


def test_a_weekday_takes_the_tense_of_the_verb_before_it() -> None:
    article = _parse(
        "Zheenbek Kulubaev held talks with Bakhtiyor Saidov in Bishkek on Wednesday and will travel to "
        "Dushanbe next week.",
        "2026-11-20",
    )
    (talks,) = _of_kind(article, "talks")
    assert _dates(talks) == ("2026-11-18", "2026-11-18")  # the Wednesday before, with "held"
    (visit,) = _of_kind(article, "visit")
    assert visit.status.value == "scheduled"
    assert _dates(visit) == ("2026-11-23", "2026-11-29")  # next week, not the Wednesday


def test_a_date_before_and_a_new_subject_dates_its_own_clause() -> None:
    article = _parse(
        "Ukhnaagiin Khurelsukh held talks with Shavkat Mirziyoyev at the Kuksaroy residence on Wednesday, "
        "and the two leaders signed a declaration.",
        "2026-10-14",
    )
    (talks,) = _of_kind(article, "talks")
    assert _dates(talks) == ("2026-10-14", "2026-10-14")
    (signing,) = _of_kind(article, "signing")
    assert _names(article, signing) == ["Shavkat Mirziyoyev", "Ukhnaagiin Khurelsukh"]


def test_a_framed_call_keeps_its_other_side() -> None:
    article = _parse(
        "Recep Tayyip Erdogan's visit comes a week after Shavkat Mirziyoyev spoke by phone with Russian "
        "President Vladimir Putin.",
        "2026-03-05",
    )
    (call,) = _of_kind(article, "phone_call")
    assert _names(article, call) == ["Shavkat Mirziyoyev", "Vladimir Putin"]
    (visit,) = _of_kind(article, "visit")
    assert _names(article, visit) == ["Recep Tayyip Erdogan"]


def test_after_which_the_two_ministers_sign_and_a_verb_after_and_is_another_predicates() -> None:
    article = _parse(
        "Jeyhun Bayramov held talks with Kazakh Foreign Minister Yermek Kosherbayev, after which the two "
        "ministers signed a plan of consultations.\n\n"
        "Shavkat Mirziyoyev and Emomali Rahmon held a bilateral meeting and agreed to simplify border "
        "crossings.",
        "2026-04-16",
    )
    (signing,) = _of_kind(article, "signing")
    assert _names(article, signing) == ["Jeyhun Bayramov", "Yermek Kosherbayev"]
    (meeting,) = _of_kind(article, "meeting")
    assert meeting.status.value == "occurred"


def test_a_visit_concluded_on_a_day_ends_that_day() -> None:
    article = _parse(
        "Jeyhun Bayramov concluded his two-day official visit to Kazakhstan on Thursday.", "2026-04-16"
    )
    (visit,) = _of_kind(article, "official_visit")
    assert _dates(visit) == ("2026-04-15", "2026-04-16")


def test_a_title_before_another_persons_name_is_not_its_holders() -> None:
    article = _parse(
        "Kazakh Foreign Minister Yermek Kosherbayev met reporters.\n\n"
        "President Kassym-Jomart Tokayev received Foreign Minister of Azerbaijan Jeyhun Bayramov "
        "on Wednesday.",
        "2026-04-16",
    )
    received = [e for e in article.events if _dates(e) == ("2026-04-15", "2026-04-15")]
    assert [_names(article, e) for e in received] == [["Jeyhun Bayramov", "Kassym-Jomart Tokayev"]]


def test_leaders_who_meet_for_a_summit_hold_the_summit() -> None:
    article = _parse(
        "Shavkat Mirziyoyev and Emomali Rahmon met in Ashgabat on Friday for their annual consultative "
        "summit.",
        "2026-07-03",
    )
    assert not _of_kind(article, "meeting")
    (summit,) = _of_kind(article, "summit")
    assert _dates(summit) == ("2026-07-03", "2026-07-03")
    assert _names(article, summit) == ["Emomali Rahmon", "Shavkat Mirziyoyev"]


def test_the_place_country_and_date_after_a_summit_on_whose_sidelines_leaders_meet_are_the_summits() -> None:
    article = _parse(
        "ROME (AP) — The two prime ministers are expected to meet on the sidelines of a summit of the "
        "Union for the Mediterranean in Tunis, Tunisia, on Nov. 4, envoy Paolo Ricci, who took up his "
        "post in 2024, told reporters on Monday.",
        "2026-10-20",
    )
    (summit,) = _of_kind(article, "summit")
    assert _dates(summit) == ("2026-11-04", "2026-11-04")
    assert _venue(article, summit) == "Tunis"
    (meeting,) = _of_kind(article, "meeting")
    assert _kind(article, meeting.parent) == "summit"
    assert _venue(article, meeting) == "Tunis"  # where the summit is, not the dateline
    assert meeting.dates is None or _dates(meeting) == ("2026-11-04", "2026-11-04")  # never 2024
    assert "Paolo Ricci" not in _names(article, meeting) + _names(article, summit)  # he reports it


def test_a_day_before_an_as_clause_and_a_leader_named_by_nationality() -> None:
    article = _parse(
        "ASTANA – President of Kazakhstan Kassym-Jomart Tokayev held talks with President of Chile "
        "Gabriel Boric at the Akorda on May 5, as the Chilean leader began a two-day state visit to "
        "Kazakhstan.",
        "2026-05-06",
    )
    (talks,) = _of_kind(article, "talks")
    assert _dates(talks) == ("2026-05-05", "2026-05-05")
    assert _names(article, talks) == ["Gabriel Boric", "Kassym-Jomart Tokayev"]
    assert _venue(article, talks) == "Akorda"
    (visit,) = _of_kind(article, "state_visit")
    assert _names(article, visit) == ["Gabriel Boric"]  # "the Chilean leader", not the subject
    assert _dates(visit) == ("2026-05-05", "2026-05-06")


def test_a_minister_named_by_nationality_is_the_one_with_that_countrys_title() -> None:
    article = _parse(
        "ASTANA – Foreign Minister of Chile Alberto Soto met Kazakh Foreign Minister Yermek "
        "Kosherbayev on Wednesday. The Chilean minister concluded his two-day official visit on Thursday.",
        "2026-04-17",
    )
    (visit,) = _of_kind(article, "official_visit")
    assert _names(article, visit) == ["Alberto Soto"]


def test_a_title_before_another_persons_rank_and_name_is_not_a_reference() -> None:
    article = _parse(
        "NUKUS – Uzbek President Shavkat Mirziyoyev on Friday opened a solar plant. Qatari Energy "
        "Minister Sheikh Saad bin Sherida attended the ceremony. Energy Minister Jurabek "
        "Mirzamakhmudov said the plant would power 300,000 homes. The two countries plan to sign "
        "a treaty next year.",
        "2026-04-24",
    )
    attending = {name for e in article.events for name in _names(article, e)}
    assert "Jurabek Mirzamakhmudov" not in attending  # "Qatari Energy Minister Sheikh Saad ..."
    (signing,) = _of_kind(article, "signing")
    assert signing.status.value == "scheduled"  # "plan to sign"


def test_what_is_done_when_someone_visits_is_part_of_that_visit() -> None:
    article = _parse(
        "The two governments plan to sign a visa agreement when Mongolian President Ukhnaagiin "
        "Khurelsukh visits Kyrgyzstan in July, officials said.",
        "2026-05-02",
    )
    (visit,) = _of_kind(article, "visit")
    assert _names(article, visit) == ["Ukhnaagiin Khurelsukh"]
    assert _dates(visit) == ("2026-07", "2026-07")
    (signing,) = _of_kind(article, "signing")
    assert signing.status.value == "scheduled"
    assert _kind(article, signing.parent) == "visit"
    assert _names(article, signing) == []


def test_those_who_attend_the_ceremony_take_part_in_the_opening_it_was() -> None:
    article = _parse(
        "DUSHANBE – Tajik President Emomali Rahmon on Monday opened a new bridge over the Panj river. "
        "Afghan Deputy Prime Minister Abdul Salam Hanafi attended the ceremony.",
        "2026-06-02",
    )
    assert [e.kind.value for e in article.events] == ["opening"]
    (opening,) = article.events
    assert _names(article, opening) == ["Abdul Salam Hanafi", "Emomali Rahmon"]


def test_a_visit_to_a_capital_named_by_its_country() -> None:
    article = _parse(
        "Kyrgyz President Sadyr Japarov will visit the Hungarian capital on June 3.",
        "2026-05-20",
    )
    (visit,) = _of_kind(article, "visit")
    assert _venue(article, visit) == "Budapest"
    assert _dates(visit) == ("2026-06-03", "2026-06-03")


def test_a_person_expected_in_a_place_is_a_visit_to_come() -> None:
    article = _parse(
        "The envoy said Turkish Foreign Minister Hakan Fidan was expected in Baku in December.",
        "2026-11-02",
    )
    (visit,) = _of_kind(article, "visit")
    assert visit.status.value == "scheduled"
    assert _venue(article, visit) == "Baku"
    assert _names(article, visit) == ["Hakan Fidan"]
    assert _dates(visit) == ("2026-12", "2026-12")


def test_a_date_after_the_only_event_of_a_sentence_dates_it_even_in_a_frame() -> None:
    article = _parse(
        "The ministers discussed preparations for the state visit of President Sadyr Japarov to "
        "Armenia scheduled for October.",
        "2026-08-10",
    )
    (visit,) = _of_kind(article, "state_visit")
    assert visit.status.value == "scheduled"
    assert _dates(visit) == ("2026-10", "2026-10")


def test_an_undated_part_next_to_the_paragraph_of_the_visit_being_held() -> None:
    article = _parse(
        "BAKU – President Ilham Aliyev received Foreign Minister of Georgia Maka Botchorishvili on "
        "Monday.\n\nAliyev last visited Tbilisi in May 2025.\n\nBotchorishvili also held talks "
        "with Azerbaijani Foreign Minister Jeyhun Bayramov.\n\nThe Georgian minister ends her "
        "two-day official visit on Tuesday.",
        "2026-03-10",
    )
    (talks,) = _of_kind(article, "talks")
    assert _kind(article, talks.parent) == "official_visit"


def test_a_summit_a_trip_is_for_is_where_the_trip_goes() -> None:
    article = _parse(
        "ANKARA (AP) — Turkish President Recep Tayyip Erdogan will travel to Baku next week to "
        "attend a summit of the Organization of Turkic States, an official said on Thursday.",
        "2026-05-14",
    )
    (summit,) = _of_kind(article, "summit")  # named by its body: not the trip itself
    assert summit.status.value == "scheduled"
    assert _venue(article, summit) == "Baku"  # not Ankara, the dateline


def test_the_sides_and_the_heads_of_state_are_the_persons_of_the_talks_before() -> None:
    article = _parse(
        "Ilham Aliyev met Nikol Pashinyan in Abu Dhabi on Monday, and the two sides later signed "
        "a peace declaration. On Tuesday, the heads of state opened a joint border post.",
        "2026-05-05",
    )
    (signing,) = _of_kind(article, "signing")
    assert _names(article, signing) == ["Ilham Aliyev", "Nikol Pashinyan"]
    (opening,) = _of_kind(article, "opening")
    assert _names(article, opening) == ["Ilham Aliyev", "Nikol Pashinyan"]


def test_a_second_verb_after_and_or_to_names_a_signing_and_an_opening() -> None:
    article = _parse(
        "Gitanas Nauseda will hold talks with Alar Karis on Friday and sign a treaty on energy. "
        "Karis is also scheduled to meet Ingrida Simonyte and open a Baltic trade centre. "
        "Both hope to open a new chapter in relations.",
        "2026-04-15",
    )
    (signing,) = _of_kind(article, "signing")
    assert signing.status.value == "scheduled"
    assert "Gitanas Nauseda" in _names(article, signing)
    (opening,) = _of_kind(article, "opening")  # not "open a new chapter"
    assert opening.status.value == "scheduled"
    assert "Alar Karis" in _names(article, opening)


def test_a_status_word_in_a_hyphenated_adjective_tells_no_status() -> None:
    article = _parse(
        "Shehbaz Sharif held talks with Serdar Berdimuhamedov in Ashgabat on Monday on a "
        "long-delayed gas pipeline.",
        "2026-03-03",
    )
    (talks,) = _of_kind(article, "talks")
    assert talks.status.value == "occurred"


def test_travel_on_to_a_city_for_a_summit_is_a_visit_there_and_its_venue_the_summits() -> None:
    article = _parse(
        "Pedro Sanchez ended a visit to Morocco on Friday. Sanchez will travel on to Cairo on "
        "Sunday to attend a summit of Mediterranean leaders on Monday, and is due to hold talks "
        "with Abdel Fattah al-Sisi during the trip.",
        "2026-05-22",
    )
    (summit,) = _of_kind(article, "summit")
    assert _venue(article, summit) == "Cairo"
    visit = next(e for e in _of_kind(article, "visit") if _venue(article, e) == "Cairo")
    assert visit.status.value == "scheduled"


def test_the_summit_spoken_of_again_is_the_same_summit_whoever_it_names() -> None:
    article = _parse(
        " date 2026-10-07 Aliyev, Tokayev discuss routes at Turkic summit\n\n"
        "Ilham Aliyev met Kassym-Jomart Tokayev on the sidelines of a summit in Shusha on "
        "Wednesday.\n\n"
        '"We are one family," Tokayev told the summit, which was chaired by Recep Tayyip Erdogan.\n',
        "2026-10-07",
    )
    (summit,) = _of_kind(article, "summit")
    assert _names(article, summit) == ["Ilham Aliyev", "Kassym-Jomart Tokayev", "Recep Tayyip Erdogan"]


def test_the_two_presidents_are_the_presidents_of_an_event_before_not_its_ministers() -> None:
    article = _parse(
        "President Emmanuel Macron held talks with President Lula da Silva in Brasilia on Monday. "
        "Foreign Minister Jean-Noel Barrot met Foreign Minister Mauro Vieira on Tuesday. "
        "The two presidents will meet again in Belem in November.",
        "2026-05-20",
    )
    meeting = next(e for e in article.events if _venue(article, e) == "Belem")
    assert _names(article, meeting) == ["Emmanuel Macron", "Luiz Inacio Lula da Silva"]


def test_a_date_that_opens_the_sentence_dates_each_of_its_events() -> None:
    article = _parse(
        "On Wednesday, Sanchez is scheduled to meet Abdel Fattah al-Sisi, the president, and "
        "open a Spanish school in Cairo.",
        "2026-03-03",
    )
    (meeting,) = _of_kind(article, "meeting")
    (opening,) = _of_kind(article, "opening")
    assert _dates(meeting) == _dates(opening) == ("2026-03-04", "2026-03-04")


def test_during_which_starts_a_clause_and_the_visit_of_a_person_is_theirs_alone() -> None:
    article = _parse(
        "On Monday, Lars Lokke Rasmussen held a telephone conversation with Foreign Minister "
        "Yermek Kosherbayev, during which the parties discussed the forthcoming visit of the "
        "President of Kazakhstan Kassym-Jomart Tokayev to Copenhagen.",
        "2026-02-12",
    )
    (visit,) = _of_kind(article, "visit")
    assert _names(article, visit) == ["Kassym-Jomart Tokayev"]
    (call,) = _of_kind(article, "phone_call")
    assert _names(article, call) == ["Lars Lokke Rasmussen", "Yermek Kosherbayev"]


def test_to_a_place_after_another_noun_is_no_destination_of_the_visit_before() -> None:
    article = _parse(
        "Shehbaz Sharif began a two-day official visit aimed at reviving a gas pipeline to South "
        "Asia on Tuesday. The visit of President Asif Ali Zardari to Tashkent is due in May.",
        "2026-03-03",
    )
    first, second = _of_kind(article, "official_visit") + _of_kind(article, "visit")
    assert _venue(article, first) != "South Asia"
    assert _venue(article, second) == "Tashkent"


def test_the_first_day_of_a_visit_after_a_date_is_the_day_of_the_talks_before_it_too() -> None:
    article = _parse(
        "Shehbaz Sharif held talks with Shavkat Mirziyoyev in Tashkent on Tuesday, the first day "
        "of a two-day official visit.",
        "2026-03-03",
    )
    (talks,) = _of_kind(article, "talks")
    (visit,) = _of_kind(article, "official_visit")
    assert _dates(talks) == ("2026-03-03", "2026-03-03")
    assert _dates(visit) == ("2026-03-03", "2026-03-04")


def test_a_when_clause_after_a_dated_event_happens_then_and_there() -> None:
    article = _parse(
        "Ilham Aliyev and Nikol Pashinyan last met in Abu Dhabi in July, when they signed a "
        "peace declaration.",
        "2026-10-07",
    )
    (signing,) = _of_kind(article, "signing")
    assert _dates(signing) == ("2026-07", "2026-07")
    assert _venue(article, signing) == "Abu Dhabi"


def test_the_person_a_who_clause_speaks_of_takes_part_in_its_event() -> None:
    article = _parse(
        "Li Qiang held talks with Kokhir Rasulzoda, who accompanied him to the opening of a new "
        "road tunnel near Dushanbe.",
        "2026-09-18",
    )
    (opening,) = _of_kind(article, "opening")
    assert _names(article, opening) == ["Kokhir Rasulzoda", "Li Qiang"]


def test_a_visit_that_was_prepared_or_announced_has_not_taken_place() -> None:
    article = _parse(
        "Sadyr Japarov will pay a state visit to Mongolia on June 15-16. The visit was prepared at "
        "talks between Jeenbek Kulubaev and Battsetseg Batmunkh, and was announced on Thursday.",
        "2026-06-04",
    )
    visits = _of_kind(article, "state_visit") + _of_kind(article, "visit")
    assert [v.status.value for v in visits] == ["scheduled"]


def test_a_verb_in_a_who_clause_is_of_the_person_the_clause_speaks_of() -> None:
    article = _parse(
        "Recep Tayyip Erdogan held talks with Kassym-Jomart Tokayev, who arrived in Baku on Tuesday.",
        "2026-10-07",
    )
    (visit,) = _of_kind(article, "visit")
    assert _names(article, visit) == ["Kassym-Jomart Tokayev"]


def test_the_month_of_a_trip_is_that_of_the_gathering_it_is_made_for() -> None:
    article = _parse(
        "Emomali Rahmon visited Beijing last month to attend a summit of Central Asian leaders. "
        "Mikhail Mishustin was expected in Astana in November for a session of the council.",
        "2026-09-18",
    )
    (summit,) = _of_kind(article, "summit")
    assert _dates(summit) == ("2026-08", "2026-08")
    (session,) = _of_kind(article, "session")
    assert _dates(session) == ("2026-11", "2026-11")


def test_the_ceremony_a_speaker_is_at_is_the_event_they_took_part_in() -> None:
    article = _parse(
        "Li Qiang ended a visit to Tajikistan on Friday after opening a road tunnel and signing "
        "agreements. Li and Emomali Rahmon met on Thursday, and the two sides later signed 14 "
        "documents. Li also held talks with Kokhir Rasulzoda, who accompanied him to the opening "
        'of the tunnel. "It will cut travel time," Rasulzoda said at the ceremony.',
        "2026-09-18",
    )
    (signing,) = _of_kind(article, "signing")
    assert "Kokhir Rasulzoda" not in _names(article, signing)
    (opening,) = _of_kind(article, "opening")
    assert "Kokhir Rasulzoda" in _names(article, opening)


def test_a_month_after_the_gathering_whose_sidelines_frame_a_meeting_is_the_gatherings_too() -> None:
    article = _parse(
        "Sadyr Japarov and Ukhnaagiin Khurelsukh last met on the sidelines of the SCO summit in "
        "Tianjin in September 2025. Kyrgyzstan will host a summit in Cholpon-Ata in the autumn.",
        "2026-06-04",
    )
    tianjin, cholpon_ata = _of_kind(article, "summit")
    assert (_venue(article, tianjin), _dates(tianjin), tianjin.status.value) == (
        "Tianjin",
        ("2025-09", "2025-09"),
        "occurred",
    )
    assert (_venue(article, cholpon_ata), cholpon_ata.status.value) == ("Cholpon-Ata", "scheduled")


def test_a_place_one_flies_to_for_a_gathering_is_where_the_gathering_is() -> None:
    article = _parse(
        "Narendra Modi met Serdar Berdimuhamedov in Ashgabat on Tuesday before flying to "
        "Tashkent for a summit of Central Asian leaders on Thursday.",
        "2026-03-03",
    )
    (summit,) = _of_kind(article, "summit")
    assert _venue(article, summit) == "Tashkent"


def test_who_is_to_attend_with_nothing_after_the_verb_takes_part_in_the_gathering_before() -> None:
    article = _parse(
        "BAKU, Oct 2 - An economic forum of Caspian states is due to open in Baku on Oct. 9. "
        "Turkmen President Serdar Berdimuhamedov is expected to attend.",
        "2026-10-02",
    )
    (forum,) = _of_kind(article, "forum")
    assert _names(article, forum) == ["Serdar Berdimuhamedov"]


def test_a_pronoun_that_would_attend_a_forum_named_in_quoted_words_takes_part_in_it() -> None:
    article = _parse(
        "Emomali Rahmon spoke by phone with Recep Tayyip Erdogan on Monday, his office said. "
        '"President Rahmon accepted the invitation to the Antalya Diplomacy Forum and said he '
        'would attend," spokesman Davlat Nazriev said. The Antalya Diplomacy Forum opens on April 10.',
        "2026-03-02",
    )
    (forum,) = _of_kind(article, "forum")
    assert _names(article, forum) == ["Emomali Rahmon"]


def test_who_will_not_attend_or_attends_something_named_takes_no_part_by_that_rule() -> None:
    article = _parse(
        "A summit of Central Asian leaders will be held in Astana on Friday. "
        "Turkmen President Serdar Berdimuhamedov will not attend.",
        "2026-03-02",
    )
    (summit,) = _of_kind(article, "summit")
    assert "Serdar Berdimuhamedov" not in _names(article, summit)


def test_separate_talks_with_two_persons_are_talks_with_each() -> None:
    article = _parse(
        "On the sidelines of the summit, Emmanuel Macron held separate talks with Olaf Scholz "
        "and Giorgia Meloni.",
        "2026-05-20",
    )
    first, second = _of_kind(article, "talks")
    assert [_names(article, first), _names(article, second)] == [
        ["Emmanuel Macron", "Olaf Scholz"],
        ["Emmanuel Macron", "Giorgia Meloni"],
    ]
    assert _kind(article, first.parent) == _kind(article, second.parent) == "summit"


def test_political_consultations_are_talks_and_a_plan_of_consultations_is_a_document() -> None:
    article = _parse(
        "Deputy Foreign Minister Roman Babin held political consultations with Deputy Foreign Minister "
        "Karim Osman in Vienna on Monday. The two diplomats signed a plan of consultations for 2027.",
        "2026-05-20",
    )
    (talks,) = _of_kind(article, "talks")
    assert talks.status.value == "occurred"
    assert _names(article, talks) == ["Karim Osman", "Roman Babin"]
    assert _dates(talks) == ("2026-05-18", "2026-05-18")
    assert [m.text for m in talks.evidence] == ["consultations"]  # not the plan's


def test_opening_remarks_a_meeting_not_held_and_a_signing_that_could_be_are_no_events() -> None:
    article = _parse(
        'ROME (AP) — "We are ready," Giorgia Meloni said in her opening remarks at the summit on Monday.\n\n'
        "Viktor Orban left Rome after the summit without holding a bilateral meeting.\n\n"
        "Pedro Sanchez flew home without holding talks with Meloni.\n\n"
        "Orban said the agreement could be signed within months.\n\n"
        "The leaders agreed to meet every two years.",
        "2026-05-18",
    )
    assert [e.kind.value for e in article.events] == ["summit"]


def test_a_meeting_without_those_words_is_still_one() -> None:
    article = _parse(
        "Viktor Orban left Rome after holding a bilateral meeting with Giorgia Meloni on Monday. "
        "Meloni signed the agreement.",
        "2026-05-18",
    )
    assert sorted(e.kind.value for e in article.events) == ["meeting", "signing"]


def test_a_signing_at_a_gathering_is_a_part_of_it_whether_at_comes_first_or_after_the_object() -> None:
    article = _parse(
        "Vilnius, 4 May 2026 – The two prime ministers co-chaired the fifth session of the joint "
        "commission on Monday.\n\n"
        "At the session, Roman Babin and Karim Osman signed a protocol on trade.\n\n"
        "Gitanas Nauseda and Karol Nawrocki are expected to sign the treaty at a summit in Warsaw in June.",
        "2026-05-04",
    )
    signings = _of_kind(article, "signing")
    assert [_kind(article, s.parent) for s in signings] == ["session", "summit"]
    assert _names(article, signings[0]) == ["Karim Osman", "Roman Babin"]
    (summit,) = _of_kind(article, "summit")
    assert _dates(summit) == ("2026-06", "2026-06")
    assert _venue(article, summit) == "Warsaw"


def test_a_signing_leaders_witnessed_has_taken_place_whatever_the_agreement_will_do() -> None:
    article = _parse(
        "Emmanuel Macron and Olaf Scholz witnessed the signing of an agreement under which two "
        "companies will build a battery plant.",
        "2026-05-20",
    )
    (signing,) = _of_kind(article, "signing")
    assert signing.status.value == "occurred"


def test_the_diplomats_are_the_two_persons_of_the_talks_before() -> None:
    article = _parse(
        "Deputy Foreign Minister Roman Babin held talks with Deputy Foreign Minister Karim Osman in "
        "Vienna on Monday. After the talks, the diplomats signed a memorandum.",
        "2026-05-20",
    )
    (signing,) = _of_kind(article, "signing")
    assert _names(article, signing) == ["Karim Osman", "Roman Babin"]


def test_earlier_in_the_day_is_the_day_of_the_event_before() -> None:
    article = _parse(
        "Roman Babin and Karim Osman opened a new bridge over the river on Monday.\n\n"
        "Earlier in the day, the two prime ministers met in Vienna.",
        "2026-05-20",
    )
    (meeting,) = _of_kind(article, "meeting")
    assert _dates(meeting) == ("2026-05-18", "2026-05-18")


def test_a_congress_is_a_gathering_of_the_forum_kind_but_the_us_congress_is_none() -> None:
    article = _parse(
        "Emmanuel Macron attended the congress of the party in Lyon in 2024.\n\n"
        "The U.S. Congress passed the bill on Tuesday.",
        "2026-05-20",
    )
    (forum,) = article.events
    assert forum.kind.value == "forum"
    assert _dates(forum) == ("2024", "2024")
    assert _names(article, forum) == ["Emmanuel Macron"]


def test_a_date_with_a_part_of_the_day_before_and_a_new_clause_is_its_own_clauses() -> None:
    article = _parse(
        "Roman Babin held talks with Federal Chancellor Karim Osman at the Hofburg Palace in Vienna on "
        "Wednesday evening, and the two governments signed agreements on energy.",
        "2026-05-22",
    )
    (talks,) = _of_kind(article, "talks")
    assert _dates(talks) == ("2026-05-20", "2026-05-20")


def test_a_place_after_the_adjective_city_of_is_where_the_meeting_is() -> None:
    article = _parse(
        "BISHKEK – Roman Babin met Karim Osman in the Kyrgyz city of Osh on Monday.",
        "2026-05-20",
    )
    (meeting,) = _of_kind(article, "meeting")
    assert _venue(article, meeting) == "Osh"


def test_each_holding_a_separate_meeting_with_one_person_is_a_meeting_of_each() -> None:
    article = _parse(
        "Roman Babin and Karim Osman each held a separate meeting with Foreign Minister Ignas Vaitkus.",
        "2026-05-20",
    )
    meetings = _of_kind(article, "meeting")
    assert sorted(_names(article, m) for m in meetings) == [
        ["Ignas Vaitkus", "Karim Osman"],
        ["Ignas Vaitkus", "Roman Babin"],
    ]


def test_each_of_the_two_ministers_holding_a_separate_meeting_is_a_meeting_of_each() -> None:
    article = _parse(
        "GENEVA (Reuters) - Foreign Minister Roman Babin held talks with his counterpart Karim Osman "
        "in Geneva on Tuesday.\n\n"
        "Earlier, the two ministers each had held a separate meeting with Foreign Minister Ignas Vaitkus.",
        "2026-05-20",
    )
    meetings = [e for e in _of_kind(article, "meeting") if "Ignas Vaitkus" in _names(article, e)]
    assert sorted(_names(article, m) for m in meetings) == [
        ["Ignas Vaitkus", "Karim Osman"],
        ["Ignas Vaitkus", "Roman Babin"],
    ]


def test_a_second_verb_with_a_place_of_its_own_is_held_there_not_at_the_first_verbs_place() -> None:
    article = _parse(
        "VIENNA (Reuters) - On Friday, Roman Babin is due to meet President Karim Osman at the Hofburg "
        "Palace and open an exhibition of Lithuanian art at the Capitoline Museums.\n\n"
        "Ignas Vaitkus arrived in Graz on Monday and held talks with Karim Osman.",
        "2026-05-20",
    )
    (meeting,) = _of_kind(article, "meeting")
    (opening,) = _of_kind(article, "opening")
    assert _venue(article, meeting) == "Hofburg Palace"
    assert _venue(article, opening) == "Capitoline Museums"
    (talks,) = _of_kind(article, "talks")
    assert _venue(article, talks) == "Graz"  # no place of its own: the one before


def test_a_business_forum_spoken_of_right_after_a_visit_is_part_of_it() -> None:
    article = _parse(
        "VILNIUS – Roman Babin will pay a state visit to Lithuania on June 15-16.\n\n"
        "Babin is also expected to address a Lithuanian-Polish business forum in Vilnius.",
        "2026-06-04",
    )
    (forum,) = _of_kind(article, "forum")
    assert _kind(article, forum.parent) == "state_visit"


def test_the_subject_of_a_later_verb_in_the_clause_is_that_events_alone() -> None:
    article = _parse(
        "Roman Babin and Karim Osman opened a new bridge on Monday, the first since Ignas Vaitkus "
        "and Tomas Lenk signed the border treaty in Vilnius in March 2025.",
        "2026-05-20",
    )
    (opening,) = _of_kind(article, "opening")
    (signing,) = _of_kind(article, "signing")
    assert _names(article, opening) == ["Karim Osman", "Roman Babin"]
    assert _names(article, signing) == ["Ignas Vaitkus", "Tomas Lenk"]


def test_a_when_clause_after_a_place_and_date_of_no_event_happens_then_and_there() -> None:
    article = _parse(
        "VIENNA (Reuters) - The text was initialled at the White House in May 2025, when Karim Osman "
        "hosted Roman Babin.",
        "2026-05-20",
    )
    (meeting,) = _of_kind(article, "meeting")
    assert _dates(meeting) == ("2025-05", "2025-05")
    assert _venue(article, meeting) == "White House"


def test_a_visit_placed_in_a_city_goes_to_its_country_and_one_sent_to_a_city_goes_there() -> None:
    article = _parse(
        "ASHGABAT, Turkmenistan (AP) — Roman Babin held talks with Karim Osman in Ashgabat on "
        "Tuesday, the first day of a two-day official visit.\n\n"
        "Osman is expected to travel to Astana next month.",
        "2026-03-03",
    )
    (official,) = _of_kind(article, "official_visit")
    assert _venue(article, official) == "Turkmenistan"
    (trip,) = _of_kind(article, "visit")
    assert _venue(article, trip) == "Astana"


def test_separate_meetings_in_an_after_clause_are_neither_the_meeting_before_nor_the_sessions() -> None:
    article = _parse(
        "VIENNA (Reuters) - Foreign Minister Roman Babin and his counterpart Karim Osman held talks "
        "in Vienna on Tuesday.\n\n"
        "The two ministers met on the sidelines of a session of the council, after each had held a "
        "separate meeting with Foreign Minister Ignas Vaitkus.",
        "2026-05-20",
    )
    meetings = [e for e in _of_kind(article, "meeting") if "Ignas Vaitkus" in _names(article, e)]
    assert sorted(_names(article, m) for m in meetings) == [
        ["Ignas Vaitkus", "Karim Osman"],
        ["Ignas Vaitkus", "Roman Babin"],
    ]
    assert [m.parent for m in meetings] == [None, None]
    (talks,) = _of_kind(article, "talks")
    assert _kind(article, talks.parent) == "session"


def test_a_guest_received_after_a_forum_to_come_was_received_whatever_the_forum() -> None:
    article = _parse(
        "VIENNA (AFP) - Karim Osman will address a business forum in Vienna next week.\n\n"
        "President Karim Osman received Roman Babin at the Hofburg Palace on Thursday.",
        "2026-10-22",
    )
    (meeting,) = _of_kind(article, "meeting")
    assert meeting.status.value == "occurred"
    assert _dates(meeting) == ("2026-10-22", "2026-10-22")


def test_the_next_round_the_ministers_agreed_to_hold_names_no_one() -> None:
    article = _parse(
        "On Tuesday, Foreign Minister Roman Babin met his Austrian counterpart Karim Osman on the "
        "sidelines of a session in Minsk. The ministers agreed to hold the next round of political "
        "consultations in Vilnius in March.",
        "2026-11-20",
    )
    (talks,) = _of_kind(article, "talks")
    assert talks.status.value == "scheduled"
    assert _names(article, talks) == []


def test_two_stops_of_a_tour_joined_by_and_are_two_visits() -> None:
    article = _parse(
        "PRAGUE (Reuters) - Prime Minister Karim Osman flies to Vilnius on Friday for talks with "
        "President Roman Babin and is due in Riga on Monday to address a business forum.",
        "2026-11-25",
    )
    visits = sorted(_of_kind(article, "visit"), key=lambda v: _venue(article, v) or "")
    assert [_venue(article, v) for v in visits] == ["Riga", "Vilnius"]
    assert [v.status.value for v in visits] == ["scheduled", "scheduled"]
    assert [_names(article, v) for v in visits] == [["Karim Osman"], ["Karim Osman"]]
    assert [_dates(v) for v in visits] == [("2026-11-30", "2026-11-30"), ("2026-11-27", "2026-11-27")]


def test_leaving_for_a_capital_on_a_working_visit_places_the_visit_there() -> None:
    article = _parse(
        "On Friday, President Roman Babin will leave for Vilnius on a working visit, the press "
        "service reported.",
        "2026-12-02",
    )
    (visit,) = _of_kind(article, "working_visit")
    assert visit.status.value == "scheduled"
    assert _venue(article, visit) == "Vilnius"
    assert _names(article, visit) == ["Roman Babin"]


def test_a_guest_received_by_a_titled_host_is_a_meeting_of_the_two() -> None:
    article = _parse(
        "VILNIUS – Earlier on Thursday, Karim Osman was received by President Roman Babin.",
        "2026-11-19",
    )
    (meeting,) = _of_kind(article, "meeting")
    assert meeting.status.value == "occurred"
    assert _names(article, meeting) == ["Karim Osman", "Roman Babin"]
    assert _dates(meeting) == ("2026-11-19", "2026-11-19")
    parts = {p.part.value for p in meeting.participants}
    assert parts == {"host", "visitor"}


def test_a_delegation_received_is_a_meeting_with_the_one_who_leads_it() -> None:
    article = _parse(
        "VILNIUS – President Roman Babin on Monday received a parliamentary delegation of Austria "
        "led by Speaker Karim Osman.",
        "2026-11-16",
    )
    (meeting,) = _of_kind(article, "meeting")
    assert meeting.status.value == "occurred"
    assert _names(article, meeting) == ["Karim Osman", "Roman Babin"]
    assert _dates(meeting) == ("2026-11-16", "2026-11-16")


def test_a_letter_received_from_a_delegation_is_no_meeting() -> None:
    article = _parse("VILNIUS – The ministry received a letter from the delegation.", "2026-11-16")
    assert _of_kind(article, "meeting") == []


def test_received_by_a_body_is_no_meeting() -> None:
    article = _parse("The proposal was received by the committee on Monday.", "2026-11-19")
    assert _of_kind(article, "meeting") == []


def test_a_meeting_it_was_agreed_to_hold_is_to_come() -> None:
    article = _parse(
        "It was agreed that the next meeting of the joint commission will be held in Riga in March.",
        "2026-11-19",
    )
    (meeting,) = _of_kind(article, "session")  # a commission meets in session
    assert meeting.status.value == "scheduled"
    assert _dates(meeting) == ("2027-03", "2027-03")


def test_a_relative_clause_dates_the_event_it_names() -> None:
    article = _parse(
        "VILNIUS (AP) — Karim Osman, who arrived on Monday for a three-day state visit, said his "
        "country was ready to help.\n\n"
        "Roman Babin, who will pay an official visit to Riga next year, spoke after him.",
        "2026-11-17",
    )
    (state,) = _of_kind(article, "state_visit")
    assert _dates(state) == ("2026-11-16", "2026-11-18")
    (official,) = _of_kind(article, "official_visit")
    assert _dates(official) == ("2027", "2027")


def test_an_arrival_in_a_relative_clause_does_not_date_the_stay() -> None:
    article = _parse(
        "BAKU (Reuters) - Karim Osman held talks with Roman Babin in Baku on Thursday.\n\n"
        "Osman, who arrived on Wednesday, also met the prime minister.",
        "2026-11-26",
    )
    (visit,) = _of_kind(article, "visit")
    assert visit.dates is None


def test_they_or_the_two_sides_before_a_verb_are_the_persons_of_the_event_before() -> None:
    article = _parse(
        "Marta Kos held talks with Aibek Tursunov in Vienna on Monday, and the two sides signed a "
        "trade protocol.\n\n"
        "Lars Lokke Rasmussen and Bakhtiyor Saidov last met in Oslo in June, when they signed a visa "
        "agreement.",
        "2026-09-15",
    )
    first, second = _of_kind(article, "signing")
    assert _names(article, first) == ["Aibek Tursunov", "Marta Kos"]
    assert _names(article, second) == ["Bakhtiyor Saidov", "Lars Lokke Rasmussen"]
    assert _dates(second) == ("2026-06", "2026-06")


def test_a_bare_title_after_the_is_its_one_holder_or_the_datelines_countrys() -> None:
    article = _parse(
        "ASTANA – President of Kazakhstan Kassym-Jomart Tokayev on Monday received Ambassador of Peru "
        "Luis Castro, who handed over a letter from President of Peru Jose Jeri.\n\n"
        "The President then held a meeting with EU Trade Commissioner Maros Sefcovic, and the "
        "commissioner held separate talks with Foreign Minister Murat Nurtleu.",
        "2026-09-14",
    )
    meeting = next(e for e in _of_kind(article, "meeting") if "Maros Sefcovic" in _names(article, e))
    assert _names(article, meeting) == ["Kassym-Jomart Tokayev", "Maros Sefcovic"]
    (talks,) = _of_kind(article, "talks")
    assert _names(article, talks) == ["Maros Sefcovic", "Murat Nurtleu"]


def test_the_guest_is_the_visitor_and_a_visit_in_a_who_clause_is_its_subjects() -> None:
    article = _parse(
        "TASHKENT – President Shavkat Mirziyoyev on Monday received Prime Minister of Hungary "
        "Viktor Orban, who arrived in Tashkent on Sunday on an official visit.\n\n"
        "The guest also met Speaker of the Senate Tanzila Narbayeva.",
        "2026-09-14",
    )
    (visit,) = _of_kind(article, "official_visit")
    assert _names(article, visit) == ["Viktor Orban"]
    meeting = next(e for e in _of_kind(article, "meeting") if "Tanzila Narbayeva" in _names(article, e))
    assert _names(article, meeting) == ["Tanzila Narbayeva", "Viktor Orban"]


def test_on_the_sidelines_with_no_gathering_named_is_within_the_meeting_before() -> None:
    article = _parse(
        "Foreign ministers of five Central Asian nations met in Astana on Monday with EU "
        "Commissioner Marta Kos.\n\n"
        "On the sidelines, Kos and Foreign Minister Bakhtiyor Saidov signed a memorandum on water.",
        "2026-09-15",
    )
    (signing,) = _of_kind(article, "signing")
    assert _kind(article, signing.parent) == "meeting"
    assert _names(article, signing) == ["Bakhtiyor Saidov", "Marta Kos"]


def test_agreed_in_a_call_says_the_call_took_place() -> None:
    article = _parse(
        "ANKARA, Sept 10 (Reuters) - Turkish President Tayyip Erdogan and Kazakh President "
        "Kassym-Jomart Tokayev agreed in a phone call on Thursday to expand trade.",
        "2026-09-10",
    )
    (call,) = _of_kind(article, "phone_call")
    assert call.status.value == "occurred"
    assert _names(article, call) == ["Kassym-Jomart Tokayev", "Tayyip Erdogan"]


def test_talks_between_two_ministers_in_a_frame_take_them_and_the_weekday_after_the_place() -> None:
    article = _parse(
        "ANKARA, Oct 14 (Reuters) - Turkish Defence Minister Yasar Guler met his Kazakh counterpart "
        "Dauren Kosanov on Monday.\n\n"
        "The plan was agreed during talks between the two ministers in Ankara on Tuesday, when they "
        "also signed a memorandum, Guler said.",
        "2026-10-14",
    )
    (talks,) = _of_kind(article, "talks")
    assert _dates(talks) == ("2026-10-13", "2026-10-13")
    assert _names(article, talks) == ["Dauren Kosanov", "Yasar Guler"]
    assert _venue(article, talks) == "Ankara"


def test_a_day_in_a_summits_sidelines_phrase_dates_what_is_held_there() -> None:
    article = _parse(
        "DUSHANBE, Oct 9 (Reuters) - Leaders of Central Asia ended a two-day summit in Dushanbe on "
        "Thursday.\n\n"
        "On the sidelines of the summit on Wednesday, Sadyr Japarov held talks with Emomali Rahmon "
        "and the two sides signed a border protocol, the Kyrgyz Foreign Ministry said.",
        "2026-10-09",
    )
    (talks,) = _of_kind(article, "talks")
    (signing,) = _of_kind(article, "signing")
    assert _dates(talks) == _dates(signing) == ("2026-10-07", "2026-10-07")
    assert _kind(article, talks.parent) == _kind(article, signing.parent) == "summit"


def test_a_who_clause_ending_the_sentence_names_no_one_of_the_event_before_it() -> None:
    article = _parse(
        "Kassym-Jomart Tokayev on Monday met Ambassador of Peru Luis Castro, who handed over a letter "
        "from President of Peru Jose Jeri.",
        "2026-09-14",
    )
    (meeting,) = _of_kind(article, "meeting")
    assert _names(article, meeting) == ["Kassym-Jomart Tokayev", "Luis Castro"]


def test_a_visit_only_invited_to_is_no_event_until_the_invitation_is_accepted() -> None:
    refused = _parse(
        "During the meeting, Sadyr Japarov conveyed an invitation to Karol Nawrocki to pay an "
        "official visit to Kyrgyzstan.",
        "2026-06-11",
    )
    assert _of_kind(refused, "official_visit") == []
    accepted = _parse(
        "Kassym-Jomart Tokayev handed over an invitation to Luong Cuong to pay a state visit to "
        "Astana next year. The invitation was accepted.",
        "2026-06-11",
    )
    (visit,) = _of_kind(accepted, "state_visit")
    assert visit.status.value == "scheduled"
    assert _dates(visit) == ("2027", "2027")


def test_two_persons_before_a_who_clause_both_do_what_it_says() -> None:
    article = _parse(
        "The call was prepared by Foreign Ministers Murat Nurtleu and Bakhtiyor Saidov, who met last "
        "week on the sidelines of a forum in Antalya.",
        "2026-04-16",
    )
    (meeting,) = _of_kind(article, "meeting")
    assert _names(article, meeting) == ["Bakhtiyor Saidov", "Murat Nurtleu"]


def test_a_frames_place_after_the_resort_of_is_where_its_events_are() -> None:
    article = _parse(
        "MOSCOW (AFP) - Murat Nurtleu and Bakhtiyor Saidov met last week on the sidelines of a "
        "diplomatic forum in the Turkish resort of Antalya.",
        "2026-04-16",
    )
    (forum,) = _of_kind(article, "forum")
    (meeting,) = _of_kind(article, "meeting")
    assert _venue(article, forum) == _venue(article, meeting) == "Antalya"


def test_a_trips_month_dates_the_session_it_is_made_to_co_chair() -> None:
    article = _parse(
        "President Tayyip Erdogan is expected to visit Astana in November to co-chair a session of "
        "the Strategic Cooperation Council with Kassym-Jomart Tokayev.",
        "2026-10-14",
    )
    (session,) = _of_kind(article, "session")
    assert _dates(session) == ("2026-11", "2026-11")


def test_met_two_persons_separately_and_two_meetings_joined_by_while_are_apart() -> None:
    article = _parse(
        "After the ceremony, Sadyr Japarov met Shavkat Mirziyoyev and Emomali Rahmon separately.\n\n"
        "Xi Jinping also met Lula, while Sergei Lavrov had a meeting with Subrahmanyam Jaishankar.",
        "2026-09-10",
    )
    meetings = sorted(_names(article, e) for e in _of_kind(article, "meeting"))
    assert meetings == [
        ["Emomali Rahmon", "Sadyr Japarov"],
        ["Luiz Inacio Lula da Silva", "Xi Jinping"],
        ["Sadyr Japarov", "Shavkat Mirziyoyev"],
        ["Sergei Lavrov", "Subrahmanyam Jaishankar"],
    ]


def test_the_national_minister_is_the_minister_of_foreign_affairs_of_that_country() -> None:
    article = _parse(
        "Minister of Foreign Affairs of Kyrgyzstan Jeenbek Kulubaev held talks with Minister of "
        "Foreign Affairs of Poland Radoslaw Sikorski.\n\n"
        "The Polish minister also took part in a business forum.",
        "2026-06-11",
    )
    (forum,) = _of_kind(article, "forum")
    assert _names(article, forum) == ["Radoslaw Sikorski"]


def test_a_trip_of_the_guest_to_a_region_is_a_leg_and_its_where_clause_is_within_the_visit() -> None:
    article = _parse(
        "Radoslaw Sikorski, who is in Kyrgyzstan on an official visit, held talks with Jeenbek "
        "Kulubaev in Bishkek today.\n\n"
        "On 12 June, the guest will travel to Issyk-Kul region, where the opening of a school in "
        "Karakol is scheduled.",
        "2026-06-11",
    )
    (visit,) = _of_kind(article, "official_visit")
    assert _of_kind(article, "visit") == []
    (opening,) = _of_kind(article, "opening")
    assert opening.parent == visit.id
    assert _names(article, opening) == ["Radoslaw Sikorski"]


def test_a_meeting_with_a_body_framed_in_a_visit_is_the_visitors() -> None:
    article = _parse(
        "Bakhtiyor Saidov, who is on a working visit to Austria, held talks in Vienna with Beate "
        "Meinl-Reisinger on Thursday.\n\n"
        "As part of the visit, a meeting with the leadership of the United Nations Industrial "
        "Development Organization is scheduled for 13 February.",
        "2026-02-12",
    )
    (meeting,) = _of_kind(article, "meeting")
    assert _names(article, meeting) == ["Bakhtiyor Saidov"]


def test_a_place_after_an_english_verb_beats_one_in_its_subjects_words() -> None:
    article = _parse(
        "The Week of Kazakh Culture in Uzbekistan opened on Monday at the Navoi Theatre in the "
        "presence of Shavkat Mirziyoyev.",
        "2026-09-14",
    )
    (opening,) = _of_kind(article, "opening")
    assert _venue(article, opening) == "Navoi Theatre"


def test_are_also_due_to_sign_is_a_plan() -> None:
    article = _parse(
        "Alexei Overchuk and Shahin Mustafayev are also due to sign a roadmap on the transport "
        "corridor, he said.",
        "2026-04-16",
    )
    (signing,) = _of_kind(article, "signing")
    assert signing.status.value == "scheduled"


def test_chairperson_is_a_title_not_a_name() -> None:
    article = _parse(
        "The guest also met Chairperson of the Senate Tanzila Narbayeva on Friday.",
        "2026-05-22",
    )
    assert [p.name for p in article.persons] == ["Tanzila Narbayeva"]


def test_lieutenant_general_is_a_rank_before_the_name() -> None:
    article = _parse(
        "The meeting was chaired by Kyrgyz Defense Minister Lieutenant General Ruslan Mukambetov.",
        "2026-06-25",
    )
    assert [p.name for p in article.persons] == ["Ruslan Mukambetov"]


def test_an_arrival_with_no_place_is_in_the_datelines_city() -> None:
    article = _parse(
        "BAKU, Nov 26 (Reuters) - Shehbaz Sharif, who arrived on Wednesday, met Ali Asadov on Thursday.",
        "2026-11-26",
    )
    (visit,) = _of_kind(article, "visit")
    assert _venue(article, visit) == "Baku"


def test_a_commissions_meeting_is_a_session_and_an_arrival_day_is_no_day_of_the_visits_parts() -> None:
    article = _parse(
        "TASHKENT – Shavkat Mirziyoyev on Thursday received Vyacheslav Volodin, who arrived in "
        "Tashkent on Wednesday on an official visit.\n\n"
        "Earlier in the day, Vyacheslav Volodin held talks with Nuriddin Ismoilov, and the two "
        "speakers then co-chaired the fourth meeting of the inter-parliamentary commission.",
        "2026-05-21",
    )
    (talks,) = _of_kind(article, "talks")
    (session,) = _of_kind(article, "session")
    assert _dates(talks) == _dates(session) == ("2026-05-21", "2026-05-21")
    assert _names(article, session) == ["Nuriddin Ismoilov", "Vyacheslav Volodin"]
    # the visit he arrived on is still being held: the reception is part of it
    (visit,) = _of_kind(article, "official_visit")
    (reception,) = _of_kind(article, "meeting")
    assert reception.parent == visit.id


def test_a_trip_of_the_next_days_during_a_visit_one_arrived_on_is_a_leg_of_it() -> None:
    article = _parse(
        "TASHKENT – Shavkat Mirziyoyev on Thursday received Vyacheslav Volodin, who arrived in "
        "Tashkent on Wednesday on an official visit.\n\n"
        "On Friday, Volodin will travel to Samarkand, where he is expected to meet students. Ties "
        "between Uzbekistan and Russia are growing, he said.",
        "2026-05-21",
    )
    (visit,) = _of_kind(article, "official_visit")
    assert _of_kind(article, "visit") == []
    meeting = next(e for e in _of_kind(article, "meeting") if e.status.value == "scheduled")
    assert meeting.parent == visit.id
    assert _venue(article, meeting) == "Samarkand"
    assert _venue(article, visit) == "Uzbekistan"  # a visit with a leg goes to the country


def test_the_visit_will_end_on_a_day_is_the_last_day_of_the_visit_being_held() -> None:
    article = _parse(
        "TASHKENT – Shavkat Mirziyoyev on Thursday received Vyacheslav Volodin, who arrived in "
        "Tashkent on Wednesday on an official visit.\n\n"
        "Earlier in the day, Volodin held talks with Nuriddin Ismoilov.\n\n"
        "The visit will end on Saturday.",
        "2026-05-21",
    )
    (visit,) = [e for e in article.events if e.kind.value in ("visit", "official_visit")]
    assert visit.kind.value == "official_visit"
    assert _dates(visit) == ("2026-05-20", "2026-05-23")
    (talks,) = _of_kind(article, "talks")
    assert _dates(talks) == ("2026-05-21", "2026-05-21")


def test_earlier_in_the_day_takes_no_day_a_visit_is_given_only_after_it() -> None:
    article = _parse(
        "VILNIUS – President Roman Babin on Monday received Speaker Karim Osman, who is in "
        "Lithuania on an official visit.\n\n"
        "Earlier in the day, Osman held talks with the Speaker of the Seimas Tomas Kairys.\n\n"
        "On Tuesday, the guests will travel to Kaunas, where Osman will meet with the mayor.",
        "2026-11-30",
    )
    (talks,) = _of_kind(article, "talks")
    assert _dates(talks) == ("2026-11-30", "2026-11-30")


def test_leaders_who_watched_ministers_sign_are_the_signings() -> None:
    article = _parse(
        "Shehbaz Sharif held talks with Ilham Aliyev in Baku on Thursday, and the two leaders then "
        "watched ministers sign seven agreements on gas supplies.",
        "2026-11-26",
    )
    (signing,) = _of_kind(article, "signing")
    assert signing.status.value == "occurred"
    assert _names(article, signing) == ["Ilham Aliyev", "Shehbaz Sharif"]


def test_a_meeting_of_a_named_body_is_no_talks_held_before() -> None:
    article = _parse(
        "ASTANA – Foreign Minister of Latvia Baiba Braze held talks with Murat Nurtleu.\n\n"
        "Braze came to Astana from Baku, where on Thursday she attended a meeting of the Council "
        "of the Baltic Sea States.",
        "2026-03-13",
    )
    (talks,) = _of_kind(article, "talks")
    assert _dates(talks) is None
    (meeting,) = _of_kind(article, "meeting")
    assert _dates(meeting) == ("2026-03-12", "2026-03-12")
    assert _names(article, meeting) == ["Baiba Braze"]


def test_a_meeting_of_ministers_in_the_plural_is_no_talks_but_one_of_two_leaders_is() -> None:
    article = _parse(
        "MINSK – Viktor Khrenin held talks with Zakir Hasanov on the sidelines of a meeting of "
        "defence ministers of the CIS in Minsk on Friday.",
        "2026-10-16",
    )
    assert len(_of_kind(article, "talks")) == 1
    assert len(_of_kind(article, "meeting")) == 1
    article = _parse(
        "MINSK – Viktor Khrenin held talks with Zakir Hasanov in Minsk on Friday.\n\n"
        "The meeting of the two ministers lasted three hours.",
        "2026-10-16",
    )
    assert len(_of_kind(article, "talks")) == 1
    assert not _of_kind(article, "meeting")


def test_an_invitation_to_visit_at_a_time_of_its_own_is_a_visit_to_come_of_the_invited() -> None:
    article = _parse(
        "VIENTIANE – Foreign Minister of Laos Thongsavanh Phomvihane on Tuesday received Ahmad "
        "Mahmud, who conveyed an invitation to President of Malaysia Anwar Ibrahim to visit "
        "Kuala Lumpur next year.",
        "2026-09-15",
    )
    (visit,) = [e for e in _of_kind(article, "visit") if _venue(article, e) == "Kuala Lumpur"]
    assert visit.status.value == "scheduled"
    assert _dates(visit) == ("2027", "2027")
    assert _names(article, visit) == ["Anwar Ibrahim"]


def test_who_accepted_an_invitation_to_visit_is_the_visitor_of_a_visit_to_come() -> None:
    article = _parse(
        "VIENTIANE – Ahmad Mahmud on Tuesday met Thongsavanh Phomvihane, who accepted an "
        "invitation to visit Kuala Lumpur.",
        "2026-09-15",
    )
    (visit,) = _of_kind(article, "visit")
    assert visit.status.value == "scheduled"
    assert _names(article, visit) == ["Thongsavanh Phomvihane"]


def test_an_invitation_to_visit_with_no_time_and_not_accepted_is_no_event() -> None:
    article = _parse(
        "VIENTIANE – Ahmad Mahmud on Tuesday met Thongsavanh Phomvihane, who conveyed an "
        "invitation to Anwar Ibrahim to visit Laos.",
        "2026-09-15",
    )
    assert not _of_kind(article, "visit")


def test_who_invites_to_a_gathering_takes_no_part_and_the_invited_only_once_accepted() -> None:
    refused = _parse(
        "VIENTIANE – Ahmad Mahmud on Tuesday invited Thongsavanh Phomvihane to the Kuala Lumpur "
        "Economic Forum in March 2027.",
        "2026-09-15",
    )
    (forum,) = _of_kind(refused, "forum")
    assert _names(refused, forum) == []
    accepted = _parse(
        "VIENTIANE – Ahmad Mahmud on Tuesday invited Thongsavanh Phomvihane to the Kuala Lumpur "
        "Economic Forum in March 2027, an invitation the minister accepted.",
        "2026-09-15",
    )
    (forum,) = _of_kind(accepted, "forum")
    assert _names(accepted, forum) == ["Thongsavanh Phomvihane"]


def test_who_hands_over_an_invitation_from_another_to_visit_is_not_the_visitor() -> None:
    article = _parse(
        "VIENTIANE – Thongsavanh Phomvihane on Tuesday met Ambassador of Malaysia Ahmad Mahmud, "
        "who handed over an invitation from President of Malaysia Anwar Ibrahim to pay a state "
        "visit to Kuala Lumpur next year. The invitation was accepted.",
        "2026-09-15",
    )
    (visit,) = _of_kind(article, "state_visit")
    assert _names(article, visit) == ["Thongsavanh Phomvihane"]


def test_the_press_service_of_a_leader_that_reported_an_event_is_no_side_of_it() -> None:
    article = _parse(
        "VIENTIANE – President of Laos Thongloun Sisoulith on Monday received Ahmad Mahmud. "
        "The previous session of the Lao-Malaysian Joint Commission was held in Kuala Lumpur in "
        "May, the press service of the President reported.",
        "2026-09-15",
    )
    (session,) = _of_kind(article, "session")
    assert _names(article, session) == []


def test_holders_of_an_office_no_one_named_holds_are_not_the_leaders_named_before() -> None:
    article = _parse(
        "VIENTIANE – President of Laos Thongloun Sisoulith met Prime Minister of Malaysia Anwar "
        "Ibrahim on Tuesday. The two leaders agreed that their energy ministers would meet in "
        "Kuala Lumpur in January.",
        "2026-09-15",
    )
    meetings = _of_kind(article, "meeting")
    (planned,) = [e for e in meetings if _venue(article, e) == "Kuala Lumpur"]
    assert _names(article, planned) == []
    assert len(meetings) == 2


def test_a_meeting_of_deputy_ministers_is_not_the_ministers_meeting_named_before() -> None:
    article = _parse(
        "HANOI, Dec 3 (Reuters) - Foreign Minister of Laos Thongsavanh Phomvihane met Foreign "
        "Minister of Vietnam Bui Thanh Son in Hanoi on Thursday. The talks come a week after "
        "deputy foreign ministers of the two countries met in Vientiane.",
        "2026-12-03",
    )
    meetings = _of_kind(article, "meeting") + _of_kind(article, "talks")
    (earlier,) = [e for e in meetings if _venue(article, e) == "Vientiane"]
    assert _names(article, earlier) == []


def test_later_in_the_day_takes_the_day_of_the_last_event_dated_to_one_day() -> None:
    article = _parse(
        "HANOI, Dec 3 (Reuters) - Foreign Minister of Laos Thongsavanh Phomvihane held talks with "
        "Foreign Minister of Vietnam Bui Thanh Son in Hanoi on Thursday. Bui Thanh Son said the two "
        "sides would hold a summit in Vientiane next year. Later in the day Phomvihane was received "
        "by Prime Minister Pham Minh Chinh.",
        "2026-12-03",
    )
    (meeting,) = _of_kind(article, "meeting")
    assert _dates(meeting) == ("2026-12-03", "2026-12-03")


def test_the_national_minister_is_not_the_prime_minister_of_that_country() -> None:
    article = _parse(
        "VIENTIANE – Minister of Foreign Affairs of Malaysia Ahmad Mahmud on Wednesday opened the "
        "new building of the Embassy of Malaysia in Vientiane. Later in the day, the Malaysian "
        "minister was received by President of Laos Thongloun Sisoulith, who conveyed an invitation "
        "to Prime Minister of Malaysia Anwar Ibrahim to visit Vientiane next year.",
        "2026-12-02",
    )
    (meeting,) = _of_kind(article, "meeting")
    assert _names(article, meeting) == ["Ahmad Mahmud", "Thongloun Sisoulith"]


def test_fly_on_to_a_city_is_a_trip_there_as_travel_on_to_is() -> None:
    article = _parse(
        "VIENTIANE (AP) — Prime Minister of Malaysia Anwar Ibrahim met President of Laos Thongloun "
        "Sisoulith on Wednesday. Anwar is scheduled to fly on to Hanoi for talks with President of "
        "Vietnam Luong Cuong, officials said.",
        "2026-12-02",
    )
    (trip,) = [e for e in _of_kind(article, "visit") if _venue(article, e) == "Hanoi"]
    assert trip.status.value == "scheduled"
    (talks,) = _of_kind(article, "talks")
    assert talks.parent == trip.id


def test_a_trip_next_week_is_dated_by_the_week_and_by_its_own_days_where_given() -> None:
    week = _parse(
        "RIGA (AFP) - Foreign Minister of Laos Thongsavanh Phomvihane will travel to Riga next week "
        "for talks with his Latvian counterpart Baiba Braze.",
        "2026-12-03",
    )
    (trip,) = _of_kind(week, "visit")
    assert _dates(trip) == ("2026-12-07", "2026-12-13")
    days = _parse(
        "Laos minister to visit Riga next week\n\nRIGA (AFP) - Foreign Minister of Laos Thongsavanh "
        "Phomvihane will travel to Latvia from December 8 to 9 for talks with his counterpart Baiba "
        "Braze.",
        "2026-12-03",
    )
    (trip,) = _of_kind(days, "visit")
    assert _dates(trip) == ("2026-12-08", "2026-12-09")


def test_agreed_to_meet_again_is_a_meeting_of_its_own_after_one_called_off() -> None:
    article = _parse(
        "A meeting of the ministers with Japanese officials, planned for October in Osaka, was "
        "called off last week. The ministers agreed to meet again in Geneva in the spring.",
        "2026-10-13",
    )
    meetings = _of_kind(article, "meeting")
    assert sorted(_venue(article, e) or "" for e in meetings) == ["Geneva", "Osaka"]


def test_the_head_of_a_countrys_diplomatic_service_is_its_foreign_minister() -> None:
    article = _parse(
        "On 4 March 2026, Minister of Foreign Affairs of Latvia Baiba Braze, who is on a working "
        "visit to Laos, held talks in Vientiane with Thongsavanh Phomvihane. On the same day, the "
        "head of the Latvian diplomatic service took part in the opening of an exhibition of "
        "Latvian textiles at the National Library.",
        "2026-03-04",
    )
    (opening,) = _of_kind(article, "opening")
    assert _names(article, opening) == ["Baiba Braze"]


def test_a_deputy_ministers_title_does_not_name_the_minister() -> None:
    article = _parse(
        "Riga, 3 December 2026 – Deputy Minister of Foreign Affairs of the Republic of Latvia Andris "
        "Pelss and State Secretary of the Ministry of Foreign Affairs of Georgia Lasha Darsalia held "
        "today in Riga the second round of political consultations between the foreign ministries "
        "of the two countries.\n\nLasha Darsalia was also received by Minister of Foreign Affairs "
        "of the Republic of Latvia Baiba Braze.",
        "2026-12-03",
    )
    (talks,) = _of_kind(article, "talks")
    assert _names(article, talks) == ["Andris Pelss", "Lasha Darsalia"]


def test_a_meeting_of_a_body_is_not_the_reception_of_its_member() -> None:
    article = _parse(
        "Talks in Bishkek\n\nBISHKEK – Kyrgyz Foreign Minister Zheenbek Kulubaev and Hungarian Minister of "
        "Foreign Affairs and Trade Peter Szabo held talks on Thursday.\n\n"
        "Later in the day, the Hungarian minister was received by President of Kyrgyzstan Sadyr Japarov.\n\n"
        "Szabo arrived in Bishkek on Wednesday from Astana, where on Tuesday he attended a meeting of the "
        "Council of Foreign Ministers of the Organization of Turkic States.",
        "2026-05-14",
    )
    meetings = _of_kind(article, "meeting")
    assert [(_names(article, e), _venue(article, e)) for e in meetings] == [
        (["Peter Szabo", "Sadyr Japarov"], "Bishkek"),
        (["Peter Szabo"], "Astana"),
    ]


def test_a_gathering_opened_is_the_thing_opened_and_a_meeting_that_opens_is_the_meeting() -> None:
    article = _parse(
        "ROME, Nov 5 (Reuters) - Polish President Karol Nawrocki attended the opening of the "
        "Polish-Italian Business Forum in Milan on Thursday. On Friday, he is expected to open the "
        "regional investment forum in Turin.\n\n"
        "The third meeting of the Baltic Energy Dialogue opened in Rome on Wednesday.",
        "2026-11-05",
    )
    assert _of_kind(article, "forum") == []
    openings = _of_kind(article, "opening")
    assert [(e.status.value, _venue(article, e), _dates(e)) for e in openings] == [
        ("occurred", "Milan", ("2026-11-05", "2026-11-05")),
        ("scheduled", "Turin", ("2026-11-06", "2026-11-06")),
    ]
    (meeting,) = _of_kind(article, "meeting")
    assert _venue(article, meeting) == "Rome"
    assert _dates(meeting) == ("2026-11-04", "2026-11-04")


def test_the_day_before_is_the_day_before_the_news() -> None:
    article = _parse(
        "TALLINN, May 6 (Reuters) - Estonian Prime Minister Kristen Michal held talks with Latvian "
        "Prime Minister Evika Silina in Tallinn on Wednesday. Foreign ministers Margus Tsahkna and "
        "Baiba Braze met the day before to finalise the documents.\n\n"
        "The day before, Silina held talks with Finnish President Alexander Stubb in Helsinki.",
        "2026-05-06",
    )
    talks = _of_kind(article, "talks")
    assert [(_names(article, e), _dates(e)) for e in talks] == [
        (["Evika Silina", "Kristen Michal"], ("2026-05-06", "2026-05-06")),
        (["Alexander Stubb", "Evika Silina"], ("2026-05-05", "2026-05-05")),
    ]
    (meeting,) = _of_kind(article, "meeting")
    assert _names(article, meeting) == ["Baiba Braze", "Margus Tsahkna"]
    assert _dates(meeting) == ("2026-05-05", "2026-05-05")


def test_who_reports_words_with_a_subject_of_their_own_takes_no_part() -> None:
    article = _parse(
        "ASTANA, May 6 (Reuters) - Kazakh Foreign Minister Murat Nurtleu said Kazakhstan was ready to "
        "host a summit of the Organization of Turkic States next year. Nurtleu told reporters that "
        "the intergovernmental commission would meet in Baku next month.\n\n"
        "Nurtleu said he would travel to Tbilisi next week.",
        "2026-05-06",
    )
    (summit,) = _of_kind(article, "summit")
    assert _names(article, summit) == []
    (session,) = _of_kind(article, "session")
    assert _names(article, session) == []
    (visit,) = _of_kind(article, "visit")
    assert _names(article, visit) == ["Murat Nurtleu"]


def test_what_a_speaker_adds_is_a_clause_of_its_own() -> None:
    article = _parse(
        "ROME, May 6 (Reuters) - Italian Foreign Minister Antonio Tajani and his Polish counterpart "
        "Radoslaw Sikorski met in Rome on Tuesday, a Polish diplomat told Reuters, adding that a "
        "session of the two countries' business council had been postponed.",
        "2026-05-06",
    )
    (meeting,) = _of_kind(article, "meeting")
    assert meeting.status.value == "occurred"
    assert _names(article, meeting) == ["Antonio Tajani", "Radoslaw Sikorski"]
    (session,) = _of_kind(article, "session")
    assert session.status.value == "postponed"
    assert _names(article, session) == []


def test_also_inside_a_passive_of_receiving() -> None:
    article = _parse(
        "VILNIUS, May 6 (Reuters) - Estonian Foreign Minister Margus Tsahkna held talks with his "
        "Lithuanian counterpart Kestutis Budrys in Vilnius on Wednesday. Tsahkna was also received "
        "by President Gitanas Nauseda.",
        "2026-05-06",
    )
    (meeting,) = _of_kind(article, "meeting")
    assert _names(article, meeting) == ["Gitanas Nauseda", "Margus Tsahkna"]


def test_a_date_of_reported_words_is_of_their_event() -> None:
    article = _parse(
        "TBILISI, Dec 10 (Reuters) - Georgia signed a protocol with Japan on market access in "
        "September, the minister noted, and talks with the EU would resume on Tuesday in Brussels.\n\n"
        "Georgia and Armenia will hold a joint exercise next year, Defence Minister Irakli Chikovani "
        "said on Wednesday, a day after his Armenian counterpart Suren Papikyan ended a visit to "
        "Tbilisi.",
        "2026-12-10",
    )
    (signing,) = _of_kind(article, "signing")
    assert _dates(signing) == ("2026-09", "2026-09")
    (talks,) = _of_kind(article, "talks")
    assert _dates(talks) == ("2026-12-15", "2026-12-15")
    (visit,) = _of_kind(article, "visit")
    assert _dates(visit) != ("2027", "2027")


def test_the_day_before_another_event_is_its_eve_not_a_day() -> None:
    article = _parse(
        "RIGA, May 6 (Reuters) - Latvian Prime Minister Evika Silina held talks with Estonian Prime "
        "Minister Kristen Michal in Riga on Wednesday. Silina met Lithuanian President Gitanas "
        "Nauseda on the day before the summit of the Baltic Council.",
        "2026-05-06",
    )
    (meeting,) = _of_kind(article, "meeting")
    assert _dates(meeting) != ("2026-05-05", "2026-05-05")


def test_a_part_after_a_part_of_a_part_is_in_the_visit() -> None:
    article = _parse(
        "OSLO, June 5 (Reuters) - Norwegian Defence Minister Tore Sandvik said on Friday that a joint "
        "drill was planned for next spring, a day after his Polish counterpart Wladyslaw "
        "Kosiniak-Kamysz ended a three-day visit to Norway.\n\n"
        "The drill was agreed during talks between the two ministers in Oslo on Wednesday, when they "
        "also signed a defence roadmap, Sandvik said.\n\n"
        "Kosiniak-Kamysz also met Chief of Defence General Eirik Kristoffersen, the ministry said.",
        "2026-06-05",
    )
    (visit,) = _of_kind(article, "visit")
    (talks,) = _of_kind(article, "talks")
    (meeting,) = _of_kind(article, "meeting")
    assert _kind(article, talks.parent) == "visit"
    assert meeting.parent == visit.id


def test_a_pronoun_opening_a_sentence_is_the_subject_of_the_one_before() -> None:
    article = _parse(
        "OSLO, June 3 (Reuters) - Polish Foreign Minister Radoslaw Sikorski, who arrived in Oslo on "
        "Tuesday on an official visit, held talks with Norwegian Foreign Minister Espen Barth Eide "
        "and Finnish Minister Jari Lindstrom on Wednesday. He was also received by Prime Minister "
        "Jonas Gahr Store.",
        "2026-06-03",
    )
    (meeting,) = _of_kind(article, "meeting")
    assert _names(article, meeting) == ["Jonas Gahr Store", "Radoslaw Sikorski"]


def test_a_pronoun_opening_a_sentence_passes_over_a_quoted_name() -> None:
    article = _parse(
        'OSLO, June 3 (Reuters) - "Mr Eide knows our position," Polish Foreign Minister Radoslaw '
        "Sikorski told reporters. He met Prime Minister Jonas Gahr Store on Wednesday.",
        "2026-06-03",
    )
    (meeting,) = _of_kind(article, "meeting")
    assert "Radoslaw Sikorski" in _names(article, meeting)


def test_a_pronoun_after_a_phrase_opening_its_sentence_is_the_subject_of_the_one_before() -> None:
    article = _parse(
        "RIGA (AP) — Estonian Foreign Minister Margus Tsahkna held talks on Monday with Latvian "
        "Prime Minister Evika Silina and Deputy Prime Minister Andris Spruds.\n\n"
        "Late on Tuesday, he is to fly to Vilnius, where he will open an Estonian school.",
        "2026-09-07",
    )
    (trip,) = _of_kind(article, "visit")
    assert _names(article, trip) == ["Margus Tsahkna"]
    (opening,) = _of_kind(article, "opening")
    assert _names(article, opening) == ["Margus Tsahkna"]


def test_a_gathering_that_closes_on_a_weekday_closes_in_the_days_to_come() -> None:
    article = _parse(
        "TBILISI (AP) — The Black Sea transport conference, which began on Monday, ends Friday, "
        "the Georgian government said.",
        "2026-05-13",
    )
    assert [(d.text, str(d.dates.start)) for d in article.dates if "day" in d.text] == [
        ("on Monday", "2026-05-11"),
        ("Friday", "2026-05-15"),
    ]


def test_a_gathering_a_group_agreed_to_hold_or_prepare_names_no_one_yet() -> None:
    article = _parse(
        "VILNIUS (Reuters) - Lithuanian Foreign Minister Kestutis Budrys and his Polish counterpart "
        "Radoslaw Sikorski met in Vilnius on Friday.\n\n"
        "The two ministers decided to open a rail link and to convene the first forum of border "
        "regions in Kaunas in June. Officials said the presidents had also agreed to prepare a "
        "Baltic summit next year.",
        "2026-03-06",
    )
    (forum,) = _of_kind(article, "forum")
    assert _names(article, forum) == []
    (summit,) = _of_kind(article, "summit")
    assert _names(article, summit) == []


def test_a_relative_clause_telling_a_visits_end_or_later_legs_leaves_it_under_way() -> None:
    article = _parse(
        "BAKU (AP) — Slovak Foreign Minister Juraj Blanar met Azerbaijani President Ilham Aliyev on "
        "Monday, the opening day of a three-day trip that will also take him to Ganja.",
        "2026-04-13",
    )
    (meeting,) = _of_kind(article, "meeting")
    (visit,) = _of_kind(article, "visit")
    assert visit.status.value == "occurred"
    assert meeting.parent == visit.id
    article = _parse(
        "SOFIA (AP) — Estonian Prime Minister Kristen Michal is in Bulgaria on an official visit, "
        "which concludes on Friday.",
        "2026-04-15",
    )
    (visit,) = _of_kind(article, "official_visit")
    assert visit.status.value == "occurred"


def test_a_possessive_pronoun_before_a_visit_names_whose_visit_it_is() -> None:
    article = _parse(
        "VIENNA (AP) — Austrian Chancellor Christian Stocker received Moldovan Prime Minister "
        "Alexandru Munteanu, who is in Austria on an official visit.\n\n"
        "Georgian Foreign Minister Giorgi Kvirikashvili met Estonian Foreign Minister Kaja Kallas in "
        "Tbilisi on Tuesday, the second day of her three-day working visit to Georgia.",
        "2026-02-10",
    )
    (visit,) = _of_kind(article, "working_visit")
    assert _names(article, visit) == ["Kaja Kallas"]


def test_a_nationals_title_names_a_minister_whose_title_goes_on_with_for() -> None:
    article = _parse(
        "Yerevan, 3 March 2026 – Today, President of the Republic of Armenia Vahagn Khachaturyan "
        "received Minister for Foreign Trade and Development of the Netherlands Reinette Klever.\n\n"
        "Earlier, the Dutch minister had talks with Minister of Economy of the Republic of Armenia "
        "Gevorg Papoyan, after which the ministers signed a memorandum on trade.",
        "2026-03-03",
    )
    (talks,) = _of_kind(article, "talks")
    assert _names(article, talks) == ["Gevorg Papoyan", "Reinette Klever"]
    (signing,) = _of_kind(article, "signing")
    assert _names(article, signing) == ["Gevorg Papoyan", "Reinette Klever"]


def test_leaders_who_watched_ministers_sign_a_number_of_papers_are_its_participants() -> None:
    article = _parse(
        "ROME, March 4 (Reuters) - Italian Prime Minister Giorgia Meloni and Kyrgyz President Sadyr "
        "Japarov held talks at Palazzo Chigi on Wednesday and then watched officials sign three "
        "memorandums on energy and culture.",
        "2026-03-04",
    )
    (signing,) = _of_kind(article, "signing")
    assert _names(article, signing) == ["Giorgia Meloni", "Sadyr Japarov"]


def test_an_opening_only_agreed_on_or_spoken_of_as_possible_is_no_event() -> None:
    article = _parse(
        "BAKU (Reuters) - Azerbaijani Foreign Minister Jeyhun Bayramov and his Uzbek counterpart "
        "Bakhtiyor Saidov held talks in Baku on Monday. They discussed the prospects of opening a "
        "trade house of Uzbekistan in Sumgait, and Saidov said the sides had decided to open a "
        "second rail terminal on the border in 2027.",
        "2026-06-08",
    )
    assert _of_kind(article, "opening") == []
    assert len(_of_kind(article, "talks")) == 1


def test_a_welcome_ceremony_is_not_the_signing_the_leaders_witnessed() -> None:
    article = _parse(
        "SEOUL (AP) — Uzbek President Shavkat Mirziyoyev was greeted with a welcoming ceremony at "
        "the presidential office on Tuesday before talks with South Korean President Lee Jae-myung. "
        "The two presidents then witnessed the signing of nine agreements.",
        "2026-05-12",
    )
    assert len(_of_kind(article, "ceremony")) == 1
    assert len(_of_kind(article, "signing")) == 1


def test_talks_dated_months_before_are_not_the_undated_talks_of_the_news() -> None:
    article = _parse(
        "ANKARA, Oct 9 (Reuters) - Turkish Foreign Minister Hakan Fidan held talks with Kazakh "
        "Foreign Minister Murat Nurtleu in Ankara, the ministry said.\n\n"
        "Nurtleu will visit Istanbul next month, a spokesman said. He and Fidan last met in Astana in "
        "June, when they signed a memorandum on consular work.",
        "2026-10-09",
    )
    (talks,) = _of_kind(article, "talks")
    assert _dates(talks) is None
    (meeting,) = _of_kind(article, "meeting")
    assert _dates(meeting) == ("2026-06", "2026-06")
    assert _names(article, meeting) == ["Hakan Fidan", "Murat Nurtleu"]


def test_a_trip_within_a_visit_to_come_is_a_leg_of_it_and_st_ends_no_sentence() -> None:
    article = _parse(
        "MOSCOW, December 22 - President of Ruritania Karel Novak will be in Russia on an official "
        "visit from December 23 to 26, the Kremlin said. Novak will also meet Prime Minister "
        "Mikhail Mishustin and will visit St. Petersburg on Saturday.",
        "2026-12-22",
    )
    saturday = [d for d in article.dates if d.text == "on Saturday"]
    assert [str(d.dates.start) for d in saturday] == ["2026-12-26"]  # the next Saturday, not the last
    visits = [e for e in article.events if e.kind.value in ("visit", "official_visit")]
    assert [(e.kind.value, _dates(e), _venue(article, e)) for e in visits] == [
        ("official_visit", ("2026-12-23", "2026-12-26"), "Russia")
    ]


def test_consultations_a_paper_is_about_are_no_talks_and_leave_the_date_to_the_signing() -> None:
    article = _parse(
        "RIGA, 9 March 2027 – Latvia and Mongolia on Tuesday signed a protocol on regular "
        "consultations of their foreign ministries in Riga.\n\n"
        "The agreement of political consultations was signed by Roman Babin and Karim Osman.",
        "2027-03-09",
    )
    assert [e.kind.value for e in article.events] == ["signing"]
    (signing,) = article.events
    assert _dates(signing) == ("2027-03-09", "2027-03-09")


def test_consultations_held_are_still_talks_beside_a_signing() -> None:
    article = _parse(
        "Roman Babin held consultations with Karim Osman in Riga on Tuesday and signed a protocol on trade.",
        "2027-03-10",
    )
    assert sorted(e.kind.value for e in article.events) == ["signing", "talks"]


def test_a_date_in_a_clause_describing_the_paper_is_no_date_of_the_signing() -> None:
    article = _parse(
        "Roman Babin began a three-day official visit to Mongolia on Monday. He held talks with "
        "Karim Osman in Ulaanbaatar on Tuesday, and the two ministers signed a protocol on "
        "rail freight which lets the first container trains run in September.",
        "2026-05-19",
    )
    (signing,) = _of_kind(article, "signing")
    assert _dates(signing) is None
    assert _kind(article, signing.parent) == "official_visit"


def test_a_clause_after_the_paper_that_names_an_event_leaves_its_date_alone() -> None:
    article = _parse(
        "Roman Babin and Karim Osman signed a protocol that was drafted at talks in Ulaanbaatar in April.",
        "2026-05-19",
    )
    (talks,) = _of_kind(article, "talks")
    assert _dates(talks) == ("2026-04", "2026-04")
