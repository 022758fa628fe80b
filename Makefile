# Contract repository for the Assignr v2 and Pearson LearningStudio APIs.
# Every target installs what it needs into .venv first; `make help` lists them.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CLI := $(BIN)/apicontracts
export PATH := $(abspath $(BIN)):$(PATH)

API ?=
API_FLAG := $(if $(API),--api $(API),)

.PHONY: help install lint bundle generate test check typecheck clean
.PHONY: publish node_modules browser
.PHONY: fuzz
.PHONY: mock bench

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-10s\033[0m %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@touch $@

install: $(STAMP) ## Create .venv with the pinned toolchain

lint: $(STAMP) ## Validate the specs (structure and house rules): API=assignr|learningstudio
	$(CLI) lint $(API_FLAG)

bundle: $(STAMP) ## Write generated/<api>/openapi.{json,yaml} from spec/<api>/
	$(CLI) bundle $(API_FLAG)

generate: bundle ## Regenerate the typed Python clients into generated/
	$(CLI) generate $(API_FLAG)

publish: generate node_modules ## Write dist/<api>/<version>/ for consumers (docs/publish.md): BASE=ref|file ALLOW_BREAKING=1
	$(CLI) publish $(API_FLAG) $(if $(BASE),--base $(BASE),) $(if $(filter 1 true yes,$(ALLOW_BREAKING)),--allow-breaking,)

node_modules/.package-lock.json: package.json package-lock.json
	npm ci
	@touch $@

node_modules: node_modules/.package-lock.json ## Install the HTML docs renderer (Redoc) from package-lock.json

browser: ## Install headless Chromium (Debian's package) for the published-docs tests
	@command -v chromium >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }

fuzz: $(STAMP) ## Fuzz a server against its spec (docs/fuzz.md): API=..., URL=... (built-in mock without URL), MAX_EXAMPLES, MAX_TIME, FUZZ_ARGS
	$(CLI) fuzz $(API_FLAG) $(if $(URL),--url $(URL),) $(if $(MAX_EXAMPLES),--max-examples $(MAX_EXAMPLES),) \
		$(if $(MAX_TIME),--max-time $(MAX_TIME),) $(FUZZ_ARGS)

mock: $(STAMP) ## Run a stateful mock (docs/mock.md): API=assignr|learningstudio, MOCK_ARGS="--no-https --database f.sqlite ..."
	$(CLI) mock --api $(or $(API),assignr) $(MOCK_ARGS)

bench: $(STAMP) node_modules ## Benchmark the Assignr mock against Prism over real HTTP (docs/mock.md)
	$(BIN)/python scripts/bench_mock.py

typecheck: $(STAMP) ## ruff and mypy on the tooling, mypy on the generated clients
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy
	$(BIN)/mypy --strict generated/assignr_client/assignr_client generated/learningstudio_client/learningstudio_client

test: $(STAMP) ## Run the test suite
	$(BIN)/pytest -n 2

check: lint generate typecheck ## Everything CI checks: lint, stale artifacts, types, tests
	@git diff --exit-code --stat -- generated || \
		{ echo "generated/ is stale: run 'make generate' and commit the result" >&2; exit 1; }
	@test -z "$$(git status --porcelain --untracked-files=all -- generated)" || \
		{ git status --short -- generated; echo "generated/ has files git does not track: run 'make generate' and commit" >&2; exit 1; }
	$(MAKE) test

clean: ## Remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist src/*.egg-info
