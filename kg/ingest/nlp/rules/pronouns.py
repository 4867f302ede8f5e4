"""What "it", "they", "them", "we", "both" and "his country" stand for where no mention says."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies, lexicon
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules import office_groups
from kg.ingest.nlp.rules.actor_bodies import actor_body, dateline_state
from kg.ingest.nlp.rules.common import (
    Collector,
    last_participants,
    person_state,
)
from kg.ingest.nlp.rules.conjoined_subject import conjoined_subject_land
from kg.ingest.nlp.rules.document_refs import (
    PLURAL_DOCUMENT_PRONOUNS,
    document_does,
    document_it,
    plural_name,
    told_as_documents,
)
from kg.ingest.nlp.rules.groups import groups
from kg.ingest.nlp.rules.joint_speakers import joint_speakers, people_named
from kg.ingest.nlp.rules.pronoun_lands import land_pronoun, told_land
from kg.ingest.nlp.rules.protested import protested
from kg.ingest.nlp.rules.quoting_states import quoting_state
from kg.ingest.nlp.rules.unnamed import unnamed_voice
from kg.ingest.nlp.rules.we_met import their_states as _their_states
from kg.ingest.nlp.rules.we_met import we_who_met
from kg.ingest.nlp.segment import quotes
from kg.ingest.nlp.triggers import JOINT_ROLES, LIST_ROLES, possessor_of_each
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token


def _who_met(c: Collector, word: str) -> tuple[Entity, ...]:
    """Who a group word names as parties: those of the latest meeting; for "the two leaders"
    where none was told, the two people last named together ("Lasso and Castillo have traded
    barbs ... The two leaders agreed")."""
    met = last_participants(c)
    if met or word not in groups().people:
        return met
    named = c.named_together
    return named if len(named) == 2 and all(e.kind == "Person" for e in named) else ()


def group(c: Collector, tok: Token) -> tuple[Entity, ...]:
    """The participants last introduced, where ``tok`` names them as a group ("they concluded"):
    of the latest meeting, else the people last named together."""
    return (last_participants(c) or c.named_together) if tok.lower_ in groups().every else ()


def _speaker_state(c: Collector, p: g.Parsed, tok: Token) -> Entity | None:
    """The state of the person a clause above ``tok`` has as its subject."""
    for host in g.ancestors_to_root(tok):
        for subj in g.subjects(host):
            for m in g.fillers(p, [subj], {"P"}):
                state = person_state(c, m.entity)
                if state is not None:
                    return state
            if subj.pos_ == "NOUN":  # "Chile's foreign minister said his country ...": unnamed
                for m in g.fillers(p, [subj], {"S"}):
                    if m.entity is not None and m.entity.kind == "State":
                        return m.entity
    return None


def _quoted(c: Collector, s: Sentence, p: g.Parsed, tok: Token) -> bool:
    """Whether ``tok`` stands inside a quotation of its sentence."""
    at = p.offset + tok.idx
    return any(q.start <= at < q.end for q in quotes(c.source.text, s.span))


def _subject_above(p: g.Parsed, tok: Token) -> Entity | None:
    """The nearest named subject above ``tok``; never the noun a relative clause holding ``tok``
    describes ("drawn by Britain, which it has condemned": "it" is not Britain), unless ``tok`` is
    a possessive of which that noun is the subject ("Argentina, which considers X its own")."""
    described = {h.head.i for h in (tok, *g.ancestors_to_root(tok)) if h.dep_ == "relcl"}
    owner = tok.dep_ == "poss"  # "Argentina, which considers X part of its territory": Argentina's
    # "Argentina says Britain seized them from it": "it" is not the seizer (a pronoun its own
    # clause's subject would be "itself"), so the search starts above that clause
    hosts = list(g.ancestors_to_root(tok))
    if tok.dep_ in ("dobj", "pobj", "dative"):
        own = next((i for i, h in enumerate(hosts) if h.pos_ in ("VERB", "AUX")), None)
        hosts = hosts[own + 1 :] if own is not None else hosts
    for host in hosts:
        if _predicate_of(host, tok):
            continue  # "Taiwan is part of its territory": "its" is not what the clause describes
        for subj in g.subjects(host):
            if subj == tok or subj.lower_ in ("it", "its") or subj.i in described and not owner:
                continue
            found = g.fillers(p, [subj], {"S", "O"})
            if found and found[0].entity is not None:
                return found[0].entity
    return None


def _state_before(p: g.Parsed, tok: Token) -> Entity | None:
    """The last state the sentence names before a possessive "its" where no subject above says
    whose ("Azerbaijan retook Karabakh, which is recognised as part of its territory" misparsed):
    nearer than the state that acted sentences before; never the noun a relative clause
    holding ``tok`` describes."""
    described = {h.head.i for h in (tok, *g.ancestors_to_root(tok)) if h.dep_ == "relcl"}
    named = [
        m.entity
        for x in tok.doc[: tok.i]
        if x.i not in described
        and (m := p.mention(x)) is not None
        and m.tag == "S"
        and m.entity is not None
        and m.entity.kind == "State"
    ]
    return named[-1] if named else None


def _states_above(p: g.Parsed, tok: Token) -> list[Entity]:
    """ "Botswana and Namibia agreed ..., years after the court settled their dispute": "their" is
    the nearest subject above that names two states or more (not "the court" between)."""
    for host in g.ancestors_to_root(tok):
        for subj in g.subjects(host):
            if subj.i == tok.i:
                continue
            named = [e for m in g.fillers(p, [subj], {"S"}) for e in m.entities]
            if len(named) >= 2:
                return named
    return []


def _objects_before(p: g.Parsed, tok: Token) -> list[Entity]:
    """ "The ruling required Mali and Burkina Faso to withdraw ..., and ordered them to appoint
    experts": an object "them" of a verb joined to an earlier one is the states (two or more)
    that verb's object names."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.dep_ != "conj" or verb.head.i > verb.i:
        return []
    before = verb.head
    if not _state_objects(p, before):
        before = before.head  # "obliged A and B to pull back and required them": hung on "pull"
    named = _state_objects(p, before)
    return named if len(named) >= 2 else []


def _state_objects(p: g.Parsed, verb: Token) -> list[Entity]:
    return [e for m in g.fillers(p, g.objects(verb), {"S"}) for e in m.entities]


def _predicate_of(host: Token, tok: Token) -> bool:
    """Whether ``tok`` stands in what ``host``'s clause says its subject is: a noun predicate
    ("considers Taiwan [part of its territory]") or a copula's complement ("Taiwan is [part of
    its territory]"). A possessive there never refers to that subject."""
    if host.pos_ in ("NOUN", "PROPN"):
        return True
    return host.lemma_ in ("be", "become", "remain") and any(
        ch.dep_ in ("attr", "acomp") and tok in ch.subtree for ch in host.children
    )


