"""Balance, actors and triads on arrays against the dict-based reference versions, on one store.

Loads the ``--as-of`` network of the bench query once and runs both versions on it (the references
are tests/reference_*.py), printing their CPU times and whether every bloc, frustrated tie, weight,
actor and triad is equal. With ``--canonical FILE`` (JSON with a "map" of entity id -> canonical id)
the resolved network is used.

    .venv/bin/python bench/compare_analyses.py STORE.db [--canonical MAP.json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parent.parent / "tests"


def reference(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, TESTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules[name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store")
    parser.add_argument("--canonical", help="JSON file with a 'map' of entity id -> canonical id")
    args = parser.parse_args()
    import networkx  # noqa: F401
    import scipy.sparse.csgraph  # noqa: F401

    from testigo.analyse import actors, balance, load_network, unbalanced_triads
    from testigo.store import open_store

    ref_balance, ref_actors = reference("reference_balance"), reference("reference_actors")
    ref_triads = reference("reference_triads")
    options: dict[str, Any] = {"as_of": "2020-06-01", "min_certainty": "probable"}
    if args.canonical:
        mapping = json.loads(Path(args.canonical).read_text())["map"]
        options["canonical"] = lambda entity_id: mapping.get(entity_id, entity_id)
    network = load_network(open_store(args.store), **options)
    print(f"groups {network.graph.number_of_nodes()}, ties {network.graph.number_of_edges()}")

    def timed(name: str, fn: Any) -> Any:
        started = time.process_time()
        value = fn()
        print(f"{name}: {time.process_time() - started:.3f} s CPU")
        return value

    new_b = timed("balance", lambda: balance(network))
    old_b = timed("reference balance", lambda: ref_balance.balance(network))
    new_a = timed("actors", lambda: actors(network))
    old_a = timed("reference actors", lambda: ref_actors.actors(network))
    new_t = timed("unbalanced_triads", lambda: unbalanced_triads(network, limit=100))
    old_t = timed("reference unbalanced_triads (evidence already read)",
                  lambda: ref_triads.unbalanced_triads(network, limit=100))
    fields = ("blocs", "frustrated", "frustration", "frustration_weight", "total_weight", "exact")
    same_b = all(getattr(new_b, f) == getattr(old_b, f) for f in fields)
    same_a = [a.to_dict() for a in new_a] == [a.to_dict() for a in old_a]
    same_t = [t.to_dict() for t in new_t] == [t.to_dict() for t in old_t]
    print(f"balance equal: {same_b} ({len(new_b.blocs)} blocs, {new_b.frustration} frustrated ties, "
          f"frustration {new_b.frustration_weight} of {new_b.total_weight})")
    print(f"actors equal: {same_a} ({len(new_a)} groups); triads equal: {same_t} ({len(new_t)})")
    return 0 if same_b and same_a and same_t else 1


if __name__ == "__main__":
    raise SystemExit(main())
