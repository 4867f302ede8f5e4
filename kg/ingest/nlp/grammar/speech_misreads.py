"""Misreadings of a speaker's verb that the small English model makes around reported speech, and
how to mend them in place before the readers see the parse (kg.ingest.nlp.grammar.parsed): a tag
after a quotation read as a participle of its speaker, a second verb of the speaker joined to the
reported clause. Each is told by a rule of English grammar, never a word list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens
from kg.ingest.nlp.grammar.semicolon_clauses import raise_first_clause

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.ingest.nlp.mentions import Mention


def mend_tags_read_as_participles(doc: Doc) -> None:
    """Mend, in place, a tag after a quotation that the parser read as a participle of its speaker
    ('"The port is not for sale," Yemane Gebremeskel, Eritrea's minister, posted on X', with
    "posted" an ``acl`` of the name and the quotation a ``ccomp`` of the name): a name takes no
    clausal complement, so a sentence headed by a noun that has one before it and a bare past
    participle after it (no subject, auxiliary or agent of its own) has that participle as its verb,
    the noun as its subject and the clause as the verb's."""
    for noun in tokens(doc):
        if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        clause = [c for c in noun.children if c.dep_ == "ccomp" and c.i < noun.i]
        verb = next(
            (
                c
                for c in noun.children
                if c.dep_ == "acl"
                and c.tag_ in ("VBN", "VBD")
                and c.i > noun.i
                and not any(
                    x.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for x in c.children
                )
            ),
            None,
        )
        if not clause or verb is None:
            continue
        moved = [c for c in noun.children if c.i < noun.i and c.dep_ in ("ccomp", "punct")]
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        noun.head, noun.dep_ = verb, "nsubj"
        for c in moved:
            c.head = verb
        for c in noun.children:
            if c.dep_ == "punct" and c.i > verb.i:
                c.head = verb


def mend_conjuncts_past_a_modal(doc: Doc) -> None:
    """Mend, in place, a finite verb the parser joined to the verb of a reported clause that stands
    under a modal ("Mudavadi said Kenya would not surrender an inch and accused Kampala of ...",
    "accused" a conjunct of "surrender"): a past or present form cannot share a modal with a bare
    infinitive, so, with no subject of its own and in the tense of the verb that reports the
    clause, it is that verb's conjunct, and its subject the speaker, not the clause's."""
    for tok in tokens(doc):
        head = tok.head
        if tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBZ") or head.tag_ != "VB":
            continue
        said = head.head
        if head.dep_ != "ccomp" or said.tag_ != tok.tag_ or said.i > head.i:
            continue
        if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        for c in head.children:
            if c.dep_ == "cc" and c.i < tok.i and c.i > head.i:
                c.head = said
        tok.head = said


def mend_holders_read_as_appositions(doc: Doc, by_token: list[Mention | None]) -> None:
    """Mend, in place, a person's name the parser hung on the body or state of a title's "of"
    phrase ("The head of the Organisation of Islamic Cooperation, Hissein Brahim Taha, said", the
    name an ``appos`` of "Cooperation"; "An aide to President X, Y, said"): a body or a state is
    never a person, nor one person another's apposition, so the name set off
    by commas after the phrase (a person, or a name no mention holds yet) is in apposition to the
    title noun that opens it, and speaks with it. A person's title conjoined with another person
    ("A and his X counterpart, Y") is Y's, not A's apposition."""
    for tok in tokens(doc):
        m = by_token[tok.i]
        named = m.tag == "P" if m is not None else tok.pos_ == "PROPN"  # a name not yet read
        if tok.dep_ != "appos" or not named or tok.left_edge.i < 1:
            continue
        head = tok.head
        owner = by_token[head.i]
        joined = [  # "Putin and his Ukrainian counterpart, Leonid Kuchma, signed": the title
            c  # conjoined with the first person, right before the name's comma, is the name's
            for c in head.children
            if c.dep_ == "conj"
            and c.pos_ == "NOUN"
            and by_token[c.i] is None
            and c.right_edge.i == tok.left_edge.i - 2
        ]
        person = owner.tag == "P" and owner is not m if owner is not None else head.pos_ == "PROPN"
        if person and joined and doc[tok.left_edge.i - 1].text == ",":
            tok.head = joined[0]
            continue
        if owner is None or doc[tok.left_edge.i - 1].text != ",":
            continue
        if owner.tag not in ("O", "S", "T", "C") and not (owner.tag == "P" and owner is not m):
            continue  # "An aide to President X, Y, said": nor is one person another's apposition
        top = head
        while (
            top.dep_ == "pobj" and top.head.dep_ == "prep" and by_token[top.head.head.i] is not None
        ):
            top = top.head.head  # "of the Organisation of Islamic Cooperation": up to the first
        if top.dep_ == "pobj" and top.head.dep_ == "prep":
            top = top.head.head
        if top is not head and top.pos_ == "NOUN" and by_token[top.i] is None and top.i < head.i:
            tok.head = top


