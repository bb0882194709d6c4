"""Entity kinds decided by context, people pointed back to, and groups named after they act.

Sentences of our own (helper rel16): a prison or a state's name is no person; a state's name
that speaks after a person of that surname is the person; 'La X' after 'the head of' is a group,
and keeps that kind everywhere; 'the former', 'the latter', 'the 45-year-old', 'the suspect',
'both men' after 'X and his cousin, Y'; 'The unit later became known as G', 'what would become G'.
"""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document

pytestmark = pytest.mark.model


def extract(extractor: Any, text: str) -> tuple[dict[str, str], set[tuple[str, str, str]], Any]:
    result = extractor(Document.make(text, "test.txt"))
    names = {e.id: e.name for e in result.entities}
    kinds = {}
    for entity in result.entities:
        for name in [entity.name] + [a.name for a in entity.aliases]:
            kinds.setdefault(name, entity.kind)
    triples = {(names[c.subject_id], c.predicate, names.get(c.object_id or "", "")) for c in result.claims}
    return kinds, triples, result


def sources(result: Any, predicate: str) -> set[tuple[str, ...]]:
    return {c.attributed_to for c in result.claims if c.predicate == predicate}


# --- kinds by context ------------------------------------------------------------------------

def test_a_prison_named_before_its_noun_is_a_place(extractor: Any) -> None:
    kinds, _, _ = extract(extractor, "Gang boss Ramón Tirado Vela was moved to the Tocuyito prison last year. "
                                     "Guards at Tocuyito said he ran the wing.")
    assert kinds.get("Tocuyito") == "place"


def test_a_prison_in_apposition_and_a_place_someone_is_sent_to_are_places(extractor: Any) -> None:
    kinds, _, _ = extract(extractor, "Officials flew nine inmates to the Altiplano, the maximum-security prison "
                                     "west of the capital. Ana Lucía Bravo was sent to Puente Grande, in Jalisco. "
                                     "The Altiplano holds 700 men.")
    assert kinds.get("Altiplano") == "place"
    assert kinds.get("Puente Grande") == "place"


def test_a_state_that_speaks_after_a_person_of_that_surname_is_the_person(extractor: Any) -> None:
    _, triples, result = extract(extractor, "The spokesman for security in Guerrero, Ramiro Guerrero Ocampo, spoke on "
                                            "Monday. Guerrero said Los Tlacos and Los Ardillos have been at war "
                                            "since 2021.")
    assert ("Los Ardillos", "rival_of", "Los Tlacos") in triples or ("Los Tlacos", "rival_of", "Los Ardillos") \
        in triples
    assert ("article", "Ramiro Guerrero Ocampo") in sources(result, "rival_of")


def test_a_first_name_before_a_state_name_makes_a_person(extractor: Any) -> None:
    kinds, _, _ = extract(extractor, "Pedro Guerrero, a farmer from the hills, said soldiers took his truck.")
    assert kinds.get("Pedro Guerrero") == "person"


def test_the_state_stays_a_place_where_nobody_of_that_name_is_named(extractor: Any) -> None:
    kinds, _, _ = extract(extractor, "Violence in Guerrero rose again in May. Guerrero said it needed troops.")
    assert kinds.get("Guerrero") == "place"


def test_the_head_of_a_spanish_named_body_is_a_group_everywhere(extractor: Any) -> None:
    kinds, triples, _ = extract(extractor, "Police arrested Mario Pineda Roque, the head of La Cofradía, on Monday. "
                                           "Police say La Cofradía and Los Ardillos have fought since 2020.")
    assert kinds.get("La Cofradía") == "criminal_group"
    assert ("Mario Pineda Roque", "leader_of", "La Cofradía") in triples


def test_a_plural_name_and_its_article_less_form_are_one_group(extractor: Any) -> None:
    kinds, triples, result = extract(extractor, "Police arrest Tucanes commander\n\nLos Tucanes, a gang from the "
                                                "port, control the docks. The Tucanes now fight Los Ardillos.")
    named = [e for e in result.entities if "Tucanes" in e.name]
    assert [e.kind for e in named] == ["criminal_group"]
    assert ("Los Tucanes", "rival_of", "Los Ardillos") in triples


# --- people pointed back to --------------------------------------------------------------------

def test_both_men_after_x_and_his_cousin_y_are_x_and_y(extractor: Any) -> None:
    _, triples, _ = extract(extractor, "Marines arrested Óscar Villa Prado and his cousin, Samuel Ortiz Lerma, in "
                                       "Culiacán on Friday. Both men were later charged with kidnapping.")
    assert ("Samuel Ortiz Lerma", "relative_of", "Óscar Villa Prado") in triples
    assert ("Samuel Ortiz Lerma", "charged", "") in triples
    assert ("Óscar Villa Prado", "charged", "") in triples


def test_the_n_year_old_is_the_person_given_that_age(extractor: Any) -> None:
    _, triples, _ = extract(extractor, "Police in Tijuana detained Rogelio Fuentes Mora, 38, on Sunday. Lawyers for "
                                       "Marta Ibáñez asked for bail. The 38-year-old was extradited to the United "
                                       "States last week.")
    assert ("Rogelio Fuentes Mora", "extradited", "United States") in triples
    assert ("Marta Ibáñez", "extradited", "United States") not in triples


