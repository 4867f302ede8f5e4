"""More relation rules on sentences written for these tests: group subjects, 'respectively' lists,
rejections, protests, rulings, borders as territories, offices whose state the title leaves out."""

from __future__ import annotations

from helpers import facts, has

from kg.ingest import article


def test_respectively_gives_each_counterpart_their_state():
    found = facts(
        "PARIS, May 4 — Spanish foreign minister Ana Ruiz and her Italian, Greek and Portuguese counterparts, "
        "Marco Bellini, Yannis Petrakis and Joao Costa, respectively, gathered in Madrid on Monday."
    )
    assert has(
        found, "holdsRole", person="person/marco-bellini", role="foreign minister", of="state/italy"
    )
    assert has(
        found,
        "holdsRole",
        person="person/yannis-petrakis",
        role="foreign minister",
        of="state/greece",
    )
    assert has(
        found, "holdsRole", person="person/joao-costa", role="foreign minister", of="state/portugal"
    )


def test_they_concluded_null_and_void_is_each_participants_rejection():
    found = facts(
        "Indian foreign minister Ravi Kumar and his Japanese counterpart, Ken Sato, met in Delhi on Monday. "
        'They concluded that the accord between China and Pakistan is "null and void".'
    )
    assert has(found, "rejectsClaim", state="state/india", claimant="state/china")
    assert has(found, "rejectsClaim", state="state/japan", claimant="state/china")


def test_the_ministers_agreed_takes_the_meetings_participants_and_date():
    found = facts(
        "Chilean foreign minister Ana Soto and her Peruvian counterpart, Luis Vega, met in Lima on Monday. "
        "The ministers agreed to hold another round of talks in June."
    )
    agreed = [f for f in found if f.rel == "agreedTo"]
    assert agreed and {p.key for p in agreed[0].args["parties"]} == {
        "person/ana-soto",
        "person/luis-vega",
        "state/chile",  # the states the two ministers bind
        "state/peru",
    }
    assert agreed[0].args["date"] == "2020-05-04"


def test_a_border_between_two_states_is_a_territory_and_the_border_refers_back():
    found = facts(
        "Tensions rose along the border between Kyrgyzstan and Tajikistan on Monday. "
        "Kazakhstan rejects the use of force to change the border."
    )
    border = "territory/kyrgyzstan-tajikistan-border"
    assert has(found, "rejectsClaim", state="state/kazakhstan", territory=border)


def test_sovereign_territory_belongs_to_its_state():
    found = facts("Germany condemns the attempt to annex sovereign Georgian territory.")
    assert has(found, "partOf", part="territory/georgia-territory", whole="state/georgia")


def test_calling_on_a_state_to_end_its_actions_rejects_them():
    found = facts("Vietnam called on China to end its construction work on the Paracel Islands.")
    assert has(found, "rejectsClaim", state="state/vietnam", claimant="state/china")


def test_an_ambassador_summoned_to_hear_a_protest():
    found = facts(
        "The South Korean ambassador was summoned on Monday to hear Japan's strong protest."
    )
    assert has(found, "protests", party="state/japan", against="state/south-korea")


def test_a_court_that_rules_issues_a_ruling_and_a_dispute_with_names_the_parties():
    found = facts(
        "The International Court of Justice ruled on Monday that Belize owns the Sapodilla Cayes "
        "in a territorial dispute with Honduras."
    )
    rulings = [f for f in found if f.rel == "issued"]
    assert (
        rulings and rulings[0].args["issuer"].key == "organization/international-court-of-justice"
    )
    assert (
        rulings[0].args["document"].subtype == "Ruling" and rulings[0].args["date"] == "2020-05-04"
    )
    assert any(
        f.rel == "disputes"
        and {p.key for p in f.args["parties"]} == {"state/belize", "state/honduras"}
        for f in found
    )


def test_is_the_first_demonym_leader_gives_the_office_its_state():
    found = facts(
        "TOKYO, May 5 — President Ivan Petrov visited Iturup on Monday. He is the first Russian leader to go there."
    )
    assert has(found, "holdsRole", person="person/ivan-petrov", role="president", of="state/russia")


def test_assert_demonym_sovereignty_over_the_islands_in_the_sentence():
    found = facts(
        "Two Chinese coast guard ships sailed near the Senkaku Islands to assert Chinese sovereignty."
    )
    assert has(
        found, "assertsSovereignty", state="state/china", territory="territory/senkaku-islands"
    )


def test_coordinated_speech_verb_is_a_statement():
    found = facts(
        "Norwegian Foreign Minister Eva Lund welcomed the vote and said all parties should respect it."
    )
    assert any(f.rel == "statement" and f.args["speaker"].key == "person/eva-lund" for f in found)


def test_a_statement_titles_author_is_the_name_after_the_titles():
    parsed = article.parse(
        "Statement by National Security Council Spokesperson Jane Doe on the Border\n2021-04-08\n\n"
        "The United States welcomes the talks between the two sides and urges calm."
    )
    assert parsed.byline == ("Jane Doe", "National Security Council Spokesperson")


def test_a_place_name_used_as_a_modifier_is_not_the_place():
    found = facts(
        "China claims the uninhabited East China Sea islands, which Japan calls the Senkaku."
    )
    assert not any(
        f.args.get("territory") and f.args["territory"].key == "territory/east-china-sea"
        for f in found
    )
    assert has(found, "claims", claimant="state/china", territory="territory/senkaku-islands")


def test_a_fact_inside_reported_speech_is_the_speakers_view():
    found = facts(
        "Foreign Minister Wang Yi said that Japan illegally controls the Senkaku Islands."
    )
    control = [f for f in found if f.rel == "controls"]
    assert control and control[0].reported_by is not None
    assert control[0].reported_by.key == "person/wang-yi"


