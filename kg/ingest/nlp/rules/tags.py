"""Speech tags the small parser misreads, read back from the parse: where a tag stands (who its
speaker is when the parser hung it elsewhere is kg.ingest.nlp.rules.tag_speakers' to read;
kg.ingest.nlp.rules.grammar_slots reads the ``subject`` slot of the ``statement`` class through
both; what a tag says, when the parser hung that elsewhere, is read back by
kg.ingest.nlp.rules.said_clauses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import lexicon
from kg.ingest.nlp.triggers import by_lemma, worded

if TYPE_CHECKING:
    from spacy.tokens import Token

NOMINAL = ("NOUN", "PROPN")


def tag_after(tok: Token) -> bool:
    """ "Japan regarded the islands as Soviet, Lavrov said": a tag after a long clause that the
    parser made a conjunct of it (no "and" between) is a tag, as a parenthetical one is; not a
    verb with a clause of its own after it ("A said X; B said Y": B's report)."""
    return (
        tok.dep_ == "conj"
        and tok.i > tok.head.i
        and tok.head.pos_ in ("VERB", "AUX")
        and not any(
            c.dep_ == "cc" and tok.head.i < c.i < tok.i and not _opens_clause_of(tok, c)
            for c in tok.head.children
        )
        and not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)
        and not _names_after(tok)
    )


def _names_after(tok: Token) -> bool:
    """ "Stubb, asked about the protest, described the lease as 'a technical matter'": a verb
    with an as-phrase or a predicate of its own after it names something itself; no tag does."""
    return any(
        c.i > tok.i and (c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as"))
        for c in tok.children
    )


def _opens_clause_of(tok: Token, cc: Token) -> bool:
    """ "X would hand it over, but only once Zagreb starts ..., the government said": a "but" that
    opens a clause the parser hung on the tag (an adverbial clause of its own right after the
    conjunction) joins that clause to the words, not a second verb to them."""
    return any(ch.left_edge.i == cc.i + 1 for ch in _clauses_before(tok))


def _clauses_before(tok: Token) -> list[Token]:
    return [ch for ch in tok.children if ch.dep_ == "advcl" and ch.i < tok.i]


def words_hung_on_tag(tok: Token) -> list[Token]:
    """The clauses of the words that the parser hung on a tag after them ("..., but only once
    Zagreb starts implementing the award, the government said"): what was said, not the tag's."""
    if tok.dep_ != "conj" or tok.i < tok.head.i:
        return []
    ccs = [c for c in tok.head.children if c.dep_ == "cc" and tok.head.i < c.i < tok.i]
    return [ch for ch in _clauses_before(tok) if any(ch.left_edge.i == c.i + 1 for c in ccs)]


def inverted_tag(tok: Token) -> tuple[int, int, Token] | None:
    """An inverted tag set in commas in the middle of reported speech ("The handover, said Musa
    Bello, Nigeria's president, would be completed by August"), which the parser makes the
    sentence's head: the tokens (first, last) to leave out of what was said (the tag, its name
    and the apposition after it, with their commas), and the speaker's name."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "," or tok.i + 1 >= len(doc):
        return None
    run = []
    for t in doc[tok.i + 1 :]:
        if t.pos_ != "PROPN":
            break
        run.append(t)
    if not run or run[-1].i + 1 >= len(doc) or doc[run[-1].i + 1].text != ",":
        return None
    name = next((t for t in run if t.head not in run), None)
    if name is None or name.head not in (tok, *tok.children) and name.head.head is not tok:
        return None  # the names after the verb are another clause's, not the tag's
    last = run[-1].i + 1
    appos = [ch for ch in name.children if ch.dep_ == "appos" and ch.i > last]
    if appos:  # ", Nigeria's president,": the speaker's title goes with the tag
        last = appos[0].right_edge.i + 1
        if last >= len(doc) or doc[last].text != ",":
            return None
    if last >= len(doc) - 2:
        return None
    after = doc[last + 1]  # what was said goes on after the tag, in the clause it reports
    if tok.dep_ == "parataxis":
        goes_on = after in tok.head.subtree and after not in tok.subtree
    else:
        goes_on = any(after in ch.subtree for ch in tok.children if ch.dep_ == "ccomp")
    return (tok.i - 2, last, name) if goes_on else None


def tag_span(tok: Token) -> tuple[int, int] | None:
    """The tokens (first, last) of a tag that the parser made the sentence's head, set in commas in
    its middle ("According to the document, he said, once the treaty is signed, Moscow would
    ..."): its subject and verb between two commas, with nothing said of its own (no complement,
    no object); or an inverted one (:func:`inverted_tag`)."""
    inverted = inverted_tag(tok) if tok.dep_ in ("ROOT", "parataxis") else None
    if inverted is not None:
        return inverted[0], inverted[1]
    split = split_tag(tok)
    if split is not None:
        return split
    if tok.dep_ != "ROOT" or any(
        ch.dep_ in ("ccomp", "dobj", "xcomp", "oprd") for ch in tok.children
    ):
        return None
    subj = [ch for ch in tok.children if ch.dep_ == "nsubj" and ch.i < tok.i]
    doc = tok.doc
    if len(subj) != 1 or subj[0].right_edge.i + 1 != tok.i:
        return None
    first, last = subj[0].left_edge.i - 1, tok.i + 1
    if first <= 0 or last >= len(doc) - 1:
        return None
    if doc[first].text != "," or doc[last].text != ",":
        return None
    return first, last


def is_tag(tok: Token) -> bool:
    """Whether a speech verb is a tag set in or after the clause it reports, not its head."""
    return (
        tok.dep_ == "parataxis"
        or tag_after(tok)
        or tag_between(tok)
        or tag_before_colon(tok)
        or tag_span(tok) is not None
    )


def tag_before_colon(tok: Token) -> bool:
    """ "He was clear: the first step would be ...": a tag before a colon, which the parser made a
    complement of the clause after it."""
    right = tok.right_edge.i
    return (
        tok.dep_ in ("ccomp", "advcl")
        and tok.i < tok.head.i
        and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
        and right + 1 < tok.head.i
        and tok.doc[right + 1].text == ":"
    )


def tag_between(tok: Token) -> bool:
    """ "If the sides agreed, he went on, they would ...": a tag (its subject before it, a comma
    after it) in the middle of the clause it reports, which the parser made a complement of that
    clause's verb."""
    right = tok.right_edge.i
    return (
        tok.dep_ == "ccomp"
        and tok.i < tok.head.i
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children)
        and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
        and right + 1 < len(tok.doc)
        and tok.doc[right + 1].text == ","
    )


