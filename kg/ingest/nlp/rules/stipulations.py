"""Conditions a document sets: "the treaty states that the border will be demarcated only if both
parliaments ratify it", "according to the document, once that agreement was signed Moscow would be
ready to settle ...", "in its documents it set a fresh condition for X, namely that Y".

Read from the parse (the ``conditionedOn`` trigger classes of data/lexicon/relations.yaml with
``reader: stipulation``): the document is the verb's subject, the object of "according to" or of
"in"; the condition is a conditional clause ("if", "once", "provided that", "on condition that":
grammar/mood.py's markers) of what the document says, or the "that" clause a condition noun
carries; what is conditioned is the rest of what it says, or the noun's "for" phrase. A handover
a document makes conditional is read by rules/handovers.py (a promise with its condition, or a
later document's condition on an earlier promise), never here; a withdrawal from named land it
promises on a condition is that promise (rules/withdrawals.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.mood import words as mood_words
from kg.ingest.nlp.rules.common import Collector, balanced
from kg.ingest.nlp.rules.conditioned_promises import condition_promise, handover_noun
from kg.ingest.nlp.rules.day_documents import day_documents
from kg.ingest.nlp.rules.handovers import document_parts
from kg.ingest.nlp.rules.slots import fill
from kg.ingest.nlp.rules.withdrawals import promised_withdrawal
from kg.ingest.nlp.triggers import Relation, Trigger, by_lemma
from kg.model import Arg, Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Words that open a condition's own clause and are not part of it ("only if", "namely that").
_LEAD = frozenset({"only", "namely", "that", "even", ",", ":"})


def stipulation(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """One ``conditionedOn`` for each document that sets a condition where ``tok`` stands."""
    if tok.pos_ == "ADJ":  # "made X conditional on Y": the document made it so
        made = _maker(tok, trig)
        if made is not None and g.negated(made):
            return  # "the treaty never made sovereignty dependent on ...": no condition set
        docs = [] if made is None else g.fillers(p, g.subjects(made), {"D"})
        filled = {"document": [m.entity for m in docs if m.entity is not None]}
        if made is not None and not filled["document"]:
            filled["document"] = _unnamed_maker(c, p, made)
        # (with no document named, only a promise told before may take it: below)
        found = _made_condition(tok, made) if made is not None else None
        if made is None:  # "Its implementation is conditional on approval by the cabinet"
            filled["document"], found = _own_condition(c, tok)
    elif (
        tok.pos_ == "ADP"
    ):  # "Under the terms of reference, any change would take effect only once"
        under = [o for o in tok.children if o.dep_ == "pobj"]
        docs = g.fillers(p, [*under, *(x for o in under for x in g.preps(o, "of"))], {"D"})
        filled = {
            "document": [m.entity for m in docs if m.entity is not None] or _its_terms(c, under)
        }
        found = _clause_condition(p, tok, planned=True)
    else:
        filled = fill(c, s, p, tok, rel, trig, frozenset({"document"})) or {}
        found = _noun_condition(p, tok) if trig.noun else _clause_condition(p, tok)
        found = found or (_condition_of_subject(tok) if trig.noun else None)
    if found is None:
        return
    what, condition = found
    noun = handover_noun(what) if tok.pos_ == "ADJ" or trig.noun else None
    if noun is not None and condition_promise(
        c, p, noun, text_of(condition), list(filled.get("document", ()))
    ):
        return  # "the cession was made on the condition that ...": the promise's own condition
    if not trig.noun and tok.pos_ != "ADJ" and _handover_in(p, what):
        return  # a handover a document promises on a condition: rules/handovers.py
    rule = f"{trig.rule}:{tok.lemma_.lower()}"
    left = None if trig.noun or tok.pos_ == "ADJ" else promised_withdrawal(c, p, what, condition)
    for doc in filled.get("document", ()):
        if left is not None:  # "A will withdraw its post from X once B ...": the land goes back
            terr, frm, to = left
            promise = {"document": doc, "territory": terr, "from": frm, "to": to}
            c.add(
                "promisesHandover",
                {**promise, "condition": text_of(condition)},
                s,
                "handover-withdrawal",
                0.7,
            )
            continue
        args: dict[str, Arg] = {
            "document": doc,
            "what": text_of(what),
            "condition": text_of(condition),
        }
        c.add("conditionedOn", args, s, rule, trig.confidence)


def _its_terms(c: Collector, under: list[Token]) -> list[Entity]:
    """ "Under its terms, the mandate will be extended unless ...": the document just named."""
    known = c.disc.documents
    mine = any(
        o.lemma_.lower() in document_parts()
        and any(ch.dep_ == "poss" and ch.lower_ in ("its", "their") for ch in o.children)
        for o in under
    )
    return [known[-1]] if known and mine else []


def _clause_condition(
    p: g.Parsed, tok: Token, planned: bool = False
) -> tuple[list[Token], list[Token]] | None:
    """(what, condition) of the clause a document says: the complement of "states that", or the
    clause "according to the document" hangs on (itself past a speech tag: "..., he said, ...").
    ``planned``: only a clause of what is to be ("would take effect only once"); "Under the deal,
    troops withdrew after the ceasefire held" tells a deed and when, no condition."""
    said = [ch for ch in tok.children if ch.dep_ == "ccomp"]
    doers = [] if said else _document_subjects(p, tok)
    host = said[0] if said else tok if doers else (tok.head if tok.head != tok else None)
    if host is None:
        return None
    aside = {t.i for t in tok.subtree} if not said else set()
    if doers:  # "The accord allows X into the zone provided that ...": the verb's own clause, less
        aside = {t.i for d in doers for t in d.subtree}  # the document doing it
    for verb in [host, *(t for t in host.subtree if t.pos_ in ("VERB", "AUX") and t != host)]:
        for marker, clause in [*g.conditions(verb), *_marked_as_adverb(verb)]:
            if clause is None or clause.i not in {t.i for t in host.subtree} or clause.i in aside:
                continue
            if verb not in (clause.head, clause.head.head) and not (
                marker.head == verb and marker.dep_ == "prep"
            ):
                continue  # a condition of a clause above: read at that clause's verb (not "in
                # exchange for X", whose marker is the verb's own)
            if planned and not g.modal(verb):
                continue
            inner = {t.i for t in clause.subtree}
            inner |= {  # the words that open it: "on condition that", "provided", "as long as"
                t.i for ch in verb.children if marker in ch.subtree for t in ch.subtree
            }
            # "once that agreement was signed Moscow would be ready ...", the main clause hung
            # on the condition's verb by the parser: that clause is what is conditioned
            # (not the condition's own "that" clause: "if the survey finds that the islet lies
            # south of the channel" is one condition, what it conditions stands above it)
            then = [
                ch
                for ch in clause.children
                if ch.dep_ == "ccomp" and ch.i > clause.i and not _complement(ch)
            ]
            cond_words = [
                t
                for t in clause.subtree
                if not any(t.i in {x.i for x in th.subtree} for th in then)
            ]
            if then:
                what = list(then[0].subtree)
            else:  # what the document says, without the condition and a speech tag set in it
                tag = _tag_words(host)
                what = [
                    t
                    for t in host.subtree
                    if t.i not in inner | aside | tag and (t.i != tok.i or host == tok)
                ]
            cond_words = _without_lead(cond_words, marker)
            what = trimmed(what)
            if what and cond_words:
                return what, cond_words
    return None


