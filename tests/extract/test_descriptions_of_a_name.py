"""Relations told by the noun phrases attached to a name, wherever the parser hangs them: a role noun
coordinated with the nickname or with an apposition ('X, the man known as "Y" and the alleged leader of G'),
a description opened by a time word ('X, at first G's armed wing'), a family noun that shares the owner of
the one it is coordinated with ('his older brother, A, and a younger brother, B'), 'the best-known members
are A and B', a faction named for its leader ("G's Gato Lara faction"), and 'the organisation' after
'the X organisation'.

Each sentence is written for this test, with invented gangs and people; each test checks the claim a
rule must make and the silence it must keep.
"""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model


def claims(extractor: Any, text: str) -> list[tuple[str, str, str]]:
    """(subject, predicate, object) of every claim."""
    return [(s.subject, s.predicate, s.object) for s in said(extractor, text)]


def test_a_role_coordinated_with_the_nickname_or_an_apposition_describes_the_name(extractor: Any) -> None:
    found = claims(extractor, 'Soldiers captured Tomás Lara Ruiz, the man known as "El Gato" and alleged leader '
                              'of the Río Frío Cartel, on Sunday.')
    assert ("Tomás Lara Ruiz", "leader_of", "Río Frío Cartel") in found
    found = claims(extractor, 'Soldiers captured Tomás Lara Ruiz, known as "El Gato" and a founder of the Río Frío '
                              'Cartel, on Sunday.')
    assert ("Tomás Lara Ruiz", "founder_of", "Río Frío Cartel") in found
    found = claims(extractor, "Police detained Mario Salas Ochoa, a son of Pedro Salas Vega and a cousin of "
                              "Luis Ochoa Peña, in Culiacán.")
    assert ("Mario Salas Ochoa", "child_of", "Pedro Salas Vega") in found
    assert ("Mario Salas Ochoa", "relative_of", "Luis Ochoa Peña") in found
    found = claims(extractor, 'Soldiers captured Tomás Lara Ruiz, the man known as "El Gato" and a former '
                              'farmer, on Sunday.')
    assert not [c for c in found if c[1] in ("leader_of", "member_of", "founder_of")]
    found = claims(extractor, "Police arrested Tomás Lara Ruiz and a founder of the Río Frío Cartel on Sunday.")
    assert ("Tomás Lara Ruiz", "founder_of", "Río Frío Cartel") not in found  # two people
    found = claims(extractor, 'Pedro Lara Ruiz, known as "Z-1", and his brother Tomás Lara Ruiz, known as "Z-2", '
                              'were arrested.')
    assert ("Pedro Lara Ruiz", "sibling_of", "Tomás Lara Ruiz") not in found  # the brother is another name
    assert ("Tomás Lara Ruiz", "sibling_of", "Pedro Lara Ruiz") in found


def test_a_description_opened_by_a_time_word_describes_the_name_before_the_comma(extractor: Any) -> None:
    found = claims(extractor, "Police arrested Tomás Lara Ruiz, at one time the top leader of the Río Frío "
                              "Cartel, in Tepic.")
    assert ("Tomás Lara Ruiz", "leader_of", "Río Frío Cartel") in found
    found = claims(extractor, "The deserters became Los Halcones, at first the Río Frío Cartel's armed wing "
                              "and escort.")
    assert ("Los Halcones", "faction_of", "Río Frío Cartel") in found
    found = claims(extractor, "Los Halcones, for its part, denied any deal with the Río Frío Cartel.")
    assert not [c for c in found if c[1] == "faction_of"]


def test_a_family_noun_without_an_owner_shares_the_owner_of_the_one_before(extractor: Any) -> None:
    found = claims(extractor, "The Treasury sanctioned Ramiro Soto Soto on Monday. The same action named his "
                              "older brother, Álvaro Soto Soto, and a younger brother, Remigio Soto Soto.")
    assert ("Álvaro Soto Soto", "sibling_of", "Ramiro Soto Soto") in found
    assert ("Remigio Soto Soto", "sibling_of", "Ramiro Soto Soto") in found
    found = claims(extractor, "Juan Peña Cruz was arrested. His wife, Ana Ríos Lugo, and a son, Pedro Peña Ríos, "
                              "were questioned.")
    assert ("Ana Ríos Lugo", "spouse_of", "Juan Peña Cruz") in found
    assert ("Pedro Peña Ríos", "child_of", "Juan Peña Cruz") in found
    assert ("Pedro Peña Ríos", "spouse_of", "Juan Peña Cruz") not in found  # the wife is Ana, not Pedro
    found = claims(extractor, "Police questioned a younger brother, Remigio Soto Soto, and a cousin, "
                              "Álvaro Soto Soto.")
    assert not [c for c in found if c[1] in ("sibling_of", "relative_of")]  # nobody's brother is named


