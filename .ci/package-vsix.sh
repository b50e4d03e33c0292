#!/usr/bin/env bash
# Packages the VS Code extension for one platform with the isnad server inside
# (editors/vscode/server/isnad[.exe], stripped), as rust-analyzer and harper do.
#
#   .ci/package-vsix.sh path/to/isnad linux-x64 out/isnad-linux-x64.vsix
#   .ci/package-vsix.sh path/to/isnad.exe win32-x64 out/isnad-win32-x64.vsix
#
# Runs npm ci and the extension's unit tests first. Used by .ci/release.sh and by the
# VS Code stage of .ci/editors.sh (so the end-to-end test runs what is released).
set -euo pipefail
BIN=$(realpath "$1")
TARGET=$2
OUT=$(realpath -m "$3")
EXT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../editors/vscode" && pwd)

case $TARGET in
  win32-*) NAME=isnad.exe STRIP=x86_64-w64-mingw32-strip ;;
  *) NAME=isnad STRIP=strip ;;
esac

cd "$EXT"
rm -rf server
trap 'rm -rf "$EXT/server"' EXIT
mkdir -p server "$(dirname "$OUT")"
# A stripped copy: the release profile keeps line tables (debug = 1) for profiling.
"$STRIP" -o "server/$NAME" "$BIN" 2>/dev/null || cp "$BIN" "server/$NAME"
chmod 755 "server/$NAME"

npm ci --no-audit --no-fund --loglevel=error
npm test --silent >/dev/null || { npm test; exit 1; }
npx --yes @vscode/vsce@3 package --target "$TARGET" -o "$OUT"
