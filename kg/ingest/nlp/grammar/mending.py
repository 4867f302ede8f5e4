"""The parse's in-place mends (grammar.misreads, grammar.speech_misreads), called only where one
could apply.

``Parsed.of`` mends a sentence each time it is matched to its mentions (about eight times a
sentence), and each mend scanned every word through a spaCy ``Token`` object: ~2 % of
extraction's CPU (cProfile, which times each ``Token`` made, showed 15 %) for mends that seldom
apply. The sentence's columns (part of speech, tag,
dependency, head), read as one array, tell whether any token meets the first tests a mend makes
before it changes anything; where none does, the mend would leave the parse as it is and is not
called. The mends themselves are unchanged.

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
from kg.ingest.nlp.grammar.agents import mend_agents_hung_on_times, mend_manner_by_phrases
from kg.ingest.nlp.grammar.demonstratives import mend_demonstratives_read_as_clauses
from kg.ingest.nlp.grammar.document_participles import mend_document_participles
from kg.ingest.nlp.grammar.inserted_clauses import (
    mend_subjects_hung_on_documents,
    mend_verbs_hung_on_names,
)
from kg.ingest.nlp.grammar.misreads import mend_names_read_as_verbs, mend_verbs_read_as_modifiers
from kg.ingest.nlp.grammar.object_lists import mend_objects_split_from_lists
from kg.ingest.nlp.grammar.reduced_clauses import mend_verbs_read_as_plurals, mend_zero_relatives
from kg.ingest.nlp.grammar.speech_misreads import (
    mend_conjuncts_past_a_modal,
    mend_holders_read_as_appositions,
    mend_participles_hung_on_gerunds,
    mend_participles_hung_on_quotations,
    mend_quoted_phrases_hung_on_tags,
    mend_reports_joined_by_semicolons,
    mend_speakers_read_as_appositions,
    mend_speech_verbs_joined_to_reports,
    mend_subjects_split_by_tags,
    mend_tags_read_as_participles,
)
from kg.ingest.nlp.grammar.time_objects import mend_objects_read_into_times

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.strings import StringStore
    from spacy.tokens import Doc

    from kg.ingest.nlp.mentions import Mention

#: The labels the mends' first tests read (resolved to the vocabulary's ids once a vocabulary).
_LABELS = (
    "VERB AUX NOUN PROPN conj dobj obj amod ROOT ccomp VBN VBD VBZ VB NNS appos advcl pcomp VBG prep cc"
    " parataxis dep npadvmod nsubj auxpass agent PUNCT acl relcl DT xcomp"
).split()
_ids: dict[int, dict[str, int]] = {}


_Cols = tuple[list[int], list[int], list[int], list[int]]
#: Where a sentence's columns are kept, in ``doc.user_data``.
_KEY = "kg.mending"


@dataclass
class _State:
    """A sentence's columns as they are now, the answers of the first tests that read them
    alone, and the mends that left them as they are."""

    cols: _Cols
    gates: dict[str, bool] = field(default_factory=dict)
    idle: set[str] = field(default_factory=set)
    #: The mentions (:func:`_partition`) that every mend last left this parse as it was with.
    quiet: tuple[tuple[int, str] | None, ...] | None = None

    def gate(self, ids: dict[str, int], test: Callable[[dict[str, int], _Cols], bool]) -> bool:
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
        state = doc.user_data[_KEY] = _State(_columns(doc))
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
    if state.gate(ids, _verbs_on_root_names):
        _run(doc, state, "names", lambda: mend_verbs_hung_on_names(doc))
    if state.gate(ids, _verb_conjuncts) and _names_as_verbs(ids, state.cols, by_token):
        _run(doc, state, None, lambda: mend_names_read_as_verbs(doc, by_token))
    if state.gate(ids, _verbs_as_modifiers):
        pos = state.cols[0]
        # with a verb in the sentence it reads the parse alone; without, which words are states
        alone = "modifiers" if ids["VERB"] in pos or ids["AUX"] in pos else None
        _run(doc, state, alone, lambda: mend_verbs_read_as_modifiers(doc, by_token))
    if state.gate(ids, _plurals_ending_phrases):
        _run(doc, state, None, lambda: mend_verbs_read_as_plurals(doc, by_token))
    if state.gate(ids, _names_after_determined_nouns):
        _run(doc, state, None, lambda: mend_zero_relatives(doc, by_token))
    if state.gate(ids, _tags_as_participles):
        _run(doc, state, "participles", lambda: mend_tags_read_as_participles(doc))
    if state.gate(ids, _conjuncts_past_a_modal):
        _run(doc, state, "conjuncts", lambda: mend_conjuncts_past_a_modal(doc))
    if state.gate(ids, _participles_after_tags):
        _run(doc, state, "quoted", lambda: mend_participles_hung_on_quotations(doc))
    if state.gate(ids, _phrases_on_tags):
        _run(doc, state, "phrases", lambda: mend_quoted_phrases_hung_on_tags(doc))
    if state.gate(ids, _clauses_joined_to_reports):
        _run(doc, state, "reports", lambda: mend_speech_verbs_joined_to_reports(doc))
    if state.gate(ids, _reports_of_reports):
        _run(doc, state, "semicolons", lambda: mend_reports_joined_by_semicolons(doc))
    if state.gate(ids, _appositions):
        _run(doc, state, None, lambda: mend_holders_read_as_appositions(doc, by_token))
        _run(doc, state, "sources", lambda: mend_speakers_read_as_appositions(doc))
        _run(doc, state, None, lambda: mend_subjects_hung_on_documents(doc, by_token))
    if state.gate(ids, _participles_on_gerunds):
        _run(doc, state, "gerunds", lambda: mend_participles_hung_on_gerunds(doc))
    if state.gate(ids, _split_subjects):
        _run(doc, state, "split", lambda: mend_subjects_split_by_tags(doc))
    if state.gate(ids, _passives_without_agents):
        _run(doc, state, "agents", lambda: mend_agents_hung_on_times(doc))
    if state.gate(ids, _agents_of_actives):
        _run(doc, state, "manners", lambda: mend_manner_by_phrases(doc))
    if state.gate(ids, _clauses_after_demonstratives):
        _run(doc, state, "demonstratives", lambda: mend_demonstratives_read_as_clauses(doc))
    if state.gate(ids, _participles_after_commas):
        _run(doc, state, None, lambda: mend_document_participles(doc, by_token))
    if state.gate(ids, _objects_after_infinitives):
        _run(doc, state, "lists", lambda: mend_objects_split_from_lists(doc))
    if state.gate(ids, _counted_times):
        _run(doc, state, "times", lambda: mend_objects_read_into_times(doc))


def _run(doc: Doc, state: _State, alone: str | None, mend_it: Callable[[], None]) -> None:
    """Run a mend, unless it reads the parse ``alone`` and left this parse as it was; read the
    columns again after it."""
    if alone is not None and alone in state.idle:
        return
    mend_it()
    cols = _columns(doc)
    if cols == state.cols:
        if alone is not None:
            state.idle.add(alone)
    else:
        state.cols, state.gates, state.idle = cols, {}, set()


def _partition(by_token: list[Mention | None]) -> tuple[tuple[int, str] | None, ...]:
    """What the mends read of the mentions: which tokens share one, and its tag."""
    return tuple([None if m is None else (id(m), m.tag) for m in by_token])


def _columns(doc: Doc) -> _Cols:
    """Each token's part of speech, tag, dependency and head (its index)."""
    a = doc.to_array([POS, TAG, DEP, HEAD])
    heads = (a[:, 3].astype(np.int64) + np.arange(len(a), dtype=np.int64)).tolist()
    return a[:, 0].tolist(), a[:, 1].tolist(), a[:, 2].tolist(), heads


