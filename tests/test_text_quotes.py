"""The quote rules, one test per rule, on small texts written for the project."""

from __future__ import annotations

import pytest

from eventkit import Article, QuoteKind, parse_article
from eventkit.text._words import is_outlet_name

__all__: list[str] = []


def parse(text: str) -> Article:
    return parse_article(" date 2025-11-11 " + text, entities=False)


def only(article: Article) -> tuple[str, QuoteKind, str | None, str | None]:
    assert len(article.quotes) == 1, [q.text for q in article.quotes]
    q = article.quotes[0]
    return q.text, q.kind, q.cue, q.speaker_text


# ------------------------------------------------------------------------------- direct


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "«Мы готовы к диалогу», — сказал он.",
            ("Мы готовы к диалогу", QuoteKind.DIRECT, "сказал", "он"),
        ),
        (
            '"Переговоры были продуктивными", - заявил Песков.',
            ("Переговоры были продуктивными", QuoteKind.DIRECT, "заявил", "Песков"),
        ),
        (
            '«Визит пройдет по плану», — сказал "Ъ" депутат Олег Серов.',
            ("Визит пройдет по плану", QuoteKind.DIRECT, "сказал", "депутат Олег Серов"),
        ),
        (
            "«Визит пройдет по плану», — отметил глава МИД Сергей Лавров журналистам.",
            ("Визит пройдет по плану", QuoteKind.DIRECT, "отметил", "глава МИД Сергей Лавров"),
        ),
        (
            "«Это важный шаг», — Лавров отметил после встречи.",
            ("Это важный шаг", QuoteKind.DIRECT, "отметил", "Лавров"),
        ),
        (
            "Песков заявил: «Президент примет участие в саммите».",
            ("Президент примет участие в саммите", QuoteKind.DIRECT, "заявил", "Песков"),
        ),
        (
            "Пресс-секретарь Кремля Дмитрий Песков сказал журналистам: «Дата визита согласована».",
            ("Дата визита согласована", QuoteKind.DIRECT, "сказал", "Пресс-секретарь Кремля Дмитрий Песков"),
        ),
        (
            '"Идея создания этого сквера реализуется весьма своевременно". Андрей Яцкин',
            (
                "Идея создания этого сквера реализуется весьма своевременно",
                QuoteKind.DIRECT,
                None,
                "Андрей Яцкин",
            ),
        ),
        (
            "— Мы видим в Африке ключевого партнера, — сказал Путин.",
            ("Мы видим в Африке ключевого партнера", QuoteKind.DIRECT, "сказал", "Путин"),
        ),
        (
            "«Мы готовы», — сказала журналистам официальный представитель МИД Мария Захарова.",
            ("Мы готовы", QuoteKind.DIRECT, "сказала", "официальный представитель МИД Мария Захарова"),
        ),
        (
            "«Это важный шаг», — отметил в беседе с корреспондентом Zakon.kz депутат Мажилиса Айдос Сарым.",
            ("Это важный шаг", QuoteKind.DIRECT, "отметил", "депутат Мажилиса Айдос Сарым"),
        ),
        (
            '"We are ready for dialogue," Lavrov said.',
            ("We are ready for dialogue", QuoteKind.DIRECT, "said", "Lavrov"),
        ),
        (
            "“The visit will open a new chapter,” said Berik Uali, the press secretary.",
            ("The visit will open a new chapter", QuoteKind.DIRECT, "said", "Berik Uali"),
        ),
    ],
)
def test_direct_speech_with_its_attribution(text: str, expected: tuple[object, ...]) -> None:
    assert only(parse(text)) == expected


def test_direct_quote_spanning_several_sentences() -> None:
    a = parse("«Мы ждем этого визита. Повестка насыщенная: энергетика, транспорт», — сказал Песков.")
    assert only(a)[0] == "Мы ждем этого визита. Повестка насыщенная: энергетика, транспорт"


