"""Documents a person issues in his own name: "President Ferdinand Marcos issued a decree", "the
order, issued on Monday by Jean-Marc Peillex, mayor of ...", "an arbitral award handed down by King
Alfonso XIII". A decree, an order or an award is its maker's act, and news names the person who
made it; a statement, a note or a report a minister puts out speaks for his state or his ministry
(the issuer the ``issued`` class gave before persons could fill it). The nouns of a person's own
acts are data (``data/lexicon.yaml``, ``person_act_documents``)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from kg.ingest.nlp import bodies
from kg.ingest.nlp.rules.common import Collector, person_state
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml


@lru_cache(maxsize=1)
def _acts() -> frozenset[str]:
    data = read_yaml(DATA_DIR / "lexicon.yaml")
    return frozenset(str(n).lower() for n in data.get("person_act_documents", ()))


def own_act(doc: Entity) -> bool:
    """Whether the document is a decree, an order or an award (by its name's words)."""
    words = {w for name in (doc.label, *doc.aliases) for w in name.lower().split()}
    return bool(words & _acts())


def settle(c: Collector) -> None:
    """Each document a person issued that is no act of his own goes to the state (or body) he
    speaks for; with none known, the fact goes."""
    out = []
    for f in c.facts:
        issuer, doc = f.args.get("issuer"), f.args.get("document")
        if (
            f.rel != "issued"
            or not isinstance(issuer, Entity)
            or issuer.kind != "Person"
            or not isinstance(doc, Entity)
            or own_act(doc)
        ):
            out.append(f)
            continue
        owner = person_state(c, issuer)
        if owner is not None and owner.kind != "State":
            owner = bodies.owner(c.gz, owner)  # the ministry's spokesperson: its state
        if owner is not None:
            out.append(replace(f, args={**f.args, "issuer": owner}))
    c.facts[:] = out
