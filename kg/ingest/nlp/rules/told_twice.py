"""One event told twice, once without its date and under other words, so the Collector's own
merging (the same arguments, one without the date) does not see it.

A ruling: "The International Court of Justice found on Friday that ... In its order, the court told
Venezuela ...", "marked ten years since an arbitral tribunal ruled that ... The award, issued on July
12, 2016, by a tribunal ...". The verb alone makes a ruling of its own for the court
(rules/rulings.py ``court_ruling``), dated to the day the sentence gives or to none. Where the
article names the court's document of that day (or names one where the verb gave no day), the verb
told that document: one ruling, the named one, which takes the minted one's place in every fact.

A signing: "the boundary treaty they signed in Murmansk ... The treaty was signed on September 15,
2010 by foreign ministers Jonas Gahr Store and Sergei Lavrov": one document, one pair of states,
the second telling dated and naming the officials too. The dated one stands; the other is more
evidence for it.

Read after every sentence, since the name or the date may come later.
"""

from __future__ import annotations

from dataclasses import replace

from kg.ingest.nlp.rules.common import Collector, members
from kg.ingest.nlp.rules.rulings import minted_by
from kg.model import Entity, Fact


def rulings(c: Collector) -> None:
    """Replace each ruling a verb alone minted by the court's named document of that day."""
    issued = [f for f in c.facts if f.rel == "issued" and not f.negated]
    for f in issued:
        court, doc = f.args.get("issuer"), f.args.get("document")
        if not (isinstance(court, Entity) and isinstance(doc, Entity) and minted_by(doc, court)):
            continue
        named = next((n for n in issued if _names(n, f, court)), None)
        if named is None:
            continue
        told = named.args["document"]
        if not isinstance(told, Entity):
            continue
        day, its = f.args.get("date"), named.args.get("date")
        if isinstance(day, str) and isinstance(its, str) and len(day) > len(its):
            finer = replace(named, args={**named.args, "date": day})  # "the 2013 ruling": that day
            c.facts[c.facts.index(named)] = finer
        c.facts.remove(f)
        for found in (c.facts, c.again):
            found[:] = [_with(x, doc, told) for x in found if x is not f]


def _names(n: Fact, f: Fact, court: Entity) -> bool:
    """Whether ``n`` tells the court's named ruling of ``f``'s day, month or year (of any, ``f``
    undated)."""
    other, doc = n.args.get("issuer"), n.args.get("document")
    if n is f or not isinstance(other, Entity) or not isinstance(doc, Entity):
        return False
    if doc.subtype != "Ruling" or minted_by(doc, other):
        return False
    same = other == court or _within(other.label, court.label) or _within(court.label, other.label)
    day, its = f.args.get("date"), n.args.get("date")
    return same and (  # of that day, or of its month or year ("ruled in June 2017": the award of
        day is None  # June 29, 2017; "the 2013 ruling" of the court that ruled on April 16, 2013)
        or isinstance(its, str)
        and isinstance(day, str)
        and (day.startswith(its) or its.startswith(day))
    )


def _within(short: str, long: str) -> bool:
    """ "tribunal" of "arbitral tribunal": one court, called by the head of its name."""
    words, more = short.lower().split(), long.lower().split()
    return len(words) < len(more) and more[-len(words) :] == words


def _with(f: Fact, old: Entity, new: Entity) -> Fact:
    if not any(v == old for v in f.args.values()):
        return f
    return replace(f, args={k: (new if v == old else v) for k, v in f.args.items()})


def signings(c: Collector) -> None:
    """Fold each undated signing into a dated one of the same document by the same states; and
    one told again of "the accord" (a bare noun, no name, no year of its own) into the signing
    by the same states told before it ("A and B signed a treaty on Wednesday ... The accord was
    signed at the palace by their foreign ministers": one signing)."""
    for f in [f for f in c.facts if f.rel == "signed" and not f.negated and "date" not in f.args]:
        doc, states = f.args.get("document"), _states(f)
        told = next(
            (
                n
                for n in c.facts
                if n.rel == "signed"
                and not n.negated
                and "date" in n.args
                and n.args.get("document") == doc
                and states <= _states(n)
            ),
            None,
        ) or next(
            (
                n
                for n in c.facts
                if n.rel == "signed"
                and not n.negated
                and n.evidence.end <= f.evidence.start
                and _bare(doc)
                and states == _states(n)
            ),
            None,
        )
        if len(states) >= 2 and told is not None:
            c.facts.remove(f)
            c.again.append(replace(f, args=told.args))


def _bare(doc: object) -> bool:
    """A document told by a bare noun ("the accord", "the deal"): no name and no year of its own."""
    label = getattr(doc, "label", "")
    return bool(label) and label.isalpha() and label.islower()


def _states(f: Fact) -> set[str]:
    return {e.key for e in members(f.args.get("parties")) if e.kind == "State"}


def signers(c: Collector) -> None:
    """One signing told by its states and again by the officials who signed ("Canada and Denmark
    signed an agreement ... Joly and Kofod put their signatures to the accord"): the telling that
    names the officials beside the same states stands for both, the other is more evidence."""
    signed = [f for f in c.facts if f.rel == "signed" and not f.negated]
    for f in signed:
        rich = next(
            (n for n in signed if n is not f and n in c.facts and _more_signers(f, n)), None
        )
        if rich is not None and f in c.facts:
            c.facts.remove(f)
            c.again.append(replace(f, args=rich.args))


def _more_signers(poor: Fact, rich: Fact) -> bool:
    """Whether ``rich`` is ``poor``'s signing (its document, its states, a date that agrees) told
    with the officials who signed it too, or ``poor`` the officials' signing told without their
    states ("That act, signed by foreign ministers A and B" after their states' signing of it)."""
    if poor.args.get("document") != rich.args.get("document"):
        return False
    few, more = set(members(poor.args.get("parties"))), set(members(rich.args.get("parties")))
    day, its = poor.args.get("date"), rich.args.get("date")
    return (
        few < more
        and (
            all(e.kind == "Person" for e in few)
            or (all(e.kind == "Person" for e in more - few) and _states(poor) == _states(rich))
        )
        and (day is None or (isinstance(its, str) and isinstance(day, str) and its.startswith(day)))
    )
