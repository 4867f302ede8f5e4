"""The state a protest lodged with a body is against. "Cyprus lodged a protest with the United
Nations", "sent protest notes to the secretariat of the commission", "a move Sudan protested at
the Security Council": the body hears the complaint and is no side of it, so the addressee fills
no ``against``; the state the complaint is about is the doer of the deed the sentence tells (the
one it holds to blame, the subject, owner or adjective of the deed), else the doer the sentence
before names as its subject."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.ingest.nlp.body_owners import owner
from kg.ingest.nlp.grammar import Parsed
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.discourse import Sentence
    from kg.ingest.nlp.rules.common import Collector
    from kg.model import Entity

#: the dependencies by which a state named in a clause is its doer or the owner of its deed
_DOER_DEPS = frozenset({"nsubj", "poss", "amod", "compound"})


@cache
def _lexicon() -> dict[str, frozenset[str]]:
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml")["complaint_bodies"]
    return {k: frozenset(v) for k, v in data.items()}


def deed_doer(
    c: Collector, s: Sentence, p: Parsed, tok: Token, noun: bool, party: list
) -> Entity | None:
    """The state a protest at ``tok`` addressed to a body is against; None where it goes to no
    body, or no one state other than the protester is told as the deed's doer."""
    addressee = _body_addressee(p, _heads(tok, noun))
    if addressee is None:
        return None
    own = {e.key for e in party if hasattr(e, "key")}
    skip = {t.i for t in addressee.subtree}
    above = {h.i for h in _heads(tok, noun)} | _tellers(tok)
    for t in tok.sent:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in above:
            skip |= {x.i for x in t.subtree}  # the protester, and the one telling of the protest
    blamed = _states(c, p, [t for t in tok.sent if t.i not in skip and _blamed(t)], own)
    if len(blamed) == 1:
        return blamed[0]
    doers = _states(c, p, [t for t in tok.sent if t.i not in skip and t.dep_ in _DOER_DEPS], own)
    if len(doers) == 1:
        return doers[0]
    if doers:
        return None
    before = next((b for b in c.paragraph if b.index == s.index - 1), None)
    if before is None or before.doc is None:
        return None
    q = before.parsed or Parsed.of(before.doc, before.span.start, before.masked.mentions)
    subjects = [  # "Chinese coast guard ships entered ...": the subject and the words before it
        x
        for t in q.tokens
        if t.dep_ == "nsubj"
        and t.head.dep_ == "ROOT"
        and not any(k.dep_ == "conj" for k in t.children)
        for x in t.subtree
        if x.i <= t.i
    ]
    found = _states(c, q, subjects, own)
    return found[0] if len(found) == 1 else None


def _tellers(tok: Token) -> set[int]:
    """The verbs whose clause tells of the protest ("China said Vietnam protested"): their subject
    tells it, no doer of the deed protested."""
    found, x = set(), tok
    while x.head.i != x.i:
        if x.dep_ in ("ccomp", "parataxis"):
            found.add(x.head.i)
        x = x.head
    return found


def _heads(tok: Token, noun: bool) -> list[Token]:
    """The trigger and, for a noun, the verb it is the object or subject of ("lodged a protest")."""
    if (
        noun
        and tok.dep_ in ("dobj", "nsubjpass", "nsubj", "conj")
        and tok.head.pos_ in ("VERB", "AUX")
    ):
        return [tok, tok.head]
    return [tok]


def _body_addressee(p: Parsed, heads: list[Token]) -> Token | None:
    """The object of "to", "with", "at" or "before" on the trigger (or its verb) that names a
    body: an organisation, or a body's noun ("the secretariat of the commission")."""
    lex = _lexicon()
    for h in heads:
        for prep in h.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in lex["preps"]:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                m = p.mention(obj)
                if m is not None and m.tag == "S":
                    return None  # a state hears it: the addressee is the one protested against
                if m is not None and m.tag == "O" or obj.lemma_.lower() in lex["nouns"]:
                    return obj
                if m is not None and m.tag == "P" and _body(m.office_of):
                    return obj  # "to U.N. Secretary-General Antonio Guterres": the body's officer
                if any((n := p.mention(x)) is not None and n.tag == "O" for x in obj.subtree):
                    return obj
    return None


def _body(of: Entity | None) -> bool:
    """Whether a person's office is one of a body (an organisation), not of a state."""
    return of is not None and of.kind == "Organization"


def _blamed(t: Token) -> bool:
    """Whether ``t`` is the one a verb of blaming holds to blame ("hold Morocco to account")."""
    blaming = _lexicon()["blaming"]
    if t.dep_ == "dobj" and t.head.lemma_.lower() in blaming:
        return True
    # "hold Venezuela to account", parsed with the state the subject of "account"
    return t.dep_ == "nsubj" and t.head.head.lemma_.lower() in blaming and t.head.dep_ == "ccomp"


def _states(c: Collector, p: Parsed, toks: list[Token], own: set[str]) -> list[Entity]:
    """The states other than the protester's these words name, in order, each once."""
    found: list[Entity] = []
    for t in toks:
        m = p.mention(t)
        if m is None or m.entity is None or m.tag not in ("S", "O"):
            continue
        state = m.entity if m.tag == "S" else owner(c.gz, m.entity)  # "Chinese coast guard ships"
        if state is None or state.kind != "State" or state.key in own or state in found:
            continue
        found.append(state)
    return found
