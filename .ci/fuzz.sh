#!/usr/bin/env bash
# Fuzz every target for a fixed budget (FUZZ_SECONDS each, 40 by default: 4 targets,
# under 3 minutes of fuzzing; building the targets takes a few more the first time).
# Works on stable Rust: cargo-fuzz without a sanitizer (-s none) needs no nightly
# feature; RUSTC_BOOTSTRAP=1 is set in case a cargo-fuzz version asks for one.
# Longer by hand: FUZZ_SECONDS=1200 .ci/fuzz.sh [TARGET...]
# A crash fails the script; libFuzzer prints the input's path (fuzz/artifacts/...):
# copy it to fuzz/regressions/<target>/ so `cargo test --test fuzz_regressions`
# replays it.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
BUDGET=${FUZZ_SECONDS:-40}
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(analysis analysis_edits positions jsonrpc)
export RUSTC_BOOTSTRAP=1 CARGO_TERM_COLOR=never

if ! command -v cargo-fuzz >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

# The corpus (not committed) starts from the committed regressions, the project's
# own articles and, when ../../shared is there, the seed article and news articles.
for t in analysis analysis_edits positions jsonrpc; do
  mkdir -p "corpus/$t"
  cp -n regressions/"$t"/* "corpus/$t/" 2>/dev/null || true
done
cp -n ../examples/*.txt corpus/analysis/ 2>/dev/null || true
SHARED=../../shared/eval
if [ -d "$SHARED" ]; then
  cp -n "$SHARED"/seed/*.txt corpus/analysis/ 2>/dev/null || true
  if command -v python3 >/dev/null 2>&1; then
    python3 - "$SHARED" corpus/analysis <<'PY'
import os, sys
src, out = sys.argv[1], sys.argv[2]
n = 0
for name in sorted(os.listdir(os.path.join(src, "news"))):
    text = open(os.path.join(src, "news", name), encoding="utf-8").read()
    for part in text.split("### source:")[1:]:
        body = "\n".join(part.split("\n")[1:]).strip()
        if 300 < len(body.encode()) < 8000 and n < 40:
            open(os.path.join(out, f"news-{n:02}.txt"), "w", encoding="utf-8").write(body)
            n += 1
PY
  fi
fi

# FUZZ_BUILD=0 reuses the binaries already built (several runs side by side).
if [ "${FUZZ_BUILD:-1}" != 0 ]; then
  cargo fuzz build -s none -O -a
fi
for t in "${TARGETS[@]}"; do
  mkdir -p "artifacts/$t"
  echo "=== fuzz $t for ${BUDGET}s"
  log="target/fuzz-$t.log"
  mkdir -p target
  set +e
  # The binary built above (cargo fuzz run would rebuild whenever src/ changed).
  "target/x86_64-unknown-linux-gnu/release/$t" -artifact_prefix="artifacts/$t/" \
    -max_total_time="$BUDGET" -timeout=60 -rss_limit_mb=4096 -max_len=16384 -print_final_stats=1 \
    "corpus/$t" >"$log" 2>&1
  status=$?
  set -e
  grep -E "^#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY|panicked|Test unit written|ERROR" "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 60 "$log"
  fi
  if [ "$status" -ne 0 ]; then
    echo "fuzz target $t failed (exit $status); the input is in fuzz/artifacts/$t/"
    exit 1
  fi
done
echo "fuzz: ${#TARGETS[@]} targets, ${BUDGET}s each, no crash"
