"""Events and activities: arrested, charged, extradited, killed, designated, authored,
traffics and operates_in.

Verb frames read the active ("the United States arrested X and Y") and the passive
("X was arrested in July 2024", "X and Y have been designated as FTOs by Z"),
including relative clauses ("Z, a leader of Y who was arrested ..."); noun frames
read "the arrest of X by Y". Events carry the dates and places of their clause.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from testigo.extract.dates import find_dates
from testigo.extract.entities import Ref
from testigo.extract.event_dates import occasion_verb
from testigo.extract.frame import Frame
from testigo.extract.lexicon import load_patterns
from testigo.extract.rules.custody import custody_rules
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import mistagged_verb, subject_of
from testigo.extract.rules.justice import justice_rules
from testigo.extract.rules.phrases import GROUP, parties, prep_objects, relative_antecedent, seat_of_government
from testigo.extract.rules.plural_people import detained_people, named_after
from testigo.extract.rules.presence import owning_groups, part_described, presence_rules, trailing_groups
from testigo.extract.rules.trafficking import trafficking_rules
from testigo.extract.syntax import NAMING_VERBS, agent_objects, phrase_words
from testigo.extract.tokens import children
from testigo.model import DateValue

__all__ = ["country_modifier", "designation_verb", "event_rules", "listing_label", "set_off_name"]

PERSON = ("person",)
AUTHORITY = ("agency", "country")
PLACES = ("place", "country")


def _objects(token: Token, deps: tuple[str, ...], words: tuple[str, ...] = ()) -> list[Token]:
    """Children with the given relations, and objects of the given prepositions ('in and around P')."""
    found = [c for c in token.children if c.dep_ in deps]
    for prep in token.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in words:
            for one in [prep, *(c for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP")]:
                found.extend(o for o in one.children if o.dep_ == "pobj")
    return found


def _agents(frame: Frame, verb: Token, kinds: tuple[str, ...] = AUTHORITY) -> list[Ref]:
    """'by Y' anywhere in the verb's clause, as long as Y is an authority (or of ``kinds``)."""
    found = []
    taken = [c for a in agent_objects(verb) for c in a.children if c.dep_ == "conj" and _takes_subject(c)]
    for token in verb.subtree:
        if token.lower_ == "by" and token.dep_ in ("agent", "prep") and not (
                token.head.pos_ == "VERB" and token.head.i != verb.i):  # not "X, described by Y as ..., was"
            found += [r for o in token.children if o.dep_ == "pobj" for r in parties(frame, o, kinds) + _serving(
                frame, o, kinds) if not any(t.left_edge.i <= r.span.start <= t.right_edge.i for t in taken)]
    return found


def _taken_subject(verb: Token) -> Token | None:
    """'X was killed by a bomb and the president, Y, was shot dead': the parser may hang the subject of a second
    passive as a conjunct of the first one's agent; the conjunct that ends right before the second verb's
    auxiliary (commas between), when that verb has no subject of its own."""
    aux = next((c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i), None)
    if aux is None:
        return None
    k = aux.i - 1
    while k > verb.sent.start and verb.doc[k].is_punct:
        k -= 1
    taken = next((a for a in [verb.doc[k], *verb.doc[k].ancestors] if a.dep_ == "conj" and k <= a.right_edge.i < aux.i
                  and a.head.dep_ == "pobj" and a.head.head.dep_ == "agent" and a.head.head.head.i != verb.i), None)
    if taken is None or any(c.dep_ in ("nsubj", "nsubjpass") and c.i > taken.head.head.head.i for c in verb.children):
        return None  # a subject of its own (one before the first verb is the parser's guess across both clauses)
    return taken


def _takes_subject(noun: Token) -> bool:
    """A conjunct of an agent that is the subject of the passive after it (``_taken_subject``)."""
    doc = noun.doc
    k = noun.right_edge.i + 1
    while k < noun.sent.end and doc[k].is_punct:
        k += 1
    taken = _taken_subject(doc[k].head) if k < noun.sent.end and doc[k].dep_ == "auxpass" else None
    return taken is not None and taken.i == noun.i


def _serving(frame: Frame, agent: Token, kinds: tuple[str, ...]) -> list[Ref]:
    """'by hitmen working for Y', 'by gunmen loyal to Y', 'by men who worked for Y', 'by gunmen from Y': the group
    the unnamed agents serve."""
    if frame.name(agent) is not None or agent.pos_ != "NOUN":
        return []
    return [r for c in agent.children if c.dep_ in ("acl", "amod", "relcl") and c.lemma_.lower() in frame.lexicon(
        "serving_words") for p in ("for", "to") for o in prep_objects(c, p) for r in parties(frame, o, kinds)] + [
        r for o in prep_objects(agent, "from") for r in parties(frame, o, kinds)]  # "by gunmen from Y"


_ORDER_NOUNS = frozenset({"order", "orders", "behest", "instruction", "instructions", "command"})


def _ordered_by(frame: Frame, verb: Token, kinds: tuple[str, ...]) -> list[Ref]:
    """'X was shot dead, allegedly on the orders of G' / 'at the behest of G': who had the killing done."""
    return [r for token in verb.subtree if token.lower_ == "of" and token.head.lower_ in _ORDER_NOUNS
            and token.head.head.lower_ in ("on", "at", "under") and token.head.head.head.i == verb.i
            for o in token.children if o.dep_ == "pobj" for r in parties(frame, o, kinds)]


def _relcl_antecedent(token: Token) -> Token | None:
    """'Z, a leader of Y who was arrested': the person the relative clause is about."""
    if token.dep_ != "relcl":
        return None
    head = token.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ == "one":
        head = head.head.head  # "X, one of the groups that ..."
    if head.dep_ == "pobj" and head.head.lower_ == "among" and head.head.head.pos_ in ("VERB", "AUX"):
        subject = subject_of(head.head.head)  # "X was among 29 prisoners that ..."
        head = subject if subject is not None else head
    if _kin_of_apposition(head) and token.doc[token.left_edge.i - 1].text == ",":
        head = head.head.head  # "X, the brother of Y, who was shot dead": a second phrase set off after X
    while head.dep_ == "appos" and head.head.i != head.i:
        head = head.head
    return head


def _kin_of_apposition(head: Token) -> bool:
    """'the brother of Y' in apposition to a name ('X, the brother of Y'), with Y at ``head``."""
    noun = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    return noun is not None and noun.dep_ == "appos" and noun.head.pos_ == "PROPN" \
        and noun.lower_ in _family_nouns()


@cache
def _family_nouns() -> frozenset[str]:
    return frozenset(load_patterns("relations")["family"])


def _inverted(verb: Token) -> list[Token]:
    """'Named in the indictment are A, B and C', 'Arrested in the raid were A and B': a passive told
    subject last, the parser hanging the subject on the auxiliary."""
    aux = next((a for a in verb.children if a.dep_ == "auxpass" and a.i > verb.i), None)
    if verb.tag_ != "VBN" or aux is None or any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
                                                for c in verb.children):
        return []
    return [c for c in [*aux.children, *verb.children] if c.dep_ in ("nsubj", "nsubjpass", "attr") and c.i > aux.i]


_TIME_PREPS = frozenset({"before", "after", "since", "upon", "on", "following", "until"})


