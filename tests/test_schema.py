"""schema.yaml is loaded in one place and checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from testigo.errors import SchemaError
from testigo.schema import load_schema, parse_schema

DESIGN = Path(__file__).resolve().parents[2] / "shared" / "DESIGN.md"


def test_every_kind_and_predicate_has_a_label_and_description() -> None:
    schema = load_schema()
    for item in list(schema.kinds.values()) + list(schema.predicates.values()):
        assert item.label and item.description


def test_vocabulary_matches_design() -> None:
    schema = load_schema()
    assert set(schema.kinds) == {"criminal_group", "person", "agency", "country", "place", "drug",
                                 "publication", "organization"}
    if DESIGN.exists():
        design = DESIGN.read_text(encoding="utf-8")
        for name in schema.predicates:
            assert f"`{name}`" in design, name
    assert schema.predicate("ally_of").symmetric and schema.predicate("ally_of").sign == 1
    assert schema.predicate("rival_of").sign == -1
    assert not schema.predicate("faction_of").symmetric


def test_broken_schema_is_refused() -> None:
    with pytest.raises(SchemaError, match="unknown kind 'gang'"):
        parse_schema({"kinds": {"person": {"label": "P", "description": "d"}},
                      "predicates": {"x": {"label": "x", "description": "d", "subject": ["gang"],
                                           "object": ["person"]}}})
    with pytest.raises(SchemaError, match="has no 'label'"):
        parse_schema({"kinds": {"person": {"description": "d"}}, "predicates": {}})
    with pytest.raises(SchemaError):
        parse_schema({})
