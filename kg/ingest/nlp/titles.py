"""Office titles read from the parse: which office a person's title names, and of which state.

A title stands before the name ("Russian Foreign Minister Sergei Lavrov", "his Malaysian
counterpart, Anwar Ibrahim"), after it ("Sergei Lavrov, Russia's foreign minister", "Lavrov, the
minister of foreign affairs of Russia"), in a relative clause ("Lavrov, who serves as foreign
minister") or as a predicate ("Lavrov is Russia's foreign minister"). Wherever it stands, the
parse ties it to the name (compound, apposition, relative clause, subject), and the title's own
phrase gives the state: a demonym, a possessive, or "of X" / "to X". The office is the longest run
of the phrase's words that ``data/gazetteer/offices.yaml`` knows; the verbs of "serves as" and
"became" are the ``office`` class of ``data/lexicon/relations.yaml``. Never the dateline's city.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import triggers
from kg.ingest.nlp.grammar import Parsed
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Words that title a person without naming an office ("Mr. Lavrov").
_HONORIFICS = frozenset({"mr", "mrs", "ms"})
#: Nouns that stand for an office named elsewhere: resolved later against the other person's.
_STAND_INS = {"counterpart": "counterpart", "deputy": "deputy"}
#: Dependencies by which a title before a name hangs on it ("Foreign Minister Lavrov").
_BEFORE = frozenset({"compound", "amod", "nmod", "npadvmod"})
#: Prepositions whose object is the state or body of an office ("minister of X", "envoy to X").
_OF = frozenset({"of", "to", "for", "at"})
_STATE_TAGS = ("O", "S", "T", "C")  # a body's office before a state's, a land's, a city's
#: What "of X" may name as an office's owner: a state, a body, a land or a city ("mayor of X").
_PREP_TAGS = frozenset({"S", "O", "T", "C"})


@dataclass(frozen=True)
class Title:
    """What a title tells of the person it names."""

    office: str | None  # canonical office, "counterpart" or "deputy"; None for "Mr."
    of: Entity | None = None
    start: int | None = None  # article offset where a title standing before the name begins
    plural: bool = False  # "foreign ministers, A and B": one title for several names


def title_of(p: Parsed, gz: Gazetteer, name: list[Token]) -> Title | None:
    """The title the parse ties to the name (its tokens), wherever it stands."""
    head = _head(name)
    honorific: Title | None = None
    for found in (
        _compound_before(p, gz, head, name),
        _apposed_to(p, gz, head, name),
        _listed_after(p, gz, name),
        _shared_apposition(p, gz, head),
        _apposition_after(p, gz, head, name),
        _predicate(p, gz, head),
        _compound_misread(p, gz, name),
    ):
        if found is not None and found.office is not None:
            return found
        honorific = honorific or found
    return honorific


def office_of_noun(p: Parsed, gz: Gazetteer, noun: Token) -> Title | None:
    """The office a noun names with its modifiers ("the Japanese prime minister"), if any."""
    return _title(p, gz, _phrase(noun, ()), noun)


def _head(name: list[Token]) -> Token:
    inside = {t.i for t in name}
    return next((t for t in name if t.head.i not in inside or t.head == t), name[-1])


def _compound_before(p: Parsed, gz: Gazetteer, head: Token, name: list[Token]) -> Title | None:
    """ "Russian Foreign Minister Sergei Lavrov": title words hung on the name, before it."""
    first = min(t.i for t in name)
    inside = {t.i for t in name}
    kids = [c for c in head.children if c.i < first and c.i not in inside and c.dep_ in _BEFORE]
    if any(_honorific(c) for c in kids):
        return Title(None, start=p.offset + min(c.idx for c in kids if _honorific(c)))
    toks = sorted({t for c in kids for t in c.subtree if t.i not in inside}, key=lambda t: t.i)
    nouns = [c for c in kids if c.pos_ in ("NOUN", "PROPN") and p.mention(c) is None]
    return _title(p, gz, toks, nouns[-1], before=True) if nouns else None


def _apposed_to(p: Parsed, gz: Gazetteer, head: Token, name: list[Token]) -> Title | None:
    """ "his Russian counterpart, Sergey Lavrov", "the foreign ministers, A and B": the name is
    the apposition of a title before it (a later name of a list, a conjunct of the first)."""
    first, index = head, 0
    while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head != first:
        first, index = first.head, index + 1
    noun = first.head
    if first.dep_ != "appos" or noun.i > first.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    inside = {t.i for t in name}
    toks = [t for t in _phrase(noun, inside) if t.i < first.left_edge.i]
    found = _title(p, gz, toks, noun, before=True, index=index)
    if found is not None and index:
        return Title(
            found.office, found.of, None, found.plural
        )  # the title begins before the first
    return found


def _listed_after(p: Parsed, gz: Gazetteer, name: list[Token]) -> Title | None:
    """ "the foreign ministers, Sergey Lavrov and Taro Kono", "his counterparts, A, B and C": a
    list of names after a plural title and its comma is its apposition, however the parser hung
    the list (it often makes the names conjuncts of the title, or of another noun)."""
    doc = name[0].doc
    first = min(t.i for t in name)
    j, index = first - 1, 0
    while j > 0 and p.mention(doc[j]) is None:
        tok = doc[j]
        noun = _plural_ending_at(p, doc[j - 1]) if tok.text == "," else None
        if noun is not None:
            toks = [t for t in _phrase(noun, ()) if t.i < noun.i or t == noun]
            found = _title(p, gz, toks, noun, before=True, index=index)
            if found is None or not found.plural:
                return None
            return found if index == 0 else Title(found.office, found.of, None, True)
        if tok.pos_ == "PROPN" and doc[j + 1].lower_ in (",", "and"):
            index += 1  # the end of a name before this one
        elif tok.pos_ != "PROPN" and tok.lower_ not in (",", "and", "-"):
            return None
        j -= 1
    return None


def _plural_ending_at(p: Parsed, last: Token) -> Token | None:
    """The plural noun whose phrase ends at ``last`` ("ministers" for "the foreign ministers" and
    for "the foreign ministers of Brazil and Peru"), or None."""
    node = last
    for _ in range(6):
        if node.tag_ == "NNS" and p.mention(node) is None:
            return node
        if node.dep_ not in ("pobj", "prep", "conj") or node.head == node or node.head.i > node.i:
            return None
        node = node.head
    return None


def _compound_misread(p: Parsed, gz: Gazetteer, name: list[Token]) -> Title | None:
    """ "by Turkish Cypriot leader Ersin Tatar and Turkish President Recep Tayyip Erdogan": a title
    right before a name that the parser hung elsewhere (here as a conjunct) is still its title."""
    doc = name[0].doc
    j = min(t.i for t in name) - 1
    toks: list[Token] = []
    while j >= 0 and doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and doc[j].dep_ != "det":
        toks.insert(0, doc[j])
        j -= 1
    nouns = [t for t in toks if t.pos_ in ("NOUN", "PROPN") and p.mention(t) is None]
    if not nouns or nouns[-1].i != min(t.i for t in name) - 1:
        return None
    return _title(p, gz, toks, nouns[-1], before=True)


def _apposition_after(p: Parsed, gz: Gazetteer, head: Token, name: list[Token]) -> Title | None:
    """ "Sergei Lavrov, Russia's foreign minister", "Lavrov, who serves as foreign minister"."""
    last = max(t.i for t in name)
    for c in head.children:
        if c.i <= last:
            continue
        if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and p.mention(c) is None:
            found = _title(p, gz, _phrase(c, ()), c)
            if found is not None:
                return found
        if c.dep_ == "relcl" and any(s.lower_ in ("who", "that") for s in c.children):
            found = _predicate_of(p, gz, c)
            if found is not None:
                return found
    return None


def _shared_apposition(p: Parsed, gz: Gazetteer, head: Token) -> Title | None:
    """ "Sergei Lavrov and Taro Kono, the foreign ministers of Russia and Japan": a plural title
    after coordinated names is each one's, the states named in the same order."""
    first = head
    while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head != first:
        first = first.head
    chain = [first]
    while True:
        nxt = [c for c in chain[-1].children if c.dep_ == "conj" and c.pos_ == "PROPN"]
        if not nxt:
            break
        chain.append(nxt[0])
    if len(chain) < 2 or head not in chain:
        return None
    for member in chain:
        for c in member.children:
            if c.dep_ == "appos" and c.i > chain[-1].i and c.tag_ in ("NNS", "NNPS"):
                found = _title(p, gz, _phrase(c, ()), c, index=chain.index(head))
                if found is not None:
                    return found
    return None


