"""Lands named by what they are, with no proper name: "a maritime area that was claimed by both
Guyana and Suriname", "Iran claims the offshore gas field", "the army seized the buffer zone".

News often puts an unnamed stretch of sea or land at stake: a fact about it is lost if no mention
stands there. Only where the grammar puts land (a land-only role of a trigger of a relation about
land itself, kg.ingest.nlp.land_roles: not a rejection, where "the exclusion zone that Japan
declared" is the act rejected) and only a land noun a word of its kind describes (``described_lands`` of
``data/lexicon/places.yaml``: "maritime area", "fishing grounds", "military zone"), so that a bare
"the area", which refers back to a land named before, is left to the references. One entity a
description per source: "the maritime area" later is the same land.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from kg.ingest.nlp import land_aliases, land_roles, triggers
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.grammar.relatives import relative_clause
from kg.ingest.nlp.mentions import Mention
from kg.iris import entity_key
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The land nouns a description may head, the words that describe them as land or sea, and
    the relations whose land-only roles they may fill."""
    data = read_yaml(DATA_DIR / "lexicon" / "places.yaml").get("described_lands", {})
    return (
        frozenset(str(w) for w in data.get("heads", ())),
        frozenset(str(w) for w in data.get("describers", ())),
        frozenset(str(w) for w in data.get("relations", ())),
    )


def _description(p: Parsed, noun: Token) -> list[Token]:
    """The describing words right before a land noun ("offshore gas" of "the offshore gas field"),
    in order; none if a word there is no describer or is another mention's."""
    _heads, describers, _rels = _words()
    words: list[Token] = []
    i = noun.i - 1
    while i >= 0:
        t = p.doc[i]
        if t.lower_ not in describers or t.dep_ not in ("amod", "compound", "nmod"):
            break
        if p.mention(t) is not None:
            return []
        words.insert(0, t)
        i -= 1
    return words


#: Participles that make a "<Demonym>-held" compound say who holds the land it describes.
_HOLDING = frozenset({"held", "controlled", "administered", "occupied", "run", "ruled"})
#: Plural land nouns a holder's compound describes ("the Russian-held islands off Hokkaido").
_HELD_HEADS = frozenset({"islands", "islets", "isles", "territories", "villages"})


def _held_by(p: Parsed, noun: Token) -> list[Token]:
    """ "the Russian-controlled islands (off Hokkaido that Japan claims)": a plural land noun a
    holder's hyphenated compound describes, its words from the holder's name on."""
    if noun.lower_ not in _HELD_HEADS or _partitive(noun):
        return []
    for part in noun.lefts:
        if part.dep_ == "amod" and part.lower_ in _HOLDING and part.i > 1:
            dash, holder = p.doc[part.i - 1], p.doc[part.i - 2]
            if dash.text == "-" and holder.pos_ in ("PROPN", "ADJ", "NOUN") and holder.head == part:
                first = min((holder, *holder.lefts), key=lambda t: t.i)
                return list(p.doc[first.i : noun.i])
    return []


def _partitive(noun: Token) -> bool:
    """ "Kunashir, one of the four Russian-held islands": the group of a land named already,
    which the gazetteer knows (`rules/territory.py`), not a land of its own."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and (prep.head.pos_ == "NUM" or prep.head.lower_ in ("one", "some", "several", "most"))
    )


def _located(noun: Token) -> list[Token]:
    """ "waters stretching south toward Tobago", "an area extending north-east toward Barbados",
    "the waters around the five islands", "a stretch of ocean": a land noun no word before it
    describes, placed by the phrase after it (a locating preposition, a participle of reach, or
    "of" a sea word); the phrase's words up to a comma or a relative clause, none without one."""
    for child in noun.rights:
        if not _placing(child):
            continue
        words = []
        for t in child.subtree:
            if t.is_punct and t.text != "-" or t.dep_ == "relcl" or t.tag_ in ("WDT", "WP"):
                break
            words.append(t)
        if any(t.dep_ == "pobj" for t in words):
            return words
    return []


def _placing(child: Token) -> bool:
    """A phrase after a land noun that says where it lies: "off X", "stretching toward X", "of
    ocean"."""
    if child.dep_ == "acl":
        return child.lemma_.lower() in _REACHING
    if child.dep_ != "prep":
        return False
    if child.lower_ in described_words("locating"):
        return True
    return child.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lower_ in described_words("of") for o in child.children
    )


def _owned(p: Parsed) -> frozenset[int]:
    """ "waters that France has always considered its own", "the grounds Barbados regards as its
    own": the noun a relative clause of regarding calls the regarder's own (rules/own_land.py
    reads the claim), which the clause itself places and describes."""
    out: set[int] = set()
    for t in p.tokens:
        if t.lower_ != "own" or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children):
            continue
        clause = next((a for a in t.ancestors if relative_clause(a)), None)
        if clause is not None and clause.lemma_.lower() in _regarding():
            out.add(clause.head.i)
    return frozenset(out)


@lru_cache(maxsize=1)
def _regarding() -> frozenset[str]:
    """The verbs a relative clause calls land its own with: those of the ``own`` trigger
    (data/lexicon/relations.yaml, ``declared_by``), whose claim rules/own_land.py reads."""
    return frozenset(
        v for _rel, trig in triggers.by_lemma().get("own", ()) for v in trig.declared_by
    )


