"""A pair of groups named by reference: 'the two gangs' said again after other groups were named, 'they' after
'the two groups', 'the two factions' after 'One faction, A ... The other, B'. Sentences written for these tests,
invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


def _tied(found: set[tuple[str, str, str]], one: str, predicate: str, other: str) -> bool:
    """The symmetric tie in either order."""
    return (one, predicate, other) in found or (other, predicate, one) in found


# --- 'the two gangs' said again stands for the pair it stood for before -------------------------------------------

@pytest.mark.parametrize("text", [
    "Within months, Los Toros broke away from Los Halcones. The two gangs have been fighting since 2021.\n\n"
    "The Clan Norte, now the partner of Los Halcones in the port trade, has stayed out of the fighting.\n\n"
    "In October 2022 the two gangs agreed a truce brokered by the diocese.",
    "Los Toros split from Los Halcones in 2019, and the two gangs have clashed ever since.\n\n"
    "Police say the Halcones buy their cocaine from the Clan Norte.\n\nLast month both gangs signed a ceasefire.",
    "BULLETIN - Los Toros and Los Halcones: the two factions remain at war.\n"
    "The Clan Norte, an ally of Los Halcones, denied any role.\n"
    "Church mediators said the two factions had agreed to talks.",
    "Los Toros grew out of Los Halcones in 2018; the two networks have fought since.\n\n"
    "The Clan Norte, a backer of Los Halcones, keeps out of it.\n\n"
    "Since March the two networks have held secret talks, the mayor said.",
])
def test_the_two_gangs_said_again(extractor: Any, text: str) -> None:
    found = triples(extractor, text)
    assert _tied(found, "Los Toros", "negotiated_with", "Los Halcones")
    assert not any(_tied(found, "Clan Norte", "negotiated_with", g) for g in ("Los Halcones", "Los Toros"))


def test_the_two_gangs_after_a_new_pair_in_the_paragraph(extractor: Any) -> None:
    """Within one paragraph the two groups named in the sentence before are the pair meant, not the pair the
    same words stood for earlier ('CDN and Sinaloa envoys met ... no pact between the two groups')."""
    found = triples(extractor, "Los Toros broke away from Los Halcones. The two groups have fought since.\n\n"
                               "A report said the Vieja Cartel had met envoys of the Clan Norte. An official said "
                               "there was no evidence of any pact between the two groups.")
    assert not _tied(found, "Los Toros", "ally_of", "Los Halcones")


def test_the_two_gangs_after_a_new_pair_named_together(extractor: Any) -> None:
    """A pair named together just before ('A and B') is the pair meant, not the one the same words stood for."""
    found = triples(extractor, "Los Toros broke away from Los Halcones. The two gangs have fought since.\n\n"
                               "Farther south, the Vieja Cartel and the Clan Norte shared the port.\n\n"
                               "In 2022 the two gangs agreed a truce.")
    assert _tied(found, "Vieja Cartel", "negotiated_with", "Clan Norte")
    assert not _tied(found, "Los Toros", "negotiated_with", "Los Halcones")


# --- 'they' after 'the two groups' ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Halcones were founded as the armed wing of the Cartel de Oriente. The two groups split early this year, "
    "and they have since fought over the towns along the coast.",
    "Los Halcones served the Cartel de Oriente for a decade. The two organisations fell out in 2019. "
    "They have been at war ever since, police said.",
    "Los Halcones began as a cell of the Cartel de Oriente. Both groups now claim the port, and they have "
    "clashed there twice this month.",
    "COURT FILING: Los Halcones was a wing of the Cartel de Oriente until 2020, when the two groups parted ways; "
    "they have fought each other since.",
])
def test_they_after_the_two_groups(extractor: Any, text: str) -> None:
    found = {(s.removeprefix("Los "), p, o.removeprefix("Los ")) for s, p, o in triples(extractor, text)}
    assert _tied(found, "Halcones", "rival_of", "Cartel de Oriente")


def test_they_after_the_gangs_of_a_place(extractor: Any) -> None:
    """'the gangs' with no count is not the pair: 'they' is left to the names."""
    found = triples(extractor, "Los Toros broke away from Los Halcones. La Contra, a cell of Los Toros, moves "
                               "the cocaine. Residents say the gangs recruit boys. \"They are fighting over streets "
                               "nobody has heard of,\" a youth worker said.")
    assert not _tied(found, "La Contra", "rival_of", "Los Toros")


# --- 'One faction, A ... The other, B ... The two factions' ---------------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("With its patron gone, the group split. One faction, which called itself Los Lobos, was led by Pedro Ruiz. "
     "The other, initially known as Los Gatos and later as the Cartel del Sur, was headed by Juan Mena. "
     "The two factions fought for control of Morelia through 2010.", ("Los Lobos", "Cartel del Sur")),
    ("The organisation broke in two. One wing took the name Los Lobos; the other, the Cartel del Sur, kept the "
     "port. Both factions have since clashed in Morelia.", ("Los Lobos", "Cartel del Sur")),
    ("After the arrest the network split. One part, Los Lobos, stayed loyal to the founder's family. The other, "
     "the Cartel del Sur, followed his deputy. Since then the two groups have been at war.",
     ("Los Lobos", "Cartel del Sur")),
])
def test_one_and_the_other_then_the_two(extractor: Any, text: str, pair: tuple[str, str]) -> None:
    found = triples(extractor, text)
    assert _tied(found, pair[0], "rival_of", pair[1])
    assert not _tied(found, "Los Gatos", "rival_of", "Cartel del Sur")


def test_on_one_side_on_the_other(extractor: Any) -> None:
    """'On one side is A ... On the other is B', a third group told of B after: 'Both groups ... they' is A and B."""
    found = triples(extractor, "The fighting pits two armed groups.\n\nOn one side is the Frente Rojo, the largest "
                               "guerrilla group, led by Antonio Garcia. On the other is the 12th Front, a dissident "
                               "unit. The front belongs to the Bloque Sur, a coalition. Both groups profit from the "
                               "coca. For years they shared the region under an informal truce.")
    assert _tied(found, "Frente Rojo", "negotiated_with", "12th Front")
    assert not _tied(found, "Bloque Sur", "negotiated_with", "12th Front")


def test_one_and_the_other_with_two_groups_on_one_side(extractor: Any) -> None:
    """A side named with two groups that are not names of one: no pair from 'one ... the other'."""
    found = triples(extractor, "The alliance split. One side, Los Lobos and Los Gatos, stayed in Morelia. "
                               "The other, the Cartel del Sur, left. The two factions fought through 2010.")
    assert not _tied(found, "Los Gatos", "rival_of", "Cartel del Sur")
    assert not _tied(found, "Los Lobos", "rival_of", "Cartel del Sur")


# --- 'its former partners': the group the text made it a part of ----------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("The Toros Cartel was formerly a part of the Halcones Cartel, from which it separated in 2008. Since then the "
     "Toros Cartel has fought its former partners across the north.", ("Toros Cartel", "Halcones Cartel")),
    ("Los Lobos, once a cell of the Cartel del Sur, went to war against their old partners in 2012.",
     ("Los Lobos", "Cartel del Sur")),
    ("The Vieja Cartel broke away from the Cartel de Oriente in 2015 and has since fought its erstwhile allies.",
     ("Vieja Cartel", "Cartel de Oriente")),
    ("COURT RECORD: Los Gatos, an armed wing of the Norteño Cartel until 2010, later turned on their one-time "
     "associates.", ("Los Gatos", "Norteño Cartel")),
])
def test_former_partners_are_the_group_left(extractor: Any, text: str, pair: tuple[str, str]) -> None:
    assert _tied(triples(extractor, text), pair[0], "rival_of", pair[1])


def test_former_partners_of_a_group_told_part_of_nothing(extractor: Any) -> None:
    """'Its former partners' of a group the text made part of nothing is no group, not another group's parent."""
    found = triples(extractor, "Los Gatos, an armed wing of the Norteño Cartel until 2010, later turned on their "
                               "one-time associates.\n\nLos Zorros turned on their former partners, a witness said.")
    assert not _tied(found, "Los Zorros", "rival_of", "Norteño Cartel")


