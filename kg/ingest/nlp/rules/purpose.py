"""What an act of protest is over, told in a clause beside it: a summons's purpose ("summoned the
envoy to protest the attack", "to lodge a protest over the killing"), a protest's participle of
saying ("lodged a protest with China, saying the road building was a violation").

A summons names no subject of its own where the words of the act stand in the infinitive that says
why the envoy was called in; that infinitive's over/about/against phrase (on it or its object)
or, where the infinitive is a verb of the ``protests`` class itself, its object, is what it is over.
A protest that names none is over what its participle of saying (a verb of the ``statement``
class) says something of: that clause's subject, where it is a common noun (not "it", not a state).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.triggers import lemmas_of, speech_verbs

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The prepositions that say what an act of protest is over.
_ABOUT = ("over", "about", "against")


@cache
def _protest_verbs() -> frozenset[str]:
    """The verbs of the ``protests`` class that take what is protested as their object."""
    return lemmas_of("protests", lambda t: not t.noun and ("object", "subject") in t.slots)


def said_of(host: Token, names: bool = False) -> list[Token]:
    """What a protest at ``host`` (its verb, or the light verb of its noun) is over, by the
    participle of saying beside it: "lodged a protest, saying the road building was illegal".
    With ``names``, a named subject too ("rejected the protest, saying Onembango was Angolan")."""
    return [
        subj
        for ch in host.children
        if ch.dep_ in ("advcl", "xcomp", "conj")
        and ch.tag_ == "VBG"
        and ch.lemma_.lower() in speech_verbs()
        for clause in ch.children
        if clause.dep_ == "ccomp"
        for subj in clause.children
        if subj.dep_ in ("nsubj", "nsubjpass") and (subj.pos_ == "NOUN" or names)
    ]


def purpose_of(tok: Token) -> list[Token]:
    """What the act at ``tok`` is over, by its purpose infinitive ("to protest X", "to lodge a
    protest over X"); none where the infinitive says nothing of it ("to hear Japan's protest")."""
    out: list[Token] = []
    # "summoned a diplomat to protest ...", the infinitive hung on the object as a relative
    hung = [ch for o in g.objects(tok) for ch in o.children if ch.dep_ in ("relcl", "acl")]
    for ch in (*tok.children, *hung):
        if ch.dep_ not in ("xcomp", "advcl", "relcl", "acl") or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in ch.children
        ):
            continue
        about = [x for h in (ch, *g.objects(ch)) for w in _ABOUT for x in g.preps(h, w)]
        if about:
            out += about
        elif ch.lemma_.lower() in _protest_verbs():
            out += g.objects(ch)
    return out
