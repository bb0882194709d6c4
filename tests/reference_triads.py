# Reference implementation kept from testigo/analyse/triads.py before the array rewrite (commit 49d3e96):
# tests/test_analyse_arrays.py holds the new one equal to it.
"""Unbalanced triads: three groups whose ties multiply to a negative sign, with their evidence.

"The enemy of my enemy is my friend": a triangle of two alliances and one rivalry, or of
three rivalries, cannot settle into blocs, so it is where tension sits and alliances shift
(Heider; Nakamura, Tita & Krackhardt on gangs). Each triad carries the three edges' signs,
weights, claim ids and strongest quotes, and its ``tension``: the weakest edge's |weight|,
so a triad is as well evidenced as its weakest side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reference_balance import signed_adjacency

from testigo.analyse.network import Network, edge_claims, edge_quote, paused_gc, read_evidence

__all__ = ["Triad", "TriadEdge", "unbalanced_triads"]


@dataclass(frozen=True, slots=True)
class TriadEdge:
    """One side of a triad, with its evidence."""

    source: str
    target: str
    sign: int
    weight: float
    claims: tuple[str, ...]
    quote: str


@dataclass(frozen=True, slots=True)
class Triad:
    """Three groups whose ties multiply to a negative sign; ``tension`` is its weakest |weight|."""

    nodes: tuple[str, str, str]
    edges: tuple[TriadEdge, TriadEdge, TriadEdge]
    tension: float

    def to_dict(self) -> dict[str, Any]:
        return {"nodes": list(self.nodes), "tension": self.tension, "edges": [
            {"source": e.source, "target": e.target, "sign": e.sign, "weight": e.weight,
             "claims": list(e.claims), "quote": e.quote} for e in self.edges]}


def _triad(network: Network, nodes: tuple[str, str, str]) -> Triad:
    a, b, c = nodes
    edges = []
    for u, v in ((a, b), (b, c), (a, c)):
        data = network.graph.edges[u, v]
        edges.append(TriadEdge(u, v, data["sign"], data["weight"], tuple(edge_claims(data)), edge_quote(data)))
    return Triad(nodes=nodes, edges=(edges[0], edges[1], edges[2]),
                 tension=min(abs(e.weight) for e in edges))


def unbalanced_triads(network: Network, *, limit: int | None = None) -> list[Triad]:
    """Triangles of signed edges whose signs multiply to -1, best evidenced (highest tension) first.

    A triangle's tension is its weakest edge's |weight|, so edges are added strongest first, one
    level of |weight| at a time, and the triangles closed by a level's edges are exactly those
    whose tension is that level. Once ``limit`` triads are found no later level can displace them,
    so the search stops there: the same answer as listing every triangle, usually after reading
    only the strongest edges. Each intersection walks the smaller neighbour set (O(m^1.5) at
    worst, with no limit); only the triads returned get their evidence attached.
    """
    with paused_gc():
        return _unbalanced(network, limit)


def _unbalanced(network: Network, limit: int | None) -> list[Triad]:
    adj = signed_adjacency(network)
    edges = sorted(((-abs(w), u, v) for u in adj for v, w in adj[u].items() if u < v))
    strong: dict[str, set[str]] = {n: set() for n in adj}
    found: list[tuple[float, tuple[str, str, str]]] = []
    start = 0
    while start < len(edges) and (limit is None or len(found) < limit):
        level = edges[start][0]
        end = start
        while end < len(edges) and edges[end][0] == level:
            _, u, v = edges[end]
            strong[u].add(v)
            strong[v].add(u)
            end += 1
        closed: set[tuple[str, str, str]] = set()
        for _, u, v in edges[start:end]:
            near, far = (strong[u], strong[v]) if len(strong[u]) <= len(strong[v]) else (strong[v], strong[u])
            for w in near & far:
                if adj[u][v] * adj[v][w] * adj[u][w] < 0:
                    a, b, c = sorted((u, v, w))
                    closed.add((a, b, c))
        found.extend((level, nodes) for nodes in closed)
        start = end
    found.sort()
    chosen = found[:limit] if limit is not None else found
    g = network.graph
    read_evidence(r for _tension, (a, b, c) in chosen for u, v in ((a, b), (b, c), (a, c))
                  for r in g._adj[u][v]["relations"].values())  # one read, not one per edge
    return [_triad(network, nodes) for _tension, nodes in chosen]
