"""Node positions for the page, computed once per store version on the whole network.

Groups are placed by a force layout (networkx ``spring_layout``) in which alliances pull
harder than other ties, so blocs sit together; people are put in a small ring around the
first group they lead or belong to (or their first relative), so a 2,000-group network draws
at once in the browser (preset positions, no layout work there) and keeps its shape when the
date or certainty filters change.
"""

from __future__ import annotations

import math
from typing import Any

__all__ = ["SCALE", "layout"]

SCALE = 1000.0  # positions of a 600-group network span about [-SCALE, SCALE]; smaller ones less
_ITERATIONS = {200: 100, 1000: 50}  # fewer iterations for bigger graphs; beyond: 30


def _iterations(n: int) -> int:
    return next((it for limit, it in sorted(_ITERATIONS.items()) if n <= limit), 30)


def _groups(graph: Any) -> dict[str, tuple[float, float]]:
    import networkx as nx

    if graph.number_of_nodes() == 0:
        return {}
    pull = nx.Graph()
    pull.add_nodes_from(sorted(graph.nodes))
    for u, v, d in graph.edges(data=True):
        pull.add_edge(u, v, weight=0.5 if d.get("sign", 0) > 0 else 0.1)
    n = pull.number_of_nodes()
    pos = nx.spring_layout(pull, seed=7, iterations=_iterations(n), k=3.0 / math.sqrt(n), weight="weight")
    scale = SCALE * max(0.15, math.sqrt(n / 600))  # nodes keep their on-screen size once the page fits the view
    return {node: (float(x) * scale, float(y) * scale) for node, (x, y) in pos.items()}


def layout(graph: Any, hierarchy: Any) -> dict[str, tuple[float, float]]:
    """Positions for every node of the group graph and the hierarchy."""
    pos = _groups(graph)
    spread = SCALE * max(0.15, math.sqrt(len(pos) / 600)) / max(4.0, math.sqrt(max(1, len(pos))))
    for node in sorted(hierarchy.nodes):  # groups known only from the hierarchy (factions, leaders' groups)
        if node not in pos and hierarchy.nodes[node].get("kind") != "person":
            pos[node] = _free_spot(len(pos))
    around: dict[str, int] = {}
    for node in sorted(hierarchy.nodes):
        if node in pos:
            continue
        anchor = next((v for _u, v in sorted(hierarchy.out_edges(node)) if v in pos), None)
        anchor = anchor or next((u for u, _v in sorted(hierarchy.in_edges(node)) if u in pos), None)
        if anchor is None:
            pos[node] = _free_spot(len(pos))
            continue
        k = around[anchor] = around.get(anchor, 0) + 1
        angle, radius = k * 2.399963, spread * (0.35 + 0.12 * math.sqrt(k))  # golden-angle spiral
        ax, ay = pos[anchor]
        pos[node] = (ax + radius * math.cos(angle), ay + radius * math.sin(angle))
    return pos


def _free_spot(k: int) -> tuple[float, float]:
    """A spot on an outer spiral, for nodes with nothing placed to hang on."""
    angle, radius = k * 2.399963, SCALE * max(0.15, math.sqrt(k / 600)) * (1.15 + 0.002 * k)
    return radius * math.cos(angle), radius * math.sin(angle)
