"""The run time behaves: Ctrl-C stops an ingest with the summary of what was
saved (exit 130) and a second Ctrl-C never hangs; a search index that a
killed run left missing or stale is rebuilt; a killed run's temporary folder
is removed by the next run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from pipeline import scratch
from tests.pdfmaker import meeting_pages, render
from tests.test_cli import PARAGRAF, PROTOKOLL, one_line, paragraf

pytestmark = pytest.mark.flow
FILES = 60


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("arkiv")
    for n in range(FILES):
        render(folder / f"kallelse-{n:03d}.pdf", meeting_pages(
            "Kallelse", "Socialnämnden", [f"Datum: 2024-{1 + n % 12:02d}-{1 + n % 28:02d}", "Tid: kl. 09:00-12:00"],
            [[f"{k}. Ärende {k} om avtalet, kostnad {n + k} 000 kronor." for k in range(1, 30)]] * 6,
        ))
    return folder


class Run:
    """`paragraf ingest` in its own process group, its stderr read line by line."""

    def __init__(self, folder: Path, db: Path) -> None:
        self.process = subprocess.Popen(
            [str(PARAGRAF), "ingest", str(folder), "--db", str(db), "--workers", "2"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
            env=os.environ | {"PARAGRAF_WORKERS": "2"},
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=lambda: self.lines.extend(self.process.stderr), daemon=True)
        self._reader.start()

    def wait_for(self, text: str, limit: float = 120) -> None:
        deadline = time.monotonic() + limit
        while not any(text in line for line in self.lines):
            assert time.monotonic() < deadline and self.process.poll() is None, self.lines
            time.sleep(0.02)

    def finish(self, limit: float = 10) -> tuple[int, str]:
        status = self.process.wait(timeout=limit)
        out = self.process.stdout.read()
        self._reader.join(timeout=10)
        return status, out

    def group_gone(self, limit: float = 10) -> bool:
        """No process of the run's group (workers, reader children) is left."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            try:
                os.killpg(self.process.pid, 0)
            except ProcessLookupError:
                return True
            time.sleep(0.1)
        return False


def migrated(db: Path) -> bool:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'documents'").fetchone()[0])
    finally:
        con.close()


