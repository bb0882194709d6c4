"""Officials of a state's or a city's government (rules/local_offices.py): the office is named after the
place on the title, never guessed. Sentences written for this test, with invented officials."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def offices(extractor: Any, text: str) -> set[tuple[str, str, str | None]]:
    return {(s.subject, s.object, s.title) for s in said(extractor, text) if s.predicate == "official_of"}


@pytest.mark.parametrize(("text", "office"), [
    ("The governor of Veracruz, Rosa Elena Prieto, said the attack was planned.", "Veracruz state government"),
    ("Governor Rosa Elena Prieto of Veracruz said the attack was planned.", "Veracruz state government"),
    ("Veracruz's governor, Rosa Elena Prieto, said the attack was planned.", "Veracruz state government"),
    ("Tijuana's mayor, Rosa Elena Prieto, appealed to the gangs.", "Tijuana city government"),
    ("Mayor Rosa Elena Prieto of Chilpancingo was shot dead on Sunday.", "Chilpancingo city government"),
    ("Nayarit's attorney general, Rosa Elena Prieto, was arrested in San Diego.",
     "Nayarit attorney general's office"),
])
def test_a_local_title_with_its_place_names_the_office(extractor: Any, text: str, office: str) -> None:
    assert {(p, o) for p, o, _ in offices(extractor, text)} == {("Rosa Elena Prieto", office)}


@pytest.mark.parametrize("text", [
    "Governor Rosa Elena Prieto said the attack was planned.",
    "The mayor said Rosa Elena Prieto had fled to Veracruz.",
])
def test_a_title_with_no_place_names_no_office(extractor: Any, text: str) -> None:
    assert not offices(extractor, text)


def test_a_national_title_keeps_its_national_agency(extractor: Any) -> None:
    text = "Attorney General Ramón Ibarra Soto announced the charges in Washington."
    assert offices(extractor, text) == {
        ("Ramón Ibarra Soto", "United States Department of Justice", "Attorney General")}
