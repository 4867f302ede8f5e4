"""Where a meeting was held when its sentence does not say: the dateline's city, for a meeting of
the day the report was filed or the day before ("MOSCOW, Dec. 3 -- Lavrov met Kishida on Saturday"):
a wire report is filed from where its news happened. A meeting of another day ("met last month"),
or a sentence that names another city ("speaking in Tokyo, she said she had met ..."), keeps no
place: where a speaker spoke is not where they met."""

from __future__ import annotations

import datetime as dt
import re

from kg.gazetteer import Gazetteer
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.iris import entity_key
from kg.model import Entity, Source

# A dateline's city runs to its first comma, bracket or slash ("SEOUL (Yonhap) -", "LONDON/PARIS").
_DATELINE_CITY = re.compile(r"[^\W\d][^,(/\n]*")


def dateline_city(gz: Gazetteer, source: Source) -> Entity | None:
    """The city a dateline names ("MOSCOW, Dec. 3, 2016"): a place the article names, where the
    report was filed (whose office a bare title is only as the last reading, for a state the
    article is about: kg.ingest.nlp.rules.filed_from)."""
    m = _DATELINE_CITY.match(source.dateline or "")
    if m is None:
        return None
    name = m.group().strip().title()
    return next((x.entity for x in gz.lookup(name) if x.entity.kind == "City"), None)


def dateline_town(gz: Gazetteer, source: Source) -> Entity | None:
    """The town a dateline names, the gazetteer's city or one it does not know ("MAE SOT, Thailand,
    Dec 3 (AFP) -", "HILSA, Humla -"): a dateline's capitals name where the report was filed, a
    place of the article though no sentence may tell it from a person's name. A name the gazetteer
    knows as something else ("LUXEMBOURG" is its state) is that, no town."""
    city = dateline_city(gz, source)
    m = _DATELINE_CITY.match(source.dateline or "")
    if city is not None or m is None:
        return city
    written = " ".join(m.group().split())
    if not written.isupper() or any(ch.isdigit() for ch in written) or len(written) < 3:
        return None  # a date line ("April 20, 2020"), a wire's initials
    name = written.title()
    if gz.lookup(name):
        return None
    return Entity("City", entity_key("City", name), name, ())


def dateline_venue(c: Collector, s: Sentence, date: str | None) -> Entity | None:
    """The dateline's city for a meeting of the report's day (or the eve of it) that names no city."""
    if date is None or c.ref is None or any(m.tag == "C" for m in s.masked.mentions):
        return None
    if date not in (c.ref.isoformat(), (c.ref - dt.timedelta(days=1)).isoformat()):
        return None
    return dateline_town(c.gz, c.source)