def test_groups_named_as_the_members_of_a_group_are_its_factions(extractor: Any) -> None:
    found = claims(extractor, "The Cártel del Río Seco is a coalition of armed groups. The best-known members "
                              "are Los Halcones and the Cártel de Piedra Azul.")
    assert ("Los Halcones", "faction_of", "Cártel del Río Seco") in found
    assert ("Cártel de Piedra Azul", "faction_of", "Cártel del Río Seco") in found
    found = claims(extractor, "The Cártel del Río Seco is a coalition of armed groups. Its members are mostly "
                              "farmers.")
    assert not [c for c in found if c[1] == "faction_of"]


def test_a_faction_named_for_a_person_is_the_faction_that_person_leads(extractor: Any) -> None:
    found = claims(extractor, 'Tomás "El Gato" Lara was arrested in May. Los Gatos fought on. The Halcones buy '
                              "guns from the Río Frío Cartel's Lara faction.")
    assert ("Los Gatos", "faction_of", "Río Frío Cartel") in found
    found = claims(extractor, 'Tomás "El Gato" Lara was arrested in May. Los Gatos fought on. The Halcones buy '
                              "guns from the Lara faction of the Río Frío Cartel.")
    assert ("Los Gatos", "faction_of", "Río Frío Cartel") in found
    found = claims(extractor, 'Tomás "El Gato" Lara was arrested in May. Los Gatos fought on with the '
                              "Halcones, a Lara splinter.")
    assert ("Los Gatos", "faction_of", "Río Frío Cartel") not in found


def test_the_organisation_after_a_group_called_an_organisation_is_that_group(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones sell drugs in the port. The gang, known by its initials LH, grew out "
                              "of the remains of the Quiroga Lugo organisation after that network broke apart. Its "
                              "first bosses had served under Tomás Lara Ruiz, who fought Pedro Quiroga Lugo for the "
                              "port after Ramón Quiroga Lugo, the head of the organisation, was killed in 2009.")
    assert ("Ramón Quiroga Lugo", "leader_of", "Quiroga Lugo") in found
    assert ("Ramón Quiroga Lugo", "leader_of", "Los Halcones") not in found  # the gang was never called so


def test_a_name_the_parser_put_inside_the_source_phrase_is_the_subject_of_the_copula(extractor: Any) -> None:
    result = extractor(Document.make('Ramiro Soto, alias "El Nene," escaped on Sunday. According to a source in the '
                                     'state cabinet who asked not to be named, "El Nene" would be the top leader of '
                                     "Los Halcones.", "test.txt"))
    names = {e.id: e.name for e in result.entities}
    found = [(names[c.subject_id], c.predicate, names.get(c.object_id or "", ""), c.certainty.value)
             for c in result.claims]
    assert ("Ramiro Soto", "leader_of", "Los Halcones", "probable") in found


def test_a_part_with_an_owner_and_a_name_after_known_as_is_a_faction_of_the_owner(extractor: Any) -> None:
    found = claims(extractor, 'The Río Frío Cartel controls the port. Its armed wing, known as "Los '
                              'Halcones," is believed to be commanded by a nephew.')
    assert ("Los Halcones", "faction_of", "Río Frío Cartel") in found
    found = claims(extractor, 'The Río Frío Cartel controls the port. A rival band, known as "Los Halcones," '
                              'is believed to be commanded by a nephew.')
    assert ("Los Halcones", "faction_of", "Río Frío Cartel") not in found


def test_kin_after_another_of_and_after_an_alias_and_of_the_two_brothers(extractor: Any) -> None:
    found = claims(extractor, 'Pedro "El Toro" Salas pleaded guilty. Another of Salas\'s sons, Mario Salas Ochoa, '
                              "testified in Chicago.")
    assert ("Mario Salas Ochoa", "child_of", 'Pedro "El Toro" Salas') in found
    found = claims(extractor, 'Pedro Lara Ruiz, known as "Z-1", and his younger brother Tomás Lara Ruiz, "Z-2", ran '
                              'the group. Juan Lara Chávez, alias "El Pollo", a nephew of the two brothers, was '
                              "deported.")
    assert ("Juan Lara Chávez", "relative_of", "Pedro Lara Ruiz") in found
    assert ("Juan Lara Chávez", "relative_of", "Tomás Lara Ruiz") in found
    found = claims(extractor, 'Juan Lara Chávez, alias "El Pollo", a nephew of the two brothers, was deported.')
    assert not [c for c in found if c[1] == "relative_of"]  # no brothers named before


