# The two commands: `make run` and `make test`. Both set up the virtualenv first if needed.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DAGSTER_HOME := $(CURDIR)/.dagster_home

.PHONY: setup run test ui bench clean

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

# One run at a time: every run writes the same DuckDB build file, which allows a single writer.
$(DAGSTER_HOME)/dagster.yaml: Makefile
	@mkdir -p $(DAGSTER_HOME)
	@printf 'telemetry:\n  enabled: false\nrun_queue:\n  max_concurrent_runs: 1\n' > $@

setup: $(STAMP) $(DAGSTER_HOME)/dagster.yaml

## Run the whole job on $GAOXIN_RAW_DIR (default raw/) and publish $GAOXIN_WAREHOUSE_DIR/gaoxin.duckdb.
run: setup
	$(BIN)/python -m orchestration.run

## Run the test suite.
test: setup
	$(BIN)/python -m pytest

## The Dagster UI on the same instance as `make run`, at http://127.0.0.1:3000
ui: setup
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

clean:
	rm -rf warehouse dbt_project/target dbt_project/logs

## Speed of normalization and claim extraction (a report, not a test).
bench: setup
	$(BIN)/python benchmarks/bench_text.py
