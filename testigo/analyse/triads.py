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

from testigo.analyse.arrays import signed_arrays
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
    import numpy as np

    arrays = signed_arrays(network)
    u, v, w = arrays.u, arrays.v, arrays.w
    order = np.lexsort((v, u, -np.abs(w)))  # strongest first, then by names (numbered in name order)
    levels, us, vs, ws = (-np.abs(w[order])).tolist(), u[order].tolist(), v[order].tolist(), w[order].tolist()
    strong: dict[int, dict[int, float]] = {}  # the edges added so far, with their signed weights
    found: list[tuple[float, tuple[int, int, int]]] = []
    start, total = 0, len(levels)
    while start < total and (limit is None or len(found) < limit):
        level = levels[start]
        end = start
        while end < total and levels[end] == level:
            a, b, x = us[end], vs[end], ws[end]
            strong.setdefault(a, {})[b] = x
            strong.setdefault(b, {})[a] = x
            end += 1
        closed: set[tuple[int, int, int]] = set()
        for k in range(start, end):
            a, b, x = us[k], vs[k], ws[k]
            near, far = (strong[a], strong[b]) if len(strong[a]) <= len(strong[b]) else (strong[b], strong[a])
            for c in near.keys() & far.keys():
                if x * strong[b][c] * strong[a][c] < 0:
                    first, second, third = sorted((a, b, c))
                    closed.add((first, second, third))
        found.extend((level, nodes) for nodes in closed)
        start = end
    found.sort()
    chosen = found[:limit] if limit is not None else found
    names = arrays.names
    picked = [(names[a], names[b], names[c]) for _tension, (a, b, c) in chosen]
    g = network.graph
    read_evidence(r for a, b, c in picked for x, y in ((a, b), (b, c), (a, c))
                  for r in g._adj[x][y]["relations"].values())  # one read, not one per edge
    return [_triad(network, nodes) for nodes in picked]
