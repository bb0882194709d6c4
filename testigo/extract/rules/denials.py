"""An event told in one sentence and denied in the next: "Rumours are spreading that X was killed
during the raid. The Interior Ministry has denied this." The event stays as told (its own source and
polarity), and a second claim records the denial: the same event, negative, asserted by the denier.

Only a denial whose object points back ('this', 'that', 'it', 'the reports', 'such claims') or that
has none is read so; "X denied any wrongdoing" or "X denied that he led G" deny something of their own.

"X has always denied any part in the killing (of Y)": the killing of Y by X, negative, asserted by X
(admitted, it is positive); "the killing" is the one just told when no victim is named.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.modality import modality
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import subject_of
from testigo.extract.rules.phrases import GROUP, parties, prep_objects
from testigo.extract.tokens import texts, tokens_of
from testigo.model import Claim, Evidence, Polarity
from testigo.schema import load_schema

__all__ = ["denial_rules", "denied_any_group", "denied_deaths"]

PERSON = ("person",)
LIVING = frozenset({"be", "remain", "stay"})  # "is still alive", "remains alive"
SIGNING = frozenset({"sign", "call", "identify", "name", "describe", "present", "style"})
TAKING = frozenset({"take", "play", "have"})  # "take part in", "play a role in", "have a hand in"
POINTING = frozenset({"this", "that", "it", "them", "these", "those"})
ASKING = frozenset({"ask", "question", "press", "quiz"})  # "Asked about / whether ..., X denied it"


def _points_back(frame: Frame, verb: Token, nouns: frozenset[str]) -> bool:
    """The denial's object is what was said before: 'this', 'the reports', 'such claims' (a noun of
    ``nouns``), or none."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False  # "denied that he was arrested", "denied being there": its own clause
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return verb.lemma_.lower() == "deny" and not any(c.dep_ == "dative" for c in verb.children)
    obj = objects[0]
    if obj.lower_ in POINTING:
        return True
    if obj.lemma_.lower() not in nouns:
        return False
    return not any(c.dep_ in ("acl", "relcl", "ccomp", "prep") for c in obj.children) and any(
        c.lower_ in ("the", "these", "those", "such", "this", "that") for c in obj.children)


def _denied(frame: Frame, claim: Claim, verb: Token, denier: str, start: int) -> Claim:
    """The claim as denied by ``denier``: negative, with both sentences as evidence."""
    end = verb.sent.end_char
    certainty, _ = modality(verb)  # "deny" is itself a negation cue: the denial is negative
    evidence = Evidence(frame.text[start:end], start, end)
    made = Claim.make(claim.document_id, claim.subject_id, claim.predicate, evidence=evidence,
                      rule="denied.next_sentence.v1", object_id=claim.object_id, value=claim.value)
    return replace(made, qualifiers=claim.qualifiers, polarity=Polarity.NEGATIVE, certainty=certainty,
                   attributed_to=(*frame.attribution(verb), denier))


