"""Short references the gazetteer cannot see: "he", "the two countries", "the islands", "the
region", "the border", "one of the X", "the foreign minister" (no name). Part of the discourse
(:class:`kg.ingest.nlp.discourse.Discourse` inherits these), which holds what was named so far."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Masked, Mention, mask, merge
from kg.ingest.nlp.office_phrase import office_of_noun
from kg.ingest.nlp.persons import People
from kg.ingest.nlp.segment import Span
from kg.iris import entity_key, slugify
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")


_FIRST_PERSON = re.compile(r"\b(?:I|me|Me)\b")


_PAIR = re.compile(
    r"\b(?:the two (?:countries|nations|states|sides|governments|neighbou?rs)|both (?:countries|sides|nations|governments|states)|the two(?!\s+(?:\w+\s+){0,2}(?:islands|islets|regions|territories|provinces|areas)\b))(?:['’]s?)?(?=\W)",
    re.I,
)


_COUNTRY = re.compile(r"\bthe country\b(?!['’])", re.I)


_CALLS = re.compile(
    r"(?P<np>\b(?:the|three|four|two|five|some)\b[^«,.;]{0,60}?\b(?:islands?|islets|isles|archipelago|chain))"
    r"\s*,?\s+(?:which|that)\s+«S\d+»\s+(?:calls?|names?)\s+(?P<t>«T\d+»)"
)


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


_ONE_OF = re.compile(
    r"(?P<t>«T\d+»),\s+one\s+of\s+(?:the\s+)?(?P<np>(?P<num>two|three|four|five|six|seven|eight|\d+)\s+"
    r"[^,.;]{0,60}?\b(?:islands|islets|isles))",
    re.I,
)


_BORDER = re.compile(
    r"\b(?:the\s+)?(?:(?:[\w-]+\s+){0,2})border\s+between\s+(?P<a>«S\d+»)\s+and\s+(?P<b>«S\d+»)"
)


_BORDER_ANAPHOR = re.compile(
    r"\b(?:the|their)\s+(?:(?:non-demarcated|disputed|shared|common|international)\s+)?border\b"
)


_SOVEREIGN_TERRITORY = re.compile(r"\bsovereign\s+(?P<s>«S\d+»)\s+territory\b")


_ISLANDS = re.compile(
    r"\b(?:the|those|these|that|this|both)\s+(?:(?P<count>two|three|four|five|six|seven)\s+)?(?:(?:\d+|disputed|uninhabited|contested|remote|small|tiny|breakaway|separatist|occupied|former|barren|rocky|whole|entire|strategic|annexed|southern|northern|eastern|western|[a-z]+-(?:rich|held|controlled|administered)|[A-Z][a-z]+)\s+){0,3}(?P<noun>islands?|islets?|territor(?:y|ies)|archipelago|chain|atolls?|reefs?|regions|colony|enclave|exclave|peninsula|land)\b(?!\s+of\s+(?:the\s+)?[A-Z])",
    re.I,
)


_REGION = re.compile(
    r"\bthe\s+(?:(?:disputed|contested|whole|entire)\s+)?region\b(?!\s+of\b)", re.I
)


_GROUP = re.compile(
    r"\b(?:a|the)\s+(?P<label>group\s+of\s+(?:(?:small|tiny|uninhabited|rocky)\s+)?(?:islands|islets|rocks))\b",
    re.I,
)


#: Words one of which every _ISLANDS match holds (lower case).
_ISLAND_NOUNS = (
    "island",
    "islet",
    "territor",
    "archipelago",
    "chain",
    "atoll",
    "reef",
    "regions",
    "colony",
    "enclave",
    "exclave",
    "peninsula",
    "land",
)


_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


#: Letters a case-blind regex matches to an ASCII letter that ``str.lower`` leaves apart ("ſ", "ı",
#: and the dot "İ" lowers to): where one occurs, a word test is no proof and the regex runs.
_FOLD_ODD = ("ſ", "ı", "\u0307")


def _names_beside(p: Parsed, noun: Token) -> bool:
    """Whether a person's name stands in apposition to or compounds with the noun."""
    near = [*noun.children, noun.head]
    return any((m := p.mention(t)) is not None and m.tag == "P" for t in near if t != noun)


def _state(p: Parsed, t: Token) -> bool:
    m = p.mention(t)
    return m is not None and m.tag == "S"


def _may_hold(low: str, words: tuple[str, ...]) -> bool:
    """Whether a lower-cased text may hold one of ``words`` as a case-blind regex sees it."""
    return any(w in low for w in words) or any(c in low for c in _FOLD_ODD)


