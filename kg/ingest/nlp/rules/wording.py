"""Where the small parser slips on a trigger's words, read them as written: a participle tagged as an
adjective ("formally annexed Crimea"), "on hold" left bare or taken into the next noun, and what a
verb acts on cut or stretched by where the parser hung a phrase. Used by rules/relations.py and
rules/slots.py; the trigger classes themselves stay data (data/lexicon/relations.yaml)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.dates import a_time
from kg.ingest.nlp.triggers import Trigger, lemmas_of
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.ingest.nlp.mentions import Mention

#: Day names: "on Monday" is when, not what.
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def lemma(tok: Token, index: dict) -> str:
    """The token's lemma (an irregular past form the model left as it is, by data/lexicon.yaml's
    ``irregular_forms``); for a participle the tagger took for an adjective while it governs an
    object ("Russia formally annexed Crimea", lemma "annexed"), the verb's lemma the index knows."""
    word = tok.lemma_.lower()
    if word == tok.lower_ and word not in index and word in irregular():
        return irregular()[word]  # "retook" left as its own lemma ("bound" is a trigger itself)
    if tok.pos_ == "ADJ" and word.endswith("ed") and any(ch.dep_ == "dobj" for ch in tok.children):
        return next((x for x in (word[:-2], word[:-1]) if x in index), word)
    return word


def maybe_triggers(doc: Doc, index: dict) -> list[Token]:
    """The tokens whose :func:`lemma` may be a word of ``index``, in order: a lemma in it, an
    irregular form or a form in "-ed". Read from the lemma column, so a scan of the sentence makes
    a ``Token`` object for those alone."""
    strings, forms = doc.vocab.strings, irregular()
    return [
        doc[i]
        for i, h in enumerate(doc.to_array([LEMMA]).tolist())
        if (word := strings[h].lower()) in index or word.endswith("ed") or word in forms
    ]


@lru_cache(maxsize=1)
def irregular() -> dict[str, str]:
    """Irregular form -> lemma, from ``irregular_forms`` of data/lexicon.yaml: the small model
    leaves a rarer past form as it is ("Ukrainian forces retook the island", lemma "retook")."""
    table = read_yaml(DATA_DIR / "lexicon.yaml").get("irregular_forms") or {}
    return {
        str(form).lower(): str(lemma)
        for lemma, forms in table.items()
        for form in forms
        if str(form).isalpha()
    }


def prep_phrase(x: Token, prep: str, words: frozenset[str]) -> bool:
    """Whether ``x`` is the preposition of a required phrase ("on hold"), its word under it or, where
    the parser left the preposition bare, taken into the next noun ("put on [hold talks]")."""
    if x.lower_ != prep:
        return False
    if any(  # "regards it as no longer valid": a negated adjective is not the phrase
        o.lemma_.lower() in words and not (o.pos_ == "ADJ" and g.negated(o)) for o in x.subtree
    ):
        return True
    nxt = x.nbor(1) if x.i + 1 < len(x.doc) else None
    return (
        not list(x.children)
        and nxt is not None
        and nxt.lemma_.lower() in words
        and nxt.dep_ in ("compound", "dobj")  # "put on [hold] [a survey]", two objects read
    )


def object_phrase(
    p: g.Parsed, tok: Token, trig: Trigger, toks: list[Token], span: tuple[int, int]
) -> tuple[int, int]:
    """What a verb acts on, as the text says it: without the words of a phrase the parser took into
    it ("put on [hold talks]"), and with an on/over/about phrase it hung on the verb right after
    it ("put on hold talks with Tokyo [on a maritime mechanism]"), but not the as-phrase the parser
    put inside it where the trigger reads that as its own role ("recognises the regions as states")."""
    start, end = span
    head = toks[0]
    words = {w for _, ws in trig.requires_prep for w in ws}
    lead = [ch for ch in head.children if ch.dep_ == "compound" and ch.lemma_.lower() in words]
    if lead and lead[0].i == head.left_edge.i and lead[0].i + 1 < len(p.doc):
        start = p.offset + p.doc[lead[0].i + 1].idx
    if any(slot == "prep_as" for slot, _ in trig.slots):  # "recognises [the regions] as states"
        own_as = [x for x in head.subtree if x.dep_ == "prep" and x.lower_ == "as" and x.i > head.i]
        if own_as and own_as[0].i > toks[0].left_edge.i:
            last = p.doc[own_as[0].i - 1]
            end = min(end, p.offset + last.idx + len(last.text))
    end = min(end, _described_end(p, head))
    apart = [  # "recognised X as Y, the latest country to ...": a second object after a comma,
        t.left_edge.i - 1  # and the verb's as-phrase the span took in between
        for t in toks[1:]
        if t.dep_ in ("dobj", "obj") and t.left_edge.i > 1 and p.doc[t.left_edge.i - 1].text == ","
    ]
    apart += [ch.i for ch in tok.children if apart and ch.lower_ == "as" and ch.i > head.i]
    if apart:
        last = p.doc[min(apart) - 1]
        end = min(end, p.offset + last.idx + len(last.text))
    after = head.right_edge.i + 1
    for ch in tok.children:
        if (
            ch.i == after
            and ch.dep_ == "prep"
            and (
                ch.lower_ in ("on", "over", "about")
                or ch.lower_ in trig.object_with  # "suspended work [at Nagymaros]"
                or ch.lower_ == "to"
                and _claim_noun(head)
                or ch.lower_ == "by"
                and _doer_of_object(p, tok, ch)
            )
            and not any(x.ent_type_ in ("DATE", "TIME") or x.lower_ in DAYS for x in ch.subtree)
            and not any(a_time(x) for x in ch.children if x.dep_ == "pobj")  # "in 1979"
        ):
            stop = next(  # "... on a peace treaty on hold": up to the phrase the verb requires
                (
                    x.i
                    for x in ch.subtree
                    for prep, ws in trig.requires_prep
                    if x.i > ch.i and prep_phrase(x, prep, ws)
                ),
                ch.right_edge.i + 1,
            )
            last = p.doc[stop - 1]
            end = p.offset + last.idx + len(last.text)
    return start, end


