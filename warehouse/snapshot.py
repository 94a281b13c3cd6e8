"""Reading while loading: a read snapshot the writer publishes, and the one
function every reader opens the warehouse with.

DuckDB lets one process write a database file and then no other process open
it, not even read-only; and a process holding it read-only keeps a writer
out. So the writer (an ingest, a scheduled round) publishes a copy of the
warehouse beside it, `<db>.snapshot`, after committed loads — throttled, and
always at the end of a run — and readers read that copy.

A publish brings a second file, `<db>.snapshot.next` (the *staging* copy,
which no reader opens), up to date with the main file and then swaps the two
names in one step (`renameat2(RENAME_EXCHANGE)`): the staging copy becomes
the snapshot, and the snapshot just replaced becomes the staging copy of the
next publish. Bringing the staging copy up to date is cheap: it is ATTACHed
to the writer's own connection and, in one transaction, gets the rows of the
documents written since its own last write (`documents.write_seq`), and the
tables a write rewrote beyond one document's rows (`write_log`: meetings,
matters, a merged level of the search index, the runs; the index's postings
follow their documents' search units) — never a copy of the whole file
(`_sync`). A whole copy (`cp --reflink=auto` in a child process) is made only
when there is no staging copy of this lineage to bring up to date: the first
publishes of a warehouse, after a migration (another schema), after the main
file was written by anything but a paragraf writer (its state then differs
from the one the last writer left: `Publisher.trusted`), when a reader still
holds the old snapshot that would become the staging copy, or when so much
changed that copying the file costs less (a rebuilt search index).

    CHECKPOINT (the file alone then holds every commit) → the staging copy
    brought up to date (or copied whole), checkpointed, fsync'd → exchanged
    with `<db>.snapshot` → `<db>.snapshot.json` records which state of the
    main file the snapshot shows (inode, size, modification time in ns).

A reader opening the snapshot gets whole loads: the documents committed up to
the last publish, each whole (a document is loaded inside one transaction,
and the staging copy is brought up to date inside one transaction). A reader
that has the old snapshot open keeps reading it after the swap: the file it
opened is not written while it holds it (DuckDB's read lock keeps the writer
from attaching it, and the writer then makes a new staging copy instead).

`open_reader(db)` chooses, in this order:
1. the snapshot, when `<db>.snapshot.json` says it is a copy of the main file
   as it is now (same inode, size and modification time, no write-ahead log
   holding later commits): the main file is then not touched at all, so a
   writer can start whenever it likes;
2. the main file, read-only, when no process writes it (a snapshot older than
   the main file, one left by a writer that crashed, or none at all: the main
   file is the truth then);
3. while a process writes the main file, the newest snapshot, whatever its
   age, when its schema is the one this paragraf reads;
4. when the main file cannot be read as it is — a killed writer left a
   write-ahead log that a read-only open cannot replay (DuckDB's issue
   #24103, "Bad file descriptor", in the pinned 1.4.4), or it has an older
   schema than this paragraf reads (a run killed during a migration) — the
   last snapshot when it has this paragraf's schema, else a private *replica*:
   the main file and its log copied to a folder of this user's, replayed and
   migrated there, made once per state of the main file (`_replica`). Either
   is said once on stderr; the main file and its log are never written,
   renamed or deleted by a reader.
Only when none of these can be read does it raise `ReaderUnavailable` (one
line naming the file and what to do).

A writer that finds only readers on the main file waits for them (they hold
it briefly; see `Warehouse`), and sweeps the temporary copies a killed writer
left (it holds the write lock, so no other writer of this file can be making
one).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import duckdb

from schemas.faults import crash_point
from warehouse.load import _DOCUMENT_TABLES, Warehouse, WarehouseLocked, _migrations
from warehouse.search_index import POSTING_LEVELS
from warehouse.paths import WarehousePathError, check_readable

SUFFIX = ".snapshot"
META_SUFFIX = ".snapshot.json"
STAGING_SUFFIX = ".snapshot.next"
TEMP_MARK = ".snapshot.tmp-"
MIN_GAP_SECONDS = 2.0  # publishes during a load are at least this far apart ($PARAGRAF_SNAPSHOT_SECONDS) …
COST_SHARE = 0.1  # … and take at most about this share of the writer's time
# Bringing the staging copy up to date reads the tables rewritten beyond one
# document's rows (hashing each row of both copies: a few million rows a
# second) and writes the rows that differ (deleted and inserted, with their
# indexes: several hundred thousand a second); `cp` copies about 300 MB a
# second here. When either side is more than this many rows per byte of the
# main file, the whole file is copied instead (`paragraf bench snapshot`).
ROWS_READ_PER_BYTE_COPIED = 1 / 800
ROWS_PER_BYTE_COPIED = 1 / 1000
# the search index's postings (migration 015): rows of a document's search
# units, found by unit (search_units says which are whose)
_UNIT_TABLES = frozenset(POSTING_LEVELS)
# tables a settle of matters rewrites beyond one document's rows, noted by key
# in settled_keys (020) rather than whole in write_log
_SETTLED_TABLES = frozenset({"matters", "matter_references", "settled_keys"})
_ROWS_PER_NODE = 4  # about how many rows of matters a node has (a diarienummer's steps), for the estimate
SMALL_TABLE_ROWS = 5_000  # a table rewritten beyond one document's rows, this small, is copied whole: cheaper than comparing
# Below this size copying the file costs less than bringing the staging copy
# up to date (`paragraf bench snapshot`, two loaded cores, the file in the page
# cache: 28 MB copied in 0.22 s against 0.49 s brought up to date, 260 MB in
# 0.53 s against 0.80 s; a file larger than the page cache is copied from the
# disk); $PARAGRAF_SNAPSHOT_SYNC_MB (0: always brought up to date, as the crash
# tests do).
SYNC_FROM_MB = 512.0
_STAGING = "paragraf_staging"  # the staging copy's name while attached to the writer's connection


class ReaderUnavailable(RuntimeError):
    """Neither the warehouse nor a read snapshot of it can be read now: one line for the user."""


def snapshot_path(db: str | os.PathLike[str]) -> Path:
    db = Path(db)
    return db.with_name(db.name + SUFFIX)


def staging_path(db: str | os.PathLike[str]) -> Path:
    db = Path(db)
    return db.with_name(db.name + STAGING_SUFFIX)


def meta_path(db: str | os.PathLike[str]) -> Path:
    db = Path(db)
    return db.with_name(db.name + META_SUFFIX)


def current_schema() -> int:
    """The schema version this paragraf writes (its newest migration)."""
    return max((version for version, _, _ in _migrations()), default=0)


@dataclass(frozen=True)
class Published:
    """One published snapshot (or, for a reader, what it reads instead of the
    main file): its file, what it cost and how big it is."""

    path: Path
    seconds: float
    bytes: int
    schema_version: int
    published_at: str | None = None  # UTC, as the writer recorded it
    how: str = "copied"  # a publish: 'synced' (the staging copy brought up to date) or 'copied' (whole)
    replica: bool = False  # a reader's private replayed copy of the main file, not a published snapshot


# ---------------------------------------------------------------- the writer's side


def _state(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"ino": st.st_ino, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _state_or_none(path: Path) -> dict[str, int] | None:
    try:
        return _state(path)
    except OSError:
        return None


def _wal(db: Path) -> Path:
    return db.with_name(db.name + ".wal")


def _wal_pending(db: Path) -> bool:
    try:
        return _wal(db).stat().st_size > 0
    except OSError:
        return False


def _read_meta(db: Path) -> dict | None:
    try:
        meta = json.loads(meta_path(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


def _update_meta(db: Path, **fields) -> None:
    meta = _read_meta(db) or {}
    meta.update(fields)
    _write_atomically(meta_path(db), json.dumps(meta).encode())


def is_current(db: str | os.PathLike[str]) -> bool:
    """Whether `<db>.snapshot` is a copy of the main file as it is now."""
    db = Path(db)
    meta = _read_meta(db)
    if meta is None or _wal_pending(db):
        return False
    try:
        return meta.get("main") == _state(db) and meta.get("snapshot") == _state(snapshot_path(db))
    except OSError:
        return False


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_atomically(path: Path, data: bytes) -> None:
    temp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    with open(temp, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, path)


def sweep_temporaries(db: str | os.PathLike[str]) -> list[Path]:
    """Remove the half-made copies a killed writer left beside `db`. Call it
    only while holding the write lock on `db` (no other writer is making one).
    The staging copy is not one of them: it is brought up to date, not made
    again (and its write-ahead log, if a writer was killed while writing it,
    is replayed by the next one)."""
    db = Path(db)
    removed = []
    for temp in db.parent.glob(f"{glob_escape(db.name)}{SUFFIX}*.tmp-*"):
        if temp.name.endswith(".wal"):
            continue  # never a write-ahead log (none is made for a copy; see _copy)
        try:
            temp.unlink()
            removed.append(temp)
        except OSError:
            pass
    return removed


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def publish(wh: Warehouse, incremental: bool = False) -> Published | None:
    """Publish what `wh` (open for writing) has committed as `<db>.snapshot`;
    None when the snapshot already is a copy of it. Call it between
    transactions. `incremental`: the staging copy may be brought up to date
    from what was written since it was made (only a writer that knows every
    write since then was a paragraf writer's may say so: `Publisher`).
    Raises OSError or duckdb.Error (a full disk) with the main file untouched
    and the previous snapshot in place."""
    started = time.monotonic()
    db = wh.path
    wh.con.execute("CHECKPOINT")
    if _wal_pending(db):  # the checkpoint could not take every commit into the file: try next time
        return None
    if is_current(db):
        return None
    main = _state(db)
    version = wh.schema_version()
    target, staging = snapshot_path(db), staging_path(db)
    meta = _read_meta(db) or {}
    how, into = "synced", staging
    seq = _last_write(wh)
    big_enough = main["size"] >= float(os.environ.get("PARAGRAF_SNAPSHOT_SYNC_MB", SYNC_FROM_MB)) * 2**20
    if not (incremental and big_enough and meta.get("staging_valid") and staging.exists()
            and not _too_much_to_compare(wh, meta.get("staging_seq"), main["size"])
            and _sync(wh, staging, main["size"])):
        how = "copied"
        # a staging copy whose log cannot be replayed now is left alone, and the snapshot copied directly
        into = staging if _log_cleared(wh, staging) else target
        _fresh_copy(db, into)
    crash_point("during-publish")
    swapped = into == staging and _exchange(staging, target)
    crash_point("publish-swapped")
    # after a swap the staging copy is the snapshot just replaced: a state of
    # this lineage when the writer knew every write since it (`incremental`)
    _update_meta(db, main=main, snapshot=_state(target), schema_version=version,
                 published_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), writer_pid=os.getpid(),
                 staging_valid=bool(swapped and incremental), snapshot_seq=seq,
                 staging_seq=meta.get("snapshot_seq") if swapped else None)
    _fsync_folder(db.parent)
    crash_point("after-publish")
    return Published(target, time.monotonic() - started, main["size"], version, how=how)


def _last_write(wh: Warehouse) -> int:
    return int(wh.con.execute("SELECT greatest((SELECT coalesce(max(write_seq), 0) FROM documents), "
                              "(SELECT coalesce(max(write_seq), 0) FROM write_log))").fetchone()[0])


def _too_much_to_compare(wh: Warehouse, held: int | None, main_bytes: int) -> bool:
    """Whether the tables rewritten since the staging copy's last write (as
    the record says it holds, `held`) are too many rows to compare, so that
    copying the file costs less — known before the staging copy is attached."""
    if held is None:
        return False  # not recorded: _sync finds out
    written = dict(wh.con.execute("SELECT name, write_seq FROM write_log").fetchall())
    read = 0
    for schema, table, size in wh.con.execute(
            "SELECT schema_name, table_name, estimated_size FROM duckdb_tables() "
            "WHERE database_name = current_database() AND NOT temporary").fetchall():
        logged = written.get(table if schema == "main" else f"{schema}.{table}", written.get(f"{schema}.*"))
        keyed = schema == "main" and (table in _DOCUMENT_TABLES or table in _UNIT_TABLES)
        if (logged is not None and logged > held) or (logged is None and not keyed):
            read += 2 * size
    return read > main_bytes * ROWS_READ_PER_BYTE_COPIED


def _log_cleared(wh: Warehouse, staging: Path) -> bool:
    """Whether the staging copy has no write-ahead log (a writer killed while
    it brought the copy up to date leaves one): replayed into it here, by
    attaching it; never deleted."""
    if not _wal_pending(staging):
        return True
    try:
        wh.con.execute(f"ATTACH {_sql_string(str(staging))} AS {_STAGING}")
        try:
            wh.con.execute(f"CHECKPOINT {_STAGING}")
        finally:
            wh.con.execute(f"DETACH {_STAGING}")
    except duckdb.Error:
        return False
    return not _wal_pending(staging)


def _fresh_copy(db: Path, into: Path) -> None:
    """The main file copied whole onto `into` (via a temporary name, so a
    half copy is never taken for a finished one)."""
    temp = db.with_name(f"{db.name}{TEMP_MARK}{os.getpid()}")
    try:
        _copy(db, temp)
        os.replace(temp, into)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(staging: Path, target: Path) -> bool:
    """Swap the two names atomically (Linux renameat2 RENAME_EXCHANGE);
    where that cannot be done (no target yet, another system, a file system
    without it), rename the staging copy onto the target. True when swapped."""
    if target.exists() and not _wal_pending(target):
        libc = _libc()
        renameat2 = getattr(libc, "renameat2", None) if libc is not None else None
        if renameat2 is not None:
            done = renameat2(_AT_FDCWD, os.fsencode(staging), _AT_FDCWD, os.fsencode(target), _RENAME_EXCHANGE)
            if done == 0:
                return True
    os.replace(staging, target)
    return False


_libc_handle = None


def _libc():
    global _libc_handle
    if _libc_handle is None:
        try:
            _libc_handle = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        except OSError:
            _libc_handle = False
    return _libc_handle or None


def _copy(source: Path, target: Path) -> None:
    """A copy made by `cp` (a copy-on-write clone where the file system
    offers one), flushed to disk before it is renamed into place.

    Never by opening the main file here: DuckDB holds its write lock as a
    POSIX record lock, and POSIX drops every lock a process holds on a file
    when the process closes any descriptor of that file — a copy made in this
    process would let readers, and a second writer, in while it loads."""
    try:
        done = subprocess.run(["cp", "--reflink=auto", str(source), str(target)], capture_output=True, text=True)
    except FileNotFoundError:  # no GNU cp: Python's copy, in a process of its own for the same reason
        done = subprocess.run([sys.executable, "-c", "import shutil, sys; shutil.copyfile(sys.argv[1], sys.argv[2])",
                               str(source), str(target)], capture_output=True, text=True)
    if done.returncode != 0:
        message = (done.stderr.strip().splitlines() or ["the copy failed"])[-1]
        raise OSError(errno.ENOSPC if "space" in message.lower() else errno.EIO, message, str(target))
    _fsync_file(target)


# ---------------------------------------------------------------- bringing the staging copy up to date


def _quoted(*parts: str) -> str:
    return ".".join('"' + p.replace('"', '""') + '"' for p in parts)


def _catalogs(con: duckdb.DuckDBPyConnection, first: str, second: str) -> tuple[list, list]:
    """What two attached databases are made of, their names left out: tables
    (their SQL), views, macros, indexes, sequences. Two files with the same
    catalog take each other's rows table by table."""
    found: dict[str, list] = {first: [], second: []}
    for kind, query in (
        ("table", "SELECT database_name, schema_name, table_name, sql FROM duckdb_tables() WHERE NOT temporary"),
        ("view", "SELECT database_name, schema_name, view_name, sql FROM duckdb_views() WHERE NOT internal "
                 "AND NOT temporary"),
        ("macro", "SELECT database_name, schema_name, function_name, coalesce(macro_definition, '') "
                  "FROM duckdb_functions() WHERE NOT internal AND function_type LIKE '%macro'"),
        ("index", "SELECT database_name, schema_name, index_name, sql FROM duckdb_indexes()"),
        ("sequence", "SELECT database_name, schema_name, sequence_name, '' FROM duckdb_sequences()"),
    ):
        for database, *row in con.execute(query).fetchall():
            if database in found:
                found[database].append((kind, *row))
    return sorted(found[first], key=repr), sorted(found[second], key=repr)