def mend_speakers_read_as_appositions(doc: Doc) -> None:
    """Mend, in place, an unnamed speaker the parser read as the apposition of a name of the clause
    it reports ("..., with his French counterpart, Jean-Yves Le Drian, an Italian diplomatic source
    said"; "Muscat, a diplomat in the Gulf said, had rejected ...": the name the subject of "said",
    the speaker its apposition): an apposition is closed by a comma before the verb goes on, so an
    indefinite one that runs into the verb unclosed is the verb's subject. The name goes back to
    the clause: as the apposition of the word before its comma, or as the subject of the verb the
    tag is set in."""
    from kg.ingest.nlp.triggers import speaks  # the statement class, loaded on first use

    for verb in tokens(doc):
        before = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        host = verb.head if verb.dep_ == "parataxis" and verb.head.i > verb.i else None
        if (before is None and host is None) or not speaks(verb):
            continue
        for name in [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]:
            source = _unclosed_apposition(name, verb)
            comma = name.left_edge.i - 1
            if source is None:
                continue
            if before is not None and before.i < name.i and comma > 0 and doc[comma].text == ",":
                if doc[comma - 1].pos_ in ("NOUN", "PROPN"):
                    source.head, source.dep_ = verb, "nsubj"
                    name.head, name.dep_ = doc[comma - 1], "appos"
            elif host is not None and not any(c.dep_.startswith("nsubj") for c in host.children):
                source.head, source.dep_ = verb, "nsubj"
                name.head = host


def _unclosed_apposition(name: Token, verb: Token) -> Token | None:
    """The indefinite apposition of ``name`` that runs into ``verb`` with no comma between ("a
    diplomatic source said"), if there is one."""
    return next(
        (
            c
            for c in name.children
            if c.dep_ == "appos"
            and c.pos_ == "NOUN"
            and c.right_edge.i == verb.i - 1
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        ),
        None,
    )


def mend_participles_hung_on_gerunds(doc: Doc) -> None:
    """Mend, in place, a participle set off by a comma that the parser hung on the gerund of a
    prepositional phrase ('Rodriguez accused Guyana of "stealing" Venezuelan oil, saying ...', with
    "saying" an ``advcl`` of "stealing"): a gerund after "of" has no subject of its own to lend, so
    the participle modifies the clause whose verb the phrase hangs on, and shares its subject (the
    accuser, not the accused)."""
    for tok in tokens(doc):
        if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i < 1 or doc[tok.i - 1].text != ",":
            continue
        gerund = tok.head
        if gerund.dep_ != "pcomp" or gerund.head.dep_ != "prep" or gerund.i > tok.i:
            continue
        verb = gerund.head.head
        if verb.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            tok.head = verb
            doc[tok.i - 1].head = verb


