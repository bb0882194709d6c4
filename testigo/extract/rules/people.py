"""Person relations: roles said of a named person, and the rule set of every person rule.

"X, a co-founder and leader of Y"; "the Y leader X"; "Its former head of security, X"; "X is regarded
as the head of Y"; "X is one of the brothers known as G"; "G, a gang whose leader, X"; "X works for G".
The family rules are in kinship.py, who leads a group in leadership.py, officials and hostages in
offices.py, members named by no role noun in membership.py; people_rules runs them all.
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame, Serving
from testigo.extract.modality import as_verb
from testigo.extract.rules.command import command_rules
from testigo.extract.rules.conjuncts import own_conjunct
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.epithets import epithet_rules
from testigo.extract.rules.founding import founding_rules
from testigo.extract.rules.groups import ALIAS_WORDS, mended_subject, named_antecedent, subject_of
from testigo.extract.rules.kinship import coordinated, family, kin_noun, kinship_rules, named_together
from testigo.extract.rules.leadership import leadership_rules
from testigo.extract.rules.membership import membership_rules
from testigo.extract.rules.offices import office_rules
from testigo.extract.rules.phrases import (
    GROUP,
    hedged_bearer,
    parties,
    people_after_colon,
    prep_objects,
    topic,
)
from testigo.extract.rules.roles import (
    emit_roles,
    interrupted_conjunct,
    of_groups,
    one_of,
    role,
    role_title,
    role_words,
    second_in_command,
    titles_a_name,
)
from testigo.extract.syntax import agent_objects, subject_in_source
from testigo.extract.tokens import children

__all__ = ["people_rules"]

PERSON = ("person",)
NAMING = ("identify", "know", "name", "call", "describe")
ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth"})
ORGS = ("criminal_group", "organization")
# Nouns of an unnamed person a press release opens with: "A Mexican national who led G was sentenced."
UNNAMED = frozenset({"citizen", "national", "man", "woman", "resident", "native", "member"})
# Verbs that say what someone is taken to be: "whom the court treated as the head of G".
DESCRIBING = frozenset({"describe", "treat", "regard", "name", "identify", "consider", "see", "view", "list",
                        "portray", "characterize", "characterise", "brand", "label", "call"})



@starts(lemmas=(role_words,), words=(role_words,))
def _role_then_name(frame: Frame, token: Token) -> None:
    """'Its former head of security, X' / "the group's leader, X": the role's name follows it;
    'four of its leaders: A, B, C and D': each one named after the colon."""
    if role(frame, token) is None:
        return
    people = [r for c in token.children if c.dep_ == "appos" for r in parties(frame, c, PERSON)]
    if not people and token.tag_ == "NN":  # "the leader of G, X": the parser hangs X on G
        people = [r for o in prep_objects(token, "of") if frame.ref(o, *GROUP) is not None
                  for c in o.children if c.dep_ == "appos" for r in parties(frame, c, PERSON)]
    if not people and token.tag_ == "NN":  # "a collaborator of the leader of G, X": X hung on 'collaborator'
        people = _apposed_above(frame, token)
    holder = token.head.head if token.dep_ == "pobj" and token.head.head.pos_ == "NUM" else token
    people += people_after_colon(frame, holder) if token.tag_ == "NNS" else []
    people += [r for c in token.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in NAMING
               for p in c.children if p.lower_ == "as" for o in p.children if o.dep_ == "pobj"
               for r in parties(frame, o, PERSON)]  # "its commander, whom he identified only as X",
    # "another alleged G figure, known as X", "a suspected G commander, identified as X"
    for person in people:
        emit_roles(frame, person, token, "role_apposition")
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in ("be", "remain") and frame.name(token) is None:
        for person in [r for c in token.head.children if c.dep_ == "attr" or c.dep_ == "nsubj" and c.i > token.head.i
                       for r in parties(frame, c, PERSON)]:  # the parser may read the name after 'was' as a
            emit_roles(frame, person, token, "role_subject", presupposed=False)  # second subject; "G's leader is X"
    _member_groups(frame, token)
    if people and not of_groups(frame, token) and _one_more(token):
        group = topic(frame, token, GROUP)  # "A third founder, X, ...": one more of the group in hand
        predicate = role(frame, token)
        for person in people if group is not None and predicate is not None else []:
            frame.emit(predicate, person, group, token, f"{predicate}.one_more.v1", title=role_title(token),
                       presupposed=True)


RESTATING = (("that", "is"), ("namely",), ("i.e.",), ("in", "other", "words"))


@starts(lemmas=(role_words, lambda: frozenset({"leadership"})))
def _restated_role(frame: Frame, token: Token) -> None:
    """'the leadership of G, that is, (to) X' / 'the leader of G, namely X': the name a restating phrase
    gives after the role's phrase holds the role (a group's leadership is its leader)."""
    if token.pos_ != "NOUN":
        return
    predicate = "leader_of" if token.lemma_.lower() == "leadership" else role(frame, token)
    if predicate is None:
        return
    doc, i = token.doc, token.i + 1
    for owner in prep_objects(token, "of"):  # the owner's own name ends the phrase; what follows may hang on it
        named = frame.ref(owner)
        i = max(i, named.span.end if named is not None and named.span.start <= owner.i else owner.i + 1)
    if i >= len(doc) or doc[i].text != ",":
        return
    i += 1
    cue = next((c for c in RESTATING if [t.lower_ for t in doc[i:i + len(c)]] == list(c)), None)
    if cue is None:
        return
    i += len(cue)
    i += i < len(doc) and doc[i].text == ","
    i += i < len(doc) and doc[i].pos_ == "ADP"  # "answers to the leadership of G, that is, to X"
    person = frame.ref(doc[i], *PERSON) if i < len(doc) else None
    if person is None or person.span.start != i:
        return
    for group in of_groups(frame, token):
        frame.emit(predicate, person, group, token, f"{predicate}.restated_role.v1", title=role_title(token),
                   presupposed=True)


def _apposed_above(frame: Frame, noun: Token) -> list[Ref]:
    """'a close collaborator of the leader of the criminal group, X, alias "Y"': the name right after the
    comma that closes the role's phrase, which the parser set in apposition to a noun above the role; 'since
    its founder, X, was arrested': the name set off by commas after an owned role the parser hung on 'since'."""
    doc = noun.doc
    after = noun.right_edge.i + 1
    owned = any(c.dep_ == "poss" for c in noun.children)
    if not (owned or any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)) or after + 1 >= len(doc) \
            or doc[after].text != ",":
        return []
    person = frame.ref(doc[after + 1], *PERSON)
    root = person.span.root if person is not None else None
    if person is None or person.span.start != after + 1 or root is None:
        return []
    if root.dep_ == "appos" and root.head in list(noun.ancestors):
        return [person]
    closed = person.span.end < len(doc) and doc[person.span.end].text == ","
    if owned and closed and noun.dep_ == "pobj" and root.dep_ in ("nsubj", "nsubjpass"):
        return [person]  # "since its founder, X, was arrested": X read as the verb's subject, the role left behind
    return []


