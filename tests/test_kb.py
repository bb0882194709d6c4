"""The knowledge base: identities and aliases only, loaded from packaged and user YAML."""

from __future__ import annotations

from pathlib import Path

import pytest

from testigo.errors import ConfigError
from testigo.kb import load_kb

GROUPS = ["Sinaloa Cartel", "Los Chapitos", "La Chapiza", "Los Mayos", "La Mayiza", "CJNG", "Gulf Cartel",
          "Los Zetas", "Cártel del Noreste", "Beltrán-Leyva Organization", "La Familia Michoacana",
          "La Nueva Familia Michoacana", "Knights Templar", "Cárteles Unidos", "Los Viagras", "Juárez Cartel",
          "La Línea", "Tijuana Cartel", "Arellano Félix Organization", "Guadalajara Cartel",
          "Santa Rosa de Lima Cartel", "Guerreros Unidos", "Los Metros", "Los Ciclones"]


def test_packaged_kb_covers_the_groups_and_leaders_reporting_names() -> None:
    kb = load_kb()
    for name in GROUPS:
        assert [e for e in kb.lookup(name) if e.kind == "criminal_group"], name
    people = [e for e in kb if e.kind == "person"]
    assert len(people) >= 40
    assert [e.name for e in kb.lookup("El Mayo")] == ["Ismael Zambada García"]
    assert kb.lookup("el mencho")[0].name == "Nemesio Oseguera Cervantes"
    assert kb.lookup("Drug Enforcement Agency")[0].kind == "agency"
    assert {e.kind for e in kb} >= {"criminal_group", "person", "agency", "country", "place", "drug"}


def test_guzman_loera_and_guzman_lopez_are_two_people() -> None:
    kb = load_kb()
    assert kb.lookup("Joaquín Guzmán Loera")[0].id != kb.lookup("Joaquín Guzmán López")[0].id


def test_user_files_add_entities_and_aliases(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "entities:\n  - {id: cjng, kind: criminal_group, name: Jalisco New Generation Cartel, "
        "aliases: [{name: Los Cuatro Letras}]}\n  - {id: tigre, kind: person, name: Rogelio Márquez}\n",
        encoding="utf-8")
    kb = load_kb([tmp_path])
    assert kb.lookup("Los Cuatro Letras")[0].id == "kb-cjng"
    assert kb.lookup("CJNG")[0].id == "kb-cjng"
    assert kb.lookup("rogelio marquez")[0].kind == "person"


@pytest.mark.parametrize("text, message", [
    ("entities:\n  - {id: x, kind: criminal_group, name: X, allies: [y]}\n", "identities and aliases only"),
    ("entities:\n  - {id: x, kind: gang, name: X}\n", "unknown entity kind 'gang'"),
    ("entities:\n  - {id: x}\n", "needs id, kind and name"),
    ("people: []\n", "'entities' list"),
    ("entities: [\n", "not valid YAML"),
])
def test_bad_user_files_are_refused_with_a_reason(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_kb([path])


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read knowledge base file"):
        load_kb([tmp_path / "nope.yaml"])


def test_agencies_name_their_country() -> None:
    kb = load_kb()
    assert kb.country_of("kb-ofac").name == "United States"
    assert kb.country_of("kb-dea").id == "kb-usa"
    assert kb.country_of("kb-fgr").name == "Mexico"
    assert kb.country_of("kb-interpol") is None  # international bodies have none
    assert kb.country_of("kb-usa") is None and kb.country_of(None) is None


def test_user_agencies_may_name_a_country_by_id_or_name_or_not_at_all(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "entities:\n  - {id: cisen, kind: agency, name: Centro de Investigación, country: mexico}\n"
        "  - {id: sbc, kind: agency, name: Servicio de Bogotá, country: Colombia}\n"
        "  - {id: ngo, kind: agency, name: Observatorio}\n", encoding="utf-8")
    kb = load_kb([tmp_path])
    assert kb.country_of("kb-cisen").name == "Mexico"
    assert kb.country_of("kb-sbc").name == "Colombia"
    assert kb.country_of("kb-ngo") is None


def test_a_country_the_kb_does_not_know_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("entities:\n  - {id: x, kind: agency, name: X, country: Atlantis}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad.yaml: entry 'x' has country 'Atlantis'"):
        load_kb([path])


WORLD_GROUPS = ["'Ndrangheta", "Ndrangheta", "Camorra", "Cosa Nostra", "Sicilian Mafia", "Sacra Corona Unita",
                "Yamaguchi-gumi", "Kobe Yamaguchi-gumi", "Ninkyo Yamaguchi-gumi", "Kizuna-kai", "Sumiyoshi-kai",
                "Inagawa-kai", "14K", "Sun Yee On", "Wo Shing Wo", "Sam Gor", "Kinahan Organised Crime Group",
                "KOCG", "Kinahan cartel", "Kavač clan", "Skaljari clan", "Hells Angels", "Comanchero",
                "Mongols Motorcycle Club", "Black Axe", "MS-13", "Barrio 18", "PCC"]


def test_packaged_kb_knows_the_big_crime_groups_of_the_world() -> None:
    kb = load_kb()
    for name in WORLD_GROUPS:
        assert [e for e in kb.lookup(name) if e.kind == "criminal_group"], name
    assert kb.lookup("Kizuna-kai")[0].id == kb.lookup("Ninkyo Yamaguchi-gumi")[0].id  # renamed, one group
    assert kb.lookup("Yamaguchi-gumi")[0].id != kb.lookup("Kobe Yamaguchi-gumi")[0].id  # the breakaway is another


def test_packaged_kb_knows_world_bosses_by_real_name_and_nickname() -> None:
    kb = load_kb()
    assert kb.lookup("Kenichi Shinoda")[0].name == "Shinobu Tsukasa"
    assert kb.lookup("Christy Kinahan")[0].name == "Christopher Kinahan Sr"
    assert kb.lookup("the Monk")[0].name == "Gerry Hutch"
    assert kb.lookup("Diabolik")[0].name == "Matteo Messina Denaro"
    people = [e for e in kb if e.kind == "person" and e.id.removeprefix("kb-") in WORLD_PEOPLE_IDS]
    assert len(people) == len(WORLD_PEOPLE_IDS)


WORLD_PEOPLE_IDS = {"shinobu-tsukasa", "kunio-inoue", "yoshinori-oda", "matteo-messina-denaro", "rocco-morabito",
                    "daniel-kinahan", "veljko-belivuk", "radoje-zvicer", "ridouan-taghi", "tse-chi-lop"}


def test_police_abroad_name_their_country() -> None:
    kb = load_kb()
    assert kb.country_of("kb-policia-federal-brazil").name == "Brazil"
    assert kb.country_of("kb-garda").name == "Ireland"
    assert kb.country_of("kb-carabinieri").name == "Italy"
    assert kb.lookup("Brazilian Federal Police")[0].id == "kb-policia-federal-brazil"
    assert [e.kind for e in kb.lookup("Serbia")] == ["country"]
