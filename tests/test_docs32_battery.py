"""Documents issued, conditions, suspensions and obligations withdrawn in wording not read before
(issue 12, fifteenth round, docs32).

Every sentence was written for this module, in wire-copy wording about disputes the never-read
batches do not cover (the Essequibo, the Falklands, the Kurils, Guatemala-Belize, Hans Island).
Each reading has its rewrites and, where a reading was too wide, its near-misses:
- a statement that carries what was said ("issued a statement saying", "a statement issued by X
  said", "A and B issued statements condemning") was issued by its issuers, each;
- a body suspends too (a league, a commission, a peacekeeping force), and what is suspended may be
  launches, traffic, movements or sessions; a call on another to halt suspends nothing;
- "no longer considers itself bound by the accord": the state is the subject of "considers"; the
  document may be the of-phrase of what binds ("the arrangements of the 1991 treaty"), whose year
  is no date of the withdrawal;
- "pulled out of its pledge to finance ...": the infinitive the parser hung on the verb is the
  pledge's content, and a date inside the pledge's own participle is the pledge's;
- "commits A to recognise X and requires B to ...", with "requires" joined to the infinitive by
  the parser: its subject is the document that commits; "both armies" are the two states in play;
- a court's ruling told by its verb ("ruled in July 2016") and by its name ("the award, issued on
  July 12, 2016") is one ruling, at the finer date, even where the day is told only once;
- a submission (application, request) a body endorses is not the body's to issue;
- a year on another document's name ("the 1899 award") or inside what is said ("said in a note
  that ...") dates neither a new "note" nor its issuing;
- a byline block's date line is the publication date: "ASTANA, Oct. 15, 2024 -" with no agency,
  "Published: June 4, 2025", "By a Staff Reporter | Published 11 September 2026";
- a place phrase the parser hung on the verb right after what is suspended is part of it ("work
  at the crossing"), a time phrase is not;
- a condition set by a statement ("The statement made X conditional on Y"), by a document "under"
  which X "was made dependent on Y", or on a document's own act ("Its entry into force is
  conditional on Y").
"""

from __future__ import annotations

import pytest
from helpers import facts, shown

from kg.model import Entity, Fact


def _holds(found: list[Fact], rel: str, **want: str) -> bool:
    """A fact of ``rel`` whose entity roles have these keys or labels and whose text roles
    contain these words."""

    def fits(value: object, wanted: str) -> bool:
        if isinstance(value, Entity):
            return wanted in (value.key, value.label, *value.aliases)
        return isinstance(value, str) and wanted.lower() in value.lower()

    return any(
        f.rel == rel and not f.negated and all(fits(f.args.get(k), v) for k, v in want.items())
        for f in found
    )


