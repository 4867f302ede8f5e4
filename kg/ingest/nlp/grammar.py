"""Grammatical roles over spaCy's dependency parse: who does what to whom, whatever stands between.

A relation rule names a trigger and the slots its arguments take (subject, object, a preposition's
object, ...); this module finds those slots in the parse - through the passive, relative clauses,
participles, control verbs ("wants to recover"), coordination and light verbs ("laid claim to") -
and the mentions that fill them. Negation and modality are read from the parse too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.ingest.nlp.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJ = ("nsubj", "csubj", "expl")
_PASS_SUBJ = ("nsubjpass", "csubjpass")
_RELATIVE = frozenset({"which", "that", "who", "whom", "whose"})
#: Verbs whose infinitive complement shares their subject ("wants to recover", "agreed to hand").
_CLAUSE_DEPS = ("xcomp", "ccomp", "advcl", "conj")
#: Clauses and phrases a role's mentions are not looked for in: they say something else.
_PRUNE = frozenset(
    {
        "relcl",
        "acl",
        "advcl",
        "ccomp",
        "parataxis",
        "appos",
        "xcomp",
        "csubj",
        "mark",
        "cc",
        "punct",
        "prep_landmark",
    }
)
_LANDMARK = frozenset(
    {
        "off",
        "near",
        "around",
        "beyond",
        "from",
        "between",
        "across",
        "along",
        "outside",
        "inside",
        "within",
        "at",
        "north",
        "south",
        "east",
        "west",
        "since",
        "after",
        "before",
        "during",
        "until",
        "in",
    }
)
_PARTICLES = frozenset({"back", "over", "out", "up", "off"})
_NEG_WORDS = frozenset({"not", "n't", "never", "no", "nor"})
#: Verbs that cancel the clause they govern: "refused to accept", "failed to sign".
_CANCELLING = frozenset(
    {"refuse", "decline", "fail", "reject", "deny", "rule", "avoid", "cease", "stop"}
)
_MODALS = frozenset(
    {"would", "will", "could", "may", "might", "should", "shall", "can", "must", "'ll", "wo"}
)
#: Governing words that make what they govern a plan, not a deed ("ready to hand over").
_IRREALIS = frozenset(
    {
        "ready",
        "willing",
        "prepared",
        "plan",
        "intend",
        "want",
        "agree",
        "pledge",
        "promise",
        "offer",
        "propose",
        "hope",
        "aim",
        "seek",
        "expect",
        "vow",
        "undertake",
        "commit",
        "able",
        "obliged",
        "going",
        "set",
        "try",
        "call",
        "urge",
        "demand",
        "ask",
        "suggest",
        "consider",
        "envisage",
        "provide",
        "stipulate",
        "say",
        "state",
        "declare",
        "need",
    }
)


@dataclass
class Parsed:
    """One sentence's parse, and which mention each token belongs to."""

    doc: Doc
    offset: int  # where the sentence starts in the article
    by_token: list[Mention | None]

    @classmethod
    def of(cls, doc: Doc, offset: int, mentions: list[Mention]) -> Parsed:
        by_token: list[Mention | None] = [None] * len(doc)
        for m in mentions:
            for tok in doc:
                start = offset + tok.idx
                if m.start <= start < m.end or (start <= m.start < start + len(tok.text)):
                    by_token[tok.i] = m
        return cls(doc, offset, by_token)

    def mention(self, tok: Token) -> Mention | None:
        return self.by_token[tok.i]

    def span(self, toks: list[Token]) -> tuple[int, int]:
        """Article offsets of the text the tokens cover."""
        first, last = min(t.i for t in toks), max(t.i for t in toks)
        start = self.doc[first].idx
        end = self.doc[last].idx + len(self.doc[last].text)
        return self.offset + start, self.offset + end


# -- slots -----------------------------------------------------------------------------------------


def is_passive(t: Token) -> bool:
    return any(c.dep_ in _PASS_SUBJ or c.dep_ == "auxpass" for c in t.children) or (
        t.dep_ in ("acl", "amod") and t.tag_ == "VBN"
    )


def _resolve_relative(tok: Token) -> Token:
    """ "which"/"that" standing for the noun its clause hangs on."""
    if tok.lower_ in _RELATIVE:
        clause = tok.head
        while clause.dep_ == "conj" and clause.head != clause:
            clause = clause.head
        if clause.dep_ == "relcl":
            return clause.head
    return tok


