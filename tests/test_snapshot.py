"""Reading while loading: the read commands answer while an ingest writes the
warehouse, from the snapshot the writer publishes (warehouse/snapshot.py).

The load tests run a real `paragraf ingest` of hundreds of small rendered
protokolls in a process of its own while this process runs `paragraf search`,
`decisions --agreement`, `meetings` and `problems` over and over (the first
round with the writer's processes stopped once its snapshot shows part of the
load, so that one round is read mid-load however fast the load runs): none
fails, no count ever goes down, and the last answers are those of the finished
warehouse. A writer killed with SIGKILL leaves a warehouse readers still
answer from, and the next ingest recovers; a writer can start while a reader
reads."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from tests.pdfmaker import meeting_pages, render
from warehouse import snapshot
from warehouse.load import Warehouse
from warehouse.read import agreements_matching, decisions

PARAGRAF = Path(sys.executable).with_name("paragraf")
BODIES = ["Socialnämnden", "Kommunstyrelsen", "Barn- och utbildningsnämnden", "Regionala samverkansrådet"]
LOAD_FILES = 250
CRASH_FILES = 120


def make_protokolls(folder: Path, count: int, first: int = 0) -> Path:
    """`count` one-page protokolls, one meeting each, each deciding on the LOSUS agreement."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(first, first + count):
        day, month, year = 1 + n % 28, 1 + (n // 28) % 12, 2020 + n // 336
        render(folder / f"protokoll-{n:04d}.pdf", meeting_pages(
            "Protokoll", BODIES[n % len(BODIES)], [f"Datum: {year}-{month:02d}-{day:02d}", "Tid: kl. 09:00-12:00"],
            [["§ 1 Mötet öppnas", "Ordföranden förklarar mötet öppnat.", "§ 2 LOSUS-avtalet", "Förslag till beslut",
              f"Nämnden föreslås förlänga LOSUS-avtalet till en kostnad av {n + 1} 000 kronor.",
              "Beslut", "Nämnden beslutar att förlänga LOSUS-avtalet."]],
        ))
    return folder


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PARAGRAF_DB", "PREFECT_API_URL")}
    return env | {"PARAGRAF_SNAPSHOT_SECONDS": "0.2"} | extra  # many publishes in a short load


def paragraf(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(PARAGRAF), *args], capture_output=True, text=True, env=env or environment(), timeout=300)


