"""Readings the lead fixed in session 20, after heldout34 was measured. Sentences written for this test, with
invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def designated(extractor: Any, text: str) -> set[tuple[str, str]]:
    return {(s.subject, s.polarity) for s in said(extractor, text) if s.predicate == "designated"}


def test_naming_a_group_with_no_label_lists_nothing(extractor: Any) -> None:
    """'would not name either group': the object is what is (not) named, not a label it is named as."""
    text = "Neighbours blamed Los Tordos and the Sierra Cartel for the fire. Others would not name either group."
    assert designated(extractor, text) == set()


@pytest.mark.parametrize("text", [
    "In 2021 the State Department designated Los Tordos a foreign terrorist organization.",
    "Los Tordos was designated a foreign terrorist organization in 2021.",
    "The Treasury named Los Tordos a Specially Designated Global Terrorist.",
])
def test_a_label_beside_the_named_group_still_lists_it(extractor: Any, text: str) -> None:
    assert ("Los Tordos", "positive") in designated(extractor, text)


def kin(extractor: Any, text: str) -> set[tuple[str, str, str]]:
    return {(s.subject, s.predicate, s.object) for s in said(extractor, text) if s.predicate == "child_of"}


def test_a_kin_noun_with_its_own_name_in_a_list_is_a_new_item(extractor: Any) -> None:
    """'A, 60, his son B, 25, and C': 'his son' says who B is, not that A is the son of someone named before."""
    text = ("The prosecutor, Raúl Mendoza Gil, spoke on Tuesday. The missing men are Tomás Ferri, 60, his son "
            "Luca Ferri, 25, and Dario Pace, 29.")
    found = kin(extractor, text)
    assert ("Tomás Ferri", "child_of", "Raúl Mendoza Gil") not in found
    assert ("Luca Ferri", "child_of", "Tomás Ferri") in found
    assert ("Tomás Ferri", "child_of", "Raúl Mendoza Gil") in kin(
        extractor, "Police arrested Tomás Ferri, the son of Raúl Mendoza Gil, on Monday.")
