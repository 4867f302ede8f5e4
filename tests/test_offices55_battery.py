"""Offices told in a government's own wording, a membership of a named body, and Kenya's cabinet
secretaries (issue 12, offices55).

(1) "the TITLE, Mrs. A, and Dr. B signed", "the TITLE1, Mr. A, and the TITLE2, Mr. B,
attended": a press release sets each official's title before the name with commas and a courtesy
title. The small parser joins the names to the first title as conjuncts or appositions; the title
right before a name's comma is its own (kg.ingest.nlp.misread_appositions), also where the title
ends in a portfolio's second conjunct ("Foreign Affairs and Diaspora") or in an "of" phrase whose
noun titles no one ("the Leader of the Opposition"), and a far title is not a later name's when
another name was told between (kg.ingest.nlp.titles). "of the" inside an office's own "of" phrase
is a word of its name ("Minister of the Interior", not a bare "minister": office_phrase).

(2) "X, a member of the Legislative Assembly": a membership of a body the title names is an
office of that body; "a member of the delegation", "a crew member" name no body, and hold none;
"the Finnish member of the tribunal" says where the member is from. Any other office the person's
titles give comes first ("Finland's transport minister X ... X, a member of the Finns Party").

(3) "Prime Cabinet Secretary X", "Interior Cabinet Secretary X": a Kenyan minister, never Japan's
chief cabinet secretary (data/gazetteer/offices.yaml).

(4) "Kosovo's chief negotiator, Deputy Prime Minister X": a title set by a comma before a name
that has a title of its own run on to it is a second office (kg.ingest.nlp.coordinated_titles);
"his Chinese counterpart, Foreign Minister X" is none.

(5) "The opposition Party of Socialists rejected the deal. Its leader, X, said": a vague title
opening with "its" is an office of the body the sentence before has as subject
(kg.ingest.nlp.rules.people, possessed_titles.possessor); "The leader, X" is none.

Texts written for these tests, not from any batch.
"""

from __future__ import annotations

from helpers import roles_read

_RELEASE = (
    "PRESS RELEASE: Malta and Tunisia sign fisheries accord\n\n"
    "Office of the Prime Minister of the Republic of Malta\n"
    "Auberge de Castille, Valletta, 4 March 2026\n\n"
    "Prime Minister Robert Abela received the Foreign Minister of the Republic of Tunisia, "
    "Mr. Mohamed Ali Nafti, on Tuesday.\n\n"
)


def _holds(text: str, person: str) -> set[tuple[str, str]]:
    return roles_read(text).get(person, set())


def test_a_courtesy_title_after_a_portfolio_and_before_another_name() -> None:
    text = _RELEASE + (
        "After the talks, the Minister for Foreign and European Affairs and Trade, Mr. Ian "
        "Borg, and Mr. Nafti signed the accord on fishing around Filfla."
    )
    roles = _holds(text, "Ian Borg")
    assert any(of == "Malta" and "foreign" in role for role, of in roles)
    assert not any(of == "Tunisia" for _, of in _holds(text, "Ian Borg"))


def test_two_titled_names_in_one_coordination() -> None:
    text = _RELEASE + (
        "The Ambassador of Tunisia to Malta, Mr. Ahmed Ben Salah, and the Permanent Secretary "
        "for Foreign Affairs, Mr. Joseph Camilleri, attended the talks."
    )
    assert any(of == "Tunisia" for _, of in _holds(text, "Ahmed Ben Salah"))
    camilleri = _holds(text, "Joseph Camilleri")
    assert camilleri and not any(of == "Tunisia" for _, of in camilleri)
    assert any("permanent secretary" in role for role, _ in camilleri)


def test_the_leader_of_the_opposition_with_an_honorific() -> None:
    text = _RELEASE + (
        "The Government has received the letter handed over on Monday by the Leader of the "
        "Opposition, Hon. Bernard Grech, on behalf of his party."
    )
    assert ("leader of the opposition", "Malta") in _holds(text, "Bernard Grech")


def test_an_office_named_with_the_inside_its_of_phrase() -> None:
    text = (
        "NAIROBI, May 4 (Reuters) - Kenya sent police boats to the lake on Monday.\n\n"
        "The Minister of the Interior, Mr. Peter Otieno, said the boats would stay."
    )
    assert any(role == "minister of the interior" for role, _ in _holds(text, "Peter Otieno"))


