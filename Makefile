# Two commands on a fresh machine: `make run` and `make test`. Each creates .venv when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench eval model clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/lumbar-bot

test: $(VENV)/.installed-test
	$(BIN)/ruff check bot tests
	$(BIN)/mypy
	$(BIN)/python -m pytest

# The learned second reader of triage, retrained on tests/data (~20 s): run it after any
# change to a set there, and commit knowledge/learned.json with the change.
model: $(VENV)/.installed-test
	$(BIN)/python -m bot.maintainers.learn

bench: $(VENV)/.installed-run
	$(BIN)/lumbar-bot bench

eval: $(VENV)/.installed-run
	$(BIN)/lumbar-bot eval ../shared/eval/dev.tsv

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
