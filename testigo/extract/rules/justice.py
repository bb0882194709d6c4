"""Arrests, charges and killings told without the trigger verbs of patterns/relations.yaml events:

- "X was taken into custody by federal agents", "police took X into custody";
- "X surrendered to US authorities", "X turned himself in to the DEA", "X gave himself up to US agents";
- "troops held X in Culiacán", "X was held by soldiers" (an authority holding a person), "police stopped X
  and Y on a highway and held them" (the pronoun stands for the first verb's objects);
- "X pleaded guilty (or not guilty) to charges of ...": X was charged either way;
- "X was killed in a shootout with soldiers": the other side of the fight killed X; "X died in a
  shootout" is a killing by someone unnamed;
- "Those detained were identified as A; B; and C": each was arrested.
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.phrases import GROUP, parties, prep_objects
from testigo.extract.syntax import agent_objects

__all__ = ["justice_rules"]

PERSON = ("person",)
AUTHORITY = ("agency", "country")


def _people(frame: Frame, verb: Token, *deps: str) -> list[Ref]:
    return [r for c in verb.children if c.dep_ in deps for r in parties(frame, c, PERSON)]


def _agents(frame: Frame, verb: Token, kinds: tuple[str, ...] = AUTHORITY) -> list[Ref]:
    return [r for o in agent_objects(verb) for r in parties(frame, o, kinds)]


def _emit_all(frame: Frame, predicate: str, people: list[Ref], others: list[Ref], trigger: Token, rule: str) -> None:
    for person in people:
        for other in others or [None]:
            frame.emit(predicate, person, other, trigger, rule, with_time=True,
                       presupposed=trigger.dep_ in ("relcl", "acl"))


@starts(lemmas=(relations("custody_verbs"),))
def custody(frame: Frame, token: Token, *, people: list[Ref] | None = None) -> None:
    """'X was taken into custody by Y', 'Y took X into custody'; ``people`` for a clause with no
    subject ('Taken into custody by US agents in May.' under a name)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("custody_verbs"):
        return
    if not any(o.lemma_.lower() == "custody" for o in prep_objects(token, "into")) and not any(
            o.lemma_.lower() == "arrest" for o in prep_objects(token, "under")):
        return  # "taken into custody", "placed under arrest"
    from testigo.extract.rules.events import event_verb  # events.py gathers these rules: imported when run

    event_verb(frame, token, "arrested", people=people, rule="arrested.custody.v1")  # "X, who was taken ..."


def _gave_self(token: Token, particle: str) -> bool:
    """'turned himself in', 'gave himself up'."""
    return any(c.dep_ == "prt" and c.lower_ == particle for c in token.children) and any(
        c.dep_ == "dobj" and c.lower_ in ("himself", "herself", "themselves") for c in token.children)


@starts(lemmas=("turn", "give", relations("surrender_verbs")))
def _surrendered(frame: Frame, token: Token) -> None:
    """'X surrendered to US authorities', 'X turned himself in to the DEA', 'X gave himself up to US agents'."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB":
        return
    turned_in = lemma == "turn" and _gave_self(token, "in") or lemma == "give" and _gave_self(token, "up")
    if lemma not in frame.lexicon("surrender_verbs") and not turned_in:
        return
    if any(c.dep_ == "dobj" and c.lower_ not in ("himself", "herself", "themselves") for c in token.children):
        return  # "X surrendered the town to the army": no arrest
    authorities = [r for o in prep_objects(token, "to") for r in parties(frame, o, AUTHORITY)]
    if not authorities and not any(o.lemma_.lower() in frame.lexicon("authority_nouns")
                                   for o in prep_objects(token, "to")):
        return  # "the gang surrendered the town": no arrest; "surrendered to police": by someone unnamed
    _emit_all(frame, "arrested", _doers(frame, token), authorities, token, "arrested.surrendered.v1")


def _doers(frame: Frame, verb: Token) -> list[Ref]:
    """The people a verb's subject names, or the antecedent of 'who' ('X, who surrendered to the DEA')."""
    if any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children) and verb.dep_ == "relcl":
        from testigo.extract.rules.events import _relcl_antecedent  # events.py gathers these rules

        antecedent = _relcl_antecedent(verb)
        return parties(frame, antecedent, PERSON) if antecedent is not None else []
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not any(
            c.dep_ == "neg" for c in verb.head.children):
        return _doers(frame, verb.head) or _people(frame, verb.head, "nsubjpass")  # "X crossed the border and
        # surrendered to US agents", "X was charged with murder and remains in custody"
    return _people(frame, verb, "nsubj")


