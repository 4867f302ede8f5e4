"""The conditions a clause is told under ("if ..."), apart to keep mood short."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.mood import ancestors_to_root, words

if TYPE_CHECKING:
    from spacy.tokens import Token


def conditions(t: Token) -> list[tuple[Token, Token | None]]:
    """Conditions on ``t`` or on the clauses above it: "if ...", "once ...", "as soon as ...", "on
    condition that ...", "provided that ...", "in exchange for ...", "subject to ...", "after the
    withdrawal". (marker, clause) pairs."""
    w = words()
    out: list[tuple[Token, Token | None]] = []
    for host in (t, *ancestors_to_root(t)):
        out += _inversions_misread(host, t)
        out += _marked_conjuncts(host, t)
        if host == t:
            out += _after_conjunct(t)
        for c in host.children:
            if c.lower_ in w.condition_participles and c.dep_ in (
                "advcl",
                "ccomp",
                "conj",
                "prep",
                "dep",  # "would hand over X to Y provided that ...", left unattached
            ):
                # "provided (that) ...", parsed as the participle heading its clause (its
                # complement a pcomp after a comma: "..., provided that it keeps the base")
                clause = next(
                    (g for g in c.children if g.dep_ in ("ccomp", "advcl", "pcomp")), None
                )
                out.append((c, clause if clause is not None else _clause_after(c)))
            elif c.dep_ == "advcl" and c.lower_ not in w.condition_words:  # "subject to": below
                marks = [  # "once the border is demarcated", "once" read as the clause's adverb
                    m
                    for m in c.children
                    if m.lower_ in w.condition_marks
                    and (m.dep_ == "mark" or m.dep_ == "advmod" and m.i == c.left_edge.i)
                ]
                if marks:
                    out.append((marks[0], c))
                elif (inverted := _inverted(c)) is not None:
                    out.append((inverted, c))
            elif c.dep_ == "advmod" and c.lower_ in w.condition_adverbs:  # "as soon as ..."
                out += [
                    (m, cl)
                    for cl in c.children
                    if cl.dep_ == "advcl"
                    for m in cl.children
                    if m.dep_ == "mark" and m.lower_ in w.condition_adverbs[c.lower_]
                ][:1]
            elif c.dep_ == "prep" and c.lower_ in w.condition_preps:
                pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is None:
                    continue
                nouns = w.condition_preps[c.lower_]
                if pobj.lemma_ in nouns:
                    what = [
                        x
                        for f in pobj.children
                        if f.lower_ == "for"
                        for x in f.children
                        if x.dep_ == "pobj"
                    ]
                    out.append((c, what[0] if what else pobj))  # "in exchange for a peace treaty"
                elif "*" in nouns and pobj.pos_ in ("NOUN", "VERB"):
                    out.append((c, pobj))  # "after the withdrawal of all foreign troops"
            elif c.lower_ in w.condition_words:  # "subject to ratification"
                out += [
                    (c, x)
                    for p in c.children
                    if p.dep_ == "prep" and p.lower_ in w.condition_words[c.lower_]
                    for x in p.children
                    if x.dep_ in ("pobj", "pcomp")
                ][:1]
    return out


def _clause_after(participle: Token) -> Token | None:
    """The clause a "provided (that)" opens where the parser read the participle as a verb of its
    own, joined to the clause it conditions, and the clause as a further conjunct of that clause
    ("will transfer the island to Afghanistan provided that a joint survey confirms ...", with
    "provided" and "confirms" both conjuncts of "transfer"): the sibling verb whose words begin right
    after the participle."""
    return next(
        (
            x
            for x in participle.head.children
            if x.i > participle.i
            and x.pos_ in ("VERB", "AUX")
            and x.dep_ in ("conj", "ccomp", "advcl", "dep")
            and x.left_edge.i == participle.i + 1
        ),
        None,
    )


def _after_conjunct(t: Token) -> list[tuple[Token, Token]]:
    """A condition set off by a comma after a later conjunct of ``t`` ("will hand the char over to
    Bangladesh, and remove the post within 30 days, if the survey finds ..."): the parser hangs it
    on the last verb, but the comma makes it the whole promise's. (marker, clause) pairs."""
    marks = words().conjunct_marks
    doc = t.doc
    return [
        (m, cl)
        for c in t.children
        if c.dep_ == "conj" and c.i > t.i and c.pos_ in ("VERB", "AUX")
        for cl in c.children
        if cl.dep_ == "advcl"
        and cl.i > c.i
        and cl.left_edge.i > 0
        and doc[cl.left_edge.i - 1].text == ","
        for m in cl.children
        if m.dep_ == "mark" and m.lower_ in marks and m.i == cl.left_edge.i
    ][:1]


def _marked_conjuncts(host: Token, t: Token) -> list[tuple[Token, Token]]:
    """A conditional clause the parser joined to ``host`` as a conjunct after ``t`` ("Russia would
    hand the area over to Estonia, but only once the treaty had been ratified": "ratified" a
    conjunct of "hand"): its marker makes it subordinate. (marker, clause) pairs."""
    return [
        (m, c)
        for c in host.children
        if c.dep_ == "conj" and c.i > t.i and c.pos_ in ("VERB", "AUX")
        for m in c.children
        if m.dep_ == "mark"
        and m.lower_ in words().conjunct_marks
        and all(x.lower_ in ("only", "even") for x in c.doc[c.left_edge.i : m.i])
    ][:1]


def _inverted(clause: Token) -> Token | None:
    """The auxiliary of a condition told by inversion, with no marker ("will hand the islet over
    to Kenya should a joint survey place it on the Kenyan side", "were the court to rule ..."):
    the clause's first word, before its subject."""
    first = clause.left_edge
    return (
        first
        if first.dep_ == "aux"
        and first.head == clause
        and first.lower_ in words().inverting
        and any(ch.dep_ in ("nsubj", "nsubjpass") and ch.i > first.i for ch in clause.children)
        else None
    )


def _inversions_misread(host: Token, t: Token) -> list[tuple[Token, Token]]:
    """An inverted condition the parser did not hang on the clause it conditions: as a clause
    joined to one above after it ("the minutes provide that X will hand the site over should the
    survey find it south": "find" a conjunct of "provide"), or as the sentence's head, with the
    conditioned clause its complement ("X will hand the islet over should a survey place it ...":
    "place" the root). (auxiliary, clause) pairs; the clause's words start after the auxiliary."""
    out = [
        (aux, c)
        for c in host.children
        if c.dep_ == "conj"
        and c.i > t.i
        and not any(x.dep_ == "cc" for x in c.children)
        and (aux := _inverted(c)) is not None
        and not any(x.dep_ == "cc" and x.i == c.left_edge.i - 1 for x in host.children)
    ]
    head = host.head
    if host.dep_ == "ccomp" and head.i > host.right_edge.i:
        aux = next((x for x in head.children if x.dep_ == "aux" and x.i > host.right_edge.i), None)
        if (
            aux is not None
            and aux.lower_ in words().inverting
            and any(x.dep_ in ("nsubj", "nsubjpass") and x.i > aux.i for x in head.children)
            and not any(x.dep_ == "aux" and host.right_edge.i < x.i < aux.i for x in head.children)
        ):
            out.append((aux, head))
    return out
