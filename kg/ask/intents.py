"""The rules ``kg ask`` maps questions by, read from ``data/ask/intents.yaml`` and checked.

The words that point to a competency question are data, beside the gazetteer, so that a reader can
see (and change) why a question was mapped the way it was; this module only reads and checks them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from kg import queries
from kg.errors import SourceError
from kg.paths import DATA_DIR, read_yaml

INTENTS_FILE = DATA_DIR / "ask" / "intents.yaml"
_POS = ("VERB", "NOUN", "ADJ", "ADV")


@dataclass(frozen=True)
class Cue:
    """A lemma (one word, or several in a row) that points to a question, with its weight."""

    lemmas: tuple[str, ...]
    weight: int
    pos: str | None = None  # only this part of speech counts (single words only)

    @property
    def text(self) -> str:
        return " ".join(self.lemmas) + (f"/{self.pos}" if self.pos else "")


@dataclass(frozen=True)
class Intent:
    """One competency question as ``kg ask`` recognises it."""

    query: queries.NamedQuery
    example: str
    cues: tuple[Cue, ...]

    @property
    def name(self) -> str:
        return self.query.name


@dataclass(frozen=True)
class Rules:
    intents: tuple[Intent, ...]
    threshold: int

    def vocabulary(self) -> frozenset[str]:
        """Every single-word cue: what a misspelt word is compared with."""
        return frozenset(c.lemmas[0] for i in self.intents for c in i.cues if len(c.lemmas) == 1)


@lru_cache(maxsize=4)
def load(path: Path = INTENTS_FILE) -> Rules:
    """The rules, with each intent tied to its catalogue query; a bad file is a SourceError."""
    try:
        data = read_yaml(Path(path))
    except (OSError, yaml.YAMLError) as exc:
        raise SourceError(str(path), f"cannot read the ask rules: {_first_line(exc)}") from None
    if not isinstance(data, dict) or not isinstance(data.get("intents"), dict):
        raise SourceError(str(path), "expected 'threshold:' and an 'intents:' mapping")
    catalogue = {q.name: q for q in queries.load_all()}
    intents = []
    for name, spec in data["intents"].items():
        if name not in catalogue:
            raise SourceError(
                str(path), f"intent {name!r} is not a query of the catalogue", hint="see kg queries"
            )
        if not isinstance(spec, dict) or not spec.get("example"):
            raise SourceError(str(path), f"intent {name!r} needs an 'example:'")
        cues = [_cue(path, name, k, w) for k, w in (spec.get("cues") or {}).items()]
        cues += [_cue(path, name, k, w) for k, w in (spec.get("phrases") or {}).items()]
        intents.append(Intent(catalogue[name], str(spec["example"]), tuple(cues)))
    return Rules(tuple(intents), int(data.get("threshold", 1)))


def _cue(path: Path, intent: str, key: object, weight: object) -> Cue:
    text, _, pos = str(key).partition("/")
    lemmas = tuple(text.lower().split())
    if not lemmas or not isinstance(weight, int) or (pos and pos not in _POS):
        raise SourceError(
            str(path),
            f"intent {intent!r}: bad cue {key!r}: {weight!r}",
            hint=f"write 'lemma: WEIGHT' or 'lemma/POS: WEIGHT' (POS one of "
            f"{', '.join(_POS)}), WEIGHT a whole number",
        )
    return Cue(lemmas, weight, pos or None)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
