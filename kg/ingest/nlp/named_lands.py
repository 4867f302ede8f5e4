"""Descriptive mentions of land that name what they refer to: "the islands, which Japan calls the
Senkaku", "Kunashir, one of four islands" (the group), "the border between A and B", "sovereign
Ukrainian territory", "Shikotan and a group of small islands", and a group's name counted by a
number ("two of the four Kuril Islands": the part that has that many).

Split from kg.ingest.nlp.lands, whose Lands mixin reads these first, then the phrases that refer
back to what the article named before.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import land_shares
from kg.ingest.nlp import phrases as ph
from kg.ingest.nlp.grammar.parsed import tokens_within
from kg.ingest.nlp.mentions import Mention
from kg.iris import entity_key
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.ingest.nlp.grammar import Parsed


class NamedLands:
    """Reading of the descriptive mentions that name their land; the fields are the discourse's."""

    gz: Gazetteer
    text: str
    borders: list[Entity]

    def local_key(self, kind: str, label: str) -> str:
        """A key local to the source (kg.ingest.nlp.references.References says how)."""
        raise NotImplementedError

    def called(self, p: Parsed, tok: Token, lemma: str, plural: bool, found) -> Mention | None:
        """ "the islands, which Japan calls the Senkaku": those islands are the Senkaku."""
        named = ph.named_as(tok) if lemma in ph.nouns().lands.nouns else None
        if named is None:
            return None
        namer = p.mention(named[0]) if named[0] is not None else None
        name = p.mention(named[1])
        if not (name and name.tag == "T" and name.entity):
            return None
        if named[0] is not None and (namer is None or namer.tag != "S"):
            return None  # "which Japan calls": a state names them
        s, e = ph.bounds(p, tok)
        number = ph.partitive_number(tok)  # "three of the islands, which ..."
        if number is not None:
            s = p.offset + number.idx
        if any(s < f.end and f.start < e for f in found):
            return None
        return Mention(s, e, self.text[s:e], "T", name.entity, how="called")

    def one_of(self, p: Parsed, tok: Token, lemma: str, plural: bool, found) -> Mention | None:
        """ "Kunashir, one of four Russian-held islands off Hokkaido": the group Kunashir is in."""
        part_tok = ph.partitive_of(tok) if plural and lemma in ph.nouns().lands.nouns else None
        part = p.mention(part_tok) if part_tok is not None else None
        if part is None or part.tag != "T" or part.entity is None:
            return None
        wholes = [w for w, parts in self.gz.parts.items() if part.entity.key in parts]
        n = ph.count(tok) or next((int(t.text) for t in tok.children if t.text.isdigit()), None)
        fitting = [w for w in wholes if n is None or len(self.gz.parts[w]) == n] or wholes
        whole = self.gz.get(fitting[0]) if fitting else None
        if whole is None:
            return None
        s, e = ph.bounds(p, tok, with_det=False)
        if any(f.tag == "S" and s <= f.start < p.offset + tok.idx for f in found):
            s = p.offset + tok.idx  # "four Russian-held islands": the holder stays its own mention
        return Mention(s, e, self.text[s:e], "T", whole, how="one-of")

    def border(self, p: Parsed, tok: Token, lemma: str, plural: bool, found) -> Mention | None:
        """ "the border between Armenia and Azerbaijan": a territory of its own."""
        if lemma not in ph.nouns().borders.nouns:
            return None
        sides = [p.mention(o) for o in ph.prep_objects(tok, ph.nouns().between)]
        states = [m for m in sides if m is not None and m.tag == "S" and m.entity is not None]
        if len(states) != 2 or states[0].entity == states[1].entity:
            return None
        names = sorted(m.entity.label for m in states if m.entity is not None)
        label = f"{names[0]}–{names[1]} border"
        ent = Entity(
            "Territory", entity_key("Territory", label), label, (f"{names[0]}-{names[1]} border",)
        )
        self.borders.append(ent)
        s, e = ph.bounds(p, tok)[0], max(m.end for m in states)
        return Mention(s, e, self.text[s:e], "T", ent, how="border")

    def state_territory(
        self, p: Parsed, tok: Token, lemma: str, plural: bool, found
    ) -> Mention | None:
        """ "sovereign Ukrainian territory": a territory of that state; "more than half of Belize's
        territory": that share of it (one claims it of the state)."""
        n = ph.nouns()
        if lemma not in n.state_territory or plural:
            return None
        mods = ph.modifiers(tok)
        share = land_shares.share_of(tok, n.shares)
        marked = [t for t in mods if t.lower_ in n.sovereign] or share
        state = next((m for t in mods if (m := p.mention(t)) and m.tag == "S" and m.entity), None)
        if not marked or state is None or state.entity is None:
            return None
        if not share and (tok.dep_ == "attr" or tok.dep_ == "pobj" and tok.head.lower_ == "as"):
            return None  # "Dokdo is South Korea's sovereign territory" says whose Dokdo is
        label = state.entity.label  # the state's name, not its demonym: one label per IRI
        ent = Entity(
            "Territory",
            entity_key("Territory", f"{label} territory"),
            f"{label} territory",
            (
                f"territory of {label}",
                f"{state.text} territory",
                f"sovereign {state.text} territory",
            ),
        )
        s, e = p.offset + marked[0].idx, ph.bounds(p, tok)[1]
        return Mention(
            s,
            e,
            self.text[s:e],
            "T",
            ent,
            how="state-share" if share else "state-territory",  # a share is no part said
            office_of=state.entity,
        )

    def group(self, p: Parsed, tok: Token, lemma: str, plural: bool, found) -> Mention | None:
        """ "Shikotan and a group of small islands": the gazetteer's group beside the named island
        (or the group the phrase is in apposition to), else islands local to this source."""
        n = ph.nouns()
        member = ph.of_phrase(tok) if lemma in n.groups.nouns else None
        form = ph.head_of(member) if member is not None else None
        if member is None or form is None or form[0] not in n.group_members:
            return None
        if ph.determiner(tok) not in n.groups.determiners:
            return None
        s = ph.bounds(p, tok)[0]
        e = ph.bounds(p, member)[1]
        label = " ".join(self.text[p.offset + tok.idx : e].split()).lower()
        named = self._apposed_group(p, tok) or self._sibling_group(
            [f.entity for f in found if f.tag == "T" and f.entity]
        )
        if named is not None:
            return Mention(s, e, self.text[s:e], "T", named, how="description-linked")
        ent = Entity("IslandGroup", self.local_key("Territory", label), label, ())
        return Mention(s, e, self.text[s:e], "T", ent, how="description")

    def counted_group(self, m: Mention, doc: Doc | None, start: int) -> Mention:
        """ "two of the four disputed Kuril Islands": a group's name counted by a number that is not
        its own count of parts names the one part of the group that has that many (the Southern
        Kurils, of the Kuril chain's parts in ``data/gazetteer``); otherwise the group itself."""
        parts = self.gz.parts.get(m.entity.key, ()) if m.tag == "T" and m.entity else ()
        if not parts or doc is None:
            return m
        inside = tokens_within(doc, start, m.start, m.end)
        head = next((t for t in inside if t.head not in inside or t.head == t), None)
        n = ph.count(head) if head is not None else None
        if n is None or n == len(parts):
            return m
        subs = [x for x in parts if len(self.gz.parts.get(x, ())) == n]
        group = self.gz.get(subs[0]) if len(subs) == 1 else None
        if group is None:
            return m
        return replace(
            m, entity=group, how="counted", office_of=m.entity
        )  # the part, and its whole

    @staticmethod
    def _apposed_group(p: Parsed, tok: Token) -> Entity | None:
        """ "the Sapodilla Cayes, a chain of small coral islands": the group the phrase is in
        apposition to, or says what it is ("the Sapodilla Cayes are a chain of ...")."""
        named = tok.head if tok.dep_ == "appos" else None
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":
            named = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        m = p.mention(named) if named is not None else None
        if m is not None and m.tag == "T" and m.entity and m.entity.kind == "IslandGroup":
            return m.entity
        return None

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
