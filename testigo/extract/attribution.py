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
* ``according_to`` too: an author-year citation, '(Ruiz, 2019)', for its sentence before it (citations.py).
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
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from testigo.extract.citations import citations
from testigo.extract.interviews import answers
from testigo.extract.letters import letters
from testigo.extract.lexicon import load_patterns
from testigo.extract.quotes import Quote
from testigo.extract.reporting import ReportingPatterns, load_reporting_patterns, parse_reporting_patterns
from testigo.extract.speakers import MAX_CLIMB, NOMINAL, ParsedText

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
    "parse_reporting_patterns",
]

log = logging.getLogger(__name__)

QUOTE, REPORTED, ACCORDING_TO, HEARSAY = "quote", "reported", "according_to", "hearsay"


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\u00c0-\u00dd]|\s*$)")


@cache
def _claim_label(labels: frozenset[str]) -> re.Pattern[str]:
    """'CLAIM:', 'Claim 2:', 'The viral claim \u2014': a label of ``labels`` opening a paragraph."""
    words = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?i:{words})(?:\s*#?\d+)?\s*[:\u2013\u2014]\s+")


@cache
def _hypothesis_nouns() -> frozenset[str]:
    """Nouns of a working hypothesis ("according to the lines of investigation"), which name no speaker."""
    return frozenset(load_patterns("modality")["hypothesis_nouns"])

_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_STOP_WORDS = frozenset({".", "!", "?", ";"})
# Verbs whose object's "that" clause their subject denies: "X rejected the claim that he leads G".
_REJECTING = frozenset({"reject", "deny", "dismiss", "refute", "dispute", "rebut", "contest"})
_IDEAS = frozenset({"idea", "notion", "suggestion", "theory", "speculation", "version", "perception", "impression"})
# "said in a statement that ...", "announced through a bulletin that ...": the noun is how the verb's speaker
# spoke, not a second, unnamed source
_MEDIUM_PREPS = frozenset({"in", "through", "via"})
_CONCEDING = frozenset({"although", "though", "whereas", "while"})
# Words opening a clause of time or cause that a reporting verb closing a clause may carry for that clause:
# "X collapsed, Y testified, after soldiers arrested Z" (not a concession, which may have a voice of its own).
_REPORTED_ADVERBIALS = frozenset({"after", "before", "when", "because", "since", "until", "once"})
# What a denial's object may be for the denial to be the denier's word on a tie: "X denied any pact with G",
# "X denies links to G" ("X denied the request" says nothing of a relation).
_DENIED_NOUNS = frozenset({"tie", "link", "connection", "relationship", "relation", "association", "affiliation",
                           "contact", "dealing", "pact", "alliance", "agreement", "deal", "truce", "partnership",
                           "collaboration", "cooperation"})  # not "any part in the killing of Y": the killing is told
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "det", "dative", "appos", "conj"})
_THAT_WINDOW = 8
# Verbs of saying whose noun object of three words or more is a clause the parser misread:
# "OFAC said [the two groups traffic methamphetamine]".
_SAYING = frozenset({"say", "allege", "claim", "add", "report", "suggest"})
# Verbs of telling someone: "told the judge he had run G" (the parser may read what follows as a relative clause).
_TELLING = frozenset({"tell", "assure", "inform", "remind", "warn"})
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "compound"})
# "who prosecutors say lead G": the relative pronoun, up to four words naming the speaker, the verb.
_RELATIVES = frozenset({"who", "which", "that", "whom"})
_SPEAKER_WORDS = 4
_SPEAKER_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})
# "the allegations contained in / set out in the Indictment": what holds what the container noun names
_HOLDING_PREPS = frozenset({"in", "by", "from"})
# "..., the Secretariat of Public Security (SSP) reported.": the words a speaker cut off by a comma may have
_CLOSING_SPEAKER_WORDS = 10
_CLOSING_SPEAKER_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PUNCT", "NUM"})
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "(", "\u2014", "\u2013"})


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
    # whole paragraphs a lead-in speaks for ("According to the Indictment:" alone in its paragraph):
    # what they say in passing (appositions, descriptions) is the source's too, not the article's
    block: bool = False


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    kind: str
    cue: str | None
    speaker: tuple[int, int] | None  # character range
    cue_at: int  # character offset of the cue (-1 when none)
    quote: int = -1  # index of the quote for kind "quote"
    block: bool = False


@dataclass(slots=True)
class _Attribution:
    cue: str | None
    speaker: tuple[int, int] | None
    cue_at: int


