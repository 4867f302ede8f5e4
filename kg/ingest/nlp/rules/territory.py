"""Claims, control, sovereignty, handovers, part-of and disputes over territory."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import (
    MODAL,
    NEG,
    Collector,
    entities,
    one,
    ph,
    plist,
    sentence_date,
    state_of,
    then_state,
)
from kg.model import Entity

#: The rules' patterns, compiled once: most are f-strings handed to ``finditer`` per sentence, and
#: going through ``re``'s own cache each time cost more than some of the searches.
_compiled = lru_cache(maxsize=None)(re.compile)


def _finditer(pattern: str, text: str) -> Iterator[re.Match[str]]:
    return _compiled(pattern).finditer(text)

_S, _T = ph("S"), ph("T")
_SC = r"«[SC]\d+»"  # a capital after "to" is tagged a place; as a recipient it is its state
_CLAIM = [
    rf"(?P<s>{_S})\s+(?:has\s+|have\s+|had\s+)?(?:long\s+)?(?:laid|lays|lay|laying|staked|stakes|stake|made|makes|renewed|"
    rf"renews|pressed|presses|maintains|maintained|asserted|asserts|has|have)?\s*(?:its\s+|their\s+)?claims?\s+(?:to|on|over)\s+(?P<t>{plist('T')})",
    rf"(?P<s>{_S})\s+(?:(?:also|still|long|now|too|both|continues\s+to|continue\s+to|has\s+long|\w+ly)\s+)*(?:claims|claimed|claim)\s+"
    rf"(?:(?:almost|nearly|virtually|most\s+of|all\s+of|parts?\s+of|the\s+entire|the\s+whole(?:\s+of)?|the\s+rest\s+of)\s+)*(?P<t>{plist('T')})",
    rf"(?P<t>{_T}),?(?:(?!«T)[^.;]){{0,80}}?\b(?:which|that)\s+(?P<s>{_S})\s+(?:also\s+|still\s+|has\s+long\s+)?(?:claims|claimed|claim)\b",
    rf"(?P<t>{plist('T')})\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|still\s+)?claimed\s+by\s+(?P<s>{plist('S')})",
    rf"(?P<t>{_T})(?:(?!«T)[^.;]){{0,60}}?\b(?:which|that)\s+(?P<s>{_S})\s+(?:wants|want|seeks|demands)\s+(?:\w+\s+)?(?:returned|back)",
    rf"(?P<t>{_T})\s+(?:off|near|around)\s+{_T}\s+(?:which|that)\s+(?P<s>{_S})\s+(?:wants|want|seeks|demands|claims|claim)\b",
    rf"(?P<t>{plist('T')}),?\s+(?:which\s+(?:is|are)\s+)?(?:also\s+)?claimed\s+by\s+(?P<s>{plist('S')})",
    rf"(?P<s>{_S})-claimed\s+(?P<t>{_T})",
    rf"(?P<s>{_S})\s+(?:wants|demands|seeks)\s+(?:the\s+return\s+of\s+)?(?P<t>{plist('T')})",
    rf"(?P<s>{_S})\s+(?:claims|claimed)\s+[^,.;]{{0,60}},\s+which\s+it\s+calls\s+(?P<t>{_T})",
    rf"(?P<s>{_S})(?:,[^,]{{1,80}},)?\s+(?:has\s+|have\s+|had\s+)?(?:long\s+)?(?:claimed|claims|claim)\s+sovereignty\s+(?:over|of)\s+(?P<t>{plist('T')})",
    rf"(?P<s>{_S})\s+(?:would|will|wants\s+to|seeks\s+to|vows\s+to|vowed\s+to|aims\s+to|is\s+determined\s+to)\s+(?:\w+ly\s+)?"
    rf"(?:recover|regain|reclaim|retake|win\s+back|get\s+back)\s+(?P<t>{plist('T')})",
]
_CONTROL = [
    rf"(?P<s>{_S})-(?:held|controlled|administered|occupied)\s+(?:[\w-]+\s+){{0,3}}?(?P<t>{_T})",
    rf"(?P<t>{plist('T')}),?\s+(?:which\s+)?(?:is|are|was|were|has been|have been)\s+(?:\w+\s+)?(?:controlled|administered|held|occupied|seized|annexed|captured)\s+by\s+(?P<s>{_S})",
    rf"(?P<s>{_S})(?:,\s+which)?\s+(?:(?:\w+ly|still|now|also|effectively|de\s+facto)\s+)*(?:controls|administers|holds|occupies|seized|seizes|annexed|annexes|captured|captures|took control of|"
    rf"takes control of|took over|takes over)\s+(?:the\s+)?(?:disputed\s+|contested\s+)?(?P<t>{plist('T')})",
    rf"(?P<t>{_T})[^.;]{{0,40}}?\bunder\s+(?P<s>{_S})\s+(?:control|rule|administration)",
    rf"(?P<s>{_S})\s+(?:has|have|had)\s+(?:\w+ly\s+)?(?:controlled|administered|held|occupied|governed)\s+(?P<t>{plist('T')})",
    rf"(?P<t>{_T}),\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:region|territory|area|island|islands|archipelago|enclave|"
    rf"province|strip|peninsula)\s+(?:administered|controlled|held|occupied|governed|ruled)\s+by\s+(?P<s>{_S})",
    rf"(?P<t>{_T})[^.;]{{0,60}}?\b(?:an?\s+)?(?:overseas\s+territory|dependency|territory)\s+of\s+(?P<s>{_S})",
]
_SOVEREIGNTY = [
    rf"(?P<s>{_S})(?:['’]s)?\s+sovereignty\s+over\s+(?P<t>{plist('T')})",
    rf"sovereignty\s+of\s+(?P<s>{_S})\s+over\s+(?P<t>{plist('T')})",
    rf"(?P<s>{_S})\s+(?:considers|regards|sees|views)\s+(?P<t>{plist('T')})(?:[^.;]{{0,60}}?)\s+(?:to\s+be\s+|as\s+)?(?:its\s+own|its|(?:an?\s+)?(?:inalienable|integral|inherent)\s+part\s+of\s+its|{_S})\s+territory",
    rf"(?P<t>{plist('T')})\s+(?:is|are)\s+(?:\w+ly\s+)?(?:an?\s+)?(?:inalienable|integral|inherent|indivisible)\s+part\s+of\s+(?P<s>{_S})",
]
_HANDOVER = [
    rf"(?P<t>{plist('T')})\s+(?:was|were|had|has|have)\s+(?:not\s+|never\s+)?(?:yet\s+)?(?:been\s+)?(?:formally\s+)?(?:handed\s+over|transferred|ceded|returned|given|handed)\s+(?:back\s+)?to\s+(?P<to>{_SC})",
    rf"(?P<from>{_S})\s+(?:formally\s+)?(?:handed\s+over|transferred|ceded|returned|gave|handed)\s+(?P<t>{plist('T')})\s+(?:over\s+|back\s+)?to\s+(?P<to>{_SC})",
]


def _run(c: Collector, s: Sentence, patterns: list[str], rel: str, rule: str, conf: float, state_role: str) -> None:
    t = s.masked.text
    if "«S" not in t or "«T" not in t:  # every pattern here names a state and a territory
        return
    for pat in patterns:
        for m in _finditer(pat, t):
            head = t[max(0, m.start() - 25) : m.start()]
            negated = bool(NEG.search(t[m.start() : m.end()]) or NEG.search(head))
            if _LANDMARK.search(t[: m.start("t")]) and not re.match(r"\s*,", t[m.end("t") :]):
                continue  # "the islands off Hokkaido that Japan claims": Hokkaido only locates them
                # (but "near the Senkaku Islands, which China claims": the comma attaches it there)
            states = [e for e in entities(s, m.group("s")) if e.kind == "State"]
            for state in states:
                for terr in _wholes(c, entities(s, m.group("t"))):
                    if terr.kind in ("Island", "IslandGroup", "Territory"):
                        c.add(rel, {state_role: state, "territory": terr}, s, rule, conf, negated=negated)


def _wholes(c: Collector, terrs: tuple[Entity, ...]) -> list[Entity]:
    """"The four islands, Kunashir, Iturup, Shikotan and Habomai": the group, not its listed parts."""
    keys = {t.key for t in terrs}
    return [t for t in terrs if not any(t.key in c.gz.parts.get(w, ()) for w in keys)]


def claims(c: Collector, s: Sentence) -> None:
    _run(c, s, _CLAIM, "claims", "claim", 0.85, "claimant")
    t = s.masked.text
    for m in _finditer(rf"(?P<s>{plist('S')})\s+(?:both\s+|also\s+|all\s+)?(?:claim|claims)\s+(?:it|them)\b", t):
        terr = c.disc._territory(plural=False, current=[x for x in s.masked.mentions if x.tag == "T"])
        for state in entities(s, m.group("s")):
            if terr is not None and state.kind == "State":
                c.add("claims", {"claimant": state, "territory": terr}, s, "claim-pronoun", 0.7)


def control(c: Collector, s: Sentence) -> None:
    _run(c, s, _CONTROL, "controls", "control", 0.8, "state")


_LANDMARK = re.compile(r"\b(?:off|near|around|off\s+the\s+coast\s+of|(?:north|south|east|west)\s+of)\s+$")
_SOVEREIGN_WORDS = [
    r"\bassert(?:s|ed|ing)?\s+(?P<s>«S\d+»)\s+sovereignty",
    r"^(?P<s>«S\d+»)\b[^.;]*?\bto\s+assert\s+its\s+sovereignty",
    r"(?:\bis|\bare|\bwas|\bwere|\bremains?|\bvisited|\bvisit|\bon|\bbecame|\bbecome|\bbecomes)\s+(?:an?\s+)?(?:integral\s+part\s+of\s+)?(?P<s>«S\d+»)\s+(?:sovereign\s+)?territory\b",
]


def sovereignty(c: Collector, s: Sentence) -> None:
    _run(c, s, _SOVEREIGNTY, "assertsSovereignty", "sovereignty", 0.85, "state")
    for pat in _SOVEREIGN_WORDS:  # "to assert Chinese sovereignty", "had simply visited Russian territory"
        for m in _finditer(pat, s.masked.text):
            state = one(s, m.group("s"))
            here = [x for x in s.masked.mentions if x.tag == "T" and x.entity and x.how != "state-territory"]
            terr = here[0].entity if here else c.disc._territory(plural=False)
            if state is not None and state.kind == "State" and terr is not None:
                c.add("assertsSovereignty", {"state": state, "territory": terr}, s, "sovereignty-words", 0.65)


def handovers(c: Collector, s: Sentence) -> None:
    t = s.masked.text
    for pat in _HANDOVER:
        for m in _finditer(pat, t):
            lead = t[max(0, m.start() - 30) : m.end()]
            if MODAL.search(t[m.start() : m.end()]) or MODAL.search(t[max(0, m.start() - 20) : m.start()]):
                continue  # "would be handed over", "ready to hand over": a promise, not a handover
            date = sentence_date(c, s, m.start())
            to = state_of(c, one(s, m.group("to")))
            if to is None:
                continue
            to = then_state(c, to, date)
            frm = one(s, m.groupdict().get("from"))
            for terr in entities(s, m.group("t")):
                c.add("handedOverTo", {"territory": terr, "to": to, "from": frm, "date": date}, s, "handover",
                      0.85, negated=bool(NEG.search(lead)))


def part_of(c: Collector, s: Sentence) -> None:
    """Appositive lists ("The four islands, Kunashir, Iturup, Shikotan and the Habomai islets, ...")
    and "X is part of Y"; else what the gazetteer knows, for a part and a whole in one sentence."""
    t = s.masked.text
    t = t if "«T" in t else ""  # every pattern below names a territory: nothing to search without one
    for m in _finditer(rf"(?P<w>{_T}),\s+(?P<parts>{_T}(?:\s*,\s*{_T})*\s*,?\s+and\s+(?:the\s+)?{_T}),", t):
        whole = one(s, m.group("w"))
        for part in entities(s, m.group("parts")):
            if whole and part != whole:
                c.add("partOf", {"part": part, "whole": whole}, s, "apposition-list", 0.8)
    for m in _finditer(rf"(?P<p>{plist('T')}),?\s+(?:is|are|was|were)\s+(?:a\s+)?part\s+of\s+(?:the\s+)?(?P<w>{_T})", t):
        for part in entities(s, m.group("p")):
            c.add("partOf", {"part": part, "whole": one(s, m.group("w"))}, s, "part-of", 0.85)
    for m in _finditer(rf"(?P<w>{_T}),\s+(?P<p>{_T})\s+among\s+them", t):
        c.add("partOf", {"part": one(s, m.group("p")), "whole": one(s, m.group("w"))}, s, "among-them", 0.8)
    for m in _finditer(rf"(?P<p>{_T}),\s+one\s+of\s+(?:the\s+)?(?P<w>{_T})", t):
        c.add("partOf", {"part": one(s, m.group("p")), "whole": one(s, m.group("w"))}, s, "one-of", 0.8)
    for m in _finditer(rf"(?=(?P<p>{_T})\s+(?:in|of)\s+(?P<w>{_T}))", t):
        part, whole = one(s, m.group("p")), one(s, m.group("w"))
        if part and whole and part != whole and whole.kind in ("IslandGroup", "Territory"):
            c.add("partOf", {"part": part, "whole": whole}, s, "in-the", 0.6)
    for m in _finditer(rf"(?P<w>{_S})['’]s\s+(?P<p>{_T})(?:\s+(?:region|province|oblast|prefecture|island|islands))?\b", t):
        part, whole = one(s, m.group("p")), one(s, m.group("w"))
        if part and whole and whole.kind == "State":  # "Ukraine's Donbas region"
            c.add("partOf", {"part": part, "whole": whole}, s, "possessive-region", 0.6)
    for ment in s.masked.mentions:  # "sovereign Ukrainian territory" is Ukraine's
        if ment.how == "state-territory" and ment.entity and ment.office_of:
            c.add("partOf", {"part": ment.entity, "whole": ment.office_of}, s, "sovereign-territory", 0.7)
    named = [m.entity for m in s.masked.mentions if m.tag == "T" and m.entity and m.how != "anaphor"]
    for whole in named:
        for part in named:
            if part.key in c.gz.parts.get(whole.key, ()):
                c.add("partOf", {"part": part, "whole": whole}, s, "gazetteer-part", 0.6)


_ISSUE = re.compile(r"(?P<t>«T\d+»)\s+(?:issue|dispute|row|question|problem|standoff|conflict)\b|"
                    r"\b(?:dispute[sd]?|row|conflict|standoff|feud|quarrel)\s+over\s+(?:the\s+)?(?P<t2>«T\d+»)|"
                    r"\bdisputed\s+(?P<t3>«T\d+»)", re.I)


def disputes(c: Collector, s: Sentence) -> None:
    """A territory named as an issue or dispute: its parties are the states that claim, hold or
    assert sovereignty over it in this article, else the gazetteer's claimants named in it."""
    if "«" not in s.masked.text:  # every branch of _ISSUE names a territory
        return
    for m in _ISSUE.finditer(s.masked.text):
        terr = one(s, m.group("t") or m.group("t2") or m.group("t3"))
        if terr is None:
            continue
        related = _related(c, terr)
        parties = _parties(c, related)
        named = {e.key for e in c.disc.state_order}
        if len(parties) < 2:
            for key in (c.gz.holder.get(terr.key), *c.gz.claimants.get(terr.key, ())):
                ent = c.gz.get(key) if key else None
                if ent is not None and ent.key in named and ent not in parties:
                    parties.append(ent)
        if len(parties) >= 2:
            c.add("disputes", {"parties": tuple(parties), "territory": terr}, s, "dispute-over", 0.75, derived=True)


