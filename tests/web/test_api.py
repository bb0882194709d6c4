"""The REST API through an in-process client, on a real SQLite store."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import TOKEN, needs_model

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_network_has_signed_edges_positions_and_blocs(client: TestClient) -> None:
    data = client.get("/api/network").json()
    names = {n["id"]: n["name"] for n in data["nodes"]}
    assert {"The Red Hand", "The Blue Coast", "The Green Valley"} <= set(names.values())
    kinds = {(names[e["source"]], names[e["target"]]): e["kind"] for e in data["edges"] if e["kind"] != "hierarchy"}
    assert kinds[tuple(sorted(("The Blue Coast", "The Red Hand"), key=lambda n: [k for k, v in names.items()
                                                                                if v == n][0]))] == "ally"
    assert "rival" in kinds.values()
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert data["dates"] == {"first": "2019", "last": "2023-05"}


def test_network_filters_by_date_and_certainty(client: TestClient) -> None:
    before = client.get("/api/network", params={"as_of": "2018"}).json()
    assert not any(e["kind"] == "rival" for e in before["edges"])  # the 2019 fight had not happened
    strong = client.get("/api/network", params={"min_certainty": "certain"}).json()
    assert strong["min_certainty"] == "certain" and strong["claims_used"] < client.get("/api/network").json()[
        "claims_used"]
    assert client.get("/api/network", params={"as_of": "2024-13"}).status_code == 422
    assert client.get("/api/network", params={"min_certainty": "sure"}).status_code == 422


def test_edge_lists_every_claim_with_quote_source_and_certainty(client: TestClient) -> None:
    client.post("/api/merge", json={"left": "ent-red", "right": "ent-red-copy", "who": "ana"}, headers=AUTH)
    data = client.get("/api/edge", params={"source": "ent-red", "target": "ent-blue"}).json()
    assert [c["certainty"] for c in data["claims"]] == ["certain", "possible"]  # surest first, both names merged
    assert data["claims"][1]["attributed_to"] == ["article", "the agency"]
    assert "may have formed an alliance" in data["claims"][1]["evidence"]["quote"]
    later = client.get("/api/edge", params={"source": "ent-red", "target": "ent-blue", "as_of": "2023-01"}).json()
    assert [c["certainty"] for c in later["claims"]] == []  # May 2023 is after; the other was published 2024


def test_entity_search_by_name_alias_and_kind(client: TestClient) -> None:
    assert [e["id"] for e in client.get("/api/entities", params={"q": "mano roja"}).json()] == ["ent-red-copy"]
    assert [e["id"] for e in client.get("/api/entities", params={"q": "el rojo"}).json()] == ["ent-perez"]
    people = client.get("/api/entities", params={"kind": "person"}).json()
    assert {e["kind"] for e in people} == {"person"}


def test_entity_has_aliases_roles_relations_and_timeline(client: TestClient) -> None:
    data = client.get("/api/entities/ent-red-copy").json()
    assert data["entity"]["name"] == "Red Hand" and "La Mano Roja" in data["aliases"]
    assert [(r["what"], r["role"], r["certainty"]) for r in data["roles"]] == [
        ("Juan Pérez leader of Red Hand", "object", "certain")]
    assert [(r["predicate"], r["other"], r["certainty"]) for r in data["relations"]] == [
        ("ally_of", "The Blue Coast", "possible")]
    assert data["timeline"][0]["date"] == "2023-05"
    assert client.get("/api/entities/nobody").status_code == 404
    assert client.get("/api/entities/nobody").json() == {
        "ok": False, "status": 404, "error": client.get("/api/entities/nobody").json()["error"]}


def test_claims_filters(client: TestClient) -> None:
    every = client.get("/api/claims").json()
    assert every["total"] == 4
    assert client.get("/api/claims", params={"predicate": "rival_of"}).json()["total"] == 1
    assert client.get("/api/claims", params={"certainty": "possible"}).json()["total"] == 1
    assert client.get("/api/claims", params={"source": "agency"}).json()["total"] == 1
    assert client.get("/api/claims", params={"entity": "ent-blue"}).json()["total"] == 2
    assert client.get("/api/claims", params={"date_from": "2023", "date_to": "2023-12"}).json()["total"] == 1
    page = client.get("/api/claims", params={"limit": 1, "offset": 1}).json()
    assert len(page["claims"]) == 1 and page["claims"][0]["id"] == every["claims"][1]["id"]


def test_document_gives_text_and_claim_spans(client: TestClient, small_db: tuple[str, dict[str, str]]) -> None:
    ids = small_db[1]
    data = client.get(f"/api/documents/{ids['second']}").json()
    for claim in data["claims"]:
        start, end = claim["evidence"]["start"], claim["evidence"]["end"]
        assert data["text"][start:end] == claim["evidence"]["quote"]
    assert {d["id"] for d in client.get("/api/documents").json()} == {ids["first"], ids["second"]}
    assert "text" not in client.get("/api/documents").json()[0]
    assert client.get("/api/documents/doc-missing").status_code == 404


def test_writes_need_the_token(client: TestClient) -> None:
    body = {"left": "ent-red", "right": "ent-red-copy"}
    assert client.post("/api/merge", json=body).status_code == 401
    assert client.post("/api/merge", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.post("/api/ingest/text", json={"text": "x"}).status_code == 401
    assert client.post("/api/ingest/url", json={"url": "https://example.org/"}).status_code == 401
    assert client.get("/api/audit").json() == []


def test_merge_and_split_are_audited_and_change_the_network(client: TestClient) -> None:
    def red_nodes() -> int:
        return sum(n["name"] in ("The Red Hand", "Red Hand") for n in client.get("/api/network").json()["nodes"])

    assert red_nodes() == 2
    done = client.post("/api/merge", json={"left": "ent-red", "right": "ent-red-copy", "who": "ana",
                                           "reason": "same group"}, headers=AUTH)
    assert done.status_code == 200, done.text
    assert red_nodes() == 1
    assert client.post("/api/split", json={"left": "ent-red", "right": "ent-red-copy", "who": "ben"},
                       headers=AUTH).status_code == 200
    assert red_nodes() == 2
    trail = client.get("/api/audit").json()
    assert [(e["who"], e["action"], e["target"]) for e in trail] == [
        ("ana", "merge", "ent-red ent-red-copy"), ("ben", "split", "ent-red ent-red-copy")]
    assert all(e["at"].startswith("20") for e in trail)
    bad = client.post("/api/merge", json={"left": "ent-red", "right": "ent-perez"}, headers=AUTH)
    assert bad.status_code == 400 and "different kinds" in bad.json()["error"]


def test_contradictions_can_be_marked_resolved(client: TestClient) -> None:
    client.post("/api/merge", json={"left": "ent-red", "right": "ent-red-copy"}, headers=AUTH)
    # no contradiction in the small store: resolving an unknown one is a 404
    assert client.get("/api/contradictions").json() == []
    missing = client.post("/api/contradictions/ctr-x/resolve", json={"note": "n"}, headers=AUTH)
    assert missing.status_code == 404


@needs_model
def test_examples_contradiction_resolved_with_who_and_when(examples_db: str) -> None:
    from testigo.web import make_app
    from tests.web.conftest import settings

    with TestClient(make_app(examples_db, settings=settings())) as c:
        found = c.get("/api/contradictions").json()
        dates = [x for x in found if x["kind"] == "dates" and x["resolution"] is None]
        assert dates, found
        target = dates[0]["id"]
        done = c.post(f"/api/contradictions/{target}/resolve", json={"note": "the DEA date holds", "who": "ana"},
                      headers=AUTH)
        assert done.status_code == 200, done.text
        after = {x["id"]: x for x in c.get("/api/contradictions").json()}[target]
        assert after["resolution"]["resolved"] is True and after["resolution"]["who"] == "ana"
        assert after["resolution"]["detail"]["note"] == "the DEA date holds"
        c.post(f"/api/contradictions/{target}/resolve", json={"resolved": False, "who": "ana"}, headers=AUTH)
        assert {x["id"]: x for x in c.get("/api/contradictions").json()}[target]["resolution"]["resolved"] is False


@needs_model
def test_ingest_pasted_article_extracts_claims(client: TestClient) -> None:
    text = ("Members of the Tigres del Norte Cartel and the Halcones del Sur Cartel are said to have formed an "
            "alliance, according to police officials.")
    done = client.post("/api/ingest/text", json={"text": text, "title": "Pasted", "who": "ana"}, headers=AUTH)
    assert done.status_code == 200, done.text
    assert done.json()["action"] == "ingest.text" and done.json()["who"] == "ana"
    assert done.json()["detail"]["documents_new"] == 1
    assert any(d["title"] == "Pasted" for d in client.get("/api/documents").json())


def test_network_is_sent_compressed_to_clients_that_accept_it(client: TestClient) -> None:
    compressed = client.get("/api/network", headers={"Accept-Encoding": "gzip"})
    plain = client.get("/api/network", headers={"Accept-Encoding": "identity"})
    assert compressed.headers["content-encoding"] == "gzip" and "content-encoding" not in plain.headers
    assert compressed.json() == plain.json()
