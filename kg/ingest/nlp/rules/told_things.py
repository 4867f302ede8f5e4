"""What a bare reference to a thing told before means: "a group of lawmakers submitted a motion to
the House calling for the restoration of Jaghbub ... The Egyptian government rejected the motion",
"The Libyan Foreign Ministry handed a protest note ... over the motion". "The motion" tells
nothing of what was rejected or protested; the thing as the text last described it does, so its
words are added to the bare reference (as a rejected "the protest" takes the protest's subject,
rules/protest_rejected.py), and the one land those words place the thing on is the land the
rejection is about. A protested thing's lands include those of the place phrase the parser hung
on the protest's verb right after it (lands_after). A deed told by its verb ("Sudan has suspended
the 2017 agreement on Suakin") is what a later bare noun of the deed means ("Ankara rejected the
suspension"); a definite "The suspension of X ..." after it retells it and keeps that description."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.gazetteer import TERRITORY_KINDS
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import phrases
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector, span_text
from kg.model import Arg, Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.mentions import Mention


def remember(c: Collector, s: Sentence, p: g.Parsed) -> None:
    """Keep, under each noun of its group, the latest description of a thing a state may reject
    (a noun of ``rejected_things`` with words of its own beyond a determiner) or a deed a verb of
    ``told_deeds`` tells (under the nouns ``voicing_verbs`` gives it), and the lands its words name."""
    words = phrases.nouns()
    for noun in p.tokens:
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in words.rejected_things or p.mention(noun):
            continue  # a name's word ("the Motion Picture Association"), a document's
        toks = _phrase(noun)
        if not _described(noun, toks):
            continue
        if lemma in c.deeds_told and any(ch.lower_ == "the" for ch in noun.children):
            continue  # "The appointment of X was set out in a decree": the deed told, retold
        told = (s.index, span_text(c, p.span(toks)), tuple(_lands(p, noun, toks)))
        for same in (lemma, *words.same_things.get(lemma, ())):
            c.described[same] = told
            c.deeds_told.discard(same)
    for verb in p.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in words.told_deeds or not (toks := _deed(verb)):
            continue
        told = (s.index, span_text(c, p.span(toks)), tuple(_lands(p, verb, toks)))
        for same in words.voicing.get(lemma, ()):
            c.described[same] = told
            c.deeds_told.add(same)


def _deed(verb: Token) -> list[Token]:
    """The deed a verb of ``told_deeds`` tells, as its noun would name it: the verb, its object
    and the phrases right after them ("suspended a 2017 agreement that gave Turkey the right to
    run Suakin", "appointed a general as governor of X"); none without an object ("Kosovo will
    open next week"), nor for a deed denied or not done ("has not suspended", "may suspend").
    A time or place phrase ends it ("suspended the deal on Monday")."""
    objs = [ch for ch in verb.children if ch.dep_ in ("dobj", "obj")]
    if len(objs) != 1 or g.negated(verb) or g.modal(verb):
        return []
    end = verb.i
    for ch in sorted((ch for ch in verb.children if ch.i > verb.i), key=lambda t: t.i):
        if not (ch.dep_ in _DEED_PARTS or ch.dep_ == "prep" and ch.lower_ not in _SETTING):
            break
        end = ch.right_edge.i
    return list(verb.doc[verb.i : end + 1])


#: The dependents of a deed's verb that tell the deed: its object, particle, predicate, receiver.
_DEED_PARTS = frozenset({"dobj", "obj", "prt", "oprd", "dative"})
#: The prepositions of a phrase that sets a deed in time or place, no part of what was done.
_SETTING = frozenset({"on", "in", "at", "after", "since", "by", "during", "before"})


def _phrase(noun: Token) -> list[Token]:
    """The noun's phrase, and the participle that tells what the thing does, or the phrase right
    after it that tells what it is for, where the parser hung them on the verb that made the
    thing ("submitted a motion to the House calling for ...", "signed the contract for Block S5")."""
    toks = list(noun.subtree)
    if noun.dep_ not in ("dobj", "obj"):
        return toks
    for ch in noun.head.children:
        if ch.i == noun.right_edge.i + 1 and ch.dep_ == "prep" and ch.lower_ in _OF_THING:
            toks = [*toks, *ch.subtree]
        if ch.i > noun.i and ch.dep_ in ("advcl", "xcomp") and ch.tag_ == "VBG":
            if not any(x.dep_ in ("nsubj", "nsubjpass") for x in ch.children):
                return [*toks, *noun.doc[noun.right_edge.i + 1 : ch.right_edge.i + 1]]
    return toks


#: Prepositions whose phrase right after a made thing tells what it is for or about.
_OF_THING = ("for", "on", "over", "about", "concerning")


def _described(noun: Token, toks: list[Token]) -> bool:
    """Whether the phrase says more of the thing than a determiner and its noun ("a motion to the
    House calling for ...", "two new licences"; not "a protest", "the plan")."""
    return any(t.i != noun.i and t.dep_ != "det" and not t.is_punct for t in toks)


def _lands(p: g.Parsed, noun: Token, toks: list[Token]) -> list[Entity]:
    """The lands the phrase names, leaving out one that only places another ("Block S5, which lies
    off the mouth of the Essequibo River": Block S5)."""
    at = {t.i: m.entity for t in toks if (m := p.mention(t)) is not None and _land(m.entity)}
    found: list[Entity] = []
    for i, land in at.items():
        t = noun.doc[i]
        placing = any(a.i in at and at[a.i] != land for a in t.ancestors if a.i in at)
        if not placing and land not in found and land is not None:
            found.append(land)
    return found


def lands_in(p: g.Parsed, span: tuple[int, int]) -> list[Mention]:
    """The mentions of land at ``span``, those that only place a thing ("near Velasco Reef") too."""
    found: list[Mention] = []
    for t in p.within(*span):
        m = p.mention(t)
        if m is not None and _land(m.entity) and all(m is not x for x in found):
            found.append(m)
    return found


def lands_after(p: g.Parsed, span: tuple[int, int]) -> list[Mention]:
    """The lands of the place phrases right after a protested thing that the parser hung on the
    verb ("lodged a protest over military exercises under way on Kunashiri", "objected to the
    reopening of trade through the Lipulekh pass"): a protest is not lodged there, the deed it is
    over was done there. Only the phrase's own land, not one that places it in turn."""
    toks = list(p.within(*span))
    if not toks:
        return []
    doc, found = toks[0].doc, []
    i = max(t.i for t in toks) + 1
    while i < len(doc):
        prep = doc[i]
        if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX") or prep.head.i > i:
            break
        if prep.lower_ not in _PLACING:
            break
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if any(x.dep_ == "conj" for o in objs for x in o.children):
            return []  # "at Bombay Reef and Discovery Reef": lands told as a list, no one place
        found += [m for o in objs if (m := p.mention(o)) is not None and _land(m.entity)]
        i = prep.right_edge.i + 1
    return found


#: The prepositions of a phrase that places a deed ("on Kunashiri", "through the pass"), and "under
#: way" before one.
_PLACING = frozenset(
    {"on", "at", "in", "near", "off", "through", "around", "along", "inside", "under"}
)


def _land(e: Entity | None) -> bool:
    return e is not None and e.kind in TERRITORY_KINDS


def referred(
    c: Collector, s: Sentence, p: g.Parsed, span: tuple[int, int], args: dict[str, Arg], role: str
) -> dict[str, Arg]:
    """``args`` with the words of ``role`` (a bare reference at ``span``) followed by the thing as
    last described in an earlier sentence, and for a rejection with no land, the one land those
    words name."""
    words = args.get(role)
    heads = phrases.nouns().rejected_things
    if words != span_text(c, span) or not phrases.bare_reference(p, span, heads):
        return args  # none, or read already ("the protest (over ...)")
    noun = next(t for t in p.within(*span) if t.lemma_.lower() in heads)
    told = c.described.get(noun.lemma_.lower())
    if told is None or told[0] >= s.index or p.mention(noun) is not None:
        return args  # "the law" a document's mention: the document, by its name
    found: dict[str, Arg] = {**args, role: f"{words} ({told[1]})"}
    if role == "what" and len(told[2]) == 1 and "territory" not in args:
        found["territory"] = told[2][0]
    return found
