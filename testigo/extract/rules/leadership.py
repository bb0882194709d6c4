"""Who leads or founded a group, read from verbs and possessives.

"the faction led by X"; "X leads / founded Y"; "X, who police say heads G"; "accused of leading G";
"X and Z's son ... leaders of the two gangs" read respectively; "Zambada's faction"; "X took (kept)
control of G"; "G was set up by X"; "leadership passed to X"; "Los Mayos answer to X"; "the Tres Ríos
Cartel of X". Leadership held or handed on ("in charge of G", "his successor") is in succession.py.
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.lexicon import fold, load_patterns
from testigo.extract.rules.conjuncts import CLAUSES, own_conjunct
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import one_of_those, subject_of
from testigo.extract.rules.holding import clause_object, led_in_sentence, led_just_before, runs_a_part, somewhere
from testigo.extract.rules.phrases import (
    FAMILY_PLURALS,
    GROUP,
    LEADING_NOUNS,
    follower_names,
    free_relative,
    group_around,
    loyal_to,
    owned_group,
    parties,
    prep_objects,
    relative_antecedent,
    salient_pair,
    topic,
)
from testigo.extract.rules.roles import role, role_title, role_words
from testigo.extract.rules.succession import succession_rules
from testigo.extract.rules.surnamed import group_of_surnames, surname_people, surname_words
from testigo.extract.syntax import agent_objects
from testigo.extract.tokens import children, texts, tokens_of

__all__ = ["leadership_rules", "nearest_person", "part_of_group", "surname_leaders", "written_apposition"]

PERSON = ("person",)


def written_apposition(frame: Frame, noun: Token) -> list[Ref]:
    """'G (ACR), a coalition commanded by X' when the parser did not hang the noun on G: the group
    named right before the comma that opens the noun's phrase."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                           for c in noun.children):
        return []
    i = noun.left_edge.i - 1
    doc = noun.doc
    if i < 1 or doc[i].text != ",":
        return []
    i -= 1
    if doc[i].text == ")" and i >= 3 and doc[i - 2].text == "(":
        i -= 3
    group = frame.ref(doc[i], *GROUP)
    return [group] if group is not None and group.span.end == i + 1 else []


@starts(lemmas=(relations("leader_verbs", "founder_verbs"), "set"))
def _led_by(frame: Frame, token: Token) -> None:
    """'Y, led by X' / 'the faction led by X' / 'X leads Y' / 'G was set up by X'."""
    lemma = token.lemma_.lower()
    if lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        lemma = "set_up"  # founded
    elif token.pos_ != "VERB" or lemma not in frame.lexicon("leader_verbs", "founder_verbs"):
        return
    if token.pos_ != "VERB" or lemma == "form" and any(c.dep_ == "dobj" and c.lemma_.lower() == "part"
                                                        for c in token.children):
        return  # 'X formed part of G' is a member's
    predicate = "founder_of" if lemma in frame.lexicon("founder_verbs") or lemma == "set_up" else "leader_of"
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children(token))
    if token.tag_ in ("VBN", "VBD") and (described := _described_group(frame, token)):
        for person in [r for o in _agents(token) for r in _not_relatives(frame, o, parties(frame, o, PERSON))]:
            for group in described:  # "the faction loyal to Z, known as G and now led by X"
                frame.emit(predicate, person, group, token, f"{predicate}.{lemma}_verb.v1", presupposed=True)
        return
    if token.dep_ == "advcl" and token.tag_ == "VBN" and token.i < token.head.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children):  # "Led by X, the Zetas broke away"
        groups = [r for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass") for r in parties(frame, c, GROUP)]
        for person in [r for o in _agents(token) for r in _not_relatives(frame, o, parties(frame, o, PERSON))]:
            for group in groups:
                frame.emit(predicate, person, group, token, f"{predicate}.{lemma}_verb.v1", presupposed=True)
        return
    if token.tag_ in ("VBN", "VBD") and token.dep_ != "acl" and (set_off := _group_set_off(frame, token)):
        people = [r for o in _agents(token) + prep_objects(token, "by")
                  for r in _not_relatives(frame, o, parties(frame, o, PERSON))]
        for person in people:  # 'G, headed according to officials by X': hung elsewhere
            frame.emit(predicate, person, set_off, token, f"{predicate}.{lemma}_verb.v1", presupposed=True)
        if people:
            return
    clause = token.dep_ == "acl" and any(c.dep_ == "nsubj" for c in token.children)  # "the claim that he leads G"
    if token.dep_ == "acl" and not clause or passive:
        subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if subject is None and token.dep_ != "acl":  # "the gang is believed to be run by X"
            subject = subject_of(token)
        held = subject if passive and subject is not None else token.head
        if held.dep_ == "pobj" and held.head.lower_ == "of" and frame.name(held) is None \
                and held.head.head.lemma_.lower() in frame.lexicon("collective_nouns"):
            held = held.head.head  # "a group of lieutenants led by X": the group
        written = written_apposition(frame, held)  # the parser may hang "a gang led by Y" far from X
        if held.dep_ == "appos" and frame.name(held) is None and not parties(frame, held, GROUP):
            held = held.head  # "X, a gang led by Y": the gang is X
        elif held.dep_ == "attr" and frame.name(held) is None and (copula := subject_of(held.head)) is not None:
            held = copula  # "X is a trafficking organisation founded by Y": the organisation is X
        groups = written or parties(frame, held, GROUP)
        if token.dep_ == "acl" and held.i == token.head.i:  # "G, led by X, and H are at war": G alone, not H
            groups = [g for g in groups if g.span.start < token.i]
        if token.dep_ in CLAUSES:  # "G, which is run by X, and H, headed by Y": G alone
            groups = own_conjunct(token, groups)
        people = [r for o in _agents(token) for r in _not_relatives(frame, o, parties(frame, o, PERSON))]
        people = people or _among_them(frame, token)
    else:
        subject = subject_of(token)
        nearest = None
        if subject is not None and subject.lower_ in ("who", "which") and token.dep_ == "relcl":
            nearest = nearest_person(frame, subject)
            subject = one_of_those(token.head)  # "X, one of the brothers who lead G": X
            if frame.name(subject) is None and subject.dep_ == "appos":  # "X, a former officer who founded G"
                subject = subject.head
            elif frame.name(subject) is None and subject.dep_ == "attr" and subject_of(subject.head) is not None:
                subject = subject_of(subject.head)  # "X is a trafficker who founded G"
            while subject.dep_ == "conj" and frame.ref(subject, *PERSON) is not None \
                    and frame.ref(subject.head, *PERSON) is not None:
                subject = subject.head  # "A and B, who were running G": both of them
        elif subject is not None and subject.lower_ in ("who", "which"):  # "two men who police say lead G"
            subject = next((v.head for v in token.ancestors if v.dep_ == "relcl"), None)
            while subject is not None and subject.dep_ == "conj" and frame.ref(subject, *PERSON) is not None \
                    and frame.ref(subject.head, *PERSON) is not None:
                subject = subject.head  # "A and B, who prosecutors say ran G": both of them
        people = parties(frame, subject, PERSON) if subject is not None else []
        if nearest is not None and subject is not None and nearest.span.start > subject.i \
                and all(p.entity_id != nearest.entity_id for p in people):
            people = [nearest]  # "X, the brother of Y, "Nick", who leads G": the clause is about Y
        cells = _heads_a_part(frame, token, people)
        groups = [r for c in token.children if c.dep_ == "dobj" and c not in cells
                  or c.dep_ == "nsubj" and c.i > token.i or c.dep_ == "ccomp" and free_relative(c)
                  for r in parties(frame, c, GROUP)]  # the parser may read the object as a second subject;
        # "founded what became known as G": the clause names G
        running = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in frame.lexicon("running_nouns")]
        if running and running[0].lemma_.lower() in ("business", "operation", "affair") and (
                somewhere(frame, token, running[0]) or _one_line(frame, running[0])):
            runs_a_part(frame, token, people, running)  # "ran G's operations in P", "its gold-mining business"
        else:
            groups += [r for c in running for p in c.children if p.dep_ == "poss"
                       for r in parties(frame, p, GROUP)]  # "runs its operations"
        runs_a_part(frame, token, people)
        if not groups:  # "who led the mafia mandamento of Castelvetrano"
            from testigo.extract.rules.splits import local_part

            groups = [r for c in token.children if c.dep_ == "dobj" for r in [local_part(frame, c)] if r is not None]
        if token.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in token.children):
            held = token.head if frame.name(token.head) is not None or token.head.dep_ != "appos" else token.head.head
            groups += parties(frame, held, GROUP)  # "G, which X had run since 2010": X ran G
        if not groups and token.dep_ == "relcl" and subject is not None and subject.i != token.head.i:
            groups = clause_object(frame, token)  # "G, an affiliate that he founded in 1984"
        if people:  # "X founded the group with his brother Y", "X ran G with his brother Y"
            people += [r for o in prep_objects(token, "with") if frame.ref(o, *PERSON) is not None
                       or predicate == "founder_of" or o.lower_ in frame.table("family")
                       for r in parties(frame, o, PERSON) if r not in people]
    for person in people:
        for group in groups:
            frame.emit(predicate, person, group, token, f"{predicate}.{lemma}_verb.v1",
                       presupposed=token.dep_ in ("acl", "relcl") and not clause)





