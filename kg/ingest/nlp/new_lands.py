"""An island the text describes and does not name: "a newly emerged sandbank in the Pool Malebo",
"a small island in the Oyapock River", "a newly formed char". It gets a node local to the source
(issue #12 item 6), of the island kind, so that "the sandbank" or "the islet" later refers back to
it and not to the province or the river named last. Head nouns and determiners are data
(``new_lands`` in data/lexicon/references.yaml).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import phrases as ph
from kg.ingest.nlp.mentions import Mention
from kg.model import Entity

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from kg.ingest.nlp.grammar import Parsed

#: Roles in which the phrase says what another thing is ("Tuzla, a sandy island"; "Okinotori is an
#: island"; "claimed it as an island"), not a land of its own.
_SAYS_WHAT = frozenset({"appos", "attr", "acomp", "oprd", "npadvmod"})


def read(
    p: Parsed, tok: Token, lemma: str, plural: bool, text: str, key: Callable[[str, str], str]
) -> Mention | None:
    """The island ``tok`` heads as an indefinite description, with a key local to the source."""
    n = ph.nouns().new_lands
    if plural or lemma not in n.nouns or ph.determiner(tok) not in n.determiners:
        return None
    if tok.dep_ in _SAYS_WHAT or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
        return None
    if tok.dep_ == "conj" and tok.head.dep_ in _SAYS_WHAT:
        return None
    if any(p.mention(t) for t in ph.modifiers(tok)):
        return None  # "a Brazilian island": a land said of a state, read elsewhere
    s, e = ph.bounds(p, tok)
    label = " ".join(text[ph.bounds(p, tok, with_det=False)[0] : e].split()).lower()
    ent = Entity("Island", key("Territory", label), label, ())
    return Mention(s, e, text[s:e], "T", ent, how="new-land")
