"""Which of several coordinated groups a clause set off by commas describes.

'G, whose leader is X, and H, headed by Y': the parser hangs both the relative clause and the participle on G,
the head of the coordination, but each describes the one group it follows. A clause between two conjuncts is
the earlier one's; a clause after the last conjunct is the last one's when an earlier conjunct has a clause of
its own (the writer describes each group in turn); otherwise it may be about all of them ('G and H, both led
from prison').
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref

__all__ = ["CLAUSES", "own_conjunct"]

CLAUSES = frozenset({"relcl", "acl"})


def own_conjunct(clause: Token, groups: list[Ref]) -> list[Ref]:
    """The groups among ``groups`` (the conjuncts of the phrase ``clause`` hangs on) that ``clause`` describes."""
    if len(groups) < 2:
        return groups
    start, end = clause.left_edge.i, clause.right_edge.i
    before = sorted((g for g in groups if g.span.end <= start), key=lambda g: g.span.start)
    if not before:
        return groups
    if any(g.span.start > end for g in groups) or _described_between(clause, groups):
        return [before[-1]]
    return groups


def _described_between(clause: Token, groups: list[Ref]) -> bool:
    """Whether another clause of its kind, hung on the same phrase, sits between two of the groups."""
    heads = {clause.head.i, *(g.span.root.i for g in groups)}
    spans = sorted((g.span.start, g.span.end) for g in groups)
    for other in clause.doc[min(s for s, _ in spans):clause.i]:
        if other.dep_ not in CLAUSES or other.head.i not in heads or other.i == clause.i:
            continue
        left, right = other.left_edge.i, other.right_edge.i
        if any(a_end <= left and right < b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False)):
            return True
    return False
