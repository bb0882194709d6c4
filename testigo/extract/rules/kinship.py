"""Family ties: child_of, sibling_of, spouse_of.

"X, one of Z's sons"; "Z's son X"; "His son, R"; "X married Y"; "Two of his sons, A and B" (siblings);
"X's sons with his first wife, M"; "Two twin brothers ... Pedro and Ana Ruiz"; "X and Y married in 2007";
"X's marriage to Y"; "X was born to H and M"; "M gave birth to J"; "X has a son, J".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.lexicon import fold
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import subject_of
from testigo.extract.rules.phrases import (
    is_female,
    latest_siblings,
    parties,
    prep_objects,
    told_by_described_speaker,
    topic,
)
from testigo.extract.rules.salience import renamed
from testigo.extract.syntax import NAMING_VERBS, phrase_words
from testigo.extract.tokens import children

__all__ = ["coordinated", "family", "kin_noun", "kinship_rules", "named_together"]

PERSON = ("person",)
ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "youngest", "eldest", "oldest", "younger", "older",
                      "elder"})


def kin_noun(frame: Frame, token: Token) -> Token | None:
    """A family noun with a person as possessor inside an apposition ('one of X's sons')."""
    family = frame.table("family")
    for word in phrase_words(token, _in_own_phrase):
        if word.i != token.i and word.dep_ == "conj" and _another_person(frame, word):
            continue  # 'X, a former official ..., and his son Y': Y's kin noun, not X's
        if word.lower_ in family and any(
                c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in word.children):
            return word
    return None


def _another_person(frame: Frame, noun: Token) -> bool:
    """A conjunct that tells someone else: a name in apposition to it, or a possessive pronoun ('and his son')."""
    return any(c.dep_ == "appos" and frame.name(c, *PERSON) is not None
               or c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)


def _in_own_phrase(child: Token) -> bool:
    """A word of the apposition's own noun phrase, not of a clause or phrase inside it ('a figure locked in
    a struggle with the sons of X')."""
    return child.dep_ not in ("relcl", "acl", "advcl", "ccomp") and not (child.dep_ == "prep" and child.lower_ != "of")


LOVING = frozenset({"life", "domestic", "longtime", "long-time", "romantic", "common-law", "former", "late"})


def business_partner(noun: Token) -> bool:
    """'partner' with a modifier of trade ('business partner', 'criminal partner') or a partnership 'in' something
    ('his partner in the cartel', 'a partner in crime'; not 'in life'): no spouse."""
    return noun.lower_ in ("partner", "partners") and any(
        c.dep_ in ("compound", "amod") and c.lower_ not in LOVING
        or c.dep_ == "prep" and c.lower_ == "in" and not any(o.lower_ in LOVING for o in c.children)
        or c.dep_ == "nmod" and any(w.dep_ == "conj" and w.i == noun.i - 1 for w in c.children)
        for c in noun.children)  # "X's brother-in-law and business partner" parsed with 'business' a conjunct


def coordinated(frame: Frame, token: Token) -> list[Ref]:
    """The person at ``token`` and those coordinated with it ('A and B, two sons of X')."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return parties(frame, head, PERSON)


def family(frame: Frame, person: Ref, noun: Token, how: str) -> None:
    """'X, Z's son' / 'X, the son of Z' -> child_of(X, Z); father/mother the other way. A tie told
    in an apposition is presupposed; 'X is the son of Z' (``how`` "predicate") asserts it, so the
    clause's cues and its source ('According to court documents, X is ...') are the claim's."""
    family = frame.table("family")
    presupposed = how != "predicate"
    word = noun.lower_
    if business_partner(noun):
        return  # a business or criminal partner is no spouse
    relatives = _named_relatives(frame, noun)
    if any(o.pos_ == "PRON" for o in prep_objects(noun, "of")):
        relatives = _sharing_surname(frame, noun, person) or relatives  # 'a relative of his, X': X's namesake
    if not relatives:
        relatives = [r for r in misplaced_name(frame, noun) if r.entity_id != person.entity_id]
    if not relatives and (removed := _kin_of_kin(frame, noun)):
        for relative in removed:  # 'the brother of X's mother': an uncle, no sibling of X
            frame.emit("relative_of", person, relative, noun, f"relative_of.kin_of_kin_{how}.v1",
                       presupposed=presupposed)
        return
    if not relatives:
        relatives = _whose(frame, noun) or _had(frame, noun, person) or _his(frame, noun, person)
    first = _owned_before(frame, noun)
    if not relatives and first is not None:  # "his older brother, A, and a younger brother, B"
        relatives = _named_relatives(frame, first) or _whose(frame, first) or _his(frame, first, person)
    if not relatives and _counted(noun):
        relatives = _counted_kin(frame, person, noun, how, presupposed=presupposed)
    if noun.lower_ in ("partner", "partners") and not any(is_female(frame, r) for r in [person, *relatives]):
        return  # "X, his partner of forty years", "Marset's partner on the Paraguayan side": two men partners
        # in business, in these texts; 'her partner' is read as a spouse
    if word in family:
        for relative in relatives:
            predicate = family[word]
            frame.emit(predicate, person, relative, noun, f"{predicate}.{how}.v1", presupposed=presupposed)
        if family[word] == "child_of":
            _other_parent(frame, person, noun, relatives)
    elif noun.lemma_.lower() in frame.lexicon("parent_words"):
        for relative in relatives:
            frame.emit("child_of", relative, person, noun, f"child_of.parent_{how}.v1", presupposed=presupposed)


def _named_relatives(frame: Frame, noun: Token) -> list[Ref]:
    """The people a family noun is of by name: "X's son", 'the son of X', 'a cousin of the two', 'the brother
    of A, who died in 1997, and of B' (the second 'of' hung on the verb the noun completes)."""
    relatives = [r for c in children(noun) if c.dep_ == "poss" and c.pos_ != "PRON"  # 'his': see _his
                 for r in parties(frame, c, PERSON)]
    preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"]
    if noun.dep_ == "attr":
        preps += [p for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "of" and p.i > noun.i
                  and noun.doc[p.i - 1].lower_ == "and"]
    relatives += [r for prep in preps for o in prep.children if o.dep_ == "pobj"
                  for r in parties(frame, o, PERSON) or _the_two(frame, o)]
    return relatives + _second_parent(frame, noun, preps) if relatives else relatives


def _second_parent(frame: Frame, noun: Token, preps: list[Token]) -> list[Ref]:
    """'the son of H and M' parsed with M a conjunct of 'son': the person joined by a bare 'and' right after
    the of-phrase is of it too."""
    ends = {p.right_edge.i for p in preps}
    return [r for c in noun.children if c.dep_ == "conj" and c.left_edge.i >= 2
            and noun.doc[c.left_edge.i - 1].lower_ == "and" and c.left_edge.i - 2 in ends
            and (r := frame.name(c, *PERSON)) is not None and r.span.root.i == c.i]  # not 'and nephew of G, R'


def _owned_before(frame: Frame, noun: Token) -> Token | None:
    """'his wife, A, and a son, B': the family noun with an owner that a family noun without one is
    coordinated with (also through the name in apposition to it, where the parser hangs the conjunct);
    the second is of the same person."""
    if noun.dep_ != "conj" or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    first = noun.head.head if noun.head.dep_ == "appos" else noun.head
    owned = any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in first.children)
    return first if owned and _is_kin(frame, first) else None