def _patients(frame: Frame, verb: Token, kinds: tuple[str, ...]) -> list[Ref]:
    if (taken := _taken_subject(verb)) is not None:
        return parties(frame, taken, kinds)  # "X was killed by a bomb and the president, Y, was shot dead"
    passive = [c for c in children(verb) if c.dep_ == "nsubjpass"] or _inverted(verb)
    if passive and passive[0].lower_ in ("who", "which", "that"):
        antecedent = _relcl_antecedent(verb)
        return parties(frame, antecedent, kinds) if antecedent is not None else []
    if passive:  # the parser may give two subjects ('the cartel that ruled P until its leader, X, was killed')
        return [r for p in passive for r in parties(frame, p, kinds)]
    if verb.dep_ == "pcomp" and verb.head.lower_ in _TIME_PREPS and verb.head.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "auxpass" for c in children(verb)) and not any(c.dep_ == "dobj" for c in children(verb)):
        subject = subject_of(verb.head.head)  # "X spent a decade in prison before being extradited"
        return parties(frame, subject, kinds) if subject is not None else []
    if verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in children(verb)) \
            and not any(c.dep_ == "dobj" for c in children(verb)):
        subject = subject_of(verb)  # "X is believed to have been killed by Y"
        return parties(frame, subject, kinds) if subject is not None else []
    if verb.dep_ == "conj" and not any(c.dep_ in ("dobj", "nsubj") and not _time_word(c) for c in children(verb)) \
            and any(c.dep_ == "nsubjpass" for c in children(verb.head)):
        return _patients(frame, verb.head, kinds)  # "X was arrested in 2023 and extradited in 2024"
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) \
            and not any(c.dep_ in ("dobj", "nsubj") for c in verb.children):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return parties(frame, subject, kinds) if subject is not None else []  # "X took over and was arrested"
    if _participle(verb):  # "X, a cartel figure killed by the army in 2010": the noun the participle describes
        if not list(verb.children) and detained_people(frame, verb.head):
            return []  # "the persons detained were brought before a judge": arrests told before, not a new one
        head = verb.head
        while head.dep_ == "appos" and head.head.i != head.i:
            head = head.head
        one = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if one is not None and one.lower_ == "one" and one.dep_ == "attr" and frame.name(head) is None \
                and (subject := subject_of(one.head)) is not None:
            return parties(frame, subject, kinds)  # "X was one of five men arrested in Cali"
        return parties(frame, head, kinds)
    objects = [o for o in _objects(verb, ("dobj",)) if o.lower_ not in ("that", "which", "who", "whom")]
    if len(objects) == 1 and parties(frame, objects[0], kinds):
        objects += _objects_on_verb(verb, objects[0])
    if not objects and any(c.dep_ == "nsubj" for c in verb.children):  # "arrested this Friday in P, S, X"
        objects = _after_place(frame, verb, kinds) or _object_as_subject(verb)
    if not objects and verb.dep_ == "relcl":  # "the groups that the US designated as ..."
        antecedent = _relcl_antecedent(verb)
        return parties(frame, antecedent, kinds) if antecedent is not None else []
    named = [r for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in ("identify", "name")
             for o in prep_objects(c, "as")  # "detained two men, identified as A and B" (also 'Jorge Alberto "N"')
             for r in parties(frame, o, kinds) or frame.refs_in(o.doc[o.left_edge.i:o.right_edge.i + 1], *kinds)]
    if objects and named and all(frame.name(o) is None and o.pos_ == "NOUN" for o in objects):
        return named
    return [r for o in objects for r in parties(frame, o, kinds)]


def _objects_on_verb(verb: Token, first: Token) -> list[Token]:
    """'charged A, known as "Z," and his brother B with ...': after an apposition closed by a comma the
    parser may coordinate the second object with the verb; a noun conjoined to the verb after its first
    object, which is one of the event's own (not 'executed warrants against A; B; and C', where the verb's
    object is the warrant; not a clause: 'arrested A and his brother fled' has a verb)."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > first.i
            and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children)]


def _counted_then_named(frame: Frame, verb: Token) -> list[Ref]:
    """'Police arrested three men on Friday: A, B and C', 'three men it said it had arrested: A, B and C':
    the event's patient only counted, the people it counts named after it (plural_people.named_after)."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in verb.children):
        heads.append(verb.head)
    elif verb.dep_ == "ccomp" and verb.head.dep_ == "relcl":  # "three men it said it had arrested"
        heads.append(verb.head.head)
    return [r for head in heads for r in named_after(frame, head)]


def _fronted_subject(verb: Token) -> Token | None:
    """'In 2015 marines killed X': after a fronted 'In YEAR' with no comma the parser reads 'YEAR marines' as
    one noun and the verb as its participle; the noun is the subject (the verb has an object of its own)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return noun if noun.dep_ == "pobj" and noun.head.dep_ == "ROOT" and noun.head.pos_ == "ADP" \
        and any(c.dep_ == "nummod" for c in noun.children) else None


def _object_as_subject(verb: Token) -> list[Token]:
    """'personnel detained a man identified as X, alias "Y", in P': the parser may read the object as the
    subject of a clause it builds from what follows ('a man ... alias'); the noun right after the verb."""
    return [s for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i > verb.i
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.left_edge.i == verb.i + 1]


def _participle(verb: Token) -> bool:
    """'a trafficker killed by soldiers', 'X, arrested in May, ...': a past participle that describes a noun
    (a passive with no auxiliary)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children)


def _after_place(frame: Frame, verb: Token, kinds: tuple[str, ...]) -> list[Token]:
    """'arrested this Friday in Culiacán, Sinaloa, X', 'detained in the municipality of T, J, X': official
    texts translated from Spanish put the object after the place, and the parser hangs it on the place."""
    places = [w for p in verb.children if p.dep_ == "prep" and p.i > verb.i for w in p.subtree
              if frame.ref(w, "place") is not None]
    return [c for w in places for c in w.children if c.dep_ in ("conj", "appos") and c.i > w.i
            and frame.ref(c, *kinds) is not None]


HEADER_TOKENS = 120


def _issuing_office(frame: Frame, token: Token, predicate: str) -> list[Ref]:
    """The prosecuting office that issues the text (named in its header, before its first clause): the
    agency behind the charges it announces with no agent named, and behind the arrests of the release's
    own day ('The three were detained this Wednesday'); not behind an arrest told as background."""
    doc = token.doc
    first = next((t.i for t in doc[:HEADER_TOKENS] if t.tag_ in ("VBD", "VBZ", "VBP", "MD")), 0)
    words = frame.lexicon("prosecuting_words")
    offices = [r for r in frame.refs_in(doc[:first], "agency")
               if words & set(frame.ents.entities[r.entity_id].name.lower().split())
               or any(w.lower_ in words for w in r.span)]
    if not offices or token.i < first:
        return []
    if predicate == "arrested":
        published = (frame.document.published or "")[:10]
        dates = frame.when_and_where(token)[0]
        if not published or not any(d.value == published for d in dates):
            return []
    return offices[-1:]  # "Department of Justice / U.S. Attorney's Office": the office under the department


def _dated_by_release(frame: Frame, token: Token) -> None:
    """'Each is charged with conspiracy ...' in a prosecuting office's release: the charges it announces,
    told in the present with no date or place of their own, are those of the release's day and of the
    city of its dateline ('NEW YORK - '), where the office brings them."""
    published = (frame.document.published or "")[:10]
    present = any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in token.children) \
        or token.tag_ in ("VBZ", "VBP")
    if not present:
        return
    dates, places = frame.when_and_where(token)
    if published and not dates:
        dates = (DateValue(text=published, value=published, precision="day"),)
    city = frame.dateline_place() if not places else None
    if city is not None:
        places = (frame.ents.entities[city.entity_id].name,)
    frame.times[token.i] = (dates, places)


def _time_word(token: Token) -> bool:
    """'extradited ... that December' parsed with 'that' as the object: a word of the time after it."""
    doc = token.doc
    return token.lower_ in ("that", "this") and token.i + 1 < len(doc) and doc[token.i + 1].dep_ == "npadvmod"


def _together_with(frame: Frame, verb: Token, kinds: tuple[str, ...] = PERSON) -> list[Ref]:
    """'X was arrested ..., together with Y' / 'along with Y': Y shares the event. The parser hangs 'with' on
    the verb or on 'along'; a name set off after 'his driver,' may hang on the verb by itself."""
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
             and any(c.lower_ in ("together", "along") for c in p.children)]
    preps += [w for p in verb.children if p.dep_ == "prep" and p.lower_ in ("together", "along")
              for w in p.children if w.dep_ == "prep" and w.lower_ == "with"]
    return [r for o in (o for p in preps for o in p.children if o.dep_ == "pobj")
            for r in parties(frame, o, kinds) or [r for c in set_off_name(o, verb) for r in parties(frame, c, kinds)]]


def set_off_name(noun: Token, verb: Token) -> list[Token]:
    """'along with his driver, Y', 'together with the chief of the air force, Y': the name set off after a
    description, which the parser may hang on the verb by itself."""
    end = noun.right_edge.i
    if noun.pos_ != "NOUN" or end + 2 >= len(noun.doc) or noun.doc[end + 1].text != ",":
        return []
    return [c for c in verb.children if c.dep_ in ("npadvmod", "appos", "oprd") and c.pos_ == "PROPN"
            and c.left_edge.i == end + 2]


