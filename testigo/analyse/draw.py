"""A picture of the group network: blocs coloured, alliances solid green, rivalries dashed red.

Uses matplotlib's object API with the Agg canvas (no pyplot, no global backend switch), so it
works headless and in threads. Each connected component is laid out on its own by stress
majorisation, with allies one unit apart and rivals 1.8 (so blocs sit together and rival blocs
apart), turned so its longest extent runs across the page; components are then packed in rows,
largest first. The figure grows with the layout, labels (font 9) are nudged apart until none
overlap, and small graphs show each tie's support. Everything is seeded: the same network
gives the same picture. Graphs larger than ``max_nodes`` are cut to the groups with the
strongest ties.
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path
from typing import Any

from testigo.analyse.balance import Balance, balance
from testigo.analyse.network import Network
from testigo.errors import ConfigError

__all__ = ["draw"]

ALLY, RIVAL, TIED, CONTESTED = "#2e7d32", "#c62828", "#8d8d8d", "#ffb300"
_PALETTE = ("#1f77b4", "#ff7f0e", "#9467bd", "#17becf", "#e377c2", "#bcbd22", "#8c564b", "#7f7f7f",
            "#aec7e8", "#ffbb78", "#c5b0d5", "#9edae5")
_LONE = "#d9d9d9"
_LEGEND_BLOCS = 12
_INCH, _MARGIN, _MAX_INCHES = 1.0, 0.9, 30.0  # inches per layout unit, margin in units, largest side
_UNIT, _STRESS_ROUNDS = 1.7, 200  # layout units per ally edge; layout iterations
_GAP = 0.8  # room around a component for its labels, in layout units
_LEGEND_INCHES, _TITLE_INCHES = 3.8, 0.5
_SEED = 7


def _keep(network: Network, max_nodes: int) -> Any:
    graph = network.graph
    if graph.number_of_nodes() <= max_nodes:
        return graph
    strength = {n: sum(abs(d["weight"]) for _, _, d in graph.edges(n, data=True)) for n in graph}
    kept = sorted(graph, key=lambda n: (-strength[n], n))[:max_nodes]
    return graph.subgraph(kept)


def _pulled(graph: Any) -> Any:
    """The graph the layout sees: allies want to sit close, rivals twice as far, ties in between."""
    import networkx as nx

    pulled = nx.Graph()
    pulled.add_nodes_from(sorted(graph))
    for u, v, d in sorted(graph.edges(data=True)):
        pulled.add_edge(u, v, length={1: 1.0, -1: 1.8}.get(d["sign"], 1.4))
    return pulled


def _local(part: Any) -> dict[str, tuple[float, float]]:
    """One component by stress majorisation: distances on the page follow signed path lengths.

    Starts from a fixed-seed spring layout and moves each node in turn to where its distances
    to all others best match the graph distances (Gansner, Koren & North), which keeps allies
    close, rivals apart and nodes from piling up; ``_UNIT`` layout units per ally edge.
    """
    import networkx as nx
    import numpy as np

    nodes = sorted(part)
    if len(nodes) < 3:
        length = part.edges[nodes[0], nodes[1]]["length"] if len(nodes) == 2 else 0.0
        return {node: (i * length * _UNIT, 0.0) for i, node in enumerate(nodes)}
    lengths = dict(nx.all_pairs_dijkstra_path_length(part, weight="length"))
    want = np.array([[lengths[a][b] for b in nodes] for a in nodes]) * _UNIT
    weight = np.where(want > 0, 1.0 / np.maximum(want, 1e-9) ** 2, 0.0)
    start = nx.spring_layout(part, seed=_SEED)
    xy = np.array([start[n] for n in nodes], dtype=float) * want.max() / 2
    for _ in range(_STRESS_ROUNDS):
        for i in range(len(nodes)):
            delta = xy[i] - xy
            dist = np.maximum(np.hypot(delta[:, 0], delta[:, 1]), 1e-9)[:, None]
            target = xy + want[i][:, None] * delta / dist
            xy[i] = (weight[i][:, None] * target).sum(axis=0) / weight[i].sum()
    xy -= xy.mean(axis=0)
    _, vectors = np.linalg.eigh(xy.T @ xy)
    xy = xy @ vectors[:, ::-1]  # the longest extent runs across the page
    xy *= np.where(xy[0] < 0, 1.0, -1.0)  # a fixed orientation: the first node left and below
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, xy, strict=True)}


def _layout(graph: Any) -> dict[str, tuple[float, float]]:
    """Each connected component laid out on its own, then packed in rows by bounding box, largest first."""
    import networkx as nx

    pulled = _pulled(graph)
    parts = sorted((sorted(c) for c in nx.connected_components(pulled)), key=lambda c: (-len(c), c[0]))
    boxes = []
    for part in parts:
        local = _local(pulled.subgraph(part))
        xs, ys = [p[0] for p in local.values()], [p[1] for p in local.values()]
        boxes.append((local, min(xs), max(ys), max(xs) - min(xs) + 2 * _GAP, max(ys) - min(ys) + 2 * _GAP))
    row_width = max(max(b[3] for b in boxes), math.sqrt(sum(b[3] * b[4] for b in boxes)) * 1.8)
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for local, left, top, width, height in boxes:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y - row_height, 0.0
        for node, (lx, ly) in local.items():
            pos[node] = (x + _GAP + lx - left, y - _GAP - (top - ly))
        x, row_height = x + width, max(row_height, height)
    return pos


def _colours(graph: Any, network: Network, result: Balance) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """A colour per bloc (in the order balance() gives them) and legend lines naming its members."""
    colour: dict[str, str] = {}
    legend: list[tuple[str, str]] = []
    signed = {n for u, v, d in graph.edges(data=True) if d["sign"] for n in (u, v)}
    shown = [b for b in result.blocs if b & signed]
    for i, bloc in enumerate(shown):
        shade = _PALETTE[i % len(_PALETTE)]
        members = sorted((n for n in bloc if n in graph), key=network.name)
        colour.update((n, shade) for n in members)
        if i < _LEGEND_BLOCS:
            names = ", ".join(network.name(n) for n in members[:3]) + (" …" if len(members) > 3 else "")
            legend.append((shade, textwrap.fill(f"bloc {i + 1}: {names}", width=38)))
    if len(shown) > _LEGEND_BLOCS:
        legend.append(("white", f"… {len(shown) - _LEGEND_BLOCS} more blocs (colours repeat)"))
    return colour, legend


def _edges(ax: Any, graph: Any, pos: dict[str, tuple[float, float]]) -> None:
    """Alliances solid green, rivalries dashed red, ties dotted grey; width grows with |weight|.

    On small graphs each edge shows its support (independent origins) at its middle.
    """
    label_support = graph.number_of_edges() <= 40
    for u, v, d in sorted(graph.edges(data=True)):
        (x1, y1), (x2, y2) = pos[u], pos[v]
        style = {1: (ALLY, "-"), -1: (RIVAL, (0, (5, 3)))}.get(d["sign"], (TIED, ":"))
        width = 1.2 + 1.3 * min(abs(d["weight"]), 2.5)
        ax.plot([x1, x2], [y1, y2], color=style[0], linestyle=style[1], linewidth=width, zorder=1,
                alpha=0.9, solid_capstyle="round")
        middle = ((x1 + x2) / 2, (y1 + y2) / 2)
        fill = CONTESTED if d["contested"] else "white"
        if label_support:
            bubble = {"boxstyle": "circle,pad=0.25", "facecolor": fill, "edgecolor": style[0], "linewidth": 1}
            ax.text(*middle, str(d["support"]), fontsize=7, ha="center", va="center", zorder=2, bbox=bubble)
        elif d["contested"]:
            ax.plot(*middle, marker="D", markersize=7, color=fill, markeredgecolor="black", zorder=2)


def _overlap(a: Any, b: Any) -> tuple[float, float]:
    dx = min(a.x1, b.x1) - max(a.x0, b.x0)
    dy = min(a.y1, b.y1) - max(a.y0, b.y0)
    return (dx, dy) if dx > 0 and dy > 0 else (0.0, 0.0)


def _spread(fig: Any, ax: Any, texts: list[Any], rounds: int = 200) -> None:
    """Nudge labels apart (in pixels, vertically first) until none overlap or rounds run out."""
    renderer = fig.canvas.get_renderer()
    to_data = ax.transData.inverted()
    for _ in range(rounds):
        boxes = [t.get_window_extent(renderer).expanded(1.06, 1.15) for t in texts]
        moved = False
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                dx, dy = _overlap(boxes[i], boxes[j])
                if not dx:
                    continue
                moved = True
                up = 1 if boxes[i].y0 + boxes[i].y1 >= boxes[j].y0 + boxes[j].y1 else -1
                step = (0.0, dy / 2 + 1) if dy <= dx * 1.5 else (dx / 2 + 1, 0.0)
                side = 1 if boxes[i].x0 + boxes[i].x1 >= boxes[j].x0 + boxes[j].x1 else -1
                for text, sign in ((texts[i], 1), (texts[j], -1)):
                    x, y = ax.transData.transform(text.get_position())
                    new = (x + sign * side * step[0], y + sign * up * step[1])
                    text.set_position(tuple(to_data.transform(new)))
        if not moved:
            return


def _labels(fig: Any, ax: Any, graph: Any, network: Network, pos: dict[str, tuple[float, float]],
            offset: float) -> None:
    texts = []
    for node in sorted(graph):
        x, y = pos[node]
        name = textwrap.fill(network.name(node), width=20)
        texts.append(ax.text(x, y - offset, name, fontsize=9, ha="center", va="top", zorder=4,
                             bbox={"boxstyle": "round,pad=0.25", "facecolor": "white", "edgecolor": "none",
                                   "alpha": 0.85}))
    _spread(fig, ax, texts)


def _legend(fig: Any, legend: list[tuple[str, str]]) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles: list[Any] = [
        Line2D([0], [0], color=ALLY, linewidth=2.5, label="ally_of"),
        Line2D([0], [0], color=RIVAL, linewidth=2.5, linestyle=(0, (5, 3)), label="rival_of"),
        Line2D([0], [0], color=TIED, linewidth=2.5, linestyle=":", label="ally and rival evidence tied"),
        Line2D([0], [0], marker="o", color="white", markerfacecolor="white", markeredgecolor="black",
               markersize=9, label="n: independent sources"),
        Line2D([0], [0], marker="o", color="white", markerfacecolor=CONTESTED, markeredgecolor="black",
               markersize=9, label="contested (both signs)"),
    ]
    handles += [Patch(facecolor=c, edgecolor="black", label=label) for c, label in legend]
    handles.append(Patch(facecolor=_LONE, edgecolor="black", label="no bloc (only tied edges)"))
    fig.legend(handles=handles, loc="upper right", bbox_to_anchor=(0.995, 0.96), fontsize=9, frameon=False)


def _title(network: Network, result: Balance, shown: int) -> str:
    p = network.period
    when = f"as of {p.as_of}" if p.as_of else "all dates"
    if p.start or p.end:
        when += f", window {p.start or '…'} to {p.end or '…'}"
    total = network.graph.number_of_nodes()
    cut = f" (top {shown} of {total})" if shown < total else ""
    return (f"Groups{cut}, {when}, certainty ≥ {network.min_certainty.value}; "
            f"{result.frustration} frustrated edge(s), balance {result.index}")


def _canvas(pos: dict[str, tuple[float, float]], fmt: str) -> tuple[Any, Any]:
    """A figure sized to the layout (``_INCH`` inches per layout unit) with room for the legend."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    xs, ys = [p[0] for p in pos.values()] or [0.0], [p[1] for p in pos.values()] or [0.0]
    span_x, span_y = max(xs) - min(xs) + 2 * _MARGIN, max(ys) - min(ys) + 2 * _MARGIN
    scale = min(1.0, _MAX_INCHES / max(span_x * _INCH, span_y * _INCH))
    width, height = max(4.0, span_x * _INCH * scale), max(3.0, span_y * _INCH * scale)
    fig = Figure(figsize=(width + _LEGEND_INCHES, height + _TITLE_INCHES), dpi=150 if fmt == "png" else 72)
    FigureCanvasAgg(fig)
    total_w, total_h = width + _LEGEND_INCHES, height + _TITLE_INCHES
    ax = fig.add_axes((0.0, 0.0, width / total_w, height / total_h))
    ax.set_axis_off()
    ax.set_xlim(min(xs) - _MARGIN, max(xs) + _MARGIN)
    ax.set_ylim(min(ys) - _MARGIN, max(ys) + _MARGIN)
    ax.set_aspect("equal", adjustable="datalim")
    return fig, ax


