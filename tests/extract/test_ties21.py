"""Group-to-group ties told in ordinary English the rules missed (session 21, helper ties21): a paraphrase battery of
ally_of, rival_of, faction_of and negotiated_with with invented names and sentences, each shape checked both ways.

- 'A and B were at each other's throats' (rules/warring.py, reciprocal_hostile_nouns).
- 'one of the main battlefields between A and B', 'at loggerheads with B', 'vying with B' (rival_nouns, rival_verbs).
- 'A is fighting alongside gunmen sent by B' (ally; groups._senders); 'A and B fought alongside each other' (ally, not
  rival).
- 'A drew its muscle from B', 'A drew on B for men' (alignment._drew_from, reliance_verbs).
- 'A and B sealed a pact aimed mainly at C', 'a pact that officials say is aimed at C' (rival_of each member and C;
  alignment._pact_aimed_at).
- 'A is trying to wrest the port from B', 'A lost ground to B' (rules/ground.py); 'A was pushed out of P by B'
  (ties._resisted, passive).
- 'A sees B as its main rival', 'A counts B among its allies' (rules/seen_as.py).
- 'A came to the aid of B', 'A threw its weight behind B' (alignment._came_to_aid); 'A lent gunmen to B', 'A sent
  gunmen to help B' (backing_nouns, backing_verbs).
- 'A and B are sworn enemies' (parsed with 'are sworn' a modifier: groups._sworn_subjects); 'B's enemies, including
  A', 'B, whose rivals include A' (groups._enemy); 'A is one of B's closest allies', 'B's allies include A'
  (alignment._sides_in_place).
- 'A moved into territory held by B', 'A encroached on B's turf' (ground._moved_into; not 'territory held by its ally').
- 'A is a B splinter group' (alignment._splinter_group); 'B set up (created) A as its armed wing'
  (alignment._used_as_wing).
- 'A pays B for protection' (alignment._pays_for; not 'for the cocaine'); 'A is protected by B' (backing_verbs).
- 'Backed by B, A took the port', 'Allied with B, A ...', 'With the help of B, A ...' (rules/fronted.py: the parser
  hangs A on B as an apposition).
- 'B's main challenger is A' (rival_people_nouns), 'B has been fending off A' (rival_verb_preps); 'A was formed by
  dissidents of B' (wings._formed_by_members).
- 'relations between A and B turned violent' is no alliance (strained_modifiers).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model

A, B, C = "Bravo Cartel", "Los Valles Unidos", "Pacheco Organisation"


def _tie(found: set[tuple[str, str, str]], predicate: str, a: str, b: str) -> bool:
    return (a, predicate, b) in found or (b, predicate, a) in found


@pytest.mark.parametrize("text", [
    "The Bravo Cartel and Los Valles Unidos were at each other's throats for a decade.",
    "The valley has been one of the main battlefields between the Bravo Cartel and Los Valles Unidos.",
    "Los Valles Unidos has been at loggerheads with the Bravo Cartel since 2015.",
    "The Bravo Cartel is vying with Los Valles Unidos for control of the port.",
    "The Bravo Cartel and Los Valles Unidos have been vying for control of the port.",
    "The Bravo Cartel is trying to wrest the port from Los Valles Unidos.",
    "The Bravo Cartel took control of the port from Los Valles Unidos in 2016.",
    "The Bravo Cartel has lost ground to Los Valles Unidos in the north.",
    "The Bravo Cartel ceded the plaza to Los Valles Unidos in 2016.",
    "The Bravo Cartel was pushed out of the port by Los Valles Unidos.",
    "The Bravo Cartel sees Los Valles Unidos as its main rival.",
    "The Bravo Cartel and Los Valles Unidos are sworn enemies.",
    "The Bravo Cartel's enemies, including Los Valles Unidos, have grown stronger.",
    "The Bravo Cartel, whose rivals include Los Valles Unidos, lost the town.",
    "The Bravo Cartel has made inroads into territory held by Los Valles Unidos.",
    "The Bravo Cartel encroached on Los Valles Unidos's turf.",
    "The Bravo Cartel pushed into the stronghold of Los Valles Unidos in 2016.",
    "The Bravo Cartel's main challenger is Los Valles Unidos.",
    "The Bravo Cartel has been fending off Los Valles Unidos in the port.",
])
def test_rivals(extractor: Any, text: str) -> None:
    assert _tie(triples(extractor, text), "rival_of", A, B)


@pytest.mark.parametrize("text", [
    "The Pacheco Organisation and Los Valles Unidos sealed a pact aimed mainly at the Bravo Cartel.",
    "The pact between the Pacheco Organisation and Los Valles Unidos was aimed mainly at the Bravo Cartel.",
    "Los Valles Unidos has since joined forces with the Pacheco Organisation in a loose pact that officials say is "
    "aimed mainly at the Bravo Cartel.",
])
def test_the_target_of_a_pact(extractor: Any, text: str) -> None:
    found = triples(extractor, text)
    assert _tie(found, "rival_of", A, B) and _tie(found, "rival_of", A, C)
    assert _tie(found, "ally_of", B, C) and not _tie(found, "rival_of", B, C)


@pytest.mark.parametrize("text", [
    "The Bravo Cartel is fighting alongside gunmen sent by Los Valles Unidos.",
    "The Bravo Cartel drew its muscle from Los Valles Unidos.",
    "The Bravo Cartel drew much of its muscle from Los Valles Unidos.",
    "The Bravo Cartel drew on Los Valles Unidos for men and weapons.",
    "The Bravo Cartel counts Los Valles Unidos among its allies.",
    "The Bravo Cartel regards Los Valles Unidos as its most trusted partner.",
    "The Bravo Cartel came to the aid of Los Valles Unidos.",
    "The Bravo Cartel rushed to the defence of Los Valles Unidos in 2016.",
    "The Bravo Cartel has thrown its weight behind Los Valles Unidos.",
    "The Bravo Cartel lent gunmen to Los Valles Unidos.",
    "The Bravo Cartel sent gunmen to help Los Valles Unidos.",
    "The Bravo Cartel and Los Valles Unidos fought alongside each other for a decade.",
    "Los Valles Unidos is one of the Bravo Cartel's closest allies.",
    "Los Valles Unidos, one of the Bravo Cartel's allies, lost the town.",
    "The Bravo Cartel's allies include Los Valles Unidos.",
    "The Bravo Cartel pays Los Valles Unidos for protection.",
    "The Bravo Cartel is protected by Los Valles Unidos.",
    "Backed by Los Valles Unidos, the Bravo Cartel took the port.",
    "Allied with Los Valles Unidos, the Bravo Cartel took the port.",
    "With the help of Los Valles Unidos, the Bravo Cartel took the port.",
    "Armed by Los Valles Unidos, the Bravo Cartel has grown.",
])
def test_allies(extractor: Any, text: str) -> None:
    assert _tie(triples(extractor, text), "ally_of", A, B)


@pytest.mark.parametrize("text", [
    "Los Zorros is a Bravo Cartel splinter group.",
    "Los Zorros, a Bravo Cartel splinter group, took the port.",
    "The Bravo Cartel set up Los Zorros as its armed wing.",
    "The Bravo Cartel created Los Zorros in 2012 as its enforcement arm.",
    "Los Zorros was formed by dissidents of the Bravo Cartel.",
])
def test_factions(extractor: Any, text: str) -> None:
    assert ("Los Zorros", "faction_of", A) in triples(extractor, text)


@pytest.mark.parametrize(("text", "predicate"), [
    ("The Bravo Cartel and Los Valles Unidos fought alongside each other for a decade.", "rival_of"),
    ("The Bravo Cartel and Los Valles Unidos were at each other's side for a decade.", "rival_of"),
    ("The Bravo Cartel and Los Valles Unidos sealed a pact aimed at the army.", "rival_of"),
    ("The Bravo Cartel is fighting against gunmen sent by Los Valles Unidos.", "ally_of"),
    ("The Bravo Cartel is fighting alongside the army against Los Valles Unidos.", "ally_of"),
    ("The Bravo Cartel drew its name from Los Valles Unidos.", "ally_of"),
    ("The Bravo Cartel took cocaine from Los Valles Unidos.", "rival_of"),
    ("The Bravo Cartel lost money to Los Valles Unidos.", "rival_of"),
    ("The Bravo Cartel was pushed out of the port by the army, and Los Valles Unidos moved in.", "rival_of"),
    ("The Bravo Cartel sees Los Valles Unidos as its former rival.", "rival_of"),
    ("The Bravo Cartel sees Los Valles Unidos as a threat.", "ally_of"),
    ("The Bravo Cartel stood behind the attack on Los Valles Unidos.", "ally_of"),
    ("The Bravo Cartel sent gunmen to attack Los Valles Unidos.", "ally_of"),
    ("Relations between the Bravo Cartel and Los Valles Unidos turned violent in 2016.", "ally_of"),
    ("The Bravo Cartel moved into territory held by its ally, Los Valles Unidos, in 2016.", "rival_of"),
    ("The Bravo Cartel moved into the port with Los Valles Unidos.", "rival_of"),
    ("The Bravo Cartel paid Los Valles Unidos for the cocaine.", "ally_of"),
    ("Backed by the army, Los Valles Unidos fought the Bravo Cartel.", "ally_of"),
    ("With the arrest of the Bravo Cartel's leader, Los Valles Unidos took the port.", "ally_of"),
])
def test_not_read(extractor: Any, text: str, predicate: str) -> None:
    assert not _tie(triples(extractor, text), predicate, A, B)
