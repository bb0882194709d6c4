"""A designation's label is what the group is called by the designation, never a group of its own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("label", ["a Foreign Terrorist Organization", "a Specially Designated Global Terrorist",
                                   "a Transnational Criminal Organization"])
def test_a_capitalised_label_is_no_group(extractor: Any, label: str) -> None:
    text = f"The Department of State designated the Sinaloa Cartel {label} in February 2025."
    assert triples(extractor, text) == {("Sinaloa Cartel", "designated", "United States")}


def test_two_labels_in_one_sentence_give_the_group_both(extractor: Any) -> None:
    text = ("The Department of State designated the Sinaloa Cartel and the Gulf Cartel Foreign Terrorist "
            "Organizations and Specially Designated Global Terrorists in February 2025.")
    assert {s.subject for s in said(extractor, text)} == {"Sinaloa Cartel", "Gulf Cartel"}


def test_a_group_named_like_an_organisation_stays_a_group(extractor: Any) -> None:
    found = triples(extractor, "The Sierra Baja Organization fought the Tierra Roja Cartel for years.")
    assert {("Sierra Baja Organization", "rival_of", "Tierra Roja Cartel"),
            ("Tierra Roja Cartel", "rival_of", "Sierra Baja Organization")} & found

