"""Obligations a state withdrew: "the Soviet Union withdrew its obligation to hand over the
islands" (the trigger class ``withdrewObligation`` of data/lexicon/relations.yaml), read from the
parse; the promise it undoes is the handover a document promised, where the obligation is one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import a_time, find_dates
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector, span_text
from kg.ingest.nlp.rules.narrated import paragraph_date
from kg.ingest.nlp.rules.slots import fill
from kg.ingest.nlp.rules.succession import then_state
from kg.ingest.nlp.rules.time_trims import without_time
from kg.ingest.nlp.rules.when import event_date
from kg.ingest.nlp.triggers import Relation, Trigger, by_lemma
from kg.model import Arg, Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Markers of the clause a withdrawal came after or in answer to: its reason.
_AFTER = frozenset({"after", "following", "because", "since", "once", "when"})
#: Words that lead a reason ("in protest at", "in response to", "because of", "citing").
_LEADS = (
    _AFTER
    | {"in", "at", "over", "to", "for", "of", "due", "owing", "citing"}
    | {"protest", "response", "retaliation", "reaction", "reprisal"}
)


def withdrawal(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    # a trigger without an object slot leaves only by its preposition: "backed out of the deal",
    # not "backed the deal"
    direct = g.objects(tok) if any(slot == "object" for slot, _ in trig.slots) else []
    objs = [*direct, *g.preps(tok, "on"), *_left(tok)]
    said = [o for o in objs if o.lemma_.lower() in trig.object_lemmas]
    if not said or g.negated(tok) or _left_as_it_was(tok):
        return
    filled = fill(c, s, p, tok, rel, trig, frozenset({"state"}))  # the obligation: ``said``
    if filled is None:
        return
    reason, why = _reason(p, tok)
    if why is None:  # "withdrew its pledge to hand over the islands after Japan signed ...", the
        reason, why = _reason(p, said[0], inside=True)  # clause hung on what was withdrawn
    inside = [why] if why is not None else []
    words = _before(c, g.text_of(p, said[:1]), why)
    if words is not None:  # "the 1956 commitment in 1960": the time is the withdrawal's
        words = without_time(p, c.source.text, words)
    act = _pledged_act(tok, said[0])
    if words is not None and act is not None:  # "its pledge [to finance the project]"
        words = (words[0], max(words[1], p.span(list(act.subtree))[1]))
    # "withdrew from the 1975 agreement in 1980": the document's own year is not the withdrawal's,
    # nor the pledge's own ("a pledge, made in 2021, to ...")
    named = (p.offset + said[0].left_edge.idx, p.offset + said[0].idx + len(said[0]))
    made = [  # not the clause the withdrawal is told in ("the arbitration, which it quit in 2015")
        p.span(list(ch.subtree))
        for ch in said[0].children
        if ch.dep_ in ("acl", "relcl") and ch != tok and ch not in tok.ancestors
    ]
    date = event_date(c, s, p, tok, [*inside, named, *made, *_inner_documents(p, said[0])])
    date = date or _date_in(c, s, p, why) or paragraph_date(c, s, tok)
    obligation: str = span_text(c, words) if words else said[0].text
    if reason is None and why is not None:  # no document there: its words
        reason = _words(c, why)
    document = _document(p, said[0]) or _pledged_in(c, said[0])
    if document is None and (document := _its_implementation(c, p, said[0])) is not None:
        obligation = f"{said[0].text} of the {document.label}"  # "its implementation": whose
    promised = _promised(c, p, said[0])
    if promised is not None:
        document, obligation = promised
    for state in filled["state"]:
        args: dict[str, Arg | None] = {
            "state": then_state(c, state, date) if state.kind == "State" else state,
            "obligation": obligation,
            "document": document,
            "reason": reason,
            "date": date,
        }
        c.add("withdrewObligation", args, s, f"{trig.rule}:{tok.lemma_.lower()}", 0.85)


def released(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """ "said it was no longer bound by the ceasefire", "no longer considers itself bound by the
    treaty", "no longer feels committed to the accord": a state that says it is no longer held by
    a document has withdrawn its obligation (one that still is adheres to it: adheresTo)."""
    host = tok.head if tok.dep_ in ("ccomp", "acomp", "xcomp", "oprd") else tok
    if not any(_no_longer(t) for t in {tok, host}):
        return
    cop = tok.head if tok.dep_ == "acomp" else tok
    if tok.lower_ == "binding":  # "declared that the restrictions were no longer binding"
        held = [ch for ch in cop.children if ch.dep_ == "nsubj"]
        host = cop.head if cop.dep_ == "ccomp" else tok  # the state that declared it
        order = [host]
    else:
        held = [
            o
            for ch in tok.children
            if ch.dep_ in ("prep", "agent") and ch.lower_ in ("by", "to")
            for o in ch.children
            if o.dep_ == "pobj"
        ]
        order = [tok, host] if host is not tok else [tok]
    held = [o for o in held if o.lemma_.lower() in trig.object_lemmas]
    if not held or host is tok and tok.lower_ == "binding":
        return
    if any(ch.dep_ in ("nsubj", "nsubjpass") and ch.lower_ in _REFLEXIVE for ch in tok.children):
        order.reverse()  # "Israel considers itself bound": the state is the host's subject
    filled = None
    for word in order:
        filled = filled or fill(c, s, p, word, rel, trig, frozenset({"state"}))
    if filled is None:
        return
    reason, why = _reason(p, host)
    if why is None and host is not cop:  # "..., citing X", hung on the declared clause
        reason, why = _reason(p, cop)
    if reason is None and why is not None:  # no document there: its words
        reason = _words(c, why)
    words = g.text_of(p, held[:1])
    named = (p.offset + held[0].left_edge.idx, p.offset + held[0].idx + len(held[0]))
    inner = _inner_documents(p, held[0])  # "the arrangements of the 1991 treaty": its own year
    date = event_date(c, s, p, host, [*([why] if why else []), named, *inner])
    date = date or paragraph_date(c, s, host)  # "In September of that year ... declared that"
    for state in filled["state"]:
        args: dict[str, Arg | None] = {
            "state": state,
            "obligation": span_text(c, words) if words else held[0].text,
            "document": _document(p, held[0]),
            "reason": reason,
            "date": date,
        }
        c.add("withdrewObligation", args, s, f"{trig.rule}:no-longer-{tok.lemma_.lower()}", 0.75)


def _pledged_act(verb: Token, noun: Token) -> Token | None:
    """ "pulled out of its 2004 pledge to finance the project", "abandoned a pledge, made in 2021,
    to release water": the infinitive the parser hung on the verb of withdrawing, right after the
    promise noun, is what was promised (a promise noun with its own infinitive keeps that)."""
    if noun.lemma_.lower() not in _PROMISES or any(
        ch.dep_ in ("acl", "relcl") and ch.tag_ == "VB" for ch in noun.children
    ):
        return None
    return next(
        (
            ch
            for ch in verb.children
            if ch.dep_ in ("advcl", "xcomp")
            and ch.tag_ == "VB"
            and ch.i > noun.right_edge.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in ch.children)
            and all(t.is_punct for t in noun.doc[noun.right_edge.i + 1 : ch.left_edge.i])
        ),
        None,
    )


def _inner_documents(p: g.Parsed, noun: Token) -> list[tuple[int, int]]:
    """The names of the other documents of the clause ("scrapped the annexes to its 2001
    agreement on Monday", wherever the parser hangs "to"): their own years are theirs, not the
    withdrawal's."""
    return [
        (p.offset + t.left_edge.idx, p.offset + t.idx + len(t))
        for t in p.doc
        if t != noun and (m := p.mention(t)) is not None and m.tag == "D"
    ]


#: Nouns of a promise whose content is an infinitive ("its pledge to finance ...")
_PROMISES = frozenset({"pledge", "promise", "commitment", "undertaking", "obligation"})
#: The pronoun that makes a state its own object: "considers itself bound by the accord"
_REFLEXIVE = frozenset({"itself", "themselves"})


def _no_longer(t: Token) -> bool:
    """ "no longer" on a word: its "longer" with its own "no"."""
    return any(
        ch.lower_ == "longer" and any(n.lower_ == "no" for n in ch.children) for ch in t.children
    )


def _left(tok: Token) -> list[Token]:
    """What a verb of leaving leaves: "withdrew from the treaty", "pulled out of the accord",
    "walked away from the deal" (the preposition hung on the verb, its object or its particle),
    or what a noun of leaving names ("its withdrawal from", "the abrogation of")."""
    out = g.preps(tok, "from")
    if tok.pos_ == "NOUN":  # "the abrogation of the treaty"
        out += g.preps(tok, "of")
    if any(ch.lower_ in ("out", "away") for ch in tok.children):
        out += g.preps(tok, "of")
    return out


def _left_as_it_was(tok: Token) -> bool:
    """ "left the treaty intact", "left the accord in force": a verb of leaving with a predicate
    of what is left says what it remains, not that it was left."""
    return tok.lemma_.lower() == "leave" and any(
        ch.dep_ in ("oprd", "acomp", "xcomp", "ccomp") for ch in tok.children
    )


def _document(p: g.Parsed, noun: Token) -> Entity | None:
    """The document left or whose obligation is withdrawn: the noun itself where it names one
    ("withdrew from the Algiers Agreement"), else one its under- or of-phrase names ("its
    obligations under the treaty", "the arrangements of the 1991 treaty") or its possessor."""
    owner = [c for c in noun.children if c.dep_ == "poss"]  # "the declaration's implementation"
    for t in (noun, *g.preps(noun, "under"), *g.preps(noun, "of"), *owner):
        m = p.mention(t)
        if m is not None and m.tag == "D" and m.entity is not None:
            return m.entity
    return None


#: Nouns of an undertaking a document records, and the words that point back to one told before.
_PLEDGES = frozenset({"pledge", "promise", "commitment", "undertaking"})
_POINTING = frozenset({"that", "this", "the"})


def _pledged_in(c: Collector, noun: Token) -> Entity | None:
    """The document a pledge withdrawn was made in, where its phrase names none: "its 2004
    pledge", the one document of that year the article told of; "that pledge", the document of the
    promise told last."""
    if noun.lemma_.lower() not in _PLEDGES:
        return None
    years = {ch.text for ch in noun.children if ch.text.isdigit() and len(ch.text) == 4}
    if years:
        told = {
            d.key: d
            for f in c.facts
            for d in f.args.values()
            if isinstance(d, Entity) and d.kind == "Document" and d.date and d.date[:4] in years
        }
        return next(iter(told.values())) if len(told) == 1 else None
    if not any(ch.dep_ == "det" and ch.lower_ in _POINTING for ch in noun.children):
        return None
    promise = next(iter(reversed(c.of("promisesHandover"))), None)
    document = promise.args.get("document") if promise is not None else None
    return document if isinstance(document, Entity) else None


def _its_implementation(c: Collector, p: g.Parsed, noun: Token) -> Entity | None:
    """ "shelved its implementation": the document the article told of last (not one named after
    it: "... when it signed a military treaty")."""
    if noun.lemma_.lower() != "implementation" or not any(
        ch.dep_ == "poss" and ch.lower_ in ("its", "their") for ch in noun.children
    ):
        return None
    later = {
        m.entity.key
        for t in noun.doc[noun.i + 1 :]
        if (m := p.mention(t)) is not None and m.tag == "D" and m.entity is not None
    }
    return next((d for d in reversed(c.disc.documents) if d.key not in later), None)


def _before(
    c: Collector, words: tuple[int, int] | None, why: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The words of what was withdrawn up to the reason the parser hung inside them."""
    if words is None or why is None or not words[0] < why[0] < words[1]:
        return words
    kept = c.source.text[words[0] : why[0]].split()
    while kept and (kept[-1].lower().strip(",;") in _LEADS or not kept[-1].strip(",;")):
        kept.pop()  # "... after", "... in protest at": the words that lead the reason
    if not kept:
        return words
    last = kept[-1].rstrip(",;")
    return (words[0], c.source.text.rindex(last, words[0], why[0]) + len(last))


def _words(c: Collector, why: tuple[int, int]) -> str | None:
    """A reason's words without the marker that leads them ("after the ruling": "the ruling")."""
    text = span_text(c, why)
    first, _, rest = text.partition(" ")
    return (rest if first.lower() in _AFTER and rest else text) or None


def _reason(
    p: g.Parsed, tok: Token, inside: bool = False
) -> tuple[Arg | None, tuple[int, int] | None]:
    """What the withdrawal came after or answered: a document named there, else its words (with
    ``inside``, anywhere in the phrase of ``tok``)."""
    clauses = [
        ch
        for ch in (tok.subtree if inside else tok.children)
        if ch.dep_ in ("advcl", "ccomp")  # (a fronted "after ..." clause is read as either)
        and any(m.lower_ in _AFTER for m in ch.children if m.dep_ in ("mark", "advmod"))
        or ch.dep_ == "prep"
        and ch.lower_ in _AFTER
        and not any(o.dep_ == "pobj" and a_time(o) for o in ch.children)  # "after 2007": when
    ] + g.reasons(tok)
    for clause in clauses:
        span = g.text_of(p, [clause])
        for t in clause.subtree:  # "after Japan and the US had signed the security treaty"
            m = p.mention(t)
            if m is not None and m.tag == "D" and m.entity is not None:
                return m.entity, span
        if span is not None:
            return None, span
    return None, None


def _date_in(c: Collector, s: Sentence, p: g.Parsed, span: tuple[int, int] | None) -> str | None:
    """The date the reason's clause gives ("after they signed the treaty in 1960")."""
    if span is None:
        return None
    dates = find_dates(c.source.text, span[0], span[1], c.ref)
    return dates[0].iso if dates else None


def _promised(c: Collector, p: g.Parsed, noun: Token) -> tuple[Entity | None, str] | None:
    """ "its obligation to hand over the islands": the handover a document promised, as
    (document, "handover of the islands to Japan")."""
    handing = {
        lemma for lemma, found in by_lemma().items() if any(r.name == "handover" for r, _ in found)
    }
    for verb in noun.children:
        if verb.dep_ not in ("acl", "relcl", "xcomp") or verb.lemma_.lower() not in handing:
            continue
        promise = next(iter(reversed(c.of("promisesHandover"))), None)
        if promise is None:
            return None
        what = g.text_of(p, g.objects(verb))
        to = promise.args.get("to")
        if what is None or not isinstance(to, Entity):
            return None
        document = promise.args.get("document")
        return (
            document if isinstance(document, Entity) else None,
            f"handover of {span_text(c, what)} to {to.label}",
        )
    return None
