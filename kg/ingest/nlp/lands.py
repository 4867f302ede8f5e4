"""What a descriptive mention of land or a state refers to: "the islands" (the territory last talked
about), "the two breakaway regions" (the two last named), "the region", "the country", "a group of
small islands", "the border between A and B" and "the border", "sovereign Ukrainian territory",
"Kunashir, one of four islands" (the group), "the islands, which Japan calls the Senkaku".

The phrases come from the parse (kg.ingest.nlp.phrases, head nouns as data); this mixin of the
discourse (kg.ingest.nlp.references) resolves them against what the article has named so far. The
phrases that name their land themselves are read in kg.ingest.nlp.named_lands (its base).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import listed_lands, new_lands, recent_lands, state_kinds
from kg.ingest.nlp import phrases as ph
from kg.ingest.nlp.land_words import island_units
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.named_lands import NamedLands
from kg.ingest.nlp.place_phrases import site_noun
from kg.iris import entity_key
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.grammar import Parsed


def _counted(of: Token) -> bool:
    """ "[the archipelago] of some 6,700 islands": a count of the group's members, no other land."""
    members = ph.nouns().group_members
    return of.lemma_.lower() in members and any(ch.dep_ == "nummod" for ch in of.children)


class Lands(NamedLands):
    """Resolution of descriptive mentions; the fields are the discourse's."""

    gz: Gazetteer
    text: str
    last_territories: list[Mention]
    named_lands: list[tuple[int, Entity]]
    index: int  # the sentence being read
    region_lands: list[tuple[str, Entity]]
    borders: list[Entity]
    state_order: list[Entity]

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
        readers = (self.called, self.one_of, self.border, self.state_territory, self.group)
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
        units = island_units() if lemma in n.singular_island | n.singular_group else frozenset()
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

    def _territory(
        self,
        plural: bool,
        current: list[Mention] | tuple[()] = (),
        island: bool = False,
        units: frozenset[str] = frozenset(),
        before: int | None = None,
    ) -> Entity | None:
        """The most talked-about territory so far (ties: the latest); groups for a plural, an
        island for "the island"; with ``before``, only lands told before that offset (a pronoun
        stands for no land its own sentence names after it)."""
        counts: Counter = Counter()
        latest: dict[str, int] = {}
        by_key: dict[str, Entity] = {}
        told = [*self.last_territories, *current]
        if before is not None:
            told = [m for m in told if m.start < before]
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
