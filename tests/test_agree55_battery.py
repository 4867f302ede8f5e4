"""A "since", "until" or "by" phrase of another word never dates the trigger's event (issue 12,
round 35, agree55).

"The two countries also agreed to reopen the border crossing at Leimus, closed since 2023, by the
end of August": the parser hangs "closed" on "agreed" as a clause of its own, and its "since 2023"
(or the deadline "by the end of August" it took along) was the nearest date, so the agreement was
dated 2023. A "since" phrase tells when a lasting state began, "until" when it ends, "by" a
deadline: none is the day of a deed told beside it, unless it is the trigger's own phrase ("talks
frozen since March 2022" dates the freezing). With them set aside, the agreement takes the day
the article gives it, as any undated agreement does.
Sentences written for these tests, in wire style, on disputes of several regions.
"""

from __future__ import annotations

from helpers import facts


def _rel(text, rel, published="2026-06-12"):
    return [f for f in facts(text, published) if f.rel == rel and not f.negated]


def _dates(got):
    return [f.args.get("date") for f in got]


def test_a_participle_since_beside_an_agreement_does_not_date_it():
    text = (
        "MANAGUA, June 12 (EFE) - Nicaragua and Honduras signed a border protocol in Managua on "
        "Tuesday.\n\nThe two countries also agreed to reopen the crossing at El Guasaule, closed "
        "since 2021, by the end of September."
    )
    got = _rel(text, "agreedTo")
    assert got and all("reopen" in str(f.args["what"]) for f in got)
    assert not any(str(d).startswith(("2021", "2025", "2026-09")) for d in _dates(got))


def test_a_relative_clause_since_inside_what_was_agreed():
    text = (
        "LIMA, June 12 (Reuters) - Peru and Bolivia on Wednesday agreed to monitor water quality in "
        "the Desaguadero basin, where farmers have reported dead livestock since last year."
    )
    got = _rel(text, "agreedTo")
    assert got and all(str(d).startswith("2026-06-10") for d in _dates(got))


def test_the_triggers_own_since_still_dates_it():
    text = (
        "TOKYO, June 12 (Kyodo) - Russia has frozen its talks with Japan on joint fishing since "
        "March 2022, citing sanctions."
    )
    got = _rel(text, "suspends")
    assert got and all(str(d).startswith("2022-03") for d in _dates(got))


def test_a_deadline_of_what_was_agreed_is_no_date_of_the_agreeing():
    text = (
        "ASTANA, June 12 (AP) - Kyrgyzstan and Tajikistan agreed in 2024 to mark the border in "
        "the Isfara valley, which had stayed open until 2022, by the end of 2027."
    )
    got = _rel(text, "agreedTo")
    assert got and all(str(d).startswith("2024") for d in _dates(got))
