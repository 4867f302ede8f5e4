"""Meetings of two states' bodies: "the two countries' joint commission met in Brazzaville",
"Iraqi and Kuwaiti officials meeting in Baghdad signed minutes", "The two delegations had been
meeting in Beijing since October 5", "the joint border committee, which last met in Honiara".

News tells the rounds of a commission, a committee or two delegations by the body that met, not
by the people in it, and a meeting of such a body is its states' (the readable gold: h370, h399,
h412; implied in h130, h298, h393). The states are those the body's phrase names ("Iraqi and
Kuwaiti officials", "the commission of Iraq and Kuwait", "the two countries' commission"), else,
for a body told as shared ("joint", "bilateral", "the two delegations"), the article's pair in
play. Read only where the meeting names no person ("delegations headed by A and B met": A and B)
and was held on a day: not a habit ("where officials of both sides meet") nor a record ("has met
only twice"). Where the article names people who met that day, the meeting is theirs, as the
gold gives it ("the joint commission met ... The session was chaired by A and B"; h34, h239).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp.rules.common import members
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp import grammar as g
    from kg.ingest.nlp.rules.common import Collector
    from kg.model import Entity, Fact

#: The rule name's mark of a meeting read here.
MARK = ":states"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = read_yaml(DATA_DIR / "lexicon.yaml")["state_bodies"]
    return frozenset(data["nouns"]), frozenset(data["shared"])


def met_as_body(
    c: Collector, p: g.Parsed, tok: Token, words: list[Token]
) -> tuple[tuple[Entity, ...], list[tuple[int, int]]]:
    """The states whose body a meeting verb's participant words name, where it met on a day, and
    the spans of what is said of the body (no date of the meeting's: "set up in 2019"); else none."""
    if tok.pos_ != "VERB" or tok.tag_ in ("VBP", "VBZ"):  # "where officials meet": a habit
        return (), []
    if any(a.dep_ == "aux" and a.lower_ in ("has", "have") for a in tok.children):
        return (), []  # "the commission has met only twice": a record, no meeting of a day
    nouns, shared = _words()
    for x in words:
        x = _antecedent(x)
        if x.lemma_.lower() not in nouns:
            continue
        own, said = _own(x)
        states: list[Entity] = []
        for t in own:
            m = p.mention(t)
            for e in m.entities if m is not None and m.tag == "S" else ():
                if e.kind == "State" and e not in states:
                    states.append(e)
        if len(states) < 2 and (
            any(t.lower_ in shared for t in own if t.i < x.i)
            or (x.tag_ in ("NNS", "NNPS") and any(t.lower_ in ("two", "both") for t in x.children))
        ):
            pair = c.disc.pair_in_play()
            states = list(pair) if len(pair) == 2 and all(e in pair for e in states) else []
        if len(states) >= 2:
            return tuple(states), [
                p.span(list(ch.subtree)) for ch in said if not _within(tok, ch)
            ]  # (not the meeting's own clause: "the committee, which last met in March 2026")
    return (), []


def _antecedent(x: Token) -> Token:
    """ "the committee, which last met in Honiara": the noun the relative pronoun stands for."""
    if x.tag_ in ("WDT", "WP") and x.head.dep_ == "relcl":
        return x.head.head
    return x


def _within(tok: Token, clause: Token) -> bool:
    return clause.left_edge.i <= tok.i <= clause.right_edge.i


def _own(x: Token) -> tuple[list[Token], list[Token]]:
    """The words of a noun's own phrase, and the clauses said of it ("the commission, set up by
    the two governments in 2019", "officials meeting in Baghdad")."""
    own, said = [x], []
    for ch in x.children:
        if ch.dep_ in ("relcl", "acl", "appos"):
            said.append(ch)
        else:
            own += list(ch.subtree)
    return own, said


def drop_told_by_people(c: Collector) -> None:
    """Drop a states' meeting where the article tells people meeting on its day: the same
    meeting, told by those who sat in it, which takes its place where it names none ("the joint
    commission met in Basra on Monday. The session was chaired by A and B")."""
    for f in [f for f in c.of("meeting") if f.evidence.rule.endswith(MARK)]:
        if not any(_by_people(o, f) for o in c.of("meeting")):
            continue
        c.facts.remove(f)
        c.again[:] = [a for a in c.again if (a.rel, a.args) != (f.rel, f.args)]
        place = f.args.get("place")
        for found in (c.facts, c.again):
            for i, o in enumerate(found):
                if place is not None and _by_people(o, f) and o.args.get("place") is None:
                    found[i] = replace(o, args={**o.args, "place": place})


def _by_people(o: Fact, f: Fact) -> bool:
    """Whether ``o`` is a meeting of people on the day of the states' meeting ``f``."""
    return (
        o.rel == "meeting"
        and not o.evidence.rule.endswith(MARK)
        and o.args.get("date") == f.args.get("date")
        and any(e.kind == "Person" for e in members(o.args.get("participants")))
    )