def _member_groups(frame: Frame, noun: Token) -> None:
    """'Its best-known members are A and B' / "G's members include A": groups named as the members of a
    group are its factions; the group is the noun's owner, or the one in hand after 'the members'."""
    verb = noun.head
    if noun.lemma_.lower() != "member" or noun.dep_ != "nsubj" or verb.lemma_.lower() not in ("be", "include") \
            or frame.name(noun) is not None:
        return
    parts = [r for c in verb.children if c.dep_ in ("attr", "dobj") for r in parties(frame, c, GROUP)]
    wholes = of_groups(frame, noun) if parts else []
    if parts and not wholes and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        wholes = [r for r in [topic(frame, noun, GROUP)] if r is not None]
    for part in parts:
        for whole in wholes:
            if part.entity_id != whole.entity_id:
                frame.emit("faction_of", part, whole, noun, "faction_of.members_are.v1")


def _one_more(noun: Token) -> bool:
    """'another leader', 'a third founder', 'a second co-founder'."""
    return any(c.lower_ == "another" or c.dep_ == "amod" and c.lower_ in ORDINALS for c in noun.children)


@starts(lemmas=(role_words,), words=(role_words,))
def _unnamed_role(frame: Frame, token: Token) -> None:
    """"X was arrested in 2020. The group's founder had built it on ...": a leader or founder
    of a named group, with no name of its own, as subject is the person named just before."""
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass") or token.tag_ != "NN":
        return
    predicate = role(frame, token)
    if predicate not in ("leader_of", "founder_of") or titles_a_name(frame, token):
        return
    if any(c.dep_ in ("appos", "amod", "compound", "acl", "relcl") or c.lower_ in ("former", "new")
           for c in token.children):
        return  # "a new leader", "the leader, X", "the leader who ...": someone else, or named there
    owners = [c for c in token.children if c.dep_ == "poss" and frame.name(c) is None]
    if not owners or token.sent.start == 0:
        return  # only "the group's founder" or "its leader", referring back to what came before
    previous = token.doc[token.sent.start - 1].sent
    people = {r.entity_id: r for r in frame.refs_before(token, *PERSON) if r.span.start >= previous.start}
    if len(people) != 1:
        return  # nobody, or several to choose from
    person = next(iter(people.values()))
    for group in parties(frame, owners[0], GROUP):
        frame.emit(predicate, person, group, token, f"{predicate}.unnamed_role.v1", presupposed=True)


