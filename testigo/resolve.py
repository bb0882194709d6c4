"""Entity resolution across documents: which stored entities name the same actor.

Invariant: judgements are append-only. For a pair of ids the effective verdict is the newest
analyst judgement, or, when no analyst has judged the pair, the newest rule judgement.
Canonical ids are the components of the effective SAME edges, built greedily: analyst edges
first, then rule edges, newest first within each, and an edge is refused when the union would
put a pair whose effective verdict is DIFFERENT into one component, or when a rule edge would
join two knowledge-base (kb-*) ids. Hence a cluster never holds a DIFFERENT pair, the newest
analyst merge always joins its pair, and a split always separates its pair. The canonical id
of a component is its smallest kb-* id, else its smallest id.

Rules (``resolve``) compare only entities of one kind that share a block (a folded name, a
given name with a surname, a distinctive token), never all pairs. A match that rests on a
partial name (a bare surname, a nickname, a shorter form of a full name, an acronym, a name
the knowledge base gives to several entities) makes a SAME only when every candidate it fits
lies in one cluster.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from testigo.errors import NotFound, ResolveError
from testigo.model import Entity, Judgement, Verdict, name_key
from testigo.store.base import Store

__all__ = ["Candidate", "ResolveReport", "Resolver", "resolve"]

log = logging.getLogger(__name__)

GROUP_THRESHOLD = 92  # token-set and token-sort ratio (0-100) for a rule SAME between groups
REVIEW_RATIO = 75  # lowest fuzzy ratio that lists a pair for review
REVIEW_MIN_SCORE = 0.2  # candidates scoring below this are not listed
WINDOW = 12  # each block member is compared with this many next members, in name order
MAX_PARTNERS = 500  # a partial name fitting more entities than this is left ambiguous
FUZZY_KINDS = frozenset({"criminal_group", "organization", "agency"})
ARTICLES = frozenset({"the", "el", "la", "los", "las"})
PARTICLES = ARTICLES | {"de", "del", "y", "e", "da", "van", "von"}
STOP_WORDS = PARTICLES | {
    "and", "of", "cartel", "carteles", "cartels", "organization", "organisation", "organizacion",
    "group", "grupo", "gang", "faction", "faccion", "drug",
}
_QUOTED = re.compile(r"[\"'\u2018\u2019\u201c\u201d]([^\"'\u2018\u2019\u201c\u201d]+)[\"'\u2018\u2019\u201c\u201d]"
                     r"|\(([^)]+)\)")
_PUNCT = re.compile(r"[^\w\s]")

Pair = tuple[str, str]


def _pair(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


def _is_analyst(author: str) -> bool:
    return author == "analyst" or author.startswith("analyst:")


# --- names -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Name:
    """One way an entity is named: as written, and where it came from."""

    text: str
    source: str  # "name", "alias" or "nickname"


@dataclass(slots=True)
class _Record:
    """An entity with its names folded and parsed for comparison."""

    entity: Entity
    names: dict[str, _Name] = field(default_factory=dict)  # match key -> name
    full: dict[str, tuple[str, ...]] = field(default_factory=dict)  # persons: key -> name tokens
    primary: tuple[str, ...] = ()  # persons: tokens of the name, when it is a full name
    bare: str = ""  # persons: the name when it is one word (a surname or nickname)
    acronym: str = ""  # groups: the name when it looks like an acronym ("CDN")
    acronyms: set[str] = field(default_factory=set)  # groups: acronyms of its names
    distinct: str = ""  # groups: distinctive tokens of the name

    @property
    def id(self) -> str:
        return self.entity.id

    @property
    def kind(self) -> str:
        return self.entity.kind

    @property
    def is_kb(self) -> bool:
        return self.entity.id.startswith("kb-")

    @property
    def surnames(self) -> set[str]:
        return {t for tokens in self.full.values() for t in tokens[1:]}


def _tokens(text: str) -> list[str]:
    return _PUNCT.sub(" ", name_key(text)).split()


def _match_key(text: str) -> tuple[str, bool]:
    """The folded name without a leading article, and whether it had one ("El Mayo")."""
    tokens = _tokens(text)
    led = len(tokens) > 1 and tokens[0] in ARTICLES
    return " ".join(tokens[1:] if led else tokens), led


def _add_name(rec: _Record, text: str, source: str) -> None:
    key, led = _match_key(text)
    if not key:
        return
    rec.names.setdefault(key, _Name(text.strip(), source))
    tokens = key.split()
    if rec.kind == "person":
        person = tuple([tokens[0]] + [t for t in tokens[1:] if t not in PARTICLES and len(t) > 1])
        if not led and source != "nickname" and len(person) > 1:
            rec.full.setdefault(key, person)
    elif rec.kind in FUZZY_KINDS and len(tokens) > 1:
        for drop in (frozenset(), PARTICLES, STOP_WORDS):
            initials = "".join(t[0] for t in tokens if t not in drop)
            if len(initials) > 1:
                rec.acronyms.add(initials)


def _record(entity: Entity) -> _Record:
    """Fold and parse every name of an entity; quoted or bracketed parts count as nicknames."""
    rec = _Record(entity)
    for text, source in [(entity.name, "name")] + [(a.name, "alias") for a in entity.aliases]:
        nicknames = [m.group(1) or m.group(2) for m in _QUOTED.finditer(text)]
        _add_name(rec, _QUOTED.sub(" ", text), source)
        for nickname in nicknames:
            _add_name(rec, nickname, "nickname")
    key, led = _match_key(_QUOTED.sub(" ", entity.name))
    rec.primary = rec.full.get(key, ())
    if rec.kind == "person" and not led and len(key.split()) == 1:
        rec.bare = key
    plain = entity.name.strip()
    if rec.kind in FUZZY_KINDS and 1 < len(plain) < 7 and plain.isalpha() and plain.isupper():
        rec.acronym = key
    rec.distinct = " ".join(t for t in key.split() if t not in STOP_WORDS)
    return rec


# --- comparing two entities -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Finding:
    """What the rules say about a pair: a verdict, or only a score for review."""

    verdict: Verdict | None
    score: float
    evidence: tuple[str, ...]
    seeker: str = ""  # set when the match rests on a partial name of this entity


def _source_phrase(name: _Name, owner: Entity) -> str:
    if name.source == "nickname":
        return f"is the nickname in {owner.name}'s name"
    return f"is {'the name' if name.source == 'name' else 'an alias'} of {owner.name}"


def _key_evidence(a: _Record, b: _Record, key: str) -> str:
    na, nb = a.names[key], b.names[key]
    if na.source == nb.source == "name":
        return f"same folded name '{key}'"
    return f"{na.source} '{na.text}' of {a.entity.name} {_source_phrase(nb, b.entity)}"


def _exact(a: _Record, b: _Record, ambiguous: set[tuple[str, str]]) -> _Finding | None:
    """SAME when a folded name or alias of one is a folded name or alias of the other."""
    shared = sorted(a.names.keys() & b.names.keys())
    clear = [k for k in shared if (a.kind, k) not in ambiguous]
    if not shared:
        return None
    evidence = (_key_evidence(a, b, (clear or shared)[0]),)
    if clear or not (a.is_kb or b.is_kb):
        return _Finding(Verdict.SAME, 1.0, evidence)
    note = f"'{shared[0]}' names several knowledge-base entities"
    return _Finding(None, 0.9, evidence + (note,), seeker=b.id if a.is_kb else a.id)


def _conflict(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same given name and first surname, different second surname (Guzmán Loera / Guzmán López)."""
    if len(a) < 3 or len(b) < 3 or a[0] != b[0] or a[-2] != b[-2] or a[-1] == b[-1]:
        return False
    return a[-1] not in b and b[-1] not in a


