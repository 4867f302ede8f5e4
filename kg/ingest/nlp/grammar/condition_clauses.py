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
                out.append((c, clause))
            elif c.dep_ == "advcl" and c.lower_ not in w.condition_words:  # "subject to": below
                marks = [  # "once the border is demarcated", "once" read as the clause's adverb
                    m
                    for m in c.children
                    if m.lower_ in w.condition_marks
                    and (m.dep_ == "mark" or m.dep_ == "advmod" and m.i == c.left_edge.i)
                ]
                if marks:
                    out.append((marks[0], c))
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
