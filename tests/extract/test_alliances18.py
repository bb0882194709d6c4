"""Alliances, rivalries and talks in wordings other writers use: a deal cut, inked or hammered out, a group that
realigned with another, help received from a group where the parser hangs 'from' on the help, a group that
depends on another's protection or tolerance; what remains of a group, and a group named by its people ('the
Golfo people'), as the side of a tie. Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


def _tied(found: set[tuple[str, str, str]], one: str, predicate: str, other: str) -> bool:
    """The symmetric tie in either order."""
    return (one, predicate, other) in found or (other, predicate, one) in found


# --- a pact made with a verb of its own, and a group realigned --------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Prosecutors say the Pinos Cartel cut a deal with Los Zorros to split the take at two clubs.",
     ("Pinos Cartel", "Los Zorros")),
    ("In 2011 Los Zorros inked a pact with the Halcones Cartel, according to a police report.",
     ("Los Zorros", "Halcones Cartel")),
    ("The Norteño Cartel hammered out an agreement with Los Zorros over the border crossings.",
     ("Norteño Cartel", "Los Zorros")),
    ("After its founder died in 1997, the Pinos Cartel realigned with the Halcones Cartel.",
     ("Pinos Cartel", "Halcones Cartel")),
    ("BULLETIN - Los Zorros have cut a deal with the Norteño Cartel, sources say.",
     ("Los Zorros", "Norteño Cartel")),
])
def test_a_pact_cut_inked_or_hammered_out(extractor: Any, text: str, pair: tuple[str, str]) -> None:
    assert _tied(triples(extractor, text), pair[0], "ally_of", pair[1])


@pytest.mark.parametrize("text", [
    "In 2015 the Pinos Cartel cut ties with Los Zorros after a dispute over money.",
    "The Pinos Cartel cut its links with Los Zorros when the war began.",
])
def test_ties_cut_are_no_alliance(extractor: Any, text: str) -> None:
    assert not _tied(triples(extractor, text), "Pinos Cartel", "ally_of", "Los Zorros")


# --- help received from a group, 'from' hung on the help -----------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Officials say the Pinos Cartel has received weapons and men from the Halcones Cartel in that fight.",
     ("Pinos Cartel", "Halcones Cartel")),
    ("Los Zorros got rifles and ammunition from the Norteño Cartel, the indictment says.",
     ("Los Zorros", "Norteño Cartel")),
    ("The Halcones Cartel obtained guns and money from Los Zorros during the war.",
     ("Halcones Cartel", "Los Zorros")),
])
def test_help_received_from_a_group(extractor: Any, text: str, pair: tuple[str, str]) -> None:
    assert _tied(triples(extractor, text), pair[0], "ally_of", pair[1])


def test_a_warning_received_from_a_group_is_no_alliance(extractor: Any) -> None:
    text = "Los Zorros received a warning and a deadline from the Norteño Cartel."
    assert not _tied(triples(extractor, text), "Los Zorros", "ally_of", "Norteño Cartel")


# --- a group that depends on another's protection --------------------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("The Pinos Cartel depends on the protection of the Halcones Cartel.", ("Pinos Cartel", "Halcones Cartel")),
    ("Analysts believe Los Zorros rely on the Norteño Cartel's protection in the mountains.",
     ("Los Zorros", "Norteño Cartel")),
    ("The Pinos Cartel depends on the tolerance, if not the protection, of Los Zorros.",
     ("Pinos Cartel", "Los Zorros")),
    ("Its business still depends on the tolerance of the Halcones Cartel, the report says. The Pinos Cartel "
     "depends on the blessing of the Halcones Cartel.", ("Pinos Cartel", "Halcones Cartel")),
])
def test_a_group_depends_on_anothers_protection(extractor: Any, text: str, pair: tuple[str, str]) -> None:
    assert _tied(triples(extractor, text), pair[0], "ally_of", pair[1])


@pytest.mark.parametrize("text", [
    "The Pinos Cartel depends on the goodwill of Los Zorros' customers.",
    "The Pinos Cartel depends on cocaine from Los Zorros.",
])
def test_other_dependence_is_no_alliance(extractor: Any, text: str) -> None:
    assert not _tied(triples(extractor, text), "Pinos Cartel", "ally_of", "Los Zorros")


# --- what remains of a group stands for the group ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("In the valleys the Pinos Cartel has grown by fighting what remains of Los Zorros.",
     ("Pinos Cartel", "rival_of", "Los Zorros")),
    ("Los Zorros clashed again on Sunday with what is left of the Halcones Cartel.",
     ("Los Zorros", "rival_of", "Halcones Cartel")),
    ("In 2021 the Norteño Cartel allied itself with what was left of Los Zorros, police said.",
     ("Norteño Cartel", "ally_of", "Los Zorros")),
    ("What remains of the Halcones Cartel still fights the Pinos Cartel for the port.",
     ("Halcones Cartel", "rival_of", "Pinos Cartel")),
])
def test_what_remains_of_a_group(extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    assert _tied(triples(extractor, text), *fact)


def test_what_remains_of_a_place_is_no_group(extractor: Any) -> None:
    text = "The Pinos Cartel fought what remains of the old order in Valdivia, and Los Zorros stayed out of it."
    assert not _tied(triples(extractor, text), "Pinos Cartel", "rival_of", "Los Zorros")


# --- a group named by its people: 'the Sinaloa people', 'the Golfo people', 'the Beltrán people' ----------------

@pytest.mark.parametrize(("text", "fact"), [
    ("The Gulf Cartel is weaker than it was. On Sunday the Zetas clashed with the Golfo people in Reynosa.",
     ("Los Zetas", "rival_of", "Gulf Cartel")),
    ("The Halcones Cartel rules the coast. Los Zorros, a local gang, have long worked with the Halcones people.",
     ("Los Zorros", "ally_of", "Halcones Cartel")),
    ("The Beltrán Leyva Organization still holds the sierra. In a letter the Pinos Cartel said it had reached an "
     "understanding with the Beltrán people.",
     ("Pinos Cartel", "ally_of", "Beltrán-Leyva Organization")),
    ("TRANSCRIPT. Q: Who are you fighting? A: The Sinaloa people. The Pinos Cartel has fought the Sinaloa men "
     "since March, and the Sinaloa Cartel knows it.",
     ("Pinos Cartel", "rival_of", "Sinaloa Cartel")),
])
def test_a_group_named_by_its_people(extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    assert _tied(triples(extractor, text), *fact)


def test_people_of_a_place_no_group_is_named_after_are_no_group(extractor: Any) -> None:
    text = "The Pinos Cartel has fought the Valdivia people for years, residents say."
    assert not {f for f in triples(extractor, text) if f[1] == "rival_of"}


def test_a_name_two_groups_begin_with_names_neither(extractor: Any) -> None:
    text = ("The Beltrán Leyva Organization and the Beltrán Ruiz Cartel both claim the town. Los Zorros have fought "
            "the Beltrán people since 2020.")
    assert not {f for f in triples(extractor, text) if f[1] == "rival_of" and "Los Zorros" in f}
