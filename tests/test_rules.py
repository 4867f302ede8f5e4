"""The relation rules on news-like sentences written for these tests (not from the dev articles).

Each test names the pattern it covers; a rule gap found here is fixed in the rules, not the test.
"""

from __future__ import annotations

import pytest
from helpers import (
    ARGENTINA,
    CHINA,
    FALKLANDS,
    HABOMAI,
    ITURUP,
    JAPAN,
    KUNASHIR,
    KURILS,
    PUBLISHED,
    RUSSIA,
    SENKAKU,
    SHIKOTAN,
    UK,
    USSR,
    arg_key,
    facts,
    has,
    one,
)

# -- claims -----------------------------------------------------------------------------------------


def test_claim_lays_claim_to():
    found = facts("Argentina lays claim to the Falkland Islands, a British overseas territory.")
    assert has(found, "claims", claimant=ARGENTINA, territory=FALKLANDS)


def test_claim_transitive_verb():
    assert has(
        facts("Argentina claims the Falkland Islands."),
        "claims",
        claimant=ARGENTINA,
        territory=FALKLANDS,
    )


def test_claim_transitive_verb_with_adverb():
    assert has(
        facts("Argentina still claims the Falkland Islands."),
        "claims",
        claimant=ARGENTINA,
        territory=FALKLANDS,
    )


def test_claim_relative_clause():
    found = facts(
        "Coast guard ships sailed near the Senkaku Islands, which China claims as its own."
    )
    assert has(found, "claims", claimant=CHINA, territory=SENKAKU)


def test_claim_passive():
    assert has(
        facts("The Falkland Islands are also claimed by Argentina."),
        "claims",
        claimant=ARGENTINA,
        territory=FALKLANDS,
    )


# -- control ----------------------------------------------------------------------------------------


def test_control_administered_by():
    found = facts(
        "The Senkaku Islands, which are administered by Japan, lie in the East China Sea."
    )
    assert has(found, "controls", state=JAPAN, territory=SENKAKU)


def test_control_since():
    found = facts("The Kuril Islands have been administered by Russia since 1945.")
    assert has(found, "controls", state=RUSSIA, territory=KURILS)


def test_control_hyphenated_held():
    found = facts("Dmitry Medvedev flew to the Russian-held island of Kunashir on Monday.")
    assert has(found, "controls", state=RUSSIA, territory=KUNASHIR)


def test_control_hyphenated_administered():
    found = facts("Chinese ships sailed near the Japan-administered Senkaku Islands on Sunday.")
    assert has(found, "controls", state=JAPAN, territory=SENKAKU)


# -- sovereignty ------------------------------------------------------------------------------------


def test_sovereignty_possessive():
    found = facts("The minister reaffirmed Argentina's sovereignty over the Falkland Islands.")
    assert has(found, "assertsSovereignty", state=ARGENTINA, territory=FALKLANDS)


def test_sovereignty_integral_part():
    found = facts("Beijing insists that the Senkaku Islands are an integral part of China.")
    assert has(found, "assertsSovereignty", state=CHINA, territory=SENKAKU)


def test_sovereignty_inherent_part_of_its_territory():
    found = facts("Tokyo considers the Senkaku Islands an inherent part of its territory.")
    assert has(found, "assertsSovereignty", state=JAPAN, territory=SENKAKU)


# -- handovers, promises, negation ------------------------------------------------------------------


def test_handover_passive_with_date():
    f = one(facts("The Senkaku Islands were returned to Japan in 1972."), "handedOverTo")
    assert arg_key(f.args["territory"]) == SENKAKU and arg_key(f.args["to"]) == JAPAN
    assert f.args["date"] == "1972" and not f.negated


def test_handover_active_with_giver():
    found = facts("Britain handed over Hong Kong to China in 1997.")
    assert has(found, "handedOverTo", territory="territory/hong-kong", to=CHINA, **{"from": UK})


def test_handover_particle_after_object():
    found = facts("Britain handed Hong Kong over to China in 1997.")
    assert has(found, "handedOverTo", territory="territory/hong-kong", to=CHINA)


