"""A relative clause of time or place takes no gap from the noun it hangs on (issue 12, round 34,
suspends54b).

"Those negotiations have been frozen since March 2022, when Moscow pulled out of peace treaty
talks": the parser hangs "pulled" on "March 2022" as a relative clause, and a clause that hangs on
a noun and lacks an object (or leaves a preposition stranded: "the island they fought over") was
read as acting on that noun, so Russia suspended "March 2022". A clause opened by "when", "where"
or "why" has no such gap: the noun is its time or place, and what it acts on is its own phrase.
A relative clause with a gap ("the talks Seoul walked out of") still takes its noun.
Sentences written for these tests, in wire style, on disputes of several regions.
"""

from __future__ import annotations

from helpers import facts


def _suspends(text, published="2026-05-01"):
    return [f for f in facts(text, published) if f.rel == "suspends" and not f.negated]


def _whats(got):
    whats = [f.args["what"] for f in got]
    return [str(getattr(w, "label", w)) for w in whats]


def test_a_when_clause_on_a_date_suspends_its_own_phrase():
    text = (
        "TOKYO, May 1 (Kyodo) - Those negotiations have been frozen since March 2022, when Moscow "
        "pulled out of peace treaty talks in response to sanctions."
    )
    got = _suspends(text)
    assert _whats(got) and all("talks" in w and "2022" not in w for w in _whats(got))


def test_a_when_clause_walked_out_and_a_where_clause_halted():
    text = (
        "SEOUL, May 1 - The dispute flared in 2019, when Seoul walked out of the fisheries talks.\n\n"
        "Tensions rose at the Dokdo pier, where Japan halted the joint survey last spring."
    )
    whats = _whats(_suspends(text))
    assert any("talks" in w for w in whats)
    assert not any(w.startswith(("2019", "the Dokdo")) for w in whats)


def test_no_suspension_of_a_year_nor_a_place():
    text = (
        "BISHKEK, May 1 - The border stayed calm until June 2024, when Tajikistan stopped. "
        "The valley, where Kyrgyzstan halted, is disputed."
    )
    assert _suspends(text) == []
