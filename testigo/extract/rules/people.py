"""Person relations: leader_of, founder_of, member_of, official_of, family ties, held_by.

"X, a co-founder and leader of Y"; "the Y leader X"; "the faction led by X";
"X, one of Z's sons"; "Acting Administrator X" with an agency in the sentence;
"X would be handed over to Y as a guarantee"; "X and Z's son, identified as
leaders of the two gangs" read respectively.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.lexicon import load_patterns
from testigo.extract.modality import as_verb
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import subject_of
from testigo.extract.rules.phrases import (
    GROUP,
    is_female,
    latest_siblings,
    parties,
    people_after_colon,
    prep_objects,
    salient_pair,
    topic,
)

__all__ = ["people_rules"]

PERSON = ("person",)
NAMING = ("identify", "know", "name", "call", "describe")
ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth"})
ORGS = ("criminal_group", "organization")


@cache
def _role_words() -> frozenset[str]:
    words = load_patterns("relations")
    return frozenset(part for name in ("leader_nouns", "founder_nouns", "member_nouns") for w in words[name]
                     for part in {w, w.split()[-1]})  # "money launderer" is found at "launderer"


@cache
def _hostage_phrases() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p) for p in load_patterns("relations")["hostage_phrases"])


def _hostage_verbs() -> frozenset[str]:
    """The verbs the hostage phrases start with ('hand' of 'hand over')."""
    return frozenset(p[0] for p in _hostage_phrases())


def role(frame: Frame, noun: Token) -> str | None:
    """leader_of, founder_of or member_of for a role noun, from the noun and its modifiers."""
    words = _role_words()
    if noun.lower_ not in words and noun.lemma_.lower() not in words:  # most tokens: answer at once
        return None
    lemma = noun.lemma_.lower()
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    previous = noun.doc[noun.i - 2:noun.i] if noun.i >= 2 else noun.doc[0:0]
    if lemma in frame.lexicon("founder_nouns") or modifiers & frame.lexicon("founder_modifiers") \
            or any(t.lower_ in ("co", "co-") for t in previous):
        return "founder_of"
    before = noun.doc[noun.i - 1].lower_ + " " + noun.lower_ if noun.i else ""
    if before in frame.lexicon("member_nouns") or modifiers & frame.lexicon("local_modifiers"):
        return "member_of"  # "plaza boss", "security chief", "regional commander"
    if lemma in frame.lexicon("leader_nouns") or noun.lower_ in frame.lexicon("leader_nouns"):
        return "member_of" if _heads_a_function(frame, noun) else "leader_of"
    if lemma in frame.lexicon("member_nouns") or noun.lower_ in frame.lexicon("member_nouns"):
        return "member_of"
    return None


def _heads_a_function(frame: Frame, noun: Token) -> bool:
    """'head of security', 'chief of finance': a post inside a group, not its leadership."""
    groupish = frame.lexicon("collective_nouns", "transparent_nouns")
    return any(o.pos_ == "NOUN" and o.lemma_.lower() not in groupish and frame.ref(o) is None
               for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj")


@starts(lemmas=(_role_words,), words=(_role_words,))
def _role_then_name(frame: Frame, token: Token) -> None:
    """'Its former head of security, X' / "the group's leader, X": the role's name follows it;
    'four of its leaders: A, B, C and D': each one named after the colon."""
    if role(frame, token) is None:
        return
    people = [r for c in token.children if c.dep_ == "appos" for r in parties(frame, c, PERSON)]
    holder = token.head.head if token.dep_ == "pobj" and token.head.head.pos_ == "NUM" else token
    people += people_after_colon(frame, holder) if token.tag_ == "NNS" else []
    people += [r for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() in NAMING
               for p in c.children if p.lower_ == "as" for o in p.children if o.dep_ == "pobj"
               for r in parties(frame, o, PERSON)]  # "its commander, whom he identified only as X"
    for person in people:
        _roles(frame, person, token, "role_apposition")
    if people and not _of_groups(frame, token) and _one_more(token):
        group = topic(frame, token, GROUP)  # "A third founder, X, ...": one more of the group in hand
        predicate = role(frame, token)
        for person in people if group is not None and predicate is not None else []:
            frame.emit(predicate, person, group, token, f"{predicate}.one_more.v1", title=_title(token),
                       presupposed=True)


def _one_more(noun: Token) -> bool:
    """'another leader', 'a third founder', 'a second co-founder'."""
    return any(c.lower_ == "another" or c.dep_ == "amod" and c.lower_ in ORDINALS for c in noun.children)


@starts(lemmas=(_role_words,), words=(_role_words,))
def _unnamed_role(frame: Frame, token: Token) -> None:
    """"X was arrested in 2020. The group's founder had built it on ...": a leader or founder
    of a named group, with no name of its own, as subject is the person named just before."""
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass") or token.tag_ != "NN":
        return
    predicate = role(frame, token)
    if predicate not in ("leader_of", "founder_of") or _titles_a_name(frame, token):
        return
    if any(c.dep_ in ("appos", "amod", "compound", "acl", "relcl") or c.lower_ in ("former", "new")
           for c in token.children):
        return  # "a new leader", "the leader, X", "the leader who ...": someone else, or named there
    owners = [c for c in token.children if c.dep_ == "poss" and frame.ref(c) is None]
    if not owners or token.sent.start == 0:
        return  # only "the group's founder" or "its leader", referring back to what came before
    previous = token.doc[token.sent.start - 1].sent
    people = {r.entity_id: r for r in frame.refs_before(token, *PERSON) if r.span.start >= previous.start}
    if len(people) != 1:
        return  # nobody, or several to choose from
    person = next(iter(people.values()))
    for group in parties(frame, owners[0], GROUP):
        frame.emit(predicate, person, group, token, f"{predicate}.unnamed_role.v1", presupposed=True)


def _title(noun: Token) -> str:
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "punct", "poss", "case")]
    return " ".join(t.text for t in words if t.pos_ in ("ADJ", "NOUN", "VERB", "PROPN") or t.i == noun.i)


def _of_groups(frame: Frame, noun: Token) -> list[Ref]:
    objects = [obj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("of", "in", "within", "for")
               for obj in prep.children if obj.dep_ == "pobj"]
    functions = [obj for obj in objects if obj.pos_ == "NOUN" and frame.ref(obj) is None
                 and not parties(frame, obj, GROUP)]  # "security", "finances": a post's field, no group
    objects += [o for obj in functions for p in obj.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "in")
                for o in p.children if o.dep_ == "pobj"]  # "head of security for G"
    objects += [p for obj in functions for p in obj.children
                if p.dep_ == "poss" and p.pos_ != "PRON"]  # "head of G's finances"
    groups = [r for obj in objects for r in parties(frame, obj, GROUP)]
    modifiers = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod")]
    modifiers += [g for c in modifiers if c.dep_ == "compound" and frame.ref(c) is None
                  for g in c.children if g.dep_ == "compound"]  # "a CJNG plaza boss"
    groups += [r for c in modifiers for r in parties(frame, c, GROUP)]
    return groups


def _bosses_groups(frame: Frame, noun: Token) -> list[Ref]:
    """"X's lieutenant, Y": Y is a member of the groups the text says X leads or founded."""
    bosses = [r for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" for r in parties(frame, c, PERSON)]
    bosses += [r for o in prep_objects(noun, "of") for r in parties(frame, o, PERSON)]  # "a lieutenant of X"
    found: list[Ref] = []
    for boss in bosses:
        for claim in list(frame.claims.values()):
            if claim.subject_id == boss.entity_id and claim.predicate in ("leader_of", "founder_of") \
                    and claim.object_id and claim.polarity.value == "positive":
                span = Span(noun.doc, noun.i, noun.i + 1, label="criminal_group")
                if all(r.entity_id != claim.object_id for r in found):
                    found.append(Ref(span, claim.object_id))
    return found


def _roles(frame: Frame, person: Ref, noun: Token, how: str, *, presupposed: bool = True) -> None:
    """Every role noun coordinated with ``noun`` ('co-founder and leader of Y'); a role said of
    a subject ('X is regarded as the head of Y') is asserted, not presupposed."""
    nouns = [noun] + [c for c in noun.children if c.dep_ == "conj"]
    groups = [g for n in nouns for g in _of_groups(frame, n)]
    for n in nouns:
        predicate = role(frame, n)
        under = predicate == "member_of" and n.lemma_.lower() in frame.lexicon("henchman_nouns")
        for group in groups or (_bosses_groups(frame, n) if under else []):
            if predicate is not None:
                frame.emit(predicate, person, group, n, f"{predicate}.{how}.v1", title=_title(n),
                           presupposed=presupposed)


@starts(refs=PERSON)
def _appositive(frame: Frame, token: Token) -> None:
    """'X, a former top leader of Y' and 'X, one of Z's sons'."""
    person = frame.ref(token, *PERSON)
    if person is None or person.span.root.i != token.i:
        return
    children = [a for word in person.span for a in _appositions(word)]  # the parser may hang it on any word
    children += [b for a in children if (same := frame.ref(a, *PERSON)) is not None
                 and same.entity_id == person.entity_id for b in _appositions(a)]  # 'X, "Nick", the leader of G'
    for child in children:
        noun = _kin_noun(frame, child) or _one_of(child)
        people = (coordinated(frame, token) if noun.tag_ == "NNS" else [person]) or [person]
        for one in people:
            if role(frame, noun) is not None and not _titles_a_name(frame, noun):
                _roles(frame, one, noun, "appositive")
            _family(frame, one, noun, "appositive")
        _named_together(frame, noun, people)