def _predicate(p: Parsed, gz: Gazetteer, head: Token) -> Title | None:
    """ "Lavrov is Russia's foreign minister", "Lavrov became prime minister"."""
    if head.dep_ != "nsubj":
        return None
    return _predicate_of(p, gz, head.head)


def _predicate_of(p: Parsed, gz: Gazetteer, verb: Token) -> Title | None:
    """The office a verb of the ``office`` class gives its subject ("serves as X", "became X")."""
    slots = _office_verbs().get(verb.lemma_.lower())
    if slots is None:
        return None
    nouns: list[Token] = []
    for c in verb.children:
        if "attr" in slots and c.dep_ in ("attr", "oprd"):
            nouns.append(c)
        for word in slots:
            if word.startswith("prep_") and c.dep_ == "prep" and c.lower_ == word[5:]:
                nouns += [o for o in c.children if o.dep_ == "pobj"]
    for noun in nouns:
        found = _title(p, gz, _phrase(noun, ()), noun)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=1)
def _office_verbs() -> dict[str, frozenset[str]]:
    """Verb lemma -> the slots ("attr", "prep_as") where the ``office`` class finds the office."""
    out: dict[str, set[str]] = {}
    for rel in triggers.load():
        if rel.name != "office":
            continue
        for trig in rel.triggers:
            slots = {slot.split(".")[0] for slot, role in trig.slots if role == "role"}
            for lemma in trig.lemmas:
                out.setdefault(lemma, set()).update(slots)
    return {k: frozenset(v) for k, v in out.items()}


