#!/usr/bin/env bash
# Speed ratchet (issue 6): the instructions one whole analysis of ../shared/eval/news
# executes (`Analyzer::analyze`, counted by callgrind). Wall time on a shared CI
# machine varies by 2x from run to run; an instruction count varies by well under
# 1%, so it can gate: the stage fails when main needs more than 10% more
# instructions than .ci/speed-ratchet.json records.
#
#   .ci/speed.sh            check against the ratchet
#   .ci/speed.sh --write    record the current count (after making things faster)
set -euo pipefail
cd "$(dirname "$0")/.."
RATCHET=.ci/speed-ratchet.json
SLACK_PERCENT=10

if [ ! -d ../shared/eval/news ]; then
  echo "NOTICE: ../shared/eval/news not found; speed ratchet skipped"
  exit 0
fi
if ! command -v valgrind >/dev/null; then
  echo "installing valgrind"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends valgrind >/dev/null
fi

cargo build --release --example profile_analysis
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# One round: the analysis runs once; the knowledge base's build thread and the
# stage-by-stage loop are outside `Analyzer::analyze` and not counted.
valgrind --tool=callgrind --callgrind-out-file="$out" \
  --toggle-collect='isnad::analysis::Analyzer::analyze' \
  target/release/examples/profile_analysis 1 >/dev/null 2>&1
count=$(callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')
if [ -z "$count" ]; then
  echo "could not read the instruction count from callgrind" >&2
  exit 1
fi
echo "whole analysis of the news text: $count instructions"

if [ "${1:-}" = "--write" ]; then
  printf '{\n  "analyze_news_instructions": %s\n}\n' "$count" > "$RATCHET"
  echo "wrote $RATCHET"
  exit 0
fi
limit=$(sed -n 's/.*"analyze_news_instructions": *\([0-9]*\).*/\1/p' "$RATCHET")
allowed=$((limit + limit * SLACK_PERCENT / 100))
echo "ratchet: $limit (allowed up to $allowed)"
if [ "$count" -gt "$allowed" ]; then
  echo "FAIL: the analysis needs $count instructions, more than $allowed ($RATCHET + ${SLACK_PERCENT}%)" >&2
  exit 1
fi
echo "speed ratchet holds"