@starts(lemmas=(relations("denying_verbs"),))
def _denied_before(frame: Frame, token: Token) -> None:
    """'X was reportedly killed. The ministry has denied this.': the killing, denied by the ministry."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("denying_verbs"):
        return
    said = frame.lexicon("rumour_nouns")
    if token.sent.start == 0 or token.sent.root.i != token.i or not _points_back(
            frame, token, said | frame.lexicon("accusation_nouns")):
        return
    if any(c.dep_ == "neg" for c in token.children):
        return  # "did not deny it" confirms nothing either
    if any(c.dep_ == "advcl" and c.lemma_.lower() in ASKING for c in token.children):
        return  # "Asked whether he leads G, X denied it": 'it' is the question, not the sentence before
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" and subject.lower_ in ("it", "this", "that", "which"):
        return
    denier = frame.phrase_name(subject)
    objects = [c for c in token.children if c.dep_ == "dobj"]
    events = _points_back(frame, token, said)  # "the reports", "this", or nothing
    accused = bool(objects) and objects[0].lemma_.lower() in frame.lexicon("accusation_nouns")
    own = {r.entity_id for r in parties(frame, subject, PERSON + GROUP)} if accused else set()
    previous = token.doc[token.sent.start - 1].sent
    schema = load_schema()
    told = [c for c in list(frame.claims.values()) if c.evidence.start == previous.start_char
            and c.evidence.end == previous.end_char and c.polarity == Polarity.POSITIVE
            and (schema.predicate(c.predicate).event and events
                 or not schema.predicate(c.predicate).event and own & {c.subject_id, c.object_id})]
    # an event anyone may deny; a tie only one of its ends, and only as an accusation ("Police say X leads G.
    # X denies the accusations.": not "Asked whether G holds P, X denied it")
    for claim in told:
        denied = _denied(frame, claim, token, denier, previous.start_char)
        frame.claims.setdefault(denied.id, denied)


def _killing_victims(frame: Frame, killing: Token) -> list[Ref]:
    """Who 'the killing' was of: 'of Y', "Y's murder", else the one person a killing claimed in this
    sentence or the two before is about."""
    named = [r for o in prep_objects(killing, "of") for r in parties(frame, o, PERSON) or _titled_person(frame, o)]
    named += [r for c in killing.children if c.dep_ == "poss" for r in parties(frame, c, PERSON)]
    if named or not any(c.lower_ in ("the", "that", "this") for c in killing.children):
        return named
    doc, start = killing.doc, killing.sent.start
    for _ in range(2):
        start = doc[start - 1].sent.start if start > 0 else start
    ids = {c.subject_id for c in list(frame.claims.values()) if c.predicate == "killed"
           and doc[start].idx <= c.evidence.start <= killing.sent.start_char}
    refs = [r for r in frame.ents.refs if r.entity_id in ids and r.span.start >= start]
    return refs[-1:] if len(ids) == 1 else []


@starts(lemmas=(relations("involvement_nouns"),))
def _part_in_killing(frame: Frame, token: Token) -> None:
    """'X has always denied any part in the killing', 'G admitted its role in the murder of Y': the
    killing by X, denied (or admitted) by X."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in frame.lexicon("involvement_nouns") \
            or token.dep_ != "dobj" or token.head.pos_ != "VERB":
        return
    verb = token.head
    taking = [verb] if verb.lemma_.lower() in TAKING and verb.dep_ in ("xcomp", "ccomp") else []
    verb = verb.head if taking else verb  # "denied having taken part in", "admitted playing a role in"
    if verb.lemma_.lower() not in frame.lexicon("denying_verbs") | {"admit", "acknowledge", "confess", "claim"}:
        return
    killings = [o for o in prep_objects(token, "in") + [p for v in [verb, *taking] for p in prep_objects(v, "in")]
                if o.lower_ in frame.table("events")["killed"]["nouns"]]
    subject = subject_of(verb)  # also "He pleaded not guilty, and has always denied any part in ..."
    killers = [] if subject is None else (parties(frame, subject, PERSON + GROUP) or _signing_as(frame, subject))[:1]
    for killing in killings:
        for victim in _killing_victims(frame, killing):
            for killer in killers:
                claim = frame.emit("killed", victim, killer, verb, "killed.part_in_killing.v1", with_time=True)
                if claim is not None:  # the one who denies (or admits) is the source
                    _said_by(frame, _dated_as_told(frame, frame.claims[claim.id]), killer)


def _signing_as(frame: Frame, noun: Token) -> list[Ref]:
    """The group a group noun names itself as: 'a group that signed as G', 'a gang calling itself G', 'an
    organisation identifying itself as G' (who signs a banner or a message is its source)."""
    if noun.lemma_.lower() not in frame.lexicon("collective_nouns"):
        return []
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in SIGNING]
    names = [o for c in clauses for o in prep_objects(c, "as") + [k for k in c.children if k.dep_ in ("oprd", "dobj")]]
    return [r for o in names for r in parties(frame, o, GROUP)][:1]


