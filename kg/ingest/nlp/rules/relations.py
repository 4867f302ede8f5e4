"""Relations read from grammar: the trigger classes of ``data/lexicon/relations.yaml`` over the parse.

Each trigger is a lemma (verb or noun) with the grammatical slots its roles take; this module finds
the triggers in a sentence, fills the roles with the mentions the slots hold (kg.ingest.nlp.grammar),
and records one fact for each combination (kg.ingest.nlp.rules.relation_facts). Widening a relation
is an edit of the data file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import DEP, LEMMA

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules import (
    agreements,
    awards,
    checks,
    created_units,
    events,
    findings,
    former_stances,
    in_force,
    incorporation,
    lasting,
    meetings,
    obligations,
    obstruction,
    occupied,
    others_views,
    own_land,
    provisions,
    quoted_views,
    rejected_things,
    rulings,
    sole_documents,
    stances,
    stipulations,
    told_of,
    under_documents,
    undertaken,
    upheld,
    views,
    wording,
)
from kg.ingest.nlp.rules.common import (
    Collector,
    span_text,
)
from kg.ingest.nlp.triggers import Relation, Trigger, by_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

from kg.ingest.nlp.grammar.mood import possible
from kg.ingest.nlp.rules import trigger_mood, trigger_words
from kg.ingest.nlp.rules.handovers import handover
from kg.ingest.nlp.rules.name_nouns import closes_name
from kg.ingest.nlp.rules.relation_facts import dated_self, emit
from kg.ingest.nlp.rules.required_preps import (
    object_inside_prep,
    particle_object,
    past_required_word,
)
from kg.ingest.nlp.rules.slots import fill, required_roles
from kg.ingest.nlp.rules.statements import statement
from kg.ingest.nlp.rules.statuses import implied_status
from kg.ingest.nlp.rules.unfilled import slot_words

#: The rule modules that read a trigger's roles themselves (the ``reader`` key of relations.yaml).
READERS = {
    "void": stances.void,
    "called_occupied": occupied.called_occupied,
    "regarded_own": own_land.regarded_own,
    "meeting": meetings.meeting,
    "dispute": events.dispute,
    "ruling": rulings.ruling,
    "obligation": obligations.obligation,
    "undertaking": obligations.undertaking,
    "barring": obligations.barring,
    "award": awards.award,
    "withdrawal": provisions.withdrawal,
    "released": provisions.released,
    "content": agreements.content,
    "obstruction": obstruction.obstruction,
    "finding": findings.finding,
    "incorporation": incorporation.incorporation,
    "annexation": incorporation.annexation,
    "created_unit": created_units.created_unit,
    "stipulation": stipulations.stipulation,
    "in_force": in_force.in_force,
    "upheld": upheld.held_valid,
    "sole_document": sole_documents.sole_document,
}


def read(c: Collector, s: Sentence) -> None:
    """Every relation of the trigger classes that the sentence's grammar states."""
    p = s.parsed
    if p is None:
        if s.doc is not None:
            # "Vietnam released a map. It said ...": a sentence with no relation still says who
            # acts, and what a state may reject next ("passed resolutions. X rejected them")
            q = g.Parsed.of(s.doc, s.span.start, s.masked.mentions)
            if any(m.tag in ("S", "O") for m in s.masked.mentions):
                _remember_actor(c, q)
            rejected_things.remember(c, s, q)
        return
    index, strings, irregular = by_lemma(), p.doc.vocab.strings, wording.irregular()
    found = [  # lemmas read as one column: a Token object for the triggers alone
        (tok, rel, trig)
        for i, lemma in enumerate(p.doc.to_array([LEMMA]).tolist())
        if (word := strings[lemma].lower()) in index
        # a form in "-ed" is read as its verb's ("annexed") only where the index has that verb
        or word.endswith("ed")
        and (word[:-2] in index or word[:-1] in index)
        or word in irregular
        for tok in (p.doc[i],)
        for rel, trig in index.get(wording.lemma(tok, index), ())
        if trig.noun == (tok.pos_ in ("NOUN", "PROPN") and not g.misread_verb(tok))
        or (not trig.noun and tok.pos_ == "ADJ")
        if not (trig.noun and (_in_place_name(p, tok) or closes_name(tok, rel.name)))
    ]
    # speech first: "X said that ..." makes what follows X's view (the sentence's reporter)
    for tok, rel, trig in sorted(found, key=lambda x: (x[1].name != "statement", x[0].i)):
        _apply(c, s, p, tok, rel, trig)
    _remember_actor(c, p)
    rejected_things.remember(c, s, p)