class _Finder(ParsedText):
    """One pass over one parsed document: cues, their spans, and who said each quote."""

    def __init__(self, doc: Doc, pat: ReportingPatterns, text: str | None = None) -> None:
        super().__init__(doc, pat, text)
        self.found: list[_Found] = []
        self.quote_attr: dict[int, _Attribution] = {}

    # ----------------------------------------------------------------- cues

    def run(self) -> list[SourceSpan]:
        if self.has_dep:
            starts = self._step_starts()
            for name in ("according_to", "verb_cue", "relative_report", "describe_cue", "noun_cue", "hearsay_adverb",
                         "as_reported", "colon_lead_in", "colon_block"):
                step, failed = getattr(self, name), 0
                for i in starts[name]:
                    try:
                        step(i)
                    except Exception:  # one odd parse must not lose the document
                        failed += 1
                        if failed == 1:
                            log.warning("attribution: %s failed at token %d of a document of %d tokens (its spans "
                                        "there are lost)", name, i, self.n, exc_info=True)
        for whole in (self.interview_answers, self.claim_labels, self.cited_works, self.absorb_quotes,
                      self.attribute_quotes):
            try:
                whole()
            except Exception:
                log.warning("attribution: %s failed on a document of %d tokens (its spans are lost)",
                            whole.__name__, self.n, exc_info=True)
        return self.results()

    def _step_starts(self) -> dict[str, list[int]]:
        """The tokens at which each step of ``run`` can do anything: those that pass its first test, on words that
        never change (at the others it returns at once; a call at every token of every step was a tenth of the
        finder's time)."""
        lower, pos, tag, lemma, pat, every = self.lower, self.pos, self.tag, self.lemma, self.pat, range(self.n)
        verbs = [i for i in every if pos[i] == "VERB"]
        return {
            "according_to": [i for i in every if lower[i] in pat.view_preps or lower[i] in pat.first_words],
            "verb_cue": verbs,  # is_verb_cue
            "relative_report": [i for i in every if lower[i] in _RELATIVES and tag[i] in ("WP", "WDT")],
            "describe_cue": [i for i in verbs if lemma[i] in pat.describing_verbs or lower[i] in pat.describing_verbs],
            "noun_cue": [i for i in every if pos[i] == "NOUN"],
            "hearsay_adverb": [i for i in every if lower[i] in pat.hearsay_adverbs],
            "as_reported": [i for i in every if lower[i] == "as"],
            "colon_lead_in": [i for i in every if lower[i] == ":"],
            "colon_block": [i for i in every if lower[i] == ":"],
        }

    def opens_only(self, q: int, hi: int) -> bool:
        """A short quote (no speech of its own) that ends before the complement opening with it does: a
        quoted name or phrase at the start of a reported clause ('that "La Flaca" ran the cell')."""
        quote = self.quotes[q]
        return not self.substantial(quote) and any(
            self.is_word[k] and self.idx[k] >= quote.end for k in range(self.tok_at(quote.end), hi + 1))

    def emit_complement(self, cue: int, lo: int, hi: int, cue_word: str,
                        speaker: tuple[int, int] | None, impersonal: bool) -> None:
        """Record the complement tokens lo..hi of a cue: a direct quote, or a reported clause."""
        lo, hi = self.trim_tokens(lo, hi)
        if lo > hi:
            return
        q = self.q_of[lo]
        if q >= 0 and q != self.q_of[cue] and self.in_content(q, self.idx[lo]) \
                and not self.opens_only(q, hi):  # 'told X that "El Gordo" was never charged': a reported clause
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
        if self.writers_aside(i):
            return  # "It is worth noting that ...": the text's own voice
        impersonal = self.impersonal_passive(i)
        if impersonal is False:
            self.passive_with_agent(i)
            return  # "X is said to ...": a certainty cue, not a source
        speaker = self.speaker_of(i)
        lo_hi = self.complement(i)
        if lo_hi is None:
            closing = self.closing_cue(i)
            if closing is None:
                return
            lo_hi, speaker = closing
        self.emit_complement(i, lo_hi[0], lo_hi[1], self.lemma[i], speaker, bool(impersonal))
        if lo_hi[1] < i:
            for c in self.joined_after(i):
                self.emit_complement(i, *self.clause(c), self.lemma[i], speaker, bool(impersonal))
        citing = self.citing(i, lo_hi[0])
        if citing is not None:  # "X reported, citing police intelligence, that ...": the intelligence inside X
            self.emit_complement(i, lo_hi[0], lo_hi[1], self.lemma[i], citing, False)
        s = self.subj.get(i)
        cited = (self.cited_by(self.speaker_token(s)) or self.cited_by(s)) if s is not None else None
        if cited is not None:  # "The report, which cites documents of X, says ...": X inside the report's source
            self.emit_complement(i, lo_hi[0], lo_hi[1], self.lemma[i], cited, False)

    def closing_cue(self, i: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """'A detained X, identified by ... as ..., the Secretariat of Public Security (SSP) reported.': a verb of
        saying that ends its sentence with no subject of its own, the noun phrase before it cut off by a comma (the
        parser hung the verb on the sentence and its speaker elsewhere). The sentence up to that comma is what the
        phrase's speaker reports."""
        lo, hi = self.sent_lo[i], self.sent_hi[i]
        if i in self.subj or any(self.is_word[k] for k in range(i + 1, hi + 1)):
            return None
        k, nouns = i - 1, 0
        while k > lo and self.lower[k] != "," and i - k <= _CLOSING_SPEAKER_WORDS:
            if self.pos[k] not in _CLOSING_SPEAKER_POS and not (self.pos[k] == "ADP" and self.lower[k] == "of"):
                return None
            nouns += self.pos[k] in NOMINAL
            k -= 1
        if self.lower[k] != "," or k <= lo or not nouns or self.pos[k + 1] != "DET":
            return None
        return (lo, k - 1), self.chars(k + 1, i - 1)

    def writers_aside(self, i: int) -> bool:
        """'It is worth noting that ...', 'It is important to note that ...': a verb of saying under a 'be' whose
        subject is 'it' and whose complement is one of patterns/reporting.yaml aside_adjectives."""
        v, adjective = i, False
        for _ in range(2):
            if self.dep[v] not in ("xcomp", "acomp") or self.head[v] == v:
                break
            v = self.head[v]
            adjective = adjective or self.lemma[v] in self.pat.aside_adjectives
        s = self.subj.get(v)
        if self.lemma[v] != "be" or s is None or self.lower[s] != "it":
            return False
        return adjective or any(self.head[k] == v and self.dep[k] == "acomp"
                                and self.lemma[k] in self.pat.aside_adjectives for k in range(v + 1, i))

    def joined_after(self, i: int) -> list[int]:
        """The clauses a reporting verb set after what it reports joins to it: a coordinated clause ("A
        blamed B, the witness said, and C broke away") or a clause of time or cause after a comma ("A
        collapsed, X testified, after soldiers arrested B"), both of which the parser hangs on the verb."""
        joined = [c for c in self.ccomps.get(i, ()) if c > i and c not in self.that_mark and any(
            self.head[k] == i and self.dep[k] == "cc" for k in range(i + 1, self.left[c]))]
        for c in range(i + 1, self.right[i] + 1):
            if self.head[c] == i and self.dep[c] == "advcl" and c in self.subj and self.lower[self.left[c] - 1] == "," \
                    and self.lower[self.left[c]] in _REPORTED_ADVERBIALS:
                joined.append(c)
        return joined

    def as_reported(self, i: int) -> None:
        """'As X notes, G fought H' / 'G, as prosecutors noted, fought H': the clause an 'as' aside with a
        reporting verb hangs on (the parser may hang it on a name, or tag the verb a noun) is X's account."""
        v = self.head[i]
        if self.lower[i] != "as" or self.dep[i] != "mark" or v == i or not (
                self.lemma[v] in self.pat.verbs or self.lower[v] in self.pat.verbs) or self.dep[v] not in (
                "advcl", "relcl", "parataxis"):
            return
        speaker = self.speaker_of(v)
        root = v
        while self.head[root] != root:
            root = self.head[root]
        lo, hi = self.clause(root)
        rng = self.chars(max(lo, self.sent_lo[i]), min(hi, self.sent_hi[i]))
        if rng is not None and speaker is not None:
            self.found.append(_Found(rng[0], rng[1], REPORTED, self.lemma[v], speaker, self.idx[v]))

    def colon_lead_in(self, i: int) -> None:
        """'His lawyers' line back then: X was ...' / 'What the defence says, and has said for a decade: X ...':
        a lead-in that opens its sentence with someone's account (an owned noun of lead_in_nouns, with no verb
        of its own) or with 'what X says', then a colon, makes the rest of the sentence that one's."""
        if self.lower[i] != ":" or self.q_of[i] >= 0:
            return
        lead = [k for k in range(self.sent_lo[i], i) if self.is_word[k] and not self.lower[k].isdigit()]
        if not lead or len(lead) > 12:
            return
        cue = speaker = None
        if self.lower[lead[0]] == "what":
            cue = next((k for k in lead if self.is_verb_cue(k)), None)
            speaker = self.speaker_of(cue) if cue is not None else None
        elif not any(self.pos[k] in ("VERB", "AUX") for k in lead):
            cue = next((k for k in reversed(lead) if self.pos[k] == "NOUN" and self.lemma[k] in self.pat.lead_in_nouns
                        and (self.head[k] == k or self.head[k] >= i)), None)
            poss = self.first_kid.get((cue, "poss")) if cue is not None else None
            case = next((k for k in range(poss + 1, i) if self.head[k] == poss and self.dep[k] == "case"), None) \
                if poss is not None else None
            speaker = self.phrase(poss, without=case) if poss is not None else None  # "His lawyers", not "'"
        if cue is not None and speaker is not None:
            self.emit_complement(cue, i + 1, self.sent_hi[i], self.lemma[cue], speaker, False)

    def colon_block(self, i: int) -> None:
        """'The indictment states:', 'Under cross-examination, X testified:', 'In its ruling the court found:' closing
        its paragraph with a colon: a reporting verb with no clause of its own introduces the next paragraph, which is
        its speaker's (a quote there gets the speaker too). One paragraph only: where a block ends is not written."""
        if self.q_of[i] >= 0 or not self.pars:
            return
        p = self.par_of(self.idx[i])
        if p + 1 >= len(self.pars) or self.text[self.tok_end[i]:self.pars[p][1]].strip():
            return
        cue = next((k for k in range(i - 1, self.sent_lo[i] - 1, -1) if self.is_verb_cue(k) or self.reads(k)), None)
        if cue is None or self.impersonal_passive(cue) is not None or self.passive[cue] \
                or self.complement(cue) is not None:
            return
        speaker = self.speaker_of(cue)
        if speaker is None:
            return
        s, e = self.pars[p + 1]
        q = next((k for k, quote in enumerate(self.quotes) if quote.open == s), None)
        if q is not None:  # 'X said in a statement:' and a paragraph in quotation marks
            self.quote_attr.setdefault(q, _Attribution(self.lemma[cue], speaker, self.idx[cue]))
            return
        rng = self.trim(s, e)
        if rng is None or self.ends_lead_in(rng[0]):
            return
        kind = HEARSAY if self.anonymous(speaker) else REPORTED
        self.found.append(_Found(rng[0], rng[1], kind, self.lemma[cue], speaker, self.idx[cue], block=True))

    def reads(self, k: int) -> bool:
        """'The indictment reads', 'the banner read': a document as the subject of 'read'."""
        s = self.subj.get(k)
        return (self.lemma[k] == "read" or self.lower[k] in ("read", "reads")) and s is not None \
            and self.lemma[s] in self.pat.read_documents

    def before_conceded(self, c: int, hi: int) -> int:
        """The end of a reported clause before a concession that has a speaker of its own: in "X insisted
        that Y is alive, although the government announced that police had killed him" the killing is the
        government's word, not X's."""
        for k in range(c + 1, hi + 1):
            if self.head[k] == c and self.dep[k] == "advcl" and self.is_verb_cue(k) and self.subj.get(k) is not None \
                    and any(self.head[m] == k and self.dep[m] == "mark" and self.lower[m] in _CONCEDING
                            for m in range(self.left[k], k)):
                return min(hi, self.left[k] - 1)
        return hi

    def passive_with_agent(self, i: int) -> None:
        """ "X is said by local press to have sided with G", "X is alleged by prosecutors to have led G": the
        agent asserts the infinitive clause and its subject (the passive stays a certainty cue)."""
        agent, clause, s = self.first_kid.get((i, "agent")), self.first_kid.get((i, "xcomp")), self.subj.get(i)
        by = self.first_kid.get((agent, "pobj")) if agent is not None else None
        if by is None or clause is None or s is None or clause < i:
            return
        self.emit_complement(i, min(self.left[s], i), self.right[clause], self.lemma[i], self.speaker_phrase(by), False)

    def citing(self, i: int, lo: int) -> tuple[int, int] | None:
        """What a reporting verb's speaker cites between the verb and what it reports: 'X reported,
        citing police intelligence, that ...' (the parser may hang 'citing' on the reported clause, or on the
        verb of a 'that' clause it read as adverbial), or before the verb: 'Citing police sources, X reported that ...',
        'The newspaper X, citing a state report, said ...' (hung on the verb or on its subject)."""
        for v in (i, self.head[i], self.head[lo]):
            for k in range(i + 1, lo):
                if self.head[k] == v and self.dep[k] == "advcl" and self.lemma[k] in self.pat.citing_verbs:
                    cited = self.first_kid.get((k, "dobj"))
                    return self.phrase(cited) if cited is not None else None
        s = self.subj.get(i)
        for k in range(max(self.left[i], self.sent_lo[i]), i):
            if self.lemma[k] in self.pat.citing_verbs and self.tag[k] == "VBG" and (
                    self.head[k] == i and self.dep[k] == "advcl" or self.head[k] == s and self.dep[k] == "acl"):
                cited = self.first_kid.get((k, "dobj"))
                return self.phrase(cited) if cited is not None else None
        return None

    def relative_report(self, i: int) -> None:
        """ "two brothers who prosecutors say lead G", "a gang that police believe controls P": a
        relative pronoun, a speaker and a reporting verb, read from the words because the parser
        often makes the verb after them the root. The speaker asserts the rest of the clause, up to
        the next comma."""
        if self.lower[i] not in _RELATIVES or self.tag[i] not in ("WP", "WDT"):
            return
        j = i + 1
        while j < self.n and j - i <= _SPEAKER_WORDS and self.pos[j] in _SPEAKER_POS:
            j += 1
        if j == i + 1 or j + 1 >= self.n or self.pos[j - 1] not in ("NOUN", "PROPN") or self.pos[j] != "VERB" \
                or self.tag[j] not in _FINITE_TAGS or not self.is_verb_cue(j):
            return
        lo = j + 1
        if self.pos[lo] not in ("VERB", "AUX"):
            return  # "who police say was ..." / "that officials believe controls ...": a verb follows
        hi = lo
        while hi < self.sent_hi[i] and self.lower[hi + 1] not in _CLAUSE_ENDS:
            hi += 1
        self.emit_complement(j, lo, hi, self.lemma[j], (self.idx[i + 1], self.tok_end[j - 1]), False)

    def cited_works(self) -> None:
        """'G allied with H in 2015 (Ruiz, 2019).': what a sentence says before an author-year citation is the
        cited work's (citations.py), from the sentence's start or the citation before it in the sentence."""
        previous_end = -1
        for citation in citations(self.text):
            tok = self.tok_at(citation.start)
            sentence_start = self.idx[self.sent_lo[tok]]
            rng = self.trim(max(sentence_start, previous_end), citation.start)
            previous_end = citation.end
            if rng is not None:
                self.found.append(_Found(rng[0], rng[1], ACCORDING_TO, "citation",
                                         (citation.inner_start, citation.inner_end), citation.start))

    def interview_answers(self) -> None:
        """The answers of a question-and-answer text are the interviewee's words (interviews.py)."""
        people = [(e.start_char, e.end_char) for e in self.doc.ents if e.label_ in ("person", "PERSON")]
        for a in answers(self.text, self.pars, people):
            self.found.append(_Found(a.start, a.end, QUOTE, "answer", (a.speaker_start, a.speaker_end), -1))
        for letter in letters(self.text, self.pars, people):  # a letters page: each letter is its signer's
            writer = None if letter.writer_start is None or letter.writer_end is None \
                else (letter.writer_start, letter.writer_end)
            self.found.append(_Found(letter.start, letter.end, QUOTE if writer else HEARSAY, "letter", writer, -1))

    def claim_labels(self) -> None:
        """'CLAIM: X leads G.', 'Claim 2: ...': a fact-check's paragraph that opens with the claim it checks is the
        claimant's (unnamed), not the article's; the verdict after it is read as any text."""
        labels = self.pat.claim_labels
        if not labels:
            return
        for s, e in self.pars:
            match = _claim_label(labels).match(self.text, s, e)
            if match is None:
                continue
            q = next((k for k, quote in enumerate(self.quotes) if quote.open == match.end()), None)
            if q is not None:  # 'CLAIM 1: "The army captured X." VERDICT: FALSE': the quote is the claimant's
                self.quote_attr.setdefault(q, _Attribution("claim", None, s))
                continue
            stop = _SENTENCE_END.search(self.text, match.end(), e)
            rng = self.trim(match.end(), stop.start() + 1 if stop else e)
            if rng is not None and not any(c in self.text[rng[0]:rng[1]] for c in '"\u201c\u201d'):
                # its first sentence, when it quotes no one: 'Claim: X leads G. FALSE.'; a description of the
                # claim ('THE CLAIM: A photo shared ... shows a banner announcing that "..."') is the article's
                self.found.append(_Found(rng[0], rng[1], HEARSAY, "claim", None, s))

    def cited_by(self, t: int) -> tuple[int, int] | None:
        """What a source cites in a relative clause: "the report, which cites documents of X"."""
        for r in self.noun_clauses.get(t, ()):
            cited = self.first_kid.get((r, "dobj"))
            if self.dep[r] == "relcl" and cited is not None and (
                    self.lemma[r] in self.pat.citing_verbs or self.lower[r] in self.pat.citing_verbs):
                return self.phrase(cited)
        return None

    def describe_cue(self, i: int) -> None:
        """ "Prosecutors describe the group as a splinter of X": the describer asserts object and
        "as" phrase. A passive ("is described as") is a certainty cue, not a source."""
        if self.pos[i] != "VERB" or (self.lemma[i] not in self.pat.describing_verbs
                                     and self.lower[i] not in self.pat.describing_verbs):
            return
        if self.passive[i] or self.dep[i] in ("acl", "amod"):
            return
        d = self.first_kid.get((i, "dobj"))
        if d is None or d < i:
            return
        as_phrase = next((p for p in [*self.preps.get(i, ()), *self.preps.get(d, ())] if self.lower[p] == "as"), None)
        if as_phrase is None and self.tag[d] == "NNS" and self._colon_after(d, i):
            as_phrase = self.sent_hi[i]  # "the report describes three factions (of G): A, B and C": its word
        if as_phrase is None:
            return
        hi = max(self.right[d], self.right[as_phrase])
        hi = max([hi] + [self.right[k] for k in range(hi + 1, self.right[i] + 1) if self.head[k] == i
                         and self.dep[k] == "dobj"])  # "regard X as its founder and, until 2019, its leader"
        if hi + 1 < self.n and self.lower[hi + 1] == ":":  # "describe it as a family business: X founded it"
            hi = self.sent_hi[i]
        self.emit_complement(i, self.left[d], hi, self.lemma[i], self.speaker_of(i), False)

    def _colon_after(self, noun: int, verb: int) -> bool:
        """A colon closes the noun's own words ('three factions of G:'), with no verb between."""
        for k in range(noun + 1, self.sent_hi[verb] + 1):
            if self.lower[k] == ":":
                return True
            if self.pos[k] in ("VERB", "AUX") or self.lower[k] in (",", ";"):
                return False
        return False

    def complement(self, i: int) -> tuple[int, int] | None:
        """Tokens of what the reporting verb ``i`` reports."""
        ccomps = self.ccomps.get(i, ())
        marked = [c for c in ccomps if c > i and c in self.that_mark]  # "X was cautious: its authors wrote that"
        for c in marked + [c for c in ccomps if c not in marked]:
            if not self.semicolon_between(c, i):  # "X was detained; prosecutors said she ...": not X
                lo, hi = self.clause(c)
                if c < i and self.right[c] < i and not self.semicolon_between(c, self.right[c]):
                    hi = self.right[c]  # "A holds P, and B fights C, officials said": both clauses
                elif c > i and any(self.lower[k] == ":" for k in range(i + 1, lo)) \
                        and not self.semicolon_between(c, self.sent_hi[i]):
                    hi = max(hi, self.right[c])  # "X alleges the following: A, and B": both clauses
                return lo, self.before_conceded(c, hi)
        for c in range(i + 1, self.right[i] + 1):  # misparse: "reported in 2022, citing X, that Y ..." as an advcl
            mark = self.that_mark.get(c, -1)
            if self.head[c] == i and self.dep[c] == "advcl" and mark > i and self.lower[mark - 1] in (",", "\u2014"):
                return mark, self.clause(c)[1]
        g = self.first_kid.get((i, "xcomp"))
        if g is not None and g > i and self.tag[g] == "VBG" and self.lemma[i] in _REJECTING:
            # "X has denied leading G": X's word (an admission, "admitted running G", stays the article's fact)
            return self.clause(g)
        d = self.first_kid.get((i, "dobj"))
        if d is not None and d > i and self.lemma[i] in _REJECTING and self.lemma[d] in _DENIED_NOUNS:
            return self.left[d], self.right[d]  # "X denied any pact with G": X's word
        if d is not None and d > i and self.lemma[i] not in _REJECTING and \
                self.lemma[d] in self.pat.announced_event_nouns:
            return self.left[d], self.right[d]  # "the army announced the arrest of X": the event is the army's word
        h = self.head[i]
        if self.dep[i] == "ccomp" and h > i and self.that_mark.get(h, -1) > i:
            return self.that_mark[h], self.right[h]  # "X reported, citing Y, that Z ...", parsed with Z as root
        if self.dep[i] == "relcl":  # "the group, which officials say fought X": what they say of it
            clausal = next((k for k in range(i + 1, self.right[i] + 1) if self.head[k] == i
                            and self.dep[k] in ("xcomp", "ccomp")), None)
            if clausal is not None:
                return self.clause(clausal)
            nxt = self.right[i] + 1  # "two men who police say lead G", parsed as two relative clauses
            if nxt <= self.sent_hi[i] and self.head[nxt] == h and self.dep[nxt] == "relcl" and self.pos[nxt] == "VERB":
                return self.clause(nxt)
        if self.dep[i] == "parataxis" and h != i:  # "“…,” a spokesman said" / "X, police said, …"
            lo, hi = self.clause(h, conj=self.head[h] == h and self.left[i] > h)  # "A, police said, and B"
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
        if d is not None and d > i and self.lemma[i] in _TELLING:
            # misparse: "telling a judge [he had run G]" read as a relative clause of the hearer
            for r in range(d + 1, self.right[d] + 1):
                s = self.subj.get(r)
                if self.head[r] == d and self.dep[r] == "relcl" and s is not None and self.tag[s] == "PRP":
                    return self.clause(r)
        if d is not None and d > i:  # misparse: "warning [the deal] could ..." -> dobj + verb
            nxt = self.right[d] + 1
            if nxt <= self.sent_hi[i] and self.tag[nxt] in _FINITE_TAGS:
                v = self.head[nxt] if self.dep[nxt] in ("aux", "auxpass") else nxt
                if self.right[d] < v <= self.sent_hi[i]:
                    return self.left[d], min(max(self.right[d], self.right[v]), self.sent_hi[i])
            if self.lemma[i] in _SAYING and self.right[d] - self.left[d] >= 2:
                return self.left[d], self.right[d]  # misparse: "said [the two groups traffic meth]"
        return None

    def noun_cue(self, i: int, misread: bool = False) -> None:
        if (self.pos[i] != "NOUN" and not misread) or (
                self.lemma[i] not in self.pat.nouns and self.lower[i] not in self.pat.nouns
                and not (self.lemma[i] in _IDEAS and self.dep[i] == "dobj" and self.lemma[self.head[i]] in _REJECTING)):
            return  # a noun of report ("claims that ..."), or an idea rejected ("rejected the idea that ...")
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
                    h = self.head[i]
                    if speaker is None and h == i and self.tag[i] == "NNS":
                        speaker = self.misread_subject(i)  # "A viral video claims that ...": the video speaks
                    if speaker is None and self.dep[i] == "dobj" and self.lemma[h] in _REJECTING:
                        speaker = self.speaker_of(h)  # "X rejected the claim that ...": X speaks
                    if speaker is None and self.dep[i] == "pobj" and self.lower[h] in _MEDIUM_PREPS \
                            and self.is_verb_cue(self.head[h]):
                        speaker = self.speaker_of(self.head[h])  # "X said in a statement that ...": X speaks
                self.emit_complement(i, self.that_mark[c], self.right[c], self.lemma[i], speaker,
                                     impersonal=speaker is None)
                return

    def misread_subject(self, i: int) -> tuple[int, int] | None:
        """'A viral video claims that ...' parsed as one noun 'video claims' at the root of its sentence: the words
        before the verb read as a noun ('A viral video') are its subject."""
        if self.left[i] >= i or self.sent_lo[i] != self.left[i] or self.pos[i - 1] not in ("NOUN", "PROPN") \
                or self.dep[i - 1] != "compound":
            return None
        return self.chars(self.left[i], i - 1)

    def hearsay_adverb(self, i: int) -> None:
        cue = self.pat.hearsay_adverbs.get(self.lower[i])
        if cue is None or self.in_phrase[i]:
            return
        h = self.head[i]
        for _ in range(MAX_CLIMB):
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
        if self.lower[i] in self.pat.view_preps:
            self.owned_view(i)
        for words in self.pat.first_words.get(self.lower[i], ()):
            last = i + len(words) - 1
            if last >= self.n or last > self.sent_hi[i]:
                continue
            if all(self.lower[i + k] == w for k, w in enumerate(words)):
                if words in self.pat.asides and not self.set_off(i, last):
                    return
                for k in range(i, last + 1):
                    self.in_phrase[k] = 1
                self.emit_according(i, last, self.pat.according_to[words])
                return

    def set_off(self, first: int, last: int) -> bool:
        """The phrase first..last and its object stand apart from their sentence: a comma (or the sentence's start)
        before, and a comma, a bracket or the sentence's end after ('Among them, per press reports, were ...')."""
        x = self.first_kid.get((last, "pobj"))
        if x is None:
            return False
        after = self.right[x] + 1
        return (first == self.sent_lo[first] or self.lower[first - 1] in (",", "(")) and (
            after > self.sent_hi[first] or self.lower[after] in (",", ")", ".", ";"))

    def owned_view(self, i: int) -> None:
        """'In her view, G has broken with H', 'a group that, in his account, works with G', 'in the opinion of
        prosecutors': a singular view noun (patterns/reporting.yaml view_nouns) owned by someone names them as the
        source of the clause the phrase modifies, as 'according to' does. A modified noun is someone's thing, not
        their reading ('in his bank account'), and 'by his own account' is the clause's subject's own word."""
        x = self.first_kid.get((i, "pobj"))
        if self.dep[i] != "prep" or x is None or self.tag[x] != "NN" or self.lemma[x] not in self.pat.view_nouns \
                or any(self.head[k] == x and self.dep[k] in ("compound", "amod") for k in range(self.left[x], x)) \
                or self._view_owner(x) is None:
            return
        self.in_phrase[i] = 1
        self.emit_according(i, i, "view")

    def _view_owner(self, x: int) -> int | None:
        """Who owns the view noun x: its possessor ('his', 'the prosecutors''), or its 'of' object ('the opinion
        of X'); a pronoun other than 'his' or 'her' ('its', 'their') is left alone."""
        owner = self.first_kid.get((x, "poss"))
        if owner is None:
            of = next((p for p in self.preps.get(x, ()) if self.lower[p] == "of"), None)
            owner = self.first_kid.get((of, "pobj")) if of is not None else None
        if owner is None or self.pos[owner] == "PRON" and self.lower[owner] not in ("his", "her"):
            return None
        return owner

    def emit_according(self, first: int, last: int, cue: str) -> None:
        x = self.first_kid.get((last, "pobj"))
        if x is None:
            nxt = last + 1
            if nxt > self.sent_hi[first] or self.pos[nxt] not in NOMINAL | {"DET", "ADJ"}:
                return
            x = nxt
            while self.head[x] != x and self.head[x] > last and self.head[x] <= self.sent_hi[first] and (
                    self.pos[self.head[x]] in NOMINAL):
                x = self.head[x]
        source = x
        if self.lemma[x] in self.pat.view_nouns and (owner := self._view_owner(x)) is not None:
            source = owner  # "according to Ruiz's version", "in her view": Ruiz, she
        if self.lemma[x] in _hypothesis_nouns() and not any(
                self.pos[k] == "PROPN" for k in range(self.left[x], self.right[x] + 1)):
            return  # "according to the lines of investigation": a working hypothesis, hedged (modality.py), no speaker
        if self.lemma[x] in self.pat.container_nouns or self.lower[x] in self.pat.container_nouns:
            # "data from Y", also "the allegations contained in the Indictment": Y, the Indictment
            held = [(p, self.pat.container_preps) for p in self.preps.get(x, ())] + [
                (p, _HOLDING_PREPS) for c in self.noun_clauses.get(x, ()) if self.dep[c] == "acl" and c > x
                for p in self.preps.get(c, ())]
            for p, preps in held:
                obj = self.first_kid.get((p, "pobj"))
                if self.lower[p] in preps and obj is not None:
                    source = obj
                    break
        case = next((k for k in range(source + 1, self.right[source] + 1) if self.head[k] == source
                     and self.dep[k] == "case"), None) if source != x else None
        speaker = self.phrase(source, without=case) if case is not None else self.speaker_phrase(source)
        # the phrase hangs from the clause it modifies
        anchor = next((k for k in range(first, last + 1)
                       if not first <= self.head[k] <= last or self.head[k] == k), first)
        pp_lo = min(first, self.left[anchor])
        pp_hi = max(self.right[anchor], self.right[x])
        told = self.misread_apposition(x)
        if told is not None:  # "X was her partner and, according to prosecutors, a representative of G"
            speaker, pp_hi = self.phrase(x, without=told), self.left[told] - 1
        h = self.head[anchor]
        if h == anchor:
            lo, hi = self.sent_lo[first], self.sent_hi[first]
        else:
            for _ in range(MAX_CLIMB):
                if self.pos[h] in ("VERB", "AUX") or self.head[h] == h:
                    break
                h = self.head[h]
            whole = pp_lo == self.sent_lo[first] and self.head[h] == h
            if not whole and self.dep[h] == "conj" and h not in self.subj and self.closes_sentence(pp_lo, pp_hi):
                h = self.head[h]  # "G grew in P and now sells Y, according to X": both verbs of G are X's
            # "According to X, A, and B": a phrase opening the sentence speaks for all its main clauses
            lo, hi = self.clause(h, anchor=first, conj=whole)
        lead_in = self.lead_in_scope(pp_lo, pp_hi)
        if lead_in is not None:  # "According to the allegations in the Indictment:" alone in its paragraph
            self.found.append(_Found(lead_in[0], lead_in[1], ACCORDING_TO, cue, speaker, self.idx[first], block=True))
            return
        lo, hi = self.trim_tokens(max(lo, self.sent_lo[first]), min(hi, self.sent_hi[first]))
        rng = self.chars(lo, hi)
        rng = self.clip(*rng, first) if rng else None
        if rng is None:
            return
        s, e = rng
        ps, pe = self.idx[pp_lo], self.tok_end[pp_hi]
        if ps <= s < pe or told is not None and s < ps:  # "According to X, ...", "... and, according to X, ..."
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
        colon = ":" in self.text[pe:rng[0]] if pe <= rng[0] else self.text[rng[1]:rng[1] + 3].lstrip()[:1] == ":"
        if colon and self.sent_lo[first] == first:
            # "According to X, the charges show: A. B.": X's account runs to the end of the paragraph
            rng = (rng[0], self.par_bounds(rng[0])[1])
        self.found.append(_Found(rng[0], rng[1], ACCORDING_TO, cue, speaker, self.idx[first]))
        cited = self.cited_by(self.speaker_token(source)) or self.cited_by(source)
        if cited is not None:  # "according to a statement from X, which cited intelligence from Y"
            self.found.append(_Found(rng[0], rng[1], ACCORDING_TO, cue, cited, self.idx[first]))

    def closes_sentence(self, lo: int, hi: int) -> bool:
        """The phrase lo..hi is set off by a comma at the end of its sentence ('..., according to X.'): it speaks
        for every verb of the clause before it, not only the last ('A and B, according to X' with two clauses of
        their own stays the last one's: 'G is thought to be led by Y, and its men killed Z, according to the UN')."""
        return lo > self.sent_lo[lo] and self.lower[lo - 1] == "," and all(
            not self.is_word[k] for k in range(hi + 1, self.sent_hi[lo] + 1))

    def misread_apposition(self, x: int) -> int | None:
        """An 'apposition' of a plural source that is a singular noun ('according to US prosecutors, a
        representative of G'): what the source says of the clause's subject, not another name of the source."""
        k = self.first_kid.get((x, "appos"))
        if k is None or k < x or self.tag[x] not in ("NNS", "NNPS") or self.tag[k] not in ("NN", "NNP"):
            return None
        det = self.first_kid.get((k, "det"))
        return k if det is not None and self.lower[det] in ("a", "an") else None

    def lead_in_scope(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The paragraphs a lead-in speaks for, when the phrase lo..hi and a colon are all of its
        paragraph ("According to the Indictment:"): from the next paragraph up to, not including, one
        that opens with a charge or sentence (patterns/reporting.yaml lead_in_ends), a heading (no
        verb) or a source cue of its own at the head of its first sentence; None for any other phrase."""
        while hi > lo and self.lower[hi].strip() in ("", ":", ",", "."):
            hi -= 1  # the phrase of a root 'According' takes the colon in
        ps, pe = self.par_bounds(self.idx[lo])
        if self.text[ps:self.idx[lo]].strip() or self.text[self.tok_end[hi]:pe].strip() != ":":
            return None
        p = self.par_of(self.idx[lo]) + 1
        start, end = (self.pars[p][0] if p < len(self.pars) else pe), pe
        while p < len(self.pars) and not self.ends_lead_in(self.pars[p][0]):
            end = self.pars[p][1]
            p += 1
        return (start, end) if end > start else None

    def ends_lead_in(self, char: int) -> bool:
        t = self.tok_at(char)
        if t >= self.n:
            return True
        root = next((k for k in range(self.sent_lo[t], self.sent_hi[t] + 1) if self.head[k] == k), t)
        if self.pos[root] not in ("VERB", "AUX"):
            return not any(self.pos[k] in ("VERB", "AUX") for k in range(self.sent_lo[t], self.sent_hi[t] + 1))
        return self.lemma[root] in self.pat.lead_in_ends or self.is_verb_cue(root) \
            or self.lower[self.sent_lo[t]] == "according"

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

    def attribution(self, cue: int, quote: Quote) -> _Attribution | None:
        impersonal = self.impersonal_passive(cue)
        if impersonal is False:
            return None
        speaker = self.apart(self.speaker_of(cue), quote.open, quote.end)
        return _Attribution(self.lemma[cue], speaker, self.idx[cue])

    def intro_cue(self, q: Quote) -> _Attribution | None:
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

    def after_cue(self, q: Quote) -> _Attribution | None:
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
                    if between is None and j + 1 < self.n and self.pos[j + 1] in NOMINAL | {"DET"}:
                        x = j + 1
                        while self.head[x] > x and self.head[x] <= min(self.n - 1, j + 6) and (
                                self.pos[self.head[x]] in NOMINAL):
                            x = self.head[x]
                        between = self.phrase(x)
                    attr.speaker = self.apart(between, q.open, q.end)
                return attr
            if self.pos[j] == "VERB":
                break
        return None

    def substantial(self, q: Quote) -> bool:
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
                block=f.block,
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


def find_sources(doc: Doc, text: str | None = None) -> list[SourceSpan]:
    """Every source span of a parsed document, sorted by start; spans may nest. ``text`` is the
    document's text when the caller has joined it already (``doc.text`` otherwise).

    Never raises on odd text: an unparseable stretch only loses its own spans.
    """
    pat = load_reporting_patterns()  # a broken packaged pattern file raises ExtractError
    try:
        return _Finder(doc, pat, text).run()
    except Exception:
        log.warning("attribution failed on a document of %d characters", len(doc.text), exc_info=True)
        return []
