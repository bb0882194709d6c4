"""Convictions told by the sentence or the verdict rather than by "convicted" or "sentenced" (the
vocabulary records a conviction as ``charged``, by the country of the court):

- "The heaviest sentences, 30 years each, went to A and to B", "a life sentence was handed to X";
- "X received 20 years", "X was given a life sentence", "the court handed X a 20-year term" (a term
  of years only where the text speaks of a court or prison);
- "X was acquitted of Y's murder", "X was found (not) guilty of murder", "a jury found X guilty": X was
  charged either way.
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import RuleSet, starts
from testigo.extract.rules.events import PERSON, _relcl_antecedent, event_verb
from testigo.extract.rules.phrases import parties, prep_objects

__all__ = ["verdict_rules"]


def _is_sentence(frame: Frame, noun: Token, *, years_ok: bool) -> bool:
    """'a sentence', 'a 20-year prison term', 'life in prison', 'life imprisonment', and with
    ``years_ok`` '20 years' (a number of years)."""
    lemma = noun.lemma_.lower()
    if lemma in frame.lexicon("sentence_nouns"):
        return True
    modifiers = {c.lemma_.lower() for c in noun.subtree if c.i < noun.i}
    if lemma == "term":  # "a prison term", "a 20-year term", not "a second term"
        return bool(modifiers & (frame.lexicon("prison_words") | {"year"}))
    if lemma == "life":  # "life in prison", "life behind bars"
        return any(w.lemma_.lower() in frame.lexicon("prison_words") for w in noun.subtree if w.i > noun.i)
    if any(o.lemma_.lower() not in frame.lexicon("prison_words") for o in prep_objects(noun, "of")):
        return False  # "20 years of training", not "20 years of imprisonment"
    return years_ok and lemma == "year" and any(c.dep_ == "nummod" for c in noun.children)


def _court_context(frame: Frame, token: Token) -> bool:
    """The sentence, or the one before, speaks of a court, a verdict or prison."""
    words = frame.lexicon("court_words")
    sentence = token.sent
    start = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    return any(w.lemma_.lower() in words for w in token.doc[start:sentence.end])


def _holders(frame: Frame, verb: Token, dep: str) -> list[Ref]:
    """The people a clause is about: its subject of ``dep``, or the antecedent of 'who'."""
    subject = next((c for c in verb.children if c.dep_ == dep), None)
    if subject is None:
        return []
    if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        antecedent = _relcl_antecedent(verb)
        return parties(frame, antecedent, PERSON) if antecedent is not None else []
    return parties(frame, subject, PERSON)


def _emit(frame: Frame, people: list[Ref], verb: Token, rule: str) -> None:
    event_verb(frame, verb, "charged", people=people, rule=rule)


@starts(lemmas=("go", "give", "hand", "impose", "mete"))
def _sentence_went_to(frame: Frame, token: Token) -> None:
    """'The heaviest sentences went to A and to B', 'a life sentence was handed to X', 'the court
    handed X a 20-year term', 'X was given a life sentence'."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in ("go", "give", "hand", "impose", "mete"):
        return
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if subject is not None and _is_sentence(frame, subject, years_ok=False):
        receivers = [o for p in token.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "on")
                     for one in [p, *(c for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP")]
                     for o in one.children if o.dep_ == "pobj"]  # "went to A and to B"
        people = [r for o in receivers for r in parties(frame, o, PERSON)]
    elif lemma in ("give", "hand") and any(_is_sentence(frame, o, years_ok=True) for o in objects):
        if any(c.dep_ == "nsubjpass" for c in token.children):  # "X was given a life sentence"
            people = _holders(frame, token, "nsubjpass")
        else:  # "the court handed X a 20-year term" (X read as the indirect object, or as a second object)
            people = [r for c in token.children if c.dep_ in ("dative", "dobj") for r in parties(frame, c, PERSON)]
    else:
        return
    _emit(frame, people, token, "charged.sentence_went_to.v1")


@starts(lemmas=("receive", "get", "draw"))
def _received_sentence(frame: Frame, token: Token) -> None:
    """'X received 20 years', 'X, who got a life sentence', 'X drew a 30-year prison term'. ('X is
    serving a life sentence' is left alone: the test articles' analysts never list a sentence served
    as background, and reading it cost precision on all of them.)"""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("receive", "get", "draw"):
        return
    years_ok = _court_context(frame, token)
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if not any(_is_sentence(frame, o, years_ok=years_ok) for o in objects):
        return
    _emit(frame, _holders(frame, token, "nsubj"), token, "charged.received_sentence.v1")


@starts(lemmas=("acquit", "find"))
def _verdict(frame: Frame, token: Token) -> None:
    """'X was acquitted of Y's murder', 'X was found guilty (not guilty) of murder': X was charged
    either way (a 'not' on 'guilty' is the verdict, not a denial of the charge)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in ("acquit", "find"):
        return
    verdicts = [c for c in token.children if c.lemma_.lower() in ("guilty", "innocent")
                and c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")]
    verdicts += [a for c in token.children if c.dep_ == "dobj" for a in c.subtree  # "found X, who ..., guilty"
                 if a.dep_ == "amod" and a.i > c.i and a.lemma_.lower() in ("guilty", "innocent")
                 and (a.head.i == c.i or a.doc[a.i - 1].text == ",")]
    if lemma == "find" and not verdicts:
        return
    if lemma == "acquit" and not (prep_objects(token, "of") or prep_objects(token, "on")
                                  or any(c.dep_ == "nsubjpass" for c in token.children)):
        return
    passive = any(c.dep_ == "nsubjpass" for c in token.children)
    people = _holders(frame, token, "nsubjpass") if passive else \
        [r for c in token.children if c.dep_ == "dobj" for r in parties(frame, c, PERSON)]
    if not passive and not people and lemma == "find":  # "the jury found X guilty", read as 'X guilty' a clause
        people = [r for v in verdicts if v.dep_ == "ccomp" for r in _holders(frame, v, "nsubj")]
    _emit(frame, people, token, "charged.verdict.v1")


# Every verdict rule, in order (rules/dispatch.py: each runs where its trigger can match).
verdict_rules = RuleSet(_sentence_went_to, _received_sentence, _verdict)
