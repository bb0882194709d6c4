"""Other accounts of when an event happened: a second claim, so that the disagreement is kept.

"X was arrested on 21 June 2011; some accounts give the date as 22 June", "Mexican authorities said X
was captured on July 15, though press accounts placed the capture on the night of July 14", "French
prosecutors gave the date of the arrest as 21 March; a statement from the security services dated
it to 22 March": a verb that sets a date on an event (give, put, place, set, date, fix, report,
record, list) with, as its object, the event's noun ("the capture"), "the date" (of the event) or
"it", and the date in a phrase after it. The account is a claim of its own: the event it dates (the
last one told before it, in its sentence or the one before, of the kind its noun names), with the
account's date, sourced to whoever gives it, quoting the account's sentence. The two dates then
stand side by side and ``testigo contradictions`` lists them (contradict.py).

Runs after every other rule, over the claims they made.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import LEMMA, POS
from spacy.tokens import Token

from testigo.extract.date_forms import MONTH_NAMES
from testigo.extract.dates import find_dates
from testigo.extract.frame import Frame
from testigo.extract.tokens import texts, tokens_of
from testigo.model import Claim, DateValue, Evidence, make_id
from testigo.schema import load_schema

__all__ = ["account_rules"]

ACCOUNT_VERBS = frozenset({"give", "put", "place", "set", "date", "fix", "report", "record", "list"})
DATE_NOUNS = frozenset({"date", "day", "time"})
EVENT_NOUNS = {
    "arrest": "arrested", "capture": "arrested", "detention": "arrested", "apprehension": "arrested",
    "killing": "killed", "death": "killed", "murder": "killed", "assassination": "killed",
    "extradition": "extradited", "indictment": "charged", "designation": "designated",
}
DATE_PREPS = frozenset({"as", "at", "on", "to", "in"})


def account_rules(frame: Frame) -> None:
    """A claim for each other account of an event's date (see the module's text)."""
    events = sorted((c for c in frame.claims.values() if _event(c)), key=lambda c: c.evidence.start)
    if not events:
        return
    tokens, pos, lemma = tokens_of(frame.doc), texts(frame.doc, POS), texts(frame.doc, LEMMA, str.lower)
    for i, word in enumerate(lemma):  # the words read as arrays: no Token made at each of the text's words
        if word in ACCOUNT_VERBS and pos[i] == "VERB":
            _account(frame, tokens[i], events)


def _event(claim: Claim) -> bool:
    return load_schema().predicate(claim.predicate).event and claim.polarity.value == "positive" and any(
        d.value for d in claim.qualifiers.dates)


def _account(frame: Frame, verb: Token, events: list[Claim]) -> None:
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return
    noun = obj.lemma_.lower()
    predicate = EVENT_NOUNS.get(noun)
    if noun in DATE_NOUNS:  # "the date of the arrest": the noun after 'of', when there is one
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        predicate = EVENT_NOUNS.get(inner.lemma_.lower()) if inner is not None else None
        if inner is not None and predicate is None:
            return  # "the date of the meeting": no event of ours
    elif predicate is None and obj.lower_ != "it":
        return
    target = _dated_event(verb, events, predicate)
    if target is None:
        return
    date = _date_after(frame, verb, obj, target)
    if date is None:
        return
    own = tuple(d for d in target.qualifiers.dates if d.text != date.text or d.value != date.value)
    if not own or any(d.value == date.value for d in own):
        return  # the account's date is the event's only date, or the same date again
    if len(own) < len(target.qualifiers.dates):  # the event's clause took in the account's date: it is not the event's
        target = frame.claims[target.id] = replace(target, qualifiers=replace(target.qualifiers, dates=own))
    chain = (*target.attributed_to[:1], *_givers(frame, verb))
    sentence = verb.sent
    claim = replace(target, id=make_id("clm", target.id, "account", date.value, *chain),
                    qualifiers=replace(target.qualifiers, dates=(date,)), attributed_to=chain,
                    evidence=Evidence(sentence.text, sentence.start_char, sentence.end_char),
                    rule=f"{target.predicate}.other_account.v1")
    frame.claims.setdefault(claim.id, claim)


def _givers(frame: Frame, verb: Token) -> list[str]:
    """Who gives the account, outermost first: its subject ('French prosecutors', 'some accounts'), and
    whom the subject cites ('some accounts, citing the state prosecutor'). The account is its
    giver's, not the source of the sentence around it ('Officials said X was captured on May 9,
    though newspapers placed the capture on May 8')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    citing = next((c for c in (subject or verb).children if c.dep_ in ("acl", "advcl", "csubj")
                   and c.lemma_.lower() == "cite"), None)
    if citing is not None and subject is None:  # "press accounts, citing officials, placed ...", parsed
        subject = _noun_before(citing)          # with 'citing' as the subject
    if subject is None or subject.pos_ == "PRON":
        return []
    if citing is None:
        return [frame.phrase_name(subject)]
    own = frame.doc[subject.left_edge.i:min(citing.left_edge.i, subject.i + 1)]
    cited = next((c for c in citing.children if c.dep_ == "dobj"), None)
    return [own.text] + ([frame.phrase_name(cited)] if cited is not None else [])


def _noun_before(token: Token) -> Token | None:
    """The noun right before ``token`` and its comma."""
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    if before is not None and before.is_punct and before.i > 0:
        before = token.doc[before.i - 1]
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") else None


def _dated_event(verb: Token, events: list[Claim], predicate: str | None) -> Claim | None:
    """The last dated event told before the account's verb, in its sentence or the one before, of
    ``predicate`` when the account names the event."""
    sentence = verb.sent
    start = verb.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    before = [c for c in events if start <= c.evidence.start and c.evidence.start <= verb.idx
              and (predicate is None or c.predicate == predicate)]
    if not before:
        return None
    last = before[-1]
    same = [c for c in before if c.evidence.start == last.evidence.start and c.predicate == last.predicate]
    return same[-1] if len({(c.subject_id, c.object_id) for c in same}) == 1 else None


def _date_after(frame: Frame, verb: Token, obj: Token, target: Claim) -> DateValue | None:
    """The date in a phrase after the object ('as 22 June', 'on the night of July 14', 'to 22 March'),
    of the event's year when it names none."""
    when = next(d.value for d in target.qualifiers.dates if d.value)
    for prep in [*verb.children, *obj.children]:
        if prep.dep_ != "prep" or prep.lower_ not in DATE_PREPS or prep.i < obj.i:
            continue
        words = frame.doc[prep.i + 1:prep.right_edge.i + 1]
        found = [d for d in find_dates(words.text, published=f"{when[:4]}-12-31") if d.value]
        if found:
            return found[0].to_value()
        month = next((t for t in words if t.text in MONTH_NAMES and t.pos_ == "PROPN"), None)
        if month is not None:  # 'as having taken place "in the first days of January"'
            return _nearest_month(month.text, when)
    return None


def _nearest_month(name: str, when: str) -> DateValue:
    """A month named with no year, in the year that puts it nearest the event's own date ('January' against
    December 2011 is January 2012)."""
    month = MONTH_NAMES.index(name) + 1
    year, own = int(when[:4]), int(when[5:7]) if len(when) >= 7 else 6
    best = min((year - 1, year, year + 1), key=lambda y: abs((y - year) * 12 + month - own))
    return DateValue(name, f"{best:04d}-{month:02d}", "month")
