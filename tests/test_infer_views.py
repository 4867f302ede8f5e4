"""``kg infer`` never changes what a view, a statistic, an export or a question says.

The inferred graph is derived from the sources, not one of them: after ``kg infer`` every command
answers the first article as before it (issue 13, point 1).
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from first_article import ARTICLE

from kg import queries
from kg.cli import main

#: Parameters for the questions that need or take one.
_PARAMS = {
    "evidence": ["-p", "entity=Japan"],
    "claims": ["-p", "territory=Kuril Islands"],
    "timeline": ["-p", "territory=Kuril Islands"],
}
#: Every view and export, as a user runs them.
_COMMANDS = [
    ["stats"],
    ["stats", "--json"],
    ["sources"],
    ["viz", "-f", "dot"],
    ["viz", "-f", "graphml"],
    ["viz", "-f", "cytoscape"],
    ["timeline", "-f", "csv"],
    ["timeline", "-f", "csv", "--territory", "Kuril Islands"],
    ["path", "Japan", "Shikotan"],
    ["neighbours", "Japan", "--depth", "2"],
    ["export", "-f", "turtle"],
    ["export", "-f", "nquads"],
    ["export", "-f", "trig"],
    ["export", "-f", "jsonld"],
    ["validate"],
]


def _questions() -> list[list[str]]:
    found = []
    for q in queries.load_all():
        for fmt in ("table", "csv"):
            found.append(["query", q.name, "-f", fmt, *_PARAMS.get(q.name, [])])
    return found


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """Each command's output on the first article before and after ``kg infer``."""
    store = str(tmp_path_factory.mktemp("infer-views") / "store")
    runner = CliRunner()

    def run(args: list[str]) -> str:
        result = runner.invoke(main, [*args, "--store", store])
        assert result.exit_code == 0, (args, result.output)
        return result.output

    run(["build", str(ARTICLE)])
    commands = _COMMANDS + _questions()
    before = {tuple(c): run(c) for c in commands}
    assert int(run(["infer"]).split()[0]) > 0  # there are inferences to leak
    after = {tuple(c): run(c) for c in commands}
    return before, after


@pytest.mark.parametrize(
    "command",
    [tuple(c) for c in _COMMANDS + _questions() if c[1:2] != ["corroboration"]],
    ids=" ".join,
)
def test_infer_changes_no_answer(outputs, command):
    before, after = outputs
    assert after[command] == before[command]


def test_stats_counts_the_sources_not_the_inferred_graph(outputs):
    _, after = outputs
    assert after[("stats",)].startswith("1 sources,")
    assert "Event" not in after[("viz", "-f", "dot")]


def test_infer_changes_no_corroboration(outputs):
    before, after = outputs
    command = ("query", "corroboration", "-f", "csv")
    assert after[command] == before[command]
