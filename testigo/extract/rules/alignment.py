"""Group-to-group wordings the rules of rules/groups.py do not read: sides taken, kept truces,
umbrellas, groups born of others.

- "X battled Y street by street": the parser reads "Y street" as one noun (rival_of X, Y);
- "X's enemies (allies) in P, Y" and "Y, X's allies in P": the name hangs on the place;
- "X and Y made common cause", "X threw in its lot with Y"; "X relies on Y for protection", "X drew its muscle
  from Y", "X pays Y for protection" (ally_of);
- "X came to the aid of Y", "X threw its weight behind Y" (ally_of);
- "X and Y kept a truce for years" (ally_of; an agreed truce is negotiated_with, rules/groups.py);
- "a pastor brought representatives of X and Y together" (negotiated_with);
- "X operates under the umbrella of Y" (faction_of), "under the protection of Y" (ally_of);
- "X joined forces with Y in a pact aimed mainly at Z", "the pact between X and Y was aimed at Z": the target of
  an alliance is a rival of its members (rival_of X, Z and Y, Z);
- "Y splintered and gave rise to X", "Y spawned X", "X was formed by men who broke away from Y",
  "Another offshoot of Y, X, broke away in 2011" (faction_of, with the date of the split).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.lexicon import load_patterns
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import (
    _described,
    _faction_members,
    _pairs,
    _sides,
    _verb_trigger,
    mistagged_verb,
    subject_of,
)
from testigo.extract.rules.phrases import GROUP, parties, prep_objects

__all__ = ["alignment_rules"]

RELATIVES = ("who", "which", "that")


def _ties(name: str) -> frozenset[str]:
    return frozenset(load_patterns("ties")[name])


def _subjects(frame: Frame, verb: Token) -> list[Ref]:
    """The groups a verb is said of, through 'that'/'which' to the noun its clause hangs from."""
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl":
        subject = verb.head if frame.name(verb.head) is not None else _described(verb.head)  # "X, a gang that"
    if subject is not None and subject.lower_ in ("it", "they"):  # "the cartel that ruled P before it split"
        subject = next((a.head for a in verb.ancestors if a.dep_ == "relcl"), subject)
    return parties(frame, subject) if subject is not None else []


@starts(lemmas=(relations("rival_verbs"),))
def _street_by_street(frame: Frame, token: Token) -> None:
    """'X battled Y street by street' parsed with 'Y street' as the object: Y is what X fought."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("rival_verbs"):
        return
    for obj in (c for c in token.children if c.dep_ == "dobj" and frame.name(c) is None):
        repeated = [o for h in (token, obj) for o in prep_objects(h, "by") if o.lemma_ == obj.lemma_]
        named = [r for c in obj.children if c.dep_ == "compound" for r in parties(frame, c)]
        if repeated and named:
            _pairs(frame, "rival_of", _subjects(frame, token), named, token, "rival_of.by_repeated_noun.v1")


