"""The fallback relation rule (rules/paths.py) on wordings none of the tuning articles use.

Each paragraph is written for this test, with invented gangs and people; the claims checked are
those the fallback itself makes (rule ``<predicate>.dep_path.v1``), or the silence it must keep
where names merely stand side by side.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def claims(extractor: Any, text: str) -> list[tuple[str, str, str, str, str, str]]:
    """(subject, predicate, object, rule, certainty, polarity) of every claim."""
    return [(s.subject, s.predicate, s.object, s.rule, s.certainty, s.polarity) for s in said(extractor, text)]


def fallback(found: list[tuple[str, ...]], subject: str, predicate: str, obj: str) -> tuple[str, ...] | None:
    """The fallback's claim for these ends (either way round for symmetric predicates), if any."""
    for claim in found:
        ends = claim[:3] == (subject, predicate, obj) or predicate in ("ally_of", "rival_of") and \
            claim[:3] == (obj, predicate, subject)
        if ends and claim[3] == f"{predicate}.dep_path.v1":
            return claim
    return None


def any_claim(found: list[tuple[str, ...]], subject: str, obj: str) -> bool:
    return any({c[0], c[2]} == {subject, obj} for c in found)


def test_running_the_day_to_day_operations_is_leading(extractor: Any) -> None:
    found = claims(extractor, "The port is quiet these days. Rigoberto Salas Mora runs the day-to-day "
                              "operations of Los Pumas from a ranch outside Tepic.")
    assert fallback(found, "Rigoberto Salas Mora", "leader_of", "Los Pumas")


def test_a_nemesis_in_apposition_is_a_rival(extractor: Any) -> None:
    """Read since session 21 by a rule of its own (ties21's enemy_named) before the fallback gets to it."""
    found = claims(extractor, "Los Pumas' nemesis, Los Jaguares, has grown weaker since its founder died.")
    assert [c[3] for c in found if set(c[:3:2]) == {"Los Pumas", "Los Jaguares"} and c[1] == "rival_of"] == [
        "rival_of.enemy_named.v1"]


def test_a_place_that_became_a_groups_turf(extractor: Any) -> None:
    found = claims(extractor, "Over the past two years, Tepic has become the turf of Los Pumas.")
    assert fallback(found, "Los Pumas", "operates_in", "Tepic")


def test_moving_tons_of_a_drug_is_trafficking(extractor: Any) -> None:
    found = claims(extractor, "Los Jaguares moved tons of cocaine through the port, according to prosecutors.")
    claim = fallback(found, "Los Jaguares", "traffics", "cocaine")
    assert claim is not None


def test_bloodshed_between_two_groups_is_a_rivalry(extractor: Any) -> None:
    found = claims(extractor, "The bloodshed between Los Pumas and Los Jaguares has left dozens dead in the valley.")
    assert fallback(found, "Los Pumas", "rival_of", "Los Jaguares")


