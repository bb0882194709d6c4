"""The group graph on integers, read once per network and shared by balance, actors and triads.

``graph_arrays`` walks the graph's adjacency once (the graph's own order: node by node, each
node's ties in insertion order, every tie seen from both ends) into numpy arrays; ``signed_arrays``
keeps the ties with a sign once each, numbered in name order. Orders are kept as the graph gives
them, so sums taken over them add the same floats in the same order as loops over the graph did.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from operator import itemgetter
from typing import Any

from testigo.analyse.network import Network

__all__ = ["GraphArrays", "SignedArrays", "graph_arrays", "signed_arrays"]


@dataclass(frozen=True, slots=True)
class GraphArrays:
    """Every node in the graph's order (``nodes``), and every tie from both ends: ``src`` -> ``dst``
    (positions in ``nodes``), with its ``weight`` and ``sign``, grouped by ``src`` in node order."""

    nodes: list[str]
    degrees: Any
    src: Any
    dst: Any
    weight: Any
    sign: Any
    weights: list[float]  # ``weight`` as Python floats, for sums that must add in the graph's order


@dataclass(frozen=True, slots=True)
class SignedArrays:
    """The signed ties of a network on integers: nodes numbered in name order, each tie once.

    ``names`` holds every node of the graph, sorted (a node whose ties all have sign 0 is there,
    alone); ``u``, ``v``, ``w`` are numpy arrays of the ties with a sign, ``u < v`` (so
    ``names[u] < names[v]``), in the graph's own order of edges.
    """

    names: list[str]
    u: Any
    v: Any
    w: Any


def graph_arrays(network: Network) -> GraphArrays:
    """The graph's ties as arrays (made once per network; do not change them)."""
    found: GraphArrays | None = network.cache.get("graph_arrays")
    if found is None:
        import numpy as np

        adj = network.graph._adj  # plain dicts: no views
        nodes = list(adj)
        index = {node: i for i, node in enumerate(nodes)}
        ties = [d for others in adj.values() for d in others.values()]
        weight = np.fromiter(map(itemgetter("weight"), ties), dtype=float, count=len(ties))
        degrees = np.fromiter(map(len, adj.values()), dtype=np.intp, count=len(nodes))
        found = network.cache["graph_arrays"] = GraphArrays(
            nodes=nodes, degrees=degrees, src=np.repeat(np.arange(len(nodes), dtype=np.intp), degrees),
            dst=np.fromiter(map(index.__getitem__, chain.from_iterable(adj.values())), dtype=np.intp,
                            count=len(ties)),
            weight=weight, sign=np.fromiter(map(itemgetter("sign"), ties), dtype=np.int8, count=len(ties)),
            weights=weight.tolist())
    return found


def signed_arrays(network: Network) -> SignedArrays:
    """The network's signed ties as arrays, each once (made once per network; do not change them)."""
    found: SignedArrays | None = network.cache.get("signed_arrays")
    if found is None:
        import numpy as np

        g = graph_arrays(network)
        order = sorted(range(len(g.nodes)), key=g.nodes.__getitem__)
        rank = np.empty(len(g.nodes), dtype=np.intp)
        rank[order] = np.arange(len(g.nodes), dtype=np.intp)
        u, v = rank[g.src], rank[g.dst]
        keep = (g.sign != 0) & (u < v)  # each signed tie once, seen from its smaller name, in the graph's order
        found = network.cache["signed_arrays"] = SignedArrays(
            [g.nodes[i] for i in order], u[keep], v[keep], g.weight[keep])
    return found
