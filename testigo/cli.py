"""The ``testigo`` command: thin commands over the Python API; the only module that prints.

Each command parses its options, calls one API function and prints a summary.
TestigoError becomes a one-line message and exit code 1 in ``_Group.invoke``
(``--debug`` shows the traceback instead).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

try:  # typer 0.2x ships its own copy of click; its commands only handle that copy's exceptions
    from typer._click import Context
    from typer._click.exceptions import ClickException
except ImportError:  # older typer runs on click itself
    from click import ClickException, Context  # type: ignore[assignment]
from rich.console import Console
from rich.table import Table

from testigo.errors import TestigoError
from testigo.memory import paused_gc
from testigo.settings import load_settings

__all__ = ["app", "main"]



class _Group(TyperGroup):
    """The one place where TestigoError becomes a ClickException (exit 1, message only)."""

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except TestigoError as exc:
            if _state["debug"]:
                raise
            raise ClickException(str(exc)) from exc


_state = {"debug": False}
SETTINGS = load_settings()
BLOC_NAMES = 40  # names listed per bloc in the network table (the JSON lists every one)
app = typer.Typer(
    cls=_Group,
    help="Turn reporting on organised crime into a sourced, time-aware network of claims.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
out = Console()
err = Console(stderr=True)


Db = Annotated[str, typer.Option("--db", help="SQLite file, or postgresql://USER@HOST/DB.",
                                 envvar="TESTIGO_DB")]
Paths = Annotated[list[str], typer.Argument(help="Files, folders, URLs or feeds; '-' reads stdin.")]
MaxBytes = Annotated[int, typer.Option("--max-bytes", help="Reject inputs larger than this many bytes.")]
Strict = Annotated[bool, typer.Option("--strict", help="Exit 1 when any input was rejected.")]
Kb = Annotated[list[str] | None, typer.Option("--kb", help="Extra knowledge-base YAML file or folder (repeatable).")]


@app.callback()
def _options(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False) -> None:
    _state["debug"] = debug


@contextmanager
def _opened(db: str) -> Iterator[Any]:
    from testigo.store import open_store

    with open_store(db) as store:
        yield store


@contextmanager
def _progress(label: str) -> Iterator[Any]:
    """A Rich progress line on a terminal; nothing when output is captured or piped."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    if not err.is_terminal:
        yield lambda source: None
        return
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} done"),
                  TimeElapsedColumn(), console=err, transient=True) as progress:
        task = progress.add_task(label)
        yield lambda source: progress.update(task, advance=1, description=f"{label} {Path(source).name}")


def _ingest_items(paths: list[str], max_bytes: int) -> Iterator[Any]:
    from testigo.ingest import iter_documents

    return iter_documents(paths, max_bytes=max_bytes, timeout=SETTINGS.http_timeout)


def _load_extractor(kb: list[str] | None = None) -> Any:
    from testigo.extract import load_extractor

    return load_extractor(SETTINGS, kb_paths=tuple(kb or ()))


def _store_and_report(paths: list[str], db: str, *, max_bytes: int, strict: bool, extract: bool,
                      kb: list[str] | None = None, show: int = 0, workers: int = 1) -> None:
    from testigo.pipeline import run

    extractor = _load_extractor(kb) if extract else None
    with _opened(db) as store, _progress("reading") as progress:
        items = _ingest_items(paths, max_bytes)
        if workers > 1 and extractor is not None:
            from testigo.scale import run_pool

            report = run_pool(items, store, version=extractor.version, settings=SETTINGS,
                              kb_paths=tuple(kb or ()), workers=workers, progress=progress)
        else:
            report = run(items, store, extractor=extractor, progress=progress)
        _finish(store, report, db, show=show)
    if report.processed == 0 or (strict and report.rejections):
        raise typer.Exit(1)


def _finish(store: Any, report: Any, db: str, *, show: int) -> None:
    """Resolve across the batch when it added claims, and print what the run did."""
    resolution = _resolve_new(store) if report.claims_new else None
    _print_report(report, db)
    if show and report.claims_new:
        _print_network_claims(store, show)
    if resolution is not None:
        _print_resolution(resolution)


