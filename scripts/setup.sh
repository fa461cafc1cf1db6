#!/usr/bin/env bash
# Installs what `make` needs and skips what is already there. Idempotent.
# The pinned versions are in scripts/pins.sh; scripts/check-tools.sh says which copies the build uses.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/scripts/pins.sh"
CARGO_BIN=${CARGO_HOME:-$HOME/.cargo}/bin

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] cannot continue: %s\n' "$*" >&2; exit 1; }

APT_UPDATED=
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 ||
    die "the packages ${missing[*]} are missing and this machine has no apt-get; install their equivalents by hand."
  local sudo=
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  if [ -z "$APT_UPDATED" ]; then
    say "apt-get update"
    $sudo apt-get update -qq
    APT_UPDATED=1
  fi
  say "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

command -v cargo >/dev/null 2>&1 ||
  die "cargo is missing; install Rust with rustup (https://rustup.rs) and run make again."
command -v npm >/dev/null 2>&1 || apt_install nodejs npm

# 1. A wasm32 toolchain. On Debian/Ubuntu: rustc-web with build-std, which the release build
#    needs for its size (std built for size, no panic machinery; see scripts/wasm-env.sh).
#    Elsewhere: rustup's target (bounded: on closed networks it hangs instead of failing).
if [ -d /usr/lib/rustlib/src/rust/library ] && command -v wasm-ld-22 >/dev/null 2>&1 &&
  dpkg -s rust-web-clippy >/dev/null 2>&1; then
  say "wasm32 toolchain: Debian rustc-web with build-std (already installed)"
elif command -v apt-get >/dev/null 2>&1; then
  say "wasm32 toolchain: installing Debian's rustc-web with build-std"
  apt_install rustc-web cargo-web rust-web-src rust-web-clippy lld-22
elif rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "wasm32 toolchain: rustup's target (already installed)"
else
  say "wasm32 toolchain: rustup target add wasm32-unknown-unknown (bounded to 120 s)"
  timeout 120 rustup target add wasm32-unknown-unknown >/dev/null 2>&1 ||
    die "the wasm32 target could not be installed; run 'rustup target add wasm32-unknown-unknown' on a machine with internet, or use Debian/Ubuntu with apt."
fi

# 2. Host tools, built with the default (rustup) cargo. Only the copies cargo installs count: another
#    trunk or wasm-bindgen elsewhere on PATH is never used (scripts/wasm-env.sh).
if ! "$CARGO_BIN/trunk" --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "cargo install trunk $TRUNK_VERSION (takes about 8 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --quiet
fi
if ! "$CARGO_BIN/wasm-bindgen" --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes about 2 minutes)"
  # --locked fails: its lock file names a crate version the registry does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --quiet
fi

# 3. Browser, compression and the npm packages (wasm-opt, Playwright, axe, Lighthouse) from the lock file.
apt_install chromium brotli
if [ ! -d "$ROOT/tests/node_modules" ] ||
  [ "$ROOT/tests/package-lock.json" -nt "$ROOT/tests/node_modules/.package-lock.json" ]; then
  say "npm ci in tests/ (wasm-opt, Playwright, axe-core, Lighthouse)"
  (cd "$ROOT/tests" && npm ci --no-audit --no-fund --loglevel=error)
fi
"$ROOT/scripts/check-tools.sh"
say "ready"
