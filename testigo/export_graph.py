"""Graph exports: the store as a networkx MultiDiGraph, written as GraphML, GEXF or two CSV files.

Use ``export_graph(store, path, fmt="graphml")`` from the CLI; ``build_graph`` gives the graph
itself for notebooks. Gephi opens all three (GraphML and GEXF directly, CSV through its
spreadsheet import).

Invariants: one node per canonical entity (``Resolver(store).canonical_map()``), named after
its canonical member, with the names and aliases of the whole cluster; one edge per claim
between the canonical ids of its subject and object, keyed by the claim id, in the claim's
own direction (symmetric predicates are not doubled). Claims whose object is a literal value
have no edge; ``GraphExport.skipped`` counts them. Every attribute is a scalar (str, int or
bool, never None), as GraphML and GEXF require; lists are joined with ``" | "``, source chains
with ``" > "``.

Node attributes: ``name``, ``label`` (= name; Gephi shows it), ``kind``, ``aliases``,
``members`` (the entity ids merged into the node), ``external_ids`` (``scheme:id``).

Edge attributes: ``predicate``, ``label`` (its label in schema.yaml, "allied with"),
``symmetric``, ``certainty``, ``polarity``, ``support``, ``date`` (the first ISO date),
``dates`` (the words they came from), ``places``, ``title``, ``designation`` (the label
qualifier: "foreign terrorist organization"), ``quote``, ``attributed_to``, ``document``,
``document_source`` (path or URL), ``published``, ``claim`` and ``rule``. ``support`` is the
number of independent origins (``testigo.analyse.origin``) of the claims with the same
canonical subject, predicate, canonical object and polarity (the pair unordered for
symmetric predicates): the same count ``testigo network`` reports. The document's source is
``document_source``, not ``source``, because ``source``/``target`` name the ends of an edge
in CSV and in Gephi.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from testigo.analyse.origin import Source, origin
from testigo.errors import ConfigError, StoreError
from testigo.model import Alias, Claim, Entity
from testigo.schema import load_schema
from testigo.store.base import Store

__all__ = [
    "EDGE_COLUMNS", "GRAPH_FORMATS", "NODE_COLUMNS", "GraphExport", "build_graph", "canonical_entities",
    "export_graph", "load_canonical", "write_graph",
]

GRAPH_FORMATS = ("graphml", "gexf", "csv")
NODE_COLUMNS = ("id", "name", "label", "kind", "aliases", "members", "external_ids")
EDGE_COLUMNS = (
    "source", "target", "claim", "predicate", "label", "symmetric", "certainty", "polarity", "support",
    "date", "dates", "places", "title", "designation", "quote", "attributed_to", "document",
    "document_source", "published", "rule",
)
JOIN = " | "
CHAIN = " > "


@dataclass(frozen=True, slots=True)
class GraphExport:
    """What ``export_graph`` wrote: counts and the files."""

    nodes: int
    edges: int
    skipped: int  # claims with a literal value instead of an object entity
    paths: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"nodes": self.nodes, "edges": self.edges, "skipped": self.skipped, "paths": list(self.paths)}


def load_canonical(store: Store) -> dict[str, str]:
    """Entity id -> canonical id from the store's judgements (ids not in a cluster are absent)."""
    from testigo.resolve import Resolver

    return Resolver(store).canonical_map()


def canonical_entities(store: Store, canonical: Mapping[str, str]) -> dict[str, Entity]:
    """One Entity per canonical id: the canonical member's name and kind, every name of the cluster.

    The canonical member is the entity whose id is the canonical id (else the first one read);
    the names and aliases of the other members become aliases, and their external ids are added.
    """
    clusters: dict[str, list[Entity]] = {}
    for entity in store.iter_entities():
        key = canonical.get(entity.id, entity.id)
        members = clusters.setdefault(key, [])
        if entity.id == key:
            members.insert(0, entity)
        else:
            members.append(entity)
    return {key: _merge(key, members) for key, members in clusters.items()}


def _merge(key: str, members: list[Entity]) -> Entity:
    head = members[0]
    if len(members) == 1 and head.id == key:
        return head
    seen = {head.name}
    aliases: list[Alias] = []
    external: dict[str, str] = {}
    for member in members:
        for alias in (Alias(member.name), *member.aliases):
            if alias.name not in seen:
                seen.add(alias.name)
                aliases.append(alias)
        for scheme, value in member.external_ids.items():
            external.setdefault(scheme, value)
    return Entity(id=key, kind=head.kind, name=head.name, aliases=tuple(aliases), external_ids=external)


def _node(entity: Entity, members: Iterable[str]) -> dict[str, Any]:
    return {
        "name": entity.name, "label": entity.name, "kind": entity.kind,
        "aliases": JOIN.join(a.name for a in entity.aliases),
        "members": JOIN.join(sorted(members)),
        "external_ids": JOIN.join(f"{k}:{v}" for k, v in sorted(entity.external_ids.items())),
    }


def _source_lookup(store: Store) -> Callable[[str], Source | None]:
    @lru_cache(maxsize=4096)  # claims come in document order: a small cache reads each document once
    def source(document_id: str) -> Source | None:
        document = store.get_document(document_id)
        return Source.of(document) if document is not None else None

    return source


