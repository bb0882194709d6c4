"""The parsed text the attribution finder works on, and how it names speakers.

:class:`ParsedText` copies what it needs from a spaCy Doc into plain arrays, indexes subjects,
passives, complements and sentences, and answers: the clause of a verb, the noun phrase of a head,
the speaker of a reporting verb (its subject, its agent, or the subject of the verb it hangs from),
whether a speaker is anonymous ("sources", "officials").
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from spacy.attrs import DEP, HEAD, IDX, IS_ALPHA, LEMMA, LENGTH, LIKE_NUM, LOWER, POS, TAG

from testigo.extract.quotes import find_quotes, paragraphs
from testigo.extract.reporting import ReportingPatterns
from testigo.extract.tokens import edges, texts

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ParsedText"]

_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "prep", "acomp"})
_NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl", "appos"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_BALANCE_LIMIT = 400  # characters: speakers and short clauses get their brackets balanced
TRIM = " \t\r\n\v\f\u00a0\u2028\u2029,;:.!?-\u2013\u2014\u2026"
_MAX_SPEAKER_TOKENS = 30
MAX_CLIMB = 8
_DASHES = frozenset({"-", "\u2013", "\u2014"})


def institution_kinds(pat: ReportingPatterns) -> dict[str, tuple[str, ...]]:
    """The entity kinds a noun that names an institution again may stand for: 'the agency' an agency, 'the
    newspaper' a publication."""
    return {**{w: ("agency",) for w in pat.institution_nouns},
            **{w: ("publication",) for w in pat.publication_nouns}}


