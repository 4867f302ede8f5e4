"""Modality read from the parse: a plan, promise, condition or possibility told rather than a deed
("would hand over", "ready to return", "on condition that ..."). Split from grammar/mood.py, which
keeps the mood words (data/lexicon/mood.yaml) and the other readings of mood (negation, possibility,
wishes); this is the one long walk up the parse that tells a deed from what is only in view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.memo import kept
from kg.ingest.nlp.grammar.mood import MoodWords, presupposed, words
from kg.ingest.nlp.grammar.ranked import ranked_doer

if TYPE_CHECKING:
    from spacy.tokens import Token


def _view_held(tok: Token, viewing: frozenset[str]) -> bool:
    """ "considers [Gibraltar to be Spanish]": an infinitive clause with its own subject under a
    verb of holding a view tells the view."""
    return (
        tok.dep_ == "ccomp"
        and tok.head.lemma_ in viewing
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


#: Prepositions whose gerund is aimed at or talked of, not done ("committed to resolving", "agreed
#: on settling", "close to signing"); not "for" ("praised them for signing it": done).
_AIMED = frozenset({"to", "on", "about", "at", "towards", "toward"})


@kept
def modal(t: Token) -> bool:
    """A plan, promise or possibility rather than a deed: "would hand over", "ready to return",
    "to be handed over"."""
    w = words()
    tok = t
    for _ in range(4):
        tok = _result_clause(tok)
        for c in tok.children:
            if c.dep_ in ("aux", "auxpass") and (c.lower_ in w.modals or c.lemma_ in w.modals):
                return True
            if (
                c.dep_ == "aux"
                and c.lower_ == "to"
                and tok.dep_ in ("acl", "advcl", "relcl", "xcomp", "ccomp")
                and not (tok.dep_ == "xcomp" and tok.head.lemma_ in w.aspectual | w.resultative)
                and not _view_held(tok, w.viewing)
                and not _decided(tok, w.decided)
            ):
                # an infinitive: "its obligation to hand over the islands" is no handover; but "the
                # fifth (the only) country to recognise it" tells who did
                return not ranked_doer(tok)
        if tok.dep_ == "pobj" and (
            tok.head.lower_ in ("pending", "awaiting")
            or tok.head.lower_ == "of"
            and tok.head.head.lower_ == "ahead"
        ):
            return True  # "ahead of a ruling by the court", "pending a final settlement": not yet
        if tok.dep_ == "relcl" and any(
            c.dep_ == "det" and c.lower_ in ("any", "no") for c in tok.head.children
        ):
            return True  # "would never recognise any ruling that gave the region to Guyana": none given
        if tok.dep_ == "pcomp" and tok.head.lower_ in _AIMED:
            return True  # "committed to resolving their dispute", "talked about settling it"
        if tok.dep_ in ("acl", "ccomp", "conj") and _condition_of(tok, w):
            return True  # "on condition that Britain keeps X", "provided that ...": not told done
        if tok.dep_ in ("xcomp", "acomp", "ccomp", "conj", "pcomp", "advcl") and tok.head != tok:
            head = tok.head
            if _inversion_above(tok, w.inverting):
                return False  # "A and B have agreed to ... should a survey find ...": told as done
            if tok.dep_ == "advcl" and _conditional_clause(tok, w.conditional):
                return True  # "(for) as long as the two governments agree to ...": none agreed
            if tok.dep_ in ("xcomp", "acomp", "pcomp") and head.lemma_ in w.irrealis:
                return True
            if _promised_with(tok, w.irrealis):
                return True  # "undertook to pull the fence back, returning the orchards": promised
            if (
                tok.dep_ == "ccomp"
                and head.lemma_ in w.proposing
                and tok.tag_ in ("VB", "VBP")
                and not (tok.lemma_ in w.statives and tok.tag_ == "VBP")  # "insists they are": told
            ):
                return True  # "proposed that Russia and Japan sign": a subjunctive, not a deed
            if (
                tok.dep_ == "xcomp"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
                and head.lemma_ == "be"
            ):
                return True  # "is to be handed over"
            tok = head
            continue
        if tok.dep_ in ("pobj",) and tok.head.dep_ == "prep":
            if presupposed(tok):
                return False  # "to protest against the recognition of": that one was made
            tok = tok.head.head
            continue
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_ in w.irrealis:
            return True  # "provided for the handover of"
        return False
    return False


def _inversion_above(clause: Token, inverting: frozenset[str]) -> bool:
    """ "A and B have agreed to send a team, and B has undertaken to hand it over should the team
    find ...": the parser may make an inverted condition after a clause the sentence's head, the
    clause its complement; the condition's auxiliary ("should") is not the clause's mood."""
    head = clause.head
    if clause.dep_ != "ccomp" or head.i <= clause.right_edge.i:
        return False
    aux = next((x for x in head.children if x.dep_ == "aux" and x.i > clause.right_edge.i), None)
    return (
        aux is not None
        and aux.lower_ in inverting
        and any(x.dep_ in ("nsubj", "nsubjpass") and x.i > aux.i for x in head.children)
        and not any(x.dep_ == "aux" and clause.right_edge.i < x.i < aux.i for x in head.children)
    )


def _result_clause(verb: Token) -> Token:
    """A participle set off by a comma ("landed on the island to study the goats, prompting a
    protest") tells what the whole clause before it brought about, though the parser may hang it
    on an infinitive of purpose: its mood is the sentence's main clause's, not the infinitive's."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0:
        return verb
    if verb.doc[verb.i - 1].text != "," or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.head.children
    ):
        return verb
    top = next((a for a in verb.ancestors if a.head == a), None)
    return top if top is not None and top.i < verb.i else verb


