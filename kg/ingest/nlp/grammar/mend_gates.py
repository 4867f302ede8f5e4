"""The first tests of the parse's mends (kg.ingest.nlp.grammar.mending), read from a sentence's
columns: whether any token meets what a mend looks for before it changes anything. Where none
does, the mend would leave the parse as it is and is not called.

Split from kg.ingest.nlp.grammar.mending, which runs the mends and keeps the columns: each test
here reads the columns alone (part of speech, tag, dependency, head by index) and the label ids
the mending resolves; it is named for what it finds and names the mend it lets run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.ingest.nlp.mentions import Mention

#: A sentence's columns: each token's part of speech, tag, dependency and head (its index).
Cols = tuple[list[int], list[int], list[int], list[int]]


def verbs_on_root_names(ids: dict[str, int], cols: Cols) -> bool:
    """A past verb hung as a participle on a name that heads the sentence
    (mend_verbs_hung_on_names)."""
    _pos, tag, dep, head = cols
    acl, root, past = ids["acl"], ids["ROOT"], (ids["VBD"], ids["VBN"])
    return any(d == acl and tag[i] in past and dep[head[i]] == root for i, d in enumerate(dep))


def verb_conjuncts(ids: dict[str, int], cols: Cols) -> bool:
    """A verb's conjunct tagged a verb: what a mention's word read as a verb is."""
    pos, _tag, dep, _head = cols
    verb, conj = ids["VERB"], ids["conj"]
    return any(p == verb and dep[i] == conj for i, p in enumerate(pos))


def names_as_verbs(ids: dict[str, int], cols: Cols, by_token: list[Mention | None]) -> bool:
    """A mention's word read as a verb's conjunct (mend_names_read_as_verbs)."""
    pos, _tag, dep, _head = cols
    verb, conj = ids["VERB"], ids["conj"]
    return any(m is not None and pos[i] == verb and dep[i] == conj for i, m in enumerate(by_token))


def verbs_as_modifiers(ids: dict[str, int], cols: Cols) -> bool:
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


def plurals_ending_phrases(ids: dict[str, int], cols: Cols) -> bool:
    """A plural noun before a punctuation mark or the end (mend_verbs_read_as_plurals)."""
    pos, tag = cols[0], cols[1]
    plural, punct = ids["NNS"], ids["PUNCT"]
    return any(
        t == plural and (i + 1 == len(tag) or pos[i + 1] == punct) for i, t in enumerate(tag)
    )


def names_after_determined_nouns(ids: dict[str, int], cols: Cols) -> bool:
    """A determiner, a word and a name or another determiner (mend_zero_relatives)."""
    pos, tag = cols[0], cols[1]
    det, name = ids["DT"], ids["PROPN"]
    return any(
        t == det and (pos[i + 2] == name or tag[i + 2] == det) for i, t in enumerate(tag[:-2])
    )


def tags_as_participles(ids: dict[str, int], cols: Cols) -> bool:
    """A noun heading the sentence with a clause before it (mend_tags_read_as_participles)."""
    pos, _tag, dep, head = cols
    root, nouns = ids["ROOT"], (ids["NOUN"], ids["PROPN"])
    heads = {i for i, d in enumerate(dep) if d == root and pos[i] in nouns}
    ccomp = ids["ccomp"]
    return bool(heads) and any(
        d == ccomp and head[j] in heads and j < head[j] for j, d in enumerate(dep)
    )


def conjuncts_past_a_modal(ids: dict[str, int], cols: Cols) -> bool:
    """A finite verb joined to a bare infinitive that a clause's verb reports
    (mend_conjuncts_past_a_modal)."""
    _pos, tag, dep, head = cols
    conj, finite = ids["conj"], (ids["VBD"], ids["VBZ"])
    bare, ccomp = ids["VB"], ids["ccomp"]
    return any(
        d == conj and tag[i] in finite and tag[head[i]] == bare and dep[head[i]] == ccomp
        for i, d in enumerate(dep)
    )


def participles_after_tags(ids: dict[str, int], cols: Cols) -> bool:
    """A participle and a tag hung on one verb (mend_participles_hung_on_quotations)."""
    _pos, tag, dep, head = cols
    advcl, gerund, parataxis = ids["advcl"], ids["VBG"], ids["parataxis"]
    tagged = {head[i] for i, d in enumerate(dep) if d == parataxis}
    hung = (advcl, ids["pcomp"])
    return any(
        d in hung and tag[i] == gerund and (head[i] in tagged or head[head[i]] in tagged)
        for i, d in enumerate(dep)
    )


def phrases_on_tags(ids: dict[str, int], cols: Cols) -> bool:
    """A phrase after a verb that a clause before it completes (mend_quoted_phrases_hung_on_tags)."""
    dep, head = cols[2], cols[3]
    ccomp, prep = ids["ccomp"], ids["prep"]
    told = {head[i] for i, d in enumerate(dep) if d == ccomp and i < head[i]}
    return any(d == prep and head[i] in told and i > head[i] for i, d in enumerate(dep))


def clauses_joined_to_reports(ids: dict[str, int], cols: Cols) -> bool:
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


def reports_as_adverbials(ids: dict[str, int], cols: Cols) -> bool:
    """An adverbial clause with a mark, after its head (mend_reports_read_as_adverbials)."""
    dep, head = cols[2], cols[3]
    advcl, mark = ids["advcl"], ids["mark"]
    late = {i for i, d in enumerate(dep) if d == advcl and head[i] < i}
    return any(d == mark and head[j] in late for j, d in enumerate(dep))


def pledges_on_phrases(ids: dict[str, int], cols: Cols) -> bool:
    """An infinitive on the noun of a phrase on a verb (mend_pledges_hung_on_phrases)."""
    _pos, tag, dep, head = cols
    on_noun = (ids["relcl"], ids["acl"])
    return any(
        d in on_noun and tag[i] == ids["VB"] and dep[head[i]] == ids["pobj"]
        for i, d in enumerate(dep)
    )


def reports_of_reports(ids: dict[str, int], cols: Cols) -> bool:
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


def appositions(ids: dict[str, int], cols: Cols) -> bool:
    """An apposition anywhere (mend_holders_read_as_appositions)."""
    return ids["appos"] in cols[2]


def participles_on_gerunds(ids: dict[str, int], cols: Cols) -> bool:
    """A participle clause hung on a preposition's gerund (mend_participles_hung_on_gerunds)."""
    _pos, tag, dep, head = cols
    advcl, gerund, pcomp = ids["advcl"], ids["VBG"], ids["pcomp"]
    return any(d == advcl and tag[i] == gerund and dep[head[i]] == pcomp for i, d in enumerate(dep))