def test_nested_quote_marks_belong_to_the_outer_quote() -> None:
    a = parse("Песков также заявил: «Президенты обсудят подготовку к форуму „Россия — Африка“ осенью».")
    text, kind, cue, speaker = only(a)
    assert text == "Президенты обсудят подготовку к форуму „Россия — Африка“ осенью"
    assert (kind, cue, speaker) == (QuoteKind.DIRECT, "заявил", "Песков")


def test_quote_text_is_the_text_at_its_span_and_paragraph_is_its_index() -> None:
    a = parse("Первый абзац без цитат.\n\n«Мы готовы к диалогу», — сказал он.")
    (q,) = a.quotes
    assert a.text[q.span.start : q.span.end] == q.text
    assert q.paragraph == 1
    assert q.id == "q1"


def test_attribution_between_dashes_inside_the_quote_marks() -> None:
    a = parse("«Это не политическая акция, — уточнил Белов. — Мы решили не устраивать маршей».")
    text, kind, cue, speaker = only(a)
    assert text.startswith("Это не политическая акция")
    assert (kind, cue, speaker) == (QuoteKind.DIRECT, "уточнил", "Белов")


def test_colon_at_the_end_of_the_previous_paragraph() -> None:
    a = parse("Далее министр Лавров объяснил:\n\n«Мы не видим здесь непреодолимых проблем для переговоров».")
    _, kind, cue, speaker = only(a)
    assert (kind, cue, speaker) == (QuoteKind.DIRECT, "объяснил", "министр Лавров")
    assert a.quotes[0].paragraph == 1


def test_a_whole_sentence_in_quote_marks_continues_the_previous_speaker() -> None:
    a = parse('"Our countries will keep working together," Lavrov said. "We see no alternative to dialogue."')
    assert [(q.text, q.kind, q.cue, q.speaker_text) for q in a.quotes] == [
        ("Our countries will keep working together", QuoteKind.DIRECT, "said", "Lavrov"),
        ("We see no alternative to dialogue.", QuoteKind.DIRECT, None, "Lavrov"),
    ]


# ----------------------------------------------------------------------------- indirect


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "По словам казахстанского министра, Россию и Казахстан связывает крепкая связь.",
            (
                "Россию и Казахстан связывает крепкая связь",
                QuoteKind.INDIRECT,
                "По словам",
                "казахстанского министра",
            ),
        ),
        (
            "По ее мнению, культура стала мостом между народами.",
            ("культура стала мостом между народами", QuoteKind.INDIRECT, "По ее мнению", "ее"),
        ),
        (
            "Лавров отметил, что стороны продолжат консультации.",
            ("стороны продолжат консультации", QuoteKind.INDIRECT, "отметил", "Лавров"),
        ),
        (
            "Нынешний год вновь подтвердил прочность традиций, отметила Аида Балаева.",
            (
                "Нынешний год вновь подтвердил прочность традиций",
                QuoteKind.INDIRECT,
                "отметила",
                "Аида Балаева",
            ),
        ),
        (
            "Как заявил Песков, дата визита пока не определена.",
            ("дата визита пока не определена", QuoteKind.INDIRECT, "заявил", "Песков"),
        ),
        (
            "Российский лидер, в свою очередь, подчеркнул, что Москва ценит это сотрудничество.",
            ("Москва ценит это сотрудничество", QuoteKind.INDIRECT, "подчеркнул", "Российский лидер"),
        ),
        (
            "Глава МИД России Сергей Лавров, выступая перед прессой, заявил, что переговоры прошли хорошо.",
            ("переговоры прошли хорошо", QuoteKind.INDIRECT, "заявил", "Глава МИД России Сергей Лавров"),
        ),
        (
            "Как сообщил журналистам Песков, график визита уже согласован.",
            ("график визита уже согласован", QuoteKind.INDIRECT, "сообщил", "Песков"),
        ),
        (
            "Lavrov, speaking at a news conference, said the talks had been useful and frank.",
            ("the talks had been useful and frank", QuoteKind.INDIRECT, "said", "Lavrov"),
        ),
        (
            "Wang said that Beijing was ready to host the next round.",
            ("Beijing was ready to host the next round", QuoteKind.INDIRECT, "said", "Wang"),
        ),
        (
            "The ministers discussed the summit, Kremlin spokesperson Dmitry Peskov said.",
            (
                "The ministers discussed the summit",
                QuoteKind.INDIRECT,
                "said",
                "Kremlin spokesperson Dmitry Peskov",
            ),
        ),
        (
            "According to Wang Yi, the talks were useful for both sides.",
            ("the talks were useful for both sides", QuoteKind.INDIRECT, "According to", "Wang Yi"),
        ),
        (
            "The talks were useful for both sides, according to Wang Yi.",
            ("The talks were useful for both sides", QuoteKind.INDIRECT, "according to", "Wang Yi"),
        ),
    ],
)
def test_reported_speech(text: str, expected: tuple[object, ...]) -> None:
    assert only(parse(text)) == expected


