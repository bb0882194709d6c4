// The network explorer: Cytoscape.js over /api/network, with preset positions from the server.
// Every string from the store goes into the page with textContent (testigo.el), never as HTML.
"use strict";

const PALETTE = ["#1f77b4", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#bcbd22", "#7f7f7f",
                 "#393b79", "#637939"];
const PEOPLE = new Set(["leader_of", "founder_of", "member_of", "child_of", "sibling_of", "spouse_of",
                        "relative_of"]);
const RANK = {certain: 2, probable: 1, possible: 0};
const state = {cy: null, data: null, months: [], nodes: new Map(), firstDraw: true, ticket: 0};

function blocColor(bloc) {
  return bloc === null || bloc === undefined ? "#a0a4ab" : PALETTE[bloc % PALETTE.length];
}

function query() {
  const params = new URLSearchParams();
  const all = document.getElementById("all-dates").checked;
  if (!all && state.months.length) params.set("as_of", state.months[document.getElementById("as-of").value]);
  params.set("min_certainty", document.getElementById("min-certainty").value);
  return params;
}

function networkQuery() {
  const params = query();
  if (document.querySelector("input[name=show][value=people]").checked) params.set("people", "true");
  return params;
}

function monthsBetween(first, last) {
  if (!first || !last) return [];
  let [y, m] = first.slice(0, 7).split("-").map(Number);
  const [ly, lm] = last.slice(0, 7).split("-").map(Number);
  const out = [];
  m = m || 1;
  while (y < ly || (y === ly && m <= (lm || 12))) {
    out.push(String(y) + "-" + String(m).padStart(2, "0"));
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

function elements(data) {
  const big = data.nodes.length > 600;
  const nodes = data.nodes.map((n) => ({
    group: "nodes",
    data: {id: n.id, name: n.name, kind: n.kind, bloc: n.bloc, color: blocColor(n.bloc)},
    position: {x: n.x, y: n.y},
    classes: n.kind === "person" ? "person" : "group",
  }));
  const edges = data.edges.map((e) => ({
    group: "edges",
    data: {id: e.id, source: e.source, target: e.target, kind: e.kind,
           predicate: e.predicates.join(" "), certainty: e.certainty,
           width: Math.min(9, 1.2 + 1.6 * Math.log2(1 + e.support) + (e.certainty === "certain" ? 1 : 0))},
    classes: e.kind === "hierarchy" ? (PEOPLE.has(e.predicates[0]) ? "hierarchy people" : "hierarchy faction")
                                    : e.kind + (e.contested ? " contested" : ""),
  }));
  return {nodes, edges, big};
}

function style(big) {
  return [
    {selector: "node", style: {
      "background-color": "data(color)", label: "data(name)", "font-size": big ? 6 : 11,
      "min-zoomed-font-size": big ? 9 : 0, color: "#1d2330", "text-valign": "bottom", "text-margin-y": 3,
      "text-outline-color": "#ffffff", "text-outline-width": 2, width: big ? 8 : 18, height: big ? 8 : 18}},
    {selector: "node.person", style: {shape: "diamond", "background-color": "#c9ccd3", width: big ? 5 : 11,
      height: big ? 5 : 11, "font-size": big ? 5 : 9, color: "#4b5262"}},
    {selector: "edge", style: {width: "data(width)", "curve-style": big ? "haystack" : "bezier",
      "line-color": "#b7bcc6", opacity: 0.85}},
    {selector: "edge.ally", style: {"line-color": "#2e9d4f"}},
    {selector: "edge.rival", style: {"line-color": "#d0343f", "line-style": "dashed"}},
    {selector: "edge.tie", style: {"line-color": "#e59a1a", "line-style": "dotted"}},
    {selector: "edge.contested", style: {"line-color": "#e59a1a"}},
    {selector: "edge.hierarchy", style: {width: 1, "line-color": "#c3c7cf", "target-arrow-shape": "triangle",
      "target-arrow-color": "#c3c7cf", "arrow-scale": 0.6, "curve-style": big ? "haystack" : "bezier"}},
    {selector: "edge.faction", style: {"line-style": "dashed"}},
    {selector: ".hidden", style: {display: "none"}},
    {selector: ":selected", style: {"overlay-color": "#ffd400", "overlay-opacity": 0.35, "overlay-padding": 4}},
    {selector: ".faded", style: {opacity: 0.12}},
  ];
}

function applyShow() {
  const cy = state.cy;
  if (!cy) return;
  const shown = new Set([...document.querySelectorAll("input[name=show]:checked")].map((i) => i.value));
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      const kind = edge.data("kind");
      const visible = kind === "hierarchy"
        ? (edge.hasClass("people") ? shown.has("people") : shown.has("faction_of"))
        : shown.has(kind);
      edge.toggleClass("hidden", !visible);
    });
    cy.nodes(".person").forEach((node) => {
      node.toggleClass("hidden", !shown.has("people") || node.connectedEdges(":visible").length === 0);
    });
  });
}

