"""kill -9 an ingest at random moments, run it again, and the warehouse is
exactly what one uninterrupted run makes: no document lost, none doubled, none
half loaded. The CLI runs in its own process group, as a user starts it.

One more kill lands while the run merges the levels of its search index at
its end (the run kills its own process group from a thread the moment the
merge starts): the index was written with the documents, a merge only moves
rows between levels in one transaction, so the index holds the same rows and
`search` answers exactly as after an uninterrupted run."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import STORED_CONTENT
from tests.pdfmaker import meeting_pages, render

pytestmark = pytest.mark.flow

FILES = 200
KILLS = 3
TABLES = STORED_CONTENT
BODIES = ["Socialnämnden", "Kommunstyrelsen", "Barn- och utbildningsnämnden", "Regionala samverkansrådet"]


def make_archive(folder: Path) -> Path:
    folder.mkdir()
    # one meeting per file: which of several documents of one meeting is the
    # newest depends on load order, which a resumed run cannot repeat
    for n in range(FILES):
        day, month = 1 + n % 28, 1 + (n // 28) % 12
        render(folder / f"kallelse-{n:03d}.pdf", meeting_pages(
            "Kallelse", BODIES[n % len(BODIES)], [f"Datum: 2024-{month:02d}-{day:02d}", "Tid: kl. 09:00-12:00"],
            [[f"1. Mötet öppnas", "2. Val av justerare",
              f"3. LOSUS-avtalet förlängs, kostnad {n + 1} 000 kronor enligt avtalet."]],
        ))
    return folder


def ingest(folder: Path, db: Path, env: dict, kill_in_index: bool = False) -> subprocess.Popen:
    paragraf = Path(sys.executable).with_name("paragraf")
    command = [sys.executable, "-c", KILLED_IN_INDEX] if kill_in_index else [str(paragraf)]
    return subprocess.Popen(
        [*command, "ingest", str(folder), "--db", str(db)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )


# `paragraf` whose search index is killed (SIGKILL to its whole process
# group) within 50 ms of starting to merge a level of its postings at the
# run's end (its first level made small enough to be merged here).
KILLED_IN_INDEX = """
import os, random, signal, sys, threading, time
import warehouse.search_backfill as backfill
backfill.FIRST_LEVEL_ROWS = 10
merge = backfill.compact
def killed_during(con):
    def kill():
        time.sleep(random.uniform(0, 0.05))
        os.killpg(0, signal.SIGKILL)
    threading.Thread(target=kill).start()
    merge(con)
    time.sleep(60)  # the kill lands before the merge commits, or just after
backfill.compact = killed_during
from pipeline.cli import main
sys.exit(main(sys.argv[1:]))
"""
QUERIES = ("LOSUS", "justerare", "kostnad kronor", "Socialnämnden")


def searched(db: Path) -> dict[str, list[dict]]:
    from warehouse.load import Warehouse
    from warehouse.search import search

    with Warehouse(db, read_only=True) as wh:
        return {q: search(wh, q, 50) for q in QUERIES}


def index_state(db: Path) -> str:
    from warehouse.load import Warehouse
    from warehouse.search import index_state

    with Warehouse(db, read_only=True) as wh:
        return index_state(wh)


def first_write(db: Path, run: subprocess.Popen, limit: float = 300) -> float:
    """When the run first writes a document: the warehouse's write-ahead log appears."""
    wal = db.with_name(db.name + ".wal")
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and run.poll() is None:
        if wal.exists() and wal.stat().st_size > 0:
            return time.monotonic()
        time.sleep(0.02)
    return time.monotonic()


def snapshot(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {name: sorted(con.execute(sql).fetchall(), key=repr) for name, sql in TABLES.items()}
    finally:
        con.close()


def test_killed_ingests_resume_to_the_state_of_an_uninterrupted_run(tmp_path):
    folder = make_archive(tmp_path / "arkiv")
    env = os.environ | {"PREFECT_HOME": str(tmp_path / "prefect"), "PARAGRAF_WORKERS": "2"}

    whole = ingest(folder, tmp_path / "whole.duckdb", env)
    loading = first_write(tmp_path / "whole.duckdb", whole)
    assert whole.wait(timeout=600) == 0
    window = time.monotonic() - loading  # from the first document written to the end
    expected = snapshot(tmp_path / "whole.duckdb")
    assert len(expected["documents"]) == FILES
    expected_hits = searched(tmp_path / "whole.duckdb")
    assert all(expected_hits.values())

    chance = random.Random(20261122)
    crashed = tmp_path / "crashed.duckdb"
    loaded_before_kill = []
    for _ in range(KILLS):
        run = ingest(folder, crashed, env)
        first_write(crashed, run)
        time.sleep(chance.uniform(0.02, 0.3) * window)  # somewhere in the middle of loading
        os.killpg(run.pid, signal.SIGKILL)
        run.wait(timeout=60)
        if crashed.exists():
            # reading replays and checkpoints the log, so the next run's first write shows
            duckdb.connect(str(crashed)).close()
            loaded_before_kill.append(len(snapshot(crashed)["documents"]))
    final = ingest(folder, crashed, env)
    assert final.wait(timeout=600) == 0
    assert snapshot(crashed) == expected
    assert searched(crashed) == expected_hits

    # a run that loads everything, then dies while it merges the index's levels
    indexed = tmp_path / "indexed.duckdb"
    in_index = ingest(folder, indexed, env, kill_in_index=True)
    assert in_index.wait(timeout=600) == -signal.SIGKILL
    duckdb.connect(str(indexed)).close()
    assert snapshot(indexed) == expected  # every document and its index rows were loaded before the merge
    assert index_state(indexed) == "current"  # the index is written with the documents; a merge moves rows only
    assert searched(indexed) == expected_hits
    again = ingest(folder, indexed, env)  # skips all 200
    assert again.wait(timeout=600) == 0
    assert snapshot(indexed) == expected
    assert searched(indexed) == expected_hits
    print(f"documents loaded when killed: {loaded_before_kill} of {FILES}")
