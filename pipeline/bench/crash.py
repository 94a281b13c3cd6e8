"""`paragraf bench crash`: an ingest killed at named fault points and at
random moments, read while it lies dead, run again, and compared with one
that was never interrupted.

The archive is what a user's archive holds: several documents per meeting
(`make_archive`) — a kallelse and its revised copy, protokolls with earlier
and later justering dates, renderings that differ only in the PDF's own
modification date or only in their bytes, and now and then a correction
('Rättelse') — so which document is current depends on the documents alone,
and a resumed run that loaded them in another order must still agree.

It is ingested once without interruption: that warehouse — every table and
`current_items` (load and run times aside) and the answers of `paragraf
search` for a few words — is the yardstick. Then each trial ingests it into a
fresh warehouse and kills the run:

- at every named fault point (`schemas.faults`, `--list-points`), through
  `PARAGRAF_CRASH_AT` (the run kills itself with SIGKILL there);
- at a moment drawn from the uninterrupted run's wall time, killing the whole
  process group (as a terminal's `kill -9 -PGID` or a power cut would);
- at such a moment killing the main process alone (the out-of-memory killer,
  `kill -9 PID`): its fork server, workers and reader children must follow.

After each kill: the processes of the run still alive 2 s later are counted
as orphans (and then killed); every reader answers — `meetings`, `search`,
`decisions`, `problems`, `matter`, `export` and every page of `serve` over
HTTP — and is counted unreadable when it fails, prints a traceback, answers
fewer meetings than the last published snapshot held, or a page is not 200
(a one-line refusal is allowed only before a new warehouse's first snapshot
exists). Then the ingest runs again to its end and the warehouse is compared
with the yardstick. Kill moments come from one seed, so a run can be
repeated.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

BODIES = ["Socialnämnden", "Kommunstyrelsen", "Barn- och utbildningsnämnden", "Regionala samverkansrådet"]
SEARCHES = ["LOSUS", "kronor", "justerare"]
_RUN_COLUMNS = ("ingested_at", "applied_at", "started_at", "finished_at", "loaded_at", "write_seq")
_RUN_TABLES = {"ingest_runs", "schema_version", "write_log"}
_VIEWS = {"current_items", "current_documents"}  # the contract's views (other views are helpers of the search index)
ORPHAN_SECONDS = 2.0  # children of a killed run must be gone this soon


# ---------------------------------------------------------------- the archive

# the documents of one meeting: (name, kind, printed revision, justering days after the
# meeting, PDF modification days after it, tag); p3 and p4 differ only in their bytes
VERSIONS = (
    ("k1", "Kallelse", "", None, 0, "a"),
    ("k2", "Kallelse", "Reviderad kallelse", None, -1, "b"),
    ("p1", "Protokoll", "", 3, 5, "a"),
    ("p2", "Protokoll", "", 7, 6, "b"),
    ("p3", "Protokoll", "", 7, 9, "c"),
    ("p4", "Protokoll", "", 7, 9, "d"),
)
CORRECTION = ("p5", "Protokoll", "Protokoll – Rättelse", 4, 2, "e")  # every third meeting


def _render(path: Path, kind: str, body: str, head: list[str], lines: list[str], modified: dt.datetime, tag: str) -> Path:
    import pikepdf
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_title(f"{kind} {tag}")  # renderings of the same text differ in their bytes
    pdf.set_creation_date(dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(60, 60, kind)
    pdf.set_font("Helvetica", "", 12)
    pdf.text(60, 80, body)
    pdf.set_font("Helvetica", "", 10)
    y = 80
    for line in head:
        y += 15
        pdf.text(60, y, line)
    y = max(y + 30, 160)
    for line in lines:
        pdf.text(60, y, line)
        y += 14
    pdf.output(str(path))
    with pikepdf.open(path, allow_overwriting_input=True) as doc:
        doc.docinfo["/ModDate"] = modified.strftime("D:%Y%m%d%H%M%S+00'00'")
        doc.save(path, deterministic_id=True)
    return path


def make_archive(folder: Path, files: int) -> list[Path]:
    """`files` one-page meeting documents, six or seven per meeting (see
    VERSIONS), meetings a week apart, bodies in turn."""
    folder.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []
    meeting = 0
    while len(out) < files:
        body = BODIES[meeting % len(BODIES)]
        date = dt.date(2024, 1, 1) + dt.timedelta(days=7 * meeting)
        versions = list(VERSIONS) + ([CORRECTION] if meeting % 3 == 0 else [])
        for name, kind, marker, justering, modified, tag in versions[: files - len(out)]:
            path = folder / f"m{meeting:03d}-{name}.pdf"
            head = ([marker] if marker else []) + [f"Datum: {date.isoformat()}", "Tid: kl. 09:00-12:00"]
            if justering is not None:
                head.append(f"Justeringens plats och tid: Kommunhuset {(date + dt.timedelta(days=justering)).isoformat()}")
            if kind == "Kallelse":
                lines = ["1. Mötet öppnas", "2. Val av justerare", f"3. LOSUS-avtalet ({tag})",
                         f"Förslag till beslut: nämnden förlänger LOSUS-avtalet, {meeting + 1} 000 kronor."]
            else:
                lines = ["§ 1 Mötet öppnas", "Ordföranden förklarar mötet öppnat.", f"§ 2 LOSUS-avtalet ({tag})",
                         "Beslut", f"Nämnden beslutar att förlänga LOSUS-avtalet för {meeting + 1} 000 kronor ({tag})."]
            if not path.exists():
                stamp = dt.datetime.combine(date, dt.time(12)) + dt.timedelta(days=modified)
                _render(path, kind, body, head, lines, stamp, f"{meeting}-{name}")
            out.append(path)
        meeting += 1
    return out


# ---------------------------------------------------------------- an older warehouse, for the migration point

# How to take a warehouse back from each migration (newest first), so that
# the point "during-migration" is exercised on a real migration of a
# warehouse with documents in it: the warehouse of an uninterrupted run,
# taken back, is migrated again by an ingest that is killed inside the
# migration. A migration that re-keys data needs its way back here too.
def _migration(version: int) -> str:
    from warehouse.load import _migrations

    return next(sql for number, _, sql in _migrations() if number == version)


DOWN = {  # version → the statements that take a warehouse back from it
    21: lambda: """
        CREATE INDEX IF NOT EXISTS agreement_mentions_by_agreement ON agreement_mentions (agreement_id);
        DELETE FROM schema_version WHERE version = 21;
    """,
    20: lambda: """
        DROP TABLE settled_keys;
        DELETE FROM schema_version WHERE version = 20;
    """,  # settles noted matters and matter_references whole (a publish compared them row by row)
    19: lambda: """
        ALTER TABLE matters DROP COLUMN node;
        DROP TABLE matters_pending;
        DELETE FROM schema_version WHERE version = 19;
    """,  # matters settled from every row, as before 019 (019 again: settled whole once)
    18: lambda: "DROP VIEW current_items; DROP VIEW current_documents;"
        + "CREATE OR REPLACE VIEW current_documents"
        + _migration(17).split("CREATE OR REPLACE VIEW current_documents", 1)[1]
        + "CREATE OR REPLACE VIEW current_items"
        + _migration(18).split("CREATE OR REPLACE VIEW current_items", 1)[1]
        + "DROP TABLE superseded_documents; DROP TABLE document_sources;"
        + "DELETE FROM schema_version WHERE version = 18;",  # ranked by every read, as 017 ranks
    17: lambda: "CREATE OR REPLACE VIEW current_documents"
        + _migration(14).split("CREATE OR REPLACE VIEW current_documents", 1)[1]
        + "DELETE FROM schema_version WHERE version = 17;",  # ranked as 014 ranks, without the posting date
    16: lambda: """
        ALTER TABLE documents DROP COLUMN posted_on;
        ALTER TABLE documents DROP COLUMN appeal_until;
        DROP TABLE watch_checked; DROP TABLE watch_hits; DROP TABLE watches;
        DELETE FROM schema_version WHERE version = 16;
    """,
    15: lambda: """
        DROP TABLE search_units; DROP TABLE search_documents; DROP TABLE search_stats;
    """ + "".join(f"DROP TABLE {level};" for level in _posting_levels()) + """
        DELETE FROM schema_version WHERE version = 15;
    """,  # a warehouse without the index: the next ingest indexes every document (search_backfill)
    14: lambda: _migration(11) + """
        ALTER TABLE documents DROP COLUMN pdf_modified_at;
        ALTER TABLE documents DROP COLUMN write_seq;
        DROP TABLE write_log;
        DELETE FROM schema_version WHERE version = 14;
    """,  # the views as 011 made them (ranked by load), without 014's columns and table
    13: lambda: """
        DROP TABLE meeting_aliases;
        ALTER TABLE documents DROP COLUMN organisation;
        ALTER TABLE documents DROP COLUMN organisation_evidence;
        ALTER TABLE meetings DROP COLUMN organisation;
        ALTER TABLE meetings DROP COLUMN first_id;
        UPDATE documents SET extractor_version = 6;
        DELETE FROM schema_version WHERE version = 13;
    """,  # read by an extractor before the organisation: the next ingest reads every document again and
    # re-keys its meetings by organisation (warehouse/meetings.py), the data change 013 prepares
}


def _posting_levels() -> tuple[str, ...]:
    from warehouse.search_index import POSTING_LEVELS

    return POSTING_LEVELS


def older(db: Path, source: Path, back_to: int | None = None, versions: tuple[int, ...] | None = None) -> int:
    """`source` (a finished warehouse) copied to `db` and taken back from its
    migrations numbered `back_to` and above (DOWN, newest first; default: the
    newest alone), or from exactly `versions` (a warehouse that lacks one
    migration between others it has: migrations apply by number, whichever
    are missing); returns the schema version it then has. Its read snapshot
    is a copy of it, as the paragraf that wrote it would have left it."""
    import duckdb

    from warehouse import snapshot

    shutil.copyfile(source, db)
    con = duckdb.connect(str(db))
    try:
        applied = [v for (v,) in con.execute("SELECT version FROM schema_version ORDER BY version DESC").fetchall()]
        for version in applied:
            if versions is not None:
                if version not in versions:
                    continue
            elif back_to is None and version != applied[0] or back_to is not None and version < back_to:
                break
            if version not in DOWN:
                raise RuntimeError(f"no way back from migration {version} (pipeline.bench.crash.DOWN)")
            con.execute(DOWN[version]())
        con.execute("CHECKPOINT")
        left = con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    finally:
        con.close()
    shutil.copyfile(db, snapshot.snapshot_path(db))
    snapshot._update_meta(db, main=snapshot._state(db), snapshot=snapshot._state(snapshot.snapshot_path(db)),
                          schema_version=left, published_at=None)
    return left


# ---------------------------------------------------------------- running and killing

def _paragraf() -> list[str]:
    paragraf = Path(sys.executable).with_name("paragraf")
    return [str(paragraf)] if paragraf.exists() else [sys.executable, "-m", "pipeline.cli"]


def environment(**extra: str) -> dict[str, str]:
    """The ingest's environment: no Prefect server, no fault point unless asked,
    snapshots published often and always by bringing the staging copy up to
    date (the way a large warehouse publishes: the one worth testing)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "PARAGRAF_CRASH_AT", "PARAGRAF_CRASH_PID")}
    return env | {"PARAGRAF_SNAPSHOT_SECONDS": "0.5", "PARAGRAF_SNAPSHOT_SYNC_MB": "0"} | extra


