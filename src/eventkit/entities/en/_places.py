"""English place names: countries with their demonyms, capitals and major cities, regions.

Each country is known by its common English name, its other names (``Russian Federation``,
``US``) and its demonyms or adjectives (``Russian``, ``Emirati``), all resolving to one ISO
3166-1 alpha-2 code. Cities map to their country; regions have no code. The tables are parsed
on first use only.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

__all__ = ["Place", "country_code", "country_name", "demonym_country", "known_keys", "place"]


class Place(NamedTuple):
    """A known place: its canonical name, kind (``country``, ``city``, ``region``), ISO code."""

    name: str
    kind: str
    country: str | None


# code|common name|other names (;)|demonyms and adjectives (;)
_COUNTRIES = """\
AF|Afghanistan||Afghan
AL|Albania||Albanian
DZ|Algeria||Algerian
AD|Andorra||Andorran
AO|Angola||Angolan
AG|Antigua and Barbuda||Antiguan
AR|Argentina||Argentine;Argentinian
AM|Armenia||Armenian
AU|Australia||Australian
AT|Austria||Austrian
AZ|Azerbaijan||Azerbaijani;Azeri
BS|Bahamas|The Bahamas|Bahamian
BH|Bahrain||Bahraini
BD|Bangladesh||Bangladeshi
BB|Barbados||Barbadian
BY|Belarus|Byelorussia|Belarusian
BE|Belgium||Belgian
BZ|Belize||Belizean
BJ|Benin||Beninese
BT|Bhutan||Bhutanese
BO|Bolivia||Bolivian
BA|Bosnia and Herzegovina|Bosnia|Bosnian
BW|Botswana||Botswanan
BR|Brazil||Brazilian
BN|Brunei|Brunei Darussalam|Bruneian
BG|Bulgaria||Bulgarian
BF|Burkina Faso||Burkinabe
BI|Burundi||Burundian
CV|Cabo Verde|Cape Verde|Cape Verdean
KH|Cambodia||Cambodian
CM|Cameroon||Cameroonian
CA|Canada||Canadian
CF|Central African Republic|CAR|Central African
TD|Chad||Chadian
CL|Chile||Chilean
CN|China|People's Republic of China;PRC|Chinese
CO|Colombia||Colombian
KM|Comoros||Comorian
CG|Congo|Republic of the Congo;Congo-Brazzaville|Congolese
CD|Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa|
CR|Costa Rica||Costa Rican
CI|Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Ivorian
HR|Croatia||Croatian
CU|Cuba||Cuban
CY|Cyprus||Cypriot
CZ|Czech Republic|Czechia|Czech
DK|Denmark||Danish
DJ|Djibouti||Djiboutian
DM|Dominica||Dominican
DO|Dominican Republic||
EC|Ecuador||Ecuadorian
EG|Egypt||Egyptian
SV|El Salvador||Salvadoran
GQ|Equatorial Guinea||Equatoguinean
ER|Eritrea||Eritrean
EE|Estonia||Estonian
SZ|Eswatini|Swaziland|Swazi
ET|Ethiopia||Ethiopian
FJ|Fiji||Fijian
FI|Finland||Finnish
FR|France||French
GA|Gabon||Gabonese
GM|Gambia|The Gambia|Gambian
GE|Georgia||Georgian
DE|Germany||German
GH|Ghana||Ghanaian
GR|Greece||Greek
GD|Grenada||Grenadian
GT|Guatemala||Guatemalan
GN|Guinea||Guinean
GW|Guinea-Bissau||
GY|Guyana||Guyanese
HT|Haiti||Haitian
HN|Honduras||Honduran
HU|Hungary||Hungarian
IS|Iceland||Icelandic
IN|India||Indian
ID|Indonesia||Indonesian
IR|Iran|Islamic Republic of Iran|Iranian
IQ|Iraq||Iraqi
IE|Ireland||Irish
IL|Israel||Israeli
IT|Italy||Italian
JM|Jamaica||Jamaican
JP|Japan||Japanese
JO|Jordan||Jordanian
KZ|Kazakhstan|Republic of Kazakhstan|Kazakh;Kazakhstani
KE|Kenya||Kenyan
KI|Kiribati||
KW|Kuwait||Kuwaiti
KG|Kyrgyzstan|Kyrgyz Republic;Kirghizia|Kyrgyz
LA|Laos|Lao PDR|Lao;Laotian
LV|Latvia||Latvian
LB|Lebanon||Lebanese
LS|Lesotho||Basotho
LR|Liberia||Liberian
LY|Libya||Libyan
LI|Liechtenstein||
LT|Lithuania||Lithuanian
LU|Luxembourg||Luxembourgish
MG|Madagascar||Malagasy
MW|Malawi||Malawian
MY|Malaysia||Malaysian
MV|Maldives|The Maldives|Maldivian
ML|Mali||Malian
MT|Malta||Maltese
MH|Marshall Islands||Marshallese
MR|Mauritania||Mauritanian
MU|Mauritius||Mauritian
MX|Mexico||Mexican
FM|Micronesia||Micronesian
MD|Moldova||Moldovan
MC|Monaco||Monegasque
MN|Mongolia||Mongolian
ME|Montenegro||Montenegrin
MA|Morocco||Moroccan
MZ|Mozambique||Mozambican
MM|Myanmar|Burma|Myanmar's;Burmese
NA|Namibia||Namibian
NR|Nauru||Nauruan
NP|Nepal||Nepalese;Nepali
NL|Netherlands|The Netherlands;Holland|Dutch
NZ|New Zealand||
NI|Nicaragua||Nicaraguan
NE|Niger||Nigerien
NG|Nigeria||Nigerian
KP|North Korea|DPRK;Democratic People's Republic of Korea|North Korean
MK|North Macedonia|Macedonia|Macedonian
NO|Norway||Norwegian
OM|Oman||Omani
PK|Pakistan||Pakistani
PW|Palau||Palauan
PA|Panama||Panamanian
PG|Papua New Guinea||
PY|Paraguay||Paraguayan
PE|Peru||Peruvian
PH|Philippines|The Philippines|Philippine;Filipino
PL|Poland||Polish
PT|Portugal||Portuguese
QA|Qatar||Qatari
RO|Romania||Romanian
RU|Russia|Russian Federation|Russian
RW|Rwanda||Rwandan
KN|Saint Kitts and Nevis||
LC|Saint Lucia||
VC|Saint Vincent and the Grenadines||
WS|Samoa||Samoan
SM|San Marino||
ST|Sao Tome and Principe||
SA|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi
SN|Senegal||Senegalese
RS|Serbia||Serbian
SC|Seychelles||Seychellois
SL|Sierra Leone||
SG|Singapore||Singaporean
SK|Slovakia||Slovak
SI|Slovenia||Slovenian;Slovene
SB|Solomon Islands||
SO|Somalia||Somali
ZA|South Africa||South African
KR|South Korea|Republic of Korea|South Korean
SS|South Sudan||South Sudanese
ES|Spain||Spanish
LK|Sri Lanka||Sri Lankan
SD|Sudan||Sudanese
SR|Suriname||Surinamese
SE|Sweden||Swedish
CH|Switzerland||Swiss
SY|Syria|Syrian Arab Republic|Syrian
TJ|Tajikistan||Tajik
TZ|Tanzania||Tanzanian
TH|Thailand||Thai
TL|Timor-Leste|East Timor|Timorese
TG|Togo||Togolese
TO|Tonga||Tongan
TT|Trinidad and Tobago||
TN|Tunisia||Tunisian
TR|Turkey|Turkiye;Türkiye|Turkish
TM|Turkmenistan||Turkmen
TV|Tuvalu||
UG|Uganda||Ugandan
UA|Ukraine||Ukrainian
AE|United Arab Emirates|UAE;Emirates|Emirati
GB|United Kingdom|UK;U.K.;Britain;Great Britain|British
US|United States|US;U.S.;USA;U.S.A.;United States of America;America|American
UY|Uruguay||Uruguayan
UZ|Uzbekistan||Uzbek
VU|Vanuatu||
VE|Venezuela||Venezuelan
VN|Vietnam|Viet Nam|Vietnamese
YE|Yemen||Yemeni
ZM|Zambia||Zambian
ZW|Zimbabwe||Zimbabwean
PS|Palestine|State of Palestine|Palestinian
VA|Vatican|Holy See;Vatican City|
TW|Taiwan||Taiwanese
XK|Kosovo||Kosovar
HK|Hong Kong||
"""

# city|country code  (capitals first, then other large or often-named cities)
_CITIES = """\
Kabul|AF
Tirana|AL
Algiers|DZ
Luanda|AO
Buenos Aires|AR
Yerevan|AM
Canberra|AU
Vienna|AT
Baku|AZ
Manama|BH
Dhaka|BD
Minsk|BY
Brussels|BE
Porto-Novo|BJ
Thimphu|BT
La Paz|BO
Sarajevo|BA
Gaborone|BW
Brasilia|BR
Brasília|BR
Sofia|BG
Ouagadougou|BF
Phnom Penh|KH
Yaounde|CM
Ottawa|CA
Bangui|CF
N'Djamena|TD
Santiago|CL
Beijing|CN
Bogota|CO
Bogotá|CO
Brazzaville|CG
Kinshasa|CD
San Jose|CR
Abidjan|CI
Yamoussoukro|CI
Zagreb|HR
Havana|CU
Nicosia|CY
Prague|CZ
Copenhagen|DK
Santo Domingo|DO
Quito|EC
Cairo|EG
San Salvador|SV
Asmara|ER
Tallinn|EE
Addis Ababa|ET
Suva|FJ
Helsinki|FI
Paris|FR
Libreville|GA
Tbilisi|GE
Berlin|DE
Accra|GH
Athens|GR
Guatemala City|GT
Conakry|GN
Georgetown|GY
Port-au-Prince|HT
Tegucigalpa|HN
Budapest|HU
Reykjavik|IS
New Delhi|IN
Delhi|IN
Jakarta|ID
Tehran|IR
Baghdad|IQ
Dublin|IE
Jerusalem|IL
Tel Aviv|IL
Rome|IT
Kingston|JM
Tokyo|JP
Amman|JO
Astana|KZ
Nur-Sultan|KZ
Almaty|KZ
Nairobi|KE
Kuwait City|KW
Bishkek|KG
Vientiane|LA
Riga|LV
Beirut|LB
Monrovia|LR
Tripoli|LY
Vilnius|LT
Antananarivo|MG
Lilongwe|MW
Kuala Lumpur|MY
Male|MV
Bamako|ML
Valletta|MT
Nouakchott|MR
Port Louis|MU
Mexico City|MX
Chisinau|MD
Ulaanbaatar|MN
Ulan Bator|MN
Podgorica|ME
Rabat|MA
Maputo|MZ
Naypyidaw|MM
Nay Pyi Taw|MM
Windhoek|NA
Kathmandu|NP
Amsterdam|NL
The Hague|NL
Wellington|NZ
Managua|NI
Niamey|NE
Abuja|NG
Pyongyang|KP
Skopje|MK
Oslo|NO
Muscat|OM
Islamabad|PK
Panama City|PA
Port Moresby|PG
Asuncion|PY
Lima|PE
Manila|PH
Warsaw|PL
Lisbon|PT
Doha|QA
Bucharest|RO
Moscow|RU
Kigali|RW
Riyadh|SA
Dakar|SN
Belgrade|RS
Freetown|SL
Bratislava|SK
Ljubljana|SI
Mogadishu|SO
Pretoria|ZA
Seoul|KR
Juba|SS
Madrid|ES
Colombo|LK
Khartoum|SD
Paramaribo|SR
Stockholm|SE
Bern|CH
Damascus|SY
Dushanbe|TJ
Dodoma|TZ
Bangkok|TH
Dili|TL
Lome|TG
Tunis|TN
Ankara|TR
Ashgabat|TM
Kampala|UG
Kyiv|UA
Kiev|UA
Abu Dhabi|AE
London|GB
Washington|US
Montevideo|UY
Tashkent|UZ
Caracas|VE
Hanoi|VN
Sanaa|YE
Lusaka|ZM
Harare|ZW
Ramallah|PS
Gaza|PS
Taipei|TW
Pristina|XK
Saint Petersburg|RU
St Petersburg|RU
St. Petersburg|RU
Kazan|RU
Sochi|RU
Vladivostok|RU
Novosibirsk|RU
Yekaterinburg|RU
Nizhny Novgorod|RU
Samara|RU
Kaliningrad|RU
Murmansk|RU
Rostov-on-Don|RU
Volgograd|RU
Krasnodar|RU
Ufa|RU
Omsk|RU
Krasnoyarsk|RU
Irkutsk|RU
Khabarovsk|RU
Grozny|RU
Sevastopol|UA
Simferopol|UA
Kharkiv|UA
Odesa|UA
Odessa|UA
Lviv|UA
Donetsk|UA
Luhansk|UA
Mariupol|UA
Zaporizhzhia|UA
Shymkent|KZ
Karaganda|KZ
Aktau|KZ
Atyrau|KZ
Samarkand|UZ
Bukhara|UZ
Khiva|UZ
Osh|KG
Khujand|TJ
Gomel|BY
Brest|BY
Shanghai|CN
Guangzhou|CN
Shenzhen|CN
Tianjin|CN
Wuhan|CN
Chengdu|CN
Chongqing|CN
Xi'an|CN
Hangzhou|CN
Nanjing|CN
Qingdao|CN
Xiamen|CN
Harbin|CN
Urumqi|CN
Lhasa|CN
Macau|CN
Osaka|JP
Kyoto|JP
Hiroshima|JP
Nagasaki|JP
Yokohama|JP
Sapporo|JP
Busan|KR
Incheon|KR
Mumbai|IN
Kolkata|IN
Chennai|IN
Bangalore|IN
Bengaluru|IN
Hyderabad|IN
Ahmedabad|IN
Goa|IN
Karachi|PK
Lahore|PK
Istanbul|TR
Izmir|TR
Antalya|TR
Dubai|AE
Sharjah|AE
Jeddah|SA
Mecca|SA
Medina|SA
Alexandria|EG
Sharm el-Sheikh|EG
Isfahan|IR
Mashhad|IR
Tabriz|IR
Basra|IQ
Erbil|IQ
Mosul|IQ
Aleppo|SY
Haifa|IL
New York|US
Los Angeles|US
Chicago|US
San Francisco|US
Boston|US
Miami|US
Houston|US
Seattle|US
Philadelphia|US
Atlanta|US
Dallas|US
Anchorage|US
Honolulu|US
Camp David|US
Toronto|CA
Montreal|CA
Vancouver|CA
Sao Paulo|BR
São Paulo|BR
Rio de Janeiro|BR
Johannesburg|ZA
Cape Town|ZA
Durban|ZA
Lagos|NG
Casablanca|MA
Marrakech|MA
Mombasa|KE
Zanzibar|TZ
Dar es Salaam|TZ
Geneva|CH
Zurich|CH
Davos|CH
Lausanne|CH
Munich|DE
Hamburg|DE
Frankfurt|DE
Cologne|DE
Bonn|DE
Dresden|DE
Potsdam|DE
Milan|IT
Naples|IT
Venice|IT
Florence|IT
Turin|IT
Barcelona|ES
Seville|ES
Valencia|ES
Marseille|FR
Lyon|FR
Nice|FR
Strasbourg|FR
Bordeaux|FR
Manchester|GB
Birmingham|GB
Edinburgh|GB
Glasgow|GB
Belfast|GB
Cardiff|GB
Rotterdam|NL
Antwerp|BE
Salzburg|AT
Krakow|PL
Gdansk|PL
Porto|PT
Thessaloniki|GR
Varna|BG
Cluj-Napoca|RO
Ho Chi Minh City|VN
Da Nang|VN
Singapore|SG
Bali|ID
Surabaya|ID
Cebu|PH
Yangon|MM
Chiang Mai|TH
Phuket|TH
Siem Reap|KH
Sydney|AU
Melbourne|AU
Brisbane|AU
Perth|AU
Auckland|NZ
Guadalajara|MX
Monterrey|MX
Cancun|MX
Medellin|CO
Cartagena|CO
Valparaiso|CL
Cordoba|AR
Batumi|GE
Kutaisi|GE
Gyumri|AM
Ganja|AZ
Shusha|AZ
Tabriz|IR
Benghazi|LY
Aden|YE
Hodeidah|YE
"""

# region|canonical name  (no country code: larger than one country, or a part of one)
_REGIONS = """\
Central Asia
Middle East
Near East
Far East
Russian Far East
South Caucasus
North Caucasus
Caucasus
Balkans
Western Balkans
Eastern Europe
Western Europe
Central Europe
Southeast Asia
South Asia
East Asia
North Africa
West Africa
East Africa
Sub-Saharan Africa
Horn of Africa
Sahel
Latin America
South America
North America
Central America
Caribbean
Gulf
Persian Gulf
Arctic
Antarctica
Asia-Pacific
Indo-Pacific
Eurasia
Europe
Asia
Africa
Oceania
Siberia
Crimea
Donbas
Donbass
Kashmir
Xinjiang
Tibet
Kurdistan
Nagorno-Karabakh
Karabakh
Transnistria
Abkhazia
South Ossetia
West Bank
Gaza Strip
Golan Heights
Sinai
Black Sea
Caspian Sea
Baltic Sea
Mediterranean
Red Sea
South China Sea
Strait of Hormuz
Taiwan Strait
Scandinavia
Baltics
"""


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).casefold()


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, Place], dict[str, str], dict[str, str]]:
    """Places by folded name; demonyms by folded word; country names by code."""
    places: dict[str, Place] = {}
    demonyms: dict[str, str] = {}
    names: dict[str, str] = {}
    for line in _COUNTRIES.splitlines():
        code, name, aliases, adjectives = line.split("|")
        names[code] = name
        country = Place(name, "country", code)
        for alias in (name, *aliases.split(";")):
            if alias:
                places[_key(alias)] = country
        for adjective in adjectives.split(";"):
            if adjective:
                demonyms[_key(adjective)] = code
    for line in _CITIES.splitlines():
        name, code = line.split("|")
        places.setdefault(_key(name), Place(name, "city", code))
    for name in _REGIONS.splitlines():
        places.setdefault(_key(name), Place(name, "region", None))
    return places, demonyms, names


def place(name: str) -> Place | None:
    """The country, city or region a name stands for (``US`` → United States), or ``None``."""
    return _index()[0].get(_key(name))


def known_keys() -> tuple[str, ...]:
    """Every folded name that :func:`place` knows."""
    return tuple(_index()[0])


def demonym_country(word: str) -> str | None:
    """The ISO code of a country adjective or demonym (``Russian`` → ``RU``), or ``None``."""
    return _index()[1].get(_key(word))


def country_code(word: str) -> str | None:
    """The ISO code of a country named by its name or its adjective, or ``None``."""
    found = place(word)
    if found is not None and found.kind == "country":
        return found.country
    return demonym_country(word)


def country_name(code: str) -> str | None:
    """The common English name of the country with this ISO code."""
    return _index()[2].get(code)