def attempted(frame: Frame, token: Token) -> bool:
    """'tried to kill X', 'a plot to kill X', 'seeking to extradite X': the event did not (yet) happen."""
    words = frame.lexicon("attempt_words")
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].lower_ == "to" and doc[token.i - 2].lemma_.lower() in words:
        return True  # the parser may hang "a plot to kill X" anywhere
    return token.dep_ in ("xcomp", "acl", "advcl") and token.head.lemma_.lower() in words \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


# Verbs of the charge family whose negation leaves the charge standing ("was never convicted", "was not
# sentenced"): an acquittal or a pending case, not a denial that X was charged.
UNCHARGING = frozenset({"convict", "sentence"})


def _private_accuser(frame: Frame, accuser: Token | None) -> bool:
    """'Opposition politicians accused X of ...', 'his brothers accused X', 'Los X accused Y': an accuser
    who is neither an authority ('prosecutors', 'the DEA') nor a filing ('the indictment') makes a
    reproach, not a charge. A pronoun stays a charge: what it stands for is not known here."""
    if accuser is None or parties(frame, accuser, AUTHORITY):
        return False
    if parties(frame, accuser, PERSON + GROUP):
        return True
    return accuser.pos_ == "NOUN" and accuser.lemma_.lower() not in frame.lexicon("authority_nouns", "report_words") \
        and accuser.lower_ not in frame.table("events")["charged"]["nouns"]  # "unsealed charges accusing X of"


def event_verb(frame: Frame, token: Token, predicate: str, *, people: list[Ref] | None = None,
               rule: str | None = None) -> None:
    """An event told by its verb; ``people`` are the ones it happened to when the clause has no
    subject of its own ('Arrested by soldiers in May.' in a list under a name); ``rule`` names a
    rule that reads the event from other words than the verbs of patterns/relations.yaml."""
    if attempted(frame, token):
        return
    if predicate == "charged" and token.lemma_.lower() in UNCHARGING and any(
            c.dep_ == "neg" or c.lower_ == "never" for c in token.children):
        return  # "X has never been convicted": no denial that X was charged
    if predicate == "arrested" and token.lemma_.lower() in frame.lexicon("kidnap_verbs") and any(
            t.i != token.i and t.lemma_.lower() in frame.lexicon("kidnap_nouns", "kidnap_verbs") - {"hold", "seize"}
            and t.i < token.i and t.dep_ not in ("compound", "amod", "nmod") for t in token.sent):
        return  # "the kidnapping of a team of reporters, who were seized in March": taken, not arrested
    given = people is not None
    people = people if people is not None else _patients(frame, token, PERSON) or _counted_then_named(frame, token)
    people += [r for r in _together_with(frame, token) if people and r not in people]
    passive = given or any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) or _participle(token)
    kinds = AUTHORITY + GROUP + PERSON if predicate == "killed" else AUTHORITY  # killers need not be the state
    accuser = next((c for c in reversed(list(token.lefts)) if c.dep_ == "nsubj"), None)  # the one next to the verb
    first = token
    while first.dep_ == "conj" and first.tag_ == "VBG" and first.head.tag_ == "VBG":
        first = first.head  # "a note threatening X and accusing Y of ...": the note accuses too
    if accuser is None and token.tag_ == "VBG" and first.dep_ in ("acl", "advcl"):  # "a note accusing the mayor of":
        accuser = first.head if first.dep_ == "acl" else subject_of(first.head)  # the note accuses; "Gunmen left
        # a note accusing ...", read as an adverbial: the gunmen
    if predicate == "charged" and token.lemma_.lower() == "accuse" and _private_accuser(frame, accuser):
        return  # "the brothers (Los X) accused Y of betraying him", "politicians accused Y": no charge
    at = token
    if accuser is not None and accuser.lower_ in frame.table("events")["charged"]["nouns"] \
            and accuser.dep_ in ("dobj", "nsubjpass") and accuser.head.pos_ == "VERB" \
            and not attempted(frame, accuser.head):
        at = accuser.head  # "prosecutors unsealed charges accusing X of ...": the unsealing's time, and its doers
    if passive:
        authorities = _agents(frame, token, kinds)
        if not authorities and (above := occasion_verb(token)) is not None:  # "an operation, in which X was held"
            authorities = [r for c in above.children if c.dep_ == "nsubj" for r in parties(frame, c, kinds)]
    else:
        subject = next((c for c in at.children if c.dep_ == "nsubj"), None) or _fronted_subject(token)
        authorities = parties(frame, subject, kinds) if subject is not None else []
        if at is not token and subject is not None and not authorities:  # "prosecutors in New York unsealed"
            authorities = _authority_in(frame, subject)
        authorities = [r for r in authorities if all(r.entity_id != p.entity_id for p in people)]
    if predicate == "extradited":  # the object is where the person was sent
        authorities = [r for o in _objects(token, (), ("to",)) for r in parties(frame, o, AUTHORITY)
                       or _country_of_place(frame, o)]  # "extradited to Texas": to the United States
        if token.lemma_.lower() in frame.lexicon("sending_verbs"):
            authorities = [r for o in _objects(token, (), ("to",)) for r in parties(frame, o, AUTHORITY)
                           if r.kind == "country" and frame.ref(o, "country") is not None]  # not 'to the capital'
            if not authorities:
                return  # "sent troops to Sinaloa" is no extradition
    if not authorities and predicate in ("arrested", "charged"):  # "arrested in Mexico", not "in Mexico City"
        authorities = [r for o in _objects(token, (), ("in",)) for r in parties(frame, o, ("country",))
                       if r.span.root.i == o.i and frame.ref(o, "country") is not None]
    if not authorities and predicate == "arrested":  # "detained in Mexico City": by the country it is the capital of
        authorities = [r for o in _objects(token, (), ("in",)) if (r := seat_of_government(frame, o)) is not None]
    if not authorities and predicate in ("arrested", "charged"):
        authorities = _issuing_office(frame, token, predicate)
        if authorities and predicate == "charged":
            _dated_by_release(frame, token)
    if predicate == "killed" and not authorities:
        authorities = _ordered_by(frame, token, kinds) or blamed(frame, token)  # "police suspect Y of killing X"
    authorities = [r for r in authorities if all(r.entity_id != p.entity_id for p in people)]
    for person in people:
        for authority in authorities or [None]:
            frame.emit(predicate, person, authority, at, rule or f"{predicate}.verb.v1", with_time=True,
                       presupposed=at.dep_ in ("relcl", "acl"))


def _authority_in(frame: Frame, noun: Token) -> list[Ref]:
    """'prosecutors in New York', 'police in Cali': officials of the country the place named lies in."""
    if noun.lemma_.lower() not in frame.lexicon("authority_nouns"):
        return []
    return [r for o in prep_objects(noun, "in") for r in parties(frame, o, ("country",)) or _country_of_place(frame, o)]


def blamed(frame: Frame, token: Token) -> list[Ref]:
    """Who an accusation names as the killer: 'police suspect Y of killing X', 'Y is accused of
    murdering X', 'they blamed Y for the killing of X', 'the murder of X was attributed to Y',
    'Y denied killing X' (the denial is the claim's polarity)."""
    kinds = AUTHORITY + GROUP + PERSON
    head = token.head.head if token.dep_ in ("pcomp", "pobj") and token.head.lower_ in ("of", "for") else None
    if head is not None and head.lemma_.lower() in frame.lexicon("accusing_verbs"):
        accused = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        return [r for c in accused for r in parties(frame, c, kinds)]
    if head is not None and head.dep_ == "dobj" and head.head.lemma_.lower() in frame.lexicon("accusing_verbs"):
        return parties(frame, head, kinds)  # the parser hangs "of killing X" on the accused
    if token.dep_ in ("xcomp", "dobj") and token.head.lemma_.lower() in ("deny", "admit", "confess"):
        subject = subject_of(token.head)
        return parties(frame, subject, kinds) if subject is not None else []
    if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in frame.lexicon("accusing_verbs"):
        return [r for p in token.head.children if p.dep_ == "prep" and p.lower_ in ("to", "on")
                for o in p.children if o.dep_ == "pobj" for r in parties(frame, o, kinds)]
    return []