def start(folder: Path, db: Path, workers: int, env: dict[str, str] | None = None, quiet: bool = True) -> subprocess.Popen:
    """`paragraf ingest` in a session of its own, as a user starts it from a shell."""
    out = subprocess.DEVNULL if quiet else subprocess.PIPE
    return subprocess.Popen([*_paragraf(), "ingest", str(folder), "--db", str(db), "--workers", str(workers)],
                            env=env or environment(), stdout=out, stderr=out, text=True, start_new_session=True)


def finish(run: subprocess.Popen, timeout: float = 900) -> tuple[int, str]:
    out, err = run.communicate(timeout=timeout)
    return run.returncode, (out or "") + (err or "")


def session_processes(sid: int) -> list[int]:
    """Processes of session `sid` (a run started with start_new_session) still alive."""
    import psutil

    found = []
    for proc in psutil.process_iter(["pid", "status"]):
        try:
            if proc.info["status"] != psutil.STATUS_ZOMBIE and os.getsid(proc.pid) == sid:
                found.append(proc.pid)
        except (ProcessLookupError, PermissionError, psutil.Error):
            continue
    return found


def orphans_after(run: subprocess.Popen, seconds: float = ORPHAN_SECONDS) -> tuple[int, float]:
    """(processes of the run's session still alive `seconds` after its main
    process died — each then killed —, seconds until the last was gone)."""
    run.wait()
    started = time.monotonic()
    left = session_processes(run.pid)
    while left and time.monotonic() - started < seconds:
        time.sleep(0.05)
        left = session_processes(run.pid)
    took = time.monotonic() - started
    _last_orphans[:] = [_described(pid) for pid in left]
    for pid in left:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return len(left), took


