"""People a definite description stands for: 'the former', 'the latter', 'the 45-year-old', 'the suspect'.

Each reading is conservative: it names someone only when one person fits, and otherwise
nobody (an unresolved phrase costs a claim; a wrong one adds a false claim).

- 'the former' / 'the latter': the first or second of the last two people named together
  ('A and B', 'the brothers A and B') in this sentence or the two before.
- 'the N-year-old': the one person the text gave that age ('X, 45,', 'the 45-year-old X'); with
  no age given, the one person who was the subject of a clause in the two sentences before.
- 'the suspect' (detainee, defendant, accused, fugitive): the one person arrested, charged or
  otherwise the patient of an event verb in the two sentences before.
- 'the defendant': in a text about one person (a press release on a sentencing), that person,
  however far back; otherwise as 'the suspect'.
- 'this same man', 'the same suspect': the one person named in this sentence and the one before.
- 'the man', 'the young woman': as 'the N-year-old' with no age given, the one person who was the subject of a
  clause in the two sentences before.
- 'his brother', 'her son', 'his wife' with no name: the one person the text has already tied by that kin (a
  sibling_of, child_of or spouse_of claim told before) to the person 'his' or 'her' stands for.
- 'the father', 'the brother', 'the son' with no owner: the one person a kin claim in this sentence or the two
  before names in that role.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.lexicon import load_patterns
from testigo.extract.syntax import conjuncts

__all__ = ["client_person", "described_person", "main_person", "named_pair", "same_person", "titled_person",
           "together_with", "window_start"]

ROLE_NOUNS = frozenset({"suspect", "detainee", "defendant", "accused", "fugitive", "arrestee"})
CASE_NOUNS = frozenset({"defendant"})  # in a court text, the one the case is about
MAIN_MENTIONS = 3
ORDER_WORDS = {"former": 0, "latter": 1}
PLAIN_PEOPLE = frozenset({"man", "woman"})  # 'the (young) man': the one person the sentences before were about
AGE_WORDS = frozenset({"young", "old", "elderly"})
# 'the boy', 'the teenager': the one person the text set such a noun in apposition with before ('The boy, X,',
# 'X, a 14-year-old boy,'); 'the man' and 'the woman', with none so set, the lone subject before (PLAIN_PEOPLE).
BOUND_PEOPLE = PLAIN_PEOPLE | {"boy", "girl", "teenager", "teen", "youth", "minor", "child"}
AGE = re.compile(r"^(\d{1,2})$")


def described_person(frame: Frame, head: Token) -> list[Ref]:
    """The person 'the former', 'the latter', 'the N-year-old' or 'the suspect' at ``head`` stands for."""
    if head.tag_ == "NN" and head.pos_ == "NOUN" and [c.lower_ for c in head.children if c.dep_ == "amod"] == ["same"]:
        return same_person(frame, head)
    if head.lower_ in PARENT_NOUNS and [c.lower_ for c in head.children if c.dep_ == "poss"] == ["their"]:
        kin = told_kin(frame, head)
        return [kin] if kin is not None else []  # 'The brothers are X's sons. Their father, ...': X
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or head.tag_ in ("NNS", "NNPS"):
        return []
    if head.lemma_.lower() in BOUND_PEOPLE and head.pos_ == "NOUN" and not any(
            c.dep_ in ("compound", "poss", "nmod", "prep", "relcl", "acl", "appos")
            or c.dep_ == "amod" and c.lower_ not in AGE_WORDS for c in head.children):
        bound = _bound_person(frame, head)
        if bound or head.lemma_.lower() not in PLAIN_PEOPLE:
            return bound  # 'The boy, X, was detained ... Villegas said the boy worked for G'
        return _lone_subject(frame, head)  # '19-year-old X was lying on the pavement. ... the young man was killed by'
    if (kin := kin_person(frame, head) or told_kin(frame, head)) is not None:
        return [kin]
    if (head.pos_ == "NOUN" and head.tag_ == "NN" or head.pos_ == "PROPN" and head.is_lower) and head.lemma_.lower() \
            in frame.lexicon("title_holder_nouns", "former_post_nouns", "epithet_nouns"):
        return titled_person(frame, head)  # also 'the capo', 'the drug lord' tagged as names
    if any(c.dep_ in ("compound", "poss", "amod") for c in head.children if c.lower_ not in ("the",)) \
            and _age(head) is None:
        return []  # 'the Mexican suspect', "the cartel's former": another person, or none named
    if head.lower_ in ORDER_WORDS and head.pos_ in ("ADJ", "NOUN"):
        pair = named_pair(frame, head)
        return [pair[ORDER_WORDS[head.lower_]]] if pair else []
    age = _age(head)
    if age is not None:
        aged = _aged(frame, head, age)
        return aged or _lone_subject(frame, head)
    if head.lemma_.lower() in ROLE_NOUNS and head.pos_ == "NOUN":
        main = main_person(frame) if head.lemma_.lower() in CASE_NOUNS else None
        return [main] if main is not None else _lone_patient(frame, head)
    return []


KIN_TIES = ("sibling_of", "spouse_of", "child_of")
CHILD_NOUNS = frozenset({"son", "daughter", "child"})


def kin_person(frame: Frame, head: Token) -> Ref | None:
    """'His brother was arrested by soldiers', 'her son was shot dead': the one person a claim told before ties
    by that kin to the one 'his' or 'her' stands for (a brother or wife either way round; a son as the child)."""
    if head.tag_ != "NN" or any(c.dep_ in ("appos", "prep", "relcl", "acl", "compound", "amod", "nmod")
                                for c in head.children):
        return None
    owners = [c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")]
    predicate = frame.table("family").get(head.lower_)
    if len(owners) != 1 or predicate not in KIN_TIES or predicate == "child_of" and head.lower_ not in CHILD_NOUNS:
        return None
    owner = frame.ref(owners[0], "person")
    if owner is None:
        return None
    kin = set()
    for claim in frame.claims.values():
        if claim.predicate != predicate or claim.polarity.value != "positive" or claim.evidence.start >= head.idx:
            continue
        if claim.object_id == owner.entity_id:
            kin.add(claim.subject_id)
        elif claim.subject_id == owner.entity_id and predicate != "child_of":
            kin.add(claim.object_id)
    kin.discard(owner.entity_id)
    return Ref.at(head, kin.pop(), "person") if len(kin) == 1 else None


PARENT_NOUNS = frozenset({"father", "mother"})


def told_kin(frame: Frame, head: Token) -> Ref | None:
    """'The father was arrested by the army', 'marines killed the brother': with no owner, the one person a kin
    claim told in this sentence or the two before names in that role (the parent of a child_of claim for 'the
    father', the child for 'the son', the one told as the brother or the wife for 'the brother', 'the wife');
    'their father' or 'their mother' as 'the father' (the children told are whom 'their' stands for)."""
    parent = head.lower_ in PARENT_NOUNS
    theirs = parent and [c.lower_ for c in head.children if c.dep_ == "poss"] == ["their"]
    if head.tag_ != "NN" or head.lower_ in ("child", "partner") or not theirs and not any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children) or any(
            c.dep_ in ("appos", "prep", "relcl", "acl", "compound", "amod", "nmod")
            and not (theirs and c.dep_ == "appos" and frame.name(c, "person") is None)
            or c.dep_ == "poss" and not theirs for c in head.children):
        return None  # 'the child' and 'the partner' are seldom kin told before
    predicate = "child_of" if parent else frame.table("family").get(head.lower_)
    if predicate not in KIN_TIES:
        return None
    start = head.doc[window_start(head, 2)].idx
    told = [c for c in frame.claims.values()
            if c.predicate == predicate and c.polarity.value == "positive" and start <= c.evidence.start < head.idx]
    if predicate != "child_of" and any(w in c.rule for c in told for w in BOTH_SIDES):
        return None  # 'A and B are brothers. The brother was arrested': either
    found = {c.object_id if parent else c.subject_id for c in told}
    return Ref.at(head, found.pop(), "person") if len(found) == 1 and None not in found else None


# Rules that name both sides of a kin tie alike ('A and B are brothers', 'A married B'): neither is 'the brother'.
BOTH_SIDES = ("together", "named_with", "counted", "shared_surname", "married", "children_with")


def same_person(frame: Frame, head: Token) -> list[Ref]:
    """'The governor named a man ... one of those responsible was Ricardo "N". The governor said that this same
    man had been detained in July': the one person named in this sentence before the phrase and the one before
    (none when two are, or when the phrase names no person: 'the same day')."""
    if head.lemma_.lower() not in frame.lexicon("people_nouns") or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
        return []
    start = window_start(head, 1)
    named = {r.entity_id: r for r in frame.refs_before(head, "person") if r.span.start >= start}
    return list(named.values()) if len(named) == 1 else []


def main_person(frame: Frame) -> Ref | None:
    """The person the text is about: named at least three times, and more than twice as often as
    anyone else (a press release's defendant); None when no one stands out so."""
    counts: dict[str, int] = {}
    first: dict[str, Ref] = {}
    for ref in frame.ents.refs:
        if ref.kind == "person":
            counts[ref.entity_id] = counts.get(ref.entity_id, 0) + 1
            first.setdefault(ref.entity_id, ref)
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < MAIN_MENTIONS or len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]:
        return None
    return first[ranked[0][0]]


def _age(head: Token) -> int | None:
    """'The 45-year-old': the age of a phrase headed by 'old' with 'N-year' before it."""
    if head.lower_ != "old":
        return None
    doc = head.doc
    words = [t.text for t in doc[max(head.i - 4, 0):head.i]]
    if len(words) >= 3 and words[-1] == "-" and words[-2] == "year" and words[-3] == "-" and len(words) >= 4:
        match = AGE.match(words[-4])
        return int(match.group(1)) if match else None
    return None


def named_pair(frame: Frame, head: Token) -> tuple[Ref, Ref] | None:
    """The last two people named together ('A and B') before ``head``, in its sentence or the two before."""
    start = window_start(head, 2)
    for ref in frame.refs_before(head, "person"):
        if ref.span.start < start:
            return None
        root = ref.span.root
        partners = [frame.name(c, "person") for c in root.children if c.dep_ == "conj"]
        if root.dep_ == "conj":
            partners.append(frame.name(root.head, "person"))
        others = {p.entity_id: p for p in partners if p is not None and p.entity_id != ref.entity_id}
        if len(others) == 1:
            other = next(iter(others.values()))
            return (other, ref) if other.span.start < ref.span.start else (ref, other)
        if others:
            return None
    return None


def _aged(frame: Frame, head: Token, age: int) -> list[Ref]:
    """The one person named before ``head`` with this age: 'X, 45,' or 'the 45-year-old X'."""
    doc = head.doc
    found: dict[str, Ref] = {}
    for ref in frame.refs_before(head, "person"):
        end, start = ref.span.end, ref.span.start
        after = end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].text == str(age) \
            and doc[end + 2].text in (",", ")", ".")
        before = start >= 5 and doc[start - 5].text == str(age) and doc[start - 3].lower_ == "year" \
            and doc[start - 1].lower_ == "old"
        if after or before:
            found.setdefault(ref.entity_id, ref)
    return list(found.values()) if len(found) == 1 else []


