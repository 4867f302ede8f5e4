"""Grammatical roles over spaCy's dependency parse: who does what to whom, whatever stands between.

A relation rule names a trigger and the slots its arguments take (subject, object, a preposition's
object, ...); this module finds those slots in the parse - through the passive, relative clauses,
participles, control verbs ("wants to recover"), coordination and light verbs ("laid claim to") -
and the mentions that fill them. Negation and modality are read from the parse too.
"""

from kg.ingest.nlp.grammar.adjuncts import (
    datives,
    misread_particle,
    particle,
    prep_verb,
    preps,
    reasons,
)
from kg.ingest.nlp.grammar.clauses import clause
from kg.ingest.nlp.grammar.companions import objects, subjects
from kg.ingest.nlp.grammar.condition_clauses import conditions
from kg.ingest.nlp.grammar.fillers import (
    fillers,
    own_kind,
    piece_of_land,
    piece_place,
    text_of,
    walk,
)
from kg.ingest.nlp.grammar.misreads import misread_verb
from kg.ingest.nlp.grammar.modality import modal
from kg.ingest.nlp.grammar.mood import (
    CONDITION_MARKS,
    ancestors_to_root,
    negated,
    perfect,
    presupposed,
)
from kg.ingest.nlp.grammar.nouns import (
    clause_head,
    governor,
    holder,
    made_by,
    noun_agents,
    reporting_head,
    under_head,
)
from kg.ingest.nlp.grammar.parsed import Parsed, head_token
from kg.ingest.nlp.grammar.predicate_nouns import linked, noun_subject, regarded_as
from kg.ingest.nlp.grammar.roles import is_passive

__all__ = [
    "own_kind",
    "CONDITION_MARKS",
    "Parsed",
    "ancestors_to_root",
    "prep_verb",
    "clause",
    "conditions",
    "datives",
    "fillers",
    "clause_head",
    "reporting_head",
    "governor",
    "head_token",
    "holder",
    "is_passive",
    "linked",
    "misread_verb",
    "modal",
    "negated",
    "perfect",
    "presupposed",
    "made_by",
    "noun_agents",
    "noun_subject",
    "regarded_as",
    "objects",
    "misread_particle",
    "particle",
    "piece_of_land",
    "piece_place",
    "preps",
    "reasons",
    "subjects",
    "text_of",
    "under_head",
    "walk",
]