_last_orphans: list[str] = []  # what the last orphans_after found, for a trial's record


def _described(pid: int) -> str:
    """'pid state: command line' of a process left behind, to say which one it was."""
    import psutil

    try:
        proc = psutil.Process(pid)
        return f"{pid} {proc.status()}: {' '.join(proc.cmdline())[:160]}"
    except psutil.Error:
        return f"{pid} (gone)"


# ---------------------------------------------------------------- the yardstick

def tables(db: Path) -> dict[str, list]:
    """Every table of the main schema and the contract's views, sorted,
    without load times and run records (the main file, read by a fresh
    process: its write-ahead log replayed by a writer's open of a copy)."""
    import duckdb

    with tempfile.TemporaryDirectory(prefix="paragraf-compare-") as folder:
        copy = Path(folder) / "w.duckdb"
        shutil.copyfile(db, copy)
        if db.with_name(db.name + ".wal").exists():
            shutil.copyfile(db.with_name(db.name + ".wal"), copy.with_name("w.duckdb.wal"))
        con = duckdb.connect(str(copy))
        try:
            relations = con.execute("SELECT table_name, table_type FROM information_schema.tables "
                                    "WHERE table_schema = 'main' ORDER BY 1").fetchall()
            out: dict[str, list] = {}
            for name, kind in relations:
                if name in _RUN_TABLES or (kind != "BASE TABLE" and name not in _VIEWS):
                    continue
                columns = sorted(c for (c,) in con.execute("SELECT column_name FROM information_schema.columns WHERE "
                                                           "table_schema = 'main' AND table_name = ?", [name]).fetchall()
                                 if c not in _RUN_COLUMNS)  # by name: a migration may have moved a column
                rows = con.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in columns)} FROM "{name}"').fetchall()
                out[name] = sorted(rows, key=repr)
        finally:
            con.close()
    return out