def test_about_this_said_x_reports_the_sentence_after_a_dateline_with_a_stop() -> None:
    article = parse(
        "АСТАНА. KAZINFORM – Визит министра в Грузию перенесен на ноябрь. "
        "Об этом журналистам сообщил официальный представитель МИД Айбек Нуров."
    )
    (quote,) = article.quotes
    assert quote.text == "Визит министра в Грузию перенесен на ноябрь"
    assert quote.speaker_text == "официальный представитель МИД Айбек Нуров"


def test_about_this_said_x_reports_the_sentence_before() -> None:
    a = parse("Визит президента пройдет 11-12 ноября. Об этом заявил пресс-секретарь Кремля Дмитрий Песков.")
    assert only(a) == (
        "Визит президента пройдет 11-12 ноября",
        QuoteKind.INDIRECT,
        "заявил",
        "пресс-секретарь Кремля Дмитрий Песков",
    )
    assert parse("Визит пройдет в ноябре. Об этом сообщает ТАСС.").quotes == ()


def test_an_outlet_between_cue_and_speaker_is_skipped() -> None:
    assert only(parse("«Переговоры прошли успешно», — заявил РИА Новости Песков."))[3] == "Песков"


def test_english_attribution_with_a_time_after_the_cue() -> None:
    assert only(parse("The talks were useful and frank, Peskov said on Monday.")) == (
        "The talks were useful and frank",
        QuoteKind.INDIRECT,
        "said",
        "Peskov",
    )


def test_a_following_sentence_continues_the_reported_speech() -> None:
    a = parse("По словам министра, связь между странами крепкая. И главную роль играет культура.")
    assert only(a)[0] == "связь между странами крепкая. И главную роль играет культура"


def test_a_sentence_with_its_own_cue_is_a_quote_of_its_own() -> None:
    a = parse(
        "По ее мнению, культура стала мостом. "
        "Нынешний год подтвердил прочность связей, отметила Аида Балаева."
    )
    assert [(q.cue, q.speaker_text) for q in a.quotes] == [
        ("По ее мнению", "ее"),
        ("отметила", "Аида Балаева"),
    ]


def test_the_reporters_own_words_end_the_reported_speech() -> None:
    a = parse("По словам министра, визит прошел успешно. Напомним, что в мае министр посетил Астану.")
    assert only(a)[0] == "визит прошел успешно"


def test_reported_speech_with_a_long_quoted_passage_is_mixed() -> None:
    a = parse('Путин подчеркнул, что Москва ценит "многолетнее и доверительное сотрудничество" с Преторией.')
    assert only(a)[1] == QuoteKind.MIXED


