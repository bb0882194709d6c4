"""Certainty and polarity of a trigger, FactBank-style, from cue words in its clause.

The scope of a cue is the path from the trigger up to the root of its sentence:
a cue on that path, or attached to a word on it (an auxiliary, an adverb, an
adjective, a "has the potential to"), governs the trigger. Cues inside relative
clauses hanging off the path do not ("an alliance which could prove deadly").
The weakest certainty found wins; any negation makes the polarity negative.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Token

from testigo.extract.lexicon import load_patterns
from testigo.extract.syntax import subject_in_source
from testigo.extract.tokens import children as children_of
from testigo.extract.tokens import positions, shared_texts, tokens_of
from testigo.model import Certainty, Polarity

__all__ = ["as_verb", "asks", "hearsay_over", "modality", "participle_bearer", "predicates_subject"]

_LABELS = "testigo_confidence_labels"
_LEVELS = {"high": Certainty.CERTAIN, "moderate": Certainty.PROBABLE, "medium": Certainty.PROBABLE,
           "low": Certainty.POSSIBLE}
ORDER = {Certainty.POSSIBLE: 0, Certainty.PROBABLE: 1, Certainty.CERTAIN: 2}
COPULAS = {"be", "become", "remain"}  # "X is not a cell of Y": the copula's clause asserts the noun
CHILD_DEPS = {"aux", "auxpass", "advmod", "amod", "neg", "dobj", "attr", "acomp", "oprd", "prep", "npadvmod"}


def _path(trigger: Token, *, presupposed: bool) -> list[Token]:
    """The trigger and the words above it that can scope over it.

    A noun climbs only while it is the subject of its clause or the object of a light
    verb ("formed an alliance"); elsewhere ("capitalise on the conflict") its existence
    is presupposed, as is anything inside an apposition or relative clause. A noun that
    completes "regarded as" / "described as" climbs to that verb; the object of "described
    ... as" takes the cues of what it is described as ("as a potential development").
    """
    path = [trigger]
    if presupposed:
        return path
    light = _light_verbs()
    if trigger.pos_ in ("NOUN", "PROPN"):
        if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and (
                trigger.head.head.lower_ == "one" or trigger.head.head.lemma_.lower() in _post_nouns()):
            trigger = trigger.head.head  # "regard X as one of the leaders of G", "X would have the function
            # of lookout for G": the role stands where 'one' or the post does
        head = trigger.head
        verb = as_verb(head) if trigger.dep_ == "pobj" else None
        if verb is not None:  # "regarded as the head of X": climb from the verb
            path.append(verb)
        elif trigger.dep_ == "dobj" and head.lemma_.lower() in _describing_verbs():
            named = [o for p in [*head.children, *trigger.children] if p.dep_ == "prep" and p.lower_ == "as"
                     for o in p.children if o.dep_ == "pobj" or o.dep_ in ("amod", "acomp") and o.pos_ == "ADJ"]
            # the parser may hang 'as' on the object; "treat the alliance as probable": the adjective
            if not named:
                return path
            path.append(named[0])  # "described an alliance as a potential development": what it is called
        elif not (trigger.dep_ in ("nsubj", "nsubjpass")
                  or trigger.dep_ in ("dobj", "attr") and head.lemma_.lower() in light
                  or trigger.dep_ == "dobj" and head.lemma_.lower() in _words()["evidential_verbs"]
                  or trigger.dep_ in ("attr", "oprd") and head.lemma_.lower() in COPULAS
                  or trigger.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in COPULAS
                  or _content_of(trigger)):
            # "G is (not) at war with H", "G remains in alliance with H": the phrase is what the clause asserts;
            # "no evidence of a pact between G and H", "signs of an alliance": what the content noun holds
            return path
    while path[-1].head.i != path[-1].i and len(path) < 40:
        path.append(path[-1].head)
    return path


@cache
def _light_verbs() -> frozenset[str]:
    """Verbs whose noun object is what the clause asserts: 'formed an alliance', 'faces charges'."""
    relations = load_patterns("relations")
    return frozenset(relations["ally_light_verbs"]) | frozenset(relations["charge_phrases"])


def _content_of(noun: Token) -> bool:
    """'evidence of a pact', 'reports of a truce': the noun is what a noun of content holds, so that
    noun's cues ('no evidence', 'signs', 'reports') reach it as they reach a 'that' clause."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
        and noun.head.head.lemma_.lower() in _words()["content_nouns"]


