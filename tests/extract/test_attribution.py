"""Source spans: quotes, reported speech, "according to" and hearsay (testigo.extract.attribution)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from testigo.errors import ExtractError
from testigo.extract.attribution import (
    ACCORDING_TO,
    HEARSAY,
    QUOTE,
    REPORTED,
    SourceSpan,
    enclosing,
    find_sources,
    load_reporting_patterns,
    parse_reporting_patterns,
)

pytestmark = pytest.mark.model

SEED = Path(__file__).resolve().parents[2] / "examples" / "cjng-chapitos-alliance.txt"  # the seed, copied


def sources(nlp: Any, text: str) -> list[SourceSpan]:
    spans = find_sources(nlp(text))
    check_invariants(text, spans)
    return spans


def check_invariants(text: str, spans: list[SourceSpan]) -> None:
    assert all(a.start <= b.start for a, b in zip(spans, spans[1:], strict=False))
    for s in spans:
        assert 0 <= s.start <= s.end <= len(text)
        assert s.kind in (QUOTE, REPORTED, ACCORDING_TO, HEARSAY)
        if s.speaker is None:
            assert s.speaker_start is None and s.speaker_end is None
        else:
            assert s.speaker_start is not None and s.speaker_end is not None
            assert text[s.speaker_start:s.speaker_end] == s.speaker


def body(text: str, span: SourceSpan) -> str:
    return text[span.start:span.end]


def only(spans: list[SourceSpan], **fields: Any) -> SourceSpan:
    found = [s for s in spans if all(getattr(s, k) == v for k, v in fields.items())]
    assert len(found) == 1, (fields, spans)
    return found[0]


# --------------------------------------------------------------------------- 1. direct quotes


def test_quote_introduced_by_a_colon(nlp: Any) -> None:
    text = "The ministry stated: “The convoy was attacked near the border.”"
    s = only(sources(nlp, text), kind=QUOTE)
    assert body(text, s) == "The convoy was attacked near the border."
    assert (s.cue, s.speaker) == ("state", "The ministry")
    assert text[s.speaker_start:s.speaker_end] == "The ministry"


def test_quote_with_straight_marks(nlp: Any) -> None:
    text = 'The governor wrote: "Our police will patrol the highway every night."'
    s = only(sources(nlp, text), kind=QUOTE)
    assert body(text, s) == "Our police will patrol the highway every night."
    assert (s.cue, s.speaker) == ("write", "The governor")


def test_speaker_after_a_participle_of_saying(nlp: Any) -> None:
    text = "A masked man is heard saying: “Nobody will leave this town alive tonight.”"
    s = only(sources(nlp, text), kind=QUOTE)
    assert (s.cue, s.speaker) == ("say", "A masked man")


@pytest.mark.parametrize(("text", "speaker"), [
    ("“We will not negotiate with anyone,” a spokesman said.", "a spokesman"),
    ("“The road to the coast is closed,” said the mayor of Culiacán.", "the mayor of Culiacán"),
])
def test_speaker_after_the_quote(nlp: Any, text: str, speaker: str) -> None:
    s = only(sources(nlp, text), kind=QUOTE)
    assert s.speaker == speaker and s.cue == "say"
    assert body(text, s).startswith("We will") or body(text, s).startswith("The road")
    assert not body(text, s).endswith(",")


def test_the_that_clause_after_the_verb_over_a_clause_before_its_colon(nlp: Any) -> None:
    """'The study was more careful: its authors wrote that ...': the parser may hang the clause before
    the colon on 'wrote' too; what the authors wrote is the clause after 'that'."""
    text = ("The study was more careful: its authors wrote that the Tejones gang \"may have\" struck a deal "
            "with the Cuervos, but found no proof.")
    s = only(sources(nlp, text), kind=REPORTED)
    assert (s.cue, s.speaker) == ("write", "its authors")
    assert body(text, s).startswith("the Tejones gang")


def test_partial_quote_inside_reported_clause_is_one_span(nlp: Any) -> None:
    text = "The prosecutor wrote that the gang was “the largest supplier of methamphetamine in the region.”"
    spans = sources(nlp, text)
    s = only(spans, kind=REPORTED)
    assert (s.cue, s.speaker) == ("write", "The prosecutor")
    assert body(text, s).startswith("the gang was “the largest")
    assert body(text, s).endswith("region.”")
    assert not [x for x in spans if x.kind == QUOTE]


def test_quote_continued_in_the_next_paragraph(nlp: Any) -> None:
    text = ("The memo explained: “The first shipment left the port in May.\n"
            "“The second shipment never arrived, and the buyers were never paid.”\n"
            "Officials did not comment on the memo.")
    s = only(sources(nlp, text), kind=QUOTE)
    assert body(text, s).startswith("The first shipment")
    assert body(text, s).endswith("never paid.")
    assert "\n" in body(text, s)
    assert (s.cue, s.speaker) == ("explain", "The memo")


def test_unclosed_quote_ends_with_its_paragraph(nlp: Any) -> None:
    text = "The chief said: “We found nothing in the house at all\nThe next day the army arrived."
    s = only(sources(nlp, text), kind=QUOTE)
    assert body(text, s) == "We found nothing in the house at all"
    assert s.speaker == "The chief"


def test_next_quote_of_the_same_speaker(nlp: Any) -> None:
    text = "“We are ready for them,” the general said. “The operation starts tomorrow at dawn.”"
    quotes = [s for s in sources(nlp, text) if s.kind == QUOTE]
    assert [s.speaker for s in quotes] == ["the general", "the general"]
    assert body(text, quotes[1]) == "The operation starts tomorrow at dawn."


def test_verb_of_speaking_after_a_question_or_exclamation(nlp: Any) -> None:
    text = ("“The highway is safe again,” the mayor said. “Why would they attack us now?” he asked. "
            "“You will pay for this!” the gunman screamed at the crowd.")
    quotes = [s for s in sources(nlp, text) if s.kind == QUOTE]
    assert [(s.speaker, s.cue) for s in quotes] == [("the mayor", "say"), ("he", "ask"),
                                                    ("the gunman", "scream")]


def test_hard_wrapped_text_keeps_a_quote_across_lines(nlp: Any) -> None:
    text = ("The commander of the local police force spoke to reporters on\n"
            "Tuesday. He said: “We have found the bodies of six men near the\n"
            "highway, and we think the killers came from the neighbouring state.\n"
            "We will not rest until we find them.” He added that the army had sent\n"
            "two hundred soldiers to the area and that the roads were closed.\n")
    spans = sources(nlp, text)
    quote = only(spans, kind=QUOTE)
    assert quote.speaker == "He"
    assert body(text, quote).endswith("until we find them.")
    added = only(spans, cue="add")
    assert body(text, added).endswith("the roads were closed")


def test_scare_quotes_and_single_quoted_names_are_not_sources(nlp: Any) -> None:
    text = ("Analysts call the new bloc a “narco federation” in the north. "
            "The gunmen answered to ‘El Tigre’ and to 'La Bruja' in the state. "
            "Locals speak of a \"war tax\" on every shop.")
    assert sources(nlp, text) == []


# --------------------------------------------------------------------------- 2. according to


def test_according_to_before_the_clause(nlp: Any) -> None:
    text = "According to local police, the gunmen escaped in two trucks."
    s = only(sources(nlp, text), kind=ACCORDING_TO)
    assert body(text, s) == "the gunmen escaped in two trucks"
    assert (s.cue, s.speaker) == ("according to", "local police")


def test_according_to_after_the_clause(nlp: Any) -> None:
    text = "The gunmen escaped in two trucks, according to witnesses."
    s = only(sources(nlp, text), kind=ACCORDING_TO)
    assert body(text, s) == "The gunmen escaped in two trucks"
    assert s.speaker == "witnesses"


def test_according_to_data_from_names_the_data_owner(nlp: Any) -> None:
    text = "Homicides rose by a third according to data from the National Statistics Institute (INEGI)."
    s = only(sources(nlp, text), kind=ACCORDING_TO)
    assert s.speaker == "the National Statistics Institute (INEGI)"
    assert body(text, s) == "Homicides rose by a third"


# --------------------------------------------------------------------------- 3. reporting verbs


@pytest.mark.parametrize("verb,lemma", [
    ("said", "say"), ("stated", "state"), ("claimed", "claim"), ("warned", "warn"), ("added", "add"),
    ("wrote", "write"), ("reported", "report"), ("explained", "explain"), ("alleged", "allege"),
    ("confirmed", "confirm"), ("denied", "deny"),
])
def test_reporting_verb_with_that_clause(nlp: Any, verb: str, lemma: str) -> None:
    text = f"The lawyer {verb} that his client had never met the cartel leaders."
    s = only(sources(nlp, text), kind=REPORTED)
    assert body(text, s) == "his client had never met the cartel leaders"
    assert (s.cue, s.speaker) == (lemma, "The lawyer")
    assert (s.speaker_start, s.speaker_end) == (0, len("The lawyer"))


def test_parenthetical_reporting_clause(nlp: Any) -> None:
    text = "The operation, officials said, was planned for months."
    s = only(sources(nlp, text), kind=REPORTED)
    assert (s.cue, s.speaker) == ("say", "officials")
    assert body(text, s) == "The operation, officials said, was planned for months"


def test_clause_after_the_reporting_verb(nlp: Any) -> None:
    text = "The cartel controls the port, police said."
    s = only(sources(nlp, text), kind=REPORTED)
    assert (s.cue, s.speaker) == ("say", "police")
    assert body(text, s) == "The cartel controls the port"


def test_told_and_bare_complement(nlp: Any) -> None:
    text = "The mayor told reporters the town had been without water for a week."
    s = only(sources(nlp, text), kind=REPORTED)
    assert (s.cue, s.speaker) == ("tell", "The mayor")
    assert body(text, s) == "the town had been without water for a week"


def test_participle_speaker(nlp: Any) -> None:
    text = "The town fell silent, with residents warning the gang would return."
    s = only(sources(nlp, text), kind=REPORTED)
    assert (s.cue, s.speaker) == ("warn", "residents")
    assert body(text, s) == "the gang would return"


def test_participle_modifying_a_noun(nlp: Any) -> None:
    text = "A statement saying that the group had disbanded was posted online."
    s = only(sources(nlp, text), kind=REPORTED)
    assert (s.cue, s.speaker) == ("say", "A statement")
    assert body(text, s) == "the group had disbanded"


def test_coordinated_report_is_not_swallowed(nlp: Any) -> None:
    text = ("Federal officials indicated that the pilot had surrendered, and two newspapers "
            "reported that he flew the plane himself.")
    spans = sources(nlp, text)
    first = only(spans, cue="indicate")
    second = only(spans, cue="report")
    assert body(text, first) == "the pilot had surrendered"
    assert second.speaker == "two newspapers"
    assert body(text, second) == "he flew the plane himself"


# --------------------------------------------------------------------------- 4. hearsay


@pytest.mark.parametrize("opening", ["It has been reported that", "It is reported that", "It was said that"])
def test_impersonal_hearsay(nlp: Any, opening: str) -> None:
    text = f"{opening} the commander fled to Guatemala."
    s = only(sources(nlp, text), kind=HEARSAY)
    assert s.speaker is None and s.speaker_start is None
    assert body(text, s) == "the commander fled to Guatemala"


def test_reportedly(nlp: Any) -> None:
    text = "The smugglers were arrested in May; the pilot reportedly escaped to the coast."
    s = only(sources(nlp, text), kind=HEARSAY)
    assert (s.cue, s.speaker) == ("reportedly", None)  # a hedge: frame.py keeps it out of the source chain
    assert body(text, s) == "the pilot reportedly escaped to the coast"


def test_anonymous_sources(nlp: Any) -> None:
    text = "Sources said the commander fled to Guatemala."
    s = only(sources(nlp, text), kind=HEARSAY)
    assert s.speaker == "Sources"
    assert body(text, s) == "the commander fled to Guatemala"


def test_reports_that(nlp: Any) -> None:
    text = "Reports that the two cartels had signed a pact could not be verified."
    s = only(sources(nlp, text), kind=HEARSAY)
    assert s.speaker is None and body(text, s) == "the two cartels had signed a pact"


@pytest.mark.parametrize("text", [
    "It is believed that the commander fled to Guatemala.",
    "The two groups are said to have signed a truce last year.",
    "The gang was reported to control the port.",
])
def test_certainty_cues_are_not_sources(nlp: Any, text: str) -> None:
    assert sources(nlp, text) == []


# --------------------------------------------------------------------------- 5. nesting


def test_according_to_inside_a_quote(nlp: Any) -> None:
    text = "The agency added: “According to local reporters, the cell moved its laboratory to the mountains.”"
    spans = sources(nlp, text)
    outer = only(spans, kind=QUOTE)
    inner = only(spans, kind=ACCORDING_TO)
    assert outer.speaker == "The agency" and inner.speaker == "local reporters"
    assert outer.start <= inner.start <= inner.end <= outer.end
    assert spans.index(outer) < spans.index(inner)
    assert body(text, inner) == "the cell moved its laboratory to the mountains"


def test_according_to_inside_reported_clause(nlp: Any) -> None:
    text = "The report said that, according to the navy, the vessel carried two tonnes of cocaine."
    spans = sources(nlp, text)
    outer = only(spans, kind=REPORTED)
    inner = only(spans, kind=ACCORDING_TO)
    assert outer.speaker == "The report" and inner.speaker == "the navy"
    assert outer.start <= inner.start <= inner.end <= outer.end
    assert body(text, inner) == "the vessel carried two tonnes of cocaine"


def test_reporting_verb_inside_a_quote(nlp: Any) -> None:
    text = "The witness wrote: “My neighbour told me that the men had come back for the trucks.”"
    spans = sources(nlp, text)
    outer = only(spans, kind=QUOTE)
    inner = only(spans, kind=REPORTED)
    assert (outer.speaker, inner.speaker) == ("The witness", "My neighbour")
    assert outer.start <= inner.start <= inner.end <= outer.end


# --------------------------------------------------------------------------- the seed article


@pytest.fixture(scope="module")
def seed(nlp: Any) -> tuple[str, list[SourceSpan]]:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    text = SEED.read_text(encoding="utf-8")
    spans = find_sources(nlp(text))
    check_invariants(text, spans)
    return text, spans


def starting(text: str, spans: list[SourceSpan], words: str, kind: str | None = None) -> SourceSpan:
    found = [s for s in spans if text[s.start:s.end].startswith(words) and kind in (None, s.kind)]
    assert len(found) == 1, (words, found)
    return found[0]


def test_seed_report_stated(seed: tuple[str, list[SourceSpan]]) -> None:
    text, spans = seed
    s = starting(text, spans, "A strategic alliance between the CJNG", QUOTE)
    assert (s.speaker, s.cue) == ("The report", "state")
    assert text[s.end - 1] == "."


def test_seed_quote_over_two_paragraphs(seed: tuple[str, list[SourceSpan]]) -> None:
    text, spans = seed
    s = starting(text, spans, "On July 25, 2026", QUOTE)
    assert body(text, s).endswith("which continues today.")
    assert "\n“This arrest brought into custody" in body(text, s)
    assert (s.speaker, s.cue) == ("The DEA report", "explain")


def test_seed_according_to_inside_dea_quote(seed: tuple[str, list[SourceSpan]]) -> None:
    text, spans = seed
    outer = starting(text, spans, "According to Mexican news sources", QUOTE)
    assert outer.speaker == "The DEA report" and outer.cue == "add"
    inner = only(spans, kind=ACCORDING_TO, speaker="Mexican news sources")
    assert outer.start < inner.start < inner.end <= outer.end
    assert body(text, inner).startswith("CJNG could capitalise")


def test_seed_chain_of_sources(seed: tuple[str, list[SourceSpan]]) -> None:
    text, spans = seed
    at = text.index("CJNG could capitalise")
    chain = enclosing(spans, at, at + len("CJNG could capitalise"))
    assert [s.speaker for s in chain] == ["The DEA report", "Mexican news sources"]
    at = text.index("The Sinaloa Cartel and Jalisco New Generation Cartel, along")
    assert enclosing(spans, at, at + 10) == []


def test_seed_video_claim(seed: tuple[str, list[SourceSpan]]) -> None:
    text, spans = seed
    s = only(spans, speaker="those who took the video")
    assert s.kind == REPORTED and s.cue == "claim"
    assert body(text, s).startswith("it shows an alleged alliance")


def test_seed_experts_warning(seed: tuple[str, list[SourceSpan]]) -> None:
    text, spans = seed
    s = only(spans, speaker="experts")
    assert s.kind == REPORTED and s.cue == "warn"
    assert body(text, s).startswith("the cartel collaboration could intensify violence")


def test_seed_it_has_been_reported(seed: tuple[str, list[SourceSpan]]) -> None:
    text, spans = seed
    at = text.index("It has been reported that")
    found = [s for s in spans if at < s.start < at + 40]
    assert len(found) == 1
    assert found[0].kind == HEARSAY and found[0].speaker is None and found[0].cue == "report"


def test_seed_man_in_the_video(seed: tuple[str, list[SourceSpan]]) -> None:
    text, spans = seed
    s = starting(text, spans, "The rumours are true", QUOTE)
    assert s.speaker == "One of those in the video" and s.cue == "say"


def test_seed_no_source_for_hedges_and_scare_quotes(seed: tuple[str, list[SourceSpan]]) -> None:
    text, spans = seed
    first_line_end = text.index("\n")
    believed = text.index("It is believed that")
    for s in spans:
        assert s.start > first_line_end  # "are said to have formed" is a hedge, not a source
        assert not believed <= s.start < believed + 200 or s.cue != "believe"
        assert "super cartel" not in body(text, s)
    assert not any(s.cue == "believe" for s in spans)


def test_seed_cdc_data_and_murphy(seed: tuple[str, list[SourceSpan]]) -> None:
    text, spans = seed
    cdc = only(spans, kind=ACCORDING_TO, speaker="the Centers for Disease Control and Prevention (CDC)")
    added = only(spans, kind=REPORTED, speaker="The report")
    assert added.start <= cdc.start < cdc.end <= added.end
    murphy = only(spans, speaker="Acting Administrator Robert Murphy")
    assert murphy.kind == REPORTED and body(text, murphy).endswith("into the United States.”")


# --------------------------------------------------------------------------- robustness


PIECES = list("ab XY\n.,:;“”\"'‘’«»()é🙂\u2028\r\x00") + [
    "said", " that ", "according to ", "reportedly", "It is reported", " he said, ", ": “", "Sources said "]
TRICKY = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(TRICKY, st.text(max_size=40)))
def test_never_raises_and_spans_are_in_bounds(nlp: Any, text: str) -> None:
    spans = find_sources(nlp(text))
    check_invariants(text, spans)


@pytest.mark.parametrize("text", ["", "“", "”", '"', "‘", "«", "“”", '""', "\n\n“\n”\n", "said", ":“",
                                  "He said: “", "“Unclosed\n“still open\n\n“and open again"])
def test_degenerate_inputs(nlp: Any, text: str) -> None:
    check_invariants(text, find_sources(nlp(text)))


def test_huge_sentence_with_a_deep_parse(nlp: Any) -> None:
    from spacy.tokens import Doc

    n = 20_000
    cycle = ["officials", "said", "that", "“", "men", "”", "according", "to", "police", "reportedly"]
    tags = {"said": "VERB", "according": "VERB", "reportedly": "ADV", "to": "ADP", "that": "SCONJ",
            "“": "PUNCT", "”": "PUNCT"}
    deps = ["nsubj", "ccomp", "mark", "punct", "nsubj", "punct", "prep", "prep", "pobj", "advmod"]
    words = [cycle[i % len(cycle)] for i in range(n)]
    doc = Doc(nlp.vocab, words=words, heads=[min(i + 1, n - 1) for i in range(n)],
              deps=[deps[i % len(deps)] if i < n - 1 else "ROOT" for i in range(n)],
              pos=[tags.get(w, "NOUN") for w in words],
              lemmas=[{"said": "say", "according": "accord"}.get(w, w) for w in words],
              sent_starts=[True] + [False] * (n - 1))
    check_invariants(doc.text, find_sources(doc))


def test_huge_parsed_sentence(nlp: Any) -> None:
    text = " ".join(["officials said that the men fled, according to police, and “the trucks"] * 1_334)
    doc = nlp(text)
    assert len(doc) >= 20_000
    started = time.process_time()  # CPU time, which a loaded machine does not inflate
    check_invariants(text, find_sources(doc))
    assert time.process_time() - started < 5


def test_unparsed_doc(nlp: Any) -> None:
    import spacy

    text = "The chief said: “We found nothing in the house at all.” A “super cartel” formed."
    spans = find_sources(spacy.blank("en")(text))
    check_invariants(text, spans)
    assert [body(text, s) for s in spans] == ["We found nothing in the house at all."]


# --------------------------------------------------------------------------- the trigger file


def test_packaged_patterns() -> None:
    pat = load_reporting_patterns()
    assert {"say", "state", "claim", "warn", "add", "write", "report"} <= pat.verbs
    assert not {"believe", "think", "expect"} & pat.verbs
    assert pat.according_to[("according", "to")] == "according to"
    assert pat.hearsay_adverbs["reportedly"] == "reportedly"
    assert "‘" not in pat.opening + pat.closing + pat.straight
    assert load_reporting_patterns() is pat  # read once


@pytest.mark.parametrize("data", [[], {"verbs": "say"}, {"according_to": ["according to"]},
                                  {"quotes": {"min_words": "many"}}])
def test_malformed_patterns_raise(data: Any) -> None:
    with pytest.raises(ExtractError):
        parse_reporting_patterns(data)
