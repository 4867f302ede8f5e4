"""Which documents can oblige a party: a treaty, a ruling, an order or a resolution binds its
parties; a note, a letter or a statement one side sends asks or protests and binds no one, so what
it "demands" or says another "should" do is no ``obliges`` (data/lexicon/references.yaml
``unbinding_documents``)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from kg.model import Arg, Entity
from kg.paths import DATA_DIR, read_yaml


@cache
def _unbinding() -> frozenset[str]:
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml")
    return frozenset(str(w).lower() for w in data.get("unbinding_documents", ()))


def _head(label: str) -> str:
    """The noun a document's label is named by ("diplomatic note of 2026": note)."""
    words = label.split(" of ")[0].split()
    return words[-1].lower() if words else ""


def unbinding(rel: str, args: Mapping[str, Arg | None]) -> bool:
    """Whether an ``obliges`` fact's document is one that binds no one."""
    doc = args.get("document")
    if rel != "obliges" or not isinstance(doc, Entity):
        return False
    head = _head(doc.label)
    return head in _unbinding() or head.removesuffix("s") in _unbinding()
