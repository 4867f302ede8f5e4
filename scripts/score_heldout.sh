#!/usr/bin/env bash
# Score the article ingester on the held-out articles we wrote to check it (tests/data/heldout):
# bash scripts/score_heldout.sh [--explain]. Batches A to S and U to X were each scored before any
# change made for them; tests/data/heldout/README.md says which number is which.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
ARTICLES="$here/tests/data/heldout/articles" GOLD="$here/tests/data/heldout/gold" \
  OUT="${OUT:-out/heldout-facts}" exec bash "$here/scripts/score_dev.sh" "$@"