def _compatible(a: _Record, b: _Record) -> _Finding | None:
    """Given names agree and every surname of the shorter name is in the longer one."""
    best: _Finding | None = None
    for ta in a.full.values():
        for tb in b.full.values():
            sa, sb = set(ta[1:]), set(tb[1:])
            if ta[0] != tb[0] or not (sa <= sb or sb <= sa):
                continue
            what = f"given name '{ta[0]}' agrees and surnames '{' '.join(sorted(sa & sb))}' are shared"
            if sa == sb:
                return _Finding(Verdict.SAME, 0.97, (what + ", in another order",))
            seeker = a.id if len(sa) < len(sb) else b.id
            best = best or _Finding(None, 0.9, (what + "; one name is a shorter form",), seeker)
    return best


def _nickname(a: _Record, b: _Record) -> _Finding | None:
    """A shared nickname or one-word name: SAME only for whoever has no full name."""
    shared = sorted(a.names.keys() & b.names.keys())
    if not shared:
        return None
    evidence = (_key_evidence(a, b, shared[0]),)
    if not a.full and not b.full:
        return _Finding(Verdict.SAME, 0.95, evidence)
    if not a.full or not b.full:
        return _Finding(None, 0.9, evidence, seeker=a.id if not a.full else b.id)
    return _Finding(None, 0.5, evidence + ("but their full names differ",))


