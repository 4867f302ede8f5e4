"""Relations read from grammar: the trigger classes of ``data/lexicon/relations.yaml`` over the parse.

Each trigger is a lemma (verb or noun) with the grammatical slots its roles take; this module finds
the triggers in a sentence, fills the roles with the mentions the slots hold (kg.ingest.nlp.grammar),
and records one fact for each combination. Widening a relation is an edit of the data file.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies, lexicon
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.rules import speech
from kg.ingest.nlp.rules.common import (
    Collector,
    balanced,
    last_participants,
    members,
    person_state,
    state_of,
    then_state,
)
from kg.ingest.nlp.triggers import Relation, Trigger, by_lemma
from kg.ingest.nlp.triggers import load as load_relations
from kg.model import Arg, Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Roles that hold several entities at once (one fact for "Japan and Russia signed").
_LIST_ROLES = frozenset({"parties", "participants"})
#: Roles a relation may leave empty (the rest are required: a fact without them says nothing).
_OPTIONAL = {
    "rejectsClaim": {"claimant", "territory"},
    "handover": {"from"},
    "incorporates": {"document", "state"},
    "protests": {"subject"},
    "recognizes": {"as"},
    "suspends": {"reason"},
    "office": {"of"},
}
_TERRITORY_KINDS = ("Island", "IslandGroup", "Territory")
#: Which kind of mention fills a role that takes several, when a phrase holds more than one.
_TAG_ORDER = "PSOTDCX"
#: Plural nouns that name the participants last introduced ("the two leaders agreed").
_GROUPS = frozenset(
    {
        "they",
        "ministers",
        "leaders",
        "sides",
        "participants",
        "delegations",
        "envoys",
        "negotiators",
        "presidents",
        "diplomats",
        "we",
    }
)


def read(c: Collector, s: Sentence) -> None:
    """Every relation of the trigger classes that the sentence's grammar states."""
    p = s.parsed
    if p is None:
        return
    index = by_lemma()
    found = [
        (tok, rel, trig)
        for tok in p.doc
        for rel, trig in index.get(tok.lemma_.lower(), ())
        if trig.noun == (tok.pos_ in ("NOUN", "PROPN")) or (not trig.noun and tok.pos_ == "ADJ")
    ]
    # speech first: "X said that ..." makes what follows X's view (the sentence's reporter)
    for tok, rel, trig in sorted(found, key=lambda x: (x[1].name != "statement", x[0].i)):
        _apply(c, s, p, tok, rel, trig)
    _remember_actor(c, p)


def _remember_actor(c: Collector, p: g.Parsed) -> None:
    """The state or body the sentence is about (its main clause's subject): what "it" will mean."""
    for tok in p.doc:
        if tok.dep_ == "ROOT":
            for subj in g.subjects(tok):
                found = g.fillers(p, [subj], {"S", "O"})
                if found and found[0].entity is not None:
                    c.actor = found[0].entity
                    return


def _office(c: Collector, s: Sentence, filled: dict[str, list]) -> None:
    """An office named in the role phrase ("Russia's foreign minister") becomes what the article
    knows of the person, unless a title already told it."""
    text = _text(c, filled["role"][0])
    found = re.search(rf"\b(?:{lexicon.load().office_pattern})\b", text, re.I)
    if found is None:
        return
    office = c.gz.office(found.group()) or found.group().lower()
    of = next(iter(filled.get("of") or []), None)
    for person in filled["person"]:
        info = c.disc.people.by_key.get(person.key)
        if info is None or (info.office and info.of):
            continue
        info.office = info.office or office
        info.of = info.of or of
        if info.sentence < 0:
            info.sentence = s.index


def _inside_speech(tok: Token, trig: Trigger) -> bool:
    """Whether the speech verb stands in what another one says ("said he would tell him that"),
    not beside it ("reaffirmed the claim but said ...")."""
    node, through_clause = tok, False
    for _ in range(12):
        if node.head == node:
            return False
        through_clause = through_clause or node.dep_ in ("ccomp", "xcomp", "advcl", "relcl")
        node = node.head
        if through_clause and node.lemma_.lower() in trig.lemmas:
            return True
    return False


