"""The rooms of the code and which way their imports run.

Every import of every module of the product and its tooling — at the top of a
file, inside a function, under `TYPE_CHECKING` — is read from the source
(`ast`), so an import hidden in a function counts as much as one at the top.
Rooms are ranked from the bottom (the records every stage shares) to the top
(the command line); a file may import its own room and the rooms below it,
never a room above, and no two files import each other. The old flat paths
(`extractors/pdf.py`, `pipeline/bench.py`, …) hold nothing: no file stands
there to re-export the new ones.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("schemas", "extractors", "warehouse", "web", "pipeline")

# bottom first; a module belongs to the longest prefix listed
ROOMS = [
    ("schemas", 0),
    ("extractors.rules", 1),
    ("extractors.reading", 2),
    ("extractors.structure", 3),
    ("extractors.procedure", 4),
    ("extractors.entities", 5),
    ("extractors", 6),  # where the stages meet: provenance and the record
    ("warehouse", 7),
    ("web", 8),
    ("pipeline", 9),  # the product's orchestration: ingest, flows, schedule, eval
    ("pipeline.bench", 10),  # the measuring tools
    ("pipeline.cli", 11),  # the command line, which runs both
]


def room(module: str) -> tuple[str, int]:
    best = max((r for r in ROOMS if module == r[0] or module.startswith(r[0] + ".")), key=lambda r: len(r[0]))
    return best


def modules() -> dict[str, Path]:
    out = {}
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            parts = list(path.relative_to(REPO).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join(parts)] = path
    return out


def imports(path: Path, name: str, known: dict[str, Path]) -> set[str]:
    """Every project module this file imports, wherever the import stands."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([base] if base else []))
            # 'from pkg import module' imports the module; 'from module import name' the module
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports(path, name, known) for name, path in known.items()}


def test_every_module_is_in_a_room():
    assert graph(), "no modules found"
    for name in graph():
        assert name.split(".")[0] in PACKAGES
        assert room(name)


def test_imports_run_downward_only():
    upward = []
    for name, targets in graph().items():
        mine = room(name)
        for target in targets:
            theirs = room(target)
            if theirs[1] > mine[1]:
                upward.append(f"{name} ({mine[0]}) imports {target} ({theirs[0]})")
    assert not upward, "imports that run up:\n" + "\n".join(sorted(upward))


def test_no_two_files_import_each_other():
    g = graph()
    pairs = sorted({tuple(sorted((a, b))) for a, targets in g.items() for b in targets if a in g.get(b, ())})
    assert not pairs, f"files that import each other: {pairs}"


def test_reading_knows_nothing_of_understanding():
    """The reading room (PDF backends, glyphs, OCR, the guarded child, lines)
    imports no stage above it: checked by rank above; named here because it is
    the boundary the next layouts depend on."""
    for name, targets in graph().items():
        if room(name)[0] == "extractors.reading":
            assert all(room(t)[1] <= room(name)[1] for t in targets), name


@pytest.mark.parametrize("old", [
    "extractors/pdf.py", "extractors/pdfium_chars.py", "extractors/ocr.py", "extractors/guard.py",
    "extractors/layout.py", "extractors/blocks.py", "extractors/classify.py", "extractors/kallelse.py",
    "extractors/protokoll.py", "extractors/document.py", "extractors/entities.py", "extractors/movers.py",
    "extractors/structure.py", "extractors/procedure.py", "extractors/matters.py", "extractors/sensitive.py",
    "pipeline/bench.py", "pipeline/crash.py", "pipeline/fuzz.py", "pipeline/snapshotbench.py", "web/bench.py",
])
def test_no_file_at_an_old_path(old):
    assert not (REPO / old).exists(), f"{old} should have moved into its room"


def test_the_rule_catches_an_upward_import(tmp_path):
    """The checker itself: a function-level import of a higher room is found."""
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from extractors.record import build_record\n")
    known = modules()
    assert "extractors.record" in imports(bad, "extractors.reading.bad", known)
    assert room("extractors.record")[1] > room("extractors.reading.bad")[1]
