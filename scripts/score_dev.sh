#!/usr/bin/env bash
# Score the article ingester on the development set: bash scripts/score_dev.sh [--explain]
# (ARTICLES, GOLD and OUT score another set: scripts/score_heldout.sh does so.)
set -euo pipefail
shared="${SHARED:-$(cd "$(dirname "$0")/../../shared" && pwd)}"
articles="${ARTICLES:-$shared/eval/dev/articles}"
gold="${GOLD:-$shared/eval/dev/gold}"
out="${OUT:-out/dev-facts}"
mkdir -p "$out"
for a in "$articles"/*.txt; do
  kg extract "$a" --format facts > "$out/$(basename "${a%.txt}").jsonl"
done
python3 "$shared/eval/score.py" --gold-dir "$gold" --system-dir "$out" "$@"