def participles_in_object_clauses(ids: dict[str, int], cols: Cols) -> bool:
    """A participle clause and a relative clause or participle on a noun
    (mend_participles_hung_in_object_clauses)."""
    _pos, tag, dep, _head = cols
    advcl, gerund = ids["advcl"], ids["VBG"]
    return any(d in (ids["relcl"], ids["acl"]) for d in dep) and any(
        d == advcl and tag[i] == gerund for i, d in enumerate(dep)
    )


def split_subjects(ids: dict[str, int], cols: Cols) -> bool:
    """A verb set between commas after a fronted phrase: an apposition, a loose word or a second
    subject of one verb, with a clause after it (mend_subjects_split_by_tags)."""
    dep, head = cols[2], cols[3]
    fronted = (ids["appos"], ids["dep"], ids["npadvmod"])
    after = (ids["parataxis"], ids["ccomp"], ids["conj"])
    if not any(d in after for d in dep):
        return False
    subjects = [head[i] for i, d in enumerate(dep) if d == ids["nsubj"]]
    return any(d in fronted for d in dep) or len(subjects) > len(set(subjects))


def passives_without_agents(ids: dict[str, int], cols: Cols) -> bool:
    """A passive with no agent and a prepositional phrase (mend_agents_hung_on_times)."""
    dep = cols[2]
    return ids["auxpass"] in dep and ids["agent"] not in dep and ids["prep"] in dep


def agents_of_actives(ids: dict[str, int], cols: Cols) -> bool:
    """A by-agent on a verb with a subject of its own (mend_manner_by_phrases)."""
    dep, head = cols[2], cols[3]
    agents = {head[i] for i, d in enumerate(dep) if d == ids["agent"]}
    return any(d == ids["nsubj"] and head[i] in agents for i, d in enumerate(dep))


