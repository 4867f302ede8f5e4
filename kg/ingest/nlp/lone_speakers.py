"""A lone surname as a speaker ("Mohamud said", "Bourita, speaking later, told parliament"): a
person named by one word no mention covers, which kg.ingest.nlp.proposals adds before the
recogniser's entities (they give way to it on the same word); and the calendar words that are never
a person's or a body's name."""

from __future__ import annotations

from spacy.attrs import POS
from spacy.tokens import Token

from kg.ingest.nlp import lexicon, triggers
from kg.ingest.nlp.discourse import Discourse
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Mention

#: Proper nouns that are no names of people or bodies ("on Friday", "in February").
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)


def lone_speakers(disc: Discourse, p: Parsed, text: str) -> list[Mention]:
    """A lone proper name no mention covers, as the subject of a verb of the ``statement`` class
    ("Mohamud said", "Bourita, speaking later, told parliament"): a person named by surname, not a
    body (which speaks as "the X", by initials, or by a name the gazetteer or the agencies' list
    knows) nor a place, whatever the recogniser calls it."""
    out: list[Mention] = []
    for t in p.having(POS, "PROPN"):
        if (
            t.dep_ != "nsubj"
            or p.mention(t) is not None
            or not _speech_verb(t.head)
            or not _surname_like(disc, t)
        ):
            continue
        start = p.offset + t.idx
        entity = disc.people.add(t.text).entity
        out.append(
            Mention(
                start, start + len(t), text[start : start + len(t)], "P", entity, how="recognised"
            )
        )
    return out


def _speech_verb(verb: Token) -> bool:
    """Whether ``verb`` is one of the ``statement`` class's verbs (data/lexicon/relations.yaml),
    with the particle or modifier its trigger asks for ("was adamant that", not any "was")."""
    return verb.pos_ in ("VERB", "AUX") and any(
        rel.name == "statement"
        and not trig.noun
        and trig.unquoted != "starts"  # a stance ("wanted") speaks only in a quoted object
        and triggers.worded(verb, trig)
        for rel, trig in triggers.by_lemma().get(verb.lemma_.lower(), ())
    )


def _surname_like(disc: Discourse, t: Token) -> bool:
    """One capitalised word standing alone: no determiner, no other name word on it, not
    initials ("NATO"), no word that is never a name, no agency, nothing the gazetteer knows, no
    short name of one the article named in full."""
    word = t.text
    return (
        len(word) > 2
        and word[:1].isupper()
        and word[1:].islower()
        and not any(c.dep_ in ("det", "compound", "flat", "poss", "amod") for c in t.children)
        and word not in lexicon.load().non_name_words
        and word not in lexicon.load().agencies
        and word.lower() not in CALENDAR
        and not disc.gz.lookup(word)
        and word not in disc.people.given  # "David said" after two Davids: no one, not a new one
        and word not in disc.people.surnames
    )