def contested(c: Collector, sentences: list[Sentence]) -> None:
    """A state claims what another controls: the two dispute it."""
    for claim in c.of("claims"):
        terr, claimant = claim.args.get("territory"), claim.args.get("claimant")
        if claim.negated or not isinstance(terr, Entity):
            continue
        related = _related(c, terr)
        for ctl in c.of("controls"):
            holder, held = _now(c, ctl.args.get("state")), ctl.args.get("territory")
            if isinstance(held, Entity) and held.key in related and holder != claimant and not ctl.negated:
                if not any(isinstance(d.args.get("territory"), Entity) and d.args["territory"].key in related
                           for d in c.of("disputes")):
                    s = next(x for x in sentences if x.span.start <= claim.evidence.start < x.span.end + 1)
                    c.add("disputes", {"parties": (holder, claimant), "territory": terr}, s, "claim-vs-control",
                          0.65, derived=True)


_OBSTRUCTS = re.compile(r"\b(?:dispute|row|issue|standoff|disagreement)\b(?:\s+over\s+(?P<t>«T\d+»))?[^.;]{0,40}?\b"
                        r"(?:prevented|prevents|blocked|blocks|hindered|hinders|stalled|stalls|held\s+up|holds\s+up)\b"
                        r"[^.;]*?(?P<d>«D\d+»)")


