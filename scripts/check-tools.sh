#!/usr/bin/env bash
# Says which trunk, wasm-bindgen and wasm-opt the build uses (with scripts/wasm-env.sh), and fails
# unless they are the pinned versions. `--decoys` also proves that the pinned copies win over
# others found earlier on PATH, such as Debian's wasm-opt 108 in /usr/bin.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/scripts/pins.sh"

if [ "${1:-}" = --decoys ]; then
  decoys=$(mktemp -d)
  trap 'rm -rf "$decoys"' EXIT
  printf '#!/bin/sh\necho "%s"\n' 'wasm-opt version 108' >"$decoys/wasm-opt"
  printf '#!/bin/sh\necho "%s"\n' 'wasm-bindgen 0.2.84' >"$decoys/wasm-bindgen"
  printf '#!/bin/sh\necho "%s"\n' 'trunk 0.17.5' >"$decoys/trunk"
  chmod +x "$decoys"/*
  export PATH="$decoys:$PATH"
fi

source "$ROOT/scripts/wasm-env.sh"
status=0
check() {
  local tool=$1 expected=$2 path version
  path=$(command -v "$tool") || { echo "[tools] $tool: not found (run make setup)" >&2; status=1; return; }
  version=$("$tool" --version 2>&1 | head -n 1)
  if [ "$version" = "$expected" ] || [[ $version == "$expected "* ]]; then
    echo "[tools] $tool: $path ($version)"
  else
    echo "[tools] $tool: $path is \"$version\", not the pinned \"$expected\"" >&2
    status=1
  fi
}
check trunk "trunk $TRUNK_VERSION"
check wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION"
check wasm-opt "wasm-opt version $WASM_OPT_VERSION"
echo "[tools] wasm32 toolchain: $WASM_TOOLCHAIN ($(command -v cargo))"
exit $status
