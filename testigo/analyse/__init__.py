"""Analyse claims: the signed network of groups, its blocs and tensions, the hierarchy, timelines.

The only part of testigo that imports networkx (and matplotlib, for pictures). Build from any
iterable of claims with ``build_network`` (one pass, nothing kept per claim), or from a store
with ``network_report`` / ``entity_timeline``, which the CLI and the web app call::

    from testigo.analyse import network_report, draw

    report = network_report(store, as_of="2025-06", min_certainty="probable")
    draw(report.network, "network.png", result=report.balance)

Every function takes ``canonical`` (entity id -> resolved id; default: identity) so that
merged entities count as one node.
"""

from __future__ import annotations

from testigo.analyse.actors import Actor, actors, brokers, central_actors
from testigo.analyse.balance import Balance, balance, blocs
from testigo.analyse.draw import draw
from testigo.analyse.load import load_network, scan_network
from testigo.analyse.network import (
    CERTAINTY_WEIGHT,
    Canonical,
    Network,
    Relation,
    build_network,
    edge_claim_count,
    edge_claims,
    edge_quote,
    people_of,
    same,
    strength,
)
from testigo.analyse.origin import Source, origin, outlet_key
from testigo.analyse.period import Period, check_date, parse_window
from testigo.analyse.query import NetworkReport, Timeline, entity_timeline, find_entity, network_report
from testigo.analyse.timeline import TIMELINE_PREDICATES, TimelineEntry, timeline
from testigo.analyse.triads import Triad, TriadEdge, unbalanced_triads

__all__ = [
    "CERTAINTY_WEIGHT",
    "TIMELINE_PREDICATES",
    "Canonical",
    "Actor",
    "Balance",
    "Network",
    "NetworkReport",
    "Period",
    "Relation",
    "Source",
    "Timeline",
    "TimelineEntry",
    "Triad",
    "TriadEdge",
    "actors",
    "balance",
    "blocs",
    "brokers",
    "build_network",
    "central_actors",
    "check_date",
    "draw",
    "edge_claim_count",
    "edge_claims",
    "edge_quote",
    "entity_timeline",
    "find_entity",
    "load_network",
    "network_report",
    "origin",
    "outlet_key",
    "parse_window",
    "people_of",
    "same",
    "scan_network",
    "strength",
    "timeline",
    "unbalanced_triads",
]
