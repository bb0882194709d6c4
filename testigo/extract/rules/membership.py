"""member_of from phrasings that name no role noun.

- a person said to be part of a group: "X is part of G", "X, who police say is part of G";
- a person on a group's payroll: "X was on G's payroll", "X, on the payroll of G", "G kept X on its payroll";
- people listed among a group's members: "members of G, including X and Y", "G members such as X",
  "Twenty members of G escaped. Among them was X";
- a person affiliated with a group: "X was previously affiliated with G";
- a group said to include a person: "the faction attributed to X is believed to include his son, Y".

Joining, belonging and recruitment are read in ties.py (_joined), roles in people.py and roles.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.lexicon import fold
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import subject_of
from testigo.extract.rules.phrases import GROUP, parties, prep_objects
from testigo.extract.rules.roles import of_groups

__all__ = ["membership_rules"]

PERSON = ("person",)
RELATIVES = ("who", "which", "that")


def _people_of(frame: Frame, verb: Token) -> list[Ref]:
    """The people a verb's subject names; a relative pronoun ('X, who police say is part of G')
    stands for the noun its clause hangs from, also through a reporting verb."""
    subject = subject_of(verb)
    if subject is None:
        return []
    if subject.lower_ in RELATIVES:
        clause = next((a for a in [verb, *verb.ancestors] if a.dep_ == "relcl"), None)
        if clause is None:
            return []
        subject = clause.head
    return parties(frame, subject, PERSON)


@starts(lemmas=(relations("belonging_nouns"),))
def _part_of(frame: Frame, token: Token) -> None:
    """'X is part of G', 'X, who officers say is part of G', 'X became (formed) part of G'."""
    formed = token.dep_ == "dobj" and token.head.lemma_.lower() == "form"  # "X formed part of G"
    if token.pos_ != "NOUN" or token.dep_ != "attr" and not formed \
            or token.lemma_.lower() not in frame.lexicon("belonging_nouns"):
        return
    verb = token.head
    groups = [r for o in prep_objects(token, "of") if o.pos_ != "PRON"  # "part of it": too loose a guess
              for r in parties(frame, o, GROUP)]
    for person in _people_of(frame, verb) if groups else []:
        for group in groups:
            frame.emit("member_of", person, group, verb, "member_of.part_of.v1")


@starts(lemmas=(relations("payroll_nouns"),))
def _on_payroll(frame: Frame, token: Token) -> None:
    """'X was on G's payroll', 'X, on the payroll of G', 'G kept X on its payroll'."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.lemma_.lower() not in frame.lexicon("payroll_nouns"):
        return
    on = token.head
    if on.lower_ != "on":
        return
    owners = [c for c in token.children if c.dep_ == "poss"] + prep_objects(token, "of")
    holder = on.head
    kept = [c for c in holder.children if c.dep_ == "dobj"] if holder.pos_ in ("VERB", "AUX") else []
    if kept:  # "G kept X on its payroll": X is the one paid, the subject the payer
        people = [r for c in kept for r in parties(frame, c, PERSON)]
        if all(o.lower_ in ("its", "their") for o in owners):
            owners = [s] if (s := subject_of(holder)) is not None else []
    elif holder.pos_ in ("VERB", "AUX"):
        people = _people_of(frame, holder)
    else:
        people = parties(frame, holder, PERSON)  # "X, on the payroll of G"
    groups = [r for o in owners for r in parties(frame, o, GROUP)]
    verb = holder.pos_ in ("VERB", "AUX")
    for person in people:
        for group in groups:
            frame.emit("member_of", person, group, holder if verb else token, "member_of.on_payroll.v1",
                       presupposed=not verb)


