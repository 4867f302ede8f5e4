"""The closed word classes the grammar reads: dependency labels, negators, modals, landmarks."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


SUBJ = ("nsubj", "csubj", "expl")


PASS_SUBJ = ("nsubjpass", "csubjpass")


RELATIVE = frozenset({"which", "that", "who", "whom", "whose"})


#: The words that open an adverbial clause: when, why or against what something happened.
SUBORDINATORS = frozenset(
    {"after", "before", "since", "until", "when", "as", "because", "while", "once"}
)


#: Verbs whose infinitive complement shares their subject ("wants to recover", "agreed to hand").
_CLAUSE_DEPS = ("xcomp", "ccomp", "advcl", "conj")


#: Clauses and phrases a role's mentions are not looked for in: they say something else.
PRUNE = frozenset(
    {
        "relcl",
        "acl",
        "advcl",
        "ccomp",
        "parataxis",
        "appos",
        "xcomp",
        "csubj",
        "mark",
        "cc",
        "punct",
        "prep_landmark",
    }
)


#: Participles of a backer's support ("Russia-backed separatists", "Moscow-sponsored forces"): the
#: state they modify the noun with stands behind the doers, it is not one of them.
BACKING = frozenset({"backed", "supported", "sponsored", "funded", "armed", "financed", "aligned"})


LANDMARK = frozenset(
    {
        "off",
        "near",
        "around",
        "beyond",
        "from",
        "between",
        "beside",
        "opposite",
        "across",
        "along",
        "outside",
        "inside",
        "within",
        "at",
        "north",
        "south",
        "east",
        "west",
        "since",
        "after",
        "before",
        "during",
        "until",
        "in",
    }
)


#: Nouns of a post held in a body abroad, whose "at" phrase is the body served, not a landmark:
#: "lodged a protest with a minister at the South Korean Embassy", "a counsellor at the embassy".
POSTS = frozenset(
    {
        "official",
        "diplomat",
        "minister",
        "envoy",
        "representative",
        "officer",
        "attache",
        "attaché",
        "counsellor",
        "counselor",
        "secretary",
        "consul",
        "ambassador",
    }
)


#: Nouns of a piece of land, measured or cut out, whose "at"/"in"/"on" phrase is the land it is of,
#: not a landmark: "granted Ecuador one square kilometre of land at Tiwinza", "a plot on the cay".
PIECES = frozenset(
    {
        "land",
        "plot",
        "parcel",
        "tract",
        "strip",
        "patch",
        "piece",
        "pocket",
        "kilometre",
        "kilometer",
    }
    | {"hectare", "acre"}
)
PIECE_PREPS = frozenset({"at", "in", "on"})


PARTICLES = frozenset({"back", "over", "out", "up", "off", "aside", "away"})


#: What completes a verb: without one, a that-clause after its infinitive is its own.
COMPLEMENTS = ("dobj", "obj", "ccomp", "xcomp", "dative")

#: Verbs of regarding: in "regards X as Y" the "as" phrase says what the object is (in "signed the
#: deal as president" it says what the subject is).
REGARDING = frozenset(
    {"regard", "consider", "view", "see", "treat", "deem", "count", "list", "show", "depict"}
)  # "a map showing Kalapani as part of its territory": the map's maker's view

#: Verbs whose object is a predicate noun, like a copula's ("the islands form part of Bahrain").
LINKING = frozenset({"form", "constitute"})