function legend(data) {
  const box = document.getElementById("legend");
  box.replaceChildren(testigo.el("h3", {text: "Blocs"}));
  for (const bloc of data.blocs.slice(0, 10)) {
    box.append(testigo.el("div", {class: "bloc"},
      testigo.el("span", {class: "dot"}),
      testigo.el("span", {text: bloc.names.slice(0, 4).join(", ") + (bloc.size > 4 ? " +" + (bloc.size - 4) : "")})));
    box.lastChild.firstChild.dataset.color = blocColor(bloc.index);
  }
  for (const dot of box.querySelectorAll(".dot")) dot.style.backgroundColor = dot.dataset.color;
  if (!data.blocs.length) box.append(testigo.el("p", {class: "muted", text: "no blocs of two or more groups"}));
}

async function load() {
  const graph = document.getElementById("graph");
  graph.dataset.state = "loading";
  const stats = document.getElementById("stats");
  stats.textContent = "computing the network" + (query().get("as_of") ? " in force on " + query().get("as_of") : "") + "…";
  const ticket = ++state.ticket;  // a slower answer to an older filter must not replace a newer one
  const data = await testigo.getJSON("/api/network?" + networkQuery().toString());
  if (ticket !== state.ticket) return;
  state.data = data;
  state.nodes = new Map(data.nodes.map((n) => [n.id, n]));
  if (!state.months.length) {
    state.months = monthsBetween(data.dates.first, data.dates.last);
    const slider = document.getElementById("as-of");
    slider.max = Math.max(0, state.months.length - 1);
    slider.value = slider.max;
  }
  const {nodes, edges, big} = elements(data);
  if (!state.cy) {
    state.cy = cytoscape({container: graph, elements: [], style: style(big), layout: {name: "preset"},
      minZoom: 0.05, maxZoom: 6, textureOnViewport: big, hideEdgesOnViewport: big,
      pixelRatio: big ? 1 : "auto", selectionType: "single"});
    state.cy.on("tap", "node", (event) => showNode(event.target.id()));
    state.cy.on("tap", "edge", (event) => showEdge(event.target));
    state.cy.on("tap", (event) => { if (event.target === state.cy) clearFocus(); });
    window.testigoGraph = state.cy;
  }
  state.cy.batch(() => {
    state.cy.elements().remove();
    state.cy.add(nodes);
    state.cy.add(edges);
  });
  applyShow();
  if (state.firstDraw) {
    state.cy.fit(state.cy.elements(":visible"), 30);
    if (state.cy.zoom() > 1.6) { state.cy.zoom(1.6); state.cy.center(state.cy.elements(":visible")); }
    state.firstDraw = false;
  }
  const groups = data.nodes.filter((n) => n.kind !== "person").length;
  const ties = data.edges.filter((e) => e.kind !== "hierarchy").length;
  stats.textContent = groups + " groups, " + ties + " ties from " + data.claims_used +
    " claims" + (data.period.as_of ? " in force on " + data.period.as_of : " (all dates)") +
    "; certainty ≥ " + data.min_certainty;
  legend(data);
  graph.dataset.state = "ready";
  graph.dataset.edges = String(ties);
}

function clearFocus() {
  state.cy.elements().removeClass("faded");
}

function focus(collection) {
  state.cy.batch(() => {
    state.cy.elements().addClass("faded");
    collection.removeClass("faded");
  });
}

function badge(certainty) {
  return testigo.el("span", {class: "badge " + certainty, text: certainty});
}

function tieItem(edge, otherId) {
  const other = state.nodes.get(otherId);
  const data = state.data.edges.find((e) => e.id === edge.id());
  const button = testigo.el("button", {type: "button", class: "linklike", text: other ? other.name : otherId,
    onclick: () => { state.cy.elements().unselect(); edge.select(); showEdge(edge); }});
  const sources = (data.origins || []).map((o) => testigo.el("li", {}, badge(o.certainty), " " + o.name));
  const more = data.support - (data.origins || []).length;
  return testigo.el("li", {class: "tie"}, button, " ", badge(data.certainty),
    testigo.el("span", {class: "muted", text: " " + data.support + (data.support === 1 ? " independent source" :
      " independent sources") + (data.contested ? ", contested" : "")}),
    data.origins ? testigo.el("ul", {class: "origins"}, ...sources,
      more > 0 ? testigo.el("li", {class: "muted", text: "and " + more + " more"}) : null) : null);
}

