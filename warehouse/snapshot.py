"""Reading while loading: a read snapshot the writer publishes, and the one
function every reader opens the warehouse with.

DuckDB lets one process write a database file and then no other process open
it, not even read-only; and a process holding it read-only keeps a writer
out. So the writer (an ingest, a scheduled round) publishes a copy of the
warehouse beside it, `<db>.snapshot`, after committed loads — throttled, and
always at the end of a run — and readers read that copy:

    CHECKPOINT (the file alone then holds every commit; nothing else writes
    it: the writer publishes between its own transactions) → `cp` the file to
    `<db>.snapshot.tmp-<pid>` (in a child process: see `_copy`) → fsync →
    os.replace onto `<db>.snapshot` → `<db>.snapshot.json` records which
    state of the main file it copies (inode, size, modification time in ns).

A reader opening the snapshot gets whole loads: the documents committed up to
the last publish, each whole (a document is loaded inside one transaction, and
a checkpoint never holds half a transaction). A reader that has the old
snapshot open keeps reading it after the replace (the file it opened lives
until it closes it).

`open_reader(db)` chooses, in this order:
1. the snapshot, when `<db>.snapshot.json` says it is a copy of the main file
   as it is now (same inode, size and modification time, no write-ahead log
   holding later commits): the main file is then not touched at all, so a
   writer can start whenever it likes;
2. the main file, read-only, when no process writes it (a snapshot older than
   the main file, one left by a writer that crashed, or none at all: the main
   file is the truth then);
3. while a process writes the main file, the newest snapshot, whatever its
   age, when its schema is the one this paragraf reads; else one line saying
   why nothing can be read and what to do (`ReaderUnavailable`).

A writer that finds only readers on the main file waits for them (they hold
it briefly; see `Warehouse`), and sweeps the temporary copies a killed writer
left (it holds the write lock, so no other writer of this file can be making
one).
"""

from __future__ import annotations

import errno
import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import duckdb

from warehouse.load import Warehouse, WarehouseLocked, _migrations
from warehouse.paths import WarehousePathError, check_readable

SUFFIX = ".snapshot"
META_SUFFIX = ".snapshot.json"
TEMP_MARK = ".snapshot.tmp-"
MIN_GAP_SECONDS = 2.0  # publishes during a load are at least this far apart ($PARAGRAF_SNAPSHOT_SECONDS) …
COST_SHARE = 0.1  # … and take at most about this share of the writer's time


class ReaderUnavailable(RuntimeError):
    """Neither the warehouse nor a read snapshot of it can be read now: one line for the user."""


def snapshot_path(db: str | os.PathLike[str]) -> Path:
    db = Path(db)
    return db.with_name(db.name + SUFFIX)


def meta_path(db: str | os.PathLike[str]) -> Path:
    db = Path(db)
    return db.with_name(db.name + META_SUFFIX)


def current_schema() -> int:
    """The schema version this paragraf writes (its newest migration)."""
    return max((version for version, _, _ in _migrations()), default=0)


@dataclass(frozen=True)
class Published:
    """One published snapshot: its file, what it cost and how big it is."""

    path: Path
    seconds: float
    bytes: int
    schema_version: int
    published_at: str | None = None  # UTC, as the writer recorded it


# ---------------------------------------------------------------- the writer's side


