"""What a rejected protest was over: "Solomon Islands protested to Papua New Guinea over the
detention of nine fishermen ... Port Moresby rejected the protest". A bare "the protest" (or "the
note", a noun of the protest's group) tells nothing of what was rejected; the protest its claimant
lodged last against the rejecter does, so its subject is added to the rejected words, as a bare
"the charge" takes the words said (rejection_referents.said_referred), and the land that subject names (one
only) is the land the rejection is about ("removed buoys on the Narva River")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.gazetteer import TERRITORY_KINDS
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import phrases
from kg.ingest.nlp.rules import part_slots
from kg.ingest.nlp.rules.claim_words import nouns_of
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.purpose import said_of
from kg.model import Arg, Entity, Fact

if TYPE_CHECKING:
    from spacy.tokens import Token


def over(
    c: Collector, args: dict[str, Arg], p: g.Parsed, what: tuple[int, int], tok: Token
) -> dict[str, Arg]:
    """The rejection's roles with the rejected protest's subject and land, where ``what`` is a
    bare reference to a protest and the protest its claimant lodged is told with a subject; where
    that subject names no land, the land the rejecter's own reason says is its own ("rejected
    the protest, saying the islet belonged to Angola")."""
    claimant, words = args.get("claimant"), args.get("what")
    if not isinstance(claimant, Entity) or not isinstance(words, str):
        return args
    if not _bare(p, what) and not _claimants_own(p, what, claimant):
        return args
    protest = _protest_of(c, claimant, args.get("state"))
    if protest is None:
        return args
    if c.ref is not None and protest.args.get("date") == c.ref.isoformat():
        args = {"date": c.ref.isoformat(), **args}  # the day's news: a rejection told undated
    subject = protest.args.get("subject")
    if not isinstance(subject, str):
        return args
    found = {**args, "what": f"{_owned(words, claimant) if _bare(p, what) else words} ({subject})"}
    land = _land_told(c, protest, subject) or _land_named(c, subject) or _land_answered(p, tok)
    if land is not None and "territory" not in args:
        found["territory"] = land
    return found


def _owned(words: str, claimant: Entity) -> str:
    """ "the protest" as whose it is ("Kenya's protest"): the bare reference names no one, the
    rejected thing is the claimant's."""
    m = _POINTER.match(words)
    return f"{possessive(claimant.label)} {words[m.end() :]}" if m else words


