"""Document mentions: treaties, declarations, memoranda, agreements, resolutions and rulings.

Found by the way news names documents ("the 1956 declaration", "a Soviet government's memorandum
dated January 27, 1960", "the November 27 maritime border agreement") and linked within an
article by type and date, and to the gazetteer's well-known documents by type, year and parties
(kg.ingest.nlp.document_links).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import document_links as links
from kg.ingest.nlp import document_makers as makers
from kg.ingest.nlp import noun_led
from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.doc_names import FREE_WORD, determined, named_before, proper_name
from kg.ingest.nlp.document_nouns import document_nouns
from kg.ingest.nlp.mentions import Masked, Mention
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml

REFERENCES = DATA_DIR / "lexicon" / "references.yaml"


def nouns_of(kind: str) -> list[str]:
    """The document nouns of one ontology subclass ("Ruling": ruling, award, judgment, ...)."""
    return [noun for noun, k in document_nouns().items() if k == kind]


@lru_cache(maxsize=1)
def _doc() -> re.Pattern[str]:
    return re.compile(
        r"(?:\b(?P<det>[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+)?"
        rf"(?:(?:{_describing()})\s+){{0,2}}"
        # "the ICJ's 2009 ruling", "Japan's 2020 white paper", "Security Council Resolution 242":
        # its owner, before the year (a state's name alone, "the Soviet note", is the issuer below)
        r"(?P<own>(?P<owner>«S\d+»['’]s|«O\d+»(?:['’]s)?)\s+)?"
        r"(?:(?P<year>1[5-9]\d\d|20\d\d)\s+)?"
        # "the 1940 Soviet-Finnish agreement": the parties' pair names it (rules/named_parties.py)
        r"(?:(?P<pair>«S\d+»(?:\s*[-–]\s*«S\d+»)+)\s+)?"
        r"(?:(?P<issuer>«S\d+»)(?:['’]s)?\s+(?:government(?:['’]s)?\s+)?)?"
        # "the Kharkiv accords", "the Algiers accord": the city or land it was made in or is about
        r"(?:(?P<place>«[CT]\d+»)\s+)?"
        rf"(?P<adj>(?:(?:{_describing()})\s+){{0,2}})"
        # "the 1997 partition treaty", "a 2018 inter-Korean military agreement": after a determiner,
        # words no list holds that tell what the document is (no verb: "the sides reached agreement")
        rf"(?(det)(?P<free>(?:(?:{_subjects()}|{FREE_WORD})\s+){{0,3}}?))"
        rf"(?P<mods>(?:(?:{_subjects()})\s+){{0,3}})"
        rf"(?P<type>{_alternation()})"
        # not the first half of a compound: "Chinese law-enforcement vessels" name no law
        r"(?:s)?\b(?![-–]\w)(?P<num>\s+(?:(?-i:No)\.?\s*\d{1,5}|\d{2,5})(?:[/-](?:\d{4}|\d{2})\b)?)?"
        # "the 1929 Treaty of Lima": the place a capitalised document noun is named after
        r"(?P<of>\s+of\s+(?-i:«[CT]\d+»|[A-Z][a-z][\w’'-]*))?",
        re.IGNORECASE,
    )


def _alternation() -> str:
    nouns = sorted(document_nouns(), key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)


@lru_cache(maxsize=1)
def _noun() -> re.Pattern[str]:
    """A document noun alone: where a match of ``_doc`` may be (kg.ingest.nlp.noun_led)."""
    return re.compile(_alternation(), re.IGNORECASE)


@lru_cache(maxsize=1)
def _describing() -> str:
    """Adjectives that describe a document without naming it ("a similar treaty", "its annual
    white paper"), from the references data file, as a regex alternation."""
    data = read_yaml(REFERENCES)
    words = sorted((str(w) for w in data.get("document_epithets", ())), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words) or "(?!)"


@lru_cache(maxsize=1)
def _subjects() -> str:
    """Words that tell what a document is about and belong to its name ("a cooperation agreement",
    "the maritime boundary treaty"), from the references data file, as a regex alternation."""
    data = read_yaml(REFERENCES)
    words = sorted((str(w) for w in data.get("document_subjects", ())), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"


@lru_cache(maxsize=1)
def _capitalised() -> frozenset[str]:
    """Document nouns that name a document only capitalised ("the Sochi Act")."""
    return frozenset(str(w) for w in read_yaml(REFERENCES).get("capitalised_documents", ()))


def _listed_whole(text: str, start: int, noun: str) -> bool:
    """Whether the word before a noun that names a document only capitalised makes with it a
    document noun of its own ("a final act", read as an epithet and "act")."""
    before = text[max(0, start - 30) : start].split()
    return bool(before) and f"{before[-1].lower()} {noun.lower()}" in document_nouns()


def _named_so_before(known: list[Entity], noun: str) -> bool:
    """Whether a document the article named before ends in this noun ("the act" after "a final
    act", "the Maritime Zones Act"): the noun in lower case refers back to it."""
    low = noun.lower()
    return any(n.lower().split()[-1:] == [low] for d in known for n in (d.label, *d.aliases))


_DOC_ANAPHOR = re.compile(
    r"\b(?:[Tt]hat|[Tt]his|[Tt]he|[Tt]hese|[Tt]hose)\s+(?:(?:new|two|both)\s+)?document(?P<pl>s)?\b"
)
_FOLD_ODD = ("ſ", "ı", "\u0307")


@lru_cache(maxsize=1)
def _type_words() -> tuple[str, ...]:
    """A word every document mention holds (a noun's first letters): a sentence without one is
    skipped without running the pattern, whose optional lead-in is tried at every position. Where a
    letter occurs that a case-blind regex reads as "s" or "i" but ``str.lower`` does not ("ſ", "ı",
    the dot "İ" lowers to), the test proves nothing and the pattern runs."""
    return ("document", *sorted({n.split()[0][:8] for n in document_nouns()}))


def _may_name_type(low: str) -> bool:
    return any(w in low for w in _type_words()) or any(c in low for c in _FOLD_ODD)


def find_documents(
    gz: Gazetteer,
    masked: Masked,
    ref: dt.date | None,
    known: list[Entity],
    article_states: list[Entity],
    local: Callable[[str, str], str] | None = None,
    text: str = "",
) -> list[Mention]:
    """Document mentions in a masked sentence; ``known`` are the article's documents so far, ``text``
    the source the masked offsets point into (for a document's proper name)."""
    out: list[Mention] = []
    if not _may_name_type(masked.text.lower()):
        return out
    matches = list(noun_led.matches(_doc(), _noun(), masked.text))
    told = Counter(d.iso[:4] for d in find_dates(masked.text, ref=ref))  # less documents' own years
    sentence_years = list((told - Counter(m["year"] for m in matches if m["year"])).elements())
    for m in _DOC_ANAPHOR.finditer(masked.text) if known and "document" in masked.text else ():
        s, e = (
            masked.offset(m.start()),
            masked.offset(m.end()),
        )  # "that document": the last one named
        referred = (
            links.documents_referred(known) if m.group("pl") else links.document_referred(known)
        )
        out.append(Mention(s, e, "", "D", referred, how="anaphor"))
    for m in matches:
        if (
            m.group("type").lower() in _capitalised()
            and not m.group("type")[:1].isupper()
            and not _listed_whole(masked.text, m.start("type"), m.group("type"))
            and not _named_so_before(known, m.group("type"))
        ):
            continue  # "an act of aggression", not "a final act" nor "the act" after one
        if (
            m.group("det") is None
            and m.group("year") is None
            and not m.group("type")[0].isupper()
            and not m.group("mods")
            and not m.group("adj")
            and not m.group("num")  # "adopted resolution 242": a numbered document is named
            and not m.group("pair")
            and not m.group("place")  # "the Kharkiv" is one placeholder, its "the" inside
            and " " not in m.group("type").strip()  # "under terms of reference signed by"
            and not makers.made_at(masked, m, text)
        ):
            before = masked.text[: m.start("type")]
            if not (determined(before) or named_before(before) or _dated_own(masked, m, ref)):
                continue
        kind = document_nouns()[" ".join(m.group("type").lower().split())]
        free = m.group("free") or ""  # "inter-«S1»": as written ("inter-Korean")
        if free and text:
            free = text[masked.offset(m.start("free")) : masked.offset(m.end("free"))]
        mods = " ".join(free.split() + m.group("mods").split()).lower()
        name = proper_name(masked, m, text) if text else None
        # the pattern's "of" phrase belongs to the name where proper_name read one
        named_end = m.start("of") if m.group("of") and name is None else m.end()
        end = name.end if name and name.plain_tail else masked.offset(named_end)
        if name and not name.plain_tail:  # "the Law on the State Border of «S2»": its words too
            end = max(end, _before_mention(masked, text, end, name.end))
        date = (
            _date_after(masked.text, named_end, ref)
            or m.group("year")
            or (name.year if name else None)
        )
        issuer = makers.issuer(masked, m) or (makers.owner(masked, m, kind) if date else None)
        # with no state named yet, the sentence's lands tell which known document it is ("In its
        # 2008 judgment, the court awarded Pedra Branca to Singapore")
        lands = [] if article_states else [x.entity for x in masked.mentions if x.tag in ("S", "T")]
        entity = links.named(name, kind, date, known) if name else None
        if entity is None and name is None and date and text:
            entity = _apposed(masked, [*masked.mentions, *out], m, date, text)
        entity = entity or links.resolve(
            gz,
            kind,
            mods,
            date,
            issuer,
            m,
            known,
            article_states,
            sentence_years,
            local,
            [x for x in lands if x is not None],
        )
        if known and not date and re.search(r"\bsuch\s+$", masked.text[: m.start()], re.I):
            entity = known[-1]  # "the lack of a peace treaty ... kept them from such a deal"
        begin = m.end("own") if m.group("own") and issuer is None else m.start()
        s, e = masked.offset(begin), end  # "Peru's": a party, named apart
        out.append(Mention(s, e, "", "D", entity, how="document", issuer=issuer))
    return out


#: What stands between a named document and a description apposed to it ("the Geneva
#: Agreement", the 1966 treaty ...): a comma, after a closing quotation mark where there is one.
_APPOSED = re.compile(r"[\"”’']?,\s*$")


def _apposed(
    masked: Masked, mentions: list[Mention], m: re.Match[str], date: str, text: str
) -> Entity | None:
    """The document a dated description is apposed to: "under the Geneva Agreement, the 1966
    treaty it regards as ...", "Resolution 3491, the 1979 text that ..." name one document, of that
    year (a described document of another year is another one: "the 1904 treaty, the 1929
    protocol")."""
    if (m.group("det") or "").lower() != "the":
        return None
    begin = masked.offset(m.start())
    for x in mentions:
        e = x.entity
        if (
            x.tag != "D"
            or e is None
            or x.end > begin
            or not _APPOSED.fullmatch(text[x.end : begin])
        ):
            continue
        if e.date and e.date[:4] == date[:4]:
            return e
    return None


def _before_mention(masked: Masked, text: str, start: int, end: int) -> int:
    """Where a name's words end before the first mention its tail holds ("the Law on the State
    Border of «S2»": after "Border"), so no run of its capitals is read as a person."""
    at = min((x.start for x in masked.mentions if start <= x.start < end), default=start)
    cut = re.search(r"(?:\s+(?:of|on|the|and|for|in|de|del))*\s*$", text[start:at])
    return start + (cut.start() if cut else at - start)


def _dated_own(masked: Masked, m: re.Match[str], ref: dt.date | None) -> bool:
    """ "Japan's memorandum of January 27, 1960", "the Soviet note dated March 2": a state's
    possessive or demonym before a noun dated after it is a document (undated, "Japan's note"
    may be one of caution)."""
    if not (m.group("own") or m.group("issuer")):
        return False
    return _date_after(masked.text, m.start("of") if m.group("of") else m.end(), ref) is not None


def _date_after(text: str, pos: int, ref: dt.date | None) -> str | None:
    # "a ruling issued in April": the participle that makes the document dates it (not "ratified")
    tail = re.match(
        r"\s*,?\s*(?:dated|of|(?:signed|adopted|issued|delivered|released|concluded)\s+(?:on|in))\s+",
        text[pos:],
    )
    if not tail:
        return None
    dates = [
        d
        for d in find_dates(text, pos, min(len(text), pos + 40), ref)
        if d.start <= pos + tail.end() + 1
    ]
    return dates[0].iso if dates else None
