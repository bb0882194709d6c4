"""Wrong claims of a blind set (heldout31) read the general way, session 18.

- 'Two men suspected of the attack were arrested': an indefinite count names new people, not the last two named.
- 'No court ever convicted him', 'Nobody has arrested X': a subject counted as none denies the verb.
- 'Several killings attributed to him are described as ...': a participle parsed as the main verb, with no
  object of its own, accuses no one; its subject is no source.
- 'X is a splinter of G, based in P', 'X, a rival of G, based in P': the participle set off by a comma tells
  of X, not of G.
- 'G has no presence in the capital of P': absence from a part of a place is no absence from the place.
- "X, whom it described as ...": "it" is not a person noun named before ("the boy").
- "X, the leader of G and a former police officer": a second role with its own article and no group of its
  own is not a role in G.
- heldout32's wrong readings: "did not simply operate: they governed" denies nothing; "in P, across the river
  from Q" does not place the group in Q; "a pact against common enemies: A and B" makes no ally of A and B;
  "Attorney General X and Mexico's attorney general, Y": X does not hold Y's office.

Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model

OFFICIALS = ("Governor Ramón Ortega Villa said the army had reinforced the region. Security Secretary Tomás "
             "Ibarra Ruiz told reporters that more troops had been sent. ")


@pytest.mark.parametrize("text", [
    OFFICIALS + "Two men suspected of taking part in the attack were arrested by state police on Sunday.",
    OFFICIALS + "Police arrested two men near the town of Guerrero on Sunday.",
])
def test_an_indefinite_count_of_people_is_not_the_last_people_named(extractor: Any, text: str) -> None:
    arrested = {s.subject for s in said(extractor, text) if s.predicate == "arrested"}
    assert not arrested & {"Ramón Ortega Villa", "Tomás Ibarra Ruiz"}, arrested


@pytest.mark.parametrize("text", [
    "Army officers arrested Ramón Ortega Villa and Tomás Ibarra Ruiz in Saltillo. The two men were later "
    "charged with kidnapping.",
    "Army officers arrested Ramón Ortega Villa and Tomás Ibarra Ruiz in Saltillo. Both men were later charged "
    "with kidnapping.",
])
def test_the_two_men_still_stand_for_the_two_named(extractor: Any, text: str) -> None:
    charged = {s.subject for s in said(extractor, text) if s.predicate == "charged"}
    assert charged == {"Ramón Ortega Villa", "Tomás Ibarra Ruiz"}, charged


@pytest.mark.parametrize(("text", "predicate"), [
    ("No court ever convicted Rogelio Nava Ortiz.", "charged"),
    ("Nobody has arrested Rogelio Nava Ortiz.", "arrested"),
    ("She notes that no court has ever convicted Rogelio Nava Ortiz of anything.", "charged"),
])
def test_a_subject_counted_as_none_denies_the_verb(extractor: Any, text: str, predicate: str) -> None:
    found = {(s.subject, s.polarity) for s in said(extractor, text) if s.predicate == predicate}
    assert found == {("Rogelio Nava Ortiz", "negative")}, found


def test_a_subject_with_a_count_still_asserts(extractor: Any) -> None:
    found = {(s.subject, s.polarity) for s in said(extractor, "A federal court convicted Rogelio Nava Ortiz.")
             if s.predicate == "charged"}
    assert found == {("Rogelio Nava Ortiz", "positive")}, found


def test_what_is_attributed_is_no_source(extractor: Any) -> None:
    text = ("Marisol Quintero wrote the book about Rogelio Nava Ortiz. Several killings often attributed to him "
            "are described as \"attributed, never proven\", and she notes that no court ever convicted him.")
    sources = {s.sources for s in said(extractor, text) if s.predicate == "charged"}
    assert sources == {("article", "Marisol Quintero")}, sources


def test_an_accuser_with_an_object_is_still_a_source(extractor: Any) -> None:
    text = "Prosecutors attributed the killing of Rogelio Nava Ortiz to the Tepic Cartel."
    claims = [s for s in said(extractor, text) if s.predicate == "killed"]
    assert claims and all("Prosecutors" in s.sources[-1] for s in claims), claims


@pytest.mark.parametrize("text", [
    "The Cartel del Bajío is a splinter of the Tepic Cartel, based in Celaya, which took shape in 2016.",
    "The Cartel del Bajío, a faction of the Tepic Cartel, based in Celaya, grew quickly.",
    "The Cartel del Bajío, a rival of the Tepic Cartel, based in Celaya, grew quickly.",
])
def test_a_participle_set_off_after_an_of_phrase_tells_of_the_part(extractor: Any, text: str) -> None:
    where = {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "operates_in"}
    assert where == {("Cartel del Bajío", "Celaya")}, where


def test_a_participle_right_after_the_parent_still_tells_of_it(extractor: Any) -> None:
    text = "The Tepic Cartel, based in Nayarit, is a rival of the Cartel del Bajío."
    where = {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "operates_in"}
    assert where == {("Tepic Cartel", "Nayarit")}, where


@pytest.mark.parametrize("text", [
    "Army analysts say the Tepic Cartel does not maintain a presence in the capital of the state of Nayarit.",
    "The Tepic Cartel has no presence in the outskirts of Celaya.",
    "The Tepic Cartel fights in Nayarit. Its role is considered unlikely, since that organization does not "
    "maintain a significant presence in the capital of the state.",
])
def test_absence_from_a_part_denies_nothing_of_the_place(extractor: Any, text: str) -> None:
    denied = [s for s in said(extractor, text) if s.predicate == "operates_in" and s.polarity == "negative"]
    assert not denied, denied


def test_absence_from_the_state_itself_is_denied(extractor: Any) -> None:
    text = "The Tepic Cartel has no presence in the state of Jalisco."
    denied = {(s.subject, s.object) for s in said(extractor, text)
              if s.predicate == "operates_in" and s.polarity == "negative"}
    assert denied == {("Tepic Cartel", "Jalisco")}, denied


def test_it_that_describes_is_not_a_person_named_before(extractor: Any) -> None:
    text = ("The army said the boy took orders from Julio Radilla Hernández, whom it described as the plaza boss "
            "of the Tepic Cartel in Cuernavaca.")
    sources = {s.sources for s in said(extractor, text) if s.predicate == "member_of"}
    assert sources and all("boy" not in source for chain in sources for source in chain), sources


@pytest.mark.parametrize("text", [
    "Juan Pérez, the Tepic Cartel's undisputed chief and a former police officer, was arrested.",
    "Juan Pérez, the leader of the Tepic Cartel and a former police officer, was arrested.",
])
def test_a_second_role_with_its_own_article_takes_no_group_from_the_first(extractor: Any, text: str) -> None:
    roles = {(s.predicate, s.object) for s in said(extractor, text) if s.subject == "Juan Pérez"
             and s.predicate in ("leader_of", "member_of")}
    assert roles == {("leader_of", "Tepic Cartel")}, roles


@pytest.mark.parametrize(("text", "predicate"), [
    ("Juan Pérez, a leader and a founder of the Tepic Cartel, was arrested.", "founder_of"),
    ("Juan Pérez, the Tepic Cartel's chief and its main financier, was arrested.", "member_of"),
])
def test_a_second_role_naming_its_group_is_still_read(extractor: Any, text: str, predicate: str) -> None:
    roles = {(s.predicate, s.object) for s in said(extractor, text) if s.subject == "Juan Pérez"}
    assert {("leader_of", "Tepic Cartel"), (predicate, "Tepic Cartel")} <= roles, roles


@pytest.mark.parametrize("text", [
    "The Tepic Cartel did not simply operate in Nayarit: it governed.",
    "The Tepic Cartel is not only present in Nayarit but dominant there.",
    "The Tepic Cartel did not merely operate in Nayarit; it ran the state.",
])
def test_not_merely_is_no_denial(extractor: Any, text: str) -> None:
    found = {(s.object, s.polarity) for s in said(extractor, text) if s.predicate == "operates_in"}
    assert found == {("Nayarit", "positive")}, found


def test_a_plain_not_still_denies(extractor: Any) -> None:
    found = {(s.object, s.polarity) for s in said(extractor, "The Tepic Cartel does not operate in Jalisco.")
             if s.predicate == "operates_in"}
    assert found == {("Jalisco", "negative")}, found


def test_a_place_faced_across_a_river_is_not_where_the_group_is(extractor: Any) -> None:
    text = ("In the border city of Piedras Negras, across the river from Eagle Pass, Texas, the Tepic Cartel "
            "operated freely.")
    where = {s.object for s in said(extractor, text) if s.predicate == "operates_in"}
    assert "Piedras Negras" in where and "Eagle Pass" not in where, where


def test_across_a_region_is_still_where_the_group_is(extractor: Any) -> None:
    where = {s.object for s in said(extractor, "The Tepic Cartel operates across Nayarit and Jalisco.")
             if s.predicate == "operates_in"}
    assert where == {"Nayarit", "Jalisco"}, where


def test_groups_a_pact_is_against_are_not_its_sides(extractor: Any) -> None:
    text = ("The Federation was a pact against common enemies: the Arellano Félix brothers of Tijuana and the "
            "Gulf Cartel of Osiel Cárdenas.")
    allies = {frozenset((s.subject, s.object)) for s in said(extractor, text) if s.predicate == "ally_of"}
    assert frozenset(("Tijuana Cartel", "Gulf Cartel")) not in allies, allies


def test_the_sides_of_a_pact_against_a_common_enemy_are_allies(extractor: Any) -> None:
    text = "The Tepic Cartel and the Gulf Cartel formed an alliance against a common enemy: the Zetas."
    allies = {frozenset((s.subject, s.object)) for s in said(extractor, text) if s.predicate == "ally_of"}
    assert allies == {frozenset(("Tepic Cartel", "Gulf Cartel"))}, allies


def test_a_bare_title_beside_another_countrys_same_title_is_not_that_office(extractor: Any) -> None:
    text = ("The FGR opened an inquiry. On Tuesday, Attorney General Walter Bryce and Mexico's attorney general, "
            "Ramiro Olmos Pardo, issued a joint statement.")
    offices = {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "official_of"}
    assert not any(subject == "Walter Bryce" for subject, _ in offices), offices
