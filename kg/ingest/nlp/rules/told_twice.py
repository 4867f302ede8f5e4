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

A signing told again in the very next sentence, without its day: "Mexico and the United States
signed an agreement here on Monday ... The Transboundary Hydrocarbons Agreement was signed by U.S.
Secretary of State Hillary Clinton and Mexican Foreign Secretary Patricia Espinosa". The second
telling's document is the first one's (renamed by its proper name, or a bare noun: "the deal"), so
its signing took place that day; only the sentence right after the dated one and only the same
states (``dated``). And one signing told by its year and again to the day ("their 2014 agreement
... The pact was signed on May 23, 2014"): the day's telling stands (``to_the_day``).

Read after every sentence, since the name or the date may come later.
"""

from __future__ import annotations

from dataclasses import replace

from kg.ingest.nlp.rules.common import Collector, members, person_state
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


#: What an undated signing may take its day from: the same act told just before.
_ACTS = ("signed", "agreedTo")


def dated(c: Collector) -> None:
    """Give each undated signing the day of the dated signing or agreement of the same states told
    in the sentence right before it, where the document is that act's."""
    for found in (c.facts, c.again):
        for i, f in enumerate(found):
            if f.rel != "signed" or f.negated or "date" in f.args:
                continue
            before = _told_before(c, f)
            if before is not None:
                found[i] = replace(f, args={**f.args, "date": before.args["date"]})


def to_the_day(c: Collector) -> None:
    """Fold a signing told by its year alone into the same states' signing told to a day of that
    year ("their 2014 agreement ... The pact was signed in Manila on May 23, 2014, by ...", "the
    1989 treaty ... signed on May 22, 1989"): one signing, of that day, the other more evidence. The
    document is the same one, or one minted from the year alone ("agreement of 2014"), which names
    no document of its own."""
    for f in [f for f in c.facts if f.rel == "signed" and not f.negated]:
        year, doc = f.args.get("date"), f.args.get("document")
        if not isinstance(year, str) or len(year) != 4 or not isinstance(doc, Entity):
            continue
        states = _served_states(c, f)
        day = next(
            (
                n
                for n in c.facts
                if n.rel == "signed"
                and not n.negated
                and isinstance(when := n.args.get("date"), str)
                and len(when) == 10
                and when.startswith(year)
                and len(states) >= 2
                and _served_states(c, n) == states
                and (n.args.get("document") == doc or doc.label.endswith(f" of {year}"))
            ),
            None,
        )
        if day is not None:
            c.facts.remove(f)
            c.again.append(replace(f, args=day.args))


def _told_before(c: Collector, f: Fact) -> Fact | None:
    doc, states = f.args.get("document"), _served_states(c, f)
    if not isinstance(doc, Entity) or len(states) < 2 or any(ch.isdigit() for ch in doc.label):
        return None
    gap = c.source.text[: f.evidence.start]
    for n in c.facts:
        if (
            n.rel in _ACTS
            and not n.negated
            and isinstance(n.args.get("date"), str)
            and n.evidence.end <= f.evidence.start
            and not gap[n.evidence.end :].strip()  # the sentence right before
            and _served_states(c, n) == states
            and _same_document(n, doc)
        ):
            return n
    return None


def _same_document(n: Fact, doc: Entity) -> bool:
    """Whether ``doc`` is the document of act ``n``: a bare noun ("the deal") stands for the act
    just told, a name one the agreement just told was made in; a name renames a document signed just
    before if it is one of its kind (the same noun: "an agreement" ... "the Transboundary
    Hydrocarbons Agreement")."""
    if _bare(doc):
        return True
    if n.rel == "agreedTo":  # "agreed in the Act of Iguacu to ... That act, signed by ..."
        return doc.label in n.evidence.text
    told = n.args.get("document")
    return (
        isinstance(told, Entity)
        and told.key != doc.key
        and told.subtype == doc.subtype
        and bool({a.lower() for a in told.aliases} & {a.lower() for a in doc.aliases})
        and any(ch.isdigit() for ch in told.label)  # minted from its year: no name of its own
    )


def _served_states(c: Collector, f: Fact) -> set[str]:
    """The states among a fact's parties, and those its officials serve."""
    parties = members(f.args.get("parties"))
    return {s.key for e in parties if (s := person_state(c, e)) is not None and s.kind == "State"}
