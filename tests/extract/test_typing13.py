"""Kinds of names the knowledge base does not know, read from the weight of their contexts and their shape:
towns a gang holds or a cell is named after, French place names joined by hyphens, a group's name less its
group word, units named after a man, people named beside a role or before a quoted short name. Sentences
written for this test; the names are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document

pytestmark = pytest.mark.model


def read(extractor: Any, text: str) -> tuple[dict[str, str], set[tuple[str, str, str | None]]]:
    result = extractor(Document.make(text, "test.txt"))
    names = {e.id: e.name for e in result.entities}
    kinds = {e.name: e.kind for e in result.entities}
    claims = {(names[c.subject_id], c.predicate, names.get(c.object_id or "")) for c in result.claims}
    return kinds, claims


# places a gang holds: 'the X gang controls P', 'which controls much of P', 'dominates P'

def test_a_town_a_gang_controls_is_a_place(extractor: Any) -> None:
    text = "The 300 Bakozo gang, which controls much of Morne-aux-Chênes east of the capital, kidnapped six people."
    kinds, claims = read(extractor, text)
    assert kinds.get("Morne-aux-Chênes") == "place"
    assert ("300 Bakozo", "operates_in", "Morne-aux-Chênes") in claims


def test_a_quarter_a_gang_dominates_is_a_place(extractor: Any) -> None:
    text = "Pierre Valmont said the 7 Lanmò gang controls Fort Zanmi and has done so since 2021."
    kinds, _ = read(extractor, text)
    assert kinds.get("Fort Zanmi") == "place"


def test_a_man_a_gang_kidnapped_stays_a_person(extractor: Any) -> None:
    text = "The 300 Bakozo gang kidnapped Jean Valmont Pierre in March. Jean Valmont Pierre was freed in May."
    kinds, _ = read(extractor, text)
    assert kinds.get("Jean Valmont Pierre") == "person"


# French place names by their shape

def test_a_hyphenated_name_with_a_lower_case_particle_is_a_place(extractor: Any) -> None:
    text = "Officers met residents of Belle-des-Ormeaux on Friday and said the road was open again."
    kinds, _ = read(extractor, text)
    assert kinds.get("Belle-des-Ormeaux") == "place"


def test_hyphenated_given_names_stay_a_persons(extractor: Any) -> None:
    text = "Marie-Claire Dubois spoke to Jean-Louis Martin about the ransom."
    kinds, _ = read(extractor, text)
    assert kinds.get("Marie-Claire Dubois") == "person"
    assert kinds.get("Jean-Louis Martin") == "person"


# a cell named after its town

def test_a_cell_named_after_a_town_the_text_places_is_the_towns(extractor: Any) -> None:
    text = ("The CJNG's presence in Tzimolapa, a mining town near the border, grew last year. The ministry said "
            "the Tzimolapa cell of the CJNG takes its orders from commanders in Tabasco.")
    kinds, claims = read(extractor, text)
    assert kinds.get("Tzimolapa") == "place"
    assert ("Tzimolapa", "faction_of", "Jalisco New Generation Cartel") not in claims
    assert ("Jalisco New Generation Cartel", "operates_in", "Tzimolapa") in claims


def test_a_cell_no_place_is_named_for_stays_the_cells_name(extractor: Any) -> None:
    text = "The ministry said the Tzimolapa cell of the CJNG takes its orders from commanders in Tabasco."
    kinds, _ = read(extractor, text)
    assert kinds.get("Tzimolapa") != "place"


# a group's name less its group word

def test_a_groups_name_without_its_opening_group_word_is_the_group(extractor: Any) -> None:
    text = ("In 2019 a commander broke away and formed his own outfit, which calls itself the Cartel Nueva Sierra. "
            "Local press say El Gato has sided with Nueva Sierra. Nueva Sierra has fought the CJNG since.")
    kinds, _ = read(extractor, text)
    assert kinds.get("Nueva Sierra") == "criminal_group" or kinds.get("Cartel Nueva Sierra") == "criminal_group"
    assert "place" not in {kind for name, kind in kinds.items() if "Nueva Sierra" in name}


def test_a_town_a_group_is_named_after_stays_a_place(extractor: Any) -> None:
    text = ("The Ixtapalco Cartel runs street dealing in the borough. Opposition politicians have accused "
            "Ixtapalco's borough chief, Ramón Ortiz, of tolerating it.")
    kinds, _ = read(extractor, text)
    assert kinds.get("Ixtapalco") != "criminal_group"


# a unit named after a man

def test_a_front_named_after_a_man_is_a_group(extractor: Any) -> None:
    text = "Los Halcones have teamed up with the Rodrigo Almanza Front, a dissident unit that controls the river."
    kinds, claims = read(extractor, text)
    assert kinds.get("Rodrigo Almanza Front") == "criminal_group"
    assert ("Los Halcones", "ally_of", "Rodrigo Almanza Front") in claims


# people beside a role or before a quoted short name

def test_a_full_name_opening_a_sentence_beside_a_role_is_a_person(extractor: Any) -> None:
    text = ("Eustaquio Barragán Leyte, the mayor of this small town, was buried on Thursday. Barragán was taken "
            "from his home on Monday.")
    kinds, _ = read(extractor, text)
    assert kinds.get("Eustaquio Barragán Leyte") == "person"


def test_a_name_after_a_role_and_a_comma_is_a_person(extractor: Any) -> None:
    text = ("The network worked with the Ochoa family, a clan from Zacapa whose patriarch, Wenceslao Ochoa "
            "Palma, was arrested in Guatemala in 2011.")
    kinds, _ = read(extractor, text)
    assert kinds.get("Wenceslao Ochoa Palma") == "person"


def test_a_name_after_a_place_noun_and_a_comma_is_no_person(extractor: Any) -> None:
    text = "The network worked with the Ochoa family, whose home province, San Lucas Tepetlán, was quiet in 2011."
    kinds, _ = read(extractor, text)
    assert kinds.get("San Lucas Tepetlán") != "person"


def test_a_name_before_alias_is_a_person_whatever_the_model_says(extractor: Any) -> None:
    text = ("The Sinaloa Cartel's operations in Tijuana are run by the brothers Remigio Olarte Zúñiga, alias "
            '"El Sapo," and Anselmo Olarte Zúñiga.')
    kinds, _ = read(extractor, text)
    assert kinds.get("Remigio Olarte Zúñiga") == "person"


def test_a_town_before_a_comma_and_a_description_stays_a_place(extractor: Any) -> None:
    text = "Gunmen attacked San Lucas Tepetlán, a town in the sierra, on Sunday."
    kinds, _ = read(extractor, text)
    assert kinds.get("San Lucas Tepetlán") == "place"


def test_the_name_a_person_is_identified_as_is_a_persons(extractor: Any) -> None:
    text = "That person, identified as Germán Goyeneche Olarte, was also detained and may be linked to the group."
    kinds, _ = read(extractor, text)
    assert kinds.get("Germán Goyeneche Olarte") == "person"


def test_the_name_a_group_is_identified_as_is_no_persons(extractor: Any) -> None:
    text = "The cell, identified as Grupo Fénix Norte, was dismantled by the army."
    kinds, _ = read(extractor, text)
    assert kinds.get("Grupo Fénix Norte") != "person"


def test_a_headline_surname_before_the_full_name_is_the_person(extractor: Any) -> None:
    text = ("Quesnoy admitted laundering bribes; cartel counts were dropped\n\n"
            "Tomás Quesnoy Arriaga, who governed the state from 1999 to 2004, was sentenced on Wednesday. "
            "Quesnoy, 66, spoke briefly. Quesnoy has always denied the accounts.")
    kinds, _ = read(extractor, text)
    assert kinds.get("Quesnoy", "person") == "person"
    assert kinds.get("Tomás Quesnoy Arriaga") == "person"


def test_a_one_word_town_that_is_no_ones_surname_stays_a_place(extractor: Any) -> None:
    text = ("Gunmen attacked Tzimolapa on Sunday. Tomás Quesnoy Arriaga, the mayor, said the town was calm. "
            "Quesnoy spoke briefly. Quesnoy has always denied the accounts.")
    kinds, _ = read(extractor, text)
    assert kinds.get("Tzimolapa") != "person"


# agencies by their words

def test_an_agency_word_makes_the_models_place_an_agency(extractor: Any) -> None:
    text = "The Fiscalía does not rule out that the killings are related. The Fiscalía reiterates its commitment."
    kinds, _ = read(extractor, text)
    assert kinds.get("Fiscalía") == "agency"


def test_a_directorate_is_an_agency(extractor: Any) -> None:
    text = "Before he moved into the drug trade he was an agent of the Federal Intelligence Directorate (DFI)."
    kinds, _ = read(extractor, text)
    assert kinds.get("Federal Intelligence Directorate") == "agency"


def test_a_department_of_a_country_stays_a_place(extractor: Any) -> None:
    text = "The ELN has fought for years in the department of Arauca, near the Venezuelan border."
    kinds, _ = read(extractor, text)
    assert kinds.get("Arauca") == "place"


def test_an_office_of_a_state_before_its_acronym_is_one_agency(extractor: Any) -> None:
    text = ("The Attorney General's Office of the State of Colima (FGEC), in coordination with the army, executed "
            "arrest warrants against three men. The FGEC said the men belong to a criminal cell.")
    kinds, _ = read(extractor, text)
    assert kinds.get("Attorney General's Office of the State of Colima") == "agency"
    assert kinds.get("State of Colima") is None and kinds.get("FGEC") is None  # one agency, the acronym its alias


def test_a_town_of_a_state_before_an_acronym_stays_a_place(extractor: Any) -> None:
    text = "Gunmen attacked the town of Tecomán in the State of Colima (FGEC figures) on Sunday."
    kinds, _ = read(extractor, text)
    assert kinds.get("Tecomán") == "place"


# groups a text names only by a plural

def test_a_plural_name_said_to_be_a_gang_in_a_relative_clause_is_a_group(extractor: Any) -> None:
    text = ("The Hawaiians, who are probably the biggest street gang on the Flats, have long fought the Young "
            "Rascals. The war between the Hawaiians and the Young Rascals has lasted a decade.")
    kinds, _ = read(extractor, text)
    assert kinds.get("Hawaiians") == "criminal_group"


def test_a_plural_people_in_a_relative_clause_with_no_group_noun_is_no_group(extractor: Any) -> None:
    text = "The Hawaiians, who are probably the biggest investors on the island, met the governor."
    kinds, _ = read(extractor, text)
    assert kinds.get("Hawaiians") != "criminal_group"


def test_a_plural_name_a_gangs_enemy_was_is_a_group(extractor: Any) -> None:
    text = "The posse's main enemy for decades was the Ramblers, based around Queen Street."
    kinds, _ = read(extractor, text)
    assert kinds.get("Ramblers") == "criminal_group"


def test_a_person_a_gangs_enemy_was_stays_a_person(extractor: Any) -> None:
    text = "The posse's main enemy for decades was Winston Blackwood, a businessman from Queen Street."
    kinds, _ = read(extractor, text)
    assert kinds.get("Winston Blackwood") == "person"


# settlements and properties by the word that opens their name

def test_a_name_opening_with_rancho_or_villa_is_a_place(extractor: Any) -> None:
    text = ("When they got to the property, which people call Rancho Tepozal, they found piles of shoes. Police "
            "raided a house on the western side of Villa Coronel Aldama on Monday.")
    kinds, _ = read(extractor, text)
    assert kinds.get("Rancho Tepozal") == "place"
    assert kinds.get("Villa Coronel Aldama") == "place"


def test_a_person_surnamed_villa_stays_a_person(extractor: Any) -> None:
    text = "Police arrested Ernesto Villa Quintero in Culiacán on Monday."
    kinds, _ = read(extractor, text)
    assert kinds.get("Ernesto Villa Quintero") == "person"


# a person's quoted short name keeps its kind at every mention

def test_a_quoted_short_name_after_a_persons_name_is_a_person_everywhere(extractor: Any) -> None:
    text = ('One faction follows Baltasar Quiñones Ardila, "Cordobés"; the other follows Ramiro Ospina Leal, '
            '"Tolimense". A first truce between Cordobés and Tolimense is reported. Tolimense is arrested in '
            "Venezuela in 2011.")
    kinds, _ = read(extractor, text)
    assert kinds.get("Tolimense", "person") == "person"
    assert kinds.get("Cordobés", "person") == "person"
    assert "place" not in {kinds.get(name) for name in ("Tolimense", "Cordobés")}


def test_a_quoted_short_name_after_a_groups_name_is_no_person(extractor: Any) -> None:
    text = ('The Cártel del Poniente, "Los del Poniente", fought the Zetas. Los del Poniente lost the plaza in '
            "2012.")
    kinds, _ = read(extractor, text)
    assert "person" not in {kind for name, kind in kinds.items() if "Poniente" in name}
