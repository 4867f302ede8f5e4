"""Whose office a bare national title is where nothing else in the text says: the state the
report is filed from. "LA PAZ, March 23 (Reuters) - ... President Rodrigo Paz said": a wire story
from a state's city names that state's own officials by their bare titles, and gives a foreign
one a demonym ("Chilean Foreign Minister ..."). Only for the offices of a state's government
(``home_offices`` of data/lexicon.yaml) and only where that state is one of the two the article is
most about, so a minister reporting from a summit abroad ("MUNICH - ... Lavrov said") is not made
the host's; the last reading kg.ingest.nlp.rules.people tries, at low confidence. A national news
agency (``agency_states``) names its own state's officials bare wherever it files from."""

from __future__ import annotations

from kg.ingest.nlp import lexicon
from kg.ingest.nlp.persons import PersonInfo
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.venues import dateline_city
from kg.model import Entity


def filed_from(c: Collector, info: PersonInfo) -> Entity | None:
    """The state of the dateline's city, for a home office of a state the article is about; for a
    national agency's report ("BEIJING, Dec 18 (PTI)"), the agency's own state, whose officials it
    titles bare wherever it files from ("Foreign Secretary Vikram Misri": India's)."""
    lex = lexicon.load()
    if info.office not in lex.home_offices:
        return None
    key = lex.agency_states.get(c.source.publisher or "")
    if key is not None:  # the agency's home, named in the article or not
        return c.gz.get(key)
    city = dateline_city(c.gz, c.source)
    key = c.gz.state_of_city.get(city.key) if city is not None else None
    if key is None:
        return None
    return next((s for s in c.disc.main_states() if s.key == key), None)
