"""Entities a text names only by description: a country's ministry named by its minister's title ("Bolivia's
interior minister").
Each reading is checked both ways: the reading made, and a near case where it must not be made. Names
are invented."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import triples

pytestmark = pytest.mark.model


def _aliases(extractor: Any, text: str) -> set[str]:
    """Every name and alias of the entities the extractor finds."""
    entities = extractor(Document.make(text, "test.txt")).entities
    return {n for e in entities for n in [e.name, *(a.name for a in e.aliases)]}


# --- a country's ministry named by its minister's title ----------------------------------------------------
@pytest.mark.parametrize("text, person, ministry", [
    ("Bolivia's interior minister, Eduardo del Castillo, said the raid failed.",
     "Eduardo del Castillo", "Bolivian Ministry of the Interior"),
    ("Sweden's justice minister, Gunnar Strömmer, told reporters the gang would be dismantled.",
     "Gunnar Strömmer", "Swedish Ministry of Justice"),
    ("The operation was approved by Paraguayan Interior Minister Enrique Riera last week.",
     "Enrique Riera", "Paraguayan Ministry of the Interior"),
    ('"We will not negotiate," said Ecuador\'s defence minister, Gian Carlo Loffredo.',
     "Gian Carlo Loffredo", "Ecuadorian Ministry of Defence"),
    ("COPENHAGEN - Denmark's High Court upheld the ban. Justice Minister Nick Hækkerup welcomed the ruling.",
     "Nick Hækkerup", "Danish Ministry of Justice"),
])
def test_minister_of_a_country_is_official_of_its_ministry(extractor: Any, text: str, person: str,
                                                            ministry: str) -> None:
    assert (person, "official_of", ministry) in triples(extractor, text)


def test_foreign_ministry_takes_its_usual_name(extractor: Any) -> None:
    said = triples(extractor, "Norway's foreign minister, Kari Holm, condemned the attack.")
    assert ("Kari Holm", "official_of", "Norwegian Ministry of Foreign Affairs") in said


@pytest.mark.parametrize("text", [
    "Veracruz's security secretary, Hugo Gutiérrez, said the patrol was attacked.",  # a state's office
    "The Deputy Minister, Laura Pinto, said nothing.",  # no portfolio
    "Interior Secretary Rosa Icela Rodríguez spoke in Mexico City.",  # the knowledge base's ministry
])
def test_no_ministry_is_made_up_for_other_titles(extractor: Any, text: str) -> None:
    assert not any("Ministry of" in o for _, p, o in triples(extractor, text) if p == "official_of")

