"""Whose office a bare national title is where nothing else in the text says: the state the
report is filed from. "LA PAZ, March 23 (Reuters) - ... President Rodrigo Paz said": a wire story
from a state's city names that state's own officials by their bare titles, and gives a foreign
one a demonym ("Chilean Foreign Minister ..."). Only for the offices of a state's government
(``home_offices`` of data/lexicon.yaml) and only where that state is one of the two the article is
most about, so a minister reporting from a summit abroad ("MUNICH - ... Lavrov said") is not made
the host's; the last reading kg.ingest.nlp.rules.people tries, at low confidence. A national news
agency (``agency_states``) names its own state's officials bare wherever it files from, in a story
that names that state or is filed from it ("BISSAU (Xinhua)" on two African states titles no
Chinese official; "BUSAN (Yonhap) - Foreign Minister Cho Hyun" is South Korea's)."""

from __future__ import annotations

import re

from kg.ingest.nlp import lexicon
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.persons import PersonInfo
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.venues import dateline_city
from kg.ingest.nlp.triggers import speech_verbs
from kg.model import Entity


def filed_from(c: Collector, info: PersonInfo, s: Sentence | None = None) -> Entity | None:
    """The state of the dateline's city (or the one a small city's dateline names after it:
    "NARVA, Estonia (AP)"), for a home office of a state the article is about; for a
    national agency's report ("BEIJING, Dec 18 (PTI)"), the agency's own state, whose officials it
    titles bare wherever it files from ("Foreign Secretary Vikram Misri": India's). Before either,
    the city the official is said to speak in ("..., government spokesman X said in Kinshasa"):
    nearer than where the reporter was."""
    lex = lexicon.load()
    if not home_office(info):
        return None
    spoke = spoke_in(c, info, s) if s is not None else None
    if spoke is not None:
        return spoke
    home = lex.agency_states.get(c.source.publisher or "")
    city = dateline_city(c.gz, c.source)
    key = c.gz.state_of_city.get(city.key) if city is not None else _dateline_state(c)
    if home is not None and (home == key or c.disc.state_counts.get(home)):
        return c.gz.get(home)  # the agency's home: named in the story, or filed from
    if key is None:
        return None
    return next((s for s in c.disc.main_states() if s.key == key), None)


def home_office(info: PersonInfo) -> bool:
    """Whether the office is one of a state's own government (``home_offices``), also a secretary
    its portfolio narrows ("Energy Secretary X", ``home_portfolio_offices``), not a bare one."""
    lex = lexicon.load()
    if info.office in lex.home_offices:
        return True
    words = (info.words or "").lower()
    return info.office in lex.home_portfolio_offices and words not in ("", info.office)


#: "NARVA, Estonia (AP)", "KASANE, Botswana, Jan. 15": the state a wire names after a small city
_CITY_STATE = re.compile(r"[^\W\d][^,(/\n]*,\s*([^\W\d][^,(/\n_]*?)\s*(?:,|\(|_|-|—|$)")


def _dateline_state(c: Collector) -> str | None:
    """The state a dateline names after a city the gazetteer does not know ("NARVA, Estonia")."""
    m = _CITY_STATE.match(c.source.dateline or "")
    found = c.gz.lookup(m.group(1).strip()) if m else []
    return next((x.entity.key for x in found if x.entity.kind == "State"), None)


def spoke_in(c: Collector, info: PersonInfo, s: Sentence) -> Entity | None:
    """The state, one the article is about, of the city named by "in" on a verb of the
    ``statement`` class whose subject is the official ("X said in Kinshasa", "X told reporters in
    Lusaka")."""
    if s.doc is None:
        return None
    p = Parsed.of(s.doc, s.span.start, s.masked.mentions)
    said = speech_verbs()
    main = {x.key: x for x in c.disc.main_states()}
    for t in p.tokens:
        m = p.mention(t)
        if m is None or m.entity != info.entity or not t.dep_.startswith("nsubj"):
            continue
        verb = t.head
        if verb.lemma_ not in said:
            continue
        heads = [verb, *(k for k in verb.children if k.dep_ in ("dobj", "dative"))]
        for prep in (k for h in heads for k in h.children if k.dep_ == "prep" and k.lower_ == "in"):
            for o in prep.children:
                city = p.mention(o) if o.dep_ == "pobj" else None
                if city is not None and city.tag == "C" and city.entity is not None:
                    key = c.gz.state_of_city.get(city.entity.key)
                    return main.get(key) if key else None
    return None
