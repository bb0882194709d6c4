"""Leadership, membership and alliance constructions of wire and feature writing.

"X, whom OFAC described as the leader of Z"; "the DEA listed him among Z's top leaders";
"Z was led at the time by X" (the parser hangs 'by X' on 'the time'); "Y is a member of Z,
a coalition of ..." (faction_of); "the Treasury described Y as a partner of Z" (ally_of);
"Y hired Z", "Y may work with Z" (ally_of); "a coalition that formed to resist Z" (rival_of).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.modality import as_verb, participle_bearer
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import _pairs, subject_of
from testigo.extract.rules.holding import led_in_sentence, led_just_before
from testigo.extract.rules.phrases import (
    GROUP,
    former_members,
    group_named_after,
    led_group,
    parties,
    prep_objects,
    told_groups,
)
from testigo.extract.rules.roles import emit_roles, interrupted_conjunct, role
from testigo.extract.rules.sanctions import words
from testigo.extract.syntax import agent_objects

__all__ = ["tie_rules"]

PERSON = ("person",)
RELATIVE_OBJECTS = ("whom", "who")
RELATIVES = ("who", "which", "that")


@starts(lemmas=(lambda: words("role_naming_verbs"),))
def _described_as(frame: Frame, token: Token) -> None:
    """'X, whom OFAC described as the leader of Z' / 'the DEA listed him among Z's top leaders' /
    'X, described by officials as a co-founder of Z'."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in words("role_naming_verbs"):
        return
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    described = _the_man_they_call(frame, token, objects)
    named = objects if described else []  # 'X, the man police call the head of G': the role is the object
    if described:
        people, objects = described, []
    elif not objects and token.tag_ == "VBN" and token.dep_ in ("acl", "conj") \
            and any(c.dep_ == "agent" for c in token.children):
        people = parties(frame, token.head, PERSON)  # 'X, described by S as the leader of G'
    elif not objects and (set_off := _set_off_after_name(frame, token)):
        people = set_off  # 'soldiers captured X, "El Lobo", regarded as G's military chief'
    elif not objects:
        return
    elif objects[0].lower_ in RELATIVE_OBJECTS and token.dep_ == "relcl":
        people = parties(frame, token.head, PERSON) or _person_before(frame, objects[0])
    elif objects[0].lower_ in RELATIVE_OBJECTS or objects[0].dep_ == "nsubjpass":
        return  # other rules read "X was described as ..."
    elif (inverse := _role_named_as(frame, token, objects[0])):
        people, objects, named = inverse, [], [objects[0]]
    else:
        people = parties(frame, objects[0], PERSON)
    named += prep_objects(token, "as") + prep_objects(token, "among")
    named += [o for ob in objects[:1] for o in prep_objects(ob, "as")]  # the parser may hang "as" on the named
    named += [o for a in token.children if a.dep_ == "agent" for b in a.children if b.dep_ == "pobj"
              for o in prep_objects(b, "as")]  # the parser may hang "as the leader" on the describer
    named += [n for o in named if o.lower_ == "one" for n in prep_objects(o, "of")]  # 'as one of the gang's leaders'
    named += [c for c in token.children if c.dep_ == "oprd"]  # 'whom prosecutors called the top leader of G'
    named += [c for c in token.children if c.dep_ == "dobj" and objects and c.i > objects[0].i
              and any(a.i < c.i for a in token.children if a.dep_ == "prep" and a.lower_ == "as")]
    # 'regard X as the founder of G and, until 2019, its leader': the parser may take the second role for an object
    named += [n for n in token.sent if n.pos_ == "NOUN" and n.i > token.i and interrupted_conjunct(n) in named]
    # 'regard X as its founder and, for most of its existence, its leader': the second hung on the aside
    nouns = [o for o in named if role(frame, o) is not None]
    for noun in nouns:
        if _of_unnamed_faction(frame, noun):
            named = objects[:1] + [c for c in token.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
            _leaders_known_together(frame, named, noun, people)  # the parser may hang "and his brothers" on the verb
            continue
        for person in people:
            emit_roles(frame, person, noun, "described_as", presupposed=False, cue=interrupted_conjunct(noun))


def _set_off_after_name(frame: Frame, verb: Token) -> list[Ref]:
    """'X, "El Lobo", regarded as the cartel's military chief': a participle set off by a comma right after a
    person's name, which the parser hung on the sentence's verb, describes that person."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    doc, i = verb.doc, verb.left_edge.i - 1
    if i < 1 or doc[i].text != ",":
        return []
    while i > 0 and doc[i - 1].text in ('"', "”", "'"):
        i -= 1
    ref = frame.ents.ref_at(i - 1)
    return [ref] if ref is not None and ref.kind == "person" else []


def _role_named_as(frame: Frame, verb: Token, noun: Token) -> list[Ref]:
    """'The documents identify its leader as X', 'police named the gang's boss as X': the role is the
    object and the person follows 'as'; gives the people named after 'as'."""
    if noun.pos_ != "NOUN" or frame.name(noun) is not None or role(frame, noun) is None:
        return []
    return [p for o in prep_objects(verb, "as") + prep_objects(noun, "as") for p in parties(frame, o, PERSON)]


def _the_man_they_call(frame: Frame, verb: Token, objects: list[Token]) -> list[Ref]:
    """'X, the man police call the head of G' / 'X, the woman prosecutors describe as its leader': a
    clause with no relative pronoun on a plain noun set beside X names X's role; gives X."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ not in ("appos", "npadvmod") or noun.pos_ != "NOUN" \
            or frame.name(noun) is not None \
            or any(c.dep_ in ("nsubjpass", "expl") or c.lower_ in RELATIVE_OBJECTS + RELATIVES for c in verb.children):
        return []
    if objects and role(frame, objects[0]) is None:
        return []
    return parties(frame, noun.head, PERSON) or _person_before(frame, noun.left_edge)


def _person_before(frame: Frame, relative: Token) -> list[Ref]:
    """'X, alias "Y", whom ...': the person named right before the relative pronoun and its commas."""
    i = relative.i - 1
    while i > relative.sent.start and (relative.doc[i].is_punct or relative.doc[i].is_quote):
        i -= 1
    ref = frame.ref(relative.doc[i], *PERSON)
    return [ref] if ref is not None else []


def _leaders_known_together(frame: Frame, named: list[Token], noun: Token, people: list[Ref]) -> None:
    """'They describe A and his brothers B and C, known together as G, as the leaders of a faction
    of S': each leads G, and G is a faction of S."""
    words_ = [w for n in named for w in n.subtree]
    groups = [r for w in words_ if w.dep_ == "acl" and w.lemma_.lower() in ("know", "call")
              for o in prep_objects(w, "as") for r in parties(frame, o, GROUP)]
    people = people + [r for n in named[1:] for r in parties(frame, n, PERSON)]
    people = [p for i, p in enumerate(people) if all(p.entity_id != q.entity_id for q in people[:i])]
    if len(groups) != 1:
        return
    predicate = role(frame, noun)
    for person in people:
        frame.emit(predicate, person, groups[0], noun, f"{predicate}.known_together.v1")  # type: ignore[arg-type]
    for faction in prep_objects(noun, "of"):
        for whole in (r for o in prep_objects(faction, "of") for r in parties(frame, o, GROUP)):
            frame.emit("faction_of", groups[0], whole, faction, "faction_of.known_together.v1")


def _of_unnamed_faction(frame: Frame, noun: Token) -> bool:
    """'the leaders of a faction of Z' lead the faction, not Z."""
    return any(o.lemma_.lower() in frame.lexicon("faction_nouns") and frame.name(o) is None
               for o in prep_objects(noun, "of"))


@starts(lemmas=(relations("leader_verbs"),))
def _leads_group_day_to_day(frame: Frame, token: Token) -> None:
    """'X leads Los Y day to day': the parser reads 'Los Y day' as one noun, the group a compound in it."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("leader_verbs"):
        return
    objects = [o for o in token.children if o.dep_ == "dobj" and frame.name(o) is None
               and o.lemma_.lower() in words("time_nouns")]  # not "commanded a Los Y checkpoint"
    groups = [r for o in objects for c in o.children if c.dep_ == "compound" and c.i == o.i - 1
              for r in parties(frame, c, GROUP)]
    subject = subject_of(token)
    if not groups or subject is None:
        return
    for person in parties(frame, subject, PERSON):
        for group in groups:
            frame.emit("leader_of", person, group, token, "leader_of.lead_verb.v1")


@starts(lemmas=("take",))
def _took_over_after(frame: Frame, token: Token) -> None:
    """'X led G until 2013. His brother Y took over': Y leads the group led in the sentence before (or
    before the verb in its own: 'X had led G until 2013; his brother Y took over')."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "take" or token.sent.start == 0:
        return
    if not any(c.dep_ == "prt" and c.lower_ == "over" for c in token.children) or \
            any(c.dep_ in ("dobj", "prep") for c in token.children):
        return
    subject = subject_of(token)
    groups = led_in_sentence(frame, token) or led_just_before(frame, token, [], sentences=1) or (
        _heirs_group(frame, subject) if subject is not None else [])
    for group in groups if subject is not None else []:
        for person in parties(frame, subject, PERSON):
            frame.emit("leader_of", person, group, token, "leader_of.took_over_after.v1")


def _heirs_group(frame: Frame, subject: Token) -> list[Ref]:
    """'X founded G. ... His son Y took over': the one group the text has said, before, that the kin noun's
    owner founded or led (the son takes over the father's group)."""
    if subject.lemma_.lower() not in frame.table("family") and subject.lower_ not in frame.table("family"):
        return []
    owners = [r for c in subject.children if c.dep_ == "poss" for r in parties(frame, c, PERSON)]
    told = told_groups(frame, owners, ("leader_of", "founder_of"), before=subject.idx) if owners else []
    return [Ref.at(subject, told[0], "criminal_group")] if len(told) == 1 else []


@starts(lemmas=("take",))
def _took_his_place(frame: Frame, token: Token) -> None:
    """'X led G. His brother Y is believed to have taken his place' / 'Y took the place of X': Y leads
    the one group the text says X led."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "take":
        return
    places = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() == "place"]
    owners = [r for p in places for c in p.children if c.dep_ == "poss" for r in parties(frame, c, PERSON)]
    owners += [r for p in places for o in prep_objects(p, "of") for r in parties(frame, o, PERSON)]
    subject = subject_of(token)
    if not owners or subject is None:
        return
    people = [r for r in parties(frame, subject, PERSON) if all(r.entity_id != o.entity_id for o in owners)]
    led = {c.object_id for c in list(frame.claims.values()) if c.predicate == "leader_of" and c.object_id
           and c.subject_id in {o.entity_id for o in owners} and c.polarity.value == "positive"
           and c.evidence.start < token.idx}
    if len(led) != 1:
        return
    group = Ref(Span(token.doc, token.i, token.i + 1, label="criminal_group"), next(iter(led)))
    for person in people:
        frame.emit("leader_of", person, group, token, "leader_of.took_his_place.v1")


@starts(words=("one", "another"))
def _one_of_the_leaders(frame: Frame, token: Token) -> None:
    """'X rose to become one of the leaders of G' / 'X remains one of G's bosses' / 'Y is another of
    the group's leaders'."""
    if token.lower_ not in ("one", "another") or token.dep_ not in ("attr", "oprd"):
        return
    nouns = [o for o in prep_objects(token, "of") if role(frame, o) is not None
             and not _of_unnamed_faction(frame, o)]
    subject = subject_of(token.head)
    people = parties(frame, subject, PERSON) if subject is not None else []
    for person in people:
        for noun in nouns:
            emit_roles(frame, person, noun, "one_of", presupposed=False)


@starts(lemmas=(lambda: words("serving_verbs"),))
def _served_as_wing(frame: Frame, token: Token) -> None:
    """'Y, a group that worked as the cartel's armed wing' / 'Y began as Z's enforcement arm' / 'Y, a group
    that began as sellers for Z' (any role noun the lexicons know, said of a group: a part of Z)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in words("serving_verbs"):
        return
    wings = [o for o in prep_objects(token, "as") if o.lemma_.lower() in frame.lexicon("faction_nouns")
             or o.lemma_.lower() in words("guard_nouns") or role(frame, o) is not None]
    wholes = [r for w in wings for c in w.children if c.dep_ == "poss" for r in parties(frame, c, GROUP)]
    wholes += [r for w in wings for p in ("of", "for") for o in prep_objects(w, p) for r in parties(frame, o, GROUP)]
    wholes = wholes or [r for w in wings for c in w.children if c.dep_ == "poss" for r in led_group(frame, c)]
    wholes = wholes or [r for w in wings for c in w.children if c.dep_ in ("compound", "nmod")
                        and (r := frame.ref(c, *GROUP)) is not None]  # "began as a G cell"
    wholes = wholes or [r for w in wings for c in w.children if c.dep_ == "acl" and c.lemma_.lower()
                        in words("serving_verbs") for o in prep_objects(c, "for")
                        for r in parties(frame, o, GROUP)]  # "emerged as an armed cell working for G"
    if not wholes:
        return
    for part in _subject_groups(frame, token):
        for whole in wholes:
            if whole.entity_id == part.entity_id:  # "X, which operates as the armed wing of the faction"
                whole = _faction_before(frame, [o for w in wings for o in prep_objects(w, "of")], part.entity_id)
            if whole is not None:
                frame.emit("faction_of", part, whole, token, "faction_of.served_as_wing.v1")


def _faction_before(frame: Frame, nouns: list[Token], besides: str) -> Ref | None:
    """What an unnamed 'the faction' stands for when it is not the group in hand: the group the text
    last called a part of another (said before)."""
    said = next((n for n in nouns if n.pos_ == "NOUN" and n.lemma_.lower() == "faction"), None)
    if said is None:
        return None
    told = [c for c in frame.claims.values() if c.predicate == "faction_of" and c.subject_id != besides
            and c.polarity.value == "positive" and c.evidence.start < said.idx]
    if not told:
        return None
    span = Span(said.doc, said.i, said.i + 1, label="criminal_group")
    return Ref(span, max(told, key=lambda c: c.evidence.start).subject_id)


@starts(lemmas=(relations("leader_passive"),))
def _led_at_the_time(frame: Frame, token: Token) -> None:
    """'Z was led at the time by X': the agent hangs on the time phrase, not on the verb."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("leader_passive"):
        return
    if any(c.dep_ == "agent" for c in token.children):
        return  # rules/people.py reads the plain passive
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return
    leaders = [r for o in prep_objects(token, "at") + prep_objects(token, "in") + prep_objects(token, "during")
               for by in prep_objects(o, "by") for r in parties(frame, by, PERSON)]
    for person in leaders:
        for group in parties(frame, subject, GROUP):
            frame.emit("leader_of", person, group, token, "leader_of.led_at_the_time.v1")


def _described_group(noun: Token) -> Token | None:
    """Who a predicate noun is said of: the subject of 'is', the head of an apposition, or the
    object of 'described ... as'."""
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ == "attr":
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("that", "which") and noun.head.dep_ == "relcl":
            subject = noun.head.head  # "X, a group that had once been an affiliate of Y": the group,
            return subject.head if subject.dep_ == "appos" and subject.pos_ == "NOUN" else subject  # X
        return subject
    if noun.dep_ == "pobj" and (verb := as_verb(noun.head)) is not None:
        return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None) or \
            next((c for c in verb.children if c.dep_ == "nsubj"), None) or participle_bearer(verb)
    if noun.dep_ == "dobj" and noun.lemma_.lower() == "part" and noun.head.lemma_.lower() == "form":
        return subject_of(noun.head)  # "Y formed part of Z"
    return None


@starts(lemmas=(lambda: words("group_member_nouns"),), words=(lambda: words("ally_partner_nouns"),))
def _member_group(frame: Frame, token: Token) -> None:
    """'Y is a member of Z' / 'Y, part of Z' / 'Y, an affiliate of Z' (faction_of); 'Y is a partner of Z', 'Y
    served as Z's partner', 'Y, which officials describe as Z's closest ally' (ally_of)."""
    if token.pos_ != "NOUN":
        return
    lemma = token.lemma_.lower()
    member, partner = lemma in words("group_member_nouns"), token.lower_ in words("ally_partner_nouns")
    if not member and not partner:
        return
    holder = _described_group(token)
    if holder is not None and holder.lower_ in RELATIVES and holder.head.dep_ == "relcl":
        holder = holder.head.head  # "X, which officials describe as G's closest ally": X
        if holder.dep_ == "appos" and holder.pos_ == "NOUN" and frame.name(holder) is None:
            holder = holder.head  # "X, a gang that served as G's partner": X
    if holder is None:
        return
    parts = parties(frame, holder, GROUP)
    wholes = [r for o in prep_objects(token, "of") for r in parties(frame, o, GROUP)]
    if partner and token.dep_ == "pobj":  # "X served as G's partner", "described as the cartel's closest ally"
        wholes += [r for c in token.children if c.dep_ == "poss"
                   for r in parties(frame, c, GROUP) or _named_after_place(frame, c)]
    if not parts or not wholes or frame.ref(holder, *PERSON) is not None or _people_nearer(frame, holder, parts):
        return
    predicate = "ally_of" if partner and lemma not in ("member", "part", "component", "affiliate") else "faction_of"
    for part in parts:
        for whole in wholes:
            frame.emit(predicate, part, whole, token, f"{predicate}.{lemma}_of.v1",
                       presupposed=token.dep_ == "appos")


def _named_after_place(frame: Frame, owner: Token) -> list[Ref]:
    """'Sinaloa's partner': a place owning a partner stands for the group named after it (the Sinaloa Cartel)."""
    place = frame.name(owner, "place")
    group = group_named_after(frame, place, owner.i + 1) if place is not None else None
    return [group] if group is not None else []


def _people_nearer(frame: Frame, holder: Token, groups: list[Ref]) -> bool:
    """'X and Y were held. Both are suspected members of G': 'both' (or 'they') stands for the people
    named after the last groups, not for those groups."""
    if holder.pos_ not in ("PRON", "DET") and holder.lower_ != "both":
        return False
    people = parties(frame, holder, PERSON)
    return bool(people) and max(p.span.start for p in people) > max(g.span.start for g in groups)


def _subject_groups(frame: Frame, verb: Token) -> list[Ref]:
    remains = [o for c in verb.children if c.dep_ == "csubj" and c.lemma_.lower() in ("remain", "survive")
               for o in prep_objects(c, "of")]
    subject = remains[0] if remains else subject_of(verb)  # "what remains of X may now work with Y"
    if subject is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl":
        relative, subject = subject, verb.head  # "Y, a group that worked as ..."
        subject = (_maker_hung(frame, subject) if relative.lower_ != "who" else None) or subject
    if subject is not None and frame.name(subject) is None and subject.dep_ == "pobj" and \
            subject.head.head.lemma_.lower() in words("coalition_nouns") | frame.lexicon("collective_nouns"):
        subject = subject.head.head  # "a coalition of local groups that formed ...": the coalition
    if subject is not None and frame.name(subject) is None and subject.dep_ == "attr":
        subject = next((c for c in subject.head.children if c.dep_ == "nsubj"), subject)  # "Z is a coalition that"
    if subject is not None and frame.name(subject) is None and subject.dep_ == "appos":
        subject = subject.head  # "Z, a coalition that formed to resist Y": the coalition is Z
    if subject is not None and subject.lemma_.lower() in ("core", "nucleus"):
        subject = next((c for c in subject.children if c.dep_ == "poss"), subject)  # "the group's core began as"
    return parties(frame, subject, GROUP) if subject is not None else []


def _maker_hung(frame: Frame, noun: Token) -> Token | None:
    """'Y, a group formed by deserters from the army that worked as G's armed wing': the parser hangs the
    relative clause on the makers' phrase ('deserters from the army'); it tells of the group they formed."""
    if frame.name(noun) is not None or noun.lemma_.lower() in frame.lexicon("collective_nouns", "faction_nouns"):
        return None
    word = noun
    for _ in range(4):
        if word.dep_ not in ("pobj", "prep", "agent"):
            return None
        word = word.head
        if word.dep_ == "acl" and word.tag_ == "VBN" and any(c.dep_ == "agent" for c in word.children) \
                and word.head.lemma_.lower() in frame.lexicon("collective_nouns", "faction_nouns"):
            return word.head
    return None


@starts(lemmas=(lambda: words("coalition_verbs"),))
def _coalition_includes(frame: Frame, token: Token) -> None:
    """'Z, a coalition of local groups that includes Y', 'the alliance comprises X and Y': each group
    the coalition takes in is faction_of it."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in words("coalition_verbs"):
        return
    subject = subject_of(token)
    if subject is None:
        return
    noun = token.head if subject.lower_ in RELATIVES and token.dep_ == "relcl" else subject
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "a coalition of local groups that ..."
    if frame.name(noun, *GROUP) is None and noun.lemma_.lower() not in words("coalition_nouns"):
        return  # "a gang that includes former soldiers", "the list includes Y"
    parts = [r for c in token.children if c.dep_ == "dobj" for r in parties(frame, c, GROUP)]
    for whole in _subject_groups(frame, token):
        for part in parts:
            frame.emit("faction_of", part, whole, token, "faction_of.coalition_includes.v1",
                       presupposed=token.dep_ == "relcl")


@starts(lemmas=(lambda: words("ally_work_verbs"), "work", "collaborate", "operate", "fight", "battle"))
def _hired(frame: Frame, token: Token) -> None:
    """'Y hired Z for its killings' / 'Y may now work with Z' / 'Y and Z worked together' / 'Y fights
    alongside Z': allies."""
    misread = _work_as_noun(frame, token)
    if token.pos_ != "VERB" and misread is None:
        return
    lemma = token.lemma_.lower()
    if misread is not None:  # "Los Pepes work with Z" parsed as a noun 'work' with the name its compound
        partners = [r for o in prep_objects(token, "with") + prep_objects(token, "alongside")
                    for r in parties(frame, o, GROUP)]
        _pairs(frame, "ally_of", parties(frame, misread, GROUP), partners, token, "ally_of.work_verb.v1")
        return
    if lemma in words("ally_work_verbs"):
        others = [c for c in token.children if c.dep_ == "dobj"]
    elif lemma in ("work", "collaborate", "operate"):
        others = prep_objects(token, "with") + prep_objects(token, "alongside")
    elif lemma in ("fight", "battle"):
        others = prep_objects(token, "alongside")  # "fights alongside Z"; "fights Z" is rivalry
        if not others:
            return
    else:
        return
    partners = [r for o in others for r in parties(frame, o, GROUP) if not former_members(r)]  # not 'hired
    # former Zetas': people who left the group
    if partners:
        _pairs(frame, "ally_of", _subject_groups(frame, token), partners, token, f"ally_of.{lemma}_verb.v1")
    elif lemma not in words("ally_work_verbs") and any(c.lower_ == "together" for c in token.children):
        _pairs(frame, "ally_of", _subject_groups(frame, token), None, token, f"ally_of.{lemma}_together.v1")


def _work_as_noun(frame: Frame, token: Token) -> Token | None:
    """The group whose verb 'work' the parser took for a noun it names: "Los Pepes work with Z" read as the
    noun phrase 'Los Pepes work' (no possessor, a group name just before it, 'with' or 'alongside' after)."""
    if token.pos_ != "NOUN" or token.lower_ != "work" or any(c.dep_ == "poss" for c in token.children):
        return None
    if not prep_objects(token, "with") + prep_objects(token, "alongside"):
        return None
    between = {t.i for t in token.doc[:token.i] if t.is_quote}  # 'Los Pepes "work with Z"'
    names = [c for c in token.children if frame.name(c, *GROUP) and (c.dep_ == "nsubj" or c.dep_ in (
        "compound", "nmod") and all(i in between for i in range(c.i + 1, token.i)))]
    return names[0] if names else None


@starts(lemmas=(lambda: words("rival_extra_verbs") | words("ousting_verbs"),))
def _resisted(frame: Frame, token: Token) -> None:
    """'Z formed to resist Y' / 'Z came together to keep Y out' / 'Z was driven out of P by Y': enemies."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in words("rival_extra_verbs") | words("ousting_verbs"):
        return
    foes = [r for c in token.children if c.dep_ == "dobj" for r in parties(frame, c, GROUP)]
    if not foes and any(c.dep_ == "auxpass" for c in token.children):  # "Z was pushed out of P by Y"
        foes = [r for o in agent_objects(token) for r in parties(frame, o, GROUP)]
    if foes and token.lemma_.lower() in words("ousting_verbs") and \
            not any(c.lower_ == "out" and c.dep_ in ("prt", "advmod", "prep") for c in token.children):
        return  # "keep X" is no enmity, "keep X out" is
    if foes:
        _pairs(frame, "rival_of", _subject_groups(frame, token), foes, token,
               f"rival_of.{token.lemma_.lower()}_verb.v1")


@starts(words=(lambda: words("ally_partner_nouns"),))
def _are_allies(frame: Frame, token: Token) -> None:
    """'X and Y are allies' / 'X and Y became partners'."""
    if token.pos_ == "NOUN" and token.dep_ == "conj" and token.lower_ in words("ally_partner_nouns"):
        _and_its_allies(frame, token)
        return
    if token.pos_ != "NOUN" or token.dep_ != "attr" or token.lower_ not in words("ally_partner_nouns"):
        return
    if token.tag_ != "NNS" or prep_objects(token, "of") or any(c.dep_ == "poss" for c in token.children):
        return  # "X is a partner of Y" and "Y's allies" are read elsewhere
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    sides = parties(frame, subject, GROUP) if subject is not None else []
    if len(sides) >= 2:
        _pairs(frame, "ally_of", sides, None, token, "ally_of.are_allies.v1")


ALLY_PLURALS = frozenset({"allies", "partners", "proxies"})
BETWEEN_NAME = frozenset({"the", "its", "their", "remnants", "remains", "rest", "of", "what", "was", "is", "left"})


def _and_its_allies(frame: Frame, token: Token) -> None:
    """'blamed on G and their local allies, the remnants of H,' / 'G and its partners, H and J,': the groups named
    right after the comma are G's allies (not 'G and its former allies', nor a plural with no owner)."""
    if token.lower_ not in ALLY_PLURALS or not any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                                   for c in token.children):
        return
    if any(c.lower_ in ("former", "old", "erstwhile", "one-time", "ex") for c in token.lefts):
        return
    owners = [r for r in parties(frame, token.head, GROUP) if r.span.root.i == token.head.i]
    named = [r for c in token.children if c.dep_ == "appos" for r in parties(frame, c, GROUP)]
    doc, i = token.doc, token.right_edge.i + 1
    if not named and i + 1 < len(doc) and doc[i].text == ",":
        j = i + 1
        while j < min(i + 6, len(doc)) and doc[j].lower_ in BETWEEN_NAME:
            j += 1
        ref = frame.ref(doc[j], *GROUP) if j < len(doc) else None
        named = [ref] if ref is not None and ref.span.start == j else []
    for owner in owners:
        _pairs(frame, "ally_of", [owner], [r for r in named if r.entity_id != owner.entity_id], token,
               "ally_of.and_its_allies.v1")