def _resolve_new(store: Any) -> Any:
    from testigo.resolve import resolve

    return resolve(store)


def _print_network_claims(store: Any, limit: int) -> None:
    """The group-to-group claims of the store, strongest wording first: what a reader asks first."""
    from testigo.store import ClaimFilter

    names = {e.id: e.name for e in store.iter_entities(kind="criminal_group")}
    order = ("ally_of", "rival_of", "negotiated_with", "faction_of")
    rows = [c for p in order for c in store.iter_claims(ClaimFilter(predicate=p))]
    rows.sort(key=lambda c: (order.index(c.predicate), -c.certainty.rank))
    table = Table("subject", "predicate", "object", "certainty", "according to", "quote",
                  title=f"group relations ({min(limit, len(rows))} of {len(rows)})", title_justify="left")
    for column, width in zip(table.columns, (16, 10, 16, 9, 18, 48), strict=True):
        column.min_width = min(width, 16)
        column.max_width = width
    for c in rows[:limit]:
        polarity = "" if c.polarity.value == "positive" else " (denied)"
        table.add_row(names.get(c.subject_id, c.subject_id), c.predicate + polarity,
                      names.get(c.object_id or "", ""), c.certainty.value, " > ".join(c.attributed_to),
                      c.evidence.quote.strip()[:90])
    out.print(table)


def _print_report(report: Any, db: str) -> None:
    out.print(f"[bold]{report.documents_new}[/] new documents, {report.documents_seen} already stored, "
              f"{report.documents_extracted} extracted, {report.claims_new} new claims -> {db}")
    for title, counter in (("claims by predicate", report.claims_by_predicate),
                           ("entities by kind", report.entities_by_kind)):
        if counter:
            table = Table("", "count", title=title, title_justify="left")
            for name, count in counter.most_common():
                table.add_row(name, str(count))
            out.print(table)
    if report.rejections:
        _print_rejections(report.rejections, title=f"{len(report.rejections)} rejected")


def _print_rejections(rejections: list[Any], *, title: str) -> None:
    table = Table("source", "stage", "reason", title=title, title_justify="left")
    for r in rejections:
        table.add_row(r.source, r.stage, r.reason)
    out.print(table)


Engine = Annotated[str, typer.Option("--engine", help="local (this machine) or ray (Ray Data; extra `scale`).")]
Workers = Annotated[int | None, typer.Option(
    "--workers", min=1, help="Extraction processes: local default 1, ray default 2 (Ray worker actors).")]
Address = Annotated[str | None, typer.Option(
    "--address", help="Ray cluster to join (auto or ray://HOST:PORT); without it a local Ray starts.")]
Parquet = Annotated[str, typer.Option("--parquet", help="Folder for the Ray engine's Parquet tables.")]


@app.command("run")
def run_cmd(paths: Paths, db: Db = SETTINGS.db, max_bytes: MaxBytes = SETTINGS.max_bytes,
            strict: Strict = False, kb: Kb = None,
            show: Annotated[int, typer.Option("--show", help="Print this many group relations found.")] = 15,
            engine: Engine = "local", workers: Workers = None, address: Address = None,
            parquet: Parquet = "testigo-parquet",
            ) -> None:
    """Ingest, extract and store articles, then print what was found."""
    from testigo.errors import ConfigError

    if engine not in ("local", "ray"):
        raise ConfigError(f"--engine {engine!r}: use local or ray")
    if address and engine != "ray":
        raise ConfigError("--address joins a Ray cluster: add --engine ray")
    if engine == "ray":
        _run_ray(paths, db, strict=strict, kb=kb, show=show, workers=workers or 2, address=address,
                 parquet=parquet, max_bytes=max_bytes)
        return
    err.print("engine: local, " + ("1 process" if (workers or 1) == 1 else f"{workers} worker processes"))
    _store_and_report(paths, db, max_bytes=max_bytes, strict=strict, extract=True, kb=kb, show=show,
                      workers=workers or 1)