def _titled_person(frame: Frame, noun: Token) -> list[Ref]:
    """The person a definite title stands for: 'the murder of the mayor' after "The mayor of P, X, was
    murdered": the one person the same noun was set beside before (an apposition or a title before the name)."""
    if noun.tag_ != "NN" or not any(c.lower_ == "the" for c in noun.children):
        return []
    found: dict[str, Ref] = {}
    own = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    for word in noun.doc[:noun.sent.start]:
        if word.lemma_ != noun.lemma_ or any(c.dep_ in ("amod", "compound") and c.lower_ not in own
                                             for c in word.children):
            continue  # "the previous mayor, Y": another than "the mayor"
        for near in [word.head, *word.children]:
            ref = frame.name(near, *PERSON)
            if ref is not None and (near.dep_ == "appos" or word.dep_ in ("compound", "appos")):
                found.setdefault(ref.entity_id, ref)
    return list(found.values()) if len(found) == 1 else []


def _dated_as_told(frame: Frame, claim: Claim) -> Claim:
    """A killing denied (or admitted) with no date of its own takes the dates of the killing the text told
    of the same victim: it is the same event."""
    if claim.qualifiers.dates:
        return claim
    told = next((c for c in list(frame.claims.values()) if c.predicate == "killed" and c.subject_id == claim.subject_id
                 and c.polarity == Polarity.POSITIVE and c.qualifiers.dates and c.id != claim.id), None)
    if told is None:
        return claim
    dated = replace(claim, qualifiers=replace(claim.qualifiers, dates=told.qualifiers.dates))
    frame.claims[claim.id] = dated
    return dated


def _said_by(frame: Frame, claim: Claim, speaker: Ref, verb: Token | None = None) -> None:
    """The claim as ``speaker``'s own word: the one who denies (or admits) a deed is its source. With the
    denying ``verb`` given, the sources above the denial come first and the denier's own phrase ("the
    politician") gives way to the denier's name."""
    named = frame.ents.entities[speaker.entity_id].name
    above = frame.attribution(verb) if verb is not None else claim.attributed_to
    if above[-1] != named:
        frame.claims[claim.id] = replace(claim, attributed_to=(*above, named))


# What a denied deed says of the denier and a group: 'denied leading any cartel', 'denied that he belonged to
# any criminal organisation', 'denied that he leads a criminal organisation'.
# A leader belongs too: 'denied that he belongs to any organisation' denies the leadership the text gives him.
DENIED_TIES = {"lead": ("leader_of",), "head": ("leader_of",), "run": ("leader_of",), "command": ("leader_of",),
               "belong": ("member_of", "leader_of"), "join": ("member_of",)}


def denied_any_group(frame: Frame) -> None:
    """'X denied leading any cartel' / 'X denied that he belonged to any (or a) criminal organisation': every tie of
    that kind the text gives X to a group, before the denial or after it ("X denies leading any cartel.
    Prosecutors say he heads G."), is denied by X (a negative claim, X its source); and 'X has no ties to any
    organisation' / 'X has nothing to do with any cartel' denies X's memberships and leaderships, its sayer
    the source (``_no_tie_to_any``), as does 'X has never belonged to any organisation' (``_never_any``). Run
    once all rules have told their ties (rules/__init__.py)."""
    denying, ties = frame.lexicon("denying_verbs"), frame.lexicon("tie_nouns")
    anything = " any " in frame.text
    tokens, pos = tokens_of(frame.doc), texts(frame.doc, POS)  # read as arrays: no Token made at every word
    lower, lemma = texts(frame.doc, LOWER), texts(frame.doc, LEMMA, str.lower)
    for i, token in enumerate(tokens):
        if pos[i] == "VERB" and lemma[i] in denying:
            _denied_any(frame, token)
        elif not anything:
            continue
        elif pos[i] == "NOUN" and lower[i] in ties or lower[i] == "nothing":
            _no_tie_to_any(frame, token)
        elif lemma[i] in NEVER_ANY:
            _never_any(frame, token)