BATTERY: list = [
    # -- a statement that carries what was said is issued
    (
        "issued",
        {"issuer": "state/guyana", "document": "statement"},
        "Guyana issued a statement saying the Essequibo belongs to it under the 1899 award.",
    ),
    (
        "issued",
        {"issuer": "state/guyana", "document": "statement"},
        "A statement issued by Guyana on Monday said the award of 1899 settled the border.",
    ),
    (
        "issued",
        {"issuer": "state/belize", "document": "statement"},
        "According to a statement issued by Belize, the cayes were never Guatemalan.",
    ),
    (
        "issued",
        {"issuer": "state/chile", "document": "statements"},
        "Chile, Peru and Brazil issued statements condemning the Venezuelan referendum.",
    ),
    (
        "issued",
        {"issuer": "state/brazil", "document": "statements"},
        "Chile, Peru and Brazil issued statements condemning the Venezuelan referendum.",
    ),
    # -- a body suspends; launches, traffic, movements and sessions are suspended
    (
        "suspends",
        {"party": "Arab League", "what": "membership"},
        "The Arab League suspended Syria's membership in 2011 in protest at the crackdown.",
    ),
    (
        "suspends",
        {"party": "state/argentina", "what": "launches"},
        "Argentina suspended rocket launches from the base in 2019, citing safety concerns.",
    ),
    (
        "suspends",
        {"party": "state/guatemala", "what": "traffic"},
        "Guatemala suspended traffic across the Sarstoon after the incident.",
    ),
    (
        "suspends",
        {"party": "state/denmark", "what": "sessions"},
        "Denmark suspended the sessions of the joint commission on Hans Island in 2005.",
    ),
    # -- where it was suspended, hung on the verb, is part of what was suspended
    (
        "suspends",
        {"party": "state/belize", "what": "work at the Sarstoon crossing"},
        "Belize suspended work at the Sarstoon crossing in 2021 after a clash with Guatemalan troops.",
    ),
    (
        "suspends",
        {"party": "state/guyana", "what": "patrols in the northern part of the river"},
        "Guyana has suspended patrols in the northern part of the river because of the incident.",
    ),
    # -- no longer bound: the state that considers itself so, the document of its arrangements
    (
        "withdrewObligation",
        {"state": "state/venezuela", "obligation": "Geneva Agreement"},
        "Venezuela no longer considers itself bound by the 1966 Geneva Agreement, its foreign "
        "minister said on Monday.",
    ),
    (
        "withdrewObligation",
        {"state": "state/russia", "obligation": "arrangements"},
        "Russia told Japan that it was no longer bound by the visa-free arrangements of the 1991 "
        "memorandum.",
    ),
    # -- the content of a pledge the parser hung on the verb
    (
        "withdrewObligation",
        {"state": "state/russia", "obligation": "to finance the new port"},
        "Russia pulled out of its 2015 pledge to finance the new port on Iturup.",
    ),
    (
        "withdrewObligation",
        {"state": "state/argentina", "obligation": "to open the air link"},
        "Argentina has abandoned a pledge, made by a previous government in 2016, to open the air "
        "link to the islands.",
    ),
    # -- a finite verb the parser joined to an infinitive shares its governor's subject
    (
        "obliges",
        {"document": "protocol", "party": "state/guyana", "action": "to withdraw its police"},
        "The protocol commits Venezuela to recognise the line and requires Guyana to withdraw "
        "its police from the island.",
    ),
    (
        "obliges",
        {"document": "protocol", "party": "state/venezuela", "action": "to recognise the line"},
        "The protocol commits Venezuela to recognise the line and requires Guyana to withdraw "
        "its police from the island.",
    ),
    # -- "both armies": the two states in play
    (
        "obliges",
        {"party": "state/peru", "action": "to pull their units back"},
        "Peru and Ecuador signed a deal in Brasilia on Monday. The deal requires both armies to "
        "pull their units back from the Cenepa valley.",
    ),
    (
        "obliges",
        {"party": "state/ecuador", "action": "to pull their units back"},
        "Peru and Ecuador signed a deal in Brasilia on Monday. The deal requires both armies to "
        "pull their units back from the Cenepa valley.",
    ),
    # -- conditions set by a statement, under a document, on a document's own act
    (
        "conditionedOn",
        {"document": "statement", "what": "any talks", "condition": "withdrawal"},
        "Guyana issued a statement on Friday. The statement made any talks with Caracas "
        "conditional on a withdrawal of Venezuelan troops from the island.",
    ),
    (
        "conditionedOn",
        {"what": "the return of the cayes", "condition": "ratification"},
        "Officials said that under the 1992 agreement, the return of the cayes was made dependent "
        "on ratification by both congresses.",
    ),
    (
        "conditionedOn",
        {"what": "entry into force", "condition": "approval by the Danish parliament"},
        "Canada and Denmark signed an agreement on Hans Island in Ottawa on Tuesday. Its entry "
        "into force, however, is conditional on approval by the Danish parliament, officials said.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert _holds(found, rel, **roles), shown(found)


# (text, relation, roles the fact must not have)
DENIED: list = [
    # a time hung on the verb is the suspension's date, not part of what was suspended
    (
        "The Arab League suspended Libya's membership in 2011 in protest at the crackdown.",
        "suspends",
        {"what": "in 2011"},
    ),
    # a call on another to halt is no suspension
    (
        "Caracas called on Guyana to halt its drilling operations in the disputed waters.",
        "suspends",
        {"party": "state/guyana"},
    ),
    # the pledge's own year is not the withdrawal's
    (
        "Argentina has abandoned a pledge, made by a previous government in 2016, to open the air "
        "link to the islands.",
        "withdrewObligation",
        {"date": "2016"},
    ),
    # the year of the document bound by is not the withdrawal's
    (
        "Russia told Japan that it was no longer bound by the visa-free arrangements of the 1991 "
        "memorandum.",
        "withdrewObligation",
        {"date": "1991"},
    ),
    # the state that says it is no longer bound, not the one the document is with
    (
        "Venezuela no longer considers itself bound by the 1966 Geneva Agreement with Britain, its "
        "foreign minister said.",
        "withdrewObligation",
        {"state": "state/united-kingdom"},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    found = facts(text)
    assert not _holds(found, rel, **roles), shown(found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Moscow issued a statement saying the preamble was unacceptable.", "state/russia"),
        ("Nepal issued a statement saying the map was final.", "state/nepal"),
        ("A statement issued by Japan said the islands are its territory.", "state/japan"),
    ],
)
def test_issued_statement_keeps_its_words_with_the_issuer(text, speaker):
    """The issued statement is no speaker: what it says stays its issuer's."""
    found = facts(text)
    assert _holds(found, "issued", issuer=speaker, document="statement"), shown(found)
    assert _holds(found, "statement", speaker=speaker), shown(found)
    assert not any(
        f.rel == "statement" and getattr(f.args.get("speaker"), "kind", "") == "Document"
        for f in found
    ), shown(found)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the day the verb gives, the year the named ruling gives: one ruling, of that day
        (
            "The International Court of Justice ruled on April 16, 2013 that the border follows "
            "the river. Belize accepted the 2013 ruling by the International Court of Justice.",
            "2013-04-16",
        ),
        # the month the verb gives, the day the named award gives: one award, of that day
        (
            "An arbitral tribunal ruled in July 2016 that the reef is a rock. The award, issued on "
            "July 12, 2016 by the arbitral tribunal, was rejected by China.",
            "2016-07-12",
        ),
    ],
)
def test_a_ruling_told_twice_is_issued_once(text, date):
    """A court's ruling told by its verb and by its name, at a day, a month or a year: one."""
    found = [f for f in facts(text) if f.rel == "issued"]
    assert len(found) == 1 and found[0].args.get("date") == date, shown(found)


def test_an_endorsed_submission_is_not_issued_by_the_endorser():
    """ "The commission endorsed the submission": what two states lodged with it is theirs."""
    found = facts(
        "Mauritius and Seychelles lodged a joint submission with the UN commission in December "
        "2008. The commission endorsed the submission in March 2011."
    )
    assert _holds(found, "issued", issuer="state/mauritius", date="2008-12"), shown(found)
    assert not any(
        f.rel == "issued" and getattr(f.args.get("issuer"), "kind", "") == "Organization"
        for f in found
    ), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Guyana said in a note that the 1899 award settled the border.",
        "Belize said in a note verbale that the 1859 convention fixed the line.",
        "Japan stated in a memorandum that the 1956 declaration remained valid.",
    ],
)
def test_the_year_of_what_a_document_says_is_not_its_own(text):
    """A year inside the content clause, or on another document's name, dates neither the new
    document nor its issuing."""
    found = [f for f in facts(text) if f.rel == "issued"]
    assert found, shown(found)
    for f in found:
        doc = f.args["document"]
        assert "date" not in f.args and not getattr(doc, "date", None), shown(found)


