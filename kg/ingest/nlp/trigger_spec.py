"""What a trigger class of ``data/lexicon/relations.yaml`` says, as frozen data: a ``Trigger`` (its
words, the slots its roles take and the conditions it holds under) and the ``Relation`` it tells.
Split from kg.ingest.nlp.triggers, which loads the file into these and looks triggers up; the
names stay importable from there."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Trigger:
    rel: str
    noun: bool
    lemmas: frozenset[str]
    slots: tuple[tuple[str, str], ...]  # (slot, role), e.g. ("object.claimant", "claimant")
    particle: frozenset[str] = frozenset()
    #: particles that make the verb another verb ("warned off the boats" chased them away: no
    #: speech): data/lexicon/relations.yaml ``particle_not``
    particle_not: frozenset[str] = frozenset()
    light: frozenset[str] = frozenset()
    free: bool = False
    negated: str = "keep"  # keep | skip | opposite
    modal: str = "keep"  # keep | skip | only | possible
    object_lemmas: frozenset[str] = frozenset()
    object_not: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    subject_nouns: frozenset[str] = frozenset()
    #: subject nouns that tell no doer of the trigger ("the line gives Y the bank": a boundary
    #: allots land, it hands none over)
    subject_not: frozenset[str] = frozenset()
    #: the taker's or the loser's side of a handover ("to take it back", "only to lose it"): told
    #: as to come with no document named, an aim or an outcome, no document's promise
    aim: bool = False
    #: a speaker slot's head that tells the words are no one's ("according to a statement"): rules/unasserted.py
    speaker_not: frozenset[str] = frozenset()
    requires_prep: tuple[tuple[str, frozenset[str]], ...] = ()
    #: prepositions whose phrase, hung on the verb right after the object, is still the object's
    #: ("suspended work [at Nagymaros]"): data/lexicon/relations.yaml ``object_with``
    object_with: frozenset[str] = frozenset()
    confidence: float = 0.8
    implicit: frozenset[str] = frozenset()  # roles the sentence or the discourse may supply
    requires_head: frozenset[str] = (
        frozenset()
    )  # the trigger must hang on one of these ("let Japan have")
    compound_heads: frozenset[str] = frozenset()  # "the successor state of": the noun it modifies
    #: roles named here for the first time ("said in a statement", not "in that document")
    indefinite: frozenset[str] = frozenset()
    #: the noun must not carry one of these ("an inherent part of": a claim, not geography)
    modifiers_not: frozenset[str] = frozenset()
    #: a predicate (ADJ/noun) that counts only as the complement of one of these verbs, whose subject
    #: holds it of the thing it describes ("declared the agreement null and void"): rules/stances.py
    declared_by: frozenset[str] = frozenset()
    #: the trigger noun is a document that must be dated ("the 1890 treaty between A and B", not
    #: "a peace treaty between A and B" still sought): the fact takes the document's own date
    dated: bool = False
    #: the land must be what the noun is over ("a war over the islands", not "a war in the valley")
    over_only: bool = False
    #: the rules/ reader that fills the roles itself (rules/relations.py READERS), "" for the common one
    reader: str = ""
    #: the noun a document made by the reader is called by ("the court ordered": an order)
    names: str = ""
    #: roles whose words count at any length in quotation marks ('called the deal "a surrender"':
    #: the speaker's own words)
    quoted: frozenset[str] = frozenset()
    #: "skip": those roles count only in quotation marks ("described Kyiv as the birthplace of ..."
    #: names it in the outlet's words); "opens": and they must open with the quotation, or hold the
    #: speaker's own quoted words; "starts": they must open with the quotation, nothing else
    unquoted: str = "keep"
    #: the fact counts only where the gazetteer says another state holds the territory ("belongs
    #: to Syria" claims the Golan; "belongs to Russia", of Crimea, asserts what Russia holds)
    unheld: bool = False
    #: the converse: the fact counts only where the state holds the territory ("Russia considers
    #: the islands its own" asserts what it holds; of land another holds, a claim)
    held: bool = False
    #: text roles where "the independence of A and B" is one value per name (one fact each)
    each: frozenset[str] = frozenset()
    #: roles the trigger must fill itself to tell the relation ("captured X from Y": a transfer
    #: only with whom it was taken from)
    required: frozenset[str] = frozenset()
    #: for nouns: verbs that end what the noun names ("dropped its claim"): done, no fact
    ended_by: frozenset[str] = frozenset()
    #: one party is enough ("Maduro signed the law": a head of state signs a law by himself)
    alone: bool = False
    #: a role that must be the state of whoever says it (the subject of the speech verb the
    #: trigger hangs on), where the text tells whose view it is ("Israel says they are Syrian":
    #: no claim of Syria's)
    own: str = ""
    #: role -> mention kinds for this trigger only, in place of the relation's (the one who signs
    #: a law alone is the person, where a treaty's signatories are their states)
    kinds: dict[str, frozenset[str]] = field(default_factory=dict, hash=False, compare=False)
    #: the verb is a deed, not a view: the unit its doer's possessive names is the whole
    #: ("administers Tuzla as part of its Crimea"; "considers it part of its X region" is a stance)
    deed: bool = False
    #: the noun counts only as the object of one of its light verbs ("sought sovereignty over X";
    #: not "our sovereignty over X is not in question", its owner's assertion)
    light_only: bool = False
    #: the trigger counts only in the outlet's own words, not under a verb of saying nor inside a
    #: quotation ("Coto remained Costa Rican" tells a holding; "X insists it remains Y's", a view)
    narrated: bool = False
    #: the verb counts only told as lasting, in the perfect or with a span ("have patrolled the
    #: island since the 1990s"): rules/lasting.py
    lasting: bool = False
    #: trigger classes whose acts are facts of their own, not this trigger's text role: a document
    #: that binds a party to hand land over promises it ("committed Britain to return Gan to the
    #: Maldives": promisesHandover, which the handover rules read), no obligation besides
    acts_not: frozenset[str] = frozenset()

    @property
    def rule(self) -> str:
        return f"{self.rel}-{'noun' if self.noun else 'verb'}"


@dataclass(frozen=True)
class Relation:
    name: str
    roles: dict[str, frozenset[str]]  # role -> mention tags, or {"text"}
    triggers: tuple[Trigger, ...] = field(default=())
