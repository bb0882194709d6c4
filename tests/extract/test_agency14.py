"""Government bodies and their officials: a body named by its official's title or by its own shape, and
the official_of a title gives. Each reading is checked both ways: the reading made, and a near case where
it must not be made. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model


def _offices(extractor: Any, text: str) -> set[tuple[str, str]]:
    return {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "official_of"}


def _office_names(extractor: Any, text: str) -> set[str]:
    """Every name (and alias) of the bodies the text's officials are officials of."""
    result = extractor(Document.make(text, "test.txt"))
    bodies = {c.object_id for c in result.claims if c.predicate == "official_of"}
    return {n for e in result.entities if e.id in bodies for n in [e.name, *(a.name for a in e.aliases)]}


# --- a state's office is also called by the title's 'state' ----------------------------------------------
def test_state_attorney_general_names_the_state_office(extractor: Any) -> None:
    text = "The Veracruz state attorney general, Rodrigo Peñaloza Ibarra, said the victims were armed."
    assert "Veracruz state attorney general's office" in _office_names(extractor, text)


def test_attorney_general_without_state_keeps_the_plain_name(extractor: Any) -> None:
    text = "The Veracruz attorney general, Rodrigo Peñaloza Ibarra, said the victims were armed."
    names = _office_names(extractor, text)
    assert "Veracruz attorney general's office" in names
    assert "Veracruz state attorney general's office" not in names
