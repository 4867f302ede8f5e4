"""The terms of a handover a document promises, as the sentence tells them: the condition's
words ("if the court, in its ruling, places it ...", "should a joint survey place it ...") and
the report's source the parser hung on the condition ("..., according to minutes signed in
Kisumu"), which is the promise's document and no word of the condition (rules/handovers.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.common import Collector, span_text

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
    for marker, clause in sorted(g.conditions(tok), key=lambda mc: _traded(mc[0])):
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
        span = (span[0], _followed_by(p, tok, clause, span[1]))
        span = (span[0], _or_else(p, tok, clause, span[1]))
        text = span_text(c, span)
        if marker.lower_ in ("on", "upon"):
            text = text.removeprefix("condition that").removeprefix("condition").strip()
        return text or None
    return None


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
