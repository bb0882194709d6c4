# Reference implementation kept from testigo/analyse/balance.py before the array rewrite (commit 49d3e96):
# tests/test_analyse_arrays.py holds the new one equal to it.
"""Structural balance: the blocs that leave the fewest frustrated edges (triads: triads.py).

A signed network is balanced when its groups split into blocs with every alliance inside a
bloc and every rivalry across (Cartwright & Harary; Nakamura, Tita & Krackhardt on gangs). An
edge that breaks the rule (a rivalry inside a bloc, an alliance across) is *frustrated*, and a
triangle whose signs multiply to -1 ("my ally's ally is my rival") is *unbalanced*: that is
where tension sits and alliances tend to shift.

Finding the partition with least frustration is NP-hard (correlation clustering), so each
connected component of up to ``EXACT_LIMIT`` groups is solved exactly by trying every
partition (4,140 for 8 groups). Larger ones are searched from several starts: the signs of the
leading eigenvector of the signed adjacency matrix (two blocs; exact for a balanced graph), and
greedy assignments outwards from a root, each group into the bloc its ties favour (six roots,
the strongest group and a fixed-seed sample). A component above ``_RESTART_LIMIT`` groups gets
one start, the greedy one from the strongest group, so that its cost stays a few passes over
its edges: the greedy start also splits a balanced graph exactly, and on large bench graphs it
ends lower than the spectral one, which costs as much again. Each start is refined by
single-group moves (to another bloc or a new one) and merges of blocs while either lowers the
frustration; the best result is kept. All of it is deterministic.

The number of blocs is not fixed: it is the fewest the least frustration allows. Blocs with no
rivalry between them are joined, so a group whose only ties are rivalries joins its rivals'
enemies rather than standing alone, as in two-bloc balance. Frustration is weighted by |edge
weight|, so a well-sourced alliance counts more than a possible one; the plain count is
reported as well. Edges of sign 0 (an exact tie of ally and rival evidence) take no part.

Invariant: a group's cost in bloc B is ``positive weight of its ties - signed weight of its
ties into B``, so a move or merge changes total frustration by exactly its own gain; every move
and merge strictly lowers it and joining blocs never raises it, so the search terminates.
"""

from __future__ import annotations

import heapq
import random
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

from testigo.analyse.network import Network, paused_gc

__all__ = ["EXACT_LIMIT", "Balance", "balance", "blocs", "signed_adjacency"]

EXACT_LIMIT = 8
_EPSILON = 1e-9
_MAX_ROUNDS = 100
_RESTARTS, _RESTART_LIMIT, _SEED = 6, 5000, 7  # greedy starts per component; one above the limit
_POWER_STEPS = 300
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


def signed_adjacency(network: Network) -> Adjacency:
    """Node -> neighbour -> signed weight, for the edges with a sign (ties of sign 0 left out).

    Made once per network and shared by ``balance`` and ``unbalanced_triads`` (do not change it)."""
    found: Adjacency | None = network.cache.get("reference_signed_adjacency")
    if found is None:
        found = network.cache["reference_signed_adjacency"] = {
            u: {v: float(d["weight"]) for v, d in ties.items() if d["sign"]}  # plain dicts: no views
            for u, ties in network.graph._adj.items()}
    return found


@dataclass(slots=True)
class _Component:
    """One connected component with its nodes numbered 0..n-1 (in sorted order)."""

    names: list[str]
    neighbours: list[list[int]]
    weights: list[list[float]]
    pairs: list[tuple[int, int, float]] = field(default_factory=list)  # each edge once, i < j

    def __post_init__(self) -> None:
        self.pairs = [(i, j, w) for i, others in enumerate(self.neighbours)
                      for j, w in zip(others, self.weights[i], strict=True) if i < j]


def _components(adj: Adjacency) -> Iterator[_Component]:
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
        names = sorted(part)
        index = {name: i for i, name in enumerate(names)}
        ordered = [sorted(adj[n]) for n in names]
        yield _Component(names, [[index[o] for o in others] for others in ordered],
                         [[adj[n][o] for o in others] for n, others in zip(names, ordered, strict=True)])


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


def _exact(comp: _Component) -> list[int]:
    edges = comp.pairs
    best: tuple[float, int, int] | None = None
    chosen: list[int] = [0] * len(comp.names)
    for labels in _partitions(len(comp.names)):
        bad = [w for i, j, w in edges if (w > 0) != (labels[i] == labels[j])]
        key = (round(sum(abs(w) for w in bad), 9), len(bad), max(labels))
        if best is None or key < best:
            best, chosen = key, list(labels)
    return chosen