class References:
    """What the references resolve against; the fields are the discourse's."""

    gz: Gazetteer
    text: str
    people: People
    processes: list[Entity]
    state_counts: Counter
    state_order: list[Entity]
    last_territories: list[Mention]
    named_lands: list[tuple[int, Entity]]
    region_lands: list[Entity]
    subjects: list[Entity]
    borders: list[Entity]
    source_key: str
    para_start: int

    def main_states(self) -> list[Entity]:
        """The article's two most mentioned states, in order of first mention."""
        top = {k for k, _ in self.state_counts.most_common(2)}
        return [s for s in self.state_order if s.key in top]

    def local_key(self, kind: str, label: str) -> str:
        """A key for a generic mention ("a group of small islands") that the text ties to nothing
        named: local to its source, so two unrelated articles never share the node."""
        key = entity_key(kind, label)
        return f"{key}/in/{slugify(self.source_key)}" if self.source_key else key

    def _references(
        self, span: Span, found: list[Mention], speaker: Entity | None, doc: Doc | None = None
    ) -> list[Mention]:
        text, out = self.text, []
        low = text[
            span.start : span.end
        ].lower()  # cheap word tests spare regexes that cannot match
        for m in _PRONOUN.finditer(text, span.start, span.end):
            if self._in_quote(m.start(), span):
                continue
            before = [
                f
                for f in found
                if f.tag == "P"
                and f.end <= m.start()
                and f.entity
                and not self._in_quote(f.start, span)
            ]
            person = before[0].entity if before else (self.subjects[-1] if self.subjects else None)
            if person is not None:
                out.append(Mention(m.start(), m.end(), m.group(), "P", person, how="pronoun"))
        if speaker is not None:
            for m in _FIRST_PERSON.finditer(text, span.start, span.end):
                out.append(Mention(m.start(), m.end(), m.group(), "P", speaker, how="first-person"))
        for m in (
            _PAIR.finditer(text, span.start, span.end) if _may_hold(low, ("two", "both")) else ()
        ):
            pair = tuple(self.main_states())
            here = list(
                dict.fromkeys(
                    f.entity for f in found if f.tag == "S" and f.entity and f.start < m.start()
                )
            )
            if (
                len(pair) < 2 and len(here) == 2
            ):  # "Vietnam ... China ..., which both countries claim"
                pair = tuple(here)
            if len(pair) == 2:
                out.append(
                    Mention(m.start(), m.end(), m.group(), "S", None, members=pair, how="pair")
                )
        for m in (
            _COUNTRY.finditer(text, span.start, span.end) if _may_hold(low, ("country",)) else ()
        ):
            states = [f for f in found if f.tag == "S" and f.entity and f.end <= m.start()]
            if states:
                out.append(
                    Mention(m.start(), m.end(), m.group(), "S", states[-1].entity, how="anaphor")
                )
        for m in _GROUP.finditer(text, span.start, span.end) if _may_hold(low, ("group",)) else ():
            label = " ".join(m.group("label").split()).lower()
            named = self._sibling_group(
                [f.entity for f in found if f.tag == "T" and f.entity is not None]
            )
            if (
                named is not None
            ):  # "Shikotan and a group of small islands": the gazetteer knows which
                out.append(
                    Mention(m.start(), m.end(), m.group(), "T", named, how="description-linked")
                )
                continue
            ent = Entity("IslandGroup", self.local_key("Territory", label), label, ())
            out.append(Mention(m.start(), m.end(), m.group(), "T", ent, how="description"))
        for m in (
            _ISLANDS.finditer(text, span.start, span.end) if _may_hold(low, _ISLAND_NOUNS) else ()
        ):
            if any(
                f.start < m.end()
                and m.start() < f.end
                and (f.tag == "T" or f.end > m.start("noun"))
                for f in found + out
            ):
                continue  # "the Kuril Islands" is a name, not a reference back ("the Spanish colony" is)
            current = [f for f in found if f.tag == "T" and f.end <= m.start()]
            count = _COUNTS.get((m.group("count") or m.group().split()[0]).lower())
            noun = m.group("noun").lower()
            target = self._territory(
                plural=noun.endswith(("s", "ies")),
                current=current,
                island=noun in ("island", "islet"),
            )
            group = target is not None and len(self.gz.parts.get(target.key, ())) == count
            several = self._latest_territories(count, current) if count and not group else ()
            if several:  # "the two breakaway regions": the two last named
                out.append(Mention(m.start(), m.end(), m.group(), "T", None, several, "anaphor"))
                continue
            if target is not None:
                out.append(Mention(m.start(), m.end(), m.group(), "T", target, how="anaphor"))
        for m in _REGION.finditer(text, span.start, span.end) if self.region_lands else ():
            if not any(f.start < m.end() and m.start() < f.end for f in found + out):
                # "the region", after "the Essequibo region": the article's word for that land
                region = self.region_lands[-1]
                out.append(Mention(m.start(), m.end(), m.group(), "T", region, how="anaphor"))
        masked = mask(text, span.start, span.end, merge(found, out))
        masked_with = len(out)
        out.extend(self._borders(masked, span))
        out.extend(self._one_of(masked))
        calls = "«T" in masked.text and ("call" in masked.text or "name" in masked.text)
        for m in (
            _CALLS.finditer(masked.text) if calls else ()
        ):  # "the islands, which Japan calls the Senkaku": those islands
            named = masked.mention(m.group("t")).entity
            s, e = masked.offset(m.start("np")), masked.offset(m.end("np"))
            if named is not None and "«" not in m.group("np"):
                out.append(Mention(s, e, text[s:e], "T", named, how="called"))
        if len(out) > masked_with:
            masked = mask(text, span.start, span.end, merge(found, out))
        if doc is not None:
            out.extend(self._roles(Parsed.of(doc, span.start, merge(found, out))))
        return out

    def _roles(self, p: Parsed) -> list[Mention]:
        """ "the foreign minister", "the Japanese foreign minister", "Russia's foreign minister":
        an office named with no name beside it is the person named before who holds it."""
        out: list[Mention] = []
        for noun in p.doc:
            if noun.tag_ not in ("NN", "NNP") or p.mention(noun) is not None:
                continue  # (a plural, "the foreign ministers", is the participants: discourse)
            if noun.dep_ in ("compound", "amod") or _names_beside(p, noun):
                continue  # "Foreign Minister Lavrov", "the foreign minister, Lavrov": a title
            if any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in noun.children):
                continue  # "the minister of ...": another office, or another person's
            lead = [c for c in noun.children if c.i < noun.i and c.dep_ in ("det", "poss")]
            if not any(c.lower_ == "the" or _state(p, c) for c in lead):
                continue
            title = office_of_noun(p, self.gz, noun)
            if title is None or title.office is None:
                continue
            person = self._holder(title.office, title.of)
            if person is not None:
                first = min(c.left_edge.i for c in lead)
                s, e = p.span([p.doc[first], noun])
                out.append(Mention(s, e, self.text[s:e], "P", person, how="role"))
        return out

    def _sibling_group(self, named: list[Entity]) -> Entity | None:
        """The one island group the gazetteer puts beside a named island in every group they share."""
        for island in named:
            if island.kind != "Island":
                continue
            wholes = self.gz.part_of(island.key)
            groups = {
                k
                for w in wholes
                for k in self.gz.parts.get(w, ())
                if k != island.key
                and (e := self.gz.get(k)) is not None
                and e.kind == "IslandGroup"
                and all(k in self.gz.parts.get(w2, ()) for w2 in wholes)
            }
            if len(groups) == 1:
                return self.gz.get(groups.pop())
        return None

    def _borders(self, masked: Masked, span: Span) -> list[Mention]:
        """ "the border between Armenia and Azerbaijan" is a territory of its own; "the border" refers back to
        it; "sovereign Ukrainian territory" is a territory of that state."""
        out: list[Mention] = []
        if "border" not in masked.text and "sovereign" not in masked.text:
            return out
        for m in _BORDER.finditer(masked.text):
            a, b = masked.mention(m.group("a")).entity, masked.mention(m.group("b")).entity
            if a is None or b is None:
                continue
            names = sorted((a.label, b.label))
            label = f"{names[0]}–{names[1]} border"
            ent = Entity(
                "Territory",
                entity_key("Territory", label),
                label,
                (f"{names[0]}-{names[1]} border",),
            )
            self.borders.append(ent)
            s, e = masked.offset(m.start()), masked.offset(m.end())
            out.append(Mention(s, e, self.text[s:e], "T", ent, how="border"))
        if not out and self.borders:
            for m in _BORDER_ANAPHOR.finditer(masked.text):
                if "«" in masked.text[m.start() : m.end()]:
                    continue
                s, e = masked.offset(m.start()), masked.offset(m.end())
                out.append(Mention(s, e, self.text[s:e], "T", self.borders[-1], how="anaphor"))
        for m in _SOVEREIGN_TERRITORY.finditer(masked.text):
            state = masked.mention(m.group("s")).entity
            if state is None:
                continue
            demonym = masked.mention(m.group("s")).text
            label = f"{demonym} territory"
            ent = Entity(
                "Territory",
                entity_key("Territory", f"{state.label} territory"),
                label,
                (f"territory of {state.label}", f"sovereign {demonym} territory"),
            )
            s, e = masked.offset(m.start()), masked.offset(m.end())
            out.append(
                Mention(s, e, self.text[s:e], "T", ent, how="state-territory", office_of=state)
            )
        return out

    def _one_of(self, masked: Masked) -> list[Mention]:
        """ "Kunashir, one of four Russian-held islands off Hokkaido": the group Kunashir belongs to."""
        out: list[Mention] = []
        if "«" not in masked.text:  # (case-blind: "«t1»" would do)
            return out
        for m in _ONE_OF.finditer(masked.text):
            part = masked.mention(m.group("t")).entity
            if part is None:
                continue
            wholes = [w for w, parts in self.gz.parts.items() if part.key in parts]
            count = _NUMBERS.get(m.group("num").lower()) or (
                int(m.group("num")) if m.group("num").isdigit() else None
            )
            fitting = [
                w for w in wholes if count is None or len(self.gz.parts[w]) == count
            ] or wholes
            whole = self.gz.get(fitting[0]) if fitting else None
            if whole is not None:
                s, e = masked.offset(m.start("np")), masked.offset(m.end("np"))
                out.append(Mention(s, e, self.text[s:e], "T", whole, how="one-of"))
        return out

    def _in_quote(self, pos: int, span: Span) -> bool:
        before = self.text[min(self.para_start, span.start) : pos]
        return (before.count('"') + before.count("“") - before.count("”")) % 2 == 1

    def _territory(
        self, plural: bool, current: list[Mention] | tuple[()] = (), island: bool = False
    ) -> Entity | None:
        """The most talked-about territory so far (ties: the latest); groups for a plural, an
        island for "the island"."""
        counts: Counter = Counter()
        latest: dict[str, int] = {}
        by_key: dict[str, Entity] = {}
        for i, m in enumerate([*self.last_territories, *current]):
            if m.entity is None or m.how == "description":
                continue
            if plural and m.entity.kind == "Island":
                continue
            if island and m.entity.kind != "Island":
                continue
            counts[m.entity.key] += 1
            latest[m.entity.key] = i
            by_key[m.entity.key] = m.entity
        if not counts:
            return None
        best = max(counts, key=lambda k: (counts[k], latest[k]))
        return by_key[best]

    def _latest_territories(self, count: int, current: list[Mention]) -> tuple[Entity, ...]:
        """The last ``count`` territories named, when the last sentence that named any named that
        many (a reference to a pair reaches no further back than the pair)."""
        here = tuple(dict.fromkeys(m.entity for m in current if m.entity))
        if here:
            return here if len(here) == count else ()
        if not self.named_lands:
            return ()
        last = self.named_lands[-1][0]
        latest = tuple(dict.fromkeys(e for i, e in self.named_lands if i == last))
        return latest if len(latest) == count else ()

    def _holder(self, office: str, state: Entity | None) -> Entity | None:
        """Who holds the office; a bare head ("the minister", "the president") is the latest person
        whose office it heads ("foreign minister"), as a reader takes it."""
        fits = [
            info
            for info in self.people.by_key.values()
            if info.office and (state is None or info.of is None or info.of.key == state.key)
        ]
        for info in reversed(fits):
            if info.office == office:
                return info.entity
        if " " in office:
            return None
        heads = {
            info.entity.key: info
            for info in fits
            if info.office and info.office.split()[-1] == office
        }
        for person in reversed(self.subjects):
            if person.key in heads:
                return person
        return next((info.entity for info in reversed(list(heads.values()))), None)

    def _processes(self, masked: Masked) -> list[Mention]:
        out = []
        for m in re.finditer(
            r"(?P<doc>«D\d+»)\s+(?:talks|negotiations|consultations|process)\b", masked.text
        ):
            doc = masked.mention(m.group("doc")).entity
            label = f"{doc.label} negotiations" if doc else "negotiations"
            ent = Entity("Process", "process/" + slugify(label), label, ())
            if ent.key not in {p.key for p in self.processes}:
                self.processes.append(ent)
            s, e = masked.offset(m.start()), masked.offset(m.end())
            out.append(Mention(s, e, self.text[s:e], "X", ent, how="process"))
        for m in re.finditer(r"\bthe\s+(?:negotiations|talks|consultations)\b", masked.text):
            if self.processes:
                s, e = masked.offset(m.start()), masked.offset(m.end())
                out.append(Mention(s, e, self.text[s:e], "X", self.processes[-1], how="anaphor"))
        return out
