"""The person a pronoun from earlier sentences stands for, by salience (Lappin and Leass, 1994).

Every person named before the pronoun in its sentence and the sentences before scores each mention:
a base for being mentioned, more for the role the mention plays (a subject or a passive's doer more than
an object, an object more than a word inside a phrase, the possessor of a main clause's subject as a subject), more when
it heads its own noun phrase and when it
is not inside an adverbial phrase. Scores halve with every sentence back and add up over an entity's
mentions, so a person the text keeps talking about outweighs one named once in passing, and a person
named in the sentence just before outweighs the subject of a sentence further back: 'A was captured in
May, Sales said. The State Department had offered a reward for A's arrest. He is wanted in Texas' is A.

A name and the names set beside it in apposition ('X, alias "Y",', 'X, "Y",') are one mention: a nickname
does not make its bearer twice as salient as a person named once without one.
Earlier pronouns count for the person they were read as, so a chain of 'he' follows its person. A quoted
speaker ('Sales told reporters ...') is a mention like any other, but a name that labels a transcript's turn
or addresses someone ('Diego, what are people saying?') is none (``addressed``). The pronoun's gender must
fit ('she' and 'her' only a woman's given name, patterns/entities.yaml). With no candidate, None.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import relations
from testigo.extract.tokens import memo, shared_texts, tokens_of

__all__ = ["addressed", "described_by_relative", "quoting_speakers", "renamed", "resumed_topic", "salient_person",
           "signed"]

SENTENCES = 3  # how far back a pronoun reaches
TOPIC_REACH = 5  # how far back the person a text is about must have been a subject, for resumed_topic
MENTIONED = 100
ROLES = {"nsubj": 80, "nsubjpass": 80, "agent": 80, "attr": 70, "dobj": 50, "dative": 40, "oprd": 40}
HEAD = 80  # the mention is its phrase's head, not a word inside another noun phrase
NOT_ADVERBIAL = 50  # the mention is not inside an adverbial phrase ('in May', 'after X's arrest')
EMBEDDED = frozenset({"poss", "compound", "nmod", "amod"})
PERSON_PRONOUNS = {"he": False, "him": False, "his": False, "she": True, "her": True}


def salient_person(frame: Frame, head: Token, female: bool, *, role: Callable[[Token], str],
                   reads: Callable[[Token], Ref | None], is_female: Callable[[Frame, Ref], bool],
                   quoting: frozenset[str] = frozenset()) -> Ref | None:
    """The most salient person of the pronoun's gender before ``head``, in its sentence and the SENTENCES
    before, but not in the subject of its own clause ('His brother, X, took his place' is not X's place) nor
    the name its phrase renames ('X, his lieutenant'), nor the name a relative clause describes when the
    pronoun is the clause's object ('X, whose men seized him').
    ``role`` gives a mention's dependency (through appositions), ``reads`` what an earlier pronoun was read
    as, ``is_female`` a person's gender; ``quoting`` are the people whose direct quotation holds the pronoun
    (``quoting_speakers``), whom it does not stand for."""
    sentences = _sentence_starts(head)
    first = sentences[-1]
    bound = _own_subject(head) | renamed(head) | described_by_relative(head)
    scores: dict[str, float] = {}
    latest: dict[str, Ref] = {}
    phrases: dict[tuple[str, int], tuple[float, Ref]] = {}  # one mention a phrase: its best-placed name
    later: dict[str, tuple[tuple[str, int], int]] = {}  # the phrase and start of each person's next name
    for ref in frame.refs_before(head, "person"):
        if ref.span.start < first:
            break
        if ref.span.root.i in bound or is_female(frame, ref) != female or addressed(ref) or signed(ref) \
                or ref.entity_id in quoting:
            continue
        score = _weight(ref.span.root, role) * _decay(ref.span.start, sentences)
        phrase = (ref.entity_id, _phrase_of(ref.span.root))
        if ref.entity_id in later and _beside(head.doc[ref.span.end:later[ref.entity_id][1]]):
            phrase = later[ref.entity_id][0]  # 'X, "Y",' parsed apart: still one mention
        later[ref.entity_id] = (phrase, ref.span.start)
        if phrase not in phrases or phrases[phrase][0] < score:
            phrases[phrase] = (score, ref)
    for score, ref in phrases.values():
        _add(scores, latest, ref, score)
    tokens, lower = tokens_of(head.doc), shared_texts(head.doc, LOWER)  # the words as an array: no Token made
    for i in range(first, head.i):
        if PERSON_PRONOUNS.get(lower[i]) is not female or i in bound:
            continue
        token = tokens[i]
        read = reads(token)
        if read is not None and read.kind == "person":
            _add(scores, latest, Ref.at(token, read.entity_id, "person"),
                 _weight(token, role) * _decay(token.i, sentences))
    if not scores:
        return None
    best = max(scores, key=lambda entity: (scores[entity], latest[entity].span.start))
    return latest[best]


def resumed_topic(frame: Frame, head: Token, chosen: Ref, female: bool, *, role: Callable[[Token], str],
                  is_female: Callable[[Frame, Ref], bool]) -> Ref | None:
    """'General X was put in charge of the institute. ... Y, then director of the office, vouched for the man's
    honesty. It did not last the month. He was arrested on ...': a subject 'he' or 'she' after a sentence that
    names no person goes back to the person the text is about (named more often before it than anyone else of
    its sex, and a clause's subject in the TOPIC_REACH sentences before), not to one the salience reading
    chose that the text has named only once, with an office that makes them a witness (``_in_passing``). None
    when no such person stands out."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.sent.start == 0:
        return None
    previous = head.doc[head.sent.start - 1].sent
    if any(w.lower_ in PERSON_PRONOUNS or w.i < head.i and frame.name(w, "person") is not None
           for w in head.doc[previous.start:head.i]):
        return None  # the sentence before (or this one) names a person: the chain goes on
    counts: dict[str, int] = {}
    subject: dict[str, Ref] = {}
    named: dict[str, Ref] = {}
    first = _sentence_starts(head, TOPIC_REACH)[-1]
    for ref in frame.refs_before(head, "person"):
        if addressed(ref) or signed(ref):
            continue
        counts[ref.entity_id] = counts.get(ref.entity_id, 0) + 1
        named[ref.entity_id] = ref
        if ref.span.start >= first and role(ref.span.root) in ("nsubj", "nsubjpass"):
            subject.setdefault(ref.entity_id, ref)
    if counts.get(chosen.entity_id, 0) != 1 or not _in_passing(named[chosen.entity_id]):
        return None
    ranked = sorted(((n, i) for i, n in counts.items() if is_female(frame, subject.get(i, chosen)) == female
                     and i in subject), reverse=True)
    if not ranked or ranked[0][0] < 2 or any(n >= ranked[0][0] for i, n in counts.items() if i != ranked[0][1]
                                             and i != chosen.entity_id):
        return None
    return subject[ranked[0][1]] if ranked[0][1] != chosen.entity_id else None


def _in_passing(name: Ref) -> bool:
    """A person named with the office that makes them a witness to another's story ('X, then director of the
    office,', 'the US ambassador, X', 'X, a lawyer'): someone named in passing, not a new actor ('X, his
    accountant, fled')."""
    root = name.span.root
    nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    return any(n.lemma_.lower() in _witness_nouns() for n in nouns)


_witness_nouns = relations("official_titles", "state_offices", "speaker_nouns")


def quoting_speakers(frame: Frame, head: Token) -> frozenset[str]:
    """The people who speak the direct quotation the pronoun stands in: 'he' in their own words is someone
    else (X said: "He never worked for G")."""
    at = head.idx
    spans = [(s.speaker_start, s.speaker_end) for s in frame.sources if s.kind == "quote" and s.start <= at < s.end
             and s.speaker_start is not None and s.speaker_end is not None]
    return frozenset(r.entity_id for start, end in spans for r in frame.ents.refs
                     if r.kind == "person" and start <= r.span.start_char and r.span.end_char <= end)


def _add(scores: dict[str, float], latest: dict[str, Ref], ref: Ref, score: float) -> None:
    scores[ref.entity_id] = scores.get(ref.entity_id, 0.0) + score
    if ref.entity_id not in latest or latest[ref.entity_id].span.start < ref.span.start:
        latest[ref.entity_id] = ref


def _phrase_of(word: Token) -> int:
    """The head of the noun phrase a name stands in, through the names set in apposition to it ('X, alias
    "Y"': X's)."""
    while word.dep_ == "appos" and word.head.i != word.i:
        word = word.head
    return word.i


ALIAS_WORDS = frozenset({"alias", "aka", "a.k.a."})


def _beside(words: Span) -> bool:
    """Only commas, quotation marks, brackets or 'alias' between two names: 'X, alias "Y"', 'X ("Y")'."""
    return len(words) <= 4 and all(w.is_punct or w.lower_ in ALIAS_WORDS for w in words)


def _sentence_starts(head: Token, sentences: int = SENTENCES) -> list[int]:
    """The starts of the pronoun's sentence and the ``sentences`` before it, nearest first."""
    starts = [head.sent.start]
    while len(starts) <= sentences and starts[-1] > 0:
        starts.append(head.doc[starts[-1] - 1].sent.start)
    return starts


def _decay(start: int, sentences: list[int]) -> float:
    back = next((n for n, first in enumerate(sentences) if start >= first), len(sentences))
    return 0.5 ** back


def _weight(word: Token, role: Callable[[Token], str]) -> float:
    dep = role(word)
    doer = dep == "pobj" and word.head.dep_ == "agent"  # 'was founded by X'
    weight = MENTIONED + (ROLES["agent"] if doer or _owns_subject(word, dep) else ROLES.get(dep, 0))
    if dep not in EMBEDDED and (dep != "pobj" or doer or word.head.head.pos_ not in ("NOUN", "PROPN")):
        weight += HEAD
    if dep != "pobj" or doer or word.head.head.pos_ not in ("VERB", "AUX"):
        weight += NOT_ADVERBIAL
    return weight


def _owns_subject(word: Token, dep: str) -> bool:
    """The possessor of a main clause's subject that is no person ("X's own luck ran out", "X's arrest came in
    May"): what the sentence is about, as its subject is; not "His son, Y, was ...", "X's lawyers said ...",
    where the subject is someone else (patterns/relations.yaml: people, speaker, family and role nouns)."""
    owned = word.head
    return dep == "poss" and owned.dep_ in ("nsubj", "nsubjpass") and owned.head.dep_ == "ROOT" \
        and owned.pos_ == "NOUN" and owned.lemma_.lower() not in _person_nouns() \
        and not any(c.dep_ == "appos" for c in owned.children)


_person_nouns = relations("people_nouns", "speaker_nouns", "leader_nouns", "member_nouns", "founder_nouns", "family")


def _own_subject(pronoun: Token) -> set[int]:
    """The words of the subject of the pronoun's clause, or of the clause that controls it ('X is believed
    to have taken his place': X's)."""
    for word in pronoun.ancestors:
        if word.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return {t.i for s in subjects if not s.left_edge.i <= pronoun.i <= s.right_edge.i for t in s.subtree}
        if word.dep_ not in ("xcomp", "aux", "auxpass"):
            return set()
    return set()


def described_by_relative(pronoun: Token) -> set[int]:
    """The name a relative clause describes when the pronoun is an object of the clause's verb ('X, who shot
    him', 'X, whose men seized him'): someone else than the pronoun."""
    verb = pronoun.head
    if pronoun.dep_ in ("nsubj", "nsubjpass", "poss") or verb.dep_ != "relcl" or verb.head.i == verb.i:
        return set()
    return {verb.head.i}


def renamed(pronoun: Token) -> set[int]:
    """The name the pronoun's phrase describes, which it cannot be part of: 'X, his top lieutenant', 'X is his
    lieutenant', 'police describe X as one of his lieutenants' are someone else's lieutenant."""
    phrase = pronoun.head if pronoun.dep_ == "poss" else None
    if phrase is not None and phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.lower_ == "one":
        phrase = phrase.head.head  # 'one of his lieutenants'
    if phrase is None:
        return set()
    if phrase.dep_ == "appos":
        named = [phrase.head]
    elif phrase.dep_ == "attr":
        named = [c for c in phrase.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif phrase.dep_ == "pobj" and phrase.head.lower_ == "as":
        named = [c for c in phrase.head.head.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        return set()
    return {t.i for n in named for t in n.subtree if not phrase.left_edge.i <= t.i <= phrase.right_edge.i}


ASKING = frozenset({"what", "how", "who", "why", "where", "when", "do", "does", "did", "is", "are", "can", "could",
                    "would", "will"})
GREETING = frozenset({"tell", "thank", "thanks", "welcome", "good", "you"})


def addressed(ref: Ref) -> bool:
    """A name that labels a speaker's turn ('CORRESPONDENT (DIEGO ARROYO):') or addresses someone ('Diego, what
    are people saying?', 'Thank you, Diego.'): the person spoken to or speaking, not one spoken of. Read once per
    span inside read_doc (tokens.memo: _mentions_before asks it of every person named before a word)."""
    span = ref.span
    kept = memo(span.doc, "addressed")
    if kept is None:
        return _addressed(ref)
    found = kept.get((span.start, span.end))
    if found is None:
        found = kept[span.start, span.end] = _addressed(ref)
    return found


def _addressed(ref: Ref) -> bool:
    doc, start, end = ref.span.doc, ref.span.start, ref.span.end
    sentence = ref.span.sent
    after = doc[end].text if end < len(doc) else ""
    if after in (":", "):") or after == ")" and end + 1 < len(doc) and doc[end + 1].text == ":":
        return True
    asked = sentence[-1].text == "?" or len(sentence) > 1 and sentence[-2].text == "?"
    previous = next((t for t in reversed(doc[max(0, start - 3):start]) if not t.is_space), None)
    if after == "," and previous is not None and previous.text in (":", "):"):
        return True  # 'CORRESPONDENT: Luisa, people here are not surprised': a turn opens by addressing
    if after == "," and start == sentence.start and end + 1 < len(doc) and (
            doc[end + 1].lower_ in ASKING and asked or doc[end + 1].lower_ in GREETING):
        return True  # 'Diego, what are people there saying?'
    before = doc[start - 1] if start > 0 else None
    return before is not None and before.text == "," and after in (".", "?", "!") and (asked or any(
        t.lower_ in GREETING for t in doc[sentence.start:start]))  # 'Thank you, Diego.', 'Ramón, how ...?'


TITLE_ABBREVIATIONS = frozenset({"dr", "prof", "mr", "mrs", "ms", "rev", "sr", "sra", "lic", "ing"})
LINE = 24  # a byline or a signature is a short line: a longer one is a sentence that names its writer


def signed(ref: Ref) -> bool:
    """A name on a line of its own as the text's byline ('By X, our correspondent') or a letter's signature
    ('X' or 'Prof. X' under its letter, before a place line, a rule or the end): the person who writes, not
    one written about, whom no later 'he' or 'she' stands for (read once a name, kept on the Doc)."""
    known = ref.span.doc.user_data.setdefault("testigo.signed", {})
    if ref.span.start not in known:
        known[ref.span.start] = _signed(ref)
    return bool(known[ref.span.start])


def _signed(ref: Ref) -> bool:
    doc, start, end = ref.span.doc, ref.span.start, ref.span.end
    before = _line_words(doc, start - 1, -1)
    after = _line_words(doc, end, 1)
    if before is None or after is None:
        return False
    if before and before[0].lower_ == "by" and all(w.pos_ == "PROPN" or w.is_punct or w.lower_ == "and"
                                                   for w in before[1:]):
        return not after or after[0].text in (",", "|", "/", "(", "-", "\u2014", "and")  # 'By X, desk', 'By X | City'
    if after or any(w.lower_.rstrip(".") not in TITLE_ABBREVIATIONS and w.text != "." for w in before):
        return False
    above, below = _line_end(doc, start - 1, -1), _line_end(doc, end, 1)
    if above is None or not (doc[above].is_punct and doc[above].text not in (":", ",", "-")):
        return False  # under a paragraph: not a heading after a title line
    return below is None or (following := _line_words(doc, below, 1)) is not None and (
        not following or not any(w.pos_ in ("VERB", "AUX") for w in following))  # a place line or a rule next


def _line_words(doc: Doc, i: int, step: int) -> list[Token] | None:
    """The words from ``i`` to the line's edge (a break) going ``step`` ways, nearest first; None when longer
    than LINE."""
    words: list[Token] = []
    while 0 <= i < len(doc) and "\n" not in doc[i].text:
        if len(words) >= LINE:
            return None
        if not doc[i].is_space:
            words.append(doc[i])
        i += step
    return words if step > 0 else words[::-1]


def _line_end(doc: Doc, i: int, step: int) -> int | None:
    """The nearest word before (``step`` -1) or after (1) the line break next to ``i``, across blank lines;
    None at the text's edge."""
    while 0 <= i < len(doc) and "\n" not in doc[i].text:
        i += step
    while 0 <= i < len(doc) and doc[i].is_space:
        i += step
    return i if 0 <= i < len(doc) else None