def _counted(noun: Token) -> bool:
    """'a second son', 'A third Calle Serna brother': a kin noun counted after others named before."""
    return noun.tag_ == "NN" and any(c.dep_ == "amod" and c.lower_ in ORDINALS for c in noun.children) \
        and not any(c.dep_ in ("poss", "prep") for c in noun.children)


def _counted_kin(frame: Frame, person: Ref, noun: Token, how: str, *, presupposed: bool) -> list[Ref]:
    """Whom 'a second son' / 'a third brother' is counted with: a brother is the sibling of the people
    named before with the surname on the noun ('a third Calle Serna brother'), else of the siblings
    named last; a son is the child of the parent of the latest child named, and that child's sibling."""
    kind = frame.table("family").get(noun.lower_)
    if kind == "sibling_of":
        surname = fold(" ".join(c.text for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"))
        last = [r for r in latest_siblings(frame, noun)
                if fold(frame.ents.entities[r.entity_id].name).endswith(surname)]
        if not last and surname:  # no siblings named with that surname: everyone named so
            last = list({r.entity_id: r for r in frame.refs_before(noun, *PERSON)
                         if fold(frame.ents.entities[r.entity_id].name).endswith(surname)}.values())
        return [r for r in last if r.entity_id != person.entity_id]
    if kind != "child_of":
        return []
    before = [c for c in frame.claims.values() if c.predicate == "child_of" and c.evidence.start <= noun.idx
              and c.subject_id != person.entity_id and c.object_id]
    if not before:
        return []
    latest = max(before, key=lambda c: c.evidence.start)
    span = Span(noun.doc, noun.i, noun.i + 1, label="person")
    for child in {c.subject_id for c in before if c.object_id == latest.object_id}:
        frame.emit("sibling_of", person, Ref(span, child), noun, f"sibling_of.counted_{how}.v1",
                   presupposed=presupposed)
    return [Ref(span, latest.object_id)]  # type: ignore[arg-type]


def _the_two(frame: Frame, word: Token) -> list[Ref]:
    """'a half-brother of the two', 'a cousin of both', 'a nephew of the two brothers': the siblings the
    text named last."""
    siblings = word.lower_ in ("brothers", "sisters", "siblings") and any(
        c.lower_ in ("the", "two", "both") for c in word.children) and not any(
        c.dep_ in ("poss", "compound") for c in word.children)
    if not (word.lower_ == "two" and any(c.lower_ == "the" for c in word.children) or word.lower_ == "both"
            or siblings):
        return []
    return latest_siblings(frame, word)


def _kin_of_kin(frame: Frame, noun: Token) -> list[Ref]:
    """'the brother of X's mother', 'X's mother's brother', 'the son of X's uncle': the people named
    as the possessor of a second family noun that the first hangs from."""
    inner = [c for c in noun.children if c.dep_ == "poss" and _is_kin(frame, c)]
    inner += [o for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for o in prep.children if o.dep_ == "pobj" and _is_kin(frame, o)]
    return [r for kin in inner for c in kin.children if c.dep_ == "poss" and c.pos_ != "PRON"
            for r in parties(frame, c, PERSON)]


def _other_parent(frame: Frame, child: Ref, noun: Token, parents: list[Ref]) -> None:
    """"X's sons with his first wife, M": M is their mother and X's spouse."""
    family = frame.table("family")
    holders = [noun, noun.head] if noun.dep_ == "attr" else [noun]  # "A and B are his sons with M"
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for spouse in prep.children:
            if spouse.dep_ != "pobj" or family.get(spouse.lower_) != "spouse_of":
                continue
            named = [r for c in spouse.children if c.dep_ == "appos" for r in parties(frame, c, PERSON)]
            for mother in named:
                frame.emit("child_of", child, mother, spouse, "child_of.children_with.v1", presupposed=True)
                for parent in parents:
                    frame.emit("spouse_of", mother, parent, spouse, "spouse_of.children_with.v1", presupposed=True)


def _had(frame: Frame, noun: Token, person: Ref) -> list[Ref]:
    """'X has a son, J', 'X had two daughters, A and B': the subject of 'have' whose kin the noun names."""
    if noun.dep_ != "dobj" or noun.head.lemma_ != "have" or any(c.dep_ in ("poss", "prep") for c in noun.children):
        return []
    subject = subject_of(noun.head)
    owners = parties(frame, subject, PERSON) if subject is not None else []
    return [r for r in owners if r.entity_id != person.entity_id]


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
        if owner is not None and _told_as_child(frame, noun, owner):
            return []  # 'his sons, among them A. Another son, B': B is A's brother, not his son
        return [owner] if owner is not None and owner.entity_id != person.entity_id else []
    if any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):  # 'Their father, X': the siblings
        if frame.words["family"].get(noun.lower_) == "child_of":  # type: ignore[union-attr]
            return _couple(frame, noun)  # 'X's wife, W, ..., and their son, S': the couple's child, not a sibling's
        return [r for r in latest_siblings(frame, noun) if r.entity_id != person.entity_id]
    mine = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "my"), None)
    if mine is not None:  # '"My brother X was killed," Y said': Y's, whoever speaks the words
        return [r for r in parties(frame, mine, PERSON) if r.entity_id != person.entity_id]
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
        return []
    if noun.dep_ == "conj" and noun.head.pos_ in ("PROPN", "NOUN") and any(
            c.dep_ == "cc" and c.i < noun.i for c in noun.head.children):
        return _coordinated_owner(frame, noun, person)
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and _is_kin(frame, noun.head.head):
        return []  # "his sons with his first wife, M": M is the father's spouse (_other_parent)
    excluded = {person.entity_id}
    if noun.dep_ == "attr":
        subject = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        excluded |= {r.entity_id for r in (parties(frame, subject, PERSON) if subject is not None else [])}
        if subject is not None:  # "Two of X's sons, A and B, are his children": not A or B, maybe X
            span = noun.doc[subject.left_edge.i:subject.right_edge.i + 1]
            excluded |= {r.entity_id for r in frame.refs_in(span, *PERSON) if r.span.root.dep_ != "poss"}
    his = any(c.dep_ == "poss" and c.lower_ == "his" for c in noun.children)
    pronoun = next(c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her"))
    if told_by_described_speaker(frame, pronoun):
        return []  # 'the witness told jurors that he had worked for his brother, X': the witness's brother
    described = renamed(pronoun)  # "described X, the young wife of G, as his niece": not G, named in X's phrase
    namesake = _namesake_before(frame, noun, person, excluded)
    if namesake is not None and not (his and is_female(frame, namesake)):
        return [namesake]  # "... went to R and to D Bonavota. His brother P Bonavota": D, not R
    for ref in frame.refs_before(noun, *PERSON):
        if ref.span.start < noun.sent.start:
            break
        if ref.entity_id not in excluded and not (his and is_female(frame, ref)) \
                and ref.span.root.i not in described:  # 'his' is not a woman's
            return [_described_owner(frame, ref, excluded) or ref]
    opens = noun.sent[0].text[:1].isupper() and not any(  # a sentence of its own, no fragment cut from one
        r.span.start >= noun.sent.start for r in frame.refs_before(noun, *PERSON))
    read = [r for r in parties(frame, pronoun, PERSON) if r.entity_id not in excluded] if his and opens else []
    owner = read[0] if read else topic(frame, noun.sent[0], PERSON)  # named in the sentence before
    if owner is not None and not his and not is_female(frame, owner):
        owner = _woman_before(frame, noun, excluded) or owner  # 'her son': the woman named just before, if any
    return [owner] if owner is not None and owner.entity_id != person.entity_id else []


def _described_owner(frame: Frame, ref: Ref, excluded: set[str]) -> Ref | None:
    """'X, a former official who became one of Z's lieutenants, and his son Y': a possessor inside the words that
    describe a person named before it stands for neither; 'his' is the person described (X)."""
    if ref.span.root.dep_ != "poss":
        return None
    for word in ref.span.root.ancestors:
        above = frame.name(word, *PERSON)
        if above is not None and above.span.root.i == word.i and above.entity_id not in excluded:
            return above
    return None


def _told_as_child(frame: Frame, noun: Token, owner: Ref) -> bool:
    """'Another son, B' after 'run by his sons, among them A': when the person the text is about was named,
    in the sentence before, as someone's son (a child noun above the name), 'another son' is A's sibling."""
    if frame.words["family"].get(noun.lower_) != "child_of" or noun.sent.start == 0:  # type: ignore[union-attr]
        return False
    before = noun.doc[noun.sent.start - 1].sent
    for ref in frame.refs_before(noun, *PERSON):
        if ref.span.start < before.start:
            break
        if ref.entity_id != owner.entity_id:
            continue
        near = noun.doc[max(before.start, ref.span.start - CHILD_REACH):ref.span.start]
        family = frame.words["family"]
        if any(family.get(t.lower_) == "child_of" for t in near) and not frame.refs_in(near, *PERSON):  # type: ignore[union-attr]
            return True  # 'his sons, among them A', 'two sons, including A'
    return False


CHILD_REACH = 5  # words between a child noun and a name it introduces ('his sons, among them A')


def _coordinated_owner(frame: Frame, noun: Token, person: Ref) -> list[Ref]:
    """'loyal to X and his son Y', 'The mayor of P, X, and his wife, Y': 'his' is the one person named in the
    phrase coordinated before the kin noun, and no one else when that phrase names no one ('the old boss
    and his son')."""
    first = noun.head
    kin = first.head if first.dep_ == "appos" else first
    if _is_kin(frame, kin) and _same_owner_word(kin, noun):
        return _his(frame, kin, person)  # 'with his wife, W, and his son, S': the same man's son, not W's
    if first.dep_ == "appos" and (named_first := frame.name(first.head, *PERSON)) is not None \
            and named_first.span.root.i == first.head.i:
        return [named_first] if named_first.entity_id != person.entity_id else []  # 'X, a former official
        # who became one of Z's lieutenants, and his son Y': X, whom the first conjunct describes
    named = {r.entity_id: r for r in frame.refs_in(noun.doc[first.left_edge.i:noun.left_edge.i], *PERSON)
             if r.entity_id != person.entity_id}
    return list(named.values()) if len(named) == 1 else []


def _same_owner_word(first: Token, noun: Token) -> bool:
    """Two kin nouns owned by the same possessive pronoun ('his wife ... and his son')."""
    def owner(word: Token) -> str | None:
        return next((c.lower_ for c in word.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    return owner(first) is not None and owner(first) == owner(noun)


def _couple(frame: Frame, noun: Token) -> list[Ref]:
    """The two people of the one marriage told in ``noun``'s sentence ('X's wife, W, was detained, and their
    son ...'); none when it tells none or several."""
    start, end = noun.sent.start_char, noun.idx
    pairs = {frozenset((c.subject_id, c.object_id)) for c in frame.claims.values() if c.predicate == "spouse_of"
             and c.object_id and c.polarity.value == "positive" and start <= c.evidence.start < end + 1}
    if len(pairs) != 1:
        return []
    return [Ref.at(noun, entity, "person") for entity in sorted(next(iter(pairs)))]


HER_REACH = 6  # sentences back a woman's name may be for 'her'


def _woman_before(frame: Frame, noun: Token, excluded: set[str]) -> Ref | None:
    """The nearest woman named in the few sentences before ``noun``'s (a profile names her once, then says 'she')."""
    doc = noun.doc
    start = noun.sent.start
    for _ in range(HER_REACH):
        start = doc[start - 1].sent.start if start > 0 else start
    return next((r for r in frame.refs_before(doc[noun.sent.start], *PERSON)
                 if r.span.start >= start and r.entity_id not in excluded and is_female(frame, r)), None)


def _namesake_before(frame: Frame, noun: Token, person: Ref, excluded: set[str]) -> Ref | None:
    """The one other person named in this sentence before ``noun`` or in the sentence before who
    carries the surname of the relative ``person`` ('his brother Pasquale Bonavota' after 'Domenico
    Bonavota'); none when the relative has no surname or several people share it."""
    surname = _surname(frame, person)
    if not surname:
        return None
    start = noun.doc[noun.sent.start - 1].sent.start if noun.sent.start > 0 else noun.sent.start
    found = {r.entity_id: r for r in frame.refs_before(noun, *PERSON)
             if r.span.start >= start and r.entity_id not in excluded and _surname(frame, r) == surname}
    return next(iter(found.values())) if len(found) == 1 else None


@starts(words=(relations("family"),), lemmas=(relations("parent_words"),))
def _relative_before_name(frame: Frame, token: Token) -> None:
    """"Z's son X" / 'his brother X': a family noun followed by the person it names."""
    if not _is_kin(frame, token):
        return
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    person = frame.ref(nxt, *PERSON)
    if person is not None and person.span.start == token.i + 1:
        people = coordinated(frame, person.span.root) or [person]
        if token.tag_ == "NN" and not _plural(frame, token):
            people = [person]  # 'his brother A; B; C': the singular noun names A alone
        for one in people:  # "his brothers A, B and C"
            family(frame, one, token, "before_name")
        named_together(frame, token, people)


@starts(words=(relations("family"),), lemmas=(relations("parent_words"),))
def _named_after_kin(frame: Frame, token: Token) -> None:
    """'His son, Rubén ...' / 'Two of El Chapo's sons, A and B' / 'His mother, M': people in apposition
    to a kin noun."""
    if not _is_kin(frame, token):
        return
    holder = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and (
            token.head.head.pos_ == "NUM" or token.head.head.lower_ in ("another", "one")):
        holder = token.head.head  # "Two of his sons, A and B", "Another of X's sons, A"
    named: list[Ref] = []
    deps = ("appos", "conj") if holder.pos_ == "NUM" else ("appos",)  # "Two of his sons, A and B"
    if misplaced_name(frame, token):
        return  # "X, a brother of the cartel's founder, Y": Y is the founder, read by family()
    for child in holder.children:
        if child.dep_ in deps:
            named += [r for r in parties(frame, child, PERSON) if not _named_by_other_kin(frame, r, token)]
    if not named and holder is token:
        named = _name_set_off(frame, token) or _named_after_owner(frame, token)
    if not named and holder is not token:
        named = _named_next(frame, token)
        for person in named:  # "Two of his sons fled. A, the elder, ..."
            family(frame, person, token, "named_next")
        named_together(frame, token, named)
        return
    if holder is token and token.tag_ == "NN" and not _plural(frame, token):
        named = named[:1]  # 'his brother, A; B; C' (names listed after him): the singular noun names A alone
    for person in named:
        family(frame, person, token, "kin_apposition")
    named_together(frame, token, named)


def _named_after_owner(frame: Frame, noun: Token) -> list[Ref]:
    """'The son of H C, J C, was arrested' parsed with J in apposition to H: a person set off after the one the
    kin noun is of, who shares a surname with that one (a name of the same person, 'El M, N O', shares none);
    'a relative of his, X' parsed with X in apposition to 'his'."""
    found = []
    for owner in prep_objects(noun, "of"):
        if owner.pos_ == "PRON":  # 'a relative of his, X', X hung on 'his'
            found += [r for c in owner.children if c.dep_ == "appos" for r in parties(frame, c, PERSON)]
            continue
        first = frame.ref(owner, *PERSON)
        if first is None:
            continue
        for child in owner.children:
            other = frame.ref(child, *PERSON) if child.dep_ == "appos" else None
            if other is not None and other.entity_id != first.entity_id \
                    and _surnames(frame, other) & _surnames(frame, first):
                found.append(other)
    return found


def _sharing_surname(frame: Frame, noun: Token, person: Ref) -> list[Ref]:
    """The one other person named in ``noun``'s sentence before it or in the sentence before who shares a
    surname with ``person`` ('Los Rojos take their name from J Nava R ... led by a relative of his, Z Nava S')."""
    names = _surnames(frame, person)
    start = noun.doc[noun.sent.start - 1].sent.start if noun.sent.start > 0 else noun.sent.start
    found = {r.entity_id: r for r in frame.refs_before(noun, *PERSON) if r.span.start >= start
             and r.entity_id != person.entity_id and names & _surnames(frame, r)}
    return list(found.values()) if len(found) == 1 else []


def _surnames(frame: Frame, ref: Ref) -> set[str]:
    """The words of a person's name after the given name ('Guzmán', 'López' of 'Ovidio Guzmán López')."""
    return set(frame.ents.entities[ref.entity_id].name.lower().split()[1:])


def _named_next(frame: Frame, noun: Token) -> list[Ref]:
    """'Two of his own sons crossed the line before him. A S, who ..., began ...': the people the next sentence
    opens with as its subject are those children (brothers), when each carries the surname of the one whose
    kin they are (a name with no surname, or another, is someone else)."""
    doc = noun.doc
    if noun.sent.end >= len(doc) or frame.table("family").get(noun.lower_) not in ("child_of", "sibling_of"):
        return []
    opening = doc[noun.sent.end]
    first = frame.ref(opening, *PERSON)
    if first is None or first.span.start != opening.i or first.span.root.dep_ not in ("nsubj", "nsubjpass"):
        return []
    people = coordinated(frame, first.span.root) or [first]
    owners = _named_relatives(frame, noun) or [r for p in people[:1] for r in _his(frame, noun, p)]
    surnames = {_surname(frame, r) for r in owners}
    if len(surnames) != 1 or "" in surnames:
        return []
    return [r for r in people if _surname(frame, r) in surnames and r.entity_id not in {o.entity_id for o in owners}]


def _name_set_off(frame: Frame, noun: Token) -> list[Ref]:
    """'met his cousin, A, in Quito' parsed with A hung on the verb: the person named right after the comma
    that follows an owned kin noun ('his', "X's"), the name closing its phrase (a comma, a stop, a
    parenthesis or a quoted nickname after it)."""
    doc, i = noun.doc, noun.i + 2
    if i >= noun.sent.end or doc[noun.i + 1].text != "," or not any(c.dep_ == "poss" for c in noun.children):
        return []
    ref = frame.ref(doc[i], *PERSON)
    if ref is None or ref.span.start != i or ref.span.root.dep_ in ("nsubj", "nsubjpass"):
        return []  # 'his cousin, A said': A speaks
    after = doc[ref.span.end] if ref.span.end < noun.sent.end else None
    return [ref] if after is None or after.text in (",", ".", ";", ")", "(") or after.is_quote else []


def _named_by_other_kin(frame: Frame, ref: Ref, noun: Token) -> bool:
    """'His wife, A, and a son, B': B is in apposition to 'son', not to 'wife'."""
    root = ref.span.root
    return root.dep_ == "appos" and root.head.i != noun.i and _is_kin(frame, root.head)


def misplaced_name(frame: Frame, noun: Token) -> list[Ref]:
    """'X, a brother of the cartel's late founder, Y' parsed with Y in apposition to 'brother': when
    the kin noun already renames a person and its 'of' names someone only by a role, the name after
    that role is the role's holder."""
    if noun.dep_ != "appos" or _person_or_nickname(frame, noun.head) is None:
        return []
    roles = [o for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
             for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and frame.name(o) is None
             and not _is_kin(frame, o)]
    if not roles:
        return []
    after = roles[0].right_edge.i + 1  # the name follows the role after a comma, hung on either noun
    if after < len(noun.doc) and noun.doc[after].text != ",":
        return _name_after_role(frame, roles[0])
    if after >= len(noun.doc):
        return []
    return [r for c in [*noun.children, *noun.head.children] if c.dep_ == "appos" and c.left_edge.i == after + 1
            for r in parties(frame, c, PERSON)]


def _name_after_role(frame: Frame, role: Token) -> list[Ref]:
    """'a son of the imprisoned drug lord Joaquín Guzmán', parsed with the name torn off the role: the
    person named right after the role, past at most two more lower-case role words ('lord', 'boss')."""
    doc, i = role.doc, role.right_edge.i + 1
    while i < len(doc) and i <= role.right_edge.i + 2 and doc[i].is_lower and doc[i].is_alpha:
        i += 1
    ref = frame.ref(doc[i], *PERSON) if i < len(doc) else None
    return [ref] if ref is not None and ref.span.start == i else []


def _person_or_nickname(frame: Frame, token: Token) -> Ref | None:
    """The person at ``token``, also through a nickname ('X, known as "Y", a son of Z' hangs on Y)."""
    ref = frame.ref(token, *PERSON)
    if ref is None and token.dep_ == "pobj" and token.head.lower_ == "as":
        naming = token.head.head
        if naming.dep_ == "acl" and naming.lemma_.lower() in NAMING_VERBS:
            ref = frame.ref(naming.head, *PERSON)
    return ref


@starts(words=(relations("family"),), lemmas=(relations("parent_words"),))
def _kin_after_nickname(frame: Frame, token: Token) -> None:
    """'X, known as "Y", a brother of Z': the parser hangs the kin noun on 'as' beside the nickname;
    it renames X all the same."""
    if not _is_kin(frame, token) or token.dep_ != "pobj" or token.head.lower_ != "as":
        return
    naming = token.head.head
    if naming.dep_ != "acl" or naming.lemma_.lower() not in NAMING_VERBS or not any(
            c.dep_ == "pobj" and c.i < token.i for c in token.head.children):
        return  # "known as a brother of Z" names no nickname first: a description, read elsewhere
    person = frame.ref(naming.head, *PERSON)
    if person is not None:
        family(frame, person, token, "after_nickname")


def _is_kin(frame: Frame, token: Token) -> bool:
    """A family noun ('son', 'cousin') or a parent's ('mother')."""
    return token.lower_ in frame.table("family") or (
        token.pos_ == "NOUN" and token.lemma_.lower() in frame.lexicon("parent_words"))


def _plural(frame: Frame, noun: Token) -> bool:
    """A plural kin noun, also one the tagger reads as singular or an adjective ('brothers-in-law': its lemma is
    the singular, patterns/entities.yaml whole_words)."""
    lemma = noun.lemma_.lower()
    return noun.tag_ == "NNS" or lemma != noun.lower_ and lemma in frame.table("family")


def named_together(frame: Frame, noun: Token, people: list[Ref]) -> None:
    """'two sons of X, A and B' / 'his brothers A, B and C': the people named are siblings; 'the cousins A and
    B', 'the brothers-in-law A and B' (no one's): relatives of each other."""
    people = [r for r in people if not _semicolon_between(noun, r)]
    if noun.lower_ in frame.lexicon("mutual_kin") and not any(
            c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        for i, one in enumerate(people):
            for other in people[i + 1:]:
                frame.emit("relative_of", one, other, noun, "relative_of.named_together.v1", presupposed=True)
        return
    if not _plural(frame, noun) or frame.table("family").get(noun.lower_) not in ("child_of", "sibling_of"):
        return
    if any(o.tag_ in ("NNS", "NNPS") and frame.name(o) is None for p in noun.children
           if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
        return  # "A and B, the sons of two police chiefs": children of several parents
    for i, one in enumerate(people):
        for other in people[i + 1:]:
            frame.emit("sibling_of", one, other, noun, "sibling_of.named_together.v1", presupposed=True)


def _semicolon_between(noun: Token, ref: Ref) -> bool:
    """'the brothers A and B; C; and D': a semicolon closes the list the kin noun heads."""
    start, end = sorted((noun.i, ref.span.start))
    return any(t.text == ";" for t in noun.doc[start:end])


@starts(lemmas=(relations("spouse_verbs"),))
def _married(frame: Frame, token: Token) -> None:
    """'X married Y' -> spouse_of."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("spouse_verbs"):
        return
    subject = subject_of(token)
    people = parties(frame, subject, PERSON) if subject is not None else []
    spouses = [r for c in token.children if c.dep_ == "dobj" for r in parties(frame, c, PERSON)]
    _married_into(frame, token, people, [c for c in token.children if c.dep_ == "dobj"])
    if not any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("to", "into") for c in token.children):
        if token.dep_ == "relcl" and subject is not None and subject.lower_ == "who":
            people = coordinated(frame, token.head) or people  # 'A and B, who married in 2010': the clause on B
        _married_couple(frame, token, people)
        return
    for person in people:
        for spouse in spouses:
            frame.emit("spouse_of", person, spouse, token, "spouse_of.married.v1")


def _married_into(frame: Frame, verb: Token, people: list[Ref], spouses: list[Token]) -> None:
    """'X married Z's daughter', 'X, who was married to the sister of Z': a spouse named only as Z's kin makes
    X Z's relative by marriage."""
    for spouse in spouses:
        if not _is_kin(frame, spouse) or parties(frame, spouse, PERSON):
            continue  # 'married his cousin, Y': Y is the spouse
        owners = _named_relatives(frame, spouse)
        for person in people:
            for owner in owners:
                if owner.entity_id != person.entity_id:
                    frame.emit("relative_of", person, owner, verb, "relative_of.married_into.v1")


def _married_couple(frame: Frame, verb: Token, people: list[Ref]) -> None:
    """'X and Y married in 2007', 'X and Y were married (divorced) in 2016': the two people of the subject, with
    no one named as the spouse (not 'married into the family', 'married to Z')."""
    pair = {r.entity_id: r for r in people}
    if len(pair) != 2:
        return
    one, other = pair.values()
    frame.emit("spouse_of", one, other, verb, "spouse_of.married.v1")


@starts(words=("marriage", "marriages"))
def _marriage(frame: Frame, token: Token) -> None:
    """"X's marriage to Y", 'the marriage of X and Y', 'X's marriage with Y': spouses (the marriage presupposed)."""
    if token.lower_ not in ("marriage", "marriages"):
        return
    owners = [r for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON" for r in parties(frame, c, PERSON)]
    to = [r for word in ("to", "with") for o in prep_objects(token, word) for r in parties(frame, o, PERSON)]
    if not owners:
        couple = {r.entity_id: r for o in prep_objects(token, "of") for r in parties(frame, o, PERSON)}
        if len(couple) == 2 and not to:
            one, other = couple.values()
            frame.emit("spouse_of", one, other, token, "spouse_of.marriage.v1", presupposed=True)
        return
    for person in owners:
        for spouse in to:
            frame.emit("spouse_of", person, spouse, token, "spouse_of.marriage.v1", presupposed=True)


@starts(words=("born",))
def _born_to(frame: Frame, token: Token) -> None:
    """'X was born to H and M', 'X, born to H in 1990,': the parents named after 'to'."""
    if token.lower_ != "born" or token.tag_ != "VBN":
        return
    parents = [r for o in prep_objects(token, "to") for r in parties(frame, o, PERSON)]
    if not parents:
        return
    if token.dep_ == "acl":
        children = parties(frame, token.head, PERSON)
    else:
        subject = next((c for c in token.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        children = parties(frame, subject, PERSON) if subject is not None else []
    for child in children:
        for parent in parents:
            if parent.entity_id != child.entity_id:
                frame.emit("child_of", child, parent, token, "child_of.born_to.v1")


@starts(words=("birth",))
def _gave_birth(frame: Frame, token: Token) -> None:
    """'M gave birth to J': J is M's child."""
    if token.lower_ != "birth" or token.dep_ != "dobj" or token.head.lemma_ != "give":
        return
    verb = token.head
    children = [r for o in prep_objects(verb, "to") + prep_objects(token, "to") for r in parties(frame, o, PERSON)]
    subject = subject_of(verb)
    for mother in parties(frame, subject, PERSON) if subject is not None and children else []:
        for child in children:
            if child.entity_id != mother.entity_id:
                frame.emit("child_of", child, mother, token, "child_of.gave_birth.v1")


@starts(words=("married", "wed"))
def _married_to(frame: Frame, token: Token) -> None:
    """'X is (was, has been) married to Y' -> spouse_of: the subject of the copula (or of the passive)
    and the object of 'to' ('X is married to his sister, Y': Y, as the apposition names her)."""
    if token.dep_ not in ("acomp", "ROOT", "conj", "acl", "relcl") or token.pos_ not in ("ADJ", "VERB"):
        return
    spouses = [r for p in token.children if p.dep_ == "prep" and p.lower_ == "to"
               for o in p.children if o.dep_ == "pobj" for r in parties(frame, o, PERSON)]
    if token.dep_ != "relcl":  # 'X, who married Y's sister': _married
        married = parties(frame, token.head, PERSON) if token.dep_ == "acl" else [
            r for c in (token.head if token.dep_ == "acomp" else token).children if c.dep_ in ("nsubj", "nsubjpass")
            for r in parties(frame, c, PERSON)]
        if not married and (subject := subject_of(token)) is not None:
            married = parties(frame, subject, PERSON)  # 'X, who was married to Z's sister'
        _married_into(frame, token, married, prep_objects(token, "to"))
    if not spouses or token.dep_ == "relcl":
        return
    if token.dep_ == "acl":  # 'X, married to Y, ...'
        for person in parties(frame, token.head, PERSON):
            for spouse in spouses:
                frame.emit("spouse_of", person, spouse, token, "spouse_of.married_to.v1", presupposed=True)
        return
    holder = token.head if token.dep_ == "acomp" else token
    subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for person in parties(frame, subject, PERSON) if subject is not None else []:
        for spouse in spouses:
            frame.emit("spouse_of", person, spouse, token, "spouse_of.married_to.v1")


@starts(words=(relations("family"),))
def _kin_subject(frame: Frame, token: Token) -> None:
    """'The brothers named with X are A, B and C': A, B and C are X's siblings (and each other's)."""
    if token.dep_ != "nsubj" or token.tag_ != "NNS" or frame.table("family").get(token.lower_) != "sibling_of":
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
    named_together(frame, token, named)


SIDE_BY_SIDE = frozenset({"sibling_of", "relative_of", "spouse_of"})


@starts(words=(relations("family"),))
def _kin_together(frame: Frame, token: Token) -> None:
    """'A and B are brothers (cousins)': coordinated people said to be kin of one kind to each other."""
    if token.dep_ not in ("attr", "acomp") or not _plural(frame, token) or token.head.lemma_ != "be" \
            or frame.table("family").get(token.lower_) not in SIDE_BY_SIDE:
        return
    if any(c.dep_ in ("poss", "prep") for c in token.children):
        return  # "A and B are X's brothers", "brothers of X": the kin rules
    subject = subject_of(token.head)
    people = parties(frame, subject, PERSON) if subject is not None else []
    if subject is not None and subject.lower_ == "who" and token.head.dep_ == "relcl":
        people = coordinated(frame, token.head.head) or people  # 'A and B, who are cousins': the clause on B
    predicate = frame.table("family")[token.lower_]
    for i, one in enumerate(people):
        for other in people[i + 1:]:
            frame.emit(predicate, one, other, token.head, f"{predicate}.kin_together.v1")


@starts(words=("related",))
def _related_to(frame: Frame, token: Token) -> None:
    """'X is related to Y' (by blood, by marriage): relatives. Only people on both sides."""
    if token.lower_ != "related" or token.pos_ not in ("ADJ", "VERB") or token.dep_ not in ("acomp", "ROOT", "conj"):
        return
    kin = [r for o in prep_objects(token, "to") for r in parties(frame, o, PERSON)]
    holder = token.head if token.dep_ == "acomp" else token
    subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None) if kin else None
    for person in parties(frame, subject, PERSON) if subject is not None else []:
        for other in kin:
            frame.emit("relative_of", person, other, token, "relative_of.related_to.v1")


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


@starts(words=("brothers", "sisters", "twins", "siblings"))
def _siblings_with_aliases(frame: Frame, token: Token) -> None:
    """'the brothers A, alias "a", and B, alias "b"', 'two brothers, A, "a", and B, "b"': the list of names
    right after the plural, each with its nickname set off after it, are siblings (the parser scatters such
    a list; plain lists are read where the parse holds, 'his brothers A and B')."""
    if token.lower_ not in ("brothers", "sisters", "twins", "siblings") or token.tag_ != "NNS" \
            or any(c.dep_ == "poss" for c in token.children):
        return
    i = token.i + 1 + (token.i + 1 < token.sent.end and token.doc[token.i + 1].text == ",")
    first = frame.ref(token.doc[i], *PERSON) if i < token.sent.end else None
    if first is None or first.span.start != i:
        return
    people = [r for r in frame.listed_with(first, token) if r is not None and r.kind == "person"]
    if len(people) >= 2:
        named_together(frame, token, people)


def _surname(frame: Frame, ref: Ref) -> str:
    words = frame.ents.entities[ref.entity_id].name.split()
    return words[-1].lower() if len(words) >= 2 else ""


# The family rules, in order (rules/dispatch.py: each runs where its trigger can match).
kinship_rules = RuleSet(
    _named_after_kin, _kin_after_nickname, _kin_subject, _married, _married_to, _marriage, _born_to,
    _gave_birth, _relative_before_name,
    _siblings_by_surname,
    _siblings_with_aliases, _kin_together, _related_to,
)