@starts(lemmas=(relations("assault_verbs"),))
def _attacked_holdings(frame: Frame, token: Token) -> None:
    """'X fighters attacked Y positions', 'X gunmen ambushed a Y convoy': the foe named as a modifier."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("assault_verbs"):
        return
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return  # "a Y convoy was ambushed": the attacker, if any, is read elsewhere
    things = [c for c in token.children if c.dep_ == "dobj" and frame.name(c) is None and c.pos_ == "NOUN"]
    foes = [r for t in things for c in t.children if c.dep_ in ("compound", "nmod", "poss")
            and (r := frame.ref(c, *GROUP)) is not None]
    _pairs(frame, "rival_of", _subjects(frame, token), foes, token, "rival_of.attacked_holdings.v1")


@starts(words=(relations("rival_people_nouns"), lambda: _ties("ally_partner_nouns")))
def _sides_in_place(frame: Frame, token: Token) -> None:
    """"X's enemies in P, Y" (the name hung on the place) and "Y, X's allies in P" / "Y are X's allies":
    rival_of or ally_of between the possessor and the named group."""
    if token.pos_ != "NOUN":
        return
    rival = token.lower_ in frame.lexicon("rival_people_nouns")
    if not rival and token.lower_ not in _ties("ally_partner_nouns"):
        return
    owners = [r for c in token.children if c.dep_ == "poss" for r in parties(frame, c)]
    places = [o for p in ("in", "across", "throughout") for o in prep_objects(token, p)
              if frame.ref(o, "place", "country") is not None]
    named = [r for o in places for c in o.children if c.dep_ == "appos" for r in parties(frame, c)]
    if not rival and not named:  # "Y, X's allies in P" / "Y are X's allies": the noun's own holder
        if token.dep_ == "appos":
            named = [r for r in [frame.ref(token.head, *GROUP)] if r is not None]
        elif token.dep_ == "attr":
            named = [r for c in token.head.children if c.dep_ == "nsubj" for r in parties(frame, c)]
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in ("one", "another") \
                and token.head.head.dep_ in ("attr", "appos"):
            counted = token.head.head  # "Y is one of X's closest allies", "Y, one of X's allies"
            holders = [counted.head] if counted.dep_ == "appos" else [
                c for c in counted.head.children if c.dep_ == "nsubj"]
            named = [r for c in holders for r in parties(frame, c)]
        elif token.dep_ == "nsubj" and token.head.lemma_.lower() == "include":  # "X's allies include Y"
            named = [r for c in token.head.children if c.dep_ == "dobj" for r in parties(frame, c)]
        named = [r for r in named if r not in owners]
    predicate = "rival_of" if rival else "ally_of"
    for owner in owners:
        for one in named:
            frame.emit(predicate, one, owner, token, f"{predicate}.sides_in_place.v1",
                       presupposed=token.dep_ != "attr")


@starts(lemmas=(relations("ally_verb_objects"),))
def _common_cause(frame: Frame, token: Token) -> None:
    """'X and Y made common cause (against Z)', 'X threw in its lot with Y': allies."""
    objects = frame.table("ally_verb_objects").get(token.lemma_.lower()) if token.pos_ == "VERB" else None
    if objects and any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in token.children):
        _verb_trigger(frame, token, "ally_of")


@starts(lemmas=(relations("reliance_verbs"),))
def _relies_on(frame: Frame, token: Token) -> None:
    """'X relies on Y for protection (weapons, gunmen)', 'X depends on the protection of Y' (on Y's protection, on
    the tolerance, if not the protection, of Y): X and Y are allies."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("reliance_verbs"):
        return
    if token.lemma_.lower() == "draw" and not prep_objects(token, "on"):
        _drew_from(frame, token)
        return
    on = prep_objects(token, "on")
    helpers = [r for o in on for r in parties(frame, o)]
    needs = [o for h in [token, *on] for o in prep_objects(h, "for")]
    if not helpers:  # "on the protection of Y": the help is what it leans on, its giver after 'of' or before it
        needs = [w for o in on for w in [o, *o.conjuncts, *_appended(o)]]
        givers = [g for n in needs if n.lemma_.lower() in frame.lexicon("reliance_nouns")
                  for g in [*prep_objects(n, "of"), *(c for c in n.children if c.dep_ == "poss")]]
        helpers = [r for g in givers for r in parties(frame, g, GROUP)]
    if not any(w.lemma_.lower() in frame.lexicon("reliance_nouns") for n in needs for w in [n, *n.conjuncts]):
        return  # "relies on Y for cocaine": a supplier, not an ally
    _pairs(frame, "ally_of", _subjects(frame, token), helpers, token, "ally_of.relies_on.v1")


QUANTITIES = frozenset({"much", "most", "some", "many", "all", "part", "bulk", "share", "half"})


def _drew_from(frame: Frame, token: Token) -> None:
    """'X drew its muscle (much of its gunmen) from Y': what X leans on comes from Y (allies)."""
    needs = [c for c in token.children if c.dep_ == "dobj"]
    needs += [o for n in needs if n.lower_ in QUANTITIES for o in prep_objects(n, "of")]
    needs = [n for n in needs if n.lemma_.lower() in frame.lexicon("reliance_nouns")]
    helpers = [r for h in [token, *needs] for o in prep_objects(h, "from") for r in parties(frame, o, GROUP)]
    if needs and helpers:
        _pairs(frame, "ally_of", _subjects(frame, token), helpers, token, "ally_of.relies_on.v1")