def _run_ray(paths: list[str], db: str, *, strict: bool, kb: list[str] | None, show: int, workers: int,
             address: str | None, parquet: str, max_bytes: int) -> None:
    from dataclasses import replace

    from testigo.scale import run_ray

    err.print(f"engine: ray, {workers} workers on " + (address or "a local Ray started for this run"))
    settings = replace(SETTINGS, max_bytes=max_bytes)
    with _opened(db) as store:
        report = run_ray(paths, store, settings=settings, kb_paths=tuple(kb or ()), workers=workers,
                         address=address, parquet=parquet, version=_load_extractor(kb).version)
        _finish(store, report, db, show=show)
    err.print(f"{report.shards} shards; Parquet tables in {report.parquet}")
    if report.processed == 0 or (strict and report.rejections):
        raise typer.Exit(1)


@app.command("ingest")
def ingest_cmd(paths: Paths, db: Db = SETTINGS.db, max_bytes: MaxBytes = SETTINGS.max_bytes,
               strict: Strict = False) -> None:
    """Store articles without extracting claims (run `testigo extract` later)."""
    _store_and_report(paths, db, max_bytes=max_bytes, strict=strict, extract=False)


@app.command("extract")
def extract_cmd(db: Db = SETTINGS.db,
                all_: Annotated[bool, typer.Option("--all", help="Re-extract every document.")] = False,
                kb: Kb = None) -> None:
    """Extract claims from stored documents not yet extracted with the current rules."""
    from testigo.pipeline import extract_stored

    extractor = _load_extractor(kb)
    with _opened(db) as store, _progress("extracting") as progress:
        report = extract_stored(store, extractor, everything=all_, progress=progress)
    _print_report(report, db)


@app.command("export")
def export_cmd(
    what: Annotated[str, typer.Argument(help="claims, entities, documents, rejections, graph or ftm.")],
    db: Db = SETTINGS.db,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="jsonl or csv; graph: graphml (default), gexf or csv; ftm: jsonl.")] = None,
    output: Annotated[str, typer.Option(
        "--output", "-o", help="File to write; '-' is stdout; graph needs a file (a folder for csv).")] = "-",
) -> None:
    """Write a table as JSON lines (the DESIGN.md contract) or CSV, the network for Gephi, or FtM entities."""
    from testigo.errors import ConfigError
    from testigo.export import CSV_COLUMNS, iter_records, write_csv, write_jsonl

    if what == "graph":
        _export_graph(db, fmt or "graphml", output)
        return
    if what == "ftm":
        _export_ftm(db, fmt or "jsonl", output)
        return
    fmt = fmt or "jsonl"
    if fmt not in ("jsonl", "csv"):
        raise ConfigError(f"--format {fmt!r}: use jsonl or csv")
    with _opened(db) as store, _output(output) as stream:
        records = iter_records(store, what)
        count = write_jsonl(records, stream) if fmt == "jsonl" else write_csv(
            records, stream, columns=CSV_COLUMNS[what])
    if output != "-":
        err.print(f"wrote {count} {what} to {output}")


def _export_graph(db: str, fmt: str, output: str) -> None:
    """`export graph`: GraphML, GEXF or nodes.csv + edges.csv, for Gephi."""
    from testigo.errors import ConfigError
    from testigo.export_graph import export_graph

    if output == "-":
        raise ConfigError("`testigo export graph` writes files: give -o FILE (-o FOLDER with --format csv)")
    with _opened(db) as store:
        done = export_graph(store, output, fmt=fmt)
    skipped = f"; {done.skipped} claims with a literal value have no edge" if done.skipped else ""
    err.print(f"wrote {done.nodes} nodes and {done.edges} edges to {', '.join(done.paths)}{skipped}")


def _export_ftm(db: str, fmt: str, output: str) -> None:
    """`export ftm`: FollowTheMoney entities as JSON lines, for Aleph and OpenSanctions tools."""
    from testigo.errors import ConfigError
    from testigo.export_ftm import write_ftm

    if fmt != "jsonl":
        raise ConfigError(f"--format {fmt!r}: FtM entities are written as jsonl")
    with _opened(db) as store, _output(output) as stream:
        done = write_ftm(store, stream)
    counts = ", ".join(f"{n} {schema}" for schema, n in sorted(done.schemata.items()))
    err.print(f"wrote {done.entities} FtM entities ({counts}){'' if output == '-' else ' to ' + output}")
    for reason, n in sorted(done.skipped.items()):
        err.print(f"  not exported: {n} {reason}")


