"""Plural references to people: 'the three', 'the three defendants', 'the couple', 'each', 'they'.

``parties()`` reads a counted or collective description of people as the people it stands for, when they
are clear: 'the three defendants' after exactly three people were named together (or, failing a list,
exactly three were named as actors in this sentence and the two before); 'the couple' as the two people a
spouse claim ties (else the last two named); 'each', 'they' and 'them' as the nearest plural reference to
people in this sentence or the one before, when no plural of groups stands between (where 'they' may be
the groups). Nothing is read when the count does not fit, the noun is indefinite ('three men were
arrested' names new people) or the phrase has its own of-phrase ('the three sons of X').

``counted_unnamed()`` reads those new people: 'twelve members of the state police were arrested', 'gunmen
killed six young men' make one entity of kind person named by the description ('twelve members of the state
police'), whose id holds its document's, so that two texts' 'three men' never become one.
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref, distinct_refs
from testigo.extract.frame import Frame
from testigo.extract.lexicon import NUMBER_WORDS, count_value
from testigo.extract.lists import listings
from testigo.extract.rules.anaphora import window_start
from testigo.extract.syntax import apposed_role, conjuncts
from testigo.model import Entity, make_id, name_key

__all__ = ["counted_people", "counted_unnamed", "detained_people", "named_after", "plural_people"]

PERSON = ("person",)
GROUP = ("criminal_group",)
POINTING = frozenset({"the", "these", "those", "all"})
SETS = {"couple": 2, "pair": 2, "duo": 2, "trio": 3}  # 'the couple', 'the duo': a set of people by its size
PRONOUNS = frozenset({"they", "them", "each"})
# People nouns whose definite plural with no count ('the defendants') stands for the people listed before.
UNCOUNTED = frozenset({"defendant", "suspect", "man", "woman", "fugitive", "accused", "detainee", "prisoner",
                       "national", "sibling"})


def counted_people(frame: Frame, head: Token) -> list[Ref]:
    """'the three', 'these four defendants', 'all three men', 'the couple', 'the trio': the people they
    count, when the text before names exactly that many."""
    count = _count(frame, head)
    if count is None:
        return _listed(frame, head, None) if _uncounted(frame, head) else []
    if head.lower_ == "couple" and (married := _married(frame, head)):
        return married
    return _listed(frame, head, count) or _actors(frame, head, count)


DETAINING = frozenset({"detain", "arrest", "capture", "apprehend"})
HELD_NOUNS = frozenset({"person", "people", "man", "woman", "suspect", "individual", "detainee", "arrestee"})
_ARRESTS_BACK = 6  # sentences: how far back "the detained persons" looks for the arrests it points at


def detained_people(frame: Frame, head: Token) -> list[Ref]:
    """'the detained persons', 'the persons detained', 'those arrested', 'the five detainees': the people
    arrested together whose arrest the text told last (in one sentence, within a few before; two or more,
    as many as the count when there is one)."""
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "predet")}
    held = any(c.dep_ in ("amod", "acl") and c.lemma_.lower() in DETAINING and not list(c.children)
               for c in head.children)
    if head.lower_ == "those" and head.pos_ in ("PRON", "DET"):
        described = held
    else:
        described = head.tag_ == "NNS" and head.lemma_.lower() in HELD_NOUNS and bool(dets & POINTING) and (
            held or head.lemma_.lower() in ("detainee", "arrestee"))
    if not described or any(c.dep_ in ("prep", "poss", "relcl") for c in head.children):
        return []
    counts = [NUMBER_WORDS.get(c.lower_) for c in head.children if c.dep_ == "nummod"]
    start = head.doc[window_start(head, _ARRESTS_BACK)].idx
    arrests = [c for c in frame.claims.values() if c.predicate == "arrested" and c.polarity.value == "positive"
               and start <= c.evidence.start < head.idx]
    for told in sorted({c.evidence.start for c in arrests}, reverse=True):
        people = distinct_refs(Ref.at(head, c.subject_id, "person") for c in arrests if c.evidence.start == told)
        if len(people) >= 2 and (len(counts) != 1 or counts[0] == len(people)):
            return people  # a plural stands for several people arrested together, not one told of in passing
    return []


LIST_MARKERS = frozenset({":", "among", "including", "namely"})
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})


def named_after(frame: Frame, head: Token) -> list[Ref]:
    """'arrested three men on Friday: A, B and C', 'detained four people, among them A and B', 'arrested five
    men in P, including their leader, X', 'three men it said it had arrested: A, B and C': the people a count
    of unnamed people stands for, named after it in its own sentence behind a colon, 'among them',
    'including' or 'namely' (the list's names up to the next clause; not 'the son of X', "X's men")."""
    if frame.name(head) is not None or not _unnamed_count(frame, head):
        return []
    doc, end = head.doc, head.sent.end
    marker = next((t for t in doc[head.i + 1:end] if t.lower_ in LIST_MARKERS), None)
    if marker is None or any(t.tag_ in FINITE and t not in head.subtree or t.is_quote
                             for t in doc[head.i + 1:marker.i]):
        return []  # "arrested three men, and the mayor said: ..." / a quotation: another clause's list
    stop = next((t.i for t in doc[marker.i + 1:end] if t.tag_ in FINITE or t.lower_ in RELATIVES), end)
    return [r for r in frame.refs_in(doc[marker.i + 1:stop], *PERSON, names=True)
            if doc[r.span.start - 1].lower_ != "of" and r.span.root.dep_ != "poss"]


def _unnamed_count(frame: Frame, head: Token) -> bool:
    """'three men', 'five people', 'two suspects', 'several people', 'twelve': people counted, not named."""
    if head.pos_ == "NUM":
        return head.lower_ in NUMBER_WORDS or head.text.isdigit()
    nouns = frame.lexicon("people_nouns") | {"people", "individual", "person"}
    return head.tag_ == "NNS" and head.lemma_.lower() in nouns and any(
        c.dep_ == "nummod" or c.lower_ in ("several", "some", "various") for c in head.children)


def plural_people(frame: Frame, head: Token, depth: int = 0) -> list[Ref]:
    """'each', 'they', 'them' standing for people: the nearest plural reference to people before it in this
    sentence or the one before ('A and B were charged. They ...', 'The three ... Each is charged')."""
    if head.lower_ not in PRONOUNS or head.pos_ not in ("PRON", "DET"):
        return []
    if head.lower_ == "each" and (head.dep_ not in ("nsubj", "nsubjpass") or any(
            c.dep_ != "prep" or c.lower_ != "of" for c in head.children)):
        return []  # 'each count', 'they each face': only 'Each is charged', 'each of them'
    of = [o for c in head.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    if of and not all(o.lower_ in ("them", "those", "these") or counted_people(frame, o) for o in of):
        return []  # 'each of the banks': not the people named
    start = window_start(head, 1)
    for token in reversed(head.doc[start:head.i]):
        if apposed_role(token) not in ("nsubj", "nsubjpass", "dobj") or token.head.i == head.i:
            continue
        if _plural_groups(frame, token):
            return []  # 'A and B lead X and Y. They ...': the pronoun may be the groups
        people = _plural_here(frame, token, depth)
        if people:
            return people
    return []


def _plural_here(frame: Frame, token: Token, depth: int) -> list[Ref]:
    """The people a subject or object stands for, when it is plural: a list of names or a count."""
    named = frame.name(token, *PERSON)
    if named is not None:
        if named.span.root.i != token.i:
            return []
        # "A and B made ...": conjoined, or parsed as two subjects of the one verb
        together = [c for c in token.head.children if c.dep_ == token.dep_] if token.head.i != token.i else [token]
        listed = [r for one in together for t in conjuncts(one) if (r := frame.name(t, *PERSON)) is not None]
        return listed if len({r.entity_id for r in listed}) >= 2 else []
    if token.lower_ in ("they", "them") and token.pos_ == "PRON":
        return plural_people(frame, token, depth + 1) if depth < 2 else []  # 'A and B ... them ... They'
    return counted_people(frame, token)


def _plural_groups(frame: Frame, token: Token) -> bool:
    """A subject or object that is several groups ('X and Y', 'the two cartels', 'rival gangs')."""
    if frame.name(token, *GROUP) is not None:
        return sum(frame.name(t, *GROUP) is not None for t in conjuncts(token)) >= 2
    return token.tag_ == "NNS" and token.lemma_.lower() in frame.lexicon("collective_nouns")


def _count(frame: Frame, head: Token) -> int | None:
    """How many people a definite description counts: 'the three' (a number standing alone), 'the three
    defendants', 'these two men', 'the couple'; None for anything else."""
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "predet")}
    if any(c.dep_ in ("prep", "poss", "relcl", "acl") for c in head.children):
        return None  # 'the three sons of X', 'his two brothers', 'the two men who ...': another reading
    if head.pos_ == "NUM" and head.lower_ in NUMBER_WORDS and dets & POINTING and head.dep_ != "nummod":
        return NUMBER_WORDS[head.lower_]
    if head.tag_ == "NN" and head.lower_ in SETS and dets & {"the", "this"}:
        return SETS[head.lower_]
    if head.tag_ == "NNS" and head.lemma_.lower() in frame.lexicon("people_nouns") and dets & POINTING:
        counts = [NUMBER_WORDS.get(c.lower_) for c in head.children if c.dep_ == "nummod"]
        return counts[0] if len(counts) == 1 else None
    return None


