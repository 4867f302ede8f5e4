"""Synthetic graphs in the ontology's real shape, for the benchmarks.

Each synthetic source is a :class:`kg.model.Extraction` (an article about one dispute of the
gazetteer, with its states, territories, officials, documents and a few facts of every relation,
each with evidence pointing at a real span of the source's text) mapped by the project's own
:func:`kg.mapping.extraction_quads`. So the graph has the shape the ingesters produce: one named
graph per source, fact nodes, evidence annotations, shortcuts, conditions. Seeded: same seed and
size, same bytes.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import iris
from kg.gazetteer import TERRITORY_KINDS, Gazetteer
from kg.gazetteer import load as load_gazetteer
from kg.mapping import extraction_quads
from kg.model import Entity, Evidence, Extraction, Fact, Source

#: Relative frequency of each relation, from the dev articles (statements and offices dominate;
#: handover provisions and withdrawn obligations are rare, which makes their queries selective).
WEIGHTS: dict[str, float] = {
    "statement": 30,
    "holdsRole": 20,
    "meeting": 6,
    "claims": 5,
    "controls": 5,
    "rejectsClaim": 4,
    "disputes": 4,
    "partOf": 3,
    "signed": 3,
    "agreedTo": 3,
    "assertsSovereignty": 2,
    "protests": 2,
    "oversees": 1.5,
    "conducts": 1.5,
    "handedOverTo": 1,
    "issued": 1,
    "recognizes": 1,
    "promisesHandover": 0.4,
    "conditionedOn": 0.3,
    "withdrewObligation": 0.2,
    "adheresTo": 0.5,
    "suspends": 0.5,
    "incorporates": 0.5,
    "obliges": 0.5,
    "successorOf": 0.3,
    "obstructs": 0.3,
}
OFFICES = (
    "president",
    "prime minister",
    "foreign minister",
    "defence minister",
    "ambassador",
    "deputy foreign minister",
    "spokesperson",
)
PUBLISHERS = ("TASS", "Reuters", "Kyodo", "AFP", "Xinhua", "AP", "BBC", "Al Jazeera")
_SYLLABLES = (
    "ka",
    "to",
    "mi",
    "ra",
    "sel",
    "van",
    "dor",
    "li",
    "ne",
    "os",
    "ta",
    "ber",
    "gu",
    "an",
    "ri",
    "vo",
    "sha",
    "en",
    "ko",
    "lu",
    "me",
    "zo",
    "pa",
    "dri",
)
_CONDITIONS = (
    "all foreign troops leave the islands",
    "a peace treaty is signed",
    "the foreign military bases are closed",
    "the parties agree on fishing rights",
)
_WORDS = (
    "we will never give up our land",
    "the talks were constructive",
    "sovereignty is not up for discussion",
    "we call for restraint",
    "the visit was a provocation",
    "dialogue remains the only way",
)


@dataclass(frozen=True)
class Dispute:
    territory: Entity
    holder: Entity
    claimants: tuple[Entity, ...]
    parts: tuple[Entity, ...]


class World:
    """The entities the synthetic sources talk about: the gazetteer's, plus minted people and
    documents whose number grows with the corpus (as a news corpus meets more officials)."""

    def __init__(self, gz: Gazetteer, rng: random.Random, n_sources: int) -> None:
        ents = gz.entities
        self.disputes: list[Dispute] = []
        for key in sorted(gz.claimants):
            t, h = ents.get(key), ents.get(gz.holder.get(key, ""))
            claimants = tuple(ents[c] for c in gz.claimants[key] if c in ents)
            if t is None or t.kind not in TERRITORY_KINDS or h is None or not claimants:
                continue
            parts = tuple(ents[p] for p in gz.parts.get(key, ()) if p in ents)
            self.disputes.append(Dispute(t, h, claimants, parts))
        self.part_of = sorted(
            (ents[p], ents[whole])
            for whole, parts in gz.parts.items()
            for p in parts
            if p in ents and whole in ents
        )
        self.cities = sorted((e for e in ents.values() if e.kind == "City"), key=lambda e: e.key)
        self.orgs = sorted(
            (e for e in ents.values() if e.kind == "Organization"), key=lambda e: e.key
        )
        states = sorted({s.key for d in self.disputes for s in (d.holder, *d.claimants)})
        n_people = max(3 * len(states), n_sources // 2)
        self.people: dict[str, list[tuple[Entity, str]]] = {s: [] for s in states}
        self.state_of: dict[str, Entity] = {}
        for i in range(n_people):
            name = f"{_name(rng)} {_name(rng)}".title()
            person = Entity("Person", iris.entity_key("Person", f"{name} {i}"), name)
            self.people[states[i % len(states)]].append((person, OFFICES[i % len(OFFICES)]))
            self.state_of[person.key] = ents[states[i % len(states)]]
        subtypes = ("Treaty", "JointDeclaration", "Memorandum", "Agreement", "Resolution", "Ruling")
        self.documents = [
            Entity(
                "Document",
                f"document/bench-{i}",
                f"{subtypes[i % 6]} of {self.cities[i % len(self.cities)].label} {1900 + i % 120}",
                subtype=subtypes[i % 6],
                date=f"{1900 + i % 120}-{1 + i % 12:02d}",
            )
            for i in range(max(20, n_sources // 10))
        ]
        self.processes = [
            Entity(
                "Process",
                f"process/bench-talks-{i}",
                f"talks on dispute {i}",
                subtype="Negotiation",
            )
            for i in range(len(self.disputes))
        ]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1945, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _args(rel: str, rng: random.Random, w: World, d: Dispute, di: int) -> dict:
    """Arguments for one fact of ``rel`` about dispute ``d`` (entities mostly from the dispute)."""
    states = (d.holder, *d.claimants)
    a, b = d.holder, rng.choice(d.claimants)
    terr = rng.choice(d.parts) if d.parts and rng.random() < 0.3 else d.territory
    person, office = rng.choice(w.people[rng.choice(states).key])
    doc = rng.choice(w.documents)
    talks = w.processes[di]
    date = _date(rng)
    match rel:
        case "holdsRole":
            return {"person": person, "role": office, "of": w.state_of[person.key]}
        case "claims":
            return {"claimant": b, "territory": terr}
        case "controls" | "assertsSovereignty":
            return {"state": a, "territory": terr}
        case "disputes":
            return {"parties": tuple(sorted((a, b))), "territory": d.territory}
        case "partOf":
            part, whole = (rng.choice(d.parts), d.territory) if d.parts else rng.choice(w.part_of)
            return {"part": part, "whole": whole}
        case "promisesHandover":
            return {
                "document": doc,
                "territory": terr,
                "from": a,
                "to": b,
                "condition": rng.choice(_CONDITIONS),
            }
        case "conditionedOn":
            return {
                "document": doc,
                "condition": rng.choice(_CONDITIONS),
                "what": f"the handover of {terr.label}",
            }
        case "handedOverTo":
            return {"territory": terr, "from": b, "to": a, "date": date[:4]}
        case "withdrewObligation":
            return {
                "state": a,
                "obligation": f"to hand over {terr.label}",
                "document": doc,
                "reason": rng.choice(w.documents),
                "date": date,
            }
        case "signed":
            return {"parties": tuple(sorted((a, b))), "document": doc, "date": date}
        case "issued":
            return {"issuer": a, "document": doc, "date": date}
        case "meeting":
            other = rng.choice(w.people[b.key])[0]
            return {
                "participants": tuple(sorted({person, other})),
                "place": rng.choice(w.cities),
                "date": date,
            }
        case "agreedTo":
            return {"parties": tuple(sorted((a, b))), "what": talks, "date": date}
        case "oversees" | "conducts":
            return {"person": person, "what": talks}
        case "statement":
            return {"speaker": person, "quote_start": rng.choice(_WORDS)}
        case "rejectsClaim":
            return {"state": a, "claimant": b, "territory": terr}
        case "adheresTo":
            return {"party": a, "document": doc}
        case "successorOf":
            return {"state": a, "predecessor": b}
        case "suspends":
            return {"party": b, "what": talks, "reason": "the visit of the president"}
        case "protests":
            return {"party": b, "against": a, "subject": f"the visit to {terr.label}", "date": date}
        case "recognizes":
            return {"party": rng.choice(w.orgs), "what": doc, "as": "binding"}
        case "incorporates":
            return {"document": doc, "territory": terr, "into": a, "date": date[:4]}
        case "obliges":
            return {"document": doc, "party": b, "action": "refrain from patrols"}
        case "obstructs":
            return {"territory": terr, "document": doc}
    raise ValueError(rel)


def _sentence(rel: str, args: dict) -> str:
    words = []
    for role in sorted(args):
        value = args[role]
        for v in value if isinstance(value, tuple) else (value,):
            words.append(v.label if isinstance(v, Entity) else str(v))
    return f"In a report on {rel}, " + ", ".join(words) + " were named."


def extraction(index: int, rng: random.Random, w: World, seed: int) -> Extraction:
    """One synthetic article: a dispute, a dateline, 6 to 14 facts with their sentences."""
    di = rng.randrange(len(w.disputes))
    d = w.disputes[di]
    key = f"bench-{seed}-{index:07d}"
    rels = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()), k=rng.randint(6, 14))
    sentences, facts = [], []
    offset = 0
    for rel in rels:
        args = _args(rel, rng, w, d, di)
        text = _sentence(rel, args)
        roll = rng.random()
        evidence = Evidence(
            key, offset, offset + len(text), text, f"bench-{rel}", 0.4 if roll < 0.05 else 0.9
        )
        reported = rng.choice(w.people[d.holder.key])[0] if rel == "claims" and roll > 0.9 else None
        facts.append(Fact(rel, args, evidence, negated=0.05 <= roll < 0.08, reported_by=reported))
        sentences.append(text)
        offset += len(text) + 1
    published = _date(rng)
    source = Source(
        key,
        "Article",
        title=f"{d.holder.label} and {d.claimants[0].label} on {d.territory.label} ({index})",
        publisher=PUBLISHERS[index % len(PUBLISHERS)],
        dateline=f"{rng.choice(w.cities).label.upper()}, {published}",
        published=published,
        url=f"https://news.example.org/{key}",
        path=f"bench/{key}.txt",
        text=" ".join(sentences),
    )
    return Extraction(source, [d.territory, *d.claimants, d.holder], facts)


def extractions(target_quads: int, seed: int = 1) -> Iterator[tuple[Extraction, list[ox.Quad]]]:
    """Synthetic extractions with their quads, until ``target_quads`` quads have been made."""
    rng = random.Random(seed)
    w = World(load_gazetteer(), rng, n_sources=max(1, target_quads // 200))
    made, index = 0, 0
    while made < target_quads:
        ex = extraction(index, rng, w, seed)
        quads = extraction_quads(ex)
        made += len(quads)
        index += 1
        yield ex, quads


def write_nquads(path: Path, target_quads: int, seed: int = 1) -> dict:
    """Write the graph as N-Quads (one source's graph after another); returns counts."""
    sources = quads = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    with tmp.open("wb") as fh:
        for _, qs in extractions(target_quads, seed):
            ox.serialize(qs, fh, format=ox.RdfFormat.N_QUADS)
            sources += 1
            quads += len(qs)
    tmp.replace(path)
    return {"sources": sources, "quads": quads, "bytes": path.stat().st_size}


def fixed_entities(seed: int = 1, target_quads: int = 10_000) -> dict[str, str]:
    """IRIs the parameterised queries are run with: a person (for ``evidence``), the territory
    and the holder of the first synthetic source's dispute."""
    rng = random.Random(seed)
    w = World(load_gazetteer(), rng, n_sources=max(1, target_quads // 200))
    ex = extraction(0, rng, w, seed)
    person = next(
        a for f in ex.facts for a in f.args.values() if isinstance(a, Entity) and a.kind == "Person"
    )
    territory, *_, holder = ex.entities
    return {
        "person": iris.entity_iri(person).value,
        "territory": iris.entity_iri(territory).value,
        "state": iris.entity_iri(holder).value,
    }
