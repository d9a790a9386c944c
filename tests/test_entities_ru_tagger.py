"""The Russian name tagger: natasha's news NER weights, run over many sentences at once.

The tagger runs the sentences of a batch end to end through the network; these tests check it
against slovnet's own run of the same model and that a text's names do not depend on the texts
tagged with it. The sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from eventkit.entities import get_recognizer, ru_available
from eventkit.entities.ru._tagger import NameTagger

pytestmark = pytest.mark.skipif(not ru_available(), reason="needs the eventkit-news[ru] extra")

_SENTENCES = [
    "Президент Казахстана Касым-Жомарт Токаев провел переговоры с Владимиром Путиным в Москве.",
    "Министр иностранных дел Узбекистана Бахтиёр Саидов прибыл в Брюссель.",
    "Генеральный секретарь ООН Антониу Гутерриш выступил на форуме в Астане.",
    "Переговоры прошли в Ташкенте.",
    "Делегация Европейского союза во главе с Кайей Каллас встретилась с главой МИД Киргизии.",
    "В Душанбе открылся саммит Шанхайской организации сотрудничества.",
]


def _tagger() -> NameTagger:
    """The tagger of the shared Russian recognizer (its models loaded once for all tests)."""
    from eventkit.entities.ru._recognizer import RussianRecognizer

    recognizer = get_recognizer("ru", required=True)
    assert isinstance(recognizer, RussianRecognizer)
    recognizer.load()
    return recognizer._tagger


def _names(text: str, found: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return [(kind, text[start:end]) for start, end, kind in found]


def test_each_sentence_gets_the_names_slovnet_finds_with_the_same_model() -> None:
    from natasha.data import NEWS_EMBEDDING, NEWS_NER
    from navec import Navec
    from slovnet import NER

    reference = NER.load(NEWS_NER)
    reference.navec(Navec.load(NEWS_EMBEDDING))
    ours = _tagger().tag(_SENTENCES)
    for sentence, (_, tagged) in zip(_SENTENCES, ours, strict=True):
        expected = [(s.start, s.stop, s.type) for s in reference(sentence).spans]
        assert _names(sentence, [(t.start, t.end, t.type) for t in tagged]) == _names(sentence, expected)
    assert any(kind == "PER" for _, tagged in ours for *_, kind in tagged)


def test_a_text_keeps_its_names_whatever_is_tagged_with_it() -> None:
    tagger = _tagger()
    texts = [" ".join(_SENTENCES), _SENTENCES[3], "\n\n".join(reversed(_SENTENCES)), _SENTENCES[0] * 3]
    together = tagger.tag(texts)
    alone = [tagger.tag([text])[0] for text in texts]
    assert together == alone
    assert tagger.tag(list(reversed(texts))) == list(reversed(alone))
