"""The attribute ruler's and the lemmatizer's answers, kept per (word, tag, dependency).

In the small English pipeline these two components took ~28 % of the parse (a token matcher of
179 patterns, then a rule lemmatizer in Python, for every token), while a news corpus repeats its
words: what they give a token (part of speech, morphology, lemma) depends only on what they read
of it. The ruler's one-token patterns read the word (``ORTH``, ``LOWER``, ``IS_SPACE``), its tag
and its dependency; the lemmatizer reads the word, and the part of speech and morphology the ruler
gave. So the answer for a token is a function of (orth, tag, dep), and is kept under that key.

The few patterns of several tokens ("gon na", "let 's") would make a token's answer depend on its
neighbour, and those of whitespace tokens also set the tag and the dependency: a sentence that
could match one (side by side, tokens that hold what each of the pattern's tokens requires) goes
through the real components. Keys not seen yet are learnt from the components run on a doc of
just those tokens, a batch's together. The ruler's patterns are read when the cache is made: one
that reads or sets anything else turns the cache off, so a new model cannot make it wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, cast

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch
from spacy.vocab import Vocab

#: What a pattern of several tokens requires of the token at each of its places, where it says
#: so plainly: the column ("lower" or "dep") and the values (hashes) one of which the token must
#: have, or ("regex", pattern) its lower-case word must match; None where it names nothing.
_Need = tuple[str, frozenset[int]] | tuple[str, re.Pattern[str]] | None
_Guard = tuple[_Need, ...]
#: Where each column of the keys read in ``_answer`` and ``_learn`` is.
_COLUMNS = {"orth": 0, "tag": 1, "dep": 2, "lower": 3}

#: What a one-token pattern may read for (orth, tag, dep) to decide it.
_KEYED = frozenset({"ORTH", "TEXT", "LOWER", "IS_SPACE", "TAG", "DEP"})
#: What the cache sets.
_KEPT = frozenset({"POS", "MORPH", "LEMMA"})
#: Bound on the kept answers (a key and its answer: ~380 bytes, so at most ~40 MB), so memory
#: stays flat (40 distinct news articles held 3,100 keys).
LIMIT = 100_000
#: The components answered for (loaded, disabled, and called on a cache miss).
NAMES = ("attribute_ruler", "lemmatizer")
FACTORY = "kg_token_attributes"


class TokenAttributes:
    """Sets POS, MORPH and LEMMA as the ruler and lemmatizer would, from answers already seen."""

    def __init__(self, nlp: Language) -> None:
        self._ruler = nlp.get_pipe("attribute_ruler")
        self._lemmatizer = nlp.get_pipe("lemmatizer")
        self._seen: dict[tuple[int, int, int], tuple[int, int, int]] = {}
        self._strings = nlp.vocab.strings
        ruler: Any = self._ruler  # (typed by spaCy as a plain pipe callable)
        self._guards, self.enabled = _guards(nlp, ruler.patterns)
        self.enabled &= getattr(self._lemmatizer, "mode", None) in ("rule", "lookup")
        self.hits = self.misses = 0  # sentences answered from the cache alone, and not

    def __call__(self, doc: Doc) -> Doc:
        return self._answer([doc])[0]

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """A batch's unseen keys are learnt together (one small doc), not a sentence at a time."""
        for batch in minibatch(docs, batch_size):
            yield from self._answer(batch)

    def _answer(self, docs: list[Doc]) -> list[Doc]:
        seen = self._seen
        plans: list[list[tuple[int, int, int]] | None] = []
        new: dict[tuple[int, int, int], None] = {}
        for doc in docs:
            keys = doc.to_array([ORTH, TAG, DEP, LOWER, IS_SPACE])
            keyed = (
                self.enabled
                and len(doc) > 0
                and not keys[:, 4].any()
                and not self._may_match_several(keys)
            )
            if not keyed:  # the components themselves
                self._lemmatizer(self._ruler(doc))
                plans.append(None)
                continue
            triples = [(a, b, c) for a, b, c in keys[:, :3].tolist()]
            unseen = [k for k in triples if k not in seen]
            new.update(dict.fromkeys(unseen))
            self.misses += bool(unseen)
            self.hits += not unseen
            plans.append(triples)
        learnt = self._learn(docs, list(new)) if new else {}
        for doc, plan in zip(docs, plans, strict=True):
            if plan is not None:
                rows = [seen.get(k) or learnt[k] for k in plan]
                doc.from_array([POS, MORPH, LEMMA], cast(Any, np.array(rows, dtype="uint64")))
        return docs

    def _learn(self, docs: list[Doc], new: list[tuple[int, int, int]]) -> dict:
        """The components' answers for unseen keys, from a doc of just those tokens (each with its
        tag and dependency): in a sentence no pattern of several tokens can match, a token's
        answer is its own, so the tokens need not stand where they stood. Should the words of
        several sentences together hold what such a pattern needs, each sentence is learnt from
        on its own."""
        part = self._part(docs[0].vocab, new)
        if self._may_match_several(part.to_array([ORTH, TAG, DEP, LOWER])):
            learnt: dict = {}
            for doc in docs:
                keys = map(tuple, doc.to_array([ORTH, TAG, DEP]).tolist())
                own = [k for k in dict.fromkeys(keys) if k in new and k not in learnt]
                if own:
                    learnt.update(self._learn([doc], own))
            return learnt
        answers = self._lemmatizer(self._ruler(part)).to_array([POS, MORPH, LEMMA]).tolist()
        learnt = dict(zip(new, map(tuple, answers), strict=True))
        if len(self._seen) < LIMIT:
            self._seen.update(learnt)
        return learnt

    @staticmethod
    def _part(vocab: Vocab, new: list[tuple[int, int, int]]) -> Doc:
        """A doc of one token for each key, with the key's tag and dependency."""
        part = Doc(vocab, words=[vocab.strings[k[0]] for k in new])
        part.from_array([TAG, DEP], cast(Any, np.array([k[1:] for k in new], dtype="uint64")))
        return part

    def _may_match_several(self, keys: np.ndarray) -> bool:
        """Whether some pattern of several tokens could match: side by side, tokens that hold one
        of the words or dependencies each place of the pattern requires. The words alone are
        tested first (the sentence holds each somewhere): most sentences stop there."""
        held = {"lower": set(keys[:, 3].tolist()), "dep": set(keys[:, 2].tolist())}
        rows: list[list[int]] | None = None
        for g in self._guards:
            if all(n is None or isinstance(n[1], re.Pattern) or n[1] & held[n[0]] for n in g):
                rows = keys.tolist() if rows is None else rows
                if any(self._matches_at(g, rows, i) for i in range(len(rows) - len(g) + 1)):
                    return True
        return False

    def _matches_at(self, guard: _Guard, rows: list[list[int]], at: int) -> bool:
        for place, need in enumerate(guard):
            row = rows[at + place]
            if need is None:
                continue
            column, values = need
            if isinstance(values, re.Pattern):
                if not values.search(self._strings[row[_COLUMNS["lower"]]]):
                    return False
            elif row[_COLUMNS[column]] not in values:
                return False
        return True


