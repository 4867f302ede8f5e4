"""Datelines and credits of the main agencies, written for these tests in each agency's house style."""

from __future__ import annotations

import pytest

from kg.ingest.article import extract, parse

BODY = "\n\nThe ministry said on Monday that talks would go on.\n"


@pytest.mark.parametrize(
    ("lead", "dateline", "published", "publisher"),
    [
        (
            "SEOUL, South Korea, Jul. 14, 2020 (Yonhap) -- ",
            "SEOUL, South Korea, Jul. 14, 2020 (Yonhap) --",
            "2020-07-14",
            "Yonhap",
        ),
        (
            "BEIJING, Sept. 11, 2012 (Xinhua) -- ",
            "BEIJING, Sept. 11, 2012 (Xinhua) --",
            "2012-09-11",
            "Xinhua",
        ),
        ("MOSCOW, May 10, 2019. /TASS/. ", "MOSCOW, May 10, 2019. /TASS/.", "2019-05-10", "TASS"),
        ("Moscow, 22 March 2022 (AFP) - ", "Moscow, 22 March 2022 (AFP) -", "2022-03-22", "AFP"),
        (
            "GEORGETOWN, Guyana, Dec 5, 2023 (Reuters) - ",
            "GEORGETOWN, Guyana, Dec 5, 2023 (Reuters) -",
            "2023-12-05",
            "Reuters",
        ),
    ],
)
def test_a_dateline_gives_place_date_and_agency(lead, dateline, published, publisher):
    article = parse("Talks stall over islands\n\n" + lead + "Japan protested to Russia." + BODY)
    assert article.source.dateline == dateline
    assert article.source.published == published
    assert article.source.publisher == publisher
    assert (
        article.body[0].text == "Japan protested to Russia."
    )  # the dateline is not read for facts


def test_a_byline_and_the_wires_name_above_the_dateline_are_not_article_text():
    article = parse(
        "Talks stall\n\nBy Jane Doe\n\nReuters\n\nTOKYO, July 14, 2020 (Reuters) - Japan protested."
        + BODY
    )
    assert article.source.publisher == "Reuters" and article.source.published == "2020-07-14"
    assert [p.text for p in article.body][0] == "Japan protested."


@pytest.mark.parametrize(
    "first",
    [
        "Tokyo, May 3 is a holiday, officials said.",
        "Japan, China and Russia have all said the islands matter.",
    ],
)
def test_a_sentence_that_begins_with_a_place_and_a_comma_is_no_dateline(first):
    article = parse("Talks stall\n\n" + first + BODY)
    assert article.source.dateline is None and article.body[0].text == first


@pytest.mark.parametrize(
    ("lead", "city"),
    [
        ("MOSCOW, May 10, 2019. /TASS/. ", "city/moscow"),
        ("GEORGETOWN, Guyana, Dec 5, 2023 (Reuters) - ", "city/georgetown"),
        ("OTTAWA, June 14, 2022\n\n", "city/ottawa"),
        ("STANLEY, Falkland Islands, March 12, 2013\n\n", "city/stanley"),
    ],
)
def test_the_city_a_dateline_names_is_an_entity_of_the_article(lead, city):
    """The place the report was filed from is named by the article (a city, never the state whose
    capital it is: test_titles.py has it give no office its state)."""
    ex = extract(parse("Talks stall over islands\n\n" + lead + "Japan protested to Russia." + BODY))
    assert city in {e.key for e in ex.entities}


def test_a_town_the_gazetteer_does_not_know_is_a_place_of_the_article():
    """A dateline's capitals name where the report was filed, known or not (the gold names such
    towns: "MAE SOT, Thailand", "HILSA, Humla", "BREGENZ, Austria"); a date line names none."""
    ex = extract(parse("Talks stall\n\nNOWHERETOWN, June 14, 2022\n\nJapan protested to Russia."))
    assert [e.label for e in ex.entities if e.kind == "City"] == ["Nowheretown"]
    ex = extract(parse("Talks stall\n\nJune 14, 2022\n\nJapan protested to Russia."))
    assert not [e for e in ex.entities if e.kind == "City"]


@pytest.mark.parametrize(
    ("lead", "venue"),
    [
        ("LONDON (Reuters) - ", "city/london"),
        ("LONDON, May 5 (Reuters) - ", "city/london"),
        ("LONDON/BUENOS AIRES (Reuters) - ", None),
    ],
)
def test_a_meeting_of_the_day_is_held_in_the_dateline_city_with_or_without_a_comma(lead, venue):
    """Reuters writes "LONDON (Reuters) -" without a date: the city is the same one cut, in the
    meeting's venue as in the state whose capital it is (rules/venues.py, rules/actor_bodies.py).
    A report filed from two cities does not say in which they met."""
    text = (
        "Talks on the islands\n\n"
        + lead
        + "British Foreign Secretary David Cameron met Argentine Foreign Minister Diana Mondino"
        " on Tuesday to discuss the Falkland Islands.\n"
    )
    ex = extract(parse(text, name="test", published="2020-05-05"))
    meetings = [f for f in ex.facts if f.rel == "meeting"]
    assert [getattr(f.args.get("place"), "key", None) for f in meetings] == [venue]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("TOKYO, Nov. 24, 2026 (Kyodo) -- ", "state/japan"),
        ("BEIJING, Nov. 24, 2026 (Xinhua) -- ", "state/china"),
    ],
)
def test_an_unowned_government_speaks_for_the_dateline_capital_state(lead, speaker):
    """ "TOKYO (Kyodo) -- ..., the government said": the bureau's government, as an unowned
    ministry is (rules/actor_bodies.py), not the state a headline last made act."""
    text = (
        'Beijing says the atoll is "a rock"\n\n'
        + lead
        + "Japan has protested to China over a survey near Okinotori Island, the government said"
        " on Tuesday.\n"
    )
    ex = extract(parse(text, name="test", published="2026-11-24"))
    said = [
        f for f in ex.facts if f.rel == "statement" and "protested" in str(f.args["quote_start"])
    ]
    assert [f.args["speaker"].key for f in said] == [speaker]
