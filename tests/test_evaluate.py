"""testigo eval's matching of event objects: an agency counts for its country, and a designating country
(DESIGN.md: designations are by a country) for the agency an expected file names."""

from __future__ import annotations

from pathlib import Path

import pytest

from testigo.evaluate import load_expected, score
from testigo.kb import load_kb
from testigo.model import Claim, Document, Entity, Evidence

EXPECTED = """\
document: {file: a.txt}
entities:
  - {id: pedro, type: person, name: Pedro Ruiz Soto}
  - {id: usa, type: country, name: United States}
  - {id: dea, type: agency, name: Drug Enforcement Administration}
  - {id: halcones, type: criminal_group, name: Los Halcones}
events:
  - {type: arrest, subject: pedro, by: usa, certainty: certain, attributed_to: article}
  - {type: designation, subject: halcones, by: dea, certainty: certain, attributed_to: article}
"""


def _score(tmp_path: Path, arrested_by: str, designated_by: str, *, kb: bool = True,
           text: str = EXPECTED) -> list[bool]:
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "a.expected.yaml").write_text(text, encoding="utf-8")
    expected = load_expected(tmp_path / "a.expected.yaml")
    knowledge = load_kb()
    entities = {i: knowledge.entities[i] for i in ("kb-usa", "kb-dea", "kb-fgr")}
    for kind, name in (("person", "Pedro Ruiz Soto"), ("criminal_group", "Los Halcones")):
        entity = Entity.make(kind, name)
        entities[entity.id] = entity
    document = Document.make("Text.", "a.txt")
    claims = [Claim.make(document.id, _id_of(entities, "Pedro Ruiz Soto"), "arrested", object_id=arrested_by,
                         evidence=Evidence("Text.", 0, 5), rule="test"),
              Claim.make(document.id, _id_of(entities, "Los Halcones"), "designated",
                         object_id=designated_by, evidence=Evidence("Text.", 0, 5), rule="test")]
    result = score(expected, document, claims, entities, knowledge if kb else None)
    return [o.found for o in result.outcomes]


def _id_of(entities: dict[str, Entity], name: str) -> str:
    return next(i for i, e in entities.items() if e.name == name)


def test_an_arrest_by_an_agency_counts_for_its_country(tmp_path: Path) -> None:
    assert _score(tmp_path, "kb-dea", "kb-dea") == [True, True]


def test_a_designating_country_counts_for_the_agency_the_expected_file_names(tmp_path: Path) -> None:
    assert _score(tmp_path, "kb-usa", "kb-usa") == [True, True]  # the extractor gives the DEA's country
    assert _score(tmp_path, "kb-usa", "kb-mexico") == [True, False]
    assert _score(tmp_path, "kb-usa", "kb-usa", kb=False) == [True, False]


def test_an_arrest_by_a_country_does_not_count_for_one_of_its_agencies(tmp_path: Path) -> None:
    by_the_dea = EXPECTED.replace("{type: arrest, subject: pedro, by: usa", "{type: arrest, subject: pedro, by: dea")
    assert _score(tmp_path, "kb-usa", "kb-dea", text=by_the_dea) == [False, True]
    assert _score(tmp_path, "kb-dea", "kb-dea", text=by_the_dea) == [True, True]


def test_an_agency_of_another_country_or_without_the_kb_does_not_count(tmp_path: Path) -> None:
    assert _score(tmp_path, "kb-fgr", "kb-dea") == [False, True]  # Mexico's prosecutor for 'by: usa'
    assert _score(tmp_path, "kb-dea", "kb-dea", kb=False) == [False, True]


def test_names_match_whatever_their_accents_hyphens_dots_and_quote_marks() -> None:
    from testigo.evaluate import name_forms

    assert name_forms("Guzmán-López") & name_forms("Guzman Lopez")
    assert name_forms("U.S. Treasury") & name_forms("US Treasury")
    assert name_forms('Joaquín "El Chapo" Guzmán') & name_forms("Joaquín Guzmán")
    assert name_forms("Joaquín \u201cEl Chapo\u201d Guzmán") & name_forms("El Chapo")


def test_names_of_different_people_do_not_match() -> None:
    from testigo.evaluate import name_forms

    assert not name_forms("Ovidio Guzmán López") & name_forms("Joaquín Guzmán Loera")
    assert not name_forms("Guzmán Loera") & name_forms("Guzmán López")
    assert not name_forms('Ismael "El Mayo" Zambada García') & name_forms("Ismael Zambada Sicairos")