def _event_noun(frame: Frame, token: Token, predicate: str) -> None:
    goals = frame.lexicon("event_goals")
    if any(a.lemma_.lower() in goals or a.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in goals for c in a.children)
           for a in list(token.ancestors)[:6]):  # "offered a reward for his capture" (hung on the verb)
        return  # "a reward for information leading to the arrest of X": no arrest happened
    people = [r for o in _objects(token, ("poss",), ("of",)) for r in parties(frame, o, PERSON)]
    whose = next((c for c in token.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if not people and whose is not None and (antecedent := relative_antecedent(whose)) is not None:
        people = parties(frame, antecedent, PERSON)  # "X, whose arrest in 2019 split the gang"
    kinds = AUTHORITY + GROUP + PERSON if predicate == "killed" else AUTHORITY
    authorities = [r for o in _objects(token, (), ("by",)) for r in parties(frame, o, kinds)]
    if predicate == "extradited":  # "his extradition to the United States": where he was sent
        authorities = [r for o in _objects(token, (), ("to",)) for r in parties(frame, o, AUTHORITY)
                       or _country_of_place(frame, o)]
    if predicate == "killed" and not authorities:
        authorities = [r for r in blamed(frame, token) if all(r.entity_id != p.entity_id for p in people)]
    if predicate == "arrested" and not authorities:
        authorities = _announcer(frame, token)
    for person in people:
        for authority in authorities or [None]:
            frame.emit(predicate, person, authority, token, f"{predicate}.noun.v1", with_time=True)


def _announcer(frame: Frame, token: Token) -> list[Ref]:
    """'The army announced the arrest of X', 'the office reported the capture of X': the authority that makes
    known, as the subject of an announcing verb, an arrest the noun gives no 'by' for is the one that made it."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in frame.lexicon("announcing_verbs") \
            or any(c.lower_ == "by" for c in token.children):
        return []  # "announced the arrest of X by state police": another arrester, named or not
    subject = subject_of(verb)
    return parties(frame, subject, AUTHORITY) if subject is not None else []


def _country_of_place(frame: Frame, word: Token) -> list[Ref]:
    """The country a place the knowledge base knows lies in ('Texas': the United States)."""
    place = frame.ref(word, "place")
    country = frame.kb.country_of(place.entity_id) if place is not None and frame.kb is not None else None
    if country is None:
        return []
    return [frame.introduce(country, word.i)]


FORMAL_ONLY = frozenset({"identify"})  # verbs that list only with a formal label or a law


def _formal_label(verb: Token) -> bool:
    """'as Significant Foreign Narcotics Traffickers', 'as a Specially Designated Global Terrorist': a label
    written in capitals and made only of a designation's words."""
    words = _label_words()
    for obj in [o for word in [verb, *_nominal_args(verb)] for o in _objects(word, (), ("as",))]:
        label = _label_tokens(obj)
        if label and all(t.is_title and t.lower_ in words for t in label):
            return True
    return False


def _nominal_args(verb: Token) -> list[Token]:
    """The nouns a verb takes ('identified X and the Y Organization (Y) as ...', where the parser may hang
    'as' on the last of them, or read it as a conjunct of the verb)."""
    return [c for c in verb.children
            if c.dep_ in ("dobj", "dative") or c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]


@cache
def _label_words() -> frozenset[str]:
    return frozenset(load_patterns("entities")["designation_label_words"])


def _label(token: Token) -> str | None:
    """'as foreign terrorist organisations' -> 'foreign terrorist organisation'."""
    for obj in _objects(token, (), ("as",)):
        if _label_tokens(obj):
            return _label_text(obj)
    return None


def _label_tokens(obj: Token) -> list[Token]:
    """The words of a label up to its head noun, without determiners or punctuation."""
    return [t for t in obj.subtree if t.i <= obj.i and t.dep_ not in ("det", "punct")]


def _label_text(obj: Token) -> str:
    """A label as it is stored: its words in lower case, the head noun as its lemma ('organisations' ->
    'organisation')."""
    words = _label_tokens(obj)
    return " ".join([t.lower_ for t in words[:-1]] + [words[-1].lemma_.lower()])


def _object_label(frame: Frame, verb: Token) -> str | None:
    """'designated X a foreign terrorist organization': the label as the verb's second object. An object with
    no other one beside it is what is named, not the label ('would not name either group')."""
    listed = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass", "oprd")]
    for obj in verb.children:
        if obj.dep_ in ("dobj", "oprd") and frame.name(obj) is None and obj.pos_ in ("NOUN", "PROPN") \
                and obj.lemma_.lower() in frame.lexicon("label_nouns") and (obj.dep_ == "oprd" or len(listed) > 1):
            return _label_text(obj)  # "a Specially Designated Global Terrorist"
    if verb.lemma_.lower() in ("designate", "sanction", "blacklist"):
        return None  # a listing by its own verb: the law it is made under is not its label
    return _law_label(frame, verb)  # "named G under the Kingpin Act": the law makes the naming a listing


def _law_label(frame: Frame, verb: Token) -> str | None:
    """'named X under the Foreign Narcotics Kingpin Designation Act': the law a listing is made under."""
    for law in _objects(verb, (), ("under",)):
        words = [t for t in law.subtree if t.dep_ not in ("det", "punct")]
        if any(t.lower_ in frame.lexicon("listing_law_words") for t in words) and law.is_title:
            return " ".join(t.text for t in words)
    return None


@starts(lemmas=(relations("designation_verbs"),))
def _designation(frame: Frame, token: Token) -> None:
    designation_verb(frame, token)


def designation_verb(frame: Frame, token: Token, *, targets: list[Ref] | None = None,
                     authority: Ref | None = None) -> None:
    """A listing told by its verb; ``targets`` are the ones listed when the clause has no subject of its
    own ('Designated an FTO by the State Department.' in a line under a group's name), and ``authority``
    the one who lists when the clause names none ('Also designated an FTO.': the authority told before)."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in frame.lexicon("designation_verbs"):
        label = _label(token) or next((_label(o) for o in token.subtree if o.dep_ == "pobj" and _label(o)), None) \
            or _object_label(frame, token) or next((_label(o) for o in _nominal_args(token) if _label(o)), None)
        if label is None and lemma not in ("designate", "sanction", "blacklist"):
            return
        if lemma not in ("designate", "sanction", "blacklist") and label is not None and not (
                _listing_words(frame, label) or _law_label(frame, token)):
            return  # "named his son X as heir": no word of a listing
        if any(c.dep_ == "poss" for o in _objects(token, (), ("as",)) for c in o.children):
            return  # "designated X as his heir": a role someone gives, not a listing
        if lemma in FORMAL_ONLY and not (_formal_label(token) or _law_label(frame, token)):
            return  # 'identified X as a suspect'; 'identified X as Significant Foreign Narcotics Traffickers' lists X
        if lemma not in ("designate", "sanction", "blacklist") and label.split()[-1] in \
                frame.lexicon("leader_nouns", "member_nouns", "people_nouns") | {"one"} \
                and not listing_label(frame, token):
            return  # "named X as one of its leaders" names a role, not a listing
        groups = list(targets) if targets is not None else \
            [r for c in token.children if c.dep_ == "dative" for r in parties(frame, c, GROUP + PERSON)] \
            or _patients(frame, token, GROUP + PERSON) or _patients(frame, token, GROUP) \
            or _enumerated_next(frame, token) or _named_with_a_law(frame, token)
        if targets is None and any(c.dep_ == "dobj" for c in token.children):  # 'identified X, alias Y, and Z'
            groups += [r for c in token.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                       for r in parties(frame, c, GROUP + PERSON) if r not in groups]
        # GROUP alone reads 'the two groups' back to the pair named
        # ("designated X a terrorist organisation": the parser may read X as the indirect object)
        passive = targets is not None or any(c.dep_ == "nsubjpass" for c in token.children) or _participle(token)
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None and token.dep_ == "conj" and not passive:  # "Y went further and designated it"
            subject = subject_of(token)
        authorities = _agents(frame, token) if passive else (
            parties(frame, subject, AUTHORITY) or country_modifier(frame, subject) if subject is not None else [])
        if not authorities and subject is None and token.dep_ in ("acl", "xcomp") and token.head.pos_ == "NOUN":
            authorities = [r for c in token.head.children if c.dep_ == "poss"  # "X's decision to designate"
                           for r in parties(frame, c, AUTHORITY)]
        if not authorities and authority is not None:
            authorities = [authority]
        own_dates = _gapped_dates(frame, token)
        groups += [ref for ref in own_dates if ref not in groups]
        for group in groups:
            for authority in authorities or ([None] if label or _law_label(frame, token) else []):
                claim = frame.emit("designated", group, authority, token, "designated.verb.v1", label=label,
                                   with_time=True, presupposed=token.dep_ == "relcl")
                if claim is not None and own_dates.get(group):
                    frame.claims[claim.id] = replace(
                        claim, qualifiers=replace(claim.qualifiers, dates=own_dates[group]))


def _listing_words(frame: Frame, label: str) -> bool:
    """A label with a word of a listing ('foreign terrorist organisation', 'kingpin'), not 'heir' or 'witness'."""
    return bool(set(label.split()) & _label_words()) or label.split()[-1] in frame.lexicon("label_nouns")


def country_modifier(frame: Frame, noun: Token) -> list[Ref]:
    """'the United States Treasury', 'the Colombian Treasury' unknown as a name: the country its modifier names."""
    if frame.ref(noun) is not None:
        return []
    return [r for c in noun.children if c.dep_ in ("compound", "amod", "nmod") for r in parties(frame, c, ("country",))]


def listing_label(frame: Frame, verb: Token) -> bool:
    """'the Treasury named X a kingpin', 'named X a drug kingpin': an authority giving a listing's label as the
    verb's second object (not 'named X the kingpin of the gang', a role in a group, nor 'police named X as
    their kingpin')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not parties(frame, subject, AUTHORITY):
        return False
    return any(c.dep_ in ("oprd", "dobj") and frame.name(c) is None
               and c.lemma_.lower() in frame.lexicon("label_nouns") and c.lemma_.lower() in _label_words()
               and not any(g.dep_ in ("prep", "poss") for g in c.children) for c in verb.children)


def _named_with_a_law(frame: Frame, verb: Token) -> list[Ref]:
    """'named Los Zetas, together with G and H, under the Kingpin Act': a listing whose groups the parser
    read as the verb's predicate and as partners of 'together with'."""
    if _law_label(frame, verb) is None:
        return []
    named = [r for c in verb.children if c.dep_ == "oprd" for r in parties(frame, c, GROUP)]
    return named + [r for o in _objects(verb, (), ("with",)) for r in parties(frame, o, GROUP)] if named else []


def _gapped_dates(frame: Frame, verb: Token) -> dict[Ref, tuple[DateValue, ...]]:
    """'Y sanctioned A in February 2024 and B in June 2024': the verb is said once, and each
    object (the first its object, the rest conjoined to the verb) has the dates written after it."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    gapped = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and c.i > verb.i]
    if len(objects) != 1 or not gapped:
        return {}
    heads = objects + gapped
    later = [c.left_edge.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    end = min(later, default=verb.sent.end)
    found: dict[Ref, tuple[DateValue, ...]] = {}
    for k, head in enumerate(heads):
        stop = heads[k + 1].left_edge.i if k + 1 < len(heads) else end
        segment = verb.doc[head.left_edge.i:stop]
        dates = tuple(d.to_value() for d in find_dates(segment.text, published=frame.document.published))
        for ref in parties(frame, head, GROUP + PERSON):
            found[ref] = dates
    return found if all(found.values()) else {}


def _enumerated_next(frame: Frame, verb: Token) -> list[Ref]:
    """'... designated six Mexican cartels as FTOs. The six groups are A, B and C.': A, B, C."""
    plural = [o for o in _objects(verb, ("dobj", "nsubjpass")) if o.tag_ == "NNS" and frame.name(o) is None]
    if not plural:
        return []
    doc = verb.doc
    following = doc[verb.sent.end:min(len(doc), verb.sent.end + 120)]
    for sentence in list(following.sents)[:2]:
        root = sentence.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if root.lemma_ != "be" or subject is None or subject.tag_ != "NNS":
            continue
        listed = [r for c in root.children if c.dep_ == "attr" for r in parties(frame, c, GROUP)]
        if len(listed) >= 2:
            return listed
    return []


@starts(lemmas=(relations("authored_verbs"),))
def _authored(frame: Frame, token: Token) -> None:
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("authored_verbs"):
        return
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    authors = parties(frame, subject, ("agency", "organization", "person")) if subject is not None else []
    works = [r for o in _objects(token, ("dobj",)) for r in parties(frame, o, ("publication",))]
    for author in authors:
        for work in works:
            frame.emit("authored", author, work, token, "authored.verb.v1")


@starts(refs=("publication",))
def _owned_publication(frame: Frame, token: Token) -> None:
    """"its 2025 National Drug Threat Assessment, published last month" / "the DEA's report":
    the possessor wrote it."""
    work = frame.ref(token, "publication")
    if work is None or work.span.root.i != token.i:
        return
    owners: list[Ref] = []
    for child in token.children:
        if child.dep_ != "poss":
            continue
        if child.lower_ in ("its", "their"):
            owner = next((r for r in frame.refs_before(child, "agency", "organization")
                          if r.span.start >= token.sent.start), None)
            owners += [owner] if owner is not None else []
        else:
            owners += parties(frame, child, ("agency", "organization"))
    published = next((c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in
                      frame.lexicon("authored_verbs")), token)
    for owner in owners:
        frame.emit("authored", owner, work, published, "authored.possessor.v1", with_time=published.i != token.i)


@starts(lemmas=(relations("presence_objects", "presence_words"),))
def _presence(frame: Frame, token: Token) -> None:
    """'X operates in P', 'X is strongest in P', 'X, based in P', "P is X's stronghold", 'X dominated P'."""
    lemma = token.lemma_.lower()
    if any(c.dep_ == "dobj" and c.lemma_.lower() in frame.lexicon("occasion_nouns") for c in token.children):
        return  # "X and Y held talks in P": where they met, not where they are
    if token.pos_ == "VERB" and lemma in frame.lexicon("presence_objects"):
        subject = subject_of(token)
        described = subject is not None and subject.lower_ in ("who", "which", "that") and token.dep_ == "relcl"
        if described:
            subject = _offshoot(frame, token.head)  # "the cartel that dominated P"
        groups = parties(frame, subject, GROUP) if subject is not None else []
        if described and subject is not None and (own := frame.name(subject, *GROUP)) is not None and any(
                c.dep_ == "conj" and c.i > token.i for c in subject.children):
            groups = [own]  # "A, who control P; B, based in Q; and C": the clause is A's alone
        objects = _objects(token, ("dobj", "oprd"))  # "X runs P" may be parsed with P as a predicate
        places = [r for o in objects for r in parties(frame, o, PLACES)]
        places += [r for o in [token, *objects] for p in _objects(o, (), ("in", "across", "throughout", "around"))
                   for r in parties(frame, p, PLACES)]  # "control drug sales in P", "controls the hills around P"
        places += [r for o in objects for p in _objects(o, (), ("between",))
                   for r in parties(frame, p, PLACES)]  # "controls the road between P and Q"
        markets = frame.lexicon("market_nouns")
        places += [r for o in objects if any(w.lemma_.lower() in markets for w in (o, *o.conjuncts))
                   for c in o.children if c.dep_ == "poss" for r in parties(frame, c, PLACES)]  # "P's drug trade"
        shares = [p for o in objects if o.lemma_.lower() in frame.lexicon("part_words")
                  for p in _objects(o, (), ("of",))]
        places += [r for p in shares for r in parties(frame, p, PLACES)]  # "controls much of P"
        places += [r for p in shares if frame.name(p) is None for q in _objects(p, (), ("in", "around", "between"))
                   for r in parties(frame, q, PLACES)]  # "controls much of the region around P (between P and Q)"
        _emit_presence(frame, groups, places, token)
    if lemma not in frame.lexicon("presence_words") or token.pos_ not in ("VERB", "ADJ", "NOUN"):
        return
    preps = ("in", "across", "throughout", "around", "along", "within", "into")
    places = [r for o in _objects(token, (), preps) if not _facing(o) for r in parties(frame, o, PLACES)]
    if token.dep_ == "acomp":
        places += [r for o in _objects(token.head, (), preps) for r in parties(frame, o, PLACES)]
    verb = token.head if token.dep_ == "acomp" else token
    places = places or _here(frame, verb) or _where_is(frame, verb)
    _emit_presence(frame, _presence_groups(frame, token), places, token)


def _where_is(frame: Frame, verb: Token) -> list[Ref]:
    """'P, where G remains strongest', 'P is where G and its rivals are active': the place a 'where' clause
    tells of, also the second of two ('P is where X offended and where G remains active')."""
    if not any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children):
        return []
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "P is where X began and where G remains active"
        verb = verb.head
    if verb.dep_ == "relcl":
        return parties(frame, verb.head, PLACES)
    subject = subject_of(verb.head) if verb.dep_ in ("ccomp", "advcl", "attr") and verb.head.lemma_ == "be" else None
    return parties(frame, subject, PLACES) if subject is not None else []


def _here(frame: Frame, word: Token) -> list[Ref]:
    """'G operates here', 'G is present here', 'G has a presence here': the place 'here' stands for."""
    here = [c for w in (word, *(c for c in word.children if c.dep_ in ("dobj", "attr"))) for c in w.children
            if c.lower_ == "here" and c.dep_ == "advmod"]
    return [r for h in here[:1] if (r := frame.here_place(h)) is not None]


def _facing(place: Token) -> bool:
    """'based in P, across the border from Q': the place faces Q; it is not in it."""
    return place.head.lower_ == "across" and any(c.dep_ == "prep" and c.lower_ == "from" for c in place.children)


def _offshoot(frame: Frame, antecedent: Token) -> Token:
    """'X, an offshoot of Y that controls P': the clause tells of the offshoot X, not of Y; 'X, a gang that
    controls P': of X, the name the noun renames."""
    noun = antecedent.head.head if antecedent.dep_ == "pobj" and antecedent.head.lower_ == "of" else antecedent
    if noun.dep_ == "appos" and (noun.lemma_.lower() in frame.lexicon("transparent_nouns")
                                 or noun is antecedent and noun.pos_ == "NOUN" and frame.ref(noun, *GROUP) is None):
        return noun.head  # 'X, a gang that controls P': X
    if antecedent.dep_ == "pobj" and antecedent.head.dep_ == "agent" and not parties(frame, antecedent, GROUP):
        run = antecedent.head.head  # "X, a group run by the Y brothers that controls P": X controls P
        if run.dep_ in ("acl", "appos") and run.head.i != run.i:
            return run.head.head if run.head.dep_ == "appos" and frame.ref(run.head, *GROUP) is None else run.head
    return antecedent


def _presence_groups(frame: Frame, token: Token) -> list[Ref]:
    if part := part_described(frame, token):
        return part  # "X is a splinter of Y, based in P", "X, a rival of Y, based in P": X
    if token.dep_ in ("acl", "amod", "relcl") and (own := frame.ref(token.head, *GROUP)) is not None:
        if any(c.dep_ == "conj" and c.i > token.i for c in token.head.children):
            return [own]  # "X, strongest in P, and Y": the modifier is X's alone
        return parties(frame, token.head, GROUP)
    if token.dep_ == "acl" and token.head.tag_ == "NNS" and frame.name(token.head) is None \
            and token.head.dep_ != "pobj" and token.head.lemma_.lower() in frame.lexicon("collective_nouns"):
        return parties(frame, token.head, GROUP)  # "X and Y, two groups based in P"
    if token.dep_ in ("acl", "amod") and token.head.dep_ == "appos" and frame.name(token.head) is None \
            and (own := frame.ref(token.head.head, *GROUP)) is not None:  # "X, a cell based in P"
        if token.head.tag_ == "NN":
            return [own]  # "between X, a group based in P, and Y": a singular noun describes X alone
        return parties(frame, token.head.head, GROUP)
    if token.dep_ == "acl" and token.head.dep_ == "ROOT" and token.head.pos_ == "NOUN" and any(
            c.dep_ == "appos" for c in token.head.children):  # "Another cell, G, operated in P": the sentence's
        return parties(frame, token.head, GROUP)  # verb read as a participle of its subject ('... based in P')
    if token.dep_ == "acl" and token.head.pos_ == "NOUN" and frame.name(token.head) is None and any(
            c.dep_ in ("acl", "relcl") and c.i < token.i and c.lemma_.lower() in NAMING_VERBS
            for c in token.head.children):  # "a rival network known as G, based in P": G
        return parties(frame, token.head, GROUP)
    if token.dep_ == "acl":  # "X is a coalition of armed groups based in P"
        noun = token.head
        while noun.dep_ == "pobj" and noun.head.head.i != noun.head.i:
            noun = noun.head.head
        if noun.dep_ == "attr":
            subject = subject_of(noun.head)
            return parties(frame, subject, GROUP) if subject is not None else []
    if token.pos_ == "NOUN":  # "X's stronghold", "the stronghold of X", "X has a presence in P"
        owners = [r for o in _objects(token, (), ("of",)) for r in parties(frame, o, GROUP)]
        owners += owning_groups(frame, token)  # "with its base in P": 'its' may be the clause's own subject
        if not owners and token.dep_ == "dobj" and token.head.lemma_.lower() in ("have", "maintain", "establish"):
            subject = subject_of(token.head)
            owners = parties(frame, subject, GROUP) if subject is not None else []
        return owners
    subject = subject_of(token.head if token.dep_ == "acomp" else token)
    if subject is not None and subject.lower_ in ("who", "which", "that") and token.dep_ == "relcl":
        return parties(frame, token.head, GROUP)
    groups = parties(frame, subject, GROUP) if subject is not None else []
    return groups or trailing_groups(frame, token)  # "... members of G, operating in P"


def _emit_presence(frame: Frame, groups: list[Ref], places: list[Ref], token: Token) -> None:
    if token.pos_ == "NOUN" and token.dep_ == "attr":  # "Nuevo Laredo remains X's stronghold"
        subject = subject_of(token.head)
        places = places + (parties(frame, subject, PLACES) if subject is not None else [])
    for group in groups:
        for place in places:
            frame.emit("operates_in", group, place, token, "operates_in.presence.v1",
                       presupposed=token.dep_ in ("acl", "amod", "appos", "relcl"))


CLAUSE_EDGES = ("relcl", "ccomp", "advcl", "parataxis", "acl", "csubj")


@starts(lemmas=(relations("activity_verbs"),))
def _active_in(frame: Frame, token: Token) -> None:
    """'X runs smuggling operations in P, Q and R', 'X has been pushing into P from Q', 'X has taken
    over the trade in the corridor between P and Q', 'P, where X and Y fight over sales': a group doing
    what groups do (patterns/relations.yaml activity_verbs) somewhere operates there."""
    lemma = token.lemma_.lower()
    if not (token.pos_ == "VERB" or mistagged_verb(token)) or lemma not in frame.lexicon("activity_verbs"):
        return
    if any(c.dep_ == "dobj" and c.lemma_.lower() in frame.lexicon("occasion_nouns") for c in token.children):
        return  # "X and Y held talks in P"
    passive = [c for c in token.children if c.dep_ == "nsubjpass"]
    if passive or token.tag_ == "VBN" and token.dep_ == "acl":  # "P is controlled by X": X acts in P
        held = parties(frame, passive[0] if passive else token.head, PLACES)
        doers = [r for o in agent_objects(token) for r in parties(frame, o, GROUP)]
        for group in doers:
            for place in held:
                frame.emit("operates_in", group, place, token, "operates_in.held_by_group.v1",
                           presupposed=not passive)
        return  # "X was attacked in P": what was done to X, not what X does
    if any(c.dep_ == "auxpass" for c in token.children):
        return  # "X allows fentanyl to be sold in P": what is done there, not by X
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in token.children) \
            and lemma not in frame.lexicon("holding_verbs"):
        return  # "X did not sell drugs on its own account in P": one deed denied, not X's presence
    if lemma in frame.lexicon("dispatching_verbs") and _sent_people(frame, token) is None:
        return  # "X sent cocaine to P", "X sent a message in P": not the group moving
    subject = subject_of(token)
    if subject is not None and subject.lower_ in ("who", "which", "that") and token.dep_ == "relcl":
        subject = token.head
        if frame.name(subject) is None and subject.dep_ == "appos":  # "X, a gang that extorts drivers in P"
            subject = subject.head
    groups = [r for r in parties(frame, subject, GROUP)] if subject is not None else []
    if not groups:
        return
    preps = frame.lexicon("activity_place_preps") | (frame.lexicon("motion_from") if lemma in
                                                       frame.lexicon("motion_verbs") else frozenset())
    places: list[Ref] = []
    for prep in _clause_preps(token, preps):
        if _destination(frame, token, prep):
            continue
        for word in _place_words(prep):
            ref = frame.ref(word, *PLACES)
            if ref is not None and _across_from(word, prep):
                continue  # "in P, across the river from Q": the place faces Q
            if ref is not None and ref.span.start == word.i and ref not in places:
                places.append(ref)
    where = _where_place(frame, token)
    places += [where] if where is not None and where not in places else []
    for group in groups:
        for place in places:
            frame.emit("operates_in", group, place, token, "operates_in.active_in.v1")


def _across_from(word: Token, prep: Token) -> bool:
    """The word lies in an 'across (the river) from Q' or 'opposite Q' phrase inside the place phrase of
    ``prep``: a place faced, not the one the group is in."""
    chain = []
    for above in word.ancestors:
        chain.append(above.lower_)
        if above.i == prep.i:
            break
    else:
        return False
    if "opposite" in chain:
        return True
    return "across" in chain and "from" in chain[:chain.index("across")]


def _place_words(prep: Token) -> list[Token]:
    """The words of a place phrase, less what tells of something else in it: a clause ('into P,
    where it buys cocaine shipped from Q', 'through Y, a gang that originated in Q') or an apposition."""
    return list(phrase_words(prep, lambda c: c.dep_ not in CLAUSE_EDGES and c.dep_ != "appos"))


def _destination(frame: Frame, verb: Token, prep: Token) -> bool:
    """'routes into P', 'smuggled cocaine into P': where goods go, not where the group is. Only a
    group itself moving ('pushing into P', 'expanded into P', 'sent cells into P') is there."""
    if prep.lower_ not in frame.lexicon("destination_preps"):
        return False
    sent = _sent_people(frame, verb)
    if sent is not None:
        return prep.head.i not in (verb.i, sent.i)  # 'sent gunmen to P', with 'to P' on either word
    moves_itself = verb.lemma_.lower() in frame.lexicon("motion_verbs") and not any(
        c.dep_ == "dobj" for c in verb.children)
    return not (prep.head.i == verb.i and moves_itself)


def _sent_people(frame: Frame, verb: Token) -> Token | None:
    """The group's own people a verb of sending moves: 'sent cells into P', 'deployed gunmen to P'."""
    if verb.lemma_.lower() not in frame.lexicon("dispatching_verbs"):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in frame.lexicon("sent_people")),
                None)


