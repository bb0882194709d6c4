"""Session 18 (helper eventdates18): an event dated by how soon it came after the last date told ('hours later',
'days later', 'that night', 'the next morning').

Sentences are our own, with invented names.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def _dates(extractor: Any, text: str, subject: str, predicate: str,
           published: str = "2020-06-01") -> list[tuple[str, ...]]:
    return [s.dates for s in said(extractor, text, published) if (s.subject, s.predicate) == (subject, predicate)]


# --------------------------------------------------------------------------- soon after the last date told

@pytest.mark.parametrize(("text", "subject", "value"), [
    # a report: 'Days later', the date two sentences back, an event noun
    ("On 13 May 2012, 49 bodies were left on a highway near Tolvan. A message at the scene bore the name of the Red "
     "Hand. Days later the army announced the arrest of Ramiro Esteban Quiroga, a commander of the Red Hand.",
     "Ramiro Esteban Quiroga", "2012-05"),
    # a profile: 'a few hours later' at the end of the clause
    ("On January 8, 2016, marines raided a house in Palmar. Bernardo Ulises Cota escaped through a drain. Federal "
     "police officers arrested him on a highway a few hours later.", "Bernardo Ulises Cota", "2016-01-08"),
    # a wire: 'That night' opening the sentence, another verb
    ("Police raided a farm outside Cerrillo on March 3, 2019. That night soldiers detained Hugo Mendívil Sarabia, a "
     "lieutenant of the Red Hand.", "Hugo Mendívil Sarabia", "2019-03-03"),
    # a bulletin: passive, 'the next morning'
    ("Gunmen attacked a patrol in Ocotal on 9 October 2021. Delfino Arreaga was captured by state police the next "
     "morning.", "Delfino Arreaga", "2021-10-10"),
    # a transcript: 'Hours later', a killing
    ("REPORTER: The convoy was ambushed on Tuesday, June 2, 2020, outside Mesillas. Hours later marines shot dead "
     "Leónidas Brito in a safe house.", "Leónidas Brito", "2020-06-02"),
    # a brief: 'Within hours', the past perfect
    ("Gunmen burned the Tolvan police station on 4 August 2019. Within hours, soldiers had arrested Ciro Bastidas, a "
     "lieutenant of the Red Hand.", "Ciro Bastidas", "2019-08-04"),
])
def test_soon_after_the_last_date_is_its_day_or_month(extractor: Any, text: str, subject: str, value: str) -> None:
    predicates = ("arrested", "killed")
    found = [d for p in predicates for d in _dates(extractor, text, subject, p)]
    assert any(value in dates for dates in found)


def test_days_later_after_a_month_alone_stays_unresolved(extractor: Any) -> None:
    # 'late March' and days after it may be April: only the words are kept
    text = ("In late March 2019 the accountant of the Red Hand, Osvaldo Pineda, was killed in Cerrillo. Days later "
            "police arrested his brother Ramón Pineda.")
    found = _dates(extractor, text, "Ramón Pineda", "arrested")
    assert found and all(not any(d.startswith("2019") for d in dates) for dates in found)


def test_days_later_at_the_end_of_a_month_stays_unresolved(extractor: Any) -> None:
    text = ("On 28 May 2012 gunmen burned a bar in Tolvan. Days later the army arrested Ramiro Esteban Quiroga, a "
            "commander of the Red Hand.")
    found = _dates(extractor, text, "Ramiro Esteban Quiroga", "arrested")
    assert found and all("2012-05" not in dates and "2012-05-28" not in dates for dates in found)


def test_hours_later_after_a_year_alone_stays_unresolved(extractor: Any) -> None:
    text = ("The Red Hand split in 2015. Hours later police arrested Ramiro Esteban Quiroga in Tolvan.")
    found = _dates(extractor, text, "Ramiro Esteban Quiroga", "arrested")
    assert found and all("2015" not in dates for dates in found)


# --------------------------------------------------------------------------- a death told again

@pytest.mark.parametrize(("text", "subject", "value"), [
    # an obituary: 'died on Friday', then a statement across a paragraph: 'he was killed'
    ("Rodrigo Salas, the boss of the Red Hand, died on Friday in Tolvan, shot during a gunfight with marines. He "
     "was 51.\n\nThe Navy said in a statement that he was killed along with four of his bodyguards when marines "
     "closed in on a house.", "Rodrigo Salas", "2020-05-29"),
    # a wire: the surname alone, 'shot dead'
    ("Ramón Ibarra died on June 3, 2019 in a shootout with soldiers in Ocotal. The army said Ibarra was shot dead "
     "when troops stormed his house.", "Ramón Ibarra", "2019-06-03"),
    # a report: 'murdered', a sentence between, 'was killed'
    ("Efraín Toledo was murdered on 4 March 2018 at his ranch. Two days of mourning followed in Sabinal. According "
     "to police, Toledo was killed by gunmen of the Red Hand.", "Efraín Toledo", "2018-03-04"),
])
def test_a_death_told_again_takes_its_first_date(extractor: Any, text: str, subject: str, value: str) -> None:
    found = _dates(extractor, text, subject, "killed")
    assert len(found) >= 2 and all(value in dates for dates in found)


def test_another_of_the_family_is_another_death(extractor: Any) -> None:
    text = "Tomás Ruiz died in March 2015. Prosecutors say his son Arturo Ruiz was killed by the Red Hand."
    found = _dates(extractor, text, "Arturo Ruiz", "killed")
    assert found and all("2015-03" not in dates for dates in found)


def test_two_deaths_before_leave_he_unresolved(extractor: Any) -> None:
    text = ("Lázaro Peña and Octavio Mora died on 2 May 2017 in Tolvan. Weeks of protests followed. A year later the "
            "police said he was killed by the Red Hand.")
    found = [d for s in said(extractor, text, "2020-06-01")
             if s.predicate == "killed" and "police" in s.claim.evidence.quote for d in s.dates]
    assert "2017-05-02" not in found

