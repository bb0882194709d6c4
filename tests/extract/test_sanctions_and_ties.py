"""Sanctions said with nouns and lists, leadership and membership in wire phrasing, allies and
enemies, plural anaphora and 'the group' across sentences (rules/sanctions.py, rules/ties.py,
rules/phrases.py). Each test is a sentence written for it, with invented names, and the claim it
must give, or must not give."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def claims(extractor: Any, text: str) -> list[Any]:
    return [(s.subject, s.predicate, s.object, s.claim) for s in said(extractor, text)]


def facts(extractor: Any, text: str) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in claims(extractor, text)}


def has(found: set[tuple[str, str, str]], subject: str, predicate: str, obj: str) -> bool:
    return (subject, predicate, obj) in found or (
        predicate in ("ally_of", "rival_of") and (obj, predicate, subject) in found)


US = "United States"  # designations name the designating country (DESIGN.md), the Treasury's

# --- sanctions and designations ---------------------------------------------------------------


def test_sanctions_imposed_on_two_groups(extractor: Any) -> None:
    found = facts(extractor, "The Treasury Department on Friday imposed sanctions on Los Halcones and Los Cuervos, "
                             "two gangs from Sonora, and on several of their leaders.")
    assert has(found, "Los Halcones", "designated", US)
    assert has(found, "Los Cuervos", "designated", US)


def test_sanctions_placed_by_an_agent_and_sanctions_against(extractor: Any) -> None:
    assert has(facts(extractor, "Sanctions were imposed on Los Cuervos by the Treasury Department."),
               "Los Cuervos", "designated", US)
    assert has(facts(extractor, "The Treasury Department announced new sanctions against Los Cuervos."),
               "Los Cuervos", "designated", US)


def test_sanctions_only_talked_about_are_no_designation(extractor: Any) -> None:
    found = facts(extractor, "Lawmakers in Washington debated sanctions on Los Cuervos for weeks.")
    assert not any(p == "designated" for _, p, _ in found)


def test_people_named_after_the_sanctions_take_their_authority_and_date(extractor: Any) -> None:
    text = ("WASHINGTON, March 3, 2023 - The Treasury Department on Friday imposed sanctions on Los Halcones and on "
            "several of its leaders. Among the people named was Pedro Ruiz Soto, a former police officer.")
    found = [c for s, p, o, c in claims(extractor, text) if (s, p, o) == ("Pedro Ruiz Soto", "designated", US)]
    assert found and found[0].qualifiers.dates


def test_people_named_with_no_designation_before_are_not_designated(extractor: Any) -> None:
    found = facts(extractor, "Among the people named in the lawsuit was Pedro Ruiz Soto, a former police officer.")
    assert not any(p == "designated" for _, p, _ in found)


def test_added_to_a_list(extractor: Any) -> None:
    found = facts(extractor, "In March the State Department added Los Halcones and its leader, Pedro Ruiz Soto, "
                             "to its list of terrorist organisations.")
    assert has(found, "Los Halcones", "designated", US)
    assert has(found, "Pedro Ruiz Soto", "designated", US)


def test_added_to_something_else_is_no_designation(extractor: Any) -> None:
    found = facts(extractor, "The State Department added Los Halcones to the agenda of the meeting.")
    assert not any(p == "designated" for _, p, _ in found)


def test_groups_named_after_among_them(extractor: Any) -> None:
    text = ("The Justice Department charged ten men. The department said it would go after members of several "
            "cartels it recently designated as terrorist groups, among them the Gulf Cartel and Los Zetas.")
    rows = [(s, c) for s, p, _, c in claims(extractor, text) if p == "designated"]
    assert {s for s, _ in rows} == {"Gulf Cartel", "Los Zetas"}
    # 'it' may be the department or its government: the designator is left unnamed, the department is the source
    assert all(c.object_id is None and c.attributed_to[-1] == "United States Department of Justice" for _, c in rows)


# --- leadership and membership ----------------------------------------------------------------


def test_whom_an_agency_described_as_the_leader(extractor: Any) -> None:
    rows = claims(extractor, 'Pedro Ruiz Soto, known as "El Toro", whom the DEA described as the leader of '
                             "Los Halcones, was arrested on Monday.")
    leads = [c for s, p, o, c in rows if (s, p, o) == ("Pedro Ruiz Soto", "leader_of", "Los Halcones")]
    assert leads and leads[0].attributed_to[-1] == "Drug Enforcement Administration"


def test_the_leaders_of_a_faction_do_not_lead_the_whole_cartel(extractor: Any) -> None:
    found = facts(extractor, "Prosecutors describe Pedro Ruiz Soto as one of the leaders of a faction of the "
                             "Gulf Cartel.")
    assert not has(found, "Pedro Ruiz Soto", "leader_of", "Gulf Cartel")


def test_listed_among_the_top_leaders(extractor: Any) -> None:
    found = facts(extractor, "The DEA had listed Pedro Ruiz Soto among the Gulf Cartel's top leaders.")
    assert has(found, "Pedro Ruiz Soto", "leader_of", "Gulf Cartel")


def test_led_at_the_time_by(extractor: Any) -> None:
    found = facts(extractor, 'Los Halcones was led at the time by Pedro Ruiz Soto, known as "El Toro".')
    assert has(found, "Pedro Ruiz Soto", "leader_of", "Los Halcones")


def test_a_group_that_is_a_member_of_a_coalition(extractor: Any) -> None:
    found = facts(extractor, "Los Halcones is a member of the Cártel del Norte, a coalition of local gangs that "
                             "formed to resist the Gulf Cartel.")
    assert has(found, "Los Halcones", "faction_of", "Cártel del Norte")
    assert has(found, "Cártel del Norte", "rival_of", "Gulf Cartel")
    assert not has(found, "Los Halcones", "rival_of", "Gulf Cartel")  # 'local gangs' is no pair named before


# --- allies and enemies -----------------------------------------------------------------------


def test_a_group_hired_by_another(extractor: Any) -> None:
    found = facts(extractor, "Los Halcones later hired the Barrio 18 gang for many of its murders, "
                             "according to prosecutors.")
    assert has(found, "Los Halcones", "ally_of", "Barrio 18")


def test_hiring_people_is_no_alliance(extractor: Any) -> None:
    found = facts(extractor, "The police hired Pedro Ruiz Soto as an informant in 2019.")
    assert not any(p == "ally_of" for _, p, _ in found)


def test_may_work_with(extractor: Any) -> None:
    rows = claims(extractor, "Officials say that Los Halcones may now work with the Sinaloa Cartel.")
    allies = [c for s, p, o, c in rows if p == "ally_of" and {s, o} == {"Los Halcones", "Sinaloa Cartel"}]
    assert allies and allies[0].certainty.value == "possible"


def test_fought_between_years(extractor: Any) -> None:
    found = facts(extractor, "Between 2008 and 2011 Los Halcones and the Gulf Cartel fought street by street for "
                             "control of the border crossings.")
    assert has(found, "Los Halcones", "rival_of", "Gulf Cartel")


# --- plural anaphora --------------------------------------------------------------------------


def test_both_stands_for_the_pair_just_named(extractor: Any) -> None:
    found = facts(extractor, "Los Halcones and Los Cuervos met in 2019. Both have fought the Gulf Cartel.")
    assert has(found, "Los Halcones", "rival_of", "Gulf Cartel")
    assert has(found, "Los Cuervos", "rival_of", "Gulf Cartel")


def test_both_of_them_and_attacked_both(extractor: Any) -> None:
    found = facts(extractor, "Los Halcones and Los Cuervos met in 2019. The Gulf Cartel has attacked both.")
    assert has(found, "Gulf Cartel", "rival_of", "Los Cuervos")
    found = facts(extractor, "Los Halcones and Los Cuervos met in 2019. Both of them have fought the Gulf Cartel.")
    assert has(found, "Los Halcones", "rival_of", "Gulf Cartel")


def test_an_indefinite_plural_is_not_the_pair(extractor: Any) -> None:
    found = facts(extractor, "Los Halcones and Los Cuervos met in 2019. Local gangs have fought the Gulf Cartel "
                             "since then.")
    assert not has(found, "Los Halcones", "rival_of", "Gulf Cartel")


# --- 'the group' across sentences -------------------------------------------------------------


def test_the_groups_leader_follows_the_group_the_text_keeps_naming(extractor: Any) -> None:
    text = ("Los Halcones emerged in 2012 as a splinter of the Gulf Cartel. Its founders were former police officers. "
            "For years the group fought Los Cuervos, another offshoot of the Gulf Cartel, for the border crossings.\n\n"
            "The group's leader at the time, Pedro Ruiz Soto, was arrested in 2016.")
    found = facts(extractor, text)
    assert has(found, "Pedro Ruiz Soto", "leader_of", "Los Halcones")
    assert not has(found, "Pedro Ruiz Soto", "leader_of", "Los Cuervos")


def test_a_group_introduced_and_then_called_the_group(extractor: Any) -> None:
    text = ("The Gulf Cartel has long dominated Tamaulipas. A new gang called Los Cuervos appeared there in 2020. "
            "The group's leader, Pedro Ruiz Soto, is a former soldier.")
    assert has(facts(extractor, text), "Pedro Ruiz Soto", "leader_of", "Los Cuervos")


def test_rose_to_become_one_of_the_leaders(extractor: Any) -> None:
    found = facts(extractor, "Pedro Ruiz Soto rose to become one of the leaders of the Gulf Cartel.")
    assert has(found, "Pedro Ruiz Soto", "leader_of", "Gulf Cartel")
    found = facts(extractor, "Pedro Ruiz Soto met one of the leaders of the Gulf Cartel in 2001.")
    assert not has(found, "Pedro Ruiz Soto", "leader_of", "Gulf Cartel")


def test_a_group_that_worked_as_the_cartels_armed_wing(extractor: Any) -> None:
    text = ("The Gulf Cartel hired many men. Its gunmen came from Los Halcones, a group of former police officers "
            "that worked as the cartel's armed wing.")
    assert has(facts(extractor, text), "Los Halcones", "faction_of", "Gulf Cartel")
    text = "Los Halcones worked as drivers for the Gulf Cartel's bosses."
    assert not has(facts(extractor, text), "Los Halcones", "faction_of", "Gulf Cartel")


def test_its_gunmen_stand_for_the_group_the_sentence_is_about(extractor: Any) -> None:
    text = ("Prosecutors say that the Gulf Cartel has fought Los Zetas for years, and that its gunmen have "
            "repeatedly clashed with Los Tlacos, a local group.")
    found = facts(extractor, text)
    assert has(found, "Gulf Cartel", "rival_of", "Los Tlacos")
    assert not has(found, "Los Zetas", "rival_of", "Los Tlacos")


def test_the_cartel_after_a_faction_is_the_cartel_it_belongs_to(extractor: Any) -> None:
    text = ("Los Cuervos is a faction of the Gulf Cartel. The Sinaloa Cartel has courted Los Halcones, and the "
            "Sinaloa Cartel could gain the most.\n\nLos Cuervos are in a weaker position. Pedro Ruiz Soto, who "
            "co-founded the cartel, is in prison.")
    found = facts(extractor, text)
    assert has(found, "Pedro Ruiz Soto", "founder_of", "Gulf Cartel")
    assert not has(found, "Pedro Ruiz Soto", "founder_of", "Sinaloa Cartel")


def test_leads_a_group_day_to_day(extractor: Any) -> None:
    rows = claims(extractor, "At 77, Pedro Ruiz Soto no longer leads Los Halcones day to day.")
    leads = [c for s, p, o, c in rows if (s, p, o) == ("Pedro Ruiz Soto", "leader_of", "Los Halcones")]
    assert leads and leads[0].polarity.value == "negative"
    found = facts(extractor, "Pedro Ruiz Soto said he commanded a Los Halcones checkpoint outside the town.")
    assert not has(found, "Pedro Ruiz Soto", "leader_of", "Los Halcones")


def test_keeping_or_driving_a_group_out(extractor: Any) -> None:
    found = facts(extractor, "Los Halcones is a coalition of local groups that came together to keep the Gulf "
                             "Cartel out.")
    assert has(found, "Los Halcones", "rival_of", "Gulf Cartel")
    assert has(facts(extractor, "Los Halcones drove the Gulf Cartel out of the town in 2015."),
               "Los Halcones", "rival_of", "Gulf Cartel")
    assert not has(facts(extractor, "Los Halcones kept the Gulf Cartel informed."),
                   "Los Halcones", "rival_of", "Gulf Cartel")


def test_designated_alongside_other_groups(extractor: Any) -> None:
    found = facts(extractor, "In February 2025 the United States designated Los Halcones as a foreign terrorist "
                             "organisation, alongside the Gulf Cartel and four other Mexican groups.")
    assert has(found, "Gulf Cartel", "designated", "United States")
    found = facts(extractor, "The Treasury sanctioned Los Halcones, which fought alongside the Gulf Cartel.")
    assert not has(found, "Gulf Cartel", "designated", US) and not has(found, "Gulf Cartel", "designated",
                                                                             "Treasury")


def test_listing_verb_with_coordinated_groups(extractor: Any) -> None:
    """The parser can hang 'on its list' on the last of two coordinated groups ('the CJNG'): both are
    listed, not neither."""
    found = facts(extractor, "Washington put Los Halcones and the CJNG on its list of foreign terrorist "
                             "organisations.")
    assert has(found, "Los Halcones", "designated", US) and has(found, "Jalisco New Generation Cartel",
                                                                "designated", US)
    found = facts(extractor, "The State Department added Los Halcones and the Gulf Cartel to its list of terrorist "
                             "organisations on Tuesday.")
    assert has(found, "Los Halcones", "designated", US) and has(found, "Gulf Cartel", "designated", US)
    found = facts(extractor, "Los Halcones put Los Cuervos and the Gulf Cartel on notice.")  # no list: no claim
    assert not {(s, p, o) for s, p, o in found if p == "designated"}


def test_listed_next_to_or_alongside_other_groups(extractor: Any) -> None:
    found = facts(extractor, "Last month Washington put Los Halcones on its list of foreign terrorist "
                             "organisations, right next to the Gulf Cartel and Los Cuervos.")
    assert has(found, "Gulf Cartel", "designated", US) and has(found, "Los Cuervos", "designated", US)
    found = facts(extractor, "The United States added Los Halcones to its terrorist list alongside the Gulf Cartel.")
    assert has(found, "Gulf Cartel", "designated", US)
    found = facts(extractor, "The United States designated Los Halcones a terrorist organisation, next to the "
                             "Gulf Cartel.")
    assert has(found, "Gulf Cartel", "designated", US)
    found = facts(extractor, "Los Halcones put a banner on a bridge next to a Gulf Cartel safe house.")  # no list
    assert not {(s, p, o) for s, p, o in found if p == "designated"}
    found = facts(extractor, "Los Halcones added two towns to their territory, next to the Gulf Cartel.")
    assert not {(s, p, o) for s, p, o in found if p == "designated"}


def test_took_over_from_the_leader_named_before(extractor: Any) -> None:
    found = facts(extractor, "Pedro Ruiz Soto led Los Halcones until soldiers captured him in 2013. His brother "
                             "Mario Ruiz Soto took over and was arrested in 2015.")
    assert has(found, "Mario Ruiz Soto", "leader_of", "Los Halcones")
    found = facts(extractor, "Pedro Ruiz Soto led Los Halcones until 2013. Then Mario Ruiz Soto took over the "
                             "family farm.")
    assert not has(found, "Mario Ruiz Soto", "leader_of", "Los Halcones")


def test_leadership_passed_to_a_group_that_included(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel lost its boss in 2003. After the arrest, leadership passed to a group "
                             'that included Mario Vega Lara, known as "El Toro".')
    assert has(found, "Mario Vega Lara", "leader_of", "Gulf Cartel")


def test_leaders_of_a_faction_known_together_by_a_name(extractor: Any) -> None:
    found = facts(extractor, "Prosecutors describe Pedro Ruiz Soto and his brothers Mario Ruiz Soto and Juan Ruiz "
                             "Soto, known together as Los Halcones, as the leaders of a faction of the Gulf Cartel.")
    for person in ("Pedro Ruiz Soto", "Mario Ruiz Soto", "Juan Ruiz Soto"):
        assert has(found, person, "leader_of", "Los Halcones")
        assert not has(found, person, "leader_of", "Gulf Cartel")
    assert has(found, "Los Halcones", "faction_of", "Gulf Cartel")


def test_the_group_is_the_subject_of_the_clause_before(extractor: Any) -> None:
    text = ("The Gulf Cartel is large. Los Halcones are believed to handle much of the money that the Gulf Cartel "
            "makes, and US authorities have described the group as the cartel's financial arm.")
    found = facts(extractor, text)
    assert has(found, "Los Halcones", "faction_of", "Gulf Cartel")


def test_agreed_a_truce_and_are_allies(extractor: Any) -> None:
    # DESIGN.md: a pact between enemies is negotiated_with, not an alliance (a truce the sides keep for
    # years is ally_of: tests/extract/test_alignment_and_killings.py)
    truce = facts(extractor, "Los Halcones and Los Cuervos agreed a truce in 2020.")
    assert has(truce, "Los Halcones", "negotiated_with", "Los Cuervos")
    assert not has(truce, "Los Halcones", "ally_of", "Los Cuervos")
    assert has(facts(extractor, "Los Halcones and Los Cuervos are allies."), "Los Halcones", "ally_of", "Los Cuervos")
    assert not has(facts(extractor, "Los Halcones and Los Cuervos agreed on prices."),
                   "Los Halcones", "ally_of", "Los Cuervos")


def test_war_waged_or_declared_on_a_group(extractor: Any) -> None:
    for text in ("Los Halcones waged war on Los Cuervos.", "Los Halcones declared war on Los Cuervos.",
                 "Los Halcones launched an offensive against Los Cuervos in May."):
        assert has(facts(extractor, text), "Los Halcones", "rival_of", "Los Cuervos"), text
    assert not any(p == "rival_of" for _, p, _ in facts(extractor, "Los Halcones launched a campaign on social "
                                                                   "media."))


def test_heads_a_group_when_the_parser_joins_the_names(extractor: Any) -> None:
    assert has(facts(extractor, "Pedro Ruiz Soto heads Los Halcones."), "Pedro Ruiz Soto", "leader_of", "Los Halcones")


def test_joined_or_belongs_to_a_group(extractor: Any) -> None:
    for text in ("Pedro Ruiz Soto joined Los Halcones in 2010.", "Pedro Ruiz Soto belongs to Los Halcones.",
                 "Pedro Ruiz Soto, who joined Los Halcones in 2010, fled."):
        assert has(facts(extractor, text), "Pedro Ruiz Soto", "member_of", "Los Halcones"), text
    assert not has(facts(extractor, "Pedro Ruiz Soto joined forces with Los Halcones."),
                   "Pedro Ruiz Soto", "member_of", "Los Halcones")
    rows = claims(extractor, "Pedro Ruiz Soto did not join Los Halcones.")
    assert all(c.polarity.value == "negative" for _, p, _, c in rows if p == "member_of")


def test_more_ways_of_saying_sanctions(extractor: Any) -> None:
    found = facts(extractor, "The Treasury Department targeted Los Halcones with sanctions on Monday.")
    assert has(found, "Los Halcones", "designated", US)
    assert has(facts(extractor, "Pedro Ruiz Soto is under US sanctions."), "Pedro Ruiz Soto", "designated",
               "United States")
    found = facts(extractor, "The US designation of Los Halcones as a terrorist group came in February.")
    assert has(found, "Los Halcones", "designated", "United States")
    found = facts(extractor, "Los Halcones was added to the Treasury sanctions list in 2021.")
    assert any(s == "Los Halcones" and p == "designated" for s, p, _ in found)
    found = facts(extractor, "The Treasury Department sanctioned Los Halcones. Those sanctioned include Pedro Ruiz "
                             "Soto and Mario Vega Lara.")
    assert has(found, "Mario Vega Lara", "designated", US)


def test_hitting_with_something_else_is_no_sanction(extractor: Any) -> None:
    found = facts(extractor, "Pedro Ruiz Soto hit Mario Vega Lara with a bat. Los Halcones added a new cell to its "
                             "list of allies.")
    assert not any(p == "designated" for _, p, _ in found)


def test_the_group_after_two_groups_named_together_is_left_unresolved(extractor: Any) -> None:
    text = "Los Halcones and Los Cuervos have fought since 2010.\n\nThe group's leader, Pedro Ruiz Soto, was arrested."
    assert not any(p == "leader_of" for _, p, _ in facts(extractor, text))
    text = "Los Halcones and the Gulf Cartel have fought since 2010.\n\nThe cartel's leader, Pedro Ruiz Soto, fled."
    assert has(facts(extractor, text), "Pedro Ruiz Soto", "leader_of", "Gulf Cartel")  # only one is a cartel


def test_managed_money_for_the_group(extractor: Any) -> None:
    text = "Los Halcones sells fuel in Celaya. Prosecutors said Ana Ruiz Soto managed money for the group."
    assert has(facts(extractor, text), "Ana Ruiz Soto", "member_of", "Los Halcones")
    text = ("Los Halcones and Los Cuervos sell fuel in Celaya. Prosecutors said Ana Ruiz Soto managed money for "
            "the group.")
    assert not any(p == "member_of" for _, p, _ in facts(extractor, text))  # which group? left alone
    text = "Los Halcones sells fuel in Celaya. Ana Ruiz Soto collected money for the church."
    assert not any(p == "member_of" for _, p, _ in facts(extractor, text))


def test_what_remains_of_a_group_works_with_another(extractor: Any) -> None:
    rows = claims(extractor, "Local authorities say that what remains of Los Halcones may now work with the Gulf "
                             "Cartel.")
    allies = [c for s, p, o, c in rows if p == "ally_of" and {s, o} == {"Los Halcones", "Gulf Cartel"}]
    assert allies and allies[0].certainty.value == "possible" and allies[0].attributed_to[-1] == "Local authorities"


def test_a_designation_by_an_agency_names_its_country_and_keeps_the_agency_in_the_evidence(extractor: Any) -> None:
    rows = claims(extractor, "The Office of Foreign Assets Control designated Los Halcones on Monday.")
    (row,) = [(s, o, c) for s, p, o, c in rows if p == "designated"]
    assert row[:2] == ("Los Halcones", "United States")
    assert "Office of Foreign Assets Control" in row[2].evidence.quote
    # an agency the knowledge base gives no country stays the designator
    rows = claims(extractor, "Interpol sanctioned Los Halcones in May.")
    assert [o for s, p, o, _ in rows if p == "designated"] == ["Interpol"]
    # arrests keep the agency that made them
    assert has(facts(extractor, "Pedro Ruiz Soto was arrested by the DEA in Texas."),
               "Pedro Ruiz Soto", "arrested", "Drug Enforcement Administration")