@starts(refs=PERSON)
def _appositive(frame: Frame, token: Token) -> None:
    """'X, a former top leader of Y' and 'X, one of Z's sons'."""
    person = frame.ref(token, *PERSON)
    if person is None or person.span.root.i != token.i:
        return
    words = list(person.span) + [person.span.root.head] * (person.span.root.head.lower_ in ALIAS_WORDS)
    children = [a for word in words for a in _appositions(word)]  # the parser may hang it on any word, or on
    # the 'alias' it took for the head: 'X, alias "Y", a nephew of Z'

    children += [b for a in children if (same := frame.ref(a, *PERSON)) is not None
                 and same.entity_id == person.entity_id for b in _appositions(a)]  # 'X, "Nick", the leader of G'
    for child in children:
        noun = kin_noun(frame, child) or one_of(child)
        if _names_those_after(frame, noun) or _kin_of_another(frame, noun, person):
            continue  # "the Treasury sanctioned four men: the brothers A and B": the brothers are A and B
        people = (coordinated(frame, token) if noun.tag_ == "NNS" else [person]) or [person]
        for one in people:
            if role(frame, noun) is not None and not titles_a_name(frame, noun):
                emit_roles(frame, one, noun, "appositive")
            family(frame, one, noun, "appositive")
        named_together(frame, noun, people)


def _kin_of_another(frame: Frame, noun: Token, person: Ref) -> bool:
    """'The missing men are A, 60, his son B, 25, and C': a kin noun with a name of its own right after it is a
    new item of a list the parser hung on A, and says who B is (rules/kinship reads it), not who A is."""
    if noun.lower_ not in frame.table("family") or noun.i + 1 >= len(noun.doc):
        return False
    after = frame.name(noun.doc[noun.i + 1], *PERSON)
    return after is not None and after.entity_id != person.entity_id


@starts(lemmas=(role_words,), words=(role_words, relations("family")))
def _hedged_apposition(frame: Frame, token: Token) -> None:
    """'X, at one time the top leader of G, ...' / 'X, until 2010 the head of G': a description opened by
    a time word, which the parser does not hang on the name as an apposition."""
    if token.dep_ == "appos" or token.pos_ != "NOUN":
        return
    noun = token
    if role(frame, noun) is None and noun.lower_ not in frame.table("family"):
        return
    person = hedged_bearer(frame, noun, PERSON)
    if person is None:
        return
    if role(frame, noun) is not None and not titles_a_name(frame, noun):
        emit_roles(frame, person, noun, "appositive")
    family(frame, person, noun, "appositive")


