"""Bodies the gazetteer does not know, named beside a word of their kind: "the German utility
EWE", "the environmental group Waddenvereniging", "Petrobras, the state oil company", and names
that open with a body's noun in another language ("the Comisión Internacional de Límites y
Aguas", "the Secretaría de Relaciones Exteriores", "the Conseil constitutionnel").

News introduces a company, a campaign group or a newspaper by what it is; left unread, its name
is taken for a person's ("Groningen Seaports") or a place's, and what it says or does is lost.
The words are data (``data/lexicon.yaml``, ``kind_bodies``); the name is the run of capitalised
words the kind noun stands right before, or the name it is in apposition to. A noun that may head
any gathering ("group", "movement") names a body only with a word of its kind beside it ("the
rights group", not "a group of"), as kg.ingest.nlp.armed_groups reads armed ones.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from spacy.attrs import DEP, HEAD, LOWER, ORTH
from spacy.strings import StringStore
from spacy.tokens import Token

from kg.ingest.nlp import lexicon
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Mention
from kg.iris import entity_key
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml

#: Small words inside a name, between two of its capitalised words ("Límites y Aguas").
_INNER = frozenset(
    "of and for on the & de del la las los y e et des du da do dos das para pour sur der für".split()
)
#: Words that open the phrase a kind noun heads ("the German utility", "Mexico's state oil company").
_OPENERS = frozenset({"the", "a", "an", "'s", "’s"})


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The kind nouns, those that need a kind word, the kind words, and the foreign openers."""
    data = read_yaml(DATA_DIR / "lexicon.yaml").get("kind_bodies", {})
    return (
        frozenset(str(w) for w in data.get("nouns", ())),
        frozenset(str(w) for w in data.get("kinded", ())),
        frozenset(str(w) for w in data.get("kinds", ())),
        frozenset(str(w) for w in data.get("foreign_openers", ())),
    )


def _capital(p: Parsed, t: Token) -> bool:
    """A free word of a name: capitalised, no mention yet, no word that is never a name's."""
    return (
        t.text[:1].isupper()
        and t.pos_ in ("PROPN", "NOUN", "ADJ")
        and p.mention(t) is None
        and t.text not in lexicon.load().non_name_words
    )


def _name_from(p: Parsed, i: int) -> list[Token]:
    """The name that begins at token ``i``: capitalised words, and the small words between two."""
    doc, words = p.doc, list[Token]()
    while i < len(doc):
        t = doc[i]
        if _capital(p, t) or (t.text == "-" and words and i + 1 < len(doc)):
            words.append(t)
        elif t.lower_ in _INNER and words and i + 1 < len(doc) and _capital(p, doc[i + 1]):
            words.append(t)
        else:
            break
        i += 1
    while words and (words[-1].text == "-" or words[-1].lower_ in _INNER):
        words.pop()
    return words


def _kind_phrase(p: Parsed, noun: Token) -> tuple[int, bool] | None:
    """Where the phrase a kind noun heads begins ("the German utility"), and whether a kind word
    is in it ("the environmental group"); None if no determiner or owner opens it."""
    nouns, _kinded, kinds, _foreign = _words()
    i, kinded = noun.i - 1, False
    while i >= 0 and noun.i - i <= 5:
        t = p.doc[i]
        low = t.lower_
        if low in _OPENERS or t.tag_ == "POS":
            return (i if low in _OPENERS else i - 1), kinded
        if low in kinds or _seated(t):
            kinded = True
        elif not (t.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or t.tag_ == "VBG" or t.text == "-"):
            return None  # "a German surveying company": a gerund says what it does
        i -= 1
    return None


def _seated(t: Token) -> bool:
    """ "the UK-based group", "a Geneva-based foundation": where a body sits tells a body, as a
    word of its kind does (a gathering of people is not said to be based anywhere)."""
    return t.lower_ == "based" and t.i > 0 and t.doc[t.i - 1].text == "-"


def _body(p: Parsed, text: str, first: int, name: list[Token], last: Token) -> Mention:
    """The body's mention: its name, with "the" right before it ("the Comisión ..."); the words of
    its kind ("the German utility") are its alias, and stay free for what else they say."""
    label = text[p.offset + name[0].idx : p.offset + name[-1].idx + len(name[-1].text)]
    s = p.offset + p.doc[first].idx
    e = p.offset + last.idx + len(last.text)
    phrase = " ".join(text[s:e].split())
    aliases = (phrase,) if phrase != label else ()
    ent = Entity("Organization", entity_key("Organization", label), label, aliases)
    i = name[0].i
    start = p.doc[i - 1] if i > 0 and p.doc[i - 1].lower_ == "the" else name[0]
    s = p.offset + start.idx
    return Mention(s, e, text[s:e], "O", ent, how="kind-body")


