"""The event a promised deadline counts from, as the promise's condition: "will hand the island
over to Uganda within 90 days of a joint survey finding that it lies on the Ugandan side", "within
six months after the commission rules". Nothing is due before the event, so it is what the
promise waits on; the words that mark a deadline are data (``conditions.deadlines`` and
``conditions.deadline_moments`` in data/lexicon/mood.yaml).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    data = read_yaml(DATA_DIR / "lexicon" / "mood.yaml").get("conditions", {})
    preps = {str(k): frozenset(str(w) for w in v) for k, v in (data.get("deadlines") or {}).items()}
    return preps, frozenset(str(w) for w in data.get("deadline_moments", ()))


def deadline_event(tok: Token) -> Token | None:
    """The head of the event the deadline on ``tok`` counts from ("within 90 days of a joint survey
    finding ...": "survey"; "of the moment Tbilisi guarantees ...": the clause on "moment"), where
    the deadline is hung on the promise's verb or on the verb it is the complement of ("is to
    take place within 60 days of ...")."""
    preps, moments = _words()
    hosts = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
    for host in hosts:
        spans = [(x, links) for word, links in preps.items() for x in g.preps(host, word)]
        for span, links in spans:  # "within [90 days] of ...": the span of time, then its event
            for link in span.children:
                if link.dep_ != "prep" or link.lower_ not in links:
                    continue
                event = next((x for x in link.children if x.dep_ in ("pobj", "pcomp")), None)
                if event is None:
                    continue
                if (
                    event.lemma_.lower() in moments
                ):  # "the moment Tbilisi guarantees ...": the clause
                    told = [x for x in event.children if x.dep_ in ("relcl", "acl")]
                    if not told:
                        continue  # "within 30 days of the date": no event told
                    event = told[0]
                if event.pos_ in ("NOUN", "PROPN", "VERB"):
                    return event
    return None
