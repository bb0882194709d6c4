"""Security: escaped article text, CSP, no path traversal, token, size cap, private addresses refused."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from testigo.errors import IngestError
from testigo.web import make_app
from testigo.web.guard import check_public, url_guard
from tests.web.conftest import TOKEN, needs_model, settings

AUTH = {"Authorization": f"Bearer {TOKEN}"}
PAGES = ["/", "/contradictions", "/review", "/add"]


def test_article_markup_is_shown_as_text(client: TestClient, small_db: tuple[str, dict[str, str]]) -> None:
    ids = small_db[1]
    for url in (f"/document/{ids['first']}?claim={ids['hostile_claim']}", "/entity/ent-red"):
        html = client.get(url).text
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html or "&lt;script&gt;" in html
        assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "Report &lt;b&gt;one&lt;/b&gt;" in client.get(f"/document/{ids['first']}").text
    # the JSON keeps the text as it is; the page's scripts insert it with textContent only
    assert "<script>" in client.get(f"/api/documents/{ids['first']}").json()["text"]
    scripts = (Path(__file__).resolve().parents[2] / "testigo/web/static").glob("*.js")
    assert not any("innerHTML" in s.read_text() or "insertAdjacentHTML" in s.read_text() for s in scripts)


def test_every_page_has_a_content_security_policy(client: TestClient) -> None:
    for url in [*PAGES, "/api/network", "/static/app.css", "/api/entities/nobody"]:
        response = client.get(url)
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy, url
        assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in client.get("/").text.replace("<script src=", "")  # no inline script at all


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
                                  "/static/%2e%2e%2f%2e%2e%2fsettings.py", "/static//etc/passwd",
                                  "/document/..%2f..%2fetc%2fpasswd", "/api/documents/..%2F..%2Fetc%2Fpasswd"])
def test_no_path_traversal(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (400, 404), (path, response.status_code)
    assert "make_app" not in response.text and "root:" not in response.text


def test_pasted_articles_are_capped(client: TestClient) -> None:
    big = "word " * 5000  # 25,000 bytes; the test cap is 20,000
    response = client.post("/api/ingest/text", json={"text": big}, headers=AUTH)
    assert response.status_code == 413 and "larger than 20000 bytes" in response.json()["error"]
    huge = client.post("/api/ingest/text", content=b'{"text": "' + b"a" * 200_000 + b'"}',
                       headers={**AUTH, "Content-Type": "application/json"})
    assert huge.status_code == 413


def test_writes_are_off_without_a_configured_token(small_db: tuple[str, dict[str, str]]) -> None:
    with TestClient(make_app(small_db[0], settings=settings(token=None))) as c:
        response = c.post("/api/merge", json={"left": "ent-red", "right": "ent-red-copy"}, headers=AUTH)
        assert response.status_code == 401 and "TESTIGO_TOKEN" in response.json()["error"]
        assert 'data-writes="off"' in c.get("/").text


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://localhost:8000/admin", "http://10.1.2.3/",
                                 "http://192.168.0.1/", "http://169.254.169.254/latest/meta-data/",
                                 "http://[::1]/", "http://0.0.0.0/", "file:///etc/passwd", "ftp://example.org/"])
def test_private_and_loopback_addresses_are_refused(url: str) -> None:
    with pytest.raises(IngestError):
        check_public(url)


def test_the_setting_allows_private_addresses_but_not_other_schemes() -> None:
    allow = url_guard(allow_private=True)
    allow("http://127.0.0.1:9/")
    with pytest.raises(IngestError):
        allow("file:///etc/passwd")


class _Handler(http.server.BaseHTTPRequestHandler):
    body = b""
    redirect = ""

    def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", self.redirect)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def local_site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    _Handler.body = (b"Officials said the Tigres del Norte Cartel and the Halcones del Sur Cartel formed an alliance "
                     b"in March 2022.")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_url_ingest_refuses_loopback_by_default(client: TestClient, local_site: str) -> None:
    response = client.post("/api/ingest/url", json={"url": local_site + "/article"}, headers=AUTH)
    assert response.status_code == 400 and "loopback" in response.json()["error"]
    assert client.get("/api/documents").json()[-1]["source"] != local_site + "/article"


@needs_model
def test_url_ingest_from_a_local_server_when_allowed(small_db: tuple[str, dict[str, str]], local_site: str) -> None:
    with TestClient(make_app(small_db[0], settings=settings(allow_private_urls=True))) as c:
        done = c.post("/api/ingest/url", json={"url": local_site + "/article", "who": "ana"}, headers=AUTH)
        assert done.status_code == 200, done.text
        assert done.json()["detail"]["documents_new"] == 1 and done.json()["target"] == local_site + "/article"
        assert any(d["source"] == local_site + "/article" for d in c.get("/api/documents").json())


def test_redirect_to_a_private_address_is_refused(local_site: str) -> None:
    from testigo.ingest import iter_documents
    from testigo.model import Rejection

    _Handler.redirect = "http://10.0.0.1/internal"
    guard_calls: list[str] = []

    def guard(url: str) -> None:  # allows the local test server, refuses any other address like check_public
        guard_calls.append(url)
        if not url.startswith(local_site):
            check_public(url)

    items = list(iter_documents([local_site + "/redirect"], url_guard=guard))
    assert len(items) == 1 and isinstance(items[0], Rejection) and "10.0.0.1" in items[0].reason
    assert guard_calls == [local_site + "/redirect", "http://10.0.0.1/internal"]


def test_the_server_binds_to_this_machine_by_default() -> None:
    from testigo.cli import serve_cmd
    from testigo.settings import load_settings

    assert load_settings({}).host == "127.0.0.1"
    assert load_settings({"TESTIGO_HOST": "0.0.0.0"}).host == "0.0.0.0"
    defaults = serve_cmd.__defaults__ or ()
    assert "127.0.0.1" in defaults or load_settings().host in defaults
