"""Misreadings of the small English model that grammar can tell, and how to read past them.

The parser sometimes tags a word of a name as a verb ("the Habomai islets"), a verb as a noun ("The
United States denounces ..."), hangs a conjunct on the verb instead of the object's phrase, or takes
a relative clause for a passive's subject. Each reading here is a rule of English grammar (a noun
takes no object, a name is no verb, a transitive verb with no object after "that" is a relative
clause), never a word list: kg.ingest.nlp.grammar.roles and .parsed read the parse through them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.hung_places import place_after
from kg.ingest.nlp.grammar.kept_tokens import tokens
from kg.ingest.nlp.grammar.words import COMPLEMENTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.ingest.nlp.mentions import Mention


def misread_verb(t: Token) -> bool:
    """A word tagged as a noun that takes a direct object is a verb ("The United States denounces
    the announcement", read as a compound "States denounces"): nouns have no objects."""
    return t.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("dobj", "obj") for c in t.children)


def object_phrase_misread(verb: Token, obj: Token) -> list[Token]:
    """What the parser hung on the verb that belongs to its object's phrase: "condemns the
    announcement by A, the X leader, and B, the Y president, regarding ...", with "and B" (a name
    with no verb of its own) a conjunct of the verb, "by A" the agent of an active verb, or the
    members "among them" names."""
    return [
        c
        for c in verb.children
        if c.i > obj.i
        and (
            c.dep_ == "conj"
            and c.pos_ == "PROPN"
            and any(x.dep_ == "cc" and obj.i < x.i < c.i for x in verb.children)
            and not any(x.dep_ in ("nsubj", "nsubjpass", "aux") for x in c.children)
            or c.dep_ == "agent"
            and c.i == obj.right_edge.i + 1
            or _among_them(c)
        )
    ]


def _among_them(prep: Token) -> bool:
    """ "controls seven reefs, among them Subi Reef", parsed with "among them Subi Reef" hung on
    the verb: "among them" names members of the object, as "including" does."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "among"
        and any(x.lower_ == "them" and x.dep_ == "pobj" for x in prep.children)
    )


#: Prepositions a noun of stance takes for what it is about ("claim to", "sovereignty over").
_ABOUT = frozenset({"to", "over", "on", "of", "by"})  # "protested the incursion by Britain"


def noun_prep_misread(verb: Token, obj: Token) -> list[Token]:
    """ "dismissed China's claim to Scarborough Shoal", parsed with "to Scarborough Shoal" hung on
    the verb: a prepositional phrase standing right after a common noun object, with a preposition
    such nouns take, belongs to the noun's phrase. (A verb that itself takes "to", "rejected it to
    ...", has a pronoun or name for object, never a bare common noun before it.)"""
    if obj.pos_ != "NOUN" or not (
        obj.head == verb or obj.head.head == verb and obj.head.pos_ == "ADJ"
    ):
        return []  # (the object of "dismissed as baseless the claims to X" hangs on the adjective)
    return [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in _ABOUT and c.i == obj.right_edge.i + 1
    ]


def gapped_relative(t: Token, subj: Token) -> Token | None:
    """ "A program that lets ... to the islands that Japan claims would be stopped by Russia", parsed
    with "(that) Japan claims" the passive's subject: a verb (or a word tagged a noun) with a subject
    of its own, no object, and "that" or "which" before it is a relative clause that lost its noun,
    no subject; the passive says what holds the outermost noun whose relative clause it stands in."""
    subjects_own = [c for c in subj.children if c.dep_ == "nsubj" and c.i < subj.i]
    if not subjects_own or any(c.dep_ in COMPLEMENTS for c in subj.children):
        return None
    before = subjects_own[0].left_edge.i - 1
    if before < 0 or t.doc[before].lower_ not in ("that", "which"):
        return None
    node, noun = t, None
    while node.head != node:
        if node.dep_ == "relcl":
            noun = node.head
        node = node.head
    return noun