def _bound_person(frame: Frame, head: Token) -> list[Ref]:
    """The one person named before ``head`` in apposition with a noun of its own lemma: 'The boy, X, ...' or
    'X, a 14-year-old boy, ...' binds 'the boy' to X for the rest of the text (none when two people are so bound)."""
    lemma = head.lemma_.lower()
    found: dict[str, Ref] = {}
    for ref in frame.refs_before(head, "person"):
        root = ref.span.root
        nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        if any(n.pos_ == "NOUN" and n.lemma_.lower() == lemma and n.tag_ == "NN" for n in nouns):
            found.setdefault(ref.entity_id, ref)
    return list(found.values()) if len(found) == 1 else []


def _lone_subject(frame: Frame, head: Token) -> list[Ref]:
    """The one person who is the subject of a clause in the two sentences before ``head``, named or read from a
    'he' or 'she' ('When police stopped X, she was queueing. ... the 70-year-old has led G': X); with no person
    subject there, the one person the sentence before names as a verb's object ('Soldiers arrested X. The woman
    was flown to ...'). A plural subject such as 'both men', a second person, or one of the other sex for 'the
    man' or 'the woman' (given names, patterns/entities.yaml), or an unnamed 'a woman' told before makes it
    unclear: none."""
    start = window_start(head, 2)
    end = head.sent.start
    subjects: dict[str, Ref] = {}
    for token in head.doc[start:end]:
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        ref = frame.name(token, "person")
        if ref is None and token.lower_ in ("he", "she"):
            ref = _person_read(frame, token)
        if ref is not None and (ref.span.root.i == token.i or token.pos_ == "PRON"):
            if any(c.dep_ == "conj" for c in token.children) or token.dep_ == "conj":
                return []
            subjects.setdefault(ref.entity_id, ref)
        elif ref is None and token.pos_ == "PROPN" and frame.name(token) is None:
            return []  # a name the tagger missed may be the one meant
    if any(t.lemma_ == head.lemma_ and t.pos_ == "NOUN" and any(c.lower_ in ("a", "an") for c in t.children)
           for t in head.doc[start:head.i]):
        return []  # 'gunmen shot a woman ... the woman died': the one told without a name
    found = list(subjects.values()) if subjects else _lone_object(frame, head)
    return found if len(found) == 1 and _fits_sex(frame, head, found[0]) else []


