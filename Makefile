# Two entry points for a fresh machine (Python 3.11 + package registries, no model hub):
#   make demo   install, index corpus/ (reused when unchanged), answer a sample question
#   make test   install with test tools, run the whole test suite
# TORCH pins the CPU build of PyTorch available here; on a GPU machine: make demo TORCH=torch
PYTHON ?= python3
VENV ?= .venv
TORCH ?= torch==2.13.0
BIN := $(VENV)/bin

.PHONY: install demo test app

$(BIN)/cchc: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet "$(TORCH)" -e ".[test]"
	touch $@

install: $(BIN)/cchc

demo: install
	$(BIN)/cchc index
	$(BIN)/cchc ask "Phường nào nhân rộng mô hình Ngày Chủ nhật thân thiện?"

app: install
	$(BIN)/cchc app

test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q