def mend_speech_verbs_joined_to_reports(doc: Doc) -> None:
    """Mend, in place, a speaker's second verb of saying that the parser joined to the clause the
    first reports ("Maduro said the award was void and added that Venezuela would never accept
    it", "added" a conjunct of "was"): a verb of saying in the reporting verb's form, with no
    subject or auxiliary of its own and a clause of its own after it, goes on the speaker's report,
    so it is the reporting verb's conjunct and says a second thing (one statement each, as gold
    counts "said ... and added that ..."). So is the "and" the parser hung on the first clause
    where the second verb is already the first one's conjunct ("stressed that X was Y and noted
    that ..."). A verb joined to a perfect one that tells someone the clause named before it
    ("the ministry said that Kanai had called the envoy and told him ...") shares its "had" and
    its subject: a deed of the reported clause, told by its own subject."""
    from kg.ingest.nlp.triggers import speech_verbs  # the statement class, loaded on first use

    said_words = speech_verbs()
    for tok in tokens(doc):
        head = tok.head
        if tok.lemma_.lower() not in said_words:
            continue
        cc = doc[tok.i - 1] if tok.i else tok
        if tok.dep_ == "conj" and cc.dep_ == "cc" and cc.head.head == head != cc.head:
            cc.head = head  # "stressed that X was Y and noted that ...": "and" joins the verbs
            continue
        if tok.dep_ == "ccomp" and head.i < tok.i:
            # "said the award was void but added that ...": read as a second clause of "said"
            head = next((c for c in head.children if c.dep_ == "ccomp" and c.i < tok.i), head)
            if not (head is not tok.head and doc[tok.i - 1].dep_ == "cc"):
                continue
        elif tok.dep_ != "conj" or head.dep_ != "ccomp":
            continue
        said = head.head
        if said.i > head.i or said.tag_ != tok.tag_ or said.lemma_.lower() not in said_words:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
            continue
        if not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
            continue
        if _perfect(head) and tok.tag_ in ("VBD", "VBN") and _tells_back(tok):
            continue  # "had called the envoy and told him": "told" shares the "had"
        for c in [*head.children, doc[tok.i - 1]]:
            if c.dep_ == "cc" and head.i < c.i < tok.i:
                c.head = said
        tok.head, tok.dep_ = said, "conj"


def _perfect(verb: Token) -> bool:
    """Whether a verb is a perfect participle with its "have" before it ("had called")."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.i < verb.i for c in verb.children
    )


#: Pronouns by which a verb of telling names its hearer as one told of before ("told him").
_HEARERS = frozenset({"him", "her", "them"})


def _tells_back(verb: Token) -> bool:
    """Whether a verb of saying tells a hearer by a pronoun ("told him", "warned them"): one
    the clause it is joined to named, not the press a speaker addresses ("told reporters")."""
    return any(c.dep_ in ("dobj", "dative") and c.lower_ in _HEARERS for c in verb.children)


def mend_participles_hung_on_quotations(doc: Doc) -> None:
    """Mend, in place, a participle of saying outside the quotation marks that the parser hung
    on the quoted verb ('"This agreement," Pashinyan said, "opens a new page," adding that the
    border ...', "adding" an ``advcl`` of "opens"): the quotation's words end at its mark, so the
    participle is the tag's, said by the tag's speaker beside the quotation."""
    from kg.ingest.nlp.triggers import speech_verbs  # the statement class, loaded on first use

    said_words = speech_verbs()
    for tok in tokens(doc):
        if tok.tag_ != "VBG" or tok.lemma_.lower() not in said_words:
            continue
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
            tok = tok.head  # "..., before adding that ...": the phrase is hung
        elif tok.dep_ != "advcl":
            continue
        if sum(t.text in ('"', "“", "”") for t in doc[: tok.i]) % 2:
            continue  # inside the quotation: the quoted words' own participle
        tag = next(
            (
                c
                for c in tok.head.children
                if c.dep_ == "parataxis"
                and c.i < tok.i
                and c.lemma_.lower() in said_words
                and any(x.dep_ == "nsubj" for x in c.children)
            ),
            None,
        )
        if tag is not None:
            tok.head = tag


def mend_quoted_phrases_hung_on_tags(doc: Doc) -> None:
    """Mend, in place, the second part of a quotation split by its tag that the parser hung on the
    tag's verb ('"We will respond," Aliyev warned, "with all the means at our disposal"', "with" a
    ``prep`` of "warned"): a phrase that opens a quotation after the tag goes on with the quoted
    clause before it, so it hangs on that clause's verb, and the quotation is one."""
    marks = ('"', "“", "”")
    for verb in tokens(doc):
        clause = next(
            (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i),
            None,
        )
        if clause is None or sum(t.text in marks for t in doc[: verb.i]) % 2:
            continue  # the verb must stand outside the quotation: a tag
        for prep in [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]:
            between = sum(t.text in marks for t in doc[verb.i : prep.i])
            opened = between % 2 == 1  # the quotation reopens after the tag
            ends = max(t.i for t in prep.subtree) + 1
            if opened and ends < len(doc) and doc[ends].text in (*marks, ","):
                prep.head = clause


