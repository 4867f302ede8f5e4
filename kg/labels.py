"""A fact as a person reads it: "Japan claims the Southern Kuril Islands".

Why one place: tables, the query page, pictures, the timeline and every export show a fact by its
``rdfs:label``, which ``kg.mapping`` writes from :func:`fact_label`; the wording of each relation is
the ``label`` template of its declaration in ``kg.relations``. A template reads ``{role}`` as the
role's value; drops a ``[...]`` part whose role is missing or whose words are said already ("the
memorandum of 27 January 1960" needs no "on 27 January 1960"); takes the first of its ``||``
alternatives whose roles are all there; and makes ``{is}``, ``{was}`` and any other ``{verb}``
agree with its first role ("Japan and Russia dispute ..."). The same fact always reads the same
(parties are sorted), so the label is as deterministic as the fact's IRI.
"""

from __future__ import annotations

import functools
import re

from kg import gazetteer
from kg.gazetteer import TERRITORY_KINDS
from kg.letters import unaccented
from kg.model import Entity, Fact
from kg.relations import RELATIONS

_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_OPTIONAL = re.compile(r"(\[[^\[\]]*\])")
_VERBS = {"is": "are", "was": "were", "has": "have"}
#: States whose name takes "the" ("the United States", "the Soviet Union", "the Turkish Republic
#: of Northern Cyprus").
_THE_STATE = re.compile(
    r"^(United|Soviet|People|Holy See|Vatican|Netherlands|Philippines|Bahamas|Gambia|Maldives|"
    r"Comoros|Seychelles|UAE|UK|US|USA|USSR)\b|"
    r"\b(Republic|Kingdom|Federation|Union|Empire|Emirates|States|Islands)\b"
)
#: Territory names that take "the" for a word in them ("the West Bank", "the Chagos Archipelago").
_THE_PLACE = re.compile(
    r"\b(Sea|Strait|Straits|Bank|Strip|Gulf|Peninsula|Archipelago|Region|Triangle|Corridor|"
    r"Valley|Sound|Channel|Shoal|Reef|Plateau|Desert|Basin|Delta|[Bb]order)\b"
)
#: Words a land's name keeps in lower case ("Isle of Man", "Bosnia and Herzegovina", "Rio de la Plata").
_SMALL = frozenset(
    "of and the in at on a an to de del la le las los da do dos das di du von van al el ad".split()
)
#: What a typed condition reads as ("on the withdrawal of foreign troops").
_CONDITIONS = {
    "ForeignTroopWithdrawal": "the withdrawal of foreign troops",
    "PeaceTreatySignature": "the signing of a peace treaty",
}
_QUOTE_WORDS = 12


def fact_label(fact: Fact) -> str:
    """The fact in words, from its relation's template (a generic one for an unknown relation)."""
    rel = RELATIONS.get(fact.rel)
    text = None
    for template in rel.label.split(" || ") if rel and rel.label else []:
        text = _fill(
            template, fact.args, rel.by_role if rel else {}
        )  # rel is there: it has a label
        if text is not None:
            break
    if text is None:
        names = [_value(role, v) for role, v in sorted(fact.args.items())]
        text = f"{_words(fact.rel)}: {', '.join(names)}"
    text = text[:1].upper() + text[1:]
    return f"Not so: {text}" if fact.negated else text


def _fill(template: str, args: dict, roles: dict) -> str | None:
    """The template with the fact's values, or None when a required role is missing."""
    pieces, placeholders = _parsed(template)
    named = [m for m in placeholders if m in roles]
    subject = args.get(named[0]) if named else None
    out: list[str] = []
    for optional, piece in pieces:
        text, values = _piece(piece, args, roles, subject)
        if "" in values and not optional:
            return None
        # an optional part is left out when a role in it is missing, or when what it says is said
        # already ("the memorandum of 27 January 1960", "the handover of Shikotan")
        said = "".join(out)
        if not optional or ("" not in values and not all(_said(v, said) for v in values)):
            out.append(text)
    return "".join(out)