def test_a_short_quoted_phrase_inside_reported_speech_stays_indirect() -> None:
    a = parse('По ее мнению, для обеих стран культура стала "духовным мостом", ведущим к единству.')
    text, kind, _, _ = only(a)
    assert kind == QuoteKind.INDIRECT
    assert '"духовным мостом"' in text


# ---------------------------------------------------------------------------- not quotes


@pytest.mark.parametrize(
    "text",
    [
        'Новый сквер расположен в районе станции "Алма-Атинская", сообщает Zakon.kz.',
        'Президент написал статью, которую опубликовала "Российская газета".',
        "Стороны обсудили подготовку к форуму «Россия — Африка» осенью.",
        "Делегации встретились в отеле „Метрополь“ в центре города.",
        'The minister gave an interview to "The Astana Times" on Monday.',
        "Выставка открылась в филиале «Городской исторический музей имени А. В. Петрова и его учеников».",
    ],
)
def test_names_and_titles_in_quote_marks_are_not_quotes(text: str) -> None:
    assert parse(text).quotes == ()


def test_an_outlet_after_a_quote_is_a_source_not_a_speaker() -> None:
    a = parse("Президент посетит Москву в ноябре, сообщил ТАСС.")
    assert a.quotes == ()
    assert [s.name for s in a.info_sources] == ["ТАСС"] or (a.outlet is not None and a.outlet.name == "ТАСС")


def test_a_body_speaking_is_a_source_not_a_quote() -> None:
    a = parse("Первый абзац.\n\nThe prime minister arrived in Moscow on Monday, the Kremlin said.")
    assert a.quotes == ()
    assert [(s.name, s.cue) for s in a.info_sources] == [("Kremlin", "said")]


def test_a_participle_after_the_attribution_adds_reported_speech() -> None:
    a = parse('"The leaders will meet on Tuesday," Ushakov said, adding that they would discuss trade.')
    assert [(q.kind, q.cue, q.speaker_text, q.text) for q in a.quotes] == [
        (QuoteKind.DIRECT, "said", "Ushakov", "The leaders will meet on Tuesday"),
        (QuoteKind.INDIRECT, "adding", "Ushakov", "they would discuss trade"),
    ]


# ------------------------------------------------------------- second cues, adverbs, confirming


def test_a_confirming_verb_reports_speech() -> None:
    found = only(parse("Министр Иван Орлов подтвердил, что делегация прибудет в среду."))
    assert found == ("делегация прибудет в среду", QuoteKind.INDIRECT, "подтвердил", "Министр Иван Орлов")


def test_a_second_cue_after_quoted_words_opens_its_own_quote() -> None:
    article = parse("Посол Ким назвал переговоры «очень важным шагом вперед» и заявил, что Сеул ждет ответа.")
    assert [(q.text, q.cue) for q in article.quotes] == [
        ("переговоры «очень важным шагом вперед»", "назвал"),
        ("Сеул ждет ответа", "заявил"),
    ]


def test_a_time_between_the_cue_and_the_speaker_is_skipped() -> None:
    _text, _kind, cue, speaker = only(
        parse("«Документ почти готов, остались две статьи», — пояснил позднее господин Орлов в интервью.")
    )
    assert (cue, speaker) == ("пояснил", "господин Орлов")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Посол Мария Лопес поблагодарила хозяев и сообщила, что Манила ждет зерна.", "Посол Мария Лопес"),
        ("В речи министр Иван Орлов изложил оценки и подчеркнул, что Рим за мир.", "министр Иван Орлов"),
        ("Мария Лопес, в свою очередь, поблагодарила всех и сообщила, что Манила ждет зерна.", "Мария Лопес"),
    ],
)
def test_a_speech_verb_joined_to_another_verb_speaks_for_their_subject(text: str, speaker: str) -> None:
    assert only(parse(text))[3] == speaker


def test_reported_speech_stops_where_the_narrator_reports_what_both_sides_did() -> None:
    found = only(parse("По словам министра, торговля растет. Стороны договорились встретиться осенью."))
    assert found[0] == "торговля растет"


