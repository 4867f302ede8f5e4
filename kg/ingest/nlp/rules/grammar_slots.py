"""The grammatical slots of ``data/lexicon/relations.yaml`` read off the parse: for a trigger and
one slot name (subject, object, prep_of, ccomp, host, ...), the tokens that stand in that slot,
through speech tags, light verbs and the parser's usual misreadings. Which mentions those tokens
hold, and which role they fill, is kg.ingest.nlp.rules.slots's business; the event and land-role
readers ask for the tokens alone, so they are found here, apart from the filling."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import a_time
from kg.ingest.nlp.grammar.misreads import noun_prep_misread
from kg.ingest.nlp.grammar.roles import clause_of
from kg.ingest.nlp.grammar.words import SUBORDINATORS
from kg.ingest.nlp.rules import wording
from kg.ingest.nlp.rules.named_inside import named_object
from kg.ingest.nlp.rules.prep_slots import prep_slot
from kg.ingest.nlp.rules.prompting_clauses import drawn_by, occasions, summed_clause
from kg.ingest.nlp.rules.purpose import purpose_of, said_of
from kg.ingest.nlp.rules.recipients import participle_objects, recipients
from kg.ingest.nlp.rules.required_preps import (
    object_inside_prep,
    particle_object,
    past_required_word,
)
from kg.ingest.nlp.rules.said_clauses import (
    beyond_object,
    quoted_after_object,
    said_after,
    said_after_adjunct,
    said_as_object,
    said_before_tag,
    said_in_prep,
    said_past_participle,
    said_to_addressee,
)
from kg.ingest.nlp.rules.stance_beside import stance_beside
from kg.ingest.nlp.rules.subject_repairs import actors, beside_relative, name_before_verb
from kg.ingest.nlp.rules.suspended_until import lasting_until
from kg.ingest.nlp.rules.tag_speakers import tag_subjects
from kg.ingest.nlp.rules.tags import is_tag, reads_out, split_tag, voiced_text
from kg.ingest.nlp.rules.thing_makers import made_in
from kg.ingest.nlp.triggers import Trigger, by_lemma, worded

if TYPE_CHECKING:
    from spacy.tokens import Token


def slot_tokens(p: g.Parsed, tok: Token, trig: Trigger, slot: str) -> list[Token]:
    """The tokens standing in ``slot`` of ``trig`` at ``tok`` (a slot name of relations.yaml)."""
    base = slot.split(".")[0]
    if base == "subject":
        if trig.noun:
            return g.noun_subject(tok)
        speech = any(role == "speaker" for _, role in trig.slots)
        subj = tag_subjects(tok, p) if speech else g.subjects(tok)
        if (
            tok.dep_ == "acl"
            and subj == [tok.head]
            and tok.head.dep_ in ("dobj", "pobj")
            and not actors(p, subj)
        ):
            subj = g.subjects(tok.head.head)  # "issued a commentary saying ...": its issuer says it
        elif voiced_text(tok, subj) and not g.fillers(p, subj, {"S", "P", "O"}):
            subj = g.subjects(tok.head.head)  # "read out a statement that said ...": its reader
        if (
            not subj
            and tok.dep_ == "acl"
            and tok.head.dep_ == "pobj"
            and (host := made_in(tok, speech)) is not None
        ):  # "In an order issued in December, the court required ...": the clause's subject
            subj = g.subjects(host)
        if tok.dep_ == "conj" and tok.head.dep_ == "relcl" and not actors(p, subj):
            subj = beside_relative(tok.head) or subj
        if speech and not subj:
            subj = name_before_verb(p, tok)
        if trig.subject_nouns:  # "the statement from the ministry read": its issuer as well
            heads = [x for x in subj if x.lemma_.lower() in trig.subject_nouns]
            if speech and not heads and reads_out(tok, trig.subject_nouns):
                return subj  # 'Peskov read out a statement: "..."': the reader speaks it
            return subj if speech and heads else heads
        return subj
    if base == "object":
        found = (
            particle_object(tok, trig)
            or past_required_word(tok, trig, g.objects(tok))
            or object_inside_prep(tok, trig)
            or named_object(tok)  # "rejected what he called Madrid's claim": the claim
        )
        if (
            "." in slot and not trig.noun
        ):  # "rejected X's claim [to Y]", the phrase hung on the verb
            own = {s[5:].split(".")[0] for s, _ in trig.slots if s.startswith("prep_")}
            found = found + [  # (not a preposition the verb takes itself: "extended X law to Y")
                x for o in found for x in noun_prep_misread(tok, o) if x.lower_ not in own
            ]
        return found
    if base == "reason":
        return g.reasons(tok)
    if base == "occasion":  # "lodged a protest after Medvedev visited Kunashir": what prompted it
        return occasions((g.governor(tok) or tok) if trig.noun else tok)
    if base == "drawn":  # "Russia's decision ... prompted a protest from Japan": what drew it
        return drawn_by(tok)[0]
    if base == "purpose":  # "summoned the envoy to protest the attack": what the act is over
        return purpose_of(tok)
    if base == "saying":  # "lodged a protest, saying the road building was illegal"
        return said_of((g.governor(tok) or tok) if trig.noun else tok)
    if base == "beside":  # "rejected the decree and summoned the envoy": what the stance is on
        return stance_beside((g.governor(tok) or tok) if trig.noun else tok)
    if base == "host":  # "According to X, the talks stalled": the clause the tag hangs in
        if tok.head == tok:
            return []
        clause = clause_of(tok)
        tags = [clause, *(c for c in clause.children if c.dep_ == "parataxis")]  # "A, X said,
        if any(_tells(v) and g.subjects(v) for v in tags):  # according to Y": X's, passed on
            return []  # "..., Wang said, according to Xinhua": whence the report, no words of its own
        return [clause]
    if base == "asker":  # "demanded that Japan retract its claims": who demands it
        if tok.head != tok and tok.head.pos_ == "NOUN" and tok.dep_ in ("acl", "advcl"):
            return g.noun_agents(tok.head, frozenset())  # "its demand that Britain return X"
        return (
            g.subjects(tok.head)
            if tok.dep_ in ("ccomp", "xcomp", "advcl") and tok.head != tok
            else []
        )
    if base == "after":  # "suspended the dialogue after the attack on Mumbai": what it answered
        found = [o for w in ("after", "following") for o in g.preps(tok, w) if not a_time(o)]
        return found or _after_clause(tok)
    if base == "agent":
        return g.noun_agents(tok, trig.light)
    if base == "receiver":  # "Beijing brushed aside (rejected) Manila's protest": Beijing's
        if not trig.noun:  # "rejected a note in which Turkey objected to ...": the note's
            return _message_receiver(tok, trig.light)
        if tok.dep_ == "nsubjpass":  # "Japan's protest was dismissed by Seoul"
            return [o for a in tok.head.children if a.dep_ == "agent" for o in a.children]
        if tok.dep_ != "dobj":
            return []
        summed = summed_clause(tok.head)  # "X did Y, a move that drew a protest": X
        return g.subjects(summed if summed is not None else tok.head)
    if base == "holder":  # "argues that an 1859 treaty with Britain was void": who argues
        return g.holder(tok)
    if base == "listed":  # "signatories to the treaty include A and B": what its verb lists
        head = tok.head
        return g.objects(head) if tok.dep_ == "nsubj" and head.lemma_ in trig.light else []
    if base == "dative":
        return g.datives(tok)
    if base == "recipient":  # "sent Ecuador a note of protest": whom the message was handed
        return recipients(tok, trig.noun)
    if base == "until":  # "suspended the patrols until the post is removed": why, till when
        return lasting_until((g.governor(tok) or tok) if trig.noun else tok)
    if base == "participle":  # "a note protesting the arrests": what the message protests
        return participle_objects(tok)
    if base == "clause":  # a demand's words are its clause, never its object ("calling them X")
        speech = any(role == "speaker" for _, role in trig.slots)
        # nor an object named, where the object fills a role of its own ("the treaty binds both
        # countries": no obligation told, the parties are no act; "demanded the withdrawal" is
        # one, and so is "obliges [the two countries to share data]", the act read inside it)
        own_object = any(slot.split(".")[0] == "object" for slot, _ in trig.slots)
        return [
            x
            for x in g.clause(tok)
            if (not speech or x.dep_ in ("xcomp", "ccomp", "advcl"))
            and not (own_object and x.dep_ in ("dobj", "obj") and _bare_name(p, x))
        ]
    if (
        base == "predicate"
    ):  # "called the agreement 'null and void'": the quoted words it was called
        return [
            ch
            for ch in tok.children
            if (ch.dep_ == "oprd" or ch.dep_ == "ccomp" and ch.pos_ == "ADJ")
            and any(
                t.text in ('"', "“", "”")
                for t in tok.doc[max(0, ch.left_edge.i - 1) : ch.right_edge.i + 2]
            )
        ] or quoted_after_object(tok)
    if base == "complement":  # "declares [the region a new state of Venezuela]": what it is made
        return [  # an adjective only as a state's ("declared the islands Argentine"), not "null"
            ch
            for ch in tok.children
            if ch.dep_ in ("ccomp", "oprd", "xcomp", "attr")
            and (ch.pos_ == "NOUN" or ch.pos_ == "ADJ" and p.mention(ch) is not None)
        ] or wording.complement_after_relative(tok)
    if base == "that":  # "holds that the border runs ...": only a that-clause after the verb
        return [  # ("Israel has held since 1967" is no stance)
            ch
            for ch in tok.children
            if ch.dep_ == "ccomp"
            and ch.i > tok.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in ch.children)
        ]
    if base == "acomp":  # "the farms are Lebanese": the predicate adjective, a demonym itself (not
        # "vital to Israel's security": a state inside the adjective's phrase is no predicate)
        # ("remained Costa Rican", parsed with "Rican" a predicate noun: a demonym there is one too)
        return [
            ch
            for ch in tok.children
            if (m := p.mention(ch)) is not None
            and (ch.dep_ == "acomp" or ch.dep_ == "attr" and m.how == "demonym")
            or ch.dep_ == "acomp"
            and _ours(p, tok, ch)  # '"X is ours"', parsed an adjective
        ]
    if base in ("attr", "attr_name"):  # "X became prime minister"; "Crimea is Russia": a name
        found = [ch for ch in tok.children if ch.dep_ in ("attr", "oprd")]
        if base == "attr":
            return found
        return [ch for ch in found if p.mention(ch) is not None or _ours(p, tok, ch)]
    if (
        base == "ccomp"
    ):  # what was said: the complement clause, never an object ("announced a plan")
        found = [ch for ch in tok.children if ch.dep_ == "ccomp" and not _adverbial(ch)]
        found = said_after(tok, found)  # "A protests X, B says Y": B's is Y
        fronted = [o.i for o in tok.children if o.dep_ in ("dobj", "obj") and o.i < tok.i]
        found = [ch for ch in found if ch.i > max(fronted, default=-1)]  # "..., a charge X denies"
        if any(role == "speaker" for _, role in trig.slots):
            if split_tag(tok) is None:  # "Chile, X told reporters, would keep ...": said
                found = [ch for ch in found if not beyond_object(tok, ch)]
        if any(ch.pos_ != "ADJ" for ch in found):  # "made clear that ...": the clause, not "clear"
            found = [ch for ch in found if ch.pos_ != "ADJ"]
        found = [  # "made it clear that ...": the clause the adjective carries
            next((x for x in ch.children if x.dep_ in ("advcl", "ccomp")), ch)
            if ch.pos_ == "ADJ"
            else ch
            for ch in found
        ]
        if not found and is_tag(tok):  # "The talks, Kono said, were difficult"
            found = [tok.head]
        if not found:  # "said in a statement that ...", misparsed as the statement's clause
            found = (
                said_in_prep(tok)
                or said_as_object(tok)
                or said_past_participle(tok)
                or said_after_adjunct(tok)
                or said_to_addressee(tok)
                or said_before_tag(tok)
            )
        return found
    if base == "under":
        return g.under_head(tok)
    if base == "self":  # "the 1890 treaty between A and B": the trigger noun is the document
        return [tok]
    if base == "what_self":  # "reached an agreement on Wednesday on a treaty ...": on what, too
        gov = g.governor(tok)
        # only a light verb's phrases: "Under the deal, X did ..." says nothing of the deal
        gov = gov if gov is not None and gov.lemma_ in trig.light else None
        about = [
            c
            for c in (gov.children if gov is not None else ())
            if c.dep_ == "prep"
            and c.lower_ in ("on", "over", "about")
            and c.i > tok.i
            and not any(
                x.ent_type_ in ("DATE", "TIME") or x.lower_ in wording.DAYS for x in c.children
            )
        ]
        # "struck a deal on Thursday to refrain from force": the infinitive the parser hung on the
        # light verb is what the deal says
        says = [
            c
            for c in (gov.children if gov is not None else ())
            if c.dep_ in ("advcl", "xcomp")
            and c.i > tok.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        return [tok, *about, *says]
    if base == "content":  # "signed an agreement that ends the dispute": what the document does
        return [
            rc
            for o in g.objects(tok)
            if (m := p.mention(o)) is not None and m.tag == "D"
            for rc in o.children
            if rc.dep_ == "relcl"
            and any(ch.dep_ == "nsubj" and ch.tag_ == "WDT" for ch in rc.children)
        ]
    if base == "rest":
        doers = set(g.subjects(tok))
        return [
            ch
            for ch in tok.children
            if ch not in doers and ch.dep_ not in ("nsubj", "aux", "neg", "punct")
        ]
    if base.startswith("prep_"):
        return prep_slot(p, tok, trig, base)
    raise ValueError(f"unknown slot {slot!r}")


def _ours(p: g.Parsed, verb: Token, word: Token) -> bool:
    """'"Scarborough Shoal is ours"': a bare "ours" (the speaker's state, found as for "our"; the
    subject slot finds the land); not "the decision on X is ours to make", with a clause."""
    return word.lower_ == "ours" and not any(
        ch.dep_ in ("xcomp", "ccomp") for ch in (*word.children, *verb.children)
    )


def _after_clause(verb: Token) -> list[Token]:
    """ "suspended its work in the commission on Tuesday, three days after Russian border guards
    detained an Estonian trawler": a clause "after" opens, with a subject of its own, tells the
    deed the act answered, as "after the attack" does (not "after meeting for three hours")."""
    return [
        ch
        for ch in verb.children
        if ch.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "after" for m in ch.children)
        and any(m.dep_ in ("nsubj", "nsubjpass") for m in ch.children)
    ]


def _tells(verb: Token) -> bool:
    """Whether a verb is a tag of reported speech as the ``statement`` class words one ("said",
    "told", "made clear"; not any "be" or "make"): what it reports is its own clause."""
    return any(
        rel.name == "statement"
        and not trig.noun
        and worded(verb, trig)
        and any(slot == "ccomp" for slot, _ in trig.slots)
        for rel, trig in by_lemma().get(verb.lemma_.lower(), ())
    )


def _adverbial(clause: Token) -> bool:
    """ "X said on Thursday, a day after parliament approved two laws": a clause a subordinator
    opens tells when or why, not what was said, though the parser may call it a complement."""
    return any(m.dep_ == "mark" and m.lower_ in SUBORDINATORS for m in clause.children)


def _bare_name(p: g.Parsed, x: Token) -> bool:
    """Whether an object is a name and no more: no verb in its phrase (the parser may hang the
    act it is obliged to inside it)."""
    return p.mention(x) is not None and not any(t.pos_ in ("VERB", "AUX") for t in x.subtree)


def _message_receiver(tok: Token, verbs: frozenset[str]) -> list[Token]:
    """For a verb in the relative clause of a message ("a note in which Turkey objected to ..."),
    the one who turned that message down or received it ("Greece rejected"): one of ``verbs``."""
    note = tok.head
    if tok.dep_ != "relcl" or note.head == note or note.head.lemma_.lower() not in verbs:
        return []
    if note.dep_ == "nsubjpass":  # "a note in which ... was rejected by Athens"
        return [o for a in note.head.children if a.dep_ == "agent" for o in a.children]
    return g.subjects(note.head) if note.dep_ == "dobj" else []