@contextmanager
def _output(path: str) -> Iterator[Any]:
    if path == "-":
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8", newline="") as stream:
        yield stream


@app.command("documents")
def documents_cmd(db: Db = SETTINGS.db) -> None:
    """List stored documents."""
    with _opened(db) as store:
        table = Table("id", "source", "title", "published", "words", "extracted with")
        for column, width in zip(table.columns, (24, 40, 30, 10, 6, 30), strict=True):
            column.no_wrap, column.overflow, column.max_width = True, "ellipsis", width
        for d in store.iter_documents():
            table.add_row(d.id, d.source, d.title or "", d.published or "", str(len(d.text.split())),
                          store.extracted_with(d.id) or "")
    out.print(table)


@app.command("rejections")
def rejections_cmd(db: Db = SETTINGS.db) -> None:
    """List inputs that could not be processed, and why."""
    with _opened(db) as store:
        rejections = list(store.iter_rejections())
    if not rejections:
        out.print("no rejections")
        return
    _print_rejections(rejections, title=f"{len(rejections)} rejections")


Reason = Annotated[str, typer.Option("--reason", "-r", help="Why; stored with the judgement.")]
Author = Annotated[str, typer.Option("--author", help="Who decides, e.g. analyst:ana.")]
Limit = Annotated[int, typer.Option("--limit", "-n", help="Show at most this many pairs.")]
EntityId = Annotated[str, typer.Argument(help="Entity id (see `testigo export entities`).")]


@app.command("resolve")
def resolve_cmd(db: Db = SETTINGS.db) -> None:
    """Apply the resolution rules to every stored entity; re-running writes nothing new."""
    from testigo.resolve import resolve

    with _opened(db) as store:
        report = resolve(store)
    _print_resolution(report)


def _print_resolution(report: Any) -> None:
    out.print(f"resolution: {report.entities} entities, [bold]{report.same}[/] new same and "
              f"{report.different} new different judgements ({report.unrecorded} more pairs kept apart, not "
              f"recorded: names too far apart to be taken for one); {report.clusters} clusters of two or more; "
              f"{report.ambiguous} partial names left for `testigo review`")


@app.command("merge")
def merge_cmd(left: EntityId, right: EntityId, db: Db = SETTINGS.db, reason: Reason = "",
              author: Author = "analyst") -> None:
    """Record that two entities are the same actor (outranks the rules; undo with `split`)."""
    from testigo.resolve import Resolver

    with _opened(db) as store:
        resolver = Resolver(store)
        resolver.merge(left, right, author=author, reason=reason)
        canonical, members = resolver.canonical(left), sorted(resolver.cluster(left))
    out.print(f"merged: {canonical} stands for {len(members)} entities: {', '.join(members)}")


@app.command("split")
def split_cmd(left: EntityId, right: EntityId, db: Db = SETTINGS.db, reason: Reason = "",
              author: Author = "analyst") -> None:
    """Record that two merged entities are different actors (outranks the rules; undo: `merge`)."""
    from testigo.resolve import Resolver

    with _opened(db) as store:
        resolver = Resolver(store)
        resolver.split(left, right, author=author, reason=reason)
        sides = [resolver.canonical(left), resolver.canonical(right)]
    out.print(f"split: {left} -> {sides[0]}, {right} -> {sides[1]}")


@app.command("review")
def review_cmd(db: Db = SETTINGS.db, limit: Limit = 50) -> None:
    """List pairs of entities that may be one actor, most likely first, with the evidence."""
    from testigo.resolve import Resolver

    with _opened(db) as store:
        candidates = Resolver(store).candidates(limit=limit)
    if not candidates:
        out.print("nothing to review")
        return
    table = Table("score", "kind", "left", "right", "evidence", title=f"{len(candidates)} pairs to review",
                  title_justify="left")
    for c in candidates:
        table.add_row(f"{c.score:.2f}", c.left.kind, f"{c.left.name}\n{c.left.id}",
                      f"{c.right.name}\n{c.right.id}", "; ".join(c.evidence))
    out.print(table)