def _clause_preps(verb: Token, words: frozenset[str]) -> list[Token]:
    """Prepositions of ``words`` inside the verb's own clause (not in a clause under it)."""
    found: list[Token] = []
    stack = [c for c in verb.children if c.dep_ not in CLAUSE_EDGES and c.dep_ not in ("nsubj", "conj")]
    while stack:
        word = stack.pop()
        if word.dep_ in ("prep", "agent", "dative") and word.lower_ in words:  # 'sent gunmen to P' (a dative)
            found.append(word)
            continue
        if word.dep_ == "prep" and word.lower_ == "from":
            continue  # "buys chemicals from suppliers in P": P is the suppliers' place
        if word.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children):
            continue
        stack.extend(c for c in word.children if c.dep_ not in CLAUSE_EDGES)
    return found


def _where_place(frame: Frame, verb: Token) -> Ref | None:
    """'Celaya, where X fights Y': the place the 'where' clause hangs from."""
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        return frame.ref(verb.head, *PLACES)
    return None


@starts(lemmas=(relations("split_verbs"),))
def _split(frame: Frame, token: Token) -> None:
    """'X emerged from Y', 'X grew out of the remains of Y', 'X split from Y', 'X, a group that emerged from the
    splintering (collapse, break-up) of Y' -> faction_of(X, Y)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("split_verbs"):
        return
    subject = subject_of(token)
    if subject is not None and subject.lower_ in ("who", "which", "that") and token.dep_ == "relcl":
        subject = token.head
    named = frame.ref(subject.head, *GROUP) if subject is not None and frame.name(subject) is None \
        and subject.dep_ == "appos" and token.dep_ == "relcl" else None  # "X, a group that emerged from ...": X
    children = [named] if named is not None else parties(frame, subject, GROUP) if subject is not None else []
    sources = [o for o in _objects(token, (), ("from",))]
    for prep in token.children:  # "grew out of Y", "broke away from Y"
        if prep.lower_ in ("out", "away") and prep.dep_ in ("prt", "advmod", "prep"):
            sources += [o for p in prep.children if p.lower_ in ("of", "from") for o in p.children
                        if o.dep_ == "pobj"] + [o for o in prep.children if o.dep_ == "pobj"]
    sources = [w for o in sources for w in ([*_objects(o, (), ("of",)), *(c for c in o.children if c.dep_ == "poss")]
                                            if _split_event(frame, o) else [o])]  # "the splintering of Y": Y
    parents = [r for o in sources for r in parties(frame, o, GROUP)]
    for child in children:
        for parent in parents:
            frame.emit("faction_of", child, parent, token, "faction_of.split_from.v1", with_time=True)


def _split_event(frame: Frame, noun: Token) -> bool:
    """'the splintering', 'the collapse', 'the break-up' (split by the tokenizer as 'break - up'): the end of a
    group, whose 'of' names the group."""
    hyphened = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    word = "-".join([*hyphened, noun.lower_]) if hyphened and noun.doc[noun.i - 1].text == "-" else noun.lemma_
    return frame.name(noun) is None and word.lower() in frame.lexicon("split_event_nouns")


@starts(words=(lambda: _charge_nouns(),))
def _charges(frame: Frame, token: Token) -> None:
    """'X faces charges' / 'charges against X' / 'indictments against X' / 'X is under indictment'."""
    if token.lower_ not in frame.table("events")["charged"]["nouns"]:
        return
    people = [r for o in _objects(token, (), ("against",)) for r in parties(frame, o, PERSON)]
    where: list[Ref] = []
    verb = token.head
    if token.dep_ == "dobj" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in frame.lexicon("charge_phrases"):
        verb = verb.head  # "He faces cocaine and weapons trafficking charges": 'trafficking' read as a verb
    if token.dep_ == "dobj" and verb.lemma_.lower() in frame.lexicon("charge_phrases"):
        subject = subject_of(verb)
        people += parties(frame, subject, PERSON) if subject is not None else []
    if token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.lemma_.lower() == "want" \
            and (subject := subject_of(token.head.head)) is not None:
        people += parties(frame, subject, PERSON)  # "X is wanted in the United States on drug charges"
        where = _charging_country(frame, token.head.head)
    if token.dep_ == "pobj" and token.head.lower_ == "under" and token.head.head.pos_ in ("AUX", "VERB") \
            and (subject := subject_of(token.head.head)) is not None:
        people += parties(frame, subject, PERSON)  # "X is (remains) under indictment in Texas"
    before = token.doc[token.i - 1] if token.i >= 2 else None
    if before is not None and before.pos_ != "VERB" and before.lemma_.lower() in frame.lexicon("charge_phrases"):
        named = frame.ref(token.doc[before.i - 1], *PERSON)  # "X and Y face charges" read as one noun phrase
        if named is not None and named.span.end == before.i:
            people += [r for r in _listed_before(frame, named, PERSON) if r not in people]
    if token.dep_ == "dobj" and verb.lemma_.lower() in frame.lexicon("charge_phrases"):
        where = _charging_country(frame, verb)
        if verb.dep_ in ("advcl", "xcomp") and not any(c.dep_ == "nsubj" for c in verb.children):
            sent = [r for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass") for r in parties(frame, c, PERSON)]
            people += [r for r in sent if r not in people]  # "Y sent X to the US to face charges": X faces them
            where = where or _charging_country(frame, verb.head, ("to",))
    offices = _issuing_office(frame, token, "charged") if people else []
    for person in people:
        frame.emit("charged", person, offices[0] if offices else where[0] if where else None, token,
                   "charged.charges_noun.v1", with_time=True)


def _charging_country(frame: Frame, verb: Token, words: tuple[str, ...] = ("in",)) -> list[Ref]:
    """'faces charges in the United States', 'sent X to the United States to face charges': the country the
    charges are brought in (a country named by itself, not 'in Mexico City')."""
    return [r for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ in words
            for o in p.children if o.dep_ == "pobj" and frame.ref(o, "country") is not None
            for r in parties(frame, o, ("country",)) if r.span.root.i == o.i]


def _accused(frame: Frame, token: Token) -> list[Ref]:
    """'US authorities accuse X of trafficking ...': X is the doer of the gerund."""
    if token.dep_ == "pcomp" and token.head.lower_ == "of":
        verb = token.head.head
        objects = _objects(verb, ("dobj",))
        if any(o.lower_ in ("that", "which", "whom", "who") for o in objects):  # "groups that they accuse of"
            antecedent = _relcl_antecedent(verb)
            objects = [antecedent] if antecedent is not None else []
        return [r for o in objects for r in parties(frame, o, GROUP)]
    return []


@starts(words=(relations("traffic_nouns"),))
def _traffic_noun(frame: Frame, token: Token) -> None:
    """"X's trafficking of fentanyl", 'the production of fentanyl by X', 'X are suppliers of fentanyl'."""
    if token.pos_ != "NOUN" or token.lower_ not in frame.lexicon("traffic_nouns"):
        return
    drugs = [r for o in _objects(token, (), ("of",)) for r in parties(frame, o, ("drug",))]
    drugs += [r for c in token.children if c.dep_ in ("compound", "amod") for r in parties(frame, c, ("drug",))]
    groups = [r for o in _objects(token, ("poss",), ("by",)) for r in parties(frame, o, GROUP)]
    head = token.head if token.dep_ != "conj" else token.head.head
    if not groups and token.dep_ in ("pobj", "conj") and head.lower_ == "in" and head.head.pos_ == "NOUN":
        groups = [r for o in _objects(head.head, ("poss",)) for r in parties(frame, o, GROUP)]  # "its role in"
    among = token.dep_ == "pobj" and token.head.lower_ == "among"  # "X are among the largest suppliers"
    if not groups and (token.dep_ == "attr" or among):
        subject = subject_of(token.head.head if among else token.head)
        groups = parties(frame, subject, GROUP) if subject is not None else []
    for group in groups:
        for drug in drugs:
            frame.emit("traffics", group, drug, token, "traffics.noun.v1")


@starts(lemmas=("member",))
def _members_are(frame: Frame, token: Token) -> None:
    """"Its best-known members are X and Y" (its = a coalition): faction_of(X, coalition)."""
    if token.lemma_.lower() != "member" or token.dep_ != "nsubj":
        return
    owners = [r for c in token.children if c.dep_ == "poss" for r in parties(frame, c, GROUP)]
    if not owners and any(c.lower_ == "its" for c in token.children):
        from testigo.extract.rules.phrases import its_group

        owner = its_group(frame, token)
        owners = [owner] if owner is not None else []
    members = [r for c in token.head.children if c.dep_ == "attr" for r in parties(frame, c, GROUP)]
    for member in members:
        for owner in owners:
            frame.emit("faction_of", member, owner, token, "faction_of.members_are.v1")


def _activity(frame: Frame, token: Token, predicate: str, verbs: str, target: tuple[str, ...]) -> None:
    """'X traffics fentanyl' / 'X operates in Sinaloa'."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon(verbs):
        return
    subject = next((c for c in token.children if c.dep_ in ("nsubj",)), None)
    if subject is not None and subject.lower_ in ("who", "which", "that") and token.dep_ == "relcl":
        subject = token.head
    if subject is None and token.dep_ == "advcl" and token.tag_ == "VBG" and not any(
            c.dep_ == "mark" for c in token.children):  # "X became the dominant force, trafficking meth"
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    groups = parties(frame, subject, GROUP) if subject is not None else _accused(frame, token)
    words = tuple(frame.lexicon("place_preps")) if predicate == "operates_in" else ("with",)
    deps = ("dobj", "xcomp") if predicate == "traffics" else ()  # "deals crack cocaine": "crack" read as a verb
    targets = [r for o in _objects(token, deps, words) for r in parties(frame, o, target)]
    for group in groups:
        for obj in targets:
            frame.emit(predicate, group, obj, token, f"{predicate}.verb.v1")


