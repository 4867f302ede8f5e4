"""Which names joined to a slot's mention fill the slot with it, where the parser hangs them
elsewhere: a conjunct past a relative clause or a title set between commas, a second name read
as an apposition or a modifier of the first, and the conjuncts that belong to a relative clause's
head rather than to the mention.

Split from kg.ingest.nlp.grammar.fillers, which walks a slot for its mentions: telling which
coordinated names are the mention's is a reading of its own, asked of each word of the mention.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.grammar.parsed import Parsed
    from kg.ingest.nlp.mentions import Mention


def past_own_relative(c: Token, inside: list[Token], trigger: Token | None) -> bool:
    """Whether ``c`` is a conjunct told after the relative clause or participle ``trigger`` that
    describes the mention, or its apposition: "claims A, which Britain administers, and a slice of
    B", "A, an islet held by Namibian forces, and B" (the holding is A's alone)."""
    if trigger is None or trigger.dep_ not in ("relcl", "acl") or c.i <= trigger.right_edge.i:
        return False
    host = trigger.head
    return host in inside or (host.dep_ == "appos" and host.head in inside)


def relative_heads_conjunct(p: Parsed, c: Token, own: Mention | None = None) -> bool:
    """Whether ``c`` is the conjunct ``conjunct_past_relative`` gives the relative clause's head
    ("both China, which says it is part of its Tibet region, and Bhutan"), not one of ``own``
    (Bhutan is no part of the Tibet region's phrase)."""
    doc, m = c.doc, p.mention(c)
    if m is None or own is not None and m.tag == own.tag or not _joined_after_comma(c):
        return False
    return any(
        rc.dep_ == "relcl"
        and rc.left_edge.i > 0
        and doc[rc.left_edge.i - 1].text == ","
        and (host := p.mention(rc.head)) is not None
        and host.tag == m.tag
        for rc in c.ancestors
    )


def past_clause(p: Parsed, tok: Token, root: Token) -> bool:
    """Whether ``tok`` is, or hangs on, a name the parser put inside a phrase of a relative clause
    though it is joined to the clause's head ("Vietnam, which holds more features than any other
    claimant, as well as Malaysia, Brunei and Taiwan": no feature Vietnam holds)."""
    for a in (tok, *tok.ancestors):
        if a == root:
            return False
        if a.dep_ == "conj" and relative_heads_conjunct(p, a):
            return True
    return False


def conjunct_past_relative(p: Parsed, t: Token, own: Mention, trigger: Token | None) -> list[Token]:
    """ "both China, which calls it Donglang, and Bhutan": the parser hangs ", and Bhutan" on the
    last word of the relative clause; a name of the head's kind after the clause's closing comma
    and "and", whose host in the clause is no such name, is the head's conjunct (not for the
    clause's own verb: "which calls it Donglang" is China's alone)."""
    doc, out = t.doc, []
    for rc in t.children:
        if rc.dep_ != "relcl" or rc.left_edge.i < 1 or doc[rc.left_edge.i - 1].text != ",":
            continue
        if trigger is not None and rc.left_edge.i <= trigger.i <= rc.right_edge.i:
            continue
        for x in rc.subtree:
            host = p.mention(x.head)
            if (
                x.dep_ == "conj"
                and _joined_after_comma(x)
                and (m := p.mention(x)) is not None
                and m.tag == own.tag
                and (host is None or host.tag != own.tag)
            ):
                out.append(x)
    return out


#: The words of a joiner longer than "and": "as well as", "along with", "together with".
_JOINER_WORDS = frozenset({"as", "well", "along", "together", "with"})


def _joined_after_comma(x: Token) -> bool:
    """Whether a conjunct follows a comma and its joining word ("and", "or") or phrase ("as well
    as", "along with"): ", and Bhutan", ", as well as Malaysia"."""
    doc, j = x.doc, x.i - 1
    if j < 1 or doc[j].dep_ != "cc" and doc[j].lower_ not in _JOINER_WORDS:
        return False
    while j > 1 and doc[j - 1].lower_ in _JOINER_WORDS:
        j -= 1
    return doc[j - 1].text == ","


def conjunct_past_apposition(p: Parsed, t: Token, own: Mention) -> list[Token]:
    """ "by Mukhtar Tileuberdi, then Kazakhstan's foreign minister, and his Uzbek counterpart
    Vladimir Norov": the parser may hang ", and Y" on the person's title set between commas;
    a conjunct after the title's closing comma and "and" that names a person is the person's."""
    if own.tag != "P":
        return []
    doc = t.doc
    return [
        c
        for a in t.children
        if a.dep_ == "appos" and p.mention(a) is None
        for c in a.children
        if c.dep_ == "conj"
        and c.left_edge.i >= 2
        and doc[c.left_edge.i - 1].lower_ == "and"
        and doc[c.left_edge.i - 2].text == ","
        and any((m := p.mention(x)) is not None and m.tag == "P" for x in c.subtree)
    ]


def joined(c: Token) -> bool:
    """A conjunct of a coordination that has its "and" ("A, B and C"); not a land the parser hung
    as a conjunct with none ("Ladakh, a region of India, borders Aksai Chin")."""
    chain = [c.head, *(t for t in c.head.subtree if t.dep_ == "conj")]
    return any(ch.dep_ in ("cc", "preconj") for t in chain for ch in t.children) or any(
        t.dep_ == "cc" and t.head in chain for t in c.doc
    )


def misread_conj(c: Token) -> bool:
    """ "Prime Minister X and his Malaysian counterpart Y", with Y's phrase parsed as an apposition of
    the first: an "and" just before it makes it a conjunct."""
    return c.dep_ == "appos" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].lower_ == "and"


def name_read_as_modifier(p: Parsed, c: Token, own: Mention) -> bool:
    """ "Romanian Foreign Minister Emil Hurezeanu and Ukrainian Foreign Minister Andrii Sybiha": the
    parser may hang the first titled name on the second as a modifier, an adjective too with
    names it does not know (the second title its conjunct); another person's name that an "and"
    follows is the second's conjunct."""
    m = p.mention(c)
    return (
        c.dep_ in ("nmod", "compound", "amod")
        and own.tag == "P"
        and m is not None
        and m.tag == "P"
        and m.entity != own.entity
        and any(ch.dep_ == "cc" and ch.lower_ == "and" for ch in c.children)
    )


def listed_as_apposition(p: Parsed, c: Token, own: Mention) -> bool:
    """ "Argentina, Brazil and Chile rejected it", "Bobel Cay, Savanna Cay, Port Royal Cay and
    South Cay fall under ...": the parser may read the second name as the first's apposition,
    with the rest its conjuncts; a state is never another state's apposition, nor an island
    another island's, so one that opens an "and" list of its own is the first's conjunct."""
    m = p.mention(c)
    return (
        c.dep_ == "appos"
        and own.tag in ("S", "T")
        and m is not None
        and m.tag == own.tag
        and m.entity is not None
        and own.entity is not None
        and m.entity != own.entity
        and (own.tag == "S" or m.entity.kind == own.entity.kind)
        and any(ch.dep_ == "conj" for ch in c.children)
        and any(ch.dep_ == "cc" for t in _chain(c) for ch in t.children)
    )


def _chain(c: Token) -> list[Token]:
    """A name and its conjuncts: walked only for an apposition that passed the other tests, as
    this test runs for every child of every filler looked at (~0.5 % of extraction's CPU when the
    subtree was walked first)."""
    return [c, *(t for t in c.subtree if t.dep_ == "conj")]