@starts(lemmas=(relations("member_nouns"),))
def _members_including(frame: Frame, token: Token) -> None:
    """'members of G, including X and Y', 'G gunmen such as X': each person listed is a member of G."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or token.lemma_.lower() not in frame.lexicon("member_nouns"):
        return
    listed = [o for p in token.children if p.dep_ == "prep" and p.lower_ in frame.lexicon("inclusion_preps")
              for o in p.children if o.dep_ == "pobj"]
    listed += [o for p in token.children if p.lower_ == "such" for a in p.children if a.lower_ == "as"
               for o in a.children if o.dep_ == "pobj"]  # "such as X": 'such' hangs from the noun
    people = [r for o in listed for r in parties(frame, o, PERSON)]
    groups = of_groups(frame, token) if people else []
    for person in people:
        for group in groups:
            frame.emit("member_of", person, group, token, "member_of.members_including.v1", presupposed=True)


@starts(refs=PERSON)
def _among_them(frame: Frame, token: Token) -> None:
    """'Twenty members of G escaped. Among them was X': 'them' stands for the plural noun named last
    before it; when that noun is members of a group, each person named is one. Read at X's name."""
    person = frame.ref(token, *PERSON)
    if person is None or person.span.root.i != token.i or token.dep_ not in ("nsubj", "attr"):
        return
    verb = token.head
    among = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "among"
             and any(o.dep_ == "pobj" and o.lower_ in ("them", "those") for o in p.children)]
    if not among or verb.pos_ not in ("AUX", "VERB"):
        return
    doc = token.doc
    start = doc[token.sent.start - 1].sent.start if token.sent.start > 0 else token.sent.start
    plural = next((t for t in reversed(doc[start:among[0].i]) if t.tag_ == "NNS" and frame.name(t) is None), None)
    if plural is None or plural.lemma_.lower() not in frame.lexicon("member_nouns"):
        return
    for one in parties(frame, token, PERSON):
        for group in of_groups(frame, plural):
            frame.emit("member_of", one, group, verb, "member_of.among_them.v1", presupposed=True)


@starts(words=("affiliated",))
def _affiliated(frame: Frame, token: Token) -> None:
    """'X was previously affiliated with G', 'X, who is affiliated with G', 'X, a trafficker affiliated with G':
    a person affiliated with a group is its member."""
    if token.lower_ != "affiliated" or token.dep_ not in ("ROOT", "relcl", "acl", "conj", "ccomp", "acomp"):
        return
    groups = [r for p in ("with", "to") for o in prep_objects(token, p) for r in parties(frame, o, GROUP)]
    if not groups:
        return
    if token.dep_ == "acl":  # "X, a trafficker affiliated with G": the trafficker is X
        bearer = token.head.head if token.head.dep_ == "appos" and frame.name(token.head) is None else token.head
        people = parties(frame, bearer, PERSON)
    else:
        people = _people_of(frame, token.head if token.dep_ == "acomp" else token)
    for person in people:
        for group in groups:
            frame.emit("member_of", person, group, token, "member_of.affiliated.v1", presupposed=token.dep_ == "acl")


@starts(words=("ranks",))
def _in_the_ranks(frame: Frame, token: Token) -> None:
    """'X rose through the ranks of G', 'X climbed G's ranks', 'X served in the ranks of G': a member of G."""
    if token.lower_ != "ranks" or token.pos_ != "NOUN" or token.dep_ not in ("pobj", "dobj"):
        return
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("through", "in", "within", "into") \
        else token.head if token.dep_ == "dobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in frame.lexicon("ranks_verbs"):
        return  # not "sowed fear in the ranks of G"
    owners = [c for c in token.children if c.dep_ == "poss"] + prep_objects(token, "of")
    groups = [r for o in owners for r in parties(frame, o, GROUP)]
    for person in _people_of(frame, verb) if groups else []:
        for group in groups:
            frame.emit("member_of", person, group, verb, "member_of.in_the_ranks.v1")


RISING = frozenset({"rise", "climb", "advance"})