def searched(db: Path) -> dict[str, list]:
    """`paragraf search` for SEARCHES, one after another in one process (as
    `read_everything` runs the readers; a process per search cost its start,
    a second of CPU, three times): (exit status, the hits' files, pages and
    items), or the exit status and stderr of a search that failed."""
    done = subprocess.run([sys.executable, "-c", "import sys; from pipeline.bench.crash import _searches; "
                           "from pipeline.cli import main; _searches(sys.argv[1], main)",
                           str(db)], env=environment(), capture_output=True, text=True, timeout=600)
    try:
        answers = json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {f"search {text!r}": [done.returncode, done.stderr.strip()[-600:]] for text in SEARCHES}
    out = {}
    for text in SEARCHES:
        status, stdout, stderr = answers[text]
        hits = json.loads(stdout) if status == 0 else stderr.strip()
        if isinstance(hits, list):
            hits = [(h["source_path"], h["page_no"], h["item_number"], h["item_title"], round(h["score"], 6)) for h in hits]
        out[f"search {text!r}"] = [status, hits]
    return out


def _searches(db_name: str, main: Callable[[list[str]], int]) -> None:  # runs in the process of searched
    print(json.dumps({text: _command(main, ["search", text, "--db", db_name, "--json", "--limit", "50"])
                      for text in SEARCHES}))


