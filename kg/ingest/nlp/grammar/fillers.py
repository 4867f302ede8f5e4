"""The mentions that fill a slot: the head's own mention and those coordinated with it, else the
nearest inside the phrase."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.ingest.nlp.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

from kg.ingest.nlp.grammar.parsed import Parsed
from kg.ingest.nlp.grammar.words import _BACKING, _LANDMARK, _PIECE_PREPS, _PIECES, _PRUNE


def walk(root: Token, *, deep: bool, skip: Token | None = None) -> Iterator[Token]:
    """``root`` and its dependents, leaving out clauses and phrases that say something else (and,
    unless ``deep``, prepositional phrases that only locate: "islands off Hokkaido"), and the
    trigger ``skip`` where it describes the phrase: in "the ruling, which Kenya rejected" Kenya is
    the rejecter, not a name inside what is rejected."""
    stack = [root]
    while stack:
        tok = stack.pop()
        yield tok
        for c in tok.children:
            if skip is not None and c.i == skip.i:
                continue
            if c.dep_ in _PRUNE and not (deep and c.dep_ in ("xcomp", "ccomp", "acl", "relcl")):
                continue
            if c.dep_ == "prep" and c.lower_ in _LANDMARK and not deep and not _piece_of(tok, c):
                continue
            if c.dep_ == "prep" and c.lower_ == "of" and _member(tok):
                continue  # "any member state of the United Nations" is a state, not the UN
            if c.dep_ in ("compound", "poss") and tok.lemma_.lower() == "member":
                continue  # "a UN member state", "NATO's members": members, not the body
            if c.dep_ in ("amod", "compound") and _backer(c):
                continue  # "Russia-backed separatists", "pro-Russian rebels": not Russia itself
            stack.append(c)


def _piece_of(noun: Token, prep: Token) -> bool:
    """ "one square kilometre of land at Tiwinza": a piece of land's "at" phrase is its land."""
    return piece_of_land(noun) and prep.lower_ in _PIECE_PREPS


def piece_of_land(noun: Token) -> bool:
    """A piece of land, measured or cut out ("a plot", "one square kilometre of land")."""
    return noun.lemma_.lower() in _PIECES or any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.lemma_.lower() in _PIECES for o in c.children)
        for c in noun.children
    )


def piece_place(verb: Token) -> list[Token]:
    """Where the parser hung a piece of land's "at" phrase on the verb that hands it over
    ("granted Ecuador one square kilometre of land at Tiwinza"): that phrase's object."""
    return [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in _PIECE_PREPS
        for o in c.children
        if o.dep_ == "pobj"
    ]


def _backer(mod: Token) -> bool:
    """A modifier naming who stands behind the noun's doers: "Russia-backed", "pro-Russian"."""
    doc = mod.doc
    if mod.lower_ in _BACKING:
        return True
    return mod.i >= 2 and doc[mod.i - 1].text == "-" and doc[mod.i - 2].lower_ == "pro"


def _member(noun: Token) -> bool:
    """A noun naming a member of what its "of" phrase names ("member", "member state")."""
    return noun.lemma_.lower() == "member" or any(
        c.dep_ == "compound" and c.lemma_.lower() == "member" for c in noun.children
    )


def fillers(
    p: Parsed,
    slot: list[Token],
    tags: set[str],
    *,
    deep: bool = False,
    trigger: Token | None = None,
) -> list[Mention]:
    """The mentions of the wanted kinds a slot holds: its head's own mention (and those coordinated
    with it) when that is of the right kind, else the nearest ones inside it."""
    return _fillers(p, slot, tags, deep, set(), trigger)


def _fillers(
    p: Parsed,
    slot: list[Token],
    tags: set[str],
    deep: bool,
    seen: set[int],
    trigger: Token | None = None,
) -> list[Mention]:
    """``fillers``, each token visited once: a mention takes in several words, and a misparse can
    hang a conjunct on one of them whose possessor is another (a loop without ``seen``)."""
    out: list[Mention] = []
    for root in slot:
        if root.i in seen:
            continue
        seen.add(root.i)
        own = p.mention(root)
        if own is not None and own.tag in tags:
            _add(out, own)
            # coordinated with the mention: hung on its head, or on another of its words when the
            # mention takes in a title ("their deputies, Igor Morgulov and Takeo Mori")
            inside = [root.doc[i] for i, m in enumerate(p.by_token) if m is own]
            for c in (
                c
                for t in inside
                for c in (
                    *t.children,
                    *_conjunct_past_relative(p, t, own, trigger),
                    *_conjunct_past_apposition(p, t, own),
                )
                if (
                    c.dep_ == "conj"
                    and (_joined(c) or own.tag != "T")
                    or _misread_conj(c)
                    or _name_read_as_modifier(p, c, own)
                    or _listed_as_apposition(p, c, own)
                )
                and p.mention(c) is not own
                and not _past_own_relative(c, inside, trigger)
                and not _relative_heads_conjunct(p, c, own)
            ):
                out += [m for m in _fillers(p, [c], tags, deep, seen, trigger) if m not in out]
            continue
        named = own_kind(p, root)
        if named is not None and named.tag in tags:  # "Iran's IRNA news agency": the agency
            _add(out, named)
            continue
        owner = [
            c
            for c in root.children
            if c.dep_ == "poss" and (m := p.mention(c)) is not None and m.tag in tags
        ]
        if owner and root.pos_ == "NOUN":  # "against Managua's recognition of X": Managua acts
            # and so does a noun coordinated with it ("Guyana's foreign minister and his
            # Surinamese counterpart agreed")
            joined = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
            out += [
                m for m in _fillers(p, owner + joined, tags, deep, seen, trigger) if m not in out
            ]
            continue
        for tok in walk(root, deep=deep, skip=trigger):
            m = p.mention(tok)
            if m is not None and m.tag in tags and not _past_clause(p, tok, root):
                _add(out, m)
        if not out:  # "four islands: Kunashir, Iturup, Shikotan and Habomai": the list names them
            for c in root.children:
                if c.dep_ in ("appos", "dep") and p.mention(c) is not None:
                    out += [m for m in _fillers(p, [c], tags, deep, seen, trigger) if m not in out]
        if not out and root.tag_ == "NNS":
            out += _flat_apposition(p, root, tags)
        elif not out and root.tag_ == "NN" and "P" in tags:  # "met his counterpart, Fumio Kishida"
            out += [m for m in _flat_apposition(p, root, {"P"})[:1] if m.tag == "P"]
    return out