def stored(db: Path) -> tuple[int, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        if not con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'documents'").fetchone()[0]:
            return 0, 0  # stopped while the schema was being made (each migration is whole or absent): nothing stored
        half = con.execute("""SELECT count(*) FROM documents d WHERE d.status = 'ok'
                              AND d.page_count <> (SELECT count(*) FROM pages p WHERE p.document_id = d.document_id)""").fetchone()[0]
        return con.execute("SELECT count(*) FROM documents").fetchone()[0], half
    finally:
        con.close()


def test_ctrl_c_stops_an_ingest_saves_what_it_has_and_the_next_run_finishes(archive, tmp_path):
    db = tmp_path / "w.duckdb"
    run = Run(archive, db)
    run.wait_for("writing to")
    time.sleep(1.5)  # somewhere in the batch (60 files take several seconds even on an idle machine)
    run.process.send_signal(signal.SIGINT)
    status, out = run.finish()
    assert status == 130
    assert run.group_gone(), "a worker or reader child outlived the ingest"
    assert "Traceback" not in "".join(run.lines)
    assert out.startswith("ingested ")
    unread = [line for line in run.lines if line.startswith("paragraf: interrupted; ")]
    assert len(unread) == 1
    ingested = int(out.split()[1]) + int(out.split()[7])  # ok + failed
    assert int(unread[0].split()[2]) == FILES - ingested
    documents, half_loaded = stored(db)
    assert (documents, half_loaded) == (ingested, 0)

    again = paragraf("ingest", str(archive), "--db", str(db))
    assert again.returncode == 0 and f"ingested {FILES - ingested} / skipped {ingested} / failed 0" in again.stdout
    assert stored(db) == (FILES, 0)


def test_a_second_ctrl_c_never_hangs(archive, tmp_path):
    db = tmp_path / "w.duckdb"
    run = Run(archive, db)
    run.wait_for("writing to")
    time.sleep(2)
    run.process.send_signal(signal.SIGINT)
    run.wait_for("paragraf: stopping", limit=10)
    run.process.send_signal(signal.SIGINT)
    status, _ = run.finish()
    assert status == 130 and "Traceback" not in "".join(run.lines)
    assert run.group_gone()
    if db.exists() and migrated(db):  # whatever was committed is whole (a stop during the first migration commits nothing)
        assert stored(db)[1] == 0


# ------------------------------------------------------------------ the search index


def index_ok(db: Path) -> str:
    from warehouse.load import Warehouse
    from warehouse.search import index_state

    with Warehouse(db, read_only=True) as wh:
        return index_state(wh)


def test_a_half_built_or_stale_index_is_rebuilt_by_search_and_by_the_next_ingest(tmp_path):
    db = tmp_path / "w.duckdb"
    assert paragraf("ingest", str(PROTOKOLL), "--db", str(db)).returncode == 0
    expected = paragraf("search", "justerare", "--db", str(db), "--json").stdout
    assert index_ok(db) == "current"

    con = duckdb.connect(str(db))
    con.execute("DELETE FROM search_documents")  # documents the index does not cover (a warehouse from before it)
    con.close()
    assert index_ok(db) == "stale"
    again = paragraf("ingest", str(PROTOKOLL), "--db", str(db))
    assert again.returncode == 0 and "skipped 1" in again.stdout
    assert index_ok(db) == "current"

    con = duckdb.connect(str(db))
    con.execute("UPDATE search_documents SET analyser = 'an older analyser'")  # indexed by another version
    con.close()
    assert index_ok(db) == "stale"
    done = paragraf("search", "justerare", "--db", str(db), "--json")
    assert done.returncode == 0 and done.stdout == expected
    assert done.stderr == "paragraf: the search index is stale; rebuilding it first\n"
    assert index_ok(db) == "current"


def test_a_stale_index_in_a_read_only_warehouse_is_one_line(tmp_path):
    db = tmp_path / "w.duckdb"
    assert paragraf("ingest", str(PROTOKOLL), "--db", str(db)).returncode == 0
    con = duckdb.connect(str(db))
    con.execute("DELETE FROM search_documents")  # documents the index does not cover
    con.close()
    db.chmod(0o444)
    line = one_line(paragraf("search", "justerare", "--db", str(db)))
    assert line.startswith(f"paragraf: the search index of {db} is stale and the warehouse is read-only here")


# ------------------------------------------------------------------ temporary files of killed runs


def test_the_next_run_removes_the_temporary_folder_of_a_killed_run(tmp_path):
    base = tmp_path / "tmp"
    base.mkdir()
    gone = subprocess.Popen(["true"])
    gone.wait()
    dead = base / f"{scratch.PREFIX}{gone.pid}"
    (dead / "paragraf-ocr-x").mkdir(parents=True)
    (dead / "paragraf-ocr-x" / "page-1.png").write_bytes(b"\x89PNG")
    alive = base / f"{scratch.PREFIX}{os.getpid()}"  # a run that is still going
    alive.mkdir()
    (alive / ".owner").write_text(scratch._started(os.getpid()), encoding="ascii")
    reused = base / f"{scratch.PREFIX}1"  # pid 1 runs, but is not the process that made this folder
    reused.mkdir()
    (reused / ".owner").write_text("0", encoding="ascii")

    done = paragraf("ingest", str(PROTOKOLL), "--db", str(tmp_path / "w.duckdb"), env={"TMPDIR": str(base)})
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in base.iterdir() if p.name.startswith(scratch.PREFIX)) == [alive.name]


def test_an_ingest_under_a_long_temporary_folder_path_runs(tmp_path):
    """The fork server's socket is a file in the temporary folder, and a socket's
    path holds 107 bytes: a long TMPDIR put it under /tmp instead of failing."""
    base = tmp_path / ("t" * (120 - len(str(tmp_path))))
    base.mkdir()
    done = paragraf("ingest", str(PROTOKOLL), "--db", str(tmp_path / "w.duckdb"), "--workers", "2", env={"TMPDIR": str(base)})
    assert done.returncode == 0, done.stderr
    assert "ingested 1" in done.stdout


def test_readers_write_their_temporary_files_in_the_runs_folder(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)
    with scratch.run_scratch() as root:
        assert root.parent == tmp_path and os.environ["TMPDIR"] == str(root)
        assert Path(tempfile.mkdtemp()).parent == root
        seen = subprocess.run([sys.executable, "-c", "import tempfile; print(tempfile.gettempdir())"],
                              capture_output=True, text=True).stdout.strip()
        assert seen == str(root)  # what a reader child or tesseract inherits
    assert not root.exists() and os.environ["TMPDIR"] == str(tmp_path)