def mend_reports_joined_by_semicolons(doc: Doc) -> None:
    """Mend, in place, two reports set side by side with a semicolon that the parser read as one
    ("Pashinyan said the text was ready; Aliyev said more work was needed", the first "said" a
    ``ccomp`` of the second, as if Aliyev had said what Pashinyan said): a verb of saying with a
    subject and a clause of its own, ended by a semicolon, reports its own words, so it heads the
    sentence and the second report is its conjunct."""
    from kg.ingest.nlp.triggers import speech_verbs  # the statement class, loaded on first use

    said_words = speech_verbs()
    for tok in tokens(doc):
        head = tok.head
        if tok.dep_ != "ccomp" or head.dep_ != "ROOT" or head.i < tok.i:
            continue
        if tok.lemma_.lower() not in said_words or head.lemma_.lower() not in said_words:
            continue
        own = [c.dep_ for c in tok.children]
        if "nsubj" not in own or "ccomp" not in own:
            continue
        marks = [t for t in doc[tok.right_edge.i + 1 : head.i] if t.text == ";"]
        if not marks:
            continue
        raise_first_clause(tok, head, marks)
        return


#: Words before "that" that make it part of a conjunction of purpose or condition ("so that",
#: "provided that"), not the mark of a reported clause.
_NOT_REPORTING = frozenset({"so", "such", "now", "given", "provided", "providing", "except", "in"})


def mend_reports_read_as_adverbials(doc: Doc) -> None:
    """Mend, in place, a reported clause opened by "that" that the parser hung on the verb of
    saying as an adverbial clause ("Quirno told reporters later that the government wanted ...",
    "wanted" an ``advcl`` of "told"): a clause marked by a bare "that" after a verb of saying,
    with a subject of its own, is what the verb says, its clausal complement."""
    from kg.ingest.nlp.triggers import speech_verbs  # the statement class, loaded on first use

    said_words = speech_verbs()
    for tok in tokens(doc):
        verb = tok.head
        if tok.dep_ != "advcl" or verb.i > tok.i or verb.lemma_.lower() not in said_words:
            continue
        marks = [c for c in tok.children if c.dep_ == "mark"]
        if [m.lower_ for m in marks] != ["that"] or not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children
        ):
            continue
        if marks[0].i and doc[marks[0].i - 1].lower_ in _NOT_REPORTING:
            continue
        if any(c.dep_ == "ccomp" for c in verb.children):
            continue  # the verb says something already: the clause is another's
        tok.dep_ = "ccomp"


#: Prepositions of a phrase that sets where or how words were said ("in a message", "on
#: television", "at a rally"), which never take a pledge's infinitive as their noun's own.
_SETTINGS = frozenset({"in", "on", "at", "during", "via", "through", "over"})


def mend_pledges_hung_on_phrases(doc: Doc) -> None:
    """Mend, in place, the infinitive of a pledge or demand that the parser hung on the noun of a
    phrase between it and its verb ('vowed in a separate message to "defend every inch"', "defend"
    a relative clause of "message"): a verb of saying with no clause of its own, and a phrase right
    after it whose noun ends where the infinitive starts, takes the infinitive as its own."""
    from kg.ingest.nlp.triggers import speech_verbs  # the statement class, loaded on first use

    said_words = speech_verbs()
    for inf in tokens(doc):
        if inf.dep_ not in ("relcl", "acl") or inf.tag_ != "VB":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
            continue
        noun = inf.head
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or noun.i > inf.i:
            continue
        if prep.lower_ not in _SETTINGS:
            continue  # 'described it as a way to "align ..."': the way's own infinitive
        verb = prep.head
        if verb.lemma_.lower() not in said_words or verb.i > prep.i:
            continue
        if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
            continue
        inf.head, inf.dep_ = verb, "xcomp"
