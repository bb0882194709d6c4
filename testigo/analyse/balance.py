"""Structural balance: blocs that leave the fewest frustrated edges, and the unbalanced triads.

A signed network is balanced when its groups split into blocs with every alliance inside a
bloc and every rivalry across (Cartwright & Harary; Nakamura, Tita & Krackhardt on gangs). An
edge that breaks the rule (a rivalry inside a bloc, an alliance across) is *frustrated*, and a
triangle whose signs multiply to -1 ("my ally's ally is my rival") is *unbalanced*: that is
where tension sits and alliances tend to shift.

Finding the partition with least frustration is NP-hard (correlation clustering), so each
connected component of up to ``EXACT_LIMIT`` groups is solved exactly by trying every
partition (4,140 for 8 groups); larger ones start from greedy assignments (outwards from a
root, each group into the bloc its ties favour; eight roots, the strongest group and a
fixed-seed sample, two on very large components), then alternate single-group moves (to another bloc
or a new one) and merges of blocs while either lowers the frustration. That ends in a local
optimum, the best of the starts is kept, and all is deterministic. The number of blocs is not
fixed: it is the fewest the least frustration allows (blocs with no rivalry between them are
joined, so a group whose only ties are rivalries joins its rivals' enemies rather than standing
alone, as in two-bloc balance). Frustration is weighted by |edge weight|, so
a well-sourced alliance counts more than a possible one; the plain count is reported as well.
Edges of sign 0 (an exact tie of ally and rival evidence) take no part.

Invariant: a group's cost in bloc B is ``positive weight of its ties - signed weight of its
ties into B``, so a move or merge changes total frustration by exactly its own gain, and every
step strictly lowers it; the search terminates.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from testigo.analyse.network import Network

__all__ = ["EXACT_LIMIT", "Balance", "Triad", "TriadEdge", "balance", "blocs", "unbalanced_triads"]

EXACT_LIMIT = 8
_EPSILON = 1e-9
_MAX_ROUNDS = 100
_RESTARTS, _RESTART_LIMIT, _SEED = 8, 5000, 7  # greedy starts per component; fewer above the limit
Adjacency = dict[str, dict[str, float]]


@dataclass(frozen=True, slots=True)
class Balance:
    """Blocs (largest first), the frustrated edges, and how much frustration is left."""

    blocs: tuple[frozenset[str], ...]
    frustrated: tuple[tuple[str, str], ...]
    frustration: int
    frustration_weight: float
    total_weight: float
    exact: bool

    @property
    def index(self) -> float:
        """1 - frustrated weight / total weight: 1.0 is perfectly balanced."""
        return 1.0 if self.total_weight == 0 else round(1 - self.frustration_weight / self.total_weight, 4)

    def bloc_of(self) -> dict[str, int]:
        """Each node's bloc number (0 is the largest bloc)."""
        return {node: i for i, bloc in enumerate(self.blocs) for node in bloc}


def _adjacency(network: Network) -> Adjacency:
    adj: Adjacency = {node: {} for node in network.graph.nodes}
    for u, v, data in network.graph.edges(data=True):
        if data["sign"]:
            adj[u][v] = adj[v][u] = float(data["weight"])
    return adj


def _components(adj: Adjacency) -> Iterator[list[str]]:
    seen: set[str] = set()
    for start in sorted(adj):
        if start in seen:
            continue
        stack, part = [start], []
        seen.add(start)
        while stack:
            node = stack.pop()
            part.append(node)
            for other in adj[node]:
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        yield sorted(part)


def _partitions(n: int) -> Iterator[list[int]]:
    """Every set partition of n items as a restricted growth string."""
    labels = [0] * n

    def grow(i: int, top: int) -> Iterator[list[int]]:
        if i == n:
            yield labels
            return
        for b in range(top + 2):
            labels[i] = b
            yield from grow(i + 1, max(top, b))

    if n:
        yield from grow(1, 0)


def _exact(nodes: list[str], adj: Adjacency) -> dict[str, int]:
    index = {node: i for i, node in enumerate(nodes)}
    edges = [(index[u], index[v], w) for u in nodes for v, w in adj[u].items() if index[u] < index[v]]
    best: tuple[float, int, int] | None = None
    chosen: list[int] = [0] * len(nodes)
    for labels in _partitions(len(nodes)):
        bad = [w for i, j, w in edges if (w > 0) != (labels[i] == labels[j])]
        key = (round(sum(abs(w) for w in bad), 9), len(bad), max(labels))
        if best is None or key < best:
            best, chosen = key, list(labels)
    return {node: chosen[i] for node, i in index.items()}


