"""People's ties to groups read where no role of the group itself is named: a person serving a group's boss,
and the wordings added in session 14. Each reading is checked both ways: the reading made, and a near case
where it must not be made. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


# --- a person who serves a group's boss is a member of the group -----------------------------------------
def test_lieutenant_of_a_boss_whose_group_is_named_after(extractor: Any) -> None:
    text = ("Rodrigo Peñaloza Ibarra testified that he had been a lieutenant of Aurelio Montaño Ruiz, whose "
            "Tres Ríos gang controlled the port.")
    found = triples(extractor, text)
    assert ("Aurelio Montaño Ruiz", "leader_of", "Tres Ríos") in found
    assert ("Rodrigo Peñaloza Ibarra", "member_of", "Tres Ríos") in found


def test_lieutenant_of_a_boss_who_leads_no_group(extractor: Any) -> None:
    text = ("Rodrigo Peñaloza Ibarra testified that he had been a lieutenant of Aurelio Montaño Ruiz in the army. "
            "The Tres Ríos gang controlled the port.")
    assert not {t for t in triples(extractor, text) if t[1] == "member_of"}


def test_worked_for_the_boss_of_a_group(extractor: Any) -> None:
    text = ("In the 1990s Rodrigo Peñaloza Ibarra worked for Aurelio Montaño Ruiz, the boss of the Cártel de "
            "Tres Ríos, moving cocaine north.")
    assert ("Rodrigo Peñaloza Ibarra", "member_of", "Cártel de Tres Ríos") in triples(extractor, text)


def test_gunman_for_a_boss_named_as_leader_earlier(extractor: Any) -> None:
    text = ("Aurelio Montaño Ruiz ran the Cártel de Tres Ríos for a decade. "
            "Rodrigo Peñaloza Ibarra was a trusted gunman for Montaño Ruiz.")
    assert ("Rodrigo Peñaloza Ibarra", "member_of", "Cártel de Tres Ríos") in triples(extractor, text)


def test_worked_for_a_person_who_leads_no_group(extractor: Any) -> None:
    text = ("Rodrigo Peñaloza Ibarra worked for Aurelio Montaño Ruiz for twenty years as a gardener. "
            "The Cártel de Tres Ríos controls the port.")
    assert not {t for t in triples(extractor, text) if t[1] == "member_of"}


def test_worked_with_a_boss_is_not_serving_him(extractor: Any) -> None:
    text = ("Rodrigo Peñaloza Ibarra worked with Aurelio Montaño Ruiz, the boss of the Cártel de Tres Ríos, "
            "on a housing project.")
    assert ("Rodrigo Peñaloza Ibarra", "member_of", "Cártel de Tres Ríos") not in triples(extractor, text)


def test_field_commander_is_a_member_not_the_leader(extractor: Any) -> None:
    text = "Rodrigo Peñaloza Ibarra is described by officials as one of the Tres Ríos gang's senior field commanders."
    found = triples(extractor, text)
    assert ("Rodrigo Peñaloza Ibarra", "member_of", "Tres Ríos") in found
    assert ("Rodrigo Peñaloza Ibarra", "leader_of", "Tres Ríos") not in found


# --- 'the state', 'the port': the place of that sort the text is about ------------------------------------
def test_the_state_is_the_state_the_text_names(extractor: Any) -> None:
    text = ("Colima has one of the country's busiest ports. By 2012 the Cártel de Tres Ríos had established a strong "
            "presence in the state.")
    assert ("Cártel de Tres Ríos", "operates_in", "Colima") in triples(extractor, text)


def test_the_state_is_not_a_state_named_in_passing(extractor: Any) -> None:
    text = ("Michoacán is a violent place. In Michoacán, the Cártel de Tres Ríos controls a town on the border with "
            "Jalisco. Los Pumas, a cartel that dominated the state a decade ago, is gone.")
    found = triples(extractor, text)
    assert ("Los Pumas", "operates_in", "Michoacán") in found
    assert ("Los Pumas", "operates_in", "Jalisco") not in found


def test_the_state_as_a_modifier_names_no_place(extractor: Any) -> None:
    text = "Colima is quiet. The Cártel de Tres Ríos has a strong presence in the state police."
    assert ("Cártel de Tres Ríos", "operates_in", "Colima") not in triples(extractor, text)


def test_the_port_is_a_place_named_as_a_port(extractor: Any) -> None:
    text = ("Ships dock at the Pacific port of Lázaro Cárdenas. From 2010 the port was dominated by the "
            "Cártel de Tres Ríos.")
    assert ("Cártel de Tres Ríos", "operates_in", "Lázaro Cárdenas") in triples(extractor, text)


def test_the_port_without_a_port_named_names_no_place(extractor: Any) -> None:
    text = "Ships dock in Morelia. From 2010 the port was dominated by the Cártel de Tres Ríos."
    assert ("Cártel de Tres Ríos", "operates_in", "Morelia") not in triples(extractor, text)


def test_a_place_owning_the_trade_a_group_dominates(extractor: Any) -> None:
    text = "Los Pumas, who had dominated Veracruz's drug, extortion and smuggling markets, were challenged in 2011."
    assert ("Los Pumas", "operates_in", "Veracruz") in triples(extractor, text)


def test_its_base_is_the_clause_subjects(extractor: Any) -> None:
    text = ("The Cártel de Tres Ríos was built by three brothers, with its base in the Pacific state of Colima "
            "and a presence in Guadalajara.")
    assert ("Cártel de Tres Ríos", "operates_in", "Colima") in triples(extractor, text)


def test_a_singular_description_of_the_first_name_is_its_alone(extractor: Any) -> None:
    text = ("Chilpancingo is at the centre of a war between Los Pumas, a group based in Tlapa, and Los Gatos, "
            "whose name comes from a town in the sierra.")
    found = triples(extractor, text)
    assert ("Los Pumas", "operates_in", "Tlapa") in found
    assert ("Los Gatos", "operates_in", "Tlapa") not in found


def test_two_groups_described_by_a_plural_share_the_place(extractor: Any) -> None:
    text = "Los Pumas and Los Gatos, two gangs based in Tlapa, signed a truce."
    found = triples(extractor, text)
    assert {("Los Pumas", "operates_in", "Tlapa"), ("Los Gatos", "operates_in", "Tlapa")} <= found


# --- a club's or gang's president heads it ----------------------------------------------------------------
def test_a_gangs_president_leads_it(extractor: Any) -> None:
    text = ("The Black Hawks are an outlaw motorcycle gang in Sydney. He has long been associated with the Black "
            "Hawks, and with its former national president, Darren Kovac.")
    found = triples(extractor, text)
    assert any(s == "Darren Kovac" and p == "leader_of" and "Black Hawks" in o for s, p, o in found)
    assert not any(s == "Darren Kovac" and p == "official_of" for s, p, _ in found)


def test_a_countrys_president_leads_no_group(extractor: Any) -> None:
    text = "Mexican President Andrés Montaño said the Cártel de Tres Ríos had been weakened."
    found = triples(extractor, text)
    assert ("Andrés Montaño", "official_of", "Mexico") in found
    assert not any(p == "leader_of" for _, p, _ in found)


# --- a subject that describes the name set after it between commas ----------------------------------------
def test_a_described_subject_is_the_name_after_it(extractor: Any) -> None:
    text = ("The best known of these crews, Los Pumas, is believed to operate in Tlapa and is widely described "
            "as aligned with the Cártel de Tres Ríos.")
    assert ("Los Pumas", "operates_in", "Tlapa") in triples(extractor, text)


def test_the_name_of_a_subjects_own_clause_is_not_the_subject(extractor: Any) -> None:
    text = "The gang that fought Los Pumas, Los Gatos, operates in Tlapa."
    assert ("Los Pumas", "operates_in", "Tlapa") not in triples(extractor, text)


def test_a_described_person_subject_is_the_name_after_it(extractor: Any) -> None:
    text = ("The mayor of Tlapa, Rodrigo Peñaloza Ibarra, and his wife, Ana Ruiz Soto, were detained by the "
            "Mexican Army in Mexico City on November 4, 2014.")
    assert ("Rodrigo Peñaloza Ibarra", "arrested", "Secretaría de la Defensa Nacional") in triples(extractor, text)


# --- places named before a plural place noun --------------------------------------------------------------
def test_places_named_before_a_plural_place_noun(extractor: Any) -> None:
    text = "Los Pumas is a gang based in the Iztapalapa and Tláhuac boroughs on the eastern edge of the capital."
    found = triples(extractor, text)
    assert {("Los Pumas", "operates_in", "Iztapalapa"), ("Los Pumas", "operates_in", "Tláhuac")} <= found


def test_a_place_named_before_a_place_noun(extractor: Any) -> None:
    text = "Los Gatos is a gang based in the Iztapalapa district and in Chalco."
    assert ("Los Gatos", "operates_in", "Iztapalapa") in triples(extractor, text)


def test_a_group_named_before_a_place_noun_is_no_place(extractor: Any) -> None:
    text = "Los Gatos is a gang based in the Los Pumas districts of the capital."
    assert not {o for s, p, o in triples(extractor, text) if p == "operates_in" and o == "Los Pumas"}


# --- leadership shared with another ------------------------------------------------------------------------
def test_shared_command_of_the_group_in_hand(extractor: Any) -> None:
    text = ("Rodrigo Peñaloza Ibarra rose inside the Cártel de Tres Ríos under Aurelio Montaño Ruiz. After Montaño "
            "left, Peñaloza shared command with Montaño's brother, Tomás Montaño Ruiz, until 2010.")
    found = triples(extractor, text)
    assert ("Rodrigo Peñaloza Ibarra", "leader_of", "Cártel de Tres Ríos") in found
    assert ("Tomás Montaño Ruiz", "leader_of", "Cártel de Tres Ríos") in found


def test_shared_control_of_a_named_group(extractor: Any) -> None:
    text = "Rodrigo Peñaloza Ibarra shares control of the Cártel de Tres Ríos with Tomás Montaño Ruiz."
    found = triples(extractor, text)
    assert ("Tomás Montaño Ruiz", "leader_of", "Cártel de Tres Ríos") in found


def test_shared_a_cell_is_not_shared_command(extractor: Any) -> None:
    text = ("The Cártel de Tres Ríos controls Tlapa. Rodrigo Peñaloza Ibarra shared a cell with Tomás Montaño Ruiz "
            "in 2010.")
    assert not {t for t in triples(extractor, text) if t[1] == "leader_of"}


# --- a front person for a group ---------------------------------------------------------------------------
def test_front_persons_for_a_group_are_members(extractor: Any) -> None:
    text = ("The Tres Ríos Drug Trafficking Organization is run by Aurelio Montaño Ruiz. Rodrigo Peñaloza Ibarra "
            "and Ana Ruiz Soto, who acted as front persons and managed businesses for the organization, were named.")
    assert ("Ana Ruiz Soto", "member_of", "Tres Ríos Drug Trafficking Organization") in triples(extractor, text)


def test_a_bosss_chief_of_operations_is_a_member_of_his_group(extractor: Any) -> None:
    text = ("Aurelio Montaño Ruiz is the head of the Cártel de Tres Ríos. Police name Rodrigo Peñaloza Ibarra, "
            "described as Montaño's chief of operations, as his likely successor.")
    assert ("Rodrigo Peñaloza Ibarra", "member_of", "Cártel de Tres Ríos") in triples(extractor, text)


def test_a_bosss_lawyer_is_not_a_member_of_his_group(extractor: Any) -> None:
    text = ("Aurelio Montaño Ruiz leads the Cártel de Tres Ríos. Montaño's lawyer, Ana Ruiz Soto, spoke to "
            "reporters.")
    assert ("Ana Ruiz Soto", "member_of", "Cártel de Tres Ríos") not in triples(extractor, text)


def test_a_money_manager_for_a_group_is_a_member(extractor: Any) -> None:
    text = ("Police arrested Rodrigo Peñaloza Ibarra, whom they described as a money manager for the "
            "Cártel de Tres Ríos.")
    assert ("Rodrigo Peñaloza Ibarra", "member_of", "Cártel de Tres Ríos") in triples(extractor, text)


def test_a_fund_manager_at_a_bank_is_no_member(extractor: Any) -> None:
    text = ("Rodrigo Peñaloza Ibarra, a money manager at a Zurich bank, testified against the Cártel de Tres Ríos.")
    assert ("Rodrigo Peñaloza Ibarra", "member_of", "Cártel de Tres Ríos") not in triples(extractor, text)