def mend_names_read_as_verbs(doc: Doc, by_token: list[Mention | None]) -> None:
    """ "the return of Shikotan and the Habomai islets to Japan", with "islets" tagged a verb and
    hung as a conjunct of the clause: a word of a name is no verb; after "and" it is a conjunct of
    the noun that "and" hangs on. The parse is mended in place (the same each time); only the
    tokens of a mention are looked at (a ``Token`` object each)."""
    for i, m in enumerate(by_token):
        if m is None:
            continue
        tok = doc[i]
        if tok.pos_ != "VERB" or tok.dep_ != "conj":
            continue
        first = next(j for j, x in enumerate(by_token) if x is m)
        while first > 0 and doc[first - 1].pos_ == "DET":  # "and the Habomai islets"
            first -= 1
        cc = doc[first - 1] if first > 0 else None
        if cc is None or cc.dep_ != "cc" or by_token[cc.head.i] is m or tok.is_ancestor(cc.head):
            continue
        tok.head, tok.pos_ = cc.head, "NOUN"


def prep_phrase_read(toks: list[Token]) -> list[Token]:
    """A text role's prepositional objects as the phrase says them: of two "to" phrases on one verb
    the first is the object's ("tied the handover of X to Iran to the withdrawal of troops": the
    condition is the last); a gerund right after the object, hung on an earlier noun, is the
    object's clause ("conditioned the transfer on Iran halting its aid": Iran halting its aid), as is
    an infinitive ("a protest over its drills to defend the islets")."""
    if len(toks) > 1 and all(t.dep_ == "pobj" and t.head.head == toks[0].head.head for t in toks):
        toks = toks[-1:]
    out = list(toks)
    for t in toks:
        after = t.right_edge.i + 1
        if after < len(t.doc):
            x = t.doc[after]
            x = x.head if x.dep_ == "aux" and x.lower_ == "to" and x.head.i > x.i else x
            if x.dep_ == "acl" and x.head.i < t.i and t.dep_ == "pobj" and _own_clause(x):
                out.append(x)
        out += [y] if (y := place_after(t)) is not None else []  # "over works [on the island]"
    return out


def _own_clause(x: Token) -> bool:
    """A gerund ("halting its aid") or an infinitive marked by "to" ("drills to defend the islets"):
    hung on a noun before the prepositional object, it still says what that object is for."""
    return x.tag_ == "VBG" or (
        x.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)
    )


def mend_verbs_read_as_modifiers(doc: Doc, by_token: list[Mention | None]) -> None:
    """Mend, in place, three readings of a finite verb as something else; each is told by grammar:
    a verb that is another verb's object with nothing of its own is a noun ("to which Sudan lays
    claim", "claim" tagged a verb); a participle that modifies a noun yet has an auxiliary and a
    subject is the clause's verb, and the noun its object ("Madagascar has long contested French
    sovereignty"); a plural noun that heads a sentence with no verb, between a name and a noun
    phrase, is the verb of that name ("Mauritius contests British sovereignty over ...")."""
    for tok in tokens(doc):
        if tok.pos_ == "VERB" and tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB":
            if not any(c.dep_ not in ("det", "amod", "compound", "prep") for c in tok.children):
                tok.pos_, tok.tag_ = "NOUN", "NN"
        elif tok.tag_ in ("VBN", "VBD") and tok.dep_ == "amod" and tok.head.i > tok.i:
            deps = {c.dep_ for c in tok.children}
            if "aux" in deps and "nsubj" in deps:
                noun = tok.head
                tok.head = tok if noun.head.i == noun.i else noun.head
                tok.dep_ = "ROOT" if noun.head.i == noun.i else noun.dep_
                noun.head, noun.dep_ = tok, "dobj"
    if any(t.pos_ in ("VERB", "AUX") for t in tokens(doc)):
        return
    for tok in tokens(doc):
        if tok.dep_ != "ROOT" or tok.tag_ != "NNS":
            continue
        name = [
            c
            for c in tok.children
            if c.i < tok.i and (m := by_token[c.i]) is not None and m.tag == "S"
        ]
        obj = [
            c
            for c in tok.children
            if c.i > tok.i and c.pos_ in ("NOUN", "PROPN") and c.dep_ in ("appos", "dobj", "dep")
        ]
        if name and obj:
            tok.pos_, tok.tag_ = "VERB", "VBZ"
            name[-1].dep_, obj[0].dep_ = "nsubj", "dobj"