def _toward(node: str, adj: Adjacency, label: dict[str, int]) -> dict[int, float]:
    """Signed weight of a node's ties into each bloc."""
    toward: dict[int, float] = {}
    for other, w in adj[node].items():
        if other in label and other != node:
            toward[label[other]] = toward.get(label[other], 0.0) + w
    return toward


def _best_bloc(node: str, adj: Adjacency, label: dict[str, int], fresh: int) -> int:
    toward = _toward(node, adj, label)
    current = label.get(node)
    best, gain = (fresh, 0.0) if current is None else (current, toward.get(current, 0.0))
    for bloc in sorted(toward):
        if toward[bloc] > gain + _EPSILON:
            best, gain = bloc, toward[bloc]
    if current is not None and gain < -_EPSILON:
        best = fresh  # alone is better than anywhere it is hated
    return best


def _moves(nodes: list[str], adj: Adjacency, label: dict[str, int]) -> bool:
    moved = False
    fresh = max(label.values()) + 1
    for node in nodes:
        target = _best_bloc(node, adj, label, fresh)
        if target != label[node]:
            label[node], moved = target, True
            fresh += target == fresh
    return moved


def _merge(nodes: list[str], adj: Adjacency, label: dict[str, int]) -> bool:
    """Merge pairs of blocs whose ties to each other are net positive, best pairs first."""
    between: dict[tuple[int, int], float] = {}
    for u in nodes:
        for v, w in adj[u].items():
            a, b = label[u], label[v]
            if u < v and a != b:
                key = (min(a, b), max(a, b))
                between[key] = between.get(key, 0.0) + w
    into: dict[int, int] = {}
    for _gain, (a, b) in sorted((-w, key) for key, w in between.items() if w > _EPSILON):
        if a not in into and b not in into:
            into[b], into[a] = a, a
    for node in nodes:
        label[node] = into.get(label[node], label[node])
    return any(a != b for a, b in into.items())


def _bfs(nodes: list[str], adj: Adjacency, start: str) -> list[str]:
    """Nodes outwards from ``start``, strongest ties first: each meets an assigned neighbour."""
    order, seen, queue = [], {start}, deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for other in sorted(adj[node], key=lambda o: (-abs(adj[node][o]), o)):
            if other not in seen:
                seen.add(other)
                queue.append(other)
    return order


def _roots(nodes: list[str], adj: Adjacency) -> list[str]:
    """Where the greedy starts: the strongest group, then a fixed-seed sample of others."""
    strongest = min(nodes, key=lambda n: (-sum(abs(w) for w in adj[n].values()), n))
    count = _RESTARTS if len(nodes) <= _RESTART_LIMIT else 2
    others = [n for n in nodes if n != strongest]
    return [strongest, *random.Random(_SEED).sample(others, min(count - 1, len(others)))]


def _settle(nodes: list[str], adj: Adjacency, label: dict[str, int]) -> None:
    for _ in range(_MAX_ROUNDS):
        moved = _moves(nodes, adj, label)
        if not _merge(nodes, adj, label) and not moved:
            return


def _fold(nodes: list[str], adj: Adjacency, label: dict[str, int]) -> None:
    """Join blocs with no rivalry between them, largest first: fewer blocs, frustration no higher."""
    members: dict[int, list[str]] = {}
    for node in nodes:
        members.setdefault(label[node], []).append(node)
    enemies: dict[int, set[int]] = {b: set() for b in members}
    for u in nodes:
        for v, w in adj[u].items():
            if w < 0 and label[u] != label[v]:
                enemies[label[u]].add(label[v])
    hosts: list[tuple[int, set[int]]] = []  # (host bloc, blocs its members are rivals of)
    host_of: dict[int, int] = {}
    for bloc in sorted(members, key=lambda b: (-len(members[b]), min(members[b]))):
        host = next((h for h in hosts if bloc not in h[1]), None)
        if host is None:
            hosts.append((bloc, set(enemies[bloc])))
            host_of[bloc] = bloc
        else:
            host[1].update(enemies[bloc])
            host_of[bloc] = host[0]
    for node in nodes:
        label[node] = host_of[label[node]]


