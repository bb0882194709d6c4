"""A person's role in a group, in the wordings crime reporting uses: leading, belonging, founding, and
denials and hedges of each.

Each sentence is written for this test, with invented or varied people and groups; each test checks the
claim a rule must make and, where a close wording says something else, the silence it must keep.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said, triples

pytestmark = pytest.mark.model


def claims(extractor: Any, text: str) -> list[tuple[Any, ...]]:
    """(subject, predicate, object, polarity, certainty, sources, title) of every claim."""
    return [(s.subject, s.predicate, s.object, s.polarity, s.certainty, s.sources, s.title)
            for s in said(extractor, text)]


def find(found: list[tuple[Any, ...]], subject: str, predicate: str, obj: str) -> list[tuple[Any, ...]]:
    return [c for c in found if c[0] == subject and c[1] == predicate and c[2] == obj]


# Leadership


def test_the_mandamento_of_a_place_is_a_group_its_head_leads(extractor: Any) -> None:
    found = claims(extractor, "His uncle, Calogero Bruno, who led the mafia mandamento of Partinico until his "
                              "arrest in 2001, never spoke to investigators.")
    assert find(found, "Calogero Bruno", "leader_of", "mandamento of Partinico")
    found = claims(extractor, "Police say Vito Scalia is the head of the Cosa Nostra families of the province "
                              "of Agrigento.")
    assert find(found, "Vito Scalia", "leader_of", "Cosa Nostra families of the province of Agrigento")
    assert find(found, "Cosa Nostra families of the province of Agrigento", "faction_of", "Cosa Nostra")
    assert not [c for c in found if c[1] == "member_of"]  # the head of the families, not of a post in them


def test_the_named_faction_led_by_someone_and_who_belonged_to_it(extractor: Any) -> None:
    text = ("The bombings were part of a campaign waged by the Corleonesi, the faction of Cosa Nostra led by "
            "Bernardo Riccobono, to which Pietro Amato belonged.")
    found = claims(extractor, text)
    assert find(found, "Bernardo Riccobono", "leader_of", "Corleonesi")
    assert find(found, "Pietro Amato", "member_of", "Corleonesi")
    assert not [c for c in found if "faction led by" in c[2]]


def test_idioms_of_command_name_the_leader(extractor: Any) -> None:
    found = claims(extractor, "The Sinaloa Cartel is divided. Aurelio Campos makes the decisions in the cartel, "
                              "according to prosecutors.")
    claim = find(found, "Aurelio Campos", "leader_of", "Sinaloa Cartel")
    assert claim and claim[0][5][-1] == "prosecutors"
    found = claims(extractor, "Los Zetas are weaker than they were. These days Omar Treviño calls the shots.")
    assert find(found, "Omar Treviño Morales", "leader_of", "Los Zetas")
    found = claims(extractor, "Los Zetas attacked the jail. The judge makes the decisions on bail.")
    assert not [c for c in found if c[1] == "leader_of"]


def test_who_took_over_leads_the_group_the_dead_men_ran(extractor: Any) -> None:
    text = ("Marko Ilic and Dragan Savic, who were running the Zemun clan at the start of 2019, were both shot "
            "dead that spring. Nenad Kovac, who took over afterwards, fled to Spain.")
    found = claims(extractor, text)
    assert find(found, "Nenad Kovac", "leader_of", "Zemun clan")


def test_their_leader_leads_the_group_they_formed(extractor: Any) -> None:
    text = ("In 2016 a dozen bosses walked out and formed the Hanshin Rengo-kai. Their leader, Hideo Mori, "
            "had headed the Sakura-kai.")
    found = claims(extractor, text)
    assert find(found, "Hideo Mori", "leader_of", "Hanshin Rengo-kai")
    found = claims(extractor, "The Sinaloa Cartel formed Los Tigres in 2016. Their leader, Hideo Mori, was rich.")
    assert not find(found, "Hideo Mori", "leader_of", "Los Tigres")  # 'their' are the cartel's, named


def test_running_a_concern_of_a_group_is_membership_running_it_is_leadership(extractor: Any) -> None:
    found = claims(extractor, "Los Cangrejos sell crack in the port. Police say Brayan Solis, 22, runs the "
                              "group's sales points in Pueblo Nuevo.")
    member = find(found, "Brayan Solis", "member_of", "Los Cangrejos")
    assert member and member[0][6] == "runs sales points"
    assert not find(found, "Brayan Solis", "leader_of", "Los Cangrejos")
    found = claims(extractor, "Rosa Medina runs the Gulf Cartel's operations in Reynosa.")  # one place: a member
    assert find(found, "Rosa Medina", "member_of", "Gulf Cartel")
    assert not find(found, "Rosa Medina", "leader_of", "Gulf Cartel")
    found = claims(extractor, "Rosa Medina runs the Gulf Cartel's operations.")
    assert find(found, "Rosa Medina", "leader_of", "Gulf Cartel")


# Membership


def test_a_role_done_for_a_group_is_membership(extractor: Any) -> None:
    found = claims(extractor, "According to police, Keylor Vargas was a lookout for Los Cangrejos.")
    claim = find(found, "Keylor Vargas", "member_of", "Los Cangrejos")
    assert claim and claim[0][5][-1] == "police"
    found = claims(extractor, "Rafael Mena was an enforcer for Los Tigres.")
    assert find(found, "Rafael Mena", "member_of", "Los Tigres")


# Founding


def test_a_unit_that_later_took_a_name_was_founded_by_its_maker(extractor: Any) -> None:
    text = ("In the 1990s Luis Ortega put together a unit of hired gunmen to guard his routes. "
            "The unit later became known as Los Halcones.")
    assert find(claims(extractor, text), "Luis Ortega", "founder_of", "Los Halcones")
    text = "Luis Ortega was a farmer. A unit of the army later became known as Los Halcones."
    assert not [c for c in claims(extractor, text) if c[1] == "founder_of"]


def test_an_affiliate_that_he_founded(extractor: Any) -> None:
    found = claims(extractor, "Ichiro Sato leads the Kanto-kai and the Hoshi-kai, an affiliate that he founded "
                              "in 1991.")
    assert find(found, "Ichiro Sato", "founder_of", "Hoshi-kai")
    assert not find(found, "Ichiro Sato", "founder_of", "Kanto-kai")


def test_an_organisation_founded_by_brothers_the_text_names(extractor: Any) -> None:
    text = ("The Ruelas Organization is a Mexican trafficking organisation founded by the Ruelas Mendoza "
            "brothers. Mateo Ruelas Mendoza was killed in 2011 and Ignacio Ruelas Mendoza was arrested in 2014.")
    found = claims(extractor, text)
    assert find(found, "Mateo Ruelas Mendoza", "founder_of", "Ruelas Organization")
    assert find(found, "Ignacio Ruelas Mendoza", "founder_of", "Ruelas Organization")


# Denials and hedges


def test_a_rejected_claim_that_he_leads_is_the_rejecters_denial(extractor: Any) -> None:
    text = ("Police regard Ivan Horvat as the leader of the Zemun Clan. His lawyers have rejected the claim that "
            "he leads the Zemun Clan.")
    found = claims(extractor, text)
    denied = [c for c in find(found, "Ivan Horvat", "leader_of", "Zemun clan") if c[3] == "negative"]
    assert denied and "lawyers" in denied[0][5][-1]
    regarded = [c for c in find(found, "Ivan Horvat", "leader_of", "Zemun clan") if c[3] == "positive"]
    assert regarded and regarded[0][4] == "probable" and regarded[0][5][-1] == "Police"


def test_passive_regarded_by_names_its_source_and_stays_plain(extractor: Any) -> None:
    found = claims(extractor, "Ivan Horvat is regarded by police as the leader of the Zemun Clan.")
    claim = find(found, "Ivan Horvat", "leader_of", "Zemun clan")
    assert claim and claim[0][4] == "certain"


def test_his_client_is_the_one_the_lawyer_speaks_for(extractor: Any) -> None:
    text = ("Los Zetas control the border crossing. Police arrested Omar Ruiz in May. His lawyer insisted that his "
            "client \"has never belonged to Los Zetas\".")
    claim = find(claims(extractor, text), "Omar Ruiz", "member_of", "Los Zetas")
    assert claim and claim[0][3] == "negative" and "lawyer" in claim[0][5][-1]
    text = ("The DZ Mafia is growing. The lawyer for one defendant, Nabil K., insisted that his client \"has never "
            "belonged to the DZ Mafia\".")
    claim = find(claims(extractor, text), "Nabil K.", "member_of", "DZ Mafia")
    assert claim and claim[0][3] == "negative"


def test_my_client_never_led_in_quoted_speech(extractor: Any) -> None:
    text = ("Police say Chen Wei leads the Sun Yee On. \"My client has never led the Sun Yee On or any other "
            "organisation of that kind,\" his lawyer said.")
    found = find(claims(extractor, text), "Chen Wei", "leader_of", "Sun Yee On")
    denied = [c for c in found if c[3] == "negative"]
    assert denied and denied[0][5][-1] == "his lawyer"
    assert [c for c in found if c[3] == "positive"]


def test_a_client_with_no_lawyer_in_sight_is_nobody(extractor: Any) -> None:
    text = "The bank lost its biggest client last year. Its client has never belonged to Los Zetas, police said."
    assert not [c for c in claims(extractor, text) if c[1] == "member_of"]


def test_running_a_groups_business_in_one_place_is_membership(extractor: Any) -> None:
    found = claims(extractor, "Pasquale Greco joined the 'Ndrangheta in 1998 and ran its businesses in Turin.")
    assert find(found, "Pasquale Greco", "member_of", "'Ndrangheta")
    assert not find(found, "Pasquale Greco", "leader_of", "'Ndrangheta")


def test_the_organisation_is_the_one_the_text_names_so(extractor: Any) -> None:
    text = ("The Ruelas Organization was founded in 2005. It later allied with Los Zetas. "
            "Los Zetas grew fast in Tamaulipas. Their gunmen fought the army for years. "
            "Prosecutors regard Mateo Ruelas as one of the leaders of the organisation.")
    found = claims(extractor, text)
    claim = find(found, "Mateo Ruelas", "leader_of", "Ruelas Organization")
    assert claim and claim[0][4] == "probable"
    assert not find(found, "Mateo Ruelas", "leader_of", "Los Zetas")


def test_the_clans_cell_and_who_heads_it(extractor: Any) -> None:
    text = ("The Mancuso clan controls Limbadi. Rocco Greco, whom the judges treated as the head of the clan's "
            "Milan cell, received 12 years.")
    found = claims(extractor, text)
    led = [c for c in found if c[0] == "Rocco Greco" and c[1] == "leader_of"]
    assert led and "Milan cell" in led[0][2] and led[0][5][-1] == "judges"


def test_a_plural_name_taken_for_an_organisation_is_a_gang_its_leader_heads(extractor: Any) -> None:
    text = ("Police have long described Jerome Adams as the leader of the Clever Kids, a gang from Elsies "
            "River. He has publicly denied that he heads the Clever Kids.")
    found = [c for c in claims(extractor, text) if c[0] == "Jerome Adams" and c[1] == "leader_of"]
    assert {c[3] for c in found if c[2] == "Clever Kids"} == {"positive", "negative"}


def test_a_name_repeated_inside_quote_marks_is_still_the_name(extractor: Any) -> None:
    text = ('The Yoda network is growing. A lawyer for Samir T. said his client "has never belonged to the '
            'Yoda network".')
    claim = [c for c in claims(extractor, text) if c[0] == "Samir T." and c[1] == "member_of"]
    assert claim and claim[0][3] == "negative"


def test_a_role_in_place_of_the_name_just_given(extractor: Any) -> None:
    text = ("Mexican prosecutors charged Rafael Ortiz, describing the former head of the Guadalajara Cartel as a "
            "danger to society.")
    assert find(claims(extractor, text), "Rafael Ortiz", "leader_of", "Guadalajara Cartel")
    text = "Ovidio Guzmán met the leader of Los Zetas, accusing the leader of the Gulf Cartel of betrayal."
    assert not [c for c in claims(extractor, text) if c[1] == "leader_of"]  # he met someone else


@pytest.mark.parametrize("text", [
    "Juan Soto Paz, the number two of Los Pumas, was arrested.",
    "Juan Soto Paz is the number two in Los Pumas.",
])
def test_a_groups_number_two_is_a_senior_member(extractor: Any, text: str) -> None:
    found = triples(extractor, text)
    assert ("Juan Soto Paz", "member_of", "Los Pumas") in found
    assert ("Juan Soto Paz", "leader_of", "Los Pumas") not in found
    assert not any(p in ("member_of", "leader_of") for _, p, _ in triples(extractor, "Los Pumas killed a number "
                                                                                   "of people in Colima."))
