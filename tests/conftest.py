"""Shared fixtures: paths to the bundled corpus and the development corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
CORPUS_DEV = SHARED / "corpus-dev"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def corpus_dev_dir() -> Path:
    if not CORPUS_DEV.is_dir():
        pytest.skip(f"development corpus not found at {CORPUS_DEV} (../shared is absent)")
    return CORPUS_DEV
