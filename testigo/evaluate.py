"""Score extraction against expected files in the seed's format (must-facts, precision, recall).

An expected fact is *found* when some claim of its document has the same predicate,
ends that match the expected entities by any of their names (either way round for
symmetric predicates), the same certainty and polarity, a matching source, and the
expected dates and places. A claim counts as *correct* for precision when its
predicate and ends match any expected fact or event, whatever its certainty.

Events are by a country (DESIGN.md): an event expected ``by: usa`` is also matched by a
claim whose object is an agency the knowledge base places in that country (an arrest "by
the DEA"); an event expected by an agency is not matched by a claim naming only its country.

People a key describes at length ('six young men shot dead outside the bar') are met by an extracted person
named by their count and noun ('six young men'): ``counted_match``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from testigo.contradict import find_contradictions
from testigo.errors import ConfigError
from testigo.extract.lexicon import demonym_countries, fold
from testigo.kb import KnowledgeBase
from testigo.model import Claim, Document, Entity
from testigo.resolve import counted_people
from testigo.schema import load_schema

__all__ = ["Expected", "Score", "load_expected", "score"]

EVENT_PREDICATES = {"arrest": "arrested", "designation": "designated", "charge": "charged",
                    "extradition": "extradited", "killing": "killed"}
ISO = re.compile(r"^\d{4}(-\d\d){0,2}$")
ISO_IN = re.compile(r"(?<![\d-])\d{4}(?:-\d\d){0,2}(?![\d-])")


@dataclass(slots=True)
class Expected:
    """One expected file: its document's path and what an analyst reads out of it."""

    path: Path
    document_path: Path
    line: int | None
    entities: dict[str, dict[str, Any]]
    facts: list[dict[str, Any]]
    contradictions: list[dict[str, Any]]


@dataclass(slots=True)
class Outcome:
    """One expected fact and whether (and how far) it was found."""

    fact: dict[str, Any]
    found: bool
    why: str = ""
    claim_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"fact": self.fact, "found": self.found, "why": self.why, "claim": self.claim_id}


@dataclass(slots=True)
class Score:
    """Outcomes for the expected facts, and which extracted claims matched nothing."""

    document: str
    outcomes: list[Outcome] = field(default_factory=list)
    unlisted: list[Claim] = field(default_factory=list)
    correct: Counter[str] = field(default_factory=Counter)
    extracted: Counter[str] = field(default_factory=Counter)
    contradictions: list[tuple[dict[str, Any], bool]] = field(default_factory=list)

    def recall(self) -> tuple[Counter[str], Counter[str]]:
        found: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for o in self.outcomes:
            total[o.fact["relation"]] += 1
            found[o.fact["relation"]] += int(o.found)
        return found, total