@starts(lemmas=(lambda: words("attack_nouns"),))
def _war_on(frame: Frame, token: Token) -> None:
    """'X waged war on Y' / 'X declared war on Y' / 'X launched an offensive against Y'."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in words("attack_nouns") or token.dep_ != "dobj":
        return
    verb = token.head
    if verb.lemma_.lower() not in words("attack_light_verbs"):
        return
    foes = [r for h in (token, verb) for w in ("on", "against") for o in prep_objects(h, w)
            for r in parties(frame, o, GROUP)]
    if foes:
        _pairs(frame, "rival_of", _subject_groups(frame, verb), foes, token, "rival_of.war_on.v1")


@starts(words=("heads", "leads", "runs", "commands"))
def _name_leads_name(frame: Frame, token: Token) -> None:
    """'X heads G.' parsed as one long name: a leading verb right between a person and a group."""
    if token.lower_ not in ("heads", "leads", "runs", "commands") or token.i == 0 or token.i + 1 >= len(token.doc):
        return
    if any(c.dep_ == "nsubj" for c in token.children):
        return  # a well-parsed verb: rules/people.py reads it
    person, group = frame.ref(token.doc[token.i - 1], *PERSON), frame.ref(token.doc[token.i + 1], *GROUP)
    if person is not None and group is not None and person.span.end == token.i and group.span.start == token.i + 1:
        frame.emit("leader_of", person, group, token, "leader_of.lead_verb_mistagged.v1")


@starts(lemmas=("join", "belong", "defect", "recruit", "rise"))
def _joined(frame: Frame, token: Token) -> None:
    """'X joined G in 2010' / 'X belongs to G' / 'X defected to G': a person becomes a member; a group
    that belongs to G is its faction."""
    if token.pos_ != "VERB":
        return
    lemma = token.lemma_.lower()
    if lemma == "recruit":
        _recruited(frame, token)
        return
    if lemma == "join":
        objects = [c for c in token.children if c.dep_ == "dobj"]
    elif lemma in ("belong", "defect"):
        objects = prep_objects(token, "to")
    elif lemma == "rise":  # "rose through the ranks of G"
        objects = [o for o in prep_objects(token, "through") if o.lemma_.lower() in ("rank", "ranks")]
    else:
        return
    objects = [_antecedent(frame, token) if o.lower_ in ("which", "whom") else o for o in objects]
    groups = [r for o in objects for r in parties(frame, o, GROUP)]
    subject = subject_of(token)
    if subject is not None and subject.lower_ in RELATIVES:  # also "X, who police say joined G"
        clause = next((a for a in [token, *token.ancestors] if a.dep_ == "relcl"), None)
        subject = clause.head if clause is not None else subject
    for person in parties(frame, subject, PERSON) if subject is not None and groups else []:
        for group in groups:
            frame.emit("member_of", person, group, token, f"member_of.{lemma}_verb.v1")
    if lemma == "belong" and subject is not None and groups:  # 'the front belongs to G': a unit of G
        for part in parties(frame, subject, GROUP):
            for group in groups:
                if part.entity_id != group.entity_id:
                    frame.emit("faction_of", part, group, token, "faction_of.belong_verb.v1")


def _antecedent(frame: Frame, verb: Token) -> Token:
    """What 'which' stands for in 'G, the faction led by X, to which Y belonged': the noun the relative
    clause hangs from, or the name that noun is in apposition to."""
    clause = next((a for a in [verb, *verb.ancestors] if a.dep_ == "relcl"), verb)
    noun = clause.head
    if frame.ref(noun, "person") is not None and noun.dep_ == "pobj" and noun.head.dep_ == "agent" \
            and noun.head.head.dep_ == "acl":
        noun = noun.head.head.head  # the parser hangs the clause on X in "the faction led by X, to which"
    if frame.name(noun) is None and noun.dep_ == "appos":
        noun = noun.head
    return noun


def _recruited(frame: Frame, token: Token) -> None:
    """'X was recruited by G' / 'G recruited X' / 'X was recruited into G': X became a member of G."""
    into = [r for o in prep_objects(token, "into") for r in parties(frame, o, GROUP)]
    if any(c.dep_ == "auxpass" for c in token.children) or token.dep_ == "acl":
        groups = [r for o in agent_objects(token) for r in parties(frame, o, GROUP)] + into
        held = next((c for c in token.children if c.dep_ == "nsubjpass"), None if token.dep_ != "acl" else token.head)
        people = parties(frame, held, PERSON) if held is not None else []
    else:
        groups = _subject_groups(frame, token) + into  # "X recruited Y into G"
        people = [r for c in token.children if c.dep_ == "dobj" for r in parties(frame, c, PERSON)]
    for person in people:
        for group in groups:
            frame.emit("member_of", person, group, token, "member_of.recruited.v1")


@starts(lemmas=(relations("service_verbs"),))
def _money_for(frame: Frame, token: Token) -> None:
    """'she managed money for the group': handling a group's money makes one of its members, also
    when the group is only 'the group' (rules/people.py asks for a name with other services)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("service_verbs"):
        return
    money = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in words("money_nouns")]
    if not money:
        return
    groups = [r for h in [token, *money] for o in prep_objects(h, "for") if frame.name(o) is None
              for r in parties(frame, o, GROUP)]
    subject = subject_of(token)
    if subject is not None and subject.lower_ in RELATIVES and token.dep_ == "relcl":
        subject = token.head
    for person in parties(frame, subject, PERSON) if subject is not None and groups else []:
        for group in groups:
            frame.emit("member_of", person, group, token, "member_of.money_for.v1")