def _phrase(noun: Token, skip: set[int] | tuple[()]) -> list[Token]:
    """A title noun's phrase: its modifiers before it, itself, and its "of"/"to" phrases after."""
    out = [t for t in noun.subtree if t.i < noun.i and t.i not in skip]
    out.append(noun)
    todo = [noun]
    while todo:
        node = todo.pop()
        for c in node.children:
            if c.i > noun.i and c.dep_ == "prep" and c.lower_ in _OF:
                for o in c.children:
                    if o.dep_ == "pobj" and o.i not in skip:
                        out += [c, *(t for t in o.subtree if t.i not in skip)]
                        todo.append(o)
    return sorted(set(out), key=lambda t: t.i)


def _title(
    p: Parsed, gz: Gazetteer, toks: list[Token], noun: Token, before: bool = False, index: int = 0
) -> Title | None:
    """The office the phrase's words name (with ``noun`` among them) and the state it gives."""
    office = _office_words(p, gz, toks, noun)
    if office is None:
        return None
    plural = noun.tag_ in ("NNS", "NNPS")
    of = _owner(p, toks, noun, index if plural else 0)
    target = _prep_target(p, noun, index if plural else 0)
    if target is not None:
        if office == "ambassador" and target[0] == "to":
            office = f"ambassador to {target[1].label}"
        elif of is None:
            of = target[1]
    start = None
    if before:
        lead = [t for t in toks if t.dep_ != "det" and t.pos_ != "PUNCT"]
        start = p.offset + lead[0].idx if lead else p.offset + noun.idx
    return Title(office, of, start, plural)