def _label_ids(strings: StringStore) -> dict[str, int]:
    found = _ids.get(id(strings))
    if found is None:
        found = _ids[id(strings)] = {label: strings[label] for label in _LABELS}
    return found


def _verbs_on_root_names(ids: dict[str, int], cols: _Cols) -> bool:
    """A past verb hung as a participle on a name that heads the sentence
    (mend_verbs_hung_on_names)."""
    _pos, tag, dep, head = cols
    acl, root, past = ids["acl"], ids["ROOT"], (ids["VBD"], ids["VBN"])
    return any(d == acl and tag[i] in past and dep[head[i]] == root for i, d in enumerate(dep))


def _verb_conjuncts(ids: dict[str, int], cols: _Cols) -> bool:
    """A verb's conjunct tagged a verb: what a mention's word read as a verb is."""
    pos, _tag, dep, _head = cols
    verb, conj = ids["VERB"], ids["conj"]
    return any(p == verb and dep[i] == conj for i, p in enumerate(pos))


def _names_as_verbs(ids: dict[str, int], cols: _Cols, by_token: list[Mention | None]) -> bool:
    """A mention's word read as a verb's conjunct (mend_names_read_as_verbs)."""
    pos, _tag, dep, _head = cols
    verb, conj = ids["VERB"], ids["conj"]
    return any(m is not None and pos[i] == verb and dep[i] == conj for i, m in enumerate(by_token))


