"""Two titled people joined by "and" whom the parser hangs under the second name ("by Mexican
Foreign Minister Ignacio Mariscal and Guatemalan envoy Manuel Herrera", "President Julius Maada
Bio and Guinea's transitional leader, Colonel Mamadi Doumbouya"): the title the parse gives the
second name then opens with the first person's. The second name's title is the words after the
"and" alone (kg.ingest.nlp.persons); the first name keeps its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp.epithets import is_counterpart
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.office_phrase import Title, title_from

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The fewest words of a name between an office and "and" that make it a person of its own.
_NAME_WORDS = 2


def own_title(p: Parsed, gz: Gazetteer, title: Title, name_start: int) -> Title | None:
    """The title of a name whose parsed title holds another titled person before an "and": the
    office the words after the "and" name ("his Senegalese counterpart", "Guatemalan envoy"), or
    none; else the title as parsed."""
    if title.start is None:
        return title
    toks = [t for t in p.doc if title.start <= p.offset + t.idx < name_start]
    joint = _joint(p, gz, toks)
    if joint is None:
        return title
    after = [t for t in toks if t.i > joint.i and not t.is_punct]
    offices = [
        t
        for t in after
        if gz.office(t.lemma_.lower()) or gz.office(t.lower_) or is_counterpart(t.lemma_.lower())
    ]
    if not offices:
        return None
    found = title_from(p, gz, after, offices[-1], before=True)
    return found if found is not None and found.office is not None else None


def _joint(p: Parsed, gz: Gazetteer, toks: list[Token]) -> Token | None:
    """The "and" after an office word and a name of two or more capitalised words no mention
    covers ("Prime Minister and Foreign Minister X", "Minister of Foreign Affairs and Trade X"
    and "Trinidad and Tobago's Prime Minister X" have none)."""
    for k, joint in enumerate(toks):
        if joint.lower_ != "and" or p.mention(joint) is not None:
            continue
        named = 0
        for t in reversed(toks[:k]):
            if t.is_title and p.mention(t) is None and gz.office(t.lower_) is None:
                named += 1
                continue
            if named >= _NAME_WORDS and gz.office(t.lower_) is not None:
                return joint
            break
    return None
