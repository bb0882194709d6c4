"""The extraction quality gate: score every expected file and compare with the pinned floors.

    python tests/eval_gate.py               # print the figures and fail below the floors
    python tests/eval_gate.py --update      # raise the floors to today's figures
    python tests/eval_gate.py --update --allow-lower   # the only way to lower a floor

The floors live in tests/eval_baseline.json with a hash of the expected files and
articles, so a changed test corpus is visible in review.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "eval_baseline.json"
FLOORS = ("precision", "recall", "must_found", "contradictions_found")


def expected_files() -> list[Path]:
    """Every expected file of the bundled examples, the test articles and the held-out sets (each
    set joins the gate once it has been measured as unseen and has become tuning data)."""
    fixtures = ROOT / "tests" / "fixtures"
    return sorted((ROOT / "examples").glob("*.expected.yaml")) + sorted(
        (fixtures / "articles").glob("*.expected.yaml")) + sorted(fixtures.glob("heldout*/*.expected.yaml"))


def corpus_hash() -> str:
    digest = hashlib.sha256()
    for path in sorted({p for e in expected_files() for p in (e, *e.parent.glob(e.name.split(".")[0] + ".*"))}):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def measure() -> dict[str, Any]:
    """Today's figures: the summary over all files, and the seed's own must-facts."""
    from testigo.evaluate import evaluate, summary
    from testigo.extract import load_extractor

    extractor = load_extractor()
    everything = summary(evaluate([str(p) for p in expected_files()], extractor=extractor))
    seed = summary(evaluate([str(ROOT / "examples" / "cjng-chapitos-alliance.expected.yaml")], extractor=extractor))
    return {"all": everything, "seed": seed}


def failures(figures: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    """What fell below its floor."""
    found = []
    for scope in ("all", "seed"):
        for name in FLOORS:
            floor, value = baseline[scope].get(name), figures[scope].get(name)
            if floor is not None and (value is None or value < floor):
                found.append(f"{scope} {name} {value} is below its floor {floor}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="raise the floors to today's figures")
    parser.add_argument("--allow-lower", action="store_true", help="let --update lower a floor")
    args = parser.parse_args()
    figures = measure()
    for scope in ("all", "seed"):
        print(scope, {k: figures[scope][k] for k in (*FLOORS, "must_total", "contradictions_total")})
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {"all": {}, "seed": {}}
    if args.update:
        problems = failures(figures, baseline)
        if problems and not args.allow_lower:
            print("refusing to lower floors without --allow-lower:", *problems, sep="\n  ")
            return 1
        new = {scope: {k: figures[scope][k] for k in FLOORS} for scope in ("all", "seed")}
        new["corpus"] = corpus_hash()
        BASELINE.write_text(json.dumps(new, indent=2) + "\n")
        print(f"wrote {BASELINE}")
        return 0
    problems = failures(figures, baseline)
    print(*problems, sep="\n") if problems else print("all figures at or above their floors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