@starts(lemmas=(role_words,), words=(role_words,))
def _attribute_apposition(frame: Frame, token: Token) -> None:
    """'X was a quiet man, a co-founder of G' / 'X was the most careful of traffickers, a leader of G who ...':
    a role set beside what 'was' says of X is said of X too."""
    if token.dep_ != "appos" or token.pos_ != "NOUN" or role(frame, token) is None or titles_a_name(frame, token):
        return
    attribute = token.head
    second = attribute.dep_ == "nsubj" and attribute.i > attribute.head.i  # the parser may read it as a 2nd subject
    if attribute.dep_ != "attr" and not second or frame.name(attribute) is not None \
            or attribute.head.lemma_.lower() != "be":
        return
    verb = attribute.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    people = parties(frame, subject, PERSON) if subject is not None else []
    if subject is None:  # "For four decades X, "Y", was ...": the parser hung X on 'For'; the name just before
        i = verb.i - 1
        while i > verb.sent.start and (verb.doc[i].is_punct or verb.doc[i].is_quote):
            i -= 1
        people = [r for r in [frame.ref(verb.doc[i], *PERSON)] if r is not None and r.span.end == i + 1]
    for person in people:
        emit_roles(frame, person, token, "attribute_apposition", presupposed=False)


@starts(lemmas=(role_words,), words=(role_words,))
def _named_in_the_next(frame: Frame, token: Token) -> None:
    """'Police arrested the alleged leader of G on Monday. X, known as "Y", was detained in ...': a role
    holder left unnamed as the one an arrest, killing, charge or extradition befell is the person the next
    sentence opens with as the one the same kind of event befell."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.dep_ not in ("dobj", "nsubjpass") \
            or any(c.dep_ in ("appos", "relcl") for c in token.children) or token.sent.end >= len(token.doc):
        return
    kind = _event_kind(frame, token.head)
    predicate = role(frame, token) if kind is not None else None
    if predicate is None or titles_a_name(frame, token):
        return
    following = token.doc[token.sent.end].sent
    verbs = [following.root] + [c for c in following.root.children if c.dep_ == "ccomp"]  # also '..., police said'
    said = [(v, c) for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
            and frame.ref(c, *PERSON) is not None]
    if not said:
        return
    verb, subject = said[0]
    person = frame.ref(subject, *PERSON)
    if person is None or person.span.start > following.start + 1 or _event_kind(frame, verb) != kind \
            or any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in subject.children):
        return  # "X, his rival, was captured": someone else
    for group in of_groups(frame, token):
        frame.emit(predicate, person, group, token, f"{predicate}.named_in_the_next.v1", title=role_title(token),
                   presupposed=True)


def _event_kind(frame: Frame, verb: Token) -> str | None:
    """Which event a verb tells (patterns/relations.yaml events): 'detain' and 'capture' both an arrest."""
    lemma = verb.lemma_.lower()
    kinds = frame.table("events")
    return next((k for k, v in kinds.items() if lemma in v["verbs"]), None) if verb.pos_ == "VERB" else None


def _names_those_after(frame: Frame, noun: Token) -> bool:
    """'the brothers A, alias "a", and B': a plural kin noun with the names right after it."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    ref = frame.ref(after, *PERSON)
    return noun.tag_ == "NNS" and noun.lower_ in frame.table("family") and ref is not None \
        and ref.span.start == noun.i + 1 and not any(c.dep_ == "poss" for c in noun.children)


def _appositions(token: Token) -> list[Token]:
    """Appositions of a name, also those after its nickname ('X, known as "Y", a son of Z'), and the
    nouns coordinated with its nickname or with an apposition: 'X, known as "Y" and a founder of G',
    'X, the man known as "Y" and the alleged leader of G'."""
    found = [c for c in token.children if c.dep_ == "appos"]
    for acl in token.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in ("know", "call", "nickname", "dub"):
            inner: list[Token] = []
            for word in acl.subtree:
                if not any(a.is_ancestor(word) for a in inner):  # 'a brother of Z, the head of G': Z's
                    inner += [c for c in word.children if c.dep_ == "appos" and c.i > word.i]
            found += inner
            found += _conjoined_to_nickname(acl)
    found += [c for a in found for w in a.children if w.dep_ == "acl"
              and w.lemma_.lower() in ("know", "call", "nickname", "dub") for c in _conjoined_to_nickname(w)]
    named = [c.i for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in ("know", "call", "nickname")]
    found += [c for c in _describing_conjuncts(token) if named and c.i > min(named)]  # 'X, known as "Y" and a
    # founder of G', the founder hung on X itself
    return found + [c for a in found for c in _describing_conjuncts(a)]  # "X, the man known as "Y" and alleged
    # leader of G", "X, a son of Y and a cousin of Z"