def _scoped(path: list[Token]) -> list[tuple[Token, str]]:
    """The path cut where another clause's cues stop reaching the trigger, each word with which of
    its cues count: "all", "children" (its modifiers, not its own word) or "none".

    A semicolon between a word and its head ends the path ("X was arrested with him; she is
    accused of ..." keeps the arrest certain). A relative clause is its own assertion: its
    words do not climb to the noun it describes ("a cell of the cartel, which supplies it"),
    unless that noun is what the clause above says its subject is ("is believed to be the man
    who ordered ...", see _predicative).
    A coordinated clause with its own subject ("reported to have blamed X, and the BLO broke
    with Y") takes no cue of the first conjunct, only those above it; a coordinated verb
    without one shares the first conjunct's modifiers ("may have founded and led") but not its
    word ("is accused of extortion and was arrested": the arrest is certain).
    """
    scoped = [(path[0], "all")]
    for below, word in zip(path, path[1:], strict=False):
        if word.i == below.i:
            break
        if below.dep_ == "relcl" and not _marked(below) and not _predicative(word) or _whose_clause(below) \
                or _semicolon_between(below, word) or _presupposing(below):
            break
        if below.dep_ != "conj":
            scoped.append((word, "all"))
        elif any(c.dep_ in ("nsubj", "nsubjpass") for c in below.children):
            scoped.append((word, "none"))
        else:
            scoped.append((word, "children"))
    return scoped


def _confidence_labels(doc: Doc) -> list[tuple[int, int, Certainty]]:
    """The confidence labels of an analytic brief, as (index of 'confidence', index of the word it
    hangs from, certainty): "(moderate confidence)", "(low confidence; single source)", "we assess
    with high confidence that ...". Read once per document."""
    labels = doc.user_data.get(_LABELS)
    if labels is None:
        levels = _words()["confidence_levels"]
        labels = doc.user_data[_LABELS] = [
            (t.i, t.head.i, _LEVELS[level]) for t in (doc[i] for i in positions(doc, LOWER).get("confidence", ()))
            for level in [next((c.lower_ for c in t.children if c.lower_ in levels), None)] if level is not None]
    return labels


def _confidence(trigger: Token) -> Certainty | None:
    """The certainty a brief's confidence label gives the trigger: the first parenthesised label after it
    in its sentence ("G holds P (moderate confidence), but H ..."), or a "with low confidence" on a word
    above it ("We assess with moderate confidence that G leans toward H")."""
    labels = _confidence_labels(trigger.doc)
    if not labels:
        return None
    word = trigger
    while word.pos_ not in ("VERB", "AUX") and word.head.i != word.i:
        if word.dep_ in ("acl", "relcl") and word.head.lower_ == "confidence":
            break  # "with moderate confidence that X's cell reports to G": a verb the parser read as a noun
            # hanging on the label; the label's 'that' clause is the trigger's own
        if word.dep_ in ("appos", "acl", "relcl"):  # "G, the Mexicali cell led by X, ...": background
            return None
        word = word.head
    doc, end = trigger.doc, trigger.sent.end
    above = {a.i for a in trigger.ancestors}
    for i, head, level in labels:
        if i > trigger.i and i < end and any(doc[k].text == "(" for k in range(max(trigger.i, i - 3), i)):
            return level
        if doc[head].lower_ == "with" and doc[head].head.i in above:
            return level
    return None


def _presupposing(clause: Token) -> bool:
    """A time or reason clause takes its content for granted: in "X is believed to have taken control
    after Y was killed by marines" the killing is the article's fact, whatever hedges the main clause."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _words()["presupposing_marks"]
                                          for c in clause.children)


def _predicative(noun: Token) -> bool:
    """A noun that says what the subject is: the complement of a copula or of "described as" / "regarded
    as", also through "one of" ("is widely described as one of the men who built G"). Its relative clause is
    part of that predication, and the cues of the predicating verb reach it; "the only one who ..." is
    no such description (a negation of 'only' says nothing of the clause)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head
    if any(c.lower_ == "only" for c in noun.children):
        return False
    if noun.dep_ in ("attr", "oprd"):
        return noun.head.lemma_.lower() in COPULAS
    verb = as_verb(noun.head) if noun.dep_ == "pobj" else None  # not "the cell known as G, which operates in P"
    return verb is not None and verb.dep_ != "acl" and verb.lemma_.lower() in _describing_verbs()


