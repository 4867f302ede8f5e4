"""The words of a question and the cues they match: lemmas from the project's spaCy pipeline,
misspellings by similarity (rapidfuzz), so "claimed", "claims" and "clams" all count as "claim"."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from kg.ask.intents import Cue, Rules

#: A word this long or longer may be a misspelt cue (shorter ones collide: "part", "post").
_FUZZY_MIN = 5
#: rapidfuzz ratio (0-100) a misspelt word needs to count for a cue.
_FUZZY_CUTOFF = 85


@dataclass(frozen=True)
class Word:
    text: str
    lemma: str  # lower case
    pos: str
    tag: str  # the fine-grained tag: VB (a bare verb), NN, NNS ...
    stop: bool
    start: int  # character offset in the question
    end: int

    @property
    def content(self) -> bool:
        """A word that may name something: not punctuation, not a function word."""
        return (
            not self.stop and self.pos not in ("PUNCT", "SPACE", "SYM") and self.text.strip() != ""
        )


@dataclass(frozen=True)
class Hit:
    """A cue matched by the words ``start``..``end`` (exclusive) of the question."""

    cue: Cue
    start: int
    end: int
    spelled: str  # the words as written (differs from the cue when misspelt or inflected)
    fuzzy: bool


def words(question: str) -> list[Word]:
    """The question's words with their lemmas (spaCy, loaded once per process)."""
    from kg.ingest.nlp.parse import parse_many  # (the model's BLAS held to one thread)

    return [
        Word(t.text, t.lemma_.lower(), t.pos_, t.tag_, t.is_stop, t.idx, t.idx + len(t.text))
        for t in parse_many([question])[0]
        if not t.is_space
    ]


def corrected(ws: list[Word], rules: Rules) -> list[str | None]:
    """For each word, the cue lemma it is a misspelling of, or None: only content words of
    ``_FUZZY_MIN`` letters or more that are no cue already are compared."""
    vocabulary = rules.vocabulary()
    out: list[str | None] = []
    for w in ws:
        if (
            not w.content
            or len(w.text) < _FUZZY_MIN
            or w.lemma in vocabulary
            or w.text.lower() in vocabulary
            or not w.text.isalpha()
        ):
            out.append(None)
            continue
        best = process.extractOne(
            w.text.lower(), vocabulary, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF
        )
        out.append(best[0] if best else None)
    return out


def hits(ws: list[Word], cues: tuple[Cue, ...], fixes: list[str | None]) -> list[Hit]:
    """The cues the words match: a single-word cue once per word, a phrase on consecutive words
    (each by its lemma or as written: spaCy lemmatises "me" to "I")."""
    found: list[Hit] = []
    for cue in cues:
        n = len(cue.lemmas)
        for i in range(len(ws) - n + 1):
            if n == 1:
                w, fix = ws[i], fixes[i]
                exact = cue.lemmas[0] in (w.lemma, w.text.lower())
                if not (exact or fix == cue.lemmas[0]):
                    continue
                if cue.pos and not _is(ws, i, cue.pos):
                    continue
                found.append(Hit(cue, i, i + 1, w.text, not exact))
            elif all(
                c in (w.lemma, w.text.lower())
                for c, w in zip(cue.lemmas, ws[i : i + n], strict=True)
            ):
                found.append(Hit(cue, i, i + n, " ".join(w.text for w in ws[i : i + n]), False))
    return found


def _is(ws: list[Word], i: int, pos: str) -> bool:
    """Word ``i`` is of part of speech ``pos``. The small model often tags the bare verb at the
    end of a do-question as a noun ("what did Kono state?", "did the USSR issue?"): a singular
    word after "do/did", not after a determiner or adjective, is taken for the verb it must be."""
    w = ws[i]
    if pos != "VERB":
        return w.pos == pos
    if w.pos in ("VERB", "AUX"):
        return True
    return (
        w.tag in ("NN", "VB", "VBP")
        and i > 0
        and any(x.lemma == "do" for x in ws[:i])
        and ws[i - 1].pos not in ("DET", "ADJ", "NUM", "ADP", "PRON")
    )


def score(found: list[Hit]) -> int:
    """The weight of the cues found, each cue counted once (a word repeated is no more evidence);
    of two cues on one lemma ('issue/VERB' and 'issue'), the heavier that matched."""
    best: dict[tuple[str, ...], int] = {}
    for h in found:
        best[h.cue.lemmas] = max(best.get(h.cue.lemmas, 0), h.cue.weight)
    return sum(best.values())
