"""member_of through a boss: a person said to serve another ("X's lieutenant", "a gunman for X", "X worked
for Y") is a member of the groups the text says the boss leads or founded. Read once every rule has run,
since the boss's group is often named after the service ("a lieutenant of X, whose organisation ...",
"worked for X, the boss of G").
"""

from __future__ import annotations

from spacy.tokens import Span

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame

__all__ = ["led_groups", "serve_bosses"]


def led_groups(frame: Frame, boss: Ref) -> list[str]:
    """The criminal groups the claims made so far say ``boss`` leads or founded (ids, in text order); those with
    a name of their own when there are any ('G', not 'the network of X')."""
    found: list[str] = []
    for claim in sorted(frame.claims.values(), key=lambda c: c.evidence.start):
        if claim.subject_id == boss.entity_id and claim.predicate in ("leader_of", "founder_of") \
                and claim.object_id and claim.polarity.value == "positive" and claim.object_id not in found:
            entity = frame.ents.entities.get(claim.object_id)
            if entity is not None and entity.kind == "criminal_group":
                found.append(claim.object_id)
    own = frame.ents.entities[boss.entity_id].name
    named = [i for i in found if own not in frame.ents.entities[i].name]
    return named or found  # 'the network of X' is the group X leads only when the text names no other


def serve_bosses(frame: Frame) -> None:
    """Each person kept on ``frame.served`` is a member of every group the boss leads."""
    for one in frame.served:
        if one.person.entity_id == one.boss.entity_id:
            continue
        for group_id in led_groups(frame, one.boss):
            group = Ref(Span(frame.doc, one.trigger.i, one.trigger.i + 1, label="criminal_group"), group_id)
            frame.emit("member_of", one.person, group, one.trigger, one.rule, title=one.title,
                       presupposed=one.presupposed)
