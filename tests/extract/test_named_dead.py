"""The dead named after a copula ('The women killed were X, Y and Z', 'The dead were X', 'Those killed included
X'), and a killing blamed on a group in the passive ('the killings were blamed at the time on gunmen from G'):
G killed the victim just told, as an accusation (probable) when no one is said to make it. Sentences written
for this test, with invented people."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def killed(extractor: Any, text: str) -> set[tuple[str, str, str]]:
    return {(s.subject, s.object, s.certainty) for s in said(extractor, text)
            if s.predicate == "killed" and s.polarity == "positive"}


@pytest.mark.parametrize("text", [
    "The women killed were Ana Ruiz Pardo, Marta Vela Ruiz and Laura Gómez Soto.",
    "The dead were Ana Ruiz Pardo, Marta Vela Ruiz and Laura Gómez Soto.",
    "Those killed included Ana Ruiz Pardo, Marta Vela Ruiz and Laura Gómez Soto.",
])
def test_the_people_a_copula_names_as_the_dead_were_killed(extractor: Any, text: str) -> None:
    assert {s for s, _, _ in killed(extractor, text)} == {"Ana Ruiz Pardo", "Marta Vela Ruiz", "Laura Gómez Soto"}


@pytest.mark.parametrize("text", [
    "The men killed by soldiers were members of a local gang.",
    "The people killed were not named.",
    "The victims were Ana Ruiz Pardo and Laura Gómez Soto, who were robbed on the highway.",
])
def test_no_one_is_dead_by_these_words_alone(extractor: Any, text: str) -> None:
    assert not killed(extractor, text)


@pytest.mark.parametrize("text", [
    "In 2009, Tomás Vera Lugo was abducted and murdered; the killings were blamed at the time on gunmen from "
    "the Gulf Cartel.",
    "Tomás Vera Lugo was murdered in 2009. The killing was blamed on the Gulf Cartel.",
])
def test_a_killing_blamed_on_a_group_is_a_probable_killing_by_it(extractor: Any, text: str) -> None:
    assert ("Tomás Vera Lugo", "Gulf Cartel", "probable") in killed(extractor, text)
