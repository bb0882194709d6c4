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
from dataclasses import dataclass
from typing import Any

from testigo.analyse.arrays import SignedArrays, signed_arrays
from testigo.analyse.network import Network, paused_gc

__all__ = ["EXACT_LIMIT", "Balance", "SignedArrays", "balance", "blocs", "signed_arrays"]

EXACT_LIMIT = 8
_EPSILON = 1e-9
_MAX_ROUNDS = 100
_RESTARTS, _RESTART_LIMIT, _SEED = 6, 5000, 7  # greedy starts per component; one above the limit
_POWER_STEPS = 300


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


@dataclass(slots=True)
class _Component:
    """One connected component with its nodes numbered 0..n-1 (in name order); each node's
    neighbours in that order with their weights, the same strongest first (then by number), and
    each edge once as ``(i, j, w)`` with ``i < j``, row by row."""

    names: list[str]
    neighbours: list[list[int]]
    weights: list[list[float]]
    strongest: list[list[int]]
    pairs: list[tuple[int, int, float]]
    arrays: tuple[Any, Any, Any]  # the pairs as numpy arrays i, j, w


def _split(flat: list[Any], starts: list[int]) -> list[list[Any]]:
    return [flat[a:b] for a, b in zip(starts, starts[1:])]  # noqa: B905  (starts has one more item)


