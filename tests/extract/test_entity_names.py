"""Entity naming and linking inside one document: whole names, surnames, nicknames, group
aliases and acronyms. Each test is a sentence written for it and the entities it must give."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document

pytestmark = pytest.mark.model


def entities(extractor: Any, text: str) -> dict[str, tuple[str, set[str]]]:
    """Entity name -> (kind, aliases)."""
    result = extractor(Document.make(text, "test.txt"))
    return {e.name: (e.kind, {a.name for a in e.aliases}) for e in result.entities}


def people(found: dict[str, tuple[str, set[str]]]) -> set[str]:
    return {name for name, (kind, _) in found.items() if kind == "person"}


def test_a_rare_first_given_name_stays_in_the_name(extractor: Any) -> None:
    found = entities(extractor, "A federal judge on Tuesday sentenced Yeiner Antonio Cuesta Mena, the former leader "
                                "of the gang, to 30 years.")
    assert "Yeiner Antonio Cuesta Mena" in people(found)


def test_a_particle_inside_the_name_stays_in_the_name(extractor: Any) -> None:
    for name in ("Yeiner de Jesús Cuesta Mena", "Yobanis de Jesús Ávila Rentería"):
        found = entities(extractor, f"The gang, the largest in the region, is now led by {name}, alias \"Pecoso\", "
                                    "according to the police.")
        assert name in people(found)
        assert "Pecoso" in found[name][1]


def test_a_title_before_the_name_stays_out(extractor: Any) -> None:
    found = entities(extractor, "Attorney General Rosendo Quiroga Leal announced the charges on Monday.")
    assert "Rosendo Quiroga Leal" in people(found)
    assert not any(name.startswith(("Attorney", "General")) for name in people(found))


def test_the_paternal_surname_alone_links_to_the_full_name(extractor: Any) -> None:
    found = entities(extractor, "A court in Quito convicted Wilmer Andrés Cedeño Palma on Friday.\n\n"
                                "Cedeño, better known as \"Manotas\", ran the port for a decade.")
    kind, aliases = found["Wilmer Andrés Cedeño Palma"]
    assert {"Cedeño", "Manotas"} <= aliases
    assert "Cedeño" not in found and "Manotas" not in found


def test_a_shared_surname_links_to_no_one(extractor: Any) -> None:
    found = entities(extractor, "Police arrested Ramiro Ochoa Lugo and Fermín Ochoa Téllez in March. "
                                "Ochoa later escaped.")
    assert "Ramiro Ochoa Lugo" in found and "Fermín Ochoa Téllez" in found
    assert "Ochoa" not in found["Ramiro Ochoa Lugo"][1] | found["Fermín Ochoa Téllez"][1]


def test_a_surname_is_not_the_next_persons_first_name(extractor: Any) -> None:
    found = entities(extractor, "Teodulo Baca Rentería founded the gang. In 2012 Baca and Simón Orozco Vela "
                                "split from it.")
    assert "Baca Orozco Vela" not in found
    assert "Baca" in found["Teodulo Baca Rentería"][1]


def test_a_nickname_after_alias_without_an_article(extractor: Any) -> None:
    found = entities(extractor, "The port is controlled by Norberto Salas Vidal, alias \"Tío Rojo\", police said.")
    assert "Tío Rojo" in found["Norberto Salas Vidal"][1]


def test_an_acronym_in_parentheses_names_the_group_everywhere(extractor: Any) -> None:
    found = entities(extractor, "The Popular Revolutionary Front (FRP), a small guerrilla group, attacked a "
                                "police post. The FRP denied it later.")
    kind, aliases = found["Popular Revolutionary Front"]
    assert kind == "criminal_group" and "FRP" in aliases
    assert "FRP" not in found


def test_a_group_that_calls_itself_something_else(extractor: Any) -> None:
    found = entities(extractor, "Prosecutors said the Cártel de Río Frío, which calls itself the Northern "
                                "Liberation Command, moved cocaine through the port.")
    kind, aliases = found["Cártel de Río Frío"]
    assert "Northern Liberation Command" in aliases


def test_a_group_named_before_another_is_not_its_alias(extractor: Any) -> None:
    found = entities(extractor, "The Sinaloa Cartel fought a gang called Los Pericos in the hills.")
    assert "Los Pericos" not in found["Sinaloa Cartel"][1]


def test_a_name_after_the_town_of_is_a_place(extractor: Any) -> None:
    found = entities(extractor, "Soldiers found the camp near the town of Xochiquetzal, officials said.")
    assert found.get("Xochiquetzal", ("",))[0] == "place"


def test_a_nickname_the_model_takes_for_an_organisation_is_the_person(extractor: Any) -> None:
    found = entities(extractor, "A court convicted Wilmer Andrés Cedeño Palma, better known as \"Manotas\". "
                                "Marines had captured Manotas in 2021.")
    assert found["Wilmer Andrés Cedeño Palma"][0] == "person"
    assert "Manotas" not in found


def test_a_group_calling_itself_a_spanish_name_keeps_it_whole(extractor: Any) -> None:
    found = entities(extractor, "Los Potros del Sur have joined a group calling itself the Cártel de los Dos Mares.")
    assert found["Cártel de los Dos Mares"][0] == "criminal_group"
    assert "Cártel de los Dos Mares" not in found["Los Potros del Sur"][1]


def test_the_office_in_a_title_stays_out_of_the_name(extractor: Any) -> None:
    found = entities(extractor, "The order was signed by Secretary of State Harold Venn on Monday.")
    assert "Harold Venn" in people(found)


def test_a_nickname_given_right_after_a_name_is_that_persons_not_the_kbs(extractor: Any) -> None:
    found = entities(extractor, "Police arrested Ramón Tello Quiroz, \"El Ingeniero\", in Mexicali on Monday.")
    assert "El Ingeniero" in found["Ramón Tello Quiroz"][1]
    assert "Héctor Beltrán Leyva" not in found


def test_several_nicknames_after_known_as_are_all_the_persons(extractor: Any) -> None:
    found = entities(extractor, "Police arrested Ramiro Ochoa Lugo, who was known as \"El Tordo\" and \"El Flaco\", "
                                "in March.")
    assert {"El Tordo", "El Flaco"} <= found["Ramiro Ochoa Lugo"][1]
    assert "El Flaco" not in found


def test_a_nickname_after_goes_by(extractor: Any) -> None:
    found = entities(extractor, "The cell is run by Ramiro Ochoa Lugo, who goes by \"El Zurdo\", police said.")
    assert "El Zurdo" in found["Ramiro Ochoa Lugo"][1]


def test_two_full_names_in_a_list_never_overlap_as_entities(extractor) -> None:
    """Two repair steps once added 'Ciro Marcelo' and 'Ciro Marcelo Palacios Varela' over the same
    words, and spaCy refused the overlapping entities: the whole document failed."""
    doc = extractor.nlp("Two of El Gato's sons, Ciro Marcelo Palacios Varela and Jesús Darío Palacios Varela, "
              "are his children with his first wife, Alejandrina María Varela Hernández.")
    people = [e.text for e in doc.ents if e.label_ == "person"]
    assert "Ciro Marcelo Palacios Varela" in people
    assert "Jesús Darío Palacios Varela" in people


def test_two_given_names_before_and_share_the_surnames_after_it(extractor: Any) -> None:
    found = entities(extractor, "Police detained the brothers José Luis and Ramón Quintero Arvizu in Hermosillo.")
    assert {"José Luis Quintero Arvizu", "Ramón Quintero Arvizu"} <= people(found)


def test_a_person_with_their_own_surname_before_and_keeps_it(extractor: Any) -> None:
    found = entities(extractor, "The court sent Pedro Guzmán and Ismael Ruiz Arvizu to a federal prison.")
    assert {"Pedro Guzmán", "Ismael Ruiz Arvizu"} <= people(found)
    assert "Pedro Guzmán Ruiz Arvizu" not in people(found)


def test_a_name_the_model_cut_into_places_is_one_person(extractor: Any) -> None:
    for text, name in (("The man who pulled the gangs together was Orlando Sierra Montoya.", "Orlando Sierra Montoya"),
                       ("The network answered to Orlando Vélez Montoya until 2004.", "Orlando Vélez Montoya")):
        assert name in people(entities(extractor, text))
    found = entities(extractor, "The shipment flew from Orlando to Bogotá.")
    assert found.get("Orlando", ("",))[0] == "place"


def test_a_family_that_moves_drugs_is_a_trafficking_clan(extractor: Any) -> None:
    found = entities(extractor, "Prosecutors say the Mejicanos family smuggled cocaine for the Gulf Cartel across "
                                "the border. The Mejicanos deny it.")
    assert found["Mejicanos family"][0] == "criminal_group"
    found = entities(extractor, "The Mejicanos family buried their son on Sunday, two days after the Gulf Cartel "
                                "attack.")
    assert "Mejicanos family" not in found


def test_the_organisation_of_a_named_person_is_a_group_named_after_them(extractor: Any) -> None:
    found = entities(extractor, "Their partner in the port was the organisation of Hugo Lemus Arriaga, which ran "
                                "boats for the Gulf Cartel.")
    assert found["organisation of Hugo Lemus Arriaga"][0] == "criminal_group"
    found = entities(extractor, "Hugo Lemus Arriaga's organization bought cocaine from the Gulf Cartel.")
    assert found["organization of Hugo Lemus Arriaga"][0] == "criminal_group"
    assert "Arriaga organization" in found["organization of Hugo Lemus Arriaga"][1]
    found = entities(extractor, "The organisation was founded in 1990, the Gulf Cartel said.")
    assert not any(name.startswith("organisation") for name in found)


def test_a_nickname_with_the_comma_inside_the_quotes_is_the_persons(extractor: Any) -> None:
    found = entities(extractor, 'Rubén Lemus Arriaga, known as "Chacal," ran the crossing. Chacal was arrested '
                                "in 2012.")
    assert "Chacal" in found["Rubén Lemus Arriaga"][1]
    assert "Chacal" not in found


@pytest.mark.parametrize("text", [
    'The gang first appeared in the port through a cell that called itself the "Matamugres" in 2011.',
    "The gang first appeared in the port through a cell that called itself the Matamugres in 2011.",
])
def test_a_name_a_group_gives_itself_in_quotation_marks_is_a_group(extractor: Any, text: str) -> None:
    assert entities(extractor, text).get("Matamugres", ("", set()))[0] == "criminal_group"
