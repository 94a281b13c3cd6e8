"""`paragraf bench crash`: an ingest killed with SIGKILL at random moments,
run again, and compared with one that was never interrupted.

An archive of N two-page meeting PDFs (each its own body and date, so every
document is its own meeting) is ingested once without interruption: that
warehouse, its every table and `current_items` (load times aside) and the answers of
`paragraf search` for a few words, is the yardstick. Then, K times, the same
archive is ingested into a fresh warehouse, the whole process group
(`paragraf`, its fork server, workers and reader children) is killed with
SIGKILL at a moment drawn uniformly from the uninterrupted run's wall time
(start-up, hashing, reading, loading, the search index, the run record: any
of them), the ingest is run again to its end, and the warehouse and the
search answers are compared with the yardstick. The kill moments come from
one seed, so a run can be repeated.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

BODIES = ["Socialnämnden", "Kommunstyrelsen", "Barn- och utbildningsnämnden", "Regionala samverkansrådet"]
SEARCHES = ["samverkansavtalet", "kronor", "Kommunstyrelsen"]
_RUN_COLUMNS = ("ingested_at", "applied_at", "started_at", "finished_at", "loaded_at")
_RUN_TABLES = {"ingest_runs", "schema_version"}
_VIEWS = {"current_items"}  # the contract's views (other views are helpers of the search index)


def make_archive(folder: Path, files: int) -> list[Path]:
    """`files` two-page PDFs, file n of body n mod 4 on its own date."""
    from pipeline.bench.corpus import render_pages

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for n in range(files):
        date = f"{2024 + n // 336}-{1 + (n // 28) % 12:02d}-{1 + n % 28:02d}"
        path = folder / f"kallelse-{n:04d}.pdf"
        if not path.exists():
            render_pages(path, 2, BODIES[n % len(BODIES)], first=n, date=date)
        out.append(path)
    return out


def _paragraf() -> list[str]:
    paragraf = Path(sys.executable).with_name("paragraf")
    return [str(paragraf)] if paragraf.exists() else [sys.executable, "-m", "pipeline.cli"]


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}


def _start(folder: Path, db: Path, workers: int, quiet: bool = False) -> subprocess.Popen:
    """`paragraf ingest` in a session of its own, as a user starts it from a shell."""
    out = subprocess.DEVNULL if quiet else subprocess.PIPE
    return subprocess.Popen([*_paragraf(), "ingest", str(folder), "--db", str(db), "--workers", str(workers)],
                            env=_env(), stdout=out, stderr=out, text=True, start_new_session=True)


def _finish(run: subprocess.Popen) -> tuple[int, str]:
    out, err = run.communicate()
    return run.returncode, out + err


def snapshot(db: Path) -> dict[str, list]:
    """Every table of the main schema and the contract's views, sorted,
    without load times and run records; and the JSON answers of `paragraf
    search` for SEARCHES."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
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
            rows = con.execute(f'SELECT {", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)} FROM "{name}"').fetchall()
            out[name] = sorted(rows, key=repr)
    finally:
        con.close()
    for text in SEARCHES:
        done = subprocess.run([*_paragraf(), "search", text, "--db", str(db), "--json", "--limit", "50"],
                              env=_env(), capture_output=True, text=True)
        out[f"search {text!r}"] = [done.returncode, done.stdout if done.returncode == 0 else done.stderr.strip()]
    return out


def _documents(db: Path) -> int | None:
    """Documents a killed run left (its log replayed in memory, the file untouched), or None if unreadable."""
    import duckdb

    if not db.exists():
        return 0
    try:
        con = duckdb.connect(str(db), read_only=True)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except duckdb.Error:
        return None


