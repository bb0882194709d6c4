"""Entity resolution on every backend: rules, analyst judgements, review candidates."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from testigo.errors import NotFound, ResolveError
from testigo.kb import load_kb
from testigo.model import Alias, Entity, Judgement, Verdict
from testigo.resolve import (
    MAX_PARTNERS,
    NEIGHBOURS,
    RARE_TOKENS,
    WINDOW,
    Candidate,
    Resolver,
    _clusters,
    _index,
    _Ledger,
    _record,
    _window_pairs,
    resolve,
)
from testigo.store import Store, open_store

KB = load_kb()
MAYO = KB.entities["kb-ismael-zambada-garcia"]
CHAPO = KB.entities["kb-joaquin-guzman-loera"]
JOAQUIN_JR = KB.entities["kb-joaquin-guzman-lopez"]
OVIDIO = KB.entities["kb-ovidio-guzman-lopez"]
VICENTE = KB.entities["kb-vicente-zambada-niebla"]
SINALOA = KB.entities["kb-sinaloa-cartel"]


def person(name: str, *aliases: str, id: str | None = None) -> Entity:
    entity = Entity.make("person", name, aliases=tuple(Alias(a) for a in aliases))
    return Entity(id, "person", name, entity.aliases) if id else entity


def group(name: str, *aliases: str) -> Entity:
    return Entity.make("criminal_group", name, aliases=tuple(Alias(a) for a in aliases))


def fill(store: Store, *entities: Entity) -> None:
    with store.writer() as writer:
        writer.add_entities(entities)


def judgement_rows(store: Store) -> int:
    return store.counts()["judgements"]


# --- the examples of the issue -------------------------------------------------------------


def test_el_mayo_variants_are_one_actor(store: Store) -> None:
    variants = [person("El Mayo"), person("Ismael 'El Mayo' Zambada-Garcia"), person("Zambada"),
                person("Ismael Zambada-Garcia", id="ent-doc2-zambada"), person("ISMAEL ZAMBADA GARCIA")]
    fill(store, MAYO, *variants)
    report = resolve(store)
    resolver = Resolver(store)
    assert {resolver.canonical(e.id) for e in variants} == {MAYO.id}
    assert resolver.cluster(MAYO.id) == {MAYO.id} | {e.id for e in variants}
    assert report.same >= len(variants) - 1 and report.different == 0
    # members: the same cluster from any member, without looking the id up in the store
    assert all(resolver.members(e.id) == resolver.cluster(MAYO.id) for e in variants)
    assert resolver.members("ent-never-stored") == {"ent-never-stored"}


def test_bare_surname_stays_apart_when_two_people_carry_it(store: Store) -> None:
    zambada = person("Zambada")
    fill(store, MAYO, VICENTE, person("El Mayo"), zambada)
    resolve(store)
    resolver = Resolver(store)
    assert resolver.cluster(zambada.id) == {zambada.id}
    assert resolver.canonical(person("El Mayo").id) == MAYO.id
    pairs = [c for c in resolver.candidates() if c.left.id == zambada.id]
    assert {c.right.id for c in pairs} >= {MAYO.id, VICENTE.id}
    assert all("fits 2 clusters" in " ".join(c.evidence) for c in pairs)


def test_hyphenated_and_unaccented_double_surnames(store: Store) -> None:
    hyphen = person("Ovidio Guzmán-López")
    plain = person("Ovidio Guzman Lopez", id="ent-doc2-ovidio")
    reordered = person("Ovidio López Guzmán")
    fill(store, OVIDIO, hyphen, plain, reordered)
    resolve(store)
    resolver = Resolver(store)
    assert resolver.cluster(OVIDIO.id) == {OVIDIO.id, hyphen.id, plain.id, reordered.id}


def test_sinaloa_cartel_names_join_the_kb_entity(store: Store) -> None:
    english, spanish = group("the Sinaloa cartel"), group("Cártel de Sinaloa")
    fill(store, SINALOA, english, spanish, group("Gulf Cartel"))
    resolve(store)
    resolver = Resolver(store)
    assert resolver.canonical(english.id) == resolver.canonical(spanish.id) == SINALOA.id
    assert resolver.canonical(group("Gulf Cartel").id) == group("Gulf Cartel").id


def test_group_names_the_kb_does_not_know_match_by_fuzzy_score(store: Store) -> None:
    a, b = group("La Familia Michoacana"), group("Familia Michocana")
    parent, faction = group("Los Rojos"), group("Rojos Nueva Escuela")
    fill(store, a, b, parent, faction)
    resolve(store)
    resolver = Resolver(store)
    assert resolver.canonical(a.id) == resolver.canonical(b.id)
    assert resolver.canonical(parent.id) != resolver.canonical(faction.id)  # one name inside another


def test_father_and_son_with_one_surname_stay_apart(store: Store) -> None:
    father, son = person("Joaquín Guzmán Loera"), person("Joaquín Guzmán López")
    fill(store, father, son)
    report = resolve(store)
    resolver = Resolver(store)
    assert resolver.canonical(father.id) != resolver.canonical(son.id)
    different = [j for j in report.judgements if j.verdict is Verdict.DIFFERENT]
    assert [(j.reason, j.author) for j in different] == [("same surname, different second surname",
                                                         "rule:resolve.v1")]
    assert all({c.left.id, c.right.id} != {father.id, son.id} for c in resolver.candidates())


def test_a_different_between_names_far_apart_is_decided_but_not_recorded(store: Store) -> None:
    from rapidfuzz import fuzz

    a, b = person("José Hernández García"), person("José Hernández Ruiz")
    assert fuzz.token_sort_ratio("jose hernandez garcia", "jose hernandez ruiz") < 85  # not a near-duplicate
    fill(store, a, b)
    report = resolve(store)
    assert (report.different, report.unrecorded, report.judgements) == (0, 1, [])
    resolver = Resolver(store)
    assert resolver.canonical(a.id) != resolver.canonical(b.id)
    assert all({c.left.id, c.right.id} != {a.id, b.id} for c in resolver.candidates())
    assert resolve(store).judgements == []


def test_a_different_that_refuses_a_merge_is_recorded(store: Store) -> None:
    """One alias list names both: the rules would join them, so their DIFFERENT is what keeps them apart."""
    a, b = person("José Hernández García"), person("José Hernández Ruiz")
    both = person("El Güero", "José Hernández García", "José Hernández Ruiz")
    fill(store, a, b, both)
    report = resolve(store)
    different = [{j.left_id, j.right_id} for j in report.judgements if j.verdict is Verdict.DIFFERENT]
    assert different == [{a.id, b.id}] and report.unrecorded == 0
    resolver = Resolver(store)
    assert resolver.canonical(a.id) != resolver.canonical(b.id)
    assert store.read_clusters() == {m: c for c, ms in _clusters(_Ledger(store.iter_judgements())).items()
                                     for m in ms}
    assert resolve(store).judgements == []


def test_kb_alias_decides_which_joaquin_guzman(store: Store) -> None:
    short, nickname = person("Joaquín Guzmán"), person("El Chapo")
    fill(store, CHAPO, JOAQUIN_JR, short, nickname, person("Joaquin 'El Chapo' Guzman Loera"))
    resolve(store)
    resolver = Resolver(store)
    assert resolver.canonical(short.id) == resolver.canonical(nickname.id) == CHAPO.id
    assert resolver.cluster(JOAQUIN_JR.id) == {JOAQUIN_JR.id}


def test_entities_of_different_kinds_are_never_merged(store: Store) -> None:
    place = Entity.make("place", "Sinaloa")
    fill(store, place, group("Sinaloa"), person("Sinaloa"))
    report = resolve(store)
    assert report.same == 0
    with pytest.raises(ResolveError, match="different kinds"):
        Resolver(store).merge(place.id, group("Sinaloa").id)


# --- analyst judgements --------------------------------------------------------------------


def test_merge_then_split_restores(store: Store) -> None:
    a, a2, b = group("Los Zetas"), group("Zetas"), group("Gulf Cartel")
    fill(store, a, a2, b)
    resolve(store)
    resolver = Resolver(store)
    before = {e.id: resolver.canonical(e.id) for e in (a, a2, b)}
    merged = resolver.merge(a.id, b.id, author="analyst:ana", reason="same leadership")
    assert merged.verdict is Verdict.SAME and merged.author == "analyst:ana"
    assert resolver.cluster(b.id) == {a.id, a2.id, b.id}
    resolver.split(a.id, b.id, author="ana")
    assert {e.id: resolver.canonical(e.id) for e in (a, a2, b)} == before
    assert {e.id: Resolver(store).canonical(e.id) for e in (a, a2, b)} == before  # as stored


def test_analyst_split_outranks_a_rule_same(store: Store) -> None:
    el_mayo = person("El Mayo")
    fill(store, MAYO, el_mayo)
    resolve(store)
    resolver = Resolver(store)
    assert resolver.canonical(el_mayo.id) == MAYO.id
    split = resolver.split(MAYO.id, el_mayo.id, reason="another man called El Mayo")
    assert split.verdict is Verdict.DIFFERENT and split.author == "analyst"
    assert resolve(store).judgements == []
    assert Resolver(store).canonical(el_mayo.id) == el_mayo.id


def test_split_cuts_a_chain_of_rule_merges(store: Store) -> None:
    nickname, full, kb = person("El Mayo"), person("Ismael 'El Mayo' Zambada-Garcia"), MAYO
    fill(store, kb, nickname, full)
    resolve(store)
    resolver = Resolver(store)
    assert resolver.cluster(kb.id) == {kb.id, nickname.id, full.id}
    resolver.split(nickname.id, kb.id)
    assert resolver.canonical(nickname.id) != resolver.canonical(kb.id)
    assert resolve(store).judgements == []


def test_analyst_merge_outranks_a_rule_different(store: Store) -> None:
    father, son = person("Joaquín Guzmán Loera"), person("Joaquín Guzmán López")
    fill(store, father, son)
    resolve(store)
    resolver = Resolver(store)
    resolver.merge(father.id, son.id, author="analyst:bo", reason="typo in the article")
    assert resolver.canonical(father.id) == resolver.canonical(son.id)
    assert resolve(store).judgements == []
    assert Resolver(store).canonical(son.id) == Resolver(store).canonical(father.id)


def test_newest_analyst_judgement_wins(store: Store) -> None:
    a, b = group("Los Zetas"), group("Gulf Cartel")
    fill(store, a, b)
    resolver = Resolver(store)
    resolver.merge(a.id, b.id)
    resolver.split(a.id, b.id)
    resolver.merge(a.id, b.id)
    assert Resolver(store).canonical(a.id) == Resolver(store).canonical(b.id)
    assert [j.verdict for j in store.iter_judgements()] == [Verdict.SAME, Verdict.DIFFERENT, Verdict.SAME]


@pytest.mark.parametrize("action, args, error, message", [
    ("merge", ("A", "A"), ResolveError, "with itself"),
    ("split", ("A", "A"), ResolveError, "with itself"),
    ("merge", ("A", "ent-missing"), NotFound, "no entity 'ent-missing'"),
    ("split", ("ent-missing", "A"), NotFound, "no entity 'ent-missing'"),
    ("split", ("A", "C"), ResolveError, "not merged"),
    ("merge", ("A", "B"), ResolveError, "already merged"),
    ("merge", ("A", "P"), ResolveError, "different kinds"),
])
def test_malformed_judgements_raise_and_change_nothing(store: Store, action: str, args: tuple[str, str],
                                                       error: type[Exception], message: str) -> None:
    ids = {"A": group("Los Zetas"), "B": group("Gulf Cartel"), "C": group("La Línea"), "P": person("El Mayo")}
    fill(store, *ids.values())
    resolver = Resolver(store)
    resolver.merge(ids["A"].id, ids["B"].id)
    rows, clusters = judgement_rows(store), resolver.canonical_map()
    real = [ids[x].id if x in ids else x for x in args]
    with pytest.raises(error, match=message):
        getattr(resolver, action)(*real)
    assert judgement_rows(store) == rows
    assert resolver.canonical_map() == clusters == Resolver(store).canonical_map()


def test_unknown_ids_and_bad_authors(store: Store) -> None:
    fill(store, group("Los Zetas"))
    resolver = Resolver(store)
    with pytest.raises(NotFound):
        resolver.canonical("ent-missing")
    with pytest.raises(ResolveError, match="must start with 'rule:'"):
        resolve(store, author="analyst:ana")
    assert resolver.cluster(group("Los Zetas").id) == {group("Los Zetas").id}
    assert judgement_rows(store) == 0


# --- rules as a whole ----------------------------------------------------------------------


def _mixed() -> list[Entity]:
    return [MAYO, CHAPO, JOAQUIN_JR, OVIDIO, VICENTE, SINALOA, person("El Mayo"), person("Zambada"),
            person("Joaquín Guzmán"), person("Ovidio Guzmán-López"), person("El Chapo"),
            person("Joaquín Guzmán Loera"), person("Jesús Guzmán Loera"), group("Cártel de Sinaloa"),
            group("the Sinaloa cartel"), group("CJNG"), group("Cártel de Jalisco Nueva Generación"),
            group("Los Zetas"), group("Zetas Vieja Escuela"), Entity.make("place", "Culiacán")]


def test_resolve_is_idempotent(store: Store) -> None:
    fill(store, *_mixed())
    first = resolve(store)
    rows = judgement_rows(store)
    assert rows == len(first.judgements) > 0
    again = resolve(store)
    assert (again.same, again.different, again.judgements) == (0, 0, [])
    assert judgement_rows(store) == rows
    assert again.clusters == first.clusters


def test_acronym_of_an_unknown_group_joins_it(store: Store) -> None:
    fill(store, *_mixed())
    resolve(store)
    resolver = Resolver(store)
    assert resolver.canonical(group("CJNG").id) == resolver.canonical(
        group("Cártel de Jalisco Nueva Generación").id)


def test_candidates_are_ordered_by_score_with_evidence(store: Store) -> None:
    fill(store, *_mixed())
    resolver = Resolver(store)
    before = resolver.candidates(limit=100)
    assert before and all(isinstance(c, Candidate) and c.evidence for c in before)
    scores = [c.score for c in before]
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 1 for s in scores)
    assert resolver.candidates(limit=2) == before[:2]
    resolve(store)
    resolver = Resolver(store)
    after = resolver.candidates(limit=100)
    assert len(after) < len(before)
    assert all(resolver.canonical(c.left.id) != resolver.canonical(c.right.id) for c in after)
    top = after[0]
    resolver.merge(top.left.id, top.right.id)
    assert all({c.left.id, c.right.id} != {top.left.id, top.right.id} for c in resolver.candidates())


def test_blocking_compares_a_bounded_number_of_pairs() -> None:
    records = [_record(person(f"Joaquín Guzmán {chr(65 + i // 26)}{chr(65 + i % 26)}ez")) for i in range(600)]
    index = _index(records)
    pairs = list(_window_pairs(index))
    memberships = sum(len(m) for m in index.blocks.values())
    assert len(pairs) <= memberships * WINDOW < len(records) ** 2 / 2



def test_a_shorter_form_finds_its_longer_form_in_a_crowded_given_name_and_surname_block(store: Store) -> None:
    """600 other Juan Garcías make the juan+garcia block overflow MAX_PARTNERS; the shorter form
    still finds its one longer form, where two of its surnames meet."""
    crowd = [person(f"Juan García {chr(65 + i // 26)}{chr(65 + i % 26)}ez") for i in range(600)]
    short, long = person("Juan García Treviño"), person("Juan Carlos García Treviño")
    fill(store, *crowd, short, long)
    assert len(_index([_record(e) for e in [*crowd, short]]).blocks["p|juan|garcia"]) > MAX_PARTNERS
    resolve(store)
    resolver = Resolver(store)
    assert resolver.canonical(short.id) == resolver.canonical(long.id)
    assert all(resolver.canonical(e.id) == e.id for e in crowd[:50])


def test_a_group_name_blocks_on_its_rarest_words_only() -> None:
    records = [_record(group(f"Cártel de Sinaloa {word}")) for word in ("Norte", "Sur", "Costa", "Sierra", "Valle")]
    records.append(_record(group("Cártel del Golfo Sinaloa Pacífico")))
    index = _index(records)
    assert len(index.blocks["t|criminal_group|sinaloa"]) < len(records)  # the common word blocks few
    assert all(sum(i in m for k, m in index.blocks.items() if k.startswith("t|")) <= RARE_TOKENS
               for i in range(len(records)))

# --- canonical ids under random analyst edits ---------------------------------------------

NAMES = ["Los Zetas", "Zetas", "Gulf Cartel", "La Familia Michoacana", "Familia Michocana", "La Línea"]
_OPS = st.lists(st.tuples(st.sampled_from(["merge", "split", "resolve"]), st.integers(0, len(NAMES) - 1),
                          st.integers(0, len(NAMES) - 1)), max_size=14)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=_OPS)
def test_canonical_is_idempotent_and_consistent(ops: list[tuple[str, int, int]]) -> None:
    entities = [group(n) for n in NAMES]
    with open_store(":memory:") as store:
        fill(store, *entities)
        resolver = Resolver(store)
        for op, i, j in ops:
            a, b = entities[i].id, entities[j].id
            if op == "resolve":
                resolve(store)
                assert resolve(store).judgements == []
                resolver = Resolver(store)
                continue
            rows = judgement_rows(store)
            try:
                getattr(resolver, op)(a, b)
            except ResolveError:
                assert judgement_rows(store) == rows
                continue
            assert (resolver.canonical(a) == resolver.canonical(b)) is (op == "merge")
            _check_clusters(resolver, [e.id for e in entities])
        assert Resolver(store).canonical_map() == resolver.canonical_map()


def _check_clusters(resolver: Resolver, ids: list[str]) -> None:
    for x in ids:
        canonical = resolver.canonical(x)
        assert resolver.canonical(canonical) == canonical
        assert canonical in resolver.cluster(x) and x in resolver.cluster(x)
        assert all(resolver.canonical(y) == canonical for y in resolver.cluster(x))
        assert canonical == min(resolver.cluster(x))
    for x in ids:
        for y in resolver.cluster(x):
            judged = resolver.judgement(x, y)
            assert judged is None or judged.verdict is Verdict.SAME


def test_a_surname_written_twice_is_resolved_like_any_full_name(store: Store) -> None:
    """'Juan Pérez Pérez' has one distinct surname: it seeks its forms in the given name + surname block."""
    twice = person("Juan Pérez Pérez")
    short = person("Juan Pérez")
    other = person("Juan Pérez Soto")
    fill(store, twice, short, other)
    resolve(store)  # raised ValueError before: no pair of distinct surnames to look up
    resolver = Resolver(store)
    assert resolver.canonical(twice.id) != resolver.canonical(other.id)


# --- stored clusters ----------------------------------------------------------------------------


def _from_judgements(store: Store) -> dict[str, str]:
    """The canonical map computed from every judgement, as if no clusters were stored."""
    resolver = Resolver(store)
    resolver._refresh()  # from the judgements (reads them all)
    return resolver.canonical_map()


def test_resolve_merge_and_split_store_the_clusters_they_make(store: Store) -> None:
    fill(store, *_mixed())
    resolve(store)
    stored = store.read_clusters()
    assert stored and stored == _from_judgements(store)
    fresh = Resolver(store)
    assert fresh.canonical_map() == stored and fresh._read is None  # the judgements were not read
    zetas, vieja = group("Los Zetas").id, group("Zetas Vieja Escuela").id
    fresh.merge(zetas, vieja)
    assert store.read_clusters() == _from_judgements(store) == fresh.canonical_map()
    assert Resolver(store).canonical(vieja) == Resolver(store).canonical(zetas)
    fresh.split(zetas, vieja)
    assert store.read_clusters() == _from_judgements(store) == fresh.canonical_map()
    assert Resolver(store).cluster(vieja) == {vieja}


def test_clusters_stored_before_a_judgement_written_another_way_are_not_used(store: Store) -> None:
    fill(store, *_mixed())
    resolve(store)
    before = store.read_clusters()
    zetas, vieja = group("Los Zetas").id, group("Zetas Vieja Escuela").id
    with store.writer() as writer:  # a judgement that did not go through Resolver or resolve
        writer.add_judgement(Judgement(zetas, vieja, Verdict.SAME, "analyst:ana", "same group"))
    assert store.read_clusters() is None
    resolver = Resolver(store)
    assert resolver.canonical(zetas) == resolver.canonical(vieja)
    assert resolver.canonical_map() == _from_judgements(store) != before
    resolve(store)  # the next run stores them again
    assert store.read_clusters() == resolver.canonical_map()


def test_namesakes_the_windows_never_compare_still_stay_apart(store: Store) -> None:
    """Father and son sit far apart in every ordering (a crowd of namesakes between them), yet an
    alias list naming both would join them: the check of the clusters keeps them apart, recorded."""
    father, son = person("José Hernández García"), person("José Hernández Zúñiga")
    crowd = [person(f"José Hernández M{chr(97 + i)}{chr(97 + j)}ha") for i in range(4) for j in range(4)]
    both = person("El Güero", "José Hernández García", "José Hernández Zúñiga")
    records = [_record(e) for e in [father, son, *crowd, both]]
    compared = {frozenset((records[i].id, records[j].id)) for i, j in _window_pairs(_index(records))}
    assert frozenset((father.id, son.id)) not in compared
    fill(store, father, son, *crowd, both)
    report = resolve(store)
    resolver = Resolver(store)
    assert resolver.canonical(father.id) != resolver.canonical(son.id)
    different = [{j.left_id, j.right_id} for j in report.judgements if j.verdict is Verdict.DIFFERENT]
    assert {father.id, son.id} in different
    assert all(resolver.canonical(e.id) == e.id for e in crowd)
    assert resolve(store).judgements == []


def test_each_person_is_compared_with_a_bounded_number_of_others() -> None:
    """600 namesakes: the pairs compared grow with the people, not with the square of a block."""
    crowd = [_record(person(f"Juan García {chr(65 + i // 26)}{chr(65 + i % 26)}ez López")) for i in range(600)]
    pairs = {frozenset(p) for p in _window_pairs(_index(crowd))}
    assert len(pairs) <= len(crowd) * (2 * NEIGHBOURS + 2 * WINDOW)


def test_people_named_by_a_count_are_never_compared(store: Store) -> None:
    one, other = person("three men", id="ent-doc1-three-men"), person("Three men", id="ent-doc2-three-men")
    police = person("12 members of the state police", id="ent-doc1-police")
    police2 = person("12 members of the state police", id="ent-doc2-police")
    fill(store, one, other, police, police2)
    resolve(store)
    resolver = Resolver(store)
    assert resolver.canonical(one.id) != resolver.canonical(other.id)
    assert resolver.canonical(police.id) != resolver.canonical(police2.id)
