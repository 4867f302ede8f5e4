"""Negation, modality and conditions read from the parse ("does not and will never recognise",
"would hand over", "only if"); the words that mark them are data (data/lexicon/mood.yaml). The
long reading of modality (``modal``: a plan or promise, not a deed) is grammar/modality.py."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.memo import kept
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token

MOOD_FILE = DATA_DIR / "lexicon" / "mood.yaml"


@dataclass(frozen=True)
class MoodWords:
    """The closed word classes of data/lexicon/mood.yaml (its comments say what each is)."""

    negators: frozenset[str]
    negated_adverbs: dict[str, frozenset[str]]
    cancelling: frozenset[str]
    cancelling_with: dict[str, frozenset[str]]
    modals: frozenset[str]
    possibility: frozenset[str]
    conditional: frozenset[str]
    #: temporal markers whose present-tense clause tells a time to come ("once X have ratified it")
    awaiting: frozenset[str]
    conditioned_modals: frozenset[str]
    prospective: frozenset[str]
    irrealis: frozenset[str]
    proposing: frozenset[str]
    wishing: frozenset[str]
    presupposing: frozenset[str]
    #: verbs of turning down a prior act ("rejected Japan's protest on Tuesday"): not its day
    answering: frozenset[str]
    statives: frozenset[str]
    standing: frozenset[str]
    ranks: frozenset[str]
    by_complements: frozenset[str]
    aspectual: frozenset[str]
    resultative: frozenset[str]
    viewing: frozenset[str]
    bygone_adverbs: frozenset[str]
    bygone_preps: frozenset[str]
    decided: dict[str, frozenset[str]]
    condition_marks: frozenset[str]
    condition_participles: frozenset[str]
    condition_adverbs: dict[str, frozenset[str]]
    condition_preps: dict[str, frozenset[str]]
    condition_words: dict[str, frozenset[str]]
    #: markers that keep a clause the parser made a conjunct a condition ("..., but only once ...")
    conjunct_marks: frozenset[str]
    inverting: frozenset[
        str
    ]  # auxiliaries that open a condition told by inversion ("Should X ...")


@lru_cache(maxsize=1)
def words() -> MoodWords:
    data = read_yaml(MOOD_FILE)
    cond = data["conditions"]

    def table(d: dict | None) -> dict[str, frozenset[str]]:
        return {str(k): frozenset(str(w) for w in v) for k, v in (d or {}).items()}

    return MoodWords(
        negators=frozenset(str(w) for w in data["negators"]),
        negated_adverbs=table(data.get("negated_adverbs")),
        cancelling=frozenset(data["cancelling"]),
        cancelling_with=table(data.get("cancelling_with")),
        modals=frozenset(str(w) for w in data["modals"]),
        possibility=frozenset(str(w) for w in data.get("possibility", ())),
        conditional=frozenset(str(w) for w in data.get("conditional", ())),
        awaiting=frozenset(str(w) for w in data.get("awaiting", ())),
        conditioned_modals=frozenset(str(w) for w in data.get("conditioned_modals", ())),
        prospective=frozenset(str(w) for w in data.get("prospective", ())),
        irrealis=frozenset(data["irrealis"]),
        proposing=frozenset(data["proposing"]),
        wishing=frozenset(data.get("wishing", ())),
        presupposing=frozenset(data.get("presupposing", ())),
        answering=frozenset(data.get("answering", ())),
        statives=frozenset(data.get("statives", ())),
        standing=frozenset(data.get("standing", ())),
        ranks=frozenset(data.get("ranks", ())),
        by_complements=frozenset(data.get("by_complements", ())),
        aspectual=frozenset(data.get("aspectual", ())),
        resultative=frozenset(data.get("resultative", ())),
        viewing=frozenset(data.get("viewing", ())),
        bygone_adverbs=frozenset(data.get("bygone_adverbs", ())),
        bygone_preps=frozenset(str(w) for w in data.get("bygone_preps", ())),
        decided=table(data.get("decided")),
        condition_marks=frozenset(cond["marks"]),
        condition_participles=frozenset(cond.get("participles", ())),
        condition_adverbs=table(cond.get("adverb_marks")),
        condition_preps=table(cond.get("prepositions")),
        condition_words=table(cond.get("words")),
        conjunct_marks=frozenset(str(w) for w in cond.get("conjunct_marks", ())),
        inverting=frozenset(str(w) for w in cond.get("inverted", ())),
    )


#: Markers of a conditional clause ("if", "once", ...), as rules name them beside the parse.
CONDITION_MARKS = words().condition_marks


def _negating(c: Token) -> bool:
    """A dependent that negates its head: "not", "never", "no", "no longer"."""
    w = words()
    if c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in w.negators):
        return True
    needs = w.negated_adverbs.get(c.lower_)
    return c.dep_ == "advmod" and needs is not None and any(g.lower_ in needs for g in c.children)


def _neither(t: Token) -> bool:
    """ "neither accepts nor recognises", "Neither China nor Japan": "neither" before the pair."""
    return any(ch.lower_ == "neither" and ch.dep_ in ("preconj", "det") for ch in t.children)


def _cancels(head: Token) -> bool:
    """A verb that cancels what it governs: "refused to", "has yet to"."""
    w = words()
    if head.lemma_ in w.cancelling:
        return True
    needs = w.cancelling_with.get(head.lemma_)
    return needs is not None and any(c.lower_ in needs for c in head.children)


def _own_tense(conj: Token) -> bool:
    """A conjoined verb with a tense of its own where the first verb takes an auxiliary ("has not
    given up X and says Y"): it shares no auxiliary, so no "not" with it ("did not sign or
    ratify" shares both)."""
    head = conj.head
    return (
        conj.tag_ in ("VBZ", "VBP", "VBD")
        and head.tag_ not in ("VBZ", "VBP", "VBD")
        and any(c.dep_ in ("aux", "auxpass") for c in head.children)
    )


@kept
def negated(t: Token) -> bool:
    """ "does not recognise", "never accepted", "refused to accept", "no claim"."""
    tok: Token | None = t
    for _ in range(4):
        if tok is None:
            return False
        subjects = (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass"))
        if any(_negating(c) for c in tok.children) or _neither(tok) or any(map(_neither, subjects)):
            return True
        if tok.dep_ == "pcomp" and tok.head.lower_ == "without":  # "without recognising it"
            return True
        if tok.dep_ in ("xcomp", "conj", "dobj", "pobj", "acomp") and tok.head != tok:
            # "acomp": "is not committed to it", the negation on the copula
            if tok.dep_ == "xcomp" and _cancels(tok.head):
                return True
            if tok.dep_ == "pobj":
                tok = tok.head.head if tok.head.dep_ == "prep" else None
                continue
            if tok.dep_ == "conj" and any(c.dep_ == "neg" for c in tok.children):
                return True
            if tok.dep_ == "conj" and _neither(tok.head):
                return True  # "neither rejected nor accepted": each denied, whatever its tense
            if tok.dep_ == "conj" and _own_tense(tok):
                return False  # "has not given up its claim and says ...": "not" is the first's
            tok = tok.head
            continue
        return False
    return False


def possible(t: Token) -> bool:
    """A stance told as a possibility, not taken: by an auxiliary of its own verb ("could claim",
    "should halt"), as what "would" be done on a condition ("would halt it if ..."), as a condition
    or an open question ("if Guatemala rejects the ruling", "whether it will
    reject"), as what its doer threatens, plans, is likely or is asked to do ("threatened to reject",
    "is likely to reject", "called on Belize to reject"), or as the second of "neither ... nor"."""
    w = words()
    if any(c.dep_ == "aux" and c.lower_ in w.possibility for c in t.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in w.conditional for c in t.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in w.conditioned_modals for c in t.children) and any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in w.conditional for m in c.children)
        for c in t.children
    ):
        return True  # "Riyadh would halt the work if a survey found ...": on a condition, not done
    if t.dep_ in ("xcomp", "acomp") and t.head.lemma_.lower() in w.prospective:
        return True
    if _asked_for(t, w):
        return True
    return t.dep_ == "conj" and any(
        c.dep_ == "preconj" and c.lower_ == "neither" for c in t.head.children
    )