def _frustration(nodes: list[str], adj: Adjacency, label: dict[str, int]) -> tuple[float, int]:
    bad = [abs(w) for u in nodes for v, w in adj[u].items() if u < v and (w > 0) != (label[u] == label[v])]
    return round(sum(bad), 9), len({label[n] for n in nodes})


def _search(nodes: list[str], adj: Adjacency, start: str) -> dict[str, int]:
    label: dict[str, int] = {}
    fresh = 0
    for node in _bfs(nodes, adj, start):
        label[node] = _best_bloc(node, adj, label, fresh)
        fresh += label[node] == fresh
    _settle(nodes, adj, label)
    _fold(nodes, adj, label)
    _settle(nodes, adj, label)
    return label


def _local(nodes: list[str], adj: Adjacency) -> dict[str, int]:
    """The best of a few greedy starts, each refined by moves, merges and folds."""
    found = [_search(nodes, adj, root) for root in _roots(nodes, adj)]
    return min(found, key=lambda label: _frustration(nodes, adj, label))


def balance(network: Network) -> Balance:
    """Partition the groups into blocs with the least frustration (see the module docstring)."""
    adj = _adjacency(network)
    found: list[frozenset[str]] = []
    exact = True
    for nodes in _components(adj):
        small = len(nodes) <= EXACT_LIMIT
        exact = exact and small
        label = _exact(nodes, adj) if small else _local(nodes, adj)
        for bloc in sorted(set(label.values())):
            found.append(frozenset(n for n in nodes if label[n] == bloc))
    found.sort(key=lambda b: (-len(b), min(b)))
    of = {node: i for i, bloc in enumerate(found) for node in bloc}
    bad = sorted((u, v) for u in adj for v, w in adj[u].items() if u < v and (w > 0) != (of[u] == of[v]))
    total = sum(abs(w) for u in adj for v, w in adj[u].items() if u < v)
    return Balance(blocs=tuple(found), frustrated=tuple(bad), frustration=len(bad),
                   frustration_weight=round(sum(abs(adj[u][v]) for u, v in bad), 4),
                   total_weight=round(total, 4), exact=exact)


def blocs(network: Network) -> list[set[str]]:
    """The blocs of ``balance(network)`` as plain sets, largest first."""
    return [set(bloc) for bloc in balance(network).blocs]


@dataclass(frozen=True, slots=True)
class TriadEdge:
    """One side of a triad, with its evidence."""

    source: str
    target: str
    sign: int
    weight: float
    claims: tuple[str, ...]
    quote: str


@dataclass(frozen=True, slots=True)
class Triad:
    """Three groups whose ties multiply to a negative sign; ``tension`` is its weakest |weight|."""

    nodes: tuple[str, str, str]
    edges: tuple[TriadEdge, TriadEdge, TriadEdge]
    tension: float

    def to_dict(self) -> dict[str, Any]:
        return {"nodes": list(self.nodes), "tension": self.tension, "edges": [
            {"source": e.source, "target": e.target, "sign": e.sign, "weight": e.weight,
             "claims": list(e.claims), "quote": e.quote} for e in self.edges]}


def _triad(network: Network, nodes: tuple[str, str, str]) -> Triad:
    a, b, c = nodes
    edges = []
    for u, v in ((a, b), (b, c), (a, c)):
        data = network.graph.edges[u, v]
        edges.append(TriadEdge(u, v, data["sign"], data["weight"], tuple(data["claims"]), data["quote"]))
    return Triad(nodes=nodes, edges=(edges[0], edges[1], edges[2]),
                 tension=min(abs(e.weight) for e in edges))


def unbalanced_triads(network: Network, *, limit: int | None = None) -> list[Triad]:
    """Triangles of signed edges whose signs multiply to -1, best evidenced (highest tension) first.

    Triangles are listed by orienting each edge towards the higher-degree end, so each is
    found once, in O(m^1.5) time.
    """
    adj = _adjacency(network)
    rank = {n: (len(adj[n]), n) for n in adj}
    higher = {n: {m for m in adj[n] if rank[m] > rank[n]} for n in adj}
    found = []
    for u in sorted(adj):
        for v in higher[u]:
            for w in higher[u] & higher[v]:
                if adj[u][v] * adj[v][w] * adj[u][w] < 0:
                    found.append(_triad(network, tuple(sorted((u, v, w)))))  # type: ignore[arg-type]
    found.sort(key=lambda t: (-t.tension, t.nodes))
    return found[:limit] if limit is not None else found
