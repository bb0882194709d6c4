"""Wings and cells named by description, each a faction_of the group it serves:
"an enforcement group known as X, which carried out killings on behalf of G", "G's enforcers operate
under the name X", "the G faction based in P, known as X", "H, a breakaway group formed by former members of G",
"X, an armed group at the service of G", "X, a gang tied to G", "G brought in its own enforcers, X"."""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.leadership import written_apposition
from testigo.extract.rules.phrases import GROUP, called_after_place, parties, prep_objects, topic
from testigo.extract.rules.presence import owning_groups
from testigo.extract.rules.roles import of_groups, role
from testigo.extract.rules.sanctions import words
from testigo.extract.rules.ties import _subject_groups
from testigo.extract.syntax import agent_objects

__all__ = ["wing_rules"]


@starts(words=("behalf",))
def _on_behalf_of(frame: Frame, token: Token) -> None:
    """'X, which carried out killings on behalf of G' / 'X kidnapped people on behalf of G': a group that
    acts for another is a part of it."""
    if token.lower_ != "behalf" or token.dep_ != "pobj" or token.head.lower_ != "on":
        return
    verb = token.head.head
    if verb.pos_ != "VERB":
        return
    wholes = [r for o in prep_objects(token, "of") for r in parties(frame, o, GROUP)]
    for part in _subject_groups(frame, verb) if wholes else []:
        for whole in wholes:
            if part.entity_id != whole.entity_id:
                frame.emit("faction_of", part, whole, verb, "faction_of.on_behalf_of.v1")  # the verb's mood


@starts(words=("name",))
def _under_the_name(frame: Frame, token: Token) -> None:
    """"G's enforcers operate under the name X" / "G's armed wing goes by the name X": X is a part of G."""
    if token.lower_ != "name" or token.dep_ != "pobj" or token.head.lower_ not in ("under", "by"):
        return
    named = [r for c in token.children if c.dep_ in ("appos", "compound")
             for r in parties(frame, c, GROUP)]
    verb = token.head.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ == "VERB" else None
    if not named or subject is None or subject.lemma_.lower() not in frame.lexicon("faction_nouns") \
            | words("guard_nouns") | words("fighter_nouns"):
        return
    for owner in [r for c in subject.children if c.dep_ == "poss" for r in parties(frame, c, GROUP)]:
        for part in named:
            if part.entity_id != owner.entity_id:
                frame.emit("faction_of", part, owner, token, "faction_of.under_the_name.v1")


@starts(lemmas=(relations("faction_nouns"),))
def _faction_known_as(frame: Frame, token: Token) -> None:
    """'the G faction based in P, known as X': the parser hangs 'known as X' on the place."""
    if token.lemma_.lower() not in frame.lexicon("faction_nouns") or token.tag_ != "NN":
        return
    parents = [r for c in token.children if c.dep_ in ("compound", "nmod") and (r := frame.ref(c, *GROUP))]
    places = [o for c in token.children if c.dep_ == "acl" for o in prep_objects(c, "in")]
    named = called_after_place(frame, token)
    for part in named:
        for parent in parents:
            if part.entity_id != parent.entity_id:
                frame.emit("faction_of", part, parent, token, "faction_of.faction_known_as.v1", presupposed=True)
        for place in [r for p in places if (r := frame.ref(p, "place", "country")) is not None]:
            frame.emit("operates_in", part, place, token, "operates_in.faction_known_as.v1")


@starts(lemmas=(relations("forming_verbs"),))
def _formed_by_members(frame: Frame, token: Token) -> None:
    """'H, a breakaway group formed by former members of G' / 'H was founded by dissident leaders of G' / 'H was
    formed by remnants of G' / 'H, formed by former G guerrillas (defectors from G)': a group that people of G
    (any role noun the lexicons know, its fighters, deserters or defectors) or its remnants formed is an
    offshoot of G. With no 'of G', a
    group called a breakaway or splinter broke from the group in hand ('G is at war with H, a breakaway
    group formed by former members')."""
    if token.pos_ != "VERB" or token.tag_ != "VBN" or token.lemma_.lower() not in frame.lexicon("forming_verbs"):
        return
    doers = [o for o in agent_objects(token) if frame.name(o) is None and (
        role(frame, o) is not None or o.lower_ in words("fighter_nouns")
        or o.lemma_.lower() in ("remnant", "remnants", "remains", "defector", "deserter", "dissident", "renegade"))]
    if not doers:
        return
    formed = next((c for c in token.children if c.dep_ == "nsubjpass"), None) if token.dep_ != "acl" else token.head
    if formed is None:
        return
    wholes = [r for d in doers for r in of_groups(frame, d)]  # "former members of G", "former G guerrillas"
    wholes += [r for d in doers for o in prep_objects(d, "from") for r in parties(frame, o, GROUP)]  # "from G"
    if formed.dep_ == "pobj" and formed.head.lower_ == "of" and frame.name(formed) is None \
            and formed.head.head.lemma_.lower() in frame.lexicon("collective_nouns"):
        formed = formed.head.head  # "H, a group of fighters formed by ...": the group
    breakaway = any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in frame.lexicon("split_modifiers")
                    for c in formed.children)
    if formed.dep_ == "appos" and frame.name(formed) is None:
        formed = formed.head  # "H, a breakaway group formed by ...": the group is H
    parts = written_apposition(frame, formed) or parties(frame, formed, GROUP)  # the parser may hang it elsewhere
    if not wholes and breakaway and (group := topic(frame, token, GROUP)) is not None:
        wholes = [group]
    for part in parts:
        for whole in wholes:
            if part.entity_id != whole.entity_id:
                frame.emit("faction_of", part, whole, token, "faction_of.formed_by_members.v1",
                           presupposed=token.dep_ == "acl")


