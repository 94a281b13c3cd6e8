"""What goes wrong around a run, one test each (issue 20's table): a log a
read-only open cannot replay, the order documents are loaded in, the main
process killed alone, a full disk, a file rewritten during the batch, and
Ctrl-C while the first documents are read."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import psutil
import pytest

from pipeline.bench import crash as bench
from tests.conftest import CORPUS
from warehouse import snapshot
from warehouse.load import Warehouse

PARAGRAF = Path(sys.executable).with_name("paragraf")


def paragraf(*args: str, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([str(PARAGRAF), *args], capture_output=True, text=True, timeout=timeout,
                          env=env or bench.environment())


# ---------------------------------------------------------------- readers of a log only a writer can replay

# a writer stopped (os._exit: no checkpoint) after committing an insert whose
# index entries go to the log: a read-only open cannot replay it (DuckDB #24103)
STOPPED_WRITER = """
import os, sys, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("SET wal_autocheckpoint = '1TB'")
con.execute("PRAGMA disable_checkpoint_on_shutdown")
con.execute("INSERT INTO agreements SELECT 'stopped-' || range, 'x', [] FROM range(150000)")
os._exit(0)
"""


@pytest.fixture(scope="module")
def one_protokoll(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("one")
    done = paragraf("ingest", str(CORPUS / "svom-2025-03-07-protokoll.pdf"), "--db", str(folder / "w.duckdb"))
    assert done.returncode == 0, done.stderr
    return folder / "w.duckdb"


def unreplayable(seeded: Path, tmp_path: Path, keep_snapshot: bool) -> Path:
    db = tmp_path / "w.duckdb"
    for path in seeded.parent.glob(seeded.name + "*"):
        if keep_snapshot or path == seeded:
            shutil.copy(path, tmp_path / path.name.replace(seeded.name, db.name))
    subprocess.run([sys.executable, "-c", STOPPED_WRITER, str(db)], check=True)
    with pytest.raises(duckdb.Error, match="replaying WAL"):  # the failure readers must not show
        duckdb.connect(str(db), read_only=True)
    return db


@pytest.mark.parametrize("keep_snapshot", [True, False], ids=["snapshot", "no-snapshot"])
def test_a_log_a_read_only_open_cannot_replay_leaves_every_reader_answering(one_protokoll, tmp_path, keep_snapshot):
    db = unreplayable(one_protokoll, tmp_path, keep_snapshot)
    log = db.with_name(db.name + ".wal").read_bytes()
    for args in (["meetings"], ["search", "LOSUS", "--json"], ["decisions", "--agreement", "losus", "--format", "json"],
                 ["problems", "--json"]):
        done = paragraf(*args, "--db", str(db))
        assert done.returncode == 0 and "Traceback" not in done.stderr, (args, done.stderr)
        assert done.stderr.count("\n") == 1 and "#24103" in done.stderr  # said once, in one line
        assert "LOSUS" in done.stdout or "2025-03-07" in done.stdout or args[0] == "problems"
    import warnings

    with warnings.catch_warnings():  # starlette asks for httpx2 in its test client; httpx is what the lock has
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    from web.app import create_app

    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    for url in ("/", "/ingest", "/search?q=LOSUS", "/agreement/LOSUS"):
        assert client.get(url).status_code == 200, url
    with snapshot.open_reader(db) as wh:
        assert (wh.published is not None) and wh.published.replica is not keep_snapshot
        stopped = wh.con.execute("SELECT count(*) FROM agreements WHERE agreement_id LIKE 'stopped-%'").fetchone()[0]
        assert stopped == (0 if keep_snapshot else 150000)  # the replica replays the stopped writer's commit
    assert db.with_name(db.name + ".wal").read_bytes() == log  # never written, renamed or deleted by a reader
    done = paragraf("ingest", str(CORPUS / "svom-2025-03-07-protokoll.pdf"), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert snapshot.is_current(db)


# ---------------------------------------------------------------- the order documents are loaded in

def current_answers(db: Path) -> dict:
    """What the readers answer about which documents are current."""
    from warehouse.search import search

    with Warehouse(db, read_only=True) as wh:
        con = wh.con
        out = {name: sorted(con.execute(sql).fetchall(), key=repr) for name, sql in {
            "current_items": "SELECT meeting_id, source, document_id, number, title FROM current_items",
            "current_documents": "SELECT * FROM current_documents",
            "meetings": "SELECT * FROM meetings",
            "matters": "SELECT * EXCLUDE (matter_key) FROM matters",
        }.items()}
        for text in ("LOSUS", "kronor"):
            out[f"search {text}"] = [(h["source_path"], h["page_no"], h["item_title"], round(h["score"], 6))
                                     for h in search(wh, text, 50)]
    return out


def ingest_in_runs(files: list[Path], db: Path, runs: int) -> None:
    """The files ingested in this order, in `runs` separate ingests (a resumed run, a user adding files later)."""
    from pipeline.ingest import run_local

    for k in range(runs):
        part = files[k * len(files) // runs:(k + 1) * len(files) // runs]
        summary = run_local(part, db, "pdfium", workers=1)
        assert summary.failed == 0, summary.line()


def test_resumed_reversed_and_shuffled_runs_give_the_same_current_documents_and_search_answers(tmp_path):
    files = bench.make_archive(tmp_path / "arkiv", 13)  # two meetings, six or seven documents each
    ingest_in_runs(files, tmp_path / "whole.duckdb", 1)
    expected = current_answers(tmp_path / "whole.duckdb")
    # the correction (Rättelse) is current for its meeting's protokoll, the revised kallelse for its kallelse
    assert any("(e)" in title for *_, title in expected["current_items"])
    assert any("(b)" in title and source == "kallelse" for _, source, _, _, title in expected["current_items"])
    assert expected["search LOSUS"]
    shuffled = files[:]
    random.Random(20).shuffle(shuffled)
    for name, order, runs in (("reversed", files[::-1], 2), ("shuffled", shuffled, 2)):
        db = tmp_path / f"{name}.duckdb"
        ingest_in_runs(order, db, runs)
        assert current_answers(db) == expected, name


# ---------------------------------------------------------------- the main process killed alone

@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    """Two scanned protokolls (each minutes of OCR) and six one-page kallelser."""
    from tests.test_ocr import scan

    folder = tmp_path_factory.mktemp("scans")
    for n in range(2):
        scan(CORPUS / "svom-2025-03-07-protokoll.pdf", folder / f"skannat-{n}.pdf", dpi=200)
    bench.make_archive(folder, 6)
    return folder


def test_the_main_process_killed_alone_takes_its_workers_and_readers_with_it(scans, tmp_path):
    run = bench.start(scans, tmp_path / "w.duckdb", 2)
    deadline = time.monotonic() + 300
    while len(bench.session_processes(run.pid)) < 4:  # the writer, the fork server, two workers (and readers)
        assert run.poll() is None and time.monotonic() < deadline
        time.sleep(0.1)
    time.sleep(1.0)  # the workers are reading
    os.kill(run.pid, signal.SIGKILL)
    left, _ = bench.orphans_after(run, seconds=10)
    assert left == 0


def test_a_fork_server_whose_ingest_was_killed_and_not_yet_reaped_leaves_at_once(tmp_path):
    """The ingest is killed while its fork server starts, and lies a zombie
    (whoever started it has not waited on it yet) when the fork server looks
    for it: the fork server must take it for gone, not for someone else's
    process, and leave before loading the rules."""
    go = tmp_path / "go"
    fork_server = ("import os, sys, time\n"
                   f"while not os.path.exists({str(go)!r}): time.sleep(0.02)\n"
                   "import pipeline.worker\n"
                   "time.sleep(120)\n")
    ingest = ("import os, subprocess, sys, time\n"
              "env = dict(os.environ, PARAGRAF_FORK_SERVER_OF=f'{os.getpid()}:main')\n"
              f"child = subprocess.Popen([sys.executable, '-c', {fork_server!r}], env=env)\n"
              "print(child.pid, flush=True)\n"
              "time.sleep(120)\n")
    parent = subprocess.Popen([sys.executable, "-c", ingest], stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).resolve().parents[1])
    try:
        child = int(parent.stdout.readline())
        os.kill(parent.pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while not psutil.Process(parent.pid).status() == psutil.STATUS_ZOMBIE:
            assert time.monotonic() < deadline
            time.sleep(0.02)
        go.touch()  # the parent is a zombie now, and stays one until parent.wait() below
        deadline = time.monotonic() + 30
        while psutil.pid_exists(child) and psutil.Process(child).status() != psutil.STATUS_ZOMBIE:
            assert time.monotonic() < deadline, "the fork server outlived its killed ingest"
            time.sleep(0.05)
    finally:
        parent.kill()
        parent.wait()
        try:
            os.kill(child, signal.SIGKILL)
        except (ProcessLookupError, UnboundLocalError, NameError):
            pass


# ---------------------------------------------------------------- Ctrl-C while the first documents are read

def test_ctrl_c_while_long_scans_are_read_keeps_the_documents_already_read(scans, tmp_path):
    db = tmp_path / "w.duckdb"
    run = subprocess.Popen([str(PARAGRAF), "ingest", str(scans), "--db", str(db), "--workers", "2"],
                           env=bench.environment(PARAGRAF_SNAPSHOT_SECONDS="0.1"), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, start_new_session=True)
    first = None
    while first is None and run.poll() is None:
        try:
            with snapshot.open_reader(db) as wh:
                found = wh.con.execute("SELECT source_path FROM documents").fetchall()
                first = found[0][0] if found else None
        except snapshot.ReaderUnavailable:
            pass
        time.sleep(0.1)
    os.killpg(run.pid, signal.SIGINT)
    out, err = run.communicate(timeout=120)
    # the first document finished was a short one, read while the scans were read beside it …
    assert first is not None and "skannat" not in first, (first, err)
    assert run.returncode == 130, err
    with Warehouse(db, read_only=True) as wh:
        kept = [r[0] for r in wh.con.execute("SELECT source_path FROM documents WHERE status = 'ok'").fetchall()]
    # … and Ctrl-C kept it: what was read is committed as it finishes
    assert kept and first in kept and "interrupted" in err


# ---------------------------------------------------------------- a full disk

@pytest.fixture
def small_disk(tmp_path):
    """A 6 MB file system of its own (tmpfs: needs root, as the CI machine runs)."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small file system needs root")
    mount = tmp_path / "small"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)]).returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)])