def _command(main: Callable[[list[str]], int], args: list[str]) -> tuple[int, str, str]:
    """The command line's entry point run on `args` in this process: (exit status, stdout, stderr)."""
    import contextlib
    import io

    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            status = main(args)
        except BaseException as exc:  # noqa: BLE001 - what a user would see as a traceback
            import traceback

            status, _ = 1, traceback.print_exc(file=stderr)
            stderr.write(f"{type(exc).__name__}: {exc}\n")
    return status, stdout.getvalue(), stderr.getvalue()


def state(db: Path) -> dict[str, list]:
    return tables(db) | searched(db)


# ---------------------------------------------------------------- every reader

def published_floor(db: Path) -> dict | None:
    """What the last published snapshot holds (meetings, ok documents), read
    from the file itself; None when there is none."""
    import duckdb

    path = db.with_name(db.name + ".snapshot")
    if not path.exists():
        return None
    con = duckdb.connect(str(path), read_only=True)
    try:
        meetings = con.execute("SELECT count(DISTINCT meeting_id) FROM documents WHERE status = 'ok' "
                               "AND meeting_id IS NOT NULL").fetchone()[0]
        documents = con.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0]
    finally:
        con.close()
    return {"meetings": meetings, "documents": documents}


def read_everything(db: Path) -> dict:
    """Every reader, in a process of its own (as a user runs them, one after
    another): the read commands through the command line's own entry point,
    and every page of `paragraf serve` over HTTP. Returns what each answered."""
    # the command line's entry point handed in by the child's own command, as `paragraf` would run it
    # (the bench is a room below the command line: it runs it, never imports it)
    done = subprocess.run([sys.executable, "-c", "import sys; from pipeline.bench.crash import _readers; "
                           "from pipeline.cli import main; _readers(sys.argv[1], main)",
                           str(db)], env=environment(), capture_output=True, text=True, timeout=600)
    try:
        found = json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"crashed": f"exit {done.returncode}: {done.stderr.strip()[-600:]}"}
    found["stderr"] = done.stderr
    return found


def _readers(db_name: str, main: Callable[[list[str]], int]) -> None:  # runs in the reader process of read_everything
    db = Path(db_name)
    out: dict = {"commands": {}, "pages": {}}

    def command(name: str, *args: str) -> tuple[int, str]:
        status, text, said = _command(main, [*args, "--db", str(db)])
        rows = len(json.loads(text)) if text.strip().startswith("[") else max(0, len(text.strip().splitlines()) - 1)
        out["commands"][name] = {"exit": status, "rows": rows, "stderr": said[-2000:], "traceback": "Traceback" in said}
        return status, text

    command("meetings", "meetings")
    for text in SEARCHES:
        command(f"search {text}", "search", text, "--json")
    command("decisions", "decisions", "--agreement", "losus", "--format", "json")
    command("problems", "problems", "--json")
    command("matter", "matter", "LOSUS-avtalet", "--format", "json")
    with tempfile.TemporaryDirectory(prefix="paragraf-export-") as folder:
        command("export", "export", "--format", "csv", folder)
    out["pages"] = _pages(db)
    print(json.dumps(out))


