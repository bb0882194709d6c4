"""Trafficking read from phrasings the verb and noun frames of events.py miss.

- a collective subject the parser joined to the verb: "the two groups traffic methamphetamine";
- a gerund under a reputation or accusation: "X is known for moving heroin", "X is accused of
  smuggling cocaine", "X, notorious for producing methamphetamine";
- a permission: "X no longer allows fentanyl to be made or sold" (the permission's negation is
  the claim's);
- work done for a group: "laboratories that make fentanyl for X";
- coordinated verbs the parser read as a noun: "X produces and ships methamphetamine";
- a share of a market: "X controlled 40 to 70 per cent of the methamphetamine market".
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import held_responsible, subject_of
from testigo.extract.rules.phrases import GROUP, parties, prep_objects
from testigo.extract.syntax import agent_objects
from testigo.extract.tokens import children

__all__ = ["trafficking_rules"]

DRUG = ("drug",)
RELATIVES = ("who", "which", "that")


def _drugs_of(frame: Frame, verb: Token) -> list[Ref]:
    """The drugs a trafficking verb acts on: its object, 'with X', or a drug the parser hung on it
    as a conjunct ('produces and ships methamphetamine')."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "conj") and c.pos_ in ("NOUN", "PROPN", "ADJ")]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj"]
    return [r for o in objects for r in parties(frame, o, DRUG)]


def _is_traffic_verb(frame: Frame, token: Token) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in frame.lexicon("traffic_verbs")


@starts(words=(lambda: _forms(),))
def _collective_side_by_side(frame: Frame, token: Token) -> None:
    """'the two groups traffic methamphetamine' read as one noun phrase: the groups are the pair
    the collective stands for."""
    doc = token.doc
    if token.lower_ not in _forms() or token.pos_ == "VERB" or token.i == 0 or token.i + 1 >= len(doc):
        return
    before = doc[token.i - 1]
    drug = frame.ref(doc[token.i + 1], *DRUG)
    if drug is None or drug.span.start != token.i + 1 or before.tag_ != "NNS" \
            or before.lemma_.lower() not in frame.lexicon("collective_nouns"):
        return
    for group in parties(frame, before, GROUP):
        frame.emit("traffics", group, drug, token, "traffics.collective_side_by_side.v1")


@starts(lemmas=(relations("traffic_verbs"),), words=(relations("traffic_nouns"),))
def _known_for(frame: Frame, token: Token) -> None:
    """'X is known for moving heroin', 'X was accused of smuggling cocaine' (also read as a noun
    phrase), 'X, notorious for producing methamphetamine': the subject of the reputation does
    the trafficking."""
    if _is_traffic_verb(frame, token) and token.dep_ == "pcomp":
        prep, drugs = token.head, _drugs_of(frame, token)
    elif token.pos_ == "NOUN" and token.lower_ in frame.lexicon("traffic_nouns") and token.dep_ == "compound" \
            and token.head.dep_ == "pobj":  # "of smuggling heroin"
        prep, drugs = token.head.head, parties(frame, token.head, DRUG)
    else:
        return
    frame_word = prep.head
    if prep.lower_ not in ("for", "of") or frame_word.lemma_.lower() not in frame.lexicon("reputation_words"):
        return
    doer = next((c for c in frame_word.children if c.dep_ == "nsubjpass"), None)
    if doer is None and frame_word.pos_ == "ADJ":  # "X is notorious for", "X, notorious for"
        doer = subject_of(frame_word.head) if frame_word.dep_ == "acomp" else (
            frame_word.head if frame_word.dep_ == "amod" else None)
    if doer is not None and doer.lower_ in RELATIVES and frame_word.dep_ == "relcl":
        doer = frame_word.head
    groups = parties(frame, doer, GROUP) if doer is not None else []
    for group in groups:
        for drug in drugs:
            frame.emit("traffics", group, drug, frame_word, "traffics.known_for.v1")


