# Sift: `make run` builds and serves the app; `make test` runs every test. See README.md.
.PHONY: run build test test-native test-wasm test-e2e bench fuzz
PORT ?= 8080
export CHROMEDRIVER ?= /usr/bin/chromedriver

run: build
	@node scripts/serve.mjs dist $(PORT)

build:
	@bash scripts/setup.sh build
	@bash scripts/build.sh

test:
	@bash scripts/setup.sh test
	@$(MAKE) --no-print-directory test-native test-wasm test-e2e

test-native:
	cargo test --workspace

# wasm-bindgen-test in headless Chromium (options in webdriver.json).
test-wasm:
	cargo test --target wasm32-unknown-unknown -p sift --test web

test-e2e:
	@bash scripts/build.sh
	node --test --test-concurrency=1 tests/e2e/

# Speed, size and memory, written to bench/RESULTS.md (see bench/). Not part of `make test`.
bench:
	@bash scripts/setup.sh test
	@bash scripts/build.sh
	@test -d bench/node_modules || npm ci --prefix bench --no-audit --no-fund
	cargo bench -p sift-core --bench pipeline
	node bench/run-browser.mjs
	node bench/report.mjs

# Coverage-guided fuzzing of the analysis with libFuzzer (needs the nightly toolchain). Not part of
# `make test`: it runs for FUZZ_SECONDS. Safe Rust needs no address sanitizer, and without it the
# target runs about ten times faster.
FUZZ_SECONDS ?= 600
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2
	@mkdir -p fuzz/corpus/analyze
	cargo +nightly fuzz run --sanitizer none analyze fuzz/corpus/analyze fuzz/seeds/analyze samples -- \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=65536
