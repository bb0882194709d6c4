"""Family ties read in session 21, from a paraphrase battery: the ways reporters, officials and letter writers tell
that one person is another's child, sibling, spouse or relative. Each shape is one invented sentence; the
negative cases are near readings that must not be made. A bare family surname before 'brothers' is no person
of its own when the brothers are listed after it. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import names, triples

pytestmark = pytest.mark.model

H, M, J, A = "Hernán Campos", "Marta Iriarte", "Julián Campos", "Andrés Campos"
P, L, R, Q, S, E = "Osvaldo Prieto", "Lucía Campos", "Rodrigo Quiroga", "Mateo Quiroga", "Sara Quiroga", "Elena Ruiz"
KIN = ("child_of", "sibling_of", "spouse_of", "relative_of")
SYMMETRIC = ("sibling_of", "spouse_of", "relative_of")


def _has(found: set[tuple[str, str, str]], fact: tuple[str, str, str]) -> bool:
    subject, predicate, obj = fact
    return fact in found or predicate in SYMMETRIC and (obj, predicate, subject) in found


# --- the battery: each shape with the ties it must give ---------------------------------------------------
BATTERY = [
    # children
    (f"{J}, the son of {H}, was arrested.", [(J, "child_of", H)]),
    (f"{J}, son of {H}, was arrested.", [(J, "child_of", H)]),
    (f"{J}, 34, a son of jailed trafficker {H}, was arrested.", [(J, "child_of", H)]),
    (f"{H}'s eldest daughter, {L}, ran the books.", [(L, "child_of", H)]),
    (f"{J} is {H}'s son.", [(J, "child_of", H)]),
    (f"{J} is one of {H}'s sons.", [(J, "child_of", H)]),
    (f"{J} is the son of {H} and {M}.", [(J, "child_of", H), (J, "child_of", M)]),
    (f"{H} and his son {J} were arrested in Tijuana.", [(J, "child_of", H)]),
    (f"{H} was succeeded by his son, {J}.", [(J, "child_of", H)]),
    (f"{J} took over from his father, {H}, in 2012.", [(J, "child_of", H)]),
    (f"{J}, whose father, {H}, founded the gang, was arrested.", [(J, "child_of", H)]),
    (f"{L}'s father, {H}, ran the port.", [(L, "child_of", H)]),
    (f"{H}, the father of {J}, ran the port.", [(J, "child_of", H)]),
    (f"{H} has a son, {J}, who runs the port.", [(J, "child_of", H)]),
    (f"{H} has two sons, {J} and {A}.", [(J, "child_of", H), (A, "child_of", H), (J, "sibling_of", A)]),
    (f"{H} stayed in Naples. Two of his own sons crossed the border before him. {J} and {A} were arrested in "
     "Laredo.", [(J, "child_of", H), (A, "child_of", H)]),
    (f"{H} stayed in Naples. Two of his own sons fled. {J}, who took over his father's faction, began cooperating "
     "with prosecutors; a younger son, Walter Campos, followed.",
     [(J, "child_of", H), ("Walter Campos", "child_of", H)]),
    (f"{H}'s sons, {J} and {A}, were arrested in Laredo.",
     [(J, "child_of", H), (A, "child_of", H), (J, "sibling_of", A)]),
    (f"{J} and {A}, the sons of {H}, ran the port.", [(J, "child_of", H), (A, "child_of", H), (J, "sibling_of", A)]),
    (f"{J} and {A}, both sons of {H}, were arrested.", [(J, "child_of", H), (A, "child_of", H)]),
    (f"{J}'s late father, {H}, ran the port.", [(J, "child_of", H)]),
    (f"{M}, {J}'s mother, testified.", [(J, "child_of", M)]),
    (f"{J} was born to {H} and {M} in 1990.", [(J, "child_of", H), (J, "child_of", M)]),
    (f"The son of {H}, {J}, was arrested in 2014.", [(J, "child_of", H)]),
    (f"{H}'s only son, {J}, was arrested.", [(J, "child_of", H)]),
    (f"{J}, {H}'s son by his first marriage, was arrested.", [(J, "child_of", H)]),
    (f"{J}, son of the late {H}, was arrested.", [(J, "child_of", H)]),
    # siblings
    ("The Quiroga Lemus brothers, Rodrigo and Mateo, ran the plaza.",
     [("Rodrigo Quiroga Lemus", "sibling_of", "Mateo Quiroga Lemus")]),
    (f"{S}, the sister of {Q}, ran the books.", [(S, "sibling_of", Q)]),
    (f"{Q} is the younger brother of {R}.", [(Q, "sibling_of", R)]),
    (f"{Q}, brother of {R}, was arrested.", [(Q, "sibling_of", R)]),
    (f"{Q}, whose brother {R} was killed in 2015, fled.", [(Q, "sibling_of", R)]),
    (f"{Q} and {R} are brothers.", [(Q, "sibling_of", R)]),
    (f"{Q} and {R}, who are brothers, ran the plaza.", [(Q, "sibling_of", R)]),
    (f"{Q} ran the plaza with his brothers {R} and {S}.", [(Q, "sibling_of", R), (Q, "sibling_of", S)]),
    (f'{Q}, "El Tordo," {R}\'s brother, was arrested.', [(Q, "sibling_of", R)]),
    (f"{S}, a sister of the slain {R}, testified.", [(S, "sibling_of", R)]),
    # spouses
    (f"{P} married {L} in 2007.", [(P, "spouse_of", L)]),
    (f"{P} and {L} married in 2007.", [(P, "spouse_of", L)]),
    (f"{P} and {L} were married in 2007.", [(P, "spouse_of", L)]),
    (f"{Q} and {E} have been married since 2009.", [(Q, "spouse_of", E)]),
    (f"Police said {P} and {L}, who married in 2010, ran the network.", [(P, "spouse_of", L)]),
    (f"{L} is married to {P}.", [(P, "spouse_of", L)]),
    (f"{P}, married to {L}, ran the port.", [(P, "spouse_of", L)]),
    (f"{P} wed {L} in a lavish ceremony in Culiacán.", [(P, "spouse_of", L)]),
    (f"{P} divorced {L} in 2016.", [(P, "spouse_of", L)]),
    (f"{P}'s marriage to {L} ended in 2016.", [(P, "spouse_of", L)]),
    (f"{L} grew up in Durango. She married {P}, the leader of the gang, in 2007.", [(P, "spouse_of", L)]),
    (f"{M}, {H}'s widow, testified.", [(M, "spouse_of", H)]),
    (f"{H} was shot in 2019. His widow, {M}, testified.", [(M, "spouse_of", H)]),
    (f"{M} testified on Tuesday. Her late husband, {H}, ran the port.", [(M, "spouse_of", H)]),
    (f"{P}'s ex-wife, {L}, testified.", [(P, "spouse_of", L)]),
    (f"{E}, the common-law wife of {Q}, was arrested.", [(E, "spouse_of", Q)]),
    (f"{P}, 30, and his wife {L} were stopped at the border.", [(P, "spouse_of", L)]),
    (f"{Q} was arrested along with his wife, {E}, and his son, {J}.", [(E, "spouse_of", Q), (J, "child_of", Q)]),
    # other relatives
    (f"{P}, {H}'s uncle, ran the port.", [(P, "relative_of", H)]),
    (f"The brothers-in-law {P} and {H} ran the port.", [(P, "relative_of", H)]),
    (f"{P} and {H}, who are brothers-in-law, ran the port.", [(P, "relative_of", H)]),
    (f"{P} and {H}, who are cousins, ran the port.", [(P, "relative_of", H)]),
    (f"{P}, a cousin of the Campos clan's boss, {H}, ran the port.", [(P, "relative_of", H)]),
    (f"{P} is related to {H} by marriage.", [(P, "relative_of", H)]),
    (f"{Q}, a distant relative of {R}, ran the plaza.", [(Q, "relative_of", R)]),
    (f"{R} and {Q}, who the prosecutor said are {H}'s nephews, ran the port.", [(R, "relative_of", H)]),
    (f"{J}, who is {H}'s nephew, ran the port.", [(J, "relative_of", H)]),
    (f"{P} and {H} are cousins of {L}.", [(P, "relative_of", L), (H, "relative_of", L)]),
]


@pytest.mark.parametrize(("text", "ties"), BATTERY)
def test_battery_shape_gives_its_ties(extractor: Any, text: str, ties: list[tuple[str, str, str]]) -> None:
    found = triples(extractor, text)
    assert [t for t in ties if not _has(found, t)] == []


# --- near readings that must not be made -------------------------------------------------------------------
NEGATIVES = [
    (f"{P}, a business partner of {H}, ran the port.", (P, "spouse_of", H)),
    (f"{J} met {H}'s son in Tijuana.", (J, "child_of", H)),
    (f"{H}'s son was arrested with {P}.", (P, "child_of", H)),
    (f"{Q} killed the brother of {R}.", (Q, "sibling_of", R)),
    (f"{Q} and {R} are partners in the trade.", (Q, "spouse_of", R)),
    (f"{S} watched as {P} married {E}.", (S, "spouse_of", P)),
    (f"{P} and {L} married their cousins in 2007.", (P, "spouse_of", L)),
    (f"{P} and {H} were married to two sisters.", (P, "spouse_of", H)),
    (f"{P} and {H} wed two sisters in 2003.", (P, "spouse_of", H)),
    (f"{P} said that {L} and {E} married in 2015.", (P, "spouse_of", L)),
    (f"{P} and {H} are cousins of {L}.", (P, "relative_of", H)),
    (f"{H} met his cousins {P} and {J} in Tijuana.", (P, "relative_of", J)),
    (f"Relatives of the victims, {P} and {J}, protested.", (P, "relative_of", J)),
    (f"{H} has a lawyer, {J}, in Texas.", (J, "child_of", H)),
    (f"{H} stayed in Naples. Two of his sons were shot. Julián Ortega, a police officer, was never caught.",
     ("Julián Ortega", "child_of", H)),
    (f"{Q} was arrested along with his wife, {E}, and his son, {J}.", (J, "child_of", E)),
    ("Marines hunted the killers of Tomás Ibarra Solís, the son of former mayor Rubén Ibarra and nephew of the "
     "current mayor, Ángel Ibarra.", ("Tomás Ibarra Solís", "child_of", "Ángel Ibarra")),
]


@pytest.mark.parametrize(("text", "tie"), NEGATIVES)
def test_near_shape_gives_no_tie(extractor: Any, text: str, tie: tuple[str, str, str]) -> None:
    assert not _has(triples(extractor, text), tie)


def test_no_one_married_alone(extractor: Any) -> None:
    assert not {t for t in triples(extractor, f"{P} married in 2007.") if t[1] == "spouse_of"}


def test_born_to_a_family_names_no_parent(extractor: Any) -> None:
    assert not {t for t in triples(extractor, f"{J} was born to a poor family in Sinaloa.") if t[1] == "child_of"}


# --- the family's surname before 'brothers' is no person when the brothers are listed -------------------------
@pytest.mark.parametrize("text", [
    "The Ruelas Ortega brothers, Rodrigo and Mateo, were at war with the Tijuana cartel.",
    "The gang of the Ruelas Ortega brothers, Rodrigo and Mateo, was at war with the Tijuana cartel.",
])
def test_listed_brothers_leave_no_surname_person(extractor: Any, text: str) -> None:
    people = names(extractor, text, "person")
    assert people == {"Rodrigo Ruelas Ortega", "Mateo Ruelas Ortega"}
    assert not {t for t in triples(extractor, text) if "Ruelas Ortega" in (t[0], t[2])}


def test_a_relative_of_his_is_the_namesake_named_before(extractor: Any) -> None:
    text = ("The old cartel broke up after its leader, Ignacio Salas Mena, was killed in 2009. The Reds take their "
            "name from Jacinto Lara Pons, a lieutenant who died in the same raid. The group is now believed to be led "
            "by a relative of his, Efrén Lara Vidal, known as \"El Chato.\"")
    found = triples(extractor, text)
    assert _has(found, ("Efrén Lara Vidal", "relative_of", "Jacinto Lara Pons"))
    assert not _has(found, ("Efrén Lara Vidal", "relative_of", "Ignacio Salas Mena"))


# --- a relative clause on a list of people, with a report verb between -----------------------------------------
@pytest.mark.parametrize("text", [
    f"In this account the plaza passes to {R} and {Q}, who the official said are {H}'s nephews.",
    f"The plaza passed to Ramón and Benito Quiroga Lemus, who the official said are {H}'s nephews.",
])
def test_nephews_in_a_reported_clause_are_each_named(extractor: Any, text: str) -> None:
    found = triples(extractor, text)
    people = [p for p in names(extractor, text, "person") if p != H]
    assert len(people) == 2 and all(_has(found, (p, "relative_of", H)) for p in people)


def test_a_clause_with_a_noun_for_a_verb_still_tells_the_tie(extractor: Any) -> None:
    text = f"{R}, who the plea agreement states was {H}'s nephew, pleaded guilty in April."
    assert _has(triples(extractor, text), (R, "relative_of", H))


def test_a_clause_on_one_person_leaves_the_one_before_out(extractor: Any) -> None:
    text = f"{P} met {R}, who the official said is {H}'s nephew."
    assert not _has(triples(extractor, text), (P, "relative_of", H))


# --- married to someone named only as another's kin: relatives by marriage -----------------------------------
@pytest.mark.parametrize("text", [
    f"{P}, who was married to {H}'s sister, vanished in 2010.",
    f"{P} married {H}'s daughter in 2004.",
    f"{P}, married to the sister of {H}, ran the port.",
    f"{P} is married to {H}'s niece.",
])
def test_married_to_ones_kin_is_a_relative(extractor: Any, text: str) -> None:
    found = triples(extractor, text)
    assert _has(found, (P, "relative_of", H)) and not _has(found, (P, "spouse_of", H))


def test_married_to_a_named_cousin_is_a_spouse_not_an_in_law(extractor: Any) -> None:
    found = triples(extractor, f"{P} married {H}'s daughter, {L}, in 2004.")
    assert _has(found, (P, "spouse_of", L)) and _has(found, (L, "child_of", H))
    assert not _has(found, (P, "spouse_of", H))


def test_a_kinsman_and_business_partner_is_no_spouse(extractor: Any) -> None:
    found = triples(extractor, f"{P}, {H}'s brother-in-law and business partner, was arrested.")
    assert not _has(found, (P, "spouse_of", H))


def test_her_partner_is_still_a_spouse(extractor: Any) -> None:
    assert _has(triples(extractor, f"{E}, {H}'s partner, was arrested."), (E, "spouse_of", H))


def test_gave_birth_to_names_the_child(extractor: Any) -> None:
    assert _has(triples(extractor, f"{M} gave birth to {J} in 1990."), (J, "child_of", M))


def test_gave_birth_to_a_plan_names_no_child(extractor: Any) -> None:
    found = triples(extractor, f"{M} and {P} gave birth to the scheme in 1990.")
    assert not {t for t in found if t[1] == "child_of"}
