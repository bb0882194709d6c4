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

from dataclasses import asdict, dataclass
from typing import Any

from testigo.analyse.network import Network, paused_gc

__all__ = ["Actor", "actors", "brokers", "central_actors"]

BUDGET = 600_000  # node + edge visits for betweenness: about 0.3 s in networkx
_SEED = 7


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
    import networkx as nx

    n, m = graph.number_of_nodes(), graph.number_of_edges()
    k = max(4, BUDGET // max(1, n + m))
    if k >= n:
        return dict(nx.betweenness_centrality(graph, weight=None))
    return dict(nx.betweenness_centrality(graph, k=k, seed=_SEED, weight=None))


def actors(network: Network) -> list[Actor]:
    """Every group with its degree, strength, allies, rivals and betweenness, sorted by id."""
    with paused_gc():
        return _actors(network)


def _actors(network: Network) -> list[Actor]:
    graph = network.graph
    between = _betweenness(graph) if graph.number_of_nodes() else {}
    found = []
    for node in sorted(graph.nodes):
        signs = [d["sign"] for _, _, d in graph.edges(node, data=True)]
        found.append(Actor(
            id=node, name=network.name(node), degree=len(signs),
            strength=round(sum(abs(d["weight"]) for _, _, d in graph.edges(node, data=True)), 4),
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
