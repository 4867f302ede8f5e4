"""Where a document's condition stands in the parse, as (what, condition) word lists.

A conditional clause of what the document says ("the border will be demarcated only if both
parliaments ratify it", "according to the document, once that agreement was signed Moscow would be
ready ..."), the "that" clause a condition noun carries, or the subject of a verb set "on the
condition that"; with the trimming and wording of such words. kg.ingest.nlp.rules.stipulations
turns them into facts.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.grammar.mood import words as mood_words
from kg.ingest.nlp.rules.common import balanced
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Words that open a condition's own clause and are not part of it ("only if", "namely that").
_LEAD = frozenset({"only", "namely", "that", "even", ",", ":"})


def clause_condition(
    p: g.Parsed, tok: Token, planned: bool = False
) -> tuple[list[Token], list[Token]] | None:
    """(what, condition) of the clause a document says: the complement of "states that", or the
    clause "according to the document" hangs on (itself past a speech tag: "..., he said, ...").
    ``planned``: only a clause of what is to be ("would take effect only once"); "Under the deal,
    troops withdrew after the ceasefire held" tells a deed and when, no condition."""
    said = [ch for ch in tok.children if ch.dep_ == "ccomp"]
    doers = [] if said else _document_subjects(p, tok)
    host = said[0] if said else tok if doers else (tok.head if tok.head != tok else None)
    if host is None:
        return None
    aside = {t.i for t in tok.subtree} if not said else set()
    if doers:  # "The accord allows X into the zone provided that ...": the verb's own clause, less
        aside = {t.i for d in doers for t in d.subtree}  # the document doing it
    found = _condition_as_head(host, aside, planned)
    if found is not None:
        return found
    inside = {t.i for t in host.subtree}  # (read once: no mend runs while the clauses are read)
    for verb in [host, *(t for t in host.subtree if t.pos_ in ("VERB", "AUX") and t != host)]:
        for marker, clause in [*g.conditions(verb), *_marked_as_adverb(verb)]:
            if clause is None or clause.i not in inside or clause.i in aside:
                continue
            if verb not in (clause.head, clause.head.head) and not (
                marker.head == verb and marker.dep_ == "prep"
            ):
                continue  # a condition of a clause above: read at that clause's verb (not "in
                # exchange for X", whose marker is the verb's own)
            if planned and not (g.modal(verb) or _promised(verb)):
                continue
            inner = {t.i for t in clause.subtree}
            inner |= {  # the words that open it: "on condition that", "provided", "as long as"
                t.i for ch in verb.children if marker in ch.subtree for t in ch.subtree
            }
            # "once that agreement was signed Moscow would be ready ...", the main clause hung
            # on the condition's verb by the parser: that clause is what is conditioned
            # (not the condition's own "that" clause: "if the survey finds that the islet lies
            # south of the channel" is one condition, what it conditions stands above it)
            then = [
                ch
                for ch in clause.children
                if ch.dep_ == "ccomp" and ch.i > clause.i and not _complement(ch)
            ]
            cond_words = [
                t
                for t in clause.subtree
                if not any(t.i in {x.i for x in th.subtree} for th in then)
            ]
            if then:
                what = list(then[0].subtree)
            else:  # what the document says, without the condition and a speech tag set in it
                tag = _tag_words(host)
                what = [
                    t
                    for t in host.subtree
                    if t.i not in inner | aside | tag and (t.i != tok.i or host == tok)
                ]
            cond_words = _without_lead(cond_words, marker)
            what = trimmed(what)
            if what and cond_words:
                return what, cond_words
    return None


def _condition_as_head(
    host: Token, aside: set[int], planned: bool
) -> tuple[list[Token], list[Token]] | None:
    """(what, condition) where an inverted condition after the clause was read as the sentence's
    head and the clause as its complement ("Under its terms, Ecuador will withdraw the camp from
    the ridge, should the surveyors confirm that it is Peruvian": "confirm" the root): the
    condition is the head's words past the auxiliary, what it conditions the clause."""
    if host.dep_ != "ccomp":
        return None
    for marker, clause in g.conditions(host):
        if clause != host.head or marker.head != clause or marker.dep_ != "aux":
            continue
        if planned and not (g.modal(host) or _promised(host)):
            return None
        inner = {t.i for t in host.subtree}
        what = trimmed([t for t in host.subtree if t.i not in aside])
        cond = [t for t in clause.subtree if t.i not in inner and t.i > marker.i and not t.is_punct]
        return (what, trimmed(cond)) if what and cond else None
    return None


def _promised(verb: Token) -> bool:
    """Whether ``verb`` undertakes what its infinitive tells ("Under the communique, Uganda
    undertook to withdraw its police from X if the team places it on the Kenyan side": the parser
    hangs the condition on "undertook"): a verb of promising (mood.yaml's irrealis, less the verbs
    of wishing: "agreed", "pledged", not "wants", "urged"), so the condition is of the plan."""
    w = mood_words()
    return verb.lemma_.lower() in w.irrealis - w.wishing and any(
        ch.dep_ == "xcomp" and g.modal(ch) for ch in verb.children
    )