def _doer_of_object(p: g.Parsed, verb: Token, by: Token) -> bool:
    """ "put on hold a planned survey [by its research vessel]", the by-phrase hung on an active
    verb: the doer of what the verb acts on (a passive's by-phrase is its own doer; "by
    walking out", "by decree" tell how)."""
    if any(ch.dep_ == "auxpass" for ch in verb.children):
        return False
    objs = [o for o in by.children if o.dep_ == "pobj"]
    return bool(objs) and all(_a_doer(p, o) for o in objs)


def _a_doer(p: g.Parsed, o: Token) -> bool:
    """A name, a plural or a determined noun, not a document ("by its vessel", "by Guatemala",
    "by environmentalists"; not "by decree", "by force", "by consensus": a bare noun is a means)."""
    m = p.mention(o)
    if m is not None:
        return m.tag != "D"
    return (
        o.pos_ == "PROPN" or o.tag_ == "NNS" or any(ch.dep_ in ("det", "poss") for ch in o.children)
    )


def _claim_noun(head: Token) -> bool:
    """Whether the object is a claim named by its claimant ("rejected Guatemala's claim [to half of
    its territory]", the to-phrase hung on the verb): a noun of the ``claims`` trigger class."""
    return head.lemma_.lower() in _claim_nouns() and not any(  # "its claims": one told before,
        ch.dep_ == "poss" and ch.pos_ == "PRON"
        for ch in head.children  # named as it was there
    )


@lru_cache(maxsize=1)
def _claim_nouns() -> frozenset[str]:
    return lemmas_of("claims", lambda t: t.noun)


def _described_end(p: g.Parsed, head: Token) -> int:
    """Where the object's own words end before what the text adds about it after a comma ("the
    deal, which Britain signed in May", "a map, the latest friction between ...") or what the doer
    calls it ("rejected the remarks as provocative"): the same thing rejected twice is one fact."""
    cuts = [
        ch.left_edge.i - 1
        for ch in head.children
        if ch.i > head.i
        and ch.left_edge.i > 0
        and (
            ch.dep_ in ("relcl", "appos")
            and p.doc[ch.left_edge.i - 1].text == ","
            or ch.dep_ == "prep"
            and ch.lower_ == "as"
            and ch.i == ch.left_edge.i
            or _medium(ch)
        )
    ]
    if not cuts:
        return p.offset + len(p.doc.text) + 1
    last = p.doc[min(cuts) - 1] if p.doc[min(cuts)].text == "," else p.doc[min(cuts)]
    return p.offset + last.idx + len(last.text)