@cache
def _traffic_forms() -> frozenset[str]:
    """Trafficking verbs as written in the present: 'traffic', 'smuggles'."""
    verbs = load_patterns("relations")["traffic_verbs"]
    return frozenset(list(verbs) + [v + "s" for v in verbs] + [v + "es" for v in verbs]
                     + [v[:-1] + "ies" for v in verbs if v.endswith("y")])  # 'supplies'


@cache
def _presence_forms() -> frozenset[str]:
    """Verbs of control as written in the present: 'control', 'dominates', 'runs'."""
    verbs = load_patterns("relations")["presence_objects"]
    return frozenset(list(verbs) + [v + "s" for v in verbs])


@starts(words=(lambda: _presence_forms(),))
def _presence_mistagged(frame: Frame, token: Token) -> None:
    """'Los Ardillos control drug sales in P' read by the parser as one noun phrase."""
    if token.lower_ not in _presence_forms() or token.pos_ == "VERB" or token.i == 0:
        return
    group = frame.ref(token.doc[token.i - 1], *GROUP)
    if group is None or group.span.end != token.i:
        return
    preps = frame.lexicon("place_preps")
    places: list[Ref] = []
    for word in token.doc[token.i + 1:token.sent.end]:
        if word.is_punct:
            break
        ref = frame.ref(word, *PLACES)
        if ref is not None and ref.span.start == word.i and word.i > 0 and word.doc[word.i - 1].lower_ in preps:
            places.append(ref)
    _emit_presence(frame, [group], places, token)


