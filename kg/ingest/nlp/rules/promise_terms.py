"""The terms of a handover a document promises, as the sentence tells them: the condition's
words ("if the court, in its ruling, places it ...", "should a joint survey place it ...") and
the report's source the parser hung on the condition ("..., according to minutes signed in
Kisumu"), which is the promise's document and no word of the condition (rules/handovers.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.common import Collector, span_text
from kg.ingest.nlp.rules.deadline_events import deadline_event

if TYPE_CHECKING:
    from spacy.tokens import Token


def according_below(tok: Token) -> list[Token]:
    """The source of a report ("according to the minutes") or the document the promise is made
    under, set off by a comma (", under an agreement the two countries signed on Wednesday"), that
    the parser hung at the end of a condition on ``tok``: of the whole sentence, the promise's
    document (not "once the commission has marked it under the 1925 agreement": the condition's)."""
    return [
        x
        for _, cl in g.conditions(tok)
        if cl is not None
        for x in (*g.preps(cl, "to"), *g.preps(cl, "under"), *_closing_under(cl))
        if x.head.head.lower_ == "according" and x.head.head.head == cl or _set_off_under(x, cl)
    ]


def _closing_under(clause: Token) -> list[Token]:
    """ "... if a survey confirms that the line runs north of it, under minutes signed on
    Tuesday": the set-off "under" that closes the sentence, which the parser hung on a clause
    deeper in the condition; it tells the document of the whole sentence all the same."""
    out = []
    for t in clause.subtree:
        if t.dep_ != "prep" or t.lower_ != "under" or t.head == clause:
            continue
        doc, end = t.doc, t.sent.end
        if t.i == 0 or doc[t.i - 1].text != ",":
            continue  # "once it is marked under the 1925 agreement": the condition's own words
        if any(not w.is_punct for w in doc[t.right_edge.i + 1 : end]):
            continue  # not the sentence's last phrase
        out += [o for o in t.children if o.dep_ == "pobj"]
    return out


def _set_off_under(x: Token, clause: Token) -> bool:
    """Whether ``x`` is the object of an "under" after a comma that closes ``clause``."""
    prep = x.head
    return (
        prep.lower_ == "under"
        and prep.i > clause.i
        and prep.i > 0
        and prep.doc[prep.i - 1].lower_ == ","
        and prep.head.i >= clause.i
    )


def _leading(t: Token, marker: Token) -> bool:
    """Whether ``t`` is a word that leads a condition's clause without being its content ("only",
    "once", a comma; the auxiliary of an inverted condition, "should a survey find ...")."""
    return t == marker or (
        t.dep_ in ("mark", "advmod", "cc", "punct")
        and t.lower_ in ("only", "though", "although", "even", "that", ",", *g.CONDITION_MARKS)
    )


def _traded(marker: Token) -> bool:
    """Whether a condition is what is given in return ("in exchange for land elsewhere"): a term
    of the swap, told after the condition a clause sets where there is one ("..., but only once
    the treaty had been ratified")."""
    return marker.dep_ == "prep" and any(
        o.lemma_.lower() in ("exchange", "return") for o in marker.children if o.dep_ == "pobj"
    )


def promised_condition(c: Collector, p: g.Parsed, tok: Token) -> str | None:
    """The words of the condition a promised handover at ``tok`` is told under ("once the survey
    is finished"), without its markers and without the report's source hung at its end."""
    told = sorted(g.conditions(tok), key=lambda mc: _traded(mc[0])) or _marked_nominal(tok)
    for marker, clause in told:
        if clause is None:
            continue
        span = g.text_of(p, [clause])
        if span is None:
            continue
        lead = 0  # "though only once a treaty is signed": the condition follows the markers
        for t in clause.subtree:
            if t.i < marker.i:
                continue  # a clause misread as the condition's own ("should a survey place it")
            if t.i >= clause.i or t.head != clause or not _leading(t, marker):
                break
            lead = t.i + 1
        if lead:
            span = (p.offset + p.doc[lead].idx, span[1])
        said = [x for x in clause.children if x.lower_ == "according" and x.i > clause.i]
        said += [x.head for x in according_below(tok) if x.head.lower_ == "under"]
        said = sorted(said, key=lambda x: x.i)[:1]
        if said:  # "..., according to the text": the report's source, not the condition's words
            end = said[0].i - (p.doc[said[0].i - 1].dep_ == "punct")
            span = (span[0], p.offset + p.doc[end - 1].idx + len(p.doc[end - 1]))
        span = (span[0], _stranded_predicate(p, clause, span[1]))
        span = (span[0], _followed_by(p, tok, clause, span[1]))
        span = (span[0], _or_else(p, tok, clause, span[1]))
        text = span_text(c, span)
        if marker.lower_ in ("on", "upon"):
            text = text.removeprefix("condition that").removeprefix("condition").strip()
        return text or None
    event = deadline_event(tok)  # "within 90 days of a joint survey finding ...": what it waits on
    span = g.text_of(p, [event]) if event is not None else None
    return (span_text(c, span) or None) if span is not None else None


def _marked_nominal(tok: Token) -> list[tuple[Token, Token]]:
    """A condition's subject the parser hung on the promise as an object, its marker on it ("will
    hand both islands over to the Kingdom once the Multinational Force and Observers (MFO), the
    peacekeeping mission ..., has moved its post": "Force" a second object, "once" its adverb):
    the marker at its left edge makes it the subject of a condition whose verb stands apart
    (``_stranded_predicate``); or the marker read as the promise's preposition, its clause a
    conjunct of the promise. (marker, subject or clause) pairs."""
    stray = [  # "once" read as a preposition of the promise, its clause a conjunct of it
        (m, v)
        for m in tok.children
        if m.dep_ in ("prep", "advmod") and m.lower_ in g.CONDITION_MARKS and not list(m.children)
        for v in tok.children
        if v.dep_ == "conj" and v.pos_ in ("VERB", "AUX") and v.left_edge.i == m.i + 1
    ]
    return (
        stray[:1]
        or [
            (m, c)
            for c in tok.children
            if c.dep_ in ("dobj", "npadvmod", "dep", "attr")
            and c.pos_ in ("NOUN", "PROPN")
            and c.i > tok.i
            for m in c.children
            if m.dep_ in ("advmod", "mark")
            and m.lower_ in g.CONDITION_MARKS
            and m.i == c.left_edge.i
        ][:1]
    )


def _stranded_predicate(p: g.Parsed, clause: Token, end: int) -> int:
    """The end of a condition whose subject carries an apposition or a relative clause set off by
    commas ("once the MFO, the peacekeeping mission that monitors the treaty, has moved its post"):
    the parser reads the subject alone as the clause and hangs its verb elsewhere. The verb with no
    subject of its own whose words begin right after the subject's comma is the clause's predicate."""
    if clause.pos_ not in ("NOUN", "PROPN", "PRON"):
        return end
    doc = p.doc
    i = clause.right_edge.i + 1
    i += i < len(doc) and doc[i].text == ")"  # "the Multinational Force and Observers (MFO)"
    if i >= len(doc) or doc[i].text != ",":
        return end
    verbs = [
        v
        for v in doc[i + 1 : clause.sent.end]
        if v.pos_ in ("VERB", "AUX")
        and v.dep_ in ("conj", "ccomp", "advcl", "dep", "ROOT")
        and doc[v.left_edge.i - 1].text == ","  # the aside closed by its comma
        and v.left_edge.i > i + 1
        and not any(x.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for x in v.children)
        and clause not in v.subtree
        and not any(t.lower_ in g.CONDITION_MARKS for t in doc[i + 1 : v.left_edge.i])
    ][:1]
    if not verbs:
        return end
    close = verbs[0].right_edge
    return max(end, p.offset + close.idx + len(close.text))


def _followed_by(p: g.Parsed, tok: Token, clause: Token, end: int) -> int:
    """The end of a condition with the step it waits on told after a comma and hung on the
    promise ("... once the agreement enters into force, following ratification by both
    countries"): that phrase, last in the sentence, is the condition's too."""
    last = clause.right_edge.i
    doc = p.doc
    if last + 2 >= len(doc) or doc[last + 1].text != "," or clause.i <= tok.i:
        return end
    prep = doc[last + 2]
    if prep.lower_ != "following" or prep.head != tok or prep.dep_ != "prep":
        return end
    close = prep.right_edge
    if close.i + 1 < len(doc) and not doc[close.i + 1].is_punct:
        return end
    return p.offset + close.idx + len(close.text)


def _or_else(p: g.Parsed, tok: Token, clause: Token, end: int) -> int:
    """The end of a condition with another joined by "or" after it ("when the lease expires, or
    earlier if either government gives notice"): the parser hangs the second clause and its "or"
    on the promise, beside the first; both are the condition."""
    doc = p.doc
    i = clause.right_edge.i + 1
    i += i < len(doc) and doc[i].text == ","
    if i >= len(doc) or doc[i].lower_ != "or" or doc[i].dep_ != "cc" or doc[i].head != clause.head:
        return end
    after = doc[i + 1] if i + 1 < len(doc) else None  # "or sooner if ...": read as a conjunct
    hosts = (
        (clause.head, after) if after is not None and after.head == clause.head else (clause.head,)
    )
    other = [
        c
        for _m, c in g.conditions(after if after is not None else tok)
        if c is not None and c.i > i and c.head in hosts
    ]
    if not other:
        return end
    close = other[0].right_edge
    return max(end, p.offset + close.idx + len(close.text))
