"""Local multi-process extraction: a pool of worker processes, one spaCy pipeline each.

Invariant: the parent alone writes to the store, one document per transaction as the local
engine does, so a worker that dies loses at most the documents it had in hand. Those are sent
again to a fresh pool; a chunk whose workers die ``MAX_ATTEMPTS`` times is rejected document by
document, so no document is lost silently or stored twice.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from testigo.errors import ExtractError
from testigo.model import Document, Rejection
from testigo.pipeline import Extraction, Progress, RunReport, _store_rejection, extract_one, record
from testigo.settings import Settings
from testigo.store.base import Store

__all__ = ["MAX_ATTEMPTS", "run_pool"]

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
_EXTRACTOR = None  # one RuleExtractor per worker process, loaded by _start_worker


@dataclass(slots=True)
class _Chunk:
    documents: list[Document]
    attempts: int = 0


def _start_worker(settings: Settings, kb_paths: tuple[str, ...]) -> None:
    global _EXTRACTOR
    from testigo.extract import load_extractor

    _EXTRACTOR = load_extractor(settings, kb_paths=kb_paths)


def _extract_chunk(documents: list[Document]) -> list[Extraction | Rejection]:
    assert _EXTRACTOR is not None, "worker started without its extractor"
    return [extract_one(document, _EXTRACTOR) for document in documents]


class _Pool:
    """A process pool that is replaced when one of its workers dies."""

    def __init__(self, workers: int, settings: Settings, kb_paths: tuple[str, ...]) -> None:
        self.args = (workers, settings, kb_paths)
        self.executor = self._make()
        self.completed = 0  # chunks extracted; none after many deaths means workers cannot start

    def _make(self) -> ProcessPoolExecutor:
        workers, settings, kb_paths = self.args
        context = multiprocessing.get_context("spawn")  # no fork of a parent holding database connections
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                                   initargs=(settings, kb_paths))

    def renew(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._make()


def run_pool(items: Iterable[Document | Rejection], store: Store, *, version: str, settings: Settings,
             kb_paths: tuple[str, ...] = (), workers: int = 2, chunk_size: int = 8,
             progress: Progress | None = None) -> RunReport:
    """Store every ingested item, extracting documents in ``workers`` processes.

    ``version`` is the extractor version the workers load (``RuleExtractor.version`` for these
    settings); documents already extracted with it are stored without extracting them again.
    """
    report = RunReport()
    pool = _Pool(workers, settings, kb_paths)
    running: dict[Future[list[Extraction | Rejection]], _Chunk] = {}
    try:
        for chunk in _chunks(items, store, version=version, size=chunk_size, report=report, progress=progress):
            while len(running) >= 2 * workers:
                _collect(pool, running, store, version=version, report=report, progress=progress)
            _submit(pool, running, chunk)
        while running:
            _collect(pool, running, store, version=version, report=report, progress=progress)
    finally:
        pool.executor.shutdown(wait=True, cancel_futures=True)
    return report


def _submit(pool: _Pool, running: dict[Future[list[Extraction | Rejection]], _Chunk], chunk: _Chunk) -> None:
    """Send a chunk to the pool; if the pool is already broken, the chunk waits for the retry."""
    try:
        future = pool.executor.submit(_extract_chunk, chunk.documents)
    except BrokenProcessPool as exc:
        future = Future()
        future.set_exception(exc)
    running[future] = chunk


def _chunks(items: Iterable[Document | Rejection], store: Store, *, version: str, size: int,
            report: RunReport, progress: Progress | None) -> Iterator[_Chunk]:
    """Chunks of documents to extract; rejections and documents already extracted are stored here."""
    pending: list[Document] = []
    for item in items:
        if isinstance(item, Rejection) or store.extracted_with(item.id) == version:
            if isinstance(item, Rejection):
                _store_rejection(store, item, report)
            else:
                record(item, None, store, version=version, report=report)
            if progress is not None:
                progress(item.source)
            continue
        pending.append(item)
        if len(pending) == size:
            yield _Chunk(pending)
            pending = []
    if pending:
        yield _Chunk(pending)


def _collect(pool: _Pool, running: dict[Future[list[Extraction | Rejection]], _Chunk], store: Store, *,
             version: str, report: RunReport, progress: Progress | None) -> None:
    done, _ = wait(running, return_when=FIRST_COMPLETED)
    broken = False
    for future in done:
        chunk = running.pop(future)
        try:
            results = future.result()
        except BrokenProcessPool:
            broken = True
            running[future] = chunk  # sent again below, with the chunks still in flight
            continue
        pool.completed += 1
        for document, result in zip(chunk.documents, results, strict=True):
            record(document, result, store, version=version, report=report)
            if progress is not None:
                progress(document.source)
    if broken:
        _retry(pool, running, store, version=version, report=report)


def _retry(pool: _Pool, running: dict[Future[list[Extraction | Rejection]], _Chunk], store: Store, *,
           version: str, report: RunReport) -> None:
    """A worker died: start a fresh pool and send again every chunk not yet stored."""
    chunks = list(running.values())
    running.clear()
    log.warning("a worker process died; restarting the pool and sending %d chunks again", len(chunks))
    pool.renew()
    for chunk in chunks:
        chunk.attempts += 1
        if chunk.attempts < MAX_ATTEMPTS:
            _submit(pool, running, chunk)
            continue
        if pool.completed == 0:
            raise ExtractError(f"the extraction worker processes died {MAX_ATTEMPTS} times before extracting "
                               "anything; run with --workers 1 to see why (a script that starts the pool needs "
                               "an `if __name__ == '__main__':` guard)")
        for document in chunk.documents:
            reason = (f"the worker process extracting it died {MAX_ATTEMPTS} times (out of memory, or killed); "
                      "run it alone with --workers 1 to see why")
            record(document, Rejection.make(document.source, "extract", reason, document_id=document.id),
                   store, version=version, report=report)