def test_the_outlets_own_fact_is_not_reported_by_anyone():
    found = facts("Japan controls the Senkaku Islands.")
    control = [f for f in found if f.rel == "controls"]
    assert control and control[0].reported_by is None


def _rejecters(found) -> set[str]:
    return {f.args["state"].key for f in found if f.rel == "rejectsClaim" and "state" in f.args}


def test_who_is_rallied_to_denounce_is_the_one_who_denounces():
    # object control ("rally X to do"): the rallied do the denouncing, not the rallier
    assert "state/canada" in _rejecters(
        facts("Britain rallied Canada to condemn the seizure of the islets.")
    )
    for text in (
        "Britain rallied Canada to condemn the seizure of the islets.",
        "France will rally the other European governments to denounce the annexation of the islands.",
        "Germany mobilised the other members of the union to both condemn these moves and to act.",
    ):
        assert not {"state/britain", "state/united-kingdom", "state/france", "state/germany"} & (
            _rejecters(facts(text))
        ), text
    # the verb's own subject still rejects where nobody is rallied
    assert "state/france" in _rejecters(
        facts("France will denounce the annexation of the islands.")
    )


def test_a_subjectless_without_clause_before_an_impersonal_it_rejects_nothing():
    # "it is impossible to ..." is no actor: the gerund after "without" has nobody as its subject
    for text in (
        'Malaysia says it will keep talking. "Without recognizing this ruling it is impossible to '
        'move forward," the minister said.',
        "Malaysia says it will keep talking. Without accepting that fact it was pointless to meet "
        "again, the minister said.",
        "Malaysia says it will keep talking. It is hard to make progress without accepting the "
        "border, the minister said.",
    ):
        assert not _rejecters(facts(text)), text
    # a named subject still rejects
    assert "state/malaysia" in _rejecters(facts("Malaysia does not accept the ruling."))


def _rejections(text: str) -> set[tuple]:
    """Each rejection once (a fact told again is more evidence for it): its roles."""
    return {
        tuple(sorted((k, getattr(v, "key", v)) for k, v in f.args.items() if k != "date"))
        for f in facts(text)
        if f.rel == "rejectsClaim"
    }


_FALKLANDS = (
    ("claimant", "state/argentina"),
    ("state", "state/united-kingdom"),
    ("territory", "territory/falkland-islands"),
)


def test_a_claim_referred_to_is_that_claim_however_often_it_is_rejected():
    told = "Argentina claims the Falkland Islands. "
    for text in (
        "Britain rejected the claim on Monday and urged Buenos Aires to drop its claim. London, "
        "in a statement, again dismissed the claim.",
        "The claim was rejected by Britain on Monday.",  # passive
        "Britain, which has held the islands since 1833, turned the claim down.",  # inserted clause
        "Britain does not recognise these claims and urged Argentina to withdraw them.",
    ):
        found = _rejections(told + text)
        assert len(found) == 1, (text, found)
        roles = dict(next(iter(found)))
        assert set(_FALKLANDS) <= set(roles.items()), (text, roles)
        assert "Argentina" in roles["what"] and "Falkland" in roles["what"], roles


def test_what_is_not_a_claim_keeps_its_own_words():
    found = _rejections("Argentina claims the Falkland Islands. Britain rejected the plan.")
    assert found == {(("state", "state/united-kingdom"), ("what", "the plan"))}
    # a claim told with its own words is not rewritten
    found = _rejections("Britain rejected Argentina's claim to the Falkland Islands.")
    assert [dict(x)["what"] for x in found] == ["Argentina's claim to the Falkland Islands"]


def _claimants(text: str) -> set[str]:
    return {
        f.args["claimant"].key
        for f in facts(text)
        if f.rel == "rejectsClaim" and "claimant" in f.args
    }


def test_coordinated_people_in_what_is_rejected_each_stand_for_their_state():
    both = {"state/turkey", "state/libya"}
    for text in (
        "Greece condemned the deal announced by Turkish President Recep Tayyip Erdogan and Libyan "
        "Prime Minister Fayez al-Sarraj.",
        "The deal announced by Turkish President Recep Tayyip Erdogan and Libyan Prime Minister "
        "Fayez al-Sarraj was condemned by Greece.",  # passive
        # inserted clause, another trigger, a state named beside the people in the same phrase
        "Greece, which claims the waters, denounced the announcement by Turkish Foreign Minister "
        "Ali Demir and Libyan Prime Minister Omar Saleh regarding the transfer of the islets to "
        "Turkish control.",
        "Greece rejected the plan of Turkish Foreign Minister Ali Demir and Libyan Prime Minister "
        "Omar Saleh to place the islets under Libyan control.",
    ):
        assert _claimants(text) == both, text
    # the rejecter is never its own claimant
    assert "state/greece" not in _claimants(
        "Greece rejected the plan of Greek Foreign Minister Nikos Dendias and Libyan Prime "
        "Minister Omar Saleh."
    )


def test_the_readme_example_of_rejections():
    """README.md, "Rejections: who rejects, and which claim": the three facts it shows."""
    found = _rejections(
        "Argentina claims the Falkland Islands. Britain rejected the claim on Monday and urged "
        "Buenos Aires to drop its claim. Chile condemned the announcement by Turkish President "
        "Recep Tayyip Erdogan and Libyan Prime Minister Fayez al-Sarraj."
    )
    assert {(r["state"], r.get("claimant")) for r in map(dict, found)} == {
        ("state/united-kingdom", "state/argentina"),
        ("state/chile", "state/turkey"),
        ("state/chile", "state/libya"),
    }
    assert {dict(x)["what"] for x in found if dict(x)["state"] == "state/united-kingdom"} == {
        "the claim of Argentina to Falkland Islands"
    }
