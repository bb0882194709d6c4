"""A reproach is no charge: 'gunmen left a note accusing the mayor of ...' (the participle's accuser is the
note, or the gunmen when the parser reads it as an adverbial) gives no charged claim, while 'prosecutors
filed a complaint accusing X of ...' and 'the indictment, accusing X of ...' still do. Sentences written for
these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def charged(extractor: Any, text: str) -> set[str]:
    return {s.subject for s in said(extractor, text) if s.predicate == "charged"}


@pytest.mark.parametrize("text", [
    "Gunmen left a note accusing Mayor Aurelio Manzo of being in league with traffickers.",
    "A banner hung from a bridge, accusing Aurelio Manzo of protecting the Tejones Cartel.",
])
def test_a_note_accusing_someone_is_no_charge(extractor: Any, text: str) -> None:
    assert "Aurelio Manzo" not in charged(extractor, text)


@pytest.mark.parametrize("text", [
    "Prosecutors filed a complaint accusing Aurelio Manzo of drug trafficking.",
    "The indictment, accusing Aurelio Manzo of drug trafficking, was unsealed on Monday.",
])
def test_a_filing_accusing_someone_is_a_charge(extractor: Any, text: str) -> None:
    assert "Aurelio Manzo" in charged(extractor, text)


def test_a_note_threatening_one_and_accusing_another_is_no_charge(extractor: Any) -> None:
    text = ("Gunmen fired at a shop and left a note threatening its owner and accusing Mayor Aurelio Manzo of "
            "being in league with traffickers.")
    assert "Aurelio Manzo" not in charged(extractor, text)
