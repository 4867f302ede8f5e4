"""A hand-made extraction of the first article (TASS, 10 May 2019), mapped by the real kg.mapping.

Export, picture and graph-question tests share it. Evidence spans are real offsets into the article.
"""

from __future__ import annotations

from pathlib import Path

from kg import iris
from kg.mapping import extraction_quads
from kg.model import Entity, Evidence, Extraction, Fact, Source
from kg.paths import ARTICLES_DIR
from kg.store import Store

ARTICLE = ARTICLES_DIR / "tass-2019-05-10-kono-lavrov.txt"
SOURCE_KEY = "tass-2019-05-10-kono-lavrov"


def _e(kind: str, label: str, *aliases: str, subtype: str | None = None, date: str | None = None):
    return Entity(kind, iris.entity_key(kind, label), label, aliases, subtype, date)


JAPAN = _e("State", "Japan", "Tokyo")
RUSSIA = _e("State", "Russia", "Moscow")
USSR = _e("State", "Soviet Union", "USSR")
USA = _e("State", "United States")
KURILS = _e("IslandGroup", "Kuril Islands", "Kurils")
SHIKOTAN = _e("Island", "Shikotan", "Shikotan Island")
HABOMAI = _e("IslandGroup", "Habomai", "group of small islands")
DECLARATION = _e("Document", "Joint Declaration", subtype="JointDeclaration", date="1956")
MEMORANDUM = _e("Document", "Soviet memorandum of 1960", subtype="Memorandum", date="1960-01-27")
TREATY = _e("Document", "Treaty of Mutual Cooperation and Security", subtype="Treaty", date="1960")
KONO = _e("Person", "Taro Kono", "Kono")
LAVROV = _e("Person", "Sergey Lavrov", "Lavrov")
PUTIN = _e("Person", "Vladimir Putin", "Putin")
ABE = _e("Person", "Shinzo Abe", "Abe")
MOSCOW = _e("City", "Moscow")
SINGAPORE = _e("City", "Singapore")
TALKS = _e("Process", "peace treaty negotiations")


def _ev(text: str, sentence: str, rule: str, confidence: float = 0.9) -> Evidence:
    start = text.index(sentence)
    return Evidence(SOURCE_KEY, start, start + len(sentence), sentence, rule, confidence)


