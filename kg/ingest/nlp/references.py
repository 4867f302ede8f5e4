"""Short references the gazetteer cannot see: "he", "the two countries", "the islands", "the
region", "the border", "one of the X", "the foreign minister" (no name). Part of the discourse
(:class:`kg.ingest.nlp.discourse.Discourse` inherits these), which holds what was named so far."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from spacy.attrs import TAG

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import bodies, epithets, genders, pairs
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.grammar.kept_tokens import tokens
from kg.ingest.nlp.lands import Lands
from kg.ingest.nlp.mentions import Masked, Mention, merge
from kg.ingest.nlp.office_phrase import office_of_noun
from kg.ingest.nlp.persons import People
from kg.ingest.nlp.segment import Span
from kg.ingest.nlp.tag_pronouns import reported_before
from kg.iris import entity_key, slugify
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PRONOUN = re.compile(r"\b(?:he|she|He|She|him|her)\b")


_FIRST_PERSON = re.compile(r"\b(?:I|me|Me)\b")


#: Letters a case-blind regex matches to an ASCII letter that ``str.lower`` leaves apart ("ſ", "ı",
#: and the dot "İ" lowers to): where one occurs, a word test is no proof and the regex runs.
_FOLD_ODD = ("ſ", "ı", "\u0307")


def _names_beside(p: Parsed, noun: Token) -> bool:
    """Whether a person's name stands in apposition to or compounds with the noun."""
    near = [*noun.children, noun.head]
    return any((m := p.mention(t)) is not None and m.tag == "P" for t in near if t != noun)


def _object_pronoun(doc: Doc | None, offset: int, start: int) -> Token | None:
    """The token of "him" or "her" at ``start`` where the parse makes it an object (PRP), not a
    possessive ("her office", PRP$); None also where there is no parse to tell."""
    tok = None if doc is None else next((t for t in tokens(doc) if t.idx == start - offset), None)
    return tok if tok is not None and tok.tag_ == "PRP" else None


