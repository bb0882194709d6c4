"""A synthetic benchmark corpus built from testigo's own articles.

The source texts are ``examples/*.txt`` and ``tests/fixtures/articles/*.txt``. Each
generated article takes one of them and, consistently within the article:

- replaces person first names, surnames and nicknames with names from the lists below;
- renames the street names of groups ("Los Chapitos" -> "Los Alacranes") and, half the
  time, the "<place> Cartel" names;
- renames cities and towns, and shifts every year by 0 to 3 years back;
- shuffles the body paragraphs (the headline and the lead stay first) and sometimes
  appends a paragraph of another article (renamed with the same mapping).

Every article is distinct (checked by hash), so no document is a verbatim repeat.
Use :func:`build_corpus` for a fixed-size list and :func:`articles` for a lazy stream.
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from testigo.model import Document

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "examples", ROOT / "tests" / "fixtures" / "articles")

# Words of the source texts that are renamed, by class, and the pools they are renamed from.
FIRST_NAMES = (
    "Joaquín Ismael Iván Archivaldo Alfredo Ovidio Nemesio Rubén Arturo Héctor Carlos Édgar Érick "
    "Abigael Rosalinda Griselda Marisela Osiel Antonio Ezequiel Omar Miguel Jorge Rogelio Damián "
    "Ernesto Juan Hipólito Nicolás Néstor Aureliano Ramón Frank Robert"
).split()
FIRST_POOL = (
    "Andrés Benito Cristóbal Daniel Eduardo Fausto Gilberto Humberto Ignacio Jacinto Leonardo "
    "Mauricio Norberto Octavio Pablo Raúl Salvador Teodoro Ulises Valentín Xavier Adrián Baltazar "
    "Ciro Dámaso Efraín Fidel Germán Horacio Isidro Lorenzo Marcelo Gerardo Tomás Víctor Abel "
    "Bruno Camilo Darío Emilio Felipe Gonzalo Hugo Iker Julián Lucio Moisés Noé Rodrigo Samuel"
).split()
SURNAMES = (
    "Guzmán Loera Salazar López Zambada García Sicairos Oseguera Cervantes González Valencia "
    "Beltrán Leyva Cárdenas Guillén Treviño Morales Costilla Sánchez Márquez Ibarra Villaseñor "
    "Paredes Farías Álvarez Santana Mora Pérez Salas Fuentes Olvera Valdez Villarreal Cuén Ojeda "
    "Rocha Moya Martínez Bessent Murphy"
).split()
SURNAME_POOL = (
    "Aguirre Barrera Cabrera Delgado Escobar Figueroa Gallardo Herrera Ibáñez Jiménez Lara Medina "
    "Navarro Orozco Palacios Quintero Rentería Sandoval Tapia Urías Vega Zamudio Acosta Bravo "
    "Castañeda Durán Espinoza Félix Gastélum Hinojosa Iturbide Leal Meza Nájera Ochoa Padilla "
    "Quiroz Rangel Soto Trejo Uribe Varela Zepeda Arellano Bustamante Camacho Domínguez Estrada"
).split()
NICKNAMES = (
    "Chapo Mayo Mayito Mencho Menchito Coss Cuini Mochomo Nini Guano Gordo Abuelo Barbie Tigre "
    "Pollo Jefe"
).split()
NICK_POOL = (
    "Flaco Güero Ruso Toro Jaguar Alacrán Cholo Chino Compa Greñas Checo Indio Lobo Marro Cabo "
    "Gallo Pelón Pariente Señor Negro Zurdo Tuerto Profe Doctor Contador Chaparro Huache Pato"
).split()
GROUP_STEMS = "Chapitos Mayos Zetas Viagras Cuinis Metros Rojos Ciclones Escorpiones Halcones".split()
GROUP_POOL = (
    "Alacranes Tigres Pelones Lobos Jaguares Güeros Rudos Cabos Panchos Serranos Tlacuaches Toros "
    "Guachos Marinos Cazadores Chuchos Ardillas Pumas Coyotes Gavilanes Venados Zorros Cuervos"
).split()
FEM_STEMS = ("Chapiza", "Mayiza")  # "La Chapiza"
FEM_POOL = "Güerada Pelonada Serranía Compañía Empresa Oficina Línea Familia Tropa Plaza".split()
PLACES = (
    "Culiacán Apatzingán Aguililla Matamoros Reynosa Tampico Guadalajara Zapopan Mazatlán "
    "Badiraguato Cuernavaca Tapalpa Tepalcatepec Altiplano Camargo"
).split()
PLACE_POOL = (
    "Hermosillo Torreón Saltillo Celaya Irapuato Uruapan Zamora Tepic Navolato Guasave Chilpancingo "
    "Iguala Fresnillo Morelia Silao Ensenada Mexicali Tecate Caborca Sahuayo Tuxpan Obregón"
).split()
CARTEL_PLACES = ("Sinaloa", "Gulf")
CARTEL_POOL = "Durango Sonora Colima Pacific Tijuana Oaxaca Norte Sierra Costa Altos".split()

YEAR = re.compile(r"\b(19[89]\d|20[0-2]\d)\b")


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def source_texts() -> tuple[tuple[str, str], ...]:
    """(name, text) of every source article, in a fixed order."""
    found = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            found.append((path.stem, path.read_text(encoding="utf-8")))
    if not found:
        raise FileNotFoundError(f"no *.txt articles under {[str(s) for s in SOURCES]}")
    return tuple(found)


def _mapping(rng: random.Random) -> dict[str, str]:
    """One article's renaming: every source word to a pool word (distinct within a class)."""
    mapping: dict[str, str] = {}
    for words, pool in (
        (FIRST_NAMES, FIRST_POOL),
        (SURNAMES, SURNAME_POOL),
        (NICKNAMES, NICK_POOL),
        (GROUP_STEMS, GROUP_POOL),
        (FEM_STEMS, FEM_POOL),
        (PLACES, PLACE_POOL),
    ):
        picks = rng.sample(pool, k=min(len(words), len(pool)))
        for i, word in enumerate(words):
            mapping[word] = picks[i % len(picks)]
    if rng.random() < 0.5:
        for place, new in zip(CARTEL_PLACES, rng.sample(CARTEL_POOL, k=len(CARTEL_PLACES)), strict=True):
            mapping[f"{place} Cartel"] = f"{new} Cartel"
    # Unaccented and upper-case spellings of the same words ("Zambada-Garcia", "GUZMÁN").
    for word, new in list(mapping.items()):
        mapping.setdefault(_fold(word), _fold(new))
        mapping.setdefault(word.upper(), new.upper())
    return mapping


