"""Network analysis at scale: entity resolution, the ``--as-of`` network query, peak memory.

For each size ENTITIES:CLAIMS (``--sizes``) it generates a synthetic store and measures,
each in a fresh child process (so every peak RSS is that measurement's own
``resource.getrusage(RUSAGE_SELF).ru_maxrss``, interpreter and imports included):

load      generate and insert the store (informational; the bench's own machinery);
resolve   ``testigo.resolve.resolve(store)`` (writes its judgements);
network   ``network_report(store, as_of="2020-06-01", min_certainty="probable")``, a first
          ("cold": first query of a new process) and a second ("warm") call;
resolved  ``Resolver(store).canonical_map()``, then the same network_report with
          ``canonical=`` that map: the network an analyst sees after resolution.

Targets (the issue): the network query under 2 s and memory under 4 GB on this 2-core
machine, and time growing no faster than n log n across the sizes.

The store (SQLite in a temporary folder, or the PostgreSQL database given with ``--db``):
~20% criminal groups, ~60% people, the rest places, agencies, countries and drugs, named
from Spanish-like word lists, with deliberate variants for resolution to find ("Los Zetas" /
"Zetas", "Cártel de X" / "X Cartel", "Juan Carlos García López" / "Juan García-López",
knowledge-base ``kb-*`` entities with accent-less copies, shorter forms, nicknames, typos).
Claims follow the schema's endpoints (ally_of / rival_of between groups, with power-law
degrees so that there are hubs; leader_of / member_of person -> group; arrested person ->
agency or country, ...), with a certainty and polarity mix, attribution chains drawn from a
few hundred origins, and dates from 2000 to 2025 at day, month or year precision; one
document (~3 kB of text that contains every quote at its span) per ~20 claims.

Loading bypasses the Writer (whose insert_ignore runs one INSERT per row): rows go straight
into the store's tables (testigo/store/tables.py) with SQLAlchemy Core executemany, one
transaction per 50,000 rows. Everything measured goes through the public API.

Run from the project root:  .venv/bin/python bench/network.py [--quick] [--sizes ...] [--db URL]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_SIZES = "10000:100000,30000:300000,100000:1000000"
QUICK_SIZES = "2000:20000,6000:60000,20000:200000"
AS_OF = "2020-06-01"
MIN_CERTAINTY = "probable"
TARGET_SECONDS = 2.0
TARGET_MB = 4096.0
GROWTH_SLACK = 1.10  # a time ratio up to 10% above the n log n ratio still counts as n log n (timer noise)
CHUNK = 50_000  # rows per loading transaction

# --- word lists ---------------------------------------------------------------------------------

GIVEN = """José Juan Jesús Luis Carlos Miguel Francisco Antonio Alejandro Jorge Pedro Manuel Ricardo
Roberto Fernando Javier Rafael Raúl Sergio Eduardo Arturo Héctor Óscar Rubén Ramón Martín Mario Alberto
Enrique Ernesto Gerardo Guillermo Gustavo Hugo Ignacio Joaquín Julio Marco Omar Pablo Rodrigo Salvador
Samuel Santiago Saúl Tomás Vicente Víctor Adán Abel Agustín Alfonso Alfredo Álvaro Andrés Ángel Armando
Aurelio Benjamín Baltazar Braulio Celso César Cristian Dámaso Daniel Darío Diego Édgar Efraín Eleazar
Emilio Esteban Eusebio Fausto Felipe Félix Fidel Gilberto Gonzalo Heriberto Horacio Ismael Iván Jaime
Josué Julián Lázaro Leonardo Lorenzo Marcelino Mauricio Moisés Nazario Néstor Noé Octavio Osiel Ovidio
Porfirio Próspero Reynaldo Rigoberto Rogelio Servando Silvano Teófilo Ulises Valentín Zacarías Amado
Aureliano Nemesio Abigael Evaristo Griselda María Guadalupe Rosa Ana Carmen Leticia Patricia Laura Claudia
Sandra Verónica Gabriela Adriana Alejandra Beatriz Blanca Cecilia Elena Enedina Irma Juana Lucía Marisela
Mónica Norma Raquel Sofía Teresa Yolanda Zulema Araceli Dolores Esperanza Inés Josefina Marta Susana""".split()

SURNAMES = """Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez Cruz Flores Gómez
Morales Vázquez Jiménez Reyes Díaz Torres Gutiérrez Ruiz Mendoza Aguilar Ortiz Moreno Castillo Romero
Álvarez Méndez Chávez Rivera Juárez Ramos Domínguez Herrera Medina Castro Vargas Guzmán Velázquez Muñoz
Rojas Contreras Salazar Luna Ortega Santiago Guerrero Estrada Bautista Cortés Soto Alvarado Espinoza Lara
Ávila Ríos Cervantes Silva Delgado Vega Márquez Sandoval Fernández León Carrillo Mejía Solís Núñez Rosas
Valdez Ibarra Campos Santos Camacho Navarro Peña Maldonado Rosales Acosta Miranda Trejo Valencia Nava
Pacheco Huerta Padilla Molina Zambada Caro Quintero Beltrán Leyva Félix Arellano Fuentes Cárdenas
Treviño Lazcano Oseguera Loera Páez Meza Esparragoza Coronel Villarreal Zetina Garza Ochoa Rentería
Salgado Figueroa Valenzuela Osuna Zazueta Inzunza Gastélum Araujo Bojórquez Sicairos Elenes Quiroz Uriarte
Leal Montoya Aguirre Benítez Cabrera Carmona Cisneros Córdova Duarte Escobar Esquivel Galindo Gallegos
Godínez Lozano Macías Manríquez Mata Montes Murillo Nájera Olivas Ortega Paredes Quintana Rangel Robles
Rubio Saldaña Serrano Tapia Toledo Trujillo Uribe Valle Villa Zamora Zavala Zepeda Anaya Arreola Barajas
Bermúdez Bravo Calderón Cano Ceballos Cuevas Dávila Escamilla Farías Franco Gil Granados Hinojosa Islas
Jaramillo Lugo Magaña Mora Nieto Olvera Orozco Palacios Pineda Quezada Rocha Roldán Sauceda Segura Tovar
Varela Vidal Yáñez Zúñiga Amezcua Arámbula Berrelleza Cázarez Limón Medrano Nevárez Ontiveros Portillo""".split()

NICKNAMES = """Chapo Mayo Mencho Güero Flaco Gordo Chuy Mochomo Azul Viceroy Señor Chino Compa Cuini Tigre
Lobo Toro Cuervo Jaguar Gallo Greñas Chato Pelón Negro Güerito Rojo Tuerto Cholo Ratón Marro Checo Metro
Comandante Licenciado Ingeniero Profe Doctor Contador Padrino Patrón Jefe Viejo Chavo Chaparro Mudo Sordo
Zurdo Manco Cejas Bigotes Pollo Pato Perro Gato Burro Mono Oso Zorro Tlacuache Coyote Halcón Águila
Cóndor Alacrán Escorpión Cobra Víbora Tiburón Delfín Pirata Vaquero Charro Ranchero Minero Abuelo Nene
Niño Chamaco Huevo Papa Elote Chile Tomate Limón Mango Canelo Rayo Trueno Diablo Ángel Santo Cristo""".split()

PLURALS = """Zetas Rojos Ardillos Viagras Tequileros Caballeros Templarios Cuinis Chapitos Mayos Pelones
Güeros Tlacos Blancos Negros Halcones Leones Lobos Tigres Zorros Alacranes Coyotes Escorpiones Metros
Ciclones Aztecas Mexicles Artistas Talibanes Pájaros Piojos Flacos Mazatlecos Tolecos Culichis Marinos
Cuervos Buitres Jaguares Pumas Panteras Cobras Víboras Arañas Avispas Rayos Diablos Demonios Cristeros
Michoacanos Guerrerenses Sinaloenses Tamaulipecos Aguacateros Cañeros Mezcaleros Mineros Rancheros
Vaqueros Charros Compadres Primos Hermanos Cuates Güeritos Morenos Chinos Gallos Gavilanes Águilas
Cóndores Bisontes Toros Venados Jabalíes Tlacuaches Mapaches Tejones Chacales Panchos Chuchos Machos
Gallitos Pollos Patos Gorilas Tiburones Delfines Piratas Corsarios Centauros Espartanos Troyanos
Vikingos Apaches Comanches Yaquis Mayas Toltecas Olmecas Chichimecas Tarascos Mixtecos Zapotecas""".split()

ADJECTIVES = """Nueva Vieja Michoacana Independiente Unida Guerrerense Poniente Oriente Norteña Sureña
Jalisciense Sinaloense Tamaulipeca Costeña Serrana Fronteriza Revolucionaria Imperial Blanca Negra Roja
Santa Suprema Leal Única Libre Federal Popular Regional Estatal Nacional Moderna Antigua Reformada
Verdadera Mayor Menor Alta Baja Central Occidental Oriental Peninsular Istmeña Norte Sur""".split()

FEMININE_NOUNS = """Familia Empresa Línea Resistencia Barredora Unión Hermandad Organización Tropa Gente
Fuerza Mafia Nueva Generación Federación Alianza Liga Banda Célula Escuadra Guardia Milicia Compañía
Sociedad Cofradía Mano Sombra Corona Legión""".split()

SAINTS = """Juan Pedro Luis Miguel Felipe Andrés José Francisco Antonio Marcos Mateo Lucas Pablo Martín
Nicolás Sebastián Bartolo Cristóbal Agustín Jerónimo Ignacio Lorenzo Gabriel Rafael Simón Blas Diego""".split()
FEMALE_SAINTS = "María Rosa Ana Catarina Lucía Clara Inés Bárbara Cruz Teresa Isabel Fe Elena Rita".split()
SYLLABLES = """Tla Xo Tepe Cuau Ma Hua Chi Ato Ix Te Zaca Ame Oco Tux Jala Teca Maza Aca Tiju Culia Zita Apa
Urua Tama Chil Igua Tax Pátz Zin Coma Coa Yahua Hue Ocu Teo Cui Nau Meta Zapo Tula Acám Chal""".split()
SUFFIXES = "tlán pan co tepec huacán cingo lán zingo ro tla cuaro pa la ca titlán apan lco nango tzin maya".split()
PLACE_NOUNS = """Lagos Ríos Altos Llano Valle Sierra Monte Cerro Laguna Río Mar Palmas Flores Pinos Robles
Arcos Fuentes Cañada Mesa Peñas Piedras Cruces Ojos Llanos Barrancas""".split()
STATES = """Sinaloa Sonora Chihuahua Durango Jalisco Michoacán Guerrero Tamaulipas Zacatecas Colima Nayarit
Guanajuato Querétaro Morelos Puebla Veracruz Oaxaca Chiapas Tabasco Campeche Yucatán Quintana Coahuila
Hidalgo Tlaxcala Aguascalientes Baja""".split()
REGIONS = "Golfo Noreste Pacífico Milenio Centro Sur Norte Poniente Oriente Sureste Bajío Istmo Altiplano".split()

COUNTRIES = """Mexico|United States|Colombia|Guatemala|Honduras|El Salvador|Venezuela|Ecuador|Peru|Bolivia|
Brazil|Argentina|Chile|Panama|Costa Rica|Nicaragua|Belize|Canada|Spain|Italy|Netherlands|Belgium|China|
India|Australia|Dominican Republic|Haiti|Cuba|Jamaica|Paraguay|Uruguay|Germany|France|United Kingdom|
Russia|Turkey|Nigeria|South Africa|Philippines|Japan""".replace("\n", "").split("|")
COUNTRY_WEIGHTS = [40, 30, 6, 3, 2, 2, 2, 2, 1.5, 1] + [0.5] * (len(COUNTRIES) - 10)
DRUGS = """fentanyl|methamphetamine|cocaine|heroin|marijuana|opium|crack|carfentanil|MDMA|ketamine|xylazine|
nitazenes|LSD|oxycodone|fentanilo|metanfetamina|cocaína|heroína|goma de opio|cristal|tusi|pseudoephedrine|
ephedrine|phenylacetone|4-ANPP|NPP|precursor chemicals|tramadol|hashish|amphetamine""".replace("\n", "").split("|")
REAL_AGENCIES = [
    ("Drug Enforcement Administration", "DEA"), ("Federal Bureau of Investigation", "FBI"),
    ("Fiscalía General de la República", "FGR"), ("Secretaría de la Defensa Nacional", "SEDENA"),
    ("Secretaría de Marina", "SEMAR"), ("Office of Foreign Assets Control", "OFAC"),
    ("Homeland Security Investigations", "HSI"), ("Unidad de Inteligencia Financiera", "UIF"),
    ("Guardia Nacional", "GN"), ("U.S. Department of the Treasury", "Treasury"),
    ("U.S. Department of Justice", "DOJ"), ("Customs and Border Protection", "CBP"),
    ("Centro Nacional de Inteligencia", "CNI"), ("Policía Nacional de Colombia", "PNC"),
    ("Secretaría de Seguridad y Protección Ciudadana", "SSPC"), ("Interpol", ""),
    ("Europol", ""), ("United Nations Office on Drugs and Crime", "UNODC"),
]
OUTLETS = [
    ("Reuters", "reuters.com"), ("Associated Press", "apnews.com"), ("InSight Crime", "insightcrime.org"),
    ("Milenio", "milenio.com"), ("El Universal", "eluniversal.com.mx"), ("Proceso", "proceso.com.mx"),
    ("Ríodoce", "riodoce.mx"), ("Zeta Tijuana", "zetatijuana.com"), ("Animal Político", "animalpolitico.com"),
    ("Infobae", "infobae.com"), ("El País", "elpais.com"), ("Los Angeles Times", "latimes.com"),
    ("The New York Times", "nytimes.com"), ("BBC Mundo", "bbc.com"), ("Borderland Beat", "borderlandbeat.com"),
    ("La Jornada", "jornada.com.mx"), ("Excélsior", "excelsior.com.mx"), ("El Financiero", "elfinanciero.com.mx"),
    ("Noroeste", "noroeste.com.mx"), ("El Debate", "debate.com.mx"), ("Vanguardia", "vanguardia.com.mx"),
    ("El Siglo de Torreón", "elsiglodetorreon.com.mx"), ("Reforma", "reforma.com"), ("Univision", "univision.com"),
    ("The Guardian", "theguardian.com"), ("Washington Post", "washingtonpost.com"), ("CNN", "cnn.com"),
    ("Aristegui Noticias", "aristeguinoticias.com"), ("Latinus", "latinus.us"), ("El Sol de Sinaloa", "oem.com.mx"),
]
ANONYMOUS = ["unnamed sources", "local officials", "sources", "residents", "federal officials", "a witness",
             "security sources", "investigators", "anonymous officials", "local reports", "analysts",
             "unidentified officials", "several residents", "authorities", "other reports"]
PAPERS = ["court documents", "a DEA report", "the indictment", "the 2025 National Drug Threat Assessment",
          "intelligence reports", "leaked military documents", "a Treasury statement", "a federal complaint",
          "prison records", "an FGR statement"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FILLER = [
    "Violence in the region has displaced thousands of families over the past decade.",
    "Security analysts warn that the fragmentation of the larger organisations has multiplied local conflicts.",
    "The federal government deployed additional troops to the area after a series of attacks on police.",
    "Residents described roadblocks, burned vehicles and shootings that lasted for several hours.",
    "Prosecutors have opened an investigation, though no charges have been announced so far.",
    "The trade in synthetic drugs has reshaped the economics of trafficking along the border.",
    "Local journalists have been threatened for covering the disputes between armed groups.",
    "Authorities seized weapons, vehicles and several kilograms of drugs during the operation.",
    "The disappearance of dozens of people in the municipality remains unresolved.",
    "Community self-defence groups say they took up arms because the state failed to protect them.",
    "Experts note that extortion of farmers and merchants has become a major source of income.",
    "The governor called for calm and promised to restore order in the affected towns.",
]
TITLES = {
    "leader_of": ["leader", "regional boss", "jefe de plaza", "head", "second-in-command", "co-leader"],
    "member_of": ["hitman", "financial operator", "lieutenant", "sicario", "lookout", "money launderer",
                  "logistics chief", "cell leader"],
    "official_of": ["director", "prosecutor", "spokesperson", "commander", "attorney general", "agent"],
}
TEMPLATES = {
    "ally_of": ["{s} has allied with {o}", "{s} and {o} formed an alliance", "{s} joined forces with {o}"],
    "rival_of": ["{s} is at war with {o}", "{s} has been fighting {o} for the plaza", "{s} and {o} are rivals"],
    "faction_of": ["{s}, a faction of {o}", "{s} is an armed wing of {o}", "{s} split from {o}"],
    "negotiated_with": ["{s} negotiated a truce with {o}", "{s} held talks with {o}"],
    "leader_of": ["{s}, the {t} of {o}", "{s} heads {o}", "{s} took control of {o}"],
    "founder_of": ["{s} founded {o}", "{s}, a co-founder of {o}"],
    "member_of": ["{s}, a {t} of {o}", "{s} worked for {o}", "{s} belongs to {o}"],
    "official_of": ["{s}, {t} of {o}", "{s}, who serves as {t} at {o}"],
    "child_of": ["{s}, a son of {o}", "{s}, the daughter of {o}"],
    "sibling_of": ["{s}, a brother of {o}", "{s} and her sister {o}"],
    "spouse_of": ["{s}, the wife of {o}", "{s}, married to {o}"],
    "relative_of": ["{s}, a nephew of {o}", "{s}, a cousin of {o}", "{s}, the brother-in-law of {o}"],
    "arrested": ["{s} was arrested by {o}", "{o} detained {s}", "{s} was captured by {o}"],
    "charged": ["{s} was charged by {o}", "{o} indicted {s}"],
    "extradited": ["{s} was extradited to {o}", "{s} was sent to {o} to face charges"],
    "killed": ["{s} was killed by {o}", "{o} murdered {s}", "{s} died at the hands of {o}"],
    "designated": ["{s} was designated a terrorist organisation by {o}", "{o} sanctioned {s}"],
    "held_by": ["{s} was held hostage by {o}", "{s} was kidnapped by {o}"],
    "traffics": ["{s} traffics {o}", "{s} produces {o}", "{s} moves {o} across the border"],
    "operates_in": ["{s} operates in {o}", "{s} controls {o}", "{s} is present in {o}"],
}
# predicate: (weight in %, subject role, object role)
PREDICATES: dict[str, tuple[float, str, str]] = {
    "ally_of": (9, "group", "group"), "rival_of": (11, "group", "group"), "faction_of": (2, "group", "group"),
    "negotiated_with": (1, "group", "group"), "leader_of": (6, "person", "group"),
    "founder_of": (1.5, "person", "group"), "member_of": (11, "person", "group"),
    "official_of": (2, "person", "agency"), "child_of": (1, "person", "person"),
    "sibling_of": (1.5, "person", "person"), "spouse_of": (0.5, "person", "person"),
    "relative_of": (1, "person", "person"), "arrested": (12, "person", "agency|country"),
    "charged": (6, "person", "agency|country"), "extradited": (2, "person", "country"),
    "killed": (6, "person", "killer"), "designated": (2, "designee", "agency|country"),
    "held_by": (0.5, "person", "group"), "traffics": (8, "group", "drug"), "operates_in": (14, "group", "place"),
}
SYMMETRIC = {"ally_of", "rival_of", "negotiated_with", "sibling_of", "spouse_of", "relative_of"}


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def masculine(adjective: str, plural: bool = False) -> str:
    """'Nueva' -> 'Nuevo' / 'Nuevos'; 'Imperial' -> 'Imperial' / 'Imperiales'."""
    if adjective.endswith("a"):
        return adjective[:-1] + ("os" if plural else "o")
    if adjective.endswith("e"):
        return adjective + ("s" if plural else "")
    return adjective + ("es" if plural else "")


def zipf(n: int, exponent: float, offset: float = 1.0) -> list[float]:
    """Cumulative weights 1/(rank + offset)^exponent for ranks 0..n-1 (for random.choices)."""
    total, found = 0.0, []
    for rank in range(n):
        total += 1.0 / (rank + offset) ** exponent
        found.append(total)
    return found


def weighted(words: list[str], exponent: float = 1.0, offset: float = 10.0) -> tuple[list[str], list[float]]:
    return words, zipf(len(words), exponent, offset)


# Name vocabularies: the word lists above are the common head; a long tail of rarer words, made up
# from syllables, follows it. Real surnames and given names are Zipf-like with a long tail, so a
# larger sample meets more distinct names (Heaps' law) and collisions grow only as real ones would.
# The vocabulary is the population's, fixed (its own seed), whatever the store's size or --seed.
NAME_EXPONENT = 1.2  # Zipf exponent of names: head lists cover ~60% of people, the top word ~3%
SURNAME_VOCABULARY = 20_000
GIVEN_VOCABULARY = 5_000
NICKNAME_VOCABULARY = 5_000
_ONSETS = "B C Ch D F G Gu J L Ll M N P Qu R S T V Y Z Ar Al Es Ur Ol Ib Ag Ech Ir".split()
_VOWELS = "a e i o u a e o á é í ó ú ia ue".split()
_MIDDLES = "b c d g l ll m n r rr s t v z ch nd rd lt rg sc nt".split()
_SURNAME_ENDS = "ez es as os ar al an on ero era ado ada illo illa ega ino ina eda ón án ía uez iz".split()
_GIVEN_ENDS = "o a io ia el iel án ín ón ardo erto ando aro ino ina ela".split()
_NICK_ENDS = "ito ita illo illa ote ón ucho uco".split()


def _made_words(count: int, ends: list[str], head: list[str], seed: int) -> list[str]:
    """``head`` followed by made-up words (onset vowel middle vowel end) up to ``count`` distinct words."""
    rng = random.Random(seed)
    found = dict.fromkeys(head)
    while len(found) < count:
        word = rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_MIDDLES) + rng.choice(_VOWELS) + \
            rng.choice(ends)
        found.setdefault(word.replace("áe", "ae"), None)
    return list(found)


def _nicknames(count: int) -> list[str]:
    rng = random.Random(3)
    found = dict.fromkeys(NICKNAMES)
    stems = [w.rstrip("aeioáéíóú") for w in NICKNAMES if len(w) > 3]
    while len(found) < count:
        if rng.random() < 0.5:
            word = rng.choice(stems) + rng.choice(_NICK_ENDS)
        else:
            word = f"{rng.choice(NICKNAMES)} {masculine(rng.choice(ADJECTIVES))}"
        found.setdefault(word, None)
    return list(found)


# --- entities -------------------------------------------------------------------------------------


class Universe:
    """The entities of one synthetic store, and who is picked how often as a claim's subject or object."""

    def __init__(self, n: int, seed: int) -> None:
        from testigo.model import make_id, name_key

        self.rng = rng = random.Random(seed)
        self.make_id, self.name_key = make_id, name_key
        self.rows: list[dict[str, Any]] = []
        self.alias_rows: list[dict[str, Any]] = []
        self.keys: set[tuple[str, str]] = set()
        self.ids: set[str] = set()
        self.by_kind: dict[str, list[str]] = {}
        self.names: dict[str, str] = {}
        self.variants = 0
        self.truth: dict[str, tuple[str, str]] = {}  # variant id -> (id of the entity it varies, how)
        self.given = weighted(_made_words(GIVEN_VOCABULARY, _GIVEN_ENDS, GIVEN, 1), NAME_EXPONENT, 8)
        self.surnames = weighted(_made_words(SURNAME_VOCABULARY, _SURNAME_ENDS, SURNAMES, 2), NAME_EXPONENT, 10)
        self.nicknames = weighted(_nicknames(NICKNAME_VOCABULARY), NAME_EXPONENT, 5)
        n_groups, n_people = round(n * 0.2), round(n * 0.6)
        rest = n - n_groups - n_people
        n_countries = min(len(COUNTRIES), max(5, rest // 20))
        n_drugs = min(len(DRUGS), max(5, rest // 20))
        n_agencies = max(len(REAL_AGENCIES), rest // 6)
        n_places = rest - n_countries - n_drugs - n_agencies
        self.place_pool = self._place_names(n_places + n_agencies + 200)
        for name in COUNTRIES[:n_countries]:
            self.add("country", name, kb=True)
        for name in DRUGS[:n_drugs]:
            self.add("drug", name, kb=rng.random() < 0.5)
        self._agencies(n_agencies)
        self._places(n_places)
        self._groups(n_groups)
        self._people(n_people)
        self.country_weights = [sum(COUNTRY_WEIGHTS[:i + 1]) for i in range(n_countries)]
        self.pools: dict[str, tuple[list[str], list[float]]] = {}
        for kind, exponent in (("criminal_group", 0.9), ("person", 0.6), ("agency", 1.0), ("place", 0.8),
                               ("drug", 1.0)):
            ids = list(self.by_kind[kind])
            rng.shuffle(ids)  # variants and knowledge-base entities get random ranks
            self.pools[kind] = (ids, zipf(len(ids), exponent))
        self.pools["country"] = (self.by_kind["country"], self.country_weights)
        # Origins of attribution chains: a few hundred named sources, papers and anonymous ones.
        agencies = [self.names[i] for i in self.by_kind["agency"][:150]]
        people = [self._person_name()[0] for _ in range(90)]
        origins = list(dict.fromkeys(agencies + [o for o, _ in OUTLETS] + ANONYMOUS + PAPERS + people))
        rng.shuffle(origins)
        self.origins = (origins, zipf(len(origins), 0.8))

    # adding ------------------------------------------------------------------------------------

    def add(self, kind: str, name: str, *, kb: bool = False, aliases: tuple[str, ...] = ()) -> str | None:
        key = (kind, self.name_key(name))
        if key in self.keys:
            return None
        if kb:
            slug = "-".join(strip_accents(self.name_key(name)).replace("'", "").split()) or "x"
            entity_id = f"kb-{slug}"
            while entity_id in self.ids:
                entity_id += "-2"
        else:
            entity_id = self.make_id("ent", kind, key[1])
        self.keys.add(key)
        self.ids.add(entity_id)
        self.names[entity_id] = name
        self.by_kind.setdefault(kind, []).append(entity_id)
        self.rows.append({"id": entity_id, "kind": kind, "name": name, "external_ids": {}})
        for alias in dict.fromkeys((name, *aliases)):
            self.alias_rows.append({"entity_id": entity_id, "name": alias, "lang": None, "key": self.name_key(alias)})
        return entity_id

    def pick(self, pool: tuple[list[str], list[float]]) -> str:
        return self.rng.choices(pool[0], cum_weights=pool[1])[0]

    # names -------------------------------------------------------------------------------------

    def _base_place(self) -> str:
        """A made-up place name: one or two syllables and an ending (~35,000 of them, as many as a
        country's towns and villages, so that a larger store does not reuse a few hundred)."""
        rng = self.rng
        second = rng.choice(SYLLABLES).lower() if rng.random() < 0.6 else ""
        return rng.choice(SYLLABLES) + second + rng.choice(SUFFIXES)

    def _place_names(self, count: int) -> list[str]:
        rng, found = self.rng, {}
        patterns = [
            lambda: self._base_place(),
            lambda: f"San {rng.choice(SAINTS)} {self._base_place()}",
            lambda: f"Santa {rng.choice(FEMALE_SAINTS)} {self._base_place()}",
            lambda: f"{self._base_place()} de {self.pick(self.surnames)}",
            lambda: f"Villa de {self._base_place()}",
            lambda: f"San {rng.choice(SAINTS)} de los {rng.choice(PLACE_NOUNS)}",
            lambda: f"{self._base_place()} de los {rng.choice(PLACE_NOUNS)}",
            lambda: f"Ciudad {self.pick(self.surnames)}",
            lambda: f"Puerto {self._base_place()}",
            lambda: f"Real de {rng.choice(PLACE_NOUNS)} {self._base_place()}",
        ]
        attempts = 0
        while len(found) < count and attempts < count * 50:
            attempts += 1
            name = rng.choice(patterns)()
            found.setdefault(self.name_key(name), name)
        names = list(found.values())
        rng.shuffle(names)
        return names

    def _agencies(self, count: int) -> None:
        rng = self.rng
        for name, acronym in REAL_AGENCIES:
            self.add("agency", name, kb=True, aliases=(acronym,) if acronym else ())
        patterns = [
            lambda p: f"Fiscalía General del Estado de {rng.choice(STATES)}",
            lambda p: f"Secretaría de Seguridad Pública de {p}",
            lambda p: f"Policía Municipal de {p}",
            lambda p: f"Policía Estatal de {rng.choice(STATES)}",
            lambda p: f"Fiscalía Regional de {p}",
            lambda p: f"Juzgado de Distrito de {p}",
        ]
        pool = iter(self.place_pool[::-1])
        while len(self.by_kind["agency"]) < count:
            self.add("agency", rng.choice(patterns)(next(pool)))

    def _places(self, count: int) -> None:
        rng = self.rng
        start = len(self.by_kind.get("place", []))
        for name in self.place_pool:
            if len(self.by_kind.get("place", [])) - start >= count:
                break
            kb = rng.random() < 0.05
            entity_id = self.add("place", name, kb=kb)
            if entity_id and kb and rng.random() < 0.5 and strip_accents(name) != name:
                copy = self.add("place", strip_accents(name))  # same folded name, another id: an exact match
                if copy:
                    self.truth[copy] = (entity_id, "accents")

    def _group_name(self) -> str:
        rng = self.rng
        place = rng.choice(self.place_pool)
        r = rng.random()
        if r < 0.25:
            return f"Cártel de {place}"
        if r < 0.33:
            return f"Cártel del {rng.choice(REGIONS)} {masculine(rng.choice(ADJECTIVES))}"
        if r < 0.55:
            return f"Los {rng.choice(PLURALS)} de {place}"
        if r < 0.65:
            return f"Los {rng.choice(PLURALS)} {masculine(rng.choice(ADJECTIVES), plural=True)}"
        if r < 0.75:
            return f"La {rng.choice(FEMININE_NOUNS)} {rng.choice(ADJECTIVES)} de {place}"
        if r < 0.82:
            return f"Grupo {self.pick(self.surnames)} {self.pick(self.surnames)}"
        if r < 0.88:
            return f"Gente {rng.choice(ADJECTIVES)} de {place}"
        if r < 0.94:
            return f"Cártel {masculine(rng.choice(ADJECTIVES))} de {place}"
        return f"Fuerzas Especiales {rng.choice(PLURALS)} de {place}"

    @staticmethod
    def _acronym(name: str) -> str:
        return "".join(t[0] for t in name.replace("-", " ").split()).upper()

    def _typo(self, name: str) -> str | None:
        words = name.split()
        long = [i for i, w in enumerate(words) if len(w) >= 7]
        if not long:
            return None
        i = self.rng.choice(long)
        j = self.rng.randrange(1, len(words[i]) - 1)
        words[i] = words[i][:j] + words[i][j + 1:]
        return " ".join(words)

    def _groups(self, count: int) -> None:
        rng = self.rng
        n_var = count // 10
        bases: list[tuple[str, bool, str]] = []
        while len(self.by_kind.get("criminal_group", [])) < count - n_var:
            name = self._group_name()
            kb = rng.random() < 0.03
            aliases = (self._acronym(name),) if kb else ()
            if base_id := self.add("criminal_group", name, kb=kb, aliases=aliases):
                bases.append((name, kb, base_id))
        rng.shuffle(bases)
        for name, kb, base_id in bases:
            if len(self.by_kind["criminal_group"]) >= count:
                break
            variant, how = self._group_variant(name, kb)
            if variant and (variant_id := self.add("criminal_group", variant)):
                self.variants += 1
                self.truth[variant_id] = (base_id, how)
        while len(self.by_kind["criminal_group"]) < count:
            self.add("criminal_group", self._group_name())

    def _group_variant(self, name: str, kb: bool) -> tuple[str | None, str]:
        rng = self.rng
        r = rng.random()
        if kb and r < 0.5:
            return strip_accents(name), "accents"  # exact match with the knowledge-base entity
        if name.startswith(("Los ", "La ")) and r < 0.6:
            return name.split(" ", 1)[1], "article"  # "Los Zetas" / "Zetas": same name once the article goes
        if name.startswith("Cártel de ") and r < 0.8:
            return name.removeprefix("Cártel de ") + " Cartel", "english"  # English form: same distinctive words
        if r < 0.9:
            return self._typo(name), "typo"
        return self._acronym(name), "acronym"  # "CDT": a partial name, resolved when only one group fits

    def _person_name(self) -> tuple[str, tuple[str, str | None, str, str | None]]:
        rng = self.rng
        given = self.pick(self.given)
        middle = self.pick(self.given) if rng.random() < 0.3 else None
        first = self.pick(self.surnames)
        second = self.pick(self.surnames) if rng.random() < 0.9 else None
        if second == first:
            second = None
        parts = (given, middle, first, second)
        return " ".join(p for p in parts if p), parts

    def _people(self, count: int) -> None:
        rng = self.rng
        n_var = count // 10
        bases: list[tuple[str, tuple[str, str | None, str, str | None], bool, str]] = []
        while len(self.by_kind.get("person", [])) < count - n_var:
            name, parts = self._person_name()
            kb = rng.random() < 0.03
            written, aliases = name, ()
            if kb:
                aliases = (f"El {self.pick(self.nicknames)}", f"{parts[0]} {parts[2]}")
            elif rng.random() < 0.03:
                written = f"{parts[0]} \"El {self.pick(self.nicknames)}\" {' '.join(p for p in parts[2:] if p)}"
            if base_id := self.add("person", written, kb=kb, aliases=aliases):
                bases.append((name, parts, kb, base_id))
        rng.shuffle(bases)
        for name, parts, kb, base_id in bases:
            if len(self.by_kind["person"]) >= count:
                break
            variant, how = self._person_variant(name, parts, kb)
            if variant and (variant_id := self.add("person", variant)):
                self.variants += 1
                self.truth[variant_id] = (base_id, how)
        while len(self.by_kind["person"]) < count:
            self.add("person", self._person_name()[0])

    def _person_variant(self, name: str, parts: tuple[str, str | None, str, str | None],
                        kb: bool) -> tuple[str | None, str]:
        given, middle, first, second = parts
        r = self.rng.random()
        if kb and r < 0.6:
            return strip_accents(name), "accents"  # the knowledge base's person, written without accents
        if second and r < 0.45:
            return f"{given} {first}-{second}", "hyphenated"  # middle name dropped, surnames hyphenated
        if second and r < 0.75:
            return f"{given} {first}", "shorter"  # a shorter form: resolved only when one person fits
        if r < 0.85:
            return f"El {self.pick(self.nicknames)}", "nickname"  # a bare nickname, not tied to anyone
        return self._typo(name), "person typo"  # a misspelling: for review, not merged


# --- claims and documents -----------------------------------------------------------------------


class ClaimMaker:
    """Documents and their claims, one document at a time."""

    BASE = date(2000, 1, 1).toordinal()
    SPAN = date(2025, 12, 31).toordinal() - BASE

    def __init__(self, universe: Universe, seed: int) -> None:
        from testigo.model import make_id

        self.u, self.make_id, self.seed = universe, make_id, seed
        self.rng = random.Random(seed * 7919 + 1)
        self.predicates = list(PREDICATES)
        self.predicate_weights = zipf_free([PREDICATES[p][0] for p in self.predicates])
        self.places = [universe.names[i] for i in universe.by_kind["place"][:2000]]

    def role(self, role: str) -> str:
        u, rng = self.u, self.rng
        if role == "group":
            return u.pick(u.pools["criminal_group"])
        if role == "person":
            return u.pick(u.pools["person"])
        if role == "agency|country":
            return u.pick(u.pools["agency"] if rng.random() < 0.6 else u.pools["country"])
        if role == "country":
            return u.pick(u.pools["country"]) if rng.random() < 0.9 else u.pick(u.pools["agency"])
        if role == "killer":
            r = rng.random()
            kind = "person" if r < 0.4 else "criminal_group" if r < 0.8 else "agency" if r < 0.95 else "country"
            return u.pick(u.pools[kind])
        if role == "designee":
            return u.pick(u.pools["criminal_group"] if rng.random() < 0.9 else u.pools["person"])
        if role == "place":
            return u.pick(u.pools["place"] if rng.random() < 0.85 else u.pools["country"])
        return u.pick(u.pools[role])

    def when(self, latest: int) -> dict[str, str]:
        rng = self.rng
        day = date.fromordinal(self.BASE + rng.randrange(latest - self.BASE + 1))
        r = rng.random()
        if r < 0.4:
            return {"value": day.isoformat(), "precision": "day",
                    "text": f"{MONTHS[day.month - 1]} {day.day}, {day.year}"}
        if r < 0.7:
            return {"value": day.isoformat()[:7], "precision": "month", "text": f"{MONTHS[day.month - 1]} {day.year}"}
        return {"value": str(day.year), "precision": "year", "text": str(day.year)}

    def document(self, index: int, n_claims: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        rng, u = self.rng, self.u
        doc_id = self.make_id("doc", "bench", self.seed, index)
        published = self.BASE + rng.randrange(self.SPAN)
        outlet, domain = OUTLETS[min(int(rng.paretovariate(1.2)) - 1, len(OUTLETS) - 1)] \
            if rng.random() < 0.7 else rng.choice(OUTLETS)
        parts: list[str] = []
        length = 0
        claims = []
        for _ in range(n_claims):
            predicate = rng.choices(self.predicates, cum_weights=self.predicate_weights)[0]
            _, subject_role, object_role = PREDICATES[predicate]
            subject = self.role(subject_role)
            obj = self.role(object_role)
            for _retry in range(3):
                if obj != subject:
                    break
                obj = self.role(object_role)
            r = rng.random()
            certainty = "certain" if r < 0.5 else "probable" if r < 0.8 else "possible"
            polarity = "negative" if rng.random() < 0.06 else "positive"
            r = rng.random()
            chain = ["article"] if r < 0.55 else ["article", u.pick(u.origins)] if r < 0.88 else \
                ["article", u.pick(u.origins), u.pick(u.origins)]
            r = rng.random()
            dates = [] if r < 0.2 else [self.when(published)] if r < 0.92 else \
                sorted((self.when(published), self.when(published)), key=lambda d: d["value"])
            title = rng.choice(TITLES[predicate]) if predicate in TITLES and rng.random() < 0.5 else None
            places = [rng.choice(self.places)] if predicate in ("arrested", "killed") and rng.random() < 0.3 else []
            sentence = rng.choice(TEMPLATES[predicate]).format(s=u.names[subject], o=u.names[obj], t=title or "member")
            if certainty == "probable":
                sentence = "Reportedly, " + sentence
            elif certainty == "possible":
                sentence = "It is possible that " + sentence
            if polarity == "negative":
                sentence = "Officials denied that " + sentence
            if dates:
                sentence += f" {'on' if dates[0]['precision'] == 'day' else 'in'} {dates[0]['text']}"
            if places:
                sentence += f" in {places[0]}"
            if len(chain) > 1:
                sentence += f", {chain[1]} said" + (f", citing {chain[2]}" if len(chain) > 2 else "")
            sentence += "."
            if rng.random() < 0.5:
                filler = rng.choice(FILLER)
                parts.append(filler)
                length += len(filler) + 1
            start = length
            parts.append(sentence)
            length += len(sentence) + 1
            claim_id = self.make_id("clm", doc_id, subject, predicate, obj, "", start, start + len(sentence))
            claims.append({
                "id": claim_id, "document_id": doc_id, "subject_id": subject, "predicate": predicate,
                "object_id": obj, "value": None,
                "qualifiers": {"dates": dates, "places": places, "title": title, "label": None},
                "polarity": polarity, "certainty": certainty, "attributed_to": chain, "quote": sentence,
                "span_start": start, "span_end": start + len(sentence), "rule": f"{predicate}.bench.v1",
            })
        target = rng.randrange(2500, 4500)
        while length < target:
            filler = rng.choice(FILLER)
            parts.append(filler)
            length += len(filler) + 1
        text = " ".join(parts)
        day = date.fromordinal(published).isoformat()
        document = {
            "id": doc_id, "source": f"https://www.{domain}/{day[:4]}/{day[5:7]}/nota-{index}",
            "title": f"{claims[0]['quote'][:80]}" if claims else None,
            "outlet": outlet if rng.random() < 0.85 else None, "author": None,
            "published": day if rng.random() < 0.95 else None, "language": "en", "text": text,
            "ingested_at": "2026-01-01T00:00:00+00:00", "extracted_with": "bench", "extracted_at": None,
        }
        return document, claims

    def documents(self, total_claims: int) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
        made, index = 0, 0
        while made < total_claims:
            n = min(total_claims - made, self.rng.randint(10, 30))  # ~20 claims per document
            yield self.document(index, n)
            made += n
            index += 1


def zipf_free(weights: list[float]) -> list[float]:
    """Cumulative weights of a plain weight list."""
    total, found = 0.0, []
    for w in weights:
        total += w
        found.append(total)
    return found


# --- loading ----------------------------------------------------------------------------------------


def load(url: str, n_entities: int, n_claims: int, seed: int) -> dict[str, Any]:
    """Generate a store with n_entities and n_claims into ``url`` (a new, empty store)."""
    from sqlalchemy import event, text

    from testigo.store import open_store
    from testigo.store import tables as t

    started = time.perf_counter()
    store = open_store(url)
    engine = store.engine  # type: ignore[attr-defined]
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _big_cache(dbapi_conn: Any, _record: Any) -> None:  # the loading connection only
            dbapi_conn.execute("PRAGMA cache_size=-262144")
        engine.dispose()
    universe = Universe(n_entities, seed)
    gen_seconds = time.perf_counter() - started
    counts = {"entities": 0, "aliases": 0, "documents": 0, "claims": 0}
    insert_seconds = 0.0

    def flush(table: Any, rows: list[dict[str, Any]]) -> None:
        nonlocal insert_seconds
        if not rows:
            return
        t0 = time.perf_counter()
        with engine.begin() as conn:
            for start in range(0, len(rows), CHUNK):
                conn.execute(table.insert(), rows[start:start + CHUNK])
        insert_seconds += time.perf_counter() - t0
        counts[table.name] += len(rows)

    for start in range(0, len(universe.rows), CHUNK):
        flush(t.entities, universe.rows[start:start + CHUNK])
    for start in range(0, len(universe.alias_rows), CHUNK):
        flush(t.aliases, universe.alias_rows[start:start + CHUNK])
    maker = ClaimMaker(universe, seed)
    docs: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    for document, rows in maker.documents(n_claims):
        docs.append(document)
        claims.extend(rows)
        if len(claims) + len(docs) >= CHUNK:
            t0 = time.perf_counter()
            with engine.begin() as conn:  # one transaction per ~50k rows
                conn.execute(t.documents.insert(), docs)
                conn.execute(t.claims.insert(), claims)
            insert_seconds += time.perf_counter() - t0
            counts["documents"] += len(docs)
            counts["claims"] += len(claims)
            docs, claims = [], []
    flush(t.documents, docs)
    flush(t.claims, claims)
    t0 = time.perf_counter()
    store.rebuild_edges()  # what a bulk loader calls after bypassing the Writer
    edges_seconds = time.perf_counter() - t0
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    store.close()
    kinds = {k: len(v) for k, v in universe.by_kind.items()}
    Path(truth_path(url)).write_text(json.dumps(universe.truth))
    return {"seconds": time.perf_counter() - started, "insert_seconds": insert_seconds, "edges_seconds": edges_seconds,
            "setup_seconds": gen_seconds, "counts": counts, "kinds": kinds, "variants": universe.variants,
            "kb": sum(1 for i in universe.ids if i.startswith("kb-")), "peak_mb": peak_mb()}


# --- measurements (child processes) ---------------------------------------------------------------


def peak_mb() -> float:
    """This process's peak RSS in MB (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def print_profile(profiler: Any, path: str) -> None:
    import pstats

    profiler.dump_stats(path)
    stats = pstats.Stats(path, stream=sys.stderr)
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(25)


def truth_path(url: str) -> str:
    """Where the bench keeps which entity each deliberate variant varies (beside a SQLite file)."""
    if "://" not in url:
        return url + ".truth.json"
    return str(Path(tempfile.gettempdir()) / f"testigo-bench-truth-{abs(hash(url))}.json")


def variant_figures(clusters: dict[str, str], truth: dict[str, list[str]]) -> dict[str, Any]:
    """How the stored clusters treat the deliberate variants: per kind of variant, how many share a
    cluster with the entity they vary; and ``wrong``, entities put in a cluster with another actor
    (each cluster counts its distinct actors but one; bare nicknames, tied to no one, left out)."""
    found: dict[str, list[int]] = {}
    for variant, (base, how) in truth.items():
        counts = found.setdefault(how, [0, 0])
        counts[0] += 1
        counts[1] += clusters.get(variant, variant) == clusters.get(base, base)
    actors: dict[str, set[str]] = {}
    for member, canonical in clusters.items():
        base, how = truth.get(member, (member, ""))
        if how != "nickname":
            actors.setdefault(canonical, set()).add(base)
    wrong = sum(len(a) - 1 for a in actors.values())
    return {"variants": {how: f"{merged}/{total}" for how, (total, merged) in sorted(found.items())}, "wrong": wrong}


def child_resolve(url: str, profile: str | None) -> dict[str, Any]:
    from testigo.resolve import resolve
    from testigo.store import open_store

    store = open_store(url)
    t0, c0 = time.perf_counter(), time.process_time()
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        report = profiler.runcall(resolve, store)
        print_profile(profiler, profile)
    else:
        report = resolve(store)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    found = {"seconds": seconds, "cpu": cpu, "entities": report.entities, "same": report.same,
             "different": report.different, "clusters": report.clusters, "ambiguous": report.ambiguous,
             "peak_mb": peak_mb()}
    truth = Path(truth_path(url))
    if truth.exists():
        found.update(variant_figures(store.read_clusters() or {}, json.loads(truth.read_text())))
    store.close()
    return found


def _network_figures(report: Any) -> dict[str, Any]:
    network = report.network
    return {"nodes": network.graph.number_of_nodes(), "edges": network.graph.number_of_edges(),
            "ties": len(network.ties), "claims_read": network.claims_read,
            "claims_used": network.claims_used, "blocs": len(report.balance.blocs),
            "frustrated": report.balance.frustration, "triads": len(report.triads)}


def child_network(url: str, resolved: bool, profile: str | None) -> dict[str, Any]:
    import networkx  # noqa: F401  (imported before timing: the query, not interpreter start-up, is measured)

    from testigo.analyse import network_report
    from testigo.store import open_store

    store = open_store(url)
    found: dict[str, Any] = {}
    canonical: Callable[[str], str] | None = None
    if resolved:
        from testigo.resolve import Resolver

        t0 = time.perf_counter()
        mapping = Resolver(store).canonical_map()
        members: dict[str, set[str]] = {}
        for member, key in mapping.items():
            members.setdefault(key, set()).add(member)
        found["map_seconds"] = time.perf_counter() - t0
        found["mapped_ids"] = len(mapping)
        canonical = lambda entity_id: mapping.get(entity_id, entity_id)  # noqa: E731
    kwargs: dict[str, Any] = {"as_of": AS_OF, "min_certainty": MIN_CERTAINTY}
    if canonical is not None:  # as the CLI calls it (cli._resolved)
        kwargs["canonical"] = canonical
        kwargs["cluster"] = lambda entity_id: members.get(mapping.get(entity_id, entity_id), {entity_id})

    def call() -> Any:
        return network_report(store, **kwargs)

    if profile:
        import cProfile

        profiler = cProfile.Profile()
        t0 = time.perf_counter()
        profiler.runcall(call)
        found["profiled_seconds"] = time.perf_counter() - t0
        print_profile(profiler, profile)
        found["peak_mb"] = peak_mb()
        return found
    import gc

    in_gc = {"start": 0.0, "total": 0.0}

    def gc_timer(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            in_gc["start"] = time.perf_counter()
        else:
            in_gc["total"] += time.perf_counter() - in_gc["start"]

    gc.callbacks.append(gc_timer)
    t0, c0 = time.perf_counter(), time.process_time()
    report = call()
    found["cold"], found["cold_cpu"] = time.perf_counter() - t0, time.process_time() - c0
    found["cold_gc"], found["cold_peak_mb"] = in_gc["total"], peak_mb()
    gc.callbacks.remove(gc_timer)
    found.update(_network_figures(report))
    del report
    t0 = time.perf_counter()
    call()
    found["warm"] = time.perf_counter() - t0
    found["peak_mb"] = peak_mb()
    store.close()
    return found


def measure_cli(url: str, timeout: float) -> dict[str, Any]:
    """``testigo network --db URL --as-of AS_OF --min-certainty MIN_CERTAINTY`` as a user runs it (table
    output, after ``resolve``): wall time of the whole command, interpreter start and imports included,
    and that process's own CPU time and peak RSS (``os.wait4``)."""
    command = [str(Path(sys.executable).with_name("testigo")), "network", "--db", url, "--as-of", AS_OF,
               "--min-certainty", MIN_CERTAINTY]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as errors:
        t0 = time.perf_counter()
        proc = subprocess.Popen(command, stdout=out, stderr=errors)
        deadline = t0 + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                return {"error": f"timed out after {timeout:.0f} s"}
            time.sleep(0.01)
        seconds = time.perf_counter() - t0
        out.seek(0)
        errors.seek(0)
        text = out.read().decode("utf-8", "replace")
        if os.waitstatus_to_exitcode(status) != 0:
            return {"error": errors.read().decode("utf-8", "replace").strip()[-500:]}
    return {"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss * 1024 / 1e6,
            "output_kb": len(text.encode()) / 1e3, "head": " ".join(text.split()[:12])}


def child_phases(url: str) -> dict[str, Any]:
    """Where the query's time goes, with the public pieces network_report is made of (one cold pass each)."""
    import networkx  # noqa: F401

    from testigo.analyse import actors, balance, load_network, unbalanced_triads
    from testigo.analyse.network import HIERARCHY_PREDICATES
    from testigo.model import Certainty
    from testigo.schema import load_schema
    from testigo.store import open_store
    from testigo.store.base import EdgeFilter

    store = open_store(url)
    found: dict[str, Any] = {}

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        t0, c0 = time.perf_counter(), time.process_time()
        value = fn()
        found[name], found[name + "_cpu"] = time.perf_counter() - t0, time.process_time() - c0
        return value

    signed = tuple(p.name for p in load_schema().predicates.values() if p.sign)
    levels = [c.value for c in Certainty if c.rank >= Certainty(MIN_CERTAINTY).rank]
    found["ties_read"] = timed("ties", lambda: sum(  # what load_network reads of the signed claims in force
        1 for p in signed for c in levels for _ in store.iter_ties(EdgeFilter(p, c, negative=False, as_of=AS_OF))))
    found["claims_read"] = timed("edges", lambda: sum(
        1 for p in signed + HIERARCHY_PREDICATES for c in levels
        for negative in (False, True) for _ in store.iter_edges(EdgeFilter(p, c, negative=negative, as_of=AS_OF))))
    network = timed("load_network", lambda: load_network(store, as_of=AS_OF, min_certainty=MIN_CERTAINTY))
    timed("hierarchy", lambda: network.ties)  # read on first use (weighed; its evidence and graph when asked for)
    timed("balance", lambda: balance(network))
    timed("actors", lambda: actors(network))
    timed("triads", lambda: unbalanced_triads(network, limit=100))
    found["peak_mb"] = peak_mb()
    store.close()
    return found


def run_child(args: list[str], timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {timeout:.0f} s"}
    if out.returncode != 0:
        tail = (out.stderr or out.stdout).strip().splitlines()[-3:]
        return {"error": f"exit {out.returncode}: " + " | ".join(tail)}
    if out.stderr.strip() and "--profile-out" in args:
        sys.stdout.write(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- the parent --------------------------------------------------------------------------------------


def parse_sizes(text: str) -> list[tuple[int, int]]:
    sizes = []
    for part in text.split(","):
        entities, claims = part.split(":")
        sizes.append((int(entities), int(claims)))
    return sizes


def reset_postgres(url: str, overwrite: bool) -> None:
    """Empty the testigo tables of the PostgreSQL database, refusing a non-empty one without --overwrite."""
    from sqlalchemy import inspect

    from testigo.store import open_store
    from testigo.store import tables as t

    store = open_store(url)
    engine = store.engine  # type: ignore[attr-defined]
    if not overwrite and any(store.counts().values()):
        store.close()
        raise SystemExit(f"--db {url}: the store is not empty; pass --overwrite to let the bench drop its "
                         "testigo tables (use a scratch database)")
    names = set(inspect(engine).get_table_names())
    t.metadata.drop_all(engine, tables=[tb for tb in t.metadata.sorted_tables if tb.name in names])
    store.close()


def fmt(value: Any, spec: str = ".2f") -> str:
    return "-" if value is None else format(value, spec)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=None, help=f"ENTITIES:CLAIMS,... (default {DEFAULT_SIZES})")
    parser.add_argument("--quick", action="store_true", help=f"sizes {QUICK_SIZES}")
    parser.add_argument("--db", default=None,
                        help="a PostgreSQL URL to use instead of SQLite files (its testigo tables are dropped "
                             "and refilled for every size)")
    parser.add_argument("--overwrite", action="store_true", help="let --db drop a non-empty store")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tmp", default=None, help="folder for the SQLite files (default: a new temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the SQLite files")
    parser.add_argument("--profile", action="store_true",
                        help="after measuring, profile the resolved network query at the largest size (cProfile)")
    parser.add_argument("--timeout", type=float, default=1200, help="seconds allowed per child process")
    parser.add_argument("--child", choices=["load", "resolve", "network", "resolved", "phases"], help=argparse.SUPPRESS)
    parser.add_argument("--entities", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--claims", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--profile-out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        if args.child == "load":
            result = load(args.url, args.entities, args.claims, args.seed)
        elif args.child == "resolve":
            result = child_resolve(args.url, args.profile_out)
        elif args.child == "phases":
            result = child_phases(args.url)
        else:
            result = child_network(args.url, args.child == "resolved", args.profile_out)
        print(json.dumps(result))
        return 0

    sizes = parse_sizes(args.sizes or (QUICK_SIZES if args.quick else DEFAULT_SIZES))
    command = ".venv/bin/python bench/network.py" + (" --quick" if args.quick else "") + \
        (f" --sizes {args.sizes}" if args.sizes else "") + (" --db URL" if args.db else "") + \
        (" --profile" if args.profile else "") + (f" --seed {args.seed}" if args.seed != 1 else "")
    print(f"command: {command}")
    tmp = Path(args.tmp or tempfile.mkdtemp(prefix="testigo-bench-"))
    backend = "PostgreSQL (--db)" if args.db else f"SQLite files in {tmp}"
    print(f"store: {backend}; {os.cpu_count()} CPUs; Python {sys.version.split()[0]}")
    print("loading: rows are inserted with SQLAlchemy Core executemany straight into testigo/store/tables.py, "
          f"one transaction per {CHUNK:,} rows, bypassing Writer.insert_ignore (row by row); measured: "
          "resolve(store), Resolver(store).canonical_map(), network_report(store, ...) only.")
    print(f"query: network_report(store, as_of={AS_OF!r}, min_certainty={MIN_CERTAINTY!r}); each measurement in "
          "a fresh child process; peak = that process's ru_maxrss", flush=True)
    results: list[dict[str, Any]] = []
    started = time.perf_counter()
    for n_entities, n_claims in sizes:
        if args.db:
            reset_postgres(args.db, args.overwrite or bool(results))  # later sizes replace the bench's own rows
            url = args.db
        else:
            url = str(tmp / f"bench-{n_entities}-{n_claims}.db")
            for suffix in ("", "-wal", "-shm", ".truth.json"):
                Path(url + suffix).unlink(missing_ok=True)
        row: dict[str, Any] = {"entities": n_entities, "claims": n_claims}
        common = ["--url", url, "--seed", str(args.seed)]
        print(f"\n== {n_entities:,} entities, {n_claims:,} claims", flush=True)
        row["load"] = run_child(["--child", "load", "--entities", str(n_entities), "--claims", str(n_claims),
                                 *common], args.timeout)
        ld = row["load"]
        if "error" in ld:
            print(f"load failed: {ld['error']}")
            results.append(row)
            continue
        size_mb = sum(Path(url + s).stat().st_size for s in ("", "-wal") if Path(url + s).exists()) / 1e6 \
            if not args.db else None
        row["db_mb"] = size_mb
        print(f"load: {ld['seconds']:.1f} s (insert {ld['insert_seconds']:.1f} s, rebuild_edges "
              f"{ld.get('edges_seconds', 0):.1f} s), {ld['counts']}, kinds "
              f"{ld['kinds']}, {ld['variants']} deliberate variants, {ld['kb']} kb-* ids"
              + (f", file {size_mb:.0f} MB" if size_mb else ""), flush=True)
        profiling = args.profile and (n_entities, n_claims) == sizes[-1]
        fresh = url + ".fresh.db"
        if profiling and not args.db:  # a copy without judgements, to profile resolve as it first runs
            for suffix in ("", "-wal"):
                if Path(url + suffix).exists():
                    shutil.copyfile(url + suffix, fresh + suffix)
        for name in ("resolve", "network", "resolved", "phases", "cli"):
            load_avg = os.getloadavg()[0]
            if name == "cli":
                row[name] = measure_cli(url, args.timeout) if not args.db else {"error": "SQLite only"}
            else:
                row[name] = run_child(["--child", name, *common], args.timeout)
            row[name]["load_avg"] = load_avg
            print(f"{name}: {json.dumps(row[name])}", flush=True)
        if profiling:
            print("\n-- cProfile of the resolved network query (profiling slows it; shares are what count)")
            row["profile"] = run_child(["--child", "resolved", *common, "--profile-out",
                                        str(tmp / "network.prof")], args.timeout)
            print(f"profiled: {json.dumps(row['profile'])}")
            if not args.db:
                print("\n-- cProfile of resolve(store) on a copy of the store before resolution")
                prof = run_child(["--child", "resolve", "--url", fresh, "--seed", str(args.seed), "--profile-out",
                                  str(tmp / "resolve.prof")], args.timeout)
                print(f"profiled: {json.dumps(prof)}")
                for suffix in ("", "-wal", "-shm"):
                    Path(fresh + suffix).unlink(missing_ok=True)
        results.append(row)
        if not args.db and not args.keep:
            for suffix in ("", "-wal", "-shm", ".truth.json"):
                Path(url + suffix).unlink(missing_ok=True)
    print(f"\ntotal bench time {time.perf_counter() - started:.0f} s")
    report(results)
    if args.profile:
        print(f"\nprofiles kept in {tmp} (python -m pstats FILE)")
    elif not args.tmp and not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def report(results: list[dict[str, Any]]) -> None:
    def get(row: dict[str, Any], part: str, key: str) -> Any:
        value = row.get(part) or {}
        return value.get(key)

    print("\nresults (seconds; MB = peak RSS of the measuring process)")
    head = ("size ent:claims", "load s", "resolve s", "MB", "net cold s", "cpu s", "gc s", "net warm s",
            "MB 1st/both", "map s", "resolved cold s", "warm s", "MB 1st/both", "load avg")
    rows = []
    for r in results:
        rows.append((
            f"{r['entities']}:{r['claims']}", fmt(get(r, "load", "seconds"), ".1f"),
            fmt(get(r, "resolve", "seconds")), fmt(get(r, "resolve", "peak_mb"), ".0f"),
            fmt(get(r, "network", "cold")), fmt(get(r, "network", "cold_cpu")), fmt(get(r, "network", "cold_gc")),
            fmt(get(r, "network", "warm")),
            f"{fmt(get(r, 'network', 'cold_peak_mb'), '.0f')}/{fmt(get(r, 'network', 'peak_mb'), '.0f')}",
            fmt(get(r, "resolved", "map_seconds")), fmt(get(r, "resolved", "cold")), fmt(get(r, "resolved", "warm")),
            f"{fmt(get(r, 'resolved', 'cold_peak_mb'), '.0f')}/{fmt(get(r, 'resolved', 'peak_mb'), '.0f')}",
            fmt(get(r, "network", "load_avg"), ".1f")))
    table(head, rows)
    print("(cpu s / gc s: process CPU time, and time in the cycle collector, of the cold call; MB 1st/both: peak "
          "RSS after the first call / after both; load avg: the 1-minute load average when the network child "
          "started, above ~1 another process shared the 2 cores)")
    for r in results:
        for part in ("load", "resolve", "network", "resolved", "phases"):
            if "error" in (r.get(part) or {}):
                print(f"{r['entities']}:{r['claims']} {part} FAILED: {r[part]['error']}")

    print("\nwhat was built")
    head = ("size", "judgements same/diff", "clusters", "ambiguous", "graph nodes/edges", "hierarchy ties",
            "claims read/used", "resolved nodes/edges", "blocs", "triads")
    rows = []
    for r in results:
        rows.append((
            f"{r['entities']}:{r['claims']}",
            f"{fmt(get(r, 'resolve', 'same'), 'd')}/{fmt(get(r, 'resolve', 'different'), 'd')}",
            fmt(get(r, "resolve", "clusters"), "d"), fmt(get(r, "resolve", "ambiguous"), "d"),
            f"{fmt(get(r, 'network', 'nodes'), 'd')}/{fmt(get(r, 'network', 'edges'), 'd')}",
            fmt(get(r, "network", "ties"), "d"),
            f"{fmt(get(r, 'network', 'claims_read'), 'd')}/{fmt(get(r, 'network', 'claims_used'), 'd')}",
            f"{fmt(get(r, 'resolved', 'nodes'), 'd')}/{fmt(get(r, 'resolved', 'edges'), 'd')}",
            fmt(get(r, "resolved", "blocs"), "d"), fmt(get(r, "resolved", "triads"), "d")))
    table(head, rows)

    print("\nwhere the network query's time goes (one cold pass of each public piece, in a separate process; "
          "ties: reading what weighs the signed ties in force (Store.iter_ties), as load_network does; edges: "
          "reading whole edge rows in force, signed and hierarchy, for comparison)")
    head = ("size", "ties s (rows)", "edges s (rows)", "load_network s (cpu)", "hierarchy s (cpu)", "balance s",
            "actors s", "triads s", "sum s", "MB", "load avg")
    rows = []
    for r in results:
        ph = r.get("phases") or {}
        if "load_network" not in ph:
            continue
        total = sum(ph[k] for k in ("load_network", "balance", "actors", "triads"))
        rows.append((f"{r['entities']}:{r['claims']}", f"{fmt(ph.get('ties'))} ({ph.get('ties_read', '-')})",
                     f"{ph['edges']:.2f} ({ph['claims_read']})",
                     f"{fmt(ph['load_network'])} ({fmt(ph['load_network_cpu'])})",
                     f"{fmt(ph['hierarchy'])} ({fmt(ph['hierarchy_cpu'])})",
                     fmt(ph["balance"]), fmt(ph["actors"]), fmt(ph["triads"]), fmt(total),
                     fmt(ph["peak_mb"], ".0f"), fmt(ph.get("load_avg"), ".1f")))
    table(head, rows)

    print(f"\ngrowth between sizes (n = claims for the network, entities for resolve; 'ok' when the time "
          f"ratio <= n log n ratio x {GROWTH_SLACK})")
    metrics = [("resolve", "resolve", "seconds", "entities"), ("resolve cpu", "resolve", "cpu", "entities"),
               ("network cold", "network", "cold", "claims"), ("network cold cpu", "network", "cold_cpu", "claims"),
               ("load_network", "phases", "load_network", "claims"),
               ("load_network cpu", "phases", "load_network_cpu", "claims"),
               ("network warm", "network", "warm", "claims"), ("resolved cold", "resolved", "cold", "claims"),
               ("resolved cold cpu", "resolved", "cold_cpu", "claims"), ("testigo network", "cli", "seconds", "claims"),
               ("testigo network cpu", "cli", "cpu", "claims")]
    head = ("step", "metric", "n ratio", "n log n ratio", "time ratio", "exponent", "verdict")
    rows = []
    too_fast: list[str] = []
    for a, b in zip(results, results[1:], strict=False):
        for label, part, key, by in metrics:
            ta, tb = get(a, part, key), get(b, part, key)
            if not ta or not tb:
                continue
            na, nb = a[by], b[by]
            n_ratio, nlogn = nb / na, nb * math.log(nb) / (na * math.log(na))
            ratio = tb / ta
            good = ratio <= nlogn * GROWTH_SLACK
            if not good:
                too_fast.append(f"{label} {a['claims']}->{b['claims']}: x{ratio:.2f} for n log n x{nlogn:.2f}")
            rows.append((f"{a['claims']}->{b['claims']}", label, f"{n_ratio:.2f}", f"{nlogn:.2f}", f"{ratio:.2f}",
                         f"{math.log(ratio) / math.log(n_ratio):.2f}", "ok" if good else "FASTER than n log n"))
    table(head, rows)

    print("\ntargets")
    for r in results:
        cold = get(r, "network", "cold")
        rcold = get(r, "resolved", "cold")
        peaks = [get(r, p, "peak_mb") for p in ("resolve", "network", "resolved", "cli")]
        peak = max((p for p in peaks if p is not None), default=None)
        verdict = lambda good: "PASS" if good else "FAIL"  # noqa: E731
        build = get(r, "phases", "load_network")
        print(f"{r['entities']}:{r['claims']}: network build (load_network) {fmt(build)} s, cpu "
              f"{fmt(get(r, 'phases', 'load_network_cpu'))} s (target < "
              f"{TARGET_SECONDS} s: {verdict(build is not None and build < TARGET_SECONDS)})")
        print(f"{r['entities']}:{r['claims']}: network query {fmt(cold)} s cold / {fmt(get(r, 'network', 'warm'))} s "
              f"warm (target < {TARGET_SECONDS} s: {verdict(cold is not None and cold < TARGET_SECONDS)}); "
              f"resolved {fmt(rcold)} s (+ map {fmt(get(r, 'resolved', 'map_seconds'))} s: "
              f"{verdict(rcold is not None and rcold < TARGET_SECONDS)}); peak {fmt(peak, '.0f')} MB "
              f"(target < {TARGET_MB:.0f} MB: {verdict(peak is not None and peak < TARGET_MB)})")
        cli = r.get("cli") or {}
        whole = cli.get("seconds")
        print(f"{r['entities']}:{r['claims']}: testigo network --as-of {AS_OF} --min-certainty {MIN_CERTAINTY} "
              f"(the whole command: start-up, resolved ids, report, hierarchy, table) {fmt(whole)} s, "
              f"cpu {fmt(cli.get('cpu'))} s, peak {fmt(cli.get('peak_mb'), '.0f')} MB, "
              f"{fmt(cli.get('output_kb'), '.0f')} kB printed "
              f"(target < {TARGET_SECONDS} s: {verdict(whole is not None and whole < TARGET_SECONDS)})")
    print(f"growth no faster than n log n: {'FAIL (' + '; '.join(too_fast) + ')' if too_fast else 'PASS'}")
    print("\nresolution against the deliberate variants (merged with the entity they vary / made; wrong = entities "
          "put in a cluster with another actor, bare nicknames left out)")
    for r in results:
        res = r.get("resolve") or {}
        print(f"{r['entities']}:{r['claims']}: {res.get('variants')}, wrong {res.get('wrong')}")


def table(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(head)]
    print("  ".join(h.rjust(w) for h, w in zip(head, widths, strict=True)))
    for r in rows:
        print("  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)))


if __name__ == "__main__":
    sys.exit(main())
