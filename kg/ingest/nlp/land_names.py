"""Places the gazetteer does not know, named by a land noun: "Loaita Cay", "the Okinotori atoll",
"the Lipulekh Pass", "the Tsorona border post", "the village of Ankoko", "the port of Arica" (a town).

Unseen articles name small places the gazetteer cannot list; a fact whose territory is not
recognised cannot be found, and a run of capitalised words left alone is read as a person ("Tin
Bigha Corridor"). The land nouns are data (``data/lexicon/places.yaml``, beside the place-name words); the name comes from
the parse: proper-name words that modify a land noun heading its phrase, or the proper name after
"the NOUN of". The gazetteer stays the authority: a name it knows is its mention already. A noun
that also heads a body's name ("Reed Bank", "Deutsche Bank") names land only where the grammar
places it (kg.ingest.nlp.placed_features); names coordinated before a plural noun are
kg.ingest.nlp.coordinated_lands'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.attrs import DEP, LEMMA, LOWER
from spacy.tokens import Token

from kg import gazetteer
from kg.ingest.nlp import (
    area_names,
    coordinated_lands,
    designated_lands,
    land_words,
    lexicon,
    name_joints,
)
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.placed_features import opening_preposition
from kg.iris import entity_key
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml

#: How a name word modifies its land noun ("Loaita Cay": compound; "Okinotori atoll": compound).
_NAME_DEPS = frozenset({"compound", "amod", "nmod"})


@lru_cache(maxsize=1)
def _nouns() -> tuple[dict[str, str], frozenset[str]]:
    """Land noun lemma -> entity kind, and the capitalised words that are never a place's name."""
    data = read_yaml(DATA_DIR / "lexicon" / "places.yaml")
    land = data["land_nouns"]
    last = {w.lower() for w in data["islands"]["last"]}
    groups = {w.lower() for w in data["islands"]["groups"]}
    kinds = {  # a plural is read from its singular (_kind); a group noun alone is a group
        w: "IslandGroup" if w in groups else "Island"
        for w in last
        if w not in groups or not ({w[:-1], w[:-2]} & last)
    }
    kinds.update(
        {w: "Territory" for k in ("lands", "named_only", "lower_only") for w in land.get(k, ())}
    )
    kinds.update({w: "City" for w in land.get("towns", ())})
    skip = frozenset(str(w).lower() for w in lexicon.load().non_name_words)
    return kinds, skip | frozenset(str(w).lower() for w in land.get("not_names", ()))


def nouns() -> tuple[dict[str, str], frozenset[str]]:
    """Land noun lemma -> entity kind, and the capitalised words that are never a place's name."""
    return _nouns()


def land_noun(word: Token) -> bool:
    """Whether a word is a land noun: its phrase names a place ("Russia's Sakhalin region")."""
    kinds, _skip = _nouns()
    return (
        _base(word.lower_, word.lemma_, kinds) is not None
        or word.lemma_.lower() in land_words.regions()
    )


def _after_name(base: str, left: list[Token]) -> bool:
    """ "the Sulina channel": a proper name, no acronym ("the CCTV channel"), before such a noun."""
    return (
        base in land_words.after_names()
        and bool(left)
        and all(t.pos_ == "PROPN" and not t.text.isupper() for t in left)
    )


def _name_word(p: Parsed, t: Token, skip: frozenset[str]) -> bool:
    m = p.mention(t)  # a land named before stays a word of a longer name ("the town of Lachin")
    return (
        (m is None or m.how == "recognised")
        and not opening_preposition(t)
        and t.text[:1].isupper()
        and t.pos_ in ("PROPN", "NOUN", "ADJ")
        and t.lower_ not in skip
    )


def _base(low: str, lemma: str, kinds: dict[str, str]) -> str | None:
    """The land noun a word (``low``, lower case, with its ``lemma``) is a form of: its lemma, or
    its singular where the tagger kept a capitalised plural whole ("the Marrow Cayes")."""
    forms = [lemma.lower(), low]
    if low.endswith("s"):
        forms += [low[:-1], low[:-2]] if low.endswith("es") else [low[:-1]]
    return next((f for f in forms if f in kinds), None)


def _kind(t: Token, kinds: dict[str, str], base: str) -> str:
    """The kind a land noun gives its name: islands named in the plural are a group."""
    kind = kinds[base]
    return "IslandGroup" if kind == "Island" and t.lower_ != base else kind