def predicates_subject(clause: Token) -> bool:
    """Whether a relative clause belongs to what its sentence says the subject is ("X is widely described
    as one of the men who built G"): it is asserted with that clause, not taken for granted."""
    return clause.dep_ == "relcl" and _predicative(clause.head)


def _whose_clause(clause: Token) -> bool:
    """A clause whose subject is opened by 'whose' right after a noun is a relative clause, however the
    parser hangs it: in "believed to have worked with the L family, a clan from Zacapa whose patriarch was
    arrested in 2011" the arrest is the article's fact, not what is believed. After a verb or an adjective
    'whose' asks ("it is unclear whose men fired"), and the clause keeps the cues above it."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    whose = next((c for c in subject.children if c.lower_ == "whose"), None) if subject is not None else None
    if whose is None or whose.i == 0:
        return False
    before = clause.doc[whose.i - 1]
    if before.text == ",":
        before = clause.doc[whose.i - 2] if whose.i > 1 else before
    return before.pos_ in ("NOUN", "PROPN")


def _marked(clause: Token) -> bool:
    """A clause the parser hung on a noun of content as a relative clause though 'that' is its marker:
    the complement of "no evidence that G operates in P" (quote marks around "no evidence" do this).
    Only nouns of content ("evidence", "sign", "claim") take such a clause: in "a murder that
    prosecutors said he carried out" the 'that' is the murder, object of the clause."""
    that = next((c for c in clause.children if c.lower_ == "that" and c.i < clause.i), None)
    if that is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in clause.children):
        return False
    noun = clause.head
    if noun.lemma_.lower() in _words()["content_nouns"]:
        return that.dep_ in ("mark", "dobj")  # 'that' read as the object: "no evidence that G operates"
    # "was told at the time that G had killed X", "said in a statement that ...": the clause is the verb's (the
    # parser may read that 'that' as a relative adverb, as of a time: "the day that ...")
    return that.dep_ in ("mark", "advmod") and noun.dep_ == "pobj" \
        and noun.head.head.lemma_.lower() in _words()["telling_verbs"]


def _phrase_verb_modifiers(trigger: Token) -> list[Token]:
    """The auxiliaries and adverbs of the verb a noun's prepositional phrase hangs from, or of the verb
    whose object the noun is: 'would' and 'allegedly' in "X would operate in alliance with Y", "X allegedly
    works in partnership with Y", 'reportedly' in "X has reportedly received support from Y". Only these
    reach the noun; the verb's own word and what is above it do not ("X was killed in a clash with Y" is
    no less certain for being a passive)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or not (
            trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" or trigger.dep_ == "dobj"):
        return []
    verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in verb.children if c.dep_ in ("aux", "advmod") and c.i < trigger.i]


def _semicolon_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    semicolons = _semicolons(a.doc)
    k = bisect_right(semicolons, lo)
    return k < len(semicolons) and semicolons[k] < hi


_last_semicolons: tuple[Doc, list[int]] | None = None


def _semicolons(doc: Doc) -> list[int]:
    """Where the semicolons of ``doc`` are, found once for the last document asked about."""
    global _last_semicolons
    if _last_semicolons is None or _last_semicolons[0] is not doc:
        _last_semicolons = (doc, [t.i for t in tokens_of(doc) if t.text == ";"])
    return _last_semicolons[1]


def as_verb(word: Token) -> Token | None:
    """The verb an 'as' completes: 'regarded as', also 'described by officials as' when the
    parser hangs 'as' on the agent."""
    if word.lower_ != "as":
        return None
    head = word.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        return head.head.head
    return None


def participle_bearer(verb: Token) -> Token | None:
    """The noun a past participle hangs on, which its 'as' phrase describes: X in 'X, founded as the armed
    wing of G' or 'X, described by officials as a partner of G' (none for a finite verb)."""
    return verb.head if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") else None


def _is_passive(token: Token) -> bool:
    """ "is said to", also a participle with an agent: "X, described by officials as ..." """
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in token.children)


def _named_describer(token: Token) -> bool:
    """'X, described by US prosecutors as the leader of Y': a named describer is the claim's source
    (Frame.attribution), and its wording is plain; only 'X is described as ...' with no one named
    hedges the article's own claim."""
    return token.lemma_.lower() in _describing_verbs() and any(c.dep_ == "agent" for c in token.children)