def _pages(db: Path) -> dict[str, int]:
    """Every page of the web application (`paragraf serve`), over HTTP: its status."""
    import httpx

    from pipeline.bench.pages import running
    from web.app import create_app

    statuses: dict[str, int] = {}
    try:
        app = create_app(db)
    except Exception as exc:  # noqa: BLE001
        return {f"(the application: {type(exc).__name__})": 500}
    with running(app) as base, httpx.Client(base_url=base, timeout=60) as http:
        def get(path: str) -> httpx.Response:
            answer = http.get(path)
            statuses[path] = answer.status_code
            return answer

        get("/")
        get("/ingest")
        hits = get("/search?q=LOSUS&format=json")
        get("/search?q=LOSUS")
        found = hits.json().get("hits", []) if hits.status_code == 200 else []
        meetings = get("/?format=json")
        listed = meetings.json().get("meetings", []) if meetings.status_code == 200 else []
        for meeting in listed[:1]:
            get(f"/meeting/{meeting['meeting_id']}")
        for hit in [h for h in found if h.get("item_id")][:1]:
            item = get(f"/item/{hit['item_id']}?format=json")
            get(f"/item/{hit['item_id']}")
            if item.status_code == 200:
                document = item.json().get("document_id")
                get(f"/page/{document}/1.png")
                get(f"/pdf/{document}")
        agreement = get("/agreement/LOSUS?format=json")
        get("/agreement/LOSUS")
        steps = agreement.json().get("steps", []) if agreement.status_code == 200 else []
        for step in [s for s in steps if s.get("matter")][:1]:
            get(f"/matter/{step['matter']}")
    return statuses


def unreadable(found: dict, floor: dict | None) -> list[str]:
    """What the readers did wrong: each failure in one phrase ([] when all answered).
    Before a new warehouse's first snapshot exists (`floor` None) a reader may
    refuse in one line, or find nothing ('no agreement matches', 'no hits', a 404);
    never a traceback or a 500."""
    if "crashed" in found:
        return [f"the readers' process: {found['crashed']}"]
    wrong = []
    new = floor is None
    for name, answer in found["commands"].items():
        # matter: 'no matter matches' is an answer; in a new warehouse so are 'no agreement matches'
        # and 'no hits' (exit 1, NO_HITS)
        allowed = {0, 1} if name == "matter" or (new and (name == "decisions" or name.startswith("search"))) else {0}
        refused = answer["exit"] == 2 and new and "no read snapshot yet" in answer["stderr"]
        if answer["traceback"]:
            wrong.append(f"{name}: a traceback")
        elif answer["exit"] not in allowed and not refused:
            wrong.append(f"{name}: exit {answer['exit']} ({answer['stderr'].strip()[-160:]})")
    meetings = found["commands"].get("meetings", {})
    if floor is not None and meetings.get("exit") == 0 and meetings.get("rows", 0) < floor["meetings"]:
        wrong.append(f"meetings: {meetings.get('rows')} meetings where the last snapshot held {floor['meetings']}")
    for path, status in found["pages"].items():
        if status != 200 and not (new and status in (404, 503)):
            wrong.append(f"page {path}: {status}")
    return wrong


# ---------------------------------------------------------------- the trials

def points() -> list[str]:
    from schemas.faults import POINTS

    return list(POINTS)


