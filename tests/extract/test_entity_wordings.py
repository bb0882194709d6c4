"""Classes of wording in crime reporting that decide what a name is: coordinated modifiers of one
group noun, group names with hyphens, numbers and particles, a place before a group noun and a name,
nicknames inside names and given names sharing a surname, and names typed by what the document does
with them. Sentences written for this test; the people and most groups are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document

pytestmark = pytest.mark.model


def read(extractor: Any, text: str) -> tuple[dict[str, str], set[tuple[str, str, str | None]], dict[str, set[str]]]:
    result = extractor(Document.make(text, "test.txt"))
    names = {e.id: e.name for e in result.entities}
    kinds = {e.name: e.kind for e in result.entities}
    aliases = {e.name: {a.name for a in e.aliases} for e in result.entities}
    claims = {(names[c.subject_id], c.predicate, names.get(c.object_id or "")) for c in result.claims}
    return kinds, claims, aliases


def pair(claims: set[tuple[str, str, str | None]], predicate: str, a: str, b: str) -> bool:
    return (a, predicate, b) in claims or (b, predicate, a) in claims


# --- 1. coordinated modifiers sharing one group noun


def test_a_feud_between_two_clans_named_by_one_plural_noun_joins_both(extractor: Any) -> None:
    kinds, claims, _ = read(extractor, "The feud between the Ferrante and Capuozzo clans has left dozens dead "
                                       "since the 1990s.")
    assert kinds.get("Ferrante") == kinds.get("Capuozzo") == "criminal_group"
    assert pair(claims, "rival_of", "Ferrante", "Capuozzo")


def test_three_clans_listed_before_one_plural_noun_are_three_groups(extractor: Any) -> None:
    kinds, _, aliases = read(extractor, "Police say the Ferrante, Capuozzo and Marzano clans formed a cartel "
                                        "in the 1990s.")
    for name in ("Ferrante", "Capuozzo", "Marzano"):
        assert kinds.get(name) == "criminal_group"
        assert f"{name} clan" in aliases[name]


def test_a_place_before_the_coordinated_names_is_no_group(extractor: Any) -> None:
    kinds, _, _ = read(extractor, "In Palermo, the Ferrante and Capuozzo clans fought for the port.")
    assert kinds.get("Palermo") == "place"
    assert kinds.get("Ferrante") == kinds.get("Capuozzo") == "criminal_group"


def test_coordinated_modifiers_of_organisations_find_the_known_cartels(extractor: Any) -> None:
    kinds, claims, _ = read(extractor, "The Arellano Félix and Sinaloa organisations fought for control of "
                                       "Tijuana.")
    assert kinds.get("Sinaloa Cartel") == kinds.get("Tijuana Cartel") == "criminal_group"
    assert "Sinaloa" not in kinds
    assert pair(claims, "rival_of", "Sinaloa Cartel", "Tijuana Cartel")


def test_a_truce_between_two_gangs_named_by_one_plural_noun(extractor: Any) -> None:
    _, claims, _ = read(extractor, "The Ferrante and Capuozzo gangs agreed a truce in Palermo last year.")
    assert pair(claims, "negotiated_with", "Ferrante", "Capuozzo")


# --- 2. hyphens, numbers and particles


def test_a_hyphenated_clan_name_is_kept_whole_and_its_plural_is_the_clan(extractor: Any) -> None:
    kinds, claims, aliases = read(extractor, "The Ferrante-Capuozzo clan was allied with the Marzano clan. "
                                             "Later the Ferrante-Capuozzos split from the Di Sarno clan.")
    assert kinds.get("Ferrante-Capuozzo") == "criminal_group"
    assert "Capuozzo" not in kinds
    assert "Ferrante-Capuozzos" in aliases["Ferrante-Capuozzo"]
    assert pair(claims, "ally_of", "Ferrante-Capuozzo", "Marzano")


def test_a_hyphenated_gang_name_is_kept_whole(extractor: Any) -> None:
    kinds, _, _ = read(extractor, "The Tibo-Lamark gang controls the port.")
    assert kinds.get("Tibo-Lamark") == "criminal_group"


# --- 3. a place or a description before a group noun and a name


def test_the_name_after_a_place_and_a_group_noun_is_the_group(extractor: Any) -> None:
    kinds, _, _ = read(extractor, "Police arrested members of the Manaus gang Irmandade do Rio on Tuesday.")
    assert kinds.get("Irmandade do Rio") == "criminal_group"
    assert kinds.get("Manaus") != "criminal_group"
    assert "Manaus gang" not in kinds


def test_the_name_after_a_people_and_a_group_noun_is_the_group(extractor: Any) -> None:
    kinds, claims, _ = read(extractor, "The Guatemalan gang Los Lagartos is allied with the Gulf Cartel.")
    assert kinds.get("Los Lagartos") == "criminal_group"
    assert not any(name.startswith("Guatemalan") for name in kinds)
    assert pair(claims, "ally_of", "Los Lagartos", "Gulf Cartel")


def test_a_name_after_a_group_noun_unknown_to_the_model_is_kept_whole(extractor: Any) -> None:
    kinds, _, _ = read(extractor, "For years the Calabrian cartel Unione di Vibo has fought the Mancuso clan.")
    assert kinds.get("Unione di Vibo") == "criminal_group"


def test_the_subject_of_a_relative_clause_on_the_noun_is_no_group(extractor: Any) -> None:
    kinds, _, _ = read(extractor, "The gang Pedro Ramírez Soto founded in 1999 still controls the port.")
    assert kinds.get("Pedro Ramírez Soto") == "person"


# --- 4. nicknames inside names, given names sharing a surname


def test_a_short_quoted_nickname_inside_a_name_is_an_alias(extractor: Any) -> None:
    kinds, _, aliases = read(extractor, 'Prosecutors say Giuseppe "Pippo" Ferrante ran the clan until 2011.')
    people = [n for n, k in kinds.items() if k == "person"]
    assert len(people) == 1
    assert "Pippo" in aliases[people[0]]
    assert "Ferrante" in people[0] and "Giuseppe" in people[0]


def test_a_dialect_nickname_inside_a_name_is_an_alias(extractor: Any) -> None:
    kinds, _, aliases = read(extractor, "Police say Ciro \"O' Pazzo\" Marzano ran the clan until 2011.")
    people = [n for n, k in kinds.items() if k == "person"]
    assert len(people) == 1
    assert "O' Pazzo" in aliases[people[0]]


def test_two_given_names_before_one_surname_are_two_people(extractor: Any) -> None:
    kinds, claims, _ = read(extractor, "Rasheem and Tariq Adonis founded the Sea Dogs gang in the 1980s.")
    assert kinds.get("Rasheem Adonis") == kinds.get("Tariq Adonis") == "person"
    assert ("Rasheem Adonis", "founder_of", "Sea Dogs") in claims


def test_two_double_given_names_before_two_surnames_are_two_people(extractor: Any) -> None:
    kinds, claims, _ = read(extractor, "Juan Arnulfo and Luis Fermín Rojas Rojas were arrested by Honduran "
                                       "police in October 2014.")
    assert kinds.get("Juan Arnulfo Rojas Rojas") == kinds.get("Luis Fermín Rojas Rojas") == "person"
    assert ("Juan Arnulfo Rojas Rojas", "arrested", "Honduran National Police") in claims  # its one police force


# --- 5. names typed by what the document does with them


def test_a_surname_the_tagger_reads_as_a_noun_is_the_person_named_before(extractor: Any) -> None:
    _, claims, aliases = read(extractor, "One witness, Rodrigo Ardaña, said he paid the police.\n\n"
                                         "Ardaña was charged by US prosecutors in 2019.")
    assert "Ardaña" in aliases["Rodrigo Ardaña"]
    assert ("Rodrigo Ardaña", "charged", "United States") in claims


def test_a_name_that_controls_places_and_has_cells_is_a_group(extractor: Any) -> None:
    kinds, _, _ = read(extractor, "Mawozo Tizanm has cells in every district of the capital.\n\n"
                                  "Mawozo Tizanm also controls the road to the border.")
    assert kinds.get("Mawozo Tizanm") == "criminal_group"


def test_a_name_a_group_controls_or_a_place_noun_follows_is_a_place(extractor: Any) -> None:
    kinds, claims, _ = read(extractor, "The Marzano clan controls Pianura. Its men sell drugs in the Soccavo and "
                                       "Chiaiano districts.")
    assert kinds.get("Pianura") == kinds.get("Soccavo") == "place"
    assert ("Marzano", "operates_in", "Pianura") in claims


def test_a_surname_shared_with_a_clan_that_is_arrested_is_the_person(extractor: Any) -> None:
    _, claims, aliases = read(extractor, "Carmine Ferrante ran the Ferrante clan for years. Ferrante was "
                                         "arrested in Rome in June 2019.")
    assert "Ferrante" in aliases["Carmine Ferrante"]
    assert ("Carmine Ferrante", "arrested", None) in claims


def test_names_cut_at_a_hyphen_are_made_whole(extractor: Any) -> None:
    kinds, _, _ = read(extractor, "Police said Marc Jean-Baptiste was seen in Port-de-Paix and in "
                                  "Croix-des-Missions last week.")
    assert kinds.get("Marc Jean-Baptiste") == "person"
    assert kinds.get("Port-de-Paix") == "place"
    assert kinds.get("Croix-des-Missions") == "place"
    assert "Croix" not in kinds


def test_a_coalition_of_gangs_and_a_numbered_name_are_groups(extractor: Any) -> None:
    kinds, _, _ = read(extractor, "Kraze-Baryè, a coalition of gangs led by Marc Jean-Baptiste, fought 300 Tizanm "
                                  "in Cabaret last year.")
    assert kinds.get("Kraze-Baryè") == "criminal_group"
    assert kinds.get("300 Tizanm") == "criminal_group"


def test_a_family_listed_by_given_names_is_its_members(extractor: Any) -> None:
    kinds, claims, _ = read(extractor, "The Adonis twins, Rasheem and Tariq, founded the Sea Dogs gang.")
    assert kinds.get("Rasheem Adonis") == kinds.get("Tariq Adonis") == "person"
    assert ("Rasheem Adonis", "founder_of", "Sea Dogs") in claims
    kinds, _, _ = read(extractor, "The Adonis twins founded the Sea Dogs gang.")
    assert not any(kind == "person" for kind in kinds.values())


def test_a_spanish_group_name_the_model_cut_at_its_particle_is_kept_whole(extractor: Any) -> None:
    kinds, _, _ = read(extractor, "La Banda del Puerto controls the docks of Paita.")
    assert kinds.get("La Banda del Puerto") == "criminal_group"


def test_mafia_families_named_by_one_plural_noun_but_not_ordinary_families(extractor: Any) -> None:
    kinds, _, _ = read(extractor, "The Bonfiglio and Lucchese families agreed to split the construction rackets.")
    assert kinds.get("Bonfiglio") == kinds.get("Lucchese") == "criminal_group"
    kinds, _, _ = read(extractor, "The Smith and Jones families were told of the verdict.")
    assert "criminal_group" not in kinds.values()


def test_prison_gangs_named_by_numbers(extractor: Any) -> None:
    kinds, _, _ = read(extractor, "The 28s and 26s gangs control the prison in Pollsmoor.")
    assert kinds.get("28s") == kinds.get("26s") == "criminal_group"


def test_brothers_by_their_family_name_are_the_brothers_the_text_names(extractor: Any) -> None:
    _, claims, _ = read(extractor, "Mateo Quiroga Salas and Elías Quiroga Salas grew up in Culiacán. In 2011 the "
                                   "Quiroga Salas brothers founded Los Quirogas.")
    assert ("Mateo Quiroga Salas", "founder_of", "Los Quirogas") in claims
    assert ("Elías Quiroga Salas", "founder_of", "Los Quirogas") in claims
    _, claims, _ = read(extractor, "In 2011 the Quiroga Salas brothers founded Los Quirogas.")
    assert not any(p == "founder_of" for _, p, _ in claims)


def test_an_untagged_name_that_is_sentenced_or_arrested_is_a_person(extractor: Any) -> None:
    kinds, claims, _ = read(extractor, "Bello was sentenced to 12 years in 2019. He had led the group since 2010.")
    assert kinds.get("Bello") == "person"
    assert ("Bello", "charged", None) in claims


def test_the_acronym_of_a_spanish_group_name_before_group_is_that_group(extractor: Any) -> None:
    _, claims, _ = read(extractor, "Ramón Ortega said he led a trafficking group known as Los RR. He said the RR "
                                   "group and Los Cachiros fought over a route near the border.")
    assert pair(claims, "rival_of", "Los RR", "Los Cachiros")


def test_a_name_after_the_that_someone_leads_is_a_group(extractor: Any) -> None:
    kinds, claims, _ = read(extractor, 'Salvatore "Totò" Riina led the Corleonesi. The Corleonesi killed dozens.')
    assert kinds.get("Corleonesi") == "criminal_group"
    assert ("Salvatore Riina", "leader_of", "Corleonesi") in claims