def _appositions(token: Token) -> list[Token]:
    """Appositions of a name, also those after its nickname ('X, known as "Y", a son of Z')."""
    found = [c for c in token.children if c.dep_ == "appos"]
    for acl in token.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in ("know", "call", "nickname", "dub"):
            for word in acl.subtree:
                found += [c for c in word.children if c.dep_ == "appos" and c.i > word.i]
    return found


def _one_of(token: Token) -> Token:
    """'one of the leaders' -> 'leaders'."""
    if token.lower_ != "one":
        return token
    return next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), token)


def _kin_noun(frame: Frame, token: Token) -> Token | None:
    """A family noun with a person as possessor inside an apposition ('one of X's sons')."""
    family = frame.words["family"]
    for word in token.subtree:
        if word.lower_ in family and any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                                         for c in word.children):  # type: ignore[operator]
            return word
    return None


def coordinated(frame: Frame, token: Token) -> list[Ref]:
    """The person at ``token`` and those coordinated with it ('A and B, two sons of X')."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return parties(frame, head, PERSON)


def _titles_a_name(frame: Frame, noun: Token) -> bool:
    """'the Sinaloa Cartel leader Joaquín Guzmán': the role belongs to the name after it."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return frame.ref(nxt, *PERSON) is not None


def _family(frame: Frame, person: Ref, noun: Token, how: str) -> None:
    """'X, Z's son' / 'X, the son of Z' -> child_of(X, Z); father/mother the other way."""
    family = frame.words["family"]
    word = noun.lower_
    if word == "partner" and any(c.dep_ in ("compound", "amod") and c.lower_ not in ("life", "domestic")
                                 for c in noun.children):
        return  # a business or criminal partner is no spouse
    relatives = [r for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"  # 'his': see _his
                 for r in parties(frame, c, PERSON)]
    relatives += [r for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for o in prep.children if o.dep_ == "pobj" for r in parties(frame, o, PERSON)]
    if not relatives:
        relatives = _whose(frame, noun) or _his(frame, noun, person)
    if word in family:  # type: ignore[operator]
        for relative in relatives:
            predicate = family[word]  # type: ignore[index]
            frame.emit(predicate, person, relative, noun, f"{predicate}.{how}.v1", presupposed=True)
        if family[word] == "child_of":  # type: ignore[index]
            _other_parent(frame, person, noun, relatives)
    elif noun.lemma_.lower() in frame.lexicon("parent_words"):
        for relative in relatives:
            frame.emit("child_of", relative, person, noun, f"child_of.parent_{how}.v1", presupposed=True)


