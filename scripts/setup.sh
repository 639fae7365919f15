#!/usr/bin/env bash
# Installs what `make build` (setup.sh build) or `make test` (setup.sh test) needs and is missing.
# Idempotent: takes seconds when everything is present. Fetches only from crates.io, npm and Debian.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "Installing the Rust wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

# wasm-bindgen-cli must match the wasm-bindgen library in Cargo.lock exactly.
wasm_bindgen_cli() {
  local want have
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
  if [ "$have" != "$want" ]; then
    step "Installing wasm-bindgen-cli $want with cargo (about 4 minutes, once)"
    # Not --locked: one of its locked dependencies is no longer on crates.io.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

# binaryen's wasm-opt (the one that parses wasm-bindgen output) and playwright-core, from package-lock.json.
node_tools() {
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
     || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    step "Installing npm tools (npm ci: binaryen, playwright-core)"
    npm ci --no-audit --no-fund
  fi
}

browser() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    step "Installing Chromium and ChromeDriver from Debian (apt-get)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver
  fi
}

case "${1:-build}" in
  build) wasm_target; wasm_bindgen_cli; node_tools ;;
  test) wasm_target; wasm_bindgen_cli; node_tools; browser ;;
  *) echo "usage: $0 build|test" >&2; exit 2 ;;
esac
