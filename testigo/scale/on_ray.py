"""Extraction on Ray: Ray Data reads the shards, worker actors run one spaCy pipeline each.

Flow: the shard list becomes a Ray dataset; ``flat_map`` reads each shard with the local
ingest code; ``map_batches`` sends documents to ``_Extract`` actors that call the local
engine's ``extract_one``; the driver streams the results into Parquet files per table
(``testigo.scale.tables``) and then loads those in bulk (``testigo.store.bulk``).

Invariant: nothing reaches the store until every document went through an actor. Ray restarts
an actor that dies and sends its batch again (Ray Data's default for actor pools); rows are
keyed by content hashes and loaded with insert-or-ignore, so a retried batch or a re-run adds
nothing twice.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from testigo.errors import ConfigError
from testigo.model import Document, Rejection
from testigo.pipeline import RunReport, extract_one
from testigo.scale.shards import item_from_row, item_to_row, iter_shard, list_shards
from testigo.scale.tables import ParquetTables, extraction_rows, read_tables
from testigo.settings import Settings
from testigo.store.base import Store
from testigo.store.bulk import LoadReport, bulk_load, extracted_ids

__all__ = ["RayReport", "run_ray"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class RayReport(RunReport):
    """A RunReport, plus where the Parquet files are and what the bulk load added."""

    parquet: str = ""
    shards: int = 0
    load: LoadReport = field(default_factory=LoadReport)


def _read_shard(row: dict[str, Any], *, max_bytes: int, done: frozenset[str]) -> list[dict[str, str]]:
    """Ray ``flat_map`` function: one shard path -> its documents and rejections as rows.

    Documents in ``done`` (stored and extracted with the current rules) pass as bare ids.
    """
    return [{"kind": "done", "item": item.id} if isinstance(item, Document) and item.id in done
            else item_to_row(item) for item in iter_shard(row["path"], max_bytes=max_bytes)]


class _Extract:
    """Ray ``map_batches`` actor: loads the extractor once, then extracts batch after batch."""

    def __init__(self, settings: Settings, kb_paths: tuple[str, ...]) -> None:
        from testigo.extract import load_extractor

        self.extractor = load_extractor(settings, kb_paths=kb_paths)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        out = []
        for kind, raw in zip(batch["kind"], batch["item"], strict=True):
            if kind == "done":
                out.append(json.dumps({"done": [str(raw)]}))
                continue
            item = item_from_row(str(kind), str(raw))
            if isinstance(item, Rejection):
                out.append(json.dumps({"rejections": [item.to_dict()]}))
                continue
            result = extract_one(item, self.extractor)
            out.append(json.dumps(extraction_rows(item, result, self.extractor.version), ensure_ascii=False))
        return {"tables": out}


def run_ray(paths: Iterable[str], store: Store, *, settings: Settings, parquet: str | Path,
            kb_paths: tuple[str, ...] = (), workers: int = 2, address: str | None = None,
            batch_size: int = 16, version: str | None = None) -> RayReport:
    """Extract the shards under ``paths`` on Ray, write Parquet to ``parquet``, load it into ``store``.

    With ``version`` (the RuleExtractor's), documents already extracted with it are not extracted
    again, as in the local engine: a re-run after a crash does only the work that is left.
    Without ``address`` a local Ray starts with ``workers`` + 1 CPUs and stops at the end;
    ``address`` ("auto" or "ray://HOST:PORT") joins a running cluster.
    """
    shards, bad = list_shards(paths)
    report = RayReport(parquet=str(parquet), shards=len(shards))
    writer = ParquetTables(parquet)
    for rejection in bad:
        writer.add({"rejections": [rejection.to_dict()]})
    if shards:
        with _ray(address, workers) as ray:
            done = extracted_ids(store, version) if version else frozenset()
            dataset = _dataset(ray, shards, settings=settings, kb_paths=kb_paths, workers=workers,
                               batch_size=batch_size, done=done)
            for batch in dataset.iter_batches(batch_size=256, batch_format="numpy"):
                for tables in batch["tables"]:
                    _add(json.loads(tables), writer, report)
    writer.close()
    report.rejections.extend(bad)
    report.load = bulk_load(store, read_tables(parquet))
    _count_load(report)
    return report


def _dataset(ray: Any, shards: list[str], *, settings: Settings, kb_paths: tuple[str, ...], workers: int,
             batch_size: int, done: frozenset[str]) -> Any:
    items = ray.data.from_items([{"path": s} for s in shards], override_num_blocks=len(shards))
    items = items.flat_map(_read_shard, fn_kwargs={"max_bytes": settings.max_bytes, "done": done}, num_cpus=0.25)
    return items.map_batches(_Extract, fn_constructor_args=(settings, kb_paths),
                             compute=ray.data.ActorPoolStrategy(size=workers), batch_size=batch_size,
                             num_cpus=1, batch_format="numpy")


def _add(tables: dict[str, Any], writer: ParquetTables, report: RayReport) -> None:
    report.documents_seen += len(tables.pop("done", ()))
    writer.add(tables)
    report.claims_by_predicate.update(c["predicate"] for c in tables.get("claims", ()))
    if "extracted" in tables:
        report.documents_extracted += 1
        report.entities_by_kind.update(e["kind"] for e in tables.get("entities", ()))
    report.rejections.extend(Rejection.from_dict(r) for r in tables.get("rejections", ()))


def _count_load(report: RayReport) -> None:
    report.documents_new = report.load.new["documents"]
    report.documents_seen += report.load.offered["documents"] - report.documents_new
    report.claims_new = report.load.new["claims"]


class _ray:  # noqa: N801 (a context manager named for what it yields)
    """``with _ray(address, workers) as ray``: Ray initialised, and stopped after if we started it."""

    def __init__(self, address: str | None, workers: int) -> None:
        self.address = address
        self.workers = workers
        self.started = False

    def __enter__(self) -> Any:
        try:
            import ray
        except ModuleNotFoundError as exc:
            raise ConfigError("--engine ray needs Ray: pip install 'testigo[scale]'") from exc
        if not ray.is_initialized():
            kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                      "logging_level": logging.WARNING}
            if self.address:
                kwargs["address"] = self.address
            else:
                kwargs.update(num_cpus=self.workers + 1, object_store_memory=512 * 1024 * 1024)
            ray.init(**kwargs)
            self.started = True
        ray.data.DataContext.get_current().enable_progress_bars = False
        return ray

    def __exit__(self, *exc: object) -> None:
        if self.started:
            import ray

            ray.shutdown()