def _tag_after(tok: Token) -> bool:
    """ "Japan regarded the islands as Soviet, Lavrov said": a tag after a long clause that the
    parser made a conjunct of it (no "and" between) is a tag, as a parenthetical one is."""
    return (
        tok.dep_ == "conj"
        and tok.i > tok.head.i
        and tok.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "cc" and tok.head.i < c.i < tok.i for c in tok.head.children)
    )


def _clause_of(tok: Token) -> Token:
    """The verb of the clause ``tok`` hangs in ("The talks, according to X, stalled": stalled)."""
    node = tok.head
    while node.pos_ not in ("VERB", "AUX") and node.head != node:
        node = node.head
    return node


def _without_tag(p: g.Parsed, tag: Token) -> str:
    """What was said around a speech tag set in its middle, without the tag and its commas."""
    inside = {t.i for t in tag.subtree}
    keep = [
        t
        for t in _clause_of(tag).subtree
        if t.i not in inside and not (t.is_punct and t.i - 1 in inside)
    ]
    words = "".join(
        t.text + (t.whitespace_ if i + 1 < len(keep) and keep[i + 1].i == t.i + 1 else " ")
        for i, t in enumerate(keep)
    )  # the text's own spacing ("Japan-Soviet") where kept
    return re.sub(r"\s+", " ", re.sub(r"\s+([,.;:!?’'])", r"\1", words)).strip(" ,.;:")


def _speaker_state(c: Collector, p: g.Parsed, tok: Token) -> Entity | None:
    """The state of the person a clause above ``tok`` has as its subject."""
    for host in g.ancestors_to_root(tok):
        for subj in g.subjects(host):
            for m in g.fillers(p, [subj], {"P"}):
                state = person_state(c, m.entity)
                if state is not None:
                    return state
    return None


def _subject_above(p: g.Parsed, tok: Token) -> Entity | None:
    for host in g.ancestors_to_root(tok):
        for subj in g.subjects(host):
            if subj == tok or subj.lower_ in ("it", "its"):
                continue
            found = g.fillers(p, [subj], {"S", "O"})
            if found and found[0].entity is not None:
                return found[0].entity
    return None


def _pronoun(
    c: Collector, s: Sentence, p: g.Parsed, toks: list[Token], tags: frozenset[str], role: str
) -> list[Entity]:
    """What "it", "they", "them", "we" stand for, where the mentions do not say."""
    out: list[Entity] = []
    if tags & {"S", "O"}:  # "part of its territory": the possessive inside the phrase
        toks = [
            *toks,
            *(
                x
                for t in toks
                for x in t.children
                if x.dep_ == "poss" and x.lower_ in ("its", "their")
            ),
        ]
    for tok in toks:
        word = tok.lower_
        country = next(
            (
                x
                for x in tok.subtree
                if x.lemma_ in ("country", "nation", "government")
                and any(ch.lower_ in ("his", "her") for ch in x.children)
            ),
            None,
        )
        if country is not None and tags & {
            "S"
        }:  # "Milei reaffirmed his country's claim": Argentina
            state = _speaker_state(c, p, country)
            if state is not None:
                out.append(state)
                continue
        if (
            word == "we"
            and role in _LIST_ROLES
            and s.quote is not None
            or word == "we"
            and len(c.disc.main_states()) == 2
        ):
            out += c.disc.main_states()  # "We have agreed", said by one of the two sides
            continue
        if word in _GROUPS and role in _LIST_ROLES and last_participants(c):
            out += last_participants(c)  # "the ministers agreed": those who just met
            continue
        if "T" in tags and word in ("it", "them", "they"):
            terr = c.disc._territory(plural=word != "it")
            if terr is not None:
                out.append(terr)
        elif tags & {"S", "O"} and word in ("it", "its"):
            above = (
                _subject_above(p, tok) or c.actor
            )  # "the Soviet side declared it was willing to ..."
            if above is not None and above.kind == "Organization" and "O" not in tags:
                above = bodies.owner(
                    c.gz, above
                )  # "the ministry said it would stop": the state acts
            if above is not None:
                out.append(above)
        elif "S" in tags and word in ("we", "they") and role in _LIST_ROLES:
            out += c.disc.main_states()
        elif "S" in tags and word == "both" and len(c.disc.main_states()) == 2:
            out += c.disc.main_states()  # "islands that both of them claim": each of the two
        elif "S" in tags and word == "we" and c.speaker_state is not None:
            out.append(c.speaker_state)
    return out


