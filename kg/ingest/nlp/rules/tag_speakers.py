"""Who speaks through a speech tag the small parser misreads: the phrase set off before a tag
after its clause ("Seoul protests the claims, Kim, the spokesperson, said"), the subject before
an aside or a fronted phrase, the person an apposition names, the body an unnamed spokesperson
speaks for, and whose words a common noun as a speaker carries ("a statement from the ministry").

Split from kg.ingest.nlp.rules.tags, which tells where a tag stands; these read the ``subject``
slot of the ``statement`` class (kg.ingest.nlp.rules.grammar_slots) from the tag it finds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.grammar.roles import clause_of
from kg.ingest.nlp.rules.bystanders import bystanders, off_record
from kg.ingest.nlp.rules.tag_phrases import set_off_before
from kg.ingest.nlp.rules.tags import NOMINAL, inverted_tag, tag_after

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Where one who speaks for a body stands in it ("an official at the ministry", "a source in it")
_PLACED = frozenset({"at", "in", "within", "inside"})


def tag_subjects(tok: Token, p: g.Parsed | None = None) -> list[Token]:
    """Who a verb's subject is; for a tag after its clause with no subject of its own ("Seoul
    protests the claims, Kim, the spokesperson, said"), the phrase set off by commas right before
    it, which the parser hung on the clause (as its object): that is who speaks. "Kono was quoted
    as saying", "Kyodo quoted Kono as saying": the one quoted (the object, or a passive's subject)."""
    if (
        tok.dep_ == "conj"
        and tok.i > tok.head.i
        and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children)
    ):
        node = set_off_before(tok, tag_after(tok))
        if node is not None:
            return [node]
    if tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head is not tok.head:
        host = tok.head.head  # "was quoted as saying", "quoted Kono as saying": who is quoted
        if g.objects(host):  # "quoted a source in the ministry as saying": the ministry
            return g.objects(host) + [
                x for n in g.objects(host) if n.pos_ == "NOUN" for x in issuers(n, p)
            ]
    inverted = inverted_tag(tok) if tok.dep_ in ("ROOT", "parataxis") else None
    if inverted is not None:  # "The handover, said Musa Bello, would be ...": the name after it
        return [inverted[2]]
    subj = g.subjects(tok) or _subject_of_aside(tok) or _subject_in_fronted(tok)
    subj = [  # "A Chilean farmer, Juan Cruz, said": the farmer named speaks, for himself
        a
        for n in subj
        if (a := _named_in_apposition(n, p)) is not n or not (bystanders(n, p) or _document(n, p))
    ]
    if len(subj) == 1 and _unnamed_spokesperson(subj[0], p) and subj[0].tag_ != "NNS":
        reported = _reported_body(tok, p)  # ("..., officials said": the outlet's sources)
        if reported:  # "The Spanish government, a spokeswoman said, would not ...": its spokeswoman
            return reported
    return subj + [x for n in subj if n.pos_ == "NOUN" for x in issuers(n, p)]


def _unnamed_spokesperson(noun: Token, p: g.Parsed | None) -> bool:
    """Whether a speaker is one who speaks for a body (``spokespeople`` of data/lexicon.yaml)
    with no body, state or name in its phrase ("a spokeswoman", "officials"; not "the ministry",
    told of before)."""
    return (
        p is not None
        and noun.pos_ == "NOUN"
        and not any(d.dep_ == "det" and d.lower_ not in ("a", "an") for d in noun.children)
        and not any(d.dep_ == "poss" for d in noun.children)  # "its spokesman": its
        and noun.lemma_.lower() in lexicon.load().spokespeople
        and not any(p.mention(t) is not None for t in noun.subtree)
    )


def _reported_body(tok: Token, p: g.Parsed | None) -> list[Token]:
    """The state or body that is the subject of the clause a tag reports ("The government would
    not negotiate, a spokesman said"): whom an unnamed spokesperson speaks for."""
    if p is None:
        return []
    if tok.dep_ == "parataxis":
        clauses = [tok.head]
    elif tok.dep_ == "pcomp" and tok.head.lower_ == "with":
        clauses = [clause_of(tok.head)]  # "Seoul protested, with a spokesman saying ...": Seoul's
    else:  # the clause before its tag ("A, a spokesman said, would ..."), never the one it says
        clauses = [ch for ch in tok.children if ch.dep_ == "ccomp" and ch.i < tok.i]
    return [
        x
        for cl in clauses[:1]
        for x in g.subjects(cl)
        if any(
            (m := p.mention(t)) is not None and m.tag in ("S", "O")
            for t in (x, *(c for c in x.children if c.dep_ in ("amod", "compound", "poss")))
        )  # "The Spanish government", "Spain", not "the talks with Japan"
    ]


def _document(noun: Token, p: g.Parsed | None) -> bool:
    """Whether a speaker is a document that is no text put out to speak ("The UN Charter states",
    "the ICJ's advisory opinion says"): its words are the document's provisions or a ruling's, and
    the body named in it does not say them; a statement or a communique (``spoken_nouns``) speaks
    for whoever put it out."""
    m = p.mention(noun) if p is not None else None
    return m is not None and m.tag == "D" and noun.lemma_.lower() not in lexicon.load().spoken_nouns