def test_a_paragraph_opening_with_about_this_reports_the_last_sentence_before() -> None:
    article = parse(
        "РИГА /Agency/ – Встреча министров двух стран перенесена на осень.\n\n"
        "Об этом сообщил представитель ведомства Иван Орлов."
    )
    (quote,) = article.quotes
    assert (quote.text, quote.cue, quote.speaker_text, quote.paragraph) == (
        "Встреча министров двух стран перенесена на осень",
        "сообщил",
        "представитель ведомства Иван Орлов",
        0,
    )


def test_about_this_with_the_subject_before_the_verb() -> None:
    article = parse("Поставки зерна выросли вдвое. Об этом Президент Чили сообщил журналистам.")
    found = [(q.text, q.speaker_text) for q in article.quotes]
    assert found == [("Поставки зерна выросли вдвое", "Президент Чили")]


def test_a_possessive_before_the_speaker_is_not_the_speaker() -> None:
    _text, _kind, cue, speaker = only(parse("«Мы ждем новостей из больницы», — сказал его брат Иван Орлов."))
    assert (cue, speaker) == ("сказал", "брат Иван Орлов")


def test_reported_speech_in_a_lead_starts_after_its_dateline() -> None:
    article = parse(
        "РИГА, 3 марта (БЕЛТА) – Министры двух стран обсудили поставки зерна, сообщил БЕЛТА "
        "министр сельского хозяйства Иван Орлов."
    )
    (quote,) = article.quotes
    assert quote.text == "Министры двух стран обсудили поставки зерна"
    assert quote.speaker_text == "министр сельского хозяйства Иван Орлов"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "РИГА, 3 марта (БЕЛТА) – Министры двух стран обсудили поставки зерна, сообщили БЕЛТА "
            "в пресс-службе Министерства сельского хозяйства.",
            "пресс-служба Министерства сельского хозяйства",
        ),
        (
            "РИГА, 3 марта - Интерфакс. Новый терминал порта открылся во вторник, "
            "сообщила пресс-служба МИД Латвии.",
            "пресс-служба МИД Латвии",
        ),
    ],
)
def test_a_press_office_after_the_news_is_its_source_not_a_speaker(text: str, source: str) -> None:
    article = parse(text)
    assert article.quotes == ()
    assert source in [s.name for s in article.info_sources]


def test_a_press_office_named_after_a_weekday_or_by_whose_office_it_is_is_the_source() -> None:
    article = parse(
        "АСТАНА, 3 марта - Интерфакс. Министры двух стран обсудят поставки зерна в апреле, "
        "сообщила в среду пресс-служба главы казахского государства."
    )
    assert article.quotes == ()
    assert [s.name for s in article.info_sources] == ["пресс-служба главы казахского государства"]


@pytest.mark.parametrize(
    "tail",
    ["сообщила накануне пресс-служба ведомства.", "сообщила журналистам пресс-служба министерства."],
)
def test_a_press_office_the_sources_cannot_name_keeps_its_report_as_a_quote(tail: str) -> None:
    # nothing is lost: the report stays, its speaker as written and no person
    article = parse(
        "АСТАНА, 3 марта - Интерфакс. Министры двух стран обсудят поставки зерна в апреле, " + tail
    )
    (quote,) = article.quotes
    assert quote.text == "Министры двух стран обсудят поставки зерна в апреле"
    assert quote.speaker is None
    assert quote.speaker_text is not None
    assert "пресс-служб" in quote.speaker_text
    assert article.info_sources == ()


def test_naming_something_in_ones_own_words_is_mixed_speech() -> None:
    article = parse("Открывая встречу, Иван Орлов назвал визит гостя «историческим событием» для двух стран.")
    assert [(q.text, q.kind, q.cue) for q in article.quotes] == [
        ("визит гостя «историческим событием» для двух стран", QuoteKind.MIXED, "назвал")
    ]
    assert parse("Иван Орлов назвал главу «Лиги» своим другом и коллегой.").quotes == ()


