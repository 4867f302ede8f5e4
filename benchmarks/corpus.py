"""A corpus of news-like articles for the ingestion benchmark (issue 3.7).

Each article is about one row of the BorderLines table (a territory, its claimants and its
controller): a headline, a dateline, a lead written from the row, then body paragraphs taken in
turn from the dev articles (real news prose, with their own people, meetings and treaties) until
the article has about 300 words. Deterministic by seed; every article is different.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from kg.paths import BORDERLINES_DIR

DEV_ARTICLES = Path("/work/shared/eval/dev/articles")
#: Where the dev articles are looked for when the shared folder is absent (CI): the project's own.
FALLBACK_ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
_CITIES = ("MOSCOW", "TOKYO", "BEIJING", "LONDON", "BUENOS AIRES", "NEW DELHI", "ANKARA", "CAIRO")
_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
_LEADS = (
    "{claimant} renewed its claim to {territory} on {weekday}, saying the territory has always "
    "belonged to it. {controller} controls {territory} and rejected the claim.",
    "The foreign ministry of {claimant} protested against a visit by officials of {controller} to "
    "{territory}. {claimant} and {controller} both claim {territory}.",
    "{controller} said its sovereignty over {territory} cannot be called into question, after "
    "{claimant} laid claim to the territory again this week.",
)


def _rows() -> list[dict[str, str]]:
    with (BORDERLINES_DIR / "disputed_territories.csv").open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["Claimants"] and r["Territory"]]


def _paragraphs(folder: Path) -> list[str]:
    out = []
    for path in sorted(folder.glob("*.txt")):
        paras = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n")]
        out += [p for p in paras if len(p.split()) >= 25]  # body text, not headlines
    return out


def article_text(
    index: int, rng: random.Random, rows: list, paragraphs: list[str], words: int = 300
) -> str:
    row = rows[index % len(rows)]
    claimants = [c.strip() for c in row["Claimants"].split(";") if c.strip()]
    controller = row["Controller"] if row["Controller"] not in ("", "Unknown") else claimants[0]
    claimant = next((c for c in claimants if c != controller), claimants[0])
    territory = row["Territory"].split("/")[0]
    lead = rng.choice(_LEADS).format(
        claimant=claimant,
        controller=controller,
        territory=territory,
        weekday=rng.choice(("Monday", "Tuesday", "Friday")),
    )
    head = f"{claimant} and {controller} at odds over {territory} ({index})"
    dateline = (
        f"{rng.choice(_CITIES)}, {rng.choice(_MONTHS)} {rng.randint(1, 28)}, "
        f"{rng.randint(1995, 2024)}"
    )
    body = [f"{dateline} - {lead}"]
    count = len(lead.split())
    start = rng.randrange(len(paragraphs))
    i = 0
    while count < words - 20:
        para = paragraphs[(start + i) % len(paragraphs)]
        body.append(para)
        count += len(para.split())
        i += 1
    return head + "\n\n" + "\n\n".join(body) + "\n"


def make_corpus(folder: Path, n: int, seed: int = 1) -> dict:
    """Write ``n`` articles into ``folder``; returns the article and word counts."""
    folder.mkdir(parents=True, exist_ok=True)
    source = DEV_ARTICLES if DEV_ARTICLES.is_dir() else FALLBACK_ARTICLES
    rng = random.Random(seed)
    rows, paragraphs = _rows(), _paragraphs(source)
    total = 0
    for i in range(n):
        text = article_text(i, rng, rows, paragraphs)
        (folder / f"bench-{i:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.split())
    return {"articles": n, "words": total, "from": str(source)}