def obstructions(c: Collector, s: Sentence) -> None:
    """"The dispute has prevented the two countries from signing a peace treaty"."""
    if "«D" not in s.masked.text:  # the obstructed document
        return
    for m in _OBSTRUCTS.finditer(s.masked.text):
        terr = one(s, m.group("t")) if m.group("t") else c.disc._territory(plural=False)
        doc = one(s, m.group("d"))
        if terr is not None and doc is not None:
            c.add("obstructs", {"territory": terr, "document": doc}, s, "dispute-obstructs", 0.7)


def _now(c: Collector, state: object) -> object:
    """A former state's territory is held today by its successor (Soviet Union -> Russia)."""
    if not isinstance(state, Entity) or state.key not in c.gz.until:
        return state
    for successor, preds in c.gz.successor_of.items():
        if state.key in preds and successor not in c.gz.until:
            return c.gz.get(successor) or state
    return state


def _related(c: Collector, terr: Entity) -> set[str]:
    keys = {terr.key}
    keys.update(c.gz.parts.get(terr.key, ()))
    for part in list(keys):
        keys.update(c.gz.parts.get(part, ()))
    return keys


def _parties(c: Collector, related: set[str]) -> list[Entity]:
    out: list[Entity] = []
    for f in c.facts:
        if f.rel in ("claims", "controls", "assertsSovereignty") and not f.negated:
            terr = f.args.get("territory")
            state = f.args.get("claimant") or f.args.get("state")
            if isinstance(terr, Entity) and terr.key in related and isinstance(state, Entity) and state not in out:
                out.append(state)
    return out