def _state(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"ino": st.st_ino, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _wal_pending(db: Path) -> bool:
    wal = db.with_name(db.name + ".wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _read_meta(db: Path) -> dict | None:
    try:
        meta = json.loads(meta_path(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


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


def _write_atomically(path: Path, data: bytes) -> None:
    temp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    with open(temp, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, path)


def sweep_temporaries(db: str | os.PathLike[str]) -> list[Path]:
    """Remove the half-made copies a killed writer left beside `db`. Call it
    only while holding the write lock on `db` (no other writer is making one)."""
    db = Path(db)
    removed = []
    for temp in db.parent.glob(f"{glob_escape(db.name)}{SUFFIX}*.tmp-*"):
        try:
            temp.unlink()
            removed.append(temp)
        except OSError:
            pass
    return removed


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def publish(wh: Warehouse) -> Published | None:
    """Publish what `wh` (open for writing) has committed as `<db>.snapshot`;
    None when the snapshot already is a copy of it. Call it between
    transactions. Raises OSError (a full disk) with the main file untouched
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
    target = snapshot_path(db)
    temp = db.with_name(f"{db.name}{TEMP_MARK}{os.getpid()}")
    try:
        _copy(db, temp)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    meta = {"main": main, "snapshot": _state(target), "schema_version": version,
            "published_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "writer_pid": os.getpid()}
    _write_atomically(meta_path(db), json.dumps(meta).encode())
    _fsync_folder(db.parent)
    return Published(target, time.monotonic() - started, main["size"], version)


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
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Publisher:
    """When a writer publishes: after a committed load when the last publish
    is at least MIN_GAP_SECONDS ago and COST_SHARE of the time since then has
    paid for it (a publish that took 1 s waits 10 s), and always at the end.
    `prepare` runs before each publish (the ingest makes the search index
    current there, so a snapshot is always searchable). A publish that fails
    (a full disk) is said once in `warnings` and not tried again by this
    writer; the load itself goes on."""

    def __init__(self, wh: Warehouse, prepare: Callable[[], object] | None = None,
                 min_gap: float | None = None, share: float = COST_SHARE) -> None:
        if min_gap is None:
            min_gap = float(os.environ.get("PARAGRAF_SNAPSHOT_SECONDS") or MIN_GAP_SECONDS)
        self.wh, self.prepare, self.min_gap, self.share = wh, prepare, min_gap, share
        self.last_end = time.monotonic()
        self.last_cost = 0.0
        self.published: list[Published] = []
        self.warnings: list[str] = []
        sweep_temporaries(wh.path)

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
            done = publish(self.wh)
        except (OSError, duckdb.Error) as exc:  # a full disk: the load goes on, readers keep the last snapshot
            self.warnings.append(f"the read snapshot {snapshot_path(self.wh.path)} could not be published ({exc}); "
                                 "readers read the previous one until an ingest publishes again.")
            return None
        self.last_end = time.monotonic()
        self.last_cost = self.last_end - started
        if done is not None:
            self.published.append(done)
        return done


# ---------------------------------------------------------------- the readers' side


def open_reader(db: str | os.PathLike[str]) -> Warehouse:
    """Open the warehouse `db` for reading, whether or not a process is loading it.

    Returns a read-only `Warehouse` (use it as a context manager, and hold it
    briefly: a request, a command). Its `path` is the file actually read, and
    its `published` is None when that is the main file, else the `Published`
    snapshot read (its `path` and `schema_version`), which holds the documents
    committed up to the writer's last publish, each whole. Raises
    `ReaderUnavailable` (one line naming the file and what to do) when a
    process writes `db` and no usable snapshot exists: the first ingest has
    not published yet, or the snapshot has an older schema than this
    paragraf reads, or when `db` is no readable warehouse file.
    """
    db = Path(db)
    try:
        check_readable(db)
    except WarehousePathError as exc:
        raise ReaderUnavailable(str(exc)) from None
    if is_current(db):
        try:
            return _open_snapshot(db)
        except (duckdb.Error, OSError):
            pass  # replaced or removed just now: the main file, or the newest snapshot, below
    try:
        return Warehouse(db, read_only=True)
    except WarehouseLocked as busy:
        holder = re.search(r"process (\d+)", str(busy))
        who = f"process {holder.group(1)}" if holder else "another process"
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


def _open_snapshot(db: Path) -> Warehouse:
    path = snapshot_path(db)
    wh = Warehouse(path, read_only=True)
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
