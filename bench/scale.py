"""How extraction cost grows with corpus size, per engine; and what a PostgreSQL bulk load costs.

For each size in ``--sizes`` it writes a synthetic corpus of short template articles
(``testigo.scale.synthetic``: varied invented group and person names, 8 JSONL shards) and runs
``testigo run`` on it, as a user would, once per engine:

- ``local-1``: the local engine, one process;
- ``local-2``: the local engine with ``--workers 2`` (a process pool);
- ``ray-2``:   ``--engine ray --workers 2`` (a local Ray started for the run, 2 worker actors).

Each run is a fresh child process writing a fresh SQLite store. Reported: wall seconds
(start-up included), articles/s, the marginal articles/s between consecutive sizes (which
leaves fixed start-up cost out: it is the rate that scales), seconds per 1,000 articles, and peak
memory: the highest sum of RSS over the run's whole process tree, sampled every 0.2 s (pool
workers and Ray's processes included; shared pages are counted once per process, so this
overstates what is really used).

With ``--pg URL`` it also measures the bulk load into PostgreSQL (COPY via psycopg 3): the Ray
run's Parquet output of the largest size, all tables, and ``--pg-claims`` generated claim rows
alone; into a database of its own, ``testigo_scale_bench`` on that server, created if needed.

Run from the project root:
    .venv/bin/python bench/scale.py                          # 10k, 50k, 100k (hours on 2 cores)
    .venv/bin/python bench/scale.py --sizes 1000,2000 --engines local-1,ray-2
    .venv/bin/python bench/scale.py --sizes 2000 --pg postgresql://postgres@127.0.0.1:54329/postgres
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from testigo.scale.synthetic import write_shards

ROOT = Path(__file__).resolve().parent.parent
TESTIGO = str(Path(sys.executable).parent / "testigo")
ENGINES = {
    "local-1": [],
    "local-2": ["--workers", "2"],
    "ray-2": ["--engine", "ray", "--workers", "2"],
}
PG_DB = "testigo_scale_bench"


def tree_rss(process: psutil.Process) -> int:
    """RSS of a process and all its descendants, in bytes."""
    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total


def run_engine(engine: str, corpus: Path, work: Path) -> dict[str, float]:
    """Run ``testigo run`` with one engine on the corpus; wall seconds, peak tree RSS, what it stored."""
    work.mkdir(parents=True, exist_ok=True)
    db = work / f"{engine}.db"
    args = [TESTIGO, "run", str(corpus), "--db", str(db), "--show", "0", "--parquet", str(work / f"{engine}-pq"),
            *ENGINES[engine]]
    start = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = [0]

    def sample() -> None:
        process = psutil.Process(child.pid)
        while child.poll() is None:
            try:
                peak[0] = max(peak[0], tree_rss(process))
            except psutil.NoSuchProcess:
                return
            time.sleep(0.2)

    sampler = threading.Thread(target=sample)
    sampler.start()
    output, _ = child.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if child.returncode != 0:
        raise SystemExit(f"{engine} failed:\n{output[-3000:]}")
    return {"seconds": seconds, "peak_mb": peak[0] / 1e6, **stored(str(db))}


def stored(db: str) -> dict[str, float]:
    from testigo.store import open_store

    with open_store(db) as store:
        counts = store.counts()
    return {"documents": counts["documents"], "claims": counts["claims"]}


def growth(rows: list[dict[str, float]], engine: str) -> list[str]:
    """Marginal articles/s between consecutive sizes, and the spread of s per 1,000 articles."""
    mine = sorted((r for r in rows if r["engine"] == engine), key=lambda r: r["size"])
    lines = []
    for a, b in zip(mine, mine[1:], strict=False):
        rate = (b["size"] - a["size"]) / (b["seconds"] - a["seconds"])
        lines.append(f"  {engine}: {a['size']:,} -> {b['size']:,} articles: marginal {rate:.1f} articles/s")
    per_k = [1000 * r["seconds"] / r["size"] for r in mine]
    if len(per_k) > 1:
        lines.append(f"  {engine}: s per 1,000 articles {', '.join(f'{x:.1f}' for x in per_k)} "
                     f"(spread {100 * (max(per_k) - min(per_k)) / statistics.mean(per_k):.0f}% of the mean)")
    return lines


def bench_sizes(sizes: list[int], engines: list[str], work: Path) -> list[dict[str, float]]:
    rows = []
    for size in sizes:
        corpus = work / f"corpus-{size}"
        write_shards(corpus, size, shards=8)
        chars = statistics.mean(len(json.loads(line)["text"]) for line in
                                (corpus / "shard-000.jsonl").read_text(encoding="utf-8").splitlines())
        for engine in engines:
            result = run_engine(engine, corpus, work / f"run-{size}")
            row = {"engine": engine, "size": size, "chars": chars, **result,
                   "rate": size / result["seconds"]}
            rows.append(row)
            print(f"{engine:8} {size:>8,} articles  {row['seconds']:8.1f} s  {row['rate']:7.1f} articles/s  "
                  f"peak {row['peak_mb']:6.0f} MB  ({row['documents']:,} docs, {row['claims']:,} claims stored)",
                  flush=True)
        print(f"  (mean article length {chars:,.0f} characters)", flush=True)
    return rows


def bench_full_length(count: int, work: Path) -> None:
    """local-1 on ``count`` full-length articles from bench/corpus.py: the rate for real article lengths."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus import articles

    corpus = work / f"full-{count}"
    corpus.mkdir(parents=True, exist_ok=True)
    docs = list(articles(seed=1, limit=count))
    with (corpus / "shard-000.jsonl").open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps({"text": doc.text, "title": doc.title}, ensure_ascii=False) + "\n")
    chars = statistics.mean(len(d.text) for d in docs)
    result = run_engine("local-1", corpus, work / f"full-run-{count}")
    print(f"\nfull-length articles (bench/corpus.py, mean {chars:,.0f} characters): local-1 {count:,} articles "
          f"in {result['seconds']:.1f} s = {count / result['seconds']:.2f} articles/s, peak {result['peak_mb']:.0f} MB",
          flush=True)