def _held_around(after: list[Token]) -> bool:
    """ "the waters around five Russian-held islands": a holder's compound in the phrase would be
    read as holding the stretch itself, so such a phrase makes no land."""
    return any(t.lower_ in _HOLDING for t in after)


#: Participles that place a stretch of sea or land by where it reaches.
_REACHING = frozenset({"stretch", "extend", "lie", "run", "reach"})


@lru_cache(maxsize=2)
def described_words(key: str) -> frozenset[str]:
    """A word list of ``described_lands`` in data/lexicon/places.yaml: ``locating``, the
    prepositions that place a described land; ``of``, the nouns "of" which a land noun is a
    stretch ("a stretch of ocean", "a strip of land")."""
    data = read_yaml(DATA_DIR / "lexicon" / "places.yaml").get("described_lands", {})
    return frozenset(str(w) for w in data.get(key, ()))


def _head(t: Token, heads: frozenset[str]) -> bool:
    """A land noun a description may head, by its lemma or as written ("grounds")."""
    return t.lemma_.lower() in heads or t.lower_ in heads


#: Determiners a site handed over opens with ("the site", "that ledge", "a plot").
_SITE_DETERMINERS = frozenset({"the", "that", "this", "these", "those", "a", "an"})


def _sites(p: Parsed, told: frozenset[str]) -> frozenset[int]:
    """ "hand the site over to Kuwait", "is to hand that ledge over to Finland": a site noun
    (``sites``) alone in a handover's land role is the land handed over, which news names by
    nothing else; not a word the article named a land with ("the strip" after "the Gaza Strip",
    which the references resolve), nor one other words describe (read above)."""
    sites = described_words("sites")
    nouns = [
        t
        for t in p.tokens
        if t.pos_ == "NOUN"
        and t.lemma_.lower() in sites
        and t.lemma_.lower() not in told
        and any(c.dep_ == "det" and c.lower_ in _SITE_DETERMINERS for c in t.children)
        and not any(c.dep_ in ("amod", "compound", "poss", "nummod") for c in t.lefts)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.rights)  # "hamlet of Pampa"
    ]
    if not nouns:
        return frozenset()
    handed = land_roles.slots(p, described_words("site_relations"))
    return frozenset(t.i for t in nouns if t.i in handed)


def find(
    p: Parsed,
    text: str,
    seen: dict[str, Entity],
    lands_told: bool = False,
    told: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Mentions of described lands in a land-only role of one parsed sentence (by their holder
    only while the article has named no land: then "the Russian-held islands" refers back); a
    site handed over by its noun alone, unless a land the article named (``told``, the last words
    of their names) has that noun."""
    heads, _describers, rels = _words()
    # "the strip" after "the coastal strip": that land, which the references resolve
    described = {e.label.split()[-1] for e in seen.values() if len(e.label.split()) > 1}
    sites = _sites(p, told | described)
    if not sites and not any(_head(t, heads) or t.lower_ in _HELD_HEADS for t in p.tokens):
        return []
    out: list[Mention] = []
    owned = _owned(p)
    for i in sorted(land_roles.slots(p, rels) | owned):
        noun = p.doc[i]
        if noun.pos_ != "NOUN" or p.mention(noun) is not None:
            continue
        if i in sites and not _located(noun):
            start, end, site = _site(p, noun, text, seen)
            out.append(Mention(start, end, text[start:end], "T", site, how="described"))
            continue
        if not (_head(noun, heads) or noun.lower_ in _HELD_HEADS):
            continue
        own = _description(p, noun) if _head(noun, heads) else []  # not "East China Sea islands"
        if own and own[0].i > 0 and p.doc[own[0].i - 1].lower_ in described_words("around_named"):
            continue  # "the Malvinas ... and the surrounding maritime areas": their waters
        words = own or ([] if lands_told else _held_by(p, noun))
        after = _located(noun) if not words and _head(noun, heads) else []
        if after and _held_around(after):
            continue
        if any(land_aliases.called(t) is not None for t in (noun, *after)):
            continue  # "a strip of land known as Zarumilla": the name reading's (apposed_lands)
        if after or i in owned:
            words = words or [noun]
        if not words:
            continue
        last = after[-1] if after else noun  # the phrase names it; the mention is the noun's, as
        # a name in the phrase ("off the Essequibo coast") is a mention of its own
        s, e = p.offset + words[0].idx, p.offset + noun.idx + len(noun.text)
        label = " ".join(text[s : p.offset + last.idx + len(last.text)].lower().split())
        key = entity_key("Territory", label)
        ent = seen.setdefault(key, Entity("Territory", key, label, ()))
        out.append(Mention(s, e, text[s:e], "T", ent, how="described"))
    return out


def _site(p: Parsed, noun: Token, text: str, seen: dict[str, Entity]) -> tuple[int, int, Entity]:
    """The span and entity of a site handed over, named by its noun as written ("strip",
    "hamlets"): one entity a noun per source, so that it is the same site told again."""
    s = p.offset + noun.idx
    label = noun.lower_
    key = entity_key("Territory", label)
    return s, s + len(noun.text), seen.setdefault(key, Entity("Territory", key, label, ()))
