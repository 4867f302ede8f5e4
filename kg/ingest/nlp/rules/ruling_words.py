"""The document a court's verb alone tells of ("The court ruled on Monday that ..."), named as news
names it: the court's ruling of the day, also called by the words the article uses for a court's
decision ("Egypt hailed the award", "in a unanimous judgment of Nov. 17, 1953"): the nouns
``data/lexicon/documents.yaml`` gives the subclass ``Ruling``, read after a determiner.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.nlp.documents import nouns_of
from kg.iris import slugify
from kg.model import Entity


@lru_cache(maxsize=1)
def _calls() -> re.Pattern[str]:
    """A ruling noun after a determiner and at most one word ("the award", "a unanimous
    judgment", "its advisory opinion"); not "order", which news uses for much else."""
    nouns = sorted(nouns_of("Ruling"), key=len, reverse=True)
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns if n != "order")
    return re.compile(
        rf"\b(?:the|its|this|that|a|an)\s+(?:[a-z][\w-]*\s+)?(?P<noun>{alts})\b", re.IGNORECASE
    )


def ruling_doc(text: str, court: Entity, noun: str, date: str | None) -> Entity:
    """The court's ruling of ``date`` (``noun``: what the trigger calls it), with the article's
    own words for a court's decision as further names (after the first two, which
    rules/rulings.py ``minted_by`` reads)."""
    label = f"{court.label} {noun}" + (f" of {date}" if date else "")
    calls = dict.fromkeys(
        " ".join(m.group("noun").lower().split()) for m in _calls().finditer(text)
    )
    more = tuple(n for n in calls if n != noun)
    return Entity(
        "Document",
        "document/" + slugify(label),
        label,
        (noun, f"{court.label} {noun}", *more),
        "Ruling",
        date,
    )