def _complement(clause: Token) -> bool:
    """Whether a clause is a verb's complement, opened by "that" or "whether" ("finds that ...",
    "confirms whether ..."), not a main clause the parser hung on a condition's verb."""
    return any(ch.dep_ == "mark" and ch.lower_ in ("that", "whether") for ch in clause.children)


def _document_subjects(p: g.Parsed, tok: Token) -> list[Token]:
    """The subjects of ``tok`` that are documents ("the accord allows ...", "the treaty grants
    ..."): the document does what its clause says, on the condition the clause sets."""
    return [t for t in g.subjects(tok) if (m := p.mention(t)) is not None and m.tag == "D"]


def _marked_as_adverb(verb: Token) -> list[tuple[Token, Token]]:
    """ "will meet once both parliaments ratify it", with "once" parsed as the verb's adverb beside
    the clause it opens: (marker, clause)."""
    doc = verb.doc
    return [
        (doc[ch.left_edge.i - 1], ch)
        for ch in verb.children
        if ch.dep_ == "advcl"
        and ch.left_edge.i > 0
        and doc[ch.left_edge.i - 1].head == verb
        and doc[ch.left_edge.i - 1].lower_ in g.CONDITION_MARKS
    ]


def _maker(adj: Token, trig: Trigger) -> Token | None:
    """The verb that makes something ``adj`` ("made the handover conditional on"): the nearest of
    the trigger's ``declared_by`` verbs above it, the parser may hang the adjective deep."""
    for up in g.ancestors_to_root(adj):
        if up.lemma_.lower() in trig.declared_by:
            return up
        if up.dep_ in ("ROOT", "ccomp", "relcl", "advcl"):
            return None
    return None