def _components(arrays: SignedArrays) -> Iterator[_Component]:
    """The connected components (scipy), each renumbered in name order, its rows read from one CSR matrix."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    n = len(arrays.names)
    if n == 0:
        return
    u, v, w = arrays.u, arrays.v, arrays.w
    count, labels = connected_components(
        csr_matrix((np.ones(len(u)), (u, v)), shape=(n, n)), directed=False)
    order = np.argsort(labels, kind="stable")  # components together, each in name order
    sizes = np.bincount(labels, minlength=count)
    first = np.concatenate(([0], np.cumsum(sizes)))
    position = np.empty(n, dtype=np.intp)
    position[order] = np.arange(n)
    rows = np.concatenate((position[u], position[v]))
    cols = np.concatenate((position[v], position[u]))
    data = np.concatenate((w, w))
    by_row = np.lexsort((cols, rows))  # rows, then neighbours, in name order
    rows, cols, data = rows[by_row], cols[by_row], data[by_row]
    strong = np.lexsort((cols, -np.abs(data), rows))  # rows, then strongest first, then by number
    offset = first[labels[order]]  # each node's component start, by position
    local_cols = cols - offset[rows]
    starts = np.searchsorted(rows, np.arange(n + 1)).tolist()
    neighbours = _split(local_cols.tolist(), starts)
    weights = _split(data.tolist(), starts)
    strongest = _split(local_cols[strong].tolist(), starts)
    upper = cols > rows
    pair_i, pair_j, pair_w = (rows - offset[rows])[upper], local_cols[upper], data[upper]
    pair_lists = pair_i.tolist(), pair_j.tolist(), pair_w.tolist()
    pair_starts = np.searchsorted(rows[upper], first).tolist()
    names = [arrays.names[i] for i in order.tolist()]
    ends = first.tolist()
    for c in sorted(range(count), key=lambda c: int(order[ends[c]])):  # by first name, as before
        a, b = ends[c], ends[c + 1]
        p, q = pair_starts[c], pair_starts[c + 1]
        yield _Component(names[a:b], neighbours[a:b], weights[a:b], strongest[a:b],
                         list(zip(*(x[p:q] for x in pair_lists), strict=True)),
                         (pair_i[p:q], pair_j[p:q], pair_w[p:q]))


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
    """Move single nodes while that lowers frustration; only neighbours of a moved node are revisited.

    ``_best_bloc`` written out in the loop (every label is set here), as it runs once per visit."""
    fresh = max(label) + 1
    neighbours, weights = comp.neighbours, comp.weights
    queue, queued = deque(range(len(label))), [True] * len(label)
    pop, push = queue.popleft, queue.append
    while queue:
        i = pop()
        queued[i] = False
        toward: dict[int, float] = {}
        get = toward.get
        for j, w in zip(neighbours[i], weights[i]):  # noqa: B905  (equal lengths by construction)
            b = label[j]
            toward[b] = get(b, 0.0) + w
        current = label[i]
        target, gain = current, get(current, 0.0)
        for bloc, value in toward.items():
            if value > gain + _EPSILON:
                target, gain = bloc, value
        if gain < -_EPSILON:
            target = fresh  # alone is better than anywhere it is hated
        if target == current:
            continue
        label[i] = target
        fresh += target == fresh
        for j in neighbours[i]:
            if not queued[j]:
                queued[j] = True
                push(j)


def _merge(comp: _Component, label: list[int]) -> bool:
    """Merge blocs whose ties to each other are net positive, best pair first, until none are left.

    Greedy agglomeration on the graph of blocs (summed weights between them) with a heap and
    stale-entry skipping; the smaller bloc's ties are folded into the larger's, so the whole
    costs O(m log m).
    """
    ties = _bloc_ties(comp, label)
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


def _bloc_ties(comp: _Component, label: list[int]) -> dict[int, dict[int, float]]:
    """Bloc -> other bloc -> summed weight of the ties between them (each sum added in pair order,
    from 0.0, as a loop over ``comp.pairs`` would: np.bincount adds its weights in input order)."""
    import numpy as np

    pair_i, pair_j, pair_w = comp.arrays
    labels = np.array(label, dtype=np.int64)
    a, b = labels[pair_i], labels[pair_j]
    cross = a != b
    a, b, w = a[cross], b[cross], pair_w[cross]
    low, high = np.minimum(a, b), np.maximum(a, b)
    keys, inverse = np.unique(low * (int(labels.max()) + 1) + high, return_inverse=True)
    sums = np.bincount(inverse.ravel(), weights=w, minlength=len(keys))
    ties: dict[int, dict[int, float]] = {}
    width = int(labels.max()) + 1
    for key, total in zip(keys.tolist(), sums.tolist()):  # noqa: B905
        x, y = divmod(key, width)
        ties.setdefault(x, {})[y] = total
        ties.setdefault(y, {})[x] = total
    return ties


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
    strongest = comp.strongest
    while queue:
        i = queue.popleft()
        order.append(i)
        for j in strongest[i]:  # strongest first, then by number
            if j not in seen:
                seen.add(j)
                queue.append(j)
    return order


def _roots(comp: _Component) -> list[int]:
    """Where the greedy starts: the strongest node, then a fixed-seed sample of others."""
    n = len(comp.names)
    strongest = min(range(n), key=lambda i: (-sum(map(abs, comp.weights[i])), i))
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
    import numpy as np

    arrays = signed_arrays(network)
    found: list[frozenset[str]] = []
    exact = True
    for comp in _components(arrays):
        small = len(comp.names) <= EXACT_LIMIT
        exact = exact and small
        label = _exact(comp) if small else _local(comp)
        members: dict[int, list[str]] = {}
        for name, bloc in zip(comp.names, label, strict=True):
            members.setdefault(bloc, []).append(name)
        found.extend(frozenset(m) for m in members.values())
    found.sort(key=lambda b: (-len(b), min(b)))
    index = {name: i for i, name in enumerate(arrays.names)}
    of = np.empty(len(arrays.names), dtype=np.intp)
    for number, members_of in enumerate(found):
        of[[index[node] for node in members_of]] = number
    u, v, w = arrays.u, arrays.v, arrays.w
    bad = (w > 0) != (of[u] == of[v])
    order = np.lexsort((v[bad], u[bad]))  # by name: names are numbered in order
    names = arrays.names
    frustrated = tuple((names[a], names[b]) for a, b in zip(u[bad][order].tolist(), v[bad][order].tolist()))  # noqa: B905
    return Balance(blocs=tuple(found), frustrated=frustrated, frustration=len(frustrated),
                   frustration_weight=round(sum(np.abs(w[bad][order]).tolist()), 4),
                   total_weight=round(sum(np.abs(w).tolist()), 4), exact=exact)


def blocs(network: Network) -> list[set[str]]:
    """The blocs of ``balance(network)`` as plain sets, largest first."""
    return [set(bloc) for bloc in balance(network).blocs]