def draw(network: Network, path: str | Path, *, fmt: str | None = None, result: Balance | None = None,
         max_nodes: int = 60) -> Path:
    """Write a PNG or SVG picture of the group network (``fmt`` defaults to the file's suffix)."""
    try:
        import matplotlib  # noqa: F401
    except ImportError as exc:
        raise ConfigError("drawing needs matplotlib: pip install matplotlib") from exc
    target = Path(path)
    fmt = (fmt or target.suffix.lstrip(".") or "png").lower()
    if fmt not in ("png", "svg"):
        raise ConfigError(f"cannot draw {target}: use a .png or .svg file")
    result = result or balance(network)
    graph = _keep(network, max_nodes)
    pos = _layout(graph) if graph.number_of_nodes() else {}
    fig, ax = _canvas(pos, fmt)
    fig.suptitle(_title(network, result, graph.number_of_nodes()), fontsize=10, x=0.01, ha="left", y=0.995)
    colour, legend = _colours(graph, network, result)
    _edges(ax, graph, pos)
    for node in sorted(graph):
        ax.scatter([pos[node][0]], [pos[node][1]], s=260 + 90 * graph.degree(node),
                   color=colour.get(node, _LONE), edgecolors="black", linewidths=0.8, zorder=3)
    _labels(fig, ax, graph, network, pos, offset=0.2)
    _legend(fig, legend)
    target.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(target, format=fmt, metadata={"Date": None} if fmt == "svg" else None)
    return target
