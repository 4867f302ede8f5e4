"""Collective parties, round 22 (issue 12: on unseen text agreedTo, signed, disputes and meeting
were found for about a third of the gold; news names the two parties of an accord, a dispute or
talks collectively far more often than by name).

"The two sides agreed", "both governments signed", "the neighbours have disputed", "the pair",
"the rivals", "the two capitals": a group word (data/lexicon/references.yaml, ``pairs`` and
``participants``) that names the two states the article has in play, or the two leaders last
named together. Negatives: failed or hoped-for acts, one state only in play, three states with no
way to tell which two, "the two islands" (land, not parties).

Multi-sentence snippets written for these tests in agency styles, on disputes not among the
never-read batches' topics.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, shown

ERITREA, DJIBOUTI = "state/eritrea", "state/djibouti"
BELIZE, GUATEMALA = "state/belize", "state/guatemala"
GUYANA, SURINAME, VENEZUELA = "state/guyana", "state/suriname", "state/venezuela"
ECUADOR, PERU = "state/ecuador", "state/peru"
LASSO, CASTILLO = "person/guillermo-lasso", "person/pedro-castillo"
RAS_DOUMEIRA, SAPODILLA = "territory/ras-doumeira", "territory/sapodilla-cayes"
WAR = "Eritrea and Djibouti fought a brief border war in 2008. "
ICJ = "Belize and Guatemala took their quarrel to the World Court in 2019. "


def _case(text: str, rel: str, want: dict, xfail: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, rel, want, marks=marks, id=text[-70:])


POSITIVES = [
    # -- agreedTo: "the two sides / the pair / the neighbours agreed"
    _case(
        WAR + "The two sides agreed in 2010 to let Qatar mediate.",
        "agreedTo",
        {"parties": {ERITREA, DJIBOUTI}, "date": "2010"},
    ),
    _case(
        WAR + "The pair agreed to let Qatar mediate.", "agreedTo", {"parties": {ERITREA, DJIBOUTI}}
    ),
    _case(
        WAR + "The two neighbours agreed in 2010 to let Qatar mediate.",
        "agreedTo",
        {"parties": {ERITREA, DJIBOUTI}},
    ),
    _case(
        WAR + "The two capitals agreed to let Qatar mediate.",
        "agreedTo",
        {"parties": {ERITREA, DJIBOUTI}},
    ),
    _case(
        WAR + "The two countries reached a deal on prisoners in 2016.",
        "agreedTo",
        {"parties": {ERITREA, DJIBOUTI}, "date": "2016"},
    ),
    _case(
        WAR + "Both sides have agreed to a ceasefire.",
        "agreedTo",
        {"parties": {ERITREA, DJIBOUTI}},
    ),
    _case(  # reported by a third state, named after the pair
        WAR + "Qatar said the two countries had agreed to free all prisoners.",
        "agreedTo",
        {"parties": {ERITREA, DJIBOUTI}},
    ),
    _case(  # a mediator as often named as each: the pair named together decides
        "Qatar offered to mediate between Eritrea and Djibouti. The two countries agreed in 2010 "
        "to free all prisoners.",
        "agreedTo",
        {"parties": {ERITREA, DJIBOUTI}},
    ),
    _case(  # "the two leaders", after the two were named together without a meeting
        "Ecuador's President Guillermo Lasso and Peru's President Pedro Castillo have traded barbs "
        "for months. The two leaders agreed on Friday to reopen the border.",
        "agreedTo",
        {"parties": {LASSO, CASTILLO, ECUADOR, PERU}},
    ),
    # -- signed: active, passive, participial, nominalised
    _case(
        WAR + "The two nations signed a peace accord in 2010.",
        "signed",
        {"parties": {ERITREA, DJIBOUTI}, "date": "2010"},
    ),
    _case(
        WAR + "In 2010 the rivals signed a peace accord in Doha.",
        "signed",
        {"parties": {ERITREA, DJIBOUTI}},
    ),
    _case(
        WAR + "The pair signed a peace accord in 2010.", "signed", {"parties": {ERITREA, DJIBOUTI}}
    ),
    _case(
        WAR + "A peace accord was signed by the two countries in Doha in 2010.",
        "signed",
        {"parties": {ERITREA, DJIBOUTI}, "date": "2010"},
    ),
    _case(
        WAR + "The accord, signed by the two neighbours in 2010, was brokered by Qatar.",
        "signed",
        {"parties": {ERITREA, DJIBOUTI}},
    ),
    _case(
        WAR + "Qatar offered to mediate. The two sides signed a peace accord in Doha in 2010.",
        "signed",
        {"parties": {ERITREA, DJIBOUTI}},
    ),
    _case(
        "Guyana and Suriname held talks in Paramaribo on Tuesday. Both governments signed a "
        "memorandum on fishing rights.",
        "signed",
        {"parties": {GUYANA, SURINAME}},
    ),
    # -- the pair a headline names, before the body names any
    _case(
        "Ecuador, Peru sign peace deal\n\nThe two neighbours signed a peace deal in Brasilia on "
        "Monday.",
        "signed",
        {"parties": {ECUADOR, PERU}},
    ),
    _case(
        "Ecuador and Peru sign peace deal\n\nEcuador's president flew to Brasilia. The two "
        "neighbours signed a peace deal there on Monday.",
        "signed",
        {"parties": {ECUADOR, PERU}},
    ),
    # -- disputes: "the neighbours / rivals / two countries have disputed"
    _case(
        ICJ + "The two neighbours have disputed the Sapodilla Cayes since 1859.",
        "disputes",
        {"parties": {BELIZE, GUATEMALA}, "territory": SAPODILLA},
    ),
    _case(
        ICJ + "The rivals have disputed the Sapodilla Cayes since 1859.",
        "disputes",
        {"parties": {BELIZE, GUATEMALA}, "territory": SAPODILLA},
    ),
    _case(
        ICJ + "The neighbours have long disputed the Sapodilla Cayes.",
        "disputes",
        {"parties": {BELIZE, GUATEMALA}, "territory": SAPODILLA},
    ),
    _case(
        ICJ + "Both nations claim the Sapodilla Cayes.",
        "disputes",
        {"parties": {BELIZE, GUATEMALA}, "territory": SAPODILLA},
    ),
    _case(
        WAR
        + "Ras Doumeira, which the two countries have disputed since 1996, lies on the Red Sea.",
        "disputes",
        {"parties": {ERITREA, DJIBOUTI}, "territory": RAS_DOUMEIRA},
    ),
    _case(
        WAR + "The two countries' dispute over Ras Doumeira dates back to 1996.",
        "disputes",
        {"parties": {ERITREA, DJIBOUTI}, "territory": RAS_DOUMEIRA},
    ),
    _case(
        WAR + "The pair have disputed Ras Doumeira since 1996.",
        "disputes",
        {"parties": {ERITREA, DJIBOUTI}, "territory": RAS_DOUMEIRA},
    ),
    _case(
        "Venezuela and Guyana both claim the Essequibo region. The two countries have disputed "
        "it for more than a century.",
        "disputes",
        {"parties": {VENEZUELA, GUYANA}},
    ),
    # -- meeting: "the two leaders met", after the two were named
    _case(
        "Ecuador's President Guillermo Lasso and Peru's President Pedro Castillo have traded barbs "
        "for months. The two leaders met in Lima on Friday.",
        "meeting",
        {"participants": {LASSO, CASTILLO}},
    ),
    _case(
        WAR + "The two sides met in Doha in June 2010.",
        "meeting",
        {"participants": {ERITREA, DJIBOUTI}},
        xfail="a meeting is of people (FORMAT.md); states that met are not read as one",
    ),
]


@pytest.mark.parametrize(("text", "rel", "want"), POSITIVES)
def test_collective_parties(text: str, rel: str, want: dict) -> None:
    found = facts(text)
    assert find(found, rel, **want), shown(found)


NEGATIVES = [
    # failed, hoped for, expected: no act
    (
        "Guyana and Suriname resumed talks. The two sides failed to agree on the river border.",
        "agreedTo",
    ),
    (
        "Guyana and Suriname resumed talks. The two neighbours have yet to agree on a border.",
        "agreedTo",
    ),
    (
        "Guyana and Suriname held talks. The two governments hope to sign a border treaty next year.",
        "signed",
    ),
    (
        "Guyana and Suriname held talks. Both governments are expected to sign a border treaty "
        "next year.",
        "signed",
    ),
    ("Guyana and Suriname held talks. The two sides did not sign the accord.", "signed"),
    # one state only in play
    ("Eritrea fought a brief war in 2008. The two sides agreed to let Qatar mediate.", "agreedTo"),
    # three states with no way to tell which two
    (
        "Egypt, Sudan and Ethiopia held talks on the Nile dam on Monday. The two sides agreed to "
        "set up a technical committee.",
        "agreedTo",
    ),
    (
        "Egypt, Sudan and Ethiopia held talks on the Nile dam. Both sides signed a memorandum.",
        "signed",
    ),
    (
        "Egypt, Sudan and Ethiopia held talks on the Nile dam. The two sides said they would meet "
        "again.",
        "statement",
    ),
    (
        "Egypt, Sudan and Ethiopia held talks on the Nile dam. The two leaders agreed to meet "
        "again.",
        "agreedTo",
    ),
    (  # a headline naming three states tells no pair
        "Ecuador, Peru and Chile meet\n\nThe two neighbours signed a peace deal in Brasilia on "
        "Monday.",
        "signed",
    ),
    # land, not parties
    ("Belize and Guatemala both claim the cays. The two islands are disputed.", "disputes"),
]


@pytest.mark.parametrize(("text", "rel"), NEGATIVES, ids=[t[-60:] for t, _ in NEGATIVES])
def test_no_collective_parties(text: str, rel: str) -> None:
    found = facts(text)
    assert not [f for f in found if f.rel == rel and not f.negated and len(_parties(f)) >= 2], (
        shown(found)
    )


def _parties(f) -> tuple:
    value = f.args.get("parties") or f.args.get("speaker") or f.args.get("participants") or ()
    return value if isinstance(value, tuple) else (value,)
