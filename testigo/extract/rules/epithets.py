"""A role named in place of a name: "The Treasury sanctioned X, accusing the one-time leader of G of
...": the role phrase in a participle clause stands for the person the main clause just named.

Only where the reading is safe: the role noun is definite ('the former leader of G'), names its group,
sits in a participle clause ('accusing ...', 'saying ...') hung on the main clause, and the main clause
names exactly one person, as its object (not its subject: "X met the leader of G" is someone else).
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import RuleSet, starts
from testigo.extract.rules.roles import of_groups, role, role_title, role_words, titles_a_name

__all__ = ["epithet_rules"]

PERSON = ("person",)


@starts(lemmas=(role_words,), words=(role_words,))
def _epithet(frame: Frame, token: Token) -> None:
    """'..., accusing the one-time leader of the 14K of using ...': the role is the one just named's."""
    if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "nsubj") or token.tag_ != "NN" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return
    predicate = role(frame, token)
    clause = token.head
    if predicate is None or titles_a_name(frame, token) or clause.tag_ != "VBG" \
            or clause.dep_ not in ("advcl", "xcomp", "conj") or clause.head.pos_ != "VERB":
        return
    main = clause.head
    people = {r.entity_id: r for r in frame.refs_in(token.doc[token.sent.start:clause.i], *PERSON)}
    if len(people) != 1:
        return
    person = next(iter(people.values()))
    if person.span.root.dep_ not in ("dobj", "pobj") or not any(
            a.i == main.i for a in person.span.root.ancestors):
        return  # the one named must be what the main clause is about, not its subject
    for group in of_groups(frame, token):
        frame.emit(predicate, person, group, token, f"{predicate}.epithet.v1", title=role_title(token),
                   presupposed=True)


# The epithet rule (rules/dispatch.py: it runs where its trigger can match).
epithet_rules = RuleSet(_epithet)
