"""What a descriptive mention of land or a state refers to: "the islands" (the territory last talked
about), "the two breakaway regions" (the two last named), "the region", "the country", "a group of
small islands", "the border between A and B" and "the border", "sovereign Ukrainian territory",
"Kunashir, one of four islands" (the group), "the islands, which Japan calls the Senkaku".

The phrases come from the parse (kg.ingest.nlp.phrases, head nouns as data); this mixin of the
discourse (kg.ingest.nlp.references) resolves them against what the article has named so far.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import land_shares, listed_lands, new_lands, recent_lands, state_kinds
from kg.ingest.nlp import phrases as ph
from kg.ingest.nlp.grammar.parsed import tokens_within
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.place_phrases import site_noun
from kg.iris import entity_key
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.ingest.nlp.grammar import Parsed


def _counted(of: Token) -> bool:
    """ "[the archipelago] of some 6,700 islands": a count of the group's members, no other land."""
    members = ph.nouns().group_members
    return of.lemma_.lower() in members and any(ch.dep_ == "nummod" for ch in of.children)


class Lands:
    """Resolution of descriptive mentions; the fields are the discourse's."""

    gz: Gazetteer
    text: str
    last_territories: list[Mention]
    named_lands: list[tuple[int, Entity]]
    index: int  # the sentence being read
    region_lands: list[tuple[str, Entity]]
    borders: list[Entity]
    state_order: list[Entity]

    def local_key(self, kind: str, label: str) -> str:
        """A key local to the source (kg.ingest.nlp.references.References says how)."""
        raise NotImplementedError

    def _phrases(self, p: Parsed, found: list[Mention], before: list[Mention]) -> list[Mention]:
        """The sentence's descriptive mentions, each resolved; a phrase already taken by a
        mention (a name, or a more telling reading of the same words) is left alone."""
        out: list[Mention] = []

        def free(s: int, e: int) -> bool:
            return not any(
                f.start < e and s < f.end and (f.tag == "T" or f in before or f in out)
                for f in (*found, *before, *out)
            )

        heads = ph.heads_in(p.doc)
        readers = (self._called, self._one_of, self._border, self._state_territory, self._group)
        for read in readers:
            for tok, (lemma, plural) in heads:
                m = read(p, tok, lemma, plural, found)
                if m is not None and free(m.start, m.end):
                    out.append(m)
        new_border = any(m.how == "border" for m in out)
        for tok, (lemma, plural) in heads:
            m = self._country(p, tok, lemma, plural, found)
            m = m or state_kinds.read(p, tok, lemma, plural, found, self.state_order, self.text)
            m = m or self._land(p, tok, lemma, plural, found, [*before, *out])
            m = m or self._region(p, tok, lemma, plural)
            m = m or new_lands.read(p, tok, lemma, plural, self.text, self.local_key)
            if m is None and not new_border:
                m = self._border_anaphor(p, tok, lemma)
            if m is not None and free(m.start, m.end):
                out.append(m)
        sites = ((t, w) for t in p.doc if (w := site_noun(t)))  # "the base" after "its
        for tok, site in sites:  # naval base at Port Arthur": that land
            if (m := self._region(p, tok, site, False)) is not None and free(m.start, m.end):
                out.append(m)
        return out

    # -- phrases that name what they refer to ----------------------------------------------------

    def _called(self, p: Parsed, tok: Token, lemma: str, plural: bool, found) -> Mention | None:
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

    def _one_of(self, p: Parsed, tok: Token, lemma: str, plural: bool, found) -> Mention | None:
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

    def _border(self, p: Parsed, tok: Token, lemma: str, plural: bool, found) -> Mention | None:
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

    def _state_territory(
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
        label = state.entity.label
        ent = Entity(
            "Territory",
            entity_key("Territory", f"{label} territory"),
            f"{state.text} territory",
            (f"territory of {label}", f"sovereign {state.text} territory"),
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

    def _group(self, p: Parsed, tok: Token, lemma: str, plural: bool, found) -> Mention | None:
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

    # -- phrases that refer back -----------------------------------------------------------------

    def _country(self, p: Parsed, tok: Token, lemma: str, plural: bool, found) -> Mention | None:
        """ "the country": the state named last before it in the sentence."""
        n = ph.nouns().states
        if not state_kinds.refers_back(p, tok, lemma, plural, n.nouns, n.determiners):
            return None  # "the country's" is a possessor; "the Russian country" no reference
        s, e = ph.bounds(p, tok)
        states = [f for f in found if f.tag == "S" and f.entity and f.end <= s]
        if not states:
            return None
        return Mention(s, e, self.text[s:e], "S", states[-1].entity, how="anaphor")

    def _land(
        self, p: Parsed, tok: Token, lemma: str, plural: bool, found, taken: list[Mention]
    ) -> Mention | None:
        """ "the islands", "the former Spanish colony", "the two breakaway regions"."""
        n = ph.nouns()
        if lemma not in n.lands.nouns or (lemma in n.plural_only and not plural):
            return None
        of = ph.of_phrase(tok)  # "the islands of the Pacific" is no reference back; "the
        counted = of is not None and _counted(of)  # archipelago of 6,700 islands" is (all of it)
        if ph.determiner(tok) not in n.lands.determiners or of is not None and not counted:
            return None
        s, e = ph.bounds(p, tok)
        if of is not None:
            e = p.offset + of.idx + len(of.text)
        head = p.offset + tok.idx
        if any(
            f.start < e and s < f.end and (f.tag == "T" or f.end > head) for f in (*found, *taken)
        ):
            return None  # "the Kuril Islands" is a name, not a reference back
        current = [f for f in found if f.tag == "T" and f.end <= s]
        n_of = ph.count(tok)
        as_group = plural or lemma in n.singular_group  # "the archipelago": no one island of it
        units = n.plural_only if lemma in n.singular_island | n.singular_group else frozenset()
        target = self._territory(  # "the islands": never a province or a district named last
            as_group, current, lemma in n.singular_island and not plural, units
        )
        if lemma in n.singular_island and not plural and not current:
            target = recent_lands.just_named(self.named_lands, self.index) or target
        if lemma in n.island_group_only and not _island_group(tok, target, plural, n.lands.nouns):
            return None
        group = target is not None and len(self.gz.parts.get(target.key, ())) == n_of
        several = (
            listed_lands.latest(self.gz, self.named_lands, current, n_of, tok.lower_)
            if n_of and not group
            else ()
        )
        if plural and not n_of and not (target and listed_lands.is_group(self.gz, target)):
            several = listed_lands.listed(self.gz, self.named_lands, current, tok.lower_)
        if several:  # "the two breakaway regions": the two last named; "the islets": the list
            return Mention(s, e, self.text[s:e], "T", None, several, "anaphor")
        if target is None:
            return None
        return Mention(s, e, self.text[s:e], "T", target, how="anaphor")

    def _region(self, p: Parsed, tok: Token, lemma: str, plural: bool) -> Mention | None:
        """ "the region", after "the Essequibo region" ("the shoal", after "Scarborough Shoal"): the
        land the article last named with that word."""
        n = ph.nouns().region
        said = tok.lower_ if plural else lemma  # "the farms" after "the Shebaa Farms" alone
        named = [land for word, land in self.region_lands if word == said]
        if lemma not in n.nouns | ph.nouns().sited or not named:
            return None
        if ph.determiner(tok) not in n.determiners or any(
            ch.dep_ == "prep" and ch.lower_ in {"of", *ph.nouns().site_preps} for ch in tok.children
        ):
            return None  # "the region of X", "the base on X" name their land there
        if any(t.dep_ != "amod" for t in ph.modifiers(tok) if t.head == tok):
            return None  # "the Essequibo region" names it
        s, e = ph.bounds(p, tok)
        land = named[-1]  # a city named a base's site ("the naval base at Port Arthur"): land
        if land.kind == "City":
            land = Entity("Territory", entity_key("Territory", land.label), land.label)
        return Mention(s, e, self.text[s:e], "T", land, how="anaphor")

    def _border_anaphor(self, p: Parsed, tok: Token, lemma: str) -> Mention | None:
        """ "the border", "their non-demarcated border": the border last named."""
        n = ph.nouns()
        if lemma not in n.borders.nouns or not self.borders:
            return None
        if ph.determiner(tok) not in n.borders.determiners or ph.prep_objects(tok, n.between):
            return None
        if any(p.mention(t) for t in ph.modifiers(tok)):
            return None  # "the Russian border" is another border
        s, e = ph.bounds(p, tok)
        return Mention(s, e, self.text[s:e], "T", self.borders[-1], how="anaphor")

    # -- memory ------------------------------------------------------------------------------------

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

    def _territory(
        self,
        plural: bool,
        current: list[Mention] | tuple[()] = (),
        island: bool = False,
        units: frozenset[str] = frozenset(),
    ) -> Entity | None:
        """The most talked-about territory so far (ties: the latest); groups for a plural, an
        island for "the island"."""
        counts: Counter = Counter()
        latest: dict[str, int] = {}
        by_key: dict[str, Entity] = {}
        told = [*self.last_territories, *current]
        if island and not any(m.entity and m.entity.kind == "Island" for m in told):
            told = [m for m in told if m.how in _KIND_UNTOLD and m.entity]
            if len({m.entity.key for m in told if m.entity}) != 1:
                return None  # only one land of no told kind: "Britain ceded Heligoland. The island"
            island = False
        for i, m in enumerate(told):
            if m.entity is None or m.how == "description" or m.entity.key in self.gz.waters:
                continue  # "three Gulf islands ... the Gulf ... the islands": land, not the sea
            if plural and m.entity.kind == "Island" or m.entity.label.split()[-1].lower() in units:
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


def _island_group(tok: Token, target: Entity | None, plural: bool, land_nouns) -> bool:
    """Whether "the group" ("the island group") stands for a named island group: one word of
    several senses, so a land noun or nothing before it and an island group last talked about."""
    if plural or target is None or target.kind != "IslandGroup":
        return False
    return all(t.lemma_.lower() in land_nouns for t in ph.modifiers(tok) if t.dep_ != "det")


#: How a land the gazetteer does not know was found where nothing says what kind of land it is (the
#: recogniser's place, a name in a land-only role): "the island" may be it when no island was named.
_KIND_UNTOLD = frozenset({"recognised", "land-role"})