def _clause_mates(tok: Token, offset: int, found: list[Mention]) -> set[str]:
    """The people who are the subject of the verb an object pronoun hangs on ("Kono told him":
    Kono), whom it cannot refer to; a person higher up may ("Putin said Abe had invited him")."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subjects = [
        offset + t.idx
        for ch in verb.children
        if ch.dep_ in ("nsubj", "nsubjpass")
        for t in ch.subtree
    ]
    return {
        f.entity.key
        for f in found
        if f.tag == "P" and f.entity is not None and any(f.start <= i < f.end for i in subjects)
    }


def _state(p: Parsed, t: Token) -> bool:
    m = p.mention(t)
    return m is not None and m.tag == "S"


def _may_hold(low: str, words: tuple[str, ...]) -> bool:
    """Whether a lower-cased text may hold one of ``words`` as a case-blind regex sees it."""
    return any(w in low for w in words) or any(c in low for c in _FOLD_ODD)


class References(Lands):
    """What the references resolve against; the fields are the discourse's."""

    gz: Gazetteer
    text: str
    people: People
    processes: list[Entity]
    state_counts: Counter
    state_order: list[Entity]
    state_pair: tuple[Entity, ...]
    last_territories: list[Mention]
    named_lands: list[tuple[int, Entity]]
    region_lands: list[tuple[str, Entity]]
    subjects: list[Entity]
    persons_seen: list[Entity]
    person_marks: list[tuple[Entity, int, int]]
    index: int
    genders: dict[str, str]
    borders: list[Entity]
    source_key: str
    para_start: int

    def main_states(self) -> list[Entity]:
        """The article's two most mentioned states, in order of first mention."""
        top = {k for k, _ in self.state_counts.most_common(2)}
        return [s for s in self.state_order if s.key in top]

    def pair_in_play(self) -> list[Entity]:
        """The two states "the two sides", "both countries" or "the pair" name (pairs.py): the
        article's two most mentioned; where a third is mentioned as often as the second, the two
        last named as a pair ("Eritrea and Djibouti"), else none."""
        return pairs.in_play(self.state_counts, self.state_order, self.state_pair)

    def local_key(self, kind: str, label: str) -> str:
        """A key for a generic mention ("a group of small islands") that the text ties to nothing
        named: local to its source, so two unrelated articles never share the node."""
        key = entity_key(kind, label)
        return f"{key}/in/{slugify(self.source_key)}" if self.source_key else key

    def _references(
        self, span: Span, found: list[Mention], speaker: Entity | None, doc: Doc | None
    ) -> list[Mention]:
        text, out = self.text, []
        low = text[
            span.start : span.end
        ].lower()  # cheap word tests spare regexes that cannot match
        for m in _PRONOUN.finditer(text, span.start, span.end):
            if self._in_quote(m.start(), span):
                continue
            before_m = [
                f
                for f in found
                if f.tag == "P"
                and f.end <= m.start()
                and f.entity
                and not self._in_quote(f.start, span)
            ]
            before = [f.entity for f in before_m if f.entity]
            word = m.group()
            if word.lower() in ("he", "she"):
                told = reported_before(doc, span.start, m.start())
                if told is not None:  # "A and B agreed ..., he noted": neither A nor B
                    before_m = [f for f in before_m if not told[0] <= f.start < told[1]]
                unnamed, state = self._unnamed_before(m.start()) if not before_m else (False, None)
                if (
                    unnamed
                ):  # "A senior X diplomat told Reuters ... he said": X speaks, no one named
                    if state is not None:
                        out += [Mention(m.start(), m.end(), word, "S", state, how="pronoun")]
                    continue
                person = (
                    self._pronoun_person(word, before_m, found)
                    if before_m or self.subjects
                    else None
                )
            else:
                obj = _object_pronoun(doc, span.start, m.start())
                person = self._object_antecedent(obj, before, found, span) if obj else None
            if person is not None:
                out.append(Mention(m.start(), m.end(), m.group(), "P", person, how="pronoun"))
        if speaker is not None:
            for m in _FIRST_PERSON.finditer(text, span.start, span.end):
                out.append(Mention(m.start(), m.end(), m.group(), "P", speaker, how="first-person"))
        for m in (
            pairs.pattern().finditer(text, span.start, span.end) if pairs.may_hold(low) else ()
        ):
            pair = tuple(self.pair_in_play())
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
        if doc is not None:
            out.extend(self._phrases(Parsed.of(doc, span.start, found), found, out))
            out.extend(self._roles(Parsed.of(doc, span.start, merge(found, out))))
            out.extend(self._epithets(Parsed.of(doc, span.start, merge(found, out)), found))
        return out

    def _epithets(self, p: Parsed, found: list[Mention]) -> list[Mention]:
        """ "The official said": the person named last, in the sentences just before or this one."""
        recent = [
            (e, at) for e, at, i in self.person_marks if i >= self.index - epithets.window()
        ] + [(f.entity, f.start) for f in found if f.tag == "P" and f.entity is not None]
        return epithets.find(p, self.gz, self.people, sorted(recent, key=lambda r: r[1]), self.text)

    def _unnamed_before(self, at: int) -> tuple[bool, Entity | None]:
        """Whether a sentence since the last naming opened with an unnamed person, whom "he" or
        "she" then means, and the state that person speaks for, if told ("An official said": none)."""
        named = max((n for _, n, _ in self.person_marks if n < at), default=0)
        return epithets.unnamed_subject(self.gz, self.text, max(named, at - 400), at)

    def _pronoun_person(
        self, word: str, before: list[Mention], found: list[Mention]
    ) -> Entity | None:
        """Whom "he" or "she" means, as a reader takes it: the first person the sentence named before
        it, else the subject of the sentences before, latest first, else anyone named before; the
        first of these whose gender (genders.py) does not gainsay the pronoun's."""
        want = genders.of_pronoun(word)
        order = [
            *(f.entity for f in before if f.entity),
            *reversed(self.subjects),
            *reversed(self.persons_seen),
        ]
        return next(
            (e for e in order if want is None or self._gender(e, found) in (None, want)), None
        )

    def _gender(self, person: Entity, found: list[Mention]) -> str | None:
        """A person's gender as the gazetteer, this sentence's words or the article's before say."""
        here = (genders.said(self.text, f) for f in found if f.tag == "P" and f.entity == person)
        return (
            self.gz.gender.get(person.key)
            or next((g for g in here if g), None)
            or self.genders.get(person.key)
        )

    def _object_antecedent(
        self, obj: Token, before: list[Entity], found: list[Mention], span: Span
    ) -> Entity | None:
        """Whom "him" or "her" as an object refers back to ("quoted him as saying", "according to
        her"): the nearest person named before it, in its sentence or before, of a gender that
        agrees, but not the subject of its own clause ("Kono met Lavrov. Kono told him")."""
        mates = _clause_mates(obj, span.start, found)
        nearest = [e for e in reversed(before) if e.key not in mates] + [
            e for e in reversed(self.persons_seen) if e.key not in mates
        ]
        want = genders.of_pronoun(obj.text)
        return next(
            (e for e in nearest if want is None or self._gender(e, found) in (None, want)), None
        )

    def _roles(self, p: Parsed) -> list[Mention]:
        """ "the foreign minister", "the Japanese foreign minister", "Russia's foreign minister":
        an office named with no name beside it is the person named before who holds it."""
        out: list[Mention] = []
        for noun in p.having(TAG, "NN", "NNP"):
            if p.mention(noun) is not None:
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
            of = title.of  # "the Kremlin leader": the leader of the state the seat stands for
            of = (bodies.seat_state(self.gz, of) or of) if of is not None else None
            person = self._holder(title.office, of)
            if person is not None:
                first = min(c.left_edge.i for c in lead)
                s, e = p.span([p.doc[first], noun])
                out.append(Mention(s, e, self.text[s:e], "P", person, how="role"))
        return out

    def _in_quote(self, pos: int, span: Span) -> bool:
        before = self.text[min(self.para_start, span.start) : pos]
        return (before.count('"') + before.count("“") - before.count("”")) % 2 == 1

    def _holder(self, office: str, state: Entity | None) -> Entity | None:
        """Who holds the office; a bare head ("the minister", "the president") is the latest person
        whose office it heads ("foreign minister"), as a reader takes it."""
        fits = [
            info
            for info in self.people.by_key.values()
            if info.office and (state is None or info.of is None or info.of.key == state.key)
        ]
        if " " not in office and self.subjects:  # "Aliabadi struck a tone. ... the minister said":
            last = self.subjects[-1]  # the subject just before, if he is a minister of any kind
            if any(
                i.entity.key == last.key and (i.office or "").split()[-1:] == [office] for i in fits
            ):
                return last
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
        if not heads and state is not None and office in self.gz.stands_for:
            # "the Azerbaijani leader": the person named as that state's president (its state said)
            heads = {
                i.entity.key: i
                for i in fits
                if i.of is not None and i.office in self.gz.stands_for[office]
            }
        if not heads and state is not None and office in self.gz.stands_for:
            # "Putin hosted Kishida. The Japanese leader said": the one person named who serves
            # that state (the gazetteer's), where the text gives none of them an office
            serving = [
                i.entity
                for i in self.people.by_key.values()
                if i.office is None and self.gz.serves.get(i.entity.key) == state.key
            ]
            return serving[0] if len(serving) == 1 else None
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
