"""Paragraphs, sentences and quotations keep offsets into the text as read."""

from __future__ import annotations

import pytest

from kg.ingest.nlp.segment import Span, paragraphs, quotes, sentences


def _split(text: str) -> list[str]:
    out = []
    for para in paragraphs(text):
        for s in sentences(text, para):
            assert text[s.start : s.end] == s.text  # offsets index the original text
            out.append(s.text)
    return out


def test_paragraphs_are_blank_line_blocks_with_offsets():
    text = "Headline\n\n  First line\nsecond line.  \n\n\nLast one.\n"
    paras = paragraphs(text)
    assert [p.text for p in paras] == ["Headline", "First line\nsecond line.", "Last one."]
    for p in paras:
        assert text[p.start : p.end] == p.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks were held on Nov. 14 in Singapore. Both sides agreed.",
            ["Talks were held on Nov. 14 in Singapore.", "Both sides agreed."],
        ),
        (
            "The U.S. and Japan signed a treaty. Russia objected.",
            ["The U.S. and Japan signed a treaty.", "Russia objected."],
        ),
        (
            "Mr. Abe met Dr. Smith in St. Petersburg. They spoke.",
            ["Mr. Abe met Dr. Smith in St. Petersburg.", "They spoke."],
        ),
        (
            "A memorandum dated Jan. 27, 1960, said so. It was clear.",
            ["A memorandum dated Jan. 27, 1960, said so.", "It was clear."],
        ),
        (
            '"We will never give up the islands," he said. The talks ended.',
            ['"We will never give up the islands," he said.', "The talks ended."],
        ),
        (
            'He said: "This land is ours." Then he left.',
            ['He said: "This land is ours."', "Then he left."],
        ),
        ("Is it over? No! It is not.", ["Is it over?", "No!", "It is not."]),
        (
            "The treaty was signed in 1956. 2,000 troops stayed.",
            ["The treaty was signed in 1956.", "2,000 troops stayed."],
        ),
        ("No full stop at the end", ["No full stop at the end"]),
    ],
)
def test_sentences(text, expected):
    assert _split(text) == expected


def test_sentence_offsets_inside_a_longer_text():
    text = "Title line\n\nMOSCOW, May 10. The U.S. was absent. Japan was not.\n"
    body = paragraphs(text)[1]
    got = sentences(text, body)
    assert [text[s.start : s.end] for s in got] == [s.text for s in got]
    assert got[-1].text == "Japan was not."
    assert got[-1].end == text.index("Japan was not.") + len("Japan was not.")


def test_article_abbreviation_does_not_end_a_sentence():
    assert _split("He cited Art. 9 of the U.N. Charter. Then he left.") == [
        "He cited Art. 9 of the U.N. Charter.",
        "Then he left.",
    ]


def test_quotes_straight_and_curly_without_marks():
    text = 'Kono said "we have trust-based relations" and then “the talks went well” today.'
    got = quotes(text, Span(0, len(text), text))
    assert [q.text for q in got] == ["we have trust-based relations", "the talks went well"]
    for q in got:
        assert text[q.start : q.end] == q.text
