"""Every relation the graph knows, declared once: its fact class, its roles and their properties,
its IRI segment, its edge in the entity graph and its shortcut triple.

``kg.mapping`` writes facts from this table, ``kg.iris`` names them, ``kg.graph.view`` draws
them and ``kg.vocab`` takes its relation terms from it; ``tests/test_relations.py`` checks the
ontology and the shapes against it. A relation's name is the ``rel`` of a :class:`kg.model.Fact`
and of ``../shared/eval/FORMAT.md``; a role's name is a key of ``Fact.args``.

Terms are ontology local names (``claimant`` is ``dkg:claimant``) or prefixed names of a reused
vocabulary (``org:member``, ``foaf:Agent``). Plain data: it imports nothing of kg but its model
(:mod:`kg.relations.model`) and the roles it shares out (:mod:`kg.relations.roles`). Declared here:
who holds which land or office, and its handovers (the first part of FORMAT.md's table); the acts
and stances that follow are :mod:`kg.relations.acts`.
"""

from __future__ import annotations

from kg.relations.acts import ACTS
from kg.relations.model import Edge, Relation, Role, Shortcut, Value, declare
from kg.relations.roles import (
    CLAIMANT,
    CONDITION,
    DATE,
    FROM,
    MEMBER,
    OF,
    OFFICE,
    PART,
    PARTIES,
    PROVIDING_DOCUMENT,
    ROLE_WORDS,
    STATE,
    TERRITORY,
    TO,
    WHAT,
    WHOLE,
)

__all__ = ["RELATIONS", "Edge", "Relation", "Role", "Shortcut", "Value", "dkg_terms"]


#: rel -> its declaration, in the order of FORMAT.md.
RELATIONS: dict[str, Relation] = {
    r.name: r
    for r in (
        declare(
            "holdsRole",
            "OfficeHolding",
            "office-holding",
            MEMBER,
            ROLE_WORDS,
            OFFICE,
            OF,
            core="person role of",
            label="{person} {is} {role} of {of}",
            edge=Edge("person", "of", label_role="office"),
            also_types=("org:Membership",),
            as_of=True,
        ),
        # the dates of claims and control are a table's "as of" date
        declare(
            "claims",
            "Claim",
            "claims",
            CLAIMANT,
            TERRITORY,
            DATE,
            core="claimant territory",
            label="{claimant} {claims} {territory}",
            edge=Edge("claimant", "territory"),
        ),
        declare(
            "controls",
            "ControlAssertion",
            "controls",
            STATE,
            TERRITORY,
            DATE,
            core="state territory",
            label="{state} {controls} {territory}",
            edge=Edge("state", "territory"),
        ),
        declare(
            "disputes",
            "Dispute",
            "disputes",
            PARTIES,
            TERRITORY,
            core="parties territory",
            label="{parties} {disputes} {territory}",
        ),
        declare(
            "partOf",
            "PartOfStatement",
            "part-of",
            PART,
            WHOLE,
            core="part whole",
            label="{part} {is} part of {whole}",
            edge=Edge("part", "whole"),
            shortcut=Shortcut("part", "partOf", "whole"),
        ),
        declare(
            "promisesHandover",
            "HandoverProvision",
            "provision",
            PROVIDING_DOCUMENT,
            TERRITORY,
            FROM,
            TO,
            CONDITION,
            core="document territory to",
            label="{document} {promises} the handover of {territory}[ from {from}] to {to}"
            "[ on {condition}]",
        ),
        declare(
            "handedOverTo",
            "Handover",
            "handed-over-to",
            TERRITORY,
            TO,
            FROM,
            DATE,
            core="territory to",
            label="{territory} {was} handed over[ by {from}] to {to}[ {date}]",
        ),
        # "... handed over only if ...": a condition with a territory (and a receiver) is also
        # a handover provision
        declare(
            "conditionedOn",
            "ConditionalProvision",
            "provision",
            PROVIDING_DOCUMENT,
            CONDITION,
            WHAT,
            TERRITORY,
            TO,
            core="document condition",
            label="{document} {conditions} {what}[ of {territory}][ to {to}] on {condition}"
            " || {document} {conditions} the handover of {territory}[ to {to}] on {condition}"
            " || {document} {sets} a condition: {condition}",
            also_if=("territory", "HandoverProvision"),
        ),
        *ACTS,
    )
}


def dkg_terms() -> set[str]:
    """The ontology terms (local names) the relations use: classes, role and shortcut properties."""
    terms: set[str] = set()
    for rel in RELATIONS.values():
        terms.update(rel.classes)
        for role in rel.roles:
            terms.update(t for t in (role.prop, role.text_prop, role.inverse, role.range) if t)
        if rel.shortcut:
            terms.add(rel.shortcut.prop)
    return {t for t in terms if ":" not in t}
