"""Who asserts what a sentence tells in passing (session 14): where a group is based, told by a modifier
inside what a source says, is the source's word; the scope of a source over coordinated clauses.
Sentences written for this test; the names are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document

pytestmark = pytest.mark.model


def chains(extractor: Any, text: str) -> dict[tuple[str, str, str | None], tuple[str, ...]]:
    result = extractor(Document.make(text, "test.txt"))
    names = {e.id: e.name for e in result.entities}
    return {(names[c.subject_id], c.predicate, names.get(c.object_id or "")): c.attributed_to
            for c in result.claims}


# where a group is based, told by a modifier inside a source's account

def test_a_base_told_inside_a_reported_clause_is_the_speakers(extractor: Any) -> None:
    text = "Police say the killing was ordered by Los Garzas, a gang based in Puerto Lindo."
    found = chains(extractor, text)
    assert found[("Los Garzas", "operates_in", "Puerto Lindo")] == ("article", "Police")


def test_a_base_told_after_according_to_is_the_sources(extractor: Any) -> None:
    text = ("According to the prosecutor's office, Ramiro Tovar was a courier for Los Cuervos, "
            "a group active in Villaseca.")
    found = chains(extractor, text)
    assert found[("Los Cuervos", "operates_in", "Villaseca")][-1] == "prosecutor's office"


def test_a_relative_clause_of_territory_stays_the_articles(extractor: Any) -> None:
    text = "Police say the killing was ordered by Los Garzas, the gang that controls Puerto Lindo."
    found = chains(extractor, text)
    assert found[("Los Garzas", "operates_in", "Puerto Lindo")] == ("article",)


# the scope of a source over coordinated clauses

def test_according_to_opening_a_sentence_speaks_for_both_clauses(extractor: Any) -> None:
    text = ("According to a senior police official, Los Garzas lost a shipment in May, "
            "and Los Cuervos later joined forces with Los Pumas.")
    found = chains(extractor, text)
    assert found[("Los Cuervos", "ally_of", "Los Pumas")] == ("article", "a senior police official")


def test_according_to_closing_a_sentence_speaks_for_its_last_clause_only(extractor: Any) -> None:
    text = ("Los Cuervos joined forces with Los Pumas in May, and Los Garzas lost a shipment in June, "
            "according to a senior police official.")
    found = chains(extractor, text)
    assert found[("Los Cuervos", "ally_of", "Los Pumas")] == ("article",)


def test_a_reporting_verb_between_two_clauses_speaks_for_both(extractor: Any) -> None:
    text = "Los Garzas lost a shipment in May, the witness said, and Los Cuervos later joined forces with Los Pumas."
    found = chains(extractor, text)
    assert found[("Los Cuervos", "ally_of", "Los Pumas")] == ("article", "witness")


def test_two_clauses_with_no_reporting_verb_are_the_articles(extractor: Any) -> None:
    text = "Los Garzas lost a shipment in May, and Los Cuervos later joined forces with Los Pumas."
    found = chains(extractor, text)
    assert found[("Los Cuervos", "ally_of", "Los Pumas")] == ("article",)


# who a bare 'the ministry' / 'the defence' that speaks is

def test_the_ministry_is_the_ministry_that_spoke_before(extractor: Any) -> None:
    text = ("Soldiers from Mexico's Defence Ministry patrolled Villa Nueva in March. Last month the state security "
            "ministry said that members of Los Halcones had been detained in Villa Nueva. The ministry said the "
            "Villa Nueva cell of Los Halcones takes its orders from commanders in Tabasco.")
    found = chains(extractor, text)
    assert found[("Los Halcones", "operates_in", "Villa Nueva")] == ("article", "state security ministry")


def test_the_defence_is_no_defence_ministry(extractor: Any) -> None:
    text = ("Mexican Army soldiers arrested Ramón Ibarra in 2019. The defence has argued since Tuesday that "
            "Ramón Ibarra was never the leader of Los Halcones.")
    found = chains(extractor, text)
    assert found[("Ramón Ibarra", "leader_of", "Los Halcones")] == ("article", "defence")


def test_the_ministry_with_no_speaker_before_is_the_ministry_named_before(extractor: Any) -> None:
    text = ("Soldiers from Mexico's Defence Ministry arrested Ramón Ibarra in Villa Nueva. The ministry said "
            "Ramón Ibarra was the leader of Los Halcones.")
    found = chains(extractor, text)
    assert found[("Ramón Ibarra", "leader_of", "Los Halcones")] == ("article", "Secretaría de la Defensa Nacional")


def test_a_clause_of_time_after_a_closing_reporting_verb_is_reported(extractor: Any) -> None:
    text = "The truce collapsed, Rodrigo Salas testified, after Los Cuervos joined forces with Los Pumas."
    found = chains(extractor, text)
    assert found[("Los Cuervos", "ally_of", "Los Pumas")] == ("article", "Rodrigo Salas")


def test_a_clause_of_time_of_the_saying_itself_is_the_articles(extractor: Any) -> None:
    text = "Rodrigo Salas testified after Los Cuervos joined forces with Los Pumas."
    found = chains(extractor, text)
    assert found[("Los Cuervos", "ally_of", "Los Pumas")] == ("article",)


# a pronoun that speaks is not the person its own words are about

def test_he_said_set_inside_a_clause_is_not_its_subject(extractor: Any) -> None:
    text = "Rodrigo Salas took the stand on Tuesday. Tomás Ferrer, he said, left Los Garzas in 2019."
    found = chains(extractor, text)
    assert found[("Tomás Ferrer", "member_of", "Los Garzas")] == ("article", "Rodrigo Salas")


def test_he_said_before_a_clause_is_the_person_named_before(extractor: Any) -> None:
    text = "Rodrigo Salas took the stand on Tuesday. He said Tomás Ferrer left Los Garzas in 2019."
    found = chains(extractor, text)
    assert found[("Tomás Ferrer", "member_of", "Los Garzas")] == ("article", "Rodrigo Salas")


# an accusation in the passive with its agent: the agent accuses

def test_accused_by_an_agent_of_leading_is_the_agents_word(extractor: Any) -> None:
    found = chains(extractor, "Ramón Ibarra is accused by prosecutors of leading Los Halcones.")
    assert found[("Ramón Ibarra", "leader_of", "Los Halcones")] == ("article", "prosecutors")


def test_accused_by_an_agent_of_work_for_a_group_is_the_agents_word(extractor: Any) -> None:
    text = "Ramón Ibarra is accused by Mexican authorities of running logistics and laundering money for Los Halcones."
    found = chains(extractor, text)
    assert found[("Ramón Ibarra", "member_of", "Los Halcones")] == ("article", "Mexican authorities")


def test_accused_with_no_agent_names_no_accuser(extractor: Any) -> None:
    found = chains(extractor, "Ramón Ibarra is accused of leading Los Halcones.")
    assert found[("Ramón Ibarra", "leader_of", "Los Halcones")] == ("article",)


# a 'that' clause the parser hangs on a reporting verb as an adverbial clause is what it reports

def test_a_that_clause_after_citing_is_reported_by_both(extractor: Any) -> None:
    text = ("The newspaper La Voz reported in 2021, citing police intelligence, that Los Garzas were sending "
            "members to Villaseca.")
    found = chains(extractor, text)
    assert found[("Los Garzas", "operates_in", "Villaseca")] == ("article", "newspaper La Voz", "police intelligence")


def test_a_when_clause_after_a_reporting_verb_is_not_reported(extractor: Any) -> None:
    text = "The newspaper La Voz reported on the killings in 2021, when Los Garzas were sending members to Villaseca."
    found = chains(extractor, text)
    assert found[("Los Garzas", "operates_in", "Villaseca")] == ("article",)


# 'described in X as': the reporting, the press, the documents it is described in

def test_described_in_media_reporting_is_the_reportings_word(extractor: Any) -> None:
    found = chains(extractor, "Rodrigo Salas is described in media reporting as the head of Los Halcones.")
    assert found[("Rodrigo Salas", "leader_of", "Los Halcones")] == ("article", "media reporting")


def test_described_in_the_local_press_is_the_presss_word(extractor: Any) -> None:
    found = chains(extractor, "Rodrigo Salas was described in the local press as a member of Los Halcones.")
    assert found[("Rodrigo Salas", "member_of", "Los Halcones")] == ("article", "local press")


def test_described_in_detail_names_no_source(extractor: Any) -> None:
    found = chains(extractor, "Rodrigo Salas is described in detail as the head of Los Halcones.")
    assert found[("Rodrigo Salas", "leader_of", "Los Halcones")] == ("article",)