def test_a_full_disk_is_one_line_exit_2_and_the_next_run_with_room_finishes(small_disk, tmp_path):
    db = small_disk / "w.duckdb"
    done = paragraf("ingest", str(CORPUS), "--db", str(db))
    lines = done.stderr.splitlines()
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "Exception" not in done.stderr
    assert lines[0] == f"paragraf: writing to {db}" and len(lines) == 2, lines
    assert lines[1].startswith(f"paragraf: the disk holding {db} is full (") and "free at least" in lines[1]
    subprocess.run(["mount", "-o", "remount,size=300m", str(small_disk)], check=True)
    again = paragraf("ingest", str(CORPUS), "--db", str(db))
    assert again.returncode == 0, again.stderr
    reference = paragraf("ingest", str(CORPUS), "--db", str(tmp_path / "whole.duckdb"))
    assert reference.returncode == 0
    assert bench.tables(db)["items"] == bench.tables(tmp_path / "whole.duckdb")["items"]


# ---------------------------------------------------------------- a file rewritten while the batch runs

def test_a_file_rewritten_during_the_batch_into_another_files_bytes_gets_a_row_saying_so(tmp_path):
    from pipeline.extract import extract_batch
    from pipeline.ingest import ingest

    folder = tmp_path / "arkiv"
    files = bench.make_archive(folder, 4)
    victim, twin, fresh = files[0], files[1], files[2]

    def engine(pairs, sizes, backend):  # the walk has hashed every file; now two are rewritten
        victim.write_bytes(twin.read_bytes())
        fresh.write_bytes(fresh.read_bytes() + b"\n%% rewritten\n")
        for pair in pairs:
            yield [pair], extract_batch([pair], backend)

    summary = ingest([str(folder)], str(tmp_path / "w.duckdb"), "pdfium", 1, engine)
    outcomes = {Path(f.path).name: f for f in summary.files}
    assert len(summary.files) == 4 and summary.failed == 1
    assert outcomes[victim.name].error_code == "changed" and twin.name in outcomes[victim.name].error
    assert outcomes[twin.name].outcome == outcomes[fresh.name].outcome == "ok"
    with Warehouse(tmp_path / "w.duckdb", read_only=True) as wh:
        rows = dict(wh.con.execute("SELECT source_path, status FROM documents").fetchall())
        noted = wh.con.execute("SELECT count(*) FROM problems WHERE message LIKE 'the file changed while the batch ran%'"
                               ).fetchone()[0]
    assert rows[str(victim)] == "failed" and rows[str(twin)] == rows[str(fresh)] == "ok" and noted == 1
    again = ingest([str(folder)], str(tmp_path / "w.duckdb"), "pdfium", 1, lambda p, s, b: iter(()))
    assert {f.outcome for f in again.files} == {"skipped"}  # the rewritten file is the twin's content, stored