def _person_read(frame: Frame, pronoun: Token) -> Ref | None:
    """The person an earlier 'he' or 'she' was read as (phrases._pronoun, read once and kept on the frame)."""
    from testigo.extract.rules.phrases import _read_pronoun

    found = _read_pronoun(frame, pronoun, 0)
    return found if found is not None and found.kind == "person" else None


def _lone_object(frame: Frame, head: Token) -> list[Ref]:
    """The people the sentence before ``head`` names as a verb's direct object, or joined to it ('arrested X and
    Y': both), not inside another phrase ('arrested X, the wife of Y' is X)."""
    start = window_start(head, 1)
    found: dict[str, Ref] = {}
    for token in head.doc[start:head.sent.start]:
        objects = conjuncts(token) if token.dep_ == "dobj" and token.head.pos_ == "VERB" else []
        for word in objects:  # 'arrested X and Y': either
            ref = frame.name(word, "person")
            if ref is not None and ref.span.root.i == word.i:
                found.setdefault(ref.entity_id, ref)
    return list(found.values())


SEXED = {"man": False, "woman": True, "boy": False, "girl": True}


def _fits_sex(frame: Frame, head: Token, person: Ref) -> bool:
    """'the man' is no woman, 'the woman' no man (by given name); other descriptions fit either."""
    from testigo.extract.rules.phrases import is_female

    female = SEXED.get(head.lemma_.lower())
    return female is None or is_female(frame, person) == female


