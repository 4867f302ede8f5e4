"""A post's portfolio names its subject, not whose office it is (issue 12).

"director general for Asian and Pacific affairs" was read as an office of the "Government of
Pacific Ocean": the title's "for" phrase was searched for an owner down its whole subtree, and the
lands that modify "affairs" (the regions a desk deals with) were taken for the body the post
serves. A portfolio ("... affairs") now gives no owner by its modifiers; its own "of" phrase still
does ("minister of foreign affairs of Russia"), and the state or body the text settles otherwise
is kept.

A Portuguese name joined by "do", "dos", "das" or "du" ("Bendito dos Santos Freitas") is one
name: the run of a name's words took these particles, but the check of each word did not, so the
name was cut at them into a person "Santos Freitas" and a stray "Bendito". The texts are written
for these tests.
"""

from __future__ import annotations

import pytest

from kg.ingest import article


def _roles(body: str, dateline: str) -> dict[str, str]:
    text = f"Eastland protests Westland border post\n\n{dateline}, March 3, 2026 - {body}\n"
    ex = article.extract(article.parse(text, name="test", published="2026-03-03"))
    return {
        f.args["person"].label: f.args["of"].label
        for f in ex.facts
        if f.rel == "holdsRole" and f.args.get("of") is not None
    }


@pytest.mark.parametrize(
    ("body", "dateline", "person", "owner"),
    [
        (
            "South Korea summoned a Japanese diplomat. Naoki Oka was called in by Yoon Ju-seok, "
            "director general for Asian and Pacific affairs, the ministry said.",
            "SEOUL",
            "Yoon Ju-seok",
            "South Korea",
        ),
        (
            "France protested on Monday. Marie Dupont, director for African and Indian Ocean "
            "affairs at the French foreign ministry, said the claim had no basis.",
            "PARIS",
            "Marie Dupont",
            "France",
        ),
        (
            "Ana Soto, special envoy for Antarctic affairs of Chile, said the claim stood.",
            "SANTIAGO",
            "Ana Soto",
            "Chile",
        ),
        (
            "Sergey Lavrov, the minister of foreign affairs of Russia, said the islands were "
            "Russian.",
            "MOSCOW",
            "Sergey Lavrov",
            "Russia",
        ),
    ],
)
def test_a_portfolio_names_no_owner(body, dateline, person, owner):
    roles = _roles(body, dateline)
    assert owner in roles.get(person, ""), roles


def test_the_lands_of_a_portfolio_are_no_government():
    roles = _roles(
        "Tomas Berg, deputy director for Arctic and North Atlantic affairs, said the patrols "
        "would go on.",
        "OSLOBURG",
    )
    assert not any("Government of" in of or "Ocean" in of for of in roles.values()), roles


def _people(body: str) -> set[str]:
    text = f"Eastland protests Westland border post\n\nDILI, March 3, 2026 - {body}\n"
    ex = article.extract(article.parse(text, name="test", published="2026-03-03"))
    return {e.label for e in ex.entities if e.kind == "Person"}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Foreign Minister Ana Reis and her counterpart, Joao dos Santos Pereira, said the "
            "teams would meet in February.",
            "Joao dos Santos Pereira",
        ),
        ("Maria das Dores Lopes, the envoy, said the line was settled.", "Maria das Dores Lopes"),
        (
            "The border was settled, Carlos do Rosario Sousa told reporters.",
            "Carlos do Rosario Sousa",
        ),
    ],
)
def test_a_name_particle_keeps_the_name_whole(body, name):
    assert name in _people(body), _people(body)


def test_a_lower_case_verb_between_names_joins_no_name():
    people = _people("Ana Reis said the talks would go on; Timor and Indonesia do not agree.")
    assert not any("Indonesia" in p for p in people), people
