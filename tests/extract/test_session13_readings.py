"""Readings of responsibility and of class membership: 'P holds X responsible for the murder of Y' (X
killed Y, says P; not an arrest), 'X was not responsible for ...', and 'X, one of the brothers who run G'
(what the clause says of the brothers it says of X). Each checked both ways. Sentences written for these
tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import names, said, triples

pytestmark = pytest.mark.model


def test_held_responsible_for_a_killing_names_the_killers_for_the_holder(extractor: Any) -> None:
    text = ("The FBI has long held Tomás Urquidi responsible, together with Ramiro Lezama and Ciro Baeza, "
            "for the March 1991 kidnapping and murder of the journalist Elena Varela.")
    killings = [s for s in said(extractor, text) if s.predicate == "killed" and s.object]
    assert sorted(s.object for s in killings) == ["Ciro Baeza", "Ramiro Lezama", "Tomás Urquidi"]
    assert all(s.subject == "Elena Varela" and s.sources[-1] == "Federal Bureau of Investigation"
               and s.dates == ("1991-03",) for s in killings)
    assert not any(s.predicate == "arrested" for s in said(extractor, text))  # 'held ... responsible' holds no one
    text = "Soldiers held Tomás Urquidi for two days in Culiacán."
    assert [s.predicate for s in said(extractor, text)] == ["arrested"]


def test_responsible_and_not_responsible_for_a_murder(extractor: Any) -> None:
    text = "Prosecutors say Los Cuervos were responsible for the killing of Elena Varela in 2010."
    assert ("Elena Varela", "killed", "Los Cuervos") in triples(extractor, text)
    text = "Ramiro Lezama was not responsible for the murder of Elena Varela, the court found."
    killing = next(s for s in said(extractor, text) if s.predicate == "killed" and s.object == "Ramiro Lezama")
    assert killing.polarity == "negative"
    text = "Ramiro Lezama was responsible for the security of Elena Varela."
    assert not any(s.predicate == "killed" for s in said(extractor, text))


def test_one_of_the_people_a_relative_clause_describes(extractor: Any) -> None:
    text = "Rubén Lezama, one of the brothers who run Los Cuervos, was seen in Zapopan."
    assert ("Rubén Lezama", "leader_of", "Los Cuervos") in triples(extractor, text)
    text = "Ciro Baeza is described as one of the men who founded Los Cuervos with Rubén Lezama in 1979."
    found = triples(extractor, text)
    assert {("Ciro Baeza", "founder_of", "Los Cuervos"), ("Rubén Lezama", "founder_of", "Los Cuervos")} <= found
    text = "Rubén Lezama, one of the officers who arrested the brothers who run Los Cuervos, spoke in Zapopan."
    assert ("Rubén Lezama", "leader_of", "Los Cuervos") not in triples(extractor, text)
    text = "Rubén Lezama met one of the brothers who run Los Cuervos in Zapopan."
    assert ("Rubén Lezama", "leader_of", "Los Cuervos") not in triples(extractor, text)


def test_names_cut_to_an_initial_and_two_word_quoted_nicknames(extractor: Any) -> None:
    text = ("3.2 Leadership\n\nKerim T. is described in police reports as the clan's head. The court convicted "
            "Yusuf T. and Bilal T. in 2021.")
    found = names(extractor, text, "person")
    assert {"Kerim T.", "Yusuf T.", "Bilal T."} <= found
    text = "George W. Bush spoke in Washington. Plan B. failed, officials said."
    found = names(extractor, text, "person")
    assert "George W." not in found and "Plan B." not in found
    text = 'His younger son, Dwight "Big D" Palmer, was shot dead in 1994.'
    assert 'Dwight "Big D" Palmer' in names(extractor, text, "person")


def test_english_given_names_open_a_persons_name(extractor: Any) -> None:
    text = "The Rankin Posse grew out of Tivoli. It was founded by Neville Crane."
    assert "Neville Crane" in names(extractor, text, "person")  # the model reads a place
    assert ("Neville Crane", "founder_of", "Rankin Posse") in triples(extractor, text)


def test_block_by_block_leaves_the_object_to_the_verb(extractor: Any) -> None:
    text = "Los Tordos fought Los Gavilanes street by street in Colima."
    assert ("Los Tordos", "rival_of", "Los Gavilanes") in triples(extractor, text)
    text = ("Los Tordos were the armed wing of Los Gavilanes until 2010. Los Tordos broke away and have since "
            "fought their former employers block by block in Colima.")
    assert ("Los Tordos", "rival_of", "Los Gavilanes") in triples(extractor, text)
    text = "Los Tordos searched Colima street by street for Los Gavilanes."
    assert ("Los Tordos", "rival_of", "Los Gavilanes") not in triples(extractor, text)


def test_a_second_against_and_a_clause_after_a_set_off_source(extractor: Any) -> None:
    text = "Witnesses said Los Tordos fought bloody campaigns against Los Gavilanes and against Los Halcones."
    found = triples(extractor, text)
    assert {("Los Tordos", "rival_of", "Los Gavilanes"), ("Los Tordos", "rival_of", "Los Halcones")} <= found
    text = ("Los Tordos broke away from Los Gavilanes and Los Halcones around 2006, the indictment says, and has "
            "since fought both groups for control of Colima.")
    rivals = [s for s in said(extractor, text) if s.predicate == "rival_of"]
    assert sorted(s.object for s in rivals) == ["Los Gavilanes", "Los Halcones"]
    assert all(s.sources == ("article", "indictment") for s in rivals)
    text = "Los Tordos broke away from Los Gavilanes in 2006, the indictment says, and prosecutors fought Los Halcones."
    assert ("Los Tordos", "rival_of", "Los Halcones") not in triples(extractor, text)


def test_an_agent_set_off_after_a_passive_complement(extractor: Any) -> None:
    text = "Los Tordos are widely believed to be led, from a federal prison, by Ramiro Lezama."
    leads = [s for s in said(extractor, text) if s.predicate == "leader_of"]
    assert [(s.subject, s.object, s.certainty) for s in leads] == [("Ramiro Lezama", "Los Tordos", "probable")]
    text = "Los Tordos are believed, by most of those who study them, to be small."
    assert not any(s.predicate == "leader_of" for s in said(extractor, text))


def test_a_role_named_after_a_conjunction_and_its_clause(extractor: Any) -> None:
    text = ("Colima has been the scene of a long war between Los Halcones and Los Tordos, which was badly weakened "
            "after its founder, Ramiro Lezama Soto, \"El Gallo\", was captured in May 2019.")
    found = said(extractor, text)
    assert ("Ramiro Lezama Soto", "founder_of", "Los Tordos") in {(s.subject, s.predicate, s.object) for s in found}
    arrest = next(s for s in found if s.predicate == "arrested")
    assert arrest.subject == "Ramiro Lezama Soto" and arrest.dates == ("2019-05",)


def test_formed_by_is_a_founding_and_formed_part_of_a_membership(extractor: Any) -> None:
    text = "Los Tordos, usually called the Tordos, was formed in June 2020 by Ramiro Lezama, a former police officer."
    assert ("Ramiro Lezama", "founder_of", "Los Tordos") in triples(extractor, text)
    text = "Ramiro Lezama formed part of Los Tordos until 2015."
    found = triples(extractor, text)
    assert ("Ramiro Lezama", "member_of", "Los Tordos") in found
    assert ("Ramiro Lezama", "founder_of", "Los Tordos") not in found


def test_a_logistician_of_a_group_is_a_member(extractor: Any) -> None:
    text = "Ciro Baeza is described in court papers as one of the chief logisticians of Los Tordos."
    assert ("Ciro Baeza", "member_of", "Los Tordos") in triples(extractor, text)


def test_the_agency_or_the_newspaper_names_again_the_source_named_last(extractor: Any) -> None:
    text = ("Los Tordos have expanded into Spain, Europol said in a report published on Wednesday. The agency "
            "also described Los Tordos as the dominant group in the port city of Kotor.")
    kotor = next(s for s in said(extractor, text) if s.predicate == "operates_in" and s.object == "Kotor")
    assert kotor.sources == ("article", "Europol")  # not Europol's own 'agency' nested under it
    text = ("Europol and Interpol said Los Tordos fought Los Halcones. The agency also described Los Tordos as "
            "the dominant group in the port city of Kotor.")
    kotor = next(s for s in said(extractor, text) if s.predicate == "operates_in" and s.object == "Kotor")
    assert kotor.sources[-1] == "agency"  # two agencies named: which one is not read
    text = ("Europol said Los Tordos fought Los Halcones. Three days later the newspaper said Ramiro Lezama "
            "led Los Tordos.")
    lead = next(s for s in said(extractor, text) if s.predicate == "leader_of")
    assert "Europol" not in lead.sources  # a newspaper is no agency


def test_acting_on_behalf_of_a_group_takes_the_verbs_hedge(extractor: Any) -> None:
    text = ("The dead belonged to a crew known as Los del Puerto, which investigators believe sells crystal on "
            "behalf of Los Tordos in Colima.")
    part = next(s for s in said(extractor, text) if s.predicate == "faction_of" and s.object == "Los Tordos")
    assert part.certainty == "probable"
    text = "Los Pumas sell crystal on behalf of Los Tordos in Colima."
    part = next(s for s in said(extractor, text) if s.predicate == "faction_of" and s.object == "Los Tordos")
    assert part.certainty == "certain"


def test_los_del_and_los_de_la_name_groups(extractor: Any) -> None:
    text = "Police said Los de la Sierra had fought Los Tordos since 2019."
    assert ("Los de la Sierra", "rival_of", "Los Tordos") in triples(extractor, text)
    assert "Los del Puerto" in names(extractor, "Los del Puerto sells crystal in Colima.", "criminal_group")


def test_a_condition_makes_its_clause_and_the_one_it_conditions_possible(extractor: Any) -> None:
    text = "If Los Tordos and Los Halcones come into conflict, the result could be open violence."
    rival = next(s for s in said(extractor, text) if s.predicate == "rival_of")
    assert rival.certainty == "possible"
    text = "Los Tordos will fight Los Halcones if the talks fail."
    rival = next(s for s in said(extractor, text) if s.predicate == "rival_of")
    assert rival.certainty == "possible"
    text = "Los Tordos fought Los Halcones after the talks failed."
    rival = next(s for s in said(extractor, text) if s.predicate == "rival_of")
    assert rival.certainty == "certain"
    text = "Ramiro Lezama, who leads Los Tordos, will go to war if the talks fail."
    lead = next(s for s in said(extractor, text) if s.predicate == "leader_of")
    assert lead.certainty == "certain"  # the relative clause tells its own fact


def test_a_name_set_off_after_a_noun_is_not_the_subject_pronouns(extractor: Any) -> None:
    text = ("Ramiro Lezama ran Los Tordos for a decade. He was caught on 22 June 2010 at a checkpoint outside "
            "Colima, in the car of a pastor, the Rev. Ciro Baeza, who said he was driving him to a lawyer.")
    arrests = [s.subject for s in said(extractor, text) if s.predicate == "arrested"]
    assert arrests == ["Ramiro Lezama"]


def test_never_belonged_to_any_organisation_denies_the_ties_told(extractor: Any) -> None:
    text = ("Ciro Baeza was arrested in May. Police say he is a member of Los Tordos. His defence told a hearing "
            "that he \"has never belonged to any organisation.\"")
    denied = [s for s in said(extractor, text) if s.predicate == "member_of" and s.polarity == "negative"]
    assert [(s.subject, s.object, s.sources[-1]) for s in denied] == [("Ciro Baeza", "Los Tordos", "His defence")]
    text = 'Police say Ciro Baeza leads Los Tordos. "He was never a member of any cartel," his lawyer said.'
    assert any(s.predicate == "leader_of" and s.polarity == "negative" for s in said(extractor, text))
    text = "Police say Ciro Baeza leads Los Tordos. He has belonged to many groups over the years."
    assert not any(s.polarity == "negative" for s in said(extractor, text))


def test_the_family_is_the_clan_the_text_is_about(extractor: Any) -> None:
    text = ("Police describe the Yilmaz clan as one of the largest crime families in Essen. In 2021 the court "
            "convicted Kerem Y. and Bilal Y., both members of the extended family, of robbery.")
    found = triples(extractor, text)
    assert {("Kerem Y.", "member_of", "Yilmaz"), ("Bilal Y.", "member_of", "Yilmaz")} <= found  # the clan
    text = ("Police describe Los Tordos as the largest gang in Colima. In 2021 the court convicted Kerem Yilmaz "
            "and Bilal Yilmaz, both members of the extended family, of robbery.")
    assert not any(p == "member_of" for _, p, _ in triples(extractor, text))  # no clan named: kin


def test_a_described_speaker_tells_of_himself(extractor: Any) -> None:
    text = ("Ramiro Lezama led Los Tordos. The witness, a former gunman, told jurors that he had worked for his "
            "brother, Ciro Baeza.")
    assert not any(s.predicate == "sibling_of" for s in said(extractor, text))  # the witness's brother
    text = "Ramiro Lezama led Los Tordos. He told jurors that he had worked for his brother, Ciro Baeza."
    assert ("Ciro Baeza", "sibling_of", "Ramiro Lezama") in triples(extractor, text)
    text = ("Police say Ramiro Lezama belonged to Los Tordos. His lawyer says he was a farm worker and denies "
            "that he belonged to any criminal organisation.")
    assert any(s.predicate == "member_of" and s.polarity == "negative" for s in said(extractor, text))


def test_a_man_set_off_after_a_role_in_a_place_is_the_role(extractor: Any) -> None:
    text = "Los Tordos' alleged leader in El Bagre, a man known as alias \"Chichí\", was killed in March."
    found = said(extractor, text)
    assert [(s.subject, s.object, s.certainty) for s in found if s.predicate == "leader_of"] == [
        ("Chichí", "Los Tordos", "probable")]
    text = "Ramiro Lezama met reporters in El Bagre, a man known for his temper, on Monday."
    assert not any(s.predicate == "leader_of" for s in said(extractor, text))


def test_a_shared_group_name_is_the_one_of_the_region_the_text_names(extractor: Any) -> None:
    text = "In Chilapa, Guerrero, Los Ardillos and Los Rojos have fought for years."
    assert "Los Rojos (Guerrero)" in names(extractor, text, "criminal_group")
    text = "In Reynosa, Tamaulipas, Los Metros and Los Rojos have fought for years."
    assert "Los Rojos (Tamaulipas)" in names(extractor, text, "criminal_group")


def test_a_preposition_repeated_for_each_conjunct(extractor: Any) -> None:
    text = ("Ramiro Lezama led Los Tordos until 2003. After his arrest, command passed to Ciro Baeza and to "
            "Tomás Urquidi.")
    leaders = {s.subject for s in said(extractor, text) if s.predicate == "leader_of" and s.object == "Los Tordos"}
    assert leaders == {"Ramiro Lezama", "Ciro Baeza", "Tomás Urquidi"}


def test_his_son_took_over_the_group_his_father_founded(extractor: Any) -> None:
    text = ("The Rankin Posse was founded in the 1970s by Lester Harte. Harte was arrested in 1991 and died in "
            "prison in 1992. His son Christopher Harte took over.")
    assert ("Christopher Harte", "leader_of", "Rankin Posse") in triples(extractor, text)
    text = "Lester Harte ran a bakery in Kingston. His son Christopher Harte took over."
    assert not any(p == "leader_of" for _, p, _ in triples(extractor, text))


def test_not_the_head_of_any_gang_denies_the_leadership_told(extractor: Any) -> None:
    text = ("Police say Ramiro Lezama leads Los Tordos. His lawyers say Lezama was a businessman and a community "
            "leader who paid for school fees, not the head of any gang.")
    denied = [s for s in said(extractor, text) if s.predicate == "leader_of" and s.polarity == "negative"]
    assert [(s.subject, s.object, s.sources[-1]) for s in denied] == [("Ramiro Lezama", "Los Tordos", "His lawyers")]
    text = "Police say Ramiro Lezama leads Los Tordos. His lawyer said he was the head of a bakery."
    assert not any(s.polarity == "negative" for s in said(extractor, text))


def test_a_two_sided_conflict_is_no_alliance(extractor: Any) -> None:
    text = "The two-sided conflict between Los Tordos and Los Halcones is likely to continue."
    found = triples(extractor, text)
    assert ("Los Tordos", "rival_of", "Los Halcones") in found
    assert ("Los Tordos", "ally_of", "Los Halcones") not in found
