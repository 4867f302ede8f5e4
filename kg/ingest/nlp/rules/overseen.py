"""What an official oversees, told as a task in the outlet's words: "Prime Minister X, who oversees
the review", "Environment Minister Y, who oversees Romania's part of the monitoring", "the prefect,
Z, who supervises border policing in the department".

The ``oversees`` class of data/lexicon/relations.yaml reads an overseen process the article names
as one (the talks on a treaty). News more often gives an official's charge as a plain noun phrase
after a verb of overseeing; that phrase, up to a comma, is what the person oversees. Only
"oversee" and "supervise" ("heads", "leads", "chairs" are offices: ``office``), never a verb
negated or one that gives an order ("supervised the troops to ..."), nor a charge that is itself
a person, a state or a named body.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import triggers
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector, span_text

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.grammar import Parsed
    from kg.model import Entity

_RULE = "oversees-charge"
_RELATIVE = frozenset({"who", "that"})


#: The verbs of ``oversees`` that tell a standing charge; "coordinated", "directed" more often tell
#: one act ("directed the rescue"), and "heads", "leads", "chairs" an office.
_CHARGE = frozenset({"oversee", "supervise"})


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """The verbs of a charge, as long as the ``oversees`` class has them."""
    return triggers.lemmas_of("oversees", lambda t: not t.noun) & _CHARGE


def charges(c: Collector, s: Sentence) -> None:
    """ "X, who oversees Y" and "X oversees Y": ``oversees`` with Y's words, where the engine's
    reading (a named process) found none."""
    p = s.parsed
    if p is None:
        return
    for verb in p.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _verbs() or g.negated(verb):
            continue
        if any(c.dep_ in ("xcomp", "ccomp", "dative") for c in verb.children):
            continue  # "directed the coast guard to withdraw": an order, no charge
        person = _overseer(p, verb)
        objects = [o for o in verb.children if o.dep_ == "dobj"]
        if person is None or len(objects) != 1 or p.mention(objects[0]) is not None:
            continue  # a named process is the engine's, a person or a state no task
        obj = objects[0]
        end = next((t.i for t in obj.subtree if t.i > obj.i and t.text in {",", ";", "("}), None)
        last = obj.right_edge.i + 1 if end is None else end
        start = p.offset + obj.doc[obj.left_edge.i].idx
        stop = p.offset + obj.doc[last - 1].idx + len(obj.doc[last - 1].text)
        what = span_text(c, (start, stop))
        if what:
            c.add("oversees", {"person": person, "what": what}, s, _RULE, 0.7)


def _overseer(p: Parsed, verb: Token) -> Entity | None:
    """The person the verb's subject names: the name itself, or the name a relative clause hangs
    on ("X, who oversees"), directly or through the title apposed to it ("X, the prefect, who")."""
    for subject in g.subjects(verb):
        tok = subject
        if subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
            tok = verb.head
        for t in (tok, tok.head if tok.dep_ == "appos" else None):
            m = p.mention(t) if t is not None else None
            if m is not None and m.tag == "P" and m.entity is not None:
                return m.entity
    return None
