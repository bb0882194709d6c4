"""Which person 'he', 'him' or 'his' stands for when the sentences before name several (rules/salience.py):
the person the text keeps talking about, not the subject of a sentence further back, a speaker, or a
name in the pronoun's own subject. Paragraphs written for this test, with invented people and gangs."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said, triples

pytestmark = pytest.mark.model


def ends(extractor: Any, text: str, predicate: str) -> set[tuple[str, str]]:
    """(subject, object) of every positive claim of ``predicate``."""
    return {(s.subject, s.object) for s in said(extractor, text)
            if s.predicate == predicate and s.polarity == "positive"}


def test_a_person_named_again_and_again_outweighs_a_subject_further_back(extractor: Any) -> None:
    text = ("Prosecutors say the gang's leader, Pablo Ruiz Soto, shares command with Tomás Vega Lara, though "
            "analysts believe Vega Lara has overtaken him. The government has offered a reward for "
            "Tomás Vega Lara's arrest. He was charged in Texas in 2011.")
    charged = {s for s, _ in ends(extractor, text, "charged")}
    assert charged == {"Tomás Vega Lara"}


def test_the_speaker_of_a_quote_is_not_the_man_he_talks_about(extractor: Any) -> None:
    text = ("Marines detained Raúl Castaño Mejía in Puebla on Friday, according to the security spokesman "
            "Ernesto Ríos.\n\nRíos told reporters that Raúl Castaño Mejía ran the gang's routes across the south. "
            '"This is a man who moved cocaine for the whole region," he said.\n\n'
            "The State Department had offered a reward for information leading to his arrest. An indictment "
            "in Houston accuses him of smuggling cocaine.")
    charged = {s for s, _ in ends(extractor, text, "charged")}
    assert charged == {"Raúl Castaño Mejía"}


def test_a_passive_doer_in_the_same_sentence_is_the_pronoun(extractor: Any) -> None:
    text = ("Los Halcones Negros are a cell of the Gulf Cartel. The cell was created by Luis Ortega Vera as "
            "his personal escort; he was the cousin of the cartel's former leader, Ramón Ortega Vera.")
    assert ("Luis Ortega Vera", "Ramón Ortega Vera") in ends(extractor, text, "relative_of") \
        | {(b, a) for a, b in ends(extractor, text, "relative_of")}


def test_a_name_in_the_pronouns_own_subject_is_not_its_owner(extractor: Any) -> None:
    text = ("Pedro Gómez Luna, who had become the leader of Los Zetas, is captured by marines. "
            'His brother, Juan Gómez Luna, "Z-9", is believed to have taken his place.')
    assert ("Juan Gómez Luna", "Los Zetas") in ends(extractor, text, "leader_of")


@pytest.mark.parametrize("second", [
    "Juan Soto Paz, his top lieutenant, was arrested in May.",
    "Juan Soto Paz is his top lieutenant.",
    "Prosecutors describe Juan Soto Paz as one of his closest lieutenants.",
])
def test_his_in_a_description_of_a_name_is_someone_else(extractor: Any, second: str) -> None:
    found = triples(extractor, "Mario Vela Ruiz leads Los Pumas. " + second)
    assert ("Juan Soto Paz", "member_of", "Los Pumas") in found
