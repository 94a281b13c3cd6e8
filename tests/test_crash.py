"""kill -9 an ingest at random moments — the whole process group, or the main
process alone — read it while it lies dead, run it again, and the warehouse is
exactly what one uninterrupted run makes: no document lost, none doubled,
none half loaded, the same current documents and search answers, and no
process of the killed run left. The archive holds several documents per
meeting (revisions, corrections, renderings told apart only by their PDF
modification date or their bytes), so a run that loads them in another order
than the uninterrupted one must still agree on which is current.
`paragraf bench crash` does the same at every fault point and fifty moments.

Marked slow (run by .ci/run after the suite): the suite kills runs at two
named fault points and inside a migration (tests/test_fault_points.py)."""

from __future__ import annotations

import random
import time

import pytest

from pipeline.bench import crash as bench

pytestmark = [pytest.mark.flow, pytest.mark.slow]

FILES = 20
KILLS = 3


def test_killed_ingests_resume_to_the_state_of_an_uninterrupted_run(tmp_path):
    folder = tmp_path / "arkiv"
    bench.make_archive(folder, FILES)
    started = time.monotonic()
    status, output = bench.finish(bench.start(folder, tmp_path / "whole.duckdb", 2, quiet=False))
    window = time.monotonic() - started
    assert status == 0, output
    expected = bench.state(tmp_path / "whole.duckdb")
    assert len(expected["documents"]) == FILES and len(expected["current_documents"]) < FILES
    chance = random.Random(20261122)
    killed = 0
    for k in range(KILLS):
        result = bench.trial(folder, tmp_path / f"killed-{k}.duckdb", expected, 2,
                             delay=chance.uniform(0.3, 0.9) * window, main_only=k == KILLS - 1)
        killed += result["killed"]
        assert result["orphans"] == 0 and result["unreadable"] == [], result
        assert result["rerun_exit"] == 0 and not result["traceback"], result
        assert result["differing"] == [], result
    assert killed >= 1
