"""The land, the other side and the day of a rejection whose own words name none of them
(issue 12, rejects54).

Every sentence was written for this module. Six readings.

A rejection told by a bare reference in an article about one dispute ("China ... brushed the
protest aside", "Caracas does not accept the court's jurisdiction", "we cannot accept Seoul's
protest"): the words name no land, and news of a dispute tells such a rejection as a move in it.
Where the article tells the rejecter and its claimant in dispute over one land, that land is the
rejection's; where it names no claimant and the rejecter disputes that land with one other state
only, the rejected thing ("the award", "the request") is that state's, unless its words say whose
it is ("the court's jurisdiction"). No land where the two dispute several, and none for a
rejecter that is no side ("the Caribbean Community rejected the appointment").

A year that names a thing ("the 1899 award", "the 1951 treaty") is that thing's date, never the
day of a rejection or a protest of it, which comes later: "rejected that order, as it rejects
the 1899 award" is not dated 1899.

A rejection of a protest told without a day, in a report whose protest was made that day ("Japan
protested on Friday ... China brushed the protest aside"), is the day's news: it takes the day.

A dateline that gives the report's weekday before its date ("NAIROBI, Thursday January 15 (Nation)
-") is a dateline: the report is dated, its year the one whose January 15 is a Thursday, and the
date no longer stands in the lead sentence as the day of the deed its verb tells ("Kenya has
lodged a protest ..., the ministry said yesterday": yesterday).

"Last night" in a report is the evening before the report's day, as "yesterday" is ("in a
statement posted late last night, the minister rejected ...").

Not recognising a government ("has not recognised the Taliban government", "does not recognise
Dbeibah's government") withholds recognition from those who govern; it turns down no claim, so it
is no rejection, where not recognising a claim or a sovereignty still is."""

from __future__ import annotations

from helpers import facts, facts_by_label

from kg.ingest import article


def _read(text: str, published: str) -> list[dict[str, object]]:
    """Each rejection once (a fact read again in another sentence is more evidence)."""
    return facts_by_label(text, "rejectsClaim", published)


def _of(found: list[dict[str, object]], words: str) -> dict[str, object]:
    return next(f for f in found if words in str(f["what"]))


_SENKAKU = (
    "Japan and China both claim the Senkaku Islands, which Japan controls. Japan protested to "
    "China on Friday after a Chinese coast guard ship entered the waters near the islands. "
)


def test_protest_brushed_aside_takes_the_disputed_land_and_the_day() -> None:
    text = _SENKAKU + "China, which calls the islands Diaoyu, brushed the protest aside."
    f = _of(_read(text, "2026-11-20"), "protest")
    assert (f["state"], f["claimant"], f.get("territory")) == ("China", "Japan", "Senkaku Islands")
    assert f.get("date") == "2026-11-20"


def test_protest_rejected_in_a_quotation_after_a_named_year() -> None:
    text = (
        "South Korea controls the Liancourt Rocks, which Japan claims. On Sunday South Korea "
        'protested against the dispatch of a Japanese official to a ceremony. "We cannot accept '
        "South Korea's protest,\" the Japanese chief cabinet secretary said, adding that the 1951 "
        "peace treaty had not listed the islets."
    )
    f = _of(_read(text, "2026-02-22"), "protest")
    assert (f["state"], f["claimant"], f.get("territory")) == (
        "Japan",
        "South Korea",
        "Liancourt Rocks",
    )
    assert f.get("date") != "1951"


def test_award_is_the_other_sides_and_its_year_no_date() -> None:
    text = (
        "Venezuela claims the Essequibo region, which Guyana administers. Caracas rejected the "
        "court's order, as it rejects the 1899 award, insisting instead that the 1966 Geneva "
        "Agreement is the only valid basis for a settlement."
    )
    found = _read(text, "2026-11-27")
    award = _of(found, "1899 award")
    assert (award["state"], award.get("claimant"), award.get("territory")) == (
        "Venezuela",
        "Guyana",
        "Guayana Esequiba",
    )
    assert all(f.get("date") not in ("1899", "1966") for f in found)


def test_the_courts_jurisdiction_is_no_sides_own() -> None:
    text = (
        "Venezuela claims the Essequibo region, which Guyana administers. Venezuela said it does "
        "not recognise the court's jurisdiction over the case."
    )
    f = _of(_read(text, "2026-11-27"), "jurisdiction")
    assert f["state"] == "Venezuela"
    assert f.get("territory") == "Guayana Esequiba"
    assert "claimant" not in f


def test_no_land_where_the_two_dispute_several() -> None:
    text = (
        "China claims Arunachal Pradesh, which India administers, and India claims Aksai Chin, "
        "which China holds. India protested to China on Monday. China dismissed the protest."
    )
    f = _of(_read(text, "2026-10-22"), "protest")
    assert (f["state"], f["claimant"]) == ("China", "India")
    assert "territory" not in f


def test_a_body_of_no_side_takes_no_land() -> None:
    text = (
        "Venezuela claims the Essequibo region, which Guyana administers. Venezuela appointed a "
        "new governor on Thursday. The Caribbean Community rejected the appointment."
    )
    found = [f for f in _read(text, "2026-11-27") if f["state"] != "Guyana"]
    assert all("territory" not in f or f["state"] != "CARICOM" for f in found)


_NAIROBI = (
    "Kenya protests over flag on island\n\n"
    "NAIROBI, Thursday January 15 (Nation) - Kenya has lodged a formal protest with Uganda after "
    "Ugandan police hoisted their flag on Remba Island, the foreign ministry said yesterday.\n\n"
    "In a statement posted late last night, Uganda's foreign minister rejected what he called "
    "Nairobi's reading of the colonial boundary."
)


def test_dateline_with_a_weekday_dates_the_report_and_yesterday_the_protest() -> None:
    ex = article.extract(article.parse(_NAIROBI, name="test"))
    assert ex.source.published == "2026-01-15"
    protests = [f for f in ex.facts if f.rel == "protests" and f.args.get("subject")]
    assert [f.args.get("date") for f in protests] == ["2026-01-14"]


def test_last_night_is_the_day_before() -> None:
    found = [f for f in facts(_NAIROBI, published="2026-01-15") if f.rel == "rejectsClaim"]
    assert [f.args.get("date") for f in found if "reading" in str(f.args["what"])] == ["2026-01-14"]
    plain = "In a statement posted this morning, Uganda's foreign minister rejected Kenya's claim."
    assert all(
        f.args.get("date") != "2026-01-14"
        for f in facts(plain, published="2026-01-15")
        if f.rel == "rejectsClaim"
    )


def test_an_unrecognised_government_is_no_rejected_claim() -> None:
    text = (
        "Tajikistan has not recognised the Taliban government. The parliament in Tobruk does not "
        "recognise Dbeibah's government. Argentina does not recognise British sovereignty over "
        "the Falkland Islands."
    )
    found = _read(text, "2026-01-15")
    assert [(f["state"], f.get("claimant"), f.get("territory")) for f in found] == [
        ("Argentina", "United Kingdom", "Falkland Islands")
    ]
