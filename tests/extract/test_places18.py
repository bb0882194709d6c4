"""What a group trafficks, read from a drug it receives or buys ('G received cocaine', 'the largest buyer of
cocaine'). Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


# --- a drug a group receives or buys ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("The defendant admitted that Los Pardos received methamphetamine from laboratories run by other factions and "
     "moved it north.",
     ("Los Pardos", "traffics", "methamphetamine")),
    ("Prosecutors say the Red Crane gang received two tonnes of cocaine in 2019.",
     ("Red Crane", "traffics", "cocaine")),
    ("By 1995 Los Pardos had become the largest buyer of Colombian cocaine in the region.",
     ("Los Pardos", "traffics", "cocaine")),
    ("Los Pardos are the main importers of heroin into the port.",
     ("Los Pardos", "traffics", "heroin")),
])
def test_a_drug_a_group_receives_or_buys_is_one_it_traffics(extractor: Any, text: str,
                                                            fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


def test_a_warning_received_is_no_trade(extractor: Any) -> None:
    found = triples(extractor, "Los Pardos received a warning from the army about cocaine seizures.")
    assert ("Los Pardos", "traffics", "cocaine") not in found
