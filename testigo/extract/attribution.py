"""Who asserts what: the source spans of a parsed English news text.

Every claim keeps its chain of sources ("the article says the DEA report says Mexican news
sources say ..."). This module finds the links of that chain: spans of text that someone other
than the article asserts, with the cue that opens them and the speaker as written.

* ``quote``: direct speech in double quotation marks. The speaker comes from the verb that
  introduces it ("The report stated: “…”"), the verb after it ("“…,” a spokesman said"), or the
  previous quote of the same speaker (news style: a quote that goes on after the attribution).
  A quote running over several paragraphs (no closing mark at the end of one paragraph, a new
  opening mark at the start of the next) is one span. Short quotes with no cue and no speaker
  ("a new “super cartel”") are scare quotes and open no source; single marks (‘El Mayo’) mark
  names, not quotes.
* ``reported``: the clausal complement of a reporting verb ("X said that …", "X have claimed it
  shows …", "experts warning the deal could …") or of a reporting noun ("the DEA's claim that …").
  A partial quote inside it ("wrote that these groups are “…”") belongs to it.
* ``according_to``: the clause modified by "according to X" (speaker X; for "data from Y", Y).
* ``hearsay``: impersonal reports: "It has been reported that …", "reportedly", "sources said",
  "reports that …" (speaker None, or the anonymous speaker as written).

Spans may nest: an "according to" inside a report's quote gives a span inside the quote's span.
"It is believed that …" is a certainty cue (see modality.py) and opens no source.

The trigger words live in ``patterns/reporting.yaml``. Everything works from the dependency
parse and the characters, in time linear in the length of the text; find_sources never raises.
"""

from __future__ import annotations

import bisect
import logging
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from testigo.errors import ExtractError

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "ACCORDING_TO",
    "HEARSAY",
    "QUOTE",
    "REPORTED",
    "ReportingPatterns",
    "SourceSpan",
    "enclosing",
    "find_sources",
    "load_reporting_patterns",
]

log = logging.getLogger(__name__)

QUOTE, REPORTED, ACCORDING_TO, HEARSAY = "quote", "reported", "according_to", "hearsay"

_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "prep", "acomp"})
_NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl", "appos"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_STOP_WORDS = frozenset({".", "!", "?", ";"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "det", "dative", "appos", "conj"})
_THAT_WINDOW = 8
_BALANCE_LIMIT = 400  # characters: speakers and short clauses get their brackets balanced
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "compound"})
_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
_BREAKS = frozenset("\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")
_TRIM = " \t\r\n\v\f\u00a0\u2028\u2029,;:.!?-\u2013\u2014\u2026"
_TRIM_QUOTE = " \t\r\n\v\f\u00a0\u2028\u2029,;:"
_MAX_SPEAKER_TOKENS = 30
_MAX_CLIMB = 8


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """A stretch of text asserted by a source other than the article itself."""

    start: int  # character span of the text this source asserts (quoted content or reported clause)
    end: int
    kind: str  # "quote" | "reported" | "according_to" | "hearsay"
    cue: str | None  # lemma of the reporting cue ("say", "state", "according to", "report" ...)
    speaker: str | None  # the speaker phrase as written; None when nobody is named
    speaker_start: int | None
    speaker_end: int | None


# --------------------------------------------------------------------------- trigger words