def _apply(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    if trig.particle and g.particle(tok) not in trig.particle:
        return
    if trig.noun and tok.dep_ == "compound" and tok.head.lemma_.lower() in trig.compound_heads:
        tok = tok.head  # "the successor state of X": the phrase's head carries the roles
    if trig.requires_head and tok.head.lemma_.lower() not in trig.requires_head:
        return
    if trig.modifiers and not any(ch.lemma_.lower() in trig.modifiers for ch in tok.children):
        return
    for (
        prep,
        words,
    ) in trig.requires_prep:  # "putting talks on hold" (wherever the parser hangs "on hold")
        if not any(
            x.lower_ == prep and any(o.lemma_.lower() in words for o in x.subtree)
            for x in tok.subtree
        ):
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
        ):
            return
        # "did not affect Spain's claim": a verb that is no light verb of the noun does not deny it
        own = any(
            ch.dep_ == "neg" or (ch.dep_ == "det" and ch.lower_ == "no") for ch in tok.children
        )
        neg = own or (gov is not None and gov.lemma_ in trig.light and g.negated(gov))
    else:
        neg = g.negated(tok)
    if trig.negated == "skip" and neg:
        return
    if trig.negated == "opposite":
        if not neg:
            return
        neg = False
    mood = g.modal(tok)
    if trig.modal == "skip" and mood:
        return
    objs = (g.objects(tok) or _object_inside_prep(tok, trig)) if not trig.noun else []
    if trig.object_lemmas:
        heads = [*objs, *(x for w in ("from", "out", "of", "for") for x in g.preps(tok, w))]
        if not any(h.lemma_.lower() in trig.object_lemmas for h in heads):
            return
    if trig.object_not and any(
        (m := p.mention(o)) is not None and m.tag in trig.object_not for o in objs
    ):
        return
    filled = _fill(c, s, p, tok, rel, trig)
    if filled is None:
        return
    if rel.name == "handover":
        _handover(c, s, p, tok, trig, filled, neg, mood)
        return
    if rel.name == "office":
        _office(c, s, filled)
        return
    if rel.name == "statement":
        if _inside_speech(tok, trig):
            return  # "said he would tell him that ...": the outer verb is the statement
        if s.quote is None:  # inside a quotation the speaker is the quotation's
            speakers = filled["speaker"]  # "A and B said": one statement of both
            who = speakers[0] if len(speakers) == 1 else tuple(speakers)
            hosted = (
                tok.dep_ == "parataxis"
                or _tag_after(tok)
                or any(slot == "host" for slot, _ in trig.slots)
            )
            said = _without_tag(p, tok) if hosted else None
            speech.record(
                c, s, who, filled["quote_start"][0], f"{trig.rule}:{tok.lemma_.lower()}", said
            )
        return
    _emit(c, s, p, tok, rel.name, trig, filled, neg)


