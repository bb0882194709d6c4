"""Readings fixed by the lead in session 19.

- 'G and its armed wing, X, attacked the town': a group and what it owns, acting together, are one side, not
  rivals of each other; 'A and B clashed' still makes rivals, and so does a group with its foes.

Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def _rivals(extractor: Any, text: str) -> set[frozenset[str]]:
    return {frozenset((s.subject, s.object)) for s in said(extractor, text) if s.predicate == "rival_of"}


@pytest.mark.parametrize("text", [
    "The Cártel del Noreste and its armed wing, the Tropa del Infierno, attacked the town of Villa Unión.",
    "Los Tejones and their enforcers, Los Halcones Negros, stormed the village of San Isidro on Sunday.",
    "The Sinaloa Cartel and its allies, Los Mazatlecos, ambushed a convoy near Culiacán.",
])
def test_a_group_and_what_it_owns_acting_together_are_no_rivals(extractor: Any, text: str) -> None:
    assert not _rivals(extractor, text)


@pytest.mark.parametrize(("text", "pair"), [
    ("Los Viagras and the Caballeros Templarios clashed in Apatzingán.", {"Los Viagras", "Knights Templar Cartel"}),
    ("The Gulf Cartel and its old allies, Los Zetas, fought in Reynosa.", {"Gulf Cartel", "Los Zetas"}),
])
def test_groups_that_clash_with_each_other_are_rivals(extractor: Any, text: str, pair: set[str]) -> None:
    assert frozenset(pair) in _rivals(extractor, text)
