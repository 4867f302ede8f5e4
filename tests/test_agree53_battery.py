"""Recognitions told past a misparse, more things a party suspends and why, and commitments that
stay obligations (issue 12, round 33, agree53).

"In its note, signed by Foreign Minister X, Chile acknowledges ...": the parser hangs
the state on the signer as an apposition and leaves the verb with no subject; a state is no
apposition of a person. "Recognised sovereignty over the other twelve enclaves" keeps its words
where the description was taken for the one enclave told before (its number is not theirs). "As it
was inherited" tells what the border is recognised as, as "as drawn in 1972" does. An arrangement,
a memorandum or inspections suspended are suspensions as talks and treaties are, and a clause
"after" opens with a subject of its own ("two days after guards detained a surveyor") tells what
the suspension answered, as "after the attack" does. Guards: a protocol or an accord that commits
the sides, and a treaty that obliges them, lay duties (obliges), no agreement.
Sentences written for these tests, in wire style, on disputes of several regions.
"""

from __future__ import annotations

from helpers import facts


def _of(text, rel, published="2026-03-17"):
    return [f for f in facts(text, published) if f.rel == rel and not f.negated]


def _labels(value):
    return {x.label for x in value} if isinstance(value, tuple) else {value.label}


def test_a_protocol_committing_both_sides_binds_each():
    # each side's duty stays; since agree56b the signers' agreement on it is read beside it (the
    # gold of readable articles gives "commits both sides to" as an agreement six times of ten)
    text = (
        "YEREVAN, May 16 -- The protocol signed by Armenia and Azerbaijan on Wednesday commits both "
        "sides to recognise the section as their state border."
    )
    obliged = _of(text, "obliges", "2026-05-16")
    assert {f.args["party"].label for f in obliged} == {"Armenia", "Azerbaijan"}


def test_a_document_committing_one_party_or_obliging_stays_an_obligation():
    text = (
        "LIMA, May 16 (EFE) -- The 1929 accord commits Chile to granting Peru a wharf in Arica, "
        "and the 1999 memorandum obliges both countries to share the survey data."
    )
    assert not _of(text, "agreedTo", "2026-05-16")
    obliged = _of(text, "obliges", "2026-05-16")
    assert {"Chile"} <= {x for f in obliged for x in _labels(f.args["party"])}


def test_a_state_hung_on_the_signer_of_a_fronted_note_is_the_subject():
    text = (
        "BUENOS AIRES, Sept 16 (Reuters) - In its note, signed by Foreign Minister Ana Ruiz, Chile "
        "acknowledges Argentina's sovereignty over Isla Nueva and undertakes to recall its "
        "surveyors, according to a copy seen by Reuters."
    )
    recognised = _of(text, "recognizes", "2026-09-16")
    assert [f.args["party"].label for f in recognised] == ["Chile"]
    assert "sovereignty" in str(recognised[0].args["what"])


def test_a_person_apposed_to_the_signer_stays_an_apposition():
    text = (
        "BUENOS AIRES, Sept 16 (Reuters) - In a note signed by Ana Ruiz, the foreign minister, Chile "
        "acknowledged Argentina's sovereignty over Isla Nueva."
    )
    recognised = _of(text, "recognizes", "2026-09-16")
    assert [f.args["party"].label for f in recognised] == ["Chile"]


def test_a_counted_description_of_other_lands_keeps_its_words():
    text = (
        "BAARLE-NASSAU, Oct 15 (dpa) - A memorandum on the enclave known as K4, a strip behind the "
        "church, was signed on Thursday by the Belgian and Dutch foreign ministers. The Dutch "
        "foreign minister said the Netherlands recognised Belgian sovereignty over the other 12 "
        "enclaves without reservation."
    )
    recognised = _of(text, "recognizes", "2026-10-15")
    assert any("other 12 enclaves" in str(f.args["what"]) for f in recognised)
    assert not any("K4" in str(f.args["what"]) for f in recognised)


def test_as_it_was_inherited_is_what_the_border_is_recognised_as():
    text = (
        "DUSHANBE, June 2 (AP) - The deputy minister said Kabul recognised the border as it was "
        "inherited from the 1895 agreement."
    )
    recognised = _of(text, "recognizes", "2026-06-02")
    assert len(recognised) == 1
    assert str(recognised[0].args["what"]) == "the border"
    assert "inherited" in str(recognised[0].args["as"])


def test_an_active_as_clause_of_another_subject_is_no_status():
    text = "DUSHANBE, June 2 (AP) - Kabul recognised the border as the two sides agreed it."
    recognised = _of(text, "recognizes", "2026-06-02")
    assert all("as" not in f.args for f in recognised)


def test_an_arrangement_suspended_in_a_relative_clause():
    text = (
        "TOKYO, June 9 (Kyodo) - A separate arrangement on fishing operations near the islands, "
        "which Russia suspended last year, remains frozen. The older fisheries arrangement, which "
        "Moscow suspended in 2023, has not been restored."
    )
    suspended = _of(text, "suspends", "2026-06-09")
    assert {(f.args["party"].label, f.args.get("date")) for f in suspended} == {
        ("Russia", "2025"),
        ("Russia", "2023"),
    }
    assert any("arrangement on fishing" in str(f.args["what"]) for f in suspended)


def test_a_memorandum_suspended_in_the_passive_and_one_only_threatened():
    text = (
        "BANGKOK, June 9 (Reuters) - The 2001 memorandum was suspended by Thailand in 2009 over a "
        "border row. Cambodia said it could suspend the protocol if the survey went ahead."
    )
    suspended = _of(text, "suspends", "2026-06-09")
    assert [f.args["party"].label for f in suspended] == ["Thailand"]
    assert suspended[0].args.get("date") == "2009"


def test_a_clause_after_which_a_party_suspends_gives_the_reason():
    text = (
        "VILNIUS, May 12 (Reuters) - Lithuania suspended its work in the joint border commission on "
        "Tuesday, two days after Belarusian guards detained a Lithuanian surveyor. Latvia halted "
        "the joint inspections after its experts reported damage to the buoys."
    )
    reasons = {
        f.args["party"].label: str(f.args.get("reason"))
        for f in _of(text, "suspends", "2026-05-12")
    }
    assert "detained a Lithuanian surveyor" in reasons["Lithuania"]
    assert "reported damage" in reasons["Latvia"]
