"""Small helpers the test modules share, in one place so that no test module imports another.

Entities for hand-made extractions, the extractor run on a test sentence, the checks on the facts
it finds, RDF as an rdflib graph to compare by isomorphism, the queries that nest too deep; fixtures live in conftest.py, the first article's model in first_article.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg import facts as facts_format
from kg import iris
from kg.ingest import article
from kg.model import Entity, Extraction, Fact

#: Entity keys the rule tests look for (as ``kg.iris`` mints them from the gazetteer's names).
ARGENTINA, UK, FALKLANDS = "state/argentina", "state/united-kingdom", "territory/falkland-islands"
JAPAN, CHINA, RUSSIA, USSR = "state/japan", "state/china", "state/russia", "state/soviet-union"
SENKAKU, KURILS, SHIKOTAN = (
    "territory/senkaku-islands",
    "territory/kuril-islands",
    "territory/shikotan",
)
HABOMAI, KUNASHIR, ITURUP = "territory/habomai", "territory/kunashir", "territory/iturup"

#: The date the rule tests' sentences are published on (a Tuesday), for relative dates.
PUBLISHED = "2020-05-05"


def entity(
    kind: str, label: str, *aliases: str, subtype: str | None = None, date: str | None = None
) -> Entity:
    """An entity keyed as the extractor keys it, so hand-made and extracted facts share IRIs."""
    return Entity(kind, iris.entity_key(kind, label), label, aliases, subtype, date)


def facts(text: str, published: str = PUBLISHED) -> list[Fact]:
    """The facts the article extractor reads from ``text``, each evidence span checked."""
    ex = article.extract(article.parse(text, name="test", published=published))
    for f in ex.facts:
        assert text[f.evidence.start : f.evidence.end] == f.evidence.text
    return ex.facts


def entity_kinds(text: str, published: str = PUBLISHED) -> dict[str, str]:
    """The kind of each entity the article extractor reads from ``text``, by its label."""
    ex = article.extract(article.parse(text, name="test", published=published))
    return {e.label: e.kind for e in ex.entities}


def signings(text: str, published: str = PUBLISHED) -> list[tuple[set[str], str | None]]:
    """Each signing the extractor reads from ``text``: its parties' labels and its date."""
    return [
        (
            {e.label for e in f.args["parties"] if isinstance(e, Entity)},
            f.args.get("date"),  # type: ignore[misc]
        )
        for f in facts(text, published)
        if f.rel == "signed" and not f.negated
    ]


def arg_key(value: object) -> object:
    """A fact argument as compared: an entity by key, several entities as a set of keys."""
    if isinstance(value, Entity):
        return value.key
    if isinstance(value, tuple):
        return frozenset(v.key for v in value)
    return value


def find(found: list[Fact], rel: str, negated: bool = False, **want) -> list[Fact]:
    """Facts of ``rel`` whose arguments have these entity keys (a set for several) or texts; a
    signing wanted by its states alone is compared by its states (the officials who signed for
    them are its parties too)."""
    return [
        f
        for f in found
        if f.rel == rel
        and f.negated == negated
        and all(
            compared(f, k, v) == (frozenset(v) if isinstance(v, set) else v)
            for k, v in want.items()
        )
    ]


def compared(f: Fact, role: str, wanted: object) -> object:
    """A fact's argument as ``find`` compares it with ``wanted``."""
    value = arg_key(f.args.get(role))
    people = isinstance(wanted, set) and any(str(w).startswith("person/") for w in wanted)
    if f.rel == "signed" and isinstance(value, frozenset) and not people:
        return frozenset(k for k in value if not str(k).startswith("person/"))
    return value


def has(found: list[Fact], rel: str, negated: bool = False, **want) -> bool:
    """Whether ``find`` finds such a fact."""
    return bool(find(found, rel, negated, **want))


def none_told(text: str, rel: str, roles: dict) -> None:
    """Assert that ``text`` tells no affirmed ``rel`` with ``roles`` (no ``rel`` at all where
    ``roles`` is empty): the near-misses every battery checks."""
    found = [f for f in facts(text) if f.rel == rel and not f.negated]
    if roles:
        assert not has(found, rel, **roles), shown(found)
    else:
        assert not found, shown(found)