class ParsedText:
    """One parsed document as plain arrays copied from the Doc, with the indexes and helpers the
    attribution finder needs: clauses, phrases, and who the speaker of a cue is."""

    def __init__(self, doc: Doc, pat: ReportingPatterns, text: str | None = None) -> None:
        self.doc = doc
        self.text: str = doc.text if text is None else text  # Doc.text is joined anew at every call
        self.pat = pat
        self.institutions = institution_kinds(pat)
        n = len(doc)
        self.n = n
        self.has_dep = bool(n) and doc.has_annotation("DEP")
        self.has_tag = bool(n) and doc.has_annotation("TAG")
        self.has_lemma = bool(n) and doc.has_annotation("LEMMA")
        columns = doc.to_array([IDX, LENGTH, IS_ALPHA, LIKE_NUM]).tolist()  # read as arrays: no Token made
        self.idx = [row[0] for row in columns]
        self.tok_end = [row[0] + row[1] for row in columns]
        self.lower = texts(doc, LOWER)
        self.is_word = [bool(row[2] or row[3]) for row in columns]
        self.pos = texts(doc, POS)
        self.tag = texts(doc, TAG) if self.has_tag else [""] * n
        self.lemma = texts(doc, LEMMA, str.lower) if self.has_lemma else list(self.lower)
        if self.has_dep:
            self.dep = texts(doc, DEP)
            self.head = [i + offset for i, offset in enumerate(doc.to_array(HEAD).view("int64").tolist())]
            self.left, self.right = edges(doc)  # each token's edges (shared with tokens.children: not changed)
        else:
            self.dep = [""] * n
            self.head = list(range(n))
            self.left = list(range(n))
            self.right = list(range(n))
        self._index_children()
        self._index_sentences()
        self.pars = paragraphs(self.text)
        self.par_starts = [s for s, _ in self.pars]
        self.quotes = find_quotes(self.text, self.pars, pat)
        self.quote_opens = [q.open for q in self.quotes]
        self.q_of = self._quote_of_tokens()
        self.in_phrase = bytearray(n)
        self.index_authors()

    # ----------------------------------------------------------------- indexes

    def _index_children(self) -> None:
        n = self.n
        self.subj: dict[int, int] = {}
        self.passive = bytearray(n)
        self.first_kid: dict[tuple[int, str], int] = {}
        self.that_mark: dict[int, int] = {}
        self.preps: dict[int, list[int]] = {}
        self.ccomps: dict[int, list[int]] = {}
        self.agents: dict[int, int] = {}
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
            if d in ("ccomp", "dobj", "agent", "poss", "pobj", "xcomp", "det", "appos"):
                self.first_kid.setdefault((h, d), i)
            if d == "mark" and self.lower[i] == "that":
                self.that_mark.setdefault(h, i)
            if d == "prep":
                self.preps.setdefault(h, []).append(i)
            if d == "ccomp":
                self.ccomps.setdefault(h, []).append(i)
            if d == "agent":
                self.agents.setdefault(h, i)
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
        if self.pos[i] != "VERB" or self.in_phrase[i]:
            return False
        lemma, verbs = self.lemma[i], self.pat.verbs
        return lemma in verbs or self.lower[i] in verbs or (lemma in self.pat.belief_verbs and not self.passive[i])

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

    def trim(self, s: int, e: int, chars: str = TRIM) -> tuple[int, int] | None:
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
            while e > s and text[e - 1] in TRIM:
                e -= 1
        elif closed == opened + 1 and seg.endswith(")"):
            e -= 1
            while e > s and text[e - 1] in TRIM:
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

    def semicolon_between(self, a: int, b: int) -> bool:
        lo, hi = min(a, b), max(a, b)
        k = bisect.bisect_right(self.semicolons, lo)
        return k < len(self.semicolons) and self.semicolons[k] < hi

    def clause(self, h: int, anchor: int | None = None, conj: bool = False) -> tuple[int, int]:
        """Tokens of the clause headed by ``h``: without a coordinated clause that has its own
        subject and no "that" of its own (unless ``conj``: the whole coordination), and without what a
        semicolon sets apart from ``anchor``."""
        lo, hi = self.left[h], self.right[h]
        c = self.conj_clause.get(h)
        if c is not None and self.left[c] > h and c not in self.that_mark and not conj:
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
        lo = self._after_label(lo, t)
        if hi > t and self.lower[hi] in (")", "confidence"):  # "authorities (high confidence)": a brief's label
            opening = next((k for k in range(hi - 1, t, -1) if self.lower[k] == "("), None)
            if opening is not None and any(self.lower[k] == "confidence" for k in range(opening, hi + 1)):
                hi = opening - 1
        lo, hi = self.trim_tokens(lo, hi)
        return self.chars(lo, hi)

    def _after_label(self, lo: int, t: int) -> int:
        """Where a phrase headed by ``t`` starts once a line's label before it is left out: a turn's
        label ("REPORTER (Proceso): ..."), a heading ("CDN and Los Mayos: several outlets ...") or a live
        blog's time ("12:50 - Noboa said ..."). A noun phrase does not run back over a colon or a
        spaced dash before its head."""
        for k in range(t - 1, lo - 1, -1):
            if self._colon(k) or self.lower[k] in _DASHES and self._spaced(k):
                return k + 1
        return lo

    def _colon(self, k: int) -> bool:
        """A colon, also glued to a closing bracket ("REPORTER (Proceso):" ends in one token '):')."""
        return self.pos[k] == "PUNCT" and ":" in self.lower[k]

    def _spaced(self, k: int) -> bool:
        before, after = self.idx[k] - 1, self.tok_end[k]
        return before >= 0 and self.text[before].isspace() and after < len(self.text) and self.text[after].isspace()

    def past_label(self, t: int) -> int:
        """The head naming who speaks when the parser made a turn's label the subject and the speaker its
        apposition: in "QUESTION (reporter): Minister, the state government reported that ..." the last
        apposition after the label's colon ("the state government"), past the one the turn addresses
        ("Minister,")."""
        colon = next((k for k in range(t + 1, self.right[t] + 1) if self._colon(k)), None)
        if colon is None:
            return self._past_vocative(t)
        told = [k for k in range(colon + 1, self.right[t] + 1) if self.dep[k] == "appos" and self.pos[k] in NOMINAL
                and self._apposed_to(k, t)]
        return told[-1] if told else t

    def _past_vocative(self, t: int) -> int:
        """'CORRESPONDENT: Laura, a lot of people here told me ...', 'QUESTION: Attorney General, the state
        government reported ...': a name or title alone between a turn's label and a comma is the person the turn
        addresses; the apposition after it is the subject."""
        lo = self._after_label(self.left[t], t)
        at_turn = lo != self.left[t] or lo > 0 and self._colon(lo - 1)  # the label may be a sentence of its own
        if not at_turn or t + 2 > self.right[t] or self.lower[t + 1] != "," \
                or not all(self.text[self.idx[k]].isupper() for k in range(lo, t + 1)):
            return t
        told = next((k for k in range(t + 2, self.right[t] + 1) if self.head[k] == t and self.dep[k] == "appos"), None)
        if told is None:
            return t
        has_det = self.pos[self.left[told]] == "DET" or self.dep[self.left[told]] == "poss" \
            or any(self.head[k] == told and self.dep[k] == "det" for k in range(t + 2, told))
        return told if has_det else t

    def _apposed_to(self, k: int, t: int) -> bool:
        """Whether ``k`` hangs from ``t`` through appositions only."""
        for _ in range(MAX_CLIMB):
            if self.dep[k] != "appos" or self.head[k] == k:
                return False
            k = self.head[k]
            if k == t:
                return True
        return False

    def speaker_of(self, cue: int) -> tuple[int, int] | None:
        """The speaker phrase of a reporting verb: its subject, or that of the verb it hangs from."""
        v = cue
        for _ in range(MAX_CLIMB):
            s = self.subj.get(v)
            if s is not None:
                if self.dep[s] == "expl" or (self.passive[v] and self.lower[s] in self.pat.expletives):
                    return None
                if self.dep[v] == "relcl" and self.tag[s] in ("WP", "WDT"):
                    own = next((k for k in range(s + 1, v) if self.head[k] == v and self.dep[k] == "nsubj"), None)
                    if own is not None:  # "which officials say fought X": the officials
                        return self.speaker_phrase(own)
                    return self.phrase(self.head[v], without=v)
                return self.speaker_phrase(s)
            if self.passive[v]:
                agent = self.first_kid.get((v, "agent"))
                obj = self.first_kid.get((agent, "pobj")) if agent is not None else None
                if obj is not None:
                    return self.speaker_phrase(obj)
            h = self.head[v]
            if self.dep[v] == "acl" and self.pos[h] in NOMINAL:
                return self.phrase(h, without=v)
            if self.dep[v] == "advcl" and self.dep[h] == "relcl" and h < v and self.head[h] < h:
                s = self.subj.get(h)  # "the officials I spoke to said ...", parsed with 'said' under 'spoke'
                if s is not None and self.tag[s] == "PRP" and self.lower[s] in ("i", "we"):
                    return self.phrase(self.head[h], without=h)
            if self.dep[v] in _CLIMB_DEPS and h != v:
                v = h
                continue
            break
        return None

    def speaker_phrase(self, t: int) -> tuple[int, int] | None:
        """The phrase naming who asserts what ``t`` says: for a document ("a report published by
        a consultancy", "a ranking by X") its author; for "the report" the author of the latest
        such document named before it; for "it" or "they" the subject they stand for; otherwise the
        phrase of ``t`` itself."""
        t = self.antecedent(self.past_label(t))
        author = self.speaker_token(t)
        if author == t:
            return self.phrase(t)
        relcl = next((c for c in self.noun_clauses.get(author, ()) if self.dep[c] == "relcl"), None)
        return self.phrase(author, without=relcl)  # "X, which cited Y": X (Y is nested, see attribution.py)

    def antecedent(self, t: int, *, before: int | None = None) -> int:
        """For 'it' / 'they' as speaker, the last subject noun of the same number before it (or before the
        token ``before``), in its sentence or the one before ('The indictment was unsealed. It says ...'); for
        'the agency', 'the newspaper', the institution named last before it there (``_institution``); else ``t``."""
        if self.pos[t] == "NOUN" and t in self.definite and self.lemma[t] in self.institutions:
            return self._institution(t)
        if self.pos[t] != "PRON" or self.lower[t] not in ("it", "they"):
            return t
        plural = self.lower[t] == "they"
        lo = self.sent_lo[self.sent_lo[t] - 1] if self.sent_lo[t] > 0 else self.sent_lo[t]
        start = t if before is None else min(t, before)
        for k in range(start - 1, lo - 1, -1):  # "The report says X ... It also describes Y as ...": the report;
            # "Officials describe G as a network through which officers protect shipments. They say ...": the officials
            if self.dep[k] == "nsubj" and self.pos[k] == "NOUN" and self.tag[k] == ("NNS" if plural else "NN") \
                    and self.head[k] < self.sent_lo[t] and (self.is_verb_cue(self.head[k]) or (
                        self.lemma[self.head[k]] in self.pat.describing_verbs and not self.passive[self.head[k]])):
                return k
        for k in range(start - 1, lo - 1, -1):
            if self.dep[k] in ("nsubj", "nsubjpass") and self.pos[k] in ("NOUN", "PROPN") \
                    and (self.tag[k] in ("NNS", "NNPS")) == plural and self.doc[k].ent_type_ != "person":
                return k
        return t

    def _institution(self, t: int) -> int:
        """'Europol said X. The agency also described Y': the head of the one agency (or, for 'the newspaper',
        publication) named in the sentence of ``t`` before it or in the one before, where 'the agency' has no
        words of its own ('the agency's director', 'the Dutch agency' stay as they are); else ``t``."""
        if any(self.head[i] == t and self.dep[i] not in ("det",) for i in range(max(t - 3, 0), t)):
            return t
        lo = self.sent_lo[self.sent_lo[t] - 1] if self.sent_lo[t] > 0 else self.sent_lo[t]
        kinds = self.institutions[self.lemma[t]]
        named = {self._name_head(k) for k in range(lo, t) if self.doc[k].ent_type_ in kinds}
        return named.pop() if len(named) == 1 else t

    def _name_head(self, k: int) -> int:
        """The token heading the name ``k`` is a word of."""
        kind = self.doc[k].ent_type_
        while self.head[k] != k and self.dep[k] != "conj" and self.doc[self.head[k]].ent_type_ == kind \
                and abs(self.head[k] - k) <= 6:  # ('the DEA and the FBI' are two)
            k = self.head[k]
        return k

    def speaker_token(self, t: int) -> int:
        """The head of who asserts what ``t`` says: the author of a document, else ``t``."""
        if self.is_authored(t):
            author = self.author_of(t)
            if author is None and t in self.definite:
                author = self.earlier_author(t)
            if author is not None:
                return author
        return t

    def earlier_author(self, t: int) -> int | None:
        """The author of the latest document named before ``t`` with the same noun, else of any."""
        k = bisect.bisect_left(self.authored_at, t) - 1
        for j in range(k, max(-1, k - 20), -1):
            if self.lemma[self.authored_at[j]] == self.lemma[t]:
                return self.authors[j]
        return self.authors[k] if k >= 0 else None

    def is_authored(self, t: int) -> bool:
        return self.pos[t] == "NOUN" and (self.lemma[t] in self.pat.authored_nouns
                                          or self.lower[t] in self.pat.authored_nouns)

    def author_of(self, t: int) -> int | None:
        """ "a report by X", "a report published by X", "a statement from X", "X's report": the token
        heading X."""
        poss = self.first_kid.get((t, "poss"))
        if poss is not None and self.pos[poss] in ("PROPN", "NOUN"):
            return poss
        for c in self.noun_clauses.get(t, ()):  # "a report it produced", "a statement the ministry issued"
            s = self.subj.get(c)
            if self.dep[c] == "relcl" and self.lemma[c] in self.pat.authoring_participles and s is not None \
                    and s < c and self.lower[s] not in ("which", "that", "who") and not self.passive[c]:
                return self.antecedent(s, before=self.left[t])  # 'it': named before the report's phrase
        for c in [t, *self.noun_clauses.get(t, ())]:
            if c != t and (self.dep[c] != "acl" or self.lemma[c] not in self.pat.authoring_participles):
                continue  # "a report seen by reporters": the reporters did not write it
            agent = self.agents.get(c)
            heads = [agent] if agent is not None else [
                p for p in self.preps.get(c, ()) if self.lower[p] == "by" or (c == t and self.lower[p] == "from")]
            for p in heads:
                obj = self.first_kid.get((p, "pobj"))
                if obj is not None:
                    return obj
        p = self.head[t]  # "In a separate filing, prosecutors describe ...": the prosecutors wrote it
        if self.dep[t] == "pobj" and self.lower[p] == "in" and self.dep[p] == "prep" and self.head[p] != p:
            s = self.subj.get(self.head[p])
            if s is not None and self.pos[s] in ("NOUN", "PROPN") and s > t:
                return s
        return None

    def index_authors(self) -> None:
        """Documents whose author the text names, in order, for a later "the report"."""
        self.authored_at: list[int] = []
        self.authors: list[int] = []
        if not self.has_dep:
            return
        for t in range(self.n):
            if self.is_authored(t):
                author = self.author_of(t)
                if author is not None:
                    self.authored_at.append(t)
                    self.authors.append(author)

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
