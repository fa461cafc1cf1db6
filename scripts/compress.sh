#!/usr/bin/env bash
# Writes .br and .gz copies beside every text asset in a folder, for hosts that serve them as is.
# Not of clinic.json: it is the clinic's to edit on its host, and a host that prefers
# precompressed files would keep sending the old details from stale copies.
set -euo pipefail
dir=${1:?usage: compress.sh DIR}
find "$dir" -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \
  -o -name '*.json' -o -name '*.svg' \) ! -path "$dir/clinic.json" -print0 |
  while IFS= read -r -d '' file; do
    brotli --force --best --keep --output="$file.br" "$file"
    gzip --force --best --keep --no-name "$file"
  done
