"""What a speech verb says where the small parser hung the clause said elsewhere: on the verb's
object, on a noun of its prepositional phrase or adjunct, on a participle inside that phrase, or
where it took a quoted predicate for a modifier. A family of read-backs of one misparse (the clause
said placed away from its verb) that the ``ccomp`` and ``predicate`` slots
(kg.ingest.nlp.rules.grammar_slots) fall back on, apart from who the speaker is
(kg.ingest.nlp.rules.tags)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.triggers import speaks

if TYPE_CHECKING:
    from spacy.tokens import Token

#: What a clause said has besides its subject; a relative clause may lack all of them, its gap
#: being the noun it hangs on ("told a story the islanders love")
_COMPLETE = frozenset(
    {"dobj", "ccomp", "xcomp", "prep", "acomp", "attr", "agent", "oprd", "dative"}
)


def beyond_object(tok: Token, clause: Token) -> bool:
    """Whether a clause the parser made a speech verb's complement stands after the verb's object
    and a comma ("Japan has announced a string of measures, so the talks look set to stay
    stuck"): the verb has said what it says, its object; the clause goes on about something else.
    A clause opened by "that" is still its complement."""
    objs = [ch for ch in tok.children if ch.dep_ == "dobj" and ch.i < clause.i]
    start = next(t.i for t in clause.subtree if not t.is_punct or t.i == clause.i)
    if tok.doc[start].lower_ == "that":
        return False  # "told the envoy, in a meeting on Friday, that ...": its complement
    if tok.lemma_.lower() in _ADDRESSING and tok.doc[start].dep_ in ("nsubj", "nsubjpass", "det"):
        first = tok.doc[start]
        subj = first if first.dep_ != "det" else first.head
        if subj.dep_ in ("nsubj", "nsubjpass") and subj.head == clause:
            return False  # "told reporters, Russia would ...": whom one tells, then what
    return bool(objs) and start > objs[-1].right_edge.i and tok.doc[start - 1].text == ","


def said_after(tok: Token, found: list[Token]) -> list[Token]:
    """Of the complements the parser gave a speech verb, those after it ("A protests X, B says Y":
    B's is Y), unless the words said stand before the verb and those after are set aside (all of
    them where none is after)."""
    after = [ch for ch in found if ch.i > tok.i]
    if any(ch.i < tok.i for ch in found):
        after = [ch for ch in after if not _set_aside(tok, ch)]
    return after or found


def _set_aside(tok: Token, clause: Token) -> bool:
    """Whether a clause the parser made a speech verb's complement, after the verb, is set off from
    it by a comma ('"...," the ministry said in a statement, echoing remarks made by X', "..., the
    agency said on Tuesday, as Moscow shrinks its presence"): a participle or a subordinate clause
    beside the tag, while the words before the tag are what was said. "that" still opens what is
    said ("told the envoy, in a meeting on Friday, that ...")."""
    start = next((t for t in clause.subtree if not t.is_punct), clause)
    return (
        start.i > tok.i + 1
        and tok.doc[start.i - 1].text == ","
        and start.lower_ != "that"
        and not any(t.dep_ == "mark" and t.lower_ == "that" for t in clause.children)
    )


def quoted_after_object(tok: Token) -> list[Token]:
    """What a verb of naming called its object where the parser made the quoted words a modifier
    after the noun ('calling the agreements "legitimate and fully compatible with ..."', the
    adjective an amod of "agreements") or its apposition ('called the decision "an affront to
    international law"'): an adjective after its noun is no attribute of it in English, and a
    quotation right after it is what it was called, so the quoted words are the predicate."""
    return [
        ch
        for o in tok.children
        if o.dep_ == "dobj"
        for ch in o.children
        if (ch.dep_ == "amod" and ch.pos_ == "ADJ" or ch.dep_ == "appos")
        and ch.i > o.i
        and ch.left_edge.i - 1 > o.i
        and tok.doc[ch.left_edge.i - 1].text in ('"', "“")
    ]


def said_as_object(tok: Token) -> list[Token]:
    """What a verb of telling says where the parser made the clause's subject a second object and
    its verb a participle of it ("told parliament the islands belonged to Japan": "islands" an
    object, "belonged" its acl): a finite verb (past or present tense) is no participle, so the
    noun and its verb are the clause said."""
    objs = [ch for ch in tok.children if ch.dep_ in ("dobj", "dative")]
    return [
        noun
        for noun in objs[1:]
        if any(
            cl.dep_ in ("acl", "relcl") and cl.tag_ in ("VBD", "VBZ", "VBP") and cl.i > noun.i
            for cl in noun.children
        )
    ]


def said_in_prep(tok: Token) -> list[Token]:
    """What a speech verb says where the parser hung the clause on a noun of the verb: the noun of
    its prepositional phrase ("said in a commentary that Japan rejects the claim", parsed as a
    relative clause of "commentary") or whom it told ("told a briefing the islands belonged to
    China"). The clause starts right after the noun, has a subject of its own and no relative
    pronoun ("that" as its subject or object: "in a statement that Japan released" says nothing);
    after a preposition's noun it opens with "that" as complementiser. It says something of its
    subject (an object, complement or phrase of its own), not of the noun it hangs on."""
    nouns = [
        (noun, True)
        for prep in tok.children
        if prep.dep_ == "prep"
        for noun in prep.children
        if noun.dep_ == "pobj"
    ] + [(noun, False) for noun in tok.children if noun.dep_ in ("dobj", "dative")]
    return [
        cl
        for noun, after_prep in nouns
        for cl in noun.children
        if cl.dep_ in ("relcl", "acl")
        and (  # right after the noun, or after its participle ("a statement posted on ... that")
            cl.left_edge.i == noun.i + 1
            or after_prep
            and cl.left_edge.dep_ == "mark"
            and cl.left_edge.lower_ == "that"
        )
        and any(ch.dep_ in ("nsubj", "nsubjpass") and ch.lower_ != "that" for ch in cl.children)
        and not any(
            ch.tag_ in ("WDT", "WP", "WP$", "WRB")
            and ch.lower_ != "that"
            or ch.lower_ == "that"
            and ch.dep_ not in ("mark", "advmod")
            for ch in cl.children
        )
        and (
            not after_prep
            or any(ch.lower_ == "that" and ch.i == cl.left_edge.i for ch in cl.children)
        )
        and (  # complete: an object, complement or phrase, or a passive ("would be respected")
            any(ch.dep_ in _COMPLETE for ch in cl.children)
            or {"nsubjpass", "auxpass"} <= {ch.dep_ for ch in cl.children}
        )
    ]


def said_past_participle(tok: Token) -> list[Token]:
    """What a speech verb says where the parser hung its that-clause on a participle inside the
    verb's prepositional phrase ("said in a speech marking the anniversary that the Sahara would
    remain Moroccan", "in a letter addressed to the UN that ..."): a participle that already has
    its object or phrase takes no that-clause of its own, so the clause after it is what was
    said. So with the participle hung on the verb itself ("said in a speech on Tuesday marking the
    anniversary of the award that ...")."""
    parts = [
        part
        for prep in tok.children
        if prep.dep_ == "prep"
        for noun in prep.children
        if noun.dep_ == "pobj"
        for part in noun.children
        if part.dep_ == "acl" and part.tag_ in ("VBG", "VBN")
    ] + [part for part in tok.children if part.dep_ == "advcl" and part.tag_ in ("VBG", "VBN")]
    return [
        cl
        for part in parts
        for obj in part.children
        if obj.dep_ in ("dobj", "prep", "agent")
        for cl in part.children
        if cl.dep_ == "ccomp"
        and cl.i > obj.right_edge.i
        and tok.doc[obj.right_edge.i + 1].lower_ == "that"
    ]


#: Prepositions of a speech verb's adjunct after which "that" opens what was said, however parsed
#: ("told reporters after the talks that ..."); "in" is left out: "in a statement that Japan
#: released" is a relative clause
_ADJUNCT_PREPS = frozenset({"after", "before", "following", "during", "at", "on", "ahead"})


def said_after_adjunct(tok: Token) -> list[Token]:
    """What a speech verb with no clause of its own says where the parser made the that-clause
    after its adjunct a relative clause of the adjunct's noun, with "that" its subject or object
    ("told reporters after the talks that progress had been made", "on the sidelines of the
    summit that ..."): the clause has a subject of its own besides "that", so "that" opens it."""
    nouns = [
        noun
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ in _ADJUNCT_PREPS
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]
    nouns += [  # "on the sidelines of the summit that ...": the clause after the of-phrase
        o for n in nouns for c in n.children if c.lower_ == "of" for o in c.children
    ]
    return [
        cl
        for noun in nouns
        for cl in noun.children
        if cl.dep_ == "relcl"
        and any(ch.lower_ == "that" and ch.i == noun.i + 1 for ch in cl.children)
        and any(ch.dep_ in ("nsubj", "nsubjpass") and ch.lower_ != "that" for ch in cl.children)
    ]


#: Speech verbs whose object is whom they address ("told a news conference that ..."), not what
_ADDRESSING = frozenset({"tell", "assure", "inform", "remind", "brief"})


def said_to_addressee(tok: Token) -> list[Token]:
    """What a verb of telling says where the parser made its that-clause a relative clause of
    whom it told, with "that" the clause's object or subject ("told a regular news conference
    that Tokyo had protested"): one is told what was said, so a clause that opens with "that"
    right after the addressee and has a subject of its own besides it is what was said."""
    if tok.lemma_.lower() not in _ADDRESSING:
        return []
    return [
        cl
        for noun in tok.children
        if noun.dep_ in ("dobj", "dative")
        for cl in noun.children
        if cl.dep_ == "relcl"
        and any(ch.lower_ == "that" and ch.i == noun.i + 1 for ch in cl.children)
        and any(ch.dep_ in ("nsubj", "nsubjpass") and ch.lower_ != "that" for ch in cl.children)
    ]


def said_before_tag(tok: Token) -> list[Token]:
    """What a speech verb with no clause of its own says where a tag after the words ("...,
    Japanese media reported") took its that-clause: in "X told the envoy, Y, that the ships must
    leave, media reported" the parser hangs both "told" and the that-clause on "reported". A
    clause opened by "that" right after the verb's own words (a comma may stand between) is the
    verb's: the tag reports the telling, and the telling what was said."""
    head = tok.head
    if tok.dep_ != "ccomp" or head is tok or head.i < tok.i or not speaks(head):
        return []
    end = tok.right_edge.i
    found = []
    for cl in head.children:
        if cl.dep_ != "ccomp" or cl is tok or not end < cl.i < head.i:
            continue
        first = next((t for t in cl.subtree if not t.is_punct), cl)
        gap = tok.doc[end + 1 : first.i]
        if first.lower_ == "that" and first.dep_ == "mark" and all(t.is_punct for t in gap):
            found.append(cl)
    return found