@starts(words=("service",))
def _at_the_service_of(frame: Frame, token: Token) -> None:
    """'X, an armed group at the service of G' / 'X is a cell in the service of G' / 'X, which officials describe
    as a gang at the service of G' / 'X works (put itself) at the service of G': a group that serves another
    is a part of it. Not a person in G's service (read by the membership rules), nor 'the service station'."""
    if token.lower_ != "service" or token.dep_ != "pobj" or token.head.lower_ not in ("at", "in") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return
    wholes = [r for o in prep_objects(token, "of") for r in parties(frame, o, GROUP)]
    holder = token.head.head
    if not wholes:
        return
    from testigo.extract.rules.groups import _faction_members

    if (named := frame.name(holder, *GROUP)) is not None:
        parts, said = [named], False
    elif holder.pos_ == "NOUN" and holder.lemma_.lower() in frame.lexicon(
            "collective_nouns", "faction_nouns", "kind_nouns"):
        parts = _faction_members(frame, holder)  # "X, an armed group at ...", "X is a gang at ..."
        said = holder.dep_ == "attr" or holder.dep_ == "pobj" and holder.head.lower_ == "as"
    elif holder.pos_ in ("VERB", "AUX"):
        parts, said = _subject_groups(frame, holder), holder.dep_ not in ("relcl", "acl")
    else:
        return
    for part in parts:
        for whole in wholes:
            if part.entity_id != whole.entity_id:
                frame.emit("faction_of", part, whole, token, "faction_of.at_the_service_of.v1", presupposed=not said)


@starts(lemmas=(relations("tying_verbs"),))
def _gang_tied_to(frame: Frame, token: Token) -> None:
    """'X, a gang tied to G', 'X, a group based in P that officials tie to G', 'X, a gang they describe as linked
    to G', 'X is a cell connected to G': a group a group noun describes as tied to another is a part of it. Not
    the verb with its own subject or object ('X has been tied to G', 'officials tie X to G': read as ties), nor
    a plural noun ('X and Y, two gangs tied to G' is left to the ties rules), nor 'not tied to G'."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("tying_verbs") \
            or any(c.dep_ == "neg" for c in token.children):
        return
    wholes = [r for o in prep_objects(token, "to") for r in parties(frame, o, GROUP)]
    clause = token
    if token.dep_ in ("advcl", "xcomp", "oprd") and any(c.lower_ == "as" for c in token.children) \
            and token.head.lemma_.lower() in frame.lexicon("describing_verbs"):
        clause = token.head  # "a gang they describe as tied to G": the description's verb
    described = clause.dep_ == "acl" and clause.tag_ == "VBN" and clause is token  # "a gang tied to G"
    described = described or clause.dep_ == "relcl" and not any(  # "a group that officials tie to G"
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in ("that", "which") for c in clause.children)
    if not described:
        return
    noun = clause.head
    if not wholes or noun.pos_ != "NOUN" or noun.tag_ != "NN" or frame.name(noun) is not None \
            or noun.lemma_.lower() not in frame.lexicon("collective_nouns", "faction_nouns", "kind_nouns"):
        return
    if noun.dep_ == "appos":
        parts = [r] if (r := frame.name(noun.head, *GROUP)) is not None else []
    elif noun.dep_ == "attr":
        parts = _subject_groups(frame, noun.head)
    else:
        return
    for part in parts:
        for whole in wholes:
            if part.entity_id != whole.entity_id:
                frame.emit("faction_of", part, whole, noun if noun.dep_ == "appos" else token,
                           "faction_of.gang_tied_to.v1", presupposed=noun.dep_ == "appos")  # the noun: the
                # sentence's source tells it ('officials said ... X, a gang they describe as tied to G')


def _enforcer_nouns() -> frozenset[str]:
    return words("guard_nouns") | words("fighter_nouns")


@starts(lemmas=(_enforcer_nouns,), words=(_enforcer_nouns,))
def _own_enforcers_named(frame: Frame, token: Token) -> None:
    """"G brought in its own enforcers, X", "G's gunmen, X, ...": a group named as the enforcers (gunmen,
    bodyguards) a group owns is a part of it. Not people named so ("its gunmen, A and B": no group)."""
    enforcers = _enforcer_nouns()
    if token.pos_ != "NOUN" or token.lemma_.lower() not in enforcers and token.lower_ not in enforcers:
        return
    named = [r for c in token.children if c.dep_ == "appos" for r in parties(frame, c, GROUP)]
    if not named:
        return
    owners = owning_groups(frame, token)
    if token.dep_ == "conj" and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children) \
            and (first := frame.name(token.head, *GROUP)) is not None:
        owners = [first]  # "an armed cell working for G and its enforcers, X": G's
    for part in named:
        for owner in owners:
            if part.entity_id != owner.entity_id:
                frame.emit("faction_of", part, owner, token, "faction_of.own_enforcers.v1", presupposed=True)


wing_rules = RuleSet(_on_behalf_of, _under_the_name, _faction_known_as, _formed_by_members, _at_the_service_of,
                     _gang_tied_to, _own_enforcers_named)
