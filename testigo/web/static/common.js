// Shared by every page: entity search, the write token, and the write buttons.
// Text from the store is only ever inserted with textContent, never parsed as HTML.
"use strict";

const testigo = {
  el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  },
  async getJSON(url) {
    const response = await fetch(url, {headers: {Accept: "application/json"}});
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  },
  token() {
    let token = sessionStorage.getItem("testigo-token");
    if (!token) {
      token = window.prompt("Write token (TESTIGO_TOKEN of the server):") || "";
      if (token) sessionStorage.setItem("testigo-token", token);
    }
    return token;
  },
  async post(url, body) {
    const response = await fetch(url, {
      method: "POST",
      headers: {"Content-Type": "application/json", Accept: "application/json",
                Authorization: "Bearer " + testigo.token()},
      body: JSON.stringify(body),
    });
    const data = await response.json();
    if (response.status === 401) sessionStorage.removeItem("testigo-token");
    if (!response.ok) throw new Error(data.error || response.statusText);
    return data;
  },
  entityUrl(id) { return "/entity/" + encodeURIComponent(id); },
};

function setUpSearch() {
  const input = document.getElementById("search");
  const list = document.getElementById("search-results");
  if (!input) return;
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      list.replaceChildren();
      if (!q) { list.hidden = true; return; }
      const found = await testigo.getJSON("/api/entities?limit=12&q=" + encodeURIComponent(q));
      for (const e of found) {
        const aliases = e.aliases.slice(0, 3).join(", ");
        list.append(testigo.el("li", {},
          testigo.el("a", {href: testigo.entityUrl(e.canonical_id), text: e.name}),
          testigo.el("span", {class: "muted", text: " " + e.kind.replace("_", " ") + (aliases ? " · " + aliases : "")})));
      }
      if (!found.length) list.append(testigo.el("li", {class: "muted", text: "nothing found"}));
      list.hidden = false;
    }, 150);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      const first = list.querySelector("a");
      if (first) window.location.href = first.getAttribute("href");
    }
  });
  document.addEventListener("click", (event) => {
    if (!list.contains(event.target) && event.target !== input) list.hidden = true;
  });
}

function setUpWrites() {
  const tokenButton = document.getElementById("token-button");
  if (tokenButton) tokenButton.addEventListener("click", () => {
    sessionStorage.removeItem("testigo-token");
    testigo.token();
  });
  const act = async (button, url, body) => {
    button.disabled = true;
    try {
      await testigo.post(url, body);
      window.location.reload();
    } catch (error) {
      window.alert(error.message);
      button.disabled = false;
    }
  };
  for (const button of document.querySelectorAll("button.resolve")) {
    button.addEventListener("click", () => {
      const resolved = button.dataset.resolved === "true";
      const note = resolved ? (window.prompt("Note (which source holds, and why):") || "") : "";
      act(button, "/api/contradictions/" + encodeURIComponent(button.dataset.id) + "/resolve", {resolved, note});
    });
  }
  for (const button of document.querySelectorAll("button.merge, button.split")) {
    const action = button.classList.contains("merge") ? "merge" : "split";
    button.addEventListener("click", () => act(button, "/api/" + action,
      {left: button.dataset.left, right: button.dataset.right, reason: "from the web page"}));
  }
  const result = document.getElementById("add-result");
  for (const [id, url] of [["paste-form", "/api/ingest/text"], ["url-form", "/api/ingest/url"]]) {
    const form = document.getElementById(id);
    if (!form) continue;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const body = {};
      for (const [key, value] of new FormData(form).entries()) if (value) body[key] = value;
      result.hidden = false;
      result.textContent = "working…";
      try {
        const done = await testigo.post(url, body);
        result.textContent = done.detail.claims_new + " new claims from " + done.detail.documents.length +
          " document(s): " + JSON.stringify(done.detail.claims_by_predicate);
      } catch (error) {
        result.textContent = "refused: " + error.message;
      }
    });
  }
}

function scrollToClaim() {
  const mark = document.getElementById("claim");
  if (mark) mark.scrollIntoView({block: "center"});
}

document.addEventListener("DOMContentLoaded", () => {
  setUpSearch();
  setUpWrites();
  scrollToClaim();
});
