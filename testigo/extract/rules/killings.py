"""Killings told in ways the event rules of rules/events.py do not read.

- "the murder of X, which police attribute to G" / "the killing of X, which was blamed on G":
  G killed X, as the one who attributes it says;
- "police blamed the killing of X on G", "G claimed responsibility for the murder of X", "G ordered the
  killing of X", "the killing (of X) was the work of G": G killed X;
- "G was behind the murder of X", "the gang behind the killing", "G carried out (committed) the killing of X",
  "the killing of X was carried out (ordered) by G": G killed X; these, and the blame and responsibility
  wordings above, also read "the death of X" ("police blamed G for X's death"), which alone is no killing;
- "X was shot in P in July 2021 and died nine days later": X was killed (by whoever shot X, if named).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.lexicon import load_patterns
from testigo.extract.rules.anaphora import together_with
from testigo.extract.rules.dispatch import RuleSet, starts
from testigo.extract.rules.groups import held_responsible, subject_of
from testigo.extract.rules.phrases import GROUP, parties, prep_objects
from testigo.extract.syntax import NAMING_VERBS, agent_objects

__all__ = ["killing_rules"]

PERSON = ("person",)
KILLERS = ("agency", "country", *GROUP, *PERSON)
RELATIVES = ("which", "that")
WOUNDING_VERBS = frozenset({"shoot", "stab", "wound", "injure", "attack", "beat"})
DYING_VERBS = frozenset({"die", "succumb"})
CLAIMING_VERBS = frozenset({"claim", "accept", "admit", "take", "assume", "deny", "reject"})  # a denial is the polarity


def _killing_nouns() -> list[str]:
    return load_patterns("relations")["events"]["killed"]["nouns"]  # type: ignore[no-any-return]


@starts(words=(_killing_nouns,))
def _attributed_killing(frame: Frame, token: Token) -> None:
    """'the murder of X, which police attribute to G': G killed X; the attributor is the source."""
    if token.pos_ != "NOUN" or token.lower_ not in _killing_nouns():
        return
    victims = [r for o in prep_objects(token, "of") for r in parties(frame, o, PERSON)]
    victims += [r for c in token.children if c.dep_ in ("poss", "appos") for r in parties(frame, c, PERSON)]
    for clause in (c for c in token.children if c.dep_ == "relcl"):
        if clause.lemma_.lower() not in frame.lexicon("attributing_verbs") or not any(
                c.dep_ in ("dobj", "nsubjpass") and c.lower_ in RELATIVES for c in clause.children):
            continue
        killers = [r for p in ("to", "on") for o in prep_objects(clause, p) for r in parties(frame, o, KILLERS)]
        for victim in victims:
            for killer in killers:
                claim = frame.emit("killed", victim, killer, token, "killed.attributed_clause.v1", with_time=True)
                if claim is not None:
                    _add_attributor(frame, claim.id, clause)


def _killing_plurals() -> list[str]:
    return [f"{noun}s" for noun in _killing_nouns()]  # 'the killings were blamed on G'


# 'the death of X' is a killing only where someone is said to have done it: blamed for it, behind it, ...
DEATH_NOUNS = ("death", "deaths")


@starts(words=(_killing_nouns, _killing_plurals, lambda: DEATH_NOUNS))
def _killing_laid_on(frame: Frame, token: Token) -> None:
    """'Police blamed the killing of X on G', 'attributed the murder of X to G' (G killed X, for the one
    who blames), 'G claimed responsibility for the killing of X' (G killed X, by its own word), 'G was
    behind the murder of X', 'the killing was carried out by G' (G did it)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in (*_killing_nouns(), "death"):
        return
    victims: list[Ref | None] = [r for o in prep_objects(token, "of") for r in parties(frame, o, PERSON)]
    if not victims and token.dep_ == "conj":  # "the abduction and murder of Y": 'of' hung on the first noun
        victims = [r for o in prep_objects(token.head, "of") for r in parties(frame, o, PERSON)]
    victims += [r for c in token.children if c.dep_ == "poss" for r in parties(frame, c, PERSON)]
    head = token.head
    if token.dep_ == "dobj" and head.lemma_.lower() in frame.lexicon("attributing_verbs"):
        killers = [r for h in (head, token) for p in ("to", "on") for o in prep_objects(h, p)
                   for r in parties(frame, o, KILLERS)]
        rule = "killed.laid_on.v1"
    elif token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility" \
            and head.head.dep_ == "dobj" and head.head.head.lemma_.lower() in CLAIMING_VERBS:
        subject = subject_of(head.head.head)
        killers = parties(frame, subject, KILLERS) if subject is not None else []
        rule = "killed.claimed_responsibility.v1"
        if head.head.head.lemma_.lower() in ("deny", "reject"):
            token = head.head.head  # the verb carries the polarity: "denied responsibility for ..."
    elif (named := _held_responsible(frame, token)) is not None:
        killers, holder, negated = named  # "the DEA holds X responsible for the murder of Y": X killed Y, says the DEA
        claims = [c for v in victims if v is not None for k in killers if k.entity_id != v.entity_id
                  if (c := frame.emit("killed", v, k, token, "killed.held_responsible.v1", with_time=True,
                                      negated=negated))]
        if holder is not None:
            for claim in claims:
                _add_attributor(frame, claim.id, holder)
        return
    elif token.dep_ == "dobj" and head.lemma_.lower() in ORDERING_VERBS and head.pos_ == "VERB":
        subject = subject_of(head)  # "X ordered the killing of Y": X had Y killed
        killers = parties(frame, subject, KILLERS) if subject is not None else []
        rule = "killed.ordered.v1"
        victims = victims or _the_last_victim(frame, token)
        token = head  # the ordering carries the polarity: "X denied ordering the murder", "X denied that he ordered"
    elif token.dep_ == "nsubjpass" and head.lemma_.lower() in frame.lexicon("attributing_verbs"):
        killers = [r for p in head.subtree if p.dep_ == "prep" and p.lower_ in ("to", "on") and p.i > head.i
                   for o in p.children if o.dep_ == "pobj" for r in parties(frame, o, KILLERS)]  # 'at the time on G'
        victims = victims or _the_last_victim(frame, token)
        rule = "killed.laid_on.v1"  # 'The killing was blamed on G': 'blame' on its path hedges it (probable)
    elif (done := _done_by(frame, token)) is not None:
        killers, rule, verb = done
        victims = victims or _the_last_victim(frame, token)
        token = verb  # the verb carries the polarity: "G was not behind the killing", "G denied carrying it out"
    elif token.lemma_.lower() == "death" and token.dep_ == "pobj" and head.lower_ == "for" \
            and head.head.lemma_.lower() in frame.lexicon("attributing_verbs"):
        killers = [r for c in head.head.children if c.dep_ == "dobj" for r in parties(frame, c, KILLERS)]
        rule = "killed.laid_on.v1"  # "police blamed G for the death of X" (a killing noun: events.blamed)
    elif token.dep_ == "nsubj" and head.lemma_ == "be" and (work := _work_of(frame, head)):
        killers = work  # "the killing of Y was the work of G"; "the killing" alone: the one last told
        victims = victims or _the_last_victim(frame, token)
        rule = "killed.work_of.v1"
    else:
        return
    for victim in victims:
        for killer in killers:
            if victim is not None and killer.entity_id != victim.entity_id:
                frame.emit("killed", victim, killer, token, rule, with_time=True)


