"""The status a recognition gives where no "as" phrase says it: what is recognised is itself a
status ("recognised the independence of Abkhazia", "Moscow's recognition of Kosovo's statehood",
"recognises Morocco's sovereignty over Western Sahara"), so the status is the one its head noun
names (data/lexicon/statuses.yaml). Read off the trigger's object, or a noun trigger's of/to phrase.
Where neither says it, the same party's recognition of the same thing told earlier in the article
does ("Managua's recognition of Abkhazia as an independent state ... Nicaragua recognised the
region in 2008"): one recognition, told twice."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.common import Collector, span_text
from kg.ingest.nlp.triggers import Trigger
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The role a recognition's status fills.
_ROLE = "as"


@lru_cache(maxsize=1)
def _status_nouns() -> dict[str, str]:
    table = read_yaml(DATA_DIR / "lexicon" / "statuses.yaml").get("status_nouns") or {}
    return {str(k).lower(): str(v) for k, v in table.items()}


def implied_status(
    c: Collector, p: g.Parsed, tok: Token, trig: Trigger, filled: dict[str, list]
) -> None:
    """Fill the trigger's status role from the noun of what it recognises, or from the same
    recognition told before, where the sentence gives no status of its own."""
    if filled.get(_ROLE) or not any(role == _ROLE for _, role in trig.slots):
        return
    _status_of_noun(p, tok, trig, filled)
    if not filled.get(_ROLE):
        _status_told_before(c, trig, filled)


def _status_told_before(c: Collector, trig: Trigger, filled: dict[str, list]) -> None:
    parties = [e for e in filled.get("party", ()) if isinstance(e, Entity)]
    whats = {_said(c, v) for v in filled.get("what", ())}
    if len(parties) != 1 or not whats:
        return
    for f in c.of(trig.rel):
        status, what = f.args.get(_ROLE), f.args.get("what")
        if status and f.args.get("party") == parties[0] and isinstance(what, str):
            if what.lower() in whats:
                filled[_ROLE] = [status]
                return


def _said(c: Collector, value: object) -> str:
    return (span_text(c, value) if isinstance(value, tuple) else str(value)).lower()


def _status_of_noun(p: g.Parsed, tok: Token, trig: Trigger, filled: dict[str, list]) -> None:
    heads = [o for w in ("of", "to") for o in g.preps(tok, w)] if trig.noun else g.objects(tok)
    for head in [*heads, *(a for h in heads for a in _misread_heads(h))]:
        status = _status_nouns().get(head.lemma_.lower())
        if status is None:
            continue
        if status == "phrase":
            phrase = g.text_of(p, [head])
            if phrase is None:
                return
            filled[_ROLE] = [phrase]
        else:
            filled[_ROLE] = [status]
        return


def _misread_heads(head: Token) -> list[Token]:
    """The noun the parser hung as an apposition, with no comma, on a modifier it took for the
    head ("recognises [the breakaway] [Turkish Cypriot state]"): the phrase's own head."""
    doc = head.doc
    return [
        a
        for a in head.children
        if a.dep_ == "appos" and not any(t.is_punct for t in doc[head.i + 1 : a.left_edge.i])
    ]