def test_its_act_is_the_last_treaty_s_not_a_report_s():
    """ "Its implementation is conditional on ...": the accord's, not the report named since."""
    found = facts(
        "Belize and Guatemala signed an accord on Friday. Under its terms, the commission must "
        "submit its first report within a year. Its implementation, however, is conditional on "
        "approval by both congresses."
    )
    conds = [f for f in found if f.rel == "conditionedOn"]
    assert conds and all("report" not in f.args["document"].label for f in conds), shown(found)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a byline over a dateline with no agency, its dash after the date
        (
            "Kazakhstan takes back a launch pad\n\nBy Jane Doe\nASTANA, Oct. 15, 2024 -\n\n"
            "Russia handed over a launch complex on Monday, officials said.\n",
            "2024-10-15",
        ),
        # a byline over a labelled publication date
        (
            "Slovenia demands troops leave a peak\n\nBy Jane Doe\nPublished: June 4, 2025\n\n"
            "LJUBLJANA - Slovenia handed a note to Croatia on Tuesday, officials said.\n",
            "2025-06-04",
        ),
        # a staff byline and its date on one line
        (
            "Britain says China breaches declaration\n\nBy a Staff Reporter | Published 11 "
            "September 2026\n\nLONDON - The Foreign Office published a report on Thursday.\n",
            "2026-09-11",
        ),
    ],
)
def test_a_byline_s_date_line_is_the_publication_date(text, published):
    """The date a byline block gives is the report's day, whatever year the body names later."""
    from kg.ingest import article

    assert article.parse(text, name="test").source.published == published
