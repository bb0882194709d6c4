"""The web app's writes: merge, split, mark a contradiction resolved, ingest a pasted article or URL.

Each write is done by the same functions the CLI calls (``Resolver.merge``/``split``,
``ingest_text`` + ``pipeline.run`` + ``resolve``, ``iter_documents``) and recorded in the
audit trail with who and when. The routes check the token before calling anything here.
"""

from __future__ import annotations

import threading
from typing import Any

from testigo.errors import ConfigError, IngestError, NotFound
from testigo.model import Rejection
from testigo.settings import Settings
from testigo.store.audit import AuditEntry, record_audit
from testigo.web.guard import url_guard
from testigo.web.service import REOPENED, RESOLVED, Service

__all__ = ["Writes"]


class Writes:
    """Write side of the web app; ``service`` is told after each write so caches refresh."""

    def __init__(self, service: Service, settings: Settings) -> None:
        self.service = service
        self.store = service.store
        self.settings = settings
        self._extractor: Any = None
        self._lock = threading.Lock()

    def _done(self, who: str, action: str, target: str, detail: dict[str, Any]) -> dict[str, Any]:
        entry = record_audit(self.store, AuditEntry(who=who, action=action, target=target, detail=detail))
        self.service.changed()
        return entry.to_dict()

    def merge(self, left: str, right: str, *, who: str, reason: str = "") -> dict[str, Any]:
        """Record that two entities are the same actor."""
        from testigo.resolve import Resolver

        with self._lock:
            resolver = Resolver(self.store)
            resolver.merge(left, right, author=f"analyst:{who}", reason=reason)
            canonical = resolver.canonical(left)
            return self._done(who, "merge", f"{left} {right}", {"reason": reason, "canonical": canonical})

    def split(self, left: str, right: str, *, who: str, reason: str = "") -> dict[str, Any]:
        """Record that two merged entities are different actors."""
        from testigo.resolve import Resolver

        with self._lock:
            resolver = Resolver(self.store)
            resolver.split(left, right, author=f"analyst:{who}", reason=reason)
            return self._done(who, "split", f"{left} {right}", {"reason": reason})

    def resolve_contradiction(self, contradiction: str, *, who: str, note: str = "",
                              resolved: bool = True) -> dict[str, Any]:
        """Mark a contradiction resolved (or open again), with the analyst's note."""
        if not any(c["id"] == contradiction for c in self.service.contradictions()):
            raise NotFound(f"no contradiction {contradiction!r}; list them at /api/contradictions")
        with self._lock:
            return self._done(who, RESOLVED if resolved else REOPENED, contradiction, {"note": note})

    def extractor(self) -> Any:
        if self._extractor is None:
            from testigo.extract import load_extractor

            self._extractor = load_extractor(self.settings)
        return self._extractor

    def ingest_text(self, text: str, *, who: str, title: str | None = None, source: str | None = None,
                    published: str | None = None, outlet: str | None = None) -> dict[str, Any]:
        """Store a pasted article, extract its claims and resolve; return what was found."""
        from testigo.ingest import ingest_text

        size = len(text.encode("utf-8"))
        if size > self.settings.max_paste_bytes:
            raise ConfigError(f"the pasted article has {size} bytes, more than the limit of "
                              f"{self.settings.max_paste_bytes}; split it or ingest the file with `testigo run`")
        label = source or f"pasted by {who}"
        document = ingest_text(text, label, title=title, published=published, outlet=outlet)
        return self._run([document], who=who, action="ingest.text", target=document.id)

    def ingest_url(self, url: str, *, who: str) -> dict[str, Any]:
        """Fetch an address (public ones only, unless the setting allows private ones) and ingest it."""
        from testigo.ingest import iter_documents

        items = list(iter_documents([url], max_bytes=self.settings.max_paste_bytes,
                                    timeout=self.settings.http_timeout,
                                    url_guard=url_guard(allow_private=self.settings.allow_private_urls)))
        if items and all(isinstance(i, Rejection) for i in items):
            raise IngestError(url, "; ".join(i.reason for i in items if isinstance(i, Rejection)))
        return self._run(items, who=who, action="ingest.url", target=url)

    def _run(self, items: list[Any], *, who: str, action: str, target: str) -> dict[str, Any]:
        from testigo.pipeline import run
        from testigo.resolve import resolve

        with self._lock:
            report = run(items, self.store, extractor=self.extractor())
            if report.claims_new:
                resolve(self.store)
            documents = [i.id for i in items if not isinstance(i, Rejection)]
            detail = {"documents": documents, "documents_new": report.documents_new,
                      "claims_new": report.claims_new, "claims_by_predicate": dict(report.claims_by_predicate),
                      "rejections": [r.to_dict() for r in report.rejections]}
            return self._done(who, action, target, detail)