def test_ready_to_hand_over_is_a_promise_not_a_handover():
    found = facts(
        "The Soviet-Japanese Joint Declaration said that the Soviet Union was ready to hand "
        "Habomai over to Japan after a peace treaty was signed."
    )
    assert not any(f.rel == "handedOverTo" for f in found)
    f = one(found, "promisesHandover")
    assert arg_key(f.args["territory"]) == HABOMAI and arg_key(f.args["to"]) == JAPAN
    assert arg_key(f.args["from"]) == USSR
    assert f.args["condition"] == "a peace treaty was signed"


def test_would_be_handed_over_is_not_a_handover():
    found = facts("Officials said Shikotan would be handed over to Japan one day.")
    assert not any(f.rel == "handedOverTo" and not f.negated for f in found)


def test_has_not_been_returned_is_not_a_handover():
    found = facts("Iturup has not been returned to Japan.")
    assert not any(f.rel == "handedOverTo" and not f.negated for f in found)


def test_has_not_been_returned_is_kept_as_negated():
    assert has(
        facts("Iturup has not been returned to Japan."),
        "handedOverTo",
        negated=True,
        territory=ITURUP,
        to=JAPAN,
    )


# -- conditions -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "condition"),
    [
        (
            "The 1956 Joint Declaration provides for the return of Shikotan to Japan only if a peace treaty "
            "is concluded.",
            "a peace treaty is concluded",
        ),
        (
            "The Soviet-Japanese Joint Declaration said that the Soviet Union was willing to give Habomai "
            "back to Japan provided that a peace treaty was signed.",
            "a peace treaty was signed",
        ),
        (
            "Under the 1956 Joint Declaration, the Soviet Union promised to hand over Shikotan to Japan "
            "once a peace treaty is signed.",
            "a peace treaty is signed",
        ),
    ],
)
def test_condition_on_a_promised_handover(sentence, condition):
    f = one(facts(sentence), "promisesHandover")
    assert f.args["condition"] == condition
    assert arg_key(f.args["to"]) == JAPAN


@pytest.mark.parametrize(
    ("sentence", "condition", "territory"),
    [
        (
            "The Joint Declaration stated that Shikotan would be transferred to Japan after a peace treaty "
            "is signed.",
            "a peace treaty is signed",
            SHIKOTAN,
        ),
        (
            "The Joint Declaration said that Habomai would be returned to Japan in exchange for a peace "
            "treaty.",
            "a peace treaty",
            HABOMAI,
        ),
    ],
)
def test_condition_on_a_provision(sentence, condition, territory):
    # a document that itself promises a handover on a condition is one promise with its condition
    # (../shared/eval/FORMAT.md), not a conditionedOn beside it
    found = facts(sentence)
    f = one(found, "promisesHandover")
    assert f.args["condition"] == condition
    assert arg_key(f.args["territory"]) == territory and arg_key(f.args["to"]) == JAPAN
    assert not [x for x in found if x.rel == "conditionedOn"]


def test_condition_promise_to_a_capital():
    found = facts(
        "Under the 1956 Joint Declaration, Moscow promised to hand over Shikotan to Tokyo once a "
        "peace treaty is signed."
    )
    assert has(found, "promisesHandover", territory=SHIKOTAN, to=JAPAN)


# -- meetings ---------------------------------------------------------------------------------------


def test_meeting_met_with_place_and_weekday():
    f = one(
        facts(
            "Russian President Vladimir Putin met with Japanese Prime Minister Shinzo Abe in "
            "Vladivostok on Thursday."
        ),
        "meeting",
    )
    assert arg_key(f.args["participants"]) == {"person/vladimir-putin", "person/shinzo-abe"}
    assert f.args["date"] == "2020-04-30"  # the Thursday before Tuesday 5 May 2020
    assert f.args["place"].kind == "City" and f.args["place"].label == "Vladivostok"


def test_meeting_held_talks_with_date():
    f = one(
        facts(
            "Chinese Foreign Minister Wang Yi held talks with Japanese Foreign Minister Toshimitsu "
            "Motegi in Tokyo on November 24."
        ),
        "meeting",
    )
    assert arg_key(f.args["participants"]) == {"person/wang-yi", "person/toshimitsu-motegi"}
    assert f.args["date"] == "2019-11-24"
    assert arg_key(f.args["place"]) == "city/tokyo"


def test_phone_call_today():
    f = one(
        facts(
            "Japanese Foreign Minister Toshimitsu Motegi spoke by phone with his Chinese counterpart "
            "Wang Yi on Tuesday."
        ),
        "meeting",
    )
    assert f.args["date"] == PUBLISHED


