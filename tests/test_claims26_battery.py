"""Claims, rejections, protests and recognitions in wording not seen before (issue 12, claims26).

Every sentence was written for this module, in wire-copy wording about disputes the never-read
batches do not cover (the Falklands, Gibraltar, the Essequibo, the Senkakus, the Kurils, Crimea,
Western Sahara, Dokdo, Taiwan). Each reading has its rewrites and its near-misses:
- "endorsed" ("approved") an annexation, a status or a finding recognises it; a candidate or a
  budget endorsed, an endorsement asked for or refused, recognises nothing;
- "that year", "later that year", "the same year", "the following year", "in May of that year"
  date an event by the year told before, across sentences;
- "prompting (leading, forcing) Seoul to lodge a protest" tells a protest lodged; "could prompt",
  "urged Seoul to" do not;
- "the Argentine claim", told of no claim before, is the claim to the land the article is about,
  where the gazetteer knows the claimant for it (not another land's claim);
- "..., a claim (a position) Guyana rejects": the noun sums up the clause before it, whose subject
  is the claimant and whose land is the territory;
- "the Gulf Cooperation Council" is no body of the Persian Gulf; "the Islamic Republic" is Iran;
  "The Hague" acting is the Netherlands, "in The Hague" the city;
- an island group the gazetteer does not know is named again by its proper word ("the Columbretes").
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

ARGENTINA, UK, SPAIN, MOROCCO = (
    "state/argentina",
    "state/united-kingdom",
    "state/spain",
    "state/morocco",
)
JAPAN, CHINA, SKOREA, RUSSIA = "state/japan", "state/china", "state/south-korea", "state/russia"
VENEZUELA, GUYANA, IRAN, BAHRAIN = "state/venezuela", "state/guyana", "state/iran", "state/bahrain"
GERMANY, NETHERLANDS, UKRAINE = "state/germany", "state/netherlands", "state/ukraine"
GCC = "organization/gulf-cooperation-council"
FALKLANDS, GIBRALTAR, SENKAKU = (
    "territory/falkland-islands",
    "territory/gibraltar",
    "territory/senkaku-islands",
)
ESSEQUIBO, CRIMEA, WSAHARA = (
    "territory/guayana-esequiba",
    "territory/crimea",
    "territory/western-sahara",
)
COLUMBRETES = "territory/columbretes-islands"

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    # "endorsed" / "approved" a status or a finding: recognizes
    (
        "recognizes",
        {"what": "The annexation"},
        "The annexation was endorsed in 1995 by the Organization of American States.",
    ),
    (
        "recognizes",
        {"what": "the result of the referendum"},
        "The African Union endorsed the result of the referendum on Tuesday.",
    ),
    (
        "recognizes",
        {"what": "The findings"},
        "The findings were approved by the General Assembly a week later.",
    ),
    (
        "recognizes",
        {"what": "the findings of the commission"},
        "Kenya's parliament approved the findings of the commission in March.",
    ),
    # "that year" and its kin: the year told before
    (
        "recognizes",
        {"party": RUSSIA, "date": "1991"},
        "Ukraine declared independence in 1991. Russia recognised its independence that year.",
    ),
    (
        "recognizes",
        {"date": "1976"},
        "Spain left Western Sahara in 1976. The annexation was endorsed later that year by the Arab League.",
    ),
    (
        "protests",
        {"party": ARGENTINA, "against": UK, "date": "1982"},
        "The war broke out in 1982. Argentina lodged a protest with Britain the same year.",
    ),
    (
        "protests",
        {"party": ARGENTINA, "against": UK, "date": "1983"},
        "The war broke out in 1982. Argentina lodged a protest with Britain the following year.",
    ),
    (
        "protests",
        {"party": SPAIN, "against": UK, "date": "2002-05"},
        "The talks began in 2002. In May of that year Spain lodged a protest with Britain.",
    ),
    # a verb of causing: its object did what its infinitive says
    (
        "protests",
        {"party": SKOREA, "against": JAPAN},
        "The textbook called Dokdo Japanese territory, prompting Seoul to lodge a protest with Tokyo.",
    ),
    (
        "protests",
        {"party": SKOREA, "against": JAPAN},
        "The remarks prompted South Korea to lodge a formal protest with Japan.",
    ),
    (
        "protests",
        {"party": JAPAN, "against": CHINA},
        "The survey led Japan to lodge a strong protest with China on Friday.",
    ),
    (
        "protests",
        {"party": JAPAN, "against": CHINA},
        "The incursion forced Tokyo to lodge a protest with Beijing.",
    ),
    # a bare national claim: to the land the article is about, where the gazetteer knows it
    (
        "rejectsClaim",
        {"state": UK, "claimant": ARGENTINA, "territory": FALKLANDS},
        "Argentina raised the Falklands at the United Nations. Britain rejected the Argentine claim.",
    ),
    (
        "rejectsClaim",
        {"state": UK, "claimant": SPAIN, "territory": GIBRALTAR},
        "A Spanish warship entered the waters off Gibraltar. London has never accepted the Spanish claim.",
    ),
    (
        "rejectsClaim",
        {"state": JAPAN, "claimant": CHINA, "territory": SENKAKU},
        "Chinese coast guard ships sailed near the Senkaku Islands. Tokyo dismissed the Chinese claim.",
    ),
    # a noun that sums up the clause before it
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA, "territory": ESSEQUIBO},
        "Venezuela claims the Essequibo region, a claim Guyana has always rejected.",
    ),
    (  # "rejects" parsed as a noun: mended (grammar/reduced_clauses.py, stance28)
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA, "territory": ESSEQUIBO},
        "Caracas claims the Essequibo, a position Guyana rejects.",
    ),
    (
        "rejectsClaim",
        {"state": UK, "claimant": ARGENTINA, "territory": FALKLANDS},
        "Argentina claims the Falkland Islands, a claim which Britain rejects.",
    ),
    (
        "rejectsClaim",
        {"state": NETHERLANDS, "claimant": GERMANY},
        "Germany claimed the whole estuary, a position the Netherlands has always rejected.",
    ),
    (
        "rejectsClaim",
        {"state": NETHERLANDS, "claimant": GERMANY},
        "Germany claimed the whole estuary, a position The Hague has always rejected.",
    ),
    # names: the Gulf Cooperation Council, the Islamic Republic
    (
        "rejectsClaim",
        {"state": GCC},
        "The Gulf Cooperation Council condemned the remarks on Sunday.",
    ),
    (
        "rejectsClaim",
        {"state": GCC},
        "The remarks were condemned by the Gulf Cooperation Council.",
    ),
    (
        "protests",
        {"party": IRAN, "against": BAHRAIN},
        "The Islamic Republic lodged a formal protest with Bahrain on Monday.",
    ),
    # a pair named with its region between: "both Pacific nations"
    (
        "claims",
        {"claimant": ARGENTINA, "territory": FALKLANDS},
        "Argentina lodged a protest with Britain over a patrol near the Falkland Islands, an "
        "archipelago claimed by both South Atlantic nations.",
    ),
    (
        "claims",
        {"claimant": CHINA, "territory": SENKAKU},
        "Japan lodged a protest with China after ships entered waters near the Senkaku Islands, "
        "which both Asian nations claim.",
    ),
    (
        "disputes",
        {"parties": {JAPAN, CHINA}, "territory": SENKAKU},
        "Japan and China met on Monday. The Senkaku Islands are claimed by both East Asian nations.",
    ),
    # "both (all, each) of which": the relative pronoun the quantifier takes
    (
        "claims",
        {"claimant": MOROCCO, "territory": "territory/melilla"},
        "Spain also holds Ceuta and Melilla, both of which are claimed by Morocco.",
    ),
    pytest.param(
        "claims",
        {"claimant": MOROCCO, "territory": "territory/ceuta"},
        "Spain governs the cities of Ceuta and Melilla, all of which Morocco claims.",
        marks=pytest.mark.xfail(strict=True, reason="parsed with 'claims' the root, no relative"),
    ),
    (
        "claims",
        {"claimant": CHINA, "territory": SENKAKU},
        "Japan administers the Senkaku Islands, each of which is claimed by China.",
    ),
    # land a state says lies within its own territory or waters
    (
        "assertsSovereignty",
        {"state": ARGENTINA, "territory": FALKLANDS},
        "Argentina said the Falkland Islands lie within Argentine territory.",
    ),
    (
        "assertsSovereignty",
        {"state": JAPAN, "territory": SENKAKU},
        '"The Senkaku Islands are within Japanese territory," the Japanese foreign minister said.',
    ),
    (
        "assertsSovereignty",
        {"state": UK, "territory": GIBRALTAR},
        "Britain insisted that Gibraltar remains within British jurisdiction.",
    ),
    # an island group named again by its proper word
    (
        "assertsSovereignty",
        {"state": SPAIN, "territory": COLUMBRETES},
        'Spain opened a base on the Columbretes Islands. "The Columbretes are Spanish," '
        "Defence Minister Margarita Robles said.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles that must not be found; {} for none of the relation at all)
DENIED: list[tuple[str, str, dict]] = [
    # no status endorsed
    ("The party endorsed the candidate for president on Sunday.", "recognizes", {}),
    ("Parliament approved the budget on Tuesday.", "recognizes", {}),
    ("The Arab League has not endorsed the annexation.", "recognizes", {}),
    ("Morocco asked the court to endorse two sections of the border.", "recognizes", {}),
    ("The African Union may endorse the result of the referendum.", "recognizes", {}),
    # no year before "that year": no date made up
    ("Russia recognised Crimea's independence that year.", "recognizes", {"date": "2020"}),
    # a cause that may come, a protest urged
    ("The remarks could prompt Seoul to lodge a protest with Tokyo.", "protests", {}),
    ("Washington urged Seoul to lodge a protest with Tokyo.", "protests", {}),
    ("The survey would lead Japan to lodge a protest with China.", "protests", {}),
    # another land's claim: the article's land is not its territory
    (
        "Japan and China met to discuss the Senkaku Islands. Tokyo rejected the Russian claim.",
        "rejectsClaim",
        {"territory": SENKAKU},
    ),
    # a summing noun with no rejection, or one that may come
    ("Venezuela claims the Essequibo region, a vast area of forest.", "rejectsClaim", {}),
    ("Venezuela claims the Essequibo region, a claim Guyana may reject.", "rejectsClaim", {}),
    # the Gulf Cooperation Council is not Iran
    ("The Gulf Cooperation Council condemned the remarks.", "rejectsClaim", {"state": IRAN}),
    # a port the discourse told of is no territory whose sovereignty is asserted
    (
        'Ethiopia used the port of Assab until 1998. "Eritrea will defend its sovereignty," '
        "the minister said.",
        "assertsSovereignty",
        {"territory": "city/assab"},
    ),
    # "both" before a name that is no region of a pair's
    ("Both Argentina and Britain claim the Falkland Islands.", "claims", {"claimant": SPAIN}),
    # "none (one, some) of which": not them all
    ("Britain holds the Falkland Islands, none of which are claimed by Chile.", "claims", {}),
    (
        "Japan holds the Senkaku Islands, one of which is claimed by Taiwan.",
        "claims",
        {"territory": SENKAKU},
    ),
    # within another's territory, said by no one, or only possibly
    (
        "Japan said the Senkaku Islands lie within Chinese territory.",
        "assertsSovereignty",
        {"state": JAPAN},
    ),
    (
        "The Falkland Islands lie within the British exclusive economic zone.",
        "assertsSovereignty",
        {},
    ),
    ("Britain said the islands may lie within Argentine waters.", "assertsSovereignty", {}),
    # "in The Hague" is a place, no state acting
    ("The two ministers met in The Hague to discuss the border.", "rejectsClaim", {}),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    none_told(text, rel, roles)
