"""Which document a document mention names: one the article named already (by its proper name, by
type and date, "that document"), a well-known one of the gazetteer (by type, year and the states
or lands of the article), else a new one with a label of its own.

Split from kg.ingest.nlp.documents, which finds document mentions in a sentence by the way news
names them; linking a found mention to its entity is a reading of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from kg.gazetteer import Gazetteer
from kg.ingest.nlp.doc_names import DocName, own_subject
from kg.ingest.nlp.document_nouns import document_nouns
from kg.iris import slugify
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml

_REFERENCES = DATA_DIR / "lexicon" / "references.yaml"


@lru_cache(maxsize=1)
def _introducing() -> frozenset[str]:
    """Determiners that name a new document ("an agreement"), from the references data file."""
    data = read_yaml(_REFERENCES)
    return frozenset(str(d).lower() for d in data.get("new_document_determiners", ()))


def named(name: DocName, kind: str | None, date: str | None, known: list[Entity]) -> Entity:
    """The document of a proper name: the one the article named so already, else a new one (a
    named treaty is never another treaty named before it)."""
    for d in reversed(known):
        if d.label == name.label or name.label in d.aliases:
            return d
    dated = (f"{date[:4]} {name.label}",) if date else ()
    noun = name.noun.lower()
    return Entity(
        "Document", "document/" + slugify(name.label), name.label, (noun, *dated), kind, date
    )


def documents_referred(known: list[Entity]) -> Entity:
    """What "the documents" refers to: the last document named in the plural ("two protocols"),
    else the first of those of the latest date (a treaty and the protocol signed with it)."""
    plural = [d for d in known if any(a.endswith("s") and a[:-1] in d.aliases for a in d.aliases)]
    if plural:
        return plural[-1]
    latest = max((d.date for d in known if d.date), default=None)
    return next((d for d in known if d.date == latest), known[-1])


def document_referred(known: list[Entity]) -> Entity:
    """What "the document" refers to: the last document named that exists (dated), not a treaty
    still to be made ("steps toward a peace treaty. According to the document, ..."), else the last."""
    return next((d for d in reversed(known) if d.date), known[-1])


def resolve(
    gz: Gazetteer,
    kind: str | None,
    mods: str,
    date: str | None,
    issuer: Entity | None,
    m: re.Match[str],
    known: list[Entity],
    states: list[Entity],
    sentence_years: list[str],
    local: Callable[[str, str], str] | None = None,
    lands: list[Entity] | None = None,
) -> Entity:
    """Link to a document the article already named, else a well-known one, else a new one (a
    document's proper name is doc_names' to read, before this)."""
    noun = " ".join(m.group("type").lower().split())
    same_kind = [  # a noun of no narrower kind refers back to its own noun: "its white paper", not a law
        d for d in known if d.subtype == kind and (kind is not None or noun in d.aliases)
    ]
    if "peace" in mods and kind == "Treaty":
        names = sorted(s.label for s in states[:2])
        label = "peace treaty"
        key = (
            "document/peace-treaty-" + slugify("-".join(names))
            if names
            else "document/peace-treaty"
        )
        return Entity(
            "Document", key, label, (" ".join(names) + " peace treaty",) if names else (), "Treaty"
        )
    new = (m.group("det") or "").lower() in _introducing()  # "an agreement": not the last one
    if date is None and not new:  # "the protocol": the last one told so, not a 1925 agreement
        same_kind = _told_so(same_kind, noun)  # of that kind named since (h352)
    for d in reversed(same_kind):  # of one year, and of one month where both tell it ("the
        # ruling issued in April" is not the order of December 1 named before); "a ruling issued in
        # April" is the one known only where that is known to be of April too
        if (date is None and not new) or (date and d.date and _same_time(d.date, date, new)):
            return d
    for d in reversed([d for d in known if d.subtype in _kin(kind) and d.subtype != kind]):
        if date and d.date and _same_time(d.date, date, new):  # "the Geneva Agreement, the 1966
            return d  # treaty it regards as ...": an agreement of that year told as a treaty
    if (
        date is None
        and len(set(sentence_years)) == 1
        and m.group("det")
        and m.group("det").lower() in ("a", "an")
    ):
        date = sentence_years[0]
    named = states or lands or []  # a known document of that year, of the article's states or
    if (
        date and named and not own_subject(m)
    ):  # the sentence's lands ("a judgment of 2009" alone is no known one of 2009)
        for e in gz.entities.values():
            if (
                e.kind == "Document"
                and e.subtype in _kin(kind)
                and e.date
                and (e.date.startswith(date) or date.startswith(e.date))
            ):
                if any(
                    s.label in e.label or any(s.label in a for a in e.aliases) for s in named
                ) or _demonym_in(gz, e, named):
                    return e
    words = [
        issuer.label if issuer else "",
        "government" if issuer and kind == "Memorandum" else "",
        mods,
        _spelled(m.group("type").lower()),
        (m.group("num") or "").strip(),
    ]
    label = " ".join(w for w in words if w).strip()
    if date:
        label += f" of {date}"
    key = "document/" + slugify(label)
    if local is not None and not (date or issuer or mods or m.group("num")):
        key = local("Document", label)  # "an agreement": this article's, not every article's
    return Entity("Document", key, label, _told_as(m), kind, date)


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    """A document noun's hyphened and spaced spellings -> the first the data file gives: "the 1926
    Order in Council" and "the 1926 order-in-council" are one document, so one label."""
    out: dict[str, str] = {}
    for noun in document_nouns():
        out.setdefault(" ".join(noun.replace("-", " ").split()), noun)
    return out


