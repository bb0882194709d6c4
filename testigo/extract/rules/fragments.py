"""Lines without a subject under a name, as case summaries, indictment digests and wanted lists
write them:

    Néstor Isidro Pérez Salas, known as "El Nini".
    Described in the indictment as the head of security for Los Chapitos.
    Arrested by the Mexican army in Culiacán on November 17, 2023, and extradited in June 2024.

Each such line is said of the person the paragraph opens with, when that opening sentence is the
name alone (with its nickname): a noun line ('A son of X.', 'X's brother.') reads as an
apposition, a participle line ('Charged as a leader of G.', 'Alleged to be a hitman for G.',
'Taken into custody by US agents.') as a passive whose subject is that person.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.rules.events import event_verb
from testigo.extract.rules.justice import custody
from testigo.extract.rules.kinship import family
from testigo.extract.rules.roles import emit_roles, role

__all__ = ["fragment_rules"]

PERSON = ("person",)
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
NAMING = frozenset({"know", "call", "nickname", "dub"})


def fragment_rules(frame: Frame) -> None:
    """Read every subjectless line of the document as said of its paragraph's heading name."""
    heading: tuple[int, Ref | None] = (-1, None)  # (paragraph start, its heading person)
    sentences = list(frame.doc.sents)
    for n, sent in enumerate(sentences):
        root = sent.root
        if any(c.dep_ in SUBJECTS for c in root.children):
            continue
        if root.pos_ != "NOUN" and not (root.pos_ == "VERB" and root.tag_ == "VBN"):
            continue
        start = frame.text.rfind("\n\n", 0, sent.start_char) + 2  # the paragraph (a blank line before it)
        if heading[0] != start:
            heading = (start, _heading(frame, sentences, n, start))
        person = heading[1]
        if person is None:
            continue
        if root.pos_ == "NOUN":
            _noun_line(frame, person, root)
        else:
            _participle_line(frame, person, root)


def _heading(frame: Frame, sentences: list[Span], n: int, start: int) -> Ref | None:
    """The person a paragraph opens with, when its first sentence is the name alone; the n-th
    sentence is in the paragraph that starts at character ``start``."""
    first = n
    while first > 0 and sentences[first - 1].start_char >= start:
        first -= 1
    if first == n:
        return None
    first_sentence = sentences[first]
    people = frame.refs_in(first_sentence, *PERSON)
    if not people or people[0].span.root.i != first_sentence.root.i:
        return None
    words = [t for t in first_sentence if t.is_alpha and not t.is_punct]
    named = {i for r in people for i in range(r.span.start, r.span.end)}
    rest = [t for t in words if t.i not in named and t.lemma_.lower() not in NAMING and t.lower_ not in ("as", "alias")]
    return people[0] if len(rest) <= 2 else None  # a nickname the tagger left out may remain


def _noun_line(frame: Frame, person: Ref, noun: Token) -> None:
    """'A son of El Chapo.' / 'Iván Archivaldo's brother.' / 'The leader of G.'"""
    if frame.name(noun) is not None:
        return
    if role(frame, noun) is not None:
        emit_roles(frame, person, noun, "fragment", presupposed=False)
    family(frame, person, noun, "fragment")


def _participle_line(frame: Frame, person: Ref, verb: Token) -> None:
    """'Arrested by soldiers in May, and extradited in June.' / 'Charged as a leader of G.' /
    'Alleged to be a hitman for G.' / 'Described in the indictment as the head of security for G.'"""
    events = frame.table("events")
    for one in [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                        and not any(k.dep_ in SUBJECTS for k in c.children))]:
        lemma = one.lemma_.lower()
        for predicate, triggers in events.items():
            if lemma in triggers["verbs"]:
                event_verb(frame, one, predicate, people=[person])
        custody(frame, one, people=[person])
    for word in verb.subtree:
        as_role = word.dep_ == "pobj" and word.head.lower_ == "as" or word.dep_ == "attr" and word.head.lemma_ == "be"
        if as_role and word.pos_ == "NOUN" and role(frame, word) is not None:
            emit_roles(frame, person, word, "fragment", presupposed=False)