def test_a_member_of_a_named_assembly() -> None:
    text = (
        "STANLEY, June 3 (AFP) - The Falkland Islands government approved the licences.\n\n"
        "Sarah Ford, a member of the islands' Legislative Assembly, said the decision "
        "would help the fishing fleet. The licences were also welcomed by Tom Hale, who sits "
        "in the assembly."
    )
    roles = _holds(text, "Sarah Ford")
    assert any(role.startswith("member of") and "Legislative Assembly" in of for role, of in roles)


def test_a_member_of_no_named_body_holds_nothing() -> None:
    text = (
        "NAIROBI, May 4 (Reuters) - Kenya protested the arrests on Monday.\n\n"
        "John Kamau, a member of the delegation, said Kenya would not yield. Paul Njoroge, a "
        "crew member of the fishing boat, said Ugandan police had seized the catch."
    )
    assert not _holds(text, "John Kamau")
    assert not _holds(text, "Paul Njoroge")


def test_kenyan_cabinet_secretaries_are_no_japanese_office() -> None:
    text = (
        "NAIROBI, May 4 (Reuters) - Kenya protested to Uganda on Monday.\n\n"
        "Prime Cabinet Secretary Wycliffe Oparanya summoned the envoy. Kenya's Interior Cabinet "
        "Secretary Grace Wanjiru said police would patrol the lake."
    )
    oparanya = _holds(text, "Wycliffe Oparanya")
    assert ("prime cabinet secretary", "Kenya") in oparanya
    assert ("interior cabinet secretary", "Kenya") in _holds(text, "Grace Wanjiru")


def test_the_japanese_chief_cabinet_secretary_stays_japans() -> None:
    text = (
        "TOKYO, May 4 (Kyodo) - Japan lodged a protest on Monday.\n\n"
        "Chief Cabinet Secretary Kenji Mori told reporters the survey was unacceptable."
    )
    assert ("chief cabinet secretary", "Japan") in _holds(text, "Kenji Mori")


def test_a_title_set_before_a_titled_name_is_a_second_office() -> None:
    text = (
        "ACCRA, May 4 (Reuters) - Ghana and Togo agreed to mark the border.\n\n"
        "The talks were led by Ghana's chief negotiator, Deputy Foreign Minister Kwame Mensah, "
        "and Togo's defence minister, Yao Kodjo."
    )
    roles = _holds(text, "Kwame Mensah")
    assert ("chief negotiator", "Ghana") in roles
    assert ("deputy foreign minister", "Ghana") in roles


def test_a_counterpart_before_a_titled_name_is_no_second_office() -> None:
    text = (
        "BEIJING, May 4 (Xinhua) - China and Russia signed the protocol.\n\n"
        "Sergey Lavrov met his Chinese counterpart, Foreign Minister Wang Yi, in Beijing."
    )
    assert _holds(text, "Wang Yi") == {("foreign minister", "China")}


def test_a_member_named_by_nationality_or_beside_an_office() -> None:
    text = (
        "HELSINKI, May 4 (Reuters) - Finland will not renew the canal lease.\n\n"
        "Finland's Minister of Transport Anna Virtanen, a member of the Finns Party, said the "
        "lease would end. Pekka Laine, the Finnish member of the arbitral tribunal, dissented."
    )
    assert ("minister of transport", "Finland") in _holds(text, "Anna Virtanen")
    assert not any(of == "Finland" for _, of in _holds(text, "Pekka Laine"))


def test_a_membership_told_first_gives_way_to_the_office() -> None:
    text = (
        "HELSINKI, May 4 (Reuters) - Finland will not renew the canal lease.\n\n"
        "Anna Virtanen, a member of the Finns Party, said the lease would end. Finland's "
        "transport minister, Anna Virtanen, spoke in Helsinki on Monday."
    )
    roles = _holds(text, "Anna Virtanen")
    assert ("transport minister", "Finland") in roles
    assert not any(of == "Finns Party" and "minister" in role for role, of in roles)


def test_its_leader_is_the_leader_of_the_body_told_before() -> None:
    text = (
        "CHISINAU, May 4 (Reuters) - Moldova agreed to swap the land.\n\n"
        "The opposition Party of Socialists rejected the deal. Its leader, former president "
        "Igor Dodon, said the government was giving away national territory."
    )
    assert ("leader", "Party of Socialists") in _holds(text, "Igor Dodon")


def test_a_bare_leader_with_no_its_holds_nothing() -> None:
    text = (
        "CHISINAU, May 4 (Reuters) - Moldova agreed to swap the land.\n\n"
        "The opposition Party of Socialists rejected the deal. The leader, Igor Dodon, said the "
        "government was giving away national territory."
    )
    assert not any(role == "leader" for role, _ in _holds(text, "Igor Dodon"))
