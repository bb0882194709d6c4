"""Groups named by their leader: the nickname that names the leader ('"El Credo."', the full stop inside the
quote), the group named by people's surnames ('the Díaz Parada group', 'the Guzmán-Palma organization'),
and a nickname's stem that names only a group called so with a plural article ('Los Mayos' after 'El Mayo',
not the Almighty Latin Kings after 'El Almirante'). Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document

pytestmark = pytest.mark.model


def read(extractor: Any, text: str) -> tuple[dict[str, Any], set[tuple[str, str, str]]]:
    result = extractor(Document.make(text, "test"))
    names = {e.id: e.name for e in result.entities}
    claims = {(names.get(c.subject_id, ""), c.predicate, names.get(c.object_id or "", ""))
              for c in result.claims if c.polarity.value == "positive"}
    return {e.name: e for e in result.entities}, claims


def aliases(entity: Any) -> set[str]:
    return {a.name for a in entity.aliases}


# --- a nickname set off in quotes with the full stop or comma inside them (American style)

@pytest.mark.parametrize(("text", "person", "nickname"), [
    ('The second faction is run by Jorge Iván Hernández Cantú, "El Credo." In Topo Chico, I think El Credo\'s '
     "people were trying to become a force. If El Credo did make a deal with them, that would explain it.",
     "Jorge Iván Hernández Cantú", "El Credo"),
    ('The other group answers to Mateo Rangel Ibarra, "El Almirante." In Escobedo, El Almirante\'s people run the '
     "market. If El Almirante did strike a deal with them, that would explain the calm.",
     "Mateo Rangel Ibarra", "El Almirante"),
    ('Witnesses identified the gunman as Julio César Nava, "El Volcán." In Monterrey, El Volcán has not been seen '
     "since March.", "Julio César Nava", "El Volcán"),
])
def test_a_nickname_with_the_stop_inside_its_quotes_is_the_persons(extractor: Any, text: str, person: str,
                                                                   nickname: str) -> None:
    entities, _ = read(extractor, text)
    assert nickname in aliases(entities[person]), entities[person]
    assert nickname not in entities, entities[nickname]


def test_a_place_described_in_quotes_stays_a_place(extractor: Any) -> None:
    entities, _ = read(extractor, 'The smugglers crossed at Guasave, "La Bonita," a fishing town in Sinaloa. '
                                  "Troops later patrolled La Bonita.")
    assert all(getattr(e.kind, "value", e.kind) != "person" for e in entities.values()), entities


# --- a group named by the surnames of people the text names

@pytest.mark.parametrize(("text", "group", "leaders"), [
    ("Pedro Díaz Parada grew marijuana in the Oaxaca sierra for three decades. Prosecutors say the Díaz Parada "
     "group later moved cocaine for the Sinaloa Cartel.", "Díaz Parada group", ["Pedro Díaz Parada"]),
    ("Officials blamed the Valdez Villarreal network for the killings. Edgardo Valdez Villarreal was arrested "
     "in 2010.", "Valdez Villarreal network", ["Edgardo Valdez Villarreal"]),
    ("Samuel Ochoa Lira and Tomás Bernal Rico split from the Gulf Cartel in 2011. By 2013 the Ochoa-Bernal "
     "organization was fighting the Zetas in Reynosa.", "Ochoa-Bernal organization",
     ["Samuel Ochoa Lira", "Tomás Bernal Rico"]),
    ("The Ruelas gang has been linked to the CJNG. Armando Ruelas Tovar was detained in Oaxaca.",
     "Ruelas gang", ["Armando Ruelas Tovar"]),
])
def test_a_group_named_by_surnames_is_led_by_their_people(extractor: Any, text: str, group: str,
                                                          leaders: list[str]) -> None:
    entities, claims = read(extractor, text)
    found = next(e for e in entities.values() if group == e.name or group in aliases(e))
    assert getattr(found.kind, "value", found.kind) == "criminal_group", entities
    for leader in leaders:
        assert (leader, "leader_of", found.name) in claims, claims


def test_the_surname_alone_stays_the_man(extractor: Any) -> None:
    entities, claims = read(extractor, "Pedro Díaz Parada grew marijuana in Oaxaca. The Díaz Parada group moved "
                                       "cocaine. Díaz Parada was arrested in 2007.")
    assert any(c[0] == "Pedro Díaz Parada" and c[1] == "arrested" for c in claims), claims


def test_no_group_from_a_surname_no_one_in_the_text_bears(extractor: Any) -> None:
    _, claims = read(extractor, "Prosecutors say the Montes group moved cocaine for the Sinaloa Cartel. "
                                "Ramiro Salas Pineda denied it.")
    assert not any(c[1] == "leader_of" for c in claims), claims


def test_what_the_text_says_of_the_leader_comes_first(extractor: Any) -> None:
    _, claims = read(extractor, "Officials blamed the Valdez Villarreal network for the killings. Its founder, "
                                "Edgardo Valdez Villarreal, was arrested in 2010.")
    assert ("Edgardo Valdez Villarreal", "founder_of", "Valdez Villarreal network") in claims, claims
    assert ("Edgardo Valdez Villarreal", "leader_of", "Valdez Villarreal network") not in claims, claims


def test_a_known_group_named_by_a_family_gets_no_leader_from_it(extractor: Any) -> None:
    _, claims = read(extractor, "Ramón Arellano Félix was killed in 2002. The Arellano Félix organization "
                                "survived him.")
    assert not any(c[1] == "leader_of" for c in claims), claims


# --- a nickname's stem names a group only through a name with a plural article

def test_a_nickname_stem_does_not_match_an_unrelated_group(extractor: Any) -> None:
    entities, _ = read(extractor, 'The other group answers to Mateo Rangel Ibarra, known as "El Almirante". In '
                                  "Escobedo, El Almirante's people run the market.")
    assert "Latin Kings" not in entities, entities["Latin Kings"]


def test_a_nickname_stem_still_names_the_group_called_after_it(extractor: Any) -> None:
    entities, claims = read(extractor, 'Ismael Zambada García, "El Mayo," is 76. El Mayo\'s people fought Los '
                                       "Chapitos in Culiacán.")
    assert ("Los Mayos", "rival_of", "Los Chapitos") in claims, claims


# --- "X's side" where no rule reads its sentence: an alias of the group the text says X leads

@pytest.mark.parametrize(("text", "phrase"), [
    ('The organisation split in two. One faction was led by Erick Varela Cano; the other was led by Mario Bonilla '
     'Ortiz, known as "Valenciano". Valenciano\'s side is believed to have drawn on the Urabeños for men and '
     "weapons.", "Valenciano's side"),
    ("A faction led by Raúl Peña Soto took over the prison in 2015. Guards say Peña Soto's camp is believed to have "
     "drawn on outsiders for weapons.", "Peña Soto's camp"),
    ("Raúl Peña Soto heads a local cell that taxes the avocado trade. According to growers, Peña Soto's crew "
     "reportedly leaned on outsiders for weapons.", "Peña Soto's crew"),
])
def test_a_possessed_group_is_the_group_its_owner_leads(extractor: Any, text: str, phrase: str) -> None:
    entities, _ = read(extractor, text)
    assert any(phrase in aliases(e) and getattr(e.kind, "value", e.kind) == "criminal_group"
               for e in entities.values()), entities


def test_a_possessed_group_of_someone_who_leads_none_makes_no_group(extractor: Any) -> None:
    entities, _ = read(extractor, "Raúl Peña Soto runs a bakery in Uruapan. Growers say Peña Soto's crew "
                                  "reportedly leaned on outsiders for flour.")
    assert not any("Peña Soto's crew" in aliases(e) or e.name == "Peña Soto's crew" for e in entities.values())