@starts(words=(lambda: _traffic_forms(),))
def _traffic_mistagged(frame: Frame, token: Token) -> None:
    """'Los Chapitos traffic fentanyl' read by the parser as one noun phrase: a group, a trafficking
    verb and a drug side by side."""
    if token.lower_ not in _traffic_forms() or token.pos_ == "VERB" or token.i == 0 or token.i + 1 >= len(token.doc):
        return
    group = frame.ref(token.doc[token.i - 1], *GROUP)
    drug = frame.ref(token.doc[token.i + 1], "drug")
    if group is None or drug is None or group.span.end != token.i or drug.span.start != token.i + 1:
        return
    for one in _listed_before(frame, group):  # "X and Y traffic fentanyl": both
        for target in parties(frame, drug.span.root, ("drug",)) or [drug]:
            frame.emit("traffics", one, target, token, "traffics.side_by_side.v1")


def _listed_before(frame: Frame, last: Ref, kinds: tuple[str, ...] = GROUP) -> list[Ref]:
    """'X, Y and the Z' read backwards from Z: the groups (or ``kinds``) of a plain list, in text order."""
    found = [last]
    doc = last.span.doc
    i = last.span.start - 1
    while i > last.span.sent.start:
        while i > 0 and doc[i].pos_ == "DET":
            i -= 1
        if doc[i].lower_ not in ("and", ","):
            break
        i -= 1
        while i > 0 and doc[i].pos_ == "DET":
            i -= 1
        ref = frame.ref(doc[i], *kinds)
        if ref is None or ref.span.end != i + 1:
            break
        found.insert(0, ref)
        i = ref.span.start - 1
    return found