def test_a_miss_says_which_end_the_text_never_names(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "a.expected.yaml").write_text("""\
document: {file: a.txt}
entities:
  - {id: pedro, type: person, name: Pedro Ruiz Soto, aliases: [El Chato]}
  - {id: halcones, type: criminal_group, name: Los Halcones}
facts:
  - {subject: pedro, relation: leader_of, object: halcones, certainty: certain, attributed_to: article}
""", encoding="utf-8")
    expected = load_expected(tmp_path / "a.expected.yaml")
    document = Document.make("Text.", "a.txt")
    pedro, halcones = Entity.make("person", "El Chato"), Entity.make("criminal_group", "Los Halcones")

    only_pedro = score(expected, document, [], {pedro.id: pedro})
    both = score(expected, document, [], {pedro.id: pedro, halcones.id: halcones})

    assert only_pedro.outcomes[0].why == "object 'Los Halcones' not recognised in the text"
    assert both.outcomes[0].why == "no claim with these ends and predicate"


SOURCED = """\
document: {file: a.txt}
entities:
  - {id: halcones, type: criminal_group, name: Los Halcones}
  - {id: sonora, type: place, name: Sonora}
  - {id: treasury, type: agency, name: US Treasury Department}
facts:
  - {subject: halcones, relation: operates_in, object: sonora, certainty: certain, attributed_to: treasury}
"""


def _sourced(tmp_path: Path, source: str, *, kb: bool = True, wanted: str = "treasury") -> bool:
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    key = SOURCED.replace("attributed_to: treasury", f"attributed_to: {wanted}")
    (tmp_path / "a.expected.yaml").write_text(key.replace("id: treasury", "id: ustd") if "ustd" in wanted else key,
                                              encoding="utf-8")
    expected = load_expected(tmp_path / "a.expected.yaml")
    entities = {e.id: e for e in (Entity.make("criminal_group", "Los Halcones"), Entity.make("place", "Sonora"))}
    document = Document.make("Text.", "a.txt")
    ids = {e.name: i for i, e in entities.items()}
    claim = Claim.make(document.id, ids["Los Halcones"], "operates_in", object_id=ids["Sonora"],
                       evidence=Evidence("Text.", 0, 5), rule="test", attributed_to=("article", source))
    return score(expected, document, [claim], entities, load_kb() if kb else None).outcomes[0].found


def test_a_source_is_matched_by_every_name_the_knowledge_base_gives_it(tmp_path: Path) -> None:
    assert _sourced(tmp_path, "United States Department of the Treasury")  # the KB's name for it
    assert not _sourced(tmp_path, "United States Department of the Treasury", kb=False)
    assert not _sourced(tmp_path, "Drug Enforcement Administration")


def test_a_source_chain_written_as_a_list_is_the_chain(tmp_path: Path) -> None:
    """'[article, ustd]' is 'article > ustd': the id is looked up, not read as words ('ustd' names nothing)."""
    assert _sourced(tmp_path, "US Treasury Department", wanted="[article, ustd]")
    assert not _sourced(tmp_path, "Drug Enforcement Administration", wanted="[article, ustd]")
    assert not _sourced(tmp_path, "US Treasury Department", wanted="[article]")
    assert _sourced(tmp_path, "US Treasury Department", wanted="[ustd, local reporters]")  # either says it
    assert not _sourced(tmp_path, "Drug Enforcement Administration", wanted="[ustd, local reporters]")


OFFICIAL = """\
document: {file: a.txt}
entities:
  - {id: ana, type: person, name: Ana Ruiz Soto}
  - {id: gov, type: agency, name: GOVERNMENT}
facts:
  - {subject: ana, relation: official_of, object: gov, certainty: certain, attributed_to: article}
"""


def _official_of(tmp_path: Path, expected_name: str, country: str) -> bool:
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "a.expected.yaml").write_text(OFFICIAL.replace("GOVERNMENT", expected_name), encoding="utf-8")
    expected = load_expected(tmp_path / "a.expected.yaml")
    knowledge = load_kb()
    ana = Entity.make("person", "Ana Ruiz Soto")
    entities = {ana.id: ana, country: knowledge.entities[country]}
    document = Document.make("Text.", "a.txt")
    claim = Claim.make(document.id, ana.id, "official_of", object_id=country, evidence=Evidence("Text.", 0, 5),
                       rule="test")
    return score(expected, document, [claim], entities, knowledge).outcomes[0].found


@pytest.mark.parametrize("name", ["Government of Mexico", "the Mexican government", "Mexico's federal government"])
def test_a_countrys_government_is_the_country(tmp_path: Path, name: str) -> None:
    assert _official_of(tmp_path, name, "kb-mexico")


