# Reference implementation kept from testigo/analyse/actors.py before the array rewrite (commit 49d3e96):
# tests/test_analyse_arrays.py holds the new one equal to it.
"""Central actors and brokers of the group network.

Both read the graph unsigned: a rivalry connects two groups as much as an alliance does for
the question "who is in the middle of things". Central actors rank by degree (how many groups
they have a tie with), then strength (the sum of |weight|, so well-sourced ties count more).
Brokers rank by betweenness: how many shortest paths between other groups run through them,
counted in hops. Exact betweenness costs O(n m); when n (n + m) passes ``BUDGET`` it is
estimated from a fixed-seed sample of BUDGET / (n + m) source groups (at least 4), so the
answer is reproducible and its time bounded, at the price of precision on very large graphs.
"""

from __future__ import annotations

import math
import random
from dataclasses import asdict, dataclass
from typing import Any

from testigo.analyse.network import Network, paused_gc

__all__ = ["Actor", "actors", "brokers", "central_actors"]

BUDGET = 600_000  # node + edge visits for betweenness: about 0.3 s in networkx
_SEED = 7
_BATCH = 64  # sources whose searches run together (memory: 3 x batch x nodes floats)


@dataclass(frozen=True, slots=True)
class Actor:
    """A group's place in the network."""

    id: str
    name: str
    degree: int
    strength: float
    allies: int
    rivals: int
    betweenness: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _betweenness(graph: Any) -> dict[str, float]:
    """Betweenness as ``nx.betweenness_centrality(graph, k, seed=7)`` gives it (normalised, hops).

    Brandes' algorithm run for a batch of sources at once in numpy (sparse products as bincounts):
    each BFS level is one product, and so is each step of the backward accumulation, so the time
    is O(k m) in numpy instead of Python. The sampled sources are networkx's for the same seed.
    """
    import numpy as np

    nodes = list(graph)
    n, m = len(nodes), graph.number_of_edges()
    if n < 3:
        return dict.fromkeys(nodes, 0.0)
    k = max(4, BUDGET // max(1, n + m))
    sources = nodes if k >= n else random.Random(_SEED).sample(nodes, k)
    index = {node: i for i, node in enumerate(nodes)}
    adj = graph._adj
    degrees = np.fromiter((len(adj[node]) for node in nodes), dtype=np.intp, count=n)
    src = np.repeat(np.arange(n, dtype=np.intp), degrees)
    dst = np.fromiter((index[v] for node in nodes for v in adj[node]), dtype=np.intp, count=int(degrees.sum()))
    arcs = np.stack((src, dst), axis=1)[src != dst]  # each edge both ways, self-loops left out
    total = np.zeros(n)
    chosen = np.array([index[s] for s in sources], dtype=np.intp)
    for first in range(0, len(chosen), _BATCH):
        total += _brandes(arcs, n, chosen[first:first + _BATCH])
    k_used = len(sources)
    if k_used == n:
        total *= 1 / ((n - 1) * (n - 2))
    else:  # networkx's rescaling of a sample, endpoints left out
        scale = np.full(n, 1 / (k_used * (n - 2)))
        scale[chosen] = 1 / ((k_used - 1) * (n - 2)) if k_used > 1 else math.nan
        total *= scale
    return {node: float(total[i]) for i, node in enumerate(nodes)}


def _spread(arcs: Any, n: int, values: Any) -> Any:
    """For each row of ``values``: every node's sum of its neighbours' values (one sparse product)."""
    import numpy as np

    b = values.shape[0]
    keys = (np.arange(b)[:, None] * n + arcs[:, 0][None, :]).ravel()
    return np.bincount(keys, weights=values[:, arcs[:, 1]].ravel(), minlength=b * n).reshape(b, n)


def _brandes(arcs: Any, n: int, sources: Any) -> Any:
    """The summed dependencies of every node on the shortest paths from each source (one row each)."""
    import numpy as np

    b = len(sources)
    rows = np.arange(b)
    dist = np.full((b, n), -1, dtype=np.int64)
    sigma = np.zeros((b, n))
    dist[rows, sources] = 0
    sigma[rows, sources] = 1.0
    frontier = sigma.copy()
    depth = 0
    while True:
        reached = _spread(arcs, n, frontier)  # shortest-path counts into the next level
        new = (dist < 0) & (reached > 0)
        if not new.any():
            break
        depth += 1
        dist[new] = depth
        sigma[new] = reached[new]
        frontier = np.where(new, reached, 0.0)
    delta = np.zeros((b, n))
    safe = np.where(sigma > 0, sigma, 1.0)
    for level in range(depth - 1, -1, -1):
        coef = np.where(dist == level + 1, (1.0 + delta) / safe, 0.0)
        delta += np.where(dist == level, sigma * _spread(arcs, n, coef), 0.0)
    delta[rows, sources] = 0.0
    return delta.sum(axis=0)


def actors(network: Network) -> list[Actor]:
    """Every group with its degree, strength, allies, rivals and betweenness, sorted by id."""
    with paused_gc():
        return _actors(network)


def _actors(network: Network) -> list[Actor]:
    graph = network.graph
    between = _betweenness(graph) if graph.number_of_nodes() else {}
    found = []
    adj, data = graph._adj, graph._node  # plain dicts: the views cost more than the work here
    for node in sorted(adj):
        ties = adj[node].values()
        signs = [d["sign"] for d in ties]
        found.append(Actor(
            id=node, name=str(data[node].get("name", node)), degree=len(signs),  # network.name of a group
            strength=round(sum([abs(d["weight"]) for d in ties]), 4),
            allies=signs.count(1), rivals=signs.count(-1), betweenness=round(between.get(node, 0.0), 4)))
    return found


def central_actors(network: Network, *, top: int = 10, found: list[Actor] | None = None) -> list[Actor]:
    """The ``top`` groups by degree, then strength (pass ``found`` to reuse ``actors()``)."""
    ranked = sorted(found if found is not None else actors(network),
                    key=lambda a: (-a.degree, -a.strength, a.name))
    return ranked[:top]


def brokers(network: Network, *, top: int = 10, found: list[Actor] | None = None) -> list[Actor]:
    """The ``top`` groups by betweenness, leaving out those no path runs through."""
    ranked = sorted((a for a in (found if found is not None else actors(network)) if a.betweenness > 0),
                    key=lambda a: (-a.betweenness, -a.degree, a.name))
    return ranked[:top]
