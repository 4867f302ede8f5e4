"""Checks on a fact's arguments before it is recorded: two roles are never one thing, an agreement
needs two parties, a claim is not by the territory's holder, a second telling of a signing is the
same signing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import state_zones
from kg.ingest.nlp.rules import act_documents, part_slots, role_kinds
from kg.ingest.nlp.rules.common import Collector, members, person_state
from kg.ingest.nlp.triggers import Trigger, by_lemma
from kg.model import Arg, Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.gazetteer import Gazetteer
    from kg.ingest.nlp.grammar import Parsed

#: Relations that happen once for their arguments: a document is signed by its parties once.
ONCE = ("signed", "issued")


#: Relations a document does: it does them when it is made ("adopted a resolution on Oct. 22
#: declaring the island part of Ukraine": the incorporation is of Oct. 22).
BY_DOCUMENT = ("incorporates",)


def told_date(c: Collector, rel: str, args: dict[str, Arg]) -> str | None:
    """The date of the same event told earlier in the article (the same document, the same
    signatories or issuer): a second telling of a signing is that signing, not another one; for
    what a document does, the day the article says it was signed or issued."""
    if rel in BY_DOCUMENT:
        doc = args.get("document")
        made = [
            f for r in ONCE for f in c.of(r) if doc is not None and f.args.get("document") == doc
        ]
        return next((w for f in reversed(made) if isinstance(w := f.args.get("date"), str)), None)
    if rel not in ONCE:
        return None
    mine = {k: v for k, v in args.items() if k != "date"}
    for old in reversed(c.of(rel)):
        when = old.args.get("date")
        theirs = {k: v for k, v in old.args.items() if k != "date"}
        if isinstance(when, str) and _same_args(theirs, mine):
            return when
    return None


def among_met(c: Collector, parties: tuple[Entity, ...], met: tuple[Entity, ...]) -> bool:
    """Whether ``parties`` are those who just met, or the states they serve ("X met Y on Thursday.
    The two leaders signed a treaty": the treaty's signatories are their states, that day; "...
    signed by their foreign ministers": those ministers beside the same states)."""
    if set(parties) == set(met):
        return True
    states = {person_state(c, e) for e in met}
    # "signed by the two countries' oil ministers, A of Libya and B": B, placed in no state, is
    # one of the sides the others name, no side of his own
    sides = {
        person_state(c, e) or e
        for e in parties
        if e.kind != "Person" or person_state(c, e) is not None
    }
    return None not in states and len(states) == len(met) and bool(sides) and sides == states


def once_date(c: Collector, rel: str, args: dict[str, Arg], date: str | None) -> str | None:
    """When a document was signed or issued (or did what it does): the clause's date, else the day
    an earlier telling gave (told_date); but a document that carries its own day ("The award, dated
    Sept. 17 and made public on Thursday, was issued by ...") was issued (signed) that day, not on
    another the clause names."""
    if date is None:
        return told_date(c, rel, args)
    if rel not in ONCE:
        return date
    doc = args.get("document")
    own = doc.date if isinstance(doc, Entity) else None
    if own and len(own) == 10 and not (own.startswith(date) or date.startswith(own)):
        return own
    return date


def _same_args(a: dict[str, Arg], b: dict[str, Arg]) -> bool:
    def key(v: Arg) -> object:
        return frozenset(x.key for x in v) if isinstance(v, tuple) else getattr(v, "key", v)

    return a.keys() == b.keys() and all(key(a[k]) == key(b[k]) for k in a)


def holds_it(c: Collector, args: dict[str, Arg]) -> bool:
    """Whether the gazetteer's holder of the fact's territory (or a state it succeeds: "Soviet
    land" of what Russia holds) is the fact's state (claimant); for land the gazetteer gives no
    holder, whether the article has already said that state holds it ("the triangle, which
    Georgetown has administered since 1969 ... Guyana's sovereignty over the triangle": no claim)."""
    terr = args.get("territory")
    held = c.gz.holder.get(terr.key) if isinstance(terr, Entity) else None
    if held is None:
        return isinstance(terr, Entity) and _held_here(c, terr, args)
    holders = {held, *c.gz.predecessors(held)}
    return any(
        isinstance(v, Entity) and v.key in holders for k, v in args.items() if k != "territory"
    )


def holding_unfit(c: Collector, args: dict[str, Arg], trig: Trigger) -> bool:
    """Whether the fact's state holds the land where the trigger counts only for land another
    holds (``unheld``: "considers it its own" by another claims it), or holds it not where the
    trigger counts only for the holder's (``held``: said by the holder, it asserts its title)."""
    if not (trig.unheld or trig.held):
        return False
    return holds_it(c, args) == trig.unheld


def ties(c: Collector, terr: Entity, args: dict[str, list]) -> bool:
    """Whether land an earlier sentence named can be what a state's sovereignty is over where the
    text leaves it unsaid ("Eritrea's sovereignty is not a subject for discussion", after a port
    deal with Somaliland): land the gazetteer gives no holder or claimant of, or one of them the
    fact's state (or a state it succeeds), or land the article has said that state holds."""
    known = {*c.gz.claimants.get(terr.key, ()), c.gz.holder.get(terr.key)} - {None}
    if not known:
        return True
    states = [e for k, v in args.items() if k != "territory" for e in v if isinstance(e, Entity)]
    if any(e.key in known or known & set(c.gz.predecessors(e.key)) for e in states):
        return True
    return any(_held_here(c, terr, {"state": e}) for e in states)


def alleged(noun: Token) -> bool:
    """Whether a claim noun's "of" or "about" phrase tells what is alleged ("Venezuela's claims of
    Guyanese aggression"), not a land's act or standing, which a trigger word tells ("its claim of
    sovereignty", "Russia's claims of annexation"): no land then."""
    return any(
        ch.dep_ == "prep"
        and ch.lower_ in ("of", "about")
        and any(
            o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lemma_.lower() not in by_lemma()
            for o in ch.children
        )
        for ch in noun.children
    )


def claimed_land(c: Collector, here: list[Entity], args: dict[str, list]) -> list[Entity]:
    """The land a claim told without it is to ("Argentina keeps its claim in its constitution"):
    of the sentence's lands, one the gazetteer says the claimant claims, else the first; where the
    sentence names none, the land the article is about, if it can be the claimant's concern
    (``ties``). Measured: keeping only lands the gazetteer gives the claimant lost more right
    claims on the never-read articles than the wrong ones it dropped ("the Kali river")."""
    claimants = {e.key for e in args.get("claimant", ()) if isinstance(e, Entity)}
    for terr in here:
        if claimants & set(c.gz.claimants.get(terr.key, ())):
            return [terr]
    told = here[0] if here else c.disc._territory(plural=False)
    if told is None or told.kind not in role_kinds.TERRITORY_KINDS:
        return []
    return [told] if here or ties(c, told, args) else []


def _held_here(c: Collector, terr: Entity, args: dict[str, Arg]) -> bool:
    """Whether a controls fact told before names one of the fact's states as the land's holder,
    or an incorporation told before made the land that state's ("the court found that the cays
    fall under Honduran sovereignty ... Tegucigalpa counts them as part of its department")."""
    states = {v.key for k, v in args.items() if k != "territory" and isinstance(v, Entity)}
    return any(
        not f.negated
        and getattr(f.args.get("territory"), "key", None) == terr.key
        and getattr(f.args.get(role), "key", None) in states
        for rel, role in (("controls", "state"), ("incorporates", "into"))
        for f in c.of(rel)
    )


#: Pronouns that, left as a text role's words, say nothing of what the role is.
_BARE_PRONOUNS = frozenset({"it", "them", "this", "that", "these", "those"})


def _told_nothing(what: str) -> bool:
    """An agreement's content that tells nothing agreed: a pronoun alone ("agreed on it": what it
    stands for was told as agreed where it was named), or "any" thing ("ready to support any
    arrangement agreed by both parties": none agreed yet)."""
    words = what.lower().split()
    return what.lower() in _BARE_PRONOUNS or bool(words) and words[0] in ("any", "whatever")


#: Words that open a free relative ("What we agreed today is a process"): the thing is named only
#: by the clause that is the fact's own trigger, so as a role's whole text they tell nothing.
_FREE_RELATIVES = frozenset({"what", "whatever", "whichever"})


def sane(rel: str, args: dict[str, Arg], alone: bool = False) -> bool:
    """Two roles of one fact are never the same thing ("Japan rejects Japan's claim"); ``alone``:
    the trigger's document is one a single party signs (a law)."""
    ents = [v for k, v in args.items() if isinstance(v, Entity)]
    if len({e.key for e in ents}) < len(ents):
        return False
    doc = args.get("document")
    if isinstance(doc, Entity) and doc.kind != "Document":
        return False  # "We call on both sides to ...": the speaker (a first person) is no document
    if rel in ("incorporates", "controls") and len({e.label.lower() for e in ents}) < len(ents):
        return False  # "Kosovo became a state": the land and the state it joins (holds) are one
    if rel in ("signed", "agreedTo", "disputes") and len(members(args.get("parties"))) < (
        1 if alone else 2
    ):
        return False  # an agreement (or a dispute) is between parties: one alone is none
    if rel == "disputes" and "territory" not in args:
        return False  # "X's claim to a zone is contested by A and B": a dispute over no land named
    if rel == "recognizes" and str(args.get("what", "")).lower() in _BARE_PRONOUNS:
        return (
            False  # "recognised it as a project of common interest": "it" tells nothing recognised
        )
    if str(args.get("what", "")).lower() in _FREE_RELATIVES:
        return False  # "What both sides agreed is a process": no content of the agreement told
    if rel == "agreedTo" and _told_nothing(str(args.get("what", ""))):
        return False  # "since the two countries agreed on it", "any arrangement agreed by both"
    whole = args.get("whole")
    if not role_kinds.fit(rel, args):  # a town is no part of land (dkg:part, dkg:whole)
        return False
    if rel == "partOf" and isinstance(whole, Entity) and state_zones.is_zone(whole):
        return (
            False  # "the shoal lies within the Philippines' EEZ": a claim's words, no land's part
        )
    return True


def parts_apart(
    rel: str, filled: dict[str, list], p: Parsed, tok: Token, trig: Trigger, gz: Gazetteer
) -> dict[str, list]:
    """ "Etorofu and Kunashiri are the two largest islands of the chain": the parts named together
    are no whole of each other (an unnamed whole, "the chain", resolved to the last land named, is
    one of them); and a part and a whole (and the land held) are what the parse gives them
    (rules/part_slots.py)."""
    if rel == "controls":
        return part_slots.held(p, tok, trig, filled)
    if rel == "incorporates":  # "Under the 1984 Act, the islands were declared part of X"
        return act_documents.documented(p, tok, filled)
    if rel != "partOf" or not filled.get("part"):
        return filled
    filled = part_slots.read(p, tok, trig, filled, gz)
    return {**filled, "whole": [w for w in filled.get("whole", ()) if w not in filled["part"]]}


def mutual(rel: str, tok: Token, filled: dict[str, list]) -> bool:
    """ "Sovereignty over the islets is contested by South Korea and Japan": a verb of the disputes
    class (relations.yaml) said of two states or more, with no one else's claim named, is their
    dispute with each other, no rejection of a claim by each."""
    return (
        rel == "rejectsClaim"
        and not filled.get("claimant")
        and len({e.key for e in filled.get("state", ()) if e.kind == "State"}) >= 2
        and any(
            r.name == "disputes" and not t.noun for r, t in by_lemma().get(tok.lemma_.lower(), ())
        )
    )