def _resolved(store: Any) -> tuple[Any, Any]:
    """canonical() and cluster() from the store's judgements (one read, no lookup per id)."""
    from testigo.analyse.network import Canonical
    from testigo.resolve import Resolver

    resolver = Resolver(store)
    return Canonical(resolver.canonical_map()), resolver.members


AsOf = Annotated[str | None, typer.Option("--as-of", help="Claims in force on a date: YYYY, YYYY-MM or YYYY-MM-DD.")]
Window = Annotated[str | None, typer.Option("--window", help="Claims dated inside START:END (2024:, :2023-06 work).")]
MinCertainty = Annotated[str, typer.Option("--min-certainty", help="Leave out weaker claims: certain, probable or "
                                                                    "possible.")]
Format = Annotated[str, typer.Option("--format", "-f", help="table or json.")]


@app.command("network")
def network_cmd(
    db: Db = SETTINGS.db, as_of: AsOf = None, window: Window = None, min_certainty: MinCertainty = "possible",
    fmt: Format = "table",
    png: Annotated[str | None, typer.Option("--png", help="Also draw the network to this PNG file.")] = None,
    svg: Annotated[str | None, typer.Option("--svg", help="Also draw the network to this SVG file.")] = None,
    top: Annotated[int, typer.Option("--top", help="List this many central actors, brokers and triads.")] = 10,
) -> None:
    """The signed network of groups: blocs, unbalanced triads, central actors, brokers, leaders."""
    from testigo.analyse import draw, network_report
    from testigo.errors import ConfigError

    if fmt not in ("table", "json"):
        raise ConfigError(f"--format {fmt!r}: use table or json")
    with paused_gc():  # the whole command: a large network is millions of small objects and no cycles
        with _opened(db) as store:
            canonical, cluster = _resolved(store)
            report = network_report(store, canonical=canonical, cluster=cluster, as_of=as_of, window=window,
                                    min_certainty=min_certainty, top=top)
            report.network.ties  # noqa: B018  (read while the store is open: the leaders are listed)
            # the evidence shown (every tie's for json, the strongest ties' quotes for the table) is read
            # when first asked for: ask now, while the store is open
            data = report.to_dict() if fmt == "json" else None
            strongest = _strongest_ties(report.network, top) if data is None else []
        for path in (p for p in (png, svg) if p):
            draw(report.network, path, result=report.balance)
            err.print(f"drew {report.network.graph.number_of_nodes()} groups to {path}")
        if data is not None:
            import json

            sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
            return
        _print_network(report, strongest, top)


def _strongest_ties(network: Any, top: int) -> list[tuple[str, str, dict[str, Any]]]:
    """The ``top * 2`` strongest ties with their evidence read (their quotes are printed)."""
    import heapq

    from testigo.analyse.network import read_evidence

    # sorted(...)[:top * 2] without sorting every tie (nsmallest keeps the same order, ties included)
    strongest = heapq.nsmallest(top * 2, network.graph.edges(data=True), key=lambda e: -abs(e[2]["weight"]))
    read_evidence(r for _u, _v, d in strongest for r in d["relations"].values())  # in one read
    return strongest


def _print_network(report: Any, strongest: list[tuple[str, str, dict[str, Any]]], top: int) -> None:
    from testigo.analyse.network import edge_quote

    net, name = report.network, report.network.name
    g, p = net.graph, net.period
    when = (f"as of {p.as_of}" if p.as_of else "all dates") + (f", window {p.start or ''}:{p.end or ''}"
                                                               if p.start or p.end else "")
    out.print(f"[bold]{g.number_of_nodes()}[/] groups, {g.number_of_edges()} ties from {net.claims_used} claims "
              f"({when}, certainty ≥ {net.min_certainty.value}) in {report.seconds:.2f}s")
    ties = Table("groups", "tie", "weight", "support", "origins", "quote", title="strongest ties", title_justify="left")
    for u, v, d in strongest:
        tie = {1: "[green]ally[/]", -1: "[red]rival[/]"}.get(d["sign"], "tied") + (" contested" * d["contested"])
        ties.add_row(f"{name(u)}\n{name(v)}", tie, f"{d['weight']:+.2f}", str(d["support"]),
                     "; ".join(d["origins"][:4]), edge_quote(d)[:140])
    out.print(ties)
    _print_blocs(report, top)
    _print_actors(report)