@cache
def _post_nouns() -> frozenset[str]:
    return frozenset(load_patterns("relations")["post_nouns"])


@cache
def _describing_verbs() -> frozenset[str]:
    return frozenset(load_patterns("relations")["describing_verbs"])


@cache
def _words() -> dict[str, frozenset[str]]:
    return {name: frozenset(values) for name, values in load_patterns("modality").items()}


def _cue(token: Token, *, on_path: bool) -> Certainty | None:
    words = _words()
    lemma = token.lemma_.lower()
    if token.lower_ == "would" and (_narrative_would(token) or _announced_would(token)):
        return None
    if token.lower_ == "would" and _hearsay_would(token):
        return Certainty.PROBABLE
    if lemma in words["possible"] or token.lower_ in words["possible"]:
        return Certainty.POSSIBLE
    if (lemma in words["probable"] or token.lower_ in words["probable"]) and not _reporting_speaker(token) \
            and (token.pos_ == "VERB" or lemma not in words["probable_verbs_only"]):
        return Certainty.PROBABLE
    if token.pos_ == "NOUN" and (lemma in words["probable_nouns"] or token.lower_ in words["probable_nouns"]):
        return Certainty.PROBABLE  # "a sign of", not "signed a pact"
    if on_path and token.pos_ == "NOUN" and token.lower_ in words["hearsay_nouns"]:
        return Certainty.PROBABLE  # "there are reports that G ...", not "X denied the reports"
    if on_path and lemma in words["probable_passive"] and _is_passive(token) and not _named_describer(token):
        return Certainty.PROBABLE
    if on_path and lemma in words["regarding_verbs"] and token.pos_ == "VERB" and (not _is_passive(token) or any(
            c.dep_ in ("xcomp", "ccomp", "oprd") for c in token.children)):
        return Certainty.PROBABLE  # "investigators regard X as the founder of G", "X is considered by P to be ..."
    if on_path and lemma in words["possible_verbs"]:
        return Certainty.POSSIBLE
    if on_path and lemma in words["doubting_verbs"] and token.pos_ == "VERB":
        return Certainty.POSSIBLE  # "officials doubt that G allied with H" ("no doubt that" is no cue)
    if on_path and lemma in _describing_verbs() and _is_passive(token) and any(
            c.dep_ == "advmod" and c.lower_ in words["reputation_adverbs"] for c in token.children):
        return Certainty.PROBABLE  # "is widely described as a co-founder of G": a reputation
    if on_path and _holds_responsible(token):
        return Certainty.PROBABLE
    return None


def _according_to_hypothesis(word: Token) -> bool:
    """'According to the lines of investigation, X belongs to G', 'according to one theory': what a
    working hypothesis holds is probable, whoever holds it."""
    if word.dep_ != "prep" or word.lower_ != "according":
        return False
    return any(_hypothesis(o) for to in word.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj")


def _hypothesis_says(subject: Token, verb: Token) -> bool:
    """'The lines of investigation indicate that G maintains a dispute with H', 'one theory holds that ...':
    a working hypothesis as the subject of the verb whose clause holds the trigger."""
    return subject.dep_ == "nsubj" and verb.pos_ == "VERB" and _hypothesis(subject)


def _hypothesis(noun: Token) -> bool:
    """A noun of a working hypothesis (patterns/modality.yaml hypothesis_nouns); 'line' only with its
    of-phrase ('line of investigation')."""
    return noun.lemma_.lower() in _words()["hypothesis_nouns"] and (noun.lemma_.lower() != "line" or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children))


def _in_judgement(word: Token) -> bool:
    """'In our assessment, X is a senior figure in G', 'by our estimate', 'in the judgement of investigators':
    a judgement, as hedged as 'we assess that' (patterns/modality.yaml judging_nouns)."""
    return word.dep_ == "prep" and word.lower_ in ("in", "by") and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and o.text.islower() and o.lemma_.lower() in _words()["judging_nouns"]
        and not any(c.dep_ == "compound" for c in o.children) for o in word.children)  # not "its Threat Assessment"


def _reporting_speaker(token: Token) -> bool:
    """'Local media have reported that G ...': an active 'reported' with its subject names the source
    (attribution.py), whose words are plain; 'the reported alliance', 'it was reported that' hedge."""
    return token.lower_ == "reported" and token.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lower_ not in ("it", "there") for c in token.children)