def _renamer(mapping: dict[str, str]):  # type: ignore[no-untyped-def]
    keys = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in keys) + r")(?!\w)")

    def rename(text: str, shift: int) -> str:
        text = pattern.sub(lambda m: mapping[m.group(0)], text)
        return YEAR.sub(lambda m: str(int(m.group(0)) - shift), text) if shift else text

    return rename


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def make_article(rng: random.Random) -> tuple[str, str]:
    """(source name, text) of one generated article."""
    texts = source_texts()
    name, text = rng.choice(texts)
    rename = _renamer(_mapping(rng))
    shift = rng.choice((0, 0, 1, 2, 3))
    paras = _paragraphs(text)
    # The headline, datelines and the lead stay in place: everything up to the first long paragraph.
    lead = next((i for i, p in enumerate(paras) if len(p.split()) >= 20), 0) + 1
    head, body = paras[:lead], paras[lead:]
    if rng.random() < 0.8:
        rng.shuffle(body)
    if len(body) > 3 and rng.random() < 0.3:
        body.pop(rng.randrange(len(body)))
    if rng.random() < 0.3:
        other = _paragraphs(rng.choice(texts)[1])
        body.append(rng.choice(other[1:] or other))
    return name, rename("\n\n".join(head + body) + "\n", shift)


def articles(seed: int = 0, limit: int | None = None) -> Iterator[Document]:
    """A lazy stream of distinct generated articles as Documents (endless without ``limit``)."""
    rng = random.Random(seed)
    seen: set[bytes] = set()
    count = 0
    while limit is None or count < limit:
        name, text = make_article(rng)
        digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
        if digest in seen:
            continue
        seen.add(digest)
        count += 1
        yield Document.make(text, f"bench:{name}#{count}")


def build_corpus(mb: float, seed: int = 0) -> list[Document]:
    """Distinct generated articles totalling at least ``mb`` megabytes (10**6 bytes) of UTF-8 text."""
    target = int(mb * 1_000_000)
    docs: list[Document] = []
    size = 0
    for doc in articles(seed):
        if size >= target:
            break
        docs.append(doc)
        size += len(doc.text.encode("utf-8"))
    return docs


def words(text: str) -> int:
    """The word count used by the benchmark: whitespace-separated tokens."""
    return len(text.split())


if __name__ == "__main__":
    import sys

    for doc in articles(int(sys.argv[1]) if len(sys.argv) > 1 else 0, limit=1):
        print(doc.source)
        print(doc.text)