@pytest.mark.parametrize("name", ["Government of Sinaloa", "Guatemalan government", "Mexican army"])
def test_a_states_or_another_countrys_government_is_not(tmp_path: Path, name: str) -> None:
    assert not _official_of(tmp_path, name, "kb-mexico")


def test_a_leading_the_is_no_part_of_a_name() -> None:
    from testigo.evaluate import name_forms

    assert name_forms("the Indictment") & name_forms("Indictment")
    assert not name_forms("the") & name_forms("The Hague")


RANGED = """\
document: {file: a.txt}
entities:
  - {id: halcones, type: criminal_group, name: Los Halcones}
  - {id: sonora, type: place, name: Sonora}
facts:
  - {subject: halcones, relation: operates_in, object: sonora, certainty: certain, attributed_to: article, DATE}
"""


@pytest.mark.parametrize(("date", "claimed", "found"), [
    ("date: {start: 2016}", "2016", True),
    ("date: {start: 2016}", "2017", False),
    ("date: {end: 2009-12}", "2009-12", True),
    ("date: {end: null, note: no dates given}", None, True),
    ("date: 'from 2000-12'", "2000-12", True),  # the key's words are not the claim's, its ISO date is
    ("date: 'from 2000-12'", "2000", False),
    ("date: 'between 2008 and 2010'", "2008", False),  # every date it writes
    ("date: 'last year'", "2016", False),
])
def test_a_date_range_is_met_by_each_end_it_gives(tmp_path: Path, date: str, claimed: str | None,
                                                  found: bool) -> None:
    from testigo.model import DateValue, Qualifiers

    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "a.expected.yaml").write_text(RANGED.replace("DATE", date), encoding="utf-8")
    expected = load_expected(tmp_path / "a.expected.yaml")
    entities = {e.id: e for e in (Entity.make("criminal_group", "Los Halcones"), Entity.make("place", "Sonora"))}
    ids = {e.name: i for i, e in entities.items()}
    dates = (DateValue(text=f"since {claimed}", value=claimed, precision="year"),) if claimed else ()
    document = Document.make("Text.", "a.txt")
    claim = Claim.make(document.id, ids["Los Halcones"], "operates_in", object_id=ids["Sonora"],
                       evidence=Evidence("Text.", 0, 5), rule="test", qualifiers=Qualifiers(dates=dates))
    assert score(expected, document, [claim], entities, None).outcomes[0].found is found


def test_a_withheld_surname_is_no_nickname() -> None:
    from testigo.evaluate import name_forms

    assert not name_forms('Audias "N"') & name_forms('Nemesio "N"')
    assert name_forms('Audias "N"') & name_forms('Audias "N"')


COUNTED = """\
document: {file: a.txt}
entities:
  - {id: men, type: person, name: six young men shot dead outside the bar (unnamed), aliases: [the victims]}
  - {id: guards, type: person, name: twelve prison guards (unnamed)}
events:
  - {type: killing, subject: men, certainty: certain, attributed_to: article}
  - {type: arrest, subject: guards, certainty: certain, attributed_to: article}
"""


@pytest.mark.parametrize(("name", "found"), [
    ("six young men", True),  # the key's description opens with the extracted one
    ("Six young men", True),
    ("six men", False),  # not the key's words in its order
    ("two young men", False),  # another count
    ("six young sons", False),  # another noun
])
def test_a_counted_description_meets_the_keys_longer_one(tmp_path: Path, name: str, found: bool) -> None:
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "a.expected.yaml").write_text(COUNTED, encoding="utf-8")
    expected = load_expected(tmp_path / "a.expected.yaml")
    document = Document.make("Text.", "a.txt")
    people = Entity.make("person", name)
    guards = Entity.make("person", "twelve prison guards")
    claims = [Claim.make(document.id, people.id, "killed", evidence=Evidence("Text.", 0, 5), rule="test"),
              Claim.make(document.id, guards.id, "arrested", evidence=Evidence("Text.", 0, 5), rule="test")]
    result = score(expected, document, claims, {people.id: people, guards.id: guards})
    assert [o.found for o in result.outcomes] == [found, True]  # '(unnamed)' is no part of the name


def test_a_counted_description_is_only_for_people(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "a.expected.yaml").write_text(COUNTED.replace("type: person, name: six", "type: criminal_group, "
                                                              "name: six"), encoding="utf-8")
    expected = load_expected(tmp_path / "a.expected.yaml")
    document = Document.make("Text.", "a.txt")
    people = Entity.make("person", "six young men")
    claims = [Claim.make(document.id, people.id, "killed", evidence=Evidence("Text.", 0, 5), rule="test")]
    assert not score(expected, document, claims, {people.id: people}).outcomes[0].found