def test_the_n_year_old_with_two_people_as_subjects_names_no_one(extractor: Any) -> None:
    _, triples, _ = extract(extractor, "Rogelio Fuentes Mora ran the port. Ernesto Paz Luna ran the routes. "
                                       "The 52-year-old was extradited to the United States last week.")
    assert not any(p == "extradited" for _, p, _ in triples)


def test_the_suspect_is_the_person_just_arrested(extractor: Any) -> None:
    _, triples, _ = extract(extractor, "On Monday, police in Tixtla arrested Julio Morán Ayala. The suspect is a "
                                       "member of La Cofradía, according to prosecutors. La Cofradía is a gang.")
    assert ("Julio Morán Ayala", "member_of", "La Cofradía") in triples


def test_the_former_and_the_latter_are_the_pair_in_order(extractor: Any) -> None:
    _, triples, _ = extract(extractor, "The cartel was founded by Aurelio Villegas Cano and Tomás Ruelas Soto. "
                                       "The former was arrested in Sonora in 2021; the latter was killed in 2019.")
    assert ("Aurelio Villegas Cano", "arrested", "") in triples
    assert ("Tomás Ruelas Soto", "killed", "") in triples
    assert ("Tomás Ruelas Soto", "arrested", "") not in triples


def test_two_given_names_before_and_share_the_surnames(extractor: Any) -> None:
    kinds, triples, _ = extract(extractor, "The gang was run by the brothers Javier Antonio and Luis Enrique "
                                           "Calle Serna.")
    assert kinds.get("Javier Antonio Calle Serna") == "person"


# --- a group named after it acts ---------------------------------------------------------------

def test_a_unit_that_later_became_known_as_g_is_g(extractor: Any) -> None:
    _, triples, _ = extract(extractor, "In 2002 Wilber Varela founded a unit of hired gunmen. The unit later became "
                                       "known as Los Rastrojos.")
    assert ("Wilber Varela", "founder_of", "Los Rastrojos") in triples


def test_what_would_become_g_names_the_body_before_it(extractor: Any) -> None:
    _, triples, _ = extract(extractor, "In 2016 Fausto Bahena created a community police force in the town of "
                                       "Mochitlán, the nucleus of what would become La Cofradía. La Cofradía is a "
                                       "gang.")
    assert ("Fausto Bahena", "founder_of", "La Cofradía") in triples


def test_an_armed_wing_later_called_g_is_g(extractor: Any) -> None:
    kinds, triples, result = extract(extractor, "The Gulf Cartel created an armed wing, later called Los Tiburones. "
                                                "Los Tiburones split from the Gulf Cartel in 2010.")
    wing = [m for m in result.mentions if m.text == "wing"]
    assert wing and result.entities and any(e.id == wing[0].entity_id and e.name == "Los Tiburones"
                                            for e in result.entities)


def test_a_body_someone_else_names_is_not_renamed(extractor: Any) -> None:
    _, _, result = extract(extractor, "Wilber Varela founded a unit of hired gunmen. The police called Los "
                                      "Rastrojos a threat.")
    assert not [m for m in result.mentions if m.text == "unit"]


def test_a_person_together_with_others_shares_their_role_but_not_their_kinship(extractor: Any) -> None:
    _, triples, _ = extract(extractor, "Los Tucanes are a gang from the port. After 2008 the gang was run by the "
                                       "brothers Javier Antonio and Luis Enrique Calle Serna, together with Diego "
                                       "Pérez Henao.")
    assert ("Diego Pérez Henao", "leader_of", "Los Tucanes") in triples
    assert not any(p == "sibling_of" and "Diego Pérez Henao" in (s, o) for s, p, o in triples)


def test_the_network_points_back_to_the_group_named_last(extractor: Any) -> None:
    _, triples, _ = extract(extractor, "Investigators say Los Tucanes never recovered from those losses. In Zulia, "
                                       "the network has allied with a local gang, La Nueva Frontera.")
    assert ("Los Tucanes", "ally_of", "La Nueva Frontera") in triples


def test_a_spanish_named_body_at_war_with_a_group_is_a_group(extractor: Any) -> None:
    kinds, triples, _ = extract(extractor, "La Nueva Alianza and the Gulf Cartel have been at war since 2019.")
    assert kinds.get("La Nueva Alianza") == "criminal_group"
    assert ("La Nueva Alianza", "rival_of", "Gulf Cartel") in triples or ("Gulf Cartel", "rival_of",
                                                                          "La Nueva Alianza") in triples


def test_a_numbered_gang_and_its_bare_name_are_one_group(extractor: Any) -> None:
    _, triples, result = extract(extractor, "The 400 Mawozo gang controls the plain. Its leader, Wilson Joseph, was "
                                            "charged in 2022. 400 Mawozo has fought the Chen Mechan gang.")
    assert [e.name for e in result.entities if "Mawozo" in e.name] == ["400 Mawozo"]
    assert ("Wilson Joseph", "leader_of", "400 Mawozo") in triples


def test_a_state_name_arrested_after_a_person_of_that_surname_is_the_person(extractor: Any) -> None:
    _, triples, _ = extract(extractor, "Prosecutors named Ramiro Guerrero Ocampo as the gang's accountant. Violence "
                                       "in Guerrero has grown. Guerrero was arrested in Acapulco on Friday.")
    assert ("Ramiro Guerrero Ocampo", "arrested", "") in triples
    assert not any(s == "Guerrero" for s, _, _ in triples)
