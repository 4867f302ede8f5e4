"""The first article (TASS, 10 May 2019) for the tests: its file, title and text, and the one
hand-made model of what it states, mapped by the real kg.mapping.

``extraction()`` mirrors ../shared/eval/dev/gold/00_tass-kono-lavrov-2019.yaml, with evidence spans
found in the real text, so the tests check real offsets; it stands apart from the extractor, so the
query, export and shape tests do not change when the extractor does. Tests whose point is what the
extractor reads use conftest's ``built_article_store`` (the article through ``kg.build``) instead.
``extraction(extras=True)`` adds what the export tests filter on and the gold does not list: a
negated fact the article states and a low-confidence inference; ``second_extraction()`` is a short
second source that restates one fact.
"""

from __future__ import annotations

from pathlib import Path

from helpers import entity as _e

from kg import iris
from kg.mapping import extraction_quads
from kg.model import Evidence, Extraction, Fact, Source
from kg.paths import ARTICLES_DIR
from kg.stores.embedded import Store

ARTICLE = ARTICLES_DIR / "tass-2019-05-10-kono-lavrov.txt"
SOURCE_KEY = "tass-2019-05-10-kono-lavrov"
TITLE = "Japanese top diplomat says Russia, Japan fail to overcome differences at Moscow meeting"
TEXT = ARTICLE.read_text(encoding="utf-8")


JAPAN = _e("State", "Japan", "Tokyo", "Japanese")
RUSSIA = _e("State", "Russia", "Russian Federation", "Moscow", "Russian")
USSR = _e("State", "Soviet Union", "USSR", "Soviet", "Soviet government")
USA = _e("State", "United States", "US", "USA")
KONO = _e("Person", "Taro Kono", "Kono")
LAVROV = _e("Person", "Sergey Lavrov", "Sergei Lavrov", "Lavrov")
PUTIN = _e("Person", "Vladimir Putin", "Putin")
ABE = _e("Person", "Shinzo Abe", "Abe")
MORGULOV = _e("Person", "Igor Morgulov", "Morgulov")
MORI = _e("Person", "Takeo Mori", "Mori")
KURILS = _e("IslandGroup", "Kuril Islands", "Kurils", "Kurile Islands")
SOUTHERN_FOUR = _e(
    "IslandGroup", "four southern islands", "southern Kurils", "Northern Territories"
)
SHIKOTAN = _e("Island", "Shikotan", "Shikotan Island")
SMALL_ISLANDS = _e("IslandGroup", "group of small islands", "Habomai", "Habomai Islands")
MOSCOW = _e("City", "Moscow")
SINGAPORE = _e("City", "Singapore")
DECLARATION = _e(
    "Document", "Joint Declaration", "1956 declaration", subtype="JointDeclaration", date="1956"
)
TREATY = _e(
    "Document",
    "Treaty of Mutual Cooperation and Security",
    "US-Japan Security Treaty",
    subtype="Treaty",
    date="1960",
)
MEMORANDUM = _e(
    "Document",
    "Soviet government memorandum of January 27 1960",
    "memorandum",
    subtype="Memorandum",
    date="1960-01-27",
)
PEACE_TREATY = _e("Document", "peace treaty", "Russia-Japan peace treaty", subtype="Treaty")

#: Sentences of the article: (first words, last words).
SENTENCES = {
    "talks": ("Moscow and Tokyo have failed", "Sergey Lavrov on Friday."),
    "cant_say": ('"I can’t say that we managed', "in our strategic interests."),
    "not_disclose": ('"We have agreed not to disclose', "in this regard."),
    "february": ('"This time, just like at our February', 'with each other," he added.'),
    "ready": ("The Japanese foreign minister confirmed", "to resolve differences."),
    "kurils": ("The Kuril Islands issue remains", "the four southern islands."),
    "declaration": ("In 1956, the two countries signed", "has still not been reached."),
    "sovereignty": ("Moscow has stated many times", "called into question."),
    "singapore": ("On November 14, 2018, Russian President", "based on the 1956 declaration."),
    "deputies": ("The two countries’ foreign ministers", "Igor Morgulov and Takeo Mori."),
    "joint": ("The Joint Declaration said that", "after a peace treaty was signed."),
    "withdrew": ("However, after Japan and the United States", "to hand over the islands."),
    "memorandum": ("A Soviet government’s memorandum dated", "pulled out of the country."),
}


def span(text: str, sentence: str) -> tuple[int, int]:
    """Character offsets of one of SENTENCES in the article (its first occurrence)."""
    first, last = SENTENCES[sentence]
    start = text.index(first)
    return start, text.index(last, start) + len(last)