def shown(found: list[Fact]) -> list[tuple[str, dict]]:
    """Facts as a failing assertion shows them: relation and arguments by entity key."""
    return [(f.rel, {k: getattr(v, "key", v) for k, v in f.args.items()}) for f in found]


def rejections(text: str) -> list[tuple[str, str | None, str]]:
    """(rejecter label, claimant label or None, what) of each affirmed rejection."""
    out = []
    for f in facts(text):
        if f.rel != "rejectsClaim" or f.negated:
            continue
        state, claimant = f.args.get("state"), f.args.get("claimant")
        assert isinstance(state, Entity), shown([f])
        who = claimant.label if isinstance(claimant, Entity) else None
        out.append((state.label, who, str(f.args.get("what", ""))))
    return out


def facts_by_label(text: str, rel: str, published: str = PUBLISHED) -> list[dict[str, object]]:
    """Each fact of ``rel`` once, its entities by label (a fact read again in another sentence is
    more evidence, not another fact)."""
    found: list[dict[str, object]] = []
    for f in facts(text, published=published):
        args = {k: label(v) if hasattr(v, "label") else v for k, v in f.args.items()}
        if f.rel == rel and not f.negated and args not in found:
            found.append(args)
    return found


def label(value: object) -> str | None:
    """An argument's label, None where it is no entity (a text role, or absent)."""
    return value.label if isinstance(value, Entity) else None


def rejections_of_land(text: str, published: str = PUBLISHED) -> list[tuple[str, ...]]:
    """(rejecter, claimant or None, territory or None, what) of each affirmed rejection, by label."""
    return [
        (
            f.args["state"].label,
            label(f.args.get("claimant")),
            label(f.args.get("territory")),
            str(f.args.get("what")),
        )
        for f in facts(text, published=published)
        if f.rel == "rejectsClaim" and not f.negated
    ]


def adherence(text: str) -> set[tuple[str | None, str | None]]:
    """(party, document) of each affirmed adherence, by label."""
    return {
        (label(f.args.get("party")), label(f.args.get("document")))
        for f in facts(text)
        if f.rel == "adheresTo" and not f.negated
    }


def land_stance(found: list[Fact], rel: str, role: str, state: str, land: str) -> bool:
    """Whether an affirmed ``rel`` puts the state labelled ``state`` in ``role`` on ``land``."""
    return any(
        f.rel == rel
        and label(f.args.get(role)) == state
        and label(f.args.get("territory")) == land
        and not f.negated
        for f in found
    )


def promises(text: str) -> list[tuple[str | None, ...]]:
    """Each promised handover told as (document, territory, from, to, condition), by label."""
    return [
        (
            label(f.args.get("document")),
            label(f.args.get("territory")),
            label(f.args.get("from")),
            label(f.args.get("to")),
            f.args.get("condition"),
        )
        for f in facts(text)
        if f.rel == "promisesHandover" and not f.negated
    ]


def one(found: list[Fact], rel: str) -> Fact:
    """The only fact of ``rel`` (fails naming them when there are none or several)."""
    matching = [f for f in found if f.rel == rel]
    assert len(matching) == 1, matching
    return matching[0]


def statements(text: str) -> list[tuple[object, str]]:
    """(speaker key, or the set of keys of joint speakers; words) of each statement, once (a
    statement read twice is one, with more evidence)."""
    return list(
        dict.fromkeys(
            (arg_key(f.args["speaker"]), f.args["quote_start"])
            for f in facts(text)
            if f.rel == "statement"
        )
    )


def statement_labels(text: str) -> list[tuple[str, str]]:
    """(speaker label, words) of each statement; a joint speaker's labels joined by '+'."""
    out = []
    for f in facts(text):
        if f.rel != "statement":
            continue
        sp = f.args["speaker"]
        label = "+".join(x.label for x in sp) if isinstance(sp, (list, tuple)) else sp.label
        out.append((label, str(f.args.get("quote_start", ""))))
    return out


def speaker_labels(ex: Extraction) -> set[str]:
    """The labels of the single speakers of an extraction's statements."""
    return {
        v.label
        for f in ex.facts
        if f.rel == "statement"
        for v in [f.args.get("speaker")]
        if v is not None and hasattr(v, "label")
    }