def _hearsay_would(would: Token) -> bool:
    """The conditional of hearsay in translated Spanish or Portuguese reporting ('X would command the
    cell known as G', 'X would have taken part', 'the source explained that X would operate as a cell of
    G', 'the gang that would act as the armed wing of G', 'both groups would be at war with G'): 'would'
    on a main verb, on the verb of what someone says, or on a relative clause's verb; its subject a
    named party, 'he'/'she', a relative pronoun or a group noun; no condition in the sentence ('if',
    'unless')."""
    verb = would.head
    if would.dep_ != "aux":
        return False
    main = verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
    if not (main or verb.dep_ in ("ccomp", "relcl")):
        return False
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _words()["predicting_verbs"]:
        return False  # "officers warned that G and H would join forces": a future foreseen, not hearsay
    subjects = [c for v in (verb, verb.head) for c in v.children if c.dep_ == "nsubj"][:1]
    if not subjects:  # 'According to a source who asked not to be named, "X" would be ...'
        subjects = [s for s in [subject_in_source(verb)] if s is not None]
    if not subjects:
        return False
    subject = subjects[0]
    named = subject.pos_ == "PROPN" or subject.lower_ in ("he", "she") or subject.lower_ in ("alias", "aka") and any(
        c.pos_ == "PROPN" for c in subject.children)  # 'X, alias "Y", would be ...': 'alias' the subject names X
    if not named and not (subject.lower_ in ("that", "who", "which") and verb.dep_ == "relcl"
                          or subject.pos_ == "NOUN" and subject.lower_ in _collective_nouns()):
        return False
    return not any(t.lower_ in ("if", "unless", "otherwise") for t in would.sent)


def hearsay_over(trigger: Token) -> bool:
    """Whether a hearsay 'would' (see _hearsay_would) stands on the trigger's verb or a verb above it,
    or an 'is alleged to' / 'allegedly' with no one named: the sentence relays what someone said, as
    the Spanish conditional does."""
    for word in [trigger, *trigger.ancestors]:
        if any(c.dep_ == "aux" and c.lower_ == "would" and not _narrative_would(c) and _hearsay_would(c)
               or c.dep_ == "advmod" and c.lower_ == "allegedly" for c in children_of(word)):
            return True
        if word.lemma_.lower() == "allege" and _is_passive(word) and not any(c.dep_ == "agent" for c in word.children):
            return True
        if word.dep_ == "appos":  # "H, the enforcement arm of G": the article's own background
            return False
    return False


def _announced_would(would: Token) -> bool:
    """'X announced that G and H would stop fighting and join forces', 'the gangs agreed that they would
    share the port': the future an announcing verb commits to (patterns/modality.yaml committing_verbs),
    as sure as the announcing, no hedge."""
    verb = would.head
    return would.dep_ == "aux" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _words()["committing_verbs"]


def _narrative_would(would: Token) -> bool:
    """'X would later found G', 'a crew that would eventually become G': the future seen from the past
    in a narrative, a plain fact and no hedge."""
    return would.lower_ == "would" and any(
        c.dep_ == "advmod" and c.lower_ in _words()["narrative_adverbs"] for c in would.head.children)


@cache
def _collective_nouns() -> frozenset[str]:
    return frozenset(load_patterns("relations")["collective_nouns"])


def _holds_responsible(token: Token) -> bool:
    """'officials hold X responsible for Y': an accusation, as hedged as 'accuse' (patterns/relations.yaml
    accusing_with_complement); 'hold talks' is no cue."""
    relations = load_patterns("relations")
    if token.lemma_.lower() not in relations["accusing_with_complement"]:
        return False
    complements = set(relations["accusing_complements"])
    return any(c.lemma_.lower() in complements for c in token.children)


def _aside(token: Token) -> Certainty | None:
    """A hedge set off as an aside: 'G, I think, made a deal with H', 'it seems', 'police believe',
    'as far as I know' (patterns/modality.yaml parenthetical_hedges, as_far_as_verbs). An aside
    takes no clause of its own: 'I think that ...' is the verb the claim hangs from, read on the path."""
    words = _words()
    if token.dep_ in ("parataxis", "advcl") and token.lemma_.lower() in words["parenthetical_hedges"] \
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in token.children) \
            and any(c.dep_ in ("nsubj", "expl") for c in token.children) and _set_off(token):
        return Certainty.PROBABLE
    if token.dep_ == "advmod" and token.lower_ == "far" and any(c.lower_ == "as" for c in token.children) \
            and any(c.dep_ == "advcl" and c.lemma_.lower() in words["as_far_as_verbs"] for c in token.children):
        return Certainty.PROBABLE  # "as far as I know", "as far as we can tell"
    return None