def start_ingest(folder: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([str(PARAGRAF), "ingest", str(folder), "--db", str(db)], env=environment(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


REBUILT = "paragraf: the search index is stale; rebuilding it first\n"


def answers(db: Path, note: str = "") -> dict[str, object]:
    """What the four read commands answer, each as something countable; a
    command that fails, or says anything but `note`, fails the test."""
    out: dict[str, object] = {}
    for name, args in (("search", ["search", "LOSUS", "--json", "--limit", "100000"]),
                       ("decisions", ["decisions", "--agreement", "losus", "--format", "json"]),
                       ("meetings", ["meetings"]),
                       ("problems", ["problems", "--json"])):
        done = paragraf(*args, "--db", str(db))
        assert done.returncode == 0 and done.stderr in ("", note), f"{name}: {done.stderr}"
        out[name] = done.stdout.splitlines()[1:] if name == "meetings" else json.loads(done.stdout)
    return out


def decided(db: Path) -> int:
    """How many decisions on LOSUS `paragraf decisions` finds (it must answer)."""
    done = paragraf("decisions", "--agreement", "losus", "--format", "json", "--db", str(db))
    assert done.returncode == 0 and done.stderr == "", done.stderr
    return len(json.loads(done.stdout))


def sizes(found: dict[str, object]) -> dict[str, int]:
    return {name: len(value) for name, value in found.items()}


def finished(db: Path) -> dict[str, int]:
    """The finished warehouse, read from the main file itself."""
    with Warehouse(db, read_only=True) as wh:
        rows = decisions(wh, [a for a, _ in agreements_matching(wh, "losus")])
        meetings = len(wh.meetings_overview())
        problems = wh.con.execute("SELECT count(*) FROM problems").fetchone()[0]
    return {"decisions": len(rows), "meetings": meetings, "problems": problems}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A warehouse of three protokolls, ingested (so it has a snapshot)."""
    folder = tmp_path_factory.mktemp("seed")
    db = folder / "w.duckdb"
    done = paragraf("ingest", str(make_protokolls(folder / "pdf", 3, first=1000)), "--db", str(db))
    assert done.returncode == 0, done.stderr
    return db


def copy_of(seeded: Path, tmp_path: Path) -> Path:
    """The seeded warehouse in a folder of the test's own, its snapshot published there."""
    db = tmp_path / "w.duckdb"
    shutil.copy(seeded, db)
    with Warehouse(db) as wh:
        assert snapshot.publish(wh) is not None
    return db


def holder(path: Path) -> subprocess.Popen:
    """Another process holding `path` for writing, as a running ingest does."""
    proc = subprocess.Popen([sys.executable, "-c", f"import duckdb, sys; c = duckdb.connect({str(path)!r}); "
                             "print('ready', flush=True); sys.stdin.readline()"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def release(proc: subprocess.Popen) -> None:
    proc.stdin.write("\n")
    proc.stdin.flush()
    proc.wait(timeout=60)


# ---------------------------------------------------------------- reading during a load


def partly_published(db: Path, writer: subprocess.Popen, before: int, total: int) -> int | None:
    """Watches the read snapshot until it holds some but not all of the
    documents of the load `writer` runs (more than `before`, fewer than
    `total`) and returns how many; None when the writer ended first."""
    while writer.poll() is None:
        with snapshot.open_reader(db) as wh:
            held = wh.con.execute("SELECT count(*) FROM documents").fetchone()[0]
        if before < held < total:
            return held
        time.sleep(0.02)  # publishes are at least 0.2 s apart (environment())
    return None


@contextlib.contextmanager
def stopped(writer: subprocess.Popen):
    """The writer's whole process group stopped (SIGSTOP) and then let go on:
    it holds the warehouse, mid-load, for as long as the block takes, however
    slow the machine is. (An extraction's time limit is minutes; a round of
    reads takes seconds.)"""
    os.killpg(writer.pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.killpg(writer.pid, signal.SIGCONT)


@pytest.mark.flow
def test_reads_answer_throughout_a_load_and_end_with_the_finished_warehouse(seeded, tmp_path):
    db = copy_of(seeded, tmp_path)
    archive = make_protokolls(tmp_path / "pdf", LOAD_FILES)
    before = sizes(answers(db))
    writer = start_ingest(archive, db)
    rounds: list[tuple[bool, dict[str, int]]] = []
    try:
        # One round is read while the load is provably under way: once the snapshot shows part of
        # it, the writer is held still (alive, holding the warehouse) until the round is done. The
        # load used to be long enough by luck alone, and a faster writer finished before any round.
        held = partly_published(db, writer, 3, LOAD_FILES + 3)
        assert held is not None, "the load never published a snapshot with part of its documents"
        with stopped(writer):
            found = sizes(answers(db))
            rounds.append((writer.poll() is None, found))
        assert found["decisions"] >= held > before["decisions"]  # the reads saw the load's first documents
        # then rounds as the load goes on, reading while the writer writes and publishes
        while writer.poll() is None:
            running_before = writer.poll() is None
            found = sizes(answers(db))
            rounds.append((running_before and writer.poll() is None, found))
        out, err = writer.communicate(timeout=600)
    finally:
        if writer.poll() is None:
            os.killpg(writer.pid, signal.SIGKILL)
            writer.communicate()
    assert writer.returncode == 0, err
    after = answers(db)
    during = [found for whole_round_during_load, found in rounds if whole_round_during_load]
    assert during, "no read round ran while the ingest was loading"
    seen = [before, *(found for _, found in rounds), sizes(after)]
    for name in before:
        series = [found[name] for found in seen]
        assert series == sorted(series), f"{name} went down during the load: {series}"
    expected = finished(db)
    assert {name: len(after[name]) for name in expected} == expected
    assert expected["decisions"] == LOAD_FILES + 3
    assert len(after["search"]) == len(answers_from_main(db)["search"])
    assert snapshot.is_current(db)


def answers_from_main(db: Path) -> dict[str, list]:
    from warehouse.search import search

    with Warehouse(db, read_only=True) as wh:
        return {"search": search(wh, "LOSUS", 100000)}


@pytest.mark.flow
def test_a_killed_writer_leaves_a_warehouse_readers_answer_from_and_the_next_ingest_recovers(seeded, tmp_path):
    db = copy_of(seeded, tmp_path)
    archive = make_protokolls(tmp_path / "pdf", CRASH_FILES)
    writer = start_ingest(archive, db)
    published = 3
    try:
        while published <= 3 and writer.poll() is None:  # until a snapshot holds some of this load
            with snapshot.open_reader(db) as wh:
                published = wh.con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        os.killpg(writer.pid, signal.SIGKILL)
        writer.communicate()
    left = db.with_name(db.name + snapshot.TEMP_MARK + "4194304")  # as a writer killed while copying leaves it
    left.write_bytes(b"half a copy")
    # the next writer holds the main file: readers answer from the killed writer's last snapshot
    proc = holder(db)
    try:
        assert decided(db) >= published
    finally:
        release(proc)
    # nobody writes: the main file itself (whose search index the killed run had not rebuilt)
    assert len(answers(db, note=REBUILT)["decisions"]) >= published
    done = paragraf("ingest", str(archive), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert not left.exists()
    assert snapshot.is_current(db)
    assert decided(db) == finished(db)["decisions"] == CRASH_FILES + 3


# ---------------------------------------------------------------- a writer starting while a reader reads

READER = """
import sys
from warehouse.snapshot import open_reader
wh = open_reader(sys.argv[1])
print(wh.path, flush=True)
sys.stdin.readline()
print(wh.con.execute("SELECT count(*) FROM documents").fetchone()[0], flush=True)
wh.close()
"""


def reading(db: Path) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-c", READER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, env=environment())
    return proc, proc.stdout.readline().strip()


def test_a_writer_starts_while_a_reader_reads_the_snapshot(seeded, tmp_path):
    db = copy_of(seeded, tmp_path)
    reader, path = reading(db)
    assert path == str(snapshot.snapshot_path(db))
    try:
        done = paragraf("ingest", str(make_protokolls(tmp_path / "pdf", 2)), "--db", str(db))
        assert done.returncode == 0, done.stderr
    finally:
        reader.stdin.write("\n")
        reader.stdin.flush()
    assert reader.stdout.readline().strip() == "3"  # what it opened: the warehouse before the ingest
    assert reader.wait(timeout=60) == 0
    assert decided(db) == 5


def test_a_writer_waits_for_a_reader_of_the_main_file(seeded, tmp_path):
    db = tmp_path / "w.duckdb"
    shutil.copy(seeded, db)  # no snapshot beside it: the reader reads the main file
    reader, path = reading(db)
    assert path == str(db)
    writer = start_ingest(make_protokolls(tmp_path / "pdf", 2), db)
    try:
        threading.Event().wait(1.0)  # the writer is up and finds the file held by a reader
    finally:
        reader.stdin.write("\n")
        reader.stdin.flush()
    assert reader.stdout.readline().strip() == "3"
    _, err = writer.communicate(timeout=300)
    assert writer.returncode == 0, err
    assert decided(db) == 5


# ---------------------------------------------------------------- which file a reader opens


def test_a_current_snapshot_is_read_and_the_main_file_left_alone(seeded, tmp_path):
    db = copy_of(seeded, tmp_path)
    with snapshot.open_reader(db) as wh:
        assert wh.path == snapshot.snapshot_path(db) and wh.published.schema_version == snapshot.current_schema()
    with Warehouse(db) as wh:
        assert snapshot.publish(wh) is None  # nothing changed: nothing copied


def test_a_writer_that_publishes_keeps_its_lock(seeded, tmp_path):
    """POSIX drops a process's locks on a file when it closes any descriptor
    of it: a publish that read the main file itself would let others in."""
    db = copy_of(seeded, tmp_path)
    with Warehouse(db) as wh:
        wh.con.execute("UPDATE documents SET source_path = source_path || '.moved'")
        assert snapshot.Publisher(wh).start() is not None
        assert snapshot.publish(wh) is None  # nothing new since
        assert snapshot.is_current(db)
        other = subprocess.run([sys.executable, "-c", f"import duckdb; duckdb.connect({str(db)!r}, read_only=True)"],
                               capture_output=True, text=True)
        assert other.returncode != 0 and "lock" in other.stderr
        with snapshot.open_reader(db) as reader:  # … and readers read the snapshot
            assert reader.published is not None


def test_a_snapshot_older_than_the_main_file_is_not_read_when_nobody_writes(seeded, tmp_path):
    db = copy_of(seeded, tmp_path)
    with duckdb.connect(str(db)) as con:  # a write after the last publish (another tool, a killed run)
        con.execute("DELETE FROM documents WHERE document_id = (SELECT min(document_id) FROM documents)")
    assert not snapshot.is_current(db)
    with snapshot.open_reader(db) as wh:
        assert wh.path == db and wh.published is None
        assert wh.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    proc = holder(db)  # while a writer holds it: the snapshot, as last published
    try:
        with snapshot.open_reader(db) as wh:
            assert wh.published is not None
            assert wh.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3
    finally:
        release(proc)


def test_no_snapshot_while_a_writer_holds_the_file_is_one_line(seeded, tmp_path):
    db = tmp_path / "w.duckdb"
    shutil.copy(seeded, db)
    proc = holder(db)
    try:
        with pytest.raises(snapshot.ReaderUnavailable) as caught:
            snapshot.open_reader(db)
        done = paragraf("meetings", "--db", str(db))
    finally:
        release(proc)
    message = (f"{db} is being written by process {proc.pid} (an ingest) and has no read snapshot yet; "
               "run this again when its first documents are loaded.")
    assert str(caught.value) == message
    assert done.returncode == 2 and done.stderr == f"paragraf: {message}\n"


def test_a_snapshot_of_an_older_schema_is_not_read(seeded, tmp_path):
    db = copy_of(seeded, tmp_path)
    with duckdb.connect(str(snapshot.snapshot_path(db))) as con:
        con.execute("DELETE FROM schema_version WHERE version = (SELECT max(version) FROM schema_version)")
    proc = holder(db)
    try:
        with pytest.raises(snapshot.ReaderUnavailable, match=r"has schema version \d+ where this paragraf reads \d+"):
            snapshot.open_reader(db)
    finally:
        release(proc)


def test_a_publish_that_fails_leaves_the_previous_snapshot_and_no_temporary_file(seeded, tmp_path, monkeypatch):
    db = copy_of(seeded, tmp_path)
    before = snapshot.snapshot_path(db).read_bytes()

    def full_disk(source: Path, target: Path) -> None:
        target.write_bytes(b"part")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(snapshot, "_copy", full_disk)
    with Warehouse(db) as wh:
        wh.con.execute("DELETE FROM problems")
        wh.con.execute("UPDATE documents SET source_path = source_path || '.moved'")
        publisher = snapshot.Publisher(wh)
        assert publisher.publish() is None
    assert publisher.warnings and "could not be published" in publisher.warnings[0]
    assert snapshot.snapshot_path(db).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.duckdb", "w.duckdb.snapshot", "w.duckdb.snapshot.json"]


def test_a_warehouse_in_a_read_only_folder_is_read(seeded, tmp_path):
    folder = tmp_path / "arkiv"
    folder.mkdir()
    db = folder / "w.duckdb"
    shutil.copy(seeded, db)
    folder.chmod(0o555)
    try:
        meetings = paragraf("meetings", "--db", str(db))
        assert decided(db) == 3 and meetings.returncode == 0 and len(meetings.stdout.splitlines()) == 1 + 3
        assert sorted(p.name for p in folder.iterdir()) == ["w.duckdb"]
    finally:
        folder.chmod(0o755)


def test_search_on_a_snapshot_whose_index_is_older_answers_and_says_so(seeded, tmp_path):
    db = copy_of(seeded, tmp_path)
    with duckdb.connect(str(snapshot.snapshot_path(db))) as con:  # a document the index has not seen
        con.execute("DELETE FROM search_documents WHERE document_id = (SELECT min(document_id) FROM documents)")
    proc = holder(db)
    try:
        done = paragraf("search", "LOSUS", "--json", "--db", str(db))
        with duckdb.connect(str(snapshot.snapshot_path(db))) as con:
            for table in ("search_postings", "search_units", "search_documents"):
                con.execute(f"DROP TABLE {table}")
        unindexed = paragraf("search", "LOSUS", "--db", str(db))
    finally:
        release(proc)
    assert done.returncode == 0 and len(json.loads(done.stdout)) == 6  # three items, three pages
    assert done.stderr.startswith(f"paragraf: searching the read snapshot of {db}, whose search index is stale;")
    assert unindexed.returncode == 2 and unindexed.stderr == (
        f"paragraf: {db} is being written by an ingest and its read snapshot has no search index yet; "
        "run the search again when the ingest has finished.\n")


def test_bench_snapshot_publishes_a_changed_warehouse_every_round(tmp_path):
    from pipeline.bench.snapshot import publish_timings

    from extractors.entities.agreements import catalogue
    from warehouse import synthetic

    db = tmp_path / "w.duckdb"
    with Warehouse(db) as wh:
        synthetic.fill(wh, 500, [(a.agreement_id, a.name, list(a.aliases)) for a in catalogue()])
    timings = publish_timings(db, runs=2)
    assert timings["runs"] == 2 and timings["bytes"] == db.stat().st_size
    assert snapshot.is_current(db)


def test_eval_reads_the_snapshot_while_a_writer_holds_the_warehouse(seeded, tmp_path):
    db = copy_of(seeded, tmp_path)
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "protokoll-1000.gold.json").write_text(json.dumps({"file": "protokoll-1000.pdf"}), encoding="utf-8")
    proc = holder(db)
    try:
        done = paragraf("eval", str(gold), "--json", "--db", str(db))
    finally:
        release(proc)
    assert done.returncode == 0, done.stderr
    assert "not in the warehouse" not in done.stderr  # found by its file name in the snapshot


def test_open_reader_names_a_missing_warehouse_in_one_line(tmp_path):
    with pytest.raises(snapshot.ReaderUnavailable, match=r"no warehouse at .*run 'paragraf ingest PATH' first"):
        snapshot.open_reader(tmp_path / "none.duckdb")


def test_a_writer_that_migrated_publishes_before_it_loads(seeded, tmp_path):
    db = copy_of(seeded, tmp_path)
    newest = snapshot.current_schema()
    with duckdb.connect(str(db)) as con:  # a warehouse an older paragraf wrote: its newest migration not applied
        con.execute("DELETE FROM schema_version WHERE version = ?", [newest])
    with Warehouse(db) as wh:  # migrates
        published = snapshot.Publisher(wh).start()
        assert published is not None and published.schema_version == newest
        with duckdb.connect(str(snapshot.snapshot_path(db)), read_only=True) as con:
            assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == newest
