"""A title's phrase read from the parse: the office its words name and whose office it is.

"Japanese top diplomat", "Russia's foreign minister", "the minister of foreign affairs of Russia",
"ambassador to Japan", "prime minister in Crimea's regional government": the office is the
longest run of the phrase's plain words that ``data/gazetteer/offices.yaml`` knows (one canonical
office each), and the owner is the body, state, land or city the phrase names by a demonym, a
possessive, or "of X" / "to X". The title's own words are kept beside the canonical office (``Title.words``:
"premier", "spokesman for China's defense ministry"), since a fact reports the office as the article
words it. Where the title stands beside a name is kg.ingest.nlp.titles.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import body_units, lexicon, office_modifiers, owned_conjuncts
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.office_owner import (
    HYPHENS,
    OF_PREPOSITIONS,
    owner_before,
    prep_target,
    pronoun_owner,
    seat_state,
)
from kg.ingest.nlp.office_portfolio import portfolio_after, portfolio_before
from kg.ingest.nlp.place_titles import city_named, demonym_only, place_owner, unguessed
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: Offices too general to hold alone ("an official", "the head"): a holding only with the state or
#: body the title names, and any more specific title of the same person wins over them.
VAGUE_OFFICES = frozenset(
    {"minister", "leader", "official", "head", "secretary", "deputy head", "member"}
)
#: A membership of the body a title names: an office, after any other the person's title gives.
MEMBERSHIP = "member"
#: Nouns that stand for an office named elsewhere: resolved later against the other person's.
STAND_INS = ("counterpart", "deputy")
#: Titles that, with "to"/"at" a body, name one posted there for another ("representative to the
#: UN", "delegate at the OSCE"): the body's ambassador, not its member of parliament.
_POSTED = frozenset({"representative", "delegate"})
#: Dependencies by which a title before a name hangs on it ("Foreign Minister Lavrov").
BEFORE_NAME = frozenset({"compound", "amod", "nmod", "npadvmod"})


@dataclass(frozen=True)
class Title:
    """What a title tells of the person it names."""

    office: str | None  # canonical office, "counterpart" or "deputy"; None for "Mr."
    of: Entity | None = None
    start: int | None = None  # article offset where a title standing before the name begins
    plural: bool = False  # "foreign ministers, A and B": one title for several names
    #: the office as the text words it ("spokesman for the defence ministry", "premier"): the
    #: fact's role text; ``office`` stays the canonical name the graph's org:Role node has
    words: str | None = None
    #: the owner's name as written right before a vague office ("Turkish Cypriot" of "Turkish
    #: Cypriot leader"), with the owner it names: "leader" alone tells a reader nothing, so the
    #: role text keeps it while the owner stays the title's (``role_words``)
    lead: tuple[Entity, str] | None = None


def role_words(title: Title) -> str | None:
    """The role as the article words it: the title's words, after the owner's name where the
    office is too vague to stand alone and the owner is still the title's."""
    if title.lead is not None and title.words and title.lead[0] == title.of:
        return f"{title.lead[1]} {title.words}"
    return title.words


def office_of_noun(p: Parsed, gz: Gazetteer, noun: Token) -> Title | None:
    """The office a noun names with its modifiers ("the Japanese prime minister"), if any."""
    return title_from(p, gz, phrase(noun, ()), noun)


def phrase(noun: Token, skip: set[int] | tuple[()]) -> list[Token]:
    """A title noun's phrase: its modifiers before it, itself, and its "of"/"to" phrases after."""
    out = [t for t in noun.subtree if t.i < noun.i and t.i not in skip]
    out += [t for t in _hyphened(noun) if t.i not in skip]
    after = [t for t in _words_after(noun) if t.i not in skip]
    out += [noun, *after]
    todo = [noun, *after]
    while todo:
        node = todo.pop()
        for c in node.children:
            if c.i > noun.i and c.dep_ == "prep" and c.lower_ in OF_PREPOSITIONS:
                for o in c.children:
                    if o.dep_ == "pobj" and o.i not in skip:
                        out += [c, *(t for t in o.subtree if t.i not in skip)]
                        todo.append(o)
    return sorted(set(out), key=lambda t: t.i)


