"""The relation rules, run over every content token of a parsed document.

Authorship ("the DEA published its report") is read first, because other rules
trace "the report said" back to the report's author. Each family is a RuleSet
(rules/dispatch.py): at a token it calls only the rules whose declared trigger
the token can match; ``run_rules(frame, dispatch=False)`` calls every rule.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc, Token

from testigo.extract.frame import Frame
from testigo.extract.rules.accounts import account_rules
from testigo.extract.rules.alignment import alignment_rules
from testigo.extract.rules.among import among_rules
from testigo.extract.rules.bosses import serve_bosses
from testigo.extract.rules.coref import REFUSED, references, resolve
from testigo.extract.rules.denials import denial_rules, denied_any_group, denied_deaths
from testigo.extract.rules.dispatch import RuleSet, token_keys
from testigo.extract.rules.events import _authored, event_rules
from testigo.extract.rules.fragments import fragment_rules
from testigo.extract.rules.fronted import fronted_rules
from testigo.extract.rules.ground import ground_rules
from testigo.extract.rules.group_in_hand import group_in_hand_rules
from testigo.extract.rules.groups import group_rules, side_with_led_groups
from testigo.extract.rules.killings import killing_rules
from testigo.extract.rules.leadership import surname_leaders
from testigo.extract.rules.leaving import leaving_rules
from testigo.extract.rules.one_and_other import one_and_other_rules
from testigo.extract.rules.outcomes import outcome_rules
from testigo.extract.rules.paths import path_rules
from testigo.extract.rules.people import people_rules
from testigo.extract.rules.phrases import possessed_aliases
from testigo.extract.rules.retold import events_told_again
from testigo.extract.rules.sanctions import sanction_rules
from testigo.extract.rules.seen_as import seen_as_rules
from testigo.extract.rules.split_sides import split_side_rules
from testigo.extract.rules.splits import split_rules
from testigo.extract.rules.ties import tie_rules
from testigo.extract.rules.verdicts import verdict_rules
from testigo.extract.rules.warring import warring_rules
from testigo.extract.rules.wings import wing_rules
from testigo.extract.tokens import texts, tokens_of

__all__ = ["AUTHORSHIP", "FAMILIES", "content_tokens", "run_rules"]

# Parts of speech no rule is triggered by, and those that trigger only as these words.
INERT = frozenset({"PUNCT", "SPACE", "CCONJ", "SCONJ", "PART", "SYM", "INTJ", "ADV"})
# Auxiliaries trigger no rule; a word the parser took for one that is none ('The cartel moves cocaine', its
# 'moves' an AUX) is a verb misread and stays content.
AUXILIARIES = frozenset({"be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might",
                         "must", "ought", "need", "dare", "get", "ca", "wo", "'s", "'re", "'m", "'ve", "'d", "'ll",
                         "is", "are", "was", "were", "am", "been", "being", "has", "had", "does", "did"})
KEYED = {"ADP": frozenset({"against"}), "NUM": frozenset({"one"}), "DET": frozenset({"another"}),
         "PRON": frozenset({"another"})}  # "Y is another of the group's leaders"

AUTHORSHIP = RuleSet(_authored)
# The rule families, in the order they run at each token. A new family goes here; one that is
# a plain function, or a RuleSet whose rules declare no trigger, runs at every content token.
FAMILIES = (group_rules, alignment_rules, people_rules, event_rules, sanction_rules, tie_rules, leaving_rules,
            outcome_rules, verdict_rules, among_rules, killing_rules, denial_rules, split_rules, wing_rules,
            warring_rules, split_side_rules, group_in_hand_rules, one_and_other_rules, ground_rules,
            seen_as_rules, fronted_rules)
EVERY_FAMILY = RuleSet(*FAMILIES)  # one choice of rules per token for all families


def content_tokens(doc: Doc, words: tuple[list[str], list[str], list[str]] | None = None) -> list[Token]:
    """The tokens a rule may start at: not punctuation, determiners, pronouns, auxiliaries ... (``words``:
    the document's ``_words`` when already read)."""
    tokens, (pos, lower, lemma) = tokens_of(doc), words or _words(doc)
    return [tokens[i] for i, p in enumerate(pos) if not (p in INERT or p in KEYED and lower[i] not in KEYED[p]
                                                         or p == "AUX" and (lemma[i] in AUXILIARIES
                                                                            or lower[i] in AUXILIARIES))]


def _words(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    """Each token's part of speech, lower-cased text and lower-cased lemma, read from the Doc's arrays."""
    return texts(doc, POS), texts(doc, LOWER), texts(doc, LEMMA, str.lower)


def run_rules(frame: Frame, *, dispatch: bool = True) -> None:
    """Apply every rule family at every content token; claims collect on the frame."""
    frame.coref, frame.refused = references(frame), REFUSED
    words = _words(frame.doc)
    content = content_tokens(frame.doc, words)
    pos, lower, lemma = words
    indexes = [t.i for t in content]
    keys = list(zip(indexes, token_keys(frame, indexes, pos, lemma, lower), strict=True)) if dispatch \
        else [None] * len(content)
    for token, key in zip(content, keys, strict=True):
        frame.key = key
        AUTHORSHIP(frame, token)
    frame.resolver = resolve  # references are read back from here on, each when a rule first asks (authorship
    # reads names)
    for token, key in zip(content, keys, strict=True):
        frame.key = key
        EVERY_FAMILY(frame, token)
    frame.key = None
    side_with_led_groups(frame)  # 'X sealed a pact with G ... X, who leads H': H with G
    possessed_aliases(frame)  # "Valenciano's side" unread: an alias of the group the text says he leads
    surname_leaders(frame)  # 'the Díaz Parada group': led by Pedro Díaz Parada, where the text says no more
    serve_bosses(frame)  # 'X's lieutenant': a member of the groups the text says X leads (also by his surname)
    fragment_rules(frame)  # lines with no subject under a name ('Arrested in May.')
    path_rules(frame)  # the fallback, where no specific rule read a pair
    denied_any_group(frame)  # 'X denied leading any cartel': the leadership told of X, before or after, denied
    denied_deaths(frame)  # 'X is still alive': the killings told of X, denied
    events_told_again(frame)  # 'The arrests took place in P on 9 March': the arrests told before, dated
    account_rules(frame)  # other accounts of an event's date, over the claims made