def _sync(wh: Warehouse, staging: Path, main_bytes: int) -> bool:
    """Bring the staging copy up to date with the main file, inside one
    transaction; False (nothing changed, or a partial change rolled back)
    when it cannot be: another catalog, a reader holding it, or so much to
    copy that copying the file is cheaper."""
    con = wh.con
    main = con.execute("SELECT current_database()").fetchone()[0]
    try:
        con.execute(f"ATTACH {_sql_string(str(staging))} AS {_STAGING}")
    except duckdb.Error:
        return False  # a reader still reads it (the old snapshot), or it is not a warehouse: copy instead
    try:
        ours, theirs = _catalogs(con, main, _STAGING)
        if ours != theirs:
            return False
        held = con.execute(f"SELECT coalesce(max(write_seq), 0) FROM {_STAGING}.main.write_log").fetchone()[0]
        written = dict(con.execute("SELECT name, write_seq FROM main.write_log").fetchall())
        sizes: dict[tuple, dict[str, int]] = {}
        for database, schema, table, size in con.execute(
                "SELECT database_name, schema_name, table_name, estimated_size FROM duckdb_tables() "
                "WHERE NOT temporary AND database_name IN ($m, $s)", {"m": main, "s": _STAGING}).fetchall():
            sizes.setdefault((schema, table), {})[database] = size
        documents = con.execute(f"SELECT count(*), count(*) FILTER (WHERE write_seq > $h) "
                                f"FROM {_quoted(main)}.main.documents", {"h": held}).fetchone()
        changed = documents[1]
        per_document = sum(n.get(main, 0) for (s, t), n in sizes.items() if s == "main" and t in _DOCUMENT_TABLES)
        per_document /= max(1, documents[0])
        columns: dict[tuple, list[str]] = {}
        for schema, table, column in con.execute(
                "SELECT schema_name, table_name, column_name FROM duckdb_columns() WHERE database_name = $m "
                "ORDER BY schema_name, table_name, column_index", {"m": main}).fetchall():
            columns.setdefault((schema, table), []).append(column)
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(f"CREATE OR REPLACE TEMP TABLE paragraf_sync_changed AS SELECT document_id "
                        f"FROM {_quoted(main)}.main.documents WHERE write_seq > {int(held)}")
            ids = [i for (i,) in con.execute("SELECT document_id FROM paragraf_sync_changed").fetchall()]
            old_units = 0
            if ("main", "search_units") in sizes:  # the units of those documents, as stored in either
                con.execute(f"CREATE OR REPLACE TEMP TABLE paragraf_sync_units AS "
                            f"SELECT unit FROM {_quoted(main)}.main.search_units WHERE document_id IN "
                            f"(SELECT document_id FROM paragraf_sync_changed)")
                con.execute(f"CREATE OR REPLACE TEMP TABLE paragraf_sync_old_units AS "
                            f"SELECT unit FROM {_STAGING}.main.search_units WHERE document_id IN "
                            f"(SELECT document_id FROM paragraf_sync_changed)")
                old_units = con.execute("SELECT count(*) FROM paragraf_sync_old_units").fetchone()[0]
            # a few ids as a list the table scan filters by (only the document_id column is read where
            # none matches); many through the temporary table
            changed_ids = ("(" + ", ".join(_sql_string(i) for i in ids) + ")" if 0 < len(ids) <= 2000
                           else "(SELECT document_id FROM paragraf_sync_changed)")
            # what the settles of matters since rewrote, by key (020_settled_keys): the nodes whose matters
            # were written again, and the documents whose references were resolved again
            settled = ("main", "settled_keys") in sizes
            if settled:
                con.execute(f"CREATE OR REPLACE TEMP TABLE paragraf_sync_nodes AS SELECT DISTINCT key AS node "
                            f"FROM {_quoted(main)}.main.settled_keys WHERE name = 'matters' AND write_seq > {int(held)}")
                con.execute(f"CREATE OR REPLACE TEMP TABLE paragraf_sync_refdocs AS SELECT key AS document_id "
                            f"FROM {_quoted(main)}.main.settled_keys WHERE name = 'matter_references' "
                            f"AND write_seq > {int(held)} UNION SELECT document_id FROM paragraf_sync_changed")
                nodes, refdocs = con.execute("SELECT (SELECT count(*) FROM paragraf_sync_nodes), "
                                             "(SELECT count(*) FROM paragraf_sync_refdocs)").fetchone()
            else:
                nodes = refdocs = 0
            steps, rows, read = [], 0.0, 0
            for k, ((schema, table), size) in enumerate(sorted(sizes.items())):
                if not size.get(main) and not size.get(_STAGING):
                    continue  # empty in both
                there, here = f"{_STAGING}.{_quoted(schema, table)}", f"{_quoted(main)}.{_quoted(schema, table)}"
                per_doc_table = schema == "main" and table in _DOCUMENT_TABLES
                per_unit_table = schema == "main" and table in _UNIT_TABLES and ("main", "search_units") in sizes
                logged = written.get(table if schema == "main" else f"{schema}.{table}", written.get(f"{schema}.*"))
                # (a table of these never noted in write_log was written by other means: compared whole, as before;
                # matter_references is per document as well, so never unnoted)
                by_key = settled and schema == "main" and table in _SETTLED_TABLES and (logged is not None or per_doc_table)
                whole = (logged is not None and logged > held) or (logged is None and not (per_doc_table or per_unit_table))
                if by_key and not whole:
                    # rewritten by settles since, by key (settled_keys); the rows found by their key column
                    # alone, then fetched by row id (a plain filter would read every column of every row)
                    if table == "matters" and nodes:
                        rows += 2 * nodes * _ROWS_PER_NODE
                        found = "(SELECT node FROM paragraf_sync_nodes)"
                        steps += [f"DELETE FROM {there} WHERE rowid IN (SELECT rowid FROM {there} WHERE node IN {found})",
                                  f"INSERT INTO {there} SELECT * FROM {here} WHERE rowid IN "
                                  f"(SELECT rowid FROM {here} WHERE node IN {found})"]
                    elif table == "matter_references" and refdocs:
                        rows += refdocs * per_document / len(_DOCUMENT_TABLES)
                        found = "(SELECT document_id FROM paragraf_sync_refdocs)"
                        steps += [f"DELETE FROM {there} WHERE rowid IN "
                                  f"(SELECT rowid FROM {there} WHERE document_id IN {found})",
                                  f"INSERT INTO {there} SELECT * FROM {here} WHERE rowid IN "
                                  f"(SELECT rowid FROM {here} WHERE document_id IN {found})"]
                    elif table == "settled_keys":  # a key's row is replaced by its next settle, never deleted
                        steps += [f"DELETE FROM {there} t WHERE EXISTS (SELECT 1 FROM {here} n WHERE n.write_seq > "
                                  f"{int(held)} AND n.name = t.name AND n.key = t.key)",  # (but by a settle of everything: whole)
                                  f"INSERT INTO {there} SELECT * FROM {here} WHERE write_seq > {int(held)}"]
                elif whole and max(size.get(main, 0), size.get(_STAGING, 0)) <= SMALL_TABLE_ROWS:
                    rows += size.get(main, 0) + size.get(_STAGING, 0)  # small: copied whole
                    steps += [f"DELETE FROM {there}", f"INSERT INTO {there} SELECT * FROM {here}"]
                elif whole:
                    # rewritten beyond one document's rows: the rows that differ, found by reading both
                    # (a table rewritten whole by an equal result, as matters at every load, writes little)
                    read += size.get(main, 0) + size.get(_STAGING, 0)
                    if read > main_bytes * ROWS_READ_PER_BYTE_COPIED:
                        con.execute("ROLLBACK")
                        return False
                    gone, new = f"paragraf_sync_gone_{k}", f"paragraf_sync_new_{k}"
                    con.execute(f"CREATE OR REPLACE TEMP TABLE {gone} AS SELECT a.r FROM "
                                f"(SELECT x.rowid AS r, hash(x) AS h FROM {there} x) a "
                                f"ANTI JOIN (SELECT hash(y) AS h FROM {here} y) b ON a.h = b.h")
                    con.execute(f"CREATE OR REPLACE TEMP TABLE {new} AS SELECT a.* EXCLUDE (paragraf_h) FROM "
                                f"(SELECT y.*, hash(y) AS paragraf_h FROM {here} y) a "
                                f"ANTI JOIN (SELECT hash(x) AS h FROM {there} x) b ON a.paragraf_h = b.h")
                    rows += sum(con.execute(f"SELECT (SELECT count(*) FROM {gone}) + (SELECT count(*) FROM {new})")
                                .fetchone())
                    steps += [f"DELETE FROM {there} WHERE rowid IN (SELECT r FROM {gone})",
                              f"INSERT INTO {there} SELECT * FROM {new}", f"DROP TABLE {gone}", f"DROP TABLE {new}"]
                elif per_doc_table and changed:
                    rows += changed * per_document / len(_DOCUMENT_TABLES)
                    # the rows found by their document_id column alone, then fetched by row id: a
                    # plain filter on document_id would read every column of every row
                    steps += [f"DELETE FROM {there} WHERE rowid IN "
                              f"(SELECT rowid FROM {there} WHERE document_id IN {changed_ids})",
                              f"INSERT INTO {there} SELECT * FROM {here} WHERE rowid IN "
                              f"(SELECT rowid FROM {here} WHERE document_id IN {changed_ids})"]
                elif per_unit_table and changed:
                    rows += changed * per_document / len(_DOCUMENT_TABLES)
                    # a posting belongs to a unit its document's search_units lists: the copy's rows of the
                    # changed documents are those of the units the copy lists for them (none for a new
                    # document), found by the unit column alone, then by row id
                    if old_units:
                        steps.append(f"DELETE FROM {there} WHERE rowid IN (SELECT rowid FROM {there} "
                                     f"WHERE unit IN (SELECT unit FROM paragraf_sync_old_units))")
                    # a load writes its postings to the first level; the sorted levels get rows only by a
                    # merge, which notes them (write_log: compared whole above), so a sorted level not
                    # noted since holds no row of a document changed since (the row counts checked below)
                    if table == POSTING_LEVELS[0]:
                        steps.append(f"INSERT INTO {there} SELECT * FROM {here} WHERE rowid IN (SELECT rowid FROM "
                                     f"{here} WHERE unit IN (SELECT unit FROM paragraf_sync_units))")
            if rows > main_bytes * ROWS_PER_BYTE_COPIED:
                con.execute("ROLLBACK")
                return False
            for step in steps:
                con.execute(step)
            for schema, table, comment in con.execute(
                    "SELECT a.schema_name, a.table_name, a.comment FROM duckdb_tables() a JOIN duckdb_tables() b "
                    "ON a.schema_name = b.schema_name AND a.table_name = b.table_name AND b.database_name = $s "
                    "WHERE a.database_name = $d AND a.comment IS DISTINCT FROM b.comment",
                    {"d": main, "s": _STAGING}).fetchall():
                con.execute(f"COMMENT ON TABLE {_STAGING}.{_quoted(schema, table)} IS "
                            f"{_sql_string(comment) if comment is not None else 'NULL'}")
            con.execute("DROP TABLE IF EXISTS paragraf_sync_units")
            con.execute("DROP TABLE IF EXISTS paragraf_sync_old_units")
            con.execute("DROP TABLE IF EXISTS paragraf_sync_nodes")
            con.execute("DROP TABLE IF EXISTS paragraf_sync_refdocs")
            con.execute("DROP TABLE paragraf_sync_changed")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute(f"CHECKPOINT {_STAGING}")
        # cheap, and the last word: every table holds as many rows in both, or this copy is not used
        counts = " UNION ALL ".join(
            f"SELECT {k}, (SELECT count(*) FROM {_quoted(main)}.{_quoted(*key)}) "
            f"= (SELECT count(*) FROM {_STAGING}.{_quoted(*key)})" for k, key in enumerate(sorted(sizes)))
        return all(same for _, same in con.execute(counts).fetchall()) if counts else True
    except duckdb.Error:
        return False
    finally:
        try:
            con.execute(f"DETACH {_STAGING}")
        except duckdb.Error:
            pass


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


