"""A signing told again in the very next sentence, without its day: "Mexico and the United States
signed an agreement here on Monday ... The Transboundary Hydrocarbons Agreement was signed by U.S.
Secretary of State Hillary Clinton and Mexican Foreign Secretary Patricia Espinosa", "Brazil and
Paraguay agreed on Thursday to set a new tariff ... Under the deal, which was signed in Asuncion by
the two foreign ministers, ...". News tells the act with its day first and who signed, by name,
after; the second telling's document is the first one's (renamed by its proper name, or called by
a bare noun: "the deal"), so its signing took place that day.

Only the sentence right after the dated one, and only the same states: a document named farther on
is another one told in the background ("The Itaipu Treaty was signed on April 26, 1973 by ...").
Read after the officials' states are known (rules/agreements.py ``for_their_states``).

Also one signing told by its year and again to the day ("their 2014 agreement ... The pact was
signed on May 23, 2014"): the day's telling stands, the other is more evidence for it.
"""

from __future__ import annotations

from dataclasses import replace

from kg.ingest.nlp.rules.common import Collector, members, person_state
from kg.model import Entity, Fact

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
        states = _states(c, f)
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
                and _states(c, n) == states
                and (n.args.get("document") == doc or doc.label.endswith(f" of {year}"))
            ),
            None,
        )
        if day is not None:
            c.facts.remove(f)
            c.again.append(replace(f, args=day.args))


def _told_before(c: Collector, f: Fact) -> Fact | None:
    doc, states = f.args.get("document"), _states(c, f)
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
            and _states(c, n) == states
            and _same_document(n, doc)
        ):
            return n
    return None


def _same_document(n: Fact, doc: Entity) -> bool:
    """Whether ``doc`` is the document of act ``n``: a bare noun ("the deal") stands for the act
    just told, a name one the agreement just told was made in; a name renames a document signed just
    before if it is one of its kind (the same noun: "an agreement" ... "the Transboundary
    Hydrocarbons Agreement")."""
    if doc.label.isalpha() and doc.label.islower():
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


def _states(c: Collector, f: Fact) -> set[str]:
    """The states among a fact's parties, and those its officials serve."""
    parties = members(f.args.get("parties"))
    return {s.key for e in parties if (s := person_state(c, e)) is not None and s.kind == "State"}
