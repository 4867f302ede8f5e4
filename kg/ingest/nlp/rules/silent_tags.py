"""Speech tags whose speaker is someone the article leaves unnamed and who speaks for no one
("said a Western diplomat in Nicosia", '"...," a fisherman said'). The tag still tells whose words
the quotation is, someone unnamed, so it is no untagged quotation that goes on with the speaker
of the sentence before (rules/speech.py): left unread, '"Pyla is a test," said a Western
diplomat' went to the two leaders who had "said they will attend" just before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.rules.bystanders import off_record

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How a noun's owner stands before it ("Chilean officials", "a Kremlin aide": they speak for it)
_OWNER = frozenset({"amod", "compound", "nmod", "poss"})
#: Determiners of a noun that refers back to someone told of ("the official", "his spokesman")
_BACK = frozenset({"the", "this", "that", "these", "those"})


def silent(p: g.Parsed, tok: Token) -> bool:
    """Whether the speech verb ``tok``, whose speaker slot nothing fills, has for its subject only
    common nouns of unnamed people who speak for no body: a diplomat (``off_record``), or people
    who are not among the ``spokespeople`` ("a villager", "fishermen"), none of them referring
    back ("the official") nor owned by a name ("Chilean officials"); a place after them only
    locates them ("a villager in Pyla", "a diplomat in Nicosia")."""
    subj = g.subjects(tok)
    words = lexicon.load()
    return bool(subj) and all(
        n.pos_ == "NOUN"
        and (off_record(n) or n.lemma_.lower() not in words.spokespeople)
        and not any(d.dep_ == "poss" or d.lower_ in _BACK for d in n.children)
        and not any(p.mention(d) is not None for d in n.children if d.dep_ in _OWNER)
        for n in subj
    )
