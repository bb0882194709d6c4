"""Group relations and events in briefing and chronology wording: a rival named in apposition to
'its rival', a designation shared 'along with' other groups, a coalition 'that includes' a group,
a subject the parser misread ('X, alias "Y", is ...', 'a faction calling itself X now ...').
Each test is a sentence written for it, with invented or generic names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def claims(extractor: Any, text: str) -> list[tuple[str, str, str, str, tuple[str, ...]]]:
    """(subject, predicate, object, certainty, sources) of every claim of the text."""
    return [(s.subject, s.predicate, s.object, s.certainty, s.sources) for s in said(extractor, text)]


def facts(extractor: Any, text: str) -> set[tuple[str, str, str]]:
    return {c[:3] for c in claims(extractor, text)}


# --- 'its rival, X' ---------------------------------------------------------------------------

def test_its_rival_named_in_apposition(extractor: Any) -> None:
    text = ("In the northern valleys, La Banda Roja is the largest armed group. "
            "Its rival there, Los Tlacos, blames it for a string of kidnappings.")
    found = [c for c in claims(extractor, text) if c[1] == "rival_of"]
    assert [c[:4] for c in found] == [("La Banda Roja", "rival_of", "Los Tlacos", "certain")]


def test_its_main_enemy_named_in_apposition(extractor: Any) -> None:
    text = "Los Zetas raided Reynosa last year. Its main enemy, the Gulf Cartel, pulled back to the coast."
    assert ("Los Zetas", "rival_of", "Gulf Cartel") in facts(extractor, text)


def test_a_former_rival_in_apposition_is_no_rivalry(extractor: Any) -> None:
    text = "Los Zetas raided Reynosa last year. Its former rival, the Gulf Cartel, pulled back to the coast."
    assert not any(c[1] == "rival_of" for c in claims(extractor, text))


# --- designations shared 'along with' ---------------------------------------------------------

def test_designation_along_with_other_groups(extractor: Any) -> None:
    text = ("Last month Washington designated Los Viagras, along with the Sinaloa Cartel and three other "
            "groups, as foreign terrorist organizations.")
    found = facts(extractor, text)
    assert ("Los Viagras", "designated", "United States") in found
    assert ("Sinaloa Cartel", "designated", "United States") in found


def test_designation_together_with_another_group(extractor: Any) -> None:
    text = "The Treasury designated the Gulf Cartel, together with Los Zetas, as a criminal organization."
    found = {(s, o) for s, p, o in facts(extractor, text) if p == "designated"}
    assert {s for s, _ in found} == {"Gulf Cartel", "Los Zetas"}


def test_arrested_along_with_is_no_designation(extractor: Any) -> None:
    text = "Police arrested Juan Pérez Soto, along with two members of Los Zetas, in Reynosa."
    assert not any(c[1] == "designated" for c in claims(extractor, text))


# --- a coalition that includes a group -------------------------------------------------------

def test_coalition_that_includes_a_group(extractor: Any) -> None:
    text = ("The Gulf Cartel has fought Los Unidos, a coalition of local groups that includes Los Tlacos, "
            "since 2018.")
    assert ("Los Tlacos", "faction_of", "Los Unidos") in facts(extractor, text)


def test_a_gang_that_includes_people_makes_no_faction(extractor: Any) -> None:
    text = "Los Zetas, a gang that includes former soldiers, attacked the town of Anáhuac."
    assert not any(c[1] == "faction_of" for c in claims(extractor, text))


# --- subjects the parser misread --------------------------------------------------------------

def test_alias_before_the_verb_keeps_the_person_as_subject(extractor: Any) -> None:
    text = 'Juan Pérez Soto, alias "El Flaco", is thought to lead Los Tlacos, the state prosecutor\'s office said.'
    found = [c for c in claims(extractor, text) if c[1] == "leader_of"]
    assert [c[:4] for c in found] == [("Juan Pérez Soto", "leader_of", "Los Tlacos", "probable")]
    assert "state prosecutor's office" in found[0][4]


def test_faction_calling_itself_a_name_controls_a_place(extractor: Any) -> None:
    text = ("Analysts say a faction calling itself the Cártel del Noreste now controls much of Reynosa "
            "and is fighting Los Zetas for the city.")
    found = facts(extractor, text)
    assert ("Cártel del Noreste", "operates_in", "Reynosa") in found
    assert ("Cártel del Noreste", "rival_of", "Los Zetas") in found


def test_its_rival_who_accuses_it_is_no_source_of_the_rivalry(extractor: Any) -> None:
    text = ("In the northern valleys, La Banda Roja is the largest armed group. "
            "Its rival there, Los Tlacos, accuses it of kidnapping farmers.")
    found = [c for c in claims(extractor, text) if c[1] == "rival_of"]
    assert [(c[:3], c[4]) for c in found] == [(("La Banda Roja", "rival_of", "Los Tlacos"), ("article",))]


# --- a role in a relative clause ---------------------------------------------------------------

def test_who_had_become_the_leader_in_apposition(extractor: Any) -> None:
    text = 'Pedro Gómez Luna, "Z-9", who had become the leader of Los Zetas, is captured by marines near Matamoros.'
    assert ("Pedro Gómez Luna", "leader_of", "Los Zetas") in facts(extractor, text)


def test_who_is_the_brother_of_a_person(extractor: Any) -> None:
    text = "Pedro Gómez Luna, who is the brother of Juan Gómez Luna, was arrested in Reynosa."
    found = facts(extractor, text)
    assert ("Pedro Gómez Luna", "sibling_of", "Juan Gómez Luna") in found
    assert not any(p == "leader_of" for _, p, _ in found)


def test_another_of_the_groups_leaders_with_the_source_of_the_sentence_before(extractor: Any) -> None:
    text = ("Juan Pérez Soto is thought to lead Los Tlacos, the state prosecutor's office said. "
            "It added that his brother, Mario Pérez Soto, is another of the group's leaders.")
    found = {c[:4]: c[4] for c in claims(extractor, text)}
    assert found[("Juan Pérez Soto", "leader_of", "Los Tlacos", "probable")][-1] == "state prosecutor's office"
    assert found[("Mario Pérez Soto", "leader_of", "Los Tlacos", "certain")][-1] == "state prosecutor's office"


def test_another_of_the_groups_victims_is_no_leader(extractor: Any) -> None:
    text = "Juan Pérez Soto leads Los Tlacos. Mario Pérez Soto is another of the group's victims."
    assert ("Mario Pérez Soto", "leader_of", "Los Tlacos") not in facts(extractor, text)


# --- a place held by a group described by its leaders -------------------------------------------

def test_group_run_by_brothers_that_controls_a_place(extractor: Any) -> None:
    text = ("Police blamed Los Rudos, a gang run for years by the Ruiz Lara brothers that controls much of "
            "the region around Iguala.")
    assert ("Los Rudos", "operates_in", "Iguala") in facts(extractor, text)
    text = ("Local officials blamed Los Rudos, a group run by the Ruiz Lara brothers that controls much of the "
            "mountain region around Iguala.")
    assert ("Los Rudos", "operates_in", "Iguala") in facts(extractor, text)


def test_group_led_by_brothers_that_dominates_hills_around_a_place(extractor: Any) -> None:
    text = "Police blamed Los Rudos, a group led by two brothers that dominates the hills around Iguala."
    assert ("Los Rudos", "operates_in", "Iguala") in facts(extractor, text)


def test_where_its_leader_alias_ran_the_business(extractor: Any) -> None:
    text = ('La Banda Roja grew out of a prison in the state of Aragua, where its leader, Mario Ruiz Vega, '
            'alias "El Toro", ran the gang\'s business.')
    assert ("Mario Ruiz Vega", "leader_of", "La Banda Roja") in facts(extractor, text)


# --- succession: 'taken his place' --------------------------------------------------------------

def test_believed_to_have_taken_his_brothers_place(extractor: Any) -> None:
    text = ("Pedro Gómez Luna, who had become the leader of Los Zetas, is captured by marines. "
            'His brother, Juan Gómez Luna, "Z-9", is believed to have taken his place.')
    found = {c[:3]: c[3] for c in claims(extractor, text)}
    assert found[("Juan Gómez Luna", "leader_of", "Los Zetas")] == "probable"


def test_took_the_place_of_a_leader(extractor: Any) -> None:
    text = "Pedro Gómez Luna leads Los Rudos. In 2019 Ana Ruiz Lara took the place of Pedro Gómez Luna."
    assert ("Ana Ruiz Lara", "leader_of", "Los Rudos") in facts(extractor, text)


def test_taking_the_place_of_someone_who_leads_nothing(extractor: Any) -> None:
    text = "Pedro Gómez Luna was arrested in Reynosa. Ana Ruiz Lara took his place at the table."
    assert not any(c[1] == "leader_of" for c in claims(extractor, text))


def test_a_place_name_between_a_persons_names_is_a_surname(extractor: Any) -> None:
    text = ('La Banda Roja grew out of a prison in the state of Aragua, where its leader, Mario Ruiz Guerrero '
            'Vega, alias "El Toro", ran the gang\'s business.')
    assert ("Mario Ruiz Guerrero Vega", "leader_of", "La Banda Roja") in facts(extractor, text)


def test_kinship_in_the_subject_of_a_reported_that_clause_is_the_sources(extractor: Any) -> None:
    text = ("Juan Pérez Soto is thought to lead Los Tlacos, the state prosecutor's office said. "
            "It added that his brother, Mario Pérez Soto, is another of the group's leaders.")
    found = {c[:3]: c[4] for c in claims(extractor, text)}
    assert found[("Mario Pérez Soto", "sibling_of", "Juan Pérez Soto")][-1] == "state prosecutor's office"


def test_kinship_in_an_apposition_outside_the_reported_clause_is_the_articles(extractor: Any) -> None:
    text = "Juan Pérez Soto fled to Texas. His brother, Mario Pérez Soto, was arrested in Reynosa, police said."
    found = {c[:3]: c[4] for c in claims(extractor, text)}
    assert found[("Mario Pérez Soto", "sibling_of", "Juan Pérez Soto")] == ("article",)
    assert found[("Mario Pérez Soto", "arrested", "")] == ("article", "police")
