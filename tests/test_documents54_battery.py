"""Documents issued, read from how news tells them (documents54).

1. The day a possessive's note was sent: "Jamaica's note, delivered on Friday to the Colombian
   ambassador" is issued on that Friday, not on the day of the reply the report leads with. A
   participle of sending on the document's name tells the day; one of another act does not.
2. A summary of talks and a body's conclusions are documents where a verb of issuing acts on them
   ("according to a summary of talks released by the Chinese foreign ministry on Thursday",
   "conclusions issued by the European Union"), as minutes and statements are; never alone ("the
   summary said", "in conclusion").

The texts are written for the test (other states, the participle before or after its place).
"""

from __future__ import annotations

import pytest

from kg.model import Entity
from tests.helpers import facts

_DAY = "2026-06-03"  # a Wednesday


def _issued(text: str) -> list[tuple[str, str, str | None]]:
    out = []
    for f in facts(text, _DAY):
        if f.rel != "issued" or f.negated:
            continue
        issuer, doc = f.args["issuer"], f.args["document"]
        assert isinstance(issuer, Entity) and isinstance(doc, Entity)
        out.append((issuer.label, doc.label, f.args.get("date")))  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize(
    "text",
    [
        "PANAMA CITY, June 3 (EFE) - Costa Rica on Tuesday rejected a diplomatic note in which "
        "Panama protested against a navy post. "
        "Panama's note, delivered on Friday to the Costa Rican ambassador by Foreign Minister "
        "Javier Martinez-Acha, described the post as illegal.",
        "SAN JOSE, June 3 (AP) - Costa Rica on Tuesday rejected a diplomatic note in which "
        "Panama protested against a navy post. Panama's note, delivered on Friday, called the "
        "post a breach of the 1941 treaty, Foreign Minister Arnoldo Andre said.",
    ],
)
def test_a_possessive_note_is_issued_on_the_day_it_was_delivered(text: str) -> None:
    assert any(i == "Panama" and "note" in d and t == "2026-05-29" for i, d, t in _issued(text)), (
        _issued(text)
    )


def test_a_participle_of_another_act_gives_no_issuing_day() -> None:
    text = (
        "PANAMA CITY, June 3 (EFE) - Panama's note, rejected by Costa Rica on Tuesday, described "
        "the post as illegal."
    )
    assert all(t != "2026-06-02" for i, _d, t in _issued(text) if i == "Panama")


@pytest.mark.parametrize(
    ("text", "issuer", "noun"),
    [
        (
            "HANOI, June 3 (AFP) - Vietnam will remove its buoys once the survey is over, "
            "according to a summary of talks released by the Vietnamese foreign ministry on "
            "Wednesday.",
            "Vietnam",
            "summary",
        ),
        (
            "PRISTINA, June 3 (AA) - Kosovo will reopen the crossing once peacekeepers take over, "
            "according to conclusions issued by the European Union after talks in Brussels.",
            "European Union",
            "conclusions",
        ),
    ],
)
def test_a_summary_or_conclusions_issued_by_a_body(text: str, issuer: str, noun: str) -> None:
    assert any(issuer in i and noun in d for i, d, _t in _issued(text)), _issued(text)


@pytest.mark.parametrize(
    "text",
    [
        "HANOI, June 3 (AFP) - The summary of the talks said the two sides would meet again.",
        "HANOI, June 3 (AFP) - In conclusion, the minister said Vietnam would keep its buoys.",
    ],
)
def test_no_summary_is_issued_without_a_verb_of_issuing(text: str) -> None:
    assert not [x for x in _issued(text) if "summary" in x[1] or "conclusion" in x[1]]
