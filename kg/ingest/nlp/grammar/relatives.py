"""What a relative pronoun or a reduced clause stands for: "which"/"that" resolved to the noun its
clause hangs on, and that noun resolved past a landmark, an agent or an apposition the parser put in
between. Subjects, objects and noun slots all need the same answer, so it is found once here rather
than in each role reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from kg.ingest.nlp.grammar.words import LANDMARK, RELATIVE


def resolve_relative(tok: Token) -> Token:
    """ "which"/"that" standing for the noun its clause hangs on: also the object of a fronted
    preposition ("to which Sudan lays claim") and a pronoun fronted out of a clause that the
    relative clause's verb takes ("which Nepal says is its territory"), and of a preposition left
    at the clause's end, which the parser may hang "that" on ("the roadmap that they agreed to")."""
    tok = _quantified(tok)
    if tok.lower_ in RELATIVE:
        clause = tok.head
        if tok.dep_ == "pobj" and clause.dep_ == "prep":
            clause = clause.head
            if clause.lower_ in _QUANTIFIERS and clause.dep_ in ("nsubj", "nsubjpass", "dobj"):
                clause = clause.head  # "both of which are claimed by Morocco"
        own, conjoined = clause, False
        while clause.head != clause and (
            clause.dep_ == "conj" or clause.dep_ in ("ccomp", "xcomp") and tok.i < clause.head.i
        ):
            conjoined = conjoined or clause.dep_ == "conj"
            clause = clause.head
        # "which Vietnam holds and which Taiwan claims": a second relative clause, its pronoun
        # after the first clause's verb but before its own
        if clause.dep_ == "relcl" and (tok.i < clause.i or conjoined and tok.i < own.i):
            return clause.head
    return tok


#: Words that take "of which" as a relative pronoun's phrase: "both (all) of which are claimed".
_QUANTIFIERS = frozenset(
    {"all", "both", "each"}
)  # not "none", "one" or "some" of which: not them all


def _quantified(tok: Token) -> Token:
    """ "all of which": the relative pronoun the quantifier takes, which stands for the noun."""
    if tok.lower_ not in _QUANTIFIERS:
        return tok
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lower_ in RELATIVE:
                return obj
    return tok


def whose_noun(whose: Token) -> Token | None:
    """The noun a possessive "whose" stands for: the one its relative clause hangs on ("Gabon,
    whose gendarmes have been stationed on Mbanie since 1972": Gabon's gendarmes)."""
    clause = whose.head
    for _ in range(3):  # "whose gendarmes", "whose border guards' posts": the clause's verb
        if clause.dep_ == "relcl":
            return described(clause.head)
        clause = clause.head
    return None


def relative_noun(tok: Token) -> Token:
    """The noun a relative pronoun stands for (``tok`` itself where it is none)."""
    return agreeing(described(r), tok) if (r := resolve_relative(tok)) is not tok else tok


def agreeing(noun: Token, pronoun: Token) -> Token:
    """ "the Minquiers and the Ecrehos, which belong to Jersey": the parser hangs the clause on the
    last conjunct, but a plural verb agrees with them all; the first stands for the coordination
    (its conjuncts are found from it), a singular or unmarked verb keeps the last."""
    if noun.dep_ != "conj" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return noun
    verb = pronoun.head
    finite = [verb, *(a for a in verb.children if a.dep_ in ("aux", "auxpass"))]
    if not any(v.tag_ == "VBP" or v.lower_ in ("were", "are") for v in finite):
        return noun
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


def described(noun: Token) -> Token:
    """The noun a clause describes, past a landmark the parser hung it on: in "islands off Hokkaido
    held by Russia" what is held is the islands; where that noun describes a name set before it
    ("Sarengrad Island, a strip of land in the Danube held by Serbia"), the name."""
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ in LANDMARK
        and noun.head.head.pos_ in ("NOUN", "PROPN", "NUM")
        and not _names_an_act(noun)  # "includes the cayes in the case it took to the court"
        and not _thing_by_name(noun)
    ):
        noun = noun.head.head  # "Sarengrad Island, a strip of land in the Danube held by Serbia"
        return _apposed_to(noun) if noun.dep_ == "appos" and noun.pos_ == "NOUN" else noun
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.pos_ == "PROPN":
        outer = noun.head.head.head  # "a region administered by Guyana that Venezuela claims"
        if outer.pos_ in ("NOUN", "PROPN") and outer != noun.head.head:
            noun = outer
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.dep_ == "appos"
        and noun.head.head.pos_ == "NOUN"
    ):  # "Kalapani, a strip of land that India controls": the apposition's measure of land
        noun = noun.head.head
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and not _names_an_act(noun):
        return _apposed_to(noun)  # "Essequibo, a region ... that X claims"
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 1 else None
    if (
        noun.dep_ in ("dobj", "obj")
        and before is not None
        and before.text == ","
        and noun.doc[before.i - 1].pos_ in ("NOUN", "PROPN")
        and any(c.dep_ in ("dobj", "obj") and c.i < noun.i for c in noun.head.children)
        and not _names_an_act(noun)  # "breaches the treaty, a view Helsinki rejects": it sums up
    ):  # "approved a state in the Essequibo region, a territory administered by Guyana", parsed
        first = noun.doc[before.i - 1]  # as a second object: the apposition of the noun before
        while first.dep_ == "conj" and first.head.i < first.i:  # "visited A and B, the two ..."
            first = first.head
        return first
    return noun