def _office_words(p: Parsed, gz: Gazetteer, toks: list[Token], noun: Token) -> str | None:
    """The longest run of the phrase's plain words (no names, no determiners) that is an office."""
    words = [
        t
        for t in toks
        if p.mention(t) is None
        and t.dep_ not in ("det", "poss", "case")
        and (t.pos_ != "PUNCT" or t.tag_ == "HYPH")
    ]
    best: tuple[int, str] | None = None
    for i, a in enumerate(words):
        for j in range(i, len(words)):
            b = words[j]
            if b.i - a.i != j - i:
                break  # a gap: no longer one run of words
            if not a.i <= noun.i <= b.i:
                continue
            text = p.doc[a.i : b.i + 1].text
            found = _stand_in(text) or gz.office(text) or gz.office(_singular(p.doc, a.i, b))
            if (
                found is not None
                and (best is None or j - i + 1 > best[0])
                and not _inside_word(p.doc, a.i)
            ):
                best = (j - i + 1, found)
    return best[1] if best else None


def _singular(doc, start: int, last: Token) -> str:
    """ "foreign ministers" as "foreign minister": the run with its last noun's lemma."""
    return "".join(t.text_with_ws for t in doc[start : last.i]) + last.lemma_


def _inside_word(doc, i: int) -> bool:
    """Whether token ``i`` continues a hyphenated word ("vice-speaker": "speaker" is no office)."""
    return i > 1 and doc[i - 1].text in ("-", "‐") and not doc[i - 2].whitespace_


def _stand_in(text: str) -> str | None:
    word = text.lower()
    for stem, office in _STAND_INS.items():
        if word in (stem, stem + "s", stem[:-1] + "ies"):
            return office
    return None


def _owner(p: Parsed, toks: list[Token], noun: Token, index: int) -> Entity | None:
    """The body or state the title's own words name before it (possessive, demonym, compound);
    with a list of demonyms for a list of names, the one in the same place."""
    before = [t for t in toks if t.i < noun.i]
    found: dict[str, list[Entity]] = {}
    for t in before:
        m = p.mention(t)
        if m is not None and m.entity is not None and m.tag in _STATE_TAGS:
            if m.entity not in found.setdefault(m.tag, []):
                found[m.tag].append(m.entity)
    for tag in _STATE_TAGS:
        listed = found.get(tag)
        if listed:
            if len(listed) > 1 and tag == "S":  # "his Greek, Cypriot and French counterparts"
                return listed[index] if index < len(listed) else None
            return listed[0]
    return None


def _prep_target(p: Parsed, noun: Token, index: int = 0) -> tuple[str, Entity] | None:
    """ "ambassador to Japan", "minister of foreign affairs of Russia": the state or body named
    by a preposition of the title's phrase ("the foreign ministers of Russia and Japan": the one in
    the name's place)."""
    todo = [noun]
    while todo:
        node = todo.pop(0)
        for c in node.children:
            if c.dep_ != "prep" or c.i < noun.i:
                continue
            if c.lower_ == "in":  # "prime minister in Crimea's government": that government's
                owner = _in_government(p, c)
                if owner is not None:
                    return "of", owner
                continue
            if c.lower_ not in _OF:
                continue
            for o in c.children:
                if o.dep_ != "pobj":
                    continue
                listed = [
                    m.entity
                    for t in (o, *(x for x in o.subtree if x.dep_ == "conj"))
                    if (m := p.mention(t)) is not None
                    and m.entity is not None
                    and m.tag in _PREP_TAGS
                ]
                listed = list(dict.fromkeys(listed))
                if listed:
                    return c.lower_, listed[index] if index < len(listed) else listed[0]
                if p.mention(o) is None:
                    todo.append(o)
    return None


def _in_government(p: Parsed, prep: Token) -> Entity | None:
    """The land, city or state whose body an "in" phrase names by a possessive ("in Crimea's
    regional government"); a place itself ("minister in Moscow") is where, not whose."""
    for o in prep.children:
        if o.dep_ != "pobj" or p.mention(o) is not None:
            continue
        for c in o.children:
            m = p.mention(c) if c.dep_ == "poss" else None
            if m is not None and m.entity is not None and m.tag in ("S", "T", "C"):
                return m.entity
    return None


def _honorific(t: Token) -> bool:
    return t.text.rstrip(".").lower() in _HONORIFICS