@starts(lemmas=("pay",))
def _pays_for(frame: Frame, token: Token) -> None:
    """'X pays Y for protection (for gunmen)': what X leans on comes from Y (allies); not 'pays Y for cocaine'."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "pay":
        return
    needs = [o for o in prep_objects(token, "for") if o.lemma_.lower() in frame.lexicon("reliance_nouns")]
    helpers = [r for c in token.children if c.dep_ in ("dobj", "dative") for r in parties(frame, c, GROUP)]
    if needs and helpers:
        _pairs(frame, "ally_of", _subjects(frame, token), helpers, token, "ally_of.relies_on.v1")


def _appended(noun: Token) -> list[Token]:
    """A noun set beside another after a comma: 'on the tolerance, if not the protection, of Y' (the parser hangs
    'the protection' on the verb as a clause, and 'of Y' on it)."""
    verb = noun.head.head
    return [c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "NOUN" and c.i > noun.i]


@starts(lemmas=(relations("aiming_verbs"),))
def _pact_aimed_at(frame: Frame, token: Token) -> None:
    """'X sealed a pact with Y aimed mainly at Z', 'the pact between X and Y was aimed at Z', 'X joined forces with
    Y in a pact that officials say is aimed at Z': each member of the pact is a rival of its target."""
    if token.pos_ != "VERB" or token.tag_ != "VBN" or token.lemma_.lower() not in frame.lexicon("aiming_verbs"):
        return
    targets = [r for p in ("at", "against") for o in prep_objects(token, p) for r in parties(frame, o, GROUP)]
    if not targets:
        return
    pact = token.head if token.dep_ == "acl" else subject_of(token)
    if pact is not None and pact.lower_ in RELATIVES:
        pact = next((a.head for a in token.ancestors if a.dep_ == "relcl"), None)
    if pact is None or pact.lemma_.lower() not in frame.lexicon("ally_nouns") or frame.name(pact) is not None:
        return
    members = [r for b in prep_objects(pact, "between") for r in _sides(frame, b)]
    verb = pact.head.head if pact.dep_ == "pobj" else pact.head if pact.dep_ == "dobj" else None
    if not members and verb is not None and verb.pos_ == "VERB":
        members = _subjects(frame, verb) + [r for h in [verb, pact, *(c for c in verb.children if c.dep_ == "dobj")]
                                            for o in prep_objects(h, "with") for r in parties(frame, o, GROUP)]
    members = [m for m in members if all(m.entity_id != t.entity_id for t in targets)]
    _pairs(frame, "rival_of", members, targets, token, "rival_of.pact_aimed_at.v1")


@starts(lemmas=(relations("rallying_verbs"),))
def _came_to_aid(frame: Frame, token: Token) -> None:
    """'X came to the aid (defence, rescue) of Y', 'X threw its weight behind Y', 'X rallied behind Y': allies."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("rallying_verbs"):
        return
    helped = [o for h in [token, *(c for c in token.children if c.dep_ == "dobj")] for o in prep_objects(h, "behind")]
    helped += [o for n in prep_objects(token, "to") if n.lemma_.lower() in frame.lexicon("rescue_nouns")
               for o in prep_objects(n, "of")]
    helpers = _subjects(frame, token) if helped else []
    _pairs(frame, "ally_of", helpers, [r for o in helped for r in parties(frame, o, GROUP)], token,
           "ally_of.came_to_aid.v1")


@starts(lemmas=(relations("service_traffic_verbs"),))
def _moved_for(frame: Frame, token: Token) -> None:
    """'X moved cocaine through Honduras for Y' / 'for Mexican buyers, chiefly Y': X works Y's trade (allies)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("service_traffic_verbs"):
        return
    drugs = [c for c in token.children if c.dep_ == "dobj" and _names_drug(frame, c)]
    if not drugs:
        return
    holders = [token, *drugs, *(a for d in drugs for a in d.children if a.dep_ == "acl")]
    holders += [o for p in token.children if p.dep_ == "prep" and p.lower_ != "for" for o in p.children
                if o.dep_ == "pobj"]  # "across the mountains for Y": 'for' hung on the route
    for_objects = [o for h in holders for o in prep_objects(h, "for")]
    clients = [r for o in for_objects for r in parties(frame, o) + _chiefly(frame, o)]
    _pairs(frame, "ally_of", _subjects(frame, token), clients, token, "ally_of.moved_for.v1")