def _in_place_name(p: g.Parsed, tok: Token) -> bool:
    """ "Shikotan Island", "the Lipulekh Pass": a land noun that ends a place's name is the name,
    not a noun of the relation ("an island of the chain")."""
    m = p.mention(tok)
    return m is not None and m.tag == "T" and tok.i > 0 and p.mention(tok.doc[tok.i - 1]) is m


def _remember_actor(c: Collector, p: g.Parsed) -> None:
    """The state or body the sentence is about (its main clause's subject): what "it" will mean."""
    for tok in p.having(DEP, "ROOT"):
        for subj in g.subjects(tok):
            found = g.fillers(p, [subj], {"S", "O"})
            if found and found[0].entity is not None:
                c.actor = found[0].entity
                return


def _office(c: Collector, s: Sentence, filled: dict[str, list]) -> None:
    """An office named in the role phrase ("Russia's foreign minister") becomes what the article
    knows of the person, unless a title already told it."""
    text = span_text(c, filled["role"][0])
    found = lexicon.office_regex(r"\b(?:{office})\b").search(text)
    if found is None:
        return
    office = c.gz.office(found.group()) or found.group().lower()
    of = next(iter(filled.get("of") or []), None)
    for person in filled["person"]:
        info = c.disc.people.by_key.get(person.key)
        if info is None or (info.office and info.of):
            continue
        if info.office is None:
            info.office, info.words = office, found.group().lower()
        info.of = info.of or of
        if info.sentence < 0:
            info.sentence = s.index


