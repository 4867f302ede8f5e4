"""Near-duplicate sources: syndicated or re-headlined copies of one text, found with MinHash and
LSH (``datasketch``) so that corroboration counts a copied report once.

Each source's MinHash signature is kept in its own graph (``<source> dkg:minHash "..."``), written
in the same transaction as its facts, so a later build, on any store, compares a new source with
every source already there without reading their texts again; ``kg rm`` removes it with its
source. A copy is recorded in the copy's graph as ``<copy> dkg:nearDuplicateOf <original>``, where
the original is the first source of the group to be written (a group has one original: a copy of a
copy points to the first). Within a build sources are written in sorted order, serial or parallel,
so the same input gives the same triples.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache

import numpy as np
import pyoxigraph as ox
from datasketch import MinHash, MinHashLSH

from kg.model import Source
from kg.stores.base import GraphStore
from kg.vocab import DKG

#: Jaccard similarity of word 5-gram shingles (headline left out) above which two texts are one
#: report. A re-headlined copy of a 150-word article scores ~0.95; distinct articles on the same
#: talks, quoting the same statement, stay below 0.3 (tests/test_duplicates.py).
THRESHOLD = 0.7
_SHINGLE = 5
_PERMUTATIONS = 128
_SEED = 1
_SCHEME = "affine32"  # 32-bit values: 512 bytes a signature
_HEADER = f"{_SCHEME}:{_PERMUTATIONS}:{_SEED}:"
#: Fewer shingles than this (a table, a one-line record) and a source is never called a copy.
_MIN_SHINGLES = 20
_WORD = re.compile(r"\w+")

_SIGNATURES = """
SELECT ?source ?signature ?original WHERE {
  GRAPH ?source {
    ?source dkg:minHash ?signature .
    OPTIONAL { ?source dkg:nearDuplicateOf ?original }
  }
}
ORDER BY ?source
"""


def signature(source: Source) -> MinHash | None:
    """The MinHash of an article's text without its headline; None for a table or a text too
    short to tell a copy from a coincidence."""
    if source.kind == "Table":
        return None
    text = source.text
    if source.title:
        text = text.replace(source.title, " ", 1)
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}
    if len(shingles) < _MIN_SHINGLES:
        return None
    minhash = MinHash(
        num_perm=_PERMUTATIONS, seed=_SEED, scheme=_SCHEME, permutations=_permutations()
    )
    minhash.update_batch([s.encode("utf-8") for s in sorted(shingles)])
    return minhash


def encode(minhash: MinHash) -> str:
    """The signature as the text of a literal: its scheme, then its values in base64."""
    return _HEADER + base64.b64encode(minhash.hashvalues.astype("<u4").tobytes()).decode("ascii")


def decode(text: str) -> MinHash | None:
    """A signature from :func:`encode`; None for one made with other settings (not comparable)."""
    if not text.startswith(_HEADER):
        return None
    values = np.frombuffer(base64.b64decode(text[len(_HEADER) :]), dtype="<u4")
    return MinHash(
        seed=_SEED,
        hashvalues=values.astype(np.uint32),
        scheme=_SCHEME,
        permutations=_permutations(),
    )


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """The hash permutations of our settings, drawn once: datasketch draws them again from the
    seed for every MinHash made (a source's signature, and its decoding where it is written),
    ~0.5 ms each. Read-only, as every MinHash shares them."""
    permutations = MinHash(num_perm=_PERMUTATIONS, seed=_SEED, scheme=_SCHEME).permutations
    permutations.flags.writeable = False
    return permutations


class Index:
    """The signatures of the sources in a store, and each one's original (itself, or the source
    it copies), loaded once a build and kept up to date as the build writes."""

    def __init__(self, store: GraphStore) -> None:
        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=_PERMUTATIONS)
        self._signatures: dict[str, MinHash] = {}
        self._originals: dict[str, str] = {}
        for row in store.query(_SIGNATURES):
            minhash = decode(row["signature"].value)
            if minhash is not None:
                original = row["original"]
                self._add(
                    row["source"].value, minhash, original.value if original is not None else None
                )

    def original(self, graph: ox.NamedNode, minhash: MinHash | None) -> ox.NamedNode | None:
        """The original of the group ``graph``'s text belongs to, or None when it is the first of
        its text (or has no signature). Ties go to the most similar, then the smallest IRI."""
        if minhash is None:
            return None
        scored = set()
        for key in self._lsh.query(minhash):
            similarity = minhash.jaccard(self._signatures[key])
            root = self._originals[key]
            if key != graph.value and root != graph.value and similarity >= THRESHOLD:
                scored.add((-similarity, root))
        return ox.NamedNode(min(scored)[1]) if scored else None

    def record(
        self, graph: ox.NamedNode, minhash: MinHash | None, original: ox.NamedNode | None
    ) -> None:
        """Remember a source just written, so the next ones in the build are compared with it."""
        if minhash is not None:
            self._add(graph.value, minhash, original.value if original is not None else None)

    def _add(self, key: str, minhash: MinHash, original: str | None) -> None:
        if key in self._lsh:
            self._lsh.remove(key)
        self._lsh.insert(key, minhash)
        self._signatures[key] = minhash
        self._originals[key] = original or key


def quads(
    graph: ox.NamedNode, minhash: MinHash | None, original: ox.NamedNode | None
) -> list[ox.Quad]:
    """What a source's graph says of its text: its signature and the source it copies."""
    found = []
    if minhash is not None:
        found.append(ox.Quad(graph, DKG.minHash, ox.Literal(encode(minhash)), graph))
    if original is not None:
        found.append(ox.Quad(graph, DKG.nearDuplicateOf, original, graph))
    return found
