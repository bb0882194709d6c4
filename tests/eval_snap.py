"""Save what extraction reads from the gate's documents, and compare two such snapshots.

    python tests/eval_snap.py save OUT.json [DIR ...]   # every gate file, or the expected files in DIR
    python tests/eval_snap.py diff OLD.json NEW.json    # must-facts won and lost, claims added and removed
    python tests/eval_snap.py misses OUT.json [--why TEXT]   # each missed fact with the reason the scorer gives

A snapshot holds, per expected file, every claim (names, not ids, so two code versions compare)
and every fact with whether it was found. ``save`` prints the summary and a fingerprint of all
claims: equal fingerprints mean a change left every reading as it was. Files are scored in two
worker processes (the machine's cores).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_EXTRACTOR: Any = None


def _claim_row(claim: Any, names: dict[str, str]) -> dict[str, Any]:
    return {
        "subject": names.get(claim.subject_id, claim.subject_id), "predicate": claim.predicate,
        "object": names.get(claim.object_id or "", claim.object_id or claim.value),
        "certainty": str(claim.certainty.value), "polarity": str(claim.polarity.value),
        "source": list(claim.attributed_to), "dates": [d.to_dict() for d in claim.qualifiers.dates],
        "places": [names.get(p, p) for p in claim.qualifiers.places], "rule": claim.rule,
        "quote": claim.evidence.quote, "start": claim.evidence.start,
    }


def _snap_one(path: str) -> dict[str, Any]:
    global _EXTRACTOR
    from testigo.evaluate import load_document, load_expected, score
    from testigo.extract import load_extractor

    if _EXTRACTOR is None:
        _EXTRACTOR = load_extractor()
    expected = load_expected(path)
    document = load_document(expected, max_bytes=20_000_000)
    extraction = _EXTRACTOR(document)
    entities = {e.id: e for e in extraction.entities}
    result = score(expected, document, list(extraction.claims), entities, _EXTRACTOR.kb)
    names = {e.id: e.name for e in extraction.entities}
    unlisted = {c.id for c in result.unlisted}
    claims = [dict(_claim_row(c, names), listed=c.id not in unlisted) for c in extraction.claims]
    facts = [{"fact": o.fact, "found": o.found, "why": o.why} for o in result.outcomes]
    return {"file": str(Path(path).resolve().relative_to(ROOT)) if Path(path).resolve().is_relative_to(ROOT)
            else path, "claims": claims, "facts": facts, "score": result}


def fingerprint(files: list[dict[str, Any]]) -> str:
    digest = hashlib.sha256()
    for entry in sorted(files, key=lambda e: e["file"]):
        for claim in sorted(json.dumps(c, sort_keys=True) for c in entry["claims"]):
            digest.update(claim.encode())
    return digest.hexdigest()[:8]


def save(out: str, dirs: list[str]) -> None:
    from testigo.evaluate import summary

    sys.path.insert(0, str(ROOT / "tests"))
    from eval_gate import expected_files

    paths = ([str(p) for d in dirs for p in sorted(Path(d).glob("*.expected.yaml"))] if dirs
             else [str(p) for p in expected_files()])
    with ProcessPoolExecutor(max_workers=2) as pool:
        entries = list(pool.map(_snap_one, paths))
    figures = summary([e.pop("score") for e in entries])
    Path(out).write_text(json.dumps({"files": entries, "summary": figures}, ensure_ascii=False, indent=0, default=str))
    print(f"{len(entries)} files: P {figures['precision']} R {figures['recall']} must "
          f"{figures['must_found']}/{figures['must_total']} contradictions {figures['contradictions_found']}/"
          f"{figures['contradictions_total']} fingerprint {fingerprint(entries)}")


def _fact_key(fact: dict[str, Any]) -> str:
    return json.dumps(fact, sort_keys=True, default=str)


def _claim_key(claim: dict[str, Any]) -> str:
    return json.dumps({k: v for k, v in claim.items() if k not in ("listed", "start")}, sort_keys=True)


def diff(old_path: str, new_path: str) -> None:
    old = {e["file"]: e for e in json.loads(Path(old_path).read_text())["files"]}
    new = {e["file"]: e for e in json.loads(Path(new_path).read_text())["files"]}
    won = lost = 0
    for name in sorted(set(old) & set(new)):
        before = {_fact_key(f["fact"]): f["found"] for f in old[name]["facts"] if f["fact"].get("must")}
        after = {_fact_key(f["fact"]): f["found"] for f in new[name]["facts"] if f["fact"].get("must")}
        changed = [(k, after[k]) for k in after if k in before and before[k] != after[k]]
        old_claims = {_claim_key(c) for c in old[name]["claims"]}
        new_claims = {_claim_key(c) for c in new[name]["claims"]}
        if not changed and old_claims == new_claims:
            continue
        print(f"== {name}")
        for key, found in changed:
            fact = json.loads(key)
            won, lost = won + found, lost + (not found)
            print(f"  {'WON ' if found else 'LOST'} must {fact['subject']} {fact['relation']} {fact.get('object')}")
        for mark, rows in (("-", old_claims - new_claims), ("+", new_claims - old_claims)):
            for row in sorted(rows):
                c = json.loads(row)
                print(f"  {mark} {c['subject']} {c['predicate']} {c['object']} [{c['certainty']}"
                      f"{'' if c['polarity'] == 'positive' else ' NEG'}] src={c['source']} ({c['rule']})"
                      f"\n      {c['quote'][:160]}")
    print(f"must won {won}, lost {lost}")


def misses(path: str, why: str | None) -> None:
    for entry in json.loads(Path(path).read_text())["files"]:
        for f in entry["facts"]:
            if f["fact"].get("must") and not f["found"] and (why is None or why in f["why"]):
                fact = f["fact"]
                print(f"{entry['file']}: {fact['subject']} {fact['relation']} {fact.get('object')} -- {f['why']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("save")
    p.add_argument("out")
    p.add_argument("dirs", nargs="*")
    p = commands.add_parser("diff")
    p.add_argument("old")
    p.add_argument("new")
    p = commands.add_parser("misses")
    p.add_argument("snapshot")
    p.add_argument("--why")
    args = parser.parse_args()
    if args.command == "save":
        save(args.out, args.dirs)
    elif args.command == "diff":
        diff(args.old, args.new)
    else:
        misses(args.snapshot, args.why)
    return 0


if __name__ == "__main__":
    sys.exit(main())
