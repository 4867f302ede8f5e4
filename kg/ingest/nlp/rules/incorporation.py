"""Incorporation by a document: "a treaty under which the peninsula becomes part of Russia" (the
``incorporates`` trigger with ``reader: incorporation`` in data/lexicon/relations.yaml).

The predicate noun ("part") counts under one of the trigger's ``declared_by`` verbs ("becomes");
the document is the noun a relative clause of that verb hangs on through "under/by which" (the
document under which it happens); the date is the day the article says that document was signed or issued.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.relatives import relative_noun
from kg.ingest.nlp.rules.act_documents import document_under_which
from kg.ingest.nlp.rules.checks import told_date
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.slots import fill
from kg.ingest.nlp.rules.when import event_date
from kg.ingest.nlp.triggers import Relation, Trigger
from kg.model import Arg, Entity

if TYPE_CHECKING:
    from spacy.tokens import Token


def incorporation(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """One ``incorporates`` for each territory the document makes part of a state."""
    verb = tok.head
    if verb.lemma_.lower() not in trig.declared_by or tok.dep_ not in ("attr", "oprd"):
        return
    if g.negated(verb) or g.negated(tok):
        return  # "under which it does not become part of X"
    doc = document_under_which(p, verb)
    if doc is None:
        return
    filled = fill(c, s, p, tok, rel, trig, frozenset({"territory", "into"}))
    if filled is None:
        return
    date = told_date(c, "incorporates", {"document": doc}) or event_date(c, s, p, verb)
    rule = f"{trig.rule}:{tok.lemma_.lower()}"
    for terr in filled["territory"]:
        for into in filled["into"]:
            if into.kind != "State":
                continue
            args: dict[str, Arg | None] = {
                "document": doc,
                "territory": terr,
                "into": into,
                "date": date,
            }
            c.add("incorporates", args, s, rule, trig.confidence)


#: Words of a share of land ("annexed most of it"): no whole land taken in.
_SHARES = frozenset({"most", "part", "parts", "much", "half", "some", "portion", "swathe", "bulk"})


def annexation(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """ "The reefs were annexed by King Taufa'ahau Tupou IV in June 1972", "Hatay, annexed by
    Ankara in 1939": an annexation told with its date makes the whole land the state's (one told
    in passing, undated, or of a share of it, "annexed most of it in 1975", is control alone); the
    document it was done under is the verb's own ("annexed ... under a 1925 act of Congress")."""
    if any(o.lemma_.lower() in _SHARES for o in g.objects(tok)):
        return
    doc = document_under_which(p, tok)  # "annexed by the United States under a 1925 act"
    date = event_date(c, s, p, tok) or (doc.date if doc is not None else None)
    if date is None:
        return
    filled = fill(c, s, p, tok, rel, trig, frozenset({"territory", "into"}))
    if filled is None:
        return
    rule = f"{trig.rule}:annexation"
    named = _named_objects(p, tok)
    for terr in filled["territory"]:
        if terr.kind == "State" and terr not in named:
            continue  # "Germany, which had annexed what is now Namibia": a state by its name only
        for into in filled["into"]:
            if into.kind == "State":
                args = {"document": doc, "territory": terr, "into": into, "date": date}
                c.add(
                    "incorporates", {k: v for k, v in args.items() if v}, s, rule, trig.confidence
                )


def _named_objects(p: g.Parsed, verb: Token) -> list[Entity]:
    """What the annexing verb's own object (or passive subject) names: "annexed Kuwait",
    "Korea was annexed by Japan"."""
    toks = [x for x in verb.children if x.dep_ in ("dobj", "obj", "nsubjpass")]
    if verb.dep_ == "acl":
        toks.append(verb.head)  # "Kuwait, annexed by Iraq in 1990"
    # "Kuwait, which Iraq annexed in 1990" (not "what is now Namibia": a free relative)
    toks = [relative_noun(t) for t in toks if t.lower_ != "what"]
    return [e for t in toks if (m := p.mention(t)) is not None for e in m.entities]