def _best_bloc(i: int, comp: _Component, label: list[int], fresh: int) -> int:
    """The bloc where node i costs least (cost in B = its positive weight - its signed weight into B)."""
    toward: dict[int, float] = {}
    get = toward.get
    for j, w in zip(comp.neighbours[i], comp.weights[i]):  # noqa: B905  (equal lengths by construction)
        b = label[j]
        if b >= 0:
            toward[b] = get(b, 0.0) + w
    current = label[i]
    best, gain = (fresh, 0.0) if current < 0 else (current, toward.get(current, 0.0))
    for bloc, value in toward.items():
        if value > gain + _EPSILON:
            best, gain = bloc, value
    if current >= 0 and gain < -_EPSILON:
        best = fresh  # alone is better than anywhere it is hated
    return best


def _moves(comp: _Component, label: list[int]) -> None:
    """Move single nodes while that lowers frustration; only neighbours of a moved node are revisited."""
    fresh = max(label) + 1
    queue, queued = deque(range(len(label))), [True] * len(label)
    while queue:
        i = queue.popleft()
        queued[i] = False
        target = _best_bloc(i, comp, label, fresh)
        if target == label[i]:
            continue
        label[i] = target
        fresh += target == fresh
        for j in comp.neighbours[i]:
            if not queued[j]:
                queued[j] = True
                queue.append(j)


def _merge(comp: _Component, label: list[int]) -> bool:
    """Merge blocs whose ties to each other are net positive, best pair first, until none are left.

    Greedy agglomeration on the graph of blocs (summed weights between them) with a heap and
    stale-entry skipping; the smaller bloc's ties are folded into the larger's, so the whole
    costs O(m log m).
    """
    ties: dict[int, dict[int, float]] = {}
    for i, j, w in comp.pairs:
        a, b = label[i], label[j]
        if a != b:
            row_a, row_b = ties.setdefault(a, {}), ties.setdefault(b, {})
            row_a[b] = row_b[a] = row_a.get(b, 0.0) + w
    heap = [(-w, a, b) for a, row in ties.items() for b, w in row.items() if a < b and w > _EPSILON]
    heapq.heapify(heap)
    root: dict[int, int] = {}
    while heap:
        gain, a, b = heapq.heappop(heap)
        if a in root or b in root or ties[a].get(b) != -gain:
            continue  # a bloc already merged away, or the weight changed since this entry
        if len(ties[a]) < len(ties[b]):
            a, b = b, a
        root[b] = a
        for c, w in ties.pop(b).items():
            if c == a:
                continue
            ties[c].pop(b)
            ties[a][c] = ties[c][a] = ties[a].get(c, 0.0) + w
            if ties[a][c] > _EPSILON:
                heapq.heappush(heap, (-ties[a][c], min(a, c), max(a, c)))
        ties[a].pop(b)
    if not root:
        return False
    for i, bloc in enumerate(label):
        while bloc in root:
            bloc = root[bloc]
        label[i] = bloc
    return True


def _fold(comp: _Component, label: list[int]) -> None:
    """Join blocs with no rivalry between them, largest first: fewer blocs, frustration no higher."""
    size: dict[int, int] = {}
    for bloc in label:
        size[bloc] = size.get(bloc, 0) + 1
    enemies: dict[int, set[int]] = {b: set() for b in size}
    for i, j, w in comp.pairs:
        if w < 0 and label[i] != label[j]:
            enemies[label[i]].add(label[j])
            enemies[label[j]].add(label[i])
    first: dict[int, int] = {}
    for i, bloc in enumerate(label):
        first.setdefault(bloc, i)
    hosts: list[tuple[int, set[int]]] = []  # (host bloc, blocs its members are rivals of)
    host_of: dict[int, int] = {}
    for bloc in sorted(size, key=lambda b: (-size[b], first[b])):
        host = next((h for h in hosts if bloc not in h[1]), None)
        if host is None:
            hosts.append((bloc, set(enemies[bloc])))
            host_of[bloc] = bloc
        else:
            host[1].update(enemies[bloc])
            host_of[bloc] = host[0]
    for i, bloc in enumerate(label):
        label[i] = host_of[bloc]


def _settle(comp: _Component, label: list[int]) -> None:
    for _ in range(_MAX_ROUNDS):
        _moves(comp, label)
        if not _merge(comp, label):
            return


