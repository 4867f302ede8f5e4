"""The parse's in-place mends (grammar.misreads, grammar.speech_misreads), called only where one
could apply.

``Parsed.of`` mends a sentence each time it is matched to its mentions (about eight times a
sentence), and each mend scanned every word through a spaCy ``Token`` object: ~2 % of
extraction's CPU (cProfile, which times each ``Token`` made, showed 15 %) for mends that seldom
apply. The sentence's columns (part of speech, tag, dependency, head), read as one array, tell
whether any token meets the first tests a mend makes before it changes anything
(kg.ingest.nlp.grammar.mend_gates); where none does, the mend would leave the parse as it is and
is not called. The mends themselves are unchanged.

The columns are kept with the sentence (``doc.user_data``) and read again only after a mend ran; a
mend that reads the parse alone (not which words are mentions) and changed nothing is not run again
until the parse changes. So every in-place change of a parse must go through :func:`mend`.

A sentence is matched again and again to the same mentions (``Discourse.analyse`` asks for the
parse of one list of mentions for each finder of lands and bodies); where every mend left the parse
as it was for those mentions, they are not run again: the mends read the parse, which tokens share
a mention and its tag, nothing else, so they would leave it as it is again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import DEP, HEAD, POS, TAG

from kg.ingest.nlp.grammar import memo
from kg.ingest.nlp.grammar import mend_gates as gates
from kg.ingest.nlp.grammar.agents import mend_agents_hung_on_times, mend_manner_by_phrases
from kg.ingest.nlp.grammar.as_predicates import mend_objects_after_as_predicates
from kg.ingest.nlp.grammar.demonstratives import mend_demonstratives_read_as_clauses
from kg.ingest.nlp.grammar.document_gerunds import mend_document_gerunds
from kg.ingest.nlp.grammar.document_participles import mend_document_participles
from kg.ingest.nlp.grammar.inserted_adverbials import mend_objects_past_inserted_adverbials
from kg.ingest.nlp.grammar.inserted_clauses import (
    mend_subjects_hung_on_documents,
    mend_subjects_hung_on_people,
    mend_verbs_hung_on_names,
)
from kg.ingest.nlp.grammar.mend_gates import Cols
from kg.ingest.nlp.grammar.misreads import mend_names_read_as_verbs, mend_verbs_read_as_modifiers
from kg.ingest.nlp.grammar.object_lists import mend_objects_split_from_lists
from kg.ingest.nlp.grammar.object_names import mend_object_names_read_as_verbs, object_name_verbs
from kg.ingest.nlp.grammar.object_participles import mend_participles_hung_in_object_clauses
from kg.ingest.nlp.grammar.prep_verbs import mend_prep_verbs_read_as_plurals
from kg.ingest.nlp.grammar.reduced_clauses import mend_verbs_read_as_plurals, mend_zero_relatives
from kg.ingest.nlp.grammar.relative_plurals import mend_relative_verbs_read_as_plurals
from kg.ingest.nlp.grammar.semicolon_clauses import mend_clauses_joined_by_semicolons
from kg.ingest.nlp.grammar.speech_misreads import (
    mend_conjuncts_past_a_modal,
    mend_holders_read_as_appositions,
    mend_participles_hung_on_gerunds,
    mend_participles_hung_on_quotations,
    mend_pledges_hung_on_phrases,
    mend_quoted_phrases_hung_on_tags,
    mend_reports_joined_by_semicolons,
    mend_reports_read_as_adverbials,
    mend_speakers_read_as_appositions,
    mend_speech_verbs_joined_to_reports,
    mend_tags_read_as_participles,
)
from kg.ingest.nlp.grammar.tag_split_subjects import mend_subjects_split_by_tags
from kg.ingest.nlp.grammar.time_objects import mend_objects_read_into_times

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.strings import StringStore
    from spacy.tokens import Doc

    from kg.ingest.nlp.mentions import Mention

#: The labels the mends' first tests read (resolved to the vocabulary's ids once a vocabulary).
_LABELS = (
    "VERB AUX NOUN PROPN conj dobj obj amod ROOT ccomp VBN VBD VBZ VB NNS appos advcl pcomp VBG prep cc"
    " parataxis dep npadvmod nsubj auxpass agent PUNCT acl relcl DT xcomp mark pobj"
).split()
_ids: dict[int, dict[str, int]] = {}


#: Where a sentence's columns are kept, in ``doc.user_data``.
_KEY = "kg.mending"


@dataclass
class _State:
    """A sentence's columns as they are now, the answers of the first tests that read them
    alone, and the mends that left them as they are."""

    cols: Cols
    gates: dict[str, bool] = field(default_factory=dict)
    idle: set[str] = field(default_factory=set)
    #: The mentions (:func:`_partition`) that every mend last left this parse as it was with.
    quiet: tuple[tuple[int, str] | None, ...] | None = None
    #: The columns as spaCy gives them (bytes): a mend that changed nothing is told by these
    #: alone, without the lists made again.
    raw: bytes = b""

    def gate(self, ids: dict[str, int], test: Callable[[dict[str, int], Cols], bool]) -> bool:
        found = self.gates.get(test.__name__)
        if found is None:
            found = self.gates[test.__name__] = test(ids, self.cols)
        return found


def mend(doc: Doc, by_token: list[Mention | None]) -> bool:
    """Every mend of the parse, in their order, each only where its first tests hold somewhere;
    whether they left the parse as it was for these mentions (:func:`quiet` then tells them)."""
    ids = _label_ids(doc.vocab.strings)
    state = doc.user_data.get(_KEY)
    if state is None:
        a = _array(doc)
        state = doc.user_data[_KEY] = _State(_listed(a), raw=a.tobytes())
    mentions = _partition(by_token)
    if state.quiet == mentions:
        return True  # the same parse and mentions, which every mend left as they were
    kept = memo.hold(doc)  # (no role read mid-mend is kept)
    before = state.cols
    _mend(doc, by_token, ids, state)
    state.quiet = mentions if state.cols is before else None
    memo.resume(doc, kept if state.cols is before else None)
    return state.quiet is not None


def quiet(doc: Doc) -> tuple[tuple[int, str] | None, ...] | None:
    """The mentions every mend last left the parse as it was with (None: not since it changed)."""
    state = doc.user_data.get(_KEY)
    return None if state is None else state.quiet


def _mend(doc: Doc, by_token: list[Mention | None], ids: dict[str, int], state: _State) -> None:
    """Each mend whose first tests hold somewhere, in order."""
    if state.gate(ids, gates.verbs_on_root_names):
        _run(doc, state, "names", lambda: mend_verbs_hung_on_names(doc))
    if state.gate(ids, gates.verb_conjuncts) and gates.names_as_verbs(ids, state.cols, by_token):
        _run(doc, state, None, lambda: mend_names_read_as_verbs(doc, by_token))
    if object_name_verbs(by_token, state.cols[0], state.cols[2], ids):
        _run(doc, state, None, lambda: mend_object_names_read_as_verbs(doc, by_token))
    if state.gate(ids, gates.verbs_as_modifiers):
        pos = state.cols[0]
        # with a verb in the sentence it reads the parse alone; without, which words are states
        alone = "modifiers" if ids["VERB"] in pos or ids["AUX"] in pos else None
        _run(doc, state, alone, lambda: mend_verbs_read_as_modifiers(doc, by_token))
    if state.gate(ids, gates.plurals_ending_phrases):
        _run(doc, state, None, lambda: mend_verbs_read_as_plurals(doc, by_token))
        _run(doc, state, None, lambda: mend_relative_verbs_read_as_plurals(doc, by_token))
    if state.gate(ids, gates.plurals_before_prepositions):
        _run(doc, state, None, lambda: mend_prep_verbs_read_as_plurals(doc, by_token))
    if state.gate(ids, gates.names_after_determined_nouns):
        _run(doc, state, None, lambda: mend_zero_relatives(doc, by_token))
    if state.gate(ids, gates.tags_as_participles):
        _run(doc, state, "participles", lambda: mend_tags_read_as_participles(doc))
    if state.gate(ids, gates.conjuncts_past_a_modal):
        _run(doc, state, "conjuncts", lambda: mend_conjuncts_past_a_modal(doc))
    if state.gate(ids, gates.participles_after_tags):
        _run(doc, state, "quoted", lambda: mend_participles_hung_on_quotations(doc))
    if state.gate(ids, gates.phrases_on_tags):
        _run(doc, state, "phrases", lambda: mend_quoted_phrases_hung_on_tags(doc))
    if state.gate(ids, gates.pledges_on_phrases):
        _run(doc, state, "pledges", lambda: mend_pledges_hung_on_phrases(doc))
    if state.gate(ids, gates.reports_as_adverbials):
        _run(doc, state, "adverbial reports", lambda: mend_reports_read_as_adverbials(doc))
    if state.gate(ids, gates.clauses_joined_to_reports):
        _run(doc, state, "reports", lambda: mend_speech_verbs_joined_to_reports(doc))
    if state.gate(ids, gates.reports_of_reports):
        _run(doc, state, "semicolons", lambda: mend_reports_joined_by_semicolons(doc))
    if state.gate(ids, gates.fronted_clauses):
        _run(doc, state, "clauses", lambda: mend_clauses_joined_by_semicolons(doc))
    if state.gate(ids, gates.appositions):
        _run(doc, state, None, lambda: mend_holders_read_as_appositions(doc, by_token))
        _run(doc, state, "sources", lambda: mend_speakers_read_as_appositions(doc))
        _run(doc, state, None, lambda: mend_subjects_hung_on_documents(doc, by_token))
        _run(doc, state, None, lambda: mend_subjects_hung_on_people(doc, by_token))
    if state.gate(ids, gates.participles_on_gerunds):
        _run(doc, state, "gerunds", lambda: mend_participles_hung_on_gerunds(doc))
    if state.gate(ids, gates.participles_in_object_clauses):
        _run(doc, state, "objects", lambda: mend_participles_hung_in_object_clauses(doc))
    if state.gate(ids, gates.split_subjects):
        _run(doc, state, "split", lambda: mend_subjects_split_by_tags(doc))
    if state.gate(ids, gates.passives_without_agents):
        _run(doc, state, "agents", lambda: mend_agents_hung_on_times(doc))
    if state.gate(ids, gates.agents_of_actives):
        _run(doc, state, "manners", lambda: mend_manner_by_phrases(doc))
    if state.gate(ids, gates.clauses_after_demonstratives):
        _run(doc, state, "demonstratives", lambda: mend_demonstratives_read_as_clauses(doc))
    if state.gate(ids, gates.participles_after_commas):
        _run(doc, state, None, lambda: mend_document_participles(doc, by_token))
    if state.gate(ids, gates.gerunds_on_verbs):
        _run(doc, state, None, lambda: mend_document_gerunds(doc, by_token))
    if state.gate(ids, gates.objects_after_infinitives):
        _run(doc, state, "lists", lambda: mend_objects_split_from_lists(doc))
    if state.gate(ids, gates.objects_past_reported_clauses):
        _run(doc, state, "adverbials", lambda: mend_objects_past_inserted_adverbials(doc))
    if state.gate(ids, gates.counted_times):
        _run(doc, state, "times", lambda: mend_objects_read_into_times(doc))
    if state.gate(ids, gates.adjectives_on_prepositions):
        _run(doc, state, "as", lambda: mend_objects_after_as_predicates(doc))


def _run(doc: Doc, state: _State, alone: str | None, mend_it: Callable[[], None]) -> None:
    """Run a mend, unless it reads the parse ``alone`` and left this parse as it was; read the
    columns again after it."""
    if alone is not None and alone in state.idle:
        return
    mend_it()
    a = _array(doc)
    raw = a.tobytes()  # (the same bytes, the same columns: most mends change nothing)
    if raw == state.raw:
        if alone is not None:
            state.idle.add(alone)
    else:
        state.cols, state.raw, state.gates, state.idle = _listed(a), raw, {}, set()


def _partition(by_token: list[Mention | None]) -> tuple[tuple[int, str] | None, ...]:
    """What the mends read of the mentions: which tokens share one, and its tag."""
    return tuple([None if m is None else (id(m), m.tag) for m in by_token])


def _array(doc: Doc) -> np.ndarray:
    """Each token's part of speech, tag, dependency and head (relative), as spaCy keeps them."""
    return doc.to_array([POS, TAG, DEP, HEAD])


def _columns(doc: Doc) -> Cols:
    """Each token's part of speech, tag, dependency and head (its index)."""
    return _listed(_array(doc))


def _listed(a: np.ndarray) -> Cols:
    """The columns of :func:`_array` as lists, each head by its index."""
    heads = (a[:, 3].astype(np.int64) + np.arange(len(a), dtype=np.int64)).tolist()
    return a[:, 0].tolist(), a[:, 1].tolist(), a[:, 2].tolist(), heads


def _label_ids(strings: StringStore) -> dict[str, int]:
    found = _ids.get(id(strings))
    if found is None:
        found = _ids[id(strings)] = {label: strings[label] for label in _LABELS}
    return found
