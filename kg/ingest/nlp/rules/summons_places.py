"""Where a summons took place: the summoning state's capital, where the text names no place.

An envoy is summoned to the foreign ministry of the state that summons him ("Foreign Minister A
summoned Papua New Guinea's acting high commissioner, B"), so news names no place: the ministry
sits in that state's capital (the gazetteer's). Read once every office is known, since the
summoner's state is often told only in a later sentence or a press release's issuing line. A
summons whose sentence gives a place ("summoned ... in Ankara", a dateline city of the day) keeps
it; one whose summoner serves no state known, or the envoy's own state, gets none.
"""

from __future__ import annotations

from dataclasses import replace

from kg.ingest.nlp.rules.common import Collector, members
from kg.ingest.nlp.rules.serving_states import served, state_served

#: The meeting rules of a summons (data/lexicon/relations.yaml, meeting: summon, call in).
_SUMMONS = frozenset({"meeting-verb:summon", "meeting-verb:call"})


def placed(c: Collector) -> None:
    """Place each summons that names no place in the capital of the state its summoner serves."""
    serving = served(c)
    for found in (c.facts, c.again):
        for i, f in enumerate(found):
            if f.rel != "meeting" or f.negated or f.args.get("place") is not None:
                continue
            if f.evidence.rule not in _SUMMONS:
                continue
            people = members(f.args.get("participants"))
            if len(people) < 2 or people[0].kind != "Person":
                continue
            host = state_served(c, serving, people[0])
            envoy = state_served(c, serving, people[1]) if people[1].kind == "Person" else None
            if host is None or host.kind != "State" or (envoy is not None and envoy == host):
                continue
            capital = c.gz.capital_of(host.key)
            if capital is not None:
                found[i] = replace(f, args={**f.args, "place": capital})