def _set_off(token: Token) -> bool:
    """A comma or dash on either side of the clause headed by ``token``."""
    doc = token.doc
    first, last = token.left_edge.i, token.right_edge.i
    edges = [doc[first], doc[last]] + [doc[i] for i in (first - 1, last + 1) if 0 <= i < len(doc)]
    return any(t.text in (",", "-", "\u2014", "\u2013") for t in edges)


def _hedged_that(clause: Token, token: Token) -> bool:
    """'My understanding is that ...' (a copula whose subject is a noun of belief, patterns/modality.yaml
    hedging_nouns), 'It is my impression that ...' (the clause hangs from that noun)."""
    nouns = _words()["hedging_nouns"]
    if clause.dep_ == "ccomp" and token.lemma_.lower() == "be":
        return any(c.dep_ in ("nsubj", "attr") and c.lemma_.lower() in nouns for c in token.children)
    return clause.dep_ in ("acl", "ccomp") and token.lemma_.lower() in nouns and token.pos_ == "NOUN" \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _negated(token: Token, *, own_word: bool = True) -> bool:
    words = _words()
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in words["doubting_verbs"]:
        return False  # "there is no doubt that G allied with H" affirms it
    if own_word and lemma in words["negative_verbs"]:
        particles = load_patterns("modality")["negative_particles"].get(lemma)  # "ruled out", not "ruled P"
        if particles is None or any(c.lower_ in particles for c in token.children if c.dep_ in ("prt", "prep")):
            return True
    if own_word and lemma in words["contesting_verbs"] and any(
            c.dep_ == "ccomp" or c.dep_ == "dobj" and c.lemma_.lower() in words["content_nouns"]
            for c in token.children):
        return True  # "X disputed claims that he runs G" (not "G disputes the plaza with H")
    if token.dep_ == "pcomp" and token.head.lower_ == "without":
        return True  # "fled without being arrested"; but "captured without a shot fired" is a capture
    if token.dep_ == "acl" and token.tag_ in ("VBG", "VBN") and _none_of(token.head) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children):
        return True  # "There is no cell of G operating in P", "no gang based in P"
    for child in token.children:
        if child.dep_ == "neg" and _not_merely(child):
            continue  # "did not simply operate: they governed", "not only ... but": more, not less
        if child.dep_ == "neg" or child.lower_ in words["negators"]:
            return True
        if child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and (child.lower_ in ("nobody", "none") or _none_of(child)):
            return True  # "no court ever convicted him", "nobody has charged X", "no charges were filed"
        if child.dep_ == "prep" and child.i < token.i and any(
                o.dep_ == "pobj" and o.lemma_.lower() in ("point", "time", "stage") and any(
                    d.lower_ == "no" for d in o.children) for o in child.children):
            return True  # "At no point was he transferred", "at no time"
    return False


def _not_merely(neg: Token) -> bool:
    """'not simply', 'not just', 'not merely', 'not only': the clause says more than its verb, not less."""
    doc = neg.doc
    return neg.i + 1 < len(doc) and doc[neg.i + 1].lower_ in ("simply", "just", "merely", "only")