def _describing_conjuncts(word: Token) -> list[Token]:
    """Nouns coordinated with ``word`` that go on describing the same name: not one after a comma, nor
    one with a name of its own ('X, known as "Y", and his brother Z' names another person)."""
    doc = word.doc
    return [c for c in children(word) if c.dep_ == "conj" and c.pos_ == "NOUN"
            and not any(g.dep_ == "appos" for g in children(c))
            and not (c.i + 1 < len(doc) and doc[c.i + 1].pos_ == "PROPN")
            and not (c.left_edge.i > 1 and doc[c.left_edge.i - 1].dep_ == "cc"
                     and doc[c.left_edge.i - 2].text == ",")]


def _conjoined_to_nickname(acl: Token) -> list[Token]:
    """'known as "Y" and the alleged leader of G': the nouns the parser coordinates with the nickname,
    which describe the name the nickname is of."""
    return [c for p in acl.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
            if o.dep_ == "pobj" for c in _describing_conjuncts(o)]


@starts(lemmas=(role_words,), words=(role_words, relations("family")))
def _predicative(frame: Frame, token: Token) -> None:
    """'X and Y are El Chapo's sons', 'X is regarded as the head of G', 'X is the leader of G'."""
    noun = token
    if role(frame, noun) is None and noun.lower_ not in frame.table("family"):
        return
    anchor = one_of_anchor(noun)  # "named as one of the leaders of G": the role stands where 'one' does
    post = _post_of(frame, anchor)  # "would have the function of lookout for G": the role stands where the post does
    anchor = post if post is not None else anchor
    if post is None and anchor.dep_ == "conj" and anchor.head.dep_ in ("attr", "oprd") \
            and role(frame, anchor.head) is None:
        anchor = anchor.head  # "X was her husband and a lieutenant of G": the role is the copula's too
    if post is None and (first := interrupted_conjunct(anchor)) is not None:
        anchor = first  # "X was her partner and, according to prosecutors, a representative of G": the first's link
    link = anchor.head
    copula = _after_a_duration(anchor) if anchor.dep_ == "appos" else None
    if copula is not None:
        link = copula  # "X was for a quarter of a century a leader of G": the role is the copula's attribute
    elif anchor.dep_ == "pobj" and _as_link(link) is not None:
        link = _as_link(link)
    elif not (anchor.dep_ in ("attr", "oprd") or post is not None and anchor.dep_ == "dobj"
              and link.lemma_.lower() in frame.lexicon("post_verbs")
              or anchor.dep_ == "acomp" and second_in_command(anchor)):  # "X is believed to be second in command"
        return
    subject = _described_one(frame, link) or next(
        (c for c in link.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        or subject_in_source(link)  # 'According to a source who asked not to be named, "X" would be ...'
    if subject is None and link.dep_ == "xcomp":
        subject = subject_of(link)  # "X is believed to be the leader of G"
    if subject is not None and subject.lower_ in ALIAS_WORDS:
        subject = mended_subject(subject, [subject])  # 'X, alias "Y", was described as ...' parsed with 'alias'
    if subject is not None and subject.lower_ in ("who", "whom", "that"):  # "X, who had become the leader of G"
        clause = next((a for a in [link, *link.ancestors] if a.dep_ == "relcl"), None)  # "who police say was"
        subject = clause.head if clause is not None else subject
        if frame.ref(subject, *PERSON) is None and subject.dep_ == "appos":
            subject = subject.head  # "X, a Mexican citizen who served as the second-in-command of G"
    if link.dep_ == "relcl" and any(c.lower_ == "who" for c in link.children) and (
            subject is None or frame.ref(subject, *PERSON) is None) and frame.ref(link.head, *PERSON) is not None:
        subject = link.head  # "X, who the plea agreement states was Z's nephew" parsed with 'states' a noun
    if subject is not None and frame.ref(subject, *PERSON) is None:
        subject = _named_next(frame, subject) or subject  # "A Mexican national who served as ... was sentenced."
    if anchor.dep_ == "pobj" and anchor.head.head.pos_ != "VERB" and link is not anchor.head.head:
        subject = _gapped_person(frame, anchor.head) or subject
    served = [] if link is noun.head or of_groups(frame, noun) or subject is None or subject.pos_ == "PRON" else [
        r for o in prep_objects(link, "for") + (prep_objects(post, "for") if post is not None else [])
        for r in parties(frame, o, GROUP)]  # "X served as a hitman for G", "X had the role of lookout for G"
    predicate = role(frame, noun)
    for person in parties(frame, subject, PERSON) if subject is not None else []:
        if predicate is not None:
            emit_roles(frame, person, noun, "predicate", presupposed=False)
            for group in served:
                frame.emit(predicate, person, group, noun, f"{predicate}.predicate.v1", title=role_title(noun))
        family(frame, person, noun, "predicate")
    if subject is not None and noun.tag_ == "NNS" and (link.dep_ == "relcl" or link.head.dep_ == "relcl"):
        for person in _listed_with(frame, subject):  # 'A and B, who the official said are Z's nephews': A too
            family(frame, person, noun, "predicate")


def _listed_with(frame: Frame, word: Token) -> list[Ref]:
    """The people listed with the one at ``word`` that parties() leaves out: the first conjuncts when the clause
    hangs on the last ('A and B, who ...'), or a name right before 'and B' the parser did not coordinate
    ('Ramon and Benjamin Arellano Felix')."""
    one = frame.ref(word, *PERSON)
    if one is None:
        return []
    others = [r for r in coordinated(frame, word) if r.entity_id != one.entity_id] if word.dep_ == "conj" else []
    start = one.span.start
    if not others and start >= 2 and word.doc[start - 1].lower_ == "and":
        before = frame.ref(word.doc[start - 2], *PERSON)
        if before is not None and before.span.end == start - 1 and before.entity_id != one.entity_id:
            others = [before]
    return others


def _named_next(frame: Frame, noun: Token) -> Token | None:
    """'A Mexican national who served as the second-in-command of G was sentenced today. X, 35, was
    convicted ...': the person a press release's lede leaves unnamed is the subject the next sentence
    names, when the unnamed one is the lede's own subject."""
    if noun.lemma_.lower() not in UNNAMED or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.dep_ != "ROOT" \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    following = noun.sent.end
    if following >= len(noun.doc):
        return None
    nxt = noun.doc[following].sent
    subject = next((c for c in nxt.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    ref = frame.ref(subject, *PERSON) if subject is not None else None
    return subject if ref is not None and ref.span.start <= nxt.start + 1 else None


def _post_of(frame: Frame, noun: Token) -> Token | None:
    """'the function of lookout', 'the role of financier': the post noun a role noun names, or None."""
    post = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return post if post is not None and post.lemma_.lower() in frame.lexicon("post_nouns") else None


def one_of_anchor(noun: Token) -> Token:
    """'one of the leaders' at 'leaders': the 'one' the role hangs from; else the noun itself."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        return noun.head.head
    return noun


def _gapped_person(frame: Frame, word: Token) -> Token | None:
    """'describe A as the founder of G and B as its leader': the person named right before an 'as' the parser
    hung on the first role is the one the second 'as' describes."""
    between = word.doc[word.head.i + 1:word.i]
    return next((t for t in reversed(between) if t.dep_ == "conj" and frame.ref(t, *PERSON) is not None), None)


def _as_link(word: Token) -> Token | None:
    """The verb an 'as' completes, also where the parser hangs 'as' on a place of the verb's:
    'described in court as ...', 'named in the ruling as ...'."""
    verb = as_verb(word)
    if verb is None and word.lower_ == "as" and word.head.dep_ == "pobj" and word.head.head.dep_ == "prep" \
            and word.head.head.head.pos_ == "VERB" and word.head.head.head.lemma_.lower() in DESCRIBING:
        verb = word.head.head.head
    return verb


def _described_one(frame: Frame, verb: Token) -> Token | None:
    """Who an active describing verb describes: 'whom the court treated as the head of G', 'the report
    describes X as the leader of G' (the object, not the subject); a participle describes its noun:
    'X, described in court as Y's right-hand man'."""
    if verb.lemma_.lower() not in DESCRIBING:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and objects[0].lower_ in ("that", "whom", "who", "which"):
        return named_antecedent(frame, objects[0], verb)  # "X, a man whom police describe as the head of G"
    if objects:
        return objects[0]
    if verb.dep_ == "acl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb.head
    return None


@starts(words=("one",))
def _one_of_the_known(frame: Frame, token: Token) -> None:
    """'X is one of the brothers known as Los Chapitos': X is a member of the group so named."""
    if token.lower_ != "one" or token.dep_ not in ("attr", "appos"):
        return
    plural = one_of(token)
    if plural.i == token.i:
        return
    groups = [r for r in parties(frame, plural, GROUP) if _is_named_as(plural)]
    if token.dep_ == "attr":
        subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        people = parties(frame, subject, PERSON) if subject is not None else []
    else:
        people = parties(frame, token.head, PERSON)
    for person in people:
        for group in groups:
            frame.emit("member_of", person, group, token, "member_of.one_of_those_known_as.v1", presupposed=True)


def _is_named_as(noun: Token) -> bool:
    return any(c.dep_ == "acl" and c.lemma_.lower() in ("know", "call") for c in noun.children)


@starts(lemmas=(role_words,), words=(role_words,))
def _title_before_group(frame: Frame, token: Token) -> None:
    """'the Y leader X': group, role noun and person side by side."""
    predicate = role(frame, token)
    doc = token.doc
    if predicate is None or token.i == 0 or token.i + 1 >= len(doc):
        return
    group = frame.name(doc[token.i - 1], *GROUP)  # a name there ('its founders': the possessor, below)
    if group is None:  # "the cartel's co-founder X"
        owners = [r for c in token.children if c.dep_ == "poss" for r in parties(frame, c, GROUP)]
        group = owners[0] if owners else None
    person = frame.ref(doc[token.i + 1], *PERSON)
    if group is not None and person is not None and person.span.start == token.i + 1:
        frame.emit(predicate, person, group, token, f"{predicate}.title_before_name.v1", title=token.text,
                   presupposed=True)


@starts(lemmas=(role_words,), words=(role_words,))
def _whose_role(frame: Frame, token: Token) -> None:
    """'G, a gang whose leader, X, ...' / 'G, whose founder X ...': X holds the role in the group the
    relative clause hangs from."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children):
        return
    predicate = role(frame, token)
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    if predicate is None or clause is None and token.dep_ != "appos":
        return
    owner = clause.head if clause is not None else token.head  # the parser may hang 'whose leader' on G
    groups = parties(frame, owner, GROUP)
    if not groups and owner.dep_ == "appos":  # 'the X clan, an Irish crime group whose leader ...'
        groups = parties(frame, owner.head, GROUP)
    if clause is not None:  # 'G, whose leader is X, and H, headed by Y': G alone
        groups = own_conjunct(clause, groups)
    people = [r for c in token.children if c.dep_ == "appos" for r in parties(frame, c, PERSON)]
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if not people and (named := frame.ref(nxt, *PERSON)) is not None and named.span.start == token.i + 1:
        people = [named]  # 'whose leader X is wanted'
    if not people and token.dep_ == "nsubj" and token.head.lemma_.lower() in ("be", "remain"):
        people = [r for c in token.head.children if c.dep_ == "attr" for r in parties(frame, c, PERSON)]
        # 'G, whose leader is X, ...'
    if not people and token.dep_ == "nsubj" and token.head.lemma_.lower() == "include":
        people = [r for c in token.head.children if c.dep_ == "dobj" for r in parties(frame, c, PERSON)]
        # 'G, whose bosses at the time included X', 'whose members include X and Y'
    for person in people:
        for group in groups:
            frame.emit(predicate, person, group, token, f"{predicate}.whose_role.v1", presupposed=True)


@starts(lemmas=(relations("running_nouns"),))
def _whose_business_run(frame: Frame, token: Token) -> None:
    """'G, whose operations in P are run by X' / 'whose business is led by the brothers X and Y': X leads G, as
    "G's operations are run by X" says (not 'whose shipments are moved by X': a leader verb only)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in frame.lexicon("running_nouns") or token.dep_ != "nsubjpass" \
            or not any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children):
        return
    verb = token.head
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in frame.lexicon("leader_passive"):
        return
    groups = parties(frame, verb.head, GROUP)
    people = [r for o in agent_objects(verb) for r in parties(frame, o, PERSON)]
    for person in people:
        for group in groups:
            frame.emit("leader_of", person, group, verb, "leader_of.whose_business_run.v1", presupposed=True)


_MONEY = frozenset({"money", "finance", "finances", "fund", "funds", "cash", "account", "accounts", "proceeds"})


@starts(lemmas=("work", "answer", relations("service_verbs")))
def _works_for(frame: Frame, token: Token) -> None:
    """'X works for Y': a person is a member of Y, a group a faction of it; 'X handles the money of Y'
    serves Y as 'for Y' does."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in ("work", "answer") and lemma not in frame.lexicon("service_verbs"):
        return
    holders = [token] + [o for o in token.children if o.dep_ == "dobj" or o.dep_ == "acomp" and o.pos_ == "NOUN"]
    # "managed money for G"; "moving fentanyl for G" with the drug taken for a complement
    if len(holders) == 1 and lemma not in ("work", "answer"):  # "recruited and paid the gunmen for G": the
        shared = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"]  # object and 'for' shared
        holders += shared + [o for c in shared for o in c.children if o.dep_ == "dobj"]
    holders += [o for h in holders[1:] for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]  # "coordinated acts of violence for G"
    groups = [r for h in holders for p in h.children if p.dep_ == "prep" and (
                  p.lower_ == "for" or p.lower_ == "of" and h.lemma_.lower() in _MONEY)
              for o in p.children if o.dep_ == "pobj" and (lemma in ("work", "answer") or frame.name(o) is not None)
              for r in parties(frame, o, GROUP)]  # a service done for "the group": too loose a guess
    bosses = [] if groups or lemma != "work" else [
        r for p in token.children if p.dep_ == "prep" and p.lower_ in ("for", "under")
        for o in p.children if o.dep_ == "pobj" for r in parties(frame, o, PERSON)]  # "X worked for Y"
    subject = subject_of(token)
    if not groups and not bosses or subject is None:
        return
    if subject.lower_ in ("who", "which", "that"):  # also "X, who prosecutors say worked for G"
        clause = next((a for a in [token, *token.ancestors] if a.dep_ == "relcl"), None)
        subject = clause.head if clause is not None else subject
        if frame.name(subject) is None and subject.dep_ == "appos":
            subject = subject.head  # "X, a nephew of Y who worked for G": X
        elif frame.name(subject) is None and subject.dep_ == "attr":
            subject = subject_of(subject.head) or subject  # "X is the person who recruited gunmen for G": X
    for person in parties(frame, subject, PERSON) if bosses else []:  # a member of the group Y leads
        frame.served += [Serving(person, boss, token, "member_of.works_for_boss.v1", None, token.dep_ == "acl")
                         for boss in bosses]
    for one in parties(frame, subject, PERSON + GROUP if lemma in ("work", "answer") else PERSON):
        predicate = "member_of" if one.kind == "person" else "faction_of"
        for group in groups:
            frame.emit(predicate, one, group, token, f"{predicate}.works_for.v1", presupposed=token.dep_ == "acl")


# Every person rule, in order (rules/dispatch.py: each runs where its trigger can match).
people_rules = RuleSet(
    _appositive, _restated_role, _hedged_apposition, _attribute_apposition, _role_then_name, _named_in_the_next,
    _unnamed_role, _works_for, _predicative,
    _one_of_the_known, _title_before_group, _whose_role, _whose_business_run, kinship_rules, leadership_rules,
    office_rules, membership_rules, founding_rules, command_rules, epithet_rules,
)


DURATION_NOUNS = frozenset({"quarter", "decade", "decades", "year", "years", "century", "period", "time", "while",
                            "month", "months", "generation"})


def _after_a_duration(noun: Token) -> Token | None:
    """'X was for roughly a quarter of a century a principal leader of G', parsed with the role in apposition
    to the duration: the role is the attribute of the copula returned."""
    head = noun.head
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "pobj":
        head = head.head.head  # "a quarter of a century"
    if head.lemma_.lower() not in DURATION_NOUNS and head.lower_ not in DURATION_NOUNS:
        head = noun.head
        if head.lemma_.lower() not in DURATION_NOUNS:
            return None
    prep = head.head
    copula = prep.head
    if head.dep_ != "pobj" or prep.lower_ not in ("for", "during", "over") or copula.lemma_.lower() != "be":
        return None
    return copula