def _medium(prep: Token) -> bool:
    """An in-phrase on the object that tells how the doer put its words, not what it acted on:
    a message it is put in ("rejected the protest [in a statement released late on Tuesday]", "in
    a note to the UN": a statement, a letter, a briefing, ``spoken_nouns``, new with "a") or its
    terms ("rejected the protest [in all its terms]", "in the strongest terms"). Not a message of
    another's or one told before ("the language in a statement by the G7", "the claims in its
    note"): what the thing is found in."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return False
    noun = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if noun is None:
        return False
    if noun.lemma_.lower() == "term" and noun.tag_ == "NNS":
        return True
    return (
        noun.lemma_.lower() in lexicon.load().spoken_nouns
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in noun.children)
        and not any(x.dep_ == "prep" and x.lower_ in ("by", "from", "of") for x in noun.children)
    )


def each_named(p: g.Parsed, toks: list[Token]) -> list[tuple[int, int]]:
    """ "recognised the independence of Abkhazia and South Ossetia": where the phrase is a noun of
    two names or more, one value per name (each recognised), as for "recognised A and B"."""
    if len(toks) != 1 or p.mention(toks[0]) is not None:
        return []
    of = [ch for ch in toks[0].children if ch.dep_ == "prep" and ch.lower_ == "of"]
    objs = [o for ch in of for o in ch.children if o.dep_ == "pobj"]
    found = g.fillers(p, objs, {"S", "T", "O", "C"})
    return [(m.start, m.end) for m in found] if len(found) >= 2 else []


def ended(verb: Token) -> bool:
    """Whether a verb that ends what it governs ("dropped its claim") did so: not negated ("has
    never dropped"), not asked for or to come ("urged X to drop", "would drop": a base form)."""
    return verb.tag_ in ("VBD", "VBN", "VBZ", "VBP") and not g.negated(verb) and not g.modal(verb)


def complement_after_relative(verb: Token) -> list[Token]:
    """ "declares the region, which Guyana administers, a new state of Venezuela": with a relative
    clause put between object and complement, the parser hangs the complement on the clause's last
    noun, or on the object, as an apposition; it is the verb's complement."""
    return [
        x
        for o in verb.children
        if o.dep_ in ("dobj", "obj")
        for rc in o.children
        if rc.dep_ == "relcl"
        for x in (*rc.subtree, *o.children)
        if x.dep_ == "appos"
        and x.pos_ == "NOUN"
        and (x.head.i > rc.i if x.head != o else x.i > rc.right_edge.i)
        and x.left_edge.i > 0
        and x.doc[x.left_edge.i - 1].text == ","
    ][:1]


def misread_agent(verb: Token, toks: list[Token]) -> Token | None:
    """The passive verb's "by" phrase the parser hung on a noun of its prepositional phrase ("was
    recognised as an independent state by the United States"): the doer, never the status's words."""
    if not g.is_passive(verb):
        return None
    return next(
        (
            x
            for r in toks
            for x in r.subtree
            if x.dep_ == "prep" and x.lower_ == "by" and x.head.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )


def lands_named(p: g.Parsed, text: str, span: tuple[int, int], words: str) -> str:
    """``words`` (the article's ``text`` at ``span``) with each land it refers to by description
    given its name: "recognised the two breakaway regions" recognises Abkhazia and South Ossetia,
    "Moroccan sovereignty over the territory" is over Western Sahara (what a reader of the fact
    alone could not tell)."""
    start, end = span
    out, at = [], start
    seen: list[object] = []
    for t in p.tokens:
        m = p.mention(t)
        pos = p.offset + t.idx
        if m is None or m in seen or m.tag != "T" or not m.entities or not start <= m.start < end:
            continue
        seen.append(m)
        if m.start < at or _named(p, m) or _miscounted(p, m):
            continue  # named already ("the Senkaku Islands"), or not the lands it was taken for
        out += [text[at : m.start], " and ".join(e.label for e in m.entities)]
        at = max(m.end, pos)
    if not out:
        return words
    return "".join([*out, text[at:end]]).strip(' ,.;:"“”')


def lands_each(p: g.Parsed, toks: list[Token]) -> list[str]:
    """ "recognised the two breakaway regions": where the phrase is one description of several
    lands told before, one value per land, by name (each recognised)."""
    m = p.mention(toks[0]) if len(toks) == 1 else None
    if m is None or m.tag != "T" or len(m.entities) < 2:
        return []
    return [] if _named(p, m) else [e.label for e in m.entities]


def _miscounted(p: g.Parsed, m: Mention) -> bool:
    """Whether a description counts other lands than those it was resolved to ("the other 21
    enclaves" taken for the one enclave told before): a number of its own that is not theirs."""
    return any(
        _count(t.lower_) not in (None, len(m.entities))
        for t in p.within(m.start, m.end)
        if t.like_num and t.dep_ == "nummod"
    )


def _count(word: str) -> int | None:
    """The number a numeral writes plainly ("21", "two"), if it does."""
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


#: Numerals written as words, by value.
_NUMBER_WORDS = {
    w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())
}


def _named(p: g.Parsed, m: Mention) -> bool:
    """Whether a mention names its land (a proper noun among its words: "the Senkaku Islands",
    "Isla Aves"), rather than describing it ("the two breakaway regions", "the territory")."""
    return any(t.pos_ == "PROPN" for t in p.within(m.start, m.end))