def _words_after(noun: Token) -> list[Token]:
    """ "director general of boundary affairs": a word right after the title's noun that the parser
    hangs on it as a modifier is a word of the office, and its "of" phrase the office's."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if (
        nxt is None
        or nxt.head != noun
        or nxt.dep_ not in ("amod", "compound", "nmod")
        or nxt.pos_ not in ("NOUN", "ADJ", "PROPN")
        or not noun.whitespace_
    ):
        return []
    return [nxt]


def _hyphened(noun: Token) -> list[Token]:
    """ "vice-speaker", "secretary-general", split by the tokenizer and often parsed as separate
    words: the words the noun is joined to by a hyphen with no space, before or after it, are one
    word with it."""
    doc, i = noun.doc, noun.i
    out: list[Token] = []
    while i > 1 and doc[i - 1].text in HYPHENS and not doc[i - 1].whitespace_:
        if doc[i - 2].whitespace_ or not doc[i - 2].is_alpha:
            break
        out[:0] = [doc[i - 2], doc[i - 1]]
        i -= 2
    i = noun.i
    while i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text in HYPHENS:
        if doc[i + 1].whitespace_ or not doc[i + 2].is_alpha or doc[i + 2].head != noun:
            break  # after it, only a word the parser hangs on it ("general" of "secretary")
        out += [doc[i + 1], doc[i + 2]]
        i += 2
    return out


def title_from(
    p: Parsed, gz: Gazetteer, toks: list[Token], noun: Token, before: bool = False, index: int = 0
) -> Title | None:
    """The office the phrase's words name (with ``noun`` among them) and the state it gives."""
    found = _office_words(p, gz, toks, noun)
    if found is None:
        return None
    office, run = found
    plural = noun.tag_ in ("NNS", "NNPS") or _capital_plural(noun)
    titled = {t.i for t in run if _kind_word(p, t)}  # "Army chief": the office's own word
    of = owner_before(p, toks, noun, index if plural else 0, skip=titled)
    if (
        of is not None
        and office in lexicon.load().nationality_offices
        and demonym_only(p, toks, noun)
    ):
        of = None  # "South Korean judge Paik Jin-hyun": where the judge is from, not whose court
    if of is not None and office in gz.place_offices:
        of = city_named(p, gz, toks, of) or of
    target = prep_target(p, noun, index if plural else 0)
    words = _as_written(p, gz, run, noun, office, {t.i for t in toks})
    if office == "ambassador" and of is not None and of.kind == "Organization":
        state = owner_before(
            p, toks, noun, 0, ("S",)
        )  # "China's UN ambassador": China's, at the UN
        if state is not None:
            target, of = ("to", of), state
    if target is not None and target[0] in ("to", "at") and target[1].kind == "Organization":
        if " ".join(t.lower_ for t in run) in _POSTED:  # "representative to the UN": an envoy
            office = "ambassador"
    if target is not None:
        if office == "ambassador" and target[0] in ("to", "at"):
            office = f"ambassador to {target[1].label}"
            if not any(n in words for n in (target[1].label, *target[1].aliases)):
                # "ambassador to the United Nations" (or "to the UN") says it already
                words = f"{words} to {target[1].label}"
        elif of is None and not pronoun_owner(toks, noun):
            of = target[1]  # not "its representative at the UN": whose is the "its", not the UN's
    if of is None and target is None:  # "Yukon Premier", "Krasnodar's governor"
        of = place_owner(p, gz, toks, noun, office, run) or seat_state(p, gz, noun, office)
    start = None
    if before:
        lead = [t for t in toks if t.dep_ != "det" and t.pos_ != "PUNCT"]
        start = p.offset + lead[0].idx if lead else p.offset + noun.idx
    owned = _owner_lead(p, run, of) if office in VAGUE_OFFICES and of is not None else None
    return Title(office, of, start, plural, words, owned)


def _owner_lead(p: Parsed, run: list[Token], of: Entity) -> tuple[Entity, str] | None:
    """The owner's demonym or name right before a vague office's run ("Turkish Cypriot leader",
    "Kosovo Serb leader"), not a possessive ("Cyprus's leader" says whose, and reads so)."""
    i = run[0].i - 1
    m = p.mention(p.doc[i]) if i >= 0 else None
    if m is None or m.entity != of or m.tag != "S":
        return None
    first = i
    while first > 0 and p.mention(p.doc[first - 1]) is m:
        first -= 1
    toks = p.doc[first : i + 1]
    if any(t.tag_ == "POS" or t.dep_ == "case" for t in toks):
        return None
    return of, toks.text


def _as_written(
    p: Parsed, gz: Gazetteer, run: list[Token], noun: Token, office: str, inside: set[int]
) -> str:
    """The office's own words, with the body its "of"/"for" phrase names after them ("director of
    the ministry's information and press department"); a state, land or city there is the
    holding's ``of``, not part of the office. A stand-in ("counterpart") has no words of its own."""
    if office in STAND_INS:
        return office
    said = _singular(p.doc, run[0].i, run[-1], noun).lower()  # "foreign ministers": each one's
    words = [gz.office_words(said, office)]
    # "foreign affairs adviser"; not a vague office's ("opposition leader": whose, the title says)
    mods = [] if unguessed(office) else office_modifiers.nouns_before(p, run, inside)
    mods = office_modifiers.office_possessor(p, gz, noun) + (  # "secretary-general's envoy"
        mods or office_modifiers.body_before(p, gz, run)  # "foreign ministry spokesman"
    )
    if office in lexicon.load().portfolio_offices:  # "Energy and Mines Minister": whose portfolio
        # (or in lower case: "its water resources secretary", "Nepal's energy minister")
        before = portfolio_before(p, run, inside) or office_modifiers.nouns_before(p, run, inside)
        words = [*before, *words, *portfolio_after(p, run, inside)]
        if len(words) > 1:
            return " ".join(" ".join([*mods, *words]).split()).lower()
    for c in (c for w in (noun, *_words_after(noun)) for c in w.children):
        if c.i <= run[-1].i or c.dep_ != "prep" or c.lower_ not in OF_PREPOSITIONS:
            continue
        if any(_body(p, o) for o in c.children if o.dep_ == "pobj"):
            end = next((t.i for t in p.doc[c.i : c.right_edge.i + 1] if t.text == ","), None)
            end = c.right_edge.i + 1 if end is None else end  # not the name the parser hung there
            words.append(p.doc[c.i : end].text)  # names keep their capitals
    return " ".join(" ".join([*mods, *words]).split())