# -- offices ----------------------------------------------------------------------------------------


def test_office_title_before_name():
    found = facts("Japanese Foreign Minister Toshimitsu Motegi arrived in Beijing.")
    assert has(
        found, "holdsRole", person="person/toshimitsu-motegi", role="foreign minister", of=JAPAN
    )


def test_office_apposition_ambassador():
    found = facts(
        "Kenichiro Sasae, Japan's ambassador to the United States, said the islands belong to "
        "Japan."
    )
    [f] = [f for f in found if f.rel == "holdsRole"]
    assert arg_key(f.args["person"]) == "person/kenichiro-sasae" and arg_key(f.args["of"]) == JAPAN
    assert f.args["role"].startswith("ambassador")


def test_office_counterpart_takes_the_other_office_and_its_own_state():
    found = facts(
        "Japanese Foreign Minister Toshimitsu Motegi spoke by phone with his Chinese counterpart "
        "Wang Yi on Tuesday."
    )
    assert has(found, "holdsRole", person="person/wang-yi", role="foreign minister", of=CHINA)


# -- statements -------------------------------------------------------------------------------------


def test_statement_quoted_then_said():
    f = one(
        facts(
            '"The islands are Japanese territory and we will defend them," Japanese Prime Minister '
            "Shinzo Abe said."
        ),
        "statement",
    )
    assert arg_key(f.args["speaker"]) == "person/shinzo-abe"
    assert f.args["quote_start"].startswith("The islands are Japanese territory")
    assert f.evidence.rule == "quotation"


def test_statement_quote_with_pronoun_speaker():
    found = facts(
        'Japanese Prime Minister Shinzo Abe arrived on Monday. "We will not make any concessions '
        'on the islands," he said.'
    )
    f = one(found, "statement")
    assert arg_key(f.args["speaker"]) == "person/shinzo-abe"


def test_statement_said_before_speaker():
    found = facts('"The islands are Japanese territory and we will defend them," said Shinzo Abe.')
    assert has(found, "statement", speaker="person/shinzo-abe")


def test_statement_reported_that():
    f = one(
        facts(
            "Russian Foreign Minister Sergey Lavrov said that Moscow would not discuss the status "
            "of the Kuril Islands."
        ),
        "statement",
    )
    assert arg_key(f.args["speaker"]) == "person/sergey-lavrov"
    assert f.args["quote_start"] == "Moscow would not discuss the status of the Kuril Islands"
    assert f.evidence.rule == "statement-verb:say"


def test_argued_over_is_not_a_statement():
    found = facts("Japan and China have argued over the Senkaku Islands for decades.")
    assert not any(f.rel == "statement" for f in found)


# -- capitals, "the two countries", successor states ------------------------------------------------


def test_capital_as_government_vs_capital_as_place():
    found = facts(
        "Tokyo rejected Beijing's claim to the Senkaku Islands. Russian President Vladimir Putin "
        "met Japanese Prime Minister Shinzo Abe in Tokyo on Monday."
    )
    rejects = one(found, "rejectsClaim")
    assert arg_key(rejects.args["state"]) == JAPAN and arg_key(rejects.args["claimant"]) == CHINA
    meeting = one(found, "meeting")
    assert meeting.args["place"].kind == "City" and arg_key(meeting.args["place"]) == "city/tokyo"


def test_the_two_countries_are_the_two_states_of_the_article():
    found = facts(
        "Japan and China have long quarrelled about the islands. In 1978, the two countries "
        "signed the Treaty of Peace and Friendship."
    )
    f = one(found, "signed")
    assert arg_key(f.args["parties"]) == {JAPAN, CHINA}
    assert f.args["date"] == "1978"


def test_a_1956_signing_by_russia_is_the_soviet_unions():
    f = one(
        facts("In 1956, Russia and Japan signed a joint declaration ending the state of war."),
        "signed",
    )
    assert arg_key(f.args["parties"]) == {USSR, JAPAN}
    assert f.args["document"].subtype == "JointDeclaration"


def test_a_recent_signing_by_russia_stays_russias():
    f = one(facts("In 2001, Russia and China signed a treaty on their border."), "signed")
    assert arg_key(f.args["parties"]) == {RUSSIA, CHINA}