def _lone_patient(frame: Frame, head: Token) -> list[Ref]:
    """The one person arrested, charged, detained (an event verb's object, or its passive subject)
    in this sentence before ``head`` or in the two sentences before."""
    start = window_start(head, 2)
    verbs = _event_verbs()
    found: dict[str, Ref] = {}
    for token in head.doc[start:head.i]:
        if token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
            continue
        for child in token.children:
            if child.dep_ not in ("dobj", "nsubjpass"):
                continue
            for word in [child, *(c for c in child.children if c.dep_ == "conj")]:
                ref = frame.name(word, "person")
                if ref is not None:
                    found.setdefault(ref.entity_id, ref)
    return list(found.values()) if len(found) == 1 else []


@cache
def _event_verbs() -> frozenset[str]:
    events = load_patterns("relations")["events"]
    return frozenset(v for name in ("arrested", "charged", "extradited") for v in events.get(name, {}).get("verbs", []))


def together_with(token: Token) -> bool:
    """'X was detained together with his cousin, Y': Y, the object of 'with' under 'together' or 'along',
    acts in the clause as X does (it is not named in passing)."""
    return token.dep_ == "pobj" and token.head.lower_ == "with" and any(
        c.lower_ in ("together", "along") for c in token.head.children) or token.dep_ == "pobj" \
        and token.head.lower_ == "with" and token.head.i > 0 and token.doc[token.head.i - 1].lower_ in (
            "together", "along")