class Publisher:
    """When a writer publishes: after a committed load when the last publish
    is at least MIN_GAP_SECONDS ago and COST_SHARE of the time since then has
    paid for it (a publish that took 1 s waits 10 s), and always at the end.
    `prepare` runs before each publish (the ingest makes the search index
    current there, so a snapshot is always searchable). A publish that fails
    (a full disk) is said once in `warnings` and not tried again by this
    writer; the load itself goes on.

    `trusted`: every write to the main file since its snapshots were made was
    a paragraf writer's (the file is as the last writer left it, `left`), so
    they are brought up to date from `write_seq` and `write_log`; otherwise
    the first publish copies the file whole, and the rest are brought up to
    date."""

    def __init__(self, wh: Warehouse, prepare: Callable[[], object] | None = None,
                 min_gap: float | None = None, share: float = COST_SHARE) -> None:
        if min_gap is None:
            min_gap = float(os.environ.get("PARAGRAF_SNAPSHOT_SECONDS") or MIN_GAP_SECONDS)
        self.wh, self.prepare, self.min_gap, self.share = wh, prepare, min_gap, share
        self.last_end = time.monotonic()
        self.last_cost = 0.0
        self.published: list[Published] = []
        self.warnings: list[str] = []
        meta = _read_meta(wh.path) or {}
        found = getattr(wh, "state_at_open", None)
        self.trusted = found is not None and meta.get("left") == found
        sweep_temporaries(wh.path)
        remove_replicas(wh.path)  # readers read this writer's snapshots from now on

    def start(self) -> Published | None:
        """At the writer's start: publish at once when the snapshot does not
        show what the warehouse holds (none yet, one older than the main file
        after a crash, one of an older schema) and there are documents to
        read; an empty warehouse waits for its first load."""
        meta = _read_meta(self.wh.path)
        if is_current(self.wh.path) and meta is not None and meta.get("schema_version") == self.wh.schema_version():
            return None
        if not self.wh.con.execute("SELECT count(*) FROM documents").fetchone()[0]:
            return None
        return self.publish()

    def committed(self) -> Published | None:
        """A load was committed: publish if it is time."""
        waited = time.monotonic() - self.last_end
        if waited < max(self.min_gap, self.last_cost / self.share):
            return None
        return self.publish()

    def publish(self) -> Published | None:
        if self.warnings:
            return None
        started = time.monotonic()
        try:
            if self.prepare is not None and self.prepare() is False:
                return None
            done = publish(self.wh, incremental=self.trusted)
        except (OSError, duckdb.Error) as exc:  # a full disk: the load goes on, readers keep the last snapshot
            self.warnings.append(f"the read snapshot {snapshot_path(self.wh.path)} could not be published ({exc}); "
                                 "readers read the previous one until an ingest publishes again.")
            return None
        self.trusted = True  # whatever was published now is this writer's lineage
        self.last_end = time.monotonic()
        self.last_cost = self.last_end - started
        if done is not None:
            self.published.append(done)
        return done

    def left(self) -> None:
        """The writer has closed the warehouse: remember the state it left
        the main file in, so the next writer knows whether anything else wrote
        it since (then its first publish copies the file whole)."""
        state = _state_or_none(self.wh.path)
        if state is not None and not self.warnings and meta_path(self.wh.path).exists():
            try:
                _update_meta(self.wh.path, left=state)
            except OSError:
                pass


