"""Grammatical roles over spaCy's dependency parse: subject, object, prepositional object, clause,
through the passive, relative clauses, participles, control verbs and light verbs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from kg.ingest.nlp.grammar.addressed import addressed_sender
from kg.ingest.nlp.grammar.displaced_roles import infinitive_owner, object_past_insertion
from kg.ingest.nlp.grammar.misreads import (
    aux_subjects,
    fronted_clause_misread,
    gapped_relative,
    misread_verb,
    names_read_as_adverbial,
    object_past_adjective,
    object_phrase_misread,
)
from kg.ingest.nlp.grammar.participle_misreads import (
    contact_relative,
    fronted_noun,
    more_agents,
    stray_agent,
)
from kg.ingest.nlp.grammar.phrase_relatives import acted_noun
from kg.ingest.nlp.grammar.ranked import ranked_host
from kg.ingest.nlp.grammar.relatives import (
    agreeing,
    apposed,
    described,
    relative_clause,
    resolve_relative,
)
from kg.ingest.nlp.grammar.voice import agent_only, is_passive, passive_partner
from kg.ingest.nlp.grammar.words import PASS_SUBJ, SUBJ, SUBORDINATORS
from kg.paths import DATA_DIR, read_yaml

#: Verbs whose object does what their infinitive says ("urged Tokyo to ...", "asked Moscow to ...").
_OBJECT_CONTROL = frozenset(read_yaml(DATA_DIR / "lexicon" / "mood.yaml")["object_control"])


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
        and t.head.head.lemma_.lower() not in _OBJECT_CONTROL
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
            and t.head.head.lemma_.lower() in _OBJECT_CONTROL
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
        if t.head.lemma_.lower() in _OBJECT_CONTROL and (
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
    if t.lemma_.lower() in _OBJECT_CONTROL:  # "obliges each government to notify ...", parsed
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
    if t.dep_ == "relcl" and not any(c.dep_ in ("dobj", "obj") for c in t.children):
        return [described(t.head)]  # "the islands (that) Japan claims"
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
    return _relative_past_adjective(t)


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


def clause_of(tok: Token) -> Token:
    """The verb of the clause ``tok`` hangs in ("The talks, according to X, stalled": stalled)."""
    node = tok.head
    while node.pos_ not in ("VERB", "AUX") and node.head != node:
        node = node.head
    return node
