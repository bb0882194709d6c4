"""Groups a text names only through a person: the group is one entity under every form the text uses
('group loyal to X', "X's organisation", 'the X brothers'), and 'X headed a criminal cell' makes the cell a
group X leads that takes part in the relations around it. Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import triples

pytestmark = pytest.mark.model


def aliases(extractor: Any, text: str) -> dict[str, set[str]]:
    """The aliases of every criminal group of ``text``, by the group's name."""
    return {e.name: {a.name for a in e.aliases} for e in extractor(Document.make(text, "test.txt")).entities
            if e.kind == "criminal_group"}


# --- the text's own phrase is kept as an alias of the group it was read as

LOYAL = ("Police said the Halcones Cartel is fighting a rival group loyal to Rodrigo Valverde Soto, "
         "a trafficker now in prison, for the town's dealing points.")


def test_group_loyal_to_a_person_keeps_the_phrase(extractor: Any) -> None:
    groups = aliases(extractor, LOYAL)
    assert "group loyal to Rodrigo Valverde Soto" in groups["faction loyal to Rodrigo Valverde Soto"]
    assert ("Halcones Cartel", "rival_of", "faction loyal to Rodrigo Valverde Soto") in triples(extractor, LOYAL)


POSSESSED = ("Armando Quiroga Lerma, known as \"El Gavilán\", controls the hills east of Puerto Lobos. "
             "El Gavilán's camp denies any pact with the Halcones Cartel.")


def test_a_persons_camp_keeps_the_phrase(extractor: Any) -> None:
    groups = aliases(extractor, POSSESSED)
    assert any("El Gavilán's camp" in names for names in groups.values())


def test_a_persons_lawyer_is_no_group(extractor: Any) -> None:
    text = ("Armando Quiroga Lerma, known as \"El Gavilán\", was arrested in March. "
            "El Gavilán's lawyer denied any pact with the Halcones Cartel.")
    groups = aliases(extractor, text)
    assert not any("lawyer" in name or any("lawyer" in a for a in names) for name, names in groups.items())


# --- 'X headed a criminal cell': the cell X heads, followed by 'the cell' and 'it'

HEADED = ("According to investigators, Teodoro \"N\" headed a criminal cell dedicated to extortion in the "
          "port of Puerto Lobos. The cell is one of the armed wings of the Halcones Cartel, and it maintains a "
          "dispute with cells linked to the Tejones Cartel.")


def test_a_headed_cell_is_a_group_its_head_leads(extractor: Any) -> None:
    found = triples(extractor, HEADED)
    assert ("Teodoro \"N\"", "leader_of", "criminal cell headed by Teodoro \"N\"") in found
    assert ("criminal cell headed by Teodoro \"N\"", "faction_of", "Halcones Cartel") in found
    assert ("criminal cell headed by Teodoro \"N\"", "rival_of", "Tejones Cartel") in found


def test_the_same_persons_organisation_is_the_same_group(extractor: Any) -> None:
    text = ("Benigno Arce Villalobos, known as \"Chato\", ran a trafficking network near the border. "
            "Chato's organisation was described by police as a key partner of the Halcones Cartel.")
    found = triples(extractor, text)
    assert ("Benigno Arce Villalobos", "leader_of", "trafficking network run by Benigno Arce Villalobos") in found
    assert ("trafficking network run by Benigno Arce Villalobos", "ally_of", "Halcones Cartel") in found
    assert "Chato's organisation" in aliases(extractor, text)["trafficking network run by Benigno Arce Villalobos"]


def test_a_denied_gang_is_no_group(extractor: Any) -> None:
    text = "\"My client has never led a criminal gang,\" the lawyer of Benigno Arce Villalobos said."
    assert not aliases(extractor, text)


def test_a_cell_of_a_named_group_is_no_group_of_its_own(extractor: Any) -> None:
    found = triples(extractor, "Benigno Arce Villalobos heads a local cell of the Halcones Cartel in Puerto Lobos.")
    assert ("Benigno Arce Villalobos", "member_of", "Halcones Cartel") in found
    assert not any(o.startswith("local cell") for _, _, o in found)


def test_a_group_led_out_of_another_is_not_read_so(extractor: Any) -> None:
    found = triples(extractor, "In 2019 Benigno Arce Villalobos led a faction out of the Halcones Cartel to form "
                               "the Tejones Cartel.")
    assert not any("led by" in o for _, _, o in found)


# --- 'the organization of X' and "X's group": one group; its own facts not denied with its clause

ORGANIZATION = ("Officials said the Puerto Lobos-based organization of Teodoro Arce Villalobos is not part of the "
                "Halcones Cartel. Police believe Arce Villalobos's group moves cocaine for the Tejones Cartel.")


def test_the_organization_of_a_person_and_his_group_are_one(extractor: Any) -> None:
    groups = aliases(extractor, ORGANIZATION)
    assert "Arce Villalobos's group" in groups["organization of Teodoro Arce Villalobos"]
    assert len(groups) == 3