def _verbs_as_modifiers(ids: dict[str, int], cols: _Cols) -> bool:
    """A verb as an object, a participle before its noun, or a plural noun heading a sentence with
    no verb (mend_verbs_read_as_modifiers)."""
    pos, tag, dep, head = cols
    verb, objects = ids["VERB"], (ids["dobj"], ids["obj"])
    participles, amod = (ids["VBN"], ids["VBD"]), ids["amod"]
    for i, p in enumerate(pos):
        if p == verb and dep[i] in objects and pos[head[i]] == verb:
            return True
        if tag[i] in participles and dep[i] == amod and head[i] > i:
            return True
    if verb in pos or ids["AUX"] in pos:
        return False
    root, plural = ids["ROOT"], ids["NNS"]
    return any(d == root and tag[i] == plural for i, d in enumerate(dep))


def _plurals_ending_phrases(ids: dict[str, int], cols: _Cols) -> bool:
    """A plural noun before a punctuation mark or the end (mend_verbs_read_as_plurals)."""
    pos, tag = cols[0], cols[1]
    plural, punct = ids["NNS"], ids["PUNCT"]
    return any(
        t == plural and (i + 1 == len(tag) or pos[i + 1] == punct) for i, t in enumerate(tag)
    )


def _names_after_determined_nouns(ids: dict[str, int], cols: _Cols) -> bool:
    """A determiner, a word and a name or another determiner (mend_zero_relatives)."""
    pos, tag = cols[0], cols[1]
    det, name = ids["DT"], ids["PROPN"]
    return any(
        t == det and (pos[i + 2] == name or tag[i + 2] == det) for i, t in enumerate(tag[:-2])
    )


def _tags_as_participles(ids: dict[str, int], cols: _Cols) -> bool:
    """A noun heading the sentence with a clause before it (mend_tags_read_as_participles)."""
    pos, _tag, dep, head = cols
    root, nouns = ids["ROOT"], (ids["NOUN"], ids["PROPN"])
    heads = {i for i, d in enumerate(dep) if d == root and pos[i] in nouns}
    ccomp = ids["ccomp"]
    return bool(heads) and any(
        d == ccomp and head[j] in heads and j < head[j] for j, d in enumerate(dep)
    )


def _conjuncts_past_a_modal(ids: dict[str, int], cols: _Cols) -> bool:
    """A finite verb joined to a bare infinitive that a clause's verb reports
    (mend_conjuncts_past_a_modal)."""
    _pos, tag, dep, head = cols
    conj, finite = ids["conj"], (ids["VBD"], ids["VBZ"])
    bare, ccomp = ids["VB"], ids["ccomp"]
    return any(
        d == conj and tag[i] in finite and tag[head[i]] == bare and dep[head[i]] == ccomp
        for i, d in enumerate(dep)
    )


def _participles_after_tags(ids: dict[str, int], cols: _Cols) -> bool:
    """A participle and a tag hung on one verb (mend_participles_hung_on_quotations)."""
    _pos, tag, dep, head = cols
    advcl, gerund, parataxis = ids["advcl"], ids["VBG"], ids["parataxis"]
    tagged = {head[i] for i, d in enumerate(dep) if d == parataxis}
    hung = (advcl, ids["pcomp"])
    return any(
        d in hung and tag[i] == gerund and (head[i] in tagged or head[head[i]] in tagged)
        for i, d in enumerate(dep)
    )


def _phrases_on_tags(ids: dict[str, int], cols: _Cols) -> bool:
    """A phrase after a verb that a clause before it completes (mend_quoted_phrases_hung_on_tags)."""
    dep, head = cols[2], cols[3]
    ccomp, prep = ids["ccomp"], ids["prep"]
    told = {head[i] for i, d in enumerate(dep) if d == ccomp and i < head[i]}
    return any(d == prep and head[i] in told and i > head[i] for i, d in enumerate(dep))


def _clauses_joined_to_reports(ids: dict[str, int], cols: _Cols) -> bool:
    """A conjunct with a clause of its own, joined to a reported clause
    (mend_speech_verbs_joined_to_reports)."""
    dep, head = cols[2], cols[3]
    conj, ccomp = ids["conj"], ids["ccomp"]
    joined = {i for i, d in enumerate(dep) if d == conj and dep[head[i]] == ccomp}
    if any(d == ccomp and head[j] in joined for j, d in enumerate(dep)):
        return True
    reporters = [head[j] for j, d in enumerate(dep) if d == ccomp]
    if len(reporters) > len(set(reporters)):  # two clauses of one verb: a second tag
        return True
    return any(  # "and" hung on the clause of the verb it joins to another
        d == ids["cc"] and i + 1 < len(dep) and dep[i + 1] == conj and head[head[i]] == head[i + 1]
        for i, d in enumerate(dep)
    )