def extraction() -> Extraction:
    text = ARTICLE.read_text(encoding="utf-8")

    def ev(sentence: str, rule: str = "fixture", confidence: float = 0.9) -> Evidence:
        return _ev(text, sentence, rule, confidence)

    wwii = "after WWII the islands were handed over to the Soviet Union"
    claim = "Japan laid claims to the four southern islands"
    joint = "In 1956, the two countries signed a joint declaration"
    sovereignty = "Russia’s sovereignty over the islands cannot be called into question"
    singapore = "held a meeting on the sidelines of the ASEAN summit in Singapore"
    oversee = "Sergey Lavrov and Taro Kono, oversee the negotiations"
    promise = "the Soviet government was ready to hand Shikotan Island and a group of small islands"
    treaty = "Japan and the United States had signed the Treaty of Mutual Cooperation and Security"
    withdrew = "the Soviet Union withdrew its obligation to hand over the islands"
    memo = "A Soviet government’s memorandum dated January 27, 1960"
    memo_cond = (
        "those islands would only be handed over to Japan if all foreign troops were pulled out"
    )
    moscow = "at the Moscow meeting between the two countries’ foreign ministers"
    quote = "I can’t say that we managed to overcome differences at today’s talks"
    facts = [
        Fact("claims", {"claimant": JAPAN, "territory": KURILS}, ev(claim, "claim-verb")),
        Fact("assertsSovereignty", {"state": RUSSIA, "territory": KURILS}, ev(sovereignty)),
        Fact("handedOverTo", {"territory": KURILS, "to": USSR}, ev(wwii)),
        Fact("disputes", {"parties": (JAPAN, RUSSIA), "territory": KURILS}, ev(claim)),
        Fact("partOf", {"part": SHIKOTAN, "whole": KURILS}, ev(promise)),
        Fact("successorOf", {"state": RUSSIA, "predecessor": USSR}, ev(joint, confidence=0.4)),
        Fact(
            "signed", {"parties": (JAPAN, USSR), "document": DECLARATION, "date": "1956"}, ev(joint)
        ),
        Fact("signed", {"parties": (JAPAN, USA), "document": TREATY, "date": "1960"}, ev(treaty)),
        Fact("issued", {"issuer": USSR, "document": MEMORANDUM, "date": "1960-01-27"}, ev(memo)),
        Fact(
            "promisesHandover",
            {
                "document": DECLARATION,
                "territory": (SHIKOTAN, HABOMAI),
                "from": USSR,
                "to": JAPAN,
                "condition": "a peace treaty was signed",
            },
            ev(promise, "provision"),
        ),
        Fact(
            "promisesHandover",
            {
                "document": MEMORANDUM,
                "territory": (SHIKOTAN, HABOMAI),
                "to": JAPAN,
                "condition": "all foreign troops were pulled out of the country",
            },
            ev(memo_cond, "provision"),
        ),
        Fact(
            "withdrewObligation",
            {
                "state": USSR,
                "obligation": "to hand over the islands",
                "reason": TREATY,
                "date": "1960",
            },
            ev(withdrew),
        ),
        Fact(
            "meeting",
            {"participants": (KONO, LAVROV), "place": MOSCOW, "date": "2019-05-10"},
            ev(moscow, "meeting"),
        ),
        Fact(
            "meeting",
            {"participants": (PUTIN, ABE), "place": SINGAPORE, "date": "2018-11-14"},
            ev(singapore, "meeting"),
        ),
        Fact("holdsRole", {"person": KONO, "role": "foreign minister", "of": JAPAN}, ev(moscow)),
        Fact("holdsRole", {"person": LAVROV, "role": "foreign minister", "of": RUSSIA}, ev(moscow)),
        Fact("holdsRole", {"person": PUTIN, "role": "president", "of": RUSSIA}, ev(singapore)),
        Fact("holdsRole", {"person": ABE, "role": "prime minister", "of": JAPAN}, ev(singapore)),
        Fact("oversees", {"person": LAVROV, "what": TALKS}, ev(oversee)),
        Fact("oversees", {"person": KONO, "what": TALKS}, ev(oversee)),
        Fact(
            "statement",
            {"speaker": KONO, "quote_start": "I can’t say that we managed"},
            ev(quote, "quote"),
        ),
        Fact(
            "signed",
            {
                "parties": (JAPAN, RUSSIA),
                "document": _e("Document", "peace treaty", subtype="Treaty"),
            },
            ev("a peace treaty has still not been reached"),
            negated=True,
        ),
    ]
    source = Source(
        SOURCE_KEY,
        "Article",
        title="Japanese top diplomat says Russia, Japan fail to overcome "
        "differences at Moscow meeting",
        publisher="TASS",
        dateline="MOSCOW, May 10",
        published="2019-05-10",
        path=str(ARTICLE.name),
        text=text,
    )
    return Extraction(source, entities=[KONO, LAVROV, MOSCOW], facts=facts)


def second_extraction() -> Extraction:
    """A tiny second source restating the Kono-Lavrov meeting: one fact, two sources."""
    text = "Taro Kono met Sergey Lavrov in Moscow on 10 May 2019."
    ev = Evidence("second-source", 0, len(text), text, "meeting", 0.8)
    fact = Fact(
        "meeting", {"participants": (KONO, LAVROV), "place": MOSCOW, "date": "2019-05-10"}, ev
    )
    return Extraction(
        Source("second-source", "Article", title="A second report", text=text), facts=[fact]
    )


def build_store(path: Path | None, *, second: bool = True) -> Store:
    """A store holding the article's graph (and, by default, the second source's)."""
    store = Store(path)
    extractions = [extraction()] + ([second_extraction()] if second else [])
    for ex in extractions:
        store.replace_graph(iris.source_iri(ex.source.key), extraction_quads(ex))
    store.flush()
    return store