def _print_blocs(report: Any, top: int) -> None:
    name, b = report.network.name, report.balance
    blocs = Table("bloc", "groups", title=f"blocs: {b.frustration} frustrated ties, balance {b.index}"
                  f"{'' if b.exact else ' (local search)'}", title_justify="left")
    for i, bloc in enumerate(b.blocs[:top * 2], 1):
        names = sorted(map(name, bloc))
        more = f" … and {len(names) - BLOC_NAMES:,} more" if len(names) > BLOC_NAMES else ""
        blocs.add_row(str(i), ", ".join(names[:BLOC_NAMES]) + more)
    out.print(blocs)
    if report.triads:
        triads = Table("groups", "signs", "evidence", title="unbalanced triads (where tension sits)",
                       title_justify="left")
        for t in report.triads[:top]:
            triads.add_row("\n".join(map(name, t.nodes)), " ".join("+" if e.sign > 0 else "−" for e in t.edges),
                           "\n".join(f"{name(e.source)}–{name(e.target)}: {e.quote[:90]}" for e in t.edges))
        out.print(triads)


def _print_actors(report: Any) -> None:
    from testigo.analyse import people_of

    net = report.network
    actors = Table("group", "ties", "allies", "rivals", "strength", "betweenness", "leaders / founders",
                   title="central actors", title_justify="left")
    for a in report.central:
        people = people_of(net, a.id)
        actors.add_row(a.name, str(a.degree), str(a.allies), str(a.rivals), f"{a.strength:.2f}", f"{a.betweenness:.3f}",
                       ", ".join(dict.fromkeys(people.get("leader_of", []) + people.get("founder_of", [])))[:80])
    out.print(actors)
    if report.brokers:
        out.print("brokers (betweenness): " + ", ".join(f"{a.name} {a.betweenness:.3f}" for a in report.brokers))


@app.command("timeline")
def timeline_cmd(
    entity: Annotated[str, typer.Argument(help="An entity id, name or alias.")],
    db: Db = SETTINGS.db, fmt: Format = "table",
) -> None:
    """An entity's arrests, designations, leadership and alliances in date order, with quote and source."""
    from testigo.analyse import entity_timeline
    from testigo.errors import ConfigError

    if fmt not in ("table", "json"):
        raise ConfigError(f"--format {fmt!r}: use table or json")
    with _opened(db) as store:
        canonical, cluster = _resolved(store)
        found = entity_timeline(store, entity, canonical=canonical, cluster=cluster)
    if fmt == "json":
        import json

        sys.stdout.write(json.dumps(found.to_dict(), ensure_ascii=False, default=str) + "\n")
        return
    table = Table("date", "what", "certainty", "according to", "quote", "source",
                  title=f"{found.entity.name} ({found.entity.kind}): {len(found.entries)} rows", title_justify="left")
    for r in found.entries:
        date = f"{r.date} ({r.precision})" if r.date else "undated" + (f" ({r.words})" if r.words else "") + (
            f"\npublished {r.published}" if r.published else "")
        table.add_row(date, r.what, r.certainty + (", denied" if r.polarity == "negative" else ""),
                      " > ".join(r.attributed_to), r.quote[:160], r.source or r.document_id)
    out.print(table)


