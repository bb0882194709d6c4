"""Membership and trafficking read from wordings the rules missed (session 16): the one an accusation is about
does the deed it names ('accusing him of moving fentanyl for G', 'X, suspected of working for G'), and 'the boy'
stands for the person the text set that noun in apposition with ('The boy, X, ...'). Sentences written for this
test, with invented people and gangs."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def members(extractor: Any, text: str, polarity: str = "positive") -> set[tuple[str, str]]:
    """(person, group) of every member_of claim of that polarity."""
    return {(s.subject, s.object) for s in said(extractor, text)
            if s.predicate == "member_of" and s.polarity == polarity}


# --- the one accused does the deed ----------------------------------------------------------------------

ACCUSED = [
    "Police arrested Rosendo Pállares Uribe, accused of working for Los Garzones.",
    "Rosendo Pállares Uribe, suspected of laundering money for Los Garzones, was detained on Monday.",
    "Prosecutors charged Rosendo Pállares Uribe with moving fentanyl for Los Garzones.",
    "An indictment was unsealed against Rosendo Pállares Uribe, accusing him of moving fentanyl for Los Garzones.",
    "The prosecutor's office accuses Rosendo Pállares Uribe of collecting extortion payments for Los Garzones.",
]


@pytest.mark.parametrize("text", ACCUSED)
def test_the_one_accused_of_a_service_serves_the_group(extractor: Any, text: str) -> None:
    assert ("Rosendo Pállares Uribe", "Los Garzones") in members(extractor, text)


def test_the_accuser_is_not_the_member(extractor: Any) -> None:
    text = "Detective Ismael Coria Bustos accused the mayor of moving fentanyl for Los Garzones."
    assert ("Ismael Coria Bustos", "Los Garzones") not in members(extractor, text)


# --- 'the boy' bound to a name by apposition ------------------------------------------------------------

BOUND = [
    ("Soldiers detained a boy at the airport on Thursday. The boy, Tadeo Urquiza Lemus, was travelling with his "
     "sister. A spokesman said the boy worked for Los Garzones.", "positive"),
    ("Police detained Tadeo Urquiza Lemus, a 15-year-old boy, in Cuautla. Officers later said that the boy had "
     "belonged to Los Garzones since 2021.", "positive"),
    ("The teenager, Tadeo Urquiza Lemus, was presented to reporters on Friday. A banner signed by the gang denied "
     "that the teenager had ever worked for Los Garzones.", "negative"),
    ("The girl, Tadea Urquiza Lemus, was detained with her brother. The army said the girl worked as a lookout "
     "for Los Garzones.", "positive"),
]


@pytest.mark.parametrize(("text", "polarity"), BOUND)
def test_a_noun_set_beside_a_name_stands_for_it_later(extractor: Any, text: str, polarity: str) -> None:
    found = members(extractor, text, polarity)
    assert {p for p, g in found if g == "Los Garzones"} & {"Tadeo Urquiza Lemus", "Tadea Urquiza Lemus"}


def test_two_boys_so_bound_leave_the_boy_unread(extractor: Any) -> None:
    text = ("The boy, Tadeo Urquiza Lemus, was detained in Cuautla. Another, Benito Sosa Ramos, a 13-year-old "
            "boy, was detained in Jiutepec. The boy, Benito Sosa Ramos, was released. Police said the boy worked "
            "for Los Garzones.")
    assert not members(extractor, text)


def test_a_boy_never_named_is_not_read(extractor: Any) -> None:
    text = ("Police arrested Tadeo Urquiza Lemus in Cuautla on Monday. A boy was wounded in the shooting. "
            "Neighbours said the boy worked for Los Garzones.")
    assert ("Tadeo Urquiza Lemus", "Los Garzones") not in members(extractor, text)


# --- one of a group named in the plural: 'a Zeta' ----------------------------------------------------

SINGULAR = [
    ("Los Garzones controlled the border town for years. Police said Mario Téllez Olmos was a Garzón.", "positive"),
    ("Los Pumas controlled the border town. Police said Mario Téllez Olmos was a Puma.", "positive"),
    ("Los Pumas controlled the border town. Téllez Olmos later told a judge that he had never been a Puma.",
     "negative"),
    ("Los Pumas ran the port until 2019. Mario Téllez Olmos, a Puma, was arrested on Friday.", "positive"),
]


@pytest.mark.parametrize(("text", "polarity"), SINGULAR)
def test_one_of_a_group_named_in_the_plural_is_its_member(extractor: Any, text: str, polarity: str) -> None:
    found = members(extractor, text, polarity)
    assert any(p.endswith("Téllez Olmos") and g in ("Los Pumas", "Los Garzones") for p, g in found), found


@pytest.mark.parametrize("text", [
    "Los Pumas controlled the border town. Police said Mario Téllez Olmos was a Puma cell boss.",
    "Los Pumas controlled the border town. Mario Téllez Olmos was a Mason.",
])
def test_a_singular_name_that_is_no_group_member_is_not_read(extractor: Any, text: str) -> None:
    assert not members(extractor, text)


# --- 'told a judge that ...': a judge is no hedge, 'we judge that' is ----------------------------------

def _certainty(extractor: Any, text: str, predicate: str) -> set[str]:
    return {s.certainty for s in said(extractor, text) if s.predicate == predicate}


@pytest.mark.parametrize("text", [
    "Los Pumas ruled the town. Téllez Olmos later told a judge that he had never been a Puma.",
    "Los Pumas ruled the town. Téllez Olmos told the judge that he had never worked for Los Pumas.",
    "Los Pumas ruled the town. Téllez Olmos, in a letter to the judge, said he had never worked for Los Pumas.",
])
def test_telling_a_judge_does_not_hedge(extractor: Any, text: str) -> None:
    assert _certainty(extractor, text, "member_of") == {"certain"}


def test_judging_that_still_hedges(extractor: Any) -> None:
    assert _certainty(extractor, "We judge that Los Pumas operate in Monterrey.", "operates_in") == {"probable"}


# --- a trafficking verb the parser took for an auxiliary or a noun -----------------------------------------

def _traffics(extractor: Any, text: str) -> set[tuple[str, str]]:
    return {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "traffics"}


@pytest.mark.parametrize(("text", "drug"), [
    ("The Sinaloa Cartel moves cocaine through the port of Manzanillo.", "cocaine"),
    ("The Sinaloa Cartel supplies methamphetamine to dealers in Phoenix.", "methamphetamine"),
    ("Police say the Sinaloa Cartel ships cocaine to Europe in banana crates.", "cocaine"),
])
def test_a_present_trafficking_verb_misread_is_still_read(extractor: Any, text: str, drug: str) -> None:
    assert ("Sinaloa Cartel", drug) in _traffics(extractor, text)


def test_a_real_auxiliary_before_a_drug_reads_no_trafficking(extractor: Any) -> None:
    assert not _traffics(extractor, "The Sinaloa Cartel was cocaine's biggest buyer in the nineties, police said.")


# --- the trade a group runs: labs, pipelines, the market for a drug --------------------------------------

@pytest.mark.parametrize(("text", "drug"), [
    ("Los Pumas dominate the market for methamphetamine in Phoenix, police say.", "methamphetamine"),
    ("According to the army, Los Pumas operate fentanyl labs in the sierra.", "fentanyl"),
    ("Los Pumas ran one of the largest cocaine pipelines between Colombia and Europe.", "cocaine"),
    ("Investigators believe that Los Pumas operated some of the methamphetamine laboratories in the valley.",
     "methamphetamine"),
])
def test_a_trade_a_group_runs_is_trafficking(extractor: Any, text: str, drug: str) -> None:
    assert ("Los Pumas", drug) in _traffics(extractor, text)


@pytest.mark.parametrize("text", [
    "Soldiers destroyed fentanyl labs near the town where Los Pumas operate.",
    "Los Pumas run one of the largest car dealerships in the valley, which sells to cocaine users.",
])
def test_labs_not_run_by_the_group_are_not_its_trade(extractor: Any, text: str) -> None:
    assert not _traffics(extractor, text)