def trial(folder: Path, db: Path, expected: dict, workers: int, *, point: str | None = None,
          delay: float | None = None, main_only: bool = False, env: dict | None = None,
          start_from: Path | None = None) -> dict:
    """One killed run, its readers, its re-run, compared with `expected`;
    `start_from`: a warehouse (and its snapshot) the run starts from."""
    env = env or environment(**({"PARAGRAF_CRASH_AT": point} if point else {}))
    if start_from is not None:
        for path in start_from.parent.glob(start_from.name + "*"):
            shutil.copyfile(path, db.with_name(path.name.replace(start_from.name, db.name)))
    run = start(folder, db, workers, env)
    killed = False
    if point is not None:
        run.wait(timeout=900)
        killed = run.returncode == -signal.SIGKILL
    else:
        try:
            run.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            os.kill(run.pid, signal.SIGKILL) if main_only else os.killpg(run.pid, signal.SIGKILL)
            killed = True
    orphans, took = orphans_after(run)
    floor = published_floor(db) if db.exists() else None
    found = read_everything(db) if db.exists() else {"commands": {}, "pages": {}}
    wrong = unreadable(found, floor) if db.exists() else []
    status, output = finish(start(folder, db, workers, environment(), quiet=False))
    got = state(db)
    differing = sorted(name for name in expected.keys() | got.keys() if expected.get(name) != got.get(name))
    from warehouse import snapshot

    return {"point": point, "at_seconds": None if delay is None else round(delay, 2), "main_only": main_only,
            "killed": killed, "orphans": orphans, "orphans_gone_after_seconds": round(took, 2),
            "orphan_processes": list(_last_orphans) if orphans else [],
            "snapshot_when_killed": floor, "unreadable": wrong, "rerun_exit": status,
            "traceback": "Traceback" in output, "differing": differing,
            "snapshot_current_after": snapshot.is_current(db),
            "search_after": {name: str(got.get(name))[:300] for name in differing if name.startswith("search")}}


def crash(files: int = 60, kills: int = 50, seed: int = 0, workers: int | None = None, with_points: bool = True,
          progress: Callable[[str], None] = lambda _: None) -> dict:
    from pipeline.ingest import default_workers

    workers = workers or default_workers()
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="paragraf-crash-") as temporary:
        folder = Path(temporary)
        progress(f"rendering {files} PDFs …")
        make_archive(folder / "arkiv", files)
        progress("the uninterrupted ingest …")
        started = time.monotonic()
        status, output = finish(start(folder / "arkiv", folder / "whole.duckdb", workers, quiet=False))
        window = time.monotonic() - started
        if status != 0:
            raise RuntimeError(f"the uninterrupted ingest exited {status}: {output.strip()[-400:]}")
        expected = state(folder / "whole.duckdb")
        result: dict = {"files": files, "kills": kills, "seed": seed, "workers": workers,
                        "uninterrupted_seconds": round(window, 1), "documents": len(expected.get("documents", [])),
                        "meetings": len(expected.get("meetings", [])), "trials": []}
        plan: list[dict] = [{"point": p} for p in (points() if with_points else [])]
        if with_points:  # the migration point once more, on a warehouse with documents an older paragraf wrote
            old = folder / "older.duckdb"
            older(old, folder / "whole.duckdb", back_to=min(DOWN))  # killed inside 013, which re-keys meetings
            migrated = folder / "older-whole.duckdb"
            shutil.copyfile(old, migrated)
            status, output = finish(start(folder / "arkiv", migrated, workers, quiet=False))
            if status != 0:
                raise RuntimeError(f"the uninterrupted migration exited {status}: {output.strip()[-400:]}")
            plan.append({"point": "during-migration", "start_from": old, "expected": state(migrated)})
        k = 0
        while len(plan) < len(points() if with_points else []) + (1 if with_points else 0) + kills:
            plan.append({"delay": rng.uniform(0.0, window), "main_only": k % 3 == 2})
            k += 1
        for n, how in enumerate(plan, start=1):
            db = folder / f"killed-{n}.duckdb"
            t = trial(folder / "arkiv", db, how.pop("expected", expected), workers, **how)
            t["older_warehouse"] = "start_from" in how
            result["trials"].append(t)
            what = (f"point {t['point']}" if t["point"] else
                    f"{'main process' if t['main_only'] else 'process group'} at {t['at_seconds']:.1f} s")
            verdict = "; ".join(filter(None, [
                f"differs in {', '.join(t['differing'])}" if t["differing"] else "",
                f"unreadable: {'; '.join(t['unreadable'])[:300]}" if t["unreadable"] else "",
                f"{t['orphans']} orphans" if t["orphans"] else "",
                "" if t["killed"] else "finished before its moment"])) or "same as uninterrupted"
            progress(f"{n}/{len(plan)} {what}: re-run exit {t['rerun_exit']}, {verdict}")
            for leftover in folder.glob(f"killed-{n}.duckdb*"):
                leftover.unlink()
    trials = result["trials"]
    result["mismatched_trials"] = sum(bool(t["differing"] or t["rerun_exit"] != 0 or t["traceback"]) for t in trials)
    result["unreadable_trials"] = sum(bool(t["unreadable"]) for t in trials)
    result["orphans"] = sum(t["orphans"] for t in trials)
    result["killed"] = sum(t["killed"] for t in trials)
    counts: dict[str, int] = {}
    for t in trials:
        for name in t["differing"]:
            counts[name] = counts.get(name, 0) + 1
    result["differing"] = counts
    return result