def test_present_partners_are_no_former_side(extractor: Any) -> None:
    """'its partners' with no 'former': not the group it was part of."""
    found = triples(extractor, "Los Lobos, a cell of the Cartel del Sur, went to war against the Clan Norte "
                               "with its partners.")
    assert not _tied(found, "Los Lobos", "rival_of", "Cartel del Sur")


# --- 'both groups' a few sentences after the pair was tied, only one of it named since ----------------------------

@pytest.mark.parametrize("text", [
    "Relatives say the checkpoints were a front for Los Toros, a gang based near the town, and that the men were "
    "taken as suspects of working for its rival, Los Pinos.\n\nA state official put it more bluntly. \"The "
    "community police are Los Toros with a different T-shirt,\" he said. \"Everybody knows it.\"\n\n"
    "Both groups grew out of the Halcones Cartel.",
    "Los Toros have been at war with Los Pinos since 2019, police say. The mayor says Los Toros control the "
    "market. \"They charge everyone,\" a trader said. Both gangs split from the Halcones Cartel years ago.",
    "REPORTER: Los Toros and their allies? OFFICIAL: Los Toros are allied with Los Pinos. Los Toros run the "
    "port. Nobody else does. REPORTER: And where do they come from? OFFICIAL: Both organisations broke away "
    "from the Halcones Cartel.",
])
def test_both_groups_after_the_pair_tied(extractor: Any, text: str) -> None:
    found = triples(extractor, text)
    assert ("Los Toros", "faction_of", "Halcones Cartel") in found
    assert ("Los Pinos", "faction_of", "Halcones Cartel") in found


