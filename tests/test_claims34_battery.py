"""A claim said in a quotation's sentence of its own (issue 12, sixteenth round, claims34).

A quotation of two sentences has one tag: '"X belongs to us. We will not ...," the minister said'
or '..., said the minister. "X is ours."'. The sentence without the tag has no verb of saying over
its clause, so the triggers that count only under one ("belongs to", "is part of its territory",
"X is Argentine") read it as the outlet's sentence and found nothing. Seen in three writers'
articles (T17's "Olohega belongs to Tokelau. We are not asking ...", T21's "... said in Bogota.
'The cays are Colombian, ...'", T30's "Shaksgam Valley is a part of India's territory. We have
never accepted ..."). Now the speaker the quotation has says it, and the view is the speaker's
state's alone: a minister who quotes another state's view claims nothing for it, and a quoted
speaker whose state the article never tells credits no state.

A state that will not yield its sovereignty asserts it: "will never give up (cede, surrender,
renounce) its sovereignty over X", "refused to surrender sovereignty over X", as "would never
negotiate its sovereignty over" already did (H's Antarctic sector, G's Isla Aves); sovereignty
ceded, or yielding that is urged or only possible, asserts nothing.

Sentences written for these tests, in news style, about the Falklands, Gibraltar, the Essequibo and
the Kurils (disputes of the dev set, outside the never-read batches).
"""

from __future__ import annotations

import pytest
from helpers import FALKLANDS, KUNASHIR, RUSSIA, UK, facts, has, shown

ARGENTINA, SPAIN, VENEZUELA = "state/argentina", "state/spain", "state/venezuela"
GIBRALTAR, ESSEQUIBO = "territory/gibraltar", "territory/guayana-esequiba"

# (relation, roles, text): the quoted sentence with the tag in the next or the previous one
SAID: list = [
    (
        "assertsSovereignty",
        {"state": ARGENTINA, "territory": FALKLANDS},
        '"The Malvinas are Argentine. We will never give up," Argentine Foreign Minister Diana '
        "Mondino said.",
    ),
    (
        "assertsSovereignty",
        {"state": ARGENTINA, "territory": FALKLANDS},
        '"We will keep talking," said Argentine Foreign Minister Diana Mondino. "The Falkland '
        'Islands belong to Argentina."',
    ),
    (
        "claims",
        {"claimant": ARGENTINA, "territory": FALKLANDS},
        '"We will keep talking," said Argentine Foreign Minister Diana Mondino. "The Falkland '
        'Islands belong to Argentina."',
    ),
    # the speaker's state told only by the article's end ("foreign ministry spokesman")
    (
        "claims",
        {"claimant": VENEZUELA, "territory": ESSEQUIBO},
        'Venezuela protested on Monday. "The Essequibo belongs to Venezuela. We will not accept the '
        'ruling," foreign ministry spokesman Carlos Ruiz told a briefing.',
    ),
    # another trigger of the class: "part of its territory", a demonym in a conjoined clause
    (
        "claims",
        {"claimant": SPAIN, "territory": GIBRALTAR},
        '"Gibraltar is part of Spain\'s territory. Madrid will not give up," Spanish Foreign '
        "Minister Jose Manuel Albares said.",
    ),
    (
        "assertsSovereignty",
        {"state": SPAIN, "territory": GIBRALTAR},
        '"We have waited for three centuries," Spanish Foreign Minister Jose Manuel Albares told '
        'reporters. "Gibraltar is Spanish, and it will be Spanish again."',
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), SAID)
def test_quoted_sentence_of_its_own_is_the_speakers_view(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (relation, roles that must not be read, text)
NOT_SAID: list = [
    # another state's land, in the speaker's words: no view of that state's
    (
        "assertsSovereignty",
        {"state": UK, "territory": FALKLANDS},
        '"The Falkland Islands belong to Britain. That is the reality," Argentine Foreign Minister '
        "Diana Mondino said.",
    ),
    (
        "claims",
        {"claimant": UK, "territory": FALKLANDS},
        '"The Falkland Islands belong to Britain. That is the reality," Argentine Foreign Minister '
        "Diana Mondino said.",
    ),
    (
        "assertsSovereignty",
        {"state": RUSSIA, "territory": KUNASHIR},
        '"Kunashir is Russian territory. We will not give it up," Japanese Foreign Minister Taro '
        "Kono said.",
    ),
    # a speaker whose state the article never tells
    (
        "claims",
        {"claimant": ARGENTINA, "territory": FALKLANDS},
        '"The Falkland Islands belong to Argentina. We will keep asking," said Maria Lopez.',
    ),
    # the outlet's own sentence, unquoted
    (
        "assertsSovereignty",
        {"state": UK, "territory": FALKLANDS},
        "Argentina renewed its claim. The Falkland Islands belong to Britain.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), NOT_SAID)
def test_no_view_credited_to_another_state(rel, roles, text):
    found = facts(text)
    assert not has(found, rel, **roles), shown(found)


GIVE_UP: list = [
    ("Britain will not cede sovereignty over the Falkland Islands.", UK, FALKLANDS),
    (
        '"Argentina will never give up its sovereignty over the Malvinas," said Foreign Minister '
        "Diana Mondino.",
        ARGENTINA,
        FALKLANDS,
    ),
    (
        "Spain will never renounce its sovereignty over Gibraltar, the foreign minister said.",
        SPAIN,
        GIBRALTAR,
    ),
    (
        "The government in London has refused to surrender sovereignty over the Falkland Islands.",
        UK,
        FALKLANDS,
    ),
]


@pytest.mark.parametrize(("text", "state", "land"), GIVE_UP)
def test_sovereignty_not_yielded_is_asserted(text, state, land):
    found = facts(text)
    assert has(found, "assertsSovereignty", state=state, territory=land), shown(found)


NOT_GIVEN_UP = [
    "Britain ceded sovereignty over the Falkland Islands in a treaty.",
    "Argentina urged Britain to cede sovereignty over the Falkland Islands.",
    "Britain could cede sovereignty over the Falkland Islands.",
    "Britain is ready to give up sovereignty over the Falkland Islands.",
]


@pytest.mark.parametrize("text", NOT_GIVEN_UP)
def test_sovereignty_yielded_or_urged_asserts_nothing(text):
    found = facts(text)
    assert not has(found, "assertsSovereignty", state=UK, territory=FALKLANDS), shown(found)
