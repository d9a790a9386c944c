"""Roles: the titles persons hold (``министр культуры и информации``, ``помощник президента``).

A title is a head word from :data:`HEADS` (``министр``, ``заместитель``, ``посол`` ...), the
modifiers before it (``первый``, ``бывший``) and its genitive complements (``председателя
Совета Федерации Федерального собрания России``). :data:`OFFICIALS` lists the heads of state
and a few long-serving ministers as of 2025, so that ``президент Казахстана`` standing alone
can be recognised as a mention of the person who holds that office, when that person is named
in the same article.
"""

from __future__ import annotations

import functools

__all__ = ["HEADS", "MODIFIERS", "OFFICIALS", "STANDALONE", "head_of"]

HEADS = frozenset(
    [
        "президент",
        "вице-президент",
        "экс-президент",
        "премьер",
        "премьер-министр",
        "вице-премьер",
        "министр",
        "замминистра",
        "заместитель",
        "замглавы",
        "зампред",
        "председатель",
        "зампредседателя",
        "сопредседатель",
        "глава",
        "руководитель",
        "директор",
        "гендиректор",
        "посол",
        "постпред",
        "представитель",
        "полпред",
        "пресс-секретарь",
        "секретарь",
        "госсекретарь",
        "генсек",
        "помощник",
        "советник",
        "спикер",
        "вице-спикер",
        "губернатор",
        "мэр",
        "аким",
        "депутат",
        "сенатор",
        "лидер",
        "король",
        "королева",
        "принц",
        "канцлер",
        "командующий",
        "начальник",
        "член",
        "уполномоченный",
        "консул",
        "генконсул",
        "атташе",
        "префект",
        "координатор",
        "основатель",
        "владелец",
        "ректор",
        "эмир",
        "султан",
        "шейх",
    ]
)
"""Head words of titles, in the nominative (a few frequent oblique forms of acronyms aside)."""

MODIFIERS = frozenset(
    [
        "первый",
        "второй",
        "бывший",
        "новый",
        "нынешний",
        "действующий",
        "временно",
        "исполняющий",
        "исполняющий",
        "обязанности",
        "генеральный",
        "федеральный",
        "верховный",
        "специальный",
        "официальный",
        "постоянный",
        "чрезвычайный",
        "полномочный",
        "торговый",
        "главный",
        "старший",
        "вице",
    ]
)
"""Words that may stand before a head word inside a title."""

STANDALONE = frozenset({"президент", "премьер-министр", "канцлер", "король", "председатель", "глава"})
"""Heads of titles that name one person even without a name next to them (with a country)."""

# family name | given name | title | country
_OFFICIALS = """\
Путин|Владимир|президент России|RU
Токаев|Касым-Жомарт|президент Казахстана|KZ
Лукашенко|Александр|президент Белоруссии|BY
Мирзиёев|Шавкат|президент Узбекистана|UZ
Жапаров|Садыр|президент Киргизии|KG
Рахмон|Эмомали|президент Таджикистана|TJ
Бердымухамедов|Сердар|президент Туркмении|TM
Алиев|Ильхам|президент Азербайджана|AZ
Пашинян|Никол|премьер-министр Армении|AM
Си|Цзиньпин|председатель КНР|CN
Трамп|Дональд|президент США|US
Макрон|Эмманюэль|президент Франции|FR
Эрдоган|Реджеп|президент Турции|TR
Мишустин|Михаил|председатель правительства России|RU
Бектенов|Олжас|премьер-министр Казахстана|KZ
Лавров|Сергей|министр иностранных дел России|RU
"""


def _officials() -> dict[str, tuple[str, str, str]]:
    out = {}
    for line in _OFFICIALS.splitlines():
        family, given, title, country = line.split("|")
        out[family.lower()] = (given, title, country)
    return out


OFFICIALS = _officials()
"""Family name (lower case) → (given name, title, ISO country code)."""


@functools.lru_cache(maxsize=1 << 16)
def head_of(word: str) -> str | None:
    """The title head a lower-case word form starts with (``министра`` → ``министр``).

    Cached: the same word forms come back in every article.
    """
    w = word.lower().replace("ё", "е")
    if w in HEADS:
        return w
    best = None
    for head in HEADS:
        if w.startswith(head) and len(w) - len(head) <= 3 and (best is None or len(head) > len(best)):
            best = head
    if best is None and w.endswith(("ем", "ом", "ой", "ую", "ей")) and w[:-2] + "ь" in HEADS:
        best = w[:-2] + "ь"
    if best is None and w.endswith(("я", "ю", "е")) and w[:-1] + "ь" in HEADS:
        best = w[:-1] + "ь"
    if best is None and w.endswith(("ой", "ою")) and w[:-2] + "а" in HEADS:
        best = w[:-2] + "а"
    if best is None and w.endswith(("ы", "е", "у", "и")) and w[:-1] + "а" in HEADS:
        best = w[:-1] + "а"
    if best is None and w.startswith("посл") and len(w) <= 7:
        best = "посол"
    return best
