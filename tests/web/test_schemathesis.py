"""Generated requests against /openapi.json: no input makes the server answer 5xx.

Reads run on the small store; writes carry the token, except ingest (which would load the
spaCy model for every example): those are exercised without it and must answer 401, never 5xx.
"""

from __future__ import annotations

from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from testigo.web import make_app  # noqa: E402
from tests.web.conftest import TOKEN, fill  # noqa: E402
from tests.web.conftest import settings as app_settings  # noqa: E402


def _app() -> object:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="testigo-schemathesis-"))
    db = str(folder / "store.db")
    fill(db)
    return make_app(db, settings=app_settings())


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case) -> None:
    headers = {} if "/ingest/" in case.path else {"Authorization": f"Bearer {TOKEN}"}
    case.call_and_validate(headers=headers, checks=[not_a_server_error])
