#!/usr/bin/env bash
# Release build from a clean checkout: everything a journalist downloads, in dist/.
#
#   .ci/release.sh
#
#   dist/isnad-x86_64-linux-gnu      the server and CLI, stripped (glibc needed: see below)
#   dist/isnad-linux-x64.vsix        the VS Code extension with that server inside
#   dist/isnad-x86_64-windows.exe    } when the x86_64-pc-windows-gnu Rust target and
#   dist/isnad-win32-x64.vsix        } Debian's mingw-w64 are installed (else skipped, said so)
#   dist/SHA256SUMS                  sha256sum -c SHA256SUMS
#
# ISNAD_RELEASE_WINDOWS=0 skips Windows, =1 makes its absence an error.
set -euo pipefail
cd "$(dirname "$0")/.."
START=$SECONDS
say() { printf '[release %3ds] %s\n' "$((SECONDS - START))" "$*"; }
rm -rf dist
mkdir -p dist

say "cargo build --release (x86_64-unknown-linux-gnu)"
cargo build --release --locked --bin isnad
strip -o dist/isnad-x86_64-linux-gnu target/release/isnad
GLIBC=$(objdump -T dist/isnad-x86_64-linux-gnu | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1)
say "linux binary: $(du -k dist/isnad-x86_64-linux-gnu | cut -f1) KiB, needs glibc >= ${GLIBC#GLIBC_}"
dist/isnad-x86_64-linux-gnu --version

say "VS Code extension for linux-x64"
.ci/package-vsix.sh dist/isnad-x86_64-linux-gnu linux-x64 dist/isnad-linux-x64.vsix

windows=${ISNAD_RELEASE_WINDOWS:-auto}
have_windows() {
  rustup target list --installed 2>/dev/null | grep -qx x86_64-pc-windows-gnu &&
    command -v x86_64-w64-mingw32-gcc >/dev/null
}
if [ "$windows" != 0 ] && have_windows; then
  say "cargo build --release --target x86_64-pc-windows-gnu"
  CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc \
    cargo build --release --locked --bin isnad --target x86_64-pc-windows-gnu
  x86_64-w64-mingw32-strip -o dist/isnad-x86_64-windows.exe target/x86_64-pc-windows-gnu/release/isnad.exe
  say "VS Code extension for win32-x64"
  .ci/package-vsix.sh dist/isnad-x86_64-windows.exe win32-x64 dist/isnad-win32-x64.vsix
elif [ "$windows" = 1 ]; then
  say "FAIL: Windows asked for, but needs: rustup target add x86_64-pc-windows-gnu; apt-get install gcc-mingw-w64-x86-64"
  exit 1
else
  say "Windows skipped (needs: rustup target add x86_64-pc-windows-gnu; apt-get install gcc-mingw-w64-x86-64)"
fi

(cd dist && sha256sum -- * >SHA256SUMS && sha256sum -c --quiet SHA256SUMS)
say "done:"
(cd dist && ls -l --block-size=K -- * && cat SHA256SUMS)