def _slot(p: g.Parsed, tok: Token, trig: Trigger, slot: str) -> list[Token]:
    base = slot.split(".")[0]
    if base == "subject":
        if trig.noun:
            return g.noun_subject(tok)
        subj = g.subjects(tok)
        if (
            tok.dep_ == "acl"
            and subj == [tok.head]
            and tok.head.dep_ in ("dobj", "pobj")
            and not g.fillers(p, subj, {"S", "P", "O", "D"})
        ):
            subj = g.subjects(tok.head.head)  # "issued a commentary saying ...": its issuer says it
        if (
            not subj
            and tok.dep_ == "acl"
            and tok.head.dep_ == "pobj"
            and tok.head.head.head.pos_ in ("VERB", "AUX")
        ):  # "In an order issued in December, the court required ...": the clause's subject
            subj = g.subjects(tok.head.head.head)
        if trig.subject_nouns:
            return [x for x in subj if x.lemma_.lower() in trig.subject_nouns]
        return subj
    if base == "object":
        return g.objects(tok) or _object_inside_prep(tok, trig)
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
        return [_clause_of(tok)] if tok.head != tok else []
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
    if base == "clause":
        return g.clause(tok)
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
        ]
    if base == "complement":  # "declares [the region a new state of Venezuela]": what it is made
        return [
            ch
            for ch in tok.children
            if ch.dep_ in ("ccomp", "oprd", "xcomp", "attr") and ch.pos_ in ("NOUN", "ADJ")
        ]
    if base == "attr":  # "X became prime minister"
        return [ch for ch in tok.children if ch.dep_ in ("attr", "oprd")]
    if (
        base == "ccomp"
    ):  # what was said: the complement clause, never an object ("announced a plan")
        found = [ch for ch in tok.children if ch.dep_ == "ccomp"]
        if not found and (
            tok.dep_ == "parataxis" or _tag_after(tok)
        ):  # "The talks, Kono said, were difficult"
            found = [tok.head]
        return found
    if base == "under":
        return g.under_head(tok)
    if base == "what_self":
        return [tok]
    if base == "rest":
        doers = set(g.subjects(tok))
        return [
            ch
            for ch in tok.children
            if ch not in doers and ch.dep_ not in ("nsubj", "aux", "neg", "punct")
        ]
    if base.startswith("prep_"):
        found = (
            g.preps(tok, base[5:])
            or [  # "made it conditional on ...": on the predicate adjective
                x
                for ch in tok.children
                if ch.dep_ in ("oprd", "acomp", "ccomp") and ch.pos_ == "ADJ"
                for x in g.preps(ch, base[5:])
            ]
        )
        gov = g.governor(tok) if trig.noun else None
        if (
            not found and gov is not None
        ):  # "laid claim to", "provided for the handover of X to Y": on the verb
            found = g.preps(gov, base[5:])
        return found
    raise ValueError(f"unknown slot {slot!r}")


def _object_inside_prep(tok: Token, trig: Trigger) -> list[Token]:
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


