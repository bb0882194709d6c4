"""A picture of the group network: blocs coloured, alliances solid green, rivalries dashed red.

Uses matplotlib's object API with the Agg canvas (no pyplot, no global backend switch), so it
works headless and in threads. The layout is a spring layout with a fixed seed in which
alliances pull much harder than rivalries, so blocs sit together; its scale and the figure
grow with the number of groups, and labels are nudged apart until they no longer overlap.
Graphs larger than ``max_nodes`` are cut to the groups with the strongest ties.
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

ALLY, RIVAL, TIED = "#2e7d32", "#c62828", "#8d8d8d"
_PALETTE = ("#1f77b4", "#ff7f0e", "#9467bd", "#17becf", "#e377c2", "#bcbd22", "#8c564b", "#7f7f7f",
            "#aec7e8", "#ffbb78", "#c5b0d5", "#9edae5")
_LONE = "#d9d9d9"
_LEGEND_BLOCS = 12
_SEED = 7


def _keep(network: Network, max_nodes: int) -> Any:
    graph = network.graph
    if graph.number_of_nodes() <= max_nodes:
        return graph
    strength = {n: sum(abs(d["weight"]) for _, _, d in graph.edges(n, data=True)) for n in graph}
    kept = sorted(graph, key=lambda n: (-strength[n], n))[:max_nodes]
    return graph.subgraph(kept)


def _pulled(graph: Any) -> Any:
    """The graph the layout sees: alliances pull hard, rivalries barely (so rivals drift apart)."""
    import networkx as nx

    pulled = nx.Graph()
    pulled.add_nodes_from(sorted(graph))
    for u, v, d in sorted(graph.edges(data=True)):
        pulled.add_edge(u, v, pull=(3.0 + abs(d["weight"])) if d["sign"] > 0 else 0.15)
    return pulled


def _local(part: Any) -> dict[str, tuple[float, float]]:
    """One component laid out in a box of half-side 1."""
    import networkx as nx

    nodes = sorted(part)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:
        return {nodes[0]: (-1.0, 0.0), nodes[1]: (1.0, 0.0)}
    pos = nx.spring_layout(part, weight="pull", seed=_SEED, k=2.0 / math.sqrt(len(nodes)), iterations=500)
    return {node: (float(x), float(y)) for node, (x, y) in pos.items()}


def _layout(graph: Any) -> dict[str, tuple[float, float]]:
    """Each connected component laid out on its own, then the components packed in rows, largest first."""
    import networkx as nx

    pulled = _pulled(graph)
    parts = sorted((sorted(c) for c in nx.connected_components(pulled)), key=lambda c: (-len(c), c[0]))
    radii = [0.9 * math.sqrt(len(c)) + 0.6 for c in parts]
    row_width = max(max(radii, default=1.0) * 2, math.sqrt(sum((2 * r) ** 2 for r in radii)) * 1.3)
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for part, radius in zip(parts, radii):
        if x > 0 and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y - row_height, 0.0
        local = _local(pulled.subgraph(part))
        inner = radius - 0.6
        for node, (lx, ly) in local.items():
            pos[node] = (x + radius + lx * inner, y - radius + ly * inner)
        x, row_height = x + 2 * radius, max(row_height, 2 * radius)
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
    for u, v, d in sorted(graph.edges(data=True)):
        (x1, y1), (x2, y2) = pos[u], pos[v]
        style = {1: (ALLY, "-"), -1: (RIVAL, (0, (5, 3)))}.get(d["sign"], (TIED, ":"))
        width = 1.2 + 1.3 * min(abs(d["weight"]), 2.5)
        ax.plot([x1, x2], [y1, y2], color=style[0], linestyle=style[1], linewidth=width, zorder=1,
                alpha=0.9, solid_capstyle="round")
        if d["contested"]:
            ax.plot([(x1 + x2) / 2], [(y1 + y2) / 2], marker="D", markersize=7, color="#ffb300",
                    markeredgecolor="black", markeredgewidth=0.6, zorder=2)


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


def _legend(ax: Any, legend: list[tuple[str, str]]) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles: list[Any] = [
        Line2D([0], [0], color=ALLY, linewidth=2.5, label="ally_of"),
        Line2D([0], [0], color=RIVAL, linewidth=2.5, linestyle=(0, (5, 3)), label="rival_of"),
        Line2D([0], [0], marker="D", color="white", markerfacecolor="#ffb300", markeredgecolor="black",
               markersize=7, label="contested (both signs)"),
    ]
    handles += [Patch(facecolor=c, edgecolor="black", label=label) for c, label in legend]
    handles.append(Patch(facecolor=_LONE, edgecolor="black", label="no signed tie (ally and rival tied)"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=9, frameon=False)


def _title(network: Network, result: Balance, shown: int) -> str:
    p = network.period
    when = f"as of {p.as_of}" if p.as_of else "all dates"
    if p.start or p.end:
        when += f", window {p.start or '…'} to {p.end or '…'}"
    cut = f" (top {shown} of {network.graph.number_of_nodes()})" if shown < network.graph.number_of_nodes() else ""
    return (f"Groups{cut}, {when}, certainty ≥ {network.min_certainty.value}; "
            f"{result.frustration} frustrated edge(s), balance {result.index}")


def draw(network: Network, path: str | Path, *, fmt: str | None = None, result: Balance | None = None,
         max_nodes: int = 60) -> Path:
    """Write a PNG or SVG picture of the group network (``fmt`` defaults to the file's suffix)."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise ConfigError("drawing needs matplotlib: pip install matplotlib") from exc
    target = Path(path)
    fmt = (fmt or target.suffix.lstrip(".") or "png").lower()
    if fmt not in ("png", "svg"):
        raise ConfigError(f"cannot draw {target}: use a .png or .svg file")
    result = result or balance(network)
    graph = _keep(network, max_nodes)
    n = graph.number_of_nodes()
    side = min(26.0, 7.0 + 0.9 * math.sqrt(max(n, 1)) * 2)
    fig = Figure(figsize=(side + 3.5, side), dpi=150 if fmt == "png" else 100)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.02, 0.02, side / (side + 3.5) - 0.03, 0.9))
    ax.set_axis_off()
    ax.set_title(_title(network, result, n), fontsize=10, loc="left")
    pos = _layout(graph) if n else {}
    colour, legend = _colours(graph, network, result)
    _edges(ax, graph, pos)
    for node in sorted(graph):
        x, y = pos[node]
        ax.scatter([x], [y], s=260 + 90 * graph.degree(node), color=colour.get(node, _LONE),
                   edgecolors="black", linewidths=0.8, zorder=3)
    if pos:
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        pad = 0.18 * max(max(xs) - min(xs), max(ys) - min(ys), 0.5)
        ax.set_xlim(min(xs) - pad, max(xs) + pad)
        ax.set_ylim(min(ys) - pad * 1.4, max(ys) + pad)
        _labels(fig, ax, graph, network, pos, offset=pad * 0.22)
    _legend(ax, legend)
    target.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(target, format=fmt, metadata={"Date": None} if fmt == "svg" else None)
    return target
