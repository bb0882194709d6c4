"""Unbalanced triads: three groups whose ties multiply to a negative sign, with their evidence.

"The enemy of my enemy is my friend": a triangle of two alliances and one rivalry, or of
three rivalries, cannot settle into blocs, so it is where tension sits and alliances shift
(Heider; Nakamura, Tita & Krackhardt on gangs). Each triad carries the three edges' signs,
weights, claim ids and strongest quotes, and its ``tension``: the weakest edge's |weight|,
so a triad is as well evidenced as its weakest side.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Any

from testigo.analyse.balance import signed_adjacency
from testigo.analyse.network import Network, paused_gc

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
        edges.append(TriadEdge(u, v, data["sign"], data["weight"], tuple(data["claims"]), data["quote"]))
    return Triad(nodes=nodes, edges=(edges[0], edges[1], edges[2]),
                 tension=min(abs(e.weight) for e in edges))


def unbalanced_triads(network: Network, *, limit: int | None = None) -> list[Triad]:
    """Triangles of signed edges whose signs multiply to -1, best evidenced (highest tension) first.

    Triangles are listed by orienting each edge towards the higher-degree end, so each is
    found once, in O(m^1.5) time; only the ``limit`` returned get their evidence attached.
    """
    with paused_gc():
        return _unbalanced(network, limit)


def _unbalanced(network: Network, limit: int | None) -> list[Triad]:
    adj = signed_adjacency(network)
    rank = {n: (len(adj[n]), n) for n in adj}
    higher = {n: {m for m in adj[n] if rank[m] > rank[n]} for n in adj}
    found: list[tuple[float, tuple[str, str, str]]] = []
    for u in adj:
        for v in higher[u]:
            for w in higher[u] & higher[v]:
                uv, vw, uw = adj[u][v], adj[v][w], adj[u][w]
                if uv * vw * uw < 0:
                    a, b, c = sorted((u, v, w))
                    found.append((-min(abs(uv), abs(vw), abs(uw)), (a, b, c)))
    chosen = heapq.nsmallest(limit, found) if limit is not None else sorted(found)
    return [_triad(network, nodes) for _tension, nodes in chosen]
