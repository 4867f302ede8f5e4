"""A rejection of "any" thing that names no one's claim is a principle, not a stance on a claim:
"Mexico rejects any presence of foreign troops on its soil", "will oppose any project that ignores
its rights", "rejects any attempt to reopen the boundary". No party made the thing and no land is
at stake, so nothing says whose claim, demand or act is turned down; where the text names one
("rejected any claim by Bolivia", "any claim to the atoll") the rejection stays, and so does one of
a thing that is asked of the rejecter ("has ruled out any talks on sovereignty": ``asked_things``,
data/lexicon/references.yaml)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from kg.ingest.nlp.rules.common import Collector

#: Determiners that make the thing rejected any of its kind, not one another made.
_ANY = frozenset({"any"})


@lru_cache(maxsize=1)
def _asked() -> frozenset[str]:
    """The things one side asks of another (talks, a handover, a claim)."""
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml")
    return frozenset(str(w) for w in data.get("asked_things", ()))


def drop_unowned(c: Collector) -> None:
    """Drop each rejection of "any" thing with neither a claimant nor a territory, once every
    claimant the article settles late is known (rules/rejected_things.py, said_settled), with the
    tellings of it again."""
    for f in c.of("rejectsClaim"):
        what = f.args.get("what")
        if not isinstance(what, str) or "claimant" in f.args or "territory" in f.args:
            continue
        words = [w.strip(".,;:'\"").lower() for w in what.split()]
        if words and words[0] in _ANY and not _asked() & set(words[1:3]):
            c.facts.remove(f)
            c.again[:] = [a for a in c.again if (a.rel, a.args) != (f.rel, f.args)]
