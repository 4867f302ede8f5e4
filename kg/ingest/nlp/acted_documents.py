"""Documents named by a noun that is a document only where a document verb acts on it.

"Japan and Australia issued a joint statement", "the map, issued last week by the institute",
"the statement was signed by Armenia, Azerbaijan and Russia": a statement, map, report or letter
issued or signed is a document; "said in a statement", "a map of the region" are not (counting
them always cost precision on the dev articles). The nouns are data (``data/lexicon.yaml``,
``acted_document_nouns``), the verbs those of the ``issued`` and ``signed`` trigger classes, and
the verb's hold on the noun is read from the parse: its object, its passive subject, or the noun a
participle describes. A noun that provides is one too ("the minutes also provide that ...", "the
letter promises ...", "the minutes make X conditional on Y"; ``provision_verbs``): the document
that noun named before in the article where there is one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import lexicon
from kg.ingest.nlp.grammar.kept_tokens import tokens
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.triggers import lemmas_of, quoted_speech_verbs, speech_verbs
from kg.ingest.nlp.triggers import load as load_triggers
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_RELATIONS = ("issued", "signed")
_MODIFIERS = ("amod", "compound")  # "a joint statement", "a new official map": its name
_BACK = frozenset({"the", "those", "these", "that", "this"})  # "those minutes": named before


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    data = read_yaml(DATA_DIR / "lexicon.yaml")
    return frozenset(str(n).lower() for n in data.get("acted_document_nouns", ()))


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """The verbs of the issued and signed classes that act on any document (not only on a law),
    as their object (not a court's "rejected the statement", which issues a ruling of its own)."""
    return lemmas_of(
        _RELATIONS,
        lambda t: (
            not t.noun
            and not t.object_lemmas
            and not t.particle
            and ("object", "document") in t.slots
        ),
    )


@lru_cache(maxsize=1)
def _phrasal_verbs() -> dict[str, frozenset[str]]:
    """The verbs of those classes that act on a document with a particle ("put out a map", "the
    map, drawn up by ..."): the verb's lemma and its particles."""
    out: dict[str, set[str]] = {}
    for r in load_triggers():
        if r.name not in _RELATIONS:
            continue
        for t in r.triggers:
            if t.noun or t.object_lemmas or not t.particle:
                continue
            for lemma in t.lemmas:
                out.setdefault(lemma, set()).update(x for x in t.particle if x)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _handed_in() -> frozenset[str]:
    """Verbs that hand in a document of one's own without issuing it ("filed a complaint", "lodged
    a protest", "submitted its report"): the noun is a document, no fact is read from the verb."""
    data = read_yaml(DATA_DIR / "lexicon.yaml")
    return frozenset(str(n).lower() for n in data.get("handed_in_document_verbs", ()))


@lru_cache(maxsize=1)
def _epithets() -> frozenset[str]:
    """Words that describe a document without naming it ("new", "latest"): no part of its label."""
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml")
    return frozenset(str(w).lower() for w in data.get("document_epithets", ()))


def acts(verb: Token) -> bool:
    """Whether ``verb`` is one of the document verbs, with its particle where it needs one."""
    lemma = verb.lemma_.lower()
    if lemma in _verbs() or lemma in _handed_in():
        return True
    particles = _phrasal_verbs().get(lemma, frozenset())
    return bool(particles) and any(
        ch.dep_ == "prt" and ch.lower_ in particles for ch in verb.children
    )


def carries_speech(tok: Token) -> bool:
    """ "issued a statement saying ...", "a statement issued by X said ...", "according to a
    statement issued by X": the noun carries what was said, which the speech rules credit to its
    issuer; made a document, it would hide the issuer from them."""
    said = speech_verbs()
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in said:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        # (not "according to minutes signed in Kisumu": a document's text, no one's words)
        return _listed(tok, lexicon.load().spoken_nouns) is not None
    seen = _provision()[2]  # "a draft, seen by Reuters, provides ...": the reporter's access
    return any(
        ch.dep_ in ("acl", "relcl")
        and ch.lemma_.lower() in said - seen
        and not _within(ch)
        and (ch.lemma_.lower() not in quoted_speech_verbs() or _quotes(ch))
        for ch in tok.children
    )


def _quotes(clause: Token) -> bool:
    """Whether a clause holds a quotation ("a statement rejecting it as 'a farce'")."""
    return any(t.is_quote for t in clause.subtree)


def _within(clause: Token) -> bool:
    """Whether a relative clause tells what is in the noun ("a letter in which Ethiopia promises
    to ..."): its subject speaks through the document, which does not speak itself."""
    return any(
        ch.dep_ == "prep" and ch.lower_ == "in" and any(x.tag_ == "WDT" for x in ch.children)
        for ch in clause.children
    )


@lru_cache(maxsize=1)
def _provision() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs whose subject is a document that provides, the complements that make "make"
    one ("make X conditional on Y") and the participles of a reporter's access to it ("seen by
    Reuters"), from the data file."""
    data = read_yaml(DATA_DIR / "lexicon.yaml")
    verbs = frozenset(str(v).lower() for v in data.get("provision_verbs", ()))
    seen = frozenset(str(v).lower() for v in data.get("seen_document_verbs", ()))
    return verbs, frozenset(str(w).lower() for w in data.get("provision_complements", ())), seen


@lru_cache(maxsize=1)
def document_copies() -> frozenset[str]:
    """Nouns for a copy of a document ("a draft of the minutes"), from the references data file."""
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml")
    return frozenset(str(w).lower() for w in data.get("document_copies", ()))


def copied(tok: Token) -> Token:
    """The copy a document's noun is named through ("a draft of the commission's minutes": the
    draft), which stands in the sentence for it; else the noun itself."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in document_copies():
        return prep.head
    return tok


def _provides(tok: Token) -> bool:
    """Whether the noun is the subject of a verb by which a document provides ("the minutes also
    provide that ...", "the letter promises ...", "the minutes make X conditional on Y"), itself
    or through a copy of it ("a draft of the minutes provides ...")."""
    tok = copied(tok)
    verbs, complements, _ = _provision()
    if tok.dep_ != "nsubj":
        return False
    verb = tok.head
    if verb.lemma_.lower() in verbs:
        return True
    if verb.lemma_.lower() != "make":
        return False
    near = [*verb.children, *(g for ch in verb.children for g in ch.children)]
    return any(w.lower_ in complements for w in near)


def _of_signed(tok: Token) -> bool:
    """ "a record of discussions signed in Beijing": the parser hangs the participle on the noun's
    of-object, but it is the record that was signed."""
    return any(
        a.dep_ == "acl" and a.tag_ == "VBN" and acts(a)
        for ch in tok.children
        if ch.dep_ == "prep" and ch.lower_ == "of"
        for o in ch.children
        if o.dep_ == "pobj"
        for a in o.children
    )


def _acted_on(tok: Token) -> bool:
    """Whether a document verb acts on the noun, or something is done under it ("Armenia agreed
    to return the district under the ceasefire statement"): one acts under a document's terms,
    never under words merely said; or it is dated ("in a letter dated May 5")."""
    if tok.dep_ in ("dobj", "nsubjpass") and acts(tok.head):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "under":
        return True
    if any(_year(ch) for ch in tok.children if ch.i < tok.i):
        return True  # "remained attached to the 2022 roadmap": one made in a year is a document
    if any(
        ch.dep_ == "relcl" and ch.lemma_.lower() in _provision()[0] and _within(ch)
        for ch in tok.children
    ):
        return True  # "a letter in which Ethiopia promises to hand the area over": its terms
    if _of_signed(tok):
        return True
    return any(  # "a letter dated May 5": one with its own date is a document
        ch.dep_ == "acl"
        and ch.tag_ == "VBN"
        and (acts(ch) or ch.lower_ == "dated")
        or ch.dep_ == "relcl"  # "the map, which was published by China (which China published)"
        and acts(ch)
        and any(x.dep_ in ("nsubjpass", "dobj") and x.tag_ == "WDT" for x in ch.children)
        for ch in tok.children
    )


def _year(t: Token) -> bool:
    """Whether ``t`` is a year modifying a noun ("the 2022 roadmap", "the 1998 plan")."""
    return t.dep_ in ("nummod", "compound", "amod") and len(t.text) == 4 and t.text.isdigit()


def find(
    doc: Doc,
    offset: int,
    text: str,
    taken: list[Mention],
    local: Callable[[str, str], str],
    known: list[Entity],
) -> list[Mention]:
    """The sentence's documents named by an acted-on noun; ``offset`` is where the sentence starts,
    ``taken`` the mentions found already (a name keeps its words), ``known`` the article's
    documents so far: "the map" is the map named before ("a new official map ... The map, issued
    by ...")."""
    nouns = _nouns()
    out: list[Mention] = []
    for tok in tokens(doc):
        named = _name_start(tok)
        listed = _listed(tok, nouns) if tok.pos_ == "NOUN" or named is not None else None
        if listed is None:
            continue
        acted, provides = named is not None or _acted_on(tok), _provides(tok)
        before = _named_before(tok, known)
        if not acted and not (provides and (before or listed not in lexicon.load().spoken_nouns)):
            continue  # a new "statement promised ...": words said, which the speech rules read
        if carries_speech(tok) and not (provides and before):
            continue
        mods = [ch for ch in tok.children if ch.dep_ in _MODIFIERS and ch.i < tok.i]
        first = min((m.i for m in mods), default=tok.i)
        if any(doc[i].dep_ not in _MODIFIERS for i in range(first, tok.i)):
            first = tok.i  # keep the name to the noun's own words next to it
        first = _after_maker(doc, offset, first, tok, taken)  # "a Chinese map": China's map
        first = first if named is None else named
        s, e = offset + doc[first].idx, offset + tok.idx + len(tok.text)
        if any(m.start < e and s < m.end and not _within_name(m, s, e, named) for m in taken):
            continue
        while first < tok.i and doc[first].lower_ in _epithets() and named is None:
            first += 1  # "new fishing rules" are the fishing rules
        s = offset + doc[first].idx
        head = tok.lower_ if tok.tag_ == "NNS" else tok.lemma_.lower()  # "the fishing rules"
        label = " ".join([*(t.lower_ for t in doc[first : tok.i]), head])
        label = text[s:e] if named is not None else label  # "the Three-Step Roadmap": its name
        year = next((ch.text for ch in tok.children if ch.i < tok.i and _year(ch)), None)
        label = f"{label} of {year}" if year and year not in label else label  # "the 2022 roadmap"
        ent = before or Entity("Document", local("Document", label), label, (listed,), None, year)
        out.append(Mention(s, e, text[s:e], "D", ent, how="acted-on"))
    return out


def _name_start(tok: Token) -> int | None:
    """Where the proper name a capitalised noun ends starts ("the Three-Step Roadmap", "the Lusaka
    Roadmap"): a document so named is one without any verb acting on it. Every word between a
    lower-case "the" and the noun is capitalised (a hyphen, a masked name); None where it is no
    such name."""
    if not tok.text[:1].isupper() or tok.i == 0:
        return None
    det = next((ch for ch in tok.children if ch.dep_ == "det" and ch.i < tok.i), None)
    if det is None or det.text != "the" or det.i >= tok.i - 1:
        return None
    words = tok.doc[det.i + 1 : tok.i]
    if not all(w.text[:1].isupper() or w.text[:1] in "-«" for w in words):  # «C1»: a masked name
        return None
    return det.i + 1


def _within_name(m: Mention, s: int, e: int, named: int | None) -> bool:
    """Whether a mention found already is a place inside a document's proper name ("the Kampala
    Roadmap"): the name keeps it as its word."""
    return named is not None and m.tag != "D" and s <= m.start and m.end <= e


def _listed(tok: Token, nouns: frozenset[str]) -> str | None:
    """The listed word the noun is: its lemma or, for a plural the lemma leaves ("the minutes",
    lemma "minute"), the word as written; None where it is neither."""
    lemma = tok.lemma_.lower()
    return lemma if lemma in nouns else tok.lower_ if tok.lower_ in nouns else None


def _after_maker(doc: Doc, offset: int, first: int, tok: Token, taken: list[Mention]) -> int:
    """ "A Chinese map published in 2005": the state a demonym before the noun names is its maker
    (rules/issued_by.py reads it), not part of the document's name: the name starts after it."""
    for i in range(first, tok.i):
        w = doc[i]
        at = offset + w.idx
        if any(m.tag == "S" and m.start <= at < m.end for m in taken) and w.dep_ == "amod":
            first = i + 1
    return first


def _named_before(tok: Token, known: list[Entity]) -> Entity | None:
    """The document a bare "the <noun>" refers back to: the last one named by that noun."""
    bare = all(ch.dep_ not in _MODIFIERS for ch in tok.children if ch.i < tok.i)
    if not bare or not any(ch.dep_ == "det" and ch.lower_ in _BACK for ch in tok.children):
        return None
    noun = tok.lemma_.lower()
    return next((d for d in reversed(known) if noun in d.aliases or tok.lower_ in d.aliases), None)
