"""Who stands in a slot beside the mentions its phrase gives: coordinated people for their states,
a person heading a phrase beside a state, coordinated names of a text role one value each (split
from rules/slots.py, which fills the slots)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.office_owner import OF_PREPOSITIONS

if TYPE_CHECKING:
    from spacy.tokens import Token


def doers_among(found: list[Mention], tags: frozenset[str]) -> bool:
    """Whether coordinated people stand among the states found for a role that takes states."""
    return "S" in tags and "P" not in tags and sum(m.tag == "P" for m in found) > 1


def coordinated_people(p: g.Parsed, toks: list[Token], found: list[Mention]) -> list[Mention]:
    """ "the announcement by Tatar and Erdogan ... to Turkish Cypriot control": coordinated people
    in a phrase whose role takes states each stand for their state, beside the state it names."""
    people = [m for m in g.fillers(p, toks, {"P"}, deep=True) if m not in found]
    return people if len(people) > 1 else []


def people_named(p: g.Parsed, toks: list[Token], found: list[Mention]) -> list[Mention]:
    """ "signed by Argentina's then president Carlos Menem and Chilean President Eduardo Frei":
    a person who heads a slot's phrase beside a state stands for the state they serve (their
    mention is the phrase's own, so the states found inside the others do not hide them); its
    conjuncts too ("by President X of Uruguay and Argentine President Y", where the parser may
    read Y as X's apposition)."""
    heads = [*toks, *(x for t in toks for x in t.subtree if x.dep_ in ("conj", "appos"))]
    heads = [named_after_title(p, t) or t for t in heads]
    heads += [x for t in toks if (x := _possessor_title_name(p, t)) is not None]
    out: list[Mention] = []
    for t in heads:
        m = p.mention(t)
        if m is not None and m.tag == "P" and m not in found and m not in out:
            out.append(m)
    return sorted(out, key=lambda m: m.start)


#: Words between a state's possessive and its official's name ("Sudan's then-president Omar
#: al-Bashir", "Argentina's then president Carlos Menem"), besides the title's own words.
_BEFORE_TITLE = frozenset({"then", "-", "former", "late", "acting", "interim"})


def _possessor_title_name(p: g.Parsed, t: Token) -> Token | None:
    """ "signed by Sudan's then-president Omar al-Bashir and ...": where the parser takes "then"
    for an adverb and leaves the state as the by-phrase's object, the person named right after the
    state's possessive, past "then" and a title's words, is the phrase's own."""
    doc = t.doc
    if t.i + 1 >= len(doc) or doc[t.i + 1].lower_ not in ("'s", "’s", "'"):
        return None
    for x in doc[t.i + 2 : t.i + 10]:
        m = p.mention(x)
        if m is not None and m.tag == "P":
            return x
        if x.lower_ not in _BEFORE_TITLE and not (x.pos_ in ("NOUN", "PROPN") and x.is_alpha):
            return None
    return None


def named_after_title(p: g.Parsed, t: Token) -> Token | None:
    """ "by Uganda's Minister of State for Regional Cooperation John Mulimba": a title with its
    "of"/"for" phrases run on, capitalised, to the name; the parser makes the title the phrase's
    head and the name the last preposition's object, so the person is found at the name. Only a
    title's capitalised words and its prepositions lie between, and the name has no title of its
    own ("the Special Envoy of President X": the envoy's phrase, not X's)."""
    own = p.mention(t)
    if (own is not None and own.tag == "P") or not t.text[:1].isupper() or t.pos_ != "PROPN":
        return None
    doc, inside, preps = t.doc, {x.i for x in t.subtree}, 0
    for x in doc[t.i + 1 : t.right_edge.i + 1]:
        m = p.mention(x)
        if m is not None and m.tag == "P":
            return x if preps and x.i in inside and m.how == "name" else None
        if x.lower_ in OF_PREPOSITIONS and x.pos_ == "ADP":
            preps += 1
        elif x.lower_ != "the" and not (
            x.text[:1].isupper() and x.pos_ in ("NOUN", "PROPN", "ADJ")
        ):
            return None
    return None


def named_list(p: g.Parsed, toks: list[Token]) -> list[tuple[int, int] | str]:
    """ "recognised Abkhazia and South Ossetia" (or "the two regions" after them): a text role that
    is only coordinated names is one value per name, so each gets its own fact; a phrase ("the talks
    with Japan") stays whole."""
    head = p.mention(toks[0]) if len(toks) == 1 else None
    if head is None:
        return []
    if head.members and all(p.mention(t) is head for t in toks[0].subtree):
        return [e.label for e in head.members]
    found = g.fillers(p, toks, {"S", "T", "O", "C"})
    if len(found) < 2:
        return []
    own = {t.i for m in found for t in toks[0].subtree if p.mention(t) is m}
    rest = [t for t in toks[0].subtree if t.i not in own]
    if any(t.dep_ not in ("cc", "punct", "det", "preconj") for t in rest):
        return []
    return [(m.start, m.end) for m in found]