@dataclass(frozen=True, slots=True)
class ReportingPatterns:
    """The trigger words of ``patterns/reporting.yaml``, ready for lookups."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    noun_speaker_preps: frozenset[str]
    according_to: Mapping[tuple[str, ...], str]  # words as written -> cue
    hearsay_adverbs: Mapping[str, str]  # word -> cue
    anonymous_speakers: frozenset[str]
    expletives: frozenset[str]
    container_nouns: frozenset[str]
    container_preps: frozenset[str]
    opening: str
    closing: str
    straight: str
    min_words: int
    colon_window: int
    after_window: int
    first_words: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
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
    according = {tuple(k.split()): v for k, v in _phrases(data, "according_to").items()}
    first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(according, key=len, reverse=True):
        first.setdefault(words[0], []).append(words)
    opening, closing = str(quotes.get("opening", "")), str(quotes.get("closing", ""))
    straight = str(quotes.get("straight", ""))
    chars = "".join(sorted(set(opening + closing + straight)))
    try:
        return ReportingPatterns(
            verbs=_words(data, "verbs"),
            nouns=_words(data, "nouns"),
            noun_speaker_preps=_words(data, "noun_speaker_prepositions"),
            according_to=according,
            hearsay_adverbs=_phrases(data, "hearsay_adverbs"),
            anonymous_speakers=_words(data, "anonymous_speakers"),
            expletives=_words(data, "expletives"),
            container_nouns=_words(data, "container_nouns"),
            container_preps=_words(data, "container_prepositions"),
            opening=opening,
            closing=closing,
            straight=straight,
            min_words=int(quotes.get("min_words", 4)),
            colon_window=int(quotes.get("colon_window", 15)),
            after_window=int(quotes.get("after_window", 8)),
            first_words={k: tuple(v) for k, v in first.items()},
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


# --------------------------------------------------------------------------- paragraphs and quotes


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of paragraphs (stripped of surrounding white space).

    Each line is a paragraph, as in most scraped news text, unless the text is hard-wrapped
    (lines of similar length, mostly ending mid-sentence): then only blank lines separate them.
    """
    lines: list[tuple[int, int, bool]] = []  # start, end, follows a blank line
    prev_end = 0
    for m in _LINE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:
            continue
        gap = text[prev_end:s].replace("\r\n", "\n")
        breaks = sum(1 for c in gap if c in _BREAKS or c == "\r")
        lines.append((s, e, breaks >= 2 or not lines))
        prev_end = e
    if len(lines) < 2:
        return [(s, e) for s, e, _ in lines]
    widest = max(e - s for s, e, _ in lines)
    inner = [lines[k] for k in range(len(lines) - 1) if not lines[k + 1][2]]
    wrapped = False
    if len(inner) >= 3 and 30 <= widest <= 120:
        full = sum(1 for s, e, _ in inner if e - s >= 0.6 * widest)
        open_end = sum(1 for s, e, _ in inner if text[e - 1] not in ".!?:\"”’)»")
        wrapped = full >= 0.8 * len(inner) and open_end >= 0.5 * len(inner)
    if not wrapped:
        return [(s, e) for s, e, _ in lines]
    merged: list[tuple[int, int]] = []
    for s, e, after_blank in lines:
        if merged and not after_blank:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


@dataclass(slots=True)
class _Quote:
    open: int  # index of the opening mark
    end: int  # end of the region: after the closing mark, or the end of its last paragraph
    start_content: int
    end_content: int
    closed: bool
    first_par: int
    last_par: int


def _is_punct(c: str) -> bool:
    return unicodedata.category(c).startswith("P")


def _looks_opening(text: str, k: int, lo: int, hi: int) -> bool:
    prev = text[k - 1] if k > lo else " "
    nxt = text[k + 1] if k + 1 < hi else " "
    return (prev.isspace() or prev in "([{/-\u2013\u2014") and not nxt.isspace()


def _looks_closing(text: str, k: int, lo: int, hi: int) -> bool:
    prev = text[k - 1] if k > lo else " "
    nxt = text[k + 1] if k + 1 < hi else " "
    return not prev.isspace() and (nxt.isspace() or _is_punct(nxt))


def _find_quotes(text: str, pars: list[tuple[int, int]], pat: ReportingPatterns) -> list[_Quote]:
    """Quotations in double marks, with news-style continuation over paragraphs."""
    if pat.marks is None:
        return []
    marks = [m.start() for m in pat.marks.finditer(text)]
    if not marks:
        return []
    quotes: list[_Quote] = []
    openers = pat.opening + pat.straight

    def finish(open_at: int, first: int, end_content: int, region_end: int, last: int, closed: bool) -> None:
        s, e = open_at + 1, end_content
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1] in _TRIM_QUOTE:
            e -= 1
        if s < e:
            quotes.append(_Quote(open_at, region_end, s, e, closed, first, last))

    cur: tuple[int, int] | None = None  # (opening mark, its paragraph)
    mi = 0
    for pi, (ps, pe) in enumerate(pars):
        while mi < len(marks) and marks[mi] < ps:
            mi += 1
        if cur is not None:  # unclosed at the end of the previous paragraph
            if mi < len(marks) and marks[mi] == ps and text[ps] in openers:
                mi += 1  # a new opening mark continues the same quote
            else:
                prev_end = pars[pi - 1][1]
                finish(cur[0], cur[1], prev_end, prev_end, pi - 1, False)
                cur = None
        while mi < len(marks) and marks[mi] < pe:
            k = marks[mi]
            mi += 1
            c = text[k]
            if c in pat.opening:
                if cur is None:
                    cur = (k, pi)
                elif _looks_closing(text, k, ps, pe) and not _looks_opening(text, k, ps, pe):
                    finish(cur[0], cur[1], k, k + 1, pi, True)  # an opening mark used to close
                    cur = None
                else:  # the previous quote was never closed: end it here, start a new one
                    finish(cur[0], cur[1], k, k, pi, False)
                    cur = (k, pi)
            elif c in pat.closing:
                if cur is not None:
                    finish(cur[0], cur[1], k, k + 1, pi, True)
                    cur = None
                elif _looks_opening(text, k, ps, pe):
                    cur = (k, pi)  # a closing mark used to open
            else:  # straight mark: toggles
                if cur is not None:
                    finish(cur[0], cur[1], k, k + 1, pi, True)
                    cur = None
                elif _looks_opening(text, k, ps, pe) or not _looks_closing(text, k, ps, pe):
                    cur = (k, pi)
    if cur is not None:
        last_end = pars[-1][1]
        finish(cur[0], cur[1], last_end, last_end, len(pars) - 1, False)
    return quotes