def crash(files: int = 200, kills: int = 50, seed: int = 0, workers: int | None = None,
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
        status, output = _finish(_start(folder / "arkiv", folder / "whole.duckdb", workers))
        window = time.monotonic() - started
        if status != 0:
            raise RuntimeError(f"the uninterrupted ingest exited {status}: {output.strip()[-400:]}")
        expected = snapshot(folder / "whole.duckdb")
        result: dict = {"files": files, "kills": kills, "seed": seed, "workers": workers,
                        "uninterrupted_seconds": round(window, 1), "documents": len(expected.get("documents", [])),
                        "trials": []}
        k = 0
        # a run that finishes before its moment is a trial but not a kill: draw again (at most twice as many trials)
        while sum(t["killed"] for t in result["trials"]) < kills and k < 2 * kills:
            k += 1
            db = folder / f"killed-{k}.duckdb"
            delay = rng.uniform(0.0, window)
            run = _start(folder / "arkiv", db, workers, quiet=True)
            try:
                run.wait(timeout=delay)
                killed = False  # it finished first
            except subprocess.TimeoutExpired:
                os.killpg(run.pid, signal.SIGKILL)
                killed = True
            run.communicate()
            try:  # the fork server and workers are in its group; none may survive
                os.killpg(run.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            loaded = _documents(db)
            status, output = _finish(_start(folder / "arkiv", db, workers))
            got = snapshot(db)
            differing = sorted(name for name in expected.keys() | got.keys() if expected.get(name) != got.get(name))
            trial = {"at_seconds": round(delay, 2), "killed": killed, "documents_when_killed": loaded,
                     "rerun_exit": status, "traceback": "Traceback" in output, "differing": differing,
                     "search_after": {name: str(got[name])[:300] for name in differing if name.startswith("search")}}
            result["trials"].append(trial)
            what = f"kill {sum(t['killed'] for t in result['trials'])} of {kills}" if killed else "finished before its moment"
            progress(f"{what} at {delay:.1f} s ({loaded} documents loaded): re-run exit {status}, "
                     + (f"differs in {', '.join(differing)}" if differing else "same as uninterrupted"))
            for leftover in folder.glob(f"killed-{k}.duckdb*"):
                leftover.unlink()
    trials = result["trials"]
    result["mismatched_trials"] = sum(bool(t["differing"] or t["rerun_exit"] != 0 or t["traceback"]) for t in trials)
    result["killed"] = sum(t["killed"] for t in trials)
    counts: dict[str, int] = {}
    for t in trials:
        for name in t["differing"]:
            counts[name] = counts.get(name, 0) + 1
    result["differing"] = counts
    return result


def report(result: dict) -> str:
    trials = result["trials"]
    phases = {"before the first document": 0, "while loading": 0, "after every document was loaded": 0, "unreadable": 0}
    for t in (t for t in trials if t["killed"]):
        n = t["documents_when_killed"]
        phases["unreadable" if n is None else "before the first document" if n == 0
               else "after every document was loaded" if n >= result["documents"] else "while loading"] += 1
    lines = [
        f"paragraf bench crash — {result['files']} files, {result['workers']} workers, seed {result['seed']}; "
        f"uninterrupted ingest {result['uninterrupted_seconds']:.1f} s",
        f"  {result['killed']} runs killed with SIGKILL ({len(trials) - result['killed']} more finished before "
        "their moment): "
        + ", ".join(f"{v} {k}" for k, v in phases.items() if v),
        f"  after the re-run, differing from the uninterrupted run: {result['mismatched_trials']} of {len(trials)} trials"
        + (" — " + ", ".join(f"{name} in {n}" for name, n in sorted(result["differing"].items()))
           if result["differing"] else ""),
        f"  re-runs that did not exit 0: {sum(t['rerun_exit'] != 0 for t in trials)}; "
        f"with a traceback: {sum(t['traceback'] for t in trials)}",
    ]
    for t in trials:
        for name, after in t["search_after"].items():
            lines.append(f"  after the kill at {t['at_seconds']:.1f} s, {name} answered: {after[:200]}")
            break
    return "\n".join(lines)


def main_crash(files: int, kills: int, seed: int, workers: int | None, json_out: str | None) -> int:
    if files < 1 or kills < 1:
        raise ValueError("--files and --kills must be at least 1")
    try:
        result = crash(files, kills, seed, workers, progress=lambda m: print(m, file=sys.stderr, flush=True))
    except RuntimeError as exc:
        print(f"paragraf: bench stopped: {exc}", file=sys.stderr)
        return 1
    print(report(result))
    if json_out:
        Path(json_out).parent.mkdir(parents=True, exist_ok=True)
        Path(json_out).write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 1 if result["mismatched_trials"] else 0
