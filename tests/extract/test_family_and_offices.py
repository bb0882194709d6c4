"""Family ties (rules/kinship.py, anaphora.main_person) and officials (rules/offices.py). Sentences
written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model

Found = set[tuple[str, str, str]]


def ties(extractor: Any, text: str, *predicates: str) -> Found:
    return {(s.subject, s.predicate, s.object) for s in said(extractor, text) if s.predicate in predicates}


def claim(extractor: Any, text: str, predicate: str) -> Any:
    result = extractor(Document.make(text, "test.txt"))
    return next(c for c in result.claims if c.predicate == predicate)


RELEASE = ("Smuggler Sentenced to 20 Years\n\nOffice of Public Affairs\n\nA Texas man who ran a cocaine route "
           "for the Tejones Cartel was sentenced today. Marco Antonio Rendón Vidal, 41, was convicted in May. "
           "Rendón Vidal was arrested in Laredo in 2022. Witnesses said Rendón Vidal paid the drivers.\n\n"
           "\"This sentence ends a long career,\" said prosecutor Ellen Marsh.\n\n"
           "In a separate case, the defendant's brother, Julio César Rendón Vidal, pleaded guilty in 2023. "
           "Their father, Aurelio Rendón Ochoa, died in 2019.")


def test_the_defendant_is_the_person_a_release_is_about(extractor: Any) -> None:
    found = ties(extractor, RELEASE, "sibling_of", "child_of")
    assert ("Julio César Rendón Vidal", "sibling_of", "Marco Antonio Rendón Vidal") in found
    assert ("Marco Antonio Rendón Vidal", "child_of", "Aurelio Rendón Ochoa") in found  # 'Their father'
    assert ("Julio César Rendón Vidal", "child_of", "Aurelio Rendón Ochoa") in found


def test_the_defendant_with_no_one_standing_out_is_nobody(extractor: Any) -> None:
    text = ("Ana Beltrán Cruz and Rosa Medina Gil were charged in March. Ana Beltrán Cruz paid the couriers; "
            "Rosa Medina Gil kept the books.\n\nThe market opened late. Prices rose. Sales fell.\n\n"
            "The defendant's sister, Lucía Ramos Vera, testified on Monday.")
    assert ties(extractor, text, "sibling_of") == set()


def test_his_brother_is_the_namesake_in_the_sentence_before(extractor: Any) -> None:
    text = ("The longest terms went to Ettore Lanza and to Bruno Carrà, whom the court called the head of "
            "the clan. His brother Sergio Carrà, who had been on the run, was caught in Turin in May.")
    assert ties(extractor, text, "sibling_of") == {("Sergio Carrà", "sibling_of", "Bruno Carrà")}


def test_a_relative_of_a_relative_is_a_relative(extractor: Any) -> None:
    found = ties(extractor, "Police detained Tomás Ferrer Gil, the brother of Ricardo Solís Herrera's mother.",
                 "sibling_of", "relative_of")
    assert found == {("Tomás Ferrer Gil", "relative_of", "Ricardo Solís Herrera")}  # his uncle, not his brother
    found = ties(extractor, "Tomás Ferrer Gil is the son of Ricardo Solís Herrera's uncle.", "child_of", "relative_of")
    assert found == {("Tomás Ferrer Gil", "relative_of", "Ricardo Solís Herrera")}


def test_whose_brother_with_no_name_ties_no_one(extractor: Any) -> None:
    found = ties(extractor, "Police detained Tomás Ferrer Gil, whose brother leads Los Cuervos.",
                 "sibling_of", "relative_of", "leader_of")
    assert found == set()


def test_kin_after_a_nickname_and_a_role(extractor: Any) -> None:
    text = ("The cartel was led at the time by Hugo Lira Paz, known as \"El Tordo\", a brother of the "
            "cartel's late founder, Félix Lira Paz.")
    assert ties(extractor, text, "sibling_of") == {("Hugo Lira Paz", "sibling_of", "Félix Lira Paz")}
    text = "Police arrested Hugo Lira Paz, a brother of the cartel's late founder, Félix Lira Paz."
    assert ties(extractor, text, "sibling_of") == {("Hugo Lira Paz", "sibling_of", "Félix Lira Paz")}
    text = "Police arrested Hugo Lira Paz, known as a cousin of Félix Lira Paz."
    assert ties(extractor, text, "relative_of", "sibling_of") == set()  # a description, no nickname


def test_a_half_brother_of_the_two(extractor: Any) -> None:
    text = ("Defendants\n\nIsaac Mora Luna. Charged as a leader of the network.\n\n"
            "Elías Mora Luna. Isaac's brother. Charged as a leader of the network.\n\n"
            "Rafael Mora Ibarra. A half-brother of the two. Arrested in June.")
    found = ties(extractor, text, "sibling_of")
    assert {("Rafael Mora Ibarra", "sibling_of", "Isaac Mora Luna"),
            ("Rafael Mora Ibarra", "sibling_of", "Elías Mora Luna")} <= found


def test_an_asserted_tie_takes_its_source(extractor: Any) -> None:
    text = "According to the indictment, Omar Pineda Rojas is the son of Gilberto Pineda Salas."
    found = claim(extractor, text, "child_of")
    assert found.attributed_to[-1] == "indictment"
    text = "Omar Pineda Rojas is believed to be the son of Gilberto Pineda Salas."
    assert claim(extractor, text, "child_of").certainty.value == "probable"


def test_a_president_of_the_country_the_text_opens_with(extractor: Any) -> None:
    text = ("Peru moves prison bosses\n\nLIMA, May 2, 2025 - Peruvian police moved six gang leaders "
            "to a new prison on Friday.\n\nPresident Ramiro Lagos praised the operation.")
    assert ties(extractor, text, "official_of") == {("Ramiro Lagos", "official_of", "Peru")}


def test_a_president_with_no_country_in_sight_is_no_one_s(extractor: Any) -> None:
    text = ("Prison bosses moved\n\nSix gang leaders were moved on Friday.\n\n"
            "President Ramiro Lagos praised the operation.")
    assert ties(extractor, text, "official_of") == set()
    text = ("Peru and Chile sign a pact\n\nPeruvian and Chilean police will share files.\n\n"
            "President Ramiro Lagos praised the pact.")
    assert ties(extractor, text, "official_of") == set()  # two countries in the opening: which?


def test_a_minister_of_the_ministry_the_text_names(extractor: Any) -> None:
    text = ("Peru moves prison bosses\n\nPeruvian police moved six gang leaders on Friday. The Justice "
            "Ministry said the move was planned. Justice Minister Alba Quiroga will speak later.")
    assert ties(extractor, text, "official_of") == {("Alba Quiroga", "official_of", "Justice Ministry")}
    text = ("Peru moves prison bosses\n\nPeruvian police moved six gang leaders on Friday.\n\n"
            "Justice Minister Alba Quiroga said the move was planned.")
    assert ties(extractor, text, "official_of") == {("Alba Quiroga", "official_of", "Peruvian Ministry of Justice")}


def test_titles_in_apposition_name_their_office(extractor: Any) -> None:
    text = ("Raúl Ibarra Soto, spokesman for the Sonora security cabinet office, said the roads were open. "
            "The raid was ordered by Carla Benetti, then chief prosecutor of Salerno, who has long argued that "
            "Los Cuervos run the port. "
            "The arrest was confirmed by Iván Roldán, the head of the federal police intelligence unit.")
    found = ties(extractor, text, "official_of")
    assert ("Raúl Ibarra Soto", "official_of", "Sonora security cabinet office") in found
    assert ("Carla Benetti", "official_of", "Salerno prosecutor's office") in found
    assert ("Iván Roldán", "official_of", "federal police intelligence unit") in found


def test_a_title_in_a_group_or_without_an_office_is_no_office(extractor: Any) -> None:
    text = ("Raúl Ibarra Soto, the head of security for Los Cuervos, was arrested. "
            "Marta Gil, a spokeswoman for the family, declined to comment. "
            "Iván Roldán, the head of the unit, said little.")
    assert ties(extractor, text, "official_of") == set()


def test_a_counted_son_or_brother_joins_those_named_before(extractor: Any) -> None:
    text = ("The network was set up by Owen Darcy Sr. Police say his son Liam Darcy took over in 2019.\n\n"
            "In 2023 the Treasury sanctioned Owen Darcy Sr, Liam Darcy and a second son, Patrick Darcy.")
    found = ties(extractor, text, "child_of", "sibling_of")
    assert {("Patrick Darcy", "child_of", "Owen Darcy Sr"), ("Patrick Darcy", "sibling_of", "Liam Darcy")} <= found
    text = ("The gang was led by two brothers, Andrés Felipe Soto Mena and Pablo Soto Mena. In March, "
            "Rita Soto Mena was seen in Quito. A third Soto Mena brother, Mario, was arrested in 2021.")
    found = {t for t in ties(extractor, text, "sibling_of") if t[0] == "Mario"}
    assert found == {("Mario", "sibling_of", "Andrés Felipe Soto Mena"), ("Mario", "sibling_of", "Pablo Soto Mena")}


def test_a_counted_son_with_no_family_named_before_is_no_one_s(extractor: Any) -> None:
    text = "Police arrested Owen Darcy in Cork. A second son, Patrick Darcy, was questioned."
    assert ties(extractor, text, "child_of", "sibling_of") == set()


def test_a_country_modifying_another_noun_is_not_the_office_s(extractor: Any) -> None:
    text = ("Port gangs under pressure\n\nCOLÓN, Panama, May 2, 2025 - Police raided three warehouses.\n\n"
            "The raids went on all week.\n\nPresident Laura Ibáñez Soto rejected any US strike on the port.")
    assert ties(extractor, text, "official_of") == {("Laura Ibáñez Soto", "official_of", "Panama")}
    text = "President Laura Ibáñez Soto of Panama rejected any US strike on the port."
    assert ("Laura Ibáñez Soto", "official_of", "Panama") in ties(extractor, text, "official_of")


@pytest.mark.parametrize("text", [
    'Those detained were Jesús "N", alias "El Chato"; his brother Óscar "N", alias "El Ruso"; Brenda "N"; '
    'and Marcos "N".',
    'Those detained were Jesús "N", alias "El Chato"; his brother, Óscar "N"; Brenda "N"; and Marcos "N".',
])
def test_a_singular_kin_noun_names_only_the_first_of_the_names_listed_after_it(extractor: Any, text: str) -> None:
    assert ties(extractor, text, "sibling_of") == {('Óscar "N"', "sibling_of", 'Jesús "N"')}


def test_a_plural_kin_noun_names_every_name_after_it(extractor: Any) -> None:
    text = "Pedro Ruiz Soto was detained with his brothers Mario Ruiz Soto and Juan Ruiz Soto."
    found = ties(extractor, text, "sibling_of")
    assert {("Mario Ruiz Soto", "sibling_of", "Pedro Ruiz Soto"), ("Juan Ruiz Soto", "sibling_of", "Pedro Ruiz Soto")} \
        <= found | {(o, p, s) for s, p, o in found}