# ---------------------------------------------------------------- the readers' side

_said: set[str] = set()


def _say_once(message: str) -> None:
    """What a reader reads instead of the main file, on stderr once per process."""
    if message in _said:
        return
    _said.add(message)
    try:
        print(f"paragraf: {message}", file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def open_reader(db: str | os.PathLike[str]) -> Warehouse:
    """Open the warehouse `db` for reading, whether or not a process is loading it.

    Returns a read-only `Warehouse` (use it as a context manager, and hold it
    briefly: a request, a command). Its `path` is the file actually read, and
    its `published` is None when that is the main file, else the `Published`
    snapshot (or replica) read, which holds the documents committed up to the
    writer's last publish (or the main file's last commit), each whole.
    Raises `ReaderUnavailable` (one line naming the file and what to do) when
    a process writes `db` and no usable snapshot exists (the first ingest has
    not published yet, or the snapshot has an older schema than this paragraf
    reads), or when `db` is no readable warehouse file.
    """
    db = Path(db)
    try:
        check_readable(db)
    except WarehousePathError as exc:
        raise ReaderUnavailable(str(exc)) from None
    if is_current(db):
        try:
            wh = _open_snapshot(db)
            if wh.published.schema_version >= current_schema():
                return wh
            wh.close()
        except (duckdb.Error, OSError):
            pass  # replaced or removed just now: the main file, or the newest snapshot, below
    try:
        wh = Warehouse(db, read_only=True)
    except WarehouseLocked as busy:
        holder = re.search(r"process (\d+)", str(busy))
        return _while_written(db, f"process {holder.group(1)}" if holder else "another process")
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0]
        known = "Bad file descriptor" in first or "replaying WAL" in first
        return _instead_of_main(db, "has a write-ahead log, left by a writer that was stopped, that a read-only open "
                                    + ("cannot replay (DuckDB issue #24103)" if known else f"cannot replay ({first[:120]})"))
    try:
        version = wh.schema_version()
    except duckdb.Error:
        version = -1
    if version >= current_schema():
        return wh
    wh.close()
    return _instead_of_main(db, f"has schema version {version} where this paragraf reads {current_schema()} "
                                "(an ingest upgrades it)")