def pg_url(server: str) -> str:
    """Create the bench database on the server if needed, and return its URL (tables emptied)."""
    import psycopg

    base = server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(base, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (PG_DB,)).fetchone():
            conn.execute(f"CREATE DATABASE {PG_DB}")
    url = base.rsplit("/", 1)[0] + "/" + PG_DB
    from sqlalchemy import create_engine

    from testigo.store import tables
    from testigo.store._dialect import normalise_url

    engine = create_engine(normalise_url(url))
    with engine.begin() as conn:
        tables.metadata.drop_all(conn)
    engine.dispose()
    return url


def fake_claims(count: int, chunk: int = 20_000):  # type: ignore[no-untyped-def]
    """``count`` claim rows shaped like real ones (JSON columns as text), in chunks."""
    quals = json.dumps({"dates": [{"value": "2024-07", "precision": "month", "text": "July 2024"}],
                        "places": [], "title": None, "label": None})
    for start in range(0, count, chunk):
        yield [{"id": f"clm-{i:020d}", "document_id": f"doc-{i // 3:020d}", "subject_id": f"ent-{i % 5000:020d}",
                "predicate": "ally_of", "object_id": f"ent-{(i * 7) % 5000:020d}", "value": None,
                "qualifiers": quals, "polarity": "positive", "certainty": "probable",
                "attributed_to": '["article", "Drug Enforcement Administration"]',
                "quote": "The two groups are said to have formed an alliance in July 2024, officials said.",
                "span_start": i % 4000, "span_end": i % 4000 + 80, "rule": "ally_of.formed_alliance.v1"}
               for i in range(start, min(start + chunk, count))]


def bench_pg(server: str, parquet: Path | None, claims: int) -> None:
    from testigo.scale.tables import read_tables
    from testigo.store import open_store
    from testigo.store.bulk import bulk_load

    url = pg_url(server)
    print(f"\nPostgreSQL bulk load (COPY) into {url.rsplit('@', 1)[-1]}:")
    with open_store(url) as store:
        if parquet is not None:
            start = time.perf_counter()
            report = bulk_load(store, read_tables(parquet))
            seconds = time.perf_counter() - start
            rows = sum(report.offered.values())
            print(f"  Ray output, all tables: {rows:,} rows ({report.offered['claims']:,} claims, "
                  f"{report.offered['documents']:,} documents) in {seconds:.1f} s = "
                  f"{seconds / max(report.offered['claims'], 1) * 1e6:.0f} s per million claims with their rows")
        if claims:
            start = time.perf_counter()
            report = bulk_load(store, {"claims": fake_claims(claims)})
            seconds = time.perf_counter() - start
            again = time.perf_counter()
            repeat = bulk_load(store, {"claims": fake_claims(claims)})
            again = time.perf_counter() - again
            print(f"  claims alone: {report.new['claims']:,} new claims in {seconds:.1f} s = "
                  f"{seconds / claims * 1e6:.0f} s per million ({claims / seconds:,.0f} claims/s); "
                  f"loading them again added {repeat.new['claims']} in {again:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,50000,100000", help="Corpus sizes, comma-separated.")
    parser.add_argument("--engines", default=",".join(ENGINES), help=f"Some of {', '.join(ENGINES)}.")
    parser.add_argument("--pg", help="PostgreSQL server URL to measure the bulk load on.")
    parser.add_argument("--pg-claims", type=int, default=1_000_000, help="Generated claims to COPY (0: none).")
    parser.add_argument("--full-length", type=int, default=0,
                        help="Also time local-1 on this many full-length articles (bench/corpus.py).")
    parser.add_argument("--work", help="Folder for corpora and stores (default: a temporary one).")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    engines = [e for e in args.engines.split(",") if e]
    unknown = set(engines) - set(ENGINES)
    if unknown:
        raise SystemExit(f"unknown engines {sorted(unknown)}; use {', '.join(ENGINES)}")
    with tempfile.TemporaryDirectory(prefix="testigo-scale-") as tmp:
        work = Path(args.work or tmp)
        print(f"testigo bench/scale.py: sizes {sizes}, engines {engines}, {psutil.cpu_count()} CPUs, "
              f"load average {psutil.getloadavg()[0]:.1f} at start", flush=True)
        rows = bench_sizes(sizes, engines, work) if sizes else []
        print("\ngrowth with size:")
        for engine in engines:
            for line in growth(rows, engine):
                print(line)
        for size in sizes:
            base = next((r for r in rows if r["engine"] == "local-1" and r["size"] == size), None)
            for r in rows:
                if base and r["size"] == size and r["engine"] != "local-1":
                    print(f"  {size:,} articles: {r['engine']} is {base['seconds'] / r['seconds']:.2f}x local-1")
        if args.full_length:
            bench_full_length(args.full_length, work)
        print(f"load average {psutil.getloadavg()[0]:.1f} at end")
        if args.pg:
            ray_pq = work / f"run-{max(sizes)}" / "ray-2-pq" if sizes and "ray-2" in engines else None
            bench_pg(args.pg, ray_pq, args.pg_claims)


if __name__ == "__main__":
    main()
