"""The gold facts of the first article, by hand, as kg.model objects (a stand-in for kg.build).

Mirrors ../shared/eval/dev/gold/00_tass-kono-lavrov-2019.yaml, with evidence spans found in the real
text, so the competency-question tests check real offsets. Mapped by the real kg.mapping.
"""

from __future__ import annotations

from kg import iris
from kg.model import Entity, Evidence, Extraction, Fact, Source
from kg.paths import ARTICLES_DIR

ARTICLE = ARTICLES_DIR / "tass-2019-05-10-kono-lavrov.txt"
SOURCE_KEY = "tass-2019-05-10-kono-lavrov"
TITLE = "Japanese top diplomat says Russia, Japan fail to overcome differences at Moscow meeting"


def _e(kind: str, label: str, *aliases: str, subtype: str | None = None, date: str | None = None):
    return Entity(kind, iris.entity_key(kind, label), label, aliases, subtype, date)


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


def article_text() -> str:
    return ARTICLE.read_text(encoding="utf-8")


def span(text: str, sentence: str) -> tuple[int, int]:
    """Character offsets of one of SENTENCES in the article (its first occurrence)."""
    first, last = SENTENCES[sentence]
    start = text.index(first)
    return start, text.index(last, start) + len(last)


def extraction() -> Extraction:
    text = article_text()

    def fact(rel: str, sentence: str, rule: str, **args) -> Fact:
        start, end = span(text, sentence)
        evidence = Evidence(SOURCE_KEY, start, end, text[start:end], rule, 0.9)
        return Fact(rel, {k.rstrip("_"): v for k, v in args.items()}, evidence)

    talks = "peace treaty negotiations"
    facts = [
        fact(
            "holdsRole",
            "talks",
            "office.apposition",
            person=KONO,
            role="foreign minister",
            of=JAPAN,
        ),
        fact(
            "holdsRole",
            "talks",
            "office.counterpart",
            person=LAVROV,
            role="foreign minister",
            of=RUSSIA,
        ),
        fact("holdsRole", "singapore", "office.title", person=PUTIN, role="president", of=RUSSIA),
        fact("holdsRole", "singapore", "office.title", person=ABE, role="prime minister", of=JAPAN),
        fact(
            "holdsRole",
            "deputies",
            "office.deputy",
            person=MORGULOV,
            role="deputy foreign minister",
            of=RUSSIA,
        ),
        fact(
            "holdsRole",
            "deputies",
            "office.deputy",
            person=MORI,
            role="deputy foreign minister",
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
