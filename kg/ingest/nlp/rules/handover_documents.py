"""The document a handover is told with, and what the article says of it.

The document that states the handover (the subject of a verb above it, the object of "under",
"according to" or "in", or whose terms that object is), the kinds of document that promise one,
the documents its condition only awaits, and the party that gives where no one is said to.
kg.ingest.nlp.rules.handovers reads the handover and asks here for its document.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import yaml

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.acted_documents import document_copies
from kg.ingest.nlp.grammar.relatives import relative_noun
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.promise_terms import according_below
from kg.model import Entity
from kg.paths import DATA_DIR

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token


#: The kinds of document that promise handovers between their parties: the one an article is
#: telling of when a handover "would" happen with no document named (rulings, resolutions and
#: papers order, urge or state: they promise nothing of their own).
_PROMISING = frozenset({"Treaty", "JointDeclaration", "Agreement", "Memorandum"})


def condition_documents(c: Collector, p: g.Parsed, tok: Token) -> set[str]:
    """Documents a handover's condition names, which are not its promise ("would only be handed
    over after a peace treaty is signed": the treaty is awaited, the memorandum promises); not one
    the article says was signed already ("signed a treaty in May. Britain would cede the islands
    once the treaty is ratified": the treaty still waits on its ratification, and it promises)."""
    signed = {
        d.key
        for f in c.of("signed")
        if not f.negated and isinstance(d := f.args.get("document"), Entity)
    }
    return {
        m.entity.key
        for _, cl in g.conditions(tok)
        if cl is not None
        for t in cl.subtree
        if (m := p.mention(t)) is not None and m.tag == "D" and m.entity is not None
    } - signed


def promising(c: Collector, doc: Entity) -> bool:
    """Whether a document can be a handover's promise: a treaty, an agreement or a declaration,
    or any document the article says was signed ("the ceasefire statement signed by ...")."""
    return doc.subtype in _PROMISING or any(
        f.args.get("document") == doc for f in c.of("signed") if not f.negated
    )


def other_party(c: Collector, p: g.Parsed, doc: Entity, to: Entity) -> Entity | None:
    """The giver of a document's handover where no one is said to give: the document's one party
    besides the receiver ("the agreement between Armenia and Azerbaijan ... will be handed over
    to Azerbaijan"; "the 1904 treaty between Bolivia and Chile gave Litoral to Chile"), from its
    "between" phrase here or the parties that signed it; none where several others remain."""
    parties: list[Entity] = []
    for t in p.tokens:
        m = p.mention(t)
        if m is None or doc not in m.entities:
            continue
        between = [x for x in g.preps(t, "between") for x in (x, *x.conjuncts)]
        parties += [e for f in g.fillers(p, between, {"S"}) for e in f.entities]
    for f in c.of("signed"):
        signers = f.args.get("parties")
        if f.args.get("document") == doc and isinstance(signers, tuple):
            parties += [e for e in signers if isinstance(e, Entity)]
    others = {e for e in parties if e.kind == "State" and e != to}
    return others.pop() if len(others) == 1 else None


def document_around(
    p: g.Parsed,
    tok: Token,
    known: list[Entity],
    relative: bool = False,
    before: Sequence[Entity] = (),
) -> Entity | None:
    """The document that states a handover: the subject of a verb above it ("the declaration
    provided for the handover"), the noun a participle above it hangs on ("the memorandum calling
    for the handover", and "the declaration provided for ..." where the parser read a participle),
    or the object of "under"/"according to"/"in" there (for a promise, ``relative``, also the noun
    "under which" stands for), or whose terms that object is ("under its terms", "under the terms of the treaty"; ``known``: the article's documents so far), or
    the document ``before`` (those named before the sentence) ends with, which "under it" stands for."""
    for host in (tok, *g.ancestors_to_root(tok)):
        shared = host.i == tok.head.i != tok.i and tok.dep_ == "conj" and g.is_passive(host)
        through = [x for w in ("under", "to", "in", "by") for x in g.preps(host, w)]
        through = [x for x in through if not (shared and x.head.lower_ == "by")]
        if host == tok:  # "... should a survey place it there, according to minutes signed in
            through += according_below(tok)  # Kisumu": the parser hung the source on the condition
        if relative:  # "a treaty under which the islands will be transferred": the treaty (a
            through = [relative_noun(x) for x in through]  # deed told so stays a deed)
        # the by-agent of a passive it is joined to did that one ("was awarded to A by the ruling
        # and handed to B in 2022"): not the document of this handover
        subjects = [] if shared else g.subjects(host)
        # "a draft of the minutes provides that ...": the document the copy is of
        subjects += [
            o for x in subjects if x.lemma_.lower() in document_copies() for o in g.preps(x, "of")
        ]
        slots = [*subjects, *([host.head] if host.dep_ == "acl" else []), *through]
        for m in g.fillers(p, slots, {"D"}):
            if m.entity is not None:
                return m.entity
        for part in (x for x in through if x.lemma_.lower() in document_parts()):
            whose = [ch for ch in part.children if ch.dep_ == "poss"] + g.preps(part, "of")
            for m in g.fillers(p, whose, {"D"}):
                if m.entity is not None:
                    return m.entity
            if known and any(w.lower_ in ("its", "their") for w in whose):
                return known[-1]  # "Under its terms Britain ceded ...": the document just named
        if before and any(x.lower_ in _THAT_DOCUMENT and x.head.lower_ == "under" for x in through):
            return before[-1]  # "... signed in May. Under it, Britain will transfer ...": the same
        if host.dep_ == "relcl":
            break  # "ceded Heligoland, which it had seized from Denmark": the clause's own act
    return None


#: Pronouns an "under" phrase stands for the document just named with ("Under it, ...").
_THAT_DOCUMENT = frozenset({"it", "them"})


@lru_cache(maxsize=1)
def document_parts() -> frozenset[str]:
    """Nouns for the parts of a document ("terms", "provisions"), from the references data file."""
    data = yaml.safe_load((DATA_DIR / "lexicon" / "references.yaml").read_text(encoding="utf-8"))
    return frozenset(str(w) for w in data.get("document_parts", ()))