def _left_name(p: Parsed, noun: Token, skip: frozenset[str]) -> list[Token]:
    """The proper-name words right before the land noun that modify it ("Tin Bigha Corridor")."""
    words: list[Token] = []
    i = area_names.before_inner(
        p.doc, noun.i - 1
    )  # "the Tsorona border post", "the Durra gas field"
    while i >= 0:
        t = p.doc[i]
        if (
            (t.text == "-" or name_joints.joiner(t))
            and words
            and i > 0
            and _name_word(p, p.doc[i - 1], skip)
        ):
            joined = [p.doc[i - 1]] if t.text != "-" else []  # the name word before "de", however
            words[:0] = [*joined, t]  # hung: "the East Berbice-Corentyne region", "Gracias a Dios"
            i -= 1 + len(joined)
            continue
        if _state_in_name(p, t, noun) and t.head.i <= noun.i:
            words.insert(0, t)  # "Barque Canada Reef" is no Canada's
            i -= 1
            continue
        if not (
            (
                _name_word(p, t, skip)
                or ((words or area_names.opens_capital(t, noun)) and _opener(p, t))
            )
            and t.dep_ in _NAME_DEPS
            and t.head.i <= noun.i
        ):
            break
        words.insert(0, t)
        i -= 1
    if words and i >= 0 and noun.text[:1].isupper() and _name_demonym(p, p.doc[i], noun):
        words.insert(0, p.doc[i])  # "the Chilean Antarctic Territory" is no Chile's
    return words


def _opener(p: Parsed, t: Token) -> bool:
    """A compass word or the like opening a place's name, before a name word ("North Kivu")."""
    return name_joints.opener(t) and p.mention(t) is None and not opening_preposition(t)


def _state_in_name(p: Parsed, t: Token, noun: Token) -> bool:
    """A state's one-word name that is a word of a capitalised island's or feature's name ("Barque
    Canada Reef", "Mexico Rock", "the Niger River"): the gazetteer's state before the noun is no
    owner of it."""
    m = p.mention(t)
    kinds, _skip = _nouns()
    base = _base(noun.lower_, noun.lemma_, kinds)
    return (
        m is not None
        and m.tag == "S"
        and m.how == "name"
        and m.end - m.start == len(t.text)
        and t.dep_ in _NAME_DEPS
        and noun.text[:1].isupper()
        and base is not None
        and (kinds[base] in ("Island", "IslandGroup") or base in land_words.state_named())
    )


def _name_demonym(p: Parsed, t: Token, noun: Token) -> bool:
    """A demonym that opens a capitalised place name ("British Antarctic Territory"): part of
    the name, not its state, so two such names stay two places."""
    m = p.mention(t)
    return (
        m is not None
        and m.how == "demonym"
        and m.end - m.start == len(t.text)
        and t.dep_ in _NAME_DEPS
        and t.head.i <= noun.i
    )


def _office_place(p: Parsed, obj: Token, skip: frozenset[str]) -> list[Token]:
    """ "Chief Minister M.K. Stalin of Tamil Nadu", "Governor Oleg Kozhemyako of Primorye": the
    proper name after "of" that the parser hangs on a titled person's name is the place whose
    office it is (every state is in the gazetteer: an unknown one is a region, a province, a
    city). Only on the name: "Minister of Agriculture" hangs on the title and names no place."""
    prep = obj.head
    if obj.dep_ != "pobj" or obj.pos_ != "PROPN" or not _name_word(p, obj, skip):
        return []
    if prep.lower_ != "of" or prep.dep_ != "prep" or prep.head.pos_ != "PROPN":
        return []
    holder = prep.head
    gz = gazetteer.load()
    if not any(c.dep_ == "compound" and gz.office(c.text) for c in holder.lefts):
        return []
    left = [c for c in obj.lefts if c.dep_ != "det"]
    if any(c.dep_ != "compound" or not _name_word(p, c, skip) for c in left):
        return []  # not one plain name ("of Tamil Nadu and Jordan's King Abdullah II", misparsed)
    return [*left, obj]


def _land_nouns(p: Parsed, kinds: dict[str, str]) -> Iterator[tuple[Token, str]]:
    """The sentence's land nouns and the noun each is a form of, but a mention's words and a
    compound ("the Mekong River Commission": the river names a body, no place). Read from the
    parse's columns: a ``Token`` object is made for a land noun alone."""
    doc = p.doc
    strings = doc.vocab.strings
    compound = strings["compound"]
    for i, (low, lemma, dep) in enumerate(doc.to_array([LOWER, LEMMA, DEP]).tolist()):
        if dep == compound or p.by_token[i] is not None:
            continue
        base = _base(strings[low], strings[lemma], kinds)
        if base is not None:
            yield doc[i], base


