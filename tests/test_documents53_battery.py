"""Sessions of joint bodies, told by the documents signed at them (documents53).

News tells a boundary commission's session by the document signed at its close and names the
signers in the next sentence ("minutes signed on Tuesday in Managua at the close of a session of
the X-Y Mixed Boundary Commission. The document was signed by A and B"): the session is the
signers' meeting. Where no signer is named, the states the body's name pairs signed and met ("a
record of discussions signed in Beijing on Monday at the end of the meeting of the Working
Mechanism on India-China Border Affairs"), even where the parser hangs "at the end of" on the main
verb. Minutes "of Monday's meeting of" such a body tell the meeting they record. "The Indian
delegation was led by A, while the Chinese side was headed by B" names the people who met for the
states of the meeting told just before. A dateline with no year takes the report's weekday from
"officials said Monday" as from "on Monday". Texts written for this test."""

from __future__ import annotations

from helpers import meetings_read, published_read, signings

PUBLISHED = "2026-03-12"  # a Thursday


def test_signers_named_in_the_next_sentence_met_at_the_session():
    text = (
        "Peru and Ecuador agree on river islands\n\n"
        "LIMA, March 12 (Reuters) - Peru will hand over a river islet to Ecuador if a survey "
        "confirms the channel, the Peruvian foreign ministry said on Thursday.\n\n"
        "The commitment is set out in minutes signed on Tuesday in Quito at the close of a "
        "two-day session of the Peru-Ecuador Binational Boundary Commission. The document was "
        "signed by Peruvian Deputy Foreign Minister Ana Rojas and the Ecuadorian Foreign "
        "Minister, Luis Cordero.\n"
    )
    met = meetings_read(text, PUBLISHED)
    assert any(
        {"Peru", "Ecuador"} <= who and place == "Quito" and date == "2026-03-10"
        for who, place, date in met
    ), met


def test_a_record_signed_at_the_end_of_a_paired_bodys_meeting():
    text = (
        "Pakistan and India agree on a pull-back\n\n"
        "NEW DELHI, March 12 (PTI) - India and Pakistan have agreed that troops will leave the "
        "glacier post, officials said on Thursday.\n\n"
        "The understanding is contained in a record of discussions signed in Islamabad on "
        "Tuesday at the end of the 12th meeting of the Joint Working Group on India-Pakistan "
        "Border Affairs, according to a copy reviewed by PTI.\n\n"
        "The Indian delegation was led by Joint Secretary Ravi Kapoor, while the Pakistani side "
        "was headed by Imran Qureshi, director-general of the foreign ministry.\n"
    )
    assert ({"India", "Pakistan"}, "2026-03-10") in signings(text, PUBLISHED)
    met = meetings_read(text, PUBLISHED)
    assert any(
        {"India", "Pakistan", "Ravi Kapoor", "Imran Qureshi"} <= who
        and place == "Islamabad"
        and date == "2026-03-10"
        for who, place, date in met
    ), met


def test_minutes_of_a_days_meeting_of_a_paired_body():
    text = (
        "Thailand to pull back from hill post\n\n"
        "BANGKOK, March 12 (AP) - Thailand and Laos have agreed on steps at the hill, officials "
        "said on Thursday.\n\n"
        "According to the agreed minutes of Monday's meeting of the Thailand-Laos Joint Boundary "
        "Commission in Vientiane, the Thai side will remove its camp before the rains.\n"
    )
    met = meetings_read(text, PUBLISHED)
    assert any(
        {"Thailand", "Laos"} <= who and place == "Vientiane" and date == "2026-03-09"
        for who, place, date in met
    ), met


def test_minutes_of_a_body_that_names_no_state_tell_no_meeting():
    text = (
        "Thailand to pull back from hill post\n\n"
        "BANGKOK, March 12 (AP) - Thailand and Laos have agreed on steps at the hill, officials "
        "said on Thursday.\n\n"
        "According to the minutes of Monday's meeting of the committee, the Thai side will "
        "remove its camp before the rains.\n"
    )
    assert not any(date == "2026-03-09" for _, _, date in meetings_read(text, PUBLISHED))


def test_a_delegation_that_will_be_led_by_someone_adds_no_one():
    text = (
        "Latvia and Estonia to talk on sea border\n\n"
        "RIGA, March 12 (LETA) - Latvian Foreign Minister Baiba Braze met her Estonian "
        "counterpart Margus Tsahkna in Riga on Thursday.\n\n"
        "Estonia's delegation will be led by Deputy Minister Jaan Tamm at the next round.\n"
    )
    for who, _, _ in meetings_read(text, PUBLISHED):
        assert "Jaan Tamm" not in who


def test_the_reports_weekday_told_without_on():
    # "officials said Monday" is the report's day (10 August 2026 is a Monday), not the signing's
    # Friday told later (10 August 2018 was a Friday)
    text = (
        "Kenya and Tanzania sign lake deal\n\n"
        "NAIROBI, Aug. 10 (Xinhua) -- Kenya and Tanzania have agreed to set up joint patrols on "
        "the lake, where clashes have flared since 2007, officials said Monday.\n\n"
        "A memorandum of understanding was signed on Friday in Nairobi.\n"
    )
    assert published_read(text) == "2026-08-10"
