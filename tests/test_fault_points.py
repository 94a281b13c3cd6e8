"""An ingest killed at each named fault point (PARAGRAF_CRASH_AT): no process
of it is left, every reader answers while it lies dead — the read commands
and every page of `paragraf serve` — with at least what its last snapshot
held, and the same command again ends in the state of a run that was never
interrupted, on an archive with several documents per meeting.

Two points run in every test run (the search index just brought up to date,
the main process killed from a worker mid-document) and the migration point
on a warehouse an older paragraf wrote; the rest are marked `slow`
(`.ci/run` runs them after the suite; `paragraf bench crash` runs them all
and kills at random moments besides)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipeline.bench import crash as bench
from schemas.faults import POINTS

pytestmark = pytest.mark.flow
FILES = 7  # one meeting: a kallelse, its revision, four protokolls and a correction
IN_EVERY_RUN = ("after-index", "worker-mid-document")
REQUIRED = ("after-walk", "worker-mid-document", "after-commit", "after-last-load", "after-index", "during-publish",
            "after-publish", "during-migration")


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> tuple[Path, Path, dict]:
    """The archive, the uninterrupted run's warehouse and what it holds."""
    folder = tmp_path_factory.mktemp("crash")
    bench.make_archive(folder / "arkiv", FILES)
    status, output = bench.finish(bench.start(folder / "arkiv", folder / "whole.duckdb", 2, quiet=False))
    assert status == 0, output
    return folder / "arkiv", folder / "whole.duckdb", bench.state(folder / "whole.duckdb")


def test_every_named_point_is_listed_one_a_line():
    done = subprocess.run([str(Path(sys.executable).with_name("paragraf")), "bench", "crash", "--list-points"],
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.splitlines() == list(POINTS)
    assert set(REQUIRED) <= set(POINTS)


def test_a_point_that_names_nothing_is_a_usage_error(tmp_path):
    done = subprocess.run([str(Path(sys.executable).with_name("paragraf")), "ingest", str(tmp_path), "--db",
                           str(tmp_path / "w.duckdb")], capture_output=True, text=True,
                          env=bench.environment(PARAGRAF_CRASH_AT="after-lunch"))
    assert done.returncode == 2 and "names no fault point" in done.stderr and not (tmp_path / "w.duckdb").exists()


def assert_survived(result: dict) -> None:
    assert result["killed"], "the run was not killed at its point"
    assert result["orphans"] == 0, result["orphan_processes"]
    assert result["unreadable"] == []
    assert result["rerun_exit"] == 0 and not result["traceback"]
    assert result["differing"] == []
    assert result["snapshot_current_after"]


@pytest.mark.parametrize("point", [pytest.param(p, marks=[] if p in IN_EVERY_RUN else [pytest.mark.slow])
                                   for p in POINTS])
def test_killed_at_a_point_every_reader_answers_and_the_rerun_ends_as_an_uninterrupted_run(archive, tmp_path, point):
    folder, _, expected = archive
    assert_survived(bench.trial(folder, tmp_path / "w.duckdb", expected, 2, point=point))


# (the migrations taken back, newest first): every one DOWN knows, the
# ingest then killed inside 013 (meetings re-keyed by organisation as it
# reads the documents again); and 014 alone, as a warehouse of a paragraf
# that had 015 and 016 but not 014 (migrations apply by number, whichever
# are missing)
TAKEN_BACK = [tuple(sorted(bench.DOWN, reverse=True)), (14,)]


@pytest.mark.parametrize("taken_back", TAKEN_BACK, ids=lambda versions: "-".join(map(str, versions)))
def test_killed_inside_a_migration_of_a_warehouse_with_documents(archive, tmp_path, taken_back):
    """The warehouse of the uninterrupted run taken back from the migrations
    `taken_back` (pipeline.bench.crash.DOWN); the ingest that migrates it
    again is killed inside the first migration it applies."""
    folder, whole, _ = archive
    old = tmp_path / "old.duckdb"
    bench.older(old, whole, versions=taken_back)
    con = duckdb.connect(str(old), read_only=True)
    try:
        assert not {v for (v,) in con.execute("SELECT version FROM schema_version").fetchall()} & set(taken_back)
    finally:
        con.close()
    migrated = tmp_path / "migrated.duckdb"
    for path in tmp_path.glob("old.duckdb*"):
        (tmp_path / path.name.replace("old", "migrated")).write_bytes(path.read_bytes())
    status, output = bench.finish(bench.start(folder, migrated, 2, quiet=False))
    assert status == 0, output
    result = bench.trial(folder, tmp_path / "w.duckdb", bench.state(migrated), 2, point="during-migration",
                         start_from=old)
    assert_survived(result)
