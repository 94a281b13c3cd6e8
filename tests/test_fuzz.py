"""Damaged copies of the sample PDFs through the real command line: whatever
the damage, each file gets exactly one `documents` row, no worker dies, the
batch finishes without a traceback and exits 0 or 1. The full campaign (hundreds
of mutants, the slowest file) is `paragraf bench fuzz`."""

from __future__ import annotations

import random

import pytest

from pipeline.bench import fuzz
from tests.conftest import corpus_pdfs

MUTANTS = 24
SEED = 20261201


def test_every_mutant_gets_one_row_and_the_batch_ends_cleanly(tmp_path, monkeypatch):
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    result = fuzz.fuzz(corpus_pdfs(), MUTANTS, SEED, workers=2, timing=False, keep=tmp_path)
    assert result["exit_status"] in (0, 1)
    assert result["tracebacks"] == 0, result.get("traceback_excerpt")
    assert result["rows"] == MUTANTS and result["mutants_without_a_row"] == result["mutants_with_several_rows"] == []
    assert result["dead_workers"] == 0 and result["crashed_reader_children"] == 0
    assert result["internal_errors"] == []
    assert sum(result["outcomes"].values()) == MUTANTS
    # the campaign covers every kind of damage
    assert set(result["by_damage"]) - {"two damages"} == set(fuzz.MUTATORS)


def test_the_same_seed_makes_the_same_distinct_mutants(tmp_path):
    sources = corpus_pdfs()[:2]
    first = fuzz.make_mutants(sources, tmp_path / "a", 12, seed=7)
    again = fuzz.make_mutants(sources, tmp_path / "b", 12, seed=7)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in again]
    contents = {p.read_bytes() for p in first} | {s.read_bytes() for s in sources}
    assert len(contents) == 12 + len(sources)  # distinct from each other and from their sources
    other = fuzz.make_mutants(sources, tmp_path / "c", 12, seed=8)
    assert [p.read_bytes() for p in other] != [p.read_bytes() for p in first]


@pytest.mark.parametrize("name", sorted(fuzz.MUTATORS))
def test_each_damage_changes_the_file(name):
    data = corpus_pdfs()[0].read_bytes()
    out = bytearray(data)
    fuzz.MUTATORS[name](out, random.Random(3))
    assert bytes(out) != data and len(out) > 0
