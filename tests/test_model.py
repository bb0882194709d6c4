"""Records round-trip through dicts, and ids are deterministic."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from testigo.errors import SchemaError
from testigo.model import (
    Certainty,
    Claim,
    DateValue,
    Document,
    Entity,
    Evidence,
    Judgement,
    Polarity,
    Qualifiers,
    Rejection,
    Verdict,
    name_key,
)
from testigo.schema import load_schema

PREDICATES = sorted(load_schema().predicates)
texts = st.text(min_size=1, max_size=60)
dates = st.builds(DateValue, text=texts, value=st.none() | st.just("2024-07"),
                  precision=st.sampled_from([None, "day", "month", "year"]))
claims = st.builds(
    Claim.make,
    document_id=st.text(min_size=1, max_size=10),
    subject_id=st.text(min_size=1, max_size=10),
    predicate=st.sampled_from(PREDICATES),
    evidence=st.builds(Evidence, quote=texts, start=st.integers(0, 10_000), end=st.integers(0, 10_000)),
    rule=st.text(min_size=1, max_size=20),
    object_id=st.none() | st.text(min_size=1, max_size=10),
    qualifiers=st.builds(Qualifiers, dates=st.tuples(dates), places=st.tuples(texts), title=st.none() | texts),
    polarity=st.sampled_from(list(Polarity)),
    certainty=st.sampled_from(list(Certainty)),
    attributed_to=st.tuples(st.just("article"), texts),
)


@given(claims)
def test_claim_dict_round_trip(claim: Claim) -> None:
    assert Claim.from_dict(claim.to_dict()) == claim


@given(claims)
def test_claim_id_is_deterministic(claim: Claim) -> None:
    again = Claim.make(claim.document_id, claim.subject_id, claim.predicate, evidence=claim.evidence,
                       rule="another.rule.v2", object_id=claim.object_id, certainty=Certainty.POSSIBLE)
    assert again.id == claim.id


@given(st.text(max_size=40), st.text(max_size=40))
def test_claim_id_changes_with_the_span(a: str, b: str) -> None:
    one = Claim.make("d", "s", "ally_of", object_id="o", rule="r", evidence=Evidence(a, 0, 10))
    two = Claim.make("d", "s", "ally_of", object_id="o", rule="r", evidence=Evidence(b, 0, 11))
    assert one.id != two.id


@given(st.text(max_size=200))
def test_document_id_is_a_hash_of_the_text(text: str) -> None:
    assert Document.make(text, "a").id == Document.make(text, "b").id
    assert Document.from_dict(Document.make(text, "a").to_dict()).text == text


@given(st.text(max_size=60))
def test_name_key_is_idempotent(name: str) -> None:
    assert name_key(name_key(name)) == name_key(name)


def test_name_key_folds_accents_case_and_hyphens() -> None:
    assert name_key("Joaquín Guzmán-López") == name_key("joaquin  guzman lopez")
    assert Entity.make("person", "Guzmán López").id == Entity.make("person", "GUZMAN-LOPEZ").id


def test_unknown_kind_or_predicate_raises_schema_error() -> None:
    with pytest.raises(SchemaError, match="unknown entity kind 'gang'"):
        Entity.make("gang", "Los Zetas")
    with pytest.raises(SchemaError, match="unknown predicate 'friend_of'"):
        Claim.make("d", "s", "friend_of", object_id="o", rule="r", evidence=Evidence("q", 0, 1))


def test_other_records_round_trip() -> None:
    entity = Entity.make("criminal_group", "Los Chapitos", external_ids={"wikidata": "Q1"})
    assert Entity.from_dict(entity.to_dict()).id == entity.id
    judgement = Judgement("a", "b", Verdict.SAME, "analyst:ana", "same nickname")
    assert Judgement.from_dict(judgement.to_dict()) == judgement
    rejection = Rejection.make("x.txt", "ingest", "empty")
    assert Rejection.from_dict(rejection.to_dict()) == rejection
    assert rejection.id == Rejection.make("x.txt", "ingest", "empty").id
