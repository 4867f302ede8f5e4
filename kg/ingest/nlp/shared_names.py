"""Names several states share: "Korea" and "Korean" are North Korea's and South Korea's alike
(``shared`` and ``shared_demonyms`` in data/gazetteer/states.yaml).

No state is guessed for such a name: it stands for the one of its states that the sentence names
otherwise (by name, alias, demonym or capital: "Seoul insists Dokdo belongs to Korea"), else the
one the article does ("SEOUL ... the islets are Korean territory"). Where both or neither are
named, the mention stays, with no entity, so that no other reader takes the word for a new place.
The plural of a shared name ("the two Koreas agreed") names all the states that share it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from kg.gazetteer import Gazetteer, norm
from kg.ingest.nlp.mentions import Mention

#: How a settled mention is told: a shared name as a name, a shared demonym as a demonym.
_SETTLED = {"shared": "name", "shared-demonym": "demonym"}


def unsettled(m: Mention) -> bool:
    """A shared name no state was settled for: it gives way to a longer name the recogniser finds
    ("the Korean Maritime Institute")."""
    return m.how in _SETTLED and m.entity is None


def named_states(gz: Gazetteer, found: list[Mention]) -> set[str]:
    """The keys of the states the mentions name by a name of their own (not a shared one), a
    capital named as a place too ("SEOUL, July 12": South Korea)."""
    out = {m.entity.key for m in found if m.tag == "S" and m.entity and m.how not in _SETTLED}
    return out | {
        gz.capitals[m.entity.key] for m in found if m.entity and m.entity.key in gz.capitals
    }


def settle(
    gz: Gazetteer, found: list[Mention], in_article: Callable[[], set[str]]
) -> list[Mention]:
    """Each shared name of ``found`` as the state its sentence, else its article (the keys
    ``in_article`` gives, asked only where needed), settles; else with no entity."""
    if not any(m.how in _SETTLED or m.how == "shared-all" for m in found):
        return found
    here = named_states(gz, found)
    out = []
    for m in found:
        if m.how == "shared-all":  # "the two Koreas", "both Koreas": all the states sharing it
            members = tuple(e for k in gz.shared.get(norm(m.text), ()) if (e := gz.get(k)))
            out.append(replace(m, entity=None, members=members, how="pair"))
            continue
        states = set(gz.shared.get(norm(m.text), ())) if m.how in _SETTLED else set()
        if not states:
            out.append(m)
            continue
        told = states & here or states & in_article()
        entity = gz.get(next(iter(told))) if len(told) == 1 else None
        how = _SETTLED[m.how] if entity is not None else m.how
        out.append(replace(m, entity=entity, how=how))
    return out