# Words for an attack, which is a killing when it is the one just told: "X was shot dead on Monday. Police said
# the attack was carried out by G" (custody._attack_attributed reads "attributed the attack to G").
ATTACK_WORDS = ("attack", "ambush", "shooting", "aggression", "massacre")


@starts(words=(lambda: ATTACK_WORDS,))
def _attack_done_by(frame: Frame, token: Token) -> None:
    """'X was shot dead on Monday. Police said the attack was carried out (ordered) by G', '... G was behind
    the attack': G killed the one whose killing was told just before ('the attack', not 'an attack')."""
    if token.pos_ != "NOUN" or token.lower_ not in ATTACK_WORDS \
            or not any(c.lower_ in ("the", "this", "that") for c in token.children) \
            or any(c.dep_ == "prep" and c.lower_ in ("on", "against", "of") for c in token.children):
        return  # "the attack on the police station": another attack
    done = _done_by(frame, token)
    if done is None or not done[0] or (victim := _last_victim(frame, token)) is None:
        return
    killers, rule, verb = done
    for killer in killers:
        if killer.entity_id != victim.entity_id:
            frame.emit("killed", victim, killer, verb, rule, with_time=True)


def _held_responsible(frame: Frame, killing: Token) -> tuple[list[Ref], Token | None, bool] | None:
    """'X is responsible for the murder of Y', 'P holds X responsible for the abduction and murder of Y'
    (with 'for' on the adjective or on the verb, and 'together with Z' beside X): the killers, and the
    verb of whoever holds them so (None where the text says it itself), and whether that is denied ('X was
    not responsible for ...', 'P does not hold X responsible ...')."""
    first = killing
    while first.dep_ == "conj":  # "the abduction and murder of Y"
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ != "for":
        return None
    words = frame.lexicon("responsibility_words")
    above = first.head.head
    adjective = above if above.lemma_.lower() in words else next((
        a for c in above.children for a in (c, *c.children) if a.lemma_.lower() in words and a.pos_ == "ADJ"
        and (a.head.i == above.i or c.dep_ == "dobj")), None)
    if adjective is None:
        return None
    holder, verb = held_responsible(adjective)
    killers = parties(frame, holder, KILLERS) if holder is not None else []
    killers += [r for c in above.children if c.dep_ == "prep" for o in c.children if together_with(o)
                for r in parties(frame, o, KILLERS)] if killers else []
    return killers, verb, any(c.dep_ == "neg" for c in adjective.head.children)


