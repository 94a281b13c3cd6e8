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
named fault points and inside a migration (tests/test_fault_points.py).

One more kill, in every test run, lands while the run merges the levels of
its search index at its end (the run kills its own process group from a
thread the moment the merge starts): the index was written with the
documents, a merge only moves rows between levels in one transaction, so the
index holds the same rows and `search` answers exactly as after an
uninterrupted run."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pipeline.bench import crash as bench
from tests.conftest import STORED_CONTENT

pytestmark = pytest.mark.flow

FILES = 20
KILLS = 3


@pytest.mark.slow
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


# `paragraf` whose search index is killed (SIGKILL to its whole process
# group) within 50 ms of starting to merge a level of its postings at the
# run's end (its first level made small enough to be merged here).
KILLED_IN_INDEX = """
import os, random, signal, sys, threading, time
import warehouse.search_backfill as backfill
backfill.FIRST_LEVEL_ROWS = 10
merge = backfill.compact
def killed_during(con, *args, **kwargs):
    def kill():
        time.sleep(random.uniform(0, 0.05))
        os.killpg(0, signal.SIGKILL)
    threading.Thread(target=kill).start()
    merge(con, *args, **kwargs)
    time.sleep(60)  # the kill lands before the merge commits, or just after
backfill.compact = killed_during
from pipeline.cli import main
sys.exit(main(sys.argv[1:]))
"""


def stored(db: Path) -> dict[str, list[tuple]]:
    """What the documents wrote, the index whichever of its levels holds it."""
    duckdb.connect(str(db)).close()  # a writer's open replays the killed run's log
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {name: sorted(con.execute(sql).fetchall(), key=repr) for name, sql in STORED_CONTENT.items()}
    finally:
        con.close()


def index_state(db: Path) -> str:
    from warehouse.load import Warehouse
    from warehouse.search import index_state

    with Warehouse(db, read_only=True) as wh:
        return index_state(wh)


def test_a_run_killed_while_it_merges_its_index_keeps_the_index_whole(tmp_path):
    folder = tmp_path / "arkiv"
    bench.make_archive(folder, FILES)
    status, output = bench.finish(bench.start(folder, tmp_path / "whole.duckdb", 2, quiet=False))
    assert status == 0, output
    expected, expected_hits = stored(tmp_path / "whole.duckdb"), bench.searched(tmp_path / "whole.duckdb")
    assert all(answer[0] == 0 and answer[1] for answer in expected_hits.values()), expected_hits

    indexed = tmp_path / "indexed.duckdb"
    run = subprocess.Popen([sys.executable, "-c", KILLED_IN_INDEX, "ingest", str(folder), "--db", str(indexed),
                            "--workers", "2"], env=bench.environment(), stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, start_new_session=True)
    assert run.wait(timeout=600) == -signal.SIGKILL
    assert bench.orphans_after(run)[0] == 0
    assert stored(indexed) == expected  # every document and its index rows were loaded before the merge
    assert index_state(indexed) == "current"  # the index is written with the documents; a merge moves rows only
    assert bench.searched(indexed) == expected_hits
    status, output = bench.finish(bench.start(folder, indexed, 2, quiet=False))  # skips every file
    assert status == 0, output
    assert stored(indexed) == expected
    assert bench.searched(indexed) == expected_hits
