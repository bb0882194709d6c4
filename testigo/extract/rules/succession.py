"""Leadership held or handed on: "X remained in charge of G", "X was put in charge of G", "His
successor, Y", "Y succeeded X", "X was succeeded by Y" (Y leads the group the text said X led).
Taking control ("X took command of G") is read in leadership.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import RuleSet, starts
from testigo.extract.rules.groups import subject_of
from testigo.extract.rules.phrases import GROUP, parties, prep_objects
from testigo.extract.syntax import agent_objects

__all__ = ["succession_rules"]

PERSON = ("person",)


@starts(lemmas=("charge",))
def _in_charge(frame: Frame, token: Token) -> None:
    """'X remained in charge of G', 'X was put in charge of G', 'Y placed X in charge of G', 'X, who is in
    charge of G': X leads G (not 'in charge of G's finances', which is a post inside it)."""
    if token.lemma_.lower() != "charge" or token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "in":
        return
    from testigo.extract.rules.leadership import part_of_group

    objects = prep_objects(token, "of")
    owned = _owned_concern(frame, objects)  # "in charge of its gunmen": a post inside the group
    groups = [group for _, group in owned] or [r for o in objects for r in parties(frame, o, GROUP)]
    offices = [] if groups else [r for o in objects for r in parties(frame, o, ("agency", "organization"))]
    verb = token.head.head
    if not groups and not offices \
            or verb.pos_ not in ("VERB", "AUX") and verb.lemma_.lower() not in frame.lexicon("people_nouns"):
        return
    if verb.pos_ == "NOUN":  # "X would be the person in charge of G", "X, the man in charge of G"
        holder = subject_of(verb.head) if verb.dep_ in ("attr", "oprd") else verb.head if verb.dep_ == "appos" else None
    else:
        placed = [c for c in verb.children if c.dep_ == "dobj"]  # "the council put X in charge of G"
        holder = placed[0] if placed else subject_of(verb)
    if holder is not None and holder.lower_ in ("who", "that") and verb.dep_ == "relcl":
        holder = verb.head  # "X, who was in charge of G"
    part = bool(owned) or any(part_of_group(frame, o) for o in objects)  # "in charge of a cell of G": a member
    predicate = "member_of" if part else "leader_of"
    for person in parties(frame, holder, PERSON) if holder is not None else []:
        for office in offices:  # "X was put in charge of the national drug agency": its official
            frame.emit("official_of", person, office, verb, "official_of.in_charge.v1", title="in charge",
                       presupposed=verb.dep_ in ("acl", "relcl", "appos"))
        for group in groups:
            frame.emit(predicate, person, group, verb, f"{predicate}.in_charge.v1",
                       title=f"in charge of {objects[0].lemma_.lower()}" if part else None,
                       presupposed=verb.dep_ in ("acl", "relcl", "appos"))


def _owned_concern(frame: Frame, objects: list[Token]) -> list[tuple[Token, Ref]]:
    """'in charge of its gunmen', "in charge of G's finances", 'in charge of the finances of G': a concern of a
    group (a noun with no name, owned by the group) and the group. The owner is a name or 'its' ('their'): a
    description ("the group's") is read back too loosely to tell one group from its parent or heir."""
    return [(o, group) for o in objects if o.pos_ == "NOUN" and frame.name(o) is None and o.lemma_.lower() not in
            frame.lexicon("running_nouns", "faction_nouns", "collective_nouns")
            for w in [c for c in o.children if c.dep_ == "poss"] + prep_objects(o, "of")
            if frame.name(w, *GROUP) is not None or w.lower_ in ("its", "their")
            for group in parties(frame, w, GROUP)]


def _group_led_by(frame: Frame, person: Ref) -> Ref | None:
    """The group the text last said ``person`` leads, as a reference at that claim's trigger."""
    led = [c for c in frame.claims.values() if c.predicate == "leader_of" and c.subject_id == person.entity_id
           and c.polarity.value == "positive" and c.object_id is not None]
    if not led:
        return None
    latest = max(led, key=lambda c: c.evidence.start)
    return next((r for r in frame.ents.refs if r.entity_id == latest.object_id), None)


@starts(lemmas=("successor", "succeed"))
def _succeeded(frame: Frame, token: Token) -> None:
    """'His successor, Y, ...', 'Y succeeded X', 'X was succeeded by Y': Y leads the group X led (a
    group the text has already said X leads; 'Y succeeded X as head of G' names its own, read by the
    role rules)."""
    lemma = token.lemma_.lower()
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return
    if lemma == "successor" and token.pos_ == "NOUN":
        before = [r for c in token.children if c.dep_ == "poss" for r in parties(frame, c, PERSON)]
        after = [r for c in token.children if c.dep_ == "appos" for r in parties(frame, c, PERSON)]
    elif lemma == "succeed" and token.pos_ == "VERB":
        agents = [r for o in agent_objects(token) for r in parties(frame, o, PERSON)]
        passive = [c for c in token.children if c.dep_ == "nsubjpass"]
        subject = subject_of(token)
        objects = [r for c in token.children if c.dep_ == "dobj" for r in parties(frame, c, PERSON)]
        if passive:
            before, after = parties(frame, passive[0], PERSON), agents
        else:
            before, after = objects, parties(frame, subject, PERSON) if subject is not None else []
    else:
        return
    for old in before:
        group = _group_led_by(frame, old)
        for new in [r for r in after if r.entity_id != old.entity_id] if group is not None else []:
            frame.emit("leader_of", new, group, token, "leader_of.successor.v1",
                       presupposed=lemma == "successor" or token.dep_ in ("relcl", "acl"))


# The succession rules, in order (rules/dispatch.py: each runs where its trigger can match).
succession_rules = RuleSet(
    _in_charge, _succeeded,
)