def _one_line(frame: Frame, noun: Token) -> bool:
    """'its gold-mining business', 'the gang's extortion operation': one line of a group's business, not
    the whole of it ('its drug business', 'the cartel's trafficking operation')."""
    whole = frame.lexicon("whole_business_words")
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() not in whole for c in noun.children)


def _group_set_off(frame: Frame, verb: Token) -> Ref | None:
    """The group a participle set off by a comma right after its name describes ("G, led, according to police,
    by X", "G, headed according to officials by X"), when the parser hung the participle elsewhere."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    agent = any(c.dep_ == "agent" for c in verb.children) and not any(c.dep_ == "dobj" for c in verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass") and not (agent and c.i == verb.i - 2) for c in verb.children):
        return None  # "G, led for two decades by X, controls ...": parsed as G's own 'led', still G's leader
    group = frame.ref(doc[verb.i - 2], *GROUP)
    return group if group is not None and group.span.end == verb.i - 1 else None


def _agents(verb: Token) -> list[Token]:
    """The doers a passive names after 'by', also a second 'and by Y' the parser hung inside the first
    one's phrase ('led by X, who wrote a book, and by Y')."""
    firsts = agent_objects(verb) or _by_after_a_time(verb)
    seconds = [o for f in firsts for w in f.subtree if w.lower_ == "by" and w.dep_ == "prep" and w.i > f.i
               and w.doc[w.i - 1].lower_ == "and" and not any(c.dep_ in ("agent", "auxpass") for c in w.head.children)
               for o in w.children if o.dep_ == "pobj"]  # not 'who was betrayed by A and by B': that clause's own
    return firsts + seconds


TIME_PREPOSITIONS = frozenset({"since", "for", "until", "till", "from", "during", "in"})


def _by_after_a_time(verb: Token) -> list[Token]:
    """'G, run since the late 1990s by X': the 'by' the parser hung on the time phrase between the
    participle and its doer."""
    if verb.tag_ not in ("VBN", "VBD", "VBP"):
        return []
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in TIME_PREPOSITIONS
            for t in p.children if t.dep_ == "pobj"
            for b in t.children if b.dep_ == "prep" and b.lower_ == "by" for o in b.children if o.dep_ == "pobj"]


