"""A relative pronoun stands for the noun its clause describes, for every rule that reads an end:
'the Tierra Roja Cartel, with which it fought a war', 'against whom', 'whose'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


def rivals(found: set[tuple[str, str, str]], one: str, other: str) -> bool:
    return (one, "rival_of", other) in found or (other, "rival_of", one) in found


def test_which_after_a_preposition_is_the_group_described(extractor: Any) -> None:
    text = "Los Halcones Negros lost the port to the Tierra Roja Cartel, with which they fought a long war."
    assert rivals(triples(extractor, text), "Los Halcones Negros", "Tierra Roja Cartel")


def test_whom_after_a_preposition_is_the_group_described(extractor: Any) -> None:
    text = "The Tierra Roja Cartel, against whom Los Halcones Negros fought for years, split in 2010."
    assert rivals(triples(extractor, text), "Los Halcones Negros", "Tierra Roja Cartel")


def test_which_opening_a_question_stands_for_nothing(extractor: Any) -> None:
    assert triples(extractor, "Which cartel fought Los Halcones Negros?") == set()


def test_whose_role_is_a_name_gives_the_role(extractor: Any) -> None:
    found = triples(extractor, "Los Halcones Negros, whose leader is Mario Mora Soto, fought the Tierra Roja Cartel.")
    assert ("Mario Mora Soto", "leader_of", "Los Halcones Negros") in found
    unknown = triples(extractor, "Los Halcones Negros, whose leader is unknown, fought the Tierra Roja Cartel.")
    assert not any(p == "leader_of" for _, p, _ in unknown)
