"""Facts of the dependency parse that the certainty reader and the relation rules share: the verbs that
name something, and the subject a verb lost to a source phrase the parser misread."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from testigo.extract.tokens import children

__all__ = ["NAMING_VERBS", "agent_objects", "apposed_role", "conjuncts", "phrase_words", "subject_in_source"]

NAMING_VERBS = frozenset({"call", "know", "name", "dub", "nickname"})


def subject_in_source(verb: Token) -> Token | None:
    """'According to P, X and Y are ...' parsed with X and Y conjoined to P: the first name after
    the comma that closes the source is the subject the verb lacks. 'X, also called Y, is ...'
    parsed with X the subject of 'called': X is the subject."""
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "advcl") and clause.i < verb.i and clause.lemma_.lower() in NAMING_VERBS:
            named = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if named is not None and named.pos_ == "PROPN":
                return named
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "according" or prep.i > verb.i:
            continue
        for source in (o for to in prep.children for o in to.children if o.dep_ == "pobj"):
            after = [c for c in source.children if c.dep_ == "conj" and c.i > source.i]
            if after and any(t.text == "," for t in verb.doc[source.i:after[0].left_edge.i]):
                return after[0]
        for word in prep.subtree:  # 'According to a report by P cited by local media, X and Y had ...': the
            if word.dep_ == "conj" and word.pos_ == "PROPN" and word.head.pos_ != "PROPN" and word.i < verb.i \
                    and verb.doc[word.left_edge.i - 1].text == ",":  # name joined to the source's last word
                return word
        if (swallowed := _name_closing(prep, verb)) is not None:
            return swallowed
    return None


def _name_closing(source: Token, verb: Token) -> Token | None:
    """'According to a source who asked not to be named, "X" would be ...' parsed with X the object of
    'named': the name that closes the source phrase right before the verb, after its comma."""
    first = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i])
    i = first - 1
    while i > source.i and verb.doc[i].text in ('"', "\u201d", "\u201c"):
        i -= 1
    name = verb.doc[i]
    if name.pos_ != "PROPN" or not source.i < name.i <= source.right_edge.i:
        return None  # the name is inside the source phrase, where the parser put it
    start = name.left_edge.i
    while start > source.i and verb.doc[start - 1].text in ('"', "\u201c"):
        start -= 1
    return name if start > source.i and verb.doc[start - 1].text == "," else None


def agent_objects(verb: Token) -> list[Token]:
    """The nouns of a passive's 'by' agent ('arrested by soldiers' -> [soldiers])."""
    return [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ('A, B and C'), in the parse's order."""
    found = [token]
    for child in children(token):
        if child.dep_ == "conj":
            found.extend(conjuncts(child))
    return found


def apposed_role(token: Token) -> str:
    """The dependency of a name, or of the noun it stands in apposition to."""
    while token.dep_ == "appos" and token.head.i != token.i:
        token = token.head
    return token.dep_


def phrase_words(token: Token, keep: Callable[[Token], bool]) -> Iterator[Token]:
    """The token and the words below it reached only through children ``keep`` accepts (a phrase less the
    clauses or phrases inside it), depth first, the last child first."""
    stack = [token]
    while stack:
        word = stack.pop()
        yield word
        stack.extend(c for c in word.children if keep(c))