def _while_written(db: Path, who: str) -> Warehouse:
    snapshot = snapshot_path(db)
    if not snapshot.exists():
        raise ReaderUnavailable(f"{db} is being written by {who} (an ingest) and has no read snapshot yet; "
                                "run this again when its first documents are loaded.")
    wh = _open_snapshot(db)
    wanted = current_schema()
    if wh.published.schema_version < wanted:
        wh.close()
        raise ReaderUnavailable(
            f"{db} is being written by {who} (an ingest), and its read snapshot {snapshot} has schema "
            f"version {wh.published.schema_version} where this paragraf reads {wanted}; "
            "run this again when the ingest has finished."
        )
    return wh


def _instead_of_main(db: Path, why: str) -> Warehouse:
    """The main file cannot be read as it is: the last snapshot when it has
    this paragraf's schema, else a private replica of the main file."""
    if snapshot_path(db).exists():
        try:
            wh = _open_snapshot(db)
        except (duckdb.Error, OSError):
            wh = None
        if wh is not None and wh.published.schema_version >= current_schema():
            when = f" (published {wh.published.published_at})" if wh.published.published_at else ""
            _say_once(f"{db} {why}; reading its last read snapshot{when}, until an ingest brings it up to date")
            return wh
        if wh is not None:
            wh.close()
    try:
        wh = _replica(db)
    except WarehouseLocked as busy:  # a writer started meanwhile: it publishes soon
        holder = re.search(r"process (\d+)", str(busy))
        return _while_written(db, f"process {holder.group(1)}" if holder else "another process")
    except (duckdb.Error, OSError) as exc:
        raise ReaderUnavailable(f"{db} {why}, and no copy of it could be read either "
                                f"({type(exc).__name__}: {str(exc).splitlines()[0][:160]}); "
                                "run 'paragraf ingest' on it to bring it up to date.") from None
    _say_once(f"{db} {why}; reading a private copy replayed up to its last commit, until an ingest brings it "
              "up to date")
    return wh


