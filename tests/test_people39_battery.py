"""Offices, statements and meetings as news in general words them (issue 12, nineteenth round,
people39).

Sentences written for this module, in wire-copy wording, about disputes outside the never-read
batches:
- a meeting told in a clause that follows it ("after meeting X", "after she met X", "after talks
  with X", "after X was received by Y") names no city of its own; the clause it hangs on is told
  in one ("told a news conference in Madrid", "the announcement was made in Riga", "a declaration
  issued in Rabat"): the meeting was held there. Seen in three articles of three study batches
  (TT, TTT, TTTTTTT: the Chafarinas, Latvia-Lithuania and Canary waters reports). Not where a
  journey went after it ("arrived in Lima after meeting X"), and not when the clause names two
  cities or the meeting its own;
- "by Mexican Foreign Minister A and Guatemalan envoy B": where the parser hangs both titled names
  under the second, the second name's title is the words after the "and" alone
  (kg.ingest.nlp.titled_pairs), and the first name keeps its own.
"""

from __future__ import annotations

import pytest
from helpers import facts
from spacy.tokens import Doc

from kg import gazetteer
from kg.gazetteer import Gazetteer
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.office_phrase import Title
from kg.ingest.nlp.parse import nlp
from kg.ingest.nlp.titled_pairs import own_title


def _meetings(text: str) -> list[tuple[frozenset[str], str | None]]:
    """The participants (entity keys) and the place (key) of each meeting told."""
    return [
        (
            frozenset(e.key for e in f.args["participants"]),
            getattr(f.args.get("place"), "key", None),
        )
        for f in facts(text)
        if f.rel == "meeting" and not f.negated
    ]


BAPTISTE, SOSA = "person/rohan-baptiste", "person/celinda-sosa"
PAIR = frozenset({BAPTISTE, SOSA})
GEORGETOWN, LA_PAZ = "city/georgetown", "city/la-paz"

# (article, the city the meeting was held in)
HELD_THERE = [
    # -- a participle after "after"; the city on the outer verb's object
    (
        "Foreign Minister Rohan Baptiste told a news conference in Georgetown after meeting "
        "Bolivian Foreign Minister Celinda Sosa.",
        GEORGETOWN,
    ),
    # -- a finite clause with its subject; a passive outer verb
    (
        "The plan was announced in Georgetown by Foreign Minister Rohan Baptiste, after he met "
        "his Bolivian counterpart Celinda Sosa.",
        GEORGETOWN,
    ),
    # -- the meeting noun: "after talks with"
    (
        "Foreign Minister Rohan Baptiste told reporters in Georgetown after talks with Bolivian "
        "Foreign Minister Celinda Sosa that the two sides would meet again.",
        GEORGETOWN,
    ),
    # -- the converse verb in the passive
    (
        "The fisheries accord was signed in Georgetown on Friday after Bolivian Foreign Minister "
        "Celinda Sosa was received by Foreign Minister Rohan Baptiste.",
        GEORGETOWN,
    ),
    # -- the city in a phrase before the clause (the parser hangs it on the clause's verb)
    (
        "In a joint declaration issued in Georgetown in April, after Bolivian Foreign Minister "
        "Celinda Sosa was received by Foreign Minister Rohan Baptiste, Bolivia backed Guyana's "
        "plan for the river.",
        GEORGETOWN,
    ),
    # -- "following", the city told at the end
    (
        "Following talks with Bolivian Foreign Minister Celinda Sosa, Foreign Minister Rohan "
        "Baptiste signed the fisheries accord at a ceremony in La Paz.",
        LA_PAZ,
    ),
]


@pytest.mark.parametrize(("text", "city"), HELD_THERE)
def test_a_meeting_in_a_clause_right_after_is_held_where_that_clause_is(
    text: str, city: str
) -> None:
    assert (PAIR, city) in _meetings(text)