# Being held: "X is in custody", "X remains in US custody", "X has been in prison since 2013", "behind bars".
_HELD_IN = frozenset({"custody", "prison", "jail", "detention"})
_HELD_VERBS = frozenset({"be", "remain", "stay", "languish"})


@starts(lemmas=("custody", "prison", "jail", "detention", "bar"))
def _in_custody(frame: Frame, token: Token) -> None:
    """'X and Y are in custody', 'X remains in US custody', 'X, who has been in prison since 2013', 'X is behind
    bars': a person held was arrested (by the authority the custody is of, when named: 'US custody', 'in the
    custody of the DEA'). Not 'visited X in custody' (the state is told of another verb's object), nor things
    ('the weapons are in police custody': no person)."""
    lemma = token.lemma_.lower()
    prep = token.head
    if token.dep_ != "pobj" or not (lemma in _HELD_IN and prep.lower_ == "in"
                                    or token.lower_ == "bars" and prep.lower_ == "behind"):
        return
    verb = prep.head
    if prep.dep_ != "prep" or verb.lemma_.lower() not in _HELD_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return
    if verb.dep_ == "relcl" and not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
        return  # "it is not the first time he has been in custody": a clause of 'time', under another's 'not'
    if any(c.dep_ == "neg" or c.lower_ in ("never", "longer") for c in verb.children) or any(
            t.lower_ in ("neither", "nor", "no") for c in verb.children if c.dep_ == "nsubj" for t in c.subtree):
        return  # "X is not (or no longer) in custody", "neither X nor Y is in custody": says nothing of an arrest
    holders = frame.refs_in(token.doc[token.left_edge.i:token.right_edge.i + 1], *AUTHORITY)
    _emit_all(frame, "arrested", _doers(frame, verb), holders, verb, "arrested.in_custody.v1")


@starts(lemmas=("hold",))
def _held(frame: Frame, token: Token) -> None:
    """'Troops briefly held X in Culiacán', 'X was held by soldiers for two days': an authority holding
    a person is a detention ('held talks', 'held X responsible', 'X is held in prison' are none)."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "hold" or any(
            c.lemma_.lower() in frame.lexicon("accusing_complements")
            for c in (*token.children, *(g for o in token.children if o.dep_ == "dobj" for g in o.children))):
        return  # the parser may hang 'responsible' on the one held so
    trigger = token
    if any(c.dep_ == "nsubjpass" for c in token.children):
        people = _people(frame, token, "nsubjpass")
        doers = agent_objects(token)
    else:
        people = _people(frame, token, "dobj")
        doers = [c for c in token.children if c.dep_ == "nsubj"]
        if token.dep_ == "conj" and not doers:  # "officers stopped X and Y on a highway and held them"
            doers = [c for c in token.head.children if c.dep_ == "nsubj"]
            if any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in token.children) and (
                    stopped := _people(frame, token.head, "dobj", "npadvmod", "appos") or [
                        r for c in token.head.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "appos"
                        for r in parties(frame, a, PERSON)]):
                people, trigger = stopped, token.head  # 'them' is who was stopped; its clause has the time and place
    authorities = [r for d in doers for r in parties(frame, d, AUTHORITY)]
    if authorities or any(d.lemma_.lower() in frame.lexicon("authority_nouns") for d in doers):
        _emit_all(frame, "arrested", people, authorities, trigger, "arrested.held.v1")  # "troops held X": unnamed


@starts(lemmas=("plead",))
def _pleaded(frame: Frame, token: Token) -> None:
    """'X pleaded guilty to trafficking charges' / 'X pleaded not guilty': X was charged either way
    (a 'not' on 'guilty' is the plea, not a denial of the charge)."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "plead":
        return
    if not any(c.lemma_.lower() in ("guilty", "innocent") for c in token.children):
        return
    _emit_all(frame, "charged", _doers(frame, token), [], token, "charged.pleaded.v1")


