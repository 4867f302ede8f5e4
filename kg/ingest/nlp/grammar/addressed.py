"""A participle the parser hangs on the addressee of a message: "Japan sent a note to China
protesting the survey" (read as "China protesting"), "Vietnam delivered a letter to the Chinese
embassy protesting the drilling" (read as "the embassy protesting"). What the message says is
the sender's act, so the participle's doer is the subject of the verb that sent it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def addressed_sender(t: Token) -> Token | None:
    """The verb that sent the message whose addressee ``t`` (a present participle) was hung on,
    where that verb has an object (the message); None elsewhere."""
    if t.tag_ != "VBG":
        return None
    if t.dep_ == "pcomp" and t.head.lower_ == "to":  # "to China protesting": China its subject
        to = t.head
    elif t.dep_ == "acl" and t.head.dep_ == "pobj" and t.head.head.lower_ == "to":
        to = t.head.head  # "a letter to the embassy protesting"
    else:
        return None
    above = to.head
    if above.dep_ in ("dobj", "obj") and above.head.pos_ == "VERB":  # "a letter [to X]"
        verb = above.head
    elif above.pos_ == "VERB" and to.dep_ in ("dative", "prep"):  # "sent a note [to X]"
        verb = above
    else:
        return None
    return verb if any(c.dep_ in ("dobj", "obj") for c in verb.children) else None
