"""Rejections and protests, round 37: the land a rejection is about where the article tells no
dispute, the maker of a rejected or protested document named by a demonym ("a Russian government
decree", "a French decree"), the official who made a rejected statement, and whose a rejected bare
"the protest" is. Sentences written for the purpose, wire style, several regions."""

from __future__ import annotations

from tests.helpers import facts_by_label


def _one(text: str, rel: str) -> dict[str, object]:
    found = facts_by_label(text, rel, published="2026-10-07")
    assert len(found) == 1, found
    return found[0]


def test_land_from_the_one_claim_told() -> None:
    text = (
        "Spain claims Gibraltar, which it ceded to Britain in 1713. On Monday, Spain's foreign "
        "minister repeated Madrid's position on the Rock. Britain rejected Spain's position on Tuesday."
    )
    fact = _one(text, "rejectsClaim")
    assert (fact["state"], fact["claimant"], fact["territory"]) == (
        "United Kingdom",
        "Spain",
        "Gibraltar",
    )


def test_no_land_where_two_are_disputed() -> None:
    text = (
        "Chile and Argentina dispute the Laguna del Desierto and the Southern Patagonian Ice Field. "
        "Argentina on Monday rejected a Chilean note."
    )
    fact = _one(text, "rejectsClaim")
    assert fact["claimant"] == "Chile"
    assert "territory" not in fact


def test_demonym_before_the_body_that_made_the_decree() -> None:
    text = (
        "Ukraine on Monday rejected a Russian government decree requiring foreign ships to obtain "
        "permission before passing through the Kerch Strait."
    )
    fact = _one(text, "rejectsClaim")
    assert (fact["state"], fact["claimant"]) == ("Ukraine", "Russia")


def test_official_made_the_statement_not_the_clause_state() -> None:
    text = (
        "Syria on Thursday rejected a statement by Israeli Defence Minister Israel Katz that Israeli "
        "troops would stay on Mount Hermon."
    )
    assert _one(text, "rejectsClaim")["claimant"] == "Israel"
    text = (
        "Manila rejected remarks by Chinese Foreign Ministry spokesman Lin Jian that Chinese ships "
        "would keep patrolling Scarborough Shoal."
    )
    assert _one(text, "rejectsClaim")["claimant"] == "China"


def test_protest_against_a_document_a_demonym_names() -> None:
    text = (
        "Madagascar on Wednesday protested against a French decree extending a marine protected "
        "area around Bassas da India."
    )
    fact = _one(text, "protests")
    assert (fact["party"], fact["against"]) == ("Madagascar", "France")
    text = "Argentina lodged a protest over a British government decree on the islands."
    assert _one(text, "protests")["against"] == "United Kingdom"


def test_no_protest_against_no_one() -> None:
    assert facts_by_label("Namibia protested against the 1890 treaty.", "protests") == []


def test_negated_rejection_prints_nothing() -> None:
    text = "Britain did not reject the Spanish proposal on Gibraltar."
    assert facts_by_label(text, "rejectsClaim") == []


def test_bare_protest_named_by_its_maker() -> None:
    text = (
        "Kenya protested to Uganda on Monday over the setting up of a police camp on Migingo. "
        "Uganda rejected the protest on Tuesday."
    )
    fact = _one(text, "rejectsClaim")
    assert fact["claimant"] == "Kenya"
    assert str(fact["what"]).startswith("Kenya's protest (")
    text = (
        "Japan lodged a protest with China over the survey flight. Beijing dismissed the Japanese "
        "protest."
    )
    assert str(_one(text, "rejectsClaim")["what"]).startswith("the Japanese protest")


def test_object_after_a_fronted_as_predicate() -> None:
    text = (
        'Guyana on Tuesday rejected as "null and void" a Venezuelan decree that divides the '
        "Essequibo region into municipalities."
    )
    fact = _one(text, "rejectsClaim")
    assert (fact["state"], fact["claimant"]) == ("Guyana", "Venezuela")
    assert str(fact["what"]).startswith("a Venezuelan decree")
    text = (
        'Egypt on Wednesday rejected as "baseless" a fresh complaint by Sudan to the UN Security '
        "Council over the Halaib triangle."
    )
    assert _one(text, "rejectsClaim")["claimant"] == "Sudan"
    text = "India rejected as unacceptable a Chinese list of names for places in Arunachal Pradesh."
    fact = _one(text, "rejectsClaim")
    assert (fact["claimant"], fact["territory"]) == ("China", "Arunachal Pradesh")
    assert fact["what"] == "a Chinese list of names for places in Arunachal Pradesh"


def test_no_object_taken_after_a_plain_as() -> None:
    assert (
        facts_by_label("Britain described as a threat the Argentine claim.", "rejectsClaim") == []
    )