def _fill(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> dict | None:
    filled: dict[str, list] = {}
    for slot, role in trig.slots:
        if "." in slot and role in filled:
            continue  # a role found inside another slot is a fallback, not one more filler
        toks = _slot(p, tok, trig, slot)
        if role in trig.indefinite:  # "said in a statement", not "in that document"
            toks = [
                t
                for t in toks
                if all(d.lower_ in ("a", "an") for d in t.children if d.dep_ == "det")
            ]
        if not toks:
            continue
        tags = rel.roles[role]
        if "text" in tags:
            if p.mention(toks[0]) is not None and any(
                other != slot and other.split(".")[0] == slot for other, _ in trig.slots
            ):
                continue  # "protested against Japan": the name fills its own role, no words
            whole = g.text_of(p, toks)
            spans = _named_list(p, toks) or ([whole] if whole is not None else [])
            if spans and role not in filled:
                filled[role] = spans
            continue
        # a state's body stands for the state where only a state can act ("the Turkish Foreign
        # Ministry denounced ..."): bodies are looked for too, and mapped to their state below
        # and a would-be state is a territory where only a territory fits ("controls Abkhazia")
        want = set(tags) | ({"O"} if "S" in tags else set())
        deep = slot == "rest" or "." in slot
        found = g.fillers(p, toks, want, deep=deep)
        if not found and "T" in tags:
            found = g.fillers(p, toks, want | {"S"}, deep=deep)
        if not found and "S" in tags and "P" not in tags:  # an official acts for the state
            found = g.fillers(p, toks, want | {"P"}, deep=deep)
        if (
            role not in _LIST_ROLES and len({m.tag for m in found}) > 1
        ):  # "Japan's top diplomat Kono": the person
            best = min((m.tag for m in found), key=lambda t: (t not in tags, _TAG_ORDER.index(t)))
            found = [m for m in found if m.tag == best]
        ents = [e for m in found for e in _entities(c, m, tags)] or _pronoun(
            c, s, p, toks, tags, role
        )
        if (
            rel.name == "handover"
            and role == "territory"
            and found
            and all(m.how == "anaphor" for m in found)
        ):
            ents = (
                _handed_before(c) or ents
            )  # "those islands": the ones a handover was last told of
        if ents:
            if "T" in tags:
                ents = _whole_for_parts(c, s, ents)
            filled.setdefault(role, [])
            filled[role] += [e for e in ents if e not in filled[role]]
    for (
        role,
        tags,
    ) in rel.roles.items():  # "Essequibo, where Guyana exercises control": the place is the role
        if role not in filled and tags == {"T"}:
            place = _where(p, tok)
            if place:
                filled[role] = place
    for role in trig.implicit - set(
        filled
    ):  # "ships arrived to assert Chinese sovereignty": over what they reached
        if rel.roles[role] == {"T"} and (rel.name != "obstructs" or _slot(p, tok, trig, "subject")):
            here = [
                m.entity
                for m in s.masked.mentions
                if m.tag == "T" and m.entity is not None and m.entity.kind in _TERRITORY_KINDS
            ]
            terr = here[0] if here else c.disc._territory(plural=False)
            if terr is not None:
                filled[role] = [terr]
    if not required_roles(rel.name) <= set(filled):
        return None
    return filled


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
    return frozenset(relation.roles) - _OPTIONAL.get(rel, set())


def _where(p: g.Parsed, tok: Token) -> list[Entity]:
    """The territory a "where" clause describes, when the trigger stands in one."""
    for host in (tok, *g.ancestors_to_root(tok)):
        if host.dep_ == "relcl" and any(ch.lower_ == "where" for ch in host.children):
            return [
                m.entity
                for m in g.fillers(p, [host.head], {"T"})
                if m.entity is not None and m.entity.kind in _TERRITORY_KINDS
            ]
    return []


def _whole_for_parts(c: Collector, s: Sentence, terrs: list[Entity]) -> list[Entity]:
    """ "Kunashir, Iturup, Shikotan and Habomai", all the parts of one group the gazetteer knows, are
    that group (the Southern Kurils), and the text has named its parts; a list that leaves one out,
    or names only two, stays a list."""
    keys = {t.key for t in terrs}
    if len(keys) < 3:  # two islands named are two islands (Shikotan and Habomai were offered alone)
        return terrs
    for whole, parts in sorted(c.gz.parts.items()):
        if keys == set(parts):
            entity = c.gz.get(whole)
            if entity is not None:
                for part in terrs:
                    c.add("partOf", {"part": part, "whole": entity}, s, "listed-parts", 0.7)
                return [entity]
    return terrs


def _entities(c: Collector, m: Mention, tags: frozenset[str]) -> list[Entity]:
    out = []
    for e in m.entities:
        if "T" in tags and m.tag == "S" and "S" not in tags:
            # "which Moscow has controlled": Abkhazia the land, not Abkhazia the would-be state
            e = c.gz.territory_by_name(e.label) or e
            if e.kind not in _TERRITORY_KINDS:
                continue
        if "T" in tags and m.tag == "T" and e.kind not in _TERRITORY_KINDS:
            continue
        if m.tag == "O" and "O" not in tags:
            owner = bodies.owner(c.gz, e)
            if owner is None:
                continue
            e = owner
        if m.tag == "C" and "C" in tags:
            e = state_of(c, e) or e
        if m.tag == "P" and "P" not in tags:
            owner = person_state(c, e)
            if owner is not None and owner.kind != "State":
                owner = bodies.owner(c.gz, owner)  # the ministry's spokesperson: its state
            if owner is None:
                continue
            e = owner
        out.append(e)
    return out


def _emit(
    c: Collector,
    s: Sentence,
    p: g.Parsed,
    tok: Token,
    rel: str,
    trig: Trigger,
    filled: dict[str, list],
    neg: bool,
) -> None:
    date = _date(c, s, p, tok, [v for vs in filled.values() for v in vs if isinstance(v, tuple)])
    singles = {r: v for r, v in filled.items() if r not in _LIST_ROLES}
    names = list(singles)
    for combo in itertools.product(*(singles[r] for r in names)):
        args: dict[str, Arg] = {}
        for role, value in zip(names, combo, strict=True):
            args[role] = _text(c, value) if isinstance(value, tuple) else value
        for role in _LIST_ROLES & set(filled):
            args[role] = tuple(
                dict.fromkeys(
                    then_state(c, e, date) if e.kind == "State" else e for e in filled[role]
                )
            )
        if rel == "rejectsClaim":
            args = _claim_referred(c, args)
        if not _sane(rel, args):
            continue
        met = last_participants(c)
        if date is None and met and set(members(args.get("parties"))) == set(met):
            when = c.of("meeting")[-1].args.get("date")  # "The ministers agreed": when they met
            date = when if isinstance(when, str) else None
        if (
            rel
            in (
                "signed",
                "issued",
                "agreedTo",
                "suspends",
                "protests",
                "recognizes",
                "incorporates",
            )
            and date
        ):
            args["date"] = date
        c.add(rel, args, s, f"{trig.rule}:{tok.lemma_.lower()}", trig.confidence, negated=neg)


_THE_CLAIM = re.compile(r"(?:the|this|that|these|those|such)\s+claims?", re.I)


def _claim_referred(c: Collector, args: dict[str, Arg]) -> dict[str, Arg]:
    """ "Britain rejected the claim", "urged Japan to withdraw the claim": the claim last told of
    (by that claimant, or by anyone but the rejecter)."""
    what = args.get("what")
    if "territory" in args or not isinstance(what, str) or not _THE_CLAIM.fullmatch(what):
        return args
    for claim in reversed(c.of("claims")):
        if claim.negated or claim.args.get("claimant") == args.get("state"):
            continue
        if "claimant" in args and claim.args.get("claimant") != args["claimant"]:
            continue
        more = {k: claim.args[r] for k, r in (("claimant", "claimant"), ("territory", "territory"))}
        return {**args, **{k: v for k, v in more.items() if k not in args}}
    return args


def _sane(rel: str, args: dict[str, Arg]) -> bool:
    """Two roles of one fact are never the same thing ("Japan rejects Japan's claim")."""
    ents = [v for k, v in args.items() if isinstance(v, Entity)]
    if len({e.key for e in ents}) < len(ents):
        return False
    if rel in ("signed", "agreedTo") and len(members(args.get("parties"))) < 2:
        return False  # an agreement is between parties: one named alone is a consent, not a deal
    return True


def _text(c: Collector, span: tuple[int, int]) -> str:
    return balanced(c.source.text[span[0] : span[1]].strip(' ,.;:"“”'))


def _date(
    c: Collector,
    s: Sentence,
    p: g.Parsed,
    tok: Token,
    inside: list[tuple[int, int]] | tuple[()] = (),
) -> str | None:
    """The date of the event: the one nearest the trigger, not one inside what was agreed or said
    ("agreed to speed up talks based on the 1956 declaration" is no event of 1956); where the
    sentence gives none and the verb is in the present perfect ("has struck a deal"), the article's."""
    dates = [
        d
        for d in find_dates(c.source.text, s.span.start, s.span.end, c.ref)
        if not any(a <= d.start < b for a, b in inside)
    ]
    if not dates and s.reporter is not None and s.reporter.key in c.said_on:
        return c.said_on[
            s.reporter.key
        ]  # "The ministry added that it would ...": when it spoke before
    if not dates:
        verb = g.governor(tok) or tok if tok.pos_ == "NOUN" else tok
        perfect = any(
            x.dep_ == "aux" and x.lemma_ == "have" and x.tag_ in ("VBZ", "VBP")
            for x in verb.children
        )
        return c.ref.isoformat() if c.ref and (perfect or verb.tag_ in ("VBZ", "VBP")) else None
    pos = p.offset + tok.idx
    verb = g.governor(tok) or tok if tok.pos_ == "NOUN" else tok
    start, end = p.span([verb.left_edge, verb.right_edge])
    own = [d for d in dates if start <= d.start < end]  # "signed in 1945, and X was proclaimed ..."
    return min(own or dates, key=lambda d: abs(d.start - pos)).iso


# -- handovers: done, or promised ------------------------------------------------------------------


def _handover(
    c: Collector,
    s: Sentence,
    p: g.Parsed,
    tok: Token,
    trig: Trigger,
    filled: dict[str, list],
    neg: bool,
    mood: bool,
) -> None:
    doc = _document_around(p, tok)
    if neg and mood and doc is None:
        return  # "Britain will never hand Gibraltar to Spain": a refusal, neither a promise nor a deed
    cond_docs = {
        m.entity.key
        for _, cl in g.conditions(tok)
        if cl is not None
        for t in cl.subtree
        if (m := p.mention(t)) is not None and m.tag == "D" and m.entity is not None
    }
    if doc is None and mood:  # "... would return them": the document the article is telling of
        doc = next(
            (
                d
                for d in reversed(c.disc.documents)
                if d.key not in cond_docs
                and c.disc.named_at.get(d.key, s.span.start) < s.span.start
            ),
            None,
        )
    date = doc.date if doc is not None else _date(c, s, p, tok)
    for terr in filled["territory"]:
        for to in filled["to"]:
            for frm in filled.get("from") or [None]:
                if to.kind != "State" or frm == to:
                    continue
                if (
                    frm is None and doc is not None
                ):  # "would go to Japan": from whoever held it then
                    holder = c.gz.get(c.gz.holder.get(terr.key, "") or "")
                    frm = holder if holder is not None and holder != to else None
                frm2 = then_state(c, frm, date) if frm is not None and frm.kind == "State" else frm
                to2 = then_state(c, to, date)
                if doc is not None:
                    _promise(
                        c,
                        s,
                        f"{trig.rule}:{tok.lemma_.lower()}",
                        trig.confidence,
                        neg,
                        doc,
                        terr,
                        frm2,
                        to2,
                        _condition(c, p, tok),
                    )
                elif not mood:
                    c.add(
                        "handedOverTo",
                        {"territory": terr, "to": to2, "from": frm2, "date": date},
                        s,
                        f"{trig.rule}:{tok.lemma_.lower()}",
                        trig.confidence,
                        negated=neg,
                    )


def _handed_before(c: Collector) -> list[Entity]:
    """The territories of the latest handover the article told of (promised or done)."""
    for f in reversed(c.facts):
        if f.rel in ("promisesHandover", "handedOverTo") and isinstance(
            f.args.get("territory"), Entity
        ):
            first = f.evidence.start
            return [
                t
                for x in c.facts
                if x.rel == f.rel
                and x.evidence.start == first
                and isinstance(t := x.args.get("territory"), Entity)
            ]
    return []


def _promise(
    c: Collector,
    s: Sentence,
    rule: str,
    conf: float,
    neg: bool,
    doc: Entity,
    terr: Entity,
    frm: Entity | None,
    to: Entity,
    cond: str | None,
) -> None:
    """A document's handover. Told again with its condition ("adding that Tokyo would get control
    after a treaty was signed"), the promise gains the condition; promised earlier by another
    document and now made conditional ("a later memorandum said they would only be handed over
    if ..."), it is the later document's condition on that promise."""
    earlier = [
        f
        for f in c.of("promisesHandover")
        if f.args.get("territory") == terr and f.args.get("to") == to
    ]
    same = [f for f in earlier if f.args.get("document") == doc]
    if same and cond and not same[0].args.get("condition"):
        old = same[0]
        c.replace(old, replace(old, args={**old.args, "condition": cond}))
        return
    if cond and earlier and not same:
        what = f"handover of {terr.label} to {to.label}"
        c.add(
            "conditionedOn",
            {"document": doc, "condition": cond, "what": what, "territory": terr, "to": to},
            s,
            rule,
            conf,
            negated=neg,
        )
        return
    c.add(
        "promisesHandover",
        {
            "document": doc,
            "territory": terr,
            "from": frm or (same[0].args.get("from") if same else None),
            "to": to,
            "condition": cond,
        },
        s,
        rule,
        conf,
        negated=neg,
    )


def _document_around(p: g.Parsed, tok: Token) -> Entity | None:
    """The document that states a handover: the subject of a verb above it ("the declaration
    provided for the handover"), or the object of "under"/"according to"/"in" there."""
    for host in (tok, *g.ancestors_to_root(tok)):
        slots = [
            *g.subjects(host),
            *(x for w in ("under", "to", "in", "by") for x in g.preps(host, w)),
        ]
        for m in g.fillers(p, slots, {"D"}):
            if m.entity is not None:
                return m.entity
    return None


def _condition(c: Collector, p: g.Parsed, tok: Token) -> str | None:
    for marker, clause in g.conditions(tok):
        if clause is None:
            continue
        span = g.text_of(p, [clause])
        if span is None:
            continue
        lead = [
            t
            for t in clause.subtree
            if t.dep_ in ("mark", "advmod", "cc", "punct")
            and t.head == clause
            and t.i < clause.i
            and t.lower_ in ("only", "though", "although", "even", "that", ",", *g._CONDITION_MARKS)
        ]
        if lead:  # "though only once a treaty is signed": the condition is what follows the markers
            span = (p.offset + p.doc[max(t.i for t in lead) + 1].idx, span[1])
        text = _text(c, span)
        if marker.lower_ in ("on", "upon"):
            text = text.removeprefix("condition that").removeprefix("condition").strip()
        return text or None
    return None
