"""Membership and trafficking read from wordings the rules missed (session 16): the one an accusation is about
does the deed it names ('accusing him of moving fentanyl for G', 'X, suspected of working for G'), and 'the boy'
stands for the person the text set that noun in apposition with ('The boy, X, ...'). Sentences written for this
test, with invented people and gangs."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def members(extractor: Any, text: str, polarity: str = "positive") -> set[tuple[str, str]]:
    """(person, group) of every member_of claim of that polarity."""
    return {(s.subject, s.object) for s in said(extractor, text)
            if s.predicate == "member_of" and s.polarity == polarity}


# --- the one accused does the deed ----------------------------------------------------------------------

ACCUSED = [
    "Police arrested Rosendo Pállares Uribe, accused of working for Los Garzones.",
    "Rosendo Pállares Uribe, suspected of laundering money for Los Garzones, was detained on Monday.",
    "Prosecutors charged Rosendo Pállares Uribe with moving fentanyl for Los Garzones.",
    "An indictment was unsealed against Rosendo Pállares Uribe, accusing him of moving fentanyl for Los Garzones.",
    "The prosecutor's office accuses Rosendo Pállares Uribe of collecting extortion payments for Los Garzones.",
]


@pytest.mark.parametrize("text", ACCUSED)
def test_the_one_accused_of_a_service_serves_the_group(extractor: Any, text: str) -> None:
    assert ("Rosendo Pállares Uribe", "Los Garzones") in members(extractor, text)


def test_the_accuser_is_not_the_member(extractor: Any) -> None:
    text = "Detective Ismael Coria Bustos accused the mayor of moving fentanyl for Los Garzones."
    assert ("Ismael Coria Bustos", "Los Garzones") not in members(extractor, text)
