"""A rejection of "any" thing that names no one's claim is a principle, not a stance on a claim:
"Mexico rejects any presence of foreign troops on its soil", "will oppose any project that ignores
its rights", "rejects any attempt to reopen the boundary". No party made the thing and no land is
at stake, so nothing says whose claim, demand or act is turned down; where the text names one
("rejected any claim by Bolivia", "any claim to the atoll") the rejection stays, and so does one of
a thing that is asked of the rejecter ("has ruled out any talks on sovereignty": ``asked_things``,
data/lexicon/references.yaml). A modal refusal of a thing brought in by "a" ("would not accept a
fait accompli") is of any such thing too (``hypothetical``)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.grammar import mood
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.rules.common import Collector
    from kg.model import Arg

#: Determiners that make the thing rejected any of its kind, not one another made.
_ANY = frozenset({"any"})
#: Mention kinds that name who made a thing (a state, a body, a person, a group).
_DOERS = frozenset({"S", "O", "P", "G"})
#: Articles that bring in a thing not told of before ("a fait accompli").
_INDEFINITE = frozenset({"a", "an"})
#: Words that open a phrase naming one thing or things told of: what follows is no bare noun.
_DETERMINED = frozenset(
    "the a an this that these those its their his her our my your such some every each all both no "
    "another either neither what which whose".split()
)


@lru_cache(maxsize=1)
def _asked() -> frozenset[str]:
    """The things one side asks of another (talks, a handover, a claim)."""
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml")
    return frozenset(str(w) for w in data.get("asked_things", ()))


def _generic(what: str, words: list[str]) -> bool:
    """Whether the thing is "any" thing, or a bare plural or mass noun phrase ("will not accept
    unilateral measures"): a kind, not one thing another made."""
    if words[0] in _ANY:
        return True
    first = what.lstrip("\"'“‘")
    return (
        words[0] not in _DETERMINED
        and first[:1].islower()
        and not any(w.endswith(("'s", "’s", "'", "’")) for w in words)
    )


def drop_unowned(c: Collector) -> None:
    """Drop each rejection of "any" thing with neither a claimant nor a territory, once every
    claimant the article settles late is known (rules/rejected_things.py, said_settled), with the
    tellings of it again."""
    for f in c.of("rejectsClaim"):
        what = f.args.get("what")
        if not isinstance(what, str) or "claimant" in f.args or "territory" in f.args:
            continue
        if what not in f.evidence.text:  # "passed similar resolutions ... never accepted them":
            continue  # things told before, which a pronoun stands for, are no kind
        words = [w.strip(".,;:'\"").lower() for w in what.split()]
        if words and _generic(what, words) and not _asked() & set(words[1:3]):
            c.facts.remove(f)
            c.again[:] = [a for a in c.again if (a.rel, a.args) != (f.rel, f.args)]


def hypothetical(p: g.Parsed, verb: Token, what: tuple[int, int], args: dict[str, Arg]) -> bool:
    """Whether a refusal is of a thing that need not exist: "would not accept a fait accompli",
    "cannot accept a border that denies our farmers water". A thing brought in by "a" under a
    negated modal is any such thing (as "any" is), not one another made or claimed; "did not
    accept a proposal" (a deed), "would not accept the plan" (one told of) and one whose maker or
    land is named stay rejections."""
    if "claimant" in args or "territory" in args or not (_modal_aux(verb) and g.negated(verb)):
        return False
    toks = [t for t in p.within(*what) if not t.is_punct]
    first = toks[0] if toks else None  # (the phrase may run on where the parse is loose)
    if first is None or first.dep_ != "det" or first.lower_ not in _INDEFINITE:
        return False
    noun = first.head
    named = any(
        (m := p.mention(t)) is not None and m.tag in _DOERS and args.get("state") not in m.entities
        for t in toks
    )
    return (
        noun in toks
        and noun.pos_ == "NOUN"
        and not named  # "a ruling by the court", "a line drawn by Britain": that one
        and not any(ch.dep_ == "poss" for ch in noun.children)
    )


def _modal_aux(verb: Token) -> bool:
    """Whether the verb (or the verb it is coordinated with) has a modal auxiliary ("would",
    "cannot"): "refused to accept an award" tells a deed, and stays."""
    modals = mood.words().modals
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(
        ch.dep_ == "aux" and (ch.lower_ in modals or ch.lemma_ in modals)  # "ca" of "can't"
        for h in heads
        for ch in h.children
    )