@starts(words=(lambda: words("league_nouns") | words("backing_nouns"),),
        lemmas=(lambda: words("buying_verbs") | words("backing_verbs") | words("receiving_verbs"),))
def _backed(frame: Frame, token: Token) -> None:
    """'X, backed by Y' / 'Y arms (supplies, finances) X' / 'X sided with Y' / 'X is in league with Y' / 'X
    receives weapons (support, help) from Y': allies. Only groups on both sides: 'backed by the army' or
    'residents support X' are no alliance; a person who sided with a group is its member."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and token.lower_ in words("league_nouns") and token.dep_ == "pobj" \
            and token.head.lower_ == "in" and token.head.head.pos_ in ("VERB", "AUX"):
        partners = [r for o in prep_objects(token, "with") for r in parties(frame, o, GROUP)]
        if partners:
            _pairs(frame, "ally_of", _subject_groups(frame, token.head.head), partners, token, "ally_of.in_league.v1")
        return
    if token.pos_ == "NOUN" and token.lower_ in words("backing_nouns") and token.dep_ == "pobj" \
            and token.head.lower_ == "with" and token.head.head.pos_ in ("VERB", "AUX"):
        backers = [r for o in prep_objects(token, "of") for r in parties(frame, o, GROUP)]
        if backers:  # "G would operate with the support of H"
            _pairs(frame, "ally_of", _subject_groups(frame, token.head.head), backers, token, "ally_of.with_support.v1")
        return
    # "X buys cocaine from Y", "X receives weapons from Y": Y supplies X
    if token.pos_ == "VERB" and (lemma in words("buying_verbs") or lemma in words("receiving_verbs") and any(
            t.lemma_.lower() in words("backing_nouns") for t in _received(token))):
        backers = [r for h in [token, *_received(token)] for o in prep_objects(h, "from")
                   for r in parties(frame, o, GROUP)]
        backers = backers or _backing_givers(frame, token)
        backed = _subject_groups(frame, token) if backers else []
    elif token.pos_ != "VERB" or lemma not in words("backing_verbs"):
        return
    elif token.dep_ == "acl" and token.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in token.children):
        backers = [r for o in agent_objects(token) for r in parties(frame, o, GROUP)]
        backed = parties(frame, token.head, GROUP) if token.dep_ == "acl" else _subject_groups(frame, token)
    else:
        backers = _subject_groups(frame, token)
        backed = [r for c in token.children if c.dep_ in ("dobj", "dative") for r in parties(frame, c, GROUP)]
        backed += [r for o in prep_objects(token, "with") + prep_objects(token, "to") for r in parties(frame, o, GROUP)]
        if not backers and lemma in words("siding_verbs") and (subject := subject_of(token)) is not None:
            for person in parties(frame, subject, PERSON):  # "X sided with G" in a split: one of G's,
                own = _own_groups(frame, person)  # or, for the head of a group of his own, its ally
                for group in backed:
                    if own:
                        _pairs(frame, "ally_of", own, [group], token, f"ally_of.{lemma}_verb.v1")
                    else:
                        frame.emit("member_of", person, group, token, f"member_of.{lemma}_verb.v1")
    for one in backed:
        for other in backers:
            if other.entity_id != one.entity_id and not _parts(frame, one, other):
                _pairs(frame, "ally_of", [one], [other], token, f"ally_of.{lemma}_verb.v1")


def _received(verb: Token) -> list[Token]:
    """What a verb of receiving takes, where the parser may hang its 'from' ('received weapons and men from G':
    'from' on 'men'): the objects and their conjuncts."""
    return [t for c in verb.children if c.dep_ == "dobj" for t in [c, *c.conjuncts]]


def _backing_givers(frame: Frame, verb: Token) -> list[Ref]:
    """Who gives the backing a receiving verb takes as its object: 'X enjoys the backing of G', 'X receives G's
    support', 'X still enjoys Sinaloa backing' (a place standing for the group named after it)."""
    nouns = [t for t in _received(verb) if t.lemma_.lower() in words("backing_nouns")]
    owners = [o for n in nouns for o in prep_objects(n, "of")]
    owners += [c for n in nouns for c in n.children if c.dep_ in ("poss", "compound")]
    return [r for o in owners for r in parties(frame, o, GROUP)]