#: A lone first line without a full stop is a headline: the speech batteries put one before each
#: text, so that their first sentence is read as body text.
HEADLINE = "Border row deepens\n\n"


def said_by(text: str, speaker: object, words: str) -> bool:
    """Whether ``speaker`` is credited with words that begin with ``words`` (as gold quote_start)."""
    return any(k == speaker and q.startswith(words) for k, q in statements(HEADLINE + text))


def speech_case(text: str, speaker: str, words: str, id: str, xfail: str | None = None):
    """A battery case: ``speaker`` says ``words`` in ``text`` (a strict xfail with its reason)."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, speaker, words, id=id, marks=marks)


def gold_score(extraction: Extraction, gold: Path, scorer: Path, workdir: Path) -> dict:
    """The shared scorer's summary (``strict`` and ``core`` precision, recall, F1) of what
    ``kg extract --format facts`` prints for ``extraction``, against a gold YAML file."""
    system = workdir / f"{gold.stem}.jsonl"
    system.write_text(
        "".join(line + "\n" for line in facts_format.lines(extraction)), encoding="utf-8"
    )
    done = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(system)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    summary["report"] = done.stdout
    return summary


def triples_graph(quads: Iterable[ox.Quad]) -> rdflib.Graph:
    """The triples of ``quads`` (graph names dropped) as an rdflib Graph, to compare as graphs."""
    data = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES) or b""
    return rdflib.Graph().parse(data=data.decode(), format="nt")


def deep_queries(n: int) -> dict[str, str]:
    """One query per construct pyoxigraph chains recursively, ``n`` ways (the stack guard's
    cases, refused by ``kg query`` and by ``kg serve``)."""
    p = "<http://example.org/p>"
    return {
        "or": "ASK { ?s ?p ?o FILTER(" + " || ".join(["?o"] * n) + ") }",
        "and": "ASK { ?s ?p ?o FILTER(" + " && ".join(["?o"] * n) + ") }",
        "plus": "ASK { ?s ?p ?o FILTER(" + " + ".join(["?o"] * n) + " > 1) }",
        "union": "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * n) + " }",
        "optional": "SELECT * WHERE { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o } " * n + "}",
        "minus": "SELECT * WHERE { ?s ?p ?o " + "MINUS { ?s ?p ?o } " * n + "}",
        "path": "SELECT * WHERE { ?s " + "/".join([p] * n) + " ?o }",
        "alternative": "SELECT * WHERE { ?s " + "|".join([p] * n) + " ?o }",
        "triples": "SELECT * WHERE { " + " . ".join(f"?s {p} ?o{i}" for i in range(n)) + " }",
        "objects": "SELECT * WHERE { ?s " + p + " " + ", ".join(["?o"] * n) + " }",
        "groups": "SELECT * WHERE " + "{" * n + " ?s ?p ?o " + "}" * n,
    }


def meetings_read(
    text: str, published: str = PUBLISHED
) -> list[tuple[set[str], str | None, str | None]]:
    """Each meeting read: its participants' labels, its place's label and its date."""
    out = []
    for f in facts(text, published):
        if f.rel != "meeting" or f.negated:
            continue
        who = f.args["participants"]
        place = f.args.get("place")
        out.append(
            (
                {e.label for e in who if isinstance(e, Entity)},  # type: ignore[union-attr]
                place.label if isinstance(place, Entity) else None,
                f.args.get("date"),  # type: ignore[misc]
            )
        )
    return out


def roles_read(text: str) -> dict[str, set[tuple[str, str]]]:
    """Each person's offices read: the role words and the label of whom the office is of."""
    out: dict[str, set[tuple[str, str]]] = {}
    for f in facts(text):
        if f.rel == "holdsRole":
            person, of = f.args["person"], f.args["of"]
            out.setdefault(person.label, set()).add((str(f.args["role"]), of.label))  # type: ignore[union-attr]
    return out


def published_read(text: str) -> str | None:
    """The publication date the ingester reads from an article's dateline."""
    return article.parse(text).source.published