def _uncounted(frame: Frame, head: Token) -> bool:
    """'the defendants', 'these men', 'both suspects': a definite plural of people with no count, which
    stands only for a list of people named together in this sentence or the one before."""
    return head.tag_ == "NNS" and head.lemma_.lower() in UNCOUNTED and not any(
        c.dep_ in ("prep", "poss", "relcl", "acl", "amod", "compound", "nummod", "appos") for c in head.children) \
        and {c.lower_ for c in head.children if c.dep_ in ("det", "predet")} & POINTING


def _married(frame: Frame, head: Token) -> list[Ref]:
    """'the couple': the two people the last spouse claim of this sentence or the two before ties."""
    start = head.doc[window_start(head, 2)].idx
    for claim in reversed(list(frame.claims.values())):
        if claim.predicate == "spouse_of" and claim.polarity.value == "positive" and claim.object_id \
                and start <= claim.evidence.start < head.idx:
            return [Ref.at(head, claim.subject_id, "person"), Ref.at(head, claim.object_id, "person")]
    return []


def _listed(frame: Frame, head: Token, count: int | None) -> list[Ref]:
    """The nearest list of exactly ``count`` people named together before the head (two sentences back);
    with no count, the nearest list of people of this sentence or the one before."""
    start = window_start(head, 2 if count is not None else 1)
    sentences = []
    token = head.doc[start]
    while token.i < head.i:
        sentences.append(token.sent)
        token = head.doc[token.sent.end] if token.sent.end < len(head.doc) else head
    for sentence in reversed(sentences):
        if sentence.start not in frame.lists:  # the lists of names of a sentence, read once (Frame._listing)
            frame.lists[sentence.start] = listings(frame.doc, frame.ents, sentence)
        for listing in reversed(frame.lists[sentence.start]):
            people = distinct_refs(r for r in listing.refs if r.kind == "person")
            if listing.end <= head.i and len(people) == len(listing.refs) and count in (None, len(people)):
                return [] if _partial(head.doc, listing.start) else people
    return []