def _no_tie_to_any(frame: Frame, noun: Token) -> None:
    """'she has no relationship whatsoever with any criminal group', 'X is a car dealer with no ties to any
    organisation', 'the two men have nothing to do with any cartel': whoever says so denies every membership
    or leadership the text gives those people (before or after)."""
    nothing = noun.lower_ == "nothing"
    if nothing:  # 'have nothing to do with any cartel': the tie is 'do', its 'with' the groups
        tie = next((c for c in noun.children if c.dep_ in ("relcl", "acl", "xcomp") and c.lemma_ == "do"), None)
        if tie is None:
            return
    elif any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        tie = noun
    else:
        return
    if not any(any(d.lower_ == "any" for d in o.children) and frame.name(o) is None
               and o.lemma_.lower() in frame.lexicon("collective_nouns")
               for p in ("to", "with") for o in prep_objects(tie, p)):
        return
    holder = noun.head
    if noun.dep_ == "pobj" and holder.lower_ == "with" and holder.head.dep_ in ("attr", "appos"):
        holder = holder.head.head  # "X is a car dealer with no ties to any organisation"
    if noun.dep_ == "dobj" and holder.lemma_.lower() == "have" or holder.lemma_.lower() == "be" \
            or holder.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj":
        subject = holder if holder.pos_ in ("NOUN", "PROPN") else subject_of(holder)
    else:
        return
    for person in parties(frame, subject, PERSON) if subject is not None else []:
        for claim in [c for c in list(frame.claims.values()) if c.subject_id == person.entity_id
                      and c.predicate in ("member_of", "leader_of") and c.polarity == Polarity.POSITIVE
                      and c.object_id and not c.evidence.start <= tie.idx < c.evidence.end]:
            group = frame.ents.entities[claim.object_id]
            frame.emit(claim.predicate, person, Ref.at(tie, group.id, group.kind), tie,
                       f"{claim.predicate}.no_tie_to_any.v1", negated=nothing)


# Words of a tie that, negated and with 'any' group for object, deny every such tie the text gives ('never
# belonged to any organisation', 'is not a member of any cartel', 'never worked for any gang', 'does not lead
# any group'): the word -> the predicates denied.
NEVER_ANY = {"belong": ("member_of", "leader_of"), "work": ("member_of", "leader_of"),
             "member": ("member_of", "leader_of"), "part": ("member_of", "leader_of"),
             "lead": ("leader_of",), "head": ("leader_of",), "run": ("leader_of",), "leader": ("leader_of",),
             "boss": ("leader_of",), "chief": ("leader_of",)}


def _never_any(frame: Frame, token: Token) -> None:
    """'He has never belonged to any organisation', 'he was never a member of any cartel', 'He never worked for
    any gang', 'X was a businessman, not the head of any gang': the negated tie to 'any' group denies, in its
    speaker's voice, each tie of that kind the text gives the subject elsewhere."""
    noun = token.pos_ == "NOUN"
    chain = [token]
    while noun and chain[-1].dep_ in ("appos", "conj") and chain[-1].head.pos_ == "NOUN":
        chain.append(chain[-1].head)  # 'X was a businessman, not the head of any gang'
    verb = chain[-1].head if noun and chain[-1].dep_ == "attr" else token
    negated = [w for w in (verb, *chain) if any(c.dep_ == "neg" for c in w.children)]
    if noun and (verb.lemma_ != "be" or chain[-1].dep_ != "attr") or not noun and token.pos_ != "VERB" \
            or not negated:
        return
    objects = prep_objects(token, "of") if noun else [c for c in token.children if c.dep_ == "dobj"] + [
        o for p in ("to", "for") for o in prep_objects(token, p)]
    if not any(any(d.lower_ == "any" for d in o.children) and frame.name(o) is None
               and o.lemma_.lower() in frame.lexicon("collective_nouns") for o in objects):
        return
    subject = subject_of(verb)
    for person in parties(frame, subject, PERSON)[:1] if subject is not None else []:
        for claim in [c for c in list(frame.claims.values()) if c.subject_id == person.entity_id
                      and c.predicate in NEVER_ANY[token.lemma_.lower()] and c.polarity == Polarity.POSITIVE
                      and c.object_id and not c.evidence.start <= token.idx < c.evidence.end]:
            group = frame.ents.entities[str(claim.object_id)]
            frame.emit(claim.predicate, person, Ref.at(token, group.id, group.kind), verb,
                       f"{claim.predicate}.never_any.v1", negated=verb not in negated)  # 'not' on the noun