@starts(lemmas=(lambda: (v for t in load_patterns("relations")["events"].values() for v in t["verbs"]),),
        words=(lambda: (n for t in load_patterns("relations")["events"].values() for n in t["nouns"]),))
def _event_words(frame: Frame, token: Token) -> None:
    """The verbs and nouns of the events of patterns/relations.yaml (arrested, charged, ...)."""
    lemma = token.lemma_.lower()
    events = frame.table("events")
    for predicate, triggers in events.items():
        if lemma == "shoot" and not any(c.lower_ == "dead" for c in token.children) \
                and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "dead"):
            continue  # "shot dead" kills, "shot at" does not
        if token.pos_ == "VERB" and lemma in triggers["verbs"]:
            event_verb(frame, token, predicate)
        elif token.pos_ == "NOUN" and token.lower_ in triggers["nouns"]:
            _event_noun(frame, token, predicate)


@starts(lemmas=(relations("traffic_verbs"),))
def _traffics(frame: Frame, token: Token) -> None:
    _activity(frame, token, "traffics", "traffic_verbs", ("drug",))


def _charge_nouns() -> list[str]:
    return load_patterns("relations")["events"]["charged"]["nouns"]  # type: ignore[no-any-return]


# Every event and activity rule, in order (rules/dispatch.py: each runs where its trigger can match);
# authorship is read in a pass of its own first (run_rules).
event_rules = RuleSet(
    _event_words, _designation, _owned_publication, _traffics, _traffic_noun, _traffic_mistagged,
    trafficking_rules, custody_rules, presence_rules, justice_rules, _presence_mistagged, _members_are, _presence,
    _active_in, _split, _charges,
)
