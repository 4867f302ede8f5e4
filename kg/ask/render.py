"""An answer of ``kg ask`` for people (how the question was read, then ``kg query``'s table) and
for machines (the JSON the endpoint returns)."""

from __future__ import annotations

import json

from kg import results
from kg.ask import Answer, Interpretation
from kg.classes import prefixed
from kg.stores.base import GraphStore


def explanation(it: Interpretation) -> str:
    """How the question was read: the question chosen, the words that chose it, the parameters
    bound (and from which words), the entities named that it does not take."""
    q = it.query
    cues = ", ".join(
        dict.fromkeys(
            (
                f"{h.spelled!r}→{h.cue.text}"
                if h.fuzzy or h.spelled.lower() != h.cue.text
                else h.cue.text
            )
            + f" {h.cue.weight:+d}"
            for h in it.hits
        )
    )
    because = cues or "no cue words"
    if it.params:
        because += (
            f", {len(it.params)} parameter{'s' if len(it.params) > 1 else ''} filled "
            f"{len(it.params):+d}"
        )
    lines = [
        f"question:  {q.name} — {q.title}",
        f"           {q.question}",
        f"because:   {because} (score {it.score}"
        + (f"; next best {it.runner_up[0]}, {it.runner_up[1]})" if it.runner_up else ")"),
    ]
    if not it.params:
        lines.append("params:    (none)")
    for i, (name, b) in enumerate(it.params.items()):
        c, m = b.candidate, b.mention
        how = f"{m.text!r} misspelt, nearest name {m.name!r}" if m.fuzzy else f"{m.text!r}"
        origin = "the store" if c.origin == "store" else "the gazetteer only, not in the store"
        lines.append(
            f"{'params:' if i == 0 else '':<11}{name} = {c.label}  {prefixed(c.iri)}  "
            f"(named {how}; from {origin})"
        )
    if it.unused or it.years:
        named = ", ".join(
            [f"{m.candidates[0].label} ({m.text!r})" for m in it.unused]
            + [f"the year {y}" for y in it.years]
        )
        lines.append(f"not used:  {named}: no parameter of this question takes them")
    lines.append(f"sparql:    {q.path.name if q.path else q.name}, parameters bound as RDF terms")
    lines += ["    " + line if line else "" for line in q.text.rstrip().splitlines()]
    return "\n".join(lines) + "\n"


def text(
    answer: Answer,
    store: GraphStore | None,
    *,
    color: bool = False,
    width: int | None = 100,
    limit: int | None = None,
) -> str:
    """The explanation, then the answer as ``kg query`` prints it (rows with their evidence)."""
    table = results.serialize(
        answer.result, "table", store, color=color, width=width, limit=limit
    ).decode("utf-8")
    return explanation(answer.interpretation) + "\nanswer:\n" + table


def to_json(answer: Answer) -> str:
    return json.dumps(answer.to_json(), ensure_ascii=False, indent=2) + "\n"
