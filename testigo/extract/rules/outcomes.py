"""Events told by their outcome rather than by the verbs of patterns/relations.yaml events:

- extradited: "X was handed over to US authorities", "Spain handed X over to Colombia", and, when the
  context is a prosecution, "X was flown back to C to face charges", "X was returned to C to stand
  trial", "Police arrested X in Dubai, and he was flown to C" (the receiving country is the object);
  "X was arrested in Turkey and handed to Serbia"; "the extradition is the first from A to C" with
  the person named elsewhere in the sentence (or prosecuted in the one before);
- arrested: "X was picked up by police", "agents picked up X";
- killed: "X was found dead in a hotel room", "X was shot in May and died nine days later", "X died of
  gunshot wounds" (a death by illness, suicide or accident is none);
- charged: "X was jailed for 22 years", "X was named in an indictment".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.events import AUTHORITY, PERSON, _agents, _patients, event_verb
from testigo.extract.rules.groups import subject_of
from testigo.extract.rules.phrases import GROUP, parties, prep_objects
from testigo.extract.syntax import agent_objects

__all__ = ["outcome_rules"]

PROSECUTION = ("arrested", "charged", "extradited")


def _destinations(frame: Frame, verb: Token) -> list[Ref]:
    """The countries a person is sent to: 'to C', 'back to C', 'over to C authorities'."""
    heads = [verb, *(c for c in verb.children if c.lower_ in ("back", "over") and c.dep_ in ("advmod", "prt"))]
    heads += [o for p in ("in", "for") for o in prep_objects(verb, p)  # "handed over in extradition to C"
              if o.lower_ in frame.table("events")["extradited"]["nouns"]]
    found = [r for h in heads for o in prep_objects(h, "to") for r in parties(frame, o, AUTHORITY)]
    return [r for r in found if r.kind == "country"]


def _senders(frame: Frame, verb: Token) -> list[Ref]:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (parties(frame, subject, AUTHORITY) if subject is not None else []) + _agents(frame, verb)


def _for_trial(frame: Frame, verb: Token) -> bool:
    """'to face charges', 'to stand trial', 'to be tried', 'for trial': the purpose is a prosecution."""
    nouns = frame.lexicon("trial_nouns")
    for word in verb.subtree:
        if word.dep_ == "relcl":
            continue
        if word.lemma_.lower() in ("face", "stand") and any(w.lemma_.lower() in nouns for w in word.subtree
                                                             if w.i > word.i):
            return True  # "to face (trafficking) charges", "to stand trial"
        if word.lemma_.lower() in frame.lexicon("trying_verbs") and word.head.i == verb.i and \
                any(c.lower_ == "to" for c in word.children):
            return True
        if word.dep_ == "pobj" and word.head.lower_ == "for" and word.lemma_.lower() in nouns:
            return True
    return False


def _prosecuted_before(frame: Frame, verb: Token, people: list[Ref]) -> bool:
    """An arrest, charge or extradition of one of ``people`` told in this sentence or the one before."""
    sentence = verb.sent
    start = verb.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else 0
    ids = {p.entity_id for p in people}
    return any(c.predicate in PROSECUTION and c.subject_id in ids and start <= c.evidence.start <= sentence.start_char
               for c in list(frame.claims.values()))


@starts(lemmas=(relations("handing_verbs", "carrying_verbs"),))
def _handed_over(frame: Frame, token: Token) -> None:
    """'X was handed over to US authorities', 'X was flown back to C to face charges'."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in frame.lexicon("handing_verbs", "carrying_verbs"):
        return
    handing = lemma in frame.lexicon("handing_verbs")
    if handing and lemma == "turn" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in token.children):
        return  # "X turned to Y"; "X was handed to Serbia" needs no 'over' (a person handed to a country)
    if not handing and not any(c.dep_ in ("nsubjpass", "dobj") for c in token.children):
        return  # "X flew back to C", "X returned to C": a journey of one's own
    people = _patients(frame, token, PERSON)
    countries = _destinations(frame, token)
    senders = {r.entity_id for r in _senders(frame, token)}
    countries = [c for c in countries if c.entity_id not in senders]  # not from Colombia to Colombian courts
    if not people or not countries:
        return
    if not handing and not (_for_trial(frame, token) or _prosecuted_before(frame, token, people)):
        return  # "X was flown to Spain for treatment"
    for person in people:
        for country in countries:
            frame.emit("extradited", person, country, token, f"extradited.{lemma}_over.v1" if handing
                       else f"extradited.{lemma}_for_trial.v1", with_time=True,
                       presupposed=token.dep_ in ("relcl", "acl"))


