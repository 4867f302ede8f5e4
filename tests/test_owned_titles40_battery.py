"""A body's head word that titles an office ("Court President X") stands for the body named before
it, unless a possessive or a demonym names the office's own state first ("Finland's Defence
Minister X" after "the Russian Defence Ministry" is Finland's minister, not Russia's ministry's).
Seen in h46 and h283 (two batches); a plain misreading of whose office it is."""

from __future__ import annotations

import pytest
from helpers import facts

RUSSIAN_BODY = "The Russian Defence Ministry announced drills near the border on Tuesday. "


def _offices(text: str, person: str) -> set[str]:
    return {
        f.args["of"].label  # type: ignore[union-attr]
        for f in facts(text)
        if f.rel == "holdsRole" and f.args["person"].label == person  # type: ignore[union-attr]
    }


@pytest.mark.parametrize(
    "text",
    [
        RUSSIAN_BODY + "Finland's Defence Minister Antti Kaikkonen said the border was calm.",
        RUSSIAN_BODY + "The Finnish Defence Minister, Antti Kaikkonen, said the border was calm.",
        RUSSIAN_BODY + "The border was calm, Finnish Defence Minister Antti Kaikkonen said.",
    ],
)
def test_owner_named_before_the_head_word_gives_the_office(text: str) -> None:
    assert _offices(text, "Antti Kaikkonen") == {"Finland"}


def test_bare_head_word_still_titles_the_body_named_before() -> None:
    text = (
        "The International Court of Justice delivered its ruling on Monday. "
        "Court President Joan Donoghue read the judgment."
    )
    assert _offices(text, "Joan Donoghue") == {"International Court of Justice"}