ORDERING_VERBS = frozenset({"order", "commission", "authorize", "authorise", "mastermind", "plan"})
DOING_VERBS = frozenset({"commit", "perpetrate", "carry"})  # 'carry' with 'out' only


def _done_by(frame: Frame, killing: Token) -> tuple[list[Ref], str, Token] | None:
    """Who did the killing named by ``killing``, the rule that reads it and the word that says it: 'G was
    behind the murder of X', 'the gang behind the killing' (the noun 'behind' hangs from); 'G carried out
    (committed) the killing' (the verb's subject); 'the killing was carried out (ordered) by G' (the
    passive's agent)."""
    head = killing.head
    if killing.dep_ == "pobj" and head.lower_ == "behind":
        above = head.head
        if above.lemma_ == "be":
            doer = subject_of(above)
        else:
            doer, above = (above, killing) if above.pos_ in ("NOUN", "PROPN") else (None, killing)
        return (parties(frame, doer, KILLERS), "killed.behind.v1", above) if doer is not None else None
    lemma = head.lemma_.lower()
    doing = lemma in DOING_VERBS and (lemma != "carry" or any(c.dep_ == "prt" and c.lower_ == "out"
                                                              for c in head.children))
    if head.pos_ != "VERB" or not doing and lemma not in ORDERING_VERBS:
        return None
    rule = "killed.carried_out.v1" if doing else "killed.ordered.v1"
    if killing.dep_ == "nsubjpass":
        return [r for o in agent_objects(head) for r in parties(frame, o, KILLERS)], rule, head
    if killing.dep_ == "dobj" and doing:  # 'ordered the killing' is read above (killed.ordered)
        subject = subject_of(head)
        return (parties(frame, subject, KILLERS) if subject is not None else []), rule, head
    return None


def _work_of(frame: Frame, verb: Token) -> list[Ref]:
    """'... was the work of G': G."""
    return [r for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() == "work"
            for o in prep_objects(c, "of") for r in parties(frame, o, KILLERS)]


def _the_last_victim(frame: Frame, token: Token) -> list[Ref | None]:
    """'the killing' alone: the one whose killing was told last ([] for 'a killing')."""
    return [_last_victim(frame, token)] if any(c.lower_ == "the" for c in token.children) else []


def _last_victim(frame: Frame, token: Token) -> Ref | None:
    """The person whose killing was told last in the two sentences before ``token``'s."""
    doc = token.doc
    sentence = token.sent
    start = sentence.start
    for _ in range(2):
        start = doc[start - 1].sent.start if start > 0 else start
    low = doc[start].idx
    told = [c for c in frame.claims.values() if c.predicate == "killed" and low <= c.evidence.start
            < sentence.start_char or c.predicate == "killed" and c.evidence.start == sentence.start_char
            and c.evidence.start < token.idx and c.object_id is None]  # 'X was murdered; the killing was ...'
    if not told:
        return None
    last = max(told, key=lambda c: c.evidence.start)
    return next((r for r in frame.ents.refs if r.entity_id == last.subject_id), None)


def _add_attributor(frame: Frame, claim_id: str, clause: Token) -> None:
    """The subject of 'which police attribute to G' joins the claim's sources (the parser may read
    'police attribute' as one noun phrase, with 'police' a compound of the verb)."""
    speaker = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVES), None)
    speaker = speaker or next((c for c in clause.children if c.dep_ == "compound" and c.i < clause.i
                               and c.pos_ in ("NOUN", "PROPN")), None)
    claim = frame.claims.get(claim_id)
    if speaker is None or claim is None:
        return
    name = frame.phrase_name(speaker)
    if name and name not in claim.attributed_to:
        frame.claims[claim_id] = replace(claim, attributed_to=(*claim.attributed_to, name))


