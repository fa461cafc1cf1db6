# Sourced by the Makefile before any wasm32 build: picks the toolchain `scripts/setup.sh` set up.
# Debian's rustc-web path builds std from source, which lets the release build drop panic
# machinery and optimise std for size (smaller bundle); rustup's wasm32 target is the fallback.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$ROOT/tests/node_modules/.bin:$PATH"
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
export WASM_TOOLCHAIN
