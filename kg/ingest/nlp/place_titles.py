"""A region's or a city's head titled by a place name the gazetteer does not know.

"Yukon Premier Ranj Pillai", "Krasnodar's governor, Alexander Tkachev", "the governor of Potosi":
a province's, a region's or a city's office (``of: place`` in data/gazetteer/offices.yaml, and the
``place_titles`` of data/lexicon.yaml: "premier", which is a state's head of government only
without such a name). The name before or after the title says whose office it is; left unread, the
holding fell to whichever state the article named nearby ("Yukon Premier" as Canada's prime
minister, "Krasnodar's governor" as Russia's). Provinces are too many to list, so the name the
title gives is the land itself, as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import lexicon
from kg.iris import entity_key
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.grammar import Parsed

#: Offices too general to own a body by an "of" phrase alone ("the head of Xyz").
VAGUE = frozenset({"minister", "secretary", "official", "deputy head"})
#: Lower-case words inside a place's name ("Tierra del Fuego", "Rio de Janeiro").
_JOINERS = frozenset({"de", "del", "da", "do", "dos", "das", "la", "las", "los", "el", "al"})
#: How a place name hangs on the title before it: "Yukon Premier", "Krasnodar's governor".
_BEFORE = ("compound", "poss", "nmod", "npadvmod")


def place_owner(
    p: Parsed, gz: Gazetteer, toks: list[Token], noun: Token, office: str, run: list[Token]
) -> Entity | None:
    """Whose office a title names by a name no mention covers: a region's or a city's for a
    place's office ("Yukon Premier", "the governor of Krasnodar"), a body's for another office
    titled by a name of several words after "of" ("president of Inuit Tapiriit Kanatami"); never
    the office's own words (``run``: "Secretary of State") nor a portfolio ("Minister of Local
    Government")."""
    inside, own = {t.i for t in toks}, {t.i for t in run}
    lex = lexicon.load()
    if office not in gz.place_offices and " ".join(t.lower_ for t in run) not in lex.place_titles:
        if office in lex.portfolio_offices or office in VAGUE:
            return None
        name = _name_after(p, noun, inside)
        if len(name) < 2 or any(t.i in own for t in name):
            return None  # "President of the Republic": no body's name
        label = " ".join(t.text for t in name)
        return Entity("Organization", entity_key("Organization", label), label)
    first = min(t.i for t in (*run, noun))
    name = _name_before(p, first, inside) or _name_after(p, noun, inside)
    if not name or any(t.i in own for t in name):
        return None
    label = " ".join(t.text for t in name)
    if gz.office(label.lower()) is not None:
        return None  # "Deputy Governor": a rank, no place
    if office in lex.town_titles:  # "the mayor of Himare": a town's office
        return Entity("City", entity_key("City", label), label)
    return Entity("Territory", entity_key("Territory", label), label)


def _name_before(p: Parsed, first: int, inside: set[int]) -> list[Token]:
    """The capitalised words right before the title that the parser hangs on it ("Yukon",
    "Krasnodar's"), with no mention over them, past any rank of the office ("Acting")."""
    doc = p.doc
    i = first - 1  # before the office's own words ("Assam Chief Minister")
    ranks = lexicon.load().office_ranks
    while i >= 0 and doc[i].lower_.rstrip(".") in ranks:
        i -= 1  # "Ontario's Acting Premier", "Palawan's Vice Governor": a rank, no place
    if i >= 0 and doc[i].tag_ == "POS":
        i -= 1  # "Krasnodar's governor"
    run: list[Token] = []
    while i >= 0 and i in inside and _place_word(p, doc[i]):
        run.insert(0, doc[i])
        i -= 1
        if i > 0 and doc[i].lower_ in _JOINERS and _place_word(p, doc[i - 1]):
            run.insert(0, doc[i])  # "Tierra del Fuego"
            i -= 1
    if not run or not any(t.dep_ in _BEFORE and t.head.i >= run[-1].i for t in run):
        return []
    return run


def _name_after(p: Parsed, noun: Token, inside: set[int]) -> list[Token]:
    """ "the governor of Krasnodar": the "of" phrase's capitalised words, no mention over them."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i:
            for o in c.children:
                if o.dep_ == "pobj" and o.i in inside and _place_word(p, o):
                    run = [t for t in o.subtree if t.i <= o.i]
                    if all(_place_word(p, t) or t.lower_ in _JOINERS for t in run[1:]):
                        return run if _place_word(p, run[0]) else []
    return []


def _place_word(p: Parsed, t: Token) -> bool:
    return t.pos_ == "PROPN" and t.is_title and t.is_alpha and p.mention(t) is None


def city_named(p: Parsed, gz: Gazetteer, toks: list[Token], state: Entity) -> Entity | None:
    """ "Tokyo's governor": a capital that would stand for its state names the city whose office
    it is, when the office is a city's or a region's (``of: place`` in offices.yaml)."""
    for t in toks:
        m = p.mention(t)
        if m is not None and m.how == "capital" and m.entity == state:
            return gz.capital_of(state.key)
    return None


def demonym_only(p: Parsed, toks: list[Token], noun: Token) -> bool:
    """Whether the title names states before it only by demonyms ("South Korean judge"), not by
    a name or a possessive ("Kenya's chief justice")."""
    named = [m for t in toks if t.i < noun.i and (m := p.mention(t)) is not None and m.tag == "S"]
    return bool(named) and all(m.how == "demonym" for m in named)


def unguessed(office: str) -> bool:
    """Whether an office is held only of the state or body its title names, never of one guessed
    from the article: too general ("minister"), or a court's ("judge", whose demonym is only the
    holder's nationality)."""
    from kg.ingest.nlp.office_phrase import VAGUE_OFFICES

    return office in VAGUE_OFFICES or office in lexicon.load().nationality_offices


def place_title(gz: Gazetteer, noun: Token) -> bool:
    """Whether a title noun with its words before it names a region's or a city's office ("the
    chief minister", "governor"): the unknown name after its "of" is the place, not a body."""
    words = " ".join(
        t.lower_
        for t in noun.subtree
        if t.i <= noun.i and t.dep_ in ("amod", "compound") or t == noun
    )
    return gz.office(words) in gz.place_offices or words in lexicon.load().place_titles