#: Verbs whose object does what their infinitive says ("urged Tokyo to ...", "asked Moscow to ...").
_OBJECT_CONTROL = frozenset(
    {
        "urge",
        "ask",
        "press",
        "persuade",
        "force",
        "allow",
        "invite",
        "encourage",
        "call",
        "tell",
        "order",
        "request",
        "push",
        "require",
        "compel",
        "oblige",
        "expect",
        "want",
        "permit",
        "enable",
        "help",
        "instruct",
        "direct",
        "advise",
        "warn",
    }
)


def subjects(t: Token) -> list[Token]:
    """The doer of ``t``: its subject, or the by-phrase of a passive, or where the subject is shared."""
    if is_passive(t):
        agents = [
            g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
        ]
        if agents:
            return agents
        if t.dep_ in ("amod", "acl"):  # "the Russian-held island": the word before the hyphen
            return [
                c
                for c in t.children
                if c.i < t.i
                and c.dep_ in ("npadvmod", "compound", "nmod", "advmod", "amod")
                and c.i + 1 < len(t.doc)
                and t.doc[c.i + 1].text == "-"
            ]
        return []
    own = [c for c in t.children if c.dep_ in _SUBJ]
    if own:
        return [_resolve_relative(s) for s in own]
    if (
        t.dep_ in ("amod", "acl") and t.tag_ == "VBN"
    ):  # "the Russian-held island": the word before the hyphen
        return [
            c
            for c in t.children
            if c.i < t.i
            and c.dep_ in ("npadvmod", "compound", "nmod", "advmod", "amod")
            and c.i + 1 < len(t.doc)
            and t.doc[c.i + 1].text == "-"
        ]
    if (
        t.dep_ == "relcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        and t.head.dep_ in ("dobj", "obj")
        and t.head.head.lemma_.lower() not in _OBJECT_CONTROL
    ):  # "summoned a diplomat to protest", parsed as "a diplomat to protest": a purpose
        return subjects(t.head.head)
    if (
        t.dep_ == "relcl"
    ):  # "Japan, which claims ...": handled by the pronoun; here a reduced clause
        return []
    if t.dep_ == "acl" and t.tag_ == "VBG":  # "an order requiring Venezuela to ...": the order does
        return [t.head]
    if t.dep_ in ("xcomp", "conj", "advcl", "acomp", "attr", "oprd", "pcomp") and t.head != t:
        if (
            t.dep_ == "advcl"
            and any(c.dep_ == "mark" for c in t.children)
            and t.tag_ not in ("VBG", "VBN")
        ):
            return []  # "if Japan ...": a clause with its own marker has its own subject ("while saying": not)
        if t.dep_ == "pcomp":
            return subjects(t.head.head) if t.head.head != t.head else []
        if (
            t.dep_ == "advcl"
            and t.tag_ == "VBG"
            and t.i > 0
            and t.doc[t.i - 1].text == ","
            and t.head.dep_ == "xcomp"
            and t.head.head.lemma_.lower() in _OBJECT_CONTROL
        ):  # "urged Japan to withdraw it, calling it unjust": the urger calls it so
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
                return [_resolve_relative(x) for x in told]
        return subjects(t.head)
    return []


_SUBORDINATORS = frozenset(
    {"after", "before", "since", "until", "when", "as", "because", "while", "once"}
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
        and before.head.lower_ in _SUBORDINATORS
        and before.pos_ in ("PROPN", "NOUN", "PRON")
    ):
        return before
    return None


def _described(noun: Token) -> Token:
    """The noun a clause describes, past a landmark the parser hung it on: in "islands off Hokkaido
    held by Russia" what is held is the islands."""
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ in _LANDMARK
        and noun.head.head.pos_ in ("NOUN", "PROPN", "NUM")
    ):
        return noun.head.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.pos_ == "PROPN":
        described = noun.head.head.head  # "a region administered by Guyana that Venezuela claims"
        if described.pos_ in ("NOUN", "PROPN") and described != noun.head.head:
            noun = described
    if noun.dep_ == "appos" and noun.pos_ == "NOUN":  # "Essequibo, a region ... that X claims"
        return noun.head
    return noun


