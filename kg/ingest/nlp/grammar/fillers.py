"""The mentions that fill a slot: the head's own mention and those coordinated with it (which
names joined to it are its: kg.ingest.nlp.grammar.filler_conjuncts), else the nearest inside the
phrase."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.ingest.nlp.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

from kg.ingest.nlp.grammar import filler_conjuncts as conjuncts
from kg.ingest.nlp.grammar.parsed import Parsed
from kg.ingest.nlp.grammar.relatives import whose_noun
from kg.ingest.nlp.grammar.words import BACKING, LANDMARK, PIECE_PREPS, PIECES, POSTS, PRUNE


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
            if c.dep_ in PRUNE and not (deep and c.dep_ in ("xcomp", "ccomp", "acl", "relcl")):
                continue
            if c.dep_ == "prep" and c.lower_ in LANDMARK and not deep and not _piece_of(tok, c):
                continue
            if c.dep_ == "prep" and c.lower_ == "of" and _member(tok):
                continue  # "any member state of the United Nations" is a state, not the UN
            if skip is not None and _held_as(tok, c, skip):
                continue  # "rejected the protest as interference in the affairs of Turkey"
            if c.dep_ in ("compound", "poss") and tok.lemma_.lower() == "member":
                continue  # "a UN member state", "NATO's members": members, not the body
            if c.dep_ in ("amod", "compound") and _backer(c):
                continue  # "Russia-backed separatists", "pro-Russian rebels": not Russia itself
            if (
                (deep or (tok.dep_ in ("nsubj", "nsubjpass") and _acts_for_owner(tok)))
                and c.dep_ == "poss"
                and c.lower_ == "whose"
                and (owner := whose_noun(c))
            ):  # "Gabon, whose gendarmes are stationed on X": Gabon's (its own words only; a
                yield owner  # role inside a slot, not the slot: "whose letter"); a subject that
                continue  # acts for its owner as "Turkey's army" ("Turkey, whose army controls X")
            stack.append(c)


def _held_as(obj: Token, prep: Token, trigger: Token) -> bool:
    """Whether ``prep`` is the "as" phrase on the trigger's direct object, which tells what the doer
    holds the object to be ("dismissed the protest as interference in China's internal affairs"),
    not what the object is: no name in it fills a role of the object."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "as"
        and obj.dep_ in ("dobj", "obj")
        and obj.head.i == trigger.i
    )


def _piece_of(noun: Token, prep: Token) -> bool:
    """ "one square kilometre of land at Tiwinza": a piece of land's "at" phrase is its land; "a
    minister at the South Korean Embassy": a post's "at" phrase is the body it serves."""
    if prep.lower_ == "at" and noun.lemma_.lower() in POSTS:
        return True
    return piece_of_land(noun) and prep.lower_ in PIECE_PREPS


def piece_of_land(noun: Token) -> bool:
    """A piece of land, measured or cut out ("a plot", "one square kilometre of land")."""
    return noun.lemma_.lower() in PIECES or any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.lemma_.lower() in PIECES for o in c.children)
        for c in noun.children
    )


def piece_place(verb: Token) -> list[Token]:
    """Where the parser hung a piece of land's "at" phrase on the verb that hands it over
    ("granted Ecuador one square kilometre of land at Tiwinza"): that phrase's object."""
    return [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in PIECE_PREPS
        for o in c.children
        if o.dep_ == "pobj"
    ]


def _backer(mod: Token) -> bool:
    """A modifier naming who stands behind the noun's doers: "Russia-backed", "pro-Russian"."""
    doc = mod.doc
    if mod.lower_ in BACKING:
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
                    *conjuncts.conjunct_past_relative(p, t, own, trigger),
                    *conjuncts.conjunct_past_apposition(p, t, own),
                )
                if (
                    c.dep_ == "conj"
                    and (conjuncts.joined(c) or own.tag != "T")
                    or conjuncts.misread_conj(c)
                    or conjuncts.name_read_as_modifier(p, c, own)
                    or conjuncts.listed_as_apposition(p, c, own)
                )
                and p.mention(c) is not own
                and not conjuncts.past_own_relative(c, inside, trigger)
                and not conjuncts.relative_heads_conjunct(p, c, own)
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
            if m is not None and m.tag in tags and not conjuncts.past_clause(p, tok, root):
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
        for t in _with_glued(root)
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


def _with_glued(root: Token) -> list[Token]:
    """A phrase with the rest of a hyphenated word the parser split into siblings ("agreed to
    re-establish ...", "to co-operate on ...": "re", "-" and "establish" each the verb's
    complement): the pieces glued to the phrase's last word, and their phrases, belong to it."""
    words = list(root.subtree)
    doc = root.doc
    end = words[-1].i
    while (
        end + 2 < len(doc)
        and doc[end].whitespace_ == ""
        and doc[end + 1].text in ("-", "\u2010")
        and doc[end + 1].whitespace_ == ""
        and doc[end + 1].head == root.head
        and doc[end + 2].head == root.head
        and doc[end + 2].is_alpha
    ):
        more = list(doc[end + 2].subtree)
        if more[0].i != end + 2:
            break
        words += [doc[end + 1], *more]
        end = more[-1].i
    return words


def _acts_for_owner(noun: Token) -> bool:
    """Whether a subject owned by "whose" acts for its owner: a state's organ or its deployed
    forces ("whose army has controlled the area"), not a thing of it ("whose letter was
    received": no meeting with the letter's writer)."""
    from kg.ingest.nlp import lexicon  # a data list; imported here to keep grammar data-free

    lex = lexicon.load()
    return noun.lemma_.lower() in lex.organ_heads or noun.lower_ in lex.deployed_nouns
