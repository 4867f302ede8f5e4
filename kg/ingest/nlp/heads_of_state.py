"""Whether an office can be of a state by its form: a monarch's of a monarchy, a president's of no
reigning monarchy (data/gazetteer/monarchies.yaml). Only an office whose state is guessed from the
sentences around it is checked (kg.ingest.nlp.rules.people): a title that names its state is
taken as written."""

from __future__ import annotations

from functools import lru_cache

from kg.ingest.nlp import lexicon
from kg.iris import entity_key
from kg.model import Entity
from kg.paths import GAZETTEER_DIR, read_yaml


@lru_cache(maxsize=1)
def _titles() -> dict[str, frozenset[str]]:
    """Each monarch's title a list of monarchies is given for -> those monarchies' keys."""
    data = read_yaml(GAZETTEER_DIR / "monarchies.yaml").get("monarch_titles") or {}
    return {t: frozenset(entity_key("State", n) for n in names) for t, names in data.items()}


@lru_cache(maxsize=1)
def _forms() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = read_yaml(GAZETTEER_DIR / "monarchies.yaml")

    def keys(names: list[str]) -> frozenset[str]:
        return frozenset(entity_key("State", n) for n in names)

    return (
        frozenset(data["monarch_offices"]),
        frozenset(data["president_offices"]),
        keys(data["reigning"]),
        keys(data["reigning"]) | keys(data["former"]),
    )


def fits(office: str | None, state: Entity) -> bool:
    """Whether ``office`` can be ``state``'s by the state's form ("king" of a monarchy); an
    international body's office (``body_offices`` of data/lexicon.yaml) is no state's."""
    monarchs, presidents, reigning, ever = _forms()
    if state.kind != "State" or office is None:
        return True
    if office in lexicon.load().body_offices:
        return False
    if office in monarchs:
        return state.key in _titles().get(office, ever)
    if office in presidents:
        return state.key not in reigning
    return True


def only_fitting(office: str | None, states: list[Entity]) -> Entity | None:
    """The one state of ``states`` (the two an article is about) whose monarch bears the title
    ``office`` ("Sultan Qaboos" in a story on Oman and the UAE: Oman's), for a title given its
    monarchies in data/gazetteer/monarchies.yaml; none for any other office."""
    if office not in _titles():
        return None
    fitting = [s for s in states if fits(office, s)]
    return fitting[0] if len(fitting) == 1 else None
