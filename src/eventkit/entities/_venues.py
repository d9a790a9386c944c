"""Places: a gazetteer of countries and cities, kinds of venue from their head words, ISO codes.

The gazetteer knows each country by its nominative name, its other names (``РФ``,
``Российская Федерация``), its genitive (to write roles such as ``президент России``) and the
stem of its adjective (``казахстанский`` → KZ), so that all of them resolve to one venue and
one ISO 3166-1 code. Kinds of other places come from their head word: ``округ`` is a district,
``станция`` a station, ``сквер`` a park, ``дворец`` a building.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..model import VenueKind

__all__ = [
    "Country",
    "city_country",
    "countries",
    "country_by_adjective",
    "country_by_name",
    "is_body",
    "is_place",
    "kind_of_head",
]


class Country(NamedTuple):
    """A country: ISO code, nominative name, genitive name, adjective stem, other names."""

    code: str
    name: str
    genitive: str
    adjective: str
    aliases: tuple[str, ...]


# code | name | genitive | adjective stem | other names (comma-separated)
_COUNTRIES = """\
RU|Россия|России|российск|РФ,Российская Федерация,Россиянин
KZ|Казахстан|Казахстана|казахстанск|Республика Казахстан,РК
BY|Белоруссия|Белоруссии|белорусск|Беларусь,Республика Беларусь,РБ
UA|Украина|Украины|украинск|
UZ|Узбекистан|Узбекистана|узбекистанск|Республика Узбекистан
KG|Киргизия|Киргизии|киргизск|Киргизстан,Кыргызстан
TJ|Таджикистан|Таджикистана|таджикистанск|
TM|Туркмения|Туркмении|туркменск|Туркменистан
AM|Армения|Армении|армянск|
AZ|Азербайджан|Азербайджана|азербайджанск|
GE|Грузия|Грузии|грузинск|
MD|Молдавия|Молдавии|молдавск|Молдова
US|США|США|американск|Соединенные Штаты,Соединённые Штаты,Соединенные Штаты Америки,Америка
CN|Китай|Китая|китайск|КНР,Китайская Народная Республика
IN|Индия|Индии|индийск|
JP|Япония|Японии|японск|
KR|Южная Корея|Южной Кореи|южнокорейск|Республика Корея
KP|КНДР|КНДР|северокорейск|Северная Корея
DE|Германия|Германии|германск|ФРГ
FR|Франция|Франции|французск|
GB|Великобритания|Великобритании|британск|Британия,Соединенное Королевство,Англия
IT|Италия|Италии|итальянск|
ES|Испания|Испании|испанск|
PL|Польша|Польши|польск|
TR|Турция|Турции|турецк|
IR|Иран|Ирана|иранск|
IQ|Ирак|Ирака|иракск|
SY|Сирия|Сирии|сирийск|
IL|Израиль|Израиля|израильск|
EG|Египет|Египта|египетск|
SA|Саудовская Аравия|Саудовской Аравии|саудовск|
AE|ОАЭ|ОАЭ|эмиратск|Объединенные Арабские Эмираты
QA|Катар|Катара|катарск|
AF|Афганистан|Афганистана|афганск|
PK|Пакистан|Пакистана|пакистанск|
MN|Монголия|Монголии|монгольск|
VN|Вьетнам|Вьетнама|вьетнамск|
BR|Бразилия|Бразилии|бразильск|
ZA|ЮАР|ЮАР|южноафриканск|Южная Африка
CU|Куба|Кубы|кубинск|
VE|Венесуэла|Венесуэлы|венесуэльск|
RS|Сербия|Сербии|сербск|
FI|Финляндия|Финляндии|финск|
SE|Швеция|Швеции|шведск|
NO|Норвегия|Норвегии|норвежск|
EE|Эстония|Эстонии|эстонск|
LV|Латвия|Латвии|латвийск|
LT|Литва|Литвы|литовск|
CZ|Чехия|Чехии|чешск|
AT|Австрия|Австрии|австрийск|
CH|Швейцария|Швейцарии|швейцарск|
NL|Нидерланды|Нидерландов|нидерландск|Голландия
BE|Бельгия|Бельгии|бельгийск|
GR|Греция|Греции|греческ|
CA|Канада|Канады|канадск|
MX|Мексика|Мексики|мексиканск|
AR|Аргентина|Аргентины|аргентинск|
AU|Австралия|Австралии|австралийск|
ID|Индонезия|Индонезии|индонезийск|
MY|Малайзия|Малайзии|малайзийск|
TH|Таиланд|Таиланда|тайск|
LY|Ливия|Ливии|ливийск|
DZ|Алжир|Алжира|алжирск|
MA|Марокко|Марокко|марокканск|
ET|Эфиопия|Эфиопии|эфиопск|
NG|Нигерия|Нигерии|нигерийск|
JO|Иордания|Иордании|иорданск|
LB|Ливан|Ливана|ливанск|
PS|Палестина|Палестины|палестинск|
HU|Венгрия|Венгрии|венгерск|
RO|Румыния|Румынии|румынск|
BG|Болгария|Болгарии|болгарск|
CY|Кипр|Кипра|кипрск|
IE|Ирландия|Ирландии|ирландск|
PT|Португалия|Португалии|португальск|
DK|Дания|Дании|датск|
SK|Словакия|Словакии|словацк|
SI|Словения|Словении|словенск|
HR|Хорватия|Хорватии|хорватск|
AL|Албания|Албании|албанск|
KE|Кения|Кении|кенийск|
BD|Бангладеш|Бангладеш|бангладешск|
LK|Шри-Ланка|Шри-Ланки|шри-ланкийск|
NP|Непал|Непала|непальск|
MM|Мьянма|Мьянмы|мьянманск|Бирма
KH|Камбоджа|Камбоджи|камбоджийск|
LA|Лаос|Лаоса|лаосск|
PH|Филиппины|Филиппин|филиппинск|
SG|Сингапур|Сингапура|сингапурск|
NZ|Новая Зеландия|Новой Зеландии|новозеландск|
CL|Чили|Чили|чилийск|
PE|Перу|Перу|перуанск|
CO|Колумбия|Колумбии|колумбийск|
EC|Эквадор|Эквадора|эквадорск|
BO|Боливия|Боливии|боливийск|
PY|Парагвай|Парагвая|парагвайск|
UY|Уругвай|Уругвая|уругвайск|
SR|Суринам|Суринама|суринамск|
GY|Гайана|Гайаны|гайанск|
PA|Панама|Панамы|панамск|
CR|Коста-Рика|Коста-Рики|костариканск|Коста Рика
SV|Сальвадор|Сальвадора|сальвадорск|Эль Сальвадор,Эль-Сальвадор
GT|Гватемала|Гватемалы|гватемальск|
HN|Гондурас|Гондураса|гондурасск|
NI|Никарагуа|Никарагуа|никарагуанск|
DO|Доминиканская Республика|Доминиканской Республики|доминиканск|
HT|Гаити|Гаити|гаитянск|
JM|Ямайка|Ямайки|ямайск|
BB|Барбадос|Барбадоса|барбадосск|
BS|Багамы|Багам|багамск|Багамские Острова
TT|Тринидад и Тобаго|Тринидада и Тобаго|тринидадск|
BH|Бахрейн|Бахрейна|бахрейнск|
KW|Кувейт|Кувейта|кувейтск|
OM|Оман|Омана|оманск|
YE|Йемен|Йемена|йеменск|
TN|Тунис|Туниса|тунисск|
SD|Судан|Судана|суданск|
SS|Южный Судан|Южного Судана|южносуданск|
SO|Сомали|Сомали|сомалийск|
ER|Эритрея|Эритреи|эритрейск|
DJ|Джибути|Джибути|джибутийск|
UG|Уганда|Уганды|угандийск|
TZ|Танзания|Танзании|танзанийск|
RW|Руанда|Руанды|руандийск|
BI|Бурунди|Бурунди|бурундийск|
CD|ДР Конго|ДР Конго|конголезск|Демократическая Республика Конго
CG|Конго|Конго||Республика Конго
CM|Камерун|Камеруна|камерунск|
CF|ЦАР|ЦАР||Центральноафриканская Республика
TD|Чад|Чада|чадск|
NE|Нигер|Нигера|нигерск|
ML|Мали|Мали|малийск|
BF|Буркина-Фасо|Буркина-Фасо|буркинийск|
SN|Сенегал|Сенегала|сенегальск|
GM|Гамбия|Гамбии|гамбийск|
GN|Гвинея|Гвинеи|гвинейск|
GW|Гвинея-Бисау|Гвинеи-Бисау||
SL|Сьерра-Леоне|Сьерра-Леоне||
LR|Либерия|Либерии|либерийск|
CI|Кот-д’Ивуар|Кот-д’Ивуара|ивуарийск|Кот-д'Ивуар
GH|Гана|Ганы|ганск|
TG|Того|Того|тоголезск|
BJ|Бенин|Бенина|бенинск|
GA|Габон|Габона|габонск|
GQ|Экваториальная Гвинея|Экваториальной Гвинеи||
AO|Ангола|Анголы|ангольск|
ZM|Замбия|Замбии|замбийск|
ZW|Зимбабве|Зимбабве|зимбабвийск|
MW|Малави|Малави|малавийск|
MZ|Мозамбик|Мозамбика|мозамбикск|
MG|Мадагаскар|Мадагаскара|малагасийск|
MU|Маврикий|Маврикия|маврикийск|
NA|Намибия|Намибии|намибийск|
BW|Ботсвана|Ботсваны|ботсванск|
LS|Лесото|Лесото||
SZ|Эсватини|Эсватини||Свазиленд
MR|Мавритания|Мавритании|мавританск|
IS|Исландия|Исландии|исландск|
LU|Люксембург|Люксембурга|люксембургск|
MT|Мальта|Мальты|мальтийск|
MC|Монако|Монако|монакск|
LI|Лихтенштейн|Лихтенштейна|лихтенштейнск|
AD|Андорра|Андорры|андоррск|
SM|Сан-Марино|Сан-Марино||
VA|Ватикан|Ватикана|ватиканск|
ME|Черногория|Черногории|черногорск|
MK|Северная Македония|Северной Македонии|македонск|Македония
BA|Босния и Герцеговина|Боснии и Герцеговины|боснийск|
XK|Косово|Косово|косовск|
FJ|Фиджи|Фиджи|фиджийск|
PG|Папуа — Новая Гвинея|Папуа — Новой Гвинеи||Папуа-Новая Гвинея
BN|Бруней|Брунея|брунейск|
TL|Восточный Тимор|Восточного Тимора||
BT|Бутан|Бутана|бутанск|
MV|Мальдивы|Мальдив|мальдивск|
SC|Сейшелы|Сейшел|сейшельск|Сейшельские Острова
CV|Кабо-Верде|Кабо-Верде||
"""

# city | country code (capitals and cities that diplomatic news names most)
_CITIES = """\
Москва|RU
Санкт-Петербург|RU
Петербург|RU
Казань|RU
Новосибирск|RU
Екатеринбург|RU
Сочи|RU
Владивосток|RU
Калининград|RU
Омск|RU
Самара|RU
Уфа|RU
Оренбург|RU
Астрахань|RU
Челябинск|RU
Нижний Новгород|RU
Ростов-на-Дону|RU
Волгоград|RU
Красноярск|RU
Иркутск|RU
Хабаровск|RU
Мурманск|RU
Грозный|RU
Химки|RU
Астана|KZ
Алма-Ата|KZ
Алматы|KZ
Шымкент|KZ
Караганда|KZ
Актобе|KZ
Атырау|KZ
Актау|KZ
Павлодар|KZ
Костанай|KZ
Семей|KZ
Туркестан|KZ
Минск|BY
Киев|UA
Ташкент|UZ
Самарканд|UZ
Бишкек|KG
Душанбе|TJ
Ашхабад|TM
Ереван|AM
Баку|AZ
Тбилиси|GE
Кишинев|MD
Вашингтон|US
Нью-Йорк|US
Пекин|CN
Шанхай|CN
Дели|IN
Нью-Дели|IN
Токио|JP
Сеул|KR
Пхеньян|KP
Берлин|DE
Париж|FR
Лондон|GB
Рим|IT
Мадрид|ES
Варшава|PL
Анкара|TR
Стамбул|TR
Тегеран|IR
Багдад|IQ
Дамаск|SY
Иерусалим|IL
Тель-Авив|IL
Каир|EG
Эр-Рияд|SA
Абу-Даби|AE
Дубай|AE
Доха|QA
Кабул|AF
Исламабад|PK
Улан-Батор|MN
Ханой|VN
Бразилиа|BR
Гавана|CU
Каракас|VE
Белград|RS
Хельсинки|FI
Стокгольм|SE
Осло|NO
Таллин|EE
Рига|LV
Вильнюс|LT
Прага|CZ
Вена|AT
Женева|CH
Берн|CH
Амстердам|NL
Гаага|NL
Брюссель|BE
Афины|GR
Оттава|CA
Мехико|MX
Буэнос-Айрес|AR
Канберра|AU
Джакарта|ID
Бангкок|TH
Будапешт|HU
Бухарест|RO
София|BG
Лиссабон|PT
Копенгаген|DK
Братислава|SK
"""

# head word (lower case, nominative) | kind
_HEADS = {
    "страна": VenueKind.COUNTRY,
    "государство": VenueKind.COUNTRY,
    "республика": VenueKind.REGION,
    "область": VenueKind.REGION,
    "край": VenueKind.REGION,
    "округ": VenueKind.DISTRICT,
    "район": VenueKind.DISTRICT,
    "микрорайон": VenueKind.DISTRICT,
    "поселение": VenueKind.DISTRICT,
    "город": VenueKind.CITY,
    "село": VenueKind.CITY,
    "поселок": VenueKind.CITY,
    "посёлок": VenueKind.CITY,
    "деревня": VenueKind.CITY,
    "станица": VenueKind.CITY,
    "станция": VenueKind.STATION,
    "метро": VenueKind.STATION,
    "вокзал": VenueKind.STATION,
    "аэропорт": VenueKind.STATION,
    "платформа": VenueKind.STATION,
    "сквер": VenueKind.PARK,
    "парк": VenueKind.PARK,
    "аллея": VenueKind.PARK,
    "сад": VenueKind.PARK,
    "бульвар": VenueKind.PARK,
    "площадь": VenueKind.OTHER,
    "улица": VenueKind.OTHER,
    "проспект": VenueKind.OTHER,
    "набережная": VenueKind.OTHER,
    "переулок": VenueKind.OTHER,
    "шоссе": VenueKind.OTHER,
    "дворец": VenueKind.BUILDING,
    "особняк": VenueKind.BUILDING,
    "дом": VenueKind.BUILDING,
    "зал": VenueKind.BUILDING,
    "резиденция": VenueKind.BUILDING,
    "кремль": VenueKind.BUILDING,
    "собор": VenueKind.BUILDING,
    "храм": VenueKind.BUILDING,
    "мечеть": VenueKind.BUILDING,
    "музей": VenueKind.BUILDING,
    "театр": VenueKind.BUILDING,
    "памятник": VenueKind.OTHER,
    "мемориал": VenueKind.OTHER,
    "остров": VenueKind.OTHER,
    "река": VenueKind.OTHER,
    "озеро": VenueKind.OTHER,
    "море": VenueKind.OTHER,
    "океан": VenueKind.OTHER,
    "залив": VenueKind.OTHER,
    "гора": VenueKind.OTHER,
    "полуостров": VenueKind.OTHER,
    "лес": VenueKind.OTHER,
}


_BODY_NAMES = frozenset(
    {
        "ес",
        "евросоюз",
        "европейский союз",
        "оон",
        "нато",
        "снг",
        "одкб",
        "шос",
        "еаэс",
        "брикс",
        "опек",
        "асеан",
        "магатэ",
        "вто",
        "воз",
        "юнеско",
        "обсе",
        "мвф",
        "совет европы",
        "евразийский экономический союз",
        "африканский союз",
        "лига арабских государств",
    }
)
_PLACE_NAMES = frozenset({"мкс", "международная космическая станция"})


def is_body(name: str) -> bool:
    """Whether a name that a tagger may take for a place is an international body (``ЕС``, ``НАТО``)."""
    return _key(name) in _BODY_NAMES


def is_place(name: str) -> bool:
    """Whether a name that a tagger may take for a body is a place (``МКС``, the space station)."""
    return _key(name) in _PLACE_NAMES


def _key(name: str) -> str:
    return name.lower().replace("ё", "е")


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every country of the gazetteer."""
    out = []
    for line in _COUNTRIES.splitlines():
        code, name, genitive, adjective, aliases = line.split("|")
        adjective = adjective or "\x00"  # no adjective: matches no word
        out.append(Country(code, name, genitive, adjective, tuple(a for a in aliases.split(",") if a)))
    return tuple(out)


@lru_cache(maxsize=1)
def _country_index() -> dict[str, Country]:
    index: dict[str, Country] = {}
    for c in countries():
        for name in (c.name, *c.aliases):
            index[_key(name)] = c
    return index


@lru_cache(maxsize=1)
def _city_index() -> dict[str, tuple[str, str]]:
    out = {}
    for line in _CITIES.splitlines():
        name, code = line.split("|")
        out[_key(name)] = (name, code)
    return out


def country_by_name(name: str) -> Country | None:
    """The country a nominative name (or other name such as ``РФ``) stands for."""
    return _country_index().get(_key(name))


def country_by_adjective(word: str) -> Country | None:
    """The country of an adjective in any form: ``казахстанского`` → Kazakhstan."""
    w = _key(word)
    best = None
    for c in countries():
        if w.startswith(c.adjective) and (best is None or len(c.adjective) > len(best.adjective)):
            best = c
    return best


def city_country(name: str) -> tuple[str, str] | None:
    """The canonical spelling and country code of a known city, or ``None``."""
    return _city_index().get(_key(name))


def kind_of_head(word: str) -> VenueKind | None:
    """The kind of place a head word (nominative, any case of letters) names."""
    return _HEADS.get(_key(word))