#: The roles of a state's act that its ministry takes for it (a protest's party, a note's).
_STANCE_DOERS = frozenset({"party"})


def pronoun(
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
        if tags == {"D"} and word == "it":  # '"The award is binding, and we will never abandon it"'
            out += document_it(c, s, p, tok)
            continue
        if tags == {"D"} and word in PLURAL_DOCUMENT_PRONOUNS:  # "... treaties. They were signed"
            plural = told_as_documents(p, tok)  # "the documents ... before they take effect"
            out += [d for d in document_it(c, s, p, tok) if plural or plural_name(d)]
            continue
        if role == "speaker" and "O" in tags and (body := actor_body(c, p, tok)) is not None:
            out.append(body)  # "Japan protested. The foreign ministry said ...": Japan's
            continue
        if role in _STANCE_DOERS and "S" in tags and (body := actor_body(c, p, tok)) is not None:
            if (state := bodies.owner(c.gz, body)) is not None:  # "The foreign ministry called in
                out.append(state)  # France's ambassador": the state the ministry acts for
                continue
        if role == "speaker" and word in ("he", "she") and (voice := unnamed_voice(c, s.index)):
            out.append(voice)  # "Chile's foreign minister said ... He added": Chile
            continue
        if role in JOINT_ROLES and (joint := joint_speakers(c, s, tok)):
            out += joint  # "the two leaders said": one statement of both
            continue
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
            and "S" in tags
            and role not in LIST_ROLES
            and s.quote is not None
            and (ours := person_state(c, s.reporter)) is not None
            and (ours.kind != "Organization" or bodies.owner(c.gz, ours) is not None)
        ):  # (a ministry no state owns says nothing of whose "we": read below)
            out.append(ours)  # '"We have never rejected it," Lavrov said': the speaker's state
            continue
        # 'described Dokdo as "our inherent territory"', '"It belongs to us," "It is ours"',
        # 'regarded it as "the foundation of our relationship, and we remain committed to it"':
        # the state of whoever says it, or of the reporting subject
        if (word == "our" or word in ("we", "us", "ours") and _quoted(c, s, p, tok)) and (
            "S" in tags and role not in LIST_ROLES
        ):
            ours = _speaker_state(c, p, tok)
            if ours is not None and ours.kind == "Organization":
                ours = bodies.owner(c.gz, ours)  # a ministry's spokesperson: the state's
            if ours is None and word != "our":  # an unowned ministry's: the state his words are of
                ours = _subject_above(p, tok)  # ("Seoul regarded X as '..., and we remain ...'")
                ours = ours if ours is not None and ours.kind == "State" else None
            if ours is None and word != "we" and _quoted(c, s, p, tok):
                ours = quoting_state(
                    c, s, p.offset + tok.idx
                )  # '"X is our territory," spokesperson Kim said'
            if ours is not None:
                out.append(ours)
                continue
        if word == "we" and role in LIST_ROLES and (with_met := we_who_met(c, s, p, tok, tags)):
            out += with_met  # '"We agreed ...," X said after the talks': X, whom X met, states
            continue
        if (
            word == "we"
            and role in LIST_ROLES
            and (s.quote is not None or len(c.disc.main_states()) == 2)
        ):  # "We have agreed", said by one of the two sides; never both for a role of one party
            out += c.disc.main_states()  # ('"We are bound by it," X said': X's side alone)
            continue
        if (
            word in groups().every | groups().states
            and role in LIST_ROLES
            and (met := office_groups.holders(c, s, tok, _who_met(c, word)))
        ):  # "the ministers (the two governments) agreed": those who just met (their states), or
            # the two leaders named together;
            if "P" not in tags:  # "the two leaders signed the accord": only states sign, theirs
                out += _their_states(c, met)
                continue
            out += (_their_states(c, met) if word in groups().states else []) or met  # "both sides"
            continue
        if "T" in tags and land_pronoun(tok):
            terr = conjoined_subject_land(p, tok, plural=word in ("them", "they")) or told_land(
                c, p, tok, plural=word in ("them", "they")
            )
            if terr is not None:
                out.append(terr)
        elif (
            role == "speaker"
            and word == "it"
            and c.document_subject is not None
            and c.document_subject >= s.index - 1
        ):
            continue  # "The white paper hardens its language. It says ...": the document's words
        elif tags & {"S", "O"} and word in ("it", "its"):
            if document_does(c, s, p, tok):
                continue  # "The accord was signed ..., and it recognised X": the accord's
            above = (  # "the Soviet side declared it was willing to ..."
                protested(c, p, tok)  # "a protest with Japan over its claim": Japan's
                or _subject_above(p, tok)
                or (_state_before(p, tok) if word == "its" else None)
                or c.actor
            )
            if above is not None and above.kind == "Organization" and "O" not in tags:
                above = bodies.owner(
                    c.gz, above
                )  # "the ministry said it would stop": the state acts
            if above is not None:
                out.append(above)
        elif (
            "S" in tags
            and word == "government"
            and [ch.lower_ for ch in tok.children] == ["the"]
            and (theirs := _speaker_state(c, p, tok)) is not None
        ):  # "Dominica's foreign minister said the government had sent a note": his state's
            out.append(theirs)
        elif (
            role == "speaker"
            and (word == "government" or tok.lemma_.lower() in lexicon.load().state_nouns)
            and tok.tag_ == "NN"
            and (actor := (dateline_state(c) if word == "government" else None) or c.actor)
            and [ch.lower_ for ch in tok.children if ch.dep_ == "det"] == ["the"]
            and all(ch.dep_ in ("det", "amod", "compound", "punct", "relcl") for ch in tok.children)
        ):  # "the UK government announced ... According to the government": the state last acting;
            # "Bhutan welcomed it. The Himalayan kingdom has said ...": Bhutan; "TOKYO (Kyodo) --
            # ..., the government said": the bureau's, as an unowned ministry (rules/actor_bodies.py),
            # in the lead too, where no state has acted yet
            out.append(actor if actor.kind == "State" else bodies.owner(c.gz, actor) or actor)
        elif "S" in tags and word == "they" and (named := _states_above(p, tok)):
            out += named  # "Bosnia and Serbia say they remain bound by it": the pair that says so
        elif "S" in tags and word == "them" and (named := _objects_before(p, tok)):
            out += named  # "required A and B to withdraw, and ordered them to ...": A and B
        elif "S" in tags and word in ("we", "they") and role in LIST_ROLES:
            out += c.disc.main_states()
        elif (
            "S" in tags and word == "their" and (role in LIST_ROLES or possessor_of_each(tok, role))
        ):
            out += _states_above(p, tok) or (  # "years after the court settled their dispute"
                c.disc.main_states() if len(c.disc.main_states()) == 2 else []
            )
        elif (
            "S" in tags
            and ("P" not in tags or not people_named(c))
            and word in groups().people
            and role in LIST_ROLES
            and (len(c.disc.pair_in_play()) == 2 or _their_states(c, c.named_together))
        ):  # "the two foreign ministers signed the accord", where only states sign, or "Japan and
            # China held talks. The two leaders agreed", where no people were named: the two sides
            out += (
                _their_states(c, last_participants(c) or c.named_together) or c.disc.pair_in_play()
            )
        elif "S" in tags and word == "both" and len(c.disc.pair_in_play()) == 2:
            out += c.disc.pair_in_play()  # "islands that both of them claim": each of the two
        elif "S" in tags and word == "we" and c.speaker_state is not None:
            out.append(c.speaker_state)
    return out