def _body(p: Parsed, o: Token) -> bool:
    """Whether a preposition's object is a body (an organisation, or a noun no mention covers, such
    as "department"), rather than a state, land, city or person."""
    m = p.mention(o)
    if m is not None:
        return m.tag == "O"
    return o.pos_ == "NOUN" or body_units.is_unit(o)  # "the boundary ... department": PROPN


def _office_words(
    p: Parsed, gz: Gazetteer, toks: list[Token], noun: Token
) -> tuple[str, list[Token]] | None:
    """The longest run of the phrase's plain words (no names, no determiners) that is an office,
    and the run."""
    words = [
        t
        for t in toks
        if (p.mention(t) is None or _kind_word(p, t))
        and (t.dep_ not in ("det", "poss", "case") or _inner_article(t, noun))
        and (t.pos_ != "PUNCT" or t.tag_ == "HYPH")
    ]
    best: tuple[int, str, list[Token]] | None = None
    for i, a in enumerate(words):
        for j in range(i, len(words)):
            b = words[j]
            if b.i - a.i != j - i:
                break  # a gap: no longer one run of words
            if not a.i <= noun.i <= b.i or _inside_phrase(b, noun):
                continue
            text = p.doc[a.i : b.i + 1].text
            found = _stand_in(text) or gz.office(text) or gz.office(_singular(p.doc, a.i, b, noun))
            if (
                found is not None
                and (best is None or j - i + 1 > best[0])
                and not _inside_word(p.doc, a.i)
            ):
                best = (j - i + 1, found, words[i : j + 1])
    return (best[1], best[2]) if best else None


def _inside_phrase(last: Token, noun: Token) -> bool:
    """Whether a run past the title's noun stops inside another noun phrase its "of" opens:
    "leader of the opposition" in "the leader of the opposition Conservative Party" ends on a
    modifier of the party (whose article stands after the title's noun); not "Minister of
    Foreign Affairs X", whose last word the parser hangs on the name."""
    head = last.head
    return (
        last.i > noun.i
        and last.dep_ in ("compound", "amod", "nmod")
        and head.i > last.i
        and any(c.dep_ == "det" and noun.i < c.i < last.i for c in head.children)
    )


def _inner_article(t: Token, noun: Token) -> bool:
    """ "the Leader of the Opposition", "Minister of the Interior": the article inside an office's
    own "of" phrase is a word of its name, not the title's determiner."""
    return (
        t.lower_ == "the"
        and t.i > noun.i
        and t.head.dep_ == "pobj"
        and t.i > 0
        and t.doc[t.i - 1].lower_ in ("of", "for")
    )


def _singular(doc: Doc, start: int, last: Token, noun: Token) -> str:
    """ "foreign ministers" as "foreign minister": the run with its last word's lemma where that
    word is the title's noun ("minister of foreign affairs" keeps its "affairs")."""
    end = last.lemma_ if last == noun else last.text
    if last == noun and _capital_plural(noun):
        end = noun.text[:-1]
    return "".join(t.text_with_ws for t in doc[start : last.i]) + end


def _capital_plural(noun: Token) -> bool:
    """ "by Foreign Ministers A and B", "A of X and B of Y": a capitalised plural title tagged a
    proper noun (its lemma the word as written), titling the coordinated names after it."""
    text = noun.text
    return (
        noun.tag_ == "NNP"
        and noun.lemma_ == text
        and text[:1].isupper()
        and text.endswith("s")
        and not text.endswith("ss")
        and owned_conjuncts.heads_a_list(noun.head)
    )


def _inside_word(doc: Doc, i: int) -> bool:
    """Whether token ``i`` continues a hyphenated word ("vice-speaker": "speaker" is no office);
    "then-president" is the president of the time told, the office itself."""
    return (
        i > 1
        and doc[i - 1].text in ("-", "‐")
        and not doc[i - 2].whitespace_
        and doc[i - 2].lower_ != "then"
    )


def _stand_in(text: str) -> str | None:
    """ "counterpart(s)", "deputy"/"deputies": an office the other person's title will name."""
    word = text.lower()
    return next((s for s in STAND_INS if word in (s, s + "s", s[:-1] + "ies")), None)


def _kind_word(p: Parsed, t: Token) -> bool:
    """Whether a title's word read as a reference back to a body is a bare word of the title
    ("Army chief General X" after "the People's Liberation Army": a kind of post, whose state the
    article gives as for any bare title); "the army's chief" still refers back."""
    m = p.mention(t)
    return (
        m is not None
        and m.how == "anaphor"
        and m.start == p.offset + t.idx
        and not any(c.dep_ in ("det", "poss") for c in t.children)
    )