def _open_snapshot(db: Path) -> Warehouse:
    path = snapshot_path(db)
    for attempt in range(5):
        try:
            wh = Warehouse(path, read_only=True)
            break
        except WarehouseLocked:
            # the writer took this file as its staging copy between our look at
            # the name and our lock: the name holds the new snapshot now
            if attempt == 4:
                raise
            time.sleep(0.02)
    try:
        version = wh.schema_version()
        meta = _read_meta(db) or {}
        opened = _state(path)
        described = meta.get("snapshot") == opened  # the record may already describe a newer copy
        wh.published = Published(path, 0.0, opened["size"], version, meta.get("published_at") if described else None)
    except BaseException:
        wh.close()
        raise
    return wh


REPLICAS = "paragraf-replicas"


def replica_folder() -> Path:
    return Path(tempfile.gettempdir()) / f"{REPLICAS}-{os.getuid()}"


def _replica_key(db: Path) -> str:
    return hashlib.sha256(os.fsencode(db.resolve())).hexdigest()[:16]


def remove_replicas(db: str | os.PathLike[str]) -> None:
    """The private replicas readers made of `db` (a writer, which brings the
    main file up to date, makes them needless)."""
    for old in replica_folder().glob(f"{_replica_key(Path(db))}-*.duckdb"):
        old.unlink(missing_ok=True)


