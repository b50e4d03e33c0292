#!/usr/bin/env bash
# The crate as crates.io would get it: `cargo package`, then, in an empty folder, the
# unpacked .crate alone is installed with `cargo install` and runs `isnad check` on the
# example article it carries. Fails when the package misses a file the build or the
# program needs, or is over crates.io's 10 MB limit.
#
#   .ci/package-crate.sh
#
# Offline (the dependencies come from ~/.cargo/registry, filled by any earlier build).
# The install is a debug build (--debug) to keep the stage short: it checks that the
# package builds and runs, not how fast. ISNAD_PACKAGE_RELEASE=1 builds it as users do.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
cd "$REPO"
START=$SECONDS
say() { printf '[package %3ds] %s\n' "$((SECONDS - START))" "$*"; }
LIMIT=$((10 * 1024 * 1024))

NAME=$(cargo metadata --no-deps --format-version 1 --offline | python3 -c 'import json,sys; p=json.load(sys.stdin)["packages"][0]; print(p["name"]+"-"+p["version"])')
say "cargo package ($NAME)"
# (cargo warns that it leaves out the tests and benches: that is the point.)
cargo package --locked --offline --no-verify --allow-dirty 2>&1 | grep -v '^\s*Packag\|^\s*Updating\|^warning: ignoring \(test\|benchmark\|example\)' || true
CRATE=target/package/$NAME.crate
SIZE=$(stat -c %s "$CRATE")
say "$CRATE: $((SIZE / 1024)) KiB compressed, $(cargo package --list --offline --allow-dirty 2>/dev/null | wc -l) files"
if ((SIZE >= LIMIT)); then
  say "FAIL: over crates.io's 10 MB limit"
  exit 1
fi
# Nothing the repository keeps for itself: tests, fixtures, benches, fuzzing, editors, tools.
LEAKED=$(tar tzf "$CRATE" | cut -d/ -f2 | sort -u | grep -Ex 'tests|benches|fuzz|editors|tools|\.ci|\.e2e|target' || true)
if [ -n "$LEAKED" ]; then
  say "FAIL: the package carries $(echo $LEAKED)"
  exit 1
fi

EMPTY=$(mktemp -d "${TMPDIR:-/tmp}/isnad-crate-XXXX")
trap 'rm -rf "$EMPTY"' EXIT
tar xzf "$CRATE" -C "$EMPTY"
profile=(--debug)
[ "${ISNAD_PACKAGE_RELEASE:-0}" = 1 ] && profile=()
say "cargo install --path <unpacked crate> ${profile[*]} --offline --locked (in $EMPTY)"
# No debug info, no incremental cache: a one-off build, about a third faster.
(cd "$EMPTY" && CARGO_TARGET_DIR=$EMPTY/target CARGO_PROFILE_DEV_DEBUG=0 CARGO_INCREMENTAL=0 cargo install --quiet --path "$NAME" "${profile[@]}" \
  --offline --locked --root "$EMPTY/root")
BIN=$EMPTY/root/bin/isnad
say "installed: $("$BIN" --version)"

cd "$EMPTY/$NAME"
set +e
OUT=$("$BIN" check examples/flood-alexandria.txt 2>&1)
rc=$?
set -e
printf '%s\n' "$OUT" | sed 's/^/    /' | head -20
# 0 = nothing to report, 1 = diagnostics found (the example has some); anything else failed.
if ((rc > 1)) || ! grep -q 'unsourced-claim\|vague-source\|unattributed-quote\|loaded-verb' <<<"$OUT"; then
  say "FAIL: isnad check from the packaged crate (exit $rc)"
  exit 1
fi
say "pass: the packaged crate installs and checks the example (exit $rc) in $((SECONDS - START)) s"