def report(result: dict) -> str:
    trials = result["trials"]
    pointed = [t for t in trials if t["point"]]
    moments = [t for t in trials if not t["point"]]
    lines = [
        f"paragraf bench crash — {result['files']} files ({result['meetings']} meetings, several documents each), "
        f"{result['workers']} workers, seed {result['seed']}; uninterrupted ingest {result['uninterrupted_seconds']:.1f} s",
        f"  fault points: {len(pointed)} ({sum(t['killed'] for t in pointed)} killed there)",
        f"  random moments: {sum(t['killed'] for t in moments)} killed "
        f"({sum(t['killed'] and not t['main_only'] for t in moments)} the process group, "
        f"{sum(t['killed'] and t['main_only'] for t in moments)} the main process alone), "
        f"{sum(not t['killed'] for t in moments)} finished before their moment",
        f"  after the re-run, differing from the uninterrupted run: {result['mismatched_trials']} of {len(trials)} trials"
        + (" — " + ", ".join(f"{name} in {n}" for name, n in sorted(result["differing"].items()))
           if result["differing"] else ""),
        f"  unreadable after a kill (a reader failed, a traceback, fewer rows than the last snapshot, a page not 200): "
        f"{result['unreadable_trials']} of {len(trials)} trials",
        f"  orphans (processes of a killed run alive {ORPHAN_SECONDS:.0f} s after it): {result['orphans']}; slowest to go "
        f"{max((t['orphans_gone_after_seconds'] for t in trials if t['killed']), default=0):.2f} s",
        f"  re-runs that did not exit 0: {sum(t['rerun_exit'] != 0 for t in trials)}; "
        f"with a traceback: {sum(t['traceback'] for t in trials)}",
    ]
    for t in trials:
        if t["unreadable"]:
            lines.append(f"  unreadable after {t['point'] or 'the kill at %.1f s' % t['at_seconds']}: {t['unreadable'][0][:200]}")
    for t in trials:
        for name, after in t["search_after"].items():
            lines.append(f"  after {t['point'] or 'the kill at %.1f s' % t['at_seconds']}, {name} answered: {after[:200]}")
            break
    return "\n".join(lines)


def main_crash(files: int, kills: int, seed: int, workers: int | None, json_out: str | None,
               list_points: bool = False, with_points: bool = True) -> int:
    if list_points:
        from schemas.faults import POINTS

        print("\n".join(POINTS))
        return 0
    if files < 1 or kills < 1:
        raise ValueError("--files and --kills must be at least 1")
    try:
        result = crash(files, kills, seed, workers, with_points,
                       progress=lambda m: print(m, file=sys.stderr, flush=True))
    except RuntimeError as exc:
        print(f"paragraf: bench stopped: {exc}", file=sys.stderr)
        return 1
    print(report(result))
    if json_out:
        Path(json_out).parent.mkdir(parents=True, exist_ok=True)
        Path(json_out).write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    bad = result["mismatched_trials"] or result["unreadable_trials"] or result["orphans"]
    return 1 if bad else 0
