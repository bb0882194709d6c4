"""Session 21 (helper agencies21): state forces named by a description rather than a name.

- a country's army, navy, air force or armed forces the KB does not know is an agency named by its country ('navy
  of Guinea-Bissau'), from its owner ("Guinea-Bissau's navy", "the country's navy"), an of-phrase ('the navy of
  Guinea-Bissau'), an adjective of nationality ('the Malian army') or the country the text is about ('the navy',
  'the air force', 'the army chief of staff', 'a former navy officer'); the KB's force where it has one ('the
  army' in a Mexican text stays SEDENA); never 'an army of gunmen', "the cartel's army", or 'the army' in a text
  naming no country;
- a title before its holder's name ('the chief of staff of the air force, X') and 'chief of staff of' make X an
  official of the force;
- soldiers and marines in a sentence naming their own KB force ('marines captured X, the Mexican Navy said')
  are that force;
- a town's or a state's police named by its place: 'the municipal police of P', "P's municipal police", 'the P
  municipal police', 'the town police of P', 'the chief of the municipal police in P', 'the state police of P'
  are the agency 'P municipal police' ('P town police', 'P state police'); no place, or a country, names none.

Sentences written for this test, with invented names.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import names, triples

pytestmark = pytest.mark.model

BISSAU = "Guinea-Bissau has long been a hub for cocaine, and Guinea-Bissau still is. "
SENEGAL = "Senegal has become a transit point, and Senegal's ports are busy. "
MEXICO = "Mexico's violence keeps rising, Mexican officials say. "


# --------------------------------------------------------------------------- a country's forces by their country

@pytest.mark.parametrize(("text", "wanted"), [
    # a wire story: the force's owner
    ("Rear Admiral Tomas Na Bale, the head of Guinea-Bissau's navy, was arrested by DEA agents in April 2013.",
     ("Admiral Tomas Na Bale", "official_of", "navy of Guinea-Bissau")),
    # a relative clause, an of-phrase
    ("Vice Admiral Ansumane Jatta, who commanded the navy of Guinea-Bissau, was arrested in Bissau in 2015.",
     ("Admiral Ansumane Jatta", "official_of", "navy of Guinea-Bissau")),
    # an adjective of nationality, 'a colonel in'
    ("Adama Traore, a colonel in the Malian army, was charged in 2019.",
     ("Adama Traore", "official_of", "army of Mali")),
    # a review: the text's country, a former chief
    (BISSAU + "The navy was run by traffickers, analysts said. Admiral Djalo Cassama, a former chief of the navy, "
              "was arrested at sea in 2013.",
     ("Admiral Djalo Cassama", "official_of", "navy of Guinea-Bissau")),
    # 'then deputy chief of the army'
    (BISSAU + "In 2010 Antonio Nhaga, then deputy chief of the army, seized power.",
     ("Antonio Nhaga", "official_of", "army of Guinea-Bissau")),
    # the force as a modifier of the title
    (BISSAU + "The army chief of staff, Bubacar Na Fafe, was killed by a bomb in Bissau.",
     ("Bubacar Na Fafe", "official_of", "army of Guinea-Bissau")),
    # "the country's navy"
    (SENEGAL + "A former commander of the country's navy, Admiral Ousmane Faye, was detained in Dakar.",
     ("Admiral Ousmane Faye", "official_of", "navy of Senegal")),
    # a rank with the force on it: 'a former navy officer'
    (BISSAU + "Mamadu Djalo, a former navy officer, was arrested in Lisbon in 2014.",
     ("Mamadu Djalo", "official_of", "navy of Guinea-Bissau")),
    # the armed forces, a relative clause
    (BISSAU + "General Mamadu Ture, who headed the armed forces, was charged in New York.",
     ("Mamadu Ture", "official_of", "armed forces of Guinea-Bissau")),
    # 'the military', a title before the name
    (BISSAU + "The military seized power in 2012, led by General Mamadu Ture.",
     ("Mamadu Ture", "official_of", "army of Guinea-Bissau")),
    # the title before the name, 'chief of staff of'
    (BISSAU + "The chief of staff of the air force, Ibrahim Sambu, was named by the Treasury.",
     ("Ibrahim Sambu", "official_of", "air force of Guinea-Bissau")),
    ("Ibrahim Sambu, the chief of staff of the Malian army, was named by the Treasury.",
     ("Ibrahim Sambu", "official_of", "army of Mali")),
    ("The Treasury named him, together with the chief of the Malian army, Ibrahim Sambu, in 2010.",
     ("Ibrahim Sambu", "official_of", "army of Mali")),
    # a capitalised force, a passive of leading
    ("The Navy of Guinea-Bissau was led by Admiral Tomas Na Bale until 2012, according to prosecutors. "
     "Guinea-Bissau denied it.",
     ("Admiral Tomas Na Bale", "official_of", "navy of Guinea-Bissau")),
])
def test_a_force_the_kb_does_not_know_is_named_by_its_country(extractor: Any, text: str,
                                                              wanted: tuple[str, str, str]) -> None:
    assert wanted in triples(extractor, text)


@pytest.mark.parametrize(("text", "force"), [
    (BISSAU + "Ibrahim Sambu, the chief of staff of the air force, was named by the Treasury.",
     "air force of Guinea-Bissau"),
    ("Liberia's army was accused of smuggling, and General Joseph Kollie denied it.", "army of Liberia"),
])
def test_more_forces_named_by_their_country(extractor: Any, text: str, force: str) -> None:
    assert force in names(extractor, text, "agency")


@pytest.mark.parametrize("text", [
    "The cartel's army of gunmen took the town of Aguililla in 2021.",
    "An army of lookouts watches every road into Tepalcatepec, residents said.",
    "The army said the road was closed.",  # no country anywhere
    BISSAU + "The cartel's armed forces outnumber the police.",
    BISSAU + "Former soldiers trained the gunmen, prosecutors said.",
])
def test_no_force_for_an_army_of_gunmen_or_no_country(extractor: Any, text: str) -> None:
    assert not {n for n in names(extractor, text, "agency") if n.split()[0] in ("army", "navy", "air", "armed")}


@pytest.mark.parametrize(("text", "wanted"), [
    (MEXICO + "The army arrested Ramiro Fuentes Salas in Culiacan on Monday.",
     ("Ramiro Fuentes Salas", "arrested", "Secretaría de la Defensa Nacional")),
    ("Mexico's navy is fighting the cartels, and the navy arrested Iván Soto Rubio in Manzanillo, Colima, on "
     "Friday.", ("Iván Soto Rubio", "arrested", "Secretaría de Marina")),
    # soldiers and marines with their own force named in the sentence
    ("Soldiers detained Hector Ugalde Rivas in Reynosa, Tamaulipas, in 2011, according to Mexico's defence "
     "ministry.", ("Hector Ugalde Rivas", "arrested", "Secretaría de la Defensa Nacional")),
    ("Marines captured Luis Bernal Ochoa in Mazatlan, Sinaloa, the Mexican Navy said.",
     ("Luis Bernal Ochoa", "arrested", "Secretaría de Marina")),
    (MEXICO + "Ramon Ibarra Lugo, a former army officer, was arrested in Culiacan.",
     ("Ramon Ibarra Lugo", "official_of", "Secretaría de la Defensa Nacional")),
    # a text about a country with no KB army: soldiers in a Mexican place are Mexico's
    ("Colombia exports cocaine, and Colombia fights the trade. Soldiers arrested Ivan Rios Pardo in Culiacan, "
     "Sinaloa, in 2009.", ("Ivan Rios Pardo", "arrested", "Secretaría de la Defensa Nacional")),
])
def test_the_kb_force_stays_the_country_force(extractor: Any, text: str, wanted: tuple[str, str, str]) -> None:
    found = triples(extractor, text)
    assert wanted in found
    assert not {t for t in found if t[2].startswith(("army of", "navy of"))}


def test_soldiers_beside_another_agency_stay_unnamed(extractor: Any) -> None:
    text = MEXICO + "Soldiers detained Hector Ugalde Rivas in Reynosa, the National Guard said."
    assert not {t for t in triples(extractor, text)
                if t[1] == "arrested" and t[2] == "Secretaría de la Defensa Nacional"}


# --------------------------------------------------------------------------- a place's police by their place

@pytest.mark.parametrize(("text", "force"), [
    ("The municipal police of Ciudad Alvarado worked for the Zetas, residents said.",
     "Ciudad Alvarado municipal police"),
    ("Residents said Alvarado's municipal police answered to the Zetas.", "Alvarado municipal police"),
    ("The Tepec municipal police protected the cartel's lookouts, prosecutors said.", "Tepec municipal police"),
    ("The town police of San Lucas Ojitlan were in the pay of the CJNG, according to state officials.",
     "San Lucas Ojitlan town police"),
    ("The police of Ciudad Mier fled the town in 2010, residents said.", "Ciudad Mier police"),
])
def test_a_place_police_is_named_by_its_place(extractor: Any, text: str, force: str) -> None:
    assert force in names(extractor, text, "agency")


@pytest.mark.parametrize(("text", "wanted"), [
    ("Raul Estrada Solis, the chief of the municipal police in Zitacuaro, was shot dead on Monday.",
     ("Raul Estrada Solis", "official_of", "Zitacuaro municipal police")),
    ("Arturo Mena Valdez, a commander of the state police of Michoacan, was accused of working for the Knights "
     "Templar.", ("Arturo Mena Valdez", "official_of", "Michoacan state police")),
    ("The state police of Guerrero arrested Luis Ortega Lara in Iguala, Guerrero, on Tuesday.",
     ("Luis Ortega Lara", "arrested", "Guerrero state police")),
    # the police words on a rank, the place on the rank or before the kind words
    ("Ruben Salas Ortiz, the municipal police chief of Camargo, disappeared in 2011.",
     ("Ruben Salas Ortiz", "official_of", "Camargo municipal police")),
    ("Gunmen killed Ruben Salas Ortiz, a Camargo municipal police officer, in 2011.",
     ("Ruben Salas Ortiz", "official_of", "Camargo municipal police")),
    ("Ruben Salas Ortiz, who led the Camargo municipal police, disappeared in 2011.",
     ("Ruben Salas Ortiz", "official_of", "Camargo municipal police")),
])
def test_claims_about_a_place_police(extractor: Any, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "In those towns the municipal police were on the payroll of the Gulf Cartel, according to prosecutors.",
    "Colombian police arrested Hernan Parra in Medellin in 2012.",
    "The police of Mexico arrested Hernan Parra in 2012.",
])
def test_no_place_police_without_a_place(extractor: Any, text: str) -> None:
    assert not {n for n in names(extractor, text, "agency") if n.endswith(("municipal police", " police"))
                and n.split()[0] not in ("Colombian",)}
