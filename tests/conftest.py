"""Shared fixtures: a store on every backend (memory, SQLite file, PostgreSQL when configured)."""

from __future__ import annotations

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
