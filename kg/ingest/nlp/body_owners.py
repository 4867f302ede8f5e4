"""Whose a state's body is: the entity a state's described body becomes ("Azerbaijan's defence
ministry": one per state and body), the state a body's entry or name gives ("the Kremlin",
"Ministry of Foreign Affairs of South Korea": Russia, South Korea), and the state such a body acts
for. Split from kg.ingest.nlp.bodies, which finds the bodies a sentence names; the rules ask these
of bodies already found."""

from __future__ import annotations

from kg.gazetteer import Gazetteer
from kg.iris import entity_key
from kg.model import Arg, Entity


def demonyms_of(gz: Gazetteer, state_key: str) -> list[str]:
    """A state's demonyms as the gazetteer lists them ("Indian", "Indians"): the adjectives its
    bodies and zones are also called by."""
    return [d for d, k in gz.demonyms.items() if k == state_key]


def body_of(gz: Gazetteer, state: Entity, name: str, words: tuple[str, ...]) -> Entity:
    """The state's body: the gazetteer's entry where it knows one by such a description, else an
    entity named for the state (one per state and body, so two articles share it), also called
    by the state's adjectives."""
    for w in words:
        for owner in (f"{state.label}'s", *demonyms_of(gz, state.key)):
            for ref in gz.lookup(f"{owner} {w}"):
                if ref.entity.kind == "Organization":
                    return ref.entity
    label = f"{name} of {state.label}"
    demonyms = demonyms_of(gz, state.key)
    adjectives = [d for d in demonyms if not (d.endswith("s") and d[:-1] in demonyms)]
    return Entity(
        "Organization",
        entity_key("Organization", label),
        label,  # "the Azerbaijani defence ministry" is named so too, not only "Azerbaijan's"
        (f"{state.label}'s {words[0]}", *(f"{d.title()} {words[0]}" for d in adjectives)),
    )


def owner(gz: Gazetteer, body: Entity) -> Entity | None:
    """The state a body belongs to, as the gazetteer says ("the Kremlin": Russia) or its name does
    ("Russian Ministry of Foreign Affairs", "Ministry of Foreign Affairs of South Korea"): what
    "it" means where only a state can act."""
    said = seat_state(gz, body)
    if said is not None:
        return said
    words = body.label.split()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            state = gz.state_by_name(" ".join(words[i : i + size]))
            if state is not None:
                return state
    return None


def seat_state(gz: Gazetteer, body: Entity) -> Entity | None:
    """The state a seat of government stands for, as the gazetteer says ("the Kremlin": Russia):
    a party beside states ("the Kremlin and Tokyo agreed") is that state, where a body the
    gazetteer gives no state (a court, the EU) stays itself."""
    said = gz.body_state.get(body.key)
    return gz.get(said) if said is not None else None


def acting_state(gz: Gazetteer, args: dict[str, Arg]) -> dict[str, Arg]:
    """Where a state's stance is read (roles "state", "party") and a body may take one of its own
    (a court, a union), a body whose name names a state acts for it ("the Ministry of Foreign
    Affairs of South Korea rejected the claim": South Korea does)."""
    out = dict(args)
    for role in ("state", "party"):
        body = args.get(role)
        if isinstance(body, Entity) and body.kind == "Organization":
            out[role] = owner(gz, body) or body
    return out