def possessive(name: str) -> str:
    """ "Japan's", "the Philippines'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


#: The determiner of a bare reference back to a protest ("the protest", "that note").
_POINTER = re.compile(r"(?:the|this|that|these|those)\s+", re.I)


def _land_answered(p: g.Parsed, tok: Token) -> Entity | None:
    """The land the rejecting verb's participle of saying makes the subject of what it says
    ("rejected the protest, saying the islet belonged to Angola", "..., saying the char formed on
    the Myanmar side"): the rejecter answers the protest over that land. None for a subject that
    is no land ("saying the dredging was needed") or for several."""
    lands = {
        m.entity.key: m.entity
        for subj in said_of(tok, names=True)
        if (m := p.mention(subj)) is not None
        and m.entity is not None
        and m.entity.kind in TERRITORY_KINDS
    }
    return next(iter(lands.values())) if len(lands) == 1 else None


def _bare(p: g.Parsed, what: tuple[int, int]) -> bool:
    """Whether ``what`` is only a protest noun and a determiner pointing back ("the protest")."""
    return phrases.bare_reference(p, what, protest_nouns())


def _claimants_own(p: g.Parsed, what: tuple[int, int], claimant: Entity) -> bool:
    """Whether ``what`` is a protest noun with only a determiner and the claimant's own name or
    demonym before it ("Argentina's protest", "the Thai protest note"): the protest told before."""
    toks = [t for t in p.within(*what) if not t.is_punct]
    inner = [t for t in toks if t.head not in toks or t.head == t]
    if len(inner) != 1 or inner[0].lemma_.lower() not in protest_nouns():
        return False
    owned = False
    for t in toks:
        if t.i == inner[0].i or t.lower_ in phrases.nouns().claim_determiners or t.tag_ == "POS":
            continue
        m = p.mention(t)
        if m is not None and m.entity == claimant:
            owned = True
        elif t.dep_ != "compound" or t.lemma_.lower() not in protest_nouns():
            return False  # "a formal protest", "the protest over X": more than a reference
    return owned


def protest_nouns() -> frozenset[str]:
    """The nouns of a protest (the `protests` class and its same things): protest, note, letter ..."""
    return nouns_of("protests") | frozenset(phrases.nouns().same_things.get("protest", ()))


def _protest_of(c: Collector, party: Entity, rejecter: object) -> Fact | None:
    """The latest protest by ``party`` lodged against the rejecter (or against no one named) that
    tells what it was over: "Kenya has protested to Uganda over X ... A protest note was handed on
    Wednesday ... Kampala dismissed the protest" retells one protest, the note's no other; else the
    latest."""
    found = [
        f
        for f in reversed(c.of("protests"))
        if not f.negated
        and f.args.get("party") == party
        and f.args.get("against") in (None, rejecter)
    ]
    told = (f for f in found if isinstance(f.args.get("subject"), str))
    return next(told, found[0] if found else None)


def _land_told(c: Collector, protest: Fact, subject: str) -> Entity | None:
    """The one land the protest's subject mentions, a body of water named after a land only placing
    it ("a spawning ground in the middle of the Adriatic Sea"), and among several the one island
    ("a post on a newly emerged sandbank in the Pool Malebo, the wide stretch of the Congo River":
    the sandbank, described and local to the source; "buoys on the Narva River": the river); None
    for none or several, or lands told as a list. A land in the by-phrase of the doer is no place
    of the deed. Landmarks count ("the seizure of a boat near Velasco Reef": c.subject_lands)."""
    at = protest.evidence.text.find(subject)
    if at < 0:
        return None
    start = protest.evidence.start + at
    end = start + len(subject)
    told: list[Entity] = []
    placed = c.subject_lands.get((start, end), [])  # "a boat near Velasco Reef": no land told after
    last = None
    first_end = start
    for m in sorted([*c.disc.last_territories, *placed], key=lambda m: m.start):
        e = m.entity
        if e is None or e.kind not in TERRITORY_KINDS or not start <= m.start < m.end:
            continue
        if m.end > end and all(m is not x for x in placed):
            continue  # a land told after the subject places it only in a phrase hung on the verb
        if (
            last is not None
            and last.entity != e
            and _JOINED.fullmatch(c.source.text[last.end : m.start])
        ):
            return None  # "at Bombay Reef and Discovery Reef": both, no one place
        last_end, last = (last.end if last is not None else start), m
        if _DOER.search(c.source.text[start : m.start]):
            continue  # "road works by Argentina's Chubut province": who did it, not where
        if told and _IN_LAND.fullmatch(c.source.text[last_end : m.start]):
            continue  # "near the village of Corjova in the Dubasari district": it only places it
        if told and _APPOSED.match(c.source.text[first_end : m.start]):
            continue  # "along Sir Creek, the estuary that separates Kutch from Sindh": told of it
        if e not in told and not (
            part_slots.water(c.gz, e) and any(not part_slots.water(c.gz, x) for x in told)
        ):
            first_end = m.end if not told else first_end
            told.append(e)
    islands = [e for e in told if e.kind == "Island"]
    lands = islands if len(told) > 1 else told
    return lands[0] if len(lands) == 1 else None


#: The words between two lands told as one list ("Bombay Reef and Discovery Reef").
_JOINED = re.compile(r"\s*(?:,|,?\s*(?:and|or))\s*(?:the\s+)?")

#: The words after a land opening an apposition that tells of it ("Sir Creek, the disputed
#: estuary that separates Kutch from Sindh"): the lands named in it only describe the first.
_APPOSED = re.compile(r",\s+(?:the|a|an)\s")

#: The words between a land and the larger land that places it ("Corjova in the Dubasari district").
_IN_LAND = re.compile(r"\s+in\s+(?:the\s+)?")

#: The words before a land named as the doer of what is protested ("works by [the] Chubut province",
#: "dredging by Argentina's [Chubut province]"): a by-phrase then names in capitals up to the land.
_DOER = re.compile(r"\bby\s+(?:(?:the|an?)\s+)?(?:[A-Z][\w'\u2019-]*\s+)*$")


def _land_named(c: Collector, words: str) -> Entity | None:
    """The one land the article named whose name the words carry; None for none or several. A
    name read only within a longer name of another land ("the Gulf" in "the Gulf of Fonseca",
    "South Georgia" in "South Georgia and the South Sandwich Islands") is part of that name. Lands
    the text named only by a land noun count ("the seizure of a boat at Velasco Reef")."""
    spans: dict[str, list[tuple[int, int]]] = {}
    lands: dict[str, Entity] = {}
    for land in [*(x for _, x in c.disc.named_lands), *c.disc.unknown_lands.values()]:
        if land.kind not in TERRITORY_KINDS:
            continue
        for n in (land.label, *land.aliases):
            for m in re.finditer(rf"\b{re.escape(n)}\b", words) if n else ():
                spans.setdefault(land.key, []).append(m.span())
                lands[land.key] = land
    others = {k: [x for o, xs in spans.items() if o != k for x in xs] for k in spans}
    found = [lands[k] for k, own in spans.items() if not all(_within(x, others[k]) for x in own)]
    return found[0] if len(found) == 1 else None


def _within(span: tuple[int, int], longer: list[tuple[int, int]]) -> bool:
    """Whether ``span`` overlaps a longer span of ``longer`` (the shorter name is part of it)."""
    s, e = span
    return any(a < e and s < b and b - a > e - s for a, b in longer)