def aux_subjects(t: Token, deps: tuple[str, ...]) -> list[Token]:
    """ "Venezuela has for decades laid claim to ...": a subject the parser hung on the auxiliary
    (an adverbial between them) is the verb's: an auxiliary has no subject of its own."""
    return [
        c
        for a in t.children
        if a.dep_ in ("aux", "auxpass") and a.i < t.i
        for c in a.children
        if c.dep_ in deps and c.i < a.i
    ]


def object_past_adjective(t: Token) -> list[Token]:
    """ "dismissed as baseless the UAE's claims": an adjective takes no object; the verb does, its
    object moved past the as-phrase (or read into it: "rejected as baseless [Seoul's assertion]",
    a possessed noun the as-phrase right after the verb holds)."""
    return [
        o
        for c in t.children
        if c.pos_ == "ADJ" and c.dep_ in ("advcl", "oprd", "acomp", "ccomp")
        for o in c.children
        if o.dep_ in ("dobj", "obj") and o.i > c.i
    ] or [
        o
        for c in t.children
        if c.dep_ == "prep" and c.lower_ == "as" and c.i == t.i + 1
        for o in c.children
        if o.dep_ == "pobj" and any(x.dep_ == "poss" and x.i > c.i + 1 for x in o.children)
    ]


def names_read_as_adverbial(t: Token) -> list[Token]:
    """The subject of a finite verb that has none, read into a phrase before it: "Beijing, citing
    old maps, lays claim" (the name an adverbial), "In Nairobi, Kenya and Somalia agreed", "After
    talks in Nairobi, Kenya and Somalia agreed" (the names conjuncts of the fronted phrase's
    object, after its comma): the first name, its conjuncts with it."""
    opener = [c for c in t.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < t.i]
    if opener:
        return opener[:1]
    for prep in (c for c in t.children if c.dep_ == "prep" and c.i < t.i):
        for obj in (o for o in prep.subtree if o.dep_ == "pobj"):
            for name in obj.children:
                if name.dep_ == "conj" and name.pos_ == "PROPN" and t.doc[name.i - 1].text == ",":
                    return [name]
    return []


def fronted_clause_misread(t: Token, own: list[Token]) -> list[Token]:
    """ "After talks in Nairobi, Kenya and Somalia agreed": the parser may read the fronted phrase
    as a clause of the main verb, "After" its marker and "talks" its subject, with the names after
    the comma conjuncts inside it. A main verb has no marker: those names are its subject."""
    if not own or t.dep_ != "ROOT":
        return own
    first = min(x.i for x in own)
    if not any(c.dep_ == "mark" and c.i < first for c in t.children):
        return own
    for x in (x for s in own for x in s.subtree):
        if x.dep_ == "conj" and x.pos_ == "PROPN" and x.i > 0 and t.doc[x.i - 1].text == ",":
            return [x]
    return own


def particle_read_prep(verb: Token, word: str) -> list[Token]:
    """ "A and B have quarrelled over Ceuta", parsed with "over" a particle and "Ceuta" the verb's
    object: where the verb takes no such particle (the caller knows), the word right after it is
    the preposition's object."""
    return [
        o
        for c in verb.children
        if c.dep_ == "prt" and c.lower_ == word
        for o in verb.children
        if o.dep_ in ("dobj", "obj") and o.left_edge.i == c.i + 1
    ]
