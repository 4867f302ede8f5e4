"""Grammatical roles over spaCy's dependency parse: subject, object, prepositional object, clause,
through the passive, relative clauses, participles, control verbs and light verbs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from kg.ingest.nlp.grammar.addressed import addressed_sender
from kg.ingest.nlp.grammar.displaced_roles import infinitive_owner
from kg.ingest.nlp.grammar.misreads import (
    aux_subjects,
    fronted_clause_misread,
    misread_verb,
    names_read_as_adverbial,
)
from kg.ingest.nlp.grammar.participle_misreads import (
    contact_relative,
    more_agents,
    stray_agent,
)
from kg.ingest.nlp.grammar.ranked import ranked_host
from kg.ingest.nlp.grammar.relatives import (
    agreeing,
    apposed,
    resolve_relative,
)
from kg.ingest.nlp.grammar.voice import is_passive, passive_partner
from kg.ingest.nlp.grammar.words import SUBJ, SUBORDINATORS
from kg.paths import DATA_DIR, read_yaml

#: Verbs whose object does what their infinitive says ("urged Tokyo to ...", "asked Moscow to ...").
OBJECT_CONTROL = frozenset(read_yaml(DATA_DIR / "lexicon" / "mood.yaml")["object_control"])


#: Verbs whose object does what the gerund after "of" or "for" says ("accused Japan of occupying",
#: "blamed Kyiv for shelling", "praised Oslo for hosting"): the object is its doer.
_OBJECT_OF_GERUND = frozenset(
    {
        "accuse",
        "blame",
        "charge",
        "suspect",
        "criticise",
        "criticize",
        "condemn",
        "fault",
        "praise",
        "commend",
        "thank",
        "punish",
    }
)


def _before_hyphen(t: Token) -> list[Token]:
    """ "the Russian-held island": the doer is the word before the hyphen."""
    return [
        c
        for c in t.children
        if c.i < t.i
        and c.dep_ in ("npadvmod", "compound", "nmod", "advmod", "amod")
        and c.i + 1 < len(t.doc)
        and t.doc[c.i + 1].text == "-"
    ]


def _name_before_tag(t: Token) -> Token | None:
    """ "Kim, the ministry's spokesperson, said South Korea protests ...", parsed with "said" a
    parenthesis of "protests" and the name hung on that verb: the name opening the sentence, with
    only its own words and commas before the tag, is who said it."""
    for sib in t.head.children:
        if sib.i >= t.i or sib.pos_ != "PROPN" or sib.dep_ in SUBJ:
            continue
        between = t.doc[sib.right_edge.i + 1 : t.i]
        if sib.left_edge.i == t.sent.start and all(x.is_punct for x in between):
            return sib
    return None


def _denied(by: Token) -> bool:
    """ "Kosovo is recognised by 100 countries, though not by Serbia": a by-phrase under "not" names
    those who did not do it ("not only by A" still names A)."""
    return any(c.dep_ == "neg" for c in by.children) and not any(
        c.lower_ in ("only", "just", "merely") for c in by.children
    )


#: Tags of a verb that carries its own subject (not an infinitive or a participle).
_FINITE = frozenset({"VBZ", "VBD", "VBP"})


def subjects(t: Token) -> list[Token]:
    """The doer of ``t``: its subject, or the by-phrase of a passive, or where the subject is shared."""
    contact = contact_relative(t)  # "the accord A and B signed"
    if contact is not None:
        return [contact]
    if (sender := addressed_sender(t)) is not None:  # "sent a note to China protesting ..."
        return subjects(sender)
    if is_passive(t):
        agents = [
            g
            for c in t.children
            if c.dep_ == "agent" and not _denied(c)  # "though not by Serbia": those who did not
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if agents:
            return agents + more_agents(t)
        stray = stray_agent(t)  # "The declaration, signed on May 2, by A and B, ..."
        if stray:
            return stray
        return _before_hyphen(t) if t.dep_ in ("amod", "acl") else []
    own = [c for c in t.children if c.dep_ in SUBJ]
    own = fronted_clause_misread(t, own) or aux_subjects(t, SUBJ)
    if own:  # "X, an atoll that belongs to Y": past the apposition the pronoun's noun is in
        return [agreeing(apposed(r), s) if (r := resolve_relative(s)) is not s else s for s in own]
    if t.pos_ == "VERB" or misread_verb(t):
        # "which Guyana administers", "The United States denounces": the name read as a compound
        named = [  # "Nepal disputes ...", "Nepal" read as an adjective of the verb
            c
            for c in t.children
            if c.i < t.i
            and (  # "which both A and B claim": the names as the noun's modifiers
                (c.dep_ in ("compound", "nmod") and (c.pos_ == "PROPN" or c.is_title))
                or (c.dep_ == "amod" and c.is_title)
            )
        ]
        if named:
            return named
        finite = t.tag_ in _FINITE or any(a.dep_ == "aux" and a.tag_ in _FINITE for a in t.children)
        opener = names_read_as_adverbial(t) if finite else []  # "Malaysia, he said, did not ..."
        if opener:
            return opener
    if t.dep_ in ("amod", "acl") and t.tag_ == "VBN":
        return _before_hyphen(t)
    if (
        t.dep_ == "relcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        and t.head.dep_ in ("dobj", "obj")
        and t.head.head.lemma_.lower() not in OBJECT_CONTROL
    ):  # "summoned a diplomat to protest", parsed as "a diplomat to protest": a purpose
        return subjects(t.head.head)
    if (
        t.dep_ == "relcl"
    ):  # "Japan, which claims ...": the pronoun; "the first state to sign": the copula's
        return subjects(host) if (host := ranked_host(t)) is not None else []
    if t.dep_ == "parataxis" and t.head != t:
        tagged = _name_before_tag(t)
        if tagged is not None:
            return [tagged]
    if (owner := infinitive_owner(t)) is not None:  # "Israel's decision to recognise X"
        return [owner]
    if t.dep_ == "acl" and t.tag_ == "VBG":  # "an order requiring Venezuela to ...": the order does
        before = t.doc[t.i - 1] if t.i else t
        if before.dep_ == "pobj" and before.head.lower_ == "with":
            return [before]  # "ended with Britain retaking the islands", read as "a war retaking"
        return [apposed(t.head)]  # "X, a cluster of islets belonging to Y": X
    if t.dep_ in ("xcomp", "conj", "advcl", "acomp", "attr", "oprd", "pcomp") and t.head != t:
        if (
            t.dep_ == "advcl"
            and any(c.dep_ == "mark" for c in t.children)
            and t.tag_ not in ("VBG", "VBN")
        ):
            return []  # "if Japan ...": a clause with its own marker has its own subject ("while saying": not)
        if t.dep_ == "pcomp":
            host = t.head.head
            if host == t.head or _expletive(host):
                return []  # "Without recognising X it is impossible to ...": nobody in particular
            if t.head.lower_ == "into" or (  # "Japan was pushed into shelving it"
                t.head.lower_ in ("of", "for") and host.lemma_.lower() in _OBJECT_OF_GERUND
            ):
                told = [c for c in host.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
                if told:  # "accused France of occupying X", "France was accused of ...": France
                    return [resolve_relative(x) for x in told]
            return subjects(host)
        if (
            t.dep_ == "advcl"
            and t.tag_ == "VBG"
            and t.i > 0
            and t.doc[t.i - 1].text == ","
            and t.head.dep_ == "xcomp"
            and t.head.head.lemma_.lower() in OBJECT_CONTROL
        ):  # "urged Japan to withdraw it, calling it unjust": the urger calls it so
            return subjects(t.head.head)
        if (
            t.dep_ == "advcl"
            and t.tag_ == "VBG"
            and t.doc[t.i - 1].text == ","
            and t.head.dep_ == "ccomp"
            and t.right_edge.i >= t.head.right_edge.i - 1
        ):  # "told reporters that the cities were Spanish, rejecting the claim": a participle that
            return subjects(t.head.head)  # closes the reported clause is the teller's act
        if t.dep_ == "advcl" and t.head.pos_ in ("PROPN", "NOUN") and t.tag_ in _FINITE:
            return [t.head]  # "Russia, as X's successor, remains bound ..., Y said": misparsed
        if (
            t.dep_ == "conj"
            and t.tag_ in _FINITE
            and t.head.tag_ == "VB"
            and t.head.dep_ == "xcomp"
        ):
            # "commits A to recognise X and requires B to ...": a finite verb the parser joined to
            # the infinitive is joined to the infinitive's governor, and shares its subject
            return subjects(t.head.head)
        if t.dep_ == "conj":
            misread = _clause_subject_misread(t)
            if misread is not None:
                return [misread]
        if t.head.lemma_.lower() in OBJECT_CONTROL and (
            t.dep_ == "xcomp"
            or t.dep_ == "advcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        ):
            told = [c for c in t.head.children if c.dep_ in ("dobj", "obj")] or [
                o
                for c in t.head.children
                if c.dep_ == "prep" and c.lower_ == "on"
                for o in c.children
                if o.dep_ == "pobj"
            ]  # "called on Argentina to drop"
            if told:  # "urged Tokyo to take the claims back": Tokyo is to take them
                return [resolve_relative(x) for x in told]
        if t.dep_ == "xcomp" and _expletive(t.head):
            return []  # "it is hard to make progress": the "it" is the clause, no doer
        if t.dep_ == "xcomp" and is_passive(t.head):  # "X is scheduled to meet Y", "Tokyo was
            told = [c for c in t.head.children if c.dep_ == "nsubjpass"]  # urged to ...": X, Tokyo
            if told:
                return [resolve_relative(x) for x in told]
        return [resolve_relative(x) for x in passive_partner(t)] or subjects(t.head)
    return []


def _expletive(t: Token) -> bool:
    """ "it is impossible to move forward": an "it" standing for the clause extraposed after the
    predicate, not for anything the text named."""
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in t.children) and any(
        c.dep_ in ("acomp", "attr")
        and any(x.dep_ in ("xcomp", "ccomp") for x in (*c.children, *t.children))
        for c in t.children
    )


def _clause_subject_misread(t: Token) -> Token | None:
    """ "summoned a diplomat after Tokyo again laid claim to ...": the parser may make "laid" a
    conjunct of "summoned" (no "and" between) and "Tokyo" the object of "after"; the clause's
    subject is then the noun right before the verb."""
    if any(c.dep_ == "cc" and t.head.i < c.i < t.i for c in t.head.children):
        return None
    i = t.i - 1
    while i >= 0 and t.doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    before = t.doc[i] if i >= 0 else None
    if (
        before is not None
        and before.dep_ == "pobj"
        and before.head.lower_ in SUBORDINATORS
        and before.pos_ in ("PROPN", "NOUN", "PRON")
    ):
        return before
    return None


def clause_of(tok: Token) -> Token:
    """The verb of the clause ``tok`` hangs in ("The talks, according to X, stalled": stalled)."""
    node = tok.head
    while node.pos_ not in ("VERB", "AUX") and node.head != node:
        node = node.head
    return node
