"""Shared fixtures: a store on every backend (memory, SQLite file, PostgreSQL when configured)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from testigo.settings import load_settings
from testigo.store import Store, open_store

PG_URL = load_settings().test_pg_url
ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "cjng-chapitos-alliance.txt"  # the user's seed article, copied from shared/seed


def reset_postgres(url: str) -> None:
    """Drop every testigo table in the test database, so each test starts empty."""
    from sqlalchemy import create_engine

    from testigo.store import tables
    from testigo.store._dialect import normalise_url

    engine = create_engine(normalise_url(url))
    with engine.begin() as conn:
        tables.metadata.drop_all(conn)
    engine.dispose()


def _backends() -> list[object]:
    pg = pytest.param("postgres", marks=[
        pytest.mark.postgres,
        pytest.mark.skipif(not PG_URL, reason="set TESTIGO_TEST_PG_URL to run against PostgreSQL"),
    ])
    return ["memory", "sqlite", pg]


@pytest.fixture(params=_backends())
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store on each backend in turn."""
    if request.param == "memory":
        db = ":memory:"
    elif request.param == "sqlite":
        db = str(tmp_path / "store.db")
    else:
        assert PG_URL
        reset_postgres(PG_URL)
        db = PG_URL
    with open_store(db) as opened:
        yield opened


class _Failures(logging.Handler):
    """Records the errors the extractor catches so that one document's odd parse loses only its own
    spans: in the tests such a catch is a bug in a rule, which would otherwise pass unseen."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.caught: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info:
            self.caught.append(f"{record.getMessage()}: {record.exc_info[1]!r}")


@pytest.fixture(autouse=True)
def no_caught_errors() -> Iterator[None]:
    """Fail any test during which the attribution finder caught an exception (it logs and goes on)."""
    handler = _Failures()
    logger = logging.getLogger("testigo.extract.attribution")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    assert not handler.caught, "the attribution finder caught errors:\n" + "\n".join(handler.caught)
