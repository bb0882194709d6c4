"""Readings that misfire the same way on any article, each checked both ways: what must still come
out and what must not. Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import said, triples

pytestmark = pytest.mark.model


def offices(extractor: Any, text: str) -> set[tuple[str, str]]:
    return {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "official_of"}


def test_a_regional_or_foreign_attorney_general_is_not_the_us_justice_department(extractor: Any) -> None:
    found = offices(extractor, "The Veracruz state attorney general, Ramiro Olmos Vega, said all ten had records.")
    assert found == {("Ramiro Olmos Vega", "Fiscalía General del Estado de Veracruz")}  # the state's (local_offices.py)
    found = offices(extractor, "The state Attorney General, Ramiro Olmos Vega, said the body had been identified.")
    assert found == set()
    found = offices(extractor, "Attorney General Ramiro Olmos Vega gave a news conference in Mexico City.")
    assert ("Ramiro Olmos Vega", "United States Department of Justice") not in found
    found = offices(extractor, "Attorney General Pamela Wright told reporters the plea meant he would never walk free.")
    assert found == {("Pamela Wright", "United States Department of Justice")}


def test_a_country_in_another_clause_is_not_the_office_of_a_president(extractor: Any) -> None:
    text = ("Gangs named terrorists\n\nQUITO, March 3 - The gangs of Ecuador grew fast.\n\nThe police said little.\n\n"
            "Standing next to President Tomás Velarde, the envoy said the gangs were branches of Mexico's cartels.")
    assert offices(extractor, text) == {("Tomás Velarde", "Ecuador")}
    text = "Honduras followed in December, when President Xenia Duarte suspended some rights."
    assert offices(extractor, text) == {("Xenia Duarte", "Honduras")}


def test_a_place_in_a_clause_inside_the_place_phrase_is_not_the_groups(extractor: Any) -> None:
    found = triples(extractor, "The Brkić clan has expanded into Spain, where it buys cocaine shipped from Ecuador.")
    assert ("Brkić", "operates_in", "Spain") in found
    assert ("Brkić", "operates_in", "Ecuador") not in found
    found = triples(extractor, "The Juárez Cartel fought back through the Barrio Azteca, a street gang that "
                               "originated in Texas, and through La Línea in Chihuahua.")
    assert ("Juárez Cartel", "operates_in", "Texas") not in found


def test_two_groups_fighting_a_third_are_not_each_others_rivals(extractor: Any) -> None:
    text = ("The Jalisco New Generation Cartel and La Línea are said to be working together. "
            "It would make sense, since both are fighting Sinaloa.")
    assert ("Jalisco New Generation Cartel", "rival_of", "La Línea") not in triples(extractor, text)
    text = "In February gunmen from Los Pumas Negros and Los Halcones traded fire inside the prison."
    found = triples(extractor, text)
    assert ("Los Pumas Negros", "rival_of", "Los Halcones") in found


def test_two_objects_of_one_verb_are_not_paired_with_each_other(extractor: Any) -> None:
    text = ("The Jalisco New Generation Cartel is still expanding, fighting Cárteles Unidos in Michoacán and "
            "the Santa Rosa de Lima cartel in Guanajuato.")
    found = triples(extractor, text)
    assert ("Cárteles Unidos", "rival_of", "Santa Rosa de Lima Cartel") not in found
    assert ("Jalisco New Generation Cartel", "rival_of", "Cárteles Unidos") in found
    text = ("One faction is reported to have allied itself with La Familia Michoacana and later with the "
            "Knights Templar.")
    assert ("La Familia Michoacana", "ally_of", "Knights Templar Cartel") not in triples(extractor, text)
    text = "Analysts say Los Choneros have historically been tied to the Sinaloa Cartel."
    assert ("Los Choneros", "ally_of", "Sinaloa Cartel") in triples(extractor, text)


def test_its_in_a_clause_describing_a_group_is_that_group(extractor: Any) -> None:
    text = ("The Puerto Viejo gang runs the old town. Since 2016 the gang has been contesting those streets with "
            "cells of the CJNG, the national cartel that has pushed outward from its base in Jalisco.")
    found = {(s, o) for s, p, o in triples(extractor, text) if p == "operates_in"}
    assert ("Puerto Viejo", "Jalisco") not in found
    assert ("Jalisco New Generation Cartel", "Jalisco") in found
    text = ("Los Coyotes grew out of a band of rustlers. Investigators describe the gang as a cell of the Sinaloa "
            "Cartel, which supplies it with rifles. Its leader, Emilio Sandoval Ruiz, was detained on Monday.")
    assert ("Emilio Sandoval Ruiz", "leader_of", "Los Coyotes") in triples(extractor, text)


def test_a_clause_on_one_group_of_a_list_is_that_groups_alone(extractor: Any) -> None:
    text = ("A police report lists at least three rival factions: Los Azules, who control most of Reynosa; Los "
            "Rojos, based in Matamoros; and Los Verdes, once the armed escort of the family.")
    found = {(s, o) for s, p, o in triples(extractor, text) if p == "operates_in"}
    assert found == {("Los Azules", "Reynosa"), ("Los Rojos (Tamaulipas)", "Matamoros")}


def test_a_place_across_the_border_from_a_city_is_not_in_it(extractor: Any) -> None:
    text = ("The Ojinaga Cartel is a Mexican drug trafficking organisation based in Ciudad Juárez, Chihuahua, across "
            "the border from El Paso, Texas.")
    found = {o for s, p, o in triples(extractor, text) if p == "operates_in"}
    assert "El Paso" not in found
    assert "Ciudad Juárez" in found


def test_names_inside_a_prepositional_phrase_are_not_a_new_topic(extractor: Any) -> None:
    text = ("The United States last month added Los Tucanes to its list of terrorist organisations, alongside "
            "the Sinaloa and Jalisco cartels. Few outside Mexico had heard of the group. Here is who runs it. "
            "It produces methamphetamine.")
    found = {(s, o) for s, p, o in triples(extractor, text) if p == "traffics"}
    assert found == {("Los Tucanes", "methamphetamine")}


def test_a_semicolon_closes_the_list_a_kin_noun_heads(extractor: Any) -> None:
    text = ("In October the Treasury sanctioned four men it described as CJNG members working through the port: "
            "the brothers Arturo Beltrán Cota, alias \"Chato\", and Ramiro Beltrán Cota, alias \"R2\"; Mauro Díaz "
            "Llamas, alias \"Lobo\"; and Felipe Zárate Ruiz.")
    found = {(s, o) for s, p, o in triples(extractor, text) if p == "sibling_of"}
    assert found == {("Arturo Beltrán Cota", "Ramiro Beltrán Cota")}


def test_a_group_led_by_someones_relatives_is_not_led_by_them(extractor: Any) -> None:
    text = "The Cártel de Santa Rita is run by associates of Mario Peña Cruz."
    assert ("Mario Peña Cruz", "leader_of", "Cártel de Santa Rita") not in triples(extractor, text)
    text = "The Cártel de Santa Rita is led by relatives of the former bosses Mario and Luis Peña Cruz."
    assert {(s, o) for s, p, o in triples(extractor, text) if p == "leader_of"} == set()
    text = "The Cártel de Santa Rita is run by Mario Peña Cruz."
    assert ("Mario Peña Cruz", "leader_of", "Cártel de Santa Rita") in triples(extractor, text)


def test_the_gang_under_a_clause_naming_one_group_is_that_group(extractor: Any) -> None:
    text = ("Los Pumas ran the port for a decade. Police blamed the killing on a rival gang, Los Halcones. "
            "In July the US Treasury imposed sanctions on Los Pumas and on two brothers, saying the gang moved "
            "cocaine for the Clan del Golfo.")
    found = {(s, o) for s, p, o in triples(extractor, text) if p == "traffics"}
    assert found == {("Los Pumas", "cocaine")}
    text = ("Los Pumas ran the port for a decade. Among the best known of its offshoots is Los Halcones, which "
            "emerged from the organisation's network in Limón.")
    assert ("Los Halcones", "operates_in", "Limón") not in triples(extractor, text)


def test_at_no_point_denies_and_a_transfer_to_a_capital_is_no_extradition(extractor: Any) -> None:
    text = "Mario Peña Cruz was caught in Culiacán. At no time did soldiers arrest his brother Luis Peña Cruz."
    found = {(s.subject, s.polarity) for s in said(extractor, text) if s.predicate == "arrested"}
    assert ("Luis Peña Cruz", "negative") in found
    text = "Mario Peña Cruz was caught in Culiacán on Friday. He was later transferred to Mexico City."
    assert {s.object for s in said(extractor, text) if s.predicate == "extradited"} == set()
    text = "Mario Peña Cruz was caught in Culiacán on Friday. He was later transferred to the United States."
    assert {s.object for s in said(extractor, text) if s.predicate == "extradited"} == {"United States"}


def test_an_apposition_of_a_relative_named_after_a_nickname_is_the_relatives(extractor: Any) -> None:
    text = ("The first and most important was Raúl Peña Cruz, known as \"El Rey\", a younger brother of Mario "
            "\"El Gato\" Peña, the Sinaloa Cartel's longtime co-leader.")
    found = {(s, o) for s, p, o in triples(extractor, text) if p == "leader_of"}
    assert found == {('Mario "El Gato" Peña', "Sinaloa Cartel")}


def test_an_operation_to_capture_someone_is_no_capture(extractor: Any) -> None:
    text = ("Mario Peña Cruz leads the cell in Reynosa. Last February eight people died in Reynosa during an "
            "operation to capture him.")
    assert {s.subject for s in said(extractor, text) if s.predicate == "arrested"} == set()
    text = "Marines captured Mario Peña Cruz in an operation in Culiacán."
    assert {s.subject for s in said(extractor, text) if s.predicate == "arrested"} == {"Mario Peña Cruz"}


def test_a_group_accusing_someone_is_no_charge(extractor: Any) -> None:
    text = "Los Pumas accused Raúl Soto Vega of stealing a shipment."
    assert {s.subject for s in said(extractor, text) if s.predicate == "charged"} == set()
    text = "Prosecutors accused Luis Ortega Vidal of ordering the attack."
    assert {s.subject for s in said(extractor, text) if s.predicate == "charged"} == {"Luis Ortega Vidal"}


def test_the_two_groups_after_one_named_are_it_and_the_group_the_text_is_about(extractor: Any) -> None:
    text = ("Los Pumas run the port of Lázaro Cárdenas. Years ago the Gulf Cartel and Los Zetas fought over the "
            "port. Los Pumas also extort shopkeepers. The group has a reputation for large ambushes. In 2021 its "
            "gunmen killed 13 police officers.\n\nWho are its enemies?\n\nChiefly the Sinaloa Cartel. The two "
            "organisations have fought for years over the port.")
    found = {frozenset((s, o)) for s, p, o in triples(extractor, text) if p == "rival_of"}
    assert found == {frozenset(("Los Pumas", "Sinaloa Cartel")), frozenset(("Gulf Cartel", "Los Zetas"))}


def test_a_title_takes_an_agency_of_its_own_clause(extractor: Any) -> None:
    text = ("Federal Security Secretary Ramiro Olmos Vega has confirmed to Mexican television that a patrol of the "
            "National Guard came under fire from a house in Culiacán.")
    assert offices(extractor, text) == {("Ramiro Olmos Vega", "Secretaría de Seguridad y Protección Ciudadana")}
    text = ("In his introduction to the 2025 DEA report, Acting Administrator Pamela Wright wrote that these groups "
            "are the main producers.")
    assert offices(extractor, text) == {("Pamela Wright", "Drug Enforcement Administration")}


def test_another_countrys_minister_is_not_an_official_of_a_ministry_named_elsewhere(extractor: Any) -> None:
    text = ("Two days ago, Guatemala's foreign minister, Ramiro Olmos Vega, demanded that Mexico punish those "
            "responsible. The Mexican Foreign Ministry did not reply.")
    assert offices(extractor, text) == {("Ramiro Olmos Vega", "Guatemalan Ministry of Foreign Affairs")}
    text = "Foreign Minister Ana Ruiz Soto said the Mexican Foreign Ministry would reply."
    assert offices(extractor, text) == {("Ana Ruiz Soto", "Secretaría de Relaciones Exteriores")}


def test_a_group_does_not_answer_to_its_own_part(extractor: Any) -> None:
    text = ("The Clan del Golfo runs the cocaine trade in Caucasia. Investigators established that the network "
            "answers to the so-called Frente Julio César Vargas, a substructure of the Clan del Golfo.")
    found = {(s, o) for s, p, o in triples(extractor, text) if p == "faction_of"}
    assert found == {("Frente Julio César Vargas", "Clan del Golfo")}


def test_the_leader_of_a_faction_of_a_group_does_not_lead_the_group(extractor: Any) -> None:
    text = ("The attacks were part of a strategy pursued by the Salinesi, the faction of Cosa Nostra led by Mario "
            "Peña Cruz, to which Luis Ortega Vidal belonged.")
    found = {(s, o) for s, p, o in triples(extractor, text) if p == "leader_of"}
    assert ("Mario Peña Cruz", "Cosa Nostra") not in found


def test_it_in_a_joined_clause_is_the_first_clauses_subject(extractor: Any) -> None:
    text = ("The Jalisco New Generation Cartel is expanding. It is fighting the Sinaloa Cartel in Zacatecas, in "
            "Chiapas, in parts of Sonora, and it's at war with the Cárteles Unidos in Michoacán.")
    found = {frozenset((s, o)) for s, p, o in triples(extractor, text) if p == "rival_of"}
    assert found == {frozenset(("Jalisco New Generation Cartel", "Sinaloa Cartel")),
                     frozenset(("Jalisco New Generation Cartel", "Cárteles Unidos"))}


def test_an_episode_number_heading_names_no_group(extractor: Any) -> None:
    from testigo.model import Document

    text = ("SMUGGLERS' ROADS - a podcast about the drug trade\nEpisode 12: \"The Cartel That Ate Itself\"\n\n"
            "HOST: Welcome back. Today we go to a group that for a decade may have moved more cocaine than anyone.")
    result = extractor(Document.make(text, "test.txt"))
    assert "Episode" not in {e.name for e in result.entities}


def test_running_one_line_of_a_groups_business_is_no_leadership(extractor: Any) -> None:
    text = "Mario Peña Cruz, a founding member of Los Pumas, ran its gold-mining business for years."
    found = triples(extractor, text)
    assert ("Mario Peña Cruz", "leader_of", "Los Pumas") not in found
    assert ("Mario Peña Cruz", "member_of", "Los Pumas") in found
    text = "Mario Peña Cruz ran the drug business of Los Pumas for years."
    assert ("Mario Peña Cruz", "leader_of", "Los Pumas") in triples(extractor, text)


def test_a_kin_noun_inside_a_clause_of_an_apposition_is_not_the_names(extractor: Any) -> None:
    text = ("Police arrested Mario Peña Cruz, a senior figure in Los Pumas who had been locked in a struggle with "
            "the sons of Luis Ortega Vidal for control of the organisation.")
    assert {(s, o) for s, p, o in triples(extractor, text) if p == "child_of"} == set()
    text = "Police arrested Mario Peña Cruz, one of the Los Pumas leader Luis Ortega Vidal's sons, on Monday."
    assert ("Mario Peña Cruz", "child_of", "Luis Ortega Vidal") in triples(extractor, text)


def test_a_group_told_by_its_leader_is_not_the_group_named_before(extractor: Any) -> None:
    text = ("The Pumas clan rules the province. Prosecutors say the smaller clans, among them the Vega family and "
            "the group led from San Lucas by Mario Peña Cruz, answered to the Pumas clan.")
    assert {o for s, p, o in triples(extractor, text) if p == "leader_of" and s == "Mario Peña Cruz"} == set()


def test_children_of_several_parents_are_not_siblings(extractor: Any) -> None:
    text = "Mario Peña Cruz and Raúl Soto Vega, the sons of two former police chiefs, were arrested."
    assert {(s, o) for s, p, o in triples(extractor, text) if p == "sibling_of"} == set()
    text = ("The Treasury sanctioned Ana Ruiz, the wife of Luis Ortega Vidal, and his sons Mario Ortega Ruiz and "
            "Pedro Ortega Ruiz.")
    assert ("Mario Ortega Ruiz", "sibling_of", "Pedro Ortega Ruiz") in triples(extractor, text)


def test_the_cartel_is_the_one_group_called_a_cartel(extractor: Any) -> None:
    text = ("Mario Peña Cruz, a senior figure in the Sinaloa Cartel, was arrested on Tuesday. He had been locked "
            "in a struggle with Los Chapitos. Los Chapitos blamed him for a string of killings. Officials blamed "
            "part of the bloodshed on the dispute between Peña's people and Los Chapitos.\n\n\"Taking him out "
            "changes nothing,\" an official said.\n\nLuis Ortega Vidal is thought to remain the most powerful "
            "figure in the cartel.")
    found = {o for s, p, o in triples(extractor, text) if s == "Luis Ortega Vidal"}
    assert "Los Chapitos" not in found


def test_a_nephew_of_the_brothers_is_the_nephew_of_the_brothers_who_share_his_name(extractor: Any) -> None:
    text = ("Mario Ortega Ruiz led Los Pumas until 2013. His brother, Pedro Ortega Ruiz, was arrested in 2015. "
            "Luis Vega Soto governed the state; his brother, Raúl Vega Soto, succeeded him. Prosecutors describe "
            "Juan Ortega Díaz, a nephew of the brothers, as a leader of Los Pumas.")
    found = {o for s, p, o in triples(extractor, text) if s == "Juan Ortega Díaz" and p == "relative_of"}
    assert found == {"Mario Ortega Ruiz", "Pedro Ortega Ruiz"}


def test_a_post_taken_over_is_the_one_its_own_sentence_says_was_led(extractor: Any) -> None:
    text = ("When Los Pumas split, the faction loyal to the Ortega brothers kept the port. Mario Ortega Ruiz had "
            "led Los Pumas until marines captured him in 2013; his brother Pedro Ortega Ruiz took over.")
    found = {o for s, p, o in triples(extractor, text) if s == "Pedro Ortega Ruiz" and p == "leader_of"}
    assert found == {"Los Pumas"}
    text = ("Los Halcones fight Los Pumas in the north. Police identify Mario Ortega Ruiz as the leader of Los "
            "Pumas, a position he is believed to have taken over in 2012.")
    found = {o for s, p, o in triples(extractor, text) if s == "Mario Ortega Ruiz" and p == "leader_of"}
    assert found == {"Los Pumas"}
    text = "Mario Ortega Ruiz led Los Pumas until 2013. His brother Pedro Ortega Ruiz took over."
    assert ("Pedro Ortega Ruiz", "leader_of", "Los Pumas") in triples(extractor, text)


def test_his_son_after_and_is_the_son_of_the_name_before_and(extractor: Any) -> None:
    text = ("The arrest of the old boss, who was flown to Texas together with Mario Peña Cruz, split Los Pumas into "
            "two camps: Los Halcones on one side and Los Gallos, loyal to the old boss and his son Pedro Zambrano "
            "Ruiz, on the other.")
    found = {o for s, p, o in triples(extractor, text) if s == "Pedro Zambrano Ruiz" and p == "child_of"}
    assert "Mario Peña Cruz" not in found
    text = "Police detained Luis Ortega Vidal and his son Pedro Ortega Ruiz in Tepic."
    assert ("Pedro Ortega Ruiz", "child_of", "Luis Ortega Vidal") in triples(extractor, text)


def test_their_son_is_the_couples_child_not_a_siblings(extractor: Any) -> None:
    text = ("Mario Ortega Ruiz and his brother Pedro Ortega Ruiz run Los Pumas. Luis Vega Soto's wife, Ana Ruiz "
            "Díaz, was detained in 2021, and their son Raúl Vega Ruiz was extradited in 2020.")
    found = {o for s, p, o in triples(extractor, text) if s == "Raúl Vega Ruiz" and p == "child_of"}
    assert found == {"Luis Vega Soto", "Ana Ruiz Díaz"}


def test_his_kin_opening_a_sentence_is_read_like_his_not_as_the_topic(extractor: Any) -> None:
    text = ("Luigi Ferrante founded the Ferrante clan in 1990. Luigi Ferrante ran the clan for two decades, and "
            "Luigi Ferrante still owns its farms. Carlo Ferrante, Luigi's eldest son, served as the clan's "
            "second-in-command while his father was a fugitive; he was arrested in 2005. His brother Marco "
            "Ferrante, who took over afterwards, spent ten years on the run.")
    found = {o for s, p, o in triples(extractor, text) if s == "Marco Ferrante" and p == "sibling_of"}
    assert found == {"Carlo Ferrante"}
    text = "Luigi Ferrante founded the Ferrante clan in 1990. His son, Marco Ferrante, was arrested in 2005."
    assert ("Marco Ferrante", "child_of", "Luigi Ferrante") in triples(extractor, text)


def test_him_inside_a_who_clause_is_the_person_the_clause_describes(extractor: Any) -> None:
    text = ("Pedro Vega Ruiz died in prison on Monday. Vega Ruiz was the younger brother of Mario Vega Ruiz, who "
            "turned Los Pumas into a power before soldiers captured him in Tepic in 2003.")
    found = {s for s, p, o in triples(extractor, text) if p == "arrested"}
    assert found == {"Mario Vega Ruiz"}
    text = "Police say Pedro Vega Ruiz was close to Mario Peña Cruz, who said he had been arrested in Tepic in 2003."
    assert {s for s, p, o in triples(extractor, text) if p == "arrested"} == {"Mario Peña Cruz"}


def test_a_subject_pronoun_is_not_a_person_its_own_clause_names_after_it(extractor: Any) -> None:
    text = ("Prosecutors describe Mario Peña Cruz as the head of Los Pumas. Another figure, known only as the "
            "accountant, was arrested this year. Prosecutors say he ran the group's finances and was close to "
            "Peña Cruz.")
    assert ("Mario Peña Cruz", "member_of", "Los Pumas") not in triples(extractor, text)
    text = ("Prosecutors describe Mario Peña Cruz as a senior figure in Los Pumas. Prosecutors say he ran the "
            "group's finances.")
    assert ("Mario Peña Cruz", "member_of", "Los Pumas") in triples(extractor, text)


def test_the_groups_of_a_place_are_a_class_not_the_pair_named_before(extractor: Any) -> None:
    text = ("Los Pumas and Los Halcones have fought over Tepic since 2019. Church leaders, who in past years helped "
            "arrange brief truces between the armed groups of the region, said no one was talking anymore.")
    assert {(s, o) for s, p, o in triples(extractor, text) if p == "negotiated_with"} == set()
    text = ("Los Pumas and Los Halcones have fought over Tepic since 2019. Church leaders, who in past years helped "
            "arrange brief truces between the two groups, said no one was talking anymore.")
    found = {frozenset((s, o)) for s, p, o in triples(extractor, text) if p == "negotiated_with"}
    assert found == {frozenset(("Los Pumas", "Los Halcones"))}


def test_its_own_is_the_subject_of_its_clause(extractor: Any) -> None:
    text = ("Open war with Los Pumas erupted in 2008. The Tepic Cartel fought back through Los Halcones, a street "
            "gang. Los Pumas relied on its own armed cell, Los Gallos, and on local gangs.")
    found = {o for s, p, o in triples(extractor, text) if s == "Los Gallos" and p == "faction_of"}
    assert found == {"Los Pumas"}
    text = ("Open war with Los Pumas erupted in 2008. The Tepic Cartel fought back through Los Halcones, a street "
            "gang. The army relied on its own special forces.")
    assert not {o for s, p, o in triples(extractor, text) if p == "faction_of"} & {"Tepic Cartel", "Los Pumas"}


def test_a_reproach_by_relatives_after_a_fronted_phrase_is_no_charge(extractor: Any) -> None:
    text = ("For years the brothers worked alongside Los Pumas and its leader, Mario Peña Cruz. After Pedro's "
            "arrest the brothers accused Peña Cruz of betraying him, and the two organisations went to war.")
    assert {s for s, p, o in triples(extractor, text) if p == "charged"} == set()
    text = "After a long investigation, prosecutors accused Mario Peña Cruz of laundering money for Los Pumas."
    assert ("Mario Peña Cruz", "charged", "") in triples(extractor, text)


def test_the_group_is_the_one_last_introduced_as_a_group(extractor: Any) -> None:
    text = ("Leaders of the Tepic Cartel and Los Halcones charged. The Tepic Cartel controls the port, and the Tepic "
            "Cartel pays the police. Raúl Soto Vega and Pedro Vega Ruiz jointly led the Tepic Cartel after 2003.\n\n"
            "Mario Peña Cruz is alleged to have commanded Los Halcones, a group originally made up of former "
            "soldiers who were recruited to protect the Tepic Cartel's leadership. Luis Ortega Vidal, the "
            "indictment alleges, served as Peña's deputy and directed the group's operations in Tepic.")
    found = {o for s, p, o in triples(extractor, text) if s == "Luis Ortega Vidal" and p == "member_of"}
    assert found == {"Los Halcones"}
    text = text.replace("Los Halcones, a group originally", "Los Halcones, men originally")
    found = {o for s, p, o in triples(extractor, text) if s == "Luis Ortega Vidal" and p == "member_of"}
    assert "Tepic Cartel" in found  # "the group's operations"; "Peña's deputy" adds Los Halcones, which Peña
    # commanded (session 21: a deputy serves his boss's group)


def test_the_coalition_is_the_group_the_text_called_a_coalition(extractor: Any) -> None:
    text = ("Who are Los Unidos, the Nayarit coalition now on Washington's list?\n\n"
            "Despite the name, it is not a single cartel but a loose coalition of armed groups. Its members fight "
            "the Tepic Cartel, which controls the port. The Tepic Cartel pays the police, and the Tepic Cartel "
            "runs the market.\n\nOfficials have also said that cells of the coalition sometimes fight among "
            "themselves in Compostela.")
    found = {s for s, p, o in triples(extractor, text) if p == "operates_in" and o == "Compostela"}
    assert found == {"Los Unidos"}


def test_an_attorney_general_in_a_sentence_about_another_country_is_not_the_us_justice_department(
        extractor: Any) -> None:
    text = ("In April 2017, Salvadoran police arrested Mario Peña Cruz in an investigation led by then attorney "
            "general Ramiro Olmos Vega into the laundering of money through hotels.")
    assert offices(extractor, text) == set()
    text = ("In April 2017, US agents arrested Mario Peña Cruz in an investigation led by Attorney General Pamela "
            "Wright into the laundering of money through hotels.")
    assert offices(extractor, text) == {("Pamela Wright", "United States Department of Justice")}


def test_people_seized_in_a_kidnapping_are_not_arrested(extractor: Any) -> None:
    text = ("Prosecutors hold Los Pumas responsible for the kidnapping and murder of a team from a Quito "
            "newspaper, reporter Ana Ruiz Díaz and driver Mario Peña Cruz, who were seized in March near Tepic.")
    assert {s for s, p, o in triples(extractor, text) if p == "arrested"} == set()
    text = "Mario Peña Cruz, who ran the Los Pumas kidnapping ring, was seized by marines in Tepic in March."
    assert "Mario Peña Cruz" in {s for s, p, o in triples(extractor, text) if p == "arrested"}


def test_a_war_with_one_group_is_not_with_the_group_its_verb_names(extractor: Any) -> None:
    text = "In its war with Los Halcones, the Tepic Cartel allied itself with Los Pumas."
    found = triples(extractor, text)
    assert ("Tepic Cartel", "rival_of", "Los Halcones") in found
    assert ("Tepic Cartel", "rival_of", "Los Pumas") not in found
    assert ("Tepic Cartel", "ally_of", "Los Pumas") in found


def test_its_after_a_sentence_without_a_group_subject_is_that_sentences_object(extractor: Any) -> None:
    text = ("The Tepic Cartel rules the coast, and the Tepic Cartel pays the police. Leaked army files described "
            "Los Gallos as a local cell working for the Tepic Cartel. The same files named Mario Peña Cruz as one "
            "of its leaders.")
    found = {o for s, p, o in triples(extractor, text) if s == "Mario Peña Cruz" and p == "leader_of"}
    assert "Tepic Cartel" not in found
    text = ("Los Gallos rule the coast. The Tepic Cartel pays the police. The same files named Mario Peña Cruz as "
            "one of its leaders.")
    assert ("Mario Peña Cruz", "leader_of", "Tepic Cartel") in triples(extractor, text)


def test_an_accusation_by_people_who_are_no_authority_is_no_charge(extractor: Any) -> None:
    text = ("Opposition politicians have accused the borough chief, Mario Peña Cruz, of tolerating the gang. "
            "Peña Cruz denies it.")
    assert {(s.subject, s.polarity) for s in said(extractor, text) if s.predicate == "charged"} == set()
    text = "Residents accused Pedro Vega Ruiz of running the extortion racket."
    assert {s.subject for s in said(extractor, text) if s.predicate == "charged"} == set()
    text = "Prosecutors accused Luis Ortega Vidal of ordering the attack."
    assert {s.subject for s in said(extractor, text) if s.predicate == "charged"} == {"Luis Ortega Vidal"}
    text = "The indictment accuses Raúl Soto Vega of laundering money for Los Pumas."
    assert {s.subject for s in said(extractor, text) if s.predicate == "charged"} == {"Raúl Soto Vega"}


def test_a_sea_naming_the_coast_of_a_port_is_not_where_a_group_operates(extractor: Any) -> None:
    found = triples(extractor, "Los Pumas control the export of iron ore through the Pacific port of Tepic.")
    assert {o for s, p, o in found if p == "operates_in"} == {"Tepic"}
    found = triples(extractor, "Los Halcones moved cocaine through the country's Pacific ports.")
    assert {o for s, p, o in found if p == "operates_in"} == set()
    found = triples(extractor, "Los Gallos operate along the Pacific coast of Nayarit.")
    assert ("Los Gallos", "operates_in", "Pacific coast") in found


def test_a_phrase_after_a_name_in_a_prepositional_phrase_renames_that_name(extractor: Any) -> None:
    text = ("The Clan Ortiz grew inside the old prison and now sells crack cocaine in Encarnación, according to "
            "prosecutors.\n\nThe group is the main rival of the Comando Azul (CA), the Brazilian gang that has "
            "expanded into Paraguay's border region of Amambay. Clashes between the two gangs have left dozens dead.")
    found = {(s, o) for s, p, o in triples(extractor, text) if p == "operates_in"}
    assert not {("Clan Ortiz", "Amambay"), ("Clan Ortiz", "Paraguay")} & found
    assert ("Comando Azul", "Amambay") in found
    text = "Los Pumas control the border. The group, a gang that has expanded into Amambay, is growing."
    assert ("Los Pumas", "operates_in", "Amambay") in triples(extractor, text)


def test_the_town_gang_in_apposition_to_a_group_is_that_group(extractor: Any) -> None:
    from testigo.model import Document

    text = ("Police say the attack was the work of Los Monos, the Rosario gang built by the Cantero family. The "
            "gang's previous leader, Mario Peña Cruz, was shot dead in 2013.")
    found = {(s, o) for s, p, o in triples(extractor, text) if p == "leader_of"}
    assert found == {("Mario Peña Cruz", "Los Monos")}
    text = "Police blamed Los Pumas, the Cantero gang and Los Halcones for the killings."
    groups = {e.name for e in extractor(Document.make(text, "test.txt")).entities if e.kind == "criminal_group"}
    assert groups == {"Los Pumas", "Cantero", "Los Halcones"}


def test_another_son_after_a_son_named_among_sons_is_not_that_sons_son(extractor: Any) -> None:
    text = ("Los Pumas are named for Mario Peña Rosas, a trafficker from Tepic. Prosecutors say the gang has been run "
            "since his death by his sons, among them Luis Peña Jiménez. Another son, Pedro Peña Jiménez, is a state "
            "legislator.")
    assert ("Pedro Peña Jiménez", "child_of", "Luis Peña Jiménez") not in triples(extractor, text)
    text = ("Luigi Ferrante founded the clan in 1990. His eldest son, Carlo Ferrante, was killed in 2005. Another "
            "son, Marco Ferrante, took over.")
    assert ("Marco Ferrante", "child_of", "Luigi Ferrante") in triples(extractor, text)


def test_a_clause_after_a_conjunction_read_as_a_phrase_keeps_its_own_subject(extractor: Any) -> None:
    text = ("Its first bosses had served under Luis Soto Vega, \"El Gato,\" who fought Pedro Vega Ruiz for the port "
            "after Mario Peña Cruz, the head of the organisation, was killed by marines in December 2009.")
    assert {s for s, p, o in triples(extractor, text) if p == "killed"} == {"Mario Peña Cruz"}
    text = "The cartel split after its leader, Mario Peña Cruz, was captured by soldiers in 2009."
    assert {s for s, p, o in triples(extractor, text) if p == "arrested"} == {"Mario Peña Cruz"}
    text = "Los Pumas grew fast until their founder, Raúl Soto Díaz, was arrested by the army in 2015."
    assert {s for s, p, o in triples(extractor, text) if p == "arrested"} == {"Raúl Soto Díaz"}
    text = "Violence rose in Tepic before Pedro Vega Ruiz, alias \"El Gato\", was captured by marines in 2014."
    assert {s for s, p, o in triples(extractor, text) if p == "arrested"} == {"Pedro Vega Ruiz"}


def test_a_short_name_set_off_before_a_known_nickname_is_that_known_person(tmp_path: Any) -> None:
    from testigo.extract import load_extractor

    kb = tmp_path / "people.yaml"
    kb.write_text("entities:\n  - id: ramiro-olmos\n    kind: person\n    name: Ramiro Olmos Vega\n    aliases:\n"
                  "      - {name: Toto}\n", encoding="utf-8")
    extractor = load_extractor(kb_paths=[str(kb)])
    text = ("In June, police in Spain arrested Mario Peña Cruz, the head of Los Pumas. He had been living in "
            "Málaga.\n\nIn July, Ecuador extradited Ramiro Olmos, \"Toto\", the leader of Los Halcones, to the "
            "United States, where he faces cocaine trafficking charges.")
    found = {s.subject for s in said(extractor, text) if s.predicate == "charged"}
    assert found == {"Ramiro Olmos Vega"}
    text = "Police arrested Ramiro Olmos, a cousin of Toto, in Tepic."
    people = {e.name for e in extractor(Document.make(text, "test.txt")).entities if e.kind == "person"}
    assert "Ramiro Olmos" in people


def test_one_deed_denied_in_a_place_does_not_deny_a_groups_presence(extractor: Any) -> None:
    text = "Most sources agree that Los Pumas did not sell drugs on their own account in Texas."
    assert {(s.object, s.polarity) for s in said(extractor, text) if s.predicate == "operates_in"} == set()
    text = "Los Halcones do not control Tepic, the governor said."
    found = {(s.object, s.polarity) for s in said(extractor, text) if s.predicate == "operates_in"}
    assert found == {("Tepic", "negative")}


def test_a_places_adjective_taken_for_a_name_is_no_place(extractor: Any) -> None:
    text = ("US authorities alleged that after his release Mario Peña Cruz built a network in the state of Sonora, "
            "sometimes referred to in the press as the Altar Cartel after the Sonoran town where it was said to be "
            "based. Several media outlets reported that the group fought Los Pumas for control of smuggling routes "
            "through the Sonoran desert between 2016 and 2022.")
    assert "Sonoran" not in {o for s, p, o in triples(extractor, text) if p == "operates_in"}
    found = triples(extractor, "Los Pumas moved drugs through the Tocorón prison.")
    assert ("Los Pumas", "operates_in", "Tocorón") in found


def test_a_headline_around_a_quoted_group_name_names_no_person(extractor: Any) -> None:
    text = ('Tepic Cartel "Los Gallos" Plaza Boss Pleads Guilty to Drug Trafficking Conspiracy\n\n'
            "PHOENIX - A man pleaded guilty on Monday.")
    kinds = {(e.kind, e.name) for e in extractor(Document.make(text, "test.txt")).entities}
    assert not {name for kind, name in kinds if kind == "person"}
    assert ("criminal_group", "Los Gallos") in kinds
    text = 'Ismael "El Toro" Zambrano was arrested in May.'
    assert {s.subject for s in said(extractor, text) if s.predicate == "arrested"} == {'Ismael "El Toro" Zambrano'}


def test_a_who_clause_after_a_kin_apposition_is_told_of_the_name_it_follows(extractor: Any) -> None:
    text = ("He had been seen at the funeral of Pedro Vega Ruiz, the brother of Luis Vega Ruiz, who was shot dead in "
            "February 2016.")
    assert {s for s, p, o in triples(extractor, text) if p == "killed"} == {"Pedro Vega Ruiz"}
    text = "He had been seen with Raúl Soto Díaz, a lieutenant of Mario Peña Cruz, who was shot dead in 2016."
    assert {s for s, p, o in triples(extractor, text) if p == "killed"} == {"Mario Peña Cruz"}


def test_a_given_name_before_a_known_persons_name_is_part_of_it(tmp_path: Any) -> None:
    from testigo.extract import load_extractor

    kb = tmp_path / "people.yaml"
    kb.write_text("entities:\n  - id: adolfo-ruiz\n    kind: person\n    name: Adolfo Ruiz Soto\n    aliases:\n"
                  "      - {name: Toto}\n", encoding="utf-8")
    extractor = load_extractor(kb_paths=[str(kb)])
    text = ("Smaller gangs, such as Los Tigres, have joined the fight.\n\nJosé Adolfo Ruiz Soto, known as \"Toto\", "
            "the leader of Los Pumas, escaped from a prison in Tepic in January 2024.")
    people = {e.name for e in extractor(Document.make(text, "test.txt")).entities if e.kind == "person"}
    assert people == {"Adolfo Ruiz Soto"}
    text = "Smaller gangs have joined the fight.\n\nGeneral Adolfo Ruiz Soto said the army would stay in Tepic."
    people = {e.name for e in extractor(Document.make(text, "test.txt")).entities if e.kind == "person"}
    assert people == {"Adolfo Ruiz Soto"}


def test_a_citys_group_named_by_where_its_people_come_from_is_not_the_group_at_home(extractor: Any) -> None:
    text = "Police have long described Mario Peña Cruz as the head of Toronto's Sicilian Mafia."
    found = {o for s, p, o in triples(extractor, text) if p == "leader_of"}
    assert found == {"Toronto's Sicilian Mafia"}
    text = "Police have long described Mario Peña Cruz as the head of the Sicilian Mafia."
    assert {o for s, p, o in triples(extractor, text) if p == "leader_of"} == {"Cosa Nostra"}
    text = "Police have long described Mario Peña Cruz as the head of Italy's Sicilian Mafia."
    assert {o for s, p, o in triples(extractor, text) if p == "leader_of"} == {"Cosa Nostra"}