def _reports_of_reports(ids: dict[str, int], cols: _Cols) -> bool:
    """A clause of the sentence's head before it, with a subject and a clause of its own
    (mend_reports_joined_by_semicolons)."""
    dep, head = cols[2], cols[3]
    ccomp, root, nsubj = ids["ccomp"], ids["ROOT"], ids["nsubj"]
    fronted = {i for i, d in enumerate(dep) if d == ccomp and i < head[i] and dep[head[i]] == root}
    if not fronted:
        return False
    subjects = {head[j] for j, d in enumerate(dep) if d == nsubj}
    clauses = {head[j] for j, d in enumerate(dep) if d == ccomp}
    return bool(fronted & subjects & clauses)


def _appositions(ids: dict[str, int], cols: _Cols) -> bool:
    """An apposition anywhere (mend_holders_read_as_appositions)."""
    return ids["appos"] in cols[2]


def _participles_on_gerunds(ids: dict[str, int], cols: _Cols) -> bool:
    """A participle clause hung on a preposition's gerund (mend_participles_hung_on_gerunds)."""
    _pos, tag, dep, head = cols
    advcl, gerund, pcomp = ids["advcl"], ids["VBG"], ids["pcomp"]
    return any(d == advcl and tag[i] == gerund and dep[head[i]] == pcomp for i, d in enumerate(dep))


def _split_subjects(ids: dict[str, int], cols: _Cols) -> bool:
    """A verb set between commas after a fronted phrase: an apposition, a loose word or a second
    subject of one verb, with a clause after it (mend_subjects_split_by_tags)."""
    dep, head = cols[2], cols[3]
    fronted = (ids["appos"], ids["dep"], ids["npadvmod"])
    after = (ids["parataxis"], ids["ccomp"], ids["conj"])
    if not any(d in after for d in dep):
        return False
    subjects = [head[i] for i, d in enumerate(dep) if d == ids["nsubj"]]
    return any(d in fronted for d in dep) or len(subjects) > len(set(subjects))


def _passives_without_agents(ids: dict[str, int], cols: _Cols) -> bool:
    """A passive with no agent and a prepositional phrase (mend_agents_hung_on_times)."""
    dep = cols[2]
    return ids["auxpass"] in dep and ids["agent"] not in dep and ids["prep"] in dep


def _agents_of_actives(ids: dict[str, int], cols: _Cols) -> bool:
    """A by-agent on a verb with a subject of its own (mend_manner_by_phrases)."""
    dep, head = cols[2], cols[3]
    agents = {head[i] for i, d in enumerate(dep) if d == ids["agent"]}
    return any(d == ids["nsubj"] and head[i] in agents for i, d in enumerate(dep))


def _clauses_after_demonstratives(ids: dict[str, int], cols: _Cols) -> bool:
    """A clause after its verb whose only word before it hangs on it
    (mend_demonstratives_read_as_clauses)."""
    dep, head = cols[2], cols[3]
    clauses = (ids["ccomp"], ids["relcl"])
    return any(d in clauses and 0 < head[i] < i and head[i - 1] == i for i, d in enumerate(dep))


def _participles_after_commas(ids: dict[str, int], cols: _Cols) -> bool:
    """A past participle hung as an adverbial clause or a conjunct right after a punctuation mark
    (mend_document_participles)."""
    pos, tag, dep, _head = cols
    past, clauses, punct = (ids["VBN"], ids["VBD"]), (ids["advcl"], ids["conj"]), ids["PUNCT"]
    return any(
        t in past and dep[i] in clauses and pos[i - 1] == punct for i, t in enumerate(tag) if i
    )


def _objects_after_infinitives(ids: dict[str, int], cols: _Cols) -> bool:
    """A verb's object after its infinitive complement (mend_objects_split_from_lists)."""
    dep, head = cols[2], cols[3]
    xcomps: dict[int, int] = {}
    for i, d in enumerate(dep):
        if d == ids["xcomp"]:
            xcomps.setdefault(head[i], i)  # the first infinitive of each verb
    return any(d == ids["dobj"] and xcomps.get(head[i], i) < i for i, d in enumerate(dep))


def _counted_times(ids: dict[str, int], cols: _Cols) -> bool:
    """A plural noun hung on a word as its measure (mend_objects_read_into_times)."""
    tag, dep = cols[1], cols[2]
    return any(d == ids["npadvmod"] and tag[i] == ids["NNS"] for i, d in enumerate(dep))