@pytest.mark.parametrize(
    "text",
    [
        "Министр Иван Орлов официально заявил, что визит пройдет по плану.",
        "Министр Иван Орлов, который прибыл в Ригу, официально подтвердил, что визит пройдет по плану.",
    ],
)
def test_an_adverb_before_the_speech_verb_is_not_the_speaker(text: str) -> None:
    assert only(parse(text))[3] == "Министр Иван Орлов"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Глава парламента Костас Тассулас сообщил, что присяга пройдет в пятницу утром.", "Костас Тассулас"),
        ("Maria Lopez said the embassy would reopen in the spring.", "Maria Lopez"),
    ],
)
def test_a_name_that_begins_like_an_outlet_is_a_person_speaking(text: str, speaker: str) -> None:
    (quote,) = parse(text).quotes
    assert quote.speaker_text is not None
    assert quote.speaker_text.endswith(speaker)


@pytest.mark.parametrize(
    "name",
    ["ТАСС", "Интерфаксу", "РИА Новости", "Коммерсанту", "агентству «Казинформ»", "информагентства", "AP"],
)
def test_outlets_are_still_outlets_in_their_case_forms(name: str) -> None:
    assert is_outlet_name(name)


@pytest.mark.parametrize("name", ["Тассулас", "Maria Lopez", "Спутникова", "Риана"])
def test_a_word_that_only_begins_or_ends_like_an_outlet_is_none(name: str) -> None:
    assert not is_outlet_name(name)


@pytest.mark.parametrize(
    "text",
    [
        "При этом Иван Орлов уточнил, что визит пройдет по плану в мае.",
        "Кроме того министр Иван Орлов заявил, что визит пройдет по плану в мае.",
    ],
)
def test_a_linking_word_without_its_comma_is_no_part_of_the_speaker(text: str) -> None:
    speech, _kind, _cue, speaker = only(parse(text))
    assert speech == "визит пройдет по плану в мае"
    assert speaker is not None
    assert speaker.endswith("Иван Орлов")


@pytest.mark.parametrize(
    "text",
    [
        "Министр Иван Орлов сказал “Ъ”, что визит пройдет по плану в мае.",
        "Министр Иван Орлов рассказал «Известиям», что визит пройдет по плану в мае.",
    ],
)
def test_a_paper_told_in_quote_marks_before_that_is_no_end_of_the_cue(text: str) -> None:
    speech, kind, _cue, speaker = only(parse(text))
    assert (speech, kind, speaker) == (
        "визит пройдет по плану в мае",
        QuoteKind.INDIRECT,
        "Министр Иван Орлов",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("В МИД Латвии заявили, что ждут от соседей разъяснений по делу.", "МИД Латвии"),
        ("Кроме того, в ведомстве отметили, что запрос направил депутат парламента.", "ведомстве"),
    ],
)
def test_a_body_after_v_with_a_plural_verb_speaks_with_no_person(text: str, speaker: str) -> None:
    _speech, kind, _cue, written = only(parse(text))
    assert (kind, written) == (QuoteKind.INDIRECT, speaker)
    assert parse_article(" date 2025-11-11 " + text).quotes[0].speaker is None


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("В итоговом документе говорится, что стороны поддерживают диалог.", "итоговом документе"),
        ("В совместном заявлении говорится, что стороны прекратят огонь в полночь.", "совместном заявлении"),
        ("В резолюции говорится, что стороны прекратят огонь в полночь.", "резолюции"),
    ],
)
def test_what_a_document_says_is_its_quote_with_no_person(text: str, written: str) -> None:
    _speech, kind, cue, speaker = only(parse(text))
    assert (kind, cue, speaker) == (QuoteKind.INDIRECT, "говорится", written)