def said_beside(tok: Token) -> bool:
    """Whether a speech verb is a second speaker's, set beside what the first one says though the
    parser hung it inside ("said Russia would never ..., while Tokyo said it would ..."): an
    adverbial clause opened by "while" or "whereas", with a subject of its own; so is one opened by
    "though" ("said Gabon accepted the ruling, though she insisted that ...": a second thing said)."""
    return (
        tok.dep_ == "advcl"
        and any(
            m.dep_ == "mark" and m.lower_ in ("while", "whereas", "though", "although")
            for m in tok.children
        )
        and any(ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children)
        and any(r.name == "statement" for r, _ in by_lemma().get(tok.lemma_.lower(), ()))
    )


def voiced_text(tok: Token, subj: list[Token]) -> bool:
    """Whether a speech verb's subject is a text that its reader or issuer voices ("read out a
    statement that said ...", "issued a communique which said ..."): a relative clause on a text
    (``spoken_nouns`` of data/lexicon.yaml) that a verb of the ``issued`` class, or one whose
    subject may be the text itself ("read"), takes as its object. Not a text one answers ("denied
    a report that said ..."): who denies it does not say it."""
    if tok.dep_ != "relcl" or subj != [tok.head]:
        return False
    noun = tok.head
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in lexicon.load().spoken_nouns:
        return False
    return any(
        not trig.noun
        and worded(noun.head, trig)
        and (rel.name == "issued" or (rel.name == "statement" and trig.subject_nouns))
        for rel, trig in by_lemma().get(noun.head.lemma_.lower(), ())
    )


def split_tag(tok: Token) -> tuple[int, int] | None:
    """A tag set in commas between the subject of what was said and its verb, which the parser
    made the sentence's head with the subject a modifier of it and the rest its complement ("Chile,
    Pinera told reporters in Santiago, would keep its borders", "Japan, the ministry said in a
    statement, would respond"): the tokens (first, last) of the tag with its commas, where the
    complement has no subject of its own. The fronted noun is that subject."""
    doc = tok.doc
    if tok.dep_ != "ROOT":
        return None
    subj = [ch for ch in tok.children if ch.dep_ == "nsubj" and ch.i < tok.i]
    said = [ch for ch in tok.children if ch.dep_ == "ccomp" and ch.i > tok.i]
    if len(subj) != 1 or len(said) != 1 or subj[0].right_edge.i + 1 != tok.i:
        return None
    if any(ch.dep_ in ("nsubj", "nsubjpass", "expl") for ch in said[0].children):
        return None  # "X, Y said, Z would ...": a clause of its own
    first, last = subj[0].left_edge.i - 1, said[0].left_edge.i - 1
    if first <= 0 or doc[first].text != "," or doc[last].text != ",":
        return None
    fronted = [
        ch
        for ch in tok.children
        if ch.dep_ in ("npadvmod", "nsubj", "dep", "nmod")
        and ch.i < first
        and ch.right_edge.i == first - 1
        and ch.pos_ in NOMINAL
    ]
    return (first - 1, last) if fronted else None  # (exclusive of the first, as tag_span)


def reads_out(tok: Token, texts: frozenset[str]) -> Token | None:
    """The text a verb whose subject may be a text ("The statement read: ...") has as its object
    where a person reads it out ("Peskov read out a statement: ..."): the text, else None."""
    return next(
        (ch for ch in tok.children if ch.dep_ == "dobj" and ch.lemma_.lower() in texts), None
    )