def _prosecuted_people(frame: Frame, sentence: Span) -> list[Ref]:
    """The one person an arrest, charge or extradition of ``sentence`` is about (none if several)."""
    ids = {c.subject_id for c in list(frame.claims.values()) if c.predicate in PROSECUTION
           and c.evidence.start == sentence.start_char}
    refs = [r for r in frame.refs_in(sentence, *PERSON) if r.entity_id in ids]
    return refs[:1] if len({r.entity_id for r in refs}) == 1 else []


def _extradited_person(frame: Frame, noun: Token) -> tuple[Ref, Token] | None:
    """Whom 'the extradition' with no 'of X' is about: the one person this sentence arrests or
    charges, else the one person it names before the noun, else the one the sentence before
    prosecutes; with the verb that moved them, when a clause on the name tells it ('X, who was
    flown to P in May; the extradition ...'), for its date."""
    sentence = noun.sent
    people = _prosecuted_people(frame, sentence)
    if not people:
        named = [r for r in frame.refs_in(sentence, *PERSON) if r.span.end <= noun.i]
        people = named[:1] if len({r.entity_id for r in named}) == 1 else []
    if not people and sentence.start > 0:
        people = _prosecuted_people(frame, noun.doc[sentence.start - 1].sent)
    if not people:
        return None
    person = people[0]
    moved = next((c for c in person.span.root.children if c.dep_ in ("relcl", "acl")
                  and c.lemma_.lower() in frame.lexicon("carrying_verbs", "sending_verbs", "handing_verbs")), None)
    return person, moved if moved is not None else noun


@starts(words=("extradition",))
def _the_extradition(frame: Frame, token: Token) -> None:
    """'He was arrested in Dubai, and the extradition is the first from the UAE to Ireland': an
    extradition named as the subject of its own clause, the person named elsewhere; the country is
    the one after 'to' in that clause."""
    if token.lower_ != "extradition" or token.dep_ not in ("nsubj", "nsubjpass"):
        return
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children) \
            or any(c.dep_ == "poss" for c in token.children) or prep_objects(token, "of"):
        return  # "an extradition", "his extradition", "the extradition of X" (events.py reads those)
    clause = token.head
    countries = [r for w in clause.subtree if w.dep_ == "prep" and w.lower_ == "to"
                 for o in w.children if o.dep_ == "pobj" for r in parties(frame, o, AUTHORITY) if r.kind == "country"]
    found = _extradited_person(frame, token) if countries else None
    if found is None:
        return
    person, trigger = found
    for country in countries[:1]:
        frame.emit("extradited", person, country, trigger, "extradited.the_extradition.v1", with_time=True,
                   presupposed=trigger.dep_ in ("relcl", "acl"))


@starts(lemmas=("pick",))
def _picked_up(frame: Frame, token: Token) -> None:
    """'X was picked up by police in Ecuador', 'federal agents picked up X': an arrest by an authority."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "pick" or not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return
    doers = agent_objects(token)
    doers += [c for c in token.children if c.dep_ == "nsubj"]
    if not any(parties(frame, d, AUTHORITY) or d.lemma_.lower() in frame.lexicon("authority_nouns") for d in doers):
        return  # "a taxi picked X up"
    event_verb(frame, token, "arrested", rule="arrested.picked_up.v1")


def _natural(frame: Frame, token: Token) -> bool:
    """The sentence tells a death of illness, suicide or accident."""
    words = frame.lexicon("natural_death_words")
    return any(w.lemma_.lower() in words or w.lower_ in words for w in token.sent)


@starts(lemmas=("find", "discover"))
def _found_dead(frame: Frame, token: Token) -> None:
    """'X was found dead in a hotel room', 'police found X dead', 'X was found shot dead': a killing with no
    killer named."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("find", "discover"):
        return
    doc = token.doc
    dead = any(c.lower_ in ("dead", "murdered", "slain") and c.dep_ in ("oprd", "acomp", "advmod", "xcomp", "ccomp")
               for c in token.children) or token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "dead" or any(
        c.dep_ in ("xcomp", "oprd", "ccomp") and c.lemma_.lower() in frame.lexicon("wounding_verbs")
        and any(w.lower_ in ("dead", "death") for w in c.children for w in [w, *w.children])
        for c in token.children)  # "X was found shot dead", "found stabbed to death"
    if not dead or _natural(frame, token):
        return
    passive = [c for c in token.children if c.dep_ == "nsubjpass"]
    found = passive or [c for c in token.children if c.dep_ == "dobj"]
    for person in [r for c in found for r in parties(frame, c, PERSON)]:
        frame.emit("killed", person, None, token, "killed.found_dead.v1", with_time=True)


