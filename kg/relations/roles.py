"""The roles of :mod:`kg.relations`, one declaration each, shared by the relations that have them
(a role's name, its value, its property and the class of its entity). Kept apart from the table of
relations, which names them, so that each relation reads as the list of its roles."""

from __future__ import annotations

from kg.relations.model import Role

PERSON = Role("person", "entity", "person", range="Person")
#: Who claims a land: a state, or a body no state speaks for (a movement, a separatist authority, a
#: regional bloc: "the Polisario Front claims Western Sahara"). A dkg:State is an org:Organization.
CLAIMANT = Role("claimant", "entity", "claimant", range="org:Organization")
TERRITORY = Role("territory", "entity", "territory", range="Territory")
STATE = Role("state", "entity", "state", range="State")
#: Who rejects a claim: FORMAT.md's ``state``, but courts, unions, parliaments and people reject
#: too ("the African Union rejected Morocco's claim"), so it is written as an agent, dkg:party.
REJECTER = Role("state", "entity", "party", range="foaf:Agent")
PARTIES = Role("parties", "entities", "party", range="foaf:Agent")
PARTY = Role("party", "entity", "party", range="foaf:Agent")
PARTICIPANTS = Role("participants", "entities", "participant", range="foaf:Agent")
PART = Role("part", "entity", "part", range="Territory")
#: A whole is a territory or a state: "Ukraine's Donbas region", "sovereign Ukrainian territory".
WHOLE = Role("whole", "entity", "whole")
DOCUMENT = Role("document", "entity", "document", range="Document")
PROVIDING_DOCUMENT = Role(
    "document", "entity", "document", range="Document", inverse="hasProvision"
)
FROM = Role("from", "entity", "fromState", range="State")
TO = Role("to", "entity", "toState", range="State")
#: Where an event happened: a city, a venue, a territory, or a state by its name ("held talks in
#: Qatar"): a dkg:Site, the union of prov:Location and dkg:State.
PLACE = Role("place", "entity", "place", range="Site")
SPEAKER = Role("speaker", "entity", "speaker", range="foaf:Agent")
ISSUER = Role("issuer", "entity", "issuer", range="foaf:Agent")
AGAINST = Role("against", "entity", "against", range="foaf:Agent")
INTO = Role("into", "entity", "into", range="State")
PREDECESSOR = Role("predecessor", "entity", "predecessor", range="State")
WHAT = Role("what", "entity-or-text", "process", "whatText")
REASON = Role("reason", "entity-or-text", "reason", "reasonText")
OBLIGATION = Role("obligation", "text", text_prop="obligationText")
QUOTE_START = Role("quote_start", "text", text_prop="words")
SUBJECT = Role("subject", "text", text_prop="subjectText")
AS = Role("as", "text", text_prop="status")
ACTION = Role("action", "text", text_prop="action")
DATE = Role("date", "date", "date")
CONDITION = Role("condition", "condition", "hasCondition", range="Condition")
#: An office holding is a W3C ORG membership: member, organisation and office (an org:Role node,
#: one per canonical office); its role is the office as the source words it ("premier").
MEMBER = Role("person", "entity", "org:member", range="Person")
ROLE_WORDS = Role("role", "text", text_prop="roleText")
OFFICE = Role("office", "office", "org:role", range="org:Role")
OF = Role("of", "entity", "org:organization", range="org:Organization")