@starts(lemmas=(relations("dying_verbs"),))
def _killed_in_fight(frame: Frame, token: Token) -> None:
    """'X was killed in a shootout with soldiers', 'X died in a clash with marines'."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("dying_verbs"):
        return
    passive = any(c.dep_ == "nsubjpass" for c in token.children)
    if token.lemma_.lower() != "die" and (not passive or _agents(frame, token, AUTHORITY + GROUP + PERSON)):
        return  # "X was killed by Y": the event rules read it
    people = _people(frame, token, "nsubjpass", "nsubj")
    fights = [o for o in prep_objects(token, "in") + prep_objects(token, "during")
              if o.lemma_.lower() in frame.lexicon("fight_nouns")]
    killers = [r for f in fights for o in prep_objects(f, "with") + prep_objects(f, "by")
               for r in parties(frame, o, AUTHORITY + GROUP)]
    if killers or fights and token.lemma_.lower() == "die":  # "X died in a shootout with soldiers": unnamed
        _emit_all(frame, "killed", people, killers, token, "killed.in_fight.v1")
        return
    killers = [r for v in _assault_told_with(frame, token) for c in v.children if c.dep_ == "nsubj"
               for r in parties(frame, c, AUTHORITY)]
    if killers:
        _emit_all(frame, "killed", people, killers, token, "killed.in_fight.v1")


_WHEN_MARKS = frozenset({"when", "as", "after"})


def _assault_told_with(frame: Frame, token: Token) -> list[Token]:
    """'X died on July 29, 2010, when soldiers raided a house', 'X was shot dead as marines stormed the
    ranch', 'X died after police opened fire on his car': the assault (patterns/relations.yaml
    assault_verbs, or 'opened fire') a 'when', 'as' or 'after' clause of the dying verb tells, also when the
    parser hangs the clause on the date ('July 29, 2010, when ...')."""
    dates = [t for c in token.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree]
    clauses = [c for t in [token, *dates] for c in t.children if c.dep_ in ("advcl", "relcl")
               and (c.dep_ == "advcl" or t.i != token.i)]
    return [v for v in clauses if v.pos_ == "VERB" and any(
        m.dep_ in ("advmod", "mark") and m.lower_ in _WHEN_MARKS and m.i < v.i for m in v.children) and (
        v.lemma_.lower() in frame.lexicon("assault_verbs")
        or v.lemma_.lower() == "open" and any(c.lower_ == "fire" for c in v.children))]


@starts(lemmas=(relations("executing_verbs"),))
def _warrant_executed(frame: Frame, token: Token) -> None:
    """'The FGE executed arrest warrants against A; B; and C', 'agents served an arrest warrant on X',
    'an arrest warrant was carried out against X by the police': the arrest the warrant orders happened
    (a warrant issued, sought or obtained is none)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in frame.lexicon("executing_verbs"):
        return
    if lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return
    nouns = frame.lexicon("warrant_nouns")
    warrants = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns]
    warrants += [o for o in prep_objects(token, "with") if o.lemma_.lower() in nouns]  # "complied with"
    arrests = frame.table("events")["arrested"]["nouns"]
    warrants = [w for w in warrants if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in arrests
                                           for c in w.children)]
    if not warrants:
        return
    people = [r for w in [*warrants, token] for p in ("against", "on", "for") for o in prep_objects(w, p)
              for r in parties(frame, o, PERSON)]
    if any(c.dep_ == "nsubjpass" for c in token.children):
        authorities = _agents(frame, token)
    else:
        authorities = [r for c in token.children if c.dep_ == "nsubj" for r in parties(frame, c, AUTHORITY)]
    _emit_all(frame, "arrested", people, authorities, token, "arrested.warrant_executed.v1")


_ISSUING = frozenset({"issue", "sign", "grant", "obtain"})


@starts(lemmas=("warrant",))
def _warrant_issued(frame: Frame, token: Token) -> None:
    """'A judge issued a warrant for his arrest', 'prosecutors obtained an arrest warrant against X', 'a warrant
    was issued for the arrest of X': X was charged (a warrant sought, or one for a search, is none)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "warrant":
        return
    verb = token.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ISSUING or token.dep_ not in ("dobj", "nsubjpass"):
        return
    arrests = frame.table("events")["arrested"]["nouns"]
    fors = prep_objects(token, "for") + (prep_objects(verb, "for") if token.dep_ == "nsubjpass" else [])
    people = [r for o in fors if o.lower_ in arrests
              for a in [*prep_objects(o, "of"), *(c for c in o.children if c.dep_ == "poss")]
              for r in parties(frame, a, PERSON)]
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in arrests for c in token.children):
        people += [r for p in ("for", "against") for o in prep_objects(token, p) for r in parties(frame, o, PERSON)]
    if token.dep_ == "nsubjpass":
        issuers = _agents(frame, verb)
    else:
        issuers = [r for c in verb.children if c.dep_ == "nsubj" for r in parties(frame, c, AUTHORITY)]
    _emit_all(frame, "charged", people, issuers, verb, "charged.warrant_issued.v1")


# Every justice rule, in order (rules/dispatch.py: each runs where its trigger can match).
justice_rules = RuleSet(
    custody, _surrendered, _in_custody, _held, _pleaded, _killed_in_fight, _warrant_executed, _warrant_issued,
)