@starts(lemmas=(relations("permission_verbs"),))
def _permitted(frame: Frame, token: Token) -> None:
    """'X no longer allows fentanyl to be made or sold in P': X's rule over the trade is a claim
    about its trafficking, with the permission's polarity."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("permission_verbs"):
        return
    subject = subject_of(token)
    groups = parties(frame, subject, GROUP) if subject is not None else []
    if not groups:
        return
    after = [t for t in token.subtree if t.i > token.i]
    drug = next((r for t in after[:3] if (r := frame.ref(t, *DRUG)) is not None), None)
    if drug is None or not any(_is_traffic_verb(frame, t) and t.i > drug.span.start for t in after):
        return
    for group in groups:
        frame.emit("traffics", group, drug, token, "traffics.permitted.v1")


@starts(lemmas=(relations("traffic_verbs"),))
def _made_for(frame: Frame, token: Token) -> None:
    """'laboratories that make fentanyl for X': the group the drug is made, moved or sold for."""
    if not _is_traffic_verb(frame, token):
        return
    subject = subject_of(token)
    if subject is not None and parties(frame, subject, GROUP):
        return  # the verb's own subject is a group: events.py reads it
    drugs = _drugs_of(frame, token)
    holders = [token, *(c for c in children(token) if c.dep_ == "dobj")]
    clients = [r for h in holders for p in children(h) if p.dep_ == "prep" and p.lower_ == "for"
               for o in children(p) if o.dep_ == "pobj" for r in parties(frame, o, GROUP)]
    for group in clients:
        for drug in drugs:
            frame.emit("traffics", group, drug, token, "traffics.made_for.v1")


@starts(lemmas=(relations("traffic_verbs"),))
def _coordinated(frame: Frame, token: Token) -> None:
    """'X produces and ships methamphetamine', parsed with the drug as the first verb's conjunct."""
    if not _is_traffic_verb(frame, token) or any(c.dep_ == "dobj" for c in token.children):
        return
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in RELATIVES:
        return
    drugs = [r for c in token.children if c.dep_ == "conj" for r in parties(frame, c, DRUG)]
    for group in parties(frame, subject, GROUP):
        for drug in drugs:
            frame.emit("traffics", group, drug, token, "traffics.coordinated.v1")


def _group_before(frame: Frame, token: Token) -> Ref | None:
    """The group whose name ends right before ``token``."""
    if token.i == 0:
        return None
    group = frame.ref(token.doc[token.i - 1], *GROUP)
    return group if group is not None and group.span.end == token.i else None


def _misread_verb(token: Token) -> bool:
    return token.lower_ in _forms() and token.pos_ != "VERB"


@cache
def _forms() -> frozenset[str]:
    """Trafficking verbs as written in the present ('traffic', 'smuggles'), from events.py."""
    from testigo.extract.rules.events import _traffic_forms

    return _traffic_forms()


@starts(words=(lambda: _forms(),))
def _amount_after(frame: Frame, token: Token) -> None:
    """'X smuggles tons of cocaine' read as one noun phrase: a group, a trafficking verb, then an
    amount of a drug ('tons of', 'large shipments of', 'the')."""
    group = _group_before(frame, token)
    if group is None or not _misread_verb(token):
        return
    doc = token.doc
    amounts = frame.lexicon("amount_nouns")
    for word in doc[token.i + 1:min(token.i + 6, token.sent.end)]:
        drug = frame.ref(word, *DRUG)
        if drug is not None:
            if drug.span.start == word.i and word.i > token.i + 1:  # right after: traffics.side_by_side
                frame.emit("traffics", group, drug, token, "traffics.amount_side_by_side.v1")
            return
        if not (word.pos_ in ("DET", "NUM", "ADJ") or word.lower_ == "of" or word.lemma_.lower() in amounts):
            return