def objects(t: Token) -> list[Token]:
    """What ``t`` acts on: its object, the subject of a passive, the noun a participle or relative
    clause describes."""
    if is_passive(t):
        own = [_resolve_relative(c) for c in t.children if c.dep_ in _PASS_SUBJ]
        if own:
            return own
        if t.dep_ in ("acl", "amod", "relcl"):
            return [_described(t.head)]
        if t.dep_ == "conj":
            return objects(t.head)
        return []
    own = [_resolve_relative(c) for c in t.children if c.dep_ in ("dobj", "obj")]
    if own:
        return [_listed_after_colon(t, o) or o for o in own]
    for c in t.children:  # "made the handover conditional on ...": the small clause's subject
        if c.dep_ in ("ccomp", "oprd") and c.pos_ in ("ADJ", "NOUN"):
            small = [x for x in c.children if x.dep_ == "nsubj"]
            if small:
                return small
    if t.dep_ == "relcl" and not any(c.dep_ in ("dobj", "obj") for c in t.children):
        return [_described(t.head)]  # "the islands (that) Japan claims"
    if t.dep_ == "amod":  # "Russian-held islands"
        return [t.head]
    for c in t.children:  # "seized and annexed Crimea": a shared object stands after the last verb
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            found = [o for o in c.children if o.dep_ in ("dobj", "obj")]
            if found:
                return found
    return []


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


def preps(t: Token, word: str) -> list[Token]:
    """Objects of the preposition ``word`` attached to ``t``, to its object or to its particle."""
    out: list[Token] = []
    objs = [c for c in t.children if c.dep_ in ("dobj", "obj")]
    objs += [
        c for o in objs for c in o.children if c.dep_ == "conj"
    ]  # "hand A and B over to Japan"
    hosts = [
        t,
        *objs,
        *(c for h in (t, *objs) for c in h.children if c.dep_ == "prt" or c.lower_ in _PARTICLES),
    ]
    for host in hosts:
        for c in host.children:
            if c.dep_ not in ("prep", "agent", "dative", "prt", "advmod"):
                continue
            if c.lower_ == word:
                out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
            # "out of", "over to": the object hangs on the second word
            for p in c.children:
                if p.dep_ == "prep" and (p.lower_ == word or c.lower_ == word):
                    out.extend(g for g in p.children if g.dep_ == "pobj" and g not in out)
    return out


#: "in retaliation for X", "in response to X", "because of X", "over X": why it was done.
_REASON_NOUNS = frozenset({"retaliation", "response", "protest", "reaction", "reprisal"})


def reasons(t: Token) -> list[Token]:
    """What a clause gives as the reason for its verb: the object of "in retaliation for", "in
    response to", "because of", "over", "citing", or a "because" clause."""
    out = [  # "in retaliation for" says why wherever the parser hangs it
        o
        for n in t.subtree
        if n.dep_ == "pobj" and n.lemma_.lower() in _REASON_NOUNS and n.head.lower_ == "in"
        for x in n.children
        if x.dep_ == "prep"
        for o in x.children
        if o.dep_ == "pobj"
    ]
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in ("over", "because", "due"):
            out += [o for o in c.subtree if o.dep_ == "pobj"][:1]  # "because of", "due to"
        elif c.dep_ == "advcl" and (
            c.lower_ == "citing"
            or any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children)
        ):
            out.append(c)
    return out


def datives(t: Token) -> list[Token]:
    return [c for c in t.children if c.dep_ == "dative" and c.pos_ != "ADP"]


def particle(t: Token) -> str | None:
    for c in t.children:
        if c.dep_ == "prt":
            return c.lower_
    return None


def clause(t: Token) -> list[Token]:
    """What an agreement or pledge is about: its complement clause, or the object of on/to/that."""
    for c in t.children:
        if c.dep_ in ("xcomp", "ccomp"):
            return [c]
    for (
        c
    ) in t.children:  # "agreed in 1989 to restore ...": the parser may call the infinitive an advcl
        if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return [c]
    for word in ("on", "to", "upon"):
        found = preps(t, word)
        if found:
            return found
    return [c for c in t.children if c.dep_ in ("dobj", "obj")]