@starts(lemmas=tuple(WOUNDING_VERBS))
def _shot_and_died(frame: Frame, token: Token) -> None:
    """'X was shot in central Amsterdam in July 2021 and died nine days later': X was killed."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in WOUNDING_VERBS:
        return
    if not any(c.dep_ == "conj" and c.lemma_.lower() in DYING_VERBS for c in token.children):
        return
    held = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    victims = parties(frame, held, PERSON) if held is not None else []
    killers = [r for o in agent_objects(token) for r in parties(frame, o, KILLERS)]
    for victim in victims:
        for killer in killers or [None]:
            frame.emit("killed", victim, killer, token, "killed.shot_and_died.v1", with_time=True)


# Every rule of this module, in order (rules/dispatch.py: each runs where its trigger can match).
THE_DEAD = frozenset({"dead", "victim", "victims", "slain", "fatality", "fatalities"})


@starts(words=(lambda: THE_DEAD,))
def _among_the_dead(frame: Frame, token: Token) -> None:
    """'One of the dead was X', 'Among the dead was X', 'The dead (victims) included X': X was killed (by no
    one named). 'The victims' alone may be of any crime, so only 'the dead' and 'the slain' name a killing
    with 'include', or set off a name ('One of the dead, X, was 18'; 'Two of the dead, X and Y, ...').
    A person described, not named ('Among the dead was the man who led the cell, known as X'), is the name
    the description ends on."""
    if token.lower_ not in THE_DEAD or token.dep_ not in ("pobj", "nsubj", "amod"):
        return
    people: list[Token] = []
    if token.dep_ == "amod":  # 'One of the dead, X,' read as one phrase, 'dead' describing X
        name = token.head
        if token.lower_ in ("dead", "slain") and name.pos_ == "PROPN" and name.dep_ == "pobj" \
                and name.head.lower_ == "of" and name.head.head.pos_ == "NUM" \
                and any(t.text == "," for t in token.doc[token.i + 1:name.i]):
            people = [name]
    elif token.dep_ == "pobj" and token.head.lower_ in ("of", "among"):
        prep = token.head
        counted = prep.head if prep.lower_ == "of" and prep.head.pos_ == "NUM" else None
        one = counted if counted is not None and counted.lower_ == "one" else None
        copula = one.head if one is not None and one.dep_ == "nsubj" else prep.head if prep.lower_ == "among" else None
        if counted is not None and token.lower_ in ("dead", "slain"):  # 'One of the dead, X, ...'
            people = [c for c in (*prep.children, *counted.children) if c.i > token.i and c.dep_ in (
                "pobj", "appos", "conj") and "," in (token.doc[c.left_edge.i].text, token.doc[c.left_edge.i - 1].text)]
        if not people and (copula is None or copula.lemma_.lower() != "be"):
            return
        people = people or [c for c in copula.children if c.dep_ in ("attr", "nsubj") and c is not one
                            and c.i > token.i]
    elif token.dep_ == "nsubj" and token.lower_ in ("dead", "slain", "fatalities"):
        people = _named_as(token.head)  # 'The dead included X', 'The dead were X and Y'
    for head in people:
        for person in parties(frame, head, PERSON) or _known_as(frame, head):
            frame.emit("killed", person, None, token, "killed.among_the_dead.v1", with_time=True)


def _known_as(frame: Frame, noun: Token) -> list[Ref]:
    """'the man who led the cell, known as X': the person a described noun's phrase ends by naming (the
    parser may hang 'known as X' on any noun of the phrase)."""
    if noun.pos_ != "NOUN" or frame.name(noun) is not None:
        return []
    end = noun.right_edge.i
    return [r for w in noun.subtree if w.lower_ == "as" and w.head.lemma_.lower() in NAMING_VERBS
            and noun.doc[w.head.i - 1].text == ","  # set off: "the man who killed the priest known as X" is not X
            for o in w.children if o.dep_ == "pobj" and o.right_edge.i >= end - 1 for r in parties(frame, o, PERSON)]


KILLED_PARTICIPLES = frozenset({"kill", "slay", "murder", "slaughter"})


@starts(lemmas=(lambda: KILLED_PARTICIPLES,))
def _those_killed(frame: Frame, token: Token) -> None:
    """'The women killed were X, Y and Z', 'Those killed included X': the people a subject modified by
    'killed' names are dead (by no one named)."""
    if token.lemma_.lower() not in KILLED_PARTICIPLES or token.dep_ != "acl" or token.tag_ != "VBN" \
            or token.head.dep_ != "nsubj" or any(c.dep_ in ("dobj", "agent") for c in token.children):
        return  # 'the men killed by soldiers were ...' has its killers: rules of the verb read it
    for head in _named_as(token.head.head):
        for person in parties(frame, head, PERSON):
            frame.emit("killed", person, None, token, "killed.among_the_dead.v1", with_time=True)


def _named_as(verb: Token) -> list[Token]:
    """What 'be' or 'include' names its subject as: 'The dead were X', 'The dead included X'."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return [c for c in verb.children if c.dep_ == "attr"]
    return [c for c in verb.children if c.dep_ == "dobj"] if lemma == "include" else []


killing_rules = RuleSet(_attributed_killing, _killing_laid_on, _attack_done_by, _shot_and_died, _among_the_dead,
                        _those_killed)