PARTIAL = frozenset({"among", "including", "include", "includes", "included", "like"})


def _partial(doc, start: int) -> bool:  # type: ignore[no-untyped-def]
    """A list that names only some of a larger set ('29 defendants, among them A, B and C')."""
    return any(t.lower_ in PARTIAL for t in doc[max(start - 3, 0):start])


def _actors(frame: Frame, head: Token, count: int) -> list[Ref]:
    """The people named as actors (not 'a son of X', "X's") in this sentence and the two before, when
    they are exactly ``count``."""
    start = window_start(head, 2)
    people: list[Ref] = []
    for ref in frame.refs_before(head, *PERSON):
        if ref.span.start < start:
            break
        root = ref.span.root
        while root.dep_ == "appos" and root.head.i != root.i:
            root = root.head
        if root.dep_ == "poss" or root.dep_ == "pobj" and root.head.head.pos_ in ("NOUN", "PROPN"):
            continue
        people.append(ref)
    people = distinct_refs(sorted(people, key=lambda r: r.span.start))
    return people if len(people) == count else []




POINTING_BACK = POINTING | {"the"}
VAGUE = frozenset({"more", "over", "about", "around", "nearly", "almost", "some", "roughly", "approximately", "up",
                   "than", "under", "fewer", "less", "dozens", "hundreds", "thousands"})


