"""The pipeline stores each document with its extraction in one transaction, and resumes after a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from testigo.model import Claim, Document, Entity, Evidence, Rejection
from testigo.pipeline import Extraction, extract_stored, run
from testigo.store import ClaimFilter, Store, open_store

CLAIMS_PER_DOCUMENT = 40


class CountingExtractor:
    """Emits a fixed number of claims per document, so a half-written document is visible."""

    version = "counting-1"

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay

    def __call__(self, document: Document) -> Extraction:
        group = Entity.make("criminal_group", f"Group {document.id}")
        other = Entity.make("criminal_group", "Other Group")
        claims = []
        for i in range(CLAIMS_PER_DOCUMENT):
            time.sleep(self.delay)
            claims.append(Claim.make(document.id, group.id, "ally_of", object_id=other.id, rule="count.v1",
                                     evidence=Evidence(document.text[:10], i, i + 1)))
        return Extraction(entities=(group, other), claims=tuple(claims))


def _documents(n: int) -> list[Document]:
    return [Document.make(f"Article number {i} about a cartel.", f"a{i}.txt") for i in range(n)]


def _assert_whole(store: Store) -> None:
    for document in store.iter_documents():
        claims = list(store.iter_claims(ClaimFilter(document_id=document.id)))
        assert len(claims) in (0, CLAIMS_PER_DOCUMENT)
        assert (len(claims) == CLAIMS_PER_DOCUMENT) == (store.extracted_with(document.id) == "counting-1")


def test_run_is_idempotent_and_keeps_rejections(store: Store) -> None:
    items: list[Document | Rejection] = [*_documents(3), Rejection.make("bad.txt", "ingest", "empty file")]
    first = run(items, store, extractor=CountingExtractor())
    assert (first.documents_new, first.documents_extracted, len(first.rejections)) == (3, 3, 1)
    counts = store.counts()
    second = run(items, store, extractor=CountingExtractor())
    assert (second.documents_new, second.documents_seen, second.documents_extracted) == (0, 3, 0)
    assert store.counts() == counts
    assert counts["claims"] == 3 * CLAIMS_PER_DOCUMENT and counts["rejections"] == 1


def test_a_crashing_extractor_is_a_rejection_and_the_batch_goes_on(store: Store) -> None:
    class Broken(CountingExtractor):
        def __call__(self, document: Document) -> Extraction:
            if "1" in document.text:
                raise RuntimeError("boom")
            return super().__call__(document)

    report = run(_documents(3), store, extractor=Broken())
    assert report.documents_extracted == 2
    assert [r.stage for r in report.rejections] == ["extract"]
    assert "boom" in report.rejections[0].reason
    assert store.counts()["documents"] == 3  # the document itself is kept


def test_extract_stored_refreshes_documents(store: Store) -> None:
    run(_documents(2), store)  # ingest only
    assert store.counts()["claims"] == 0
    report = extract_stored(store, CountingExtractor())
    assert report.documents_extracted == 2
    assert extract_stored(store, CountingExtractor()).documents_extracted == 0
    assert extract_stored(store, CountingExtractor(), everything=True).documents_extracted == 2
    assert store.counts()["claims"] == 2 * CLAIMS_PER_DOCUMENT


SCRIPT = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from test_pipeline import CountingExtractor, _documents
    from testigo.pipeline import run
    from testigo.store import open_store
    store = open_store({db!r})
    run(_documents(30), store, extractor=CountingExtractor(delay={delay}),
        progress=lambda source: print(source, flush=True))
""")


def _start(db: str, delay: float) -> subprocess.Popen[str]:
    code = SCRIPT.format(tests=str(Path(__file__).parent), db=db, delay=delay)
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})


def test_kill_minus_nine_mid_run_then_resume(tmp_path: Path) -> None:
    db = str(tmp_path / "crash.db")
    proc = _start(db, delay=0.004)
    assert proc.stdout is not None
    for _ in range(5):  # let a few documents commit, then kill in the middle of the next one
        proc.stdout.readline()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with open_store(db) as store:
        stored = store.counts()["documents"]
        assert 5 <= stored < 30
        _assert_whole(store)
    finished = _start(db, delay=0.0)
    finished.communicate(timeout=120)
    assert finished.returncode == 0
    with open_store(db) as store:
        assert store.counts()["documents"] == 30
        assert store.counts()["claims"] == 30 * CLAIMS_PER_DOCUMENT
        _assert_whole(store)