def test_the_organization_of_a_person_keeps_its_leader_in_a_denial(extractor: Any) -> None:
    from tests.extract.readout import said

    claims = {(s.subject, s.predicate, s.object, s.polarity) for s in said(extractor, ORGANIZATION)}
    assert ("Teodoro Arce Villalobos", "leader_of", "organization of Teodoro Arce Villalobos", "positive") in claims
    assert ("organization of Teodoro Arce Villalobos", "faction_of", "Halcones Cartel", "negative") in claims


def test_the_group_of_people_is_no_group(extractor: Any) -> None:
    text = "Police said the group of Teodoro Arce Villalobos and two friends left the ranch in March."
    assert not aliases(extractor, text)


# --- 'a group around X'

def test_a_group_around_a_person_is_led_by_him(extractor: Any) -> None:
    found = triples(extractor, "The faction around Rodrigo Valverde Soto has fought the Halcones Cartel since 2019.")
    assert ("Rodrigo Valverde Soto", "leader_of", "faction around Rodrigo Valverde Soto") in found
    assert ("faction around Rodrigo Valverde Soto", "rival_of", "Halcones Cartel") in found


def test_a_group_around_el_chapo_is_not_his_sons(extractor: Any) -> None:
    found = triples(extractor, "The routes were left to a younger group around Joaquín Guzmán Loera.")
    assert ("Joaquín Guzmán Loera", "leader_of", "Los Chapitos") not in found


# --- 'the X faction' where X is the family's name of a group: the phrase is the group's alias

def test_a_family_faction_is_the_familys_group(extractor: Any) -> None:
    text = ("Arturo Beltrán Leyva blamed the Sinaloa Cartel, and the Beltrán Leyva faction broke away and allied "
            "itself with the Zetas.")
    assert "Beltrán Leyva faction" in aliases(extractor, text)["Beltrán-Leyva Organization"]


def test_a_cartels_faction_is_no_alias_of_the_cartel(extractor: Any) -> None:
    text = "The Sinaloa Cartel faction allied itself with the Zetas."
    assert "Sinaloa Cartel faction" not in aliases(extractor, text).get("Sinaloa Cartel", set())


# --- 'the followers of X, known as G': X leads G

def test_the_followers_of_a_person_known_as_a_group(extractor: Any) -> None:
    found = triples(extractor, "The followers of Rodrigo Valverde Soto, known as Los Pumas, have fought the "
                               "Halcones Cartel since 2019.")
    assert ("Rodrigo Valverde Soto", "leader_of", "Los Pumas") in found
    assert ("Los Pumas", "rival_of", "Halcones Cartel") in found


def test_a_persons_loyalists_known_as_a_group(extractor: Any) -> None:
    found = triples(extractor, "Valverde Soto's loyalists, known as Los Pumas, clashed with the Halcones Cartel.")
    assert any(p == "leader_of" and o == "Los Pumas" for _, p, o in found)


def test_followers_with_no_name_are_no_group(extractor: Any) -> None:
    found = triples(extractor, "The followers of Rodrigo Valverde Soto gathered outside the court in Puerto Lobos.")
    assert not any(p == "leader_of" for _, p, _ in found)


# --- "X, whose organisation ...": the group named after X's family

def test_whose_organisation_is_the_familys_group(extractor: Any) -> None:
    found = triples(extractor, "He was a lieutenant of Arturo Beltrán Leyva, whose organisation was then part of "
                               "the Sinaloa alliance.")
    assert ("Arturo Beltrán Leyva", "leader_of", "Beltrán-Leyva Organization") in found


def test_whose_organisation_of_a_family_with_no_group_is_none(extractor: Any) -> None:
    found = triples(extractor, "He was a lieutenant of Teodoro Arce Villalobos, whose organisation was then part "
                               "of the Halcones Cartel.")
    assert not any(p == "leader_of" for _, p, _ in found)


def test_whose_lawyer_is_no_group(extractor: Any) -> None:
    found = triples(extractor, "He worked for Arturo Beltrán Leyva, whose lawyer later met the Sinaloa Cartel.")
    assert not any(p == "leader_of" for _, p, _ in found)


# --- 'the P leadership' as a subject: the group named after P (as 'the P leaders' already is)

def test_a_groups_leadership_as_subject_is_the_group(extractor: Any) -> None:
    found = triples(extractor, "For years the Sinaloa leadership cooperated with the Tejones Cartel.")
    assert ("Sinaloa Cartel", "ally_of", "Tejones Cartel") in found


# --- "X's organisation" is led by X, and "X's faction" later is that same group