@starts(lemmas=(relations("traffic_verbs"),), words=(lambda: _forms(),))
def _relative_object(frame: Frame, token: Token) -> None:
    """'the fentanyl that X smuggles' / 'cocaine which X ships': the drug is the verb's object."""
    drug: Ref | None = None
    groups: list[Ref] = []
    if _is_traffic_verb(frame, token) and token.dep_ == "relcl" and any(
            c.dep_ == "dobj" and c.lower_ in RELATIVES for c in token.children):
        drug = frame.ref(token.head, *DRUG)
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        groups = parties(frame, subject, GROUP) if subject is not None else []
    elif _misread_verb(token) and (group := _group_before(frame, token)) is not None:
        before = token.doc[group.span.start - 1] if group.span.start > 0 else None
        while before is not None and before.pos_ == "DET" and before.i > 0:
            before = token.doc[before.i - 1]
        if before is not None and before.lower_ in RELATIVES and before.i > 0:
            drug, groups = frame.ref(token.doc[before.i - 1], *DRUG), [group]
    if drug is None:
        return
    for group in groups:
        frame.emit("traffics", group, drug, token, "traffics.relative_object.v1")


@starts(lemmas=(relations("traffic_verbs", "belonging_verbs"),))
def _done_to_drug(frame: Frame, token: Token) -> None:
    """'methamphetamine produced by X', 'cocaine trafficked by X', 'cocaine belonging to X', 'the
    fentanyl is made by X'."""
    if token.pos_ != "VERB":
        return
    patient = token.head if token.dep_ == "acl" else next(
        (c for c in token.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if patient is None or token.dep_ != "acl" and not any(c.dep_ == "agent" for c in token.children):
        return
    drug = frame.ref(patient, *DRUG) or next(  # "most of the fentanyl", "tons of cocaine"
        (r for o in prep_objects(patient, "of") if (r := frame.ref(o, *DRUG)) is not None), None)
    if drug is None:
        return
    lemma = token.lemma_.lower()
    if lemma in frame.lexicon("traffic_verbs") and (token.tag_ == "VBN" or token.dep_ != "acl"):
        owners = agent_objects(token)
    elif lemma in frame.lexicon("belonging_verbs"):
        owners = prep_objects(token, "to")
    else:
        return
    for group in [r for o in owners for r in parties(frame, o, GROUP)]:
        frame.emit("traffics", group, drug, token, "traffics.done_to_drug.v1")


@starts(lemmas=(relations("traffic_verbs"),))
def _gerund(frame: Frame, token: Token) -> None:
    """'X earns its money from selling methamphetamine', 'X grew rich by smuggling cocaine': the
    subject of the verb the gerund completes does the trafficking."""
    if not _is_traffic_verb(frame, token) or token.dep_ != "pcomp" or token.head.lower_ not in (
            "from", "by", "through"):
        return
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "nsubjpass" for c in verb.children):
        return  # "X was funded by selling ...": not the subject's own doing
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl":
        subject = verb.head
    for group in parties(frame, subject, GROUP) if subject is not None else []:
        for drug in _drugs_of(frame, token):
            frame.emit("traffics", group, drug, token, "traffics.gerund.v1")


@starts(words=(relations("traffic_nouns"),))
def _one_of(frame: Frame, token: Token) -> None:
    """'X is one of the largest producers of methamphetamine'."""
    if token.pos_ != "NOUN" or token.lower_ not in frame.lexicon("traffic_nouns") or token.dep_ != "pobj":
        return
    one = token.head.head
    if token.head.lower_ != "of" or one.lower_ not in ("one", "some", "several") or one.dep_ != "attr":
        return
    drugs = [r for o in prep_objects(token, "of") for r in parties(frame, o, DRUG)]
    drugs += [r for c in token.children if c.dep_ in ("compound", "amod") for r in parties(frame, c, DRUG)]
    subject = subject_of(one.head)
    for group in parties(frame, subject, GROUP) if subject is not None else []:
        for drug in drugs:
            frame.emit("traffics", group, drug, token, "traffics.one_of.v1")


@starts(words=(relations("traffic_nouns", "market_nouns"),))
def _runs_trade(frame: Frame, token: Token) -> None:
    """'X controls the fentanyl trade in P', 'X runs the cocaine business', 'X dominates the market for meth',
    'X operates methamphetamine labs', 'X ran one of the largest cocaine pipelines'."""
    if token.pos_ != "NOUN" or token.lower_ not in frame.lexicon("traffic_nouns", "market_nouns"):
        return
    held = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in ("one", "some", "several") \
            and token.head.head.dep_ == "dobj":
        held = token.head.head  # "ran one of the largest cocaine pipelines"
    if held.dep_ != "dobj":
        return
    verb = held.head
    if verb.lemma_.lower() not in frame.lexicon("running_verbs"):
        return
    drugs = [r for c in token.children if c.dep_ in ("compound", "amod") for r in parties(frame, c, DRUG)]
    drugs += [r for p in ("of", "in", "for") for o in prep_objects(token, p) for r in parties(frame, o, DRUG)]
    if held is token and token.lower_ in frame.lexicon("market_nouns"):  # "for" hung on the verb
        drugs += [r for o in prep_objects(verb, "for") for r in parties(frame, o, DRUG)]
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl":
        subject = verb.head
    for group in parties(frame, subject, GROUP) if subject is not None else []:
        for drug in drugs:
            frame.emit("traffics", group, drug, token, "traffics.runs_trade.v1")


@starts(words=(relations("market_nouns"),))
def _share_of_market(frame: Frame, token: Token) -> None:
    """'X controlled 40 to 70 per cent of the methamphetamine market', 'X controls much of the cocaine
    trade in P': a share of a drug's market that a group runs."""
    if token.pos_ != "NOUN" or token.lower_ not in frame.lexicon("market_nouns") or token.dep_ != "pobj":
        return
    share = token.head.head
    if token.head.lower_ != "of" or share.dep_ != "dobj" or share.lemma_.lower() not in frame.lexicon("share_words"):
        return
    verb = share.head
    if verb.lemma_.lower() not in frame.lexicon("running_verbs"):
        return
    drugs = [r for c in token.children if c.dep_ in ("compound", "amod", "nmod") for r in parties(frame, c, DRUG)]
    drugs += [r for o in prep_objects(token, "for") + prep_objects(token, "of") for r in parties(frame, o, DRUG)]
    subject = subject_of(verb)
    for group in parties(frame, subject, GROUP) if subject is not None else []:
        for drug in drugs:
            frame.emit("traffics", group, drug, verb, "traffics.share_of_market.v1")


@starts(lemmas=(relations("responsibility_words"),))
def _responsible_for(frame: Frame, token: Token) -> None:
    """'X is responsible for much of the cocaine sold in P', 'the groups officials hold responsible
    for the fentanyl that reaches P'."""
    if token.pos_ != "ADJ" or token.lemma_.lower() not in frame.lexicon("responsibility_words"):
        return
    drugs: list[Ref] = []
    for obj in prep_objects(token, "for"):
        drugs += parties(frame, obj, DRUG)
        for inner in prep_objects(obj, "of"):  # "much of the cocaine", "the production of heroin"
            drugs += parties(frame, inner, DRUG)
            drugs += [r for o in prep_objects(inner, "of") for r in parties(frame, o, DRUG)]
    if not drugs:
        return
    holder, _ = held_responsible(token)
    if holder is not None and holder.dep_ == "attr" and frame.name(holder) is None:
        holder = subject_of(holder.head)  # "X and Y are the two groups officials hold responsible for"
    for group in parties(frame, holder, GROUP) if holder is not None else []:
        for drug in drugs:
            frame.emit("traffics", group, drug, token, "traffics.responsible_for.v1")


# Every trafficking rule of this module, in order (rules/dispatch.py: each runs where its trigger can match).
trafficking_rules = RuleSet(
    _responsible_for, _amount_after, _relative_object, _done_to_drug, _gerund, _one_of, _runs_trade,
    _collective_side_by_side, _known_for, _permitted, _made_for, _coordinated, _share_of_market,
)