def _other_parent(frame: Frame, child: Ref, noun: Token, parents: list[Ref]) -> None:
    """"X's sons with his first wife, M": M is their mother and X's spouse."""
    family = frame.words["family"]
    holders = [noun, noun.head] if noun.dep_ == "attr" else [noun]  # "A and B are his sons with M"
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for spouse in prep.children:
            if spouse.dep_ != "pobj" or family.get(spouse.lower_) != "spouse_of":  # type: ignore[union-attr]
                continue
            named = [r for c in spouse.children if c.dep_ == "appos" for r in parties(frame, c, PERSON)]
            for mother in named:
                frame.emit("child_of", child, mother, spouse, "child_of.children_with.v1", presupposed=True)
                for parent in parents:
                    frame.emit("spouse_of", mother, parent, spouse, "spouse_of.children_with.v1", presupposed=True)


def _whose(frame: Frame, noun: Token) -> list[Ref]:
    """'El Mencho, whose son X ...': the person the relative clause hangs from."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
        return []
    for verb in noun.ancestors:
        if verb.dep_ == "relcl":
            return parties(frame, verb.head, PERSON)
    return []


def _his(frame: Frame, noun: Token, person: Ref) -> list[Ref]:
    """'his son': the nearest other person named before the possessive pronoun ('another
    brother': the person the text is about); in 'X and Y are his sons' not X or Y."""
    if noun.i - noun.sent.start <= 1 and any(c.dep_ == "det" and c.lower_ == "another" for c in noun.children):
        owner = topic(frame, noun.sent[0], PERSON)
        return [owner] if owner is not None and owner.entity_id != person.entity_id else []
    if any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):  # 'Their father, X': the siblings
        return [r for r in latest_siblings(frame, noun) if r.entity_id != person.entity_id]
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
        return []
    excluded = {person.entity_id}
    if noun.dep_ == "attr":
        subject = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        excluded |= {r.entity_id for r in (parties(frame, subject, PERSON) if subject is not None else [])}
        if subject is not None:  # "Two of X's sons, A and B, are his children": not A or B, maybe X
            span = noun.doc[subject.left_edge.i:subject.right_edge.i + 1]
            excluded |= {r.entity_id for r in frame.refs_in(span, *PERSON) if r.span.root.dep_ != "poss"}
    his = any(c.dep_ == "poss" and c.lower_ == "his" for c in noun.children)
    for ref in frame.refs_before(noun, *PERSON):
        if ref.span.start < noun.sent.start:
            break
        if ref.entity_id not in excluded and not (his and is_female(frame, ref)):  # 'his' is not a woman's
            return [ref]
    owner = topic(frame, noun.sent[0], PERSON)  # named in the sentence before
    return [owner] if owner is not None and owner.entity_id != person.entity_id else []


@starts(words=(relations("family"),), lemmas=(relations("parent_words"),))
def _relative_before_name(frame: Frame, token: Token) -> None:
    """"Z's son X" / 'his brother X': a family noun followed by the person it names."""
    if not _is_kin(frame, token):
        return
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    person = frame.ref(nxt, *PERSON)
    if person is not None and person.span.start == token.i + 1:
        people = coordinated(frame, person.span.root) or [person]
        for one in people:  # "his brothers A, B and C"
            _family(frame, one, token, "before_name")
        _named_together(frame, token, people)


@starts(words=(relations("family"),), lemmas=(relations("parent_words"),))
def _named_after_kin(frame: Frame, token: Token) -> None:
    """'His son, Rubén ...' / 'Two of El Chapo's sons, A and B' / 'His mother, M': people in apposition
    to a kin noun."""
    if not _is_kin(frame, token):
        return
    holder = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NUM":
        holder = token.head.head
    named: list[Ref] = []
    deps = ("appos", "conj") if holder.pos_ == "NUM" else ("appos",)  # "Two of his sons, A and B"
    for child in holder.children:
        if child.dep_ in deps:
            named += parties(frame, child, PERSON)
    for person in named:
        _family(frame, person, token, "kin_apposition")
    _named_together(frame, token, named)


def _is_kin(frame: Frame, token: Token) -> bool:
    """A family noun ('son', 'cousin') or a parent's ('mother')."""
    return token.lower_ in frame.words["family"] or (  # type: ignore[operator]
        token.pos_ == "NOUN" and token.lemma_.lower() in frame.lexicon("parent_words"))


