"""Qualifiers of claims the rules already find: dates of months named without a year, places fought
over, hedges ('regard as', 'rumours that', 'allegedly on the orders of') and nested sources."""

from __future__ import annotations

from typing import Any

from tests.extract.readout import said


def claims(extractor: Any, text: str, published: str | None = None) -> list[tuple[str, str, str | None, Any]]:
    return [(s.subject, s.predicate, s.object or None, s.claim) for s in said(extractor, text, published)]


def one(extractor: Any, text: str, predicate: str, published: str | None = None) -> Any:
    found = [c for _, p, _, c in claims(extractor, text, published) if p == predicate]
    assert found, f"no {predicate} claim in {text!r}"
    return found[0]


def dates(claim: Any) -> list[str | None]:
    return [d.value for d in claim.qualifiers.dates]


# --------------------------------------------------------------------------- months without a year


def test_a_month_after_publication_of_a_past_event_is_last_years(extractor: Any) -> None:
    text = "Mario Félix Osuna, a former police chief, was convicted in October of working for Los Mayos."
    assert dates(one(extractor, text, "charged", published="2025-03-02")) == ["2024-10"]
    assert dates(one(extractor, text, "charged", published="2025-11-20")) == ["2025-10"]
    assert dates(one(extractor, text, "charged")) == [None]  # no publication date: not guessed


def test_a_future_event_keeps_the_published_year(extractor: Any) -> None:
    text = "Mario Félix Osuna, a former police chief, will be sentenced in October."
    assert dates(one(extractor, text, "charged", published="2025-03-02")) == ["2025-10"]


def test_the_time_of_an_event_noun_hung_on_the_verb_above(extractor: Any) -> None:
    text = "Neighbours still speak of the killing of Rosa Elena Quintero, a teacher, in November."
    assert dates(one(extractor, text, "killed", published="2025-01-09")) == ["2024-11"]


def test_a_war_told_with_a_copula_takes_the_fronted_year(extractor: Any) -> None:
    text = "For much of 2021, Los Chapitos were at war with Los Mayos in the mountains."
    assert dates(one(extractor, text, "rival_of")) == ["2021"]


# --------------------------------------------------------------------------- places


def test_the_place_fought_over_is_the_rivalrys_place(extractor: Any) -> None:
    text = "In those years the Sinaloa Cartel fought the Gulf Cartel for control of Nuevo Laredo."
    assert "Nuevo Laredo" in one(extractor, text, "rival_of").qualifiers.places


# --------------------------------------------------------------------------- certainty


def test_regarding_someone_as_a_leader_hedges_it(extractor: Any) -> None:
    text = "Police detained Rubén Cota Félix, whom prosecutors regard as the founder of Los Ninis."
    assert one(extractor, text, "founder_of").certainty.value == "probable"
    text = "Rubén Cota Félix is the founder of Los Ninis."
    assert one(extractor, text, "founder_of").certainty.value == "certain"


def test_rumours_that_someone_was_killed_are_probable_and_unnamed(extractor: Any) -> None:
    claim = one(extractor, "Last year there were rumours that Rubén Cota Félix had been murdered in Peru.", "killed")
    assert claim.certainty.value == "probable"
    assert claim.attributed_to == ("article", "unnamed reports")


def test_a_killing_allegedly_ordered_by_a_group(extractor: Any) -> None:
    text = "Rubén Cota Félix was shot dead in Culiacán, allegedly on the orders of Los Ninis."
    found = [(o, c.certainty.value) for _, p, o, c in claims(extractor, text) if p == "killed"]
    assert found == [("Los Ninis", "probable")]
    text = "Rubén Cota Félix was shot dead in Culiacán on the orders of Los Ninis."
    assert [(o, c.certainty.value) for _, p, o, c in claims(extractor, text) if p == "killed"] == \
        [("Los Ninis", "certain")]


# --------------------------------------------------------------------------- sources


def test_a_source_cited_by_a_reporting_outlet_is_nested(extractor: Any) -> None:
    text = "The daily Reforma reported in 2021, citing army documents, that Los Ninis were a cell of Los Chapitos."
    chain = one(extractor, text, "faction_of").attributed_to
    assert chain[0] == "article" and "Reforma" in chain[1] and chain[2] == "army documents"


def test_it_in_the_next_sentence_is_the_report_that_spoke(extractor: Any) -> None:
    text = ("An intelligence report obtained by reporters says Los Mayos are losing ground. "
            "It also describes Ismael Zambada Sicairos as the leader of Los Mayos.")
    chain = one(extractor, text, "leader_of").attributed_to
    assert len(chain) == 2 and "report" in chain[1]


def test_each_date_of_a_clause_takes_the_tense_of_its_own_verb(extractor: Any) -> None:
    text = "Mario Félix Osuna pleaded guilty in February and will be sentenced in April."
    assert dates(one(extractor, text, "charged", published="2026-03-12")) == ["2026-02", "2026-04"]
    text = "Mario Félix Osuna was arrested in April."
    assert dates(one(extractor, text, "arrested", published="2026-03-12")) == ["2025-04"]


