"""Factions, cells and wings named by description: "X, the faction of G headed by ...", "the faction loyal
to P" (a group of its own, led by P), "pitted the faction loyal to P against X", "groups loyal to P".

Each sentence is written for this test, with invented gangs and people; each test checks the claim a
rule must make and the silence it must keep.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples as claims

pytestmark = pytest.mark.model


def test_a_faction_of_a_group_hung_on_the_verb_is_still_the_named_groups(extractor: Any) -> None:
    found = claims(extractor, 'Soldiers arrested Raúl Vega Soto, alias "El Grillo", identified by officials as the '
                              'head of security of Los Halcones, the faction of the Gulf Cartel headed by the sons '
                              'of Pedro Ruiz, "El Toro".')
    assert ("Los Halcones", "faction_of", "Gulf Cartel") in found
    found = claims(extractor, "Police in Reynosa, the city of the Gulf Cartel, made arrests.")
    assert not [c for c in found if c[1] == "faction_of"]


def test_the_faction_loyal_to_a_person_is_a_group_he_leads(extractor: Any) -> None:
    found = claims(extractor, "The arrest pitted the faction loyal to Juan Ruiz against Los Halcones.")
    assert ("Juan Ruiz", "leader_of", "faction loyal to Juan Ruiz") in found
    assert ("faction loyal to Juan Ruiz", "rival_of", "Los Halcones") in found
    found = claims(extractor, 'Los Halcones are disputing routes in Sonora with groups loyal to Pedro "El Toro" Ruiz.')
    assert ("Los Halcones", "rival_of", 'faction loyal to Pedro "El Toro" Ruiz') in found
    found = claims(extractor, "Gunmen loyal to Juan Ruiz killed two officers.")
    assert not [c for c in found if c[1] == "leader_of"]


def test_a_lone_surname_after_loyal_to_is_the_person_named_before(extractor: Any) -> None:
    found = claims(extractor, "Marines detained Óscar Beltrán Paz in March. His arrest pitted the faction loyal "
                              "to Beltrán against Los Halcones.")
    assert ("Óscar Beltrán Paz", "leader_of", "faction loyal to Óscar Beltrán Paz") in found
    assert ("faction loyal to Óscar Beltrán Paz", "rival_of", "Los Halcones") in found


def test_a_group_that_began_or_emerged_as_a_cell_of_another_is_its_faction(extractor: Any) -> None:
    found = claims(extractor, "The second gang is Los Toros, a local outfit that began as a Gulf Cartel cell and "
                              "broke away from it around 2019.")
    assert ("Los Toros", "faction_of", "Gulf Cartel") in found
    found = claims(extractor, "Los Toros grew fast in Sonora. The group's core emerged in the early 2000s as an "
                              "armed cell in Sonora working for the Gulf Cartel.")
    assert ("Los Toros", "faction_of", "Gulf Cartel") in found
    found = claims(extractor, "Los Toros emerged in 2015 as a rival of the Gulf Cartel.")
    assert ("Los Toros", "faction_of", "Gulf Cartel") not in found


def test_a_wing_named_by_its_work_for_a_group_is_its_faction(extractor: Any) -> None:
    found = claims(extractor, 'Vega commanded an enforcement group known as "Los Grillos," which carried out '
                              'killings on behalf of the Gulf Cartel.')
    assert ("Los Grillos", "faction_of", "Gulf Cartel") in found
    found = claims(extractor, "The Gulf Cartel's enforcers operate under the name Los Grillos, an armed wing that "
                              "has fought soldiers.")
    assert ("Los Grillos", "faction_of", "Gulf Cartel") in found
    found = claims(extractor, "Vega carried out killings on behalf of the Gulf Cartel.")
    assert not [c for c in found if c[1] == "faction_of"]


def test_the_g_faction_based_in_p_known_as_x(extractor: Any) -> None:
    found = claims(extractor, "Los Toros also maintained a dispute with the Gulf Cartel faction based in "
                              "Matamoros, known as Los Grillos.")
    assert {("Los Grillos", "faction_of", "Gulf Cartel"), ("Los Grillos", "operates_in", "Matamoros"),
            ("Los Toros", "rival_of", "Los Grillos")} <= found


def test_the_wing_of_the_faction_is_the_faction_named_before_not_itself(extractor: Any) -> None:
    found = claims(extractor, "Police caught Juan Vega, head of security of Los Halcones, the faction of the Gulf "
                              "Cartel led by Pedro Ruiz. Vega commanded the armed cell known as Los Grillos, which "
                              "operates as the armed wing of the faction in Sonora.")
    assert ("Los Grillos", "faction_of", "Los Halcones") in found
    assert ("Los Grillos", "faction_of", "Los Grillos") not in found


def test_the_cell_led_by_a_leader_named_before_is_the_group_he_leads(extractor: Any) -> None:
    found = claims(extractor, 'Raúl Vega, "El Comandante Lobo," was the leader of Los Toros. Sources said the cell '
                              'led by Vega was in conflict with Los Halcones.')
    assert ("Los Toros", "rival_of", "Los Halcones") in found


def test_this_city_after_a_dateline_is_the_city_not_its_state(extractor: Any) -> None:
    found = claims(extractor, "REYNOSA, Tamaulipas — Police said Raúl Vega was the leader of Los Toros, the cell "
                              "of the Gulf Cartel that controls this border city.")
    assert ("Los Toros", "operates_in", "Reynosa") in found
    assert ("Los Toros", "operates_in", "Tamaulipas") not in found


def test_a_group_based_in_the_villages_around_a_town_operates_there(extractor: Any) -> None:
    found = claims(extractor, "Los Toros, a criminal group based in the villages around the nearby town of "
                              "Tixtla, fought Los Halcones.")
    assert ("Los Toros", "operates_in", "Tixtla") in found


def test_a_group_that_took_control_of_a_place_operates_there(extractor: Any) -> None:
    found = claims(extractor, "The Gulf Cartel, the organisation led by Juan Ruiz, which took control of "
                              "Matamoros in the early 2010s, fought Los Halcones.")
    assert ("Gulf Cartel", "operates_in", "Matamoros") in found
    found = claims(extractor, "Los Toros seized control of the port of Manzanillo in 2012.")
    assert ("Los Toros", "operates_in", "Manzanillo") in found
    found = claims(extractor, "Los Toros took control of the Gulf Cartel in 2012.")
    assert not [c for c in found if c[1] == "operates_in"]
