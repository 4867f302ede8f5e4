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
from kg.model import Entity, Source


def dateline_city(gz: Gazetteer, source: Source) -> Entity | None:
    """The city a dateline names ("MOSCOW, Dec. 3, 2016"): a place the article names, where the
    report was filed (whose office a bare title is only as the last reading, for a state the
    article is about: kg.ingest.nlp.rules.filed_from)."""
    if not source.dateline:
        return None
    # the name ends at a comma, or at the agency's credit where none follows ("LA PAZ (Reuters)")
    name = re.split(r"[,(/]", source.dateline)[0].strip()
    return next((x.entity for x in gz.lookup(name) if x.entity.kind == "City"), None)


def dateline_venue(c: Collector, s: Sentence, date: str | None) -> Entity | None:
    """The dateline's city for a meeting of the report's day (or the eve of it) that names no city."""
    if date is None or c.ref is None or any(m.tag == "C" for m in s.masked.mentions):
        return None
    if date not in (c.ref.isoformat(), (c.ref - dt.timedelta(days=1)).isoformat()):
        return None
    return dateline_city(c.gz, c.source)
