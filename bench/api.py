"""The web API under load: requests per second and p50/p95 latency of the network, entity and edge endpoints.

1. Generates a synthetic store (bench/network.py's generator: ENTITIES:CLAIMS, default 10000:100000,
   which gives about 2,000 criminal groups) in a temporary folder and resolves it.
2. Starts ``testigo serve`` on 127.0.0.1 in a subprocess.
3. Sends requests from a second process (``--client``), CONCURRENCY threads, each endpoint
   bounded by ``--requests`` and ``--seconds``:
     network        GET /api/network (the page's first view: every date, every certainty), cached
                    after its first build; the first (cold) request is timed apart
     network dates  GET /api/network?as_of=... for 8 dates the slider can give, each first
                    request computing the network for its date (then cached)
     entity         GET /api/entities/{id} for random groups and people (timeline, roles, relations)
     edge           GET /api/edge for random ties of the network (every claim behind a line)
     search         GET /api/entities?q=... for name fragments
Target (issue 5): p95 under 200 ms for the network at 2,000 nodes.

Run from the project root:  .venv/bin/python bench/api.py [--size 10000:100000] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TARGET_P95_MS = 200.0
DATES = ["2003-06", "2008", "2011-02", "2014-09", "2017", "2019-11", "2022-04", "2024-12"]


def _serve(db: str, port: int) -> subprocess.Popen[bytes]:
    code = ("import sys; from testigo.cli import main; "
            f"sys.argv = ['testigo', 'serve', '--db', {db!r}, '--port', '{port}']; main()")
    env = {k: v for k, v in os.environ.items() if k != "TESTIGO_TOKEN"}
    return subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def _wait(url: str, seconds: float) -> None:
    import httpx

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/api/documents", timeout=60).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit(f"the server at {url} did not answer within {seconds:.0f} s")


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --- the client process ------------------------------------------------------------------------------


def _hammer(url: str, paths: list[str], *, concurrency: int, requests: int, seconds: float) -> dict[str, Any]:
    """Send up to ``requests`` GETs (cycling through ``paths``) from ``concurrency`` threads for at most ``seconds``."""
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    counter = iter(range(requests))
    deadline = time.monotonic() + seconds

    def worker() -> None:
        with httpx.Client(base_url=url, timeout=120) as client:
            while time.monotonic() < deadline:
                with lock:
                    i = next(counter, None)
                if i is None:
                    return
                started = time.perf_counter()
                with client.stream("GET", paths[i % len(paths)]) as response:  # raw bytes: the server's time,
                    for _chunk in response.iter_raw():                       # not the client's unzipping
                        pass
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    latencies.append(elapsed)
                    if response.status_code != 200:
                        errors.append(f"{response.status_code} {paths[i % len(paths)]}")

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    ordered = sorted(latencies)
    return {"requests": len(ordered), "seconds": wall, "rps": len(ordered) / wall if wall else 0.0,
            "p50": statistics.median(ordered) if ordered else None,
            "p95": ordered[int(0.95 * (len(ordered) - 1))] if ordered else None,
            "max": ordered[-1] if ordered else None, "errors": len(errors), "error_examples": errors[:3]}


def client_main(url: str, concurrency: int, requests: int, seconds: float, seed: int) -> dict[str, Any]:
    import httpx

    rng = random.Random(seed)
    started = time.perf_counter()
    first = httpx.get(url + "/api/network", timeout=600)
    cold = (time.perf_counter() - started) * 1000
    network = first.json()
    wire = int(first.headers.get("content-length", 0))
    groups = [n["id"] for n in network["nodes"] if n["kind"] == "criminal_group"]
    people = [n["id"] for n in network["nodes"] if n["kind"] == "person"]
    ties = [e for e in network["edges"] if e["kind"] != "hierarchy"]
    entities = rng.sample(groups, min(150, len(groups))) + rng.sample(people, min(150, len(people)))
    edges = rng.sample(ties, min(300, len(ties)))
    names = [n["name"] for n in rng.sample(network["nodes"], min(100, len(network["nodes"])))]
    plans = {
        "network": ["/api/network"],
        "network dates": [f"/api/network?as_of={d}" for d in DATES],
        "entity": [f"/api/entities/{e}" for e in entities],
        "edge": [f"/api/edge?source={e['source']}&target={e['target']}" for e in edges],
        "search": [f"/api/entities?q={n.split()[-1][:5]}" for n in names],
    }
    results = {name: _hammer(url, paths, concurrency=concurrency, requests=requests, seconds=seconds)
               for name, paths in plans.items()}
    return {"cold_network_ms": cold, "nodes": len(network["nodes"]), "groups": len(groups), "people": len(people),
            "ties": len(ties), "hierarchy": len(network["edges"]) - len(ties), "claims_used": network["claims_used"],
            "bytes": len(json.dumps(network)), "wire": wire, "results": results}


# --- the driver ------------------------------------------------------------------------------------


def _store(size: str, folder: Path, seed: int) -> tuple[str, dict[str, Any]]:
    sys.path.insert(0, str(HERE))
    from network import load  # bench/network.py's generator: the same synthetic data

    from testigo.resolve import resolve
    from testigo.store import open_store

    n_entities, n_claims = (int(x) for x in size.split(":"))
    db = str(folder / "api.db")
    loaded = load(db, n_entities, n_claims, seed)
    with open_store(db) as store:
        resolved = resolve(store)
    return db, {"load_s": loaded["seconds"], "counts": loaded["counts"], "kinds": loaded["kinds"],
                "clusters": resolved.clusters}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="10000:100000", help="ENTITIES:CLAIMS of the synthetic store")
    parser.add_argument("--concurrency", type=int, default=8, help="client threads")
    parser.add_argument("--requests", type=int, default=400, help="requests per endpoint at most")
    parser.add_argument("--seconds", type=float, default=30.0, help="seconds per endpoint at most")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--settle", type=float, default=0.0,
                        help="seconds to wait after start-up before the first request (the cold figure then shows "
                             "what a visitor after the warm-up sees)")
    parser.add_argument("--db", help="use this existing store instead of generating one")
    parser.add_argument("--client", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.client:
        print(json.dumps(client_main(args.client, args.concurrency, args.requests, args.seconds, args.seed)))
        return 0
    with tempfile.TemporaryDirectory(prefix="testigo-bench-api-") as tmp:
        built: dict[str, Any] = {}
        db = args.db
        if db is None:
            print(f"generating a store of {args.size} (entities:claims) ...", flush=True)
            db, built = _store(args.size, Path(tmp), args.seed)
            print(f"  {built['counts']} in {built['load_s']:.1f} s; {built['clusters']} resolved clusters", flush=True)
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        server = _serve(db, port)
        try:
            _wait(url, 120)
            time.sleep(args.settle)  # let the server's warm-up (the first view's layout and network) finish
            print(f"server up at {url}; load average {os.getloadavg()[0]:.2f}; client: {args.concurrency} threads, "
                  f"<= {args.requests} requests and <= {args.seconds:.0f} s per endpoint", flush=True)
            command = [sys.executable, __file__, "--client", url, "--concurrency", str(args.concurrency),
                       "--requests", str(args.requests), "--seconds", str(args.seconds), "--seed", str(args.seed)]
            done = subprocess.run(command, capture_output=True, text=True, timeout=3600, check=True)
        finally:
            server.terminate()
            server.wait(timeout=30)
    _report(json.loads(done.stdout))
    return 0


def _report(r: dict[str, Any]) -> None:
    print(f"network: {r['nodes']} nodes ({r['groups']} groups, {r['people']} people), {r['ties']} signed ties, "
          f"{r['hierarchy']} hierarchy ties, from {r['claims_used']} claims; {r['bytes'] / 1e6:.1f} MB of JSON, "
          f"{r['wire'] / 1e6:.2f} MB gzipped on the wire")
    print(f"first /api/network (cold: layout + network + blocs, then cached): {r['cold_network_ms']:.0f} ms")
    print(f"{'endpoint':<15}{'requests':>9}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'errors':>8}")
    for name, x in r["results"].items():
        print(f"{name:<15}{x['requests']:>9}{x['rps']:>9.1f}{x['p50']:>9.1f}{x['p95']:>9.1f}{x['max']:>9.1f}"
              f"{x['errors']:>8}" + (f"  e.g. {x['error_examples']}" if x["errors"] else ""))
    p95 = r["results"]["network"]["p95"]
    verdict = "PASS" if p95 < TARGET_P95_MS else "FAIL"
    print(f"{verdict}: network p95 {p95:.0f} ms at {r['groups']} groups (target < {TARGET_P95_MS:.0f} ms)")


if __name__ == "__main__":
    sys.exit(main())