def _promised_with(verb: Token, irrealis: frozenset[str]) -> bool:
    """ "undertook to pull the fence back, returning the orchards to Georgia", "agreed to withdraw,
    handing the post over": a participle set off by a comma beside the infinitive of a promise,
    which the parser hangs on the promising verb, tells what the promise brings about."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and head.lemma_ in irrealis
        and any(c.dep_ == "xcomp" and c.i < verb.i for c in head.children)
    )


def _decided(verb: Token, decided: dict[str, frozenset[str]]) -> bool:
    """ "decided to recognise X", "its decision to end the annexes": an act done by deciding it."""
    heads, acts = decided.get("heads", frozenset()), decided.get("acts", frozenset())
    if any(c.dep_ == "mark" for c in verb.children):
        return False  # "its decision whether to recognise X": none taken yet
    return verb.dep_ in ("xcomp", "acl") and verb.lemma_ in acts and verb.head.lemma_ in heads


def _condition_of(clause: Token, w: MoodWords) -> bool:
    """The clause a condition's noun or participle states ("on condition that", "provided that")."""
    if clause.dep_ == "ccomp":
        return clause.head.lower_ in w.condition_participles
    if clause.dep_ == "conj":  # "... provided the two parliaments ratify it", the participle and
        # the clause read as two conjuncts of the clause they condition
        before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
        return (
            before is not None
            and before.lower_ in w.condition_participles
            and before.head == clause.head
        )
    nouns = {n for ns in w.condition_preps.values() for n in ns if n != "*"}
    return clause.head.dep_ == "pobj" and clause.head.lemma_ in nouns


def _conditional_clause(clause: Token, marks: frozenset[str]) -> bool:
    """A clause that states a condition, not a deed: "if ...", "unless ...", "as long as ...",
    "so long as ..." (a temporal "once", "after", "when" still tells what happened)."""
    for c in clause.children:
        if c.dep_ != "mark":
            continue
        if c.lower_ in marks or c.lower_ == "as" and clause.head.lower_ == "long":
            return True
        if c.lower_ in words().awaiting and _present(clause):
            return True  # "once both parliaments have ratified it": a time still to come
    return False


def _present(clause: Token) -> bool:
    """Whether a clause's verb is in the present or the present perfect ("signs", "have
    ratified"), not a past ("had ratified", "signed")."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return all(a.tag_ in ("VBP", "VBZ") for a in auxes)
    return clause.tag_ in ("VBP", "VBZ")
