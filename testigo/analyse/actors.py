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

from testigo.analyse.arrays import GraphArrays, graph_arrays
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


def _betweenness(g: GraphArrays, m: int) -> Any:
    """Betweenness as ``nx.betweenness_centrality(graph, k, seed=7)`` gives it (normalised, hops), by node
    position in ``g.nodes``; ``m`` is the number of edges.

    Brandes' algorithm run for a batch of sources at once in numpy (sparse products through one CSR
    matrix): each BFS level is one product, and so is each step of the backward accumulation, so the
    time is O(k m) in numpy instead of Python. The sampled sources are networkx's for the same seed.
    """
    import numpy as np

    nodes = g.nodes
    n = len(nodes)
    if n < 3:
        return np.zeros(n)
    k = max(4, BUDGET // max(1, n + m))
    sources = nodes if k >= n else random.Random(_SEED).sample(nodes, k)
    index = {node: i for i, node in enumerate(nodes)}
    keep = g.src != g.dst  # each edge both ways, self-loops left out
    total = np.zeros(n)
    chosen = np.array([index[s] for s in sources], dtype=np.intp)
    matrix = _arcs_matrix(g.src[keep], g.dst[keep], n)
    for first in range(0, len(chosen), _BATCH):
        total += _brandes(matrix, n, chosen[first:first + _BATCH])
    k_used = len(sources)
    if k_used == n:
        total *= 1 / ((n - 1) * (n - 2))
    else:  # networkx's rescaling of a sample, endpoints left out
        scale = np.full(n, 1 / (k_used * (n - 2)))
        scale[chosen] = 1 / ((k_used - 1) * (n - 2)) if k_used > 1 else math.nan
        total *= scale
    return total


def _arcs_matrix(src: Any, dst: Any, n: int) -> Any:
    """The 0/1 matrix of arcs src -> dst as CSR, each row's arcs kept in the given order (the graph's)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    indptr = np.concatenate(([0], np.cumsum(np.bincount(src, minlength=n))))
    return csr_matrix((np.ones(len(dst)), dst, indptr), shape=(n, n))


def _spread(matrix: Any, n: int, values: Any) -> Any:
    """For each row of ``values``: every node's sum of its neighbours' values (one sparse product, each
    node's neighbours added in the graph's order)."""
    import numpy as np

    return np.ascontiguousarray((matrix @ np.ascontiguousarray(values.T)).T)


def _brandes(arcs: Any, n: int, sources: Any) -> Any:  # arcs: _arcs_matrix
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
    import numpy as np

    graph = network.graph
    g = graph_arrays(network)
    n = len(g.nodes)
    between = [round(x, 4) for x in _betweenness(g, graph.number_of_edges()).tolist()] if n else []
    allies = np.bincount(g.src, weights=g.sign == 1, minlength=n).astype(int).tolist()
    rivals = np.bincount(g.src, weights=g.sign == -1, minlength=n).astype(int).tolist()
    ends = np.cumsum(g.degrees).tolist()
    starts = [0, *ends][:-1]
    data, weights = graph._node, g.weights
    found = [Actor(id=node, name=str(data[node].get("name", node)),  # network.name of a group
                   degree=end - start, strength=round(sum(map(abs, weights[start:end])), 4),
                   allies=allies[i], rivals=rivals[i], betweenness=between[i])
             for i, (node, start, end) in enumerate(zip(g.nodes, starts, ends, strict=True))]
    found.sort(key=lambda a: a.id)
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