def noun_agents(n: Token, light: frozenset[str]) -> list[Token]:
    """The doer of a nominal trigger: "Japan's claim", "the Japanese claim", "a claim by Japan", or
    the subject of the light verb that carries it ("Japan laid claim to")."""
    out = [c for c in n.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    out += [
        g
        for c in n.children
        if c.dep_ in ("prep", "agent") and c.lower_ == "by"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    gov = governor(n)
    if gov is not None and gov.lemma_ in light:
        out += subjects(gov)
    return out


def governor(n: Token) -> Token | None:
    """The verb a noun is the object of ("laid claim"), through "to" ("committed to the deal")."""
    if n.dep_ in ("dobj", "obj", "attr", "oprd"):
        return n.head
    if n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.pos_ in ("VERB", "AUX"):
        return n.head.head
    return None


def noun_subject(n: Token) -> list[Token]:
    """Whom a predicate noun describes: "Russia is the successor", "Russia, the successor ...",
    "Russia, as the successor ..."."""
    own = [
        c for c in n.children if c.dep_ in _SUBJ
    ]  # a small clause: "considers [X an integral part]"
    if own:
        return own
    if n.dep_ == "oprd" or (n.dep_ in ("ccomp", "xcomp") and n.pos_ == "NOUN"):
        objs = [
            c for c in n.head.children if c.dep_ in ("dobj", "obj")
        ]  # "considers X an integral part"
        if objs:
            return objs
    if n.dep_ in ("attr", "acomp", "oprd"):  # "were proclaimed part of": the passive's subject
        return [c for c in n.head.children if c.dep_ in (*_SUBJ, "nsubjpass")] or subjects(n.head)
    if n.dep_ == "appos":
        return [n.head]
    if n.dep_ == "pobj" and n.head.lower_ == "as":
        host = n.head.head
        return subjects(host) if host.pos_ in ("VERB", "AUX") else [host]
    return []


def under_head(n: Token) -> list[Token]:
    """ "X, under Russian control": the noun the "under" phrase describes."""
    if n.dep_ == "pobj" and n.head.lower_ == "under":
        host = n.head.head
        if host.pos_ in ("NOUN", "PROPN"):
            return [host]
        return [c for c in host.children if c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ]
    return []


# -- mentions in a slot ----------------------------------------------------------------------------


def walk(root: Token, *, deep: bool) -> Iterator[Token]:
    """``root`` and its dependents, leaving out clauses and phrases that say something else (and,
    unless ``deep``, prepositional phrases that only locate: "islands off Hokkaido")."""
    stack = [root]
    while stack:
        tok = stack.pop()
        yield tok
        for c in tok.children:
            if c.dep_ in _PRUNE and not (deep and c.dep_ in ("xcomp", "ccomp", "acl", "relcl")):
                continue
            if c.dep_ == "prep" and c.lower_ in _LANDMARK and not deep:
                continue
            stack.append(c)


def fillers(p: Parsed, slot: list[Token], tags: set[str], *, deep: bool = False) -> list[Mention]:
    """The mentions of the wanted kinds a slot holds: its head's own mention (and those coordinated
    with it) when that is of the right kind, else the nearest ones inside it."""
    out: list[Mention] = []
    for root in slot:
        own = p.mention(root)
        if own is not None and own.tag in tags:
            _add(out, own)
            # coordinated with the mention: hung on its head, or on another of its words when the
            # mention takes in a title ("their deputies, Igor Morgulov and Takeo Mori")
            inside = [t for t in root.doc if p.mention(t) is own]
            for c in (
                c
                for t in inside
                for c in t.children
                if c.dep_ == "conj" and p.mention(c) is not own
            ):
                out += [m for m in fillers(p, [c], tags, deep=deep) if m not in out]
            continue
        owner = [
            c
            for c in root.children
            if c.dep_ == "poss" and (m := p.mention(c)) is not None and m.tag in tags
        ]
        if owner and root.pos_ == "NOUN":  # "against Managua's recognition of X": Managua acts
            out += [m for m in fillers(p, owner, tags, deep=deep) if m not in out]
            continue
        for tok in walk(root, deep=deep):
            m = p.mention(tok)
            if m is not None and m.tag in tags:
                _add(out, m)
        if not out:  # "four islands: Kunashir, Iturup, Shikotan and Habomai": the list names them
            for c in root.children:
                if c.dep_ in ("appos", "dep") and p.mention(c) is not None:
                    out += [m for m in fillers(p, [c], tags, deep=deep) if m not in out]
        if not out and root.tag_ == "NNS":
            out += _flat_apposition(p, root, tags)
    return out


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
            _add(out, m)
        elif m is None and tok.lower_ not in (",", "and"):
            break
    return out


def _add(out: list[Mention], m: Mention) -> None:
    if m not in out:
        out.append(m)


def text_of(p: Parsed, slot: list[Token]) -> tuple[int, int] | None:
    """The article span a text role takes: the slot's whole phrase."""
    toks = [
        t
        for root in slot
        for t in root.subtree
        if not (t.dep_ == "mark" and t.head == root and t.i < root.i)
    ]  # "(that) Moscow would ..."
    toks = [
        t
        for t in toks
        if not t.is_punct or t.i not in (min(x.i for x in toks), max(x.i for x in toks))
    ]
    if not toks:
        return None
    return p.span(toks)


# -- mood ------------------------------------------------------------------------------------------


def negated(t: Token) -> bool:
    """ "does not recognise", "never accepted", "refused to accept", "no claim"."""
    tok: Token | None = t
    for _ in range(4):
        if tok is None:
            return False
        if any(
            c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in _NEG_WORDS)
            for c in tok.children
        ):
            return True
        if tok.dep_ == "pcomp" and tok.head.lower_ == "without":  # "without recognising it"
            return True
        if tok.dep_ in ("xcomp", "conj", "dobj", "pobj") and tok.head != tok:
            if tok.dep_ == "xcomp" and tok.head.lemma_ in _CANCELLING:
                return True
            if tok.dep_ == "pobj":
                tok = tok.head.head if tok.head.dep_ == "prep" else None
                continue
            if tok.dep_ == "conj" and any(c.dep_ == "neg" for c in tok.children):
                return True
            tok = tok.head
            continue
        return False
    return False


def modal(t: Token) -> bool:
    """A plan, promise or possibility rather than a deed: "would hand over", "ready to return",
    "to be handed over"."""
    tok = t
    for _ in range(4):
        for c in tok.children:
            if c.dep_ in ("aux", "auxpass") and (c.lower_ in _MODALS or c.lemma_ in _MODALS):
                return True
            if (
                c.dep_ == "aux"
                and c.lower_ == "to"
                and tok.dep_ in ("acl", "advcl", "relcl", "xcomp", "ccomp")
            ):
                return (
                    True  # an infinitive: "its obligation to hand over the islands" is no handover
                )
        if tok.dep_ in ("xcomp", "acomp", "ccomp", "conj", "pcomp", "advcl") and tok.head != tok:
            head = tok.head
            if tok.dep_ in ("xcomp", "acomp", "pcomp") and head.lemma_ in _IRREALIS:
                return True
            if tok.dep_ == "ccomp" and head.lemma_ in _PROPOSING and tok.tag_ in ("VB", "VBP"):
                return True  # "proposed that Russia and Japan sign": a subjunctive, not a deed
            if (
                tok.dep_ == "xcomp"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
                and head.lemma_ == "be"
            ):
                return True  # "is to be handed over"
            tok = head
            continue
        if tok.dep_ in ("pobj",) and tok.head.dep_ == "prep":
            tok = tok.head.head
            continue
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_ in _IRREALIS:
            return True  # "provided for the handover of"
        return False
    return False


_PROPOSING = frozenset(
    {"propose", "suggest", "urge", "demand", "ask", "insist", "recommend", "request"}
)
_CONDITION_MARKS = frozenset(
    {"if", "once", "after", "unless", "provided", "providing", "when", "until"}
)


def ancestors_to_root(t: Token) -> Iterator[Token]:
    tok = t
    seen = 0
    while tok.head != tok and seen < 12:
        tok = tok.head
        seen += 1
        yield tok


def conditions(t: Token) -> list[tuple[Token, Token | None]]:
    """Conditions on ``t`` or on the clauses above it: "if ...", "once ...", "after ...", "on
    condition that ...", "provided that ...", "in exchange for ...". (marker, clause) pairs."""
    out: list[tuple[Token, Token | None]] = []
    for host in (t, *ancestors_to_root(t)):
        for c in host.children:
            if c.lower_ in ("provided", "providing") and c.dep_ in (
                "advcl",
                "ccomp",
                "conj",
                "prep",
            ):
                out.append((c, next((g for g in c.children if g.dep_ in ("ccomp", "advcl")), None)))
            elif c.dep_ == "advcl":
                marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS]
                if marks:
                    out.append((marks[0], c))
            elif c.dep_ == "prep" and c.lower_ in (
                "on",
                "upon",
                "after",
                "for",
                "in",
                "subject",
                "following",
            ):
                pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is None:
                    continue
                if c.lower_ in ("on", "upon") and pobj.lemma_ == "condition":
                    out.append((c, pobj))
                elif c.lower_ == "in" and pobj.lemma_ in ("exchange", "return"):
                    what = [
                        x
                        for f in pobj.children
                        if f.lower_ == "for"
                        for x in f.children
                        if x.dep_ == "pobj"
                    ]
                    out.append((c, what[0] if what else pobj))  # "in exchange for a peace treaty"
                elif c.lower_ == "after" and pobj.pos_ in ("NOUN", "VERB"):
                    out.append((c, pobj))
    return out