def window_start(token: Token, sentences: int) -> int:
    """Where the stretch of ``sentences`` sentences before the token's own sentence begins."""
    first = token.sent
    for _ in range(sentences):
        if first.start == 0:
            break
        first = token.doc[first.start - 1].sent
    return first.start


COUNSEL_NOUNS = frozenset({"lawyer", "attorney", "solicitor", "counsel", "barrister", "advocate", "defender", "defence",
                           "defense"})


def client_person(frame: Frame, head: Token) -> list[Ref]:
    """'his client', 'my client', 'their client': the person whose lawyer speaks, the nearest
    lawyer named in this sentence or the two before ('Tse's lawyer', 'the lawyer for one defendant,
    X', 'a lawyer for X', 'his lawyer' with 'his' read as a person)."""
    if head.lemma_.lower() != "client" or head.tag_ != "NN" or not any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
        return []
    start = window_start(head, 2)
    before = [t for t in reversed(head.doc[start:head.i]) if t.pos_ == "NOUN" and t.lemma_.lower() in COUNSEL_NOUNS]
    after = [t for t in head.doc[head.i + 1:head.sent.end] if t.pos_ == "NOUN" and t.lemma_.lower() in COUNSEL_NOUNS]
    from testigo.extract.rules.phrases import parties

    for lawyer in before + after:  # '"My client ...," his lawyer said'; "a lawyer for X ... the lawyer, Y, denied
        # that his client ...": the nearest lawyer whose client is named
        owners = [c for c in lawyer.children if c.dep_ == "poss"]
        owners += [o for p in lawyer.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                   for o in p.children if o.dep_ == "pobj"]
        owners += [a for o in owners if frame.name(o, "person") is None for a in o.children if a.dep_ == "appos"]
        if owners and all(frame.name(o, "person") is None for o in owners):  # "the lawyer for one defendant, X"
            owners += [a for a in lawyer.children if a.dep_ == "appos"]
        people = [r for o in owners for r in parties(frame, o, ("person",))]
        if people:
            return people[:1]
    return []


# Words before a title that keep it the same person's ('the retired general', 'the late admiral').
TITLE_MODIFIERS = frozenset({"former", "retired", "late", "disgraced", "jailed", "imprisoned", "then", "ex", "ex-",
                             "old", "young", "elderly", "dead", "fallen", "onetime", "one-time", "veteran"})
FORMER = frozenset({"former", "ex", "ex-", "onetime", "one-time"})


def titled_person(frame: Frame, head: Token) -> list[Ref]:
    """'the general', 'the retired admiral': the person the text named with that title before ('Gen. X', 'Admiral
    X', 'X, a retired general,'), the one of them named most often when two were; 'the former policeman', 'the
    ex-mayor' with no one so titled: the one person the sentences before were about (as 'the man'). None for a
    phrase that says more of its own ('the general in charge of ...', "the army's general", 'another general')."""
    words = [c for c in head.children if c.dep_ not in ("det", "case", "punct") and not _where_or_when(frame, c)]
    former = any(c.lower_ in FORMER for c in words) or head.i > 0 and head.doc[head.i - 1].lower_ in FORMER
    noun = head.lemma_.lower()
    if noun in frame.lexicon("epithet_nouns") and noun not in frame.lexicon("title_holder_nouns"):
        return _epithet_holder(frame, head, words)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or any(
            c.dep_ not in ("amod", "compound") or frame.name(c) is not None or c.pos_ == "PROPN"
            or c.dep_ == "amod" and c.lower_ not in TITLE_MODIFIERS or c.dep_ == "compound" and not former
            for c in words):
        return []  # 'the attorney general', 'the Mexican general': another title, or another person
    holders = _title_holders(frame, head, noun) if noun in frame.lexicon("title_holder_nouns") else {}
    if holders:
        counts = sorted(holders.values(), key=lambda n: -n[0])
        if len(counts) == 1 or counts[0][0] > counts[1][0]:
            return [counts[0][1]]
        return []
    return _only_person_near(frame, head) if former and noun in frame.lexicon("former_post_nouns") else []


