"""testigo: sourced, time-aware networks of claims from reporting on organised crime.

The public API, as used by the CLI and the web app::

    from testigo import iter_documents, load_extractor, open_store, run

    with open_store("testigo.db") as store:
        report = run(iter_documents(["examples/"]), store, extractor=load_extractor())
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from testigo.errors import (
    ConfigError,
    ExtractError,
    IngestError,
    NotFound,
    ResolveError,
    SchemaError,
    StoreError,
    TestigoError,
)
from testigo.model import (
    Certainty,
    Claim,
    DateValue,
    Document,
    Entity,
    Evidence,
    Judgement,
    Mention,
    Polarity,
    Qualifiers,
    Rejection,
    Verdict,
)
from testigo.resolve import Resolver, resolve
from testigo.settings import Settings, load_settings
from testigo.store import ClaimFilter, Store, open_store

if TYPE_CHECKING:
    from testigo.contradict import Contradiction, find_contradictions
    from testigo.extract import load_extractor
    from testigo.ingest import iter_documents
    from testigo.pipeline import Extraction, RunReport, extract_stored, run

# imported on first use: a command that reads the store (``testigo network``) never loads the
# extractor, the readers of documents or the pipeline
_LAZY = {
    "Contradiction": "testigo.contradict", "find_contradictions": "testigo.contradict",
    "load_extractor": "testigo.extract", "iter_documents": "testigo.ingest", "Extraction": "testigo.pipeline",
    "RunReport": "testigo.pipeline", "extract_stored": "testigo.pipeline", "run": "testigo.pipeline",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'testigo' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__version__ = "0.1.0"

__all__ = [
    "Certainty",
    "Claim",
    "ClaimFilter",
    "ConfigError",
    "Contradiction",
    "DateValue",
    "Document",
    "Entity",
    "Evidence",
    "ExtractError",
    "Extraction",
    "IngestError",
    "Judgement",
    "Mention",
    "NotFound",
    "Polarity",
    "Qualifiers",
    "Rejection",
    "ResolveError",
    "Resolver",
    "RunReport",
    "SchemaError",
    "Settings",
    "Store",
    "StoreError",
    "TestigoError",
    "Verdict",
    "extract_stored",
    "find_contradictions",
    "iter_documents",
    "load_extractor",
    "load_settings",
    "open_store",
    "resolve",
    "run",
]
