"""What office a person holds, learnt as the article names them: the most specific office their
titles give, a counterpart's office (that of the person named last before: "called Prime Minister
X of Greece and his Turkish counterpart, Y"), a deputy's (the office of the boss beside them).

Split from kg.ingest.nlp.discourse, whose memory calls it for each person a sentence names with
an office.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.asides import in_closed_aside
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.office_phrase import MEMBERSHIP
from kg.model import Entity

if TYPE_CHECKING:
    from kg.ingest.nlp.discourse import Discourse


def learn_office(info, m: Mention, found: list[Mention], index: int, disc: Discourse) -> None:
    """Keep the most specific office a person's titles give (a counterpart's office is that of the
    person named last before: "called Prime Minister X of Greece and his Turkish counterpart, Y")."""
    office, of, words = m.office, m.office_of, m.office_words
    if m.entity is None:
        return
    if office in ("counterpart", "deputy"):
        others = [
            f
            for f in found
            if f.tag == "P" and f.entity and f.entity.key != m.entity.key and f.start < m.start
        ]
        if office == "counterpart":
            outside = [f for f in others if not in_closed_aside(disc.text, f.start, f.end, m.start)]
            before = [f.entity for f in outside or others] or _named_just_before(
                disc, m.entity, index
            )  # "X, who met Y, is to meet his counterpart Z": X's
            if not before or before[-1] is None:
                return
            other = disc.people.by_key.get(before[-1].key)
            if other is not None and of is not None and other.of == of:
                return  # "her Tanzanian counterpart" is no Tanzanian's
            disc.counterparts[m.entity.key] = before[-1].key
            office = other.office if other else None
            words = other.words if other else None  # "her Danish counterpart": the other's words
            if info.office is None:
                disc.borrowed_words.add(m.entity.key)
        else:
            deputies = [f for f in found if f.tag == "P" and f.office == "deputy"]
            bosses: list = []
            for f in others:
                boss = disc.people.by_key.get(f.entity.key) if f.entity else None
                if boss and boss.office and f.office != "deputy" and boss not in bosses:
                    bosses.append(boss)
            if len(bosses) != len(deputies):
                return
            boss = bosses[deputies.index(m)]
            office, of = f"deputy {boss.office}", of or boss.of
            words = f"deputy {boss.words or boss.office}"
        if office is None:
            return
    if office is None:
        return
    if office == MEMBERSHIP and info.office not in (None, MEMBERSHIP):
        return  # "Ranne, a member of the Finns Party": the office her title gave stays hers
    if (
        info.office in (None, MEMBERSHIP)
        or (len(office) > len(info.office) and info.office in office)
        or (info.office in ("minister", "leader") and office != info.office)
    ):
        if info.office == MEMBERSHIP:
            info.of = None  # the body was the membership's, not the office's
        info.office, info.sentence, info.words = office, index, words or office
    elif office == info.office and words and m.entity.key in disc.borrowed_words:
        info.words = words  # "his Indian counterpart X ... X, India's external affairs minister"
    if m.office not in ("counterpart", "deputy"):
        disc.borrowed_words.discard(m.entity.key)
    if of is not None and info.of is None:
        info.of = of


def _named_just_before(disc: Discourse, person: Entity, index: int) -> list[Entity]:
    """The people the sentences just before named, latest last: whose counterpart a subject is
    when its own sentence names no one before it ("Tembo said ... Her Tanzanian counterpart, X,
    said")."""
    return [e for e, _, i in disc.person_marks if index - 2 <= i < index and e != person]
