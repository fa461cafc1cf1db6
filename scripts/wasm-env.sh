# Sourced by the Makefile before any wasm32 build: picks the toolchain `scripts/setup.sh` set up.
# Debian's rustc-web path builds std from source, which lets the release build drop panic
# machinery and optimise std for size (smaller bundle); rustup's wasm32 target is the fallback.
#
# The pinned build tools (trunk, wasm-bindgen, wasm-opt) must win over any other copy on the
# machine, such as Debian's binaryen (wasm-opt 108) in /usr/bin, which the Debian path puts early
# on PATH for its cargo and rustc. So they are linked into one folder that goes first of all.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PINNED_TOOLS="$ROOT/target/pinned-tools"
mkdir -p "$PINNED_TOOLS"
rm -f "$PINNED_TOOLS"/*
for tool in "$ROOT/tests/node_modules/.bin/wasm-opt" "${CARGO_HOME:-$HOME/.cargo}/bin/wasm-bindgen" \
  "${CARGO_HOME:-$HOME/.cargo}/bin/trunk"; do
  [ -x "$tool" ] && ln -sfn "$tool" "$PINNED_TOOLS/$(basename "$tool")"
done
if [ -d /usr/lib/rustlib/src/rust/library ] && command -v wasm-ld-22 >/dev/null 2>&1 &&
  [ -x /usr/bin/cargo-clippy ] && [ "${WASM_TOOLCHAIN:-}" != rustup ]; then
  export PATH="/usr/bin:$HOME/.cargo/bin:$PATH"
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-22
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
  export CARGO_TARGET_DIR="$ROOT/target/build-std"
  WASM_TOOLCHAIN=debian-build-std
else
  WASM_TOOLCHAIN=rustup
fi
export PATH="$PINNED_TOOLS:$PATH"
export WASM_TOOLCHAIN