def own_kind(p: Parsed, noun: Token) -> Mention | None:
    """The body whose name stands before the noun of its own kind ("the official WAM news agency",
    "the IRNA news agency" of the Islamic Republic News Agency): the noun is that body."""
    if p.mention(noun) is not None:
        return None
    word = noun.lower_
    for ch in noun.children:
        m = p.mention(ch) if ch.dep_ in ("compound", "amod", "nmod") else None
        if (
            m is not None
            and m.tag == "O"
            and any(
                word in name.lower().split() for e in m.entities for name in (e.label, *e.aliases)
            )
        ):
            return m
    return None


def _past_own_relative(c: Token, inside: list[Token], trigger: Token | None) -> bool:
    """Whether ``c`` is a conjunct told after the relative clause or participle ``trigger`` that
    describes the mention, or its apposition: "claims A, which Britain administers, and a slice of
    B", "A, an islet held by Namibian forces, and B" (the holding is A's alone)."""
    if trigger is None or trigger.dep_ not in ("relcl", "acl") or c.i <= trigger.right_edge.i:
        return False
    host = trigger.head
    return host in inside or (host.dep_ == "appos" and host.head in inside)


def _relative_heads_conjunct(p: Parsed, c: Token, own: Mention | None = None) -> bool:
    """Whether ``c`` is the conjunct ``_conjunct_past_relative`` gives the relative clause's head
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


def _past_clause(p: Parsed, tok: Token, root: Token) -> bool:
    """Whether ``tok`` is, or hangs on, a name the parser put inside a phrase of a relative clause
    though it is joined to the clause's head ("Vietnam, which holds more features than any other
    claimant, as well as Malaysia, Brunei and Taiwan": no feature Vietnam holds)."""
    for a in (tok, *tok.ancestors):
        if a == root:
            return False
        if a.dep_ == "conj" and _relative_heads_conjunct(p, a):
            return True
    return False


def _conjunct_past_relative(
    p: Parsed, t: Token, own: Mention, trigger: Token | None
) -> list[Token]:
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


def _conjunct_past_apposition(p: Parsed, t: Token, own: Mention) -> list[Token]:
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


def _joined(c: Token) -> bool:
    """A conjunct of a coordination that has its "and" ("A, B and C"); not a land the parser hung
    as a conjunct with none ("Ladakh, a region of India, borders Aksai Chin")."""
    chain = [c.head, *(t for t in c.head.subtree if t.dep_ == "conj")]
    return any(ch.dep_ in ("cc", "preconj") for t in chain for ch in t.children) or any(
        t.dep_ == "cc" and t.head in chain for t in c.doc
    )


def _misread_conj(c: Token) -> bool:
    """ "Prime Minister X and his Malaysian counterpart Y", with Y's phrase parsed as an apposition of
    the first: an "and" just before it makes it a conjunct."""
    return c.dep_ == "appos" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].lower_ == "and"


def _name_read_as_modifier(p: Parsed, c: Token, own: Mention) -> bool:
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


def _listed_as_apposition(p: Parsed, c: Token, own: Mention) -> bool:
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


def _flat_apposition(p: Parsed, noun: Token, tags: set[str]) -> list[Mention]:
    """ "by their deputies, Igor Morgulov and Takeo Mori": the names right after a plural noun and
    its comma, where the parser hung them elsewhere."""
    doc, out = noun.doc, list[Mention]()
    i = noun.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return out
    for tok in doc[i + 1 :]:
        m = p.mention(tok)
        if m is not None and m.tag in tags:
            if tok.dep_ in ("nsubj", "nsubjpass"):
                break  # "met his counterpart, Kishida said": the name is the next clause's subject
            _add(out, m)
        elif m is None and tok.lower_ not in (",", "and"):
            break
    return out


def _add(out: list[Mention], m: Mention) -> None:
    if m not in out:
        out.append(m)


def text_of(p: Parsed, slot: list[Token], without: Token | None = None) -> tuple[int, int] | None:
    """The article span a text role takes: the slot's whole phrase (``without`` the phrase of a
    word the parser hung inside it)."""
    left_out = {t.i for t in without.subtree} if without is not None else set()
    for root in slot:  # "earlier this month after a ship sank a boat": the words the parser hung
        marks = [t.i for t in root.children if t.dep_ == "mark" and t.i < root.i]  # before the
        left_out.update(t.i for t in root.subtree if marks and t.i < marks[0])  # clause's opener
    toks = [
        t
        for root in slot
        for t in root.subtree
        if t.i not in left_out
        and not (
            (t.dep_ == "mark" or t.dep_ == "nsubj" and t.tag_ == "WDT")
            and t.head == root
            and t.i < root.i
        )
    ]  # "(that) Moscow would ...", "an agreement (that) ends the dispute"
    toks = [
        t
        for t in toks
        if not t.is_punct or t.i not in (min(x.i for x in toks), max(x.i for x in toks))
    ]
    if not toks:
        return None
    return p.span(toks)
