"""Every relation the graph knows, declared once: its fact class, its roles and their properties,
its IRI segment, its edge in the entity graph and its shortcut triple.

``kg.mapping`` writes facts from this table, ``kg.iris`` names them, ``kg.graph.view`` draws
them and ``kg.vocab`` takes its relation terms from it; ``tests/test_relations.py`` checks the
ontology and the shapes against it. A relation's name is the ``rel`` of a :class:`kg.model.Fact`
and of ``../shared/eval/FORMAT.md``; a role's name is a key of ``Fact.args``.

Terms are ontology local names (``claimant`` is ``dkg:claimant``) or prefixed names of a reused
vocabulary (``org:member``, ``foaf:Agent``). Plain data: it imports nothing of kg but its model
(:mod:`kg.relations.model`) and the roles it shares out (:mod:`kg.relations.roles`).
"""

from __future__ import annotations

from kg.relations.model import Edge, Relation, Role, Shortcut, Value
from kg.relations.roles import (
    ACTION,
    AGAINST,
    AS,
    CLAIMANT,
    CONDITION,
    DATE,
    DOCUMENT,
    FROM,
    INTO,
    ISSUER,
    MEMBER,
    OBLIGATION,
    OF,
    OFFICE,
    PART,
    PARTICIPANTS,
    PARTIES,
    PARTY,
    PERSON,
    PLACE,
    PREDECESSOR,
    PROVIDING_DOCUMENT,
    QUOTE_START,
    REASON,
    REJECTER,
    ROLE_WORDS,
    SPEAKER,
    STATE,
    SUBJECT,
    TERRITORY,
    TO,
    WHAT,
    WHOLE,
)

__all__ = ["RELATIONS", "Edge", "Relation", "Role", "Shortcut", "Value", "dkg_terms"]


def _rel(name: str, cls: str, segment: str, *roles: Role, core: str, **more) -> Relation:
    return Relation(name, cls, segment, roles, tuple(core.split()), **more)


#: rel -> its declaration, in the order of FORMAT.md.
RELATIONS: dict[str, Relation] = {
    r.name: r
    for r in (
        _rel(
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
        _rel(
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
        _rel(
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
        _rel(
            "disputes",
            "Dispute",
            "disputes",
            PARTIES,
            TERRITORY,
            core="parties territory",
            label="{parties} {disputes} {territory}",
        ),
        _rel(
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
        _rel(
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
        _rel(
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
        _rel(
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
        _rel(
            "withdrewObligation",
            "ObligationWithdrawal",
            "withdrew-obligation",
            STATE,
            OBLIGATION,
            DOCUMENT,
            REASON,
            DATE,
            core="state",
            label="{state} withdrew its obligation[ under {document}][: {obligation}]"
            "[, because of {reason}][ {date}]",
        ),
        _rel(
            "signed",
            "Signing",
            "signed",
            PARTIES,
            DOCUMENT,
            DATE,
            core="parties document",
            label="{parties} signed {document}[ {date}]",
        ),
        _rel(
            "issued",
            "Issuance",
            "issued",
            ISSUER,
            DOCUMENT,
            DATE,
            core="issuer document",
            label="{issuer} issued {document}[ {date}]",
        ),
        _rel(
            "meeting",
            "Meeting",
            "meeting",
            PARTICIPANTS,
            PLACE,
            DATE,
            core="participants",
            label="{participants} met[ in {place}][ {date}]",
        ),
        _rel(
            "agreedTo",
            "AgreementReached",
            "agreed-to",
            PARTIES,
            WHAT,
            DATE,
            core="parties what",
            label="{parties} agreed {what}[ {date}]",
        ),
        _rel(
            "oversees",
            "Oversight",
            "oversees",
            PERSON,
            WHAT.ranged("Process"),
            core="person what",
            label="{person} {oversees} {what}",
            edge=Edge("person", "what"),
            shortcut=Shortcut("person", "oversees", "what"),
        ),
        _rel(
            "conducts",
            "Conduct",
            "conducts",
            PERSON,
            WHAT.ranged("Process"),
            core="person what",
            label="{person} {conducts} {what}",
            edge=Edge("person", "what"),
            shortcut=Shortcut("person", "conducts", "what"),
        ),
        _rel(
            "statement",
            "Statement",
            "statement",
            SPEAKER,
            QUOTE_START,
            core="speaker quote_start",
            label="{speaker} said “{quote_start}”",
        ),
        _rel(
            "assertsSovereignty",
            "SovereigntyAssertion",
            "asserts-sovereignty",
            STATE,
            TERRITORY,
            core="state territory",
            label="{state} {asserts} sovereignty over {territory}",
            edge=Edge("state", "territory"),
        ),
        # a rejection's date beyond FORMAT.md: when a ruling was declared null and void
        _rel(
            "rejectsClaim",
            "ClaimRejection",
            "rejects-claim",
            REJECTER,
            CLAIMANT,
            TERRITORY,
            WHAT,
            DATE,
            core="state",
            label="{state} {rejects} the claim of {claimant}[ to {territory}][: {what}][ {date}]"
            " || {state} {rejects} {what}[ {date}]"
            " || {state} {rejects} a claim[ to {territory}][ {date}]",
        ),
        _rel(
            "adheresTo",
            "Adherence",
            "adheres-to",
            PARTY,
            DOCUMENT,
            core="party document",
            label="{party} {adheres} to {document}",
            edge=Edge("party", "document"),
        ),
        _rel(
            "successorOf",
            "Succession",
            "successor-of",
            STATE,
            PREDECESSOR,
            core="state predecessor",
            label="{state} {is} the successor of {predecessor}",
            edge=Edge("state", "predecessor"),
            shortcut=Shortcut("state", "successorOf", "predecessor"),
        ),
        _rel(
            "suspends",
            "Suspension",
            "suspends",
            PARTY,
            WHAT,
            REASON,
            DATE,
            core="party what",
            label="{party} suspended {what}[ because of {reason}][ {date}]",
        ),
        _rel(
            "protests",
            "Protest",
            "protests",
            PARTY,
            AGAINST,
            SUBJECT,
            DATE,
            core="party against",
            label="{party} protested against {against}[ over {subject}][ {date}]",
        ),
        _rel(
            "recognizes",
            "Recognition",
            "recognizes",
            PARTY,
            WHAT,
            AS,
            DATE,
            core="party what",
            label="{party} recognized {what}[ as {as}][ {date}]",
        ),
        _rel(
            "incorporates",
            "Incorporation",
            "incorporates",
            DOCUMENT,
            TERRITORY,
            INTO,
            DATE,
            core="territory into",
            label="{territory} {was} incorporated into {into}[ by {document}][ {date}]",
        ),
        _rel(
            "obliges",
            "Obligation",
            "obliges",
            DOCUMENT,
            PARTY,
            ACTION,
            core="document party action",
            label="{document} {obliges} {party} to {action}",
        ),
        _rel(
            "obstructs",
            "Obstruction",
            "obstructs",
            TERRITORY,
            DOCUMENT,
            core="territory document",
            label="{territory} {stands} in the way of {document}",
            edge=Edge("territory", "document"),
        ),
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
