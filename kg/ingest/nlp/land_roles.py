"""Where only land can stand: the words a trigger's land-only role takes, and the cues that a name
there is still a person or a body.

The statistical recogniser types an unknown place by its look ("Kherson" a person, "Badme" an
organisation); the grammar knows better. A proper name in a slot whose role takes territories alone
(the object of "occupy", "seize", "cede", "annex", what "a dispute over" is over: the trigger
classes of ``data/lexicon/relations.yaml`` whose role there is ``T`` only) is land, unless the text
gives it a person's or a body's cue: a title or honorific in or before the name, a body's word as
its head ("the Badme Foundation"), an office or a spokesman in apposition. The gazetteer stays the
authority for what it knows (kg.ingest.nlp.proposals leaves its mentions alone).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from kg import gazetteer
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import lexicon, triggers
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.triggers import Trigger
from kg.paths import DATA_DIR, read_yaml


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """Words (lower case) that make a name a person's, a body's or an event's: the honorifics and
    body heads of ``data/lexicon/places.yaml`` (``not_lands``), its event nouns ("the Coto War",
    "the Chaco War": what a relative clause on the war's apposition claims is no war), the
    spokespeople and the bodies of the lexicon."""
    lex = lexicon.load()
    places = read_yaml(DATA_DIR / "lexicon" / "places.yaml")
    data = places.get("not_lands") or {}
    words = {str(w).lower() for key in ("honorifics", "bodies") for w in data.get(key, ())}
    words |= {str(w).lower() for w in places.get("event_names") or ()}
    words |= {w.split()[-1] for _name, descs in lex.bodies for w in descs}
    return frozenset(words | set(lex.spokespeople))


def slots(p: Parsed, rels: frozenset[str] | None = None) -> frozenset[int]:
    """Indices of the tokens (and their conjuncts) that fill a land-only role of some trigger in
    the sentence (of a relation of ``rels``, if given); a subject never counts ("X is part of" says
    what X is, not that it is land)."""
    from kg.ingest.nlp.rules import wording  # late: the rules import kg.ingest.nlp.proposals
    from kg.ingest.nlp.rules.grammar_slots import slot_tokens

    index = triggers.by_lemma()
    out: set[int] = set()
    for tok in wording.maybe_triggers(p.doc, index):  # (the other words are no trigger's)
        found = index.get(wording.lemma(tok, index), ())
        if not found:
            continue  # no trigger's word (most words): its particle is not looked for
        noun = tok.pos_ in ("NOUN", "PROPN")
        part = g.particle(tok)
        pairs = [  # "handed over": the handover's, not the "hand" that issues a note
            (r, t) for r, t in found if t.noun == noun and (not t.particle or part in t.particle)
        ]
        if part is not None and any(part in t.particle for _r, t in pairs):
            pairs = [
                (r, t) for r, t in pairs if part in t.particle
            ]  # the verb's particle says which
        kinds: dict[str, set[str]] = {}  # slot -> what every trigger of the word puts there
        for rel, trig in pairs:
            for slot, role in trig.slots:
                if slot == "object" and trig.object_lemmas:
                    continue  # "relinquished its claim": only those nouns, never a name
                kinds.setdefault(slot, set()).update(trig.kinds.get(role, rel.roles[role]))
        for rel, trig in pairs:
            if rels is not None and rel.name not in rels:
                continue
            if rel.name == "partOf":
                out.update(_part_in_land(p, tok, trig))
            for slot, _role in trig.slots:
                if (
                    "." in slot
                    or slot in _NOT_LAND_SLOTS
                    or kinds.get(slot, set()) - {"D"} != {"T"}
                ):
                    continue  # "was received by": a meeting's guest as well as a handover's land
                # (land or a document: "handed Kalbajar to Azerbaijan", where a document's name
                # would have been read by its noun, "handed a note to")
                for t in slot_tokens(p, tok, trig, slot):
                    out.update(c.i for c in (t, *t.conjuncts))
    if rels is None or "partOf" in rels:
        out.update(_part_of_state(p))
    return frozenset(out)


def _part_of_state(p: Parsed) -> list[int]:
    """ "Sikkim became part of India in 1975", "Gan forms part of Addu Atoll": what is (becomes)
    part of a state or a land named is land, though a subject ("dialogue is part of the process"
    is no land: its whole is neither)."""
    out: list[int] = []
    for tok in p.tokens:
        if tok.lemma_.lower() != "part" or not (
            tok.dep_ in ("attr", "oprd")
            or tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in _PART_VERBS
        ):
            continue
        wholes = [o for prep in g.preps(tok, "of") for o in [prep]]
        if not any((m := p.mention(o)) is not None and m.tag in ("S", "T") for o in wholes):
            continue
        for t in g.subjects(tok.head):
            out.extend(c.i for c in (t, *t.conjuncts))
    return out


def _part_in_land(p: Parsed, tok: Token, trig: Trigger) -> list[int]:
    """ "Yenga lies in Kailahun district", "the Minquiers belong to the Bailiwick of Jersey": the
    subject a part-of verb places in a land named is land, though a subject of other verbs is not
    (nor one placed in a state: "Odinga belongs to Kenya's opposition")."""
    from kg.ingest.nlp.rules.grammar_slots import slot_tokens  # late, as in slots()

    roles = dict(trig.slots)
    wholes = [
        t
        for slot, role in roles.items()
        if role == "whole"
        for t in slot_tokens(p, tok, trig, slot)
    ]
    if not any((m := p.mention(t)) is not None and m.tag == "T" for t in wholes):
        return []
    return [
        c.i
        for slot, role in roles.items()
        if role == "part" and slot == "subject"
        for t in slot_tokens(p, tok, trig, slot)
        for c in (t, *t.conjuncts)
    ]


#: Verbs whose object "part" says what their subject is ("Gan forms part of Addu Atoll").
_PART_VERBS = frozenset({"form", "constitute", "remain"})

#: Slots that say who acts or says what a thing is, never where land is acted on.
_NOT_LAND_SLOTS = frozenset({"subject", "agent", "dative"})


def named_land(span: Span, land: frozenset[int]) -> bool:
    """Whether a proper name (``span``) stands in a land-only slot with no cue of a person or a
    body about it."""
    head = span[-1]
    return head.i in land and head.pos_ == "PROPN" and not _cued(span)


def _cued(span: Span) -> bool:
    """ "Mr Kherson", "the Badme Foundation", "Governor Walvis", "Badme, a spokesman": a title, an
    honorific, a body's head word, or an office or spokesperson in apposition."""
    gz = gazetteer.load()
    cues = _cue_words()
    head = span[-1]
    words: list[Token] = [*span, *(c for c in head.lefts if c.dep_ in ("compound", "amod"))]
    if any(w.lower_ in cues or gz.office(w.text) for w in words):
        return True
    return any(
        c.dep_ == "appos" and (c.lemma_.lower() in cues or gz.office(c.text)) for c in head.children
    )


def name_span(tok: Token) -> Span:
    """The proper name a token ends: the token and the capitalised compounds right before it
    ("Walvis Bay")."""
    start = tok.i
    while start > 0:
        prev = tok.doc[start - 1]
        if prev.dep_ != "compound" or prev.head.i != tok.i or not prev.text[:1].isupper():
            break
        start -= 1
    return tok.doc[start : tok.i + 1]