def test_operating_as_a_cell_within_a_group(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones operate as a cell within Los Pumas, police say.")
    assert fallback(found, "Los Halcones", "faction_of", "Los Pumas")


def test_the_fallback_reads_negation(extractor: Any) -> None:
    found = claims(extractor, "Rigoberto Salas Mora does not run the day-to-day operations of Los Pumas.")
    claim = fallback(found, "Rigoberto Salas Mora", "leader_of", "Los Pumas")
    assert claim is not None and claim[5] == "negative"


def test_the_fallback_reads_hedges(extractor: Any) -> None:
    found = claims(extractor, "Rigoberto Salas Mora reportedly runs the day-to-day operations of Los Pumas.")
    claim = fallback(found, "Rigoberto Salas Mora", "leader_of", "Los Pumas")
    assert claim is not None and claim[4] == "probable"
    found = claims(extractor, "Rigoberto Salas Mora may run the day-to-day operations of Los Pumas.")
    claim = fallback(found, "Rigoberto Salas Mora", "leader_of", "Los Pumas")
    assert claim is not None and claim[4] == "possible"


def test_a_presupposed_rival_is_not_negated_by_the_clause(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas' longtime nemesis, Los Jaguares, denied the killing.")
    rivalries = [c for c in found if set(c[:3:2]) == {"Los Pumas", "Los Jaguares"} and c[1] == "rival_of"]
    assert rivalries and all(c[5] == "positive" for c in rivalries)


def test_new_wordings_the_specific_rules_read(extractor: Any) -> None:
    """Wordings the fallback need not read because a specific rule already does: one claim each."""
    found = claims(extractor, "A feud erupted between Los Pumas and Los Jaguares last spring. Los Halcones, a "
                              "splinter of Los Pumas, stayed out of it. The gang's chief of operations, "
                              "Héctor Lugo Ríos, was detained in May.")
    assert any(c[:3] in {("Los Pumas", "rival_of", "Los Jaguares"), ("Los Jaguares", "rival_of", "Los Pumas")}
               for c in found)
    assert any(c[:3] == ("Los Halcones", "faction_of", "Los Pumas") for c in found)
    assert sum(c[:3] == ("Los Halcones", "faction_of", "Los Pumas") for c in found) == 1


def test_groups_that_merely_cooccur_stay_unrelated(extractor: Any) -> None:
    for text in ("Los Pumas and Los Jaguares both operate in Tepic.",
                 "Unlike Los Pumas, Los Jaguares avoided violence.",
                 "Los Pumas extort shop owners in Tepic, while Los Jaguares smuggle migrants.",
                 "Reporters asked Los Pumas about Los Jaguares."):
        found = claims(extractor, text)
        assert not any_claim(found, "Los Pumas", "Los Jaguares"), text


def test_a_trigger_in_someone_elses_clause_does_not_join_the_pair(extractor: Any) -> None:
    found = claims(extractor, "Rigoberto Salas Mora said Los Jaguares run the operations of Los Halcones.")
    assert not any_claim(found, "Rigoberto Salas Mora", "Los Halcones")


def test_finances_are_not_leadership(extractor: Any) -> None:
    found = claims(extractor, "Prosecutors say Héctor Lugo Ríos oversees the finances of Los Jaguares.")
    assert fallback(found, "Héctor Lugo Ríos", "leader_of", "Los Jaguares") is None


def test_signing_a_pact_is_not_a_hedge(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas signed a pact with Los Jaguares in 2019.")
    assert any(c[:3] in {("Los Pumas", "ally_of", "Los Jaguares"), ("Los Jaguares", "ally_of", "Los Pumas")}
               and c[4] == "certain" for c in found)


def test_a_copula_carries_negation_and_hedges_to_its_noun(extractor: Any) -> None:
    """'X is not a cell of Y' is negative, 'X is believed to be a cell of Y' probable (modality.py)."""
    found = claims(extractor, "Los Halcones is not a cell of Los Pumas.")
    assert any(c[:3] == ("Los Halcones", "faction_of", "Los Pumas") and c[5] == "negative" for c in found)
    found = claims(extractor, "Los Halcones is believed to be a cell of Los Pumas.")
    assert any(c[:3] == ("Los Halcones", "faction_of", "Los Pumas") and c[4] == "probable" for c in found)


# Paragraphs written before the rules were run on them (only 'pitting X against Y' was added after):
# with the fallback 13 of the 13 relations are found, without it 10.
UNSEEN = [
    ("Cártel del Puerto has been at odds with Los Caimanes since a shipment went missing in 2022. Dozens have "
     "died in the violence between the two.", ("Cártel del Puerto", "rival_of", "Los Caimanes")),
    ("Los Caimanes, an armed branch of Cártel del Puerto until 2020, now act on their own.",
     ("Los Caimanes", "faction_of", "Cártel del Puerto")),
    ("Zapopan remains a bastion of Cártel del Puerto, officials said.",
     ("Cártel del Puerto", "operates_in", "Zapopan")),
    ("Los Norteños ship heroin and fentanyl across the border in hidden compartments.",
     ("Los Norteños", "traffics", "fentanyl")),
    ("Los Norteños and Cártel del Puerto signed a non-aggression pact in 2021, according to intercepted messages.",
     ("Los Norteños", "ally_of", "Cártel del Puerto")),
    ("Marta Ibáñez Sol, the longtime accountant of Los Norteños, testified against her former employers.",
     ("Marta Ibáñez Sol", "member_of", "Los Norteños")),
    ("Los Caimanes' main backer is Cártel del Puerto, investigators believe.",
     ("Los Caimanes", "ally_of", "Cártel del Puerto")),
    ("The clashes pitting Los Caimanes against Los Norteños have emptied three villages.",
     ("Los Caimanes", "rival_of", "Los Norteños")),
]


@pytest.mark.parametrize(("text", "fact"), UNSEEN)
def test_unseen_wordings(extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    subject, predicate, obj = fact
    found = claims(extractor, text)
    assert any(c[1] == predicate and (c[0], c[2]) in {(subject, obj), (obj, subject)} for c in found)


@pytest.mark.parametrize("text", [
    "Los Caimanes and Los Norteños both sell methamphetamine in Colima.",
    "Unlike Los Caimanes, Los Norteños avoided the army.",
    "Reporters who covered Los Caimanes also wrote about Cártel del Puerto.",
    "Los Norteños grew rich while Cártel del Puerto collapsed.",
])
def test_no_group_relation_from_cooccurrence(extractor: Any, text: str) -> None:
    found = claims(extractor, text)
    assert not [c for c in found if c[1] in ("ally_of", "rival_of", "faction_of", "negotiated_with")]


def test_a_clan_of_a_wider_mafia_is_a_faction_of_it(extractor: Any) -> None:
    found = {c[:3] for c in claims(extractor, "The Marvela clan is a Camorra clan based in Secondigliano.")}
    assert ("Marvela", "faction_of", "Camorra") in found
    text = "The Kavač clan and the Škaljari clan have fought since 2014."
    assert not [c for c in claims(extractor, text) if c[1] == "faction_of"]  # two clans, no part of either
