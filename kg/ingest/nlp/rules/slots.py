"""Where a trigger's roles stand: the grammatical slots of ``data/lexicon/relations.yaml`` (subject,
object, prepositions, clauses ...) read off the parse, and the mentions that fill each role, with
what pronouns, counts and lists refer to where no mention says."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.misreads import noun_prep_misread, prep_phrase_read
from kg.ingest.nlp.grammar.relatives import relative_noun
from kg.ingest.nlp.grammar.roles import clause_of
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.rules.common import (
    Collector,
    state_of,
)
from kg.ingest.nlp.triggers import LIST_ROLES, Relation, Trigger
from kg.ingest.nlp.triggers import load as load_relations

if TYPE_CHECKING:
    from spacy.tokens import Token

from kg.ingest.nlp.rules import arguments, wording
from kg.ingest.nlp.rules.arguments import TERRITORY_KINDS
from kg.ingest.nlp.rules.handovers import handed_before
from kg.ingest.nlp.rules.pronouns import pronoun
from kg.ingest.nlp.rules.tags import (
    beyond_object,
    is_tag,
    issuers,
    quoted_after_object,
    said_after_adjunct,
    said_as_object,
    said_beside,
    said_in_prep,
    said_past_participle,
    tag_subjects,
)
from kg.ingest.nlp.rules.voices import land_speakers

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


def slot_tokens(p: g.Parsed, tok: Token, trig: Trigger, slot: str) -> list[Token]:
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
            and not _actors(p, subj)
        ):
            subj = g.subjects(tok.head.head)  # "issued a commentary saying ...": its issuer says it
        if (
            not subj
            and tok.dep_ == "acl"
            and tok.head.dep_ == "pobj"
            and tok.head.head.head.pos_ in ("VERB", "AUX")
        ):  # "In an order issued in December, the court required ...": the clause's subject
            subj = g.subjects(tok.head.head.head)
        if tok.dep_ == "conj" and tok.head.dep_ == "relcl" and not _actors(p, subj):
            subj = _beside_relative(tok.head) or subj
        if trig.subject_nouns:  # "the statement from the ministry read": its issuer as well
            heads = [x for x in subj if x.lemma_.lower() in trig.subject_nouns]
            return subj if speech and heads else heads
        return subj
    if base == "object":
        found = g.objects(tok) or object_inside_prep(tok, trig)
        if (
            "." in slot and not trig.noun
        ):  # "rejected X's claim [to Y]", the phrase hung on the verb
            found = found + [x for o in found for x in noun_prep_misread(tok, o)]
        return found
    if base == "reason":
        return g.reasons(tok)
    if base == "occasion":  # "lodged a protest after Medvedev visited Kunashir": what prompted it
        host = (g.governor(tok) or tok) if trig.noun else tok
        return [
            ch
            for ch in host.children
            if ch.dep_ == "advcl"
            and any(
                m.dep_ == "mark" and m.lower_ in ("after", "because", "following", "since")
                for m in ch.children
            )
        ]
    if base == "host":  # "According to X, the talks stalled": the clause the tag hangs in
        return [clause_of(tok)] if tok.head != tok else []
    if base == "asker":  # "demanded that Japan retract its claims": who demands it
        return (
            g.subjects(tok.head)
            if tok.dep_ in ("ccomp", "xcomp", "advcl") and tok.head != tok
            else []
        )
    if base == "agent":
        return g.noun_agents(tok, trig.light)
    if base == "dative":
        return g.datives(tok)
    if base == "clause":  # a demand's words are its clause, never its object ("calling them X")
        speech = any(role == "speaker" for _, role in trig.slots)
        return [x for x in g.clause(tok) if not speech or x.dep_ in ("xcomp", "ccomp", "advcl")]
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
        return [
            ch
            for ch in tok.children
            if ch.dep_ in ("ccomp", "oprd", "xcomp", "attr") and ch.pos_ in ("NOUN", "ADJ")
        ] or wording.complement_after_relative(tok)
    if base == "acomp":  # "the farms are Lebanese": the predicate adjective
        return [ch for ch in tok.children if ch.dep_ == "acomp"]
    if base == "attr":  # "X became prime minister"
        return [ch for ch in tok.children if ch.dep_ in ("attr", "oprd")]
    if (
        base == "ccomp"
    ):  # what was said: the complement clause, never an object ("announced a plan")
        found = [ch for ch in tok.children if ch.dep_ == "ccomp"]
        if any(role == "speaker" for _, role in trig.slots):
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
            )
        return found
    if base == "under":
        return g.under_head(tok)
    if base == "self":  # "the 1890 treaty between A and B": the trigger noun is the document
        return [tok]
    if base == "what_self":  # "reached an agreement on Wednesday on a treaty ...": on what, too
        gov = g.governor(tok)
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
        return [tok, *about]
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
        found = (
            [relative_noun(x) for x in g.preps(tok, base[5:])]
            or [  # "made it conditional on ...": on the predicate adjective
                x
                for ch in tok.children
                if ch.dep_ in ("oprd", "acomp", "ccomp") and ch.pos_ == "ADJ"
                for x in g.preps(ch, base[5:])
            ]
        )
        if any(role == "speaker" for _, role in trig.slots):  # "according to a statement from X"
            found = found + [x for n in found if n.pos_ == "NOUN" for x in issuers(n, p)]
        gov = g.governor(tok) if trig.noun else None
        if (
            not found and gov is not None
        ):  # "laid claim to", "provided for the handover of X to Y": on the verb
            found = [relative_noun(x) for x in g.preps(gov, base[5:])]
        if not found and base == "prep_between" and tok.dep_ == "acl":
            found = g.preps(tok.head, "between")  # "the treaty between A and B, signed in 2010"
        if not found:  # "the return of A and B to Japan": hung on the last conjunct of "of"
            found = [
                x
                for prep in tok.children
                if prep.dep_ == "prep"
                for o in prep.children
                if o.dep_ == "pobj"
                for c in o.conjuncts
                if c.i > o.i
                for x in g.preps(c, base[5:])
            ]
        return found
    raise ValueError(f"unknown slot {slot!r}")


def _predicate_inside(tok: Token, trig: Trigger, toks: list[Token]) -> Token | None:
    """The trigger's own passive verb where a misparse put it inside its argument's phrase ("A
    program ... would be stopped by Russia", "An agreement ... was reached by A"): an argument never
    holds the words that say what is done to it. (A speech tag inside what was said is not this:
    "The talks, Kono said, were difficult" is read by rules/relations.py.)"""
    verb = g.governor(tok) if trig.noun else tok
    if verb is None or verb in toks or not g.is_passive(verb):
        return None
    return verb if any(verb in root.subtree for root in toks) else None


def _actors(p: g.Parsed, toks: list[Token]) -> bool:
    """Whether the phrases name someone who can act: a state, person, body or document."""
    return bool(g.fillers(p, toks, {"S", "P", "O", "D"}))


def _beside_relative(relcl: Token) -> list[Token]:
    """ "Britain won the war that followed and has controlled the islands since", parsed with "has
    controlled" a conjunct of the relative clause: where the relative's noun cannot act (a war), the
    verb is a conjunct of the clause that noun stands in, and shares that clause's subject."""
    host = relcl.head.head
    if host.pos_ == "ADP":
        host = host.head
    return g.subjects(host) if host.pos_ in ("VERB", "AUX") else []


def object_inside_prep(tok: Token, trig: Trigger) -> list[Token]:
    """ "put on hold talks with Tokyo", parsed as "on [hold talks]": the talks are the object."""
    return [
        o
        for prep, words in trig.requires_prep
        for x in tok.children
        if x.dep_ == "prep" and x.lower_ == prep
        for o in x.children
        if o.dep_ == "pobj"
        and o.lemma_.lower() not in words
        and any(ch.dep_ == "compound" and ch.lemma_.lower() in words for ch in o.children)
    ]


def fill(
    c: Collector,
    s: Sentence,
    p: g.Parsed,
    tok: Token,
    rel: Relation,
    trig: Trigger,
    roles: frozenset[str] | None = None,
) -> dict | None:
    """The mentions (or words) that fill each role of ``trig`` at ``tok``; None where a required
    role stays empty. ``roles``: fill and require only these (a quotation's tag needs its speaker
    alone: what was said is the quotation)."""
    filled: dict[str, list] = {}
    for slot, role in trig.slots:
        if roles is not None and role not in roles:
            continue
        if "." in slot and role in filled:
            continue  # a role found inside another slot is a fallback, not one more filler
        toks = slot_tokens(p, tok, trig, slot)
        if role in trig.indefinite:  # "said in a statement", not "in that document"
            toks = [
                t
                for t in toks
                if all(d.lower_ in ("a", "an") for d in t.children if d.dep_ == "det")
            ]
        if not toks:
            continue
        tags = trig.kinds.get(role, rel.roles[role])
        if "text" in tags:
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
            whole = g.text_of(p, toks, without=_predicate_inside(tok, trig, toks) or beside)
            if slot == "object" and not trig.noun and whole is not None:
                whole = wording.object_phrase(p, tok, trig, toks, whole)
            if whole is not None and toks[0].pos_ in ("NOUN", "PROPN"):
                whole = wording.without_time(p, c.source.text, whole)
            spans = (
                _named_list(p, toks)
                or (wording.each_named(p, toks) if role in trig.each else [])
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
        found = g.fillers(p, toks, want, deep=deep, trigger=tok)
        if tags == {"D"}:
            found = [m for m in found if not arguments.topic_of(p, toks, m)]
        if not found and "T" in tags:
            found = g.fillers(p, toks, want | {"S"}, deep=deep, trigger=tok)
        if not found and "S" in tags and "P" not in tags:  # an official acts for the state
            found = g.fillers(p, toks, want | {"P"}, deep=deep, trigger=tok)
        elif deep and "S" in tags and "P" not in tags:
            found += _coordinated_people(p, toks, found)
        if (
            role not in LIST_ROLES
            and len({m.tag for m in found}) > 1
            and not (deep and _doers(found, tags))
        ):  # "Japan's top diplomat Kono": the person
            best = min((m.tag for m in found), key=lambda t: (t not in tags, _TAG_ORDER.index(t)))
            found = [m for m in found if m.tag == best]
        ents = [e for m in found for e in arguments.entities(c, m, tags)] or pronoun(
            c, s, p, toks, tags, role
        )
        if not ents and role == "speaker":  # "officials in Beijing said": its state speaks
            ents = [e for m in g.fillers(p, toks, {"C"}) if (e := state_of(c, m.entity))]
            ents = ents or land_speakers(p, toks)  # "the Hong Kong government said"
        if (
            rel.name == "handover"
            and role == "territory"
            and found
            and all(m.how == "anaphor" for m in found)
        ):
            ents = handed_before(c) or ents  # "those islands": the ones a handover was last told of
        if ents:
            if "T" in tags:
                ents = arguments.whole_for_parts(c, s, ents)
            filled.setdefault(role, [])
            filled[role] += [e for e in ents if e not in filled[role]]
    for (
        role,
        tags,
    ) in rel.roles.items():  # "Essequibo, where Guyana exercises control": the place is the role
        if role not in filled and tags == {"T"}:
            place = arguments.where(p, tok)
            if place:
                filled[role] = place
    for role in trig.implicit - set(
        filled
    ):  # "ships arrived to assert Chinese sovereignty": over what they reached
        if rel.roles[role] == {"T"} and (
            rel.name != "obstructs" or slot_tokens(p, tok, trig, "subject")
        ):
            here = [
                m.entity
                for m in s.masked.mentions
                if m.tag == "T" and m.entity is not None and m.entity.kind in TERRITORY_KINDS
            ]
            terr = here[0] if here else c.disc._territory(plural=False)
            if terr is not None:
                filled[role] = [terr]
        elif rel.roles[role] == {"S"} and (
            succeeded := arguments.succeeded(c, filled.get("state"))
        ):
            filled[role] = succeeded  # "As the successor state, we ...": whom the state succeeds
    if not (required_roles(rel.name) if roles is None else roles) <= set(filled):
        return None
    return filled


def _doers(found: list[Mention], tags: frozenset[str]) -> bool:
    """Whether coordinated people stand among the states found for a role that takes states."""
    return "S" in tags and "P" not in tags and sum(m.tag == "P" for m in found) > 1


def _coordinated_people(p: g.Parsed, toks: list[Token], found: list[Mention]) -> list[Mention]:
    """ "the announcement by Tatar and Erdogan ... to Turkish Cypriot control": coordinated people
    in a phrase whose role takes states each stand for their state, beside the state it names."""
    people = [m for m in g.fillers(p, toks, {"P"}, deep=True) if m not in found]
    return people if len(people) > 1 else []


def _named_list(p: g.Parsed, toks: list[Token]) -> list[tuple[int, int] | str]:
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


def required_roles(rel: str) -> frozenset[str]:
    """The roles a fact of ``rel`` cannot go without (a fact without them says nothing)."""
    relation = next(r for r in load_relations() if r.name == rel)
    return frozenset(relation.roles) - OPTIONAL.get(rel, set())