def _apply(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    if trig.particle and g.particle(tok) not in trig.particle:
        return
    if trig.noun and tok.dep_ == "compound" and tok.head.lemma_.lower() in trig.compound_heads:
        tok = tok.head  # "the successor state of X": the phrase's head carries the roles
    if not quoted_views.heard(s, tok, trig):
        return
    if trig.modifiers and not any(ch.lemma_.lower() in trig.modifiers for ch in tok.children):
        return
    if trig.modifiers_not and any(ch.lemma_.lower() in trig.modifiers_not for ch in tok.children):
        return
    for (
        prep,
        words,
    ) in trig.requires_prep:  # "putting talks on hold" (wherever the parser hangs "on hold")
        if not any(wording.prep_phrase(x, prep, words) for x in tok.subtree):
            return
    if trig.lasting and not lasting.told(tok):
        return  # "have patrolled the island since the 1990s" holds it; "patrolled it on Monday" not
    # a required role with no word in its slots leaves nothing to fill: told before the rest
    known = None if trig.reader else slot_words(p, tok, rel, trig, required_roles(rel.name))
    if known is None and not trig.reader:
        return
    if trig.noun:
        gov = g.governor(tok)
        if (
            gov is not None
            and not trig.free
            and gov.lemma_ not in trig.light
            and not trig.modifiers
            and tok.dep_ not in ("attr", "appos")
            and tok.head.lower_ not in ("under", "as")  # "regards itself as the successor"
            and not g.regarded_as(tok)  # "considers [X] [Argentine territory]"
            and not _content_of_document(p, tok, gov)
        ):
            return
        if trig.light_only and (gov is None or gov.lemma_ not in trig.light):
            return
        if (
            gov is None
            and not trig.free
            and tok.dep_ == "pobj"
            and tok.head.lower_ in ("for", "of", "to", "against")
            and tok.head.head.pos_ == "NOUN"
            and tok.head.head.lemma_ not in trig.light
        ):  # "its support for Guyana's sovereignty" asserts nothing of Guyana's
            return
        # "did not affect Spain's claim": a verb that is no light verb of the noun does not deny it
        own = any(
            ch.dep_ == "neg" or (ch.dep_ == "det" and ch.lower_ == "no") for ch in tok.children
        )
        # "X is not part of Y", "does not form part of": the copula's negation; "this is not the
        # first meeting" denies the ordinal (or superlative), not the meeting
        predicate = (tok.dep_ in ("attr", "oprd") or g.linked(tok)) and not any(
            ch.dep_ == "amod" and (ch.tag_ in ("JJS", "RBS") or ch.like_num) for ch in tok.children
        )
        neg = own or (
            gov is not None and (gov.lemma_ in trig.light or predicate) and g.negated(gov)
        )
        if tok.dep_ in ("ccomp", "xcomp") and tok.head.pos_ in ("VERB", "AUX"):
            neg = neg or g.negated(tok.head)  # a small clause: "does not consider [X part of Y]"
        if gov is not None and gov.lemma_ in trig.ended_by and wording.ended(gov):
            return  # "Canada dropped its claim": no longer held ("urged X to drop", "never dropped": held)
    else:
        neg = g.negated(tok) or views.asker_verb_is(tok, trig, g.negated)
    neg = neg or views.denied_with_its_head(tok, trig)
    if trig.negated == "skip" and neg:
        return
    if trig.negated == "opposite":
        if not neg or views.undecided(tok, rel):  # "neither accepted nor rejected": no side
            return
        neg = False
    mood = trigger_mood.planned(tok, trig) or views.asker_verb_is(tok, trig, g.modal)
    if trig.modal == "skip" and mood or trig.modal == "only" and not (mood or tok.tag_ == "VB"):
        return  # "only": "wants to regain", "would regain" claim it; "regained it" does not
    if trig.modal == "possible" and possible(tok):
        return  # "Ethiopia could claim the region": no claim made
    if trig.acts_not and undertaken.all_of_classes(p, tok, trig.acts_not):
        return  # "committed Britain to return Gan to the Maldives": a promise, no obligation
    if trig.reader:  # a trigger whose roles a rule module reads itself (meetings, rulings ...)
        READERS[trig.reader](c, s, p, tok, rel, trig)
        return
    objs = (
        particle_object(tok, trig)
        or past_required_word(tok, trig, g.objects(tok))
        or object_inside_prep(tok, trig)
    )
    objs = objs if not trig.noun else []
    if trig.object_lemmas:
        heads = [*objs, *trigger_words.object_preps(rel, tok, trig)]
        if not trigger_words.object_lemma(heads, trig):
            return
    if trigger_words.object_is_an_act(p, rel, trig, objs):
        return  # "took their dispute over X to the court" takes no land
    if trigger_words.object_left_out(p, trig, objs) or trigger_words.subject_left_out(tok, trig):
        return
    if rel.name == "agreedTo" and not agreements.commits(tok, trig):
        return  # "agreed that the weather had been warm": a view shared, nothing agreed
    if rel.name == "agreedTo" and told_of.told_of_only(p, tok, trig):
        return  # "Argentina's 1991 agreement with Chile had sent ...": a document told of
    if rel.name == "assertsSovereignty" and former_stances.bygone(c, p, tok):
        return  # "in the 1870s insisted that Soconusco was part of Guatemala": a former claim
    if rel.name == "adheresTo" and not trig.noun and _asked_wrongly(p, tok, trig):
        return  # "urged Japan to honour the communique": a demand, not Japan's adherence
    filled = fill(c, s, p, tok, rel, trig, known=known)
    if filled is None or trig.dated and not dated_self(p, tok):
        return
    if rel.name == "adheresTo" and others_views.another_says(c, p, tok, filled.get("party", [])):
        return  # "Pakistan says India remains bound by the treaty": Pakistan's reading
    if trigger_words.document_left_out(trig, objs, filled):
        return  # "approved it", the convention: ratified, no document of its own
    if rel.name == "agreedTo":
        agreements.with_proposer(p, tok, trig, filled)  # "accepted China's proposal to ..."
        under_documents.signatories(c, s, p, tok, filled)  # "Under the treaty, the two countries"
    if trig.own and not quoted_views.own_view(c, s, p, tok, trig, filled):
        return
    if rel.name == "handover":
        handover(c, s, p, tok, trig, filled, neg, mood)
        return
    if rel.name == "office":
        _office(c, s, filled)
        return
    if rel.name == "statement":
        statement(c, s, p, tok, trig, filled)
        return
    implied_status(c, p, tok, trig, filled)
    filled = checks.parts_apart(rel.name, filled, p, tok, trig, c.gz)
    emit(c, s, p, tok, rel.name, trig, filled, neg)


def _content_of_document(p: g.Parsed, tok: Token, gov: Token) -> bool:
    """ "signed a decree on Russia's recognition of X" (the parser hanging "on" on the verb): the
    noun is what the document enacts, not what the verb does to it."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("on", "about", "concerning")
        and any((m := p.mention(o)) is not None and m.tag == "D" for o in g.objects(gov))
    )


def _asked_wrongly(p: g.Parsed, tok: Token, trig: Trigger) -> bool:
    """Whether an adherence verb is asked of another where it tells no adherence: a demand of
    another state ("urged Japan to honour the communique") is none; a court asked to uphold a
    document ("urged the ICJ to uphold the award") is its asker's, read by the ``asker``
    trigger alone (data/lexicon/relations.yaml)."""
    if not trigger_words.asked_of_another(tok):
        return False
    return not (
        any(slot == "asker" for slot, _role in trig.slots) and trigger_words.asked_of_court(p, tok)
    )
