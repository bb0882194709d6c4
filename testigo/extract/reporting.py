"""The trigger words of attribution: reporting verbs and nouns, "according to" phrases,
hearsay adverbs, anonymous speakers and the quotation marks, read from ``patterns/reporting.yaml``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from testigo.errors import ExtractError

__all__ = ["ReportingPatterns", "load_reporting_patterns", "parse_reporting_patterns"]


@dataclass(frozen=True, slots=True)
class ReportingPatterns:
    """The trigger words of ``patterns/reporting.yaml``, ready for lookups."""

    verbs: frozenset[str]
    belief_verbs: frozenset[str]  # a source only in the active voice
    describing_verbs: frozenset[str]
    authored_nouns: frozenset[str]
    authoring_participles: frozenset[str]
    citing_verbs: frozenset[str]
    nouns: frozenset[str]
    noun_speaker_preps: frozenset[str]
    announced_event_nouns: frozenset[str]
    according_to: Mapping[tuple[str, ...], str]  # words as written -> cue
    hearsay_adverbs: Mapping[str, str]  # word -> cue
    anonymous_speakers: frozenset[str]
    institution_nouns: frozenset[str]
    publication_nouns: frozenset[str]
    expletives: frozenset[str]
    container_nouns: frozenset[str]
    container_preps: frozenset[str]
    lead_in_ends: frozenset[str]
    lead_in_nouns: frozenset[str]
    view_nouns: frozenset[str]
    view_preps: frozenset[str]
    opening: str
    closing: str
    straight: str
    min_words: int
    colon_window: int
    after_window: int
    first_words: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    aside_adjectives: frozenset[str] = frozenset()
    read_documents: frozenset[str] = frozenset()  # "The indictment reads:": a document that says what follows
    claim_labels: frozenset[str] = frozenset()  # "Claim: ..." opening a fact-check's paragraph
    asides: frozenset[tuple[str, ...]] = frozenset()  # according_to phrases read only when set off by commas
    marks: re.Pattern[str] | None = None


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise ExtractError(f"patterns/reporting.yaml: {key!r} must be a list of words")
    return frozenset(w.strip().lower() for w in value if w.strip())


def _phrases(data: Mapping[str, Any], key: str) -> dict[str, str]:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise ExtractError(f"patterns/reporting.yaml: {key!r} must map phrases to cues")
    return {str(k).strip().lower(): str(v).strip().lower() for k, v in value.items() if str(k).strip()}


def parse_reporting_patterns(data: Mapping[str, Any]) -> ReportingPatterns:
    """Build ReportingPatterns from the parsed YAML mapping (raises ExtractError if malformed)."""
    if not isinstance(data, Mapping):
        raise ExtractError("patterns/reporting.yaml must be a mapping")
    quotes = data.get("quotes") or {}
    if not isinstance(quotes, Mapping):
        raise ExtractError("patterns/reporting.yaml: 'quotes' must be a mapping")
    asides = {tuple(k.split()): v for k, v in _phrases(data, "according_to_asides").items()}
    according = {tuple(k.split()): v for k, v in _phrases(data, "according_to").items()} | asides
    first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(according, key=len, reverse=True):
        first.setdefault(words[0], []).append(words)
    opening, closing = str(quotes.get("opening", "")), str(quotes.get("closing", ""))
    straight = str(quotes.get("straight", ""))
    chars = "".join(sorted(set(opening + closing + straight)))
    try:
        return ReportingPatterns(
            verbs=_words(data, "verbs"),
            belief_verbs=_words(data, "belief_verbs"),
            describing_verbs=_words(data, "describing_verbs"),
            authored_nouns=_words(data, "authored_nouns"),
            read_documents=_words(data, "read_documents"),
            claim_labels=_words(data, "claim_labels"),
            authoring_participles=_words(data, "authoring_participles"),
            citing_verbs=_words(data, "citing_verbs"),
            nouns=_words(data, "nouns"),
            noun_speaker_preps=_words(data, "noun_speaker_prepositions"),
            announced_event_nouns=_words(data, "announced_event_nouns"),
            according_to=according,
            hearsay_adverbs=_phrases(data, "hearsay_adverbs"),
            anonymous_speakers=_words(data, "anonymous_speakers"),
            institution_nouns=_words(data, "institution_nouns"),
            publication_nouns=_words(data, "publication_nouns"),
            expletives=_words(data, "expletives"),
            container_nouns=_words(data, "container_nouns"),
            container_preps=_words(data, "container_prepositions"),
            lead_in_ends=_words(data, "lead_in_ends"),
            lead_in_nouns=_words(data, "lead_in_nouns"),
            view_nouns=_words(data, "view_nouns"),
            view_preps=_words(data, "view_prepositions"),
            opening=opening,
            closing=closing,
            straight=straight,
            min_words=int(quotes.get("min_words", 4)),
            colon_window=int(quotes.get("colon_window", 15)),
            after_window=int(quotes.get("after_window", 8)),
            first_words={k: tuple(v) for k, v in first.items()},
            asides=frozenset(asides),
            aside_adjectives=_words(data, "aside_adjectives"),
            marks=re.compile("[" + re.escape(chars) + "]") if chars else None,
        )
    except (TypeError, ValueError) as exc:
        raise ExtractError(f"patterns/reporting.yaml: bad number in 'quotes': {exc}") from exc


@cache
def load_reporting_patterns() -> ReportingPatterns:
    """The packaged ``patterns/reporting.yaml`` (read once per process)."""
    path = resources.files("testigo.extract").joinpath("patterns").joinpath("reporting.yaml")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ExtractError(f"cannot read testigo/extract/patterns/reporting.yaml: {exc}") from exc
    return parse_reporting_patterns(data)
