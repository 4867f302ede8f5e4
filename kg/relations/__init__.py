"""Every relation the graph knows, declared once: its fact class, its roles and their properties,
its IRI segment, its edge in the entity graph and its shortcut triple.

``kg.mapping`` writes facts from this table, ``kg.iris`` names them, ``kg.graph.view`` draws
them and ``kg.vocab`` takes its relation terms from it; ``tests/test_relations.py`` checks the
ontology and the shapes against it. A relation's name is the ``rel`` of a :class:`kg.model.Fact`
and of ``../shared/eval/FORMAT.md``; a role's name is a key of ``Fact.args``.

Terms are ontology local names (``claimant`` is ``dkg:claimant``) or prefixed names of a reused
vocabulary (``org:member``, ``foaf:Agent``). Plain data: it imports nothing of kg but its model
(:mod:`kg.relations.model`).
"""

from __future__ import annotations

from kg.relations.model import Edge, Relation, Role, Shortcut, Value

__all__ = ["RELATIONS", "Edge", "Relation", "Role", "Shortcut", "Value", "dkg_terms"]

# -- roles: one declaration each, shared by the relations that have them ---------------------------

_PERSON = Role("person", "entity", "person", range="Person")
#: Who claims a land: a state, or a body no state speaks for (a movement, a separatist authority, a
#: regional bloc: "the Polisario Front claims Western Sahara"). A dkg:State is an org:Organization.
_CLAIMANT = Role("claimant", "entity", "claimant", range="org:Organization")
_TERRITORY = Role("territory", "entity", "territory", range="Territory")
_STATE = Role("state", "entity", "state", range="State")
#: Who rejects a claim: FORMAT.md's ``state``, but courts, unions, parliaments and people reject
#: too ("the African Union rejected Morocco's claim"), so it is written as an agent, dkg:party.
_REJECTER = Role("state", "entity", "party", range="foaf:Agent")
_PARTIES = Role("parties", "entities", "party", range="foaf:Agent")
_PARTY = Role("party", "entity", "party", range="foaf:Agent")
_PARTICIPANTS = Role("participants", "entities", "participant", range="foaf:Agent")
_PART = Role("part", "entity", "part", range="Territory")
#: A whole is a territory or a state: "Ukraine's Donbas region", "sovereign Ukrainian territory".
_WHOLE = Role("whole", "entity", "whole")
_DOCUMENT = Role("document", "entity", "document", range="Document")
_PROVIDING_DOCUMENT = Role(
    "document", "entity", "document", range="Document", inverse="hasProvision"
)
_FROM = Role("from", "entity", "fromState", range="State")
_TO = Role("to", "entity", "toState", range="State")
_PLACE = Role("place", "entity", "place", range="prov:Location")
_SPEAKER = Role("speaker", "entity", "speaker", range="foaf:Agent")
_ISSUER = Role("issuer", "entity", "issuer", range="foaf:Agent")
_AGAINST = Role("against", "entity", "against", range="foaf:Agent")
_INTO = Role("into", "entity", "into", range="State")
_PREDECESSOR = Role("predecessor", "entity", "predecessor", range="State")
_WHAT = Role("what", "entity-or-text", "process", "whatText")
_REASON = Role("reason", "entity-or-text", "reason", "reasonText")
_OBLIGATION = Role("obligation", "text", text_prop="obligationText")
_QUOTE_START = Role("quote_start", "text", text_prop="words")
_SUBJECT = Role("subject", "text", text_prop="subjectText")
_AS = Role("as", "text", text_prop="status")
_ACTION = Role("action", "text", text_prop="action")
_DATE = Role("date", "date", "date")
_CONDITION = Role("condition", "condition", "hasCondition", range="Condition")
#: An office holding is a W3C ORG membership: member, organisation and office (an org:Role node,
#: one per canonical office); its role is the office as the source words it ("premier").
_MEMBER = Role("person", "entity", "org:member", range="Person")
_ROLE_WORDS = Role("role", "text", text_prop="roleText")
_OFFICE = Role("office", "office", "org:role", range="org:Role")
_OF = Role("of", "entity", "org:organization", range="org:Organization")


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
            _MEMBER,
            _ROLE_WORDS,
            _OFFICE,
            _OF,
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
            _CLAIMANT,
            _TERRITORY,
            _DATE,
            core="claimant territory",
            label="{claimant} {claims} {territory}",
            edge=Edge("claimant", "territory"),
        ),
        _rel(
            "controls",
            "ControlAssertion",
            "controls",
            _STATE,
            _TERRITORY,
            _DATE,
            core="state territory",
            label="{state} {controls} {territory}",
            edge=Edge("state", "territory"),
        ),
        _rel(
            "disputes",
            "Dispute",
            "disputes",
            _PARTIES,
            _TERRITORY,
            core="parties territory",
            label="{parties} {disputes} {territory}",
        ),
        _rel(
            "partOf",
            "PartOfStatement",
            "part-of",
            _PART,
            _WHOLE,
            core="part whole",
            label="{part} {is} part of {whole}",
            edge=Edge("part", "whole"),
            shortcut=Shortcut("part", "partOf", "whole"),
        ),
        _rel(
            "promisesHandover",
            "HandoverProvision",
            "provision",
            _PROVIDING_DOCUMENT,
            _TERRITORY,
            _FROM,
            _TO,
            _CONDITION,
            core="document territory to",
            label="{document} {promises} the handover of {territory}[ from {from}] to {to}"
            "[ on {condition}]",
        ),
        _rel(
            "handedOverTo",
            "Handover",
            "handed-over-to",
            _TERRITORY,
            _TO,
            _FROM,
            _DATE,
            core="territory to",
            label="{territory} {was} handed over[ by {from}] to {to}[ {date}]",
        ),
        # "... handed over only if ...": a condition with a territory (and a receiver) is also
        # a handover provision
        _rel(
            "conditionedOn",
            "ConditionalProvision",
            "provision",
            _PROVIDING_DOCUMENT,
            _CONDITION,
            _WHAT,
            _TERRITORY,
            _TO,
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
            _STATE,
            _OBLIGATION,
            _DOCUMENT,
            _REASON,
            _DATE,
            core="state",
            label="{state} withdrew its obligation[ under {document}][: {obligation}]"
            "[, because of {reason}][ {date}]",
        ),
        _rel(
            "signed",
            "Signing",
            "signed",
            _PARTIES,
            _DOCUMENT,
            _DATE,
            core="parties document",
            label="{parties} signed {document}[ {date}]",
        ),
        _rel(
            "issued",
            "Issuance",
            "issued",
            _ISSUER,
            _DOCUMENT,
            _DATE,
            core="issuer document",
            label="{issuer} issued {document}[ {date}]",
        ),
        _rel(
            "meeting",
            "Meeting",
            "meeting",
            _PARTICIPANTS,
            _PLACE,
            _DATE,
            core="participants",
            label="{participants} met[ in {place}][ {date}]",
        ),
        _rel(
            "agreedTo",
            "AgreementReached",
            "agreed-to",
            _PARTIES,
            _WHAT,
            _DATE,
            core="parties what",
            label="{parties} agreed {what}[ {date}]",
        ),
        _rel(
            "oversees",
            "Oversight",
            "oversees",
            _PERSON,
            _WHAT.ranged("Process"),
            core="person what",
            label="{person} {oversees} {what}",
            edge=Edge("person", "what"),
            shortcut=Shortcut("person", "oversees", "what"),
        ),
        _rel(
            "conducts",
            "Conduct",
            "conducts",
            _PERSON,
            _WHAT.ranged("Process"),
            core="person what",
            label="{person} {conducts} {what}",
            edge=Edge("person", "what"),
            shortcut=Shortcut("person", "conducts", "what"),
        ),
        _rel(
            "statement",
            "Statement",
            "statement",
            _SPEAKER,
            _QUOTE_START,
            core="speaker quote_start",
            label="{speaker} said “{quote_start}”",
        ),
        _rel(
            "assertsSovereignty",
            "SovereigntyAssertion",
            "asserts-sovereignty",
            _STATE,
            _TERRITORY,
            core="state territory",
            label="{state} {asserts} sovereignty over {territory}",
            edge=Edge("state", "territory"),
        ),
        # a rejection's date beyond FORMAT.md: when a ruling was declared null and void
        _rel(
            "rejectsClaim",
            "ClaimRejection",
            "rejects-claim",
            _REJECTER,
            _CLAIMANT,
            _TERRITORY,
            _WHAT,
            _DATE,
            core="state",
            label="{state} {rejects} the claim of {claimant}[ to {territory}][: {what}][ {date}]"
            " || {state} {rejects} {what}[ {date}]"
            " || {state} {rejects} a claim[ to {territory}][ {date}]",
        ),
        _rel(
            "adheresTo",
            "Adherence",
            "adheres-to",
            _PARTY,
            _DOCUMENT,
            core="party document",
            label="{party} {adheres} to {document}",
            edge=Edge("party", "document"),
        ),
        _rel(
            "successorOf",
            "Succession",
            "successor-of",
            _STATE,
            _PREDECESSOR,
            core="state predecessor",
            label="{state} {is} the successor of {predecessor}",
            edge=Edge("state", "predecessor"),
            shortcut=Shortcut("state", "successorOf", "predecessor"),
        ),
        _rel(
            "suspends",
            "Suspension",
            "suspends",
            _PARTY,
            _WHAT,
            _REASON,
            _DATE,
            core="party what",
            label="{party} suspended {what}[ because of {reason}][ {date}]",
        ),
        _rel(
            "protests",
            "Protest",
            "protests",
            _PARTY,
            _AGAINST,
            _SUBJECT,
            _DATE,
            core="party against",
            label="{party} protested against {against}[ over {subject}][ {date}]",
        ),
        _rel(
            "recognizes",
            "Recognition",
            "recognizes",
            _PARTY,
            _WHAT,
            _AS,
            _DATE,
            core="party what",
            label="{party} recognized {what}[ as {as}][ {date}]",
        ),
        _rel(
            "incorporates",
            "Incorporation",
            "incorporates",
            _DOCUMENT,
            _TERRITORY,
            _INTO,
            _DATE,
            core="territory into",
            label="{territory} {was} incorporated into {into}[ by {document}][ {date}]",
        ),
        _rel(
            "obliges",
            "Obligation",
            "obliges",
            _DOCUMENT,
            _PARTY,
            _ACTION,
            core="document party action",
            label="{document} {obliges} {party} to {action}",
        ),
        _rel(
            "obstructs",
            "Obstruction",
            "obstructs",
            _TERRITORY,
            _DOCUMENT,
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
