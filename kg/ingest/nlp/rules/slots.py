"""The mentions that fill a trigger's roles: the tokens of each grammatical slot of
``data/lexicon/relations.yaml`` (kg.ingest.nlp.rules.grammar_slots) resolved to mentions, with what
pronouns, counts and lists refer to where no mention says, and the roles a fact cannot go without."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import phrases
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.misreads import prep_phrase_read
from kg.ingest.nlp.grammar.relatives import nouns_above, relative_noun
from kg.ingest.nlp.rules import body_protests, serving_states
from kg.ingest.nlp.rules.announced import (
    announcer_state,
    official_teller_state,
    rejecter_state,
    sender_state,
)
from kg.ingest.nlp.rules.common import Collector, state_of
from kg.ingest.nlp.rules.signatories import bound_by_any
from kg.ingest.nlp.rules.signing_bodies import own_signers
from kg.ingest.nlp.rules.stateless_doers import stateless_found
from kg.ingest.nlp.triggers import LIST_ROLES, Relation, Trigger
from kg.ingest.nlp.triggers import load as load_relations

if TYPE_CHECKING:
    from spacy.tokens import Token

from kg.ingest.nlp.rules import (
    arguments,
    checks,
    note_senders,
    slot_members,
    slot_phrases,
    thing_makers,
    time_trims,
    undertaken,
    wording,
)
from kg.ingest.nlp.rules.arguments import TERRITORY_KINDS
from kg.ingest.nlp.rules.givers import receiver_told
from kg.ingest.nlp.rules.grammar_slots import slot_tokens
from kg.ingest.nlp.rules.handovers import handed_before
from kg.ingest.nlp.rules.issued_by import issue_told
from kg.ingest.nlp.rules.line_documents import line_document
from kg.ingest.nlp.rules.misplaced_preps import misplaced_prep
from kg.ingest.nlp.rules.placed_officials import acting_for
from kg.ingest.nlp.rules.prep_slots import grounds_mentions
from kg.ingest.nlp.rules.private_doers import private
from kg.ingest.nlp.rules.prompting_clauses import drawn_words
from kg.ingest.nlp.rules.pronoun_lands import phrase_pronouns, plural_before
from kg.ingest.nlp.rules.pronouns import pronoun
from kg.ingest.nlp.rules.protested import document_maker, rejected_owner
from kg.ingest.nlp.rules.receivers import handed_already, returned_to_holder, sides_told
from kg.ingest.nlp.rules.tags import said_beside
from kg.ingest.nlp.rules.unfilled import slot_words
from kg.ingest.nlp.rules.voices import (
    country_speakers,
    its_bodies,
    land_speakers,
    office_speakers,
)
from kg.ingest.nlp.rules.whole_states import whole_state

#: Roles a relation may leave empty (the rest are required: a fact without them says nothing).
OPTIONAL = {
    "rejectsClaim": {"claimant", "territory"},
    "handover": {"from"},
    "incorporates": {"document", "state"},
    "protests": {"subject"},
    "recognizes": {"as"},
    "suspends": {"reason"},
    "office": {"of"},
    "meeting": {"place"},
    "disputes": {"territory"},  # rules/events.py looks further for it
}


#: Which kind of mention fills a role that takes several, when a phrase holds more than one.
_TAG_ORDER = "PSOTDCX"


#: Relations whose doer takes a stance for a state: its people's or a former official's is none.
_STANCES = frozenset({"rejectsClaim", "claims", "recognizes", "protests", "assertsSovereignty"})


def fill(
    c: Collector,
    s: Sentence,
    p: g.Parsed,
    tok: Token,
    rel: Relation,
    trig: Trigger,
    roles: frozenset[str] | None = None,
    known: dict[str, list[Token]] | None = None,
) -> dict | None:
    """The mentions (or words) that fill each role of ``trig`` at ``tok``; None where a required
    role stays empty. ``roles``: fill and require only these (a quotation's tag needs its speaker
    alone: what was said is the quotation). ``known``: the slots' words, where the caller read
    them already (:func:`kg.ingest.nlp.rules.unfilled.slot_words` for the required roles)."""
    if known is None:
        known = slot_words(p, tok, rel, trig, required_roles(rel.name) if roles is None else roles)
    if known is None:
        return None
    filled: dict[str, list] = {}
    for slot, role in trig.slots:
        if roles is not None and role not in roles:
            continue
        if ("." in slot or slot == "asker") and role in filled:
            continue  # a role found inside another slot (or the asker) is a fallback, not one more filler
        toks = known[slot] if slot in known else slot_tokens(p, tok, trig, slot)
        if role in trig.indefinite:  # "said in a statement", not "in that document"
            toks = [
                t
                for t in toks
                if all(d.lower_ in ("a", "an") for d in t.children if d.dep_ == "det")
                and not slot_phrases.made_by_another(t)
            ]
        if trig.noun and slot.startswith("prep_") and rel.name == "claims":
            toks = [t for t in toks if t.lemma_.lower() not in phrases.nouns().allegations]
        if not toks:
            continue
        tags = trig.kinds.get(role, rel.roles[role])
        if "text" in tags:
            toks = [relative_noun(t) for t in toks]  # "the roadmap that A and B agreed to"
            if slot.startswith("prep_"):
                toks = prep_phrase_read(toks)
            named = p.mention(toks[0])
            if named is not None and any(
                other != slot and other.split(".")[0] == slot and named.tag in rel.roles[r]
                for other, r in trig.slots
            ):
                continue  # "protested against Japan": the name fills its own role, no words
            # ("rejected the ruling": a document fills no role of its own, so it is the words)
            beside = next((x for r in toks for x in r.subtree if said_beside(x)), None)
            if beside is None and slot.startswith("prep_") and not trig.noun:
                beside = wording.misread_agent(tok, toks)
            if beside is None and slot == "object":  # "tied the resumption of talks to ..."
                beside = misplaced_prep(tok, trig)
            whole = (
                drawn_words(p, tok)  # "X did Y, drawing a protest": the clause, not the participle
                if slot == "drawn"
                else g.text_of(
                    p, toks, without=slot_phrases.predicate_inside(tok, trig, toks) or beside
                )
            )
            if slot == "object" and not trig.noun and whole is not None:
                whole = wording.object_phrase(p, tok, trig, toks, whole)
            if whole is not None and toks[0].pos_ in ("NOUN", "PROPN"):
                whole = time_trims.without_time(p, c.source.text, whole)
            if whole is not None:
                whole = time_trims.without_leading_day(p, whole, toks)
            spans = (
                slot_members.named_list(p, toks)
                or (wording.each_named(p, toks) if role in trig.each else [])
                or (
                    undertaken.acts_each(p, toks, marked=rel.name == "agreedTo")
                    if role in trig.each
                    else []
                )
                or (wording.lands_each(p, toks) if role in trig.each else [])
                or ([whole] if whole is not None else [])
            )
            if spans and role not in filled:
                filled[role] = spans
            continue
        # a state's body stands for the state where only a state can act ("the Turkish Foreign
        # Ministry denounced ..."): bodies are looked for too, and mapped to their state below
        # and a would-be state is a territory where only a territory fits ("controls Abkhazia")
        want = set(tags) | ({"O"} if "S" in tags else set())
        deep = slot == "rest" or "." in slot
        if "." in slot and "T" not in tags and slot_phrases.owned(p, toks[0]):
            toks = toks[:1]  # "rejected the ICJ's ruling [on its boundary with Somalia]": the ICJ's
        if slot == "object" and "T" in tags and g.piece_of_land(toks[0]):
            toks = [*toks, *g.piece_place(tok)]  # "granted Ecuador a square kilometre ... at X"
        found = g.fillers(p, toks, want, deep=deep, trigger=tok)
        if tags == {"D"}:
            found = [m for m in found if not arguments.topic_of(p, toks, m)]
        if not found and tags == {"D"} and slot == "object" and tok.dep_ in ("relcl", "acl"):
            above = [x for t in toks for x in nouns_above(t)]  # "the convention on X, which was
            found = g.fillers(p, above, want, trigger=tok)[:1]  # signed": the document above
        if not found and "T" in tags:  # a state's adjective names no land ("a Taiwanese boat")
            found = [
                m
                for m in g.fillers(p, toks, want | {"S"}, deep=deep, trigger=tok)
                if m.how != "demonym"
            ]
        if not found and "S" in tags and "P" not in tags:  # an official acts for the state
            found = g.fillers(p, toks, want | {"P"}, deep=deep, trigger=tok)
        elif deep and "S" in tags and "P" not in tags:
            found += slot_members.coordinated_people(p, toks, found)
        elif role in LIST_ROLES and "S" in tags and "P" not in tags:
            found += slot_members.people_named(p, toks, found)
        if "." in slot and role == "claimant":  # its maker, not what it tells
            found = thing_makers.makers(p, toks, found)
            if not found and "S" in tags and "P" not in tags:  # "a statement by Israeli Defence
                # Minister X that Israeli troops would stay": the state the clause tells is no
                # maker; the official who made it speaks for his
                more = g.fillers(p, toks, want | {"P"}, deep=deep, trigger=tok)
                found = thing_makers.makers(p, toks, more)
        if "." in slot and role == "territory":  # "rejected Guatemala's claims that its soldiers
            found = [
                m for m in found if not slot_phrases.said_content(p, toks, m)
            ]  # crossed the river"
        if slot == "subject" and rel.name in _STANCES and "S" in tags:
            found = [m for m in found if not private(p, toks, m)]
        if (
            role not in LIST_ROLES
            and len({m.tag for m in found}) > 1
            and not (deep and slot_members.doers_among(found, tags))
        ):  # "Japan's top diplomat Kono": the person
            best = min((m.tag for m in found), key=lambda t: (t not in tags, _TAG_ORDER.index(t)))
            found = [m for m in found if m.tag == best]
        if "." in slot:  # "China rejected it": the thing rejected is no maker of itself
            toks = [t for t in toks if t.lower_ not in ("it", "them")]
        if rel.name == "obliges" and slot == "clause.party":  # "demands that the fighters
            found = [
                m for m in found if slot_phrases.in_subject(p, toks, m)
            ]  # leave Chadian soil": none
        if rel.name == "obliges" and role == "party":  # "each side": the document's signers
            found = [
                replace(m, members=tuple(bound_by_any(c, filled.get("document", ()), m)))
                if m.how == "pair"
                else m
                for m in found
            ]
        ents = (
            (note_senders.sent_by(c, s, p, toks) if role == "speaker" else [])
            or [e for m in found for e in arguments.entities(c, m, tags)]
            or (rejected_owner(c, p, toks) if "." in slot and role == "claimant" else [])
            or (document_maker(c, p, toks) if "." in slot and role == "against" else [])
        )
        if not ents:  # "In Tehran, spokesman X dismissed"; "Its foreign ministry said": its state's
            ents = acting_for(c, s, found, tags) or pronoun(c, s, p, toks, tags, role)
            ents = ents or whole_state(c, p, toks, tags, role)  # "part of the kingdom"
            ents = ents or line_document(c, p, toks, tags)  # "committed to the 1925 line"
            inner = phrase_pronouns(toks) if "." in slot and "T" in tags else []  # "over them"
            ents = ents or plural_before(c, p, inner) or pronoun(c, s, p, inner, tags, role)
            ents = (its_bodies(c, toks, ents) if role == "speaker" else []) or ents
            ents = ents or stateless_found(c, rel.name, role, found)  # settled at the end
        if rel.name == "signed" and role in LIST_ROLES:  # "signed by Malet and Chancellor X"
            ents += serving_states.signing_officials(c, s, found, ents, toks)
            ents += own_signers(c, found, ents)  # "Britain and the EU signed": the bloc too
        if not ents and role == "speaker":  # "officials in Beijing said": its state speaks
            ents = [e for m in g.fillers(p, toks, {"C"}) if (e := state_of(c, m.entity))]
            ents = ents or land_speakers(c, p, toks)  # "the Hong Kong government said"
            ents = ents or note_senders.speaker(c, s, p, toks)  # "The statement said"
            ents = ents or country_speakers(c, toks)  # "the country's foreign ministry said"
            ents = ents or office_speakers(c, toks)  # "his office said"
        if (
            rel.name == "handover"
            and role == "territory"
            and found
            and all(m.how == "anaphor" for m in found)
            and not handed_already(c, found, ents)  # "the peninsula", whose own return was told
        ):
            ents = handed_before(c, found) or ents  # "those islands": the last ones handed over
        if ents:
            if "T" in tags:
                ents = arguments.whole_for_parts(c, s, ents)
            filled.setdefault(role, [])
            filled[role] += [e for e in ents if e not in filled[role]]
    # "Essequibo, where Guyana exercises control": the place is the role
    for role, tags in rel.roles.items():
        if role not in filled and tags == {"T"}:
            place = arguments.where(p, tok, trig)
            if place:
                filled[role] = place
    for role in trig.implicit - set(
        filled
    ):  # "ships arrived to assert Chinese sovereignty": over what they reached
        if rel.roles[role] == {"T"} and (
            rel.name != "obstructs" or slot_tokens(p, tok, trig, "subject")
        ):
            if trig.noun and (slot_phrases.content_clause(tok) or checks.alleged(tok)):
                continue  # "Kyiv's claim that troops shelled the dam": what it says, no land
            grounds = grounds_mentions(p, tok)  # "on the basis of a notice by Shimane Prefecture"
            here = [
                m.entity
                for m in s.masked.mentions
                if m.tag == "T"
                and m.entity is not None
                and m.entity.kind in TERRITORY_KINDS
                and m not in grounds
            ]
            if rel.name == "claims":  # "Argentina keeps its claim in its constitution"
                filled[role] = checks.claimed_land(c, here, filled)
                continue
            terr = here[0] if here else c.disc._territory(plural=False)
            if (  # not a port told as land, nor a land told before that is no concern of the state's
                terr is not None
                and all(m.entity != terr for m in grounds)
                and terr.kind in TERRITORY_KINDS
                and (here or checks.ties(c, terr, filled))
            ):
                filled[role] = [terr]
        elif rel.roles[role] == {"S"} and (
            succeeded := arguments.succeeded(c, filled.get("state"))
        ):
            filled[role] = succeeded  # "As the successor state, we ...": whom the state succeeds
        elif role == "into" and (
            held := arguments.holder(c, filled.get("territory"))
            or arguments.unit_state(c, p, tok, trig)
        ):
            filled[role] = held  # "The island became an overseas department": of its holder
        elif role in LIST_ROLES and arguments.reached_unsaid(tok, trig):
            # "An agreement to ... was reached on Tuesday": by those in play
            filled[role] = arguments.parties_in_play(c)
    if rel.name == "handover" and "to" not in filled and len(filled.get("territory", ())) == 1:
        if (
            not trig.noun
            and g.is_passive(tok)
            and (got := receiver_told(c, filled["territory"][0]))
        ):
            filled["to"] = [got]  # "was awarded to Egypt and handed over the following year"
        elif not trig.noun and (told := sides_told(c, s, tok)) is not None:
            filled["to"] = [told[0]]  # "..., and the Ogasawara Islands were handed over in 1968"
            if "from" not in filled and told[1] is not None:
                filled["from"] = [told[1]]
        elif got := returned_to_holder(c, tok, filled["territory"], filled.get("from", [])):
            filled["to"] = [got]  # "42 years since Israel handed back the Sinai": to Egypt
    if rel.name == "protests" and "party" not in filled:
        # "A demarche was delivered to X, the Greek ministry said"; "Vice Minister X lodged a
        # protest, the ministry said": the teller's state
        if by := announcer_state(c, p, tok, trig) or official_teller_state(c, p, tok, trig):
            filled["party"] = [by]
    if rel.name == "protests" and "against" not in filled and filled.get("party"):
        # "lodged a protest with the United Nations": the body is no side; the deed's doer is
        if by := body_protests.deed_doer(c, s, p, tok, trig.noun, filled["party"]):
            filled["against"] = [by]
    if rel.name == "rejectsClaim" and "state" not in filled and not trig.noun:
        if by := rejecter_state(c, p, tok):
            filled["state"] = [by]  # "Japan's demarche was rejected, the ministry said"
    if rel.name == "issued" and not trig.noun:
        issue_told(c, tok, filled)  # "the decree, published on March 2": its issuer's again
        if "issuer" not in filled and (by := sender_state(c, p, tok)):
            filled["issuer"] = [by]  # "A note was handed to X, the Slovenian ministry said"
    if not (required_roles(rel.name) if roles is None else roles) <= set(filled):
        return None
    if checks.mutual(rel.name, tok, filled):
        return None  # "contested by A and B": their dispute, no rejection by each
    if roles is None and not trig.required <= set(filled):
        return None  # the trigger's own: "lists X as part of Y" is an incorporation by a document
    return filled


@cache
def required_roles(rel: str) -> frozenset[str]:
    """The roles a fact of ``rel`` cannot go without (a fact without them says nothing); kept,
    as every trigger read asks."""
    relation = next(r for r in load_relations() if r.name == rel)
    return frozenset(relation.roles) - OPTIONAL.get(rel, set())
