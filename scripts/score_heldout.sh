#!/usr/bin/env bash
# Score the article ingester on the held-out articles we wrote to check it (tests/data/heldout):
# bash scripts/score_heldout.sh [--explain]. Batches A, B and C were each scored before any change
# made for them; the figures in README.md say which number is which.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${OUT:-out/heldout-facts}"
mkdir -p "$out"
for a in "$here"/tests/data/heldout/articles/*.txt; do
  kg extract "$a" --format facts > "$out/$(basename "${a%.txt}").jsonl"
done
python3 "${SHARED:-$here/../shared}/eval/score.py" --gold-dir "$here/tests/data/heldout/gold" --system-dir "$out" "$@"