def apposed(noun: Token) -> Token:
    """The named noun an apposition (or its measure of land) describes: "Swains Island, an atoll
    that belongs to ...", "Chausey, a cluster of islets belonging to ..." (only that step of
    :func:`described`: a subject's noun is no landmark's, "independence from Serbia, which ...")."""
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.dep_ == "appos"
        and noun.head.head.pos_ == "NOUN"
    ):
        noun = noun.head.head
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and not _names_an_act(noun):
        return _apposed_to(noun)
    return noun


def _apposed_to(noun: Token) -> Token:
    """What an apposition describes: its head, or, where the parser hung a description of land on a
    common noun further back, the name right before its comma ("a protest over new rules for the
    Sapodilla Cayes, a chain of islands that ...": the cayes are the chain, not the protest)."""
    from kg.ingest.nlp import phrases  # late: it reads the parse helpers

    head, start = noun.head, noun.left_edge.i
    if head.pos_ != "NOUN" or start < 2 or noun.doc[start - 1].text != ",":
        return head
    near = noun.doc[start - 2]
    kinds = phrases.nouns()
    lands = kinds.lands.nouns | kinds.region.nouns | kinds.groups.nouns
    if (
        near.pos_ == "PROPN"
        and near.i > head.i
        and near.ent_type_ not in ("DATE", "TIME", "PERSON")
        and noun.lemma_.lower() in lands
    ):
        return near
    return head


def _thing_by_name(noun: Token) -> bool:
    """Whether a named landmark stands after a noun no land can be ("vessels near the Senkaku
    Islands, which China claims", "a patrol off the Falklands that Argentina protested"): the
    clause describes the name, for the vessels are not what is claimed."""
    from kg.ingest.nlp import land_names, phrases  # late: they read the parse helpers

    head = noun.head.head
    if noun.pos_ != "PROPN" or head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    n = phrases.nouns()
    return not (
        land_names.land_noun(head)
        or lemma in n.modified_by_place
        or lemma in n.lands.nouns
        or lemma in n.region.nouns
    )


def _names_an_act(noun: Token) -> bool:
    """Whether a noun names an act a state may take or reject, never land: an apposition of one
    sums up the clause before it ("found that China's claims had no legal basis, a decision
    Beijing has never accepted"), and a clause on one describes no landmark."""
    from kg.ingest.nlp import phrases  # late: phrases reads the parse helpers of this package

    return noun.lemma_.lower() in phrases.nouns().rejected_things


def nouns_above(noun: Token) -> list[Token]:
    """The nouns a noun's prepositional phrases hang on, nearest first: in "the convention on the
    delimitation of their border, which was signed in 1972" the parser hangs the clause on
    "border", and only one of the nouns above can be what was signed."""
    out: list[Token] = []
    while (
        noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ in ("NOUN", "PROPN")
        and len(out) < 3
    ):
        noun = noun.head.head
        out.append(noun)
    return out


def relative_clause(verb: Token) -> bool:
    """Whether a verb heads a relative clause on the noun it hangs on: a ``relcl``, or an ``acl``
    the parser gave "that" or "which" as its mark and a subject of its own ("waters that France
    has always considered its own", read as a noun's content clause)."""
    if verb.dep_ == "relcl":
        return True
    return (
        verb.dep_ == "acl"
        and verb.head.pos_ == "NOUN"
        and any(c.dep_ == "mark" and c.lower_ in ("that", "which") for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


def adverb_relative(t: Token) -> bool:
    """Whether a relative clause opens with "when", "where" or "why" ("since March 2022, when
    Moscow pulled out of the talks"): the noun it hangs on is its time or place, no gap of its own
    object or of a stranded preposition."""
    return any(
        c.tag_ == "WRB" and c.lower_ in ("when", "where", "why") for c in t.children if c.i < t.i
    )
