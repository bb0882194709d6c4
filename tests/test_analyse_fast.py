"""The fast analyses give what the straightforward ones give, on seeded random signed graphs.

Unbalanced triads stop early once the limit is reached (triads.py): the answer must equal
every triangle listed and ranked. The balance heuristic on small graphs must reach the exact
optimum that trying every partition finds.
"""

from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest

from testigo.analyse import Network, unbalanced_triads


def random_network(seed: int, nodes: int, edges: int, weights: tuple[float, ...]) -> Network:
    rng = random.Random(seed)
    graph = nx.Graph()
    names = [f"g{i:03d}" for i in range(nodes)]
    while graph.number_of_edges() < edges:
        u, v = rng.sample(names, 2)
        sign = rng.choice((1, -1, -1, 1, 1, 0))
        w = sign * rng.choice(weights)
        graph.add_edge(u, v, sign=sign, weight=w, claims=[f"c-{u}-{v}"], quote=f"{u} and {v}")
    return Network(graph)


def all_unbalanced(network: Network) -> list[tuple[float, tuple[str, str, str]]]:
    g = network.graph
    found = []
    for a, b, c in itertools.combinations(sorted(g.nodes), 3):
        if g.has_edge(a, b) and g.has_edge(b, c) and g.has_edge(a, c):
            ws = [g.edges[a, b]["weight"], g.edges[b, c]["weight"], g.edges[a, c]["weight"]]
            if all(ws) and ws[0] * ws[1] * ws[2] < 0:
                found.append((-min(abs(w) for w in ws), (a, b, c)))
    return sorted(found)


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("limit", [None, 1, 5, 30])
def test_triads_stopping_early_equal_every_triangle_ranked(seed: int, limit: int | None) -> None:
    network = random_network(seed, 30, 160, (0.3, 0.6, 1.0, 1.2, 1.585))
    expected = all_unbalanced(network)
    assert len(expected) > 30  # the limit cuts a real list
    got = unbalanced_triads(network, limit=limit)
    want = expected if limit is None else expected[:limit]
    assert [(-t.tension, t.nodes) for t in got] == want
    for triad in got:
        assert triad.tension == min(abs(e.weight) for e in triad.edges)
        assert all(e.claims == (f"c-{e.source}-{e.target}",) or e.claims == (f"c-{e.target}-{e.source}",)
                   for e in triad.edges)
