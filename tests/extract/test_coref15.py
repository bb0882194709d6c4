"""References read back to the right person (session 15): a name and its nickname set beside it are one
mention when a pronoun weighs who the text is about (rules/salience.py), and a pronoun inside a 'whose'
clause stands for the person the clause describes (phrases._described_by_who). Paragraphs written for
this test, with invented people and gangs."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def ends(extractor: Any, text: str, predicate: str) -> set[tuple[str, str]]:
    """(subject, object) of every positive claim of ``predicate``."""
    return {(s.subject, s.object) for s in said(extractor, text)
            if s.predicate == predicate and s.polarity == "positive"}


def arrested(extractor: Any, text: str) -> set[str]:
    return {s for s, _ in ends(extractor, text, "arrested")}


# --- a name and its nickname are one mention ----------------------------------------------------------

NICKNAMED = [
    # an alias beside the name of the second man, the first named more often
    ("Damián Roque Ferrer is a 40-year-old trafficker who ran a cocaine route through the river ports. "
     "Prosecutors named him as the head of that route last year. The same case targeted Óscar Lemus Prado, "
     '"El Tejón", whom prosecutors describe as Roque Ferrer\'s partner.\n\n'
     "People in his town remember him for something else: the fake passport. In May 2021 he was detained in "
     "Panama for entering on a forged passport.", "Damián Roque Ferrer"),
    # 'alias' and a bulletin's wording
    ("Investigators said Teodoro Baca Lira had run the gang's finances since 2015. Police had questioned "
     "him twice. An associate, Hilario Nava Rey, alias \"El Mudo\", is described as Baca Lira's driver.\n\n"
     "Residents remember him for the parties. In June 2022 he was arrested in Lima.", "Teodoro Baca Lira"),
    # a nickname in apposition with no quotation marks' alias word, a court register
    ("The court heard that Aurelio Mena Cruz controlled the port. Witnesses said they had seen him at the "
     "docks. The inquiry also named a co-defendant, Rigoberto Salas Vidal, \"El Flaco\", whom witnesses called "
     "Mena Cruz's messenger. In 2019 he was captured in Quito.", "Aurelio Mena Cruz"),
]


@pytest.mark.parametrize(("text", "person"), NICKNAMED)
def test_a_nickname_beside_a_name_does_not_count_twice(extractor: Any, text: str, person: str) -> None:
    assert arrested(extractor, text) == {person}


def test_a_person_named_twice_over_sentences_still_outweighs(extractor: Any) -> None:
    # the near case: the second man is named again in a sentence of his own, so he is the one talked about
    text = ("Damián Roque Ferrer ran a cocaine route through the river ports. The same case targeted Óscar "
            'Lemus Prado, "El Tejón". Prosecutors say Lemus Prado moved the money. In May 2021 he was '
            "detained in Panama.")
    assert arrested(extractor, text) == {"Óscar Lemus Prado"}


# --- a pronoun inside a 'whose' clause ------------------------------------------------------------------

WHOSE = [
    ("Reporters followed Lucio Peña into the orbit of Gregorio Salcedo Ruiz, whose Bajío organisation "
     "dominated the trade until his arrest in April 1991.", "Gregorio Salcedo Ruiz"),
    ("The book traces Lucio Peña to Gregorio Salcedo Ruiz, whose gang ran the border crossings until his "
     "capture in 1991.", "Gregorio Salcedo Ruiz"),
    ("Lucio Peña worked for Gregorio Salcedo Ruiz, whose network controlled the port until he was arrested "
     "in 1991.", "Gregorio Salcedo Ruiz"),
]


@pytest.mark.parametrize(("text", "person"), WHOSE)
def test_a_pronoun_in_a_whose_clause_is_the_person_it_describes(extractor: Any, text: str, person: str) -> None:
    assert arrested(extractor, text) == {person}


def test_an_object_of_the_whose_clause_verb_is_someone_else(extractor: Any) -> None:
    # 'whose men captured him', 'who captured him': him is not the one the clause describes
    text = ("Lucio Peña fled to the coast. Gregorio Salcedo Ruiz, whose men captured him in 1991, still runs "
            "the port.")
    assert "Gregorio Salcedo Ruiz" not in arrested(extractor, text)
    text = "Lucio Peña fled to the coast. Gregorio Salcedo Ruiz, who captured him in 1991, still runs the port."
    assert "Gregorio Salcedo Ruiz" not in arrested(extractor, text)


# --- 'the breakaway' paragraphs after the split ---------------------------------------------------------

FILLER = ("Since then the towns along the river have lived between two armed groups. Local human rights "
          "groups count hundreds of dead. The mines changed hands several times. Prices of gold rose.\n\n")

BREAKAWAY = [
    "Los Rapaces, a bloc of the Frente Costero, broke away from the organisation in 2017.\n\n" + FILLER
    + 'For most of that time the breakaway was led by Julián Ospino Reyes, alias "Cuervo".',
    "In 2019 Los Rapaces split from the Frente Costero.\n\n" + FILLER
    + "Julián Ospino Reyes has led the splinter group since 2020, police say.",
    "Los Rapaces began as a faction of the Frente Costero and broke with it in 2019.\n\n" + FILLER
    + "The breakaway is now commanded by Julián Ospino Reyes.",
]


@pytest.mark.parametrize("text", BREAKAWAY)
def test_the_breakaway_is_the_one_group_the_text_split_off(extractor: Any, text: str) -> None:
    assert ("Julián Ospino Reyes", "Los Rapaces") in ends(extractor, text, "leader_of")


def test_the_breakaway_is_none_when_the_text_split_off_two(extractor: Any) -> None:
    text = ("Los Rapaces broke away from the Frente Costero in 2017, and Los Halcones Negros split from "
            "the Clan Serrano in 2018.\n\n" + FILLER
            + "For most of that time the breakaway was led by Julián Ospino Reyes.")
    leads = ends(extractor, text, "leader_of")
    assert not {g for p, g in leads if p == "Julián Ospino Reyes"} & {"Los Rapaces", "Los Halcones Negros"}


# --- an object pronoun of an adverbial clause: the one person its main clause names --------------------

MAIN_CLAUSE = [
    ("Damián Roque Ferrer died in 2013. Control of the gang then passed to his brother Óscar "
     'Roque Ferrer, alias "El Tejón", until federal police arrested him in Puebla in 2015.',
     "Óscar Roque Ferrer"),
    ("Damián Roque Ferrer was killed in 2013. The command went to his cousin, Óscar Lemus Prado, until "
     "soldiers detained him in 2016.", "Óscar Lemus Prado"),
    ("Damián Roque Ferrer was jailed in 2013. A reward of $5 million was offered for his deputy Óscar "
     "Lemus Prado before marines captured him in Veracruz.", "Óscar Lemus Prado"),
]


@pytest.mark.parametrize(("text", "person"), MAIN_CLAUSE)
def test_an_adverbial_clause_object_is_the_person_of_its_main_clause(extractor: Any, text: str,
                                                                     person: str) -> None:
    assert person in arrested(extractor, text)
    assert "Damián Roque Ferrer" not in arrested(extractor, text)


def test_a_woman_of_the_main_clause_is_not_him(extractor: Any) -> None:
    # the near case: the one person the main clause names is a woman, so 'him' is the man named before
    text = ("Damián Roque Ferrer ran the gang for a decade. Control then passed to his wife, Marta Lemus Prado, "
            "until federal police arrested him in 2015.")
    assert "Marta Lemus Prado" not in arrested(extractor, text)


# --- 'it' after a group description of its sentence ----------------------------------------------------

WAR = "The valley is split between Los Coyotes and Los Halcones, who have fought over it since 2019. "

UNREAD_DESCRIPTION = [
    WAR + "Ramírez inherited the cartel from his father, Tomás Ramírez Soto, who founded it in 1990.",
    WAR + "Ramírez took over the gang from his uncle, Tomás Ramírez Soto, who had created it in 1990.",
    WAR + "Ramírez leads the organisation today, after his father, Tomás Ramírez Soto, who had built it up in the "
    "1990s, was killed.",
]


@pytest.mark.parametrize("text", UNREAD_DESCRIPTION)
def test_it_is_not_the_group_named_before_a_description_it_repeats(extractor: Any, text: str) -> None:
    # 'the cartel' could be either group of the sentence before: 'it' is neither
    founders = {g for p, g in ends(extractor, text, "founder_of") if p == "Tomás Ramírez Soto"}
    assert not founders & {"Los Coyotes", "Los Halcones"}


def test_it_is_the_group_its_description_stands_for(extractor: Any) -> None:
    # the near case: the description stands for the one group named before, so 'it' does too
    text = ("Los Coyotes control the valley. Ramírez inherited the cartel from his father, Tomás Ramírez Soto, "
            "who founded it in 1990.")
    assert ("Tomás Ramírez Soto", "Los Coyotes") in ends(extractor, text, "founder_of")
