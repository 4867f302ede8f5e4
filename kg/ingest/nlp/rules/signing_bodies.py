"""Bodies that sign in their own name: "Britain and the European Union signed a treaty", "The
memorandum was signed by Kosovo and KFOR". A signing's parties are states, and a state's body
signs for its state (rules/arguments.entities); but a bloc, a mission or a force that no state owns
is a party of its own, as the gold gives it (the EU beside the UK, KFOR beside Kosovo), and so
is the body an official who signs serves ("by EU trade commissioner Maros Sefcovic and Britain's
minister ... Nick Thomas-Symonds": the EU and the UK). Only a
body whose name is no state organ's (claimant_bodies.claims_alone: not a council, a ministry or
a court) signs so; the rest are left out as before.
"""

from __future__ import annotations

from kg.ingest.nlp import bodies
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.rules.claimant_bodies import claims_alone
from kg.ingest.nlp.rules.common import Collector
from kg.model import Entity


def own_signers(c: Collector, found: list[Mention], ents: list[Entity]) -> list[Entity]:
    """The organisations among a signing's fillers, or served by the officials among them, that no
    state owns and that act in their own name, not yet among ``ents``."""
    out: list[Entity] = []
    for m in found:
        if m.tag == "P":  # "by EU trade commissioner Maros Sefcovic": the body he serves
            info = c.disc.people.by_key.get(m.entity.key) if m.entity is not None else None
            bodies_of = [info.of] if info is not None and info.of is not None else []
        elif m.tag == "O":
            bodies_of = list(m.entities)
        else:
            continue
        for e in bodies_of:
            if e.kind != "Organization" or e in ents or e in out:
                continue
            if bodies.owner(c.gz, e) is None and claims_alone(e):
                out.append(e)
    return out
