"""The attribute ruler's and the lemmatizer's answers, kept per (word, tag, dependency).

In the small English pipeline these two components took ~28 % of the parse (a token matcher of
179 patterns, then a rule lemmatizer in Python, for every token), while a news corpus repeats its
words: what they give a token (part of speech, morphology, lemma) depends only on what they read
of it. The ruler's one-token patterns read the word (``ORTH``, ``LOWER``, ``IS_SPACE``), its tag
and its dependency; the lemmatizer reads the word, and the part of speech and morphology the ruler
gave. So the answer for a token is a function of (orth, tag, dep), and is kept under that key.

The few patterns of several tokens ("gon na", "let 's") would make a token's answer depend on its
neighbour, and those of whitespace tokens also set the tag and the dependency: a sentence holding
a word of the former or a whitespace token goes through the real components, as does a sentence
with a word not yet seen. The ruler's patterns are read when the cache is made: one that reads or
sets anything else turns the cache off, so a new model cannot make it wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: One requirement a pattern of several tokens puts on each of its tokens that names one plainly:
#: the column ("lower" or "dep") and the values (hashes) one of which some token must have.
_Guard = tuple[tuple[str, frozenset[int]], ...]

#: What a one-token pattern may read for (orth, tag, dep) to decide it.
_KEYED = frozenset({"ORTH", "TEXT", "LOWER", "IS_SPACE", "TAG", "DEP"})
#: What the cache sets.
_KEPT = frozenset({"POS", "MORPH", "LEMMA"})
#: Bound on the kept answers (a key and its answer: ~200 bytes), so memory stays flat.
LIMIT = 200_000
#: The components answered for (loaded, disabled, and called on a cache miss).
NAMES = ("attribute_ruler", "lemmatizer")
FACTORY = "kg_token_attributes"


class TokenAttributes:
    """Sets POS, MORPH and LEMMA as the ruler and lemmatizer would, from answers already seen."""

    def __init__(self, nlp: Language) -> None:
        self._ruler = nlp.get_pipe("attribute_ruler")
        self._lemmatizer = nlp.get_pipe("lemmatizer")
        self._seen: dict[tuple[int, int, int], tuple[int, int, int]] = {}
        self._guards, self.enabled = _guards(nlp, self._ruler.patterns)
        self.enabled &= self._lemmatizer.mode in ("rule", "lookup")
        self.hits = self.misses = 0  # sentences answered from the cache, and by the components

    def __call__(self, doc: Doc) -> Doc:
        keys = doc.to_array([ORTH, TAG, DEP, LOWER, IS_SPACE])
        keyed = (
            self.enabled
            and len(doc) > 0
            and not keys[:, 4].any()
            and not self._may_match_several(keys)
        )
        if keyed:
            rows = [self._seen.get(k) for k in map(tuple, keys[:, :3].tolist())]
            if None not in rows:
                doc.from_array([POS, MORPH, LEMMA], np.array(rows, dtype="uint64"))
                self.hits += 1
                return doc
        self._lemmatizer(self._ruler(doc))
        self.misses += 1
        if keyed and len(self._seen) < LIMIT:  # a sentence the key decides: its answers are kept
            answers = doc.to_array([POS, MORPH, LEMMA]).tolist()
            for key, answer in zip(map(tuple, keys[:, :3].tolist()), answers, strict=True):
                self._seen[key] = tuple(answer)
        return doc

    def _may_match_several(self, keys: np.ndarray) -> bool:
        """Whether some pattern of several tokens could match: the sentence holds one of the words
        or dependencies each of its tokens requires."""
        held = {"lower": set(keys[:, 3].tolist()), "dep": set(keys[:, 2].tolist())}
        return any(all(values & held[column] for column, values in g) for g in self._guards)


def _guards(nlp: Language, patterns: list[dict]) -> tuple[list[_Guard], bool]:
    """What a sentence must hold for each of the ruler's patterns of several tokens to match, and
    whether the cache is sound: each pattern of several tokens names words or dependencies that
    must be there; each other pattern matches only whitespace, or reads only what the key holds and
    sets only what the cache keeps."""
    guards: list[_Guard] = []
    for entry in patterns:
        for pattern in entry["patterns"]:
            if not isinstance(pattern, str) and len(pattern) == 1 and pattern[0].get("IS_SPACE"):
                continue  # a sentence with a whitespace token is never answered from the cache
            if isinstance(pattern, str) or len(pattern) > 1:
                needs = [] if isinstance(pattern, str) else [_needs(nlp, s) for s in pattern]
                guard = tuple(n for n in needs if n is not None)
                if not guard:
                    return [], False
                guards.append(guard)
            elif not set(pattern[0]) <= _KEYED or not set(entry["attrs"]) <= _KEPT:
                return [], False
    return guards, True


def _needs(nlp: Language, spec: dict) -> tuple[str, frozenset[int]] | None:
    """The lower-case words or the dependencies (as hashes) one of which a token pattern requires,
    if it names them plainly."""
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