def _guards(nlp: Language, patterns: list[dict]) -> tuple[list[_Guard], bool]:
    """What the tokens at each place of the ruler's patterns of several tokens must hold for it to
    match, and whether the cache is sound: each pattern of several tokens is of fixed length (no
    operator) and names a word or a dependency at some place; each other pattern matches only
    whitespace, or reads only what the key holds and sets only what the cache keeps."""
    guards: list[_Guard] = []
    for entry in patterns:
        for pattern in entry["patterns"]:
            if not isinstance(pattern, str) and len(pattern) == 1 and pattern[0].get("IS_SPACE"):
                continue  # a sentence with a whitespace token is never answered from the cache
            if isinstance(pattern, str) or len(pattern) > 1:
                if isinstance(pattern, str) or any("OP" in spec for spec in pattern):
                    return [], False  # (its tokens' places are not fixed)
                guard = tuple(_needs(nlp, spec) for spec in pattern)
                if all(n is None for n in guard):
                    return [], False
                guards.append(guard)
            elif not set(pattern[0]) <= _KEYED or not set(entry["attrs"]) <= _KEPT:
                return [], False
    return guards, True


def _needs(nlp: Language, spec: dict) -> _Need:
    """The lower-case words or the dependencies (as hashes) one of which a token pattern requires,
    or the regular expression its lower-case word must match, if it names them plainly."""
    lower = spec.get("LOWER")
    if isinstance(lower, dict) and set(lower) == {"REGEX"} and isinstance(lower["REGEX"], str):
        return "regex", re.compile(lower["REGEX"])  # the matcher's REGEX: re.search on lower_
    for key, column in (("LOWER", "lower"), ("ORTH", "lower"), ("TEXT", "lower"), ("DEP", "dep")):
        value = spec.get(key)
        values = (
            [value]
            if isinstance(value, str)
            else (value or {}).get("IN")
            if isinstance(value, dict)
            else None
        )
        if values and all(isinstance(v, str) for v in values):
            norm = [v if column == "dep" else v.lower() for v in values]
            return column, frozenset(nlp.vocab.strings.add(v) for v in norm)
    return None


@Language.factory(FACTORY)
def _make(nlp: Language, name: str) -> TokenAttributes:
    return TokenAttributes(nlp)