@functools.lru_cache(maxsize=256)
def _parsed(template: str) -> tuple[tuple[tuple[bool, str], ...], tuple[str, ...]]:
    """A template's parts (optional or not, without brackets) and its placeholders, in order."""
    pieces = tuple((p.startswith("["), p.strip("[]")) for p in _OPTIONAL.split(template) if p)
    return pieces, tuple(_PLACEHOLDER.findall(template))


def _piece(text: str, args: dict, roles: dict, subject: object) -> tuple[str, list[str]]:
    """One part of a template filled in, and the words of each role in it ("" when missing)."""
    values: list[str] = []

    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name not in roles:
            return _verb(name, subject)
        value = args.get(name)
        words = _value(name, value) if value is not None and value != "" and value != () else ""
        values.append(words.removeprefix("on ").removeprefix("in "))
        return words

    return _PLACEHOLDER.sub(sub, text), values


def _said(value: str, text: str) -> bool:
    return _whole_word(value).search(text) is not None


@functools.lru_cache(maxsize=4096)
def _whole_word(value: str) -> re.Pattern[str]:
    """A value's pattern, compiled once (re's own cache of 512 is shared by the whole process)."""
    return re.compile(rf"(?<!\w){re.escape(value)}(?!\w)")


def _verb(verb: str, subject: object) -> str:
    if not _plural(subject):
        return verb
    return _VERBS.get(verb, verb[:-1] if verb.endswith("s") else verb)


def _plural(value: object) -> bool:
    if isinstance(value, tuple):
        return len(value) > 1 or (len(value) == 1 and _plural(value[0]))
    if not isinstance(value, Entity) or value.kind not in TERRITORY_KINDS:
        return False
    head = re.split(r" (?:of|in|on) ", value.label)[0].split()  # "Scattered Islands in the ..."
    last = head[-1] if head else ""
    return last.endswith("s") and not last.endswith(("us", "as", "os", "is", "ss"))


def _value(role: str, value: object) -> str:
    if isinstance(value, tuple):
        names = sorted((entity_phrase(v) for v in value), key=lambda n: n.removeprefix("the "))
        return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    if isinstance(value, Entity):
        return entity_phrase(value)
    text = " ".join(str(value).split())
    if role == "date":
        return date_phrase(text)
    if role == "condition":
        from kg.mapping import condition_type  # mapping writes labels: imported when first used

        return _CONDITIONS.get(condition_type(text), f"“{text}”")
    if role == "quote_start":
        words = text.split()
        return " ".join(words[:_QUOTE_WORDS]) + ("…" if len(words) > _QUOTE_WORDS else "")
    if role == "action":
        return text.removeprefix("to ")
    if re.match(r"[a-z]+ of\b", text):  # "handover of Shikotan" reads "the handover of Shikotan"
        return "the " + text
    return text


@functools.lru_cache(maxsize=4096)
def entity_phrase(entity: Entity) -> str:
    """An entity's label as it reads in a sentence: 'the Kuril Islands', 'Japan', 'the Treaty
    of San Francisco'; an ISO date in it reads '27 January 1960'."""
    label = re.sub(
        r"\b(\d{4})-(\d{2})-(\d{2})\b", lambda m: _day(*m.groups()), preferred_label(entity)
    )
    if re.match(r"(?i)the\b", label):
        return "the" + label[3:]
    kind = entity.kind
    the = (
        kind in ("Document", "Process")
        or (kind == "State" and bool(_THE_STATE.search(label)))
        or (kind in TERRITORY_KINDS and (_plural(entity) or bool(_THE_PLACE.search(label))))
        or (kind == "Organization" and len(label.split()) > 1)
    )
    return f"the {label}" if the else label