# --------------------------------------------------------------------------- the finder


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    kind: str
    cue: str | None
    speaker: tuple[int, int] | None  # character range
    cue_at: int  # character offset of the cue (-1 when none)
    quote: int = -1  # index of the quote for kind "quote"


@dataclass(slots=True)
class _Attribution:
    cue: str | None
    speaker: tuple[int, int] | None
    cue_at: int


class _Finder:
    """One pass over one parsed document. Works on plain arrays copied from the Doc."""

    def __init__(self, doc: Doc, pat: ReportingPatterns) -> None:
        self.doc = doc
        self.text: str = doc.text
        self.pat = pat
        n = len(doc)
        self.n = n
        self.idx = [t.idx for t in doc]
        self.tok_end = [t.idx + len(t.text) for t in doc]
        self.lower = [t.lower_ for t in doc]
        self.has_dep = bool(n) and doc.has_annotation("DEP")
        self.has_tag = bool(n) and doc.has_annotation("TAG")
        self.has_lemma = bool(n) and doc.has_annotation("LEMMA")
        self.is_word = [t.is_alpha or t.like_num for t in doc]
        self.pos = [t.pos_ for t in doc]
        self.tag = [t.tag_ for t in doc] if self.has_tag else [""] * n
        self.lemma = [t.lemma_.lower() for t in doc] if self.has_lemma else list(self.lower)
        if self.has_dep:
            self.dep = [t.dep_ for t in doc]
            self.head = [t.head.i for t in doc]
            self.left = [t.left_edge.i for t in doc]
            self.right = [t.right_edge.i for t in doc]
        else:
            self.dep = [""] * n
            self.head = list(range(n))
            self.left = list(range(n))
            self.right = list(range(n))
        self._index_children()
        self._index_sentences()
        self.pars = _paragraphs(self.text)
        self.par_starts = [s for s, _ in self.pars]
        self.quotes = _find_quotes(self.text, self.pars, pat)
        self.quote_opens = [q.open for q in self.quotes]
        self.q_of = self._quote_of_tokens()
        self.found: list[_Found] = []
        self.quote_attr: dict[int, _Attribution] = {}
        self.in_phrase = bytearray(n)

    # ----------------------------------------------------------------- indexes

    def _index_children(self) -> None:
        n = self.n
        self.subj: dict[int, int] = {}
        self.passive = bytearray(n)
        self.first_kid: dict[tuple[int, str], int] = {}
        self.that_mark: dict[int, int] = {}
        self.preps: dict[int, list[int]] = {}
        self.noun_clauses: dict[int, list[int]] = {}
        self.conj_clause: dict[int, int] = {}
        self.definite: set[int] = set()
        self.semicolons = [i for i in range(n) if self.lower[i] == ";"]
        for i in range(n):
            h, d = self.head[i], self.dep[i]
            if h == i:
                continue
            if d in _SUBJ_DEPS and h not in self.subj:
                self.subj[h] = i
            if d in ("auxpass", "nsubjpass", "csubjpass"):
                self.passive[h] = 1
            if (d == "det" and self.lower[i] in _DEFINITE) or d == "poss":
                self.definite.add(h)
            if d in ("ccomp", "dobj", "agent", "poss", "pobj"):
                self.first_kid.setdefault((h, d), i)
            if d == "mark" and self.lower[i] == "that":
                self.that_mark.setdefault(h, i)
            if d == "prep":
                self.preps.setdefault(h, []).append(i)
            if d in _NOUN_CLAUSE_DEPS:
                self.noun_clauses.setdefault(h, []).append(i)
        for i in range(n):
            h = self.head[i]
            if self.dep[i] == "conj" and i > h and self.pos[i] in ("VERB", "AUX") and i in self.subj:
                if h not in self.conj_clause:
                    self.conj_clause[h] = i

    def _index_sentences(self) -> None:
        n = self.n
        self.sent_lo = [0] * n
        self.sent_hi = [n - 1] * n
        if not n or not self.doc.has_annotation("SENT_START"):
            return
        for sent in self.doc.sents:
            for i in range(sent.start, sent.end):
                self.sent_lo[i] = sent.start
                self.sent_hi[i] = sent.end - 1

    def _quote_of_tokens(self) -> list[int]:
        q_of = [-1] * self.n
        qi = 0
        for i in range(self.n):
            pos = self.idx[i]
            while qi < len(self.quotes) and self.quotes[qi].end <= pos:
                qi += 1
            if qi < len(self.quotes) and self.quotes[qi].open <= pos:
                q_of[i] = qi
        return q_of

    def par_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.par_starts, char) - 1)

    def par_bounds(self, char: int) -> tuple[int, int]:
        if not self.pars:
            return 0, len(self.text)
        return self.pars[self.par_of(char)]

    def tok_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.idx, char) - 1)

    def in_content(self, qi: int, char: int) -> bool:
        q = self.quotes[qi]
        return q.start_content <= char < q.end_content

    # ----------------------------------------------------------------- helpers

    def is_verb_cue(self, i: int) -> bool:
        return self.pos[i] == "VERB" and not self.in_phrase[i] and (
            self.lemma[i] in self.pat.verbs or self.lower[i] in self.pat.verbs)

    def impersonal_passive(self, i: int) -> bool | None:
        """For a passive cue: True if impersonal ("It is reported"), False if it has a real
        subject ("are said to": a certainty cue, no source); None if the cue is active."""
        if not self.passive[i]:
            return None
        s = self.subj.get(i)
        return s is None or self.dep[s] == "expl" or self.lower[s] in self.pat.expletives

    def chars(self, lo: int, hi: int) -> tuple[int, int] | None:
        """Character range of tokens lo..hi (inclusive), trimmed of punctuation and blanks."""
        if lo > hi or lo < 0 or hi >= self.n:
            return None
        return self.trim(self.idx[lo], self.tok_end[hi])

    def trim(self, s: int, e: int, chars: str = _TRIM) -> tuple[int, int] | None:
        """Strip blanks, punctuation and quote marks from both ends; balance short spans' brackets."""
        text = self.text
        s, e = max(0, s), min(len(text), e)
        quote_chars = self.pat.opening + self.pat.closing + self.pat.straight
        while s < e and (text[s] in chars or text[s] in quote_chars):
            s += 1
        while e > s and (text[e - 1] in chars or text[e - 1] in quote_chars):
            e -= 1
        if s >= e:
            return None
        return self.balance(s, e) if e - s <= _BALANCE_LIMIT else (s, e)

    def balance(self, s: int, e: int) -> tuple[int, int] | None:
        """Take in a closing bracket left just outside, or cut an unclosed one."""
        text = self.text
        seg = text[s:e]
        opened, closed = seg.count("("), seg.count(")")
        if opened == closed + 1:
            k = e
            while k < len(text) and k < e + 3 and text[k] == " ":
                k += 1
            if k < len(text) and text[k] == ")":
                return s, k + 1
            cut = seg.rfind("(")
            e = s + cut
            while e > s and text[e - 1] in _TRIM:
                e -= 1
        elif closed == opened + 1 and seg.endswith(")"):
            e -= 1
            while e > s and text[e - 1] in _TRIM:
                e -= 1
        return (s, e) if s < e else None

    def trim_tokens(self, lo: int, hi: int) -> tuple[int, int]:
        """Drop a leading complementiser "that" and leading or trailing conjunctions."""
        while lo <= hi and (self.pos[lo] in ("PUNCT", "SPACE", "CCONJ")
                            or (self.lower[lo] == "that" and self.dep[lo] == "mark")):
            lo += 1
        while hi >= lo and self.pos[hi] in ("PUNCT", "SPACE", "CCONJ") and self.text[
                self.idx[hi]] not in ")]" + self.pat.closing + self.pat.straight:
            hi -= 1
        return lo, hi

    def clause(self, h: int, anchor: int | None = None) -> tuple[int, int]:
        """Tokens of the clause headed by ``h``: without a coordinated clause that has its own
        subject and no "that" of its own, and without what a semicolon sets apart from ``anchor``."""
        lo, hi = self.left[h], self.right[h]
        c = self.conj_clause.get(h)
        if c is not None and self.left[c] > h and c not in self.that_mark:
            hi = min(hi, self.left[c] - 1)
        at = h if anchor is None else anchor
        k = bisect.bisect_left(self.semicolons, lo)
        if k < len(self.semicolons) and self.semicolons[k] <= hi:
            before = bisect.bisect_left(self.semicolons, at) - 1
            if before >= 0 and self.semicolons[before] >= lo:
                lo = self.semicolons[before] + 1
            after = bisect.bisect_right(self.semicolons, at)
            if after < len(self.semicolons) and self.semicolons[after] <= hi:
                hi = self.semicolons[after] - 1
        return lo, hi

    def phrase(self, t: int, without: int | None = None) -> tuple[int, int] | None:
        """Character range of the noun phrase headed by ``t`` (minus the subtree of ``without``)."""
        lo, hi = self.left[t], self.right[t]
        if without is not None:
            if self.left[without] > t:
                hi = min(hi, self.left[without] - 1)
            elif self.right[without] < t:
                lo = max(lo, self.right[without] + 1)
        if hi - lo + 1 > _MAX_SPEAKER_TOKENS:
            lo, hi = max(lo, t - _MAX_SPEAKER_TOKENS), t
        lo, hi = self.trim_tokens(lo, hi)
        return self.chars(lo, hi)

    def speaker_of(self, cue: int) -> tuple[int, int] | None:
        """The speaker phrase of a reporting verb: its subject, or that of the verb it hangs from."""
        v = cue
        for _ in range(_MAX_CLIMB):
            s = self.subj.get(v)
            if s is not None:
                if self.dep[s] == "expl" or (self.passive[v] and self.lower[s] in self.pat.expletives):
                    return None
                if self.dep[v] == "relcl" and self.tag[s] in ("WP", "WDT"):
                    return self.phrase(self.head[v], without=v)
                return self.phrase(s)
            if self.passive[v]:
                agent = self.first_kid.get((v, "agent"))
                obj = self.first_kid.get((agent, "pobj")) if agent is not None else None
                if obj is not None:
                    return self.phrase(obj)
            h = self.head[v]
            if self.dep[v] == "acl" and self.pos[h] in _NOMINAL:
                return self.phrase(h, without=v)
            if self.dep[v] in _CLIMB_DEPS and h != v:
                v = h
                continue
            break
        return None

    def anonymous(self, sp: tuple[int, int] | None) -> bool:
        """A speaker such as "sources" or "sources close to the case": nobody named."""
        if sp is None:
            return False
        lo, hi = self.tok_at(sp[0]), self.tok_at(sp[1] - 1)
        heads = [i for i in range(lo, hi + 1) if self.head[i] < lo or self.head[i] > hi or self.head[i] == i]
        if len(heads) != 1:
            return False
        h = heads[0]
        words = self.pat.anonymous_speakers
        if self.lemma[h] not in words and self.lower[h] not in words:
            return False
        if h in self.definite:  # "the report", "its sources": a particular source
            return False
        return not any(self.pos[i] == "PROPN" for i in range(lo, hi + 1))

    def clip(self, s: int, e: int, cue: int) -> tuple[int, int] | None:
        """Keep a span inside the quote holding its cue, else inside the cue's paragraph."""
        q = self.q_of[cue]
        if q >= 0 and self.in_content(q, self.idx[cue]):
            lo, hi = self.quotes[q].start_content, self.quotes[q].end_content
        else:
            lo, hi = self.par_bounds(self.idx[cue])
        s, e = max(s, lo), min(e, hi)
        return (s, e) if s < e else None

    @staticmethod
    def apart(sp: tuple[int, int] | None, s: int, e: int) -> tuple[int, int] | None:
        """Cut a speaker range that overlaps [s, e) without lying inside it."""
        if sp is None or sp[1] <= s or sp[0] >= e or (s <= sp[0] and sp[1] <= e):
            return sp
        if sp[0] < s:
            return (sp[0], s) if sp[0] < s else None
        return (e, sp[1]) if e < sp[1] else None

    # ----------------------------------------------------------------- cues

    def run(self) -> list[SourceSpan]:
        if self.has_dep:
            for step in (self.according_to, self.verb_cue, self.noun_cue, self.hearsay_adverb):
                for i in range(self.n):
                    try:
                        step(i)
                    except Exception:  # one odd parse must not lose the document
                        log.debug("attribution: %s failed at token %d", step.__name__, i, exc_info=True)
        try:
            self.absorb_quotes()
        except Exception:
            log.debug("attribution: absorbing quotes failed", exc_info=True)
        try:
            self.attribute_quotes()
        except Exception:
            log.debug("attribution: attributing quotes failed", exc_info=True)
        return self.results()

    def emit_complement(self, cue: int, lo: int, hi: int, cue_word: str,
                        speaker: tuple[int, int] | None, impersonal: bool) -> None:
        """Record the complement tokens lo..hi of a cue: a direct quote, or a reported clause."""
        lo, hi = self.trim_tokens(lo, hi)
        if lo > hi:
            return
        q = self.q_of[lo]
        if q >= 0 and q != self.q_of[cue] and self.in_content(q, self.idx[lo]):
            quote = self.quotes[q]
            if self.par_of(self.idx[cue]) in (quote.first_par, quote.last_par) and q not in self.quote_attr:
                self.quote_attr[q] = _Attribution(cue_word, speaker, self.idx[cue])
            return
        rng = self.chars(lo, hi)
        rng = self.clip(*rng, cue) if rng else None
        rng = self.trim(*rng) if rng else None
        if rng is None:
            return
        speaker = self.apart(speaker, *rng)
        if impersonal and speaker is None:
            kind = HEARSAY
        elif self.anonymous(speaker):
            kind = HEARSAY
        else:
            kind = REPORTED
        self.found.append(_Found(rng[0], rng[1], kind, cue_word, speaker, self.idx[cue]))

    def verb_cue(self, i: int) -> None:
        if not self.is_verb_cue(i):
            return
        if self.dep[i] in _NOUN_DEPS:  # a noun tagged as a verb: "Reports that ... could not be verified"
            self.noun_cue(i, misread=True)
            return
        impersonal = self.impersonal_passive(i)
        if impersonal is False:
            return  # "X is said to ...": a certainty cue, not a source
        speaker = self.speaker_of(i)
        lo_hi = self.complement(i)
        if lo_hi is None:
            return
        self.emit_complement(i, lo_hi[0], lo_hi[1], self.lemma[i], speaker, bool(impersonal))

    def complement(self, i: int) -> tuple[int, int] | None:
        """Tokens of what the reporting verb ``i`` reports."""
        c = self.first_kid.get((i, "ccomp"))
        if c is not None:
            return self.clause(c)
        h = self.head[i]
        if self.dep[i] == "parataxis" and h != i:  # "“…,” a spokesman said" / "X, police said, …"
            lo, hi = self.clause(h)
            if self.left[i] > h and self.right[i] >= hi:  # the cue closes the clause
                hi = self.left[i] - 1
            elif self.right[i] < h and self.left[i] <= lo:  # the cue opens it
                lo = self.right[i] + 1
            return lo, hi  # or stands in its middle: "The plan, officials said, failed"
        for k in range(i + 1, min(self.right[i], i + _THAT_WINDOW) + 1):
            # misparse: "warned at the time that the deal could ..." read as a relative clause
            v = self.head[k]
            if (self.lower[k] == "that" and self.dep[k] not in _ARGUMENT_DEPS and v > k
                    and self.subj.get(v, k) > k and self.left[v] >= k and self.pos[v] in ("VERB", "AUX")):
                return k + 1, self.right[v]
            if self.lower[k] in _STOP_WORDS or self.is_verb_cue(k):
                break
        d = self.first_kid.get((i, "dobj"))
        if d is not None and d > i:  # misparse: "warning [the deal] could ..." -> dobj + verb
            nxt = self.right[d] + 1
            if nxt <= self.sent_hi[i] and self.tag[nxt] in _FINITE_TAGS:
                v = self.head[nxt] if self.dep[nxt] in ("aux", "auxpass") else nxt
                if self.right[d] < v <= self.sent_hi[i]:
                    return self.left[d], min(max(self.right[d], self.right[v]), self.sent_hi[i])
        return None

    def noun_cue(self, i: int, misread: bool = False) -> None:
        if (self.pos[i] != "NOUN" and not misread) or (
                self.lemma[i] not in self.pat.nouns and self.lower[i] not in self.pat.nouns):
            return
        for c in self.noun_clauses.get(i, ()):
            if c > i and c in self.that_mark:
                speaker = None
                poss = self.first_kid.get((i, "poss"))
                if poss is not None:
                    speaker = self.phrase(poss)
                else:
                    for p in self.preps.get(i, ()):
                        obj = self.first_kid.get((p, "pobj"))
                        if self.lower[p] in self.pat.noun_speaker_preps and obj is not None and p < c:
                            speaker = self.phrase(obj)
                            break
                self.emit_complement(i, self.that_mark[c], self.right[c], self.lemma[i], speaker,
                                     impersonal=speaker is None)
                return

    def hearsay_adverb(self, i: int) -> None:
        cue = self.pat.hearsay_adverbs.get(self.lower[i])
        if cue is None or self.in_phrase[i]:
            return
        h = self.head[i]
        for _ in range(_MAX_CLIMB):
            if self.pos[h] in ("VERB", "AUX") or self.head[h] == h:
                break
            h = self.head[h]
        lo, hi = self.clause(h, anchor=i)
        lo, hi = min(lo, i), max(hi, i)
        lo, hi = self.trim_tokens(lo, hi)
        rng = self.chars(lo, hi)
        rng = self.clip(*rng, i) if rng else None
        if rng is not None:
            self.found.append(_Found(rng[0], rng[1], HEARSAY, cue, None, self.idx[i]))

    def according_to(self, i: int) -> None:
        for words in self.pat.first_words.get(self.lower[i], ()):
            last = i + len(words) - 1
            if last >= self.n or last > self.sent_hi[i]:
                continue
            if all(self.lower[i + k] == w for k, w in enumerate(words)):
                for k in range(i, last + 1):
                    self.in_phrase[k] = 1
                self.emit_according(i, last, self.pat.according_to[words])
                return

    def emit_according(self, first: int, last: int, cue: str) -> None:
        x = self.first_kid.get((last, "pobj"))
        if x is None:
            nxt = last + 1
            if nxt > self.sent_hi[first] or self.pos[nxt] not in _NOMINAL | {"DET", "ADJ"}:
                return
            x = nxt
            while self.head[x] != x and self.head[x] > last and self.head[x] <= self.sent_hi[first] and (
                    self.pos[self.head[x]] in _NOMINAL):
                x = self.head[x]
        source = x
        if self.lemma[x] in self.pat.container_nouns or self.lower[x] in self.pat.container_nouns:
            for p in self.preps.get(x, ()):
                obj = self.first_kid.get((p, "pobj"))
                if self.lower[p] in self.pat.container_preps and obj is not None:
                    source = obj
                    break
        speaker = self.phrase(source)
        # the phrase hangs from the clause it modifies
        anchor = next((k for k in range(first, last + 1)
                       if not first <= self.head[k] <= last or self.head[k] == k), first)
        pp_lo = min(first, self.left[anchor])
        pp_hi = max(self.right[anchor], self.right[x])
        h = self.head[anchor]
        if h == anchor:
            lo, hi = self.sent_lo[first], self.sent_hi[first]
        else:
            for _ in range(_MAX_CLIMB):
                if self.pos[h] in ("VERB", "AUX") or self.head[h] == h:
                    break
                h = self.head[h]
            lo, hi = self.clause(h, anchor=first)
        lo, hi = self.trim_tokens(max(lo, self.sent_lo[first]), min(hi, self.sent_hi[first]))
        rng = self.chars(lo, hi)
        rng = self.clip(*rng, first) if rng else None
        if rng is None:
            return
        s, e = rng
        ps, pe = self.idx[pp_lo], self.tok_end[pp_hi]
        if ps <= s < pe:  # "According to X, ..."
            s = pe
        elif ps < e <= pe:  # "..., according to X."
            e = ps
        elif s < ps and h != anchor and h < first:  # "... died according to X, “underscoring ...”"
            e = ps
        lo_tok = self.tok_at(s)
        while (lo_tok < self.n and self.idx[lo_tok] < e
               and self.lower[lo_tok] == "that" and self.dep[lo_tok] == "mark"):
            s = self.tok_end[lo_tok]
            lo_tok += 1
        rng = self.trim(s, e)
        if rng is None:
            return
        self.found.append(_Found(rng[0], rng[1], ACCORDING_TO, cue, speaker, self.idx[first]))

    # ----------------------------------------------------------------- quotes

    def absorb_quotes(self) -> None:
        """A quote opening inside a reported clause belongs to it ("wrote that X is “…”").

        Quotes are disjoint and sorted, so only the last quote opening inside a span can run past
        its end; the span then ends with that quote. A span whose cue is inside a quote is clipped
        to that quote's content, so a quote opening inside a span never holds the span's cue.
        """
        self.absorbed: set[int] = set()
        if not self.quotes:
            return
        ranges: list[tuple[int, int]] = []
        for f in self.found:
            j = bisect.bisect_left(self.quote_opens, f.end) - 1
            if j >= 0 and self.quotes[j].open >= f.start and self.quotes[j].end > f.end:
                f.end = self.quotes[j].end
            ranges.append((f.start, f.end))
        ranges.sort()
        k, reach = 0, -1
        for j, q in enumerate(self.quotes):
            while k < len(ranges) and ranges[k][0] <= q.open:
                reach = max(reach, ranges[k][1])
                k += 1
            if q.open < reach and j not in self.quote_attr:
                self.absorbed.add(j)

    def attribute_quotes(self) -> None:
        cue_positions = sorted(f.cue_at for f in self.found if f.cue_at >= 0)
        last: tuple[int, _Attribution] | None = None  # previous attributed quote
        for qi, q in enumerate(self.quotes):
            if qi in self.absorbed:
                continue
            attr = self.quote_attr.get(qi)
            if attr is None and self.has_dep:
                attr = self.intro_cue(q) or self.after_cue(q)
            if attr is None and self.substantial(q):
                if last is not None:
                    pq = self.quotes[last[0]]
                    between = (bisect.bisect_right(cue_positions, q.open)
                               - bisect.bisect_left(cue_positions, pq.end))
                    if q.first_par - pq.last_par <= 1 and between <= 0 and last[1].speaker is not None:
                        attr = last[1]
                if attr is None:
                    attr = _Attribution(None, None, -1)
            if attr is None:
                continue  # scare quote
            speaker = self.apart(attr.speaker, q.open, q.end)
            self.found.append(
                _Found(q.start_content, q.end_content, QUOTE, attr.cue, speaker, attr.cue_at, qi))
            if speaker is not None:
                last = (qi, _Attribution(attr.cue, speaker, attr.cue_at))

    def attribution(self, cue: int, quote: _Quote) -> _Attribution | None:
        impersonal = self.impersonal_passive(cue)
        if impersonal is False:
            return None
        speaker = self.apart(self.speaker_of(cue), quote.open, quote.end)
        return _Attribution(self.lemma[cue], speaker, self.idx[cue])

    def intro_cue(self, q: _Quote) -> _Attribution | None:
        """"X stated: “…”", "He said, “…”", "She said “…”"."""
        ps, _ = self.par_bounds(q.open)
        k = q.open - 1
        while k >= ps and self.text[k].isspace():
            k -= 1
        if k < ps:
            return None
        t = self.tok_at(k)
        if self.q_of[t] >= 0:
            return None
        ch = self.text[k]
        if ch == ":":
            window, start = self.pat.colon_window, t - 1
        elif ch == ",":
            window, start = 3, t - 1
        elif ch.isalpha():
            window, start = 1, t
        else:
            return None
        h = self.head[t]
        same_par = self.par_of(self.idx[h]) == self.par_of(q.open)
        if h < t and self.is_verb_cue(h) and self.q_of[h] < 0 and same_par:
            return self.attribution(h, q)
        lo = max(0, start - window + 1, self.tok_at(ps))
        for j in range(start, lo - 1, -1):
            if self.q_of[j] >= 0 or self.lower[j] in _STOP_WORDS:
                break
            if self.is_verb_cue(j):
                return self.attribution(j, q)
        return None

    def after_cue(self, q: _Quote) -> _Attribution | None:
        """"“…,” a spokesman said", "“…,” said X"."""
        if not q.closed or self.text[q.end - 2] == ".":
            return None  # “… .” ends a sentence: what follows is not its attribution
        t0 = bisect.bisect_left(self.idx, q.end)
        par = q.last_par
        speech_end = self.text[q.end - 2] in ",?!" or self.text[q.end: q.end + 1] == ","
        for j in range(t0, min(self.n, t0 + self.pat.after_window)):
            if self.par_of(self.idx[j]) != par or self.q_of[j] >= 0 or self.lower[j] in _STOP_WORDS:
                break
            if self.is_verb_cue(j) or (self.pos[j] == "VERB" and speech_end and self.subj.get(j, -1) >= t0):
                # a listed cue, or any verb with its own subject after “…,” / “…?” / “…!”
                attr = self.attribution(j, q)
                if attr is not None and attr.speaker is None:
                    between = self.chars(t0, j - 1) if j > t0 else None
                    if between is None and j + 1 < self.n and self.pos[j + 1] in _NOMINAL | {"DET"}:
                        x = j + 1
                        while self.head[x] > x and self.head[x] <= min(self.n - 1, j + 6) and (
                                self.pos[self.head[x]] in _NOMINAL):
                            x = self.head[x]
                        between = self.phrase(x)
                    attr.speaker = self.apart(between, q.open, q.end)
                return attr
            if self.pos[j] == "VERB":
                break
        return None

    def substantial(self, q: _Quote) -> bool:
        """Enough words and a finite verb: speech, not a scare-quoted phrase or a title."""
        lo = bisect.bisect_left(self.idx, q.start_content)
        hi = bisect.bisect_left(self.idx, q.end_content)
        words = 0
        finite = not self.has_tag
        for i in range(lo, hi):
            words += self.is_word[i]
            finite = finite or self.tag[i] in _FINITE_TAGS
            if words >= self.pat.min_words and finite:
                return True
        return False

    # ----------------------------------------------------------------- output

    def results(self) -> list[SourceSpan]:
        size = len(self.text)
        seen: set[tuple[Any, ...]] = set()
        keyed: list[tuple[tuple[int, int, int], SourceSpan]] = []
        for f in self.found:
            s, e = max(0, min(f.start, size)), max(0, min(f.end, size))
            if s >= e:
                continue
            sp = f.speaker
            if sp is not None and not (0 <= sp[0] < sp[1] <= size):
                sp = None
            span = SourceSpan(
                start=s,
                end=e,
                kind=f.kind,
                cue=f.cue,
                speaker=self.text[sp[0]:sp[1]] if sp else None,
                speaker_start=sp[0] if sp else None,
                speaker_end=sp[1] if sp else None,
            )
            key = (s, e, f.kind, f.cue, span.speaker_start, span.speaker_end)
            if key in seen:
                continue
            seen.add(key)
            inner = 1 if s <= f.cue_at < e else 0
            keyed.append(((s, -e, inner), span))
        keyed.sort(key=lambda pair: pair[0])
        return [span for _, span in keyed]


def enclosing(spans: list[SourceSpan], start: int, end: int) -> list[SourceSpan]:
    """The source spans that hold the text [start, end), outermost first: its attribution chain.

    ``["article"] + [s.speaker for s in enclosing(...)]`` is what a claim is attributed to.
    """
    held = [s for s in spans if s.start <= start and end <= s.end]
    return sorted(held, key=lambda s: (-(s.end - s.start), s.start))


def find_sources(doc: Doc) -> list[SourceSpan]:
    """Every source span of a parsed document, sorted by start; spans may nest.

    Never raises on odd text: an unparseable stretch only loses its own spans.
    """
    pat = load_reporting_patterns()  # a broken packaged pattern file raises ExtractError
    try:
        return _Finder(doc, pat).run()
    except Exception:
        log.warning("attribution failed on a document of %d characters", len(doc.text), exc_info=True)
        return []
