"""Meta tests: the public API matches __all__, heavy libraries load lazily, commands are documented."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import testigo
from testigo.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"


def test_all_lists_exactly_the_public_names() -> None:
    values = {name: getattr(testigo, name) for name in dir(testigo) if not name.startswith("_")}
    modules = {name for name, value in values.items() if type(value).__name__ == "module"}
    assert set(testigo.__all__) == set(values) - modules - {"annotations", "TYPE_CHECKING", "Any", "import_module"}


def test_the_cli_loads_neither_the_extractor_nor_the_pipeline_until_used() -> None:
    code = ("import sys, testigo.cli; print(sorted(m for m in sys.modules if m.split('.')[:2] in "
            "(['testigo', 'extract'], ['testigo', 'ingest'], ['testigo', 'pipeline'], ['testigo', 'contradict'])));"
            "from testigo import run, find_contradictions, iter_documents, load_extractor;"
            "from testigo.pipeline import run as ran; from testigo.resolve import resolve as resolved;"
            "print(run is ran, testigo.resolve is resolved, 'run' in dir(testigo))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["[]", "True True True"]


def test_importing_testigo_loads_no_heavy_library() -> None:
    code = ("import sys, testigo; heavy = {'spacy', 'trafilatura', 'sqlalchemy', 'networkx', 'httpx'};"
            "print(sorted(heavy & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert command.callback.__doc__, name
        assert f"testigo {name}" in readme, f"`testigo {name}` is not documented in README.md"
