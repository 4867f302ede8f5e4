"""What a protest that names nothing is over, told by the rejection its party voiced right before:
"Denmark does not accept the Russian submission. Denmark, he added, had lodged a formal protest",
"El Salvador rejected the treaty and sent protest notes to both governments". A state protests what
it has just rejected, so the thing that rejection names (in the protest's sentence or the one
before) is the protest's subject; a protest that names its subject, or a party that rejected
nothing so near, keeps its own reading. First, a protest read from one verb of its sentence ("when
the ministry summoned the ambassador and handed him a note protesting against dredging ...", the
parser hanging "handed" on another clause) is over what the sentence's one protest word is over."""

from __future__ import annotations

from dataclasses import replace

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector, span_text
from kg.ingest.nlp.rules.protested import protest_words
from kg.model import Entity, Fact

#: Rejected things that tell nothing of what was protested ("rejected it", "opposes this").
_BARE = frozenset({"it", "this", "that", "them", "these", "those", "the move", "the step"})


def settle(c: Collector, read: list[Sentence]) -> None:
    """Give each subjectless protest the thing its party rejected just before, or in its sentence."""
    starts = [s.span.start for s in read]
    for f in c.of("protests"):
        party = f.args.get("party")
        if f.negated or f.args.get("subject") or not isinstance(party, Entity):
            continue
        if (subject := _over_in_sentence(c, read, f)) is not None:
            c.replace(f, replace(f, args={**f.args, "subject": subject}))
            continue
        rejection = _rejected_before(c, f, party, _sentence_start(starts, f.evidence.start, 1))
        if rejection is None:
            continue
        args = {**f.args, "subject": rejection.args["what"]}
        claimant = rejection.args.get("claimant")
        if "against" not in f.args and isinstance(claimant, Entity):
            args["against"] = claimant
        c.replace(f, replace(f, args=args))


#: The prepositions of what a protest word is over ("a note protesting against X", "protest over X").
_ABOUT = ("over", "against", "about")


def _over_in_sentence(c: Collector, read: list[Sentence], protest: Fact) -> str | None:
    """What the one protest word of the protest's sentence is over, by its about-phrase; None for
    none or several."""
    s = next((x for x in read if x.span.start <= protest.evidence.start < x.span.end), None)
    if s is None or s.parsed is None:
        return None
    p = s.parsed
    words = protest_words()
    found = [
        o
        for t in p.tokens
        if t.lemma_.lower() in words
        for w in _ABOUT
        for o in g.preps(t, w)
        if p.mention(o) is None  # "a protest against Beijing": whom, not what
    ]
    if len(found) != 1:
        return None
    return span_text(c, p.span(list(found[0].subtree))) or None


def _rejected_before(c: Collector, protest: Fact, party: Entity, since: int) -> Fact | None:
    """The latest rejection by ``party`` from ``since`` to the protest's end, naming a thing."""
    for f in reversed(c.of("rejectsClaim")):
        what = f.args.get("what")
        if f.negated or f.args.get("state") != party or not isinstance(what, str):
            continue
        if not since <= f.evidence.start <= protest.evidence.end:
            continue
        if what.lower().strip() in _BARE:
            continue
        against = protest.args.get("against")
        if isinstance(against, Entity) and f.args.get("claimant") not in (None, against):
            continue  # another's thing: not what this protest to ``against`` is over
        return f
    return None


def _sentence_start(starts: list[int], offset: int, back: int) -> int:
    """The start of the sentence ``back`` sentences before the one at ``offset``."""
    before = [s for s in starts if s <= offset]
    if not before:
        return 0
    return before[max(0, len(before) - 1 - back)]
