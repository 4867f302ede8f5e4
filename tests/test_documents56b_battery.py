"""Documents signed and issued, second pass of the thirty-sixth round: three readings news shares.

- A document named after its parties with a two-word state on one side ("the 1998 Japan-South
  Korea fisheries agreement"): the pieces between hyphens are read whole, longest name first, so
  "South Korea" is not "Korea" (which the gazetteer gives to the North).
- A signing participle set off by a comma after the document's topic phrase ("an agreement on the
  delimitation of their zones, signed in Rome on May 24, 2022"): the parse hangs it on the topic's
  last noun; a topic is not signed, so the day is the document's signing day.
- A note "from" a ministry that acts in its clause ("In March, a note from the ministry had made
  ...") or that the clause's deed is done in ("was conveyed on Monday in a note from ...") carries
  that clause's day, not only the year; a document reacted to keeps its own date. One side's "said
  in a statement" issues nothing (a joint statement read as issued by both was tried and dropped:
  the dev gold does not record the Chagos one).

Texts written for these tests, with other states, places and wordings than any article.
"""

from __future__ import annotations

from helpers import facts, none_told, shown, signings


def test_two_word_state_in_a_named_pair() -> None:
    text = (
        "The reef lies inside a zone set up under the 1998 Japan-South Korea fisheries agreement."
    )
    assert ({"Japan", "South Korea"}, "1998") in signings(text)
    text = "Officials said the 2001 South Korea-China fisheries accord would stay in force."
    assert ({"South Korea", "China"}, "2001") in signings(text)


def test_both_koreas_in_a_named_pair() -> None:
    text = "Under the 1953 North Korea-South Korea armistice pact, the line was drawn at sea."
    assert ({"North Korea", "South Korea"}, "1953") in signings(text)


def test_combining_forms_still_read() -> None:
    assert ({"United Kingdom", "France"}, "1904") in signings(
        "The 1904 Anglo-French agreement settled the matter of the coast."
    )


def test_signing_participle_after_the_topic() -> None:
    text = (
        "The reef lies on the line that Peru and Chile drew in a treaty on the limits of their "
        "sea zones, signed in Lima on March 3, 2011."
    )
    assert ({"Peru", "Chile"}, "2011-03-03") in signings(text)


def test_participle_of_a_topic_that_is_no_document() -> None:
    # Nothing names a signing here: a petition about a treaty is not the treaty.
    text = "Fishermen in Lima protested on Monday over the zones, waving banners."
    assert signings(text) == []


def test_one_sides_statement_issues_nothing() -> None:
    none_told(
        "NEW DELHI, May 5 (PTI) - Pakistan will observe the ceasefire, India said in a statement "
        "on Tuesday.",
        "issued",
        {},
    )


def test_note_from_a_ministry_dated_by_its_clause() -> None:
    text = (
        "QUITO, May 5 (EFE) - Ecuador will remove the camp, officials said. In March, a note from "
        "the Peruvian Foreign Ministry had made any future cooperation conditional on a joint study."
    )
    found = [f for f in facts(text) if f.rel == "issued"]
    assert [f.args.get("date") for f in found] == ["2020-03"], shown(found)


def test_note_conveyed_on_a_day() -> None:
    text = (
        "TOKYO, May 5 (Kyodo) - Russia has again refused the visits, Japan said. The refusal was "
        "conveyed to the Japanese Embassy in Moscow on Monday in a diplomatic note from the "
        "Russian Foreign Ministry."
    )
    found = [f for f in facts(text) if f.rel == "issued"]
    assert [f.args.get("date") for f in found] == ["2020-05-04"], shown(found)


def test_ruling_reacted_to_keeps_its_year() -> None:
    # The day is the welcoming's, not the ruling's.
    text = (
        "LIMA, May 5 (EFE) - Peru on Monday welcomed a 2019 ruling by the International Court of "
        "Justice on the sea border."
    )
    found = [f for f in facts(text) if f.rel == "issued"]
    assert all(f.args.get("date") != "2020-05-04" for f in found), shown(found)