@functools.lru_cache(maxsize=4096)
def preferred_label(entity: Entity) -> str:
    """The one name a node shows whichever source names it. A name the gazetteer does not know is
    written as each article writes it, and two articles that write it apart share its key but would
    give its node two skos:prefLabel: casing ("the Tumen river", "the Tumen River"), accents (wires
    such as AP drop them: "Fernandez Jaen", "Fernández Jaén"), the Arabic article of a person's
    name, a surname in capitals (French usage: "Ousmane DIALLO"). So such a name loses its accents
    (the written form stays an skos:altLabel), a person's capitalised words are cased, a land's
    lower-case words are capitalised, bar the small ones ("Isle of Man"), and so is the kind after
    a document's name ("the Prespa agreement"); a name the gazetteer knows is its name, and a
    description ("group of small islands", local to its source) keeps its words."""
    known = gazetteer.load().get(entity.key)
    if known is not None and entity.kind in TERRITORY_KINDS:
        return known.label
    if known is not None or entity.kind == "State":
        return entity.label
    if entity.kind == "Person":
        return _unmarked(_article_joined(_cased(entity.label)))
    if entity.kind == "Document":
        return _unmarked(_kind_capitalised(entity.label))
    if entity.kind not in TERRITORY_KINDS or not entity.label[:1].isupper():
        return _unmarked(entity.label)  # a description, not a name: "group of small islands"
    return _unmarked(
        " ".join(
            w[:1].upper() + w[1:] if w.islower() and w[:1].isalpha() and w not in _SMALL else w
            for w in entity.label.split()
        )
    )


def _kind_capitalised(name: str) -> str:
    """A document's name whose words are all capitalised but its last, the kind ("the Prespa
    agreement", "the Echandi Montero-Fernandez Jaen treaty"), with that word capitalised too, as
    other sources write it; a description ("Soviet government memorandum of ...", "the Soviet
    memorandum") as written."""
    *names, kind = name.split() or [""]
    if not names or not kind.isalpha() or not kind.islower():
        return name
    if not all(w[:1].isupper() or w[:1].isdigit() for w in names):
        return name
    demonyms = gazetteer.load().demonyms
    if any(w.lower() in demonyms for w in names):
        return name  # "the Soviet memorandum", "a Japanese note": whose, not what it is called
    return " ".join([*names, kind[:1].upper() + kind[1:]])


def _unmarked(name: str) -> str:
    """``name`` without its accents ("Jaén" -> "Jaen", "Sørensen" -> "Sorensen"), as the
    entity's key is made."""
    return unaccented(name)


#: The Arabic article in a name, joined to the next word by a hyphen or a space, in either case.
_ARTICLE = re.compile(r"(?:^|(?<=\s))(al|el)[\s-]+(?=[A-Za-z])", re.IGNORECASE)


def _cased(name: str) -> str:
    """A name's words written in capitals cased as names are ("DIALLO" -> "Diallo", "AL-SHARIF"
    -> "Al-Sharif", "O'NEILL" -> "O'Neill"); a Roman numeral after a name ("Charles III") stays."""
    return re.sub(
        r"\b[A-Z]{2,}\b",
        lambda m: m[0] if m.start() and _ROMAN.fullmatch(m[0]) else m[0][0] + m[0][1:].lower(),
        name,
    )


_ROMAN = re.compile(r"[IVX]+")


def _article_joined(name: str) -> str:
    """One spelling of the Arabic article in a person's name, since two sources that write "Sheikh
    Tamim bin Hamad Al-Thani" and "... al Thani" share the person's key: "al-" inside a name,
    "Al " opening one ("Al Thani", as "Al Gore" is written)."""
    return _ARTICLE.sub(
        lambda m: f"{m.group(1).capitalize()} " if m.start() == 0 else f"{m.group(1).lower()}-",
        name,
    )


def date_phrase(iso: str) -> str:
    """'on 10 May 2019', 'in February 2019', 'in 1956'; other text as it is, in brackets."""
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso):
        return "on " + _day(*m.groups())
    if (m := re.fullmatch(r"(\d{4})-(\d{2})", iso)) and 1 <= int(m.group(2)) <= 12:
        return f"in {_MONTHS[int(m.group(2)) - 1]} {m.group(1)}"
    if re.fullmatch(r"-?\d{4}", iso):
        return f"in {iso}"
    return f"({iso})"


def _day(year: str, month: str, day: str) -> str:
    if not 1 <= int(month) <= 12:
        return f"{year}-{month}-{day}"
    return f"{int(day)} {_MONTHS[int(month) - 1]} {year}"


def _words(name: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower()
