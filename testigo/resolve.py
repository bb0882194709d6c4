"""Entity resolution across documents: which stored entities name the same actor.

Invariant: judgements are append-only. For a pair of ids the effective verdict is the newest
analyst judgement, or, when no analyst has judged the pair, the newest rule judgement.
Canonical ids are the components of the effective SAME edges, built greedily: analyst edges
first, then rule edges, newest first within each, and an edge is refused when the union would
put a pair whose effective verdict is DIFFERENT into one component, or when a rule edge would
join two knowledge-base (kb-*) ids. Hence a cluster never holds a DIFFERENT pair, the newest
analyst merge always joins its pair, and a split always separates its pair. The canonical id
of a component is its smallest kb-* id, else its smallest id.

Rules (``resolve``) compare only entities of one kind that share a block, never all pairs, and
each entity with a bounded number of others, so that the work grows with the store, not with
how often its names repeat: members of a block are ordered and each is compared with the next
few (WINDOW). Blocks: a folded name; for people, the given name with the set of surnames
(reordered, hyphenated), and every person by name and by reversed name (NEIGHBOURS: near-identical
spellings, the nearest namesakes); for groups, their rarest distinctive words, ordered by sorted
words. A match that rests on a partial name (a bare surname, a nickname, a shorter form of a full
name, an acronym, a name the knowledge base gives to several entities) looks up everything it
could refer to, and makes a SAME only when every candidate lies in one cluster; one that fits more
than MAX_PARTNERS entities is left ambiguous.

A rule DIFFERENT (same given name and first surname, different second surname: Joaquín Guzmán
Loera / Joaquín Guzmán López) comes from the comparisons, and from a check of every cluster the
rules' SAME edges make (``_hidden_namesakes``): namesakes the windows never compared still never
share a cluster. It is recorded only for a pair an analyst could take for one person (names whose
token-sort ratio reaches ``PEOPLE_REVIEW_RATIO``), or a pair that the rules' SAME edges would
otherwise join (the judgement refuses that merge). Every other one is still decided, and keeps its
pair apart during the run, but is not written: the clusters stored are those that every DIFFERENT
would give (``resolve`` checks it), and the number of judgements grows with the near-duplicates in
the store rather than with every compared pair. An analyst's split is always recorded.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, combinations

from rapidfuzz import fuzz

from testigo.errors import NotFound, ResolveError
from testigo.memory import paused_gc
from testigo.model import Entity, Judgement, Verdict, name_key
from testigo.numbers import NUMBER_WORDS
from testigo.store.base import Store

__all__ = ["Candidate", "ResolveReport", "Resolver", "resolve"]

log = logging.getLogger(__name__)

GROUP_THRESHOLD = 92  # token-set and token-sort ratio (0-100) for a rule SAME between groups
REVIEW_RATIO = 75  # lowest fuzzy ratio that lists a pair for review
PEOPLE_REVIEW_RATIO = 85  # lowest token-sort ratio of two people's full names that lists them for review
REVIEW_MIN_SCORE = 0.2  # candidates scoring below this are not listed
WINDOW = 4  # each block member is compared with this many next members, in name order
NEIGHBOURS = 2  # each person is compared with this many next people in name order, and in reversed name order
RARE_TOKENS = 2  # token blocks per group-like name: its rarest distinctive words
MAX_PARTNERS = 50  # a partial name fitting more entities than this is left ambiguous (fits no single cluster)
FUZZY_KINDS = frozenset({"criminal_group", "organization", "agency"})
ARTICLES = frozenset({"the", "el", "la", "los", "las"})
PARTICLES = ARTICLES | {"de", "del", "y", "e", "da", "van", "von"}
STOP_WORDS = PARTICLES | {
    "and", "of", "cartel", "carteles", "cartels", "organization", "organisation", "organizacion",
    "group", "grupo", "gang", "faction", "faccion", "drug", "department", "departamento", "ministry",
    "secretaria", "office",
}
_QUOTE = "\"'\u2018\u2019\u201c\u201d"
_QUOTED = re.compile(rf"[{_QUOTE}]([^{_QUOTE}]+)[{_QUOTE}]|\(([^)]+)\)")  # nicknames: 'El Mayo', (CJNG)
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
    sorted_words: str = ""  # groups: the distinctive tokens sorted, to order token block members
    sort_key: str = ""  # the folded name, to order block members

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
    rec.sorted_words = " ".join(sorted(rec.distinct.split()))
    rec.sort_key = key
    return rec


# --- comparing two entities -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Finding:
    """What the rules say about a pair: a verdict, or only a score for review."""

    verdict: Verdict | None
    score: float
    evidence: tuple[str, ...]
    seeker: str = ""  # set when the match rests on a partial name of this entity
    record: bool = True  # False for a rule DIFFERENT between names too far apart to be taken for one


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


def _namesakes(a: _Record, b: _Record) -> _Finding:
    """The rule DIFFERENT of a conflict (``_conflict``); recorded when the names are near-identical."""
    ratio = fuzz.token_sort_ratio(" ".join(a.primary), " ".join(b.primary))
    return _Finding(Verdict.DIFFERENT, 0.0, ("same surname, different second surname",),
                    record=ratio >= PEOPLE_REVIEW_RATIO)


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
        return _namesakes(a, b)
    if a.full.keys() & b.full.keys():
        return _exact(a, b, ambiguous)
    found = _compatible(a, b) or _nickname(a, b)
    if found:
        return found
    for one, other in ((a, b), (b, a)):
        if one.bare and one.bare in other.surnames:
            evidence = f"bare surname '{one.entity.name}' is a surname of {other.entity.name}"
            return _Finding(None, 0.8, (evidence,), seeker=one.id)
    return _people_review(a, b)


def _people_review(a: _Record, b: _Record) -> _Finding | None:
    """Scores for review only: near-identical spellings, or shared surnames."""
    if not a.primary or not b.primary:
        return None
    ratio = fuzz.token_sort_ratio(" ".join(a.primary), " ".join(b.primary))
    if ratio >= PEOPLE_REVIEW_RATIO:
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
    shared: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))  # given name + two surnames
    ambiguous: set[tuple[str, str]] = field(default_factory=set)


def _blocks(rec: _Record) -> set[str]:
    """Block keys: ``k|`` an exact folded name; for people ``e|`` the given name with the set of
    surnames (reordered or hyphenated surnames), ``o|`` and ``r|`` every person, ordered by name and
    by reversed name (a sorted neighbourhood: near-identical spellings and the nearest namesakes);
    ``p|`` the given name with one surname, where a shorter form looks its longer forms up (not compared
    by window: a given name and a surname are shared by more people the larger the store)."""
    found = {f"k|{rec.kind}|{key}" for key in rec.names}
    if rec.kind == "person":
        found.update(("o|person", "r|person"))
    for tokens in rec.full.values():
        found.update(f"p|{tokens[0]}|{s}" for s in tokens[1:])
        found.add(f"e|{tokens[0]}|{' '.join(sorted(set(tokens[1:])))}")
    return found


def _token_blocks(rec: _Record) -> list[str]:
    """Token block keys of a group-like name: one per distinctive word of four letters or more."""
    if rec.kind not in FUZZY_KINDS:
        return []
    return sorted({f"t|{rec.kind}|{t}" for t in rec.distinct.split() if len(t) >= 4})


def _index(records: list[_Record]) -> _Index:
    """Block every record; a group-like name joins the blocks of only its RARE_TOKENS rarest words.

    Common words ("sinaloa" in every "Cártel de Sinaloa" spin-off) make large blocks whose
    windows reach few true matches; the rarer words of a name are the ones its variants share.
    """
    index = _Index(records)
    kb_names: dict[tuple[str, str], set[str]] = defaultdict(set)
    tokens = [_token_blocks(rec) for rec in records]
    count: dict[str, int] = defaultdict(int)
    for keys in tokens:
        for key in keys:
            count[key] += 1
    for i, rec in enumerate(records):
        for block in chain(_blocks(rec), sorted(tokens[i], key=lambda k: (count[k], k))[:RARE_TOKENS]):
            index.blocks[block].append(i)
        for surname in rec.surnames:
            index.surnames[surname].append(i)
        for key in {_shared_key(tokens[0], pair) for tokens in rec.full.values()
                    for pair in combinations(sorted(set(tokens[1:])), 2)}:
            index.shared[key].append(i)
        for acronym in rec.acronyms:
            index.acronyms[f"{rec.kind}|{acronym}"].append(i)
        for key in rec.names if rec.is_kb else ():
            kb_names[(rec.kind, key)].add(rec.id)
    index.ambiguous = {k for k, ids in kb_names.items() if len(ids) > 1}
    return index


def _window_pairs(index: _Index) -> Iterator[tuple[int, int]]:
    """Pairs within each block, each member against the next WINDOW members (NEIGHBOURS in ``o|`` and
    ``r|``) in order: by name, by reversed name in ``r|`` blocks, by sorted distinctive words in ``t|``
    blocks (as token-sort ratios see them). ``p|`` blocks are for lookups only."""
    records = index.records
    orders: dict[str, Callable[[int], tuple[str, str]]] = {
        "t": lambda i: (records[i].sorted_words, records[i].id),
        "r": lambda i: (records[i].sort_key[::-1], records[i].id),
    }
    by_name = lambda i: (records[i].sort_key, records[i].id)  # noqa: E731
    for block, members in index.blocks.items():
        if len(members) < 2 or block[0] == "p":
            continue
        ordered = sorted(members, key=orders.get(block[0], by_name))
        window = NEIGHBOURS if block[0] in "or" else WINDOW
        for pos, i in enumerate(ordered):
            for j in ordered[pos + 1:pos + 1 + window]:
                yield i, j


def _shared_key(given: str, surnames: tuple[str, ...]) -> str:
    return f"{given}|{'|'.join(surnames)}"


def _lookups(rec: _Record, index: _Index) -> list[list[int]]:
    """Every entity a partial name of ``rec`` could refer to, bucket by bucket."""
    buckets: list[list[int]] = []
    if rec.kind == "person" and not rec.full:
        buckets += [index.blocks[f"k|person|{key}"] for key in rec.names]
    if rec.bare:
        buckets.append(index.surnames.get(rec.bare, []))
    if len(rec.primary) == 2:
        buckets.append(index.blocks[f"p|{rec.primary[0]}|{rec.primary[1]}"])
    elif len(rec.primary) > 2:  # a longer form has every surname: look where two of them meet
        surnames = sorted(set(rec.primary[1:]))
        if len(surnames) == 1:  # "Juan Pérez Pérez": one surname written twice
            buckets.append(index.blocks[f"p|{rec.primary[0]}|{surnames[0]}"])
        else:
            pairs = combinations(surnames, 2)
            buckets.append(min((index.shared.get(_shared_key(rec.primary[0], pair), []) for pair in pairs),
                               key=len))
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


def counted_people(entity: Entity) -> bool:
    """A person entity named by a count of unnamed people ('three men', '12 members of the state police'; the
    extraction's rules/plural_people.counted_unnamed): people of one document's story, never the same as
    another document's 'three men', so no rule compares it."""
    first = name_key(entity.name).split(" ", 1)[0].split("-")[0]
    return entity.kind == "person" and (first in NUMBER_WORDS or first.replace(",", "").isdigit())


def _scan(entities: Iterable[Entity]) -> _Scan:
    """Compare every pair that shares a block; collect verdicts, scores and partial matches (not the people
    named by a count, ``counted_people``)."""
    records = [_record(e) for e in entities if not counted_people(e)]
    index = _index(records)
    scan = _Scan({r.id: r for r in records})
    for i, j in chain(_window_pairs(index), _seeker_pairs(index, scan)):
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


# --- judgements -> clusters ------------------------------------------------------------------


class _Ledger:
    """The effective judgement of each pair, from judgements added oldest first."""

    def __init__(self, judgements: Iterable[Judgement] = ()) -> None:
        self.effective: dict[Pair, tuple[int, Judgement]] = {}
        self.rule_verdict: dict[Pair, Verdict] = {}
        self.count = 0
        for judgement in judgements:
            self.add(judgement)

    def copy(self) -> _Ledger:
        other = _Ledger()
        other.effective, other.rule_verdict, other.count = dict(self.effective), dict(self.rule_verdict), self.count
        return other

    def add(self, judgement: Judgement) -> None:
        """Record a judgement; it wins over older ones, and a rule never wins over an analyst."""
        pair = _pair(judgement.left_id, judgement.right_id)
        self.count += 1
        if not _is_analyst(judgement.author):
            self.rule_verdict[pair] = judgement.verdict
            current = self.effective.get(pair)
            if current is not None and _is_analyst(current[1].author):
                return
        self.effective[pair] = (self.count, judgement)

    def get(self, a: str, b: str) -> Judgement | None:
        """The judgement that decides a pair, or None."""
        found = self.effective.get(_pair(a, b))
        return found[1] if found else None

    def needs(self, pair: Pair, verdict: Verdict) -> bool:
        """Whether a rule judgement would add anything: no analyst decision, no equal rule verdict."""
        current = self.effective.get(pair)
        if current is not None and _is_analyst(current[1].author):
            return False
        return self.rule_verdict.get(pair) is not verdict

    def same_edges(self) -> list[tuple[Pair, bool]]:
        """SAME pairs in the order they are applied: analyst first, newest first; with is-rule."""
        edges = [(not _is_analyst(j.author), -seq, pair) for pair, (seq, j) in self.effective.items()
                 if j.verdict is Verdict.SAME]
        return [(pair, is_rule) for is_rule, _, pair in sorted(edges)]

    def different_pairs(self) -> list[Pair]:
        return [pair for pair, (_, j) in self.effective.items() if j.verdict is Verdict.DIFFERENT]


class _Components:
    """Union-find that refuses unions joining a DIFFERENT pair (or, for rules, two kb ids)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.members: dict[str, set[str]] = {}
        self.forbidden: dict[str, set[str]] = {}
        self.kb: dict[str, bool] = {}
        self.against: dict[str, set[str]] = defaultdict(set)  # id -> ids judged different from it
        self.refusing: set[Pair] = set()  # the DIFFERENT pairs that refused a union

    def _root(self, x: str) -> str:
        if x not in self.parent:
            self.parent[x], self.members[x], self.forbidden[x] = x, {x}, set()
            self.kb[x] = x.startswith("kb-")
        while self.parent[x] != x:
            self.parent[x] = x = self.parent[self.parent[x]]
        return x

    def forbid(self, a: str, b: str) -> None:
        self.forbidden[self._root(a)].add(b)
        self.forbidden[self._root(b)].add(a)
        self.against[a].add(b)
        self.against[b].add(a)

    def union(self, a: str, b: str, *, is_rule: bool) -> bool:
        """Join the components of a and b unless that breaks a DIFFERENT verdict."""
        ra, rb = self._root(a), self._root(b)
        if ra == rb:
            return True
        if (is_rule and self.kb[ra] and self.kb[rb]) or not self.forbidden[ra].isdisjoint(self.members[rb]):
            log.debug("refused SAME %s %s: it would join entities judged different", a, b)
            self.refusing.update(_pair(x, y) for x in self.forbidden[ra] & self.members[rb]
                                 for y in self.against[x] & self.members[ra])
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        self.forbidden[ra] |= self.forbidden.pop(rb)
        self.kb[ra] = self.kb[ra] or self.kb.pop(rb)
        return True


def _canonical_of(members: set[str]) -> str:
    kb = [m for m in members if m.startswith("kb-")]
    return min(kb) if kb else min(members)


def _clusters(ledger: _Ledger, refusing: set[Pair] | None = None) -> dict[str, set[str]]:
    """Canonical id -> members, for every id some effective SAME edge touches (``refusing``, when
    given, receives the DIFFERENT pairs that refused a union)."""
    parts = _Components()
    for a, b in ledger.different_pairs():
        parts.forbid(a, b)
    for (a, b), is_rule in ledger.same_edges():
        parts.union(a, b, is_rule=is_rule)
    if refusing is not None:
        refusing.update(parts.refusing)
    return {_canonical_of(m): m for m in parts.members.values() if len(m) > 1}


# --- the public API ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    """Two entities that may be one actor, how likely (0..1) and why; for ``testigo review``."""

    left: Entity
    right: Entity
    score: float
    evidence: list[str]


@dataclass(slots=True)
class ResolveReport:
    """What ``resolve`` decided: counts for the CLI, and the judgements it wrote."""

    entities: int = 0  # entities the rules compared (not people named by a count: ``counted_people``)
    same: int = 0
    different: int = 0
    unrecorded: int = 0  # rule DIFFERENT verdicts between names too far apart to record (module docstring)
    clusters: int = 0  # clusters of two or more entities after the run
    ambiguous: int = 0  # partial names left unresolved because they fit several clusters
    judgements: list[Judgement] = field(default_factory=list)


def _author(author: str) -> str:
    author = author.strip()
    if not author:
        raise ResolveError("a judgement needs an author, e.g. 'analyst:ana' or 'rule:resolve.v1'")
    return author if _is_analyst(author) or author.startswith("rule:") else f"analyst:{author}"


class Resolver:
    """Canonical ids from the judgements in a store; analysts merge and split through it.

    Build one per task (``Resolver(store)``); it reads the judgements once and keeps
    itself up to date with the judgements it writes.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._known: set[str] = set()  # ids checked against the store
        self._read: _Ledger | None = None
        stored = store.read_clusters()  # the clusters resolve, merge and split stored, while current
        if stored is None:
            self._refresh()
        else:
            self._canonical = stored
            self._members: dict[str, set[str]] = {}
            for member, canonical in stored.items():
                self._members.setdefault(canonical, set()).add(member)

    @property
    def _ledger(self) -> _Ledger:
        """Every judgement, read when first needed (the stored clusters spare reading them to look ids up)."""
        if self._read is None:
            self._read = _Ledger(self.store.iter_judgements())
        return self._read

    def _refresh(self) -> None:
        self._members = _clusters(self._ledger)
        self._canonical = {m: c for c, members in self._members.items() for m in members}

    def _require(self, entity_id: str) -> Entity:
        entity = self.store.get_entity(entity_id)
        if entity is None:
            raise NotFound(f"no entity {entity_id!r} in {self.store.url}; find ids with "
                           "`testigo export entities` or `testigo review`")
        self._known.add(entity_id)
        return entity

    def canonical(self, entity_id: str) -> str:
        """The id that stands for the entity's whole cluster (NotFound for an unknown id).

        For many ids at once, ``canonical_map()`` avoids a store lookup per unclustered id.
        """
        if entity_id not in self._canonical and entity_id not in self._known:
            self._require(entity_id)
        return self._canonical.get(entity_id, entity_id)

    def cluster(self, entity_id: str) -> set[str]:
        """Every id judged to be the same actor as ``entity_id``, itself included."""
        return self.members(self.canonical(entity_id))

    def members(self, entity_id: str) -> set[str]:
        """``cluster`` of an id read from the store itself: not looked up again (no NotFound)."""
        return set(self._members.get(self._canonical.get(entity_id, entity_id), {entity_id}))

    def canonical_map(self) -> dict[str, str]:
        """Entity id -> canonical id, for every entity in a cluster of two or more."""
        return dict(self._canonical)

    def judgement(self, a: str, b: str) -> Judgement | None:
        """The judgement that currently decides the pair, or None."""
        return self._ledger.get(a, b)

    def _pair_entities(self, a: str, b: str, verb: str) -> tuple[Entity, Entity]:
        if a == b:
            raise ResolveError(f"cannot {verb} {a!r} with itself: give two different entity ids")
        return self._require(a), self._require(b)

    def merge(self, a: str, b: str, *, author: str = "analyst", reason: str = "") -> Judgement:
        """Record that a and b are the same actor; undo with ``split``."""
        left, right = self._pair_entities(a, b, "merge")
        if left.kind != right.kind:
            raise ResolveError(f"cannot merge {a!r} ({left.kind}) with {b!r} ({right.kind}): "
                               "entities of different kinds are never the same actor")
        current = self._ledger.get(a, b)
        if current and current.verdict is Verdict.SAME and _is_analyst(current.author) \
                and _is_analyst(_author(author)):
            raise ResolveError(f"{a!r} and {b!r} were already merged by {current.author} at "
                               f"{current.created_at}; nothing to do")
        return self._write(Judgement(a, b, Verdict.SAME, _author(author), reason))

    def split(self, a: str, b: str, *, author: str = "analyst", reason: str = "") -> Judgement:
        """Record that a and b are different actors; it undoes a merge and outranks the rules."""
        self._pair_entities(a, b, "split")
        if self.canonical(a) != self.canonical(b):
            raise ResolveError(f"{a!r} and {b!r} are not merged (canonical ids {self.canonical(a)!r} and "
                               f"{self.canonical(b)!r}); nothing to split")
        return self._write(Judgement(a, b, Verdict.DIFFERENT, _author(author), reason))

    def _write(self, judgement: Judgement) -> Judgement:
        ledger = self._ledger
        ledger.add(judgement)
        self._refresh()
        try:
            with self.store.writer() as writer:  # the judgement and the clusters it makes, together
                writer.add_judgement(judgement)
                writer.write_clusters(self._canonical, ledger.count)
        except Exception:
            self._read = None  # forget what was not stored
            self._refresh()
            raise
        return judgement

    def candidates(self, *, limit: int = 50) -> list[Candidate]:
        """Pairs that may be one actor but are not merged nor judged different, most likely first."""
        with paused_gc():
            scan = _scan(self.store.iter_entities())
            found = [c for pair, finding in scan.findings.items()
                     if (c := self._candidate(scan, pair, finding)) is not None]
        found.sort(key=lambda c: (-c.score, c.left.id, c.right.id))
        return found[:limit]

    def _candidate(self, scan: _Scan, pair: Pair, finding: _Finding) -> Candidate | None:
        a, b = pair
        decided = self._ledger.get(a, b)
        if finding.verdict is Verdict.DIFFERENT or self._canonical.get(a, a) == self._canonical.get(b, b):
            return None
        if decided is not None and (decided.verdict is Verdict.DIFFERENT or _is_analyst(decided.author)):
            return None
        score, evidence = finding.score, list(finding.evidence)
        if decided is not None and decided.verdict is Verdict.SAME:
            evidence.append("the rules matched them, but the merge was refused: it would join entities "
                            "judged different, or two knowledge-base entities")
        if finding.seeker:
            fits = len(_fits(scan, finding.seeker, self._canonical))
            if fits > 1:
                score, evidence = score / fits, evidence + [f"{scan.records[finding.seeker].entity.name} "
                                                            f"fits {fits} clusters"]
            a, b = finding.seeker, b if finding.seeker == a else a
        if score < REVIEW_MIN_SCORE:
            return None
        return Candidate(scan.records[a].entity, scan.records[b].entity, round(score, 3), evidence)


def _fits(scan: _Scan, seeker: str, canonical: dict[str, str]) -> set[str]:
    """The clusters a partial name could refer to; the seeker's own cluster counts when it has one."""
    fits = {canonical.get(p, p) for p in scan.partners[seeker]}
    if seeker in canonical:
        fits.add(canonical[seeker])
    return fits


def _rule_judgements(scan: _Scan, ledger: _Ledger, author: str) -> list[Judgement]:
    """Judgements for the verdicts that do not depend on clusters (names, conflicts, fuzzy)."""
    found = []
    for pair, finding in sorted(scan.findings.items()):
        if finding.verdict is not None and ledger.needs(pair, finding.verdict):
            reason = "; ".join(finding.evidence)
            found.append(Judgement(pair[0], pair[1], finding.verdict, author, reason))
    return found


def _split_from(ledger: _Ledger, seeker: str, partners: list[str], used: set[Pair]) -> bool:
    """Whether the seeker was judged different from one of the entities its name fits (those pairs go to ``used``)."""
    split = [_pair(seeker, p) for p in partners if (j := ledger.get(seeker, p)) is not None
             and j.verdict is Verdict.DIFFERENT]
    used.update(split)
    return bool(split)


def _unique_matches(scan: _Scan, ledger: _Ledger, author: str, used: set[Pair]) -> tuple[list[Judgement], int]:
    """SAME for each partial name that fits exactly one cluster; and how many fit several. The DIFFERENT
    pairs these decisions rest on go to ``used``."""
    canonical = {m: c for c, members in _clusters(ledger, used).items() for m in members}
    found, ambiguous = [], 0
    for seeker in sorted(scan.partners):
        fits = _fits(scan, seeker, canonical)
        if seeker in scan.overflow or len(fits) != 1 or _split_from(ledger, seeker, scan.partners[seeker], used):
            ambiguous += 1
            continue
        partner = min(scan.partners[seeker])
        pair = _pair(seeker, partner)
        if ledger.needs(pair, Verdict.SAME):
            reason = "; ".join(scan.findings[pair].evidence) + "; the only candidate"
            found.append(Judgement(seeker, partner, Verdict.SAME, author, reason))
    return found, ambiguous


def _hidden_namesakes(scan: _Scan, ledger: _Ledger, author: str) -> list[Judgement]:
    """A rule DIFFERENT for each conflicting pair of people (``_conflict``) that the clusters so far
    hold together and that no judgement decides yet.

    The windows compare only the nearest namesakes; this finds the others wherever the rules' SAME
    edges would join them, so that the DIFFERENT refuses the merge (it is then recorded) however
    many namesakes the store holds. Only clusters are searched: the cost grows with them, not with
    the number of namesakes."""
    found = []
    for members in _clusters(ledger).values():
        namesakes: dict[tuple[str, str], list[_Record]] = defaultdict(list)
        for member in sorted(members):
            rec = scan.records.get(member)
            if rec is not None and len(rec.primary) > 2:
                namesakes[(rec.primary[0], rec.primary[-2])].append(rec)
        for group in namesakes.values():
            for a, b in combinations(group, 2):
                pair = _pair(a.id, b.id)
                if _conflict(a.primary, b.primary) and ledger.needs(pair, Verdict.DIFFERENT):
                    finding = scan.findings[pair] = _namesakes(a, b)
                    found.append(Judgement(pair[0], pair[1], Verdict.DIFFERENT, author, finding.evidence[0]))
    return found


def resolve(store: Store, *, author: str = "rule:resolve.v1") -> ResolveReport:
    """Apply the resolution rules to every stored entity and store their judgements.

    Idempotent: a second run over the same store writes nothing. Analyst judgements
    always outrank what the rules decide.
    """
    if not author.startswith("rule:"):
        raise ResolveError(f"resolve writes rule judgements: its author must start with 'rule:', "
                           f"not {author!r}")
    with paused_gc():  # records, blocks and findings: many small objects, no cycles
        return _resolve(store, author)


def _resolve(store: Store, author: str) -> ResolveReport:
    scan = _scan(store.iter_entities())
    stored = _Ledger(store.iter_judgements())  # what the store holds, and will
    ledger = stored.copy()  # and every verdict of this run, recorded or not
    decided = _rule_judgements(scan, ledger, author)
    for judgement in decided:
        ledger.add(judgement)
    used: set[Pair] = set()  # DIFFERENT pairs that decide something: they are recorded
    while True:  # partial names resolve once the clusters they point into are known
        conflicts = _hidden_namesakes(scan, ledger, author)
        for judgement in conflicts:
            ledger.add(judgement)
        more, ambiguous = _unique_matches(scan, ledger, author, used)
        for judgement in more:
            ledger.add(judgement)
        decided += conflicts + more
        if not conflicts and not more:
            break
    clusters = _clusters(ledger, used)
    written = [j for j in decided if j.verdict is Verdict.SAME or _pair(j.left_id, j.right_id) in used
               or scan.findings[_pair(j.left_id, j.right_id)].record]
    for judgement in written:
        stored.add(judgement)
    if _clusters(stored) != clusters:  # cannot happen (see _Components.refusing); never store other clusters
        log.warning("resolve: the recorded judgements alone give other clusters; recording every DIFFERENT")
        written = decided
        stored = ledger
    canonical = {m: c for c, members in clusters.items() for m in members}
    if written or store.read_clusters() != canonical:  # a second run writes nothing
        with store.writer() as writer:
            writer.add_judgements(written)
            writer.write_clusters(canonical, stored.count)
    return _report(scan, written, clusters, ambiguous, len(decided) - len(written))


def _report(scan: _Scan, written: list[Judgement], clusters: dict[str, set[str]], ambiguous: int,
            unrecorded: int) -> ResolveReport:
    return ResolveReport(
        entities=len(scan.records),
        same=sum(j.verdict is Verdict.SAME for j in written),
        different=sum(j.verdict is Verdict.DIFFERENT for j in written),
        unrecorded=unrecorded,
        clusters=len(clusters),
        ambiguous=ambiguous,
        judgements=written,
    )