def counted_unnamed(frame: Frame, head: Token) -> list[Ref]:
    """'Twelve members of the state police were placed under arrest', 'gunmen killed six young men', 'detained
    two men in P': people counted and not named, as one person entity named by the words from the count to the
    noun and the noun of its of-phrase ('twelve members of the state police'; no 'at least', nothing after).
    Nothing when the text names them ('three men: A, B and C', '... They were identified as A, B and C'), for
    one, for a toll or a sweep ('more than 60 people', '207 people': a vague count or a hundred and more), for a
    noun joined to another without a count ('his wife, three children and his mother', 'nine women and
    children'), when a name of a person is in the phrase ('two sons of X' is 'two sons'), or for a definite
    description ('the two men') that no counted description before introduced."""
    if head.tag_ != "NNS" or head.lemma_.lower() not in frame.lexicon("counted_people_nouns"):
        return []
    count = next((c for c in head.children if c.dep_ == "nummod" and c.like_num and c.i < head.i), None)
    if count is None or count.lower_ in ("one", "1") or _tally(count) or any(
            frame.name(t, "person") is not None or not t.is_alpha and not t.like_num and t.text != "-"
            for t in head.doc[count.i:head.i]):
        return []
    if head.dep_ == "conj" and not _counted(head.head) or any(
            c.dep_ == "conj" and not _counted(c) for c in head.children):
        return []
    if named_after(frame, head) or counted_people(frame, head) or detained_people(frame, head) \
            or _identified_after(head) or _named_next(frame, head, count):
        return []
    start, end = _hyphened(count), head.i + 1
    of = next((p for p in head.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == end), None)
    noun = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
    if noun is not None and noun.tag_ in ("NN", "NNS", "NNP", "NNPS") and not any(
            frame.name(t, "person") is not None or t.is_punct and t.text != "-"
            for t in head.doc[of.i:noun.i + 1]):
        named = frame.name(noun)
        end = max(noun.i + 1, named.span.end if named is not None else 0)
    name = head.doc[start:end].text
    if any(c.dep_ == "det" and c.lower_ in POINTING_BACK for c in head.children):
        told = make_id("ent", "person", name_key(name), frame.document.id)
        if told not in frame.ents.entities:
            return []  # 'the two men': people named before, or told of in words this reading does not know
    entity = Entity(make_id("ent", "person", name_key(name), frame.document.id), "person", name)
    return [frame.introduce(entity, start, end)]


IDENTIFYING = frozenset({"identify", "name"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _named_next(frame: Frame, head: Token, count: Token) -> bool:
    """'Two men charged with trafficking' (a headline), then 'WASHINGTON -- A and B made their first appearance':
    the first subject of the next sentence with a verb (past a dateline) names as many people as the count, so
    the count stands for them, not for new people."""
    number = count_value(count.text) or 0
    doc, start = head.doc, head.sent.end
    for _ in range(3):  # the next sentence, or the one after a verbless dateline ('LAREDO', '--')
        if number < 2 or start >= len(doc):
            return False
        sentence = doc[start].sent
        subject = next((t for t in sentence if t.dep_ in SUBJECTS), None)
        if subject is not None:
            subjects = [c for c in subject.head.children if c.dep_ in SUBJECTS]
            people = {r.entity_id for s in subjects for t in s.subtree  # 'A, B and C' (a list, often misparsed)
                      if (r := frame.name(t, "person")) is not None and t.head.lower_ != "of"}
            return len(people) == number
        if any(t.pos_ in ("VERB", "AUX") for t in sentence):
            return False
        start = sentence.end
    return False


def _identified_after(head: Token) -> bool:
    """'detained two men, identified as A and B', 'Three men were shot dead. They were identified as A, B and C':
    names given after the count, in its sentence or the next (rules/among.py and events.py read them)."""
    doc = head.doc
    end = doc[head.sent.end].sent.end if head.sent.end < len(doc) else head.sent.end
    return any(t.lemma_.lower() in IDENTIFYING and any(c.dep_ == "prep" and c.lower_ == "as" for c in t.children)
               for t in doc[head.i + 1:end])


def _counted(noun: Token) -> bool:
    return any(c.dep_ == "nummod" for c in noun.children)


def _hyphened(count: Token) -> int:
    """Where a count written with a hyphen begins ('sixty-two' read as 'sixty', '-', 'two')."""
    start = count.i
    while start >= 2 and count.doc[start - 1].text == "-" and count.doc[start - 2].like_num:
        start -= 2
    return start


TALLY_WORDS = frozenset({"hundred", "thousand", "thousands", "million", "millions", "hundreds", "dozens"})


def _tally(count: Token) -> bool:
    """A count too large or too loose for a set of people a claim is about: 'more than 60 people have been
    killed', '207 people were convicted', 'two million people': a toll, a sweep or a population, not people the
    text tells of ('at least 44 inmates' is)."""
    digits = count.text.replace(",", "")
    words = {c.lower_ for c in count.children} | {t.lower_ for t in count.doc[max(count.i - 3, 0):count.i]}
    return count.lower_ in TALLY_WORDS or bool(words & (TALLY_WORDS | VAGUE)) or (
        digits.isdigit() and int(digits) >= 100)
