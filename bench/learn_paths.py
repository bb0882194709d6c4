"""Experiment: a learned dependency-path relation proposer, scored on unseen sets of articles.

Question: over pairs of entity mentions in one sentence, would a classifier trained on the answer keys
(`*.expected.yaml`) find relations that testigo's rules miss, on articles it was not trained on, at an
acceptable precision (>= 0.80 for what it adds)?

What it does
- Candidates: testigo's own extraction is run on each annotated article (the same steps as
  ``testigo.extract.read_doc``); its entity references (names, plus the group pronouns and descriptions
  the rules' coreference layer reads back, ``frame.coref``) are the mentions. Every ordered pair of
  mentions of two different entities in a sentence, for every predicate whose schema signature fits the
  pair's kinds, is one candidate.
- Labels: positive when the answer key has a fact (or an event with its ``by``) of that predicate whose
  ends match the pair (``testigo.evaluate._Matcher.ends``, either order for symmetric predicates) and
  whose ``evidence`` lies in or overlaps the sentence.
- Features (hashed): the dependency path between the mentions' heads (deps, and deps with lemmas), the
  lowest common ancestor, lemmas on the path, lemmas between the mentions (capped), two words outside
  each end, kinds, order, distance, negation and hedge words in the sentence, pronoun ends.
- Model: one L2-regularised logistic regression per predicate (numpy, full-batch Adam).
- Evaluation by held-out sets: each of heldout2..heldout24 is one fold, and articles+examples+heldout
  (the first, seen-most set) is one more; train on all other folds, predict on it. Then the same with
  training on heldout2..heldout20 and testing on heldout21..heldout24.

Units scored: one (document, sentence, predicate, subject, object) per unit (the best of its mention
pairs; symmetric predicates in one order). "Added" units are those whose predicate and ends no claim of
testigo has in that document; an added unit is right when its predicate and ends match any fact of the
key (testigo.evaluate's precision rule). A must-fact (with an object) is "gained" when no claim of
testigo has its ends and predicate but some predicted unit does.

Run, from the repository root:

    .venv/bin/python bench/learn_paths.py            # parse (cached) + report
    .venv/bin/python bench/learn_paths.py --fresh    # re-parse the articles
    ... bench/learn_paths.py --examples 0.7   # also list the added units at threshold 0.7 (OK/BAD vs the key)
    ... bench/learn_paths.py --l2 1e-4        # variants: --l2 X, --rules-feature (stacking), --names-only

Columns: pred+ units predicted at the threshold; P(sent) of them labelled positive (fact + evidence in
the sentence); P(key) of them whose predicate and ends match any fact of the key; R(sent) share of the
positive units predicted; added = predicted units whose predicate+ends no rule claim has; added ok, P(add)
of those matching any fact of the key; edges, P(edge) the same per distinct (document, predicate, ends);
new = added units that match a fact no rule claim has (the rest of "added ok" repeat a fact the rules
have under another end, e.g. designated by OFAC where the rules say by the United States); facts gained
= such facts; must gained = must-facts (with an object) among them, of those the rules lack.

The parse of the 170 articles (~3-4 min) is cached in /tmp/learn_paths_cache.pkl.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace
from zlib import crc32

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path("/tmp/learn_paths_cache.pkl")
DIM = 1 << 20
THRESHOLDS = (0.3, 0.5, 0.7, 0.8, 0.9)
NEGATION = frozenset({"not", "n't", "never", "no", "deny", "denied", "without", "neither", "nor"})
HEDGES = frozenset({"may", "might", "could", "would", "reportedly", "allegedly", "alleged", "believe",
                    "believed", "suspect", "suspected", "possible", "possibly", "potential", "likely",
                    "rumour", "rumor", "unclear", "said", "say", "claim", "accuse"})


def fold_of(path: Path) -> str:
    name = path.parent.name
    return name if re.fullmatch(r"heldout\d+", name) and name != "heldout" else "base"


def expected_paths() -> list[Path]:
    fixtures = ROOT / "tests" / "fixtures"
    paths = sorted((ROOT / "examples").glob("*.expected.yaml"))
    for folder in sorted(fixtures.iterdir()):
        if folder.is_dir() and (folder.name == "articles" or folder.name.startswith("heldout")):
            paths += sorted(folder.glob("*.expected.yaml"))
    return paths


# --------------------------------------------------------------------------- collection

def squash(text: str) -> str:
    from testigo.extract.lexicon import fold
    text = fold(text)
    text = re.sub(r"[\u201c\u201d\u2018\u2019\"'`]", "", text)
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def overlaps(evidence: str, sentence: str) -> bool:
    """The evidence string lies in the sentence, holds it, or shares a long run with it at either end."""
    for piece in re.split(r"\u2026|\.\.\.|\[[^\]]*\]", evidence):
        piece = squash(piece)
        if len(piece) < 8:
            continue
        if piece in sentence or (len(sentence) > 15 and sentence in piece):
            return True
        if len(piece) > 40 and (piece[:40] in sentence or piece[-40:] in sentence):
            return True
    return False


def path_between(a, b):
    """Tokens up from a to the lowest common ancestor, and down from it to b."""
    up_a = [a]
    while up_a[-1].head.i != up_a[-1].i:
        up_a.append(up_a[-1].head)
    index_a = {t.i: k for k, t in enumerate(up_a)}
    up_b = [b]
    while up_b[-1].i not in index_a and up_b[-1].head.i != up_b[-1].i:
        up_b.append(up_b[-1].head)
    if up_b[-1].i not in index_a:
        return None
    lca = up_b[-1]
    return up_a[: index_a[lca.i] + 1], up_b[:-1][::-1], lca


def lemma(t) -> str:
    if t.like_num:
        return "#NUM"
    return t.lemma_.lower()


def features(doc, sent, ma, mb, ents_at) -> list[str]:
    """The feature strings of one ordered pair of mentions (ma, mb) = (span, kind, is_pronoun)."""
    (sa, ka, pa), (sb, kb, pb) = ma, mb
    ha, hb = sa.root, sb.root
    f = [f"kinds={ka}>{kb}", f"order={'ab' if sa.start < sb.start else 'ba'}"]
    if pa:
        f.append("a_pron")
    if pb:
        f.append("b_pron")
    first, second = (sa, sb) if sa.start < sb.start else (sb, sa)
    gap = second.start - first.end
    f.append(f"dist={min(gap, 10) if gap < 10 else (15 if gap < 20 else 30)}")
    between = [doc[i] for i in range(first.end, second.start)]
    words = [lemma(t) for t in between if not t.is_punct]
    if len(words) <= 8:
        f += [f"bw={w}" for w in words]
        f.append("bwseq=" + "_".join(words[:6]))
    else:
        f += [f"bwl={w}" for w in words[:4] + words[-4:]]
    f += [f"bpunct={t.text}" for t in between if t.is_punct and t.text in ",;:()\u2014-"]
    if any(ents_at.get(t.i) for t in between):
        f.append("ent_between")
    for t in doc[max(sent.start, first.start - 2): first.start]:
        f.append(f"pre={lemma(t)}")
    for t in doc[second.end: min(sent.end, second.end + 2)]:
        f.append(f"post={lemma(t)}")
    found = path_between(ha, hb)
    if found is None:
        f.append("nopath")
    else:
        up, down, lca = found
        deps = [f"{t.dep_}^" for t in up[:-1]] + [f"v{t.dep_}" for t in down]
        f.append(f"lca={lemma(lca)}")
        f.append(f"lcapos={lca.pos_}")
        f.append("path=" + " ".join(deps))
        f.append(f"plen={min(len(deps), 8)}")
        full = [f"{t.dep_}^" for t in up[:-1]] + [lemma(lca)] + [f"v{t.dep_}" for t in down]
        f.append("lpath=" + " ".join(full))
        inner = up[1:-1] + down[:-1]
        for t in inner:
            f.append(f"pl={lemma(t)}")
            f.append(f"pld={lemma(t)}/{t.dep_}")
        f.append(f"lca+path={lemma(lca)}|{' '.join(deps)}")
        f.append(f"kinds+lca={ka}>{kb}|{lemma(lca)}")
        for t in [lca] + inner:
            if any(c.dep_ == "neg" for c in t.children):
                f.append("neg_on_path")
        f += [f"lca_child={c.dep_}:{lemma(c)}" for c in lca.children if c.dep_ in ("prt", "prep", "agent", "dobj")
              and c.i not in (ha.i, hb.i)][:4]
    lower = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    if lower & NEGATION:
        f.append("neg_in_sent")
    f += [f"hedge={w}" for w in sorted(lower & HEDGES)]
    f.append(f"a_dep={ha.dep_}")
    f.append(f"b_dep={hb.dep_}")
    return f


def collect(paths: list[Path]) -> list[dict]:
    from testigo.evaluate import _Matcher, load_document, load_expected
    from testigo.extract import MAX_CHARS, load_extractor
    from testigo.extract.entities import resolve_entities
    from testigo.extract.frame import Frame
    from testigo.extract.rules import run_rules
    from testigo.extract.tokens import sentences_indexed
    from testigo.schema import load_schema

    schema = load_schema()
    names = [p for p in ("ally_of rival_of faction_of negotiated_with leader_of founder_of member_of official_of "
                         "child_of sibling_of spouse_of relative_of arrested charged extradited killed designated "
                         "held_by traffics operates_in authored").split()]
    signature = {p: (set(schema.predicate(p).subject), set(schema.predicate(p).object), schema.predicate(p).symmetric)
                 for p in names}
    extractor = load_extractor()
    documents = []
    started = time.time()
    for n, path in enumerate(paths):
        expected = load_expected(path)
        document = load_document(expected, max_bytes=20_000_000)
        doc = extractor.nlp(document.text[:MAX_CHARS])
        with sentences_indexed(doc):
            ents = resolve_entities(doc, extractor.kb)
            frame = Frame.make(document, doc, ents, extractor.kb)
            run_rules(frame)
            claims = list(frame.claims.values())
            entities = dict(ents.entities)
            m = _Matcher(expected, entities, extractor.kb)
            facts = expected.facts
            rule_edges = set()
            for c in claims:
                rule_edges.add((c.predicate, c.subject_id, c.object_id))
                if signature.get(c.predicate, (0, 0, False))[2]:
                    rule_edges.add((c.predicate, c.object_id, c.subject_id))
            fact_info = []
            for fact in facts:
                fact_info.append({"must": bool(fact.get("must")), "relation": fact["relation"],
                                  "has_object": fact.get("object") is not None,
                                  "rules_ends": any(m.ends(c, fact) for c in claims),
                                  "subject": fact.get("subject"), "object": fact.get("object")})
            # mentions per sentence: names, and group words the coreference layer reads back
            mentions_by_sent: dict[int, list] = defaultdict(list)
            sents = list(doc.sents)
            sent_of = {}
            for s_i, s in enumerate(sents):
                for t in s:
                    sent_of[t.i] = s_i
            seen_spans = set()
            for ref in ents.refs:
                key = (ref.span.start, ref.span.end)
                if key in seen_spans or not len(ref.span):
                    continue
                seen_spans.add(key)
                kind = entities[ref.entity_id].kind if ref.entity_id in entities else ref.kind
                mentions_by_sent[sent_of[ref.span.start]].append((ref.span, kind, False, ref.entity_id))
            for i in sorted(frame.coref):
                ref = frame.ref(doc[i])
                if ref is None or ents.ref_at(i) is not None or ref.entity_id not in entities:
                    continue
                mentions_by_sent[sent_of[i]].append((doc[i:i + 1], entities[ref.entity_id].kind, True, ref.entity_id))
            ents_at = ents.by_token
            sent_texts = [squash(s.text) for s in sents]
            evidence_sents = [[s_i for s_i, st in enumerate(sent_texts) if overlaps(str(f.get("evidence") or ""), st)]
                              for f in facts]
            candidates = []
            ends_cache: dict[tuple, list[int]] = {}
            for s_i, mentions in mentions_by_sent.items():
                sent = sents[s_i]
                for a in mentions:
                    for b in mentions:
                        if a[3] == b[3] or a is b:
                            continue
                        fits = [p for p in names if a[1] in signature[p][0] and b[1] in signature[p][1]]
                        if not fits:
                            continue
                        feats = features(doc, sent, a[:3], b[:3], ents_at)
                        for p in fits:
                            key = (p, a[3], b[3])
                            if key not in ends_cache:
                                probe = SimpleNamespace(predicate=p, subject_id=a[3], object_id=b[3])
                                ends_cache[key] = [k for k, f in enumerate(facts) if m.ends(probe, f)]
                            matched = ends_cache[key]
                            label = any(facts[k].get("object") is not None and s_i in evidence_sents[k]
                                        for k in matched)
                            candidates.append({"pred": p, "subj": a[3], "obj": b[3], "sent": s_i,
                                               "feats": feats, "label": label, "facts": matched,
                                               "rules": key in rule_edges,
                                               "text": f"{a[0].text} | {b[0].text} || {sent.text.strip()[:200]}"})
        documents.append({"path": str(path.relative_to(ROOT)), "fold": fold_of(path), "facts": fact_info,
                          "candidates": candidates,
                          "evidence_found": sum(1 for e in evidence_sents if e), "n_facts": len(facts),
                          "symmetric": {p for p in names if signature[p][2]}})
        print(f"  {n + 1}/{len(paths)} {path.name}: {len(candidates)} candidates, "
              f"{sum(c['label'] for c in candidates)} positive ({time.time() - started:.0f}s)", file=sys.stderr)
    return documents


# --------------------------------------------------------------------------- model

BIAS = crc32(b"#bias") % DIM


def hashed(feats: list[str]) -> np.ndarray:
    return np.array(sorted({crc32(f.encode()) % DIM for f in feats} | {BIAS}), dtype=np.int64)


class Design:
    """A sparse binary design matrix in COO form (rows, cols), its columns renumbered to those in use."""

    def __init__(self, rows_feats: list[np.ndarray], columns: np.ndarray | None = None):
        self.n = len(rows_feats)
        rows = np.concatenate([np.full(len(r), k, dtype=np.int64) for k, r in enumerate(rows_feats)])
        cols = np.concatenate(rows_feats)
        self.columns = np.unique(cols) if columns is None else columns  # hashed feature of each column
        at = np.clip(np.searchsorted(self.columns, cols), 0, len(self.columns) - 1)
        known = self.columns[at] == cols  # features never seen in training carry no weight
        self.rows, self.cols, self.dim = rows[known], at[known], len(self.columns)

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, weights=w[self.cols], minlength=self.n)

    def tdot(self, v: np.ndarray) -> np.ndarray:
        return np.bincount(self.cols, weights=v[self.rows], minlength=self.dim)


def train(design: Design, y: np.ndarray, *, iterations: int = 200, l2: float = 1e-3, lr: float = 0.05) -> np.ndarray:
    """Logistic regression by full-batch Adam on the mean log loss plus l2 * |w|^2 / 2."""
    w = np.zeros(design.dim)
    if y.sum() == 0:
        w[np.searchsorted(design.columns, BIAS)] = -10.0  # no positive to learn from: never positive
        return w
    m1 = np.zeros(design.dim)
    m2 = np.zeros(design.dim)
    for step in range(1, iterations + 1):
        p = 1.0 / (1.0 + np.exp(-design.dot(w)))
        g = design.tdot(p - y) / design.n + l2 * w
        m1 = 0.9 * m1 + 0.1 * g
        m2 = 0.999 * m2 + 0.001 * g * g
        w -= lr * (m1 / (1 - 0.9 ** step)) / (np.sqrt(m2 / (1 - 0.999 ** step)) + 1e-8)
    return w


def predict(design: Design, w: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-design.dot(w)))


def cross_predict(documents: list[dict], splits: list[tuple[set[str], set[str]]], *, l2: float = 1e-3,
                  rules_feature: bool = False) -> dict[tuple[int, int], float]:
    """Scores of every candidate of the test folds of each split, keyed by (document, candidate) index."""
    by_pred: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for d_i, d in enumerate(documents):
        for c_i, c in enumerate(d["candidates"]):
            by_pred[c["pred"]].append((d_i, c_i))
    vectors = {(d_i, c_i): hashed(c["feats"] + (["rules_have_edge"] if rules_feature and c["rules"] else []))
               for d_i, d in enumerate(documents) for c_i, c in enumerate(d["candidates"])}
    scores: dict[tuple[int, int], float] = {}
    for train_folds, test_folds in splits:
        for keys in by_pred.values():
            train_keys = [k for k in keys if documents[k[0]]["fold"] in train_folds]
            test_keys = [k for k in keys if documents[k[0]]["fold"] in test_folds]
            if not test_keys:
                continue
            y = np.array([documents[d]["candidates"][c]["label"] for d, c in train_keys], dtype=float)
            if not train_keys:
                continue
            fitted = Design([vectors[k] for k in train_keys])
            w = train(fitted, y, l2=l2)
            p = predict(Design([vectors[k] for k in test_keys], fitted.columns), w)
            scores.update(zip(test_keys, p.tolist(), strict=True))
    return scores


# --------------------------------------------------------------------------- scoring

def units(documents: list[dict], scores: dict[tuple[int, int], float], folds: set[str]) -> list[dict]:
    """One unit per (document, sentence, predicate, ends): the best score of its mention pairs."""
    out: dict[tuple, dict] = {}
    for d_i, d in enumerate(documents):
        if d["fold"] not in folds:
            continue
        for c_i, c in enumerate(d["candidates"]):
            ends = (c["subj"], c["obj"])
            if c["pred"] in d["symmetric"]:
                ends = tuple(sorted(ends))
            key = (d_i, c["sent"], c["pred"], ends)
            u = out.get(key)
            score = scores[(d_i, c_i)]
            if u is None:
                out[key] = {"doc": d_i, "pred": c["pred"], "score": score, "label": c["label"],
                            "key": bool(c["facts"]), "facts": set(c["facts"]), "rules": c["rules"],
                            "edge": (d_i, c["pred"], ends), "text": c["text"]}
            else:
                u["label"] |= c["label"]
                if score > u["score"]:
                    u["score"], u["text"] = score, c["text"]
    return list(out.values())


def report(title: str, documents: list[dict], scores: dict, folds: set[str], *, per_predicate: bool) -> None:
    us = units(documents, scores, folds)
    docs = [d for d in documents if d["fold"] in folds]
    musts = [(d_i, k) for d_i, d in enumerate(documents) if d["fold"] in folds
             for k, f in enumerate(d["facts"]) if f["must"]]
    must_pair = [(d_i, k) for d_i, k in musts if documents[d_i]["facts"][k]["has_object"]]
    missed = {(d_i, k) for d_i, k in must_pair if not documents[d_i]["facts"][k]["rules_ends"]}
    positives = sum(u["label"] for u in us)
    reachable = {(u["doc"], k) for u in us if u["label"] for k in u["facts"]}
    together = {(u["doc"], k) for u in us for k in u["facts"]}  # both ends named in some sentence
    print(f"\n=== {title}: {len(docs)} documents, {len(us)} candidate units, {positives} positive units")
    lacking_all = sum(1 for d in docs for f in d["facts"] if f["has_object"] and not f["rules_ends"])
    print(f"facts with an object that no rule claim has (ends+predicate): {lacking_all}")
    print(f"must facts {len(musts)}, with an object {len(must_pair)}; of those, no rule claim with their "
          f"ends+predicate: "
          f"{len(missed)}; missed ones with a positive candidate unit (reachable): {len(missed & reachable)}; "
          f"ends named together only in other sentences: {len((missed & together) - reachable)}; "
          f"never together in a sentence: {len(missed - together)}")
    print(f"\n{'thr':>4} | {'pred+':>6} {'P(sent)':>7} {'P(key)':>6} {'R(sent)':>7} | {'added':>5} {'added ok':>8} "
          f"{'P(add)':>6} {'edges':>5} {'P(edge)':>7} {'new':>4} | {'facts gained':>12} | {'must gained':>11}")
    for thr in THRESHOLDS:
        pred = [u for u in us if u["score"] >= thr]
        tp = sum(u["label"] for u in pred)
        key_ok = sum(u["key"] for u in pred)
        added = [u for u in pred if not u["rules"]]
        added_ok = sum(u["key"] for u in added)
        edges = {}
        for u in added:
            edges[u["edge"]] = edges.get(u["edge"], False) or u["key"]
        gained = {(u["doc"], k) for u in added for k in u["facts"]} & missed
        lacking = {(u["doc"], k) for u in added for k in u["facts"]
                   if not documents[u["doc"]]["facts"][k]["rules_ends"]}
        new = sum(any(not documents[u["doc"]]["facts"][k]["rules_ends"] for k in u["facts"]) for u in added)
        print(f"{thr:>4} | {len(pred):>6} {tp / max(len(pred), 1):>7.2f} {key_ok / max(len(pred), 1):>6.2f} "
              f"{tp / max(positives, 1):>7.2f} | {len(added):>5} {added_ok:>8} {added_ok / max(len(added), 1):>6.2f} "
              f"{len(edges):>5} {sum(edges.values()) / max(len(edges), 1):>7.2f} {new:>4} | {len(lacking):>12} | "
              f"{len(gained):>4} of {len(missed)}")
    if per_predicate:
        def new_facts(added: list[dict]) -> int:
            return sum(any(not documents[u["doc"]]["facts"][k]["rules_ends"] for k in u["facts"]) for u in added)

        print("\nper predicate at 0.5 and 0.8: predicted n, P(sent), P(key), R(sent) | added n, P(add), "
              "added units bringing a fact the rules lack")
        preds = sorted({u["pred"] for u in us})
        for p in preds:
            row = [u for u in us if u["pred"] == p]
            pos = sum(u["label"] for u in row)
            cells = []
            for thr in (0.5, 0.8):
                pr = [u for u in row if u["score"] >= thr]
                ad = [u for u in pr if not u["rules"]]
                right = sum(u["label"] for u in pr)
                cells.append(f"{len(pr):>4} {right / max(len(pr), 1):.2f} "
                             f"{sum(u['key'] for u in pr) / max(len(pr), 1):.2f} {right / max(pos, 1):.2f}"
                             f" | +{len(ad):<3} {sum(u['key'] for u in ad) / max(len(ad), 1):.2f} "
                             f"new {new_facts(ad):<3}")
            print(f"  {p:<16} pos {pos:>4}  @0.5 {cells[0]}   @0.8 {cells[1]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fresh", action="store_true", help="re-parse the articles instead of reading the cache")
    parser.add_argument("--l2", type=float, default=1e-3, help="L2 penalty of the logistic regressions")
    parser.add_argument("--rules-feature", action="store_true",
                        help="give the model whether testigo's rules already have the edge (stacking)")
    parser.add_argument("--names-only", action="store_true",
                        help="leave out candidates with a group pronoun or description as an end")
    parser.add_argument("--examples", type=float, default=None, help="print added units at this threshold")
    args = parser.parse_args()
    paths = expected_paths()
    if CACHE.exists() and not args.fresh:
        documents = pickle.loads(CACHE.read_bytes())
    else:
        documents = collect(paths)
        CACHE.write_bytes(pickle.dumps(documents))
    if args.names_only:
        for d in documents:
            d["candidates"] = [c for c in d["candidates"] if "a_pron" not in c["feats"] and "b_pron" not in c["feats"]]
    folds = sorted({d["fold"] for d in documents}, key=lambda f: (f != "base", int(f[7:]) if f != "base" else 0))
    n_facts = sum(d["n_facts"] for d in documents)
    print(f"{len(documents)} documents in {len(folds)} folds; {n_facts} facts, evidence located in a sentence for "
          f"{sum(d['evidence_found'] for d in documents)}; "
          f"{sum(len(d['candidates']) for d in documents)} candidates, "
          f"{sum(c['label'] for d in documents for c in d['candidates'])} positive")
    every = set(folds)
    started = time.time()
    options = {"l2": args.l2, "rules_feature": args.rules_feature}
    print(f"options: {options}")
    scores = cross_predict(documents, [(every - {f}, {f}) for f in folds], **options)
    report("leave one set out (all folds)", documents, scores, every, per_predicate=True)
    newest = {f"heldout{n}" for n in range(21, 25)}
    older = {f"heldout{n}" for n in range(2, 21)}
    late = cross_predict(documents, [(older, newest)], **options)
    report("train heldout2..20, test heldout21..24", documents, late, newest, per_predicate=False)
    print(f"\n(training and scoring {time.time() - started:.0f}s)", file=sys.stderr)
    if args.examples is not None:
        for u in sorted(units(documents, scores, every), key=lambda u: (u["pred"], -u["score"])):
            if u["score"] >= args.examples and not u["rules"]:
                print(f"{'OK ' if u['key'] else 'BAD'} {u['score']:.2f} {u['pred']:<14} "
                      f"{documents[u['doc']]['path'].split('/')[-1][:30]:<30} {u['text']}")


if __name__ == "__main__":
    main()
