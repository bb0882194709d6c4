"""Polarity, certainty and source of relations whose wording hides them: a denied tie to a group whose
object the denial names only as 'the organization', a denied part in a killing, 'X is still alive' against a
killing told, 'is said by S to have', a source phrase with a misread apposition, a concession with its own
speaker."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def facts(extractor: Any, text: str, predicate: str) -> set[tuple[str, str | None, str, str]]:
    return {(s.subject, s.object, s.polarity, s.sources[-1]) for s in said(extractor, text) if s.predicate == predicate}


@pytest.mark.parametrize("denial", [
    "has always denied any tie to Los Halcones Negros",
    "denied having links to Los Halcones Negros",
    "denies any connection with Los Halcones Negros",
    "has repeatedly rejected any association with Los Halcones Negros",
])
def test_a_person_denying_a_tie_to_a_group_denies_membership(extractor: Any, denial: str) -> None:
    text = f"Ramon Iturbe Salas, a former mayor, {denial}."
    assert facts(extractor, text, "member_of") == {
        ("Ramon Iturbe Salas", "Los Halcones Negros", "negative", "Ramon Iturbe Salas")}


def test_the_politician_and_the_organization_are_read_back(extractor: Any) -> None:
    text = ("Los Halcones Negros control the market of Tixtla. His brother, Ramon Iturbe Salas, was a local deputy; "
            "the politician has always denied any tie to the organization.")
    assert ("Ramon Iturbe Salas", "Los Halcones Negros", "negative", "Ramon Iturbe Salas") in facts(
        extractor, text, "member_of")


def test_nothing_to_do_with_a_group_is_a_denied_alliance(extractor: Any) -> None:
    text = "Los Halcones Negros have nothing to do with the Gulf Cartel."
    assert facts(extractor, text, "ally_of") == {("Los Halcones Negros", "Gulf Cartel", "negative", "article")}


def test_a_tie_not_denied_or_a_denial_of_nothing_relational_makes_no_claim(extractor: Any) -> None:
    for text in ("Ramon Iturbe Salas has ties to Los Halcones Negros.",
                 "Ramon Iturbe Salas did not deny his links to Los Halcones Negros.",
                 "Ramon Iturbe Salas denied the request of Los Halcones Negros."):
        assert facts(extractor, text, "member_of") == set(), text


def test_a_group_denying_a_pact_is_the_source_of_the_denial(extractor: Any) -> None:
    text = "Los Halcones Negros denied any pact with the Gulf Cartel."
    assert facts(extractor, text, "ally_of") == {
        ("Los Halcones Negros", "Gulf Cartel", "negative", "Los Halcones Negros")}


def test_a_group_signing_a_banner_denies_taking_part_in_the_murder_of_the_mayor(extractor: Any) -> None:
    text = ("The mayor of Tixtla, Ramon Iturbe Salas, was murdered on Sunday. The previous mayor, Ana Lucia Ortega "
            "Paz, had received threats. In a banner, a group that signed as Los Zetas denied having taken "
            "part in the murder of the mayor.")
    assert ("Ramon Iturbe Salas", "Los Zetas", "negative", "Los Zetas") in facts(
        extractor, text, "killed")


def test_still_alive_denies_the_killing_told_after_it(extractor: Any) -> None:
    text = ("Some villagers insisted that the gang's founder, Ramon Iturbe Salas, is still alive, although the "
            "government announced in 2011 that federal police had killed him near Tixtla.")
    killed = facts(extractor, text, "killed")
    assert ("Ramon Iturbe Salas", "Policía Federal", "positive", "government") in killed
    assert ("Ramon Iturbe Salas", "Policía Federal", "negative", "Some villagers") in killed


def test_alive_with_no_killing_told_denies_nothing(extractor: Any) -> None:
    assert facts(extractor, "Ramon Iturbe Salas is still alive, his lawyer said.", "killed") == set()


def test_said_by_names_its_source_and_hedges(extractor: Any) -> None:
    text = "Ramon Iturbe Salas is said by local press to have sided with Los Halcones Negros."
    found = [s for s in said(extractor, text) if s.predicate == "member_of"]
    assert [(s.object, s.certainty, s.sources[-1]) for s in found] == [
        ("Los Halcones Negros", "probable", "local press")]


def test_answering_to_a_group_is_membership(extractor: Any) -> None:
    text = "Investigators believe Ramon Iturbe Salas answered to Los Halcones Negros."
    assert facts(extractor, text, "member_of") == {
        ("Ramon Iturbe Salas", "Los Halcones Negros", "positive", "Investigators")}


def test_cooperating_against_a_group_is_no_alliance_with_it(extractor: Any) -> None:
    text = "Los Halcones Negros and the Gulf Cartel may already be cooperating against Los Zetas."
    allies = facts(extractor, text, "ally_of")
    assert {(a, b) for a, b, _, _ in allies} == {("Los Halcones Negros", "Gulf Cartel")}


def test_according_to_plural_source_stops_at_a_singular_apposition(extractor: Any) -> None:
    text = ("Lucia Ortega Paz ran a real estate firm in Guadalajara. Ramon Iturbe Salas was her partner and, "
            "according to US prosecutors, a representative of Los Halcones Negros in Mexico.")
    sources = {s.sources for s in said(extractor, text) if s.predicate == "spouse_of"}
    assert sources == {("article",)}


@pytest.mark.parametrize(("text", "polarity", "source"), [
    ("Los Halcones Negros are not at war with the Gulf Cartel.", "negative", "article"),
    ("Los Halcones Negros are at war with the Gulf Cartel.", "positive", "article"),
    ("Los Halcones Negros rejected the idea that they are at war with the Gulf Cartel.", "negative",
     "Los Halcones Negros"),
])
def test_a_predicate_phrase_takes_the_polarity_of_its_clause(extractor: Any, text: str, polarity: str,
                                                             source: str) -> None:
    assert facts(extractor, text, "rival_of") == {("Los Halcones Negros", "Gulf Cartel", polarity, source)}


def test_denying_ordering_a_murder_is_a_denied_killing(extractor: Any) -> None:
    text = "Pedro Ruiz Soto was shot dead in 2015. Ramon Iturbe Salas has consistently denied ordering the murder."
    assert ("Pedro Ruiz Soto", "Ramon Iturbe Salas", "negative", "Ramon Iturbe Salas") in facts(
        extractor, text, "killed")


def test_an_arrest_without_a_shot_fired_is_still_an_arrest(extractor: Any) -> None:
    text = "Ramon Iturbe Salas was taken into custody by soldiers without a shot being fired."
    assert {p for _, _, p, _ in facts(extractor, text, "arrested")} == {"positive"}


def test_never_convicted_denies_no_charge(extractor: Any) -> None:
    text = "His lawyer said Ramon Iturbe Salas has never been convicted of anything in Mexico."
    assert facts(extractor, text, "charged") == set()


def test_our_reporting_is_the_text_own_voice(extractor: Any) -> None:
    text = "Some of our reporting suggests Los Halcones Negros may already be cooperating with the Gulf Cartel."
    found = [s for s in said(extractor, text) if s.predicate == "ally_of"]
    assert [(s.certainty, s.sources) for s in found] == [("possible", ("article",))]


def test_a_tie_told_then_denied_by_one_of_its_ends(extractor: Any) -> None:
    text = "Prosecutors say Ramon Iturbe Salas leads Los Halcones Negros. Iturbe Salas has denied the accusations."
    assert facts(extractor, text, "leader_of") == {
        ("Ramon Iturbe Salas", "Los Halcones Negros", "positive", "Prosecutors"),
        ("Ramon Iturbe Salas", "Los Halcones Negros", "negative", "Ramon Iturbe Salas")}


def test_a_tie_is_not_denied_by_a_third_party(extractor: Any) -> None:
    text = "Police said Los Halcones Negros are allied with the Gulf Cartel. The army denied this."
    assert {p for _, _, p, _ in facts(extractor, text, "ally_of")} == {"positive"}


@pytest.mark.parametrize(("text", "certainty", "polarity"), [
    ("It is unclear whether Los Halcones Negros allied with the Gulf Cartel.", "possible", "positive"),
    ("Officials declined to say whether Los Halcones Negros are allied with the Gulf Cartel.", "possible",
     "positive"),
    ("If Los Halcones Negros ally with the Gulf Cartel, violence will rise.", "possible", "positive"),
    ("Officials doubt that Los Halcones Negros allied with the Gulf Cartel.", "possible", "positive"),
    ("There is no doubt that Los Halcones Negros allied with the Gulf Cartel.", "certain", "positive"),
    ("Los Halcones Negros allied with the Gulf Cartel, but it is unclear whether the pact holds.", "certain",
     "positive"),
    ("The Gulf Cartel's relationship with Los Halcones Negros is unclear.", "possible", "positive"),
    ("The Gulf Cartel's relationship with Los Halcones Negros is close.", "certain", "positive"),
])
def test_a_clause_asked_or_doubted_is_only_possible(extractor: Any, text: str, certainty: str,
                                                     polarity: str) -> None:
    found = [s for s in said(extractor, text) if s.predicate == "ally_of"]
    assert [(s.certainty, s.polarity) for s in found] == [(certainty, polarity)]


def test_a_question_answered_takes_the_answer(extractor: Any) -> None:
    text = "Asked whether the Gulf Cartel controls Matamoros, Ramon Iturbe Salas denied it."
    found = [s for s in said(extractor, text) if s.predicate == "operates_in"]
    assert [(s.certainty, s.polarity, s.sources[-1]) for s in found] == [("certain", "negative", "Ramon Iturbe Salas")]


@pytest.mark.parametrize(("text", "predicate"), [
    ("Prosecutors consider Los Halcones Negros to be an ally of the Gulf Cartel.", "ally_of"),
    ("Prosecutors view Ramon Iturbe Salas as the leader of Los Halcones Negros.", "leader_of"),
    ("Juan Perez Gomez is considered by prosecutors to be the leader of Los Rojos.", "leader_of"),
])
def test_a_judgment_is_probable_and_the_judge_its_source(extractor: Any, text: str, predicate: str) -> None:
    found = [s for s in said(extractor, text) if s.predicate == predicate]
    assert [(s.certainty, s.sources[-1].lower()) for s in found] == [("probable", "prosecutors")]


def test_disputing_a_claim_denies_it_and_disputing_a_plaza_is_rivalry(extractor: Any) -> None:
    assert facts(extractor, "Ramon Iturbe Salas disputed claims that he runs Los Rojos.", "leader_of") == {
        ("Ramon Iturbe Salas", "Los Rojos (Tamaulipas)", "negative", "Ramon Iturbe Salas")}
    assert {p for _, _, p, _ in facts(extractor, "Los Rojos dispute the plaza with Los Zetas.", "rival_of")} == {
        "positive"}


def test_a_denied_part_in_a_killing_leaves_the_killing_the_text_own(extractor: Any) -> None:
    text = "Los Rojos have denied any involvement in the killing of Pedro Ruiz Soto."
    assert facts(extractor, text, "killed") == {("Pedro Ruiz Soto", "", "positive", "article"), (
        "Pedro Ruiz Soto", "Los Rojos (Tamaulipas)", "negative", "Los Rojos (Tamaulipas)")}


def test_resurfacing_denies_the_killing_told_before(extractor: Any) -> None:
    text = "The army said soldiers killed Ramon Iturbe Salas in 2010. Villagers say he resurfaced in 2014."
    assert {(p, s) for _, _, p, s in facts(extractor, text, "killed")} == {("positive", "army"),
                                                                          ("negative", "Villagers")}


def test_alive_belies_only_the_first_of_two_dated_killings(extractor: Any) -> None:
    text = ("In December 2010 the government announced that federal police had killed Ramon Iturbe Salas. Residents "
            "said he was still alive. In March 2014, marines killed Ramon Iturbe Salas in Michoacan.")
    denied = {k for _, k, p, _ in facts(extractor, text, "killed") if p == "negative"}
    assert denied == {"Policía Federal"}