def _named_together(frame: Frame, noun: Token, people: list[Ref]) -> None:
    """'two sons of X, A and B' / 'his brothers A, B and C': the people named are siblings."""
    if noun.tag_ != "NNS" or frame.words["family"].get(noun.lower_) not in ("child_of", "sibling_of"):  # type: ignore[union-attr]
        return
    for i, one in enumerate(people):
        for other in people[i + 1:]:
            frame.emit("sibling_of", one, other, noun, "sibling_of.named_together.v1", presupposed=True)


@starts(lemmas=(_role_words,), words=(_role_words, relations("family")))
def _predicative(frame: Frame, token: Token) -> None:
    """'X and Y are El Chapo's sons', 'X is regarded as the head of G', 'X is the leader of G'."""
    noun = token
    if role(frame, noun) is None and noun.lower_ not in frame.words["family"]:  # type: ignore[operator]
        return
    link = noun.head
    if noun.dep_ == "pobj" and as_verb(link) is not None:
        link = as_verb(link)
    elif noun.dep_ not in ("attr", "oprd"):
        return
    subject = next((c for c in link.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ == "who" and link.dep_ == "relcl":
        subject = link.head  # "X, who had become the leader of G, ..."
    for person in parties(frame, subject, PERSON) if subject is not None else []:
        if role(frame, noun) is not None:
            _roles(frame, person, noun, "predicate", presupposed=False)
        _family(frame, person, noun, "predicate")


@starts(words=("one",))
def _one_of_the_known(frame: Frame, token: Token) -> None:
    """'X is one of the brothers known as Los Chapitos': X is a member of the group so named."""
    if token.lower_ != "one" or token.dep_ not in ("attr", "appos"):
        return
    plural = _one_of(token)
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


@starts(lemmas=(_role_words,), words=(_role_words,))
def _title_before_group(frame: Frame, token: Token) -> None:
    """'the Y leader X': group, role noun and person side by side."""
    predicate = role(frame, token)
    doc = token.doc
    if predicate is None or token.i == 0 or token.i + 1 >= len(doc):
        return
    group = frame.ref(doc[token.i - 1], *GROUP)
    if group is None:  # "the cartel's co-founder X"
        owners = [r for c in token.children if c.dep_ == "poss" for r in parties(frame, c, GROUP)]
        group = owners[0] if owners else None
    person = frame.ref(doc[token.i + 1], *PERSON)
    if group is not None and person is not None and person.span.start == token.i + 1:
        frame.emit(predicate, person, group, token, f"{predicate}.title_before_name.v1", title=token.text,
                   presupposed=True)



def _written_apposition(frame: Frame, noun: Token) -> list[Ref]:
    """'G (ACR), a coalition commanded by X' when the parser did not hang the noun on G: the group
    named right before the comma that opens the noun's phrase."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                           for c in noun.children):
        return []
    i = noun.left_edge.i - 1
    doc = noun.doc
    if i < 1 or doc[i].text != ",":
        return []
    i -= 1
    if doc[i].text == ")" and i >= 3 and doc[i - 2].text == "(":
        i -= 3
    group = frame.ref(doc[i], *GROUP)
    return [group] if group is not None and group.span.end == i + 1 else []

@starts(lemmas=(relations("leader_verbs", "founder_verbs"),))
def _led_by(frame: Frame, token: Token) -> None:
    """'Y, led by X' / 'the faction led by X' / 'X leads Y'."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in frame.lexicon("leader_verbs", "founder_verbs"):
        return
    predicate = "founder_of" if lemma in frame.lexicon("founder_verbs") else "leader_of"
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    if token.dep_ == "acl" or passive:
        subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if subject is None and token.dep_ != "acl":  # "the gang is believed to be run by X"
            subject = subject_of(token)
        held = subject if passive and subject is not None else token.head
        written = _written_apposition(frame, held)  # the parser may hang "a gang led by Y" far from X
        if held.dep_ == "appos" and frame.ref(held) is None and not parties(frame, held, GROUP):
            held = held.head  # "X, a gang led by Y": the gang is X
        groups = written or parties(frame, held, GROUP)
        people = [r for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                  for r in _not_relatives(frame, o, parties(frame, o, PERSON))]
    else:
        subject = subject_of(token)
        nearest = None
        if subject is not None and subject.lower_ in ("who", "which") and token.dep_ == "relcl":
            nearest = _nearest_person(frame, subject)
            subject = token.head
            if frame.ref(subject) is None and subject.dep_ == "appos":  # "X, a former officer who founded G"
                subject = subject.head
        elif subject is not None and subject.lower_ in ("who", "which"):  # "two men who police say lead G"
            subject = next((v.head for v in token.ancestors if v.dep_ == "relcl"), None)
        people = parties(frame, subject, PERSON) if subject is not None else []
        if nearest is not None and subject is not None and nearest.span.start > subject.i \
                and all(p.entity_id != nearest.entity_id for p in people):
            people = [nearest]  # "X, the brother of Y, "Nick", who leads G": the clause is about Y
        cells = _heads_a_part(frame, token, people)
        groups = [r for c in token.children if c.dep_ == "dobj" and c not in cells
                  or c.dep_ == "nsubj" and c.i > token.i
                  for r in parties(frame, c, GROUP)]  # the parser may read the object as a second subject
        groups += [r for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in frame.lexicon("running_nouns")
                   for p in c.children if p.dep_ == "poss" for r in parties(frame, p, GROUP)]  # "runs its operations"
        if people:  # "X founded the group with his brother Y", "X ran G with his brother Y"
            people += [r for o in prep_objects(token, "with") if frame.ref(o, *PERSON) is not None
                       or predicate == "founder_of" or o.lower_ in frame.words["family"]
                       for r in parties(frame, o, PERSON) if r not in people]
    for person in people:
        for group in groups:
            frame.emit(predicate, person, group, token, f"{predicate}.{lemma}_verb.v1",
                       presupposed=token.dep_ in ("acl", "relcl"))


def _not_relatives(frame: Frame, noun: Token, people: list[Ref]) -> list[Ref]:
    """'run by two sons of X' / "by X's nephew, Y": the relatives (Y), not whom they are related to (X)."""
    if noun.lower_ not in frame.words["family"]:  # type: ignore[operator]
        return people
    related = {t.i for c in noun.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
               for t in c.subtree}
    return [r for r in people if r.span.root.i not in related]


def _heads_a_part(frame: Frame, verb: Token, people: list[Ref]) -> list[Token]:
    """'X heads a local cell of G': X is a member of G who leads one of its parts (the title says
    which); gives the part nouns, which name no group X leads."""
    cells = [c for c in verb.children if c.dep_ == "dobj" and _part_of_group(frame, c)]
    for cell in cells:
        for person in people:
            for group in parties(frame, cell, GROUP):
                frame.emit("member_of", person, group, verb, f"member_of.{verb.lemma_.lower()}_part.v1",
                           title=f"{verb.lemma_.lower()} of {_title(cell)}", presupposed=verb.dep_ == "relcl")
    return cells


def _part_of_group(frame: Frame, noun: Token) -> bool:
    """'a local cell of G', 'G's armed wing': a part of a named group, not the group itself ('the
    faction', 'the Sinaloa Cartel faction known as Los Chapitos')."""
    if frame.ref(noun) is not None or noun.lemma_.lower() not in frame.lexicon("faction_nouns"):
        return False
    if any(c.dep_ in ("acl", "appos", "relcl") or c.dep_ in ("compound", "nmod") and frame.ref(c, *GROUP)
           for c in noun.children):
        return False
    return any(parties(frame, o, GROUP) for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "within")
               for o in p.children if o.dep_ == "pobj") or any(
        c.dep_ == "poss" and c.pos_ != "PRON" and parties(frame, c, GROUP) for c in noun.children)


def _nearest_person(frame: Frame, relative: Token) -> Ref | None:
    """The person named right before a relative pronoun, past commas and quote marks."""
    i = relative.i - 1
    while i > relative.sent.start and (relative.doc[i].is_punct or relative.doc[i].is_quote):
        i -= 1
    ref = frame.ref(relative.doc[i], *PERSON)
    return ref if ref is not None and ref.span.end == i + 1 else None


@starts(words=(lambda: _leading_forms(),))
def _led_mistagged(frame: Frame, token: Token) -> None:
    """'X, who police say heads G' with 'heads' tagged as a noun: a leading verb right before a group."""
    if token.pos_ == "VERB" or token.lower_ not in _leading_forms() or token.i + 1 >= len(token.doc):
        return
    group = frame.ref(token.doc[token.i + 1], *GROUP)
    if group is None or group.span.start != token.i + 1:
        return
    who = next((t for t in reversed(token.doc[token.sent.start:token.i]) if t.lower_ == "who"), None)
    person = next((r for r in frame.refs_before(who, *PERSON) if who.i - r.span.end <= 4), None) if who else None
    if person is not None and token.doc[who.i - 1].text == "," and token.i - who.i <= 5:  # "X, 38, who ..."
        frame.emit("leader_of", person, group, token, "leader_of.lead_verb_mistagged.v1")


@starts(lemmas=(relations("leader_verbs"),))
def _accused_of_leading(frame: Frame, token: Token) -> None:
    """'They accuse X, known as "H", of leading G' / 'X is suspected of running G': X leads G, as the
    accusers say. Read from the words, since the parser often hangs 'of leading G' on X's phrase."""
    lemma = token.lemma_.lower()
    if token.tag_ != "VBG" or lemma not in frame.lexicon("leader_verbs") or token.i < 1 \
            or token.doc[token.i - 1].lower_ != "of" or token.i + 1 >= len(token.doc):
        return
    group = next((r for r in frame.refs_in(token.doc[token.i + 1:min(token.i + 4, token.sent.end)], *GROUP)
                  if r.span.start <= token.i + 2), None)
    accusing = frame.lexicon("accusing_verbs") - frame.lexicon("accusing_with_complement")
    verb = next((t for t in reversed(token.doc[token.sent.start:token.i - 1])
                 if t.pos_ == "VERB" and t.lemma_.lower() in accusing), None)
    if group is None or verb is None:
        return
    between = token.doc[verb.i + 1:token.i - 1]
    if any(t.pos_ == "VERB" and t.dep_ not in ("relcl", "acl", "auxpass") and t.lemma_.lower() not in ("know", "call")
           for t in between):
        return  # another verb with its own object stands between: not the accused's gerund
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    people = [r for h in heads for r in parties(frame, h, PERSON)]
    for person in people:
        claim = frame.emit("leader_of", person, group, verb, "leader_of.accused_of_leading.v1")
        if claim is not None:
            frame.with_accuser(claim, verb)


@cache
def _leading_forms() -> frozenset[str]:
    verbs = load_patterns("relations")["leader_verbs"]
    return frozenset(v + "s" for v in verbs if "-" not in v) | {"leads", "heads", "runs"}


@starts(lemmas=(_role_words,), words=(_role_words,))
def _respectively(frame: Frame, token: Token) -> None:
    """'X and Z's son ... identified as leaders of the (two) gangs': people and groups in order."""
    if role(frame, token) != "leader_of" or token.tag_ != "NNS":
        return
    objects = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    if not objects or frame.ref(objects[0]) is not None:
        return
    groups = list(salient_pair(frame, objects[0]))
    slots = _person_slots(frame, token)
    if len(groups) == 2 and len(slots) == 2:
        for person, group in zip(slots, groups, strict=True):
            if person is not None:
                frame.emit("leader_of", person, group, token, "leader_of.respectively.v1")


def _person_slots(frame: Frame, token: Token) -> list[Ref | None]:
    """People named before the role noun in its sentence; 'one of Z's sons' is an unnamed slot."""
    slots: list[Ref | None] = []
    seen: set[str] = set()
    for word in token.sent:
        if word.i >= token.i:
            break
        ref = frame.ref(word, *PERSON)
        if ref is None or ref.span.start != word.i or ref.entity_id in seen:
            continue
        seen.add(ref.entity_id)
        possessor = ref.span.root.dep_ == "poss"
        slots.append(None if possessor else ref)
    return slots


@starts(lemmas=(relations("spouse_verbs"),))
def _married(frame: Frame, token: Token) -> None:
    """'X married Y' -> spouse_of."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("spouse_verbs"):
        return
    subject = subject_of(token)
    people = parties(frame, subject, PERSON) if subject is not None else []
    spouses = [r for c in token.children if c.dep_ == "dobj" for r in parties(frame, c, PERSON)]
    for person in people:
        for spouse in spouses:
            frame.emit("spouse_of", person, spouse, token, "spouse_of.married.v1")


@starts(lemmas=(relations("faction_nouns"),))
def _owned_faction(frame: Frame, token: Token) -> None:
    """"Zambada's faction": the person leads it (the group named after them, if the text has one)."""
    if token.lemma_.lower() not in frame.lexicon("faction_nouns"):
        return
    owners = [r for c in token.children if c.dep_ == "poss" for r in parties(frame, c, PERSON)]
    if owners:
        from testigo.extract.rules.phrases import named_after

        group = named_after(frame, token, owners[0])
        frame.emit("leader_of", owners[0], group, token, "leader_of.owned_faction.v1", presupposed=True)


@starts(lemmas=(relations("faction_nouns", "collective_nouns"),), refs=GROUP)
def _whose_group(frame: Frame, token: Token) -> None:
    """'X, whose Los Y gang dominates P' / 'X, whose faction controls P': X leads the group, as with
    "X's faction"."""
    if token.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "poss" and c.lower_ == "whose"
                                                      for c in token.children):
        return
    if frame.ref(token, *GROUP) is None and \
            token.lemma_.lower() not in frame.lexicon("faction_nouns", "collective_nouns"):
        return
    clause = next((a for a in token.ancestors if a.dep_ == "relcl" or a.dep_ == "appos" and a.pos_ == "VERB"), None)
    person = frame.ref(clause.head, *PERSON) if clause is not None else None
    if person is None:
        return
    for group in parties(frame, token, GROUP):
        frame.emit("leader_of", person, group, token, "leader_of.whose_group.v1", presupposed=True)


@starts(lemmas=(_role_words,), words=(_role_words,))
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
    people = [r for c in token.children if c.dep_ == "appos" for r in parties(frame, c, PERSON)]
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if not people and (named := frame.ref(nxt, *PERSON)) is not None and named.span.start == token.i + 1:
        people = [named]  # 'whose leader X is wanted'
    for person in people:
        for group in groups:
            frame.emit(predicate, person, group, token, f"{predicate}.whose_role.v1", presupposed=True)


@starts(refs=PERSON)
def _group_of_person(frame: Frame, token: Token) -> None:
    """'the Estado Mayor Central (EMC) of X', 'the Tres Ríos Cartel of X': the group of a person is the
    one that person leads (read from the words: the parser often hangs 'of X' elsewhere)."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].lower_ != "of":
        return
    token = doc[token.i - 1]
    end = token.i
    if doc[end - 1].text == ")" and end >= 4 and doc[end - 3].text == "(":
        end -= 3  # 'G (ACR) of X'
    group = frame.ref(doc[end - 1], *GROUP)
    person = frame.ref(doc[token.i + 1], *PERSON)
    if group is None or person is None or group.span.end != end or person.span.start != token.i + 1:
        return
    before = doc[group.span.start - 1] if group.span.start > 0 else None
    if before is not None and (before.lower_ == "of" or before.lemma_.lower() in _role_words()):
        return  # 'members of G of X', 'the leader of G of X': the phrase is about someone else
    frame.emit("leader_of", person, group, token, "leader_of.group_of_person.v1")


@starts(lemmas=("answer", "report"))
def _answer_to(frame: Frame, token: Token) -> None:
    """'Los Mayos answer to X' -> leader_of(X, Los Mayos)."""
    if token.lemma_.lower() not in ("answer", "report"):
        return
    if token.pos_ == "VERB":
        subject = subject_of(token)
        groups = parties(frame, subject, GROUP) if subject is not None else []
    elif token.dep_ == "ROOT":  # the parser read the verb as a noun: "Los Mayos answer to X"
        groups = [r for c in token.children if c.dep_ == "compound" for r in parties(frame, c, GROUP)]
    else:
        return
    people = [r for o in prep_objects(token, "to") for r in parties(frame, o, PERSON)]
    for person in people:
        for group in groups:
            frame.emit("leader_of", person, group, token, "leader_of.answer_to.v1")


@starts(lemmas=("take", "assume", "seize"))
def _took_control(frame: Frame, token: Token) -> None:
    """'X took control of G' / 'X took command of G' / 'X took over G'."""
    if token.lemma_.lower() not in ("take", "assume", "seize") or token.pos_ != "VERB":
        return
    objects = [c for c in token.children if c.dep_ == "dobj"]
    over = any(c.dep_ == "prt" and c.lower_ == "over" for c in token.children)
    groups = [r for o in objects if over for r in parties(frame, o, GROUP)]
    groups += [r for o in objects if o.lemma_.lower() in ("control", "command", "charge", "leadership")
               for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
               for x in p.children if x.dep_ == "pobj" for r in parties(frame, x, GROUP)]
    groups += [r for o in objects if over and o.lemma_.lower() in frame.lexicon("running_nouns")
               for c in o.children if c.dep_ == "poss" for r in parties(frame, c, GROUP)]  # "its operations"
    subject = subject_of(token)
    if subject is not None and subject.lower_ in ("who", "that"):  # "X, who has taken over G"
        subject = next((v.head for v in [token, *token.ancestors] if v.dep_ == "relcl"), None)
    for person in parties(frame, subject, PERSON) if subject is not None else []:
        for group in groups:
            frame.emit("leader_of", person, group, token, "leader_of.took_control.v1")


@starts(lemmas=("pass", "fall", "go"))
def _passed_to(frame: Frame, token: Token) -> None:
    """"Leadership of G passed to X" / "G's command fell to X": X leads G."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("pass", "fall", "go"):
        return
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in ("leadership", "control", "command", "helm"):
        return
    groups = [r for c in subject.children if c.dep_ == "poss" for r in parties(frame, c, GROUP)]
    groups += [r for o in prep_objects(subject, "of") for r in parties(frame, o, GROUP)]
    if not groups:  # "leadership passed to X" after the group was named
        group = topic(frame, token, GROUP)
        groups = [group] if group is not None else []
    people = [r for o in prep_objects(token, "to") for r in parties(frame, o, PERSON)]
    people += [r for o in prep_objects(token, "to") for c in o.children if c.dep_ == "relcl"
               and c.lemma_.lower() in ("include", "comprise") for d in c.children if d.dep_ == "dobj"
               for r in parties(frame, d, PERSON)]  # "passed to a group that included A and B"
    for person in people:
        for group in groups:
            frame.emit("leader_of", person, group, token, "leader_of.passed_to.v1")


@starts(refs=PERSON)
def _official(frame: Frame, token: Token) -> None:
    """'Acting Administrator X' with an agency in the same sentence -> official_of, with the title."""
    person = frame.ref(token, *PERSON)
    if person is None or person.span.start != token.i:
        return
    titles = frame.lexicon("official_titles")
    doc = token.doc
    start = token.i
    while start > token.sent.start and doc[start - 1].lower_ in titles and doc[start - 1].is_title:
        start -= 1
    if start == token.i:
        return
    agencies = [r for r in frame.refs_in(token.sent, "agency")]
    if agencies:
        nearest = min(agencies, key=lambda r: abs(r.span.start - start))
        frame.emit("official_of", person, nearest, token, "official_of.title_before_name.v1",
                   title=doc[start:token.i].text, presupposed=True)


@starts(lemmas=(relations("state_offices"),), words=(lambda: _title_agency_heads(),))
def _office(frame: Frame, token: Token) -> None:
    """'President X', 'the US ambassador to Mexico, X', 'Secretary of State X': official_of the
    country the office serves (or the agency a title names)."""
    lemma = token.lemma_.lower()
    if lemma not in frame.lexicon("state_offices") and token.lower_ not in _title_agency_heads():
        return
    person, title = _office_person(frame, token)
    if person is None:
        return
    agency = _title_agency(frame, token)
    if agency is not None:
        frame.emit("official_of", person, agency, token, "official_of.title_agency.v1", title=title,
                   presupposed=True)
        return
    if lemma not in frame.lexicon("state_offices"):
        return
    country = _office_country(frame, token)
    if country is not None:
        frame.emit("official_of", person, country, token, "official_of.state_office.v1", title=title,
                   presupposed=True)


@cache
def _title_agency_heads() -> frozenset[str]:
    return frozenset(title.split()[-1] for title in load_patterns("relations")["title_agencies"])


def _office_person(frame: Frame, token: Token) -> tuple[Ref | None, str]:
    """The person a title names: right after it ('President X') or in apposition ('the ambassador, X')."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    person = frame.ref(nxt, *PERSON)
    if person is not None and person.span.start == token.i + 1:
        return person, token.text
    for child in token.children:
        if child.dep_ == "appos":
            found = parties(frame, child, PERSON)
            if found:
                return found[0], token.text
    return None, ""


def _title_agency(frame: Frame, token: Token) -> Ref | None:
    """'Secretary of State X': the agency the title names, when the KB knows it."""
    doc = token.doc
    for start in range(max(token.sent.start, token.i - 3), token.i + 1):
        words = " ".join(t.lower_ for t in doc[start:token.i + 1])
        name = frame.words["title_agencies"].get(words)  # type: ignore[union-attr]
        if name and frame.kb is not None:
            known = [e for e in frame.kb.lookup(name) if e.kind == "agency"]
            if known:
                frame.ents.entities.setdefault(known[0].id, known[0])
                return Ref(Span(doc, start, token.i + 1, label="agency"), known[0].id)
    return None


def _office_country(frame: Frame, token: Token) -> Ref | None:
    """The country of an office: a demonym or country on the title, else the one the sentence names."""
    from testigo.extract.rules.phrases import country_of

    for child in token.children:
        if child.dep_ in ("amod", "compound", "nmod"):
            country = country_of(frame, child)
            if country is not None:
                return country
    doc = token.doc
    if token.i > 0:
        country = country_of(frame, doc[token.i - 1])
        if country is not None:
            return country
    for word in token.sent:
        country = country_of(frame, word)
        if country is not None and not (word.i > token.i and any(
                p.lower_ == "to" for p in word.ancestors if p.i > token.i)):  # "ambassador to Mexico"
            return country
    return None


@starts(lemmas=(_hostage_verbs,))
def _held(frame: Frame, token: Token) -> None:
    """'X would be handed over to Y as a guarantee' / 'X is held by Y'."""
    if token.pos_ != "VERB":
        return
    phrases = _hostage_phrases()
    particles = tuple(c.lower_ for c in token.children if c.dep_ == "prt")
    if (token.lemma_.lower(),) + particles not in phrases and (token.lemma_.lower(),) not in phrases:
        return
    nouns = frame.lexicon("hostage_nouns")
    if token.lemma_.lower() == "hand" and not any(t.lemma_.lower() in nouns for t in token.subtree):
        return
    subject = next((c for c in token.children if c.dep_ in ("nsubjpass", "dobj")), None)
    people = parties(frame, subject, PERSON) if subject is not None else []
    holders = [r for p in token.children if p.dep_ in ("prep", "agent") and p.lower_ in ("to", "by")
               for o in p.children if o.dep_ == "pobj" for r in parties(frame, o, GROUP)]
    for person in people:
        for group in holders:
            frame.emit("held_by", person, group, token, "held_by.handed_over.v1")


@starts(words=(relations("family"),))
def _kin_subject(frame: Frame, token: Token) -> None:
    """'The brothers named with X are A, B and C': A, B and C are X's siblings (and each other's)."""
    if token.dep_ != "nsubj" or token.tag_ != "NNS" or frame.words["family"].get(token.lower_) != "sibling_of":  # type: ignore[union-attr]
        return
    verb = token.head
    if verb.lemma_ != "be":
        return
    named = [r for c in verb.children if c.dep_ == "attr" for r in parties(frame, c, PERSON)]
    others = [r for w in token.subtree if w.lower_ == "with" for o in w.children if o.dep_ == "pobj"
              for r in parties(frame, o, PERSON)]
    for one in named:
        for other in others:
            frame.emit("sibling_of", one, other, token, "sibling_of.named_with.v1")
    _named_together(frame, token, named)


@starts(words=("brothers", "sisters", "twins", "siblings"))
def _siblings_by_surname(frame: Frame, token: Token) -> None:
    """'Two twin brothers ran the network. Pedro and Ana Ruiz, 33, ...': two people coordinated under
    one surname in the sentence after 'two' siblings are introduced are those siblings."""
    if token.lower_ not in ("brothers", "sisters", "twins", "siblings") or token.tag_ != "NNS" \
            or any(c.dep_ == "poss" for c in token.children):
        return  # 'his brothers A and B': the kin rules
    doc = token.doc
    if token.sent.end >= len(doc) or not any(c.dep_ == "nummod" and c.lower_ == "two" for c in token.children):
        return  # 'Two brothers ...' introduces the pair named next; in its own sentence the kin rules read it
    for sentence in (doc[token.sent.end].sent,):
        for ref in frame.refs_in(sentence, *PERSON):
            for other in coordinated(frame, ref.span.root):
                if other.span.start > ref.span.start and _surname(frame, other) == _surname(frame, ref) != "":
                    frame.emit("sibling_of", ref, other, token, "sibling_of.shared_surname.v1", presupposed=True)


def _surname(frame: Frame, ref: Ref) -> str:
    words = frame.ents.entities[ref.entity_id].name.split()
    return words[-1].lower() if len(words) >= 2 else ""


@starts(lemmas=("work", "answer", relations("service_verbs")))
def _works_for(frame: Frame, token: Token) -> None:
    """'X works for Y': a person is a member of Y, a group a faction of it."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in ("work", "answer") and lemma not in frame.lexicon("service_verbs"):
        return
    holders = [token] + [o for o in token.children if o.dep_ == "dobj"]  # "managed money for G"
    holders += [o for h in holders[1:] for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]  # "coordinated acts of violence for G"
    groups = [r for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
              for o in p.children if o.dep_ == "pobj" and (lemma in ("work", "answer") or frame.ref(o) is not None)
              for r in parties(frame, o, GROUP)]  # a service done for "the group": too loose a guess
    subject = subject_of(token)
    if not groups or subject is None:
        return
    if subject.lower_ in ("who", "which", "that") and token.dep_ == "relcl":
        subject = token.head
    for one in parties(frame, subject, PERSON + GROUP if lemma in ("work", "answer") else PERSON):
        predicate = "member_of" if one.kind == "person" else "faction_of"
        for group in groups:
            frame.emit(predicate, one, group, token, f"{predicate}.works_for.v1")


# Every person rule, in order (rules/dispatch.py: each runs where its trigger can match).
people_rules = RuleSet(
    _appositive, _role_then_name, _unnamed_role, _named_after_kin, _kin_subject, _works_for, _predicative,
    _one_of_the_known, _took_control, _passed_to, _answer_to, _owned_faction, _whose_group, _married,
    _relative_before_name, _title_before_group, _led_by, _led_mistagged, _accused_of_leading, _respectively,
    _official, _office, _held, _siblings_by_surname, _whose_role, _group_of_person,
)
