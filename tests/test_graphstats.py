"""Graph questions on the first article: stats, path with evidence, neighbours."""

from __future__ import annotations

import pytest
from first_article import build_store, extraction, second_extraction

from kg.errors import UsageError
from kg.graph.questions import neighbours, path, stats
from kg.graph.view import build_graph, evidence_index
from kg.vocab import ID

KONO, LAVROV, JAPAN = ID + "person/taro-kono", ID + "person/sergey-lavrov", ID + "state/japan"


@pytest.fixture(scope="module")
def store():
    return build_store(None)


@pytest.fixture(scope="module")
def G(store):
    return build_graph(store)


def _entities() -> set[str]:
    """The keys of the entities the store's facts name (a text argument is no entity)."""
    facts = extraction(extras=True).facts + second_extraction().facts
    values = [
        v
        for f in facts
        for arg in f.args.values()
        for v in (arg if isinstance(arg, tuple) else (arg,))
    ]
    return {v.key for v in values if hasattr(v, "key")}


def test_stats(G):
    s = stats(G, top=3)
    assert s["entities"] == len(_entities())
    assert (
        s["by_type"]["State"] == 4 and s["by_type"]["Meeting"] == 3
    )  # Moscow, February, Singapore
    assert s["by_type"]["Claim"] == 1  # binary facts (edges) are counted too
    assert s["most_connected"][0]["label"] == "Japan"
    assert s["sources_per_fact"] == {"1": s["facts"] - 1, "2": 1}


def test_path_through_a_meeting_has_its_evidence(G, store):
    steps = path(G, KONO, LAVROV, evidence_index(store))
    assert [s.relation for s in steps] == ["participant", "participant"]
    assert not steps[0].forward and steps[1].forward
    meeting = steps[0].fact  # one of their two meetings (February, Moscow)
    assert G.nodes[meeting]["type"] == "Meeting"
    assert steps[0].evidence == evidence_index(store)[meeting]
    assert len({r.source for r in steps[0].evidence}) == G.nodes[meeting]["sources"]


def test_path_to_an_island(G, store):
    steps = path(G, KONO, ID + "island/shikotan", evidence_index(store))
    assert steps[0].target == JAPAN and steps[-1].target == ID + "island/shikotan"
    assert all(s.evidence for s in steps)


def test_no_path(G, store):
    G2 = G.copy()
    G2.add_node("x", label="X", type="State", kind="State", category="entity")
    with pytest.raises(UsageError, match="not connected"):
        path(G2, KONO, "x", {})


def test_neighbours(G):
    rows = neighbours(G, KONO, 1)
    # the office's state, the meetings' place and partner (what he oversees is a text, no entity)
    assert [r["label"] for r in rows] == ["Japan", "Moscow", "Sergey Lavrov"]
    assert {r["via"] for r in rows if r["label"] == "Moscow"} == {
        "Sergey Lavrov and Taro Kono met in Moscow on 10 May 2019"
    }
    far = {r["label"] for r in neighbours(G, KONO, 2)}
    assert {"Russia", "Kuril Islands"} <= far


@pytest.mark.slow
def test_path_and_neighbours_are_the_same_whatever_the_hash_seed(store_dir):
    """Between equally short paths the choice must not fall by Python's hash seed."""
    import os
    import subprocess
    import sys

    answers = set()
    for seed in ("0", "1", "2", "3", "4"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = [sys.executable, "-m", "kg"]
        out = [
            subprocess.run(
                [*run, *args, "--store", store_dir], env=env, capture_output=True, text=True
            ).stdout
            for args in (
                ["path", "Lavrov", "Abe"],
                ["path", "Kono", "Shikotan"],
                ["neighbours", "Japan"],
            )
        ]
        assert all(out), out
        answers.add(tuple(out))
    assert len(answers) == 1
