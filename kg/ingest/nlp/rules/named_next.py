"""An office named without a name, and its holder named as the next sentence's subject.

News ledes name the office first and the person next: "Japan's prime minister on Monday vowed to
keep the islands. Shigeru Ishiba told parliament ...". Where a sentence's subject is an office
whose owner it names (a demonym, a possessive, "of X") and no person stands in that sentence, and
the next sentence's subject is a person the article titles nowhere, that person holds the office.
Nothing where the article already gives that office of that state to someone (the next person is
then someone else), nor where the office is plural or vague ("officials", "the minister").
"""

from __future__ import annotations

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.office_phrase import VAGUE_OFFICES, Title, office_of_noun
from kg.ingest.nlp.rules.common import Collector, government_of


def read(c: Collector, sentences: list[Sentence]) -> None:
    """Give each untitled person named as a subject right after an unnamed office that office."""
    for before, s in zip(sentences, sentences[1:], strict=False):
        title = _unnamed_office(c, before)
        if title is None or title.of is None or _held(c, title):
            continue
        info = _untitled_subject(c, s)
        serves = c.gz.serves.get(info.entity.key) if info is not None else None
        if serves is not None and title.of is not None and serves != title.of.key:
            continue  # the gazetteer knows whom the person serves: another state
        if info is not None and title.office is not None:
            role = {"role": title.words or title.office, "office": title.office}
            of = government_of(title.of)
            c.add("holdsRole", {"person": info.entity, **role, "of": of}, s, "title-next", 0.6)


def told_before(c: Collector, sentences: list[Sentence], s: Sentence, office: str):
    """ "India's defence minister warned Pakistan ... . '...,' Rajnath Singh, the defence minister,
    said": a person titled with an office alone holds it for the state an earlier sentence gave
    that office to, unnamed, as its subject (the lede names the office, the body its holder);
    none where the article gives that office of that state to someone already."""
    earlier = [x for x in sentences if x.index < s.index]
    for before in reversed(earlier):
        title = _unnamed_office(c, before)
        if title is not None and title.office == office and title.of is not None:
            return None if _held(c, title) else title.of
    return _referred_office(c, earlier, office)


def _referred_office(c: Collector, earlier: list[Sentence], office: str):
    """ "Morocco summoned Spain's ambassador on Tuesday ... . Ambassador Enrique Ojeda was handed
    a note": an office named without a name anywhere in a sentence (an object, after a
    preposition), its owner said, is the office a later bare title of it names: the one owner
    every such mention before gives, where no one else holds that office of that state."""
    owners = {}
    for before in earlier:
        p = _parsed(before)
        if p is None:
            continue
        for t in p.tokens:
            if t.pos_ not in ("NOUN", "PROPN") or t.tag_ in ("NNS", "NNPS"):
                continue
            if p.mention(t) is not None or c.gz.office(t.lemma_) != office or _named(p, t):
                continue
            title = office_of_noun(p, c.gz, t)
            if title is None or title.office != office or title.of is None or title.plural:
                continue
            if title.of.kind == "State" and not _held(c, title):
                owners[title.of.key] = title.of
    return next(iter(owners.values())) if len(owners) == 1 else None


def _named(p: Parsed, t) -> bool:
    """Whether the title noun ``t`` titles a name: hung on one ("Ambassador Ken Howery"), one set
    beside it ("the ambassador, Ken Howery"), or said of one ("Howery is the ambassador"); not a
    speaker the parser hangs on it past a verb ("summon the ambassador to explain ..., Minister X
    said")."""
    if t.dep_ in ("compound", "appos", "attr") or _person(p, t.head):
        return True
    doc = t.doc
    return any(
        k.dep_ in ("appos", "compound")
        and _person(p, k)
        and not any(w.pos_ in ("VERB", "AUX") for w in doc[min(t.i, k.i) : max(t.i, k.i)])
        for k in t.children
    )


def _parsed(s: Sentence) -> Parsed | None:
    return None if s.doc is None else Parsed.of(s.doc, s.span.start, s.masked.mentions)


def _roots(p: Parsed):
    return [t for t in p.tokens if t.dep_ == "ROOT"]


def _unnamed_office(c: Collector, s: Sentence) -> Title | None:
    """The office that is the sentence's subject where no person stands in the sentence."""
    p = _parsed(s)
    if p is None or any(m.tag == "P" for m in s.masked.mentions):
        return None
    offices = [
        t for t in p.tokens if t.pos_ == "NOUN" and p.mention(t) is None and c.gz.office(t.lemma_)
    ]
    if len(offices) != 1:
        return None  # "the prime minister met the Chinese leader": the next name may be either
    for root in _roots(p):
        for doer in g.subjects(root):
            if doer.i != offices[0].i or doer.tag_ == "NNS":
                continue
            title = office_of_noun(p, c.gz, doer)
            if title is not None and title.office and title.office not in VAGUE_OFFICES:
                return None if title.plural else title
    return None


def _person(p: Parsed, t) -> bool:
    m = p.mention(t)
    return m is not None and m.tag == "P"


def _held(c: Collector, title: Title) -> bool:
    """Whether the article gives that office of that state to someone already."""
    return any(
        info.office == title.office
        and info.of is not None
        and title.of is not None
        and info.of.key == title.of.key
        for info in c.disc.people.by_key.values()
    )


def _untitled_subject(c: Collector, s: Sentence):
    """The person the sentence opens with as its main subject, where the article titles them
    nowhere."""
    p = _parsed(s)
    people = [m for m in s.masked.mentions if m.tag == "P" and m.entity is not None]
    if p is None or not people:
        return None
    first = min(people, key=lambda m: m.start)
    for root in _roots(p):
        for doer in g.subjects(root):
            m = p.mention(doer)
            if m is not first or first.entity is None:
                continue
            if any(k.dep_ in ("appos", "relcl", "acl") for k in doer.children):
                return None  # "Ana Costa, a Portuguese diplomat,": the text says who she is
            info = c.disc.people.by_key.get(first.entity.key)
            return info if info is not None and info.office is None else None
    return None