@app.command("eval")
def eval_cmd(
    expected: Annotated[list[str], typer.Argument(help="Expected files in the seed's YAML format.")],
    db: Annotated[str | None, typer.Option("--db", help="Read claims from this store when it has them.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    kb: Kb = None,
) -> None:
    """Score extraction against expected facts: must-facts found or missed, precision and recall."""
    from testigo.evaluate import evaluate, summary

    extractor = _load_extractor(kb)
    if db is None:
        scores = evaluate(expected, extractor=extractor, max_bytes=SETTINGS.max_bytes)
    else:
        with _opened(db) as store:
            scores = evaluate(expected, extractor=extractor, store=store, max_bytes=SETTINGS.max_bytes)
    totals = summary(scores)
    if as_json:
        import json

        report = {"documents": [{"document": s.document, "facts": [o.to_dict() for o in s.outcomes],
                                 "unlisted": [c.to_dict() for c in s.unlisted],
                                 "contradictions": [{"expected": w, "found": hit} for w, hit in s.contradictions]}
                                for s in scores], "summary": totals}
        sys.stdout.write(json.dumps(report, ensure_ascii=False, default=str) + "\n")
        return
    _print_eval(scores, totals)


def _print_eval(scores: list[Any], totals: dict[str, Any]) -> None:
    for s in scores:
        table = Table("", "fact", "must", "why not", title=s.document, title_justify="left")
        for o in s.outcomes:
            f = o.fact
            table.add_row("[green]found[/]" if o.found else "[red]missed[/]",
                          f"{f['subject']} {f['relation']} {f.get('object') or ''} ({f.get('certainty')}, "
                          f"{f.get('attributed_to', 'article')})", "yes" if f.get("must") else "", o.why)
        for wanted, hit in s.contradictions:
            table.add_row("[green]found[/]" if hit else "[red]missed[/]", f"contradiction: {wanted.get('what')}",
                          "yes" if wanted.get("must") else "", "")
        out.print(table)
    table = Table("predicate", "extracted", "correct", "precision", "expected", "found", "recall",
                  title="precision and recall per predicate", title_justify="left")
    for name, row in totals["predicates"].items():
        table.add_row(name, *(str(row[k]) for k in ("extracted", "correct", "precision", "expected", "found",
                                                     "recall")))
    out.print(table)
    out.print(f"must-facts found: {totals['must_found']}/{totals['must_total']}; precision {totals['precision']}, "
              f"recall {totals['recall']}; contradictions found {totals['contradictions_found']}/"
              f"{totals['contradictions_total']}")


@app.command("contradictions")
def contradictions_cmd(db: Db = SETTINGS.db) -> None:
    """List claims that contradict each other, with both quotes and sources."""
    from testigo.contradict import find_contradictions

    with _opened(db) as store:
        canonical, _cluster = _resolved(store)
        found = find_contradictions(store.iter_claims(), canonical=canonical)
        names = {e.id: e.name for e in store.iter_entities()}
    if not found:
        out.print("no contradictions")
        return
    table = Table("kind", "what", "one side", "other side", title=f"{len(found)} contradictions",
                  title_justify="left")
    for c in found:
        what = f"{names.get(c.left.subject_id, c.left.subject_id)} {c.left.predicate} " \
               f"{names.get(c.left.object_id or '', '')}: {c.reason}"
        table.add_row(c.kind, what, _side(c.left), _side(c.right))
    out.print(table)


def _side(claim: Any) -> str:
    dates = ", ".join(d.text for d in claim.qualifiers.dates)
    return f"{claim.evidence.quote[:160]}\n[{' > '.join(claim.attributed_to)}; {claim.certainty.value}" \
           f"{'; ' + dates if dates else ''}]"


@app.command("serve")
def serve_cmd(
    db: Db = SETTINGS.db,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; only this machine by default.")]
    = SETTINGS.host,
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = SETTINGS.port,
) -> None:
    """Serve the web page and REST API over a store (read-only unless TESTIGO_TOKEN is set)."""
    from testigo.errors import ConfigError

    try:
        from testigo.web import serve
    except ImportError as exc:
        raise ConfigError(f"`testigo serve` needs the web extra ({exc.name} is missing): "
                          "pip install 'testigo[web]'") from exc
    writes = ("writes need the token in TESTIGO_TOKEN" if SETTINGS.token
              else "read-only (set TESTIGO_TOKEN to allow writes)")
    err.print(f"serving {db} at http://{host}:{port}/ — {writes}; Ctrl-C stops")
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]listening on {host}: anyone who can reach this machine can read the store[/]")
    serve(db, host=host, port=port, settings=SETTINGS)


def main() -> None:
    """Entry point of the ``testigo`` script."""
    app()
