"""The fast analyses give what the straightforward ones give, on seeded random signed graphs.

Unbalanced triads stop early once the limit is reached (triads.py): the answer must equal
every triangle listed and ranked. The balance heuristic on small graphs must reach the exact
optimum that trying every partition finds.
"""

from __future__ import annotations

import itertools
import random
import sys

import networkx as nx
import pytest

from testigo.analyse import Network, Relation, actors, balance, unbalanced_triads
from testigo.analyse.balance import EXACT_LIMIT


def random_network(seed: int, nodes: int, edges: int, weights: tuple[float, ...],
                   signs: tuple[int, ...] = (1, -1, -1, 1, 1, 0)) -> Network:
    rng = random.Random(seed)
    graph = nx.Graph()
    names = [f"g{i:03d}" for i in range(nodes)]
    while graph.number_of_edges() < edges:
        u, v = rng.sample(names, 2)
        sign = rng.choice(signs)
        w = sign * rng.choice(weights)
        relation = Relation()
        relation.add_row(f"c-{u}-{v}", "outlet", abs(w), [], None, f"{u} and {v}", "")
        graph.add_edge(u, v, sign=sign, weight=w, relations={"ally_of" if sign > 0 else "rival_of": relation})
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


def least_frustration(network: Network) -> float:
    """The exact optimum: every partition of the nodes tried (restricted growth strings)."""
    nodes = sorted(network.graph.nodes)
    edges = [(nodes.index(u), nodes.index(v), d["weight"]) for u, v, d in network.graph.edges(data=True) if d["sign"]]
    best = float("inf")

    def grow(labels: list[int], top: int) -> None:
        nonlocal best
        if len(labels) == len(nodes):
            best = min(best, round(sum(abs(w) for i, j, w in edges if (w > 0) != (labels[i] == labels[j])), 9))
            return
        for b in range(top + 2):
            grow([*labels, b], max(top, b))

    grow([0], 0)
    return best


@pytest.mark.parametrize("seed", range(12))
def test_balance_heuristic_reaches_the_exact_optimum_on_small_graphs(seed: int) -> None:
    network = random_network(100 + seed, 9, 14 + seed % 7, (0.3, 0.6, 1.0, 1.585), signs=(1, -1))
    assert nx.is_connected(network.graph)  # one component above EXACT_LIMIT: the heuristic runs
    assert len(network.graph) > EXACT_LIMIT
    result = balance(network)
    assert not result.exact
    assert result.frustration_weight == pytest.approx(least_frustration(network), abs=1e-6)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("budget", [10**9, 400])
def test_betweenness_equals_networkx(seed: int, budget: int, monkeypatch: pytest.MonkeyPatch) -> None:
    network = random_network(200 + seed, 40, 70 + 10 * seed, (0.3, 1.0))
    network.graph.add_edge("lone-a", "lone-b", sign=1, weight=1.0, claims=[], quote="")  # a second component
    monkeypatch.setattr(sys.modules["testigo.analyse.actors"], "BUDGET", budget)
    n, m = network.graph.number_of_nodes(), network.graph.number_of_edges()
    k = max(4, budget // (n + m))
    expected = (nx.betweenness_centrality(network.graph) if k >= n
                else nx.betweenness_centrality(network.graph, k=k, seed=7))
    got = {a.id: a.betweenness for a in actors(network)}
    assert got == {node: round(value, 4) for node, value in expected.items()}
    assert any(got.values())


@pytest.mark.parametrize("seed", range(4))
def test_one_greedy_start_splits_a_large_balanced_graph_exactly(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.modules["testigo.analyse.balance"], "_RESTART_LIMIT", 10)  # "large" from 11 groups
    rng = random.Random(seed)
    camp = {f"g{i:03d}": rng.randrange(3) for i in range(80)}
    graph = nx.Graph()
    names = sorted(camp)
    while graph.number_of_edges() < 240:
        u, v = rng.sample(names, 2)
        sign = 1 if camp[u] == camp[v] else -1
        graph.add_edge(u, v, sign=sign, weight=sign * rng.choice((0.3, 0.6, 1.0)), claims=[], quote="")
    assert nx.is_connected(graph)
    result = balance(Network(graph))
    assert result.frustration == 0  # (the blocs need not be the camps: a group with only rivals fits two)
