"""Near-duplicate sources: syndicated or re-headlined copies of one text, found with MinHash and
LSH so that corroboration counts a copied report once.

Each source's MinHash signature is kept in its own graph (``<source> dkg:minHash "..."``), written
in the same transaction as its facts, so a later build, on any store, compares a new source with
every source already there without reading their texts again; ``kg rm`` removes it with its
source. A copy is recorded in the copy's graph as ``<copy> dkg:nearDuplicateOf <original>``, where
the original is the first source of the group to be written (a group has one original: a copy of a
copy points to the first). Within a build sources are written in sorted order, serial or parallel,
so the same input gives the same triples.

The signatures are datasketch 2's "affine32" scheme (the name stored signatures carry), computed
here with numpy: importing datasketch imports ``scipy.integrate`` for its LSH's band sizes, ~0.4 s
of CPU in every process of a build for a few lines of arithmetic. tests/test_duplicates.py checks
the values, the bands and the candidates against datasketch's own.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import defaultdict
from functools import lru_cache

import numpy as np
import pyoxigraph as ox

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
#: The LSH's bands of rows: datasketch's optimum for THRESHOLD at 128 permutations, false
#: positives and negatives weighed alike (what ``MinHashLSH(threshold=0.7, num_perm=128)`` picks).
_BANDS, _ROWS = 14, 9
#: MurmurHash3's 32-bit finalizer, which the scheme applies to each SHA-1 value before permuting.
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


class MinHash:
    """A signature: the least permuted hash of the text's shingles under each permutation."""

    __slots__ = ("hashvalues",)

    def __init__(self, hashvalues: np.ndarray) -> None:
        self.hashvalues = hashvalues

    def jaccard(self, other: MinHash) -> float:
        """The estimated resemblance of the two texts: the share of equal values."""
        same = np.count_nonzero(self.hashvalues == other.hashvalues)
        return float(same) / float(len(self.hashvalues))

    def bands(self) -> list[bytes]:
        """The LSH's keys: two signatures are candidates when one band is the same."""
        return [self.hashvalues[i * _ROWS : (i + 1) * _ROWS].tobytes() for i in range(_BANDS)]


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
    hashes = np.array(
        [int.from_bytes(hashlib.sha1(s.encode("utf-8")).digest()[:4], "little") for s in shingles],
        dtype=np.uint32,
    ).reshape(-1, 1)
    s1, m1, s2, m2, s3 = _FMIX
    hashes = hashes ^ (hashes >> s1)
    hashes = hashes * m1
    hashes = hashes ^ (hashes >> s2)
    hashes = hashes * m2
    hashes = hashes ^ (hashes >> s3)
    a, b = _permutations()
    return MinHash((hashes * a + b).min(axis=0))  # uint32: the products wrap, as the scheme's do


def encode(minhash: MinHash) -> str:
    """The signature as the text of a literal: its scheme, then its values in base64."""
    return _HEADER + base64.b64encode(minhash.hashvalues.astype("<u4").tobytes()).decode("ascii")


def decode(text: str) -> MinHash | None:
    """A signature from :func:`encode`; None for one made with other settings (not comparable)."""
    if not text.startswith(_HEADER):
        return None
    values = np.frombuffer(base64.b64decode(text[len(_HEADER) :]), dtype="<u4")
    return MinHash(values.astype(np.uint32))


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """The scheme's affine permutations h -> a * h + b mod 2^32 (an odd ``a``: a bijection), drawn
    from the seed once. Read-only, as every signature shares them."""
    gen = np.random.RandomState(_SEED)
    a = gen.randint(0, 1 << 31, _PERMUTATIONS, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, _PERMUTATIONS, dtype=np.uint32)
    permutations = np.array([a, b])
    permutations.flags.writeable = False
    return permutations


class Index:
    """The signatures of the sources in a store, and each one's original (itself, or the source
    it copies), loaded once a build and kept up to date as the build writes."""

    def __init__(self, store: GraphStore) -> None:
        self._buckets: list[defaultdict[bytes, set[str]]] = [
            defaultdict(set) for _ in range(_BANDS)
        ]
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
        for key in self.candidates(minhash):
            similarity = minhash.jaccard(self._signatures[key])
            root = self._originals[key]
            if key != graph.value and root != graph.value and similarity >= THRESHOLD:
                scored.add((-similarity, root))
        return ox.NamedNode(min(scored)[1]) if scored else None

    def candidates(self, minhash: MinHash) -> set[str]:
        """The sources sharing a band with ``minhash`` (LSH): the only ones compared with it."""
        bands = zip(self._buckets, minhash.bands(), strict=True)
        return set().union(*(bucket.get(band, ()) for bucket, band in bands))

    def record(
        self, graph: ox.NamedNode, minhash: MinHash | None, original: ox.NamedNode | None
    ) -> None:
        """Remember a source just written, so the next ones in the build are compared with it."""
        if minhash is not None:
            self._add(graph.value, minhash, original.value if original is not None else None)

    def _add(self, key: str, minhash: MinHash, original: str | None) -> None:
        if (old := self._signatures.get(key)) is not None:
            for bucket, band in zip(self._buckets, old.bands(), strict=True):
                bucket[band].discard(key)
        for bucket, band in zip(self._buckets, minhash.bands(), strict=True):
            bucket[band].add(key)
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
