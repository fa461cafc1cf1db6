# The two commands people need: `make serve` and `make test`. The rest are their parts.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
WASM := source scripts/wasm-env.sh &&
# The languages the quiz ships (locales/languages.txt); a release bundle carries one of them.
LANGUAGES := $(shell sed -e 's/\#.*//' locales/languages.txt)
FIRST := $(firstword $(LANGUAGES))
OTHERS := $(wordlist 2,$(words $(LANGUAGES)),$(LANGUAGES))

.PHONY: setup serve dist package lint unit translations browser size test bench clean

setup: ## install what is missing (idempotent)
	@scripts/setup.sh

serve: setup ## the app with live rebuild on http://127.0.0.1:8080
	$(WASM) trunk serve --offline

dist: setup ## the release bundle in dist/ (the app once per language, the set-up page in setup/), with .br and .gz copies
	$(WASM) cargo fetch --quiet --target wasm32-unknown-unknown
	$(WASM) QUIZ_LANGUAGES=$(FIRST) trunk build --release --offline
	for lang in $(OTHERS); do $(WASM) QUIZ_LANGUAGES=$$lang trunk build --release --offline --dist target/bundles/$$lang; done
	node scripts/bundles.mjs dist $(FIRST) $(foreach lang,$(OTHERS),$(lang)=target/bundles/$(lang))
	$(WASM) trunk build setup/index.html --release --offline --dist dist/setup
	cargo run --quiet --features ssr --bin prerender -- dist
	node scripts/csp.mjs dist
	node scripts/precache.mjs
	scripts/compress.sh dist

package: dist ## one zip for clinics, target/package/recovery-quiz.zip: the quiz, its set-up page, START-HERE.txt
	python3 scripts/package.py dist target/package/recovery-quiz.zip

lint: setup ## the pinned build tools, formatting and clippy (native and wasm32)
	scripts/check-tools.sh --decoys
	cargo fmt --all -- --check
	cargo clippy --all-targets --features ssr -- -D warnings
	$(WASM) cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings

translations: ## check the texts in locales/: every language complete, the safety texts (docs/translations.md)
	cargo test --quiet --test translations

unit: setup ## the engine, form, link and pre-render tests, natively
	cargo test --features ssr

browser: ## browser tests in headless Chromium against dist/ (run `make dist` first)
	cd tests && node --test --test-concurrency=1 browser/

bench: dist ## first-visit transfer and Lighthouse mobile (median of 3); reports in tests/artifacts/lighthouse
	cd tests && node bench.mjs

test: setup lint unit dist browser ## everything CI checks

clean:
	rm -rf dist target tests/artifacts