def _own_groups(frame: Frame, person: Ref) -> list[Ref]:
    """The groups the text has said the person leads or founded, as references at the person's name."""
    return [Ref.at(person.span.root, group, "criminal_group")
            for group in told_groups(frame, [person], ("leader_of", "founder_of"))]


def _parts(frame: Frame, one: Ref, other: Ref) -> bool:
    """One group is said to be a faction of the other: a parent supplying its cell is no alliance."""
    pair = {one.entity_id, other.entity_id}
    return any(c.predicate == "faction_of" and {c.subject_id, c.object_id} == pair for c in frame.claims.values())


# Every rule of this module, in order (rules/dispatch.py: each runs where its trigger can match).
@starts(lemmas=(lambda: words("giving_verbs"),))
def _gives_support(frame: Frame, token: Token) -> None:
    """'G provides material support to H', 'G lent protection to H': allies (groups on both sides)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in words("giving_verbs"):
        return
    given = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in words("backing_nouns")]
    if not given:
        return
    tos = [c for h in [token, *given] for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    tos += [c for t in tos for c in t.children if c.dep_ == "conj" and c.lower_ == "to"]  # "to H and to J"
    backed = [r for t in tos for o in t.children if o.dep_ == "pobj" for r in parties(frame, o, GROUP)]
    backers = _subject_groups(frame, token) if backed else []
    for one in backed:
        for other in backers:
            if other.entity_id != one.entity_id and not _parts(frame, one, other):
                _pairs(frame, "ally_of", [one], [other], token, "ally_of.gives_support.v1")


tie_rules = RuleSet(
    _described_as, _led_at_the_time, _one_of_the_leaders, _leads_group_day_to_day, _took_over_after, _took_his_place,
    _served_as_wing,
    _member_group, _coalition_includes, _hired, _resisted, _are_allies, _war_on, _name_leads_name, _joined,
    _money_for, _backed, _gives_support,
)