def _people(a: _Record, b: _Record, ambiguous: set[tuple[str, str]]) -> _Finding | None:
    """The person rules, strongest first."""
    if _conflict(a.primary, b.primary):
        return _Finding(Verdict.DIFFERENT, 0.0, ("same surname, different second surname",))
    if a.full.keys() & b.full.keys():
        return _exact(a, b, ambiguous)
    found = _compatible(a, b) or _nickname(a, b)
    if found:
        return found
    for one, other in ((a, b), (b, a)):
        if one.bare and one.bare in other.surnames:
            return _Finding(None, 0.8, (f"bare surname '{one.entity.name}' is a surname of {other.entity.name}",),
                            seeker=one.id)
    return _people_review(a, b)


def _people_review(a: _Record, b: _Record) -> _Finding | None:
    """Scores for review only: near-identical spellings, or shared surnames."""
    if not a.primary or not b.primary:
        return None
    ratio = fuzz.token_sort_ratio(" ".join(a.primary), " ".join(b.primary))
    if ratio >= 85:
        return _Finding(None, 0.9 * ratio / 100, (f"token-sort ratio {ratio / 100:.2f}",))
    if set(a.primary[1:]) & set(b.primary[1:]) and a.primary[0] != b.primary[0]:
        return _Finding(None, 0.3, ("shared surname but different given names",))
    return None


def _acronym(a: _Record, b: _Record) -> _Finding | None:
    for one, other in ((a, b), (b, a)):
        if one.acronym and one.acronym in other.acronyms:
            evidence = f"'{one.entity.name}' is the acronym of a name of {other.entity.name}"
            return _Finding(None, 0.85, (evidence,), seeker=one.id)
    return None


def _fuzzy(a: _Record, b: _Record) -> _Finding | None:
    """Token-set and token-sort ratios of the distinctive words of two group names."""
    if a.kind not in FUZZY_KINDS or not a.distinct or not b.distinct:
        return None
    set_ratio = fuzz.token_set_ratio(a.distinct, b.distinct)
    sort_ratio = fuzz.token_sort_ratio(a.distinct, b.distinct)
    evidence = (f"token-set ratio {set_ratio / 100:.2f}", f"token-sort ratio {sort_ratio / 100:.2f}")
    if min(set_ratio, sort_ratio) >= GROUP_THRESHOLD:
        return _Finding(Verdict.SAME, min(set_ratio, sort_ratio) / 100, evidence)
    if set_ratio >= REVIEW_RATIO:
        return _Finding(None, (set_ratio + sort_ratio) / 200, evidence)
    return None


def _compare(a: _Record, b: _Record, ambiguous: set[tuple[str, str]]) -> _Finding | None:
    """What the rules say about two entities; None when they have nothing in common."""
    if a.kind != b.kind or a.id == b.id or (a.is_kb and b.is_kb):
        return None
    if a.kind == "person":
        return _people(a, b, ambiguous)
    return _exact(a, b, ambiguous) or _acronym(a, b) or _fuzzy(a, b)