def _epithet_holder(frame: Frame, head: Token, words: list[Token]) -> list[Ref]:
    """'the kingpin', 'the alleged trafficker', 'the drug lord', 'the Colombian businessman': the one person set
    beside the noun before ('X, a trafficker'), else the one person the sentences before were about; none for
    'another trafficker', 'the rival capo', 'the Sinaloa kingpin' (a name of its own), 'the trafficker who ...'."""
    others = frame.lexicon("other_person_modifiers")
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or any(
            c.dep_ not in ("amod", "compound") or frame.name(c) is not None or c.pos_ == "PROPN"
            or c.lower_ in others or c.dep_ == "amod" and c.pos_ != "ADJ" for c in words):
        return []
    if head.lemma_.lower() == "lord" and [c.lower_ for c in words] not in (["drug"], ["drugs"]):
        return []  # only 'the drug lord'
    return _bound_person(frame, head) or _only_person_near(frame, head)


def _only_person_near(frame: Frame, head: Token) -> list[Ref]:
    """The one person the sentences before were about (``_lone_subject``) when no other person is named there or
    earlier in the phrase's own sentence: 'X met Y. The kingpin ...' is either."""
    start = window_start(head, 2)
    named = {r.entity_id for r in frame.refs_before(head, "person") if r.span.start >= start}
    found = _lone_subject(frame, head)
    return found if found and named <= {found[0].entity_id} else []


def _title_holders(frame: Frame, head: Token, noun: str) -> dict[str, tuple[int, Ref]]:
    """The people named before ``head`` with the title ``noun`` ('Gen. X', 'General X', 'X, a retired general'),
    each with how often the text names them before ``head`` and their latest name; none when the text spoke
    before of another holder of the title ('the mayor of T', 'the previous mayor, X', 'a general'), which 'the
    mayor' may stand for as well."""
    abbreviations = frame.table("title_abbreviations")
    doc = head.doc
    titled: set[str] = set()
    bound: set[int] = set()  # the title words that name someone
    counts: dict[str, tuple[int, Ref]] = {}
    for ref in frame.refs_before(head, "person"):
        n, latest = counts.get(ref.entity_id, (0, ref))
        counts[ref.entity_id] = (n + 1, latest)
        first = ref.span.start
        before = first - 2 if first > 1 and doc[first - 1].text == "." else first - 1  # 'Col' '.' 'X'
        titles = [doc[before]] if before >= 0 else []
        titles.append(ref.span[0])
        root = ref.span.root
        titles += [a for a in root.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            titles.append(root.head)
        for title in titles:
            word = title.lemma_.lower() if title.pos_ == "NOUN" else title.lower_.rstrip(".")
            if (word == noun or abbreviations.get(word) == noun) and not _other_holder(frame, title):
                titled.add(ref.entity_id)
                bound.add(title.i)
    if any(t.lemma_.lower() == noun and t.pos_ == "NOUN" and t.i not in bound and _other_holder(frame, t)
           for t in doc[:head.i]):
        return {}
    return {i: counts[i] for i in titled}


def _other_holder(frame: Frame, title: Token) -> bool:
    """A title word that speaks of a holder of its own: 'the mayor of T', 'the previous mayor', 'a general'
    (not 'the general', 'the retired general', 'Gen.')."""
    if title.pos_ != "NOUN":
        return False
    return any(c.dep_ in ("prep", "compound", "poss", "nmod") and not _where_or_when(frame, c)
               or c.dep_ == "amod" and c.lower_ not in TITLE_MODIFIERS
               or c.dep_ == "det" and c.lower_ not in ("the", "a", "an") for c in title.children) \
        or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in title.children) and title.dep_ != "appos"


def _where_or_when(frame: Frame, prep: Token) -> bool:
    """'in Durango', 'in May' hung on the noun by the parser: where or when, not a part of the description."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return prep.dep_ == "prep" and prep.lower_ in ("in", "at", "on", "near", "outside") and len(objects) == 1 and (
        frame.name(objects[0], "place", "country") is not None or objects[0].ent_type_ in ("DATE", "GPE"))
