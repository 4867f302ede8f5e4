"""The parse's mends called through their gates and the columns kept with the sentence
(kg.ingest.nlp.grammar.mending): the result must be what the mends give when each runs every
time, and the kept columns must follow every change a mend makes (a stale copy would skip a mend
that now applies, or run one on a parse that is gone)."""

from __future__ import annotations

import pytest

from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.grammar.inserted_clauses import mend_verbs_hung_on_names
from kg.ingest.nlp.grammar.mending import _KEY, _columns
from kg.ingest.nlp.grammar.misreads import mend_names_read_as_verbs, mend_verbs_read_as_modifiers
from kg.ingest.nlp.grammar.speech_misreads import (
    mend_conjuncts_past_a_modal,
    mend_holders_read_as_appositions,
    mend_participles_hung_on_gerunds,
    mend_reports_joined_by_semicolons,
    mend_tags_read_as_participles,
)
from kg.ingest.nlp.grammar.tag_split_subjects import mend_subjects_split_by_tags
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.parse import parse_many

#: Each mended by one of the mends (a participle before its noun, a plural noun as the verb of a
#: state, a conjunct past a modal, a speech tag read as a participle, a holder's name hung on a
#: body, a participle hung on a gerund, a subject split from its verb by a tag, two reports joined by a semicolon), and one by none.
SENTENCES = [
    "Madagascar has long contested French sovereignty over the Glorieuses.",
    "Mauritius contests British sovereignty over the Chagos.",
    "Mudavadi said Kenya would not surrender an inch and accused Kampala of lying.",
    '"The port is not for sale," Yemane Gebremeskel, Eritrea\'s minister, posted on X.',
    "An aide to President Aliyev, Hikmet Hajiyev, said the talks would go on.",
    'Rodriguez accused Guyana of "stealing" Venezuelan oil, saying the field was not Guyana\'s.',
    "Bolivia, President Luis Arce said, would never give up its demand for the sea.",
    "Japan, Shigeru Ishiba told parliament, would never give up the islands.",
    "The treaty, Ramgoolam told the National Assembly, recognised Mauritian sovereignty.",
    "Pashinyan said the text was ready; Aliyev said more work was needed.",
    "The return of Shikotan and the Habomai islets to Japan was discussed.",
]


def _first(text: str, tag: str) -> Mention:
    word = text.split()[0].strip('"')
    start = text.index(word)
    return Mention(start, start + len(word), word, tag, None)


def _by_token(doc, mention: Mention) -> list[Mention | None]:
    return [
        mention if t.idx < mention.end and mention.start < t.idx + len(t) else None for t in doc
    ]


def _every_time(doc, by_token) -> None:
    mend_verbs_hung_on_names(doc)
    mend_names_read_as_verbs(doc, by_token)
    mend_verbs_read_as_modifiers(doc, by_token)
    mend_tags_read_as_participles(doc)
    mend_conjuncts_past_a_modal(doc)
    mend_reports_joined_by_semicolons(doc)
    mend_holders_read_as_appositions(doc, by_token)
    mend_participles_hung_on_gerunds(doc)
    mend_subjects_split_by_tags(doc)


@pytest.mark.parametrize("text", SENTENCES)
def test_gated_and_kept_columns_mend_as_the_mends_run_every_time(text):
    gated, plain = parse_many([text, text])
    for tag in ("T", "S", "T"):  # the same sentence matched again, with other mentions
        m = _first(text, tag)
        Parsed.of(gated, 0, [m])
        _every_time(plain, _by_token(plain, m))
        assert _columns(gated) == _columns(plain)
        assert gated.user_data[_KEY].cols == _columns(gated)  # the kept copy follows the parse


def test_a_mend_that_reads_the_mentions_runs_again_when_they_change():
    """ "Mauritius contests ...": a plural noun is the verb only of a state's name; after a match
    in which Mauritius was no state (nothing changed), the mend must still run for one in which
    it is."""
    text = SENTENCES[1]
    doc = parse_many([text])[0]
    unmended = _columns(doc)
    Parsed.of(doc, 0, [_first(text, "T")])
    assert _columns(doc) == unmended
    Parsed.of(doc, 0, [_first(text, "S")])
    assert [(t.text, t.pos_, t.dep_) for t in doc][:2] == [
        ("Mauritius", "PROPN", "nsubj"),
        ("contests", "VERB", "ROOT"),
    ]
