"""A law that takes land in, told by a participle after a time phrase (issue 12, lands55b).

"The assembly passed a law in 2024 declaring X a state of Y": with a time phrase between the law
and the participle, the parser hangs "declaring" on "passed", so the assembly, not the law, was
read as declaring, and the incorporation had no document. A present participle without a subject
of its own, on a verb of enacting whose object is a document, describes the document
(grammar/enacting_participles.py). A participle set off by a comma ("passed the law, citing
security") is the body's, and stays on the verb.

Sentences written for these tests (other lands than the study articles but one).
"""

from __future__ import annotations

import pytest
from helpers import facts, find, label, shown

# (land, into, text)
ENACTED: list[tuple[str, str, str]] = [
    (
        "Guayana Esequiba",
        "Venezuela",
        "Its National Assembly passed a law in 2024 declaring Essequibo a Venezuelan state.",
    ),
    (
        "Crimea",
        "Russia",
        "The State Duma adopted a law on Friday incorporating Crimea into Russia.",
    ),
    (
        "Golan Heights",
        "Israel",
        "The Knesset passed a law in 1981 incorporating the Golan Heights into Israel.",
    ),
]


@pytest.mark.parametrize("land, into, text", ENACTED)
def test_a_law_enacted_then_told_by_a_participle_takes_land_in(land, into, text):
    found = facts(text)
    hits = [
        f
        for f in find(found, "incorporates")
        if label(f.args.get("territory")) == land and label(f.args.get("into")) == into
    ]
    assert hits and all(f.args.get("document") is not None for f in hits), shown(found)


def test_a_participle_set_off_by_a_comma_stays_the_bodys():
    found = facts("The parliament passed the law in March, citing the dispute over Crimea.")
    assert not find(found, "incorporates"), shown(found)