def _names_drug(frame: Frame, noun: Token) -> bool:
    """'cocaine', 'tons of cocaine'."""
    return frame.ref(noun, "drug") is not None or any(frame.ref(o, "drug") is not None
                                                       for o in prep_objects(noun, "of"))


def _chiefly(frame: Frame, noun: Token) -> list[Ref]:
    """'Mexican buyers, chiefly Y' / 'mainly Y': the group named as the main one of a plural noun."""
    doc = noun.doc
    end = noun.right_edge.i + 1
    if end + 1 >= noun.sent.end or doc[end].text != "," or doc[end + 1].lower_ not in ("chiefly", "mainly",
                                                                                      "mostly", "notably"):
        return []
    ref = frame.ref(doc[end + 2], *GROUP) if end + 2 < noun.sent.end else None
    if ref is None and end + 3 < noun.sent.end and doc[end + 2].pos_ == "DET":
        ref = frame.ref(doc[end + 3], *GROUP)
    return [ref] if ref is not None else []


@starts(lemmas=(relations("truce_nouns"),), words=(relations("truce_nouns"),))
def _kept_truce(frame: Frame, token: Token) -> None:
    """'For two decades X and Y kept a working truce': a truce the sides keep is an accommodation
    between them (ally_of); one they agree or strike is negotiated (rules/groups.py)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in frame.lexicon("truce_nouns") or token.dep_ != "dobj":
        return
    verb = token.head
    if verb.lemma_.lower() not in frame.lexicon("truce_keeping_verbs"):
        return
    sides = _subjects(frame, verb)
    partners = [r for h in (token, verb) for o in prep_objects(h, "with") for r in parties(frame, o)]
    _pairs(frame, "ally_of", sides, partners or None, token, "ally_of.kept_truce.v1")


@starts(lemmas=(relations("convening_verbs"),))
def _brought_together(frame: Frame, token: Token) -> None:
    """'a pastor brought representatives of X and Y together', 'the bishop brought leaders of X and Y to the
    table': a go-between who gathers envoys of two groups holds talks between them (negotiated_with)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("convening_verbs"):
        return
    envoys = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in frame.lexicon("envoy_nouns")]
    named = [o for e in envoys for o in prep_objects(e, "of")]
    if not named:
        return
    together = any(w.lower_ == "together" and token.i in (w.head.i, w.head.head.i) for w in token.subtree) or any(
        o.lemma_.lower() == "table" for o in prep_objects(token, "to")) or any(
        c.lower_ == "together" for o in named for c in o.subtree)
    sides = [r for o in named for r in parties(frame, o)]
    if together and len(sides) >= 2:
        _pairs(frame, "negotiated_with", sides, None, token, "negotiated_with.brought_together.v1")