@starts(lemmas=("rise", "climb", "advance"))
def _rose_inside(frame: Frame, token: Token) -> None:
    """'X rose inside G', 'X climbed within Y's organisation': one who rose inside a group is its member (not
    'rose in P', nor 'violence rose inside the prison')."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in RISING:
        return
    groups = [r for p in ("inside", "within") for o in prep_objects(token, p) for r in parties(frame, o, GROUP)]
    for person in _people_of(frame, token) if groups else []:
        for group in groups:
            frame.emit("member_of", person, group, token, "member_of.rose_inside.v1")


# Every rule of this module, in order (rules/dispatch.py: each runs where its trigger can match).
@starts(refs=("criminal_group",))
def _were_the_group(frame: Frame, token: Token) -> None:
    """'Police said the three were Zetas', 'X and Y are Templarios': a group's plural name with no article, as
    what people are, makes them its members."""
    verb = token.head
    group = frame.name(token, *GROUP)
    if token.dep_ != "attr" or verb.lemma_ != "be" or group is None or group.span.root.i != token.i \
            or token.tag_ not in ("NNPS", "NNS") and not token.text.endswith("s") \
            or any(c.dep_ == "det" for c in token.children) or frame.doc[group.span.start].lower_ in ("the", "los"):
        return
    for person in _people_of(frame, verb):
        frame.emit("member_of", person, group, verb, "member_of.were_the_group.v1")


@starts(pos=("PROPN",))
def _one_of_the_group(frame: Frame, token: Token) -> None:
    """'X was a Zeta', 'he had never been a Zeta', 'X, a Templario,': one of a group named in the plural ('Los
    Zetas', 'the Templarios'), a name with 'a' before it and no 's', is what a person is: its member."""
    verb = token.head
    apposed = token.dep_ == "appos" and verb.pos_ == "PROPN"  # 'X, a Templario, was arrested'
    if not apposed and (token.dep_ != "attr" or verb.lemma_ != "be") or token.tag_ != "NNP" \
            or frame.ref(token, *GROUP) is not None \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children) \
            or any(c.dep_ in ("compound", "prep", "amod") for c in token.children):
        return  # 'a Zeta cell', 'a Zeta from Tamaulipas': not the bare name of one of them
    plurals = (fold(token.text + "s"), fold(token.text + "es"))  # 'Zeta' of 'Zetas', 'Garzón' of 'Garzones'
    groups = [e for e in frame.ents.entities.values() if e.kind in GROUP
              and any(fold(n).removeprefix("los ").removeprefix("the ") in plurals
                      for n in (e.name, *(a.name for a in e.aliases)))]
    if len(groups) != 1:
        return
    for person in parties(frame, verb, PERSON) if apposed else _people_of(frame, verb):
        frame.emit("member_of", person, Ref.at(token, groups[0].id, groups[0].kind), token if apposed else verb,
                   "member_of.one_of_the_group.v1", presupposed=apposed)


@starts(lemmas=("include", "comprise"))
def _group_includes(frame: Frame, token: Token) -> None:
    """'The faction attributed to X is believed to include his son, Y', 'G includes Y': a group said to include
    a person has that person as a member (not 'G's victims include Y': the subject must be the group)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("include", "comprise"):
        return
    subject = subject_of(token)
    if subject is None or subject.lower_ in RELATIVES or subject.pos_ == "NOUN" and frame.name(subject) is None \
            and all(c.dep_ == "det" or c.dep_ == "amod" and not list(c.children) for c in subject.children):
        return  # 'The group also included X' after '13 prisoners were flown north': which group is not said
    groups = parties(frame, subject, GROUP)
    people = [r for o in token.children if o.dep_ == "dobj" for r in parties(frame, o, PERSON)]
    for group in groups[:1]:
        for person in people:
            frame.emit("member_of", person, group, token, "member_of.group_includes.v1")


membership_rules = RuleSet(_part_of, _on_payroll, _members_including, _among_them, _affiliated, _in_the_ranks,
                           _were_the_group, _one_of_the_group, _group_includes, _rose_inside)