def _denied_any(frame: Frame, token: Token) -> None:
    """'X denied leading any cartel', 'X denied that he leads a criminal organisation': a denied tie to
    a group left unnamed ('any' or 'a' group) denies every such tie the text gives X. The one tied is the
    subject of the denied clause when it has one: "the lawyer denied that his client leads any group", "the
    defence of X denied that he belongs to any organisation" deny the client's ties, in the denier's voice."""
    if any(c.dep_ == "neg" for c in token.children):
        return
    subject = subject_of(token)
    deniers = parties(frame, subject, PERSON)[:1] if subject is not None else []
    for deed, predicates, objects in _denied_deeds(token):
        if not any(any(d.lower_ in ("any", "a", "an") for d in o.children) and frame.ref(o) is None
                   and o.lemma_.lower() in frame.lexicon("collective_nouns") for o in objects):
            continue  # 'denied leading the cartel' names its group: the rules of that wording read it
        own = next((c for c in deed.children if c.dep_ == "nsubj"), None) if deed.dep_ == "ccomp" else None
        people = deniers if own is None else parties(frame, own, PERSON)[:1] or (
            deniers if own.pos_ == "PRON" else [])  # "X denied that he ...": X, when 'he' is not read back
        for person in people:
            said = [c for c in list(frame.claims.values()) if c.subject_id == person.entity_id
                    and c.predicate in predicates and c.polarity == Polarity.POSITIVE and c.object_id
                    and not c.evidence.start <= token.idx < c.evidence.end]
            for claim in said:
                group, predicate = frame.ents.entities[claim.object_id], claim.predicate
                denied = frame.emit(predicate, person, Ref.at(token, group.id, group.kind), token,
                                    f"{predicate}.denied_any.v1")
                if denied is None or denied.polarity != Polarity.NEGATIVE:
                    continue
                if deniers or subject is None:
                    _said_by(frame, denied, (deniers or [person])[0], token)
                else:  # "the defence of X denied ...": the denier's own words name the source
                    _said_as(frame, denied, frame.phrase_name(subject), token)


def _denied_deeds(verb: Token) -> list[tuple[Token, tuple[str, ...], list[Token]]]:
    """The ties a denying verb denies, each as (its clause's verb, the predicates, the words naming the group):
    'denied leading any cartel', 'denied that he belongs to any organisation', 'denied that X was a member of
    any gang' (a copula whose noun is a tie, patterns of NEVER_ANY)."""
    found = []
    for deed in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp")):
        lemma = deed.lemma_.lower()
        if lemma in DENIED_TIES:
            found.append((deed, DENIED_TIES[lemma], [c for c in deed.children if c.dep_ == "dobj"]
                          + prep_objects(deed, "to")))
        elif lemma == "be":
            found += [(deed, NEVER_ANY[a.lemma_.lower()], prep_objects(a, "of")) for a in deed.children
                      if a.dep_ == "attr" and a.pos_ == "NOUN" and a.lemma_.lower() in NEVER_ANY]
    return found


def _said_as(frame: Frame, claim: Claim, denier: str, verb: Token) -> None:
    """The claim as said by a denier no entity stands for ('the defence of X', 'his relatives')."""
    above = frame.attribution(verb)
    frame.claims[claim.id] = replace(claim, attributed_to=above if above[-1] == denier else (*above, denier))


@starts(lemmas=(relations("tie_nouns"), "do"))
def _denied_tie(frame: Frame, token: Token) -> None:
    """'X has always denied any tie to the organization', 'X denied having links to G', 'X denies any
    connection with G', '"We have nothing to do with G," ...': a person denies membership of G, a group
    an alliance with G (negative, the denier its source). "X has ties to G" alone says too little to
    be read as membership; its denial is what an analyst records."""
    if token.lemma_.lower() == "do":  # "X has nothing to do with G"
        nothing = token.head
        if token.dep_ not in ("relcl", "acl", "xcomp") or nothing.lower_ != "nothing" or nothing.dep_ != "dobj" \
                or nothing.head.lemma_.lower() != "have":
            return
        verb, objects, negated = nothing.head, prep_objects(token, "with"), True
    elif token.pos_ == "NOUN" and token.lemma_.lower() in frame.lexicon("tie_nouns"):
        holders = [token] + ([token.head] if token.head.lemma_.lower() == "have" else [])  # 'to' may hang on 'having'
        verb, objects, negated = _denying_verb(frame, token), [o for h in holders for p in ("to", "with")
                                                              for o in prep_objects(h, p)], False
        if verb is None:
            return
    else:
        return
    subject = subject_of(verb)
    deniers = _denier(frame, subject) if subject is not None else []
    for denier in deniers:
        predicate = "member_of" if denier.kind == "person" else "ally_of"
        for obj in objects:
            for group in parties(frame, obj, GROUP):
                claim = frame.emit(predicate, denier, group, token, f"{predicate}.denied_tie.v1", negated=negated)
                if claim is not None and claim.polarity == Polarity.NEGATIVE and not negated:
                    _said_by(frame, claim, denier, verb)  # "X has nothing to do with G" is the sentence's source's