@starts(lemmas=(relations("umbrella_nouns"), "protection"))
def _under_umbrella(frame: Frame, token: Token) -> None:
    """'X operates under the umbrella of Y' / 'under the Y umbrella' (faction_of Y); 'X works under
    the protection of Y' (ally_of)."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "under":
        return
    lemma = token.lemma_.lower()
    if lemma not in frame.lexicon("umbrella_nouns") and lemma != "protection":
        return
    owners = [r for c in token.children if c.dep_ in ("poss", "compound", "nmod") for r in parties(frame, c)]
    owners += [r for o in prep_objects(token, "of") for r in parties(frame, o)]
    holder = token.head.head
    members = _subjects(frame, holder) if holder.pos_ in ("VERB", "AUX") else parties(frame, holder)
    predicate = "ally_of" if lemma == "protection" else "faction_of"
    for member in members:
        for owner in owners:
            frame.emit(predicate, member, owner, token, f"{predicate}.under_umbrella.v1")


@starts(lemmas=(relations("serving_for_verbs"),))
def _works_for(frame: Frame, token: Token) -> None:
    """'X, a group that works for Y in the mountains', 'X worked under Y until 2015': a group in another's
    service is its faction."""
    if not (token.pos_ == "VERB" or mistagged_verb(token)) or token.lemma_.lower() not in frame.lexicon(
            "serving_for_verbs"):
        return
    masters = [r for o in prep_objects(token, "for") for r in parties(frame, o)]
    masters += [r for o in prep_objects(token, "under") if frame.name(o) is not None  # not 'under the label X'
                for r in parties(frame, o)]
    if not masters:
        return
    for part in _subjects(frame, token):
        for whole in masters:
            frame.emit("faction_of", part, whole, token, "faction_of.works_for.v1")


@starts(lemmas=(relations("collective_nouns"),))
def _splinter_group(frame: Frame, token: Token) -> None:
    """'X, a breakaway group from Y', 'X is a splinter gang of Y', 'X is a Y splinter group': X is a faction of Y."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in frame.lexicon("collective_nouns") \
            or token.lemma_.lower() in frame.lexicon("faction_nouns"):
        return  # 'a breakaway faction of Y' is read by rules/groups.py
    if not any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in frame.lexicon("split_modifiers")
               for c in token.children):
        return
    parents = [r for p in ("of", "from") for o in prep_objects(token, p) for r in parties(frame, o)[:1]]
    parents = parents or [r for c in token.children if c.dep_ in ("compound", "nmod", "poss") and c.i < token.i
                          and (r := frame.name(c, *GROUP)) is not None]  # "a Y splinter group", "Y's splinter gang"
    said = token.dep_ == "attr"
    for member in _faction_members(frame, token):
        for parent in parents:
            frame.emit("faction_of", member, parent, token, "faction_of.splinter_group.v1", presupposed=not said)


@starts(lemmas=("give", relations("spawning_verbs")))
def _gave_rise(frame: Frame, token: Token) -> None:
    """'Y splintered and gave rise to X', 'Y spawned X': the newer group is a faction of Y."""
    if token.pos_ != "VERB":
        return
    lemma = token.lemma_.lower()
    if lemma == "give":
        rises = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() == "rise"]
        offspring = [o for h in [token, *rises] for o in prep_objects(h, "to")] if rises else []
    elif lemma in frame.lexicon("spawning_verbs"):
        offspring = [c for c in token.children if c.dep_ == "dobj"]
    else:
        return
    newer = [r for o in offspring for r in parties(frame, o)]
    for child in newer:
        for parent in _subjects(frame, token):
            frame.emit("faction_of", child, parent, token, "faction_of.gave_rise.v1")


