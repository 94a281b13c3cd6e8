"""The command line behaves: every usage or environment error is one line on
stderr and exit status 2, output piped into a reader that stops early ends
quietly, a warehouse held by an ingest is named in one line, and every command
finds the default warehouse the same way. Each case runs the real `paragraf`
in a process of its own, as a user or a script would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import CORPUS

PARAGRAF = Path(sys.executable).with_name("paragraf")
PROTOKOLL = CORPUS / "svom-2025-03-07-protokoll.pdf"


def paragraf(*args: str, cwd: Path | None = None, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("PARAGRAF_DB", "PREFECT_API_URL")}
    return subprocess.run([str(PARAGRAF), *args], cwd=cwd, env=environment | (env or {}),
                          capture_output=True, text=True, timeout=300, **kwargs)


def one_line(done: subprocess.CompletedProcess, status: int = 2) -> str:
    """The run ended with `status` and said exactly one line on stderr, no traceback."""
    lines = done.stderr.splitlines()
    assert done.returncode == status, done.stderr
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    """The sample corpus loaded once, for the read commands."""
    db = tmp_path_factory.mktemp("cli") / "w.duckdb"
    done = paragraf("ingest", str(CORPUS), "--db", str(db))
    assert done.returncode == 0, done.stderr
    return db


# ------------------------------------------------------------------ usage errors


@pytest.mark.parametrize("command", [["ingest", str(PROTOKOLL)], ["search", "avtal"], ["meetings"]])
def test_a_folder_given_as_the_warehouse_is_one_line(tmp_path, command):
    line = one_line(paragraf(*command, "--db", str(tmp_path)))
    assert line == (f"paragraf: {tmp_path} is a folder, not a warehouse file; give the file, "
                    f"e.g. --db {tmp_path / 'paragraf.duckdb'}.")


def test_a_read_only_warehouse_file_is_one_line_and_is_left_alone(tmp_path):
    db = tmp_path / "w.duckdb"
    duckdb.connect(str(db)).close()
    before = db.read_bytes()
    db.chmod(0o444)
    line = one_line(paragraf("ingest", str(PROTOKOLL), "--db", str(db)))
    assert line == f"paragraf: {db} is read-only; make it writable (chmod u+w) or give another --db."
    assert db.read_bytes() == before


def test_a_read_only_folder_is_one_line_and_nothing_is_made_in_it(tmp_path):
    folder = tmp_path / "arkiv"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        line = one_line(paragraf("ingest", str(PROTOKOLL), "--db", str(folder / "sub" / "w.duckdb")))
        assert line.startswith(f"paragraf: the folder {folder} is read-only") and "give another --db" in line
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_read_only_warehouse_can_still_be_read(warehouse, tmp_path):
    copy = tmp_path / "ro" / "w.duckdb"
    copy.parent.mkdir()
    shutil.copy(warehouse, copy)
    copy.chmod(0o444)
    copy.parent.chmod(0o555)
    try:
        done = paragraf("search", "justerare", "--db", str(copy), "--limit", "1")
        assert done.returncode == 0 and done.stderr == "" and "justerare" in done.stdout.lower()
    finally:
        copy.parent.chmod(0o755)


@pytest.mark.parametrize("limit", ["-1", "0", "many"])
def test_a_search_limit_that_is_not_a_count_is_one_line(warehouse, limit):
    line = one_line(paragraf("search", "avtal", "--db", str(warehouse), "--limit", limit))
    assert line == (f"paragraf search: argument --limit: '{limit}' is not a whole number of 1 or more "
                    "(see paragraf search --help)")


def test_an_unknown_option_is_one_line():
    line = one_line(paragraf("meetings", "--bogus"))
    assert line == "paragraf: unrecognized arguments: --bogus (see paragraf --help)"


def test_a_malformed_cron_is_one_line(tmp_path):
    line = one_line(paragraf("schedule", "--inbox", str(tmp_path), "--cron", "61 * * *", "--db", str(tmp_path / "w.duckdb")))
    assert line.startswith("paragraf: --cron '61 * * *' is not a cron expression: five fields")


def test_a_missing_inbox_is_one_line_and_is_not_created(tmp_path):
    inbox = tmp_path / "inkorg"
    line = one_line(paragraf("schedule", "--inbox", str(inbox), "--db", str(tmp_path / "w.duckdb")))
    assert line == f"paragraf: the inbox {inbox} does not exist; create the folder (mkdir -p) or name an existing one."
    assert not inbox.exists()


def test_a_missing_warehouse_is_one_line(tmp_path):
    db = tmp_path / "nowhere.duckdb"
    line = one_line(paragraf("meetings", "--db", str(db)))
    assert line.startswith(f"paragraf: no warehouse at {db} ") and line.endswith("run 'paragraf ingest PATH' first.")
    assert not db.exists()


# ------------------------------------------------------------------ pipes, locks, where the warehouse is


@pytest.mark.parametrize("command", [["search", "justerare"], ["meetings"], ["decisions", "--agreement", "LOSUS"]])
def test_output_into_a_reader_that_stops_ends_quietly(warehouse, command):
    """`paragraf … | head -1`: the reader has gone before the first write."""
    run = subprocess.Popen([str(PARAGRAF), *command, "--db", str(warehouse)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    run.stdout.close()  # as head does once it has its line
    err = run.stderr.read()
    assert run.wait(timeout=120) == 141
    assert err == ""


def test_read_commands_while_an_ingest_holds_the_warehouse_say_so(warehouse, tmp_path):
    db = tmp_path / "busy.duckdb"
    shutil.copy(warehouse, db)
    writer = duckdb.connect(str(db))  # this process holds it, as a running ingest does
    try:
        for command in (["meetings"], ["search", "avtal"], ["decisions", "--agreement", "LOSUS"]):
            line = one_line(paragraf(*command, "--db", str(db)))
            assert line == (f"paragraf: {db} is being written by process {os.getpid()} (an ingest) and has no "
                            "read snapshot yet; run this again when its first documents are loaded.")
    finally:
        writer.close()


def test_a_second_ingest_while_one_runs_is_one_line(warehouse, tmp_path):
    db = tmp_path / "busy.duckdb"
    shutil.copy(warehouse, db)
    writer = duckdb.connect(str(db))
    try:
        done = paragraf("ingest", str(PROTOKOLL), "--db", str(db))
    finally:
        writer.close()
    lines = done.stderr.splitlines()
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert lines == [f"paragraf: writing to {db}",
                     f"paragraf: {db} is in use by process {os.getpid()} (another ingest?); "
                     "wait for it to finish or stop it, then run again."]


def test_every_command_finds_the_default_warehouse_the_same_way(tmp_path):
    home = tmp_path / "projekt"
    (home / "sub").mkdir(parents=True)
    done = paragraf("ingest", str(PROTOKOLL), cwd=home)
    expected = home / "warehouse" / "paragraf.duckdb"
    assert done.returncode == 0 and done.stderr.splitlines() == [f"paragraf: writing to {expected}"]
    assert expected.exists()
    assert paragraf("meetings", cwd=home).returncode == 0
    assert paragraf("search", "justerare", cwd=home).returncode == 0
    # a relative PARAGRAF_DB is taken from the folder the user is in, by every command alike
    env = {"PARAGRAF_DB": "data/w.duckdb"}
    done = paragraf("ingest", str(PROTOKOLL), cwd=home / "sub", env=env)
    assert done.stderr.splitlines() == [f"paragraf: writing to {home / 'sub' / 'data' / 'w.duckdb'}"]
    assert paragraf("meetings", cwd=home / "sub", env=env).returncode == 0
    line = one_line(paragraf("meetings", cwd=home, env=env))
    assert line.startswith(f"paragraf: no warehouse at {home / 'data' / 'w.duckdb'} ")


def test_ingest_json_names_the_warehouse(tmp_path):
    import json

    db = tmp_path / "w.duckdb"
    done = paragraf("ingest", str(PROTOKOLL), "--db", str(db), "--json")
    assert json.loads(done.stdout)["db"] == str(db)
