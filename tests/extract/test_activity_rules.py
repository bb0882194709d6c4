"""Trafficking, presence, custody and arrest rules that read phrasings common in wire copy and
sanctions notices. Each test is a sentence written for it (names invented or generic) with the
claim it must give, or must not give."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model


def claims(extractor: Any, text: str) -> list[tuple[str, str, str, str, str, tuple[str, ...]]]:
    """(subject, predicate, object, certainty, polarity, sources) of every claim of the text."""
    return [(s.subject, s.predicate, s.object, s.certainty, s.polarity, s.sources) for s in said(extractor, text)]


def facts(extractor: Any, text: str) -> set[tuple[str, str, str]]:
    return {c[:3] for c in claims(extractor, text)}


def one(extractor: Any, text: str, subject: str, predicate: str, obj: str) -> tuple[str, str, tuple[str, ...]]:
    """Certainty, polarity and sources of the one claim with these ends."""
    found = [c for c in claims(extractor, text) if c[:3] == (subject, predicate, obj)]
    assert len(found) == 1, claims(extractor, text)
    return found[0][3], found[0][4], found[0][5]


# --- traffics ---------------------------------------------------------------------------------

def test_the_two_groups_traffic_a_drug(extractor: Any) -> None:
    text = "The Gulf Cartel and Los Zetas fought in Tamaulipas. The two groups traffic cocaine."
    found = facts(extractor, text)
    assert ("Gulf Cartel", "traffics", "cocaine") in found
    assert ("Los Zetas", "traffics", "cocaine") in found


def test_a_collective_without_a_pair_named_gives_no_trafficker(extractor: Any) -> None:
    found = facts(extractor, "Officials say the groups traffic cocaine.")
    assert not any(p == "traffics" for _, p, _ in found)


def test_what_a_group_said_the_two_groups_do_is_attributed(extractor: Any) -> None:
    text = "The Gulf Cartel and Los Zetas fought in Tamaulipas. The DEA said the two groups traffic cocaine."
    certainty, polarity, sources = one(extractor, text, "Gulf Cartel", "traffics", "cocaine")
    assert (certainty, polarity, sources[-1]) == ("certain", "positive", "Drug Enforcement Administration")


def test_known_for_moving_a_drug(extractor: Any) -> None:
    assert ("Gulf Cartel", "traffics", "cocaine") in facts(
        extractor, "The Gulf Cartel is known for moving cocaine to Houston.")


def test_not_known_for_selling_a_drug_is_negative(extractor: Any) -> None:
    _, polarity, _ = one(extractor, "The Gulf Cartel is not known for selling heroin.",
                         "Gulf Cartel", "traffics", "heroin")
    assert polarity == "negative"


def test_accused_of_smuggling_is_probable(extractor: Any) -> None:
    certainty, _, _ = one(extractor, "The Gulf Cartel was accused of smuggling heroin.",
                          "Gulf Cartel", "traffics", "heroin")
    assert certainty == "probable"


def test_known_for_something_else_gives_no_trafficking(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel is known for its brutality, and heroin use is rising.")
    assert ("Gulf Cartel", "traffics", "heroin") not in found


def test_no_longer_allowing_a_drug_to_be_sold_is_negative(extractor: Any) -> None:
    text = "The Gulf Cartel no longer allows fentanyl to be sold in Tamaulipas."
    _, polarity, _ = one(extractor, text, "Gulf Cartel", "traffics", "fentanyl")
    assert polarity == "negative"
    assert ("Gulf Cartel", "operates_in", "Tamaulipas") not in facts(extractor, text)


def test_allowing_something_else_gives_no_trafficking(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel allows farmers to grow limes, and fentanyl is sold elsewhere.")
    assert ("Gulf Cartel", "traffics", "fentanyl") not in found


def test_laboratories_that_make_a_drug_for_a_group(extractor: Any) -> None:
    assert ("Gulf Cartel", "traffics", "fentanyl") in facts(
        extractor, "Police found laboratories that make fentanyl for the Gulf Cartel.")


def test_a_drug_made_by_a_group_for_another_names_the_maker_only(extractor: Any) -> None:
    found = facts(extractor, "Los Zetas make methamphetamine for buyers in Texas.")
    assert ("Los Zetas", "traffics", "methamphetamine") in found


def test_coordinated_trafficking_verbs(extractor: Any) -> None:
    assert ("Gulf Cartel", "traffics", "methamphetamine") in facts(
        extractor, "The Gulf Cartel produces and ships methamphetamine.")


def test_a_groups_drug_business(extractor: Any) -> None:
    assert ("Gulf Cartel", "traffics", "fentanyl") in facts(extractor, "The Gulf Cartel's fentanyl business has grown.")


def test_a_groups_other_business_names_no_drug(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel's fuel-theft business has grown, police said of fentanyl seizures.")
    assert ("Gulf Cartel", "traffics", "fentanyl") not in found


def test_one_of_the_largest_producers_of_a_drug(extractor: Any) -> None:
    assert ("Gulf Cartel", "traffics", "methamphetamine") in facts(
        extractor, "The Gulf Cartel is one of the largest producers of methamphetamine in Mexico.")


def test_one_of_the_largest_groups_names_no_drug(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel is one of the largest groups in Mexico, where heroin use is rising.")
    assert ("Gulf Cartel", "traffics", "heroin") not in found


def test_controlling_a_drug_trade(extractor: Any) -> None:
    assert ("Gulf Cartel", "traffics", "fentanyl") in facts(
        extractor, "The Gulf Cartel controls the fentanyl trade in Reynosa.")


def test_an_amount_of_a_drug_after_a_misread_verb(extractor: Any) -> None:
    assert ("Gulf Cartel", "traffics", "cocaine") in facts(
        extractor, "The Gulf Cartel smuggles tons of cocaine across the border.")


def test_a_drug_the_group_smuggles(extractor: Any) -> None:
    assert ("Gulf Cartel", "traffics", "fentanyl") in facts(
        extractor, "Police seized the fentanyl that the Gulf Cartel smuggles.")


def test_a_drug_made_by_a_group(extractor: Any) -> None:
    assert ("Gulf Cartel", "traffics", "methamphetamine") in facts(
        extractor, "Police seized methamphetamine produced by the Gulf Cartel.")
    assert ("Gulf Cartel", "traffics", "fentanyl") in facts(
        extractor, "Most of the fentanyl is made by the Gulf Cartel.")


def test_a_drug_seized_from_a_group_is_not_made_by_it(extractor: Any) -> None:
    found = facts(extractor, "Soldiers seized cocaine and arrested a man sent by the Gulf Cartel.")
    assert ("Gulf Cartel", "traffics", "cocaine") not in found


def test_a_drug_belonging_to_a_group(extractor: Any) -> None:
    assert ("Gulf Cartel", "traffics", "cocaine") in facts(
        extractor, "Soldiers seized 200 kilograms of cocaine belonging to the Gulf Cartel.")


def test_money_from_selling_a_drug(extractor: Any) -> None:
    assert ("Gulf Cartel", "traffics", "methamphetamine") in facts(
        extractor, "The Gulf Cartel earns most of its money from selling methamphetamine.")


def test_money_from_something_else(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel earns most of its money from extortion, not from methamphetamine.")
    assert ("Gulf Cartel", "traffics", "methamphetamine") not in found


def test_responsible_for_much_of_a_drug(extractor: Any) -> None:
    assert ("Gulf Cartel", "traffics", "cocaine") in facts(
        extractor, "The Gulf Cartel is responsible for much of the cocaine sold in Texas.")


def test_groups_officials_hold_responsible_for_a_drug(extractor: Any) -> None:
    text = ("The Gulf Cartel and Los Zetas are the two groups US officials hold most responsible for the "
            "cocaine that reaches Texas.")
    certainty, _, sources = one(extractor, text, "Los Zetas", "traffics", "cocaine")
    assert (certainty, sources[-1]) == ("probable", "US officials")


def test_responsible_for_something_else(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel is responsible for the violence in Reynosa, where cocaine is sold.")
    assert ("Gulf Cartel", "traffics", "cocaine") not in found


# --- operates_in ------------------------------------------------------------------------------

def test_routes_into_a_place_do_not_place_the_group(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel and Los Zetas fought for control of the smuggling routes into Laredo.")
    assert ("Gulf Cartel", "operates_in", "Laredo") not in found
    assert ("Los Zetas", "operates_in", "Laredo") not in found


def test_goods_smuggled_into_a_place_do_not_place_the_group(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel smuggled cocaine into Texas.")
    assert ("Gulf Cartel", "traffics", "cocaine") in found
    assert ("Gulf Cartel", "operates_in", "Texas") not in found


def test_a_group_moving_into_a_place_is_there(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel has been pushing into Nuevo León from Tamaulipas.")
    assert ("Gulf Cartel", "operates_in", "Nuevo León") in found


def test_two_groups_based_in_a_state(extractor: Any) -> None:
    found = facts(extractor, "Washington imposed sanctions on Los Zetas and the Gulf Cartel, two criminal groups "
                             "based in the northern state of Tamaulipas, and on their leaders.")
    assert ("Los Zetas", "operates_in", "Tamaulipas") in found
    assert ("Gulf Cartel", "operates_in", "Tamaulipas") in found


def test_a_modifier_of_the_first_conjunct_is_its_alone(extractor: Any) -> None:
    found = facts(extractor, "Los Zetas, strongest in Nuevo Laredo, and the Gulf Cartel were the first to clash.")
    assert ("Los Zetas", "operates_in", "Nuevo Laredo") in found
    assert ("Gulf Cartel", "operates_in", "Nuevo Laredo") not in found


def test_a_place_coordinated_with_a_known_place(extractor: Any) -> None:
    found = facts(extractor, "Los Zetas are feared. The group is strongest in and around Reynosa and Valle Hermoso.")
    assert ("Los Zetas", "operates_in", "Valle Hermoso") in found


def test_its_stronghold_of_a_place(extractor: Any) -> None:
    assert ("Gulf Cartel", "operates_in", "Matamoros") in facts(
        extractor, "The Gulf Cartel retreated to its stronghold of Matamoros.")


def test_a_place_based_group(extractor: Any) -> None:
    assert ("Gulf Cartel", "operates_in", "Tamaulipas") in facts(extractor, "The Tamaulipas-based Gulf Cartel grew.")


def test_cells_kept_in_places(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel has cells in Reynosa and Matamoros.")
    assert {("Gulf Cartel", "operates_in", "Reynosa"), ("Gulf Cartel", "operates_in", "Matamoros")} <= found


def test_members_arrested_somewhere_do_not_place_the_group(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel has members who were arrested in Houston.")
    assert ("Gulf Cartel", "operates_in", "Houston") not in found


def test_expanding_to_a_place(extractor: Any) -> None:
    assert ("Gulf Cartel", "operates_in", "Nuevo León") in facts(
        extractor, "The Gulf Cartel has expanded to Nuevo León.")


def test_sending_goods_to_a_place_does_not_place_the_group(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel ships cocaine to Houston.")
    assert ("Gulf Cartel", "operates_in", "Houston") not in found


def test_a_territory_that_includes_a_place(extractor: Any) -> None:
    assert ("Gulf Cartel", "operates_in", "Reynosa") in facts(
        extractor, "The Gulf Cartel's territory includes Reynosa.")


def test_the_dominant_group_in_a_place(extractor: Any) -> None:
    assert ("Gulf Cartel", "operates_in", "Reynosa") in facts(
        extractor, "The Gulf Cartel is the dominant group in Reynosa.")


def test_a_group_in_a_place_without_dominance(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel is the subject of a new book in Reynosa.")
    assert ("Gulf Cartel", "operates_in", "Reynosa") not in found


def test_active_in_the_same_city(extractor: Any) -> None:
    text = ("Later, Los Zetas emerged in Reynosa, and the Gulf Cartel, which began as a bodyguard unit, "
            "remained active in the same city.")
    assert ("Gulf Cartel", "operates_in", "Reynosa") in facts(extractor, text)


def test_active_in_a_city_not_named_as_the_same(extractor: Any) -> None:
    found = facts(extractor, "Los Zetas emerged in Reynosa. The Gulf Cartel remained active in the city.")
    assert ("Gulf Cartel", "operates_in", "Reynosa") not in found


# --- arrests, extraditions, custody -----------------------------------------------------------

def test_arrested_in_a_capital_keeps_the_place_and_names_its_country(extractor: Any) -> None:
    found = [s for s in said(extractor, "Juan Pérez was detained in Mexico City on November 4, 2014.")
             if s.predicate == "arrested"]  # the capital is the place; with no agent named, its country arrests
    assert [(s.object, s.places) for s in found] == [("Mexico", ("Mexico City",))]


def test_arrested_in_another_city_names_no_country(extractor: Any) -> None:
    found = claims(extractor, "Juan Pérez was detained in Culiacán on November 4, 2014.")
    arrests = [c for c in found if c[1] == "arrested"]
    assert arrests and all(c[2] == "" for c in arrests)


def test_arrested_in_a_country(extractor: Any) -> None:
    assert ("Juan Pérez", "arrested", "Mexico") in facts(extractor, "Juan Pérez was detained in Mexico in 2014.")


def test_arrested_by_soldiers_names_their_country_or_agency(extractor: Any) -> None:
    found = facts(extractor, "Juan Pérez was arrested by Mexican soldiers in Culiacán.")
    assert any(c[:2] == ("Juan Pérez", "arrested") and c[2] not in ("", "Culiacán") for c in found)


def test_authorities_in_a_country_arrest_for_it(extractor: Any) -> None:
    assert ("Juan Pérez", "arrested", "Mexico") in facts(extractor, "Authorities in Mexico arrested Juan Pérez in May.")
    found = facts(extractor, "Police in Culiacán arrested Juan Pérez in May.")
    assert not any(c[:2] == ("Juan Pérez", "arrested") and c[2] not in ("",) for c in found)


def test_rearrested_is_an_arrest(extractor: Any) -> None:
    found = facts(extractor, "Soldiers and National Guard troops rearrested Juan Pérez in September 2022 in Tapalpa.")
    assert any(c[:2] == ("Juan Pérez", "arrested") for c in found)


def test_a_passive_conjunct_takes_the_first_verbs_subject(extractor: Any) -> None:
    found = facts(extractor, "His brother Juan Pérez took over and was arrested in 2015.")
    assert any(c[:2] == ("Juan Pérez", "arrested") for c in found)


def test_an_active_conjunct_with_its_own_object_is_not_passive(extractor: Any) -> None:
    found = facts(extractor, "Juan Pérez took over and arrested nobody.")
    assert not any(c[:2] == ("Juan Pérez", "arrested") for c in found)


def test_both_sent_to_a_country(extractor: Any) -> None:
    text = ("Juan Pérez and Luis Gómez were arrested in 2013. "
            "Both were among 29 prisoners whom Mexico sent to the United States in February 2025.")
    found = facts(extractor, text)
    assert ("Juan Pérez", "extradited", "United States") in found
    assert ("Luis Gómez", "extradited", "United States") in found


def test_a_wire_dateline_is_not_the_first_sentences_subject(extractor: Any) -> None:
    text = ("TEPIC, March 3, 2025 (Wire Desk) - Juan Pérez, known as \"El Gallo\" and described by officials as a "
            "gang leader, was among 12 prisoners that Mexico sent to the United States on Thursday.")
    assert ("Juan Pérez", "extradited", "United States") in facts(extractor, text)


def test_a_label_opening_a_bullet_is_not_the_clauses_subject(extractor: Any) -> None:
    text = ('Key developments\n\n- Colima: Los Pumas clashed with Los Lobos in the port area on 12 March.\n'
            '- Jalisco: State police arrested Mario Vela Ruiz, alias "El Gordo", a suspected Los Pumas cell leader, '
            'on 14 March.\n')
    found = facts(extractor, text)
    assert ("Mario Vela Ruiz", "member_of", "Los Pumas") in found  # a cell leader: a member of the group
    assert ("Los Pumas", "rival_of", "Los Lobos") in found


def test_a_capitalised_headline_word_without_a_dash_changes_nothing(extractor: Any) -> None:
    text = "BREAKING news: Juan Pérez was among 12 prisoners that Mexico sent to the United States on Thursday."
    assert ("Juan Pérez", "extradited", "United States") in facts(extractor, text)


def test_the_two_men_are_the_two_people_of_the_event(extractor: Any) -> None:
    text = ("Juan Pérez was arrested in the United States on July 25, together with Luis Gómez, a son of the "
            "jailed trafficker Pedro Gómez Ruiz. US agents detained the two men at an airfield in Laredo.")
    arrests = {c[0] for c in claims(extractor, text) if c[1] == "arrested"}
    assert {"Juan Pérez", "Luis Gómez"} <= arrests
    assert "Pedro Gómez Ruiz" not in arrests


def test_the_two_men_with_one_person_named_is_nobody(extractor: Any) -> None:
    text = "Juan Pérez fled to Laredo. US agents detained the two men at an airfield."
    assert not any(c[1] == "arrested" for c in claims(extractor, text))


def test_a_kidnapping_attributed_to_a_group(extractor: Any) -> None:
    text = ("In August 2016, Juan Pérez was abducted from a restaurant in Tepic; state prosecutors "
            "attributed the kidnapping to the Gulf Cartel, and he was released days later.")
    certainty, polarity, sources = one(extractor, text, "Juan Pérez", "held_by", "Gulf Cartel")
    assert (certainty, polarity, sources[-1]) == ("probable", "positive", "state prosecutors")


def test_a_group_denying_involvement_in_a_kidnapping(extractor: Any) -> None:
    text = "In May, Juan Pérez was kidnapped in Tepic. Los Zetas denied any involvement in the kidnapping."
    _, polarity, _ = one(extractor, text, "Juan Pérez", "held_by", "Los Zetas")
    assert polarity == "negative"


def test_a_group_kidnapping_a_person(extractor: Any) -> None:
    assert ("Juan Pérez", "held_by", "Gulf Cartel") in facts(
        extractor, "The Gulf Cartel kidnapped Juan Pérez in Reynosa.")


def test_police_seizing_a_person_is_no_custody_by_a_group(extractor: Any) -> None:
    found = facts(extractor, "Police seized Juan Pérez, a Gulf Cartel accountant, in Reynosa.")
    assert not any(c[1] == "held_by" for c in found)


def test_involvement_in_something_else_is_no_custody(extractor: Any) -> None:
    text = "In May, Juan Pérez was kidnapped in Tepic. Los Zetas denied any involvement in the fire."
    assert not any(c[1] == "held_by" and c[2] == "Los Zetas" for c in claims(extractor, text))


def test_taken_into_custody(extractor: Any) -> None:
    found = facts(extractor, "Juan Pérez was taken into custody by Mexican soldiers in Culiacán.")
    assert any(c[:2] == ("Juan Pérez", "arrested") for c in found)


def test_taken_somewhere_else_is_no_arrest(extractor: Any) -> None:
    found = facts(extractor, "Juan Pérez was taken into a hospital in Culiacán.")
    assert not any(c[:2] == ("Juan Pérez", "arrested") for c in found)


def test_surrendered_to_an_authority(extractor: Any) -> None:
    assert ("Juan Pérez", "arrested", "United States") in facts(
        extractor, "Juan Pérez surrendered to US authorities in 2024.")
    assert ("Juan Pérez", "arrested", "United States") in facts(
        extractor, "Juan Pérez turned himself in to US authorities.")


def test_surrendering_a_town_is_no_arrest(extractor: Any) -> None:
    found = facts(extractor, "Juan Pérez surrendered the town after a siege.")
    assert not any(c[:2] == ("Juan Pérez", "arrested") for c in found)


def test_pleading_not_guilty_means_charged(extractor: Any) -> None:
    text = "Juan Pérez pleaded not guilty to drug trafficking charges in Chicago."
    _, polarity, _ = one(extractor, text, "Juan Pérez", "charged", "")
    assert polarity == "positive"


def test_an_extradition_to_a_country(extractor: Any) -> None:
    assert ("Juan Pérez", "extradited", "United States") in facts(
        extractor, "Juan Pérez's extradition to the United States was approved.")


def test_killed_in_a_shootout_with_a_group(extractor: Any) -> None:
    assert ("Juan Pérez", "killed", "Los Zetas") in facts(
        extractor, "Juan Pérez was killed in a shootout with Los Zetas.")


def test_killed_after_a_shootout_names_no_killer(extractor: Any) -> None:
    found = facts(extractor, "Juan Pérez was killed a week after a shootout with Los Zetas.")
    assert ("Juan Pérez", "killed", "Los Zetas") not in found


def test_talks_held_somewhere_are_negotiations_not_presence(extractor: Any) -> None:
    found = claims(extractor, "The Gulf Cartel and Los Zetas held talks in Monterrey.")
    talks = [c for c in found if c[1] == "negotiated_with"]
    assert talks and all(c[5] == ("article",) for c in talks)
    assert not any(c[1] == "operates_in" for c in found)


def test_a_pronoun_after_the_same_subject_pronoun(extractor: Any) -> None:
    text = ("Ana Ruiz married Juan Pérez in 2007. She is the daughter of Rosa Ruiz Mena. "
            "She pleaded guilty to money laundering in 2021.")
    found = facts(extractor, text)
    assert ("Ana Ruiz", "charged", "") in found
    assert ("Rosa Ruiz Mena", "charged", "") not in found


# --- certainty and sources --------------------------------------------------------------------

def test_a_named_describer_is_the_source_and_the_wording_is_plain(extractor: Any) -> None:
    text = "Juan Pérez was described by US prosecutors as the Gulf Cartel's second-in-command."
    certainty, _, sources = one(extractor, text, "Juan Pérez", "leader_of", "Gulf Cartel")
    assert (certainty, sources[-1]) == ("certain", "US prosecutors")


def test_described_as_with_no_one_named_is_no_hedge(extractor: Any) -> None:
    # a description states what someone is; only a reputation ('widely described as') hedges
    certainty, _, sources = one(extractor, "Juan Pérez is described as the leader of the Gulf Cartel.",
                                "Juan Pérez", "leader_of", "Gulf Cartel")
    assert (certainty, sources) == ("certain", ("article",))
    certainty, _, _ = one(extractor, "Juan Pérez is often described as the leader of the Gulf Cartel.",
                          "Juan Pérez", "leader_of", "Gulf Cartel")
    assert certainty == "probable"


def test_appears_to_hedges_its_complement(extractor: Any) -> None:
    text = "The Gulf Cartel appears to have taken over much of the fuel trade in Reynosa."
    certainty, _, _ = one(extractor, text, "Gulf Cartel", "operates_in", "Reynosa")
    assert certainty == "probable"


def test_appearing_somewhere_is_no_hedge(extractor: Any) -> None:
    text = "Banners signed by the Gulf Cartel appeared in Reynosa announcing that the cartel controls Matamoros."
    certainty, _, _ = one(extractor, text, "Gulf Cartel", "operates_in", "Matamoros")
    assert certainty == "certain"


def test_the_describer_of_a_subject_is_not_its_arresting_agency(extractor: Any) -> None:
    text = "Juan Pérez, described by US prosecutors as the leader of the Gulf Cartel, was arrested."
    arrests = [c for c in claims(extractor, text) if c[1] == "arrested"]
    assert arrests and all(c[2] != "United States" for c in arrests)


def test_a_spanish_place_name_keeps_its_tail(extractor: Any) -> None:
    text = "Soldiers arrested Juan Pérez on a ranch outside the town of San Bartolo de las Cañas."
    result = extractor(Document.make(text, "test.txt"))
    assert "San Bartolo de las Cañas" in {e.name for e in result.entities}


# --- names around events ----------------------------------------------------------------------

def names(extractor: Any, text: str) -> dict[str, str]:
    result = extractor(Document.make(text, "test.txt"))
    return {e.name: e.kind for e in result.entities}


def test_a_spanish_name_with_particles_is_one_person(extractor: Any) -> None:
    found = names(extractor, "His wife, María de las Nieves Ruiz Mena, was detained in Tepic on May 4, 2019.")
    assert found.get("María de las Nieves Ruiz Mena") == "person"


def test_a_town_named_after_a_saint_is_no_person(extractor: Any) -> None:
    found = names(extractor, "Juan Pérez was arrested by the Mexican Army in 2014 in San Miguel de Allende.")
    assert found.get("Miguel de Allende") is None


def test_the_mayor_of_a_town_names_a_place(extractor: Any) -> None:
    found = names(extractor, "The mayor of Taxco, Juan Pérez, was detained in 2014.")  # the model: a person
    assert found.get("Taxco") == "place"
