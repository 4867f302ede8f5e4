"""Officials a wire lead credits by title alone and names later: "Kosovo will open the bridge ...,
its interior minister said on Tuesday" and, paragraphs on, "Interior Minister Xhelal Svecla". Read
alone, the lead's speaker is the state the title serves (rules/pronouns.py); once the article is
read, it is the one person the article gives that office of that state, the office the
gazetteer's or, for one it does not list, the same words either way round ("land reform
minister", "Minister of Land Reform"). A title the article gives no one, or two people, stays the
state's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.serving_states import served, state_served
from kg.ingest.nlp.rules.tag_speakers import tag_subjects
from kg.model import Entity, Fact

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Offices too loose to tell one person by ("the minister": of what?)
_LOOSE = frozenset({"minister", "official", "spokesperson", "leader"})


def note(c: Collector, tok: Token, fact: Fact | None) -> None:
    """Remember a statement credited to a state whose speech verb's subject is an office title
    with an owner and no name ("its interior minister", "Norway's foreign minister")."""
    if fact is None:
        return
    who = fact.args.get("speaker")
    subj = tag_subjects(tok)
    if not isinstance(who, Entity) or who.kind != "State" or len(subj) != 1:
        return
    noun = subj[0]
    owner = next((ch for ch in noun.children if ch.dep_ == "poss"), None)
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or owner is None:
        return
    words = " ".join(t.lower_ for t in noun.subtree if owner.right_edge.i < t.i <= noun.i)
    office = c.gz.office(words) or words  # "land reform minister": no office the gazetteer lists
    if office in _LOOSE or len(office.split()) < 2 and c.gz.office(words) is None:
        return
    c.titled_ahead.append((fact.evidence.start, office, who.key))


def settle(c: Collector) -> None:
    """Give each statement :func:`note` kept the one person the article gives its office of its
    state (or of no state it names)."""
    if not c.titled_ahead:
        return
    serving = served(c)
    for at, office, state_key in c.titled_ahead:
        holders = [
            info.entity
            for info in c.disc.people.by_key.values()
            if info.office is not None
            and _same_office(c, office, info.office, info.words)
            and _serves(c, serving, info.entity, state_key)
        ]
        fact = next(
            (
                f
                for f in c.of("statement")
                if f.evidence.start == at
                and isinstance(who := f.args.get("speaker"), Entity)
                and who.key == state_key
            ),
            None,
        )
        if fact is not None and len(holders) == 1:
            c.replace(fact, replace(fact, args={**fact.args, "speaker": holders[0]}))


def _same_office(c: Collector, office: str, held: str, words: str | None) -> bool:
    """Whether a person's office is the title's: the same office of the gazetteer, or the same
    words either way round ("land reform minister", "Minister of Land Reform")."""
    if c.gz.office(held) == office:
        return True
    told = _words(office)
    return any(_words(w) == told for w in (held, words) if w)


def _words(title: str) -> frozenset[str]:
    return frozenset(w for w in title.lower().replace(",", " ").split() if w not in ("of", "for"))


def _serves(c: Collector, serving: dict[str, Entity], person: Entity, state_key: str) -> bool:
    state = state_served(c, serving, person)
    return state is None or state.key == state_key
