#!/usr/bin/env bash
# Builds the static site into dist/: the app (index.html) and the embeddable module (dist/embed/).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

step "Compiling to WebAssembly (release)"
cargo build --release --target wasm32-unknown-unknown --lib

step "Generating the JavaScript bindings (dist/embed/sift.js)"
rm -rf dist
mkdir -p dist/embed
wasm-bindgen --target web --out-dir dist/embed --out-name sift \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/sift_web.wasm"

step "Optimising the wasm for size (wasm-opt -Oz, to a fixed point)"
node_modules/.bin/wasm-opt -Oz --converge --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  dist/embed/sift_bg.wasm -o dist/embed/sift_bg.wasm

step "Copying the pages and assets"
# index.html preloads the module's snippets too (their directory name is a hash wasm-bindgen picks),
# so they download with sift.js instead of after it.
preloads=$(cd dist && find embed/snippets -name '*.js' | sort | sed 's|.*|  <link rel="modulepreload" href="&">|')
awk -v links="$preloads" '{ print } /<link rel="modulepreload" href="embed\/sift.js">/ && links != "" { print links }' index.html > dist/index.html
cp -R www/. dist/
cp www/sift.css dist/embed/sift.css
# The analysis worker without its comments and indentation (it counts in the embed bundle's size).
sed -e '/^[[:space:]]*\/\//d' -e 's/^[[:space:]]*//' www/embed/worker.js > dist/embed/worker.js
mkdir -p dist/samples
cp samples/*.txt dist/samples/

wasm_kb=$(( $(stat -c %s dist/embed/sift_bg.wasm) / 1024 ))
# The embed bundle: the wasm, sift.js, the snippets it imports and the analysis worker it starts
# for long texts.
gz_kb=$(( $(cat dist/embed/sift_bg.wasm dist/embed/sift.js dist/embed/worker.js $(find dist/embed/snippets -name '*.js' | sort) | gzip -9 | wc -c) / 1024 ))
echo "dist/ ready: wasm ${wasm_kb} KB, wasm + js ${gz_kb} KB gzip"
