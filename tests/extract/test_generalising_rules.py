"""Rules that generalise extraction beyond the tuning articles: where groups act, groups and
people the KB does not know, relations across the clause. Each test is a sentence written for
it (names invented or generic) and the claim it must give, or must not give."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import triples as facts

pytestmark = pytest.mark.model


def has(found: set[tuple[str, str, str]], subject: str, predicate: str, obj: str) -> bool:
    return (subject, predicate, obj) in found or (
        predicate in ("ally_of", "rival_of", "sibling_of") and (obj, predicate, subject) in found)


# --- where groups act ----------------------------------------------------------------------

def test_operations_run_in_listed_places(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel runs smuggling operations in Tamaulipas, Nuevo León and Coahuila.")
    for state in ("Tamaulipas", "Nuevo León", "Coahuila"):
        assert has(found, "Gulf Cartel", "operates_in", state)


def test_pushing_into_a_place_from_another(extractor: Any) -> None:
    found = facts(extractor, "The Sinaloa Cartel has been pushing into southern Sonora from neighbouring Chihuahua.")
    assert has(found, "Sinaloa Cartel", "operates_in", "Sonora")
    assert has(found, "Sinaloa Cartel", "operates_in", "Chihuahua")


def test_taking_over_a_trade_between_two_towns(extractor: Any) -> None:
    found = facts(extractor, "The Sinaloa Cartel has taken over much of the drug trade in the corridor "
                             "between Tepic and Colima.")
    assert has(found, "Sinaloa Cartel", "operates_in", "Tepic")
    assert has(found, "Sinaloa Cartel", "operates_in", "Colima")


def test_a_where_clause_places_the_fight(extractor: Any) -> None:
    found = facts(extractor, "Tepic, where the Sinaloa Cartel and local gangs still fight over drug sales, "
                             "is among the most violent towns.")
    assert has(found, "Sinaloa Cartel", "operates_in", "Tepic")


def test_what_is_done_to_a_group_does_not_place_it(extractor: Any) -> None:
    found = facts(extractor, "The Sinaloa Cartel was attacked in Tepic.")
    assert not has(found, "Sinaloa Cartel", "operates_in", "Tepic")


# --- groups and people the KB does not know ------------------------------------------------

def test_a_gang_known_as_los_something_is_a_group(extractor: Any) -> None:
    found = facts(extractor, "Gunmen from a local gang known as Los Pumas and the Sinaloa Cartel traded fire "
                             "near Tepic on Monday.")
    assert has(found, "Los Pumas", "rival_of", "Sinaloa Cartel")


def test_exchanging_fire_with_a_group(extractor: Any) -> None:
    found = facts(extractor, "Members of Los Pumas exchanged fire with the Gulf Cartel.")
    assert has(found, "Los Pumas", "rival_of", "Gulf Cartel")


def test_trading_goods_is_not_a_rivalry(extractor: Any) -> None:
    found = facts(extractor, "Los Pumas and the Gulf Cartel traded cocaine for weapons.")
    assert not has(found, "Los Pumas", "rival_of", "Gulf Cartel")


def test_a_mother_named_in_apposition(extractor: Any) -> None:
    found = facts(extractor, "Carlos Mendoza Ruiz was jailed in 2020. His mother, Ana María López Ruiz, was "
                             "detained in a raid in 2021.")
    assert has(found, "Carlos Mendoza Ruiz", "child_of", "Ana María López Ruiz")


def test_the_groups_founder_is_the_person_just_named(extractor: Any) -> None:
    found = facts(extractor, "Soldiers arrested Carlos Mendoza Ruiz in 2020, and the governor called it the end of "
                             "the Rio Verde Cartel. The group's founder had built it on fuel theft.")
    assert has(found, "Carlos Mendoza Ruiz", "founder_of", "Rio Verde Cartel")


def test_the_groups_founder_is_nobody_when_two_people_were_named(extractor: Any) -> None:
    found = facts(extractor, "Police arrested Carlos Mendoza Ruiz and Pedro Ortiz Ruiz at the Rio Verde Cartel's "
                             "ranch. The group's founder had built it on fuel theft.")
    assert not any(f[1] == "founder_of" for f in found)


# --- relations across the clause ----------------------------------------------------------

def test_sanctioning_the_organisation_and_both_brothers(extractor: Any) -> None:
    found = facts(extractor, "The Rio Verde Cartel is led by Carlos Mendoza Ruiz and his brother Pedro Mendoza Ruiz. "
                             "Prosecutors say the Rio Verde Cartel runs extortion rackets in Colima. The Treasury's "
                             "Office of Foreign Assets Control sanctioned the organisation and both brothers.")
    for subject in ("Rio Verde Cartel", "Carlos Mendoza Ruiz", "Pedro Mendoza Ruiz"):
        assert has(found, subject, "designated", "United States")


def test_the_cartel_in_apposition_is_the_named_group(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel is strong in Tamaulipas. Prosecutors describe it as a splinter of "
                             "Los Zetas, the cartel that dominated Coahuila in the late 2000s.")
    assert has(found, "Los Zetas", "operates_in", "Coahuila")
    assert not has(found, "Gulf Cartel", "operates_in", "Coahuila")


def test_seeking_the_protection_of_a_group(extractor: Any) -> None:
    found = facts(extractor, "Local reporters say Los Pumas sought the protection of the Sinaloa Cartel.")
    assert has(found, "Los Pumas", "ally_of", "Sinaloa Cartel")


def test_protection_from_nobody_named_is_no_alliance(extractor: Any) -> None:
    found = facts(extractor, "Los Pumas sought the protection of the local police.")
    assert not any(f[1] == "ally_of" for f in found)


def test_a_group_absorbed_by_another(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel absorbed Los Pumas in 2019.")
    assert has(found, "Los Pumas", "faction_of", "Gulf Cartel")
    found = facts(extractor, "Los Gatos was absorbed into the Gulf Cartel.")
    assert has(found, "Los Gatos", "faction_of", "Gulf Cartel")


def test_leadership_passed_to_a_relative(extractor: Any) -> None:
    found = facts(extractor, "Juan Soto founded Los Pumas in 2005. After his arrest, leadership passed to his "
                             "brother, Mario Soto Vega.")
    assert has(found, "Mario Soto Vega", "leader_of", "Los Pumas")
    found = facts(extractor, "Leadership of the Gulf Cartel passed to Mario Cárdenas Ruiz.")
    assert has(found, "Mario Cárdenas Ruiz", "leader_of", "Gulf Cartel")


def test_taking_over_its_operations(extractor: Any) -> None:
    found = facts(extractor, "The Rio Verde Cartel was founded in 2001. Since the arrest, Damián López Núñez is "
                             "believed to have taken over its day-to-day operations.")
    assert has(found, "Damián López Núñez", "leader_of", "Rio Verde Cartel")


def test_deal_with_a_groups_brokers(extractor: Any) -> None:
    found = facts(extractor, "Los Pumas struck a supply deal with Sinaloa Cartel brokers.")
    assert has(found, "Los Pumas", "ally_of", "Sinaloa Cartel")


def test_run_by_a_nephew_known_only_by_a_nickname(extractor: Any) -> None:
    found = facts(extractor, "Gunmen from a local gang known as Los Pumas attacked a patrol near Tepic. Police "
                             "arrested its leader, Pedro Ruiz Soto. The Sinaloa Cartel denied any role. Since the "
                             "arrest, the gang is believed to be run by Ruiz Soto's nephew, a young man known only "
                             "as \"El Chino\".")
    assert has(found, "El Chino", "leader_of", "Los Pumas")
    assert has(found, "El Chino", "relative_of", "Pedro Ruiz Soto")
    assert not has(found, "El Chino", "leader_of", "Sinaloa Cartel")


def test_a_son_of_a_titled_person(extractor: Any) -> None:
    found = facts(extractor, "Mario Soto Vega, a son of the gang's founder Juan Soto Ruiz, was arrested.")
    assert has(found, "Mario Soto Vega", "child_of", "Juan Soto Ruiz")


def test_who_has_taken_over_its_operations(extractor: Any) -> None:
    found = facts(extractor, "The Rio Verde Cartel lost its leader in May. Damián López Núñez, who is believed to "
                             "have taken over its day-to-day operations, is his cousin.")
    assert has(found, "Damián López Núñez", "leader_of", "Rio Verde Cartel")


def test_sons_with_another_wife(extractor: Any) -> None:
    found = facts(extractor, "Mario Soto Vega and Luis Soto Vega are Juan Soto Ruiz's sons with another wife, "
                             "Rosa Vega Ortiz.")
    assert has(found, "Mario Soto Vega", "child_of", "Rosa Vega Ortiz")
    assert has(found, "Rosa Vega Ortiz", "spouse_of", "Juan Soto Ruiz")
    assert has(found, "Mario Soto Vega", "child_of", "Juan Soto Ruiz")


def test_a_regional_commander_identified_by_a_nickname_is_a_member(extractor: Any) -> None:
    found = facts(extractor, "An official said the Gulf Cartel's regional commander, whom he identified only as "
                             "\"El Ocho\", ordered the attack.")
    assert has(found, "El Ocho", "member_of", "Gulf Cartel")
    assert not has(found, "El Ocho", "leader_of", "Gulf Cartel")


def test_money_managed_for_a_named_group(extractor: Any) -> None:
    found = facts(extractor, "María Ortiz Muñoz was detained in 2020. Prosecutors said she managed money for "
                             "the Rio Verde Cartel.")
    assert has(found, "María Ortiz Muñoz", "member_of", "Rio Verde Cartel")


def test_fight_over_tagged_as_a_noun(extractor: Any) -> None:
    found = facts(extractor, "Los Pumas and Los Gatos fight over drug sales in Tepic.")
    assert has(found, "Los Pumas", "rival_of", "Los Gatos")
    assert has(found, "Los Gatos", "operates_in", "Tepic")


def test_two_brothers_named_in_the_next_sentence(extractor: Any) -> None:
    found = facts(extractor, "Two brothers who police say lead the Rio Verde Cartel were charged on Monday. The "
                             "indictment names Carlos Mendoza Ruiz, known as \"El Gato\", and his younger brother "
                             "Pedro Mendoza Ruiz.")
    assert has(found, "Carlos Mendoza Ruiz", "leader_of", "Rio Verde Cartel")
    assert has(found, "Pedro Mendoza Ruiz", "leader_of", "Rio Verde Cartel")


def test_two_brothers_never_named_lead_nobody(extractor: Any) -> None:
    found = facts(extractor, "Two brothers who police say lead the Rio Verde Cartel were charged on Monday. "
                             "Carlos Mendoza Ruiz, a lawyer, said he would appeal.")
    assert not any(f[1] == "leader_of" for f in found)


def test_clashes_between_two_groups_in_a_town(extractor: Any) -> None:
    found = facts(extractor, "Clashes between Los Pumas and Los Gatos in Tepic killed six people.")
    assert has(found, "Los Pumas", "rival_of", "Los Gatos")
    assert has(found, "Los Pumas", "operates_in", "Tepic")
    assert has(found, "Los Gatos", "operates_in", "Tepic")


def test_a_town_controlled_by_a_group(extractor: Any) -> None:
    assert has(facts(extractor, "Tepic is controlled by Los Pumas."), "Los Pumas", "operates_in", "Tepic")
    assert has(facts(extractor, "Tepic, long dominated by Los Pumas, is quiet."), "Los Pumas", "operates_in", "Tepic")


def test_a_person_held_by_a_group_is_no_place_of_it(extractor: Any) -> None:
    found = facts(extractor, "Juan Pérez Soto was held by Los Pumas in Tepic.")
    assert not has(found, "Los Pumas", "operates_in", "Juan Pérez Soto")


def test_two_groups_traffic_a_drug(extractor: Any) -> None:
    found = facts(extractor, "The CJNG and the Sinaloa Cartel traffic fentanyl into the United States.")
    assert has(found, "Jalisco New Generation Cartel", "traffics", "fentanyl")
    assert has(found, "Sinaloa Cartel", "traffics", "fentanyl")


def test_a_splinter_named_by_its_parent_in_apposition(extractor: Any) -> None:
    found = facts(extractor, "Los Pumas, a Gulf Cartel splinter, controls the port.")
    assert has(found, "Los Pumas", "faction_of", "Gulf Cartel")


def test_leads_after_an_alias(extractor: Any) -> None:
    found = facts(extractor, "Juan Pérez Soto, alias \"El Puma\", leads Los Pumas.")
    assert has(found, "Juan Pérez Soto", "leader_of", "Los Pumas")


def test_a_former_officer_who_founded_a_group(extractor: Any) -> None:
    found = facts(extractor, "Juan Pérez Soto, a former police officer who founded Los Pumas, was killed on Monday.")
    assert has(found, "Juan Pérez Soto", "founder_of", "Los Pumas")


def test_a_quoted_nickname_after_the_name(extractor: Any) -> None:
    text = ("Juan Pérez Soto, \"El Puma\", the leader of Los Pumas, was arrested in Tepic on Friday. Police said "
            "El Puma was armed.")
    result = extractor(Document.make(text, "test.txt"))
    people = [e for e in result.entities if e.kind == "person"]
    assert len(people) == 1 and "El Puma" in {a.name for a in people[0].aliases}
    assert has(facts(extractor, text), "Juan Pérez Soto", "leader_of", "Los Pumas")


def kinds(extractor: Any, text: str) -> dict[str, str]:
    result = extractor(Document.make(text, "test.txt"))
    return {e.name: e.kind for e in result.entities}


def test_a_gang_called_by_a_spanish_name_is_a_group(extractor: Any) -> None:
    found = kinds(extractor, "Police blamed a local gang called La Mano Negra for the attack.")
    assert found.get("La Mano Negra") == "criminal_group"


def test_the_name_before_cell_is_a_group(extractor: Any) -> None:
    found = facts(extractor, "The Tigres gang fought the Centro cell of the CJNG in Colima.")
    assert has(found, "Centro", "faction_of", "Jalisco New Generation Cartel")
    assert has(found, "Tigres", "rival_of", "Centro")  # the lower-case "gang" is no part of the name


def test_a_man_called_by_name_stays_a_person(extractor: Any) -> None:
    found = kinds(extractor, "The gang was led by a man called Juan Pérez Soto.")
    assert found.get("Juan Pérez Soto") == "person"


def test_a_surname_read_as_an_organisation_is_the_person(extractor: Any) -> None:
    found = facts(extractor, "Los Rudos is led by Gustavo Ibarra Soto, alias \"El Patrón\". In 2019 Ibarra Soto's "
                             "younger brother, Marco Ibarra Soto, was killed in Cuautla.")
    assert has(found, "Marco Ibarra Soto", "sibling_of", "Gustavo Ibarra Soto")


def test_a_shared_surname_names_the_person_named_far_more_often(extractor: Any) -> None:
    text = ("Los Rudos is led by Gustavo Ibarra Soto, alias \"El Patrón\". El Patrón took over in 2015. His brother, "
            "Marco Ibarra Soto, was killed in 2019. Ibarra Soto was arrested in 2023.")
    result = extractor(Document.make(text, "test.txt"))
    assert not any(e.name == "Ibarra Soto" for e in result.entities)


def test_it_and_the_group_carry_the_topic_forward(extractor: Any) -> None:
    found = facts(extractor, "Los Halcones is a criminal organisation based in Morelos. It emerged in 2012 from a "
                             "local cell of the Beltrán-Leyva Organization. The group is strongest in Cuautla, "
                             "where it extorts vendors. Its main rival is Los Zetas.")
    assert has(found, "Los Halcones", "rival_of", "Los Zetas")
    assert not has(found, "Beltrán-Leyva Organization", "rival_of", "Los Zetas")


def test_the_two_organisations_after_its_rival(extractor: Any) -> None:
    found = facts(extractor, "Los Halcones is a criminal organisation based in Morelos. Its main rival is Los "
                             "Zetas. The two organisations have fought over the drug market in Cuautla for years.")
    assert has(found, "Los Zetas", "operates_in", "Cuautla")
    assert has(found, "Los Halcones", "operates_in", "Cuautla")


def test_a_money_launderer_for_a_group_is_a_member(extractor: Any) -> None:
    found = facts(extractor, "Mexico extradited Óscar Fuentes Mora, a money launderer for the Sinaloa Cartel.")
    assert has(found, "Óscar Fuentes Mora", "member_of", "Sinaloa Cartel")


def test_a_business_partner_is_no_spouse(extractor: Any) -> None:
    found = facts(extractor, "Óscar Fuentes Mora was arrested. His business partner, Elena Vargas Ruiz, fled.")
    assert not any(f[1] == "spouse_of" for f in found)


def test_a_name_with_a_person_noun_in_apposition_is_a_person(extractor: Any) -> None:
    text = ("Los Pelones were founded by Julián Cortés Reyes, a former state police commander who was killed in 2021. "
            "His widow, Norma Díaz Peña, is now said to run the group with his nephew, Iván Cortés Luna.")
    found = facts(extractor, text)
    assert has(found, "Julián Cortés Reyes", "founder_of", "Los Pelones")
    assert has(found, "Norma Díaz Peña", "spouse_of", "Julián Cortés Reyes")
    assert has(found, "Iván Cortés Luna", "relative_of", "Julián Cortés Reyes")
    assert not has(found, "Iván Cortés Luna", "relative_of", "Norma Díaz Peña")


def test_gunmen_belonging_to_a_group(extractor: Any) -> None:
    found = facts(extractor, "Gunmen belonging to Los Pumas attacked Los Gatos in Tepic.")
    assert has(found, "Los Pumas", "rival_of", "Los Gatos")


def test_a_name_the_text_calls_a_gang_is_a_group_everywhere(extractor: Any) -> None:
    text = ("Gunmen from the Tigres attacked a bar in Tepic. The Tigres are a local gang. La Empresa, a gang from "
            "Michoacán, fought the Tigres. El Grupo Sombra controls Xalapa.")
    found = kinds(extractor, text)
    assert found.get("Tigres") == "criminal_group"
    assert found.get("La Empresa") == "criminal_group"
    assert found.get("El Grupo Sombra") == "criminal_group"
    relations = facts(extractor, text)
    assert has(relations, "La Empresa", "rival_of", "Tigres")
    assert has(relations, "El Grupo Sombra", "operates_in", "Xalapa")


def test_a_person_is_not_a_gang_for_being_in_one(extractor: Any) -> None:
    found = kinds(extractor, "Juan Pérez Soto is a member of a local gang.")
    assert found.get("Juan Pérez Soto") == "person"


def test_leaders_listed_after_a_colon(extractor: Any) -> None:
    found = facts(extractor, "The Treasury's Office of Foreign Assets Control sanctioned Los Salazar, a faction of "
                             "the Sinaloa Cartel, and three of its leaders: Adán Salazar Zamorano, his son Crispín "
                             "Salazar Ruiz, and his nephew Jesús Salazar Ochoa.")
    for person in ("Adán Salazar Zamorano", "Crispín Salazar Ruiz", "Jesús Salazar Ochoa"):
        assert has(found, person, "leader_of", "Los Salazar")
        assert has(found, person, "designated", "United States")


def test_directing_the_groups_operations(extractor: Any) -> None:
    found = facts(extractor, "Los Salazar is a faction of the Sinaloa Cartel. Crispín Salazar Ruiz directs the "
                             "group's operations in Sonora.")  # its operations in one place: a member in charge
    assert has(found, "Crispín Salazar Ruiz", "member_of", "Los Salazar")
    assert not has(found, "Crispín Salazar Ruiz", "leader_of", "Los Salazar")
    assert has(found, "Los Salazar", "operates_in", "Sonora")


def test_who_police_say_heads_a_gang_that_extorts_drivers(extractor: Any) -> None:
    found = facts(extractor, "Soldiers detained Octavio Ramírez Luna, 38, who authorities say heads Los Rayos, a "
                             "gang that has extorted drivers in Chilpancingo.")
    assert has(found, "Octavio Ramírez Luna", "leader_of", "Los Rayos")
    assert has(found, "Los Rayos", "operates_in", "Chilpancingo")


def test_emerged_after_splitting_from(extractor: Any) -> None:
    found = facts(extractor, "Los Rayos emerged in 2020 after splitting from Los Tlacos.")
    assert has(found, "Los Rayos", "faction_of", "Los Tlacos")


def test_a_cell_based_in_a_town(extractor: Any) -> None:
    found = facts(extractor, "Los Metros has fought a long war with Los Ciclones, a cell based in Matamoros.")
    assert has(found, "Los Ciclones", "operates_in", "Matamoros")
    assert not has(found, "Los Metros", "operates_in", "Matamoros")


def test_a_bosss_lieutenant_is_a_member_of_his_group(extractor: Any) -> None:
    found = facts(extractor, "Los Metros is led by Alberto Tovar Ruiz. Tovar Ruiz's main lieutenant, Damián Cruz "
                             "Soto, is wanted. Tovar Ruiz's lawyer, Frank Pérez Ortiz, declined to comment.")
    assert has(found, "Damián Cruz Soto", "member_of", "Los Metros")
    assert not has(found, "Frank Pérez Ortiz", "member_of", "Los Metros")


def test_which_officials_say_fought(extractor: Any) -> None:
    found = facts(extractor, "He then led a splinter group, Los Pumas, which officials say fought Los Gatos for "
                             "control of Tepic.")
    assert has(found, "Los Pumas", "rival_of", "Los Gatos")


def test_a_cell_that_began_as_a_groups_armed_wing(extractor: Any) -> None:
    found = facts(extractor, "Its rival is Los Pumas, a cell that began as the Gulf Cartel's armed wing.")
    assert has(found, "Los Pumas", "faction_of", "Gulf Cartel")


def test_a_cartel_named_after_a_known_place_and_the_place_group(extractor: Any) -> None:
    text = ("The Cártel de Tepic controls the port. Analysts say Los Viagras and the Tepic group could turn on "
            "each other.")
    assert kinds(extractor, text).get("Cártel de Tepic") == "criminal_group"
    assert has(facts(extractor, text), "Los Viagras", "rival_of", "Cártel de Tepic")
