"""Events told by their outcome, people leaving a group, and leadership taken or kept, on sentences
written for this test with invented people and gangs: "was flown back to C to face charges", "was
picked up by police", "was found dead", "was shot ... and died days later", "helped prosecutors charge
X", "was jailed for"; "is said to have left G", "quit G", "defected from G"; "remained in charge of G",
"kept control of G", "was put in charge of G", "stepped in as head of G", "went on running G".
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model

SALAS = "Rigoberto Salas Yáñez"
RUIZ = "Anselmo Barragán Ochoa"
HALCONES = "Los Halcones Negros"


def read(extractor: Any, text: str) -> list[dict[str, Any]]:
    return [{"subject": s.subject, "predicate": s.predicate, "object": s.object or None, "certainty": s.certainty,
             "polarity": s.polarity, "source": s.sources[-1], "dates": [d.value for d in s.claim.qualifiers.dates],
             "rule": s.rule} for s in said(extractor, text)]


def find(found: list[dict[str, Any]], subject: str, predicate: str, obj: str | None = "") -> list[dict[str, Any]]:
    """Claims with these ends ('' for any object)."""
    return [c for c in found if c["subject"] == subject and c["predicate"] == predicate
            and (obj == "" or c["object"] == obj)]


# --- extradition told by the person's arrival where they are to be tried ---------------------------

@pytest.mark.parametrize(("text", "country"), [
    (f"{SALAS} was flown back to Colombia last week to face trafficking charges.", "Colombia"),
    (f"Police arrested {SALAS} in Madrid in March, and he was flown to the United States within days.",
     "United States"),
    (f"Spain handed {SALAS} over to US authorities in May.", "United States"),
    (f"{SALAS} was handed over to Mexican authorities to stand trial for kidnapping.", "Mexico"),
    (f"{SALAS} was returned to Guatemala in 2019 to face charges of murder.", "Guatemala"),
])
def test_extradition_told_by_the_hand_over(extractor: Any, text: str, country: str) -> None:
    assert find(read(extractor, text), SALAS, "extradited", country)


@pytest.mark.parametrize("text", [
    f"{SALAS} flew back to Colombia in 2019 after a holiday in Spain.",
    f"{SALAS} was flown to Spain for medical treatment in 2019.",
    f"{SALAS} returned to Guatemala in 2019 to visit his mother.",
    f"The gunmen handed {SALAS} over to {HALCONES} as a guarantee.",
    "Police handed the rifles over to the army in 2019.",
])
def test_travel_and_hostages_are_no_extradition(extractor: Any, text: str) -> None:
    assert not any(c["predicate"] == "extradited" for c in read(extractor, text))


# --- arrests told by a phrasal verb ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"{SALAS} was picked up by police in Ecuador in September 2012.",
    f"Federal agents picked up {SALAS} at a motel in Laredo on Monday.",
    f"{SALAS} was caught at a checkpoint outside Culiacán in 2016.",
    f"{SALAS} turned himself in to the DEA in 2015.",
])
def test_arrest_wordings(extractor: Any, text: str) -> None:
    assert find(read(extractor, text), SALAS, "arrested")


def test_being_picked_up_by_a_driver_is_no_arrest(extractor: Any) -> None:
    assert not find(read(extractor, f"A taxi picked up {SALAS} at the airport in Laredo."), SALAS, "arrested")


# --- killings told by the death ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"{SALAS} was found dead in a hotel room in Mérida in January 2008.",
    f"{SALAS} was shot outside his home in Culiacán in May 2019 and died nine days later.",
    f"{SALAS} was shot four times and died at the scene.",
    f"{SALAS} died in a shootout with soldiers in Sinaloa in 2020.",
    f"{SALAS} died of gunshot wounds in a hospital in Culiacán.",
])
def test_killing_told_by_the_death(extractor: Any, text: str) -> None:
    claims = find(read(extractor, text), SALAS, "killed")
    assert claims and all(c["polarity"] == "positive" for c in claims)


@pytest.mark.parametrize("text", [
    f"{SALAS} died of cancer in prison in 2019.",
    f"{SALAS} was found dead in his cell in 2019 after an apparent suicide.",
    f"{SALAS} died in hospital in 2019 after a long illness.",
    f"{SALAS} was found alive in a hotel room in Mérida.",
])
def test_a_death_without_violence_is_no_killing(extractor: Any, text: str) -> None:
    assert not find(read(extractor, text), SALAS, "killed")


def test_a_killing_told_by_the_death_keeps_its_date(extractor: Any) -> None:
    found = read(extractor, f"{SALAS} was shot outside his home in Culiacán in May 2019 and died nine days later.")
    assert any("2019-05" in c["dates"] for c in find(found, SALAS, "killed"))


# --- charges ------------------------------------------------------------------------------------------

def test_helping_prosecutors_charge_people_charges_them(extractor: Any) -> None:
    found = read(extractor, f"Her testimony helped prosecutors charge {SALAS} and {RUIZ} in 2009.")
    assert find(found, SALAS, "charged") and find(found, RUIZ, "charged")


@pytest.mark.parametrize("text", [
    f"{SALAS} was jailed for 22 years in 2019 for smuggling cocaine.",
    f"{SALAS} was convicted of money laundering in 2018 and jailed for life.",
    f"{SALAS} and {RUIZ} face charges of money laundering in Texas.",
])
def test_conviction_and_sentence_wordings_are_charges(extractor: Any, text: str) -> None:
    assert find(read(extractor, text), SALAS, "charged")


def test_jailed_pending_trial_is_no_charge(extractor: Any) -> None:
    assert not find(read(extractor, f"{SALAS} was jailed in Puente Grande in 2019."), SALAS, "charged")


# --- leaving a group: membership with negative polarity ---------------------------------------------

@pytest.mark.parametrize(("text", "certainty", "source"), [
    (f"{SALAS} is said to have left {HALCONES} years ago.", "probable", "article"),
    (f"{SALAS} quit {HALCONES} in 2010, according to a police report.", "certain", "a police report"),
    (f"{SALAS} broke away from {HALCONES} in 2014.", "certain", "article"),
    (f"{SALAS} defected from {HALCONES} in 2016, prosecutors said.", "certain", "prosecutors"),
    (f"{SALAS} deserted {HALCONES} in 2016.", "certain", "article"),
    (f"{SALAS}, who split from {HALCONES} in 2016, was arrested in May.", "certain", "article"),
])
def test_leaving_a_group_is_membership_denied(extractor: Any, text: str, certainty: str, source: str) -> None:
    claims = find(read(extractor, text), SALAS, "member_of", HALCONES)
    assert claims, text
    assert all(c["polarity"] == "negative" for c in claims)
    assert any(c["certainty"] == certainty and source in c["source"] for c in claims)


def test_the_group_left_can_be_named_before(extractor: Any) -> None:
    found = read(extractor, f"{HALCONES} grew fast in Colima. {SALAS} is said to have left the group years ago.")
    claims = find(found, SALAS, "member_of", HALCONES)
    assert claims and claims[0]["polarity"] == "negative" and claims[0]["certainty"] == "probable"


def test_never_leaving_a_group_is_membership(extractor: Any) -> None:
    claims = find(read(extractor, f"{SALAS} never left {HALCONES}, his lawyer said."), SALAS, "member_of", HALCONES)
    assert claims and claims[0]["polarity"] == "positive"


def test_defecting_to_a_group_joins_it(extractor: Any) -> None:
    found = read(extractor, f"{SALAS} defected from {HALCONES} to Los Coyotes in 2016.")
    assert find(found, SALAS, "member_of", HALCONES)[0]["polarity"] == "negative"
    assert find(found, SALAS, "member_of", "Los Coyotes")[0]["polarity"] == "positive"


def test_a_group_leaving_a_coalition_is_no_longer_part_of_it(extractor: Any) -> None:
    found = read(extractor, "Los Coyotes quit the Cártel del Valle Seco in 2020.")
    claims = find(found, "Los Coyotes", "faction_of", "Cártel del Valle Seco")
    assert claims and claims[0]["polarity"] == "negative"


@pytest.mark.parametrize("text", [
    f"{SALAS} left Mexico in 2010 and settled in Madrid.",
    f"The death of {RUIZ} left {HALCONES} divided.",
    f"{SALAS} left the town of Tecomán after {HALCONES} arrived.",
])
def test_leaving_a_place_is_no_membership(extractor: Any, text: str) -> None:
    assert not any(c["predicate"] == "member_of" for c in read(extractor, text))


# --- leadership taken or kept -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"{SALAS} continued to lead {HALCONES} after his arrest.",
    f"{SALAS} remained in charge of {HALCONES} until 2020.",
    f"{SALAS} kept control of {HALCONES} after his brother's death.",
    f"{SALAS} rose to lead {HALCONES} in 2015.",
    f"{SALAS} was put in charge of {HALCONES} in 2017.",
    f"{SALAS} stepped in as head of {HALCONES} after the arrest of its founder.",
    f"{SALAS} took over as leader of {HALCONES} in 2018.",
    f"{SALAS} succeeded {RUIZ} as leader of {HALCONES} in 2018.",
    f"{SALAS} went on running {HALCONES} from prison.",
])
def test_leadership_taken_or_kept(extractor: Any, text: str) -> None:
    claims = find(read(extractor, text), SALAS, "leader_of", HALCONES)
    assert claims and claims[0]["polarity"] == "positive", text


def test_a_pronoun_running_a_group_is_the_person_before(extractor: Any) -> None:
    found = read(extractor, f"{SALAS} was arrested in 2019. Officials believe he went on running {HALCONES} "
                            "from prison.")
    claims = find(found, SALAS, "leader_of", HALCONES)
    assert claims and claims[0]["certainty"] == "probable" and claims[0]["source"] == "Officials"


@pytest.mark.parametrize("text", [
    f"{SALAS} was put in charge of the finances of {HALCONES} in 2017.",
    f"{SALAS} kept control of the port of Manzanillo for {HALCONES}.",
    f"{HALCONES} grew fast. {SALAS} admitted his own part in the plot.",
    f"{SALAS} led {HALCONES} until 2019. His successor, {RUIZ}, was shot dead in 2020.",
])
def test_a_charge_that_is_no_group_is_no_leadership(extractor: Any, text: str) -> None:
    found = read(extractor, text)
    assert not any(c["predicate"] == "leader_of" and c["object"] != HALCONES for c in found)
    if "led" not in text:
        assert not find(found, SALAS, "leader_of", HALCONES)


def test_taking_command_of_the_group_in_hand(extractor: Any) -> None:
    found = read(extractor, f"{RUIZ} no longer leads {HALCONES}; his nephew {SALAS} is believed to have "
                            "taken command.")
    claims = find(found, SALAS, "leader_of", HALCONES)
    assert claims and claims[0]["certainty"] == "probable"
    found = read(extractor, f"{HALCONES} grew fast in Colima. Years later, after a long trial, {SALAS} took "
                            "control of the port.")
    assert not find(found, SALAS, "leader_of")


def test_he_after_a_clause_done_to_a_person_is_that_person(extractor: Any) -> None:
    found = read(extractor, f"{RUIZ} led {HALCONES} for years. Soldiers captured {SALAS} in Colima in 2007, and he "
                            "was sent to the United States the following year.")
    assert find(found, SALAS, "extradited", "United States")
    assert not find(found, RUIZ, "extradited")


@pytest.mark.parametrize("text", [
    f"{HALCONES} was set up in the 1990s by {SALAS}.",
    f"{SALAS} set up {HALCONES} in 1998 with two cousins.",
])
def test_setting_up_a_group_founds_it(extractor: Any, text: str) -> None:
    assert find(read(extractor, text), SALAS, "founder_of", HALCONES)


def test_setting_up_checkpoints_founds_nothing(extractor: Any) -> None:
    assert not any(c["predicate"] == "founder_of" for c in read(
        extractor, f"{SALAS} set up checkpoints for {HALCONES} on the coast road."))


@pytest.mark.parametrize("second", [
    f"His successor, {SALAS}, was shot dead in 2020.",
    f"In 2019 {SALAS} succeeded Barragán Ochoa.",
    f"He was succeeded by {SALAS} in 2019.",
])
def test_a_successor_leads_the_group_the_last_leader_led(extractor: Any, second: str) -> None:
    found = read(extractor, f"{RUIZ} was put in charge of {HALCONES} in 2017. {second}")
    assert find(found, SALAS, "leader_of", HALCONES), second


def test_a_successor_of_someone_who_led_nothing_leads_nothing(extractor: Any) -> None:
    found = read(extractor, f"{RUIZ} was a judge in Colima. His successor, {SALAS}, was shot dead in 2020.")
    assert not find(found, SALAS, "leader_of")