function showNode(id) {
  const node = state.cy.getElementById(id);
  const info = state.nodes.get(id);
  const panel = document.getElementById("panel");
  focus(node.closedNeighborhood());
  const lists = {ally: [], rival: [], tie: [], leaders: [], members: []};
  node.connectedEdges().forEach((edge) => {
    const other = edge.source().id() === id ? edge.target().id() : edge.source().id();
    const kind = edge.data("kind");
    if (kind === "hierarchy") {
      if (edge.target().id() !== id) return;
      const predicate = edge.data("predicate");
      if (predicate === "leader_of" || predicate === "founder_of") lists.leaders.push([edge, other]);
      else lists.members.push([edge, other]);
    } else lists[kind].push([edge, other]);
  });
  const rank = (pair) => -RANK[pair[0].data("certainty")];
  panel.replaceChildren(
    testigo.el("h2", {}, testigo.el("a", {href: testigo.entityUrl(id), text: info.name, id: "panel-title"})),
    testigo.el("p", {class: "muted", text: info.kind.replace("_", " ") +
      (info.bloc !== null ? " · bloc " + (info.bloc + 1) : "") + " · open the page for aliases and timeline"}));
  for (const [key, title] of [["ally", "Allied with"], ["rival", "Rivals"], ["tie", "Talks and mixed ties"],
                              ["leaders", "Leaders and founders"], ["members", "Members and factions"]]) {
    if (!lists[key].length) continue;
    lists[key].sort((a, b) => rank(a) - rank(b));
    panel.append(testigo.el("h3", {text: title + " (" + lists[key].length + ")"}),
      testigo.el("ul", {class: "ties " + key}, ...lists[key].map(([edge, other]) => tieItem(edge, other))));
  }
}

function claimCard(claim) {
  const object = claim.object ? claim.object.name : (claim.value || "");
  const dates = claim.qualifiers.dates.map((d) => d.text + (d.value ? " = " + d.value : "")).join("; ");
  const link = "/document/" + encodeURIComponent(claim.document.id) + "?claim=" + encodeURIComponent(claim.id) + "#claim";
  return testigo.el("li", {class: "claim"},
    testigo.el("div", {class: "claim-head"}, badge(claim.certainty),
      claim.polarity === "negative" ? testigo.el("span", {class: "badge denied", text: "denied"}) : null,
      testigo.el("strong", {text: " " + claim.subject.name + " " + claim.predicate.replace("_", " ") + " " + object})),
    testigo.el("div", {class: "chain", text: "according to: " + claim.attributed_to.join(" › ")}),
    dates ? testigo.el("div", {class: "muted", text: "when: " + dates}) : null,
    testigo.el("blockquote", {class: "quote", text: claim.evidence.quote}),
    testigo.el("a", {class: "small", href: link, text: "see it in " + (claim.document.title || claim.document.source)}));
}

async function showEdge(edge) {
  const panel = document.getElementById("panel");
  focus(edge.union(edge.connectedNodes()));
  const params = query();
  params.set("source", edge.source().id());
  params.set("target", edge.target().id());
  panel.replaceChildren(testigo.el("p", {class: "muted", text: "loading claims…"}));
  const data = await testigo.getJSON("/api/edge?" + params.toString());
  const kind = edge.data("kind");
  const label = {ally: "allies", rival: "rivals", tie: "talks or mixed", hierarchy: edge.data("predicate").replace("_", " ")}[kind];
  panel.replaceChildren(
    testigo.el("h2", {id: "panel-title"},
      testigo.el("a", {href: testigo.entityUrl(data.source.id), text: data.source.name}), " — ",
      testigo.el("a", {href: testigo.entityUrl(data.target.id), text: data.target.name})),
    testigo.el("p", {class: "muted", text: label + " · " + data.claims.length + " claim(s) behind this line, surest first"}),
    testigo.el("ol", {class: "claims", id: "edge-claims"}, ...data.claims.map(claimCard)));
}

document.addEventListener("DOMContentLoaded", () => {
  if (typeof cytoscape === "undefined") {
    document.getElementById("stats").textContent = "The graph library is missing from testigo/web/static/vendor/: " +
      "run `make install` (it installs Cytoscape.js from the npm registry).";
    return;
  }
  const reload = () => load().catch((error) => {
    document.getElementById("stats").textContent = "could not load the network: " + error.message;
  });
  const slider = document.getElementById("as-of");
  const label = document.getElementById("as-of-label");
  const allDates = document.getElementById("all-dates");
  let timer = null;
  slider.addEventListener("input", () => {
    allDates.checked = false;
    label.textContent = state.months[slider.value] || "all dates";
    clearTimeout(timer);
    timer = setTimeout(reload, 200);
  });
  allDates.addEventListener("change", () => {
    label.textContent = allDates.checked ? "all dates" : (state.months[slider.value] || "all dates");
    reload();
  });
  document.getElementById("min-certainty").addEventListener("change", reload);
  for (const box of document.querySelectorAll("input[name=show]")) {
    box.addEventListener("change", box.value === "people" ? reload : applyShow);
  }
  reload();
});
