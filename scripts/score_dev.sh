#!/usr/bin/env bash
# Score the article ingester on the development set: bash scripts/score_dev.sh [--explain]
set -euo pipefail
shared="${SHARED:-$(cd "$(dirname "$0")/../../shared" && pwd)}"
out="${OUT:-out/dev-facts}"
mkdir -p "$out"
for a in "$shared"/eval/dev/articles/*.txt; do
  kg extract "$a" --format facts > "$out/$(basename "${a%.txt}").jsonl"
done
python3 "$shared/eval/score.py" --gold-dir "$shared/eval/dev/gold" --system-dir "$out" "$@"