@starts(lemmas=(relations("split_verbs"),))
def _broke_away_unnamed(frame: Frame, token: Token) -> None:
    """'Another offshoot of Y, X, broke away in 2011' (the parent named in the subject's phrase) and
    'X was formed by prisoners who broke away from Y' (the founders' group): faction_of, dated by the split."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("split_verbs"):
        return
    subject = subject_of(token)
    if subject is None:
        return
    if subject.lower_ in RELATIVES and token.dep_ == "relcl":
        _formed_by_leavers(frame, token)
        return
    faction = subject if subject.lemma_.lower() in frame.lexicon("faction_nouns") else None
    if faction is None or _has_source(token):
        return
    owners = prep_objects(faction, "of")
    parents = [r for o in owners for r in parties(frame, o)[:1]]
    named = [r for h in [faction, *owners] for c in h.children if c.dep_ == "appos" for r in parties(frame, c)]
    for child in named:
        for parent in parents:
            _emit_dated(frame, child, parent, token, "faction_of.broke_away.v1")


def _has_source(verb: Token) -> bool:
    """'broke away from Y', 'split off from Y': the verb names what it left (rules/events.py reads it)."""
    return bool(prep_objects(verb, "from") or prep_objects(verb, "of")) or any(
        p.lower_ in ("away", "off", "out") and any(g.dep_ == "prep" for g in p.children) for p in verb.children)


def _formed_by_leavers(frame: Frame, token: Token) -> None:
    """'X was formed by prisoners who broke away from Y': X is a faction of Y."""
    people = token.head
    agent = people.head
    verb = agent.head if people.dep_ == "pobj" and agent.dep_ == "agent" else None
    if verb is None or verb.lemma_.lower() not in frame.lexicon("forming_verbs") or frame.name(people) is not None:
        return
    left = [o for o in prep_objects(token, "from")] + [
        o for p in token.children if p.lower_ in ("away", "off") for g in p.children if g.dep_ == "prep"
        for o in g.children if o.dep_ == "pobj"]
    parents = [r for o in left for r in parties(frame, o)]
    formed = [r for c in verb.children if c.dep_ == "nsubjpass" for r in parties(frame, c)]
    if not formed and verb.dep_ == "acl":
        formed = parties(frame, verb.head)  # "X, a gang formed by prisoners who ..."
    for child in formed:
        for parent in parents:
            _emit_dated(frame, child, parent, verb, "faction_of.formed_by_leavers.v1")


def _emit_dated(frame: Frame, child: Ref, parent: Ref, trigger: Token, rule: str) -> None:
    """Emit faction_of; where a rule reading the same sentence made it without a date, give it this one."""
    claim = frame.emit("faction_of", child, parent, trigger, rule, with_time=True)
    known = frame.claims.get(claim.id) if claim is not None else None
    if claim is not None and known is not None and claim.qualifiers.dates and not known.qualifiers.dates:
        frame.claims[claim.id] = replace(known, qualifiers=replace(known.qualifiers, dates=claim.qualifiers.dates))


SUBORDINATE_WORDS = frozenset({"subordinate", "subordinated", "beholden", "answerable"})


@starts(words=tuple(SUBORDINATE_WORDS))
def _subordinate_to(frame: Frame, token: Token) -> None:
    """'X is subordinate to Y', 'X, a cell answerable to Y': a group beneath another is its faction."""
    if token.lower_ not in SUBORDINATE_WORDS or token.pos_ not in ("ADJ", "VERB"):
        return
    wholes = [r for o in prep_objects(token, "to") for r in parties(frame, o)]
    said = token.dep_ == "acomp"
    if said:
        parts = _subjects(frame, token.head)
    else:  # "X, a cell answerable to Y", "a cell subordinate to Y": the noun it describes, or the name that is
        noun = token.head  # renamed by that noun
        parts = parties(frame, noun) or (parties(frame, noun.head) if noun.dep_ == "appos" else [])
    for part in parts:
        for whole in wholes:
            frame.emit("faction_of", part, whole, token, "faction_of.subordinate_to.v1", presupposed=not said)


WING_MAKING_VERBS = frozenset({"use", "employ", "set", "create", "form", "found", "establish", "build", "raise",
                               "organise", "organize"})


@starts(lemmas=tuple(WING_MAKING_VERBS))
def _used_as_wing(frame: Frame, token: Token) -> None:
    """'Y uses X as its armed wing', 'Y set up (created, formed) X as its enforcement arm': X is a faction of Y."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in WING_MAKING_VERBS \
            or lemma == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return
    wings = [o for o in prep_objects(token, "as") if o.lemma_.lower() in frame.lexicon("faction_nouns")]
    if not wings:
        return
    parts = [r for c in token.children if c.dep_ == "dobj" for r in parties(frame, c)]
    for whole in _subjects(frame, token):
        for part in parts:
            if part.entity_id != whole.entity_id:
                frame.emit("faction_of", part, whole, token, "faction_of.used_as_wing.v1")


# Every rule of this module, in order (rules/dispatch.py: each runs where its trigger can match).
alignment_rules = RuleSet(
    _street_by_street, _attacked_holdings, _sides_in_place, _common_cause, _relies_on, _moved_for, _kept_truce,
    _under_umbrella, _gave_rise, _splinter_group, _works_for,
    _broke_away_unnamed, _brought_together, _subordinate_to, _used_as_wing, _pact_aimed_at, _came_to_aid,
    _pays_for,
)