def test_a_persons_organisation_and_faction_are_one_group(extractor: Any) -> None:
    text = ("Teodoro Arce Villalobos's organisation fought the Halcones Cartel for the port. Arce Villalobos's "
            "faction later made peace with the Halcones Cartel.")
    found = triples(extractor, text)
    assert ("Teodoro Arce Villalobos", "leader_of", "organisation of Teodoro Arce Villalobos") in found
    assert ("organisation of Teodoro Arce Villalobos", "negotiated_with", "Halcones Cartel") in found
    assert "Arce Villalobos's faction" in aliases(extractor, text)["organisation of Teodoro Arce Villalobos"]


def test_a_persons_lawyer_leads_nothing(extractor: Any) -> None:
    found = triples(extractor, "Teodoro Arce Villalobos's lawyer met the Halcones Cartel's negotiators.")
    assert not any(p == "leader_of" for _, p, _ in found)


# --- a group said to include a person: the person is a member

def test_a_group_that_includes_a_person(extractor: Any) -> None:
    text = ("Police arrested Teodoro Arce Villalobos in March. The faction loyal to Arce Villalobos is believed to "
            "include his nephew, Mario Arce Ruiz.")
    assert ("Mario Arce Ruiz", "member_of", "faction loyal to Teodoro Arce Villalobos") in triples(extractor, text)


def test_a_bare_group_that_includes_a_person_is_not_read(extractor: Any) -> None:
    text = ("The Halcones Cartel lost its port last year. Thirteen prisoners were flown north on Friday. "
            "The group also included Mario Arce Ruiz.")
    assert not any(p == "member_of" for _, p, _ in triples(extractor, text))


def test_a_groups_victims_are_not_members(extractor: Any) -> None:
    found = triples(extractor, "The victims of the Halcones Cartel include Mario Arce Ruiz, a teacher.")
    assert not any(p == "member_of" for _, p, _ in found)


def test_a_persons_men_name_the_group_he_leads(extractor: Any) -> None:
    text = ("Police said a rival group loyal to Teodoro Arce Villalobos controls the port. Arce Villalobos's men "
            "clashed with the Halcones Cartel last week.")
    assert "Arce Villalobos's men" in aliases(extractor, text)["faction loyal to Teodoro Arce Villalobos"]


def test_a_group_around_a_named_relative_and_the_faction_loyal_to_him_are_one(extractor: Any) -> None:
    text = ("Police arrested Teodoro Arce Villalobos in March. Investigators believe a younger group around his "
            "nephew, Mario Arce Ruiz, now wants the docks. The faction loyal to Mario Arce Ruiz has clashed twice "
            "with the Tejones Cartel.")
    groups = aliases(extractor, text)
    assert groups.get("group around Mario Arce Ruiz") == {"faction loyal to Mario Arce Ruiz"}
    assert ("group around Mario Arce Ruiz", "rival_of", "Tejones Cartel") in triples(extractor, text)


def test_a_group_around_a_pronoun_is_not_read(extractor: Any) -> None:
    text = "Teodoro Arce Villalobos left the ranch at dawn. A group around him fired at the Tejones Cartel's men."
    assert not any(p == "leader_of" for _, p, _ in triples(extractor, text))


def test_a_working_group_or_a_network_of_reporters_is_no_criminal_group(extractor: Any) -> None:
    text = ("Governor Laura Méndez Ríos headed a working group on prison security last year. The journalist Rosa "
            "Vera Gil ran a network of reporters across Sinaloa. The organisation's leader, Óscar Peña Lara, was "
            "arrested in May.")
    assert not aliases(extractor, text)
    assert not any(p == "leader_of" for _, p, _ in triples(extractor, text))


def test_a_group_named_by_no_name_can_be_what_the_text_is_about(extractor: Any) -> None:
    text = ("Laura Méndez Ríos headed a criminal gang last year. Pedro Salas Cano led a delegation to Washington. "
            "General Tomás Ibarra Luna commanded an army battalion in Culiacán. The organisation's leader, Óscar "
            "Peña Lara, was arrested in May.")
    triples(extractor, text)  # what the text is about: the gang, known only as a phrase read as a group (no crash)


# --- 'One faction follows X; the other follows Y': each faction is led by its person

SPLIT = ("The war between the factions of the Halcones Cartel has reached the city. One faction follows Erickson "
         "Salas Mora, known as \"Sebastián\"; the other follows Maximiliano Ortiz Gil, known as \"Valenciano\". "
         "Sebastián's camp denies any pact with the Tejones Cartel.")


def test_a_faction_follows_its_leader(extractor: Any) -> None:
    found = triples(extractor, SPLIT)
    assert ("Erickson Salas Mora", "leader_of", "faction led by Erickson Salas Mora") in found
    assert ("Maximiliano Ortiz Gil", "leader_of", "faction led by Maximiliano Ortiz Gil") in found
    assert "Sebastián's camp" in aliases(extractor, SPLIT)["faction led by Erickson Salas Mora"]


def test_following_a_person_is_no_leading(extractor: Any) -> None:
    text = "Police followed Erickson Salas Mora for weeks. The gang follows the orders of Maximiliano Ortiz Gil."
    assert not any(p == "leader_of" for _, p, _ in triples(extractor, text))