def find(p: Parsed, text: str, seen: dict[str, Entity]) -> list[Mention]:
    """Mentions of places named by a land noun in one parsed sentence; ``seen`` keeps one entity a
    name per source, so every mention of it is the same place."""
    kinds, skip = _nouns()
    out: list[Mention] = []
    for noun, base in _land_nouns(p, kinds):
        if noun.lower_ == "post" and (noun.i == 0 or p.doc[noun.i - 1].lower_ != "border"):
            continue  # only a border post is a place ("the Washington Post" is a newspaper)
        left = _left_name(p, noun, skip)
        if (
            base in land_words.named_only()
            and not noun.text[:1].isupper()
            and not _after_name(base, left)
        ):
            continue
        if name_joints.lower_only(noun, left):
            continue
        together = coordinated_lands.names(
            noun, lambda t: _name_word(p, t, skip), lambda t: _opener(p, t)
        )
        if together:
            out += _coordinated(p, text, together, noun, _kind(noun, kinds, base), seen)
            continue  # "the Tumbo and Kiwa islands": two islands
        if left:
            first, last = left[0], noun
            label = text[p.offset + first.idx : p.offset + noun.idx + len(noun.text)]
            kind = _kind(noun, kinds, base)
        else:
            named = (
                area_names.of_name(noun, lambda t: _name_word(p, t, skip))
                if noun.tag_ in ("NN", "NNS")
                else []
            )
            if not named:
                continue
            first, last = noun, named[-1]
            label = text[p.offset + named[0].idx : p.offset + last.idx + len(last.text)]
            kind = kinds[base]
            more = coordinated_lands.after_of(noun, last, lambda t: _name_word(p, t, skip))
            out += _coordinated(p, text, more, noun, kind, seen)  # "... and Eemshaven"
        s, e = p.offset + first.idx, p.offset + last.idx + len(last.text)
        label = " ".join(label.split())
        key = entity_key("City" if kind == "City" else "Territory", label)
        ent = seen.setdefault(
            key, Entity(kind, key, label, area_names.alone(text, p.offset, left, base))
        )
        out.append(Mention(s, e, text[s:e], "T", ent, how="land-noun"))
    out += _sea_of(p, text, kinds, seen)
    out += designated_lands.find(p, text, seen, out)  # "Zone B", "Site 200"
    for obj in p.tokens:
        named = _office_place(p, obj, skip)
        if named and not any(m.start <= p.offset + named[0].idx < m.end for m in out):
            s, e = p.offset + named[0].idx, p.offset + obj.idx + len(obj.text)
            label = " ".join(text[s:e].split())
            key = entity_key("Territory", label)
            ent = seen.setdefault(key, Entity("Territory", key, label, ()))
            out.append(Mention(s, e, text[s:e], "T", ent, how="office-place"))
    return out


def _coordinated(
    p: Parsed,
    text: str,
    together: list[list[Token]],
    noun: Token,
    kind: str,
    seen: dict[str, Entity],
) -> list[Mention]:
    """A land for each name coordinated before a plural land noun, of the noun's kind in the
    singular, named by its words and also by them with the noun ("Tumbo island")."""
    single = "Island" if kind == "IslandGroup" else kind
    noun_word = noun.lemma_.lower()
    out: list[Mention] = []
    for words in together:
        s, e = p.offset + words[0].idx, p.offset + words[-1].idx + len(words[-1].text)
        label = " ".join(text[s:e].split())
        key = entity_key("City" if single == "City" else "Territory", label)
        ent = seen.setdefault(key, Entity(single, key, label, (f"{label} {noun_word}",)))
        out.append(Mention(s, e, text[s:e], "T", ent, how="land-noun"))
    return out


def _sea_of(p: Parsed, text: str, kinds: dict[str, str], seen: dict[str, Entity]) -> list[Mention]:
    """ "the Gulf of Honduras", "the Bay of Campeche": a capitalised feature noun (``of_names``) with
    the name after "of", a state's or a town's name too, is one place; a gazetteer's short name
    for another place on the noun alone ("the Gulf") is no mention of its own there."""
    out: list[Mention] = []
    for noun in p.tokens:
        if not noun.text[:1].isupper() or noun.i == 0:
            continue  # (tested first: most words are not capitalised, and _base makes lists)
        base = _base(noun.lower_, noun.lemma_, kinds)
        if base not in land_words.of_names():
            continue
        own = p.mention(noun)
        if own is not None and (own.tag != "T" or _ARTICLE.sub("", own.text) != noun.text):
            continue  # a name the gazetteer knows whole ("the Gulf of Guinea", "Spratly Islands")
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        named = p.mention(obj) if obj is not None else None
        if obj is None or obj.pos_ != "PROPN" or not obj.text[:1].isupper():
            continue
        if named is not None and named.tag not in ("S", "C", "T"):
            continue
        s = min(own.start, p.offset + noun.idx) if own else p.offset + noun.idx
        e = named.end if named else p.offset + obj.idx + len(obj.text)
        label = " ".join(text[p.offset + noun.idx : e].split())
        key = entity_key("Territory", label)
        ent = seen.setdefault(key, Entity(_kind(noun, kinds, base or ""), key, label, ()))
        out.append(Mention(s, e, text[s:e], "T", ent, how="land-noun"))
    return out


_ARTICLE = re.compile(r"^(?:the|The)\s+")
