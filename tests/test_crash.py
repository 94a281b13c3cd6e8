"""kill -9 an ingest at random moments, run it again, and the warehouse is
exactly what one uninterrupted run makes: no document lost, none doubled, none
half loaded. The CLI runs in its own process group, as a user starts it."""

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
    for n in range(FILES):
        day = 1 + n % 28
        render(folder / f"kallelse-{n:03d}.pdf", meeting_pages(
            "Kallelse", BODIES[n % len(BODIES)], [f"Datum: 2024-{1 + n % 12:02d}-{day:02d}", "Tid: kl. 09:00-12:00"],
            [[f"1. Mötet öppnas", "2. Val av justerare",
              f"3. LOSUS-avtalet förlängs, kostnad {n + 1} 000 kronor enligt avtalet."]],
        ))
    return folder


def ingest(folder: Path, db: Path, env: dict) -> subprocess.Popen:
    paragraf = Path(sys.executable).with_name("paragraf")
    return subprocess.Popen(
        [str(paragraf), "ingest", str(folder), "--db", str(db)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )


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
    print(f"documents loaded when killed: {loaded_before_kill} of {FILES}")