def _edge(claim: Claim, source: Source | None, label: str, symmetric: bool) -> dict[str, Any]:
    q = claim.qualifiers
    return {
        "claim": claim.id, "predicate": claim.predicate, "label": label, "symmetric": symmetric,
        "certainty": claim.certainty.value, "polarity": claim.polarity.value, "support": 0,
        "date": next((d.value for d in q.dates if d.value), ""),
        "dates": JOIN.join(d.text for d in q.dates), "places": JOIN.join(q.places),
        "title": q.title or "", "designation": q.label or "", "quote": claim.evidence.quote,
        "attributed_to": CHAIN.join(claim.attributed_to), "document": claim.document_id,
        "document_source": (source.location or "") if source else "",
        "published": (source.published or "") if source else "", "rule": claim.rule,
    }


def build_graph(store: Store, *, canonical: Mapping[str, str] | None = None) -> Any:
    """The store as a networkx MultiDiGraph: canonical entities as nodes, claims as edges.

    ``canonical`` maps entity ids to canonical ids (default: the store's resolution). The
    number of claims left out (literal values) is in ``graph.graph["skipped"]``.
    """
    import networkx as nx

    from testigo.analyse.load import source_aliases  # the origin keys `testigo network` uses

    canonical = load_canonical(store) if canonical is None else canonical
    entities = canonical_entities(store, canonical)
    members: dict[str, list[str]] = {}
    for entity_id, key in canonical.items():
        members.setdefault(key, []).append(entity_id)
    graph = nx.MultiDiGraph(name="testigo", skipped=0)
    graph.add_nodes_from((key, _node(e, members.get(key, [key]))) for key, e in entities.items())
    schema, source_of = load_schema(), _source_lookup(store)
    aliases = source_aliases(store, lambda i: canonical.get(i, i))
    origins: dict[tuple[str, str, str, str], set[str]] = {}
    for claim in store.iter_claims():
        if claim.object_id is None:
            graph.graph["skipped"] += 1
            continue
        a, b = canonical.get(claim.subject_id, claim.subject_id), canonical.get(claim.object_id, claim.object_id)
        for node in (a, b):
            if node not in graph:
                graph.add_node(node, **_missing(node))
        predicate, source = schema.predicate(claim.predicate), source_of(claim.document_id)
        graph.add_edge(a, b, key=claim.id, **_edge(claim, source, predicate.label, predicate.symmetric))
        fact = _fact(a, b, graph.edges[a, b, claim.id])
        origins.setdefault(fact, set()).add(origin(claim, source, aliases=aliases))
    for a, b, data in graph.edges(data=True):
        data["support"] = len(origins[_fact(a, b, data)])
    return graph


def _fact(a: str, b: str, edge: dict[str, Any]) -> tuple[str, str, str, str]:
    """What independent origins are counted for: the pair (unordered when symmetric), predicate, polarity."""
    if edge["symmetric"] and b < a:
        a, b = b, a
    return a, b, edge["predicate"], edge["polarity"]


def _missing(node: str) -> dict[str, Any]:
    """Attributes of an endpoint the store has no entity for (should not happen; kept visible)."""
    return {"name": node, "label": node, "kind": "", "aliases": "", "members": node, "external_ids": ""}


def write_graph(graph: Any, path: str | Path, *, fmt: str) -> tuple[str, ...]:
    """Write a graph from ``build_graph`` as ``graphml``, ``gexf`` (a file) or ``csv`` (a folder).

    ``csv`` writes ``nodes.csv`` and ``edges.csv`` into the folder ``path``, creating it.
    Returns the paths written.
    """
    import networkx as nx

    if fmt not in GRAPH_FORMATS:
        raise ConfigError(f"--format {fmt!r}: use one of {', '.join(GRAPH_FORMATS)}")
    target = Path(path)
    try:
        if fmt == "csv":
            return _write_csv(graph, target)
        target.parent.mkdir(parents=True, exist_ok=True)
        writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
        writer(graph, target)
    except OSError as exc:
        raise StoreError(f"cannot write the graph to {target}: {exc}; check the path and its permissions") from exc
    return (str(target),)



def _write_csv(graph: Any, folder: Path) -> tuple[str, ...]:
    folder.mkdir(parents=True, exist_ok=True)
    nodes, edges = folder / "nodes.csv", folder / "edges.csv"
    with nodes.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(NODE_COLUMNS), extrasaction="ignore", restval="")
        writer.writeheader()
        writer.writerows({"id": node, **data} for node, data in graph.nodes(data=True))
    with edges.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(EDGE_COLUMNS), extrasaction="ignore", restval="")
        writer.writeheader()
        writer.writerows({"source": a, "target": b, **data} for a, b, data in graph.edges(data=True))
    return str(nodes), str(edges)


def export_graph(store: Store, path: str | Path, *, fmt: str = "graphml",
                 canonical: Mapping[str, str] | None = None) -> GraphExport:
    """Build the graph of a store and write it (see ``write_graph``); return what was written."""
    if fmt not in GRAPH_FORMATS:  # before reading the store
        raise ConfigError(f"--format {fmt!r}: use one of {', '.join(GRAPH_FORMATS)}")
    graph = build_graph(store, canonical=canonical)
    paths = write_graph(graph, path, fmt=fmt)
    return GraphExport(nodes=graph.number_of_nodes(), edges=graph.number_of_edges(),
                       skipped=graph.graph["skipped"], paths=paths)