# --- blocking ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Index:
    """Block keys -> record positions, so that only records sharing a block are compared."""

    records: list[_Record]
    blocks: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    surnames: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    acronyms: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    ambiguous: set[tuple[str, str]] = field(default_factory=set)


def _blocks(rec: _Record) -> set[str]:
    found = {f"k|{rec.kind}|{key}" for key in rec.names}
    for tokens in rec.full.values():
        found.update(f"p|{tokens[0]}|{s}" for s in tokens[1:])
        if len(tokens) > 2:
            found.add("s|" + " ".join(tokens[-2:]))
    if rec.kind in FUZZY_KINDS:
        found.update(f"t|{rec.kind}|{t}" for t in rec.distinct.split() if len(t) >= 4)
    return found


def _index(records: list[_Record]) -> _Index:
    index = _Index(records)
    kb_names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for i, rec in enumerate(records):
        for block in _blocks(rec):
            index.blocks[block].append(i)
        for surname in rec.surnames:
            index.surnames[surname].append(i)
        for acronym in rec.acronyms:
            index.acronyms[f"{rec.kind}|{acronym}"].append(i)
        for key in rec.names if rec.is_kb else ():
            kb_names[(rec.kind, key)].add(rec.id)
    index.ambiguous = {k for k, ids in kb_names.items() if len(ids) > 1}
    return index


def _window_pairs(index: _Index) -> Iterator[tuple[int, int]]:
    """Pairs within each block, each member against the next WINDOW members in name order."""
    for members in index.blocks.values():
        if len(members) < 2:
            continue
        ordered = sorted(members, key=lambda i: (index.records[i].entity.name, index.records[i].id))
        for pos, i in enumerate(ordered):
            for j in ordered[pos + 1:pos + 1 + WINDOW]:
                yield i, j


def _lookups(rec: _Record, index: _Index) -> list[list[int]]:
    """Every entity a partial name of ``rec`` could refer to, bucket by bucket."""
    buckets: list[list[int]] = []
    if rec.kind == "person" and not rec.full:
        buckets += [index.blocks[f"k|person|{key}"] for key in rec.names]
    if rec.bare:
        buckets.append(index.surnames.get(rec.bare, []))
    if len(rec.primary) > 1:
        buckets.append(min((index.blocks[f"p|{rec.primary[0]}|{s}"] for s in rec.primary[1:]), key=len))
    if not rec.is_kb:
        buckets += [index.blocks[f"k|{rec.kind}|{k}"] for k in rec.names if (rec.kind, k) in index.ambiguous]
    if rec.acronym:
        buckets.append(index.acronyms.get(f"{rec.kind}|{rec.acronym}", []))
    return buckets


@dataclass(slots=True)
class _Scan:
    """The findings of one pass over all entities."""

    records: dict[str, _Record]
    findings: dict[Pair, _Finding] = field(default_factory=dict)
    partners: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    overflow: set[str] = field(default_factory=set)  # seekers whose partial name fits too many


def _seeker_pairs(index: _Index, scan: _Scan) -> Iterator[tuple[int, int]]:
    for i, rec in enumerate(index.records):
        for bucket in _lookups(rec, index):
            if len(bucket) > MAX_PARTNERS:
                scan.overflow.add(rec.id)
                continue
            yield from ((i, j) for j in bucket if j != i)


def _scan(entities: Iterable[Entity]) -> _Scan:
    """Compare every pair that shares a block; collect verdicts, scores and partial matches."""
    records = [_record(e) for e in entities]
    index = _index(records)
    scan = _Scan({r.id: r for r in records})
    pairs = list(_window_pairs(index))
    for i, j in pairs + list(_seeker_pairs(index, scan)):
        a, b = records[i], records[j]
        pair = _pair(a.id, b.id)
        if pair in scan.findings:
            continue
        found = _compare(a, b, index.ambiguous)
        if found is not None:
            scan.findings[pair] = found
            if found.seeker:
                scan.partners[found.seeker].append(b.id if found.seeker == a.id else a.id)
    return scan