def _denier(frame: Frame, subject: Token) -> list[Ref]:
    """Who denies: a name, a pronoun read back, or a description ('the politician', 'the mayor') of the one
    person named before it in its sentence ("His brother, X, was a deputy; the politician has denied ...")."""
    named = parties(frame, subject, PERSON + GROUP)[:1]
    if named or subject.pos_ != "NOUN" or subject.tag_ != "NN" or subject.lower_ in frame.lexicon("collective_nouns") \
            or not any(c.lower_ == "the" for c in subject.children):
        return named
    people = {r.entity_id: r for r in frame.ents.refs if r.kind == "person"
              and subject.sent.start <= r.span.start and r.span.end <= subject.i}
    return list(people.values()) if len(people) == 1 else []


def _denying_verb(frame: Frame, noun: Token) -> Token | None:
    """The denying verb whose object is the tie: 'denied any tie', 'denied having links' (none if
    the denial is itself negated: "did not deny links to G")."""
    verb = noun.head
    if noun.dep_ != "dobj":
        return None
    if verb.lemma_.lower() == "have" and verb.dep_ in ("xcomp", "ccomp"):
        verb = verb.head  # "denied having links to G"
    if verb.lemma_.lower() not in frame.lexicon("denying_verbs") or any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb


def denied_deaths(frame: Frame) -> None:
    """'X is still alive and giving orders', 'X is not dead', 'X resurfaced in 2014': every killing of X the
    text tells (before or after, "... although police said they had killed him") is denied by whoever says X
    lives. Run once all rules have told their killings (rules/__init__.py)."""
    living = frame.lexicon("living_verbs")
    if "alive" not in frame.text and "dead" not in frame.text and not any(w in frame.text for w in living):
        return
    for token in tokens_of(frame.doc):
        if token.lower_ in ("alive", "dead") and token.dep_ == "acomp" and token.head.lemma_.lower() in LIVING:
            verb = token.head
            if (token.lower_ == "alive") == any(c.dep_ == "neg" for c in verb.children):
                continue  # "is not alive" and "is dead" tell a death, not its denial
        elif token.pos_ == "VERB" and token.lemma_.lower() in living and not any(
                c.dep_ == "neg" for c in token.children):
            verb = token  # "X resurfaced in 2014" (not 'survived': an attack survived may not be the killing told)
        else:
            continue
        subject = subject_of(verb)
        for person in parties(frame, subject, PERSON)[:1] if subject is not None else []:
            killings = _first_killing([c for c in list(frame.claims.values()) if c.predicate == "killed"
                                       and c.subject_id == person.entity_id and c.polarity == Polarity.POSITIVE])
            for killing in killings:
                killer = frame.ents.entities.get(killing.object_id) if killing.object_id else None
                by = Ref.at(token, killer.id, killer.kind) if killer is not None else None
                frame.emit("killed", person, by, token, "killed.still_alive.v1", negated=token.lower_ != "dead")


def _first_killing(killings: list[Claim]) -> list[Claim]:
    """The killings a word of life belies: a person dies once, so when the text dates its killings ("declared
    dead in 2010 ... killed by marines in 2014"), only the earliest told; undated, all of them."""
    dated = [(min(d.value for d in c.qualifiers.dates if d.value), c) for c in killings
             if any(d.value for d in c.qualifiers.dates)]
    if not dated:
        return killings
    first = min(when for when, _ in dated)
    return [c for when, c in dated if when[:7] == first[:7]]


# The rules of this module (rules/dispatch.py: each runs where its trigger can match).
denial_rules = RuleSet(_denied_before, _part_in_killing, _denied_tie)
