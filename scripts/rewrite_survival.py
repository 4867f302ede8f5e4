"""How many dev facts survive rewrites of their sentences (issue 12: "≥ 95 % of the facts survive").

    python scripts/rewrite_survival.py [DATA_FILE]     (default: tests/data/rewrites/dev.yaml)

Each entry of the data file is a gold fact of a development article, the sentence that states it
and rewrites of that sentence (passive, an inserted adverbial, another trigger, ...). The extractor
reads the original and every rewrite on its own (with the entry's ``context`` before it); a rewrite
survives when it yields the fact. An entry whose original does not yield the fact measures nothing
and is counted apart. Prints the survival rate per relation and overall, then every failure.
tests/test_dev_rewrites.py asserts the rates with the same functions.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "rewrites" / "dev.yaml"
sys.path.insert(0, str(ROOT / "tests"))

from helpers import arg_key, facts  # noqa: E402  (tests/helpers.py: the extractor as tests run it)

#: The bar of issue 12.
BAR = 0.95


@dataclass
class Outcome:
    """One entry read: whether its original yields the fact, and the rewrites that lose it."""

    entry: dict
    original: bool
    lost: list[dict] = field(default_factory=list)

    @property
    def measured(self) -> int:
        """Rewrites that count for survival: none when the original itself fails."""
        return len(self.entry["rewrites"]) if self.original else 0


def load(path: Path = DATA) -> list[dict]:
    """The entries of a rewrites data file."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))["facts"]


def _matches(found, rel: str, expect: dict) -> bool:
    """Whether a fact of ``rel`` has the expected arguments: an entity by key (``kind/name``), several
    entities as the set of their keys, a text argument when it contains the expected words (case
    aside: "what" and "role" are worded by the sentence)."""
    for f in found:
        if f.rel != rel or f.negated:
            continue
        ok = True
        for role, want in expect.items():
            got = arg_key(f.args.get(role))
            if isinstance(want, list):
                ok = got == frozenset(want)
            elif "/" in want:
                ok = got == want
            else:
                ok = isinstance(got, str) and want.lower() in got.lower()
            if not ok:
                break
        if ok:
            return True
    return False


def _text(entry: dict, sentence: str) -> str:
    context = entry.get("context")
    return f"{context} {sentence}" if context else sentence


def yields(entry: dict, sentence: str) -> bool:
    """Whether the extractor reads the entry's fact from ``sentence`` (after its context)."""
    return _matches(facts(_text(entry, sentence)), entry["rel"], entry.get("expect") or {})


def measure(entries: list[dict]) -> list[Outcome]:
    """Every entry read: its original, then (where the original yields the fact) its rewrites."""
    outcomes = []
    for entry in entries:
        outcome = Outcome(entry, yields(entry, entry["sentence"]))
        if outcome.original:
            outcome.lost = [r for r in entry["rewrites"] if not yields(entry, r["text"])]
        outcomes.append(outcome)
    return outcomes


def rates(outcomes: list[Outcome]) -> dict[str, tuple[int, int]]:
    """(surviving, measured) rewrites per relation, and under ``"overall"`` all of them."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for o in outcomes:
        for key in (o.entry["rel"], "overall"):
            counts[key][0] += o.measured - len(o.lost)
            counts[key][1] += o.measured
    return {k: (v[0], v[1]) for k, v in counts.items()}


def _percent(survived: int, measured: int) -> str:
    return f"{100 * survived / measured:.1f} %" if measured else "n/a"


def report(outcomes: list[Outcome]) -> str:
    """The rates per relation and overall, the entries that measure nothing and every failure."""
    table = rates(outcomes)
    lines = ["relation              survived/measured  rate     unmeasured entries"]
    for rel in sorted(k for k in table if k != "overall"):
        s, m = table[rel]
        unmeasured = sum(1 for o in outcomes if o.entry["rel"] == rel and not o.original)
        lines.append(f"{rel:22}{s:>8}/{m:<10}{_percent(s, m):>8}   {unmeasured}")
    s, m = table["overall"]
    unmeasured = [o for o in outcomes if not o.original]
    lines.append(f"{'overall':22}{s:>8}/{m:<10}{_percent(s, m):>8}   {len(unmeasured)}")
    lines.append(f"\n{len(unmeasured)} of {len(outcomes)} originals do not yield their fact:")
    lines += [
        f"  {o.entry['rel']} ({o.entry['article']}): {o.entry['sentence']}" for o in unmeasured
    ]
    lost = [(o, r) for o in outcomes for r in o.lost]
    lines.append(f"\n{len(lost)} rewrites lose their fact:")
    lines += [f"  {o.entry['rel']} [{r['kind']}] {r['text']}" for o, r in lost]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    outcomes = measure(load(Path(argv[0]) if argv else DATA))
    print(report(outcomes))
    s, m = rates(outcomes)["overall"]
    return 0 if m and s / m >= BAR else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
