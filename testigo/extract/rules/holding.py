"""What a verb of leading holds, where its object does not name the group outright.

"X runs the group's sales points" (a member in charge of a concern); "X ran G's business in P" (a
member in charge of a place); "G, an affiliate that he founded" (the relative clause's object); "C, who
took over afterwards" (the group the sentences before said someone else led); "X had led G until ...; his
brother took over" (the group its own sentence says was led). Used by leadership.py and ties.py.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.rules.phrases import GROUP, parties
from testigo.extract.rules.roles import role_title

__all__ = ["clause_object", "led_in_sentence", "led_just_before", "runs_a_part", "somewhere"]


def runs_a_part(frame: Frame, verb: Token, people: list[Ref], parts: list[Token] | None = None) -> None:
    """'X runs the group's sales points', 'X manages G's finances': a member of G in charge of one of its
    concerns (the title says which), not its leader ('runs its operations' is leadership)."""
    for part in parts or [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and frame.name(c) is None
                          and c.lemma_.lower() not in frame.lexicon("running_nouns", "faction_nouns",
                                                                    "collective_nouns")]:
        owners = [r for c in part.children if c.dep_ == "poss" and c.lower_ not in ("his", "her", "their")
                  for r in parties(frame, c, GROUP)]
        for person in people:
            for group in owners:
                frame.emit("member_of", person, group, verb, "member_of.runs_a_part.v1",
                           title=f"{verb.lemma_.lower()}s {role_title(part)}", presupposed=verb.dep_ == "relcl")


def somewhere(frame: Frame, verb: Token, business: Token) -> bool:
    """'ran its businesses in Turin', 'ran G's operations in Los Mochis': the running is of one place, which
    makes a member in charge there, not the group's leader."""
    return any(o.dep_ == "pobj" and frame.ref(o, "place", "country") is not None
               for h in (verb, business) for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "from")
               for o in p.children) or verb.dep_ == "relcl" and any(
        c.lower_ in ("where", "there") for c in verb.children)  # "the city where he ran G's business"


def clause_object(frame: Frame, verb: Token) -> list[Ref]:
    """The group a relative clause's object stands for: 'G, an affiliate that he founded', 'the gang
    he ran' (the clause's own subject is someone else)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and objects[0].lower_ not in ("that", "which", "whom"):
        return []
    held = verb.head
    if frame.name(held) is None and held.dep_ == "appos" and not parties(frame, held, GROUP):
        held = held.head
    return parties(frame, held, GROUP)


def led_just_before(frame: Frame, verb: Token, people: list[Ref], *, sentences: int = 2) -> list[Ref]:
    """'A and B, who were running the clan, were killed. C, who took over afterwards, ...': the group
    the text said someone other than ``people`` led in the ``sentences`` sentences before (one group only)."""
    from testigo.extract.rules.anaphora import window_start

    start, ids = verb.doc[window_start(verb, sentences)].idx, {p.entity_id for p in people}
    led = {c.object_id for c in frame.claims.values() if c.predicate == "leader_of" and c.object_id
           and c.polarity.value == "positive" and start <= c.evidence.start < verb.sent.start_char
           and c.subject_id not in ids}
    if len(led) != 1:
        return []
    group = next(iter(led))
    return [Ref(Span(verb.doc, verb.i, verb.i + 1, label="criminal_group"), group)] \
        if group in frame.ents.entities else []


def led_in_sentence(frame: Frame, verb: Token) -> list[Ref]:
    """The one group the sentence says, before ``verb``, that someone led: the object of a verb of leading
    ('X had led G until ...; his brother took over') or of a leader noun ('the leader of G, a position he
    took over'). A post taken over there is that group's, before any group the sentences before name."""
    found: dict[str, Ref] = {}
    for ref in frame.refs_in(verb.doc[verb.sent.start:verb.i], *GROUP):
        word = ref.span.root
        led = word.dep_ == "dobj" and word.head.lemma_.lower() in frame.lexicon("leader_verbs")
        led = led or word.dep_ == "pobj" and word.head.lower_ == "of" \
            and word.head.head.lower_ in frame.lexicon("leader_nouns")
        if led:
            found.setdefault(ref.entity_id, ref)
    return list(found.values()) if len(found) == 1 else []
