"""Roles read in session 20 (roles20).

- "Y, described at trial as his right-hand man" / "A's brother Y was identified as his second-in-command": 'his'
  is never Y himself; the person named before it in the sentence (else the one it is read back to) is the boss,
  and Y a member of the group the boss leads.
- "Two bosses, A and B, ran its affairs": running a group's affairs is leading it (a group's affairs are all of
  it, not one of its concerns, as its sales points are).
- "X rose inside (within) G": a member of G.
- "X is the man in charge of its gunmen": one in charge of a group's own concern (its gunmen, its finances) holds a
  post inside it, a member, not its leader ("in charge of G" still leads G).
- A leader of a group is one of its members: 'A ran the clan' conflicts with 'A denied he was ever a member of
  the clan' (testigo/contradict.py), as member_of asserted and denied did.
- "Fausto, described as Baltierra's lieutenant" where the text ties Baltierra to G only by G's name ('the
  Baltierra Organization'): the lieutenant is a member of G too (bosses are served after the surname leaders).

Sentences written for these tests, invented people.
"""

from __future__ import annotations

from typing import Any

import pytest

from testigo.contradict import find_contradictions
from testigo.model import Claim, Evidence, Polarity
from tests.extract.readout import said

pytestmark = pytest.mark.model


def _roles(extractor: Any, text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s.subject, s.object) for s in said(extractor, text) if s.predicate == predicate}


SECOND = ("Rogelio Baltierra Nava founded Los Zetas in 1999. In 2003 the army said Amado Salas Trujillo led the "
          "Sinaloa Cartel. Baltierra's brother Fausto Ledezma Ocampo was repeatedly identified by prosecutors as his "
          "second-in-command.")


@pytest.mark.parametrize(("text", "pair"), [
    ("Rogelio Baltierra Nava leads the Gulf Cartel. Among those convicted with Baltierra was Fausto Ledezma "
     "Ocampo, described at trial as his right-hand man.", ("Fausto Ledezma Ocampo", "Gulf Cartel")),
    ("Rogelio Baltierra Nava leads the Gulf Cartel. Fausto Ledezma Ocampo, described in court as his "
     "lieutenant, was sentenced on Friday.", ("Fausto Ledezma Ocampo", "Gulf Cartel")),
    (SECOND, ("Fausto Ledezma Ocampo", "Los Zetas")),
])
def test_his_henchman_serves_someone_else(extractor: Any, text: str, pair: tuple[str, str]) -> None:
    assert pair in _roles(extractor, text, "member_of")


def test_his_is_the_one_named_in_the_same_sentence(extractor: Any) -> None:
    assert ("Fausto Ledezma Ocampo", "Sinaloa Cartel") not in _roles(extractor, SECOND, "member_of")


def test_his_own_henchman_is_not_himself(extractor: Any) -> None:
    text = "Fausto Ledezma Ocampo, described at trial as his right-hand man, was sentenced on Friday."
    assert not _roles(extractor, text, "member_of")


@pytest.mark.parametrize("text", [
    "The Casalesi clan survived the arrests. Two younger bosses, Carmine Russo and Pietro Esposito, ran its "
    "affairs from hiding for years.",
    "After the arrests Carmine Russo and Pietro Esposito ran the Casalesi clan's affairs for a decade.",
])
def test_who_runs_a_groups_affairs_leads_it(extractor: Any, text: str) -> None:
    assert {("Carmine Russo", "Casalesi clan"), ("Pietro Esposito", "Casalesi clan")} <= _roles(
        extractor, text, "leader_of")


def test_who_runs_a_groups_sales_points_is_a_member(extractor: Any) -> None:
    text = "The Casalesi clan survived the arrests. Carmine Russo runs the clan's sales points in Caserta."
    assert ("Carmine Russo", "Casalesi clan") not in _roles(extractor, text, "leader_of")


@pytest.mark.parametrize(("text", "pair"), [
    ("Joaquín Estrada Ruelas and his cousin rose inside the Sinaloa Cartel in the 1990s.",
     ("Joaquín Estrada Ruelas", "Sinaloa Cartel")),
    ("Ismael Zambada leads the Sinaloa Cartel. Joaquín Estrada Ruelas rose quickly within Zambada's organisation.",
     ("Joaquín Estrada Ruelas", "Sinaloa Cartel")),
])
def test_who_rose_inside_a_group_is_a_member(extractor: Any, text: str, pair: tuple[str, str]) -> None:
    assert pair in _roles(extractor, text, "member_of")


@pytest.mark.parametrize("text", [
    "Killings rose inside the Sinaloa Cartel's territory in 2019.",
    "Joaquín Estrada Ruelas rose to prominence in Culiacán.",
])
def test_rising_elsewhere_is_no_membership(extractor: Any, text: str) -> None:
    assert not _roles(extractor, text, "member_of")


def test_in_charge_of_a_groups_gunmen_is_a_post_inside_it(extractor: Any) -> None:
    text = "Los Salcido control Tamazula. Rodrigo Salcido Peña is the man in charge of its gunmen."
    assert ("Rodrigo Salcido Peña", "Los Salcido") in _roles(extractor, text, "member_of")
    assert ("Rodrigo Salcido Peña", "Los Salcido") not in _roles(extractor, text, "leader_of")


def test_in_charge_of_the_group_leads_it(extractor: Any) -> None:
    text = "Jaime Ortiz Barrera was put in charge of the Gulf Cartel in 2003."
    assert ("Jaime Ortiz Barrera", "Gulf Cartel") in _roles(extractor, text, "leader_of")


def test_a_lieutenant_serves_the_group_named_for_his_boss(extractor: Any) -> None:
    text = ("Prosecutors said the Baltierra Organization moved cocaine through Texas. Rogelio Baltierra was "
            "arrested in May. Fausto Ledezma, described at trial as Baltierra's lieutenant, was convicted.")
    assert ("Fausto Ledezma", "Baltierra Organization") in _roles(extractor, text, "member_of")


def _claim(predicate: str, polarity: Polarity = Polarity.POSITIVE, start: int = 0) -> Claim:
    return Claim.make("doc-a", "ent-russo", predicate, object_id="kb-casalesi", rule="test.v1", polarity=polarity,
                      evidence=Evidence(f"russo {predicate}", start, start + 10))


def test_leading_a_group_conflicts_with_membership_denied() -> None:
    (found,) = find_contradictions([_claim("leader_of"), _claim("member_of", Polarity.NEGATIVE, 40)])
    assert found.kind == "polarity"


@pytest.mark.parametrize("claims", [
    [_claim("leader_of"), _claim("member_of", start=40)],
    [_claim("leader_of", Polarity.NEGATIVE), _claim("member_of", Polarity.NEGATIVE, 40)],
])
def test_leading_and_membership_that_agree_are_no_contradiction(claims: list[Claim]) -> None:
    assert find_contradictions(claims) == []
