"""Node positions for the page, computed once per store version on the whole network.

Up to SMALL groups, Kamada-Kawai places them at distances that follow the signed ties (allies
near, rivals farther, unrelated groups farthest); bigger networks get a force layout
(``spring_layout``) in which alliances pull and rivalries do not. Either way blocs sit
together; people are put in a small ring around the first group they lead or belong to (or
their first relative). A 2,000-group network thus draws at once in the browser (preset
positions, no layout work there) and keeps its shape when the date or certainty filters change.
"""

from __future__ import annotations

import math
from typing import Any

__all__ = ["SCALE", "layout"]

SCALE = 1000.0  # positions of a 600-group network span about [-SCALE, SCALE]; smaller ones less
_ITERATIONS = {1000: 50}  # fewer iterations for bigger graphs (each costs O(n^2)); beyond: 15
SMALL = 300  # up to this many groups, Kamada-Kawai (O(n^2) memory, slow beyond); above, spring_layout
_LENGTH = {1: 1.5, 0: 1.9, -1: 2.4}  # the length a tie wants, by sign: allies close, rivals apart


def _iterations(n: int) -> int:
    return next((it for limit, it in sorted(_ITERATIONS.items()) if n <= limit), 15)


def _groups(graph: Any) -> dict[str, tuple[float, float]]:
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    pos = _small(graph) if n <= SMALL else _pull_in(_large(graph))
    scale = SCALE * max(0.15, math.sqrt(n / 600))  # nodes keep their on-screen size once the page fits the view
    return {node: (float(x) * scale, float(y) * scale) for node, (x, y) in pos.items()}


def _small(graph: Any) -> dict[str, Any]:
    """Kamada-Kawai on signed lengths: allies close, rivals farther, unconnected groups farther still."""
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(sorted(graph.nodes))
    for u, v, d in graph.edges(data=True):
        g.add_edge(u, v, length=_LENGTH.get(d.get("sign", 0), 1.6))
    dist = {u: dict(row) for u, row in nx.shortest_path_length(g, weight="length")}
    far = min(max((x for row in dist.values() for x in row.values()), default=1.0) + 0.6, 4.0)
    full = {u: {v: dist[u].get(v, far) for v in g} for u in g}
    return dict(nx.kamada_kawai_layout(g, dist=full))


def _pull_in(pos: dict[str, Any]) -> dict[str, Any]:
    """Bring far-flung nodes (groups with no ally, pushed out by the force layout) to a band just
    outside the bulk, so that fitting the view does not shrink the network to a dot."""
    radii = sorted(math.hypot(x, y) for x, y in pos.values())
    bulk = radii[int(0.9 * (len(radii) - 1))] or 1.0
    moved = {}
    for node, (x, y) in pos.items():
        r = math.hypot(x, y)
        k = 1.0 if r <= bulk else bulk * (1 + 0.25 * math.tanh((r - bulk) / bulk)) / r
        moved[node] = (x * k, y * k)
    return moved


def _large(graph: Any) -> dict[str, Any]:
    """A force layout: allies pull, rivals do not, so they drift apart."""
    import networkx as nx

    pull = nx.Graph()
    pull.add_nodes_from(sorted(graph.nodes))
    for u, v, d in graph.edges(data=True):
        if d.get("sign", 0) >= 0:
            pull.add_edge(u, v, weight=1.0 if d.get("sign", 0) > 0 else 0.3)
    n = pull.number_of_nodes()
    return dict(nx.spring_layout(pull, seed=7, iterations=_iterations(n), k=3.0 / math.sqrt(n), weight="weight"))


def layout(graph: Any, hierarchy: Any) -> dict[str, tuple[float, float]]:
    """Positions for every node of the group graph and the hierarchy."""
    pos = _groups(graph)
    extent = max((max(abs(x), abs(y)) for x, y in pos.values()), default=SCALE * 0.15)
    spread = 2 * extent / max(4.0, math.sqrt(max(1, len(pos))))
    loose = [n for n in sorted(hierarchy.nodes) if n not in pos and hierarchy.nodes[n].get("kind") != "person"]
    for k, node in enumerate(loose):  # groups known only from the hierarchy (factions, leaders' groups)
        pos[node] = _ring(k, len(loose), extent)
    around: dict[str, int] = {}
    unplaced = []
    for node in sorted(hierarchy.nodes):
        if node in pos:
            continue
        anchor = next((v for _u, v in sorted(hierarchy.out_edges(node)) if v in pos), None)
        anchor = anchor or next((u for u, _v in sorted(hierarchy.in_edges(node)) if u in pos), None)
        if anchor is None:
            unplaced.append(node)
            continue
        k = around[anchor] = around.get(anchor, 0) + 1
        angle, radius = k * 2.399963, spread * (0.35 + 0.12 * math.sqrt(k))  # golden-angle spiral
        ax, ay = pos[anchor]
        pos[node] = (ax + radius * math.cos(angle), ay + radius * math.sin(angle))
    for k, node in enumerate(unplaced):
        pos[node] = _ring(k, len(unplaced), extent * 1.1)
    return pos


def _ring(k: int, total: int, extent: float) -> tuple[float, float]:
    """The k-th of ``total`` spots in a band just outside the layout, for nodes with nothing to hang on."""
    angle, radius = k * 2.399963, extent * (1.08 + 0.2 * math.sqrt(k / max(1, total)))
    return radius * math.cos(angle), radius * math.sin(angle)
