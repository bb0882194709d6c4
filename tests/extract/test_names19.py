"""Names the model leaves untagged or cuts, read from their shape or their neighbours (session 19):
groups listed after a counted plural group noun ('two factions, the "X" and the "Y"'), a first name
before a shared surname once the same word was someone's second given name, a person named right after
an owned kin's or role's noun ('his sister-in-law X'), and an inverted name in capitals in a label or a
list ('Offender: SURNAME, Given'). Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import names, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ('The Barrio Sur gang has been split since 2009 into two rival factions, the "Tordos" and the "Mirlos", '
     'which are believed to have fought each other as bitterly as either fought the police.', {"Tordos", "Mirlos"}),
    ("The Tarrant organisation broke into two cells, the Pumas and the Lobos, after its founder was killed.",
     {"Pumas", "Lobos"}),
    ("The port is contested by three gangs: Los Ferros, Los Kanes and Los Halcones Rojos.",
     {"Los Ferros", "Los Halcones Rojos"}),
    ('The cartel split in 2019 into two factions \u2014 "Los Gallos" and "Los Pardos" \u2014 that now fight '
     "for the port.", {"Los Gallos", "Los Pardos"}),
])
def test_names_listed_after_counted_group_nouns_are_groups(extractor: Any, text: str, wanted: set[str]) -> None:
    assert wanted <= names(extractor, text, "criminal_group")


@pytest.mark.parametrize("text", [
    "The gangs, the Army and the Navy clashed in the hills.",
    "Their factions, the Army said, were weakened and the Navy agreed.",
])
def test_uncounted_group_nouns_list_no_groups(extractor: Any, text: str) -> None:
    assert not {"Army", "Navy"} & names(extractor, text, "criminal_group")


def test_a_second_given_name_is_no_surname(extractor: Any) -> None:
    text = ("The trial named Juan Tadeo Mireles Ocampo as the supplier. In this version the plaza passes to "
            "Tadeo and Lucio Barragán Cruz, his nephews.")
    people = names(extractor, text, "person")
    assert {"Tadeo Barragán Cruz", "Lucio Barragán Cruz"} <= people


def test_a_surname_before_stays_no_first_name(extractor: Any) -> None:
    people = names(extractor, "Officers found Pedro Guerrero Soto in Guerrero. In Guerrero, Ramiro Guerrero was "
                              "killed.", "person")
    assert "Guerrero Guerrero" not in " ".join(people)


@pytest.mark.parametrize(("text", "wanted"), [
    ("Treasury added two businessmen, Armando Ruelas Tovar and his sister-in-law Karina Esquivel Durán, to its "
     "list.", "Karina Esquivel Durán"),
    ("Prosecutors charged their accountant Delfino Arce Ibarra with laundering.", "Delfino Arce Ibarra"),
])
def test_a_name_right_after_an_owned_role_is_a_person(extractor: Any, text: str, wanted: str) -> None:
    assert wanted in names(extractor, text, "person")


def test_a_day_after_an_owned_role_is_no_person(extractor: Any) -> None:
    assert not names(extractor, "His wife Sunday went to the market.", "person")


@pytest.mark.parametrize(("text", "wanted"), [
    ("Offender: KOVAR, Daniel Milo\nDecision: Day parole denied\n\nThe Board reviewed your case.", "Daniel Milo Kovar"),
    ("Defendant: HARTLEY, Simon\nJudge: Laura Benson\n", "Simon Hartley"),
    ('Treasury designated the following individuals: ZAMBRANO ORTIZ, Delfino Rubén (a.k.a. "El Tato"); and others.',
     "Delfino Rubén Zambrano Ortiz"),
])
def test_an_inverted_name_in_a_label_or_list_is_a_person(extractor: Any, text: str, wanted: str) -> None:
    assert wanted in names(extractor, text, "person")


@pytest.mark.parametrize("text", [
    "CULIACAN, Sinaloa (Reuters) - Police found three bodies on Monday.",
    "MEXICO CITY, Jan 5: Officials said the cartel was weakened.",
])
def test_a_dateline_is_no_inverted_name(extractor: Any, text: str) -> None:
    assert not {n for n in names(extractor, text, "person") if "Culiacan" in n or "Mexico" in n}


@pytest.mark.parametrize("text", [
    'The Barrio Sur gang has been split since 2009 into two rival factions, the "Tordos" and the "Mirlos", which are '
    "believed to have fought each other as bitterly as either fought the police.",
    'The Barrio Sur gang broke up in 2009 into three cells, the Tordos, the Mirlos and the Garzas, whose men now '
    "fight for the port.",
])
def test_a_split_into_a_list_the_parser_left_gives_the_factions(extractor: Any, text: str) -> None:
    found = triples(extractor, text)
    assert {("Tordos", "faction_of", "Barrio Sur"), ("Mirlos", "faction_of", "Barrio Sur")} <= found


def test_a_split_list_stops_before_the_relative_clause(extractor: Any) -> None:
    text = ('The Barrio Sur gang has been split into two factions, the "Tordos" and the "Mirlos", which both fought '
            "the Kanes Cartel.")
    assert not {t for t in triples(extractor, text) if t[1] == "faction_of" and "Kanes" in t[0]}


@pytest.mark.parametrize("text", [
    "The case rested on Luc Gervais, a former member of the Rockers, the club that did the street work in Laval.",
    "Police said Luc Gervais had joined the Rockers in 1997.",
])
def test_a_plural_name_the_model_left_unplaced_is_a_group_when_joined(extractor: Any, text: str) -> None:
    assert "Rockers" in names(extractor, text, "criminal_group")


def test_a_plural_name_without_a_member_or_leader_is_no_group(extractor: Any) -> None:
    assert not {"Beatles", "Rolling Stones"} & names(extractor, "She was a fan of the Beatles and the Rolling Stones.",
                                                     "criminal_group")


def test_a_footnote_mark_comes_off_a_quoted_name(extractor: Any) -> None:
    text = 'The killings were carried out by a cell that called itself the "Mataperros".[2] Its members wore masks.'
    assert "Mataperros" in names(extractor, text, "criminal_group")
