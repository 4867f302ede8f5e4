"""Battery for the day a lede told (rules/told_day.py): an undated deed the report goes on to tell
is of the day the lede gave, not of the dateline's; an older date told before is not carried."""

from __future__ import annotations

from tests.helpers import facts

WEDNESDAY = "2020-05-06"  # "on Tuesday" is 2020-05-05


def _dates(text: str, rel: str, published: str = WEDNESDAY) -> list[object]:
    return [f.args.get("date") for f in facts(text, published) if f.rel == rel and not f.negated]


def test_statement_issued_after_talks_the_lede_dated() -> None:
    text = (
        "MANILA, May 6 (Reuters) - The Philippines and Vietnam agreed on Tuesday to resume talks "
        "on their boundary in the South China Sea.\n\n"
        "In a joint statement issued after the meeting, Philippine Foreign Secretary Enrique Manalo "
        "and his Vietnamese counterpart, Bui Thanh Son, said experts "
        "would meet in Hanoi in July."
    )
    assert "2020-05-05" in _dates(text, "issued")
    assert WEDNESDAY not in _dates(text, "issued")


def test_old_date_before_is_not_carried() -> None:
    text = (
        "QUITO, May 6 (EFE) - Ecuador and Peru signed a border treaty in 1998.\n\n"
        "In a joint statement issued by the two governments, the ministers said the border "
        "commission would meet again."
    )
    assert _dates(text, "issued") == [WEDNESDAY, WEDNESDAY]  # the report's day, not 1998


def test_talks_earlier_in_the_day_are_of_the_lede_day() -> None:
    text = (
        "RABAT, May 6 (EFE) - Chile opened a consulate in Laayoune on Tuesday.\n\n"
        "The mission was inaugurated by Chilean Foreign Minister Ana Rojas and her Moroccan "
        "counterpart, Nasser Bourita, who earlier in the day held talks in the city."
    )
    assert "2020-05-05" in _dates(text, "meeting")
    assert WEDNESDAY not in _dates(text, "meeting")
