"""The document nouns of data/lexicon/documents.yaml (an open set: treaty, minutes, order in
council, ...) and the ontology subclass each gives, read once for every reader: the mention
finder (documents), its label spellings (document_links) and the trigger classes whose nouns are
"documents" (triggers)."""

from __future__ import annotations

from functools import lru_cache

from kg.paths import DATA_DIR, read_yaml


@lru_cache(maxsize=1)
def document_nouns() -> dict[str, str | None]:
    """Document noun (lower case, single-spaced, in the file's order) -> ontology subclass (None:
    a plain document)."""
    data = read_yaml(DATA_DIR / "lexicon" / "documents.yaml")
    return {" ".join(str(k).lower().split()): v for k, v in data.items()}
