"""Who agreed, and when, where news tells an agreement by those who had just met (issue 12, round
28, agree48).

- '"We agreed that ...," X said after the talks': a quoted "we" whose speaker is one of those who
  last met names the people who met and the states they serve (the gold of such reports lists the
  officials, the rest of the article the states), and the agreement is of the meeting's day.
  Another speaker's "we" stays that speaker's side's.
- "X met Y on Monday. The two sides agreed to ...": the agreement is of the meeting's day also where
  an official's state is told only by the release's issuing line or later in the text; an undated
  agreement of other states than those who met takes no day from the meeting.
- Coordinated acts the parser hangs elsewhere: "agreed to A, a group that would ..., and to B"
  ("and to B" joined inside the first act), "that X would A and would B" (the modal repeated),
  each an act agreed; "required A and B to ..., and ordered them to ...": "them" are A and B.
- "obliged Chile to build a wharf, a customs office and a railway terminal": the rest of the list
  the parser hung on the outer verb is the infinitive's object, and names no party; a noun that
  sums the clause up ("..., a demand Kyiv dismissed") is left as it was.
- "The note demands that the fighters leave Chadian soil": a document that demands a clause binds
  the clause's subject ("demanded that France withdraw"), not a state a demonym in the rest of the
  clause names.
- "Under the agreement, the decisions of the Commission shall be final": a duty under a document is
  its subject's (or the subject's possessor's), not a body's the subject's words name.
Sentences written for these tests, in news style, on disputes of several regions.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown

from kg.ingest import article
from kg.ingest.nlp.grammar.object_lists import mend_objects_split_from_lists
from kg.ingest.nlp.parse import nlp

GT, HN = "state/guatemala", "state/honduras"
KE, UG = "state/kenya", "state/uganda"


def _agreed(found, words):
    return [f for f in found if f.rel == "agreedTo" and not f.negated and words in f.args["what"]]


# -- a quoted "we" of one of those who met: the two who met and their states, the meeting's day
WE_AGREED = [
    (
        "GUATEMALA CITY, May 8, 2020 (Reuters) - Guatemalan Foreign Minister Pedro Brolo met Honduran "
        'Foreign Minister Lisandro Rosales in Esquipulas on Thursday. "We agreed that a joint team '
        'will survey the river mouth in June," Brolo said after the talks.',
        "person/pedro-brolo",
        "person/lisandro-rosales",
        GT,
        HN,
    ),
    (
        "GUATEMALA CITY, May 8, 2020 (Reuters) - Pedro Brolo, Guatemala's foreign minister, met his "
        'Honduran counterpart Lisandro Rosales in Esquipulas on Thursday. "We agreed that a joint '
        'team will survey the river mouth in June," Rosales told reporters.',
        "person/pedro-brolo",
        "person/lisandro-rosales",
        GT,
        HN,
    ),
    (
        "NAIROBI, May 8, 2020 (AFP) - Kenya's defence minister, Aden Duale, met his Ugandan "
        'counterpart, Jacob Oboth-Oboth, at the Busia crossing on Thursday. "We agreed that a joint '
        'team will survey the river mouth in June," Duale said.',
        "person/aden-duale",
        "person/jacob-oboth-oboth",
        KE,
        UG,
    ),
]


@pytest.mark.parametrize(("text", "one", "other", "state1", "state2"), WE_AGREED)
def test_quoted_we_of_those_who_met(text, one, other, state1, state2):
    found = facts(text, published="2020-05-08")
    agreed = _agreed(found, "survey the river mouth")
    assert agreed, shown(found)
    keys = {e.key for e in agreed[0].args["parties"]}
    assert {one, other} <= keys, keys
    assert {s for s in (state1, state2) if s} <= keys, keys
    assert agreed[0].args.get("date") == "2020-05-07", agreed[0].args


def test_quoted_we_of_another_speaker_is_not_those_who_met():
    found = facts(
        "GUATEMALA CITY, May 8, 2020 (Reuters) - Guatemalan Foreign Minister Pedro Brolo met Honduran "
        'Foreign Minister Lisandro Rosales in Esquipulas on Thursday. "We agreed long ago that the '
        'river is the border," said Ana Lopez, a fisherman in Omoa.'
    )
    for f in _agreed(found, "the river is the border"):
        keys = {e.key for e in f.args["parties"]}
        assert "person/pedro-brolo" not in keys, shown(found)


# -- the meeting's day where an official's state is told only by the release's issuing line
def _release(body: str) -> list:
    text = (
        "Government Protests Fishing in the Gulf\n\nMinistry of Foreign Affairs, Republic of "
        "Guatemala\nPress Release No. 20-112 | May 8, 2020\n\n" + body
    )
    return article.extract(article.parse(text, name="release")).facts


RELEASES = [
    "1. Vice Minister of Foreign Affairs Carlos Ramiro Martinez met Ambassador Jose Turcios of the "
    "Republic of Honduras on May 6 and conveyed the Government's concern. The two sides agreed to "
    "convene the binational fisheries committee in June.",
    "1. Vice Minister of Foreign Affairs Carlos Ramiro Martinez received Ambassador Jose Turcios of "
    "the Republic of Honduras on May 6. The two sides agreed to convene the binational fisheries "
    "committee in June to discuss illegal fishing.",
    "1. On May 6, Vice Minister of Foreign Affairs Carlos Ramiro Martinez met Ambassador Jose Turcios "
    "of the Republic of Honduras. Both sides agreed to convene the binational fisheries committee in "
    "June.",
]


@pytest.mark.parametrize("body", RELEASES)
def test_two_sides_agree_on_the_day_they_met(body):
    found = _release(body)
    agreed = _agreed(found, "convene the binational fisheries committee")
    assert agreed, shown(found)
    assert {GT, HN} <= {e.key for e in agreed[0].args["parties"]}, shown(found)
    assert agreed[0].args.get("date") == "2020-05-06", shown(found)


def test_other_states_take_no_day_from_the_meeting():
    found = _release(
        "1. Vice Minister of Foreign Affairs Carlos Ramiro Martinez met Ambassador Jose Turcios of "
        "the Republic of Honduras on May 6. Kenya and Uganda have agreed to convene a fisheries "
        "committee on Lake Victoria."
    )
    for f in _agreed(found, "Lake Victoria"):
        assert f.args.get("date") != "2020-05-06", shown(found)


# -- "and to B" the parser joined to a verb inside the first act: a second act agreed
STRAYS = [
    (
        "BAKU, April 17, 2020 (Reuters) - Azerbaijan and Georgia held boundary talks on Thursday. "
        "The two delegations agreed to set up a working group that would map the river section by "
        "the end of the year, and to hold the next round in Tbilisi in September.",
        "set up a working group",
        "hold the next round in Tbilisi",
    ),
    (
        "BAKU, April 17, 2020 (Reuters) - Georgia and Azerbaijan pledged on Thursday to form a joint "
        "commission which will review the old Soviet maps before June, and to reopen the Lagodekhi "
        "crossing to shepherds.",
        "form a joint commission",
        "reopen the Lagodekhi crossing",
    ),
]


@pytest.mark.parametrize(("text", "first", "second"), STRAYS)
def test_infinitive_joined_inside_the_first_act_is_another_act(text, first, second):
    found = facts(text)
    one, other = _agreed(found, first), _agreed(found, second)
    assert one and other, shown(found)
    assert second not in one[0].args["what"], one[0].args["what"]
    assert not one[0].args["what"].rstrip().endswith("and"), one[0].args["what"]


def test_bare_verb_inside_the_first_act_stays_in_it():
    found = facts(
        "BAKU, April 17, 2020 (Reuters) - Azerbaijan and Georgia agreed on Thursday to set up a "
        "working group that would map the river section and hold hearings in the border villages."
    )
    agreed = _agreed(found, "set up a working group")
    assert len(agreed) == 1 and "hold hearings" in agreed[0].args["what"], shown(found)


# -- "them", the object of a verb joined to one whose object names the states
ML, BF = "state/mali", "state/burkina-faso"
THEM = [
    "BAMAKO, Dec. 22, 2020 (Reuters) - The judgment required Mali and Burkina Faso to withdraw "
    "their troops within 20 days, and ordered them to appoint experts to demarcate the border.",
    "BAMAKO, Dec. 22, 2020 (Reuters) - The court's ruling obliged Burkina Faso and Mali to pull "
    "back their troops and required them to appoint experts to demarcate the border.",
]


@pytest.mark.parametrize("text", THEM)
def test_them_of_a_joined_verb_are_the_states_before(text):
    found = facts(text)
    bound = {
        f.args["party"].key
        for f in found
        if f.rel == "obliges" and "appoint experts" in str(f.args["action"])
    }
    assert bound == {ML, BF}, shown(found)


def test_them_after_one_state_is_no_pair():
    found = facts(
        "BAMAKO, Dec. 22, 2020 (Reuters) - The judgment required Mali to withdraw its troops "
        "within 20 days, and ordered them to appoint experts to demarcate the border."
    )
    bound = {
        f.args["party"].key
        for f in found
        if f.rel == "obliges" and "appoint experts" in str(f.args["action"])
    }
    assert BF not in bound, shown(found)


# -- "that A would X and would Y": the repeated modal marks a second act, as "and that" does
MODALS = [
    (
        "BELIZE CITY, May 8, 2020 (Reuters) - Guatemala and Belize signed a memorandum on Thursday. "
        "The two ministers also agreed that their navies would notify each other of any patrol in "
        "the Sarstoon and would set up a hotline between the two coast guards.",
        "notify each other",
        "set up a hotline",
    ),
    (
        "BELIZE CITY, May 8, 2020 (Reuters) - Belize and Guatemala agreed on Thursday that the "
        "boundary commission will meet in Benque Viejo in June and will publish its maps by the end "
        "of the year.",
        "meet in Benque Viejo",
        "publish its maps",
    ),
]


@pytest.mark.parametrize(("text", "first", "second"), MODALS)
def test_repeated_modal_marks_another_act(text, first, second):
    found = facts(text)
    one, other = _agreed(found, first), _agreed(found, second)
    assert one and other, shown(found)
    assert second not in one[0].args["what"], one[0].args["what"]


def test_shared_modal_keeps_one_act():
    found = facts(
        "BELIZE CITY, May 8, 2020 (Reuters) - Belize and Guatemala agreed on Thursday that the "
        "boundary commission would survey and mark the Sarstoon channel."
    )
    agreed = _agreed(found, "survey and mark")
    assert len(agreed) == 1, shown(found)


# -- "to build A, B and C": the rest of the list the parser hung on the outer verb is the
# infinitive's, and names no party
CL, PE = "state/chile", "state/peru"
LISTS = [
    "LIMA, May 8, 2020 (Reuters) - The 1929 treaty also obliged Chile to build a wharf, a customs "
    "office and a railway terminal for Peru's use in the bay of Arica.",
    "LIMA, May 8, 2020 (Reuters) - The 1929 treaty requires Chile to keep a wharf, a customs office "
    "and a railway station at Peru's service in Arica.",
]


@pytest.mark.parametrize("text", LISTS)
def test_list_after_the_infinitive_is_its_object(text):
    found = facts(text)
    bound = [f for f in found if f.rel == "obliges"]
    assert {f.args["party"].key for f in bound} == {CL}, shown(found)
    assert "customs office" in str(bound[0].args["action"]), shown(found)


def test_list_agreed_stays_whole():
    found = facts(
        "NAIROBI, May 8, 2020 (Reuters) - Kenya and Uganda agreed on Thursday to build a jetty, a "
        "customs post and a police station on Migingo island."
    )
    assert _agreed(found, "police station"), shown(found)


def test_summing_noun_after_the_clause_is_no_object():
    doc = nlp()(
        "Novak said Gazprom would ask Kiev to repay the loan, a demand Ukraine's acting foreign "
        "minister dismissed as blackmail."
    )
    mend_objects_split_from_lists(doc)
    demand = next(t for t in doc if t.lower_ == "demand")
    assert demand.dep_ != "conj", [(t.text, t.dep_, t.head.text) for t in doc]


# -- a document that demands a clause binds the clause's subject, not a state its words name
FR, TD = "state/france", "state/chad"
DEMANDS = [
    (
        "N'DJAMENA, May 8, 2020 (Reuters) - Chad summoned the Libyan envoy on Thursday. The note "
        'demands that the fighters "leave Chadian soil without delay", a ministry statement said.',
        TD,
        False,
    ),
    (
        "NEW YORK, May 8, 2020 (Reuters) - The General Assembly adopted Resolution 3161 on "
        "Thursday. The resolution demanded that France withdraw its troops from Comorian waters.",
        FR,
        True,
    ),
    (
        "NEW YORK, May 8, 2020 (Reuters) - The General Assembly adopted Resolution 3161 on "
        "Thursday. The resolution demanded that the French troops leave the Comorian island.",
        "state/comoros",
        False,
    ),
]


@pytest.mark.parametrize(("text", "state", "bound"), DEMANDS)
def test_demanded_clause_binds_its_subject(text, state, bound):
    found = facts(text)
    parties = {f.args["party"].key for f in found if f.rel == "obliges"}
    assert (state in parties) == bound, shown(found)


# -- a duty under a document is the subject's own, not a body's its subject is made of
DUTIES = [
    (
        "ASMARA, May 8, 2020 -- Under Article 4 of the Algiers Agreement, signed by Eritrea and "
        'Ethiopia, the rulings of the Boundary Commission "shall be final and binding."',
        None,
    ),
    (
        "FREETOWN, May 8, 2020 -- Sierra Leone and Guinea issued a joint communique on Thursday. "
        "Under the communique, the joint technical committee must report to both presidents by "
        "December.",
        "report to both presidents",
    ),
    (
        "CAIRO, May 8, 2020 -- Greece and Egypt signed a maritime accord on Thursday. Under the "
        "accord, each side must consult the other before it negotiates with a third state.",
        "consult the other",
    ),
]


@pytest.mark.parametrize(("text", "duty"), DUTIES)
def test_duty_is_the_subjects_own(text, duty):
    found = facts(text)
    bound = [f for f in found if f.rel == "obliges"]
    assert all("Commission" not in f.args["party"].label for f in bound), shown(found)
    if duty:
        assert any(duty in str(f.args["action"]) for f in bound), shown(found)