def _bfs(comp: _Component, start: int) -> list[int]:
    """Nodes outwards from ``start``, strongest ties first: each meets an assigned neighbour."""
    order, seen, queue = [], {start}, deque([start])
    while queue:
        i = queue.popleft()
        order.append(i)
        ties = sorted([(-abs(w), j) for w, j in zip(comp.weights[i], comp.neighbours[i], strict=True)])
        for _w, j in ties:  # strongest first, then by number
            if j not in seen:
                seen.add(j)
                queue.append(j)
    return order


def _roots(comp: _Component) -> list[int]:
    """Where the greedy starts: the strongest node, then a fixed-seed sample of others."""
    n = len(comp.names)
    strongest = min(range(n), key=lambda i: (-sum(abs(w) for w in comp.weights[i]), i))
    count = _RESTARTS if n <= _RESTART_LIMIT else 1
    others = [i for i in range(n) if i != strongest]
    return [strongest, *random.Random(_SEED).sample(others, min(count - 1, len(others)))]


def _cost(comp: _Component, label: list[int]) -> tuple[float, int]:
    bad = [abs(w) for i, j, w in comp.pairs if (w > 0) != (label[i] == label[j])]
    return round(sum(bad), 9), len(set(label))


def _spectral(comp: _Component) -> list[int]:
    """Two blocs from the signs of the leading eigenvector of the signed adjacency matrix.

    For a balanced graph that vector is +/- by bloc; power iteration on A + shift*I (shifted so
    the largest eigenvalue, not the largest in magnitude, wins) from a fixed-seed start.
    """
    import numpy as np

    edges = comp.pairs
    src = np.array([e[0] for e in edges], dtype=np.intp)
    dst = np.array([e[1] for e in edges], dtype=np.intp)
    w = np.array([e[2] for e in edges], dtype=float)
    n = len(comp.names)
    shift = float((np.bincount(src, np.abs(w), n) + np.bincount(dst, np.abs(w), n)).max())
    x = np.random.default_rng(_SEED).standard_normal(n)
    for _ in range(_POWER_STEPS):
        x = shift * x + np.bincount(src, w * x[dst], n) + np.bincount(dst, w * x[src], n)
        x /= np.abs(x).max() or 1.0  # rescale without BLAS (threads thrash on busy machines)
    return [0 if v >= 0 else 1 for v in x]


def _refine(comp: _Component, label: list[int]) -> list[int]:
    _settle(comp, label)
    _fold(comp, label)
    _settle(comp, label)
    return label


def _greedy(comp: _Component, start: int) -> list[int]:
    label = [-1] * len(comp.names)
    fresh = 0
    for i in _bfs(comp, start):
        label[i] = _best_bloc(i, comp, label, fresh)
        fresh += label[i] == fresh
    return label


def _local(comp: _Component) -> list[int]:
    """The best of a signed-spectral start and a few greedy ones (one greedy start on very large
    components), each refined by moves, merges and folds."""
    spectral = [_spectral(comp)] if len(comp.names) <= _RESTART_LIMIT else []
    starts = [*spectral, *(_greedy(comp, root) for root in _roots(comp))]
    return min((_refine(comp, label) for label in starts), key=lambda label: _cost(comp, label))


def balance(network: Network) -> Balance:
    """Partition the groups into blocs with the least frustration (see the module docstring)."""
    with paused_gc():
        return _balance(network)


def _balance(network: Network) -> Balance:
    adj = signed_adjacency(network)
    found: list[frozenset[str]] = []
    exact = True
    for comp in _components(adj):
        small = len(comp.names) <= EXACT_LIMIT
        exact = exact and small
        label = _exact(comp) if small else _local(comp)
        members: dict[int, list[str]] = {}
        for name, bloc in zip(comp.names, label, strict=True):
            members.setdefault(bloc, []).append(name)
        found.extend(frozenset(m) for m in members.values())
    found.sort(key=lambda b: (-len(b), min(b)))
    of = {node: i for i, bloc in enumerate(found) for node in bloc}
    bad: list[tuple[str, str]] = []
    weights: list[float] = []
    for u, ties in adj.items():  # one pass over each edge once (u < v)
        bloc = of[u]
        for v, w in ties.items():
            if u < v:
                weights.append(abs(w))
                if (w > 0) != (bloc == of[v]):
                    bad.append((u, v))
    bad.sort()
    total = sum(weights)
    return Balance(blocs=tuple(found), frustrated=tuple(bad), frustration=len(bad),
                   frustration_weight=round(sum(abs(adj[u][v]) for u, v in bad), 4),
                   total_weight=round(total, 4), exact=exact)


def blocs(network: Network) -> list[set[str]]:
    """The blocs of ``balance(network)`` as plain sets, largest first."""
    return [set(bloc) for bloc in balance(network).blocs]
