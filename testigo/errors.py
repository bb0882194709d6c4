"""The one error tree of testigo.

    TestigoError
    ├── ConfigError      a setting or option has a value we cannot use
    ├── SchemaError      an unknown entity kind or predicate, or a broken schema.yaml
    ├── IngestError      an input (file, URL, line) could not be turned into a Document
    ├── ExtractError     extraction failed on a stored document
    ├── ResolveError     a resolution judgement cannot be applied
    ├── StoreError       the store cannot be opened, read or written
    └── NotFound         a looked-up record does not exist

Each message names the input it is about and says what to do next. Third-party
exceptions are caught where the library is called and re-raised as one of these
with ``raise ... from exc``.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "ExtractError",
    "IngestError",
    "NotFound",
    "ResolveError",
    "SchemaError",
    "StoreError",
    "TestigoError",
]


class TestigoError(Exception):
    """Root of every error testigo raises on purpose."""

    __test__ = False  # not a pytest test class, despite the name


class ConfigError(TestigoError):
    """A setting, option or environment variable has an unusable value."""


class SchemaError(TestigoError):
    """An entity kind or predicate is not in schema.yaml, or schema.yaml is broken."""


class IngestError(TestigoError):
    """An input could not be read or turned into a Document."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ExtractError(TestigoError):
    """Extraction failed on a document."""


class ResolveError(TestigoError):
    """A resolution judgement is malformed or cannot be applied."""


class StoreError(TestigoError):
    """The store could not be opened, read or written."""


class NotFound(TestigoError):
    """A record looked up by id or name does not exist."""