def _none_of(noun: Token) -> bool:
    """A noun counted as none: 'no cell', 'no cell of G' (the participle may hang on G)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PRON"):
        noun = noun.head.head
    return noun.pos_ in ("NOUN", "PRON") and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def modality(trigger: Token, *, presupposed: bool = False, own_word: bool = True) -> tuple[Certainty, Polarity]:
    """The certainty and polarity with which the sentence asserts what ``trigger`` names.

    ``presupposed`` facts (read inside a noun phrase: "X, a leader of Y", "the faction
    led by X") take only the cues attached to the trigger itself ("alleged leader").
    Without ``own_word`` the trigger's own word is no cue: "an indictment accuses him of
    smuggling" hedges the smuggling, not the charge the accusing is.
    """
    if presupposed and trigger.dep_ == "relcl" and (_marked(trigger) or predicates_subject(trigger)):
        presupposed = False  # "no evidence that G operates in P": a complement, not a description; "is
        # widely described as one of the men who built G": the description is what the clause says
    certainty = (None if presupposed else _confidence(trigger)) or Certainty.CERTAIN
    if presupposed and _believed_around(trigger):
        certainty = Certainty.PROBABLE  # "prosecutors allege that X, a lieutenant of G, ...": alleged with it
    negative = False
    verb = as_verb(trigger.head) if presupposed and trigger.dep_ == "pobj" else None
    if verb is not None:  # "X, described by officials as a co-founder of Y": the describing hedges
        certainty = _cue(verb, on_path=True) or certainty
    if not presupposed:  # "X would operate in alliance with Y": the verb's modal reaches the phrase
        for c in _phrase_verb_modifiers(trigger):
            cue = _cue(c, on_path=False)
            if cue is not None and ORDER[cue] < ORDER[certainty]:
                certainty = cue
    if not presupposed and _conditional(trigger):
        certainty = Certainty.POSSIBLE  # "if G and H come into conflict", "G will fight H if the talks fail"
    below: Token | None = None
    asked_at = -1  # the word a 'whether' / 'if' question hangs from
    for depth, (token, counts) in enumerate(_scoped(_path(trigger, presupposed=presupposed))):
        under, below = below, token
        if counts == "none":
            continue
        children = children_of(token)  # read once (tokens.children: one index of the heads per document)
        found = [_cue(token, on_path=depth > 0)] if counts == "all" and (depth > 0 or own_word) else []
        if under is not None and under.dep_ == "xcomp" and token.lemma_.lower() in _words()["seeming_verbs"]:
            found.append(Certainty.PROBABLE)  # "X appears to have taken over P", not "banners appeared"
        found += [_cue(c, on_path=False) for c in children if c.dep_ in CHILD_DEPS and c.i != trigger.i
                  and not _hedges_own_clause(c, under)]
        found += [_cue(a, on_path=False) for c in children if c.dep_ in ("prep", "agent") and c.i != trigger.i
                  for a in c.children if a.dep_ == "advmod" and a.i < c.i]  # "allegedly by G", "allegedly on ..."
        found += [_aside(c) for c in children if c.i != trigger.i]
        found += [Certainty.PROBABLE for c in children if _according_to_hypothesis(c)
                  or _in_judgement(c) and c.i < trigger.i  # "X is the head of G and, in the judgement of
                  # investigators, the most important member of H": the judgement is the second conjunct's
                  or depth > 0 and _hypothesis_says(c, token)]  # "one theory holds that ..."
        if any(c.dep_ == "mark" and c.lower_ in _words()["open_marks"] for c in children) and not any(
                t.lemma_.lower() in _words()["answering_verbs"] and not _negated(t, own_word=False)
                for t in token.ancestors):  # "did not confirm whether ..." leaves the question open
            found.append(Certainty.POSSIBLE)  # "it is unclear whether G allied with H": a question, not a fact
            # ("Asked whether G controls P, X denied it": the question answered)
            asked_at = token.i if asked_at < 0 else asked_at  # "have not said whether X faces charges": no 'not'
            # above the question denies it
        if under is not None and under.dep_ in ("nsubj", "nsubjpass") and token.lemma_ == "be" and any(
                c.dep_ == "acomp" and c.lower_ in _words()["open_predicates"] for c in children):
            found.append(Certainty.POSSIBLE)  # "the cartel's relationship with G is unclear"
        if under is not None and _hedged_that(under, token):
            found.append(Certainty.PROBABLE)  # "My understanding is that X runs G"
        for cue in found:
            if cue is not None and ORDER[cue] < ORDER[certainty]:
                certainty = cue
        if 0 <= asked_at != token.i:
            continue
        if counts == "all":
            negative = negative or _negated(token)
        elif not any(c.lower_ == "but" for c in token.children):  # "was not arrested but fled"
            negative = negative or _negated(token, own_word=False)
    if not presupposed and _ended(trigger):
        negative = not negative  # "the conflict with H had ended": no longer; "the rivalry has never ended": still
    return certainty, Polarity.NEGATIVE if negative else Polarity.POSITIVE


def _ended(trigger: Token) -> bool:
    """Whether the trigger is a noun of a lasting tie (patterns/modality.yaml ended_tie_nouns) said to have ended:
    "the conflict with G had ended", "the alliance between G and H collapsed", "the feud is over". The tie is
    no more, so the clause's polarity turns over: a negation of the ending ("has never ended") keeps the tie."""
    if trigger.dep_ not in ("nsubj", "nsubjpass") or trigger.pos_ != "NOUN":
        return False
    words = _words()
    if trigger.lemma_.lower() not in words["ended_tie_nouns"]:
        return False
    verb = trigger.head
    lemma = verb.lemma_.lower()
    return lemma in words["ending_verbs"] or lemma == "be" and any(
        c.lower_ == "over" and c.dep_ in ("advmod", "acomp", "prt") for c in verb.children)


# The words inside a noun phrase a presupposed trigger climbs through to the clause that holds the phrase.
_PHRASE_DEPS = frozenset({"appos", "compound", "poss", "amod", "nmod", "prep", "pobj", "conj", "acl", "npadvmod"})


def _believed_around(trigger: Token) -> bool:
    """Whether the noun phrase of a presupposed trigger describes the subject of a clause someone alleges
    (patterns/modality.yaml alleging_verbs, either voice): "Prosecutors allege that X and Y, both senior
    lieutenants of G, arranged ...", "it is alleged that X, a member of G, ...". The accused is described
    as the allegation has it. A description of another ("alleged that he worked for X, the boss of G"), a
    belief ("investigators believe his sons, X and Y, run it") or a hedge of the clause's own verb ("X, a
    member of G, allegedly killed Y") leaves the description the article's own."""
    word = trigger
    while word.dep_ in _PHRASE_DEPS and word.head.i != word.i and word.head.pos_ not in ("VERB", "AUX"):
        word = word.head
    if word.dep_ not in ("nsubj", "nsubjpass") or word.head.pos_ not in ("VERB", "AUX"):
        return False
    alleging = _words()["alleging_verbs"]
    return any(counts == "all" and token.pos_ == "VERB" and token.lemma_.lower() in alleging
               for token, counts in _scoped(_path(word.head, presupposed=False))[1:])


def _hedges_own_clause(adjective: Token, below: Token | None) -> bool:
    """'The arrest of X is unlikely to end the violence', 'the truce is likely to collapse': an adjective with
    its own 'to' clause hedges that clause, not the subject it is said of (the arrest, the truce)."""
    return adjective.dep_ in ("acomp", "oprd") and below is not None and below.dep_ in ("nsubj", "nsubjpass") \
        and any(c.dep_ == "xcomp" for c in adjective.children)


def _conditional(trigger: Token) -> bool:
    """The trigger's clause, or one above it (up to a relative clause or an apposition, which tell their own
    facts), is opened by 'if' or 'unless', or is conditioned by such a clause: "if G and H come into conflict",
    "G will fight H if the talks fail", "if G allies with H"."""
    marks = _words()["conditional_marks"]
    below = None
    for token in [trigger, *trigger.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in marks for c in token.children) or any(
                c.dep_ == "advcl" and (below is None or c.i != below.i)
                and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children) for c in token.children):
            return True
        if token.dep_ in ("relcl", "appos", "acl"):
            return False
        below = token
    return False


# Words that open a yes/no question: "Did A ally with B?" asserts nothing.
_POLAR = frozenset({"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "can", "could",
                    "will", "would", "should", "may", "might", "must", "shall"})
_OPENERS = frozenset({"\"", "\u201c", "\u2018", "'", ":", "(", "-", "\u2014", "\u2013"})


def asks(trigger: Token) -> bool:
    """Whether the trigger stands in a yes/no question ("Did A form an alliance with B?", also
    quoted or after "Q:"): such a question asserts nothing. A question with a question word ("Why
    did A ally with B?") takes its fact for granted, and keeps it."""
    doc, sentence = trigger.doc, trigger.sent
    text = shared_texts(doc, ORTH)  # the words as an array: no Token made
    end = next((i for i in range(trigger.i, sentence.end) if text[i] in ("?", ".", "!")), None)
    if end is None or doc[end].text != "?":
        return False
    start = trigger.i
    while start > sentence.start and doc[start - 1].text not in _OPENERS and doc[start - 1].text not in ("?", "."):
        start -= 1
    while start < trigger.i and (doc[start].is_punct or doc[start].text in ("Q", "Question")):
        start += 1
    return doc[start].lower_ in _POLAR
