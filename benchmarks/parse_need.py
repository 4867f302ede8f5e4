"""Which sentences the parse is spent on, and what a cheap test before it could spare (issue 12):

    python benchmarks/parse_need.py DIR [DIR ...] --json benchmarks/results/parse-need.json

For every sentence of the articles (``*.txt``) in the directories: its words; whether it holds a
form of some trigger (``candidates.has_trigger``, the test on words alone that can run before
spaCy); whether its mentions could fill a trigger's roles (``candidates.worth_parsing``, known
only once the discourse has read the sentence, which reads the parse itself); whether any fact's
evidence lies in it; and each call of the on-demand recogniser, whether it added a mention. It
counts, it does not time: the shares are of sentences and of words (the parse's cost follows the
words), the same on any machine.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.report import emit  # noqa: E402


def measure(paths: list[Path]) -> dict:
    """The counts over the articles at ``paths`` (see the module's docstring)."""
    from kg.ingest.nlp import proposals
    from kg.ingest.nlp import rules as _rules
    from kg.ingest.nlp.candidates import has_trigger, worth_parsing
    from kg.ingest.sources import extract_source

    n: Counter = Counter()
    seen: list[tuple[int, int, int, bool, bool]] = []  # start, end, words, trigger, worth
    real_parse, real_propose = _rules._parse, _rules.proposals.propose

    def parse(text, read):
        for s in read:
            words = text[s.span.start : s.span.end]
            n["words"] += len(words.split())
            seen.append(
                (
                    s.span.start,
                    s.span.end,
                    len(words.split()),
                    has_trigger(words),
                    worth_parsing(words, s.masked.mentions, s.span.start),
                )
            )
        real_parse(text, read)

    def propose(disc, text, s):
        masked, calls = s.masked, n["recogniser_calls"]
        real_recognise = proposals.recognise

        def counted(doc):
            n["recogniser_calls"] += 1
            return real_recognise(doc)

        proposals.recognise = counted
        try:
            real_propose(disc, text, s)
        finally:
            proposals.recognise = real_recognise
        if n["recogniser_calls"] > calls and s.masked is not masked:
            n["recogniser_calls_adding_a_mention"] += 1

    _rules._parse, _rules.proposals.propose = parse, propose
    try:
        for path in paths:
            seen.clear()
            evidence = [
                (f.evidence.start, f.evidence.end) for x in extract_source(path) for f in x.facts
            ]
            n["articles"] += 1
            for start, end, size, trigger, worth in seen:
                fact = any(a < end and start < b for a, b in evidence)
                n["sentences"] += 1
                for key, hit in (
                    ("no_trigger_form", not trigger),
                    ("not_worth_parsing", not worth),
                    ("no_fact", not fact),
                ):
                    if hit:
                        n[key] += 1
                        n[key + "_words"] += size
    finally:
        _rules._parse, _rules.proposals.propose = real_parse, real_propose
    out: dict = dict(n)
    for key in ("no_trigger_form", "not_worth_parsing", "no_fact"):
        out[key + "_share"] = round(n[key] / max(n["sentences"], 1), 3)
        out[key + "_words_share"] = round(n[key + "_words"] / max(n["words"], 1), 3)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    res = {str(d): measure(sorted(d.glob("*.txt"))) for d in args.dirs}
    emit(res, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