def test_an_agent_in_charge_of_an_agencys_office_is_an_official_of_the_agency(extractor: Any) -> None:
    found = claims(extractor, '"This case shows our resolve," said Laura Gómez Prieto, Special Agent in Charge of '
                              "the DEA's Houston Field Division.")
    assert ("Laura Gómez Prieto", "official_of", "Drug Enforcement Administration") in found
    found = claims(extractor, "Laura Gómez Prieto, the special agent in charge of the FBI's El Paso office, "
                              "announced the arrest.")
    assert ("Laura Gómez Prieto", "official_of", "Federal Bureau of Investigation") in found
    found = claims(extractor, "Laura Gómez Prieto, the agent in charge of the Río Frío Cartel's money, was arrested.")
    assert not [c for c in found if c[1] == "official_of"]


def test_a_name_after_the_comma_that_closes_a_role_phrase_is_the_role_holder(extractor: Any) -> None:
    found = claims(extractor, 'Pedro "N" was arrested in Tepic. He is identified as a regional leader of the Río '
                              'Frío Cartel. He is considered a close collaborator of the leader of the criminal '
                              'group, Tomás "N", alias "El Gato".')
    assert ('Tomás "N"', "leader_of", "Río Frío Cartel") in found
    assert ('Pedro "N"', "leader_of", "Río Frío Cartel") not in found
    found = claims(extractor, "Pedro Salas is considered a close collaborator of the leader of the Río Frío Cartel, "
                              "and was arrested with Tomás Lara.")
    assert ("Tomás Lara", "leader_of", "Río Frío Cartel") not in found


def test_the_unit_is_the_group_the_text_made_a_part_of_another(extractor: Any) -> None:
    found = claims(extractor, 'Pedro Salas hired deserters. They became Los Halcones, at first the Río Frío Cartel\'s '
                              'armed wing. After Salas was killed in 2002, Tomás Lara, "El Gato," took command of the '
                              "unit.")
    assert ("Tomás Lara", "leader_of", "Los Halcones") in found
    found = claims(extractor, 'The Río Frío Cartel hired deserters. After its boss was killed in 2002, Tomás Lara, '
                              '"El Gato," took command of the unit.')
    assert not [c for c in found if c[:2] == ("Tomás Lara", "leader_of")]  # no group was made a part


def test_a_person_affiliated_with_a_group_is_its_member(extractor: Any) -> None:
    found = claims(extractor, "According to the Treasury, Pedro Salas was previously affiliated with the Río Frío "
                              "Cartel.")
    assert ("Pedro Salas", "member_of", "Río Frío Cartel") in found
    found = claims(extractor, "Pedro Salas, a trafficker affiliated with the Río Frío Cartel, was arrested.")
    assert ("Pedro Salas", "member_of", "Río Frío Cartel") in found
    found = claims(extractor, "Los Halcones are affiliated with the Río Frío Cartel.")
    assert not [c for c in found if c[1] == "member_of"]  # a group is no member


def test_second_in_command_with_no_group_named_is_of_the_group_in_hand(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones lost their leader on Monday. The name mentioned most often as a possible "
                              "successor is his brother, Tomás Lara Ruiz, known as T-2, who is believed to be second "
                              "in command.")
    assert ("Tomás Lara Ruiz", "member_of", "Los Halcones") in found
    found = claims(extractor, "Tomás Lara Ruiz was promoted on Monday. He is now second in command.")
    assert not [c for c in found if c[1] in ("member_of", "leader_of")]


def test_what_a_relative_clause_describes_is_the_name_its_noun_stands_beside(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones, a gang that officials describe as the armed wing of the Río Frío "
                              "Cartel, moved cocaine.")
    assert ("Los Halcones", "faction_of", "Río Frío Cartel") in found
    found = claims(extractor, "Los Halcones, a gang that officials say moved cocaine for years, attacked the armed "
                              "wing of the Río Frío Cartel.")
    assert ("Los Halcones", "faction_of", "Río Frío Cartel") not in found


def test_a_spoken_hedge_that_took_the_parse_leaves_the_split_to_its_clause(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones itself split, I think around 2005, into two factions, the Sureños and "
                              "the Norteños.")
    assert ("Sureños", "faction_of", "Los Halcones") in found
    found = claims(extractor, "Los Halcones, I think, moved into two towns, Reynosa and Matamoros, around 2005.")
    assert not [c for c in found if c[1] == "faction_of"]
