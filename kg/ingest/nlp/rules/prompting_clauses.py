"""What prompted an act, told by an adverbial clause: "lodged a protest after Medvedev visited
Kunashir", "protested to both governments when the pact was signed". Where two verbs share one
subject ("lodged a protest with Turkey and asked the Council to intervene after the authorities
reopened the resort"), the parser hangs a closing clause on the last of them, though it tells
what prompted both: it counts for the first verb too, unless that verb has an occasion of its own.

What drew a reaction told by the verb of drawing it: "Russia's decision to hold drills on Kunashir
prompted a protest from Japan" (its subject), "Venezuela has appointed a governor of Guayana
Esequiba, drawing a formal protest from Georgetown" (the clause a participle after a comma closes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import a_time
from kg.ingest.nlp.grammar.nouns import governor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The subordinators of a clause that tells what prompted an act.
_MARKS = frozenset({"after", "because", "following", "since"})


def occasions(host: Token) -> list[Token]:
    """The clauses telling what prompted ``host``'s act: its own, else those closing a verb
    coordinated with it (or that verb's infinitive) that has no subject of its own."""
    own = [ch for ch in host.children if _occasion(ch)] or _hung_later(host)
    if own:
        return own
    shared = [
        v
        for conj in host.children
        if conj.dep_ == "conj"
        and conj.pos_ == "VERB"
        and not any(x.dep_ in ("nsubj", "nsubjpass") for x in conj.children)
        for v in (conj, *(x for x in conj.children if x.dep_ == "xcomp"))
    ]
    return [ch for v in shared for ch in v.children if _occasion(ch)]


def _hung_later(host: Token) -> list[Token]:
    """An occasion the parser hung on a clause after it: "lodged a protest after Beijing published
    rules ..., a move Manila said was aimed at ...", the appended noun's clause taken for a verb's
    ("a move ... was aimed"), with the "after" clause as its. The occasion stands between the act
    and that clause, a comma and the clause's own subject after it."""
    return [
        occ
        for ch in host.children
        if ch.dep_ == "advcl" and ch.i > host.i
        for occ in ch.children
        if _occasion(occ)
        and host.i < occ.i < ch.i
        and any(
            s.dep_ in ("nsubj", "nsubjpass")
            and occ.right_edge.i < s.i < ch.i
            and s.doc[occ.right_edge.i + 1].text == ","
            for s in ch.children
        )
    ]


def _occasion(ch: Token) -> bool:
    """An adverbial clause opened by "after", "because" ... or by "when" ("when the pact was
    signed")."""
    if ch.dep_ != "advcl":
        return False
    return any(
        m.dep_ == "mark"
        and m.lower_ in _MARKS
        or m.dep_ == "advmod"
        and m.lower_ == "when"
        and m.i < ch.i
        for m in ch.children
    )


def drawn_by(noun: Token) -> tuple[list[Token], Token | None]:
    """What drew the reaction ``noun`` names (the object of a verb of drawing), and the words to
    leave out of it: the subject of a finite verb ("Russia's decision ... prompted a protest"),
    or, for a participle set off by a comma, the clause it closes, without the participle
    ("A team landed on Uotsuri, prompting an angry protest from Beijing"), wherever the parser
    hung the participle (the sentence's whole clause: "appointed X as governor of the state it
    says it created ..., drawing a protest"). None for a relative pronoun ("a move that drew a
    protest": the pronoun tells nothing of the move)."""
    verb = governor(noun)
    if verb is None:
        return [], None
    if verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        top = next((a for a in verb.ancestors if a.head == a), None)
        return ([top], verb) if top is not None and top.i < verb.i else ([], None)
    if (noun_said := _appended_noun(verb)) is not None:
        top = summed_clause(verb)
        return ([top], noun_said) if top is not None else ([], None)
    return [x for x in verb.children if x.dep_ == "nsubj" and x.tag_ not in ("WDT", "WP")], None


def summed_clause(verb: Token) -> Token | None:
    """The head of the clause an appended noun sums up, where ``verb`` is that noun's relative
    clause ("Russia has opened a terminal, a step that prompted a protest": "opened")."""
    noun = _appended_noun(verb)
    top = next((a for a in noun.ancestors if a.head == a), None) if noun is not None else None
    return top if top is not None and noun is not None and top.i < noun.i else None


def _appended_noun(verb: Token) -> Token | None:
    """The noun a clause is appended by, where the verb of drawing is its relative clause ("X has
    revoked the memorandum, a move that drew a protest from Y"): the move is the clause it sums up,
    so what drew the protest is that clause. None for a relative on a noun of its own ("the visit,
    which drew a protest"; "a visit that drew": the pronoun names the noun, not a clause)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "appos" or noun.i > verb.i:
        return None
    subjects = [x for x in verb.children if x.dep_ == "nsubj"]
    if not subjects or any(x.tag_ not in ("WDT", "WP") for x in subjects):
        return None
    if not any(d.dep_ == "det" and d.lower_ == "a" for d in noun.children):
        return None
    return noun


def drawn_words(p: g.Parsed, noun: Token) -> tuple[int, int] | None:
    """The words of what drew the reaction ``noun`` names (:func:`drawn_by`); a clause's without
    the participle and a time phrase that opens it ("In 2016 Japan seized a boat, drawing a
    protest": the year is when the protest was drawn, not what drew it)."""
    roots, participle = drawn_by(noun)
    if participle is None:
        return g.text_of(p, roots) if roots else None
    top = roots[0]
    out = {t.i for t in participle.subtree}
    if participle.pos_ == "NOUN":  # "..., a move that drew a protest ...": the clause before it
        out.update(t.i for t in top.subtree if t.i > participle.i)
    for ch in top.children:
        if ch.i < top.i and ch.dep_ == "prep" and any(a_time(o) for o in ch.children):
            out.update(t.i for t in ch.subtree)
    toks = [t for t in top.subtree if t.i not in out]
    while toks and toks[0].is_punct:
        toks.pop(0)
    while toks and toks[-1].is_punct:
        toks.pop()
    return p.span(toks) if toks else None