def _asked_for(t: Token, w: MoodWords) -> bool:
    """An infinitive the parser hung as a purpose clause of a verb of asking ("appeal to the Duma
    to reject the ratification", "urged the council on Monday to reject it"): what is asked."""
    return (
        t.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        and t.head.lemma_.lower() in w.prospective & w.proposing
    )


def perfect(t: Token, past: bool = False) -> bool:
    """Told in the present perfect ("have agreed", "has taken effect"), or with ``past`` the past
    perfect too ("had ratified it"): a deed done before the words that report it."""
    tags = ("VBZ", "VBP", "VBD") if past else ("VBZ", "VBP")
    return any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in tags for c in t.children
    )


def wished(t: Token) -> bool:
    """Whether a clause is someone's wish, demand or offer rather than a promise made: governed
    by a verb or noun of wanting or asking ("wants Moscow to return", "the offer to return",
    "demanded that Russia hand back", "called for the return of") or told with "should" or
    "must"."""
    w = words()
    tok = t
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in w.wishing for c in tok.children):
            return True
        if tok.dep_ not in (
            *("xcomp", "ccomp", "acl", "advcl", "conj", "pcomp", "pobj", "prep", "dobj"),
            "nsubjpass",  # "the return of the islands is demanded"
        ):
            return False
        tok = tok.head
        if tok.lemma_.lower() in w.wishing:
            return True
    return False


def presupposed(t: Token) -> bool:
    """Whether ``t`` is what a verb of reaction reacts to ("protest against Managua's recognition
    of ...", "complained about the transfer"): an act already done, told in the verb's own clause
    but neither in its mood nor at its date."""
    return t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.lemma_ in words().presupposing


def ancestors_to_root(t: Token) -> Iterator[Token]:
    tok = t
    seen = 0
    while tok.head != tok and seen < 12:
        tok = tok.head
        seen += 1
        yield tok