def _described_group(frame: Frame, verb: Token) -> list[Ref]:
    """'the faction loyal to Z, known as G and now led by X': a participle set beside another description
    of a noun ('loyal', 'known') is said of that noun; the group it is known as, else the noun's own."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return []
    if verb.dep_ == "conj" and frame.ref(verb.head, *GROUP) is not None:
        return parties(frame, verb.head, GROUP)  # "G, a gang created by X and led by Y" with 'led' hung on G
    if verb.dep_ == "conj" and verb.head.dep_ in ("amod", "acl") and verb.head.head.pos_ == "NOUN":
        noun = verb.head.head
    elif verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and frame.name(verb.head) is None:
        noun = verb.head
    else:
        return []
    named = [r for w in noun.subtree if w.i < verb.i and w.dep_ == "acl" and w.lemma_.lower() in ("know", "call")
             for o in prep_objects(w, "as") for r in parties(frame, o, GROUP)]
    if verb.dep_ == "conj" and noun.dep_ == "appos" and frame.name(noun) is None and not named:
        noun = noun.head  # "G, a gang created by X and led by Y": the gang is G
    return named or (parties(frame, noun, GROUP) if verb.dep_ == "conj" else [])


def _among_them(frame: Frame, verb: Token) -> list[Ref]:
    """'G has been run since his death by his sons, among them X': the people named after 'among them'
    ('including' is read by the parser) when the doer is a plural noun naming no one."""
    doers = [o for w in verb.subtree if w.lower_ == "by" for o in w.children
             if o.dep_ == "pobj" and o.tag_ == "NNS" and frame.name(o) is None]
    if not doers:
        return []
    doc, people = verb.doc, []
    for among in (w for w in verb.sent if w.lower_ == "among" and w.i > doers[0].i):
        if among.i + 2 < among.sent.end and doc[among.i + 1].lower_ in ("them", "those", "these"):
            ref = frame.ref(doc[among.i + 2], *PERSON)
            if ref is not None and ref.span.start == among.i + 2:
                people += parties(frame, ref.span.root, PERSON) or [ref]
    return people


def _not_relatives(frame: Frame, noun: Token, people: list[Ref]) -> list[Ref]:
    """'run by two sons of X' / "by X's nephew, Y": the relatives (Y), not whom they are related to (X)."""
    if noun.lower_ not in frame.table("family") and noun.lemma_.lower() not in frame.lexicon(
            "proxy_nouns"):
        return people  # "led by relatives of X", "run by associates of X": not X
    related = {t.i for c in noun.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
               for t in c.subtree}
    return [r for r in people if r.span.root.i not in related]


def _heads_a_part(frame: Frame, verb: Token, people: list[Ref]) -> list[Token]:
    """'X heads a local cell of G': X is a member of G who leads one of its parts (the title says
    which); gives the part nouns, which name no group X leads."""
    cells = [c for c in verb.children if c.dep_ == "dobj" and part_of_group(frame, c)]
    for cell in cells:
        for person in people:
            for group in parties(frame, cell, GROUP):
                frame.emit("member_of", person, group, verb, f"member_of.{verb.lemma_.lower()}_part.v1",
                           title=f"{verb.lemma_.lower()} of {role_title(cell)}", presupposed=verb.dep_ == "relcl")
    return cells


def part_of_group(frame: Frame, noun: Token) -> bool:
    """'a local cell of G', 'G's armed wing', 'a CJNG cell': a part of a named group, not the group itself ('the
    faction', 'the Sinaloa Cartel faction known as Los Chapitos')."""
    if frame.name(noun) is not None or noun.lemma_.lower() not in frame.lexicon("faction_nouns"):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in noun.children) \
            and any(c.dep_ in ("compound", "nmod") and frame.ref(c, *GROUP) for c in noun.children):
        return True  # "a CJNG cell": one of the group's cells
    if any(c.dep_ in ("acl", "appos", "relcl") or c.dep_ in ("compound", "nmod") and frame.ref(c, *GROUP)
           for c in noun.children):
        return False
    return any(parties(frame, o, GROUP) for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "within")
               for o in p.children if o.dep_ == "pobj") or any(
        c.dep_ == "poss" and c.pos_ != "PRON" and parties(frame, c, GROUP) for c in noun.children)


def nearest_person(frame: Frame, relative: Token) -> Ref | None:
    """The person named right before a relative pronoun, past commas and quote marks."""
    i = relative.i - 1
    while i > relative.sent.start and (relative.doc[i].is_punct or relative.doc[i].is_quote):
        i -= 1
    ref = frame.ref(relative.doc[i], *PERSON)
    return ref if ref is not None and ref.span.end == i + 1 else None


@starts(words=(lambda: _leading_forms(),))
def _led_mistagged(frame: Frame, token: Token) -> None:
    """'X, who police say heads G' with 'heads' tagged as a noun: a leading verb right before a group."""
    if token.pos_ == "VERB" or token.lower_ not in _leading_forms() or token.i + 1 >= len(token.doc):
        return
    group = frame.ref(token.doc[token.i + 1], *GROUP)
    if group is None or group.span.start != token.i + 1:
        return
    who = next((t for t in reversed(token.doc[token.sent.start:token.i]) if t.lower_ == "who"), None)
    person = next((r for r in frame.refs_before(who, *PERSON) if who.i - r.span.end <= 4), None) if who else None
    if person is not None and token.doc[who.i - 1].text == "," and token.i - who.i <= 5:  # "X, 38, who ..."
        frame.emit("leader_of", person, group, token, "leader_of.lead_verb_mistagged.v1")