def _made_condition(adj: Token, made: Token) -> tuple[list[Token], list[Token]] | None:
    """(what, condition) of "made X conditional on Y": X is what the verb makes so, Y the object
    of "on"/"upon" (on the adjective, the verb, or a word between, where the parser hung it), or
    of the preposition a word of condition takes ("made X subject to Y")."""
    path = [adj]
    for up in g.ancestors_to_root(adj):
        path.append(up)
        if up == made:
            break
    takes = mood_words().condition_words.get(adj.lower_, frozenset({"on", "upon"}))
    on = [pr for x in path for pr in x.children if pr.dep_ == "prep" and pr.lower_ in takes]
    if not on:
        return None
    # "conditional on both parliaments ratifying it", the participle hung on the adjective
    more = [ch for ch in adj.children if ch.dep_ in ("xcomp", "advcl") and ch.i > on[0].i]
    cond = [t for x in (on[0], *more) for t in x.subtree if t != on[0]]
    away = {adj.i} | {t.i for t in adj.subtree if t.i > adj.i} | {t.i for t in on[0].subtree}
    what = [
        t
        for ch in made.children
        if ch.dep_ in ("dobj", "xcomp", "ccomp", "oprd", "nsubjpass")
        and (ch.i > made.i or ch.dep_ == "nsubjpass")  # "X was made dependent on Y"
        for t in ch.subtree
        if t.i not in away
    ]
    what, cond = trimmed(what), trimmed(cond)
    return (what, cond) if what and cond else None


def _unnamed_maker(c: Collector, p: g.Parsed, made: Token) -> list[Entity]:
    """The document that makes it so where its subject names none: "The statement made any
    contacts conditional on ..." (a statement the article told of, its own local node), or the
    document under which it "was made dependent on ..." ("under the 2004 agreement")."""
    said = [t for t in g.subjects(made) if t.lemma_.lower() in day_documents() and t.pos_ == "NOUN"]
    if said and not g.is_passive(made):
        noun = said[0].lemma_.lower()
        return [Entity("Document", c.disc.local_key("Document", noun), noun, (noun,), None)]
    under = g.preps(made, "under")
    docs = g.fillers(p, [*under, *(x for o in under for x in g.preps(o, "of"))], {"D"})
    return [m.entity for m in docs if m.entity is not None] or _its_terms(c, under)


def _own_condition(
    c: Collector, adj: Token
) -> tuple[list[Entity], tuple[list[Token], list[Token]] | None]:
    """ "Its implementation is conditional on approval by the cabinet": a predicate adjective whose
    subject is the last named document's own act ("its", "their"); what it conditions is that
    subject's noun, the condition the adjective's on-phrase."""
    host = adj.head
    if adj.dep_ != "acomp" or host.lemma_.lower() != "be" or not c.disc.documents:
        return [], None
    subj = [t for t in host.children if t.dep_ == "nsubj" and t.pos_ == "NOUN"]
    if not subj or not any(
        ch.dep_ == "poss" and ch.lower_ in ("its", "their") for ch in subj[0].children
    ):
        return [], None
    takes = mood_words().condition_words.get(adj.lower_, frozenset({"on", "upon"}))
    on = [pr for x in (adj, host) for pr in x.children if pr.dep_ == "prep" and pr.lower_ in takes]
    if not on:  # (on the adjective or, where the parser hangs it, on "is")
        return [], None
    what = [t for t in subj[0].subtree if t.dep_ != "poss"]
    cond = trimmed([t for t in on[0].subtree if t != on[0]])
    # the last document of a kind (a treaty, an accord), not a report or statement named since
    doc = next((d for d in reversed(c.disc.documents) if d.subtype), None)
    return ([doc], (what, cond) if cond else None) if doc is not None else ([], None)


