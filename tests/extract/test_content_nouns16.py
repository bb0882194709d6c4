"""A relation noun held by a noun of content: 'no evidence of a pact between G and H' denies the pact,
'signs of an alliance' and 'reports of a truce' hedge it, 'evidence of an alliance' asserts it. The
same reading a 'that' clause after these nouns already had. Sentences written for these tests, invented
names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def moods(extractor: Any, text: str, predicate: str) -> set[tuple[str, str, str]]:
    return {(s.object, s.certainty, s.polarity) for s in said(extractor, text) if s.predicate == predicate}


@pytest.mark.parametrize("text", [
    'A state official said there was "no evidence of any pact" between the Tejones Cartel and Los Garza.',
    "The prosecutor's office has no evidence of an alliance between the Tejones Cartel and Los Garza.",
    "There is no proof of a deal between the Tejones Cartel and Los Garza, investigators said.",
])
def test_no_evidence_of_a_pact_denies_it(extractor: Any, text: str) -> None:
    assert {p for _, _, p in moods(extractor, text, "ally_of")} == {"negative"}


@pytest.mark.parametrize(("text", "predicate"), [
    ("There are signs of an alliance between the Tejones Cartel and Los Garza.", "ally_of"),
    ("Local papers carried reports of a truce between the Tejones Cartel and Los Garza.", "negotiated_with"),
])
def test_signs_and_reports_of_a_tie_hedge_it(extractor: Any, text: str, predicate: str) -> None:
    assert {(c, p) for _, c, p in moods(extractor, text, predicate)} == {("probable", "positive")}


def test_evidence_of_an_alliance_asserts_it(extractor: Any) -> None:
    text = "Police found evidence of an alliance between the Tejones Cartel and Los Garza."
    assert {(c, p) for _, c, p in moods(extractor, text, "ally_of")} == {("certain", "positive")}