def clauses_after_demonstratives(ids: dict[str, int], cols: Cols) -> bool:
    """A clause after its verb whose only word before it hangs on it
    (mend_demonstratives_read_as_clauses)."""
    dep, head = cols[2], cols[3]
    clauses = (ids["ccomp"], ids["relcl"])
    return any(d in clauses and 0 < head[i] < i and head[i - 1] == i for i, d in enumerate(dep))


def participles_after_commas(ids: dict[str, int], cols: Cols) -> bool:
    """A past participle hung as an adverbial clause or a conjunct right after a punctuation mark
    (mend_document_participles)."""
    pos, tag, dep, _head = cols
    past, clauses, punct = (ids["VBN"], ids["VBD"]), (ids["advcl"], ids["conj"]), ids["PUNCT"]
    return any(
        t in past and dep[i] in clauses and pos[i - 1] == punct for i, t in enumerate(tag) if i
    )


def gerunds_on_verbs(ids: dict[str, int], cols: Cols) -> bool:
    """A present participle hung as an adverbial clause on a verb before it, not after a
    punctuation mark (mend_document_gerunds)."""
    pos, tag, dep, head = cols
    gerund, advcl, punct = ids["VBG"], ids["advcl"], ids["PUNCT"]
    return any(
        t == gerund and dep[i] == advcl and head[i] < i and pos[i - 1] != punct
        for i, t in enumerate(tag)
        if i
    )


def objects_after_infinitives(ids: dict[str, int], cols: Cols) -> bool:
    """A verb's object after its infinitive complement (mend_objects_split_from_lists)."""
    dep, head = cols[2], cols[3]
    xcomps: dict[int, int] = {}
    for i, d in enumerate(dep):
        if d == ids["xcomp"]:
            xcomps.setdefault(head[i], i)  # the first infinitive of each verb
    return any(d == ids["dobj"] and xcomps.get(head[i], i) < i for i, d in enumerate(dep))


def objects_past_reported_clauses(ids: dict[str, int], cols: Cols) -> bool:
    """An object of a verb that has a clause before it (mend_objects_past_inserted_adverbials)."""
    dep, head = cols[2], cols[3]
    clauses = {head[i]: i for i, d in enumerate(dep) if d == ids["ccomp"]}
    return any(d == ids["dobj"] and clauses.get(head[i], i) < i for i, d in enumerate(dep))


def counted_times(ids: dict[str, int], cols: Cols) -> bool:
    """A plural noun hung on a word as its measure (mend_objects_read_into_times)."""
    tag, dep = cols[1], cols[2]
    return any(d == ids["npadvmod"] and tag[i] == ids["NNS"] for i, d in enumerate(dep))


def plurals_before_prepositions(ids: dict[str, int], cols: Cols) -> bool:
    """A plural noun with its own preposition right after it (mend_prep_verbs_read_as_plurals)."""
    _pos, tag, dep, head = cols
    plural, prep = ids["NNS"], ids["prep"]
    return any(
        t == plural and dep[i + 1] == prep and head[i + 1] == i for i, t in enumerate(tag[:-1])
    )


def fronted_clauses(ids: dict[str, int], cols: Cols) -> bool:
    """A clause of the sentence's head before it (mend_clauses_joined_by_semicolons)."""
    dep, head = cols[2], cols[3]
    ccomp, root = ids["ccomp"], ids["ROOT"]
    return any(d == ccomp and i < head[i] and dep[head[i]] == root for i, d in enumerate(dep))


def adjectives_on_prepositions(ids: dict[str, int], cols: Cols) -> bool:
    """An adjective hung on a preposition, or before its noun's determiner ("rejected as baseless
    a complaint", "as unacceptable a list": mend_objects_after_as_predicates)."""
    tag, dep, head = cols[1], cols[2], cols[3]
    amod, prep = ids["amod"], ids["prep"]
    if any(d == amod and dep[head[i]] == prep for i, d in enumerate(dep)):
        return True
    dets = {head[j]: j for j, t in enumerate(tag) if t == ids["DT"]}  # "as unacceptable a list"
    return any(d == amod and i < dets.get(head[i], -1) for i, d in enumerate(dep))