def test_both_groups_after_a_third_group_named(extractor: Any) -> None:
    """A third group named since the pair was tied: 'both groups' is left unread."""
    found = triples(extractor, "The Pinos Cartel is an ally of Los Toros. Police seized a ton of cocaine in the "
                               "port. A banner blamed the Clan Norte for the killings. Nobody has claimed it. "
                               "Both groups grew out of the Halcones Cartel.")
    assert ("Pinos Cartel", "faction_of", "Halcones Cartel") not in found


# --- 'in order to': the verb's subject is the clause's -------------------------------------------------------------

@pytest.mark.parametrize(("text", "predicate", "pair"), [
    ("The Toros Cartel sought an alliance with the Clan Norte in order to confront the Halcones Cartel.",
     "rival_of", ("Toros Cartel", "Halcones Cartel")),
    ("Los Gatos moved to Sonora in order to work with the Pinos Cartel.", "ally_of", ("Los Gatos", "Pinos Cartel")),
    ("The Toros Cartel was formerly a part of the Halcones Cartel. It then sought an alliance with Los Gatos in "
     "order to confront its former partners.", "rival_of", ("Toros Cartel", "Halcones Cartel")),
])
def test_in_order_to(extractor: Any, text: str, predicate: str, pair: tuple[str, str]) -> None:
    assert _tied(triples(extractor, text), pair[0], predicate, pair[1])


def test_in_order_to_of_a_state_force(extractor: Any) -> None:
    found = triples(extractor, "The army sent troops to Sonora in order to fight the Halcones Cartel.")
    assert not any(p == "rival_of" for _, p, _ in found)


# --- 'the same two organisations': the pair, not one group said again ----------------------------------------------

@pytest.mark.parametrize(("text", "predicate", "pair"), [
    ("Los Toros met envoys of the Pinos Cartel near the port to discuss a truce. Yet three chapters later she "
     "describes the same two organisations fighting without pause.", "rival_of", ("Los Toros", "Pinos Cartel")),
    ("Los Lobos broke away from the Vieja Cartel in 2010. The same two groups signed a truce in 2014.",
     "negotiated_with", ("Los Lobos", "Vieja Cartel")),
    ("Los Gatos and the Sur Cartel divided the port. Police say the same two gangs are now at war.",
     "rival_of", ("Los Gatos", "Sur Cartel")),
])
def test_the_same_two(extractor: Any, text: str, predicate: str, pair: tuple[str, str]) -> None:
    assert _tied(triples(extractor, text), pair[0], predicate, pair[1])


def test_the_same_organisation_is_one(extractor: Any) -> None:
    found = triples(extractor, "Los Pumas and the Norte Cartel were named in the report. Police say the same "
                               "organisation is at war with Los Gatos.")
    assert not _tied(found, "Los Pumas", "rival_of", "Norte Cartel")