# (article, the place the meeting must not get)
NOT_THERE = [
    # -- a journey after the meeting: where it went is not where they met
    (
        "Foreign Minister Rohan Baptiste arrived in Georgetown after meeting Bolivian Foreign "
        "Minister Celinda Sosa.",
        GEORGETOWN,
    ),
    (
        "Foreign Minister Rohan Baptiste returned to Georgetown after talks with Bolivian "
        "Foreign Minister Celinda Sosa.",
        GEORGETOWN,
    ),
    # -- two cities in the outer clause: which one is not said
    (
        "Foreign Minister Rohan Baptiste spoke in Georgetown and in La Paz after meeting Bolivian "
        "Foreign Minister Celinda Sosa.",
        GEORGETOWN,
    ),
]


@pytest.mark.parametrize(("text", "city"), NOT_THERE)
def test_no_place_where_the_outer_clause_does_not_settle_it(text: str, city: str) -> None:
    found = _meetings(text)
    assert found and all(place != city for _, place in found)


def test_a_meeting_with_its_own_city_keeps_it() -> None:
    text = (
        "Foreign Minister Rohan Baptiste told reporters in Georgetown after he met Bolivian "
        "Foreign Minister Celinda Sosa in La Paz."
    )
    assert (PAIR, LA_PAZ) in _meetings(text)


# -- two titled people joined by "and" that the parser hangs under the second name ------------
# Seen in three articles of three study batches (TTT, TTTT, TTTTTTTT): "by Guinea-Bissau's
# President A and his Senegalese counterpart B", "by Mexican Foreign Minister A and Guatemalan
# envoy B", "by President A and Guinea's transitional leader, Colonel B". The parser's misreading
# is built by hand here (the sentence and its tree as the small English model reads such names),
# so that the test does not hang on which names the model happens to misparse.

_WORDS = "signed by Zambian Foreign Minister Mulambo Haimbe and Malawian envoy Chikosa Silungwe"
_HEADS = [0, 0, 4, 4, 11, 6, 9, 6, 6, 11, 11, 1]
_DEPS = ["ROOT", "agent", "compound", "compound", "compound", "nmod", "nmod", "cc", "conj"]
_DEPS += ["compound", "compound", "pobj"]
_POS = ["VERB", "ADP", "ADJ", "PROPN", "PROPN", "PROPN", "PROPN", "CCONJ", "ADJ", "NOUN"]
_POS += ["PROPN", "PROPN"]


def _misparsed() -> tuple[Parsed, Gazetteer, int]:
    """ "signed by Zambian Foreign Minister Mulambo Haimbe and Malawian envoy Chikosa Silungwe",
    every word hung under the last name; the Parsed, the gazetteer and the second name's start."""
    doc = Doc(nlp().vocab, words=_WORDS.split(), heads=_HEADS, deps=_DEPS, pos=_POS)
    for t in doc:
        t.lemma_ = t.lower_
    gz = gazetteer.load()
    text = doc.text
    states = [("Zambian", "state/zambia"), ("Malawian", "state/malawi")]
    mentions = [
        Mention(text.index(w), text.index(w) + len(w), w, "S", gz.get(key), how="demonym")
        for w, key in states
    ]
    return Parsed.of(doc, 0, mentions), gz, text.index("Chikosa")


def test_the_second_name_takes_the_title_after_the_and() -> None:
    p, gz, name = _misparsed()
    zambia = gz.get("state/zambia")
    parsed = Title("foreign minister", zambia, start=p.offset + p.doc[2].idx)
    title = own_title(p, gz, parsed, name)
    assert title is not None
    assert (title.office, title.of.key if title.of else None) == ("ambassador", "state/malawi")


def test_a_title_with_no_second_person_is_kept() -> None:
    p, gz, _ = _misparsed()
    zambia = gz.get("state/zambia")
    parsed = Title("foreign minister", zambia, start=p.offset + p.doc[2].idx)
    first = p.offset + p.doc[5].idx
    assert own_title(p, gz, parsed, first) == parsed


def test_a_state_named_with_and_is_no_second_person() -> None:
    text = "The deal was signed by Trinidad and Tobago's Prime Minister Keith Rowley on Friday."
    found = [
        (f.args["role"], f.args["of"].key)
        for f in facts(text)
        if f.rel == "holdsRole" and f.args["person"].key == "person/keith-rowley"
    ]
    assert ("prime minister", "state/trinidad-and-tobago") in found