def _replica(db: Path) -> Warehouse:
    """A private copy of the main file (and its write-ahead log) that a
    writer's open has replayed, migrated to this paragraf's schema and given
    a current search index — never the user's file: it is copied under a read
    lock (no writer can start meanwhile), and made once per state of the main
    file and its log, so the readers that follow open it directly."""
    folder = replica_folder()
    folder.mkdir(mode=0o700, exist_ok=True)
    key = _replica_key(db)
    with open(db, "rb") as held:
        try:  # a shared lock: the lock a DuckDB writer takes cannot be had while we copy
            fcntl.lockf(held, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            raise WarehouseLocked(f"{db} is in use by another process") from None
        try:
            state = json.dumps([_state(db), _state_or_none(_wal(db))])
            name = folder / f"{key}-{hashlib.sha256(state.encode()).hexdigest()[:16]}.duckdb"
            if not name.exists():
                _make_replica(held, db, name)
        finally:
            fcntl.lockf(held, fcntl.LOCK_UN)
    for old in folder.glob(f"{key}-*.duckdb"):
        if old != name and not old.name.endswith(".wal"):
            old.unlink(missing_ok=True)
    wh = Warehouse(name, read_only=True)
    wh.published = Published(name, 0.0, name.stat().st_size, wh.schema_version(), replica=True)
    return wh


def _make_replica(held, db: Path, name: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="making-", dir=name.parent))
    try:
        copy = work / "w.duckdb"
        held.seek(0)
        with open(copy, "wb") as out:  # through the locked descriptor: opening db again and closing it would drop the lock
            shutil.copyfileobj(held, out, 1 << 20)
        if _wal(db).exists():
            shutil.copyfile(_wal(db), _wal(copy))
        with Warehouse(copy) as wh:  # replays the log and migrates, in the copy
            from warehouse import search

            try:
                if search.index_state(wh) != "current":
                    search.rebuild_index(wh)
            except search.SearchUnavailable:
                pass
            wh.con.execute("CHECKPOINT")
        if _wal_pending(copy):
            raise OSError(errno.EIO, "the replayed copy kept a log", str(copy))
        os.replace(copy, name)
    finally:
        shutil.rmtree(work, ignore_errors=True)