@starts(lemmas=(relations("leader_verbs"),))
def _accused_of_leading(frame: Frame, token: Token) -> None:
    """'They accuse X, known as "H", of leading G' / 'X is suspected of running G': X leads G, as the
    accusers say. Read from the words, since the parser often hangs 'of leading G' on X's phrase."""
    lemma = token.lemma_.lower()
    if token.tag_ != "VBG" or lemma not in frame.lexicon("leader_verbs") or token.i < 1 \
            or token.doc[token.i - 1].lower_ != "of" or token.i + 1 >= len(token.doc):
        return
    group = next((r for r in frame.refs_in(token.doc[token.i + 1:min(token.i + 4, token.sent.end)], *GROUP)
                  if r.span.start <= token.i + 2), None)
    accusing = frame.lexicon("accusing_verbs") - frame.lexicon("accusing_with_complement")
    verb = next((t for t in reversed(token.doc[token.sent.start:token.i - 1])
                 if t.pos_ == "VERB" and t.lemma_.lower() in accusing), None)
    if group is None or verb is None:
        return
    between = token.doc[verb.i + 1:token.i - 1]
    if any(t.pos_ == "VERB" and t.dep_ not in ("relcl", "acl", "auxpass") and t.lemma_.lower() not in ("know", "call")
           for t in between):
        return  # another verb with its own object stands between: not the accused's gerund
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    people = [r for h in heads for r in parties(frame, h, PERSON)]
    for person in people:
        claim = frame.emit("leader_of", person, group, verb, "leader_of.accused_of_leading.v1")
        if claim is not None:
            frame.with_accuser(claim, verb)


@cache
def _leading_forms() -> frozenset[str]:
    verbs = load_patterns("relations")["leader_verbs"]
    return frozenset(v + "s" for v in verbs if "-" not in v) | {"leads", "heads", "runs"}


@starts(lemmas=(role_words,), words=(role_words,))
def _respectively(frame: Frame, token: Token) -> None:
    """'X and Z's son ... identified as leaders of the (two) gangs': people and groups in order."""
    if role(frame, token) != "leader_of" or token.tag_ != "NNS":
        return
    objects = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    if not objects or frame.name(objects[0]) is not None:
        return
    groups = list(salient_pair(frame, objects[0]))
    slots = _person_slots(frame, token)
    if len(groups) == 2 and len(slots) == 2:
        for person, group in zip(slots, groups, strict=True):
            if person is not None:
                frame.emit("leader_of", person, group, token, "leader_of.respectively.v1")


def _person_slots(frame: Frame, token: Token) -> list[Ref | None]:
    """People named before the role noun in its sentence; 'one of Z's sons' is an unnamed slot."""
    slots: list[Ref | None] = []
    seen: set[str] = set()
    for word in token.sent:
        if word.i >= token.i:
            break
        ref = frame.ref(word, *PERSON)
        if ref is None or ref.span.start != word.i or ref.entity_id in seen:
            continue
        seen.add(ref.entity_id)
        possessor = ref.span.root.dep_ == "poss"
        slots.append(None if possessor else ref)
    return slots


@starts(lemmas=(relations("faction_nouns"),))
def _owned_faction(frame: Frame, token: Token) -> None:
    """"Zambada's faction": the person leads it (the group named after them, if the text has one).
    Not "his successor", "his part in the plot" or "found dead in his cell": owned by a person, these
    name no group (patterns/relations.yaml personal_parts)."""
    if token.lemma_.lower() not in frame.lexicon("faction_nouns") or _personal_part(frame, token):
        return
    if any(c.dep_ in ("amod", "compound") and c.pos_ == "ADJ" and c.text[:1].isupper() and c.i < token.i
           for c in token.children):
        return  # "X's Spanish branch": a national branch is a group's, not a person's (a clan read as a person)
    owners = [r for c in token.children if c.dep_ == "poss" for r in parties(frame, c, PERSON)]
    if owners:
        from testigo.extract.rules.phrases import named_after

        named = [r for c in token.children if c.dep_ == "appos" for r in parties(frame, c, GROUP)] \
            or _taken_as(frame, token)
        group = named[0] if named else named_after(frame, token, owners[0])  # "X has his armed wing, G": G
        frame.emit("leader_of", owners[0], group, token, "leader_of.owned_faction.v1", presupposed=True)
        led = {c.object_id for c in list(frame.claims.values()) if c.predicate == "leader_of" and c.object_id
               and c.subject_id == owners[0].entity_id and c.object_id != group.entity_id
               and c.polarity.value == "positive" and c.evidence.start < token.idx}
        if named and len(led) == 1:  # "X leads G. X has his own armed wing, H": a part of G
            parent = Ref.at(token, next(iter(led)), "criminal_group")
            frame.emit("faction_of", group, parent, token, "faction_of.owned_faction.v1", presupposed=True)
        for parent in [r for o in prep_objects(token, "of") for r in parties(frame, o, GROUP)][:1]:
            if parent.entity_id != group.entity_id:  # "El Ruso's cell of the CJNG", "his own faction of the BLO"
                frame.emit("faction_of", group, parent, token, "faction_of.owned_faction.v1", presupposed=True)


@starts(words=(relations("owned_group_nouns"),))
def _owned_group(frame: Frame, token: Token) -> None:
    """"Marset's network", "Meza Flores's gunmen" where the text has not said which group the person leads:
    the person leads the group named after them (phrases.owned_group)."""
    group = owned_group(frame, token)
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    person = frame.name(owner, *PERSON) if owner is not None and group is not None else None
    if group is not None and person is not None and group.entity_id != group_of_surnames(frame, person.entity_id):
        frame.emit("leader_of", person, group, token, "leader_of.owned_group.v1", presupposed=True)  # a group
        # named by his surnames is his by its name (surname_leaders), not by the words of this sentence