def load_expected(path: str | Path) -> Expected:
    """Read an expected YAML file; facts and events become one list with ``relation`` set."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read expected file {path}: {exc}") from exc
    if not isinstance(data, dict) or "document" not in data:
        raise ConfigError(f"{path}: not an expected file (no 'document' section)")
    entities = {e["id"]: e for e in data.get("entities") or []}
    facts = [dict(f) for f in data.get("facts") or []]
    for event in data.get("events") or []:
        fact = dict(event)
        fact["relation"] = EVENT_PREDICATES.get(event["type"], event["type"])
        fact["object"] = event.get("by")
        facts.append(fact)
    document = data["document"]
    return Expected(path=path, document_path=path.parent / document["file"], line=document.get("line"),
                    entities=entities, facts=facts, contradictions=list(data.get("contradictions") or []))


def _names(entity: dict[str, Any] | Entity | None) -> set[str]:
    if entity is None:
        return set()
    if isinstance(entity, Entity):
        raw = [entity.name] + [a.name for a in entity.aliases]
    else:
        raw = [entity["name"]] + list(entity.get("aliases") or [])
    return {key for n in raw for key in name_forms(n)}


GOVERNMENT_WORDS = frozenset({"the", "federal", "national", "central", "s", "government", "of"})


QUOTED = re.compile(r"[\"'\u201c\u2018]([^\"'\u201c\u201d\u2018\u2019]+)[\"'\u201d\u2019]")


def name_forms(name: str) -> set[str]:
    """The folded forms a name is matched by: without accents, case, hyphens, dots ('U.S.' is 'US'),
    quote marks or a leading article ('the Indictment' is 'Indictment', 'a veteran crime reporter' is 'veteran crime
    reporter': expected files write unnamed sources both ways); a nickname quoted inside a name
    ('Joaquín "El Chapo" Guzmán') also gives the name without it and the nickname alone. Different words
    never match: 'Guzmán Loera' is not 'Guzmán López'."""
    text = fold(name)
    nicknames = QUOTED.findall(text)
    forms = {text, QUOTED.sub(" ", text)} | {n for n in nicknames if len(n.strip()) > 1}  # 'Audias "N"': no nickname
    keys = {key for form in forms if (key := " ".join(re.sub(r"[-\"'`]", " ", form.replace(".", "")).split()))}
    articled = (key.partition(" ") for key in keys)
    return keys | {rest for first, _, rest in articled if first in ("the", "a", "an") and rest}


PARENTHESIS = re.compile(r"\([^)]*\)")


def counted_match(entity: Entity, wanted: dict[str, Any]) -> bool:
    """Whether an extracted person named by a count of unnamed people ('six young men', 'two men') is the key's
    people described at more length: the extracted words open one of the key's names, without a parenthesis
    ('(unnamed)') or a leading article ('six young men shot dead outside the bar', 'the two men detained on
    Monday'), so that the count and the noun are the same. Not 'two men' for 'two sons', nor 'three men' for
    'the 30 men'."""
    if wanted.get("type") != "person" or not counted_people(entity):
        return False
    ours = [form.split() for form in name_forms(entity.name)]
    for name in [wanted["name"], *(wanted.get("aliases") or [])]:
        for form in name_forms(PARENTHESIS.sub(" ", name)):
            words = form.split()
            if any(words[:len(our)] == our for our in ours):
                return True
    return False


class _Matcher:
    def __init__(self, expected: Expected, entities: dict[str, Entity], kb: KnowledgeBase | None = None) -> None:
        self.expected = expected
        self.entities = entities
        self.kb = kb

    def same(self, entity_id: str | None, expected_id: str | None) -> bool:
        if expected_id is None:
            return entity_id is None
        wanted = self.expected.entities.get(expected_id)
        if not wanted:
            return False
        entity = self.entities.get(entity_id or "")
        names = _names(entity)
        if names & _names(wanted) or entity is not None and counted_match(entity, wanted):
            return True
        country = self._country_named(_names(wanted))  # 'Government of Mexico' is Mexico acting as a state
        return country is not None and country == self._country_named(names)

    def _country_named(self, names: set[str]) -> str | None:
        """The knowledge base's country a set of names stands for: the country itself, or its
        government ('Government of Mexico', 'the Mexican government', "Mexico's federal government");
        a state's or a city's government is no country's."""
        if self.kb is None:
            return None
        for name in names:
            place = name
            if "government" in name.split():
                place = " ".join(w for w in name.split() if w not in GOVERNMENT_WORDS)
                place = demonym_countries().get(place, place)
            country = next((e.id for e in self.kb.lookup(place) if e.kind == "country"), None)
            if country is not None:
                return country
        return None

    def ends(self, claim: Claim, fact: dict[str, Any]) -> bool:
        if claim.predicate != fact["relation"]:
            return False
        forward = self.same(claim.subject_id, fact["subject"]) and self._object(claim, fact)
        if forward or not load_schema().predicate(claim.predicate).symmetric:
            return forward
        return self.same(claim.subject_id, fact.get("object")) and self.same(claim.object_id, fact["subject"])

    def _object(self, claim: Claim, fact: dict[str, Any]) -> bool:
        if fact.get("object") is None:
            return True
        event = load_schema().predicate(claim.predicate).event
        return self.same(claim.object_id, fact["object"]) or (claim.object_id is None and event) or (
            event and self._agency_of(claim.object_id, fact["object"])) or (
            claim.predicate == "designated" and self._country_of_expected(claim.object_id, fact["object"]))

    def _agency_of(self, agency_id: str | None, expected_id: str) -> bool:
        """The claim names an agency of the expected country ('by the DEA' for 'by: usa')."""
        country = self.kb.country_of(agency_id) if self.kb is not None else None
        wanted = self.expected.entities.get(expected_id)
        return country is not None and bool(wanted) and bool(_names(country) & _names(wanted))

    def _country_of_expected(self, country_id: str | None, expected_id: str) -> bool:
        """DESIGN.md: a designation is by a country, so 'by: ofac' in an expected file is met by the
        country the knowledge base gives the agency it names (the agency stays in the evidence)."""
        wanted = self.expected.entities.get(expected_id)
        if self.kb is None or not wanted or country_id is None:
            return False
        agencies = {e.id for name in [wanted["name"], *(wanted.get("aliases") or [])]
                    for e in self.kb.lookup(name) if e.kind == "agency"}
        return any((c := self.kb.country_of(a)) is not None and c.id == country_id for a in agencies)

    def _source_names(self, source: str) -> set[str]:
        """A source by every name of the knowledge-base entity it is ('United States Department of the
        Treasury' is also 'US Treasury'), or by its own words when the knowledge base does not know it."""
        known = self.kb.lookup(source) if self.kb is not None else []
        return name_forms(source).union(*(_names(e) for e in known))

    def source(self, claim: Claim, wanted: str) -> bool:
        chain = list(claim.attributed_to)
        if wanted == "article":
            return chain == ["article"]
        last = wanted.split(">")[-1].strip()
        if last in self.expected.entities:
            return len(chain) > 1 and bool(_names(self.expected.entities[last]) & self._source_names(chain[-1]))
        words = {w for w in re.findall(r"\w{4,}", fold(last)) if w != "unnamed"}
        return len(chain) > 1 and (not words or bool(words & set(re.findall(r"\w{4,}", fold(chain[-1]))))
                                   or "unnamed" in fold(last))


def wanted_sources(fact: dict[str, Any]) -> list[str]:
    """The fact's source chain as 'article > outer > inner'. Keys write it so, or as a list: from 'article' a chain
    ('[article, pgr]'), otherwise sources either of which says it ('["a federal official", "local reporters"]')."""
    wanted = fact.get("attributed_to", "article")
    if not isinstance(wanted, list):
        return [str(wanted)]
    if wanted and wanted[0] == "article":
        return [" > ".join(str(s) for s in wanted)]
    return [str(s) for s in wanted]


def _why_not(m: _Matcher, claim: Claim, fact: dict[str, Any]) -> str:
    if claim.certainty.value != fact.get("certainty", "certain"):
        return f"certainty {claim.certainty.value}, expected {fact.get('certainty')}"
    if claim.polarity.value != fact.get("polarity", "positive"):
        return f"polarity {claim.polarity.value}"
    if not any(m.source(claim, wanted) for wanted in wanted_sources(fact)):
        return f"source {' > '.join(claim.attributed_to)}, expected {' or '.join(wanted_sources(fact))}"
    return ""


def _dates_and_places(m: _Matcher, claims: list[Claim], fact: dict[str, Any]) -> str:
    symmetric = load_schema().predicate(fact["relation"]).symmetric
    same_fact = [c for c in claims if c.predicate == fact["relation"] and (
        m.same(c.subject_id, fact["subject"]) or symmetric and m.ends(c, fact))]  # either way round
    values = {d.value for c in same_fact for d in c.qualifiers.dates if d.value}
    texts = {fold(d.text) for c in same_fact for d in c.qualifiers.dates}
    for date in _expected_dates(fact):
        if ISO.match(date) and date not in values:
            return f"date {date} missing"
        if not ISO.match(date) and not any(t and t in fold(date) for t in texts) \
                and not _dated_as_written(date, values):
            return f"date {date!r} missing"
    places = {n for c in same_fact for p in c.qualifiers.places for n in name_forms(p)}
    for place in fact.get("places") or []:
        if not _names(m.expected.entities.get(place)) & places:
            return f"place {place} missing"
    return ""


def _dated_as_written(date: str, values: set[str]) -> bool:
    """Whether the claims' date values hold every ISO date a key's worded date writes ('from 2000-12', 'since
    2008' are met by a claim dated 2000-12 from 'December 2000', 2008 from 'in 2008'); never for words that write
    none ('last year')."""
    written = set(ISO_IN.findall(date))
    return bool(written) and written <= values


def _expected_dates(fact: dict[str, Any]) -> list[str]:
    """The dates a fact must carry: its dates in the text, or its date; a range ({start: 2016},
    {end: 2009-12}) by each end it gives (the extractor keeps the dates a text gives, not which end)."""
    dates = fact.get("dates_in_text") or ([fact["date"]] if fact.get("date") else [])
    found: list[str] = []
    for date in dates:
        if isinstance(date, dict):
            found += [str(date[end]) for end in ("start", "end") if date.get(end) is not None]
        else:
            found.append(str(date))
    return found


def _unread_end(m: _Matcher, fact: dict[str, Any]) -> str:
    """Why no claim could match: an end of the fact that no entity of the document is named by
    (the entity stage missed or mistyped the name; the relation rules never had a chance)."""
    known = {form for entity in m.entities.values() for form in _names(entity)}
    ends = ("subject",) if load_schema().predicate(fact["relation"]).event else ("subject", "object")
    for end in ends:  # an event's 'by' may be met by one of the country's agencies
        wanted = m.expected.entities.get(fact.get(end) or "")
        if wanted is not None and not _names(wanted) & known \
                and not any(counted_match(e, wanted) for e in m.entities.values()):
            return f"{end} {wanted['name']!r} not recognised in the text"
    return ""


def score(expected: Expected, document: Document, claims: list[Claim], entities: dict[str, Entity],
          kb: KnowledgeBase | None = None) -> Score:
    """Compare one document's claims with its expected file (``kb`` gives agencies their country)."""
    m = _Matcher(expected, entities, kb)
    result = Score(document=str(expected.document_path))
    for fact in expected.facts:
        candidates = [c for c in claims if m.ends(c, fact)]
        if not candidates:
            why = _unread_end(m, fact) or "no claim with these ends and predicate"
            result.outcomes.append(Outcome(fact, False, why))
            continue
        reasons = [(_why_not(m, c, fact), c) for c in candidates]
        good = [c for why, c in reasons if not why]
        extra = _dates_and_places(m, claims, fact) if good else ""
        if good and not extra:
            result.outcomes.append(Outcome(fact, True, "", good[0].id))
        else:
            result.outcomes.append(Outcome(fact, False, extra or reasons[0][0], reasons[0][1].id))
    for claim in claims:
        result.extracted[claim.predicate] += 1
        if any(m.ends(claim, f) for f in expected.facts):
            result.correct[claim.predicate] += 1
        else:
            result.unlisted.append(claim)
    found = find_contradictions(claims)
    for wanted in expected.contradictions:
        sides = [fold(s) for s in wanted.get("sides", [])]
        hit = any(all(any(s in fold(c.evidence.quote) for c in (x.left, x.right)) for s in sides) for x in found)
        result.contradictions.append((wanted, hit))
    return result


def load_document(expected: Expected, *, max_bytes: int) -> Document:
    """The document an expected file is about (one line of a JSONL file when ``line`` is set)."""
    from testigo.ingest import iter_documents

    items = list(iter_documents([str(expected.document_path)], max_bytes=max_bytes))
    documents = [i for i in items if isinstance(i, Document)]
    if expected.line is not None:
        wanted = f"{expected.document_path}:{expected.line}"
        by_line = [d for d in documents if d.source == wanted]
        documents = by_line or documents[expected.line - 1:expected.line]
    if not documents:
        reasons = "; ".join(getattr(i, "reason", "") for i in items) or "nothing readable"
        raise ConfigError(f"{expected.path}: cannot read its document {expected.document_path}: {reasons}")
    return documents[0]


def evaluate(paths: list[str], *, extractor: Any, store: Any = None, max_bytes: int = 20_000_000) -> list[Score]:
    """Score each expected file: claims come from the store when it holds the document, else are extracted."""
    scores = []
    for path in paths:
        expected = load_expected(path)
        document = load_document(expected, max_bytes=max_bytes)
        claims, entities = _claims_for(document, extractor=extractor, store=store)
        scores.append(score(expected, document, claims, entities, getattr(extractor, "kb", None)))
    return scores


def _claims_for(document: Document, *, extractor: Any, store: Any) -> tuple[list[Claim], dict[str, Entity]]:
    if store is not None and store.extracted_with(document.id):
        from testigo.store import ClaimFilter

        claims = list(store.iter_claims(ClaimFilter(document_id=document.id)))
        ids = {c.subject_id for c in claims} | {c.object_id for c in claims if c.object_id}
        ids |= {mention.entity_id for mention in store.iter_mentions(document.id)}  # named, in no claim
        entities = {i: e for i in ids if (e := store.get_entity(i)) is not None}
        return claims, entities
    extraction = extractor(document)
    return list(extraction.claims), {e.id: e for e in extraction.entities}


def summary(scores: list[Score]) -> dict[str, Any]:
    """Precision and recall per predicate over many scored documents, and the must-facts."""
    correct: Counter[str] = Counter()
    extracted: Counter[str] = Counter()
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for s in scores:
        correct.update(s.correct)
        extracted.update(s.extracted)
        f, t = s.recall()
        found.update(f)
        total.update(t)
    predicates = sorted(set(extracted) | set(total))
    rows = {p: {"extracted": extracted[p], "correct": correct[p], "expected": total[p], "found": found[p],
                "precision": round(correct[p] / extracted[p], 3) if extracted[p] else None,
                "recall": round(found[p] / total[p], 3) if total[p] else None} for p in predicates}
    must = [o for s in scores for o in s.outcomes if o.fact.get("must")]
    all_extracted, all_expected = sum(extracted.values()), sum(total.values())
    return {
        "predicates": rows,
        "precision": round(sum(correct.values()) / all_extracted, 3) if all_extracted else None,
        "recall": round(sum(found.values()) / all_expected, 3) if all_expected else None,
        "must_found": sum(o.found for o in must), "must_total": len(must),
        "contradictions_found": sum(hit for s in scores for _, hit in s.contradictions),
        "contradictions_total": sum(len(s.contradictions) for s in scores),
    }
