"""A land's name whose last word the parser read as a verb: "will hand the Kinkole sandbank over
to the DRC", with "Kinkole" the object of "hand" and "sandbank" tagged a past verb, a complement
clause of "hand" holding "over" and "to the DRC". A word of a name is no verb: the last word of a
mention whose word before it is a verb's object heads that object, and the particle and phrases
the parser hung on it are the verb's. The parse is mended in place (the same each time)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.ingest.nlp.mentions import Mention


def object_name_verbs(
    by_token: list[Mention | None], pos: list[int], dep: list[int], ids: dict[str, int]
) -> bool:
    """Whether a mention's word is tagged a verb right after a word of the same mention that is an
    object (the mend's first test, on the sentence's columns)."""
    verb, dobj = ids["VERB"], ids["dobj"]
    return any(
        m is not None and pos[i] == verb and i > 0 and by_token[i - 1] is m and dep[i - 1] == dobj
        for i, m in enumerate(by_token)
    )


def mend_object_names_read_as_verbs(doc: Doc, by_token: list[Mention | None]) -> None:
    """Make such a word the object's head noun, the word before it its compound, and what the
    parser hung on it the verb's."""
    for i, m in enumerate(by_token):
        if m is None or i == 0 or by_token[i - 1] is not m:
            continue
        tok, before = doc[i], doc[i - 1]
        if tok.pos_ != "VERB" or before.dep_ != "dobj" or tok.head != before.head:
            continue
        if i + 1 < len(doc) and by_token[i + 1] is m:
            continue  # not the name's last word
        verb = before.head
        for ch in list(tok.children):
            if ch.i > tok.i:
                ch.head = verb
        for ch in list(before.children):
            ch.head = tok
        tok.head, tok.dep_, tok.pos_, tok.tag_ = verb, "dobj", "NOUN", "NN"
        before.head, before.dep_ = tok, "compound"