def _wounding(frame: Frame, die: Token) -> Token | None:
    """'X was shot ... and died', 'X died after being shot', 'gunmen shot X, who died': the wounding verb."""
    verbs = frame.lexicon("wounding_verbs")
    if die.dep_ == "conj" and die.head.pos_ == "VERB" and die.head.lemma_.lower() in verbs:
        return die.head
    under = next((c for c in die.children if c.dep_ == "advcl" and c.lemma_.lower() in verbs), None)
    under = under or next((c for p in die.children if p.dep_ == "prep" and p.lower_ == "after" for c in p.children
                           if c.dep_ == "pcomp" and c.lemma_.lower() in verbs), None)  # "died after being shot"
    if under is not None:
        return under
    if die.dep_ == "relcl" and die.head.dep_ == "dobj" and die.head.head.lemma_.lower() in verbs:
        return die.head.head
    return None


@starts(lemmas=("die",))
def _died_of_wounds(frame: Frame, token: Token) -> None:
    """'X was shot in May and died nine days later', 'X died of gunshot wounds', 'gunmen shot X, who
    died in hospital': a killing; the killer when the wounding names one."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "die" or any(c.dep_ == "neg" for c in token.children):
        return
    wounding = _wounding(frame, token)
    causes = [o for o in prep_objects(token, "of") + prep_objects(token, "from")
              if o.lemma_.lower() in frame.lexicon("wound_nouns")]
    if wounding is None and not causes or _natural(frame, token):
        return
    own = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own and own[0].lower_ in ("who", "that") and token.dep_ == "relcl":
        people = parties(frame, token.head, PERSON)
    elif own:
        people = parties(frame, own[0], PERSON)
    else:
        subject = subject_of(wounding if wounding is not None else token)
        people = parties(frame, subject, PERSON) if subject is not None else []
    killers: list[Ref] = []
    if wounding is not None:
        killers = _agents(frame, wounding, AUTHORITY + GROUP + PERSON)
        if wounding.i < token.i and token.dep_ == "relcl":  # "gunmen shot X, who died"
            killers += [r for c in wounding.children if c.dep_ == "nsubj"
                        for r in parties(frame, c, AUTHORITY + GROUP + PERSON)]
    trigger = wounding if wounding is not None and wounding.i < token.i and token.dep_ != "relcl" else token
    for person in people:
        for killer in [k for k in killers if k.entity_id != person.entity_id] or [None]:
            frame.emit("killed", person, killer, trigger, "killed.died_of_wounds.v1", with_time=True)


@starts(lemmas=("jail", "imprison"))
def _jailed(frame: Frame, token: Token) -> None:
    """'X was jailed for 22 years', 'X was imprisoned for trafficking': sentenced, which the vocabulary
    records as a charge ('jailed in Puente Grande' is custody, not a sentence)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("jail", "imprison") or not prep_objects(token, "for"):
        return
    event_verb(frame, token, "charged", rule="charged.jailed.v1")


@starts(lemmas=("name", "list", "include", "identify"))
def _named_in_indictment(frame: Frame, token: Token) -> None:
    """'X was named in an indictment in 2009', 'X and Y, who were listed in the complaint', 'Named as
    defendants are X and Y': charged."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("name", "list", "include", "identify") \
            or not any(c.dep_ == "auxpass" for c in token.children):
        return
    if not any(o.lemma_.lower() in frame.lexicon("indictment_nouns") for o in prep_objects(token, "in")) and \
            not any(o.lemma_.lower() in frame.lexicon("defendant_nouns") for o in prep_objects(token, "as")):
        return  # neither 'named in the indictment' nor 'named as defendants'

    event_verb(frame, token, "charged", rule="charged.named_in_indictment.v1")


# Every outcome rule, in order (rules/dispatch.py: each runs where its trigger can match).
outcome_rules = RuleSet(
    _handed_over, _the_extradition, _picked_up, _found_dead, _died_of_wounds, _jailed, _named_in_indictment,
)
