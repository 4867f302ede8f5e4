"""Documents one party makes, told as where it acted: "The findings were endorsed by the Security
Council in Resolution 278", "the line, drawn by the Alaska Boundary Tribunal in its 1903 award",
"Congress annexed the atoll in a 1925 act".

News names a resolution, a ruling or a law as the place where a body (a council, a court, a
parliament) did something, and never says that it issued it: the clause's one doer (subject, or
the agent of a passive), a body, issued it. A state acting "in" a document is as often told of
one another made ("Peru restated its claim in a 2008 ruling"), so only a body's. Only a document
told as new (a or an, its own year or number, or "its" / "their" own) and of a kind one party
makes (not a treaty, an agreement or a joint declaration: rules/acting_parties.py; nor one said
in, which the ``issued`` triggers read).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.acting_parties import JOINT, is_new
from kg.ingest.nlp.rules.when import event_date
from kg.ingest.nlp.triggers import speech_verbs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.discourse import Sentence
    from kg.ingest.nlp.rules.common import Collector

_RULE = "issuer-acted-in"


def acted_in(c: Collector, s: Sentence, p: g.Parsed) -> None:
    """An issued fact for each one-party document a clause's single doer acted in."""
    for tok in p.tokens:
        m = p.mention(tok)
        if m is None or m.tag != "D" or m.entity is None or m.entity.subtype in JOINT:
            continue
        if m.issuer is not None or tok.dep_ != "pobj" or tok.head.lower_ != "in":
            continue  # ("Japan's white paper": its possessor, read already)
        if not (is_new(tok) or _own(tok) or _numbered(tok)):
            continue
        verb = _clause_verb(tok.head)
        if verb is None or g.negated(verb) or g.modal(verb):
            continue
        if verb.lemma_.lower() in speech_verbs():
            continue  # "said in a statement": the issued triggers' own
        doers = [e for f in g.fillers(p, g.subjects(verb), {"O"}) for e in f.entities]
        if len(set(doers)) != 1:
            continue
        date = m.entity.date or event_date(c, s, p, verb)
        c.add("issued", {"issuer": doers[0], "document": m.entity, "date": date}, s, _RULE, 0.7)


def _own(tok: Token) -> bool:
    """ "in its 1903 award", "in their resolution": the doer's own document."""
    return any(ch.dep_ == "poss" and ch.lower_ in ("its", "their") for ch in tok.children)


def _numbered(tok: Token) -> bool:
    """ "in Resolution 278": a document named by its number."""
    return any(ch.dep_ == "nummod" and ch.i > tok.i for ch in tok.children)


def _clause_verb(prep: Token) -> Token | None:
    """The verb an "in" phrase tells where of: its head, or the verb above the agent or the
    predicate it was hung on ("endorsed by the Council in Resolution 278", "rejected it as invalid
    in its resolution 541")."""
    host = prep.head
    if host.dep_ == "pobj" and host.head.dep_ == "agent":
        host = host.head.head
    elif host.pos_ == "ADJ" and host.dep_ in ("advcl", "acomp", "oprd"):
        host = host.head
    return host if host.pos_ == "VERB" else None
