"""Roles read in session 21 (roles21), from a paraphrase battery of invented sentences.

- "G, run since the late 1990s by X" / "G, led for two decades by X": a time phrase between the participle and its
  'by' (the parser hangs 'by X' on the time, or reads 'G led' as a clause of its own) still names G's leader.
- "X headed the investigation into G": one who leads an inquiry (a fight, a case) into a group does not lead it;
  "X led most of its fighters into G" still does.
- "G, with X and Y at its head, ..." / "G grew with X at the helm": the people at a group's head lead it.
- "Gulf boss X" (a group's short name and a noun of its people as a title before a name): the group the text
  names so, else the one group of the knowledge base whose name opens with the word.
- "Y is generally described as his deputy", "Y, his deputy", "Y is X's number two", "X's man in P", "X's man
  for dealing with the army", "X's money launderer": a henchman of X is a member of the group X leads.
- "the Tampico Cartel of the Ruelas brothers, Rodrigo and Mateo": the brothers the group is 'of' lead it.
- "X was put in charge of (took charge of, took command of) <agency>", "X was appointed head of <agency>",
  "X served as (was sworn in as, was elected) governor of S": X is an official of that office.

Sentences written for these tests, invented people.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model

LEADS = "Ramón Ibarra Cota leads the Sonora Cartel. "


@pytest.mark.parametrize(("text", "triple"), [
    ("The Sonora Cartel, run since the late 1990s by Ramón Ibarra Cota, controls the city.",
     ("Ramón Ibarra Cota", "leader_of", "Sonora Cartel")),
    ("The Sonora Cartel, led for two decades by Ramón Ibarra Cota, controls the city.",
     ("Ramón Ibarra Cota", "leader_of", "Sonora Cartel")),
    ("The Sonora Cartel, with Ramón Ibarra Cota and Bruno Tellez Mora at its head, controls the city.",
     ("Bruno Tellez Mora", "leader_of", "Sonora Cartel")),
    ("The Sonora Cartel grew quickly with Ramón Ibarra Cota at the helm.",
     ("Ramón Ibarra Cota", "leader_of", "Sonora Cartel")),
    ("The Gulf Cartel lost ground. Gulf boss Rodrigo Ledesma Pinto was arrested in Monterrey on Tuesday.",
     ("Rodrigo Ledesma Pinto", "leader_of", "Gulf Cartel")),
    ("Sinaloa boss Ramón Ibarra Cota was arrested.", ("Ramón Ibarra Cota", "leader_of", "Sinaloa Cartel")),
    ("Police said Sinaloa hitman Ramón Ibarra Cota was arrested.",
     ("Ramón Ibarra Cota", "member_of", "Sinaloa Cartel")),
    ("Police blamed the Tampico Cartel of the Ruelas Ortega brothers, Rodrigo and Mateo, for the attack.",
     ("Mateo Ruelas Ortega", "leader_of", "Tampico Cartel")),
    ("Police blamed the Tampico Cartel of the brothers Rodrigo and Mateo Ruelas Ortega for the attack.",
     ("Rodrigo Ruelas Ortega", "leader_of", "Tampico Cartel")),
    (LEADS + "Mateo Ruelas Pinto is generally described as his deputy.",
     ("Mateo Ruelas Pinto", "member_of", "Sonora Cartel")),
    (LEADS + "Mateo Ruelas Pinto, his deputy, was arrested.", ("Mateo Ruelas Pinto", "member_of", "Sonora Cartel")),
    (LEADS + "Prosecutors say Mateo Ruelas Pinto is Ibarra's number two.",
     ("Mateo Ruelas Pinto", "member_of", "Sonora Cartel")),
    (LEADS + "Mateo Ruelas Pinto is Ibarra's man in Nogales.", ("Mateo Ruelas Pinto", "member_of", "Sonora Cartel")),
    (LEADS + "Prosecutors regarded Mateo Ruelas Pinto as Ibarra's man for dealing with the military.",
     ("Mateo Ruelas Pinto", "member_of", "Sonora Cartel")),
    (LEADS + "Mateo Ruelas Pinto was Ibarra's main money launderer.",
     ("Mateo Ruelas Pinto", "member_of", "Sonora Cartel")),
    ("Mateo Ruelas Pinto was put in charge of Mexico's National Institute to Combat Drugs in 1996.",
     ("Mateo Ruelas Pinto", "official_of", "National Institute to Combat Drugs")),
    ("Mateo Ruelas Pinto was put in charge of the Federal Police in 2009.",
     ("Mateo Ruelas Pinto", "official_of", "Policía Federal")),
    ("Mateo Ruelas Pinto took charge of the Federal Police in 2009.",
     ("Mateo Ruelas Pinto", "official_of", "Policía Federal")),
    ("Mateo Ruelas Pinto was appointed head of the Federal Police in 2009.",
     ("Mateo Ruelas Pinto", "official_of", "Policía Federal")),
    ("Mateo Ruelas Pinto served as governor of Tamaulipas from 2016.",
     ("Mateo Ruelas Pinto", "official_of", "Tamaulipas state government")),
    ("Mateo Ruelas Pinto was sworn in as governor of Tamaulipas in 2016.",
     ("Mateo Ruelas Pinto", "official_of", "Tamaulipas state government")),
    ("Mateo Ruelas Pinto was elected governor of Tamaulipas in 2016.",
     ("Mateo Ruelas Pinto", "official_of", "Tamaulipas state government")),
])
def test_the_battery_reads(extractor: Any, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(extractor, text)


@pytest.mark.parametrize(("text", "triple"), [
    ("Mateo Ruelas Pinto, who headed the investigation into the Sonora Cartel, was shot dead.",
     ("Mateo Ruelas Pinto", "leader_of", "Sonora Cartel")),
    ("Mateo Ruelas Pinto headed the investigation into the Sonora Cartel.",
     ("Mateo Ruelas Pinto", "leader_of", "Sonora Cartel")),
    ("The Sonora Cartel, hunted since 2010 by Mateo Ruelas Pinto, lost its leaders.",
     ("Mateo Ruelas Pinto", "leader_of", "Sonora Cartel")),
    ("The Sonora Cartel, with Mateo Ruelas Pinto at its side, controls the city.",
     ("Mateo Ruelas Pinto", "leader_of", "Sonora Cartel")),
    ("Police raided the Sonora Cartel with Mateo Ruelas Pinto at the head of the column.",
     ("Mateo Ruelas Pinto", "leader_of", "Sonora Cartel")),
    ("Gulf Cartel rival Mateo Ruelas Pinto was arrested on Tuesday.",
     ("Mateo Ruelas Pinto", "leader_of", "Gulf Cartel")),
    ("Sinaloa governor Ramón Ibarra Cota was arrested.", ("Ramón Ibarra Cota", "leader_of", "Sinaloa Cartel")),
    ("Members of the Tampico Cartel killed the Ruelas Ortega brothers, Rodrigo and Mateo.",
     ("Mateo Ruelas Ortega", "leader_of", "Tampico Cartel")),
    (LEADS + "Mateo Ruelas Pinto is Ibarra's lawyer.", ("Mateo Ruelas Pinto", "member_of", "Sonora Cartel")),
    (LEADS + "Mateo Ruelas Pinto is his son.", ("Mateo Ruelas Pinto", "member_of", "Sonora Cartel")),
    ("The army took command of the Federal Police in 2009.", ("army", "official_of", "Policía Federal")),
    ("Mateo Ruelas Pinto remained in charge of the investigation by the Federal Police.",
     ("Mateo Ruelas Pinto", "official_of", "Policía Federal")),
    ("Mateo Ruelas Pinto met the governor of Tamaulipas.",
     ("Mateo Ruelas Pinto", "official_of", "Tamaulipas state government")),
    ("Mateo Ruelas Pinto was appointed to investigate the Sonora Cartel.",
     ("Mateo Ruelas Pinto", "member_of", "Sonora Cartel")),
])
def test_the_battery_does_not_read(extractor: Any, text: str, triple: tuple[str, str, str]) -> None:
    assert triple not in triples(extractor, text)


def test_leading_its_fighters_into_a_group_leads_it(extractor: Any) -> None:
    text = ("Rodrigo Ledesma Pinto, a former teacher known as \"El Maestro\", led most of its fighters into a new "
            "outfit, the Tampico Cartel.")
    assert ("Rodrigo Ledesma Pinto", "leader_of", "Tampico Cartel") in triples(extractor, text)