def test_a_reputation_is_a_hedge_a_description_is_not(extractor: Any) -> None:
    text = "Rubén Cota Félix was described in court as the leader of Los Ninis."
    assert one(extractor, text, "leader_of").certainty.value == "certain"
    text = "Rubén Cota Félix is widely described as the leader of Los Ninis."
    assert one(extractor, text, "leader_of").certainty.value == "probable"


def test_handling_a_groups_money_is_serving_it(extractor: Any) -> None:
    text = "Kerem Aydin and his brother are believed to handle much of the money of the Foxtrot network."
    found = [(s, o, c.certainty.value) for s, p, o, c in claims(extractor, text) if p == "member_of"]
    assert ("Kerem Aydin", "Foxtrot network", "probable") in found
    text = "Kerem Aydin handled the money of the Foxtrot network."
    found = [(s, o) for s, p, o, _ in claims(extractor, text) if p == "member_of"]
    assert found == [("Kerem Aydin", "Foxtrot network")]
    assert not [p for _, p, _, _ in claims(extractor, "Kerem Aydin handled the money of his aunt.") if p == "member_of"]


def test_a_sourced_reading_beside_the_articles_own_is_kept(extractor: Any) -> None:
    text = ("Another Foxtrot figure, Daniel Nordin, was convicted of a murder that prosecutors said he carried "
            "out as a member of the Foxtrot network.")
    chains = sorted(c.attributed_to for _, p, _, c in claims(extractor, text) if p == "member_of")
    assert chains == [("article",), ("article", "prosecutors")]


def test_a_role_at_the_time_of_an_earlier_event_takes_its_date(extractor: Any) -> None:
    text = ("Forty-three students disappeared in Iguala in September 2014. Guerreros Unidos' leader at the time of "
            "the disappearances, Rubén Cota Félix, was arrested in 2015.")
    found = {p: dates(c) for _, p, _, c in claims(extractor, text)}
    assert found["leader_of"] == ["2014-09"]
    assert found["arrested"] == ["2015"]


def test_a_name_given_as_a_settlement_is_a_place(extractor: Any) -> None:
    for text in ("Police arrested Rubén Cota Félix in the neighbourhood of La Playita.",
                 "Police arrested Rubén Cota Félix in the Los Guayabos district."):
        assert one(extractor, text, "arrested").qualifiers.places, text
    text = "Police arrested Rubén Cota Félix, a member of Los Guayabos."
    assert [o for _, p, o, _ in claims(extractor, text) if p == "member_of"] == ["Los Guayabos"]


def test_the_place_and_time_of_the_occasion_an_event_happened_in(extractor: Any) -> None:
    text = "The operation in which Rubén Cota Félix was arrested took place in Culiacán."
    assert one(extractor, text, "arrested").qualifiers.places == ("Culiacán",)
    text = "Marines carried out a raid in Culiacán on Monday. Rubén Cota Félix was arrested during the raid."
    claim = one(extractor, text, "arrested", published="2025-02-14")
    assert claim.qualifiers.places == ("Culiacán",) and dates(claim) == ["2025-02-10"]


def test_a_continuing_report_that_names_someone_as_a_leader_keeps_its_source(extractor: Any) -> None:
    text = ("An army report obtained by reporters says Los Ninis control Tres Ríos. "
            "It also names Rubén Cota Félix as the leader of Los Ninis.")
    chain = one(extractor, text, "leader_of").attributed_to
    assert len(chain) == 2 and "report" in chain[1]
    text = "Prosecutors identified Rubén Cota Félix as the leader of Los Ninis."
    assert one(extractor, text, "leader_of").attributed_to == ("article", "Prosecutors")


def test_a_month_after_a_sentence_that_names_the_year_is_of_that_year(extractor: Any) -> None:
    text = ("The network fell apart in 2012. In May, Rubén Cota Félix turned himself in to US agents on the "
            "island of Aruba.")
    claim = one(extractor, text, "arrested", published="2024-03-02")
    assert dates(claim) == ["2012-05"] and "Aruba" in claim.qualifiers.places
    assert dates(one(extractor, text, "arrested")) == ["2012-05"]  # the text says the year: no publication date needed
    text = "Rubén Cota Félix, who has led Los Ninis since 2019, was arrested in May."
    assert dates(one(extractor, text, "arrested", published="2025-02-14")) == ["2024-05"]  # background year


def test_a_person_named_in_apposition_to_the_object_is_the_one_arrested(extractor: Any) -> None:
    text = "In March 2024 Guatemalan police arrested his cousin, Edgar Ramírez Osuna, near the town of Tecún Umán."
    claim = one(extractor, text, "arrested")
    assert dates(claim) == ["2024-03"] and claim.qualifiers.places == ("Tecún Umán",)
    assert [s for s, p, _, _ in claims(extractor, text) if p == "arrested"] == ["Edgar Ramírez Osuna"]
