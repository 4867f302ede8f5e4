"""How an area's name is written around its land noun (kg.ingest.nlp.land_names reads the name).

News names an area with lower-case nouns between its name and its noun ("the Kouri Bougoudi
gold-mining area", "Namkha rural municipality"), a compass word alone before a capitalised noun
("Solomon Islands' Western Province"), and then by its name alone ("Kouri Bougoudi is Chadian"):
read apart, the name alone is a person's. Where the parser leaves the name after "the island of"
unattached ("the island of Abd al-Kuri did not ..."), the words right after "of" are still it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from kg.ingest.nlp import land_words, name_joints


def before_inner(doc: Doc, i: int) -> int:
    """Where the name words end before the lower-case inner nouns that end at ``i`` ("the Gashda
    border area", "the Kouri Bougoudi gold-mining area": one noun, or a hyphenated pair)."""
    inner = land_words.inner_nouns()
    if i >= 0 and doc[i].lower_ in inner:
        if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in inner:
            return i - 3
        return i - 1
    return i


def opens_capital(t: Token, noun: Token) -> bool:
    """A compass word right before a capitalised land noun is a name with it ("Solomon Islands'
    Western Province", "Eastern Region"), as "North Kivu" is with a name word; before a noun in
    lower case it is a direction ("the North island")."""
    return t.i == noun.i - 1 and noun.text[:1].isupper()


def alone(text: str, offset: int, left: list[Token], base: str) -> tuple[str, ...]:
    """The name words of an area's name without its noun ("Kouri Bougoudi" of "the Kouri Bougoudi
    area"), an alias by which the source names it again (kg.ingest.nlp.land_aliases.remembered);
    none for a feature that shares a town's name ("the Zvornik dam"): ``named_alone``; none where
    a word is a people's adjective ("the Korean peninsula", "the Crimean peninsula"): alone it
    names the people, not the land."""
    if not left or base not in land_words.named_alone():
        return ()
    if any(t.tag_ == "JJ" or t.ent_type_ == "NORP" for t in left):
        return ()
    last = left[-1]
    return (" ".join(text[offset + left[0].idx : offset + last.idx + len(last.text)].split()),)


def run_after(prep: Token, name_word: Callable[[Token], bool]) -> list[Token]:
    """The proper name written right after "of" that the parser did not hang on it: its name
    words and the joints between them ("Abd al-Kuri"), ending on a name word; none where a
    common word follows "of"."""
    doc = prep.doc
    words: list[Token] = []
    i = prep.i + 1
    while i < len(doc):
        t = doc[i]
        if t.pos_ == "PROPN" and name_word(t):
            words.append(t)
        elif words and (t.text == "-" or name_joints.joiner(t)) and i + 1 < len(doc):
            words.append(t)
        else:
            break
        i += 1
    while words and not name_word(words[-1]):
        words.pop()
    return words


def of_name(noun: Token, name_word: Callable[[Token], bool]) -> list[Token]:
    """ "the village of Ankoko": the proper name the land noun is of."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:  # "the island of Abd al-Kuri did not ...": the name hung elsewhere
                return run_after(prep, name_word)
            if not name_word(obj) or obj.pos_ != "PROPN":
                return []
            left = [c for c in obj.lefts if c.dep_ == "compound" and name_word(c)]
            joined = _joined_left(obj, prep.i, name_word)  # (the name runs from its first word)
            return [*(joined if joined and (not left or joined[0].i <= left[0].i) else left), obj]
    return []


def _joined_left(obj: Token, stop: int, name_word: Callable[[Token], bool]) -> list[Token]:
    """The words of the name before its last word, after ``stop``: its compound name words and
    the joints between them ("the island of Abd al-Kuri", "the town of Puerto de la Cruz")."""
    left: list[Token] = []
    i = obj.i - 1
    while i > stop:
        t = obj.doc[i]
        if t.dep_ == "compound" and name_word(t):
            left.insert(0, t)
        elif (t.text == "-" or name_joints.joiner(t)) and i - 1 > stop:
            left.insert(0, t)  # kept only with a name word before it (trimmed below)
        else:
            break
        i -= 1
    while left and (left[0].text == "-" or name_joints.joiner(left[0])):
        left.pop(0)
    return left