def _complement(clause: Token) -> bool:
    """Whether a clause is a verb's complement, opened by "that" or "whether" ("finds that ...",
    "confirms whether ..."), or one a verb of finding takes with no "that" ("if a survey confirms
    the area is Kuwaiti"), not a main clause the parser hung on a condition's verb."""
    if clause.head.lemma_.lower() in _finding():
        return True
    return any(ch.dep_ == "mark" and ch.lower_ in ("that", "whether") for ch in clause.children)


@lru_cache(maxsize=1)
def _finding() -> frozenset[str]:
    """The verbs of finding a condition may state (``conditions.finding``, data/lexicon/mood.yaml)."""
    data = read_yaml(DATA_DIR / "lexicon" / "mood.yaml").get("conditions", {})
    return frozenset(str(w) for w in data.get("finding", ()))


def _document_subjects(p: g.Parsed, tok: Token) -> list[Token]:
    """The subjects of ``tok`` that are documents ("the accord allows ...", "the treaty grants
    ..."): the document does what its clause says, on the condition the clause sets."""
    return [t for t in g.subjects(tok) if (m := p.mention(t)) is not None and m.tag == "D"]


def _marked_as_adverb(verb: Token) -> list[tuple[Token, Token]]:
    """ "will meet once both parliaments ratify it", with "once" parsed as the verb's adverb beside
    the clause it opens: (marker, clause)."""
    doc = verb.doc
    return [
        (doc[ch.left_edge.i - 1], ch)
        for ch in verb.children
        if ch.dep_ == "advcl"
        and ch.left_edge.i > 0
        and doc[ch.left_edge.i - 1].head == verb
        and doc[ch.left_edge.i - 1].lower_ in g.CONDITION_MARKS
    ]


def noun_condition(p: g.Parsed, noun: Token) -> tuple[list[Token], list[Token]] | None:
    """(what, condition) of "set a condition for X, namely that Y" / "the condition that Y for X"."""
    clauses = [
        t
        for t in noun.subtree
        if t.pos_ in ("VERB", "AUX")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children)
    ]
    if not clauses:
        return None
    cond = clauses[0]
    inner = {t.i for t in cond.subtree}
    about = [
        t
        for pr in noun.children
        if pr.dep_ == "prep" and pr.lower_ == "for"
        for t in pr.subtree
        if t.i not in inner and t != pr
    ]
    if not about:
        return None
    cond_words = [
        t for t in cond.subtree if not (t.head == cond and t.i < cond.i and t.lower_ in _LEAD)
    ]
    return trimmed(about), cond_words


def condition_of_subject(noun: Token) -> tuple[list[Token], list[Token]] | None:
    """(what, condition) of "The cession was made on the condition that Y": the subject of the
    verb the condition is set on, and the noun's "that" clause."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "upon"):
        return None
    subjects = [t for t in noun.head.head.children if t.dep_ in ("nsubj", "nsubjpass")]
    clauses = [
        t
        for t in noun.children
        if t.pos_ in ("VERB", "AUX") and any(m.dep_ == "mark" for m in t.children)
    ]
    if not subjects or not clauses:
        return None
    cond = clauses[0]
    words = [t for t in cond.subtree if not (t.head == cond and t.i < cond.i and t.lower_ in _LEAD)]
    return list(subjects[0].subtree), trimmed(words)


def _without_lead(words: list[Token], marker: Token) -> list[Token]:
    """The condition without its marker and the words before it ("only if", "on condition that")."""
    after = [t for t in words if t.i > marker.i]
    while after and (
        after[0].dep_ in ("mark", "advmod", "punct")
        and after[0].lower_ in _LEAD
        or after[0].lower_ == "condition"  # "on condition that"
    ):
        after.pop(0)
    return trimmed(after)


def _tag_words(host: Token) -> set[int]:
    """The words of speech tags in the clause ("..., he said, ..."): the reporter's, not the
    document's."""
    out: set[int] = set()
    for v in host.subtree:
        if v.lemma_.lower() in _SPEECH and (v.dep_ == "parataxis" or v == host):
            out |= {v.i} | {x.i for s in g.subjects(v) for x in s.subtree}
            out |= {ch.i for ch in v.children if ch.is_punct}
    return out


def trimmed(words: list[Token]) -> list[Token]:
    words = sorted(words, key=lambda t: t.i)
    while words and (words[0].is_punct or words[0].dep_ in ("mark", "cc")):
        words.pop(0)
    while words and (words[-1].is_punct or words[-1].lower_ in g.CONDITION_MARKS):
        words.pop()  # "... into the zone provided": the marker the parser hung on what it opens
    return words


def text_of(words: list[Token]) -> str:
    """The words as written, one space where the clause leaves words out ("..., he said, ...")."""
    out = ""
    for i, t in enumerate(words):
        out += t.text
        if i + 1 < len(words):
            out += t.whitespace_ if words[i + 1].i == t.i + 1 else " "
    return balanced(" ".join(out.split()).strip(' ,.;:"“”'))


#: Verbs of a speech tag inside the clause: the reporter's words, not the document's.
_SPEECH = frozenset({"say", "add", "note", "stress", "recall", "explain"})