def _noun_condition(p: g.Parsed, noun: Token) -> tuple[list[Token], list[Token]] | None:
    """(what, condition) of "set a condition for X, namely that Y" / "the condition that Y for X"."""
    clauses = [
        t
        for t in noun.subtree
        if t.pos_ in ("VERB", "AUX")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children)
    ]
    if not clauses:
        return None
    cond = clauses[0]
    inner = {t.i for t in cond.subtree}
    about = [
        t
        for pr in noun.children
        if pr.dep_ == "prep" and pr.lower_ == "for"
        for t in pr.subtree
        if t.i not in inner and t != pr
    ]
    if not about:
        return None
    cond_words = [
        t for t in cond.subtree if not (t.head == cond and t.i < cond.i and t.lower_ in _LEAD)
    ]
    return trimmed(about), cond_words


def _condition_of_subject(noun: Token) -> tuple[list[Token], list[Token]] | None:
    """(what, condition) of "The cession was made on the condition that Y": the subject of the
    verb the condition is set on, and the noun's "that" clause."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "upon"):
        return None
    subjects = [t for t in noun.head.head.children if t.dep_ in ("nsubj", "nsubjpass")]
    clauses = [
        t
        for t in noun.children
        if t.pos_ in ("VERB", "AUX") and any(m.dep_ == "mark" for m in t.children)
    ]
    if not subjects or not clauses:
        return None
    cond = clauses[0]
    words = [t for t in cond.subtree if not (t.head == cond and t.i < cond.i and t.lower_ in _LEAD)]
    return list(subjects[0].subtree), trimmed(words)


def _without_lead(words: list[Token], marker: Token) -> list[Token]:
    """The condition without its marker and the words before it ("only if", "on condition that")."""
    after = [t for t in words if t.i > marker.i]
    while after and (
        after[0].dep_ in ("mark", "advmod", "punct")
        and after[0].lower_ in _LEAD
        or after[0].lower_ == "condition"  # "on condition that"
    ):
        after.pop(0)
    return trimmed(after)


def _tag_words(host: Token) -> set[int]:
    """The words of speech tags in the clause ("..., he said, ..."): the reporter's, not the
    document's."""
    out: set[int] = set()
    for v in host.subtree:
        if v.lemma_.lower() in _SPEECH and (v.dep_ == "parataxis" or v == host):
            out |= {v.i} | {x.i for s in g.subjects(v) for x in s.subtree}
            out |= {ch.i for ch in v.children if ch.is_punct}
    return out


def trimmed(words: list[Token]) -> list[Token]:
    words = sorted(words, key=lambda t: t.i)
    while words and (words[0].is_punct or words[0].dep_ in ("mark", "cc")):
        words.pop(0)
    while words and (words[-1].is_punct or words[-1].lower_ in g.CONDITION_MARKS):
        words.pop()  # "... into the zone provided": the marker the parser hung on what it opens
    return words


def text_of(words: list[Token]) -> str:
    """The words as written, one space where the clause leaves words out ("..., he said, ...")."""
    out = ""
    for i, t in enumerate(words):
        out += t.text
        if i + 1 < len(words):
            out += t.whitespace_ if words[i + 1].i == t.i + 1 else " "
    return balanced(" ".join(out.split()).strip(' ,.;:"“”'))


def _handover_in(p: g.Parsed, words: list[Token]) -> bool:
    """Whether the words tell a handover: a handover word and a land to hand over ("exploration
    would go ahead only if ..." is none: "go" hands over only a territory)."""
    handing = [
        t
        for t in words
        if any(r.name == "handover" for r, _ in by_lemma().get(t.lemma_.lower(), ()))
    ]  # the land may stand outside the words: "Under X, A and B were to be handed over once ..."
    lands = [*words, *(o for t in handing for o in g.objects(t))]
    return bool(handing) and any((m := p.mention(t)) is not None and m.tag == "T" for t in lands)


#: Verbs of a speech tag inside the clause: the reporter's words, not the document's.
_SPEECH = frozenset({"say", "add", "note", "stress", "recall", "explain"})
