"""Coordination: what is said of a list of names holds for each name in it (extract/lists.py and
Frame.emit), and names listed together are not tied to each other by what is said of the list.
Each test is a sentence written for it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples as facts

pytestmark = pytest.mark.model


def tied(found: set[tuple[str, str, str]], one: str, predicate: str, other: str) -> bool:
    return (one, predicate, other) in found or (other, predicate, one) in found


def test_an_arrest_of_names_with_nicknames_holds_for_each(extractor: Any) -> None:
    found = facts(extractor, 'Police arrested Ramón Ortiz Vega, alias "El Chivo," and Felipe Duarte Lino, '
                             'alias "El Gordo," in Monterrey.')
    assert ("Ramón Ortiz Vega", "arrested", "") in found
    assert ("Felipe Duarte Lino", "arrested", "") in found


def test_a_passive_subject_list_with_nicknames(extractor: Any) -> None:
    found = facts(extractor, 'Héctor Salas Mora, alias "El Toro," and Iván Pino Ruiz, alias "El Pato," were '
                             'arrested by soldiers in Morelia.')
    assert ("Héctor Salas Mora", "arrested", "Secretaría de la Defensa Nacional") in found  # soldiers in Morelia
    assert ("Iván Pino Ruiz", "arrested", "Secretaría de la Defensa Nacional") in found


def test_leaders_named_by_an_agent_list_with_nicknames(extractor: Any) -> None:
    found = facts(extractor, 'The Gulf Cartel was led by Ramón Ortiz Vega, alias "El Chivo," and Felipe Duarte '
                             'Lino, alias "El Gordo," until 2012.')
    assert ("Ramón Ortiz Vega", "leader_of", "Gulf Cartel") in found
    assert ("Felipe Duarte Lino", "leader_of", "Gulf Cartel") in found


def test_a_list_with_ages_and_one_with_parentheses(extractor: Any) -> None:
    found = facts(extractor, "Héctor Salas Mora, 45, and Iván Pino Ruiz, 38, were extradited to the United "
                             "States on Friday.")
    assert {("Héctor Salas Mora", "extradited", "United States"),
            ("Iván Pino Ruiz", "extradited", "United States")} <= found
    found = facts(extractor, 'Héctor Salas Mora ("El Toro") and Iván Pino Ruiz ("El Pato") were charged in '
                             "Texas with drug trafficking.")
    assert ("Héctor Salas Mora", "charged", "") in found and ("Iván Pino Ruiz", "charged", "") in found


def test_a_later_name_with_a_clause_of_its_own_is_not_spread_to(extractor: Any) -> None:
    found = facts(extractor, 'Soldiers arrested Héctor Salas Mora, alias "El Toro," and Iván Pino Ruiz was '
                             "killed in the shootout.")
    assert ("Héctor Salas Mora", "arrested", "") in found
    assert ("Iván Pino Ruiz", "arrested", "") not in found
    assert ("Héctor Salas Mora", "killed", "") not in found


def test_a_singular_kin_noun_names_the_first_name_alone(extractor: Any) -> None:
    found = facts(extractor, 'Leadership passed to his brother Óscar Lemus Pardo, known as "El Flaco", and '
                             'Julián Arce Soto, known as "El Güero". Óscar Lemus Pardo is the brother of '
                             "Marco Lemus Pardo.")
    assert not any(f[0] == "Julián Arce Soto" and f[1] == "sibling_of" for f in found)
    assert not any(f[2] == "Julián Arce Soto" and f[1] == "sibling_of" for f in found)


def test_names_fighting_a_third_are_not_rivals_of_each_other(extractor: Any) -> None:
    found = facts(extractor, "Los Metros and Los Rojos are rivals of the Sinaloa Cartel.")
    assert tied(found, "Los Metros", "rival_of", "Sinaloa Cartel")
    assert tied(found, "Los Rojos (Tamaulipas)", "rival_of", "Sinaloa Cartel")
    assert not tied(found, "Los Metros", "rival_of", "Los Rojos (Tamaulipas)")


def test_the_partners_of_one_group_are_not_allies_of_each_other(extractor: Any) -> None:
    found = facts(extractor, "Los Metros is reported to have allied itself with Los Rojos and later with "
                             "Los Ciclones.")
    assert tied(found, "Los Metros", "ally_of", "Los Ciclones")
    assert not tied(found, "Los Rojos (Tamaulipas)", "ally_of", "Los Ciclones")


def test_an_alliance_of_three_groups_makes_each_pair_allies(extractor: Any) -> None:
    found = facts(extractor, "An alliance of Los Metros, Los Rojos and Los Ciclones controls the city.")
    for one, other in (("Los Metros", "Los Rojos (Tamaulipas)"), ("Los Metros", "Los Ciclones"),
                       ("Los Rojos (Tamaulipas)", "Los Ciclones")):
        assert tied(found, one, "ally_of", other)


def test_groups_designated_together_are_not_tied(extractor: Any) -> None:
    found = facts(extractor, "Los Viagras, the Gulf Cartel and Los Zetas were sanctioned by the Treasury "
                             "Department.")
    assert {("Los Viagras", "designated", "United States"), ("Gulf Cartel", "designated", "United States"),
            ("Los Zetas", "designated", "United States")} <= found
    assert not any(f[1] in ("ally_of", "rival_of") for f in found)


def test_a_name_inside_an_apposition_is_not_listed_with_the_next(extractor: Any) -> None:
    found = facts(extractor, "The Cártel del Noreste, an offshoot of Los Zetas, and the Gulf Cartel were "
                             "designated by the United States.")
    assert ("Gulf Cartel", "designated", "United States") in found
    assert ("Los Zetas", "designated", "United States") not in found


def test_a_description_after_the_list_is_the_last_names_alone(extractor: Any) -> None:
    found = facts(extractor, "The talk is of an understanding between Los Mayos and Los Rojos, for years the "
                             "Gulf Cartel's bitterest enemy.")
    assert not tied(found, "Los Mayos", "rival_of", "Gulf Cartel")


def test_an_inverted_passive_names_its_subjects_after_the_verb(extractor: Any) -> None:
    found = facts(extractor, 'Named as defendants are Héctor Salas Mora, also known as "El Toro"; Iván Pino '
                             'Ruiz, also known as "El Pato"; and Jose de Jesus Leal Ortega.')
    for person in ("Héctor Salas Mora", "Iván Pino Ruiz"):
        assert (person, "charged", "") in found
    assert any(f[1] == "charged" and "Leal Ortega" in f[0] for f in found)


def test_names_in_a_list_of_semicolons_without_and(extractor: Any) -> None:
    found = facts(extractor, 'Soldiers detained Héctor Salas Mora, alias "El Toro"; Iván Pino Ruiz, alias '
                             '"El Pato"; in Morelia on Tuesday.')
    arrested = {f[0] for f in found if f[1] == "arrested"}  # by the Mexican army (soldiers in Morelia) since session 21
    assert {"Héctor Salas Mora", "Iván Pino Ruiz"} <= arrested
