"""'The President of the CNDH, X' heads that body, not the state: no official_of the country from a state
office that is 'of' an agency, organisation or group; 'The President of Mexico, X' still is the country's.
Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def offices(extractor: Any, text: str) -> set[tuple[str, str]]:
    return {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "official_of"}


@pytest.mark.parametrize("text", [
    "The President of the CNDH, Marta Solís, presented the recommendation on Thursday.",
    "The president of the National Human Rights Commission, Marta Solís, spoke in Mexico City.",
])
def test_the_president_of_a_body_is_no_official_of_the_state(extractor: Any, text: str) -> None:
    assert ("Marta Solís", "Mexico") not in offices(extractor, text)


@pytest.mark.parametrize("text", [
    "The President of Mexico, Marta Solís, spoke on Thursday.",
    "President Marta Solís of Mexico spoke on Thursday.",
])
def test_the_president_of_a_country_is_its_official(extractor: Any, text: str) -> None:
    assert ("Marta Solís", "Mexico") in offices(extractor, text)


def test_the_head_of_a_named_agency_is_its_official(extractor: Any) -> None:
    text = "The president of the National Human Rights Commission, Marta Solís, spoke in Mexico City."
    assert ("Marta Solís", "National Human Rights Commission") in offices(extractor, text)
