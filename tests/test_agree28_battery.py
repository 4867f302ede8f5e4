"""Agreements, signings and adherence, round 28 (issue 12: on unseen text agreedTo, signed and
adheresTo are read at about half their gold).

What the readable study batches showed in two writers' text or more, and the method for each:
- "Bosnia and Serbia say they remain bound by the Dayton agreement", "a ruling both neighbours
  said they would respect" (T15, T2): "they" in a role that takes states is the states the
  subject above names (rules/pronouns.py);
- "Kosovo's parliament ratified the agreement with Montenegro on Wednesday", "Algeria ratified
  the convention in 1973" (T7, T4, and the gold of T15): one side's ratification binds the
  ratifier (adheresTo), it is no signing with the other on that day; a ratification by both
  still signs (data/lexicon/relations.yaml);
- "agreed at the time to ask officials to ...", "agreed at a meeting in Suva to ..." (T1): the
  parser hangs the infinitive on the adjunct's noun; it is what was agreed (grammar/roles.py);
- "an Anglo-Italian treaty signed in London in 1924", "the Anglo-German treaty of 1890" (T11,
  T12, O): a combining form joined to another state's name names a signatory
  (combining.state_of_form, rules/named_parties.py);
- "committed to resolving their dispute", "came close to signing": a gerund after to, on,
  about, at is aimed at, not done (grammar/mood.py);
- "South Africa says the treaty still binds both countries", "Athens still regards the accord as
  valid", "Caracas insists the agreement is still valid" (T12, T15): a state that holds a document
  valid, binding or in force adheres to it (rules/upheld.py).

Sentences written for these tests in agency styles, on disputes not among the never-read batches'
topics. Positives give the fact; rewrites give one fact in several shapes; negatives give none.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, shown

HONDURAS, SALVADOR = "state/honduras", "state/el-salvador"
GUYANA, SURINAME = "state/guyana", "state/suriname"
KYRGYZSTAN, UZBEKISTAN = "state/kyrgyzstan", "state/uzbekistan"
CAMBODIA, VIETNAM = "state/cambodia", "state/vietnam"
UK, ITALY, FRANCE, SPAIN = "state/united-kingdom", "state/italy", "state/france", "state/spain"
GERMANY, CHINA = "state/germany", "state/china"
BELIZE = "state/belize"


def _case(text: str, xfail: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, marks=marks, id=text[-70:])


# -- "they": the states the subject above names ---------------------------------------------------

_RULED = "The International Court of Justice ruled on the land border in September 1992. "

THEY_ARE_BOUND = [
    _case(_RULED + "Honduras and El Salvador said they would abide by the judgment."),
    _case(_RULED + "Honduras and El Salvador say they remain bound by the judgment."),
    _case(
        _RULED + "Honduras and El Salvador, which fought a brief war in 1969, said on Monday "
        "that they would respect the judgment."
    ),
    _case(_RULED + "Honduras and El Salvador insisted they were bound by the judgment."),
]


@pytest.mark.parametrize("text", THEY_ARE_BOUND)
def test_they_who_say_so_are_bound(text: str) -> None:
    found = facts(text)
    assert find(found, "adheresTo", party=HONDURAS), shown(found)
    assert find(found, "adheresTo", party=SALVADOR), shown(found)


def test_they_agreed_is_the_pair_that_says_so() -> None:
    found = facts("Guyana and Suriname said they had agreed to set up a joint river commission.")
    assert find(found, "agreedTo", parties={GUYANA, SURINAME}), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        _RULED + "Honduras and El Salvador said they would not accept the judgment.",
        _RULED + "Honduras and El Salvador said they had never been bound by the judgment.",
    ],
)
def test_they_who_refuse_are_not_bound(text: str) -> None:
    found = facts(text)
    assert not find(found, "adheresTo"), shown(found)


# -- a ratification by one side binds the ratifier -----------------------------------------------

ONE_SIDE_RATIFIES = [
    _case("Kyrgyzstan's parliament ratified the border treaty with Uzbekistan on Wednesday."),
    _case(
        "The border treaty with Uzbekistan was ratified by Kyrgyzstan's parliament on Wednesday."
    ),
    _case(
        "Kyrgyzstan on Wednesday ratified the border treaty it signed with Uzbekistan last year."
    ),
    _case("Kyrgyzstan ratified the border treaty with Uzbekistan in 2023, ending a long wait."),
]


@pytest.mark.parametrize("text", ONE_SIDE_RATIFIES)
def test_one_sides_ratification_binds_it(text: str) -> None:
    found = facts(text)
    assert find(found, "adheresTo", party=KYRGYZSTAN), shown(found)
    assert not find(found, "adheresTo", party=UZBEKISTAN), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyzstan's parliament ratified the border treaty with Uzbekistan on Wednesday.",
        "The border treaty with Uzbekistan was ratified by Kyrgyzstan's parliament on Wednesday.",
    ],
)
def test_one_sides_ratification_is_no_signing(text: str) -> None:
    found = facts(text)
    assert not find(found, "signed"), shown(found)


def test_both_sides_ratification_still_signs() -> None:
    found = facts("The border treaty was ratified by Kyrgyzstan and Uzbekistan in 2023.")
    assert find(found, "signed", parties={KYRGYZSTAN, UZBEKISTAN}, date="2023"), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyzstan has yet to ratify the border treaty with Uzbekistan.",
        "Kyrgyzstan's parliament refused to ratify the border treaty with Uzbekistan.",
        "Kyrgyzstan's parliament could ratify the border treaty with Uzbekistan next month.",
    ],
)
def test_no_ratification_binds_nobody(text: str) -> None:
    found = facts(text)
    assert not find(found, "adheresTo"), shown(found)
    assert not find(found, "signed"), shown(found)


# -- an infinitive hung on an adjunct's noun is what was agreed -----------------------------------

AGREED_PAST_AN_ADJUNCT = [
    _case("Cambodia and Vietnam agreed at the time to ask experts to survey the disputed markers."),
    _case(
        "Cambodia and Vietnam agreed at a meeting in Hanoi to ask experts to survey the markers."
    ),
    _case("Cambodia and Vietnam agreed during talks in Phnom Penh to ask experts to survey them."),
    _case(
        "Cambodia and Vietnam agreed in principle to ask experts to survey the disputed markers."
    ),
]


@pytest.mark.parametrize("text", AGREED_PAST_AN_ADJUNCT)
def test_agreed_past_an_adjunct(text: str) -> None:
    found = facts(text)
    agreed = find(found, "agreedTo", parties={CAMBODIA, VIETNAM})
    assert agreed and "ask experts" in agreed[0].args["what"], shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Cambodia and Vietnam met at the time to discuss the disputed markers.",
        "Cambodia and Vietnam did not agree at the meeting to ask experts to survey the markers.",
        "Cambodia and Vietnam could agree at a meeting in Hanoi to ask experts to survey them.",
    ],
)
def test_no_agreement_past_an_adjunct(text: str) -> None:
    found = facts(text)
    assert not find(found, "agreedTo"), shown(found)


def test_a_plans_own_infinitive_stays_with_the_plan() -> None:
    found = facts("Cambodia and Vietnam agreed on a plan to ask experts to survey the markers.")
    agreed = find(found, "agreedTo", parties={CAMBODIA, VIETNAM})
    assert agreed and agreed[0].args["what"].startswith("a plan"), shown(found)


# -- combining forms name signatories ------------------------------------------------------------

NAMED_BY_COMBINING_FORMS = [
    _case(
        "The province was carved out of a British colony under an Anglo-Italian treaty signed in "
        "London on July 15, 1924.",
    ),
    _case("An Anglo-Italian treaty was signed in London on July 15, 1924."),
    _case(
        "The Anglo-Italian treaty of July 15, 1924 moved the border west.",
        xfail="a day in the of-phrase after an undated name is not read as the document's own",
    ),
]


@pytest.mark.parametrize("text", NAMED_BY_COMBINING_FORMS)
def test_a_combining_form_names_a_signatory(text: str) -> None:
    found = facts(text)
    assert find(found, "signed", parties={UK, ITALY}, date="1924-07-15"), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        _case("The 1924 Anglo-Italian treaty gave Italy the land west of the river."),
        _case("Under the 1924 Anglo-Italian treaty, Britain gave the land west of the river away."),
        _case(
            "The 1924 Anglo-Italian treaty moved the border west.",
            xfail="a sentence whose only states stand inside a document's name is never parsed",
        ),
    ],
)
def test_a_combining_form_with_the_documents_year(text: str) -> None:
    found = facts(text)
    assert find(found, "signed", parties={UK, ITALY}, date="1924"), shown(found)


def test_a_combining_form_and_a_demonym() -> None:
    found = facts("A Franco-Spanish convention on the Bidasoa river was signed in Paris in 1900.")
    assert find(found, "signed", parties={FRANCE, SPAIN}, date="1900"), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "The Franco regime signed a trade agreement in 1953.",
        "The Indo-Pacific strategy was published in 2019.",
        "Anglo-Saxon law was written down in the seventh century.",
    ],
)
def test_no_pair_without_a_second_state(text: str) -> None:
    found = facts(text)
    assert not find(found, "signed"), shown(found)


# -- a gerund after to, on, about, at is aimed at ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Guyana and Suriname remain committed to settling their dispute peacefully.",
        "Guyana and Suriname have talked about resolving their dispute for decades.",
        "Guyana and Suriname aim at resolving their dispute by the end of the year.",
    ],
)
def test_a_dispute_aimed_at_is_not_settled(text: str) -> None:
    found = facts(text)
    assert not [f for f in find(found, "agreedTo") if f.args.get("what") == "their dispute"], shown(
        found
    )


def test_a_signing_come_close_to_is_none() -> None:
    found = facts("Guyana and Suriname came close to signing a border treaty in 2010.")
    assert not find(found, "signed"), shown(found)


def test_a_signing_praised_was_done() -> None:
    found = facts("The United Nations praised Guyana and Suriname for signing the border treaty.")
    assert find(found, "signed", parties={GUYANA, SURINAME}), shown(found)


def test_a_dispute_settled_is_agreed() -> None:
    found = facts("Guyana and Suriname settled their dispute in 2007.")
    assert find(found, "agreedTo", parties={GUYANA, SURINAME}, date="2007"), shown(found)


# -- a document a state holds valid binds it ------------------------------------------------------

_TOLD = "Belize and Britain's old treaty with Guatemala dates from 1859. "

HELD_VALID = [
    _case(_TOLD + "Belize insists the 1859 treaty is still valid."),
    _case(_TOLD + "Belize says the 1859 treaty remains in force."),
    _case(_TOLD + "The 1859 treaty remains binding, Belize's foreign minister said on Monday."),
    _case(_TOLD + "Belize maintains that the 1859 treaty is valid and binding."),
    _case(_TOLD + "Belize says the 1859 treaty still binds Guatemala."),
]


@pytest.mark.parametrize("text", HELD_VALID)
def test_a_document_held_valid_binds_its_holder(text: str) -> None:
    found = facts(text)
    assert find(found, "adheresTo", party=BELIZE), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        _TOLD + "Belize says the 1859 treaty is no longer valid.",
        _TOLD + "Belize does not believe the 1859 treaty is still in force.",
        _TOLD + "The 1859 treaty is still valid.",
        _TOLD + "Belize asked whether the 1859 treaty was still valid.",
    ],
)
def test_a_document_not_held_valid_binds_nobody(text: str) -> None:
    found = facts(text)
    assert not find(found, "adheresTo", party=BELIZE), shown(found)


# -- an adherence asked of another is a demand ---------------------------------------------------

_AWARD = "The tribunal ruled on the dispute in 2016. "


@pytest.mark.parametrize(
    "text",
    [
        _AWARD + "Japan called on China to abide by the award.",
        _AWARD + "Japan issued a statement on Saturday calling on China to abide by the award.",
        _AWARD + "Japan appealed to China to respect the award.",
        _AWARD + "Japan urged China to honour the award.",
    ],
)
def test_an_adherence_asked_of_another_is_a_demand(text: str) -> None:
    found = facts(text)
    assert not find(found, "adheresTo"), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        _AWARD + "China has decided to abide by the award.",
        _AWARD + "China agreed to respect the award.",
        _AWARD + "China said it would abide by the award.",
    ],
)
def test_an_adherence_of_ones_own(text: str) -> None:
    found = facts(text)
    assert find(found, "adheresTo", party=CHINA), shown(found)


# -- "we" in one speaker's words is that speaker's side, never both --------------------------------

_MET = (
    "President Gabriel Boric of Chile met his Peruvian counterpart, President Dina Boluarte, in "
    "Lima on Monday. The International Court of Justice drew their sea border in 2014. "
)
PERU, CHILE = "state/peru", "state/chile"


@pytest.mark.parametrize(
    "text",
    [
        _MET + '"We respect the judgment of the court and we are bound by it," Boluarte said.',
        _MET + '"We are bound by the judgment," Boluarte told reporters after the meeting.',
        _MET + 'Boluarte said: "We will abide by the judgment."',
    ],
)
def test_we_is_the_speakers_side(text: str) -> None:
    found = facts(text)
    assert find(found, "adheresTo", party=PERU), shown(found)
    assert not find(found, "adheresTo", party=CHILE), shown(found)


_PAIR = "Chile and Peru agreed on Thursday to set up joint fishing patrols. "


@pytest.mark.parametrize(
    "text",
    [
        _PAIR
        + '"We are bound by the judgment," said Rosa Quispe, who met her Chilean counterpart.',
        _PAIR + '"We are bound by the judgment," said Rosa Quispe, a senior official.',
        _PAIR + '"We will abide by the judgment," Rosa Quispe told reporters in Arica.',
    ],
)
def test_we_of_an_unplaced_speaker_is_not_both_sides(text: str) -> None:
    found = facts(text)
    assert not find(found, "adheresTo", party=CHILE), shown(found)


# -- a signing told again of "the accord" is the same signing -------------------------------------

_SIGNED = "Guyana and Suriname signed a river boundary treaty on Wednesday in Paramaribo. "


@pytest.mark.parametrize(
    "text",
    [
        _SIGNED + "The accord was signed at the presidential palace by the two foreign ministers.",
        _SIGNED + "The deal, signed by the foreign ministers of Guyana and Suriname, ends a feud.",
        _SIGNED + "The pact was signed in the presence of both presidents by Guyana and Suriname.",
    ],
)
def test_a_signing_told_again_is_one(text: str) -> None:
    found = facts(text)
    told = {_told(f) for f in find(found, "signed", parties={GUYANA, SURINAME})}
    # "a river boundary treaty": "river" tells its subject, the week's year dates the new one
    assert told == {("document/river-boundary-treaty-of-2020", "2020-04-29")}, shown(found)


def test_two_documents_signed_are_two() -> None:
    found = facts(_SIGNED + "In 2012 Guyana and Suriname signed a fisheries accord in Georgetown.")
    assert len({_told(f) for f in find(found, "signed", parties={GUYANA, SURINAME})}) == 2, shown(
        found
    )


def _told(f) -> tuple[str, object]:
    """A signing as the article's facts tell it (a signing folded into another is the same)."""
    return (f.args["document"].key, f.args.get("date"))


# -- committed to a document; an unnamed official's country -------------------------------------

_ACCORD = "Peru and Ecuador signed the peace accord in Brasilia in 1998. "
ECUADOR = "state/ecuador"


@pytest.mark.parametrize(
    "text",
    [
        _ACCORD + "Ecuador is committed to the accord.",
        _ACCORD + "Ecuador remains committed to the accord, its foreign ministry said.",
        _ACCORD + "Ecuador's foreign minister said his country would respect the accord.",
        _case(
            _ACCORD + "The Ecuadorian foreign minister said his government was committed to it.",
            xfail="'his government was committed to it': the copula's possessed subject is not "
            "read as the adherent",
        ),
    ],
)
def test_committed_to_a_document(text: str) -> None:
    found = facts(text)
    assert find(found, "adheresTo", party=ECUADOR), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        _ACCORD + "Ecuador is not committed to the accord.",
        _ACCORD + "Ecuador is no longer committed to the accord.",
        _ACCORD + "Ecuador's foreign minister said his country would not respect the accord.",
    ],
)
def test_not_committed_to_a_document(text: str) -> None:
    found = facts(text)
    assert not find(found, "adheresTo", party=ECUADOR), shown(found)
