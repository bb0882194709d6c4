"""Groups and people of organised crime beyond Latin America, read by their shape: yakuza suffixes,
coordinated clans, sides, national branches, people's networks, acronyms, mafia families, and people
with Japanese, Italian, Balkan, Irish or Dutch-Moroccan names. Sentences written for this test; the
people and most groups are invented.
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


def test_yakuza_names_by_their_suffix_are_groups(extractor: Any) -> None:
    text = ("Hiroshi Tanabe founded the Osaka Matsuda-gumi in 1990. His deputy, Kenji Mori, later formed the "
            "Shiroyama-kai. Tanabe was arrested in Osaka in 2015.")
    kinds, claims, _ = read(extractor, text)
    assert kinds.get("Osaka Matsuda-gumi") == "criminal_group"
    assert kinds.get("Shiroyama-kai") == "criminal_group"
    assert kinds.get("Hiroshi Tanabe") == "person"
    assert ("Hiroshi Tanabe", "founder_of", "Osaka Matsuda-gumi") in claims


def test_the_kb_knows_the_big_syndicates_and_their_bosses_real_names(extractor: Any) -> None:
    text = "Kenichi Shinoda has led the Yamaguchi-gumi since 2005, while the Kobe Yamaguchi-gumi broke away."
    kinds, claims, _ = read(extractor, text)
    assert kinds.get("Yamaguchi-gumi") == kinds.get("Kobe Yamaguchi-gumi") == "criminal_group"
    assert ("Shinobu Tsukasa", "leader_of", "Yamaguchi-gumi") in claims


def test_one_plural_head_after_coordinated_names_makes_each_a_group(extractor: Any) -> None:
    text = ("Police blame the feud between the Dravac and Lukovo clans for a dozen murders. Marko Vidić, a "
            "member of the Lukovo clan, was shot dead in 2019.")
    kinds, claims, aliases = read(extractor, text)
    assert kinds.get("Dravac") == kinds.get("Lukovo") == "criminal_group"
    assert "Lukovo clan" in aliases["Lukovo"]
    assert ("Marko Vidić", "member_of", "Lukovo") in claims  # the clan named later is the same group


def test_coordinated_nationalities_name_no_group(extractor: Any) -> None:
    kinds, _, _ = read(extractor, "Both the Serbian and Albanian gangs moved cocaine through the port.")
    assert not any(kind == "criminal_group" for kind in kinds.values())


def test_the_side_of_a_group_is_that_group(extractor: Any) -> None:
    text = ("The Dravac clan and the Lukovo clan have fought since 2014. Marko Vidić, a man close to the "
            "Lukovo side, was shot dead in Belgrade.")
    result = extractor(Document.make(text, "test.txt"))
    names = {e.id: e for e in result.entities}
    side = next(m for m in result.mentions if m.text == "Lukovo" and m.start > text.index("close"))
    assert names[side.entity_id].kind == "criminal_group" and names[side.entity_id].name == "Lukovo"


def test_a_national_branch_of_a_group_is_a_group_of_its_own(extractor: Any) -> None:
    text = "Petar Ilić is the head of the Dravac clan's Serbian branch."
    kinds, claims, aliases = read(extractor, text)
    assert kinds.get("Dravac clan's Serbian branch") == "criminal_group"
    assert ("Petar Ilić", "leader_of", "Dravac clan's Serbian branch") in claims
    assert "Serbian branch" in aliases["Dravac clan's Serbian branch"]


def test_the_network_of_a_person_is_a_group_named_after_them(extractor: Any) -> None:
    text = ("The Marsh gang is believed to have worked with the network of the Belgian trafficker "
            "Youssef Amrani, investigators said.")
    kinds, _, aliases = read(extractor, text)
    assert kinds.get("network of Youssef Amrani") == "criminal_group"
    assert "Amrani network" in aliases["network of Youssef Amrani"]
    assert kinds.get("Youssef Amrani") == "person"


def test_an_acronym_of_a_group_named_in_the_text_is_that_group(extractor: Any) -> None:
    text = ("The Treasury sanctioned the Doyle Organised Crime Group in May. Officials say the DOCG "
            "laundered money through Spain.")
    kinds, _, _ = read(extractor, text)
    assert kinds.get("Doyle Organised Crime Group") == "criminal_group"
    assert "DOCG" not in kinds


def test_mafia_families_and_a_clan_named_in_the_plural(extractor: Any) -> None:
    text = ("Prosecutors say the smaller clans, among them the Ferrante family of Rosarno, answered to the "
            "Caruso clan. For years residents were told the Carusos were businessmen. Giuseppe Lombardi led "
            "the Lombardi crime family.")
    kinds, claims, _ = read(extractor, text)
    assert kinds.get("Ferrante family") == "criminal_group"
    assert "Carusos" not in kinds
    assert ("Giuseppe Lombardi", "leader_of", "Lombardi crime family") in claims


def test_a_family_of_a_place_outside_crime_is_no_group(extractor: Any) -> None:
    kinds, _, _ = read(extractor, "The Kelly family of Cork opened a bakery.")
    assert "Kelly family" not in kinds


@pytest.mark.parametrize("name", ["Slobodan Radulović", "Yoshiaki Mori", "Pasquale Ferrante",
                                  "Declan Byrne", "Ridouan Amrani", "Ardit Hoxha"])
def test_names_from_many_languages_are_people_and_their_surnames_too(extractor: Any, name: str) -> None:
    surname = name.split()[-1]
    text = f"Police say {name} is the head of the Dravac clan. {surname} was arrested in 2021."
    kinds, claims, _ = read(extractor, text)
    assert kinds.get(name) == "person"
    assert (name, "leader_of", "Dravac") in claims
    assert (name, "arrested", None) in claims


def test_a_demonym_before_a_generic_agency_name_keeps_that_country(extractor: Any) -> None:
    text = "Luca Ferrante was arrested in Recife by Brazilian federal police in 2021."
    result = extractor(Document.make(text, "test.txt"))
    agencies = {e.id for e in result.entities if e.kind == "agency"}
    assert agencies == {"kb-policia-federal-brazil"}  # not Mexico's Policía Federal


def test_a_groups_short_name_before_a_word_for_its_people_is_the_group(extractor: Any) -> None:
    text = ("The Dravac clan has ruled the port since 2010. Petar Ilić, a Dravac associate, was shot dead "
            "in Kotor in 2019. Goran Babić, a senior Dravac figure, survived.")
    _, claims, _ = read(extractor, text)
    assert ("Petar Ilić", "member_of", "Dravac") in claims
    assert ("Goran Babić", "member_of", "Dravac") in claims


def test_sr_after_a_person_the_kb_knows_stays_in_the_name(extractor: Any) -> None:
    text = "In April 2022 the US Treasury imposed sanctions on Christy Kinahan Sr, Daniel Kinahan and others."
    _, claims, _ = read(extractor, text)
    assert ("Christopher Kinahan Sr", "designated", "United States") in claims
    assert ("Daniel Kinahan", "designated", "United States") in claims


def test_jr_after_a_first_name_is_no_surname_for_the_name_before(extractor: Any) -> None:
    kinds, _, _ = read(extractor, "Police say his sons, Declan and Brendan Jr, now run the gang.")
    assert "Declan Jr" not in kinds


def test_a_name_set_off_by_a_gunmans_apposition_is_a_persons(extractor: Any) -> None:
    text = ("The Dravac clan has fought the Lukovo clan since 2014. Freddie Marsh, a Dravac gunman, was "
            "convicted in 2018 of the murder of Tom Kealy.")
    kinds, claims, _ = read(extractor, text)
    assert kinds.get("Freddie Marsh") == "person"
    assert ("Freddie Marsh", "member_of", "Dravac") in claims