def _taken_as(frame: Frame, noun: Token) -> list[Ref]:
    """The group a verb takes 'as' the faction noun: "X recruited Los Zetas as his armed wing", "G, whom X had
    recruited as his armed wing", "G was set up as X's armed wing": G."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else None
    if verb is None or verb.pos_ != "VERB":
        return []
    for taken in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if found := parties(frame, taken, GROUP):
            return found[:1]
        word = relative_antecedent(taken) if taken.tag_ in ("WP", "WDT") else None
        for _ in range(8):  # "Los Zetas, a band of deserters (from P) whom X recruited": up through prepositions
            # and apposition
            if word is None or (group := frame.name(word, *GROUP)) is not None:
                return [group] if word is not None and group is not None else []
            word = word.head if word.dep_ in ("pobj", "prep", "appos") else None
    return []


def _personal_part(frame: Frame, noun: Token) -> bool:
    """A faction noun that, owned by a person, is theirs alone: 'his successor', 'her part', 'his cell'
    (in prison: 'in his cell'; 'his cell in Tijuana' stays a faction)."""
    lemma = noun.lemma_.lower()
    return lemma in frame.lexicon("personal_parts") or lemma == "cell" and noun.dep_ == "pobj"


@starts(lemmas=(relations("faction_nouns", "collective_nouns"),), refs=GROUP)
def _whose_group(frame: Frame, token: Token) -> None:
    """'X, whose Los Y gang dominates P' / 'X, whose faction controls P': X leads the group, as with
    "X's faction"."""
    if token.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "poss" and c.lower_ == "whose"
                                                      for c in token.children):
        return
    if frame.ref(token, *GROUP) is None and \
            token.lemma_.lower() not in frame.lexicon("faction_nouns", "collective_nouns"):
        return
    clause = next((a for a in token.ancestors if a.dep_ == "relcl" or a.dep_ == "appos" and a.pos_ == "VERB"), None)
    person = frame.ref(clause.head, *PERSON) if clause is not None else None
    if person is None:
        return
    for group in parties(frame, token, GROUP):
        frame.emit("leader_of", person, group, token, "leader_of.whose_group.v1", presupposed=True)


PERSONAL_GROUPS = frozenset({"network", "organisation", "organization", "group"})


@starts(refs=PERSON)
def _group_of_person(frame: Frame, token: Token) -> None:
    """'the Estado Mayor Central (EMC) of X', 'the Tres Ríos Cartel of X': the group of a person is the
    one that person leads (read from the words: the parser often hangs 'of X' elsewhere); so is "X's network",
    "X's organisation" (the group the entity tagger named after X: group_names.person_networks), and a group
    named after the possessive: "X's Cartel del Pacífico Sur", "gunmen of X's Gulf Cartel" (not "X's CJNG
    rivals", where the possessive belongs to the noun after the name). The name is background: a hedge of its
    clause ('may', 'is believed to') is not one of the leading."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].tag_ == "POS":
        person, group = frame.ref(token, *PERSON), frame.name(doc[token.i + 2], *GROUP)
        if person is None or group is None or person.span.end != token.i + 1 or group.span.start != token.i + 2:
            return
        if len(group.span) == 1 and doc[token.i + 2].lower_ in PERSONAL_GROUPS \
                or token.dep_ == "poss" and group.span.start <= token.head.i < group.span.end:
            frame.emit("leader_of", person, group, doc[token.i + 2], "leader_of.group_of_person.v1",
                       presupposed=frame.only_clause_denies(doc[token.i + 2]), background=True)
        return
    if token.i >= 3 and (brothers := _named_brothers(doc, token)) is not None:
        _group_of_brothers(frame, token, brothers)
        return
    if token.i < 2 or doc[token.i - 1].lower_ != "of":
        return
    token = doc[token.i - 1]
    end = token.i
    if doc[end - 1].text == ")" and end >= 4 and doc[end - 3].text == "(":
        end -= 3  # 'G (ACR) of X'
    group = frame.ref(doc[end - 1], *GROUP)
    person = frame.ref(doc[token.i + 1], *PERSON)
    if group is None or person is None or group.span.end != end or person.span.start != token.i + 1:
        return
    before = doc[group.span.start - 1] if group.span.start > 0 else None
    if before is not None and (before.lower_ == "of" or before.lemma_.lower() in role_words()):
        return  # 'members of G of X', 'the leader of G of X': the phrase is about someone else
    frame.emit("leader_of", person, group, token, "leader_of.group_of_person.v1",
               presupposed=frame.only_clause_denies(token), background=True)  # 'the organization of X is not
    # part of G': X's; 'officials warn that the organization of X may try ...': X's, whatever may happen


def _named_brothers(doc: Doc, token: Token) -> Token | None:
    """The plural kin noun right before a name ('the X brothers, A and B', 'the brothers A and B'), else None."""
    kin = doc[token.i - 2] if doc[token.i - 1].text == "," else doc[token.i - 1]
    return kin if kin.lower_ in FAMILY_PLURALS else None


def _group_of_brothers(frame: Frame, token: Token, kin: Token) -> None:
    """'the Tampico Cartel of the Ruelas brothers, Rodrigo and Mateo', 'the G of the brothers A and B X': the
    brothers a group is 'of' lead it, as 'the G of X' does."""
    doc = token.doc
    i = kin.i - 1
    while i > 0 and doc[i].pos_ == "PROPN":
        i -= 1  # the family's name
    if doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return
    group = frame.ref(doc[i - 1], *GROUP)
    person = frame.ref(token, *PERSON)
    if group is None or person is None or group.span.end != i or person.span.start != token.i:
        return
    before = doc[group.span.start - 1] if group.span.start > 0 else None
    if before is not None and (before.lower_ == "of" or before.lemma_.lower() in role_words()):
        return  # 'members of G of the X brothers': about someone else
    for one in parties(frame, person.span.root, PERSON) or [person]:
        frame.emit("leader_of", one, group, doc[i], "leader_of.group_of_person.v1",
                   presupposed=frame.only_clause_denies(doc[i]), background=True)


def surname_leaders(frame: Frame) -> None:
    """'the Díaz Parada group', 'the Guzmán-Palma organization', 'the Flores Drug Trafficking Organization'
    (group_names.surname_groups): a group the text names by the surnames of people it names, then a group noun
    (and words of its trade before it), is led by each of them, where the text says nothing else of that
    person and that group (run after the rules: 'prosecutors regard X as one of its leaders' is the text's own
    word). Not a family the KB knows a group by ('Beltrán Leyva gunmen', 'the Valencia clan')."""
    nouns = frame.lexicon("led_group_nouns", "led_group_class_nouns")
    told = {(c.subject_id, c.object_id) for c in frame.claims.values() if c.predicate in ("leader_of", "founder_of")}
    tokens = tokens_of(frame.doc)
    for i, word in enumerate(texts(frame.doc, LOWER)):  # the words read as an array: no Token made at every word
        if word not in nouns:
            continue
        token = tokens[i]
        group = frame.name(token, "criminal_group")
        if group is None or group.span.end != token.i + 1 or group.entity_id.startswith("kb-"):
            continue
        surnames = [w for w in surname_words(frame, group.span) if w != "-"]
        if not surnames or _family_known(frame, " ".join(surnames)):
            continue
        for person in surname_people(frame, group.span):
            if (person, group.entity_id) not in told:
                told.add((person, group.entity_id))
                frame.emit("leader_of", Ref.at(token, person, "person"), group, token,
                           "leader_of.named_for_surnames.v1", presupposed=True)


FAMILY_FORMS = ("los {}", "{} cartel", "{} organization", "{} organisation", "{} clan", "{} family")


def _family_known(frame: Frame, surnames: str) -> bool:
    """Whether the KB knows a criminal group by these surnames ('Los Valencia', 'Beltrán Leyva Organization')."""
    return frame.kb is not None and any(e.kind == "criminal_group" for form in FAMILY_FORMS
                                        for e in frame.kb.lookup(form.format(surnames)))


@starts(lemmas=("answer", "report"))
def _answer_to(frame: Frame, token: Token) -> None:
    """'Los Mayos answer to X' -> leader_of(X, Los Mayos); 'Los Mayos answer to G' -> faction_of G;
    'X answered to G' -> member_of G, and so does 'X answers to the leadership (the bosses) of G'."""
    if token.lemma_.lower() not in ("answer", "report"):
        return
    members: list[Ref] = []
    if token.pos_ == "VERB":
        subject = subject_of(token)
        groups = parties(frame, subject, GROUP) if subject is not None else []
        members = parties(frame, subject, PERSON) if subject is not None and not groups else []
        if subject is not None and not groups and subject.tag_ == "NNS":  # "the smaller clans, among them X"
            groups = [r for c in subject.children if c.dep_ == "appos" for r in parties(frame, c, GROUP)]
            groups += [r for o in prep_objects(subject, "among") for r in parties(frame, o, GROUP)]
    elif token.pos_ == "NOUN" and any(c.dep_ == "compound" and (frame.ref(c, *GROUP) or c.lemma_.lower() in
                                                               frame.lexicon("owned_group_nouns", "faction_nouns"))
                                      for c in token.children):
        # the parser read the verb as a noun: "Los Mayos answer to X", "X's cell reports to G's commanders", also
        # as a subject of what follows
        groups = [r for c in token.children if c.dep_ == "compound" for r in parties(frame, c, GROUP)]
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        groups = groups or [r for c in token.children if c.dep_ == "compound" and owner is not None and owner.i < c.i
                            and (r := owned_group(frame, c, owner)) is not None]  # "X's cell reports to G": X's cell
    else:
        return
    objects = prep_objects(token, "to")
    objects += [w for o in objects if o.lemma_.lower() in LEADING_NOUNS and frame.name(o) is None
                for w in [*prep_objects(o, "of"), *(c for c in o.children if c.dep_ in ("poss", "compound")
                                                    or c.dep_ == "amod" and c.pos_ == "PROPN")]]
    # "answers to the leadership of G", "reports to the G leadership", "to G regional commanders": to G's leaders
    above = {r.entity_id for o in objects for t in o.subtree if (r := frame.name(t, *GROUP)) is not None}
    groups = [g for g in groups if g.entity_id not in above]  # "the network answers to X, a part of G": not G
    families = [r for o in objects for r in family_group(frame, o)]
    people = [] if families else [r for o in objects for r in parties(frame, o, PERSON)]
    for person in people:
        for group in groups:
            frame.emit("leader_of", person, group, token, "leader_of.answer_to.v1", presupposed=token.dep_ == "acl")
    parents = families or ([] if people else [r for o in objects for r in parties(frame, o, GROUP)])
    for member in members:  # "X answered to the faction known as G"
        for parent in parents:
            frame.emit("member_of", member, parent, token, "member_of.answer_to.v1", presupposed=token.dep_ == "acl")
    for parent in parents:  # "the smaller clans answered to the Mancusos": parts of the family's clan
        for group in groups:
            frame.emit("faction_of", group, parent, token, "faction_of.answer_to.v1", with_time=True,
                       presupposed=token.dep_ == "acl")  # "G, a cell answering to H in P": said in passing


def family_group(frame: Frame, token: Token) -> list[Ref]:
    """'the Mancusos' where the text names a Mancuso clan (family, gang): that group."""
    if token.pos_ != "PROPN" or not token.lower_.endswith("s"):
        return []
    stem = fold(token.text[:-1])
    for ref in frame.refs_before(token, *GROUP):
        name = frame.ents.entities[ref.entity_id].name
        if stem in fold(name).replace("-", " ").split() or stem == fold(name):
            return [Ref.at(token, ref.entity_id, ref.kind)]
    return []


@starts(lemmas=(relations("control_verbs", "inheriting_verbs", "leader_verbs"),))
def _took_control(frame: Frame, token: Token) -> None:
    """'X took control of G' / 'X took command of G' / 'X took the reins of G' / 'X took over G' / 'X kept
    (retained, regained) control of G' / 'X inherited G'; and what is left of a group as the group: 'X kept (ran,
    inherited, took over) what was left of G'."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in frame.lexicon("control_verbs", "inheriting_verbs", "leader_verbs"):
        return
    remains = _remainder_of(token)
    if lemma in frame.lexicon("leader_verbs") and not remains:
        return  # 'X ran G': read by the rules of leading verbs
    objects = [c for c in token.children if c.dep_ == "dobj"]
    over = lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in token.children)
    inherited = lemma in frame.lexicon("inheriting_verbs")  # 'inherited G' by name ('inherited the cartel' often
    # comes after two groups are named, the description then read back to the wrong one)
    groups = [r for o in objects if over or inherited and frame.name(o, *GROUP) is not None
              for r in parties(frame, o, GROUP)]
    groups += [r for o in remains for r in parties(frame, o, GROUP)]
    posts = [p for o in objects if o.lower_ in ("control", "command", "charge", "leadership", "reins", "helm")
             for p in o.children if p.dep_ == "prep" and p.lower_ == "of"]
    groups += [r for p in posts for x in p.children if x.dep_ == "pobj" for r in parties(frame, x, GROUP)]
    groups += [r for p in posts for x in _remainder_of(p) for r in parties(frame, x, GROUP)]  # 'control of what ...'
    groups += [r for o in objects if over and o.lemma_.lower() in frame.lexicon("running_nouns")
               for c in o.children if c.dep_ == "poss" for r in parties(frame, c, GROUP)]  # "its operations"
    subject = subject_of(token)
    if subject is not None and subject.lower_ in ("who", "that"):  # "X, who has taken over G"
        subject = next((v.head for v in [token, *token.ancestors] if v.dep_ == "relcl"), None)
    people = parties(frame, subject, PERSON) if subject is not None else []
    if people and not groups and _took_the_helm(token, objects, over) and (led := led_in_sentence(frame, token)):
        groups = led  # "X had led G until ...; his brother took over", "the leader of G, a position he took over"
    elif people and not groups and _took_the_helm(token, objects, over):
        # "X no longer leads G; his son is believed to have taken command": named in this sentence or the one before
        groups = _group_near(frame, token) or led_just_before(frame, token, people)
    for person in people:
        for group in groups:
            frame.emit("leader_of", person, group, token, "leader_of.took_control.v1")
    offices = [] if groups or lemma not in ("take", "assume") else [
        r for p in posts if p.head.lower_ in ("charge", "command", "helm", "reins")
        for x in p.children if x.dep_ == "pobj" for r in parties(frame, x, ("agency",))]
    for person in people:  # "X took charge of the federal police": its official
        for office in offices:
            frame.emit("official_of", person, office, token, "official_of.took_charge.v1", title="head")



def _remainder_of(verb: Token) -> list[Token]:
    """The group of a free relative of what is left of it, object of the verb (or of 'of'): 'kept what was left of
    G', 'ran what remained of G', 'control of what remained of G' -> [G]."""
    return [o for c in verb.children if c.dep_ in ("ccomp", "dobj", "xcomp", "pcomp")
            and c.lemma_.lower() in ("leave", "remain")
            and any(w.lower_ == "what" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children)
            for o in prep_objects(c, "of")]


SHARED_POSTS = frozenset({"command", "control", "leadership", "helm"})


@starts(lemmas=("share",))
def _shared_command(frame: Frame, token: Token) -> None:
    """'A shared command (control, leadership) of G with B', 'They share control of G with B': A and B lead G;
    with no group named, the one the sentence or the two before say someone else led ('After X left, A shared
    command with B'). Not 'shared control of the port' (a place: operates_in reads that)."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "share":
        return
    post = next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in SHARED_POSTS), None)
    subject = subject_of(token)
    if post is None or subject is None:
        return
    people = parties(frame, subject, PERSON)
    people += [r for o in prep_objects(token, "with") + prep_objects(post, "with")
               for r in parties(frame, o, PERSON) if r not in people]
    held = prep_objects(post, "of") + prep_objects(post, "over")
    groups = [r for o in held for r in parties(frame, o, GROUP)]
    if not held and not any(c.dep_ in ("poss", "compound") for c in post.children):
        groups = led_in_sentence(frame, token) or led_just_before(frame, token, people) or _group_near(frame, token)
    for person in people if len(people) > 1 else []:
        for group in groups:
            frame.emit("leader_of", person, group, token, "leader_of.shared_command.v1")


def _group_near(frame: Frame, token: Token) -> list[Ref]:
    """The group in hand when it is named in this sentence or the one before ('X rose inside G under Y. After Y
    left, X took command')."""
    group = topic(frame, token, GROUP)
    start = token.doc[token.sent.start - 1].sent.start if token.sent.start > 0 else 0
    near = group is not None and any(r.entity_id == group.entity_id and r.span.start >= start
                                     for r in frame.refs_in(token.doc[start:token.i], *GROUP))
    return [group] if group is not None and near else []


def _took_the_helm(verb: Token, objects: list[Token], over: bool) -> bool:
    """'took command', 'took over', 'took the reins' with no group named: the group in hand (not 'took
    over as head of G', which names its own, nor 'kept control', which says nothing new)."""
    if verb.lemma_.lower() not in ("take", "assume", "seize") or any(
            c.dep_ == "prep" and c.lower_ in ("as", "of") for c in verb.children):
        return False
    if over:
        return not objects
    return len(objects) == 1 and objects[0].lemma_.lower() in ("command", "control", "leadership", "rein", "helm") \
        and not any(c.dep_ in ("prep", "poss", "amod", "compound") for c in objects[0].children)


@starts(lemmas=("pass", "fall", "go"))
def _passed_to(frame: Frame, token: Token) -> None:
    """"Leadership of G passed to X" / "G's command fell to X": X leads G."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("pass", "fall", "go"):
        return
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in ("leadership", "control", "command", "helm"):
        return
    groups = [r for c in subject.children if c.dep_ == "poss" for r in parties(frame, c, GROUP)]
    groups += [r for o in prep_objects(subject, "of") for r in parties(frame, o, GROUP)]
    if not groups:  # "leadership passed to X" after the group was named
        group = topic(frame, token, GROUP)
        groups = [group] if group is not None else []
    people = [r for o in prep_objects(token, "to") for r in parties(frame, o, PERSON)]
    people += [r for o in prep_objects(token, "to") for c in o.children if c.dep_ == "relcl"
               and c.lemma_.lower() in ("include", "comprise") for d in c.children if d.dep_ == "dobj"
               for r in parties(frame, d, PERSON)]  # "passed to a group that included A and B"
    for person in people:
        for group in groups:
            frame.emit("leader_of", person, group, token, "leader_of.passed_to.v1")


@starts(words=("loyal", "attributed"))
def _loyal_to(frame: Frame, token: Token) -> None:
    """'the faction loyal to X', 'groups loyal to X', 'the faction attributed to X': X leads it."""
    head = token.head if token.dep_ in ("amod", "acl") or token.i == 0 else token.doc[token.i - 1]
    if head.lemma_.lower() not in ("group", "faction"):
        return
    people = loyal_to(frame, head)
    for group in parties(frame, head, GROUP)[:1] if people else []:
        frame.emit("leader_of", people[0], group, token, "leader_of.loyal_to.v1")


@starts(lemmas=(relations("collective_nouns", "faction_nouns"),))
def _group_around(frame: Frame, token: Token) -> None:
    """'a younger group around X', 'the faction around X': X leads it."""
    people = group_around(frame, token) if token.pos_ == "NOUN" else []
    for group in parties(frame, token, GROUP)[:1] if people else []:
        frame.emit("leader_of", people[0], group, token, "leader_of.group_around.v1", presupposed=True)


@starts(lemmas=(relations("follower_nouns"),), words=(relations("follower_nouns"),))
def _followers_known_as(frame: Frame, token: Token) -> None:
    """'the followers of X, known as G', "X's loyalists, known as G": X leads G."""
    people, groups = follower_names(frame, token)
    for group in groups if people else []:
        frame.emit("leader_of", people[0], group, token, "leader_of.followers_known_as.v1", presupposed=True)


@starts(lemmas=("follow",))
def _faction_follows(frame: Frame, token: Token) -> None:
    """'The organisation splits in two. One faction follows X; the other follows Y': each faction is the one
    its person leads ('faction led by X'). Not 'police followed X', nor 'the gang follows the orders of X'."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "follow" or any(c.dep_ == "neg" for c in token.children):
        return
    from testigo.extract.rules.phrases import echo, named_after

    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.lemma_.lower() in frame.lexicon("faction_nouns", "collective_nouns")
                               and subject.tag_ == "NN" and frame.name(subject) is None
                               or subject.lower_ == "other" and any(c.lower_ == "the" for c in subject.children)
                               and any(t.lemma_.lower() in frame.lexicon("faction_nouns", "collective_nouns")
                                       for t in token.doc[token.sent.start:subject.i])):
        return  # 'one faction', 'a splinter group', 'the other' after a faction noun in the sentence
    for obj in (c for c in token.children if c.dep_ == "dobj" and c.pos_ == "PROPN"):
        for person in parties(frame, obj, PERSON)[:1]:
            faction = named_after(frame, subject, person)
            echo(frame, subject, faction)  # 'Both factions belong to G': the two just told apart
            frame.emit("leader_of", person, faction, token, "leader_of.faction_follows.v1")


MAKING_VERBS = frozenset({"turn", "transform", "build", "make", "forge"})


@starts(lemmas=tuple(MAKING_VERBS))
def _made_into(frame: Frame, token: Token) -> None:
    """'X turned the Gulf Cartel into a military machine', 'X, who built G into an empire': a person who made a
    group into something ran it."""
    results = prep_objects(token, "into")
    if token.pos_ != "VERB" or token.lemma_.lower() not in MAKING_VERBS \
            or not results or any(o.lemma_.lower() in frame.lexicon("rival_people_nouns", "ally_nouns")
                                  or o.lemma_.lower() in ("target", "victim") for o in results):
        return  # 'X turned G into his enemy': a relation, not the making of G
    subject = subject_of(token)
    if subject is not None and subject.lower_ in ("who", "that") and token.dep_ == "relcl":
        subject = token.head
    people = parties(frame, subject, PERSON) if subject is not None else []
    groups = [r for o in token.children if o.dep_ == "dobj" for r in parties(frame, o, GROUP)]
    for person in people:
        for group in groups:
            frame.emit("leader_of", person, group, token, "leader_of.made_into.v1", presupposed=token.dep_ == "relcl")


HEAD_PLACES = frozenset({"head", "helm"})


@starts(lemmas=tuple(HEAD_PLACES))
def _at_its_head(frame: Frame, token: Token) -> None:
    """'G, with X and Y at its head, ...', 'G grew with X at the helm': the people 'with' puts at a group's head
    lead it; the group is the noun the 'with' hangs on, else the subject of its verb."""
    at = token.head
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or at.lower_ != "at" \
            or not any(c.dep_ == "poss" and c.lower_ == "its" or c.lower_ == "the" for c in token.children) \
            or any(c.dep_ == "prep" for c in token.children):
        return  # not 'with X at the head of the column'

    doc = token.doc
    with_ = next((w for w in doc[max(at.i - 12, at.sent.start):at.i] if w.lower_ == "with" and w.dep_ == "prep"), None)
    if with_ is None:
        return
    named = [o for o in with_.children if o.dep_ == "pobj"]
    people = [r for o in named for r in parties(frame, o, PERSON)]
    if not people or max(r.span.end for r in people) != at.i:
        return  # 'with X at its head' only, nothing else between the names and 'at'
    holder = with_.head
    if holder.pos_ in ("VERB", "AUX"):
        holder = subject_of(holder)
    groups = parties(frame, holder, GROUP) if holder is not None else []
    for person in people:
        for group in groups:
            frame.emit("leader_of", person, group, token, "leader_of.at_its_head.v1", presupposed=True)


# The leadership rules, in order.
leadership_rules = RuleSet(
    _took_control, _shared_command, succession_rules, _passed_to, _answer_to, _owned_faction, _owned_group,
    _whose_group, _led_by, _led_mistagged, _accused_of_leading, _respectively, _group_of_person, _loyal_to,
    _group_around, _followers_known_as, _faction_follows, _made_into, _at_its_head,
)
