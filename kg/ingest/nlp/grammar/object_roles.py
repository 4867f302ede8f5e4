"""What a verb acts on, over spaCy's dependency parse: its object, the subject of a passive, the
noun a participle or relative clause describes, a small clause's subject, an object shared by
coordinated verbs or spelt out by a list after a colon.

Split from kg.ingest.nlp.grammar.roles, which reads the doer (``subjects``); a passive conjunct
takes its object from the shared subject there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.displaced_roles import object_past_insertion
from kg.ingest.nlp.grammar.misreads import (
    aux_subjects,
    gapped_relative,
    names_read_as_adverbial,
    object_past_adjective,
    object_phrase_misread,
)
from kg.ingest.nlp.grammar.participle_misreads import contact_relative, fronted_noun
from kg.ingest.nlp.grammar.phrase_relatives import acted_noun
from kg.ingest.nlp.grammar.relatives import (
    adverb_relative,
    described,
    relative_clause,
    resolve_relative,
)
from kg.ingest.nlp.grammar.roles import OBJECT_CONTROL, subjects
from kg.ingest.nlp.grammar.voice import agent_only, is_passive
from kg.ingest.nlp.grammar.words import PASS_SUBJ

if TYPE_CHECKING:
    from spacy.tokens import Token


def objects(t: Token) -> list[Token]:
    """What ``t`` acts on: its object, the subject of a passive, the noun a participle or relative
    clause describes."""
    if (contact := contact_relative(t)) is not None:  # "the accord A and B signed": the accord
        return [acted_noun(t, contact)]
    if is_passive(t):
        own = [  # "X, an atoll that is administered by Y": past the apposition, as for an object
            described(r) if (r := resolve_relative(c)) is not c else c
            for c in [c for c in t.children if c.dep_ in PASS_SUBJ] or aux_subjects(t, PASS_SUBJ)
        ]
        own = [gapped_relative(t, o) or o for o in own]
        if own:
            return own
        if agent_only(t):  # the parser's "subject", or one hung on "remained" read as an auxiliary
            named = [c for c in t.children if c.dep_ == "nsubj"] or aux_subjects(t, ("nsubj",))
            if named:
                return named
            if t.dep_ == "advcl" and t.i < t.head.i:  # fronted: the main clause's subject
                noun = fronted_noun(t)
                if noun is not None:
                    return [noun]
                return [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if t.dep_ in ("acl", "amod", "relcl"):
            return [described(t.head)]
        if t.dep_ == "conj":  # "The island emerged in 1970 and was claimed by both": the shared
            return objects(t.head) if is_passive(t.head) else subjects(t.head)  # subject's
        if t.dep_ in ("acomp", "xcomp") and t.tag_ == "VBN":  # "Japan remains bound by ..."
            held = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            return held or names_read_as_adverbial(t.head)  # "Under X, A and B were to be ceded"
        return []
    own = [
        described(r) if (r := resolve_relative(c)) is not c else c  # "that Rabat claims"
        for c in t.children
        if c.dep_ in ("dobj", "obj")
    ]
    if own:
        return [_listed_after_colon(t, o) or o for o in own] + object_phrase_misread(t, own[-1])
    if t.dep_ == "acl" and relative_clause(t) and not _clausal(t):
        return [described(t.head)]  # "a view that Helsinki has rejected", "that" read as a mark
    shifted = object_past_adjective(t) or object_past_insertion(
        t
    )  # "dismissed as baseless the UAE's claims"
    if shifted:
        return shifted
    if t.lemma_.lower() in OBJECT_CONTROL:  # "obliges each government to notify ...", parsed
        told = [  # as a clause with its own subject: that subject is the verb's object
            s
            for c in t.children
            if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for s in c.children
            if s.dep_ == "nsubj"
        ]
        if told:
            return told
    for c in t.children:  # "made the handover conditional on ...": the small clause's subject
        if c.dep_ in ("ccomp", "oprd") and c.pos_ in ("ADJ", "NOUN"):
            small = [x for x in c.children if x.dep_ == "nsubj"]
            if small:
                return small
    if (
        t.dep_ == "relcl"
        and not any(c.dep_ in ("dobj", "obj") for c in t.children)
        and not adverb_relative(t)
    ):
        return [described(t.head)]  # "the islands (that) Japan claims"
    if (called := _called_to(t)) is not None:  # "called the deputy chief of mission to the
        return [called]  # ministry": one called in, not a naming ("called it a provocation")
    if t.dep_ == "amod":  # "Russian-held islands"
        return [t.head]
    for c in t.children:  # "seized and annexed Crimea": a shared object stands after the last verb
        if (
            c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
        ):  # not "It runs for 50 years, but either side can end it": that verb's own object
            found = [o for o in c.children if o.dep_ in ("dobj", "obj")]
            if found:
                return found
    return _relative_past_adjective(t) or _relative_past_speech(t)


#: Verbs of saying or holding a relative clause may pass its gap through ("a ruling Windhoek says it
#: has respected").
_SAYING = frozenset({"say", "insist", "argue", "maintain", "contend", "believe", "think", "assert"})


def _relative_past_speech(t: Token) -> list[Token]:
    """ "a ruling Windhoek says it has fully respected", "a finding that Ukraine says it still
    respects": the clause a verb of saying in a relative clause reports lacks its object, which
    is the noun the relative clause describes (the parser hangs "that" on the saying verb)."""
    say = t.head
    if t.dep_ != "ccomp" or t.pos_ != "VERB" or say.dep_ != "relcl" or say.lemma_ not in _SAYING:
        return []
    if any(c.dep_ in ("ccomp", "xcomp", "attr", "acomp", "oprd") for c in t.children):
        return []  # "which Tokyo says it wants to keep": the inner verb's own object
    if any(c.dep_ in ("dobj", "obj") and c.tag_ not in ("WDT", "WP") for c in say.children):
        return []
    # the sayer of itself: a named sayer and "it"/"they"/"we" in what it says (not "a proposal he
    # said India had not accepted", "a judgment the company said it did not accept": another's
    # deed, or a doer the pronoun cannot be settled to)
    sayers = [c for c in say.children if c.dep_ == "nsubj"]
    doers = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not (sayers and sayers[0].pos_ == "PROPN" and doers and doers[0].tag_ == "PRP"):
        return []
    return [described(say.head)]


def _relative_past_adjective(t: Token) -> list[Token]:
    """ "the armistice, which both sides remain bound to observe": the relative word the parser
    hung on the copula of the adjective whose infinitive ``t`` is; the noun the clause describes."""
    if t.dep_ != "xcomp" or t.head.dep_ != "acomp" or t.head.head.dep_ != "relcl":
        return []
    clause = t.head.head
    kids = clause.children
    subject = any(c.dep_ == "nsubj" and c.tag_ != "WDT" for c in clause.children)
    if subject and any(c.dep_ in ("dep", "nsubj") and c.tag_ == "WDT" for c in kids):
        return [described(clause.head)]  # (its own subject beside it: "which" is no doer)
    return []


def _clausal(t: Token) -> bool:
    """Whether ``t`` takes a clause or a particle of its own ("the news that Moscow wants to
    talk", "the hope that China gives up"): then "that" opens a content clause, not a relative."""
    return any(c.dep_ in ("ccomp", "xcomp", "prt", "attr", "acomp", "oprd") for c in t.children)


_LIST_MARKS = frozenset({":", "\u2014", "\u2013"})


def _listed_after_colon(verb: Token, obj: Token) -> Token | None:
    """ "claims all four of them: Etorofu, Kunashiri, ...": a count or pronoun object that a list
    after a colon spells out is that list."""
    if obj.pos_ not in ("NUM", "PRON", "DET"):
        return None
    doc = obj.doc
    colon = next((t for t in doc[obj.i + 1 : obj.right_edge.i + 2] if t.text in _LIST_MARKS), None)
    if colon is None:
        return None
    return next((c for c in verb.children if c.i > colon.i and c.pos_ in ("PROPN", "NOUN")), None)


def _called_to(t: Token) -> Token | None:
    """The noun the parser read as what ``t`` names (its object predicate) where no object stands
    before it and a "to" phrase follows: a summons ("called the envoy to the ministry")."""
    for c in t.children:
        if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN"):
            if any(x.dep_ == "prep" and x.lower_ == "to" and x.i > c.i for x in t.children):
                return c
    return None
