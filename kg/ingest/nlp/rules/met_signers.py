"""Those who met and signed: "Romanian Foreign Minister A and her Ukrainian counterpart B met in
Bucharest and signed a joint statement". The parser hangs the two names so that the signing verb
finds no one (a conjunct of "met" whose subject is torn), and the signing is read by the states
the sentence names; the people the sentence's meeting names signed it, where they serve exactly
those states (news names the negotiators, the act is their states', as
serving_states.for_their_states reads "signed by A and B")."""

from __future__ import annotations

from dataclasses import replace

from kg.ingest.nlp.rules.common import Collector, members
from kg.ingest.nlp.rules.serving_states import served, state_served


def joined(c: Collector) -> None:
    """Name, among a states' signing's parties, the people a meeting of the same sentence and day
    names, where each serves one of exactly those states."""
    serving = served(c)
    meetings = [f for f in c.of("meeting") if not f.negated]
    for found in (c.facts, c.again):
        for i, f in enumerate(found):
            parties = members(f.args.get("parties"))
            states = {e.key for e in parties if e.kind == "State"}
            if f.rel != "signed" or f.negated or len(states) < 2:
                continue
            if any(e.kind == "Person" for e in parties):
                continue
            for m in meetings:
                people = [e for e in members(m.args.get("participants")) if e.kind == "Person"]
                if m.evidence.start != f.evidence.start or len(people) < 2:
                    continue
                if f.args.get("date") not in (None, m.args.get("date")):
                    continue
                serve = {getattr(state_served(c, serving, e), "key", None) for e in people}
                if serve == states and len(people) == len(serve):
                    found[i] = replace(f, args={**f.args, "parties": (*parties, *people)})
                    break