def find(p: Parsed, text: str) -> list[Mention]:
    """Mentions of bodies named beside a word of their kind in one parsed sentence."""
    nouns, kinded, _kinds, foreign = _words()
    out: list[Mention] = []
    taken = -1
    named, apposed = _candidates(p)
    for t in named:
        if t.i <= taken or p.mention(t) is not None:
            continue
        if t.text in foreign and (t.i == 0 or not _capital(p, p.doc[t.i - 1])):
            name = _name_from(p, t.i)  # "Comisión Internacional de Límites y Aguas"
            if sum(w.text[:1].isupper() for w in name) >= 2:
                out.append(_body(p, text, t.i, name, name[-1]))
                taken = name[-1].i
            continue
        if t.lower_ not in nouns or t.pos_ != "NOUN" or not t.text.islower():
            continue
        phrase = _kind_phrase(p, t)
        if phrase is None or (t.lower_ in kinded and not phrase[1]):
            continue
        name = _name_from(p, t.i + 1) or _set_after(p, t)  # "the German utility EWE"
        if name and not _owned(name):
            out.append(_body(p, text, phrase[0], name, name[-1]))
            taken = name[-1].i
    # "Petrobras, the state oil company,": the noun may be its state's body too
    for kind in apposed:
        if kind.pos_ != "NOUN":
            continue
        phrase = _kind_phrase(p, kind)
        if phrase is None or (kind.lower_ in kinded and not phrase[1]):
            continue
        named = _apposed_name(p, kind)
        if named and not any(m.start <= p.offset + named[0].idx < m.end for m in out):
            out.append(_body(p, text, named[0].i, named, named[-1]))
    return out


def _candidates(p: Parsed) -> tuple[list[Token], list[Token]]:
    """The words ``find`` reads, in order: the kind nouns and the foreign openers, and each word's
    first apposition that is a kind noun. Read from the sentence's columns, so the scans make a
    ``Token`` object for those alone (two scans of every word were ~0.5 % of extraction's CPU)."""
    nouns, foreign, appos = _ids(p.doc.vocab.strings)
    a = p.doc.to_array([ORTH, LOWER, DEP, HEAD])
    cols, heads = a[:, :3].tolist(), a[:, 3].astype(np.int64).tolist()  # (hashes: unsigned)
    named = [i for i, (orth, lower, _dep) in enumerate(cols) if orth in foreign or lower in nouns]
    first: dict[int, int] = {}  # a word -> its first apposition that is a kind noun
    for i, (_orth, lower, dep) in enumerate(cols):
        if dep == appos and lower in nouns and heads[i] != 0:
            first.setdefault(i + heads[i], i)
    return [p.doc[i] for i in named], [p.doc[first[h]] for h in sorted(first)]


def _ids(strings: StringStore) -> tuple[frozenset[int], frozenset[int], int]:
    """The ids of the kind nouns, of the foreign openers and of ``appos`` in a vocabulary."""
    found = _kept.get(id(strings))
    if found is None:
        nouns, _kinded, _kinds, foreign = _words()
        found = _kept[id(strings)] = (
            frozenset(strings[w] for w in nouns),
            frozenset(strings[w] for w in foreign),
            strings["appos"],
        )
    return found


_kept: dict[int, tuple[frozenset[int], frozenset[int], int]] = {}


def _set_after(p: Parsed, noun: Token) -> list[Token]:
    """ "The main opposition party, PAIGC, rejected ...": the name set between commas right after
    the kind noun, in apposition to it."""
    if noun.i + 2 >= len(p.doc) or p.doc[noun.i + 1].text != ",":
        return []
    name = _name_from(p, noun.i + 2)
    after = name[-1].i + 1 if name else len(p.doc)
    if after >= len(p.doc) or p.doc[after].text != ",":
        return []
    return name if any(w.dep_ == "appos" and w.head == noun for w in name) else []


def _owned(name: list[Token]) -> bool:
    """A name that is a person's title, not a body's ("the firm Chairman X")."""
    return name[0].text in lexicon.load().non_name_words


def _apposed_name(p: Parsed, noun: Token) -> list[Token]:
    """The name a kind noun is in apposition to, right before its comma ("Petrobras, the state oil
    company,"): the capitalised words that end there."""
    if noun.dep_ != "appos" or noun.head.i >= noun.i or noun.head.pos_ != "PROPN":
        return []
    end = noun.head.i
    if end + 1 >= len(p.doc) or p.doc[end + 1].text != ",":
        return []
    i = end
    while i - 1 >= 0 and (_capital(p, p.doc[i - 1]) or p.doc[i - 1].text == "-"):
        i -= 1
    name = _name_from(p, i)
    name = name if name and name[-1].i == end else []
    over = _name_over(p, end)
    return over if len(over) > len(name) else name


def _name_over(p: Parsed, end: int) -> list[Token]:
    """ "Aramco Gulf Operations Co, a unit of Saudi Aramco,", "Kuwait Gulf Oil Co, a unit of ...":
    a body's name that a known body's or a state's name opens, with words that name no person
    ("Gulf", "Oil") or a place ("Pacific"), which end a name read from its start."""
    stop = lexicon.load().non_name_words
    i = end
    while i - 1 >= 0:
        t = p.doc[i - 1]
        m = p.mention(t)
        if not (t.text[:1].isupper() and t.pos_ == "PROPN" and (m is None or m.tag in "OSTC")):
            break
        i -= 1
        if m is not None and m.tag == "S":
            break  # a state's name opens it: "Kuwait Gulf Oil Co"
    while i < end and p.doc[i].text in stop and p.mention(p.doc[i]) is None:
        i += 1
    words = list(p.doc[i : end + 1])
    return words if len(words) > 1 and all(w.text[:1].isupper() for w in words) else []
