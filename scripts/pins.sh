# The build tools' pinned versions, sourced by scripts/setup.sh and scripts/check-tools.sh.
# Keep in step: Trunk.toml [tools], Cargo.toml's `wasm-bindgen = "=…"`, tests/package.json's binaryen.
TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
WASM_OPT_VERSION=132