def _spelled(noun: str) -> str:
    return _spellings().get(" ".join(noun.replace("-", " ").split()), noun)


def _told_so(known: list[Entity], noun: str) -> list[Entity]:
    """The documents of a kind a bare noun refers back to: where the last of them is not told by
    that noun and an earlier one is ("signed a protocol ... the line drawn in the 1925 agreement
    ... The protocol also makes ..."), those told by it; else all of them."""

    def told(d: Entity) -> bool:
        return noun in d.aliases or noun in d.label.lower().split()

    if not known or told(known[-1]):
        return known
    return [d for d in known if told(d)] or known


def _told_as(m: re.Match[str]) -> tuple[str, ...]:
    """The names a new document is told by: its noun, as written in the plural too ("the two
    protocols" are the protocols), and with the year before it ("a 2014 agreement on ...")."""
    noun = " ".join(m.group("type").lower().split())
    plural = m.end("type") < m.end() and m.string[m.end("type")] in "sS"
    told = [noun, noun + "s"] if plural else [noun]
    return tuple(told + ([f"{m.group('year')} {noun}"] if m.group("year") else []))


#: Kinds news calls one another: a treaty is an agreement in form, and an agreement a treaty.
_BINDING = frozenset({"Treaty", "Agreement"})


def _kin(kind: str | None) -> frozenset[str | None]:
    """The document kinds a dated mention of ``kind`` may name (a treaty or an agreement of one
    year is one instrument, whichever noun tells it)."""
    return _BINDING if kind in _BINDING else frozenset({kind})


def _same_time(known: str, told: str, new: bool) -> bool:
    """Whether a known document's date may be the one told: the same year, and the same month and
    day where both tell them (all the told date says, where the mention introduces a document)."""
    if new:
        return known.startswith(told)
    n = min(len(known), len(told))
    return known[:4] == told[:4] and known[:n] == told[:n]


def _demonym_in(gz: Gazetteer, doc: Entity, states: list[Entity]) -> bool:
    text = " ".join((doc.label, *doc.aliases)).lower()
    keys = {s.key for s in states}
    return any(d in text for d, k in gz.demonyms.items() if k in keys)