def extraction(*, extras: bool = False) -> Extraction:
    """The gold facts of the article (and, with ``extras``, the two the export tests need)."""
    text = TEXT

    def fact(
        rel: str, sentence: str, rule: str, confidence: float = 0.9, negated: bool = False, **args
    ) -> Fact:
        start, end = span(text, sentence)
        evidence = Evidence(SOURCE_KEY, start, end, text[start:end], rule, confidence)
        return Fact(rel, {k.rstrip("_"): v for k, v in args.items()}, evidence, negated=negated)

    talks = "peace treaty negotiations"
    facts = [
        fact(
            "holdsRole",
            "talks",
            "office.apposition",
            person=KONO,
            role="foreign minister",
            office="foreign minister",
            of=JAPAN,
        ),
        fact(
            "holdsRole",
            "talks",
            "office.counterpart",
            person=LAVROV,
            role="foreign minister",
            office="foreign minister",
            of=RUSSIA,
        ),
        fact(
            "holdsRole",
            "singapore",
            "office.title",
            person=PUTIN,
            role="president",
            office="president",
            of=RUSSIA,
        ),
        fact(
            "holdsRole",
            "singapore",
            "office.title",
            person=ABE,
            role="prime minister",
            office="prime minister",
            of=JAPAN,
        ),
        fact(
            "holdsRole",
            "deputies",
            "office.deputy",
            person=MORGULOV,
            role="deputy foreign minister",
            office="deputy foreign minister",
            of=RUSSIA,
        ),
        fact(
            "holdsRole",
            "deputies",
            "office.deputy",
            person=MORI,
            role="deputy foreign minister",
            office="deputy foreign minister",
            of=JAPAN,
        ),
        fact(
            "meeting",
            "talks",
            "meeting.talks",
            participants=(KONO, LAVROV),
            place=MOSCOW,
            date="2019-05-10",
        ),
        fact("meeting", "february", "meeting.mention", participants=(KONO, LAVROV), date="2019-02"),
        fact(
            "meeting",
            "singapore",
            "meeting.held",
            participants=(PUTIN, ABE),
            place=SINGAPORE,
            date="2018-11-14",
        ),
        fact(
            "agreedTo",
            "singapore",
            "agreement.agreed",
            parties=(PUTIN, ABE),
            what="speed up peace treaty talks based on the 1956 declaration",
            date="2018-11-14",
        ),
        fact(
            "agreedTo",
            "not_disclose",
            "agreement.agreed",
            parties=(JAPAN, RUSSIA),
            what="not to disclose the details of the talks",
            date="2019-05-10",
        ),
        fact("oversees", "deputies", "negotiation.oversee", person=LAVROV, what=talks),
        fact("oversees", "deputies", "negotiation.oversee", person=KONO, what=talks),
        fact("conducts", "deputies", "negotiation.conduct", person=MORGULOV, what=talks),
        fact("conducts", "deputies", "negotiation.conduct", person=MORI, what=talks),
        fact("disputes", "kurils", "dispute.issue", parties=(RUSSIA, JAPAN), territory=KURILS),
        fact("claims", "kurils", "claim.laid", claimant=JAPAN, territory=SOUTHERN_FOUR),
        fact("handedOverTo", "kurils", "handover.passive", territory=KURILS, to=USSR),
        fact(
            "assertsSovereignty",
            "sovereignty",
            "sovereignty.stated",
            state=RUSSIA,
            territory=KURILS,
        ),
        fact("partOf", "kurils", "territory.part", part=SOUTHERN_FOUR, whole=KURILS),
        fact(
            "signed",
            "declaration",
            "document.signed",
            parties=(USSR, JAPAN),
            document=DECLARATION,
            date="1956",
        ),
        fact(
            "signed",
            "withdrew",
            "document.signed",
            parties=(JAPAN, USA),
            document=TREATY,
            date="1960",
        ),
        fact(
            "promisesHandover",
            "joint",
            "provision.handover",
            document=DECLARATION,
            territory=SHIKOTAN,
            from_=USSR,
            to=JAPAN,
            condition="a peace treaty is signed",
        ),
        fact(
            "promisesHandover",
            "joint",
            "provision.handover",
            document=DECLARATION,
            territory=SMALL_ISLANDS,
            from_=USSR,
            to=JAPAN,
            condition="a peace treaty is signed",
        ),
        fact(
            "conditionedOn",
            "memorandum",
            "provision.only_if",
            document=MEMORANDUM,
            what="handover of the islands to Japan",
            condition="withdrawal of all foreign troops from Japan",
        ),
        fact(
            "withdrewObligation",
            "withdrew",
            "obligation.withdrew",
            state=USSR,
            obligation="handover of the islands to Japan",
            document=DECLARATION,
            reason=TREATY,
            date="1960",
        ),
        fact(
            "issued",
            "memorandum",
            "document.dated",
            issuer=USSR,
            document=MEMORANDUM,
            date="1960-01-27",
        ),
        fact(
            "statement",
            "cant_say",
            "statement.quote",
            speaker=KONO,
            quote_start="I can’t say that we managed to overcome differences",
        ),
        fact(
            "statement",
            "not_disclose",
            "statement.quote",
            speaker=KONO,
            quote_start="We have agreed not to disclose the details of the talks",
        ),
        fact(
            "statement",
            "ready",
            "statement.reported",
            speaker=KONO,
            quote_start="Tokyo was ready to maintain dialogue with Moscow",
        ),
        fact(
            "statement",
            "sovereignty",
            "statement.reported",
            speaker=RUSSIA,
            quote_start="Russia’s sovereignty over the islands cannot be called into question",
        ),
    ]
    if extras:
        facts += [
            # "a peace treaty has still not been reached": signed, negated
            fact(
                "signed",
                "declaration",
                "document.signed",
                negated=True,
                parties=(JAPAN, RUSSIA),
                document=PEACE_TREATY,
            ),
            # not stated: an inference of low confidence, for the confidence filters
            fact(
                "successorOf", "declaration", "state.successor", 0.4, state=RUSSIA, predecessor=USSR
            ),
        ]
    source = Source(
        key=SOURCE_KEY,
        kind="Article",
        title=TITLE,
        publisher="TASS",
        dateline="MOSCOW, May 10",
        published="2019-05-10",
        path="data/articles/tass-2019-05-10-kono-lavrov.txt",
        text=text,
    )
    return Extraction(source=source, facts=facts)


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


def build_store(path: Path | None, *, extras: bool = True, second: bool = True) -> Store:
    """A store holding the article's graph (by default with the extras and the second source)."""
    store = Store(path)
    extractions = [extraction(extras=extras)] + ([second_extraction()] if second else [])
    for ex in extractions:
        store.replace_graph(iris.source_iri(ex.source.key), extraction_quads(ex))
    store.flush()
    return store
