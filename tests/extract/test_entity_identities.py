"""Entity-stage identities: a group named by its distinctive words with another generic head, a country's
forces named by their people, a place's name as a person's last surname, a headline's capitalised participle,
and a role of an unnamed group on the dependency-path fallback. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document

pytestmark = pytest.mark.model


def _run(extractor: Any, text: str) -> tuple[dict[str, Any], set[tuple[str, str, str | None]]]:
    result = extractor(Document.make(text, "t.txt"))
    by_id = {e.id: e for e in result.entities}
    claims = {(by_id[c.subject_id].name, c.predicate, by_id[c.object_id].name if c.object_id else None)
              for c in result.claims}
    return by_id, claims


@pytest.mark.parametrize(("text", "kb_id"), [
    ("The Santa Rosa de Lima gang was locked in a war with the Jalisco cartel.", "kb-santa-rosa-de-lima-cartel"),
    ("Police said the Sinaloa organisation had fought for years.", "kb-sinaloa-cartel"),
    ("Police said the Gulf organization had fought for years.", "kb-gulf-cartel"),
    ("The Beltrán Leyva organisation was founded by Arturo Beltrán Leyva.", "kb-beltran-leyva-organization"),
])
def test_a_group_named_with_another_generic_head_is_the_kb_group(extractor: Any, text: str, kb_id: str) -> None:
    by_id, _ = _run(extractor, text)
    assert kb_id in by_id
    assert not any(e.kind == "criminal_group" and not e.id.startswith("kb-") for e in by_id.values())


def test_the_distinctive_words_with_a_generic_head_give_the_groups_claim(extractor: Any) -> None:
    _, claims = _run(extractor, "The Santa Rosa de Lima gang was locked in a war with the Jalisco cartel.")
    assert ("Santa Rosa de Lima Cartel", "rival_of", "Jalisco New Generation Cartel") in claims
    assert not any(c[0] == "Lima" for c in claims)


def test_a_clan_is_not_the_cartel_of_the_same_name(extractor: Any) -> None:
    by_id, _ = _run(extractor, "The Gulf Clan signed a pact with local gangs in Urabá.")
    assert "kb-clan-del-golfo" in by_id and "kb-gulf-cartel" not in by_id


def test_a_group_named_before_is_found_again_with_another_head(extractor: Any) -> None:
    text = ("The Rojas Quintero Organization moved cocaine through Sonora. Police said the Rojas Quintero gang "
            "had fought the Gulf Cartel for years.")
    by_id, claims = _run(extractor, text)
    groups = [e for e in by_id.values() if e.kind == "criminal_group" and not e.id.startswith("kb-")]
    assert len(groups) == 1
    assert (groups[0].name, "rival_of", "Gulf Cartel") in claims


def test_a_plain_description_of_a_group_names_none(extractor: Any) -> None:
    by_id, _ = _run(extractor, "The gang fought the group for years, police in Sonora said.")
    assert not any(e.kind == "criminal_group" for e in by_id.values())


@pytest.mark.parametrize(("text", "agency", "predicate"), [
    ("In Culiacán, Mexico, Juan Pérez García was killed by marines in 2009. Mexican police confirmed it.",
     "kb-semar", "killed"),
    ("In Culiacán, Mexico, soldiers arrested Juan Pérez García in 2015. The Mexican government confirmed it.",
     "kb-sedena", "arrested"),
    ("In Culiacán, Mexico, the army arrested Juan Pérez García in 2015. Mexican officials confirmed it.",
     "kb-sedena", "arrested"),
    ("Near Nuevo Laredo, Mexico, the Navy arrested Juan Pérez García. Mexican officials confirmed it.",
     "kb-semar", "arrested"),
    # no country named: the towns the knowledge base places in Mexico say whose army it is
    ("The army arrested Juan Pérez García in Culiacán in 2015. He was moved to Mazatlán.",
     "kb-sedena", "arrested"),
])
def test_the_forces_of_the_texts_country_named_by_their_people(extractor: Any, text: str, agency: str,
                                                                 predicate: str) -> None:
    by_id, claims = _run(extractor, text)
    assert ("Juan Pérez García", predicate, by_id[agency].name) in claims


@pytest.mark.parametrize("text", [
    "In Mexico, the cartel's soldiers killed Juan Pérez García. Mexican officials confirmed it.",
    "In Mexico, foot soldiers of the gang killed Juan Pérez García. Mexican officials confirmed it.",
    "In Mexico, former soldiers killed Juan Pérez García. Mexican officials confirmed it.",
    "In Chiapas, Mexico, Guatemalan soldiers arrested Juan Pérez García. Mexican officials confirmed it.",
    "In Colombia, soldiers arrested Juan Pérez García. Colombian officials confirmed it.",
    "Soldiers arrested Juan Pérez García, officials said.",
    "The army arrested Juan Pérez García in Tegucigalpa. He was later sent to Colombia and held in Bogotá.",
])
def test_soldiers_of_someone_else_or_of_no_known_country_stay_unnamed(extractor: Any, text: str) -> None:
    by_id, _ = _run(extractor, text)
    assert "kb-sedena" not in by_id and "kb-semar" not in by_id


def test_a_place_name_as_the_last_surname_of_a_described_person(extractor: Any) -> None:
    text = ("Guatemala sent Waldemar Lorenzana Lima, a 74-year-old rancher, to the United States. "
            "Waldemar Lorenzana was captured in 2011.")
    by_id, claims = _run(extractor, text)
    assert "kb-lima" not in by_id
    assert ("Waldemar Lorenzana Lima", "extradited", "United States") in claims


def test_a_city_described_stays_a_city(extractor: Any) -> None:
    by_id, _ = _run(extractor, "Police in Lima, a city of ten million, said so.")
    assert "kb-lima" in by_id


def test_a_capitalised_participle_of_a_headline_is_no_name(extractor: Any) -> None:
    by_id, claims = _run(extractor, "Former Arellano-Felix Organization Leader Extradited from Mexico\n\nText.")
    assert not any(e.name == "Extradited" for e in by_id.values())
    assert not any(c[1] == "leader_of" for c in claims)


def test_the_boss_of_an_unnamed_gang_is_not_the_boss_of_its_enemy(extractor: Any) -> None:
    _, claims = _run(extractor, 'Mexican troops capture "El Marro," boss of fuel-theft gang at war with Jalisco cartel')
    assert not any(c[1] == "leader_of" for c in claims)


def test_a_designation_list_names_no_group(extractor: Any) -> None:
    by_id, claims = _run(extractor, "Washington named the Sinaloa Cartel a Foreign Terrorist Organization (FTO) "
                                    "and a Specially Designated Global Terrorist in February.")
    assert not any("Terrorist" in e.name or e.name == "FTO" for e in by_id.values())
    assert {c[0] for c in claims if c[1] == "designated"} <= {"Sinaloa Cartel"}


def test_a_faction_named_after_its_leader_is_the_kb_faction(extractor: Any) -> None:
    _, claims = _run(extractor, "Los Rusos remain aligned with the Zambada faction of the Sinaloa Cartel.")
    assert ("Los Mayos", "faction_of", "Sinaloa Cartel") in claims


def test_a_front_named_after_a_person_is_a_group(extractor: Any) -> None:
    by_id, claims = _run(extractor, "Police arrested members of the so-called Frente Julio César Vargas, a "
                                    "substructure of the Clan del Golfo.")
    assert not any(e.kind == "person" for e in by_id.values())
    assert ("Frente Julio César Vargas", "faction_of", "Clan del Golfo") in claims


def test_a_town_named_as_a_place_once_is_a_place_everywhere(extractor: Any) -> None:
    by_id, _ = _run(extractor, "The attack took place in Ciudad Valles, and Ciudad Valles police said so. "
                               "In Matehuala, Matehuala officials agreed.")
    assert {e.kind for e in by_id.values()} == {"place"}


def test_a_person_named_like_a_place_elsewhere_keeps_a_given_name(extractor: Any) -> None:
    by_id, _ = _run(extractor, "Juan Pérez García was arrested in Sonora. Police in Sonora said Juan Pérez García "
                               "had fled.")
    assert any(e.kind == "person" and e.name == "Juan Pérez García" for e in by_id.values())


def test_a_councillor_described_after_an_untagged_name_is_a_person(extractor: Any) -> None:
    by_id, claims = _run(extractor, "On Monday, Marisol Adame Ríos, a councillor from the town of Tixtla, was "
                                    "gunned down by members of Los Tlacos.")
    assert ("Marisol Adame Ríos", "killed", "Los Tlacos") in claims


@pytest.mark.parametrize(("text", "pair"), [
    ("In July 2022 a turf war between the G9 and G-Pèp killed dozens in Port-au-Prince.",
     ("G9 an Fanmi e Alye", "G-Pèp")),
    ("In Esmeraldas, a turf war between Los Tiguerones and the Latin Kings killed dozens.",
     ("Los Tiguerones", "Latin Kings")),
])
def test_gangs_the_kb_knows_by_short_names(extractor: Any, text: str, pair: tuple[str, str]) -> None:
    _, claims = _run(extractor, text)
    assert (pair[0], "rival_of", pair[1]) in claims


def test_a_surname_that_is_also_a_town_of_the_text_stays_the_person(extractor: Any) -> None:
    _, claims = _run(extractor, "Ramiro Pérez Guzmán was born in Guzmán, a town in Jalisco. In 2009 prosecutors "
                                "in Chicago charged Guzmán with trafficking.")
    assert ("Ramiro Pérez Guzmán", "charged", None) in claims
