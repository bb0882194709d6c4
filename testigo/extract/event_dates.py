"""When an event happened, when its own clause does not say.

:func:`event_dates` takes the dates of the event's clause; when there are none, it looks where a
careful reader would:

- a definite document or event noun in the clause points back to its first mention, whose phrase
  may carry the date ("... charged in an indictment unsealed on Tuesday. The indictment charges X
  with ..." -> Tuesday);
- "was arrested with him" is the occasion of the previous sentence ("X was detained on March 2.
  His wife was arrested with him." -> March 2), when that sentence names exactly one date.

Dates are resolved against ``published`` as in :func:`testigo.extract.dates.find_dates`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from testigo.extract.dates import DateMention, find_dates

__all__ = ["event_dates"]

# Nouns that a later "the X" names again: the document or operation the event belongs to.
BACK_NOUNS = frozenset({"indictment", "complaint", "filing", "warrant", "raid", "operation", "statement",
                        "report", "ruling", "order", "sentence", "trial", "hearing"})
_DEFINITE = frozenset({"the", "this", "that"})
_COMPANY = frozenset({"him", "her", "them"})
_LOOK_BACK = 400  # tokens: how far back a first mention is looked for


def event_dates(trigger: Token, clause: Span, published: str | None = None) -> list[DateMention]:
    """The dates of the event ``trigger`` names: its clause's, else those the text gives elsewhere."""
    found = find_dates(clause.text, published=published)
    if found:
        return found
    for token in clause:
        if _definite_back_noun(token):
            found = _first_mention_dates(token, published)
            if found:
                return found
    if any(c.lower_ == "with" and any(o.lower_ in _COMPANY for o in c.children) for c in trigger.children):
        previous = _previous_sentence(trigger)
        if previous is not None:
            found = find_dates(previous.text, published=published)
            if len(found) == 1:
                return found
    return []


def _definite_back_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in BACK_NOUNS and any(
        c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)


def _first_mention_dates(token: Token, published: str | None) -> list[DateMention]:
    """Dates in the phrase of the latest earlier mention of the same noun ("an indictment unsealed
    on Tuesday"), if any."""
    doc = token.doc
    lemma = token.lemma_.lower()
    start = token.sent.start
    for k in range(start - 1, max(-1, start - _LOOK_BACK), -1):
        earlier = doc[k]
        if earlier.pos_ == "NOUN" and earlier.lemma_.lower() == lemma:
            phrase = doc[earlier.left_edge.i:earlier.right_edge.i + 1]
            return find_dates(phrase.text, published=published)
    return []


def _previous_sentence(token: Token) -> Span | None:
    start = token.sent.start
    if start == 0:
        return None
    previous = token.doc[start - 1].sent
    return previous if previous.end <= start else None
