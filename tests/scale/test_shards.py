"""Shards are listed and read with the local ingest code; engine options are checked before any work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from testigo.cli import app
from testigo.model import Document, Rejection
from testigo.scale.shards import item_from_row, item_to_row, iter_shard, list_shards

runner = CliRunner(env={"COLUMNS": "250"})


def test_list_shards_finds_files_in_folders_and_rejects_what_ray_cannot_read(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    for name in ("b.jsonl", "a.parquet", "sub/c.txt", ".hidden.jsonl", "notes.md"):
        (tmp_path / "in" / name).write_text("x")
    (tmp_path / "empty").mkdir()
    shards, bad = list_shards([str(tmp_path / "in"), str(tmp_path / "missing"), "-", "https://example.org/a",
                               str(tmp_path / "empty")])
    assert [Path(s).relative_to(tmp_path / "in").as_posix() for s in shards] == ["a.parquet", "b.jsonl", "sub/c.txt"]
    reasons = {Path(r.source).name: r.reason for r in bad}
    assert "no such file" in reasons["missing"] and "has no shards" in reasons["empty"]
    assert "--engine local" in reasons["-"] and "--engine local" in reasons["a"]


def test_parquet_rows_are_read_like_jsonl_lines(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    rows = [{"text": "First article text.", "url": "https://example.org/1", "title": "One"},
            {"text": None, "url": None, "title": "no text"},
            {"text": "Third article text.", "url": None, "title": None}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "s.parquet")
    items = list(iter_shard(str(tmp_path / "s.parquet"), max_bytes=10_000))
    assert [type(i).__name__ for i in items] == ["Document", "Rejection", "Document"]
    assert items[0].source == "https://example.org/1" and items[2].source == f"{tmp_path / 's.parquet'}:3"
    assert items[1].source == f"{tmp_path / 's.parquet'}:2" and '"text"' in items[1].reason
    (tmp_path / "broken.parquet").write_bytes(b"not parquet")
    [broken] = iter_shard(str(tmp_path / "broken.parquet"), max_bytes=10_000)
    assert isinstance(broken, Rejection) and "not a readable Parquet file" in broken.reason


def test_items_survive_the_trip_through_a_dataset_row() -> None:
    document = Document.make("Some text.", "a.txt", title="T", published="2024-01-02")
    rejection = Rejection.make("b.jsonl:2", "ingest", "not JSON")
    for item in (document, rejection):
        row = item_to_row(item)
        assert set(row) == {"kind", "item"} and json.loads(row["item"])
        assert item_from_row(row["kind"], row["item"]) == item


@pytest.mark.parametrize(("args", "message"), [
    (["--engine", "spark"], "use local or ray"),
    (["--address", "auto"], "add --engine ray"),
])
def test_run_refuses_unknown_engine_options(tmp_path: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["run", str(tmp_path), "--db", str(tmp_path / "t.db"), *args])
    assert result.exit_code == 1 and message in result.output
