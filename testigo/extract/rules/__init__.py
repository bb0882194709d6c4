"""The relation rules, run over every token of a parsed document.

Authorship ("the DEA published its report") is read first, because other rules
trace "the report said" back to the report's author.
"""

from __future__ import annotations

from testigo.extract.frame import Frame
from testigo.extract.rules.events import event_rules
from testigo.extract.rules.fragments import fragment_rules
from testigo.extract.rules.groups import group_rules
from testigo.extract.rules.paths import path_rules
from testigo.extract.rules.people import people_rules
from testigo.extract.rules.sanctions import sanction_rules
from testigo.extract.rules.ties import tie_rules

__all__ = ["run_rules"]

# Parts of speech no rule is triggered by, and those that trigger only as these words.
INERT = frozenset({"PUNCT", "SPACE", "DET", "CCONJ", "SCONJ", "PART", "PRON", "SYM", "INTJ", "AUX", "ADV"})
KEYED = {"ADP": frozenset({"against"}), "NUM": frozenset({"one"})}


def run_rules(frame: Frame) -> None:
    """Apply every rule family at every token; claims collect on the frame."""
    from testigo.extract.rules.events import _authored

    for token in frame.doc:
        _authored(frame, token)
    for token in frame.doc:
        if token.pos_ in INERT or token.pos_ in KEYED and token.lower_ not in KEYED[token.pos_]:
            continue  # no rule starts at punctuation, determiners, pronouns, auxiliaries ...
        group_rules(frame, token)
        people_rules(frame, token)
        event_rules(frame, token)
        sanction_rules(frame, token)
        tie_rules(frame, token)
    fragment_rules(frame)  # lines with no subject under a name ('Arrested in May.')
    path_rules(frame)  # the fallback, where no specific rule read a pair