def _subject_of_aside(tok: Token) -> list[Token]:
    """The speaker the parser gave to an aside before the verb ("Kono, asked about the islands,
    said ...": "Kono" made the subject of "asked", the verb left with none): the subject before
    the aside, set off from it by a comma."""
    return [
        subj
        for aside in tok.children
        if (aside.dep_ in ("parataxis", "advcl") or _participle_aside(aside)) and aside.i < tok.i
        for subj in aside.children
        if subj.dep_ == "nsubj"
        and subj.i < aside.i
        and any(t.text == "," for t in tok.doc[subj.i + 1 : aside.i])
    ]


def _participle_aside(aside: Token) -> bool:
    """ "Ebrard, asked about the remarks, said": the participle the parser made a clause the verb
    reports, told so by the commas around it and by having no auxiliary of its own."""
    doc = aside.doc
    return (
        aside.dep_ == "ccomp"
        and aside.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in aside.children)
        and aside.right_edge.i + 1 < len(doc)
        and doc[aside.right_edge.i + 1].text == ","
        and doc[aside.right_edge.i + 2].i == aside.head.i
    )


def _named_in_apposition(noun: Token, p: g.Parsed | None) -> Token:
    """The person an apposition names for a common noun that speaks ("Japan's government
    spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, said"): the one who spoke, not the
    state before the noun."""
    if p is None or noun.pos_ != "NOUN" or p.mention(noun) is not None:
        return noun
    return next(
        (
            ap
            for ap in noun.children
            if ap.dep_ == "appos" and (m := p.mention(ap)) is not None and m.tag == "P"
        ),
        noun,
    )


def _subject_in_fronted(tok: Token) -> list[Token]:
    """The speaker the parser hung on a fronted phrase ("In comments reported by Interfax, Deputy
    Foreign Minister Andrei Rudenko said ...", the name made an apposition of "Interfax" and the
    verb left with no subject): a name right before the verb, set off by a comma from the phrase
    it hangs in, a phrase of place, time or manner set before the verb (not the clause it reports)."""
    if tok.i == 0 or any(ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children):
        return []
    name = tok.doc[tok.i - 1]
    while name.dep_ == "compound" and name.head.i < tok.i:
        name = name.head
    if name.dep_ != "appos" or name.right_edge.i != tok.i - 1 or name.pos_ not in NOMINAL:
        return []
    while name.head.dep_ == "appos" and name.head.right_edge.i == name.right_edge.i:
        name = name.head  # "..., Venezuela's ambassador Samuel Moncada wrote": the whole phrase
    fronted = name.head
    while fronted.head.i != tok.i and fronted.head.i < tok.i and fronted.head.i != fronted.i:
        fronted = fronted.head
    comma = tok.doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
    if fronted.head.i != tok.i or fronted.dep_ not in ("prep", "advcl", "npadvmod"):
        return []  # not "A and B have failed ..., Japanese top diplomat Kono said": what was said
    return [name] if comma is not None and comma.text == "," else []


#: Verbs by which an outlet passes on a text it did not write ("a joint statement carried by the
#: official news agency", "relayed by state television").
_CARRYING = frozenset({"carry", "relay", "broadcast", "air", "quote", "cite"})
#: Who only saw or got a text ("a copy seen by Reuters", "a draft obtained by the AP"): its
#: reader, not its author; the text's words are no one's the sentence names.
_READING = frozenset({"see", "obtain", "review", "examine", "view"})


def issuers(noun: Token, p: g.Parsed | None = None) -> list[Token]:
    """Whose words a common noun as a speaker carries ("A statement from the ministry said",
    "a statement issued by the ministry said", "officials from the ministry said"): the phrase
    after "from", or the agent of the participle that describes it. A noun for one who speaks for
    a body (``spokespeople`` of data/lexicon.yaml) also speaks for the body it is placed at or in
    ("an official at the defence ministry", "a source in the foreign ministry", "a spokesman in
    Nairobi"); a place phrase after any other noun only locates it ("residents in Crimea"), and so
    does "from" after a noun for people who speak for no one ("fishermen from Muhuru Bay
    reported": where they come from, not a body whose words they carry)."""
    if p is not None and p.mention(noun) is not None:
        return []  # "the treaty signed by A and B says": a document's signatories do not speak
        # it; "the government, led by X, said": a body named speaks for itself
    words = lexicon.load()
    speaks_for = noun.lemma_.lower() in words.spokespeople and not off_record(noun)
    carries = speaks_for or noun.lemma_.lower() in words.spoken_nouns or noun.pos_ != "NOUN"
    preps = ({"from"} if carries else set()) | (_PLACED if speaks_for else set())
    return [
        o
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in preps
        for o in c.children
        if o.dep_ == "pobj"
    ] + [
        o
        for c in noun.children
        if c.dep_ in ("acl", "relcl")  # "a statement (which was) read by X"
        and c.tag_ == "VBN"
        and not speaks_for  # not "the government, led by X"
        and c.lemma_.lower() not in _CARRYING | _READING  # "carried by the agency": not its
        for a in c.children
        if a.dep_ == "agent"
        for o in a.children
        if o.dep_ == "pobj"
    ]
